"""Tests of the lexicon loader: the packaged file, user files, and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import LexiconError
from realpolitik.events.lexicon import default_lexicon, load_lexicon, parse_line


def test_lexicon_packaged_file_covers_every_cameo_root() -> None:
    lexicon = default_lexicon()
    assert len(lexicon) >= 300
    assert lexicon.roots() == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(
    ("kind", "lemma", "code"),
    [("V", "expel", "166"), ("N", "talk", "040"), ("N", "rejection", "120"), ("F", "threaten", "130")],
)
def test_lexicon_lookup_finds_entries(kind: str, lemma: str, code: str) -> None:
    assert code in {e.code for e in default_lexicon().lookup(kind, lemma)}


def test_lexicon_lookup_puts_specific_entries_first() -> None:
    entries = default_lexicon().lookup("V", "impose")
    assert entries[0].specificity >= entries[-1].specificity
    assert entries[0].constraints


def test_lexicon_parse_line_reads_constraints_and_flags() -> None:
    entry = parse_line("V 057 sign obj=treaty|accord +recip  # a comment", path="x", line=3)
    assert entry is not None
    assert (entry.kind, entry.code, entry.lemma, entry.reciprocal) == ("V", "057", "sign", True)
    assert entry.allowed("obj") == frozenset({"treaty", "accord"})


def test_lexicon_parse_line_reads_the_own_flag() -> None:
    entry = parse_line("V 087 halt|stop dobj=offensive +own", path="x", line=1)
    assert entry is not None and entry.own and entry.allowed("dobj") == frozenset({"offensive"})
    plain = parse_line("V 087 halt dobj=offensive", path="x", line=2)
    assert plain is not None and not plain.own


def test_lexicon_parse_line_reads_the_light_flag() -> None:
    entry = parse_line("N 110 concern +light", path="x", line=1)
    assert entry is not None and entry.light_only
    plain = parse_line("N 110 criticism", path="x", line=2)
    assert plain is not None and not plain.light_only


@pytest.mark.parametrize("text", ["", "   ", "# only a comment"])
def test_lexicon_parse_line_skips_blank_and_comments(text: str) -> None:
    assert parse_line(text, path="x", line=1) is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("V 057", "too few fields"),
        ("X 057 sign", "unknown kind"),
        ("V 999 sign", "unknown CAMEO code"),
        ("V 057 sign colour=red", "unknown constraint"),
        ("V 057 sign obj=", "empty constraint"),
        ("F 130 threaten", "needs +frame"),
        ("V 130 threaten +frame=threat", "only for F"),
        ("F 130 threaten +frame=sulk", "unknown frame"),
        ("V 057 sign treaty", "cannot read"),
        ("V 110 concern +light", "only for N"),
        ("N 087 halt +own", "only for V"),
    ],
)
def test_lexicon_bad_line_names_file_and_line(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "mine.txt"
    path.write_text(f"# my verbs\nV 166 expel\n{text}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    message = str(info.value)
    assert f"{path}:3:" in message
    assert problem in message


def test_lexicon_user_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text("V 166 expel\nN 040 talk +recip\n", encoding="utf-8")
    lexicon = load_lexicon(path)
    assert len(lexicon) == 2
    assert lexicon.lookup("N", "talk")[0].reciprocal


def test_lexicon_missing_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(tmp_path / "absent.txt")


def test_lexicon_classes_expand_into_constraints(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text(
        "&craft plane|jet\n&craft drone\nV 195 down|shoot obj=&craft|airship\nV --- deliver obj=speech\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(path)
    assert lexicon.classes["craft"] == frozenset({"plane", "jet", "drone"})
    for lemma in ("down", "shoot"):
        (entry,) = lexicon.lookup("V", lemma)
        assert entry.allowed("obj") == frozenset({"plane", "jet", "drone", "airship"})
    (speech,) = lexicon.lookup("V", "deliver")
    assert speech.no_event


def test_lexicon_classes_expand_inside_phrase_constraints(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text(
        "&reprisal response|retaliation\nV 130 warn pp=of:&reprisal|against:war\n", encoding="utf-8"
    )
    (entry,) = load_lexicon(path).lookup("V", "warn")
    assert entry.allowed("pp") == frozenset({"of:response", "of:retaliation", "against:war"})


def test_lexicon_class_line_takes_words_out_for_good(tmp_path: Path) -> None:
    # "-word" takes a word out of a class, and a later line of the same name (the dictionary's) does not
    # put it back: a "system" or "gas" is no weapon
    path = tmp_path / "mine.txt"
    path.write_text(
        "&arms missile|tank|-system|-gas\n&arms gas|system|rifle\nV 072 send obj=&arms\n", encoding="utf-8"
    )
    lexicon = load_lexicon(path)
    assert lexicon.classes["arms"] == frozenset({"missile", "tank", "rifle"})
    (entry,) = lexicon.lookup("V", "send")
    assert entry.allowed("obj") == frozenset({"missile", "tank", "rifle"})


def test_lexicon_packaged_classes_leave_out_words_of_another_sense() -> None:
    classes = default_lexicon("all").classes
    assert {"system", "vehicle", "gas", "club"}.isdisjoint(classes["weapon"])
    assert {"system", "vehicle", "typhoon"}.isdisjoint(classes["aircraft"])
    assert "service" not in classes["military"] and "soldier" in classes["military"]
    assert {"price", "cost"}.isdisjoint(classes["reprisal"]) and "power" not in classes["supply"]
    assert {"missile", "tank", "drone"} <= classes["weapon"]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("V 195 down obj=&nothing", "unknown class"),
        ("V 130 warn pp=of:&nothing", "unknown class"),
        ("&craft", "cannot read the class line"),
        ("&craft jet|-|drone", "empty '-'"),
    ],
)
def test_lexicon_bad_class_names_file_and_line(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "mine.txt"
    path.write_text(f"&craft plane\n{text}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    assert f"{path}:2:" in str(info.value) and problem in str(info.value)


def test_lexicon_modes_keep_hand_derived_or_both() -> None:
    hand, derived, both = (default_lexicon(mode) for mode in ("hand", "derived", "all"))
    assert not any(e.derived for e in hand.entries)
    assert all(e.derived for e in derived.entries)
    assert len(both) > len(derived) > len(hand)
    with pytest.raises(LexiconError, match="unknown lexicon mode"):
        default_lexicon("nothing")


def test_lexicon_hand_entries_win_where_both_match() -> None:
    lexicon = default_lexicon("all")
    for lemma in ("provide", "allow", "welcome", "attack"):
        entries = lexicon.lookup("V", lemma)
        first_derived = next(i for i, e in enumerate(entries) if e.derived)
        assert first_derived > 0
        # every hand entry is tried before any derived one; among the derived, defaults come last
        assert all(not e.derived for e in entries[:first_derived])
        derived = entries[first_derived:]
        assert all(e.derived for e in derived)
        assert [e.specificity for e in derived] == sorted((e.specificity for e in derived), reverse=True)


def test_lexicon_only_listed_verbs_get_a_bare_default(tmp_path: Path) -> None:
    from realpolitik.events.lexicon import add_implied_defaults

    path = tmp_path / "mine.txt"
    path.write_text(
        "V 071 lend obj=loan\nV 072 lend obj=arm\nV 073 lend obj=food\n"
        "V 040 host obj=talk\nV 173 host obj=prisoner\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(path)
    # nothing is inferred from the constrained readings (lexicon33): only a listed verb gets a default
    assert add_implied_defaults(lexicon, {}) == 0
    assert all(e.constraints for e in lexicon.lookup("V", "lend"))
    assert add_implied_defaults(lexicon, {"lend": "070"}) == 1
    default = lexicon.lookup("V", "lend")[-1]
    assert (default.code, default.constraints, default.implied) == ("070", (), True)
    assert all(e.constraints for e in lexicon.lookup("V", "host"))
