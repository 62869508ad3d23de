"""A past narrative's "would later" tells a deed as done, and "is yet to" denies it (issue 9, ninth session):
"eight years later it would invade the rest of Ukraine" is an invasion, not a supposed one (nor a threat);
"would" stays a hedge or a reported future elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality

from .helpers import Code

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        (
            "Russia annexed Crimea in 2014, and eight years later it would invade the rest of Ukraine.",
            "invade",
            "asserted",
        ),
        (
            "Azerbaijan regained seven districts in 2020 and would later retake Karabakh itself in 2023.",
            "retake",
            "asserted",
        ),
        (
            "Russian troops entered Kherson in March 2022 but would eventually withdraw from the city.",
            "withdraw",
            "asserted",
        ),
        (
            "The Soviet Union invaded Afghanistan in 1979 and would ultimately withdraw in 1989.",
            "withdraw",
            "asserted",
        ),
        # a reported future, a condition or a plain "would" keep their reading
        ("Analysts said Russia would later withdraw from Kherson.", "withdraw", "intended"),
        (
            "If talks failed, Azerbaijan would later retake Karabakh by force, analysts warned in 2022.",
            "retake",
            "hypothetical",
        ),
        ("Analysts think Azerbaijan would retake Karabakh by force.", "retake", "intended"),
        # "is / has yet to": not done
        ("Iran is yet to ratify the Paris climate agreement.", "ratify", "negated"),
        (
            "The United States has yet to ratify the Comprehensive Nuclear-Test-Ban Treaty.",
            "ratify",
            "negated",
        ),
    ],
)
def test_modality_narrative_would_is_told_as_done(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


def test_modality_narrative_would_keeps_the_deeds_own_code(code: Code) -> None:
    events = code(
        "Azerbaijan regained seven districts in 2020 and would later retake Karabakh itself in 2023."
    )
    retaken = [e for e in events if "retake" in e.trigger]
    assert retaken and retaken[0].modality == "asserted"
    assert retaken[0].event != "THREATEN"
