"""Roles: a position word extended over the organisation it belongs to.

"Phó Chủ tịch Thường trực UBND tỉnh", "Giám đốc Sở Thông tin và Truyền thông",
"Ủy viên Thường trực Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội".
A role starts at a position (titles.yaml) or a rank, takes modifiers
("Thường trực"), then organisation words (organizations.yaml, abbreviations,
capitalised words, place names) until a verb, a person's name or punctuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnorm import fold, is_vietnamese_syllable
from .context import APOSTROPHES, Context

# "và", "của", "thuộc" join parts of a name but never end one ("Bộ Tài nguyên và Môi trường",
# "Trung tâm Phát triển quỹ đất thuộc Sở TN&MT").
CONNECTORS = frozenset({"và", "của", "thuộc"})
_INITIAL = re.compile(r"^[A-ZĐ]\.$")
MAX_ROLE = 30


@dataclass(frozen=True)
class RoleSpan:
    """A role as syllable indexes: [start, title_end) is the position, [title_end, end) the organisation;
    `former` when the sentence says it was held before (words other than a marker right before it)."""

    start: int
    title_end: int
    end: int
    former: bool = False


def name_len(ctx: Context, i: int, limit: int, cap: int = 5) -> int:
    """Number of consecutive name-like syllables from i (at most `cap`).

    A syllable that underthesea joined with lower-case ones is a common word,
    not part of a name ("Đoàn Đại biểu": "Đại biểu" is one word).
    """
    k = i
    while k < limit and k - i < cap and ctx.is_name_syl(k) and ctx.sent_of[k] == ctx.sent_of[i] \
            and not ctx.in_common_word(k) and ctx.sylls[k].text not in ctx.res.never_in_name \
            and not (k - i >= 2 and (pos := ctx.match(ctx.res.positions, k)) and pos[0] >= 2
                     and any(ctx.in_common_word(q) for q in range(k + 1, k + pos[0]))):
        # a post right after a full name ends it: "bà Nguyễn Thị Kim Nhung | Phó Chủ tịch Hội …" (but
        # "Phạm Trường Quốc Vương" is a name: no common word in it)
        k += 1
        if k + 1 < limit and ctx.keys[k] in APOSTROPHES and not is_vietnamese_syllable(ctx.sylls[k - 1].text) \
                and ctx.sylls[k + 1].text.isalpha() and ctx.sylls[k + 1].text.islower() \
                and len(ctx.sylls[k + 1].text) <= 4 and not (k + 2 < limit and ctx.keys[k + 2] in APOSTROPHES):
            # "Br ' iu Liếc", "H ' ven": an apostrophe name written with spaces around the apostrophe,
            # after a syllable no Vietnamese word has (not a quotation: "Vũ ' nhôm '")
            k += 2
    # Anonymised articles end a name with an initial ("bà Nguyễn Thị L.", "ông Tô Hoàng S.").
    if k - i >= 2 and k < limit and _INITIAL.match(ctx.sylls[k].text) and ctx.sent_of[k] == ctx.sent_of[i]:
        k += 1
    return k - i


def is_person_start(ctx: Context, i: int, limit: int | None = None) -> bool:
    """A known surname followed by at least one more name syllable, and not a province."""
    limit = len(ctx.sylls) if limit is None else limit
    if i >= limit or not ctx.is_name_syl(i) or ctx.sylls[i].text not in ctx.res.surnames:
        return False
    if name_len(ctx, i, limit) < 2:
        return False
    prov = ctx.match(ctx.res.provinces, i)
    return not (prov and prov[0] >= name_len(ctx, i, limit))


def is_foreign_name(ctx: Context, i: int, limit: int) -> bool:
    """Two or more name syllables from i, most of them no Vietnamese syllable ("Emmanuel Macron",
    "Masahiro Horie", "Kpă H'ven"), not right after a body's head word ("Tập đoàn Samsung …")."""
    n = name_len(ctx, i, limit)
    if n < 2 or ctx.match_before(ctx.res.org_heads, i) or ctx.match(ctx.res.org_heads, i) \
            or any(ctx.keys[k] in ctx.res.foreign_org_words for k in range(i, i + n)):
        return False  # "Maxport Limited", "Housing Group": companies
    foreign = sum(not is_vietnamese_syllable(ctx.sylls[k].text) for k in range(i, i + n))
    hyphened = any("-" in ctx.sylls[k].text for k in range(i, i + n))  # "Moon Jae-in": a Korean given name
    return 2 * foreign >= n and not is_vietnamese_syllable(ctx.sylls[i].text) or foreign == n or hyphened


def names_the_body(ctx: Context, k: int, n: int) -> bool:
    """Two capitalised words (n = 2) right after a body's head name its place or the body itself ("Bí
    thư Huyện ủy Yên Minh", "Công ty Quang Trung"), unless a common surname opens them ("Bí thư Thành ủy
    Trần Thọ")."""
    return n == 2 and ctx.match_before(ctx.res.org_heads, k) is not None \
        and ctx.sylls[k].text not in ctx.res.common_surnames


def named_after_someone(ctx: Context, k: int) -> bool:
    """A name at k follows a school, street, bridge or market word ("Trường THCS | Lê Lợi", "đường | Trần
    Phú"), the whole word, not the end of another ("Môi trường", "thành phố")."""
    m = ctx.match_before(ctx.res.named_after_people, k)
    return m is not None and not (k - m[0] > 0 and ctx.same_token(k - m[0] - 1, k - m[0]))


def _runs_into_name(ctx: Context, k: int, limit: int) -> bool:
    """The capitalised words from k run right up to a name that starts at `limit`: they end the body's
    name ("Phó Chủ tịch tập đoàn Hoa Sen | Trần Ngọc Chu"), however much they look like a name."""
    return limit < len(ctx.sylls) and k + name_len(ctx, k, limit) == limit and ctx.is_name_syl(limit) \
        and ctx.sent_of[limit] == ctx.sent_of[k]


