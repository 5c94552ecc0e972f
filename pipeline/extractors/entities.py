"""Organisations, places, and document-level facts (title, main province, warnings)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from ..schema import Entity
from ..textnorm import fold
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


def main_province(locations: list[Entity], title_end: int, known: Collection[str]) -> str | None:
    """The province the article is about: the most mentioned of Viet Nam's provinces (`known`), mentions
    in the title counting triple ("tỉnh Quảng Đông" is a place, not one of ours)."""
    votes: Counter[str] = Counter()
    for loc in locations:
        if loc.label == "province" and loc.canonical in known:
            votes[loc.canonical] += 3 if loc.start < title_end else 1
    return votes.most_common(1)[0][0] if votes else None


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, no final period, more text after it."""
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not sep or not rest.strip() or not first or len(first) > 250 or first[-1] in ".;:,":
        return None
    return first if len(first.split()) >= 3 else None


# A paragraph is at least this long; shorter last lines are bylines, credits, headings or
# related-article links, which end without punctuation by nature.
PARAGRAPH_CHARS = 60
BYLINE_WORDS = 6
LONG_CAPTION_CHARS = 250
_SENTENCE_END = re.compile(r"[.!?…][\"”’)»]*(?=\s|$)")


def warnings_for(text: str, credit_words: frozenset[str] = frozenset()) -> list[str]:
    """Signs of a damaged document: cut off at the end, page junk."""
    out = []
    if _cut_off(text, credit_words):
        out.append("truncated: the last paragraph stops mid-sentence")
    if "leftcenterrightdel" in text:
        out.append("page_junk: layout words from the web page are in the text")
    return out


def _cut_off(text: str, credit_words: frozenset[str]) -> bool:
    """True when the article's last paragraph stops mid-sentence.

    News text often ends with lines that have no final punctuation by nature: photo captions
    ("… - Ảnh: TỰ TRUNG", "Ảnh tư liệu"), bylines ("CTV Lê Tùng/VOV.VN", "Mai Linh (Tổng hợp)"),
    headings and related links. Those are skipped; a line with no sentence end at all is a
    caption or a heading, not a paragraph; the dot of "TP." or "ông X." ends no sentence.
    """
    if _SENTENCE_END.search(text.rstrip()[-4:]):
        return False
    for line in reversed(text.rstrip().splitlines()):
        line = line.strip()
        if len(line) < PARAGRAPH_CHARS:
            continue
        ends = [m for m in _SENTENCE_END.finditer(line) if not _abbreviation_dot(line, m.start())]
        if not ends:
            return len(line) >= LONG_CAPTION_CHARS  # a caption or a heading, unless it runs on and on
        tail = re.sub(r"\([^)]*\)?", " ", line[ends[-1].end():]).split()
        if not tail:
            return False
        # After the last sentence, a byline is a few capitalised words ("Mai Hà", "TRẦN LƯU",
        # "Mai Linh (Tổng hợp)") or an author with the outlet ("Văn Hiếu/VOV-Trung tâm tin").
        byline = tail[0][:1].isupper() and len(tail) <= BYLINE_WORDS and (
            any("/" in w for w in tail) or all(not w[0].isalpha() or w[0].isupper() for w in tail))
        return not byline and not _credit(tail, credit_words)
    return False


def _abbreviation_dot(line: str, at: int) -> bool:
    """The dot after "TP", "UB", "T": an abbreviation or an initial, not a sentence end."""
    word = line[:at].rsplit(None, 1)[-1] if line[:at].strip() else ""
    return line[at] == "." and len(word) <= 3 and word.isalpha() and word.isupper()


def _credit(words: list[str], credit_words: frozenset[str]) -> bool:
    """A photo or source credit: "Ảnh: …", "Ảnh TỰ TRUNG", "Theo B.Vân" (a credit word, then a name or a colon)."""
    for w, after in zip(words, [*words[1:], ""]):
        key = fold(w.strip("():-–"))
        if key in credit_words and (w.endswith(":") or after[:1].isupper() or fold(w) == "ảnh"):
            return True
    return False
