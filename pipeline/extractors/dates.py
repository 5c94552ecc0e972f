"""Dates and legal references written in the text."""
from __future__ import annotations

import re

from ..schema import DateRef, LegalRef
from .context import Context

_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_DM = re.compile(r"^(\d{1,2})[/-](\d{1,2})$")
_MY = re.compile(r"^(\d{1,2})[/-](\d{4})$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_DOCNUM = re.compile(r"^\d+[\w./-]*$")


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if m is not None and not 1 <= m <= 12 or d is not None and not 1 <= d <= 31:
        return None
    if y and m and d:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if m and d:
        return f"--{m:02d}-{d:02d}"
    if y and m:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}" if y else None


def _int(ctx: Context, k: int) -> int | None:
    t = ctx.sylls[k].text if k < len(ctx.sylls) else ""
    return int(t) if t.isdigit() else None


def extract_dates(ctx: Context) -> list[DateRef]:
    """Dates such as "15/11", "ngày 22/6/2023", "ngày 1 tháng 7 năm 2024", "tháng 7/2023", "năm 2023"."""
    out: list[DateRef] = []
    keys, n = ctx.keys, len(ctx.sylls)
    i = 0
    while i < n:
        t = ctx.sylls[i].text
        value, end = None, i + 1
        prev = keys[i - 1] if i else ""
        if m := _DMY.match(t):
            value = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        elif (m := _DM.match(t)) and (prev in ("ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm")
                                      or "/" in t):
            value = _iso(None, int(m.group(2)), int(m.group(1)))
        elif (m := _MY.match(t)) and prev == "tháng":
            value = _iso(int(m.group(2)), int(m.group(1)), None)
        elif prev == "ngày" and t.isdigit() and keys[i + 1:i + 2] == ["tháng"] and (mo := _int(ctx, i + 2)):
            year = _int(ctx, i + 4) if keys[i + 3:i + 4] == ["năm"] else None
            value, end = _iso(year, mo, int(t)), (i + 5 if year else i + 3)
        elif prev == "tháng" and t.isdigit() and keys[i + 1:i + 2] == ["năm"] and (yr := _int(ctx, i + 2)):
            value, end = _iso(yr, int(t), None), i + 3
        elif prev == "năm" and _YEAR.match(t):
            value = _iso(int(t), None, None)
        if value:
            start = i - 1 if prev in ("ngày", "tháng", "năm") else i
            s, e = ctx.offsets(start, end)
            out.append(DateRef(text=ctx.text[s:e], start=s, end=e, value=value))
            i = end
            continue
        i += 1
    return out


def event_date(dates: list[DateRef], year: int | None) -> str | None:
    """The first full date in the text; a day/month without year takes `year` (from metadata)."""
    for d in dates:
        if len(d.value) == 10 and d.value[4] == "-":
            return d.value
        if d.value.startswith("--"):
            return f"{year:04d}{d.value[1:]}" if year else None
    return None


def extract_legal_refs(ctx: Context) -> list[LegalRef]:
    """Laws, decrees, resolutions and decisions with their number ("Luật … số 20/2023/QH15")."""
    out: list[LegalRef] = []
    n = len(ctx.sylls)
    i = 0
    while i < n:
        m = ctx.match(ctx.res.legal_types, i) if ctx.is_upper(i) else None
        if not m:
            i += 1
            continue
        limit = ctx.sent_bounds[ctx.sent_of[i]][1]
        k = i + m[0]
        name_end = k
        # The name runs up to "số" or the number (at most 12 syllables).
        while k < limit and k - i < 14 and not ctx.is_punct(k) and _not_a_number(ctx, k):
            if ctx.keys[k] == "số":
                break
            k += 1
            name_end = k
        if k < limit and ctx.keys[k] == "số":
            k += 1
        if k < limit and _DOCNUM.match(ctx.sylls[k].text) and any(c.isdigit() for c in ctx.sylls[k].text):
            number_end = k + 1
            # "176/KH-UBND" may come as several pieces glued together.
            while number_end < limit and ctx.sylls[number_end].start == ctx.sylls[number_end - 1].end \
                    and not ctx.keys[number_end] in (",", ";", ".", ")"):
                number_end += 1
            number = ctx.text[ctx.sylls[k].start:ctx.sylls[number_end - 1].end]
            name = ctx.norm_text(i, name_end) if name_end > i + m[0] else None
            s, e = ctx.offsets(i, number_end)
            out.append(LegalRef(text=ctx.text[s:e], start=s, end=e, type=str(m[1]), number=number, name=name))
            i = number_end
            continue
        i += m[0]
    return out


def _not_a_number(ctx: Context, k: int) -> bool:
    return not ctx.sylls[k].text[:1].isdigit()
