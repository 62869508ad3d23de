"""Fighting told through an event noun, forty-fourth session (battles44, issue 9, the ASSAULT category): one side
coming under attack, fire or shelling from another (the passive of a fighting noun: the subject is the target, the
"from" or "by" phrase the source), a campaign or a wave "of" strikes told by its deed, a "between" phrase the parser
hangs on a place or a time of a verb saying the fighting went on, a particle of going on ("dragged on") as such a
verb, and a war or fighting said to end, which is no fighting told. Sentences written for these tests, true
statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # the passive of a fighting noun: the subject undergoes it, the "from" phrase does it
        (
            "Ukrainian troops in Mariupol came under fire from Russian forces in March 2022.",
            "190",
            "RUS",
            "UKR",
        ),
        ("The Saudi city of Jizan came under missile attack from the Houthis in 2017.", "195", "YEM", "SAU"),
        # a campaign or a wave of strikes is the strikes
        (
            "Israel waged a campaign of air strikes against Hezbollah in Lebanon in July 2006.",
            "195",
            "ISR",
            "LBN",
        ),
        (
            "Russia launched a wave of missile strikes on Ukrainian power stations in October 2022.",
            "195",
            "RUS",
            "UKR",
        ),
    ],
)
def test_fighting_told_by_its_noun_has_its_parties(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, "ASSAULT", cameo, source, target)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a "between" phrase on a place or a time of a verb saying the fighting went on
        (
            "Fierce fighting raged in Grozny between Russian troops and Chechen fighters in January 1995.",
            "RUS",
        ),
        (
            "The battle raged for ten days in Sirte between Libyan rebels and Gaddafi loyalists in 2011.",
            "LBY",
        ),
        # a particle of going on
        ("Fighting between Israel and Hezbollah dragged on for 34 days in 2006.", "ISR LBN"),
    ],
)
def test_fighting_that_went_on_is_between_its_sides(code: Code, text: str, sides: str) -> None:
    events = code(text)
    assert any(
        e.event == "ASSAULT" and set(sides.split()) <= {a.code for a in e.source} and not e.target
        for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        # a war or fighting said to end is a truce or a retreat, no fighting
        "The war between Iran and Iraq ended in August 1988.",
        # a campaign against a wrong, not a party's forces
        "Xi Jinping launched a campaign against corruption in the Communist Party in 2013.",
    ],
)
def test_no_fighting_is_told(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT")


def test_forces_landing_under_fire_fight_their_way_in(code: Code) -> None:
    # forces coming ashore under fire keep the landing's own reading: they are the ones fighting
    some_event(
        code,
        "American marines came ashore under fire at Tarawa in November 1943.",
        "ASSAULT",
        None,
        "USA",
        None,
    )
