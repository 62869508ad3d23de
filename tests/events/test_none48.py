"""Goods of aid carried by a verb of carrying or arriving (issue 9, forty-eighth session: none48).

Of the typed records given no event, aid carried by a verb of carrying was lost where the verb's hand lines name their
objects word by word: a load or a quantity hid the goods ("flew tons of arms", "tonnes of food parcels"), a vehicle as
subject was taken for a vehicle moving on its own ("lorries carried food and medicine into Haiti"), and the arrival of a
craft told as the open complement of "began" had no subject of its own ("transports began landing at N'Djamena with
missiles"). `Triggers._supply_sent` reads goods carried in the active voice by the classes of goods through the load
(`_goods_objects`), `_make` keeps a vehicle's deed when it carries such goods, and `_supply_arrival` takes the head's
subject. Look-alikes: cargoes of oil and mail, bombs dropped on a city, one's own army carrying water to its own people.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "American Globemaster transports flew tons of arms and ammunition into Amman for King Hussein's army as"
            " the crisis over Syria deepened.",
            "072",
            "USA",
            "JOR",
        ),
        (
            "West German lorries carried tonnes of food parcels and medicine into Poland for Christmas, nine days"
            " after the Polish government declared martial law.",
            "073",
            "DEU",
            "POL",
        ),
        (
            "American transports began landing at N'Djamena with anti-aircraft missiles, jeeps and ammunition for the"
            " Chadian army holding off Libyan-backed rebels in the north.",
            "072",
            "USA",
            "TCD",
        ),
    ],
)
def test_none48_goods_carried(code: Code, text: str, cameo: str, source: str, target: str) -> None:
    some_event(code, text, "AID", cameo, source, target)


def test_none48_vehicles_carrying_aid(code: Code) -> None:
    some_event(
        code,
        "Dominican army lorries carried food, water and medicine across the border into Haiti on Monday for the"
        " survivors of Saturday's earthquake in the south of the country.",
        "AID",
        "073",
        None,
        "HTI",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The tanker Exxon Valdez, carrying some fifty-three million gallons of crude oil, ran aground on Bligh Reef in"
        " Prince William Sound early on Friday.",
        "Pan American's Yankee Clipper carried nearly a ton of mail across the Atlantic on Saturday on the first"
        " regular airmail flight between the United States and Europe.",
        "British Army lorries carried sandbags and drinking water to Canvey Island on Monday after the North Sea surge"
        " broke through the sea walls.",
        "The crew of Apollo 11 brought some twenty-one kilograms of lunar rock and soil back to Earth, splashing down in"
        " the Pacific on Thursday.",
    ],
)
def test_none48_look_alikes(code: Code, text: str) -> None:
    no_event(code, text)


def test_none48_bombs_dropped_stay_an_attack(code: Code) -> None:
    some_event(
        code,
        "Royal Air Force bombers dropped more than two thousand tons of bombs on Hamburg on Tuesday night, setting off"
        " a firestorm that burned out whole districts of the city.",
        "ASSAULT",
        "195",
        None,
        None,
        absent=("AID",),
    )


def test_none48_turning_to_a_party_for_troops(code: Code) -> None:
    # (the "turn to X for" lines mirror "request|seek": arms 0232, money 0231, help 023, and now forces 0234)
    some_event(
        code,
        "With rioting spreading across South Central Los Angeles, Mayor Tom Bradley turned to Governor Pete Wilson for"
        " National Guard troops.",
        "REQUEST",
        "0234",
        None,
        None,
    )
