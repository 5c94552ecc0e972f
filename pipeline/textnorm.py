"""Text normalization that remembers where every character came from.

Vietnamese web text mixes decomposed Unicode (NFD), two tone-mark conventions
("Uỷ ban" / "Ủy ban", "hoà" / "hòa"), non-breaking and zero-width spaces.
We normalize before tagging, but extracted spans must point into the ORIGINAL
text, so `normalize` returns the normalized string together with a map from
each normalized character to its offset in the original.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Spaces that look like " " on a page: NBSP, en/em spaces, narrow NBSP, ideographic space.
_SPACES = {"\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
           "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\t", "\x0b", "\x0c",
           "\u200b"}  # a zero-width space still separates words
# Invisible characters dropped from the normalized text (zero-width joiners, BOM, soft hyphen).
_DROPPED = {"\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng

# "oa", "oe", "uy" at the end of a syllable carry the tone on the first vowel in the
# traditional placement that underthesea and the gold use ("hòa", "Ủy", "khỏe");
# "qu" is a consonant, so "quý" keeps its mark.
_TONE_PAIR = re.compile(r"(?<![qQ])([oOuU])([^\W\d_])(?![^\W\d_])")
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    parts = unicodedata.normalize("NFD", second)
    base = parts[0]
    if (first.lower(), base.lower()) not in _PAIRS:
        return match.group(0)
    tones = [c for c in parts[1:] if c in _TONES]
    if not tones or any(c not in _TONES for c in parts[1:]):
        return match.group(0)
    return unicodedata.normalize("NFC", first + tones[0]) + base


def unify_tones(word: str) -> str:
    """Put tone marks of "oa/oe/uy" syllables on the first vowel ("hoà" -> "hòa"); same length."""
    return _TONE_PAIR.sub(_move_tone, word)


def normalize_word(word: str) -> str:
    """Normalize one word or phrase: NFC, unified tone placement, plain single spaces."""
    text = unicodedata.normalize("NFC", word)
    text = "".join(" " if c in _SPACES else c for c in text if c not in _DROPPED)
    return " ".join(unify_tones(text).split())


def fold(word: str) -> str:
    """The comparison key of a word: normalized and lower-cased (never diacritics stripped)."""
    return normalize_word(word).lower()


# One Vietnamese syllable written without its tone mark: an optional initial consonant, one to
# three vowels, an optional final consonant ("nghiêng", "khuya", "Đoàn"). "Macron", "Emmanuel",
# "James" are none: a name made of such syllables is a foreign name.
_VN_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?"
                          r"[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?$")


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether a word can be one Vietnamese syllable ("Nguyễn", "Hoà"), unlike "Macron" or "James"."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in _TONES)
    return bool(_VN_SYLLABLE.match(unicodedata.normalize("NFC", bare)))


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, for each of its characters, the original [start, end) it came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized [start, end) span to the original text."""
        if end <= start:
            o = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return o, o
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """NFC-compose, map exotic spaces to " ", drop zero-width characters, unify tone marks."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        # A cluster is a base character and the combining marks after it.
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _DROPPED:
            i = j
            continue
        if cluster in _SPACES:
            cluster = " "
        elif j - i > 1 or not cluster.isascii():
            cluster = unicodedata.normalize("NFC", cluster)
        for c in cluster:
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalized(unify_tones("".join(out)), starts, ends)


# Vietnamese alphabetical order: the letters (ă after a, â after ă, đ after d …), then the
# tones in the dictionary order ngang, huyền, hỏi, ngã, sắc, nặng — "Bắc Giang" before "Bình Thuận".
_VI_LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vi_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sort key for Vietnamese alphabetical order (letters first, tones second; case ignored)."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFC", text.lower()):
        parts = unicodedata.normalize("NFD", ch)
        tone = next((_TONE_MARKS[c] for c in parts if c in _TONE_MARKS), 0)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        pos = _VI_LETTERS.find(base) if len(base) == 1 else -1
        # Spaces and punctuation first ("Hà Giang" before "Hải Phòng"), then letters, then the rest.
        letters.append(0 if not base.isalnum() else pos + 1 if pos >= 0 else 100 + ord(base[0]))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def glued_parts(word: str) -> list[tuple[int, int]]:
    """[start, end) of the parts of a syllable that glues a name to a title with a hyphen and no spaces
    ("Lâm-Chủ" in "Đặng Công Lâm-Chủ tịch UBND huyện"): split at a lower-case letter, "-", a capital."""
    if "-" not in word:
        return [(0, len(word))]  # nearly every syllable: it runs for each one of the text
    cuts = [k for k in range(1, len(word) - 1)
            if word[k] == "-" and word[k - 1].isalpha() and word[k - 1].islower() and word[k + 1].isupper()]
    out, a = [], 0
    for k in cuts:
        out += [(a, k), (k, k + 1)]
        a = k + 1
    return out + [(a, len(word))]
