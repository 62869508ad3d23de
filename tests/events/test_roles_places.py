"""Places in an event's roles (issue 9, tenth session): the phrase a reading is named by ("crossed into X from
Y"), a phrase carried by a verb's particle ("out of X", "back to Y"), a definite noun of place that stands for
the place named before ("the peninsula", "the island"), a retreat that names no place, bases that house
another party's troops, a killing's place, "the annexation of X by Y" and a way closed to another party.
Sentences written for these tests (true events), through the real pipeline; each rule's cases fail on the
main before it."""

from __future__ import annotations

import pytest

from .helpers import Code, first, parties, parties_of_type


@pytest.mark.parametrize(
    ("text", "doer", "entered"),
    [
        ("Russian troops crossed into Ukraine from Belarus in February 2022.", "RUS", "UKR"),
        ("Iraqi forces crossed into Kuwait from Iraq in August 1990.", "IRQ", "KWT"),
        ("Turkish troops crossed into Syria from Turkey in October 2019.", "TUR", "SYR"),
    ],
)
def test_roles_crossing_into_a_place_targets_it_not_the_origin(
    code: Code, text: str, doer: str, entered: str
) -> None:
    # (the reading "cross into" names its phrase; the "from" place is where the forces came from)
    assert parties(first(code(text))) == ({doer}, {entered})


@pytest.mark.parametrize(
    ("text", "kind", "doer", "target"),
    [
        ("The United States pulled its troops out of Afghanistan in 2021.", "RETREAT", "USA", "AFG"),
        ("Cuba pulled its forces out of Angola in 1991.", "RETREAT", "CUB", "AGO"),
        ("Syria pulled its troops out of Lebanon in 2005.", "RETREAT", "SYR", "LBN"),
        ("Russia handed the captured ships back to Ukraine in November 2019.", "RETREAT", "RUS", "UKR"),
        (
            "China handed the crew of the American spy plane back to the United States in April 2001.",
            "RETREAT",
            "CHN",
            "USA",
        ),
    ],
)
def test_roles_phrase_of_a_particle_names_the_target(
    code: Code, text: str, kind: str, doer: str, target: str
) -> None:
    assert parties_of_type(code(text), kind) == ({doer}, {target})


@pytest.mark.parametrize(
    ("text", "kind", "doer", "place"),
    [
        (
            "Israel seized the Sinai from Egypt in 1967 and withdrew from the peninsula by 1982.",
            "RETREAT",
            "ISR",
            "EGY",
        ),
        (
            "China held drills around Taiwan in August 2022 and fired missiles over the island.",
            "ASSAULT",
            "CHN",
            "TWN",
        ),
        (
            "Russian forces attacked Kyiv in February 2022 but withdrew from the city in early April.",
            "RETREAT",
            "RUS",
            "UKR",
        ),
        (
            "Syria occupied Lebanon for nearly three decades and pulled its troops out of the country in 2005.",
            "RETREAT",
            "SYR",
            "LBN",
        ),
    ],
)
def test_roles_definite_noun_of_place_stands_for_the_place_named_before(
    code: Code, text: str, kind: str, doer: str, place: str
) -> None:
    assert parties_of_type(code(text), kind) == ({doer}, {place})


@pytest.mark.parametrize(
    ("text", "doer", "left"),
    [
        ("Russian forces attacked Kyiv in February 2022, but they withdrew in early April.", "RUS", "UKR"),
        ("Iraq invaded Kuwait in August 1990 and withdrew in February 1991.", "IRQ", "KWT"),
        ("Israel invaded Lebanon in 1982 and withdrew in 2000.", "ISR", "LBN"),
    ],
)
def test_roles_retreat_naming_no_place_leaves_the_party_attacked_before(
    code: Code, text: str, doer: str, left: str
) -> None:
    assert parties_of_type(code(text), "RETREAT") == ({doer}, {left})


def test_roles_retreat_with_no_deed_before_names_no_target(code: Code) -> None:
    assert parties_of_type(code("Russia withdrew its forces in 2022."), "RETREAT") == ({"RUS"}, set())


@pytest.mark.parametrize(
    "text",
    [
        "In January 2020 Iran launched missiles at two air bases in Iraq that housed US soldiers.",
        "Drones attacked a base in Syria that hosted American troops in 2023.",
        "Militias launched rockets at an airfield in Iraq where American soldiers were stationed.",
    ],
)
def test_roles_place_housing_another_partys_troops_targets_their_owner(code: Code, text: str) -> None:
    assert parties(first(code(text)))[1] == {"USA"}


