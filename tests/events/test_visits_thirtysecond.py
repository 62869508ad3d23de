"""Visits told from the guest's side, thirty-second session (annotation conventions rule 14.1): a guest who "was
welcomed", "was received" or "was greeted by" a host makes a visit (042) to the host, while the active sentence
("X welcomed Y") stays the host's hosting (043). A passive with no party as its subject keeps its reading.
Sentences written for these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # told in the passive: the guest's visit
        (
            "Pope Paul VI was greeted by President Lyndon Johnson in New York in October 1965.",
            "042",
            "VAT",
            "USA",
        ),
        ("King Edward VII was received in Paris by President Emile Loubet in May 1903.", "042", "GBR", "FRA"),
        (
            "Chancellor Konrad Adenauer was welcomed by General Charles de Gaulle at his home in Colombey.",
            "042",
            "DEU",
            "FRA",
        ),
        # told in the active: the host's hosting
        (
            "General Charles de Gaulle welcomed Chancellor Konrad Adenauer at his home in Colombey.",
            "043",
            "FRA",
            "DEU",
        ),
        ("President Emile Loubet received King Edward VII in Paris in May 1903.", "043", "FRA", "GBR"),
    ],
)
def test_a_guest_told_in_the_passive_makes_the_visit(
    code: Code, text: str, cameo: str, source: str, target: str
):
    some_event(code, text, "CONSULT", cameo, source, target)