def _comma_continues(ctx: Context, k: int, limit: int) -> bool:
    """After a comma inside an organisation: "Ủy ban Khoa học, Công nghệ và Môi trường", or the
    province that places a district: "UBND quận Liên Chiểu, Đà Nẵng", "huyện Cái Nước, tỉnh Cà Mau"."""
    if _province_after(ctx, k, limit) and k >= 2 and ctx.is_name_syl(k - 2) \
            and any(ctx.keys[q] in ctx.res.place_kinds for q in range(max(0, k - 6), k - 2)):
        return True
    if k >= limit or not ctx.is_upper(k) or ctx.is_abbrev(k):
        return False
    if ctx.match(ctx.res.positions, k) or ctx.match(ctx.res.ranks, k) or is_person_start(ctx, k, limit):
        return False
    for m in range(k, min(limit, k + 16)):
        if ctx.keys[m] == "," and m + 1 < limit and ctx.is_upper(m + 1) and not ctx.match(ctx.res.positions, m + 1) \
                and not is_person_start(ctx, m + 1, limit):
            continue  # "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng": more fields listed
        if ctx.is_punct(m) or m - k >= 8 and "," not in ctx.keys[k:m]:
            return False
        if ctx.keys[m] in ("và", "&"):
            return True  # "Văn hóa, Thể thao và Du lịch", "Văn hóa, Thể thao & Du lịch"
    return False


_TERM_NUMBER = re.compile(r"^(?:\d{1,2}|\d{4}(?:[-–]\d{4})?)$")


def _term_numbers(ctx: Context, k: int, limit: int) -> int:
    """End of the numbers of a term from k: "XII", "11, 12", "X, XI, XII", "13 - 14", "2012-2017"."""
    def number(q: int) -> bool:
        return q < limit and (ctx.is_roman(q) or bool(_TERM_NUMBER.match(ctx.keys[q])))
    end = k
    while number(k):
        end = k = k + 1
        if k + 1 < limit and ctx.keys[k] in (",", "và", "-", "–") and number(k + 1):
            k += 1
    return end


_DATE_PART = re.compile(r"^[\d/.\-–]+$")
_DATE_WORDS = frozenset({"-", "–", ",", "tháng", "năm", "từ", "đến", "tới", "nay"})


def _past_term(ctx: Context, k: int, limit: int) -> int:
    """Past a term of office with its years at k ("nhiệm kỳ 2012-2017") or the dates of a post in
    brackets ("(2008-2012)", "(từ tháng 10-2013 đến 11-2015)"), else k."""
    word = ctx.match(ctx.res.term_words, k) if k < limit else None
    if word and (end := _term_numbers(ctx, k + word[0], limit)) > k + word[0]:
        return end
    if (close := bracket_end(ctx, k, limit, within=14)) and any(ctx.keys[q][:1].isdigit() for q in range(k + 1, close - 1)) \
            and all(_DATE_PART.match(w) or w in _DATE_WORDS for w in ctx.keys[k + 1:close - 1]):
        return close
    return k


def parse_org(ctx: Context, j: int, limit: int) -> int:
    """End of the organisation words that start at syllable j (j itself when there are none)."""
    r = ctx.res
    end = k = j
    prev_key = ""
    while k < limit and k - j < MAX_ROLE:
        key = ctx.keys[k]
        if key == "&" and k > j and k + 1 < limit and ctx.is_upper(k + 1) \
                and (ctx.is_upper(k - 1) or k - 2 >= j and ctx.same_token(k - 2, k - 1) and ctx.is_upper(k - 2)):
            k += 1  # "VH-TT & DL", "NN & PTNT", "Thông tin & Truyền thông": "&" written for "và"
            continue
        if ctx.is_punct(k):
            if key == "," and k > j and ctx.match(r.comma_pairs, k - 1) \
                    and (rest := _lowercase_name(ctx, k + 1, limit)) > k + 1:
                k = end = rest  # "Cục Phòng, chống tham nhũng"
                continue
            if key == "," and k > j and _comma_continues(ctx, k + 1, limit):
                k += 1
                continue
            if key == "(" and (close := _bracketed_abbreviation(ctx, k, limit)):
                k = end = close  # "Sở Giáo dục và Đào tạo (GD&ĐT)": the short name in brackets
                continue
            if key in ("-", "–") and k > j and k + 1 < limit and not ctx.is_punct(k + 1) \
                    and (ctx.is_upper(k + 1) or ctx.match(r.org_inner, k + 1)) \
                    and ctx.keys[k + 1] not in r.credit_words \
                    and not (ctx.match(r.ranks, k + 1) or ctx.match(r.positions, k + 1)):
                # not "… TP. HCM - Ảnh: …", a photo credit, nor "Hiệp hội nhựa - TS Trần Công …", a rank and its holder
                k += 1  # "Lao động - Thương binh và Xã hội", "Ban Văn hóa - xã hội"
                continue
            if key in ("-", "–") and k > j and (rest := _lowercase_field(ctx, k + 1, limit)) \
                    and (ctx.match(r.named_heads, j) or ctx.match(r.org_heads, j) and is_person_start(ctx, rest)):
                k = end = rest  # "Sở Giáo dục - đào tạo": the field in lower case
                continue
            break
        if k > j and ctx.match(r.positions, k) and not ctx.match(r.org_heads, k) \
                and (ctx.is_upper(k) or not ctx.match(r.occupations, k)) \
                and not (ctx.match(r.occupations, k) and ctx.match_before(r.org_heads, k)):
            break  # a new title starts; not "cán bộ" in "Vụ Tổ chức cán bộ", nor "Luật sư" in "Liên đoàn Luật sư"
        prov = ctx.match(r.provinces, k) if ctx.is_upper(k) else None
        if prov:
            k = end = k + prov[0]
            prev_key = ""
            continue
        if is_person_start(ctx, k, limit) and k > j and named_after_someone(ctx, k) \
                and not _runs_into_name(ctx, k, limit):
            k = end = k + name_len(ctx, k, limit)  # "Trường THCS Lê Lợi", "chợ Bến Thành": named after someone
            prev_key = ""
            continue
        if k > j and is_person_start(ctx, k, limit) and names_the_body(ctx, k, name_len(ctx, k, limit)):
            k = end = k + 2  # "Huyện ủy Yên Minh"
            prev_key = ""
            continue
        if (is_person_start(ctx, k, limit) or is_foreign_name(ctx, k, limit)) and not _runs_into_name(ctx, k, limit):
            break  # a person's name ends the organisation ("Tổng thống Pháp | Emmanuel Macron")
        if k > j and (m := ctx.match(r.named_after_people, k)) and not ctx.is_upper(k) \
                and k + m[0] < limit and is_person_start(ctx, k + m[0], limit):
            k += m[0]  # "Trường THPT chuyên | Lê Hồng Phong": the name the school is named after follows
            continue
        if key in ("và", "&") and k > j and (ctx.match(r.named_heads, j) or key == "&" and ctx.match(r.org_heads, j)) \
                and (rest := _lowercase_field(ctx, k + 1, limit)):
            k = end = rest  # "Sở Tài nguyên và môi trường", "Bộ Kế hoạch & đầu tư"
            continue
        if key in CONNECTORS:
            if k + 1 < limit and not ctx.is_punct(k + 1):
                k += 1
                prev_key = key
                continue
            break
        head = ctx.match(r.org_heads, k)
        if key.isdigit() and _numbered(ctx, k):
            k = end = k + 1  # "Chi bộ 5", "quận 1", "Tổ 3": units numbered, not named
        elif head and (ctx.is_upper(k) or prev_key in CONNECTORS or k == j):
            named = ctx.match(r.named_heads, k)
            k = end = k + head[0]
            if named and ctx.is_upper(k - head[0]):
                k = end = _lowercase_name(ctx, k, limit)
        elif (inner := ctx.match(r.org_inner, k)) is not None \
                and not (ctx.is_upper(k) and ctx.match_before(r.named_heads, k)):  # "Hội Khoa học lịch sử": below
            phrase = " ".join(ctx.keys[k:k + inner[0]])
            k = end = k + inner[0]
            if phrase in ctx.res.place_kinds:  # a place name follows ("UBND tỉnh Hà Giang")
                k = end = place_name(ctx, k, limit)
            elif phrase == "khóa":
                if (term := _term_numbers(ctx, k, limit)) == k:
                    end = k - inner[0]
                    break  # "khóa" with no number after it ends the name
                k = end = term  # "Quốc hội khóa XIV", "Trung ương khoá 11, 12"
        elif ctx.is_abbrev(k) or ctx.is_roman(k) and prev_key in ("khóa",):
            k = end = k + 1
            if ctx.keys[k - 1] in r.place_kinds:
                k = end = place_name(ctx, k, limit)  # "UBND TP Sa Đéc", "TP Sầm Sơn": a city, not a person
        elif ctx.is_upper(k) and not ctx.keys[k][0].isdigit():
            first = k
            k = end = k + 1
            while k < limit and ctx.same_token(k, k - 1):
                k = end = k + 1  # the rest of the word ("Quản lý", "Phát triển")
            if ctx.match_before(r.named_heads, first) or first == j and _names_its_body(ctx, j):
                # "Ban Quản lý an toàn thực phẩm", "Phòng Thu hồi đất": only the first word of the
                # name is capitalised; nouns after it still belong to it
                k = end = _lowercase_name(ctx, k, limit, tags=_NOUN_TAGS)
                if k < limit and (rest := _lowercase_name(ctx, k, limit)) == limit and is_person_start(ctx, limit):
                    k = end = rest  # "Ban Quản lý dự án xây dựng | Lê Văn Minh": verbs too, when they run up to the holder
        elif k > j and ctx.same_token(k, k - 1) and k - 1 >= j and not ctx.match(r.term_words, k):
            k = end = k + 1  # rest of a word underthesea kept whole ("Nông nghiệp")
        else:
            break
        prev_key = key
    return end


