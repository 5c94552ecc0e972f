"""Web junk never produces a person or a number (issue: extraction quality)."""
import unicodedata

import pytest

from vnextract import extract

JUNK = {
    "layout-words": "leftcenterrightdel\nTrang chủ | Tin tức | Chính trị | Kinh tế | Xã hội\n",
    "date-prefix": " date 2023-07 ",
    "share-widget": "Chia sẻ: icon 0.5 1.0 1.5\n",
    "update-time": "Cập nhật: 14:47 ngày 11/07/2019 (BGĐT)\n",
    "hotline": "Hotline: +84.0204.3 856 624\n",
    "all-caps-headline": "ĐOÀN GIÁM SÁT CỦA QUỐC HỘI LÀM VIỆC VỚI TỈNH HÀ GIANG\n",
    "weather": "Thứ năm, 25/04/2024 Bắc giang\n",
    "view-counter": "Thứ ba, 12/03/2024 - 15:30 | Lượt xem: 1.245\n",
    "visit-counter": "12694 lượt truy cập\n",
}
BODY = "Giám đốc Sở Thông tin và Truyền thông Đỗ Thái Hòa báo cáo tỷ lệ văn bản ký số đạt 98%."


@pytest.mark.parametrize("junk", JUNK.values(), ids=JUNK.keys())
def test_junk_adds_nothing(junk: str) -> None:
    doc = extract(junk + BODY)
    assert [p.name for p in doc.people] == ["Đỗ Thái Hòa"]
    assert [(n.value, n.kind) for n in doc.numbers] == [(98.0, "percent")]


def test_text_cut_mid_word_is_flagged_and_adds_nothing() -> None:
    doc = extract(BODY + " Đồng chí Hoàng Gia Lo")
    assert "truncated" in doc.warnings[0]
    assert [p.name for p in doc.people] == ["Đỗ Thái Hòa"]
    cut = extract(BODY + " Tổng số 19.6")
    assert [(n.value, n.kind) for n in cut.numbers] == [(98.0, "percent")]


def test_decomposed_unicode_gives_the_same_extraction() -> None:
    nfc = extract(BODY)
    nfd = extract(unicodedata.normalize("NFD", BODY))
    assert [p.name for p in nfd.people] == [p.name for p in nfc.people]
    assert [r.title for r in nfd.people[0].roles] == [r.title for r in nfc.people[0].roles]
    assert [(n.value, n.kind) for n in nfd.numbers] == [(n.value, n.kind) for n in nfc.numbers]
