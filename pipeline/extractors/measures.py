"""What a figure measures, the years it covers and its sentence (corpus/ANNOTATION.md, numbers).

The measure is a short noun phrase of the figure's own clause: the counted noun with the
words that qualify it ("12 dự án chậm tiến độ" -> "dự án chậm tiến độ"), the noun after
a percentage or an amount ("100% cơ quan hành chính …", "6 tỷ đồng kinh phí khắc phục …"),
else the phrase that names it before the figure ("tỷ lệ hộ nghèo giảm còn 31,17%"),
without qualifiers, linking verbs, places or periods. The rules propose those words
(`candidates`); a CRF trained on the corpus's gold measures (models/measures.crf,
`vnextract.training`) makes the final choice of words around the figure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import measure_tagger
from ..schema import Entity, Number, Person
from .context import Context
from .indicators import indicator_for

_YEAR = re.compile(r"^(19|20)\d\d$")
_YEAR_RANGE = re.compile(r"^((?:19|20)\d\d)[-–]((?:19|20)\d\d)$")
_PARTS = frozenset(",;:()")
MAX_AFTER = 10   # syllables of the qualifying words after the counted noun
MAX_BEFORE = 8   # syllables of the naming phrase before the figure
MAX_PREDICATE = 5  # syllables of the verb phrase before a counted noun that has no qualifier after it


def _periods(ctx: Context, s0: int, s1: int) -> list[tuple[int, int, str]]:
    """(first syllable, end syllable, period) of every year range and year in [s0, s1).

    Not a baseline ("so với cùng kỳ năm 2017") nor a term of office ("nhiệm kỳ 2021 - 2026").
    """
    out, k = [], s0
    while k < s1:
        t = ctx.sylls[k].text
        if (rng := _YEAR_RANGE.match(t)) and not ctx.match_before(ctx.res.period_not_after, k):
            out.append((k, k + 1, f"{rng.group(1)}-{rng.group(2)}"))  # "2010-2015" written as one word
        elif _YEAR.match(t):
            intro = k - 1 if k > s0 and ctx.keys[k - 1] == "năm" else k
            if ctx.match_before(ctx.res.period_not_after, intro):
                k += 3 if k + 2 < s1 and ctx.keys[k + 1] in ("-", "–", "đến") else 1
                continue
            if k + 2 < s1 and ctx.keys[k + 1] in ("-", "–", "đến") and _YEAR.match(ctx.sylls[k + 2].text):
                out.append((k, k + 3, f"{t}-{ctx.sylls[k + 2].text}"))
                k += 3
                continue
            if k > s0 and ctx.keys[k - 1] == "năm":
                out.append((k, k + 1, t))
        k += 1
    return out


def _period(ctx: Context, i: int, j: int, lo: int, hi: int) -> str | None:
    """The period of a figure: the nearest year in its own part of the clause (between commas),
    else one that opens the sentence ("6 tháng đầu năm 2019, … 64,9%")."""
    a = next((k + 1 for k in range(i - 1, lo - 1, -1) if ctx.keys[k] in _PARTS), lo)
    b = next((k for k in range(j, hi) if ctx.keys[k] in _PARTS), hi)
    own = _periods(ctx, a, b)
    if own:
        return min(own, key=lambda p: abs(p[0] - i))[2]
    s0 = ctx.sent_bounds[ctx.sent_of[i]][0]
    first = next((k for k in range(s0, hi) if ctx.keys[k] in _PARTS), hi)
    opening = _periods(ctx, s0, first) if first < i else []
    return opening[0][2] if opening else None


def _is_number(ctx: Context, k: int) -> bool:
    return ctx.sylls[k].text[:1].isdigit()


def _is_noun(ctx: Context, k: int) -> bool:
    return ctx.tag(k) in ("N", "Nc", "Np", "Ny", "Nu") and not ctx.is_punct(k)


def _clause(ctx: Context, i: int, j: int) -> tuple[int, int]:
    """[start, end) of the figure's clause: inside its sentence, not across ";" or ":"."""
    s0, s1 = ctx.sent_bounds[ctx.sent_of[i]]
    lo = next((k + 1 for k in range(i - 1, s0 - 1, -1) if ctx.keys[k] in (";", ":")), s0)
    hi = next((k for k in range(j, s1) if ctx.keys[k] in (";", ":")), s1)
    return lo, hi


