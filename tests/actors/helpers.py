"""Small helpers the actor tests share."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


def coded(mentions: list[ActorMention]) -> dict[str, tuple[str, str | None]]:
    """The code and sector of each actor mention, by its text."""
    return {m.text: (m.code, m.sector) for m in mentions if m.role == "actor"}


def codes_on(actors: Resolve, text: str, date: str, word: str) -> list[tuple[str, str | None]]:
    """The code and sector of each mention that covers the first `word` of the text, resolved on `date`."""
    at = text.index(word)
    return [(m.code, m.sector) for m in actors(text, date) if m.start <= at < m.end]


def person_in(found: list[ActorMention], span: str) -> ActorMention | None:
    """The first mention whose text holds `span` or lies within it; None without one."""
    return next((m for m in found if span in m.text or m.text in span), None)


def assert_resolves(actors: Resolve, sentence: str, date: str, span: str, code: str, sector: str) -> None:
    """The person named by `span` in the sentence resolves to `code` and `sector` on `date`."""
    found = actors(sentence, date)
    person = person_in(found, span)
    assert person is not None and (person.code, person.sector) == (code, sector), [
        (m.text, m.code, m.sector) for m in found
    ]
