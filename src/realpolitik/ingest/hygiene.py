"""Text hygiene at the door: characters no article should carry are replaced or removed, and counted.

Lone surrogates (from JSON escapes or broken decoders) cannot be encoded and stop DuckDB and lingua;
non-characters have no meaning in text; bidirectional overrides make a text display differently from
what it says. Titles are plain text: markup in them is dropped.
"""

from __future__ import annotations

import html
import re

REPLACEMENT = "\ufffd"

# U+202A-202E (embeddings and overrides) and U+2066-2069 (isolates) change the display order of what
# follows them; the marks U+200E/U+200F are harmless and right-to-left text needs them, so they stay.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Non-characters: U+FDD0-FDEF and the last two code points of every plane.
_NONCHARS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17)
)
_SURROGATES = "\ud800-\udfff"
_BAD = re.compile(f"[{_SURROGATES}{_NONCHARS}{_BIDI_CONTROLS}]")
_DROP = re.compile(f"[{_NONCHARS}{_BIDI_CONTROLS}]")
_SURROGATE = re.compile(f"[{_SURROGATES}]")


def scrub(text: str, *, keep_length: bool = False) -> tuple[str, int]:
    """`text` without lone surrogates, non-characters and bidi overrides, and how many were changed.

    Lone surrogates become U+FFFD. Non-characters and bidi controls are removed, or, with
    `keep_length` (when character offsets must keep pointing at the caller's text), replaced by
    U+FFFD and a space respectively.
    """
    if not _BAD.search(text):  # the common case costs one scan
        return text, 0
    count = len(_BAD.findall(text))
    text = _SURROGATE.sub(REPLACEMENT, text)
    if keep_length:
        text = re.sub(f"[{_NONCHARS}]", REPLACEMENT, text)
        text = re.sub(f"[{_BIDI_CONTROLS}]", " ", text)
    else:
        text = _DROP.sub("", text)
    return text, count


class Scrubber:
    """Scrubs many strings of one input and keeps the total count of characters changed."""

    def __init__(self) -> None:
        self.changed = 0

    def __call__(self, text: str) -> str:
        clean, n = scrub(text)
        self.changed += n
        return clean

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self(text)


_HIDDEN = re.compile(r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z!][^<>]*>")


def plain_title(title: str | None) -> str | None:
    """A title as plain text: scripts and styles with their content, tags and entities removed."""
    if title is None:
        return None
    text = _HIDDEN.sub(" ", title)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text, _ = scrub(text)
    text = " ".join(text.split())
    return text or None
