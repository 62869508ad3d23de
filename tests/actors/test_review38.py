"""A firm's one-word name before a word that is no English word is the firm when the tagger does not read the two as
one person (review38, on names38's given-name reading of firms: "Lotte Lenya" is a person, "Hyundai Rotem" and
"Gazprom Neft" are the firms' units). Each case fails on main 7c886eff."""

from __future__ import annotations

import pytest

from .helpers import Resolve


@pytest.mark.parametrize(
    ("date", "text", "name", "code"),
    [
        (
            "2022-08-26",
            "Poland signed a contract with Hyundai Rotem for K2 tanks in August 2022.",
            "Hyundai",
            "KOR",
        ),
        ("2020-01-01", "Gazprom Neft is an oil company based in Saint Petersburg.", "Gazprom", "RUS"),
    ],
)
def test_a_firms_name_before_its_units_name_is_the_firm(
    actors: Resolve, date: str, text: str, name: str, code: str
) -> None:
    assert {m.code for m in actors(text, date) if m.text == name} == {code}


@pytest.mark.parametrize(
    ("date", "text", "name"),
    [
        (
            "2015-02-28",
            "Putin's critic Boris Nemtsov was shot dead near the Kremlin in February 2015.",
            "Boris Nemtsov",
        ),
        (
            "2024-01-31",
            "Putin's adversary Boris Nadezhdin collected signatures for his candidacy in January 2024.",
            "Boris Nadezhdin",
        ),
    ],
)
def test_another_sides_noun_in_the_singular_lends_nothing(
    actors: Resolve, date: str, text: str, name: str
) -> None:
    # names38's `not_self_nouns` ("critics", "adversaries", "enemies") read in the singular too: the person the
    # possessive names does not lend its code to a critic or an adversary of his
    assert {m.code for m in actors(text, date) if m.text == name} <= {None}
