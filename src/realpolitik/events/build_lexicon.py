"""Derive lexicon entries from PETRARCH2's CAMEO verb dictionary (`CAMEO.2.0.txt`, MIT licence).

    python -m realpolitik.events.build_lexicon [--source PATH] [--output PATH] [--check]

The dictionary holds noun classes (`&MILITARY`, `&FOOD`, ...) and verb synonym blocks, each with a default
code per verb and patterns of particles, objects, prepositional phrases and subjects with their CAMEO code.
Each block becomes lines of the project's lexicon format (see `lexicon.py`): the verbs of a block share one
line per pattern (`V 072 deliver|bring obj=&aircraft`), each verb gets its default reading, and every class
becomes a `&name` line. The output is `events/data/verbs_petrarch2.txt`; a test keeps it in sync with
this converter when the shared reference folder is present.

The same run writes the sources of the opt-in lexicon mode `proposed` (`events/proposals.py`): the synonym
blocks (`synonym_blocks.txt`) and, when WordNet's verb files are there (`--wordnet DIR`, default
/usr/share/wordnet, Debian's wordnet-base), each WordNet verb's neighbours (`wordnet_verbs.txt`) and, from its
noun files, the kinds of the nouns no class lists (`wordnet_nouns.txt`, read by `events/kinds.py`) and the verbs
the nouns of acts and events derive from (`wordnet_deverbal.txt`, read by `events/deverbal.py`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import LexiconError
from . import cameo
from .kinds import NOUNS_FILE
from .lexicon import (
    BLOCKS_FILE,
    DERIVED_FILE,
    DEVERBAL_FILE,
    NO_DEED_VERBS_FILE,
    PHRASAL_FILE,
    THING_NOUNS_FILE,
    WORDNET_FILE,
)

SOURCE_NAME = "CAMEO.2.0.txt"

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


# ---------------------------------------------------------------- opt-in: synonym blocks and WordNet neighbours
# Both files depend on their source alone; `events/proposals.py` makes the readings from them when the lexicon is
# loaded in the mode `proposed`, so an edit to verbs.txt never makes them stale.

BLOCKS_HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from the synonym blocks of PETRARCH2's CAMEO verb
# dictionary (CAMEO.2.0.txt, Open Event Data Alliance, MIT licence: see verbs_petrarch2.txt and README.md in this
# folder). Do not edit by hand. Read by events/proposals.py (lexicon mode `proposed`, opt-in).
#
# One line per block with at least two plain verbs: NAME VERB|VERB... OWN AGREE, where OWN lists the verbs with a
# code of their own (`verb:code`) and AGREE the nouns (words, or `&class` names) the block's patterns name, per CAMEO
# root (`root=noun|noun,root=...`); `-` when empty.
"""


def blocks_text(data: Dictionary) -> tuple[str, dict[str, int]]:
    """The synonym blocks' file text and counts."""
    lines = [BLOCKS_HEADER]
    stats = {"blocks": 0, "verbs": 0}
    for block in data.blocks:
        verbs = list(dict.fromkeys(lemma for lemma, _, prt in block.verbs if prt is None))
        verbs = [v for v in verbs if re.fullmatch(r"[a-z][a-z'-]*", v)]
        if len(verbs) < 2:
            continue
        own = {lemma: code for lemma, code, prt in block.verbs if prt is None and code and code != "---"}
        agree: dict[str, set[str]] = {}
        for pattern, code, _ in block.patterns:
            found = pattern_constraints(pattern, data.classes) if code != "---" and _known(code) else None
            for key, value in found or ():
                if key in ("dobj", "obj", "pp") and re.fullmatch(
                    r"&?[a-z][a-z'-]*", value.rpartition(":")[2]
                ):
                    agree.setdefault(code[:2], set()).add(value.rpartition(":")[2])
        name = re.sub(r"\W+", "_", block.name)
        own_text = "|".join(f"{v}:{own[v]}" for v in verbs if v in own) or "-"
        agree_text = (
            ",".join(f"{root}={'|'.join(sorted(nouns))}" for root, nouns in sorted(agree.items())) or "-"
        )
        lines.append(f"{name} {'|'.join(verbs)} {own_text} {agree_text}")
        stats["blocks"] += 1
        stats["verbs"] += len(verbs)
    return "\n".join(lines) + "\n", stats


