"""Negation and refusal reach only the deeds they govern (issue 9, ninth session): a verb with a tense of its
own after a refused infinitive ("refused to send X and sent Y instead") is a deed done; a deed done beside a
denied one of the same kind ("did not strike X but bombed Y") is an event of its own; "nor" denies the deed it
opens, also with a subject of its own ("..., nor has it condemned the invasion")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality

from .helpers import Code

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a finite verb joined to a refused infinitive is done
        (
            "Germany refused to send Taurus missiles to Ukraine and sent Patriot missiles instead.",
            "sent",
            "asserted",
        ),
        (
            "Turkey declined to join Western sanctions on Russia and sold Bayraktar drones to Ukraine.",
            "sold",
            "asserted",
        ),
        (
            "India declined to condemn the invasion and bought record amounts of Russian oil.",
            "bought",
            "asserted",
        ),
        # a bare infinitive joined to it is refused too
        (
            "Germany refused to send Taurus missiles to Ukraine or supply them to its allies.",
            "supply",
            "negated",
        ),
        ("Hungary refused to send weapons to Ukraine or allow their transit.", "allow", "negated"),
        ("Hungary refused to send weapons to Ukraine and to let them cross its territory.", "let", "negated"),
    ],
)
def test_modality_finite_verb_after_refused_infinitive_is_done(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "doer", "kind", "given"),
    [
        (
            "Germany refused to send Taurus missiles to Ukraine and sent Patriot missiles instead.",
            "DEU",
            "AID",
            "sent",
        ),
        (
            "Turkey declined to join Western sanctions on Russia and sold Bayraktar drones to Ukraine.",
            "TUR",
            "COOPERATE",  # (arms sold: military cooperation, 062)
            "sold",
        ),
        (
            "Israel did not strike Iran's oil fields but bombed its air defences in October 2024.",
            "ISR",
            "ASSAULT",
            "bombed",
        ),
        ("Russia did not attack Moldova but struck Odesa with missiles.", "RUS", "ASSAULT", "struck"),
    ],
)
def test_modality_deed_done_beside_a_denied_one_is_its_own_event(
    code: Code, sentence: str, doer: str, kind: str, given: str
) -> None:
    events = code(sentence)
    done = [
        e
        for e in events
        if e.event == kind and doer in {a.code for a in e.source} and e.modality == "asserted"
    ]
    assert done, "the deed done is lost"
    assert given in done[0].trigger
    # the refused or denied deed is never the asserted one
    assert all(
        given in e.trigger
        for e in events
        if doer in {a.code for a in e.source} and e.event == kind and e.modality == "asserted"
    )


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("China has not sent weapons to Russia, nor has it condemned the invasion.", "condemned", "negated"),
        (
            "India did not join the sanctions on Russia, nor did it condemn the invasion.",
            "condemn",
            "negated",
        ),
        (
            "Turkey has not closed its airspace to Russian airlines, nor has it imposed sanctions on Moscow.",
            "imposed",
            "negated",
        ),
        # "but" opens a deed done
        (
            "Brazil did not send weapons to Ukraine, but it condemned the invasion at the UN.",
            "condemned",
            "asserted",
        ),
        ("Turkey has not imposed sanctions on Russia, and it sold drones to Ukraine.", "sold", "asserted"),
    ],
)
def test_modality_nor_denies_the_deed_it_opens(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected
