"""People and their roles.

A personal name is a run of 2–5 capitalised syllables ("Nguyễn Thị Kim Oanh").
It is taken as a person when the text says so: an honorific or a role right
before it ("đồng chí …", "Giám đốc Sở TT&TT Đỗ Thái Hòa"), a role right after it
("Hoàng Gia Long, Ủy viên BTV Tỉnh ủy"), a list of officials ("các đồng chí: A,
…; B, …"), or a known surname with three or more syllables. underthesea's NER
is only a hint: it often tags officials as LOC.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..schema import Person, Role, Span
from ..textnorm import fold, is_vietnamese_syllable
from .context import Context
from .roles import (RoleSpan, bracket_end, is_foreign_name, is_person_start, name_len, named_after_someone,
                    names_the_body, parse_role, place_follows, roles_after, roles_before_linker, roles_by_verb,
                    roles_ending_at)



@dataclass
class _Found:
    start: int
    end: int
    honorific: str | None = None
    roles: list[RoleSpan] = field(default_factory=list)
    shared: bool = False  # its roles also go to names coordinated after it
    lead: int = -1  # where the name begins with its honorific ("ông Trần Văn Minh")


def _honorific_before(ctx: Context, i: int) -> str | None:
    m = ctx.match_before(ctx.res.honorifics, i)
    if m:
        return " ".join(ctx.keys[i - m[0]:i])
    return None


def _name_honorific(ctx: Context, s: int, pre: list[RoleSpan]) -> str | None:
    """The honorific of the name at s: right before it ("Trưởng thôn ông A"), else before its roles
    ("ông Giám đốc Sở Y tế A")."""
    return _honorific_before(ctx, s) or _honorific_before(ctx, pre[0].start if pre else s)


def _list_colon(ctx: Context, s: int) -> int | None:
    """The colon that opens the list this name is an item of ("có các đồng chí: A, …; B, …")."""
    sent_start = ctx.sent_bounds[ctx.sent_of[s]][0]
    for p in range(s - 1, sent_start - 1, -1):
        if ctx.keys[p] == ":":
            return p
        if ctx.keys[p] in (".", "!", "?"):
            return None
    return None


def _split_run(ctx: Context, i: int, n: int) -> tuple[int, int]:
    """Where the name sits in a capitalised run: skip a leading place or organisation word."""
    for gaz in (ctx.res.provinces, ctx.res.not_names, ctx.res.honorifics):
        m = ctx.match(gaz, i)
        if m and m[0] < n:
            return i + m[0], i + min(n - m[0], 4) + m[0]  # "Hà Giang Triệu Tài Vinh", "Ông Võ Thành Hạo"
    if ctx.sylls[i].text in ctx.res.surnames:
        if n >= 5:  # "Văn Miếu Vũ Mai Khanh", "Kim Thành Lê Ngọc Sang": a place, then a full name
            for k in range(i + n - 3, i + 1, -1):
                if is_person_start(ctx, k, i + n):
                    return k, i + n
        return i, i + min(n, 4)
    if _is_place_context(ctx, i):
        # After a place word the place comes first and a full name may close the run ("huyện Nam Trà My
        # Hồ Quang Bửu"); a surname inside the place's own words starts no name ("thị trấn An Lạc Thôn").
        for k in range(max(i + 1, i + n - 4), i + n - 2):
            if is_person_start(ctx, k):
                return k, i + n
        return i, i + min(n, 4)
    # In a long run the name is last: prefer three syllables at the end, then four ("quận đoàn Hải Châu
    # Nguyễn Mạnh Dũng", not "Châu Nguyễn Mạnh Dũng").
    tail = [i + n - 3, i + n - 4] if n >= 5 else []
    for k in tail + list(range(i + 1, i + n - 1)):
        if is_person_start(ctx, k):
            return k, k + min(i + n - k, 4)
    for k in range(i + 1, min(i + 3, i + n - 1)):
        if not is_vietnamese_syllable(ctx.sylls[k - 1].text):
            break  # "Recep Tayyip Erdogan" is one name
        if is_foreign_name(ctx, k, i + n):
            return k, k + min(i + n - k, 4)  # "Pháp Emmanuel Macron": a country, then a foreign name
    return i, i + min(n, 4)


def _is_place_context(ctx: Context, s: int) -> bool:
    m = ctx.match_before(ctx.res.place_before, s)
    if m is None:
        return False
    start = s - m[0]
    # A capitalised place word that ends a name is no place word: "Nhật Bản | Nguyễn Quốc Cường".
    return not (ctx.is_upper(start) and not ctx.is_abbrev(start) and start > 0 and ctx.is_name_syl(start - 1)
                and ctx.sent_of[start - 1] == ctx.sent_of[start])


# Between the names of a list of places ("đường Lê Lợi, Lê Thánh Tôn và Tôn Đức Thắng",
# "ngã tư Hàng Khay - Đinh Tiên Hoàng").
_PLACE_LIST_JOINERS = frozenset({",", "-", "–", "và"})


def _place_names(ctx: Context) -> set[str]:
    """Folded names that the article writes right after a place word, or in a list led by one:
    streets, schools and works named after people."""
    out: set[str] = set()
    n = len(ctx.sylls)
    for i in range(1, n):
        if ctx.is_punct(i - 1) or not ctx.is_name_syl(i) or not _is_place_context(ctx, i):
            continue
        k = i
        while k < n and (run := name_len(ctx, k, n)) >= 2:
            out.add(fold(ctx.norm_text(k, k + run)))
            k += run
            if not (k + 1 < n and ctx.keys[k] in _PLACE_LIST_JOINERS and ctx.is_name_syl(k + 1)):
                break
            k += 1
    return out


def _credit_line(ctx: Context, s: int, e: int) -> bool:
    """A byline or photo credit: the name stands (nearly) alone on its line, or after "Ảnh:"."""
    line = ctx.line_of[s]
    first, last = ctx.line_bounds[line]
    words = [k for k in range(first, last) if not ctx.is_punct(k)]
    others = [k for k in words if not s <= k < e]
    if len(others) <= 1:
        return True
    before = [ctx.keys[k] for k in range(max(0, s - 4), s) if ctx.line_of[k] == line]
    return any(w in ctx.res.credit_words for w in before) and ":" in before


def _roles_before(ctx: Context, s: int) -> list[RoleSpan]:
    """Roles written right before a name, also with a dash between ("Phó Chủ tịch UBND huyện - Trương Minh Hoàng")."""
    pre = roles_ending_at(ctx, s)
    if not pre and s > 0 and ctx.keys[s - 1] in ("-", "–"):
        pre = roles_ending_at(ctx, s - 1)
    if not pre and (h := ctx.match_before(ctx.res.honorifics, s)):
        lead = s - h[0]
        pre = roles_ending_at(ctx, lead)  # "Trưởng thôn ông Bhling Ngói", "Chủ tịch UBND xã bà Lê Thị Hoa"
        if not pre and lead > 0 and ctx.keys[lead - 1] in ("-", "–"):
            pre = roles_ending_at(ctx, lead - 1)  # "Thứ trưởng Bộ GTVT - ông Lê Đình Thọ"
            if not pre and (dated := ctx.match_before(ctx.res.post_time_words, lead - 1)):
                pre = roles_ending_at(ctx, lead - 1 - dated[0])  # "Tổng giám đốc cũ – ông Nguyễn Duy Kiên"
        if any(ctx.match(ctx.res.personal_posts, r.start) for r in pre):
            return []  # "Thư ký giúp việc đồng chí Nguyễn Xuân Phúc": the secretary is someone else
    # A headline's last words are not the role of a name that opens the next line.
    return [r for r in pre if ctx.line_of[r.start] == ctx.line_of[s]]


def _listed_after_opener(ctx: Context, s: int) -> list[RoleSpan]:
    """The post a list of names is introduced by: "hai Phó Chủ tịch gồm các ông A, B", "các thứ
    trưởng, gồm ông, bà: C, D". Only names, commas, "và", honorifics and plural words may stand
    between the opener and the name at s."""
    res = ctx.res
    sent_start = ctx.sent_bounds[ctx.sent_of[s]][0] if s < len(ctx.sylls) else 0
    k = s
    while k > sent_start:
        if (m := ctx.match_before(res.list_openers, k)):
            end = k - m[0]
            if end > sent_start and ctx.keys[end - 1] == ",":
                end -= 1
            return roles_ending_at(ctx, end)
        key = ctx.keys[k - 1]
        if key in (",", ":", "và") or key in res.plural_markers or ctx.is_name_syl(k - 1):
            k -= 1
        elif (h := ctx.match_before(res.honorifics, k)):
            k -= h[0]
        else:
            return []
    return []


def _before_dated(ctx: Context, sep: int) -> int:
    """Where a post ends before the separator at `sep`, past a word that dates its holder: "Tổng giám đốc cũ –
    ông A", "bộ trưởng Bộ GTVT (lúc đó) - ông B" (titles.yaml post_time_words)."""
    words = ctx.res.post_time_words
    if sep >= 3 and ctx.keys[sep - 1] == ")" and (m := ctx.match_before(words, sep - 1)) \
            and ctx.keys[sep - 2 - m[0]] == "(":
        return sep - 2 - m[0]
    m = ctx.match_before(words, sep)
    return sep - m[0] if m else sep  # "Chủ tịch thành phố đương nhiệm, ông Nguyễn Thế Thảo"


