"""Event readings by category (issue 9, seventh session): readings the coder missed or took wrongly
(closures, objections, strikes used against a party, joining an alliance, sanctions placed on a party), and
the shapes of commentary that name a deed through another word.

Each category is checked on several sentences written for these tests (true statements about real
actors), through the real pipeline (spaCy parse, actor resolver, event coder), with look-alikes that must
keep their old reading or stay no event. Where the target is the roles code's business, only type and
source are checked (target None).
"""

from __future__ import annotations

import pytest

from .helpers import Code, first, parties


def _check(code: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None) -> None:
    event = first(code(text))
    assert event.event == plover, event
    if cameo is not None:
        assert event.cameo == cameo, event
    sources, targets = parties(event)
    assert sources == set(source.split()), event
    if target is not None:
        assert targets == set(target.split()), event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # the closure of a way, a crossing or a strait restricts movement (191), as the verb "close" does
        (
            "Turkey announced the closure of the straits to Russian and Ukrainian warships in 2022.",
            "COERCE",
            "191",
            "TUR",
            "RUS UKR",
        ),
        # the closure of a mission reduces relations (161)
        ("Russia ordered the closure of the Polish consulate in Smolensk.", "SANCTION", "161", "RUS", "POL"),
        # objections raised or voiced are disapproval (110), as "object to" is
        ("Turkey raised objections to Sweden's membership of NATO.", "ACCUSE", "110", "TUR", "SWE"),
        ("Hungary voiced objections to new EU sanctions on Russian energy.", "ACCUSE", "110", "HUN", None),
        # strikes used against a party are force (as "use force" or a weapon)
        ("Israel used air strikes against Hamas targets in Gaza.", "ASSAULT", None, "ISR", None),
        (
            "The Saudi-led coalition used air strikes against the Houthis in Yemen.",
            "ASSAULT",
            None,
            "SAU",
            None,
        ),
        # joining an alliance or a bloc is diplomatic cooperation (050), not a meeting
        ("Finland joined NATO in April 2023.", "SUPPORT", "050", "FIN", "IGO-NATO"),
        ("Iran joined the Shanghai Cooperation Organisation in 2023.", "SUPPORT", "050", "IRN", None),
        ("Sweden joined the alliance in March 2024.", "SUPPORT", "050", "SWE", None),
        # sanctions placed or put on a party are imposed (163)
        ("Beijing placed sanctions on American defence firms.", "SANCTION", "163", "CHN", "USA"),
        ("Washington put new sanctions on Iranian oil exporters.", "SANCTION", "163", "USA", "IRN"),
    ],
)
def test_readings_missing_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None
) -> None:
    _check(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        # look-alikes that keep their old reading
        ("Egypt joined the talks in Doha.", "CONSULT", "040", "EGY"),
        ("Turkey dropped its objection to Finland's membership in 2023.", "CONCEDE", "080", "TUR"),
        ("Russia put its nuclear forces on high alert in 2022.", "MOBILIZE", "152", "RUS"),
    ],
)
def test_readings_look_alikes_keep_their_reading(
    code: Code, text: str, plover: str, cameo: str, source: str
) -> None:
    _check(code, text, plover, cameo, source, None)


@pytest.mark.parametrize(
    "text",
    [
        "The closure of the factory cost hundreds of jobs in Ohio.",
        "Their objection was noted in the minutes.",
        "Russia used the summit to court African leaders.",
        "The minister put the question to his Chinese counterpart.",
    ],
)
def test_readings_look_alikes_stay_no_event(code: Code, text: str) -> None:
    assert not code(text)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # forces or armour rolling, pouring or moving into a place: forces moved (154) by their owner
        ("Russian tanks rolled into South Ossetia in August 2008.", "MOBILIZE", "154", "RUS", "XSO"),
        ("Turkish tanks rolled into northern Syria in August 2016.", "MOBILIZE", "154", "TUR", "SYR"),
        ("Iraqi forces poured into Kuwait in August 1990.", "MOBILIZE", "154", "IRQ", "KWT"),
        # ... also as what a perception verb's complement says was seen
        ("Journalists watched Russian tanks roll into South Ossetia.", "MOBILIZE", "154", "RUS", "XSO"),
        # warplanes or warships flying or sailing near a place: a show of force (150) toward its state
        ("Chinese military aircraft flew near Taiwan in October 2021.", "MOBILIZE", "150", "CHN", "TWN"),
        ("Dozens of Chinese warplanes flew near Taiwan in October 2021.", "MOBILIZE", "150", "CHN", "TWN"),
        ("Russian bombers flew close to Japanese airspace.", "MOBILIZE", "150", "RUS", None),
        (
            "Taiwan counted dozens of Chinese aircraft flying near the island in 2022.",
            "MOBILIZE",
            "150",
            "CHN",
            None,
        ),
        ("American destroyers sailed through the Taiwan Strait.", "MOBILIZE", "150", "USA", None),
    ],
)
def test_readings_forces_moved_and_flown(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    _check(code, text, plover, cameo, source, target)


def test_readings_civil_motion_is_no_show_of_force(code: Code) -> None:
    # a president's flight is a visit; airliners, refugees, money and grain ships move no forces
    assert first(code("The Turkish president flew to Moscow for talks.")).event == "CONSULT"
    for text in (
        "A Russian airliner flew over Finland.",
        "Refugees poured into Poland in March 2022.",
        "Investors poured money into Turkey.",
        "The ship sailed from Odesa with Ukrainian grain.",
    ):
        assert not code(text), text


def _kinds(code: Code, text: str) -> list[tuple[str, set[str], set[str]]]:
    return [(e.event, *parties(e)) for e in code(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # strikes or fire named as the means of the clause's deed are a deed of force of its doer; an
        # answer is aimed at whom it answers
        (
            "Saudi Arabia responded to the Houthis with weeks of air strikes in 2015.",
            [("ASSAULT", {"SAU"}, {"YEM"})],
        ),
        (
            "Turkey retaliated against Syria with artillery fire in 2012.",
            [("ASSAULT", {"TUR"}, {"SYR"})],
        ),
        # beside a deed of another kind, a second deed of the same doer
        (
            "Russia backed the Syrian government with air strikes from 2015.",
            [("SUPPORT", {"RUS"}, {"SYR"}), ("ASSAULT", {"RUS"}, set())],
        ),
        (
            "France helped Mali with air strikes against jihadist groups in 2013.",
            [("AID", {"FRA"}, {"MLI"}), ("ASSAULT", {"FRA"}, set())],
        ),
        # a weapon is no deed of its own, nor the same deed said twice; a deed known or another's is no means
        ("Russia struck Kyiv with missiles.", [("ASSAULT", {"RUS"}, {"UKR"})]),
        ("Russia attacked Kyiv with air strikes.", [("ASSAULT", {"RUS"}, {"UKR"})]),
        ("Israel disagreed with the offensive.", [("ACCUSE", {"ISR"}, set())]),
        # what a threat holds over a party is no deed done
        ("Washington threatened Damascus with air strikes in 2013.", [("THREATEN", {"USA"}, {"SYR"})]),
    ],
)
def test_readings_instrument_deeds(
    code: Code, text: str, expected: list[tuple[str, set[str], set[str]]]
) -> None:
    assert _kinds(code, text) == expected