def _skipped(ctx: Context, lo: int, hi: int, periods: list[tuple[int, int, str]]) -> set[int]:
    """Syllables never part of a measure: periods with the words that introduce them, and places."""
    r = ctx.res
    skip: set[int] = set()
    for a, b, _ in periods:
        skip.update(range(a, b))
        # "giai đoạn 2021 - 2023", "9 tháng đầu năm 2023": the words that make it a period.
        while a > lo:
            m = ctx.match_before(r.time_before, a) or ctx.match_before(r.period_lead, a)
            n = m[0] if m else int(_is_number(ctx, a - 1) and a - 1 not in skip and bool(ctx.match(r.period_lead, a)))
            if not n:
                break
            skip.update(range(a - n, a))
            a -= n
    k = lo
    while k < hi:
        # "tỉnh Thái Nguyên", "phường Mông Dương": the place is not what is measured.
        if ctx.keys[k] in r.place_kinds and k + 1 < hi and ctx.is_upper(k + 1):
            end = k + 1
            while end < hi and ctx.is_upper(end) and not ctx.is_punct(end):
                end += 1
            skip.update(range(k, end))
            k = end
            continue
        if (p := ctx.match(r.provinces, k)) and ctx.is_upper(k):
            skip.update(range(k, k + p[0]))
            k += p[0]
            continue
        k += 1
    return skip


def _link_before(ctx: Context, k: int) -> int:
    """Length of a linking word or qualifier ending right before syllable k ("đạt khoảng"), whole words only
    ("gia tăng" is not the link "tăng")."""
    r = ctx.res
    m = ctx.match_before(r.subject_links, k) or ctx.match_before(r.qualifiers, k)
    if not m or (k - m[0] > 0 and ctx.same_token(k - m[0] - 1, k - m[0])):
        return 0
    return m[0]


def _after(ctx: Context, k: int, hi: int, skip: set[int]) -> list[int]:
    """The counted noun at k and the words that qualify it, up to a stop word or another part of the clause."""
    r = ctx.res
    out: list[int] = []
    start, nouns_only = k, True
    while k < hi and k - start < MAX_AFTER:
        key = ctx.keys[k]
        if key == "," and out and nouns_only and k + 1 < hi and ctx.sylls[k + 1].text[:1].islower() \
                and _is_noun(ctx, k + 1) and not ctx.match(r.measure_stops, k + 1):
            k += 1  # "ý kiến, kiến nghị", "xã, thị trấn": a list of nouns is one measure
            continue
        if ctx.is_punct(k) or _is_number(ctx, k) or (k > start and ctx.match(r.measure_stops, k)):
            break
        if k > start and (m := ctx.match(r.subject_links, k)) and _figure_follows(ctx, k + m[0], hi):
            break
        if k > start and ctx.match(r.number_words, k) and k + 1 < hi and _is_noun(ctx, k + 1):
            break  # "… và hai công ty": another figure
        if k > start and (ctx.keys[k] in r.place_kinds and k + 1 < hi and ctx.is_upper(k + 1) or ctx.is_name_syl(k)):
            break  # "100 ngôi nhà ở phường Mông Dương", "2 xã Minh Phú": a place or a name follows
        if not _is_noun(ctx, k) and ctx.tag(k) not in ("A",):
            nouns_only = False
        if k not in skip:
            out.append(k)
        k += 1
    while out and ctx.match_before(r.measure_trailing, out[-1] + 1):
        out.pop()
    return out


