"""Aid read from what is moved and who receives it, forty-second session (cargo42, issue 9, the AID category): goods
arriving with a craft whose load a participle names ("carrying", "loaded with"), arriving by any verb of going or
coming, or told in the passive as carried or dropped (the giver the agent, the craft, or the party on the goods), and
people named as in need of rescue (survivors, refugees, castaways) landed or carried by a party's craft with no word of leaving. Fired
weapons, goods bought and aircraft or troops moving themselves stay no aid. Sentences written for these tests, true
statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # a craft whose load a participle names, arriving
        (
            "Four Pakistani C-130 transports carrying tents and blankets landed in Kathmandu in April 2015.",
            "073",
            "PAK",
            "NPL",
        ),
        # the load in a fronted participle, a verb of going that is no verb of arriving
        (
            "Loaded with rifles and ammunition, Soviet transport planes flew into Luanda in November 1975.",
            "072",
            "RUS",
            "AGO",
        ),
        # a verb of going whose object is the line crossed, the receiver in a "for" phrase
        (
            "A consignment of Swedish rifles and ammunition for Finland crossed the border at Tornio in December 1939.",
            "072",
            "SWE",
            "FIN",
        ),
        # goods carried, told in the passive, the giver on the goods
        ("Tons of American grain were shipped to India in 1966.", "073", "USA", "IND"),
        # goods dropped, the giver the craft of the "from" phrase
        (
            "Sacks of flour were dropped from British aircraft to the besieged garrison of Kut in April 1916.",
            "073",
            "GBR",
            None,
        ),
    ],
)
def test_goods_moved_to_a_party_are_their_delivery(
    code: Code, text: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code, text, "AID", cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # survivors landed by a ship of a party: rescued, no word of leaving needed
        "The British liner Carpathia landed the survivors of the Titanic in New York in April 1912.",
        "The French liner Ile de France landed the survivors of the Andrea Doria in New York in July 1956.",
    ],
)
def test_people_in_need_of_rescue_landed_are_relief(code: Code, text: str) -> None:
    some_event(code, text, "AID", "073", None, None)


@pytest.mark.parametrize(
    "text",
    [
        # fired weapons dropped on a city: an attack
        "Bombs were dropped on Hanoi by American B-52s in December 1972.",
        # goods bought, shipped: a trade
        "Wheat bought by the Soviet Union was shipped to Odessa in 1973.",
        # aircraft and troops flying in with no load: no delivery
        "Two Russian Tu-160 bombers flew into Caracas in December 2018.",
        "Soviet paratroopers flew into Kabul in December 1979.",
        # armour crossing a border under its own power: an army advancing
        "Soviet tanks crossed the border into Czechoslovakia in August 1968.",
        # a craft carrying troops arriving: forces, not goods
        "American transports carrying marines landed at Da Nang in March 1965.",
    ],
)
def test_fired_bought_and_self_moving_goods_are_no_aid(code: Code, text: str) -> None:
    no_event(code, text, "AID")
