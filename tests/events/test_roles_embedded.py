"""Deeds embedded under another verb (issue 9, ninth session, roles): a party let or allowed to do a deed did
it, and the one who let it gave a concession or cooperation; a deed a party was not kept from ("failed to deter
X from invading", "could not prevent X from invading") was done. Sentences written for these tests (true
events), through the real pipeline."""

from __future__ import annotations

import pytest

from realpolitik.records import Event

from .helpers import Code, of_type, parties


def _with(events: list[Event], source: str, target: str) -> list[Event]:
    return [e for e in events if parties(e) == ({source}, {target})]


@pytest.mark.parametrize(
    ("text", "allower", "doer", "target", "kind"),
    [
        ("Turkey allowed Sweden to join NATO in 2024.", "TUR", "SWE", "IGO-NATO", "SUPPORT"),
        (
            "Belarus allowed Russian troops to attack Ukraine from its territory in 2022.",
            "BLR",
            "RUS",
            "UKR",
            "ASSAULT",
        ),
        (
            "Kuwait allowed American troops to invade Iraq from its territory in 2003.",
            "KWT",
            "USA",
            "IRQ",
            "ASSAULT",
        ),
        (
            "Iran allowed Russian bombers to strike Syria from the Hamadan air base in 2016.",
            "IRN",
            "RUS",
            "SYR",
            "ASSAULT",
        ),
    ],
)
def test_roles_embedded_a_party_allowed_to_do_a_deed_did_it(
    code: Code, text: str, allower: str, doer: str, target: str, kind: str
) -> None:
    events = code(text)
    deeds = _with(events, doer, target)
    assert [e.event for e in deeds] == [kind]
    assert deeds[0].modality == "asserted"
    assert _with(events, allower, doer), "the permission given is an event too"


def test_roles_embedded_a_permission_refused_is_no_deed_done(code: Code) -> None:
    for text in (
        "Turkey did not allow American troops to invade Iraq from its territory in 2003.",
        "Turkey refused to allow American troops to invade Iraq from its territory in 2003.",
    ):
        assert not [e for e in code(text) if e.event == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Economic pressure failed to deter Moscow from attacking Ukraine in February 2022.", "RUS", "UKR"),
        ("Western warnings did not deter Russia from annexing Crimea in 2014.", "RUS", "UKR"),
        ("The United Nations could not prevent Iraq from invading Kuwait in 1990.", "IRQ", "KWT"),
        ("NATO could not prevent Turkey from invading Cyprus in 1974.", "TUR", "CYP"),
    ],
)
def test_roles_embedded_a_deed_not_kept_from_was_done(code: Code, text: str, doer: str, target: str) -> None:
    deeds = _with(code(text), doer, target)
    assert deeds and deeds[0].modality == "asserted"


def test_roles_embedded_a_deed_only_to_be_deterred_is_not_asserted(code: Code) -> None:
    for text in (
        "Finland joined NATO in 2023 to deter Russia from attacking it.",
        "The United States wants to deter China from invading Taiwan.",
    ):
        assert not [e for e in code(text) if e.event == "ASSAULT" and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "doer", "target", "kind"),
    [
        (
            "China returned the American drone that it had seized in the South China Sea in 2016.",
            "CHN",
            "USA",
            "COERCE",
        ),
        ("Russia freed the Ukrainian sailors it had detained in the Kerch Strait.", "RUS", "UKR", "COERCE"),
        (
            "Russia returned the Ukrainian ships it had seized in the Kerch Strait in 2018.",
            "RUS",
            "UKR",
            "COERCE",
        ),
        (
            "Iran released the British tanker it had seized in the Strait of Hormuz in 2019.",
            "IRN",
            "GBR",
            "COERCE",
        ),
    ],
)
def test_roles_embedded_a_relative_clause_deed_acts_on_the_noun_it_hangs_on(
    code_background: Code, text: str, doer: str, target: str, kind: str
) -> None:
    events = code_background(text)
    assert kind in [e.event for e in _with(events, doer, target)]
    assert [e for e in _with(events, doer, target) if e.event == "RETREAT"], "the main deed stays"


