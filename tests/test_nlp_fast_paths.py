"""The pipeline's speed-ups in spaCy's own components give what spaCy gives: the rule lemmatizer keeps every
answer, not only those of its rules."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import Lemmatizer

from realpolitik.nlp import _EveryLemmaKept, build_pipeline, keep_every_lemma, load_model

# Written for this test: base forms (singular nouns, infinitives, positive adjectives), inflected forms,
# proper names, numbers, punctuation and a word the model has never seen.
TEXTS = [
    "Armenia and Azerbaijan signed a ceasefire statement on 10 November 2020; the fighting stopped.",
    "The ministers were meeting again, and better relations seemed likelier than before.",
    "Turkey shot down a Russian Su-24 bomber near the Syrian border in November 2015.",
    "They will not withdraw their troops, he said, unless the talks succeed.",
    "Qorvashani envoys crossed the bridges quickly -- 3,000 people watched!",
    "",
]


@pytest.fixture(scope="module")
def pair() -> tuple[Language, Language]:
    stock = load_model()
    kept = load_model()
    keep_every_lemma(kept)
    return stock, kept


def test_nlp_kept_lemmas_equal_spacys_lemmas(pair: tuple[Language, Language]) -> None:
    stock, kept = pair
    (lemmatizer,) = [c for _, c in kept.components if isinstance(c, Lemmatizer)]
    assert isinstance(lemmatizer.lemmatize, _EveryLemmaKept)
    texts = [*TEXTS, " ".join(TEXTS)]
    want = [[(t.text, t.lemma_) for t in doc] for doc in stock.pipe(texts)]
    for _ in range(2):  # (the second time from the cache)
        assert [[(t.text, t.lemma_) for t in doc] for doc in kept.pipe(texts)] == want
    (spacys,) = [c for _, c in stock.components if isinstance(c, Lemmatizer)]
    assert len(lemmatizer.cache) > len(spacys.cache)
    assert sum(t != lemma for doc in want for t, lemma in doc) >= 8  # (words whose lemma is another word)


def test_nlp_build_pipeline_keeps_every_lemma() -> None:
    nlp = build_pipeline(events=False)
    (lemmatizer,) = [c for _, c in nlp.components if isinstance(c, Lemmatizer)]
    assert isinstance(lemmatizer.lemmatize, _EveryLemmaKept)
    keep_every_lemma(nlp)  # (once is enough: a second call changes nothing)
    assert lemmatizer.lemmatize.rule == lemmatizer.rule_lemmatize