WORDNET_HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from Princeton WordNet 3.0 (its verb files index.verb
# and data.verb; Debian's wordnet-base). Do not edit by hand. Read by events/proposals.py (lexicon mode `proposed`,
# opt-in): a verb no lexicon entry names takes the reading its neighbours here agree on.
#
# One line per WordNet verb of letters only: LEMMA SENSE [SENSE], its two most frequent senses, each SYN|SYN/HYP|HYP:
# the sense's other words, then the words of its direct hypernyms.
#
# WordNet Release 3.0. Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
# PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR
# FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.
# Permission to use, copy, modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice
# and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
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
    out.senses = _index_senses(index)
    for offset, _, words, ups in _data_synsets(data, "v"):
        out.words[offset] = words
        out.hypernyms[offset] = ups
    return out


def _index_senses(index: list[str]) -> dict[str, list[str]]:
    """A WordNet index file's lemmas and their synset offsets, in WordNet's order (the licence lines skipped)."""
    senses: dict[str, list[str]] = {}
    for line in index:
        if line.startswith(" ") or not line.strip():
            continue
        parts = line.split()
        count = int(parts[2])
        senses[parts[0]] = parts[len(parts) - count :]
    return senses


def _data_synsets(data: list[str], pos: str) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """A WordNet data file's synsets as (offset, lexicographer file number, words in lower case without their
    markers, hypernym offsets of the same part of speech `pos`; not instances)."""
    for line in data:
        if line.startswith(" ") or not line.strip():
            continue
        parts = line.split("|", 1)[0].split()
        offset, count = parts[0], int(parts[3], 16)
        words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i].lower()) for i in range(count)]
        at = 4 + 2 * count
        ups = [
            parts[at + 2 + 4 * i]
            for i in range(int(parts[at]))
            if parts[at + 1 + 4 * i] == "@" and parts[at + 3 + 4 * i] == pos
        ]
        yield offset, parts[1], words, ups


def wordnet_text(wordnet: WordNetVerbs, senses: int = 2) -> tuple[str, dict[str, int]]:
    """The WordNet neighbours' file text and counts."""
    lines = [WORDNET_HEADER]
    stats = {"verbs": 0}

    def ring(words: Iterable[str], lemma: str) -> str:
        return "|".join(dict.fromkeys(w for w in words if w != lemma and re.fullmatch(r"[a-z]+", w)))

    for lemma in sorted(wordnet.senses):
        if not re.fullmatch(r"[a-z]+", lemma):
            continue
        fields = []
        for offset in wordnet.senses[lemma][:senses]:
            ups = [w for up in wordnet.hypernyms.get(offset, []) for w in wordnet.words.get(up, [])]
            fields.append(f"{ring(wordnet.words.get(offset, []), lemma)}/{ring(ups, lemma)}")
        if any(f != "/" for f in fields):
            lines.append(f"{lemma} {' '.join(fields)}")
            stats["verbs"] += 1
    return "\n".join(lines) + "\n", stats


# ---------------------------------------------------------------- phrasal verbs (idiom48, issue 9)

