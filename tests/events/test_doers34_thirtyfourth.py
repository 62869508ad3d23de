"""Doers named by a collective noun the role lists did not know, thirty-fourth session (issue 9, doers34): mobs,
suffragettes, volunteers, followers, workmen and railwaymen, tribesmen, warriors, horsemen, raiders, looters,
militiamen and vigilantes, and "schoolchildren", which the lemmatizer leaves plural. With no nationality and no
party of their own they are people of the country where the deed is done (`roles.json` `collective_sectors`, read
by `parties.collective_at_home`). Sentences written for these tests (true events, the project's own words), through
the real pipeline; each case fails on the main before the change (the deed had no source), and the look-alike keeps
what it had."""

from __future__ import annotations

import pytest

from .helpers import Code


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A mob set fire to the British embassy in Jakarta in September 1963.", ("IDN", "CVL")),
        ("Hundreds of schoolchildren marched through Soweto in June 1976.", ("ZAF", "EDU")),
        ("Hundreds of volunteers broke the curfew in Johannesburg in June 1952.", ("ZAF", "CVL")),
        (
            "Suffragettes chained themselves to the railings of Downing Street in January 1908.",
            ("GBR", "CVL"),
        ),
        ("Tribesmen attacked the police station at Naivasha in central Kenya in March 1953.", ("KEN", "REB")),
        ("Warriors ambushed a police patrol in Natal in April 1906.", ("ZAF", "REB")),
        ("Horsemen raided villages in Darfur in 2003.", ("SDN", "REB")),
        ("Raiders burned villages in Punjab province in August 1947.", ("IND", "REB")),
        ("Looters ransacked shops in Los Angeles in April 1992.", ("USA", "REB")),
        ("Vigilantes attacked opposition supporters in Harare in 2008.", ("ZWE", "REB")),
    ],
)
def test_doers34_unnamed_collective_of_older_and_movement_nouns_is_of_the_place(
    code: Code, text: str, doer: tuple[str, str]
) -> None:
    events = code(text)
    assert events, text
    assert {(a.code, a.sector) for a in events[0].source} == {doer}, events[0]


def test_doers34_visitors_stay_no_collective_of_the_place(code: Code) -> None:
    # (tourists are often another country's where they are: never a collective of the place)
    assert all(not e.source for e in code("Thousands of tourists visited Paris in 1925.")), code(
        "Thousands of tourists visited Paris in 1925."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops moved against Chechen forces in December 1994.",
        "Chinese troops moved against Tibetan forces at Chamdo in October 1950.",
    ],
)
def test_doers34_forces_moved_against_a_foe_of_their_own_country_attack_it(code: Code, text: str) -> None:
    # (a phrase naming the other side, "against <people> forces", is no ground of their own country moved into: no
    # deployment at home, data conflict.json `foe_preps`; before, the peoples' forces coded like the state's own
    # made the move a mobilisation)
    events = code(text)
    assert [(e.event, e.cameo) for e in events] == [("ASSAULT", "190")], events


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Railwaymen stopped work across Britain in September 1919.", ("GBR", "LAB")),
    ],
)
def test_doers34_sentence_initial_collective_the_tagger_takes_for_a_name(
    code: Code, text: str, doer: tuple[str, str]
) -> None:
    # (a plural people noun first in the sentence may be tagged a proper noun with itself as lemma: it is read from
    # its lower-case form, `parties._people_lemma`)
    events = code(text)
    assert events and {(a.code, a.sector) for a in events[0].source} == {doer}, events
