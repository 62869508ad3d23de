"""Event readings by category, twenty-third session (issue 9, talk13): talk-family codes taken from the CAMEO codebook,
checked on sentences written for these tests (true statements about real events) through the real pipeline, with
look-alikes that keep their own reading. A source or target left as None is not checked here.

- A court's finding that a party is in the wrong and "must" or "should" undo it ("ruled that X breaches international
  law and must be torn down") is a judgement on the party (116), not a demand; a court that orders still demands, and
  another speaker's "X must ..." stays a demand. So is a court's finding that a party's deed was unlawful, illegal or
  void, or that the party violated or breached the law or someone's rights; a minister who "ruled" nothing of the kind
  judges nothing.
- A claim, a report or a suggestion called a lie, a fabrication or nonsense is denied (016, no PLOVER event), not a
  criticism of anyone; a party called a liar is still criticised.
- A deed under a noun of intent negated by "no" ("had no intention of negotiating", "has no plans to send") is refused
  (12x); a talk-family deed in a "to" clause on "nothing" ("had nothing more to discuss with Y") is a refusal to talk
  (125). An intention stated without "no" stays a promise.
- Classified or secret information revealed or leaked is information shared (064); details revealed in public are not.
- Leaders "meeting in" a place when they do the news (a participle on the subject, or the parser's variants of it) are
  at the setting of the news, not at a meeting coded of its own; leaders who "met" still meet.
- A handshake joined to an agreement, a promise or a signing seals it: no meeting of its own; a handshake alone is one.
- After a verb that only demands, "let", "put", "lay" (a subjunctive the parser tags as a past) are what is demanded.
- An unknown deed vowed against people (protesters, rebels, schoolgirls, enemies) is a threat, whoever's they are.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The European Court of Human Rights ruled in December 2020 that Turkey had violated the rights of "
            "Selahattin Demirtas and must release him.",
            "IGO-ECHR",
            "TUR",
        ),
        (
            "The International Court of Justice found in July 2004 that the wall Israel was building in the West Bank "
            "was contrary to international law and should be dismantled.",
            "IGO-ICJ",
            "ISR",
        ),
    ],
)
def test_a_courts_finding_with_must_is_a_judgement(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "116", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "The International Court of Justice ordered Israel in January 2024 to take all measures in its power to "
        "prevent acts of genocide in Gaza.",
        "Germany's foreign minister said in March 2022 that Russia must withdraw its troops from Ukraine.",
    ],
)
def test_an_order_or_anothers_must_stays_a_demand(code: Code, text: str) -> None:
    events = code(text)
    assert any(e.event == "REQUEST" for e in events), events
    assert all(e.cameo != "116" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Wang Yi called the allegations of genocide in Xinjiang a lie in March 2021.",
        "Donald Trump called the reports about his campaign's ties to Russia a hoax in 2017.",
    ],
)
def test_a_claim_called_a_lie_is_denied_no_event(code: Code, text: str) -> None:
    no_event(code, text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a party called a liar is still criticised
        ("Donald Trump called James Comey a liar in April 2018.", "ACCUSE", "111", "USA", None),
        # classified information leaked is shared
        (
            "Chelsea Manning leaked classified documents on the wars in Iraq and Afghanistan to WikiLeaks in 2010.",
            "COOPERATE",
            "064",
            None,
            None,
        ),
        # leaders who met still meet
        ("Group of Seven leaders met in Hiroshima in May 2023.", "CONSULT", None, "IGO-G7", None),
        # an unknown deed vowed against people is a threat
        (
            "Boko Haram's leader vowed in a video in May 2014 to sell the girls abducted from Chibok.",
            "THREATEN",
            "130",
            None,
            None,
        ),
        # a handshake alone is a meeting
        (
            "Xi Jinping and Ma Ying-jeou shook hands in Singapore in November 2015.",
            "CONSULT",
            None,
            None,
            None,
        ),
    ],
)
def test_talk13_twentythird_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        (
            "Ayatollah Ali Khamenei said in May 2019 that Iran had no intention of negotiating with the United States.",
            "125",
        ),
        (
            "Pyongyang's reunification committee said in August 2019 that it had nothing more to discuss with Seoul.",
            "125",
        ),
        ("Russia said in October 2015 that it had no plans to send ground troops to Syria.", None),
    ],
)
def test_no_intention_no_plans_and_nothing_to_discuss_are_refusals(code: Code, text: str, cameo: str) -> None:
    events = code(text)
    some_event(code, text, "REJECT", cameo, None, None)
    assert all(e.event not in ("CONSULT", "AGREE", "MOBILIZE") for e in events), events


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Iran said in 2021 that it intended to negotiate with the United States in Vienna.", "AGREE"),
        ("The Taliban said in 2020 that they were ready to talk with the Afghan government.", "AGREE"),
    ],
)
def test_an_intention_without_no_stays_a_promise(code: Code, text: str, plover: str) -> None:
    some_event(code, text, plover, None, None, None, absent=("REJECT",))


def test_nothing_to_lose_is_no_refusal(code: Code) -> None:
    no_event(code, "The rebels said in 2019 that they had nothing to lose and would fight on.", "REJECT")


def test_details_revealed_in_public_are_no_sharing(code: Code) -> None:
    no_cameo(code, "Britain's finance ministry revealed details of its new budget in March 2019.", "064")


@pytest.mark.parametrize(
    "text",
    [
        "Arab League foreign ministers meeting in Cairo suspended Syria's membership in November 2011.",
        "Group of Seven leaders meeting in Hiroshima pledged in May 2023 to keep supporting Ukraine.",
        "European Union leaders meeting in Brussels agreed in June 2022 to make Ukraine a candidate for membership.",
    ],
)
def test_leaders_meeting_in_a_place_is_the_setting(code: Code, text: str) -> None:
    events = code(text)
    assert events, "no event"
    assert all(e.event != "CONSULT" for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Israel's Supreme Court ruled in September 2017 that the exemption of ultra-Orthodox seminary students from "
            "military service was unconstitutional.",
            "ISR",
            None,
        ),
        (
            "The European Court of Human Rights found in November 2018 that Russia had violated Alexei Navalny's rights "
            "by arresting him seven times.",
            "IGO-ECHR",
            "RUS",
        ),
    ],
)
def test_a_courts_finding_of_unlawfulness_is_a_judgement(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "ACCUSE", "116", source, target)


def test_a_ministers_ruling_is_no_court_judgement(code: Code) -> None:
    no_cameo(code, "The foreign minister ruled in 2019 that the deal was illegal.", "116")


def test_leaders_gathered_somewhere_are_the_setting(code: Code) -> None:
    text = "Group of Seven leaders gathered in Cornwall pledged in June 2021 to share vaccine doses with poorer countries."
    events = code(text)
    assert events, "no event"
    assert all(e.event != "CONSULT" for e in events), events


def test_a_handshake_sealing_an_agreement_is_no_meeting_of_its_own(code: Code) -> None:
    text = (
        "Benjamin Netanyahu and Mahmoud Abbas shook hands at the State Department in September 2010 and agreed to meet "
        "again within two weeks."
    )
    some_event(code, text, "AGREE", None, None, None, absent=("CONSULT",))


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. Security Council demanded in April 2015 that the Houthis lay down the weapons they had seized.",
        "The U.N. Security Council demanded in December 2023 that Israel let humanitarian aid into Gaza at scale.",
    ],
)
def test_a_demanded_subjunctive_let_or_lay_is_the_demand(code: Code, text: str) -> None:
    some_event(code, text, "REQUEST", None, "IGO-UNSC", None)
