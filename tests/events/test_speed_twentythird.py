"""The twenty-third session's speed-ups give what the plain computation gives: the date clues' folding of an
ASCII text is its lower case, and the needs of a date pattern are tested in any order to the same answer."""

from __future__ import annotations

import pytest

from realpolitik.events import dates


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday evening, two weeks ago, late this year: 3 May 2021.",
        "FRİDAY, ſeptember 3 \u212aabul",
        "They met la\u017ft n\u0131ght.",
        "Les États-Unis et la Côte d'Ivoire",
        "",
        "ALL CAPS HEADLINE 2021",
    ],
)
def test_date_key_equals_the_translation_then_lower_case(text: str) -> None:
    assert dates._key(text) == text.translate(dates._FOLD).lower()


def test_fold_maps_no_ascii_character() -> None:
    # (what lets `_key` lower-case an ASCII text without translating it)
    assert all(key >= 128 for key in dates._FOLD)


@pytest.mark.parametrize(
    "text", ["last week", "later this month", "the past year", "this morning", "it rained", "mid-2021"]
)
def test_a_date_pattern_that_matches_has_all_its_needs_present(text: str) -> None:
    # (what makes the pre-filter on the needs safe, whatever order they are asked in: a pattern never matches a
    # text that lacks one of its clue groups)
    present = dates._Present(text)
    for (pattern, _resolver), needs in zip(dates._PATTERNS, dates._NEEDS, strict=True):
        if pattern.search(text):
            assert all(present[g] for g in needs), (pattern.pattern, needs)