PHRASAL_HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from Princeton WordNet 3.0 (its verb files index.verb
# and data.verb; Debian's wordnet-base). Do not edit by hand. Read by events/phrasal.py: a phrasal verb takes the
# constrained hand readings of the words of its most frequent sense.
#
# One line per WordNet verb of two words, a verb of letters and a particle ("shut_off", "carry_off"): LEMMA SENSE,
# its most frequent sense as SYN|SYN/HYP|HYP: the sense's other one-word verbs, then the one-word verbs of its
# direct hypernyms. Lines whose sense names no one-word verb are left out.
#
# WordNet Release 3.0. Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
# PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR
# FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.
# Permission to use, copy, modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice
# and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
"""


def phrasal_text(wordnet: WordNetVerbs) -> tuple[str, dict[str, int]]:
    """The phrasal verbs' file text and counts: each verb-and-particle lemma's first sense, its one-word synonyms
    and the one-word verbs of its direct hypernyms."""
    lines = [PHRASAL_HEADER]
    stats = {"verbs": 0}

    def ring(words: Iterable[str]) -> str:
        return "|".join(dict.fromkeys(w for w in words if re.fullmatch(r"[a-z]+", w)))

    for lemma in sorted(wordnet.senses):
        verb, _, particle = lemma.partition("_")
        if not re.fullmatch(r"[a-z]+", verb) or particle not in _PARTICLES:
            continue
        offset = wordnet.senses[lemma][0]
        ups = [w for up in wordnet.hypernyms.get(offset, []) for w in wordnet.words.get(up, [])]
        field_text = f"{ring(wordnet.words.get(offset, []))}/{ring(ups)}"
        if field_text != "/":
            lines.append(f"{lemma} {field_text}")
            stats["verbs"] += 1
    return "\n".join(lines) + "\n", stats


def default_phrasal_output() -> Path:
    return Path(__file__).resolve().parent / "data" / PHRASAL_FILE


# ---------------------------------------------------------------- the kinds of nouns (kinds36, issue 9)

# an anchor sense with more nouns below it (first senses) is too general to name a category
ANCHOR_LIMIT = 400
# an anchor sense's lexicographer file (artifact, person, group, substance, ...) must be the file of at least this
# share of the class's words' first senses: the F-22 "raptor" and the "falcon" of the dictionary's aircraft share the
# sense of birds of prey, which is no kind of aircraft; "energy" of the commodities is also the physicist's
ANCHOR_FILE_SHARE = 0.2
# closed classes of marks, not of kinds: their words name what makes an alert a police one (&police_alert: "police",
# "security"), the state forces are put on (&service, &alert_mark, &alert_scale) or a count of forces (&counted), so a
# noun below one of their words' first senses is not thereby of another kind than its anchor's (a gendarmerie, the
# gestapo and the Mounties are police forces, and stay in &force and &military; wordnet48)
MARK_CLASSES = frozenset({"police_alert", "service", "alert_mark", "alert_scale", "counted"})

NOUNS_HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from Princeton WordNet 3.0 (its noun files index.noun,
# data.noun and cntlist.rev; Debian's wordnet-base) and the open noun classes (events/kinds.py OPEN_CLASSES) of
# classes.txt and verbs_petrarch2.txt. Do not edit by hand. Read by events/kinds.py: a noun no class lists belongs
# to an open class when each sense here names one of the class's words.
#
# One line per WordNet noun of letters (and hyphens) that no class lists and whose senses reach an anchor:
# LEMMA CLASS|CLASS [CLASS|CLASS]: the open classes one of whose anchors is among the hypernym ancestors (or is the
# synset) of its first sense, and of its second sense too when WordNet's sense counts do not make the first the most
# frequent (then both must agree). An anchor of a class is a sense of one of its words at or above senses of two others
# of its words (and not above a narrower anchor of the same words), in the lexicographer file of a fifth or more of
# its words, with no more than 400 nouns below it. A hypernym nearer than the anchor that is the first sense of a word
# of a closed class takes the noun out (an aide is a military officer, the "officer" of &wanted), unless the class is
# one of marks (&police_alert, &service, &alert_mark, &alert_scale, &counted: "police" marks a police alert, and a
# gendarmerie stays a force). Words of three letters or less only with a tagged first sense.
#
# WordNet Release 3.0. Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
# PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR
# FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.
# Permission to use, copy, modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice
# and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
"""


@dataclass(slots=True)
class WordNetNouns:
    senses: dict[str, list[str]] = field(default_factory=dict)  # lemma -> synset offsets, WordNet's order
    counts: dict[tuple[str, int], int] = field(default_factory=dict)  # (lemma, sense number) -> tagged count
    words: dict[str, list[str]] = field(default_factory=dict)  # synset offset -> its words
    # synset offset -> hypernym offsets (not instances)
    hypernyms: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)  # synset offset -> its lexicographer file number


def _wordnet_files(folder: Path, names: tuple[str, ...], what: str) -> list[list[str]]:
    """The lines of these files of a WordNet database folder (latin-1), or a LexiconError naming the folder."""
    try:
        return [(folder / name).read_text(encoding="latin-1").splitlines() for name in names]
    except OSError as exc:
        raise LexiconError(f"{folder}: cannot read WordNet's {what}: {exc}. Pass --wordnet DIR.") from exc


