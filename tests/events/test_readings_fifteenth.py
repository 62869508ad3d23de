"""Event readings of the talk families by category, fifteenth session (issue 9, talk): a consequence another party
is said to face (a threat from the speaker), vetoes used and things put to a decision blocked or struck down,
formal instruments sealed or concluded (signing), signing up to a plan (agreeing), leaving an international
organisation (and threatening to), revenge vowed, and a reaction inside a vote keeping its own reading.

Each category is checked on several sentences written for these tests (true statements about real actors),
through the real pipeline (spaCy parse, actor resolver, event coder), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, of_type, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (readings fifteenth consequence said to be faced)
        # T2: what a party is said by another side to be going to undergo is the speaker's threat to it
        (
            "Joe Biden told Vladimir Putin in 2021 that Russia would face severe economic consequences if it"
            " invaded Ukraine.",
            "USA",
            "RUS",
        ),
        (
            "China said in 2021 that Lithuania would pay a price for letting Taiwan open a representative office in"
            " Vilnius.",
            "CHN",
            "LTU",
        ),
        (
            "Turkey's leaders would regret shooting down the Russian bomber, Vladimir Putin said in 2015.",
            "RUS",
            "TUR",
        ),
        (
            "Iran's foreign minister said in 2019 that the United States would face all-out war if it attacked Iran.",
            "IRN",
            "USA",
        ),
        # (readings fifteenth prospects raised)
        # T1: a prospect raised with a time between the noun and its "of" phrase is still the prospect's threat
        (
            "Egypt raised the prospect in 2020 of sending troops into Libya if Turkish-backed forces advanced on"
            " Sirte.",
            "EGY",
            "LBY",
        ),
        # ... and a rejection so put forward (scrapping a pact) threatens it too
        (
            "North Korea raised the prospect in 2020 of scrapping its military pact with South Korea unless Seoul"
            " stopped the leaflets.",
            "PRK",
            "KOR",
        ),
    ],
)
def test_readings_fifteenth_consequences_and_prospects_threaten(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "THREATEN", None, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # (readings fifteenth forecast plight is no threat)
        # a forecast of another party's plight by no party, or by the party itself, threatens no one
        "Economists said in 2010 that Greece would face a long recession.",
        "Russia's finance minister said in 2015 that Russia would face a difficult year.",
        # (readings fifteenth outcome without harm is no threat)
        # ... while an outcome that is no harm, or a forecast by no party, threatens no one
        "Germany said in 1990 that the treaty would bring stability to Europe.",
        "Economists said in 2008 that the crisis would lead to a recession.",
    ],
)
def test_readings_fifteenth_forecasts_without_harm_are_no_threat(code: Code, text: str) -> None:
    no_event(code, text, "THREATEN")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # readings fifteenth consequence takes the code of sanctions
        (
            "Germany said in 2006 that Iran would face sanctions unless it halted its enrichment of uranium.",
            "THREATEN",
            "1312",
            "DEU",
            "IRN",
        ),
        # readings fifteenth revenge vowed is a threat
        ("Jordan vowed in 2015 to take revenge on Islamic State.", "THREATEN", "138", "JOR", None),
        # readings fifteenth notice served reports a deed
        # "served notice that ..." reports what the speaker will do, as "said that ..." does; ending a treaty rejects it
        (
            "The Philippines served notice on the United States in 2020 that it was ending the Visiting Forces"
            " Agreement.",
            "REJECT",
            "127",
            "PHL",
            None,
        ),
        # readings fifteenth help asked stays a request
        (
            "Iraq asked the United States for help against Islamic State in 2014.",
            "REQUEST",
            None,
            "IRQ",
            "USA",
        ),
        # readings fifteenth a dictatorship named is condemned
        (
            "Condoleezza Rice called Belarus the last true dictatorship in Europe in 2005.",
            "ACCUSE",
            "111",
            "USA",
            "BLR",
        ),
    ],
)
def test_readings_fifteenth_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # R1: a veto used, and a thing put to a decision blocked, struck down or stopped, is its rejection
        (
            "The Soviet Union used its veto for the first time in 1946, against a Security Council draft on Syria"
            " and Lebanon.",
            "129",
            "RUS",
            None,
        ),
        (
            "France blocked Britain's admission to the European Economic Community in 1963.",
            None,
            "FRA",
            "GBR",
        ),
        ("Greece blocked Macedonia's membership of NATO in 2008.", None, "GRC", None),
        ("Washington struck down a Security Council resolution on Nicaragua in 1986.", None, "USA", None),
        (
            "Barack Obama put a stop to a Chinese fund's takeover of the German chipmaker Aixtron in 2016.",
            None,
            "USA",
            None,
        ),
    ],
)
def test_readings_fifteenth_vetoes_and_blocked_decisions(
    code: Code, text: str, cameo: str | None, source: str, target: str | None
) -> None:
    some_event(code, text, "REJECT", cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # S1: a formal instrument sealed, concluded or signed by putting signatures to it is signed (057)
        "Egypt and Israel sealed a peace treaty at the White House in 1979.",
        "Portugal and Frelimo concluded an accord in Lusaka in 1974.",
        "India and Pakistan put their signatures to the Simla Agreement in 1972.",
    ],
)
def test_readings_fifteenth_instruments_sealed_are_signed(code: Code, text: str) -> None:
    some_event(code, text, "SUPPORT", "057", None, None)


@pytest.mark.parametrize(
    "text",
    [
        # ... a deal sealed stays an agreement, and signing up to a plan or a ceasefire is agreeing to it
        "The European Union and Mercosur sealed a free trade deal in 2019.",
        "Colombia's government and the FARC signed up to a bilateral ceasefire in 2016.",
    ],
)
def test_readings_fifteenth_deals_sealed_and_plans_signed_up_to_are_agreed(code: Code, text: str) -> None:
    some_event(code, text, "AGREE", None, None, None, absent=("SUPPORT",))


def test_readings_fifteenth_leaving_an_organisation(code: Code) -> None:
    some_event(
        code,
        "Burundi withdrew from the International Criminal Court in 2017.",
        "SANCTION",
        "160",  # (docs/annotation-conventions.md 5.1; 166 before the twenty-third session)
        "BDI",
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # ... and saying one might or would leave it, on a condition or not, threatens to halt involvement (136)
        "Rodrigo Duterte said in 2016 that the Philippines might quit the United Nations.",
        "Recep Tayyip Erdogan said in 2016 that Turkey could leave the European Court of Human Rights if"
        " Europe kept criticising it.",
    ],
)
def test_readings_fifteenth_threats_to_leave_an_organisation(code: Code, text: str) -> None:
    some_event(code, text, "THREATEN", "136", None, None)


def test_readings_fifteenth_reaction_voted_keeps_its_reading(code: Code) -> None:
    some_event(
        code,
        "The U.N. General Assembly voted in 1983 to deplore the invasion of Grenada by the United States.",
        "ACCUSE",
        None,
        None,
        None,
        absent=("ASSAULT",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # D1: an application or a request handed in, and membership or association sought, is asking for it
        "Finland and Sweden handed in their applications to join NATO in 2022.",
        "Spain sought association with the European Economic Community in 1962.",
        "Mahmoud Abbas handed Ban Ki-moon a request for the admission of Palestine to the United Nations in 2011.",
    ],
)
def test_readings_fifteenth_applications_are_requests(code: Code, text: str) -> None:
    some_event(code, text, "REQUEST", None, None, None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # S2: forgiveness asked is an apology (055), with or without "for", not a request for a deed
        ("Germany's president asked Poland for forgiveness in 2019 for the Nazi invasion.", "DEU", "POL"),
        (
            "The Dutch king asked forgiveness of Indonesia in 2020 for the violence of the colonial war.",
            "NLD",
            None,
        ),
    ],
)
def test_readings_fifteenth_forgiveness_asked_is_an_apology(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "SUPPORT", "055", source, target)


def test_readings_fifteenth_a_meteor_is_no_actor(code: Code) -> None:
    no_event(
        code,
        "A meteor exploded over Russia's Chelyabinsk region in 2013, injuring more than 1,000 people.",
        "ASSAULT",
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # T2: a deed said to bring about war or its danger is the speaker's threat to the party told or named
        (
            "Vladimir Putin told Western nations in 2024 that sending troops to Ukraine would bring a real danger"
            " of nuclear war.",
            None,
        ),
        (
            "Iran's foreign minister said in 2019 that an American strike on Iran would lead to all-out war.",
            "USA",
        ),
    ],
)
def test_readings_fifteenth_deed_said_to_bring_war(code: Code, text: str, target: str | None) -> None:
    events = code(text)
    assert of_type(events, "THREATEN"), events
    if target is not None:
        some_event(code, text, "THREATEN", None, None, target)


@pytest.mark.parametrize(
    "text",
    [
        # T2: a party that says how it will take another's deed (as war, as a target) threatens
        "Russia said in 2022 that it would treat Western arms convoys in Ukraine as legitimate targets.",
        "North Korea said in 2013 that it would regard any new sanctions as a declaration of war.",
    ],
)
def test_readings_fifteenth_deed_taken_as_war_is_a_threat(code: Code, text: str) -> None:
    some_event(code, text, "THREATEN", None, None, None)


def test_readings_fifteenth_deed_taken_as_good_is_no_threat(code: Code) -> None:
    no_event(code, "Germany said in 2019 that it would regard the vote as a success.", "THREATEN")
