"""Actors the knowledge base gained in the sixteenth session (issue 9; roles6): the plural of every country's
demonym, city and regional demonyms and peoples coded by residence (world_extra.tsv), and international bodies,
tribunals, historic alliances, the Pope, companies and parties by name (global.json). Sentences written for these
tests (true events, the project's own words)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


def _codes(mentions: list[ActorMention]) -> dict[str, str]:
    return {m.text: m.code for m in mentions}


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # demonym plurals the pycountry names lacked
        ("Costa Ricans voted in a presidential runoff in April 2022.", "Costa Ricans", "CRI"),
        ("Nepalis went to the polls in November 2022.", "Nepalis", "NPL"),
        ("Luxembourgers elected a new parliament in October 2023.", "Luxembourgers", "LUX"),
        # city demonyms and peoples coded by where they live
        ("Muscovites queued to vote in September 2021.", "Muscovites", "RUS"),
        ("Parisians marched against the pension reform in 2023.", "Parisians", "FRA"),
        ("Catalans voted in a regional election in May 2024.", "Catalans", "ESP"),
        ("Rohingya refugees fled to Bangladesh in 2017.", "Rohingya", "MMR"),
        # a territory's own people
        ("Kanak separatists boycotted the independence referendum in December 2021.", "Kanak", "NCL"),
    ],
)
def test_resolve_demonyms_of_peoples_and_cities(actors: Resolve, text: str, word: str, code: str) -> None:
    found = [m for m in actors(text) if word in m.text]
    assert found and found[0].code == code, actors(text)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Warsaw Pact armies invaded Czechoslovakia in August 1968.", "Warsaw Pact", "IGO-WARSAW"),
        (
            "The International Criminal Tribunal for the former Yugoslavia convicted Ratko Mladic of genocide in "
            "November 2017.",
            "International Criminal Tribunal for the former Yugoslavia",
            "IGO-ICTY",
        ),
        (
            "The League of Nations condemned Japan's seizure of Manchuria in 1933.",
            "League of Nations",
            "IGO-LON",
        ),
        ("Pope Francis visited Iraq in March 2021.", "Pope", "VAT"),
        ("Google pulled its search engine out of mainland China in 2010.", "Google", "USA"),
        ("Boeing halted deliveries of the 737 MAX in 2019.", "Boeing", "USA"),
        ("The ANC lost its parliamentary majority in May 2024.", "ANC", "ZAF"),
        (
            "Kuomintang lawmakers won the most seats in Taiwan's legislature in January 2024.",
            "Kuomintang",
            "TWN",
        ),
    ],
)
def test_resolve_bodies_companies_and_parties_by_name(
    actors: Resolve, text: str, name: str, code: str
) -> None:
    found = [m for m in actors(text) if name in m.text]
    assert found and found[0].code == code, _codes(actors(text))


def test_resolve_warsaw_alone_stays_polands_capital(actors: Resolve) -> None:
    # the longer name wins only where it is written
    found = [m for m in actors("Warsaw protested to Minsk in 2021.") if m.text == "Warsaw"]
    assert found and found[0].code == "POL"


def test_resolve_party_leader_out_of_office_is_of_the_party(actors: Resolve) -> None:
    # the title's generic "leader" (GOV) yields to the party's more specific sector
    text = "President P.W. Botha received the jailed ANC leader Nelson Mandela in Cape Town in July 1989."
    found = [m for m in actors(text, "1989-07-06") if "Mandela" in m.text]
    assert found and (found[0].code, found[0].sector) == ("ZAF", "PTY"), found


def test_resolve_its_voters_point_at_a_state_not_an_organisation(actors: Resolve) -> None:
    text = "Switzerland stayed out of the United Nations in March 1986 after its voters rejected membership."
    found = [m for m in actors(text) if m.text == "its voters"]
    assert found and found[0].code == "CHE", found
