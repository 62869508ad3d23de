"""Event readings by category, twenty-second session (issue 9, deeds12): armed parties driven, ousted or cleared out of
a place and forces sweeping into a named one (190), aircraft brought down (195), forces named by a plural name
("Rapid Support Forces"), aid paused, scrapped or held back (162), a relative clause the parser hung on a verb as its
complement, troops or the National Guard called out, police put on the streets, the army put in charge, an alert level
raised (15x), aid received (07x), power handed over and a tax suspended (08x); people held as hostages (181), a state
leaving a group (160), a loan cleared (071), an emergency act invoked (1724), a newspaper put under trustees (1721),
and what a vehicle carries read as the verb's object (relief flown in, 073; a lorry bomb, 1832). The verb lists come
from PETRARCH2's synonym blocks for each code. Each is checked on sentences written for these tests (true statements
about real events) through the real pipeline, with look-alikes that keep their own reading. A source or target left
as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 190 an armed party driven, ousted or cleared out of a place, forces sweeping into a named place
        (
            "Iraqi forces drove Islamic State fighters out of Fallujah in June 2016.",
            "ASSAULT",
            "190",
            "IRQ",
            "IMG-ISIS",
        ),
        (
            "Kurdish fighters ousted Islamic State from the town of Kobani in January 2015.",
            "ASSAULT",
            "190",
            None,
            "IMG-ISIS",
        ),
        ("Taliban fighters swept into Kandahar in August 2021.", "ASSAULT", "190", "AFG", None),
        # ... forces named by a plural name match the class of their last word ("Forces", "Guards")
        (
            "Sudan's Rapid Support Forces overran the army's headquarters in Wad Madani in December 2023.",
            "ASSAULT",
            "190",
            "SDN",
            None,
        ),
        # 195 an aircraft or a drone brought down
        (
            "Iran's Revolutionary Guards brought down an American drone over the Strait of Hormuz in June 2019.",
            "ASSAULT",
            "195",
            "IRN",
            "USA",
        ),
        # 162 aid, funding or arms paused, scrapped or held back
        ("The United States paused military aid to Ukraine in March 2025.", "SANCTION", "1622", "USA", "UKR"),
        (
            "The Trump administration held back $65 million of its funding for UNRWA in January 2018.",
            "SANCTION",
            "162",
            "USA",
            None,
        ),
        # 173 a relative clause the parser hangs on the verb as its complement tells of the person, not what is said
        (
            "Egyptian police detained a Canadian man on Sunday whom they suspected of spying.",
            "COERCE",
            "173",
            "EGY",
            "CAN",
        ),
        # 15x troops or the Guard called out, police on the streets, the army put in charge, an alert level raised
        (
            "Governor Tim Walz called out the Minnesota National Guard in May 2020.",
            "MOBILIZE",
            "154",
            "USA",
            None,
        ),
        ("France put 45,000 police officers on the streets in July 2023.", "MOBILIZE", "153", "FRA", None),
        (
            "Ecuador's president put the army in charge of the country's prisons in January 2024.",
            "MOBILIZE",
            "154",
            "ECU",
            None,
        ),
        (
            "Britain raised its terrorism threat level to critical in May 2017.",
            "MOBILIZE",
            "151",
            "GBR",
            None,
        ),
        # 07x aid received: the receiver is the target
        ("Ukraine received its first Patriot air defence systems in April 2023.", "AID", "072", None, "UKR"),
        (
            "Ivory Coast received 504,000 doses of the AstraZeneca vaccine from COVAX in February 2021.",
            "AID",
            "073",
            None,
            "CIV",
        ),
        # 08x power handed over (0834, as blind6 codes it), a tax suspended
        (
            "Nursultan Nazarbayev handed power to Kassym-Jomart Tokayev in March 2019.",
            "CONCEDE",
            "0834",
            "KAZ",
            None,
        ),
        (
            "Alexander Lukashenko suspended the tax on the unemployed in March 2017.",
            "CONCEDE",
            "0832",
            "BLR",
            None,
        ),
        # 181 people held or seized as hostages, whoever the doer
        (
            "Gunmen held staff and guests as hostages at the Radisson Blu hotel in Bamako in November 2015.",
            "ASSAULT",
            "181",
            None,
            None,
        ),
        # 160 a state pulling out of a group or an alliance (docs/annotation-conventions.md 5.1)
        ("Mali's junta pulled out of the G5 Sahel group in May 2022.", "SANCTION", "160", "MLI", None),
        (
            # (a body the resolver names keeps the older "pull out of @igo" reading, 166: SANCTION either way)
            "Mali, Burkina Faso and Niger walked out of the Economic Community of West African States in January 2024.",
            "SANCTION",
            None,
            None,
            None,
        ),
        # 071 a loan cleared by a lender's board; 1724 an emergency act invoked; 1721 a newspaper put under trustees
        (
            "The IMF's board cleared a $3 billion loan for Pakistan in July 2023.",
            "AID",
            "071",
            "IGO-IMF",
            "PAK",
        ),
        ("Justin Trudeau invoked the Emergencies Act in February 2022.", "COERCE", "1724", "CAN", None),
        (
            "A Turkish court placed the newspaper Zaman under the control of trustees in March 2016.",
            "COERCE",
            "1721",
            "TUR",
            None,
        ),
        # what a vehicle sent or driven carries: relief flown in (073), a lorry packed with explosives (1832)
        (
            "France sent two planes carrying rescue workers and medical supplies to Beirut in August 2020.",
            "AID",
            "073",
            "FRA",
            "LBN",
        ),
        (
            "A suicide bomber drove a lorry packed with explosives into the gates of the Marriott hotel in Islamabad in"
            " September 2008.",
            "ASSAULT",
            "1832",
            None,
            None,
        ),
        # 154 troops called in (the parser hangs "in" as a preposition)
        (
            "The British government called in 3,500 extra troops for Olympic security in July 2012.",
            "MOBILIZE",
            "154",
            "GBR",
            None,
        ),
    ],
)
def test_deeds12_categories(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # (seizing control of a peninsula is a capture by force since the twenty-third session's rule 9.1: it left this
        # list of look-alikes that are no fight)
        # police clearing protesters from a square is no fight; diplomats expelled stay an expulsion
        ("Police cleared protesters from Tahrir Square in November 2011.", "ASSAULT"),
        ("Britain expelled 23 Russian diplomats in March 2018.", "ASSAULT"),
        # an army holding back its own reserves stops no aid; names called out mobilise no one
        ("The army held back its reserves during the battle of Kursk.", "SANCTION"),
        ("The referee called out the players' names.", "MOBILIZE"),
        # a welcome received is no aid
        ("The team received a warm welcome in Kabul.", "AID"),
        # a plan placed under review is no censorship; a lorry carrying fruit is no attack
        ("The government placed the plan under review in 2020.", "COERCE"),
        ("A lorry carrying fruit drove to the market in Nairobi.", "ASSAULT"),
        # a prize received is no praise and no aid
        ("Maria Ressa received the Nobel Peace Prize in Oslo in December 2021.", "SUPPORT"),
        ("Maria Ressa received the Nobel Peace Prize in Oslo in December 2021.", "AID"),
    ],
)
def test_deeds12_look_alikes(code: Code, text: str, forbidden: str) -> None:
    assert forbidden not in {e.event for e in code(text)}
