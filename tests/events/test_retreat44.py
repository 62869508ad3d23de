"""Withdrawals, surrenders and resignations told as ceasing, giving up or leaving (issue 9, forty-fourth session,
retreat44; probes benchmarks/probes/retreat44-*.json).

- Ground (a named place, a town, a base, a camp, a position) abandoned, forsaken, relinquished or yielded by a party,
  or a base or a position vacated, quit or evacuated, is a withdrawal (0874); the side it is left to is the target.
  People who leave a place do no party's deed.
- A siege or a blockade lifted, raised, ended or called off by the side that laid it is 0872, and so is one that
  "ended" as the subject; a state of siege lifted stays 0814 (CONCEDE). An occupation wound up is 0874.
- Forces or units stood down by the party they serve are demobilised (0873); a leader standing down resigns (0831).
- A white flag hoisted, raised or waved is a surrender (0874).
- A crown handed to another and a retirement announced are a resignation (0831); the government of a place given up
  hands ground back (0842).
- Look-alikes keep their readings: a treaty or a bloc abandoned (REJECT), talks abandoned, villagers leaving a town.

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "Russian troops abandoned the city of Kherson to the Ukrainian army in November 2022.",
            "0874",
            "RUS",
            "UKR",
        ),
        ("French troops vacated their base in Gao in August 2022.", "0874", "FRA", ""),
        ("The United States wound up its occupation of Haiti in August 1934.", "0874", "USA", "HTI"),
        ("Iraqi soldiers waved white flags at American marines in March 2003.", "0874", "IRQ", "USA"),
        ("The Ottoman army raised the siege of Vienna in September 1683.", "0872", "TUR", "AUT"),
        ("The Soviet blockade of West Berlin ended in May 1949.", "0872", "RUS", "DEU"),
        ("The IRA stood down its units in July 2005.", "0873", "GBR", ""),
        ("Britain gave up the government of Hong Kong to China in 1997.", "0842", "GBR", "CHN"),
    ],
)
def test_retreat44_ground_and_holds_given_up(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    events = some_event(code, text, "RETREAT", cameo, source, target or None)
    assert events[0].event == "RETREAT", events


@pytest.mark.parametrize(
    "text",
    [
        "Britain's prime minister, Harold Wilson, announced his retirement in March 1976.",
        "King Edward VIII of Britain handed his crown to his brother in December 1936.",
    ],
)
def test_retreat44_offices_handed_on(code: Code, text: str) -> None:
    some_event(code, text, "CONCEDE", "0831", "GBR", None)


def test_retreat44_leaders_standing_down_still_resign(code: Code) -> None:
    some_event(code, "Britain's prime minister stood down in July 2022.", "CONCEDE", "0831", "GBR", None)


@pytest.mark.parametrize(
    "text",
    [
        "Villagers abandoned the town of Srebrenica in July 1995.",
        "Refugees vacated the camp in Calais in October 2016.",
    ],
)
def test_retreat44_people_leaving_a_place_do_no_deed(code: Code, text: str) -> None:
    no_event(code, text, "RETREAT")


def test_retreat44_a_bloc_abandoned_is_no_retreat(code: Code) -> None:
    some_event(code, "The Soviet Union abandoned the Warsaw Pact in 1991.", "REJECT", None, "RUS", None)
    no_event(code, "Israel abandoned the peace talks with Syria in 2000.", "RETREAT")
