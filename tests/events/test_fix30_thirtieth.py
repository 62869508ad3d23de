"""Readings two older tests guard that the thirtieth session's talk20 change d5a4623 broke (fix30; issue 9).

A body of states whose name ends in a head word such as 'Union' or 'League' is still a bloc when it suspends a state
from its activities (160), though the head word of its name is no class word of the subject any more (no protester);
a court's finding that a party has no right to force, compel or oblige another party to act turns down a claim on
that party (no judgement 116 of a deed done), where 'had no right to' do a deed stays a judgement. Checked through the
real pipeline on sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


def test_a_union_of_states_suspending_a_state_from_its_activities(code: Code) -> None:
    text = "The African Union suspended Burkina Faso from all its activities in September 2015."
    some_event(code, text, "SANCTION", "160", "IGO-AU", "BFA")


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia had no right to compel Chile to negotiate sovereign access to the Pacific, the International Court of"
        " Justice found.",
        "The International Court of Justice found that Bolivia had no right to force Chile to negotiate access to the"
        " sea.",
    ],
)
def test_no_right_to_make_another_party_act_is_no_judgement_of_a_deed(code: Code, text: str) -> None:
    no_event(code, text, "ACCUSE")


def test_no_right_to_force_people_out_of_a_place_stays_a_judgement(code: Code) -> None:
    text = "The tribunal in The Hague found that China had no right to force Philippine fishermen out of Scarborough Shoal."
    some_event(code, text, "ACCUSE", "116", None, "CHN")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Bill Clinton ordered American troops to leave Somalia by the end of March 1994.", "USA", "SOM"),
        ("Mikhail Gorbachev ordered Soviet troops out of Afghanistan.", "RUS", "AFG"),
    ],
)
def test_a_leader_ordering_the_troops_of_his_own_country_out_is_its_retreat(
    code: Code, text: str, source: str, target: str
) -> None:
    # (fae8163's +own on the order entries: a nationality word naming the subject's own country is no other party's)
    some_event(code, text, "RETREAT", "0874", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders were welcomed to Sochi in November 2021.",
        "The guests were welcomed to Sochi in November 2021.",
    ],
)
def test_a_welcome_to_a_place_by_no_one_named_hosts_no_one(code: Code, text: str) -> None:
    # (coref20's 043 'welcome ... guests': with no host named, the place the guests were welcomed to is the host's,
    # not the guest; the old test_transcripts case 'I am glad to welcome our guests to Ankara' is the same shape)
    no_event(code, text, "CONSULT")
