"""Deeds whose object's kind decides between two readings of the verb, forty-ninth session (issue 9, deed49; probes
benchmarks/probes/deed49-1.json).

When the reading a verb takes holds by its particle or preposition alone ("pull prep=out": a withdrawal) and a hand
reading with as many constraints that names the verb's object holds too ("pull dobj=survivor": a rescue), the object's
reading is taken: the kind of the thing the deed is done to decides (`match._object_reading`). Readings that name their
subject or a phrase keep the file's order ("a truck bomb destroyed the headquarters" stays a bombing, "held civilians
as human shields" stays 184). Where a release competes with a return of property
and a destruction of property with an attack on persons, the lexicon's readings name the object's kind, and the object
decides: sailors handed back are persons released (0841), a tanker handed back property returned (0842); mausoleums
blown up are property destroyed (1712, COERCE), a bus of police blown up an attack on persons (183, ASSAULT).

The pipeline tests use sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

import pytest

from .helpers import Code, first, parties


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # persons pulled out of the sea: a rescue, not a withdrawal
        (
            "Italian coastguards pulled dozens of survivors out of the sea off Lampedusa on 3 October 2013.",
            "ITA",
        ),
        (
            "Greek coastguards pulled the survivors of a migrant boat out of the water off Pylos in June 2023.",
            "GRC",
        ),
    ],
)
def test_deed49_survivors_pulled_out_are_a_rescue(code: Code, text: str, source: str) -> None:
    event = first(code(text))
    assert (event.event, event.cameo) == ("AID", "073")
    assert source in parties(event)[0]


def test_deed49_troops_pulled_out_stay_a_withdrawal(code: Code) -> None:
    event = first(code("Russia pulled its troops out of the city of Kherson in November 2022."))
    assert event.event == "RETREAT"
    assert "RUS" in parties(event)[0]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a release against a return of property: persons released, a ship returned
        (
            "Iran handed back the fifteen British sailors and marines it had seized in the Shatt al-Arab in April 2007.",
            "0841",
        ),
        ("Iran handed back the British tanker Stena Impero in September 2019.", "0842"),
    ],
)
def test_deed49_persons_handed_back_are_released_property_is_returned(
    code: Code, text: str, cameo: str
) -> None:
    event = first(code(text))
    assert (event.event, event.cameo) == ("RETREAT", cameo)
    assert "IRN" in parties(event)[0]


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        # destruction of property against an attack on persons: the thing blown up decides
        (
            "Ansar Dine fighters blew up the mausoleums of Sufi saints in Timbuktu in July 2012.",
            ("COERCE", "1712"),
        ),
        (
            "A suicide bomber blew up a bus carrying Indian paramilitary police in Pulwama in February 2019.",
            ("ASSAULT", "183"),
        ),
    ],
)
def test_deed49_property_blown_up_is_destroyed_persons_are_attacked(
    code: Code, text: str, deed: tuple[str, str]
) -> None:
    event = first(code(text))
    assert (event.event, event.cameo) == deed


@pytest.mark.parametrize(
    "text",
    [
        # a crowd of protesters driven out of the place it holds by police or forces: repression (175; verbs.txt, the
        # WordNet senses of "drive out" and "force out")
        "Riot police forced Occupy Wall Street protesters out of Zuccotti Park in New York on 15 November 2011.",
        "Egyptian security forces drove protesters out of Tahrir Square in Cairo on 19 November 2011.",
    ],
)
def test_deed49_protesters_driven_out_by_police_are_repressed(code: Code, text: str) -> None:
    event = first(code(text))
    assert (event.event, event.cameo) == ("ASSAULT", "175")


def test_deed49_troops_driven_out_are_no_repression(code: Code) -> None:
    events = code("Ukrainian forces drove Russian troops out of the city of Kherson in November 2022.")
    assert all(event.cameo != "175" for event in events)