def _lowercase_field(ctx: Context, k: int, limit: int) -> int | None:
    """End of a field of one or two lower-case words after "và", "&" or "-" inside a body's name, as the
    press writes it ("Sở Tài nguyên và môi trường tỉnh", "Bộ Kế hoạch & đầu tư Đặng Huy Đông"): only what
    a name, a place word or punctuation follows; else None ("UBND tỉnh và | tiến hành kiểm tra …")."""
    if k >= limit or ctx.is_upper(k) or ctx.is_punct(k) or ctx.tag(k) not in ("N", "V", "A"):
        return None
    m = k + 1
    while m < limit and m - k < 4 and ctx.same_token(m - 1, m):
        m += 1  # the rest of the word
    r = ctx.res
    if any(ctx.match(g, k) for g in (r.positions, r.ranks, r.honorifics, r.speech_verbs, r.role_verbs)):
        return None  # "… và đồng chí", "… và thiếu tướng", "… và giữ chức"
    # What follows: punctuation, a place, or the holder's name; not another body ("- thay mặt Bộ Chính trị").
    nxt_ok = m >= limit or ctx.is_punct(m) or ctx.keys[m] in r.place_kinds \
        or ctx.is_upper(m) and (ctx.match(r.provinces, m) or is_person_start(ctx, m, limit))
    return m if nxt_ok else None


def _province_after(ctx: Context, k: int, limit: int) -> int | None:
    """End of a province name at k, with its place word if written ("Đà Nẵng", "tỉnh Cà Mau"), else None."""
    if k < limit and ctx.keys[k] in ctx.res.place_kinds and ctx.res.place_kinds[ctx.keys[k]] in ("province", "city"):
        k += 1
    prov = ctx.match(ctx.res.provinces, k) if k < limit and ctx.is_upper(k) else None
    return k + prov[0] if prov and k + prov[0] <= limit else None


def _names_its_body(ctx: Context, j: int) -> bool:
    """The position just before j is "<body> trưởng" ("Cục trưởng", "Chi cục trưởng", "Viện trưởng"): it
    names the body's head word, so the body's name follows it as it would follow that word
    ("Chi cục trưởng An toàn thực phẩm TP HCM")."""
    return j >= 2 and ctx.keys[j - 1] == "trưởng" and bool(ctx.match_before(ctx.res.named_heads, j - 1))


def _bracketed_abbreviation(ctx: Context, k: int, limit: int) -> int | None:
    """After "(" at k, one to three abbreviations, or a province ("quận Ba Đình (Hà Nội)"), and ")":
    where the bracket closes, else None."""
    m = k + 1
    while m < limit and m - k <= 3 and ctx.is_abbrev(m):
        m += 1
    if m == k + 1:
        m = _province_after(ctx, m, limit) or m
    return m + 1 if m > k + 1 and m < limit and ctx.keys[m] == ")" else None


def _inside_abbreviation(ctx: Context, p: int, limit: int) -> bool:
    """Syllable p is a bracket of "(ABBREVIATION)"."""
    for q in range(max(0, p - 4), p + 1):
        if ctx.keys[q] == "(" and (close := _bracketed_abbreviation(ctx, q, limit)) is not None and p < close:
            return True
    return False


