"""Proposals: who asks whom for what ("tỉnh Hà Giang đề nghị Quốc hội, Chính phủ …").

One proposal per trigger verb (triggers.yaml). The content runs from after the
trigger and its addressee to the end of the sentence or the next trigger. A
trigger used as a noun ("theo đề nghị của Sở", "tiếp thu các kiến nghị") is not a
proposal. The proposer is the people named before the trigger in the sentence,
else the subject phrase, else the person a pronoun points to, else the proposer
of the previous proposal (a sentence that starts with "Đề nghị …"). A proposal still
without one takes the nearest other proposal's in the article, marked `inferred`.
"""
from __future__ import annotations

from bisect import bisect_left

from ..schema import Person, Proposal, Proposer
from ..textnorm import fold
from .context import Context
from .roles import PASSIVE, bracket_end, is_person_start, name_len, parse_org, parse_role, place_name

_END = frozenset({".", "!", "?", "…"})
_CLAUSE_STOPS = frozenset({",", ";", ":", "(", ")", "–"}) | _END
_STRIP = " ,;:.…-–—\"'“”()"
_DASHES = frozenset({"-", "–"})  # keys: "—" and "--" read as "–" (nlp.syllables)


def _triggers(ctx: Context) -> list[tuple[int, int]]:
    r = ctx.res
    out = []
    i = 0
    while i < len(ctx.sylls):
        m = ctx.match(r.triggers, i)
        if not m:
            i += 1
            continue
        end = i + m[0]
        nominal = ctx.match_before(r.mention_before, i) or ctx.match(r.mention_after, end)
        # capitalised inside a sentence, the trigger names a document ("phê duyệt điều chỉnh Đề xuất dự án BT")
        nominal = nominal or ctx.is_upper(i) and i > ctx.sent_bounds[ctx.sent_of[i]][0] and not ctx.is_punct(i - 1)
        petition = ctx.match_before(r.petition_nouns, i)
        if petition and not nominal:
            # "76 ý kiến, kiến nghị …", "các ý kiến, kiến nghị": a count of petitions.
            p = i - petition[0]
            nominal = p > 0 and (ctx.sylls[p - 1].text[:1].isdigit() or ctx.keys[p - 1] in ("các", "những", "lượt"))
        if not nominal:
            nominal = _listed_with_complaints(ctx, i, end) or _relative(ctx, i, end)
        if not nominal:
            out.append((i, end))
        i = end
    return out


def _listed_with_complaints(ctx: Context, i: int, end: int) -> bool:
    """The trigger is one of a list of complaint nouns ("khiếu nại, tố cáo, kiến nghị, phản ánh")."""
    r = ctx.res
    after = end + 1 < len(ctx.sylls) and ctx.keys[end] == "," and ctx.match(r.complaint_nouns, end + 1)
    # after them only when nothing is asked next ("khiếu nại, kiến nghị, kêu cứu"; not "khiếu nại, yêu cầu chủ
    # đầu tư …")
    before = i >= 2 and ctx.keys[i - 1] == "," and ctx.match_before(r.complaint_nouns, i - 1) \
        and (end >= len(ctx.sylls) or ctx.is_punct(end))
    return bool(after or before)


def _relative(ctx: Context, i: int, end: int) -> bool:
    """The trigger ends a clause that describes something by who proposed it ("phương án do Tập đoàn FLC đề
    xuất, FLC sẽ …", "thi tuyển như Sở Nội vụ đề nghị, nên …", "hướng di dời do UBND thành phố Huế đề xuất
    không nhận được …"): what follows is not its content."""
    stop = end >= len(ctx.sylls) or ctx.keys[end] in _CLAUSE_STOPS
    # after "do" the sentence may go on with its own predicate: an adverb or a copula, perhaps after a
    # time ("kinh phí do TP HCM đề xuất hai năm trước | là 5.700 tỷ đồng")
    predicate = end < len(ctx.sylls) and (ctx.tag(end) == "R" or any(
        ctx.keys[q] in ("là", "được", "bị") for q in range(end, min(end + 4, ctx.sent_bounds[ctx.sent_of[i]][1]))
        if not any(ctx.is_punct(p) for p in range(end, q))))
    if not stop and not predicate:
        return False
    own = _clause_start(ctx, ctx.sent_bounds[ctx.sent_of[i]][0], i)
    return any((ctx.keys[k] == "do" or stop and ctx.keys[k] == "như") and k + 1 < i and _agent_like(ctx, k + 1, i)
               for k in range(own, i))


