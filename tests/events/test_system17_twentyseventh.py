"""system17's additions in the twenty-seventh session (issue 10), through the real pipeline. Sentences written for
these tests, true statements about real events of odd years or of no year.

A breakaway entity named with its state's name ("the self-proclaimed republics in eastern Ukraine", "Georgia's
breakaway regions") is the entity, sector REB, not the state: recognising it is support for the entity, and the
dyads (`store.done_to_state`) do not read it as cooperation with the state it breaks from."""

from __future__ import annotations

import pytest

from realpolitik.store import acts_for_state, done_to_state

from .helpers import Code, some_event


def _targets(code: Code, text: str, cameo_root: str) -> set[tuple[str, str | None]]:
    return {(a.code, a.sector) for e in code(text) if e.cameo.startswith(cameo_root) for a in e.target}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Putin recognised the self-proclaimed republics in eastern Ukraine.", "UKR"),
        ("Nicaragua recognised the separatist Georgian regions as independent states.", "GEO"),
        ("Belarus has never recognised Georgia's breakaway regions.", "GEO"),
        (
            "Germany recognised the breakaway Yugoslav republics of Slovenia and Croatia in December 1991.",
            "SRB",
        ),
    ],
)
def test_a_breakaway_entity_named_with_its_states_name_is_not_the_state(
    code: Code, text: str, state: str
) -> None:
    found = _targets(code, text, "05")
    assert (state, "REB") in found
    assert not [t for t in found if t[0] == state and done_to_state(*t)]


def test_the_leaders_of_a_breakaway_entity_do_not_act_for_the_state(code: Code) -> None:
    text = "Leaders of the self-proclaimed republics in eastern Ukraine asked Moscow for military help."
    sources = {(a.code, a.sector) for e in code(text) for a in e.source}
    assert ("UKR", "REB") in sources
    assert not [s for s in sources if s[0] == "UKR" and acts_for_state(*s)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an 'of' phrase names the entity itself as often as its parent: left alone
        ("Iceland recognised the independence of Lithuania in February 1991.", ("LTU", None)),
        # a place of the deed with no breakaway word stays the state
        ("Azerbaijani forces shelled Armenian positions in 2021.", ("ARM", None)),
    ],
)
def test_a_state_named_without_a_breakaway_word_keeps_its_sector(
    code: Code, text: str, target: tuple[str, str | None]
) -> None:
    assert target in {(a.code, a.sector) for e in code(text) for a in e.target}


# An embassy that reopens, resumes or suspends its work: diplomatic cooperation (050) or its reduction (161) with
# the country it is in, whether the embassy is the subject or the object's owner.
@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("America's embassy in Havana reopened in August 2015 after 54 years.", "050", "USA", "CUB"),
        ("Britain's embassy in Tehran resumed its work in August 2015.", "050", "GBR", "IRN"),
        ("Azerbaijan resumed the work of its embassy in Tehran in July 2023.", "050", "AZE", "IRN"),
        (
            "Azerbaijan's embassy in Tehran suspended its work in January 2023 after a gunman attacked it.",
            "161",
            "AZE",
            "IRN",
        ),
    ],
)
def test_an_embassy_resuming_or_suspending_its_work(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, "SANCTION" if cameo == "161" else "SUPPORT", cameo, source, target)


def test_an_organisations_mission_resuming_its_work_is_no_embassy(code: Code) -> None:
    assert not [e for e in code("The UN mission in Kabul resumed its work in 2021.") if e.cameo == "050"]


# A show of force held at a place told to be a border only in an apposition or a relative clause on it faces the
# neighbour of that border's 'with' phrase, as one held "near its border with X" does.
@pytest.mark.parametrize(
    "text",
    [
        "In October 2021 Iran staged war games along the Aras, which forms much of its border with Azerbaijan.",
        "Iran's Revolutionary Guards held exercises in October 2021 along the Aras, the river that marks a long"
        " stretch of Iran's frontier with Azerbaijan.",
    ],
)
def test_a_show_of_force_at_a_place_told_to_be_a_border_faces_the_neighbour(code: Code, text: str) -> None:
    some_event(code, text, "MOBILIZE", None, "IRN", "AZE")


def test_a_place_told_with_no_border_gives_no_target(code: Code) -> None:
    text = "Iran held naval drills in the Caspian Sea in 2021, which it shares with Azerbaijan and three other states."
    assert not [e for e in code(text) if e.event == "MOBILIZE" and {a.code for a in e.target} == {"AZE"}]


# A gapped conjunct whose doer the parser hangs on the remnant's object ("... and Armenia two Azerbaijani
# servicemen"): the second doer does the same deed to the party named on its object, and the first deed's target
# keeps none of the remnant's parties.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Azerbaijan released 32 Armenian servicemen in December 2023 and Armenia two Azerbaijani servicemen.",
            ("AZE", "ARM"),
            ("ARM", "AZE"),
        ),
        (
            "The United States expelled ten Russian diplomats in April 2021 and Russia ten American ones.",
            ("USA", "RUS"),
            ("RUS", "USA"),
        ),
    ],
)
def test_a_gapped_doer_hung_on_the_remnants_object(
    code: Code, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    pairs = {(frozenset(a.code for a in e.source), frozenset(a.code for a in e.target)) for e in code(text)}
    assert (frozenset({first[0]}), frozenset({first[1]})) in pairs
    assert (frozenset({second[0]}), frozenset({second[1]})) in pairs


def test_a_remnant_with_another_kind_of_object_is_no_gapped_deed(code: Code) -> None:
    text = "Azerbaijan handed 15 Armenian detainees to Armenia in June 2021, and Armenia maps of minefields to Baku."
    assert not [e for e in code(text) if e.cameo == "0841" and {a.code for a in e.source} == {"ARM"}]


# Wanting something from a party is a demand made of it (100), not an intent to cooperate with it (PETRARCH2's
# default for "want", 030): the seed reading of Russia-Ukraine as cooperative rested partly on one such sentence.
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("This is what Putin wanted from Ukraine through the Minsk agreements of 2015.", "RUS", "UKR"),
        ("In 2021 Moscow wanted written guarantees from NATO.", "RUS", "IGO-NATO"),
    ],
)
def test_wanting_something_from_a_party_is_a_demand(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REQUEST", "100", source, target)
    assert not [e for e in code(text) if e.cameo == "030"]
