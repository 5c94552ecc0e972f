"""Property-based tests: for any Unicode text, extract() raises only documented errors, every
offset slices the input to the reported text, values are finite, the output matches the JSON Schema."""
import json
import math
import re
import signal
import sys

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnextract import extract
from vnextract.errors import VnextractError
from vnextract.schema import Document, output_line_schema

VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
PIECES = ["Chủ tịch UBND tỉnh ", "Nguyễn Văn An", ", ", "đề nghị ", "Quốc hội", " 19.623 ", "98,5%", " tỷ đồng",
          "ngày 15/11", "số 20/2023/QH15", "\u0301", "\u200b", "\u00a0", "🙂", "\n", ". ", ": ", "Uỷ", "khóa XV"]
text_strategy = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list(VIETNAMESE + VIETNAMESE.upper() + " ,.;:%/-–()\n0123456789")), max_size=400),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=40).map("".join),
)
SCHEMA = output_line_schema()


def _spans(doc: Document):
    for p in doc.people:
        yield from p.mentions
        yield from p.roles
    for group in (doc.numbers, doc.dates, doc.legal_refs, doc.proposals, doc.organizations, doc.locations):
        yield from group


@settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_any_text(text: str) -> None:
    try:
        doc = extract(text)
    except VnextractError:
        return
    for span in _spans(doc):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start:span.end] == span.text
    for n in doc.numbers:
        assert math.isfinite(n.value)
    jsonschema.validate(json.loads(doc.model_dump_json()), SCHEMA)


def _patterns():
    """Every compiled regular expression the extractors and readers use."""
    import vnextract.decoding
    import vnextract.extraction
    import vnextract.extractors.dates
    import vnextract.extractors.numbers
    import vnextract.nlp
    import vnextract.tagger
    import vnextract.textnorm  # noqa: F401  (imported so that its patterns are checked)

    for mod in [m for name, m in sys.modules.items() if name.startswith("vnextract")]:
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern):
                yield f"{mod.__name__}.{name}", value


ADVERSARIAL = ["1" * 50_000, "1." * 25_000, "1,1." * 12_500 + "x", "a" * 50_000 + "!", ("1-" * 25_000) + "%",
               "T[" * 20_000, "ồ" * 50_000, " " * 50_000 + "x", ("19.623/" * 7000) + "x"]


@pytest.mark.parametrize("name, pattern", list(_patterns()), ids=[n for n, _ in _patterns()])
def test_no_catastrophic_backtracking(name: str, pattern: re.Pattern) -> None:
    """A hang guard, not a speed test: each pattern must finish on 50k-character adversarial input."""
    def hang(signum, frame):
        raise TimeoutError(f"{name} did not finish")

    old = signal.signal(signal.SIGALRM, hang)
    signal.alarm(30)
    try:
        for s in ADVERSARIAL:
            pattern.search(s)
            pattern.match(s)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
