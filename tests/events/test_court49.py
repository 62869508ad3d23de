"""Acts of courts, judges and legislatures read as the deed their clause names, forty-ninth session (issue 9, court49;
probes benchmarks/probes/court49-1.json).

- A body of judgment (a court, a tribunal, its judges) or a legislature that cancels or voids an act of a party (a
  verb of voiding: "cancel" among the synonyms or direct hypernyms of its WordNet senses, or the lexicon's own
  rejections of a law, a measure or a ruling with their particle: "strike down", "set aside", "throw out", "declare
  void") rejects that act (REJECT 120), target the party whose act it was; restrictions lifted stay eased, a
  legislature undoing its own law under pressure stays a concession, and a deed inside a court's holding is its content.
- A motion, a vote or a resolution of censure or of no confidence that a party passes or tables is its censure of the
  party named "in" or "against" it (111); a vote of no confidence survived, a vote of confidence won are none.
- A court's order with the consequence of its neglect named ("must ... or ...") stays its order (rule 8.3), not an
  ultimatum.
- A judge named by title ("Judge X") is a court; a court's fine told in the passive is its judgement (116).
- A holding told first whose verb the parser joins to it ("X abused ... and must pay ..., the Commission ruled") or
  hangs on the court noun ("..., the Grand Chamber of the European Court of Human Rights held") is the body's finding.

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, of_type


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # court49 a court striking down a party's plan
        (
            "Kenya's High Court struck down President Uhuru Kenyatta's plan to amend the constitution in May 2021.",
            "KEN",
            "KEN",
        ),
        # court49 a bill declared void by a court (the lexicon's "declare prt=void|null")
        (
            "Kenya's High Court declared void in May 2021 the amendment bill that President Uhuru Kenyatta had"
            " backed.",
            "KEN",
            "KEN",
        ),
        # court49 a court annulling a law a legislature passed (the doer of a relative clause on the law)
        (
            "Spain's Constitutional Court annulled in October 2017 the law by which the Catalan parliament had called"
            " a referendum on independence.",
            "ESP",
            "ESP",
        ),
    ],
)
def test_court49_act_voided_by_a_court(code: Code, text: str, source: str, target: str) -> None:
    events = of_type(code(text), "REJECT")
    assert events, "no rejection"
    assert {a.code for a in events[0].source} == {source}
    assert {a.code for a in events[0].target} == {target}


def test_court49_restrictions_a_court_lifts_are_eased(code: Code) -> None:
    events = code(
        "Latvia's Constitutional Court cancelled restrictions on broadcasting in Russian in June 2003."
    )
    assert not of_type(events, "REJECT")


def test_court49_deed_inside_a_holding_is_no_rejection(code: Code) -> None:
    events = code(
        "India's Supreme Court ruled in December 2023 that the government had acted within its powers when it revoked"
        " the special autonomy of Jammu and Kashmir."
    )
    assert not of_type(events, "REJECT")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # court49 a motion of no confidence passed
        (
            "Spain's Congress passed a motion of no confidence in Mariano Rajoy's government in June 2018.",
            "ESP",
        ),
        # court49 a no-confidence motion tabled against a government
        (
            "Pakistan's opposition parties tabled a no-confidence motion against Prime Minister Imran Khan's"
            " government in March 2022.",
            "PAK",
        ),
    ],
)
def test_court49_censure_motion(code: Code, text: str, target: str) -> None:
    events = of_type(code(text), "ACCUSE")
    assert events, "no censure"
    assert events[0].cameo == "111"
    assert {a.code for a in events[0].target} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Boris Johnson survived a vote of no confidence by Conservative members of parliament in June 2022.",
        "Mario Draghi's government won a vote of confidence in the Italian Senate in February 2021.",
    ],
)
def test_court49_confidence_survived_or_won_is_no_censure(code: Code, text: str) -> None:
    assert not of_type(code(text), "ACCUSE")


def test_court49_court_order_with_its_consequence_is_no_ultimatum(code: Code) -> None:
    events = code(
        "The Department of Homeland Security must explain within 90 days why it ended the DACA programme or start"
        " taking new applications again, a federal judge in Washington ruled in April 2018."
    )
    assert of_type(events, "REQUEST")
    assert not of_type(events, "THREATEN")


def test_court49_fine_told_in_the_passive(code: Code) -> None:
    events = of_type(
        code(
            "Poland was fined one million euros a day by the EU's top court in October 2021 for keeping its"
            " disciplinary chamber for judges."
        ),
        "ACCUSE",
    )
    assert events and events[0].cameo == "116"
    assert {a.code for a in events[0].target} == {"POL"}


def test_court49_holding_joined_to_the_finding_by_a_commission(code: Code) -> None:
    events = of_type(
        code(
            "Google abused its dominance of online search and must pay a fine of 2.42 billion euros, the European"
            " Commission ruled in June 2017."
        ),
        "ACCUSE",
    )
    assert events and events[0].cameo == "116"
    assert {a.code for a in events[0].target} == {"USA"}


def test_court49_holding_with_the_court_hung_on_the_holding(code: Code) -> None:
    events = of_type(
        code(
            "Russia kept the former oil magnate Mikhail Khodorkovsky in pre-trial detention in breach of his rights,"
            " the European Court of Human Rights held in May 2011."
        ),
        "ACCUSE",
    )
    assert events and events[0].cameo == "116"
    assert {a.code for a in events[0].target} == {"RUS"}
