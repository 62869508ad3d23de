"""Cooperation told as a shared act, fiftieth session (issue 9, joint50; probe benchmarks/probes/joint50-1.json).

- A common, single or uniform tariff or duty charged, levied or applied by two or more parties together is their
  economic cooperation (061, reciprocal; verbs.txt, the dictionary's {COMMON TARIFF}); laid on a named party it stays
  a sanction (163); one party alone names no cooperation by it.
- Customs controls, checks or posts lifted or taken away by two or more parties together: 061.
- A work reopened by two parties together is opened by them (061), as "opened" is; one state reopening its crossing
  keeps its reading.
- A mission to space, the moon or a planet launched by one party is no event (the dictionary's "launch mission" is a
  diplomatic mission, 036); a joint one is the parties' cooperation, the joint mark read also on a compound the
  parser made its head ("their first [joint space] mission").
- A joint undertaking named as the purpose of the deed ("put warships to sea for coordinated patrols") wherever the
  parser hangs the "for" phrase: 062.
- A ship leaving its port for trials, an exercise or a patrol is no retreat (0874): a voyage of one party's own is
  no event.

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "sources"),
    [
        (
            "Saudi Arabia, Kuwait and Bahrain began levying a single duty on imports in January 2003.",
            "061",
            "SAU KWT BHR",
        ),
        (
            "Russia, Belarus and Kazakhstan lifted customs controls on their common borders in July 2011.",
            "061",
            "RUS BLR KAZ",
        ),
        (
            "Hungary and Slovakia reopened the Maria Valeria bridge over the Danube in October 2001.",
            "061",
            "HUN SVK",
        ),
        (
            "The United States and the Soviet Union launched their first joint space mission in July 1975.",
            "060",
            "USA RUS",
        ),
        (
            "Russia, China and Iran put warships to sea for joint drills in the Gulf of Oman in December 2019.",
            "062",
            "RUS CHN IRN",
        ),
    ],
)
def test_a_shared_act_is_cooperation(code: Code, text: str, cameo: str, sources: str) -> None:
    some_event(code, text, "COOPERATE", cameo, sources, "")


def test_a_common_duty_laid_on_a_party_stays_a_sanction(code: Code) -> None:
    some_event(
        code,
        "The European Union levied a single duty on American bourbon and motorcycles in June 2018.",
        "SANCTION",
        "163",
        "IGO-EU",
        "USA",
        absent=("COOPERATE",),
    )


def test_one_state_reopening_its_crossing_is_no_cooperation(code: Code) -> None:
    no_cameo(code, "Egypt reopened the Rafah crossing in May 2011.", "061")


@pytest.mark.parametrize(
    "text",
    [
        "India launched its Chandrayaan-2 moon mission in July 2019.",
        "Japan launched its Hayabusa2 asteroid mission in December 2014.",
    ],
)
def test_one_states_space_mission_is_no_event(code: Code, text: str) -> None:
    no_event(code, text)


def test_a_ship_leaving_port_for_trials_is_no_retreat(code: Code) -> None:
    no_event(
        code,
        "China's first aircraft carrier left the port of Dalian for its first sea trials in August 2011.",
    )
