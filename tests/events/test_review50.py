"""Look-alikes of the fiftieth session's readings that must not fire, and close variants that must (review50).

agree50's acceptances: backing or support given to a coalition, a bailout, a sale or an approach is a third party's
endorsement or aid, not the acceptance of a deal made to the giver; a force's "advance" repelled or beaten back is
fighting, not a refused offer. idiom50's releases and arrests: people "turned out" are mustered, not let out; people
"brought in" by the police are arrested only "for questioning". Sentences written for these tests (true statements
about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    "text",
    [
        "The United States lent its support to the Saudi-led coalition in Yemen in 2015.",
        "The Bundestag backed a third bailout for Greece in August 2015.",
        "Japan backed the American approach to North Korea in 2017.",
    ],
)
def test_review50_third_party_backing_is_no_acceptance(code: Code, text: str) -> None:
    events = code(text)
    assert events, "no event"
    assert all(e.cameo != "030" for e in events), [(e.event, e.cameo) for e in events]


def test_review50_backing_given_to_a_takeover_is_accepted(code: Code) -> None:
    some_event(
        code,
        "Alstom's board gave its backing to a merger with Siemens in September 2017.",
        "AGREE",
        "030",
        "FRA",
        "DEU",
    )


def test_review50_military_advance_repelled_is_fighting(code: Code) -> None:
    events = code("Ukrainian troops repelled a Russian advance on Kharkiv in May 2022.")
    assert events and all(e.event != "REJECT" for e in events), [(e.event, e.cameo) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition turned out thousands of people in Tbilisi in May 2011.",
        "The unions turned out their members for a march in London in March 2011.",
        "Police in Genoa brought in workers to clear the rubble after the Morandi bridge fell in August 2018.",
    ],
)
def test_review50_people_mustered_or_brought_in_are_no_release_or_arrest(code: Code, text: str) -> None:
    events = code(text)
    assert all(e.cameo not in ("0841", "173") for e in events), [(e.event, e.cameo) for e in events]


def test_review50_prisoners_turned_loose_are_released(code: Code) -> None:
    events = code("The rebels turned loose the prisoners in Benghazi in February 2011.")
    assert any(e.cameo == "0841" for e in events), [(e.event, e.cameo) for e in events]


def test_review50_a_name_taken_over_by_soldiers_is_seized(code: Code) -> None:
    # (agree50's firm purchase, `dobj=@firm +tocome`, read any organisation's name the resolver did not code as a firm
    # bought: told as done it dropped the seizure)
    some_event(
        code,
        "Mutinous soldiers took over ORTM, the state broadcaster, in Bamako in March 2012.",
        "COERCE",
        "192",
        "MLI",
        None,
    )


def test_review50_hopes_set_on_a_leader_are_no_attack(code: Code) -> None:
    # (idiom50's active "set on" read the object of "on" as the one set upon)
    events = code(
        "Britain's Conservatives set their hopes on a new leader after David Cameron resigned in June 2016."
    )
    assert all(e.cameo != "182" for e in events), [(e.event, e.cameo) for e in events]


def test_review50_called_at_a_place_for_something_is_an_appeal(code: Code) -> None:
    # (idiom50's "called at" a place, a brief visit, took the appeal's place)
    some_event(
        code,
        "Pope Francis called at St Peter's Square for an end to the war in Syria in September 2013.",
        "REQUEST",
        "020",
        "VAT",
        None,
        absent=("CONSULT",),
    )


def test_review50_a_firm_coded_by_its_legal_form_is_still_a_firm(code: Code) -> None:
    # (actors50 codes "Cadbury plc" GBR BUS by its form; agree50's @firm took only names the resolver left uncoded,
    # so the takeover to come fell back to a seizure threatened, 1382)
    events = code("Kraft is to take over Cadbury plc, the two companies said in January 2010.")
    assert any(e.event == "AGREE" and e.modality == "intended" for e in events), events
    assert all(e.event not in ("THREATEN", "COERCE") for e in events), events


def test_review50_called_at_a_place_for_some_days_is_a_visit(code: Code) -> None:
    # (the appeal line above must not take a "for" phrase of time)
    some_event(
        code,
        "Chinese Premier Li Keqiang called at Singapore for a few days in November 2018.",
        "CONSULT",
        "042",
        "CHN",
        "SGP",
    )
