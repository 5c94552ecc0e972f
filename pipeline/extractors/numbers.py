"""Quantities: counts, money, percentages and measures, in Vietnamese notation.

"." groups thousands and "," marks decimals ("19.623" = 19623, "98,5%" = 98.5);
scale words multiply ("290 tỷ đồng" = 290e9). Dates, years, periods, document
numbers, ordinals, terms and numbers inside names are not quantities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..schema import Number
from .context import Context
from .roles import PASSIVE, is_person_start

_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_PLAIN = re.compile(r"^\d+(?:,\d+)?$")
_DOT_DECIMAL = re.compile(r"^\d+\.\d+$")
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,000)+$")
_ATTACHED_PCT = re.compile(r"^(\d[\d.,]*)%$")
_RANGE = re.compile(r"^(\d[\d.,]*)[-–](\d[\d.,]*)$")
_FRACTION = re.compile(r"^(\d[\d.,]*)/(\d[\d.,]*)$")


# A run of more digits than this is a code, an account or a phone number, not a figure
# (and no float holds it exactly).
MAX_DIGITS = 15


def parse_number(text: str) -> Decimal | None:
    """Read a number in Vietnamese notation, exactly; None when it is not one."""
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    if _COMMA_THOUSANDS.match(text):
        return Decimal(text.replace(",", ""))  # "13,000 m2": thousands written the English way, never 13,0
    if _THOUSANDS.match(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    if _PLAIN.match(text):
        return Decimal(text.replace(",", "."))
    if _DOT_DECIMAL.match(text):
        return Decimal(text)
    return None


def _whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def json_value(value: Decimal) -> int | float:
    """A whole value as an int, else the nearest float ("4,1 tỷ" is 4100000000, not 4099999999.9999995)."""
    return int(value) if _whole(value) else float(value)


def _is_year(text: str, value: Decimal) -> bool:
    return text.isdigit() and len(text) == 4 and 1900 <= value <= 2100


@dataclass
class _Unit:
    end: int
    scale: Decimal = Decimal(1)
    unit: str | None = None
    kind: str = "count"
    times: bool = False  # a count of occurrences ("17 lần")


def _read_unit(ctx: Context, k: int, limit: int) -> _Unit:
    """Scale word, then %, a currency, a measure or a counted noun, from syllable k."""
    r = ctx.res
    out = _Unit(end=k)
    while k < limit and (sc := ctx.match(r.scales, k)):
        out.scale *= Decimal(str(sc[1]))
        k = out.end = k + sc[0]
    if k >= limit:
        if out.scale >= 1e6:
            out.unit, out.kind = r.bare_amount_currency, "money"  # "người nhà đòi 2 tỉ" ending a headline
        return out
    if (p := ctx.match(r.percent, k)):
        out.end, out.unit, out.kind = k + p[0], "%", "percent"
    elif (c := ctx.match(r.currencies, k)) and not ctx.match(r.not_currency, k) \
            and (out.scale > 1 or not (k + c[0] < limit and ctx.same_token(k + c[0] - 1, k + c[0]))
                 or ctx.match(r.money_nouns, k + c[0])):
        # not "đồng phạm", "đồng bào"; but after a scale word, or before a money noun, "đồng" is the
        # currency even where underthesea joins it to the next word ("4-5 triệu đồng tiền xây
        # dựng", "130.000 đồng tiền ghế ngồi": "đồng tiền")
        out.end, out.unit, out.kind = k + c[0], str(c[1]), "money"
    elif (m := ctx.match(r.measures, k)) and not (ctx.is_upper(k) and len(ctx.sylls[k].text) > 2):
        out.end, out.unit, out.kind = k + m[0], str(m[1]), "measure"
    elif (d := ctx.match(r.durations, k)):
        out.end, out.unit, out.kind = k + d[0], str(d[1]), "duration"
    elif out.scale >= 1e6 and (ctx.match(r.money_nouns, k)
                               or not (_counted_noun_at(ctx, k) and ctx.tag(k) in ("N", "Nc", "Nu"))):
        out.unit, out.kind = r.bare_amount_currency, "money"  # "305 tỷ", "670 triệu", "10.000 tỷ nợ"
    elif ctx.match(r.times_nouns, k) and ctx.keys[k + 1:k + 2] != ["thứ"]:
        out.end, out.unit, out.times = k + 1, ctx.norm_text(k, k + 1), True  # "vỡ 17 lần", "gấp 3 lần"; not "lần thứ 17"
    elif _counted_noun_at(ctx, k):
        end = _noun_phrase(ctx, k, limit)
        out.end, out.unit = end, ctx.norm_text(k, end)
    elif (m := ctx.match(r.positions, k) or ctx.match(r.legal_types, k)) and ctx.is_upper(k):
        out.end, out.unit = k + m[0], ctx.norm_text(k, k + m[0])  # "2 Thứ trưởng", "16 Nghị quyết"
    return out


def _counted_noun_at(ctx: Context, k: int) -> bool:
    """A lower-case word that is not a function word: "trụ cột", "cấp", "hộ"."""
    t = ctx.sylls[k].text
    return t[:1].isalpha() and t[:1].islower() and not ctx.match(ctx.res.not_counted, k)


def _noun_phrase(ctx: Context, k: int, limit: int) -> int:
    """The counted noun: the word at k and the lower-case words that qualify it (at most 5 syllables)."""
    end = k + 1
    while end < limit and ctx.same_token(end, k):
        end += 1
    while end < limit and end - k < 5 and not ctx.is_punct(end) and ctx.tag(end) in ("N", "A", "V") \
            and _counted_noun_at(ctx, end) and not (ctx.tag(end) == "V" and ctx.keys[end] in PASSIVE):
        # a passive verb opens the predicate: "9 bị can | bị truy tố", "12 hộ | được hỗ trợ"
        tok_end = end + 1
        while tok_end < limit and ctx.same_token(tok_end, end):
            tok_end += 1
        if tok_end - k > 5:
            break
        end = tok_end
    return end


def _excluded(ctx: Context, i: int) -> bool:
    """Dates, periods, labels and document numbers ("ngày 15", "khóa XV", "số 20/2023/QH15")."""
    r = ctx.res
    if ctx.match_before(r.time_before, i) or ctx.match(r.not_quantities, i):
        return True
    if ctx.match_before(r.label_before, i) and not ctx.match_before(r.count_before, i) \
            and _read_unit(ctx, i + 1, ctx.sent_bounds[ctx.sent_of[i]][1]).kind not in _MEASURED:
        # "số 20/2023/QH15", "tầng 5", "Nghị quyết Trung ương 4"; not "tổng số 26 công trình", nor a
        # figure with a unit of its own ("mỗi tầng 140m2", "ngân sách trung ương 460 tỉ đồng")
        return True
    if i > 0 and ctx.sylls[i - 1].end == ctx.sylls[i].start and ctx.keys[i - 1][-1:] in ("/", "-", ".", "–", ":", "+"):
        return True  # glued to what comes before: part of a code, a phone number, a time or a date
    if i >= 2 and ctx.keys[i - 1] == "+" and ctx.sylls[i - 2].end == ctx.sylls[i - 1].start \
            and parse_number(ctx.sylls[i - 2].text) is not None:
        return True  # "km 17+ 100": a chainage along a road, the metres after the kilometre
    if i + 1 < len(ctx.sylls) and ctx.sylls[i + 1].start == ctx.sylls[i].end and ctx.keys[i + 1] in ("/", "-", ":"):
        nxt = i + 2 < len(ctx.sylls) and ctx.sylls[i + 2].text[:1].isalnum()
        if nxt and ctx.sylls[i + 2].start == ctx.sylls[i + 1].end:
            return True
    if i + 1 < len(ctx.sylls) and (ctx.match(r.time_after, i + 1) or ctx.match(r.label_after, i + 1)):
        return True
    if i + 1 < len(ctx.sylls) and ctx.sylls[i + 1].start == ctx.sylls[i].end \
            and ctx.keys[i + 1].rstrip("0123456789") in r.clock_marks:
        return True  # "19h15", "8g30": a clock time
    if i + 2 < len(ctx.sylls) and ctx.keys[i + 1] == "tháng" and _day_month(ctx.keys[i], ctx.keys[i + 2]) \
            and ctx.keys[i + 3:i + 4] != ["ngày"]:
        return True  # "đường 30 tháng 4": a day and its month; not "6 tháng 10 ngày", a length
    m = _RANGE.match(ctx.sylls[i].text)
    if m and _day_month(m.group(1), m.group(2)) and ctx.match_before(r.day_month_before, i):
        return True  # "sáng 2-7", "đến 23-7": a date written with a dash
    # A number right after a label number joined by "và" / "," is a label too ("số 2 và 3").
    if i >= 2 and ctx.keys[i - 1] in ("và", ",") and parse_number(ctx.sylls[i - 2].text) is not None:
        return _excluded(ctx, i - 2)
    return False


_MEASURED = frozenset({"money", "percent", "measure"})


def _day_month(a: str, b: str) -> bool:
    """Whether "a-b" can be a day and a month."""
    return a.isdigit() and b.isdigit() and 1 <= int(a) <= 31 and 1 <= int(b) <= 12


def _dated_pair(a: str, b: str) -> bool:
    """Whether "a/b" is a date: a day and a month ("15/11") or a month and a year ("đến 11/2015")."""
    return _day_month(a, b) or (a.isdigit() and 1 <= int(a) <= 12 and b.isdigit() and _is_year(b, Decimal(b)))


def _qualifier(ctx: Context, i: int) -> tuple[str | None, bool]:
    q = ctx.match_before(ctx.res.qualifiers, i)
    if not q:
        return None, False
    return ctx.norm_text(i - q[0], i), q[1] == "approx"


_YEAR_OR_DATE = re.compile(r"^(1[89]|20)\d\d$|^\d{1,2}[/-]\d{1,2}")


def _dated(text: str) -> bool:
    """A year ("2017") or a day-month date ("12/4", "5-6")."""
    return bool(_YEAR_OR_DATE.match(text))


def _keep(ctx: Context, i: int, text: str, unit: _Unit) -> bool:
    """Whether a number with this unit is a quantity worth reporting."""
    if ctx.cut_at_end(i + 1):
        return False  # "… Tổng số 19.6" at the end of a text cut off mid-number
    counters = ctx.res.page_counters
    if ctx.match_before(counters, i) or (unit.end > i + 1 and ctx.match(counters, i + 1)):
        return False  # "Lượt xem: 1.245", "12694 lượt truy cập": the web page, not the article
    if unit.times:
        return (parse_number(text) or 0) >= 2  # "một lần nữa", "5 năm 1 lần": how, not how many
    if unit.kind == "duration":
        # "từ 2,5 năm lên 5 năm" is a compared duration; "sau 3 ngày", "10 năm qua", "6 tháng
        # đầu năm" place an event in time; other lengths of time are the fact reported.
        r = ctx.res
        q = ctx.match_before(r.qualifiers, i)
        before = i - q[0] if q else i  # "sau gần 3 năm": the qualifier stands between
        if ctx.match_before(r.duration_keep_before, before):
            return True
        if unit.end < len(ctx.sylls) and _dated(ctx.sylls[unit.end].text):
            return False  # "trong 2 năm 2017 và 2018", "… 3 ngày 12/4/2005": the years or the date are told
        return not (ctx.match_before(r.duration_place_before, i) or ctx.match_before(r.duration_place_before, before)) \
            and not ctx.match(r.duration_place_after, unit.end)
    if unit.unit is None and unit.kind == "count" and unit.scale == 1.0:
        # A bare number with no unit: keep only a grouped count ("3.796"), not a label,
        # a phone number or a "1.0" rating from page junk.
        return bool(_THOUSANDS.match(text))
    return True


def _compound(ctx: Context, value: Decimal, unit: _Unit, limit: int) -> tuple[Decimal, _Unit] | None:
    """An amount written in two parts, a larger scale then a smaller one ("960 tỷ 533 triệu đồng",
    "2 triệu 500 nghìn đồng"): its whole value, with the unit of the second part."""
    k = unit.end
    if unit.scale < 1000 or k + 1 >= limit or not ctx.match_before(ctx.res.scales, k) \
            or (second := parse_number(ctx.sylls[k].text)) is None:
        return None
    rest = _read_unit(ctx, k + 1, limit)
    if not 1 < rest.scale < unit.scale or rest.kind not in ("money", "count"):
        return None
    return value * unit.scale + second * rest.scale, _Unit(end=rest.end, unit=rest.unit, kind=rest.kind)


def _name_number(ctx: Context, i: int, unit: _Unit) -> bool:
    """A number that ends a proper name ("cầu Thủ Thiêm 4 dài 2,2 km", "Nhiệt điện Mông Dương 1
    thiếu giám sát"): it follows a capitalised word and what comes after is no counted noun."""
    # a capital that only opens the sentence ("Hơn 10 vạn con") or an initial ("em N. 231 cái") names nothing
    if i - 1 <= ctx.sent_bounds[ctx.sent_of[i]][0] or not ctx.is_upper(i - 1) or ctx.is_abbrev(i - 1) \
            or (ctx.sylls[i - 1].text.endswith(".") and ctx.keys[i - 1] not in ctx.res.place_kinds):
        return False
    return unit.kind == "count" and unit.scale == 1 and unit.end > i + 1 \
        and ctx.tag(i + 1) not in ("N", "Nc", "Nu", "Np")


def _record(ctx: Context, i: int, end: int, value: Decimal, unit: _Unit) -> Number:
    if unit.kind == "duration":
        unit = _Unit(end=unit.end, scale=unit.scale, unit=unit.unit, kind="measure")
    start, stop = ctx.offsets(i, max(end, i + 1))
    qualifier, approx = _qualifier(ctx, i)
    return Number(text=ctx.text[start:stop], start=start, end=stop, value=json_value(value * unit.scale),
                  unit=unit.unit, kind=unit.kind, approximate=approx, qualifier=qualifier)  # type: ignore[arg-type]


def _names_people(ctx: Context, k: int, limit: int) -> bool:
    """An honorific and the names after it ("hai ông Nguyễn Văn Thông và Võ Văn Dũng"): the number
    says who, as "both" does, and measures nothing."""
    h = ctx.match(ctx.res.honorifics, k)
    return bool(h) and is_person_start(ctx, k + h[0], limit)


def _number_word(ctx: Context, i: int) -> tuple[int, float] | None:
    """A number word at i ("hai", "ba"), or one the tagger reads as a numeral there ("năm" is five
    in "năm dự án", a year in "năm nay")."""
    if ctx.match_before(ctx.res.numeral_not_after, i):
        return None  # "ngã ba", "hàng trăm", "mỗi năm"
    w = ctx.match(ctx.res.number_words, i)
    if w is None and ctx.tag(i) == "M":
        w = ctx.match(ctx.res.numeral_words, i)
    if w is None and (w := ctx.match(ctx.res.duration_number_words, i)) and not (
            ctx.match(ctx.res.durations, i + w[0])
            and (ctx.match_before(ctx.res.qualifiers, i) or ctx.match_before(ctx.res.duration_keep_before, i))):
        return None  # "kéo dài một năm", "hơn một tháng" are lengths; "một số", "4% một tháng" no quantity
    if w and i + w[0] < len(ctx.sylls) and ctx.same_token(i + w[0] - 1, i + w[0]) and not ctx.is_upper(i):
        return None  # the tagger's word runs on: "xe ba gác", "rừng ba kích", "năm học"
    return w


def extract_numbers(ctx: Context) -> list[Number]:
    """Every quantity in reading order."""
    out: list[Number] = []
    n = len(ctx.sylls)
    i = 0
    while i < n:
        text = ctx.sylls[i].text
        limit = ctx.sent_bounds[ctx.sent_of[i]][1]
        value = parse_number(text)
        if value is not None and i + 2 < limit and ctx.keys[i + 1] == "/" \
                and ctx.sylls[i + 1].start == ctx.sylls[i].end == ctx.sylls[i + 1].end - 1 \
                and ctx.sylls[i + 2].start == ctx.sylls[i + 1].end \
                and (second := parse_number(ctx.sylls[i + 2].text)) is not None:
            # "3.796/4.716 hộ": a share, two numbers; "15/11" and "11/2015" would be dates.
            if not _dated_pair(text, ctx.sylls[i + 2].text) and not ctx.match_before(ctx.res.label_before, i):
                unit = _read_unit(ctx, i + 3, limit)
                out.append(_record(ctx, i, i + 1, value, unit))
                out.append(_record(ctx, i + 2, unit.end, second, unit))
                i = max(unit.end, i + 3)
                continue
        if value is not None:
            if _excluded(ctx, i):
                i += 1
                continue
            # Range "10 - 15%": the first number takes the unit of the second.
            if i + 2 < limit and ctx.keys[i + 1] in ("-", "–", "đến", "tới") \
                    and (second := parse_number(ctx.sylls[i + 2].text)) is not None:
                if i + 3 < limit and ctx.match(ctx.res.time_after, i + 3):
                    i += 3
                    continue  # "từ 26 đến 29 tết", "từ 8 đến 10 giờ": a span of dates or times
                unit = _read_unit(ctx, i + 3, limit)
                if (unit.kind != "count" or unit.unit) and (unit.kind != "duration" or _keep(ctx, i, text, unit)):
                    out.append(_record(ctx, i, i + 1, value, unit))
                    out.append(_record(ctx, i + 2, unit.end, second, unit))
                    i = max(unit.end, i + 3)
                    continue
            if _is_year(text, value) or (ctx.keys[i + 1:i + 2] == ["/"] if i + 1 < n else False):
                i += 1
                continue
            unit = _read_unit(ctx, i + 1, limit)
            if (whole := _compound(ctx, value, unit, limit)) is not None:
                value, unit = whole
            if _keep(ctx, i, text, unit) and not _name_number(ctx, i, unit):
                out.append(_record(ctx, i, unit.end, value, unit))
            i = max(unit.end, i + 1)
            continue
        if (m := _ATTACHED_PCT.match(text)) and (v := parse_number(m.group(1))) is not None:
            out.append(_record(ctx, i, i + 1, v, _Unit(end=i + 1, unit="%", kind="percent")))
        elif (m := _RANGE.match(text)) and not _excluded(ctx, i):
            a, b = parse_number(m.group(1)), parse_number(m.group(2))
            unit = _read_unit(ctx, i + 1, limit)
            if a is not None and b is not None and (unit.kind != "count" or unit.unit) \
                    and (unit.kind != "duration" or _keep(ctx, i, text, unit)):  # not "cách đây 3-4 năm"
                out.append(_record(ctx, i, i + 1, a, unit))
                out.append(_record(ctx, i, unit.end, b, unit))
                i = max(unit.end, i + 1)
                continue
        elif (m := _FRACTION.match(text)) and not _excluded(ctx, i):
            a, b = parse_number(m.group(1)), parse_number(m.group(2))
            # "15/11" and "11/2015" are dates; "3.796/4.716 hộ" is a share
            if a is not None and b is not None and not _dated_pair(m.group(1), m.group(2)):
                unit = _read_unit(ctx, i + 1, limit)
                if a == 1 and b >= 100 and unit.unit is None:
                    i += 1
                    continue  # "quy hoạch 1/500": a map scale, not a share
                out.append(_record(ctx, i, i + 1, a, unit))
                out.append(_record(ctx, i, unit.end, b, unit))
                i = max(unit.end, i + 1)
                continue
        elif (w := _number_word(ctx, i)) and (ctx.sylls[i].text.islower() or i == ctx.sent_bounds[ctx.sent_of[i]][0]) \
                and not _excluded(ctx, i):
            k = i + w[0]
            # "hai Phó ban", "ba Thứ trưởng": a capitalised post is counted as after a digit
            noun = ctx.tag(k) in ("N", "Nc") and not ctx.is_upper(k) if k < limit else False
            post = k < limit and ctx.is_upper(k) and bool(ctx.match(ctx.res.positions, k))
            if k < limit and not ctx.is_punct(k) and (noun or post) \
                    and not _number_word(ctx, k) and not ctx.match(ctx.res.paired_nouns, k) \
                    and not _names_people(ctx, k, limit):
                unit = _read_unit(ctx, k, limit)
                if unit.unit and _keep(ctx, i, str(int(w[1])), unit):  # "sau năm ngày" places in time
                    out.append(_record(ctx, i, unit.end, Decimal(str(w[1])), unit))
                    i = unit.end
                    continue
        i += 1
    return out
