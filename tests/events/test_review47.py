"""Look-alikes narrowed by the forty-seventh session's review (review47, issue 9). Sentences written for these tests,
true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # a worker, an employee or an official fired is dismissed: no shelling (194)
        "In 1981 Ronald Reagan fired the striking air traffic controllers.",
        "In 1981 Ronald Reagan fired eleven thousand air traffic controllers.",
        "In 1993 Boris Yeltsin fired his defence minister.",
    ],
)
def test_a_worker_or_an_official_fired_is_dismissed(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT", "FIGHT")


def test_guns_fired_stay_a_shelling(code: Code) -> None:
    some_event(
        code,
        "In 1991 the Iraqi army fired its artillery at the Saudi town of Khafji.",
        "ASSAULT",
        None,
        None,
        None,
    )


def test_fire_on_strikers_stays_repression(code: Code) -> None:
    some_event(
        code,
        "In 1905 the troops fired on the striking workers in St Petersburg.",
        "ASSAULT",
        "175",
        None,
        None,
    )


def test_a_verb_of_rebellion_with_an_object_is_no_dissent(code: Code) -> None:
    # "revolt" with an object disgusts (WordNet's other sense): no mutiny, no dissent
    no_event(
        code, "In 1993 the pictures of the dead soldiers in Mogadishu revolted American viewers.", "PROTEST"
    )


def test_a_mutiny_stays_dissent(code: Code) -> None:
    some_event(
        code, "In 1917 French soldiers mutinied along the Western Front.", "PROTEST", "140", "FRA", None
    )


@pytest.mark.parametrize(
    "text",
    [
        # people of unnamed kind who march on a holiday commemorate it: no protest
        "In 1989 the veterans marched through Moscow on Victory Day.",
        "In 1995 the veterans marched through Paris on Bastille Day.",
    ],
)
def test_a_festive_march_of_people_of_unnamed_kind_is_none(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


def test_a_march_of_people_of_unnamed_kind_stays(code: Code) -> None:
    some_event(
        code,
        "In 1995 the mothers of soldiers marched through Moscow against the war in Chechnya.",
        "PROTEST",
        "141",
        "RUS",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a protest the cut set off is no pressure it yielded to
        "In 1977 Egypt cut food subsidies, setting off two days of riots in Cairo.",
        "In 1989 Jordan cut fuel subsidies, and riots broke out in Maan.",
    ],
)
def test_a_cut_that_set_off_riots_is_no_concession(code: Code, text: str) -> None:
    no_event(code, text, "CONCEDE")


def test_a_cut_after_riots_stays_a_concession(code: Code) -> None:
    some_event(
        code,
        "In 1981 the Polish government lowered the price of meat after a wave of strikes.",
        "CONCEDE",
        "0832",
        "POL",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # forces sent to fight under the enemy's fire or guns aid no one
        "In 1915 Australia sent troops to fight under Turkish fire at Gallipoli.",
        "In 1919 Britain sent troops to fight under the Bolsheviks' guns at Archangel.",
    ],
)
def test_forces_sent_under_enemy_fire_give_no_aid(code: Code, text: str) -> None:
    no_event(code, text, "AID")


def test_forces_sent_under_an_allys_command_stay_aid(code: Code) -> None:
    some_event(code, "In 1975 Cuba sent troops to fight under Angolan command.", "AID", "072", "CUB", "AGO")


def test_a_march_in_a_parade_with_no_party_is_none(code: Code) -> None:
    # a march told in a parade, its doers uncoded, is no protest kept without parties
    no_event(code, "In 1995 the veterans marched across Red Square in the Victory Day parade.", "PROTEST")
