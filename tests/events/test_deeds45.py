"""Deeds told by their purpose or by an idiom (issue 9, forty-fifth session: deeds45).

A body that goes or is sent somewhere by a generic verb (arrive, deploy, fly, travel: WordNet's verbs of going and
placing, `generic_deed_senses`) for a purpose of examining or watching over (a verb the lexicon reads as inquiry,
root 09, or whose first WordNet sense is one of `inquiry_senses`; "to begin monitoring" read through its beginning)
does that inquiry (090; docs/annotation-conventions.md 14.4 (c)), not a visit or a deployment
(purposes.purposed_inquiry, Triggers._purposed_inquiry). A person's journey with such a purpose stays the journey,
forces moved to watch are left to the readings of forces, and a purpose of rescue by the verb's own reading with its
phrase ("to search the rubble for survivors") is no inquiry. Idioms read as units in the lexicon: forces, warships
or armour that take up positions or station (150) or stand by (152), and ruins dug or searched for survivors (073).
A name opened by its kind ("Operation Desert Storm") counts as that noun in a phrase ("the end of Operation ...").

The sentences are written for these tests; those that date an event tell a real one.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.lexicon import default_lexicon
from realpolitik.events.purposes import inquiry_purpose

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # a verb of travel with a purpose the lexicon reads as inquiry (the IAEA mission, September 2022)
        "A team of experts from the International Atomic Energy Agency travelled to Ukraine in September 2022 to"
        " inspect the Zaporizhzhia nuclear plant.",
        # a verb of placing, a purpose of watching over (UNSMIS, April 2012)
        "Unarmed United Nations observers deployed across Syria in April 2012 to monitor the ceasefire.",
        # the purpose told through its beginning (the Arab League mission, December 2011)
        "An advance party of Arab League monitors arrived in Syria in December 2011 to begin verifying the peace"
        " plan.",
    ],
)
def test_deeds45_a_body_sent_to_watch_inquires(code: Code, text: str) -> None:
    some_event(code, text, "ACCUSE", "090", None, None, absent=("CONSULT", "MOBILIZE"))


@pytest.mark.parametrize(
    "text",
    [
        # a person's own journey: the purpose is its reason (Macron in Beirut, August 2020)
        "President Emmanuel Macron flew to Beirut in August 2020 to inspect the damage from the port explosion.",
        # a crowd that pours out to celebrate keeps no feast of inquiry ("observe" is no sense of inquiry here)
        "Crowds poured into the streets of Buenos Aires in December 2022 to celebrate the World Cup.",
        # a plain visit with no purpose
        "The United Nations secretary general arrived in Kabul in January 2020 for talks with President Ghani.",
    ],
)
def test_deeds45_journeys_that_inquire_into_nothing(code: Code, text: str) -> None:
    no_event(code, text, "ACCUSE")


def test_deeds45_a_rescue_purpose_is_no_inquiry(code: Code) -> None:
    # (the project's own reading of searching for survivors is a rescue: Greek rescuers in Turkey, August 1999)
    some_event(
        code,
        "Greece flew rescuers and sniffer dogs to Turkey in August 1999 to search the rubble for survivors.",
        "AID",
        None,
        "GRC",
        None,
        absent=("ACCUSE",),
    )


@pytest.mark.parametrize(
    ("word", "read"),
    [("verify", True), ("oversee", True), ("inspect", True), ("guard", False), ("celebrate", False)],
)
def test_deeds45_inquiry_purposes_by_class(
    token_of: Callable[[str, str], Token], word: str, read: bool
) -> None:
    tok = token_of(f"Observers came to {word} the vote.", word)
    assert inquiry_purpose(tok, default_lexicon("all")) is read


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # forces taking up positions (Operation Odyssey Dawn, March 2011)
        ("American warships took up positions off the coast of Libya in March 2011.", "150"),
        # warships standing by (Operation Palliser, May 2000)
        ("British warships stood by off Sierra Leone in May 2000.", "152"),
    ],
)
def test_deeds45_forces_in_position_or_standing_by(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "MOBILIZE", cameo, None, None)


def test_deeds45_standing_by_an_ally_is_support(code: Code) -> None:
    no_event(code, "Japan stood by the United States in 2003.", "MOBILIZE")


def test_deeds45_ruins_searched_for_survivors(code: Code) -> None:
    some_event(
        code,
        "Greek rescuers were digging through the ruins of Izmit in August 1999 for survivors of the earthquake.",
        "AID",
        "073",
        "GRC",
        None,
        absent=("ACCUSE",),
    )


def test_deeds45_digging_for_evidence_is_no_rescue(code: Code) -> None:
    no_event(
        code, "Police were digging through the files of the ministry in 2019 for evidence of fraud.", "AID"
    )


def test_deeds45_the_end_of_a_named_operation(code: Code) -> None:
    # (the Saudi-led coalition, April 2015)
    some_event(
        code,
        "The Saudi-led coalition announced the end of Operation Decisive Storm in Yemen in April 2015.",
        "RETREAT",
        None,
        None,
        None,
    )


def test_deeds45_forces_standing_by_a_party_support_it(code: Code) -> None:
    no_event(
        code, "The President vowed in 1961 that American forces would stand by West Germany.", "MOBILIZE"
    )
