"""Event readings by category, fourteenth session (issue 9, deeds4): the force and protest families (ASSAULT,
FIGHT, COERCE, MOBILIZE, PROTEST) as categories found across blind sets 2-5 and tested on the engineer's own probe
batches (benchmarks/probes/deeds4-*.json), each checked here on other sentences written for these tests (true
statements about real events), through the real pipeline (spaCy parse, actor resolver, event coder), with
look-alikes that must keep their own reading or have none. A source or target left as None is not checked.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a city, a town or a port captured, taken or retaken by forces or fighters is a fight (190), as the blind
        # sets and the probes code it; since the twenty-third session's rule 9.1 (docs/annotation-conventions.md) ground,
        # territory or control seized by force is too (it was occupation, 192); an annexation stays 192
        (
            "Syrian government troops recaptured the town of Qusayr in June 2013.",
            "ASSAULT",
            "190",
            "SYR",
            None,
        ),
        ("French troops retook the city of Gao in January 2013.", "ASSAULT", "190", "FRA", None),
        ("Russian forces captured the Ukrainian city of Bakhmut in May 2023.", "ASSAULT", "190", "RUS", None),
        ("Russian troops seized control of Crimea in February 2014.", "ASSAULT", "190", "RUS", None),
        ("Russia annexed Crimea in March 2014.", "COERCE", "192", "RUS", None),
        # a hunger strike by the verb: fasting, food refused (the codebook's 142 "refuse to eat"), also with a
        # purpose clause after the object ("to force ... to"), which no frame of refusal governs
        (
            "The Indian activist Medha Patkar began fasting in 1991 to oppose the Narmada dam.",
            "PROTEST",
            "142",
            "IND",
            None,
        ),
        (
            "Turkish prisoners began refusing food in October 2000 to force the government to drop plans for new prisons.",
            "PROTEST",
            "142",
            "TUR",
            None,
        ),
        # the way construction with a verb of force: fighting or smashing one's way into a place
        ("Syrian rebels fought their way into Aleppo in July 2012.", "ASSAULT", "190", "SYR", None),
        ("Russian troops smashed their way into Grozny in January 1995.", "ASSAULT", "190", "RUS", None),
        (
            "Mexican marines shot their way into a cartel hideout in Sinaloa in 2015.",
            "ASSAULT",
            "193",
            "MEX",
            None,
        ),
        # a building or a vehicle people are in blown up is a bombing (183); with a car bomb 1832; a pipeline blown
        # up stays the destruction of property (171)
        (
            "Palestinian militants blew up an Israeli bus in Haifa in March 2003.",
            "ASSAULT",
            "183",
            "PSE",
            None,
        ),
        (
            "ETA militants blew up a police barracks in Vic with a car bomb in May 1991.",
            "ASSAULT",
            "1832",
            "ESP",
            None,
        ),
        ("Colombian FARC rebels blew up an oil pipeline in 2013.", "COERCE", "171", "COL", None),
        # an aircraft, a ship or a bus taken over by gunmen or pirates is a hijacking (181)
        ("Somali pirates took over a Saudi supertanker in November 2008.", "ASSAULT", "181", "SOM", "SAU"),
        ("Kashmiri gunmen took over an Indian Airlines plane in 1971.", "ASSAULT", "181", None, None),
        # a place sealed off restricts movement (191)
        ("Chinese police sealed off Lhasa in March 2008.", "COERCE", "191", "CHN", None),
        ("Israeli troops sealed off Jenin in April 2002.", "COERCE", "191", "ISR", None),
        ("Britain and Japan sealed a trade deal in October 2020.", "AGREE", None, None, None),
        # a protest whose purpose clause or participle tail is a demand: the protest is the deed
        (
            "Thousands of Kenyans gathered outside parliament in Nairobi in June 2024 to demand the withdrawal of a finance bill.",
            "PROTEST",
            None,
            "KEN",
            None,
        ),
        (
            "Thousands of Algerians marched in Algiers in March 2019, demanding that Abdelaziz Bouteflika step down.",
            "PROTEST",
            None,
            "DZA",
            None,
        ),
        # forces ordered into a place, with the purpose after the place: a deployment, no demand
        (
            "President John Kennedy ordered federal troops into Oxford, Mississippi, in September 1962 to restore order.",
            "MOBILIZE",
            None,
            "USA",
            None,
        ),
        # look-alikes of the purpose rule that keep their frame
        (
            "The UN Security Council ordered Iraq to destroy its chemical weapons in 1991.",
            "REQUEST",
            None,
            None,
            "IRQ",
        ),
        ("Russia refused to withdraw its troops from Moldova in 1999.", "REJECT", None, "RUS", None),
        # (batch2 force and censorship)
        # ---- batch 2 categories ------------------------------------------------------------------------------------------
        # a district, an air base or a position captured, overrun or retaken by forces: a fight (190)
        (
            "Syrian rebels captured the Abu al-Duhur air base in September 2015.",
            "ASSAULT",
            "190",
            "SYR",
            None,
        ),
        (
            "Azerbaijani forces recaptured the district of Fuzuli in October 2020.",
            "ASSAULT",
            "190",
            "AZE",
            None,
        ),
        # a broadcaster taken off the air, access to a website blocked: censorship (1721)
        (
            "Russia took the independent channel TV Rain off the air in March 2022.",
            "COERCE",
            "1721",
            "RUS",
            None,
        ),
        (
            "Hungary's media council took Klubradio off the air in February 2021.",
            "COERCE",
            "1721",
            "HUN",
            None,
        ),
        (
            "Pakistan blocked access to YouTube in September 2012.",
            "COERCE",
            "1721",
            "PAK",
            None,
        ),
        # guns or artillery opening up on a place or a force: firing on it
        (
            "Indian artillery opened up on Pakistani positions in Kargil in June 1999.",
            "ASSAULT",
            "194",
            "IND",
            None,
        ),
    ],
)
def test_force_and_protest_readings(
    code: Code, text: str, plover: str, cameo: str | None, source, target
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # seats, votes or prizes captured, fires battled, a rocket blowing up, a firm taken over: no force
        (
            "The Conservatives captured 365 seats in the British election of December 2019.",
            {"ASSAULT", "COERCE"},
        ),
        ("Firefighters battled bushfires across New South Wales in January 2020.", {"ASSAULT"}),
        ("A Soviet N1 rocket blew up at the Baikonur launch site in July 1969.", {"ASSAULT", "COERCE"}),
        ("China's economy grew fast in 2007.", {"PROTEST"}),
        ("India's Tata Motors took over Jaguar Land Rover in 2008.", {"ASSAULT"}),
        # (batch2 look alikes)
        # an event noun before a noun of a unit, a craft or a body names a kind of thing: no deed
        (
            "Bahraini riot police cleared the Pearl Roundabout in Manama in March 2011.",
            {"PROTEST"},
        ),
        (
            "A US carrier strike group sailed into the South China Sea in January 2021.",
            {"ASSAULT"},
        ),
        ("Russia sold attack helicopters to Iraq in 2013.", {"ASSAULT"}),
        (
            "The war crimes tribunal convicted Radovan Karadzic in March 2016.",
            {"ASSAULT"},
        ),
        # a person sworn in to an office: no event
        (
            "Joe Biden was sworn in as president in January 2021.",
            {"ACCUSE", "THREATEN", "AGREE"},
        ),
        (
            "Emmanuel Macron was sworn in as French president in May 2017.",
            {"ACCUSE", "THREATEN", "AGREE"},
        ),
    ],
)
def test_look_alikes_without_force(code: Code, text: str, absent: set[str]) -> None:
    no_event(code, text, *absent)
