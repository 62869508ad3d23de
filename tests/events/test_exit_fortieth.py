"""Leaving an office, a body, talks or a relation, fortieth session (exit40, issue 9): one reading for the family of
leaving, ending and handing over, decided by the object or the "from", "out of", "away from" or "into" phrase: an
office or a throne left, given up, vacated or renounced, a step down from an office, a flight into exile and a
resignation or an abdication signed or accepted are CONCEDE 0831; a body walked, led or taken out of or walked away
from is SANCTION 160 (talks 164); a foreign mission on one's soil ended is 166. A step down from anything that is no
office is no resignation. Sentences written for these tests, true statements about real events, coded through the
real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, of_type, parties_of_type, some_event


@pytest.mark.parametrize(
    "text",
    [
        # an office as the object of a verb of leaving or giving up
        "Prince Norodom Sihanouk yielded the throne of Cambodia to his father in March 1955.",
        "Richard Nixon left office at noon on August 9, 1974.",
        # a retirement from an office
        "Harold Wilson retired from office in April 1976.",
        # a flight into exile, with and without the country left
        "Juan Peron fled into exile in Paraguay in September 1955.",
        "Ferdinand Marcos left the Philippines for exile in Hawaii in February 1986.",
        # a resignation or an abdication as the object of a light verb
        "Edward VIII signed his abdication at Fort Belvedere in December 1936.",
        "President Eisenhower accepted the resignation of Sherman Adams in September 1958.",
    ],
)
def test_leaving_an_office_is_a_concession_of_office(code: Code, text: str):
    some_event(code, text, "CONCEDE", "0831", None, None, absent=("AGREE", "SUPPORT", "CONSULT", "AID"))


@pytest.mark.parametrize(
    "text",
    [
        # a body walked away from, a delegation led out of a body
        "North Korea walked away from the International Atomic Energy Agency in June 1994.",
        "Yakov Malik led the Soviet delegation out of the Security Council in January 1950.",
        # a state taken out of a body
        "The colonels took Greece out of the Council of Europe in December 1969.",
    ],
)
def test_leaving_a_body_reduces_relations(code: Code, text: str):
    some_event(code, text, "SANCTION", "160", None, None, absent=("AGREE", "CONSULT"))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # a delegation led out of talks halts negotiations
        (
            "Le Duc Tho led the North Vietnamese delegation out of the Paris talks in December 1972.",
            "SANCTION",
            "164",
            None,
            None,
            ("AGREE",),
        ),
        # a foreign mission ended on ones soil is an expulsion
        (
            "Niger's military rulers ended the mission of the French troops on its soil in 2023.",
            "SANCTION",
            "166",
            None,
            None,
            (),
        ),
        # walking away from a body said for the future is the leaving
        # (announced, the leaving is made: docs/annotation-conventions.md 5.1; "walk" is one of the exit verbs)
        (
            "The United States said in December 1983 that it would walk away from UNESCO at the end of 1984.",
            "SANCTION",
            "160",
            "USA",
            None,
            ("THREATEN",),
        ),
        # leaving a body at the end of the year stays the leaving announced
        (
            "The United States said in December 1983 that it would leave UNESCO at the end of 1984.",
            "SANCTION",
            "160",
            "USA",
            None,
            ("THREATEN",),
        ),
    ],
)
def test_exit_fortieth_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


@pytest.mark.parametrize(
    "text",
    [
        "Pope Paul VI stepped down from his aircraft at Amman airport in January 1964.",
        "Nikita Khrushchev stepped down from his Tu-114 airliner at Andrews Air Force Base in September 1959.",
    ],
)
def test_a_step_down_from_no_office_is_no_resignation(code: Code, text: str):
    no_event(code, text, "CONCEDE")


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # power handed over to another (a change of regime, 0834), an office handed to a successor (0831)
        (
            "Argentina's military junta handed power to an elected civilian government in December 1983.",
            "CONCEDE",
            "0834",
        ),
        (
            "Queen Margrethe II handed the throne of Denmark to her son Frederik in January 2024.",
            "CONCEDE",
            "0831",
        ),
        # membership of a body ended or renounced
        ("Japan ended its membership in the League of Nations in 1935.", "SANCTION", "160"),
        # a summit quit (no office: "quit" alone is a resignation)
        (
            "Muammar Gaddafi quit the Arab League summit in Tunis on its opening day in May 2004.",
            "SANCTION",
            "164",
        ),
    ],
)
def test_power_handed_over_and_membership_ended(code: Code, text: str, plover: str, cameo: str):
    some_event(code, text, plover, cameo, None, None)


def test_the_place_of_exile_is_no_target(code: Code):
    # (docs/annotation-conventions.md 7: the challenger is the target; where the ruler goes is no party to it)
    events = code("Jean-Bertrand Aristide flew into exile in the Central African Republic in February 2004.")
    sources, targets = parties_of_type(events, "CONCEDE")
    assert sources == {"HTI"} and "CAF" not in targets, events
    assert not of_type(events, "AID"), events


def test_refugees_fleeing_into_exile_concede_no_office(code: Code):
    no_event(code, "Thousands of Hungarian refugees fled into exile in Austria in November 1956.", "CONCEDE")


@pytest.mark.parametrize(
    "text",
    [
        # an office left at the end of a stage, said for the future, is a promise to leave it (0341), as one that
        # waits on a clause ("once a council is set up") is; said for no later stage it is the leaving (0831)
        "Angela Merkel said in October 2018 that she would leave the chancellorship at the end of her term.",
    ],
)
def test_leaving_office_put_off_to_the_end_of_a_stage_is_a_promise(code: Code, text: str):
    some_event(code, text, "AGREE", "0341", None, None, absent=("CONCEDE",))
