"""Derive lexicon entries from PETRARCH2's CAMEO verb dictionary (`CAMEO.2.0.txt`, MIT licence).

    python -m realpolitik.events.build_lexicon [--source PATH] [--output PATH] [--check]

The dictionary holds noun classes (`&MILITARY`, `&FOOD`, ...) and verb synonym blocks, each with a default
code per verb and patterns of particles, objects, prepositional phrases and subjects with their CAMEO code.
Each block becomes lines of the project's lexicon format (see `lexicon.py`): the verbs of a block share one
line per pattern (`V 072 deliver|bring obj=&aircraft`), each verb gets its default reading, and every class
becomes a `&name` line. The output is `events/data/verbs_petrarch2.txt`; a test keeps it in sync with
this converter when the shared reference folder is present.

The same run writes two opt-in files (lexicon mode `proposed`): `verbs_proposed.txt`, the hand entries of
`verbs.txt` carried to the other verbs of their synonym blocks (`propose`), and, when WordNet's verb files are
there (`--wordnet DIR`, default /usr/share/wordnet), `verbs_wordnet.txt`, a default reading for WordNet verbs
neither lexicon has, from the readings of their synonyms and hypernyms (`wordnet_defaults`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from . import cameo

SOURCE_NAME = "CAMEO.2.0.txt"
OUTPUT_NAME = "verbs_petrarch2.txt"
HAND_NAME = "verbs.txt"
PROPOSED_NAME = "verbs_proposed.txt"

# Words after the verb that are particles of a phrasal verb, not its object ("set OFF", "put UP").
_PARTICLES = frozenset(
    {"up", "down", "out", "off", "back", "away", "aside", "forward", "together", "apart", "over", "through"}
)
# Words before the verb that are auxiliaries or negation, not a subject: such patterns are left out
# (the coder reads modality and negation itself).
_FUNCTION_WORDS = frozenset(
    {
        "will",
        "would",
        "not",
        "no",
        "never",
        "to",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
    }
)
# Words inside a pattern's noun phrases that carry no constraint of their own.
_STOPWORDS = frozenset(
    {"a", "an", "the", "and", "or", "of", "his", "her", "its", "their", "own", "that", "this", "which", "it"}
    | {"to", "on", "for", "with", "in", "at", "by", "from", "into"}
)
# A pattern naming more nouns than this is a sentence fragment the parse will not reproduce.
_MAX_NOUNS = 4
# Plurals the suffix rules get wrong.
_IRREGULAR = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "arms": "arm",
    "news": "news",
    "talks": "talk",
    "forces": "force",
    "supplies": "supply",
    "series": "series",
    "means": "means",
    "species": "species",
    "headquarters": "headquarters",
    "police": "police",
    "crises": "crisis",
    "analyses": "analysis",
    "bases": "base",
    "ties": "tie",
    "lies": "lie",
}
_KEEP_S = ("ss", "us", "is", "ous", "ics")


def singular(word: str) -> str:
    """A plain lemma for a dictionary noun ("EXERCISES" -> "exercise", "RALLIES" -> "rally")."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_KEEP_S):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("oes"):
        return word[:-2]
    return word[:-1]


@dataclass(slots=True)
class Block:
    """A synonym block: its name, its code, its verbs (lemma, own code, particle) and its patterns."""

    name: str
    code: str | None
    line: int
    verbs: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    patterns: list[tuple[str, str, int]] = field(default_factory=list)  # (pattern text, code, line)


@dataclass(slots=True)
class Dictionary:
    classes: dict[str, list[str]] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)


def _code(text: str) -> str | None:
    """The first code of `[a:b]`; None for the null code `---` (no event)."""
    parts = [p.strip() for p in text.split(":")]
    for part in parts:
        if part == "---":
            return "---"
        if part:
            return part
    return None


def read_dictionary(path: Path) -> Dictionary:
    """Parse the dictionary's class and verb sections."""
    try:
        lines = path.read_text(encoding="latin-1").splitlines()
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the verb dictionary: {exc}. Check the path.") from exc
    out = Dictionary()
    current_class: str | None = None
    block: Block | None = None
    in_verbs = False
    for number, raw in enumerate(lines, start=1):
        text = raw.split("#", 1)[0].strip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not text or text.startswith("~"):
            continue
        if not in_verbs:
            if text.startswith("&"):
                current_class = text[1:].rstrip("_").lower()
                out.classes.setdefault(current_class, [])
            elif text.startswith("+") and current_class is not None:
                phrase = text[1:].strip().rstrip("_").replace("_", " ").lower()
                if phrase:
                    out.classes[current_class].append(phrase)
            continue
        header = re.match(r"^---\s+(.+?)\s+\[([^\]]*)\]\s*-*\s*---", text)
        if header:
            block = Block(header.group(1).lower(), _code(header.group(2)), number)
            out.blocks.append(block)
            continue
        if block is None:
            continue
        if text.startswith("-"):
            match = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", text)
            if match:
                code = _code(match.group(2))
                if code is not None:
                    block.patterns.append((match.group(1), code, number))
            continue
        # A verb line: WORD or +WORD_PRT, optional {irregular forms} and [code].
        verb_match = re.match(r"^([A-Z+][A-Z_+'-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", text.split(";", 1)[0])
        if not verb_match:
            continue
        word = verb_match.group(1)
        own = _code(verb_match.group(3)[1:-1]) if verb_match.group(3) else None
        parts = word.lower().split("_")
        marked = [i for i, p in enumerate(parts) if p.startswith("+")]
        if len(parts) == 1:
            block.verbs.append((parts[0].lstrip("+"), own, None))
        elif marked and marked[0] == 0 and len(parts) == 2:
            # "+CALL_OFF": the verb and its particle or preposition
            block.verbs.append((parts[0].lstrip("+"), own, parts[1]))
        # Pre-compounds ("WIRE_+TAP") and longer phrases are left out: the parse rarely keeps them.
    return out


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    """Pattern tokens: ("word", w), ("class", name), ("phrase", "a b"), ("(", ""), (")", ""), ("*", "")."""
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char.isspace():
            pos += 1
        elif char in "()*":
            yield (char, "")
            pos += 1
        elif char == "{":
            end = text.find("}", pos)
            end = len(text) if end < 0 else end
            yield ("phrase", text[pos + 1 : end])
            pos = end + 1
        else:
            match = re.match(r"[^\s(){}*]+", text[pos:])
            assert match is not None
            token = match.group(0)
            pos += len(token)
            if token in ("$", "+", "^", "%"):
                continue  # actor slots: the coder finds actors from the parse
            if token.startswith("&"):
                yield ("class", token[1:].rstrip("_").lower())
            else:
                yield ("word", token)


def _noun(kind: str, value: str, classes: dict[str, list[str]]) -> list[str] | None:
    """Lemmas a pattern noun stands for: [head, modifiers...] (a class keeps its `&name`)."""
    if kind == "class":
        if value not in classes:
            return None
        return [f"&{value}"] if classes[value] else []
    if kind == "word":
        word = singular(value.replace("_", " ").split()[-1])
        return [] if word in _STOPWORDS else [word]
    words = []
    for part in value.split():
        if part.startswith("&"):
            name = part[1:].rstrip("_").lower()
            if name not in classes:
                return None
            words.append(f"&{name}")
        elif part not in ("$", "+", "^", "%"):
            words.append(singular(part.replace("_", " ").split()[-1]))
    words = [w for w in words if w not in _STOPWORDS]
    if not words:
        return None
    return [words[-1], *words[:-1]]


