"""Officials across articles: canonical roles, and a who's-who that links the same person over documents.

Every person of every article is a *mention*. Mentions are grouped by name (folded), then linked
inside a name when their evidence agrees, after extraction:

1. the same post: position, organisation and place ("Bí thư Thành ủy thành phố Hồ Chí Minh");
2. the same place of office: a province their posts belong to;
3. two other people named beside them in both articles (co-mentions).

A post many hold at once ("Ủy viên Trung ương Đảng") or one naming only a kind of body ("Phó Giám
đốc Ban quản lý") is no evidence. A mention with no post joins the name's main bearer (DOMINANT of
its mentions with posts), else the one bearer holding office in its article's province or
nationally, else stays alone; namesakes whose posts belong to different provinces share no
evidence and stay apart. Every mention records why it was linked.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .textnorm import fold, normalize_word, vi_sort_key

if TYPE_CHECKING:
    import pandas as pd

MAX_CO = 15         # co-mentioned names per mention used as evidence (the first named); two shared link
MIN_CO_SYLLABLES = 3  # only full names are distinctive enough to count as co-mentions
DOMINANT = 0.6       # a bearer of a name with this share of its mentions with posts takes those without


# --- canonical roles ----------------------------------------------------------------------

@dataclass(frozen=True)
class CanonicalRole:
    """A role written one way: position, organisation and place, abbreviations expanded."""

    position: str               # "Phó Chủ tịch Thường trực"
    organization: str | None    # "Ủy ban nhân dân tỉnh Nghệ An"
    place: str | None           # the province the post belongs to, "Việt Nam", or None
    former: bool = False        # "nguyên …", "cựu …"

    @property
    def text(self) -> str:
        """The whole role as one phrase, with its province when the organisation leaves it implied
        ("Phó Bí thư Tỉnh ủy" in an article about Sóc Trăng -> "Phó Bí thư Tỉnh ủy Sóc Trăng")."""
        text = f"{self.position} {self.organization}" if self.organization else self.position
        if self.organization and self.place and self.place != _country() and fold(self.place) not in fold(text):
            text = f"{text} {self.place}"
        return text

    @property
    def key(self) -> str:
        """Comparison key: case and tone placement folded, the place included."""
        return f"{fold(self.text)}|{self.place or ''}"

    @property
    def specific(self) -> bool:
        """Can tell namesakes apart: a post (not a membership) in a named organisation or a place (a national
        office has "Việt Nam"); "Phó Giám đốc Ban Quản lý" names no organisation, only its kind."""
        if _is_membership(self.position):
            return False
        return self.place is not None or bool(self.organization) and not _is_bare_head(self.organization)


@lru_cache(maxsize=1)
def _country() -> str:
    from .resources import load_resources

    return load_resources().country


@lru_cache(maxsize=1)
def _casing() -> dict[str, str]:
    """Folded title word -> its spelling in models/titles.yaml ("ủy" -> "Ủy", "thường" -> "Thường")."""
    from .resources import load_resources

    res = load_resources()
    out: dict[str, str] = {}
    for gaz in (res.positions, res.modifiers, res.ranks):
        for key, phrase in gaz.surface.items():
            words = phrase.split()
            if len(key) == len(words):  # one syllable per word: the casing lines up
                for k, word in zip(key, words):
                    out.setdefault(k, word)
    return out


@lru_cache(maxsize=4096)
def _is_membership(position: str) -> bool:
    from .resources import load_resources

    return tuple(fold(position).split()) in load_resources().member_titles.surface


@lru_cache(maxsize=4096)
def _is_bare_head(organization: str) -> bool:
    from .resources import load_resources

    return tuple(fold(organization).split()) in load_resources().org_heads.surface


def canonical_position(title: str) -> str:
    """A title spelled as titles.yaml spells it ("phó chủ tịch thường trực" -> "Phó Chủ tịch Thường trực")."""
    from .resources import load_resources

    abbreviations = load_resources().abbreviations
    casing = _casing()
    words = []
    for w in normalize_word(title).strip(" .,;:").split():
        w = abbreviations.get(w, w)
        words.append(" ".join(casing.get(fold(x), x) for x in w.split()))
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def canonical_role(text: str) -> str:
    """A role written one way for every article: abbreviations expanded, the province under its
    canonical name with its kind ("Bí thư Thành uỷ TP.HCM" -> "Bí thư Thành ủy thành phố Hồ Chí Minh")."""
    from .gazetteer import syllabify
    from .resources import load_resources

    res = load_resources()
    words = [normalize_word(w) for w in text.strip(" .,;:").split()]
    out: list[str] = []
    i = 0
    while i < len(words):
        keys = [k for w in words[i:i + 6] for k in syllabify(w)]
        m = res.provinces.match_at(keys, 0) if words[i][:1].isupper() else None
        span = 0
        if m:  # how many words the matched syllables cover
            n = 0
            while n < m[0] and span < len(words) - i:
                n += len(syllabify(words[i + span]))
                span += 1
            if n != m[0]:
                m = None
        if m:
            name = str(m[1])
            kind = res.provinces_63[name].kind if name in res.provinces_63 else "tỉnh"
            while out and fold(out[-1]) in ("tỉnh", "thành phố", "phố", "thành", "tp", "tp.") \
                    and fold(" ".join(out[-2:])) != "thành ủy":
                out.pop()
            out += [kind, name]
            i += span
            continue
        out.append(res.abbreviations.get(words[i], words[i]))
        i += 1
    role = " ".join(out)
    return role[:1].upper() + role[1:]


def canonicalize(text: str, title: str | None, organization: str | None, place: str | None,
                 former: bool = False) -> CanonicalRole:
    """The canonical form of one extracted role (its text, title, organisation and province)."""
    position = canonical_position(title or text)
    org = None
    if organization:
        org = canonical_role(organization)
        org = org[:1].upper() + org[1:] if org else None
    return CanonicalRole(position=position, organization=org or None, place=place or None, former=bool(former))


# --- mentions and linking ------------------------------------------------------------------

@dataclass
class Mention:
    """One person in one document, with what the document says about them."""

    doc_id: str
    person_id: str
    name: str
    key: str                        # folded name: mentions are linked only inside one key
    date: str | None
    province: str | None            # the document's province
    url: str | None
    roles: list[CanonicalRole] = field(default_factory=list)
    co: tuple[str, ...] = ()        # folded full names of the others named in the document
    person_key: str = ""
    reason: str = ""

    @property
    def places(self) -> set[str]:
        """Provinces (or "Việt Nam") the mention's posts belong to."""
        return {r.place for r in self.roles if r.place}


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def _link_name(block: list[Mention], country: str) -> None:
    """Set person_key and reason on the mentions of one name."""
    n = len(block)
    uf = _Union(n)
    why: dict[int, str] = {}

    def link(a: int, b: int, reason: str) -> None:
        if uf.union(a, b):
            why.setdefault(max(a, b), reason)

    first: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(block):
        for r in m.roles:
            if r.specific:
                j = first.setdefault(("role", r.key), i)
                if j != i:
                    link(j, i, f"cùng chức vụ: {r.text}")
        for place in m.places - {country}:
            j = first.setdefault(("place", place), i)
            if j != i:
                link(j, i, f"cùng nơi công tác: {place}")
        co = sorted(m.co)
        for a in range(len(co)):
            for b in range(a + 1, len(co)):
                j = first.setdefault(("co", co[a], co[b]), i)
                if j != i:
                    link(j, i, f"cùng được nhắc với {co[a].title()} và {co[b].title()}")
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    # Groups whose posts can tell namesakes apart; a bare title ("Chủ tịch") or a membership cannot.
    with_posts = {g: ms for g, ms in groups.items() if any(r.specific for i in ms for r in block[i].roles)}
    places = {g: set().union(*(block[i].places for i in ms)) for g, ms in with_posts.items()}
    total = sum(len(ms) for ms in with_posts.values())
    main = max(with_posts, key=lambda h: (len(with_posts[h]), -h)) if with_posts else None
    for g, ms in list(groups.items()):
        if g in with_posts:
            continue
        provinces = {block[i].province for i in ms if block[i].province}
        local = [h for h in with_posts if places[h] & (provinces | {country})]
        if main is not None and len(with_posts[main]) >= DOMINANT * total:
            target, reason = main, "không rõ chức vụ; người mang tên này được nhắc nhiều nhất"
        elif len(local) == 1:
            target, reason = local[0], "không rõ chức vụ; người duy nhất cùng tên giữ chức ở tỉnh này"
        else:
            continue  # several officials bear the name, or none: a mention without a post stays apart
        for i in ms:
            why.setdefault(i, reason)
        uf.union(target, g)
    roots: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        roots[uf.find(i)].append(i)
    for ms in roots.values():
        anchor = min((block[i].doc_id, block[i].person_id) for i in ms)
        digest = hashlib.sha1("|".join(anchor).encode("utf-8")).hexdigest()[:6]
        pkey = f"{slug(block[ms[0]].name)}-{digest}"
        for i in ms:
            block[i].person_key = pkey
            block[i].reason = why.get(i, "lần nhắc đầu tiên" if i == min(ms) else "không đủ chứng cứ để nối")


