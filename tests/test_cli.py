"""The vnextract command end to end."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnextract.cli import app

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
    assert 0.0 <= scores["proposals"]["addressee_accuracy"] <= 1.0

    result = runner.invoke(app, ["evaluate", str(d), "--pred", str(out), "--details"])
    assert result.exit_code == 0 and "people" in result.output and "addressee right on" in result.output


def test_extract_to_stdout_from_stdin() -> None:
    result = runner.invoke(app, ["extract", "-"], input="Giám đốc Sở Tài chính Nguyễn Văn An phát biểu.")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["people"][0]["name"] == "Nguyễn Văn An"


def test_schema_command() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "proposals" in json.loads(result.output)["$defs"]["Document"]["properties"]


def test_evaluate_missing_gold_dir_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope"), "--pred", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 2
    assert "not found" in result.output


def test_max_chars_gives_an_error_record(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text("Tỷ lệ văn bản ký số đạt 98%. " * 50, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--max-chars", "100"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["error"]["type"] == "too_long"


def test_version() -> None:
    from vnextract import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"vnextract {__version__}"
    proc = subprocess.run([sys.executable, "-m", "vnextract", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.strip() == f"vnextract {__version__}"


@pytest.mark.parametrize("args, message", [
    (["extract", "{tmp}/missing.txt"], "no such file or directory"),
    (["extract", "{tmp}/empty-dir"], "no input documents"),
    (["extract", "{tmp}/a.txt", "--format", "csv"], "csv"),
    (["extract", "{tmp}/a.txt", "--format", "Parquet", "-o", "{tmp}/pq"], "Parquet"),
    (["extract", "{tmp}/a.txt", "--engine", "spark"], "spark"),
    (["extract", "{tmp}/a.jsonl", "-o", "{tmp}/a.jsonl"], "also an input"),
    (["compare", "{tmp}/a.jsonl", "--provinces", "64"], "64"),
    (["evaluate", "{tmp}", "--pred", "{tmp}/a.jsonl", "--subset", "some"], "some"),
])
def test_whole_run_problems_exit_2_and_touch_nothing(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "a.txt").write_text("Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.", encoding="utf-8")
    before = '{"id": "x", "text": "Tỷ lệ đạt 90%."}\n'
    (tmp_path / "a.jsonl").write_text(before, encoding="utf-8")
    result = runner.invoke(app, [a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert (tmp_path / "a.jsonl").read_text(encoding="utf-8") == before
    assert not (tmp_path / "pq").exists()


def test_failures_are_summarised_on_stderr_even_with_stdout_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.", encoding="utf-8")
    (tmp_path / "[red]b.txt").write_text("", encoding="utf-8")  # markup in an id is printed as is
    result = runner.invoke(app, ["extract", str(tmp_path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["[red]b", "a"]
    assert "[red]b" in result.stderr and "empty_document" in result.stderr
    assert "1 succeeded, 1 failed" in result.stderr
    quiet = runner.invoke(app, ["extract", str(tmp_path), "--workers", "1", "--quiet"])
    assert quiet.stderr == ""


def test_messages_are_not_wrapped_when_piped(tmp_path: Path) -> None:
    long_name = tmp_path / ("x" * 150) / "missing.txt"
    proc = subprocess.run([sys.executable, "-m", "vnextract", "extract", str(long_name)],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert str(long_name) in proc.stderr.replace("\n", "") and proc.stderr.count("\n") == 1
