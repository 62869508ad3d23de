"""The actor knowledge base: loads editable JSON packs (states, organisations, groups, people, sector words).

`load_kb(packs)` returns an immutable `KnowledgeBase`, cached per tuple of extra pack paths; nothing loads at import.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeBaseError

DATA = Path(__file__).with_name("data")
# Loaded in this order; a later pack may add names to an id an earlier pack defined.
DEFAULT_PACKS: tuple[str, ...] = (
    "world.json", "global.json", "bodies.json", "firms.json", "places.json", "people.json", "leaders.json", "south_caucasus.json",
)  # fmt: skip
KINDS = frozenset({"state", "territory", "org", "group", "body", "place", "outlet", "person"})
SECTOR_CODES = frozenset(
    {
        "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
        "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO", "NGO",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Period:
    """A dated role: between start and end (inclusive, None = open) the entry acts as code/sector."""

    role: str
    code: str | None
    sector: str | None
    start: str | None
    end: str | None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    """One actor of the knowledge base (a state, organisation, armed group, person, ...)."""

    id: str
    code: str
    kind: str
    sector: str | None
    pack: str
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    title_surnames: tuple[str, ...] = ()  # surnames taken only right after a title ("Prime Minister Major")
    periods: tuple[Period, ...] = ()
    after_sector: str | None = "ELI"  # a person once in office, on a date after every period
    veto_context: tuple[str, ...] = ()  # words near a match that mean "not this actor"
    # words one of which must stand near a match for it to be this actor: a firm whose name is an English word
    # ("Shell", "Total", "Apple") is the firm only in a firm's context ("Shell petrol stations", "Total's refinery")
    context: tuple[str, ...] = ()

    def role_on(self, date: str | None) -> tuple[str, str | None, str]:
        """(code, sector, explanation) of this entry on a date; undated text gets the latest period."""
        if not self.periods:
            return self.code, self.sector, ""
        if date is None:
            latest = max(self.periods, key=lambda p: p.start or "")
            return latest.code or self.code, latest.sector, f"{latest.role} (latest office; no article date)"
        current = [p for p in self.periods if p.covers(date)]
        if current:
            best = max(current, key=lambda p: p.start or "")
            return best.code or self.code, best.sector, f"{best.role} on {date}"
        past = [p for p in self.periods if p.end is not None and p.end < date]
        if past:
            last = max(past, key=lambda p: p.end or "")
            return self.code, self.after_sector, f"former {last.role} (ended {last.end}) on {date}"
        if self.kind == "person":
            # a person named before the first recorded office belongs to the state of the office nearest in time,
            # not to that of the latest ("Chiang Kai-shek's troops" in 1927 are China's, not Taiwan's)
            first = min(self.periods, key=lambda p: p.start or "")
            if first.code and not first.code.startswith(("IGO", "NGO")):
                return first.code, self.sector, f"before any recorded office on {date} (first: {first.role})"
        return self.code, self.sector, f"before any recorded office on {date}"


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form and the entry it names; form is name, adjective, metonym or surname."""

    text: str
    entry_id: str
    form: str


@dataclass(frozen=True, repr=False)
class KnowledgeBase:
    """Everything the resolver looks up, immutable once built."""

    packs: tuple[str, ...]
    entries: dict[str, Entry]
    aliases: dict[str, tuple[Alias, ...]]
    sector_words: dict[str, str]
    non_actor_heads: frozenset[str]
    surname_index: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def entry(self, entry_id: str) -> Entry:
        return self.entries[entry_id]

    def __repr__(self) -> str:
        return (
            f"KnowledgeBase({len(self.entries)} entries, {len(self.aliases)} aliases, packs={self.packs!r})"
        )


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeBaseError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return tuple(v.strip() for v in value)


