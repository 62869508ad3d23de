"""Frames whose complement decides the type, forty-fifth session (frames45, issue 9): an authorised deed of force is a
threat (authorising verbs read from WordNet), an announced end of an operation or of an emergency is the ending as
the lexicon reads the ending verb with the ended thing as its object, a demobilisation cancelled or put off keeps the
forces mobilised, and a vowed unknown deed that befalls another party or the doers of a deed of force is a threat.
Look-alikes: an authorised inquiry, an announced end of relations, a vow of one's own reform. Sentences written for
these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the authorised deed in the "to" clause of the authorising verb, under a vote
        (
            "The House of Representatives voted on Thursday to authorise President George W. Bush to use force "
            "against Iraq.",
            "USA",
            "IRQ",
        ),
        # the authorising verb itself the news; the one authorised, of the authorising side, is no target
        (
            "The Security Council authorised member states in March 2011 to use force to protect civilians in Libya.",
            "IGO-UNSC",
            "LBY",
        ),
        (
            "Russia's upper house of parliament authorised President Vladimir Putin on Tuesday to use military force "
            "abroad.",
            "RUS",
            "",
        ),
    ],
)
def test_an_authorised_deed_of_force_is_a_threat(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "THREATEN", None, source, target or None, absent=("CONCEDE",))
    if not target:
        assert all(not e.target for e in code(text) if e.event == "THREATEN")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an authorised inquiry
        (
            "Judges of the International Criminal Court authorised the prosecutor in November 2017 to investigate "
            "killings in Burundi.",
            None,
        ),
        # an authorised deployment keeps its own reading, a show of force
        (
            "The Turkish parliament on Thursday authorised the government to send troops into Syria and Iraq to "
            "fight Islamic State.",
            "MOBILIZE",
        ),
    ],
)
def test_an_authorised_inquiry_or_deployment_is_no_threat(code: Code, text: str, kind: str | None) -> None:
    events = no_event(code, text, "THREATEN")
    if kind is not None:
        assert any(e.event == kind for e in events), events


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "source"),
    [
        # an operation: the offensive halted
        (
            "President Dmitry Medvedev announced on Tuesday the end of Russia's military operation in Georgia.",
            "RETREAT",
            "087",
            "RUS",
        ),
        # a state of emergency: the emergency lifted
        (
            "President Abdel Fattah al-Sisi announced on Monday the end of the state of emergency in Egypt.",
            "CONCEDE",
            "0814",
            "EGY",
        ),
    ],
)
def test_an_announced_end_is_the_ending(code: Code, text: str, kind: str, cameo: str, source: str) -> None:
    some_event(code, text, kind, cameo, source, None)


def test_an_announced_end_of_relations_is_their_breaking(code: Code) -> None:
    some_event(
        code,
        "Bolivia announced on Tuesday the end of its diplomatic relations with Israel.",
        "SANCTION",
        "161",
        "BOL",
        "ISR",
        absent=("RETREAT", "CONCEDE"),
    )


def test_a_demobilisation_put_off_keeps_the_forces_mobilised(code: Code) -> None:
    some_event(
        code,
        "The Soviet Union suspended the demobilisation of its conscripts in August 1961 as the Berlin crisis deepened.",
        "MOBILIZE",
        "154",
        "RUS",
        None,
        absent=("RETREAT",),
    )


def test_a_vowed_unknown_deed_that_befalls_another_party_is_a_threat(code: Code) -> None:
    some_event(
        code,
        "President Joe Biden vowed in August 2021 to make Islamic State pay for the bombing at Kabul airport.",
        "THREATEN",
        None,
        "USA",
        None,
    )


def test_a_vow_of_ones_own_change_is_no_threat(code: Code) -> None:
    no_event(
        code,
        "Prime Minister Jacinda Ardern vowed in March 2019 that New Zealand would change its gun laws.",
        "THREATEN",
    )
