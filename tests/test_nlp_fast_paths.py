"""The pipeline's speed-ups in spaCy's own components give what spaCy gives: the rule lemmatizer keeps every
answer, not only those of its rules; the attribute ruler finds its matches without spaCy's matcher."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer

from realpolitik.nlp import (
    _EveryLemmaKept,
    _LemmasByArray,
    _RuleMatches,
    build_pipeline,
    fast_attribute_rules,
    fast_lemmatizer,
    keep_every_lemma,
    load_model,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"

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


# Written for this test: the attribute ruler's rarer rules (contractions, colloquial forms, expletive
# "there", "it" and "I" as subject and object, "but" as an adverb, spaces and line breaks, modals).
RULE_TEXTS = [
    "We're gonna talk, and they've gotta listen; let's see whether y'all agree.",
    "It ain't over, she said, and nothin' has changed since then.",
    "There is no deal yet.  There were two drafts,\n\nand there's a third one.",
    "I told them I would come; they asked me, and it surprised it.",
    "He can't stay, won't leave and shan't sign, but could wait.",
    "Everyone knew something was wrong, but nobody said anything to anybody.",
    "All but one delegation signed it, which is what the mediators had hoped for.",
    "Officials said that if the talks fail, the border will close because of it.",
    "   Leading spaces, a tab\there, and 'em at the end of ol' times.",
]


def _rulers(nlp: Language) -> AttributeRuler:
    (ruler,) = [c for _, c in nlp.components if isinstance(c, AttributeRuler)]
    return ruler


def test_nlp_rule_matches_equal_spacys_matcher() -> None:
    stock, fast = load_model(), load_model()
    assert fast_attribute_rules(fast) == 1
    assert isinstance(_rulers(fast).match, _RuleMatches) and not isinstance(
        _rulers(stock).match, _RuleMatches
    )
    paragraphs = [p for path in sorted(EXAMPLES.glob("*.txt")) for p in path.read_text("utf-8").split("\n\n")]
    texts = [*TEXTS, *RULE_TEXTS, *paragraphs]
    assert len(texts) > 200
    matched = 0
    rules: set[int] = set()
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(texts))
    for doc in docs:  # (before the ruler ran: the tags as the tagger gave them)
        want = _rulers(stock).match(doc)
        assert _rulers(fast).match(doc) == want, doc.text
        matched += len(want)
        rules |= {rule for rule, *_ in want}
    assert matched > 10_000 and len(rules) > 80
    # every token attribute of the whole parse is the same
    for mine, theirs in zip(fast.pipe(texts), stock.pipe(texts), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in mine] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in theirs
        ]


def test_nlp_rule_matches_find_the_rarer_rules() -> None:
    fast = load_model()
    fast_attribute_rules(fast)
    ruler = _rulers(fast)
    with fast.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(fast.pipe(RULE_TEXTS))
    found = {rule for doc in docs for rule, *_ in ruler.match(doc)}
    two_tokens = {
        rule for rule, patterns in enumerate(ruler.patterns) if any(len(p) == 2 for p in patterns["patterns"])
    }
    regex = {rule for rule, patterns in enumerate(ruler.patterns) if "REGEX" in repr(patterns["patterns"])}
    assert len(found & two_tokens) >= 3 and found & regex
    assert len(found) > 60


def test_nlp_rule_matches_leave_unknown_patterns_to_spacy() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks"}]], {"TAG": "NNS"})
    assert fast_attribute_rules(nlp) == 1
    for pattern in ([{"POS": "NOUN"}], [{"LOWER": "talks", "OP": "?"}], [{"LOWER": {"FUZZY": "talks"}}]):
        other = spacy.blank("en")
        other.add_pipe("attribute_ruler").add([[{"LOWER": "talks"}], pattern], {"TAG": "NNS"})
        assert fast_attribute_rules(other) == 0, pattern
        assert not isinstance(_rulers(other).match, _RuleMatches)


def test_nlp_build_pipeline_finds_attribute_rules_fast() -> None:
    nlp = build_pipeline(events=False)
    assert isinstance(_rulers(nlp).match, _RuleMatches)
    assert fast_attribute_rules(nlp) == 0  # (once is enough)


def test_nlp_lemmas_by_array_equal_spacys_lemmas(pair: tuple[Language, Language]) -> None:
    stock, _ = pair
    fast = load_model()
    keep_every_lemma(fast)
    assert fast_lemmatizer(fast) == 1 and fast_lemmatizer(fast) == 0  # (once is enough)
    (lemmatizer,) = [c for _, c in fast.components if isinstance(c, Lemmatizer)]
    (spacys,) = [c for _, c in stock.components if isinstance(c, Lemmatizer)]
    assert isinstance(lemmatizer, _LemmasByArray) and isinstance(lemmatizer, type(spacys))  # (English's own)
    paragraphs = [p for path in sorted(EXAMPLES.glob("*.txt")) for p in path.read_text("utf-8").split("\n\n")]
    texts = [*TEXTS, *RULE_TEXTS, *paragraphs]
    want = [[(t.text, t.lemma_) for t in doc] for doc in stock.pipe(texts)]
    for _ in range(2):  # (the second time mostly from the cache)
        assert [[(t.text, t.lemma_) for t in doc] for doc in fast.pipe(texts)] == want
    assert sum(t != lemma for doc in want for t, lemma in doc) > 1_000


def test_nlp_fast_lemmatizer_leaves_other_lemmatizers_to_spacy() -> None:
    nlp = load_model()
    (lemmatizer,) = [c for _, c in nlp.components if isinstance(c, Lemmatizer)]
    lemmatizer.lemmatize = lambda token: [token.text]  # type: ignore[method-assign]  # (not one that reads the cache)
    assert fast_lemmatizer(nlp) == 0 and not isinstance(lemmatizer, _LemmasByArray)
    assert isinstance(_rulers(build_pipeline(events=False)).match, _RuleMatches)
    (built,) = [c for _, c in build_pipeline(events=False).components if isinstance(c, Lemmatizer)]
    assert isinstance(built, _LemmasByArray) and isinstance(built.lemmatize, _EveryLemmaKept)