def slug(name: str) -> str:
    """ASCII key of a name ("Nguyễn Thiện Nhân" -> "nguyen-thien-nhan")."""
    import unicodedata

    text = fold(name).replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def link_mentions(mentions: list[Mention]) -> list[Mention]:
    """Give every mention a person_key (the same for the same real person) and the reason for it."""
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_name[m.key].append(m)
    for block in by_name.values():
        block.sort(key=lambda m: (m.date or "", m.doc_id, m.person_id))
        _link_name(block, _country())
    return mentions


# --- from extraction output to tables ------------------------------------------------------

def _records(frame: "pd.DataFrame", columns: list[str]) -> Iterable[dict[str, Any]]:
    """Rows as dicts, read column by column (iterating Arrow-backed rows one by one is slow)."""
    cols = {c: frame[c].tolist() if c in frame.columns else [None] * len(frame) for c in columns}
    for i in range(len(frame)):
        yield {c: v[i] for c, v in cols.items()}


ROLE_FIELDS = ["doc_id", "person_id", "text", "title", "organization", "role_province", "former"]
PEOPLE_FIELDS = ["doc_id", "person_id", "name", "date", "event_date", "province", "url"]


def _documents(path: Path, provinces: str) -> Iterator[list[dict[str, Any]]]:
    """The people of each document (name, document date, province and URL, roles), one document at a
    time: a JSON Lines file is streamed, a Parquet directory grouped by document."""
    from .errors import InputError
    from .frames import load_frames, merged_province
    from .tables import as_date, read_output

    if path.is_dir():
        f = load_frames(path, provinces=provinces, tables=["people", "roles"])
        yield from _grouped(f["people"], f["roles"])
        return
    if not path.exists():
        raise InputError(f"no such file or directory: {path}")
    if provinces not in ("63", "2025"):
        raise InputError(f"unknown province scheme {provinces!r}: use 63 or 2025")
    place = merged_province if provinces == "2025" else (lambda x: x)
    for rec in read_output(path):
        date, province = as_date(rec.get("date")) or _event_day(rec.get("event_date")), place(rec.get("province"))
        url = (rec.get("source") or {}).get("url")
        yield [{"doc_id": rec["id"], "person_id": p["id"], "name": p["name"], "date": date, "province": province,
                "url": url, "roles": [{"text": r.get("text"), "title": r.get("title"),
                                       "organization": r.get("organization"), "role_province": place(r.get("province")),
                                       "former": r.get("former")} for r in p.get("roles") or []]}
               for p in rec.get("people") or []]


