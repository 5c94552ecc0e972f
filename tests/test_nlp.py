"""The NLP layer: Doc text equals the input, words carry underthesea's tags, spans map to the input."""
import unicodedata

import pytest

from vnextract.nlp import split_sentences, syllables

TRICKY = {
    "plain": "Giám đốc Sở Thông tin và Truyền thông Đỗ Thái Hòa báo cáo.",
    "nfd": unicodedata.normalize("NFD", "Đồng chí Nguyễn Thị Kim Oanh, Uỷ viên Thường trực."),
    "old-tones": "Uỷ ban nhân dân tỉnh hoà bình, thuỷ lợi.",
    "spaces": "  Hà\u00a0Giang\u200b có  19.623 tài khoản.\n\n\nDòng hai\t cuối",
    "no-punct": "cử tri kiến nghị Quốc hội sớm ban hành luật " * 20,
    "symbols": "Tỷ lệ 98,5% (tăng 10 - 15%) → “đạt” 2,5 triệu USD 🙂",
}


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_doc_text_equals_input(nlp, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


@pytest.mark.parametrize("text", TRICKY.values(), ids=TRICKY.keys())
def test_syllables_slice_the_input(nlp, text: str) -> None:
    doc = nlp(text)
    for s in syllables(doc):
        assert text[s.start:s.end].strip()
        assert unicodedata.normalize("NFC", text[s.start:s.end]).lower().replace("\u00a0", " ") or s.key


def test_words_tags_entities_sentences(nlp) -> None:
    doc = nlp("Chiều ngày 15/11, Đoàn giám sát làm việc với tỉnh Hà Giang. Phó Chủ tịch UBND tỉnh Hoàng Gia Long phát biểu.")
    words = [t.text for t in doc]
    assert "Hà Giang" in words  # multi-syllable words from underthesea
    assert all(t.tag_ for t in doc if not t.is_space)
    assert len(list(doc.sents)) == 2
    assert any(e.label_ in ("LOC", "PER", "ORG") for e in doc.ents)


def test_normalized_forms_on_tokens(nlp) -> None:
    doc = nlp("Uỷ ban nhân dân")
    assert doc[0].text in ("Uỷ", "Uỷ ban", "Uỷ ban nhân dân")
    assert doc[0].lemma_.startswith("Ủy")
    assert doc[0].norm_ == doc[0].lemma_.lower()


def test_tags_equal_underthesea_ner(nlp) -> None:
    """Our tagger feeds underthesea's models the same words: same tags as underthesea.ner()."""
    from underthesea import ner

    sentence = "Tham gia Đoàn công tác có đồng chí Lê Hoàng Hải, Ủy viên Chuyên trách Ủy ban Khoa học."
    doc = nlp(sentence)
    ours = [(t.lemma_, t.tag_) for t in doc if not t.is_space]
    theirs = [(w, pos) for w, pos, _, _ in ner(sentence)]
    assert ours == theirs


def test_split_sentences_offsets() -> None:
    text = "Câu một. Câu hai!\nDòng mới không dấu"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Câu một.", "Câu hai!", "Dòng mới không dấu"]
