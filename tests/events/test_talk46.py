"""Talk-family shapes of the forty-sixth session (talk46, issue 9): a handshake on a place is the leaders' meeting, not
an agreement "on" it; a verb of deciding with a "that" clause of what is to be frames it as "decided that" does, and
a meeting told by a participle that opens the sentence gives way to that decision; an approved or authorised deed
of force named by a noun is a threat; a promise not made to renounce force keeps it open, a threat said; "would
never be the first to" use force forswears it; a dated signing that "is to" bring something about is the signing.
Look-alikes: hands shaken on a deal, another party's strikes backed, a budget approved, a promise made to renounce
force. Sentences written for these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the "on" phrase names a place by a noun of the lexicon's classes in its "at" phrase
        ("Narendra Modi and Nawaz Sharif shook hands on the tarmac at Lahore airport on Friday.", "IND PAK"),
        # ... by a noun of ground
        ("Kim Jong Un and Moon Jae-in shook hands on the border at Panmunjom in April 2018.", "PRK KOR"),
    ],
)
def test_a_handshake_on_a_place_is_a_meeting(code: Code, text: str, source: str) -> None:
    some_event(code, text, "CONSULT", "040", source, None, absent=("AGREE",))


def test_hands_shaken_on_a_deal_are_the_agreement(code: Code) -> None:
    some_event(
        code,
        "Theresa May and Jean-Claude Juncker shook hands on a deal in Brussels on Friday that let the Brexit talks "
        "move on to trade.",
        "AGREE",
        "030",
        None,
        None,
        absent=("CONSULT",),
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The leaders of Serbia and Montenegro settled in March 2002 that the two republics would keep a loose "
            "union under a new name.",
            None,
        ),
        # a meeting told by an opening participle is the occasion of the decision
        (
            "Meeting on the island of Brioni, the leaders of Slovenia and Croatia resolved on Sunday that their "
            "republics would suspend their declarations of independence for three months.",
            "SVN HRV",
        ),
    ],
)
def test_a_decision_of_what_is_to_be_is_an_agreement(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "AGREE", "030", source, None, absent=("CONSULT",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Denmark's parliament approved air strikes on Libya by Danish F-16 fighters in March 2011.",
            "DNK",
            "LBY",
        ),
        (
            "France's National Assembly gave its backing in November 2015 to the continuation of French air strikes "
            "against Islamic State in Syria.",
            "FRA",
            "IMG-ISIS",
        ),
    ],
)
def test_approved_force_named_by_a_noun_is_a_threat(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "THREATEN", None, source, target, absent=("SUPPORT", "CONCEDE"))


@pytest.mark.parametrize(
    "text",
    [
        # another party's deed backed is no threat of the one who backs it
        "Japan backed the American air strikes on Syria in April 2017.",
        # a budget names no deed of force
        "The Bundestag approved the defence budget on Friday.",
    ],
)
def test_another_partys_strikes_or_a_budget_approved_are_no_threat(code: Code, text: str) -> None:
    no_event(code, text, "THREATEN")


def test_a_promise_not_made_to_renounce_force_is_a_threat_said(code: Code) -> None:
    events = some_event(
        code,
        "China has never promised to renounce the use of force against Taiwan.",
        "THREATEN",
        None,
        "CHN",
        "TWN",
        absent=("AGREE",),
    )
    assert all(e.modality == "asserted" for e in events if e.event == "THREATEN"), events


def test_a_promise_made_to_renounce_force_is_no_threat(code: Code) -> None:
    some_event(
        code,
        "Egypt and Israel promised in 1979 to renounce the use of force against each other.",
        "AGREE",
        None,
        None,
        None,
        absent=("THREATEN",),
    )


def test_never_the_first_to_use_force_forswears_it(code: Code) -> None:
    some_event(
        code,
        "China declared in 1964 that it would never be the first to use nuclear weapons.",
        "AGREE",
        "0356",
        "CHN",
        None,
        absent=("ASSAULT", "FIGHT", "THREATEN"),
    )


def test_a_dated_signing_that_is_to_bring_something_about_is_the_signing(code: Code) -> None:
    some_event(
        code,
        "Sunday's signing of the Prespa agreement by the foreign ministers of Greece and Macedonia is to end a "
        "27-year dispute over Macedonia's name.",
        "SUPPORT",
        "057",
        "GRC MKD",
        None,
        absent=("AGREE",),
    )


def test_an_authorised_taking_of_property_is_no_threat(code: Code) -> None:
    # a taking by law of what is no ground nor place is no occupation (192), so no threat of one
    no_event(
        code,
        "President Lazaro Cardenas signed a decree in March 1938 authorising the government to take over the "
        "property of the foreign oil companies.",
        "THREATEN",
    )


def test_a_vow_to_hit_back_with_force_is_a_threat(code: Code) -> None:
    # the dictionary's "hit back at" disapproves in words; with force named in its "with" phrase it is force
    some_event(
        code,
        "President Francois Hollande vowed in November 2015 that France would hit back at Islamic State with force.",
        "THREATEN",
        None,
        "FRA",
        "IMG-ISIS",
        absent=("AGREE",),
    )


def test_a_petition_signed_is_no_accord_signed(code: Code) -> None:
    # (a petition, an appeal or a complaint, the lexicon's &suit, signed: no SUPPORT 057; what the petition says is
    # read on its own)
    no_event(
        code,
        "More than six million Britons signed a petition in March 2019 calling on the government to revoke "
        "Article 50.",
        "SUPPORT",
    )


def test_a_decision_that_there_would_be_no_talks_is_a_refusal(code: Code) -> None:
    # (a cooperative deed the lexicon reads, under "there would be no", decided: its refusal; with "no" left out,
    # the intention to meet)
    some_event(
        code,
        "Israel's security cabinet decided in April 2014 that there would be no negotiations with a Palestinian "
        "government backed by Hamas.",
        "REJECT",
        None,
        "ISR",
        "PSE",
        absent=("AGREE",),
    )
