"""Actors: the knowledge base of states, organisations, groups and people, and the spaCy resolver.

`resolve_text` codes one text; the `realpolitik_actors` component does the same inside the pipeline.
The resolver (and spaCy with it) loads on first use, so the knowledge base alone stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .kb import KnowledgeBase, load_kb

if TYPE_CHECKING:
    from .resolve import ActorResolver, resolve_text

__all__ = ["ActorResolver", "KnowledgeBase", "load_kb", "resolve_text"]


def __getattr__(name: str) -> Any:
    if name in ("ActorResolver", "resolve_text"):
        from . import resolve

        value = getattr(resolve, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'realpolitik.actors' has no attribute {name!r}")
