"""Who the parties of an event are when a collective group noun names one (issue 9, eighth session): the West
as one party (CAMEO's regional code WST) as a passive's agent, a subject or an object. Sentences written for
these tests (true events), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, first, parties


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Libyan rebels were armed by Western countries in 2011.", "LBY"),
        ("Georgia felt abandoned by the West after the war of August 2008.", "GEO"),
        ("Ukraine has been supplied with artillery by Western governments since 2022.", "UKR"),
    ],
)
def test_roles_passive_agent_that_is_the_west_is_the_source(code: Code, text: str, target: str) -> None:
    assert parties(first(code(text))) == ({"WST"}, {target})


def test_roles_the_west_as_subject_and_as_object(code: Code) -> None:
    assert parties(first(code("The West imposed sanctions on Russia in 2014."))) == ({"WST"}, {"RUS"})
    assert parties(first(code("Moscow accused the West of arming Ukraine."))) == ({"RUS"}, {"WST"})