def _opening_apposition(ctx: Context, comma: int) -> list[RoleSpan]:
    """A clause that opens with a post, then a comma and "ông/bà NAME": "Chủ tịch UBND xã Hưng Điền B,
    ông Nguyễn Vũ Linh, cho biết …", "Tại cuộc họp, Phó Chủ tịch thành phố, ông Nguyễn Quốc Hùng …",
    "Theo trưởng ban chỉ đạo lễ hội, ông Lê Xuân Lợi, …", "…; Chủ tịch UBND thành phố, ông Nguyễn Đức Chung".
    The post must open the sentence (or a part after ";" or ":"), or follow an opening phrase and a comma,
    or a word that makes it a source or an agent ("theo", "được"), with no one named before it: after a
    name ("ông A, Giám đốc Sở, ông B") the post is the earlier person's."""
    r = ctx.res
    roles = roles_ending_at(ctx, comma)
    if not roles:
        return []
    first, start = ctx.sent_bounds[ctx.sent_of[roles[0].start]][0], roles[0].start
    if (marker := ctx.match_before(r.former_markers, start)):
        start -= marker[0]  # "kỷ luật đối với nguyên Bí thư Tỉnh ủy, ông A"
    first = max([first] + [k + 1 for k in range(first, start) if ctx.keys[k] in (";", ":")])
    if any(not ctx.is_punct(k) for k in range(first, start)):
        if ctx.match_before(r.speech_verbs, start):
            return roles  # a verb of saying opens a reported clause: "UBND TP xác nhận | Phó chủ tịch UBND TP, ông A, …"
        if not (ctx.keys[start - 1] == "," or ctx.match_before(r.apposition_openers, start)) or any(
                is_person_start(ctx, k, start) and name_len(ctx, k, start) >= 3 or ctx.match(r.honorifics, k)
                or ctx.match(r.positions, k) and not (k > 0 and ctx.is_upper(k - 1) and ctx.match(r.org_heads, k - 1))
                or ctx.match(r.pronoun_subjects, k) for k in range(first, start)):
            return []
    return roles