def _grouped(people: "pd.DataFrame", roles: "pd.DataFrame") -> Iterator[list[dict[str, Any]]]:
    """The people frame's rows with their roles, document by document."""
    by_person: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in _records(roles, ROLE_FIELDS):
        by_person[(r["doc_id"], r["person_id"])].append(r)
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _records(people, PEOPLE_FIELDS):
        docs[r["doc_id"]].append({**r, "roles": by_person.get((r["doc_id"], r["person_id"]), [])})
    yield from docs.values()


def mentions_from(path: str | Path, provinces: str = "63") -> list[Mention]:
    """The mentions of an extraction output (JSON Lines, or a directory of Parquet tables)."""
    return _mentions(_documents(Path(path), provinces))


def mentions_from_frames(people: "pd.DataFrame", roles: "pd.DataFrame") -> list[Mention]:
    """The mentions of the people and roles frames of `frames.load_frames`."""
    return _mentions(_grouped(people, roles))


def _mentions(documents: Iterable[list[dict[str, Any]]]) -> list[Mention]:
    from sys import intern

    cache: dict[tuple, CanonicalRole] = {}
    out: list[Mention] = []
    for people in documents:
        keys = [intern(fold(p["name"])) for p in people]
        full = [k for k in keys if len(k.split()) >= MIN_CO_SYLLABLES][:MAX_CO]
        for p, key in zip(people, keys):
            roles = []
            for r in p["roles"]:
                sig = (_str(r["text"]) or "", _str(r["title"]), _str(r["organization"]), _str(r["role_province"]),
                       r["former"] is True)
                if sig not in cache:
                    cache[sig] = canonicalize(*sig)
                roles.append(cache[sig])
            out.append(Mention(doc_id=intern(p["doc_id"]), person_id=p["person_id"], name=p["name"], key=key,
                               date=_date(p["date"]) or _date(_event_day(p.get("event_date"))),
                               province=_str(p["province"]),
                               url=_str(p["url"]),
                               roles=list(dict.fromkeys(roles)), co=tuple(k for k in full if k != key)))
    return out


