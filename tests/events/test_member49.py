"""Bodies left by a membership ended and the party whose plan is rejected, forty-ninth session
(issue 9, member49; probes benchmarks/probes/member49-1.json and member49-2.json).

- A membership ended by a verb the lexicon reads as ending one, or by one of its WordNet senses ("ceased to be a
  member of", "gave up its seat in"), with an international organisation named, is the body left (160); said for the
  future it is the leaving announced (docs/annotation-conventions.md 5.1), not a threat.
- The target of a rejection whose object names no party is the subject of a relative clause on that object, the party
  whose plan it was (docs/annotation-conventions.md 6.1).
- The party a copula names by a noun ("became the first state to recognise it") does the "to" clause's deed.
- Left alone: a seat given up in a parliament, a city taken over by fighters, a person's feat ("the first man to").

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, kinds_of, parties_of_type


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Morocco ceased to be a member of the Organisation of African Unity in November 1984.", "IGO-OAU"),
        ("Zimbabwe ceased to be a member of the Commonwealth in December 2003.", "IGO-COMMONWEALTH"),
        ("Ecuador gave up its seat in OPEC in January 2020.", "IGO-OPEC"),
        (
            "Ecuador will give up its seat in OPEC at the start of next year, its energy ministry said in October 2019.",
            "IGO-OPEC",
        ),
    ],
)
def test_member49_membership_ended_is_a_body_left(code: Code, text: str, body: str) -> None:
    events = code(text)
    assert "SANCTION" in kinds_of(events) and "THREATEN" not in kinds_of(events), events
    _, targets = parties_of_type(events, "SANCTION")
    assert targets <= {body}, events


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair gave up his seat in Parliament in June 2007, the day he left Downing Street.",
        "Taliban fighters took over Kabul in August 2021.",
    ],
)
def test_member49_no_body_left(code: Code, text: str) -> None:
    assert "SANCTION" not in kinds_of(code(text))


def test_member49_rejected_plan_names_its_proposer(code: Code) -> None:
    _, targets = parties_of_type(
        code(
            "The French National Assembly threw out in August 1954 the treaty under which West Germany would have raised"
            " troops for a European army."
        ),
        "REJECT",
    )
    assert targets == {"DEU"}, targets


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "After Israel proclaimed its independence, the Soviet Union became the first state to recognise it de jure"
            " in May 1948.",
            "SUPPORT",
            "RUS",
        ),
        (
            "After the Kosovo assembly declared independence, Costa Rica became the first state to recognise Kosovo in"
            " February 2008.",
            "SUPPORT",
            "CRI",
        ),
    ],
)
def test_member49_first_state_to_do_a_deed(code: Code, text: str, kind: str, source: str) -> None:
    sources, _ = parties_of_type(code(text), kind)
    assert sources == {source}, sources


def test_member49_a_persons_feat_is_no_deed(code: Code) -> None:
    assert not code("Neil Armstrong became the first man to walk on the Moon in July 1969.")
