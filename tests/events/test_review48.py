"""Look-alikes narrowed by the forty-eighth session's review (review48, issue 9). Sentences written for these tests,
true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # a letter sent to a party is a message: what it is about is no cargo (no arms sent, 072)
        "In 1939 Albert Einstein sent a letter to Roosevelt about the atomic bomb.",
        "In 1962 Khrushchev sent a letter to Kennedy about the missiles in Cuba.",
    ],
)
def test_a_letter_sent_about_arms_is_a_message(code: Code, text: str) -> None:
    some_event(code, text, "CONSULT", "040", None, None, absent=("AID",))


def test_arms_sent_stay_aid(code: Code) -> None:
    some_event(code, "In 1987 Britain sent weapons to the Afghan rebels.", "AID", "072", "GBR", None)


@pytest.mark.parametrize(
    "text",
    [
        # supplies flown in for a force no party owns are the giver's own army's: the place is no receiver (none48)
        "In 1943 German transports flew tons of supplies into Stalingrad for the encircled Sixth Army.",
        "In 1943 German transports flew tons of supplies into Stalingrad for the encircled troops.",
    ],
)
def test_supplies_flown_to_ones_own_force_are_no_aid(code: Code, text: str) -> None:
    no_event(code, text, "AID")


def test_arms_flown_for_an_owned_army_stay_aid(code: Code) -> None:
    some_event(
        code,
        "In 1973 American transports flew tons of arms into Israel for its army.",
        "AID",
        "072",
        "USA",
        "ISR",
    )


def test_an_epithet_of_ones_own_side_blames_no_other(code: Code) -> None:
    # an epithet of blame given to one's own side's deed is no criticism of another party (verdict48's reading)
    no_event(
        code,
        "In 1989 the Soviet Congress of People's Deputies described the Soviet invasion of Afghanistan as wrong.",
        "ACCUSE",
    )


def test_an_epithet_of_anothers_deed_stays_criticism(code: Code) -> None:
    some_event(
        code, "In 1990 Britain called the Iraqi invasion of Kuwait illegal.", "ACCUSE", "111", "GBR", "IRQ"
    )
