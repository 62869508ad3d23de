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
    ],
)
def test_deeds23_look_alikes(code: Code, text: str, plover: str) -> None:
    assert plover in {e.event for e in code(text)}
