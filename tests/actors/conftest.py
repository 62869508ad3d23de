"""Shared fixtures of the actor tests: the real pipeline with the resolver, built once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.nlp import build_pipeline, process
from realpolitik.records import ActorMention


@pytest.fixture(scope="session")
def actor_nlp() -> Language:
    """The installed English model plus the actor resolver (no event coder)."""
    return build_pipeline(events=False)


@pytest.fixture(scope="session")
def actors(actor_nlp: Language) -> Callable[..., list[ActorMention]]:
    """Resolve a text (optionally with an article date) to its actor mentions."""

    def run(text: str, date: str | None = None) -> list[ActorMention]:
        doc = next(process(actor_nlp, [(text, date)]))
        return list(doc._.actors)

    return run
