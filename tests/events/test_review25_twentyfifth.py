"""Over-broad readings of the twenty-fifth session that review25 found, narrowed by the lead: a coach is also a
person; vehicles that carry a delegation arrive on a visit and trucks that block a border protest; explosions at
a school, a bus or an airport are attacks; negotiators sent to talks are no walk-out; the end of a mobilisation
approved is no call-up. Sentences written by the project (odd years)."""

from __future__ import annotations

import pytest

from realpolitik.events.knowledge import coder_words

from .helpers import Code, no_event, some_event


def _codes(events: list) -> set[str]:
    return {str(e.cameo) for e in events}


def test_a_coach_is_no_vehicle() -> None:
    # a coach is also a person: as a vehicle noun it silenced every deed a team's coach does
    assert "coach" not in coder_words().vehicle_nouns


def test_trucks_that_block_a_border_protest(code: Code) -> None:
    events = code("Polish trucks blocked the border crossings with Ukraine in November 2023.")
    assert any(str(e.cameo).startswith("14") for e in events), events


def test_a_train_carrying_a_leader_arrives_on_a_visit(code: Code) -> None:
    events = code("The armoured train carrying Kim Jong Un arrived in Russia in September 2023.")
    assert any(e.event == "CONSULT" and "PRK" in [a.code for a in e.source] for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Explosions at a girls' school in Kabul killed more than 80 people in May 2021.",
        "A blast hit a bus carrying Chinese engineers in northern Pakistan in July 2021.",
    ],
)
def test_an_explosion_at_a_school_or_a_bus_is_an_attack(code: Code, text: str) -> None:
    some_event(code, text, "ASSAULT", None, None, None)


def test_a_delegation_sent_to_talks_is_no_walk_out(code: Code) -> None:
    events = code(
        "In November 2023 Netanyahu ordered Israel's negotiating team to travel to Qatar for talks on the hostages."
    )
    assert "164" not in _codes(events), events


def test_the_end_of_a_mobilisation_approved_is_no_call_up(code: Code) -> None:
    no_event(code, "Germany's parliament approved the suspension of conscription in March 2011.", "MOBILIZE")
