"""Reading inputs: every bad input becomes an error record with a stable type; nothing is lost."""
import json
from pathlib import Path


from vnextract.batch import process
from vnextract.readers import iter_inputs

from .conftest import CORPUS, ROOT

ROBUST = ROOT / "tests" / "robustness" / "fixtures"



def test_jsonl_lines_are_accounted_for_one_by_one() -> None:
    results = [process(r) for r in iter_inputs([str(ROBUST / "mixed.jsonl")])]
    assert len(results) == 3
    assert type(results[0]).__name__ == "Document" and results[0].id == "ok"
    assert results[1].error.type == "input_error"
    assert results[2].error.type == "input_error"


def test_missing_path_is_an_error_record() -> None:
    (rec,) = list(iter_inputs(["/no/such/file.txt"]))
    assert process(rec).error.type == "input_error"


def test_directory_skips_sidecars_and_gold_and_reads_metadata() -> None:
    recs = list(iter_inputs([str(CORPUS)]))
    names = sorted(p.name[:-4] for p in CORPUS.glob("*.txt"))
    assert [r.id for r in recs] == names
    seed = next(r for r in recs if r.id.startswith("hagiang-2023-11-15"))
    assert seed.meta["url"].startswith("https://")
    assert seed.meta["province"] == "Hà Giang" and seed.meta["date"] == "2023-11-15"
    assert len(seed.meta["sha256"]) == 64


def test_json_record_metadata_flows_to_output(tmp_path: Path) -> None:
    f = tmp_path / "recs.json"
    f.write_text(json.dumps([{"id": "r1", "text": "Ngày 15/11, tỉnh đạt 90%.", "date": "2023-11-20",
                              "url": "https://example.org/a", "province": "TP.HCM"}]), encoding="utf-8")
    (rec,) = list(iter_inputs([str(f)]))
    doc = process(rec)
    assert doc.id == "r1" and doc.source.url == "https://example.org/a"
    assert doc.province == "Hồ Chí Minh"
    assert doc.event_date == "2023-11-15"
