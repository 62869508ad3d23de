"""Who is source and target, fourteenth session (issue 9; roles4): a deed done to a country's own people named
with no nationality, a people named by its demonym, a concession made to the people of a clause of time, a person
or group of the taker's own country captured, the maker of a thing named by a participle's "by" phrase, and a lone
doer named by a name alone. Sentences written for these tests (true events, the project's own words), through the
real pipeline; the look-alikes keep what they had."""

from __future__ import annotations

import pytest

from .helpers import Code, parties, parties_of_type, some_event

# ---- a deed done to the doer's own people, named with no nationality (roles.json `home_people_nouns`) ----------


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        ("Chinese troops killed hundreds of citizens of Beijing in June 1989.", "ASSAULT", "CHN"),
        (
            "Canadian Prime Minister Stephen Harper apologised in June 2008 to the survivors of church-run "
            "residential schools for Indigenous children.",
            "SUPPORT",
            "CAN",
        ),
        (
            "Chinese police detained hundreds of members of the Falun Gong movement in July 1999.",
            "COERCE",
            "CHN",
        ),
        ("Russia freed the opposition politician Ilya Yashin in August 2024.", "RETREAT", "RUS"),
    ],
)
def test_roles_own_people_named_without_nationality_are_of_the_doer(
    code: Code, text: str, kind: str, doer: str
) -> None:
    assert parties_of_type(code(text), kind) == ({doer}, {doer})


def test_roles_own_people_not_when_another_country_is_named(code: Code) -> None:
    # (the victims are of the place named, not the doer's)
    _, targets = parties_of_type(
        code("Russian troops killed hundreds of citizens of Bucha in March 2022."), "ASSAULT"
    )
    assert "RUS" not in targets


def test_roles_own_people_not_of_a_named_party(code: Code) -> None:
    # (people of a named party keep their party: "Palestinian protesters")
    _, targets = parties_of_type(
        code("Israeli police detained dozens of Palestinian protesters in East Jerusalem in May 2021."),
        "COERCE",
    )
    assert targets == {"PSE"}


# ---- a people named by its demonym is no ground of its country ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "Argentine President Nestor Kirchner apologised to Argentines in March 2004 for the state's silence "
            "about the crimes of the military dictatorship.",
            "SUPPORT",
            "ARG",
        ),
        (
            "Slovak Prime Minister Robert Fico resigned in March 2018 after weeks of protests by Slovaks over the "
            "murder of the journalist Jan Kuciak.",
            "CONCEDE",
            "SVK",
        ),
    ],
)
def test_roles_demonym_people_are_a_target_at_home(code: Code, text: str, kind: str, country: str) -> None:
    assert parties_of_type(code(text), kind) == ({country}, {country})


# ---- a concession made to the people of a clause of time beside it --------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Ukrainian Prime Minister Mykola Azarov resigned in January 2014, a day after protesters occupied the "
            "justice ministry in Kiev.",
            "UKR",
        ),
        (
            "Tunisian Prime Minister Mohamed Ghannouchi resigned in February 2011, a day after thousands of "
            "demonstrators clashed with police in Tunis.",
            "TUN",
        ),
    ],
)
def test_roles_concession_to_the_people_of_a_clause_of_time(code: Code, text: str, country: str) -> None:
    assert parties_of_type(code(text), "CONCEDE") == ({country}, {country})


# ---- a person or a group of the taker's own country captured is seized, not ground ----------------------------


def test_roles_captured_own_rebel_leader_is_the_target(code: Code) -> None:
    text = "Peruvian troops captured the Shining Path commander Florindo Flores in the Huallaga valley in February 2012."
    assert parties_of_type(code(text), "COERCE") == ({"PER"}, {"PER"})


def test_roles_rebels_capturing_their_capital_take_it_from_their_state(code: Code) -> None:
    # rule 9.3 of docs/annotation-conventions.md (twenty-third session): rebels take a town of their own country from
    # its state, the side that held it (before: the capital was read as the rebels' own ground, no target)
    some_event(
        code, "Ethiopian rebel forces captured Addis Ababa in May 1991.", "ASSAULT", None, "ETH", "ETH"
    )