def _tenure_roles(ctx: Context, lead: int) -> list[RoleSpan]:
    """Posts in a clause of tenure or capacity that opens the sentence, then a comma or a bracket and the
    name at `lead`: "Trong thời gian làm phó chủ tịch UBND tỉnh Đồng Nai (từ 2011 đến 2014) bà Thanh …",
    "Khi còn làm Phó Chủ tịch UBND quận 1 phụ trách đô thị, ông Đoàn Ngọc Hải …" (held then, so former);
    "Với trách nhiệm là bí thư chi bộ, ông Bùi Đức Chánh …" (held now)."""
    r = ctx.res
    if lead < 1 or ctx.keys[lead - 1] not in (",", ")"):
        return []
    first = ctx.sent_bounds[ctx.sent_of[lead]][0]
    first = max([first] + [k + 1 for k in range(first, lead) if ctx.keys[k] in (";", ":")])
    while first < lead and ctx.is_punct(first):
        first += 1
    # past one or two short opening adverbials: "Theo đó, trong thời gian giữ cương vị …", "Theo kết luận, từ
    # tháng 10/2010 đến 11/2015, với cương vị …"
    for _ in range(2):
        if ctx.match(r.tenure_openers, first) or ctx.match(r.capacity_openers, first):
            break
        comma = next((q for q in range(first + 1, min(lead, first + 12)) if ctx.keys[q] == ","), None)
        source = ctx.match(r.topic_markers, first)  # "Theo Uỷ ban kiểm tra Tỉnh uỷ Đắk Nông, với trách nhiệm là …"
        if comma is None or any(ctx.match(r.positions, q) or ctx.is_upper(q) and q > first and not source
                                for q in range(first, comma)):
            break
        first = comma + 1
    if tenure := ctx.match(r.tenure_openers, first):
        k = first + tenure[0]
        verb = ctx.match(r.role_verbs, k) or ((1,) if ctx.keys[k] == "là" else None)
        if not verb:
            return []
        k += verb[0]
    elif capacity := ctx.match(r.capacity_openers, first):
        k = first + capacity[0]
    else:
        return []
    # The clause ends at its first comma or bracket, right before the name; or posts listed with commas
    # run up to it ("giữ cương vị Thành ủy viên, Ủy viên UBND Thành phố, Giám đốc Sở …, ông Cang").
    stop = next((q for q in range(k, lead) if ctx.keys[q] in (",", "(", ";", ".")), lead)
    head = parse_role(ctx, k, stop)
    if head is None or head.end == head.start:
        return []
    if ctx.keys[stop] == "(":
        held = [head] if bracket_end(ctx, stop, lead, within=20) in (lead, lead - 1) else []
    elif stop == lead - 1:
        held = [head]
    else:
        more = roles_after(ctx, head.end, lead - 1)[0] if head.end == stop else []
        held = [head, *more] if more and more[-1].end == lead - 1 else []
    return [replace(x, former=True) for x in held] if tenure else held


