"""Journeys, thirty-seventh session (journeys37, issue 9): the nouns of a journey (arrival, journey, voyage, trip,
tour, visit, departure, return) read with the verbs' destination test (a visit, 042, when the possessor, a party,
goes to another party's place; none for the arrival of aid, one's own country or a phrase of no party); a journey
in a background phrase ("after his visit to", "on his return from", "at the end of his tour of") is the setting of
another event, no visit; the host's side told with the guest's arrival ("welcomed X on his arrival") is hosting
(043); a body of inquiry's journey with its task ("a commission arrived in X to investigate ...") is the inquiry
begun, not a visit. Sentences written for these tests, true statements about real events, coded through the real
pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Richard Nixon's arrival in Beijing in February 1972 ended two decades of estrangement.",
            "USA",
            "CHN",
        ),
        ("Pope John Paul II's journey to Cuba in January 1998 drew huge crowds in Havana.", "VAT", "CUB"),
    ],
)
def test_a_partys_journey_told_as_a_noun_to_another_partys_place_is_a_visit(
    code: Code, text: str, source: str, target: str
):
    some_event(code, text, "CONSULT", "042", source, target)


@pytest.mark.parametrize(
    "text",
    [
        # background: the journey is the time of another event
        "Mikhail Gorbachev returned to Moscow in December 1987 after his visit to the United States.",
        "At the end of his tour of the United States in September 1959, Nikita Khrushchev flew home to Moscow.",
    ],
)
def test_a_journey_in_a_background_phrase_is_no_visit(code: Code, text: str):
    no_event(code, text, "CONSULT")


def test_the_arrival_of_aid_is_no_visit(code: Code):
    no_event(
        code,
        "The arrival of American food aid in Somalia in December 1992 was watched by the world.",
        "CONSULT",
    )


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # a host welcoming a guest on his arrival hosts a visit
        (
            "Zhou Enlai welcomed Richard Nixon on his arrival in Beijing in February 1972.",
            "CONSULT",
            "043",
            "CHN",
            "USA",
            ("SUPPORT",),
        ),
        # a body of inquiry travelling to investigate begins the inquiry
        (
            "A United Nations team of inspectors arrived in Iraq in November 2002 to investigate Baghdad's weapons programmes.",
            "ACCUSE",
            None,
            "IGO-UN",
            None,
            ("CONSULT",),
        ),
        # a journey noun after for is no place gone to
        # "for the first journey ... to Latin America": the journey itself; the visit is to the place landed in
        (
            "Pope Paul VI flew from Rome in August 1968 for the first journey any pope had made to Latin America,"
            " landing in Bogota.",
            "CONSULT",
            "042",
            "VAT",
            "COL",
            (),
        ),
        # arriving on a visit to a place visits it
        (
            "Emperor Hirohito of Japan arrived on a state visit to Britain in October 1971.",
            "CONSULT",
            "042",
            "JPN",
            "GBR",
            (),
        ),
    ],
)
def test_journeys_thirtyseventh_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


def test_a_journey_joined_to_a_deed_gives_the_deed_first(code: Code):
    # the journey brought its traveller to the deed told after it; the deed is the news
    events = code("Richard Nixon flew to Moscow in May 1972 and signed the ABM Treaty with Leonid Brezhnev.")
    assert events and events[0].event == "SUPPORT" and events[0].cameo == "057", events


def test_a_journey_joined_to_a_meeting_stays_a_visit(code: Code):
    events = code(
        "Pope Paul VI flew to Jerusalem in January 1964 and embraced Patriarch Athenagoras on the Mount of Olives."
    )
    assert events and events[0].event == "CONSULT", events
