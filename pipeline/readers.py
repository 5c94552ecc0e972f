"""Reading inputs: .txt files (with NAME.meta.json sidecars), .json/.jsonl records, directories, stdin."""
from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decoding import decode
from .errors import InputError

TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".json", ".jsonl")
# Files that sit beside articles but are not input: sidecar metadata and gold annotations.
NOT_INPUT = (".meta.json", ".gold.json")
META_KEYS = ("id", "url", "title", "province", "date")


@dataclass
class InputRecord:
    """One document to extract, or the error that prevented reading it."""

    id: str
    text: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    error: InputError | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {"text": self.text, "id": self.id, **self.meta}


def _decode(raw: bytes, where: str) -> tuple[str, str]:
    decoded = decode(raw, where)
    return decoded.text, decoded.encoding


def _sidecar(path: Path) -> dict[str, Any]:
    meta_path = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not meta_path.exists():
        return {}
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: data.get(k) for k in ("url", "title", "province", "date") if data.get(k)}


def read_text_file(path: Path) -> InputRecord:
    """A .txt article; metadata from NAME.meta.json beside it when present."""
    rid = path.name[: -len(path.suffix)] if path.suffix else path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return InputRecord(rid, meta={"path": str(path)}, error=InputError(f"cannot read {path}: {exc.strerror}"))
    meta = {"path": str(path), "sha256": hashlib.sha256(raw).hexdigest(), **_sidecar(path)}
    try:
        text, meta["encoding"] = _decode(raw, str(path))
    except InputError as exc:
        return InputRecord(rid, meta=meta, error=exc)
    return InputRecord(rid, text, meta)


def _record(obj: Any, default_id: str, where: str) -> InputRecord:
    if not isinstance(obj, dict):
        return InputRecord(default_id, error=InputError(f"{where}: a record must be a JSON object"))
    raw_id = obj.get("id")
    rid = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id) else default_id
    text = obj.get("text")
    meta: dict[str, Any] = {"path": where.split(":")[0]}
    wrong = [k for k in META_KEYS[1:] if obj.get(k) is not None and not isinstance(obj[k], str)]
    if wrong:
        return InputRecord(rid, meta=meta, error=InputError(f"{where}: field {wrong[0]!r} must be a string"))
    meta.update({k: obj[k] for k in META_KEYS[1:] if obj.get(k) is not None})
    if not isinstance(text, str):
        return InputRecord(rid, meta=meta, error=InputError(f"{where}: record has no 'text' string"))
    meta["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return InputRecord(rid, text, meta)


def read_records(path: Path) -> Iterator[InputRecord]:
    """Records from a .json (object or list) or .jsonl file: each needs `text`."""
    stem = path.name[: -len(path.suffix)]
    try:
        content, _ = _decode(path.read_bytes(), str(path))
    except OSError as exc:
        yield InputRecord(stem, error=InputError(f"cannot read {path}: {exc.strerror}"))
        return
    except InputError as exc:
        yield InputRecord(stem, error=exc)
        return
    yield from _parse_records(content, stem, str(path), jsonl=path.suffix == ".jsonl")


def _parse_records(content: str, stem: str, where: str, jsonl: bool) -> Iterator[InputRecord]:
    if jsonl:
        for n, line in enumerate(content.splitlines(), 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield InputRecord(f"{stem}:{n}", error=InputError(f"{where}:{n}: not JSON: {exc}"))
                continue
            yield _record(obj, f"{stem}:{n}", f"{where}:{n}")
        return
    try:
        data = json.loads(content)
    except ValueError as exc:
        yield InputRecord(stem, error=InputError(f"{where}: not JSON: {exc}"))
        return
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, 1):
        yield _record(obj, stem if len(items) == 1 else f"{stem}:{n}", where if len(items) == 1 else f"{where}:{n}")


def is_input_file(path: Path) -> bool:
    """True for article and record files; False for sidecars, gold files and anything else."""
    name = path.name
    return not name.endswith(NOT_INPUT) and path.suffix in TEXT_SUFFIXES + RECORD_SUFFIXES


def iter_inputs(paths: list[str]) -> Iterator[InputRecord]:
    """Every document under the given paths, directories walked recursively in sorted order; '-' is stdin."""
    for p in paths:
        if p == "-":
            content = sys.stdin.read()
            if content.lstrip().startswith("{"):
                yield from _parse_records(content, "stdin", "<stdin>", jsonl=True)
            else:
                yield InputRecord("stdin", content, {"sha256": hashlib.sha256(content.encode("utf-8")).hexdigest()})
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and is_input_file(child):
                    yield from _read(child)
        elif path.exists():
            yield from _read(path)
        else:
            yield InputRecord(path.stem or p, meta={"path": p}, error=InputError(f"no such file or directory: {p}"))


def _read(path: Path) -> Iterator[InputRecord]:
    if path.suffix in RECORD_SUFFIXES and not path.name.endswith(NOT_INPUT):
        yield from read_records(path)
    else:
        yield read_text_file(path)
