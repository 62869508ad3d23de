"""Deeds done by a document (enact40; issue 9, fortieth session).

An instrument (an order, a decree, a bill) that a verb of enacting signs or issues does the deed its participle or
relative clause names: the signer's deed (`triggers._enacted_deed`, `_enacted_content`). The instrument is then no
demand of its own ("issued an order expelling ..." is no REQUEST), and a law or decree signed is no signed agreement
(057 is for treaties and accords, conventions 4.2). Sentences written for these tests (true statements about real
events).
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # a relative clause on a decree is the signers deed
        (
            "Barack Obama signed an executive order in March 2015 that imposed sanctions on seven Venezuelan officials.",
            "SANCTION",
            "163",
            "USA",
            "VEN",
            ("SUPPORT",),
        ),
        # an order issued with its deed is no demand
        (
            "France issued an order on Tuesday expelling 47 Soviet diplomats.",
            "SANCTION",
            "166",
            "FRA",
            "RUS",
            ("REQUEST",),
        ),
        # a treaty signed by two parties stays a signature
        (
            "Japan and the Soviet Union signed a declaration in October 1956 ending the state of war between them.",
            "SUPPORT",
            "057",
            "JPN RUS",
            None,
            (),
        ),
        # a halt ordered to imports is a ban on them
        # (the parser hangs "to imports" on the verb)
        (
            "President Reagan ordered a halt to imports of Libyan oil in March 1982.",
            "SANCTION",
            "163",
            "USA",
            "LBY",
            ("REQUEST",),
        ),
        # the end of a state of emergency proclaimed is its lifting
        (
            "King Hussein proclaimed the end of the state of emergency in Jordan in July 1991.",
            "CONCEDE",
            "0814",
            "JOR",
            None,
            (),
        ),
        # a closure announced to a partys ships is a blockade
        (
            "President Nasser announced the closure of the Gulf of Aqaba to Israeli ships in May 1967.",
            "COERCE",
            "191",
            "EGY",
            "ISR",
            (),
        ),
    ],
)
def test_enacted_enact40_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


def test_a_domestic_bill_signed_is_no_event(code: Code) -> None:
    no_event(
        code, "President Eisenhower signed a bill in July 1956 making 'In God We Trust' the national motto."
    )


# A deed noun that a verb of ordering, decreeing or proclaiming governs reads as its verb does on the noun's "of" or
# "to" phrase (deverbal.enacted_readings; coder_words.json `ordering_verbs`).


def test_the_reading_needs_a_verb_of_ordering(code: Code) -> None:
    # (a halt feared by a party's people, a verb that does not order it, is not their deed: no sanction by them.
    # Analysts, of no party, made no event either way: review40)
    no_event(code, "Italian refiners dreaded a halt to imports of Libyan oil in March 1982.", "SANCTION")