def _numbered(ctx: Context, k: int) -> bool:
    """Syllable k is a number right after an organisation head or a place word."""
    return bool(ctx.match_before(ctx.res.org_heads, k) or ctx.keys[k - 1] in ctx.res.place_kinds
                or ctx.keys[k - 1] == "số")  # "Trường THPT Tuy Phước số 3"


# Word classes (underthesea POS) that make up the lower-case rest of an organisation's name
# ("Ban xúc tiến và hỗ trợ đầu tư", "Phòng quản lý đô thị"): nouns, verbs, adjectives, "và".
_NAME_TAGS = frozenset({"N", "V", "A", "C"})
_NOUN_TAGS = frozenset({"N", "A"})
MAX_LOWER = 8
# "bị", "được" open a passive predicate ("… Chi cục bảo vệ môi trường bị khiển trách"); never part of a name.
PASSIVE = frozenset({"bị", "được"})


def _name_word(ctx: Context, m: int, tags: frozenset[str]) -> bool:
    """Syllable m can continue a lower-case name (see `_lowercase_name`); not a word of
    organizations.yaml name_stops ("Giám đốc Sở Xây dựng | cùng dự")."""
    r = ctx.res
    return not (ctx.is_punct(m) or ctx.is_upper(m) or ctx.tag(m) not in tags or ctx.keys[m] in PASSIVE
                or ctx.keys[m] in r.place_kinds or ctx.match(r.name_stops, m) or ctx.match(r.role_verbs, m)
                or ctx.match(r.term_words, m)
                or ctx.match(r.speech_verbs, m) or ctx.match(r.triggers, m)
                or (ctx.match(r.positions, m) and not ctx.match(r.occupations, m))
                or (ctx.tag(m) == "C" and ctx.keys[m] != "và"))


def _coordinated(ctx: Context, m: int, limit: int, tags: frozenset[str]) -> int | None:
    """At a comma inside a lower-case name, more fields joined by commas and closed by "và" ("Ban Chỉ
    đạo phát triển khoa học|, công nghệ, đổi mới sáng tạo và chuyển đổi số"): where the list ends."""
    q, closed = m, False
    while q < limit and q - m <= MAX_LOWER:
        if ctx.keys[q] == "," and not closed and q + 1 < limit and _name_word(ctx, q + 1, tags):
            q += 1
        elif ctx.keys[q] == "và" and q > m and q + 1 < limit and _name_word(ctx, q + 1, tags) \
                and ctx.keys[q + 1] != "và":
            q, closed = q + 1, True
        elif q > m and _name_word(ctx, q, tags) and ctx.keys[q] != "và":
            q += 1
        else:
            break
    return q if closed and not ctx.is_upper(q - 1) else None


def _lowercase_name(ctx: Context, k: int, limit: int, tags: frozenset[str] = _NAME_TAGS) -> int:
    """After a capitalised head written alone ("Ban", "Phòng", "Công ty"), journalistic spelling
    puts the rest of the name in lower case: take those words up to punctuation, a capitalised
    word (parsed on as usual), a place word ("… huyện Hà Trung", parsed as a place), "là" or a verb
    that gives a role ("Hội đồng bồi thường | là …", "Ban Thường vụ và | giữ chức …"), a verb of
    saying, a proposal trigger or a word of another class. Fields listed with commas and closed by
    "và" stay in the name ("… khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số")."""
    m = k
    while m < limit and m - k < MAX_LOWER:
        if _name_word(ctx, m, tags):
            m += 1
        elif ctx.keys[m] == "," and m > k and ctx.match(ctx.res.comma_pairs, m - 1):
            m += 1  # "Ban Chỉ đạo phòng, chống thiên tai"
        elif ctx.keys[m] == "," and m > k and (listed := _coordinated(ctx, m, limit, tags)):
            m = listed
        else:
            break
    while m > k and ctx.keys[m - 1] in CONNECTORS:  # "và" never ends a name
        m -= 1
    if m > k and m < limit and ctx.keys[m] in ("nhất", "hơn") and ctx.tag(m - 1) == "A":
        m -= 1  # "Giám đốc Sở | trẻ nhất nước": an adjective compared describes, it names nothing
    # A lone verb right after the head is the sentence's predicate ("Ban kiểm tra …"), not a name.
    if m - k == 1 and ctx.tag(k) == "V":
        return k
    return m


def place_name(ctx: Context, k: int, limit: int) -> int:
    """Consume a place name after "tỉnh", "huyện" …: a province, or up to three capitalised syllables."""
    prov = ctx.match(ctx.res.provinces, k) if k < limit and ctx.is_upper(k) else None
    if prov:
        return k + prov[0]
    # A full name after a place word has three syllables or more; two are the place
    # ("huyện Yên Dũng"), while "UBND huyện Lò Văn Mừng" names the chairman.
    if is_person_start(ctx, k, limit) and name_len(ctx, k, limit) >= 3:
        return k
    n = 0
    # A surname inside the place's name ("thị trấn An Lạc Thôn") does not end it; a full name after it does.
    while k < limit and n < 3 and ctx.is_name_syl(k) \
            and not (n and is_person_start(ctx, k, limit) and name_len(ctx, k, limit) >= 3):
        k += 1
        n += 1
    return k


