"""Speed and memory, measured side by side in one run (this machine is shared: read ratios, not seconds).

    .venv/bin/python benchmarks/speed.py [--corpus corpus/] [--repeat 3]

Prints, on the same texts: characters/s and documents/s of
  (a) underthesea's ner() alone, sentence by sentence, as a user would call it,
  (b) our tagging path (normalize, segment, align, POS + NER into a spaCy Doc),
  (c) full extraction to JSON (all extractors, serialized);
the ratios b/a and c/a; the cost per character of full extraction on 1x, 10x and
100x a seed-sized text; peak RSS of a process that only extracts; and the wall
time of `vnextract extract` on one short file, start-up included.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "hagiang-2023-11-15-giam-sat-chuyen-doi-so.txt"


def best_of(repeat: int, fn) -> float:
    """Fastest of `repeat` runs (the least disturbed by other load on the machine)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def underthesea_ner(texts: list[str]) -> None:
    from underthesea import ner, sent_tokenize

    for text in texts:
        for line in text.splitlines():
            for sentence in sent_tokenize(line):
                ner(sentence)


def tagging_path(texts: list[str]) -> None:
    from vnextract.nlp import load_nlp

    nlp = load_nlp()
    for text in texts:
        nlp(text)


def full_extraction(texts: list[str]) -> None:
    from vnextract import extract

    for text in texts:
        extract(text).model_dump_json()


def peak_rss_mb(corpus: Path) -> float:
    """Peak RSS of a fresh process that extracts every article of the corpus.

    Read from /proc/self/status (VmHWM): ru_maxrss would carry over the parent's peak
    across fork and exec."""
    code = ("import sys,pathlib\nfrom vnextract import extract\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
            "    extract(p.read_text(encoding='utf-8')).model_dump_json()\n"
            "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')))")
    out = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def cli_wall_time(path: Path) -> float:
    exe = Path(sys.executable).with_name("vnextract")
    t0 = time.perf_counter()
    subprocess.run([str(exe), "extract", str(path), "-o", "/dev/null", "-q"], check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    chars = sum(len(t) for t in texts)
    full_extraction(texts[:1])  # load models and resources once, outside the timings
    underthesea_ner(texts[:1])

    print(f"texts: {len(texts)} documents, {chars} characters, best of {args.repeat} runs\n")
    rows = {"a": ("underthesea ner() alone", underthesea_ner), "b": ("tagging path (Doc, POS, NER)", tagging_path),
            "c": ("full extraction to JSON", full_extraction)}
    secs = {k: best_of(args.repeat, lambda fn=fn: fn(texts)) for k, (_, fn) in rows.items()}
    print("| path | chars/s | docs/s | ratio to (a) |\n|---|---|---|---|")
    for k, (name, _) in rows.items():
        print(f"| ({k}) {name} | {chars / secs[k]:,.0f} | {len(texts) / secs[k]:.1f} | {secs['a'] / secs[k]:.2f}x |")

    seed = (args.corpus / SEED).read_text(encoding="utf-8")
    print("\nscaling of full extraction with document length (one document of n x the seed article):")
    print("| n | characters | seconds | µs per character | relative to 1x |\n|---|---|---|---|---|")
    base = None
    for n in (1, 10, 100):
        doc = "\n".join([seed] * n)
        t = best_of(1 if n == 100 else args.repeat, lambda doc=doc: full_extraction([doc]))
        per_char = t / len(doc) * 1e6
        base = base or per_char
        print(f"| {n}x | {len(doc)} | {t:.3f} | {per_char:.2f} | {per_char / base:.2f} |")

    print("\nlong and unpunctuated inputs, cost per character relative to the seed article:")
    print("| input | characters | seconds | relative cost per character |\n|---|---|---|---|")
    seed_t = best_of(args.repeat, lambda: full_extraction([seed]))
    base_cost = seed_t / len(seed)
    words = re.sub(r"[^\w\s]", " ", seed).split()
    unpunctuated = " ".join(words * (50_000 // len(" ".join(words)) + 1))[:50_000]
    big = "\n".join([seed] * (5_000_000 // len(seed) + 1))[:5_000_000]
    for name, doc in (("50,000 characters, no punctuation", unpunctuated), ("5 MB document", big)):
        t = best_of(1, lambda doc=doc: full_extraction([doc]))
        print(f"| {name} | {len(doc)} | {t:.2f} | {t / len(doc) / base_cost:.2f} |")

    print(f"\npeak RSS of one extraction process (whole corpus): {peak_rss_mb(args.corpus):.0f} MB")
    print(f"`vnextract extract` on one short file, start-up included: {cli_wall_time(args.corpus / SEED):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
