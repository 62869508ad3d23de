"""Actors: the knowledge base of states, organisations, groups and people, and the spaCy resolver.

`resolve_text` codes one text; the `realpolitik_actors` component does the same inside the pipeline.
"""

from __future__ import annotations

from .kb import KnowledgeBase, load_kb
from .resolve import ActorResolver, resolve_text

__all__ = ["ActorResolver", "KnowledgeBase", "load_kb", "resolve_text"]
