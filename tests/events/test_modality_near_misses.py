"""Deeds that nearly happened, were about to happen, or are denied in a noun, are not facts (issue 9, ninth
session): "almost / nearly invaded", "was about to invade", "came close to / on the point of <deed>ing",
"Moscow's denial that its jets had bombed X" (also when the parser reads the clause as a relative one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality

from .helpers import Code

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # nearly done is not done
        ("In 1962 the United States almost invaded Cuba.", "invaded", "negated"),
        (
            "In 2019 the United States nearly struck Iran after Iran downed an American drone.",
            "struck",
            "negated",
        ),
        (
            "In 2019 the United States nearly struck Iran after Iran downed an American drone.",
            "downed",
            "asserted",
        ),
        # ("almost" on a time or an amount says nothing of the deed)
        ("Russian forces shelled Kharkiv almost daily in the spring of 2022.", "shelled", "asserted"),
        # about to, close to, on the point of: not (yet) done
        (
            "In 1939 Germany was about to invade Poland when Britain signed its pact with Warsaw.",
            "invade",
            "intended",
        ),
        (
            "In 1939 Germany was about to invade Poland when Britain signed its pact with Warsaw.",
            "signed",
            "asserted",
        ),
        ("In October 1962 the superpowers came close to fighting a nuclear war.", "fighting", "hypothetical"),
        (
            "In August 1968 Soviet troops were on the point of crossing into Czechoslovakia.",
            "crossing",
            "hypothetical",
        ),
        (
            "In 1981 Polish leaders believed Moscow was on the brink of invading Poland.",
            "invading",
            "hypothetical",
        ),
    ],
)
def test_modality_nearly_done_is_not_done(token_of: Finder, sentence: str, word: str, expected: str) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the clause of a denial noun is denied, also when parsed as a relative clause
        (
            "Moscow's denial that its jets had bombed the maternity hospital in Mariupol convinced few governments.",
            "bombed",
        ),
        ("Tehran issued a denial that it had sent drones to Russia.", "sent"),
        ("Beijing repeated its denial that Chinese firms had shipped weapons to Russia.", "shipped"),
    ],
)
def test_modality_denial_noun_denies_its_clause(token_of: Finder, sentence: str, word: str) -> None:
    assert classify_modality(token_of(sentence, word)) == "negated"


def test_modality_denial_noun_is_its_owners_word(code: Code) -> None:
    events = [
        e
        for e in code(
            "Moscow's denial that its jets had bombed the maternity hospital in Mariupol convinced few governments."
        )
        if e.event == "ASSAULT"
    ]
    assert events and events[0].modality == "negated"
    assert events[0].attribution is not None and events[0].attribution.code == "RUS"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a true relative clause on a claim noun is not its content
        ("The claim that Moscow repeated after it invaded Ukraine convinced no one.", "invaded", "asserted"),
        (
            "Kyiv's claim that Russian troops had shelled the plant was confirmed by the IAEA.",
            "shelled",
            "asserted",
        ),
    ],
)
def test_modality_relative_clause_on_a_claim_noun_keeps_its_reading(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # "made a point of <deed>ing" is a deed done on purpose: only "on / at the point of" is a near miss
        (
            "In July 2013 Pope Francis made a point of visiting Lampedusa on his first trip outside Rome.",
            "visiting",
        ),
        (
            "On his first trip outside Europe as president, in May 2017, Emmanuel Macron made a point of visiting "
            "French troops in Mali.",
            "visiting",
        ),
        ("In February 1972 Richard Nixon made a point of meeting Mao Zedong in Beijing.", "meeting"),
    ],
)
def test_modality_made_a_point_of_is_done(token_of: Finder, sentence: str, word: str) -> None:
    assert classify_modality(token_of(sentence, word)) == "asserted"
