"""underthesea's POS and NER CRF models, fed by a featurizer that compiles their templates once.

underthesea's own feature code (`tagged_feature.template2features`) re-parses every
template with a regular expression and rebuilds every column of the sentence for
every token and template, which is quadratic in the sentence length; `ner()` also
runs a chunking pass whose tags its NER template never reads. Here the templates
are parsed once, the sentence columns are built once, and chunking is skipped when
the NER template does not use it. The feature strings are byte-identical to
underthesea's (same functions, same BOS/EOS rules), so the same models give the
same tags; `tests/test_tagger.py` checks this on every sentence of corpus/.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_SYNTAX = re.compile(r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?")


@dataclass(frozen=True)
class _Template:
    prefix: str
    index1: int
    index2: int | None
    column: int
    func: Callable[[str], Any] | None


def _functions() -> dict[str, Callable[[str], Any]]:
    # The very functions underthesea's templates call, so results print identically ("True", "False", …).
    from underthesea.pipeline.ner import tagged_feature as tf

    return {"lower": tf.text_lower, "istitle": tf.text_istitle, "isallcap": tf.text_isallcap,
            "isdigit": tf.text_isdigit, "is_in_dict": tf.text_is_in_dict}


def compile_templates(template: Sequence[str]) -> list[_Template]:
    """Parse underthesea feature templates ("T[-1,0][1]", "T[0].istitle") once."""
    funcs = _functions()
    out = []
    for syntax in template:
        m = _SYNTAX.match(syntax)
        if m is None:
            raise ValueError(f"unknown feature template {syntax!r}")
        column = int(m.group("column")) if m.group("column") else 0
        index2 = int(m.group("index2")) if m.group("index2") else None
        func = funcs[m.group("function")] if m.group("function") else None
        out.append(_Template(f"{syntax}=", int(m.group("index1")), index2, column, func))
    return out


def _shifted(values: list[str], shift: int, n: int, prefix: str) -> list[str]:
    """values[i + shift] for every token i, with BOS before the sentence and EOS after it."""
    left = min(n, max(0, -shift))
    right = min(n - left, max(0, shift))
    return [prefix + "BOS"] * left + values[max(0, shift):max(0, shift) + n - left - right] + [prefix + "EOS"] * right


def featurize(columns: Sequence[Sequence[str]], templates: Sequence[_Template]) -> list[list[str]]:
    """Feature strings of every token, exactly as underthesea's word2features would make them.

    Built template by template (a whole column at a time) instead of token by token.
    """
    n = len(columns[0])
    by_template: list[list[str]] = []
    for t in templates:
        col = columns[t.column]
        if t.index2 is None:
            values = [t.prefix + (str(t.func(w)) if t.func is not None else w) for w in col]
            by_template.append(_shifted(values, t.index1, n, t.prefix))
            continue
        feats = []
        for i in range(n):
            p = i + t.index1
            if p < 0:
                feats.append(t.prefix + "BOS")
            elif p >= n or i + t.index2 >= n:
                feats.append(t.prefix + "EOS")
            else:
                word = " ".join(col[p:i + t.index2 + 1])
                feats.append(t.prefix + (str(t.func(word)) if t.func is not None else word))
        by_template.append(feats)
    return [list(row) for row in zip(*by_template)]


class FastTagger:
    """POS tags and NER tags for a sentence of underthesea words, in one pass each."""

    def __init__(self) -> None:
        from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
        from underthesea.pipeline.ner.model_crf import CRFNERPredictor
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

        pos, ner = CRFPOSTagPredictor.Instance(), CRFNERPredictor.Instance()
        self._pos_model, self._ner_model = pos.model, ner.model
        self._pos_templates = compile_templates(pos.transformer.template)
        self._ner_templates = compile_templates(ner.transformer.template)
        # ner() feeds (word, pos, chunk, "X"); the chunk column matters only if a template reads it.
        self._chunker = CRFChunkingPredictor.Instance() if any(t.column == 2 for t in self._ner_templates) else None

    def tag(self, words: Sequence[str]) -> tuple[list[str], list[str]]:
        """(POS tags, IOB NER tags) of a sentence already split into underthesea words."""
        if not words:
            return [], []
        placeholder = ["X"] * len(words)
        pos = self._pos_model.tag(featurize([words, placeholder], self._pos_templates))
        chunks = [c for _, _, c in self._chunker.predict(list(zip(words, pos)))] if self._chunker else placeholder
        ner = self._ner_model.tag(featurize([words, pos, chunks, placeholder], self._ner_templates))
        return list(pos), list(ner)


@lru_cache(maxsize=1)
def fast_tagger() -> FastTagger:
    """The process-wide tagger (models load once per process)."""
    return FastTagger()