def pattern_constraints(pattern: str, classes: dict[str, list[str]]) -> list[tuple[str, str]] | None:
    """Constraints of one pattern as (key, value) pairs; None when the pattern cannot be expressed."""
    if "*" not in pattern:
        return None
    before, _, after = pattern.partition("*")
    out: list[tuple[str, str]] = []
    for kind, value in _tokens(before):
        if kind in ("(", ")"):
            return None  # prepositions before the verb: too rare to read reliably
        if kind == "word" and value.lower() in _FUNCTION_WORDS:
            return None
        words = _noun(kind, value, classes)
        if words is None:
            return None
        out.extend(("subj", w) for w in words[:1])
    first_after = True
    prep: str | None = None  # the preposition of the open phrase
    prep_used = False  # whether the open phrase has its noun yet
    have_object = False
    for kind, value in _tokens(after):
        if kind == "(":
            prep, prep_used = "", False
            continue
        if kind == ")":
            if prep and not prep_used:
                out.append(("prep", prep))  # "(TO)": the preposition alone
            prep = None
            continue
        if prep == "":
            if kind != "word":
                return None
            prep = value.lower()
            continue
        if kind == "word" and first_after and prep is None and value.lower() in _PARTICLES:
            out.append(("prt", value.lower()))
            first_after = False
            continue
        first_after = False
        words = _noun(kind, value, classes)
        if words is None:
            return None
        if not words:
            continue
        head, modifiers = words[0], words[1:]
        if prep is not None and not prep_used:
            # the noun of a prepositional phrase: "(TO BORDER)" -> pp=to:border
            out.append(("pp", f"{prep}:{head}"))
            prep_used = True
        elif prep is None and not have_object:
            # the head of the direct object (or of the passive subject)
            out.append(("dobj", head))
            have_object = True
        else:
            out.append(("obj", head))
        out.extend(("obj", w) for w in modifiers)
    if sum(1 for key, _ in out if key in ("obj", "subj", "dobj", "pp")) > _MAX_NOUNS:
        return None
    return out


def _render(
    kind: str, code: str, lemmas: Iterable[str], constraints: list[tuple[str, str]], note: str
) -> str:
    body = f"{kind} {code} {'|'.join(lemmas)}"
    seen: list[str] = []
    for key, value in constraints:
        item = f"{key}={value}"
        if item not in seen:
            seen.append(item)
    if seen:
        body += " " + " ".join(seen)
    return f"{body}  # {note}"


def _known(code: str) -> bool:
    return code == "---" or (code.isdigit() and 2 <= len(code) <= 4 and cameo.is_known(code))


HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from PETRARCH2's CAMEO verb dictionary
# (CAMEO.2.0.txt, Open Event Data Alliance, MIT licence; see README.md in this folder). Do not edit by
# hand: change the converter or write a hand entry in verbs.txt (hand entries win where both match).
#
# The MIT License (MIT)
# Copyright (c) 2015 Open Event Data Alliance
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
# associated documentation files (the "Software"), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
# following conditions:
# The above copyright notice and this permission notice shall be included in all copies or substantial
# portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR
# THE USE OR OTHER DEALINGS IN THE SOFTWARE.
#
# Lines: `&class word|word|...` (the dictionary's noun classes, singular lemmas, a phrase by its head
# word), then one block per synonym block: each verb's default reading (code `---` = no event) and one
# line per pattern for all verbs of the block. Patterns whose code is not in cameo.csv, with
# prepositions or auxiliaries before the verb, or naming undefined classes are left out.
"""


def convert(path: Path) -> tuple[str, dict[str, int]]:
    """The generated file's text and counts of what was kept and left out."""
    data = read_dictionary(path)
    lines = [HEADER]
    stats = {"classes": 0, "blocks": 0, "defaults": 0, "patterns": 0, "skipped": 0, "duplicates": 0}
    lines.append("# ---- noun classes ----")
    for name in sorted(data.classes):
        members = sorted({singular(p.split()[-1]) for p in data.classes[name] if p.split()})
        members = [m for m in members if re.fullmatch(r"[a-z][a-z'.-]*", m)]
        if members:
            lines.append(f"&{name} {'|'.join(members)}")
            stats["classes"] += 1
    for block in data.blocks:
        if not block.verbs:
            continue
        stats["blocks"] += 1
        lines.append(f"# ---- {block.name} (dictionary line {block.line}) ----")
        plain = [lemma for lemma, _, prt in block.verbs if prt is None]
        for lemma, own, prt in block.verbs:
            code = own or block.code or "---"
            if not _known(code):
                stats["skipped"] += 1
                continue
            if prt is None:
                lines.append(_render("V", code, [lemma], [], "default"))
            else:
                slot = "prt" if prt in _PARTICLES else "prep"
                lines.append(_render("V", code, [lemma], [(slot, prt)], "default"))
            stats["defaults"] += 1
        lemmas = list(dict.fromkeys(plain))
        if not lemmas:
            continue
        seen: set[tuple[tuple[str, str], ...]] = set()
        for pattern, code, number in block.patterns:
            constraints = pattern_constraints(pattern, data.classes)
            if not constraints or not _known(code):
                stats["skipped"] += 1
                continue
            signature = tuple(sorted(set(constraints)))
            if signature in seen:
                # the same pattern twice (or with a second code): the dictionary's first reading stands
                stats["duplicates"] += 1
                continue
            seen.add(signature)
            lines.append(_render("V", code, lemmas, constraints, f"line {number}"))
            stats["patterns"] += 1
    return "\n".join(lines) + "\n", stats


