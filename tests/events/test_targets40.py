"""Targets that are persons acted on, fortieth session (issue 9, targets40; probes benchmarks/probes/targets40-*.json).

- A person is no ground: when a deed's object is a person of the doer's own country, a "to" phrase after it names
  where the person was sent, not the target ("banished Leon Trotsky to Alma-Ata": done to Trotsky).
- A causative "have" or "get" with an object and a bare participle ("had Archbishop Janani Luwum arrested"): the
  object suffers the participle's deed, the subject of "have" had it done; a participle with its own "by" phrase is
  suffered ("had its embassy seized by students": the students did it). A titled person the resolver cannot code,
  so acted on by a country's leader, is of that country (`domestic_titles`, now with military and religious titles).
- A passive gerund in a phrase ("died hours after being shot by X") names what was done to the subject of the clause
  the phrase hangs on.
- A bare past participle hung on a clause ("was in a Belgrade jail, arrested at his villa"; "Detained at his home,
  President Bazoum was ...") names what was done to that clause's subject, who is not its doer.
- A named person acted on is not the doer's own actor when a nationality word of the same code did it ("shot by a
  Japanese gunman").

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline;
the positive ones fail on the code before this session's change.
"""

from __future__ import annotations

import pytest

from .helpers import Code, of_type, parties_of_type, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("In January 1928 Stalin banished Leon Trotsky to Alma-Ata.", "RUS", "RUS"),
        ("In December 2000 Pervez Musharraf's government exiled Nawaz Sharif to Saudi Arabia.", "PAK", "PAK"),
    ],
)
def test_targets40_person_sent_away_is_the_target(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "COERCE", "174", source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # targets40 ground closed to others keeps its rule
        # (the own-ground rule is unchanged for a thing of the doer's own: the party of the "to" phrase is aimed at)
        ("In 1994 Ukraine handed the nuclear weapons it inherited to Russia.", "AID", None, "UKR", "RUS"),
        # targets40 causative have
        ("Idi Amin had Archbishop Janani Luwum arrested in February 1977.", "COERCE", "173", "UGA", "UGA"),
        # targets40 participle on the place left
        # a participle on the place left is no deed done to the ones leaving
        ("Israeli troops left Gaza in September 2005, occupied since 1967.", "RETREAT", None, "ISR", "PSE"),
    ],
)
def test_targets40_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_targets40_suffered_have_is_no_causative(code: Code) -> None:
    # "had the embassy seized by students": the students did it, not the United States. (Not "its embassy": the
    # possessive alone already keeps the causative out, and the test passed with the "by" check removed; review40)
    sources, _ = parties_of_type(
        code("In 1979 the United States had the American embassy in Tehran seized by Iranian students."),
        "PROTEST",
    )
    assert sources == {"IRN"}


@pytest.mark.parametrize(
    ("text", "cameo", "source", "patient"),
    [
        (
            "Shinzo Abe died in July 2022 hours after being shot in Nara by a Japanese gunman, Tetsuya Yamagami.",
            "180",
            "JPN",
            "Shinzo Abe",
        ),
        (
            "Anwar Sadat died in October 1981 soon after being shot by Egyptian soldiers at a military parade.",
            "193",
            "EGY",
            "Anwar Sadat",
        ),
    ],
)
def test_targets40_passive_gerund(code: Code, text: str, cameo: str, source: str, patient: str) -> None:
    events = some_event(code, text, "ASSAULT", cameo, source, source)
    assert [a.text for e in events if e.event == "ASSAULT" for a in e.target] == [patient]


@pytest.mark.parametrize(
    ("text", "target", "patient"),
    [
        (
            "Slobodan Milosevic was in a Belgrade jail in April 2001, arrested at his villa after a standoff with "
            "police.",
            "SRB",
            "Slobodan Milosevic",
        ),
        (
            "Detained at his home in the small hours, President Mohamed Bazoum was in the hands of his own guard in "
            "July 2023.",
            "NER",
            "President Mohamed Bazoum",
        ),
    ],
)
def test_targets40_bare_participle(code: Code, text: str, target: str, patient: str) -> None:
    # the clause's subject suffered the deed and is not its doer
    coerced = of_type(code(text), "COERCE")
    assert coerced
    assert [(a.code, a.text) for a in coerced[0].target] == [(target, patient)]
    assert patient not in {a.text for a in coerced[0].source}
