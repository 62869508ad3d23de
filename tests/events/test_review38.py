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

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a body set up to find a solution is no inquiry
        (
            "In July 1978 the Organisation of African Unity set up a committee to find a solution to the Western Sahara "
            "conflict.",
            "ACCUSE",
        ),
        # a telegram sent is no intelligence shared
        (
            "In January 1896 Kaiser Wilhelm II sent a telegram to President Kruger of the Transvaal.",
            "COOPERATE",
        ),
    ],
)
def test_review38_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # a party of its own barred from buying is the target
        (
            "In May 2019 the Commerce Department barred Huawei from buying parts from American firms.",
            "SANCTION",
            "163",
            "USA",
            "CHN",
            (),
        ),
        # troops landing to protect their own people give no protection
        (
            "American troops landed in Grenada in October 1983 to protect American citizens.",
            "ASSAULT",
            "190",
            "USA",
            "GRD",
            ("AID",),
        ),
    ],
)
def test_review38_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)
