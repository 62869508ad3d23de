"""Riots as a category, thirty-seventh session (issue 9, deeds37; probes benchmarks/probes/deeds37-1.json).

A deed of destruction or force (seize or damage property 171, unconventional violence 180, conventional
force 190) done by a crowd of civilians is a riot (145, the CAMEO codebook's "protest violently, riot";
PLOVER's PROTEST mode riot): protesters, crowds, many civilians of a collective, or people named by their nation in
the plural, as the subject, the passive's agent, or the subject of the verb the deed is joined to
(coder_words.json `riot_codes`, triggers._crowd_doers). Armed men, state's agents, one person, gunfire and the
demolition of a building (1712, COERCE) keep their readings. Each is checked on sentences written for these tests
(true statements about real events) through the real pipeline. A source or target left as None is not checked.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # people named by their nation, in the plural
        ("Thousands of Kenyans set fire to part of the parliament building in Nairobi in June 2024.", "KEN"),
        ("Young Algerians rampaged through the centre of Algiers in October 1988.", "DZA"),
        # ... also when the word has no plural form, counted by a number word
        ("Thousands of Chinese attacked the Japanese consulate in Shanghai in April 2005.", "CHN"),
        # civilians of a collective no 145 line names
        (
            "Thousands of people stormed the White House, the seat of Kyrgyzstan's parliament, in Bishkek in October 2020.",
            "KGZ",
        ),
        ("Mourners burned police cars in Tehran in September 2022 after the death of Mahsa Amini.", "IRN"),
        # the passive's agent (read so before too: kept as a guard of the voice)
        ("The Israeli embassy in Cairo was stormed by thousands of Egyptians in September 2011.", "EGY"),
    ],
)
def test_deeds37_crowd_violence_is_a_riot(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "PROTEST", "145", source, None)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a state's forces keep their force
        ("Russian soldiers set fire to houses in Samashki in April 1995.", "COERCE"),
        # a noun of a people named by an adjective is no crowd of that people
        ("Israeli settlers set fire to Palestinian homes in Huwara in February 2023.", "COERCE"),
        # one man is no crowd
        ("A Norwegian extremist opened fire on young people on the island of Utoya in July 2011.", "ASSAULT"),
        # gunfire is no riot
        (
            "Followers of David Koresh exchanged fire with federal agents near Waco in February 1993.",
            "ASSAULT",
        ),
        # a people named bare (no number, no word describing it) is the country's side or its fighters, no crowd
        ("The Americans attacked the Japanese fleet at Midway in June 1942.", "ASSAULT"),
        ("The British seized the Iranian tanker Grace 1 off Gibraltar in July 2019.", "COERCE"),
        ("Afghans ambushed Soviet convoys on the Salang highway in the 1980s.", "ASSAULT"),
        # a demolition is the destruction of property (1712), not a riot
        ("Hindu activists demolished the Babri mosque in Ayodhya in December 1992.", "COERCE"),
    ],
)
def test_deeds37_riot_look_alikes(code: Code, text: str, plover: str) -> None:
    events = some_event(code, text, plover, None, None, None, absent=("PROTEST",))
    assert events


def test_deeds37_demolition_is_1712(code: Code) -> None:
    some_event(
        code,
        "Israeli forces demolished Palestinian homes in Sur Baher in July 2019.",
        "COERCE",
        "1712",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a demand that is the purpose of a crowd's gathering is their rally (141): a "to" clause, a participle (the
        # second read so before too: kept as a guard of the participle)
        (
            "Tens of thousands of Slovaks turned out in Bratislava in March 2018 to demand an inquiry into the murder"
            " of the journalist Jan Kuciak.",
            "SVK",
        ),
        (
            "Thousands of Ukrainians camped in Kyiv's Independence Square in November 2004, demanding a rerun of the"
            " presidential election.",
            "UKR",
        ),
        # a people counted by a figure is a crowd too (review37: kept when a bare people stopped being one)
        (
            "About 250,000 Czechs massed on Letna Plain in Prague in June 2019, demanding the resignation of"
            " Andrej Babis.",
            "CZE",
        ),
    ],
)
def test_deeds37_a_crowd_gathering_to_demand_rallies(code: Code, text: str, source: str) -> None:
    some_event(code, text, "PROTEST", "141", source, None)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        pytest.param(
            "Britain's foreign secretary flew to Moscow in February 2022 to demand that Russia pull its troops back"
            " from Ukraine's border.",
            "CONSULT",
            id="an_envoy_travelling",
        ),
        # only a verb of gathering (one the lexicon reads as a rally in some line) makes a crowd's purpose its rally
        # (review37: any verb did, "wrote to the United Nations to demand", "voted in a referendum to demand")
        pytest.param(
            "Hundreds of Afghans queued outside the passport office in Kabul in October 2021 to demand passports.",
            "REQUEST",
            id="a_crowd_queueing",
        ),
    ],
)
def test_deeds37_going_somewhere_to_demand_is_no_rally(code: Code, text: str, plover: str) -> None:
    events = some_event(code, text, plover, None, None, None, absent=("PROTEST",))
    assert events