def _figure_follows(ctx: Context, k: int, hi: int) -> bool:
    """A number right after k, maybe behind a qualifier ("đạt khoảng 98%")."""
    if k < hi and (q := ctx.match(ctx.res.qualifiers, k)):
        k += q[0]
    return k < hi and _is_number(ctx, k)


def _before(ctx: Context, i: int, lo: int, skip: set[int], figures: set[int]) -> list[int]:
    """The phrase that names the figure before it, back to a comma or the clause start, links trimmed.

    A figure in brackets names what the phrase before the bracket names ("nguồn lực dành cho
    chuyển đổi số (giai đoạn 2021 - 2023 khoảng 290 tỷ đồng)").
    """
    r = ctx.res
    k = i
    # "đạt khoảng", "là hơn", "giảm còn": linking verbs and qualifiers right before the figure.
    while k > lo and (m := _link_before(ctx, k)):
        k -= m
    out: list[int] = []
    while k > lo and len(out) < MAX_BEFORE:
        k -= 1
        if k in skip:
            continue
        if ctx.keys[k] == "(" and not out:
            continue
        if ctx.is_punct(k) or _is_number(ctx, k) or k in figures:
            break
        if ctx.keys[k] in ("với", "là", "mà", "thì", "nhưng") and out:
            break  # "chủ đầu tư với tổng mức đầu tư 1.450 tỷ đồng": the measure starts after "với"
        out.append(k)
    out.reverse()
    while out and (m := ctx.match(r.subject_links, out[0]) or ctx.match(r.measure_trailing, out[0])):
        out = out[m[0]:]
    return _whole_words(ctx, out)


def _whole_words(ctx: Context, idx: list[int]) -> list[int]:
    """Drop leading syllables that continue a word cut by a length limit ("trí" of "bố trí")."""
    n = 0
    while n < len(idx) and idx[n] > 0 and ctx.same_token(idx[n] - 1, idx[n]) and idx[n] - 1 not in idx:
        n += 1
    return idx[n:]


def _predicate(ctx: Context, before: list[int]) -> list[int]:
    """The verb phrase just before a figure, without its subject ("TP quyết định đốn hạ 143 cây")."""
    out = _whole_words(ctx, before[-MAX_PREDICATE:])
    caps = [n for n, k in enumerate(out) if ctx.is_upper(k)]
    return out[caps[-1] + 1:] if caps else out


def _text(ctx: Context, idx: list[int]) -> str | None:
    return " ".join(ctx.sylls[k].text for k in idx if not ctx.is_punct(k)) or None


def _age_of(ctx: Context, i: int, people: list[Person]) -> list[int]:
    """The person an age belongs to: the name mentioned right before "(55 tuổi)"."""
    start = ctx.sylls[max(0, i - 3)].start
    for p in people:
        for m in p.mentions:
            if start <= m.end <= ctx.sylls[i].start:
                return list(range(ctx.syllable_at(m.start), ctx.syllables_before(m.end)))
    return []


def _restates(ctx: Context, i: int, lo: int, previous_end: int) -> bool:
    """A figure that restates what the figure just before it measures: in brackets after it
    ("1.348 vụ (giảm 6,71%)") or as its new value ("từ 41,8% giảm xuống còn 31,17%")."""
    k = i
    while k > lo and (m := _link_before(ctx, k)):
        k -= m
    if k > lo and ctx.keys[k - 1] == "(":
        k -= 1
    return previous_end == k and k < i


@dataclass
class Candidates:
    """What the rules see around one figure: its syllables [i, j), its clause [lo, hi), the syllables
    never in a measure, the noun phrase after it, the phrase before it, and the rules' choice."""

    i: int
    j: int
    lo: int
    hi: int
    skip: set[int]
    after: list[int]
    before: list[int]
    rule: list[int]
    certain: bool = False  # a closed pattern the rules read exactly (an age and its person)


