"""Indicators and periods: line up figures across articles ("290 tỷ đồng … cho chuyển đổi số"
and "kinh phí … chuyển đổi số … 433 tỷ đồng" are both the digital-transformation budget).

A number takes the indicator (models/indicators.yaml) of the same kind whose phrase
is nearest to it: inside its own counted noun first, then before it in its clause
(not across ";"), then right after it. The period is the year range ("giai đoạn 2021 - 2023")
or year ("năm 2023") nearest to it in its clause.
"""
from __future__ import annotations

import re

from ..schema import Number
from .context import Context

_YEAR = re.compile(r"^(19|20)\d\d$")
MAX_DISTANCE = 30  # syllables between a phrase and its number


def _periods(ctx: Context, s0: int, s1: int) -> list[tuple[int, str]]:
    """(syllable index, period) of every year range and year in a sentence."""
    out, k = [], s0
    while k < s1:
        t = ctx.sylls[k].text
        if _YEAR.match(t):
            if k + 2 < s1 and ctx.keys[k + 1] in ("-", "–", "đến") and _YEAR.match(ctx.sylls[k + 2].text):
                out.append((k, f"{t}-{ctx.sylls[k + 2].text}"))
                k += 3
                continue
            if k > s0 and ctx.keys[k - 1] == "năm":
                out.append((k, t))
        k += 1
    return out


def assign_indicators(ctx: Context, numbers: list[Number]) -> list[Number]:
    """The numbers with `indicator`, `period` and, for those with an indicator, `sentence` filled in."""
    res = ctx.res
    out = []
    for n in numbers:
        i = ctx.syllable_at(n.start)
        s0, s1 = ctx.sent_bounds[ctx.sent_of[i]]
        j = ctx.syllable_at(n.end - 1) + 1 if n.end > n.start else i + 1
        # Before the figure: back to the clause boundary (";"), not into another clause.
        lo = next((k + 1 for k in range(i - 1, s0 - 1, -1) if ctx.keys[k] in (";", ":")), s0)
        # After it: only right after it ("100% cơ quan …"), never across punctuation.
        hi = j
        while hi < min(s1, j + 3) and not ctx.is_punct(hi):
            hi += 1
        best: tuple[float, str] | None = None
        k = lo
        while k < hi:
            m = ctx.match(res.indicator_phrases, k)
            if not m:
                k += 1
                continue
            for ind in m[1]:  # type: ignore[union-attr]
                if res.indicators[ind].kind != n.kind:
                    continue
                if i <= k < j:
                    dist = -1.0 + (k - i) / 100 - m[0] / 100  # inside the figure's own noun: longest wins
                elif k < i:
                    dist = i - (k + m[0])
                else:
                    dist = (k - j) + 5
                if dist <= MAX_DISTANCE and (best is None or dist < best[0]):
                    best = (dist, ind)
            k += 1
        clause_end = next((k for k in range(j, s1) if ctx.keys[k] in (";", ":")), s1)
        periods = _periods(ctx, lo, clause_end)
        period = min(periods, key=lambda p: abs(p[0] - i))[1] if periods else None
        update: dict[str, object] = {"period": period}
        if best is not None:
            update["indicator"] = best[1]
            start, end = ctx.offsets(s0, s1)
            update["sentence"] = ctx.text[start:end]
        out.append(n.model_copy(update=update))
    return out
