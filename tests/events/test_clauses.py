"""Clause structure: deeds of their own in adverbial clauses, coordinated clauses and prepositional adjuncts
are separate events with their own actors and modality (issue 9, commentary register).

Every sentence was written for these tests and states true events; each goes through the real pipeline
(spaCy parse, actor resolver, event coder).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.clauses import adjunct_clause, separate
from realpolitik.events.modality import classify_modality

from .helpers import Code, parties

Finder = Callable[[str, str], Token]


def _has(events: list, kind: str, source: str, target: str, modality: str = "asserted") -> bool:
    return any(
        e.event == kind and parties(e) == ({source}, {target}) and e.modality == modality for e in events
    )


@pytest.mark.parametrize(
    ("text", "main", "adjunct"),
    [
        (
            "When Iraq invaded Kuwait in 1990, the Security Council imposed sanctions on Baghdad.",
            ("SANCTION", "IGO-UNSC", "IRQ"),
            ("ASSAULT", "IRQ", "KWT"),
        ),
        (
            "After Turkey shot down a Russian bomber in 2015, Moscow imposed sanctions on Ankara.",
            ("SANCTION", "RUS", "TUR"),
            ("ASSAULT", "TUR", "RUS"),
        ),
        (
            "Although Russia invaded Ukraine in 2022, India kept buying Russian oil.",
            ("COOPERATE", "IND", "RUS"),
            ("ASSAULT", "RUS", "UKR"),
        ),
    ],
)
def test_clauses_adverbial_clause_deed_is_its_own_event(
    code: Code, text: str, main: tuple[str, str, str], adjunct: tuple[str, str, str]
) -> None:
    events = code(text)
    assert _has(events, *main), events
    assert _has(events, *adjunct), events


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Russia annexed Crimea in 2014 and the European Union imposed sanctions on Moscow.",
            ("COERCE", "RUS", "UKR"),
            ("SANCTION", "IGO-EU", "RUS"),
        ),
        (
            "Iran supplied drones to Russia and threatened Israel.",
            ("AID", "IRN", "RUS"),
            ("THREATEN", "IRN", "ISR"),
        ),
    ],
)
def test_clauses_coordinated_deeds_are_separate_events(
    code: Code, text: str, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    events = code(text)
    assert _has(events, *first), events
    assert _has(events, *second), events


@pytest.mark.parametrize(
    ("text", "main", "adjunct"),
    [
        (
            "Despite Russia's invasion of Ukraine, Serbia refused to impose sanctions on Moscow.",
            ("REJECT", "SRB", "RUS"),
            ("ASSAULT", "RUS", "UKR"),
        ),
        (
            "After the 2020 war between Armenia and Azerbaijan, Russia deployed peacekeepers to Karabakh.",
            ("AID", "RUS", "AZE"),
            None,
        ),
    ],
)
def test_clauses_event_noun_in_an_adjunct_is_its_own_event(
    code: Code, text: str, main: tuple[str, str, str], adjunct: tuple[str, str, str] | None
) -> None:
    events = code(text)
    assert _has(events, *main), events
    if adjunct is not None:
        assert _has(events, *adjunct), events
    else:
        # "the war between X and Y": the two parties fought each other
        assert any(e.event == "ASSAULT" and e.reciprocal and parties(e)[0] == {"ARM", "AZE"} for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles killed ten civilians in Kyiv and wounded dozens of others.",
        "Russia agreed to withdraw its troops from Georgia.",
        "Israel bombed Hamas tunnels in Gaza to stop rocket fire.",
    ],
)
def test_clauses_one_deed_in_several_words_stays_one_event(code: Code, text: str) -> None:
    assert len(code(text)) == 1


@pytest.mark.parametrize(
    ("text", "a", "b", "apart"),
    [
        (
            "When Iraq invaded Kuwait in 1990, the Security Council imposed sanctions on Baghdad.",
            "invaded",
            "imposed",
            True,
        ),
        (
            "Russia annexed Crimea in 2014 and the European Union imposed sanctions on Moscow.",
            "annexed",
            "imposed",
            True,
        ),
        (
            "Despite Russia's invasion of Ukraine, Serbia refused to impose sanctions.",
            "invasion",
            "refused",
            True,
        ),
        ("Russia agreed to withdraw its troops from Georgia.", "agreed", "withdraw", False),
        ("Israel bombed Hamas tunnels in Gaza to stop rocket fire.", "bombed", "stop", False),
        ("Turkey will close the strait if Russia attacks Ukraine.", "close", "attacks", False),
    ],
)
def test_clauses_separate_deeds_cross_a_clause_boundary(
    token_of: Finder, text: str, a: str, b: str, apart: bool
) -> None:
    assert separate(token_of(text, a), token_of(text, b)) is apart


def test_clauses_conditions_and_purposes_are_no_adjunct_clauses(token_of: Finder) -> None:
    assert not adjunct_clause(token_of("Turkey will close the strait if Russia attacks Ukraine.", "attacks"))
    assert not adjunct_clause(token_of("Israel bombed Hamas tunnels in Gaza to stop rocket fire.", "stop"))
    assert adjunct_clause(token_of("When Iraq invaded Kuwait in 1990, the UN imposed sanctions.", "invaded"))


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a past deed in a clause of time or concession is stated as a fact under a hedged main clause
        (
            "When Russia invaded Ukraine in 2022, Germany may have been too slow to respond.",
            "invaded",
            "asserted",
        ),
        (
            "After Iraq invaded Kuwait in 1990, Saudi Arabia might have feared an attack.",
            "invaded",
            "asserted",
        ),
        ("Even when Israeli jets struck Damascus in 2024, Moscow did not protest.", "struck", "asserted"),
        # an event noun in an adjunct of time or concession is taken as given
        (
            "During Russia's offensive against Kharkiv in 2022, NATO did not intervene.",
            "offensive",
            "asserted",
        ),
        ("After the clashes between India and China in 2020, talks could resume.", "clashes", "asserted"),
        # an open one is not: a condition, an indefinite noun, a clause still to come
        ("If Russia attacks Estonia, NATO will respond.", "attacks", "hypothetical"),
        ("Talks may resume after a ceasefire is agreed.", "ceasefire", "hypothetical"),
    ],
)
def test_clauses_adjunct_deeds_keep_their_own_modality(
    token_of: Finder, text: str, word: str, modality: str
) -> None:
    assert classify_modality(token_of(text, word)) == modality


@pytest.mark.parametrize(
    ("text", "means"),
    [
        (
            "Lithuania protested by expelling the Russian ambassador in April 2022.",
            ("SANCTION", "LTU", "RUS"),
        ),
        ("Hungary protested by summoning the Ukrainian ambassador.", ("ACCUSE", "HUN", "UKR")),
    ],
)
def test_clauses_deed_done_by_means_of_a_gerund_is_its_own_event(
    code: Code, text: str, means: tuple[str, str, str]
) -> None:
    events = code(text)
    assert len(events) == 2
    assert _has(events, *means), events
