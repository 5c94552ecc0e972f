"""extract(): the seed article against its gold file, and invariants over the whole corpus."""
import json

import pytest

from vnextract import extract
from vnextract.errors import EmptyDocumentError, VnextractError
from vnextract.schema import Document
from vnextract.scoring import norm_name, overlap_f1, words

from .conftest import SEED, corpus_names, read_article


@pytest.fixture(scope="module")
def seed():
    text, meta, gold = read_article(SEED)
    doc = extract(text, id=SEED, url=meta["url"], province=meta["province"], date=meta["date"])
    return text, doc, gold


def test_seed_people_and_all_their_roles(seed) -> None:
    _, doc, gold = seed
    got = {norm_name(p.name): p for p in doc.people}
    assert set(got) == {norm_name(p["name"]) for p in gold["people"]}
    for g in gold["people"]:
        roles = [words(r.text, expand=True) for r in got[norm_name(g["name"])].roles]
        assert len(roles) == len(g["roles"]), g["name"]
        for role in g["roles"]:
            assert max(overlap_f1(words(role, expand=True), r) for r in roles) >= 0.6, (g["name"], role)


def test_seed_numbers(seed) -> None:
    _, doc, gold = seed
    assert sorted((n.value, n.kind) for n in doc.numbers) == sorted((float(n["value"]), n["kind"]) for n in gold["numbers"])


def test_seed_proposals_with_proposers(seed) -> None:
    _, doc, gold = seed
    assert len(doc.proposals) == len(gold["proposals"]) == 6
    for g in gold["proposals"]:
        best = max(doc.proposals, key=lambda p: overlap_f1(words(g["content"]), words(p.content)))
        assert overlap_f1(words(g["content"]), words(best.content)) >= 0.5, g["content"]
        assert best.proposer is not None
        assert overlap_f1(words(g["proposer"]), words(best.proposer.text)) >= 0.5, (g["proposer"], best.proposer)


def test_seed_document_fields(seed) -> None:
    text, doc, _ = seed
    assert doc.title == text.splitlines()[0]
    assert doc.province == "Hà Giang"
    assert doc.event_date == "2023-11-15"
    assert any(r.number == "20/2023/QH15" for r in doc.legal_refs)
    assert doc.schema_version
    assert len(doc.source.sha256) == 64


def _spans(doc: Document):
    for p in doc.people:
        yield from p.mentions
        yield from p.roles
    yield from doc.numbers
    yield from doc.dates
    yield from doc.legal_refs
    yield from doc.proposals
    yield from doc.organizations
    yield from doc.locations


@pytest.mark.parametrize("name", corpus_names())
def test_every_span_slices_the_original_text(corpus_docs, name: str) -> None:
    text, _, _ = read_article(name)
    doc = corpus_docs[name]
    for span in _spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
    Document.model_validate_json(doc.model_dump_json())


@pytest.mark.parametrize("name", corpus_names())
def test_every_figure_has_its_sentence_an_exact_value_and_a_real_place(corpus_docs, name: str) -> None:
    from vnextract.resources import load_resources

    res = load_resources()
    places = res.province_names | {res.country}
    doc = corpus_docs[name]
    assert doc.province is None or doc.province in res.province_names
    for n in doc.numbers:
        assert n.sentence and n.text in n.sentence
        assert isinstance(n.value, int) or len(repr(n.value).partition(".")[2]) <= 6, n.value  # no 4099999999.9999995
        assert n.place is None or n.place in places
    for p in doc.people:
        assert all(r.province is None or r.province in places for r in p.roles)


def test_offsets_survive_nfd_and_old_tones() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Phó Chủ tịch Thường trực UBND tỉnh Hoàng Gia Long phát biểu. Uỷ ban đạt 98%.")
    doc = extract(text)
    assert [p.name for p in doc.people] == ["Hoàng Gia Long"]
    for span in _spans(doc):
        assert text[span.start:span.end] == span.text
    assert doc.numbers[0].value == 98


@pytest.mark.parametrize("bad", ["", "   \n\t "], ids=["empty", "whitespace"])
def test_empty_text_is_a_documented_error(bad: str) -> None:
    with pytest.raises(EmptyDocumentError):
        extract(bad)


def test_non_string_is_a_documented_error() -> None:
    with pytest.raises(VnextractError):
        extract(b"bytes")  # type: ignore[arg-type]


def test_extract_many_reports_errors_and_goes_on() -> None:
    from vnextract import extract_many

    out = list(extract_many([{"id": "a", "text": "Chủ tịch UBND tỉnh Nguyễn Văn A phát biểu."},
                             {"id": "b", "text": ""},
                             {"id": "c", "text": "Tỷ lệ đạt 90%."}]))
    assert [type(o).__name__ for o in out] == ["Document", "ErrorRecord", "Document"]
    assert out[1].error.type == "empty_document"


def test_extract_many_takes_plain_strings() -> None:
    from vnextract import extract_many

    out = list(extract_many(["Chủ tịch UBND tỉnh Nguyễn Văn A phát biểu.", "", 42]))
    assert [type(o).__name__ for o in out] == ["Document", "ErrorRecord", "ErrorRecord"]
    assert out[0].id == "doc1" and out[0].people[0].name == "Nguyễn Văn A"
    assert out[2].error.type == "input_error"


def test_schema_is_generated_from_the_models() -> None:
    from vnextract.schema import json_schema

    schema = json.loads(json_schema())
    assert schema["$schema"].endswith("2020-12/schema") and schema["$id"].endswith(":2.2")
    assert [ref["$ref"] for ref in schema["oneOf"]] == ["#/$defs/Document", "#/$defs/ErrorRecord"]
    document = schema["$defs"]["Document"]
    assert {"people", "numbers", "proposals", "dates", "legal_refs"} <= set(document["properties"])
    assert document["additionalProperties"] is False