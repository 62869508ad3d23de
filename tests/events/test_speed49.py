"""Fewer calls in the events stage (speed49, issue 9's throughput): each reading answers as it did before.

- honour48's readings are asked only of a verb of their kind (`honours.honour_senses`): a verb that is not one
  reads nothing by them.
- `tree.doc_sents` makes the Doc's sentences once while it is coded: the same sentences as `doc.sents`.
- The date clues, the "to" of an infinitive, a verb's negation and the onslaught verbs are read by plain loops: the
  same answers as the generators they replace.

Sentences written for these tests (true statements about real events), parsed by the real pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events import dates, honours, onslaught
from realpolitik.events.knowledge import coder_words
from realpolitik.events.lexicon import load_lexicon
from realpolitik.events.tree import Mentions, doc_memo, doc_sents, to_infinitive
from realpolitik.events.triggers import _negated

TEXTS = [
    "In 1971 the Nobel Committee awarded the Peace Prize to Willy Brandt for his policy towards the East.",
    "The Maastricht Treaty came into force on 1 November 1993. Britain had secured an opt-out from the single"
    " currency.",
    "In 1989 Hungary opened its border with Austria, and thousands of East Germans crossed it to reach the West.",
    "Soviet troops crossed into Afghanistan in late December 1979, and tanks rolled into Kabul days later.",
    "In 1995 the leaders of Bosnia, Croatia and Serbia agreed at Dayton to end the war and would no longer fight.",
    "In 1957 the Soviet Union decided to launch Sputnik 1, and the United States pledged not to fall behind.",
]


def _old_negated(verb: Token) -> bool:
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ == "longer" and any(g.dep_ == "neg" for g in c.children))
        for c in verb.children
    )


def _old_matches(text: str, offset: int) -> list[tuple[int, int, str]]:
    present = dates._Present(text)
    return [
        (match.start() + offset, match.end() + offset, match.group(0))
        for (pattern, _resolver), needs in zip(dates._PATTERNS, dates._NEEDS, strict=True)
        if all(present[group] for group in needs)
        for match in pattern.finditer(text)
    ]


def test_honour_readings_need_a_verb_of_their_kind(nlp: Language) -> None:
    words = coder_words()
    lexicon = load_lexicon()
    for text in TEXTS:
        doc = nlp(text)
        with doc_memo(doc):
            ments = Mentions.build(doc, list(doc._.actors or []))
            for tok in doc:
                if tok.pos_ != "VERB":
                    continue
                giving, winning, naming, pooling = honours.honour_senses(tok.lemma_.lower())
                if not pooling:
                    assert honours.pooled(tok, lexicon, ments) is None
                assert giving == honours.in_senses(tok.lemma_.lower(), words.honour_giving_senses)
                if not giving:
                    assert honours.honour_given(tok, ments) is None
                if not winning:
                    assert honours.honour_won(tok, ments) is None
                if not naming:
                    assert honours.naming_honour(tok, ments) is None
    doc = nlp(TEXTS[0])
    with doc_memo(doc):
        awarded = next(t for t in doc if t.lemma_ == "award")
        assert honours.honour_senses("award")[0]
        given = honours.honour_given(awarded, Mentions.build(doc, list(doc._.actors or [])))
        assert given is not None and given[0] == "051"


def test_treaty_in_force_read_by_plain_loops(nlp: Language) -> None:
    doc = nlp(TEXTS[1])
    came = next(t for t in doc if t.lemma_ == "come")
    words = coder_words().in_force_nouns
    old = any(
        (
            c.dep_ == "dobj"
            and c.lemma_.lower() in words
            and not any(g.dep_ in ("det", "poss") for g in c.children)
        )
        or (
            c.dep_ == "prep"
            and c.lower_ in ("into", "in")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in words for p in c.children)
        )
        for c in came.children
    )
    assert old
    with doc_memo(doc):
        # (one party named: the instrument starts, but no two parties cooperate)
        assert honours.entered_into_force(came, Mentions.build(doc, list(doc._.actors or []))) is None


def test_doc_sents_are_spacys_sentences(nlp: Language) -> None:
    for text in TEXTS:
        doc = nlp(text)
        spacy_sents = [(s.start, s.end) for s in doc.sents]
        assert [(s.start, s.end) for s in doc_sents(doc)] == spacy_sents
        with doc_memo(doc):
            first = doc_sents(doc)
            assert [(s.start, s.end) for s in first] == spacy_sents
            assert doc_sents(doc) is first  # (made once per Doc)


def test_plain_loops_answer_as_the_generators(nlp: Language) -> None:
    for text in TEXTS:
        doc = nlp(text)
        got = [(s, e, m.group(0)) for s, e, m, _ in dates._matches(text, 0, None)]
        assert got == _old_matches(text, 0)
        for tok in doc:
            assert to_infinitive(tok) == any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            assert _negated(tok) == _old_negated(tok)
        with doc_memo(doc):
            for tok in doc:
                assert to_infinitive(tok) == any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    doc = nlp(TEXTS[4])
    fight = next(t for t in doc if t.lemma_ == "fight")
    assert _negated(fight) and _old_negated(fight)
    doc = nlp(TEXTS[3])
    rolled = next(t for t in doc if t.lower_ == "rolled")
    assert onslaught.onslaught_verb(rolled)  # (a verb of motion by WordNet, no particle of retreat)