# ---------------------------------------------------------------- proposals: hand readings carried to synonyms

PROPOSED_HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from the project's hand lexicon (verbs.txt) and the
# synonym blocks of PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence; see README.md in this folder).
# Do not edit by hand: change verbs.txt or the converter. A test keeps this file in sync.
#
# Proposed readings (issue 9, seventeenth session): the hand entries of the other verbs of a synonym block carried
# to a verb of the block, after the verb's own hand entries and before the dictionary's. A reading is carried when
# the block's own patterns give its CAMEO root for one of the nouns it names (its object class or words);
# readings with a particle (a phrasal verb is the verb's own idiom), readings that name no event, defaults, and a
# constraint two hand verbs read with different roots are left out; a verb with a code of its own in the
# dictionary takes only readings of that root. Loaded only with the lexicon mode `proposed` (opt-in): measured,
# it changed no type F1 on the development sets but blind set 8 (-0.003) and the engineer's first probe (+0.027),
# and none on the transfer probe (see README.md in this folder).
"""


@dataclass(frozen=True, slots=True)
class HandLine:
    """A hand `V` line: its code, its lemmas, what follows them (constraints and flags) and its line."""

    code: str
    lemmas: tuple[str, ...]
    rest: tuple[str, ...]
    line: int

    @property
    def default(self) -> bool:
        return not any("=" in token and not token.startswith("+") for token in self.rest)


def read_hand(lines: Iterable[str]) -> tuple[list[HandLine], set[str]]:
    """The hand lexicon's `V` lines and every lemma that has a hand `V` or `F` entry."""
    out: list[HandLine] = []
    known: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        parts = raw.split("#", 1)[0].split()
        if len(parts) < 3 or parts[0] not in ("V", "F"):
            continue
        lemmas = tuple(lemma for lemma in parts[2].lower().split("|") if lemma)
        known.update(lemmas)
        if parts[0] == "V":
            out.append(HandLine(parts[1], lemmas, tuple(parts[3:]), number))
    return out, known


_MIN_DEFAULT_VOTES = 2  # hand defaults of a block needed before a default is carried
_CARRY_DEFAULTS = False  # carrying block defaults made 'fled' and 'escaped' read 160 (b3, b6): off
_PARTIAL_TAKERS = True  # verbs with hand entries take proposals too, after their own
_AGREE_OBJECTS = True  # a carried reading needs a block pattern of its root naming one of its nouns


def _nouns(items: Iterable[tuple[str, str]], classes: dict[str, set[str]]) -> set[str]:
    """The nouns a list of (key, value) constraints names, classes expanded, phrases without their
    preposition."""
    out: set[str] = set()
    for key, value in items:
        if key not in ("dobj", "obj", "pp", "comp"):
            continue
        for word in value.split("|"):
            word = word.rpartition(":")[2]
            if word.startswith("&"):
                out.update(classes.get(word[1:], ()))
            elif word and not word.startswith("@"):
                out.add(word)
    return out


def _pattern_nouns(block: Block, data: Dictionary, classes: dict[str, set[str]]) -> dict[str, set[str]]:
    """Per CAMEO root, the nouns the block's own patterns name."""
    out: dict[str, set[str]] = {}
    for pattern, code, _ in block.patterns:
        if code == "---":
            continue
        found = pattern_constraints(pattern, data.classes)
        if found:
            out.setdefault(code[:2], set()).update(_nouns(found, classes))
    return out


def _block_roots(block: Block) -> set[str]:
    codes = [block.code, *(own for _, own, _ in block.verbs), *(code for _, code, _ in block.patterns)]
    return {code[:2] for code in codes if code and code != "---"}


