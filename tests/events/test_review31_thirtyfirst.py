"""review31 (thirty-first session): checks of the thirtieth session's change.

A line of verbs.txt that an earlier line of the same reading always beats is never tried to the end: the coder
returns the earlier entry first (the most specific first, then the file's order), so the line only makes the
file longer and hides which line does the work. The thirtieth session added four such lines ('sue for peace'
inside an older20 line, 'played host to' twice, 'shrug off' and 'spurn|snub' inside older lines); six older ones
were removed with them (review31).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields
from importlib import resources

from realpolitik.events.lexicon import Entry, Lexicon, parse_lines

# what, besides the constraints, decides whether an entry matches (its flags)
_FLAGS = tuple(
    f.name
    for f in fields(Entry)
    if f.name not in ("kind", "code", "lemma", "constraints", "line", "derived", "implied", "proposed")
)


def _wider(first: Entry, later: Entry) -> bool:
    """True when `first` matches wherever `later` does: the same flags and constraint keys, and each of its
    value sets holds the later entry's."""
    if any(getattr(first, name) != getattr(later, name) for name in _FLAGS):
        return False
    mine, theirs = dict(first.constraints), dict(later.constraints)
    return set(mine) == set(theirs) and all(theirs[key] <= mine[key] for key in theirs)


def test_no_line_of_verbs_txt_is_always_beaten_by_an_earlier_line_of_the_same_reading() -> None:
    # parsed here, not through the packaged loader: its compiled cache makes a lemma's entries only when asked
    lexicon = Lexicon()
    folder = resources.files("realpolitik.events") / "data"
    for name in ("classes.txt", "verbs.txt"):
        resource = folder / name
        parse_lines(resource.read_text(encoding="utf-8").splitlines(), path=str(resource), lexicon=lexicon)
    beaten: dict[int, list[bool]] = defaultdict(list)  # line -> per lemma: an earlier same reading beats it
    for kind, lemma in list(lexicon.index):
        entries = lexicon.lookup(kind, lemma)
        for i, entry in enumerate(entries):
            beaten[entry.line].append(
                any(earlier.code == entry.code and _wider(earlier, entry) for earlier in entries[:i])
            )
    idle = sorted(line for line, flags in beaten.items() if all(flags))
    assert not idle, f"verbs.txt lines an earlier line of the same reading always beats: {idle}"
