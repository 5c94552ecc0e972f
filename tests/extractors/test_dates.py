"""Dates and legal references."""
import pytest

from vnextract.extractors.dates import event_date, extract_dates, extract_legal_refs

DATES = [
    ("day-month", "Chiều ngày 15/11, tại trụ sở UBND tỉnh", [("ngày 15/11", "--11-15")]),
    ("full", "có hiệu lực thi hành từ 01/7/2024", [("01/7/2024", "2024-07-01")]),
    ("dash", "(ABO) Ngày 1-10, Đơn vị bầu cử số 2", [("Ngày 1-10", "--10-01")]),
    ("words", "ngày 8 tháng 5 năm 2019", [("ngày 8 tháng 5 năm 2019", "2019-05-08")]),
    ("month-year", "trong tháng 7/2023", [("tháng 7/2023", "2023-07")]),
    ("year", "đến năm 2030", [("năm 2030", "2030")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in DATES], ids=[c[0] for c in DATES])
def test_dates(make_ctx, text: str, expected: list) -> None:
    dates = extract_dates(make_ctx(text))
    assert [(d.text, d.value) for d in dates] == expected
    for d in dates:
        assert text[d.start:d.end] == d.text


def test_event_date_takes_year_from_metadata(make_ctx) -> None:
    dates = extract_dates(make_ctx("Chiều ngày 15/11, Đoàn làm việc với tỉnh."))
    assert event_date(dates, 2023) == "2023-11-15"
    assert event_date(dates, None) is None


LEGAL = [
    ("law", "hướng dẫn triển khai Luật giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023",
     [("Luật", "20/2023/QH15", "Luật giao dịch điện tử")]),
    ("resolution", "thực hiện Nghị quyết số 51/2016/NQ-HĐND ngày 14/10/2016", [("Nghị quyết", "51/2016/NQ-HĐND", None)]),
    ("dispatch", "Thực hiện Công văn số 140/HĐND-ĐGS ngày 06/5/2019", [("Công văn", "140/HĐND-ĐGS", None)]),
    ("no-number", "Nghị quyết Đại hội Đảng toàn quốc", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in LEGAL], ids=[c[0] for c in LEGAL])
def test_legal_refs(make_ctx, text: str, expected: list) -> None:
    refs = extract_legal_refs(make_ctx(text))
    assert [(r.type, r.number, r.name) for r in refs] == expected
    for r in refs:
        assert text[r.start:r.end] == r.text
