"""Names of places and buildings (names39, issue 9, thirty-ninth session).

A capital's, a seat's or a person's name before a capitalised noun of a place (`facility_nouns`: Station, Street,
Avenue, Bridge, Stadium, Dock ...) names that place: a person's name names no person ("Lahore's Gaddafi Stadium" is
not Libya's leader), a capital's name names where, not the government ("London Bridge": GBR with no sector, was
GOV), and a place the text puts in a city of another state is not the capital's state ("Bombay's Victoria Dock",
"Victoria Station in London": not the Seychelles). Look-alikes: palaces and seats of power, a capital acting, the
person named alone.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve, codes_on


@pytest.mark.parametrize(
    ("date", "text", "word"),
    [
        ("1944-04-14", "Two ships blew up in Bombay's Victoria Dock on 14 April 1944.", "Victoria"),
        (
            "1971-10-05",
            "Emperor Hirohito arrived at Victoria Station in London on 5 October 1971.",
            "Victoria",
        ),
        ("2009-03-03", "Gunmen attacked a bus near Lahore's Gaddafi Stadium on 3 March 2009.", "Gaddafi"),
        ("2011-01-14", "Protesters filled Habib Bourguiba Avenue in Tunis on 14 January 2011.", "Habib"),
    ],
)
def test_no_actor_of_a_named_place(actors: Resolve, date: str, text: str, word: str) -> None:
    assert codes_on(actors, text, date, word) == []


@pytest.mark.parametrize(
    ("date", "text", "word", "found"),
    [
        ("2017-06-03", "Three men drove a van into people on London Bridge.", "London", [("GBR", None)]),
        ("1921-11-04", "A railway worker stabbed the Premier at Tokyo Station.", "Tokyo", [("JPN", None)]),
        # look-alikes: a seat of power, a capital acting, the person named alone
        ("1990-01-01", "The Elysee Palace said France would send troops.", "Elysee", [("FRA", "GOV")]),
        ("1956-11-05", "Moscow warned Britain and France over Suez.", "Moscow", [("RUS", "GOV")]),
        (
            "1957-03-06",
            "Kwame Nkrumah led the Gold Coast to independence as Ghana.",
            "Kwame",
            [("GHA", "GOV")],
        ),
    ],
)
def test_names_of_places_and_look_alikes(
    actors: Resolve, date: str, text: str, word: str, found: list[tuple[str, str | None]]
) -> None:
    assert codes_on(actors, text, date, word) == found
