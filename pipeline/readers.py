"""Reading inputs: .txt files (with NAME.meta.json sidecars), .json/.jsonl records, directories, stdin."""
from __future__ import annotations

import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decoding import decode
from .errors import BinaryInputError, InputError, NoArticleError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".json", ".jsonl", ".jsonl.gz", ".json.gz")
# An HTML page whose extracted body has fewer words than this holds no article.
MIN_ARTICLE_WORDS = 20
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

    def to_payload(self) -> dict[str, Any]:
        """A plain dict to send to a worker process or a Dask worker."""
        error = None if self.error is None else {"type": self.error.type, "message": self.error.message}
        return {"id": self.id, "text": self.text, "meta": self.meta, "error": error}

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "InputRecord":
        error = None
        if payload.get("error"):
            error = InputError(payload["error"]["message"])
            error.type = payload["error"]["type"]
        return cls(payload["id"], payload.get("text"), dict(payload.get("meta") or {}), error)


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
    rid = _stem(path)
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
    """Records from a .json (object or list) or .jsonl file, gzip-compressed or not: each needs `text`."""
    stem = _stem(path)
    suffix = _suffix(path)
    try:
        raw = path.read_bytes()
        if suffix.endswith(".gz"):
            raw = gzip.decompress(raw)
        content, _ = _decode(raw, str(path))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputRecord(stem, error=InputError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}"))
        return
    except InputError as exc:
        yield InputRecord(stem, error=exc)
        return
    yield from _parse_records(content, stem, str(path), jsonl=suffix.startswith(".jsonl"))


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


def _suffix(path: Path) -> str:
    """The input kind of a file name: ".txt", ".html", ".jsonl.gz" …"""
    name = path.name.lower()
    for suffix in RECORD_SUFFIXES + HTML_SUFFIXES + TEXT_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _stem(path: Path) -> str:
    suffix = _suffix(path)
    return path.name[: -len(suffix)] if suffix and path.name.lower().endswith(suffix) else path.stem


def is_input_file(path: Path) -> bool:
    """True for article and record files; False for sidecars, gold files and anything else."""
    return not path.name.endswith(NOT_INPUT) and _suffix(path) in TEXT_SUFFIXES + HTML_SUFFIXES + RECORD_SUFFIXES


def read_html_file(path: Path) -> InputRecord:
    """A saved news page: the article's title and body, without menus, scripts and share buttons.

    trafilatura (Apache-2.0) finds the main text; offsets then refer to that text,
    which the output carries in `text`.
    """
    from trafilatura import bare_extraction

    rid = _stem(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return InputRecord(rid, meta={"path": str(path)}, error=InputError(f"cannot read {path}: {exc.strerror}"))
    meta: dict[str, Any] = {"path": str(path), "sha256": hashlib.sha256(raw).hexdigest(), "encoding": "html"}
    if b"\x00" in raw[:4096]:
        return InputRecord(rid, meta=meta, error=BinaryInputError(f"{path} holds NUL bytes: binary, not HTML"))
    try:
        page = bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # lxml/trafilatura parse failures on broken markup
        return InputRecord(rid, meta=meta, error=NoArticleError(f"{path}: the page could not be parsed ({exc})"))
    body = (page.text or "") if page is not None else ""
    title = (page.title or "").strip() if page is not None else ""
    if len(body.split()) - len(title.split()) < MIN_ARTICLE_WORDS:
        return InputRecord(rid, meta=meta, error=NoArticleError(f"{path}: no article text found in the page"))
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    meta.update({k: v for k, v in (("url", page.url), ("title", title or None), ("date", page.date)) if v})
    meta.update(_sidecar(path))
    meta["keep_text"] = True
    return InputRecord(rid, body, meta)


def iter_inputs(paths: list[str], exclude: Path | None = None) -> Iterator[InputRecord]:
    """Every document under the given paths, directories walked recursively in sorted order; '-' is stdin.

    `exclude` (the batch's own output file or directory) is never read as input.
    """
    skip = exclude.resolve() if exclude is not None else None
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
                if child.is_file() and is_input_file(child) and not _under(child, skip):
                    yield from _read(child)
        elif path.exists():
            yield from _read(path)
        else:
            yield InputRecord(path.stem or p, meta={"path": p}, error=InputError(f"no such file or directory: {p}"))


def _under(path: Path, skip: Path | None) -> bool:
    if skip is None:
        return False
    resolved = path.resolve()
    return resolved == skip or skip in resolved.parents


def _read(path: Path) -> Iterator[InputRecord]:
    suffix = _suffix(path)
    if suffix in RECORD_SUFFIXES and not path.name.endswith(NOT_INPUT):
        yield from read_records(path)
    elif suffix in HTML_SUFFIXES:
        yield read_html_file(path)
    else:
        yield read_text_file(path)