def _roles_following(ctx: Context, e: int, limit: int) -> list[RoleSpan]:
    """Roles after a name or a pronoun: ", Title, Title", "là Title", then "… giữ chức Title"."""
    post, k = roles_after(ctx, e, limit)
    return post + roles_by_verb(ctx, k, limit)


_HOUSE_NUMBER = re.compile(r"^\d+[A-H]?(?:/\d+[A-H]?)*$")  # "82", "175A", "414/27"; not "9X" (a generation)


def _house_number(ctx: Context, s: int) -> bool:
    """A name right after a house number, with no honorific, is the street of an address ("82 Trần Quốc
    Toản", "414/27 Nguyễn Hữu Cảnh"); not after a numbered district ("quận 1 Trần Thế Thuận"), an
    ordinal ("lần thứ 2 Nguyễn Thế Quỳnh") or a year ("Hoa hậu thế giới 2017 Đỗ Mỹ Linh")."""
    if s < 1 or not _HOUSE_NUMBER.match(ctx.sylls[s - 1].text) or _honorific_before(ctx, s):
        return False
    number = ctx.sylls[s - 1].text
    if number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100:
        return False
    day, _, month = number.partition("/")
    if month and day.isdigit() and month.isdigit() and 1 <= int(day) <= 31 and 1 <= int(month) <= 12:
        return False  # "ngày 26/11 Lê Văn Nhị": a date
    k = s - 1
    return not (k > 0 and (ctx.keys[k - 1] in ctx.res.place_kinds or ctx.match_before(ctx.res.label_before, k)))


def _person_evidence(ctx: Context, s: int, e: int, limit: int) -> tuple[bool, list[RoleSpan]]:
    """Decide whether syllables [s, e) name a person; also return the roles written before the name."""
    res = ctx.res
    first = ctx.sylls[s].text
    if first in res.not_name_start and not (_honorific_before(ctx, s) or ctx.match_before(res.ranks, s)):
        return False, []  # "Từ năm 2015 …", but "PGS.TS Từ Diệp Công Thành", "ông Từ …"
    if first not in res.surnames and ctx.match(res.org_heads, s):
        return False, []  # "TGĐ Cty Giống cây trồng": a body; "Đoàn Ngọc Hải" has the surname Đoàn
    if _house_number(ctx, s):
        return False, []  # "ngụ tại 82 Trần Quốc Toản", "số 37 Lê Đại Hành": a street
    if names_the_body(ctx, s, e - s) and not _honorific_before(ctx, s):
        return False, []  # "Bí thư Huyện ủy Yên Minh": the place, not a person
    for gaz in (res.provinces, res.not_names):
        m = ctx.match(gaz, s)
        if m and m[0] >= e - s:
            return False, []  # "Quảng Ninh", "Việt Nam"
        m = ctx.match(gaz, s + 1)
        if m and s + 1 + m[0] >= e and ctx.match(res.org_heads, s):
            return False, []  # "Đoàn Quảng Ninh": a delegation, not Mr Đoàn
    pre = _roles_before(ctx, s)
    # After an occupation the place is the unit's, named after someone ("cán bộ phường Trần Hưng Đạo",
    # "giáo viên Trường Ngô Mây"); an official's ("Chủ tịch UBND huyện Lò Văn Mừng") is followed by its holder.
    occupation = bool(pre) and ctx.match(res.occupations, pre[-1].start) is not None
    # A post written after someone's name is that person's; a name after it is its place ("ông Đặng Xuân
    # Hậu - Chủ tịch phường Lê Hồng Phong").
    appositive = bool(pre) and pre[0].start >= 2 and ctx.keys[pre[0].start - 1] in ("-", "–", "(") \
        and ctx.is_name_syl(pre[0].start - 2)
    # a name after a place word and before a larger place is the place ("xã Nguyễn Việt Khái, huyện Phú Tân")
    inside_place = ctx.keys[s - 1] in ctx.res.place_kinds and place_follows(ctx, e)
    if (not pre or occupation or appositive or inside_place or e - s == 2 and ctx.keys[s - 1] in ctx.res.place_kinds
            or named_after_someone(ctx, s)) and _is_place_context(ctx, s):
        return False, []  # "huyện Yên Dũng", even after "tổ đại biểu huyện"
    honor = _name_honorific(ctx, s, pre)
    post, _ = roles_after(ctx, e, limit)
    colon = _list_colon(ctx, s)
    listed = colon is not None and (roles_ending_at(ctx, colon) or _honorific_before(ctx, colon)
                                    or ctx.match_before(res.positions, colon))
    surname = first in res.surnames
    # Without a known surname only an honorific right before the name is enough ("ông Putin"), or a
    # post before a foreign name ("Tổng thống Pháp Emmanuel Macron", "giáo sư Masahiro Horie").
    strong = bool(honor) or (surname and bool(pre or post or listed)) or (bool(pre) and is_foreign_name(ctx, s, e))
    if strong:
        return True, pre
    if surname and e - s >= 3:
        return True, pre
    return False, []


