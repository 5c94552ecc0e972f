"""Count suspicious outputs over an extraction of the archive, with a few examples of each.

    .venv/bin/vnextract extract ../shared/archive/news-2017-2019.jsonl.gz -o out/archive.jsonl -q
    .venv/bin/python benchmarks/archive_audit.py out/archive.jsonl [--archive ../shared/archive/news-2017-2019.jsonl.gz]

Nothing here is gold: each count is a class of output that is usually wrong (issue "right on
news nobody tuned to"), so a change that generalises makes the counts fall. The classes:

- short_name_prefix: a two-syllable name that is the start of a longer name in the same article
  ("Nguyễn Văn" beside "Nguyễn Văn An", or always followed by another capitalised syllable);
- name_after_place_word: a person whose mention follows a street, place or institution word
  ("đường Trần Hưng Đạo", "huyện Si Ma Cai", "Bệnh viện Bạch Mai");
- title_but_no_role: a person with a title word just before a mention but no role;
- time_or_date_figure: a figure shaped like a time or a day-month date ("8h00", "10-9", "ngày 10-9");
- no_people_but_title: a document with no people although a title and a capitalised name follow each other.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from vnextract.resources import load_file
from vnextract.textnorm import fold

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "archive" / "news-2017-2019.jsonl.gz"
# The audit's own list (kept apart from models/, which the extractors read, so that the check is
# not the rule it checks): lower-case words after which a capitalised run names a place or a body.
PLACE_WORDS = ("đường", "phố", "đại lộ", "huyện", "quận", "xã", "phường", "tỉnh", "thành phố", "tp", "tp.", "thị xã",
               "thị trấn", "bệnh viện", "trường", "cầu", "sân bay", "chợ", "công viên", "quảng trường", "lăng",
               "đền", "chùa", "tượng đài", "bảo tàng", "di tích", "giải", "nhà máy", "khu", "sông", "núi")
_TIME = re.compile(r"^\d{1,2}\s?(h|giờ)\s?\d{0,2}(\s?phút)?$|^\d{1,2}[:h]\d{2}$", re.I)
_DAY_MONTH = re.compile(r"^(0?[1-9]|[12]\d|3[01])-(0?[1-9]|1[0-2])$")
_DAY_WORDS = re.compile(r"(ngày|sáng|chiều|tối|trưa|đêm|hôm)\s*$")
_CAP = re.compile(r"\s([A-ZĐÀ-Ỹ][\wÀ-ỹ]*)")


def audit(records: dict[str, str], extraction: Path, examples: int = 5, seed: int = 0) -> dict[str, list[str]]:
    """{class: [example, …]} over every document of the extraction whose text is known."""
    positions = sorted({fold(p) for p in load_file("titles.yaml").positions}, key=len, reverse=True)  # type: ignore[attr-defined]
    title_re = re.compile(r"(?<![\w])(" + "|".join(re.escape(p) for p in positions) + r")(?![\w])")
    found: dict[str, list[str]] = defaultdict(list)
    with extraction.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            text = doc.get("text") or records.get(doc["id"])
            if "error" in doc or text is None:
                continue
            names = [p["name"] for p in doc["people"]]
            for p in doc["people"]:
                syl = p["name"].split()
                if len(syl) == 2:
                    longer = any(n != p["name"] and n.startswith(p["name"] + " ") for n in names)
                    followed = all(_CAP.match(text, m["end"]) for m in p["mentions"]) and p["mentions"]
                    if longer or followed:
                        found["short_name_prefix"].append(f'{doc["id"]}: {p["name"]!r}')
                for m in p["mentions"]:
                    before = fold(text[max(0, m["start"] - 40):m["start"]]).rstrip()
                    # "Chủ tịch UBND TP Nguyễn Đức Chung": the place word ends an office, the name is a person's
                    office = title_re.search(before) or re.search(r"\b(ubnd|hđnd|ủy ban|uỷ ban|sở|ban)\b", before)
                    if before.endswith(PLACE_WORDS) and not office:
                        found["name_after_place_word"].append(f'{doc["id"]}: …{text[max(0, m["start"] - 20):m["end"]]!r}')
                        break
                if not p["roles"]:
                    for m in p["mentions"]:
                        window = fold(text[max(0, m["start"] - 40):m["start"]])
                        if title_re.search(window.rsplit(".", 1)[-1]):
                            found["title_but_no_role"].append(f'{doc["id"]}: …{text[max(0, m["start"] - 40):m["end"]]!r}')
                            break
            for n in doc["numbers"]:
                before = fold(text[max(0, n["start"] - 8):n["start"]])
                day_month = _DAY_MONTH.match(n["text"]) and (not n.get("unit") or _DAY_WORDS.search(before))
                if _TIME.match(n["text"]) or day_month:
                    found["time_or_date_figure"].append(f'{doc["id"]}: …{text[max(0, n["start"] - 15):n["end"] + 5]!r}')
            if not doc["people"]:
                for m in title_re.finditer(fold(text)):
                    after = text[m.end():m.end() + 40]
                    if re.match(r"(\s[\w.&]+){0,5}?\s[A-ZĐ][a-zà-ỹđ]+\s[A-ZĐ][a-zà-ỹđ]+", after):
                        found["no_people_but_title"].append(f'{doc["id"]}: {text[m.start():m.end() + 40]!r}')
                        break
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("extraction", type=Path, help="vnextract output (JSON Lines) of the archive")
    ap.add_argument("--archive", type=Path, default=ARCHIVE)
    ap.add_argument("--examples", type=int, default=5)
    a = ap.parse_args()
    records = {}
    with gzip.open(a.archive, "rb") as fh:
        for line in fh:
            rec = json.loads(line)
            records[rec["id"]] = rec["text"]
    found = audit(records, a.extraction)
    rng = random.Random(0)
    print("| class | count |\n|---|---|")
    for cls in ("short_name_prefix", "name_after_place_word", "title_but_no_role", "time_or_date_figure",
                "no_people_but_title"):
        print(f"| {cls} | {len(found[cls])} |")
    for cls, items in found.items():
        print(f"\n{cls}:")
        for item in rng.sample(items, min(a.examples, len(items))):
            print(f"  {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
