"""Codebook families, seventeenth session (issue 9, sweep): readings of the CAMEO roots 07, 08, 13 and 16 that the
probe sweep-1 (written from the codebook before the coder ran on it) found missing, each checked here on other
sentences written for these tests (true statements about real events), through the real pipeline, with look-alikes
that keep their own reading. A source or target left as None is not checked.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 0841 a person set free, the state word parsed as a clause of its own
        (
            "Egypt set the activist Alaa Abd El-Fattah free in September 2025.",
            "RETREAT",
            "0841",
            "EGY",
            "EGY",
        ),
        # 085 economic sanctions or an embargo scrapped, loosened, dropped
        (
            "The European Union scrapped its economic sanctions on Syria in May 2025.",
            "RETREAT",
            "085",
            None,
            "SYR",
        ),
        (
            "The United States loosened its sanctions on Venezuela's oil sector in October 2023.",
            "RETREAT",
            "085",
            "USA",
            "VEN",
        ),
        # 0842 looted art given back (antiquities, statues, bronzes as property)
        (
            "The Netherlands returned four Singasari temple statues to Indonesia in July 2023.",
            "RETREAT",
            "0842",
            "NLD",
            "IDN",
        ),
        # 071 money paid out as aid
        (
            "The European Union paid out the first 4.5 billion euros of its Ukraine Facility in March 2024.",
            "AID",
            "071",
            None,
            None,
        ),
        # 073 relief given as a gift; a field hospital set up
        (
            "China gifted 600,000 doses of its Sinopharm vaccine to Cambodia in February 2021.",
            "AID",
            "073",
            "CHN",
            "KHM",
        ),
        ("Jordan set up a field hospital in Gaza in January 2009.", "AID", "073", "JOR", "PSE"),
        # 13x a refusal to rule out force: the deed is put forward, a threat
        (
            "Donald Trump declined in January 2025 to rule out military force to take control of the Panama Canal.",
            "THREATEN",
            None,
            "USA",
            None,
        ),
        (
            "Donald Trump refused on 7 January 2025 to rule out the use of force to take Greenland.",
            "THREATEN",
            None,
            "USA",
            None,
        ),
    ],
)
def test_codebook_families(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "not_cameo"),
    [
        # a curfew lifted is an administrative restriction eased (081), not an economic sanction (085)
        ("Sri Lanka lifted its nationwide curfew in April 2019.", "085"),
        # a hospital built at home is no aid
        ("China built a hospital in Wuhan in ten days in February 2020.", "073"),
        # ruling out force "against" a party refuses it; it finds no one guilty
        ("Germany ruled out taking part in military action against Syria in August 2013.", "116"),
    ],
)
def test_codebook_families_look_alikes(code: Code, text: str, not_cameo: str) -> None:
    assert all(event.cameo != not_cameo for event in code(text))
