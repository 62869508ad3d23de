"""Deeds of force told victim first, forty-first session (issue 9, force41; probes benchmarks/probes/force41-3.json).

A passive participle or a passive infinitive with no subject of its own, set off after the clause it hangs on and with
a "by" phrase ("collapsed on the pavement, shot in the back by a gunman", "stepped off the plane, only to be shot
dead by a gunman"), tells what was done to that clause's subject: the subject is the target, never the doer, and the
doer is the one the "by" phrase names (roles.suffered_by), or, for an unnamed lone doer, the victim's country at home
(parties.unnamed_doer_at_home, which now finds the "by" phrase the parser hangs on a noun of the participle's own
phrases). Each is checked on sentences written for these tests (true statements about real events) through the real
pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a passive infinitive after "only": the victim is the target
        (
            "Benigno Aquino stepped off the plane at Manila airport in August 1983, only to be shot dead by a gunman"
            " on the tarmac.",
            None,
            "PHL",
        ),
        # a participle whose "by" phrase the parser hangs on the noun before it: a lone doer at home
        (
            "Prime Minister Olof Palme was walking home from a cinema in Stockholm in February 1986 when he collapsed"
            " on the pavement, shot in the back by a gunman.",
            "SWE",
            "SWE",
        ),
    ],
)
def test_force41_victim_first(code: Code, text: str, source: str | None, target: str) -> None:
    some_event(code, text, "ASSAULT", None, source, target)