def _one_addressee(ctx: Context, k: int, limit: int) -> int:
    """End of one addressee starting at k (k when none): a body ("Bộ Tài chính"), a province ("Hà Nội"), a
    place ("quận 2", "huyện Sóc Sơn"), a post and perhaps its holder ("Chủ tịch UBND phường Văn Miếu",
    "giám đốc Sở GTVT Bùi Xuân Cường"), a person ("ông Trần Lý Hùng") or a common addressee ("các đơn vị",
    "nhà trường", "cơ quan chức năng")."""
    r = ctx.res
    if ctx.match(r.org_heads, k) and (ctx.is_upper(k) or ctx.is_abbrev(k)
                                       or k + 1 < limit and (ctx.is_upper(k + 1) or ctx.is_abbrev(k + 1))):
        return parse_org(ctx, k, limit)  # "Bộ Tài chính", "ban QLDA 6", "sở Nông nghiệp & Phát triển nông thôn"
    if ctx.is_upper(k) and (prov := ctx.match(r.provinces, k)) and not is_person_start(ctx, k, limit):
        return k + prov[0]  # "yêu cầu Hà Nội chủ trì …"
    if ctx.keys[k] in r.place_kinds and k + 1 < limit and ctx.keys[k + 1].isdigit():
        return k + 2  # "đề nghị quận 2 tập trung …"
    if ctx.keys[k] in r.place_kinds and k + 1 < limit and ctx.is_upper(k + 1):
        return place_name(ctx, k + 1, limit)  # "yêu cầu huyện Sóc Sơn …"
    if ctx.match(r.positions, k) and (role := parse_role(ctx, k, limit)) and role.end > k:
        end = role.end
        return end + name_len(ctx, end, limit) if is_person_start(ctx, end, limit) else end
    if (h := ctx.match(r.honorifics, k)) and is_person_start(ctx, k + h[0], limit):
        return k + h[0] + name_len(ctx, k + h[0], limit)  # "yêu cầu ông Trần Lý Hùng giải trình"
    if opener := ctx.match(r.addressee_openers, k):
        end = k + opener[0]
        # "các đơn vị", "các cơ quan chức năng", "chính quyền thành phố": the nouns after the opener.
        while end < limit and end - k < 5 and not ctx.is_punct(end) and ctx.tag(end) in ("N", "Nc", "Np", "Ny") \
                and not ctx.match(r.triggers, end):
            end += 1
        if end < limit and (q := ctx.match(r.addressee_qualifiers, end)):
            end += q[0]  # "các cấp có thẩm quyền"
        if end < limit and ctx.is_upper(end) and ctx.match(r.org_heads, end):
            end = parse_org(ctx, end, limit)
        # "các sở, ban, ngành": more plain nouns after commas.
        while end + 1 < limit and ctx.keys[end] == "," and ctx.tag(end + 1) == "N" \
                and not ctx.is_upper(end + 1) and not ctx.match(r.triggers, end + 1):
            nxt = end + 2
            while nxt < limit and ctx.same_token(nxt, end + 1):
                nxt += 1
            end = nxt
        return end
    return k


def _addressee(ctx: Context, k: int, limit: int) -> tuple[int, int, int]:
    """(start, end, content start) of the addressee after a trigger; start == end when none."""
    r = ctx.res
    k0 = k
    if k < limit and ctx.keys[k] == "với":
        k += 1
    if k >= limit:
        return k0, k0, k0
    end = _one_addressee(ctx, k, limit)
    # "Quốc hội, Chính phủ", "Bộ Tài chính và Bộ Nội vụ", "UBND TP và Ban Chỉ đạo …": more joined by "," or "và"
    while end > k and end + 1 < limit and ctx.keys[end] in (",", "và") \
            and (ctx.is_upper(end + 1) or ctx.keys[end] == "và" or ctx.match(r.org_heads, end + 1)) \
            and (more := _one_addressee(ctx, end + 1, limit)) > end + 1:
        end = more
    # "… của tỉnh", "… của Bộ Tài chính": whose bodies they are.
    if end > k and end + 1 < limit and ctx.keys[end] == "của":
        if ctx.keys[end + 1] in ctx.res.place_kinds:
            end = place_name(ctx, end + 2, limit)
        elif ctx.is_upper(end + 1) and ctx.match(r.org_heads, end + 1):
            end = parse_org(ctx, end + 1, limit)
    if end > k and (close := bracket_end(ctx, end, limit, 10)) and close < limit:
        end = close  # "yêu cầu ông Trần Văn Đạo (giám đốc) phải có mặt …": who they are, in brackets
    if end == k or limit - end < 2:
        return k0, k0, k0
    return k, end, end


# underthesea tags that cannot open a noun phrase: prepositions, verbs, adverbs, conjunctions,
# particles ("trong đó", "làm rõ", "đã có văn bản", "và", "Riêng ở …").
_NOT_AGENT = frozenset({"E", "V", "R", "C", "T", "CH", "X"})


def _agent_like(ctx: Context, start: int, end: int) -> bool:
    """The phrase can name who proposes: it opens with a noun or pronoun, or with a quantifier
    before a noun ("Nhiều thành viên …", "hàng trăm công nhân …")."""
    first = ctx.tag(start)
    if first == "A":
        return start + 1 < end and ctx.tag(start + 1).startswith("N")
    if (q := ctx.match(ctx.res.group_quantifiers, start)) and start + q[0] < end:
        return ctx.tag(start + q[0]).startswith("N")
    # The tagger often reads a capitalised group noun as a verb ("“Cử tri và người dân kiến nghị …").
    return first not in _NOT_AGENT or any(ctx.match(g, start) is not None for g in (
        ctx.res.positions, ctx.res.org_heads, ctx.res.group_proposers))


