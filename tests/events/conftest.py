"""Shared fixtures of the event tests: the real spaCy model, loaded once per session, and a token finder."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from realpolitik.nlp import load_model


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
