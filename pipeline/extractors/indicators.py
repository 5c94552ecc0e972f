"""Indicators: line up figures across articles by what they measure ("kinh phí … chuyển đổi số"
in one article and "nguồn lực dành cho chuyển đổi số" in another are both the
digital-transformation budget).

A figure gets the indicator (models/indicators.yaml) of its own kind whose phrase comes first in
its measure (the longest at that place), matched on whole underthesea words ("cầu" does not
match inside "yêu cầu"); a figure whose measure names none keeps no indicator.
"""
from __future__ import annotations

from ..resources import Indicator
from .context import Context


def _word_start(ctx: Context, k: int) -> bool:
    return k == 0 or ctx.sylls[k - 1].token != ctx.sylls[k].token


def indicator_for(ctx: Context, words: list[int], kind: str) -> Indicator | None:
    """The indicator a measure (syllable indexes, in reading order) names, or None."""
    res = ctx.res
    phrases = res.indicator_phrases
    keys = [ctx.keys[k] for k in words]
    ends = [n + 1 == len(words) or _word_start(ctx, words[n + 1]) for n in range(len(words))]
    # Vietnamese noun phrases put the head first ("thiệt hại để khắc phục sự cố" is damage, not
    # relief money): the phrase that starts first wins, the longest at that place.
    for n, k in enumerate(words):
        if not _word_start(ctx, k):
            continue
        for length in range(min(phrases.max_len, len(words) - n), 0, -1):
            ids = phrases.entries.get(tuple(keys[n:n + length])) if ends[n + length - 1] else None
            found = [res.indicators[i] for i in ids or () if res.indicators[i].kind == kind]
            if found:
                return found[0]
    return None
