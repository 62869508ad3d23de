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


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # moves forces landing with no deployment told stay force
        # a bare landing in another state's ground, its reason a pretext, is an invasion (review38's Grenada reading)
        (
            "American troops landed in Panama in December 1989 to protect American lives.",
            "ASSAULT",
            "190",
            "USA",
            "PAN",
            ("MOBILIZE",),
        ),
        # moves forces crossing with fighting told stay force
        # the clause tells the fighting ("attacked"): the crossing is force used on the ground, not a deployment
        (
            "Indian troops crossed into East Pakistan in December 1971 and attacked Pakistani positions around Jessore.",
            "ASSAULT",
            None,
            None,
            None,
            ("MOBILIZE",),
        ),
        # moves forces driving out of a place leave it
        (
            "Israeli troops left their headquarters in Gaza City in May 1994 and drove out of the town, handing it to the "
            "Palestinian police.",
            "RETREAT",
            "0874",
            "ISR",
            "PSE",
            ("ASSAULT", "MOBILIZE"),
        ),
        # moves a base given up is a withdrawal
        (
            "Britain gave up its naval base at Simonstown in April 1957, after a century and a half of Royal Navy use.",
            "RETREAT",
            "0874",
            "GBR",
            None,
            ("CONCEDE",),
        ),
        # moves a city evacuated by a state is left
        (
            "The French evacuated Odessa in April 1919 as the Red Army closed in on the port.",
            "RETREAT",
            "0874",
            "FRA",
            None,
            ("AID",),
        ),
        # moves the last of its bases handed over
        # the parser's lemma of "bases" is "basis": the class of ground holds both
        (
            "The United States handed over to Saudi Arabia in April 1962 the last of its bases in the kingdom, the air "
            "base at Dhahran.",
            "RETREAT",
            None,
            "USA",
            "SAU",
            ("AID",),
        ),
        # moves reservists called to their units
        (
            "Armenia called its reservists to their units in September 2020 as fighting with Azerbaijan broke out.",
            "MOBILIZE",
            "154",
            "ARM",
            None,
            (),
        ),
    ],
)
def test_moves_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


# ---- ground, bases and places given up (verbs.txt, moves41) ---------------------------------------------------------


def test_moves_a_demand_given_up_is_no_withdrawal(code: Code) -> None:
    no_event(
        code, "The miners' union gave up its demand for a shorter working week in March 1985.", "RETREAT"
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


# ---- call-ups -----------------------------------------------------------------------------------------------------