FIRST_YEAR = 1990  # an earlier "event date" is a historical date the article recalls, not its own day


def _event_day(value: Any) -> Any:
    """Without a publication date, the first full date in the text stands for the article's day,
    unless it is a date from history ("ngày 2/9/1945") or from the future."""
    import datetime as dt

    from .tables import as_date

    day = value if isinstance(value, dt.date) else as_date(value)
    return day if day is not None and FIRST_YEAR <= day.year <= dt.date.today().year else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _date(value: Any) -> str | None:
    if value is None or value != value:  # None or NaN/NaT
        return None
    return str(value)[:10]


@dataclass
class WhoIsWho:
    """The linked officials: one row per person per document, and one row per person."""

    mentions: "pd.DataFrame"
    registry: "pd.DataFrame"
    _rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)

    def rows_of(self, person_key: str) -> list[dict[str, Any]]:
        """The mention rows of one person (indexed on first use)."""
        if not self._rows:
            for r in _records(self.mentions, ["person_key", "doc_id", "date", "roles", "former", "url"]):
                self._rows.setdefault(r["person_key"], []).append(r)
        return self._rows.get(person_key, [])

    def career(self, person_key: str) -> "pd.DataFrame":
        """One person's posts over time: each post with its first and last dates and articles."""
        import pandas as pd

        posts = _post_rows((r["doc_id"], r["date"], _split(r["roles"]), set(_split(r["former"])))
                           for r in self.rows_of(person_key))
        return pd.DataFrame(posts, columns=POST_COLUMNS)

    def find(self, name: str) -> "pd.DataFrame":
        """Registry rows of the people bearing a name (case and tone placement ignored)."""
        return self.registry[self.registry["name"].map(fold) == fold(name)]


