"""Review42: widened readings narrowed where they fired wider than their tests said. cargo42: a verb of going (fly,
head, pour, roll, cross, enter ...) moves arms as a delivery only when a craft carries them or a shipment holds them
(a number of rockets or drones, a "for" phrase on warships heading somewhere, or a convoy of tanks is no mark);
warplanes carrying bombs or missiles carry their arms; aircraft flown and warships sailed, told in the passive, move
themselves; refugees or survivors carried back are returned, not rescued. joint42: coordinated doers marked "both" or
"each" do a deed each, not one together. Sentences written for these tests, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event


@pytest.mark.parametrize(
    "text",
    [
        # a number of fired weapons going somewhere: an attack, not a delivery
        "Thousands of Hamas rockets poured into Israel in May 2021.",
        "Scores of Iranian drones flew into Israel in April 2024.",
        # warships heading for a country: a "for" of destination, ships moving themselves
        "Two Russian warships headed for Venezuela in November 2008.",
        # a convoy of tanks entering a city: a column advancing
        "A convoy of Russian tanks entered the Georgian city of Gori in August 2008.",
        # warplanes carrying bombs or missiles: their arms, not a load
        "Israeli jets carrying bombs flew into Syria in September 2007.",
        "Israeli jets loaded with bombs flew into Iraq in June 1981.",
        # aircraft flown somewhere: flying themselves
        "Two Russian Tu-160 bombers were flown to Venezuela in December 2018.",
        "American B-52 bombers were flown to Guam in 2004.",
    ],
)
def test_arms_going_with_no_craft_or_shipment_are_no_aid(code: Code, text: str) -> None:
    no_event(code, text, "AID")


def test_refugees_carried_back_are_not_rescued(code: Code) -> None:
    # people in need carried back are returned: the rescue that needs no word of leaving (cargo42) needs no "back"
    no_event(code, "The Libyan coastguard carried the refugees back to Libya in June 2018.", "AID")


@pytest.mark.parametrize(
    "text",
    [
        # "both" or "each" on coordinated doers tells a deed of each, not one done together (joint42's togetherness)
        "Both Russia and Ukraine recruited thousands of foreign volunteers in 2022.",
        "Russia and Ukraine each recruited thousands of foreign volunteers in 2022.",
    ],
)
def test_a_deed_told_of_each_doer_is_not_done_together(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")
