"""Older wire wordings (issue 9, thirty-third session, older33; probe benchmarks/probes/older33-1.json): gunboat
diplomacy and its ends told in the register of 1900-1960. Sentences written for these tests (odd years or none)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import Code, events_on, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United States landed marines at Veracruz.", "USA", None),
        ("Japan landed troops at Vladivostok.", "JPN", "RUS"),
        ("American marines landed at Port-au-Prince.", "USA", "HTI"),
        ("The United States landed sailors and marines in Nicaragua.", "USA", "NIC"),
        ("Britain put troops ashore at Archangel.", "GBR", None),
    ],
)
def test_forces_landed_at_a_named_place_are_a_use_of_force(
    code: Code, text: str, source: str, target: str
) -> None:
    # (no event on main 59e56378: 'land' read only 'in', 'on', 'into' for forces as the subject)
    some_event(code, text, "ASSAULT", "190", source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # forces landed at a states request are aid
        ("Britain landed troops in Kuwait at the request of the emir.", "AID", "074", "GBR", None),
        # a person the resolver knows is a named person as subject
        # (the parser takes "Kaiser Wilhelm II" for an organisation: no @person subject, no visit on main; objects
        # already read the resolver's people)
        ("Kaiser Wilhelm II came ashore at Tangier in March 1905.", "CONSULT", "042", "DEU", None),
        # a set of pacts concluded is a signing
        # (no event on main: 'set' was no word of amount, so the pacts were not the object)
        ("Chile and Argentina concluded a set of pacts at Santiago.", "SUPPORT", "057", None, None),
    ],
)
def test_older33_thirtythird_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "British and Anzac troops slipped away from Suvla Bay in December 1915.",
        "British troops stole away from Anzac Cove by night.",
        "Ottoman troops melted away from the Gaza line in November 1917.",
    ],
)
def test_forces_slipping_away_retreat(code: Code, text: str) -> None:
    # ('stole away' read as a seizure, 171, and 'slipped away' as nothing on main)
    some_event(code, text, "RETREAT", "0874", None, None, absent=("COERCE",))


@pytest.mark.parametrize(
    "text",
    [
        "Sir Samuel Hoare was closeted with Pierre Laval at the Quai d'Orsay in December 1935.",
        "A British admiral parleyed with Ottoman delegates at Mudros.",
    ],
)
def test_closeted_and_parleyed_are_talks(code: Code, text: str) -> None:
    some_event(code, text, "CONSULT", "040", None, None)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("France threw open its Pyrenees frontier to Spanish refugees in January 1939.", "ESP"),
        ("Hungary opened its frontier to East German refugees in September 1989.", "DEU"),
    ],
)
def test_a_frontier_opened_to_refugees_is_asylum(code: Code, text: str, target: str) -> None:
    # ('frontier' was not read with 'to refugees': 086 or nothing on main)
    some_event(code, text, "AID", "075", None, target)


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        (
            "The German gunboat Panther steamed into the Moroccan port of Agadir in July 1911.",
            "MOBILIZE",
            "150",
        ),
        ("The German battlecruiser Goeben steamed into the Dardanelles.", "MOBILIZE", "150"),
    ],
)
def test_a_named_warship_is_no_visiting_person(code: Code, text: str, kind: str, cameo: str) -> None:
    # (the ship's name was read as a person's: a visit, 042, on main)
    some_event(code, text, kind, cameo, None, None, absent=("CONSULT",))


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # (older wordings of force arrest surrender mediation and strikes)
        (
            "The Japanese fleet joined battle with the Russian fleet at Tsushima in May 1905.",
            "ASSAULT",
            "190",
        ),
        ("Spanish miners fell upon the Civil Guard barracks in Asturias.", "ASSAULT", "190"),
        ("Japanese troops invested the German fortress of Tsingtao.", "COERCE", "191"),
        ("British mounted police rode down the marchers in Trafalgar Square.", "ASSAULT", "175"),
        ("The Tsarist police clapped the strike leaders in irons.", "COERCE", "173"),
        ("Russian gendarmes threw the student leaders into prison.", "COERCE", "173"),
        ("French troops hauled down the tricolour at Fashoda.", "RETREAT", "0874"),
        (
            "President Theodore Roosevelt tendered his good offices to Russia and Japan in June 1905.",
            "AGREE",
            "039",
        ),
        ("Spanish Socialist workers came out in a general strike against the new cabinet.", "PROTEST", "143"),
        # (audiences and scoring in the older sense)
        ("The German ambassador had an audience with the Pope.", "CONSULT", "040"),
        ("King Victor Emmanuel III granted Mussolini an audience at the Quirinal.", "CONSULT", "040"),
        (
            "The British prime minister scored the German government's conduct in the Commons.",
            "ACCUSE",
            "111",
        ),
        (
            "Senator William Borah scored the covenant of the League of Nations in the Senate.",
            "ACCUSE",
            "111",
        ),
        # (bundled into a car is an abduction or by police an arrest)
        (
            "Italian Fascists bundled the Socialist deputy Giacomo Matteotti into a car in Rome.",
            "ASSAULT",
            "181",
        ),
        ("Russian police bundled the opposition leader into a van outside the court.", "COERCE", "173"),
        # (a place put under siege and aircraft falling upon a fleet)
        ("Romanian troops laid Odessa under siege in August 1941.", "COERCE", "191"),
        ("Japanese naval aircraft fell upon the British fleet off Ceylon.", "ASSAULT", "195"),
    ],
)
def test_older_wordings(code: Code, text: str, kind: str, cameo: str) -> None:
    # (on main: 'joined battle' 062, 'invested' 061, 'tendered his good offices' 062; the rest no event)
    some_event(code, text, kind, cameo, None, None)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("China invested billions of dollars in the port of Gwadar.", "061"),
        ("Russia joined the World Trade Organization.", "050"),
    ],
)
def test_money_invested_and_bodies_joined_keep_their_readings(code: Code, text: str, cameo: str) -> None:
    events = code(text)
    assert [e.cameo for e in events] == [cameo], events


def test_a_goal_scored_is_no_criticism(code: Code) -> None:
    assert not [e for e in code("The Argentine captain scored twice against Bolivia.") if e.event == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 130,000 American union members struck in support of the longshoremen.",
        "More than a million British workers stopped work in support of the coal miners.",
    ],
)
def test_union_members_striking_and_work_stopped_in_support_are_strikes(code: Code, text: str) -> None:
    # ('union members struck' was an attack, 190, and 'stopped work in support of' an aid cut, 162, on main)
    some_event(code, text, "PROTEST", "143", None, None, absent=("ASSAULT", "SANCTION"))


@pytest.mark.parametrize(
    ("text", "kind", "cameo", "source"),
    [
        ("The Reich quit the League of Nations in October 1933.", "SANCTION", "160", "DEU"),
        ("The Reich government banned the Social Democratic Party in June 1933.", "COERCE", "1722", "DEU"),
        (
            "His Majesty's Government broke off relations with the Soviet Union in May 1927.",
            "SANCTION",
            "161",
            "GBR",
        ),
    ],
)
def test_the_reich_and_his_majestys_government_are_states(
    code: Code, text: str, kind: str, cameo: str, source: str
) -> None:
    # (no source on main: actors/data/world_extra.tsv knew "Third Reich" but not "the Reich", nor "His Majesty's
    # Government")
    some_event(code, text, kind, cameo, source, None)


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        ("The Duce ordered the bombardment of Corfu.", "1923-08-31", "ITA"),
        ("The Fuehrer ordered the invasion of Poland.", "1939-09-01", "DEU"),
        ("The Negus appealed to the League of Nations.", "1935-09-01", "ETH"),
        ("The Caudillo received the German ambassador at El Pardo.", "1941-01-01", "ESP"),
        ("Boer commandos attacked the British garrison at Mafeking.", "1899-10-13", "ZAF"),
        ("Riffian tribesmen attacked the Spanish outposts near Melilla.", "1921-07-21", "MAR"),
        ("Malayan guerrillas ambushed a British patrol in the jungle.", "1951-10-06", "MYS"),
        ("Formosan rebels attacked the Japanese police at Musha.", "1930-10-27", "TWN"),
        ("Annamese rebels attacked the French garrison at Yen Bai.", "1930-02-10", "VNM"),
        ("Manchukuo troops attacked the Soviet frontier guards.", "1937-06-30", "CHN"),
    ],
)
def test_period_titles_and_peoples_name_their_states(
    nlp: Language, text: str, date: str, source: str
) -> None:
    # (no source, or another state, on main: the titles were not in leaders.tsv's surnames, the peoples and
    # Manchukuo not in world_extra.tsv)
    events = events_on(nlp, text, date)
    assert any(source in {a.code[:3] for a in e.source} for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Japan quit the London Naval Conference.",
        "The Egyptian delegation quit the conference in London.",
    ],
)
def test_a_conference_quit_is_talks_broken_off(code: Code, text: str) -> None:
    # (a resignation, 0831, or nothing on main)
    some_event(code, text, "SANCTION", "164", None, None, absent=("CONCEDE",))


def test_an_airship_breaking_up_is_no_attack(code: Code) -> None:
    # (an air strike, 195, on main)
    assert not code("The British airship R38 broke up over the Humber in August 1921."), "an accident"
