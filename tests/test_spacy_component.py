"""vnextract inside someone else's spaCy pipeline: `nlp.add_pipe("vnextract")`."""
import pytest
import spacy
from spacy.tokens import Doc

SENTENCE = "Chủ tịch UBND tỉnh Nguyễn Văn An đề nghị Quốc hội bố trí 290 tỷ đồng cho chuyển đổi số."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("xx")  # a host pipeline with its own (whitespace) tokenizer
    nlp.add_pipe("vnextract", config={"province": "Hà Giang"})  # found through the spacy_factories entry point
    return nlp


@pytest.mark.parametrize("group, text, label, field, value", [
    ("people", "Nguyễn Văn An", "PERSON", "name", "Nguyễn Văn An"),
    ("numbers", "290 tỷ đồng", "NUMBER", "unit", "VND"),
    ("proposals", "đề nghị Quốc hội bố trí 290 tỷ đồng cho chuyển đổi số", "PROPOSAL", "addressee", "Quốc hội"),
])
def test_spans_carry_their_records(nlp, group: str, text: str, label: str, field: str, value: str) -> None:
    doc = nlp(SENTENCE)
    (span,) = getattr(doc._, group)
    assert (span.text, span.label_, span._.vnextract[field]) == (text, label, value)
    assert doc._.vnextract["province"] == "Hà Giang"


def test_spans_survive_serialisation(nlp) -> None:
    doc = Doc(nlp.vocab).from_bytes(nlp(SENTENCE).to_bytes())
    assert [s._.vnextract["name"] for s in doc._.people] == ["Nguyễn Văn An"]


def test_empty_text_gives_empty_lists(nlp) -> None:
    doc = nlp("  ")
    assert (doc._.people, doc._.numbers, doc._.proposals) == ([], [], [])