def parse_role(ctx: Context, i: int, limit: int) -> RoleSpan | None:
    """The role starting at syllable i, if a position or rank starts there."""
    r = ctx.res
    if i >= limit or ctx.is_punct(i):
        return None
    if i > 0 and (word := ctx.match(r.post_words, i - 1)) and word[0] > 1:
        return None  # inside a word for a post: "vụ" of "chức vụ" opens no "Vụ phó"
    pos = ctx.match(r.positions, i)
    rank = ctx.match(r.ranks, i)
    if rank and (not pos or rank[0] >= pos[0]):
        force = ctx.match(r.rank_forces, i + rank[0])  # "thượng tá công an"
        return RoleSpan(i, i + rank[0], i + rank[0] + (force[0] if force else 0))
    if not pos:
        return None
    if ctx.is_abbrev(i) and i > 0 and ctx.match(r.org_heads, i - 1):
        return None  # "đoàn ĐBQH tỉnh": the abbreviation names the body's members, no post of its own
    j = i + pos[0]
    if ctx.match(r.occupations, i) and j < limit and ctx.same_token(j - 1, j):
        return None  # "nhà văn" inside "nhà văn phòng": the word runs on
    while j < limit and (mod := ctx.match(r.modifiers, j)):
        j += mod[0]
    if ctx.match(r.personal_posts, i) and (h := ctx.match(r.honorifics, j)) \
            and is_person_start(ctx, j + h[0], limit):
        return RoleSpan(i, j, j + h[0] + name_len(ctx, j + h[0], limit))  # "Trợ lý đồng chí Nguyễn Xuân Phúc"
    end = parse_org(ctx, j, limit)
    if end == j and ctx.match(r.named_heads, j - 1):
        # "trưởng Phòng quản lý đô thị": the position ends with the body's head word; in lower case
        # ("Trưởng ban dân nguyện") only where the words run up to the holder's name.
        rest = _lowercase_name(ctx, j, limit)
        if ctx.is_upper(j - 1) or (rest == limit and (is_person_start(ctx, limit) or _honoured_after(ctx, limit))):
            end = parse_org(ctx, rest, limit)
    if not _named(ctx, j, end) and not (end == limit and end > j):
        end = _lowercase_unit(ctx, j, end, limit) or end
    if end > j and end + 2 < limit and ctx.keys[end] == "(" and ctx.is_upper(end + 1) and ctx.match(r.org_heads, end + 1):
        # "Trưởng phòng Tài nguyên nước (Sở Tài nguyên và Môi trường tỉnh Kon Tum)": the parent body in brackets
        close = parse_org(ctx, end + 1, limit)
        if close < limit and ctx.keys[close] == ")" and _named(ctx, end + 2, close):
            end = close + 1
    if end > j and end + 2 < limit and ctx.keys[end] == "," and _in_sub_unit(ctx, j) and ctx.is_upper(end + 1) \
            and ctx.match(r.org_heads, end + 1):
        # "Phó Trưởng phòng Thu hồi đất, Trung tâm Phát triển quỹ đất": the body the unit belongs to
        parent = parse_org(ctx, end + 1, limit)
        if _named(ctx, end + 2, parent):
            end = parent
    if ctx.match(r.posted_titles, i) and end + 1 < limit and ctx.keys[end] == "tại" and ctx.is_upper(end + 1):
        # "Đại sứ Việt Nam | tại Nhật Bản", "… tại Hà Lan" (a country, though "Hà" opens names too)
        end = max(parse_org(ctx, end + 1, limit), place_name(ctx, end + 1, limit))
    return RoleSpan(i, j, end)


def _in_sub_unit(ctx: Context, j: int) -> bool:
    """The post is in a unit of a larger body: its title ends with the unit ("Trưởng phòng", "Trưởng khoa")
    or its body starts with one ("Giám đốc Trung tâm …")."""
    return ctx.match_before(ctx.res.sub_units, j) is not None or ctx.match(ctx.res.sub_units, j) is not None


def _honoured_after(ctx: Context, k: int) -> bool:
    """A comma, a dash or "là" at k, then "ông/bà" and a name: "Trưởng phòng phát triển nhà, ông Vũ Ngọc Đạm",
    "Trưởng ban kiểm soát là ông Nguyễn Hữu Tướng"."""
    if k + 2 >= len(ctx.sylls) or ctx.keys[k] not in (",", "-", "–", "là"):
        return False
    h = ctx.match(ctx.res.honorifics, k + 1)
    return h is not None and is_person_start(ctx, k + 1 + h[0])


def _named(ctx: Context, a: int, b: int) -> bool:
    """Syllables [a, b) hold a capitalised word or a number: a name or a numbered unit, not only common words."""
    return any(ctx.is_upper(k) or ctx.keys[k][:1].isdigit() for k in range(a, b))


# Word classes that may describe a unit in lower case between a position and the body it
# belongs to ("cán bộ địa chính – xây dựng phường Phú Hữu", "Tổ trưởng dân phố số 13").
_UNIT_TAGS = frozenset({"N", "Nc", "V", "A", "M"})
MAX_UNIT = 8


def _lowercase_unit(ctx: Context, j: int, end: int, limit: int) -> int | None:
    """Journalistic text writes the unit after a position in lower case and then names the body
    or place it belongs to: "cán bộ địa chính – xây dựng phường Phú Hữu", "Tổ trưởng dân phố số 13
    phường Điện Biên", "đội trưởng đội kiểm tra quy tắc đô thị …", "Trưởng đoàn tư vấn giám sát của
    Công ty …". Take the lower-case words only when such a body or place closes them; None otherwise
    (a predicate such as "Giám đốc kiểm tra công trình" has none)."""
    r = ctx.res
    m = end
    while m < limit and m - end < MAX_UNIT:
        if ctx.is_upper(m) or (ctx.match(r.org_heads, m) and m + 1 < limit and
                               (ctx.is_upper(m + 1) or ctx.is_abbrev(m + 1) or ctx.keys[m + 1][:1].isdigit())) \
                or (ctx.keys[m] in r.place_kinds and m > end):
            if is_person_start(ctx, m, limit) or ctx.match(r.positions, m):
                return None
            e = parse_org(ctx, m, limit)
            if not _named(ctx, m, e):
                return None
            while e + 1 < limit and ctx.match(r.org_heads, e) and not ctx.is_upper(e) \
                    and (ctx.is_upper(e + 1) or ctx.is_abbrev(e + 1)):
                e = parse_org(ctx, e, limit)  # "giáo viên môn Hoá trường THCS thị trấn Thới Bình"
            # A capitalised word alone is no body ("thành viên đoàn giám sát - Ảnh", "lãnh sự … Cộng").
            named = any(ctx.match(r.org_heads, k) or ctx.keys[k] in r.place_kinds or ctx.is_abbrev(k)
                        for k in range(m, e))
            if m > end and ctx.keys[m - 1] in CONNECTORS:
                # "… của Công ty …" is a body; "bộ trưởng trả lời chất vấn của ĐBQH …" is a predicate
                return e if ctx.match(r.org_heads, m) or ctx.keys[m] in r.place_kinds else None
            return e if named or _holder_at(ctx, e, limit) and _plain_unit(ctx, end, e) else None
        key = ctx.keys[m]
        if key in ("-", "–") and m > end and m + 1 < limit and not ctx.is_punct(m + 1) \
                and not ctx.is_punct(m - 1):
            m += 1  # "địa chính – xây dựng"
            continue
        if ctx.is_punct(m) or key in PASSIVE or ctx.match(r.speech_verbs, m) or ctx.match(r.triggers, m) \
                or ctx.match(r.positions, m) or ctx.match(r.honorifics, m) \
                or ctx.match(r.unit_stops, m) and not ctx.match_before(r.named_heads, m):
            return None  # but "trưởng ban | chỉ đạo …" names a body, the steering committee
        if not (key in CONNECTORS or ctx.tag(m) in _UNIT_TAGS or key == "số"):
            return None
        m += 1
    return m if m > end and _holder_at(ctx, m, limit) and _plain_unit(ctx, end, m) else None


