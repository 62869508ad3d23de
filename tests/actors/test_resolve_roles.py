"""Tests of the mention roles the resolver sets: actor, place, patron and coreference (real parse, real KB)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ROLES, ActorMention

Resolve = Callable[..., list[ActorMention]]


def roles(mentions: list[ActorMention], code: str) -> set[str]:
    return {m.role for m in mentions if m.code == code}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # A country or city that only says where another named actor is stands for a place.
        ("The ICRC delegation in Baku has worked in Azerbaijan since 1992.", "AZE"),
        ("Russian peacekeepers in Nagorno-Karabakh began to leave in April 2024.", "XNK"),
        # "Bam, Iran": the apposition is the same place as the city it follows.
        ("The Red Crescent in Bam, Iran, treated survivors of the December 2003 earthquake.", "IRN"),
    ],
)
def test_resolve_name_locating_another_actor_is_a_place(actors: Resolve, sentence: str, code: str) -> None:
    mentions = actors(sentence)
    places = [m for m in mentions if m.code == code and m.role == "place"]
    assert places, [(m.text, m.code, m.role) for m in mentions]
    assert all("used as a place" in m.why and m.sector is None for m in places)
    # The place stays in the output, for context, next to the actor it locates.
    assert any(m.role == "actor" and m.code != code for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # Where nobody else is named, news coding gives the unnamed participants the country they are in.
        ("Protesters blocked streets in Yerevan in May 2022.", "ARM"),
        # "aid from X" names a donor, not a place.
        ("Turkey received rescue teams from Azerbaijan after the February 2023 earthquake.", "AZE"),
        # A destination is often the target of the event.
        ("Russia sent peacekeepers to Nagorno-Karabakh in November 2020.", "XNK"),
    ],
)
def test_resolve_name_after_preposition_stays_an_actor(actors: Resolve, sentence: str, code: str) -> None:
    mentions = actors(sentence)
    assert roles(mentions, code) == {"actor"}, [(m.text, m.code, m.role) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "patron", "client"),
    [
        ("The Houthis are an Iran-backed movement in Yemen.", "IRN", "YEM"),
        ("Hezbollah is a Tehran-backed party and militia in Lebanon.", "IRN", "LBN"),
    ],
)
def test_resolve_backer_has_patron_role(actors: Resolve, sentence: str, patron: str, client: str) -> None:
    mentions = actors(sentence)
    assert roles(mentions, patron) == {"patron"}, [(m.text, m.code, m.role) for m in mentions]
    assert "actor" in roles(mentions, client)


def test_resolve_coreference_has_its_role(actors: Resolve) -> None:
    mentions = actors(
        "Armenia signed the ceasefire statement on 10 November 2020, and the country handed over Aghdam later that month."
    )
    coref = [m for m in mentions if m.text == "the country"]
    assert coref and coref[0].code == "ARM" and coref[0].role == "coreference"
    assert coref[0].confidence < 1.0


def test_resolve_roles_are_known_and_serialised(actors: Resolve) -> None:
    mentions = actors(
        "Iran-backed militias fired on the US base in Syria, and Washington answered with air strikes."
    )
    assert mentions and all(m.role in ROLES for m in mentions)
    assert all(m.to_dict()["role"] == m.role for m in mentions)
    assert ActorMention(0, 4, "Iran", "IRN", None, None, "name 'Iran' of IRN").role == "actor"


@pytest.mark.parametrize(
    ("sentence", "pronoun", "codes"),
    [
        ("Azerbaijan said it would host COP29 in Baku in November 2024.", "it", {"AZE"}),
        # Parallel subjects: the subject of the main clause, not its object, is what "it" stands for.
        ("Russia warned NATO in December 2021 that it would not accept further enlargement.", "it", {"RUS"}),
        ("Armenian opposition parties said they would contest the June 2021 snap election.", "they", {"ARM"}),
        # A conjoined pair is the antecedent of "they" together.
        (
            "Armenia and Azerbaijan said in December 2023 that they would exchange prisoners.",
            "they",
            {"ARM", "AZE"},
        ),
        # The previous sentence counts; "he" looks for a person.
        (
            "Ilham Aliyev met Vladimir Putin in Sochi in October 2022. He discussed the peace process with Putin.",
            "He",
            {"AZE"},
        ),
    ],
)
def test_resolve_subject_pronoun_coreference(
    actors: Resolve, sentence: str, pronoun: str, codes: set[str]
) -> None:
    mentions = actors(sentence, "2024-01-15")
    found = [m for m in mentions if m.text == pronoun]
    assert {m.code for m in found} == codes, [(m.text, m.code, m.role) for m in mentions]
    assert all(m.role == "coreference" and m.confidence == 0.5 for m in found)


@pytest.mark.parametrize(
    ("sentence", "pronoun"),
    [
        # An expletive "it" stands for nothing.
        ("It is clear that Russia vetoed the Security Council resolution on Ukraine in February 2022.", "It"),
        ("It was reported that Iran had enriched uranium to 60 percent.", "It"),
        # "they" does not stand for a singular state.
        ("Ethnic Armenians left Karabakh in September 2023 because they feared reprisals.", "they"),
    ],
)
def test_resolve_pronoun_without_antecedent(actors: Resolve, sentence: str, pronoun: str) -> None:
    mentions = actors(sentence)
    assert not [m for m in mentions if m.text == pronoun], [(m.text, m.code, m.role) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "sponsor"),
    [
        ("Russia vetoed a resolution sponsored by Albania and the United States in February 2022.", "ALB"),
        ("Russia vetoed a British-sponsored resolution on Yemen in February 2018.", "GBR"),
    ],
)
def test_resolve_sponsor_of_a_text_is_no_patron(actors: Resolve, sentence: str, sponsor: str) -> None:
    # the sponsor of a text (resolver.json `text_nouns`) is its author, a party; a backer of an actor is a patron
    assert roles(actors(sentence), sponsor) == {"actor"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # the tokenizer keeps "U.S." glued to the participle after its hyphen: the name is found all the same
        ("U.S.-led forces entered Baghdad in April 2003.", "actor"),
        ("A U.S.-backed militia seized the town in 2017.", "patron"),
    ],
)
def test_resolve_abbreviation_glued_to_a_participle(actors: Resolve, sentence: str, role: str) -> None:
    assert roles(actors(sentence), "USA") == {role}


def test_resolve_abbreviation_glued_to_an_attribute_is_no_actor(actors: Resolve) -> None:
    assert roles(actors("The rebels fired U.S.-made missiles at the convoy in 1986."), "USA") == set()


@pytest.mark.parametrize(
    ("sentence", "date", "code", "sector"),
    [
        # armed groups of wire copy with their country (global.json), in power or not as their periods say
        ("Viet Minh guns shelled the French garrison at Dien Bien Phu.", "1954-03-13", "VNM", "REB"),
        ("The Khmer Rouge emptied Phnom Penh of its people.", "1975-04-17", "KHM", "GOV"),
        ("Shining Path guerrillas bombed a street in Lima.", "1992-07-16", "PER", "REB"),
        ("Abu Sayyaf kidnapped tourists from a resort on Palawan.", "2001-05-27", "PHL", "REB"),
        ("The Sandinistas seized the National Palace in Managua.", "1978-08-22", "NIC", "REB"),
        ("The Sandinistas nationalised the banks.", "1979-07-25", "NIC", "GOV"),
        ("A Manhattan jury convicted the former banker.", "2023-11-02", "USA", "JUD"),
    ],
)
def test_resolve_armed_groups_and_juries(
    actors: Resolve, sentence: str, date: str, code: str, sector: str
) -> None:
    assert (code, sector) in {(m.code, m.sector) for m in actors(sentence, date) if m.role == "actor"}
