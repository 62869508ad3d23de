"""Tests of events/knowledge.py: the one loader of the coder's data files and its pointed error."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.errors import LexiconError
from realpolitik.events import knowledge


def test_knowledge_coder_words_are_read_from_data() -> None:
    words = knowledge.coder_words()
    assert "hold" in words.light_verbs
    assert "earthquake" in words.natural_forces
    # the order of target prepositions is kept: "to" names a target before "in" does
    assert words.target_rank("to") < words.target_rank("in")


def test_knowledge_frame_codes_are_cameo_codes() -> None:
    codes = knowledge.frame_codes()
    assert codes.exact["threat"]["163"] == "1312"
    assert codes.by_root["demand"]["04"] == "106"
    assert "14" in codes.conflict_roots and "04" in codes.cooperation_roots
    # a frame's own code, kept when its complement refines nothing
    assert codes.default == {
        "intent": "030",
        "threat": "130",
        "demand": "100",
        "appeal": "020",
        "reject": "120",
    }


def _swap(monkeypatch: pytest.MonkeyPatch, name: str, change: dict[str, Any]) -> None:
    real = knowledge.load_data(name)
    knowledge.load_data.cache_clear()
    data = {**real, **change}
    monkeypatch.setattr(knowledge, "load_data", lambda wanted: data if wanted == name else real)


@pytest.mark.parametrize(
    ("change", "entry", "problem"),
    [
        ({"light_verbs": {"why": "x", "words": ["hold", 3]}}, "'light_verbs'", "list of non-empty words"),
        ({"weapons": "missile"}, "'weapons'", "list of non-empty words"),
    ],
)
def test_knowledge_bad_entry_names_file_and_entry(
    monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None, change: dict[str, Any], entry: str, problem: str
) -> None:
    _swap(monkeypatch, knowledge.CODER_WORDS, change)
    with pytest.raises(LexiconError) as caught:
        knowledge.coder_words()
    message = str(caught.value)
    assert "coder_words.json" in message and entry in message and problem in message
    assert "Fix that entry" in message


def test_knowledge_missing_entry_is_named(monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None) -> None:
    real = knowledge.load_data(knowledge.CODER_WORDS)
    data = {k: v for k, v in real.items() if k != "reversal_verbs"}
    monkeypatch.setattr(knowledge, "load_data", lambda wanted: data)
    with pytest.raises(LexiconError, match=r"coder_words\.json: entry 'reversal_verbs': missing"):
        knowledge.coder_words()


def test_knowledge_unknown_frame_code_is_named(
    monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None
) -> None:
    real = knowledge.load_data(knowledge.FRAME_CODES)
    frames = {**real["frames"], "threat": {"by_root": {"16": "999"}, "exact": {}}}
    _swap(monkeypatch, knowledge.FRAME_CODES, {"frames": frames})
    with pytest.raises(LexiconError, match=r"frame_codes\.json: entry 'frames\.threat\.by_root\.16': '999'"):
        knowledge.frame_codes()


def test_knowledge_bad_frame_default_is_named(monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None) -> None:
    real = knowledge.load_data(knowledge.FRAME_CODES)
    frames = {**real["frames"], "reject": {**real["frames"]["reject"], "default": "999"}}
    _swap(monkeypatch, knowledge.FRAME_CODES, {"frames": frames})
    with pytest.raises(LexiconError, match=r"frame_codes\.json: entry 'frames\.reject\.default': '999'"):
        knowledge.frame_codes()


def test_knowledge_every_data_file_loads() -> None:
    # the modality and attribution layers read their cues through the same loader
    for name in (
        knowledge.CODER_WORDS,
        knowledge.FRAME_CODES,
        knowledge.MODALITY_CUES,
        knowledge.REPORTING_WORDS,
        knowledge.CLAUSES,
    ):
        assert knowledge.load_data(name)["about"]


def test_knowledge_clause_words_missing_entry_is_named(
    monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None
) -> None:
    assert "after" in knowledge.clause_words().adjunct_preps
    knowledge.clause_words.cache_clear()
    real = knowledge.load_data(knowledge.CLAUSES)
    data = {k: v for k, v in real.items() if k != "adjunct_marks"}
    monkeypatch.setattr(knowledge, "load_data", lambda wanted: data)
    with pytest.raises(LexiconError, match=r"clauses\.json: entry 'adjunct_marks': missing"):
        knowledge.clause_words()


def test_knowledge_self_event_types_are_plover_types(
    monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None
) -> None:
    assert "CONCEDE" in knowledge.self_event_types()
    knowledge.self_event_types.cache_clear()
    _swap(
        monkeypatch, knowledge.EVENT_RULES, {"self_event_types": {"why": "x", "types": ["CONCEDE", "GIVE"]}}
    )
    with pytest.raises(
        LexiconError, match=r"event_rules\.json: entry 'self_event_types': GIVE is not a PLOVER"
    ):
        knowledge.self_event_types()


def test_knowledge_role_pairs_read_word_value_lists() -> None:
    words = knowledge.role_words()
    sectors = words.pairs("collective_sectors", "home_victim_nouns")
    assert sectors["protester"] == "cvl" and sectors["hostage"] == "cvl"
    assert words.pairs("group_numbers") == dict(w.split(":", 1) for w in words.group_numbers)


def test_knowledge_a_noun_with_two_sectors_is_named(
    monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None
) -> None:
    # (the roles read several sector lists as one mapping: two sectors for one noun would make the one read
    # depend on the order of a set, and so the coder's output on the process)
    real = knowledge.load_data(knowledge.ROLES)
    victims = {**real["home_victim_nouns"], "words": [*real["home_victim_nouns"]["words"], "protester:OPP"]}
    _swap(monkeypatch, knowledge.ROLES, {"home_victim_nouns": victims})
    with pytest.raises(
        LexiconError, match=r"roles\.json: entry 'home_victim_nouns': 'protester' is OPP here but CVL"
    ):
        knowledge.role_words()