def test_roles_place_housing_no_troops_targets_the_host(code: Code) -> None:
    assert parties(first(code("Iran fired missiles at a base in Iraq in January 2020."))) == (
        {"IRN"},
        {"IRQ"},
    )


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("North Korean agents killed Kim Jong-nam at an airport in Kuala Lumpur in 2017.", "PRK"),
        ("In October 2018 Saudi operatives killed Jamal Khashoggi at a consulate in Istanbul.", "SAU"),
        ("A Russian agent killed Zelimkhan Khangoshvili in a park in Berlin in 2019.", "RUS"),
    ],
)
def test_roles_killing_place_is_not_the_victims_state(code: Code, text: str, doer: str) -> None:
    # (a person the resolver cannot code has no known state: no target rather than the place's)
    assert parties_of_type(code(text), "ASSAULT") == ({doer}, set())


def test_roles_killing_of_a_known_person_targets_the_persons_side(code: Code) -> None:
    assert parties_of_type(code("Israel killed Ismail Haniyeh in Tehran in July 2024."), "ASSAULT") == (
        {"ISR"},
        {"PSE"},
    )


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("The annexation of Kuwait by Iraq in 1990 lasted seven months.", "IRQ", "KWT"),
        ("The occupation of Cyprus's north by Turkey began in 1974.", "TUR", "CYP"),
        (
            "The annexation of Crimea by Russia in 2014 was condemned by the UN General Assembly.",
            "RUS",
            "UKR",
        ),
    ],
)
def test_roles_deed_noun_with_a_by_phrase_keeps_its_of_object_as_target(
    code_background: Code, text: str, doer: str, target: str
) -> None:
    assert parties_of_type(code_background(text), "COERCE") == ({doer}, {target})


def test_roles_passive_judgement_of_a_deed_noun_targets_its_doer(code: Code) -> None:
    events = code("The annexation of Crimea by Russia in 2014 was condemned by the UN General Assembly.")
    assert parties_of_type(events, "ACCUSE") == ({"IGO-UNGA"}, {"RUS"})


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Azerbaijan closed the Lachin corridor to Armenian traffic in 2023.", "AZE", "ARM"),
        ("Canada closed its airspace to Russian aircraft in February 2022.", "CAN", "RUS"),
    ],
)
def test_roles_own_ground_closed_to_another_party_targets_that_party(
    code: Code, text: str, doer: str, target: str
) -> None:
    assert parties(first(code(text))) == ({doer}, {target})


@pytest.mark.parametrize(
    ("text", "doer", "place"),
    [
        ("Iraq's invasion of Kuwait and its annexation of the emirate led to the Gulf War.", "IRQ", "KWT"),
        (
            "Indonesia's invasion of East Timor in 1975 and its occupation of the territory lasted until 1999.",
            "IDN",
            "TLS",
        ),
    ],
)
def test_roles_listed_deed_noun_of_a_place_named_before_targets_it(
    code: Code, text: str, doer: str, place: str
) -> None:
    assert parties_of_type(code(text), "COERCE") == ({doer}, {place})


@pytest.mark.parametrize(
    ("text", "parties_of"),
    [
        ("Israel signed the Oslo Accords with the PLO in 1993.", ({"ISR"}, {"PSE"})),
        ("Israel and the PLO signed the Oslo Accords in Washington in 1993.", ({"ISR", "PSE"}, set())),
        (
            "Israel and the PLO signed the Oslo II Accord in Washington in September 1995.",
            ({"ISR", "PSE"}, set()),
        ),
    ],
)
def test_roles_place_in_an_agreements_name_is_no_party(
    code: Code, text: str, parties_of: tuple[set[str], set[str]]
) -> None:
    assert parties(first(code(text))) == parties_of


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("An American drone was shot down over the Strait of Hormuz in June 2019.", "USA"),
        ("A Ukrainian airliner was shot down near Tehran in January 2020.", "UKR"),
        ("Russian missiles were intercepted over Kyiv in May 2023.", "RUS"),
    ],
)
def test_roles_weapon_struck_is_the_target_not_its_owners_deed(code: Code, text: str, owner: str) -> None:
    assert parties(first(code(text))) == (set(), {owner})


def test_roles_weapon_launched_is_its_owners_deed(code: Code) -> None:
    assert parties(first(code("An Iranian missile was launched at Israel in April 2024."))) == (
        {"IRN"},
        {"ISR"},
    )


def test_roles_it_after_a_thing_struck_is_the_things_owner(code: Code) -> None:
    text = (
        "A Russian helicopter was shot down over Armenia in November 2020. "
        "Azerbaijan admitted that its forces had shot it down."
    )
    assert ({"AZE"}, {"RUS"}) in [parties(e) for e in code(text)]
