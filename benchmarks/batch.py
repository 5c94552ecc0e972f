"""Batch scaling and memory, measured side by side in one run.

    .venv/bin/python benchmarks/batch.py [--docs 204] [--memory-docs 10000]

Prints documents/s of `--workers 1`, `--workers 2` and the Dask engine on a local
2-worker cluster over the same documents (the corpus repeated under distinct ids),
both end to end and in steady state (from the first result to the last, which leaves
out process start-up and model loading), and the memory of a 10,000-document batch
sampled as it runs (parent and worker processes).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from vnextract.batch import BatchOptions, run_batch

ROOT = Path(__file__).resolve().parent.parent


def make_input(n: int, directory: Path) -> Path:
    """A JSON Lines file of n corpus articles under distinct ids."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    path = directory / f"docs-{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"d{i:05d}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return path


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def tree_rss_mb() -> float:
    """RSS of this process and its child processes."""
    me = os.getpid()
    total = rss_mb(me)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().split(") ")[1].split()[1]) == me:
                total += rss_mb(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return total


def timed(inp: Path, out: Path, opts: BatchOptions, n: int) -> tuple[float, float]:
    """(end-to-end docs/s, steady-state docs/s)."""
    stamps: list[float] = []
    t0 = time.perf_counter()
    run_batch([str(inp)], out, options=opts, on_result=lambda _: stamps.append(time.perf_counter()))
    total = time.perf_counter() - t0
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0])
    return n / total, steady


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=204)
    ap.add_argument("--memory-docs", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        inp = make_input(args.docs, d)
        runs = {"--workers 1": BatchOptions(workers=1), "--workers 2": BatchOptions(workers=2),
                "--engine dask (local cluster, 2 workers)": BatchOptions(engine="dask", workers=2)}
        print(f"{args.docs} documents, one run each\n")
        print("| run | docs/s end to end | docs/s steady state | steady ratio to --workers 1 |\n|---|---|---|---|")
        base = None
        for name, opts in runs.items():
            e2e, steady = timed(inp, d / "out.jsonl", opts, args.docs)
            base = base or steady
            print(f"| {name} | {e2e:.1f} | {steady:.1f} | {steady / base:.2f}x |")

        big = make_input(args.memory_docs, d)
        marks = {int(args.memory_docs * f) for f in (0.1, 0.25, 0.5, 0.75, 1.0)}
        samples: list[tuple[int, float]] = []
        count = 0

        def sample(_: str) -> None:
            nonlocal count
            count += 1
            if count in marks:
                samples.append((count, tree_rss_mb()))

        t0 = time.perf_counter()
        run_batch([str(big)], d / "big.jsonl", options=BatchOptions(workers=2), on_result=sample)
        dt = time.perf_counter() - t0
        print(f"\nmemory over a {args.memory_docs}-document batch (--workers 2, {args.memory_docs / dt:.0f} docs/s):")
        print("| documents done | RSS of parent + workers (MB) |\n|---|---|")
        for n, mb in samples:
            print(f"| {n} | {mb:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
