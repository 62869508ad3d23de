"""Tests of the opt-in lexicon mode `proposed` (issue 9, seventeenth session): hand readings carried to synonyms
and WordNet neighbours' readings for verbs no entry names. Sentences and samples written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import LexiconError
from realpolitik.events.build_lexicon import read_wordnet as read_wordnet_folder
from realpolitik.events.build_lexicon import wordnet_text
from realpolitik.events.lexicon import _parse_default, parse_lines, rank
from realpolitik.events.proposals import add_proposals, add_wordnet, read_blocks, read_wordnet

# A hand lexicon and a block written for this test: SUPPLY has hand entries, FURNISH and PROVISION none, EQUIP has a
# code of its own of another root; the block's patterns name weapons (root 07) and intelligence (06).
HAND = """\
&arms rifle|missile|tank
V 070 supply
V 072 supply obj=&arms
V 073 supply dobj=food|grain
V 062 supply dobj=fuel
V 080 supply prt=up
V --- supply obj=speech
V 073 provide dobj=food|grain
V 111 scold dobj=ally
"""
BLOCKS = """\
# a comment
supply supply|furnish|provision|equip|provide equip:062 06=intelligence,07=&arms|food
"""


def _lexicon():  # type: ignore[no-untyped-def]
    lexicon = parse_lines(HAND.splitlines(), path="hand")
    parse_lines(
        ["V 062 furnish", "V --- provision", "V 062 equip"], path="derived", lexicon=lexicon, derived=True
    )
    return lexicon


def test_proposals_carry_hand_readings_the_block_agrees_with() -> None:
    lexicon = _lexicon()
    added = add_proposals(lexicon, read_blocks(BLOCKS.splitlines()))
    furnish = [(e.code, e.constraints, e.proposed) for e in lexicon.lookup("V", "furnish")]
    # the object-class reading (with the hand class, "tank" too) and the food reading come first, then the dictionary's
    assert furnish[:3] == [
        ("072", (("obj", frozenset({"rifle", "missile", "tank"})),), True),
        ("073", (("dobj", frozenset({"food", "grain"})),), True),
        ("062", (), False),
    ]
    # no default, no particle idiom, no no-event reading, no root the block's patterns do not give for the noun (fuel)
    assert {e.code for e in lexicon.lookup("V", "provision") if e.proposed} == {"072", "073"}
    # a verb with a code of its own of another root takes nothing
    assert not any(e.proposed for e in lexicon.lookup("V", "equip"))
    # a verb with hand entries takes its synonyms' too, after its own; a hand verb's own entries stay its own
    provide = lexicon.lookup("V", "provide")
    assert [(e.code, e.proposed) for e in provide] == [("073", False), ("072", True)]
    assert not any(e.proposed for e in lexicon.lookup("V", "supply"))
    # furnish and provision: 072 and 073; provide: 072 (its food reading is its own)
    assert added == 5


def test_proposals_leave_out_a_constraint_synonyms_read_with_two_roots() -> None:
    lexicon = parse_lines(["V 072 supply dobj=tank", "V 190 send dobj=tank"], path="hand")
    blocks = read_blocks(["supply supply|send|furnish - 07=tank,19=tank"])
    add_proposals(lexicon, blocks)
    assert lexicon.lookup("V", "furnish") == []


def test_proposals_rank_after_hand_and_before_the_dictionary() -> None:
    lexicon = parse_lines(["V 111 chide obj=envoy"], path="hand")
    parse_lines(
        ["V 112 chide obj=envoy|minister", "V 111 chide"], path="derived", lexicon=lexicon, derived=True
    )
    from dataclasses import replace

    hand = lexicon.lookup("V", "chide")[0]
    lexicon.add(replace(hand, code="110", derived=True, proposed=True))
    order = sorted(lexicon.index[("V", "chide")], key=rank)
    assert [(e.code, e.proposed) for e in order] == [
        ("111", False),
        ("110", True),
        ("112", False),
        ("111", False),
    ]


def test_read_blocks_names_the_file_and_line_of_a_bad_line() -> None:
    with pytest.raises(LexiconError, match=r"blocks\.txt:2"):
        read_blocks(["# fine", "supply supply|furnish"], path="blocks.txt")


# WordNet's verb files in miniature, written for this test: "chastize" (sense 1 with "rebuke" and "blame", both read
# in root 11, and the hypernym "criticize"; sense 2 with "punish"), "dawdle" (with "linger", no reading).
_DATA_VERB = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
00000001 32 v 03 chastize 0 rebuke 0 blame 0 001 @ 00000003 v 0000 01 + 08 00 | criticise severely
00000002 41 v 02 chastize 0 punish 0 000 01 + 08 00 | inflict a penalty
00000003 32 v 01 criticize 0 000 01 + 08 00 | find fault
00000004 38 v 02 dawdle 0 linger 0 000 01 + 02 00 | waste time
"""
_INDEX_VERB = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
blame v 1 1 @ 1 0 00000001
chastize v 2 1 @ 2 0 00000001 00000002
criticize v 1 0 1 0 00000003
dawdle v 1 0 1 0 00000004
linger v 1 0 1 0 00000004
punish v 1 0 1 0 00000002
rebuke v 1 1 @ 1 0 00000001
"""


def test_wordnet_neighbours_give_an_unknown_verb_their_reading(tmp_path: Path) -> None:
    (tmp_path / "data.verb").write_text(_DATA_VERB, encoding="latin-1")
    (tmp_path / "index.verb").write_text(_INDEX_VERB, encoding="latin-1")
    text, _ = wordnet_text(read_wordnet_folder(tmp_path))
    assert "chastize rebuke|blame/criticize punish/" in text and "Princeton University" in text
    verbs = read_wordnet(text.splitlines())
    lexicon = parse_lines(["V 111 rebuke", "V 112 blame", "V 111 criticize", "V 172 punish"], path="hand")
    assert add_wordnet(lexicon, verbs) == 1
    # three readings of root 11 vote (two synonyms, one hypernym): the code most of them give, as a guess
    assert [(e.code, e.derived) for e in lexicon.lookup("V", "chastize")] == [("111", True)]
    # no voter with a reading: nothing; a verb the lexicon knows is left alone
    assert lexicon.lookup("V", "dawdle") == [] and [e.code for e in lexicon.lookup("V", "rebuke")] == ["111"]


def test_lexicon_mode_proposed_is_opt_in() -> None:
    every = _parse_default("all")
    proposed = _parse_default("proposed")
    assert not any(e.proposed for e in every.entries)
    assert any(e.proposed for e in proposed.entries)
    # a verb in no lexicon file takes its WordNet neighbours' reading in the mode only ("excoriate" became a hand entry:
    # talk22)
    assert not every.knows("objurgate")
    assert [e.code for e in proposed.lookup("V", "objurgate")] == ["111"]
