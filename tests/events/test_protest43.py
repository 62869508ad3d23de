"""Protest read from who acts and how, forty-third session (issue 9, protest43; probes
benchmarks/probes/protest43-1.json).

- A state's deed of occupation (192), coercion (170) or refusal of a named deed (120 as a frame) done by a crowd of
  civilians is their protest: an occupation or obstruction 144, a refusal to work or cooperate 143
  (triggers.Triggers._crowd_deed; coder_words.json `crowd_deed_codes`); soldiers, states and armed men keep their
  deed, and ground fought over stays an occupation.
- Held people, radicals and the users of a service are crowds too (`protest_collectives`).
- A crowd's deed done "rather than" another is a refusal of that other, a boycott (143; crowds.rather_than).

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # an occupation of a building by workers: 144
        ("French workers occupied the Lip watch factory in Besancon in June 1973.", "144", "FRA"),
        # held people taking over their jail: 144
        (
            "American inmates at the Southern Ohio Correctional Facility in Lucasville took over a cell block in "
            "April 1993.",
            "144",
            "USA",
        ),
        # a refusal of a named deed by workers: 143
        ("Italian dockers in Genoa refused to load a Saudi cargo ship in May 2019.", "143", "ITA"),
        # a deed done rather than another: 143
        (
            "French dairy farmers poured milk onto their fields in September 2009 rather than sell it below the cost "
            "of production.",
            "143",
            "FRA",
        ),
    ],
)
def test_protest43_crowd_deed_is_protest(code: Code, text: str, cameo: str, source: str) -> None:
    some_event(code, text, "PROTEST", cameo, source, None)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # soldiers occupying a capital keep their deed
        ("American marines occupied Port-au-Prince in July 1915.", "COERCE"),
        # a state refusing keeps its refusal
        ("Poland refused to take in refugees under the European Union's relocation plan in 2017.", "REJECT"),
    ],
)
def test_protest43_state_deeds_stay(code: Code, text: str, plover: str) -> None:
    some_event(code, text, plover, None, None, None, absent=("PROTEST",))


def test_protest43_rather_than_of_one_man_is_no_boycott(code: Code) -> None:
    # (one man's choice between two deeds is no crowd's refusal)
    no_event(
        code, "Richard Nixon resigned in August 1974 rather than face impeachment by Congress.", "PROTEST"
    )


@pytest.mark.parametrize(
    "text",
    [
        # leaving a place of work in protest: a walkout, 143
        "Some two hundred Gurindji stockmen in Australia walked off the Wave Hill cattle station in August 1966 in "
        "protest at their pay.",
        # leaving classes in protest: 143
        "Thousands of students in Hong Kong walked out of their classes in September 2019 in protest at the "
        "government.",
    ],
)
def test_protest43_walk_off_is_walkout(code: Code, text: str) -> None:
    some_event(code, text, "PROTEST", "143", None, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # protest43 radicals storming are a crowd
        # (radicals protesting are a civilian collective of the one country named)
        (
            "Japanese radicals opposed to the new airport at Narita stormed its control tower in March 1978.",
            "PROTEST",
            None,
            None,
            None,
            ("ASSAULT",),
        ),
        # protest43 clause after comma is the roots own
        # (a clause after a comma stays the root's: no repair)
        (
            "Students clashed with police in Caracas, burned a bus and fled.",
            "PROTEST",
            "145",
            "VEN",
            None,
            (),
        ),
    ],
)
def test_protest43_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # a reduced relative on the subject made the root by the parser: the verb after it is the deed
        (
            "Thousands of Chileans opposed to the private pension funds marched through Santiago in March 2017.",
            "141",
            "CHL",
        ),
        (
            "Farmers opposed to the Tia Maria copper mine blocked roads in Arequipa in Peru in July 2019.",
            "144",
            "PER",
        ),
    ],
)
def test_protest43_reduced_relative_of_the_doers(code: Code, text: str, cameo: str, source: str) -> None:
    some_event(code, text, "PROTEST", cameo, source, None, absent=("REJECT",))
