"""People and roles: real sentences from corpus/ -> (name, roles) records."""
import pytest

from vnextract.extractors.people import extract_people

CASES = [
    ("list-with-titles",
     "Dự buổi giám sát về phía tỉnh Hà Giang có các đồng chí: Hoàng Gia Long, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch "
     "Thường trực UBND tỉnh; Lý Thị Lan, Ủy viên BTV Tỉnh ủy, Phó Trưởng đoàn Chuyên trách Đoàn ĐBQH khóa XV tỉnh "
     "Hà Giang; Hoàng Văn Vịnh, Phó Chủ tịch Hội đồng nhân dân tỉnh; lãnh đạo các sở, ban, ngành của tỉnh.",
     [("Hoàng Gia Long", ["Ủy viên BTV Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"]),
      ("Lý Thị Lan", ["Ủy viên BTV Tỉnh ủy", "Phó Trưởng đoàn Chuyên trách Đoàn ĐBQH khóa XV tỉnh Hà Giang"]),
      ("Hoàng Văn Vịnh", ["Phó Chủ tịch Hội đồng nhân dân tỉnh"])]),
    ("title-before-name",
     "Giám đốc Sở Thông tin và Truyền thông Đỗ Thái Hòa báo cáo công tác chuyển đổi số tại buổi làm việc.",
     [("Đỗ Thái Hòa", ["Giám đốc Sở Thông tin và Truyền thông"])]),
    ("org-with-comma-and-verb-role",
     "Đoàn Giám sát do đồng chí Nguyễn Thị Kim Oanh, Ủy viên Thường trực Ủy ban Khoa học, Công nghệ và Môi trường "
     "của Quốc hội làm Trưởng đoàn đã làm việc với tỉnh Hà Giang.",
     [("Nguyễn Thị Kim Oanh", ["Ủy viên Thường trực Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
                               "Trưởng đoàn"])]),
    ("shared-list-title",
     "Tham dự Đoàn công tác của Thủ tướng có các đồng chí Ủy viên BCH Trung ương Đảng: Lê Minh Hoan, Bộ trưởng "
     "Bộ Nông nghiệp và Phát triển nông thôn; Nguyễn Văn Thắng, Bộ trưởng Bộ Giao thông vận tải.",
     [("Lê Minh Hoan", ["Ủy viên BCH Trung ương Đảng", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn"]),
      ("Nguyễn Văn Thắng", ["Ủy viên BCH Trung ương Đảng", "Bộ trưởng Bộ Giao thông vận tải"])]),
    ("national-title",
     "Phát biểu quán triệt nội dung buổi làm việc, Thủ Tướng Chính phủ Phạm Minh Chính nêu rõ nhiều vấn đề.",
     [("Phạm Minh Chính", ["Thủ Tướng Chính phủ"])]),
    ("several-titles-before-names",
     "Cùng đi có Chủ tịch UBND tỉnh Trần Tiến Hưng, Phó Chủ tịch HĐND tỉnh Trần Tú Anh, Bí thư Thành ủy "
     "Dương Tất Thắng và lãnh đạo một số sở, ngành liên quan.",
     [("Trần Tiến Hưng", ["Chủ tịch UBND tỉnh"]), ("Trần Tú Anh", ["Phó Chủ tịch HĐND tỉnh"]),
      ("Dương Tất Thắng", ["Bí thư Thành ủy"])]),
    ("abbreviated-titles",
     "Cùng tham gia đoàn công tác có các đồng chí: Nguyễn Văn Quang, Phó Bí thư TT Tỉnh ủy, Chủ tịch UBND tỉnh; "
     "Bùi Văn Cửu, Phó Chủ tịch TT UBND tỉnh; Nguyễn Hoàng Thư, Giám đốc Sở TT&TT; đại diện VP UBND tỉnh.",
     [("Nguyễn Văn Quang", ["Phó Bí thư TT Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
      ("Bùi Văn Cửu", ["Phó Chủ tịch TT UBND tỉnh"]), ("Nguyễn Hoàng Thư", ["Giám đốc Sở TT&TT"])]),
    # journalistic text (issue: right on news nobody tuned to)
    ("former-post-after-name",
     "Cơ quan điều tra đã ra quyết định khởi tố các bị can: Nguyễn Thanh Sang, nguyên giám đốc Sở Tài chính; "
     "Phan Xuân Ít, nguyên Phó Chánh Văn phòng UBND TP Đà Nẵng.",
     [("Nguyễn Thanh Sang", ["giám đốc Sở Tài chính"]), ("Phan Xuân Ít", ["Phó Chánh Văn phòng UBND TP Đà Nẵng"])]),
    ("career-history",
     "Ông Võ Kim Cự, trước đó là Bí thư Tỉnh ủy Hà Tĩnh, từng giữ chức Chủ tịch UBND tỉnh.",
     [("Võ Kim Cự", ["Bí thư Tỉnh ủy Hà Tĩnh", "Chủ tịch UBND tỉnh"])]),
    ("role-after-la",
     "Ông Nguyễn Ngọc Tuấn là phó chủ tịch UBND TP Đà Nẵng.",
     [("Nguyễn Ngọc Tuấn", ["phó chủ tịch UBND TP Đà Nẵng"])]),
    ("lower-case-organisation-name",
     "Sau đó, giám đốc Ban xúc tiến và hỗ trợ đầu tư thành phố Đà Nẵng Lê Cảnh Dương cho biết.",
     [("Lê Cảnh Dương", ["giám đốc Ban xúc tiến và hỗ trợ đầu tư thành phố Đà Nẵng"])]),
    ("only-first-word-of-name-capitalised",
     "Bà Phạm Khánh Phong Lan, trưởng Ban Quản lý an toàn thực phẩm TP. HCM cho biết sẽ kiểm tra.",
     [("Phạm Khánh Phong Lan", ["trưởng Ban Quản lý an toàn thực phẩm TP. HCM"])]),
    ("full-name-is-not-extended-over-the-predicate",
     "Ông Nguyễn Văn An, Giám đốc Sở Y tế kiểm tra công tác phòng dịch tại huyện.",
     [("Nguyễn Văn An", ["Giám đốc Sở Y tế"])]),
    ("position-ending-with-head",
     "Ông Nguyễn Viết Vĩnh, trưởng Phòng quản lý đô thị UBND TP Đà Nẵng đã ký văn bản.",
     [("Nguyễn Viết Vĩnh", ["trưởng Phòng quản lý đô thị UBND TP Đà Nẵng"])]),
    ("function-word-ends-a-name",
     "Tổng Bí thư Nguyễn Phú Trọng\nVề vấn đề này, Tổng Bí thư yêu cầu làm rõ.",
     [("Nguyễn Phú Trọng", ["Tổng Bí thư"])]),
    ("name-fused-with-the-verb-after-it",
     "Ông Đặng Quốc Khánh sinh năm 1976, quê Hà Tĩnh; tân Thủ tướng Nguyễn Xuân Phúc trình Quốc hội phê chuẩn.",
     [("Đặng Quốc Khánh", []), ("Nguyễn Xuân Phúc", ["Thủ tướng"])]),
    ("a-capitalised-body-or-place-runs-into-a-long-name",
     "Bộ trưởng Bộ Công Thương Trần Tuấn Anh dự họp. Chánh Văn phòng UBND quận Hai Bà Trưng Lê Hoàng Đức cho biết; "
     "Chủ tịch Quốc hội Việt Nam Nguyễn Thị Kim Ngân phát biểu.",
     [("Trần Tuấn Anh", ["Bộ trưởng Bộ Công Thương"]), ("Lê Hoàng Đức", ["Chánh Văn phòng UBND quận Hai Bà Trưng"]),
      ("Nguyễn Thị Kim Ngân", ["Chủ tịch Quốc hội Việt Nam"])]),
    ("central-highlands-names-with-an-apostrophe",
     "Bí thư Huyện uỷ Tây Giang, ông Br ' iu Liếc, đào đường hầm. Ông Kpă H’ven, Chủ tịch UBND xã, cho biết. "
     "Người dân gọi ông Vũ ' nhôm ' là đại gia.",
     [("Br ' iu Liếc", ["Bí thư Huyện uỷ Tây Giang"]), ("Kpă H’ven", ["Chủ tịch UBND xã"])]),
    ("name-glued-to-its-post-by-a-hyphen",
     "Ông Đặng Công Lâm-Chủ tịch UBND huyện Chư Pah cho biết.",
     [("Đặng Công Lâm", ["Chủ tịch UBND huyện Chư Pah"])]),
    ("last-name-syllable-fused-with-the-verb-in-a-word-of-its-own",
     "Ông Cao Tường Huy sinh năm 1973, quê Quảng Ninh. Bộ trưởng Phùng Xuân Nhạ điểm lại nhiều hạn chế.",
     [("Cao Tường Huy", []), ("Phùng Xuân Nhạ", ["Bộ trưởng"])]),
    ("place-then-full-name",
     "Bí thư Huyện ủy huyện Kim Thành Lê Ngọc Sang phát biểu tại hội nghị.",
     [("Lê Ngọc Sang", ["Bí thư Huyện ủy huyện Kim Thành"])]),
    ("street-named-after-a-person",
     "Cây cầu nối từ đường Tôn Đức Thắng; điểm đầu cầu tại giao lộ Tôn Đức Thắng – Lê Duẩn (quận 1).",
     []),
    ("person-and-street-of-the-same-name",
     "Ông Lê Văn Hưng, Chủ tịch UBND quận, kiểm tra đường Lê Lợi và đường Nguyễn Huệ.",
     [("Lê Văn Hưng", ["Chủ tịch UBND quận"])]),
    ("rank-and-delegates",
     "Đơn vị bầu cử số 2 và 3 gồm các đại biểu: Nguyễn Trọng Nghĩa, Nguyễn Thanh Hải đã tiếp xúc cử tri.",
     [("Nguyễn Trọng Nghĩa", ["đại biểu"]), ("Nguyễn Thanh Hải", ["đại biểu"])]),
    ("role-in-brackets-and-party-member-title",
     "Dự hội nghị có đồng chí Trần Văn Bình (Phó Bí thư Thường trực Tỉnh ủy) và đồng chí Lê Thị Cúc, Tỉnh ủy viên, "
     "Giám đốc Sở Y tế.",
     [("Trần Văn Bình", ["Phó Bí thư Thường trực Tỉnh ủy"]), ("Lê Thị Cúc", ["Tỉnh ủy viên", "Giám đốc Sở Y tế"])]),
    ("dash-list",
     "Tham dự có các đồng chí: Nguyễn Văn An - Bí thư Tỉnh ủy; Trần Quốc Bảo - Chủ tịch UBND tỉnh.",
     [("Nguyễn Văn An", ["Bí thư Tỉnh ủy"]), ("Trần Quốc Bảo", ["Chủ tịch UBND tỉnh"])]),
    ("place-before-name-is-not-a-person",
     "Cử tri các huyện: Tân Phước, Châu Thành, Gò Công Đông có nhiều ý kiến.", []),
    ("province-then-name",
     "Bí thư Tỉnh ủy Hà Giang Triệu Tài Vinh kiểm tra công tác dân tộc.",
     [("Triệu Tài Vinh", ["Bí thư Tỉnh ủy Hà Giang"])]),
    ("school-name-is-not-a-person",
     "Học sinh Trường THPT Chu Văn An đạt giải cao.", []),
    # posts written before the person and linked by "đối với", "của" or "là" (career news)
    ("post-before-person-with-doi-voi",
     "Thủ tướng Nguyễn Tấn Dũng vừa phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Thái Bình nhiệm kỳ "
     "2011-2016 đối với ông Nguyễn Hồng Diên, Phó bí thư thường trực Tỉnh uỷ.",
     [("Nguyễn Tấn Dũng", ["Thủ tướng"]),
      ("Nguyễn Hồng Diên", ["Chủ tịch UBND tỉnh Thái Bình", "Phó bí thư thường trực Tỉnh uỷ"])]),
    ("posts-removed-with-cua",
     "Ban Bí thư đã quyết định cách các chức vụ Phó bí thư Tỉnh uỷ, Bí thư Tỉnh uỷ Hà Tĩnh của ông Võ Kim Cự.",
     [("Võ Kim Cự", ["Phó bí thư Tỉnh uỷ", "Bí thư Tỉnh uỷ Hà Tĩnh"])]),
    ("lower-case-name-after-a-two-word-head",
     "Ông Nguyễn Văn Du, giám đốc Ban quản lý dự án đầu tư xây dựng công trình giao thông tỉnh An Giang, cho biết.",
     [("Nguyễn Văn Du", ["giám đốc Ban quản lý dự án đầu tư xây dựng công trình giao thông tỉnh An Giang"])]),
    ("fields-listed-with-commas-and-va-inside-a-body-name",
     "Đồng chí Lê Ngọc Quang, Trưởng Ban chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
     "tỉnh Quảng Bình chủ trì hội nghị.",
     [("Lê Ngọc Quang", ["Trưởng Ban chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
                         "tỉnh Quảng Bình"])]),
    ("people-listed-after-a-body-name-are-not-in-it",
     "Ông Nguyễn Văn Du, giám đốc Ban quản lý dự án, ông Lê Văn Ba và bà Trần Thị Hoa cho biết.",
     [("Nguyễn Văn Du", ["giám đốc Ban quản lý dự án"]), ("Lê Văn Ba", []), ("Trần Thị Hoa", [])]),
    ("la-ends-a-lower-case-body-name",
     "Ông Tô Cước, Chủ tịch Hội đồng bồi thường là người ký quyết định.",
     [("Tô Cước", ["Chủ tịch Hội đồng bồi thường"])]),
    ("a-photo-credit-after-a-dash-is-not-the-body",
     "Ông Lê Minh Hoan, Bí thư Tỉnh uỷ Đồng Tháp - Ảnh: Tuổi Trẻ",
     [("Lê Minh Hoan", ["Bí thư Tỉnh uỷ Đồng Tháp"])]),
    ("birth-year-then-post-in-brackets",
     "Ông Nguyễn Văn An (SN 1965, Phó Chủ tịch UBND xã Tân Lập) bị bắt.",
     [("Nguyễn Văn An", ["Phó Chủ tịch UBND xã Tân Lập"])]),
    ("several-posts-in-one-bracket",
     "Khiển trách các ông: Trần Tiến Anh (Phó Bí thư Đảng ủy, Phó Giám đốc Bệnh viện đa khoa huyện Gia Viễn), "
     "Cầm Ngọc Minh (nguyên phó bí thư, chủ tịch UBND tỉnh Sơn La).",
     [("Trần Tiến Anh", ["Phó Bí thư Đảng ủy", "Phó Giám đốc Bệnh viện đa khoa huyện Gia Viễn"]),
      ("Cầm Ngọc Minh", ["phó bí thư", "chủ tịch UBND tỉnh Sơn La"])]),
    ("a-title-after-a-semicolon-opens-the-next-item",
     "Có mặt tiến sĩ Trần Đăng Tuấn, nguyên Phó tổng giám đốc Đài truyền hình Việt Nam; nghệ sĩ ưu tú Minh Ánh, "
     "Hiệu trưởng Cao đẳng Văn hóa.",
     [("Trần Đăng Tuấn", ["Phó tổng giám đốc Đài truyền hình Việt Nam"])]),
    ("a-dated-post-then-la-then-its-holder",
     "Bí thư Thành ủy lúc bấy giờ là ông Đinh La Thăng; việc tuyển dụng dưới thời Giám đốc cũ là ông Vũ Đình Xinh.",
     [("Đinh La Thăng", ["Bí thư Thành ủy"]), ("Vũ Đình Xinh", ["Giám đốc"])]),
    ("the-one-replaced-held-the-post",
     "Ông Trần Văn Thuận làm Bí thư quận 2 thay ông Nguyễn Hoài Nam. Ông Hải được bầu làm bí thư Trùng Khánh, "
     "thay thế cho ông Trương Đức Giang.",
     [("Trần Văn Thuận", ["Bí thư quận 2"]), ("Nguyễn Hoài Nam", ["Bí thư quận 2"]),
      ("Trương Đức Giang", ["bí thư Trùng Khánh"])]),
    ("a-post-of-someone-else-is-not-given-by-lam",
     "Bà Lan làm Giám đốc Sở Y tế của ông Nguyễn Văn Bình.", [("Nguyễn Văn Bình", [])]),
    ("a-post-then-a-comma-then-its-holder-as-subject",
     "Về việc này, Phó Chủ tịch UBND xã Thanh Sơn, Phạm Thị Hương xác nhận voi rừng thường xuyên xuất hiện.",
     [("Phạm Thị Hương", ["Phó Chủ tịch UBND xã Thanh Sơn"])]),
    ("a-listed-name-without-honorific-is-not-the-posts-holder",
     "Dự họp có Giám đốc Sở Y tế, Nguyễn Văn An, Trần Văn Bình.", [("Nguyễn Văn An", []), ("Trần Văn Bình", [])]),
    ("a-former-post-then-its-holder-after-doi-voi",
     "Ban Bí thư đề nghị thi hành kỷ luật đối với nguyên Bí thư Tỉnh uỷ Bình Định, ông Nguyễn Văn Thiện, vì ông "
     "này đã ký.", [("Nguyễn Văn Thiện", ["Bí thư Tỉnh uỷ Bình Định"])]),
    ("a-surname-inside-a-three-word-place",
     "Ông Trần Văn Đạt, huyện uỷ viên, bí thư Đảng uỷ thị trấn An Lạc Thôn, đi Mỹ; Chủ tịch UBND huyện Nam Trà My "
     "Hồ Quang Bửu cho biết.",
     [("Trần Văn Đạt", ["huyện uỷ viên", "bí thư Đảng uỷ thị trấn An Lạc Thôn"]),
      ("Hồ Quang Bửu", ["Chủ tịch UBND huyện Nam Trà My"])]),
    ("lower-case-unit-words-run-up-to-the-holder",
     "Trong khi đó, Giám đốc sân bay Tân Sơn Nhất Đặng Tuấn Tú cho biết; Trưởng ban tổ chức lễ hội Phạm Thị Oanh "
     "và nhân viên kiểm soát an ninh Vũ Quốc Hoàn có mặt.",
     [("Đặng Tuấn Tú", ["Giám đốc sân bay Tân Sơn Nhất"]), ("Phạm Thị Oanh", ["Trưởng ban tổ chức lễ hội"]),
      ("Vũ Quốc Hoàn", ["nhân viên kiểm soát an ninh"])]),
    ("a-theatre-named-after-someone-is-no-holder",
     "Nghệ sĩ Trần Ngọc Giàu - Giám đốc nhà hát Trần Hữu Trang cho biết.",
     [("Trần Ngọc Giàu", ["Nghệ sĩ", "Giám đốc"])]),
    ("age-and-home-before-the-post",
     "Ông Nguyễn Văn An, 45 tuổi, trú tại xã Tân Lập, là cán bộ địa chính xã Tân Lập; ông Lê Văn Ba, quê Hà Tĩnh, "
     "Giám đốc Sở Y tế, cũng có mặt.",
     [("Nguyễn Văn An", ["cán bộ địa chính xã Tân Lập"]), ("Lê Văn Ba", ["Giám đốc Sở Y tế"])]),
    ("two-posts-joined-by-va",
     "Ông Nguyễn Văn An, Bí thư Tỉnh ủy và Chủ tịch HĐND tỉnh Hà Giang cho biết.",
     [("Nguyễn Văn An", ["Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Hà Giang"])]),
    ("va-right-after-the-name-joins-another-person",
     "Chiều nay còn có Cục trưởng cục Văn hoá Cơ sở Ninh Thị Thu Hương và Giám đốc sở Văn hoá Phú Thọ về dự.",
     [("Ninh Thị Thu Hương", ["Cục trưởng cục Văn hoá Cơ sở"])]),
    ("an-age-or-birth-year-between-name-and-post",
     "Ông Nguyễn Văn An, 56 tuổi, Phó Chủ tịch UBND tỉnh, và ông Lê Văn Ba, sinh năm 1960, Giám đốc Sở Y tế, bị "
     "kỷ luật.",
     [("Nguyễn Văn An", ["Phó Chủ tịch UBND tỉnh"]), ("Lê Văn Ba", ["Giám đốc Sở Y tế"])]),
    ("post-at-that-time-and-a-second-post-at-the-same-time",
     "Ông Nguyễn Văn An, khi đó là Giám đốc Sở Tài chính, đồng thời là Chủ tịch Hội Nhà báo tỉnh, đã ký.",
     [("Nguyễn Văn An", ["Giám đốc Sở Tài chính", "Chủ tịch Hội Nhà báo tỉnh"])]),
    ("the-person-replaced-held-the-post",
     "Ông Trần Văn Nam, Chủ tịch UBND tỉnh, được bầu giữ chức Bí thư Tỉnh uỷ thay ông Mai Thế Trung.",
     [("Trần Văn Nam", ["Chủ tịch UBND tỉnh", "Bí thư Tỉnh uỷ"]), ("Mai Thế Trung", ["Bí thư Tỉnh uỷ"])]),
    ("appointment-shared-by-coordinated-names",
     "Quốc hội đã phê chuẩn việc bổ nhiệm Thẩm phán Tòa án nhân dân tối cao đối với ông Lê Hồng Quang và ông "
     "Nguyễn Văn Tiến.",
     [("Lê Hồng Quang", ["Thẩm phán Tòa án nhân dân tối cao"]),
      ("Nguyễn Văn Tiến", ["Thẩm phán Tòa án nhân dân tối cao"])]),
    ("post-is-the-subject-of-la",
     "Ban Nội chính Trung ương hiện có Trưởng ban và hai Phó ban là ông Võ Văn Dũng và ông Phạm Gia Túc.",
     [("Võ Văn Dũng", ["Phó ban"]), ("Phạm Gia Túc", ["Phó ban"])]),
    ("a-word-for-post-without-a-link-gives-nothing",
     "Phát biểu của ông Nguyễn Văn An tại buổi làm việc với Bí thư Huyện ủy.",
     [("Nguyễn Văn An", [])]),
    # career histories: pronoun subjects, short names and lists after a post word
    ("career-list-after-a-pronoun",
     "Bà Ngô Thị Doãn Thanh được điều động nhận công tác tại Ban Dân vận Trung ương. Bà từng trải qua nhiều vị "
     "trí như: Bí thư Thành đoàn, Bí thư Quận uỷ, Phó Bí thư Thành uỷ.",
     [("Ngô Thị Doãn Thanh", ["Bí thư Thành đoàn", "Bí thư Quận uỷ", "Phó Bí thư Thành uỷ"])]),
    ("pronoun-goes-to-the-person-it-fits",
     "Bí thư Tỉnh ủy làm việc với bà Trần Thị Hoa. Ông Nguyễn Văn Bình, Chủ tịch UBND tỉnh dự họp. "
     "Bà từng là Giám đốc Sở Y tế.",
     [("Trần Thị Hoa", ["Giám đốc Sở Y tế"]), ("Nguyễn Văn Bình", ["Chủ tịch UBND tỉnh"])]),
    ("pronoun-without-a-post-gives-nothing",
     "Chủ tịch UBND tỉnh đã gặp ông Nguyễn Văn An. Ông cho biết sẽ kiểm tra.",
     [("Nguyễn Văn An", [])]),
    ("verb-role-list-after-a-short-name",
     "Ông Lê Minh Trí là uỷ viên Trung ương. Ông Trí từng giữ chức Phó bí thư quận uỷ, Chủ tịch UBND quận 1, "
     "Phó chủ tịch UBND TP HCM.",
     [("Lê Minh Trí", ["uỷ viên Trung ương", "Phó bí thư quận uỷ", "Chủ tịch UBND quận 1",
                       "Phó chủ tịch UBND TP HCM"])]),
    ("new-post-in-brackets-and-numbered-units",
     "Ông Nguyễn Văn Tỉnh - chủ tịch UBND huyện Hiệp Đức (nay là bí thư huyện uỷ), ký quyết định. Ông Huỳnh "
     "Thúc Viên, Bí thư Chi bộ 4, Chi cục trưởng Chi cục bảo vệ môi trường bị khiển trách.",
     [("Nguyễn Văn Tỉnh", ["chủ tịch UBND huyện Hiệp Đức", "bí thư huyện uỷ"]),
      ("Huỳnh Thúc Viên", ["Bí thư Chi bộ 4", "Chi cục trưởng Chi cục bảo vệ môi trường"])]),
    ("short-name-in-brackets-inside-the-organisation",
     "Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT) Nguyễn Hữu Độ cho biết sẽ kiểm tra.",
     [("Nguyễn Hữu Độ", ["Giám đốc Sở Giáo dục và Đào tạo (GD&ĐT)"])]),
    ("role-then-honorific-then-name",
     "Đến thăm gia đình, Trưởng thôn ông Bhling Ngói cho biết dân làng đã ổn định.",
     [("Bhling Ngói", ["Trưởng thôn"])]),
    ("post-removed-linked-by-voi",
     "Quốc hội miễn nhiệm chức vụ Bộ trưởng Giao thông Vận tải với ông Trương Quang Nghĩa.",
     [("Trương Quang Nghĩa", ["Bộ trưởng Giao thông Vận tải"])]),
    ("headline-end-is-not-the-role-of-the-next-line",
     "Bị xúc phạm, chủ tịch xã kiến nghị xử lý chủ tịch Tập đoàn địa ốc Alibaba\nÔng Thân Đăng Phong cho biết "
     "đã gửi đơn.",
     [("Thân Đăng Phong", [])]),
    ("anonymised-name-ends-with-an-initial",
     "Vợ ông Hoà là bà Trần Thị H. (SN 1960) làm nghề buôn bán; ông Phạm Văn G. - giám đốc một văn phòng nhà đất.",
     [("Trần Thị H.", []), ("Phạm Văn G.", ["giám đốc"])]),
    ("post-then-dash-then-honorific",
     "Mới đây, Thứ trưởng bộ GTVT - ông Lê Đình Thọ cho biết sẽ kiểm tra.",
     [("Lê Đình Thọ", ["Thứ trưởng bộ GTVT"])]),
    ("sentence-opening-post-then-comma-then-honorific",
     "Chủ tịch UBND xã Hưng Điền B, ông Nguyễn Vũ Linh cho biết sẽ kiểm tra.",
     [("Nguyễn Vũ Linh", ["Chủ tịch UBND xã Hưng Điền B"])]),
    ("opening-phrase-then-post-then-comma-then-honorific",
     "Cũng tại buổi gặp mặt, Chủ tịch UBND phường Yên Hoà, ông Hoàng Trung Kiên, gửi lời cảm ơn tới các bạn trẻ.",
     [("Hoàng Trung Kiên", ["Chủ tịch UBND phường Yên Hoà"])]),
    ("post-as-the-agent-after-duoc-then-comma-then-honorific",
     "Kế hoạch vừa được Phó chủ tịch UBND TP Hà Nội, bà Nguyễn Thị Bích Ngọc ký ban hành.",
     [("Nguyễn Thị Bích Ngọc", ["Phó chủ tịch UBND TP Hà Nội"])]),
    ("after-a-semicolon-a-post-then-comma-belongs-to-the-next-name",
     "Cùng dự có Bộ trưởng Bộ Văn hoá, ông Nguyễn Ngọc Thiện; Chủ tịch UBND thành phố Hà Nội, ông Nguyễn Đức Chung "
     "cùng đại diện các bộ.",
     [("Nguyễn Ngọc Thiện", []), ("Nguyễn Đức Chung", ["Chủ tịch UBND thành phố Hà Nội"])]),
    ("a-post-after-someone-named-is-theirs-not-the-next-persons",
     "Ông Lê Văn Ba, Giám đốc Sở Y tế, ông Nguyễn Vũ Linh cho biết sẽ kiểm tra.",
     [("Lê Văn Ba", ["Giám đốc Sở Y tế"]), ("Nguyễn Vũ Linh", [])]),
    ("a-post-before-the-comma-further-in-belongs-to-no-one",
     "Làm việc với Chủ tịch UBND xã, ông Nguyễn Vũ Linh cho biết sẽ kiểm tra.",
     [("Nguyễn Vũ Linh", [])]),
    ("list-of-holders-after-gom",
     "UBND TP hiện có 2 Phó Chủ tịch gồm các ông Lê Thanh Liêm, Trần Vĩnh Tuyến. Bộ có các thứ trưởng, gồm "
     "ông, bà: Doãn Mậu Diệp, Lê Tấn Dũng.",
     [("Lê Thanh Liêm", ["Phó Chủ tịch"]), ("Trần Vĩnh Tuyến", ["Phó Chủ tịch"]),
      ("Doãn Mậu Diệp", ["thứ trưởng"]), ("Lê Tấn Dũng", ["thứ trưởng"])]),
    ("gom-without-a-post-gives-nothing",
     "Hội nghị gồm có ông Nguyễn Văn An và bà Trần Thị Bình.",
     [("Nguyễn Văn An", []), ("Trần Thị Bình", [])]),
    ("dash-and-number-inside-the-organisation",
     "Đi cùng có Giám đốc Sở Quy hoạch - Kiến trúc Nguyễn Thanh Nhã và Hiệu trưởng Trường THPT Tuy Phước số 3 "
     "Dương Thị Bích Liên.",
     [("Nguyễn Thanh Nhã", ["Giám đốc Sở Quy hoạch - Kiến trúc"]),
      ("Dương Thị Bích Liên", ["Hiệu trưởng Trường THPT Tuy Phước số 3"])]),
    ("one-post-abbreviated-and-in-full-counts-once",
     "Bộ trưởng Bộ Thông tin - Truyền thông Trương Minh Tuấn làm việc tại Cà Mau. Đây là chỉ đạo của Bộ trưởng "
     "Bộ TT&TT Trương Minh Tuấn.",
     [("Trương Minh Tuấn", ["Bộ trưởng Bộ Thông tin - Truyền thông"])]),
    ("assistant-to-a-named-leader",
     "Thủ tướng Chính phủ bổ nhiệm ông Nguyễn Trí Dũng, Thư ký đồng chí Trịnh Đình Dũng, Phó Thủ tướng Chính phủ.",
     [("Nguyễn Trí Dũng", ["Thư ký đồng chí Trịnh Đình Dũng", "Phó Thủ tướng Chính phủ"]),
      ("Trịnh Đình Dũng", ["Phó Thủ tướng Chính phủ"])]),
    ("people-s-council-and-committee-are-two-posts",
     "Thủ tướng vừa phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Thái Bình nhiệm kỳ 2011-2016 đối với ông "
     "Nguyễn Hồng Diên, Phó bí thư thường trực Tỉnh uỷ, nguyên Chủ tịch HĐND tỉnh Thái Bình.",
     [("Nguyễn Hồng Diên", ["Chủ tịch UBND tỉnh Thái Bình", "Phó bí thư thường trực Tỉnh uỷ",
                            "Chủ tịch HĐND tỉnh Thái Bình"])]),
    ("occupation-with-lower-case-unit-and-ward",
     "Ông Huỳnh Công Trung, cán bộ địa chính – xây dựng phường Phú Hữu bị phê bình.",
     [("Huỳnh Công Trung", ["cán bộ địa chính – xây dựng phường Phú Hữu"])]),
    ("occupation-with-subject-and-school",
     "Ông Tô Hoàng S., giáo viên môn Hoá trường THCS thị trấn Thới Bình bị tố.",
     [("Tô Hoàng S.", ["giáo viên môn Hoá trường THCS thị trấn Thới Bình"])]),
    ("lower-case-unit-closed-by-a-ward",
     "Ông Lê Văn Thưởng, Tổ trưởng dân phố số 13 phường Điện Biên, cho hay khu đất đã qua nhiều đơn vị quản lý.",
     [("Lê Văn Thưởng", ["Tổ trưởng dân phố số 13 phường Điện Biên"])]),
    ("lower-case-unit-closed-by-an-abbreviated-district",
     "Ông Huỳnh Văn Rân, đội trưởng đội kiểm tra quy tắc đô thị Q. Hải Châu, cho biết.",
     [("Huỳnh Văn Rân", ["đội trưởng đội kiểm tra quy tắc đô thị Q. Hải Châu"])]),
    ("abbreviated-district-with-a-number",
     "Ông Đoàn Ngọc Hải, phó chủ tịch UBND Q. 1, cho biết sẽ tiếp tục ra quân.",
     [("Đoàn Ngọc Hải", ["phó chủ tịch UBND Q. 1"])]),
    ("lower-case-domain-word-after-a-dash-in-a-ministry",
     "Bộ trưởng Bộ Khoa học - công nghệ Chu Ngọc Anh cho biết sẽ kiểm tra.",
     [("Chu Ngọc Anh", ["Bộ trưởng Bộ Khoa học - công nghệ"])]),
    ("capitalised-domain-word-then-lower-case-name-of-an-association",
     "Ông Phạm Mai Hùng, Phó chủ tịch Hội Khoa học lịch sử Việt Nam cho biết.",
     [("Phạm Mai Hùng", ["Phó chủ tịch Hội Khoa học lịch sử Việt Nam"])]),
    ("place-word-after-a-lower-case-office-name",
     "Ông Nguyễn Văn Thịnh, Trưởng phòng Nông nghiệp huyện Hà Trung, cũng bị cảnh cáo.",
     [("Nguyễn Văn Thịnh", ["Trưởng phòng Nông nghiệp huyện Hà Trung"])]),
    ("a-school-named-after-someone-after-a-post",
     "Ông Đặng Hữu Thủy, Phó hiệu trưởng Trường THPT Tô Hiệu, cho biết; ông Lê Kim Đính, Hiệu trưởng trường THCS "
     "Đồng Minh, cũng có mặt.",
     [("Đặng Hữu Thủy", ["Phó hiệu trưởng Trường THPT Tô Hiệu"]),
      ("Lê Kim Đính", ["Hiệu trưởng trường THCS Đồng Minh"])]),
    ("a-school-name-then-its-head",
     "Hiệu trưởng Trường THCS Lê Lợi Nguyễn Văn An cho biết; Bộ trưởng Tài nguyên và Môi trường Nguyễn Minh Quang "
     "và Chủ tịch UBND thành phố Nguyễn Thế Thảo cũng dự.",
     [("Nguyễn Văn An", ["Hiệu trưởng Trường THCS Lê Lợi"]),
      ("Nguyễn Minh Quang", ["Bộ trưởng Tài nguyên và Môi trường"]),
      ("Nguyễn Thế Thảo", ["Chủ tịch UBND thành phố"])]),
    ("editors-governors-and-acting-posts",
     "Ông Lê Thế Chữ, Tổng biên tập báo Tuổi Trẻ, và ông Trần Anh Tuấn - quyền Viện trưởng Viện Nghiên cứu, cùng "
     "Thống đốc Ngân hàng Nhà nước Lê Minh Hưng dự họp.",
     [("Lê Thế Chữ", ["Tổng biên tập báo Tuổi Trẻ"]), ("Trần Anh Tuấn", ["Viện trưởng Viện Nghiên cứu"]),
      ("Lê Minh Hưng", ["Thống đốc Ngân hàng Nhà nước"])]),
    ("the-reporters-asking-are-not-the-official-answering",
     "Trả lời câu hỏi của các phóng viên, bí thư Thành uỷ TP. HCM Nguyễn Thiện Nhân nhận định việc xử lý là đúng.",
     [("Nguyễn Thiện Nhân", ["bí thư Thành uỷ TP. HCM"])]),
    ("parent-body-in-brackets-after-the-post",
     "Ông Trần Đăng Hải, Chánh Thanh tra giao thông (Sở Giao thông vận tải Hà Nội) cho biết sẽ xử lý.",
     [("Trần Đăng Hải", ["Chánh Thanh tra giao thông (Sở Giao thông vận tải Hà Nội)"])]),
    ("lower-case-unit-closed-by-a-company",
     "Ông Đỗ Đình Trì, Trưởng đoàn tư vấn giám sát của Công ty cổ phần nước và môi trường Việt Nam - Bộ Xây dựng "
     "bị khởi tố.",
     [("Đỗ Đình Trì", ["Trưởng đoàn tư vấn giám sát của Công ty cổ phần nước và môi trường Việt Nam - Bộ Xây dựng"])]),
    ("lower-case-words-with-no-body-after-are-the-predicate",
     "Ông Nguyễn Thế Kỷ, trưởng đoàn đến thăm Đài PT-TH Nghệ An.",
     [("Nguyễn Thế Kỷ", ["trưởng đoàn"])]),
    ("age-in-brackets-before-the-role",
     "Ông Nguyễn Văn Thơm (65 tuổi), tổ trưởng bảo vệ dân phố cho hay đây là lần đầu tiên xảy ra sự cố vỡ đập.",
     [("Nguyễn Văn Thơm", ["tổ trưởng"])]),
    ("occupation-word-inside-a-longer-word-is-not-a-post",
     "Theo ông Trần Thái Tông, nhà văn phòng cũ đã xuống cấp.",
     [("Trần Thái Tông", [])]),
    ("bracketed-post-after-a-list-of-names",
     "Năm 2004 HĐQT Vinaconex gồm các ông Phí Thái Bình (chủ tịch); Nguyễn Văn Tuân (tổng giám đốc); Tô Ngọc Thành, "
     "Hoàng Hợp Thương, Vũ Đình Chầm (ủy viên HĐQT) đã không thực hiện đúng quy định.",
     [("Phí Thái Bình", ["chủ tịch"]), ("Nguyễn Văn Tuân", ["tổng giám đốc"]), ("Tô Ngọc Thành", ["ủy viên HĐQT"]),
      ("Hoàng Hợp Thương", ["ủy viên HĐQT"]), ("Vũ Đình Chầm", ["ủy viên HĐQT"])]),
    ("shared-post-across-a-bracketed-remark",
     "Cơ quan điều tra khởi tố bị can hai nguyên chủ tịch UBND TP Đà Nẵng là ông Trần Văn Minh (bị bắt tạm giam) và "
     "ông Văn Hữu Chiến do các vi phạm về quản lý đất đai.",
     [("Trần Văn Minh", ["chủ tịch UBND TP Đà Nẵng"]), ("Văn Hữu Chiến", ["chủ tịch UBND TP Đà Nẵng"])]),
    ("capitalised-body-name-right-before-the-person",
     "Người đại diện theo pháp luật là Phó Chủ tịch tập đoàn Hoa Sen Trần Ngọc Chu.",
     [("Trần Ngọc Chu", ["Phó Chủ tịch tập đoàn Hoa Sen"])]),
    ("province-in-brackets-after-the-district",
     "Theo Phó Chủ tịch UBND quận Ba Đình (Hà Nội) Nguyễn Trung Dũng, việc này đúng quy định.",
     [("Nguyễn Trung Dũng", ["Phó Chủ tịch UBND quận Ba Đình (Hà Nội)"])]),
    ("province-after-a-comma-places-the-district",
     "Theo Chủ tịch huyện Cái Nước, tỉnh Cà Mau Phạm Phúc Giang, việc này đúng quy định.",
     [("Phạm Phúc Giang", ["Chủ tịch huyện Cái Nước, tỉnh Cà Mau"])]),
    ("inspector-general-deputy",
     "Thủ tướng bổ nhiệm ông Trần Văn Minh, Phó Bí thư Tỉnh uỷ Quảng Ngãi, giữ chức vụ Phó Tổng Thanh tra Chính phủ.",
     [("Trần Văn Minh", ["Phó Bí thư Tỉnh uỷ Quảng Ngãi", "Phó Tổng Thanh tra Chính phủ"])]),
    ("ampersand-for-and-inside-a-body-name",
     "Thứ trưởng bộ Thông tin & Truyền thông Hoàng Vĩnh Bảo cho biết. Ông Lê Đức Giang, Giám đốc sở NN & PTNT tỉnh "
     "Thanh Hoá, ký văn bản.",
     [("Hoàng Vĩnh Bảo", ["Thứ trưởng bộ Thông tin & Truyền thông"]),
      ("Lê Đức Giang", ["Giám đốc sở NN & PTNT tỉnh Thanh Hoá"])]),
    ("head-of-a-lower-case-board-right-before-the-name",
     "Trả lời chất vấn, Trưởng ban dân nguyện Nguyễn Đức Hiền nói.",
     [("Nguyễn Đức Hiền", ["Trưởng ban dân nguyện"])]),
    ("a-title-that-names-its-body-head",
     "Chi cục trưởng An toàn thực phẩm TP HCM Huỳnh Lê Thái Hoà cho biết.",
     [("Huỳnh Lê Thái Hòa", ["Chi cục trưởng An toàn thực phẩm TP HCM"])]),
    ("abbreviation-in-brackets-after-the-title",
     "Đích thân Phó Thủ tướng (PTT) Chính phủ Vũ Đức Đam chỉ đạo.",
     [("Vũ Đức Đam", ["Phó Thủ tướng (PTT) Chính phủ"])]),
    ("a-membership-is-shared-by-names-joined-by-and",
     "Theo đại biểu Vương Đức Hoàng Quân và Nguyễn Thị Ánh Hoa, việc này cần làm rõ.",
     [("Vương Đức Hoàng Quân", ["đại biểu"]), ("Nguyễn Thị Ánh Hoa", ["đại biểu"])]),
    ("a-predicate-before-the-name-is-no-unit",
     "Các bộ trưởng trả lời chất vấn của ĐBQH Nguyễn Quang Tuấn.",
     [("Nguyễn Quang Tuấn", ["ĐBQH"])]),
    ("abbreviated-deputy-before-a-name-but-not-after-a-body-word",
     "Trả lời ĐB Phạm Khánh Phong Lan, ông Hùng cho biết. Thay mặt đoàn ĐBQH tỉnh, đại biểu Hoàng Thị Đôi thông báo.",
     [("Phạm Khánh Phong Lan", ["ĐB"]), ("Hoàng Thị Đôi", ["đại biểu"])]),
    ("abbreviated-posts-and-companies",
     "Thủ tướng và TGĐ Vietnam Airlines Dương Trí Thành trao đổi; ông Trần Mạnh Báo, TGĐ Cty Giống cây trồng Thái "
     "Bình; bà Trần Thị Chính, GĐ Cty TNHH Kim Chính; bị cáo Trương Tuấn Dũng (cựu Phó GĐ Sở Tài chính Sơn La).",
     [("Dương Trí Thành", ["TGĐ Vietnam Airlines"]), ("Trần Mạnh Báo", ["TGĐ Cty Giống cây trồng Thái Bình"]),
      ("Trần Thị Chính", ["GĐ Cty TNHH Kim Chính"]), ("Trương Tuấn Dũng", ["Phó GĐ Sở Tài chính Sơn La"])]),
    ("a-city-or-village-that-begins-like-a-name-is-the-roles",
     "Theo ông Võ Thanh Tùng, Chủ tịch UBND TP Sa Đéc, thời gian qua thành phố đã làm; bà Thẩm Thị Linh, Bí thư chi bộ "
     "thôn Sơn Tây, cho biết.",
     [("Võ Thanh Tùng", ["Chủ tịch UBND TP Sa Đéc"]), ("Thẩm Thị Linh", ["Bí thư chi bộ thôn Sơn Tây"])]),
    ("a-name-after-a-house-number-is-a-street",
     "Ông Phan Văn Anh Vũ, ngụ tại 82 Trần Quốc Toản, quận Hải Châu; Chủ tịch UBND quận 1 Trần Thế Thuận cho biết; "
     "đây là lần thứ 2 Nguyễn Thế Quỳnh giành giải; ngày 26/11 Lê Văn Nhị bị bắt; chàng thanh niên 9X Trần Thanh Tiền.",
     [("Phan Văn Anh Vũ", []), ("Trần Thế Thuận", ["Chủ tịch UBND quận 1"]), ("Nguyễn Thế Quỳnh", []),
      ("Lê Văn Nhị", []), ("Trần Thanh Tiền", [])]),
    ("a-post-right-after-a-name-with-no-comma",
     "Tại buổi lễ, bà Nguyễn Thị Kim Nhung Phó Chủ tịch Hội Luật gia tỉnh Bắc Ninh phát biểu; ông Phạm Trường Quốc Vương, "
     "Phó giám đốc Trung tâm, dự.",
     [("Nguyễn Thị Kim Nhung", ["Phó Chủ tịch Hội Luật gia tỉnh Bắc Ninh"]),
      ("Phạm Trường Quốc Vương", ["Phó giám đốc Trung tâm"])]),
    ("in-a-long-capitalised-run-the-name-is-last",
     "Bí thư quận đoàn Hải Châu Nguyễn Mạnh Dũng cho biết; ông Phan Văn Cường, cán bộ Ban quản lý di tích phân trần.",
     [("Nguyễn Mạnh Dũng", ["Bí thư quận đoàn Hải Châu"]), ("Phan Văn Cường", ["cán bộ Ban quản lý di tích"])]),
    ("two-words-after-a-body-head-name-its-place-unless-a-common-surname-opens-them",
     "Ông Nguyễn Văn An từng là Bí thư Huyện ủy Yên Minh. Giám đốc Công ty Quang Trung nói thêm. Bí thư Thành uỷ "
     "Trần Thọ xuống kiểm tra.",
     [("Nguyễn Văn An", ["Bí thư Huyện ủy Yên Minh"]), ("Trần Thọ", ["Bí thư Thành uỷ"])]),
    ("a-deputy-named-after-others-posts",
     "Phiên chất vấn của các bộ trưởng, ĐBQH Bùi Văn Xuyền cho rằng; theo Tổng Giám đốc BHXH Việt Nam, ĐB Phạm Khánh "
     "Phong Lan đề nghị.", [("Bùi Văn Xuyền", ["ĐBQH"]), ("Phạm Khánh Phong Lan", ["ĐB"])]),
    ("kiem-joins-two-posts",
     "Huỳnh Ngọc Sương – phó chủ tịch huyện kiêm trưởng ban đền bù GPMB dự án; Nguyễn Kích – giám đốc Trung tâm "
     "phát triển quỹ đất huyện. Bí thư Đảng ủy kiêm Chủ tịch UBND xã Nguyễn Văn An cho biết.",
     [("Huỳnh Ngọc Sương", ["phó chủ tịch huyện", "trưởng ban đền bù GPMB"]),
      ("Nguyễn Kích", ["giám đốc Trung tâm phát triển quỹ đất huyện"]),
      ("Nguyễn Văn An", ["Bí thư Đảng ủy", "Chủ tịch UBND xã"])]),
    ("pronoun-further-into-a-career-sentence",
     "Ông Nguyễn Văn Thể sinh năm 1966, quê Đồng Tháp. Trong quá trình công tác ông từng giữ chức Phó Chủ tịch "
     "UBND tỉnh Đồng Tháp; Thứ trưởng Bộ GTVT; Bí thư Tỉnh uỷ Sóc Trăng.",
     [("Nguyễn Văn Thể", ["Phó Chủ tịch UBND tỉnh Đồng Tháp", "Thứ trưởng Bộ GTVT", "Bí thư Tỉnh uỷ Sóc Trăng"])]),
    ("a-kinship-word-further-in-is-someone-else",
     "Phó thủ tướng Trương Hoà Bình yêu cầu làm rõ. Cụ thể, Phó bí thư huyện Kim Thành có em ruột làm Phó chủ tịch "
     "huyện.",
     [("Trương Hòa Bình", ["Phó thủ tướng"])]),
    ("foreign-name-after-a-post-and-a-country",
     "Tổng thống Pháp Emmanuel Macron nhiều khả năng sẽ giải tán Quốc hội.",
     [("Emmanuel Macron", ["Tổng thống Pháp"])]),
    ("foreign-name-after-a-rank",
     "Phó Chủ tịch Quốc hội đã trao đổi học thuật với giáo sư Masahiro Horie, Giám đốc Trung tâm phát triển lãnh đạo.",
     [("Masahiro Horie", ["giáo sư", "Giám đốc Trung tâm phát triển lãnh đạo"])]),
    ("foreign-name-of-three-words-is-not-cut",
     "Tổng thống Recep Tayyip Erdogan phát biểu.", [("Recep Tayyip Erdogan", ["Tổng thống"])]),
    ("foreign-company-is-no-person",
     "Tổng giám đốc công ty TNHH Maxport Limited cho biết.", []),
    ("a-rank-before-a-name-that-opens-like-a-preposition",
     "PGS.TS Từ Diệp Công Thành, Hiệu trưởng Trường ĐH Bạc Liêu, cho biết. Từ Ngọc Lặc đến Thanh Hoá mất hai giờ.",
     [("Từ Diệp Công Thành", ["PGS", "Hiệu trưởng Trường ĐH Bạc Liêu"])]),
    ("a-degree-is-no-role-though-it-marks-a-name",
     "Tiến sĩ Nguyễn Văn An, 53 tuổi, là thạc sĩ Quản lý nhà nước. GS.TS Vũ Trọng Hồng cũng có mặt.",
     [("Nguyễn Văn An", []), ("Vũ Trọng Hồng", ["GS"])]),
    ("given-name-is-the-person-named-in-full",
     "Ban Bí thư kỷ luật bà Phan Thị Mỹ Thanh, Phó Bí thư Tỉnh ủy Đồng Nai. Thời điểm trên bà Mỹ Thanh là giám "
     "đốc, chủ tài khoản.",
     [("Phan Thị Mỹ Thanh", ["Phó Bí thư Tỉnh ủy Đồng Nai", "giám đốc"])]),
    ("a-country-ending-in-a-place-word-is-no-place-context",
     "Về phần mình, Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Cường cho biết quan hệ đang phát triển.",
     [("Nguyễn Quốc Cường", ["Đại sứ Việt Nam tại Nhật Bản"])]),
    ("a-post-shared-by-a-list-after-nhu",
     "Trước đó đã xử lý hàng loạt các đồng chí nguyên là Ủy viên Trung ương như Vũ Huy Hoàng, Trần Lưu Hải, Huỳnh "
     "Minh Chắc.",
     [("Vũ Huy Hoàng", ["Ủy viên Trung ương"]), ("Trần Lưu Hải", ["Ủy viên Trung ương"]),
      ("Huỳnh Minh Chắc", ["Ủy viên Trung ương"])]),
    ("a-bare-post-before-a-plural-is-the-next-names",
     "Quốc hội đã nghe Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Bộ trưởng các Bộ: Nông nghiệp và Phát "
     "triển nông thôn, Y tế trả lời chất vấn.",
     [("Trương Hòa Bình", ["Phó Thủ tướng Thường trực Chính phủ"])]),
    ("a-ward-named-after-someone-after-an-occupation-is-a-place",
     "Ông Hải, cán bộ phường Trần Hưng Đạo cho biết. Chủ tịch UBND huyện Lò Văn Mừng cũng cho biết.",
     [("Lò Văn Mừng", ["Chủ tịch UBND huyện"])]),
    ("an-ambassador-s-post-takes-the-country-he-is-posted-to",
     "Ông Phạm Sanh Châu, Đại sứ đặc mệnh toàn quyền Việt Nam tại Hà Lan, cho biết.",
     [("Phạm Sanh Châu", ["Đại sứ đặc mệnh toàn quyền Việt Nam tại Hà Lan"])]),
    ("occupation-inside-a-department-name",
     "Ông Nguyễn Thanh Bình, Phó vụ trưởng vụ Tổ chức cán bộ, cho biết.",
     [("Nguyễn Thanh Bình", ["Phó vụ trưởng vụ Tổ chức cán bộ"])]),
    ("a-unit-s-post-takes-the-body-after-the-comma",
     "Bà Lâm Bội Mẫn, Phó Trưởng phòng Thu hồi đất, Trung tâm Phát triển quỹ đất thuộc Sở TN&MT, bị phê bình.",
     [("Lâm Bội Mẫn", ["Phó Trưởng phòng Thu hồi đất, Trung tâm Phát triển quỹ đất thuộc Sở TN&MT"])]),
    ("a-centre-s-post-takes-the-body-after-the-comma",
     "Ông Vũ Thái Hệ, Phó giám đốc Trung tâm đăng kiểm tàu cá, Tổng cục Thuỷ sản, cho biết.",
     [("Vũ Thái Hệ", ["Phó giám đốc Trung tâm đăng kiểm tàu cá, Tổng cục Thuỷ sản"])]),
    ("a-clause-of-tenure-gives-its-post-to-the-subject",
     "Trong thời gian làm Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Lạng Sơn, ông Hoàng Công Hàm đã vi phạm.",
     [("Hoàng Công Hàm", ["Chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh Lạng Sơn"])]),
    ("a-clause-of-tenure-ends-at-its-bracket",
     "Bà Phan Thị Mỹ Thanh bị kỷ luật. Trong thời gian làm phó chủ tịch UBND tỉnh Đồng Nai (từ tháng 6-2011 đến "
     "tháng 9-2014) bà Thanh đã vi phạm nguyên tắc.",
     [("Phan Thị Mỹ Thanh", ["phó chủ tịch UBND tỉnh Đồng Nai"])]),
    ("a-clause-of-tenure-may-say-more-after-the-post",
     "Khi còn làm Phó Chủ tịch UBND quận 1 phụ trách lĩnh vực đô thị, ông Đoàn Ngọc Hải đã nhiều lần ra quân.",
     [("Đoàn Ngọc Hải", ["Phó Chủ tịch UBND quận 1"])]),
    ("a-clause-of-work-is-no-tenure",
     "Khi làm việc với cơ quan công an, ông Nguyễn Văn Đức cho biết.",
     [("Nguyễn Văn Đức", [])]),
    ("a-second-post-after-a-unit-s-post-is-its-own",
     "Ông Lê Văn Hùng, Trưởng phòng Kinh tế, Phó Chủ tịch UBND huyện, phát biểu.",
     [("Lê Văn Hùng", ["Trưởng phòng Kinh tế", "Phó Chủ tịch UBND huyện"])]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_people(make_ctx, text: str, expected: list) -> None:
    people = extract_people(make_ctx(text, province="Hà Giang"))
    assert [(p.name, [r.text for r in p.roles]) for p in people] == expected


def test_short_mention_is_the_same_person(make_ctx) -> None:
    text = ("Đoàn do đồng chí Nguyễn Thị Kim Oanh làm Trưởng đoàn. Phát biểu kết thúc buổi làm việc, "
            "đồng chí Oanh đánh giá cao sự quan tâm của tỉnh.")
    people = extract_people(make_ctx(text))
    assert [p.name for p in people] == ["Nguyễn Thị Kim Oanh"]
    assert [m.text for m in people[0].mentions] == ["Nguyễn Thị Kim Oanh", "Oanh"]
    assert people[0].honorific == "đồng chí"


def test_byline_is_not_a_person(make_ctx) -> None:
    text = "Đồng chí Vũ Thị Huyền kết luận buổi làm việc.\n\nChu Đức"
    assert [p.name for p in extract_people(make_ctx(text))] == ["Vũ Thị Huyền"]


def test_role_fields_and_offsets(make_ctx) -> None:
    text = "Phó Chủ tịch Thường trực UBND tỉnh Hoàng Gia Long phát biểu ý kiến."
    (person,) = extract_people(make_ctx(text, province="Hà Giang"))
    (role,) = person.roles
    assert text[role.start:role.end] == role.text == "Phó Chủ tịch Thường trực UBND tỉnh"
    assert role.title == "Phó Chủ tịch Thường trực"
    assert role.organization == "Ủy ban nhân dân tỉnh Hà Giang"
    assert text[person.mentions[0].start:person.mentions[0].end] == "Hoàng Gia Long"


def test_title_and_given_name_is_the_same_person(make_ctx) -> None:
    text = ("Chiều 11/3, Thứ trưởng Bộ Tài chính Nguyễn Đức Chi làm việc với tỉnh. Phát biểu kết luận, "
            "Thứ trưởng Chi ghi nhận các kiến nghị của tỉnh.")
    (person,) = extract_people(make_ctx(text))
    assert [m.text for m in person.mentions] == ["Nguyễn Đức Chi", "Chi"]


@pytest.mark.parametrize("text, former", [
    ("Cơ quan điều tra khởi tố Nguyễn Thanh Sang, nguyên giám đốc Sở Tài chính.", True),
    ("Ông Võ Kim Cự, cựu Bí thư Tỉnh ủy Hà Tĩnh, xin thôi.", True),
    ("Ông Võ Kim Cự, từng giữ chức Chủ tịch UBND tỉnh, xin thôi.", True),
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế, kiểm tra công tác phòng dịch.", False),
])
def test_former_posts_are_flagged(make_ctx, text: str, former: bool) -> None:
    (person,) = extract_people(make_ctx(text))
    assert [r.former for r in person.roles] == [former]


@pytest.mark.parametrize("text, former", [
    ("Khiển trách ông Cầm Ngọc Minh (nguyên phó bí thư, chủ tịch UBND tỉnh Sơn La).", [True, True]),
    ("Ông Cầm Ngọc Minh, nguyên Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La, xin thôi.", [True, True]),
    ("Ông Cầm Ngọc Minh, nguyên Phó bí thư Tỉnh ủy, hiện là Chủ tịch Hội Nông dân tỉnh.", [True, False]),
    ("Ông Cầm Ngọc Minh, Chủ tịch Hội Nông dân tỉnh, nguyên Phó bí thư Tỉnh ủy, phát biểu.", [False, True]),
    ("Trong thời gian giữ cương vị Thành uỷ viên, Giám đốc Sở Giao thông vận tải TP HCM, ông Tất Thành Cang đã vi "
     "phạm.", [True, True]),
])
def test_a_former_marker_stands_for_the_posts_listed_after_it(make_ctx, text: str, former: list[bool]) -> None:
    (person,) = extract_people(make_ctx(text))
    assert [r.former for r in person.roles] == former