def propose(
    data: Dictionary, hand_lines: Iterable[str], class_lines: Iterable[str] = ()
) -> tuple[str, dict[str, int]]:
    """The proposed readings' file text and counts (see PROPOSED_HEADER)."""
    hand, known = read_hand(hand_lines)
    classes: dict[str, set[str]] = {
        name: {singular(p.split()[-1]) for p in members if p.split()}
        for name, members in data.classes.items()
    }
    for raw in class_lines:
        parts = raw.split("#", 1)[0].split()
        if len(parts) == 2 and parts[0].startswith("&"):
            classes.setdefault(parts[0][1:].lower(), set()).update(
                w.lower() for w in parts[1].split("|") if w and not w.startswith("-")
            )
    by_lemma: dict[str, list[HandLine]] = {}
    for entry in hand:
        for lemma in entry.lemmas:
            by_lemma.setdefault(lemma, []).append(entry)
    # target verb -> constraint text -> [(code, hand lemma, hand line, block name)]
    offers: dict[str, dict[tuple[str, ...], list[tuple[str, str, int, str]]]] = {}
    stats = {"blocks": 0, "targets": 0, "lines": 0, "readings": 0, "conflicts": 0}
    for block in data.blocks:
        plain = list(dict.fromkeys(lemma for lemma, _, prt in block.verbs if prt is None))
        givers = [lemma for lemma in plain if lemma in by_lemma]
        takers = [lemma for lemma in plain if lemma not in known or (_PARTIAL_TAKERS and lemma in by_lemma)]
        if not givers or not takers:
            continue
        stats["blocks"] += 1
        roots = _block_roots(block)
        agreeing = _pattern_nouns(block, data, classes) if _AGREE_OBJECTS else {}
        own = {lemma: code for lemma, code, prt in block.verbs if prt is None and code and code != "---"}
        carried: list[tuple[HandLine, str]] = []
        defaults: list[tuple[HandLine, str]] = []
        for giver in givers:
            for entry in by_lemma[giver]:
                if entry.code == "---" or entry.code[:2] not in roots:
                    continue
                if any(token.startswith("prt=") for token in entry.rest):
                    continue
                if _AGREE_OBJECTS and not entry.default:
                    pairs = (t.partition("=") for t in entry.rest if "=" in t and not t.startswith("+"))
                    nouns = _nouns([(key, value) for key, _, value in pairs], classes)
                    if not nouns & agreeing.get(entry.code[:2], set()):
                        continue
                (defaults if entry.default else carried).append((entry, giver))
        voters = {giver for _, giver in defaults}
        if _CARRY_DEFAULTS and len(voters) >= _MIN_DEFAULT_VOTES:
            votes: dict[str, int] = {}
            for entry, _ in defaults:
                votes[entry.code[:2]] = votes.get(entry.code[:2], 0) + 1
            root, count = max(sorted(votes.items()), key=lambda item: item[1])
            if count * 3 >= len(defaults) * 2:
                carried.extend((entry, giver) for entry, giver in defaults if entry.code[:2] == root)
        for taker in takers:
            mine = own.get(taker)
            for entry, giver in carried:
                if mine is not None and entry.code[:2] != mine[:2]:
                    continue
                if giver == taker or (taker in by_lemma and entry.default):
                    continue  # (a verb's own entries stay its own; a verb with hand entries keeps its default)
                offers.setdefault(taker, {}).setdefault(entry.rest, []).append(
                    (entry.code, giver, entry.line, block.name)
                )
    # one reading per taker and constraint: the first hand line's code; a constraint read with two roots is
    # left out (the synonyms disagree on what it means)
    lines_out: dict[tuple[str, tuple[str, ...], str], list[str]] = {}
    for taker in sorted(offers):
        kept = 0
        for rest, found in offers[taker].items():
            if len({code[:2] for code, _, _, _ in found}) > 1:
                stats["conflicts"] += 1
                continue
            code, giver, line, name = min(found, key=lambda item: item[2])
            note = f"{giver}, verbs.txt line {line}; block {name}"
            lines_out.setdefault((code, rest, note), []).append(taker)
            kept += 1
        if kept:
            stats["targets"] += 1
            stats["readings"] += kept
    out = [PROPOSED_HEADER]
    for (code, rest, note), takers in sorted(
        lines_out.items(), key=lambda item: (item[0][2], item[0][0], item[0][1])
    ):
        body = " ".join(("V", code, "|".join(takers), *rest))
        out.append(f"{body}  # {note}")
        stats["lines"] += 1
    return "\n".join(out) + "\n", stats


