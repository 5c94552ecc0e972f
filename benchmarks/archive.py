"""The whole archive through `vnextract extract`: --workers 1, --workers 2 and --engine dask, side by side.

Prints documents/s, the peak RSS of every process of each run (sampled from /proc: VmHWM of the
CLI process and all its descendants), records in = records out, ids preserved, and whether the
three outputs are byte-identical.

    .venv/bin/python benchmarks/archive.py [--archive ../shared/archive/news-2017-2019.jsonl.gz] [--limit N]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "archive" / "news-2017-2019.jsonl.gz"
VNEXTRACT = str(Path(sys.executable).parent / "vnextract")


def _tree(pid: int) -> list[int]:
    """The process and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children", encoding="utf-8") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return out


def _hwm_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run(args: list[str]) -> tuple[float, dict[int, float]]:
    """Wall seconds and peak RSS (MB) per process of one command."""
    peaks: dict[int, float] = {}
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            mb = _hwm_mb(pid)
            if mb is not None:
                peaks[pid] = max(peaks.get(pid, 0.0), mb)
        time.sleep(0.2)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr.read()[-3000:]}")
    return seconds, peaks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--archive", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="vnextract-archive-"))
    source = a.archive
    if a.limit:
        source = tmp / "sample.jsonl.gz"
        with gzip.open(a.archive, "rb") as src, gzip.open(source, "wb") as dst:
            for n, line in enumerate(src):
                if n >= a.limit:
                    break
                dst.write(line)
    ids_in = []
    with gzip.open(source, "rb") as fh:
        for line in fh.read().split(b"\n"):  # split on "\n" only, as the reader does
            if line.strip():
                ids_in.append(json.loads(line)["id"])
    runs = [("--workers 1", ["--workers", "1"]), ("--workers 2", ["--workers", "2"]),
            ("--engine dask (local, 2 workers)", ["--engine", "dask", "--workers", "2"])]
    print(f"archive: {source.name}, {len(ids_in)} records\n")
    print("| run | seconds | docs/s | ratio to --workers 1 | records out | ids preserved | peak RSS per process (MB) |")
    print("|---|---|---|---|---|---|---|")
    digests, base = [], None
    for name, extra in runs:
        out = tmp / f"out-{len(digests)}.jsonl"
        seconds, peaks = run([VNEXTRACT, "extract", str(source), "-o", str(out), "-q", *extra])
        data = out.read_bytes()
        digests.append(hashlib.sha256(data).hexdigest())
        ids_out = [json.loads(x)["id"] for x in data.splitlines()]
        rate = len(ids_out) / seconds
        base = base or rate
        rss = ", ".join(f"{mb:.0f}" for mb in sorted(peaks.values(), reverse=True) if mb > 20)
        print(f"| {name} | {seconds:.0f} | {rate:.1f} | {rate / base:.2f}x | {len(ids_out)} | "
              f"{ids_out == ids_in} | {rss} |")
        out.unlink()
    print(f"\noutputs byte-identical across the three runs: {len(set(digests)) == 1}")


if __name__ == "__main__":
    main()
