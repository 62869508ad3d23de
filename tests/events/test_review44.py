"""Review44: readings of the forty-fourth session checked against sentences they were not written for.

A deed hoped for is intended, not done: the small model lemmatises "hoped", "hopes" and "hoping" as "hop", so the
modality reader looked "hop" up among its embedding cues, found nothing and left "Sweden hoped to conclude a treaty"
asserted (modality._cue_lemma reads the word's plain de-inflections when the tagger's lemma is no cue word). A
command whose clause is denied ("ordered his troops not to withdraw", "never to abandon") names no deed for a
reading's `comp=` constraint: no withdrawal was ordered (match._complement_objects). A party that "came under attack"
or "under fire" over or for a matter is attacked in words, no force undergone (triggers._grievance_phrase; a phrase
of time is no matter). Sentences
written for these tests (true statements about real events), coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, of_type


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


@pytest.mark.parametrize(
    "text",
    [
        "Hitler ordered the Sixth Army not to withdraw from Stalingrad in January 1943.",
        "Stalin ordered the Red Army never to abandon Kiev in September 1941.",
    ],
)
def test_an_order_not_to_withdraw_is_no_withdrawal(code: Code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.event == "RETREAT" and e.modality == "asserted"], events


def test_an_order_to_withdraw_ones_own_troops_is_still_read(code: Code) -> None:
    text = "Israel ordered its troops to withdraw from the Gaza Strip in March 1957."
    assert of_type(code(text), "RETREAT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The IMF came under attack from Brazil over its austerity demands in 1987.",
        "The BBC came under attack from the Thatcher government over its Falklands coverage in 1982.",
        "The IMF came under attack from Argentina for its loan conditions in 2003.",
    ],
)
def test_an_attack_undergone_over_a_matter_is_no_assault(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT", "FIGHT")


def test_an_attack_undergone_over_a_time_is_still_force(code: Code) -> None:
    events = code("The Israeli town of Sderot came under rocket fire from Gaza for three days in 2007.")
    assert [e for e in events if e.event in ("ASSAULT", "FIGHT")], events