def default_hand() -> Path:
    return Path(__file__).resolve().parent / "data" / HAND_NAME


def default_proposed() -> Path:
    return Path(__file__).resolve().parent / "data" / PROPOSED_NAME


# ---------------------------------------------------------------- WordNet: verbs neither lexicon has

WORDNET_NAME = "verbs_wordnet.txt"
_WORDNET_SENSES = 2  # a verb's most frequent senses asked (WordNet's index order)
_WORDNET_HYPERNYMS = True  # a sense's direct hypernyms vote too, after its synonyms
_WORDNET_MIN_VOTES = 2  # readings needed to agree on a root

WORDNET_HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from Princeton WordNet 3.0 (its verb files: index.verb,
# data.verb; licence below) and the project's lexicon (verbs.txt and verbs_petrarch2.txt). Do not edit by hand.
#
# A default reading for each WordNet verb that neither lexicon has: the readings of the words of its most frequent
# senses (their synonyms, then their direct hypernyms) that have a default naming an event, when at least two agree
# on a CAMEO root; the code is the one most of them give (the root's general code on a tie). Loaded only with the
# lexicon mode `proposed`, as dictionary-grade guesses (see README.md in this folder).
#
# WordNet Release 3.0. Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
# PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of
# Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the
# software and/or database. Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that the above copyright
# notice and this statement appear in all copies.
"""


@dataclass(slots=True)
class WordNetVerbs:
    senses: dict[str, list[str]] = field(default_factory=dict)  # lemma -> synset offsets, most frequent first
    words: dict[str, list[str]] = field(default_factory=dict)  # synset offset -> its words
    hypernyms: dict[str, list[str]] = field(default_factory=dict)  # synset offset -> hypernym offsets


def read_wordnet(folder: Path) -> WordNetVerbs:
    """The verb senses, synsets and hypernym links of a WordNet database folder (index.verb, data.verb)."""
    out = WordNetVerbs()
    try:
        index = (folder / "index.verb").read_text(encoding="latin-1").splitlines()
        data = (folder / "data.verb").read_text(encoding="latin-1").splitlines()
    except OSError as exc:
        raise LexiconError(f"{folder}: cannot read WordNet's verb files: {exc}. Pass --wordnet DIR.") from exc
    for line in index:
        if line.startswith(" ") or not line.strip():
            continue
        parts = line.split()
        count = int(parts[2])
        out.senses[parts[0]] = parts[len(parts) - count :]
    for line in data:
        if line.startswith(" ") or not line.strip():
            continue
        parts = line.split("|", 1)[0].split()
        offset, count = parts[0], int(parts[3], 16)
        words = [parts[4 + 2 * i].lower() for i in range(count)]
        out.words[offset] = [re.sub(r"\(.*\)$", "", w) for w in words]
        pos = 4 + 2 * count
        pointers = int(parts[pos])
        ups = []
        for i in range(pointers):
            symbol, target, kind = parts[pos + 1 + 4 * i : pos + 4 + 4 * i]
            if symbol == "@" and kind == "v":
                ups.append(target)
        out.hypernyms[offset] = ups
    return out


def wordnet_defaults(wordnet: WordNetVerbs, lexicon: Any) -> tuple[str, dict[str, int]]:
    """The WordNet readings' file text and counts (see WORDNET_HEADER). `lexicon`: the packaged lexicon (`all`)."""
    from .lexicon import NO_EVENT  # (the loader, not needed by the dictionary converter)

    def default(word: str) -> str | None:
        for entry in lexicon.lookup("V", word):
            if not entry.constraints and not entry.implied and not entry.intransitive:
                if entry.code == NO_EVENT or cameo.plover_type(entry.code) is None:
                    return None
                return str(entry.code)
        return None

    lines = [WORDNET_HEADER]
    stats = {"unknown_verbs": 0, "readings": 0}
    for lemma in sorted(wordnet.senses):
        if not re.fullmatch(r"[a-z]+", lemma) or lexicon.knows(lemma):
            continue
        stats["unknown_verbs"] += 1
        chosen: tuple[str, list[str]] | None = None
        for offset in wordnet.senses[lemma][:_WORDNET_SENSES]:
            rings = [wordnet.words.get(offset, [])]
            if _WORDNET_HYPERNYMS:
                rings.append(
                    [w for up in wordnet.hypernyms.get(offset, []) for w in wordnet.words.get(up, [])]
                )
            voters: dict[str, str] = {}
            for ring in rings:
                for word in ring:
                    if word != lemma and word not in voters and (code := default(word)) is not None:
                        voters[word] = code
            if len(voters) < _WORDNET_MIN_VOTES:
                continue
            roots: dict[str, int] = {}
            for code in voters.values():
                roots[code[:2]] = roots.get(code[:2], 0) + 1
            root, count = max(sorted(roots.items()), key=lambda item: item[1])
            if count < _WORDNET_MIN_VOTES or count * 3 < len(voters) * 2:
                continue
            codes: dict[str, int] = {}
            for code in voters.values():
                if code[:2] == root:
                    codes[code] = codes.get(code, 0) + 1
            best = max(codes.values())
            tops = sorted(code for code, n in codes.items() if n == best)
            code = tops[0] if len(tops) == 1 else root + "0"
            if not cameo.is_known(code):
                code = tops[0]
            chosen = (code, sorted(w for w, c in voters.items() if c[:2] == root))
            break
        if chosen is not None:
            code, words = chosen
            lines.append(f"V {code} {lemma}  # wordnet: {', '.join(words)}")
            stats["readings"] += 1
    return "\n".join(lines) + "\n", stats


def default_wordnet_source() -> Path:
    return Path("/usr/share/wordnet")


def default_wordnet_output() -> Path:
    return Path(__file__).resolve().parent / "data" / WORDNET_NAME


def default_source() -> Path:
    from ..evaluation import shared_dir

    return shared_dir() / "reference" / "petrarch2" / SOURCE_NAME


def default_output() -> Path:
    return Path(__file__).resolve().parent / "data" / OUTPUT_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m realpolitik.events.build_lexicon", description=__doc__)
    parser.add_argument("--source", type=Path, default=None, help="CAMEO.2.0.txt (default: ../shared)")
    parser.add_argument(
        "--output", type=Path, default=None, help=f"output file (default: data/{OUTPUT_NAME})"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when an output is out of date")
    parser.add_argument(
        "--wordnet",
        type=Path,
        default=None,
        help="WordNet database folder (default: /usr/share/wordnet, Debian's wordnet-base); without it "
        f"data/{WORDNET_NAME} is left as it is",
    )
    args = parser.parse_args(argv)
    source = args.source or default_source()
    output = args.output or default_output()
    packaged = args.output is None  # the proposed and WordNet files go with the packaged lexicon only
    if not source.is_file():
        print(f"{source}: the verb dictionary is not there; pass --source PATH.", file=sys.stderr)
        return 2
    stale = False

    def done(path: Path, wanted: str, counts: dict[str, int]) -> None:
        nonlocal stale
        if args.check:
            current = path.read_text(encoding="utf-8") if path.is_file() else ""
            if current != wanted:
                print(
                    f"{path} is out of date: run python -m realpolitik.events.build_lexicon", file=sys.stderr
                )
                stale = True
            return
        path.write_text(wanted, encoding="utf-8")
        summary = ", ".join(f"{v} {k}" for k, v in counts.items())
        print(f"wrote {path}: {summary}", file=sys.stderr)

    done(output, *convert(source))
    if packaged:
        hand = default_hand().read_text(encoding="utf-8").splitlines()
        class_lines = (default_hand().parent / "classes.txt").read_text(encoding="utf-8").splitlines()
        done(default_proposed(), *propose(read_dictionary(source), hand, class_lines))
        wordnet = args.wordnet or default_wordnet_source()
        if (wordnet / "data.verb").is_file():
            from .lexicon import _parse_default  # (the files as they are now, not a cached lexicon)

            done(default_wordnet_output(), *wordnet_defaults(read_wordnet(wordnet), _parse_default("all")))
        elif args.wordnet is not None:
            print(f"{wordnet}: WordNet's verb files are not there.", file=sys.stderr)
            return 2
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
