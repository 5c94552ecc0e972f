"""Numbers: real sentences from corpus/ -> (value, kind, unit) records; exclusions from ANNOTATION.md."""
import pytest

from vnextract.extractors.numbers import extract_numbers, parse_number

CASES = [
    ("thousands-dot", "duy trì các hệ thống thư điện tử công vụ với 19.623 tài khoản thư công vụ;",
     [(19623, "count", "tài khoản thư công vụ")]),
    ("money-scale", "(giai đoạn 2021 - 2023 khoảng 290 tỷ đồng) bao gồm nguồn vốn đầu tư công",
     [(290e9, "money", "VND")]),
    ("percent", "tỷ lệ văn bản ký số gửi nhận đạt khoảng 98%.", [(98, "percent", "%")]),
    ("decimal-comma-percent", "Tỷ lệ hộ nghèo giảm còn 20,17%, giảm 8,8% so với năm trước.",
     [(20.17, "percent", "%"), (8.8, "percent", "%")]),
    ("leading-zero-count", "quan tâm đẩy mạnh 03 trụ cột chuyển đổi số là chính quyền số", [(3, "count", None)]),
    ("million-decimal", "thu nhập bình quân đạt 26,2 triệu đồng/người/năm", [(26.2e6, "money", "VND")]),
    ("big-scale", "tổng vốn khoảng 672 ngàn tỷ đồng", [(672e12, "money", "VND")]),
    ("usd", "mức hỗ trợ 5.000 USD cho mỗi dự án", [(5000, "money", "USD")]),
    ("measure-ha", "diện tích rừng 26.600 ha", [(26600, "measure", "ha")]),
    ("range", "tăng trưởng từ 10 - 15% mỗi năm", [(10, "percent", "%"), (15, "percent", "%")]),
    ("number-word", "xác định ba trụ cột chuyển đổi số", [(3, "count", None)]),
    ("share", "đã khởi công xây dựng 3.796/4.716 hộ, đạt 80,5%",
     [(3796, "count", None), (4716, "count", None), (80.5, "percent", "%")]),
    ("compared-duration", "nâng thời gian từ 2,5 năm lên 5 năm", [(2.5, "measure", "năm"), (5, "measure", "năm")]),
    ("date-not-number", "Chiều ngày 15/11, tại trụ sở UBND tỉnh", []),
    ("period-not-number", "Giai đoạn 2021 – 2025, tỉnh xác định nhiệm vụ trọng tâm", []),
    ("law-number-not-number", "Luật giao dịch điện tử số 20/2023/QH15 ngày 22/6/2023, có hiệu lực từ 01/7/2024", []),
    ("term-not-number", "Phó Trưởng đoàn Chuyên trách Đoàn ĐBQH khóa XV tỉnh, Kỳ họp thứ 8", []),
    ("label-not-number", "triển khai mô hình chợ 4.0 và Đề án 06", []),
    ("period-months-not-number", "báo cáo tình hình 6 tháng đầu năm 2019", []),
    ("time-not-number", "Cập nhật: 14:47 ngày 11/07/2019", []),
    # journalistic text (issue: right on news nobody tuned to)
    ("clock-time-not-number", "Buổi tiếp xúc kéo dài đến 15h30 vẫn chưa kết thúc, đến 19h15 mới xong.", []),
    ("dash-day-month-not-number", "Đơn gửi từ sáng 2-7 nhưng đến 23-7 chi cục mới trả lời.", []),
    ("age-is-a-measure", "Cháu bé 2 tuổi bị giáo viên đánh bầm tím.", [(2, "measure", "tuổi")]),
    ("months-of-age", "cháu Phạm Thu Phương 27 tháng tuổi", [(27, "measure", "tháng tuổi")]),
    ("duration-reported", "Thời gian thanh tra là 45 ngày kể từ ngày công bố quyết định.", [(45, "measure", "ngày")]),
    ("duration-placing-not-number", "Sau 3 ngày, đoàn kiểm tra đã có kết luận về 10 năm qua.", []),
    ("duration-placing-with-a-qualifier-between", "Sau gần 3 năm đắn đo, qua gần 3 tháng kiểm tra, thành phố đã "
     "chọn phương án cầu.", []),
    ("anniversary-not-number", "Tỉnh tổ chức lễ kỷ niệm 110 năm ngày thành lập tỉnh Lào Cai.", []),
    ("duration-followed-by-its-years-or-a-date-not-number",
     "Trong 2 năm 2017 và 2018, UBND TP đã làm việc; Kết luận số 301/BC-TTCP-P 3 ngày 12/4/2005 đã nêu rõ.", []),
    ("required-minimum-duration-is-a-measure", "Thời gian lưu lại không được dưới 12 tháng.",
     [(12, "measure", "tháng")]),
    ("nam-is-five-where-tagged-a-numeral",
     "Tỉnh có năm huyện nghèo. Năm nay, hàng năm, hơn trăm năm tuổi, ngã năm thị trấn: không phải số lượng.",
     [(5, "count", "huyện nghèo")]),
    ("a-number-word-before-a-capitalised-post", "Ban có hai Phó ban và ba Thứ trưởng.",
     [(2, "count", "Phó ban"), (3, "count", "Thứ trưởng")]),
    ("a-number-word-duration-placing-in-time", "Sau hai ngày, đoàn về; ông qua đời cách đây chừng ba tháng.", []),
    ("duration-of-programme-not-number", "kết quả 5 năm thực hiện các chương trình mục tiêu quốc gia", []),
    ("bare-billion-is-money", "Tổng chi phí để di dời và giải phóng mặt bằng là 305 tỷ.", [(305e9, "money", "VND")]),
    ("million-people-is-a-count", "Có 2 triệu người tham gia bảo hiểm.", [(2e6, "count", "người tham gia bảo hiểm")]),
    ("money-noun-after-scale", "Bà nhận được 21 triệu tiền đền bù, ông xin 10.000 tỷ nợ thuế.",
     [(21e6, "money", "VND"), (10_000e9, "money", "VND")]),
    ("capitalised-title-counted", "Hiện UBND thành phố có 6 Phó chủ tịch; Quốc hội thông qua 12 Luật, 12 Nghị quyết.",
     [(6, "count", "Phó chủ tịch"), (12, "count", "Luật"), (12, "count", "Nghị quyết")]),
    ("dong-pham-is-not-money", "truy tố cựu chủ tịch huyện cùng 14 đồng phạm", [(14, "count", "đồng phạm")]),
    ("dong-after-a-scale-is-the-currency", "Mỗi hộ phải đóng 4-5 triệu đồng tiền xây dựng hạ tầng.",
     [(4e6, "money", "VND"), (5e6, "money", "VND")]),
    ("dong-bao-after-a-scale-is-people", "Cả nước có 3 triệu đồng bào theo đạo Tin lành.",
     [(3e6, "count", "đồng bào")]),
    ("degrees", "Nhiệt độ ngoài trời lên tới 38 độ.", [(38, "measure", "độ")]),
    ("dong-in-a-word-is-not-money", "Cơ quan điều tra khởi tố 15 đồng phạm.", [(15, "count", "đồng phạm")]),
    ("phone-not-number", "Hotline: +84.0204.3 856 624", []),
    ("count-of-times", "Vì sao đường ống nước sông Đà vỡ 17 lần?", [(17, "count", "lần")]),
    ("times-as-a-multiple", "Số du học sinh gấp 3 lần tổng số du học sinh của các nước khác.", [(3, "count", "lần")]),
    ("times-in-number-words", "Cả hai lần HĐND thành phố tổ chức lấy phiếu tín nhiệm.", [(2, "count", "lần")]),
    ("once-says-how-not-how-many", "Ông một lần nữa khẳng định; đại hội 5 năm 1 lần.", []),
    ("times-ordinal", "Đây là lần thứ 3 đoàn đến làm việc.", []),
    ("total-number-is-a-count", "Hệ thống cầu bao gồm cầu đường bộ, hầm đường bộ… với tổng số 26 công trình.",
     [(26, "count", "công trình")]),
    ("accused-is-a-counted-noun", "Viện KSND Tối cao đã ra cáo trạng truy tố 9 bị can.", [(9, "count", "bị can")]),
    ("one-number-is-some", "Tổ chức thi giáo viên dạy giỏi và sinh hoạt 1 số chuyên đề.", []),
    ("issues-of-a-paper-are-counted", "Theo quy định phải được đăng trên báo 3 số liên tiếp.", [(3, "count", "số liên tiếp")]),
    ("day-month-after-this-afternoon", "Ông Đức xác nhận chiều nay 28-9 đám cưới con trai bí thư huyện uỷ sẽ diễn ra.", []),
    ("plenum-party-cell-and-floor-numbers-are-labels",
     "Thực hiện Nghị quyết Trung ương 4 khóa XII; cách chức Phó Bí thư Chi bộ 4; toàn bộ tầng 6 bị thấm dột.", []),
    ("a-figure-with-its-own-unit-after-a-label-word-is-a-quantity",
     "Mỗi tầng 140m2; bố trí ngân sách trung ương 460 tỉ đồng; khu 4,3 ha ngoài ranh quy hoạch.",
     [(140, "measure", "m2"), (460e9, "money", "VND"), (4.3, "measure", "ha")]),
    ("the-two-countries-are-parties-not-a-count", "Quan hệ hai nước phát triển tốt, hai bên nhất trí tăng cường hợp tác.", []),
    ("month-year-is-a-date", "Từ tháng 10/2010 đến 11/2015, ông giữ chức Phó chủ tịch tỉnh từ 1/2015.", []),
    ("a-share-is-not-a-month-year", "Có 28/58 hộ dân chưa đồng ý.", [(28, "count", "hộ dân"), (58, "count", "hộ dân")]),
    ("map-scale-is-a-label", "Phê duyệt quy hoạch chi tiết 1/500 và quy hoạch phân khu tỷ lệ 1/2000.", []),
    ("lunar-new-year-day-is-a-date", "Nhà hàng bị phản ánh vào mùng 3 Tết, khách trả 16,5 triệu đồng.",
     [(16.5e6, "money", "VND")]),
    ("hotel-stars-are-a-rating", "Nâng cấp thành khách sạn 4-5 sao; khách sạn 5 sao New World có 200 phòng.",
     [(200, "count", "phòng")]),
    ("dong-joined-to-a-money-noun-is-the-currency", "Khách còn phải trả thêm 130.000 đồng tiền ghế ngồi.",
     [(130000, "money", "VND")]),
    ("thousands-written-the-english-way", "Khu thương mại dịch vụ với 13,000 m2.", [(13000, "measure", "m2")]),
    ("a-junction-and-a-few-are-no-counts",
     "Tại ngã ba xã Châu Lộc chỉ có vài ba công nhân ở lại, còn ba xã nghèo chưa có đường.",
     [(3, "count", "xã nghèo")]),
    ("a-number-word-inside-a-word-is-no-count",
     "Lực lượng kiểm tra rừng ba kích, cấm xe ba gác và thu giữ hai xe máy.",
     [(2, "count", "xe máy")]),
    ("a-length-after-more-than-or-throughout-is-the-fact",
     "Đường dây đã hoạt động hơn hai năm; dự án bị dừng thi công suốt 4 tháng; sau hơn 3 năm sẽ xong.",
     [(2, "measure", "năm"), (4, "measure", "tháng")]),
    ("one-counts-a-length-only-after-a-qualifier-or-a-change",
     "Hóa đơn kéo dài một năm; thụ lý đơn hơn một tháng; lãi 4% một tháng; hôm nay là một ngày đặc biệt.",
     [(1, "measure", "năm"), (1, "measure", "tháng"), (4, "percent", "%")]),
    ("a-round-number-is-a-label", "Đội thi đấu vòng 25 gặp Quảng Nam; giải có 3 vòng đấu.", [(3, "count", "vòng đấu")]),
    ("a-grade-a-chainage-and-a-day-of-a-month-are-labels",
     "Tuyển sinh lớp 10 các trường THPT; trường có 20 lớp học. Trạm thu phí km 17+ 100 đường Hoà Lạc dài 30 m. "
     "Xe rẽ vào đường 30 tháng 4; bị cáo bị phạt 6 tháng 10 ngày tù.",
     [(20, "count", "lớp học"), (30, "measure", "m"), (6, "measure", "tháng")]),
    ("a-bare-amount-ending-a-headline-is-money",
     "Trai làng hỗn chiến 1 người chết, người nhà đòi 2 tỉ",
     [(1, "count", "người chết"), (2000000000, "money", "VND")]),
    ("a-number-word-before-named-people-counts-nothing",
     "Ông A chúc mừng hai ông Nguyễn Văn Thông và Võ Văn Dũng; hai cán bộ xã được khen.",
     [(2, "count", "cán bộ xã")]),
    ("among-them-is-a-count-and-a-passive-ends-the-noun",
     "Trong số 9 bị can bị truy tố có 6 người là cấp dưới; 12 hộ được hỗ trợ.",
     [(9, "count", "bị can"), (6, "count", "người"), (12, "count", "hộ")]),
    ("a-hamlet-number-is-a-label", "Khu vực xóm 4 xã Đồng Tâm có 12 hộ.", [(12, "count", "hộ")]),
    ("land-parcel-numbers-are-labels", "Gồm 90 thửa, từ thửa số 161 đến thửa 250 tờ bản đồ số 6.", [(90, "count", "thửa")]),
    ("a-number-that-ends-a-name-is-not-a-figure", "Cầu Thủ Thiêm 4 dài gần 2,2 km; thủy điện Sông Tranh 2 xả nước; "
     "UBND Q. 1 phụ trách.", [(2.2, "measure", "km")]),
    ("a-count-after-a-place-name-is-a-figure", "Lạng Sơn mỗi tỉnh 3 người; Lai Châu 2 người. Thả 10 vạn con giống.",
     [(3, "count", "người"), (2, "count", "người"), (100000, "count", "con giống")]),
    ("a-range-of-time-placing-an-event-is-not-a-figure",
     "Cách đây 3-4 năm, HĐND đã làm; sau 10-15 ngày sẽ có kết quả; thời gian thi công 3 - 4 tháng.",
     [(3, "measure", "tháng"), (4, "measure", "tháng")]),
    ("an-amount-in-two-parts-is-one-figure",
     "Chi ngoài dự toán số tiền 960 tỷ 533 triệu đồng; nguồn dự phòng là 126 tỷ 090 triệu đồng; giá 2 triệu 500 nghìn đồng.",
     [(960_533_000_000, "money", "VND"), (126_090_000_000, "money", "VND"), (2_500_000, "money", "VND")]),
    ("hectares-spelled-out-and-lunar-day-spans",
     "Hơn 100 héc ta rừng bị phá; các ngày cận tết (từ 26 đến 29 tết) và ngày 2-2 (28 tết); mở cửa từ 7 - 19 giờ.",
     [(100, "measure", "ha")]),
    ("a-celebrated-anniversary-is-not-a-figure", "Để chào mừng 74 năm ngày Cách mạng tháng Tám thành công.", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_numbers(make_ctx, text: str, expected: list) -> None:
    numbers = extract_numbers(make_ctx(text))
    got = [(n.value, n.kind) for n in numbers]
    assert got == [(float(v), k) for v, k, _ in expected]
    for n, (_, _, unit) in zip(numbers, expected):
        if unit is not None:
            assert n.unit == unit
        assert text[n.start:n.end] == n.text


def test_qualifier(make_ctx) -> None:
    (n,) = extract_numbers(make_ctx("tỷ lệ văn bản ký số đạt khoảng 98%."))
    assert n.qualifier == "khoảng" and n.approximate
    (m,) = extract_numbers(make_ctx("có hơn 63.000 đảng viên"))
    assert m.qualifier == "hơn" and not m.approximate and m.value == 63000


@pytest.mark.parametrize("text, value", [("19.623", 19623), ("98,5", 98.5), ("03", 3), ("1.000.000", 1e6),
                                         ("2,5", 2.5), ("abc", None), ("15/11", None),
                                         ("13,000", 13000), ("2,500", 2.5)])
def test_parse_number(text: str, value) -> None:
    assert parse_number(text) == value
