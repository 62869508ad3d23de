"""Actors the resolver reads in the seventeenth session (issue 9; roles7): a region's adjective before a plural
noun of those who speak for states names the region's organisation ("West African leaders" are ECOWAS, "Arab
foreign ministers" the Arab League; resolver.json `regional_groups`), not some of its states ("other African
leaders") and not one state whose adjective looks alike ("the Central African president"). Sentences written for
these tests (true events, the project's own words)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "West African leaders imposed sanctions on Mali in January 2022.",
            "West African leaders",
            "IGO-ECOWAS",
        ),
        (
            "Southern African leaders approved a regional force for Mozambique in June 2021.",
            "Southern African leaders",
            "IGO-SADC",
        ),
        # a region's words that one state's adjective alias would match whole
        (
            "Central African leaders suspended Gabon from their regional bloc in September 2023.",
            "Central African leaders",
            "IGO-ECCAS",
        ),
        # a title's other words between the adjective and the plural noun
        ("Arab foreign ministers met in Cairo in March 2023.", "Arab foreign ministers", "IGO-ARL"),
        ("African heads of state met in Addis Ababa in February 2023.", "African heads of state", "IGO-AU"),
    ],
)
def test_resolve_regional_group_is_its_organisation(
    actors: Resolve, text: str, words: str, code: str
) -> None:
    found = [m for m in actors(text) if m.text == words]
    assert found and found[0].code == code, actors(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # some of the region's states, counted or set apart, are not its organisation
        (
            "Nigeria's president Bola Tinubu and other West African leaders met in Abuja in December 2023.",
            "West African leaders",
        ),
        ("Russia hosted more than 40 African leaders in Sochi in October 2019.", "African leaders"),
    ],
)
def test_resolve_some_of_a_regions_states_are_no_group(actors: Resolve, text: str, words: str) -> None:
    assert not [m for m in actors(text) if m.code.startswith("IGO") and words in m.text], actors(text)


def test_resolve_one_states_regional_adjective_stays_that_state(actors: Resolve) -> None:
    # a singular office keeps the state's adjective alias
    found = [
        m
        for m in actors(
            "The Central African president Faustin-Archange Touadera won a second term in December 2020."
        )
        if "Central" in m.text
    ]
    assert found and found[0].code == "CAF"
