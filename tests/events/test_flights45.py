"""Crewed flights of two states told by a verb of motion or transport, forty-fifth session (issue 9, flights45; probe
benchmarks/probes/flights45-1.json).

A verb of travel, motion or transport (WordNet; joint.travel_verb) whose doers, objects, agent or companions are a
crew, a spacecraft or its passengers is a flight the states share (060, reciprocal: docs/annotation-conventions.md
15.1) when they name parties of two states (triggers._shared_undertaking, joint.flight_arguments, joint.crewed,
joint.space_flight). Read here beyond coop43's crew nouns: the company of a participle hung on the verb ("Strapped in
beside ...", "sharing the Soyuz with ..."), what a flier is said to be ("who is the third Kazakh to go into space"), a
spacecraft carrying named people with no crew noun ("a Soyuz carried the Italian X"), a craft docking with another
state's station, the guest's space agency (actors/data/bodies.json), and a flight told by a verb with a reading of
aid or dispatch ("sent X aloft in a Soyuz"). One state's crew, a satellite launch, a missile and a launch from another
state's soil stay what they were.

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # companions in a fronted participle of company
        (
            "Strapped in beside two Russian crewmates, the Danish flier Andreas Mogensen rose from Baikonur in September 2015.",
            "DNK RUS",
        ),
        # a spacecraft carrying named people of two states, no crew noun
        (
            "A Soyuz carried the Italian Luca Parmitano and the American Karen Nyberg into orbit in May 2013.",
            "ITA USA",
        ),
        # a craft of one state docking with another state's station
        ("The American shuttle Atlantis docked with Russia's Mir station in November 1995.", "USA RUS"),
        # the guest's space agency
        (
            "NASA's Scott Kelly flew to the station in March 2015 aboard a Soyuz with two Russian cosmonauts.",
            "USA RUS",
        ),
        # what a flier is said to be, in a relative clause on an apposition
        (
            "A Soyuz rose from Baikonur in September 2015 with Andreas Mogensen of Denmark and Aidyn Aimbetov, a pilot"
            " who is the third Kazakh to go into space.",
            "DNK KAZ",
        ),
    ],
)
def test_a_flight_of_two_states_told_by_a_verb_of_motion_is_cooperation(
    code: Code, text: str, sources: str
) -> None:
    some_event(code, text, "COOPERATE", "060", sources, "")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # craft of two states as the doers of a docking, by conjoined modifiers
        ("American and Russian spacecraft docked in orbit in June 1995.", "USA RUS"),
        # a rank of another state's crew in a sentence that tells space, no craft named
        (
            "Tim Peake of Britain flew to the space station in December 2015 with the Russian commander Yuri"
            " Malenchenko and the American Tim Kopra.",
            "GBR RUS USA",
        ),
    ],
)
def test_a_docking_or_a_flight_with_a_foreign_commander_is_cooperation(
    code: Code, text: str, sources: str
) -> None:
    some_event(code, text, "COOPERATE", "060", sources, "", absent=("CONSULT",))


def test_one_states_uncrewed_docking_is_no_event(code: Code) -> None:
    no_event(
        code, "China's unmanned Shenzhou 8 craft docked with the Tiangong-1 laboratory in November 2011."
    )


def test_an_agency_sending_its_flier_aloft_with_foreign_crewmates_is_no_aid(code: Code) -> None:
    some_event(
        code,
        "Japan's space agency sent Koichi Wakata aloft in November 2013 in a Soyuz with a Russian commander and an"
        " American astronaut.",
        "COOPERATE",
        "060",
        "JPN RUS USA",
        "",
        absent=("AID",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # one state's crew
        "A Long March rocket carried three Chinese astronauts into orbit in June 2013.",
        # satellites carry no one
        "An Indian rocket carried 104 satellites into orbit in February 2017.",
        # one state's crew launched from another state's soil
        "Two Russian cosmonauts blasted off from Kazakhstan in August 1997 to repair the Mir station.",
        # a missile falling on a party
        "Iraqi Scud missiles fell on Tel Aviv in January 1991, wounding dozens of Israelis.",
    ],
)
def test_look_alikes_are_no_shared_flight(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")


@pytest.mark.parametrize(
    "text",
    [
        "NASA's Dawn spacecraft fired its ion engine and slipped into orbit around the asteroid Vesta in July 2011.",
        "NASA sent its Curiosity rover toward Mars aboard an Atlas V rocket in November 2011.",
    ],
)
def test_an_agencys_uncrewed_craft_does_no_deed(code: Code, text: str) -> None:
    no_event(code, text)
