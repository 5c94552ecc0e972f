"""Quality report: our extractors vs. the underthesea-NER + regex baseline, on the gold corpus.

    .venv/bin/python benchmarks/quality.py [--corpus corpus/]

Prints F1 per category for all gold documents and, per group (provincial portals;
national newspapers and the aggregator), for the documents rules were tuned on and
the set-aside ones (corpus/heldout.ids), beside the baseline a user gets by calling
underthesea's ner() and a few regular expressions by hand (on the set-aside documents).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from vnextract import extract
from vnextract.readers import iter_inputs
from vnextract.scoring import Report, heldout_ids, load_gold, score_document

_NUM = re.compile(r"(\d+(?:[.,]\d+)*)\s*(%|tỷ đồng|triệu đồng|nghìn đồng|đồng|USD)?")
_TRIGGER = re.compile(r"(đề nghị|kiến nghị|đề xuất|mong muốn|yêu cầu)\s+([^.;!?\n]+)", re.IGNORECASE)
_SCALE = {"tỷ đồng": 1e9, "triệu đồng": 1e6, "nghìn đồng": 1e3}


def baseline(text: str) -> dict:
    """What underthesea's ner() plus hand-written regexes give: PER entities, digit runs, trigger + rest."""
    from underthesea import ner, sent_tokenize

    people: list[str] = []
    for line in text.splitlines():
        for sent in sent_tokenize(line):
            current: list[str] = []
            for word, _, _, tag in ner(sent) + [("", "", "", "O")]:
                if tag.endswith("PER") and (tag.startswith("I-") and current or tag.startswith("B-")):
                    if tag.startswith("B-") and current:
                        people.append(" ".join(current))
                        current = []
                    current.append(word)
                elif current:
                    people.append(" ".join(current))
                    current = []
    numbers = []
    for m in _NUM.finditer(text):
        try:
            value = float(m.group(1).replace(".", "").replace(",", "."))
        except ValueError:
            continue
        unit = m.group(2) or ""
        kind = "percent" if unit == "%" else "money" if unit else "count"
        numbers.append({"text": m.group(0), "value": value * _SCALE.get(unit, 1), "kind": kind})
    proposals = [{"trigger": m.group(1), "content": m.group(2), "proposer": None} for m in _TRIGGER.finditer(text)]
    return {"people": [{"name": n, "roles": []} for n in dict.fromkeys(people)], "numbers": numbers,
            "proposals": proposals}


def score(gold: dict[str, dict], preds: dict[str, dict], ids: set[str]) -> Report:
    report = Report()
    for doc_id in sorted(ids):
        score_document(gold[doc_id], preds.get(doc_id, {}), report)
    return report


NEWS = ("baomoi-2017-", "vietnews-")  # national newspapers and an aggregator; the rest are provincial portals


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--no-baseline", action="store_true", help="skip the (slow) underthesea baseline")
    args = ap.parse_args()
    gold = load_gold(args.corpus)
    held = heldout_ids(args.corpus) & set(gold)
    news = {d for d in gold if d.startswith(NEWS)}
    portal = set(gold) - news
    ours, base = {}, {}
    for rec in iter_inputs([str(args.corpus)]):
        if rec.id in gold and rec.text:
            ours[rec.id] = json.loads(extract(**rec.as_kwargs()).model_dump_json())
            if not args.no_baseline:
                base[rec.id] = baseline(rec.text)
    groups = [("all", set(gold)), ("portal, tuned", portal - held), ("portal, set aside", portal & held),
              ("news, tuned", news - held), ("news, set aside", news & held)]
    columns = [(f"{name} ({len(ids)})", score(gold, ours, ids)) for name, ids in groups]
    if not args.no_baseline:
        columns += [(f"baseline, {name} ({len(ids)})", score(gold, base, ids)) for name, ids in groups[2::2]]
    print("| F1 | " + " | ".join(name for name, _ in columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for cat in ("people", "roles", "numbers", "proposals"):
        print(f"| {cat} | " + " | ".join(f"{r.tallies[cat].f1:.3f}" for _, r in columns) + " |")
    print("| proposer right (of matched) | " + " | ".join(f"{r.proposer_accuracy:.3f}" for _, r in columns) + " |")
    print("| addressee right (of matched) | " + " | ".join(f"{r.addressee_accuracy:.3f}" for _, r in columns) + " |")
    print("| measure right (of matched figures) | " + " | ".join(f"{r.measure_accuracy:.3f}" for _, r in columns) + " |")
    print("| period right (of matched figures) | " + " | ".join(f"{r.period_accuracy:.3f}" for _, r in columns) + " |")
    print("| percent and money figures with an indicator | "
          + " | ".join(f"{r.indicator_coverage:.3f}" for _, r in columns) + " |")
    print("| … whose label names the gold measure | "
          + " | ".join(f"{r.indicator_label_accuracy:.3f}" for _, r in columns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