MENTION_COLUMNS = ["doc_id", "person_id", "name", "person_key", "roles", "positions", "organizations",
                   "places", "former", "date", "province", "url", "reason"]
REGISTRY_COLUMNS = ["person_key", "name", "posts", "places", "first_seen", "last_seen", "articles", "doc_ids",
                    "reasons"]


def who_is_who(path: str | Path, provinces: str = "63") -> WhoIsWho:
    """Link the people of an extraction output across documents."""
    return build_tables(link_mentions(mentions_from(path, provinces)))


def build_tables(mentions: list[Mention]) -> WhoIsWho:
    """The mention table and the registry from linked mentions."""
    import pandas as pd

    rows = [{"doc_id": m.doc_id, "person_id": m.person_id, "name": m.name, "person_key": m.person_key,
             "roles": "; ".join(r.text for r in m.roles),
             "positions": "; ".join(dict.fromkeys(r.position for r in m.roles)),
             "organizations": "; ".join(dict.fromkeys(r.organization for r in m.roles if r.organization)),
             "places": "; ".join(sorted(m.places, key=vi_sort_key)),
             "former": "; ".join(r.text for r in m.roles if r.former),
             "date": m.date, "province": m.province, "url": m.url, "reason": m.reason} for m in mentions]
    return WhoIsWho(mentions=pd.DataFrame(rows, columns=MENTION_COLUMNS), registry=_registry(mentions))


def _split(value: Any) -> list[str]:
    return [x for x in value.split("; ") if x] if isinstance(value, str) else []


POST_COLUMNS = ["post", "first_seen", "last_seen", "articles", "former", "doc_ids"]


def _post_rows(rows: Iterable[tuple[str, Any, list[str], set[str]]]) -> list[dict[str, Any]]:
    """Posts of one person from (doc_id, date, roles, former roles) per mention: first and last dates
    seen, articles, and whether every article calls the post a former one; earliest first."""
    seen: dict[str, dict[str, Any]] = {}
    for doc_id, date, roles, former in rows:
        date = date if isinstance(date, str) else None
        for role in roles:
            post = seen.setdefault(fold(role), {"post": role, "first_seen": date, "last_seen": date,
                                                "doc_ids": [], "former": True})
            if doc_id not in post["doc_ids"]:
                post["doc_ids"].append(doc_id)
            post["former"] = post["former"] and role in former
            if date and (not post["first_seen"] or date < post["first_seen"]):
                post["first_seen"] = date
            if date and (not post["last_seen"] or date > post["last_seen"]):
                post["last_seen"] = date
    # A post that only begins a longer one is the same post written short ("Bí thư Thành ủy" in an
    # article about the city, "Bí thư Thành ủy thành phố Hồ Chí Minh" elsewhere).
    for key in sorted(seen, key=len):
        longer = next((k for k in seen if k.startswith(key + " ")), None)
        if longer is not None:
            short, full = seen.pop(key), seen[longer]
            full["doc_ids"] += [d for d in short["doc_ids"] if d not in full["doc_ids"]]
            full["former"] = full["former"] and short["former"]
            dates = [d for d in (short["first_seen"], short["last_seen"], full["first_seen"], full["last_seen"]) if d]
            full["first_seen"], full["last_seen"] = (min(dates), max(dates)) if dates else (None, None)
    out = [{**p, "articles": len(p["doc_ids"])} for p in seen.values()]
    return sorted(out, key=lambda p: (p["first_seen"] is None, p["first_seen"] or "", -p["articles"]))


