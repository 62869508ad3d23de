"""Deed readings by category, thirty-fourth session (issue 9, deeds24): the kinds met on probe batches written before
the coder ran on them (benchmarks/probes/deeds24-1.json and deeds24-2.json), each checked here on other wordings.

PROTEST: a deed done "in a strike", "in a hartal", "in a stoppage" by people (not a state's agents) is their strike
(143) whatever the verb reads elsewhere; working people who "come out" strike; parties pulling out of or withdrawing
from an election boycott it; people staying off the buses boycott them; merchants pulling down or putting up their
shutters strike; townspeople looting riot (145). MOBILIZE: reservists recalled (to the colours), men put under arms,
a warship sent to a port (150). AID: people evacuated or lifted out of a place (073, by forces 074); forces sent to
shore up dykes are relief (073). RETREAT: an embargo called off or abandoned (085). And three readings of the parse:
the noun a passive participle hangs on counts with its modifiers as the participle's object ("rescue teams sent
by X"), a participle clause with no subject of its own is done by its head verb's subject ("drove their tractors to
The Hague, jamming the motorways"), and the conjuncts of an object's "of" phrase count ("tons of coal and flour").
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 143 a deed done in a strike, a hartal or a stoppage by the strikers
        (
            "British coal miners kept the pits idle in a year-long strike from March 1984.",
            "PROTEST",
            "143",
            "GBR",
            None,
        ),
        (
            "Polish shipyard workers kept the gates of the Lenin Shipyard shut in a strike in August 1980.",
            "PROTEST",
            "143",
            "POL",
            None,
        ),
        (
            "Indian shopkeepers kept their shops shut in a hartal in August 2016.",
            "PROTEST",
            "143",
            "IND",
            None,
        ),
        # 143 working people who come out
        ("The dockers of London came out in August 1889.", "PROTEST", "143", "GBR", None),
        # 143 an election boycotted by pulling out of or withdrawing from it
        (
            "Bangladesh's main opposition party pulled out of the January 2014 election.",
            "PROTEST",
            "143",
            "BGD",
            None,
        ),
        (
            "Zimbabwe's opposition withdrew from the presidential election in June 2008.",
            "PROTEST",
            "143",
            "ZWE",
            None,
        ),
        # 143 a bus boycott; shutters pulled down
        ("Black South Africans in Alexandra stayed off the buses in 1957.", "PROTEST", "143", "ZAF", None),
        (
            "Palestinian merchants in East Jerusalem pulled down their shutters in December 1987.",
            "PROTEST",
            "143",
            None,
            None,
        ),
        # 145 townspeople looting
        ("Egyptian townspeople looted shops in Cairo on 26 January 1952.", "PROTEST", "145", "EGY", None),
        # 154 reservists recalled, men put under arms
        ("Belgium recalled its reservists to the colours in late July 1914.", "MOBILIZE", "154", "BEL", None),
        ("Israel recalled tens of thousands of reservists in October 2023.", "MOBILIZE", "154", "ISR", None),
        ("Switzerland put 430,000 men under arms in September 1939.", "MOBILIZE", "154", "CHE", None),
        # 150 a warship sent to a harbour
        ("Washington sent a battleship to Havana harbour in January 1898.", "MOBILIZE", "150", "USA", None),
        # 073/074 people evacuated or lifted out
        ("French paratroopers evacuated foreigners from Kolwezi in May 1978.", "AID", "074", "FRA", None),
        (
            "Israeli aircraft lifted thousands of Ethiopian Jews out of Addis Ababa in May 1991.",
            "AID",
            "073",
            "ISR",
            None,
        ),
        # 085 an embargo called off or abandoned
        ("Washington called off its embargo on Vietnam in February 1994.", "RETREAT", "085", "USA", "VNM"),
        (
            "Saudi Arabia abandoned its oil embargo on the United States in March 1974.",
            "RETREAT",
            "085",
            "SAU",
            "USA",
        ),
        # 073 forces sent to shore up dykes are relief; relief teams named by a participle; the things of an "of" phrase
        (
            "Poland sent thousands of soldiers to shore up the dykes along the Vistula in May 2010.",
            "AID",
            "073",
            "POL",
            None,
        ),
        ("Rescue teams sent by Israel reached Turkey in February 2023.", "AID", "073", "ISR", None),
        (
            "British aircraft flew tons of coal and flour into West Berlin in 1948.",
            "AID",
            "073",
            "GBR",
            "DEU",
        ),
        # 141 a participle clause done by its head verb's subject
        (
            "Dutch farmers drove their tractors to The Hague in October 2019, jamming the motorways.",
            "PROTEST",
            "141",
            "NLD",
            None,
        ),
    ],
)
def test_deeds24_categories(
    code: Code, text: str, plover: str, cameo: str, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "absent"),
    [
        # a state's agents acting "in the strike" do their own deed, no strike
        ("British police arrested hundreds of miners in the strike of 1984.", "COERCE", ("PROTEST",)),
        # soldiers looting keep the seizure of property
        ("Russian soldiers looted homes in Bucha in March 2022.", "COERCE", ("PROTEST",)),
        # a candidate leaving a race boycotts nothing
        ("Joe Biden pulled out of the presidential race in July 2024.", "RETREAT", ("PROTEST",)),
        # settlements evacuated stay a withdrawal
        ("Israel evacuated its settlements in Gaza in August 2005.", "RETREAT", ("AID",)),
        # the conjuncts of a treaty's "of" phrase are no things carried: a treaty suspended stays its rejection
        (
            "Algeria suspended its treaty of friendship and cooperation with Spain in June 2022.",
            "REJECT",
            ("SANCTION",),
        ),
        # drones and warships sent to a country are a delivery, no show of force
        ("Turkey sent drones to Ukraine and delivered warships to Pakistan.", "AID", ("MOBILIZE",)),
    ],
)
def test_deeds24_look_alikes(code: Code, text: str, plover: str, absent: tuple[str, ...]) -> None:
    events = some_event(code, text, plover, None, None, None, absent=absent)
    assert events
