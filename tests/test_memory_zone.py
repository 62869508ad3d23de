"""Coding leaves nothing of the coded text in the pipeline (issue 13): spaCy memory zones, bounded caches.

A worker codes for hours: every word form it parses outside a memory zone stays in the vocabulary (a
string and a lexeme) for the life of the process. These tests code texts full of words no text had
before, on the real pipeline, and check that the vocabulary is as it was afterwards, that the parses
are those made without a zone, and that the records handed back hold only plain Python values.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from spacy.language import Language
from spacy.pipeline import Lemmatizer

from realpolitik import nlp as nlp_module
from realpolitik.coding import code_jsonl
from realpolitik.config import Settings
from realpolitik.nlp import build_pipeline, memory_zone, process
from realpolitik.pipeline import analyze_texts

BASE = (
    "Russia, Armenia and Azerbaijan signed a statement that ended the fighting in November 2020. "
    "Russia deployed peacekeepers to the Lachin corridor. Turkey welcomed the statement."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    made = build_pipeline(Settings())
    list(analyze_texts(made, [("warm", BASE, "2020-11-10")]))  # anything built on first use, built now
    return made


def new_words(tag: str, n: int = 40) -> list[str]:
    """Word forms that no text of the suite contains: made-up names, codes and figures."""
    out = []
    for i in range(n):
        out.append(f"Qorv{tag}{i}ashan")
        out.append(f"trelm{tag}{i}ic")
        out.append(f"{tag.upper()}-{i * 7919 + 104729:,}")
    return out


def text_with(words: list[str]) -> str:
    return BASE + " Officials listed " + ", ".join(words) + " in an annex."


def plain(value: Any, where: str = "record") -> Iterator[str]:
    """Paths inside `value` to anything but plain Python values (str, numbers, None, containers,
    dataclasses of them): a spaCy Token, Span or Doc there would point into a freed memory zone."""
    if value is None or isinstance(value, str | int | float | bool):
        return
    if isinstance(value, tuple | list | frozenset | set):
        for i, item in enumerate(value):
            yield from plain(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from plain(key, f"{where} key {key!r}")
            yield from plain(item, f"{where}[{key!r}]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from plain(getattr(value, f.name), f"{where}.{f.name}")
    else:
        yield f"{where}: {type(value).__module__}.{type(value).__name__}"


def test_nlp_memory_zone_analyze_texts_leaves_the_vocabulary_as_it_was(nlp: Language) -> None:
    words = new_words("a")
    strings = len(nlp.vocab.strings)
    items = [(f"art{i}", text_with(words[i::3]), "2021-03-0" + str(i + 1)) for i in range(3)]
    analyses = list(analyze_texts(nlp, items, batch_size=2))
    assert [a.article_id for a in analyses] == ["art0", "art1", "art2"]
    assert all(a.error is None and a.events and a.mentions for a in analyses)
    assert len(nlp.vocab.strings) == strings
    assert not any(w in nlp.vocab.strings or w in nlp.vocab for w in words)


def test_nlp_memory_zone_records_hold_only_plain_values(nlp: Language) -> None:
    from realpolitik.narratives import pack_for

    pack = pack_for(Settings())
    assert pack is not None
    items = [("art", text_with(new_words("b", 5)), "2021-04-01")]
    (analysis,) = analyze_texts(nlp, items, settings=Settings(), narratives=pack)
    assert analysis.events and analysis.mentions and analysis.axes is not None
    assert list(plain(analysis)) == []


@pytest.mark.parametrize("zone_chars", [1, 1_000_000])
def test_nlp_memory_zone_parses_as_without_one(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, zone_chars: int
) -> None:
    monkeypatch.setattr(nlp_module, "ZONE_CHARS", zone_chars)  # a zone per batch, or one for all
    tag = f"z{zone_chars}"
    texts = [(text_with(new_words(tag, 10)), None) for tag in (tag + "c", tag + "d", tag + "e")] + [
        (BASE, "2020-11-10")
    ]

    def annotations(zoned: bool) -> list[list[tuple[Any, ...]]]:
        out = []
        for doc in process(nlp, texts, batch_size=2, max_batch_chars=100_000, zoned=zoned):
            out.append(
                [
                    (t.text, t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, str(t.morph))
                    for t in doc
                ]
            )
        return out

    zoned = annotations(True)
    assert f"Qorv{tag}c0ashan" not in nlp.vocab.strings
    assert zoned == annotations(False)


def test_coding_code_jsonl_leaves_the_vocabulary_as_it_was(nlp: Language) -> None:
    words = new_words("f")
    lines = [json.dumps({"id": f"r{i}", "text": text_with(words[i::2])}) for i in range(2)]
    strings = len(nlp.vocab.strings)
    out = io.StringIO()
    report = code_jsonl(lines, out, Settings(), nlp=nlp)
    assert report.coded == 2 and report.events > 0
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["r0", "r1"]
    assert len(nlp.vocab.strings) == strings
    assert not any(w in nlp.vocab.strings for w in words)


def test_nlp_memory_zone_inside_a_zone_is_part_of_it(nlp: Language) -> None:
    words = new_words("g", 5)
    strings = len(nlp.vocab.strings)
    with memory_zone(nlp):
        (analysis,) = analyze_texts(nlp, [("art", text_with(words), None)])
        assert nlp.vocab.in_memory_zone  # the inner zones did not end the outer one
        assert words[0] in nlp.vocab.strings
    assert analysis.events and not nlp.vocab.in_memory_zone
    assert len(nlp.vocab.strings) == strings and words[0] not in nlp.vocab.strings


def test_nlp_memory_zone_empties_a_full_lemmatizer_cache(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    (lemmatizer,) = [c for _, c in nlp.components if isinstance(c, Lemmatizer)]
    monkeypatch.setattr(nlp_module, "LEMMA_CACHE_LIMIT", 20)
    (analysis,) = analyze_texts(nlp, [("art", text_with(new_words("h", 10)), None)])
    assert analysis.events
    assert len(lemmatizer.cache) <= 20


def test_nlp_resolve_text_keeps_nothing_of_the_text_in_the_shared_pipeline() -> None:
    from realpolitik.nlp import cached_pipeline, resolve_text

    shared = cached_pipeline((), events=False)
    resolve_text(BASE)  # built on first use, then measured
    strings = len(shared.vocab.strings)
    words = new_words("k", 5)
    mentions = resolve_text(text_with(words), "2020-11-10")
    assert {m.code for m in mentions} >= {"RUS", "ARM", "AZE", "TUR"}
    assert len(shared.vocab.strings) == strings and words[0] not in shared.vocab.strings
    assert list(plain(mentions)) == []


def test_nlp_in_zones_a_zone_lasts_zone_chars_of_batches(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp_module, "ZONE_CHARS", 10)
    batches = [["Qorvm1ashan"], ["Qorvm2ashan"], ["Qorvm3ashan", "x"]]
    seen = []
    for batch in nlp_module.in_zones(nlp, batches, len):
        assert nlp.vocab.in_memory_zone
        seen.append([w for w in ("Qorvm1ashan", "Qorvm2ashan") if w in nlp.vocab.strings])
        for word in batch:
            nlp.make_doc(word)
    assert seen == [[], [], []]  # each batch of 10 characters or more ended its zone
    assert not nlp.vocab.in_memory_zone and "Qorvm3ashan" not in nlp.vocab.strings
    monkeypatch.setattr(nlp_module, "ZONE_CHARS", 1_000)
    seen = []
    for batch in nlp_module.in_zones(nlp, batches, len):
        seen.append([w for w in ("Qorvm1ashan", "Qorvm2ashan") if w in nlp.vocab.strings])
        for word in batch:
            nlp.make_doc(word)
    assert seen == [[], ["Qorvm1ashan"], ["Qorvm1ashan", "Qorvm2ashan"]]  # one zone for all three
    assert "Qorvm1ashan" not in nlp.vocab.strings


def test_nlp_keep_known_words_keeps_the_models_words_and_no_new_string(nlp: Language) -> None:
    words = new_words("m", 5)
    text = "The envoys of Armenia and Azerbaijan discussed the border, the corridor and the prisoners. " + (
        " ".join(words)
    )
    strings = len(nlp.vocab.strings)
    kept = nlp_module.keep_known_words(nlp, [text])
    assert kept >= 5  # (words of the texts coded before were tried already)
    assert len(nlp.vocab.strings) == strings
    assert not any(w in nlp.vocab.strings or w in nlp.vocab for w in words)
    assert "envoys" in nlp.vocab and "border," not in nlp.vocab.strings  # a chunk with its comma, too
    with memory_zone(nlp):  # the kept lexemes outlive a zone that parses them
        doc = nlp.make_doc(text)
        assert [t.text for t in doc][:6] == ["The", "envoys", "of", "Armenia", "and", "Azerbaijan"]
    assert "envoys" in nlp.vocab and words[0] not in nlp.vocab.strings
    assert nlp_module.keep_known_words(nlp, [text]) == 0  # every chunk was tried already


def test_nlp_keep_known_words_does_nothing_inside_a_zone(nlp: Language) -> None:
    with memory_zone(nlp):
        assert nlp_module.keep_known_words(nlp, ["Delegations gathered in Tbilisi yesterday."]) == 0
    assert "Delegations" not in nlp.vocab


def test_nlp_keep_known_words_is_bounded(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    state = nlp_module._KEPT[nlp]
    monkeypatch.setattr(nlp.tokenizer, "max_cache_size", state.kept + 3)
    assert (
        nlp_module.keep_known_words(nlp, ["Ministers later signed several protocols on transit routes."]) == 3
    )
    assert nlp_module.keep_known_words(nlp, ["Observers counted many trucks near checkpoints."]) == 0
    monkeypatch.setattr(nlp.tokenizer, "max_cache_size", state.kept + 3)
    monkeypatch.setattr(nlp_module, "TRIED_LIMIT", 0)
    nlp_module.keep_known_words(nlp, ["Negotiators resumed."])
    assert len(state.tried) <= 2  # the memory of tried chunks was emptied before these were added
