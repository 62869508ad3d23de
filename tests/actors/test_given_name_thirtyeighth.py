"""A place's name before a second capitalised word, read again (report38, report37's left list).

1. "Georgia Hart": a surname that is an English word kept the place (Georgia, GEO), since "Hart" could be the
   second word of a firm's or an outlet's name ("Georgia Power", "Russia Today"). With a sign of a person (a
   title or honorific before the two, "who" after them, the surname alone later in the text) the place is
   a given name now; "Georgia Power said ..." keeps its place.
2. "Turkey sold Azerbaijan Bayraktar drones": the tagger took "Azerbaijan Bayraktar" for a PERSON and the
   receiver was dropped. A name and a proper noun that together premodify a plural noun, with no determiner
   before them, are a receiver and a product's name.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


def _codes(actors: Resolve, text: str, date: str = "2021-09-30") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in actors(text, date):
        found.setdefault(m.text, set()).add(m.code)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Georgia Hart, who hosts the programme, asked the first question.",
        "Ms Georgia Hart said the talks had gone well.",
        "The journalist Georgia Hart opened the debate on Monday.",
        "Georgia Hart presented the programme on Monday. Hart said the talks had gone well.",
        "Jordan Bell, who teaches at the university, disagreed with the minister.",
        "Georgia Hart opened the debate, and the minister answered Hart at length.",
    ],
)
def test_a_place_before_an_english_surname_with_a_sign_of_a_person_is_no_place(
    actors: Resolve, text: str
) -> None:
    first = text.split("journalist ")[-1].split("Ms ")[-1].split()[0]
    found = _codes(actors, text)
    assert not any(t.startswith(first) for t in found), found


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # no sign of a person: the second word may name a firm or an outlet of the place
        ("Georgia Power said the storm had cut supplies to Tbilisi.", "Georgia", "GEO"),
        ("Russia Today reported the strike on Monday.", "Russia", "RUS"),
        ("Jordan Times said the talks had failed.", "Jordan", "JOR"),
        # "which" is no person's relative pronoun
        ("Georgia Hart, which opened in 2020, closed in May.", "Georgia", "GEO"),
        # the second word again, but after the first each time: no surname used alone
        ("Georgia Power raised prices. Georgia Power said costs had risen.", "Georgia", "GEO"),
        # "House" again, but inside another name: no surname, and "U.S." is no given name (blind set 5)
        ("The U.S. House of Representatives questioned a White House aide in 1998.", "U.S. House", "USA"),
        # a document's name: "Declaration" again on its own is no surname (examples/corpus 14)
        (
            "Aliyev and Putin signed a Declaration on Allied Interaction in 2022. It balanced the Shusha "
            "Declaration that Aliyev signed with Turkey in 2021.",
            "Shusha",
            "AZE",
        ),
    ],
)
def test_a_place_before_an_english_word_without_a_sign_of_a_person_keeps_its_place(
    actors: Resolve, text: str, name: str, code: str
) -> None:
    found = _codes(actors, text)
    assert code in {c for t, codes in found.items() if t.startswith(name) for c in codes}, found


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Turkey sold Azerbaijan Bayraktar drones in 2020.", "Azerbaijan", "AZE"),
        ("Israel sold Azerbaijan Harop drones in 2016.", "Azerbaijan", "AZE"),
        ("France sold Egypt Rafale jets in 2015.", "Egypt", "EGY"),
    ],
)
def test_a_receiver_before_a_products_name_keeps_its_code(
    actors: Resolve, text: str, name: str, code: str
) -> None:
    found = _codes(actors, text)
    assert code in {c for t, codes in found.items() if t.startswith(name) for c in codes}, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's name before a plural noun, after a determiner: no receiver
        ("The Jordan Peterson interviews drew large audiences.", "Jordan"),
        # a person's name with no noun after it
        ("Paris Hilton arrived in Baku on Monday.", "Paris"),
    ],
)
def test_a_persons_name_before_a_noun_stays_a_persons(actors: Resolve, text: str, name: str) -> None:
    found = _codes(actors, text)
    assert not any(t.startswith(name) for t in found), found
