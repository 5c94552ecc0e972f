"""The vnextract command end to end."""
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

from .conftest import CORPUS, SEED

runner = CliRunner()


def _seed_dir(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for suffix in (".txt", ".meta.json", ".gold.json"):
        shutil.copy(CORPUS / f"{SEED}{suffix}", d / f"{SEED}{suffix}")
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


def test_extract_then_evaluate(tmp_path: Path) -> None:
    d = _seed_dir(tmp_path)
    out = tmp_path / "out" / "x.jsonl"
    result = runner.invoke(app, ["extract", str(d), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["empty", SEED]
    assert lines[0]["error"]["type"] == "empty_document"
    assert len(lines[1]["people"]) == 6
    assert not list(out.parent.glob("*.part"))

    result = runner.invoke(app, ["evaluate", str(d), "--pred", str(out), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["people"]["f1"] == 1.0
    assert scores["numbers"]["f1"] == 1.0

    result = runner.invoke(app, ["evaluate", str(d), "--pred", str(out), "--details"])
    assert result.exit_code == 0 and "people" in result.output


def test_extract_to_stdout_from_stdin() -> None:
    result = runner.invoke(app, ["extract", "-"], input="Giám đốc Sở Tài chính Nguyễn Văn An phát biểu.")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["people"][0]["name"] == "Nguyễn Văn An"


def test_schema_command() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "proposals" in json.loads(result.output)["properties"]


def test_evaluate_missing_gold_dir_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope"), "--pred", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 2
    assert "not found" in result.output


def test_max_chars_gives_an_error_record(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text("Tỷ lệ văn bản ký số đạt 98%. " * 50, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--max-chars", "100"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["error"]["type"] == "too_long"
