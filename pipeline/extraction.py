"""One text in, one `Document` out: the NLP layer, then every extractor."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import EmptyDocumentError, TooLongError, VnextractError
from .extractors.context import Context
from .extractors.dates import event_date, extract_dates, extract_legal_refs
from .extractors.entities import extract_locations, extract_organizations, headline, main_province, warnings_for
from .extractors.measures import describe
from .extractors.numbers import extract_numbers
from .extractors.people import extract_people, merge_roles
from .extractors.proposals import extract_proposals, infer_proposers
from .nlp import load_nlp
from .resources import load_resources
from .schema import Document, ErrorInfo, ErrorRecord, Person, Source
from .textnorm import fold

_YEAR = re.compile(r"^(\d{4})")


def canonical_province(name: str | None) -> str | None:
    """Canonical province name for any known spelling ("TP.HCM" -> "Hồ Chí Minh"); None for a name that is
    not one of Viet Nam's provinces ("tỉnh Quảng Đông", a typo)."""
    if not name:
        return None
    found = load_resources().provinces.get(name.strip())
    if found is None and name.strip().split(" ", 1)[0].lower() in ("tỉnh", "thành", "tp", "tp."):
        found = load_resources().provinces.get(name.strip().split(" ", 1)[-1].removeprefix("phố ").strip())
    return str(found) if found else None


# Long documents are analysed in blocks of at most this many characters, cut at a
# line break (else a sentence end, else a space): memory stays bounded by the block,
# time stays linear in the length. A person named in one block and referred to by
# given name only in another is not linked across blocks.
BLOCK_CHARS = 100_000


def text_blocks(text: str, size: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """[start, end) spans covering `text`, each at most `size` characters, cut at natural breaks."""
    spans, start, n = [], 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            floor = start + size // 2
            for sep in ("\n", ". ", " "):
                cut = text.rfind(sep, floor, end)
                if cut >= 0:
                    end = cut + len(sep)
                    break
        spans.append((start, end))
        start = end
    return spans


def _merge_people(blocks: list[list[Person]]) -> tuple[list[Person], dict[tuple[int, str], str]]:
    """People of all blocks, merged by name; and (block, local id) -> final id."""
    if len(blocks) == 1:
        return blocks[0], {(0, p.id): p.id for p in blocks[0]}
    merged: dict[str, dict[str, Any]] = {}
    local: dict[tuple[int, str], str] = {}
    for b, people in enumerate(blocks):
        for p in people:
            key = fold(p.name)
            local[(b, p.id)] = key
            entry = merged.setdefault(key, {"name": p.name, "honorific": p.honorific, "roles": [], "mentions": []})
            entry["honorific"] = entry["honorific"] or p.honorific
            entry["roles"] += p.roles
            entry["mentions"] += p.mentions
    ordered = sorted(merged.items(), key=lambda kv: kv[1]["mentions"][0].start)
    ids = {key: f"p{n}" for n, (key, _) in enumerate(ordered, 1)}
    people = [Person(id=ids[key], name=e["name"], honorific=e["honorific"], roles=merge_roles(e["roles"]),
                     mentions=e["mentions"]) for key, e in ordered]
    return people, {k: ids[key] for k, key in local.items()}


def extract(text: str, *, id: str | None = None, url: str | None = None, path: str | None = None,
            title: str | None = None, province: str | None = None, date: str | None = None,
            sha256: str | None = None, encoding: str | None = None, max_chars: int | None = None,
            warnings: list[str] | None = None, keep_text: bool = False, **_: Any) -> Document:
    """Extract people, roles, numbers, dates, legal references, proposals and places from one article.

    Metadata (url, title, province, date) comes from the caller or a sidecar file;
    `date` supplies the year of a day/month written without one. Raises
    `EmptyDocumentError` when there is no text and `TooLongError` beyond `max_chars`.
    """
    if not isinstance(text, str):
        raise VnextractError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise EmptyDocumentError("the document has no text")
    if max_chars is not None and len(text) > max_chars:
        raise TooLongError(f"the document has {len(text)} characters, more than the limit of {max_chars}")
    res = load_resources()
    nlp = load_nlp()
    year_match = _YEAR.match(date or "")
    head = headline(text)
    doc_province = canonical_province(province)
    meta_warnings = [f"unknown_province: {province!r} is not one of Viet Nam's provinces"] \
        if province and doc_province is None else []
    year = int(year_match.group(1)) if year_match else None
    found: dict[str, list[Any]] = {k: [] for k in ("people", "numbers", "dates", "legal_refs", "proposals",
                                                  "organizations", "locations")}
    block_people: list[list[Person]] = []
    for b, (start, end) in enumerate(text_blocks(text)):
        ctx = Context(nlp(text[start:end]), res, province=doc_province, year=year, base=start, full_text=text)
        locations = extract_locations(ctx)
        if doc_province is None:
            # The main province, from the first block (the title counts triple).
            title_end = text.find(head) + len(head) if head else 0
            doc_province = ctx.province = main_province(locations, title_end, res.province_names)
        people = extract_people(ctx)
        block_people.append(people)
        proposals = extract_proposals(ctx, people)
        for p in proposals:
            if p.proposer is not None:  # a proposer may be shared by several proposals: copy it
                p.proposer = p.proposer.model_copy(update={"people": [f"{b}:{i}" for i in p.proposer.people]})
        found["locations"] += locations
        found["numbers"] += describe(ctx, extract_numbers(ctx), people, locations)
        found["dates"] += extract_dates(ctx)
        found["legal_refs"] += extract_legal_refs(ctx)
        found["proposals"] += proposals
        found["organizations"] += extract_organizations(ctx)
    people, ids = _merge_people(block_people)
    for p in found["proposals"]:
        if p.proposer is not None:
            p.proposer.people = [ids[(int(b), i)] for b, i in (x.split(":", 1) for x in p.proposer.people)]
            p.proposer.person = p.proposer.people[0] if p.proposer.people else None
    found["proposals"] = infer_proposers(found["proposals"])
    return Document(
        id=id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],
        source=Source(path=path, url=url, sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
                      encoding=encoding),
        title=title or head,
        province=doc_province,
        date=date,
        event_date=event_date(found["dates"][:5], year),
        warnings=[*(warnings or []), *meta_warnings, *warnings_for(text, res.credit_words)],
        text=text if keep_text else None,
        people=people,
        **{k: v for k, v in found.items() if k != "people"},
    )


def extract_many(records: Iterable[str | dict[str, Any]]) -> Iterator[Document | ErrorRecord]:
    """Extract many texts, or records ({"text": …, "id": …, metadata}), with the models loaded once.

    A record that fails yields an `ErrorRecord` instead, so a batch never stops on one document.
    """
    for n, rec in enumerate(records, 1):
        if isinstance(rec, str):
            rec = {"text": rec}
        if not isinstance(rec, dict):
            yield ErrorRecord(id=f"doc{n}", error=ErrorInfo(
                type="input_error", message=f"a record must be a string or a dict, not {type(rec).__name__}"))
            continue
        rec_id = str(rec.get("id") or f"doc{n}")
        meta = {k: v for k, v in rec.items() if k not in ("text", "id")}
        try:
            yield extract(rec.get("text"), id=rec_id, **meta)  # type: ignore[arg-type]
        except VnextractError as exc:
            yield ErrorRecord(id=rec_id, error=ErrorInfo(type=exc.type, message=exc.message))
