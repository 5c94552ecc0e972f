"""Reading inputs: .txt files (with NAME.meta.json sidecars), .json/.jsonl records, directories, stdin."""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .decoding import decode
from .errors import BinaryInputError, InputError, NoArticleError, TooLongError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".json", ".jsonl", ".jsonl.gz", ".json.gz")
# An HTML page whose extracted body has fewer words than this holds no article.
MIN_ARTICLE_WORDS = 20
# Files that sit beside articles but are not input: sidecar metadata and gold annotations.
NOT_INPUT = (".meta.json", ".gold.json")
META_KEYS = ("id", "url", "title", "province", "date")
# Limits that keep every process's memory bounded whatever the input (bytes).
MAX_DOCUMENT_BYTES = 32 << 20   # one .txt/.html file, one JSON Lines line, one .json file
MAX_EXPANDED_BYTES = 8 << 30    # everything a compressed file expands to
_CHUNK = 1 << 20
_SURROGATE = re.compile("[\ud800-\udfff]")


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


def clean(value: str) -> str:
    """The string with lone surrogates (from "\\ud800" in JSON, or a file name that is not UTF-8)
    replaced by U+FFFD, so that it can be written as UTF-8."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)


def _with_warnings(meta: dict[str, Any], warnings: tuple[str, ...] | list[str]) -> dict[str, Any]:
    if warnings:
        meta["warnings"] = [*meta.get("warnings", []), *warnings]
    return meta


def _sidecar(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Metadata from NAME.meta.json beside NAME.txt, and warnings about a sidecar that cannot be used."""
    meta_path = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if not meta_path.exists():
        return {}, []
    try:
        data = json.loads(_read_bounded(meta_path, 1 << 20).decode("utf-8"))
    except (OSError, ValueError, RecursionError, InputError) as exc:
        return {}, [f"sidecar_ignored: {clean(meta_path.name)} could not be read ({type(exc).__name__})"]
    if not isinstance(data, dict):
        return {}, [f"sidecar_ignored: {clean(meta_path.name)} is not a JSON object"]
    wrong = [k for k in META_KEYS[1:] if data.get(k) is not None and not isinstance(data[k], str)]
    meta = {k: clean(data[k]) for k in META_KEYS[1:] if isinstance(data.get(k), str) and data[k]}
    return meta, [f"sidecar_field_ignored: {k!r} in {clean(meta_path.name)} is not a string" for k in wrong]


