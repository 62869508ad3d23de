"""Extra events, twenty-sixth session (issue 9, prec16): which clause of a sentence may yield a second event beside
its news, checked on sentences written for these tests (true statements about real events) through the real
pipeline, with look-alikes that keep their second event.

- A court's order joined as a conjunct to its own ruling ("ruled that X had violated ..., and ordered Rome to pay them
  15,000 euros", "found that Serbia had failed to prevent the genocide, and ordered Belgrade to hand over ...") is
  the ruling's remedy (docs/annotation-conventions.md rule 8.2), no demand of its own. A government's demand joined
  to its own deed stays ("expelled four Russian diplomats and demanded again that Moscow hand over ...").
- A deed inside what a ruling or a condemnation judges stays inside it when it is told as the means of a verb of the
  judged clause, or as a conjunct of one ("ruled that Russia had broken the Convention by letting militias burn and
  loot Georgian villages"). A means on the event's own verb is a deed done and stays ("responded by recalling its
  ambassador").
- A deed in a clause or an adjunct opened by "since" marks the point a span is measured from ("his first trip abroad
  since the International Criminal Court issued a warrant for his arrest in March"): background, even when its own
  clause dates it. A deed dated in its own "after" clause is background too (prec17; it stayed a past event before).
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


def _types(code: Code, text: str) -> list[str]:
    return [e.event for e in code(text)]


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        (
            "The International Court of Justice found in February 2007 that Serbia had failed to prevent the genocide"
            " at Srebrenica, and ordered Belgrade to hand over the men accused of it to the tribunal in The Hague.",
            None,
            "SRB",
        ),
        (
            "The European Court of Human Rights ruled in January 2011 that Belgium had violated an Afghan asylum"
            " seeker's rights by sending him back to Greece, and ordered Brussels to pay him 24,900 euros.",
            "116",
            "BEL",
        ),
    ],
)
def test_a_courts_order_joined_to_its_ruling_is_the_ruling(
    code: Code, text: str, cameo: str | None, target: str
) -> None:
    # (the order may itself read as the ruling, 116, as a court's order to pay is: no demand beside it)
    assert set(_types(code, text)) == {"ACCUSE"}
    some_event(code, text, "ACCUSE", cameo, None, target)


def test_a_governments_demand_joined_to_its_deed_stays(code: Code) -> None:
    text = "Britain expelled four Russian diplomats in July 2007 and demanded again that Moscow hand over Andrei Lugovoi."
    some_event(code, text, "SANCTION", "166", "GBR", "RUS")
    some_event(code, text, "REQUEST", None, "GBR", "RUS")


@pytest.mark.parametrize(
    "text",
    [
        "The European Court of Human Rights ruled in January 2021 that Russia had broken the European Convention in"
        " South Ossetia by letting militias under its control burn and loot Georgian villages.",
        "The European Court of Human Rights ruled in April 2017 that Russia had violated the right to life of the"
        " Beslan hostages by firing tank shells and thermobaric rockets into the school.",
    ],
)
def test_a_deed_inside_what_a_ruling_judges_is_no_event(code: Code, text: str) -> None:
    assert _types(code, text) == ["ACCUSE"]


def test_a_means_on_the_events_own_verb_stays(code: Code) -> None:
    some_event(
        code,
        "Turkey responded in November 2023 by recalling its ambassador from Israel.",
        "SANCTION",
        None,
        "TUR",
        "ISR",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin arrived in Beijing on Tuesday for his first trip beyond the former Soviet Union since the"
        " International Criminal Court issued a warrant for his arrest in March.",
        "Recep Tayyip Erdogan flew to Athens in December 2023 for his first visit to Greece since Turkish and Greek"
        " warships collided in the Aegean in August 2020.",
    ],
)
def test_a_deed_a_span_is_measured_from_is_background(code: Code, text: str) -> None:
    assert _types(code, text) == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        (
            "Ankara recalled its ambassador from Israel on Saturday, weeks after Israeli jets began bombing Gaza in"
            " October 2023.",
            "ASSAULT",
            "ISR",
        ),
        (
            "Xi Jinping hosted Vladimir Putin in Beijing in October 2023, seven months after the International"
            " Criminal Court issued a warrant for his arrest in March.",
            "COERCE",
            "IGO-ICC",
        ),
    ],
)
def test_a_deed_dated_in_its_own_after_clause_is_background(
    code: Code, text: str, plover: str, source: str
) -> None:
    # (prec17: a background deed dated in its own clause is background too; it was kept as a past event before)
    events = code(text)
    assert len(events) == 1
    assert not [e for e in events if e.event == plover and source in {a.code for a in e.source}]
