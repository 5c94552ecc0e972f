"""Phrase lookup over syllables, independent of how underthesea grouped them into words.

underthesea may join "Ủy ban" into one word in one sentence and split it in the
next, so matching lexicon entries against its tokens would be brittle. Every
entry is instead a tuple of folded syllables (the pieces underthesea's regex
tokenizer produces), and the text is a list of folded syllables: a match is the
same sequence, whatever the word grouping.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

from .textnorm import fold, glued_parts, normalize_word

V = TypeVar("V")


@lru_cache(maxsize=65536)
def syllabify(phrase: str) -> tuple[str, ...]:
    """Split a phrase into folded syllables exactly as the tokenizer splits text."""
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    text = normalize_word(phrase)
    # Tokenize inside a sentence: alone, "TP." would split as "TP" "." (end-of-text rule).
    pieces = tokenize(f"{text} x", use_token_normalize=False)
    return tuple(fold(s[a:b]) for s in pieces[:-1] for a, b in glued_parts(s))  # "Bà Rịa-Vũng Tàu" as in text


class Gazetteer(Generic[V]):
    """Longest-match lookup of syllable sequences, forwards from or backwards to a position."""

    def __init__(self, entries: Iterable[tuple[str, V]]) -> None:
        self.entries: dict[tuple[str, ...], V] = {}
        self.surface: dict[tuple[str, ...], str] = {}
        for phrase, value in entries:
            key = syllabify(phrase)
            if key:
                self.entries.setdefault(key, value)
                self.surface.setdefault(key, phrase)
        self.max_len = max((len(k) for k in self.entries), default=0)
        # Most positions start no entry: these sets answer that without building tuples.
        self._first = {k[0] for k in self.entries}
        self._last = {k[-1] for k in self.entries}

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            return syllabify(key) in self.entries
        return key in self.entries

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, phrase: str, default: V | None = None) -> V | None:
        """Value of a phrase given as text, or `default`."""
        return self.entries.get(syllabify(phrase), default)

    def match_at(self, sylls: Sequence[str], i: int, end: int | None = None) -> tuple[int, V] | None:
        """Longest entry starting at syllable i and ending by `end`: (length, value), or None."""
        limit = len(sylls) if end is None else min(end, len(sylls))
        if i >= limit or sylls[i] not in self._first:
            return None
        for n in range(min(self.max_len, limit - i), 0, -1):
            value = self.entries.get(tuple(sylls[i:i + n]))
            if value is not None:
                return n, value
        return None

    def match_before(self, sylls: Sequence[str], j: int, start: int = 0) -> tuple[int, V] | None:
        """Longest entry ending right before syllable j and starting at or after `start`."""
        if j <= start or sylls[j - 1] not in self._last:
            return None
        for n in range(min(self.max_len, j - start), 0, -1):
            value = self.entries.get(tuple(sylls[j - n:j]))
            if value is not None:
                return n, value
        return None


def phrase_set(phrases: Iterable[str]) -> Gazetteer[bool]:
    """A gazetteer whose values are all True (membership only)."""
    return Gazetteer((p, True) for p in phrases)
