"""vnextract as a spaCy pipeline component: `nlp.add_pipe("vnextract")`.

The component runs the whole extraction on `doc.text` (the extractors read underthesea's
syllables, POS tags and CRF entities, so they use vnextract's own analysis whatever the host
pipeline's tokenizer is) and sets:

- `doc._.people`, `doc._.numbers`, `doc._.proposals`: lists of `Span`s, one per person mention,
  figure and proposal, each with `span._.vnextract` holding its record as a plain dict
  (a Person, Number or Proposal of `vnextract schema`); they are read from the span groups
  `doc.spans["vnextract.people"]` … so that `Doc.to_bytes()` and `DocBin` keep them;
- `doc._.vnextract`: the whole `Document` record as a plain dict.

Spans are snapped outwards to the host pipeline's token boundaries. The package's
`spacy_factories` entry point registers the factory, so no import is needed before
`add_pipe`. Importing this module loads spaCy only.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .schema import Document, Span as SpanRecord

LABELS = {"people": "PERSON", "numbers": "NUMBER", "proposals": "PROPOSAL"}

for _name in LABELS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, getter=lambda doc, key=f"vnextract.{_name}": list(doc.spans.get(key, [])))
if not Doc.has_extension("vnextract"):
    Doc.set_extension("vnextract", default=None)
if not Span.has_extension("vnextract"):
    Span.set_extension("vnextract", default=None)


class VnextractComponent:
    """Sets `doc._.people`, `doc._.numbers`, `doc._.proposals` and `doc._.vnextract`."""

    def __init__(self, province: str | None, date: str | None) -> None:
        self.meta = {"province": province, "date": date}

    def __call__(self, doc: Doc) -> Doc:
        from .extraction import extract

        if not doc.text.strip():  # nothing to extract: empty lists, not an error inside a pipeline
            return doc
        result: Document = extract(doc.text, **self.meta)
        doc._.vnextract = result.model_dump(mode="json")
        doc.spans["vnextract.people"] = [_span(doc, m, "PERSON", p.model_dump(mode="json"))
                                         for p in result.people for m in p.mentions]
        doc.spans["vnextract.numbers"] = [_span(doc, n, "NUMBER", n.model_dump(mode="json")) for n in result.numbers]
        doc.spans["vnextract.proposals"] = [_span(doc, q, "PROPOSAL", q.model_dump(mode="json"))
                                            for q in result.proposals]
        return doc


def _span(doc: Doc, where: SpanRecord, label: str, record: dict[str, Any]) -> Span:
    span = doc.char_span(where.start, where.end, label=label, alignment_mode="expand")
    if span is None:  # only whitespace inside the host tokenizer's tokens: the record still counts
        span = doc[0:0]
    span._.vnextract = record
    return span


@Language.factory("vnextract", default_config={"province": None, "date": None})
def make_component(nlp: Language, name: str, province: str | None, date: str | None) -> VnextractComponent:
    """The `vnextract` factory; `province` and `date` are the documents' metadata when known."""
    return VnextractComponent(province, date)