_MAX_RUN = 8


def _find_names(ctx: Context) -> list[_Found]:
    out: list[_Found] = []
    n = len(ctx.sylls)
    i = 0
    while i < n:
        # A body or a place may run into the name ("Bộ Công Thương Trần Tuấn Anh", "quận Hai Bà Trưng Lê
        # Hoàng Đức"): read the whole capitalised run, then find the name in it.
        run = name_len(ctx, i, n, cap=_MAX_RUN)
        if run < 2 or (i > 0 and ctx.is_name_syl(i - 1) and ctx.sent_of[i - 1] == ctx.sent_of[i]
                       and ctx.sylls[i - 1].text not in ctx.res.never_in_name):
            i += max(run, 1)
            continue
        s, e = _split_run(ctx, i, run)
        limit = ctx.sent_bounds[ctx.sent_of[s]][1]
        # A name running into the end of a text cut off mid-word may itself be cut ("Hoàng Gia Lo").
        ok, pre = _person_evidence(ctx, s, e, limit) if e - s >= 2 and not ctx.cut_at_end(e) else (False, [])
        if ok:
            found = _Found(s, e, roles=list(pre))
            found.honorific = _name_honorific(ctx, s, pre)
            h = ctx.match_before(ctx.res.honorifics, s)
            lead = s - h[0] if h else s  # where the name begins, with its honorific
            if not pre:
                found.roles += roles_before_linker(ctx, lead)
                found.shared = bool(found.roles)
            # "Phó Chủ tịch UBND xã Thanh Sơn, ông A, cho biết"; with no honorific only a subject, the name
            # followed by its verb ("…, Phạm Thị Hương xác nhận"): "Giám đốc Sở, Nguyễn Văn A, Trần Văn B" lists
            bare = e < limit and ctx.sylls[e].text[:1].islower() and ctx.keys[e] not in ("và", "cùng", "với")
            if not found.roles and (h or bare) and lead > 0 and ctx.keys[lead - 1] in (",", "-", "–"):
                found.roles += _opening_apposition(ctx, _before_dated(ctx, lead - 1))
            if not found.roles:
                found.roles += _tenure_roles(ctx, lead)
            if ctx.match_before(ctx.res.kin_words, lead):
                found.roles += roles_after(ctx, e, limit)[0]  # "con trai ông A được bổ nhiệm …": the son's
            else:
                found.roles += _roles_following(ctx, e, limit)
            # A role that names this very person is someone else's ("Trợ lý đồng chí Nguyễn Xuân Phúc").
            own = fold(ctx.norm_text(s, e))
            found.roles = [r for r in found.roles if own not in fold(ctx.norm_text(r.start, r.end))]
            prev = out[-1] if out else None
            if prev and not found.roles and prev.roles and ctx.keys[lead - 1] in ("và", ",") \
                    and _past_remark(ctx, prev.end, lead) == lead - 1 \
                    and (prev.shared or prev.roles[0].start > 0
                         and (ctx.keys[prev.roles[0].start - 1] in ctx.res.plural_markers
                              or ctx.keys[prev.roles[0].start - 1].isdigit())  # "2 kiểm sát viên A và B"
                         or prev.roles[0].end <= prev.start and ctx.match(ctx.res.member_titles, prev.roles[0].start)):
                # "các Phó Thủ tướng Hồ Đức Phớc và Bùi Thanh Sơn", "bổ nhiệm Thẩm phán … đối với ông A và ông B",
                # "đại biểu Vương Đức Hoàng Quân và Nguyễn Thị Ánh Hoa" (a post many hold at once)
                found.roles, found.shared = list(prev.roles), True
            colon = _list_colon(ctx, s)
            if colon is not None:
                shared = roles_ending_at(ctx, colon)
                found.roles = shared + found.roles
                if found.honorific is None:
                    found.honorific = _honorific_before(ctx, shared[0].start if shared else colon)
            if not found.roles:
                found.roles = _listed_after_opener(ctx, lead)
            found.lead = lead
            if e < limit and ctx.keys[e] == "(" and found.roles and found.roles[-1].start > e:
                _share_back(ctx, out, found)
            out.append(found)
        i = i + run
    return out


