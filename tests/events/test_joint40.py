"""Joint deeds, fortieth session (issue 9, joint40; probes benchmarks/probes/joint40-1.json).

- A deed of two or more parties of different countries marked as done together ("together", "jointly", "side by
  side", "in concert", "in tandem", "as one"), or with a partner after "alongside", "together with" or "in concert
  with", or carried out on an undertaking named "joint" with no reading of its own, is their material cooperation
  when the verb has no hand reading of its own (or only a no-event one, a journey's, or a show of force made
  together): 06x by what is done (joint.cooperation_code; coder_words.json joint_phrases, joint_partner_preps,
  joint_modifiers, cooperation_domains). A partner is the target; doers named together act on each other.
- A name's noun in apposition says what it names ("began Yudh Abhyas, their yearly army exercise": match.light_object).
- A party opening its ground, air or bases to another's forces is military cooperation (062); a work built or
  completed by two parties is economic cooperation (061) (verbs.txt, joint40 lines; classes.txt &basing).
- Look-alikes: a joint attack stays an attack, a thing received "together with" another no partner, one country's
  agencies doing a deed side by side no cooperation, a force named "combined" no undertaking.

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "sources"),
    [
        # a phrase of jointness on a verb with no reading of its own
        (
            "The central banks of the United States and Japan sold dollars for yen in concert in June 1998.",
            "061",
            "USA JPN",
        ),
        # a verb of journeys made together
        (
            "Japanese and American astronauts flew side by side aboard the shuttle Endeavour in September 1992.",
            "060",
            "JPN USA",
        ),
        # an undertaking named joint, with no reading of its own, carried out by a light verb
        (
            "Soviet and French cosmonauts made the first joint flight of their countries in June 1982.",
            "060",
            "RUS FRA",
        ),
        # a name's noun in apposition
        (
            "India and the United States began Yudh Abhyas, their yearly army exercise, in Alaska in September 2021.",
            "062",
            "IND USA",
        ),
        # a work completed by three parties
        ("China, Tanzania and Zambia completed the Tanzania-Zambia railway in 1975.", "061", "CHN TZA ZMB"),
    ],
)
def test_joint40_deeds_done_together(code: Code, text: str, cameo: str, sources: str) -> None:
    some_event(code, text, "COOPERATE", cameo, sources, "")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # joint40 partner alongside is the target
        (
            "Indian sailors trained alongside French ones off Goa in May 2019.",
            "COOPERATE",
            "062",
            "IND",
            "FRA",
        ),
        # joint40 bases opened to another partys forces
        (
            "Uzbekistan opened the Karshi-Khanabad air base to American troops in October 2001.",
            "COOPERATE",
            "062",
            "UZB",
            "USA",
        ),
    ],
)
def test_joint40_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a joint attack is an attack
        ("Egyptian and Syrian forces attacked Israel together in October 1973.", "ASSAULT"),
    ],
)
def test_joint40_hand_readings_keep_their_own_type(code: Code, text: str, kind: str) -> None:
    some_event(code, text, kind, None, None, None, absent=("COOPERATE",))


@pytest.mark.parametrize(
    "text",
    [
        # a thing received "together with" another: no partner
        "Ukraine received its first Challenger 2 tanks from Britain, together with training for their crews, in March "
        "2023.",
        # one country's police and soldiers
        "Police and soldiers patrolled the streets of Belfast side by side in 1972.",
        # a work built by one party alone
        "Turkey built a new airport outside Istanbul in 2018.",
        # a body or a force named combined is no undertaking
        "Admiral Villeneuve took the combined fleets of France and Spain out of Cadiz in October 1805.",
    ],
)
def test_joint40_look_alikes(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")
