"""Narratives: which story (frame) each article and outlet tells, with the sentences that tell it.

Frames live in data packs (`data/*.json`); detection runs over the spaCy parse and actor mentions.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .pack import DEFAULT_PACK, Frame, Pack, load_pack, pack_for, parse_pack

if TYPE_CHECKING:
    from .detect import ArticleFrame, Detection, SentenceFrame, detect_doc, detect_texts

# Detection imports spaCy (about a second, several on a loaded machine); the web app and the report only
# read stored frames with the pack, so detection's names load when first asked for.
_DETECT = ("ArticleFrame", "Detection", "SentenceFrame", "detect_doc", "detect_texts")


def __getattr__(name: str) -> Any:
    if name not in _DETECT:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(".detect", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_PACK",
    "ArticleFrame",
    "Detection",
    "Frame",
    "Pack",
    "SentenceFrame",
    "detect_doc",
    "detect_texts",
    "load_pack",
    "pack_for",
    "parse_pack",
]
