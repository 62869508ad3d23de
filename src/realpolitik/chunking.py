"""Long texts are parsed in bounded, sentence-aligned chunks, and their records put back in place.

spaCy refuses texts over `nlp.max_length` and its memory grows with the text, so an article of any
length is cut at line and sentence ends into chunks of at most `parse_chunk_chars` characters; a
run-on "sentence" longer than `max_sentence_tokens` words is cut at a word boundary, on its own, so
no parse ever sees one sentence that long. The chunks concatenate to the text exactly, so the
records of each chunk only need their offsets moved by the chunk's start.

A chunk cut out of a transcript is parsed between short contexts: before it, the speaker labels in
force where it starts ("President of France Emmanuel Macron: …"); after it, the labels of the speakers
still to come. So the turn it starts in keeps its speaker and every turn its other speakers ("I", "we",
"Mr President" stand for them, as in the whole text). Records in the contexts are dropped.
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
    # lines parsed before the text: the speaker labels of a transcript in force where the chunk starts
    context: str = ""
    # lines parsed after it: the labels of the transcript's speakers still to come
    coda: str = ""

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def parsed(self) -> str:
        """What the parser reads: the context, the chunk's text, the coda."""
        return self.context + self.text + self.coda

    @property
    def offset(self) -> int:
        """Where offset 0 of the parsed text falls in the whole text (before the chunk by its context)."""
        return self.start - len(self.context)

    def holds(self, at: int) -> bool:
        """Whether offset `at` of the parsed text is in the chunk's own text (not in its context or coda)."""
        return len(self.context) <= at < len(self.context) + len(self.text)


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
    return _with_speakers(text, _chunks(text, max_chars, max_words))


def _chunks(text: str, max_chars: int, max_words: int) -> list[Chunk]:
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


# The most characters of context a chunk is given, both sides together (the labels of the speakers
# nearest to it): a parser's text may be this much longer than a chunk.
CONTEXT_CHARS = 4_000
_CONTEXT_LINE = "{}: …\n\n"


def _with_speakers(text: str, chunks: list[Chunk]) -> list[Chunk]:
    """The chunks of a text cut inside a transcript, each given the speaker labels of the same article
    around it as context: before its text, one line per speaker who spoke before it (the most recent last:
    the turn the chunk starts in); after it, one line per speaker still to come."""
    if len(chunks) < 2:
        return chunks
    from .ingest.clean import speaker_label

    labels: list[tuple[int, str]] = []  # (offset of the line, speaker)
    pos = 0
    for line in text.splitlines(keepends=True):
        name = speaker_label(line) if ":" in line else None
        if name is not None:
            labels.append((pos, name))
        pos += len(line)
    if not labels:
        return chunks
    from .ingest.split import article_starts

    boundaries = [0, *article_starts(text), len(text) + 1]
    out: list[Chunk] = []
    for chunk in chunks:
        begun = max(b for b in boundaries if b <= chunk.start)
        ends = min(b for b in boundaries if b >= chunk.end)
        before = [name for at, name in labels if begun <= at < chunk.start]
        after = [name for at, name in labels if chunk.end <= at < ends]
        # the speakers before in the order of their last label, those after in the order of their first
        context = _label_lines(list(reversed(dict.fromkeys(reversed(before)))), keep_last=True)
        coda = _label_lines(list(dict.fromkeys(after)), keep_last=False)
        out.append(replace(chunk, context=context, coda="\n\n" + coda if coda else ""))
    return out


def _label_lines(names: list[str], *, keep_last: bool) -> str:
    """One context line per speaker, within half of CONTEXT_CHARS: the last names kept when `keep_last`,
    else the first."""
    lines: list[str] = []
    for name in reversed(names) if keep_last else names:
        line = _CONTEXT_LINE.format(name)
        if sum(map(len, lines)) + len(line) > CONTEXT_CHARS // 2 - 2:
            break
        lines.append(line)
    return "".join(reversed(lines) if keep_last else lines)


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


def event_in_chunk(e: Event, chunk: Chunk) -> Event | None:
    """An event of a chunk's parse moved to its place in the whole text; None when it lies in the context or
    the coda (a sentence that runs from them into the chunk keeps only its part in the chunk)."""
    start, end = len(chunk.context), len(chunk.context) + len(chunk.text)
    if e.evidence_end <= start or e.evidence_start >= end:
        return None
    if e.evidence_start < start or e.evidence_end > end:
        e = replace(e, evidence_start=max(start, e.evidence_start), evidence_end=min(end, e.evidence_end))
    return shift_event(e, chunk.offset)


def mention_in_chunk(m: ActorMention, chunk: Chunk) -> ActorMention | None:
    """A mention of a chunk's parse moved to its place in the whole text; None when it lies in the context or
    the coda."""
    return shift_mention(m, chunk.offset) if chunk.holds(m.start) else None


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
