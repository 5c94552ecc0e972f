"""The NLP layer: a spaCy `Language` for Vietnamese built on underthesea.

- The tokenizer normalizes the text (see textnorm), splits sentences and words
  with underthesea, and aligns every word back to the ORIGINAL text, so
  `doc.text == input` and every span's offsets are offsets into the input.
  `token.lemma_` holds underthesea's normalized word ("Ủy ban" for "Uỷ ban"),
  `token.norm_` its lower case.
- The `underthesea_tagger` component puts underthesea's POS tags on `token.tag_`
  and its CRF NER on `doc.ents`, tagging the same words the tokenizer made.
- `syllables(doc)` gives the folded syllable stream the extractors match on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from spacy.vocab import Vocab

from .textnorm import fold, glued_parts, normalize, normalize_word

_WS_RUN = re.compile(r"\s+|\S+")
_NONSPACE = re.compile(r"\S+")
_SYLLABLE = re.compile(r"[^\s\u200b]+")  # a zero-width space separates syllables too


# A "sentence" longer than this (text with no punctuation) is cut into chunks at the
# last ";", "," or space before the limit, so no later stage sees unbounded sentences.
MAX_SENTENCE_CHARS = 2000


def _cap(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = max(text.rfind(";", start + 1, limit), text.rfind(",", start + 1, limit))
            if cut < start + MAX_SENTENCE_CHARS // 2:
                cut = text.rfind(" ", start + 1, limit)
            cut = cut + 1 if cut > start else limit
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append((start, end))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`: one paragraph per line, split by underthesea's sent_tokenize,
    never after a dotted abbreviation ("TX. Gò Công")."""
    from underthesea import sent_tokenize

    from .resources import load_resources

    dotted = load_resources().dotted_abbreviations
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        cursor = 0
        for sent in sent_tokenize(line):
            sent = sent.strip()
            found = line.find(sent, cursor) if sent else -1
            if found < 0:
                # sent_tokenize altered the text: keep the rest of the line as one sentence.
                break
            if line[cursor:found].strip():
                spans.append((line_start + cursor, line_start + found))
            prev = text[spans[-1][0]:spans[-1][1]] if spans and spans[-1][1] > line_start else ""
            # No break after "TX." or inside "UVT.Ư" (no space after the dot).
            glue = bool(prev) and (prev.split()[-1] in dotted or spans[-1][1] == line_start + found)
            if glue:
                spans[-1] = (spans[-1][0], line_start + found + len(sent))
            else:
                spans.append((line_start + found, line_start + found + len(sent)))
            cursor = found + len(sent)
        rest = line[cursor:]
        if rest.strip():
            lead = len(rest) - len(rest.lstrip())
            spans.append((line_start + cursor + lead, line_start + len(line.rstrip())))
    return _cap(spans, text)


def _align(words: list[str], text: str, offset: int) -> list[tuple[int, int, str]]:
    """Find each underthesea word in `text` (which it was made from); returns (start, end, word)."""
    out: list[tuple[int, int, str]] = []
    cur, n = 0, len(text)
    for word in words:
        start = end = None
        for syl in word.split():
            while cur < n and text[cur].isspace():
                cur += 1
            if text.startswith(syl, cur):
                s, e = cur, cur + len(syl)
            else:
                # underthesea changed the syllable (e.g. a spelling fix): take the same
                # number of characters if they hold no space, else search nearby.
                chunk = text[cur:cur + len(syl)]
                if len(chunk) == len(syl) and not any(c.isspace() for c in chunk):
                    s, e = cur, cur + len(syl)
                else:
                    k = text.find(syl, cur, cur + 40 + len(syl))
                    if k < 0:
                        m = _NONSPACE.match(text, cur)
                        k, e = (cur, m.end()) if m else (cur, cur)
                    else:
                        e = k + len(syl)
                    s = k
            if start is None:
                start = s
            end = e
            cur = e
        if start is not None and end is not None and end > start:
            out.append((offset + start, offset + end, word))
    return out


