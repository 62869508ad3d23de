"""Firms whose names are English words (names39, issue 9, thirty-ninth session).

Shell, Total and Apple are firms only in a firm's context: an entry's `context` words (company, shares, oil,
refinery, petrol, stations, plant, statement, iPhone ...) somewhere in the match's sentence, and not as the word that
opens a sentence before a lower-case noun of no firm ("Total casualties", "Apple growers", "Shell fire"). Before,
firms.json left them out (the word readings were the only ones). Shell is British before the unification of 20 July
2005, Dutch while Royal Dutch Shell plc was seated in The Hague, British again from 31 January 2022.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve, codes_on


@pytest.mark.parametrize(
    ("date", "text", "word", "found"),
    [
        (
            "1995-06-20",
            "Motorists in Germany boycotted Shell petrol stations in June 1995.",
            "Shell",
            [("GBR", "BUS")],
        ),
        (
            "2011-08-03",
            "Shell accepted liability for two oil spills in the Niger Delta.",
            "Shell",
            [("NLD", "BUS")],
        ),
        ("2023-02-02", "Shell said in a statement that its profits had doubled.", "Shell", [("GBR", "BUS")]),
        ("2009-01-28", "Workers at Total's refinery in Lincolnshire walked out.", "Total", [("FRA", "BUS")]),
        (
            "2019-05-01",
            "Apple shares fell after the company warned of weak iPhone sales.",
            "Apple",
            [("USA", "BUS")],
        ),
        # look-alikes: the words
        ("1916-11-18", "Total casualties at the Somme passed a million.", "Total", []),
        ("2019-11-08", "Apple growers in Kashmir lost their crop to early snow.", "Apple", []),
        ("1915-03-18", "Shell fire from the forts damaged the battleship.", "Shell", []),
        # a firm's name on a noun of a place says where
        ("1962-12-08", "Rebels attacked the Shell oil town of Seria in Brunei.", "Shell", []),
        # no firm's context in the sentence
        (
            "1941-12-10",
            "The Japanese sank the Prince of Wales and the Repulse off Malaya; Total losses were heavy.",
            "Total",
            [],
        ),
    ],
)
def test_firms_named_by_words(
    actors: Resolve, date: str, text: str, word: str, found: list[tuple[str, str | None]]
) -> None:
    assert codes_on(actors, text, date, word) == found


def test_a_firms_possessive_on_a_unit_of_another_state_is_only_its_owner(actors: Resolve) -> None:
    # "Shell's Nigerian subsidiary" is Nigerian (the sets code it NGA); the firm owns it, as "the Russian UN envoy"
    # is Russian and the UN only the forum
    text = "A Dutch appeals court ordered Shell's Nigerian subsidiary to compensate farmers for oil spills."
    assert codes_on(actors, text, "2021-01-29", "Shell") == []
    assert codes_on(actors, text, "2021-01-29", "Nigerian") == [("NGA", None)]
    # look-alike: the firm's own people
    text = "Shell's chief executive said the company would leave the venture."
    assert codes_on(actors, text, "2022-02-28", "Shell") == [("GBR", "BUS")]
