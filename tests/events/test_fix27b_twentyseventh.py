"""review27's findings 4 and 10, twenty-seventh session (fix27b; issue 9).

Cooperation halted, suspended or ended with an alliance or a bloc of states reduces relations (160, as leaving one
does), not a refusal of international involvement (1245): that reading stays for inspectors, monitors, courts and
bodies such as the IAEA. Sentences written for these tests (true events of odd years, or no year), checked through the
real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Russia suspended its cooperation with NATO in 2021 after the alliance expelled eight Russian diplomats.",
            "RUS",
            "IGO-NATO",
        ),
        (
            "Niger's junta ended its military cooperation with the European Union in December 2023.",
            "NER",
            "IGO-EU",
        ),
        (
            "Russia suspended its cooperation with NATO in March 1999 over the alliance's bombing of Yugoslavia.",
            "RUS",
            "IGO-NATO",
        ),
    ],
)
def test_cooperation_halted_with_an_alliance_or_a_bloc_reduces_relations(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "SANCTION", "160", source, target, absent=("REJECT", "COOPERATE"))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # inspectors and an inspecting agency keep the refusal of international involvement
        ("Iraq halted its cooperation with U.N. arms inspectors.", "IRQ", "IGO-UN"),
        (
            "North Korea ended its cooperation with the International Atomic Energy Agency in April 2009.",
            "PRK",
            "IGO-IAEA",
        ),
    ],
)
def test_cooperation_halted_with_inspectors_is_still_a_refusal(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "REJECT", "1245", source, target)


# review27 finding 10: one state's soldiers and police on patrol together show their force (150); no cooperation
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Brazilian soldiers took part in patrols with police in Rio de Janeiro in July 2017.", "BRA"),
        ("Ecuadorian soldiers took part in patrols with police in Guayaquil in 2023.", "ECU"),
        ("Belgian soldiers took part in patrols with police in Brussels in November 2015.", "BEL"),
        ("British soldiers took part in patrols with police officers in London in May 2017.", "GBR"),
    ],
)
def test_one_states_forces_on_patrol_together_is_no_cooperation(code: Code, text: str, source: str) -> None:
    some_event(code, text, "MOBILIZE", "150", source, "", absent=("COOPERATE",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # another state's forces, named by their adjective, stay partners
        (
            "Turkish troops took part in joint patrols with Russian forces in northern Syria in November 2019.",
            "TUR",
            "RUS",
        ),
        ("French soldiers took part in patrols with Malian troops in 2019.", "FRA", "MLI"),
    ],
)
def test_patrols_with_another_states_forces_stay_cooperation(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "COOPERATE", "062", source, target)


# exercises, drills or patrols joined, named as the object, are military cooperation (062), not a meeting (040)
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Troops from Belarus joined Russia's Zapad exercises in September 2021.", "BLR", "RUS"),
        (
            "Indian and Pakistani troops joined Russia's Tsentr-2019 exercises in September 2019.",
            "IND PAK",
            "RUS",
        ),
        ("Belarusian troops joined the Zapad-2021 exercises with Russia in September 2021.", "BLR", "RUS"),
    ],
)
def test_exercises_joined_are_military_cooperation(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "COOPERATE", "062", source, target, absent=("CONSULT",))


def test_one_states_patrols_joined_show_force(code: Code) -> None:
    text = "French soldiers joined the patrols with police in Paris in January 2015."
    some_event(code, text, "MOBILIZE", "150", "FRA", "", absent=("CONSULT", "COOPERATE"))


# patrols or drills held with a force named by its noun: the 'with' phrase holds no captives (not 173)
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Brazilian police held patrols with soldiers in Rio de Janeiro in 2017.", "BRA"),
        ("Belgian police held joint patrols with soldiers in Brussels in November 2015.", "BEL"),
    ],
)
def test_patrols_held_with_own_soldiers_show_force(code: Code, text: str, source: str) -> None:
    events = some_event(code, text, "MOBILIZE", "150", source, None)
    assert {e.event for e in events} == {"MOBILIZE"}, events


def test_exercises_held_with_another_states_soldiers_are_cooperation(code: Code) -> None:
    text = "Indian troops held exercises with American soldiers in Alaska in October 2021."
    some_event(code, text, "COOPERATE", "062", "IND", "USA", absent=("COERCE",))
