"""Strikes told as a refusal to work, thirty-first session (issue 9, protest21b): a category met first on a probe
batch written before the coder ran on it (benchmarks/probes/protest21b-1.json).

Working people who refuse to work, to go down the pits or shafts, to return to work or to report for their shifts
strike (143, the codebook's "refuse to work"), not a generic refusal (120/125); a government's refusal to work with
someone stays no strike. Each is checked on sentences written for these tests (true statements about real events)
through the real pipeline. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        ("Miners in South Wales refused to go down the shafts in July 1915.", "PROTEST", "143", "GBR", None),
        ("Dockers in Liverpool refused to return to work in August 1911.", "PROTEST", "143", "GBR", None),
        (
            "Thousands of nurses in Kenya refused to report for their shifts in June 2017.",
            "PROTEST",
            "143",
            "KEN",
            None,
        ),
        (
            "Workers in Buenos Aires refused to work in May 1909 after the police fired on a rally.",
            "PROTEST",
            "143",
            "ARG",
            None,
        ),
    ],
)
def test_protest21b_refusal_to_work(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a government that refuses to work with a party does not strike
        "The government refused to work with the opposition.",
        # miners refusing an offer reject it; they do not (yet) strike
        "The miners refused to accept the pay offer of the coal board.",
    ],
)
def test_protest21b_refusals_that_are_no_strike(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        # a merchant ship or a liner that strikes or rams another vessel collides with it by accident
        "The Norwegian steamer Imo struck the French munitions ship Mont-Blanc in Halifax harbour in December 1917.",
        "The Italian liner Florida rammed the White Star liner Republic off Nantucket in January 1909.",
    ],
)
def test_protest21b_ship_collisions_are_no_attack(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT", "FIGHT")


def test_protest21b_a_submarine_striking_a_liner_stays_an_attack(code: Code) -> None:
    events = code(
        "The German submarine U-20 struck the British liner Lusitania with a torpedo off Ireland in May 1915."
    )
    assert {e.event for e in events} & {"ASSAULT", "FIGHT"}, events
