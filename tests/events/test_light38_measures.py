"""Measures put (back) into force, thirty-eighth session (issue 9, light38; probes benchmarks/probes/light38-2.json).

The verbs that put a measure into force or back into force ('decree', 'enact', 'promulgate', 'reimpose', 'reinstate',
'reintroduce', 'restore') are light verbs (coder_words.json `light_verbs`): the measure they govern is the event, as
under 'order', 'proclaim' or 'introduce' (a curfew 1723, a state of emergency or martial law 1724, a ban 1722, an
embargo or sanctions 163, a blockade 191), and martial law is a measure only as a light verb's object
(`N 1724 law mod=martial +light`). PETRARCH2's bare readings of these verbs (decree 100, enact 060, promulgate 040)
named no measure. Their hand readings with an object keep deciding, and a law, a constitution or a day of mourning
enacted or decreed is no event. Each is checked on sentences written for these tests (true statements about real
events) through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # martial law under a verb of decreeing or enacting (was a demand, 100, or nothing)
        (
            "Premier Li Peng decreed martial law in parts of Beijing in May 1989.",
            "COERCE",
            "1724",
            "CHN",
            None,
        ),
        ("The Thai army enacted martial law across the country in May 2014.", "COERCE", "1724", "THA", None),
        # a curfew enacted (was cooperation, 060: PETRARCH2's bare 'enact')
        ("Sri Lanka's government enacted a nationwide curfew in April 2019.", "COERCE", "1723", "LKA", None),
        # a ban decreed or reinstated (was a demand, 100, or nothing)
        ("Egypt decreed a ban on the Muslim Brotherhood in September 2013.", "COERCE", "1722", "EGY", None),
        ("Egypt reinstated its ban on the Muslim Brotherhood in 2013.", "COERCE", "1722", "EGY", None),
        # sanctions, an embargo and a blockade restored or reimposed (was nothing, or 170)
        ("The United States restored its sanctions on Iran in August 2018.", "SANCTION", "163", "USA", "IRN"),
        (
            "The United Nations Security Council reimposed its oil embargo on Haiti in October 1993.",
            "SANCTION",
            "163",
            None,
            "HTI",
        ),
        ("Egypt restored its blockade of the Straits of Tiran in May 1967.", "COERCE", "191", "EGY", None),
    ],
)
def test_light38_measure_put_in_force_is_the_measure(
    code: Code, text: str, plover: str, cameo: str, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # hand readings with an object keep deciding
        ("Britain restored diplomatic relations with Argentina in February 1990.", "SUPPORT"),
        ("Lithuania reinstated military conscription in March 2015.", "MOBILIZE"),
        ("East Germany decreed the closure of its border with West Berlin in August 1961.", "COERCE"),
    ],
)
def test_light38_hand_readings_of_measure_verbs_kept(code: Code, text: str, plover: str) -> None:
    some_event(code, text, plover, None, None, None)


@pytest.mark.parametrize(
    "text",
    [
        # a domestic law or a constitution enacted or promulgated is no event (was cooperation 060 or consultation 040)
        "The Turkish parliament enacted a new press law in 1961.",
        "The Greek junta promulgated a new constitution in 1968.",
        # electricity restored
        "Utility crews restored power to most of Manhattan in August 2003.",
    ],
)
def test_light38_laws_and_services_are_no_measure(code: Code, text: str) -> None:
    no_event(code, text)