def _past_remark(ctx: Context, k: int, limit: int) -> int:
    """Past a bracketed remark that starts at k ("ông Trần Văn Minh (bị bắt tạm giam) và ông …"), else k."""
    return bracket_end(ctx, k, limit, 12) or k


def _share_back(ctx: Context, out: list[_Found], found: _Found) -> None:
    """A post in brackets after the last of a list of names is the post of each name before it
    that has none: "Tô Ngọc Thành, Hoàng Hợp Thương, Vũ Đình Chầm (ủy viên HĐQT)"."""
    lead = found.lead
    for prev in reversed(out):
        if prev.roles or prev.end != lead - 1 or ctx.keys[lead - 1] not in (",", "và"):
            return
        prev.roles = list(found.roles)
        lead = prev.lead


def _short_mentions(ctx: Context, full: dict[str, list[str]]) -> list[tuple[str, int, int, str | None]]:
    """"đồng chí Oanh", "ông Hải", "Thứ trưởng Chi": an honorific or a title, then the last
    syllables of a known name."""
    out = []
    for i in range(len(ctx.sylls)):
        h = ctx.match(ctx.res.honorifics, i)
        title = None if h else ctx.match(ctx.res.positions, i)
        if not h and not title:
            continue
        s = i + (h or title)[0]  # type: ignore[index]
        for size in (2, 1):
            e = s + size
            if e > len(ctx.sylls) or not all(ctx.is_name_syl(k) for k in range(s, e)):
                continue
            if e < len(ctx.sylls) and ctx.is_name_syl(e):
                continue
            tail = [ctx.keys[k] for k in range(s, e)]
            owners = [key for key, sylls in full.items() if sylls[-size:] == tail and len(sylls) > size]
            if len(owners) == 1:
                out.append((owners[0], s, e, " ".join(ctx.keys[i:s]) if h else None))
                break
    return out


def _pronoun_roles(ctx: Context, seen: list[tuple[int, str]],
                   by_key: dict[str, dict]) -> list[tuple[str, list[RoleSpan]]]:
    """Career sentences that open with a pronoun ("Ông từng giữ chức …", "Bà từng trải qua nhiều vị trí
    như: …"): their roles go to the person last named before, if the pronoun fits that person."""
    out = []
    for first, limit in ctx.sent_bounds:
        i = first
        while i < limit and ctx.is_punct(i):
            i += 1  # an opening quote
        for j in range(i, limit):
            # Further into the sentence only "ông", "bà", "đồng chí" stand for a person named before:
            # "em ruột làm Phó chủ tịch huyện" is someone else's brother.
            h = ctx.match(ctx.res.honorifics if j == i else ctx.res.pronoun_subjects, j)
            if not h or j + h[0] >= limit or ctx.is_name_syl(j + h[0]) or (j > i and ctx.is_upper(j)):
                continue
            # The pronoun is the honorific the article gives that person ("ông", "bà"): the last person
            # named before it with that honorific, or with none.
            pronoun = ctx.keys[j + h[0] - 1]
            key = next((k for pos, k in reversed(seen) if pos < j and
                        (by_key[k]["honorific"] or pronoun).split()[-1] == pronoun), None)
            if key is None:
                continue
            # Opening the sentence, the pronoun takes ", Title" too; further in ("Sau khi về nước, năm 2012
            # ông được bổ nhiệm chức vụ …") only a post given by a verb, as ", Title" may be someone else's.
            roles = _roles_following(ctx, j + h[0], limit) if j == i else roles_by_verb(ctx, j + h[0], limit)
            if j > i:  # "Cụ thể, trong thời gian làm giám đốc Sở Công nghiệp (nay là Sở Công thương) bà đã …"
                roles = _tenure_roles(ctx, j) + roles
            if roles:
                out.append((key, roles))
    return out


