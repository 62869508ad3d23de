"""Talk-family readings, thirty-third session (talk23; issue 9).

The alternatives of an ultimatum are read from data with what each verb needs (`coder_words.alternative_verbs`), no
longer from literals in the code; a party named only in the topic phrase of a one-doer reciprocal reading ("negotiated
with X over Y") is no partner. Each checked through the real pipeline on sentences written for these tests (true
statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from realpolitik.errors import LexiconError
from realpolitik.events import knowledge

from .helpers import Code, some_event


@pytest.fixture
def fresh_words() -> Iterator[None]:
    """Empty the loader's caches before and after a test that swaps the data."""
    cached = (knowledge.load_data, knowledge.coder_words, knowledge.alternative_verbs)
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:
        function.cache_clear()


def _swap_alternatives(monkeypatch: pytest.MonkeyPatch, words: dict[str, Any]) -> None:
    load = knowledge.load_data
    data = {**load(knowledge.CODER_WORDS), "alternative_verbs": {"why": "x", "words": words}}
    monkeypatch.setattr(
        knowledge, "load_data", lambda wanted: data if wanted == knowledge.CODER_WORDS else load(wanted)
    )
    knowledge.coder_words.cache_clear()
    knowledge.alternative_verbs.cache_clear()


def test_alternative_verbs_say_what_each_needs() -> None:
    needs = knowledge.alternative_verbs()
    assert needs["lose"] == {"object"} and needs["see"] == {"clause"}
    assert needs["risk"] == {"consequence_object", "gerund"}


def test_an_unknown_need_of_an_alternative_verb_is_named(
    monkeypatch: pytest.MonkeyPatch, fresh_words: None
) -> None:
    _swap_alternatives(monkeypatch, {"lose": ["objekt"]})
    with pytest.raises(LexiconError) as caught:
        knowledge.alternative_verbs()
    message = str(caught.value)
    assert "coder_words.json" in message and "alternative_verbs.lose" in message and "objekt" in message


REAGAN = "Ronald Reagan told the striking air traffic controllers to return to work within 48 hours or lose their jobs."


def test_the_needs_of_an_alternative_verb_come_from_the_data(
    code: Code, monkeypatch: pytest.MonkeyPatch, fresh_words: None
) -> None:
    some_event(code, REAGAN, "THREATEN", "139", "USA", None)
    # "lose" needing a clause of what is done ("or see Prague bombed") no longer takes "their jobs"
    _swap_alternatives(monkeypatch, {"lose": ["clause"], "forfeit": ["object"]})
    some_event(code, REAGAN, "REQUEST", None, "USA", None, absent=("THREATEN",))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Henry Kissinger negotiated with Le Duc Tho over Vietnam in Paris.", "USA"),
        ("The American envoy talked with the guerrilla commander about Angola.", "USA"),
        ("The Norwegian mediator talked with the rebel leaders about Sri Lanka.", "NOR"),
    ],
)
def test_one_doers_topic_is_no_partner(code: Code, text: str, source: str) -> None:
    """A reciprocal reading with one doer whose partner is no known actor: the country of the topic phrase is
    not the target."""
    some_event(code, text, "CONSULT", None, source, "")
