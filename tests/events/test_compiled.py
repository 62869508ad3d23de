"""The compiled cache of the packaged lexicon gives the parsed lexicon, and never stands in the way."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.events import compiled
from realpolitik.events.compiled import CompiledLexicon, load_default
from realpolitik.events.lexicon import Entry, Lexicon, _parse_default


def _cached(folder: Path, monkeypatch: pytest.MonkeyPatch, mode: str = "hand") -> tuple[Lexicon, int]:
    """Load the lexicon of `mode` through the cache in `folder`; returns it and how often it was parsed."""
    monkeypatch.setenv("REALPOLITIK_CACHE_DIR", str(folder))
    parsed = []

    def parse() -> Lexicon:
        parsed.append(1)
        return _parse_default(mode)

    return load_default(mode, parse), len(parsed)


def test_compiled_lexicon_gives_the_parsed_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, parses = _cached(tmp_path, monkeypatch)
    assert parses == 1 and not isinstance(first, CompiledLexicon)
    assert len(list(tmp_path.glob("lexicon-hand-*.marshal"))) == 1
    second, parses = _cached(tmp_path, monkeypatch)
    assert parses == 0 and isinstance(second, CompiledLexicon)
    assert len(second) == len(first)
    assert second.knows("visit") and not second.knows("zzzq")
    for kind, lemma in list(first.index):
        assert second.lookup(kind, lemma) == first.lookup(kind, lemma), (kind, lemma)
        assert second.lookup(kind, lemma) == first.lookup(kind, lemma), (kind, lemma)  # (kept from the first)
    assert second.lookup("V", "zzzq") == []
    second.lookup("V", "zzzq").append(first.lookup("V", "visit")[0])  # a caller's own empty list
    assert second.lookup("V", "zzzq") == []
    assert second.entries == first.entries  # every entry, in the order of the files
    assert second.roots() == first.roots()
    assert second.classes == first.classes


def test_compiled_lexicon_a_damaged_cache_file_is_parsed_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cached(tmp_path, monkeypatch)
    (path,) = tmp_path.glob("lexicon-hand-*.marshal")
    path.write_bytes(b"not a lexicon")
    lexicon, parses = _cached(tmp_path, monkeypatch)
    assert parses == 1 and lexicon.knows("visit")
    again, parses = _cached(tmp_path, monkeypatch)
    assert parses == 0 and isinstance(again, CompiledLexicon)


def test_compiled_lexicon_off_or_unwritable_folder_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REALPOLITIK_CACHE_DIR", "off")
    assert compiled.cache_folder() is None
    blocker = tmp_path / "a file"
    blocker.write_text("in the way", encoding="utf-8")
    for _ in range(2):  # a folder that cannot be made: parsed each time, no error
        lexicon, parses = _cached(blocker / "cache", monkeypatch)
        assert parses == 1 and lexicon.knows("visit")


def test_compiled_lexicon_pickles_as_the_same_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    first, _ = _cached(tmp_path, monkeypatch)
    second, _ = _cached(tmp_path, monkeypatch)
    second.lookup("V", "visit")  # some lemmas made, the others still packed
    copy = pickle.loads(pickle.dumps(second))
    assert copy.entries == first.entries and copy.classes == first.classes
    assert copy.lookup("V", "visit") == first.lookup("V", "visit")


def test_compiled_lexicon_is_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _cached(tmp_path, monkeypatch)
    lexicon, _ = _cached(tmp_path, monkeypatch)
    with pytest.raises(TypeError):
        lexicon.add(Entry("V", "042", "visit"))


def test_compiled_lexicon_a_changed_data_file_names_another_cache_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = compiled._fingerprint("hand")
    real = compiled.resources.files

    class Changed:
        """The events package with one more byte in verbs.txt."""

        def __init__(self, inner: object) -> None:
            self.inner = inner

        def __truediv__(self, name: str) -> object:
            return Changed(self.inner / name)  # type: ignore[operator]

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        def read_bytes(self) -> bytes:
            data: bytes = self.inner.read_bytes()  # type: ignore[attr-defined]
            return data + b"\n" if self.inner.name == "verbs.txt" else data  # type: ignore[attr-defined]

    monkeypatch.setattr(compiled.resources, "files", lambda package: Changed(real(package)))
    assert compiled._fingerprint("hand") != before


def test_compiled_lexicon_remembers_only_lemmas_it_has(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker looks up every lemma it codes: misses must not pile up in the lexicon for the life of the
    # process (issue 13), while a known key is made once and kept.
    _cached(tmp_path, monkeypatch)
    lexicon, _ = _cached(tmp_path, monkeypatch)
    assert isinstance(lexicon, CompiledLexicon)
    for n in range(500):
        assert lexicon.lookup("V", f"zzq{n}") == []
    assert len(lexicon._ready) == 0
    first = lexicon.lookup("V", "visit")
    assert first and lexicon.lookup("V", "visit") is first and len(lexicon._ready) == 1


def test_compiled_lexicon_hand_entries_by_code_make_only_their_lemmas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan of the hand entries by kind and code (court49's verbs of voiding, the verbs voicing or naming a
    judgement, the objects of a policy conceded) gives what a scan of every entry gives, and a compiled lexicon
    makes only the lemmas that have such an entry, not its 51,000 entries (speed50)."""
    from realpolitik.events.triggers import Triggers, _voicing, naming_verbs, voiding_lemmas

    first, _ = _cached(tmp_path, monkeypatch, "all")
    second, parses = _cached(tmp_path, monkeypatch, "all")
    assert parses == 0 and isinstance(second, CompiledLexicon)
    rejection = lambda kind, code: kind == "V" and code[:2] == "12"  # noqa: E731
    found = compiled.hand_entries_where(second, rejection)
    assert found and all(not e.derived for e in found)
    assert found == [e for e in first.entries if not e.derived and rejection(e.kind, e.code)]
    assert found == compiled.hand_entries_where(first, rejection)
    made = len(second._placed)
    assert 0 < made < len(second) // 2, made  # (every entry of the lemmas with a hand 12x reading, no more)
    assert voiding_lemmas(second) == voiding_lemmas(first)
    assert naming_verbs(second) == naming_verbs(first) and _voicing(second)[0] == _voicing(first)[0]
    assert Triggers(second)._conceded_objects() == Triggers(first)._conceded_objects()
    assert len(second._placed) < len(second) // 2
    assert second.entries == first.entries  # (the rest made when asked for)
