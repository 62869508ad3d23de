"""Review40: narrowings of the fortieth session's rules found by look-alikes.

People carried as a group (aid40's refuge reading of groups) are no rescue when the dictionary reads the verb as an
abduction or a seizure of them (`triggers._seizing_entry`). Sentences written for these tests (true statements about
real events). Groups carried by police or security troops are no rescue, the word on the carriers' noun included. Forces that cross or enter a country (no landing, no flight in)
to rescue their own nationals name a pretext (190), not protection (`triggers._LANDING_ARRIVALS`). Workers, pilgrims,
tourists or students let in or taken in are given no refuge (`triggers._refugee_like`).
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # (people abducted or seized as a group are no aid)
        "Hamas fighters took some 240 Israelis from Israel to Gaza in October 2023.",
        "The Soviet army carried off thousands of Polish men to Siberia in 1940.",
        "Iraqi troops took hundreds of Western men from Kuwait to Baghdad as human shields in August 1990.",
        # (workers and pilgrims let in are no refuge)
        "Germany took in some 800,000 Turkish workers in the 1960s.",
        "Saudi Arabia let in two million Muslim pilgrims for the hajj in 2019.",
    ],
)
def test_people_seized_or_let_in_to_work_are_no_aid(code: Code, text: str) -> None:
    no_event(code, text, "AID")


def test_a_people_shipped_away_by_security_troops_is_no_aid(code: Code) -> None:
    # (aid40's guard for security troops read only the carriers' noun, "troops": the word on it was passed over, and
    # its own test, on "the Crimean Tatars", gave no event without the guard)
    no_event(
        code,
        "Soviet security troops shipped hundreds of thousands of Chechen villagers from Chechnya to Kazakhstan in"
        " February 1944.",
        "AID",
    )


def test_troops_crossing_into_a_country_to_rescue_their_nationals_name_a_pretext(code: Code) -> None:
    # (aid40 made forces that "land or fly in" to evacuate or rescue their own nationals protection, 074; the rule
    # took every verb of arriving, crossing and entering included: an invasion's pretext is review38's 190)
    some_event(
        code,
        "Russian troops crossed into Georgia in August 2008 to rescue Russian citizens in South Ossetia.",
        "ASSAULT",
        None,
        None,
        None,
        absent=("AID",),
    )


def test_marines_landing_to_evacuate_their_nationals_stay_protection(code: Code) -> None:
    some_event(
        code,
        "American Marines landed in Monrovia in August 1990 to evacuate Americans.",
        "AID",
        "074",
        "USA",
        "USA",
    )
