"""Talk-family readings, twenty-eighth session (talk18; issue 9).

Crowds lining a road or a street welcome a visitor or watch a ceremony: no protest (the visit is the event); a vote
cast against a draft, and a deal voted down "for a third time", are rejections (12x), not support; an application
to become a member of a body, handed or put in, is a request to it (022), not the joining (050); a court that throws
out, dismisses or turns away a party's case rejects it (120), and one that awards damages from a party finds that
party liable (116, rule 8.3), the payer its target; a demand a party says it would make if another party does
something is a threat to that party (130); a meeting, a visit or talks announced for the future with "are due to",
"is scheduled to", "are expected to" is an intention to meet (036), as "will meet" already was (rules 4.1, 12.1).
Each checked through the real pipeline on sentences written for these tests (true statements about real events),
with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Thousands of people lined the streets of Lima as Pope Francis arrived for his visit to Peru.",
            "VAT",
            "PER",
        ),
        (
            "Crowds lined the road from the airport as Pope Benedict XVI arrived in Scotland for a state visit to"
            " Britain.",
            "VAT",
            None,
        ),
    ],
)
def test_crowds_lining_the_road_welcome_a_visit(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "CONSULT", None, source, target, absent=("PROTEST",))


def test_crowds_lining_a_route_are_no_event(code: Code) -> None:
    no_event(code, "Crowds lined the route of the funeral procession of Queen Elizabeth II in London.")


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "Russia cast the lone vote against a U.S.-drafted Security Council resolution that deplored its"
            " invasion of Ukraine.",
            "120",
            "RUS",
            "USA",
        ),
        (
            "The United States cast a veto in December 2017 against an Egyptian-drafted resolution on the status"
            " of Jerusalem.",
            "129",
            "USA",
            "EGY",
        ),
        (
            "British MPs voted down Theresa May's Brexit deal for a second time in March 2019.",
            "120",
            "GBR",
            "GBR",
        ),
    ],
)
def test_votes_against_and_down_are_rejections(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, "REJECT", cameo, source, target, absent=("SUPPORT",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Finland and Sweden applied to become members of NATO.", "FIN SWE", "IGO-NATO"),
        ("Montenegro applied to join the European Union.", "MNE", "IGO-EU"),
        ("Macedonia put in its application to become a member of the European Union.", "MKD", "IGO-EU"),
    ],
)
def test_applications_to_become_members_are_requests(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REQUEST", "022", source, target, absent=("SUPPORT",))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The European Union's top court threw out the case Poland brought against the bloc's rule-of-law mechanism.",
            "POL",
        ),
        (
            "The International Court of Justice turned away the cases the Marshall Islands had brought against"
            " Britain, India and Pakistan.",
            "MHL",
        ),
    ],
)
def test_courts_turning_cases_away_reject_them(code: Code, text: str, target: str) -> None:
    some_event(code, text, "REJECT", "120", None, target, absent=("SANCTION",))


def test_a_case_dropped_by_prosecutors_is_no_rejection(code: Code) -> None:
    no_event(code, "Prosecutors dismissed the case against the former minister.", "REJECT")


def test_damages_awarded_from_a_party_find_it_liable(code: Code) -> None:
    text = "A World Bank tribunal awarded the Canadian miner Crystallex about $1.2 billion in damages from Venezuela."
    some_event(code, text, "ACCUSE", "116", None, "VEN", absent=("AID",))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a conditional demand is a threat
        (
            "Donald Trump said the United States would demand the Panama Canal back if Panama kept charging high fees.",
            "THREATEN",
            "130",
            "USA",
            "PAN",
        ),
        # a threat no party carries out is the speakers
        (
            "Donald Trump said in August 2017 that North Korea would be met with fire and fury if it made any more"
            " threats against the United States.",
            "THREATEN",
            "138",
            "USA",
            "PRK",
        ),
    ],
)
def test_talk18_twentyeighth_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_a_plain_demand_stays_a_demand(code: Code) -> None:
    text = "Ukraine demanded that Russia return the children it had deported."
    some_event(code, text, "REQUEST", None, "UKR", "RUS", absent=("THREATEN",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Joe Biden and Xi Jinping are due to meet in Bali on Monday.", "USA CHN", ""),
        ("Narendra Modi is scheduled to visit Ukraine on Friday.", "IND", "UKR"),
        ("Antony Blinken is expected to meet Wang Yi in Beijing on Monday.", "USA", "CHN"),
    ],
)
def test_announced_meetings_are_intentions_to_meet(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "AGREE", "036", source, target or None, absent=("CONSULT",))


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi became the first Indian prime minister to visit Ukraine when he arrived in Kyiv.",
        "Narendra Modi flew to Kyiv to meet Volodymyr Zelensky.",
    ],
)
def test_visits_made_stay_consultations(code: Code, text: str) -> None:
    some_event(code, text, "CONSULT", None, None, None, absent=("AGREE",))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the holding first, the court after it (the parser hangs the court on the noun before it, or makes the
        # holding the court's clause)
        (
            "Russia must pay Ukraine's state energy company Naftogaz $5 billion for the assets it seized in Crimea,"
            " an arbitration court in The Hague ruled in April 2023.",
            "RUS",
        ),
        (
            "Pakistan must pay the mining company Tethyan Copper about $5.8 billion for denying it a mining lease,"
            " a World Bank tribunal ruled in July 2019.",
            "PAK",
        ),
        ("The tribunal ruled that Spain must pay 128 million euros to the fund Eiser.", "ESP"),
    ],
)
def test_a_sum_a_court_holds_a_party_must_pay_is_a_judgement(code: Code, text: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "116", None, target, absent=("AID",))


def test_a_deed_of_force_a_court_finds_is_a_judgement(code: Code) -> None:
    text = "The court found that Russian agents had killed Alexander Litvinenko in London."
    some_event(code, text, "ACCUSE", "116", None, "RUS", absent=("ASSAULT",))


def test_a_deed_a_court_finds_not_done_is_no_event(code: Code) -> None:
    no_event(code, "The court found that the soldiers had not killed the protesters.")


def test_a_fronted_court_order_to_release_is_a_demand(code: Code) -> None:
    text = "Turkey must release the businessman Osman Kavala, the European Court of Human Rights ruled in December 2019."
    some_event(code, text, "REQUEST", None, None, "TUR", absent=("RETREAT",))


def test_what_a_court_holds_is_no_deed_of_its_own(code: Code) -> None:
    text = (
        "Somalia had never accepted the sea border that Kenya claimed, the International Court of Justice ruled in"
        " October 2021, rejecting Kenya's case."
    )
    some_event(code, text, "REJECT", "120", None, "KEN", absent=("AGREE",))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Pope Benedict XVI's plane landed in Yaounde in March 2009, and his visit to Cameroon began with a welcome"
            " from President Paul Biya.",
            "CMR",
        ),
        (
            "Crowds lined the roads of Kinshasa as Pope Francis's motorcade drove in from the airport at the start of"
            " his visit to Congo.",
            "COD",
        ),
    ],
)
def test_his_after_a_titled_name_is_that_person(code: Code, text: str, target: str) -> None:
    some_event(code, text, "CONSULT", "042", "VAT", target)


def test_a_court_that_decides_a_holding_rules_and_intends_nothing(code: Code) -> None:
    text = (
        "Bolivia has no right to force Chile to negotiate over access to the sea, the International Court of Justice"
        " decided, dismissing the case."
    )
    some_event(code, text, "REJECT", "120", None, None)
    assert {e.event for e in code(text)} == {"REJECT"}
