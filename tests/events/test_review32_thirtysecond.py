"""review32 (thirty-second session): readings of this session's lexicon lines checked against their look-alikes.
Sentences written for these tests, true statements about real events (odd years)."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # a barrage, a salvo or a volley of words is no armed attack
        "Donald Trump unleashed a barrage of criticism at the Federal Reserve in 2019.",
        "China unleashed a barrage of insults at Taiwan's president in 2023.",
        "Recep Tayyip Erdogan unleashed a volley of abuse at the Dutch government in 2017.",
        # a drive or a push pressed by a state for a policy is no offensive
        "China pressed its drive for self-reliance in chips in 2023.",
        "India pressed its push for a seat on the Security Council in 2015.",
        "Germany pressed ahead with its push for renewable energy in 2011.",
    ],
)
def test_a_campaign_of_words_or_policy_is_no_assault(code: Code, text: str) -> None:
    # (each coded ASSAULT 190 by the lexicon32 lines 'V 190 unleash dobj=barrage|salvo|volley|...' and 'V 190 press
    # dobj=...|attack|push|drive' on main c2d07d4)
    no_event(code, text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a barrage of sanctions stays a sanction
        ("Beijing unleashed a barrage of sanctions on Lithuania in 2021.", "SANCTION", "163", None, "LTU"),
        # forces called home under their own commander leave the country named
        # deeds22's ground_given_up: forces named by a common noun as the object are the doer's own, even when a
        # commander of the doer's country holds them ("General John Pershing's troops"); the ground left is Mexico (no
        # test failed when that check was taken out: the target became USA)
        (
            "Woodrow Wilson called General John Pershing's troops home from Mexico in 1917.",
            "RETREAT",
            "0874",
            "USA",
            "MEX",
        ),
    ],
)
def test_review32_thirtysecond_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia unleashed a barrage of missiles on Kyiv in 2023.", "RUS", "UKR"),
        ("Russian troops unleashed an attack on Avdiivka in 2023.", "RUS", "UKR"),
        ("Russian forces pressed their attack on Avdiivka in 2023.", "RUS", "UKR"),
        ("Russian forces pressed their offensive on Bakhmut in March 2023.", "RUS", "UKR"),
    ],
)
def test_a_barrage_of_weapons_or_an_attack_pressed_by_forces_stays_fighting(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "ASSAULT", "190", source, target)
