"""Three small readings of names (names38, issue 9, the left list of actors37 and factkb37).

1. "Franco-Prussian", "Franco-German": "Franco" is the surname alias of a person named only with a title; a match
   that codes nothing no longer holds the word, so the combining form names France (before: no FRA).
2. A one-word name that is an English word, opening a sentence and joined by "and"/"or" to a lower-case word, is
   that word: "Diet and exercise ..." is no Japanese parliament (before: JPN LEG).
3. A firm's one-word name is a given name before a surname as a state's is: "Lotte Lenya sang" is no Korean firm
   (before: KOR BUS). "Lotte supermarkets", "Fiat bought Chrysler" keep the firm.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


def _codes(actors: Resolve, text: str, date: str) -> set[tuple[str | None, str]]:
    return {(m.code, m.text) for m in actors(text, date)}


@pytest.mark.parametrize(
    ("date", "text", "form"),
    [
        ("1963-01-22", "De Gaulle and Adenauer signed the Franco-German treaty in Paris.", "Franco-German"),
        (
            "1870-07-19",
            "The Franco-Prussian war began when France declared war on Prussia.",
            "Franco-Prussian",
        ),
    ],
)
def test_franco_before_an_adjective_names_france(actors: Resolve, date: str, text: str, form: str) -> None:
    assert ("FRA", form) in _codes(actors, text, date)


def test_franco_the_general_is_not_france(actors: Resolve) -> None:
    found = _codes(actors, "General Franco rose against the Republic in July 1936.", "1936-07-18")
    assert not any(code == "FRA" for code, _ in found)


@pytest.mark.parametrize(
    ("date", "text", "word"),
    [
        ("2019-05-01", "Diet and exercise reduce the risk of heart disease.", "Diet"),
        # (the bird: the state's own veto words, kept)
        (
            "2019-11-28",
            "Turkey and stuffing are served at Thanksgiving dinners in the United States.",
            "Turkey",
        ),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_name(
    actors: Resolve, date: str, text: str, word: str
) -> None:
    assert not any(t == word for _, t in _codes(actors, text, date))


@pytest.mark.parametrize(
    ("date", "text", "name", "code"),
    [
        ("2016-11-24", "Japan's Diet and the cabinet disagreed over the budget.", "Diet", "JPN"),
        ("2016-11-24", "The Diet and the cabinet disagreed over the budget.", "Diet", "JPN"),
        ("2016-12-29", "Turkey and Russia agreed on a ceasefire in Syria.", "Turkey", "TUR"),
        # a state's name keeps its code before a lower-case noun too (its vetoes decide, not the opening rule)
        ("2022-02-24", "Japan and allies imposed sanctions on Russia.", "Japan", "JPN"),
        ("2021-03-18", "China and the United States traded accusations in Anchorage.", "China", "CHN"),
        ("2022-02-28", "Shell and BP left Russia after the invasion of Ukraine.", "BP", "GBR"),
    ],
)
def test_names_joined_to_names_keep_their_code(
    actors: Resolve, date: str, text: str, name: str, code: str
) -> None:
    assert any(c == code and name in t for c, t in _codes(actors, text, date))


@pytest.mark.parametrize(
    ("date", "text"),
    [
        ("1928-08-31", "Lotte Lenya sang in Berlin."),
        ("1926-09-24", "The animator Lotte Reiniger made The Adventures of Prince Achmed in Berlin."),
    ],
)
def test_a_firms_name_as_a_given_name_is_no_firm(actors: Resolve, date: str, text: str) -> None:
    assert not any(code == "KOR" for code, _ in _codes(actors, text, date))


@pytest.mark.parametrize(
    ("date", "text", "name", "code"),
    [
        ("2017-03-07", "China closed Lotte supermarkets after Seoul agreed to deploy THAAD.", "Lotte", "KOR"),
        ("2014-01-21", "Fiat bought the rest of Chrysler.", "Fiat", "ITA"),
    ],
)
def test_a_firms_name_before_a_noun_or_alone_is_the_firm(
    actors: Resolve, date: str, text: str, name: str, code: str
) -> None:
    assert (code, name) in _codes(actors, text, date)
