"""Event readings by category, twenty-fifth session (issue 9, talk15): talk events told beside a subordinate clause
that names a deed or another talk verb, checked on sentences written for these tests (true statements about real
events) through the real pipeline, with look-alikes that keep their own reading. A source or target left as None is
not checked here.

- A deed named in what a party denies ("denied that its forces had shelled", "denied supplying", "denied any role in")
  is no event of the sentence: its news is the denial, and a denial (CAMEO 016) has no PLOVER type. A deed stated
  apart before the denial ("X did Y; Z denied any role", "..., which India denied") stays.
- A deed in a clause of time hung on a statement with no PLOVER type ("sent his condolences to X after gunmen killed
  ...", "said ..., hours after ...") is the time of the statement, not its news: no event. A deed in the complement of
  the statement ("said that its aircraft had struck ...") is the news and stays. The same holds of a clause of time
  hung on a word of feeling the statement reports ("said she had been deeply saddened ..., hours after ...").
- A deed of the sentence's background (a clause of time or cause, a relative clause) never takes the place of the main
  clause's reading, even one the dictionary gives ("would retaliate ..., days after a bomber killed ...").
- (Removed after review25: "sorry for" as an apology, 055, and confidence in a party as support, 051, read sympathy
  and distrust as support.) Confidence that something will happen stays a comment.
- An offer of asylum is a promise of help (0333, AGREE), as an offer of aid is (033); asylum granted stays 075 (AID).
- A treaty suspended is rejected (120, docs/annotation-conventions.md rule 5.2); one a party says it will not renew
  (or parts of it) is a renewal refused (the negated future of a signing, 127); an agreed extension stays an agreement.
- Fighting a problem, a disease or a disaster ("to fight climate change", "to fight wildfires") is no armed clash.
- A deed announced "in protest" at something is a hostile stated future (rule 4.1): a threat (136 for a force or a
  mission left), where the same announcement with no protest stays a promise.
- A named person who flies or jets into a place visits it (042); forces flown in are deployed (154).
"""

from __future__ import annotations

import pytest

from .helpers import Code, of_type, some_event


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin denied on Thursday that Russian forces had shelled the Zaporizhzhia nuclear plant.",
        "Iran denied in October 2022 that it had supplied drones to Russia for its war in Ukraine.",
        "Moscow denied any role in the poisoning of the former spy Sergei Skripal in Salisbury in 2018.",
    ],
)
def test_a_deed_a_party_denies_is_no_event(code: Code, text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a deed stated apart before the denial stays the sentence's news
        (
            "Russian jets bombed Aleppo in 2016; Moscow denied hitting hospitals.",
            "ASSAULT",
            None,
            "RUS",
            None,
        ),
        # a deed the denier admits beside the denial stays ("Pakistan's army said ...; Delhi denied ...")
        (
            "Pakistan's army said on February 27, 2019 that its jets had shot down two Indian warplanes over Kashmir,"
            " which India denied.",
            "ASSAULT",
            None,
            "PAK",
            "IND",
        ),
    ],
)
def test_deeds_beside_a_denial_keep_their_reading(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi sent his condolences to Emmanuel Macron after a truck attack killed 86 people in Nice in 2016.",
        "Angela Merkel sent her condolences to Theresa May on Tuesday, a day after a suicide bomber killed 22 people at"
        " a concert in Manchester.",
    ],
)
def test_a_deed_that_dates_a_statement_is_no_event(code: Code, text: str) -> None:
    assert of_type(code(text), "ASSAULT") == []


def test_a_deed_a_statement_reports_stays_the_news(code: Code) -> None:
    some_event(
        code,
        "Israel's military said on Friday that its aircraft had struck Hamas targets in Gaza after rockets were fired"
        " at Israeli towns.",
        "ASSAULT",
        None,
        None,
        "PSE",
    )


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "Pakistan's army said on Friday that it would retaliate against India if it were attacked, a week after"
            " a suicide bomber killed 40 Indian paramilitary police in Kashmir.",
            "THREATEN",
            "PAK",
            None,
        ),
    ],
)
def test_the_main_clause_reading_goes_before_a_background_deed(
    code: Code, text: str, plover: str, source: str, target: str | None
) -> None:
    events = code(text)
    assert events and events[0].event == plover, events
    some_event(code, text, plover, None, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # review25: the "sorry for" (055) and "confidence/trust in" (051) lines were removed; sympathy and distrust
        # read as support through them
        "Turkey's president said in October 2023 that he felt sorry for the civilians of Gaza.",
        "Nigeria's Labour Party said in March 2023 that it had no confidence in the electoral commission.",
        "Many Ukrainians said in 2023 that they had little trust in Russia.",
    ],
)
def test_sympathy_and_distrust_are_no_support(code: Code, text: str) -> None:
    assert of_type(code(text), "SUPPORT") == []


