"""Titled officials the knowledge base does not know, forty-ninth session (issue 9, people49; probes
benchmarks/probes/people49-1.json).

A person named after a capitalised title whose word has an office sector ("Governor", "Mayor", "Senator",
"Justice") takes the title's sector and the country of a place of a country's own lists (a state or a city): the
place of an "of" right after the name, else the one country the sentence's places name. A capital or a country
named as where the person went lends nothing; a title after the name or in lower case is not read.

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, of_type


@pytest.mark.parametrize(
    ("text", "kind", "sector"),
    [
        # people49 a titled governor, the city of the deed in the sentence
        (
            "Governor Larry Hogan sent the National Guard into Baltimore in April 2015 after rioting broke out"
            " following the funeral of Freddie Gray.",
            "MOBILIZE",
            "GOV",
        ),
        # people49 a titled senator with "of" and his state
        (
            "Senator Bob Menendez of New Jersey stepped down as chairman of the Senate Foreign Relations Committee"
            " in September 2023 after being charged with bribery.",
            "CONCEDE",
            "LEG",
        ),
        # people49 a titled mayor, the city the deed is about
        (
            "Mayor Muriel Bowser imposed a curfew on Washington in January 2021 after supporters of President"
            " Donald Trump stormed the Capitol.",
            "COERCE",
            "GOV",
        ),
    ],
)
def test_people49_titled_official_takes_place_country(code: Code, text: str, kind: str, sector: str) -> None:
    events = of_type(code(text), kind)
    assert events
    source = events[0].source
    assert source and source[0].code == "USA" and source[0].sector == sector