def candidates(ctx: Context, n: Number, people: list[Person], previous: tuple[int, list[int]],
               figures: set[int]) -> Candidates:
    """The rules' reading of a figure; `rule` holds the syllables of what it measures, in reading order."""
    r = ctx.res
    i, j = ctx.syllable_at(n.start), ctx.syllables_before(n.end)
    lo, hi = _clause(ctx, i, j)
    skip = _skipped(ctx, lo, hi, _periods(ctx, lo, hi))
    noun = j
    if n.kind == "count":
        noun = i + 1
        while noun < j and (_is_number(ctx, noun) or ctx.match(r.scales, noun) or ctx.is_punct(noun)):
            noun += 1
    elif noun < hi and ctx.keys[noun] == "là":
        noun += 1  # "gần 90% là đồng bào các dân tộc thiểu số"
    elif noun + 1 < hi and ctx.keys[noun] == "," and _appositive(ctx, noun + 1, hi):
        noun += 1  # "bố trí 6 tỷ đồng, nguồn kinh phí từ Quỹ phòng, chống thiên tai"
    after = _after(ctx, noun, hi, skip) if noun < hi else []
    before = _before(ctx, i, lo, skip, figures)
    c = Candidates(i, j, lo, hi, skip, after, before, before)
    if n.kind == "measure" and n.unit in r.ages and (owner := _age_of(ctx, i, people)):
        c.rule, c.certain = [j - 1, *owner], True
    elif n.kind == "count" and after:
        rich = len(after) - (j - noun) >= 2 or ctx.match_before(r.measure_existential, i)
        c.rule = after if rich else after + _predicate(ctx, before)
    elif previous[1] and _restates(ctx, i, lo, previous[0]):
        c.rule = previous[1]
    elif after and ctx.sylls[after[0]].text[:1].islower() and _is_noun(ctx, after[0]):
        c.rule = after + _predicate(ctx, before) if len(after) < 4 else after
    return c


# --- the learned choice (models/measures.crf) ------------------------------------------------
# The rules above propose; a CRF trained on the gold measures of corpus/ (the part not set
# aside, see `vnextract.training`) decides, syllable by syllable in a window around the figure,
# which words name what it measures. Measured on the set-aside articles it is right more often
# than the rules alone (README, "Quality"); where it keeps no word the rules' choice stands.

WINDOW = 25  # syllables each side of the figure the model looks at


def _region(k: int, i: int, j: int) -> str:
    if i <= k < j:
        return "fig"
    d = i - k if k < i else k - j + 1
    return ("b" if k < i else "a") + (str(d) if d <= 4 else "5-8" if d <= 8 else "9-15" if d <= 15 else "far")


def measure_features(ctx: Context, kind: str, c: Candidates) -> tuple[list[int], list[list[str]]]:
    """(syllable indexes, feature strings) of the window around a figure, for the measure CRF."""
    s0, s1 = ctx.sent_bounds[ctx.sent_of[c.i]]
    a, b = max(s0, c.i - WINDOW), min(s1, c.j + WINDOW)
    rule, after, before = set(c.rule), set(c.after), set(c.before)
    keys = ctx.keys
    # Commas and clause stops between each syllable and the figure, counted walking outwards from it.
    commas, stops = {}, {}
    for side in (range(c.i - 1, a - 1, -1), range(c.j, b)):
        n_commas, stop = 0, False
        for k in side:
            commas[k], stops[k] = n_commas, stop
            n_commas += keys[k] in (",", "(", ")", "-", "–")
            stop = stop or keys[k] in (";", ":", ".")
    idx, rows = list(range(a, b)), []
    for k in idx:
        reg = _region(k, c.i, c.j)
        in_rule = k in rule
        rows.append([
            f"w={keys[k]}", f"t={ctx.tag(k)}", f"r={reg}", f"k={kind}|{reg}",
            f"p={min(commas.get(k, 0), 2)}|{reg[0]}", f"semi={stops.get(k, False)}", f"rule={in_rule}",
            f"rule|r={in_rule}|{reg}", f"skip={k in c.skip}", f"up={ctx.is_upper(k)}", f"num={_is_number(ctx, k)}",
            f"pu={ctx.is_punct(k)}", f"w-1={keys[k - 1] if k > a else 'BOS'}", f"w+1={keys[k + 1] if k + 1 < b else 'EOS'}",
            f"t-1={ctx.tag(k - 1) if k > a else 'BOS'}", f"t+1={ctx.tag(k + 1) if k + 1 < b else 'EOS'}",
            f"ws={not (k > 0 and ctx.same_token(k - 1, k))}", f"wt={c.lo <= k < c.hi}",
            f"aft={k in after}", f"bef={k in before}", f"rn={(k - 1) in rule}|{(k + 1) in rule}",
            f"k|aft|bef={kind}|{k in after}|{k in before}"])
    return idx, rows