def _opens_predicate(ctx: Context, k: int, end: int) -> bool:
    """A lower-case verb after a noun, with more words after it ("Ban Bí thư | quyết định cách chức"); a
    verb that ends the phrase names the body ("đoàn công tác", "đoàn giám sát")."""
    nxt = k + 1
    while nxt < end and ctx.same_token(k, nxt):
        nxt += 1
    return ctx.tag(k) == "V" and ctx.tag(k - 1) in ("N", "Np", "Ny", "Nc") and not ctx.is_upper(k) \
        and nxt < end and ctx.keys[nxt] != "của" and ctx.keys[nxt] not in ctx.res.place_kinds


def _passive_agent(ctx: Context, start: int, end: int) -> int | None:
    """Where the agent starts in a passive subject ("dự thảo do Bộ Tài chính | đề xuất"); `end`
    when the phrase is what is proposed, with no agent ("Tượng rùa được đề xuất đúc …")."""
    def alone(k: int) -> bool:  # "bị" on its own, not the end of "chuẩn bị"
        return not (k + 1 < len(ctx.sylls) and ctx.same_token(k, k + 1)) and not (k > 0 and ctx.same_token(k - 1, k))

    if ctx.keys[end - 1] in PASSIVE and alone(end - 1):
        return end
    for k in range(end - 2, start - 1, -1):
        if (ctx.keys[k] == "do" or ctx.keys[k] in PASSIVE) and alone(k) and _agent_like(ctx, k + 1, end):
            return k + 1
    return None


def _body_after_opening(ctx: Context, start: int, end: int) -> int | None:
    """Where a body or a group starts after an opening prepositional phrase in [start, end), if one does."""
    if ctx.tag(start) != "E":
        return None
    r = ctx.res
    for k in range(start + 1, min(end, start + 7)):
        if ctx.same_token(k - 1, k):
            continue
        q = ctx.match(r.group_quantifiers, k)
        head = k + q[0] if q else k  # "một số cơ quan", "các cử tri"
        if ctx.match(r.group_proposers, head) or ctx.match(r.org_heads, head) and (q or ctx.is_upper(k)):
            return k
    return None


def _time_at(ctx: Context, k: int, end: int) -> tuple[int, None] | None:
    """A time before the subject ("Sáng 5/6 | UBND xã yêu cầu …", "Ngày 25/4 | …"), as a gazetteer match
    (its length, no value): a word of time and the numbers after it, with "tháng"/"năm" and separators."""
    m = ctx.match(ctx.res.time_before, k)
    q = k + m[0] if m else k
    if not m or q >= end or not ctx.keys[q][:1].isdigit():
        return None
    while q < end and (ctx.keys[q][:1].isdigit() or ctx.keys[q] in ("/", "-", "tháng", "năm")):
        q += 1
    return q - k, None


