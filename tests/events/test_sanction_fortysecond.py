"""Measures said by a frame that separates a party, forty-second session (sanction42, issue 9): a state, a body or a
thing named by its state (match.PARTY_OBJECT) cut, shut, locked or frozen off or out is an embargo (163); the assets
of a party frozen are 163; a ban, curb or embargo whose "on" phrase names a party or its goods is 163 wherever the
noun stands; talks left are 164. Forces cut off are no embargo, and a ban with no party keeps its other readings.
Sentences written for these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a party shut or cut out of or off from something, active and passive
        ("Britain shut Russian airlines out of its airspace in February 2022.", "GBR", "RUS"),
        ("Qatar was cut off from its neighbours' ports and airspace in June 2017.", None, "QAT"),
    ],
)
def test_a_party_cut_off_or_shut_out_is_an_embargo(code: Code, text: str, source: str | None, target: str):
    some_event(code, text, "SANCTION", "163", source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The United States froze all Afghan central bank assets held in American banks in August 2021.",
            "USA",
            "AFG",
        ),
        ("Britain froze Libyan government assets in London in February 2011.", "GBR", "LBY"),
    ],
)
def test_a_partys_assets_frozen_are_an_embargo(code: Code, text: str, source: str, target: str):
    some_event(code, text, "SANCTION", "163", source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a ban on a partys goods is an embargo as a subject
        ("China's ban on Japanese seafood took effect in August 2023.", "SANCTION", "163", "CHN", "JPN"),
        # talks left are negotiations halted
        (
            "The Soviet delegation left the Geneva talks on medium-range missiles in November 1983.",
            "SANCTION",
            "164",
            None,
            None,
        ),
        # a party shut out of a bodys councils is excluded
        (
            "Fiji was shut out of the Commonwealth's councils in December 2006.",
            "SANCTION",
            "160",
            None,
            "FJI",
        ),
    ],
)
def test_sanction_fortysecond_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # forces cut off are encircled, not embargoed
        "The Soviet Sixth Army was cut off at Stalingrad in November 1942.",
        # a ban with no party named
        "Ireland's ban on smoking in workplaces took effect in March 2004.",
    ],
)
def test_no_embargo_without_a_party_separated(code: Code, text: str):
    no_event(code, text, "SANCTION")
