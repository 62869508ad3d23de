"""Event readings by category, nineteenth session (issue 9, talk8): a deed a party says it will do if another party
does not act ("would X if Y did not Z") is a conditional threat, the negated twin of "unless" (already a threat);
checked on sentences written for these tests (true statements about real events) through the real pipeline, with
look-alikes (an unnegated "if", a negated deed) that keep their own reading. A source or target left as None is not
checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 13x: a deed to come that waits on another's failure to comply ("if Y did not ..."); a show of force
        # so framed was the planned posture 150 before
        (
            "If Minneapolis's mayor did not bring the city under control, he would send in the National Guard, "
            "Donald Trump said in May 2020.",
            "THREATEN",
            "138",
            "USA",
            None,
        ),
        (
            "Donald Trump said in January 2019 that he would declare a national emergency if Congress did not fund "
            "his border wall.",
            "THREATEN",
            None,
            None,
            None,
        ),
        (
            "Donald Trump said in May 2019 that he would put tariffs on all Mexican goods if Mexico did not stop "
            "migrants crossing the border.",
            "THREATEN",
            None,
            None,
            None,
        ),
    ],
)
def test_negated_condition_is_a_threat(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # an unnegated "if": the promise stays a promise
        (
            "Omar al-Bashir said in January 2011 that he would accept the south's vote if it chose to secede.",
            "THREATEN",
        ),
        # a negated deed ("would not sign if ..."): a refusal, not a threat
        (
            "Poland said in 2003 that it would not sign the treaty if it did not keep its voting weight.",
            "THREATEN",
        ),
    ],
)
def test_negated_condition_look_alikes(code: Code, text: str, not_plover: str) -> None:
    assert not_plover not in {event.event for event in code(text)}
