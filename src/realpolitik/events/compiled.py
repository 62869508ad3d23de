"""A compiled cache of the packaged event lexicon, so a process (and each pool or Dask worker) starts fast.

Parsing the lexicon files makes about 44,000 entries and costs most of a second per process. The first
process writes what it parsed to a cache file (marshal, in the user's cache folder) whose name carries a
hash of everything the result depends on: the data files, the parser's source, the entry's fields, the
mode and the Python version. Later processes read that file and make entries only for the lemmas a text
asks for. Anything wrong with the cache (no folder, no room, a damaged or foreign file) falls back to
parsing, silently: the cache only saves time. `REALPOLITIK_CACHE_DIR` names another folder; `off` turns
it off.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

from .lexicon import Entry, Lexicon

log = logging.getLogger("realpolitik.events")

FORMAT = 2  # bump when the layout of the cache file changes
_CONSTRAINTS = [f.name for f in fields(Entry)].index("constraints")
_OPEN_KEYS = [f.name for f in fields(Entry)].index("open_keys")
_CODE = [f.name for f in fields(Entry)].index("code")
_DERIVED = [f.name for f in fields(Entry)].index("derived")

Row = tuple[Any, ...]  # an Entry's field values in order; constraints as ((key, set number), ...)


def cache_folder() -> Path | None:
    """Where compiled lexicons are kept, or None when the cache is off."""
    named = os.environ.get("REALPOLITIK_CACHE_DIR")
    if named is not None:
        return None if named.strip().lower() in ("", "off", "0", "none") else Path(named)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "realpolitik"


def _fingerprint(mode: str) -> str:
    """A hash of what the parsed lexicon depends on: a change to any of it names another cache file."""
    digest = hashlib.sha256()
    digest.update(f"{FORMAT} {mode} {sys.version} {[f.name for f in fields(Entry)]}".encode())
    package = resources.files("realpolitik.events")
    data = package / "data"
    names = sorted(item.name for item in data.iterdir() if item.is_file())
    code = (
        "lexicon.py",
        "knowledge.py",
        "cameo.py",
        "compiled.py",
        "proposals.py",
        "kinds.py",
        "phrasal.py",
    )  # the parser, what it consults
    sources = [data / name for name in names] + [package / name for name in code]
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:24]


def load_default(mode: str, parse: Callable[[], Lexicon]) -> Lexicon:
    """The packaged lexicon of `mode`: from the cache when a valid one is there, else `parse()` (which is
    then written to the cache for the next process)."""
    folder = cache_folder()
    if folder is None:
        return parse()
    try:
        path = folder / f"lexicon-{mode}-{_fingerprint(mode)}.marshal"
    except OSError as exc:  # a data file cannot be read: parsing reports it properly
        log.debug("lexicon cache skipped: %s", exc)
        return parse()
    try:
        return CompiledLexicon(*marshal.loads(path.read_bytes()))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.debug("lexicon cache %s unreadable (%s); parsing the lexicon", path, exc)
    lexicon = parse()
    _write(path, compile_lexicon(lexicon))
    return lexicon


def compile_lexicon(lexicon: Lexicon) -> tuple[Any, ...]:
    """The marshal-able form of a lexicon: (packed rows by key, lemmas, classes, constraint sets, count, the codes of
    each key's hand rows).

    Rows keep the order in which the entries were added; equal constraint word sets are stored once.
    """
    sets: dict[frozenset[str], int] = {}
    rows: dict[tuple[str, str], list[tuple[int, Row]]] = {}
    names = [f.name for f in fields(Entry)]
    for position, entry in enumerate(lexicon.entries):
        values = [getattr(entry, name) for name in names]
        values[_CONSTRAINTS] = tuple(
            (key, sets.setdefault(words, len(sets))) for key, words in entry.constraints
        )
        rows.setdefault((entry.kind, entry.lemma), []).append((position, tuple(values)))
    table = [tuple(sorted(words)) for words in sets]
    classes = {name: tuple(sorted(words)) for name, words in lexicon.classes.items()}
    lemmas = sorted({lemma for _, lemma in rows})
    # Each lemma's rows are marshalled on their own, so reading the cache makes a few thousand byte
    # strings instead of half a million values; a lemma's rows are unpacked when it is first looked up.
    packed = {key: marshal.dumps(found) for key, found in rows.items()}
    # (what `hand_entries_where` tests before it unpacks a key: the codes of its rows that are not derived)
    hand_codes = {
        key: tuple(sorted({row[_CODE] for _, row in found if not row[_DERIVED]}))
        for key, found in rows.items()
    }
    return (packed, lemmas, classes, table, len(lexicon.entries), hand_codes)


def _write(path: Path, compiled: tuple[Any, ...]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a reader never sees half a file, and two writers do not mix.
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(compiled))
            os.replace(name, path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
    except (OSError, ValueError) as exc:
        log.debug("lexicon cache not written to %s: %s", path, exc)


class CompiledLexicon(Lexicon):
    """A lexicon read from the cache: a lemma's entries are made the first time `lookup` asks for them.

    `entries` makes all of them (in the order they were added), for the code that walks the whole list.
    """

    def __init__(
        self,
        rows: dict[tuple[str, str], bytes],
        lemmas: Iterable[str],
        classes: dict[str, Iterable[str]],
        table: list[Iterable[str]],
        count: int,
        hand_codes: dict[tuple[str, str], Iterable[str]] | None = None,
    ) -> None:
        super().__init__()
        self._rows = dict(rows)
        self._table = table
        self._made_sets: dict[int, frozenset[str]] = {}
        # the constraints and open keys of the entries made, each value made once and shared by the entries that
        # have it (entries are frozen): a lemma's few hundred entries then add few objects for the garbage
        # collector to follow, which made most of the cost of unpacking them
        self._made_constraints: dict[tuple[tuple[str, int], ...], tuple[tuple[str, frozenset[str]], ...]] = {}
        self._made_keys: dict[frozenset[str], frozenset[str]] = {}
        self._placed: list[tuple[int, Entry]] = []  # (order in the files, entry) of the entries made
        self._count = count
        self._lemmas = set(lemmas)
        # (kind, lemma) -> the entries `lookup` gives, once asked: the lexicon is read-only. Only keys the
        # lexicon has are kept: a miss is answered afresh, so the dict does not grow with every word coded.
        self._ready: dict[tuple[str, str], list[Entry] | tuple[()]] = {}
        self.classes = {name: frozenset(words) for name, words in classes.items()}
        # key -> the codes of its hand rows (not derived), for the keys not yet made (`hand_entries_where`: a scan
        # of the hand entries by kind and code makes only the keys that have a code it wants, not the whole lexicon)
        self._codes: dict[tuple[str, str], frozenset[str]] | None = (
            None if hand_codes is None else {key: frozenset(codes) for key, codes in hand_codes.items()}
        )

    def _words(self, number: int) -> frozenset[str]:
        made = self._made_sets.get(number)
        if made is None:
            made = self._made_sets[number] = frozenset(self._table[number])
        return made

    def _make(self, key: tuple[str, str]) -> None:
        packed = self._rows.pop(key, None)
        if packed is None:
            return
        made = []
        constraints_made = self._made_constraints
        keys_made = self._made_keys
        for position, row in marshal.loads(packed):
            values = list(row)
            numbered = row[_CONSTRAINTS]
            constraints = constraints_made.get(numbered)
            if constraints is None:
                constraints = constraints_made[numbered] = tuple(
                    (name, self._words(n)) for name, n in numbered
                )
            values[_CONSTRAINTS] = constraints
            values[_OPEN_KEYS] = keys_made.setdefault(row[_OPEN_KEYS], row[_OPEN_KEYS])
            entry = Entry(*values)
            made.append(entry)
            self._placed.append((position, entry))
        self.index[key] = made

    def lookup(self, kind: str, lemma: str) -> list[Entry]:
        key = (kind, lemma)
        ready = self._ready.get(key)
        if ready is None:
            if key in self._rows:
                self._make(key)
            elif key not in self.index:
                return []
            # (the sorted list; a key with no entries is remembered as an empty tuple)
            ready = self._ready[key] = super().lookup(kind, lemma) or ()
        return ready if ready else []

    def hand_entries_where(self, test: Callable[[str, str], bool]) -> list[Entry]:
        """The hand entries (not derived; in the order they were added) whose kind and code pass `test(kind, code)`,
        making only the keys that have such an entry."""
        codes = self._codes
        if codes is None:
            codes = self._codes = {
                key: frozenset(row[_CODE] for _, row in marshal.loads(packed) if not row[_DERIVED])
                for key, packed in self._rows.items()
            }
        for key, found in codes.items():
            if key in self._rows and any(test(key[0], code) for code in found):
                self._make(key)
        self._placed.sort(key=lambda item: item[0])
        return [entry for _, entry in self._placed if not entry.derived and test(entry.kind, entry.code)]

    @property
    def entries(self) -> list[Entry]:
        for key in list(self._rows):
            self._make(key)
        self._placed.sort(key=lambda item: item[0])
        return [entry for _, entry in self._placed]

    @entries.setter
    def entries(self, value: list[Entry]) -> None:
        if value:
            raise TypeError("a compiled lexicon is read-only")

    def add(self, entry: Entry) -> None:
        raise TypeError("a compiled lexicon is read-only: parse the files to build another lexicon")

    def __len__(self) -> int:
        return self._count

    def __reduce__(self) -> tuple[Any, ...]:
        # Sent to a spawned worker as a plain lexicon (the slots of the parent class would lose the rest).
        return (_plain, (self.entries, self.classes))


def hand_entries_where(lexicon: Lexicon, test: Callable[[str, str], bool]) -> list[Entry]:
    """The lexicon's hand entries (not derived) whose kind and code pass `test(kind, code)`, in the order they were
    added: for a scan that wants a few codes, a compiled lexicon makes only the lemmas that have one (its `entries`
    makes all 51,000 entries, most of a second; speed50)."""
    if isinstance(lexicon, CompiledLexicon):
        return lexicon.hand_entries_where(test)
    return [entry for entry in lexicon.entries if not entry.derived and test(entry.kind, entry.code)]


def _plain(entries: list[Entry], classes: dict[str, frozenset[str]]) -> Lexicon:
    lexicon = Lexicon(classes=dict(classes))
    for entry in entries:
        lexicon.add(entry)
    return lexicon
