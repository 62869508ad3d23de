"""The news and its background: a sentence reports one event, the deed of its main clause; a deed told in a clause
of time or cause, a relative clause, a participle tail or an adjunct of time is its background. By default only the
news is coded; the coder's setting `background_deeds` keeps the background deeds as events of their own too (the
`code_background` fixture). Coordinated deeds of the main clause are all news."""

from __future__ import annotations

import pytest

from .helpers import Code, Deed, deeds_of


@pytest.mark.parametrize(
    ("text", "news", "background"),
    [
        # a clause of time with an earlier deed ("hours after", "months after")
        (
            "Russia recalled its ambassador from Washington in March 2021, hours after Joe Biden called Vladimir"
            " Putin a killer.",
            ("SANCTION", "RUS", "USA"),
            ("ACCUSE", "USA", "RUS"),
        ),
        (
            "Ukraine cut diplomatic ties with Russia on 24 February 2022, hours after Russian forces invaded.",
            ("SANCTION", "UKR", "RUS"),
            ("ASSAULT", "RUS", ""),
        ),
        (
            "Azerbaijan launched an offensive in Nagorno-Karabakh in September 2023, nine months after Azerbaijani"
            " activists blocked the Lachin corridor.",
            ("ASSAULT", "AZE", ""),
            ("COERCE", "AZE", "AZE"),
        ),
        # a relative clause describing the subject by a past deed
        (
            "Greece, which had long vetoed North Macedonia's bid to join NATO, ratified its accession protocol in"
            " February 2019.",
            ("SUPPORT", "GRC", ""),
            ("REJECT", "GRC", "MKD"),
        ),
        (
            "Iraq, which had invaded Kuwait, withdrew its forces in February 1991.",
            ("RETREAT", "IRQ", "KWT"),
            ("ASSAULT", "IRQ", "KWT"),
        ),
        # a participle tail giving the reason
        (
            "Britain expelled 23 Russian diplomats in March 2018, blaming Moscow for the nerve agent attack on"
            " Sergei Skripal.",
            ("SANCTION", "GBR", "RUS"),
            ("ACCUSE", "GBR", "RUS"),
        ),
        (
            "Finland closed its border with Russia in November 2023, accusing Moscow of pushing migrants towards"
            " the frontier.",
            ("COERCE", "FIN", "RUS"),
            ("ACCUSE", "FIN", "RUS"),
        ),
        # (was test_background_a_deed_judged_is_no_event_beside_the_judgement)
        # a deed named in what a criticism or condemnation judges: its object, or the gerund of its reason
        (
            "The European Union condemned Russia's annexation of Crimea in March 2014.",
            ("ACCUSE", "IGO-EU", "RUS"),
            ("COERCE", "RUS", "UKR"),
        ),
        (
            "Britain criticised Iran's seizure of a British-flagged tanker in the Strait of Hormuz in July 2019.",
            ("ACCUSE", "GBR", "IRN"),
            ("COERCE", "IRN", "GBR"),  # the flag state owns the ship (twenty-second session, roles12)
        ),
        (
            "Turkey condemned Sweden for allowing a protester to burn a Koran outside its embassy in Stockholm in"
            " January 2023.",
            ("ACCUSE", "TUR", "SWE"),
            ("CONCEDE", "SWE", ""),
        ),
    ],
)
def test_background_deed_beside_the_news_is_no_event_of_its_own(
    code: Code, code_background: Code, text: str, news: Deed, background: Deed
) -> None:
    assert deeds_of(code(text)) == {news}
    # kept, with its own parties, when the setting asks for the background too
    assert deeds_of(code_background(text)) == {news, background}


@pytest.mark.parametrize(
    ("text", "news", "past"),
    [
        (
            "Argentina and Britain restored diplomatic relations in February 1990, eight years after Argentine forces"
            " invaded the Falkland Islands in April 1982.",
            ("SUPPORT", "ARG,GBR", ""),
            ("ASSAULT", "ARG", "GBR"),
        ),
        (
            "Iraq, which had invaded Kuwait in August 1990, withdrew its forces in February 1991.",
            ("RETREAT", "IRQ", "KWT"),
            ("ASSAULT", "IRQ", "KWT"),
        ),
    ],
)
def test_background_deed_with_a_date_of_its_own_is_background_too(
    code: Code, code_background: Code, text: str, news: Deed, past: Deed
) -> None:
    # a deed of the background dated in its own clause is background all the same in wire news (prec17: the sets
    # code the news alone); the setting that keeps the background keeps it, with its own date
    assert deeds_of(code(text)) == {news}
    events = code_background(text)
    assert deeds_of(events) == {news, past}
    dates = {e.event: e.date[:4] for e in events if e.date}
    assert dates[news[0]] != dates[past[0]]


def test_background_an_as_clause_beside_the_news_is_no_event(code: Code) -> None:
    events = code(
        "Israeli jets struck Hamas targets in Gaza in May 2021, as militants fired rockets at Tel Aviv."
    )
    assert deeds_of(events) == {("ASSAULT", "ISR", "PSE")}


def test_background_coordinated_deeds_of_the_main_clause_are_all_news(code: Code) -> None:
    # two verbs of the main clause joined by "and": two events, whatever the setting
    events = code("Pakistan condemned the strike and recalled its ambassador from Tehran in January 2024.")
    assert {(e.event, e.trigger) for e in events} == {("ACCUSE", "condemned"), ("SANCTION", "recalled")}


def test_background_a_clause_of_time_on_a_deed_to_come_is_a_condition(code: Code) -> None:
    # "would halt ... only after Hamas released": the clause sets a condition (a demand), not a background deed
    events = code("Netanyahu said Israel would halt the offensive only after Hamas released the hostages.")
    assert ("REQUEST", "ISR", "PSE") in deeds_of(events)


def test_background_a_deed_done_as_the_means_of_a_judgement_is_news(code: Code) -> None:
    # "protested by expelling": the expulsion was done, an event of its own
    events = code("Lithuania protested by expelling the Russian ambassador in April 2022.")
    assert ("SANCTION", "LTU", "RUS") in deeds_of(events)


@pytest.mark.parametrize(
    ("text", "news"),
    [
        (
            "Russian paratroopers flew into Kazakhstan in January 2022 at the request of President Kassym-Jomart"
            " Tokayev.",
            ("MOBILIZE", "RUS", "KAZ"),
        ),
        (
            "Senegalese troops crossed into Gambia in January 2017 at the request of President Adama Barrow.",
            ("ASSAULT", "SEN", "GMB"),
        ),
        # "under pressure from X": likewise
        (
            "Under American pressure, Britain and France pulled their troops out of Egypt in December 1956.",
            ("RETREAT", "FRA,GBR", "EGY"),
        ),
        (
            "Under pressure from Moscow, Armenia dropped plans to sign an association agreement with the European"
            " Union in 2013.",
            ("REJECT", "ARM", "IGO-EU"),
        ),
    ],
)
def test_background_the_asking_that_led_to_a_deed_is_no_event_beside_it(
    code: Code, code_background: Code, text: str, news: Deed
) -> None:
    # "at the request of X": the asking came before the deed reported; kept only with the setting on (the deed's
    # own reading is not what this checks: a force sent at a party's request may read as a deployment or as aid)
    (event,) = code(text)
    assert event.event != "REQUEST" and {a.code for a in event.source} == set(news[1].split(","))
    assert len(code_background(text)) == 2
