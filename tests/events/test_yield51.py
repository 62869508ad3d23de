"""Yielding and deciding verbs whose event sits in their complement or object, fifty-first session (issue 9, yield51;
probes benchmarks/probes/yield51-1.json and yield51-2.json).

(a) Yielding told by an idiom or a verb with a particle: what is yielded to decides the type. A bid, an offer or a
takeover bowed, given way or given in to is accepted (AGREE 030, as blind set 41's board that "gave way" to a hostile
bid); a demand, pressure, protests or the challengers given way to, and the idioms told alone ("climbed down",
"knuckled under"), are concessions (CONCEDE 080); a structure that gives way, or one thing giving way to another, is
neither. (b) Decision verbs and nouns: the complement's act is the event, the decider its source. A decision to leave a
ceasefire, a truce or a treaty is a rejection (REJECT, rule 5.2), not an agreement (030, 0356); a decision on a measure
(ties cut, an organisation left) is the measure taken (SANCTION), not a threat; a vote to attend talks is an intention
to meet (AGREE 036), not the meeting; "chose to" and "opted to" frame their deed as "decided to" does. Sentences written
for these tests (true statements about real events of odd years), coded through the real pipeline; each case that
asserts a reading failed on the code before this session's change (the reading it had is in the comment).
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (was AGREE 0356: an intention to de-escalate)
        ("ETA decided in June 2007 to abandon its ceasefire with the Spanish government.", "ESP", None),
        # (was AGREE 030)
        (
            "The United States decided in December 2001 to withdraw from the Anti-Ballistic Missile treaty with "
            "Russia.",
            "USA",
            "RUS",
        ),
        # (was RETREAT 0872: the forces' pull-back, told of no accord left)
        ("The PKK pulled out of its ceasefire with Turkey in July 2015.", None, None),
    ],
)
def test_yield51_leaving_a_truce_or_treaty_decided_or_done_is_a_rejection(
    code: Code, text: str, source: str | None, target: str | None
) -> None:
    some_event(code, text, "REJECT", "127", source, target, absent=("AGREE", "RETREAT"))


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # (was THREATEN 1313: a decision read as a threat)
        ("Saudi Arabia decided in June 2017 to cut diplomatic ties with Qatar.", "161", "QAT"),
        # (was THREATEN 131)
        ("Venezuela decided in April 2017 to leave the Organization of American States.", "160", "IGO"),
    ],
)
def test_yield51_a_decided_measure_is_the_measure_taken(
    code: Code, text: str, cameo: str, target: str
) -> None:
    events = some_event(code, text, "SANCTION", cameo, None, None, absent=("THREATEN",))
    assert any(e.event == "SANCTION" and any(t.code.startswith(target) for t in e.target) for e in events)


def test_yield51_a_vote_to_attend_talks_is_an_intention_to_meet(code: Code) -> None:
    # (was CONSULT 046: the vote read as the meeting it decides on)
    some_event(
        code,
        "Israel's cabinet voted in October 1991 to take part in the Middle East peace conference in Madrid.",
        "AGREE",
        "036",
        "ISR",
        None,
        absent=("CONSULT",),
    )


def test_yield51_opting_to_buy_arms_is_an_intention(code: Code) -> None:
    # (was COOPERATE 062: "chose" no frame, the purchase read as done)
    some_event(
        code,
        "India chose to buy 36 Rafale fighter jets from France in April 2015.",
        "AGREE",
        None,
        "IND",
        "FRA",
        absent=("COOPERATE",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # (was no event)
        "The board of Dow Jones gave way to a takeover bid from News Corp in July 2007.",
        # (was CONCEDE 080: a bid bowed to read as a concession)
        "Dow Jones's board bowed to News Corp's 5 billion dollar offer in July 2007.",
    ],
)
def test_yield51_yielding_to_a_bid_accepts_it(code: Code, text: str) -> None:
    some_event(code, text, "AGREE", "030", None, "USA", absent=("CONCEDE",))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was no event: "gave way" alone)
        ("The Romanian government gave way to the protesters in February 2017.", "ROU"),
        # (was no event)
        ("The Lebanese government gave way on the WhatsApp tax in October 2019.", "LBN"),
        # (was no event)
        ("The British government climbed down over the poll tax in March 1991.", "GBR"),
        # (was no event: "caved in" with a "to" phrase of people, not of demands)
        ("Hong Kong's leader caved in to the protesters in September 2019.", "HKG"),
    ],
)
def test_yield51_yielding_to_pressure_is_a_concession(code: Code, text: str, source: str) -> None:
    some_event(code, text, "CONCEDE", "080", source, None, absent=("AID", "AGREE"))


def test_yield51_buckling_under_pressure_is_the_yielders_concession(code: Code) -> None:
    # (was COERCE 170 by Brussels: the pressure noun read as the event)
    some_event(
        code,
        "Cyprus buckled under pressure from the European Union in March 2013.",
        "CONCEDE",
        "080",
        "CYP",
        "IGO-EU",
        absent=("COERCE",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # a structure that gives way, one thing giving way to others, and a choice of a deed the lexicon does not know
        "A highway bridge over the Mississippi in Minneapolis gave way in August 2007.",
        "The Soviet Union gave way to fifteen independent states in December 1991.",
        "Astronomers at the Lowell Observatory chose to announce the discovery of Pluto in March 1930.",
    ],
)
def test_yield51_giving_way_and_choosing_with_no_deed_are_no_concession(code: Code, text: str) -> None:
    no_event(code, text, "CONCEDE", "AGREE")
