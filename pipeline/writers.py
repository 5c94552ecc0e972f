"""Output writers: JSON Lines (default) and one Parquet table per entity.

Both are fed results in input order and write as they go: nothing holds the whole
batch in memory. Both write beside their target and put the result in place only when the
run completes, under an exclusive lock: an interrupted or failed run never leaves an old
output half-overwritten, and two runs never write the same output.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from .errors import OutputError
from .tables import COLUMNS, TABLES, document_rows


def part_path(path: Path) -> Path:
    """Where a run writes until it completes: NAME.part beside NAME."""
    return path.with_name(path.name + ".part")


class OutputLock:
    """An exclusive lock on an output path for the whole run: a second writer is refused."""

    def __init__(self, path: Path) -> None:
        import fcntl

        self.path = path.with_name(f".{path.name}.lock")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("a")
            fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            self._fh.close()
            raise OutputError(f"{path} is being written by another run") from exc
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror}") from exc

    def release(self) -> None:
        self.path.unlink(missing_ok=True)
        self._fh.close()


# Error records worth computing again on --resume: they depend on the run, not on the input.
STALE_ERRORS = ("timeout", "internal_error")


class JsonlWriter:
    """One JSON line per result, each written whole and flushed, to NAME.part; renamed to NAME only
    when the run completes, so an existing output is never left half-written. A killed run leaves
    whole lines in NAME.part (a torn last line is dropped), from which --resume goes on."""

    def __init__(self, path: Path | None, resume: bool = False) -> None:
        self.path = path
        self.done: set[tuple[str, str | None]] = set()
        self._kept: set[str] = set()
        self._rewritten: set[str] = set()
        if path is None:
            self._fh: IO[str] = sys.stdout
            return
        self._lock = OutputLock(path)
        self._part = part_path(path)
        try:
            if resume:
                self._start_from_previous()
                self._fh = self._part.open("a", encoding="utf-8")
            else:
                self._fh = self._part.open("w", encoding="utf-8")
        except OSError as exc:
            self._lock.release()
            raise OutputError(f"cannot write {path}: {exc.strerror}") from exc

    def _start_from_previous(self) -> None:
        """NAME.part (a killed run) or NAME, cut to whole lines that still hold: undecodable lines,
        torn lines and stale error records (timeouts, internal errors) are dropped."""
        assert self.path is not None
        source = self._part if self._part.exists() else self.path
        if not source.exists():
            return
        fresh = self._part.with_name(self._part.name + ".new")
        with source.open("rb") as src, fresh.open("wb") as dst:
            for raw in src:
                if not raw.endswith(b"\n"):
                    break  # torn by a kill
                try:
                    rec = json.loads(raw)
                except (ValueError, RecursionError):
                    continue
                if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
                    continue
                if (rec.get("error") or {}).get("type") in STALE_ERRORS:
                    continue
                dst.write(raw)
                self._kept.add(rec["id"])
                self.done.add((rec["id"], (rec.get("source") or {}).get("sha256")))
        os.replace(fresh, self._part)

    def write(self, line: str) -> None:
        if self._kept:
            rid = json.loads(line)["id"]
            if rid in self._kept:
                self._rewritten.add(rid)  # the input changed since: the old line goes at the end
        try:
            self._fh.write(line + "\n")
            self._fh.flush()
        except OSError as exc:
            raise OutputError(f"cannot write {self.path or 'stdout'}: {exc.strerror}") from exc

    def close(self, complete: bool = True) -> None:
        """Finish: rename NAME.part to NAME if the run completed, else leave it for --resume."""
        if self.path is None:
            return
        try:
            self._fh.close()
            if complete:
                if self._rewritten:
                    self._drop_superseded()
                os.replace(self._part, self.path)
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror}") from exc
        finally:
            self._lock.release()

    def _drop_superseded(self) -> None:
        """Remove the first (older) line of every id written again in this run."""
        fresh = self._part.with_name(self._part.name + ".new")
        first = set(self._rewritten)
        with self._part.open("rb") as src, fresh.open("wb") as dst:
            for raw in src:
                rid = json.loads(raw)["id"]
                if rid in first:
                    first.discard(rid)
                    continue
                dst.write(raw)
        os.replace(fresh, self._part)


def _arrow_type(name: str) -> Any:
    import pyarrow as pa

    if name == "list<string>":
        return pa.list_(pa.string())
    return {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
            "date": pa.date32()}[name]


class ParquetWriter:
    """DIR/documents.parquet, people.parquet, roles.parquet … written in row groups as results come;
    the files appear under their names only when the batch is complete."""

    ROW_GROUP_DOCS = 500

    def __init__(self, directory: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.dir = Path(directory)
        self.done: set[tuple[str, str | None]] = set()
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {self.dir}: {exc.strerror}") from exc
        self._lock = OutputLock(self.dir / "documents.parquet")
        self._schemas = {t: pa.schema([(c, _arrow_type(k)) for c, k in COLUMNS[t].items()]) for t in TABLES}
        self._writers = {t: pq.ParquetWriter(self.dir / f"{t}.parquet.part", self._schemas[t]) for t in TABLES}
        self._buffer: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._docs = 0

    def write(self, line: str) -> None:
        """Buffer one result's rows; a row group is written every ROW_GROUP_DOCS documents."""
        for table, rows in document_rows(json.loads(line)).items():
            self._buffer[table].extend(rows)
        self._docs += 1
        if self._docs % self.ROW_GROUP_DOCS == 0:
            try:
                self._flush()
            except OSError as exc:
                raise OutputError(f"cannot write {self.dir}: {exc.strerror}") from exc

    def _flush(self) -> None:
        import pyarrow as pa

        for table, rows in self._buffer.items():
            if rows:
                self._writers[table].write_table(pa.Table.from_pylist(rows, schema=self._schemas[table]))
                rows.clear()

    def close(self, complete: bool = True) -> None:
        """Finish: the tables replace the old ones only if the run completed; else the parts go."""
        try:
            if complete:
                self._flush()
            for writer in self._writers.values():
                writer.close()
            for table in TABLES:
                part = self.dir / f"{table}.parquet.part"
                if complete:
                    os.replace(part, self.dir / f"{table}.parquet")
                else:
                    part.unlink(missing_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot write {self.dir}: {exc.strerror}") from exc
        finally:
            self._lock.release()
