"""Mutinies and the doers of protests beyond the word lists, forty-seventh session (issue 9, strike47; probes
benchmarks/probes/strike47-1.json).

- A verb of rebellion (WordNet's class, by its first sense: mutiny, revolt, rebel) that no lexicon line reads is its
  doers' dissent, PROTEST 140, whoever the doers are: crews, garrisons and regiments as well as crowds
  (triggers.Triggers._rebellion; coder_words.json `rebellion_senses`).
- The doers of a protest are people, whatever their noun: a plural subject that names no party, no event and no
  thing or armed or police force is a collective of the place where the protest is done (parties._protest_people).
- A protest named by a noun with an article in an "in" or "with" phrase of a verb is the deed of that verb's doers
  ("shut the schools with a walkout", "quit work in a general strike"; parties._protest_told_by).
- Look-alikes keep theirs: troops marching in a parade, an air strike, a strike ended.

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russian sailors of the battleship Potemkin mutinied off Odessa in June 1905.", "RUS"),
        ("Indian ratings of the Royal Indian Navy mutinied in Bombay in February 1946.", "IND"),
        ("Kenyan soldiers at Lanet revolted against their British officers in January 1964.", "KEN"),
    ],
)
def test_strike47_rebellion_is_dissent(code: Code, text: str, source: str) -> None:
    some_event(code, text, "PROTEST", "140", source, None)


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        ("Thousands of women rallied in Reykjavik on 24 October 1975 to demand equal pay.", "141", "ISL"),
        (
            "Thousands of grape pickers marched through Sacramento, California, on 10 April 1966 to demand a union "
            "contract.",
            "141",
            "USA",
        ),
    ],
)
def test_strike47_protest_doers_beyond_the_lists(code: Code, text: str, cameo: str, source: str) -> None:
    some_event(code, text, "PROTEST", cameo, source, None)


@pytest.mark.parametrize(
    "text",
    [
        "Soviet troops marched through Red Square on 24 June 1945 in the Victory Parade.",
        "Israeli warplanes struck an Egyptian airbase in the Sinai in June 1967.",
        "British miners ended their year-long strike in March 1985.",
    ],
)
def test_strike47_look_alikes_are_no_protest(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


def test_strike47_protest_noun_of_the_doers_verb(code: Code) -> None:
    some_event(
        code,
        "Thousands of teachers in Arizona marked 26 April 2018 with a walkout over pay.",
        "PROTEST",
        "143",
        "USA",
        None,
    )


def test_strike47_strike_threatened_is_no_protest(code: Code) -> None:
    no_event(
        code,
        "The Triple Alliance of British miners, railwaymen and transport workers threatened the government with a "
        "general strike in April 1921.",
        "PROTEST",
    )
