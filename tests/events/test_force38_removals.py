"""Restrictions ended as one family, thirty-eighth session (issue 9, force38; probes benchmarks/probes/force38-1.json).

The verbs that end, lift, ease, suspend or revoke a measure (the union of PETRARCH2's synsets of the family and the
project's own lines) read by what is ended: martial law or emergency rule (0814: the object's head a law, rule, state,
decree or span of time with "emergency" or "martial" in its phrase; not "emergency talks"), a curfew (0813), censorship
(0811), a ban on parties (0812), a naval or military blockade (0872), sanctions, an embargo or a boycott (085); the
same after "put an end to", "did away with", "declared at an end" and after a noun of ending ("the lifting of").
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        # verbs of ending the dictionary's family gives, not each restriction's own list
        (
            "South Korea's President Yoon Suk Yeol ended martial law in December 2024, hours after declaring it.",
            "CONCEDE",
            "0814",
            "KOR",
        ),
        ("Poland's military rulers suspended martial law in December 1982.", "CONCEDE", "0814", "POL"),
        (
            "Pakistan's President Zia ul-Haq ended eight years of martial law in December 1985.",
            "CONCEDE",
            "0814",
            "PAK",
        ),
        ("The Nepalese government ended the curfew in Kathmandu in April 2006.", "CONCEDE", "0813", "NPL"),
        # a naval blockade is a military one (0872), sanctions economic (085)
        ("Israel lifted its naval blockade of Lebanon in September 2006.", "RETREAT", "0872", "ISR"),
        # a noun of ending, a light verb's end, a phrasal verb
        (
            "President Obama announced the lifting of American sanctions on Myanmar in October 2016.",
            "RETREAT",
            "085",
            "USA",
        ),
        (
            "Sri Lanka's government put an end to the state of emergency in August 2011.",
            "CONCEDE",
            "0814",
            "LKA",
        ),
        (
            "Portugal's new military junta did away with press censorship in April 1974.",
            "CONCEDE",
            "0811",
            None,
        ),
    ],
)
def test_force38_restrictions_ended(
    code: Code, text: str, plover: str, cameo: str, source: str | None
) -> None:
    some_event(code, text, plover, cameo, source, None)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # imposing stays imposing
        ("General Wojciech Jaruzelski imposed martial law in Poland in December 1981.", "COERCE"),
    ],
)
def test_force38_restriction_imposed_stays(code: Code, text: str, plover: str) -> None:
    some_event(code, text, plover, None, None, None, absent=("CONCEDE", "RETREAT"))


def test_force38_emergency_talks_ended_are_no_concession(code: Code) -> None:
    # "emergency" in the phrase of a meeting names no emergency rule
    no_event(
        code, "European leaders ended their emergency summit on Greece in Brussels in July 2015.", "CONCEDE"
    )
