"""Every kind of bad input: a clear error with a stable type, or a correct reading; never a crash."""
from pathlib import Path

import pytest

from vnextract.batch import process
from vnextract.errors import BinaryInputError, DecodeError, EmptyDocumentError, InputError, TooLongError, VnextractError
from vnextract.readers import iter_inputs

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SENTENCE_PEOPLE = ["Hoàng Gia Long"]


def _one(name: str):
    (rec,) = list(iter_inputs([str(FIXTURES / name)]))
    return process(rec)


@pytest.mark.parametrize("name, error_type", [
    ("empty.txt", "empty_document"),
    ("whitespace.txt", "empty_document"),
    ("binary-nul.txt", "binary_input"),
    ("image.png", "binary_input"),
    ("document.pdf", "binary_input"),
    ("undecodable.txt", "decode_error"),
    ("no-text.json", "input_error"),
    ("wrong-types.json", "input_error"),
    ("broken.json", "input_error"),
], ids=lambda v: str(v))
def test_error_record(name: str, error_type: str) -> None:
    result = _one(name)
    assert result.error.type == error_type
    assert len(result.error.message) > 10


@pytest.mark.parametrize("name, encoding", [
    ("utf-8-bom.txt", "utf-8-sig"),
    ("utf-16-bom.txt", "utf-16"),
    ("windows-1258.txt", "cp1258"),
    ("tcvn3.txt", "tcvn3"),
    ("vni.txt", "vni"),
    ("nfd.txt", "utf-8"),
], ids=lambda v: str(v))
def test_encodings_are_read_and_recorded(name: str, encoding: str) -> None:
    doc = _one(name)
    assert doc.source.encoding == encoding
    assert [p.name for p in doc.people] == SENTENCE_PEOPLE
    assert [(n.value, n.kind) for n in doc.numbers] == [(98.0, "percent")]
    assert doc.proposals and doc.proposals[0].addressee == "Quốc hội"


def test_unreadable_path_is_an_error_record(tmp_path: Path) -> None:
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "missing-target.txt")
    (rec,) = list(iter_inputs([str(link)]))
    assert process(rec).error.type == "input_error"
    (rec,) = list(iter_inputs([str(tmp_path / "nope.txt")]))
    assert "no such file" in process(rec).error.message


def test_documented_exceptions_form_one_family() -> None:
    for exc in (BinaryInputError, DecodeError, EmptyDocumentError, TooLongError, InputError):
        assert issubclass(exc, VnextractError)
        assert exc.type and exc.type != "error"


def test_duplicate_ids_are_renamed_not_overwritten(tmp_path: Path) -> None:
    from vnextract.batch import run_batch

    out = tmp_path / "out.jsonl"
    summary = run_batch([str(FIXTURES / "duplicate-ids.jsonl")], out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [r.id for r in summary.rows] == ["same", "same#2"]
    assert len(lines) == 2 and '"same#2"' in lines[1] and "duplicate_id" in lines[1]
