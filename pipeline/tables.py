"""Flat tables from extraction output: one row per document, person, role, number, proposal,
date, legal reference, organisation and location, keyed by document id (for Parquet files and
pandas DataFrames).

Dates are typed (`datetime.date`, Parquet date32) where the text gives a whole day; the ISO
string as written ("2023-11", "--11-15") stays beside it.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import InputError

TABLES = ("documents", "people", "roles", "numbers", "proposals", "dates", "legal_refs", "organizations",
          "locations")

# Column types, for Parquet schemas (pyarrow type names) — one place to change a column.
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {"doc_id": "string", "path": "string", "url": "string", "sha256": "string", "encoding": "string",
                  "title": "string", "province": "string", "date": "date", "date_text": "string",
                  "event_date": "date", "event_date_text": "string", "warnings": "list<string>",
                  "error_type": "string", "error_message": "string", "n_people": "int64", "n_numbers": "int64",
                  "n_proposals": "int64"},
    "people": {"doc_id": "string", "person_id": "string", "name": "string", "honorific": "string",
               "n_mentions": "int64", "first_start": "int64"},
    "roles": {"doc_id": "string", "person_id": "string", "name": "string", "text": "string", "title": "string",
              "organization": "string", "role_province": "string", "former": "bool", "start": "int64", "end": "int64"},
    "numbers": {"doc_id": "string", "text": "string", "value": "double", "unit": "string", "kind": "string",
                "approximate": "bool", "qualifier": "string", "measure": "string", "period": "string",
                "place": "string", "indicator": "string", "indicator_label": "string", "sentence": "string",
                "start": "int64", "end": "int64"},
    "proposals": {"doc_id": "string", "trigger": "string", "proposer": "string", "proposer_person": "string",
                  "proposer_people": "list<string>", "proposer_inferred": "bool", "addressee": "string", "content": "string", "start": "int64",
                  "end": "int64"},
    "dates": {"doc_id": "string", "text": "string", "value": "string", "day": "date", "start": "int64",
              "end": "int64"},
    "legal_refs": {"doc_id": "string", "text": "string", "type": "string", "number": "string", "name": "string",
                   "start": "int64", "end": "int64"},
    "organizations": {"doc_id": "string", "text": "string", "canonical": "string", "label": "string",
                      "start": "int64", "end": "int64"},
    "locations": {"doc_id": "string", "text": "string", "canonical": "string", "label": "string",
                  "start": "int64", "end": "int64"},
}


def as_date(value: Any) -> dt.date | None:
    """The day an ISO string names ("2023-11-15", or a timestamp starting with one), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _pick(record: dict[str, Any], table: str, **extra: Any) -> dict[str, Any]:
    row = {col: record.get(col) for col in COLUMNS[table]}
    row.update(extra)
    return row


def document_rows(rec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for one output line (a document or an error record)."""
    doc_id = rec["id"]
    source = rec.get("source") or {}
    error = rec.get("error") or {}
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["documents"].append({
        "doc_id": doc_id, "path": source.get("path"), "url": source.get("url"), "sha256": source.get("sha256"),
        "encoding": source.get("encoding"), "title": rec.get("title"), "province": rec.get("province"),
        "date": as_date(rec.get("date")), "date_text": rec.get("date"), "event_date": as_date(rec.get("event_date")),
        "event_date_text": rec.get("event_date"), "warnings": list(rec.get("warnings") or []),
        "error_type": error.get("type"), "error_message": error.get("message"),
        "n_people": len(rec.get("people") or []), "n_numbers": len(rec.get("numbers") or []),
        "n_proposals": len(rec.get("proposals") or [])})
    for p in rec.get("people") or []:
        mentions = p.get("mentions") or []
        out["people"].append({"doc_id": doc_id, "person_id": p["id"], "name": p["name"], "honorific": p.get("honorific"),
                              "n_mentions": len(mentions), "first_start": mentions[0]["start"] if mentions else None})
        for r in p.get("roles") or []:
            out["roles"].append(_pick(r, "roles", doc_id=doc_id, person_id=p["id"], name=p["name"],
                                            role_province=r.get("province")))
    for n in rec.get("numbers") or []:
        out["numbers"].append(_pick(n, "numbers", doc_id=doc_id))
    for q in rec.get("proposals") or []:
        proposer = q.get("proposer") or {}
        out["proposals"].append(_pick(q, "proposals", doc_id=doc_id, proposer=proposer.get("text"),
                                      proposer_person=proposer.get("person"),
                                      proposer_people=list(proposer.get("people") or []),
                                      proposer_inferred=bool(proposer.get("inferred"))))
    for d in rec.get("dates") or []:
        out["dates"].append(_pick(d, "dates", doc_id=doc_id, day=as_date(d.get("value"))))
    for table in ("legal_refs", "organizations", "locations"):
        for item in rec.get(table) or []:
            out[table].append(_pick(item, table, doc_id=doc_id))
    return out


def read_output(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines extraction output, one at a time; a line that is not a record
    (malformed JSON, undecodable bytes, no "id") raises InputError naming the line."""
    try:
        with path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                if not raw.strip():
                    continue
                try:
                    rec = json.loads(raw.decode("utf-8"))
                except (ValueError, RecursionError) as exc:
                    raise InputError(f"{path}:{n}: not a JSON line ({type(exc).__name__})") from exc
                if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
                    raise InputError(f"{path}:{n}: not an extraction record (no \"id\")")
                yield rec
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc


def rows(records: Iterable[dict[str, Any]], table: str) -> Iterator[dict[str, Any]]:
    """All rows of one table over many output lines."""
    for rec in records:
        yield from document_rows(rec)[table]
