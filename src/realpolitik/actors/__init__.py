"""Actors: the knowledge base of states, organisations, groups and people, and the spaCy resolver.

The `realpolitik_actors` component codes the actors of each Doc; `realpolitik.nlp.resolve_text` runs it on
one text. The resolver (and spaCy with it) loads on first use, so the knowledge base alone stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .kb import KnowledgeBase, load_kb

if TYPE_CHECKING:
    from .resolve import ActorResolver

__all__ = ["ActorResolver", "KnowledgeBase", "load_kb"]


def __getattr__(name: str) -> Any:
    if name == "ActorResolver":
        from . import resolve

        value = getattr(resolve, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'realpolitik.actors' has no attribute {name!r}")
