"""Who is source and target, seventeenth session (issue 9; roles7): a country named only in the apposition that
describes an uncoded person ("X, the runner-up in Uganda's election") says whose the person is, so a contention the
person voices at home is aimed at that country's state, as when the person is named with a title; a country named
alone still aims its reaction at someone it does not name. Sentences written for these tests (true events, the
project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, parties, parties_of_type


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Kizza Besigye, the main challenger in Uganda's presidential election, rejected the official result "
            "in February 2016.",
            "UGA",
        ),
        (
            "Martin Fayulu, the runner-up in the Democratic Republic of Congo's presidential election, rejected "
            "the result in January 2019.",
            "COD",
        ),
    ],
)
def test_roles_person_described_by_a_country_rejects_at_home(code: Code, text: str, state: str) -> None:
    assert parties_of_type(code(text), "REJECT") == ({state}, {state})


def test_roles_country_named_alone_rejects_no_one_named(code: Code) -> None:
    _, target = parties_of_type(code("China rejected the arbitration ruling in July 2016."), "REJECT")
    assert not target


# ---- a court or a local official named alone, or a title before an uncoded name (roles.json `home_organ_nouns`) --


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        (
            "A special court sentenced former President Pervez Musharraf to death in absentia in December 2019.",
            "COERCE",
            "PAK",
        ),
        (
            "Judge Sergio Moro ordered the arrest of former President Luiz Inacio Lula da Silva in April 2018.",
            None,
            "BRA",
        ),
    ],
)
def test_roles_court_or_titled_official_is_of_the_one_country_named(
    code: Code, text: str, kind: str | None, state: str
) -> None:
    events = code(text)
    assert events, "no event"
    event = next((e for e in events if e.event == kind), None) if kind else events[0]
    assert event is not None, events
    source, _ = parties(event)
    assert source == {state}


def test_roles_court_with_no_country_named_stays_unnamed(code: Code) -> None:
    events = code("A court sentenced two men to prison for fraud in March 2019.")
    assert all(not e.source for e in events)


# ---- conjoined doers, each named by its own "of" phrase (tree.actors_under) -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister of Ethiopia and the president of Eritrea signed a peace agreement in Jeddah in "
        "September 2018.",
        # (the first name is one the resolver cannot code: only its "of" phrase says whose it is)
        "Presidents Macky Sall of Senegal and Adama Barrow of Gambia opened a bridge across the Gambia River in "
        "January 2019.",
    ],
)
def test_roles_conjoined_doers_each_with_its_own_country_are_both_parties(code: Code, text: str) -> None:
    events = code(text)
    assert events, "no event"
    source, target = parties(events[0])
    assert {"ETH", "ERI"} <= source | target or {"SEN", "GMB"} <= source | target, events


# ---- a lone unnamed doer of force on a titled person the resolver cannot code (roles.json `domestic_titles`) ------


def test_roles_lone_doer_of_a_titled_uncoded_victim_is_of_the_place(code: Code) -> None:
    source, target = parties_of_type(
        code("A man killed the Labour lawmaker Jo Cox in her constituency in northern England in June 2016."),
        "ASSAULT",
    )
    assert source == {"GBR"} and target == {"GBR"}
