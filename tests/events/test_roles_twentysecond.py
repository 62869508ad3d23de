"""Who is source and target, twenty-second session (issue 9; roles12): a state named as the backer of another actor
by a hyphenated participle ("Iran-backed", "U.S.-backed", "Russian-trained") is never that actor, even when it is
the only name of the phrase, and gives the backed group no nationality (a backer named by a phrase, "militants loyal
to Tehran", still stands for its clients when alone); a state's unnamed organs that look into something
(detectives, investigators, prosecutors, agents, police searching or questioning) are of the country where they
act or of the one they look into, as in an arrest; one unnamed attacker at a place of one country is of that
country even when what is hit is another country's (an embassy), as the project's event sets code such doers.
Sentences written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, first, parties, parties_of_type

# ---- backers named by a hyphenated participle (tree.hyphen_patron, resolver qualifiers) --------------------------


def test_roles_hyphen_backer_gives_no_nationality(code: Code) -> None:
    text = (
        "The U.S.-backed Syrian Democratic Forces captured the town of Tabqa from Islamic State in May 2017."
    )
    source, target = parties(first(code(text)))
    assert source == {"SYR"}
    assert "USA" not in target


def test_roles_hyphen_backer_alone_is_not_the_doer(code: Code) -> None:
    text = "Iran-backed militiamen fired rockets at the Ain al-Asad air base in western Iraq in January 2024."
    for event in code(text):
        source, _ = parties(event)
        assert "IRN" not in source


def test_roles_supporters_of_a_backed_group_are_of_the_place(code: Code) -> None:
    text = (
        "Supporters of the Iran-backed Popular Mobilisation Forces burned tyres outside the Kuwaiti consulate in "
        "Basra in August 2023."
    )
    for event in code(text):
        source, _ = parties(event)
        assert "IRN" not in source


def test_roles_backer_named_by_a_phrase_still_stands_for_its_clients(code: Code) -> None:
    text = "Militias loyal to Tehran fired rockets at the U.S. embassy in Baghdad in January 2020."
    source, target = parties(first(code(text)))
    assert source == {"IRN"}
    assert target == {"USA"}


# ---- a state's unnamed organs looking into something (roles.json `inquiry_codes`, `organ_collectives`) ------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Detectives questioned Israeli Prime Minister Benjamin Netanyahu at his official residence in Jerusalem "
            "in January 2017 over gifts he had received from businessmen.",
            "ISR",
        ),
        (
            "Federal agents searched Donald Trump's Mar-a-Lago estate in Florida in August 2022, looking for "
            "classified documents he had taken from the White House.",
            "USA",
        ),
    ],
)
def test_roles_unnamed_investigators_are_of_the_country_they_act_in(
    code: Code, text: str, country: str
) -> None:
    source, _ = parties_of_type(code(text), "ACCUSE")
    assert source == {country}


# ---- one unnamed attacker at a place hits another country's party (parties.collective_at_home) ------------------


def test_roles_lone_attacker_of_an_embassy_is_of_the_place(code: Code) -> None:
    text = (
        "A suicide bomber blew himself up at the gate of the Russian embassy in Kabul in September 2022, killing "
        "two members of its staff."
    )
    source, target = parties_of_type(code(text), "ASSAULT")
    assert source == {"AFG"}
    assert "RUS" in target


# ---- a ship's flag names its state (resolver `link_suffixes`) -----------------------------------------------------


def test_roles_a_ships_flag_state_is_the_target(code: Code) -> None:
    text = "Iranian commandos seized the Panama-flagged tanker Niovi in the Strait of Hormuz in May 2023."
    source, target = parties(first(code(text)))
    assert source == {"IRN"}
    assert target == {"PAN"}


# ---- whom an attack outside a building hits; "on Tuesday" is when, not whom ----------------------------------------


def test_roles_attack_outside_an_embassy_hits_its_state(code: Code) -> None:
    text = "A suicide bomber blew himself up outside the Chinese embassy in Bishkek on Tuesday, wounding three guards."
    source, target = parties_of_type(code(text), "ASSAULT")
    assert source == {"KGZ"}
    assert target == {"CHN"}


# ---- a named town the knowledge base does not know is no anaphor of a place named before (roles.place_anaphor_target)


def test_roles_unknown_named_town_takes_no_earlier_name(code: Code) -> None:
    text = "Turkish-backed Syrian fighters captured the town of Afrin from Kurdish militia fighters in March 2018."
    for event in code(text):
        _, target = parties(event)
        assert "TUR" not in target
