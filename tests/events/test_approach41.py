"""Forces approaching a place are moving, not giving aid (forty-first session, the lead, from review41's look-alikes).

PETRARCH2's block line for "arrive / approach / come" with a military subject reads military aid (072); for
"approach" the hand lexicon reads no event of its own (data/verbs.txt). Sentences written for these tests (true
statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces approached Kyiv from the north in late February 2022.",
        "American troops approached Baghdad in early April 2003.",
    ],
)
def test_forces_approaching_a_place_give_no_aid(code: Code, text: str) -> None:
    no_event(code, text, "AID")


def test_a_deed_told_beside_the_approach_is_still_read(code: Code) -> None:
    # (what the forces do there is read from its own verb)
    some_event(
        code,
        "Russian forces approached Kyiv in February 2022 and shelled its northern suburbs.",
        "ASSAULT",
        None,
        "RUS",
        None,
    )