class UndertheseaTokenizer:
    """spaCy tokenizer: underthesea word segmentation aligned to the original text."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from underthesea import word_tokenize

        norm = normalize(text)
        pieces: list[tuple[int, int, str, bool]] = []  # orig start, end, underthesea word, sentence start
        for s, e in split_sentences(norm.text):
            words = word_tokenize(norm.text[s:e])
            for k, (ws, we, word) in enumerate(_align(words, norm.text[s:e], s)):
                os_, oe = norm.orig_span(ws, we)
                if pieces and os_ < pieces[-1][1]:
                    continue  # never overlap a previous word
                pieces.append((os_, oe, word, k == 0))
        return self._build(text, pieces)

    def _build(self, text: str, pieces: list[tuple[int, int, str, bool]]) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        lemmas: list[str] = []
        starts: list[bool] = []
        tags: list[str] = []

        def gap(chunk: str) -> None:
            for run in _WS_RUN.findall(chunk):
                if run.isspace():
                    if words and not spaces[-1] and run[0] == " ":
                        spaces[-1] = True
                        run = run[1:]
                    if run:
                        words.append(run), spaces.append(False), lemmas.append(run)
                        starts.append(False), tags.append("_SP")
                else:
                    # Characters underthesea dropped: keep them as their own token.
                    words.append(run), spaces.append(False), lemmas.append(normalize_word(run) or run)
                    starts.append(False), tags.append("X")

        cursor = 0
        for start, end, word, sent_start in pieces:
            gap(text[cursor:start])
            words.append(text[start:end])
            spaces.append(False)
            lemmas.append(word)
            starts.append(sent_start)
            tags.append("")
            cursor = end
        gap(text[cursor:])
        if starts:
            starts[0] = True
        doc = Doc(self.vocab, words=words, spaces=spaces, lemmas=lemmas, sent_starts=starts)
        for token, tag in zip(doc, tags):
            token.norm_ = token.lemma_.lower()
            if tag:
                token.tag_ = tag
        return doc

    def to_disk(self, path: Any, **kwargs: Any) -> None:  # spaCy serialization protocol
        pass

    def from_disk(self, path: Any, **kwargs: Any) -> "UndertheseaTokenizer":
        return self


@registry.tokenizers("vnextract.underthesea_tokenizer.v1")
def create_tokenizer() -> Any:
    """spaCy registry entry for the underthesea tokenizer."""

    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make


def _sentences_of_words(doc: Doc) -> list[list[Any]]:
    """Per sentence, the tokens that came from underthesea (no whitespace, no dropped junk), in one pass."""
    out: list[list[Any]] = []
    for t in doc:
        if t.is_sent_start or not out:
            out.append([])
        if not t.is_space and t.tag_ not in ("_SP", "X"):
            out[-1].append(t)
    return [s for s in out if s]


@Language.component("underthesea_tagger")
def underthesea_tagger(doc: Doc) -> Doc:
    """POS tags (token.tag_) and CRF named entities (doc.ents) from underthesea's shipped models."""
    from .tagger import fast_tagger

    tagger = fast_tagger()
    iob: list[str] = ["O"] * len(doc)
    for tokens in _sentences_of_words(doc):
        pos, ner = tagger.tag([t.lemma_ for t in tokens])
        for token, p, n in zip(tokens, pos, ner):
            token.tag_ = p
            iob[token.i] = n
    doc.ents = _iob_to_spans(doc, iob)
    return doc


def _iob_to_spans(doc: Doc, iob: list[str]) -> list[Span]:
    spans: list[Span] = []
    start, label = None, ""
    for i, tag in enumerate(iob + ["O"]):
        inside = tag.startswith("I-") and start is not None and tag[2:] == label
        if not inside:
            if start is not None:
                spans.append(Span(doc, start, i, label=label))
                start = None
            if tag[:2] in ("B-", "I-"):
                start, label = i, tag[2:]
    return spans


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The Vietnamese pipeline, built once per process."""
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.underthesea_tokenizer.v1"}}})
    nlp.add_pipe("underthesea_tagger")
    nlp.max_length = 2_000_000  # extract() hands over blocks of at most BLOCK_CHARS
    return nlp


@dataclass(frozen=True, slots=True)
class Syllable:
    """One syllable of the text: folded key, normalized surface, original offsets, its token."""

    key: str
    text: str
    start: int
    end: int
    token: int


# Dashes written other ways share the key of the en dash the rules look for ("ông A -- Cục trưởng …").
_DASH_KEYS = {"--": "–", "—": "–", "―": "–", "‒": "–"}


def syllables(doc: Doc) -> list[Syllable]:
    """The syllables of a Doc in order (cached on the Doc); whitespace tokens are skipped."""
    cached = doc.user_data.get("vnextract.syllables")
    if cached is not None:
        return cached
    out: list[Syllable] = []
    for token in doc:
        if token.is_space:
            continue
        base = token.idx
        for m in _SYLLABLE.finditer(token.text):
            for a, b in glued_parts(m.group()):
                surface = normalize_word(m.group()[a:b])
                if surface:
                    key = _DASH_KEYS.get(surface) or fold(surface)
                    out.append(Syllable(key, surface, base + m.start() + a, base + m.start() + b, token.i))
    doc.user_data["vnextract.syllables"] = out
    return out
