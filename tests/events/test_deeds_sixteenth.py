"""Event readings by category, sixteenth session (issue 9, deeds7): the date-phrase bug of lexicon matching and the
deed families, each checked on sentences written for these tests (true statements about real events), through the
real pipeline or on real parses, with look-alikes that keep their own reading. A source or target left as None is
not checked here.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.match import _words_near, complement

from .helpers import Code, some_event

TokenOf = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word", "prep", "held"),
    [
        # a phrase of time only dates the deed: it fills no preposition constraint ("fire on", "impose on")
        ("South Korean marines fired on Tuesday during an exercise.", "fired", "on", False),
        ("Sri Lanka imposed a curfew on 21 April 2019.", "imposed", "on", False),
        ("Russia annexed Crimea in March 2014.", "annexed", "in", False),
        # a phrase whose noun is a party or a place does
        ("Burmese troops fired on the crowd in Rangoon in August 1988.", "fired", "on", True),
        ("American troops landed in Grenada in October 1983.", "landed", "in", True),
        # a noun the parser takes for a month that has a modifier of its own is no date ("the March for Our Lives")
        ("Students gathered in Washington for the Women's March of January 2017.", "gathered", "for", True),
        # a deadline's date is its content
        (
            "Russia gave the British Council until 1 January 2008 to close its regional offices.",
            "gave",
            "until",
            True,
        ),
    ],
)
def test_time_phrases_fill_no_preposition(
    token_of: TokenOf, sentence: str, word: str, prep: str, held: bool
) -> None:
    near = _words_near(token_of(sentence, word))
    assert (prep in near["prep"]) is held


def test_bare_subjunctive_read_as_a_noun_is_the_clause(token_of: TokenOf) -> None:
    # "that Maduro resign": the parser may take the verb for a noun with the name as its compound
    found = complement(token_of("Juan Guaido insisted that Nicolas Maduro resign.", "insisted"))
    assert found is not None and found.text == "resign"


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # readings the date phrase used to give by chance, given by their own constructions
        (
            "Venezuela's opposition leader Juan Guaido insisted on 23 January 2019 that Nicolas Maduro resign.",
            "REQUEST",
            None,
            "VEN",
            None,
        ),
        ("China shut the door to talks with Taiwan's government in June 2016.", "REJECT", None, "CHN", "TWN"),
        (
            "Armenia and Azerbaijan agreed on 10 October 2020 to a humanitarian cessation of hostilities.",
            "AGREE",
            "0356",
            None,
            None,
        ),
        # and the dated deeds keep their readings
        ("Sri Lanka imposed a nationwide curfew on 21 April 2019.", "COERCE", "1723", "LKA", None),
        ("Burmese troops fired on the crowd in Rangoon in August 1988.", "ASSAULT", None, "MMR", None),
    ],
)
def test_dated_readings(code: Code, text: str, plover: str, cameo: str, source: str, target: str) -> None:
    some_event(code, text, plover, cameo, source, target)