def test_confidence_that_something_will_happen_is_no_support(code: Code) -> None:
    text = "Iran's foreign minister expressed confidence in July 2015 that a nuclear deal would be reached."
    assert of_type(code(text), "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        ("Daniel Ortega offered asylum to Edward Snowden in July 2013.", "AGREE", "0333", "NIC"),
        ("Ecuador granted asylum to Julian Assange in August 2012.", "AID", "075", "ECU"),
    ],
)
def test_an_offer_of_asylum_is_a_promise_and_a_grant_is_aid(
    code: Code, text: str, plover: str, cameo: str, source: str
) -> None:
    some_event(code, text, plover, cameo, source, None)


@pytest.mark.parametrize(
    "text",
    [
        "NATO allies suspended the Treaty on Conventional Armed Forces in Europe in November 2023, after Russia withdrew"
        " from it.",
    ],
)
def test_a_treaty_suspended_is_rejected(code: Code, text: str) -> None:
    some_event(code, text, "REJECT", "120", None, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # a treaty a party says it will not renew is a renewal refused (the negated future of a signing)
        (
            "Rafael Correa said in 2007 that Ecuador would not renew the agreement that lets U.S. forces use the Manta"
            " air base.",
            "REJECT",
            None,
        ),
        # agreed renewal stays an agreement
        (
            "Russia and the United States agreed in January 2021 to extend the New START treaty by five years.",
            "AGREE",
            None,
        ),
    ],
)
def test_a_treaty_not_renewed_is_rejected(code: Code, text: str, plover: str, cameo: str | None) -> None:
    some_event(code, text, plover, cameo, None, None)


def test_fighting_a_problem_is_no_armed_clash(code: Code) -> None:
    events = code("Brazil sent soldiers to fight wildfires in the Amazon in August 2019.")
    assert [e for e in events if e.cameo[:2] in ("18", "19")] == [], events
    some_event(
        code,
        "Ukrainian troops fought Russian forces in Bakhmut for months in 2023.",
        "ASSAULT",
        "190",
        "UKR",
        "RUS",
    )


def test_a_deed_announced_in_protest_is_a_threat(code: Code) -> None:
    some_event(
        code,
        "Rwanda said in February 2008 that it would pull its peacekeepers out of Darfur in protest at a Spanish judge's"
        " indictment of 40 of its officers.",
        "THREATEN",
        None,
        "RWA",
        None,
    )
    # the same withdrawal announced with no protest stays a promise
    some_event(
        code,
        "Germany said in 2023 that it would pull its troops out of the U.N. mission in Mali by May 2024.",
        "AGREE",
        None,
        "DEU",
        None,
    )


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # a named person flying into a place visits it
        (
            "Emmanuel Macron flew into Beirut in August 2020, two days after a huge explosion wrecked its port.",
            "CONSULT",
            "FRA",
            "LBN",
        ),
        # forces flown into a place are deployed there
        ("Russian paratroopers flew into Kazakhstan in January 2022.", "MOBILIZE", "RUS", "KAZ"),
    ],
)
def test_a_leader_flying_into_a_place_visits_it(
    code: Code, text: str, plover: str, source: str, target: str
) -> None:
    some_event(code, text, plover, None, source, target)


def test_a_deed_that_dates_a_feeling_reported_is_no_event(code: Code) -> None:
    # the clause of time hangs on the word of feeling the statement reports, not on "said"
    text = (
        "Queen Elizabeth said on Friday that she had been deeply saddened by the events in Christchurch, hours after a"
        " gunman shot dead worshippers at two mosques there."
    )
    assert of_type(code(text), "ASSAULT") == []
