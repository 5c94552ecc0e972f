"""Train the measure CRF (models/measures.crf) from the gold measures of a corpus.

Each gold figure that the extractors find is one example: the window of syllables around the
figure, featurized by `measure_features`, labelled "M" where a word of the gold `measure` stands
(each gold word at its occurrence nearest the figure) and "O" elsewhere. Documents listed in
the corpus's `heldout.ids` are never used, so that the set-aside figures keep judging the model.

    vnextract train-measures corpus/ -o models/
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError
from .extractors.context import Context
from .extractors.measures import WINDOW, measure_features, rule_candidates
from .extractors.numbers import extract_numbers
from .extractors.people import extract_people
from .nlp import load_nlp
from .readers import iter_inputs
from .resources import load_resources
from .scoring import _num_score, greedy_match, heldout_ids, load_gold
from .textnorm import fold

L2 = 0.3          # chosen by 5-fold cross-validation over the documents trained on
ITERATIONS = 200
_EDGE = ".,;:()\"'“”‘’"


def _labels(ctx: Context, idx: list[int], measure: str, i: int) -> list[str]:
    """"M" on the syllables that spell the gold measure's words (nearest the figure first), else "O"."""
    labels = ["O"] * len(idx)
    for word in (fold(w.strip(_EDGE)) for w in measure.split()):
        free = [p for p, k in enumerate(idx) if labels[p] == "O" and ctx.keys[k] == word]
        if free:
            labels[min(free, key=lambda p: abs(idx[p] - i))] = "M"
    return labels


def measure_examples(corpus: Path) -> Iterator[tuple[str, list[list[str]], list[str]]]:
    """(document id, features, labels) of every gold figure the extractors find, outside heldout.ids."""
    gold, held = load_gold(corpus), heldout_ids(corpus)
    nlp, res = load_nlp(), load_resources()
    for rec in iter_inputs([str(corpus)]):
        if rec.id not in gold or rec.id in held or not rec.text:
            continue
        ctx = Context(nlp(rec.text), res)
        numbers = extract_numbers(ctx)
        people = extract_people(ctx)
        found = rule_candidates(ctx, numbers, people)
        gold_numbers = gold[rec.id].get("numbers", [])
        pred = [{"kind": n.kind, "value": n.value} for n in numbers]
        for gi, pi, _ in greedy_match(gold_numbers, pred, _num_score, 1.0):
            if gold_numbers[gi].get("measure"):
                idx, rows = measure_features(ctx, numbers[pi].kind, found[pi])
                yield rec.id, rows, _labels(ctx, idx, gold_numbers[gi]["measure"], found[pi].i)


def train_crf(features: list[list[list[str]]], labels: list[list[str]], l2: float = L2,
              iterations: int = ITERATIONS) -> Any:
    """An underthesea_core CRF model trained quietly on (features, labels) sequences."""
    from underthesea_core import CRFTrainer

    trainer = CRFTrainer()
    trainer.set_l2_penalty(l2)
    trainer.set_l1_penalty(0.0)
    trainer.set_max_iterations(iterations)
    # The trainer reports every iteration on the process's own stdout and stderr: keep them quiet.
    saved, devnull = [os.dup(1), os.dup(2)], os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        return trainer.train(features, labels)
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, devnull):
            os.close(fd)


def train_measure_model(corpus: str | Path, out_dir: str | Path, l2: float = L2,
                        iterations: int = ITERATIONS) -> dict[str, Any]:
    """Train the CRF on `corpus` and write OUT_DIR/measures.crf with its manifest measures.yaml."""
    corpus, out_dir = Path(corpus), Path(out_dir)
    examples = list(measure_examples(corpus))
    if not examples:
        raise InputError(f"{corpus} has no gold figure with a measure to learn from")
    model = train_crf([x for _, x, _ in examples], [y for _, _, y in examples], l2, iterations)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "measures.crf"
    model.save(str(path))
    docs = len({d for d, _, _ in examples})
    manifest = {"model": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "trained_on": f"gold measures of {docs} articles of {corpus.name}/ (not those in heldout.ids)",
                "examples": len(examples), "l2": l2, "iterations": iterations, "window": WINDOW}
    header = ("# The measure model: a CRF (underthesea_core) that picks, in a window of syllables around a\n"
              "# figure, the words that say what it measures (corpus/ANNOTATION.md, `measure`).\n"
              "# Source: trained by `vnextract train-measures corpus/ -o models/` (vnextract.training) on\n"
              "# the gold of corpus/, never on the articles set aside in corpus/heldout.ids.\n")
    (out_dir / "measures.yaml").write_text(header + yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False),
                                           encoding="utf-8")
    return manifest
