"""Who is source and target, sixteenth session (issue 9; roles6): an unnamed doer of force (a gunman, a suicide
bomber, hijackers, one of a group) in a sentence that names one country only is of that country, whoever the
victims are; an unnamed crowd protesting against an organ of the one country the sentence names is that country's
people. Sentences written for these tests (true events, the project's own words), through the real pipeline; the
look-alikes that name a second country keep what they had."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type

# ---- an unnamed doer of force, of the one country the sentence names (roles.json `lone_doer_nouns`) -----------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # a journalist, not a leader, is the victim
        (
            "A gunman killed the Mexican journalist Javier Valdez outside his office in Culiacan in May 2017.",
            "MEX",
        ),
        # plural doers, with the victims named by the place of the deed only
        ("Gunmen killed 20 people at the Radisson Blu hotel in Bamako in November 2015.", "MLI"),
        # one of a group, through a partitive (`partitive_heads`, `member_nouns`)
        (
            "One of his own police guards shot dead the Pakistani governor Salman Taseer in Islamabad in "
            "January 2011.",
            "PAK",
        ),
    ],
)
def test_roles_unnamed_doer_of_force_is_of_the_one_country_named(code: Code, text: str, state: str) -> None:
    source, target = parties_of_type(code(text), "ASSAULT")
    assert source == {state}
    assert target == {state}


def test_roles_one_unnamed_doer_hitting_a_place_only_is_of_the_place(code: Code) -> None:
    # one attacker whose victims are named by the place alone is of the place's country, as the project's blind
    # sets 4-10 code such doers (changed in the twentieth session, roles10; see test_roles_twentieth.py)
    source, _ = parties_of_type(
        code("A suicide bomber killed 22 people at a concert in Manchester in May 2017."), "ASSAULT"
    )
    assert source == {"GBR"}


def test_roles_unnamed_doer_with_a_second_country_named_is_not_the_victims(code: Code) -> None:
    # the doer comes from another country and the victims are of a third: no one is given the place's country
    source, _ = parties_of_type(
        code("A gunman from Tunisia killed two Swedish football fans in Brussels in October 2023."), "ASSAULT"
    )
    assert "BEL" not in source
    assert "SWE" not in source


# ---- an unnamed crowd against an organ of the one country named (roles.json `seat_sectors`) --------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "Hundreds of students occupied the chamber of Kenya's parliament in June 2024.",
            "KEN",
            id="named_once",
        ),
        # the resolver gives "the parliament of Serbia" and "... in Belgrade" as two mentions of one country
        pytest.param(
            "Hundreds of protesters stormed the parliament of Serbia in Belgrade in July 2020.",
            "SRB",
            id="named_twice_with_its_capital",
        ),
    ],
)
def test_roles_crowd_against_an_organ_of_the_one_country_named(code: Code, text: str, country: str) -> None:
    assert parties_of_type(code(text), "PROTEST") == ({country}, {country})


def test_roles_crowd_against_a_foreign_mission_stays_of_the_place(code: Code) -> None:
    # the embassy is Sweden's, the place Iraq's: the crowd is not Swedish
    source, target = parties_of_type(
        code("Protesters stormed the Swedish embassy in Baghdad in July 2023."), "PROTEST"
    )
    assert "SWE" not in source
    assert "SWE" in target


# ---- the maker of a weapon named in the "by" phrase of a participle on it is the doer --------------------------


def test_roles_maker_of_the_weapon_is_the_doer(code: Code) -> None:
    text = "Bombs planted by militants exploded on four commuter trains in Madrid in March 2004, killing 191 people."
    assert parties_of_type(code(text), "ASSAULT")[0] == {"ESP"}


def test_roles_weapon_with_no_maker_names_no_doer(code: Code) -> None:
    text = "A bomb exploded at a market in Baghdad in July 2021, killing more than 30 people."
    assert not parties_of_type(code(text), "ASSAULT")[0]
