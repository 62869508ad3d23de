"""Who is source and target, twenty-fourth session (issue 9; roles14): a deed of force a named doer does to things
or places that name no party ("struck targets near the village of X, north-west of Damascus", "shelled villages in
a valley of Pakistani Kashmir") hits the one other country the sentence names as a place; a name after "of" on a
word of direction ("north-west of Damascus") is used as a place; a country's adjective on a place's name ("Pakistani
Kashmir") says whose side of it; a name the resolver cannot code that its apposition describes as the country's own
("the country's most prominent opposition youth group", "the founder of the X centre in Minsk") is of the doer's
country; "its prisoners" are the doer's own people. Sentences written for these tests (true events, the project's
own words), through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.nlp import process

from .helpers import Code, first, parties

# ---- deeds of force told through places (parties.struck_ground, located_countries) ------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "country"),
    [
        pytest.param(
            "Israeli jets struck targets near the village of Jamraya, north-west of Damascus, in May 2013.",
            "ISR",
            "SYR",
            id="targets_struck_near_a_village_of_another_country",
        ),
        pytest.param(
            "Indian troops shelled villages in the Leepa valley of Pakistani Kashmir in October 2019.",
            "IND",
            "PAK",
            id="villages_shelled_in_a_region_named_by_a_country_adjective",
        ),
    ],
)
def test_roles_force_on_places_hits_the_other_country_named(
    code: Code, text: str, doer: str, country: str
) -> None:
    source, target = parties(first(code(text)))
    assert source == {doer}
    assert target == {country}


def test_roles_people_killed_in_a_raid_are_not_given_the_place(code: Code) -> None:
    # people may be anyone's: the raid's own soldier is no Yemeni
    text = (
        "A U.S. commando raid on an al-Qaeda stronghold in central Yemen killed a Navy SEAL and several of the "
        "group's fighters in January 2017."
    )
    events = code(text)
    assert all("YEM" not in parties(e)[1] for e in events if "USA" in parties(e)[0])


def test_roles_a_named_person_killed_abroad_is_not_of_the_place(code: Code) -> None:
    text = (
        "A Russian agent killed the Chechen-Georgian dissident Zelimkhan Khangoshvili in a Berlin park in "
        "August 2019."
    )
    _, target = parties(first(code(text)))
    assert "DEU" not in target


def test_resolver_name_after_a_word_of_direction_is_used_as_a_place(nlp: Language) -> None:
    (doc,) = process(nlp, [("Israeli jets struck targets north-west of Damascus in May 2013.", "2024-03-01")])
    damascus = [m for m in (doc._.actors or []) if m.text == "Damascus"]
    assert damascus and "used as a place" in damascus[0].why


# ---- the doer's country's own people, described (parties._home_description, _own_people_noun) ------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "A court in Cairo banned the April 6 Youth Movement, the country's most prominent opposition youth group, "
            "in April 2014.",
            "EGY",
            id="group_described_as_the_countrys_own_is_of_the_doers_country",
        ),
        pytest.param(
            "Belarusian police detained Ales Bialiatski, the founder of the Viasna human rights centre in Minsk, in"
            " July 2021.",
            "BLR",
            id="person_described_by_a_centre_in_the_doers_capital",
        ),
        pytest.param(
            "Myanmar's military government released more than 5,000 of its prisoners in an amnesty in October 2021.",
            "MMR",
            id="its_prisoners_are_the_doers_own_people",
        ),
    ],
)
def test_roles_own_people_described_are_of_the_doers_country(code: Code, text: str, country: str) -> None:
    source, target = parties(first(code(text)))
    assert source == {country}
    assert target == {country}


def test_roles_description_naming_another_country_is_not_the_doers(code: Code) -> None:
    # a person described by another country's newspaper keeps no home reading
    text = "Turkish police detained Deniz Yucel, the correspondent of Germany's Die Welt newspaper, in February 2017."
    _, target = parties(first(code(text)))
    assert "TUR" not in target


# ---- a city that only says where a building stands (parties.home_target, _building_seat) -------------------------


def test_roles_city_of_searched_offices_is_no_own_ground(code: Code) -> None:
    text = "Russian prosecutors searched the Moscow offices of the Yukos oil company in July 2003."
    source, target = parties(first(code(text)))
    assert source == {"RUS"}
    assert target == {"RUS"}


def test_roles_own_town_retaken_still_has_no_target(code: Code) -> None:
    source, target = parties(first(code("Iraqi troops retook the city of Ramadi in December 2015.")))
    assert source == {"IRQ"}
    assert target == set()