def _registry(mentions: list[Mention]) -> "pd.DataFrame":
    import pandas as pd

    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.person_key].append(m)
    out = []
    for pkey, ms in groups.items():
        dates = [m.date for m in ms if m.date]
        posts = _post_rows((m.doc_id, m.date, [r.text for r in m.roles], {r.text for r in m.roles if r.former})
                           for m in ms)
        places = Counter(p for m in ms for p in m.places) or Counter(m.province for m in ms if m.province)
        out.append({"person_key": pkey, "name": Counter(m.name for m in ms).most_common(1)[0][0],
                    "posts": "; ".join(p["post"] for p in posts),
                    "places": ", ".join(p for p, _ in places.most_common()),
                    "first_seen": min(dates) if dates else None, "last_seen": max(dates) if dates else None,
                    "articles": len({m.doc_id for m in ms}), "doc_ids": list(dict.fromkeys(m.doc_id for m in ms)),
                    "reasons": "; ".join(f"{r} ({n})" for r, n in Counter(m.reason for m in ms).most_common(3))})
    frame = pd.DataFrame(out, columns=REGISTRY_COLUMNS)
    return frame.sort_values(["articles", "name"], ascending=[False, True],
                             key=lambda s: s.map(vi_sort_key) if s.name == "name" else s).reset_index(drop=True)


# --- writing ------------------------------------------------------------------------------------

MAX_PEOPLE = 300    # officials shown in the HTML who's-who (the most mentioned); the CSV has them all
MAX_LINKS = 12      # articles linked per post in a timeline

_TIMELINE_CSS = (".tl{position:relative;height:18px;background:#f7fafc;border:1px solid #e2e8f0;min-width:300px}"
                 ".tl span{position:absolute;top:2px;height:12px;background:#2b6cb0;border-radius:3px;min-width:4px}"
                 ".tl span.former{background:#a0aec0}td.post{min-width:18em}")


def _day(value: Any) -> int | None:
    import datetime as dt

    try:
        return dt.date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def timeline_html(who: WhoIsWho, person_key: str, span: tuple[int, int] | None = None) -> str:
    """One official's posts as a timeline: a bar from the first to the last article naming each post,
    on one time axis, with links to the articles."""
    import html

    from .compare import safe_url

    esc = html.escape
    posts = who.career(person_key)
    urls = {r["doc_id"]: r["url"] for r in who.rows_of(person_key)}
    days = [d for v in (*posts["first_seen"], *posts["last_seen"]) if (d := _day(v)) is not None]
    lo, hi = span if span else ((min(days), max(days)) if days else (0, 0))
    width = max(hi - lo, 1)
    head = "<table><tr><th>Chức vụ</th><th>Từ</th><th>Đến</th><th>Thời gian</th><th>Bài viết</th></tr>"
    rows = [head]
    # A post read in one article only is often another person's (an extraction slip): folded away.
    many = posts[posts["articles"] >= 2] if (posts["articles"] >= 2).any() else posts
    once = posts.drop(many.index)
    for p in [*many.itertuples(index=False), None, *once.itertuples(index=False)]:
        if p is None:
            rows.append("</table>")
            if len(once):
                rows.append(f"<details><summary>{len(once)} chức vụ chỉ gặp trong một bài</summary>{head}")
            continue
        a, b = _day(p.first_seen), _day(p.last_seen)
        bar = ""
        if a is not None and b is not None:
            left, right = 100 * (a - lo) / width, 100 * (b - lo) / width
            cls = " class='former'" if p.former else ""
            bar = f"<div class='tl'><span{cls} style='left:{left:.1f}%;width:{max(right - left, 0.5):.1f}%'></span></div>"
        links = []
        for d in p.doc_ids[:MAX_LINKS]:
            url = urls.get(d)
            links.append(f"<a href='{esc(url)}'>{esc(d)}</a>" if safe_url(url) else esc(d))
        more = f" … (+{len(p.doc_ids) - MAX_LINKS})" if len(p.doc_ids) > MAX_LINKS else ""
        label = esc(p.post) + (" <small>(nguyên)</small>" if p.former else "")
        rows.append(f"<tr><td class='post'>{label}</td><td>{esc(_text(p.first_seen))}</td>"
                    f"<td>{esc(_text(p.last_seen))}</td><td>{bar}</td><td>{', '.join(links)}{more}</td></tr>")
    if len(once):
        rows.append("</table></details>")
    return "".join(rows)


