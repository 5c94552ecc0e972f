"""One text in, one `Document` out: the NLP layer, then every extractor."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import EmptyDocumentError, VnextractError
from .extractors.context import Context
from .extractors.dates import event_date, extract_dates, extract_legal_refs
from .extractors.entities import extract_locations, extract_organizations, headline, main_province, warnings_for
from .extractors.numbers import extract_numbers
from .extractors.people import extract_people
from .extractors.proposals import extract_proposals
from .nlp import load_nlp
from .resources import load_resources
from .schema import Document, ErrorInfo, ErrorRecord, Source

_YEAR = re.compile(r"^(\d{4})")


def canonical_province(name: str | None) -> str | None:
    """Canonical province name for any known spelling ("TP.HCM" -> "Hồ Chí Minh"); unknown names kept."""
    if not name:
        return None
    found = load_resources().provinces.get(name)
    return str(found) if found else name.strip()


def extract(text: str, *, id: str | None = None, url: str | None = None, path: str | None = None,
            title: str | None = None, province: str | None = None, date: str | None = None,
            sha256: str | None = None, **_: Any) -> Document:
    """Extract people, roles, numbers, dates, legal references, proposals and places from one article.

    Metadata (url, title, province, date) comes from the caller or a sidecar file;
    `date` supplies the year of a day/month written without one. Raises
    `EmptyDocumentError` when there is no text.
    """
    if not isinstance(text, str):
        raise VnextractError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise EmptyDocumentError("the document has no text")
    res = load_resources()
    doc = load_nlp()(text)
    year_match = _YEAR.match(date or "")
    meta_province = canonical_province(province)
    ctx = Context(doc, res, province=meta_province, year=int(year_match.group(1)) if year_match else None)
    head = headline(text)
    locations = extract_locations(ctx)
    if ctx.province is None:
        title_end = text.find(head) + len(head) if head else 0
        ctx.province = main_province(locations, title_end)
    people = extract_people(ctx)
    dates = extract_dates(ctx)
    return Document(
        id=id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:12],
        source=Source(path=path, url=url, sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()),
        title=title or head,
        province=ctx.province,
        event_date=event_date(dates[:5], ctx.year),
        warnings=warnings_for(text),
        people=people,
        numbers=extract_numbers(ctx),
        dates=dates,
        legal_refs=extract_legal_refs(ctx),
        proposals=extract_proposals(ctx, people),
        organizations=extract_organizations(ctx),
        locations=locations,
    )


def extract_many(records: Iterable[dict[str, Any]]) -> Iterator[Document | ErrorRecord]:
    """Extract many records ({"text": …, "id": …, metadata}) with the models loaded once.

    A record that fails yields an `ErrorRecord` instead, so a batch never stops on one document.
    """
    for n, rec in enumerate(records, 1):
        rec_id = str(rec.get("id") or f"doc{n}")
        meta = {k: v for k, v in rec.items() if k not in ("text", "id")}
        try:
            yield extract(rec.get("text"), id=rec_id, **meta)  # type: ignore[arg-type]
        except VnextractError as exc:
            yield ErrorRecord(id=rec_id, error=ErrorInfo(type=exc.type, message=exc.message))
