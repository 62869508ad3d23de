"""Event readings the object decides, fifteenth session (issue 9, patterns): cooperation, coordination or contacts
broken off (a reduction of relations, where the dictionary's bare "BREAK OFF" reads a threat), and messages or
letters of condolence sent (a statement of sympathy, where the dictionary's "SEND MESSAGE" reads a consultation).

Each category is checked on sentences written for these tests (true statements about real actors), through the
real pipeline (spaCy parse, actor resolver, event coder), with a look-alike that keeps its reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("North Korea broke off all communication links with South Korea in June 2020.", "PRK", "KOR"),
        ("Morocco broke off contacts with the German embassy in Rabat in March 2021.", "MAR", "DEU"),
    ],
)
def test_readings_patterns_cooperation_broken_off(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "SANCTION", "160", source, target, absent=("THREATEN",))


def test_readings_patterns_relations_broken_off_keep_their_code(code: Code) -> None:
    some_event(
        code,
        "Bahrain broke off diplomatic relations with Iran in January 2016.",
        "SANCTION",
        "161",
        "BHR",
        "IRN",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi sent a message of sympathy to Jacinda Ardern after the Christchurch mosque attacks in March 2019.",
        "Vladimir Putin sent a letter of condolence to Emmanuel Macron after the fire at Notre-Dame in April 2019.",
        "Queen Elizabeth sent her condolences to the people of New Zealand after the Christchurch attacks in March 2019.",
    ],
)
def test_readings_patterns_condolences_sent_are_no_consultation(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT")
