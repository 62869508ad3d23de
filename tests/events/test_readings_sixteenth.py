"""Event readings of the talk families by category, sixteenth session (issue 9, talk6): congratulations, thanks and
praise conveyed by any verb that carries them (051), apologies offered (055), diplomatic recognition switched or
transferred (054), a party reminded of one's weapons (138), a deed expected of another party (100), and threats to
whoever does a deed ("any country that attacks X will pay a price"), whose deed is a condition, not an event.

Each category is checked on several sentences written for these tests (true statements about real actors),
through the real pipeline (spaCy parse, actor resolver, event coder), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.events.modality import generic_doer

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Emmanuel Macron sent his congratulations to Joe Biden in 2020 on his election victory.",
            "FRA",
            "USA",
        ),
        (
            "Angela Merkel offered her congratulations to Emmanuel Macron in 2017 on his victory.",
            "DEU",
            "FRA",
        ),
        ("Taiwan conveyed its gratitude to Japan in 2021 for the donated vaccines.", "TWN", "JPN"),
        (
            "Narendra Modi extended his thanks to Japan in 2018 for its help with the bullet train.",
            "IND",
            "JPN",
        ),
    ],
)
def test_readings_sixteenth_acclaim_conveyed(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "SUPPORT", "051", source, target)


def test_readings_sixteenth_offer_of_goods_keeps_its_reading(code: Code) -> None:
    no_event(code, "Germany offered Ukraine 5,000 helmets in 2022.", "SUPPORT")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # readings sixteenth apology offered
        (
            "German President Roman Herzog offered an apology to Poland in 1994 for the crimes of the Warsaw Uprising.",
            "SUPPORT",
            "055",
            "DEU",
            "POL",
        ),
        # readings sixteenth any deed named by its doer keeps its target
        # "any" on a deed noun whose doer is named is no generic doer: the threat is to the one named
        (
            "Any American strike on Iran would mean all-out war, Iran's foreign minister said in 2019.",
            "THREATEN",
            None,
            "IRN",
            "USA",
        ),
        # readings sixteenth warrant ignored defies the law
        (
            "Kenya ignored an arrest warrant for Omar al-Bashir when he visited Nairobi in 2010.",
            "REJECT",
            "128",
            "KEN",
            None,
        ),
        # readings sixteenth treaty left on a condition threatens
        (
            "Turkey's foreign minister said in 2016 that Turkey would abandon its migrant agreement with the European"
            " Union if the European Union did not grant Turks visa-free travel.",
            "THREATEN",
            None,
            "TUR",
            None,
        ),
    ],
)
def test_readings_sixteenth_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Burkina Faso switched its diplomatic recognition to Beijing in 2018.", "CHN"),
        ("Honduras shifted its diplomatic recognition to Beijing in 2023.", "CHN"),
        ("The Dominican Republic transferred its recognition from Taipei to Beijing in 2018.", None),
    ],
)
def test_readings_sixteenth_recognition_moved(code: Code, text: str, target: str | None) -> None:
    some_event(code, text, "SUPPORT", "054", None, target)


@pytest.mark.parametrize(
    "text",
    [
        # (readings sixteenth weapons recalled threaten)
        "North Korea boasted in 2017 that its new missile could strike the whole of the United States.",
        "Vladimir Putin reminded the West in 2014 that Russia had a large arsenal of nuclear weapons.",
        # (readings sixteenth war vowed threatens)
        # --- second slice: vows of war, law defied, entry blocked, conditional exits, judged claims, answers to come -------
        "Yemen's Houthi rebels vowed war on Israel in 2023.",
        "Saddam Hussein swore the destruction of any army that invaded Iraq in 2003.",
    ],
)
def test_readings_sixteenth_weapons_recalled_or_war_vowed_threaten(code: Code, text: str) -> None:
    some_event(code, text, "THREATEN", "138", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un boasted in 2019 of a good harvest.",
        "The United States reminded Iran in 2019 that its sanctions would stay in place.",
    ],
)
def test_readings_sixteenth_other_reminders_are_no_threat_of_force(code: Code, text: str) -> None:
    events = code(text)
    assert not [e for e in events if e.cameo == "138"], events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The European Union told Russia in 2014 that it expected a withdrawal of its troops from the border.",
            "IGO",
            "RUS",
        ),
        ("Washington expects restraint from Ankara, the U.S. State Department said in 2019.", "USA", "TUR"),
    ],
)
def test_readings_sixteenth_deed_expected_of_another(code: Code, text: str, source: str, target: str) -> None:
    events = code(text)
    kinds = [(e.event, {a.code[:3] for a in e.source}, {a.code[:3] for a in e.target}) for e in events]
    assert ("REQUEST", {source}, {target}) in kinds, events


def test_readings_sixteenth_expecting_ones_own_deed_is_no_demand(code: Code) -> None:
    no_event(
        code,
        "Russia expects to finish the Nord Stream 2 pipeline in 2019, its energy minister said.",
        "REQUEST",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Any country that attacks Iran will pay a heavy price, Iran's foreign minister said in 2019.",
            "IRN",
        ),
        ("Any country that attacks Turkey will regret it, the Turkish president said in 2016.", "TUR"),
        (
            "The Chinese defence ministry warned in 2021 that anyone who tried to split Taiwan from China would face"
            " the consequences.",
            "CHN",
        ),
    ],
)
def test_readings_sixteenth_threat_to_whoever_does_a_deed(code: Code, text: str, source: str) -> None:
    events = code(text)
    assert [e for e in events if e.event == "THREATEN" and {a.code[:3] for a in e.source} == {source}], events
    # the deed is the threat's condition: no one is said to have done it (the small parser misreads some such
    # sentences: "Any country that strikes Iran will face all-out war, ..." hangs "face" on "strikes")
    assert not [e for e in events if e.event == "ASSAULT" and e.modality == "asserted"], events


def test_readings_sixteenth_deed_of_named_doers_in_a_relative_clause_is_stated(bare_nlp: Language) -> None:
    doc = bare_nlp(
        "The troops that invaded Kuwait in 1990 were Iraqi, and any army that invades it again will fail."
    )
    heads = {t.text: generic_doer(t) for t in doc if t.text in ("troops", "army")}
    assert heads == {"troops": False, "army": True}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Greece blocked Macedonia's entry into NATO in 2008.", "GRC", "MKD"),
        ("Turkey held up Finland's admission to NATO in 2022.", "TUR", "FIN"),
        ("Russia barred Kosovo from the United Nations in 2008.", "RUS", "XKX"),
    ],
)
def test_readings_sixteenth_entry_blocked_is_rejected(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "REJECT", None, source, target)


def test_readings_sixteenth_claim_rejected_is_the_news(code: Code) -> None:
    events = code(
        "Russia rejected as slander in 2022 Ukrainian claims that its troops had killed civilians in Bucha."
    )
    assert events and events[0].event == "REJECT", events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Russia would respond if NATO moved missiles closer to its borders, Vladimir Putin said in 2018.",
            "RUS",
        ),
        (
            "China would take strong measures if the United States sold more arms to Taiwan, Beijing said in 2019.",
            "CHN",
        ),
        ("Russia will take counter-measures, the Russian foreign ministry said in 2018.", "RUS"),
    ],
)
def test_readings_sixteenth_answer_to_come_threatens(code: Code, text: str, source: str) -> None:
    some_event(code, text, "THREATEN", None, source, None)


@pytest.mark.parametrize(
    "text",
    [
        "China said in 2021 that it would take measures to support its economy.",
        "The White House said in 2018 that it would respond to Kim Jong Un's letter.",
    ],
)
def test_readings_sixteenth_steps_and_replies_are_no_threat(code: Code, text: str) -> None:
    no_event(code, text, "THREATEN")


# --- third slice: idioms and light verbs of refusal -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Norway's voters gave a no to membership of the European Union in 1994.", "NOR"),
        ("Russia shrugged off new Western sanctions in 2014.", "RUS"),
        ("North Korea turned a deaf ear to Chinese appeals for restraint in 2017.", "PRK"),
        ("Hungary stood in the way of European Union aid for Ukraine in 2023.", "HUN"),
        ("China dismissed American accusations of cyber spying in 2015.", "CHN"),
    ],
)
def test_readings_sixteenth_refusal_idioms(code: Code, text: str, source: str) -> None:
    some_event(code, text, "REJECT", None, source, None)


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese general gave a speech in Beijing in 2019.",
        "Russian soldiers stood in Red Square in 2019.",
        "The Russian minister gave no details in 2019.",
    ],
)
def test_readings_sixteenth_refusal_idioms_look_alikes(code: Code, text: str) -> None:
    no_event(code, text, "REJECT")
