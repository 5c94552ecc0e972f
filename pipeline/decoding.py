"""Bytes to text: UTF-8/16/32 by BOM, single-byte code pages, and the legacy Vietnamese
font encodings TCVN3 and VNI, chosen by how Vietnamese the result reads.

charset-normalizer proposes an encoding; we also try Windows-1258 and Latin-1 read
through the TCVN3 and VNI tables (models/legacy_encodings.yaml), and keep the
candidate whose letters look most like Vietnamese. Binary input and text that no
candidate turns into Vietnamese raise documented errors instead of passing mojibake on.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .errors import BinaryInputError, DecodeError

# Magic numbers of common binary files found in crawls.
_MAGIC = {b"%PDF": "PDF", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
          b"PK\x03\x04": "ZIP archive (or .docx/.xlsx)", b"\x1f\x8b": "gzip archive",
          b"\xd0\xcf\x11\xe0": "MS Office document", b"Rar!": "RAR archive", b"\x7fELF": "executable"}
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
_WORD = re.compile(r"[^\W\d_]+")


# The encoding is chosen on at most this many bytes from the start (cut at a space or line
# break); the whole input is then read with it, so memory stays a small multiple of the input.
PREFIX_BYTES = 256 * 1024


@dataclass(frozen=True)
class Decoded:
    """Text, the name of the encoding it was read with, and what was repaired on the way."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    """(TCVN3 byte -> letter, VNI sequence -> letter), built from models/legacy_encodings.yaml."""
    from .resources import load_file

    data = load_file("legacy_encodings.yaml")
    tcvn3 = {int(k): v for k, v in data.tcvn3.items()}  # type: ignore[attr-defined]
    vni = data.vni  # type: ignore[attr-defined]
    marks = {"none": "", "grave": "\u0300", "acute": "\u0301", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}
    seq: dict[str, str] = {}

    def add(base: str, marker: str, combining: str) -> None:
        for b, m in ((base, marker), (base.upper(), marker), (base.upper(), marker.upper()), (base, marker.upper())):
            composed = unicodedata.normalize("NFC", b + combining)
            seq[b + m] = composed if b.islower() else composed.upper()

    for marker, tone in vni.tones.items():
        for base in "aeiouy":
            add(base, marker, marks[tone])
        for legacy, base_mark in (("ô", "\u031b"), ("ö", "\u031b")):  # ơ, ư: horn, then the tone
            letter = "o" if legacy == "ô" else "u"
            add(legacy, marker, "")
            seq[legacy + marker] = unicodedata.normalize("NFC", letter + base_mark + marks[tone])
            seq[legacy.upper() + marker.upper()] = seq[legacy.upper() + marker] = seq[legacy + marker].upper()
    for marker, tone in vni.circumflex.items():
        for base in "aeo":
            add(base, marker, "\u0302" + marks[tone])
    for marker, tone in vni.breve.items():
        add("a", marker, "\u0306" + marks[tone])
    for legacy, letter in vni.letters.items():
        seq[legacy] = letter
        seq[legacy.upper()] = letter.upper()
    return tcvn3, seq


def from_tcvn3(text: str) -> str:
    """Convert text whose bytes were TCVN3 (read as Latin-1) to Unicode."""
    table = _tables()[0]
    return "".join(table.get(ord(c), c) for c in text)


def from_vni(text: str) -> str:
    """Convert text whose bytes were VNI-Windows (read as Windows-1252) to Unicode."""
    seq = _tables()[1]
    out, i, n = [], 0, len(text)
    while i < n:
        two = text[i:i + 2]
        if len(two) == 2 and two in seq:
            out.append(seq[two])
            i += 2
        else:
            out.append(seq.get(text[i], text[i]))
            i += 1
    return "".join(out)


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    """Every syllable of underthesea's shipped Vietnamese dictionary (Viet74K), lower case."""
    from underthesea.pipeline.ner.tagged_feature import lower_words

    return frozenset(s for w in lower_words for s in w.split())


def vietnamese_score(text: str) -> float:
    """Share of words that are Vietnamese syllables, in [0, 1]: a wrong decoding scores low."""
    from .textnorm import unify_tones

    known = _syllables()
    words = _WORD.findall(unicodedata.normalize("NFC", text[:100_000]).lower())
    if not words:
        return 0.0
    return sum(1 for w in words if w in known or unify_tones(w) in known) / len(words)