def _role_records(ctx: Context, spans: list[RoleSpan]) -> list[Role]:
    """Records of a list of posts: "nguyên Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" are both former, the
    marker standing for the whole list, until another marker ("…, hiện là Chủ tịch Hội Nông dân")."""
    out: list[Role] = []
    for n, r in enumerate(spans):
        role = _role_record(ctx, r)
        prev = spans[n - 1] if n else None
        if prev is not None and out[-1].former and not role.former and prev.end <= r.start \
                and r.start - prev.end <= 2 and all(ctx.keys[k] in (",", ";", "(") for k in range(prev.end, r.start)):
            role = role.model_copy(update={"former": True})
        out.append(role)
    return out


def _role_record(ctx: Context, r: RoleSpan) -> Role:
    start, end = ctx.offsets(r.start, r.end)
    org = ctx.expand(ctx.norm_text(r.title_end, r.end)) if r.end > r.title_end else None
    province = _role_province(ctx, r)
    if org and ctx.province and org.split()[-1] in ("tỉnh", "thành phố"):
        org = f"{org} {ctx.province}"
        province = province or ctx.province
    former = r.former or ctx.match_before(ctx.res.former_markers, r.start) is not None
    title = ctx.norm_text(r.start, r.title_end)
    rank, dot, degree = ctx.text[start:end].rpartition(".")
    if dot and rank and r.end == r.title_end and fold(degree) in ctx.res.degrees:
        end, title = start + len(rank), rank  # "PGS.TS": the rank is a role, the degree is not
    return Role(text=ctx.text[start:end], title=title,
                organization=org, province=province, former=former, start=start, end=end)


def _role_province(ctx: Context, r: RoleSpan) -> str | None:
    """The province a role's organisation names ("Chủ tịch UBND tỉnh Nghệ An"), or "Việt Nam" for a
    national office ("Thủ tướng Chính phủ", "Bộ trưởng Bộ Tài chính", "Ủy viên Trung ương Đảng")."""
    res = ctx.res
    for k in range(r.title_end, r.end):
        if ctx.is_upper(k) and (m := ctx.match(res.provinces, k)) and k + m[0] <= r.end:
            return str(m[1])
    if any(ctx.match(res.national_places, k) for k in range(r.start, r.end)) \
            or ctx.match(res.national_titles, r.start):
        return res.country
    return None


def _overlap(a: str, b: str) -> float:
    wa, wb = fold(a).split(), fold(b).split()
    common = len(set(wa) & set(wb))
    return 0.0 if not common else 2 * common / (len(set(wa)) + len(set(wb)))


def _names_apart(a: str, b: str) -> bool:
    """Each text has a capitalised word the other lacks: two bodies, not two spellings of one.

    "Chủ tịch UBND tỉnh Thái Bình" and "Chủ tịch HĐND tỉnh Thái Bình" share most words but name the
    People's Committee and the People's Council; "Bộ Thông tin - Truyền thông" and "Bộ Thông tin và
    Truyền thông" differ only by a linking word.
    """
    wa, wb = set(a.split()), set(b.split())
    fa, fb = {fold(w) for w in wa}, {fold(w) for w in wb}
    return any(w[:1].isupper() and fold(w) not in fb for w in wa) \
        and any(w[:1].isupper() and fold(w) not in fa for w in wb)


def _same_role(a: Role, b: Role) -> bool:
    if fold(a.title) != fold(b.title):
        return False
    ta, tb = fold(a.text), fold(b.text)
    if ta.startswith(tb) or tb.startswith(ta):
        return True
    if _overlap(a.text, b.text) >= 0.75 and not _names_apart(a.text, b.text):
        return True
    # "Bộ trưởng Bộ TT&TT" and "Bộ trưởng Bộ Thông tin - Truyền thông": the same once expanded
    return bool(a.organization and b.organization) and _overlap(a.organization, b.organization) >= 0.75 \
        and not _names_apart(a.organization, b.organization)  # type: ignore[arg-type]


