"""Who did it to whom on fresh text, thirty-third session (issue 9, roles33): a visit told in the passive with no
host named is made to the state of the place or seat of power it is received in (annotation conventions 14.1), and
the parties of a deed are those of the article's date (a city of one empire now in another state, a monarch of the
date). Sentences written for these tests (true events or no year, the project's own words), through the real
pipeline; each case fails on the main before its change."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import Code, events_on, no_event, parties_of_type


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # the seat of power or the capital the guest is received in stands for the host
        ("The Shah of Iran was received at the White House in November 1977.", "1977-11-15", "IRN", "USA"),
        ("The Indian prime minister was received at the Kremlin.", "2024-03-01", "IND", "RUS"),
        ("President Nixon was welcomed in Bucharest in August 1969.", "1969-08-02", "USA", "ROU"),
        ("The Chinese premier was greeted in Rangoon.", "2024-03-01", "CHN", "MMR"),
        ("Emperor Hirohito was received at Buckingham Palace.", "1971-10-05", "JPN", "GBR"),
    ],
)
def test_a_guest_received_in_a_place_with_no_host_named_visits_its_state(
    nlp: Language, text: str, date: str, source: str, target: str
) -> None:
    sources, targets = parties_of_type(events_on(nlp, text, date), "CONSULT")
    assert (sources, targets) == ({source}, {target})


def test_a_thing_welcomed_in_a_capital_is_no_visit(code: Code) -> None:
    no_event(code, "The proposal was welcomed in Washington.", "CONSULT")


@pytest.mark.parametrize(
    ("text", "date", "kind", "source", "target"),
    [
        # a city of the Russian Empire in 1905, of Germany in 1945; the Tsar; an old adjective (Siamese)
        (
            "Russian troops fired on strikers in Kharkov in December 1905.",
            "1905-12-25",
            "ASSAULT",
            "RUS",
            "RUS",
        ),
        ("Soviet troops stormed Konigsberg in April 1945.", "1945-04-09", "ASSAULT", "RUS", "DEU"),
        ("The Tsar's police arrested the strike leaders.", "1905-12-16", "COERCE", "RUS", "RUS"),
        (
            "Siamese aircraft bombed French positions in Laos in January 1941.",
            "1941-01-10",
            "ASSAULT",
            "THA",
            "FRA",
        ),
    ],
)
def test_the_parties_are_those_of_the_articles_date(
    nlp: Language, text: str, date: str, kind: str, source: str, target: str
) -> None:
    sources, targets = parties_of_type(events_on(nlp, text, date), kind)
    assert (sources, targets) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # forces massed on or along a border face the state across it (conventions rule 10), also when the parser
        # hangs the "with" phrase on the border noun
        ("Syria massed troops on its border with Jordan.", "SYR", "JOR"),
        ("Turkey massed troops along its frontier with Syria.", "TUR", "SYR"),
        ("Turkey massed tanks on the Iraqi frontier.", "TUR", "IRQ"),
    ],
)
def test_forces_massed_on_a_border_face_the_state_across_it(
    code: Code, text: str, source: str, target: str
) -> None:
    sources, targets = parties_of_type(code(text), "MOBILIZE")
    assert (sources, targets) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a show of force answering another party's armed deed, told in a clause of time, is aimed at its doer
        # (conventions 12.3), not at the friendly state the forces are sent to
        ("The United States sent troops to Saudi Arabia days after Iraq invaded Kuwait.", "IRQ"),
        (
            "Washington sent more warships to the Gulf of Tonkin after North Vietnamese torpedo boats attacked an "
            "American destroyer.",
            "VNM",
        ),
        # a request answered is no armed deed: the forces' destination stays the target
        ("The United States sent troops to Saudi Arabia after King Fahd asked for help.", "SAU"),
    ],
)
def test_a_show_of_force_answering_an_armed_deed_is_aimed_at_its_doer(
    code: Code, text: str, target: str
) -> None:
    _, targets = parties_of_type(code(text), "MOBILIZE")
    assert targets == {target}


@pytest.mark.parametrize(
    ("text", "date", "source", "target"),
    [
        # a welcome the guest receives or is given is the guest's visit to the place of the welcome
        (
            "President Kennedy received a rapturous welcome in West Berlin in June 1963.",
            "1963-06-26",
            "USA",
            "DEU",
        ),
        (
            "Pope John Paul II was given a tumultuous welcome in Dublin in September 1979.",
            "1979-09-29",
            "VAT",
            "IRL",
        ),
    ],
)
def test_a_welcome_received_or_given_to_a_guest_is_the_guests_visit(
    nlp: Language, text: str, date: str, source: str, target: str
) -> None:
    events = events_on(nlp, text, date)
    visits = [e for e in events if e.event == "CONSULT" and e.cameo == "042"]
    assert visits, events
    sources, targets = parties_of_type(visits, "CONSULT")
    assert (sources, targets) == ({source}, {target})


def test_a_plan_welcomed_is_no_visit(code: Code) -> None:
    no_event(code, "The plan received a warm welcome in Bonn.", "CONSULT")
