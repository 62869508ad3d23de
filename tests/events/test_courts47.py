"""Judgments of courts against a party, forty-seventh session (issue 9, courts47; probes
benchmarks/probes/courts47-*.json).

- A court's verb of finding whose party is named "against" it ("found against X") is a judgement on that party (116,
  docs/annotation-conventions.md rule 8.2), as "ruled against X" was.
- A party named as the object of a court's finding with a phrase of a wrong ("found X at fault", "in breach of"): a
  noun of &misdeed or one whose verb breaks the law or is read by the lexicon as a disapproval or an accusation.
- A wrong found "in" a party's deed ("found a violation of free speech in Turkey's jailing of ..."): the party is the
  deed's owner; "found no violation in X's ban" judges no one, and the deed named there is not news.
- The holding told first with the court's verb after it, however the parser hangs that verb (an adverbial clause or
  a parataxis of the holding's verb), and an adverb of a wrong hung on the holding's object ("deprived them of their
  liberty unlawfully").
- A deed found done "in" or "at" a wrong ("had acted in breach of X's rights"); not a deed done in a right ("in the
  exercise of a right of innocent passage").
- A finding that names no party is on the one a case was brought against in the sentence ("won their case against
  X, when the court held that ... had been violated"), or, for a court in a relative clause, on the party of the
  main clause that lost there ("X lost its case at the court, which ruled that ...").

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # courts47 found against a party
        (
            "The European Court of Human Rights found against Russia in June 2017 over its law banning gay propaganda.",
            "RUS",
        ),
        # courts47 found a party at fault
        (
            "The Inter-American Court of Human Rights found Mexico at fault in November 2009 over the murders of young"
            " women in Ciudad Juarez.",
            "MEX",
        ),
        # courts47 a wrong found in a party's deed
        (
            "The European Court of Human Rights found a violation of free speech in Turkey's jailing of the writer"
            " Ahmet Altan in April 2021.",
            "TUR",
        ),
        # courts47 holding first, adverb of a wrong on the object
        (
            "Italy deprived three Tunisian migrants of their liberty unlawfully, the European Court of Human Rights"
            " concluded in December 2016.",
            "ITA",
        ),
        # courts47 passive finding, the party a case was brought against
        (
            "Two Kurdish villagers won their case against Turkey in April 1998, when the European Court of Human Rights"
            " held that their right to respect for their homes had been violated.",
            "TUR",
        ),
        # courts47 a deed found done in a wrong
        (
            "The International Court of Justice found in April 2022 that Colombia had acted in breach of"
            " Nicaragua's rights in the western Caribbean.",
            "COL",
        ),
        # courts47 court in a relative clause, the party that lost there
        (
            "Hungary lost a case at the European Union's Court of Justice, which ruled in June 2020 that restricting"
            " foreign funding of civic groups had broken EU law.",
            "HUN",
        ),
    ],
)
def test_courts47_judgement_on_a_party(code: Code, text: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "116", None, target)


@pytest.mark.parametrize(
    "text",
    [
        # courts47 no violation found in a state's deed
        "The European Court of Human Rights found no violation of religious freedom in France's ban on face veils in"
        " July 2014.",
        # courts47 a board finding the cause of an accident
        "The National Transportation Safety Board concluded in December 2002 that a worn jackscrew in the tail had"
        " brought down the airliner off California.",
    ],
)
def test_courts47_no_judgement(code: Code, text: str) -> None:
    no_event(code, text)


def test_courts47_ruling_for_a_state_is_no_judgement(code: Code) -> None:
    events = code(
        "The European Court of Human Rights ruled in July 2014 that France's ban on face veils did not violate the"
        " right to private life."
    )
    assert not [e for e in events if e.cameo == "116"]


def test_courts47_deed_in_a_right_is_no_judgement(code: Code) -> None:
    events = code(
        "The International Court of Justice held in April 1949 that British warships had sailed through the Corfu"
        " Channel in October 1946 in the exercise of a right of innocent passage."
    )
    assert not [e for e in events if e.cameo == "116" and any(a.code == "GBR" for a in e.target)]


def test_courts47_party_against_is_not_one_in_a_clause_on_it(code: Code) -> None:
    events = code(
        "A Miami court found against the tobacco companies in July 2000 in the class action brought by sick smokers"
        " of the state of Florida."
    )
    assert not [e for e in events if e.cameo == "116" and any(a.code == "USA" for a in e.target)]