def _read_bounded(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """The (gunzipped) bytes of a regular file, at most `limit` of them (raises InputError,
    TooLongError, or OSError / zlib.error for an unreadable file or a corrupt gzip stream)."""
    with _open_binary(path) as fh:
        raw = fh.read(limit + 1)
    if len(raw) > limit:
        raise TooLongError(f"{clean(str(path))} is larger than {limit >> 20} MiB")
    return raw


def read_text_file(path: Path) -> InputRecord:
    """A .txt article; metadata from NAME.meta.json beside it when present."""
    rid, where = clean(_stem(path)), clean(str(path))
    try:
        raw = _read_bounded(path)
    except OSError as exc:
        return InputRecord(rid, meta={"path": where}, error=InputError(f"cannot read {where}: {exc.strerror}"))
    except InputError as exc:
        return InputRecord(rid, meta={"path": where}, error=exc)
    sidecar, notes = _sidecar(path)
    meta = {"path": where, "sha256": hashlib.sha256(raw).hexdigest(), **sidecar}
    try:
        decoded = decode(raw, where)
    except InputError as exc:
        return InputRecord(rid, meta=meta, error=exc)
    meta["encoding"] = decoded.encoding
    return InputRecord(rid, decoded.text, _with_warnings(meta, [*notes, *decoded.warnings]))


def _record(obj: Any, default_id: str, where: str, path: str) -> InputRecord:
    if not isinstance(obj, dict):
        return InputRecord(default_id, error=InputError(f"{where}: a record must be a JSON object"))
    raw_id = obj.get("id")
    rid = clean(str(raw_id)) if isinstance(raw_id, (str, int)) and str(raw_id) else default_id
    text = obj.get("text")
    meta: dict[str, Any] = {"path": path}
    wrong = [k for k in META_KEYS[1:] if obj.get(k) is not None and not isinstance(obj[k], str)]
    if wrong:
        return InputRecord(rid, meta=meta, error=InputError(f"{where}: field {wrong[0]!r} must be a string"))
    meta.update({k: clean(obj[k]) for k in META_KEYS[1:] if obj.get(k) is not None})
    if not isinstance(text, str):
        return InputRecord(rid, meta=meta, error=InputError(f"{where}: record has no 'text' string"))
    cleaned = clean(text)
    if cleaned is not text:
        _with_warnings(meta, ["lone_surrogates: invalid UTF-16 surrogates in the text were replaced by U+FFFD"])
    meta["sha256"] = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()
    return InputRecord(rid, cleaned, meta)


def _loads(data: str | bytes, where: str) -> tuple[Any, InputError | None]:
    """One JSON value, or the error that stops it (malformed, or nested too deeply for Python)."""
    try:
        return json.loads(data), None
    except RecursionError:
        return None, InputError(f"{where}: JSON nested too deeply")
    except ValueError as exc:
        return None, InputError(f"{where}: not JSON: {exc}")


def _open_binary(path: Path) -> IO[bytes]:
    """A regular file opened for reading, gunzipped on the fly for .gz (raises InputError or OSError)."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise InputError(f"{clean(str(path))} is not a regular file")
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]  # closes the file with the stream
    return path.open("rb")


def _lines(fh: IO[bytes], where: str, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) of a JSON Lines stream split on b"\\n" only (U+2028 and other separators
    inside strings are text); a line longer than `limit` comes as None and is skipped in chunks, so
    memory stays bounded; the stream stops with InputError past MAX_EXPANDED_BYTES."""
    limit = limit or MAX_DOCUMENT_BYTES
    total, n = 0, 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        n += 1
        total += len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the over-long line
                line = fh.readline(_CHUNK)
                total += len(line)
                if total > MAX_EXPANDED_BYTES:
                    raise InputError(f"{where} expands to more than {MAX_EXPANDED_BYTES >> 30} GiB")
            yield n, None
            continue
        if total > MAX_EXPANDED_BYTES:
            raise InputError(f"{where} expands to more than {MAX_EXPANDED_BYTES >> 30} GiB")
        yield n, line


def _parse_line(line: bytes, stem: str, where: str, n: int) -> InputRecord | None:
    """One JSON Lines record from its bytes (decoded on their own: one bad line spoils no other)."""
    if not line.strip():
        return None
    at = f"{where}:{n}"
    try:
        text = line.decode("utf-8")
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError:
        try:
            decoded = decode(line, at)
        except InputError as exc:
            return InputRecord(f"{stem}:{n}", error=exc)
        text, warnings = decoded.text, decoded.warnings
    obj, error = _loads(text, at)
    if error is not None:
        return InputRecord(f"{stem}:{n}", error=error)
    rec = _record(obj, f"{stem}:{n}", at, where)
    _with_warnings(rec.meta, warnings)
    return rec


def read_jsonl(fh: IO[bytes], stem: str, where: str) -> Iterator[InputRecord]:
    """Records of a JSON Lines stream, one line at a time."""
    for n, line in _lines(fh, where):
        if line is None:
            yield InputRecord(f"{stem}:{n}", error=TooLongError(
                f"{where}:{n}: line longer than {MAX_DOCUMENT_BYTES >> 20} MiB"))
            continue
        rec = _parse_line(line, stem, where, n)
        if rec is not None:
            yield rec


def read_records(path: Path) -> Iterator[InputRecord]:
    """Records from a .json (object or list) or .jsonl file, gzip-compressed or not: each needs `text`.

    JSON Lines are read one line at a time; a .json file must fit in MAX_DOCUMENT_BYTES (use JSON
    Lines for more). A fault (unreadable, corrupt gzip, too large) becomes one error record, after
    the records read before it.
    """
    stem, where = clean(_stem(path)), clean(str(path))
    jsonl = _suffix(path).startswith(".jsonl")
    try:
        if jsonl:
            with _open_binary(path) as fh:
                yield from read_jsonl(fh, stem, where)
            return
        raw = _read_bounded(path)
    except InputError as exc:  # TooLongError too: a .json file over the limit should be JSON Lines
        yield InputRecord(stem, meta={"path": where}, error=exc)
        return
    except (OSError, EOFError, zlib.error) as exc:
        message = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield InputRecord(stem, meta={"path": where}, error=InputError(f"cannot read {where}: {message}"))
        return
    try:
        content = decode(raw, where).text
    except InputError as exc:
        yield InputRecord(stem, meta={"path": where}, error=exc)
        return
    data, error = _loads(content, where)
    if error is not None:
        yield InputRecord(stem, meta={"path": where}, error=error)
        return
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, 1):
        yield _record(obj, stem if len(items) == 1 else f"{stem}:{n}", where if len(items) == 1 else f"{where}:{n}",
                      where)


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

    rid, where = clean(_stem(path)), clean(str(path))
    try:
        raw = _read_bounded(path)
    except OSError as exc:
        return InputRecord(rid, meta={"path": where}, error=InputError(f"cannot read {where}: {exc.strerror}"))
    except InputError as exc:
        return InputRecord(rid, meta={"path": where}, error=exc)
    meta: dict[str, Any] = {"path": where, "sha256": hashlib.sha256(raw).hexdigest(), "encoding": "html"}
    if b"\x00" in raw[:4096]:
        return InputRecord(rid, meta=meta, error=BinaryInputError(f"{where} holds NUL bytes: binary, not HTML"))
    try:
        page = bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # lxml/trafilatura parse failures on broken markup
        return InputRecord(rid, meta=meta, error=NoArticleError(f"{where}: the page could not be parsed ({exc})"))
    body = (page.text or "") if page is not None else ""
    title = (page.title or "").strip() if page is not None else ""
    if len(body.split()) - len(title.split()) < MIN_ARTICLE_WORDS:
        return InputRecord(rid, meta=meta, error=NoArticleError(f"{where}: no article text found in the page"))
    if title and not body.startswith(title):
        body = f"{title}\n{body}"
    meta.update({k: clean(v) for k, v in (("url", page.url), ("title", title or None), ("date", page.date)) if v})
    sidecar, notes = _sidecar(path)
    meta.update(sidecar)
    _with_warnings(meta, notes)
    meta["keep_text"] = True
    return InputRecord(rid, clean(body), meta)