def read_wordnet_nouns(folder: Path) -> WordNetNouns:
    """The noun senses, their sense counts, synsets and hypernym links of a WordNet database folder."""
    out = WordNetNouns()
    index, data, counts = _wordnet_files(folder, ("index.noun", "data.noun", "cntlist.rev"), "noun files")
    out.senses = _index_senses(index)
    for line in counts:
        key, number, tagged = line.split()
        lemma, _, sense = key.partition("%")
        if sense.startswith("1:"):
            out.counts[(lemma, int(number))] = int(tagged)
    for offset, lexfile, words, ups in _data_synsets(data, "n"):
        out.files[offset] = lexfile
        out.words[offset] = words
        out.hypernyms[offset] = ups
    return out


def class_lines(*paths: Path) -> dict[str, frozenset[str]]:
    """The noun classes of lexicon files (their `&name` lines joined as the lexicon joins them, less exclusions)."""
    from .lexicon import parse_class

    classes: dict[str, frozenset[str]] = {}
    excluded: dict[str, frozenset[str]] = {}
    for path in paths:
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if text.startswith("&"):
                name, words, dropped = parse_class(text, path=str(path), line=number)
                excluded[name] = excluded.get(name, frozenset()) | dropped
                classes[name] = (classes.get(name, frozenset()) | words) - excluded[name]
    return classes


def nouns_text(wordnet: WordNetNouns, classes: dict[str, frozenset[str]]) -> tuple[str, dict[str, int]]:
    """The noun kinds' file text and counts (see NOUNS_HEADER)."""
    from .kinds import OPEN_CLASSES

    above: dict[str, frozenset[str]] = {}

    def ancestors(offset: str) -> frozenset[str]:
        found = above.get(offset)
        if found is None:
            found = above[offset] = frozenset(
                {offset}.union(*(ancestors(up) for up in wordnet.hypernyms.get(offset, [])))
            )
        return found

    below: dict[str, int] = {}
    for offsets in wordnet.senses.values():
        for up in ancestors(offsets[0]):
            below[up] = below.get(up, 0) + 1

    def key(word: str) -> str:
        return word.replace("-", "_")

    anchors: dict[str, set[str]] = {}  # anchor synset -> the classes it is an anchor of
    for name in sorted(OPEN_CLASSES & classes.keys()):
        words = sorted(w for w in classes[name] if re.fullmatch(r"[a-z][a-z-]*", w))
        firsts = {w: wordnet.senses.get(key(w), [])[:2] for w in words}
        kinds = [wordnet.files[o[0]] for o in firsts.values() if o]
        allowed = {f for f in kinds if kinds.count(f) >= ANCHOR_FILE_SHARE * len(kinds)}
        found: dict[str, frozenset[str]] = {}  # anchor synset of this class -> the class words below it
        for word in words:
            for offset in wordnet.senses.get(key(word), []):
                if below.get(offset, 0) > ANCHOR_LIMIT or wordnet.files[offset] not in allowed:
                    continue
                under = frozenset(
                    other
                    for other in words
                    if other != word and any(offset in ancestors(o) for o in firsts[other])
                )
                # (two words of the class agree on it: "vessel" above "warship" alone is no kind of armed men)
                if len(under) >= 2:
                    found[offset] = under
        for offset, under in found.items():
            # (a sense above a narrower anchor with the same words is too wide: "unit", an organisation, over "force",
            # a military unit, would take in a ministry's department)
            if not any(o != offset and offset in ancestors(o) and under <= u for o, u in found.items()):
                anchors.setdefault(offset, set()).add(name)
    listed = {w for words in classes.values() for w in words}

    # (the first senses of the words of closed classes: the kinds those classes know)
    closed = {
        wordnet.senses[key(w)][0]
        for name, words in classes.items()
        if name not in OPEN_CLASSES and name not in MARK_CLASSES
        for w in words
        if wordnet.senses.get(key(w))
    }

    def nearest(offset: str) -> list[str]:
        """The classes of the nearest anchors above a sense (the sense itself first), less those a nearer hypernym
        contradicts: a first sense of a word of a closed class that no word of the anchor's class names ("aide", a
        military officer, the first sense of the "officer" of &wanted, which &force does not list; a hydrogen bomb
        is a "bomb" of &wmd, which &weapon lists too)."""
        level, seen, passed = [offset], {offset}, list[str]()
        while level:
            found = {c for o in level for c in anchors.get(o, ())}
            if found:
                return sorted(
                    c
                    for c in found
                    if all(
                        not classes[c].isdisjoint(w.replace("_", "-") for w in wordnet.words[o])
                        for o in passed
                    )
                )
            passed += [o for o in level if o in closed]
            level = [up for o in level for up in wordnet.hypernyms.get(o, []) if up not in seen]
            seen.update(level)
        return []

    lines = [NOUNS_HEADER]
    stats = {"nouns": 0, "anchors": len(anchors)}
    for lemma in sorted(wordnet.senses):
        word = lemma.replace("_", "-") if "-" in lemma else lemma
        if not re.fullmatch(r"[a-z][a-z-]*", lemma) or word in listed:
            continue
        offsets = wordnet.senses[lemma]
        first, second = wordnet.counts.get((lemma, 1), 0), wordnet.counts.get((lemma, 2), 0)
        if len(lemma) <= 3 and not first:
            continue  # (abbreviations and symbols no text uses as the noun: "doj", "fe", "sa")
        used = offsets[:1] if len(offsets) == 1 or first > second else offsets[:2]
        fields = []
        for offset in used:
            named = nearest(offset)
            if not named:
                break
            fields.append("|".join(named))
        else:
            lines.append(f"{word} {' '.join(fields)}")
            stats["nouns"] += 1
    return "\n".join(lines) + "\n", stats