def _opt_str(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise KnowledgeBaseError(f"{where}: expected a string or null, got {value!r}")
    return value


def _sector(value: Any, where: str) -> str | None:
    sector = _opt_str(value, where)
    if sector is not None and sector not in SECTOR_CODES:
        raise KnowledgeBaseError(
            f"{where}: unknown sector {sector!r}; use one of {', '.join(sorted(SECTOR_CODES))} or null"
        )
    return sector


def _date(value: Any, where: str) -> str | None:
    date = _opt_str(value, where)
    if date is not None and (
        len(date) != 10 or date[4] != "-" or date[7] != "-" or not date.replace("-", "").isdigit()
    ):
        raise KnowledgeBaseError(f"{where}: dates are YYYY-MM-DD, got {date!r}")
    return date


def _entry(raw: Any, where: str, pack: str, default_kind: str) -> Entry:
    if not isinstance(raw, dict):
        raise KnowledgeBaseError(f"{where}: expected an object with at least 'id', 'code' and 'names'")
    known = {
        "id", "code", "kind", "sector", "names", "adjectives", "metonyms", "surnames", "title_surnames",
        "periods", "offices", "after_sector", "veto_context", "context", "note",
    }  # fmt: skip
    unknown = set(raw) - known
    if unknown:
        raise KnowledgeBaseError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(known)}")
    entry_id = raw.get("id")
    code = raw.get("code")
    if not isinstance(entry_id, str) or not entry_id:
        raise KnowledgeBaseError(f"{where}: missing 'id' (a unique string)")
    where = f"{where} (id {entry_id!r})"
    if not isinstance(code, str) or not code:
        raise KnowledgeBaseError(f"{where}: missing 'code' (ISO3, IGO-/NGO-/IMG- code or X.. project code)")
    kind = raw.get("kind", default_kind)
    if kind not in KINDS:
        raise KnowledgeBaseError(f"{where}: unknown kind {kind!r}; use one of {sorted(KINDS)}")
    periods = []
    for j, p in enumerate(raw.get("periods", raw.get("offices")) or []):
        pw = f"{where} periods[{j}]"
        if not isinstance(p, dict):
            raise KnowledgeBaseError(f"{pw}: expected an object with role, code, sector, start, end")
        start, end = _date(p.get("start"), pw), _date(p.get("end"), pw)
        if start and end and end < start:
            raise KnowledgeBaseError(f"{pw}: end {end} is before start {start}")
        periods.append(
            Period(
                role=str(p.get("role", "")),
                code=_opt_str(p.get("code"), pw),
                sector=_sector(p.get("sector"), pw),
                start=start,
                end=end,
            )
        )
    return Entry(
        id=entry_id,
        code=code,
        kind=kind,
        sector=_sector(raw.get("sector"), where),
        pack=pack,
        names=_str_list(raw.get("names"), f"{where} names"),
        adjectives=_str_list(raw.get("adjectives"), f"{where} adjectives"),
        metonyms=_str_list(raw.get("metonyms"), f"{where} metonyms"),
        surnames=_str_list(raw.get("surnames"), f"{where} surnames"),
        title_surnames=_str_list(raw.get("title_surnames"), f"{where} title_surnames"),
        periods=tuple(periods),
        after_sector=_sector(raw.get("after_sector", "ELI"), where),
        veto_context=tuple(v.lower() for v in _str_list(raw.get("veto_context"), f"{where} veto_context")),
        context=tuple(v.lower() for v in _str_list(raw.get("context"), f"{where} context")),
    )


# British and American spellings of the words of international bodies' names: "Organisation of American States"
# is the "Organization of American States", the "International Labour Organisation" the "International Labor
# Organization" (issue 9, thirty-seventh session). Whole words only, each pair both ways.
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("Organization", "Organisation"), ("Labor", "Labour"), ("Program", "Programme"), ("Defense", "Defence"),
    ("Center", "Centre"), ("Cooperation", "Co-operation"),
)  # fmt: skip


def spelling_variants(name: str) -> tuple[str, ...]:
    """The other spellings of an international body's name: every combination of the British and American
    forms of its words (`_SPELLINGS`), the name itself left out."""
    forms = [name]
    for a, b in _SPELLINGS:
        for form in list(forms):
            words = form.split(" ")
            if a in words or b in words:
                swapped = " ".join(b if w == a else a if w == b else w for w in words)
                if swapped not in forms:
                    forms.append(swapped)
    return tuple(forms[1:])


def apostrophe_variants(name: str) -> tuple[str, ...]:
    """The name with its other apostrophe: the typographic one (U+2019) for the typewriter one and back."""
    if "'" in name:
        return (name.replace("'", "\u2019"),)
    if "\u2019" in name:
        return (name.replace("\u2019", "'"),)
    return ()


