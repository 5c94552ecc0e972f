"""Cross-validated measure choice: how the measure CRF does on tuned articles it was not trained on.

The shipped model (models/measures.crf) is trained on every tuned article, so its tuned figures
are training-set figures. This script splits the tuned articles into 5 folds by a hash of their
name, trains on four and scores the fifth, and prints, per group (portal, news), how often the
measure is right (word-overlap F1 >= 0.5 with the gold) for the CRF, for the rules alone, and
at best (the gold words the model's window holds).
Set-aside articles (corpus/heldout.ids) are never read. Training is not bit-reproducible
(underthesea_core), so figures move by about a point between runs.

    .venv/bin/python benchmarks/measure_cv.py [--corpus corpus]
"""
from __future__ import annotations

import argparse
import hashlib
import tempfile
from collections import Counter
from pathlib import Path

from vnextract.extractors.context import Context
from vnextract.extractors.measures import measure_features, rule_candidates
from vnextract.extractors.numbers import extract_numbers
from vnextract.extractors.people import extract_people
from vnextract.nlp import load_nlp
from vnextract.readers import iter_inputs
from vnextract.resources import load_resources
from vnextract.scoring import _num_score, greedy_match, heldout_ids, load_gold, overlap_f1, words
from vnextract.training import _labels, train_crf

NEWS = ("baomoi-", "vietnews-")


def examples(corpus: Path) -> list[dict]:
    """Every matched gold figure with a measure in the tuned articles, featurized as for training."""
    gold, held = load_gold(corpus), heldout_ids(corpus)
    nlp, res = load_nlp(), load_resources()
    out = []
    for rec in iter_inputs([str(corpus)]):
        if rec.id not in gold or rec.id in held or not rec.text:
            continue
        ctx = Context(nlp(rec.text), res)
        numbers = extract_numbers(ctx)
        found = rule_candidates(ctx, numbers, extract_people(ctx))
        gn = gold[rec.id].get("numbers", [])
        for gi, pi, _ in greedy_match(gn, [{"kind": n.kind, "value": n.value} for n in numbers], _num_score, 1.0):
            if not gn[gi].get("measure"):
                continue
            c = found[pi]
            idx, rows = measure_features(ctx, numbers[pi].kind, c)
            out.append({"doc": rec.id, "rows": rows, "labels": _labels(ctx, idx, gn[gi]["measure"], c.i),
                        "gold": gn[gi]["measure"], "certain": c.certain,
                        "words": [None if ctx.is_punct(k) else ctx.sylls[k].text for k in idx],
                        "rule": " ".join(ctx.sylls[k].text for k in c.rule if not ctx.is_punct(k))})
    return out


def train(exs: list[dict]):  # noqa: ANN201 (an underthesea_core CRFTagger)
    """A CRF trained on `exs` with the shipped settings, loaded as a tagger."""
    from underthesea_core import CRFTagger

    model = train_crf([e["rows"] for e in exs], [e["labels"] for e in exs])
    with tempfile.TemporaryDirectory() as tmp:
        model.save(f"{tmp}/m.crf")
        tagger = CRFTagger()
        tagger.load(f"{tmp}/m.crf")
    return tagger


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="corpus")
    ex = examples(Path(ap.parse_args().corpus))
    fold = {d: int(hashlib.sha256(d.encode()).hexdigest(), 16) % 5 for d in {e["doc"] for e in ex}}
    right, rules, total, reach = Counter(), Counter(), Counter(), Counter()
    for f in range(5):
        tagger = train([e for e in ex if fold[e["doc"]] != f])
        for e in (e for e in ex if fold[e["doc"]] == f):
            tags = tagger.tag(e["rows"])
            chosen = " ".join(w for w, t in zip(e["words"], tags) if t == "M" and w) or e["rule"]
            if e["certain"]:
                chosen = e["rule"]
            group = "news" if e["doc"].startswith(NEWS) else "portal"
            total[group] += 1
            right[group] += overlap_f1(words(e["gold"]), words(chosen)) >= 0.5
            rules[group] += overlap_f1(words(e["gold"]), words(e["rule"])) >= 0.5
            # The best any choice of the window's words could do: exactly the gold words it holds.
            held = words(e["gold"]) & words(" ".join(w for w in e["words"] if w))
            reach[group] += overlap_f1(words(e["gold"]), held) >= 0.5
    print("| tuned articles, 5-fold | figures | CRF (cross-validated) | rules alone | best choice of window words |")
    print("|---|---|---|---|---|")
    for group in ("portal", "news"):
        n = total[group]
        print(f"| {group} | {n} | {right[group] / n:.3f} | {rules[group] / n:.3f} | {reach[group] / n:.3f} |")


if __name__ == "__main__":
    main()
