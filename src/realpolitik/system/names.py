"""Display names for actor codes: "Armenia" beside ARM, "CSTO" beside IGO-CSTO, for the web app, the
report and the CLI.

A short-name file (system/data/labels.json) first, then the first Latin-script name of the knowledge-base
entry with that id, then how the texts most often name the code; the code itself when nothing knows it.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..actors.kb import load_kb
from ..errors import KnowledgeBaseError
from ..wording import claimed_by

LABELS_FILE = Path(__file__).parent / "data" / "labels.json"
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f0-9 .,'’()&-]+$")


@functools.lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    try:
        raw = json.loads(LABELS_FILE.read_text(encoding="utf-8"))
        labels = raw["labels"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KnowledgeBaseError(
            f"{LABELS_FILE}: cannot read the short display names ({exc}); restore the file from git"
        ) from exc
    return {str(k): str(v) for k, v in labels.items()}


@functools.lru_cache(maxsize=1)
def _kb_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in load_kb().entries.values():
        if entry.id != entry.code:
            continue  # people, places and bodies carry a code but are not its name
        latin = [n for n in entry.names if _LATIN.match(n)]
        if latin:
            out[entry.code] = latin[0]
    return out


@functools.lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return frozenset(e.code for e in load_kb().entries.values() if e.id == e.code and e.kind == "state")


GRAPH_LABEL_MAX = 20  # a longer name is too wide for a node of the drawn network


def needs_name(code: str) -> bool:
    """Whether a bare code does not say who it is: every code but a state's three letters (a place
    or an authority, X.., an organisation, IGO-.., or a group such as WST)."""
    return code not in _states()


def graph_label(code: str, from_texts: dict[str, str] | None = None) -> str:
    """The label of `code` in a drawn network: a state keeps its code (ARM), any other actor its name
    (Karabakh authorities, CSTO), or, where the name is longer than a node allows, its code without
    the IGO- prefix (ICJ)."""
    if not needs_name(code):
        return code
    name = actor_label(code, from_texts)
    if len(name) <= GRAPH_LABEL_MAX:
        return name
    return code.removeprefix("IGO-")


@functools.lru_cache(maxsize=1)
def _adjectives() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for entry in load_kb().entries.values():
        if entry.id == entry.code and entry.adjectives:
            out.setdefault(entry.code, set()).update(a.casefold() for a in entry.adjectives)
    return {code: frozenset(forms) for code, forms in out.items()}


def speaker_text(text: str | None, code: str | None) -> str | None:
    """A source mention as the one who says something: itself ("Velayati", "Ankara"), or None where it is only
    an adjective of its actor ("Iranian" in "Iranian experts have expressed frustration"), which names no one;
    the caller then writes the actor's name."""
    if not text or not code:
        return text
    return None if " ".join(text.split()).casefold() in _adjectives().get(code, frozenset()) else text


def claim_of(
    attribution: str | None,
    code: str | None,
    kind: str | None,
    outlet: str | None,
    *,
    quad_class: int | None,
    sources: Sequence[tuple[str | None, str | None]],
    reciprocal: bool,
    cameo: str | None = None,
) -> str:
    """Who claims an event (`wording.claimed_by`) with the names of this module: the speaker's actor by name, each
    source mention (text, code) as one who says something (`speaker_text`) and its actor's name where it names no
    one. The one call of the CLI's `evidence`, the report (`EvidenceRow.claimed_by`) and the web app
    (`web.queries._event_out`)."""
    said = [(speaker_text(t, c), c) for t, c in sources]
    return claimed_by(
        attribution, code, kind, outlet,
        name=actor_label(code) if code else None, quad_class=quad_class, sources=said,
        source_names=[actor_label(c) if c else "" for _, c in said], reciprocal=reciprocal, cameo=cameo,
    )  # fmt: skip


def actor_label(code: str, from_texts: dict[str, str] | None = None) -> str:
    """The name shown beside `code` (the code itself when nothing names it)."""
    short = _short_names().get(code) or _kb_names().get(code)
    if short:
        return short
    return (from_texts or {}).get(code) or code


def name_codes(text: str, codes: Iterable[str], name: Any) -> str:
    """`text`, a sentence the system model wrote with codes ("held by one tie: with ARM on 4 articles"), with each
    of `codes` that `name` (code -> display name) names written as its name, whole words only ("IGO-EU" is not
    read as "EU"). One rewriting for the report (`ReportData.named`) and the CLI (`Names.prose`)."""
    named = {c: n for c in codes if c and (n := name(c)) != c}
    if not named or not text:
        return text
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(c) for c in sorted(named, key=len, reverse=True)) + r")(?![\w-])"
    )
    return pattern.sub(lambda m: named[m[1]], text)


class Names(dict[str, str]):
    """Code -> display name; a code not looked up yet is named on first use."""

    def __init__(self, from_texts: dict[str, str] | None = None, codes: Iterable[str] = ()):
        super().__init__()
        self.from_texts = from_texts or {}
        for c in codes:
            self[c] = actor_label(c, self.from_texts)

    def __missing__(self, code: str) -> str:
        label = actor_label(code, self.from_texts)
        self[code] = label
        return label

    def get(self, code: str, default: Any = None) -> str:
        return self[code]

    def coded(self, code: str) -> str:
        """An actor by name with its code beside it, where a list must stay exact: "Azerbaijan (AZE)"; a code
        nothing names stays as it is."""
        name = self[code]
        return code if name == code else f"{name} ({code})"

    def pair(self, a: str, b: str) -> str:
        """A pair by name, as the report heads it: "Azerbaijan–Türkiye" for AZE, TUR."""
        return f"{self[a]}–{self[b]}"

    def joined(self, codes: Iterable[str], sep: str = ", ") -> str:
        """Actors by name: "Azerbaijan, Türkiye"."""
        return sep.join(self[c] for c in codes)

    def prose(self, text: str, codes: Iterable[str]) -> str:
        """A sentence written with codes, each of `codes` written as its name (`name_codes`)."""
        return name_codes(text, codes, self.__getitem__)
