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
    source, targets = parties_of_type(code(text), "ACCUSE")
    assert source == {"IGO"}
    assert targets == {target}


def test_roles_the_hagues_own_district_court_stays_dutch(code: Code) -> None:
    text = "The Hague District Court ordered Royal Dutch Shell to cut its carbon emissions in May 2021."
    source, _ = parties(first(code(text)))
    assert source == {"NLD"}


# ---- resignations: the own country only when people pressed for it (roles.json `pressed_bare_codes`) -------------


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


def test_roles_resignation_after_protests_yields_to_the_country(code: Code) -> None:
    text = (
        "Sri Lankan Prime Minister Mahinda Rajapaksa resigned in May 2022 after weeks of protests over the economic "
        "crisis."
    )
    source, target = parties_of_type(code(text), "CONCEDE")
    assert source == {"LKA"}
    assert target == {"LKA"}


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
