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
    events = code(text)
    assert "REJECT" not in {e.event for e in events}, events
    assert "COOPERATE" not in {e.event for e in events}, events
    some_event(code, text, "SANCTION", "160", source, target)


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
