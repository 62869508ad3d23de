"""Deeds done by a document (enact40; issue 9, fortieth session).

An instrument (an order, a decree, a bill) that a verb of enacting signs or issues does the deed its participle or
relative clause names: the signer's deed (`triggers._enacted_deed`, `_enacted_content`). The instrument is then no
demand of its own ("issued an order expelling ..." is no REQUEST), and a law or decree signed is no signed agreement
(057 is for treaties and accords, conventions 4.2). Sentences written for these tests (true statements about real
events).
"""

from __future__ import annotations

from .helpers import Code, no_event, some_event


def test_a_relative_clause_on_a_decree_is_the_signers_deed(code: Code) -> None:
    some_event(
        code,
        "Barack Obama signed an executive order in March 2015 that imposed sanctions on seven Venezuelan officials.",
        "SANCTION",
        "163",
        "USA",
        "VEN",
        absent=("SUPPORT",),
    )


def test_an_order_issued_with_its_deed_is_no_demand(code: Code) -> None:
    some_event(
        code,
        "France issued an order on Tuesday expelling 47 Soviet diplomats.",
        "SANCTION",
        "166",
        "FRA",
        "RUS",
        absent=("REQUEST",),
    )


def test_a_domestic_bill_signed_is_no_event(code: Code) -> None:
    no_event(
        code, "President Eisenhower signed a bill in July 1956 making 'In God We Trust' the national motto."
    )


def test_a_treaty_signed_by_two_parties_stays_a_signature(code: Code) -> None:
    some_event(
        code,
        "Japan and the Soviet Union signed a declaration in October 1956 ending the state of war between them.",
        "SUPPORT",
        "057",
        "JPN RUS",
        None,
    )


# A deed noun that a verb of ordering, decreeing or proclaiming governs reads as its verb does on the noun's "of" or
# "to" phrase (deverbal.enacted_readings; coder_words.json `ordering_verbs`).


def test_a_halt_ordered_to_imports_is_a_ban_on_them(code: Code) -> None:
    # (the parser hangs "to imports" on the verb)
    some_event(
        code,
        "President Reagan ordered a halt to imports of Libyan oil in March 1982.",
        "SANCTION",
        "163",
        "USA",
        "LBY",
        absent=("REQUEST",),
    )


def test_the_end_of_a_state_of_emergency_proclaimed_is_its_lifting(code: Code) -> None:
    some_event(
        code,
        "King Hussein proclaimed the end of the state of emergency in Jordan in July 1991.",
        "CONCEDE",
        "0814",
        "JOR",
        None,
    )


def test_a_closure_announced_to_a_partys_ships_is_a_blockade(code: Code) -> None:
    some_event(
        code,
        "President Nasser announced the closure of the Gulf of Aqaba to Israeli ships in May 1967.",
        "COERCE",
        "191",
        "EGY",
        "ISR",
    )


def test_the_reading_needs_a_verb_of_ordering(code: Code) -> None:
    # (a halt feared by a party's people, a verb that does not order it, is not their deed: no sanction by them.
    # Analysts, of no party, made no event either way: review40)
    no_event(code, "Italian refiners dreaded a halt to imports of Libyan oil in March 1982.", "SANCTION")
