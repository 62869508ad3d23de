"""Shows of force told as commands, thirty-eighth session (issue 9, force38; probes benchmarks/probes/force38-2.json).

A verb of command (`commanding_verbs`) with a past participle clause and no "to" ("ordered 4,700 paratroopers flown
into Detroit", "ordered its army mobilised", "ordered reservists called up", "ordered the carrier sent to the
Mediterranean") is a small clause: the participle acts on the forces named (match.ordered_patient), and the
commander does its deed, read as the participle reads for those forces (a relief purpose makes aid, 073). Forces put,
raised or ordered on or to a state of readiness (classes.txt &alert_state: alert, footing, DefCon, combat duty) are
an alert (152). A bare "mobilise" with an object mobilises forces only when they are named ("mobilised his
ministers", "mobilised voters": none). Each is checked on sentences written for these tests (true statements about
real events) through the real pipeline. A source left as None is not checked.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        (
            "Israel ordered hundreds of thousands of reservists called up in October 2023.",
            "MOBILIZE",
            "154",
            "ISR",
        ),
        (
            "The Pentagon ordered the aircraft carrier Dwight D. Eisenhower sent to the eastern Mediterranean in"
            " October 2023.",
            "MOBILIZE",
            "150",
            "USA",
        ),
        ("Washington ordered American forces raised to DefCon 3 in October 1973.", "MOBILIZE", "152", "USA"),
        # the participle's purpose: forces sent for disaster relief are aid (rule 12.3)
        (
            "President Bush ordered thousands of troops sent to New Orleans in September 2005 to help with relief"
            " after Hurricane Katrina.",
            "AID",
            "073",
            "USA",
        ),
        # the forces as the subject of the participle, which is tagged as a past: the command is no report of a deed
        (
            "President Truman ordered the Seventh Fleet moved into the Taiwan Strait in June 1950.",
            "MOBILIZE",
            "150",
            "USA",
        ),
        # the parser takes the state of readiness for the object and "on" for a particle
        ("Kim Jong Un ordered his rocket units put on standby in March 2013.", "MOBILIZE", "152", "PRK"),
        # a state of readiness named by the class (&alert_state)
        (
            "Vladimir Putin told his defence minister to put the country's deterrence forces on a special regime of"
            " combat duty in February 2022.",
            "MOBILIZE",
            "152",
            "RUS",
        ),
    ],
)
def test_force38_commanded_force(code: Code, text: str, plover: str, cameo: str, source: str | None) -> None:
    some_event(code, text, plover, cameo, source, None)


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden's campaign mobilised young voters in Georgia in November 2020.",
        "Theresa May mobilised her cabinet to sell the Brexit deal in November 2018.",
        # a participle inside the "of" phrase of an object that counts nothing is no small clause of the command
        "Fidel Castro ordered the nationalisation of the oil refineries owned by American companies in August 1960.",
        # a court's order that a man be sent to prison is no show of force (kept: read so before too)
        "A Moscow court ordered the opposition leader sent to a penal colony in February 2021.",
    ],
)
def test_force38_no_force_commanded(code: Code, text: str) -> None:
    no_event(code, text, "MOBILIZE")
