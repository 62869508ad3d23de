"""Who is source and target, seventeenth session (issue 9; roles7): a country named only in the apposition that
describes an uncoded person ("X, the runner-up in Uganda's election") says whose the person is, so a contention the
person voices at home is aimed at that country's state, as when the person is named with a title; a country named
alone still aims its reaction at someone it does not name. Sentences written for these tests (true events, the
project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, parties


def _of_type(events: list, kind: str) -> tuple[set[str], set[str]]:
    """The parties of the first event of a PLOVER type."""
    found = [e for e in events if e.event == kind]
    assert found, f"no {kind} event in {[e.event for e in events]}"
    return parties(found[0])


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Kizza Besigye, the main challenger in Uganda's presidential election, rejected the official result "
            "in February 2016.",
            "UGA",
        ),
        (
            "Martin Fayulu, the runner-up in the Democratic Republic of Congo's presidential election, rejected "
            "the result in January 2019.",
            "COD",
        ),
    ],
)
def test_roles_person_described_by_a_country_rejects_at_home(code: Code, text: str, state: str) -> None:
    assert _of_type(code(text), "REJECT") == ({state}, {state})


def test_roles_country_named_alone_rejects_no_one_named(code: Code) -> None:
    _, target = _of_type(code("China rejected the arbitration ruling in July 2016."), "REJECT")
    assert not target
