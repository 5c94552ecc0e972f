"""The fast tagging path gives exactly underthesea's tags, on every sentence of corpus/."""
import pytest

from vnextract.nlp import split_sentences
from vnextract.tagger import compile_templates, fast_tagger, featurize
from vnextract.textnorm import normalize

from .conftest import CORPUS


def _corpus_sentences() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8")).text
        out += [text[s:e] for s, e in split_sentences(text)]
    return out


SENTENCES = _corpus_sentences()
EDGE = ["–", "15/11", "Ủy ban", "A", "TT&TT 98,5% (2021 – 2025) …"]


def test_corpus_has_sentences() -> None:
    assert len(SENTENCES) > 300


@pytest.mark.parametrize("chunk", range(0, len(SENTENCES), 50), ids=lambda k: f"sentences-{k}")
def test_same_tags_as_underthesea_ner(chunk: int) -> None:
    from underthesea import ner, word_tokenize

    tagger = fast_tagger()
    for sentence in SENTENCES[chunk:chunk + 50] + EDGE:
        expected = [(w, pos, tag) for w, pos, _, tag in ner(sentence)]
        words = word_tokenize(sentence)
        pos, tags = tagger.tag(words)
        assert list(zip(words, pos, tags)) == expected, sentence


def test_features_identical_to_underthesea() -> None:
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.ner.tagged_feature import word2features

    template = CRFNERPredictor.Instance().transformer.template
    sent = [("Giám đốc", "N", "B-NP", "X"), ("Sở", "N", "B-NP", "X"), ("–", "CH", "O", "X"),
            ("15/11", "M", "B-NP", "X"), ("Đỗ Thái Hòa", "Np", "B-NP", "X")]
    columns = [list(c) for c in zip(*sent)]
    ours = featurize(columns, compile_templates(template))
    assert ours == [word2features(sent, i, template) for i in range(len(sent))]
