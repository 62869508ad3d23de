"""Actor names to codes for the command line and the API: "Russia", "the Kremlin" or "RUS" -> RUS.

Resolves through the knowledge base's names, adjectives and metonyms; unknown input gets "did you mean".
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..errors import InputError
from .kb import KnowledgeBase, load_kb

# People resolve to the state they served, which depends on a date; a name on the command line has none.
_SKIPPED_KINDS = frozenset({"person"})
_FORMS = ("name", "adjective", "metonym")


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Codes and the names that stand for them: the knowledge base's, plus codes seen in a database."""

    labels: Mapping[str, str]  # code -> a readable name
    by_name: Mapping[str, frozenset[str]]  # lower-cased name -> codes it may mean
    present: frozenset[str] | None = None  # codes occurring in the database, when one is given
    _forms: tuple[str, ...] = field(default=())

    def label(self, code: str) -> str:
        name = self.labels.get(code)
        return f"{name} ({code})" if name and name != code else code

    def resolve(self, text: str, *, what: str = "actor") -> str:
        """The code `text` names, or an InputError naming close matches.

        A code is taken as it is (case-insensitive); otherwise a knowledge-base name, adjective or
        metonym. With a database (`present`), a code occurring in none of its events is refused
        too, because a filter on it could only give an empty table.
        """
        raw = text.strip()
        if not raw:
            raise InputError(
                f"{what}: empty actor name", hint="give a code such as RUS or a name such as Russia"
            )
        up = raw.upper()
        if up in self.labels or (self.present is not None and up in self.present):
            code = up
        else:
            found = self.by_name.get(raw.lower())
            if not found:
                raise InputError(f"{what}: unknown actor {raw!r}", hint=self._suggest(raw))
            if len(found) > 1:
                options = ", ".join(self.label(c) for c in sorted(found))
                raise InputError(f"{what}: {raw!r} may name several actors: {options}", hint="give the code")
            code = next(iter(found))
        if self.present is not None and code not in self.present:
            raise InputError(
                f"{what}: {self.label(code)} occurs in no stored event",
                hint=self._suggest(raw, among_present=True),
            )
        return code

    def resolve_pair(self, text: str, *, what: str = "dyad") -> tuple[str, str]:
        """'A:B' with codes or names on each side ("Armenia:Azerbaijan").

        Without a colon, the way the report and the tables print a pair is taken too: "ARM–AZE" (an en
        dash) or "ARM-AZE" when exactly one of the hyphens splits the text into two known actors, so
        "IGO-EU-ARM" still reads as IGO-EU and ARM, and "Guinea-Bissau" alone is one actor, not a pair.
        """
        parts = text.split(":") if ":" in text else self._dashed(text, what)
        if len(parts) != 2 or not all(p.strip() for p in parts):
            raise InputError(
                f"{what}: {text!r} is not of the form A:B", hint="for example ARM:AZE or Armenia:Azerbaijan"
            )
        a, b = (self.resolve(p, what=what) for p in parts)
        if a == b:
            raise InputError(
                f"{what}: both sides of {text!r} are {a}", hint="a dyad needs two different actors"
            )
        return a, b

    def _dashed(self, text: str, what: str) -> list[str]:
        """The two sides of a pair written with a dash; [text] when no single split names two actors."""
        if text.count("\u2013") == 1:
            return text.split("\u2013")
        if text.strip().lower() in self.by_name or text.strip().upper() in self.labels:
            return [text]  # one actor whose name has a hyphen ("Guinea-Bissau"), not a pair
        splits = []
        for i, ch in enumerate(text):
            if ch != "-":
                continue
            left, right = text[:i], text[i + 1 :]
            try:
                self.resolve(left, what=what)
                self.resolve(right, what=what)
            except InputError:
                continue
            splits.append([left, right])
        return splits[0] if len(splits) == 1 else [text]

    def _suggest(self, raw: str, *, among_present: bool = False) -> str:
        codes = self.present if among_present and self.present is not None else None
        names = [n for n, cs in self.by_name.items() if codes is None or cs & codes]
        pool = sorted(codes) if codes is not None else sorted(set(self.labels) | set(self.present or ()))
        close = difflib.get_close_matches(raw.lower(), names, n=3, cutoff=0.75)
        close_codes = difflib.get_close_matches(raw.upper(), pool, n=3, cutoff=0.6)
        offered: dict[str, str] = {}  # one suggestion per code, the closest name first
        for name in close:
            for code in sorted(self.by_name[name]):
                offered.setdefault(code, f"{self._display(name)} ({code})")
        for code in close_codes:
            offered.setdefault(code, self.label(code))
        if offered:
            return "did you mean " + " or ".join(list(offered.values())[:3]) + "?"
        if among_present and codes is not None:
            some = ", ".join(self.label(c) for c in sorted(codes)[:8])
            more = f" and {len(codes) - 8} more (see `realpolitik dyads --db FILE`)" if len(codes) > 8 else ""
            return f"actors in this database: {some}{more}"
        return "give an actor code such as RUS or a name from the knowledge base such as Russia"

    def _display(self, lower: str) -> str:
        for form in self._forms:
            if form.lower() == lower:
                return form
        return lower


def actor_index(present: Iterable[str] | None = None, *, kb: KnowledgeBase | None = None) -> ActorIndex:
    """The index over the default knowledge base (or `kb`), restricted to `present` codes when given."""
    kb = kb or load_kb()
    labels: dict[str, str] = {}
    by_name: dict[str, set[str]] = {}
    forms: list[str] = []
    for entry in kb.entries.values():
        if entry.kind in _SKIPPED_KINDS:
            continue
        if entry.names and entry.code not in labels:
            labels[entry.code] = entry.names[0]
        labels.setdefault(entry.code, entry.code)
    for text, aliases in kb.aliases.items():
        for alias in aliases:
            entry = kb.entries[alias.entry_id]
            if entry.kind in _SKIPPED_KINDS or alias.form not in _FORMS:
                continue
            by_name.setdefault(text.lower(), set()).add(entry.code)
            forms.append(text)
    return ActorIndex(
        labels=labels,
        by_name={k: frozenset(v) for k, v in by_name.items()},
        present=frozenset(present) if present is not None else None,
        _forms=tuple(forms),
    )
