"""Targets of captures whose holder the sentence names in a 'from' phrase, twenty-eighth session (issue 9,
roles18): a holder with no country of another state (rebels, militants, fighters, a movement's own name) is of the
place's country, which stays the target (docs/annotation-conventions.md rule 9.3 (a), (c); conflict.py
`named_holder`, parties.py `home_target`; data conflict.json `holder_nouns`); a retaking with no holder named still
has none (9.3 (d)); "wrested X from Y" is a capture. Sentences written for these tests (true events, the project's
own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Malian troops retook the town of Konna from Islamist militants in January 2013.", "MLI", "MLI"),
        ("Iraqi troops took the city of Kirkuk from Kurdish fighters in October 2017.", "IRQ", "IRQ"),
        (
            "Somali government forces took Kismayo from the Islamic Courts Union on January 1, 2007.",
            "SOM",
            "SOM",
        ),
        ("Iraqi forces wrested Tikrit from Islamic State fighters in March 2015.", "IRQ", "IMG"),
        # (the 'from' phrase hung by the parser on the ground taken)
        ("Yemeni government troops retook Aden's airport from Houthi rebels in July 2015.", "YEM", "YEM"),
    ],
)
def test_the_holder_named_in_a_from_phrase_is_the_target(
    code: Code, text: str, source: str, target: str
) -> None:
    sources, targets = parties_of_type(code(text), "ASSAULT")
    assert source in sources
    assert {t[:3] for t in targets} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops recaptured Ramadi in December 2015.",
        "Iraqi troops retook Ramadi from the east in December 2015.",
    ],
)
def test_a_retaking_with_no_holder_named_has_no_target(code: Code, text: str) -> None:
    assert parties_of_type(code(text), "ASSAULT")[1] == set()


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Kurdish fighters retook the border town of Tal Abyad from Islamic State in June 2015.",
        "Fighters of the Syrian Democratic Forces seized Raqqa from Islamic State in October 2017.",
    ],
)
def test_rebels_take_ground_from_a_transnational_group_named_in_a_from_phrase(code: Code, text: str) -> None:
    _sources, targets = parties_of_type(code(text), "ASSAULT")
    assert {t[:3] for t in targets} == {"IMG"}


def test_rebels_taking_a_town_of_their_country_with_no_holder_named_target_that_country(code: Code) -> None:
    text = "Taliban fighters captured the Afghan city of Kunduz in September 2015."
    assert parties_of_type(code(text), "ASSAULT") == ({"AFG"}, {"AFG"})


@pytest.mark.parametrize(
    "text",
    [
        "About 32,000 machinists went on strike against Boeing in October 1995.",
        "Tens of thousands of autoworkers went on strike against General Motors in September 2019.",
    ],
)
def test_strikers_named_by_their_trade_against_a_firm_are_its_country_s_workers(
    code: Code, text: str
) -> None:
    assert parties_of_type(code(text), "PROTEST") == ({"USA"}, {"USA"})


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Navy veteran shot dead twelve people at the Washington Navy Yard in September 2013.", "USA"),
        ("An inmate stabbed two guards at a prison in northwestern France in March 2019.", "FRA"),
    ],
)
def test_one_unnamed_doer_named_by_a_status_is_of_the_place(code: Code, text: str, country: str) -> None:
    sources, _targets = parties_of_type(code(text), "ASSAULT")
    assert sources == {country}
