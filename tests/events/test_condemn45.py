"""Talk told through a noun, forty-fifth session (condemn45, issue 9): a judgement voted or adopted as a noun ("voted a
condemnation of X") is the body's own; one met with, faced or received ("X's decision met with condemnation from Y")
is done by the party of its "from" phrase to the subject; a judgement of the main clause whose doer is not coded still
outranks the deed it judges; a named leader welcomed where the host meets them, or a country that opens its doors to
one, hosts a visit; a sovereign's assent or sanction given to a law accedes to it. Sentences written for these tests,
true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, first, no_event, parties, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The League of Nations Assembly voted a censure of Japan in February 1933 over its seizure of Manchuria.",
            None,
            "JPN",
        ),
        (
            "The European Parliament adopted a sharp rebuke of Poland in October 2021 over a ruling of its top court.",
            "IGO-EU",
            "POL",
        ),
    ],
)
def test_a_judgement_voted_or_adopted_as_a_noun_is_the_bodys_own(
    code: Code, text: str, source: str | None, target: str
):
    some_event(code, text, "ACCUSE", None, source, target)


def test_another_partys_request_approved_is_no_request_of_the_body(code: Code):
    events = code("The European Council approved Ukraine's request for candidate status in June 2022.")
    assert all(e.event != "REQUEST" or "IGO-EU" not in parties(e)[0] for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Russia faced sharp criticism from Germany in September 2020 over the poisoning of Alexei Navalny.",
            "DEU",
            "RUS",
        ),
        (
            "China's new security law for Hong Kong met with condemnation from Britain in June 2020.",
            "GBR",
            "CHN",
        ),
        (
            "Hungary received a stern rebuke from the European Commission in July 2021 over a law on schooling.",
            "IGO-EU",
            "HUN",
        ),
    ],
)
def test_a_judgement_met_with_faced_or_received_is_the_from_partys(
    code: Code, text: str, source: str, target: str
):
    some_event(code, text, "ACCUSE", None, source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # things received or met are read by their own rules
        ("Ukraine received air defence systems from Germany in October 2022.", "AID"),
        ("Vladimir Putin met with Xi Jinping in Beijing in February 2022.", "CONSULT"),
    ],
)
def test_things_received_and_parties_met_are_no_judgement(code: Code, text: str, kind: str):
    some_event(code, text, kind, None, None, None, absent=("ACCUSE",))


def test_a_main_clause_judgement_with_its_doer_uncoded_outranks_the_deed_it_judges(code: Code):
    event = first(code("The General Assembly condemned South Africa in 1985 for raiding its neighbours."))
    assert event.event == "ACCUSE", event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "King Charles III welcomed President Cyril Ramaphosa at Horse Guards Parade in London in November 2022.",
            "GBR",
            "ZAF",
        ),
        (
            "Japan opened its doors to Pope Francis in November 2019 for the first papal visit there since 1981.",
            "JPN",
            "VAT",
        ),
    ],
)
def test_a_leader_welcomed_where_the_host_meets_them_is_a_hosted_visit(
    code: Code, text: str, source: str, target: str
):
    some_event(code, text, "CONSULT", "043", source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "France welcomed the decision of President Joe Biden to rejoin the Paris agreement in January 2021.",
            "SUPPORT",
        ),
    ],
)
def test_a_decision_welcomed_is_praise(code: Code, text: str, kind: str):
    some_event(code, text, kind, "051", None, None, absent=("CONSULT",))


def test_doors_opened_to_refugees_are_no_visit(code: Code):
    no_event(code, "Germany opened its doors to refugees from Syria in 2015.", "CONSULT")


def test_a_sovereigns_sanction_given_to_a_law_accedes_to_it(code: Code):
    some_event(
        code,
        "Emperor Franz Joseph gave his sanction in 1867 to the laws of the Hungarian Diet restoring Hungary's constitution.",
        "CONCEDE",
        "083",
        "AUT",
        None,
        absent=("SANCTION",),
    )


def test_sanctions_imposed_stay_a_penalty(code: Code):
    some_event(
        code, "The United States imposed sanctions on Iran in May 2018.", "SANCTION", "163", "USA", "IRN"
    )
