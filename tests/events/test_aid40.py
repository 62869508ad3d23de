"""People carried to safety or taken in, fortieth session (aid40, issue 9, the AID category): a verb of carrying
whose object is people as a group (citizens, refugees, children, a people named by its nation, the head of a
quantity of them) or a named person, carried out of a place, to safety, or from one place to another party's, or
taken in, is aid (073 relief, 074 by armed forces, 075 refuge), across voices (active, passive participle, the
nouns airlift and evacuation with a doer named). Deportations by security troops, forces carried to a war, a person
taken to the carrier's own country and places evacuated stay as they were. Sentences written for these tests, true
statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # (people carried away or taken in are aid)
        # a group carried from one place to a place of another party than theirs
        (
            "Royal Navy ships carried thousands of Britons from Beirut to Cyprus in July 2006.",
            "074",
            "GBR",
            "GBR",
        ),
        (
            "In 1999 Germany flew some fourteen thousand Kosovo Albanian refugees from Macedonia to Germany.",
            "073",
            "DEU",
            None,
        ),
        # a named ruler carried from one place to another party's
        (
            "The British cruiser Capetown carried Emperor Haile Selassie from Haifa to Gibraltar in June 1936.",
            "075",
            "GBR",
            "ETH",
        ),
        # taken in, let in
        ("Britain took in some four thousand Basque children in May 1937.", "075", "GBR", None),
        (
            "Austria let in thousands of East Germans who crossed from Hungary in September 1989.",
            "075",
            "AUT",
            None,
        ),
        # (supplies arriving are their delivery)
        # arms arriving, the receiver the place reached
        ("The first British Challenger 2 tanks arrived in Ukraine in March 2023.", "072", "GBR", "UKR"),
        # a "for" phrase names the receiver, not the place reached
        ("The first American howitzers for Ukraine arrived in Poland in April 2022.", "072", "USA", "UKR"),
        # a quantity of relief, the giver in a "from" phrase
        (
            "Forty tonnes of medicine and food from Qatar reached Kabul in September 2021.",
            "073",
            "QAT",
            "AFG",
        ),
        # a craft landing with supplies
        (
            "American transports landed at Tempelhof with coal and flour for West Berlin in July 1948.",
            "073",
            "USA",
            None,
        ),
    ],
)
def test_people_carried_or_supplies_arriving_are_aid(
    code: Code, text: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code, text, "AID", cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a fronted participle: the people are the main clause's subject, the craft its "by" phrase
        "Evacuated from Beirut by Royal Navy ships, thousands of Britons reached Cyprus in July 2006.",
        # the noun, with its "of" people and its "by" doer
        "The evacuation of Britons from Lebanon by the Royal Navy was completed in July 2006.",
    ],
)
def test_people_carried_in_a_participle_or_a_noun_are_aid(code: Code, text: str) -> None:
    some_event(code, text, "AID", "074", "GBR", "GBR")


def test_a_noun_of_carrying_with_a_doer_and_no_party_carried_is_aid(code: Code) -> None:
    some_event(
        code,
        "The airlift of some fifteen thousand people out of Kabul by Royal Air Force transports ended in August 2021.",
        "AID",
        None,
        "GBR",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # (deportations seizures forces and places are no aid)
        # a deportation: security troops carrying a people away
        "Soviet security troops shipped the Crimean Tatars from Crimea to Uzbekistan in May 1944.",
        # one person taken to the carrier's own country: a seizure
        "Israeli agents flew Adolf Eichmann from Buenos Aires to Israel in May 1960.",
        # forces carried to a war
        "American transports flew two brigades of paratroopers from North Carolina to Saudi Arabia in August 1990.",
        # a place evacuated
        "Israeli troops evacuated the Sinai town of Yamit in April 1982.",
        # (weapons fired goods bought and troops arriving are no aid)
        # fired weapons reaching a city: an attack
        "Iraqi Scud missiles reached Tel Aviv in January 1991.",
        # tanks moving under their own power with nothing that marks a delivery: an army advancing
        "American tanks reached Baghdad in April 2003.",
        "Soviet tanks arrived in Prague in August 1968.",
        "Russian armoured columns reached the outskirts of Kyiv in February 2022.",
        # goods bought: a trade
        "The first cargoes of American wheat bought by the Soviet Union reached Odessa in 1972.",
        # troops arriving
        "The first American combat troops landed at Da Nang in March 1965.",
        # aircraft flying themselves, a "for" phrase of no party
        "Two Russian Tu-160 strategic bombers landed at an air base in Venezuela in December 2018 for several days of "
        "training flights.",
        # a lender reaching an agreement: a party, no goods, and no place reached
        "The International Monetary Fund reached a staff-level agreement with Egypt on a $3 billion loan in October 2022.",
    ],
)
def test_look_alikes_of_carrying_and_delivery_are_no_aid(code: Code, text: str) -> None:
    no_event(code, text, "AID")
