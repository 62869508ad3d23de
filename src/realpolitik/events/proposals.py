"""Proposed readings for unseen wording (issue 9, seventeenth session): the lexicon mode `proposed`.

Two steps, both made when the lexicon is loaded, from generated files that depend only on their sources (so an
edit to `verbs.txt` never makes them stale):

- hand readings carried to synonyms (`synonym_blocks.txt`, from PETRARCH2's synonym blocks): for a verb of a block,
  the hand `V` entries of the block's other verbs, kept when the block's own patterns give the entry's CAMEO root
  for one of the nouns the entry names. Left out: readings with a particle (a phrasal verb is the verb's own
  idiom), readings that name no event, defaults, a constraint two hand verbs read with different roots, and
  readings of another root for a verb with a code of its own in the dictionary. They are marked `proposed` (and
  `derived`): tried after the verb's own hand entries and before the dictionary's (see `lexicon.rank`).
- a default for verbs neither lexicon knows (`wordnet_verbs.txt`, from WordNet 3.0): the default readings of the
  words of the verb's two most frequent senses and of those senses' direct hypernyms vote; when at least two agree
  on a root (and two thirds of the votes), the verb takes the code most of them give (the root's general code on a
  tie). Marked `derived`.

Measured (see `events/data/README.md`), neither helps on text it was not built from; hence opt-in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..errors import LexiconError
from . import cameo
from .lexicon import NO_EVENT, Entry, Lexicon

_NOUN_KEYS = ("dobj", "obj", "pp", "comp")
WORDNET_SENSES = 2  # a verb's most frequent senses asked, in WordNet's order
WORDNET_MIN_VOTES = 2  # readings that must agree on a root


@dataclass(slots=True)
class Block:
    """A synonym block: its verbs, the verbs' own dictionary codes, and per CAMEO root the nouns (words or
    `&class` names) its patterns name."""

    name: str
    verbs: list[str]
    own: dict[str, str] = field(default_factory=dict)
    agree: dict[str, list[str]] = field(default_factory=dict)


def read_blocks(lines: Iterable[str], *, path: str = "synonym_blocks.txt") -> list[Block]:
    """Lines `NAME VERB|VERB... OWN AGREE`, OWN `verb:code|...`, AGREE `root=noun|&class,root=...` (`-` empty)."""
    out = []
    for number, raw in enumerate(lines, start=1):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        parts = body.split()
        if len(parts) != 4:
            raise LexiconError(f"{path}:{number}: expected 'NAME VERBS OWN AGREE', got {body!r}")
        name, verbs, own, agree = parts
        block = Block(name, verbs.split("|"))
        if own != "-":
            block.own = dict(item.split(":", 1) for item in own.split("|"))
        if agree != "-":
            for item in agree.split(","):
                root, _, nouns = item.partition("=")
                block.agree[root] = nouns.split("|")
        out.append(block)
    return out


def _nouns(entry: Entry) -> set[str]:
    out: set[str] = set()
    for key, words in entry.constraints:
        if key in _NOUN_KEYS:
            out.update(w.rpartition(":")[2] for w in words if not w.startswith("@"))
    return out


def add_proposals(lexicon: Lexicon, blocks: Iterable[Block]) -> int:
    """Add the hand readings carried to synonyms; returns how many readings were added."""
    hand: dict[str, list[Entry]] = {}
    known: set[str] = set()
    for entry in lexicon.entries:
        if entry.derived:
            continue
        if entry.kind in ("V", "F"):
            known.add(entry.lemma)
        if entry.kind == "V":
            hand.setdefault(entry.lemma, []).append(entry)
    # taker -> reading without its code -> [(hand line, entry)]
    offers: dict[str, dict[Entry, list[Entry]]] = {}
    for block in blocks:
        givers = [v for v in block.verbs if v in hand]
        takers = [v for v in block.verbs if v not in known or v in hand]
        if not givers or not takers:
            continue
        agree = {
            root: {
                w
                for noun in nouns
                for w in (lexicon.classes.get(noun[1:], ()) if noun[0] == "&" else (noun,))
            }
            for root, nouns in block.agree.items()
        }
        carried = []
        for giver in givers:
            for entry in hand[giver]:
                if entry.no_event or not entry.constraints or entry.allowed("prt") is not None:
                    continue
                if _nouns(entry) & agree.get(entry.code[:2], set()):
                    carried.append(entry)
        for taker in takers:
            mine = block.own.get(taker)
            # (a reading the verb has by hand already, whatever its code, stays the verb's own)
            kept = {replace(e, code="", lemma=taker, line=0) for e in hand.get(taker, [])}
            for entry in carried:
                if entry.lemma == taker or (mine is not None and entry.code[:2] != mine[:2]):
                    continue
                if replace(entry, code="", lemma=taker, line=0) in kept:
                    continue
                key = replace(entry, code="", lemma="", line=0)
                offers.setdefault(taker, {}).setdefault(key, []).append(entry)
    added = 0
    for taker in sorted(offers):
        for found in offers[taker].values():
            if len({e.code[:2] for e in found}) > 1:
                continue  # the synonyms disagree on what the constraint means
            first = min(found, key=lambda e: e.line)
            lexicon.add(replace(first, lemma=taker, derived=True, proposed=True))
            added += 1
    return added


def read_wordnet(
    lines: Iterable[str], *, path: str = "wordnet_verbs.txt"
) -> dict[str, list[list[list[str]]]]:
    """Lines `LEMMA SENSE [SENSE]`, SENSE `syn|syn/hyp|hyp` (either side may be empty): lemma -> senses -> rings."""
    out: dict[str, list[list[list[str]]]] = {}
    for number, raw in enumerate(lines, start=1):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        parts = body.split()
        if len(parts) < 2 or any("/" not in sense for sense in parts[1:]):
            raise LexiconError(f"{path}:{number}: expected 'LEMMA SYN|SYN/HYP|HYP ...', got {body!r}")
        out[parts[0]] = [
            [[w for w in ring.split("|") if w] for ring in sense.split("/", 1)] for sense in parts[1:]
        ]
    return out


def _default(lexicon: Lexicon, word: str) -> str | None:
    """A word's default reading when it names an event."""
    for entry in lexicon.lookup("V", word):
        if not entry.constraints and not entry.implied and not entry.intransitive:
            if entry.code == NO_EVENT or cameo.plover_type(entry.code) is None:
                return None
            return entry.code
    return None


