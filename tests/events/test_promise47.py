"""Promise-family shapes of the forty-seventh session (promise47, issue 9): a name, a signature or a seal put "on" a
formal instrument, or one named by a plural proper name, is its signing; a handshake "on" anything that is not what
was agreed is the meeting; forces a state will send to fight beside another party are military aid promised; an
authorised sending or deed of aid by the authoriser's own side is a commitment to it; a figure of policy cut while
people protest is a concession; an oath of office is no threat; a formal instrument approved by members meeting
somewhere is approved, the meeting its occasion. Look-alikes: a player signed by a club, hands shaken on a deal,
another's deed authorised, a public work authorised, a price cut as oil fell, a vow of harm. Sentences written for
these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "on" a formal instrument
        (
            "Nawaz Sharif and Atal Bihari Vajpayee put their signatures on the Lahore Declaration in February 1999.",
            None,
        ),
        # an instrument named by a plural proper name
        ("Envoys of Ukraine and Russia put their names to the Minsk Agreements in February 2015.", None),
    ],
)
def test_a_signature_put_on_an_accord_is_its_signing(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "SUPPORT", "057", source, None)


def test_a_player_signed_by_a_club_signs_no_accord(code: Code) -> None:
    no_event(
        code,
        "Cristiano Ronaldo, signed by Juventus from Real Madrid for 100 million euros, was presented in Turin in "
        "July 2018.",
        "SUPPORT",
    )


def test_a_handshake_on_the_tarmac_is_a_meeting(code: Code) -> None:
    some_event(
        code,
        "Benjamin Netanyahu shook Narendra Modi's hand on the tarmac in July 2017, at the start of the first visit "
        "by an Indian prime minister.",
        "CONSULT",
        "040",
        None,
        None,
        absent=("AGREE",),
    )


def test_hands_shaken_on_a_truce_are_the_agreement(code: Code) -> None:
    some_event(
        code,
        "Jean-Claude Juncker and Donald Trump shook hands on a truce in their trade dispute in Washington in July "
        "2018.",
        "AGREE",
        None,
        None,
        None,
        absent=("CONSULT",),
    )


def test_forces_promised_to_fight_beside_another_party_are_aid_promised(code: Code) -> None:
    some_event(
        code,
        "Australia will send 2,000 troops to fight alongside American and British forces in Iraq, John Howard said "
        "in March 2003.",
        "AGREE",
        "0332",
        "AUS",
        None,
        absent=("MOBILIZE",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # an authorised sending named by its noun, with the purpose of aid
        "Japan's parliament authorised the sending of troops to Iraq in July 2003 to help rebuild the country.",
        # an authorised "to" clause of sending, with the purpose of aid
        "South Korea's National Assembly authorised the government in February 2004 to send 3,000 troops to Iraq "
        "to help rebuild the country.",
    ],
)
def test_an_authorised_deed_of_aid_is_a_commitment(code: Code, text: str) -> None:
    some_event(code, text, "AGREE", None, None, None, absent=("CONCEDE", "MOBILIZE"))


@pytest.mark.parametrize(
    "text",
    [
        # a public work authorised
        "The United States Congress authorised the building of a canal across the isthmus of Panama in June 1902.",
        # another party's deed authorised
        "The Security Council authorised France in December 2013 to send troops to the Central African Republic "
        "to restore order.",
    ],
)
def test_an_authorisation_of_no_aid_of_ones_own_is_no_commitment(code: Code, text: str) -> None:
    no_event(code, text, "AGREE", "CONCEDE")


def test_a_price_cut_under_protest_is_a_concession(code: Code) -> None:
    some_event(
        code,
        "Nigeria's President Goodluck Jonathan cut the price of petrol by about a third in January 2012 after a week "
        "of nationwide strikes and protests.",
        "CONCEDE",
        "0832",
        "NGA",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a price cut as the market fell
        "Saudi Arabia cut the price of its crude for Asian buyers in March 2020 as world oil prices fell.",
        # a firm's prices
        "Tesla cut the prices of its cars in China in January 2023.",
    ],
)
def test_a_price_cut_with_no_protest_is_no_concession(code: Code, text: str) -> None:
    no_event(code, text, "CONCEDE")


def test_an_oath_of_office_is_no_threat(code: Code) -> None:
    no_event(code, "Felipe VI swore before parliament in Madrid in June 2014 to uphold the constitution.")


def test_a_vow_of_harm_stays_a_threat(code: Code) -> None:
    some_event(
        code,
        "Hassan Nasrallah swore in August 2006 to strike Tel Aviv if Israel bombed Beirut.",
        "THREATEN",
        None,
        None,
        None,
    )


def test_an_accord_approved_by_members_meeting_somewhere_is_approved(code: Code) -> None:
    some_event(
        code,
        "Delegates of the Afghan factions, meeting at Petersberg near Bonn, approved an agreement on an interim "
        "government in December 2001.",
        "SUPPORT",
        "057",
        None,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a law named as an Act, signed by its one state
        "Lyndon Johnson signed the Voting Rights Act in Washington in August 1965.",
        # ... and a taking of property it authorises is no occupation
        "Franklin Roosevelt signed the Tennessee Valley Authority Act in May 1933, authorising a federal corporation "
        "to take over the government's dam at Muscle Shoals.",
    ],
)
def test_a_law_signed_is_no_accord(code: Code, text: str) -> None:
    no_event(code, text, "SUPPORT", "COERCE")


def test_an_act_two_parties_sign_is_their_accord(code: Code) -> None:
    some_event(
        code, "NATO and Russia signed the Founding Act in Paris in May 1997.", "SUPPORT", "057", None, None
    )
