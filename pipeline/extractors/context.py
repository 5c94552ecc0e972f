"""What every extractor reads: the Doc, its syllables, and the loaded resources.

Built once per document; extractors never re-tokenize and never do I/O.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc

from ..gazetteer import Gazetteer
from ..nlp import Syllable, syllables
from ..resources import Resources

# The apostrophes inside Central Highlands names ("Kpă H’ven", "Br ' iu Liếc").
APOSTROPHES = ("'", "’")

PUNCT = frozenset(",.;:!?…()[]\"'“”‘’–—-/|*•")
SENT_END = frozenset(".!?…")
_ROMAN = re.compile(r"^[IVXLC]+$")


def is_upper_initial(text: str) -> bool:
    """True when the first letter is a capital ("Hà", "UBND")."""
    return bool(text) and text[0].isalpha() and text[0].isupper()


@dataclass
class Context:
    """One analysed document: tokens, syllables, resources and metadata."""

    doc: Doc
    res: Resources
    province: str | None = None
    year: int | None = None
    # A long document is analysed block by block: `base` is where this Doc starts in
    # `full_text`, and every offset the extractors report is into `full_text`.
    base: int = 0
    full_text: str | None = None
    text: str = field(init=False)
    sylls: list[Syllable] = field(init=False)
    keys: list[str] = field(init=False)

    def __post_init__(self) -> None:
        # spaCy rebuilds doc.text from its tokens on every access: read it once.
        self.text = self.full_text if self.full_text is not None else self.doc.text
        self.sylls = syllables(self.doc)
        if self.base:
            self.sylls = [replace(s, start=s.start + self.base, end=s.end + self.base) for s in self.sylls]
        self.keys = [s.key for s in self.sylls]
        # Token attributes read once: spaCy makes a new Token object on every doc[i].
        self._tags = [t.tag_ for t in self.doc]
        self._ents = [t.ent_type_ for t in self.doc]
        self._sent_start = [bool(t.is_sent_start) for t in self.doc]

    @cached_property
    def sent_of(self) -> list[int]:
        """Sentence index of each syllable."""
        out, sent = [], -1
        last_token = -1
        for s in self.sylls:
            if s.token != last_token:
                last_token = s.token
                # A sentence begins at its first token.
                if self._sent_start[s.token] or sent < 0:
                    sent += 1
            out.append(sent)
        return out

    @cached_property
    def sent_bounds(self) -> list[tuple[int, int]]:
        """[start, end) syllable indexes of each sentence."""
        bounds: list[tuple[int, int]] = []
        for i, s in enumerate(self.sent_of):
            if s == len(bounds):
                bounds.append((i, i + 1))
            else:
                bounds[s] = (bounds[s][0], i + 1)
        return bounds

    @cached_property
    def line_of(self) -> list[int]:
        """Index of the text line (paragraph) of each syllable."""
        text = self.text
        out, line, pos = [], 0, self.base
        for s in self.sylls:
            line += text.count("\n", pos, s.start)
            pos = s.start
            out.append(line)
        return out

    @cached_property
    def line_bounds(self) -> dict[int, tuple[int, int]]:
        """[start, end) syllable indexes of each text line (paragraph)."""
        bounds: dict[int, tuple[int, int]] = {}
        for i, line in enumerate(self.line_of):
            bounds[line] = (bounds[line][0], i + 1) if line in bounds else (i, i + 1)
        return bounds

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sylls]

    def syllable_at(self, offset: int) -> int:
        """Index of the first syllable that starts at or after a character offset."""
        return min(bisect_left(self._starts, offset), len(self.sylls) - 1)

    def syllables_before(self, offset: int) -> int:
        """Number of syllables that start before a character offset (the end index of a span ending there)."""
        return bisect_left(self._starts, offset)

    def span_text(self, i: int, j: int) -> str:
        """Original text of syllables [i, j)."""
        return self.text[self.sylls[i].start:self.sylls[j - 1].end] if j > i else ""

    def norm_text(self, i: int, j: int) -> str:
        """Normalized text of syllables [i, j), single-spaced; no space before punctuation."""
        out = ""
        for k in range(i, j):
            s = self.sylls[k]
            glued = k > i and self.sylls[k - 1].end == s.start
            out += s.text if (not out or glued) else " " + s.text
        return out

    def offsets(self, i: int, j: int) -> tuple[int, int]:
        """Original [start, end) of syllables [i, j)."""
        return self.sylls[i].start, self.sylls[j - 1].end

    def tag(self, i: int) -> str:
        """underthesea POS tag of the word holding syllable i."""
        return self._tags[self.sylls[i].token]

    def ent(self, i: int) -> str:
        """NER label of the word holding syllable i ("" outside entities)."""
        return self._ents[self.sylls[i].token]

    def same_token(self, i: int, j: int) -> bool:
        return self.sylls[i].token == self.sylls[j].token

    def is_punct(self, i: int) -> bool:
        return all(c in PUNCT for c in self.sylls[i].text)

    def is_name_syl(self, i: int) -> bool:
        """A syllable that can be part of a personal name: "Hòa", "H’ven", "H'Hen", not "UBND", "15", "hòa"."""
        t = self.sylls[i].text
        if len(t) <= 8 and t.isalpha() and t[0].isupper() and (len(t) == 1 or t[1:].islower()):
            return True
        # Korean given names join two syllables with a hyphen ("Moon Jae-in", "Kim Yo-jong"); not "Rịa-Vũng"
        head, sep, tail = t.partition("-")
        if sep and len(t) <= 10 and head.isalpha() and head[0].isupper() and (len(head) == 1 or head[1:].islower()) \
                and tail.isalpha() and tail.islower():
            return True
        # Central Highlands names write an apostrophe inside a syllable ("Kpă H’ven", "H'Hen Niê")
        head, sep, tail = t.replace(APOSTROPHES[1], APOSTROPHES[0]).partition(APOSTROPHES[0])
        return bool(sep) and 1 <= len(head) <= 3 and head.isalpha() and head[0].isupper() and tail.isalpha() \
            and len(t) <= 10

    def in_common_word(self, i: int) -> bool:
        """True when syllable i shares its underthesea word with a lower-case syllable ("Đại biểu").

        Not when a name syllable comes before it in the same word, or right before a verb it opens:
        underthesea sometimes fuses a name with the verb after it ("Đặng Quốc Khánh sinh", "Nguyễn
        Xuân Phúc trình", "Cao Tường | Huy sinh").
        """
        tok = self.sylls[i].token
        if i > 0 and self.sylls[i - 1].token == tok and self.is_name_syl(i - 1):
            return False
        if i > 1 and self.sylls[i - 1].token != tok and self._tags[tok] == "V" \
                and self.is_name_syl(i - 1) and self.is_name_syl(i - 2) and self.sent_of[i - 2] == self.sent_of[i] \
                and not (i > 2 and self.is_name_syl(i - 3) and not self.res.honorifics.match_at(self.keys, i - 3, i)):
            # a two-syllable name, then its last syllable fused with the verb after it in a word of its
            # own: "Cao Tường | Huy sinh", "Phùng Xuân | Nhạ điểm"
            return False
        for k in (i - 1, i + 1):
            if 0 <= k < len(self.sylls) and self.sylls[k].token == tok:
                t = self.sylls[k].text
                if t[:1].isalpha() and t[:1].islower() and not (k > 0 and self.keys[k - 1] in APOSTROPHES):
                    return True  # not the tail of an apostrophe name ("Br ' iu | Liếc")
        return False

    def cut_at_end(self, j: int) -> bool:
        """True when syllables up to j (exclusive) run into the end of a text cut off mid-word."""
        return j >= len(self.sylls) and bool(self.sylls) and self.sylls[-1].text[-1:].isalnum() \
            and self.sylls[-1].end >= len(self.text.rstrip())

    def is_upper(self, i: int) -> bool:
        return is_upper_initial(self.sylls[i].text)

    def is_abbrev(self, i: int) -> bool:
        """An all-capital abbreviation such as UBND, HĐND, TT&TT, UVT.Ư."""
        t = self.sylls[i].text
        letters = [c for c in t if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    def is_roman(self, i: int) -> bool:
        return bool(_ROMAN.match(self.sylls[i].text))

    def match(self, gaz: Gazetteer, i: int) -> tuple[int, object] | None:
        """Longest gazetteer entry starting at syllable i (inside the sentence)."""
        if i >= len(self.sylls):
            return None
        return gaz.match_at(self.keys, i, self.sent_bounds[self.sent_of[i]][1])

    def match_before(self, gaz: Gazetteer, j: int) -> tuple[int, object] | None:
        """Longest gazetteer entry ending right before syllable j (inside the sentence)."""
        if j <= 0:
            return None
        return gaz.match_before(self.keys, j, self.sent_bounds[self.sent_of[j - 1]][0])

    def expand(self, text: str) -> str:
        """Expand abbreviations word by word ("UBND tỉnh" -> "Ủy ban nhân dân tỉnh")."""
        words = text.split()
        return " ".join(self.res.abbreviations.get(w.rstrip(",;:"), w.rstrip(",;:")) + w[len(w.rstrip(",;:")):]
                        for w in words)
