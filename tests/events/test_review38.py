"""Readings of this session's changes narrowed by review38 (thirty-eighth session).

- A body set up "to find", "to establish" or "to determine" something is no inquiry unless the clause asks an open
  question (deeds38's inquiry-body line read "appointed a committee to find a solution" 090).
- A trade bar is aimed at the party traded with only when the ones barred are the barring party's own (deeds38):
  a party of its own barred from buying stays the target.
- A telegram, a text or a plan sent or given is no intelligence shared (deeds38's &information words): only handed,
  passed or turned over.
- Troops landing to protect their own nation's people give no protection to the place (deeds38's protective
  purpose): the pretext of an invasion.

Sentences are true statements about real events; each test fails on main 7c886eff.
"""

from __future__ import annotations

from .helpers import Code, no_event, some_event


def test_a_body_set_up_to_find_a_solution_is_no_inquiry(code: Code) -> None:
    no_event(
        code,
        "In July 1978 the Organisation of African Unity set up a committee to find a solution to the Western Sahara "
        "conflict.",
        "ACCUSE",
    )


def test_a_party_of_its_own_barred_from_buying_is_the_target(code: Code) -> None:
    some_event(
        code,
        "In May 2019 the Commerce Department barred Huawei from buying parts from American firms.",
        "SANCTION",
        "163",
        "USA",
        "CHN",
    )


def test_a_telegram_sent_is_no_intelligence_shared(code: Code) -> None:
    no_event(
        code,
        "In January 1896 Kaiser Wilhelm II sent a telegram to President Kruger of the Transvaal.",
        "COOPERATE",
    )


def test_troops_landing_to_protect_their_own_people_give_no_protection(code: Code) -> None:
    some_event(
        code,
        "American troops landed in Grenada in October 1983 to protect American citizens.",
        "ASSAULT",
        "190",
        "USA",
        "GRD",
        absent=("AID",),
    )