def wordnet_reading(
    lexicon: Lexicon, lemma: str, senses: list[list[list[str]]]
) -> tuple[str, list[str]] | None:
    """The code a verb the lexicon does not know takes from its WordNet neighbours, and the words that gave it."""
    for rings in senses[:WORDNET_SENSES]:
        voters: dict[str, str] = {}
        for ring in rings:
            for word in ring:
                if word != lemma and word not in voters and (code := _default(lexicon, word)) is not None:
                    voters[word] = code
        if len(voters) < WORDNET_MIN_VOTES:
            continue
        roots: dict[str, int] = {}
        for code in voters.values():
            roots[code[:2]] = roots.get(code[:2], 0) + 1
        root, count = max(sorted(roots.items()), key=lambda item: item[1])
        if count < WORDNET_MIN_VOTES or count * 3 < len(voters) * 2:
            continue
        codes: dict[str, int] = {}
        for code in voters.values():
            if code[:2] == root:
                codes[code] = codes.get(code, 0) + 1
        best = max(codes.values())
        tops = sorted(code for code, n in codes.items() if n == best)
        code = tops[0] if len(tops) == 1 or not cameo.is_known(root + "0") else root + "0"
        return code, sorted(w for w, c in voters.items() if c[:2] == root)
    return None


def add_wordnet(lexicon: Lexicon, verbs: dict[str, list[list[list[str]]]]) -> int:
    """Add a default for each WordNet verb the lexicon does not know whose neighbours agree; returns how many."""
    found = []
    for lemma in sorted(verbs):
        if lexicon.knows(lemma):
            continue
        reading = wordnet_reading(lexicon, lemma, verbs[lemma])
        if reading is not None:
            found.append(Entry("V", reading[0], lemma, derived=True))
    for entry in found:  # (added after all are found: a new reading never votes for another)
        lexicon.add(entry)
    return len(found)
