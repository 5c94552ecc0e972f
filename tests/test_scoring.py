"""Scoring as in corpus/ANNOTATION.md."""
import pytest

from vnextract.scoring import Report, norm_name, overlap_f1, score_document, words


def test_name_normalization() -> None:
    assert norm_name(" Đỗ Thái Hoà, ") == norm_name("đỗ thái hòa")


def test_role_overlap_expands_abbreviations() -> None:
    a = words("Phó Chủ tịch UBND tỉnh", expand=True)
    b = words("Phó Chủ tịch Ủy ban nhân dân tỉnh", expand=True)
    assert overlap_f1(a, b) == 1.0


def test_score_document_counts() -> None:
    gold = {"doc": "d", "people": [{"name": "Nguyễn Văn A", "roles": ["Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy"]}],
            "numbers": [{"text": "98%", "value": 98, "unit": "%", "kind": "percent"}],
            "proposals": [{"trigger": "đề nghị", "proposer": "tỉnh Hà Giang", "addressee": None,
                           "content": "sớm ban hành chính sách đặc thù"}]}
    pred = {"people": [{"name": "Nguyễn Văn A", "roles": [{"text": "Chủ tịch Ủy ban nhân dân tỉnh"}]},
                       {"name": "Hà Giang", "roles": [{"text": "Bí thư"}]}],
            "numbers": [{"value": 98.0, "kind": "percent"}, {"value": 98.0, "kind": "count"}],
            "proposals": [{"content": "sớm ban hành chính sách", "proposer": {"text": "tỉnh Hà Giang"}}]}
    report = Report()
    score_document(gold, pred, report)
    t = report.tallies
    assert (t["people"].tp, t["people"].fp, t["people"].fn) == (1, 1, 0)
    assert (t["roles"].tp, t["roles"].fp, t["roles"].fn) == (1, 1, 1)
    assert (t["numbers"].tp, t["numbers"].fp, t["numbers"].fn) == (1, 1, 0)
    assert (t["proposals"].tp, report.proposer_right, report.addressee_right) == (1, 1, 1)  # both addressees null
    assert t["people"].f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize("gold_to, pred_to, right", [
    ("Quốc hội, Chính phủ", "Quốc hội, Chính phủ", 1),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh", 1),
    ("Bộ Tài chính", None, 0),
    (None, "các đơn vị", 0),
    ("Bộ Tài chính", "Sở Y tế", 0),
])
def test_addressee_is_right_when_its_words_overlap(gold_to, pred_to, right: int) -> None:
    gold = {"doc": "d", "proposals": [{"trigger": "đề nghị", "proposer": "tỉnh", "addressee": gold_to,
                                      "content": "sớm ban hành chính sách"}]}
    pred = {"proposals": [{"content": "sớm ban hành chính sách", "proposer": {"text": "tỉnh"}, "addressee": pred_to}]}
    report = Report()
    score_document(gold, pred, report)
    assert report.addressee_right == right
