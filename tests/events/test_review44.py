"""Review44: readings of the forty-fourth session checked against sentences they were not written for.

A deed hoped for is intended, not done: the small model lemmatises "hoped", "hopes" and "hoping" as "hop", so the
modality reader looked "hop" up among its embedding cues, found nothing and left "Sweden hoped to conclude a treaty"
asserted (modality._cue_lemma reads the word's plain de-inflections when the tagger's lemma is no cue word). Sentences
written for these tests (true statements about real events), coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code


@pytest.mark.parametrize(
    "text",
    [
        "Sweden hoped to conclude a trade agreement with the Soviet Union in 1947.",
        "Mexico hoped to sign a free trade agreement with the United States in 1990.",
        "In 1962 Britain was hoping to join the European Economic Community.",
    ],
)
def test_a_deed_hoped_for_is_not_asserted(code: Code, text: str) -> None:
    events = code(text)
    assert events, "no event"
    assert all(e.modality != "asserted" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # the de-inflection is read only where the tagger's lemma is no cue word: a deed done stays asserted
        "Mexico signed the North American Free Trade Agreement in December 1992.",
        "Protesters staged a rally against the treaty in Seoul in 1965.",
    ],
)
def test_a_deed_done_stays_asserted(code: Code, text: str) -> None:
    events = code(text)
    assert events, "no event"
    assert events[0].modality == "asserted", events
