"""Deed readings that carry over, thirty-third session (issue 9, deeds23): kinds met first on a probe batch written
before the coder ran on it (benchmarks/probes/deeds23-1.json) and on blind set 23 part B's misses, each checked here
on other wordings.

A minister, a premier or a general dismissed, sacked, fired or relieved by a head of state is no event (no rejection,
no fighting), and a government or a cabinet dismissed is a change of leadership (0831); a warship that collides with
another craft (named by a compound on its name too), a craft that strikes, rams or cuts another in fog or during an
exercise, and a roof, a bridge or a building that collapses are accidents (no event, nor their "killing" participle,
nor the exercise of the adjunct); a strike joined "in" its noun and workers who take possession of their works strike
(143); rioters who sack an embassy riot (145).
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a government or cabinet dismissed: a change of leadership (also where "his government" resolves to the
        # person whose government it is)
        ("Egypt's President Hosni Mubarak sacked his government.", "CONCEDE", "0831", "EGY", None),
        (
            "Hosni Mubarak dismissed his cabinet as protesters in Cairo defied a curfew.",
            "CONCEDE",
            "0831",
            "EGY",
            None,
        ),
        # strikes told by older wordings
        ("Polish textile workers came out in a general strike in Lodz.", "PROTEST", "143", "POL", None),
        (
            "Italian metal workers took possession of the engineering works of Turin.",
            "PROTEST",
            "143",
            "ITA",
            None,
        ),
        # rioters who sack an embassy riot
        ("Rioters sacked the British embassy in Jakarta.", "PROTEST", "145", None, "GBR"),
        # (deeds23 decisions and requests)
        # ---- change 2: decisions of bodies, forces at a request, strikes "against", rescues taken aboard, removals from
        # office, collisions with a reef, more structures
        # a body's decision on a measure aimed at another party is the measure
        (
            "The member states of the European Community agreed to ban imports of Iraqi oil.",
            "SANCTION",
            "163",
            None,
            "IRQ",
        ),
        (
            "ECOWAS leaders decided to impose economic sanctions on Mali's junta.",
            "SANCTION",
            "163",
            None,
            "MLI",
        ),
        ("The African Union decided to suspend Mali from the organisation.", "SANCTION", None, None, "MLI"),
        # forces that arrive at a request, answering or in response to an appeal protect (074)
        (
            "Moroccan troops flew into Zaire's Shaba province at the request of President Mobutu Sese Seko.",
            "AID",
            "074",
            "MAR",
            "COD",
        ),
        (
            "Indian troops flew into the Maldives, answering a plea from President Maumoon Abdul Gayoom to put down a "
            "coup.",
            "AID",
            "074",
            "IND",
            "MDV",
        ),
        (
            "British troops landed in Kuwait in response to an appeal from the emir.",
            "AID",
            "074",
            "GBR",
            "KWT",
        ),
        # a strike joined "in" its noun with an "against" phrase
        ("Britain's miners came out in a strike against pit closures.", "PROTEST", "143", "GBR", None),
        # survivors or migrants taken aboard a ship: a rescue (073)
        (
            "The German rescue ship Sea-Watch 3 took aboard 53 migrants off the Libyan coast.",
            "AID",
            "073",
            "DEU",
            None,
        ),
        # a president removed from office or power (172), by a court or an army
        ("Egypt's army removed President Mohamed Morsi from power.", "COERCE", "172", "EGY", None),
        ("A Thai court removed Prime Minister Srettha Thavisin from office.", "COERCE", "172", "THA", None),
    ],
)
def test_deeds23_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # officials dismissed
        "The Governor-General dismissed Prime Minister Gough Whitlam.",
        "Boris Yeltsin sacked Prime Minister Sergei Stepashin.",
        "Volodymyr Zelensky dismissed Defence Minister Oleksii Reznikov.",
        "Boris Yeltsin fired his prime minister.",
        # collisions of warships and other craft, and collisions in fog or in an exercise
        "The US destroyer Fitzgerald collided with a Philippine-flagged container ship off Japan, killing seven "
        "American sailors.",
        "The US cruiser Belknap collided with the aircraft carrier John F. Kennedy during night exercises in the "
        "Mediterranean, killing seven sailors.",
        "The Swedish liner Stockholm struck the Italian liner Andrea Doria in fog off Nantucket, killing 46 people "
        "aboard the Italian ship.",
        "The Australian aircraft carrier Melbourne cut the destroyer Voyager in two during night exercises off Jervis "
        "Bay, killing 82 men.",
        # structures that collapse
        "The roof of a supermarket in Riga collapsed, killing 54 people.",
        "A bridge over the Polcevera river in Genoa collapsed, killing 43 people.",
        "An eight-storey garment factory building near Dhaka collapsed, killing more than a thousand workers.",
        # (deeds23 more accidents)
        "The oil tanker Exxon Valdez struck Bligh Reef in Prince William Sound, spilling crude oil along the coast.",
        "The Sampoong department store in Seoul collapsed, killing 502 people.",
        "Two walkways of the Hyatt Regency hotel in Kansas City collapsed during a tea dance, killing 114 people.",
    ],
)
def test_deeds23_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # an offer dismissed stays a rejection
        ("Kyiv dismissed Moscow's offer of a ceasefire.", "REJECT"),
        # a submarine that sinks a liner with no drill or fog named attacks it
        ("A German submarine struck and sank the British liner Lusitania off the Irish coast.", "ASSAULT"),
        ("A German submarine torpedoed and sank the British liner Lusitania off the Irish coast.", "ASSAULT"),
        # (deeds23 decisions and requests look alikes)
        # a body's own measure with no other party stays an agreement
        ("OPEC agreed to cut oil output by 1.5 million barrels a day.", "AGREE"),
        # an invasion with no request stays force
        ("Iraqi troops crossed into Kuwait before dawn and seized the emir's palace.", "ASSAULT"),
        ("US marines landed in Grenada and seized the airport.", "ASSAULT"),
    ],
)
def test_deeds23_look_alikes(code: Code, text: str, plover: str) -> None:
    assert plover in {e.event for e in code(text)}
