"""Review of the forty-ninth session's readings (issue 9, review49).

- A motion or a vote of no confidence is a body's censure when the body passes, adopts or votes it, or a party puts
  it before the body (the lexicon's appeal or agreement reading of the verb with the motion: "tabled"); a vote held,
  scheduled or discussed tells no outcome and is no censure (court49's `_censure_motion`).
- A gas made a weapon by a word of `&toxic` ("poison gas") is no thing that acts alone (none49's `thing_doer`).
- Trust denied as a verb's object ("voted no confidence in the government") is the content of the vote, not a
  negation of the voting: the censure is asserted.

Sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The Bundestag held a vote of no confidence in Chancellor Gerhard Schroeder in July 2005.",
        "The Romanian parliament scheduled a vote of no confidence in the Citu government in October 2021.",
        "The Knesset discussed a motion of no confidence in the government in 2015.",
    ],
)
def test_review49_vote_held_or_discussed_is_no_censure(code: Code, text: str) -> None:
    assert not [e for e in of_type(code(text), "ACCUSE") if e.cameo == "111"]


def test_review49_vote_of_no_confidence_passed_stays_a_censure(code: Code) -> None:
    events = of_type(
        code("The House of Commons passed a motion of no confidence in the Callaghan government in 1979."),
        "ACCUSE",
    )
    assert events and events[0].cameo == "111"


def test_review49_no_confidence_voted_is_asserted(code: Code) -> None:
    events = of_type(
        code("The Italian Senate voted no confidence in the Prodi government in January 2008."), "ACCUSE"
    )
    assert events
    assert events[0].modality == "asserted"


def test_review49_poison_gas_is_a_weapon_not_a_thing(code: Code) -> None:
    # none49's thing doers: a gas that a word of `&toxic` makes a weapon is a party's, named or not
    assert of_type(code("Poison gas killed 5,000 Kurds in Halabja in March 1988."), "ASSAULT")
