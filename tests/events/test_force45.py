"""A generic verb whose object or phrase makes it force, forty-fifth session (force45, issue 9): a verb of putting,
laying, throwing or casting (by WordNet) whose object is a deed of force placed round or on a place or a party does
that deed (a blockade thrown round a port, a bombardment laid on positions); a place or its works carried or taken by
a force is taken by assault; a verb of beginning whose open clause has a reading of its own tells that deed ("began
escorting"). Look-alikes: a blockade lifted or dropped, goods carried, a motion carried. Sentences written for these
tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a deed of force put round or on a place by a generic verb
        (
            "In December 1971 the Indian navy threw a blockade round the port of Karachi.",
            "COERCE",
            "191",
            "IND",
            "PAK",
        ),
        (
            "In May 1967 Egyptian warships put a blockade on Israeli shipping in the Straits of Tiran.",
            "COERCE",
            "191",
            "EGY",
            "ISR",
        ),
        (
            "In June 1999 Indian artillery laid a bombardment on Pakistani positions above Kargil.",
            "ASSAULT",
            "194",
            "IND",
            "PAK",
        ),
        # the passive: the agent is the doer
        (
            "In December 1971 a blockade was thrown round the port of Karachi by the Indian navy.",
            "COERCE",
            "191",
            "IND",
            None,
        ),
    ],
)
def test_a_deed_of_force_placed_by_a_generic_verb(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a blockade lifted or dropped is no blockade laid
        "In May 1949 the Soviet Union lifted its blockade of West Berlin.",
        "In March 1957 Egypt dropped its blockade of the Straits of Tiran.",
    ],
)
def test_a_blockade_ended_is_not_laid(code: Code, text: str) -> None:
    no_event(code, text, "COERCE")


def test_a_town_carried_by_troops_is_taken_by_assault(code: Code) -> None:
    some_event(
        code, "In October 1912 Serbian troops carried the town of Kumanovo.", "ASSAULT", "190", "SRB", None
    )


@pytest.mark.parametrize(
    "text",
    [
        # goods carried to a town, a motion carried: no assault
        "In January 2016 United Nations trucks carried flour to the besieged town of Madaya.",
        "The House of Commons carried the motion by 311 votes to 310 in March 1979.",
    ],
)
def test_carrying_goods_or_a_motion_is_no_assault(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "plover", "source", "target", "absent"),
    [
        # a verb of beginning whose open clause has a reading of its own tells that deed, not the dictionary's
        # pattern for the beginning verb ("warships began": 194)
        (
            "In September 1941 American destroyers began escorting British convoys across the western Atlantic.",
            "AID",
            "USA",
            "GBR",
            ("ASSAULT",),
        ),
        # the open clause's deed of force stays one
        ("In March 2022 Russian artillery began shelling Mariupol.", "ASSAULT", "RUS", "UKR", ()),
    ],
)
def test_a_deed_begun_is_the_deed_of_its_open_clause(
    code: Code, text: str, plover: str, source: str, target: str, absent: tuple[str, ...]
) -> None:
    some_event(code, text, plover, None, source, target, absent=absent)
