"""The event lexicon: trigger words (verbs, nouns, frame verbs) with constraints, mapped to CAMEO codes.

Loaded from `events/data/verbs.txt` (or a user file with the same format); errors name file and line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import LexiconError
from . import cameo

KINDS = ("V", "N", "F")
CONSTRAINT_KEYS = ("prt", "obj", "prep", "mod")
FRAMES = ("intent", "threat", "demand", "appeal", "reject", "posture")


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
    """Entries indexed by (kind, lemma)."""

    entries: list[Entry] = field(default_factory=list)
    index: dict[tuple[str, str], list[Entry]] = field(default_factory=lambda: defaultdict(list))

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self.index[(entry.kind, entry.lemma)].append(entry)

    def knows(self, lemma: str) -> bool:
        """True when some entry of any kind has this lemma."""
        return any((kind, lemma) in self.index for kind in KINDS)

    def lookup(self, kind: str, lemma: str) -> list[Entry]:
        """Entries of a kind for a lemma, most specific first."""
        found = self.index.get((kind, lemma), [])
        return sorted(found, key=lambda e: -e.specificity)

    def roots(self) -> set[str]:
        """The two-digit CAMEO roots the lexicon reaches."""
        return {e.code[:2] for e in self.entries}

    def __len__(self) -> int:
        return len(self.entries)


def parse_line(text: str, *, path: str, line: int) -> Entry | None:
    """Parse one lexicon line; None for blank lines and comments."""
    body = text.split("#", 1)[0].strip()
    if not body:
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
    if not (code.isdigit() and 2 <= len(code) <= 4 and cameo.is_known(code)):
        raise fail(f"unknown CAMEO code {code!r}")
    constraints: list[tuple[str, frozenset[str]]] = []
    reciprocal = False
    intransitive = False
    light_only = False
    frame: str | None = None
    for token in parts[3:]:
        if token == "+recip":
            reciprocal = True
        elif token == "+intrans":
            intransitive = True
        elif token == "+light":
            light_only = True
        elif token.startswith("+frame="):
            frame = token.split("=", 1)[1]
            if frame not in FRAMES:
                raise fail(f"unknown frame {frame!r} (one of {', '.join(FRAMES)})")
        elif "=" in token and not token.startswith("+"):
            key, _, values = token.partition("=")
            words = frozenset(v.lower() for v in values.split("|") if v)
            if key not in CONSTRAINT_KEYS:
                raise fail(f"unknown constraint {key!r}")
            if not words:
                raise fail(f"empty constraint {key!r}")
            constraints.append((key, words))
        else:
            raise fail(f"cannot read {token!r}")
    if kind == "F" and frame is None:
        raise fail("a frame entry (F) needs +frame=...")
    if kind != "F" and frame is not None:
        raise fail("+frame is only for F entries")
    if light_only and kind != "N":
        raise fail("+light is only for N entries")
    return Entry(kind, code, lemma, tuple(constraints), reciprocal, frame, line, intransitive, light_only)


def parse_lines(lines: Iterable[str], *, path: str) -> Lexicon:
    """Build a lexicon from lines of the verbs.txt format."""
    lexicon = Lexicon()
    for number, text in enumerate(lines, start=1):
        entry = parse_line(text, path=path, line=number)
        if entry is not None:
            lexicon.add(entry)
    return lexicon


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load a lexicon file; the packaged `data/verbs.txt` when no path is given."""
    if path is None:
        return default_lexicon()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read the lexicon file: {exc}. Check the path.") from exc
    return parse_lines(text.splitlines(), path=str(path))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, parsed once per process."""
    resource = resources.files("realpolitik.events") / "data" / "verbs.txt"
    return parse_lines(resource.read_text(encoding="utf-8").splitlines(), path=str(resource))