def _clean_subject(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """Trim a subject phrase: trailing auxiliaries and verbs, edge punctuation; None when nothing is left."""
    r = ctx.res
    changed = True
    while changed and end > start:
        changed = False
        while end > start and ctx.is_punct(end - 1) and not (ctx.keys[end - 1] == ")" and "(" in ctx.keys[start:end]):
            end, changed = end - 1, True  # but not the bracket that closes "(sửa đổi)"
        m = ctx.match_before(r.subject_trailing, end)
        if m and end - m[0] >= start:
            end, changed = end - m[0], True
    while start < end and ctx.is_punct(start):
        start += 1
    q = end
    while q > start and ctx.tag(q - 1) == "R" and not ctx.is_upper(q - 1):
        q -= 1
    if q - 1 > start and (me := ctx.match_before(r.first_person, q)) and q - me[0] > start \
            and not ctx.is_punct(q - me[0] - 1) and (q < end or ctx.tag(q - me[0] - 1) not in ("N", "Nc")):
        # "… để thu tiền | chúng tôi vẫn đang yêu cầu …": the speaker, after the topic; not "đến nhà tôi | yêu
        # cầu", whose "tôi" is the house's owner
        return q - me[0], q
    while m := ctx.match(r.subject_openers, start) or _time_at(ctx, start, end):
        start += m[0]  # "Lý do | Hà Nội kiến nghị …", "nên khi | cơ quan chức năng yêu cầu …"
        if start >= end:
            return None  # "Ngày 25/4, | yêu cầu …": a date is nobody
    # "truyền đạt ý kiến Thủ tướng | yêu cầu …": whose word is passed on
    start = next((k + v[0] for k in range(start, end) if (v := ctx.match(r.voice_markers, k))
                  and k + v[0] < end and _names_a_body(ctx, k + v[0])), start)
    if start < end and (agent := _passive_agent(ctx, start, end)) is not None:
        if agent == end:
            return None
        start = agent
    if start < end and not _agent_like(ctx, start, end):
        # no noun phrase, so no subject ("trong đó, đề nghị"), unless a prepositional phrase opens it with no
        # comma before a body or a group ("Về việc trước đó | Sở Công thương có đề xuất …")
        start = _body_after_opening(ctx, start, end)
        if start is None:
            return None
    # The subject is the noun phrase before the predicate: "Tỉnh | đang hoàn tất hồ sơ và đề
    # nghị", "Chủ tịch UBND TP | vừa có văn bản yêu cầu" (an adverb opens the predicate),
    # "Ban Bí thư | quyết định cách chức, đề nghị …" (a verb after a noun), "Huyện | yêu cầu
    # xã dừng thu, đề nghị …" (an earlier request of the same subject).
    org = start
    # "Ban Quản lý dự án": a verb inside a name; the name may follow a word or two ("Thường trực Ủy ban …")
    lead = next((q for q in range(start, min(end, start + 3)) if ctx.match(r.org_heads, q) and (q == start or ctx.is_upper(q))
                 or ctx.match(r.positions, q)), None)
    if lead is not None:
        org = max(lead + 1, parse_org(ctx, lead, end))
    elif group := ctx.match(r.group_proposers, start):
        org = start + group[0]  # "chủ đầu tư", "nhà đầu tư": a verb inside the noun
    for k in range(start + 1, end):
        if ctx.same_token(k, k - 1):
            continue
        as_well = ctx.keys[k] == "cũng" and k + 1 < end and ctx.keys[k + 1] == "như"  # "cử tri cũng như chính quyền"
        if ctx.tag(k) == "R" and not as_well or ctx.match(r.triggers, k) or ctx.match(r.subject_enders, k) \
                or k >= org and _opens_predicate(ctx, k, end):
            end = k
            break
    if end <= start or end - start > 14 and org < end or ctx.match(r.not_subjects, start):
        return None
    if ctx.tag(end - 1) == "C":
        # The trigger is the last of a list of verbs ("Công ty Báo cáo tình hình … và | kiến nghị …"): the
        # subject is the noun phrase before the first of them; none when a list of nouns ends there
        # ("đánh giá giá trị, hiện trạng và | đề xuất …")
        head = ctx.match(r.org_heads, start) or ctx.match(r.positions, start) or (1,)
        end = next((k for k in range(start + head[0], end) if ctx.tag(k) in ("V", "A")
                    and not ctx.is_upper(k) and not ctx.same_token(k - 1, k)), start)
        if end == start or ctx.keys[end] == "là":
            return None  # "dự án B5 là dự án trọng điểm và đề nghị …": what is described does not propose
    return start, end


def _speech_verb(ctx: Context, k: int) -> int:
    """Length of a verb of saying at k; capitalised, the words are a name ("Sở Thông tin và Truyền thông")."""
    m = ctx.match(ctx.res.speech_verbs, k)
    return m[0] if m and not ctx.is_upper(k) else 0


def _after_speech(ctx: Context, lo: int, t: int) -> int:
    """Where what is reported starts: after the last verb of saying in [lo, t), else lo."""
    start = lo
    for k in range(lo, t):
        if (n := _speech_verb(ctx, k)) and k + n <= t:
            start = k + n
    return start


def _subject(ctx: Context, s0: int, t: int) -> tuple[int, int] | None:
    """The subject before the trigger.

    In the trigger's own clause it starts after the last verb of saying ("Ông A cho
    biết tỉnh đang đề nghị …" -> "tỉnh"). When the trigger opens its clause ("…, đề
    nghị", "…: Đề xuất"), the subject is in the clause before, ahead of any verb of
    saying there ("đại diện Tập đoàn đã thông tin 3 chuyên đề: Đề xuất …").
    """
    bounds = [s0] + [k + 1 for k in _stops(ctx, s0, t)]
    own = _past_addressees(ctx, s0, bounds[-1], t)
    start = _after_speech(ctx, own, t)
    if start > own and all(ctx.is_punct(k) or ctx.match(ctx.res.subject_trailing, k) for k in range(start, t)):
        # "Các phụ huynh cho biết | đã kiến nghị …": nobody between the saying and the trigger, so the
        # speaker proposes
        said = max(k for k in range(own, start) if _speech_verb(ctx, k) and k + _speech_verb(ctx, k) == start)
        return _clean_subject(ctx, own, said)
    if any(not ctx.is_punct(k) for k in range(start, t)):
        subj = _clean_subject(ctx, start, t)
        if subj is None and own > s0 and not ctx.is_punct(own - 1):
            # "Nhà đầu tư đã tự nạo vét … nhưng sau đó vẫn đề nghị …": no subject after "nhưng", so the
            # clause before it has the one both share
            return _subject(ctx, s0, own - 1)
        return subj
    if len(bounds) < 2:
        return None
    prev_start, prev_end = bounds[-2], own - 1
    prev_end = next((k for k in range(prev_start, prev_end) if _speech_verb(ctx, k)), prev_end)
    return _clean_subject(ctx, prev_start, prev_end)


def _trim_content(ctx: Context, s: int, e: int) -> tuple[int, int]:
    while e > s and (ctx.is_punct(e - 1) or ctx.match_before(ctx.res.content_trailing, e)):
        m = ctx.match_before(ctx.res.content_trailing, e)
        e -= m[0] if m and not ctx.is_punct(e - 1) else 1
    while s < e and ctx.is_punct(s):
        s += 1
    return s, e


def _of_people(people: list[Person]) -> Proposer:
    unique = list({p.id: p for p in people}.values())
    return Proposer(text=" và ".join(p.name for p in unique), person=unique[0].id, people=[p.id for p in unique])


_QUOTES = frozenset({'"', "“", "”"})


def _quote_end(ctx: Context, s0: int, t: int, te: int, end: int) -> int:
    """Inside a quotation ("Tôi đề nghị …", ông nói) the content ends at the closing quote."""
    opened = sum(1 for k in range(s0, t) if ctx.keys[k] in _QUOTES) % 2 == 1
    if not opened:
        return end
    return next((k for k in range(te, end) if ctx.keys[k] in _QUOTES), end)


def _inside_quotation(ctx: Context, lo: int, t: int) -> bool:
    """Syllable t is inside a quotation opened earlier in its paragraph (curly quotes by direction,
    straight ones by parity)."""
    opening = max((k for k in range(lo, t) if ctx.keys[k] == "“"), default=-1)
    closing = max((k for k in range(lo, t) if ctx.keys[k] == "”"), default=-1)
    return opening > closing or sum(1 for k in range(lo, t) if ctx.keys[k] == '"') % 2 == 1


def _quoted_speaker(ctx: Context, t: int, mentions: list[tuple[int, int, Person]], starts: list[int]) -> Person | None:
    """Who a quotation is attributed to after it closes ("“Đề nghị xử lý nghiêm …”, ông Nguyễn Hữu Châu
    đề nghị."): the person named within a few words after the closing quote and a comma or dash."""
    lo, hi = ctx.line_bounds[ctx.line_of[t]]
    if not _inside_quotation(ctx, lo, t):
        return None
    for q in range(t + 1, hi - 1):
        if ctx.keys[q] not in ('"', "”"):
            continue
        after = ctx.keys[q + 1]
        if after in _END:
            return None  # the quotation ends its sentence: attributed, if at all, elsewhere
        if after not in (",", "-", "–"):
            continue  # a quotation inside the quotation
        n = bisect_left(starts, ctx.sylls[q].end)
        if n == len(mentions) or mentions[n][0] >= ctx.sylls[hi - 1].end:
            return None
        a = ctx.syllable_at(mentions[n][0])
        # Between the quote and the name: a title at most, not a new sentence.
        ok = a - q <= 10 and not any(ctx.keys[k] in _END or ctx.keys[k] in _QUOTES for k in range(q + 1, a))
        return mentions[n][2] if ok else None
    return None


def _office_holder(ctx: Context, subj: tuple[int, int], earlier: list[Person], later: list[Person]) -> Person | None:
    """The person an office stands for ("Phó Thủ tướng yêu cầu …" after "Phó Thủ tướng Trương Hòa
    Bình"): the latest person named before with a role of that title whose words include the office's
    ("Bí thư TP HCM" is "Bí thư Thành ủy TP HCM"); else, as in a headline, the first one named after."""
    title = ctx.match(ctx.res.positions, subj[0])
    if not title:
        return None
    said_title = fold(ctx.norm_text(subj[0], subj[0] + title[0]))
    said = set(fold(ctx.expand(ctx.norm_text(*subj))).split())
    for person in [*reversed(earlier), *later]:
        for role in person.roles:
            held_title = fold(role.title)  # with its modifiers ("Phó Thủ tướng Thường trực")
            if (held_title == said_title or held_title.startswith(said_title + " ")) \
                    and said <= set(fold(ctx.expand(role.text)).split()):
                return person
    return None


def _body(ctx: Context, span: tuple[int, int], t: int) -> Proposer:
    """The body a subject names. A bare head before the trigger or an adverb ("Ủy ban đề nghị", "Sở cũng làm
    việc …, đề nghị") stands for the last body with that head named before it in the article ("Uỷ ban Kiểm tra tỉnh Hoà
    Bình"); not one cut short by lower-case words ("Uỷ ban | kiểm tra Trung ương vừa công bố đề nghị")."""
    a, b = span
    head = ctx.match(ctx.res.org_heads, a)
    if head and a + head[0] == b and ctx.is_upper(a) and not ctx.is_abbrev(a) \
            and (b == t or ctx.tag(b) == "R"):
        for k in range(a - 1, -1, -1):
            if ctx.keys[k:b - a + k] == ctx.keys[a:b] and ctx.is_upper(k) and not ctx.match(ctx.res.positions, k):
                end = parse_org(ctx, k, ctx.sent_bounds[ctx.sent_of[k]][1])
                if end > k + b - a:
                    return Proposer(text=ctx.norm_text(k, end))
    return Proposer(text=ctx.norm_text(a, b))


def _is_object(ctx: Context, start: int) -> bool:
    """The name at character `start` is the object of its clause: "đối với ông A", "của bà B"."""
    k = ctx.syllable_at(start)
    if h := ctx.match_before(ctx.res.honorifics, k):
        k -= h[0]
    # after a marker, or "ông/bà" right after a verb ("đoàn công tác đã xác định bà Thanh vi phạm …")
    verb = h and k > 0 and ctx.tag(k - 1) == "V" and not ctx.is_upper(k - 1) and ctx.keys[k - 1] != "là" \
        and not _speech_verb(ctx, k - 1)
    return verb or ctx.match_before(ctx.res.object_markers, k) is not None


def _pronoun(ctx: Context, start: int, end: int) -> bool:
    """The subject is a pronoun for a person ("Ông đề nghị"), not a noun that begins like one ("Bà con")."""
    m = ctx.match(ctx.res.pronoun_subjects, start)
    return m is not None and end - start <= 2 and not (start + m[0] < end and ctx.same_token(start + m[0] - 1, start + m[0]))


def _shares_subject(ctx: Context, s0: int, t: int) -> bool:
    """The trigger opens a clause right after another proposal of its sentence ("…, đề nghị …")."""
    # Only punctuation and linking words ("và", "đồng thời", "cũng", "còn") between the comma and the trigger.
    k = t  # walk back from the trigger
    while k > s0:
        link = ctx.match_before(ctx.res.clause_links, k)
        if ctx.is_punct(k - 1):
            k -= 1
        elif link and k - link[0] >= s0:
            k -= link[0]
        else:
            break
    return k > s0 and any(ctx.keys[m] == "," for m in range(k, t))


def _names_a_body(ctx: Context, k: int) -> bool:
    """A body, a group, a province, a country or an office opens at k ("Sở Xây dựng", "công an tỉnh", "cử
    tri", "Thanh Hóa", "Trung Quốc", "EVN", "Phó Chủ tịch UBND tỉnh", "nhiều khóa lãnh đạo"); not "tổ" of
    "tổ chức"."""
    r = ctx.res
    q = ctx.match(r.group_quantifiers, k) or ((1,) if ctx.tag(k) == "M" and not ctx.is_upper(k) else None)
    if q and k + q[0] < len(ctx.sylls) and ctx.tag(k + q[0]) in ("N", "Nc"):
        return True  # a counted group: "nhiều hộ dân", "hai bên", "hàng trăm công nhân"
    if ctx.is_abbrev(k) and ctx.keys[k].isalpha() and ctx.sylls[k].text.isupper() and len(ctx.keys[k]) > 1:
        return True  # "EVN", "WB", "EU": a body known by its initials
    m = ctx.match(r.org_heads, k) or ctx.match(r.group_proposers, k) or ctx.match(r.positions, k) \
        or (ctx.match(r.provinces, k) or ctx.match(r.not_names, k) if ctx.is_upper(k) else None)
    return m is not None and not (k + m[0] < len(ctx.sylls) and ctx.same_token(k + m[0] - 1, k + m[0]))


def _dash_titled(ctx: Context, own: int, t: int, mentions: list[tuple[int, int, Person]],
                 starts: list[int]) -> Person | None:
    """The person whose title, set off by dashes, ends in the trigger's clause: "ông A - chủ tịch UBND
    phường, TP Cao Bằng - dẫn cán bộ đến yêu cầu …" is A's request, not the city's."""
    n = bisect_left(starts, ctx.sylls[own].start)
    if not n or own < 1 or ctx.keys[own - 1] != ",":
        return None
    after = ctx.syllables_before(mentions[n - 1][1])  # the syllable right after the name
    dashes = [k for k in range(after, t) if ctx.keys[k] in _DASHES]
    ok = len(dashes) == 2 and dashes[0] == after and dashes[1] >= own
    return mentions[n - 1][2] if ok else None


def _apposition(ctx: Context, own: int, mentions: list[tuple[int, int, Person]], starts: list[int]) -> bool:
    """The clause at `own` describes the person just named: it follows "NAME," ("Chị Lê Thị Hường, Sở
    Quy hoạch - kiến trúc TP kiến nghị …") or continues an address ("…, huyện Tuy Đức, tỉnh Đắk Nông …")."""
    if own < 2 or ctx.keys[own - 1] != ",":
        return False
    n = bisect_left(starts, ctx.sylls[own - 1].start)
    if n and mentions[n - 1][1] == ctx.sylls[own - 2].end:
        # "Theo ông Hồng, Sở … đề xuất", "Riêng ông Thanh, Ủy ban … đề nghị": a source or a topic, then the subject
        k = ctx.syllable_at(mentions[n - 1][0])
        if h := ctx.match_before(ctx.res.honorifics, k):
            k -= h[0]
        return not ctx.match_before(ctx.res.topic_markers, k)
    prev = _clause_start(ctx, ctx.sent_bounds[ctx.sent_of[own]][0], own - 1)
    return ctx.keys[prev] in ctx.res.place_kinds and ctx.keys[own] in ctx.res.place_kinds


def _past_addressees(ctx: Context, s0: int, own: int, t: int) -> int:
    """Where the trigger's clause starts when the bodies before the trigger are those a document is sent to
    ("Sở GD&ĐT đã có văn bản gửi Ban Thường vụ Tỉnh ủy, Ban Cán sự Đảng UBND tỉnh | đề nghị …"): the
    clause of the sender; else `own`."""
    r = ctx.res
    for v in range(own - 1, s0 - 1, -1):
        if not (m := ctx.match(r.sending_verbs, v)) or ctx.is_upper(v):
            continue
        k = v + m[0]
        if q := ctx.match(r.group_quantifiers, k):
            k += q[0]
        if k < t and ctx.keys[k] in r.place_kinds and not ctx.is_upper(k):
            k += 1  # "gửi các tỉnh Đồng Nai, Long An, …"
        while k < t and ctx.is_upper(k) and (ctx.match(r.org_heads, k) or ctx.match(r.provinces, k)):
            k = max(k + 1, parse_org(ctx, k, t))
            if k < t and ctx.keys[k] in (",", "và"):
                k += 1
        return _clause_start(ctx, s0, v) if k == t and v + m[0] < own else own
    return own


def _clause_start(ctx: Context, s0: int, t: int) -> int:
    """First syllable of the trigger's clause: after the last clause stop or clause-opening conjunction
    before it ("nếu … thì | HĐND TP sẽ yêu cầu …")."""
    return max((k + 1 for k in _stops(ctx, s0, t) if k + 1 < t or ctx.keys[k] in _CLAUSE_STOPS), default=s0)


def _stops(ctx: Context, s0: int, t: int) -> list[int]:
    """Where clauses end in [s0, t): punctuation and clause-opening conjunctions ("nhưng", "thì"), not a
    bracket closed before t nor what is inside it ("Ban soạn thảo Bộ luật Lao động (sửa đổi) đề xuất …")."""
    inside: set[int] = set()
    opened: list[int] = []
    for k in range(s0, t):
        if ctx.keys[k] == "(":
            opened.append(k)
        elif ctx.keys[k] == ")" and opened:
            o = opened.pop()
            # only a short bracket after a capitalised name qualifies it ("UBND phường Quảng An (quận Tây Hồ)",
            # "Bộ luật Lao động (sửa đổi)")
            w = o - 1
            while w > s0 and ctx.same_token(w - 1, w):
                w -= 1  # the first syllable of the word before the bracket
            if o > s0 and ctx.is_upper(w) and not ctx.sylls[w].text[:1].isdigit() and k - o <= 10:
                inside.update(range(o, k + 1))
    k = s0
    while k < t:  # a comma between the fields of a body's name ends no clause ("Ủy ban Văn hóa, Giáo dục, … và
        # Nhi đồng"); one before the province of a place still does ("UBND P. Sông Bằng, TP Cao Bằng - …")
        end = parse_org(ctx, k, t) if ctx.is_upper(k) and ctx.match(ctx.res.org_heads, k) else k
        inside.update(q for q in range(k, end) if ctx.keys[q] == "," and ctx.keys[q + 1] not in ctx.res.place_kinds
                      and not ctx.match(ctx.res.provinces, q + 1))
        k = max(end, k + 1)
    return [k for k in range(s0, t) if k not in inside and (
        ctx.keys[k] in _CLAUSE_STOPS or ctx.match(ctx.res.clause_breaks, k) and not ctx.is_upper(k))]


def _proposer_at(ctx: Context, a: int, t: int, mentions: list[tuple[int, int, Person]],
                 starts: list[int]) -> Proposer | None:
    """The proposer named in [a, t): its people, else the phrase."""
    lo, hi = bisect_left(starts, ctx.sylls[a].start), bisect_left(starts, ctx.sylls[t].start)
    if people := [p for _, _, p in mentions[lo:hi]]:
        return _of_people(people)
    span = _clean_subject(ctx, a, t)
    return _body(ctx, span, t) if span else None


def _proposer(ctx: Context, s0: int, t: int, mentions: list[tuple[int, int, Person]], starts: list[int],
              last: tuple[Proposer, int] | None) -> Proposer | None:
    """Who proposes: people named in the clause, else its subject, else the speaker or the previous proposer."""
    t_start, sent_start = ctx.sylls[t].start, ctx.sylls[s0].start
    # Reported speech: after "Ông A cho biết", the subject is what follows the verb of saying.
    said = _after_speech(ctx, s0, t)
    said_start = ctx.sylls[said].start if said < len(ctx.sylls) else t_start
    upto = bisect_left(starts, t_start)
    own = _past_addressees(ctx, s0, _clause_start(ctx, s0, t), t)
    agent = _passive_agent(ctx, own, t) if own < t else None
    if agent == t:
        return None  # "Chính quyền thành phố được yêu cầu …": asked, by someone the clause does not name
    if agent is not None:  # "dự thảo do Bộ Tài chính đề xuất": the agent, whoever else is named
        return _proposer_at(ctx, agent, t, mentions, starts)
    named = [p for a, _, p in mentions[bisect_left(starts, said_start):upto] if not _is_object(ctx, a)]
    in_own = [p for a, _, p in mentions[bisect_left(starts, max(said_start, ctx.sylls[own].start)):upto]
              if not _is_object(ctx, a)]
    if named and not in_own and own < t and (titled := _dash_titled(ctx, own, t, mentions, starts)):
        return _of_people([titled])
    if named and not in_own and own < t and (body := _clean_subject(ctx, max(own, said), t)) \
            and _names_a_body(ctx, body[0]) and not _apposition(ctx, own, mentions, starts):
        # "Thanh tra đã kết luận, …, bà A là giám đốc, … | UBND tỉnh đã yêu cầu …": a body that is the
        # subject of the trigger's own clause, not someone named in an earlier one
        holder = _office_holder(ctx, body, [p for _, _, p in mentions[:upto]], [p for _, _, p in mentions[upto:]])
        return _of_people([holder]) if holder else _body(ctx, body, t)
    if named:
        return _of_people(named)
    if last and last[1] == ctx.sent_of[t] and _shares_subject(ctx, s0, t):
        return last[0]  # "Huyện yêu cầu xã dừng thu, đề nghị trả lại tiền": one subject, two requests
    subj = _subject(ctx, s0, t)
    if (subj is None or ctx.match(ctx.res.first_person, subj[0])) and \
            (quoted := _quoted_speaker(ctx, t, mentions, starts)):
        return _of_people([quoted])  # "“Tôi đề nghị …”, ông A nói": the one the quotation is attributed to
    before = [p for _, _, p in mentions[max(0, upto - 1):upto]]
    if subj and _pronoun(ctx, *subj):
        return _of_people(before[-1:]) if before else None  # "Đồng chí đề nghị …"
    if subj and subj[0] < said and (inside := [p for _, _, p in mentions[
            bisect_left(starts, ctx.sylls[subj[0]].start):bisect_left(starts, ctx.sylls[subj[1]].start)]]):
        return _of_people(inside)  # "Chủ tịch UBND huyện Nguyễn Văn A cho biết đã yêu cầu …": the speaker
    if subj:
        holder = _office_holder(ctx, subj, [p for _, _, p in mentions[:upto]], [p for _, _, p in mentions[upto:]])
        return _of_people([holder]) if holder else _body(ctx, subj, t)
    speakers = [p for _, _, p in mentions[bisect_left(starts, sent_start):bisect_left(starts, said_start)]]
    if speakers:
        return _of_people(speakers)  # "Ông A cho biết: đề nghị …"
    if last and ctx.sent_of[t] - last[1] <= 3:
        return last[0]  # "Đề nghị …" right after another proposal
    if (opening := _opening_body(ctx, s0, t)) is not None:
        return Proposer(text=ctx.norm_text(*opening))  # "Đảng ủy Sở đã kỷ luật …; kiểm điểm và đề nghị …"
    # The speaker: the last person named, unless named as the object of a clause.
    speaker = next((p for a, _, p in reversed(mentions[:upto]) if not _is_object(ctx, a)), None)
    return _of_people([speaker]) if speaker else None


def _opening_body(ctx: Context, s0: int, t: int) -> tuple[int, int] | None:
    """The body that opens the sentence, subject of a later predicate with none of its own."""
    r = ctx.res
    k = s0
    while k < t and ctx.is_punct(k):
        k += 1
    # An opening adverbial of a few words and a comma comes first ("Ngoài ra, Đảng ủy Sở …", "Tuy nhiên, TAND
    # tỉnh …").
    comma = next((q for q in range(k, min(t, k + 5)) if ctx.keys[q] == ","), None)
    if comma is not None and not (ctx.match(r.org_heads, k) or ctx.match(r.group_proposers, k)) \
            and not any(ctx.is_upper(q) for q in range(k + 1, comma)):
        k = comma + 1
    if k >= t or not ctx.is_upper(k) or not (ctx.match(r.org_heads, k) or ctx.match(r.group_proposers, k)):
        return None
    first = next((e for e in range(k, t) if ctx.keys[e] in (",", ";", ":") or _speech_verb(ctx, e)), t)
    return _clean_subject(ctx, k, first)  # "Lãnh đạo thành phố | bày tỏ mong muốn …"


def extract_proposals(ctx: Context, people: list[Person]) -> list[Proposal]:
    """Every proposing act with trigger, proposer, addressee and content."""
    mentions = sorted(((m.start, m.end, p) for p in people for m in p.mentions), key=lambda x: x[0])
    starts = [a for a, _, _ in mentions]
    triggers = _triggers(ctx)
    out: list[Proposal] = []
    last_proposer: tuple[Proposer, int] | None = None
    for n, (t, te) in enumerate(triggers):
        s0, s1 = ctx.sent_bounds[ctx.sent_of[t]]
        nxt = next((a for a, _ in triggers[n + 1:] if a < s1), s1)
        nxt = _quote_end(ctx, s0, t, te, nxt)
        a0, a1, c0 = _addressee(ctx, te, nxt)
        c0, c1 = _trim_content(ctx, c0, nxt)
        said = sum(1 for k in range(c0, c1) if not ctx.is_punct(k))
        if said == 0 or said + (a1 - a0) < 3 or said < 3 and ctx.keys[a0] in ("các", "những"):
            # no content stated ("đề xuất giải pháp", "đề xuất các giải pháp xử lý", text cut off); "yêu
            # cầu ông A giải trình" has one
            continue
        proposer = _proposer(ctx, s0, t, mentions, starts, last_proposer)
        if proposer is not None:
            last_proposer = (proposer, ctx.sent_of[t])
        start, end = ctx.offsets(t, c1)
        cs, ce = ctx.offsets(c0, c1)
        out.append(Proposal(
            text=ctx.text[start:end], start=start, end=end,
            trigger=ctx.text[ctx.sylls[t].start:ctx.sylls[te - 1].end],
            proposer=proposer,
            addressee=ctx.norm_text(a0, a1) if a1 > a0 else None,
            content=ctx.text[cs:ce].strip(_STRIP)))
    return out


def infer_proposers(proposals: list[Proposal]) -> list[Proposal]:
    """A proposal whose sentence names no proposer is made by the nearest other proposal's proposer in the
    article, the one before it, else the one after ("Đề nghị tiêu hủy 3.750 con heo" in a headline, then
    "Cơ quan chức năng đề nghị …"): the guide's "the person or body it refers to". Marked `inferred`."""
    out = []
    for n, p in enumerate(proposals):
        if p.proposer is None:
            near = next((q.proposer for q in reversed(proposals[:n]) if q.proposer is not None), None) \
                or next((q.proposer for q in proposals[n + 1:] if q.proposer is not None), None)
            if near is not None:
                p = p.model_copy(update={"proposer": near.model_copy(update={"inferred": True}, deep=True)})
        out.append(p)
    return out
