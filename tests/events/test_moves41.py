"""Forces moved, call-ups and ground given up, forty-first session (issue 9; moves41). Forces that march, roll,
cross, land or go ashore into another state's ground with no fighting told in their clause are deployed there
(MOBILIZE 154, the ground's state the target: conventions rule 2), while the same verbs with fighting told stay
force (190); forces that drive or move out of a place leave it (RETREAT 0874). Ground, a base or a station given up,
relinquished or evacuated by the party that held it is a withdrawal (0874); a town evacuated by its own people is no
deed of a party. Sentences written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event

# ---- forces moved into another state's ground with no fighting told (parties.moved_unopposed) --------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "American tanks and troops rolled into Poland in January 2017, the first of an armoured brigade sent to "
            "reassure NATO's eastern allies.",
            "USA",
            "POL",
        ),
        (
            "The first Canadian soldiers of a NATO battle group landed in Latvia in June 2017 for a six-month "
            "rotation at the Adazi base.",
            "CAN",
            "LVA",
        ),
    ],
)
def test_moves_forces_moved_without_fighting_are_deployed(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "MOBILIZE", "154", source, target, absent=("ASSAULT",))


def test_moves_forces_landing_with_no_deployment_told_stay_force(code: Code) -> None:
    # a bare landing in another state's ground, its reason a pretext, is an invasion (review38's Grenada reading)
    some_event(
        code,
        "American troops landed in Panama in December 1989 to protect American lives.",
        "ASSAULT",
        "190",
        "USA",
        "PAN",
        absent=("MOBILIZE",),
    )


def test_moves_forces_crossing_with_fighting_told_stay_force(code: Code) -> None:
    # the clause tells the fighting ("attacked"): the crossing is force used on the ground, not a deployment
    some_event(
        code,
        "Indian troops crossed into East Pakistan in December 1971 and attacked Pakistani positions around Jessore.",
        "ASSAULT",
        None,
        None,
        None,
        absent=("MOBILIZE",),
    )


def test_moves_forces_driving_out_of_a_place_leave_it(code: Code) -> None:
    some_event(
        code,
        "Israeli troops left their headquarters in Gaza City in May 1994 and drove out of the town, handing it to the "
        "Palestinian police.",
        "RETREAT",
        "0874",
        "ISR",
        "PSE",
        absent=("ASSAULT", "MOBILIZE"),
    )


# ---- ground, bases and places given up (verbs.txt, moves41) ---------------------------------------------------------


def test_moves_a_base_given_up_is_a_withdrawal(code: Code) -> None:
    some_event(
        code,
        "Britain gave up its naval base at Simonstown in April 1957, after a century and a half of Royal Navy use.",
        "RETREAT",
        "0874",
        "GBR",
        None,
        absent=("CONCEDE",),
    )


def test_moves_a_demand_given_up_is_no_withdrawal(code: Code) -> None:
    no_event(
        code, "The miners' union gave up its demand for a shorter working week in March 1985.", "RETREAT"
    )


def test_moves_a_city_evacuated_by_a_state_is_left(code: Code) -> None:
    some_event(
        code,
        "The French evacuated Odessa in April 1919 as the Red Army closed in on the port.",
        "RETREAT",
        "0874",
        "FRA",
        None,
        absent=("AID",),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Most residents of Paradise evacuated the town in November 2018 as the Camp Fire spread.",
        # (review41: the residents named by a party's adjective, so the sentence has a party and the test can fail:
        # with no party, as in Paradise, no line reads an event)
        "Most of the Ukrainian residents of Pokrovsk evacuated the town in the autumn of 2024 as the front drew near.",
    ],
)
def test_moves_a_town_evacuated_by_its_residents_is_no_deed(code: Code, text: str) -> None:
    no_event(code, text, "RETREAT", "AID")


def test_moves_the_last_of_its_bases_handed_over(code: Code) -> None:
    # the parser's lemma of "bases" is "basis": the class of ground holds both
    some_event(
        code,
        "The United States handed over to Saudi Arabia in April 1962 the last of its bases in the kingdom, the air "
        "base at Dhahran.",
        "RETREAT",
        None,
        "USA",
        "SAU",
        absent=("AID",),
    )


# ---- call-ups -----------------------------------------------------------------------------------------------------


def test_moves_reservists_called_to_their_units(code: Code) -> None:
    some_event(
        code,
        "Armenia called its reservists to their units in September 2020 as fighting with Azerbaijan broke out.",
        "MOBILIZE",
        "154",
        "ARM",
        None,
    )
