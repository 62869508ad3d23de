"""Highlight marks for evidence sentences and article text: actors, event triggers, evidence spans.

Marks are character ranges; pages render each segment as escaped text inside a span, never as HTML.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted character range with its kind (actor, trigger, evidence) and a tooltip."""

    start: int
    end: int
    kind: str
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "title": self.title}


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same set of marks."""

    text: str
    kinds: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in sorted(set(self.kinds)))

    @property
    def title(self) -> str:
        return "; ".join(t for t in dict.fromkeys(self.titles) if t)


def _find(haystack: str, needle: str) -> int:
    if not needle:
        return -1
    # Whole-word match first, so "Iran" is not highlighted inside "Iranian" when the word exists alone.
    m = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack, flags=re.IGNORECASE)
    if m:
        return m.start()
    return haystack.lower().find(needle.lower())


def evidence_marks(event: dict[str, Any]) -> list[Mark]:
    """Marks for the actors and the trigger of one event inside its evidence sentence."""
    text = event.get("evidence_text") or ""
    marks: list[Mark] = []
    for role in ("source", "target"):
        for actor in event.get(role) or []:
            surface = actor.get("text") or ""
            pos = _find(text, surface)
            if pos >= 0:
                marks.append(Mark(pos, pos + len(surface), role, f"{role}: {actor.get('code')}"))
    trigger = event.get("trigger") or ""
    pos = _find(text, trigger)
    if pos >= 0:
        marks.append(Mark(pos, pos + len(trigger), "trigger", f"{event.get('event')} ({event.get('cameo')})"))
    return marks


def segments(text: str, marks: Iterable[Mark], anchors: Sequence[tuple[int, str]] = ()) -> list[Segment]:
    """Split `text` at every mark boundary; each segment lists the marks covering it."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for pos, _ in anchors:
        if 0 <= pos <= len(text):
            cuts.add(pos)
    ordered = sorted(cuts)
    anchor_at: dict[int, list[str]] = {}
    for pos, name in anchors:
        anchor_at.setdefault(pos, []).append(name)
    out: list[Segment] = []
    for lo, hi in itertools.pairwise(ordered):
        cover = [m for m in marks if m.start <= lo and hi <= m.end]
        out.append(
            Segment(
                text[lo:hi],
                [m.kind for m in cover],
                [m.title for m in cover],
                anchor_at.get(lo, []),
            )
        )
    return out


def article_marks(article: dict[str, Any]) -> list[Mark]:
    """Marks for every actor mention and event evidence span (and its trigger) in an article."""
    text = article.get("text") or ""
    marks = [
        Mark(
            m["start"],
            m["end"],
            "actor",
            f"{m['code']}{' ' + m['sector'] if m.get('sector') else ''}: {m.get('why') or ''}",
        )
        for m in article.get("mentions", [])
    ]
    for ev in article.get("events", []):
        start, end = ev.get("evidence_start"), ev.get("evidence_end")
        if start is None or end is None:
            continue
        src = "+".join(a["code"] for a in ev.get("source") or [])
        tgt = "+".join(a["code"] for a in ev.get("target") or [])
        marks.append(Mark(start, end, "evidence", f"{ev['event']} {src} → {tgt} ({ev['modality']})"))
        trig = ev.get("trigger") or ""
        pos = _find(text[start:end], trig)
        if pos >= 0:
            marks.append(
                Mark(start + pos, start + pos + len(trig), "trigger", f"{ev['event']} ({ev['cameo']})")
            )
    return marks


def match_marks(text: str, query: str | None, *, limit: int = 50) -> list[Mark]:
    """Every case-insensitive occurrence of a search term in `text` (at most `limit`)."""
    q = (query or "").strip()
    if len(q) < 2:
        return []
    found = re.finditer(re.escape(q), text, flags=re.IGNORECASE)
    return [Mark(m.start(), m.end(), "match", "search term") for m in itertools.islice(found, limit)]
