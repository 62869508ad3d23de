"""Pairs of parties, twenty-sixth session (issue 9; coref16, system16's categories B, C and E): people of two
parties fallen in fighting no party is named as doing fought each other ("Armenian and Azerbaijani soldiers were
killed in clashes": a reciprocal 190; conflict.py `both_sides_fell`, data conflict.json `loss_verbs`,
`fighting_nouns`); two parties taking part in talks negotiate and two attending one ceremony or opening meet there
(verbs.txt: 046 / 040 +recip, the ceremony +pair); a reaction in a later conjunct of a deed's clause, or a demand
that a deed named back stop, is aimed at the deed's doer (conflict.py `referred_back`). Sentences written for these
tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from realpolitik.records import Event

from .helpers import Code, no_event, parties


def _fights(events: list[Event]) -> list[Event]:
    return [e for e in events if e.cameo == "190"]


# ---- C: both sides' dead in fighting with no doer named (conflict.both_sides_fell) ----------------------------


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Armenian and Azerbaijani soldiers were killed in clashes on their border in November 2021.",
            {"ARM", "AZE"},
        ),
        (
            "Peruvian and Ecuadorian soldiers died in fighting in the Cenepa valley in February 1995.",
            {"PER", "ECU"},
        ),
        (
            "More than fifty Kyrgyz and Tajik citizens were killed in exchanges of fire on the border between the two "
            "countries in April 2021.",
            {"KGZ", "TJK"},
        ),
        (
            "Israeli and Syrian tank crews lost their lives by the hundreds in the battle for the Golan Heights in "
            "October 1973.",
            {"ISR", "SYR"},
        ),
    ],
)
def test_conflict_both_sides_fallen_in_fighting_fought_each_other(
    code: Code, text: str, sides: set[str]
) -> None:
    found = [e for e in _fights(code(text)) if e.reciprocal]
    assert found, code(text)
    assert parties(found[0]) == (sides, set())


def test_conflict_one_sides_dead_stay_done_to_it(code: Code) -> None:
    events = code("Four Armenian soldiers were killed in an exchange of fire near Tegh in April 2023.")
    assert events
    assert not any(e.reciprocal for e in events)
    assert all("ARM" not in parties(e)[0] for e in events)


# ---- E: two parties taking part in talks, attending one ceremony (verbs.txt 046 / 040 +recip +pair) -----------


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        (
            "Israeli and Jordanian negotiators took part in talks in Washington in 1993.",
            "046",
            {"ISR", "JOR"},
        ),
        (
            "Greek and Turkish officials took part in a fresh round of exploratory talks in Athens in March 2021.",
            "046",
            {"GRC", "TUR"},
        ),
        (
            "Serbia's Ivica Dacic and Kosovo's Hashim Thaci took part in talks in Brussels in April 2013.",
            "046",
            {"SRB", "XKX"},
        ),
        (
            "Vladimir Putin and Silvio Berlusconi attended the inauguration of the Blue Stream gas pipeline at Samsun "
            "in November 2005.",
            "040",
            {"RUS", "ITA"},
        ),
        (
            "Nicolas Sarkozy and Angela Merkel both attended the ceremony in Berlin in November 2009.",
            "040",
            {"FRA", "DEU"},
        ),
    ],
)
def test_events_two_parties_at_one_meeting_or_ceremony_meet(
    code: Code, text: str, cameo: str, sides: set[str]
) -> None:
    found = [e for e in code(text) if e.cameo == cameo]
    assert found, code(text)
    assert found[0].reciprocal
    assert parties(found[0]) == (sides, set())
    assert not any(e.event == "AGREE" for e in code(text))  # (the dictionary's bare "take part" is 030)


def test_events_one_party_at_a_ceremony_meets_no_one(code: Code) -> None:
    no_event(
        code, "Emmanuel Macron attended the ceremony at the Arc de Triomphe in November 2023.", "CONSULT"
    )


# ---- B: a reaction to a deed named back (conflict.referred_back) ----------------------------------------------


def test_roles_a_reaction_in_a_later_conjunct_is_aimed_at_the_first_clauses_doer(code: Code) -> None:
    text = "Australia cancelled its submarine contract with France in September 2021, and Paris condemned the decision."
    found = [e for e in code(text) if e.cameo[:2] == "11"]
    assert found
    assert parties(found[0]) == ({"FRA"}, {"AUS"})


def test_roles_a_demand_that_a_deed_named_back_stop_is_made_of_its_doer(code: Code) -> None:
    text = "Israel began a ground operation in Gaza in January 2009. Egypt demanded an immediate end to the operation."
    found = [e for e in code(text) if e.cameo[:2] == "10"]
    assert found
    assert parties(found[0]) == ({"EGY"}, {"ISR"})


def test_roles_an_appeal_that_a_deed_named_back_stop_is_made_of_its_doer(code: Code) -> None:
    text = "Russia began air strikes in Syria in September 2015. Turkey called for an immediate end to the raids."
    found = [e for e in code(text) if e.cameo[:2] in ("02", "10")]
    assert found
    assert parties(found[0]) == ({"TUR"}, {"RUS"})