def _unit_set_off(ctx: Context, k: int, limit: int) -> int | None:
    """Lower-case words after a bare title set off after a name, up to the comma or bracket that closes
    them: the title's unit ("ông A, đội trưởng đội tham mưu, ký …", "(chủ tịch hội đồng thi)"); at most
    six syllables that can only describe a unit. None otherwise."""
    m = k
    while m < limit and m - k < 6 and not ctx.is_punct(m) and not ctx.is_upper(m) \
            and (ctx.keys[m] in CONNECTORS or ctx.tag(m) in _UNIT_TAGS) and not ctx.match(ctx.res.positions, m) \
            and not ctx.match(ctx.res.unit_stops, m) and ctx.keys[m] not in PASSIVE:
        m += 1
    if m == k or m >= limit or ctx.keys[m] not in (",", ")", ";") or not _plain_unit(ctx, k, m) \
            or not any(ctx.tag(q) in ("N", "Nc") for q in range(k, m)):
        return None  # not "cán bộ | trẻ năng động", "giáo viên | dạy giỏi": qualities, no unit
    return m


def _plain_unit(ctx: Context, a: int, b: int) -> bool:
    """Lower-case words [a, b) that can only describe a unit: not ending in "và", with no "là", no rank and
    at most one verb ("Trưởng ban tổ chức lễ hội"; not "Cán bộ điều tra lấy lời khai đối tượng")."""
    verbs = {ctx.sylls[k].token for k in range(a, b) if ctx.tag(k) == "V"}
    return ctx.keys[b - 1] not in CONNECTORS and len(verbs) <= 1 \
        and not any(ctx.keys[k] == "là" or ctx.match(ctx.res.ranks, k) for k in range(a, b))


def _holder_at(ctx: Context, m: int, limit: int) -> bool:
    """The unit's words run right up to the holder's name, where the role is read back from it ("Giám
    đốc sân bay Tân Sơn Nhất | Đặng Tuấn Tú", "Trưởng ban tổ chức lễ hội | Phạm Thị Oanh")."""
    # A full name of three syllables or more: two after a unit are as often a place ("huyện đảo Lý Sơn").
    return m == limit and limit < len(ctx.sylls) and is_person_start(ctx, limit) \
        and name_len(ctx, limit, len(ctx.sylls)) >= 3 and not named_after_someone(ctx, limit) \
        and ctx.sent_of[limit] == ctx.sent_of[limit - 1]


def roles_ending_at(ctx: Context, end: int, max_back: int = MAX_ROLE) -> list[RoleSpan]:
    """Roles that run right up to syllable `end` (a name or a colon), chained by commas, in reading order."""
    out: list[RoleSpan] = []
    sent_start = ctx.sent_bounds[ctx.sent_of[end - 1]][0] if end > 0 else 0
    while end > sent_start:
        best = None
        # "Phó trưởng Phòng Quản lý vận tải (Sở GTVT) | Nguyễn Văn Thời": the parent body in brackets
        # between the post and the name (parse_role reads it)
        parent = next((q for q in range(end - 2, max(sent_start, end - 12) - 1, -1) if ctx.keys[q] == "("), None) \
            if end - 1 > sent_start and ctx.keys[end - 1] == ")" else None
        if parent is not None and not (ctx.is_upper(parent + 1) and ctx.match(ctx.res.org_heads, parent + 1)):
            parent = None
        for p in range(end - 1, max(sent_start, end - max_back) - 1, -1):
            if parent is not None and p >= parent:
                continue
            if ctx.is_punct(p):
                if ctx.keys[p] in ("(", ")") and _inside_abbreviation(ctx, p, end):
                    continue  # "Sở Giáo dục và Đào tạo (GD&ĐT)"
                if ctx.keys[p] in ("-", "–", "&") and p > sent_start and not ctx.is_punct(p - 1) \
                        and p + 1 < end and not ctx.is_punct(p + 1):
                    continue  # inside a name: "Sở Quy hoạch - Kiến trúc", "Bộ VH-TT&DL"
                if ctx.keys[p] != "," or not _comma_continues(ctx, p + 1, end):
                    break
                continue
            role = parse_role(ctx, p, end)
            if role and role.end == end:
                best = role
        if best is None:
            break
        if out and best.start > sent_start and ctx.match(ctx.res.occupations, best.start) \
                and (ctx.match_before(ctx.res.object_markers, best.start)
                     or ctx.keys[best.start - 1] in ctx.res.plural_markers):
            break  # "Trả lời câu hỏi của các phóng viên, bí thư Thành ủy …": the reporters are others
        out.insert(0, best)
        if ctx.is_abbrev(best.start):
            break  # "chất vấn của các bộ trưởng, ĐBQH Nguyễn Quang Tuấn": a deputy named in a list of others
        if best.start - 1 > sent_start and ctx.keys[best.start - 1] in (",", "kiêm", "-", "–"):
            end = best.start - 1
        else:
            break
    return out


