"""Crewed flights, port calls and record journeys told by verbs of motion (issue 9, fifty-first session; motion51).

- A crew noun that names its state by itself ("cosmonauts X and Y", "cosmonaut Z": the Soviet and Russian
  programme's fliers), with no nationality, possessive or state's name in front of it, is a party of that state in a
  crewed flight: a guest flier riding with "cosmonauts" is a joint flight (COOPERATE 060); one state's own flight
  stays no event.
- Warships or a fleet sailing, steaming, docking or anchoring somewhere for a call, a visit or the festivities the host
  lays on make a visit of their state (CONSULT 042), not a show of force; a bare voyage keeps its show of force.
- Circling the Earth or the globe encircles no one, and a craft brought down by those who fly it ("brought his
  monoplane down") is a landing: exploration and record journeys are no event.

Sentences written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

from .helpers import Code, no_event, parties_of_code, some_event


def test_motion51_a_guest_flying_with_cosmonauts_is_a_joint_flight_with_russia(code: Code) -> None:
    sources, targets = parties_of_code(
        code(
            "The German Reinhold Ewald rode a Soyuz to Mir on 10 February 1997 with cosmonauts Vasily Tsibliyev "
            "and Alexander Lazutkin."
        ),
        "060",
    )
    assert sources == {"DEU", "RUS"} and not targets


def test_motion51_a_bare_cosmonaut_joins_the_states_already_named(code: Code) -> None:
    sources, _ = parties_of_code(
        code(
            "Britain's Tim Peake lifted off from Baikonur on 15 December 2015 with cosmonaut Yuri Malenchenko and "
            "NASA's Tim Kopra."
        ),
        "060",
    )
    assert sources == {"GBR", "USA", "RUS"}


def test_motion51_one_states_own_flight_stays_no_event(code: Code) -> None:
    no_event(code, "Cosmonaut Yuri Gagarin lifted off from Baikonur aboard Vostok 1 on 12 April 1961.")
    no_event(code, "China's first taikonaut, Yang Liwei, lifted off aboard Shenzhou 5 on 15 October 2003.")


def test_motion51_warships_on_a_goodwill_visit_make_a_visit(code: Code) -> None:
    some_event(
        code,
        "A squadron of Soviet warships sailed into Havana in July 1969 for a goodwill visit.",
        "CONSULT",
        "042",
        "RUS",
        "CUB",
        absent=("MOBILIZE",),
    )


def test_motion51_a_bare_voyage_of_warships_keeps_its_show_of_force(code: Code) -> None:
    some_event(
        code,
        "The German gunboat Panther steamed into the Moroccan port of Agadir on 1 July 1911.",
        "MOBILIZE",
        "150",
        "DEU",
        None,
    )


def test_motion51_circling_the_earth_or_the_globe_is_no_event(code: Code) -> None:
    no_event(
        code,
        "The Soviet cosmonaut Gherman Titov circled the Earth seventeen times aboard Vostok 2 in August 1961.",
    )


def test_motion51_a_craft_brought_down_by_its_own_pilot_is_a_landing(code: Code) -> None:
    no_event(
        code,
        "The American airman Charles Lindbergh brought his monoplane down at Le Bourget near Paris on 21 May 1927.",
    )


def test_motion51_a_craft_shot_down_by_another_side_stays_an_attack(code: Code) -> None:
    some_event(
        code,
        "Serbian air defences brought down an American F-117 stealth fighter near Belgrade on 27 March 1999.",
        "ASSAULT",
        "195",
        "SRB",
        "USA",
    )
