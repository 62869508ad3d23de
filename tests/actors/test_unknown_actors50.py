"""Actors no pack names (issue 9, fiftieth session: actors50; `actors/unknown.py`, `actors/data/unknown.json`).

A firm by its legal form (the countries of the form's law, from cleanco's table) or by an apposition that names its
country; a party by its members or by a name ending in "Party", of the one country the sentence names; a name opened
by a country's own-language adjective ("Danske Bank"). Look-alikes: a form of English-speaking law in a sentence of
another country, a name with a country already before it, a party family before a proper name, a sentence of two
countries.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


def _on(actors: Resolve, text: str, word: str) -> list[tuple[str, str | None]]:
    at = text.index(word)
    return [
        (m.code, m.sector) for m in actors(text, "2015-06-01") if m.role == "actor" and m.start <= at < m.end
    ]


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        # firms by their legal form
        ("Hochtief AG turned down the offer on Tuesday.", "Hochtief", [("DEU", "BUS")]),
        ("Trelleborg AB agreed to pay the fine.", "Trelleborg", [("SWE", "BUS")]),
        ("Kesko Oyj closed forty shops.", "Kesko", [("FIN", "BUS")]),
        ("Pinnacle Foods Inc accepted the bid.", "Pinnacle", [("USA", "BUS")]),
        ("Wartburg Motors GmbH sued the Austrian government.", "Wartburg", [("AUT", "BUS")]),
        # a form of English-speaking law in a sentence of another country, or a firm with its country before it
        ("Sharp Corp agreed to sell a majority stake to a Taiwanese group.", "Sharp", []),
        ("Sweden's Saab AB signed the contract with Brazil.", "Saab", []),
        # firms by an apposition that names their country
        ("Roche Holding, the Swiss drugmaker, bought the laboratory.", "Roche", [("CHE", "BUS")]),
        # parties by their members or their name, of the one country of the sentence
        ("The Social Democrats walked out of the Austrian coalition.", "Social", [("AUT", "PTY")]),
        ("Tory rebels voted against the budget.", "Tory", [("GBR", "LEG")]),
        ("Communist guerrillas ambushed a Greek army convoy.", "Communist", [("GRC", "REB")]),
        # (a creed's "rebels" are armed, a parliamentary family's sit in a chamber; review50)
        ("Communist rebels attacked a police post in the Philippines.", "Communist", [("PHL", "REB")]),
        ("Hungary's president met leaders of the opposition Jobbik Party.", "Jobbik", [("HUN", "PTY")]),
        # a party family before a proper name, a sentence of two countries
        ("The Labour Day parade in Toronto was cancelled.", "Labour", []),
        ("Socialists in France and Spain denounced the budget rules.", "Socialists", []),
        # a side of a civil war by its creed stands alone in a sentence of the other country
        ("Royalists seized the port as French warships stood offshore.", "Royalists", []),
        # a name opened by a country's own-language adjective
        ("Danske Bank admitted that its branch had laundered money.", "Danske", [("DNK", None)]),
        ("Traders sold the deutsche mark.", "deutsche", []),
    ],
)
def test_unknown_actors(actors: Resolve, text: str, word: str, found: list[tuple[str, str | None]]) -> None:
    assert _on(actors, text, word) == found


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        (
            "Lufthansa pilots walked out on Monday, forcing the airline to cancel 900 flights.",
            "airline",
            ["DEU"],
        ),
        ("Strikers shut two plants of General Motors, forcing the carmaker to talk.", "carmaker", ["USA"]),
        # no firm named before it; a noun heading a phrase of its own
        ("The company said on Monday that it would appeal.", "company", []),
        ("Lufthansa flew the group of seven ministers home.", "group", []),
    ],
)
def test_firm_anaphora(actors: Resolve, text: str, word: str, found: list[str]) -> None:
    at = text.index(word)
    assert [
        m.code for m in actors(text, "2015-06-01") if m.role == "coreference" and m.start <= at < m.end
    ] == found


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Opposition supporters blocked the main roads of Harare on Monday.", "Opposition", ["ZWE"]),
        (
            "Thailand's Election Commission disqualified the main opposition party's candidate.",
            "opposition",
            ["THA"],
        ),
        # two countries, a thing the opposition owns, a country already on it
        ("Opposition leaders in Serbia and Croatia condemned the deal.", "Opposition", []),
        ("Riot police in Minsk broke up an opposition rally.", "opposition", []),
        ("Belarus's opposition leader fled to Lithuania.", "opposition", []),
    ],
)
def test_opposition_of_sentence(actors: Resolve, text: str, word: str, found: list[str]) -> None:
    at = text.index(word)
    assert [
        m.code
        for m in actors(text, "2015-06-01")
        if m.kb_id is None and m.sector == "OPP" and m.start <= at < m.end
    ] == found
