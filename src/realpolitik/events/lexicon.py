"""The event lexicon: trigger words (verbs, nouns, frame verbs) with constraints, mapped to CAMEO codes.

The packaged lexicon joins three data files: `classes.txt` (the project's object classes: weapons,
aircraft, forces, aid, officials, ...), `verbs.txt` (entries written for the project) and
`verbs_petrarch2.txt` (entries derived from PETRARCH2's CAMEO verb dictionary by `build_lexicon`, with its
own noun classes). Hand entries win where both match; derived entries are marked `derived` and earn less
confidence. A user file of the same format replaces all three. Errors name file and line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import LexiconError
from . import cameo
from .kinds import OPEN_CLASSES

KINDS = ("V", "N", "F")
CONSTRAINT_KEYS = ("prt", "obj", "prep", "mod", "subj", "dobj", "pp", "comp")
# The code of an entry that names a reading with no event ("deliver a speech"): it blocks the others.
NO_EVENT = cameo.NO_EVENT
# Which entries a lexicon keeps: all of them, the hand-written ones only, the derived ones only (the
# dictionary-only ablation), or all of them with the proposed readings (hand readings carried to synonyms and
# WordNet neighbours' readings for unknown verbs, `proposals.py`: opt-in, see the data README).
MODES = ("all", "hand", "derived", "proposed")
# The data files `build_lexicon` writes (it takes their names from here, and kinds.NOUNS_FILE).
DERIVED_FILE = "verbs_petrarch2.txt"
BLOCKS_FILE = "synonym_blocks.txt"
WORDNET_FILE = "wordnet_verbs.txt"
PHRASAL_FILE = "wordnet_phrasal.txt"
DEVERBAL_FILE = "wordnet_deverbal.txt"
NO_DEED_VERBS_FILE = "wordnet_no_deed_verbs.txt"
THING_NOUNS_FILE = "wordnet_thing_nouns.txt"
IMPLIED_FILE = "implied_defaults.txt"
# the project's entries for idioms of deeds (a verb with a particle, a verb and noun idiom; idiom50), read after verbs.txt
IDIOMS_FILE = "verbs_idioms.txt"
FRAMES = ("intent", "threat", "demand", "appeal", "reject", "posture")
# the flags an entry may carry (`+recip` ... `+pair`; `+frame=NAME` is read apart), and the one kind of entry each
# of some of them is for
FLAGS = ("+recip", "+intrans", "+light", "+inf", "+ger", "+own", "+said", "+passive", "+pair", "+tocome")
FLAG_KINDS = {
    "+light": "N",
    "+inf": "F",
    "+ger": "F",
    "+own": "V",
    "+said": "V",
    "+passive": "V",
    "+tocome": "V",
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a trigger lemma of a kind, its constraints and the CAMEO code it carries."""

    kind: str  # V verb, N noun, F frame (verb or adjective taking a clause)
    code: str
    lemma: str
    constraints: tuple[tuple[str, frozenset[str]], ...] = ()
    reciprocal: bool = False
    frame: str | None = None
    line: int = 0
    intransitive: bool = False  # only without a direct object or clause ("demonstrate" as a protest)
    light_only: bool = False  # a noun that is an event only as a light verb's object ("voiced concern")
    derived: bool = False  # from the field's dictionary (verbs_petrarch2.txt), not written for the project
    implied: bool = False  # a default reading the loader inferred from the verb's other readings
    infinitive: bool = False  # (F entries) only with a "to" clause: "told X to leave", not "told X that"
    own: bool = (
        False  # (V entries) only when the object is not named as another party's ("halted its offensive")
    )
    # (V entries) an idiom that judges its own subject ("is playing with fire"): the judgement is the
    # reporter's, of the clause's subject ("X said Y was adding fuel to the fire": X accuses Y)
    judged: bool = False
    # (F entries) only with an -ing clause: "approved sending tanks", not "approved the deal"
    gerund: bool = False
    # (V entries) only in the passive, as a participle on its noun or with a passive subject ("a call arranged
    # by X": X mediated it; "X arranged a call" may be its own)
    passive: bool = False
    # only when two parties do it together or a partner is named ("X and Y opened the pipeline", "opened the dam
    # with Y"); one party alone ("Turkey inaugurated an airport") names no event by this entry
    pair: bool = False
    # (V entries) only for a deed still to come ("is to take over Time Warner": an agreed deal, AGREE by the PLOVER
    # manual's future rule); told as done ("took over Time Warner") the reading names no event (agree50)
    to_come: bool = False
    # a hand reading of a synonym carried to this verb (lexicon mode `proposed`, proposals.py); also `derived`: it
    # scores and counts as the dictionary's entries do, but is tried before them (see `rank`)
    proposed: bool = False
    # the constraint keys whose values the line writes with a noun class (`obj=&weapon`, `pp=of:&sanction`): an open
    # list, a kind of thing named by a sample of its words; a key written with words alone is a strict list, a sense
    # ("dobj=hatchet", "dobj=saber|sabre|sword"). Only open lists back off (match.backoff_entry; cond35)
    open_keys: frozenset[str] = frozenset()
    # a reading backed off from its noun condition (match.backoff_entry): the frame holds, the noun is not listed;
    # also `derived`, so it scores and counts as the dictionary's weaker readings do
    backoff: bool = False
    # the open noun classes its constraints name (`events/kinds.py` OPEN_CLASSES), as (key, preposition prefix, class):
    # a noun no class lists meets such a constraint when its WordNet kind is of the class (kinds36)
    kinds: tuple[tuple[str, str, str], ...] = ()

    @property
    def no_event(self) -> bool:
        """The reading names no event ("deliver a speech"); a match stops the search."""
        return self.code == NO_EVENT

    @property
    def specificity(self) -> int:
        """How many constraints the entry has: the most specific match wins."""
        return len(self.constraints)

    def allowed(self, key: str) -> frozenset[str] | None:
        for name, values in self.constraints:
            if name == key:
                return values
        return None