def merge_roles(roles: list[Role]) -> list[Role]:
    """The same role written twice counts once, under its fullest form."""
    kept: list[Role] = []
    for role in roles:
        twin = next((k for k, r in enumerate(kept) if _same_role(r, role)), None)
        if twin is None:
            kept.append(role)
        elif len(role.text) > len(kept[twin].text):
            kept[twin] = role
    return kept


def _merge_given_names(by_key: dict[str, dict], surnames: frozenset[str]) -> None:
    """A name without a surname that ends exactly one fuller name of the article is that person:
    "bà Mỹ Thanh" after "Phan Thị Mỹ Thanh" (Vietnamese refers to people by their given name)."""
    for key in list(by_key):
        short = by_key[key]
        n = len(short["sylls"])
        words = short["name"].split()
        if n < 2 or words[0] in surnames or not all(is_vietnamese_syllable(w) for w in words):
            continue  # a full name, or a foreign one ("Reuven Rivlin" is no given name of "Israel Reuven Rivlin")
        owners = [k for k, e in by_key.items() if len(e["sylls"]) > n and e["sylls"][-n:] == short["sylls"]]
        if len(owners) != 1:
            continue
        full = by_key[owners[0]]
        full["mentions"] += short["mentions"]
        full["roles"] += short["roles"]
        full["honorific"] = full["honorific"] or short["honorific"]
        full["credit"] = full["credit"] and short["credit"]
        del by_key[key]


def extract_people(ctx: Context) -> list[Person]:
    """Every named person, once, with roles and mentions, in order of first mention."""
    found = _find_names(ctx)
    by_key: dict[str, dict] = {}
    for f in found:
        name = ctx.norm_text(f.start, f.end)
        key = fold(name)
        entry = by_key.setdefault(key, {"name": name, "sylls": key.split(), "honorific": None,
                                        "roles": [], "mentions": [], "credit": True})
        start, end = ctx.offsets(f.start, f.end)
        entry["mentions"].append(Span(text=ctx.text[start:end], start=start, end=end))
        entry["roles"] += _role_records(ctx, f.roles)
        entry["honorific"] = entry["honorific"] or f.honorific
        if not _credit_line(ctx, f.start, f.end) or f.roles or f.honorific:
            entry["credit"] = False
    seen = [(f.start, fold(ctx.norm_text(f.start, f.end))) for f in found]
    for key, s, e, honorific in _short_mentions(ctx, {k: v["sylls"] for k, v in by_key.items()}):
        start, end = ctx.offsets(s, e)
        mention = Span(text=ctx.text[start:end], start=start, end=end)
        if all(m.start != start for m in by_key[key]["mentions"]):
            by_key[key]["mentions"].append(mention)
        by_key[key]["honorific"] = by_key[key]["honorific"] or honorific
        # "ông Cự … chỉ còn chức Chủ tịch Liên minh Hợp tác xã Việt Nam"
        by_key[key]["roles"] += _role_records(ctx, _roles_following(ctx, e, ctx.sent_bounds[ctx.sent_of[s]][1]))
        if honorific:  # "Trong thời gian làm Chủ tịch UBND huyện, ông Phú …"
            by_key[key]["roles"] += _role_records(ctx, _tenure_roles(ctx, s - len(honorific.split())))
        seen.append((s, key))
    for key, roles in _pronoun_roles(ctx, sorted(seen), by_key):
        by_key[key]["roles"] += _role_records(ctx, roles)
    _merge_given_names(by_key, ctx.res.surnames)
    places = _place_names(ctx)
    people = []
    for entry in by_key.values():
        if entry["credit"]:
            continue
        if entry["name"] and fold(entry["name"]) in places and not entry["roles"] and not entry["honorific"]:
            continue  # "đường Tôn Đức Thắng" elsewhere in the article: a street, wherever it is written
        entry["mentions"].sort(key=lambda m: m.start)
        people.append(entry)
    people.sort(key=lambda p: p["mentions"][0].start)
    return [Person(id=f"p{n}", name=p["name"], honorific=p["honorific"],
                   roles=merge_roles([r for r in p["roles"] if fold(r.text) not in ctx.res.degrees]),
                   mentions=p["mentions"])
            for n, p in enumerate(people, 1)]
