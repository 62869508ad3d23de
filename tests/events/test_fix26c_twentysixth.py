"""Review fixes to deeds16's readings, twenty-sixth session (fix26c; /work/notes/review26.md, the deeds16 items).
A stock grown is a mobilisation (154) or a threat of weapons of mass destruction (1385) only when it is one of
weapons ("a nuclear arsenal", "an arsenal of missiles"), not "an arsenal of stimulus tools" or "a stockpile of
nuclear fuel"; forces sent to evacuate their own staff or rescue their own hostages are no aid to the host (073);
only captives brought, flown or sent back or home are released (0841); a surprise inspection is an alert (152) only
of forces, and a flight test a show of force (150) only of a weapon; a crowd flooding into a square demonstrates
(141) only when it is one of protesters. Each checked through the real pipeline on sentences written for these
tests (true statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # a stock of no weapons grown
        ("The Bank of Japan expanded its arsenal of stimulus tools in 2013.", "MOBILIZE"),
        ("India announced an increase in its stockpile of wheat in 2023.", "MOBILIZE"),
        ("Japan pledged in 2021 to expand its stockpile of nuclear fuel for power plants.", "THREATEN"),
        (
            "The European Union agreed in 2023 to expand its stockpile of medicines for chemical and nuclear"
            " emergencies.",
            "THREATEN",
        ),
        # one's own people evacuated or rescued
        (
            "The United States deployed 3,000 troops to Kabul in August 2021 to evacuate its embassy staff.",
            "AID",
        ),
        ("France deployed special forces to Burkina Faso in May 2019 to rescue two French hostages.", "AID"),
        # people flown or sent home who were no captives
        (
            "Britain flew home 150,000 stranded tourists after Thomas Cook collapsed in September 2019.",
            "RETREAT",
        ),
        ("Saudi Arabia sent home thousands of Ethiopian workers in 2017.", "RETREAT"),
        # an inspection of no forces, a flight test of no weapon
        ("The IAEA conducted a surprise inspection at an Iranian nuclear site in 2019.", "MOBILIZE"),
        ("NASA carried out a flight test of Boeing's Starliner capsule in December 2019.", "MOBILIZE"),
        # a crowd of no protesters in a square
        ("Tourists flooded into the main square of Prague in 2019.", "PROTEST"),
    ],
)
def test_fix26c_over_broad_deeds_are_gone(code: Code, text: str, forbidden: str) -> None:
    no_event(code, text, forbidden)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # weapons grown: a mobilisation; nuclear ones vowed: a threat
        ("Russia expanded its arsenal of hypersonic missiles in 2019.", "MOBILIZE", "154", "RUS", None),
        ("North Korea vowed in 2021 to expand its nuclear arsenal.", "THREATEN", "1385", "PRK", None),
        (
            "Kim Jong Un ordered North Korea's nuclear weapons institute in March 2023 to expand its production of"
            " weapons-grade nuclear material.",
            "THREATEN",
            "1385",
            "PRK",
            None,
        ),
        # (forces sent for disaster relief stay aid: test_deeds16_twentysixth.py holds that case)
        # those deployed to evacuate their own staff mobilise
        (
            "The United States deployed 3,000 troops to Kabul in August 2021 to evacuate its embassy staff.",
            "MOBILIZE",
            None,
            "USA",
            None,
        ),
        # hostages or seized people sent or brought home are released
        ("Iran sent home 15 British captives in April 2007.", "RETREAT", "0841", "IRN", None),
        (
            "Iran sent home the 15 British sailors and marines it had seized in the Gulf in April 2007.",
            "RETREAT",
            "0841",
            "IRN",
            None,
        ),
        # an inspection of forces' readiness, a flight test of a missile, protesters in a square
        (
            "Vladimir Putin ordered a surprise inspection of the combat readiness of Russia's air force in February"
            " 2017.",
            "MOBILIZE",
            "152",
            "RUS",
            None,
        ),
        (
            "North Korea carried out the first flight test of its Hwasong-14 intercontinental ballistic missile in"
            " July 2017.",
            "MOBILIZE",
            "150",
            "PRK",
            None,
        ),
        ("Protesters flooded into the main square of Tbilisi in March 2023.", "PROTEST", "141", "GEO", None),
    ],
)
def test_fix26c_look_alikes_keep_their_reading(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)
