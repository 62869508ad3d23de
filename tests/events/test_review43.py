"""Review43: readings of the forty-third session narrowed where they fired wider than their tests said. protest43: a
crowd's deed done "rather than" another is a boycott (143) only when it is no flight and the deed refused is no state
of being: fleeing rather than facing harm is an escape, sleeping somewhere rather than staying at home no refusal to
use, pay or deal (crowds.rather_than; coder_words.json `flight_hypernyms`, `state_hypernyms`). A crowd's taking of a
place (`crowd_deed_codes`) to celebrate, greet or mourn is a gathering, no protest and no event, as their march to do
so is (triggers.Triggers._friendly_gathering). A crowd's coercion with the deed it presses for is a demand, no
obstruction (Triggers._crowd_deed). The users of a service (`service_users`: passengers, commuters, tenants) are a
crowd for a refusal or a deed marked as protest, not for force or an occupation unmarked (triggers._crowd_doers).
An alert of a natural hazard (a tsunami, a pandemic, a hurricane, a volcano: classes.txt &hazard) is no alert of forces
or police (triggers._hazard_alert). Sentences written for these tests (true statements about real events), coded
through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # (flight or state refused rather than is no boycott)
        # a flight from harm
        "Thousands of East Germans fled to West Berlin rather than live under communism in 1961.",
        "Villagers in Kosovo fled into the hills rather than face Serbian forces in 1999.",
        # a state of being refused
        "Many Londoners slept in the Underground stations rather than stay in their homes during the Blitz in 1941.",
        # (passengers using force aboard are no riot)
        "Passengers stormed the cockpit of United Airlines Flight 93 over Pennsylvania in September 2001.",
        "Passengers overpowered the shoe bomber Richard Reid on an American Airlines flight in December 2001.",
    ],
)
def test_refusals_rather_than_and_force_aboard_are_no_protest(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Berliners occupied the top of the Wall to celebrate the opening of the border in November 1989.",
        "Thousands of Argentines took over the Plaza de Mayo to celebrate the World Cup victory in June 1978.",
        "Thousands of Poles occupied the square outside the cathedral to greet Pope John Paul II in June 1979.",
    ],
)
def test_crowd_taking_a_place_to_celebrate_or_greet_is_no_event(code: Code, text: str) -> None:
    no_event(code, text)


def test_crowd_pressing_a_party_to_a_deed_is_no_obstruction(code: Code) -> None:
    no_event(
        code,
        "European dairy farmers pressured the European Commission to raise milk prices in 2009.",
        "PROTEST",
    )


def test_tenants_refusing_rent_still_protest(code: Code) -> None:
    # (a refusal by the users of a service stays theirs: a rent strike, 143)
    some_event(
        code,
        "Tenants in Soweto refused to pay rent to the township councils in 1985.",
        "PROTEST",
        "143",
        None,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Japan Meteorological Agency issued a tsunami alert after the earthquake in March 2011.",
        "The World Health Organization raised its pandemic alert level to phase 6 in June 2009.",
        "Cuba put its western provinces on alert ahead of Hurricane Michelle in November 2001.",
        "Indonesia raised the alert for the Merapi volcano to the highest level in October 2010.",
    ],
)
def test_alert_of_a_natural_hazard_is_no_mobilisation(code: Code, text: str) -> None:
    no_event(code, text, "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The United States raised its terror threat level to orange in February 2003.", "151"),
        ("NATO put its forces on alert over the crisis in Kosovo in 1999.", "152"),
    ],
)
def test_alert_of_forces_or_police_stays(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "MOBILIZE", cameo, None, None)
