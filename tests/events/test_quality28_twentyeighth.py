"""quality28 (twenty-eighth session): the tree helpers that replace code written twice, and two kinds of event dates.

Dates, on sentences written for these tests about real events of odd years:
(a) "the next week", "the next month", "the previous week" count from a date the sentence names (as "the following
    month" and "the next day" did), not from the article's date; "next month" without "the", and "the next month"
    with no date to count from, keep the article's reading;
(b) an accusation drawn from an investigative body's finding of a deed ("UN investigators found in October 2017
    that X had ... in April 2017") is dated by the finding, not by the deed it finds.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events.match import aspect_chain
from realpolitik.events.tree import prep_objects, relative_clauses, relative_doers

from .helpers import Code, date_at, some_event

TokenOf = Callable[[str, str], Token]


# ---- the helpers ------------------------------------------------------------------------------------------------------


def test_aspect_chain_walks_the_verbs_of_beginning_and_going_on(token_of: TokenOf) -> None:
    text = "The army began to resume shelling the town."
    assert [t.text for t in aspect_chain(token_of(text, "began"))] == ["resume", "shelling"]
    assert [t.text for t in aspect_chain(token_of(text, "began"), steps=1)] == ["resume"]
    assert aspect_chain(token_of(text, "shelling")) == []


def test_prep_objects_without_prepositions_named_reads_every_phrase(token_of: TokenOf) -> None:
    verb = token_of("The government flew its citizens from Lima to Santiago on a military plane.", "flew")
    assert [t.text for t in prep_objects(verb)] == ["Lima", "Santiago", "plane"]
    assert [t.text for t in prep_objects(verb, ("on",))] == ["plane"]


def test_relative_clauses_and_their_doers(token_of: TokenOf) -> None:
    text = "The court said the wall that Israel was building and the roads it paved broke the law."
    nouns = [token_of(text, "wall"), token_of(text, "roads")]
    assert [t.text for t in relative_clauses(nouns)] == ["building", "paved"]
    assert [t.text for t in relative_doers(nouns)] == ["Israel", "it"]
    assert relative_doers([token_of(text, "court")]) == []


# ---- (a) "the next month" and "the previous week" count from the sentence's date ---------------------------------

NEXT = [
    # Turkey's parliament ratified Finland's accession on 30 March 2023; Finland joined on 4 April 2023
    (
        "Turkey's parliament ratified Finland's membership of NATO on 30 March 2023, and Finland joined the alliance"
        " the next week.",
        "2023-12-01",
        "joined",
        ("2023-04-06", "month"),
    ),
    # the Saudi-Iranian deal brokered by China on 10 March 2023; the foreign ministers met in Beijing on 6 April
    (
        "China brokered a deal between Saudi Arabia and Iran in March 2023, and their foreign ministers met in Beijing"
        " the next month.",
        "2023-12-01",
        "met",
        ("2023-04-01", "month"),
    ),
    # the Hamas attack of 7 October 2023; the truce agreed on 22 November 2023
    (
        "Hamas attacked Israel on 7 October 2023, and Israel and Hamas agreed to a truce the next month.",
        "2024-01-15",
        "agreed",
        ("2023-11-01", "month"),
    ),
    # Finland joined on Tuesday 4 April 2023; Turkey's parliament had approved it on Thursday 30 March
    (
        "Finland joined NATO on 4 April 2023; Turkey's parliament had approved its membership the previous week.",
        "2023-12-01",
        "approved",
        ("2023-03-28", "month"),
    ),
    # Azerbaijan's offensive of 19-20 September 2023; Armenia ratified the Rome Statute on 3 October 2023
    (
        "Armenia ratified the Rome Statute on 3 October 2023, after Azerbaijan had retaken Nagorno-Karabakh the"
        " previous month.",
        "2023-12-01",
        "retaken",
        ("2023-09-01", "month"),
    ),
    # guards: "next month" without "the" is the article's; so is "the next month" with no date to count from
    (
        "China's foreign minister said on Monday that he would visit Moscow next month.",
        "2023-03-01",
        "visit",
        ("2023-04-01", "month"),
    ),
    (
        "The two sides agreed to hold talks in the next month.",
        "2023-03-01",
        "hold",
        ("2023-04-01", "month"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "article_date", "word", "expected"), NEXT, ids=[c[0][:50] for c in NEXT]
)
def test_the_next_month_counts_from_the_sentences_date(
    bare_nlp: Language, sentence: str, article_date: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert date_at(bare_nlp, sentence, article_date, word) == expected


def test_a_meeting_the_next_month_is_coded_with_the_month_after(code: Code) -> None:
    text = (
        "China brokered a deal between Saudi Arabia and Iran in March 2023, and their foreign ministers met in Beijing"
        " the next month."
    )
    events = some_event(code, text, "CONSULT", "040", "IRN SAU", None)
    assert [e.date for e in events if e.cameo == "040"] == ["2023-04-01"], events


# ---- (b) an accusation drawn from a finding is dated by the finding ----------------------------------------------

FINDINGS = [
    # the OPCW-UN Joint Investigative Mechanism's report of 26 October 2017 on the sarin attack of 4 April 2017
    (
        "UN investigators concluded in October 2017 that Syria's government had carried out the sarin attack on Khan"
        " Sheikhoun in April 2017.",
        "SYR",
        ("2017-10-01", "month"),
    ),
    # the UN commission of inquiry on Syria's report of 6 September 2017
    (
        "The UN commission of inquiry on Syria found in September 2017 that the Syrian air force had used sarin on"
        " Khan Sheikhoun in April 2017.",
        "SYR",
        ("2017-09-01", "month"),
    ),
    # the UN fact-finding mission on Myanmar's report of September 2019 on the clearance operations of 2017
    (
        "A panel of UN investigators said in September 2019 that Myanmar's army had killed thousands of Rohingya in"
        " 2017.",
        "MMR",
        ("2019-09-01", "month"),
    ),
    # a finding with no date of its own is the article's news, not dated by the deed it finds
    (
        "The UN commission of inquiry on Syria found that the Syrian air force had used sarin on Khan Sheikhoun in"
        " April 2017.",
        "SYR",
        ("2017-12-01", "article"),
    ),
]


@pytest.mark.parametrize(("text", "target", "expected"), FINDINGS, ids=[c[0][:50] for c in FINDINGS])
def test_an_accusation_drawn_from_a_finding_is_dated_by_the_finding(
    nlp: Language, text: str, target: str, expected: tuple[str, str]
) -> None:
    from realpolitik.nlp import process

    (doc,) = process(nlp, [(text, "2017-12-01")])
    events = [e for e in doc._.events or [] if e.cameo == "112"]
    assert events, doc._.events
    assert {a.code for a in events[0].target} == {target}
    assert (events[0].date, events[0].date_precision) == expected, events


def test_a_deed_reported_as_news_keeps_its_own_date(code: Code) -> None:
    # (a trailing "..., UN investigators said" reports the news: the deed, dated by its own words)
    text = "Syria's air force bombed Khan Sheikhoun with sarin on 4 April 2017, UN investigators said."
    events = some_event(code, text, "ASSAULT", None, "SYR", None, absent=("ACCUSE",))
    assert [e.date for e in events if e.event == "ASSAULT"] == ["2017-04-04"], events


# ---- (c) "later that year", "earlier that month", "the same day" are the sentence's own year, month or day ---------

SAME = [
    # the coup of 1 February 2021; Aung San Suu Kyi first sentenced on 6 December 2021
    (
        "Myanmar's army seized power in February 2021, and a junta court sentenced Aung San Suu Kyi to prison later"
        " that year.",
        "2022-03-01",
        "sentenced",
        ("2021-01-01", "year"),
    ),
    # Sudan's war began on 15 April 2023; the RSF took Wad Madani in December 2023
    (
        "Sudan's war began on 15 April 2023, and the Rapid Support Forces took Wad Madani later that year.",
        "2024-03-01",
        "took",
        ("2023-01-01", "year"),
    ),
    # the Eagle Partner drills began on 11 September 2023; Azerbaijan's offensive on 19 September 2023
    (
        "Armenia began drills with American troops on 11 September 2023, and Azerbaijan launched its offensive in"
        " Nagorno-Karabakh later that month.",
        "2023-12-01",
        "launched",
        ("2023-09-01", "month"),
    ),
    # Wagner's mutiny of 24 June 2023: Rostov-on-Don taken and the march called off the same day
    (
        "Wagner fighters took Rostov-on-Don on 24 June 2023, and Prigozhin called off their march on Moscow the same"
        " day.",
        "2023-12-01",
        "called",
        ("2023-06-24", "day"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "article_date", "word", "expected"), SAME, ids=[c[0][:50] for c in SAME]
)
def test_later_that_year_is_the_sentences_year(
    bare_nlp: Language, sentence: str, article_date: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert date_at(bare_nlp, sentence, article_date, word) == expected


# ---- (d) a month or a day named without its year, after a date that names one, is in that year --------------------

IN_THAT_YEAR = [
    # Wagner's mutiny of 24 June 2023; Prigozhin killed on 23 August 2023 (read in a 2025 article)
    (
        "Wagner fighters marched on Moscow in June 2023, and Prigozhin was killed in a plane crash in August.",
        "2025-03-01",
        "killed",
        ("2023-08-01", "month"),
    ),
    # the coup of 1 February 2021; Aung San Suu Kyi first sentenced on 6 December 2021
    (
        "Myanmar's army seized power in February 2021, and a junta court sentenced Aung San Suu Kyi to prison in"
        " December.",
        "2023-03-01",
        "sentenced",
        ("2021-12-01", "month"),
    ),
    # Turkey's parliament approved Finland's accession on 30 March 2023; Finland joined on 4 April 2023
    (
        "Turkey's parliament approved Finland's membership of NATO on 30 March 2023, and Finland joined the alliance"
        " on 4 April.",
        "2025-01-10",
        "joined",
        ("2023-04-04", "day"),
    ),
    # guards: a year that names a thing ("the 2015 deal") is no year of the deed; a sentence with no year
    (
        "Iran breached the 2015 nuclear deal's cap on enriched uranium in July.",
        "2019-09-01",
        "breached",
        ("2019-07-01", "month"),
    ),
    (
        "Prigozhin was killed in a plane crash in August.",
        "2023-10-01",
        "killed",
        ("2023-08-01", "month"),
    ),
    # a year in a relative clause or in a clause of time is that clause's event's: Turkey shot the Su-24 down in
    # November 2015 and received the S-400 in July 2019; the junta dissolved the NLD in March 2023
    (
        "Turkey, which shot down a Russian warplane in November 2015, received Russian S-400 missiles in July.",
        "2019-09-01",
        "received",
        ("2019-07-01", "month"),
    ),
    (
        "After the army seized power in February 2021, Myanmar's junta dissolved Aung San Suu Kyi's party in March.",
        "2023-06-01",
        "dissolved",
        ("2023-03-01", "month"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "article_date", "word", "expected"), IN_THAT_YEAR, ids=[c[0][:50] for c in IN_THAT_YEAR]
)
def test_a_month_without_its_year_is_in_the_sentences_year(
    bare_nlp: Language, sentence: str, article_date: str, word: str, expected: tuple[str | None, str]
) -> None:
    assert date_at(bare_nlp, sentence, article_date, word) == expected
