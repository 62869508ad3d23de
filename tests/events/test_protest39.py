"""Protests the coder missed, thirty-ninth session (issue 9, protest39; probes benchmarks/probes/protest39-1.json).

- A protest told as the subject of a verb of happening ("rioting broke out", "unrest spread", "disturbances flared")
  is the subject's deed (verbs.txt, protest39 group).
- An unnamed crowd protesting in a clause of its own is of the one country the sentence names as a place, however
  deep the place phrase hangs, when the sentence names no other country (parties.collective_at_home); youths and
  pickets are collectives (roles.json collective_sectors).
- A crowd of civilians defying a ban or a law demonstrates (141); a parliament or a state keeps 128
  (coder_words.json defiance_codes).
- A "to" clause on a noun of purpose ("in a bid to", "in an effort to") is no frame's complement (match.complement;
  coder_words.json purpose_phrase_nouns).
- A participle of feeling on the doers ("protesters angered by ...") is no stance of its own (triggers._felt).

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Rioting broke out in Birmingham in September 1985.", "145"),
        ("Disturbances flared in Liverpool in July 1981 after police arrested a young black man.", "145"),
        ("Unrest spread to Lyon and Toulouse in November 2005.", "140"),
    ],
)
def test_protest39_protest_noun_subject_of_happening(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "PROTEST", cameo, None, None)


@pytest.mark.parametrize(
    "text",
    [
        # (protest39 happening look alikes)
        "Fire broke out in the roof of Notre-Dame cathedral in April 2019.",
        "An epidemic of cholera spread through Haiti in October 2010.",
        # (protest39 members of a union of states strike not)
        # a union of states named after "members of" is no trade union: leaving the summit, no strike (review39)
        "Members of the African Union walked out of the summit.",
        "Members of the European Union walked out of the summit.",
    ],
)
def test_protest39_look_alikes_are_no_protest(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # protest39 crowd of a deep place
        (
            "Youths angered by the killing of a teenager at a traffic stop torched cars and attacked town halls "
            "across France in June 2023.",
            "PROTEST",
            "145",
            "FRA",
            None,
            (),
        ),
        # protest39 parliament defiance stays rejection
        (
            "Russia's parliament defied President Boris Yeltsin's decree dissolving it in September 1993.",
            "REJECT",
            "128",
            None,
            None,
            ("PROTEST",),
        ),
        # protest39 purpose phrase is no complement
        (
            "Hundreds of Kurdish prisoners in Turkey began refusing food in a bid to force the government to end "
            "the isolation of Abdullah Ocalan in 2019.",
            "PROTEST",
            "142",
            None,
            None,
            ("REJECT",),
        ),
        # protest39 feeling verb finite keeps its reading
        ("The decision angered Beijing in May 2020.", "ACCUSE", "110", None, None, ()),
        # protest39 members of an armed group keep force
        (
            "Members of Hamas attacked an Israeli army post near Gaza in June 2006.",
            "ASSAULT",
            None,
            None,
            None,
            ("PROTEST",),
        ),
        # protest39 general strike paralysing a country
        ("A general strike paralysed Nepal in April 2006.", "PROTEST", "143", None, None, ()),
    ],
)
def test_protest39_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


def test_protest39_crowd_place_not_taken_when_another_country_is_named(code: Code) -> None:
    # (the river Niger is no second place of the crowd; the crowd protests at the seat of Mali's state)
    events = code(
        "Thousands of opposition supporters marched on the National Assembly in Bamako in July 2020, "
        "blocking bridges over the Niger."
    )
    assert all("NER" not in {a.code for a in e.source} for e in events if e.event == "PROTEST"), events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Thousands of Burmese students defied martial law in Rangoon in August 1988.", "MMR"),
        ("Thousands of Chileans defied the state of siege in Santiago in May 1983.", "CHL"),
    ],
)
def test_protest39_crowd_defiance_is_a_demonstration(code: Code, text: str, source: str) -> None:
    some_event(code, text, "PROTEST", "141", source, None, absent=("REJECT",))


@pytest.mark.parametrize(
    "text",
    [
        "Crowds angered by the arrest of Imran Khan stayed in the streets of Lahore through the night in May 2023.",
        "Angered by the arrest of Imran Khan, his supporters stayed in the streets of Lahore through the night in May 2023.",
    ],
)
def test_protest39_feeling_participle_on_doers(code: Code, text: str) -> None:
    no_event(code, text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # members of a union are its people: "walk out" by labour is a strike, not leaving a body (164)
        ("Members of the Chicago Teachers Union walked out of schools in Chicago in September 2012.", "USA"),
        # workers striking a workplace (the union's name ends in its people's plural)
        (
            "Members of the United Steelworkers struck the mills of U.S. Steel in Pittsburgh in July 1959.",
            None,
        ),
    ],
)
def test_protest39_members_of_a_union_strike(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "PROTEST", "143", source, None, absent=("SANCTION", "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a military strike that cripples or paralyses is force, no walkout (review39)
        ("A Russian missile strike crippled the power plant in Kharkiv.", None),
        ("The American strike paralysed Iraq's air defences.", None),
    ],
)
def test_protest39_military_strike_of_happening_is_no_walkout(
    code: Code, text: str, cameo: str | None
) -> None:
    some_event(code, text, "ASSAULT", cameo, None, None, absent=("PROTEST",))