def to_html(who: WhoIsWho, top: int = MAX_PEOPLE) -> str:
    """The who's-who page: the most mentioned officials, each with their posts as a timeline."""
    import html

    from .compare import _CSS

    esc = html.escape
    reg = who.registry
    shown = reg[reg["posts"].astype(bool)].head(top)
    dates = [d for d in who.mentions["date"] if isinstance(d, str)]
    days = [d for d in map(_day, dates) if d is not None]
    span = (min(days), max(days)) if days else None
    out = ["<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Ai là ai</title>",
           f"<style>{_CSS}{_TIMELINE_CSS}</style></head><body><h1>Ai là ai: cán bộ qua các bài viết</h1>",
           "<div class='header'>",
           f"<div>Bài viết: {who.mentions['doc_id'].nunique()}; lần nhắc tên: {len(who.mentions)}; "
           f"người (sau khi nối): {len(reg)}; có chức vụ: {int(reg['posts'].astype(bool).sum())}</div>",
           f"<div>Thời gian: {esc(min(dates)) if dates else '?'} – {esc(max(dates)) if dates else '?'} "
           f"({len(dates)} lần nhắc có ngày: ngày đăng, hoặc ngày đầy đủ đầu tiên trong bài)</div>",
           "<div>Cùng tên chưa chắc cùng người: các lần nhắc chỉ được nối khi cùng chức vụ, cùng nơi công tác "
           "hoặc cùng được nhắc với hai người khác; lý do nối ghi trong tệp CSV.</div></div>",
           f"<h2>{len(shown)} người được nhắc nhiều nhất</h2>"]
    for r in shown.itertuples(index=False):
        out.append(f"<details><summary><b>{esc(r.name)}</b> — {esc(_text(r.places))} · {r.articles} bài · "
                   f"{esc(_text(r.first_seen))} – {esc(_text(r.last_seen))}</summary>"
                   f"{timeline_html(who, r.person_key, span)}</details>")
    left = len(reg) - len(shown)
    if left > 0:
        out.append(f"<p>… và {left} người khác (đầy đủ trong tệp CSV/Parquet).</p>")
    out.append("</body></html>")
    return "".join(out)


def registry_path(path: Path) -> Path:
    """Where the registry goes beside the mention table ("people.csv" -> "people-registry.csv")."""
    return path.with_name(f"{path.stem}-registry{path.suffix}")


FORMATS = (".csv", ".parquet", ".html", ".htm")


def check_output(path: str | Path) -> None:
    """Raise InputError, before any work, when the output's format is not one we write."""
    from .errors import InputError

    if Path(path).suffix.lower() not in FORMATS:
        raise InputError(f"unknown output format {Path(path).suffix!r}: use .csv, .parquet or .html")


def write_people(who: WhoIsWho, path: str | Path) -> list[Path]:
    """Write the mention table and the registry (.csv or .parquet), or the who's-who page (.html)."""
    from .compare import inert
    from .errors import InputError

    path = Path(path)
    check_output(path)
    suffix = path.suffix.lower()
    registry = who.registry.assign(doc_ids=who.registry["doc_ids"].map(", ".join))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix in (".html", ".htm"):
            path.write_text(to_html(who), encoding="utf-8")
            return [path]
        if suffix == ".csv":
            inert(who.mentions).to_csv(path, index=False, encoding="utf-8")
            inert(registry).to_csv(registry_path(path), index=False, encoding="utf-8")
        elif suffix == ".parquet":
            who.mentions.to_parquet(path, index=False)
            who.registry.to_parquet(registry_path(path), index=False)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc
    return [path, registry_path(path)]
