"""Rules of this session narrowed after review (twenty-sixth session, fix26a; notes/review26.md C1, P1, P2), checked on
sentences written for these tests (true events, the project's own words) through the real pipeline.

- People of two parties fallen in fighting that names the other side ("killed in clashes with the Taliban", "in
  fighting with Sunni insurgents") were allies fallen to a common foe, not two sides fighting each other, whatever the
  foe resolves to (conflict.py `both_sides_fell`, data conflict.json `foe_preps`). With no foe named, or "with each
  other", the fallen fought each other.
- A clause joined to a court's ruling with a subject of its own that is not the court is that party's deed, even when
  the party is of the court's own state ("..., and the Catalan government rejected the ruling"): no remedy of the ruling
  (component.py `_orders_of_ruling`).
- A clause opened by "since" with no word of a span before it may give a cause ("since" = "because"): its deed was kept
  as a past event when its clause dated it; since prec17 (twenty-seventh session) a dated background deed is background
  like any other, so `since_clause` and `span_words` are gone and the test below checks it is dropped.
"""

from __future__ import annotations

import pytest

from .helpers import Code, parties, parties_of_code, some_event

# ---- C1: allies fallen to a common foe (conflict.both_sides_fell) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "American and Afghan soldiers were killed in clashes with the Taliban in Helmand in 2011.",
        "Nigerian and Chadian soldiers died in clashes with Boko Haram fighters near Lake Chad in 2015.",
        "Iraqi and American soldiers were killed in fighting with Sunni insurgents near Ramadi in 2007.",
        "Somali and Kenyan troops were killed in fighting with al-Shabaab militants in 2017.",
        "French and Malian soldiers were killed in clashes with jihadists in northern Mali in 2013.",
    ],
)
def test_allies_fallen_to_a_named_foe_did_not_fight_each_other(code: Code, text: str) -> None:
    events = code(text)
    assert events
    assert not any(e.reciprocal for e in events), events
    # (the fallen are not the doers of the fighting)
    assert all(not parties(e)[0] or len(parties(e)[0]) < 2 for e in events), events


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Armenian and Azerbaijani soldiers were killed in clashes on their border in November 2021.",
            {"ARM", "AZE"},
        ),
        (
            "Armenian and Azerbaijani soldiers were killed in fighting with each other around Kelbajar in 1993.",
            {"ARM", "AZE"},
        ),
    ],
)
def test_two_sides_fallen_with_no_foe_named_still_fought_each_other(
    code: Code, text: str, sides: set[str]
) -> None:
    assert parties_of_code(code(text), "190", reciprocal=True) == (sides, set())


# ---- P1: a party answering a court's ruling, the court's own state (component._orders_of_ruling) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spain's Constitutional Court ruled in October 2017 that the law calling the Catalan referendum was"
        " unconstitutional, and the Catalan government rejected the ruling.",
        "The court ruled in April 2017 that Russia had failed to protect the hostages in Beslan, and Moscow rejected"
        " the ruling.",
    ],
)
def test_a_governments_answer_to_its_own_courts_ruling_stays(code: Code, text: str) -> None:
    some_event(code, text, "ACCUSE", "116", None, None)
    some_event(code, text, "REJECT", None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The European Court of Human Rights ruled in January 2011 that Belgium had violated an Afghan asylum seeker's"
        " rights by sending him back to Greece, and it ordered Brussels to pay him 24,900 euros.",
        "The European Court of Human Rights ruled in January 2011 that Belgium had violated an Afghan asylum seeker's"
        " rights by sending him back to Greece, and the court ordered Brussels to pay him 24,900 euros.",
    ],
)
def test_the_courts_own_order_with_its_own_subject_is_still_the_ruling(code: Code, text: str) -> None:
    assert {e.event for e in code(text)} == {"ACCUSE"}


# ---- P2: "since" of cause (deeds.since_clause) --------------------------------------------------------------------


def test_a_dated_deed_in_a_since_clause_of_cause_is_background(code: Code) -> None:
    # (prec17: a deed of a clause of cause is background, dated or not; fix26a kept it as a past event)
    text = (
        "The Czech Republic expelled 18 Russian diplomats in April 2021, since Russian agents had blown up an"
        " ammunition depot at Vrbetice in October 2014."
    )
    some_event(code, text, "SANCTION", "166", "CZE", "RUS")
    assert [e.event for e in code(text)] == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping visited Moscow in March 2023 for the first time since Russia invaded Ukraine in February 2022.",
        "Erdogan visited Athens in December 2023, his first visit since Turkish and Greek warships collided in the"
        " Aegean in August 2020.",
    ],
)
def test_a_dated_deed_a_span_is_measured_from_stays_background(code: Code, text: str) -> None:
    assert [e.event for e in code(text)] == ["CONSULT"]
