"""Targets named by a state institution's common noun alone, twenty-seventh session (issue 9, roles17): a demand
made of "the government", "parliament", "the electoral commission" with no country word, or a rejection of a text
"that parliament/Congress had passed", is aimed at the doer's own country's institution (parties.py
`addressed_institution`; data roles.json `addressed_institution_types`, `addressed_institution_nouns`,
`addressed_institution_passing_verbs`). Sentences written for these tests (true events, the project's own words),
through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type


@pytest.mark.parametrize(
    ("text", "kind", "side"),
    [
        (
            "In September 2017 Kenya's Supreme Court told the electoral commission to organise a fresh presidential "
            "election within two months.",
            "REQUEST",
            "KEN",
        ),
        (
            "Venezuelan opposition candidate Henrique Capriles demanded in April 2013 that the electoral council "
            "audit all the ballots.",
            "REQUEST",
            "VEN",
        ),
        (
            "Afghan presidential candidate Abdullah Abdullah demanded that the election commission "
            "stop counting the votes.",
            "REQUEST",
            "AFG",
        ),
        (
            "Polish President Andrzej Duda vetoed in December 2021 a broadcasting bill that parliament had passed.",
            "REJECT",
            "POL",
        ),
        (
            "President Barack Obama vetoed in February 2015 a bill that Congress had passed to approve the Keystone "
            "XL pipeline.",
            "REJECT",
            "USA",
        ),
    ],
)
def test_addressed_institution_is_the_doers_own(code: Code, text: str, kind: str, side: str) -> None:
    assert parties_of_type(code(text), kind) == ({side}, {side})


def test_institution_after_another_country_is_not_the_doers(code: Code) -> None:
    events = code(
        "On a visit to Kenya in July 2015, President Barack Obama urged the government to fight corruption."
    )
    assert all("USA" not in {a.code for a in e.target} for e in events)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Colombia's FARC guerrillas released the last soldiers and police officers they held as hostages.",
            "COL",
        ),
        ("Boko Haram released 82 of the schoolgirls it had abducted from Chibok, in May 2017.", "NGA"),
    ],
)
def test_people_released_at_home_are_the_doers_own(code: Code, text: str, side: str) -> None:
    assert parties_of_type(code(text), "RETREAT") == ({side}, {side})


def test_people_released_of_another_country_keep_it(code: Code) -> None:
    assert parties_of_type(
        code("Iran freed the fifteen British sailors it had captured, in April 2007."), "RETREAT"
    ) == (
        {"IRN"},
        {"GBR"},
    )


def test_strikers_against_a_firm_of_the_one_country_named_are_its_people(code: Code) -> None:
    text = "Thousands of oil workers went on strike against Petrobras in November 2015 over asset sales."
    assert parties_of_type(code(text), "PROTEST") == ({"BRA"}, {"BRA"})


def test_inquiry_into_deeds_a_party_is_tied_to_in_a_relative_clause(code: Code) -> None:
    text = (
        "The International Criminal Court's prosecutor opened an investigation in March 2011 into the shooting of "
        "protesters that Muammar Gaddafi's security forces had carried out."
    )
    events = [e for e in code(text) if e.cameo.startswith("09")]
    assert events, code(text)
    assert {a.code for a in events[0].target} == {"LBY"}


def test_threat_against_what_a_party_sells_named_in_a_relative_clause(code: Code) -> None:
    text = "Poland threatened in September 2023 to extend its ban to more of the food products that Ukraine sells abroad."
    assert parties_of_type(code(text), "THREATEN") == ({"POL"}, {"UKR"})


def test_threat_by_a_former_leader_on_what_a_party_gets_is_not_aimed_at_home(code: Code) -> None:
    # (coded on 2024-03-01, when Donald Trump held no office: no implied home government before the relative clause)
    text = "Donald Trump threatened to cut off the aid that the United States gives Honduras."
    assert parties_of_type(code(text), "THREATEN") == ({"USA"}, {"HND"})
