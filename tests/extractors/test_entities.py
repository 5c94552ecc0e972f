"""Document warnings: "truncated" only when the last paragraph really stops mid-sentence."""
import pytest

from vnextract.extractors.entities import warnings_for

BODY = ("Chiều 15/11, Đoàn giám sát của Quốc hội làm việc với UBND tỉnh Hà Giang về chuyển đổi số. "
        "Giám đốc Sở Thông tin và Truyền thông báo cáo tình hình thực hiện trong giai đoạn 2021 - 2023.")


@pytest.mark.parametrize("ending, truncated", [
    ("", False),
    ("\nTỉnh ưu tiên nguồn lực cho vùng đồng bào. Công tác bảo tồn và phát huy các giá trị văn hóa truyền thống "
     "của đồng bào các dân tộc được quan tâm, đầu tư", True),
    (" Tỉnh đề nghị các đơn vị làm rõ một số nội dung thực hiện liên thông v", True),
    (" Thành phố sẽ tổ chức điều tra xã hội học, TP. HCM cần tổ chức khảo sát nhu cầu nhà ở nhằm nắ", True),
    ("\n\nPV", False),                                                      # byline on its own line
    (" Văn Hiếu/VOV-Trung tâm tin", False),                                 # byline after the last sentence
    (" Mai Linh (Tổng hợp)", False),
    (" Đồng chí Hoàng Gia Lo", True),                                        # a sentence, not a byline
    ("\n\nBí thư Thành uỷ TP. HCM Nguyễn Thiện Nhân trả lời báo chí bên hành lang kỳ họp - Ảnh: TỰ TRUNG", False),
    ("\nPhó Chủ tịch UBND TP. HCM phát biểu tại buổi họp nghe báo cáo tình hình ngập nước - Ảnh TỰ TRUNG", False),
    ("\nLãnh đạo tỉnh Bình Dương chúc mừng tân Chủ tịch HĐND tỉnh Bình Dương Võ Văn Minh và các Phó Chủ tịch", False),
    ("\nKinh tế Việt Nam 10 năm qua", False),                                # related-article link
    (" Dự án hoàn thành giai đoạn 1.", False),
])
def test_truncated_only_when_a_paragraph_stops(ending: str, truncated: bool) -> None:
    warnings = warnings_for(BODY + ending, frozenset({"ảnh", "tin", "bài", "nguồn", "theo"}))
    assert any(w.startswith("truncated") for w in warnings) is truncated