def read_stdin(fh: IO[bytes]) -> Iterator[InputRecord]:
    """Standard input: JSON Lines when it starts with "{" (read a line at a time), else one text."""
    head = fh.read(1)
    while head and head.isspace():
        head = fh.read(1)
    if head == b"{":
        yield from read_jsonl(_Prefixed(head, fh), "stdin", "<stdin>")
        return
    raw = head + fh.read(MAX_DOCUMENT_BYTES)
    if len(raw) > MAX_DOCUMENT_BYTES:
        yield InputRecord("stdin", error=TooLongError(f"standard input is larger than {MAX_DOCUMENT_BYTES >> 20} MiB"))
        return
    try:
        decoded = decode(raw, "<stdin>") if raw.strip() else None
    except InputError as exc:
        yield InputRecord("stdin", error=exc)
        return
    text = decoded.text if decoded else ""
    meta = {"sha256": hashlib.sha256(raw).hexdigest(), "encoding": decoded.encoding if decoded else "utf-8"}
    yield InputRecord("stdin", text, _with_warnings(meta, decoded.warnings if decoded else ()))


class _Prefixed(io.RawIOBase):
    """A byte stream with bytes already read put back in front (for peeking at stdin)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        if self._head:
            head, self._head = self._head, b""
            if head.endswith(b"\n"):
                return head
            return head + self._rest.readline(-1 if size is None or size < 0 else max(0, size - len(head)))
        return self._rest.readline(-1 if size is None else size)


def iter_inputs(paths: list[str], exclude: Path | None = None) -> Iterator[InputRecord]:
    """Every document under the given paths, directories walked recursively in sorted order; '-' is stdin.

    `exclude` (the batch's own output file or directory) is never read as input.
    """
    skip = exclude.resolve() if exclude is not None else None
    for p in paths:
        if p == "-":
            yield from read_stdin(sys.stdin.buffer)
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
