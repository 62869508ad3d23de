"""Narratives: which story (frame) each article and outlet tells, with the sentences that tell it.

Frames live in data packs (`data/*.json`); detection runs over the spaCy parse and actor mentions.
"""

from .detect import ArticleFrame, Detection, SentenceFrame, detect_doc, detect_texts
from .pack import DEFAULT_PACK, Frame, Pack, load_pack, pack_for, parse_pack

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