# the lexicographer files of the noun senses that name a deed (noun.act, noun.event), and how many of a noun's first
# senses (WordNet's order) are looked at
DEVERBAL_FILES = frozenset({"04", "11"})
DEVERBAL_SENSES = 3

DEVERBAL_HEADER = """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from Princeton WordNet 3.0 (its files index.noun,
# data.noun and data.verb; Debian's wordnet-base). Do not edit by hand. Read by events/deverbal.py: a noun no lexicon
# line names (no N or F entry) takes the hand readings of the verb it is derived from (nouns39, issue 9).
#
# One line per WordNet noun of letters (and hyphens) whose first (most frequent) sense is an act or an event (the
# lexicographer files noun.act and noun.event): LEMMA VERB[|VERB]: the verbs WordNet's derivational links ("+"
# pointers, word to word) give the noun in those of its first three senses that are acts or events: "airlift airlift",
# "mining mine", "closure close" (not "supply", first a quantity, nor "exile", first a state).
#
# WordNet Release 3.0. Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
# PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
# EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR
# FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
# Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.
# Permission to use, copy, modify and distribute this software and database and its documentation for any purpose
# and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice
# and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
"""


def deverbal_text(folder: Path) -> tuple[str, dict[str, int]]:
    """`wordnet_deverbal.txt`: each WordNet noun whose first sense is an act or an event and whose first senses that
    are acts or events link derivationally to verbs (the linked word of the noun's own word in the synset), with
    those verbs in WordNet's order."""
    index, nouns, verbs = _wordnet_files(folder, ("index.noun", "data.noun", "data.verb"), "files")
    senses = _index_senses(index)
    verb_words = {offset: words for offset, _, words, _ in _data_synsets(verbs, "v")}
    synsets: dict[str, tuple[str, list[str], list[tuple[str, str, str, int, int]]]] = {}
    for line in nouns:
        if line.startswith(" ") or not line.strip():
            continue
        parts = line.split("|", 1)[0].split()
        count = int(parts[3], 16)
        words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i].lower()) for i in range(count)]
        at = 4 + 2 * count
        pointers = []
        for i in range(int(parts[at])):
            symbol, target, pos, ends = parts[at + 1 + 4 * i : at + 5 + 4 * i]
            pointers.append((symbol, target, pos, int(ends[:2], 16), int(ends[2:], 16)))
        synsets[parts[0]] = (parts[1], words, pointers)
    lines = []
    for lemma in sorted(senses):
        if not re.fullmatch(r"[a-z][a-z-]*", lemma):
            continue
        found: list[str] = []
        if synsets[senses[lemma][0]][0] not in DEVERBAL_FILES:
            continue  # (a noun whose most frequent sense is a thing or a state: "supply", "exile")
        for offset in senses[lemma][:DEVERBAL_SENSES]:
            lexfile, words, pointers = synsets[offset]
            if lexfile not in DEVERBAL_FILES or lemma not in words:
                continue
            own = words.index(lemma) + 1
            for symbol, target, pos, source, word in pointers:
                if symbol != "+" or pos != "v" or source != own:
                    continue
                verb = verb_words[target][word - 1]
                if re.fullmatch(r"[a-z]+", verb) and verb not in found:
                    found.append(verb)
        if found:
            lines.append(f"{lemma} {'|'.join(found)}")
    return DEVERBAL_HEADER + "\n" + "\n".join(lines) + "\n", {"nouns": len(lines)}


