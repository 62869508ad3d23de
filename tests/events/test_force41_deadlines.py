"""Ultimatums told as time granted for a demand, forty-first session (issue 9, force41; probes
benchmarks/probes/force41-1.json).

A span of time given, granted or allowed to a party with a "to" clause is an ultimatum (139, verbs.txt "give
ultimatum"), wherever the parser hangs the span and the clause: the clause as a relative clause of the span object or
of the time of an "until" phrase ("allowed Greece twenty-four hours to apologise", "gave the army until seven o'clock
to fall back"), the span as an adverbial noun of the object or as the subject of the clause, and the time of a cleft
("three days is all the time X gave Y to V"): match.granted_spans and match.complement. The one who "has" such a span
is the one given it, the giver the speaker ("Iran has sixty days to reach a deal, Trump said"). Time given to oneself
is a timetable, no ultimatum. Each is checked on sentences written for these tests (true statements about real
events) through the real pipeline. A source or target left as None is not checked.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the span parsed as the subject of the "to" clause, the party given it hung on the span
        ("Austria-Hungary allowed Serbia forty-eight hours to accept its note in July 1914.", "AUT", "SRB"),
        # the span in apposition to the party, the subject of the "to" clause
        (
            "Mussolini allowed the Greek government twenty-four hours to apologise for the killing of General"
            " Tellini in August 1923.",
            "ITA",
            "GRC",
        ),
        # the "to" clause on the time of an "until" phrase
        (
            "In September 1939 Britain gave Germany until eleven o'clock on the morning of the third to call off"
            " its invasion of Poland.",
            "GBR",
            "DEU",
        ),
        # the span and the "to" clause hung on a relative clause of the object
        (
            "In July 2023 ECOWAS gave the soldiers who had overthrown President Bazoum in Niger seven days to hand"
            " power back.",
            None,
            "NER",
        ),
        # the time given named in a relative clause
        (
            "In July 2025 Donald Trump shortened the time he had given Vladimir Putin to end the war in Ukraine.",
            "USA",
            "RUS",
        ),
        # a cleft: the span is equated with the time given
        (
            "Three days is all the time the Arab League gave Syria to end its crackdown in November 2011.",
            None,
            "SYR",
        ),
        # the one who has the span is the one given it; the speaker gave it
        (
            "Iran has sixty days to reach a deal on its nuclear programme, President Donald Trump said in April 2025.",
            "USA",
            "IRN",
        ),
    ],
)
def test_force41_time_granted(code: Code, text: str, source: str | None, target: str | None) -> None:
    some_event(code, text, "THREATEN", "139", source, target)


@pytest.mark.parametrize(
    "text",
    [
        # time given to oneself is a timetable
        "The Iranian negotiators and the six powers gave themselves until 31 March 2015 to agree the outline of a nuclear deal.",
        # a review period by law, nobody's demand (a guard of the "have" reading: holds on main too)
        "Congress has sixty days to review the nuclear agreement with Iran.",
        "The European Union leaders gave themselves until June to settle the budget.",
        # money given to do something (a guard: holds on main too)
        "The United States gave Poland 200 million dollars to stabilise the zloty in 1989.",
    ],
)
def test_force41_no_ultimatum(code: Code, text: str) -> None:
    no_event(code, text, "THREATEN")
