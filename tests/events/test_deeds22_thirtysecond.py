"""Deed readings that carry over, thirty-second session (issue 9, deeds22): kinds met first on a probe batch written
before the coder ran on it (benchmarks/probes/deeds22-1.json), each checked here on other wordings.

A named person or a ruler who comes or steps ashore, steps off a plane, disembarks or alights, or lands at an airport
visits the place (042), rulers named by older titles (emperor, shah, kaiser, pope) being officials too; a plane that
flies or plunges into a hillside, a ridge or the sea is an accident (no event, nor its "killing" participle), where
warplanes flying into airspace keep their reading; food refused by phrase ("refused to eat", "went without food") and
a fast begun or launched are a hunger strike (142), not a rejection; a named person taken in or harboured, and a people
taken or let in, are given refuge (075, 073), where the police taking men in for questioning keep the detention; a
strait or a canal shut to a country's shipping is a blockade (191) and a port blockaded by fishing boats a protest
(144), where a navy's blockade stays 191.
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 042 arrivals told by idiom
        (
            "King George VI disembarked at Quebec City at the start of a royal tour of Canada.",
            "CONSULT",
            "042",
            "GBR",
            "CAN",
        ),
        (
            "President Harry Truman stepped ashore at Antwerp on his way to the Potsdam conference.",
            "CONSULT",
            "042",
            "USA",
            None,
        ),
        (
            "Richard Nixon stepped off Air Force One in Beijing for his first meeting with Zhou Enlai.",
            "CONSULT",
            "042",
            "USA",
            "CHN",
        ),
        (
            "The Emperor of Ethiopia landed at Kingston airport for a state visit to Jamaica.",
            "CONSULT",
            "042",
            "ETH",
            "JAM",
        ),
        # 142 hunger strikes told by phrase
        (
            "Irish republican prisoners refused to eat in Cork jail in protest at their detention by the British "
            "government.",
            "PROTEST",
            "142",
            "IRL",
            "GBR",
        ),
        (
            "The Cuban dissident Guillermo Farinas went without food for months in protest at the Cuban government.",
            "PROTEST",
            "142",
            "CUB",
            None,
        ),
        (
            "Mohandas Gandhi began a three-week fast in protest at the British government's charges.",
            "PROTEST",
            "142",
            None,
            "GBR",
        ),
        (
            "The Indian activist Anna Hazare launched an indefinite fast in New Delhi to press the government for an "
            "anti-graft law.",
            "PROTEST",
            "142",
            "IND",
            None,
        ),
        # 075 / 073 refuge given by phrase
        (
            "The Brazilian embassy in Tegucigalpa harboured the ousted Honduran president Manuel Zelaya.",
            "AID",
            "075",
            "BRA",
            "HND",
        ),
        (
            "Ecuador's embassy in London took in the WikiLeaks founder Julian Assange.",
            "AID",
            "075",
            "ECU",
            None,
        ),
        (
            "Pakistan let in some three million Afghans fleeing the Soviet occupation.",
            "AID",
            "073",
            "PAK",
            None,
        ),
        # 191 a canal shut to a country's shipping; 144 a port blockaded by fishing boats
        ("Egypt shut the Suez Canal to Israeli ships.", "COERCE", "191", "EGY", "ISR"),
        (
            "French fishing boats blockaded the port of Calais in protest at Britain's refusal of fishing licences.",
            "PROTEST",
            "144",
            "FRA",
            None,
        ),
        # (deeds22 orders offices guns rescues)
        # 0874 one's own forces ordered home (from a country): a withdrawal, aimed at the country left
        (
            "Barack Obama ordered 33,000 American troops home from Afghanistan.",
            "RETREAT",
            "0874",
            "USA",
            "AFG",
        ),
        ("Boris Yeltsin ordered the federal troops home from Chechnya.", "RETREAT", "0874", "RUS", None),
        # 150 a warship named by its name ordered to a port
        ("Britain ordered the frigate Amethyst to Nanking.", "MOBILIZE", "150", "GBR", None),
        # 0831 office laid down or given up
        (
            "Harold Macmillan laid down the premiership on grounds of ill health.",
            "CONCEDE",
            "0831",
            "GBR",
            None,
        ),
        (
            "Yoshihide Suga gave up office after a single year as Japan's prime minister.",
            "CONCEDE",
            "0831",
            "JPN",
            None,
        ),
        # 194 guns turned on a town; 195 warplanes rocketing positions
        (
            "Federal army tanks turned their guns on the Croatian town of Vukovar.",
            "ASSAULT",
            "194",
            None,
            "HRV",
        ),
        ("NATO warplanes rocketed the Serb army positions around Sarajevo.", "ASSAULT", "195", None, "SRB"),
        # 073 rescues at sea
        (
            "The Italian navy plucked hundreds of migrants from the sea off Lampedusa.",
            "AID",
            "073",
            "ITA",
            None,
        ),
        (
            "A French hospital ship picked up Vietnamese boat people from the South China Sea.",
            "AID",
            "073",
            "FRA",
            "VNM",
        ),
    ],
)
def test_deeds22_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # planes flying into terrain: accidents
        "A Pakistani airliner flew into the Margalla Hills outside Islamabad, killing 152 people.",
        "An Air Inter Airbus flew into a ridge near Strasbourg on a night approach, killing 87 people.",
        "A Korean Air jumbo jet flew into a hillside on Guam, killing more than 200 people.",
        # storms come ashore
        "A storm came ashore near Galveston.",
        # (deeds22 orders offices guns rescues look alikes)
        # prices that rocket, attention turned: no rescue, no attack (a suspect picked up by the police is an arrest,
        # 173: tests/events/test_idiom50.py)
        "Oil prices rocketed after the war.",
        "The minister turned his attention to the economy.",
    ],
)
def test_deeds22_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover", "forbidden"),
    [
        # warplanes flown into airspace keep their reading
        ("Russian warplanes flew into Turkish airspace.", "MOBILIZE", "CONSULT"),
        # a navy's blockade stays a blockade, not a protest
        ("The Royal Navy blockaded the German ports.", "COERCE", "PROTEST"),
        # forces that come ashore are no visit
        ("U.S. Marines came ashore near Beirut.", "AID", "CONSULT"),
    ],
)
def test_deeds22_look_alikes(code: Code, text: str, plover: str, forbidden: str) -> None:
    events = code(text)
    kinds = {e.event for e in events}
    assert plover in kinds and forbidden not in kinds, events


def test_deeds22_questioning_stays_detention(code: Code) -> None:
    no_event(code, "Police took in two men for questioning after the bombing.", "AID")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a commander the resolver cannot code surrenders for the side of the men he gives up with
        (
            "General Tadeusz Kutrzeba surrendered Warsaw with some 100,000 Polish troops to the German army.",
            "POL",
        ),
        (
            "General Hans-Juergen von Arnim surrendered with the last German troops in Tunisia to British forces.",
            "DEU",
        ),
    ],
)
def test_deeds22_surrender_with_men_names_the_side(code: Code, text: str, source: str) -> None:
    some_event(code, text, "RETREAT", "0874", source, None)
