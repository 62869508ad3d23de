"""Who is source and target, twenty-third session (issue 9; roles13): a border that only says where a material deed
was done ("captured a town near the Syrian border", "detained them at the frontier with Turkey") names a neighbour
that is no party to the deed, while a show of force at a border still faces it; unnamed doers of force are of the
one country the sentence names as a place, however deep the place phrase hangs ("a bus carrying foreign tourists
near Taba in Egypt's Sinai"), also when the parser hangs the deed on the subject of a reporting verb after it; a military withdrawal is aimed at
the ground given up, the doer's own included ("withdrew from Avdiivka"), not at a destination; who looks on or is
present at a deed ("with X looking on", "in the presence of X", "witnessed by X") is no party to it.
Sentences written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.roles import border_neighbour

from .helpers import Code, first, parties, parties_of_type

# ---- a border's neighbour where a material deed was done (roles.border_neighbour, parties.prune_targets) ---------


@pytest.mark.parametrize(
    ("text", "doer", "neighbour"),
    [
        pytest.param(
            "Iraqi forces retook the town of al-Qaim near the Syrian border from Islamic State in November 2017.",
            "IRQ",
            "SYR",
            id="near_a_taken_town",
        ),
        pytest.param(
            "Greek police arrested dozens of migrants near the Evros river at the border with Turkey in March 2020.",
            "GRC",
            "TUR",
            id="where_people_are_arrested",
        ),
    ],
)
def test_roles_neighbour_of_a_border_is_no_target(code: Code, text: str, doer: str, neighbour: str) -> None:
    source, target = parties(first(code(text)))
    assert source == {doer}
    assert neighbour not in target


def test_roles_show_of_force_at_a_border_still_faces_the_neighbour(code: Code) -> None:
    _, target = parties_of_type(
        code("Russia massed troops near the Ukrainian border in April 2021."), "MOBILIZE"
    )
    assert "UKR" in target


def test_roles_border_neighbour_is_only_a_border_that_says_where(
    token_of: Callable[[str, str], Token],
) -> None:
    struck = "Israeli jets struck a weapons convoy near the Lebanese border in January 2013."
    assert border_neighbour(token_of(struck, "Lebanese"))
    closed = "Algeria closed its border with Morocco in August 1994."
    assert not border_neighbour(token_of(closed, "Morocco"))
    held = "Polish border guards held a group of migrants at the frontier with Belarus in August 2021."
    assert border_neighbour(token_of(held, "Belarus"))


# ---- unnamed doers of force are of the place (parties.collective_at_home, located_countries) ---------------------


def test_roles_unnamed_bomber_of_foreign_tourists_is_of_the_place(code: Code) -> None:
    text = (
        "A suicide bomber blew up a bus carrying South Korean tourists near the border crossing at Taba in Egypt's "
        "Sinai in February 2014, killing three of them and the Egyptian driver."
    )
    source, _ = parties(first(code(text)))
    assert source == {"EGY"}


def test_roles_unnamed_gunman_hung_on_a_reporting_verb_is_of_the_place(code: Code) -> None:
    text = (
        "A gunman killed at least 22 shoppers at a Walmart store in the Texan city of El Paso on Saturday morning, "
        "police said, in an attack that federal prosecutors said they were treating as domestic terrorism."
    )
    source, _ = parties_of_type(code(text), "ASSAULT")
    assert source == {"USA"}


# ---- the ground a military withdrawal gives up (parties.ground_given_up) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "ground"),
    [
        # the doer's own ground is still what it gives up
        ("Ukrainian troops withdrew from the town of Avdiivka in February 2024.", "UKR", "UKR"),
        # an apposition of the object names the country of a town the knowledge base does not know
        (
            "Russian forces left Kupiansk, a rail town in Ukraine's Kharkiv region, in September 2022.",
            "RUS",
            "UKR",
        ),
        # the place of the ground hung on the verb wins over a destination held by someone else
        (
            "Ukrainian fighters left the Azovstal steelworks in Mariupol for Russian-held territory in May 2022.",
            "UKR",
            "UKR",
        ),
    ],
)
def test_roles_withdrawal_is_aimed_at_the_ground_given_up(
    code: Code, text: str, doer: str, ground: str
) -> None:
    assert parties_of_type(code(text), "RETREAT") == ({doer}, {ground})


def test_roles_withdrawal_home_is_still_no_target(code: Code) -> None:
    _, target = parties_of_type(
        code("Russian troops withdrew to Russia from Estonia in August 1994."), "RETREAT"
    )
    assert "RUS" not in target


# ---- witnesses are no parties (roles.witness_party) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea signed a peace agreement in Algiers in December 2000, witnessed by U.N. "
        "Secretary-General Kofi Annan.",
        "Serbia and Kosovo signed an economic deal in the Oval Office in September 2020 in the presence of "
        "President Donald Trump.",
        "Egypt and Israel signed a peace treaty on the White House lawn in March 1979, with President Jimmy Carter "
        "looking on.",
    ],
)
def test_roles_witness_is_no_party(code: Code, text: str) -> None:
    source, target = parties_of_type(code(text), "SUPPORT")
    assert "USA" not in source | target
    assert "IGO" not in source | target


# ---- whom force hits, named by no party, is of the one country named as a place (parties.victims_of_the_place) ---


@pytest.mark.parametrize(
    "text",
    [
        "Two suicide bombings tore through crowds of shoppers at a clothes market in Tayaran Square in central Baghdad "
        "in January 2021, killing 32 people.",
        "A truck bomb tore through a crowded market in the town of Amerli in northern Iraq in July 2007, killing more "
        "than 150 people.",
    ],
)
def test_roles_unnamed_victims_of_a_bombing_are_of_the_place(code: Code, text: str) -> None:
    _, target = parties_of_type(code(text), "ASSAULT")
    assert target == {"IRQ"}
