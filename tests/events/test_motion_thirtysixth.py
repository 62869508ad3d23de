"""Verbs of going and coming, thirty-sixth session (motion36, issue 9): one reading for the family (go, come,
travel, fly, sail, head, leave, depart, return, arrive, reach, land, ...). A verb of motion read by its bare or
visit reading is a visit (042) when its subject, a party, goes to a place of another party; going home, to the
polls or to power, one carried ("was flown to") and forces on the move make no visit, and the bare default of the
verb ("go" 040) no event. Sentences written for these tests, true statements about real events, coded through the
real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a verb whose bare reading named no event ("sail": no event; "return": no event)
        ("Queen Elizabeth II sailed to Norway aboard the royal yacht Britannia in June 1955.", "GBR", "NOR"),
        ("Pope John Paul II returned to Poland in June 1983.", "VAT", "POL"),
        # a verb whose bare reading was the dictionary's 040 ("go", "arrive")
        ("Richard Nixon went to Moscow in May 1972.", "USA", "RUS"),
        ("Pope Benedict XVI arrived in Britain in September 2010.", "VAT", "GBR"),
    ],
)
def test_a_party_going_to_another_partys_place_makes_a_visit(code: Code, text: str, source: str, target: str):
    some_event(code, text, "CONSULT", "042", source, target)


@pytest.mark.parametrize(
    "text",
    [
        # home: the place is the mover's own
        "Nikita Khrushchev flew home to Moscow in October 1960 after the United Nations General Assembly session.",
        # a phrase of no party
        "British voters went to the polls in June 1970.",
        # one carried
        "Manuel Noriega was flown to Miami in January 1990.",
        # back to one's own country: the place come from is no visit ("returned from Poland" alone is one)
        "Ayatollah Ruhollah Khomeini returned to Iran from Paris in February 1979.",
    ],
)
def test_going_home_to_the_polls_back_or_carried_is_no_event(code: Code, text: str):
    no_event(code, text)


def test_forces_going_into_a_country_are_force_not_a_visit(code: Code):
    some_event(
        code,
        "Soviet troops went into Afghanistan in December 1979.",
        "ASSAULT",
        "190",
        "RUS",
        "AFG",
        absent=("CONSULT",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # "came to the aid of": the phrase names a deed (aid), not a place gone to
        "The United States came to the aid of South Korea in June 1950.",
        # "came to an agreement with": an accord, not a journey
        "France came to an agreement with West Germany on the future of the Saar in October 1956.",
    ],
)
def test_a_deed_noun_after_to_is_no_place_gone_to(code: Code, text: str):
    assert not [e for e in code(text) if e.cameo == "042"], [e.cameo for e in code(text)]