# the lexicographer files of the verb senses that tell no deed two parties do together: verb.change (30),
# verb.communication (32: talks and words have readings of their own), verb.competition (33), verb.consumption (34:
# "lunched with"), verb.emotion (37), verb.perception (39), verb.possession (40: giving, buying and having have
# readings of their own or none), verb.stative (42), verb.weather (43)
NO_DEED_VERB_FILES = {
    "30": "change",
    "32": "communication",
    "33": "competition",
    "34": "consumption",
    "37": "emotion",
    "39": "perception",
    "40": "possession",
    "42": "stative",
    "43": "weather",
}

NO_DEED_VERBS_HEADER = (
    """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from Princeton WordNet 3.0 (its files index.verb and
# data.verb; Debian's wordnet-base). Do not edit by hand. Read by events/joint.py: two parties named together with a
# verb whose first sense is a state, a change of state, words, a contest, eating, a feeling, a perception or having
# ("shared a border", "grew closer", "chatted", "played each other", "lunched with", "feared", "watched", "lost") did no
# deed together (joint42, issue 9).
#
# One line per WordNet verb of letters only whose first (most frequent) sense is in the lexicographer file
# verb.change, verb.communication, verb.competition, verb.consumption, verb.emotion, verb.perception,
# verb.possession, verb.stative or verb.weather: LEMMA FILE ("share stative", "grow change", "lose possession").
#
"""
    + "# WordNet Release 3.0"
    + DEVERBAL_HEADER.split("# WordNet Release 3.0", 1)[1]
)


def no_deed_verbs_text(folder: Path) -> tuple[str, dict[str, int]]:
    """`wordnet_no_deed_verbs.txt`: each WordNet verb whose first sense is a state, a change of state, words, a
    contest, eating, a feeling, a perception or having."""
    index, verbs = _wordnet_files(folder, ("index.verb", "data.verb"), "files")
    senses = _index_senses(index)
    files = {offset: lexfile for offset, lexfile, _, _ in _data_synsets(verbs, "v")}
    lines = [
        f"{lemma} {NO_DEED_VERB_FILES[files[senses[lemma][0]]]}"
        for lemma in sorted(senses)
        if re.fullmatch(r"[a-z]+", lemma) and files[senses[lemma][0]] in NO_DEED_VERB_FILES
    ]
    return NO_DEED_VERBS_HEADER + "\n".join(lines) + "\n", {"verbs": len(lines)}


# the lexicographer files of the noun senses that name a thing, not a party: noun.artifact (06), noun.event (11),
# noun.object (17), noun.phenomenon (19), noun.substance (27)
THING_NOUN_FILES = {"06": "artifact", "11": "event", "17": "object", "19": "phenomenon", "27": "substance"}
# a noun one of whose senses is a person (18) or a group (14) may name a party ("booster", "convoy", "radical")
PARTY_NOUN_FILES = frozenset({"14", "18"})
# a noun with an act and an artifact among its first two senses names a deed as often as a thing ("launch": the
# launching and the motorboat; "shot")
ACT_NOUN_FILE = "04"

