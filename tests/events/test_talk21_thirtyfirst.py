"""Talk-family readings, thirty-first session (talk21; issue 9).

Ultimatums: a demand or a call whose alternative names what the party would undergo ("told X to ... or face the
consequences"), also after a list of deeds or a deed's own adjunct, or in a fronted "X must ... or face ..., <speaker>
told", and a demand made "in an ultimatum", are threats with a deadline (139), not demands; a deadline set for a party
to act is one too. Bare orders and calls keep their demand reading. A deed of the main clause whose doer is named but
not coded is the news, not a deed of the clause of time before it. Each checked through the real pipeline on
sentences written for these tests (true statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Britain and France called on Germany to sign the peace treaty or face a renewed war.",
            "GBR FRA",
            "DEU",
        ),
        (
            "Britain told the Turkish nationalists to pull their troops out of the neutral zone and respect the "
            "Straits or face war.",
            "GBR",
            "TUR",
        ),
        (
            "Japan told Germany to withdraw its warships from Chinese waters, replying within a week or facing the "
            "consequences.",
            "JPN",
            "DEU",
        ),
        (
            "Germany must sign the treaty within days or face the resumption of war, Georges Clemenceau told its "
            "delegation.",
            "FRA",
            "DEU",
        ),
        (
            "Belgium must let German troops cross its territory, Berlin told the Belgian government in an ultimatum.",
            "DEU",
            "BEL",
        ),
        ("Washington set Serbia a deadline to sign the peace plan.", "USA", "SRB"),
    ],
)
def test_ultimatum(code: Code, text: str, source: str | None, target: str) -> None:
    some_event(code, text, "THREATEN", "139", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "NATO told Serbia to pull its forces out of Kosovo.",
        "Britain called on Argentina to withdraw its troops from the Falklands.",
    ],
)
def test_bare_order_stays_a_demand(code: Code, text: str) -> None:
    events = no_event(code, text, "THREATEN")
    assert any(e.event == "REQUEST" for e in events), events


def test_alternative_without_consequence_is_no_ultimatum(code: Code) -> None:
    no_event(
        code,
        "Britain told Iceland to release the trawler or hand its crew to the British consul.",
        "THREATEN",
    )


def test_deadline_set_for_no_party_is_no_ultimatum(code: Code) -> None:
    no_event(code, "The European Union set a deadline of June to reach a deal on migration.", "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "After thousands of protesters filled the streets of Prague, Milos Jakes resigned as party leader.",
        "After miners clashed with police in Bucharest, Petre Roman resigned as prime minister.",
    ],
)
def test_main_deed_with_an_uncoded_doer_beats_the_background(code: Code, text: str) -> None:
    # (the resignation is the news; the protest of the clause of time is its background, even though the resolver
    # does not know the man who resigned)
    events = some_event(code, text, "CONCEDE", "0831", None, None, absent=("PROTEST",))
    assert len(events) == 1, events
