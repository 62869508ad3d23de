"""Readings kept once (speed44, issue 9's throughput): each answers as it did when computed on every call.

- `joint.travel_verb` reads a verb's WordNet senses once per lemma (`_travel_lemma`), not on every verb.
- `match._mentions_at` finds the resolver's mentions at a token once per token while `doc_memo` holds its Doc.

Sentences written for these tests (true statements about real events), parsed by the real pipeline.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events.crowds import verb_senses
from realpolitik.events.joint import _TRAVEL_RINGS, travel_verb
from realpolitik.events.match import _mentions_at
from realpolitik.events.tree import doc_memo


def _senses_travel(verb: Token) -> bool:
    """`travel_verb` as it read before the lemma cache: the senses read afresh on every call."""
    if any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return True
    senses = verb_senses(verb.lemma_.lower()) or []
    return any(set(w for ring in sense for w in ring) & _TRAVEL_RINGS for sense in senses[:3])


def test_travel_verb_reads_as_before(token_of: Callable[[str, str], Token]) -> None:
    cases = [
        (
            "A Soyuz carrying the Mongolian cosmonaut Jugderdemidiin Gurragchaa lifted off in March 1981.",
            "lifted",
        ),
        ("Helen Sharman flew to the Mir station aboard a Soyuz in May 1991.", "flew"),
        ("Egypt and Israel signed a peace treaty in Washington in March 1979.", "signed"),
        ("The Soviet Union launched the first Mongolian cosmonaut into orbit in March 1981.", "launched"),
    ]
    for sentence, word in cases:
        verb = token_of(sentence, word)
        # (twice: the second reading is the cached one)
        assert travel_verb(verb) == _senses_travel(verb), (sentence, word)
        assert travel_verb(verb) == _senses_travel(verb), (sentence, word)
    assert travel_verb(token_of(cases[1][0], "flew"))
    assert not travel_verb(token_of(cases[2][0], "signed"))


def test_mentions_at_inside_the_memo_are_the_mentions_outside(nlp: Language) -> None:
    doc = nlp(
        "Jimmy Carter stood with Anwar Sadat and Menachem Begin at the White House when Egypt and Israel signed"
        " their peace treaty in March 1979."
    )
    outside = [[m.text for m in _mentions_at(t)] for t in doc]
    assert any(outside), "the resolver named no one"
    with doc_memo(doc):
        inside = [[m.text for m in _mentions_at(t)] for t in doc]
        again = [[m.text for m in _mentions_at(t)] for t in doc]
    assert inside == outside
    assert again == outside