THING_NOUNS_HEADER = (
    """\
# GENERATED by `python -m realpolitik.events.build_lexicon` from Princeton WordNet 3.0 (its files index.noun and
# data.noun; Debian's wordnet-base). Do not edit by hand. Read by events/things.py: a deed verb whose doer is a thing
# and names no party ("a safety valve blew", "a container ship slammed into the bridge", "two explosions tore through
# the bow, sending the submarine to the seabed") tells no deed of a party (none49, issue 9).
#
# One line per WordNet noun of letters (and hyphens) one of whose first two senses (WordNet's order) is in the
# lexicographer file noun.artifact, noun.event, noun.object, noun.phenomenon or noun.substance, and none of whose
# senses is in noun.person or noun.group: LEMMA FILE, the file of the first such sense ("valve artifact": the heart's
# valve comes first; "volcano object", "gale phenomenon", "lava substance", "explosion event"; not "booster" nor
# "radical", which may name people).
# Not a noun whose first such sense is an artifact and whose first two senses hold an act too ("launch": the
# launching and the motorboat).
#
"""
    + "# WordNet Release 3.0"
    + DEVERBAL_HEADER.split("# WordNet Release 3.0", 1)[1]
)


def thing_nouns_text(folder: Path) -> tuple[str, dict[str, int]]:
    """`wordnet_thing_nouns.txt`: each WordNet noun one of whose first two senses is an artifact, an event, a natural
    object, a phenomenon or a substance, and none of whose senses is a person or a group."""
    index, nouns = _wordnet_files(folder, ("index.noun", "data.noun"), "files")
    senses = _index_senses(index)
    files = {offset: lexfile for offset, lexfile, _, _ in _data_synsets(nouns, "n")}
    lines = []
    for lemma in sorted(senses):
        first = [files[offset] for offset in senses[lemma][:2]]
        every = [files[offset] for offset in senses[lemma]]
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", lemma) or any(f in PARTY_NOUN_FILES for f in every):
            continue
        things = [THING_NOUN_FILES[f] for f in first if f in THING_NOUN_FILES]
        if things and not (things[0] == "artifact" and ACT_NOUN_FILE in first):
            lines.append(f"{lemma} {things[0]}")
    return THING_NOUNS_HEADER + "\n".join(lines) + "\n", {"nouns": len(lines)}


def default_thing_nouns_output() -> Path:
    return default_output().parent / THING_NOUNS_FILE


def default_no_deed_verbs_output() -> Path:
    return default_output().parent / NO_DEED_VERBS_FILE


def default_deverbal_output() -> Path:
    return default_output().parent / DEVERBAL_FILE


def default_nouns_output() -> Path:
    return Path(__file__).resolve().parent / "data" / NOUNS_FILE


def default_wordnet_source() -> Path:
    return Path("/usr/share/wordnet")


def default_blocks() -> Path:
    return Path(__file__).resolve().parent / "data" / BLOCKS_FILE


def default_wordnet_output() -> Path:
    return Path(__file__).resolve().parent / "data" / WORDNET_FILE


def default_source() -> Path:
    from ..evaluation import shared_dir

    return shared_dir() / "reference" / "petrarch2" / SOURCE_NAME


def default_output() -> Path:
    return Path(__file__).resolve().parent / "data" / DERIVED_FILE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m realpolitik.events.build_lexicon", description=__doc__)
    parser.add_argument("--source", type=Path, default=None, help="CAMEO.2.0.txt (default: ../shared)")
    parser.add_argument(
        "--output", type=Path, default=None, help=f"output file (default: data/{DERIVED_FILE})"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when an output is out of date")
    parser.add_argument(
        "--wordnet",
        type=Path,
        default=None,
        help="WordNet database folder (default: /usr/share/wordnet, Debian's wordnet-base); without it "
        f"data/{WORDNET_FILE} is left as it is",
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
        done(default_blocks(), *blocks_text(read_dictionary(source)))
        wordnet = args.wordnet or default_wordnet_source()
        if (wordnet / "data.verb").is_file():
            verbs = read_wordnet(wordnet)
            done(default_wordnet_output(), *wordnet_text(verbs))
            done(default_phrasal_output(), *phrasal_text(verbs))
            data = default_output().parent
            classes = class_lines(data / "classes.txt", output)
            done(default_nouns_output(), *nouns_text(read_wordnet_nouns(wordnet), classes))
            done(default_deverbal_output(), *deverbal_text(wordnet))
            done(default_no_deed_verbs_output(), *no_deed_verbs_text(wordnet))
            done(default_thing_nouns_output(), *thing_nouns_text(wordnet))
        elif args.wordnet is not None:
            print(f"{wordnet}: WordNet's verb files are not there.", file=sys.stderr)
            return 2
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
