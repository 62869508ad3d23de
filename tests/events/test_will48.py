"""Requests and threats of the forty-eighth session (will48, issue 9): a party that turns or looks to another party for
a thing asks it for that thing, coded by what the lexicon reads as asked ("troops" 0234, "helicopters" 0232, "a
loan" 0211), the deed of a "for ... to" clause only its purpose; a state's body named with no nationality ("the
government", "the army") that will do a deed unless another party acts is the speaker's side, its deed an ultimatum
(130), and never the party the threat is aimed at. Look-alikes: a speaker turning to a subject, a ship turning, an
aircraft turning to a place for fuel, a deed of a state's body to come with no condition or on a condition of nature.
Sentences written for these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Kuwait turned to Britain for troops at the end of June 1961.", "0234", "KWT", "GBR"),
        ("Ceylon's government looked to India for helicopters in April 1971.", "0232", "LKA", "IND"),
        ("Pakistan looked to China for a loan in 2019.", "0211", "PAK", "CHN"),
    ],
)
def test_turning_to_a_party_for_a_thing_asks_it(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, "REQUEST", cameo, source, target)


def test_the_deed_of_a_for_to_clause_is_what_is_asked(code: Code) -> None:
    some_event(
        code,
        "President Mobutu turned to Morocco for troops to drive the invaders out of Shaba in April 1977.",
        "REQUEST",
        "0234",
        "COD",
        "MAR",
        absent=("ASSAULT", "FIGHT"),
    )


@pytest.mark.parametrize(
    "text",
    [
        "In his speech in West Berlin in June 1963, President Kennedy turned to the future of Germany.",
        "The hijacked Indian Airlines jet turned to Lahore for fuel in December 1999.",
        "The cruiser turned to port off Cape Matapan in March 1941.",
    ],
)
def test_a_turn_that_asks_no_party_for_anything_is_no_request(code: Code, text: str) -> None:
    no_event(code, text, "REQUEST", "DEMAND")


def test_a_state_body_that_will_act_unless_another_does_threatens(code: Code) -> None:
    events = some_event(
        code,
        "Unless the coal strike ends by Saturday, the government will run the pits, President Roosevelt told the "
        "miners' union in April 1943.",
        "THREATEN",
        "130",
        "USA",
        None,
    )
    threats = [e for e in events if e.event == "THREATEN"]
    # (the government is the speaker's side, not the party the threat is aimed at)
    assert all(a.code != "USA" or a.sector != "GOV" for e in threats for a in e.target), threats


@pytest.mark.parametrize(
    "text",
    [
        "The government will run the railways from January, Prime Minister Attlee said in November 1947.",
        "Unless the rains come, the government will ration electricity, President Cardoso said in May 2001.",
    ],
)
def test_a_state_body_acting_with_no_condition_on_another_threatens_no_one(code: Code, text: str) -> None:
    no_event(code, text, "THREATEN")


def test_a_consequence_for_a_partys_goods_threatens_the_party(code: Code) -> None:
    some_event(
        code,
        "Turkish steel would face tariffs of 50 per cent, President Trump said in August 2018.",
        "THREATEN",
        None,
        "USA",
        "TUR",
    )


def test_a_hardship_for_ones_own_economy_threatens_no_one(code: Code) -> None:
    no_event(
        code,
        "Russia's economy would face a hard year, the Russian finance minister said in 2015.",
        "THREATEN",
    )


def test_what_ones_side_might_have_to_do_on_a_condition_threatens_the_party_told(code: Code) -> None:
    some_event(
        code,
        "Vladimir Putin told Sauli Niinisto in July 2016 that Russia would have to respond if Finland joined NATO.",
        "THREATEN",
        "130",
        "RUS",
        "FIN",
        absent=("REQUEST",),
    )
