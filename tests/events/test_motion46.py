"""Battles told by a verb of motion with a preposition or particle of contact (issue 9, forty-sixth session;
motion46). A military force that moves by a verb of going, rushing, falling, breaking or pushing (WordNet), by a
verb sent on by a particle ("closed in upon") or by the way construction ("fought their way onto") upon, into,
through, across, over or against a force, its front, lines or positions, or a place another side holds, attacks it
(ASSAULT 190), the owner of what it strikes the target; movers that are no force, retreats, places with no holder and
phrases that name nothing struck are left alone. Sentences written for these tests (true events, the project's own
words), through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.onslaught import onslaught_verb

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Japanese infantry swarmed over the British defences on Singapore island on the night of 8 February.",
            "JPN",
            "GBR",
        ),
        (
            "North Korean tanks rolled over the South Korean positions north of Seoul on the first day of the war.",
            "PRK",
            "KOR",
        ),
        (
            "American armour punched through the German lines west of Saint-Lo after the carpet bombing of 25 July.",
            "USA",
            "DEU",
        ),
        (
            "Soviet tank armies tore through the German front on the Vistula in the middle of January.",
            "RUS",
            "DEU",
        ),
        (
            "Viet Minh divisions closed in upon the French garrison at Dien Bien Phu in March.",
            None,
            "FRA",
        ),
        (
            "Greek infantry fought their way onto the Italian-held heights above Klisura in the first days of 1941.",
            "GRC",
            "ITA",
        ),
    ],
)
def test_motion46_force_moving_upon_a_foe_attacks_it(
    code: Code, text: str, source: str | None, target: str
) -> None:
    some_event(code, text, "ASSAULT", "190", source, target)


def test_motion46_forces_sent_across_another_sides_frontier_attack_it(code: Code) -> None:
    some_event(
        code,
        "Iraq sent its armoured divisions across the Iranian frontier on 22 September 1980.",
        "ASSAULT",
        "190",
        "IRQ",
        "IRN",
    )
    no_event(code, "Poland sent thousands of troops to its border with Belarus in November 2021.", "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        # a storm, refugees, a decline, talks: no force strikes anything
        "Hurricane Maria tore through Puerto Rico in September, knocking out the island's power grid.",
        "Thousands of refugees from Kosovo poured across the border into Macedonia on Tuesday.",
        "The Royal Navy fell upon hard times as the budget cuts of the nineteen-twenties bit.",
        "The negotiators of the two Koreas broke through the deadlock in their talks at Panmunjom.",
        # forces moved into positions of their own, or left by another: a deployment, not an onslaught
        "French troops moved into positions along the Chadian border on Monday.",
        # forces in a parade (paraded)
        "Chinese tanks and missile carriers rolled through Tiananmen Square in the parade for the sixtieth "
        "anniversary of the People's Republic.",
    ],
)
def test_motion46_look_alikes_are_no_assault(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT")


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The Soviet armies poured across the frontier.", "poured", True),
        ("The tanks crashed into the division.", "crashed", True),
        ("The columns closed in upon the town.", "closed", True),
        ("The marines fought their way ashore.", "fought", True),
        ("The army retreated through the pass.", "retreated", False),
        ("The battalion fell back on its positions.", "fell", False),
        ("The commission examined the report.", "examined", False),
    ],
)
def test_motion46_verbs_of_motion_by_wordnet(
    token_of: Callable[[str, str], Token], sentence: str, word: str, expected: bool
) -> None:
    assert onslaught_verb(token_of(sentence, word)) is expected
