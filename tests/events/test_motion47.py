"""Mounted charges and crewed flights told by verbs of motion (issue 9, forty-seventh session; motion47).

- A force whose subject names its unit only in an "of" phrase ("uhlans of a brigade") is a force; a manner of going
  the lexicon has no line for ("galloped") reads as any verb of motion (WordNet: a gait whose hypernym goes); a verb
  ridden "down" upon its object strikes it as a charge does, and arms of another side ("a battery of Russian guns")
  are struck as forces are (ASSAULT 190).
- Forces or police that charge, ride down or ride into a gathering (the lexicon's &gathering, or a column of one)
  repress it (ASSAULT 175).
- A crewed flight told by a verb sent off by a particle of departure ("roared away", "climbed away"), whose riders are
  named in the clause its time clause hangs on ("X was aboard when ...") or in a crew's relative clause ("a crew of
  seven that included ..."), is the states' cooperation (COOPERATE 060).

Sentences written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.joint import travel_verb
from realpolitik.events.onslaught import gait

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "British light cavalry rode down the Russian gunners at the end of the valley at Balaclava.",
            "GBR",
            "RUS",
        ),
        (
            "British heavy dragoons galloped against the French columns at Waterloo in the early afternoon.",
            "GBR",
            "FRA",
        ),
        (
            "Uhlans of von Bredow's brigade charged the French guns at Mars-la-Tour on 16 August 1870.",
            None,
            "FRA",
        ),
    ],
)
def test_motion47_mounted_charges_attack(code: Code, text: str, source: str | None, target: str) -> None:
    some_event(code, text, "ASSAULT", "190", source, target)


def test_motion47_forces_riding_into_a_crowd_repress_it(code: Code) -> None:
    some_event(
        code,
        "Israeli mounted police rode into the crowd of Palestinian worshippers and protesters at the Damascus Gate.",
        "ASSAULT",
        "175",
        "ISR",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a charge in court, a horse in a race, cavalry in a ceremony, a crowd at a match
        "The United States charged Julian Assange with conspiring to break into a government computer.",
        "Red Rum charged past Crisp in the final yards to win the Grand National at Aintree.",
        "Troopers of the Life Guards rode down the Mall during the Trooping the Colour on Saturday.",
        "Thousands of Liverpool fans surged into the stadium before the kick-off.",
    ],
)
def test_motion47_charge_look_alikes_are_no_assault(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Japan's Takao Doi was aboard when NASA's shuttle Columbia lifted off from Cape Canaveral on Wednesday.",
            "USA JPN",
        ),
        (
            "NASA's Atlantis roared away from Florida on Thursday with a crew of seven that included France's "
            "Jean-Loup Chretien and Russia's Vladimir Titov.",
            "USA FRA RUS",
        ),
    ],
)
def test_motion47_crewed_flights_of_two_states(code: Code, text: str, sources: str) -> None:
    some_event(code, text, "COOPERATE", "060", sources, None)


@pytest.mark.parametrize(
    "text",
    [
        # a crew of one state, an uncrewed probe
        "Apollo 12 roared away from Cape Kennedy on Friday with three American astronauts aboard.",
        "A Titan rocket roared away from Cape Canaveral on Monday carrying NASA's Voyager 1 probe.",
    ],
)
def test_motion47_flight_look_alikes_are_no_cooperation(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The dragoons galloped across the field.", "galloped", True),
        ("The hussars cantered towards the village.", "cantered", True),
        ("The commission examined the report.", "examined", False),
        ("The guards let the militiamen into the camp.", "let", False),
        ("The garrison revolted against its officers.", "revolted", False),
    ],
)
def test_motion47_gaits_by_wordnet(
    token_of: Callable[[str, str], Token], sentence: str, word: str, expected: bool
) -> None:
    assert gait(token_of(sentence, word).lemma_.lower()) is expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The shuttle roared away from the pad.", "roared", True),
        ("The minister gave away the plans.", "gave", False),
    ],
)
def test_motion47_verbs_sent_off_by_a_particle_of_departure_travel(
    token_of: Callable[[str, str], Token], sentence: str, word: str, expected: bool
) -> None:
    assert travel_verb(token_of(sentence, word)) is expected