@dataclass(slots=True)
class Lexicon:
    """Entries indexed by (kind, lemma), each list in the order matching tries them; noun classes by name."""

    entries: list[Entry] = field(default_factory=list)
    index: dict[tuple[str, str], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    # words a class line took out of a class (`-word`): a later line of the same name does not add them
    # back (the project's classes.txt drops dictionary words with another common sense: "gas", "system")
    excluded: dict[str, frozenset[str]] = field(default_factory=dict)
    _lemmas: set[str] = field(default_factory=set)
    _sorted: set[tuple[str, str]] = field(default_factory=set)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self.index[(entry.kind, entry.lemma)].append(entry)
        self._lemmas.add(entry.lemma)
        self._sorted.discard((entry.kind, entry.lemma))

    def knows(self, lemma: str) -> bool:
        """True when some entry of any kind has this lemma."""
        return lemma in self._lemmas

    def lookup(self, kind: str, lemma: str) -> list[Entry]:
        """Entries of a kind for a lemma in the order they are tried: the most specific first; at equal
        specificity hand entries before derived ones, and inferred defaults last."""
        key = (kind, lemma)
        found = self.index.get(key)
        if not found:
            return []
        if key not in self._sorted:
            found.sort(key=rank)
            self._sorted.add(key)
        return found

    def roots(self) -> set[str]:
        """The two-digit CAMEO roots the lexicon reaches."""
        return {e.code[:2] for e in self.entries if not e.no_event}

    def __len__(self) -> int:
        return len(self.entries)


def rank(entry: Entry) -> tuple[bool, bool, int, int, int]:
    """Sort key of the entries of one lemma: hand entries win where both match, so every hand entry (most
    specific first) comes before the derived ones (most specific first, defaults last); inferred defaults
    come last of all. Among the derived entries a proposed reading (a synonym's hand reading) comes before
    the dictionary's own of the same kind: constrained before constrained, default before default."""
    if not entry.derived:
        return (entry.implied, False, -entry.specificity, int(entry.specificity == 0), 0)
    return (entry.implied, True, int(entry.specificity == 0), int(not entry.proposed), -entry.specificity)


def parse_line(
    text: str,
    *,
    path: str,
    line: int,
    classes: Mapping[str, frozenset[str]] | None = None,
    derived: bool = False,
) -> Entry | None:
    """Parse one lexicon line; None for blank lines, comments and class lines (see `parse_lines`).

    LEMMA may list several lemmas (`deliver|bring`): the entry is returned for the first and
    `parse_lines` adds it for each. A constraint value `&name` stands for the words of a noun class.
    """
    body = text.split("#", 1)[0].strip()
    if not body or body.startswith("&"):
        return None
    parts = body.split()

    def fail(problem: str) -> LexiconError:
        return LexiconError(
            f"{path}:{line}: {problem} in {body!r}. Write KIND CODE LEMMA [key=value|value ...] [+flag], "
            f"KIND one of {', '.join(KINDS)}, keys {', '.join(CONSTRAINT_KEYS)} (see the top of verbs.txt)."
        )

    if len(parts) < 3:
        raise fail("too few fields")
    kind, code, lemma = parts[0], parts[1], parts[2].lower()
    if kind not in KINDS:
        raise fail(f"unknown kind {kind!r}")
    if code != NO_EVENT and not (code.isdigit() and 2 <= len(code) <= 4 and cameo.is_known(code)):
        raise fail(f"unknown CAMEO code {code!r}")
    constraints: list[tuple[str, frozenset[str]]] = []
    open_keys: set[str] = set()
    kinds: list[tuple[str, str, str]] = []
    literal_keys: set[str] = (
        set()
    )  # (a key written once with words alone is strict, whatever its other lists)
    flags: set[str] = set()
    frame: str | None = None
    for token in parts[3:]:
        if token in FLAGS:
            flags.add(token)
        elif token.startswith("+frame="):
            frame = token.split("=", 1)[1]
            if frame not in FRAMES:
                raise fail(f"unknown frame {frame!r} (one of {', '.join(FRAMES)})")
        elif "=" in token and not token.startswith("+"):
            key, _, values = token.partition("=")
            if key not in CONSTRAINT_KEYS:
                raise fail(f"unknown constraint {key!r}")
            words: set[str] = set()
            bare = (
                [v for v in values.split("|") if v and not all(v.partition(":")[::2])] if key == "pp" else []
            )
            if bare:
                # (a phrase value with no preposition matches no sentence: "pp=with:leader|manager" never met
                # "with its manager"; fix27a, twenty-seventh session)
                raise fail(
                    f"the phrase value {bare[0]!r} has no preposition or no noun (write 'pp=PREP:NOUN|PREP:NOUN')"
                )
            classed = any(v.startswith("&") or ":&" in v for v in values.lower().split("|"))
            if classed:
                open_keys.add(key)
            for value in (v.lower() for v in values.split("|") if v):
                if value.startswith("&") or ":&" in value:
                    # `&name`, or `PREP:&name` in a phrase constraint ("pp=of:&reprisal")
                    prefix, _, name = value.rpartition("&")
                    members = (classes or {}).get(name)
                    if members is None:
                        raise fail(
                            f"unknown class '&{name}' (define it first with a line '&{name} word|word')"
                        )
                    words.update(prefix + member for member in members)
                    if name in OPEN_CLASSES:
                        kinds.append((key, prefix, name))
                else:
                    words.add(value)
            if not words:
                raise fail(f"empty constraint {key!r}")
            if not classed:
                literal_keys.add(key)
            constraints.append((key, frozenset(words)))
        else:
            raise fail(f"cannot read {token!r}")
    if kind == "F" and frame is None:
        raise fail("a frame entry (F) needs +frame=...")
    if kind != "F" and frame is not None:
        raise fail("+frame is only for F entries")
    for flag, only in FLAG_KINDS.items():
        if flag in flags and kind != only:
            raise fail(f"{flag} is only for {only} entries")
    lemma = lemma.split("|", 1)[0]
    return Entry(
        kind,
        code,
        lemma,
        tuple(constraints),
        "+recip" in flags,
        frame,
        line,
        "+intrans" in flags,
        "+light" in flags,
        derived,
        infinitive="+inf" in flags,
        own="+own" in flags,
        judged="+said" in flags,
        gerund="+ger" in flags,
        passive="+passive" in flags,
        pair="+pair" in flags,
        to_come="+tocome" in flags,
        open_keys=frozenset(open_keys - literal_keys),
        kinds=tuple(kinds),
    )


def parse_class(text: str, *, path: str, line: int) -> tuple[str, frozenset[str], frozenset[str]]:
    """A class line `&name word|word|-word|...`: its name, the words it adds and the words it takes out
    (`-word`; a later line with the same name adds words but never one taken out)."""
    body = text.split("#", 1)[0].strip()
    parts = body.split()
    if len(parts) != 2 or len(parts[0]) < 2:
        raise LexiconError(
            f"{path}:{line}: cannot read the class line {body!r}. Write '&name word|word|...' (one field of "
            "words joined by '|'; '-word' takes a word out)."
        )
    values = [w.lower() for w in parts[1].split("|") if w]
    if any(value == "-" for value in values):
        raise LexiconError(f"{path}:{line}: an empty '-' in the class line {body!r}. Write '-word'.")
    words = frozenset(w for w in values if not w.startswith("-"))
    dropped = frozenset(w[1:] for w in values if w.startswith("-"))
    return parts[0][1:].lower(), words, dropped


def parse_lines(
    lines: Iterable[str],
    *,
    path: str,
    lexicon: Lexicon | None = None,
    derived: bool = False,
) -> Lexicon:
    """Build (or extend) a lexicon from lines of the verbs.txt format."""
    lexicon = lexicon if lexicon is not None else Lexicon()
    for number, text in enumerate(lines, start=1):
        stripped = text.lstrip()
        if stripped.startswith("&"):
            name, words, dropped = parse_class(stripped, path=path, line=number)
            excluded = lexicon.excluded[name] = lexicon.excluded.get(name, frozenset()) | dropped
            lexicon.classes[name] = (lexicon.classes.get(name, frozenset()) | words) - excluded
            continue
        entry = parse_line(text, path=path, line=number, classes=lexicon.classes, derived=derived)
        if entry is None:
            continue
        lemmas = text.split("#", 1)[0].split()[2].lower().split("|")
        for lemma in dict.fromkeys(lemma for lemma in lemmas if lemma):
            lexicon.add(entry if lemma == entry.lemma else replace(entry, lemma=lemma))
    return lexicon


def add_implied_defaults(
    lexicon: Lexicon,
    listed: Mapping[str, str] | None = None,
    exclude: frozenset[str] = frozenset(),
    *,
    strict: bool = True,
) -> int:
    """Give the listed verbs (lemma -> CAMEO code; the packaged list in `implied_defaults.txt` when none is
    given) a bare default reading, marked `implied`: the reading of "X abrogated Y" or "X inked Y" when no
    constrained reading holds. No default is inferred from a verb's constrained readings any more (issue 9,
    lexicon33): each round of plain-use probes found most such inferred defaults wrong ("Germany decommissioned
    its nuclear plants", "Fitch downgraded the United States' rating"), so a verb whose readings all name an
    object gets none unless the list says so. A listed verb must have readings and no bare reading of its own;
    light verbs (`exclude`) take none (a `LexiconError` otherwise; with `strict` off a listed verb with no readings
    is passed over, as in the dictionary-only lexicon). Returns how many were added."""
    if listed is None:
        listed = implied_default_list()
    added = 0
    for lemma, code in sorted(listed.items()):
        readings = lexicon.index.get(("V", lemma), [])
        if lemma in exclude:
            raise LexiconError(
                f"{IMPLIED_FILE}: the light verb {lemma!r} is listed; its noun says what happens, so it takes no "
                "bare default. Take it off the list."
            )
        if not readings and not strict:
            continue
        if not readings:
            raise LexiconError(
                f"{IMPLIED_FILE}: {lemma!r} has no verb readings in the lexicon; a bare default is listed only for a "
                "verb whose readings all name an object. Write it in verbs.txt as 'V CODE LEMMA' instead."
            )
        own = next((e for e in readings if e.specificity == 0 and not e.implied), None)
        if own is not None:
            raise LexiconError(
                f"{IMPLIED_FILE}: {lemma!r} already has a bare reading ({own.code}, line {own.line}); take it off the "
                "list or drop that line."
            )
        entries = [e for e in readings if not e.no_event]
        derived = bool(entries) and all(e.derived for e in entries)
        lexicon.add(Entry("V", code, lemma, derived=derived, implied=True))
        added += 1
    return added


def parse_implied_defaults(lines: Iterable[str], *, path: str = "") -> dict[str, str]:
    """Read the list of bare defaults: one `CODE LEMMA[|LEMMA...]` a line, `#` starts a comment (each entry
    says why the bare verb names that event)."""
    listed: dict[str, str] = {}
    for number, text in enumerate(lines, start=1):
        body = text.split("#", 1)[0].strip()
        if not body:
            continue
        parts = body.split()
        if len(parts) != 2:
            raise LexiconError(
                f"{path}:{number}: cannot read {body!r}. Write 'CODE LEMMA' (a CAMEO code and a verb lemma, "
                "several joined by '|')."
            )
        code, lemmas = parts
        if not cameo.is_known(code) or code == NO_EVENT:
            raise LexiconError(f"{path}:{number}: unknown CAMEO code {code!r} (see cameo.csv).")
        for lemma in lemmas.lower().split("|"):
            if not lemma:
                raise LexiconError(f"{path}:{number}: an empty lemma in {lemmas!r}.")
            if lemma in listed:
                raise LexiconError(f"{path}:{number}: {lemma!r} is listed twice.")
            listed[lemma] = code
    return listed


@lru_cache(maxsize=1)
def implied_default_list() -> dict[str, str]:
    """The packaged list of bare defaults (events/data/implied_defaults.txt)."""
    resource = resources.files("realpolitik.events") / "data" / IMPLIED_FILE
    return parse_implied_defaults(resource.read_text(encoding="utf-8").splitlines(), path=str(resource))


def _read(path: str | Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read the lexicon file: {exc}. Check the path.") from exc


def load_lexicon(path: str | Path | None = None, *, mode: str = "all") -> Lexicon:
    """Load a lexicon file; the packaged lexicon (in the given mode) when no path is given."""
    if path is None:
        return default_lexicon(mode)
    return parse_lines(_read(path), path=str(path))


@lru_cache(maxsize=4)
def default_lexicon(mode: str = "all") -> Lexicon:
    """The packaged lexicon, parsed once per process: `all` (hand + derived entries), `hand` (the
    project's entries only), `derived` (the dictionary's entries alone, the ablation) or `proposed` (`all`
    with the hand readings carried to synonyms)."""
    if mode not in MODES:
        raise LexiconError(f"unknown lexicon mode {mode!r}: use one of {', '.join(MODES)}.")
    from .compiled import load_default  # a cache of the parsed files: see compiled.py

    return load_default(mode, lambda: _parse_default(mode))


def _parse_default(mode: str) -> Lexicon:
    folder = resources.files("realpolitik.events") / "data"
    names = {
        "all": ("classes.txt", DERIVED_FILE, "verbs.txt", IDIOMS_FILE),
        "proposed": ("classes.txt", DERIVED_FILE, "verbs.txt", IDIOMS_FILE),
        "hand": ("classes.txt", "verbs.txt", IDIOMS_FILE),
        "derived": (DERIVED_FILE,),
    }[mode]
    lexicon = Lexicon()
    for name in names:
        # The project's classes first: the dictionary's class lines of the same name add to them.
        resource = folder / name
        lines = resource.read_text(encoding="utf-8").splitlines()
        parse_lines(
            lines,
            path=str(resource),
            lexicon=lexicon,
            derived=name == DERIVED_FILE,
        )
    if mode != "hand":
        # (the hand-only lexicon stays as written: it is what the coder was measured with before)
        from .knowledge import coder_words

        add_implied_defaults(lexicon, exclude=coder_words().light_verbs, strict=mode != "derived")
    if mode in ("all", "proposed"):
        # phrasal verbs take the constrained hand readings of their WordNet sense (phrasal.py; idiom48)
        from . import phrasal

        lines = (folder / PHRASAL_FILE).read_text(encoding="utf-8").splitlines()
        phrasal.add_phrasal(lexicon, phrasal.read_phrasal(lines))
    if mode == "proposed":
        from . import proposals

        blocks = (folder / BLOCKS_FILE).read_text(encoding="utf-8").splitlines()
        neighbours = (folder / WORDNET_FILE).read_text(encoding="utf-8").splitlines()
        proposals.add_wordnet(lexicon, proposals.read_wordnet(neighbours))
        proposals.add_proposals(lexicon, proposals.read_blocks(blocks))
    return lexicon