def _read_pack(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read the knowledge-base pack: {exc.strerror}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeBaseError(
            f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); see actors/data/README.md for the pack format"
        ) from exc
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path}: a pack is a JSON object with 'actors', 'people', 'sector_words'")
    unknown = set(data) - {"pack", "description", "actors", "people", "sector_words", "non_actor_heads"}
    if unknown:
        raise KnowledgeBaseError(f"{path}: unknown top-level key(s) {sorted(unknown)}")
    return data


def _resolve_path(name: str) -> Path:
    path = Path(name)
    if not path.is_absolute() and not path.exists() and (DATA / name).exists():
        return DATA / name
    return path


def load_kb(packs: Sequence[str] = ()) -> KnowledgeBase:
    """The default packs plus the given extra pack files, merged; cached per tuple of paths."""
    return _load_kb(tuple(str(p) for p in packs))


@lru_cache(maxsize=8)
def _load_kb(packs: tuple[str, ...]) -> KnowledgeBase:
    entries: dict[str, Entry] = {}
    sector_words: dict[str, str] = {}
    non_actor: set[str] = set()
    paths = [DATA / p for p in DEFAULT_PACKS] + [_resolve_path(p) for p in packs]
    for path in paths:
        data = _read_pack(path)
        pack = str(data.get("pack") or path.stem)
        for section, kind in (("actors", "state"), ("people", "person")):
            items = data.get(section) or []
            if not isinstance(items, list):
                raise KnowledgeBaseError(f"{path}: '{section}' must be a list of objects")
            for i, raw in enumerate(items):
                entry = _entry(raw, f"{path}: {section}[{i}]", pack, kind)
                old = entries.get(entry.id)
                if old is not None:  # a user pack extends an entry: names add up, new fields win
                    entry = Entry(
                        id=entry.id,
                        code=entry.code,
                        kind=entry.kind,
                        sector=entry.sector if "sector" in raw else old.sector,
                        pack=pack,
                        names=old.names + entry.names,
                        adjectives=old.adjectives + entry.adjectives,
                        metonyms=old.metonyms + entry.metonyms,
                        surnames=old.surnames + entry.surnames,
                        title_surnames=old.title_surnames + entry.title_surnames,
                        periods=old.periods + entry.periods,
                        after_sector=entry.after_sector,
                        veto_context=old.veto_context + entry.veto_context,
                        context=old.context + entry.context,
                    )
                entries[entry.id] = entry
        words = data.get("sector_words") or {}
        if not isinstance(words, dict):
            raise KnowledgeBaseError(f"{path}: 'sector_words' must map a lower-case word to a sector code")
        for word, sector in words.items():
            sector_words[word.lower()] = _sector(sector, f"{path}: sector_words[{word!r}]") or "UNK"
        non_actor.update(
            w.lower() for w in _str_list(data.get("non_actor_heads"), f"{path}: non_actor_heads")
        )

    aliases: dict[str, list[Alias]] = {}
    surname_index: dict[str, list[str]] = {}

    def add(text: str, entry_id: str, form: str) -> None:
        # a name with an apostrophe is also matched with the other one: present-day copy writes the typographic
        # one ("Quai d’Orsay", "National People’s Congress", "Kurdistan Workers’ Party"), the packs the
        # typewriter one (issue 9, thirty-seventh session)
        for form_text in (text, *apostrophe_variants(text)):
            bucket = aliases.setdefault(form_text, [])
            if not any(a.entry_id == entry_id and a.form == form for a in bucket):
                bucket.append(Alias(form_text, entry_id, form))

    for entry in entries.values():
        for text in entry.names:
            add(text, entry.id, "name")
            if entry.code.startswith(("IGO", "NGO")):
                for variant in spelling_variants(text):
                    add(variant, entry.id, "name")
        for text in entry.adjectives:
            add(text, entry.id, "adjective")
        for text in entry.metonyms:
            add(text, entry.id, "metonym")
        for text in entry.surnames:
            add(text, entry.id, "surname")
            surname_index.setdefault(text.lower(), []).append(entry.id)
        for text in entry.title_surnames:
            add(text, entry.id, "title surname")
    return KnowledgeBase(
        packs=tuple(str(p) for p in paths),
        entries=entries,
        aliases={k: tuple(v) for k, v in aliases.items()},
        sector_words=sector_words,
        non_actor_heads=frozenset(non_actor),
        surname_index={k: tuple(v) for k, v in surname_index.items()},
    )
