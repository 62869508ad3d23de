"""Cooperation told by a shared deed, forty-third session (issue 9, coop43; probe benchmarks/probes/coop43-1.json).

- A journey or an operation named as joint (coder_words.json `joint_undertakings`, with a joint modifier) whose
  parties are two or more states, named as its possessor, after "of", "with" or "between", or as the subject of the
  verb that does it, is their cooperation: 062 for operations of armed forces (`joint_operations`), else by domain or
  060 (triggers._shared_undertaking, joint.undertaking_nouns, joint.party_heads, joint.undertaking_code). A noun with
  a conflict or talk reading of its own ("a joint offensive", "a joint statement") keeps it.
- A crewed flight: a verb of travel, motion or propulsion (WordNet; joint.travel_verb) whose doers, objects and
  companions name a crew (`crew_nouns`) of two states is 060, reciprocal.
- Forces of one state on patrol beside another state's armed forces: 062, reciprocal.
- Troops of one state marching in another state's parade at its invitation: 062, the marchers the source, the host
  the target (docs/annotation-conventions.md 15.2); with the host's army marching too, reciprocal. Troops in their
  own state's parade, a foreigner on a commercial flight and one state's own mission stay no event.

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "sources"),
    [
        # a joint undertaking the subject's states do, whatever the verb
        (
            "The United States and Turkey ran their first joint ground patrol in northeast Syria in September 2019.",
            "062",
            "USA TUR",
        ),
        # a joint undertaking named with its parties as the subject of another verb
        (
            "Syria's first joint space flight with the Soviet Union began at Baikonur in July 1987.",
            "060",
            "SYR RUS",
        ),
        # a crewed flight: a craft carrying cosmonauts of two states
        (
            "A Soyuz carrying the Austrian cosmonaut Franz Viehboeck and the Soviet commander Alexander Volkov lifted"
            " off from Baikonur in October 1991.",
            "060",
            "AUT RUS",
        ),
        # a crewed flight: a guest flier with cosmonauts of another state aboard a craft
        (
            "Muhammed Faris of Syria flew to the Mir station aboard a Soyuz with two Soviet cosmonauts in July 1987.",
            "060",
            "SYR RUS",
        ),
        # forces on patrol beside another state's
        ("Malian soldiers patrolled Gao beside French troops in February 2013.", "062", "MLI FRA"),
    ],
)
def test_a_shared_undertaking_is_cooperation(code: Code, text: str, cameo: str, sources: str) -> None:
    some_event(code, text, "COOPERATE", cameo, sources, "")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Indian soldiers marched in France's Bastille Day parade in July 2023 at the invitation of Emmanuel"
            " Macron.",
            "IND",
            "FRA",
        ),
        # soldiers of two states at one ceremony are no meeting, but marching in the host's parade is cooperation
        (
            "Soldiers from China and India took part in Moscow's Victory Day parade in May 2015.",
            "CHN IND",
            "RUS",
        ),
    ],
)
def test_troops_in_another_states_parade_cooperate_with_the_host(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "COOPERATE", "062", source, target, absent=("CONSULT",))


def test_troops_parading_with_the_hosts_army_are_reciprocal(code: Code) -> None:
    some_event(
        code,
        "Chinese soldiers paraded with the Russian army across Red Square in May 2015.",
        "COOPERATE",
        "062",
        "CHN RUS",
        "",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a foreigner on a commercial flight
        "Edward Snowden flew to Moscow on an Aeroflot flight in June 2013.",
        # one state's crewed mission
        "China's Shenzhou 5 carried the astronaut Yang Liwei into orbit in October 2003.",
        # troops in their own state's parade
        "Russian troops marched through Red Square in the Victory Day parade in May 2023.",
        # a joint deed of conflict against a third party stays conflict
        "Syrian and Russian forces launched a joint offensive against rebels in Idlib in May 2019.",
        # a joint statement is talk
        "Britain, France and Germany issued a joint statement on the Iran nuclear deal in July 2019.",
    ],
)
def test_look_alikes_are_no_shared_undertaking(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")
