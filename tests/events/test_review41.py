"""Narrowings found in review41 by look-alikes (forty-first session).

force41's ultimatums told as time granted (match.granted_spans, verbs.txt `F 139 give|grant|allow dobj=@deadline`,
`F 139 have dobj=@deadline`) read any time given as a deadline: "more time" or "time" given sets no limit (an
extension or a respite), and "X has N days to V, Y said" read a holder's own government, or a speaker naming no
length ("only weeks"), as the giver of an ultimatum.

courts41's sentence named by an infinitive (Triggers.candidate, data `sentence_deaths`) read any "sentenced X to serve
..." and "to be deported" as custodial (173): serving is custodial only for a custodial term or in a place of custody
(as a court's holding is, `Triggers._owed_custody`), and deportation is no confinement.

The look-alikes are sentences written for these tests; those that date an event tell a real one.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # (review41 time given is no deadline)
        # an extension: no limit set (the Brexit extensions of April and October 2019)
        "In April 2019 the European Union granted Britain more time to leave.",
        "In October 2019 the European Union gave Britain more time to negotiate its exit.",
        # a respite
        "The International Monetary Fund gave Greece more time to repay its loans.",
        # (review41 time held is no ultimatum)
        # the holder's own government says it: a timetable (Germany's coal exit law of 2020 sets 2038)
        "Germany has until 2038 to phase out coal, the German government said in July 2020.",
        # a span of no stated length is an estimate, no deadline set
        "Ukraine has only weeks to find more artillery shells, the Pentagon said.",
    ],
)
def test_review41_time_given_or_held_is_no_threat(code: Code, text: str) -> None:
    no_event(code, text, "THREATEN")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # review41 time held with a length told by another party
        # (force41's reading kept: the speaker gives the holder a span of stated length; Trump's fifty days of 14 July 2025)
        (
            "Russia has fifty days to agree to a ceasefire in Ukraine, President Donald Trump said in July 2025.",
            "THREATEN",
            "139",
            "USA",
            "RUS",
        ),
        # review41 sentence to serve a term is custody
        # (courts41's reading kept for a term: Brittney Griner's sentence of 4 August 2022)
        (
            "A Russian court sentenced the American basketball player Brittney Griner to serve nine years in a penal"
            " colony in August 2022.",
            "COERCE",
            "173",
            "RUS",
            "USA",
        ),
    ],
)
def test_review41_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence to anything but custody or death is the verdict (116, rule 8.2)
        "A British court sentenced the Russian activist to serve 200 hours of community service.",
        "A Turkish court sentenced the Greek soldiers to be deported to Greece.",
    ],
)
def test_review41_sentence_to_serve_no_term_is_no_custody(code: Code, text: str) -> None:
    some_event(code, text, "ACCUSE", "116", None, None)
