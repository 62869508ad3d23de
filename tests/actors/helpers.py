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


# `assert_resolves` without a sector: the mention's sector is not checked
ANY_SECTOR = object()


def assert_resolves(
    actors: Resolve,
    sentence: str,
    date: str | None,
    span: str,
    code: str | None = None,
    sector: object = ANY_SECTOR,
    *,
    person_id: str | None = None,
) -> None:
    """The person (or body) named by `span` in the sentence, resolved on `date` (its first mention holding `span`
    or lying within it), resolves to `code`, to `sector` (None: no sector) and to the person `person_id` (named
    among its reasons), each where given."""
    found = actors(sentence, date)
    person = person_in(found, span)
    seen = [(m.text, m.code, m.sector, m.why) for m in found]
    assert person is not None, seen
    if code is not None:
        assert person.code == code, seen
    if sector is not ANY_SECTOR:
        assert person.sector == sector, seen
    if person_id is not None:
        assert person_id in person.why, seen


def assert_stays_off(actors: Resolve, sentence: str, date: str | None, span: str, code: str) -> None:
    """No mention holding `span` in the sentence, resolved on `date`, resolves to `code`."""
    found = actors(sentence, date)
    assert not any(span in m.text and m.code == code for m in found), [
        (m.text, m.code, m.sector) for m in found
    ]