# ---- the maker of a thing, named by a participle's "by" phrase, is the target of a stance on it ---------------


@pytest.mark.parametrize(
    ("text", "doer", "maker"),
    [
        (
            "Hamas rejected the Middle East peace plan unveiled by U.S. President Donald Trump in January 2020.",
            "PSE",
            "USA",
        ),
        (
            "The Soviet Union rejected the economic aid offered by the United States in July 1947.",
            "RUS",
            "USA",
        ),
    ],
)
def test_roles_maker_named_by_a_participle_is_the_target(
    code: Code, text: str, doer: str, maker: str
) -> None:
    assert parties_of_type(code(text), "REJECT") == ({doer}, {maker})


# ---- a lone doer of force named by a name alone is of the one country the sentence names -----------------------


def test_roles_lone_doer_named_alone_is_of_the_country(code: Code) -> None:
    text = "Yigal Amir, a Jewish extremist, shot dead Prime Minister Yitzhak Rabin at a peace rally in Tel Aviv in November 1995."
    assert parties_of_type(code(text), "ASSAULT") == ({"ISR"}, {"ISR"})


# ---- a show of force answers the party of its clause or phrase of time (roles.json `answered_preps`) ----------


@pytest.mark.parametrize(
    ("text", "doer", "adversary"),
    [
        (
            "Pakistan put its forces on high alert in February 2019 after Indian warplanes struck a militant camp "
            "at Balakot.",
            "PAK",
            "IND",
        ),
        (
            "South Korea raised its military alert in November 2010 after North Korean artillery shelled "
            "Yeonpyeong island.",
            "KOR",
            "PRK",
        ),
    ],
)
def test_roles_mobilisation_answers_the_party_of_its_clause(
    code: Code, text: str, doer: str, adversary: str
) -> None:
    assert parties_of_type(code(text), "MOBILIZE") == ({doer}, {adversary})


def test_roles_mobilisation_with_no_occasion_names_no_one(code: Code) -> None:
    assert (
        parties_of_type(code("Russia mobilised 300,000 reservists in September 2022."), "MOBILIZE")[1]
        == set()
    )


# ---- where an agreement with a named partner is signed is no party to it (roles.json `venue_roots`) ------------


def test_roles_venue_of_a_signing_with_a_partner_is_no_target(code: Code) -> None:
    text = "Indonesia's government signed a peace agreement with Free Aceh Movement rebels in Helsinki in August 2005."
    sources, targets = parties(next(e for e in code(text) if e.event in ("SUPPORT", "AGREE")))
    assert sources == {"IDN"} and "FIN" not in targets


# ---- a part of a thing acted on is the thing (roles.json `partitive_heads`) ------------------------------------


def test_roles_partitive_object_has_the_whole_thing_s_owner(code: Code) -> None:
    text = "Iraq accepted all of the U.N. Security Council's terms for a formal ceasefire in April 1991."
    sources, targets = parties(next(e for e in code(text) if e.event in ("AGREE", "CONCEDE")))
    assert sources == {"IRQ"} and targets and all(t.startswith("IGO") for t in targets)


# ---- a deed told to a party in a "that" clause is aimed at it (roles.json `telling_verbs`) ---------------------


def test_roles_deed_told_to_a_party_is_aimed_at_it(code: Code) -> None:
    text = "The United States told Russia in December 2001 that it would withdraw from the Anti-Ballistic Missile treaty."
    assert parties_of_type(code(text), "REJECT") == ({"USA"}, {"RUS"})


def test_roles_deed_told_to_the_doer_s_own_parliament_is_not_aimed_at_it(code: Code) -> None:
    text = "Prime Minister Tony Blair told parliament in March 2003 that Britain would join the invasion of Iraq."
    for event in code(text):
        assert "GBR" not in parties(event)[1]
