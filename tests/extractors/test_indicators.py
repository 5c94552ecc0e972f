"""Indicators and periods on real sentences (and one figure that must stay unaligned)."""
import pytest

from vnextract.extractors.indicators import assign_indicators
from vnextract.extractors.numbers import extract_numbers

CASES = [
    ("budget-with-period",
     "Hàng năm, tỉnh đều ưu tiên bố trí nguồn lực dành cho chuyển đổi số (giai đoạn 2021 - 2023 khoảng 290 tỷ "
     "đồng) bao gồm nguồn vốn đầu tư công.",
     [(290e9, "budget_digital_transformation", "2021-2023")]),
    ("period-first",
     "Giai đoạn 2020 - 2023, tỉnh đã bố trí kinh phí thực hiện cho các dự án, nhiệm vụ, lĩnh vực công nghệ thông "
     "tin, chuyển đổi số, phát triển chính quyền số khoảng 433 tỷ đồng.",
     [(433e9, "budget_digital_transformation", "2020-2023")]),
    ("counted-noun",
     "duy trì hoạt động các hệ thống thư điện tử công vụ với 19.623 tài khoản thư công vụ; duy trì hiệu quả "
     "hoạt động của 241 điểm cầu trực tuyến.",
     [(19623, "official_email_accounts", None), (241, "video_conference_points", None)]),
    ("full-online-services",
     "Các cơ quan đang cung cấp 627 dịch vụ công trực tuyến toàn trình.",
     [(627, "online_public_services_full", None)]),
    ("rate-before-figure", "tỷ lệ văn bản ký số gửi nhận đạt khoảng 98%.",
     [(98, "digitally_signed_documents_rate", None)]),
    ("no-indicator-across-clauses",
     "huyện đã giải ngân hơn 1.200 tỷ đồng, đạt 85,6% kế hoạch; tỷ lệ hộ nghèo năm 2023 giảm còn 32,4%.",
     [(1200e9, None, None), (85.6, None, None), (32.4, "poor_household_rate", "2023")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_indicators(make_ctx, text: str, expected: list) -> None:
    ctx = make_ctx(text)
    numbers = assign_indicators(ctx, extract_numbers(ctx))
    assert [(n.value, n.indicator, n.period) for n in numbers] == [(float(v), i, p) for v, i, p in expected]
    for n in numbers:
        assert (n.sentence is not None) == (n.indicator is not None)