def _looks_binary(raw: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            return kind
    return None


def decode(raw: bytes, where: str = "input") -> Decoded:
    """Decode the bytes of a document; raises BinaryInputError or DecodeError.

    The encoding is chosen on a bounded prefix, then applied to the whole input.
    """
    if len(raw) <= PREFIX_BYTES:
        return _choose(raw, where)
    cut = max(raw.rfind(b"\n", 0, PREFIX_BYTES), raw.rfind(b" ", 0, PREFIX_BYTES))
    cut = cut if cut > 0 else PREFIX_BYTES
    if b"\x00" in raw[:cut]:
        cut -= cut % 4  # keep UTF-16/32 code units whole
    chosen = _choose(raw[:cut], where)
    try:
        return _apply(chosen.encoding, raw)
    except UnicodeDecodeError:  # the rest of the file is not in the prefix's encoding
        return _choose(raw, where)


def _apply(encoding: str, raw: bytes) -> Decoded:
    """The whole input read with an encoding chosen by `_choose` (raises UnicodeDecodeError)."""
    if encoding == "utf-8":
        try:
            return Decoded(raw.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            tolerant = _tolerant_utf8(raw)
            if tolerant is None:
                raise
            return tolerant
    if encoding == "utf-8+tcvn3":
        return Decoded(unicodedata.normalize("NFC", from_tcvn3(raw.decode("utf-8"))), encoding)
    if encoding == "utf-8+vni":
        return Decoded(unicodedata.normalize("NFC", from_vni(raw.decode("utf-8"))), encoding)
    if encoding == "tcvn3":
        return Decoded(unicodedata.normalize("NFC", from_tcvn3(raw.decode("latin-1"))), encoding)
    if encoding == "vni":
        return Decoded(unicodedata.normalize("NFC", from_vni(raw.decode("cp1252", errors="replace"))), encoding)
    return Decoded(raw.decode(encoding), encoding)


def _tolerant_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes replaced by U+FFFD, when the rest is clearly UTF-8.

    One damaged byte in a UTF-8 article must not turn the whole text into a legacy-encoding
    misreading; text really written in a legacy code page has invalid sequences everywhere.
    """
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for c in text if ord(c) > 127) - text.count("\ufffd")
    if bad <= max(4, len(raw) // 5_000) and multibyte >= 10 * bad:  # a bad byte inside a letter spoils up to 3
        return Decoded(text, "utf-8", (f"invalid_utf8: {bad} byte sequence(s) that are not UTF-8 "
                                        "were replaced by U+FFFD",))
    return None


def _choose(raw: bytes, where: str) -> Decoded:
    """Try every reading of the bytes and keep the one that reads most like Vietnamese."""
    kind = _looks_binary(raw)
    if kind:
        raise BinaryInputError(f"{where} is a {kind}, not text")
    for bom, name in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw.decode(name), name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{where} starts with a {name} byte-order mark but is not {name}: {exc.reason}") from exc
    candidates: list[Decoded] = []
    try:
        text = raw.decode("utf-8")
        candidates.append(Decoded(text, "utf-8"))
    except UnicodeDecodeError:
        text = None
        tolerant = _tolerant_utf8(raw) if b"\x00" not in raw else None
        if tolerant is not None:
            return tolerant
    if b"\x00" in raw and text is None:
        for name in ("utf-16-le", "utf-16-be"):
            try:
                candidates.append(Decoded(raw.decode(name), name))
            except UnicodeDecodeError:
                pass
        if not candidates or max(vietnamese_score(c.text) for c in candidates) < 0.5:
            raise BinaryInputError(f"{where} holds NUL bytes: binary, not text")
    if text is None:
        for name in ("cp1258", "cp1252"):
            try:
                candidates.append(Decoded(raw.decode(name), name))
            except UnicodeDecodeError:
                pass
        guess = _charset_normalizer_guess(raw)
        if guess and guess not in {c.encoding for c in candidates}:
            try:
                candidates.append(Decoded(raw.decode(guess), guess))
            except (UnicodeDecodeError, LookupError):
                pass
        latin = raw.decode("latin-1")
        candidates.append(Decoded(unicodedata.normalize("NFC", from_tcvn3(latin)), "tcvn3"))
    if text is not None and any(ord(c) > 127 for c in text):
        # Legacy text saved as UTF-8 after being read as Latin-1 ("Hµ Néi", "Vieät Nam").
        candidates.append(Decoded(unicodedata.normalize("NFC", from_tcvn3(text)), "utf-8+tcvn3"))
        candidates.append(Decoded(unicodedata.normalize("NFC", from_vni(text)), "utf-8+vni"))
    if text is None:
        cp1252 = raw.decode("cp1252", errors="replace")
        candidates.append(Decoded(unicodedata.normalize("NFC", from_vni(cp1252)), "vni"))
    scores = {c.encoding: vietnamese_score(c.text) for c in candidates}
    best = max(candidates, key=lambda c: (round(scores[c.encoding], 3), c.encoding == "utf-8"))
    if text is not None and best.encoding != "utf-8" and scores[best.encoding] < scores["utf-8"] + 0.2:
        best = candidates[0]  # keep UTF-8 unless a legacy reading is clearly better
    if best.encoding != "utf-8" and scores[best.encoding] < 0.5 and _has_letters(best.text):
        # Not Vietnamese in any reading: accept a code page charset-normalizer is sure of
        # (text in another language), refuse the rest rather than pass mojibake on.
        guess = _charset_normalizer_guess(raw) if text is None else None
        if guess is None:
            raise DecodeError(f"{where} could not be decoded as Vietnamese text (best guess {best.encoding})")
        best = next(c for c in candidates if c.encoding == guess) if any(c.encoding == guess for c in candidates) \
            else Decoded(raw.decode(guess, errors="replace"), guess)
    if "\x00" in best.text:
        raise BinaryInputError(f"{where} holds NUL bytes: binary, not text")
    return best


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text[:10_000])


def _charset_normalizer_guess(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    match = from_bytes(raw[:200_000]).best()
    return match.encoding if match is not None else None
