"""The written annotation convention (docs/annotation-conventions.md), twenty-first session (issue 9;
conventions), where the coder followed the sets' minority: rule 7, a concession (a resignation, a bill withdrawn,
a ban or a tax dropped) is aimed at the people the sentence names as pressing for it, who are of the doer's own
country, and at no one when it names none; a noun of protest alone ("after weeks of protests") names no one.
Sentences written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type

# ---- rule 7: no one named pressing, no target (roles.json `pressed_types`, `pressing_people_nouns`) --------------


@pytest.mark.parametrize(
    "text",
    [
        # a resignation after protests that name no one
        "Bulgarian Prime Minister Plamen Oresharski resigned in July 2014 after more than a year of street protests "
        "against his government.",
        # a concession with an object: a tax dropped, laws repealed
        "Hungary's government dropped its planned tax on internet traffic in October 2014 after mass protests in "
        "Budapest.",
        "Ukraine's parliament repealed the laws curbing street protest in January 2014 after weeks of unrest in Kiev.",
    ],
)
def test_conventions_concession_pressed_by_no_one_named_has_no_target(code: Code, text: str) -> None:
    source, target = parties_of_type(code(text), "CONCEDE")
    assert source
    assert not target


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Ukrainian Prime Minister Mykola Azarov resigned in January 2014 after protesters occupied government "
            "buildings in Kiev.",
            "UKR",
        ),
        (
            "Sao Paulo's state government shelved its plan to close schools in December 2015 after students "
            "occupied about 200 of them.",
            "BRA",
        ),
    ],
)
def test_conventions_concession_pressed_by_people_named_yields_to_them(
    code: Code, text: str, country: str
) -> None:
    source, target = parties_of_type(code(text), "CONCEDE")
    assert source == {country}
    assert target == {country}


# ---- rule 5.1: leaving an organisation announced is the leaving (coder_words.json `announced_exit_codes`) --------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nicaragua said in November 2021 that it would leave the Organization of American States.", "NIC"),
        ("Russia told the Council of Europe in March 2022 that it would quit the organisation.", "RUS"),
    ],
)
def test_conventions_exit_from_an_organisation_announced_is_the_exit(
    code: Code, text: str, source: str
) -> None:
    events = code(text)
    assert "THREATEN" not in {e.event for e in events}
    sources, targets = parties_of_type(events, "SANCTION")
    assert sources == {source}
    assert targets and all(t.startswith("IGO") for t in targets)


def test_conventions_exit_from_an_organisation_on_a_condition_stays_a_threat(code: Code) -> None:
    text = (
        "Venezuela warned in April 2017 that it would leave the Organization of American States if the body went "
        "ahead with a meeting on its crisis."
    )
    assert "THREATEN" in {e.event for e in code(text)}


def test_conventions_others_taken_out_when_announced_stay_a_threat(code: Code) -> None:
    # (withdrawing one's staff from a country is not leaving a body: the dev half codes it THREATEN when announced)
    text = "The United Nations said in December 1998 that it would withdraw its weapons inspectors from Iraq."
    kinds = {e.event for e in code(text)}
    assert "THREATEN" in kinds
    assert "SANCTION" not in kinds


def test_conventions_exit_with_from_is_the_exit(code: Code) -> None:
    text = "Nicaragua said in November 2021 that it would withdraw from the Organization of American States."
    assert parties_of_type(code(text), "SANCTION") == ({"NIC"}, {"IGO-OAS"})
