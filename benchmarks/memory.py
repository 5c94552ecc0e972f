"""Memory stays bounded whatever the input: a generated 1 GB JSON Lines file and a gzip bomb.

- 1 GB JSONL: about 40,000 records of 20,000 characters (26 KB); one in 500 is a real article (extracted in full),
  the others are refused by --max-chars (so the run takes minutes, not hours, while every byte
  is still read, decoded, parsed, sent to a worker and answered by one output line).
- gzip bomb: 2 GiB of zeros, gzip-compressed to about 2 MB, as .jsonl.gz and as .json.gz.

Prints the peak RSS of every process of each run and records in = records out.

    .venv/bin/python benchmarks/memory.py
"""
from __future__ import annotations

import gzip
import json
import shutil
import sys
import tempfile
from pathlib import Path

from archive import VNEXTRACT, run  # the same process-tree RSS sampler

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "hagiang-2023-11-15-giam-sat-chuyen-doi-so.txt"


def big_jsonl(path: Path, target: int = 1 << 30) -> int:
    """Write about `target` bytes of records; returns the number of records."""
    seed = SEED.read_text(encoding="utf-8")
    filler = (seed * 4)[:20_000]
    n = size = 0
    with path.open("w", encoding="utf-8") as fh:
        while size < target:
            text = seed if n % 500 == 0 else filler
            line = json.dumps({"id": f"r{n}", "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def bomb(path: Path, size: int = 2 << 30) -> None:
    """`size` bytes of zeros, gzip-compressed, written in chunks."""
    chunk = b"\0" * (1 << 24)
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(size // len(chunk)):
            fh.write(chunk)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="vnextract-memory-"))
    try:
        print("| input | records in | records out | seconds | peak RSS per process (MB) |")
        print("|---|---|---|---|---|")
        big = tmp / "big.jsonl"
        n = big_jsonl(big)
        cases = [(f"1 GB JSONL ({big.stat().st_size / 1e9:.2f} GB), --workers 2", big, n, ["--workers", "2"])]
        for suffix in (".jsonl.gz", ".json.gz"):
            b = tmp / f"bomb{suffix}"
            bomb(b)
            cases.append((f"gzip bomb {suffix} ({b.stat().st_size / 1e6:.1f} MB, expands to 2 GiB)", b, 1,
                          ["--workers", "1"]))
        for name, path, n_in, extra in cases:
            out = tmp / "out.jsonl"
            seconds, peaks = run([VNEXTRACT, "extract", str(path), "-o", str(out), "-q", "--max-chars", "10000",
                                  *extra])
            n_out = sum(1 for _ in out.open("rb"))
            rss = ", ".join(f"{mb:.0f}" for mb in sorted(peaks.values(), reverse=True) if mb > 20)
            print(f"| {name} | {n_in} | {n_out} | {seconds:.0f} | {rss} |")
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
