"""Readings kept once (speed46, issue 9's throughput): each answers as it did when computed on every call.

- `joint._tells_space` reads a sentence's lemmas once per sentence while `doc_memo` holds its Doc, and makes the
  set of space lemmas once per word lists, not on every call.
- `tree._hyphen_parts` answers a word with no glued hyphen beside it (most words) at once: the word alone.

Sentences written for these tests (true statements about real events), parsed by the real pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events.joint import _tells_space
from realpolitik.events.knowledge import coder_words
from realpolitik.events.tree import _glued_dash, _hyphen_parts, doc_memo, token_at


def _space_afresh(tok: Token) -> bool:
    """`_tells_space` as it read before speed46: the set made and the sentence read on every call."""
    words = coder_words()
    space = (words.spacecraft_nouns - {"station"}) | words.crew_nouns | words.space_words
    return any(t.lemma_.lower() in space for t in tok.sent)


def test_tells_space_inside_the_memo_is_the_reading_outside(nlp: Language) -> None:
    doc = nlp(
        "The Soviet Union launched Salyut 7 into orbit in April 1982. Police officers searched the railway station"
        " in Lyon in 1987. A Soyuz crew docked with the Mir station in 1989."
    )
    outside = [_tells_space(t) for t in doc]
    assert outside == [_space_afresh(t) for t in doc]
    assert any(outside) and not all(outside), "expected space in some sentences and none in another"
    with doc_memo(doc):
        inside = [_tells_space(token_at(doc, t.i)) for t in doc]
        again = [_tells_space(t) for t in doc]
    assert inside == outside
    assert again == outside


def _parts_afresh(tok: Token) -> list[Token]:
    """`_hyphen_parts` as it read before speed46 (spaCy's Tokens), with no early answer."""
    doc = tok.doc
    first = last = tok.i
    while first >= 2 and _glued_dash(doc[first - 1]) and not doc[first - 2].whitespace_:
        first -= 2
    while last + 2 < len(doc) and not doc[last].whitespace_ and _glued_dash(doc[last + 1]):
        last += 2
    parts = [doc[i] for i in range(first, last + 1, 2)]
    return parts if all(p.is_alpha for p in parts) else [tok]


def test_hyphen_parts_are_the_parts_read_before(nlp: Language) -> None:
    doc = nlp(
        "The rank-and-file members of Solidarity staged a sit-in at the Gdansk shipyard in August 1980, and on"
        " 1989-06-04 the union won the semi-free election."
    )
    before = [[p.i for p in _parts_afresh(t)] for t in doc]
    assert [[p.i for p in _hyphen_parts(t)] for t in doc] == before
    assert any(len(parts) > 2 for parts in before), "expected a word of three hyphenated parts"
    with doc_memo(doc):
        assert [[p.i for p in _hyphen_parts(token_at(doc, t.i))] for t in doc] == before