def roles_after(ctx: Context, k: int, limit: int) -> tuple[list[RoleSpan], int]:
    """Roles after a name: ", Title, Title" and "làm Trưởng đoàn"; returns them and where they end."""
    out: list[RoleSpan] = []
    # ";" also separates roles ("Ủy viên Bộ Chính trị; Giám đốc Học viện …") when a title follows it;
    # a role may stand in brackets ("Trần Văn Bình (Phó Bí thư Thường trực Tỉnh ủy)").
    # "ông A là Phó Chủ tịch UBND tỉnh": "là" joins a name to its role like a comma; "kiêm" (holding
    # also) joins two roles ("phó chủ tịch huyện kiêm trưởng ban đền bù GPMB dự án").
    in_bracket = False
    k = _past_term(ctx, k, limit)
    age = k + 2 if ctx.keys[k:k + 2] == ["năm", "nay"] else k
    if age + 2 < limit and ctx.keys[age].isdigit() and ctx.keys[age + 1] == "tuổi" and ctx.keys[age + 2] == ",":
        k = age + 2  # "Ông Lê Minh Trí (năm nay) 56 tuổi, là uỷ viên Trung ương": the age, then the posts
    if k + 2 < limit and ctx.keys[k] == "," and ctx.keys[k + 1] == "(":
        k += 1  # "thiếu tướng Phan Như Thạch, (nguyên Giám đốc Công an)": a bracket after a comma
    if k < limit and ctx.is_upper(k) and ctx.match(ctx.res.positions, k) and (role := parse_role(ctx, k, limit)) \
            and not is_person_start(ctx, role.end, limit):
        out.append(role)  # "bà Nguyễn Thị Kim Nhung Phó Chủ tịch Hội Luật gia tỉnh": the comma left out
        k = role.end
    while k + 1 < limit and ctx.keys[k] in (",", "-", "–", ";", "(", "là", "kiêm", "và"):
        if ctx.keys[k] == "(" and in_bracket:
            break
        bracket = in_bracket = in_bracket or ctx.keys[k] == "("
        if ctx.keys[k] in (",", "(") and (details := _personal_details(ctx, k, limit)) is not None:
            # "ông A (65 tuổi), tổ trưởng …", "ông A, 56 tuổi, Phó Chủ tịch …", "ông A, trú tại xã X, là
            # cán bộ …", "ông A (SN 1965, Phó Chủ tịch UBND xã)": age, birth and home are no role
            if ctx.keys[details] == ")":
                k, in_bracket = details + 1, False
                continue
            if not bracket:
                k = details
                continue
            k = details  # inside the bracket, more details or a role may follow ("(41 tuổi, quê Quảng Nam)")
            continue
        if ctx.keys[k] == "và" and not (out and ctx.match(ctx.res.positions, after_marker(ctx, k + 1, limit))):
            # "ông A, Bí thư Tỉnh ủy và Chủ tịch HĐND tỉnh": "và" joins a second post to a first; right
            # after the name ("ông A và Giám đốc Sở …") it joins another person
            break
        role = parse_role(ctx, after_marker(ctx, k + 1, limit), limit)
        if role is not None and role.end > role.title_end and is_person_start(ctx, role.end, limit) \
                and ctx.match_before(ctx.res.place_before, role.end) \
                and (ctx.keys[k] in ("-", "–", "(") or place_follows(ctx, role.end + name_len(ctx, role.end, limit))):
            # "ông Đặng Xuân Hậu - Chủ tịch phường Lê Hồng Phong": after a name and a dash the post is that
            # name's, so the name after its place word is the place's, named after someone; so too when the
            # larger place follows it ("…, Phó Chủ tịch UBND xã Nguyễn Việt Khái, huyện Phú Tân")
            role = RoleSpan(role.start, role.title_end, role.end + name_len(ctx, role.end, limit), role.former)
        if role is None or role.end == role.start or is_person_start(ctx, role.end, limit):
            break  # ", Phó Chủ tịch HĐND tỉnh Trần Tú Anh": that role belongs to the next name
        if role.end == role.title_end and ctx.match(ctx.res.positions, role.start) \
                and (unit := _unit_set_off(ctx, role.end, limit)):
            role = RoleSpan(role.start, role.title_end, unit, role.former)
        if ctx.keys[k] == ";" and role.end + 2 < limit and ctx.keys[role.end] == "," \
                and (h := ctx.match(ctx.res.honorifics, role.end + 1)) \
                and is_person_start(ctx, role.end + 1 + h[0], limit):
            break  # "…, ông Tô Lâm; Chủ tịch UBND thành phố, ông Nguyễn Đức Chung": a new item, the next name's
        if ctx.keys[k] == ";" and role.end == role.title_end and role.end < limit and ctx.is_upper(role.end) \
                and not ctx.is_abbrev(role.end):
            break  # "…; nghệ sĩ ưu tú Minh Ánh, Hiệu trưởng …": a title before the next name, whatever it is
        if role.end == role.title_end and role.end < limit and ctx.keys[role.end] in ctx.res.plural_markers:
            break  # ", Bộ trưởng các Bộ: …": the post of many, who come next ("Ủy ban các vấn đề xã hội" is a name)
        out.append(role)
        k = _past_term(ctx, role.end, limit)  # "…, Bí thư Tỉnh ủy nhiệm kỳ 2015-2020, Chủ tịch HĐND tỉnh"
        if fold(ctx.norm_text(role.start, role.end)) in ctx.res.degrees:
            # "là Thạc sĩ quản trị kinh doanh, Uỷ viên Trung ương Đảng": the degree's field, then the posts
            k = next((q for q in range(k, min(limit, k + 8)) if ctx.keys[q] in (",", ";", ")")
                      or ctx.match(ctx.res.positions, q)), k)
        if bracket:
            # "(Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện …)": the posts in a bracket are listed like
            # those after a comma, until it closes
            if k < limit and ctx.keys[k] == ")":
                k, in_bracket = k + 1, False
            elif not (k < limit and ctx.keys[k] in (",", ";", "-", "–", "kiêm", "và")):
                break
    return out, k


def place_follows(ctx: Context, k: int) -> bool:
    """A comma and a larger place right after syllable k: ", huyện Phú Tân", ", tỉnh Cà Mau"."""
    return k + 2 < len(ctx.sylls) and ctx.keys[k] == "," and ctx.keys[k + 1] in ctx.res.place_kinds \
        and ctx.is_upper(k + 2)


def bracket_end(ctx: Context, k: int, limit: int, within: int) -> int | None:
    """Just past the ")" that closes a "(" at k within `within` syllables, else None."""
    if k >= limit or ctx.keys[k] != "(":
        return None
    return next((m + 1 for m in range(k + 1, min(limit, k + within)) if ctx.keys[m] == ")"), None)


