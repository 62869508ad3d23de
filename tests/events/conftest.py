"""Shared fixtures of the event tests: the real spaCy model and the full pipeline, each loaded once per session,
a token finder, a sentence coder and the coder's data loader emptied around a test that swaps its data."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from realpolitik.events import knowledge
from realpolitik.nlp import build_pipeline, load_model
from realpolitik.records import Event

from .helpers import events_on


@pytest.fixture(scope="session")
def bare_nlp() -> Language:
    """The installed English model without the project's components (parser, tagger, NER)."""
    return load_model()


@pytest.fixture(scope="session")
def token_of(bare_nlp: Language) -> Callable[[str, str], Token]:
    """Parse a sentence and return its first token with the given text (the event trigger)."""
    cache: dict[str, Doc] = {}

    def find(sentence: str, word: str) -> Token:
        doc = cache.get(sentence)
        if doc is None:
            doc = cache[sentence] = bare_nlp(sentence)
        for tok in doc:
            if tok.text == word:
                return tok
        raise AssertionError(f"{word!r} is not a token of {sentence!r}")

    return find


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full pipeline: the model with the project's actor and event components."""
    return build_pipeline()


@pytest.fixture(scope="session")
def code(nlp: Language) -> Callable[[str], list[Event]]:
    """Code one sentence (dated 2024-03-01) through the full pipeline and return its events."""

    def run(text: str) -> list[Event]:
        return events_on(nlp, text, "2024-03-01")

    return run


@pytest.fixture(scope="session")
def code_background(nlp: Language) -> Callable[[str], list[Event]]:
    """Code one sentence as `code` does, with the event coder's setting `background_deeds` on: the deeds that
    tell the background of a sentence's news (a clause of time or cause, a relative clause, a participle tail, a
    deed noun in an adjunct of time) are kept as events of their own beside the main clause's event. (By default
    they are not: the event sets code one event per sentence, the news.) The tests that check how such deeds are
    read (their doers, targets, modality and dates) use this."""
    coder = nlp.get_pipe("realpolitik_events")

    def run(text: str) -> list[Event]:
        coder.background_deeds = True
        try:
            return events_on(nlp, text, "2024-03-01")
        finally:
            coder.background_deeds = False

    return run


@pytest.fixture
def fresh_knowledge() -> Iterator[None]:
    """Empty the caches of events/knowledge.py (its loader and what it makes of the data) before and after a test
    that swaps the data."""
    cached = [
        f
        for f in vars(knowledge).values()
        if hasattr(f, "cache_clear") and f.__module__ == knowledge.__name__
    ]
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:
        function.cache_clear()
