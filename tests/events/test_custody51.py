"""Coercive acts of state organs told in wire idiom, fifty-first session (issue 9, custody51; probe
benchmarks/probes/custody51-1.json).

People put, bundled or hustled onto a plane or a ship by the state that removes them are expelled (174); a person
sent into exile is expelled even when the craft is named ("aboard a warship": no show of force). A legislature
broken up is an administrative sanction (172), an assembly of protesters broken up a crowd dispersed (175). A
movement, league or brotherhood dissolved or disbanded, and a body declared an illegal, unlawful or terrorist
organisation, is banned (1722). The police's charge with an offence is CAMEO 173 ("arrest, detain, or charge with
legal action"); a prosecutor's charge stays an accusation (112, the sets' majority). A person released from a post
"at his own request" resigns (0831), not a captive freed (0841). A prison sentence handed to a person told person
first is 173 (rule 8.1), not a hand-over of captives. Sentences written for these tests (true statements about real
events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was no event: "put" has no reading with a plane as its phrase)
        ("Egypt put the Australian journalist Peter Greste on a plane to Cyprus on 1 February 2015.", "EGY"),
        (
            "Honduran soldiers bundled President Manuel Zelaya onto a plane to Costa Rica on 28 June 2009.",
            "HND",
        ),
        (
            "President Manuel Zelaya was bundled onto a plane to Costa Rica by Honduran soldiers on 28 June 2009.",
            "HND",
        ),
    ],
)
def test_custody51_put_on_a_plane_is_expulsion(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "174", source, None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (was no event: "break up" read only crowds)
        ("Boris Yeltsin broke up Russia's parliament by decree in September 1993.", "RUS", None),
    ],
)
def test_custody51_legislature_broken_up(code: Code, text: str, source: str, target: str | None) -> None:
    some_event(code, text, "COERCE", "172", source, target)


def test_custody51_assembly_of_protesters_broken_up_is_dispersal(code: Code) -> None:
    some_event(
        code,
        "Belarusian riot police broke up an assembly of protesters in Minsk on 25 March 2017.",
        "ASSAULT",
        "175",
        "BLR",
        None,
        absent=("COERCE",),
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was no event: "movement" was not among the bodies a dissolution bans)
        (
            "France's government dissolved the environmental movement Les Soulevements de la Terre in June 2023.",
            "FRA",
        ),
        # (was no event: a body declared illegal)
        (
            "China's government declared the Falun Dafa Research Society an illegal organisation in July 1999.",
            "CHN",
        ),
    ],
)
def test_custody51_body_dissolved_or_declared_illegal_is_banned(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "1722", source, None)


@pytest.mark.parametrize(
    "text",
    [
        # (was ACCUSE 112: the charge read as an accusation in words)
        "Hong Kong police charged the activist Joshua Wong with incitement on 30 August 2019.",
        "The activist Joshua Wong was charged with incitement by Hong Kong police on 30 August 2019.",
    ],
)
def test_custody51_police_charge_is_arrest(code: Code, text: str) -> None:
    some_event(code, text, "COERCE", "173", None, None, absent=("ACCUSE", "DISAPPROVE"))


def test_custody51_prosecutors_charge_stays_accusation(code: Code) -> None:
    some_event(
        code,
        "US federal prosecutors charged the former Illinois governor Rod Blagojevich with corruption in April 2009.",
        "ACCUSE",
        None,
        "USA",
        None,
        absent=("COERCE",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # (was RETREAT 0841: a release of a person)
        "Ukraine's parliament released Interior Minister Arsen Avakov at his own request on 15 July 2021.",
        "Arsen Avakov was released at his own request from his post as Ukraine's interior minister on 15 July 2021.",
    ],
)
def test_custody51_released_at_own_request_is_resignation(code: Code, text: str) -> None:
    some_event(code, text, "CONCEDE", "0831", None, None, absent=("RETREAT",))


def test_custody51_prison_sentence_handed_person_first(code: Code) -> None:
    # (was RETREAT 0841: the person handed read as a captive handed over)
    some_event(
        code,
        "A Beijing court handed the veteran journalist Gao Yu a seven-year prison sentence on 17 April 2015.",
        "COERCE",
        "173",
        "CHN",
        None,
        absent=("RETREAT",),
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was no event: "booked" has no reading of its own)
        ("Islamabad police booked Imran Khan under the anti-terrorism law in March 2023.", "PAK"),
        # (was no event)
        ("A court in Khimki remanded Alexei Navalny in custody for 30 days on 18 January 2021.", "RUS"),
        # (was no event)
        ("Belarusian riot police carted off hundreds of protesters in Minsk on 25 March 2017.", "BLR"),
        # (was no event)
        ("Egypt put the activist Alaa Abd El-Fattah behind bars again in September 2019.", "EGY"),
        # (was no event: a person sent to a penal colony)
        (
            "A Soviet tribunal sent Alexander Solzhenitsyn to a labour camp for eight years in July 1945.",
            "RUS",
        ),
    ],
)
def test_custody51_custody_idioms_are_arrests(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "173", source, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was AID 074: an escort read as protection)
        (
            "The Netherlands escorted the Turkish minister Fatma Betul Sayan Kaya to the German border on 12 March"
            " 2017 after barring her from a rally in Rotterdam.",
            "NLD",
        ),
        # (was REQUEST 100: the parser hangs "out of the country" on the participle inside the object)
        (
            "Saudi Arabia ordered Qatari citizens living in the kingdom out of the country in June 2017.",
            "SAU",
        ),
        # (was ASSAULT 201: a people expelled read as a population driven out)
        ("Bulgaria expelled tens of thousands of ethnic Turks across the border into Turkey in 1989.", "BGR"),
    ],
)
def test_custody51_removal_across_a_border_is_expulsion(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "174", source, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (was PROTEST 140 or no event: the offices of a newspaper sealed)
        ("Zimbabwean police sealed the offices of the Daily News in Harare in September 2003.", "ZWE"),
        # (was SANCTION 160: "closed down" read as ties cut)
        ("Iranian authorities closed down the reformist newspaper Etemad-e Melli in August 2009.", "IRN"),
    ],
)
def test_custody51_newspaper_closed_is_censorship(code: Code, text: str, source: str) -> None:
    some_event(code, text, "COERCE", "1721", source, None)
