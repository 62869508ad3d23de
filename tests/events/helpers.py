"""Small helpers the event tests share."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.records import Event

Code = Callable[[str], list[Event]]


def first(events: list[Event]) -> Event:
    """The first event, failing the test when there is none."""
    assert events, "no event"
    return events[0]


def parties(event: Event) -> tuple[set[str], set[str]]:
    """The codes of the event's sources and targets."""
    return {a.code for a in event.source}, {a.code for a in event.target}
