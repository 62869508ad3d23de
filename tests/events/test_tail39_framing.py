"""Talk-root verbs framing a "that" clause, thirty-ninth session (issue 9, tail39; probes
benchmarks/probes/tail39-1.json).

Two readings of the clause a verb of demand or appeal governs, by its mood rather than by its words:

- a clause in the indicative (a tensed copula, a tensed auxiliary of the progressive or the passive, a present of
  the third person) states what is so, as a clause in the past states a deed done (`tree.reports_a_deed`):
  "insisted that Crimea is part of Russia" is no demand, as "insisted that X had expelled ..." was not;
- a clause in the mandative subjunctive (a bare verb, a bare passive "be lifted", or "should") under a verb whose
  reading is an appeal or a demand (02 or 10) is what is asked for, whoever its subject is
  (`triggers._mandative_clause`): "proposed that the foreign ministers meet" is a proposal although the ministers
  are no party of the actor packs.

Each case is a sentence written for these tests (true statements about real events) coded through the real
pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # (tail39 insisted that a state is no demand)
        # a tensed copula, a progressive and a passive in the clause (were demands, 100)
        "Moscow insisted in March 2015 that Crimea is part of Russia.",
        "Beijing insisted in April 2001 that the American airmen were being treated well.",
        "Belgrade insisted in 1999 that its police were only fighting terrorists in Kosovo.",
        "Tehran insisted in 2005 that its nuclear programme is entirely peaceful.",
        # (tail39 statement under appeal verb is no appeal)
        # a forecast, a hope and a statement are no appeal
        "Sweden suggested in 2019 that the talks on Yemen would fail without Iran.",
        "Pope John Paul II hoped in 1995 that the talks in Dayton would succeed.",
        "Moscow proposed in 1959 that the foreign ministers had met too seldom.",
    ],
)
def test_tail39_statements_framed_by_insisting_or_appealing_are_no_request(code: Code, text: str) -> None:
    no_event(code, text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # the mandative subjunctive stays a demand
        ("Washington insisted in 1991 that Iraq withdraw from Kuwait at once.", None, "USA", "IRQ"),
        ("Washington insisted in 1991 that Iraq should withdraw from Kuwait at once.", None, "USA", "IRQ"),
        (
            "Moscow insisted in 1961 that a German peace treaty be signed by the end of the year.",
            None,
            "RUS",
            None,
        ),
    ],
)
def test_tail39_insisted_that_a_bare_clause_stays_a_demand(
    code: Code, text: str, cameo: str | None, source: str, target: str | None
) -> None:
    some_event(code, text, "REQUEST", cameo, source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a subjunctive clause whose subject is no party (was nothing, or the clause's own deed)
        ("Moscow proposed in 1959 that the foreign ministers meet in Geneva in May.", "RUS"),
        ("Austria proposed in 1917 that delegates of the warring powers meet in a neutral country.", "AUT"),
        ("The Arab League recommended in 2021 that the blockade of Qatar be lifted.", None),
        ("Sweden proposed in 2019 that the talks on Yemen should resume in Stockholm.", "SWE"),
    ],
)
def test_tail39_mandative_clause_under_appeal_is_asked_for(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "REQUEST", None, source, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the "that" clause hung by the parser on the noun of a phrase of the verb ("a letter to Daladier") as a
        # relative clause is the verb's complement (was the clause's own verb read as a visit, 042)
        ("Hitler insisted in a letter to Daladier on Sunday that Danzig return to Germany.", "DEU"),
    ],
)
def test_tail39_that_clause_hung_on_a_phrase_is_the_complement(code: Code, text: str, source: str) -> None:
    some_event(code, text, "REQUEST", "100", source, None, absent=("CONSULT",))


@pytest.mark.parametrize(
    "text",
    [
        # a true relative clause on the phrase's noun stays one
        "The Soviet envoy spoke at a dinner that the Americans had given in his honour.",
    ],
)
def test_tail39_relative_clause_on_a_phrase_stays_relative(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # what is proposed or demanded is itself an ultimatum (a deadline given): the call for it is the ultimatum
        # (was REQUEST 020 once the mandative clause was read as the thing asked for)
        (
            "The United States proposed in 2003 that Iraq be given a deadline of ten days to disarm.",
            "USA",
            "IRQ",
        ),
    ],
)
def test_tail39_ultimatum_asked_for_is_the_ultimatum(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "THREATEN", "139", source, target)
