"""Organisations, places, and document-level facts (title, main province, warnings)."""
from __future__ import annotations

from collections import Counter

from ..schema import Entity
from .context import Context
from .roles import place_name, parse_org


def extract_organizations(ctx: Context) -> list[Entity]:
    """Named organisations ("UBND tỉnh", "Sở Thông tin và Truyền thông"), abbreviations expanded."""
    out: list[Entity] = []
    i, n = 0, len(ctx.sylls)
    while i < n:
        head = ctx.match(ctx.res.org_heads, i)
        if not head or not (ctx.is_upper(i) or ctx.is_abbrev(i)):
            i += 1
            continue
        limit = ctx.sent_bounds[ctx.sent_of[i]][1]
        end = parse_org(ctx, i, limit)
        single = head[0] == 1 and not ctx.is_abbrev(i)
        if end <= i or (end - i < 2 and single):
            i += 1  # "Ban", "Sở" alone are not a name
            continue
        canonical = ctx.expand(ctx.norm_text(i, end))
        if ctx.province and canonical.split()[-1] in ("tỉnh",):
            canonical = f"{canonical} {ctx.province}"
        s, e = ctx.offsets(i, end)
        out.append(Entity(text=ctx.text[s:e], start=s, end=e, canonical=canonical, label="ORG"))
        i = end
    return out


def extract_locations(ctx: Context) -> list[Entity]:
    """Provinces (canonical names from provinces.yaml) and "huyện/xã/… + name" places."""
    out: list[Entity] = []
    i, n = 0, len(ctx.sylls)
    while i < n:
        prov = ctx.match(ctx.res.provinces, i) if ctx.is_upper(i) else None
        if prov and all(ctx.is_upper(k) or ctx.is_punct(k) for k in range(i, i + prov[0])):
            s, e = ctx.offsets(i, i + prov[0])
            out.append(Entity(text=ctx.text[s:e], start=s, end=e, canonical=str(prov[1]), label="province"))
            i += prov[0]
            continue
        kinds = ctx.res.place_kinds
        word = " ".join(ctx.keys[i:i + 2]) if " ".join(ctx.keys[i:i + 2]) in kinds else ctx.keys[i]
        if word in kinds and not ctx.match(ctx.res.provinces, i + len(word.split()) if i + 1 < n else i):
            k = i + len(word.split())
            limit = ctx.sent_bounds[ctx.sent_of[i]][1]
            end = place_name(ctx, k, limit)
            if end > k:
                s, e = ctx.offsets(i, end)
                out.append(Entity(text=ctx.text[s:e], start=s, end=e,
                                  canonical=f"{ctx.norm_text(i, k)} {ctx.norm_text(k, end)}", label=kinds[word]))
                i = end
                continue
        i += 1
    return out


def main_province(locations: list[Entity], title_end: int) -> str | None:
    """The province the article is about: the most mentioned, mentions in the title counting triple."""
    votes: Counter[str] = Counter()
    for loc in locations:
        if loc.label == "province":
            votes[loc.canonical] += 3 if loc.start < title_end else 1
    return votes.most_common(1)[0][0] if votes else None


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, no final period, more text after it."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > 250 or first[-1] in ".;:,":
        return None
    return first if len(first.split()) >= 3 else None


def warnings_for(text: str) -> list[str]:
    """Signs of a damaged document: cut off at the end, page junk."""
    out = []
    tail = text.rstrip()
    if tail and tail[-1] not in ".!?…\"”’)»":
        out.append("truncated: the text does not end with sentence punctuation")
    if "leftcenterrightdel" in text:
        out.append("page_junk: layout words from the web page are in the text")
    return out
