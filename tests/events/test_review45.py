"""Look-alikes of the forty-fifth session's mechanisms (review45, issue 9) that must stay as they are: a deed of
force named as a thing of talk or of paper ("put the invasion on its agenda"), a garrison carried away by a fleet.
Sentences written for these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a deed of force put on an agenda or a record is no deed placed on a place (force45's placing)
        ("In March 2003 the Security Council put the invasion of Iraq on its agenda.", "ASSAULT"),
        # a garrison carried away by a fleet is evacuated, not taken by assault
        ("In 1941 the Royal Navy carried the garrison of Tobruk to Alexandria.", "ASSAULT"),
    ],
)
def test_no_deed_of_force_placed_or_taken(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # an inquiry into a bombing at a station: a station alone tells no space, and a probe "into" a deed is an
        # inquiry, not an uncrewed craft (flights45's guard)
        "In 1981 Italian police opened a probe into the bombing of the Bologna railway station.",
        "In 2003 NASA opened a probe into the loss of the shuttle Columbia over Texas.",
    ],
)
def test_a_probe_into_a_deed_is_an_inquiry(code: Code, text: str) -> None:
    some_event(code, text, "ACCUSE", "090", None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a diplomat's shuttle mission is no space flight; an uncrewed lander carries no one of its state
        "In 1974 Henry Kissinger flew between Aswan and Jerusalem on a shuttle mission with Egyptian officials.",
        "In 2019 an Israeli lander carried by an American rocket crashed on the moon.",
    ],
)
def test_no_joint_space_flight(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")


def test_an_announced_end_of_anothers_occupation_is_the_holders_retreat(code: Code) -> None:
    # frames45's announced end: the occupation's holder, not the announcer, ends it
    some_event(
        code,
        "In 1982 Egypt announced the end of the Israeli occupation of Sinai.",
        "RETREAT",
        None,
        "ISR",
        "EGY",
    )


def test_forces_meeting_opposition_from_armed_men_meet_no_spoken_reaction(code: Code) -> None:
    # condemn45's receiving verbs: troops that faced opposition from rebels met fighting, not a disapproval
    no_event(code, "In 1979 Soviet troops faced opposition from Afghan rebels in Herat.", "ACCUSE")


def test_forces_facing_condemnation_from_a_body_still_receive_it(code: Code) -> None:
    some_event(
        code,
        "In 1982 Israeli troops faced condemnation from the United Nations over the Sabra and Shatila massacre.",
        "ACCUSE",
        None,
        "IGO-UN",
        "ISR",
    )


def test_a_vow_that_talks_on_a_war_go_on_is_no_threat(code: Code) -> None:
    # frames45's vowed sufferer: a deed noun as the vowed clause's subject names no doers of the war it is about
    no_event(code, "In 1993 Rabin vowed that the peace talks on the Lebanon war would go on.", "THREATEN")


def test_a_deed_of_force_put_off_is_not_placed(code: Code) -> None:
    # force45's placing: a phrasal verb ("put off", "set aside") postpones or drops the deed, it does not place it
    no_event(
        code, "In 1991 President Bush put off the ground offensive against Iraqi forces in Kuwait.", "ASSAULT"
    )
