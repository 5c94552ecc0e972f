"""Batch running: many inputs in, JSON Lines out, one line per input, errors included."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import InputError, VnextractError
from .extraction import extract
from .readers import InputRecord, iter_inputs
from .schema import Document, ErrorInfo, ErrorRecord, Source


@dataclass
class Row:
    """One line of the run summary."""

    id: str
    people: int = 0
    numbers: int = 0
    proposals: int = 0
    error: str | None = None


@dataclass
class Summary:
    """What a batch did: one row per input."""

    rows: list[Row] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return len(self.rows)

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r.error)

    @property
    def succeeded(self) -> int:
        return self.documents - self.failed


def process(rec: InputRecord, max_chars: int | None = None) -> Document | ErrorRecord:
    """Extract one input record; any failure becomes an ErrorRecord (never raises)."""
    source = Source(path=rec.meta.get("path"), url=rec.meta.get("url"), sha256=rec.meta.get("sha256", ""),
                    encoding=rec.meta.get("encoding")) if rec.meta.get("sha256") else None
    if rec.error is not None:
        return ErrorRecord(id=rec.id, source=source, error=ErrorInfo(type=rec.error.type, message=rec.error.message))
    try:
        return extract(**rec.as_kwargs(), max_chars=max_chars)
    except VnextractError as exc:
        return ErrorRecord(id=rec.id, source=source, error=ErrorInfo(type=exc.type, message=exc.message))
    except Exception as exc:  # a bug must not kill the batch: report it on that document
        return ErrorRecord(id=rec.id, source=source,
                           error=ErrorInfo(type="internal_error", message=f"{type(exc).__name__}: {exc}"))


def _row(result: Document | ErrorRecord) -> Row:
    if isinstance(result, ErrorRecord):
        return Row(result.id, error=f"{result.error.type}: {result.error.message}")
    return Row(result.id, len(result.people), len(result.numbers), len(result.proposals))


def _unique_id(rec: InputRecord, seen: dict[str, int]) -> InputRecord:
    """A later record with an id already used in this batch is renamed "id#2", "id#3" … and says so."""
    count = seen.get(rec.id, 0) + 1
    seen[rec.id] = count
    if count == 1:
        return rec
    new_id = f"{rec.id}#{count}"
    while new_id in seen:
        count += 1
        new_id = f"{rec.id}#{count}"
    seen[new_id] = 1
    note = f"duplicate_id: another input in this batch already had id {rec.id!r}; renamed {new_id!r}"
    return InputRecord(new_id, rec.text, {**rec.meta, "warnings": [*rec.meta.get("warnings", []), note]}, rec.error)


def write_results(records: Iterable[InputRecord], stream: IO[str], max_chars: int | None = None) -> Summary:
    """Extract every record and write one JSON line each to `stream`, flushing as it goes."""
    summary = Summary()
    seen: dict[str, int] = {}
    for rec in records:
        rec = _unique_id(rec, seen)
        result = process(rec, max_chars)
        stream.write(result.model_dump_json() + "\n")
        stream.flush()
        summary.rows.append(_row(result))
    return summary


def run_batch(paths: list[str], output: Path | None = None, max_chars: int | None = None) -> Summary:
    """Extract everything under `paths` into `output` (JSON Lines; stdout when None).

    The output file is written under a temporary name and renamed at the end, so a
    killed run never leaves a half-written file in its place.
    """
    if output is None:
        return write_results(iter_inputs(paths), sys.stdout, max_chars)
    output = Path(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8") as fh:
            summary = write_results(iter_inputs(paths), fh, max_chars)
        os.replace(tmp, output)
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from exc
    return summary
