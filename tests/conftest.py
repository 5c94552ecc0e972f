"""Shared fixtures: the loaded NLP pipeline is built once per test session."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from vnextract.extractors.context import Context
from vnextract.nlp import load_nlp
from vnextract.resources import Resources, load_resources

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = "hagiang-2023-11-15-giam-sat-chuyen-doi-so"


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def res() -> Resources:
    return load_resources()


@pytest.fixture(scope="session")
def make_ctx(nlp, res) -> Callable[..., Context]:
    """Analyse a text into an extractor Context."""

    def make(text: str, province: str | None = None, year: int | None = None) -> Context:
        return Context(nlp(text), res, province=province, year=year)

    return make


def corpus_names() -> list[str]:
    return sorted(p.name[: -len(".gold.json")] for p in CORPUS.glob("*.gold.json"))


def read_article(name: str) -> tuple[str, dict, dict]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    meta = json.loads((CORPUS / f"{name}.meta.json").read_text(encoding="utf-8"))
    gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, meta, gold


@pytest.fixture(scope="session")
def corpus_docs():
    """Every corpus article extracted once: {name: Document}."""
    from vnextract import extract

    out = {}
    for name in corpus_names():
        text, meta, _ = read_article(name)
        out[name] = extract(text, id=name, url=meta.get("url"), province=meta.get("province"), date=meta.get("date"))
    return out
