"""Score extractions against gold files, as defined in corpus/ANNOTATION.md.

Micro-averaged precision, recall and F1 per category; each gold item is matched
to at most one extracted item, best pairs first.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldFormatError, InputError
from .resources import load_resources
from .tables import read_output
from .textnorm import fold

CATEGORIES = ("people", "roles", "numbers", "proposals")
_EDGE = " \t\n.,;:!?…()[]\"'“”‘’-–—"


def norm_name(name: str) -> str:
    """Name comparison key: NFC, unified tones, lower case, collapsed spaces, edge punctuation stripped."""
    return fold(name).strip(_EDGE)


def words(text: str | None, expand: bool = False) -> Counter[str]:
    """Bag of lower-cased words, punctuation stripped; abbreviations expanded when asked."""
    if not text:
        return Counter()
    out: list[str] = []
    abbreviations = load_resources().abbreviations if expand else {}
    for w in text.split():
        w = w.strip(_EDGE)
        if not w:
            continue
        out.extend(fold(abbreviations.get(w, w)).split())
    return Counter(out)


def overlap_f1(a: Counter[str], b: Counter[str]) -> float:
    """Word-overlap F1 of two bags of words."""
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)


def greedy_match(gold: list[Any], pred: list[Any], score: Callable[[Any, Any], float],
                 threshold: float) -> list[tuple[int, int, float]]:
    """Pairs (gold index, pred index, score) with score >= threshold, best first, each item once."""
    pairs = sorted(((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
                   key=lambda t: -t[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, gi, pi in pairs:
        if s < threshold or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, s))
    return out


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores over all documents plus, per document, what was missed and what was extra."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    proposer_right: int = 0
    proposer_total: int = 0
    addressee_right: int = 0   # matched proposals whose addressee overlaps the gold one (both null counts)
    numbers_matched: int = 0   # matched figures whose gold says what they measure
    measure_right: int = 0     # … whose measure overlaps the gold measure (word F1 >= 0.5)
    period_right: int = 0      # … whose period equals the gold period (both null counts)
    shares_matched: int = 0    # matched percent and money figures whose gold says what they measure
    with_indicator: int = 0    # … that got an indicator
    label_right: int = 0       # … whose indicator label overlaps the gold measure (word F1 >= 0.4)
    documents: int = 0
    missing_predictions: list[str] = field(default_factory=list)
    details: list[dict[str, Any]] = field(default_factory=list)

    @property
    def proposer_accuracy(self) -> float:
        return self.proposer_right / self.proposer_total if self.proposer_total else 0.0

    @property
    def addressee_accuracy(self) -> float:
        return self.addressee_right / self.proposer_total if self.proposer_total else 0.0

    @property
    def measure_accuracy(self) -> float:
        return self.measure_right / self.numbers_matched if self.numbers_matched else 0.0

    @property
    def period_accuracy(self) -> float:
        return self.period_right / self.numbers_matched if self.numbers_matched else 0.0

    @property
    def indicator_coverage(self) -> float:
        return self.with_indicator / self.shares_matched if self.shares_matched else 0.0

    @property
    def indicator_label_accuracy(self) -> float:
        return self.label_right / self.with_indicator if self.with_indicator else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents}
        for c, t in self.tallies.items():
            out[c] = {"precision": round(t.precision, 4), "recall": round(t.recall, 4), "f1": round(t.f1, 4),
                      "tp": t.tp, "fp": t.fp, "fn": t.fn}
        out["proposals"]["proposer_accuracy"] = round(self.proposer_accuracy, 4)
        out["proposals"]["addressee_accuracy"] = round(self.addressee_accuracy, 4)
        out["numbers"].update(measure_accuracy=round(self.measure_accuracy, 4),
                              period_accuracy=round(self.period_accuracy, 4), with_measure=self.numbers_matched,
                              indicator_coverage=round(self.indicator_coverage, 4),
                              indicator_label_accuracy=round(self.indicator_label_accuracy, 4))
        out["missing_predictions"] = self.missing_predictions
        return out


def _num_score(g: dict, p: dict) -> float:
    if g.get("kind") != p.get("kind"):
        return 0.0
    gv, pv = float(g["value"]), float(p["value"])
    same = gv == pv or abs(gv - pv) / max(abs(gv), abs(pv)) < 1e-6
    return 1.0 if same else 0.0


def score_document(gold: dict, pred: dict, report: Report) -> None:
    """Add one document's counts to the report."""
    doc_id = gold["doc"]
    detail: dict[str, Any] = {"doc": doc_id}
    t = report.tallies
    gp, pp = gold.get("people", []), pred.get("people", [])
    pairs = greedy_match(gp, pp, lambda g, p: float(norm_name(g["name"]) == norm_name(p["name"])), 1.0)
    t["people"].add(len(pairs), len(pp) - len(pairs), len(gp) - len(pairs))
    matched_p = {pi for _, pi, _ in pairs}
    matched_g = {gi for gi, _, _ in pairs}
    detail["people"] = {"missed": [gp[i]["name"] for i in range(len(gp)) if i not in matched_g],
                        "extra": [pp[i]["name"] for i in range(len(pp)) if i not in matched_p]}
    role_missed, role_extra = [], []
    for gi, pi, _ in pairs:
        groles = [words(r, expand=True) for r in gp[gi].get("roles", [])]
        proles = [words(r["text"], expand=True) for r in pp[pi].get("roles", [])]
        rp = greedy_match(groles, proles, overlap_f1, 0.6)
        t["roles"].add(len(rp), len(proles) - len(rp), len(groles) - len(rp))
        mg, mp = {a for a, _, _ in rp}, {b for _, b, _ in rp}
        role_missed += [f'{gp[gi]["name"]}: {r}' for k, r in enumerate(gp[gi].get("roles", [])) if k not in mg]
        role_extra += [f'{pp[pi]["name"]}: {r["text"]}' for k, r in enumerate(pp[pi].get("roles", [])) if k not in mp]
    for gi in range(len(gp)):
        if gi not in matched_g:
            t["roles"].add(0, 0, len(gp[gi].get("roles", [])))
    for pi in range(len(pp)):
        if pi not in matched_p:
            t["roles"].add(0, len(pp[pi].get("roles", [])), 0)
            role_extra += [f'{pp[pi]["name"]}: {r["text"]}' for r in pp[pi].get("roles", [])]
    detail["roles"] = {"missed": role_missed, "extra": role_extra}

    gn, pn = gold.get("numbers", []), pred.get("numbers", [])
    npairs = greedy_match(gn, pn, _num_score, 1.0)
    t["numbers"].add(len(npairs), len(pn) - len(npairs), len(gn) - len(npairs))
    for gi, pi, _ in npairs:
        if "measure" in gn[gi]:
            report.numbers_matched += 1
            measure = pn[pi].get("measure")
            report.measure_right += overlap_f1(words(gn[gi]["measure"]), words(measure)) >= 0.5
            report.period_right += gn[gi].get("period") == pn[pi].get("period")
            if gn[gi]["kind"] in ("percent", "money"):
                report.shares_matched += 1
                if pn[pi].get("indicator"):
                    report.with_indicator += 1
                    label = pn[pi].get("indicator_label")
                    report.label_right += overlap_f1(words(gn[gi]["measure"]), words(label)) >= 0.4
    mg, mp = {a for a, _, _ in npairs}, {b for _, b, _ in npairs}
    detail["numbers"] = {
        "missed": [f'{x.get("text")} = {x["value"]} {x["kind"]}' for k, x in enumerate(gn) if k not in mg],
        "extra": [f'{x.get("text")} = {x["value"]} {x["kind"]}' for k, x in enumerate(pn) if k not in mp]}

    gq, pq = gold.get("proposals", []), pred.get("proposals", [])
    gw = [words(x.get("content")) for x in gq]
    pw = [words(x.get("content")) for x in pq]
    qpairs = greedy_match(gw, pw, overlap_f1, 0.5)
    t["proposals"].add(len(qpairs), len(pq) - len(qpairs), len(gq) - len(qpairs))
    wrong_proposer = []
    for gi, pi, _ in qpairs:
        report.proposer_total += 1
        ptext = (pq[pi].get("proposer") or {}).get("text")
        if overlap_f1(words(gq[gi].get("proposer")), words(ptext)) >= 0.5:
            report.proposer_right += 1
        else:
            wrong_proposer.append(f'{gq[gi].get("proposer")!r} != {ptext!r} ({gq[gi].get("trigger")})')
        gold_to, pred_to = gq[gi].get("addressee"), pq[pi].get("addressee")
        report.addressee_right += (not gold_to and not pred_to) or bool(gold_to and pred_to) and \
            overlap_f1(words(gold_to, expand=True), words(pred_to, expand=True)) >= 0.5
    mg, mp = {a for a, _, _ in qpairs}, {b for _, b, _ in qpairs}
    detail["proposals"] = {
        "missed": [f'{x.get("trigger")}: {x["content"][:90]}' for k, x in enumerate(gq) if k not in mg],
        "extra": [f'{x.get("trigger")}: {x["content"][:90]}' for k, x in enumerate(pq) if k not in mp],
        "wrong_proposer": wrong_proposer}
    report.details.append(detail)
    report.documents += 1


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """All NAME.gold.json files of a directory, by document id (sorted)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise InputError(f"gold directory not found: {gold_dir}")
    out = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GoldFormatError(f"{path}: {exc}") from exc
        if not isinstance(data, dict) or "doc" not in data:
            raise GoldFormatError(f"{path}: missing 'doc'")
        out[data["doc"]] = data
    return out


def load_predictions(path: Path) -> dict[str, dict]:
    """Extraction output (JSON Lines) by document id; error records are kept as empty predictions."""
    return {rec["id"]: rec for rec in read_output(Path(path))}


def heldout_ids(gold_dir: Path) -> set[str]:
    """Ids listed in GOLD_DIR/heldout.ids: documents set aside from rule writing."""
    path = Path(gold_dir) / "heldout.ids"
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def subset_ids(gold_dir: Path, subset: str) -> set[str] | None:
    """Ids of a subset: "all" (None: no filter), "tuned" or "heldout"."""
    if subset == "all":
        return None
    held = heldout_ids(gold_dir)
    if subset == "heldout":
        return held
    if subset == "tuned":
        return set(load_gold(gold_dir)) - held
    raise InputError(f"unknown subset {subset!r}: use all, tuned or heldout")


def evaluate(gold_dir: Path, pred_path: Path, only: Iterable[str] | None = None) -> Report:
    """Score predictions against every gold file in gold_dir (or only the listed ids)."""
    gold = load_gold(gold_dir)
    pred = load_predictions(pred_path)
    keep = set(only) if only is not None else None
    report = Report()
    for doc_id, g in gold.items():
        if keep is not None and doc_id not in keep:
            continue
        if doc_id not in pred:
            report.missing_predictions.append(doc_id)
        score_document(g, pred.get(doc_id, {}), report)
    return report
