"""The lead's additions in the twenty-sixth session (issue 9), through the real pipeline: the European Court of Human
Rights named as news names it ("Europe's human rights court", "Europe's top human rights court", "the European human
rights court") is the court (IGO-ECHR), so a ruling told that way keeps its source. Sentences written for these tests,
true statements about real events of odd years."""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    "text",
    [
        "Europe's top human rights court ruled in June 2017 that Russia's law against 'gay propaganda' breached the"
        " right to free expression.",
        "Europe's human rights court ordered Russia in April 2017 to pay some three million euros to survivors and"
        " relatives of the victims of the Beslan school siege.",
        "The European human rights court ruled in June 2017 that Russia's law against 'gay propaganda' breached the"
        " right to free expression.",
    ],
)
def test_the_european_court_of_human_rights_by_its_news_names(code: Code, text: str) -> None:
    some_event(code, text, "ACCUSE", "116", "IGO-ECHR", "RUS")


def test_a_human_rights_court_of_one_country_is_not_the_european_court(code: Code) -> None:
    text = "Colombia's constitutional court ruled in 2011 that the country's congress had to legislate on same-sex unions."
    assert not [e for e in code(text) if "IGO-ECHR" in {a.code for a in e.source}]


def test_a_deed_in_a_since_clause_hung_on_a_bare_participle_is_background(code: Code) -> None:
    # "closed since it cut ties": the border has stayed closed from that deed on; the deed is no news here (the
    # parser tags the participle as a past tense). fix26a's check kept only "since" after a span word or a perfect.
    text = "Saudi Arabia reopened its land border with Qatar in January 2021, closed since it cut ties with Doha in June 2017."
    assert [e for e in code(text) if e.cameo.startswith("16")] == []


def test_a_causal_since_after_a_clause_with_its_own_subject_is_background_too(code: Code) -> None:
    # (prec17: a deed of a clause of cause is background in wire news, dated or not; it was kept before)
    text = (
        "The Czech Republic expelled 18 Russian diplomats in April 2021, since Russian agents had blown up an ammunition"
        " depot at Vrbetice in October 2014."
    )
    assert not [e for e in code(text) if e.cameo == "171"]
