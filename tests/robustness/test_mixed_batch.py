"""Good and bad files in one directory: every input is accounted for exactly once, and the good
documents come out exactly as in a run without the bad files."""
import json
import shutil
from pathlib import Path

import jsonschema

from vnextract.batch import run_batch
from vnextract.schema import output_line_schema

from ..conftest import CORPUS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOOD = ["hagiang-2023-11-15-giam-sat-chuyen-doi-so", "baobackan-2023-07-thu-tuong-lam-viec",
        "dienbien-gov-2023-11-giam-sat-cds"]


def _lines(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        assert rec["id"] not in out
        out[rec["id"]] = rec
    return out


def test_mixed_directory(tmp_path: Path) -> None:
    good, mixed = tmp_path / "good", tmp_path / "mixed"
    good.mkdir()
    for name in GOOD:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", good / f"{name}{suffix}")
    shutil.copytree(good, mixed)
    bad = [p for p in sorted(FIXTURES.iterdir()) if p.suffix in (".txt", ".json", ".jsonl", ".png", ".pdf")]
    for p in bad:
        shutil.copy(p, mixed / f"zz-{p.name}")

    run_batch([str(good)], tmp_path / "good.jsonl")
    summary = run_batch([str(mixed)], tmp_path / "mixed.jsonl")
    alone, together = _lines(tmp_path / "good.jsonl"), _lines(tmp_path / "mixed.jsonl")

    read = [p for p in bad if p.suffix in (".txt", ".json", ".jsonl")]
    expected_records = len(GOOD) + sum(
        len(p.read_text(encoding="utf-8").splitlines()) if p.suffix == ".jsonl" else 1 for p in read)
    assert len(together) == summary.documents == expected_records
    for name in GOOD:
        a, b = dict(alone[name]), dict(together[name])
        a["source"].pop("path"), b["source"].pop("path")
        assert a == b
    errors = [r for r in together.values() if "error" in r]
    assert {e["error"]["type"] for e in errors} >= {"empty_document", "binary_input", "decode_error", "input_error"}
    assert summary.failed == len(errors)
    schema = output_line_schema()
    for rec in together.values():  # documents and error records alike follow `vnextract schema`
        jsonschema.validate(rec, schema)
