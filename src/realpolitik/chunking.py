"""Long texts are parsed in bounded, sentence-aligned chunks, and their records put back in place.

spaCy refuses texts over `nlp.max_length` and its memory grows with the text, so an article of any
length is cut at line and sentence ends into chunks of at most `parse_chunk_chars` characters; a
run-on "sentence" longer than `max_sentence_tokens` words is cut at a word boundary, on its own, so
no parse ever sees one sentence that long. The chunks concatenate to the text exactly, so the
records of each chunk only need their offsets moved by the chunk's start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from .records import ActorMention, Event

# A sentence or line ends: a line break (with the blank space after it), or sentence punctuation
# and any closing quotes or brackets followed by blank space.
_BOUNDARY = re.compile(r"\n\s*|(?<=[.!?…])[\"'”’»)\]]*\s+")
_WORD = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class Chunk:
    """A piece of a text to parse on its own: where it starts in the text, and its text."""

    start: int
    text: str
    cut_words: int = 0  # > 0: cut out of a run-on sentence of this many words

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or line, the blank space after it included."""
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.end() > pos:
            yield pos, m.end()
            pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def _cut_run_on(text: str, start: int, end: int, max_words: int, max_chars: int) -> Iterator[Chunk]:
    """Pieces of one over-long segment, each at most `max_words` words and `max_chars` characters."""
    words = sum(1 for _ in _WORD.finditer(text, start, end))
    piece_start, count = start, 0
    for m in _WORD.finditer(text, start, end):
        if m.end() - piece_start > max_chars:
            if m.start() > piece_start:  # close the piece before this word
                yield Chunk(piece_start, text[piece_start : m.start()], words)
                piece_start, count = m.start(), 0
            while m.end() - piece_start > max_chars:  # one "word" longer than a chunk: cut by characters
                yield Chunk(piece_start, text[piece_start : piece_start + max_chars], words)
                piece_start += max_chars
        count += 1
        if count >= max_words:
            yield Chunk(piece_start, text[piece_start : m.end()], words)
            piece_start, count = m.end(), 0
    if piece_start < end:
        yield Chunk(piece_start, text[piece_start:end], words)


def chunk_text(text: str, max_chars: int, max_words: int) -> list[Chunk]:
    """Sentence-aligned chunks of `text`, each at most `max_chars` characters; concatenated, they are `text`.

    A text within both bounds is one chunk, so ordinary articles parse exactly as a whole.
    """
    if len(text) <= max_chars and len(text) < max_words * 2:  # too short to hold a run-on sentence
        return [Chunk(0, text)]
    chunks: list[Chunk] = []
    open_start: int | None = None  # start of the chunk being filled with whole segments
    open_end = 0

    def close() -> None:
        nonlocal open_start
        if open_start is not None:
            chunks.append(Chunk(open_start, text[open_start:open_end]))
            open_start = None

    for start, end in _segments(text):
        long_segment = end - start > max_chars
        if long_segment or _more_words_than(text, start, end, max_words):
            close()
            chunks.extend(_cut_run_on(text, start, end, max_words, max_chars))
            continue
        if open_start is not None and end - open_start > max_chars:
            close()
        if open_start is None:
            open_start = start
        open_end = end
    close()
    return chunks or [Chunk(0, text)]


def _more_words_than(text: str, start: int, end: int, limit: int) -> bool:
    if end - start < limit:  # every word takes at least one character
        return False
    return any(n > limit for n, _ in enumerate(_WORD.finditer(text, start, end), 1))


T = TypeVar("T")


def char_batches(
    items: Iterable[T], size: Callable[[T], int], max_items: int, max_chars: int
) -> Iterator[list[T]]:
    """Consecutive groups of `items`, each at most `max_items` long and `max_chars` characters in total.

    spaCy batches by number of texts, but its memory grows with the characters in a batch: a batch of
    64 chunks of 50,000 characters needs gigabytes. An item longer than `max_chars` is a group alone.
    """
    group: list[T] = []
    chars = 0
    for item in items:
        n = size(item)
        if group and (len(group) >= max_items or chars + n > max_chars):
            yield group
            group, chars = [], 0
        group.append(item)
        chars += n
    if group:
        yield group


def shift_mention(m: ActorMention, offset: int) -> ActorMention:
    return m if offset == 0 else replace(m, start=m.start + offset, end=m.end + offset)


def shift_event(e: Event, offset: int) -> Event:
    if offset == 0:
        return e
    return replace(e, evidence_start=e.evidence_start + offset, evidence_end=e.evidence_end + offset)


def shift_axis(axis: dict[str, Any], offset: int) -> dict[str, Any]:
    out = dict(axis)
    for key in ("evidence_start", "evidence_end"):
        if isinstance(out.get(key), int):
            out[key] += offset
    return out


def describe_cuts(chunks: list[Chunk], max_words: int) -> str | None:
    """A warning about run-on sentences that were cut, or None."""
    runs = sorted({c.cut_words for c in chunks if c.cut_words})
    if not runs:
        return None
    sizes = ", ".join(f"{n:,}" for n in runs)
    return (
        f"a run of {sizes} words without a sentence end was cut every {max_words:,} words for parsing "
        "(raise max_sentence_tokens in the settings to keep longer sentences whole)"
    )
