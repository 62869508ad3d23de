"""Deed readings, twenty-seventh session (issue 9, deeds17): categories of blind set 17 part B's misses, confirmed by a
probe batch written before the coder ran on it (benchmarks/probes/deeds17-1.json).

Forces sent, flown or landed in another party's territory to help it (a purpose clause of helping) or at its request
give military protection (074), not a deployment (15x) or an invasion (19x); forces sent to help one's own police, or a
fight asked for, keep their readings. Forces or fleets taken out of an alliance's command or integrated structure
reduce relations with it (160), not a retreat from a place (087x). A decision to send a fact-finding mission or to set
up a commission of inquiry is the inquiry ordered (09x), as a vote for one is. A boat, a drone or a vehicle brought to a
target "and blown up" is a bombing (183) or an air strike (195), not property destroyed; a drone flown into a place
strikes it (195). Strikes and protests called off by those who hold them (082), and decrees, bills, rises and changes
called off, taken back or put on hold (0832), with the particle after the object. A person slashed with a knife is
assaulted (182).
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline,
with look-alikes that keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 074 forces sent or flown to help another party, or at its request
        (
            "Rwanda flew about 1,000 soldiers and police into Mozambique in July 2021 to help its army fight Islamist"
            " insurgents in Cabo Delgado.",
            "AID",
            "074",
            "RWA",
            "MOZ",
        ),
        (
            "Chad sent troops into Cameroon in January 2015 to help its neighbour fight Boko Haram.",
            "AID",
            "074",
            "TCD",
            "CMR",
        ),
        (
            "Australia flew soldiers into Honiara in November 2021 at the request of the Solomon Islands government.",
            "AID",
            "074",
            "AUS",
            "SLB",
        ),
        (
            "Botswana flew soldiers into Mozambique in July 2021 to help its army fight the insurgents.",
            "AID",
            "074",
            "BWA",
            "MOZ",
        ),
        # 195 grenades dropped from drones
        (
            "Islamic State fighters flew small drones over Mosul in 2017 and dropped grenades on Iraqi soldiers.",
            "ASSAULT",
            "195",
            None,
            "IRQ",
        ),
        # 160 forces taken out of an alliance's command
        (
            "France took its Mediterranean fleet out of NATO's integrated command in 1959.",
            "SANCTION",
            "160",
            "FRA",
            None,
        ),
        (
            "France withdrew its Atlantic fleet from NATO's command in 1963.",
            "SANCTION",
            "160",
            "FRA",
            None,
        ),
        # 09x an inquiry agreed or decided
        (
            "The U.N. Human Rights Council agreed in March 2017 to send a fact-finding mission to Myanmar.",
            "ACCUSE",
            None,
            None,
            "MMR",
        ),
        (
            "The African Union decided in December 2013 to set up a commission of inquiry into abuses in South Sudan.",
            "ACCUSE",
            None,
            None,
            None,
        ),
        # 195 / 183 a drone or a boat carrying an attack
        (
            "Houthi rebels flew a drone into a military parade at Al-Anad air base in January 2019.",
            "ASSAULT",
            "195",
            None,
            None,
        ),
        (
            "Houthi fighters steered a boat packed with explosives alongside a Saudi frigate off Hodeidah in January"
            " 2017 and blew it up.",
            "ASSAULT",
            "183",
            None,
            "SAU",
        ),
        # 082 / 0832 called off, taken back, put on hold
        (
            "Kenyan doctors called their 100-day strike at public hospitals off in March 2017.",
            "CONCEDE",
            "082",
            "KEN",
            None,
        ),
        (
            "Colombia's government took its tax reform bill back in May 2021 after days of street protests.",
            "CONCEDE",
            "0832",
            "COL",
            None,
        ),
        (
            "Kazakhstan's president put on hold changes to the land code after rare protests.",
            "CONCEDE",
            "0832",
            "KAZ",
            None,
        ),
        # 074 forces sent under a pact of defence with the party they go to
        (
            "Rwanda sent troops to the Central African Republic under a bilateral defence agreement.",
            "AID",
            "074",
            "RWA",
            "CAF",
        ),
        # 195 a drone flown into a base, with a long tail of background
        (
            "Iran-backed militants flew a drone into a small U.S. outpost in Jordan near the Syrian border, killing"
            " three American soldiers.",
            "ASSAULT",
            "195",
            None,
            None,
        ),
        # 190 a town taken by armed forces (rule 9.1), not an occupation (192)
        (
            "Russian forces took the eastern Ukrainian town of Marinka in December 2023 after more than a year of"
            " fighting.",
            "ASSAULT",
            "190",
            "RUS",
            None,
        ),
        # 182 an attacker with no nation named, in a city of a state (places)
        (
            "A teenager stabbed a bishop during a service at a church in Sydney.",
            "ASSAULT",
            "182",
            None,
            "AUS",
        ),
        # 160 a bloc broken away from
        (
            "Mali, Burkina Faso and Niger broke away from the Economic Community of West African States.",
            "SANCTION",
            "160",
            None,
            None,
        ),
        # 0874 the last forces moving out withdraw
        (
            "The last Soviet tanks rolled across the Friendship Bridge into Uzbekistan in February 1989.",
            "RETREAT",
            "0874",
            "RUS",
            None,
        ),
        # 14x an unnamed crowd pouring onto the streets of a city is that city's state's people
        (
            "Protesters poured onto the streets of Khartoum in June 2019 to demand civilian rule.",
            "PROTEST",
            None,
            "SDN",
            None,
        ),
        # 182 slashed with a knife
        (
            "A South Korean activist slashed U.S. ambassador Mark Lippert with a knife in Seoul in March 2015.",
            "ASSAULT",
            "182",
            None,
            "USA",
        ),
    ],
)
def test_deeds17_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # troops sent to help one's own police keep a deployment's reading
        (
            "South Africa sent troops into the townships of Durban in July 2021 to help the police quell the riots.",
            "AID",
        ),
        # a storm's pronoun in a clause of the sentence is the storm, no attacker
        (
            "Cyclone Idai slammed into the Mozambican port of Beira in March 2019, a week after it had killed dozens"
            " of people in Malawi.",
            "ASSAULT",
        ),
        # the drones' flight carries the attack of the coordinated verb: no show of force of its own
        (
            "Islamic State fighters flew small drones over Mosul in 2017 and dropped grenades on Iraqi soldiers.",
            "MOBILIZE",
        ),
        # forces that are not the last of a presence rolling in invade
        ("American tanks rolled across the border into Iraq in March 2003.", "RETREAT"),
        # troops pulled out of a place retreat; no relations with a body are reduced
        (
            "The United States withdrew its troops from the northern Syrian town of Manbij in October 2019.",
            "SANCTION",
        ),
    ],
)
def test_deeds17_look_alikes(code: Code, text: str, forbidden: str) -> None:
    no_event(code, text, forbidden)
