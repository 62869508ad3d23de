"""Deeds told by an idiom or a verb with a particle, fiftieth session (issue 9, idiom50; probe
benchmarks/probes/idiom50-1.json).

`events/data/verbs_idioms.txt` reads classes of idioms in the lexicon's format: arrests told by a verb of taking with a
particle ("picked up", "hauled in", "laid hands on"), captives let out or set free, attacks told as setting upon a
party, strikes told by tools laid down, searches told as going through premises, visits told as calling at a place,
driving up for talks or a leader flying into a capital, forces pulling off ground and barricades thrown up. The
particle counts whether the parser makes it a particle, an adverb or a preposition, on the verb or on its object, and
an object condition holds for the passive subject. Look-alikes stay what they were: survivors picked up are rescued,
a manager let go is no captive, fans flying in are no deployment.

The pipeline tests use sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

import pytest

from realpolitik.events.lexicon import IDIOMS_FILE, _parse_default

from .helpers import Code, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an arrest told by a verb of taking with its particle, active and passive
        ("Chinese police hauled in the artist Ai Weiwei at Beijing airport in April 2011.", "CHN", None),
        (
            "The Russian opposition leader Alexei Navalny was picked up by police at a Moscow airport on 17 January "
            "2021.",
            "RUS",
            "RUS",
        ),
        (
            "Egyptian security officers picked up the blogger Alaa Abd El-Fattah at his home in Cairo in September "
            "2019.",
            "EGY",
            "EGY",
        ),
    ],
)
def test_idiom50_an_arrest_told_by_a_verb_with_a_particle(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "COERCE", "173", source, target)


def test_idiom50_a_suspect_picked_up_by_police_is_arrested_not_rescued(code: Code) -> None:
    # (WordNet's `pick_up` "take into custody"; deeds22 listed the sentence as no event, meaning no rescue and no attack)
    events = some_event(code, "Police picked up the suspect at his home.", "COERCE", "173", None, None)
    assert {e.event for e in events} == {"COERCE"}


def test_idiom50_migrants_picked_up_at_sea_are_rescued_not_arrested(code: Code) -> None:
    some_event(
        code,
        "A Spanish rescue ship picked up eighty migrants from a rubber boat off Libya in August 2019.",
        "AID",
        "073",
        "ESP",
        None,
        absent=("COERCE",),
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a captive let out, the particle on the verb or after the object, active and passive
        ("Iran let the French tourist Benjamin Briere out of prison in May 2023.", "IRN", "FRA"),
        (
            "The Egyptian blogger Alaa Abd El-Fattah was let out of prison in September 2025 after a presidential "
            "pardon.",
            None,
            "EGY",
        ),
    ],
)
def test_idiom50_a_captive_let_out_is_released(
    code: Code, text: str, source: str | None, target: str
) -> None:
    some_event(code, text, "RETREAT", "0841", source, target)


def test_idiom50_a_manager_let_go_is_no_release(code: Code) -> None:
    no_event(code, "Manchester United let go of their Dutch manager Erik ten Hag in October 2024.")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        (
            "Masked men set upon Hong Kong commuters at Yuen Long station on 21 July 2019.",
            "ASSAULT",
            None,
            "HKG",
        ),
        (
            "British dockers at Felixstowe laid down their tools for eight days in August 2022 in a dispute over "
            "pay.",
            "PROTEST",
            "143",
            "GBR",
        ),
        (
            "FBI agents went through the Maryland home of the former American national security adviser John "
            "Bolton in August 2025.",
            "ACCUSE",
            "091",
            "USA",
        ),
        ("Pope John Paul II called at Luxembourg in May 1985.", "CONSULT", "042", "VAT"),
        (
            "The Russian president Vladimir Putin flew into Pyongyang on 19 June 2024 for talks with Kim Jong Un.",
            "CONSULT",
            "042",
            "RUS",
        ),
        (
            "Italian students threw up barricades at the University of Rome in March 1968.",
            "PROTEST",
            "144",
            "ITA",
        ),
        ("Russian marines pulled off the island of Zmiinyi in June 2022.", "RETREAT", "0874", "RUS"),
        # forces stood down, ground laid waste, a barrage let loose, warships put to sea on a joint patrol
        (
            "India stood down the troops it had massed on the border with Pakistan in October 2002.",
            "RETREAT",
            "0873",
            "IND",
        ),
        (
            "Russian troops laid waste to the Ukrainian city of Mariupol in the spring of 2022.",
            "ASSAULT",
            "190",
            "RUS",
        ),
        (
            "Iranian revolutionary guards let loose a barrage of missiles and drones on Israel in April 2024.",
            "ASSAULT",
            "190",
            "IRN",
        ),
        (
            "Taliban fighters took up arms against the American-backed government of Afghanistan after 2001.",
            "ASSAULT",
            "190",
            "AFG",
        ),
        (
            "Russian and Chinese warships put to sea for a joint patrol of the Pacific in July 2023.",
            "COOPERATE",
            "062",
            None,
        ),
    ],
)
def test_idiom50_deeds_told_by_an_idiom(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None
) -> None:
    some_event(code, text, plover, cameo, source, None)


def test_idiom50_arms_taken_up_are_no_weapons_seized(code: Code) -> None:
    no_cameo(code, "Young men in the Donbas took up arms in the spring of 2014.", "1711")


def test_idiom50_yachts_put_to_sea_are_no_fleet(code: Code) -> None:
    no_event(
        code,
        "More than a hundred yachts put to sea from Sydney Harbour in December 2023 at the start of the Sydney to "
        "Hobart race.",
    )


def test_idiom50_fans_flying_in_are_no_deployment(code: Code) -> None:
    no_event(
        code, "Thousands of English fans flew into Frankfurt in June 2024 for the European Championship."
    )


def test_idiom50_the_idioms_file_is_read_in_the_hand_modes_only() -> None:
    # (the dictionary-only ablation reads the field's dictionary alone)
    def lines(mode: str) -> set[int]:
        return {e.line for e in _parse_default(mode).lookup("V", "haul") if e.code == "173"}

    assert IDIOMS_FILE == "verbs_idioms.txt"
    assert lines("all") and lines("hand")
    assert not lines("derived")
