"""A crowd's protest kept when the resolver codes none of its doers (issue 9, forty-seventh session: none47).

Of the typed records of the development blind sets and the xfer batches given no event at all, the largest share that
reached a candidate was lost for want of a coded party (a crowd, workers, miners or volunteers the resolver leaves
uncoded). A clear deed of force was already kept with no parties (`component._unnamed_doers_deed`, roots 17-20); a
crowd's protest (root 14) stated by the main verb with a noun subject is now kept the same way (clauses.json
`unnamed_doer_roots`), and a deed of those roots told by a conjunct or an -ing participle of the main verb with no subject
of its own shares the main verb's doers (`component._shared_doers`). Look-alikes: crowds cheering, runners setting off, pilgrims marching (no protest reading).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Several thousand dock workers walked out on Monday over a cut in their pay.", "143"),
        ("Striking miners pelted the police lines with stones outside the colliery gates.", "145"),
    ],
)
def test_none47_uncoded_crowds_protest(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "PROTEST", cameo, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Crowds cheered the winning team as its bus drove through the town.",
        "Thousands of runners set off from the park at dawn.",
        "Hundreds of pilgrims marched to the shrine on the feast day.",
    ],
)
def test_none47_look_alikes(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Insurgents crossed the river at night, murdering the manager of the plantation.", "ASSAULT"),
        ("Soldiers burst into the house before dawn and shot dead two farmers.", "ASSAULT"),
        ("Strikers gathered outside the mill gates and pelted the managers with stones.", "PROTEST"),
    ],
)
def test_none47_deed_sharing_the_main_verbs_doers(code: Code, text: str, kind: str) -> None:
    some_event(code, text, kind, None, None, None)
