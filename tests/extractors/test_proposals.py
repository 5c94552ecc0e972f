"""Proposals: trigger, proposer, addressee and content from real sentences."""
import pytest

from vnextract import extract
from vnextract.extractors.people import extract_people
from vnextract.extractors.proposals import extract_proposals

SEED_PARAGRAPH = (
    "Để công tác chuyển đổi số được triển khai thuận lợi trong thời gian tới, Phó Trưởng đoàn Chuyên trách Đoàn "
    "ĐBQH khóa XV tỉnh Lý Thị Lan và Phó Chủ tịch Thường trực UBND tỉnh Hoàng Gia Long mong muốn Trung ương tiếp "
    "tục hoàn thiện các chính sách về chuyển đổi số; bên cạnh đó đề nghị Bộ Thông tin và Truyền thông tiếp tục có "
    "sự chỉ đạo quyết liệt.")

CASES = [
    ("body-proposer-two-addressees",
     "Tại buổi làm việc, tỉnh Hà Giang đề nghị Quốc hội, Chính phủ sớm ban hành chính sách đặc thù nhằm thu hút "
     "nguồn nhân lực.",
     [("đề nghị", "tỉnh Hà Giang", "Quốc hội, Chính phủ",
       "sớm ban hành chính sách đặc thù nhằm thu hút nguồn nhân lực")]),
    ("two-people-two-triggers", SEED_PARAGRAPH,
     [("mong muốn", "Lý Thị Lan và Hoàng Gia Long", "Trung ương",
       "tiếp tục hoàn thiện các chính sách về chuyển đổi số"),
      ("đề nghị", "Lý Thị Lan và Hoàng Gia Long", "Bộ Thông tin và Truyền thông",
       "tiếp tục có sự chỉ đạo quyết liệt")]),
    ("addressee-with-voi",
     "Phó Trưởng đoàn Chuyên trách Đoàn ĐBQH khóa XV tỉnh Lý Thị Lan đề xuất với Đoàn công tác một số nội dung "
     "liên quan cơ chế, chính sách trong chuyển đổi số.",
     [("đề xuất", "Lý Thị Lan", "Đoàn công tác", "một số nội dung liên quan cơ chế, chính sách trong chuyển đổi số")]),
    ("implied-proposer-from-previous-sentence",
     "Tại buổi làm việc, tỉnh Hà Giang đề nghị Quốc hội sớm ban hành chính sách. Đề nghị Bộ Thông tin và Truyền "
     "thông triển khai chương trình viễn thông công ích.",
     [("đề nghị", "tỉnh Hà Giang", "Quốc hội", "sớm ban hành chính sách"),
      ("Đề nghị", "tỉnh Hà Giang", "Bộ Thông tin và Truyền thông", "triển khai chương trình viễn thông công ích")]),
    ("pronoun-proposer",
     "Phát biểu kết luận, đồng chí Nguyễn Thị Kim Oanh đánh giá cao tỉnh. Đồng chí đề nghị thời gian tới, tỉnh "
     "tiếp tục tập trung nguồn lực.",
     [("đề nghị", "Nguyễn Thị Kim Oanh", None, "thời gian tới, tỉnh tiếp tục tập trung nguồn lực")]),
    ("voters-petition",
     "* Cử tri huyện Gò Công Đông và TX. Gò Công có nhiều ý kiến, kiến nghị xoay quanh các vấn đề: quy định cụ thể "
     "về chuyển đổi cơ cấu cây trồng trên đất trồng lúa; cần xử lý nghiêm các tệ nạn xã hội.",
     [("kiến nghị", "Cử tri huyện Gò Công Đông và TX. Gò Công", None,
       "xoay quanh các vấn đề: quy định cụ thể về chuyển đổi cơ cấu cây trồng trên đất trồng lúa; cần xử lý "
       "nghiêm các tệ nạn xã hội")]),
    ("petition-counts-are-not-proposals",
     "Thường trực HĐND tỉnh đã chuyển 84 lượt ý kiến, kiến nghị của cử tri đến UBND tỉnh (trong đó gồm 76 ý kiến, "
     "kiến nghị liên quan lĩnh vực kinh tế - ngân sách, 03 ý kiến, kiến nghị lĩnh vực pháp chế).", []),
    ("reported-speech",
     "Ông Võ Thành Hạo, Phó Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh, cho biết tỉnh đang đề nghị trung ương rót thêm "
     "vốn để xây dựng hoàn chỉnh hệ thống bờ kè.",
     [("đề nghị", "tỉnh", "trung ương", "rót thêm vốn để xây dựng hoàn chỉnh hệ thống bờ kè")]),
    ("subject-in-the-clause-before",
     "Tại các đơn vị đến khảo sát, các thành viên đoàn công tác cũng đã trao đổi, đề nghị các đơn vị làm rõ một số "
     "nội dung thực hiện liên thông.",
     [("đề nghị", "các thành viên đoàn công tác", "các đơn vị", "làm rõ một số nội dung thực hiện liên thông")]),
    ("addressee-list-of-bodies",
     "Đồng chí Nguyễn Văn An đề nghị các sở, ban, ngành của tỉnh tập trung tháo gỡ khó khăn cho doanh nghiệp.",
     [("đề nghị", "Nguyễn Văn An", "các sở, ban, ngành của tỉnh", "tập trung tháo gỡ khó khăn cho doanh nghiệp")]),
    # journalistic text (issue: right on news nobody tuned to)
    ("proposer-by-office",
     "Phó Thủ tướng Trương Hòa Bình chủ trì cuộc họp. Phó Thủ tướng yêu cầu Bộ Giao thông vận tải làm rõ nguyên "
     "nhân vụ tai nạn.",
     [("yêu cầu", "Trương Hòa Bình", "Bộ Giao thông vận tải", "làm rõ nguyên nhân vụ tai nạn")]),
    ("first-person-in-reported-speech",
     "Ông Huỳnh Văn Rân, cử tri phường Hòa Cường, phát biểu. \"Tôi đề nghị thành phố sớm mở lại lớp học đạo đức "
     "cho cán bộ\", ông nói.",
     [("đề nghị", "Huỳnh Văn Rân", "thành phố", "sớm mở lại lớp học đạo đức cho cán bộ")]),
    ("subject-stops-at-the-predicate",
     "Tỉnh đang hoàn tất hồ sơ và đề nghị Bộ Nội vụ xem xét cách chức ông Giám đốc Sở.",
     [("đề nghị", "Tỉnh", "Bộ Nội vụ", "xem xét cách chức ông Giám đốc Sở")]),
    ("office-in-a-headline-is-the-person-named-later",
     "Bí thư TP HCM yêu cầu làm rõ công ty giám sát dự án nợ thuế\nChiều 24/4, ông Nguyễn Thiện Nhân, Bí thư "
     "Thành uỷ TP HCM, làm việc với các sở.",
     [("yêu cầu", "Nguyễn Thiện Nhân", None, "làm rõ công ty giám sát dự án nợ thuế")]),
    ("a-clause-without-a-noun-is-not-the-proposer",
     "Ông Trương Hòa Bình, Phó Thủ tướng Chính phủ, chủ trì cuộc họp. Phó Thủ tướng nói vụ việc nghiêm trọng, "
     "làm rõ nguyên nhân và đề nghị Bộ Công an xử lý nghiêm các sai phạm.",
     [("đề nghị", "Trương Hòa Bình", "Bộ Công an", "xử lý nghiêm các sai phạm")]),
    ("a-group-noun-the-tagger-reads-as-a-verb",
     "“Cử tri và người dân kiến nghị Chính phủ chỉ đạo quyết liệt hơn nữa việc tinh giản biên chế.",
     [("kiến nghị", "Cử tri và người dân", "Chính phủ", "chỉ đạo quyết liệt hơn nữa việc tinh giản biên chế")]),
    ("bà-con-is-no-pronoun",
     "Ông Nguyễn Thiện Nhân tiếp xúc cử tri. \" Bà con đề nghị nói rõ kết quả xử lý các vụ án tham nhũng.",
     [("đề nghị", "Bà con", None, "nói rõ kết quả xử lý các vụ án tham nhũng")]),
    ("one-subject-two-requests",
     "Huyện yêu cầu xã dừng thu, đề nghị trả lại tiền và làm rõ trách nhiệm các cá nhân, tập thể.",
     [("yêu cầu", "Huyện", "xã", "dừng thu"),
      ("đề nghị", "Huyện", None, "trả lại tiền và làm rõ trách nhiệm các cá nhân, tập thể")]),
    ("passive-agent-after-do",
     "Ông Ngô Thế Hải thắc mắc về dự thảo do Bộ Tài chính đề xuất tăng thuế giá trị gia tăng từ 10% lên 12%.",
     [("đề xuất", "Bộ Tài chính", None, "tăng thuế giá trị gia tăng từ 10% lên 12%")]),
    ("passive-without-agent-is-no-proposer",
     "Tượng rùa Hồ Gươm được đề xuất đúc bằng đồng nguyên chất và vàng.",
     [("đề xuất", None, None, "đúc bằng đồng nguyên chất và vàng")]),
    ("a-name-after-doi-voi-is-the-object",
     "Đảng ủy Sở đã quyết định kỷ luật khiển trách đối với ông Nguyễn Cường, Phó Trưởng phòng; kiểm điểm và đề "
     "nghị ông Trần Lý Hùng nghiêm túc rút kinh nghiệm.",
     [("đề nghị", "Đảng ủy Sở", "ông Trần Lý Hùng", "nghiêm túc rút kinh nghiệm")]),
    ("subject-ends-before-a-verb",
     "Sau khi đánh giá các vi phạm của bà Phan Thị Mỹ Thanh là rất nghiêm trọng, Ban Bí thư quyết định cách hết "
     "chức vụ, đề nghị bãi nhiệm tư cách đại biểu Quốc hội của bà.",
     [("đề nghị", "Ban Bí thư", None, "bãi nhiệm tư cách đại biểu Quốc hội của bà")]),
    ("a-verb-inside-a-body-name-stays",
     "Ban quản lý dự án đề nghị tỉnh bố trí thêm vốn cho công trình.",
     [("đề nghị", "Ban quản lý dự án", "tỉnh", "bố trí thêm vốn cho công trình")]),
    ("a-verb-of-saying-inside-a-name-is-the-name",
     "Sở Thông tin và Truyền thông vừa kiến nghị UBND TP. HCM giao cho sở này chủ trì triển khai hệ thống.",
     [("kiến nghị", "Sở Thông tin và Truyền thông", "UBND TP. HCM", "giao cho sở này chủ trì triển khai hệ thống")]),
    ("a-conjunction-after-the-word-makes-it-a-noun",
     "Phường đã có văn bản kiến nghị nhưng chưa được giải quyết. Yêu cầu mà chủ đầu tư đưa ra là hợp lý.", []),
    ("nominal-mentions-are-not-proposals",
     "Theo đề nghị của Sở Tài chính, UBND tỉnh tiếp thu các kiến nghị và trả lời kiến nghị của cử tri.", []),
    ("reported-with-cho-hay-the-subject-after-it-proposes",
     "Ông Phạm Ngọc Lự, Phó chủ tịch UBND phường Mông Dương cho hay, phường từng kiến nghị hai công ty hạ độ cao "
     "của bãi thải.",
     [("kiến nghị", "phường", None, "hai công ty hạ độ cao của bãi thải")]),
    ("received-or-negated-is-no-proposing-act",
     "Sau khi nhận được đề xuất, Thứ trưởng đã ký văn bản. Đã diễn ra một số tình huống không mong muốn giữa cán bộ "
     "với người dân.", []),
    ("not-yet-or-never-proposed-is-no-proposing-act",
     "Quận đề xuất 44 công trình chống ngập nhưng chưa đề xuất kinh phí thực hiện. TP. HCM không bao giờ đề xuất "
     "cái gì bất lợi cho người dân.",
     [("đề xuất", "Quận", None, "44 công trình chống ngập nhưng chưa đề xuất kinh phí thực hiện")]),
    ("a-requirement-met-or-a-proposal-spoken-about-is-a-noun",
     "Việc tinh giản biên chế chưa đạt yêu cầu về tiến độ của cả nhiệm kỳ. Ông Thơ đã trả lời câu hỏi của đại biểu "
     "về đề nghị thành phố giữ lại khu đất ven sông Hàn.", []),
    ("because-of-a-requirement-before-proposing-or-an-unnamed-source-are-no-acts",
     "Do yêu cầu công tác cán bộ, ông Hải được điều động. Trước khi đề xuất với Thủ tướng, tỉnh đã làm việc với các "
     "bộ. Một cựu cán bộ (đề nghị không nêu tên) cho rằng đây là sự thận trọng cần thiết.", []),
    ("the-subject-after-nhung-proposes",
     "Các đối tượng đã đưa tiền để xe được đi nhưng tổ tuần tra kiên quyết từ chối và yêu cầu các đối tượng xuất "
     "trình giấy tờ xe.", [("yêu cầu", "tổ", "các đối tượng", "xuất trình giấy tờ xe")]),
    ("no-subject-after-nhung-shares-the-one-before",
     "Nhà đầu tư đã tự triển khai hạng mục nạo vét nhưng sau đó vẫn đề nghị quyết toán khoản tiền gần 10 triệu USD.",
     [("đề nghị", "Nhà đầu tư", None, "quyết toán khoản tiền gần 10 triệu USD")]),
    ("an-adverb-of-time-is-not-the-subject",
     "Đối với du khách, lâu nay thành phố yêu cầu đảm bảo cho du khách mặc áo phao khi đi tàu.",
     [("yêu cầu", "thành phố", None, "đảm bảo cho du khách mặc áo phao khi đi tàu")]),
    ("approving-a-proposal-takes-it-as-a-noun",
     "Dự án rạch Xuyên Tâm cũng đã được UBND TP duyệt đề xuất với tổng vốn khoảng 4.000 tỉ đồng.", []),
    ("a-proposal-sent-or-questioned-is-a-noun",
     "Hiệp hội đã gửi đề xuất tới Bộ Giao thông, UBND và Sở Giao thông Hà Nội. Liệu đề xuất cải tạo sông Tô Lịch "
     "thành sông Thames có giúp dòng sông hồi sinh?", []),
    ("in-the-petition-the-body-proposes",
     "Trong kiến nghị, Đoàn Chủ tịch MTTQ Việt Nam đề nghị Chính phủ tổ chức đợt thanh tra.",
     [("đề nghị", "Đoàn Chủ tịch MTTQ Việt Nam", "Chính phủ", "tổ chức đợt thanh tra")]),
    ("bi-ending-chuan-bi-is-no-passive",
     "Làm việc với tổ đại biểu, nhiều cử tri đã chuẩn bị sẵn nội dung góp ý, kiến nghị về giá điện và học phí.",
     [("kiến nghị", "nhiều cử tri", None, "về giá điện và học phí")]),
    ("the-standing-committee-asks",
     "Tuy nhiên, thường trực HĐND TP cũng sẽ có ý kiến để yêu cầu khẩn trương tính toán nhân sự phó ban.",
     [("yêu cầu", "thường trực HĐND TP", None, "khẩn trương tính toán nhân sự phó ban")]),
    ("a-quotation-is-proposed-by-whom-it-is-attributed-to",
     '" Đề nghị xử lý nghiêm, làm đến cùng các vụ trọng án tham nhũng, bởi " đây là đòi hỏi chính đáng của nhân '
     'dân ", ông Nguyễn Hữu Châu đề nghị.',
     [("Đề nghị", "Nguyễn Hữu Châu", None, "xử lý nghiêm, làm đến cùng các vụ trọng án tham nhũng, bởi")]),
    ("i-in-a-quotation-is-the-speaker-named-after-it",
     "Cử tri Lê Hồng Thái phát biểu. “Tôi đề nghị thành lập cơ quan chuyên trách kiểm soát tài sản, thu nhập” – "
     "ông Nguyễn Văn Pha nói.",
     [("đề nghị", "Nguyễn Văn Pha", None, "thành lập cơ quan chuyên trách kiểm soát tài sản, thu nhập")]),
    ("a-quotation-ending-its-sentence-keeps-the-speaker-before",
     "Ông Trần Văn Nam phát biểu: “Tôi đề nghị tỉnh sớm hoàn thành dự án”. Ông Lê Văn Ba cũng có mặt.",
     [("đề nghị", "Trần Văn Nam", "tỉnh", "sớm hoàn thành dự án")]),
    ("a-conjunction-before-the-subject-is-not-part-of-it",
     "Chính phủ đã xác minh, công bố nguyên nhân, nhưng cử tri cũng đề nghị Chính phủ tiếp tục có giải pháp cụ thể.",
     [("đề nghị", "cử tri", "Chính phủ", "tiếp tục có giải pháp cụ thể")]),
    ("when-the-authorities-ask",
     "Khi cơ quan chức năng yêu cầu bổ sung thủ tục giấy tờ, ông không thể chứng minh.",
     [("yêu cầu", "cơ quan chức năng", None, "bổ sung thủ tục giấy tờ, ông không thể chứng minh")]),
    ("a-body-subject-of-the-own-clause-over-someone-named-earlier",
     "Theo ông Nguyễn Văn Hồng, Sở Kế hoạch - đầu tư đề xuất thu hồi dự án do chậm tiến độ.",
     [("đề xuất", "Sở Kế hoạch - đầu tư", None, "thu hồi dự án do chậm tiến độ")]),
    ("a-topic-name-then-the-body-that-proposes",
     "Riêng ông Nguyễn Thanh, Uỷ ban kiểm tra Tỉnh uỷ Quảng Ngãi đề nghị Ban thường vụ Tỉnh uỷ xem xét kỷ luật.",
     [("đề nghị", "Ủy ban kiểm tra Tỉnh ủy Quảng Ngãi", "Ban thường vụ Tỉnh ủy", "xem xét kỷ luật")]),
    ("a-province-subject-after-a-named-person",
     "Khẳng định thông tin Bí thư Tỉnh uỷ Trịnh Văn Chiến có bồ nhí là bịa đặt, Thanh Hoá đề nghị công an điều tra.",
     [("đề nghị", "Thanh Hóa", None, "công an điều tra")]),
    ("an-office-subject-is-its-holder",
     "Trước đó, ông Đoàn Văn Tuấn – Phó Chủ tịch UBND tỉnh Thái Nguyên đã ký công văn yêu cầu các lực lượng chức "
     "năng bảo đảm an toàn tuyến đê.",
     [("yêu cầu", "Đoàn Văn Tuấn", "các lực lượng chức năng", "bảo đảm an toàn tuyến đê")]),
    ("a-verb-of-saying-ends-an-opening-body",
     "Lãnh đạo thành phố Hà Nội bày tỏ mong muốn nhóm bạn trẻ tiếp tục kêu gọi mọi người dọn rác.",
     [("mong muốn", "Lãnh đạo thành phố Hà Nội", None, "nhóm bạn trẻ tiếp tục kêu gọi mọi người dọn rác")]),
    ("a-body-in-apposition-to-the-name-is-not-the-proposer",
     "Chị Lê Thị Hường, Sở Quy hoạch - kiến trúc TP kiến nghị về nguồn nhân lực chất lượng cao.",
     [("kiến nghị", "Lê Thị Hường", None, "về nguồn nhân lực chất lượng cao")]),
    ("a-crowd-counted-in-hundreds-proposes",
     "Ngày 9-2, hàng trăm công nhân Công ty KL Texwell Vina đồng loạt kéo lên vây công ty yêu cầu trả lương tháng 1.",
     [("yêu cầu", "hàng trăm công nhân Công ty KL Texwell Vina", None, "trả lương tháng 1")]),
    ("a-title-between-dashes-belongs-to-the-name-before",
     "Trong lúc ông Hoàng Quảng Uyên thi công, ông Lê Hồng Hà - chủ tịch UBND P. Sông Bằng, TP Cao Bằng - dẫn cán "
     "bộ đến yêu cầu ngừng vì không có giấy phép.",
     [("yêu cầu", "Lê Hồng Hà", None, "ngừng vì không có giấy phép")]),
    ("the-last-of-a-list-of-verbs-has-the-first-ones-subject",
     "Uỷ ban Thường vụ Quốc hội kiên quyết rút khỏi Chương trình hoặc yêu cầu lùi thời gian trình để tiếp tục chuẩn bị.",
     [("yêu cầu", "Ủy ban Thường vụ Quốc hội", None, "lùi thời gian trình để tiếp tục chuẩn bị")]),
    ("a-list-of-nouns-before-the-trigger-is-no-subject",
     "Ông Nguyễn Văn Ba cho biết sẽ tổ chức toạ đàm đánh giá giá trị, hiện trạng và đề xuất phương án bảo tồn di chỉ.",
     [("đề xuất", "Nguyễn Văn Ba", None, "phương án bảo tồn di chỉ")]),
    ("a-body-known-by-its-initials-after-a-source",
     "Theo ông Nguyễn Văn Ba, EVN đề nghị các tỉnh sớm bàn giao mặt bằng cho dự án.",
     [("đề nghị", "EVN", "các tỉnh", "sớm bàn giao mặt bằng cho dự án")]),
    ("a-country-after-a-source",
     "Theo ông Nguyễn Văn Ba, Trung Quốc yêu cầu việc nhập khẩu mực khô phải theo đường chính ngạch.",
     [("yêu cầu", "Trung Quốc", None, "việc nhập khẩu mực khô phải theo đường chính ngạch")]),
    ("a-procuracy-as-the-press-writes-it",
     "Theo ông Nguyễn Văn Ba, VKSND tỉnh đề nghị xử phạt bị cáo từ 3 đến 4 năm tù.",
     [("đề nghị", "VKSND tỉnh", None, "xử phạt bị cáo từ 3 đến 4 năm tù")]),
    ("an-opening-adverbial-comes-before-the-body-that-proposes",
     "Ngoài ra, Thanh tra Chính phủ cũng viện dẫn kết luận của Thanh tra TP cho rằng việc đóng cửa bãi rác gây lãng "
     "phí, đồng thời đề nghị UBND TP sớm đưa khu xử lý rác hoạt động trở lại.",
     [("đề nghị", "Thanh tra Chính phủ", "UBND TP", "sớm đưa khu xử lý rác hoạt động trở lại")]),
    ("the-body-opening-a-list-of-decisions-requests-the-last",
     "Theo đó, Ban Bí thư cách chức Ủy viên Ban cán sự đảng đối với ông Nguyễn Hồng Trường; yêu cầu cấp có thẩm "
     "quyền xử lý kỷ luật về hành chính.",
     [("yêu cầu", "Ban Bí thư", None, "cấp có thẩm quyền xử lý kỷ luật về hành chính")]),
    ("the-subject-follows-thi-after-a-condition",
     "Theo bà Nguyễn Thị Quyết Tâm, nếu việc thu phí còn nhiều khó khăn và hiệu quả thấp thì HĐND TP sẽ yêu cầu "
     "thành phố báo cáo với Chính phủ.",
     [("yêu cầu", "HĐND TP", "thành phố", "báo cáo với Chính phủ")]),
    ("the-subject-follows-nen-after-a-reason",
     "Khi đến nơi thì xác phân huỷ nặng quá nên Công an huyện Vĩnh Tường yêu cầu lấy mẫu tóc cả 2 bên để xét "
     "nghiệm ADN.",
     [("yêu cầu", "Công an huyện Vĩnh Tường", None, "lấy mẫu tóc cả 2 bên để xét nghiệm ADN")]),
    ("a-counted-group-after-a-source",
     "Theo ông Huỳnh Vĩnh Ái, nếu cổ đông không thực hiện đúng cam kết thì hai huyện Phú Ninh và Phước Sơn sẽ đề "
     "nghị UBND tỉnh thu hồi đất.",
     [("đề nghị", "hai huyện Phú Ninh và Phước Sơn", "UBND tỉnh", "thu hồi đất")]),
    ("bodies-a-document-is-sent-to-are-not-the-proposer",
     "UBND huyện đã có công văn gửi Sở Công thương, UBND tỉnh đề nghị di dời cửa hàng xăng dầu Mường Lát.",
     [("đề nghị", "UBND huyện", None, "di dời cửa hàng xăng dầu Mường Lát")]),
    ("a-passed-on-word-is-its-speaker-s",
     "Văn phòng Chính phủ có công văn truyền đạt ý kiến Thủ tướng yêu cầu Hà Nội chủ trì kiểm tra khu đất.",
     [("yêu cầu", "Thủ tướng", "Hà Nội", "chủ trì kiểm tra khu đất")]),
    ("asking-for-someone-s-word-is-not-passing-it-on",
     "Sau đó, thành phố sẽ xin ý kiến Thường trực Thành uỷ TP HCM và đề xuất hình thức đầu tư phù hợp.",
     [("đề xuất", "thành phố", None, "hình thức đầu tư phù hợp")]),
    ("cung-nhu-joins-two-proposers",
     "Qua các kỳ họp, cử tri cũng như chính quyền địa phương đã nhiều lần kiến nghị UBND tỉnh di dời nhà máy.",
     [("kiến nghị", "cử tri cũng như chính quyền địa phương", "UBND tỉnh", "di dời nhà máy")]),
    ("a-bare-head-is-the-body-named-before",
     "Vào cuối tháng 7/2019, Uỷ ban Kiểm tra tỉnh Hoà Bình kết luận, ông Bùi Trọng Đắc đã gây hậu quả rất nghiêm "
     "trọng. Uỷ ban đề nghị Ban Bí thư xem xét, cách chức ông Bùi Trọng Đắc.",
     [("đề nghị", "Ủy ban Kiểm tra tỉnh Hòa Bình", "Ban", "Bí thư xem xét, cách chức ông Bùi Trọng Đắc")]),
    ("someone-a-verb-acts-on-is-not-the-proposer",
     "Giám đốc Sở Văn hoá và Thể thao Nguyễn Đắc Tài đã mời ông Trần Ngọc Nhật đến làm việc và yêu cầu dừng cuộc "
     "thi theo chỉ đạo.",
     [("yêu cầu", "Nguyễn Đắc Tài", None, "dừng cuộc thi theo chỉ đạo")]),
    ("a-trigger-in-a-list-of-complaints-is-a-noun",
     "Cơ quan này đã tiếp nhận thông tin kiến nghị, tố cáo của ông Thân Đăng Phong và đang thu thập hồ sơ.",
     []),
    ("a-trigger-ending-a-relative-clause-has-no-content",
     "Theo phương án đầu tư do Tập đoàn FLC đề xuất, FLC sẽ xây dựng một khu phức hợp gồm 4 phân khu chức năng.",
     []),
    ("complaining-and-then-asking-is-a-proposal",
     "Người dân tập trung tại trụ sở xã khiếu nại, yêu cầu chủ đầu tư không triển khai công trình xây dựng chợ.",
     [("yêu cầu", "Người dân", "chủ đầu tư", "không triển khai công trình xây dựng chợ")]),
    ("provinces-a-document-is-sent-to-are-not-the-proposer",
     "Phó Chủ tịch UBND TP Lê Thanh Liêm vừa ký văn bản gửi các tỉnh Đồng Nai, Long An, Bình Dương, Tây Ninh đề "
     "nghị hỗ trợ thành phố trong công tác giết mổ.",
     [("đề nghị", "Lê Thanh Liêm", None, "hỗ trợ thành phố trong công tác giết mổ")]),
    ("a-focus-adverb-before-the-subject",
     "Sau ba lần phát thông báo kêu gọi đầu tư, chỉ Tập đoàn Thiên Thanh đề nghị tham gia và được Đà Nẵng đồng ý.",
     [("đề nghị", "Tập đoàn Thiên Thanh", None, "tham gia và được Đà Nẵng đồng ý")]),
    ("a-bracket-after-a-name-belongs-to-the-subject",
     "Ban soạn thảo Bộ luật Lao động (sửa đổi) đề xuất mức mở rộng khung thoả thuận làm thêm giờ.",
     [("đề xuất", "Ban soạn thảo Bộ luật Lao động (sửa đổi)", None, "mức mở rộng khung thoả thuận làm thêm giờ")]),
    ("an-investor-is-one-noun",
     "Công ty Lộc An, chủ đầu tư nhà máy giết mổ tại xã Bình Mỹ (huyện Củ Chi) cũng có đơn cầu cứu các cơ quan "
     "chức năng, yêu cầu không cho phép lò thủ công hoạt động.",
     [("yêu cầu", "chủ đầu tư nhà máy", None, "không cho phép lò thủ công hoạt động")]),
    ("a-relative-clause-with-do-then-the-sentence-s-predicate",
     "Theo tìm hiểu của PV, hướng di dời lăng mộ do UBND thành phố Huế đề xuất không nhận được sự đồng tình.",
     []),
    ("a-time-adverb-and-a-nominaliser-are-not-the-subject",
     "Hiện Ban chuyên án đề nghị truy tố các đối tượng. Do đó, việc UBND TP. HCM kiến nghị Bộ GD-ĐT chấp nhận "
     "cho các trường liên kết là hợp lý.",
     [("đề nghị", "Ban chuyên án", None, "truy tố các đối tượng"),
      ("kiến nghị", "UBND TP. HCM", "Bộ GD-ĐT", "chấp nhận cho các trường liên kết là hợp lý")]),
    ("a-requirement-met-is-a-noun",
     "Hầm bảo quản không đảm bảo yêu cầu giữ nhiệt, các gói thầu đáp ứng được yêu cầu tiến độ đề ra.",
     []),
    ("a-word-of-time-ends-the-subject",
     "Thành phố sau đó kiến nghị Thủ tướng cho phép chỉ định liên danh này.",
     [("kiến nghị", "Thành phố", "Thủ tướng", "cho phép chỉ định liên danh này")]),
    ("a-clause-of-time-opener-is-not-the-subject",
     "Sau khi đề nghị mức án, luật sư phát biểu.",
     [("đề nghị", None, None, "mức án, luật sư phát biểu")]),
    ("a-body-with-fields-listed-by-commas-proposes",
     "Thường trực Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội đề nghị Hiệp hội Du "
     "lịch Đà Nẵng cung cấp thông tin cụ thể.",
     [("đề nghị", "Thường trực Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội",
       "Hiệp hội Du lịch Đà Nẵng", "cung cấp thông tin cụ thể")]),
    ("a-word-of-obligation-ends-the-addressee",
     "Trước kế hoạch cải tạo chợ, UBND xã đã yêu cầu Công ty phải có phương án cụ thể.",
     [("yêu cầu", "UBND xã", "Công ty", "phải có phương án cụ thể")]),
    ("a-capitalised-trigger-inside-a-sentence-names-a-document",
     "UBND TP vừa phê duyệt điều chỉnh Đề xuất dự án BT với tổng vốn 1.412 tỷ đồng.",
     []),
    ("a-relative-clause-with-a-time-before-its-copula",
     "Tổng kinh phí xây cầu do TP HCM đề xuất hai năm trước là 5.700 tỷ đồng.",
     []),
    ("addressees-of-every-kind",
     "Phó thủ tướng yêu cầu Hà Nội chủ trì rà soát dự án. Ông Nguyễn Thiện Nhân đề nghị quận 2 tập trung làm tốt "
     "nhiệm vụ. Cử tri đề nghị Chủ tịch UBND phường Văn Miếu xem xét lại. Bộ GTVT đề nghị nhà đầu tư thực hiện "
     "việc miễn thu phí. Đoàn yêu cầu sở TN & MT, sở Xây dựng kiểm tra lại.",
     [("yêu cầu", "Phó thủ tướng", "Hà Nội", "chủ trì rà soát dự án"),
      ("đề nghị", "Nguyễn Thiện Nhân", "quận 2", "tập trung làm tốt nhiệm vụ"),
      ("đề nghị", "Cử tri", "Chủ tịch UBND phường Văn Miếu", "xem xét lại"),
      ("đề nghị", "Bộ GTVT", "nhà đầu tư", "thực hiện việc miễn thu phí"),
      ("yêu cầu", "Đoàn", "sở TN & MT, sở Xây dựng", "kiểm tra lại")]),
    ("a-person-asked-and-a-short-content",
     "Thanh tra Sở yêu cầu ông Trần Lý Hùng giải trình. Ông Đinh La Thăng yêu cầu giám đốc Sở GTVT Bùi Xuân "
     "Cường giải thích rõ cho báo chí.",
     [("yêu cầu", "Thanh tra Sở", "ông Trần Lý Hùng", "giải trình"),
      ("yêu cầu", "Đinh La Thăng", "giám đốc Sở GTVT Bùi Xuân Cường", "giải thích rõ cho báo chí")]),
    ("solutions-asked-for-are-no-addressee",
     "Ông A đề xuất các giải pháp xử lý.",
     []),
    ("a-company-with-its-legal-form-has-a-lower-case-name",
     "Công ty Cổ phần cấp nước Đà Nẵng vừa gửi văn bản đề nghị UBND thành phố quan tâm đến dự án.",
     [("đề nghị", "Công ty Cổ phần cấp nước Đà Nẵng", "UBND thành phố", "quan tâm đến dự án")]),
    ("a-body-made-to-act-proposes",
     "Các hộ xây dựng thêm 24 công trình, buộc UBND huyện Chư Pah phải gửi văn bản đề nghị các cấp có thẩm quyền "
     "phê duyệt điều chỉnh hướng tuyến.",
     [("đề nghị", "UBND huyện Chư Pah", "các cấp có thẩm quyền", "phê duyệt điều chỉnh hướng tuyến")]),
    ("a-body-after-an-opening-preposition-proposes",
     "Về việc trước đó Sở Công thương có đề xuất thành phố dừng các dự án chuyển đổi chợ.",
     [("đề xuất", "Sở Công thương", "thành phố", "dừng các dự án chuyển đổi chợ")]),
    ("a-document-speaks-for-its-sender",
     "Anh Tài vừa nhận được thông báo của chính quyền yêu cầu không được kinh doanh trên đồng diều.",
     [("yêu cầu", "chính quyền", None, "không được kinh doanh trên đồng diều")]),
    ("a-headline-reason-opener-is-not-the-subject",
     "Lý do Hà Nội kiến nghị dừng ký đường ống nước sông Đà",
     [("kiến nghị", "Hà Nội", None, "dừng ký đường ống nước sông Đà")]),
    ("a-date-before-the-subject-is-no-part-of-it",
     "Chiều 6-2 UBND tỉnh Gia Lai yêu cầu điều tra, xử lý nghiêm vụ việc. Sau nhiều lần lực lượng chức năng lập "
     "biên bản và yêu cầu ngừng thi công nhưng không có kết quả.",
     [("yêu cầu", "UBND tỉnh Gia Lai", None, "điều tra, xử lý nghiêm vụ việc"),
      ("yêu cầu", "lực lượng chức năng", None, "ngừng thi công nhưng không có kết quả")]),
    ("the-speaker-proposes-when-nobody-stands-between",
     "Các phụ huynh cũng cho biết đã kiến nghị với địa phương di dời các lò gạch. Công ty của Hàn Quốc cho biết "
     "mong muốn triển khai mô hình xe đạp thông minh.",
     [("kiến nghị", "Các phụ huynh", "địa phương", "di dời các lò gạch"),
      ("mong muốn", "Công ty của Hàn Quốc", None, "triển khai mô hình xe đạp thông minh")]),
    ("the-first-person-after-a-topic-is-the-quoted-speaker-and-a-time-is-nobody",
     "“Về nguyên nhân một số người dân lấy cây dựng barie để thu tiền chúng tôi vẫn đang yêu cầu làm rõ động cơ”, bà "
     "Mùa Thị Sinh nói. Đáng nói, thời điểm doanh nghiệp đề nghị đến tỉnh, Tỉnh uỷ chưa phát hiện vi phạm.",
     [("yêu cầu", "Mùa Thị Sinh", None, "làm rõ động cơ"),
      ("đề nghị", "doanh nghiệp", None, "đến tỉnh, Tỉnh uỷ chưa phát hiện vi phạm")]),
    ("a-draft-speaks-for-its-author-and-fitting-the-requirements-is-no-request",
     "Dự thảo của Sở Tài nguyên - Môi trường đề xuất thửa đất tối thiểu là 36 m2. Kế hoạch nhằm phát triển ngành "
     "nghề phù hợp yêu cầu phát triển kinh tế - xã hội của thành phố.",
     [("đề xuất", "Sở Tài nguyên - Môi trường", None, "thửa đất tối thiểu là 36 m2")]),
    ("who-the-addressee-is-in-brackets",
     "UBND xã yêu cầu ông Trần Văn Đạo (giám đốc) phải có mặt tại công trình.",
     [("yêu cầu", "UBND xã", "ông Trần Văn Đạo (giám đốc)", "phải có mặt tại công trình")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_proposals(make_ctx, text: str, expected: list) -> None:
    ctx = make_ctx(text, province="Hà Giang")
    proposals = extract_proposals(ctx, extract_people(ctx))
    got = [(p.trigger, p.proposer.text if p.proposer else None, p.addressee, p.content) for p in proposals]
    assert got == expected
    for p in proposals:
        assert text[p.start:p.end] == p.text


def test_proposer_points_to_people(make_ctx) -> None:
    ctx = make_ctx(SEED_PARAGRAPH)
    people = extract_people(ctx)
    first = extract_proposals(ctx, people)[0]
    ids = {p.name: p.id for p in people}
    assert first.proposer.people == [ids["Lý Thị Lan"], ids["Hoàng Gia Long"]]


# (id, text, [(proposer, inferred) per proposal])
ARTICLE_CASES = [
    ("a-headline-is-proposed-by-the-body-s-proposer",
     "Đề nghị tiêu hủy 3.750 con heo đã bị tiêm thuốc an thần\n\nCơ quan chức năng đề nghị tiêu hủy toàn bộ số heo "
     "bị tiêm thuốc an thần tại lò mổ.", [("Cơ quan chức năng", True), ("Cơ quan chức năng", False)]),
    ("no-proposer-anywhere-leaves-it-open",
     "Đề nghị tiêu hủy 3.750 con heo đã bị tiêm thuốc an thần\n\nSố heo bị phát hiện tại lò mổ Xuyên Á trong đêm "
     "qua.", [(None, False)]),
    ("a-headline-with-a-subject-keeps-it",
     "Sở Y tế đề xuất tăng giường bệnh cho tuyến huyện\n\nCục Quản lý khám chữa bệnh đề nghị các tỉnh rà soát lại "
     "số giường bệnh.", [("Sở Y tế", False), ("Cục Quản lý khám chữa bệnh", False)]),
    ("a-passive-with-no-agent-takes-the-previous-proposer",
     "Tác giả Tạ Hồng Quân đề xuất đúc tượng rùa bằng đồng.\n\nNhiều năm sau, các khu vực bên Hồ Gươm được đề xuất "
     "dựng tượng rùa.", [("Tạ Hồng Quân", False), ("Tạ Hồng Quân", True)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in ARTICLE_CASES], ids=[c[0] for c in ARTICLE_CASES])
def test_a_proposal_with_no_proposer_in_its_sentence_takes_the_nearest_one(text: str, expected: list) -> None:
    doc = extract(text)
    assert [(p.proposer.text, p.proposer.inferred) if p.proposer else (None, False) for p in doc.proposals] == expected
