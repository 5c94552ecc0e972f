"""Who's-who linking quality: B-cubed precision, recall and F1 of `person_key` against mentions marked by
hand (benchmarks/linking_gold.jsonl), beside the "same name = same person" baseline.

The gold marks 228 mentions of 19 names from ../shared/archive, chosen by a written rule from an
extraction of the archive: the names with 40 or more mentions whose roles name 3 or more provinces
(namesakes), and the names with 60 or more mentions of which 5 or more give only a provincial post and
5 or more only a national one (officials who moved). For each name 12 mentions were drawn at random
(seeded with the name's sha256) and marked: which real person each one is, read from the article.
The 7 names with the smallest sha256 were set aside before any tuning ("set": "heldout").

    vnextract extract ../shared/archive/news-2017-2019.jsonl.gz -o archive.jsonl --workers 2
    python benchmarks/linking.py archive.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from vnextract.officials import link_mentions, mentions_from
from vnextract.textnorm import fold

GOLD = Path(__file__).with_name("linking_gold.jsonl")


def bcubed(gold: dict[tuple[str, str], str], pred: dict[tuple[str, str], str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the gold mentions (a mention with no prediction is alone)."""
    items = list(gold)
    pred_of = {m: pred.get(m, f"alone:{m}") for m in items}
    by_gold: dict[str, set] = defaultdict(set)
    by_pred: dict[str, set] = defaultdict(set)
    for m in items:
        by_gold[gold[m]].add(m)
        by_pred[pred_of[m]].add(m)
    p = r = 0.0
    for m in items:
        same = len(by_gold[gold[m]] & by_pred[pred_of[m]])
        p += same / len(by_pred[pred_of[m]])
        r += same / len(by_gold[gold[m]])
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("extraction", type=Path, help="vnextract output of ../shared/archive (JSON Lines or Parquet)")
    args = ap.parse_args()
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    mentions = link_mentions(mentions_from(args.extraction))
    linked = {(m.doc_id, m.key): m.person_key for m in mentions}
    found = sum((r["doc_id"], fold(r["name"])) in linked for r in rows)
    print(f"gold mentions: {len(rows)}; found in the extraction: {found}")
    print("| mentions | system | B-cubed precision | recall | F1 |")
    print("|---|---|---|---|---|")
    for part in ("tuned", "heldout"):
        gold = {(r["doc_id"], fold(r["name"])): r["person"] for r in rows if r["set"] == part}
        ours = bcubed(gold, linked)
        base = bcubed(gold, {m: m[1] for m in gold})
        name = "set aside" if part == "heldout" else "tuned"
        print(f"| {name} ({len(gold)}) | who's-who | {ours[0]:.3f} | {ours[1]:.3f} | {ours[2]:.3f} |")
        print(f"| {name} ({len(gold)}) | same name = same person | {base[0]:.3f} | {base[1]:.3f} | {base[2]:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
