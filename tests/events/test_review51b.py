"""Second reading of custody51's idioms (review51): look-alikes the new lines must not fire on. Sentences written for
these tests (true statements about real events of odd years), coded through the real pipeline; each failed on the
code before its fix.
"""

from __future__ import annotations

import pytest

from .helpers import Code


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # (was 174: "expel prep=over" read a cause as a crossing; diplomats expelled are a sanction, 166)
        ("In September 1971 Britain expelled 105 Soviet officials over espionage.", "174"),
        # (was 173: a bare "remand" read a case sent back to a lower court as an arrest)
        ("In 1995 the U.S. Supreme Court remanded the Adarand case to the lower courts.", "173"),
        # (was 173: refugees taken to camps read as prisoners sent to a camp)
        ("In 1975 the United States took tens of thousands of Vietnamese to camps on Guam.", "173"),
    ],
)
def test_review51_custody_look_alikes_are_no_custody(code: Code, text: str, cameo: str) -> None:
    assert not [e for e in code(text) if e.cameo == cameo], code(text)


def test_review51_custody_idioms_still_hold(code: Code) -> None:
    # (a person remanded in custody, diplomats expelled over espionage as a sanction)
    assert [
        e
        for e in code("In January 2021 a court in Khimki remanded Alexei Navalny in custody for 30 days.")
        if e.cameo == "173"
    ]
    assert [
        e
        for e in code("In September 1971 Britain expelled 105 Soviet officials over espionage.")
        if e.cameo == "166"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # (was CONCEDE 080: yield51's "buckle|crack prep=under pp=under:weight" read a burden as a party's pressure;
        # before yield51 the dictionary's bare "crack" made it ASSAULT 180)
        "In 1991 the Soviet economy cracked under the weight of military spending.",
        # (was CONCEDE 080)
        "In 1989 the East German regime buckled under the weight of mass emigration.",
    ],
)
def test_review51_buckling_under_a_burden_is_no_concession(code: Code, text: str) -> None:
    assert not code(text), code(text)


def test_review51_buckling_under_protests_still_concedes(code: Code) -> None:
    assert [
        e
        for e in code("In 1989 the East German regime buckled under the weight of mass protests.")
        if e.cameo == "080"
    ]