def _personal_details(ctx: Context, k: int, limit: int) -> int | None:
    """After "," or "(" at k, a person's age, birth or home up to the next "," or ")" (at most 12
    syllables): "65 tuổi", "SN 1965", "sinh năm 1960", "trú tại xã Tân Lập", "quê Hà Tĩnh". Where that
    separator is, else None."""
    end = next((m for m in range(k + 1, min(limit, k + 13)) if ctx.keys[m] in (",", ")", ";")), None)
    if end is None or end == k + 1 or ctx.keys[end] == ";":
        return None
    inside = ctx.keys[k + 1:end]
    age = any(w[:1].isdigit() for w in inside) and "tuổi" in inside
    return end if age or ctx.match(ctx.res.personal_details, k + 1) else None


def after_marker(ctx: Context, k: int, limit: int) -> int:
    """Past a word that marks a post as former, new or current ("nguyên", "hiện là"), if one is at k."""
    marker = ctx.match(ctx.res.tense_markers, k) if k < limit else None
    return k + marker[0] if marker else k


def _holding(ctx: Context, m: int, limit: int) -> int | None:
    """Just past "giữ các chức vụ", "đảm nhiệm nhiều cương vị như:" at m: a verb of holding, perhaps a
    plural word, a post word, perhaps a list opener; else None."""
    r = ctx.res
    if not (verb := ctx.match(r.holding_verbs, m)):
        return None
    k = m + verb[0]
    if k < limit and (ctx.keys[k] in r.plural_markers or ctx.keys[k] == "nhiều"):
        k += 1
    if not (word := ctx.match(r.post_words, k)):
        return None
    k += word[0]
    # "như", a colon or "là", perhaps a few words on, opens the list: "đảm nhận các cương vị công tác: A, B",
    # "kinh qua nhiều vị trí, là A, B"
    for q in range(k, min(limit, k + 3)):
        if (opener := ctx.match(r.list_openers, q)):
            q += opener[0]
            return q + 1 if q < limit and ctx.keys[q] == ":" else q
        if ctx.keys[q] in (":", "là"):
            return q + 1
    return k


def roles_by_verb(ctx: Context, k: int, limit: int) -> list[RoleSpan]:
    """Roles given by a verb after the name ("… làm Trưởng đoàn", "từng giữ chức Phó Chủ tịch, Bí thư
    Huyện ủy") or listed after a post word and a colon or "như" ("trải qua nhiều vị trí như: A, B, C");
    a later verb of the same sentence may give more ("…, đến năm 2020 giữ chức Chủ tịch UBND tỉnh")."""
    r = ctx.res
    out: list[RoleSpan] = []
    m = k
    while m < min(limit, k + 12):
        opener = 1 if ctx.keys[m] == ":" else (ctx.match(r.list_openers, m) or (0,))[0]
        if opener and any(ctx.match(r.post_words, q) for q in range(max(k, m - 4), m)):
            start = m + opener
            if start < limit and ctx.keys[start] == ":":
                start += 1  # "như: A, B"
        elif ctx.keys[m] in (";", ".", ":") or (m > k and is_person_start(ctx, m, limit)):
            break
        elif ctx.match(r.honorifics, m) and (out or ctx.keys[m - 1] in (",", ":")) or out and ctx.keys[m] in ("(", ")"):
            # another person ("…, hay ông B giữ chức …", "Ông Kiên xác nhận, anh Tuấn đang là kế toán") or an
            # aside ("(theo quy hoạch sẽ lên làm …)")
            break
        elif verb := ctx.match(r.role_verbs, m):
            start = m + verb[0]
            while (more := ctx.match(r.role_verbs, start)):
                start += more[0]  # "được bầu giữ chức", "được bổ nhiệm làm"
            start = after_marker(ctx, start, limit)
        elif (held := _holding(ctx, m, limit)) is not None:
            start = held
        else:
            m += 1
            continue
        first = parse_role(ctx, start, limit)
        if first is None or first.end == first.start:
            break
        rest, end = roles_after(ctx, first.end, limit)
        out += [first, *rest]
        k = m = max(end, first.end)  # look on for another verb that gives a post
    return out


def _before_term(ctx: Context, end: int) -> int:
    """Where a role ends when a term of office follows it ("Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016")."""
    k = end
    while k > 0 and (ctx.keys[k - 1][:1].isdigit() or ctx.keys[k - 1] in ("-", "–")):
        k -= 1
    if k < end and k >= 2 and ctx.keys[k - 2:k] == ["nhiệm", "kỳ"]:
        return k - 2
    return end


def roles_before_linker(ctx: Context, s: int) -> list[RoleSpan]:
    """Posts written before a person and linked to them by "là", or by a linker ("đối với", "với", "của":
    titles.yaml post_linkers) after a post word:
    "phê chuẩn chức vụ Chủ tịch UBND tỉnh Thái Bình nhiệm kỳ 2011-2016 đối với ông Nguyễn Hồng Diên",
    "bổ nhiệm Thẩm phán Tòa án nhân dân tối cao đối với ông A", "cách các chức vụ …, Bí thư Tỉnh ủy của ông B"."""
    if s > 0 and ctx.keys[s - 1] == "là":
        # "hai Phó ban là ông Võ Văn Dũng và ông Phạm Gia Túc": the post is the subject, the person
        # its complement; no post word is needed. A word may date the holder ("Bí thư Thành ủy lúc
        # bấy giờ là ông A").
        dated = ctx.match_before(ctx.res.post_time_words, s - 1)
        return roles_ending_at(ctx, s - 1) or (roles_ending_at(ctx, s - 1 - dated[0]) if dated else [])
    linker = ctx.match_before(ctx.res.post_linkers, s)
    if not linker:
        return []
    end = s - linker[0]
    replaces = ctx.keys[end] == "thay"
    if end > 0 and ctx.keys[end - 1] == "," and replaces:
        end -= 1  # "được bầu làm bí thư Trùng Khánh, thay thế cho ông A"
    roles = roles_ending_at(ctx, _before_term(ctx, end))
    if not roles:
        return []
    sent_start = ctx.sent_bounds[ctx.sent_of[roles[0].start]][0]
    for q in range(roles[0].start - 1, max(sent_start, roles[0].start - 12) - 1, -1):
        if ctx.keys[q] in (".", ";", ":") or is_person_start(ctx, q, roles[0].start):
            return []
        if ctx.match(ctx.res.post_words, q) or replaces and ctx.match(ctx.res.role_verbs, q):
            return roles  # "làm Bí thư quận 2 thay ông A": a verb that gives a post, and the one replaced
    return []
