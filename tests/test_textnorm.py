import unicodedata

import pytest

from vnextract.textnorm import fold, glued_parts, is_vietnamese_syllable, normalize, unify_tones


@pytest.mark.parametrize("raw, expected", [
    ("Uỷ ban", "Ủy ban"),
    ("hoà bình", "hòa bình"),
    ("thuỷ lợi", "thủy lợi"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("HOÀ", "HÒA"),
    ("quý", "quý"),          # "qu" is a consonant: the mark stays on y
    ("hoàn thành", "hoàn thành"),  # a final consonant: nothing to move
    ("Thuỵ", "Thụy"),
], ids=["Uy", "hoa", "thuy", "khoe", "caps", "quy", "hoan", "thuy-nang"])
def test_unify_tones(raw: str, expected: str) -> None:
    assert unify_tones(raw) == expected
    assert len(unify_tones(raw)) == len(raw)


@pytest.mark.parametrize("raw", [
    unicodedata.normalize("NFD", "Nguyễn Thị Kim Oanh, Uỷ viên"),
    "Phó\u00a0Chủ tịch\u200bUBND tỉnh",
    "  Hà Giang\r\n\tngày 15/11 \ufeff",
    "",
], ids=["nfd", "nbsp-zwsp", "spaces-bom", "empty"])
def test_normalize_maps_every_char_back(raw: str) -> None:
    norm = normalize(raw)
    assert len(norm.starts) == len(norm.ends) == len(norm.text)
    for i, ch in enumerate(norm.text):
        s, e = norm.orig_span(i, i + 1)
        assert 0 <= s < e <= len(raw)
        if ch == " ":
            assert raw[s:e].isspace() or raw[s:e] == "\u200b"
        else:  # same base letter; the tone mark may have moved within the syllable
            assert unicodedata.normalize("NFD", ch)[0] == unicodedata.normalize("NFD", raw[s:e])[0]


def test_normalize_nfd_word_span() -> None:
    raw = unicodedata.normalize("NFD", "đồng chí Nguyễn Thị Kim Oanh")
    norm = normalize(raw)
    i = norm.text.index("Nguyễn")
    s, e = norm.orig_span(i, i + len("Nguyễn"))
    assert unicodedata.normalize("NFC", raw[s:e]) == "Nguyễn"


def test_fold_keeps_diacritics() -> None:
    assert fold("Ủy  Ban") == "ủy ban"
    assert fold("Uỷ ban") == fold("Ủy ban")
    assert fold("Hà") != fold("Ha")


@pytest.mark.parametrize("word, vietnamese", [
    ("Nguyễn", True), ("Hoà", True), ("nghiêng", True), ("khuya", True), ("Đoàn", True), ("Moon", True),
    ("Emmanuel", False), ("Macron", False), ("James", False), ("Putin", False), ("Masahiro", False),
    ("Kpă", False),
])
def test_vietnamese_syllable(word: str, vietnamese: bool) -> None:
    assert is_vietnamese_syllable(word) is vietnamese


@pytest.mark.parametrize("word, parts", [
    ("Lâm-Chủ", ["Lâm", "-", "Chủ"]),          # a name glued to its post
    ("Rịa-Vũng", ["Rịa", "-", "Vũng"]),        # "Bà Rịa-Vũng Tàu": split the same way in text and in models/
    ("VH-TT&DL", ["VH-TT&DL"]),                # an abbreviation stays whole
    ("2021-2025", ["2021-2025"]),
    ("e-Government", ["e", "-", "Government"]),
])
def test_glued_parts(word: str, parts: list[str]) -> None:
    assert [word[a:b] for a, b in glued_parts(word)] == parts
