"""Coercive acts of state organs told in wire idiom, fifty-first session (issue 9, custody51; probe
benchmarks/probes/custody51-1.json).

People put, bundled or hustled onto a plane or a ship by the state that removes them are expelled (174); a person
sent into exile is expelled even when the craft is named ("aboard a warship": no show of force). A legislature
broken up is an administrative sanction (172), an assembly of protesters broken up a crowd dispersed (175). A
movement, league or brotherhood dissolved or disbanded, and a body declared an illegal, unlawful or terrorist
organisation, is banned (1722). The police's charge with an offence is CAMEO 173 ("arrest, detain, or charge with
legal action"); a prosecutor's charge stays an accusation (112, the sets' majority). A person released from a post
"at his own request" resigns (0831), not a captive freed (0841). A prison sentence handed to a person told person
first is 173 (rule 8.1), not a hand-over of captives. Sentences written for these tests (true statements about real
events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was no event: "put" has no reading with a plane as its phrase)
        ("Egypt put the Australian journalist Peter Greste on a plane to Cyprus on 1 February 2015.", "EGY"),
        ("Honduran soldiers bundled President Manuel Zelaya onto a plane to Costa Rica on 28 June 2009.", "HND"),
        ("President Manuel Zelaya was bundled onto a plane to Costa Rica by Honduran soldiers on 28 June 2009.", "HND"),
    ],
)
def test_custody51_put_on_a_plane_is_expulsion(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "174", source, None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (was no event: "break up" read only crowds)
        ("Boris Yeltsin broke up Russia's parliament by decree in September 1993.", "RUS", None),
    ],
)
def test_custody51_legislature_broken_up(code: Code, text: str, source: str, target: str | None) -> None:
    some_event(code, text, "COERCE", "172", source, target)


def test_custody51_assembly_of_protesters_broken_up_is_dispersal(code: Code) -> None:
    some_event(
        code,
        "Belarusian riot police broke up an assembly of protesters in Minsk on 25 March 2017.",
        "ASSAULT",
        "175",
        "BLR",
        None,
        absent=("COERCE",),
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was no event: "movement" was not among the bodies a dissolution bans)
        ("France's government dissolved the environmental movement Les Soulevements de la Terre in June 2023.", "FRA"),
        # (was no event: a body declared illegal)
        ("China's government declared the Falun Dafa Research Society an illegal organisation in July 1999.", "CHN"),
    ],
)
def test_custody51_body_dissolved_or_declared_illegal_is_banned(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "1722", source, None)


@pytest.mark.parametrize(
    "text",
    [
        # (was ACCUSE 112: the charge read as an accusation in words)
        "Hong Kong police charged the activist Joshua Wong with incitement on 30 August 2019.",
        "The activist Joshua Wong was charged with incitement by Hong Kong police on 30 August 2019.",
    ],
)
def test_custody51_police_charge_is_arrest(code: Code, text: str) -> None:
    some_event(code, text, "COERCE", "173", None, None, absent=("ACCUSE", "DISAPPROVE"))


def test_custody51_prosecutors_charge_stays_accusation(code: Code) -> None:
    some_event(
        code,
        "US federal prosecutors charged the former Illinois governor Rod Blagojevich with corruption in April 2009.",
        "ACCUSE",
        None,
        "USA",
        None,
        absent=("COERCE",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # (was RETREAT 0841: a release of a person)
        "Ukraine's parliament released Interior Minister Arsen Avakov at his own request on 15 July 2021.",
        "Arsen Avakov was released at his own request from his post as Ukraine's interior minister on 15 July 2021.",
    ],
)
def test_custody51_released_at_own_request_is_resignation(code: Code, text: str) -> None:
    some_event(code, text, "CONCEDE", "0831", None, None, absent=("RETREAT",))


def test_custody51_prison_sentence_handed_person_first(code: Code) -> None:
    # (was RETREAT 0841: the person handed read as a captive handed over)
    some_event(
        code,
        "A court in Minsk handed the opposition figure Maria Kolesnikova an eleven-year prison sentence on 6 September"
        " 2021.",
        "COERCE",
        "173",
        "BLR",
        None,
        absent=("RETREAT",),
    )
