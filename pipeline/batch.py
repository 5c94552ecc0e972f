"""Batch running: many inputs in, one result per input out, in input order.

Inputs stream from `readers.iter_inputs`; each becomes a plain dict sent to a worker
(this process, a process pool, or a Dask cluster), which loads the models once and
sends back the JSON line; results are written as they come, in input order, through
a bounded window (memory does not grow with the batch). A document that fails becomes
an error record; the batch goes on.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .errors import DocumentTimeoutError, InputError, VnextractError
from .readers import InputRecord, iter_inputs
from .schema import Document, ErrorInfo, ErrorRecord, Source

SHOWN_ROWS = 200  # the summary keeps per-document rows for the first documents only
DASK_CHUNK = 16   # documents per Dask task


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
    """What a batch did: counts, and rows for the first documents."""

    documents: int = 0
    failed: int = 0
    skipped: int = 0
    people: int = 0
    numbers: int = 0
    proposals: int = 0
    rows: list[Row] = field(default_factory=list)

    @property
    def succeeded(self) -> int:
        return self.documents - self.failed

    def add(self, row: Row) -> None:
        self.documents += 1
        self.failed += row.error is not None
        self.people += row.people
        self.numbers += row.numbers
        self.proposals += row.proposals
        if len(self.rows) < SHOWN_ROWS:
            self.rows.append(row)


@dataclass
class BatchOptions:
    """How to run a batch (every CLI option of `vnextract extract` has its field here)."""

    workers: int = 1
    engine: str = "local"            # "local" or "dask"
    scheduler: str | None = None     # a running Dask scheduler, e.g. tcp://10.0.0.5:8786
    doc_timeout: float | None = None
    max_chars: int | None = None
    resume: bool = False
    fmt: str = "jsonl"               # "jsonl" or "parquet"
    progress: bool = False


# --- the unit of work, run wherever the engine puts it ------------------------------------

def process(rec: InputRecord, max_chars: int | None = None) -> Document | ErrorRecord:
    """Extract one input record; any failure becomes an ErrorRecord (never raises)."""
    from .extraction import extract

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


class _Expired(BaseException):
    """Raised by the deadline timer. A BaseException, like KeyboardInterrupt, so that library code
    that swallows `Exception` (underthesea's feature functions do) cannot swallow it."""


@contextlib.contextmanager
def _deadline(seconds: float | None, doc_id: str) -> Iterator[None]:
    """Raise DocumentTimeoutError after `seconds` (only where signals can be used: a main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    fired = False

    def expire(signum: int, frame: Any) -> None:
        nonlocal fired
        fired = True
        # Re-arm first: an exception raised where Python discards it (a garbage-collector
        # callback, such as the one dask installs) must not let a hung document run on.
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        raise _Expired()

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Expired:
        fired = True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    if fired:  # also when every interruption was swallowed: the document did run past its deadline
        raise DocumentTimeoutError(f"{doc_id} took longer than {seconds:g} s")


def work(payload: dict[str, Any], max_chars: int | None = None, doc_timeout: float | None = None) -> str:
    """Worker entry point: a plain dict in, one JSON line out (picklable both ways)."""
    rec = InputRecord.from_payload(payload)
    try:
        with _deadline(doc_timeout, rec.id):
            result = process(rec, max_chars)
    except (DocumentTimeoutError, _Expired):  # _Expired: the timer fired as the document finished
        message = f"{rec.id} took longer than {doc_timeout:g} s"
        result = ErrorRecord(id=rec.id, error=ErrorInfo(type=DocumentTimeoutError.type, message=message))
    return result.model_dump_json()


def work_many(payloads: list[dict[str, Any]], max_chars: int | None = None,
              doc_timeout: float | None = None) -> list[str]:
    """Several documents per task: fewer round trips to a Dask scheduler."""
    return [work(p, max_chars, doc_timeout) for p in payloads]


def _chunks(payloads: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for p in payloads:
        chunk.append(p)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def warm_up() -> None:
    """Load models and resources in this process (a worker's initializer)."""
    from .extraction import extract

    extract("Chủ tịch UBND tỉnh Nguyễn Văn An đề nghị Quốc hội ban hành 2 luật.")


def _pool_worker_start() -> None:
    """A pool worker's initializer: end with the parent process (Linux), then load the models."""
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: killing the parent ends the workers
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still ends them
        pass
    warm_up()


def _row(line: str) -> Row:
    rec = json.loads(line)
    if "error" in rec:
        return Row(rec["id"], error=f'{rec["error"]["type"]}: {rec["error"]["message"]}')
    return Row(rec["id"], len(rec["people"]), len(rec["numbers"]), len(rec["proposals"]))


# --- engines: map payloads to JSON lines, in order, with a bounded number in flight -------

def _failed_line(payload: dict[str, Any], exc: BaseException) -> str:
    return ErrorRecord(id=payload["id"], error=ErrorInfo(type="internal_error",
                                                         message=f"worker failed: {type(exc).__name__}: {exc}")
                       ).model_dump_json()


def _local_pool(payloads: Iterable[dict[str, Any]], opts: BatchOptions) -> Iterator[str]:
    """A process pool; a worker that dies costs its document only (the pool is rebuilt)."""
    import multiprocessing

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=opts.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_pool_worker_start)

    pool = new_pool()
    window: deque[tuple[dict[str, Any], Future[str]]] = deque()
    limit = opts.workers * 4
    broken = 0  # pools broken in a row: workers that cannot even start end the batch
    try:
        def drain_one() -> str:
            nonlocal pool, broken
            payload, fut = window.popleft()
            try:
                line = fut.result()
                broken = 0
                return line
            except BrokenProcessPool as exc:
                broken += 1
                if broken >= 3:
                    raise VnextractError(f"worker processes keep failing ({exc}); "
                                         "run with --workers 1 to see the error") from exc
                pool.shutdown(cancel_futures=True)
                pool = new_pool()
                retry = [(p, pool.submit(work, p, opts.max_chars, opts.doc_timeout)) for p, _ in window]
                window.clear()
                window.extend(retry)
                return _failed_line(payload, exc)
            except Exception as exc:
                return _failed_line(payload, exc)

        for payload in payloads:
            window.append((payload, pool.submit(work, payload, opts.max_chars, opts.doc_timeout)))
            if len(window) >= limit:
                yield drain_one()
        while window:
            yield drain_one()
    finally:
        pool.shutdown(cancel_futures=True)


def connect(opts: BatchOptions) -> tuple[Any, Any]:
    """(client, local cluster or None) for the Dask engine; raises InputError when the scheduler
    cannot be reached, so that the batch stops before any output is touched.

    A local cluster is started with TLS (`Security.temporary()`: certificates made for this run
    only), so other users of the machine cannot connect to it and run code in its workers.
    """
    import logging

    from distributed import Client, LocalCluster
    from distributed.security import Security

    logging.getLogger("distributed").setLevel(logging.ERROR)  # no per-worker chatter on stderr
    if opts.scheduler:
        try:
            return Client(opts.scheduler, timeout="10s"), None
        except (OSError, TimeoutError, ValueError) as exc:
            raise InputError(f"cannot reach the Dask scheduler {opts.scheduler}: {exc}") from exc
    cluster = LocalCluster(n_workers=opts.workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           host="127.0.0.1", protocol="tls", security=Security.temporary(),
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


def _dask(payloads: Iterable[dict[str, Any]], opts: BatchOptions, client: Any, cluster: Any) -> Iterator[str]:
    """Results from a Dask cluster (see `connect`), in input order; closes the client at the end."""
    try:
        client.run(warm_up)  # models load once per worker, before the first document
        window: deque[tuple[list[dict[str, Any]], Any]] = deque()
        limit = max(1, len(client.scheduler_info()["workers"])) * 3

        def drain_one() -> list[str]:
            chunk, fut = window.popleft()
            try:
                return fut.result()
            except Exception as exc:
                return [_failed_line(p, exc) for p in chunk]

        # DASK_CHUNK documents per task keep the scheduler's per-task cost small.
        for chunk in _chunks(payloads, DASK_CHUNK):
            window.append((chunk, client.submit(work_many, chunk, opts.max_chars, opts.doc_timeout, pure=False)))
            if len(window) >= limit:
                yield from drain_one()
        while window:
            yield from drain_one()
    finally:
        _disconnect(client, cluster)


def _disconnect(client: Any, cluster: Any) -> None:
    client.close()
    if cluster is not None:
        cluster.close()


def run_lines(payloads: Iterable[dict[str, Any]], opts: BatchOptions) -> Iterator[str]:
    """JSON lines for the payloads, in order, computed by the chosen engine."""
    if opts.engine == "dask":
        return _dask(payloads, opts, *connect(opts))
    check_options(opts)
    if opts.workers <= 1:
        if opts.doc_timeout:
            warm_up()  # load the models before the first document's deadline starts, not inside it
        return (work(p, opts.max_chars, opts.doc_timeout) for p in payloads)
    return _local_pool(payloads, opts)


def check_options(opts: BatchOptions) -> None:
    """Options that cannot work, as InputError (before any output is touched)."""
    if opts.engine not in ("local", "dask"):
        raise InputError(f"unknown engine {opts.engine!r}: use local or dask")
    if opts.fmt not in ("jsonl", "parquet"):
        raise InputError(f"unknown format {opts.fmt!r}: use jsonl or parquet")
    if opts.workers < 1:
        raise InputError("--workers must be at least 1")


# --- resume and ids ----------------------------------------------------------------------

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


def _count_files(paths: list[str]) -> int | None:
    """Number of inputs when every input is one file (for the progress bar's ETA), else None."""
    from .readers import RECORD_SUFFIXES, _suffix, is_input_file

    n = 0
    for p in paths:
        path = Path(p)
        files = [c for c in sorted(path.rglob("*")) if c.is_file() and is_input_file(c)] if path.is_dir() else [path]
        if p == "-" or any(_suffix(f) in RECORD_SUFFIXES for f in files):
            return None
        n += len(files)
    return n


# --- the batch ----------------------------------------------------------------------------

def check_paths(paths: list[str], output: Path | None) -> None:
    """Whole-run problems, raised as InputError before any output is touched: a path that does not
    exist, or an output file that is also an input (writing it would destroy it before it is read)."""
    for p in paths:
        if p != "-" and not os.path.lexists(p):
            raise InputError(f"no such file or directory: {p}")
    if output is not None and output.exists():
        target = output.resolve()
        if any(p != "-" and Path(p).resolve() == target for p in paths):
            raise InputError(f"the output {output} is also an input: choose another output path")


def run_batch(paths: list[str], output: Path | None = None, max_chars: int | None = None,
              options: BatchOptions | None = None, on_result: Callable[[str], None] | None = None) -> Summary:
    """Extract everything under `paths` into `output` (JSON Lines file, stdout when None, or a
    directory of Parquet tables with fmt="parquet"); returns the summary.

    Raises InputError, before any output is touched, for a missing path, an output that is also
    an input, or no input documents at all; a document that fails becomes an error record.
    """
    from .writers import JsonlWriter, ParquetWriter

    from .resources import load_resources

    load_resources()  # a broken models/ file stops the batch here, once, with its message
    opts = options or BatchOptions()
    if max_chars is not None:
        opts.max_chars = max_chars
    if opts.engine == "local" and opts.workers > 1 and (_count_files(paths) or 2) < 2:
        opts = replace(opts, workers=1)  # one input: starting worker processes would only cost time
    if opts.fmt == "parquet" and (output is None or opts.resume):
        raise InputError("--format parquet needs --out DIR and does not resume; use JSON Lines to resume")
    output = Path(output) if output is not None else None
    check_options(opts)
    check_paths(paths, output)
    inputs = iter_inputs(paths, exclude=output)
    first = next(inputs, None)  # an empty input set is a whole-run problem: found before output is touched
    if first is None:
        raise InputError(f"no input documents in {', '.join(paths)} (.txt, .html, .json, .jsonl, .jsonl.gz)")
    engine = connect(opts) if opts.engine == "dask" else None  # an unreachable scheduler fails here
    try:
        writer = ParquetWriter(output) if opts.fmt == "parquet" else JsonlWriter(output, resume=opts.resume)  # type: ignore[arg-type]
    except BaseException:
        if engine is not None:
            _disconnect(*engine)
        raise
    done = writer.done
    summary = Summary()

    def payloads() -> Iterator[dict[str, Any]]:
        seen: dict[str, int] = {}
        for rec in itertools.chain([first], inputs):
            rec = _unique_id(rec, seen)
            if (rec.id, rec.meta.get("sha256")) in done:
                summary.skipped += 1
                continue
            yield rec.to_payload()

    bar = _progress(opts, paths)
    complete = False
    try:
        lines = _dask(payloads(), opts, *engine) if engine is not None else run_lines(payloads(), opts)
        for line in lines:
            writer.write(line)
            summary.add(_row(line))
            if on_result:
                on_result(line)
            if bar is not None:
                bar.update(1)
        complete = True
    finally:
        if bar is not None:
            bar.close()
        writer.close(complete)  # an interrupted run leaves the old output as it was
    return summary


def _progress(opts: BatchOptions, paths: list[str]) -> Any:
    """A tqdm bar on stderr (documents/s, ETA) when asked for and stderr is a terminal."""
    if not opts.progress or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=_count_files(paths), unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
