"""The measure model: trained from gold without the set-aside articles, shipped with a manifest that
names it, refused when model and manifest do not belong together."""
import shutil
from pathlib import Path

import pytest

from vnextract.errors import ResourceError
from vnextract.resources import MODELS_DIR, load_file, measure_tagger
from vnextract.training import measure_examples, train_measure_model

from .conftest import CORPUS

ARTICLES = ["hagiang-2023-11-15-giam-sat-chuyen-doi-so", "dienbien-gov-2023-11-giam-sat-cds",
            "baobacgiang-2019-07-chat-van-ky-hop-7-hdnd"]


@pytest.fixture()
def small_corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for name in ARTICLES:
        for suffix in (".txt", ".meta.json", ".gold.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", d / f"{name}{suffix}")
    return d


def test_examples_leave_out_the_set_aside_articles(small_corpus: Path) -> None:
    everything = {doc for doc, _, _ in measure_examples(small_corpus)}
    assert everything == set(ARTICLES)  # all three have gold figures the extractors find
    (small_corpus / "heldout.ids").write_text("# set aside\n" + ARTICLES[0] + "\n", encoding="utf-8")
    kept = [(doc, x, y) for doc, x, y in measure_examples(small_corpus)]
    assert {doc for doc, _, _ in kept} == set(ARTICLES[1:])
    assert all(len(x) == len(y) and "M" in y for _, x, y in kept)


def test_trained_model_loads_and_tags(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "models"
    shutil.copytree(MODELS_DIR, out)
    manifest = train_measure_model(small_corpus, out, iterations=30)
    assert manifest["examples"] > 10 and load_file("measures.yaml", out).sha256 == manifest["sha256"]
    tagger = measure_tagger(out)
    assert set(tagger.labels()) == {"M", "O"}


def test_model_and_manifest_must_match(tmp_path: Path) -> None:
    out = tmp_path / "models"
    shutil.copytree(MODELS_DIR, out)
    (out / "measures.crf").write_bytes(b"not the model")
    with pytest.raises(ResourceError, match="not the model measures.yaml describes"):
        measure_tagger(out)
    (out / "measures.crf").unlink()
    with pytest.raises(ResourceError, match="cannot read"):
        measure_tagger(out)


def test_shipped_manifest_names_the_shipped_model() -> None:
    manifest = load_file("measures.yaml")
    assert (MODELS_DIR / manifest.model).exists()
    assert measure_tagger() is not None
