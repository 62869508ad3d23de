"""Event readings by category, twentieth session (issue 9, talk9): checked on sentences written for these tests (true
statements about real events) through the real pipeline, with look-alikes that keep their own reading. A source or
target left as None is not checked here.

- A deal, a partnership or a pledge walked, backed or stepped away from, or backed out of, is rejected (127): the
  parser hangs the "from" phrase on "away", and "backed away / out" is never the support "back" alone gives (052).
- People sent, flown or transferred to another state or a court to stand or face trial are handed over for justice
  (063, judicial cooperation), whoever they are; a force sent to defend stays a deployment.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        (
            "Donald Trump walked away from the Trans-Pacific Partnership three days after taking office in January "
            "2017.",
            "REJECT",
            "127",
            "USA",
            None,
        ),
        (
            "Italy walked away from its Belt and Road memorandum with China in December 2023.",
            "REJECT",
            "127",
            "ITA",
            None,
        ),
        (
            "The British government backed away from its pledge to spend 0.7 percent of national income on foreign "
            "aid in November 2020.",
            "REJECT",
            "127",
            "GBR",
            None,
        ),
        (
            "India backed out of the Regional Comprehensive Economic Partnership at a summit in Bangkok in November "
            "2019.",
            "REJECT",
            "127",
            "IND",
            None,
        ),
    ],
)
def test_walked_or_backed_away_from_a_deal_is_a_rejection(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # "backed away from a plan" of one's own is no support (and no rejection of another's deal either)
        (
            "The Greek government backed away from its plan to hold a referendum on the bailout in November 2011.",
            "SUPPORT",
        ),
        (
            "The Greek government backed away from its plan to hold a referendum on the bailout in November 2011.",
            "REJECT",
        ),
    ],
)
def test_backed_away_is_never_support(code: Code, text: str, plover: str) -> None:
    no_event(code, text, plover)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # backing alone stays support
        (
            "The United States backed Ukraine's bid to join the European Union in 2022.",
            "SUPPORT",
            None,
            "USA",
            None,
        ),
        # unknown deed if another does not act is a threat
        # a deed the lexicon does not know, said for the future on another's failure to act ("would X if Y did not Z",
        # the negated twin of "unless"), is an ultimatum, not the promise an announced deed of one's own is
        (
            "Rodrigo Duterte said in April 2019 that he would ship dozens of containers of Canadian rubbish back to "
            "Canada himself if Ottawa did not take them back.",
            "THREATEN",
            "130",
            "PHL",
            "CAN",
        ),
        # official called alone is a phone call
        ("Joe Biden called the Turkish president in April 2021.", "CONSULT", "041", "USA", "TUR"),
        # official in apposition called a pejorative is criticised
        (
            "Donald Trump called Venezuela's president, Nicolas Maduro, a dictator in February 2019.",
            "ACCUSE",
            "111",
            "USA",
            "VEN",
        ),
        # statute backed out of is rejected
        (
            "Burundi pulled out of the Rome Statute of the International Criminal Court in October 2017.",
            "REJECT",
            "127",
            "BDI",
            None,
        ),
        # no appetite with the phrase on the verb
        (
            "Germany's government showed no appetite in 2023 for sending Taurus cruise missiles to Ukraine.",
            "REJECT",
            None,
            "DEU",
            None,
        ),
    ],
)
def test_talk_twentieth_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Mexico sent 29 accused cartel figures, among them Rafael Caro Quintero, to the United States in February "
            "2025 to face trial.",
            "MEX",
            "USA",
        ),
        (
            "Mexico sent 26 more cartel figures to the United States in August 2025 to face charges.",
            "MEX",
            "USA",
        ),
        (
            "Mexico flew Ovidio Guzman to the United States in September 2023 to face drug trafficking charges.",
            "MEX",
            "USA",
        ),
    ],
)
def test_sent_to_stand_trial_is_judicial_cooperation(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "COOPERATE", "063", source, target)


def test_forces_sent_to_defend_stay_a_deployment(code: Code) -> None:
    no_cameo(
        code, "The United States sent troops to Saudi Arabia in August 1990 to defend the kingdom.", "063"
    )


def test_unknown_deed_without_a_condition_stays_an_intention(code: Code) -> None:
    no_event(
        code,
        "Rodrigo Duterte said in April 2019 that he would ship the rubbish back to Canada himself.",
        "THREATEN",
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an official called by a predicate that condemns him is criticised (111), not phoned (041)
        ("Donald Trump called the Danish prime minister nasty in August 2019.", "USA", "DNK"),
        (
            "Donald Trump called London's mayor a stone cold loser in June 2019.",
            "USA",
            None,
        ),
    ],
)
def test_official_called_by_a_condemning_word_is_criticised(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "ACCUSE", "111", source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a party's want of a deed denied ("had no interest in", "showed no appetite for") is its refusal (12x)
        (
            "The Bush administration said in March 2001 that it had no interest in implementing the Kyoto Protocol.",
            "USA",
            None,
        ),
        (
            "Kim Yo Jong said in March 2024 that North Korea had no interest in any talks with Japan.",
            "PRK",
            "JPN",
        ),
        ("The Taliban showed no interest in talks with the Afghan government in 2019.", "AFG", None),
        (
            "Britain's government did not have any appetite for talks with Argentina over the Falklands in 2013.",
            "GBR",
            None,
        ),
    ],
)
def test_no_interest_in_a_deed_is_a_refusal(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REJECT", None, source, target)


def test_interest_not_denied_is_no_refusal(code: Code) -> None:
    no_event(code, "Indonesia expressed interest in buying French Rafale fighter jets in 2021.", "REJECT")


def test_deed_inside_a_condition_is_not_the_event(code: Code) -> None:
    # the war of the "if" clause is only supposed: it is no attack (the readying it conditions is unknown here)
    no_event(
        code,
        "Abiy Ahmed told Ethiopia's parliament in October 2019 that millions could be readied if the country had "
        "to go to war over its dam.",
        "ASSAULT",
    )


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # the clause a condition sets is still read, with the condition's party as its target
        (
            "If Russia invades Ukraine, the United States will impose severe sanctions, Joe Biden said in January "
            "2022.",
            "THREATEN",
            "USA",
            "RUS",
        ),
        (
            "Rodrigo Duterte said in April 2019 that he would ship dozens of containers of Canadian rubbish back to "
            "Canada himself if Ottawa did not take them back.",
            "THREATEN",
            "PHL",
            "CAN",
        ),
    ],
)
def test_clause_a_condition_sets_is_still_read(
    code: Code, text: str, plover: str, source: str, target: str
) -> None:
    some_event(code, text, plover, None, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan will seek a bailout from the International Monetary Fund, its finance minister said in October 2018.",
        "Egypt sought a rescue package from the International Monetary Fund in 2016.",
        "Argentina turned to the International Monetary Fund for a financing line in May 2018.",
    ],
)
def test_bailout_sought_is_an_appeal_for_aid(code: Code, text: str) -> None:
    some_event(code, text, "REQUEST", "0231", None, "IGO-IMF")


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        # pen put to paper, names or signatures set to an accord: a signing (057), reciprocal for two parties
        (
            "Israel and the United Arab Emirates put pen to paper on a deal to normalise relations in September 2020.",
            "SUPPORT",
            "ISR ARE",
        ),
        (
            "Nikol Pashinyan, Ilham Aliyev and Vladimir Putin set their names to a ceasefire deal for Nagorno-Karabakh "
            "in November 2020.",
            "SUPPORT",
            "ARM AZE RUS",
        ),
        # ... and refused, a refusal
        (
            "Poland's president Andrzej Duda refused to put his signature to a media law aimed at the American-owned "
            "TVN network in December 2021.",
            "REJECT",
            "POL",
        ),
    ],
)
def test_signing_idioms(code: Code, text: str, plover: str, source: str) -> None:
    some_event(code, text, plover, None, source, None)


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        # a party joining another "in" a deed does the deed (the subject's own); the joining is no meeting
        ("France joined Germany in condemning the coup in Niger in July 2023.", "ACCUSE", "FRA"),
        ("Hungary joined Poland in blocking the European Union's budget in November 2020.", "REJECT", "HUN"),
        ("Poland joined Britain in pledging tanks to Ukraine in January 2023.", "AGREE", "POL"),
    ],
)
def test_joined_in_a_deed_is_the_deed(code: Code, text: str, plover: str, source: str) -> None:
    some_event(code, text, plover, None, source, None, absent=("CONSULT",))


def test_joining_a_body_is_unchanged(code: Code) -> None:
    events = code("Sweden joined NATO in March 2024.")
    assert events and all(e.event != "ACCUSE" for e in events), events


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # a truce or a ceasefire accepted or approved is agreed to (0356); declared, it stays the de-escalation (0871)
        ("Israel's security cabinet approved a ceasefire with Hamas in May 2021.", "AGREE", "0356"),
        ("Hamas accepted an open-ended truce with Israel in August 2014.", "AGREE", "0356"),
        ("Israel declared a unilateral ceasefire in Gaza in January 2009.", "RETREAT", "0871"),
    ],
)
def test_truce_accepted_is_agreed(code: Code, text: str, plover: str, cameo: str) -> None:
    some_event(code, text, plover, cameo, None, None)
