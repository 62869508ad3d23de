"""The Doc extension attributes the project's components read and write, registered in one place.

Both the pipeline builder (nlp.py) and the components (actors/resolve.py, events/component.py) import
this module, which imports nothing of the project, so no component needs the builder.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default: the article's date (YYYY-MM-DD), its actor mentions, its coded events, and the lemmas of
# the main verbs that bear actors but have no lexicon entry (the coder's gaps, for `code --stats`).
DOC_EXTENSIONS: tuple[tuple[str, None], ...] = (
    ("article_date", None),
    ("actors", None),
    ("events", None),
    ("event_gaps", None),
)


def register_extensions() -> None:
    """Register the Doc extensions the project's components read and write (idempotent)."""
    for name, default in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
