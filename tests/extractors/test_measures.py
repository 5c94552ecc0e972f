"""What a figure measures, its period, place and indicator, on real sentences (corpus/ANNOTATION.md)."""
import pytest

from vnextract.extractors.entities import extract_locations
from vnextract.extractors.measures import describe, rule_candidates
from vnextract.extractors.numbers import extract_numbers
from vnextract.extractors.people import extract_people
from vnextract.scoring import overlap_f1, words

# (id, sentence, [(value, measure, period, place, indicator) per figure]); the document's province is Hà Giang.
# `measure` is what the rules read; the shipped model (models/measures.crf) may choose other words, and its
# measure must still name the same thing (word-overlap F1 >= 0.5, the corpus scorer's rule).
CASES = [
    ("budget-in-brackets",
     "Hàng năm, tỉnh đều ưu tiên bố trí nguồn lực dành cho chuyển đổi số (giai đoạn 2021 - 2023 khoảng 290 tỷ "
     "đồng) bao gồm nguồn vốn đầu tư công.",
     [(290_000_000_000, "nguồn lực dành cho chuyển đổi số", "2021-2023", "Hà Giang", "budget_digital_transformation")]),
    ("counted-noun-is-the-measure",
     "duy trì hoạt động các hệ thống thư điện tử công vụ với 19.623 tài khoản thư công vụ.",
     [(19623, "tài khoản thư công vụ", None, "Hà Giang", "official_email_accounts")]),
    ("counted-noun-with-qualifiers", "Các cơ quan đang cung cấp 627 dịch vụ công trực tuyến toàn trình.",
     [(627, "dịch vụ công trực tuyến toàn trình", None, "Hà Giang", "online_public_services_full")]),
    ("rate-before-figure", "tỷ lệ văn bản ký số gửi nhận đạt khoảng 98%.",
     [(98, "tỷ lệ văn bản ký số gửi nhận", None, "Hà Giang", "digitally_signed_documents_rate")]),
    ("clauses-do-not-share", "huyện đã giải ngân hơn 1.200 tỷ đồng, đạt 85,6% kế hoạch; tỷ lệ hộ nghèo năm 2023 "
     "giảm còn 32,4%.",
     [(1_200_000_000_000, "huyện đã giải ngân", None, "Hà Giang", "public_investment_disbursed"),
      (85.6, "kế hoạch", None, "Hà Giang", None),
      (32.4, "tỷ lệ hộ nghèo", "2023", "Hà Giang", "poor_household_rate")]),
    ("new-value-restates-the-old", "Tỷ lệ hộ nghèo giai đoạn 2010-2015 từ 41,8% giảm xuống còn 31,17% năm 2019.",
     [(41.8, "Tỷ lệ hộ nghèo", "2010-2015", "Hà Giang", "poor_household_rate"),
      (31.17, "Tỷ lệ hộ nghèo", "2019", "Hà Giang", "poor_household_rate")]),
    ("bracket-restates-the-count", "So với cùng kỳ năm 2017, tai nạn giao thông giảm 1.348 vụ (giảm 6,71%).",
     [(1348, "vụ tai nạn giao thông", None, "Hà Giang", "traffic_accidents"),
      (6.71, "vụ tai nạn giao thông", None, "Hà Giang", "traffic_accident_change")]),
    ("part-of-a-year-gives-the-year", "Thu ngân sách 9 tháng đầu năm 2023 đạt 4,1 tỷ đồng.",
     [(4_100_000_000, "Thu ngân sách", "2023", "Hà Giang", "budget_revenue")]),
    ("sentence-opening-period", "6 tháng đầu năm 2019, các cơ quan giải quyết hơn 3,8 nghìn việc; tỷ lệ đạt 64,9%.",
     [(3800, "việc cơ quan giải quyết", "2019", "Hà Giang", None),
      (64.9, "tỷ lệ", "2019", "Hà Giang", None)]),
    ("term-of-office-is-not-a-period", "66 đại biểu HĐND tỉnh khóa XIV, nhiệm kỳ 2021 - 2026 tham dự.",
     [(66, "đại biểu HĐND tỉnh khóa XIV", None, "Hà Giang", "congress_delegates")]),
    ("another-province-named", "Tỉnh Nghệ An có 12 dự án chậm tiến độ.",
     [(12, "dự án chậm tiến độ", None, "Nghệ An", "delayed_projects")]),
    ("national-figure", "Năm 2018 cả nước xảy ra 18.736 vụ tai nạn giao thông.",
     [(18736, "vụ tai nạn giao thông cả nước xảy ra", "2018", "Việt Nam", "traffic_accidents")]),
    ("age-belongs-to-the-person", "Ông Nguyễn Tài (55 tuổi) bị truy tố.",
     [(55, "tuổi Nguyễn Tài", None, "Hà Giang", None)]),
    ("appositive-after-amount", "UBND tỉnh vừa bố trí 6 tỷ đồng, nguồn kinh phí từ Quỹ phòng, chống thiên tai.",
     [(6_000_000_000, "nguồn kinh phí tỉnh vừa bố trí", None, "Hà Giang", None)]),
    ("percent-then-noun", "Hà Giang có tới gần 90% là đồng bào các dân tộc thiểu số.",
     [(90, "đồng bào các dân tộc thiểu số", None, "Hà Giang", "ethnic_minority_share")]),
    ("infrastructure", "Tỉnh đã hoàn thành 3 công trình hạ tầng.",
     [(3, "công trình hạ tầng đã hoàn thành", None, "Hà Giang", "infrastructure_projects")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rules_read_the_measure(make_ctx, text: str, expected: list) -> None:
    ctx = make_ctx(text, province="Hà Giang")
    numbers = extract_numbers(ctx)
    got = [(n.value, " ".join(ctx.sylls[k].text for k in c.rule if not ctx.is_punct(k)))
           for n, c in zip(numbers, rule_candidates(ctx, numbers, extract_people(ctx)))]
    assert got == [(v, m) for v, m, *_ in expected]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures_described(make_ctx, text: str, expected: list) -> None:
    ctx = make_ctx(text, province="Hà Giang")
    numbers = describe(ctx, extract_numbers(ctx), extract_people(ctx), extract_locations(ctx))
    assert [(n.value, n.period, n.place) for n in numbers] == [(v, p, pl) for v, _, p, pl, _ in expected]
    for n in numbers:
        assert n.measure and n.sentence and n.text in n.sentence
        assert (n.indicator_label is None) == (n.indicator is None)


def test_model_measures_name_what_the_rules_name(make_ctx) -> None:
    """Over the table, the model's measures name what the rules' do (word-overlap F1 >= 0.5) at least
    four times in five: retraining may change words, not what is measured."""
    agree = total = 0
    for _, text, expected in CASES:
        ctx = make_ctx(text, province="Hà Giang")
        numbers = describe(ctx, extract_numbers(ctx), extract_people(ctx), extract_locations(ctx))
        for n, (_, measure, *_) in zip(numbers, expected):
            agree += overlap_f1(words(measure), words(n.measure)) >= 0.5
            total += 1
    assert agree >= 0.8 * total, f"{agree} of {total}"


@pytest.mark.parametrize("text, indicators", [
    ("Thu ngân sách 9 tháng đầu năm 2023 đạt 4,1 tỷ đồng.", ["budget_revenue"]),
    ("Tỷ lệ hộ nghèo giai đoạn 2010-2015 từ 41,8% giảm xuống còn 31,17% năm 2019.",
     ["poor_household_rate", "poor_household_rate"]),
    ("Các cơ quan đang cung cấp 627 dịch vụ công trực tuyến toàn trình.", ["online_public_services_full"]),
    ("tỷ lệ văn bản ký số gửi nhận đạt khoảng 98%.", ["digitally_signed_documents_rate"]),
    ("Tỉnh Nghệ An có 12 dự án chậm tiến độ.", ["delayed_projects"]),
    ("Tỉnh có 40 xã đạt chuẩn nông thôn mới.", ["ntm_communes"]),
])
def test_indicator_named_by_the_measure(make_ctx, text: str, indicators: list) -> None:
    ctx = make_ctx(text, province="Hà Giang")
    numbers = describe(ctx, extract_numbers(ctx), extract_people(ctx), extract_locations(ctx))
    assert [n.indicator for n in numbers] == indicators


def test_no_indicator_when_the_measure_does_not_name_one(make_ctx) -> None:
    """"cầu" inside "yêu cầu" and "đơn" inside "đơn vị" are not the indicators' words."""
    ctx = make_ctx("Tỉnh yêu cầu 5 đơn vị báo cáo.")
    numbers = describe(ctx, extract_numbers(ctx), [], [])
    assert [n.indicator for n in numbers] == [None] and "đơn vị" in numbers[0].measure