def test_roles_embedded_a_relative_clause_with_its_own_subject_gap_takes_no_object(code: Code) -> None:
    # (the relative pronoun is the subject: the ships did the sailing, nothing was done to them)
    assert not [
        e
        for e in code("Russia returned the ships that had sailed into the Kerch Strait.")
        if e.event == "COERCE"
    ]
    # (an aside on the main clause's subject leaves the main deed in place)
    text = "Kherson, which Russia had occupied in March 2022, was retaken by Ukraine in November 2022."
    assert [e.event for e in code(text) if parties(e)[0] == {"UKR"}] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian warships were spotted by Japanese patrols near Hokkaido.",
        "Greek patrols spotted Turkish jets over the Aegean.",
        "Japanese patrols watched as Chinese ships entered the waters around the Senkaku Islands.",
    ],
)
def test_roles_embedded_the_perceiver_is_never_the_doer(code: Code, text: str) -> None:
    perceiver = {"JPN", "GRC"}
    assert not [e for e in code(text) if parties(e)[0] & perceiver]


@pytest.mark.parametrize(
    ("text", "doer", "target", "kind"),
    [
        ("Residents saw Russian helicopters fire on Georgian villages in 2008.", "RUS", "GEO", "ASSAULT"),
        (
            "American satellites spotted Russian troops massing near the Ukrainian border in 2021.",
            "RUS",
            "UKR",
            "MOBILIZE",
        ),
        ("Witnesses saw Azerbaijani soldiers shelling Armenian villages in 2020.", "AZE", "ARM", "ASSAULT"),
    ],
)
def test_roles_embedded_a_deed_seen_is_the_doers(
    code: Code, text: str, doer: str, target: str, kind: str
) -> None:
    events = code(text)
    assert [(e.event, e.modality) for e in _with(events, doer, target)] == [(kind, "asserted")]
    assert len(events) == 1, "the one who saw it does nothing"


@pytest.mark.parametrize(
    ("text", "giver", "helped", "target"),
    [
        ("Turkish drones helped Azerbaijan recapture territory from Armenia in 2020.", "TUR", "AZE", "ARM"),
        ("American rockets helped Ukraine destroy Russian ammunition depots in 2022.", "USA", "UKR", "RUS"),
        ("Iranian drones helped Russia strike Ukrainian power plants in 2022.", "IRN", "RUS", "UKR"),
        ("Israeli drones helped Azerbaijan defeat Armenian forces in 2020.", "ISR", "AZE", "ARM"),
    ],
)
def test_roles_embedded_weapons_that_helped_are_their_owners_aid(
    code: Code, text: str, giver: str, helped: str, target: str
) -> None:
    events = code(text)
    assert [e.event for e in _with(events, giver, helped)] == ["AID"]
    assert [e.event for e in _with(events, helped, target)] == ["ASSAULT"]


def test_roles_embedded_weapons_that_allowed_a_deed_give_no_permission(code: Code) -> None:
    events = code("Iranian drones allowed Russia to strike Ukrainian power plants in 2022.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert parties(events[0]) == ({"RUS"}, {"UKR"})


@pytest.mark.parametrize(
    ("text", "helper", "helped", "target"),
    [
        ("Iran assisted Russia in attacking Ukrainian cities with drones in 2022.", "IRN", "RUS", "UKR"),
        ("The United States assisted Israel in intercepting Iranian missiles in 2024.", "USA", "ISR", "IRN"),
        ("Britain assisted the United States in invading Iraq in 2003.", "GBR", "USA", "IRQ"),
    ],
)
def test_roles_embedded_a_party_assisted_in_a_deed_did_it(
    code: Code, text: str, helper: str, helped: str, target: str
) -> None:
    events = code(text)
    assert [e.event for e in _with(events, helper, helped)] == ["AID"]
    deeds = [e for e in events if parties(e) == ({helped}, {target})]
    assert len(deeds) == 1 and deeds[0].modality == "asserted"


def test_roles_embedded_help_not_given_states_no_deed(code: Code) -> None:
    for text in (
        "Iran will assist Russia in attacking Ukraine.",
        "Russia has not assisted Armenia in fighting Azerbaijan.",
    ):
        assert not of_type(code(text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "helper", "helped"),
    [
        ("With Russian help, Syria recaptured Aleppo from rebel forces in 2016.", "RUS", "SYR"),
        ("Syria retook Palmyra with Russian support in 2016.", "RUS", "SYR"),
        ("With Iran's backing, the Houthis attacked ships in the Red Sea.", "IRN", "YEM"),
    ],
)
def test_roles_embedded_help_named_with_a_deed_is_given_to_its_doer(
    code: Code, text: str, helper: str, helped: str
) -> None:
    events = code(text)
    assert [e.event for e in _with(events, helper, helped)] in (["AID"], ["SUPPORT"])
    # (the deed the help came with stays the sentence's first event, by its doer)
    assert events[0].event == "ASSAULT" and parties(events[0])[0] == {helped}
