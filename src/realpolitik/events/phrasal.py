"""Readings of phrasal verbs carried from their WordNet sense (issue 9, idiom48).

A verb with a particle often means what its bare verb does not: "shut off the oil to X" is a supply stopped (163),
while "shut" alone names no such deed. WordNet lists such verb-and-particle lemmas (`shut_off`, `carry_off`, ...) with
their most frequent sense; `wordnet_phrasal.txt` holds each one's one-word synonyms and the one-word verbs of its
direct hypernyms ("shut_off": discontinue, stop, cease, quit).

When the lexicon is loaded, a phrasal verb takes the hand readings of coercion and force (CAMEO roots 16-20) of those
words that read nothing but the thing the deed is done to, with the particle added as a constraint and that thing as
its direct object ("stop obj=&supply" becomes "shut prt=off dobj=&supply"): the noun keeps the sense, so "shut off
its floodlights" names no supply and stays no event. A reading is taken only in a family of deeds (a CAMEO root) the
verb already reads ("shut" closes borders and embassies: 19, 16), so an unknown verb stays unknown and the trained
proposer's features (`propose.features`: whether the lexicon knows a verb, the roots of its readings) do not change.
Left out: cooperative readings and deployments (a particle of removal or ending turns them around), readings with a
phrase, a clause, a subject or a particle of their own, a reading the verb has by hand already, and a constraint two
words read with different roots. The readings are marked `derived` (the verb's own hand entries are tried first, see
`lexicon.rank`) and never back off from their noun.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..errors import LexiconError
from . import cameo
from .lexicon import Entry, Lexicon

# the keys a carried reading may constrain: what the deed is done to
_KEYS = frozenset({"dobj", "obj"})
# only readings of coercion and force (CAMEO roots 16-20) are carried: a particle of removal or ending ("out", "off",
# "down") turns a cooperative reading around ("phase out", "send out"), and a deployment's too ("move troops" is one's
# own show of force, "drive off troops" another's forces repelled), not a sanction, a seizure or an attack
_FIRST_CONFLICT_ROOT = "16"


def read_phrasal(
    lines: Iterable[str], *, path: str = "wordnet_phrasal.txt"
) -> dict[str, tuple[str, list[str]]]:
    """Lines `VERB_PARTICLE SYN|SYN/HYP|HYP`: lemma -> (particle, the sense's words then its hypernyms' words)."""
    out: dict[str, tuple[str, list[str]]] = {}
    for number, raw in enumerate(lines, start=1):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        parts = body.split()
        if len(parts) != 2 or "/" not in parts[1] or "_" not in parts[0]:
            raise LexiconError(f"{path}:{number}: expected 'VERB_PARTICLE SYN|SYN/HYP|HYP', got {body!r}")
        verb, _, particle = parts[0].partition("_")
        words = [w for ring in parts[1].split("/", 1) for w in ring.split("|") if w]
        out[f"{verb} {particle}"] = (particle, words)
    return out


def _carried(entry: Entry) -> tuple[tuple[str, frozenset[str]], ...] | None:
    """The constraints a phrasal verb takes from a hand reading, or None: the reading must name an event by the
    thing it is done to and nothing else (no particle, preposition, phrase, clause or subject of its own); that
    thing must be the phrasal verb's direct object ("shut off the oil": `obj=&supply` becomes `dobj=&supply`)."""
    if entry.derived or entry.no_event or entry.kind != "V" or not entry.constraints:
        return None
    if entry.code[:2] < _FIRST_CONFLICT_ROOT:
        return None
    keys = [key for key, _ in entry.constraints]
    if not set(keys) <= _KEYS:
        return None
    if "dobj" in keys:
        return entry.constraints
    if keys != ["obj"]:
        return None
    return (("dobj", entry.constraints[0][1]),)


def add_phrasal(lexicon: Lexicon, verbs: dict[str, tuple[str, list[str]]]) -> int:
    """Add the readings each phrasal verb takes from its WordNet sense; returns how many were added."""
    found: list[Entry] = []
    for key in sorted(verbs):
        verb, _, _ = key.partition(" ")
        particle, words = verbs[key]
        readings = lexicon.lookup("V", verb)
        # the families of deeds the verb already reads (the trained proposer reads them and whether a verb is known:
        # neither changes)
        roots = {e.code[:2] for e in readings if cameo.plover_type(e.code)}
        own = {frozenset(e.constraints) for e in readings if not e.derived}
        offers: dict[frozenset[tuple[str, frozenset[str]]], list[Entry]] = {}
        for word in dict.fromkeys(words):
            if word == verb:
                continue
            for entry in lexicon.lookup("V", word):
                constraints = _carried(entry)
                if constraints is None or entry.code[:2] not in roots:
                    continue
                moved = constraints is not entry.constraints  # (`obj` became `dobj`)
                taken = replace(
                    entry,
                    lemma=verb,
                    constraints=(*constraints, ("prt", frozenset({particle}))),
                    derived=True,
                    open_keys=frozenset(),  # (a carried reading never backs off from its noun)
                    kinds=tuple(("dobj", *kind[1:]) for kind in entry.kinds) if moved else entry.kinds,
                )
                if frozenset(taken.constraints) in own:
                    continue
                offers.setdefault(frozenset(taken.constraints), []).append(taken)
        for offered in offers.values():
            if len({e.code[:2] for e in offered}) > 1:
                continue  # the words disagree on what the noun means here
            found.append(min(offered, key=lambda e: e.line))
    for entry in found:  # (added after all are found: a carried reading is never carried again)
        lexicon.add(entry)
    return len(found)
