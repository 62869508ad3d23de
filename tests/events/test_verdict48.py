"""Condemnations and findings told by a light verb, a noun or an epithet, forty-eighth session (issue 9, verdict48;
probes benchmarks/probes/verdict48-1.json).

- A verb that voices a judgement by the lexicon's own hand readings ("register", "lodge", "voice", "deliver": a verb
  with a reading of disapproval, criticism or complaint whose only condition is such a noun as its object) with any
  noun of that class as its object, or conjoined to it, is the subject's judgement (110, 111, 114 by the noun), aimed
  at the party of the deed it names, not the deed: "registered a strong protest at X's detention of ...", "voiced its
  shock and its anger at X's ...". A protest held or staged stays a protest.
- A verb of naming or describing by the lexicon's own hand readings whose predicate condemns ("described X's deed as
  unacceptable", "as wrongful") is criticism (111) of the deed's party; a predicate of praise is none.
- A court's holding told in the passive names its party in the "by" phrase ("... must be paid by X, the court
  decided"); a holding that a party is an unlawful thing ("X is an unlawful monopoly, the court held") judges it.
- An investigative body's finding told first and its verb of finding after ("X's forces carried out the attack, an
  inquiry found") is its accusation (112); a finding of a cause with no party is none.

Each is checked on sentences written for these tests (true statements about real events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # verdict48 a noun of protest under a verb that voices it
        (
            "Canada registered a strong protest at China's detention of two Canadian citizens, Michael Kovrig and"
            " Michael Spavor, in December 2018.",
            "114",
            "CAN",
            "CHN",
        ),
        # verdict48 a noun of disapproval conjoined to the verb's object
        (
            "Greece voiced its sorrow and its anger in July 2020 at Turkey's conversion of Hagia Sophia into a mosque.",
            "110",
            "GRC",
            "TUR",
        ),
    ],
)
def test_verdict48_voiced_judgement(code: Code, text: str, cameo: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", cameo, source, target)


def test_verdict48_protest_held_stays_a_protest(code: Code) -> None:
    no_event(
        code,
        "Thousands of farmers held a protest on the edge of Delhi in November 2020 against three new farm laws.",
        "ACCUSE",
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # verdict48 an adjective of blame after "as"
        (
            "Lithuania's foreign minister described Belarus's forced landing of a Ryanair airliner in May 2021 as"
            " unacceptable.",
            "LTU",
            "BLR",
        ),
        # verdict48 the adjective of an unlawful adverb
        (
            "The United States described Russia's jailing of the journalist Evan Gershkovich in 2023 as wrongful.",
            "USA",
            "RUS",
        ),
    ],
)
def test_verdict48_epithet(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "111", source, target)


def test_verdict48_praise_is_no_epithet(code: Code) -> None:
    no_event(
        code,
        "China's foreign minister described the talks with India in 2019 as useful and constructive.",
        "ACCUSE",
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # verdict48 a holding in the passive, its party in the "by" phrase
        (
            "Ninety million euros in damages must be paid by Turkey to Cyprus, the European Court of Human Rights"
            " decided in May 2014.",
            "TUR",
        ),
    ],
)
def test_verdict48_court_holding(code: Code, text: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "116", None, target)


def test_verdict48_inquiry_finding_told_first(code: Code) -> None:
    some_event(
        code,
        "Russian forces committed war crimes in the Kyiv region in 2022, a United Nations commission of inquiry found"
        " in October 2022.",
        "ACCUSE",
        "112",
        None,
        "RUS",
    )


def test_verdict48_deed_reported_by_investigators_stays_news(code: Code) -> None:
    no_event(
        code,
        "Russian forces committed war crimes in the Kyiv region in 2022, United Nations investigators said in October"
        " 2022.",
        "ACCUSE",
    )


def test_verdict48_inquiry_finding_a_cause_is_none(code: Code) -> None:
    no_event(
        code,
        "A lit match dropped on a wooden escalator started the fire at King's Cross station, the public inquiry"
        " found in November 1988.",
        "ACCUSE",
    )
