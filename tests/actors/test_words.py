"""Tests of actors/words.py: the resolver's word lists in actors/data/resolver.json and their pointed error."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from realpolitik.actors import words
from realpolitik.errors import KnowledgeBaseError


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Empty the loader's caches before and after a test that swaps the data."""
    cached = (words.load_data, words.resolver_words)  # the real ones, before a test swaps the loader
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:
        function.cache_clear()


def _swap(monkeypatch: pytest.MonkeyPatch, change: dict[str, Any], drop: str = "") -> None:
    real = words.load_data(words.RESOLVER_WORDS)
    words.load_data.cache_clear()
    words.resolver_words.cache_clear()
    data = {k: v for k, v in {**real, **change}.items() if k != drop}
    monkeypatch.setattr(words, "load_data", lambda name: data)


def test_words_resolver_lists_are_read_from_data() -> None:
    found = words.resolver_words()
    assert "former" in found.former_words
    assert found.sector_rank["OPP"] < found.sector_rank["GOV"]  # "opposition parties" are OPP
    assert "backed" in found.patron_heads  # the patron suffixes are heads too ("backed by Iran")
    assert found.form_confidence["name"] == 1.0
    assert "to" not in found.locative_preps  # a destination is often the target


@pytest.mark.parametrize(
    ("change", "drop", "entry", "problem"),
    [
        (
            {"former_words": {"why": "x", "words": ["former", 3]}},
            "",
            "'former_words'",
            "list of non-empty words",
        ),
        ({"honorifics": "mr"}, "", "'honorifics'", "list of non-empty words"),
        (
            {"sector_priority": {"why": "x", "words": ["OPP", "XYZ"]}},
            "",
            "'sector_priority'",
            "XYZ is not a sector",
        ),
        (
            {"form_confidence": {"why": "x", "values": {"name": "high"}}},
            "",
            "'form_confidence'",
            "number pairs",
        ),
        ({}, "pair_nouns", "'pair_nouns'", "missing"),
    ],
)
def test_words_bad_entry_names_file_entry_and_fix(
    monkeypatch: pytest.MonkeyPatch,
    fresh_caches: None,
    change: dict[str, Any],
    drop: str,
    entry: str,
    problem: str,
) -> None:
    _swap(monkeypatch, change, drop)
    with pytest.raises(KnowledgeBaseError) as caught:
        words.resolver_words()
    message = str(caught.value)
    assert "resolver.json" in message and entry in message and problem in message
    assert "Fix that entry" in message


def test_words_unreadable_file_is_named(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None, tmp_path: Any
) -> None:
    from realpolitik import datafiles

    broken = tmp_path / "resolver.json"
    broken.write_text('{"former_words": [', encoding="utf-8")
    monkeypatch.setattr(datafiles, "data_path", lambda package, name: broken)
    with pytest.raises(
        KnowledgeBaseError, match=r"resolver\.json: cannot read the data file: .*Fix the JSON"
    ):
        words.resolver_words()
