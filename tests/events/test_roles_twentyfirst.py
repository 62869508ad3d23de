"""Who is source and target, twenty-first session (issue 9; roles11): a court named only by the seat of the
international courts ("the court in The Hague", "The Hague's war crimes court", "the Hague tribunal", "judges in The
Hague") is one of those courts (IGO), not the host state, unless its own words make it the state's court ("The
Hague District Court"); a leader's resignation aims at the own country only when the sentence tells of people
pressing for it (protests, protesters, rebels), as the project's newer event sets code it; a threat whose own words
name no target is aimed at the party its condition names ("vowed a harsh response if Israel struck"). Sentences
written for these tests (true events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, first, parties, parties_of_type

# ---- courts named by the seat of the international courts (resolver `court_seats`) -------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The war crimes court in The Hague sentenced the Malian militant Ahmad al-Faqi al-Mahdi to nine years in "
            "prison in September 2016 for destroying shrines in Timbuktu.",
            "MLI",
        ),
        (
            "Judges in The Hague convicted the Congolese militia leader Thomas Lubanga of recruiting child soldiers "
            "in March 2012.",
            "COD",
        ),
        # the name's own "The" parsed as the determiner of the noun after it
        (
            "The Hague tribunal convicted the former Bosnian Serb commander Ratko Mladic of genocide in November 2017.",
            "BIH",
        ),
    ],
)
def test_roles_court_named_by_the_hague_is_international(code: Code, text: str, target: str) -> None:
    # (a prison sentence is COERCE 173, a conviction ACCUSE 116: rules 8.1 and 8.2 of docs/annotation-conventions.md)
    source, targets = parties_of_type(code(text), "COERCE" if "prison" in text else "ACCUSE")
    assert source == {"IGO"}
    assert targets == {target}


def test_roles_the_hagues_own_district_court_stays_dutch(code: Code) -> None:
    text = "The Hague District Court ordered Royal Dutch Shell to cut its carbon emissions in May 2021."
    source, _ = parties(first(code(text)))
    assert source == {"NLD"}


# ---- resignations: the own country only when people pressed for it (roles.json `pressed_types`) -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Italian Prime Minister Giuseppe Conte resigned in January 2021 after a small party quit his coalition.",
        "Hungarian President Katalin Novak resigned in February 2024 over a pardon she had granted in a child abuse "
        "case.",
        # an idiom's own object ("the towel") and a phrase of the deed ("on his cabinet") are no target either
        "Japan's Prime Minister Yasuo Fukuda threw in the towel in September 2008, less than a year after taking "
        "office.",
    ],
)
def test_roles_resignation_nobody_pressed_for_has_no_target(code: Code, text: str) -> None:
    source, target = parties_of_type(code(text), "CONCEDE")
    assert source
    assert not target


@pytest.mark.parametrize(
    "text",
    [
        "Armenian Prime Minister Serzh Sargsyan stepped down in April 2018 after protesters led by Nikol Pashinyan "
        "had blocked the streets of Yerevan for days.",
        # who protested, named on the noun of the protests
        "Maldives President Mohamed Nasheed resigned in February 2012 after police officers joined weeks of street "
        "protests against him.",
    ],
)
def test_roles_resignation_to_named_challengers_yields_to_the_country(code: Code, text: str) -> None:
    source, target = parties_of_type(code(text), "CONCEDE")
    assert len(source) == 1
    assert target == source


def test_roles_resignation_after_protests_alone_has_no_target(code: Code) -> None:
    # the noun of an event names no challenger (docs/annotation-conventions.md, rule 7)
    text = "Lebanese Prime Minister Saad Hariri resigned in October 2019 after nearly two weeks of nationwide protests."
    source, target = parties_of_type(code(text), "CONCEDE")
    assert source == {"LBN"}
    assert not target


# ---- a threat aimed at the party its condition names (parties.conditioned_party) ----------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran vowed a harsh response in April 2024 if Israel struck its territory.", "IRN", "ISR"),
        (
            "North Korea threatened a merciless response in August 2017 if the United States attacked it.",
            "PRK",
            "USA",
        ),
        # a fronted condition on the verb the threat's adjective is the complement of
        (
            "If the European Union imposed new sanctions, Moscow was ready to break off relations with the bloc, "
            "Sergei Lavrov said in February 2021.",
            "RUS",
            "IGO-EU",
        ),
    ],
)
def test_roles_threat_aimed_at_the_party_of_its_condition(
    code: Code, text: str, source: str, target: str
) -> None:
    sources, targets = parties_of_type(code(text), "THREATEN")
    assert sources == {source}
    assert targets == {target}


# ---- a joint doers' own "their" in a clause a third party reports (parties._reporters_own) -------------------------


def test_roles_joint_doers_own_their_is_not_the_reporters(code: Code) -> None:
    text = "Israel and Hamas would hold their fire from nine in the evening, Egypt's foreign minister said in November 2012."
    events = code(text)
    assert events
    sources, targets = parties(events[0])
    assert sources == {"ISR", "PSE"}
    assert not targets


# ---- United States federal agencies named without the country (global.json `body-usfederal`) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department opened an investigation into the Minneapolis police in April 2021.",
        "The Federal Aviation Administration opened an investigation into Boeing in January 2024.",
    ],
)
def test_roles_us_federal_agency_is_american(code: Code, text: str) -> None:
    source, _ = parties_of_type(code(text), "ACCUSE")
    assert source == {"USA"}


# ---- a world court named by its name is the forum of a case lodged there (parties.forum_party) -------------------


def test_roles_world_court_is_the_forum_of_a_case(code: Code) -> None:
    text = "Iran instituted proceedings against the United States at the World Court in June 2016."
    source, target = parties_of_type(code(text), "ACCUSE")
    assert source == {"IRN"}
    assert target == {"USA"}


# ---- a named person the knowledge base does not know, doing force or protesting at a place (collective_at_home) --


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        (
            "Hindu nationalist Nathuram Godse assassinated Mohandas Gandhi at a prayer meeting in New Delhi in "
            "January 1948.",
            "ASSAULT",
            "IND",
        ),
        # the parser hangs "shot" as a participle on the name (or on its apposition)
        (
            "Rigoberto Lopez Perez, a young poet, shot and gravely wounded President Anastasio Somoza at a party in "
            "the Nicaraguan city of Leon in September 1956.",
            "ASSAULT",
            "NIC",
        ),
        (
            "A lone gunman, John Hinckley, shot and wounded President Ronald Reagan outside a hotel in Washington "
            "in March 1981.",
            "ASSAULT",
            "USA",
        ),
        (
            "Veteran anti-corruption campaigner Anna Hazare began a fast unto death in New Delhi in April 2011.",
            "PROTEST",
            "IND",
        ),
    ],
)
def test_roles_unknown_named_doer_is_of_the_place(code: Code, text: str, kind: str, state: str) -> None:
    source, _ = parties_of_type(code(text), kind)
    assert source == {state}
