"""review31 (thirty-first session): checks of the thirtieth session's change.

A line of verbs.txt that an earlier line of the same reading always beats is never tried to the end: the coder
returns the earlier entry first (the most specific first, then the file's order), so the line only makes the
file longer and hides which line does the work. The thirtieth session added four such lines ('sue for peace'
inside an older20 line, 'played host to' twice, 'shrug off' and 'spurn|snub' inside older lines); six older ones
were removed with them (review31).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from .helpers import Code, covers, hand_lexicon, no_event, some_event


def test_no_line_of_verbs_txt_is_always_beaten_by_an_earlier_line_of_the_same_reading() -> None:
    lexicon = hand_lexicon()
    beaten: dict[int, list[bool]] = defaultdict(list)  # line -> per lemma: an earlier same reading beats it
    for kind, lemma in list(lexicon.index):
        entries = lexicon.lookup(kind, lemma)
        for i, entry in enumerate(entries):
            beaten[entry.line].append(
                any(earlier.code == entry.code and covers(earlier, entry) for earlier in entries[:i])
            )
    idle = sorted(line for line, flags in beaten.items() if all(flags))
    assert not idle, f"verbs.txt lines an earlier line of the same reading always beats: {idle}"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pakistan's Supreme Court declared the reconciliation ordinance void in 2009.", "PAK"),
        ("Kenya's Supreme Court declared the presidential election invalid in 2017.", "KEN"),
        ("Spain's Constitutional Court declared the Catalan independence referendum illegal in 2017.", "ESP"),
    ],
)
def test_a_law_or_an_election_declared_void_with_the_adjective_after_it_is_rejected(
    code: Code, text: str, source: str
) -> None:
    # (older20's 'declare dobj=null|void' line reads only 'declared X null and void', where the parser takes "null"
    # for the object; with one adjective after the law the parser makes a clause of them and no event was read)
    some_event(code, text, "REJECT", "120", source, None)


@pytest.mark.parametrize(
    "text",
    [
        "The court declared the defendant innocent.",
        "The observers declared the election free and fair.",
    ],
)
def test_a_thing_declared_lawful_or_a_person_declared_innocent_is_no_rejection(code: Code, text: str) -> None:
    no_event(code, text, "REJECT")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("General Wojciech Jaruzelski declared martial law in Poland in 1981.", "POL"),
        ("Pervez Musharraf declared emergency rule in Pakistan in 2007.", "PAK"),
        ("Bolivia's government declared a state of siege in 1985.", "BOL"),
    ],
)
def test_martial_law_an_emergency_or_a_siege_declared_is_still_1724(
    code: Code, text: str, source: str
) -> None:
    some_event(code, text, "COERCE", "1724", source, None)


def test_a_law_declared_unconstitutional_is_no_martial_law(code: Code) -> None:
    # (the parser hangs "law" on the adjective; 'V 1724 declare obj=law' read it as martial law declared)
    no_event(
        code,
        "Spain's Constitutional Court declared the Catalan referendum law unconstitutional in 2017.",
        "COERCE",
    )