def _chosen(ctx: Context, n: Number, c: Candidates) -> list[int]:
    """The measure's syllables: the rules' when they are certain, else the CRF's, else the rules'."""
    if c.certain:
        return c.rule
    idx, rows = measure_features(ctx, n.kind, c)
    words = [k for k, tag in zip(idx, measure_tagger().tag(rows)) if tag == "M" and not ctx.is_punct(k)]
    return words or c.rule


def _appositive(ctx: Context, k: int, hi: int) -> bool:
    """A lower-case noun phrase after a comma with no figure of its own before the next punctuation."""
    if not (ctx.sylls[k].text[:1].islower() and _is_noun(ctx, k)):
        return False
    while k < hi and not ctx.is_punct(k):
        if _is_number(ctx, k):
            return False
        k += 1
    return True


def _place(ctx: Context, i: int, j: int, locations: list[Entity]) -> str | None:
    """The province a figure is about when its clause names one, "Việt Nam" for a national
    figure ("cả nước", "GDP của Việt Nam"), else the document's province."""
    lo, hi = _clause(ctx, i, j)
    start, end = ctx.sylls[lo].start, ctx.sylls[hi - 1].end
    named = [loc for loc in locations if loc.label == "province" and loc.canonical in ctx.res.province_names
             and start <= loc.start < end]
    if named:
        return min(named, key=lambda loc: abs(loc.start - ctx.sylls[i].start)).canonical
    if any(ctx.match(ctx.res.national_places, k) for k in range(lo, hi)):
        return ctx.res.country
    return ctx.province


def rule_candidates(ctx: Context, numbers: list[Number], people: list[Person]) -> list[Candidates]:
    """The rules' reading of every figure of a document, in order (a figure may restate the one before)."""
    figures = {k for n in numbers for k in range(ctx.syllable_at(n.start), ctx.syllables_before(n.end))}
    out: list[Candidates] = []
    previous: tuple[int, list[int]] = (-1, [])
    for n in numbers:
        c = candidates(ctx, n, people, previous, figures)
        previous = (c.j, c.rule)
        out.append(c)
    return out


def describe(ctx: Context, numbers: list[Number], people: list[Person], locations: list[Entity]) -> list[Number]:
    """The numbers with `measure`, `period`, `place`, `sentence` and their indicator filled in."""
    out = []
    for n, c in zip(numbers, rule_candidates(ctx, numbers, people)):
        words = _chosen(ctx, n, c)
        indicator = indicator_for(ctx, words, n.kind)
        s0, s1 = ctx.sent_bounds[ctx.sent_of[c.i]]
        start, end = ctx.offsets(s0, s1)
        out.append(n.model_copy(update={
            "measure": _text(ctx, words), "period": _period(ctx, c.i, c.j, c.lo, c.hi),
            "place": _place(ctx, c.i, c.j, locations), "sentence": ctx.text[start:end],
            "indicator": indicator.id if indicator else None, "indicator_label": indicator.label if indicator else None}))
    return out
