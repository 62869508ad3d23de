"""Who is source and target, nineteenth session (issue 9; roles9): the name of a gathering that the parser hangs
on "of" under "the sidelines of" ("on the sidelines of the Group of 20 summit") is the venue of a meeting, never
its target. Sentences written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Donald Trump and Vladimir Putin held their first face-to-face talks on the sidelines of the Group "
            "of 20 summit in Hamburg in July 2017.",
            {"USA", "RUS"},
        ),
        (
            "Joe Biden and Xi Jinping held talks on the sidelines of the Group of 20 summit in Bali in November "
            "2022.",
            {"USA", "CHN"},
        ),
    ],
)
def test_roles_group_named_on_the_sidelines_is_the_venue_not_a_target(
    code: Code, text: str, sources: set[str]
) -> None:
    source, target = parties_of_type(code(text), "CONSULT")
    assert sources <= source
    assert not any(t.startswith("IGO") for t in target)
