"""Output writers: JSON Lines (default) and one Parquet table per entity.

Both are fed results in input order and write as they go: nothing holds the whole
batch in memory.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .tables import COLUMNS, TABLES, document_rows


class JsonlWriter:
    """One JSON line per result, each written whole and flushed: a killed run leaves whole lines only
    (a line torn by the kill is dropped by --resume)."""

    def __init__(self, path: Path | None, append: bool = False) -> None:
        self.path = path
        if path is None:
            self._fh: IO[str] = sys.stdout
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._fh = path.open("a" if append else "w", encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot write {path}: {exc.strerror}") from exc

    def write(self, line: str) -> None:
        self._fh.write(line + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self.path is not None:
            self._fh.close()


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
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create {self.dir}: {exc.strerror}") from exc
        self._schemas = {t: pa.schema([(c, _arrow_type(k)) for c, k in COLUMNS[t].items()]) for t in TABLES}
        self._writers = {t: pq.ParquetWriter(self.dir / f"{t}.parquet.part", self._schemas[t]) for t in TABLES}
        self._buffer: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._docs = 0

    def write(self, line: str) -> None:
        for table, rows in document_rows(json.loads(line)).items():
            self._buffer[table].extend(rows)
        self._docs += 1
        if self._docs % self.ROW_GROUP_DOCS == 0:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        for table, rows in self._buffer.items():
            if rows:
                self._writers[table].write_table(pa.Table.from_pylist(rows, schema=self._schemas[table]))
                rows.clear()

    def close(self) -> None:
        self._flush()
        for table, writer in self._writers.items():
            writer.close()
            os.replace(self.dir / f"{table}.parquet.part", self.dir / f"{table}.parquet")
