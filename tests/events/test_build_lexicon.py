"""Tests of the converter from PETRARCH2's CAMEO verb dictionary to the project's lexicon format."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.events.build_lexicon import (
    convert,
    default_hand,
    default_output,
    default_proposed,
    default_source,
    main,
    propose,
    read_dictionary,
    singular,
)
from realpolitik.events.lexicon import Lexicon, parse_lines

# A small dictionary in PETRARCH2's format, written for this test.
SAMPLE = """\
####### SYNONYM SETS #######

&CRAFT
+PLANE
+FIGHTER_JET
+HELICOPTERS

&AUXWORDS_
+WILL

####### VERB PATTERNS #######

---  SEND   [---]  ---
SEND {SENDS SENDING SENT }
DISPATCH [036]
+SHIP_OUT
- * &CRAFT                                            [072]         # SEND
- * {RELIEF SUPPLIES} (TO +)                          [073]         # SEND
- * TROOPS (TO BORDER)                                [154]         # SEND
- * OFF $                                             [---]         # SEND
- &CRAFT * (TO +)                                     [150]         # SEND
- WILL * AID                                          [070]         # SEND
- * &UNDEFINED                                        [070]         # SEND
- * GOODS                                             [999]         # SEND

---  HALT   [120]---  ---
HALT
- * &CRAFT                                            [070]         # HALT
"""


@pytest.fixture()
def converted(tmp_path: Path) -> tuple[str, dict[str, int]]:
    path = tmp_path / "CAMEO.sample.txt"
    path.write_text(SAMPLE, encoding="latin-1")
    return convert(path)


def test_build_lexicon_singular_makes_plain_lemmas() -> None:
    assert [
        singular(w) for w in ("EXERCISES", "RALLIES", "TROOPS", "ARMS", "CRISIS", "TALKS", "MARCHES")
    ] == [
        "exercise",
        "rally",
        "troop",
        "arm",
        "crisis",
        "talk",
        "march",
    ]


def test_build_lexicon_converts_classes_defaults_and_patterns(converted: tuple[str, dict[str, int]]) -> None:
    text, stats = converted
    lexicon = parse_lines(text.splitlines(), path="generated", derived=True)
    assert lexicon.classes["craft"] == frozenset({"plane", "jet", "helicopter"})
    send = {(e.code, e.constraints) for e in lexicon.lookup("V", "send")}
    # the block's null default, the class object, the phrase with its modifier and preposition
    assert ("---", ()) in send
    assert ("072", (("dobj", frozenset({"plane", "jet", "helicopter"})),)) in send
    assert (
        "073",
        (("dobj", frozenset({"supply"})), ("obj", frozenset({"relief"})), ("prep", frozenset({"to"}))),
    ) in send
    assert ("154", (("dobj", frozenset({"troop"})), ("pp", frozenset({"to:border"})))) in send
    assert ("---", (("prt", frozenset({"off"})),)) in send
    assert ("150", (("subj", frozenset({"plane", "jet", "helicopter"})), ("prep", frozenset({"to"})))) in send
    # a verb with its own code keeps it; the block's patterns apply to it too
    dispatch = {e.code for e in lexicon.lookup("V", "dispatch")}
    assert {"036", "072", "073", "154"} <= dispatch
    # a particle verb is its verb with the particle
    ship = lexicon.lookup("V", "ship")
    assert [(e.code, e.constraints) for e in ship] == [("---", (("prt", frozenset({"out"})),))]
    # auxiliaries before the verb, undefined classes and unknown codes are left out
    assert "070" not in {e.code for e in lexicon.lookup("V", "send")}
    assert stats["skipped"] == 3
    # a header written "[120]---  ---" still opens its block
    assert {e.code for e in lexicon.lookup("V", "halt")} == {"120", "070"}
    assert all(e.derived for e in lexicon.entries)


def test_build_lexicon_output_carries_the_licence_and_source(converted: tuple[str, dict[str, int]]) -> None:
    text, _ = converted
    assert "MIT License" in text and "CAMEO.2.0.txt" in text and "Open Event Data Alliance" in text


def test_build_lexicon_check_flags_a_stale_file(tmp_path: Path) -> None:
    source = tmp_path / "CAMEO.sample.txt"
    source.write_text(SAMPLE, encoding="latin-1")
    output = tmp_path / "out.txt"
    assert main(["--source", str(source), "--output", str(output)]) == 0
    assert main(["--source", str(source), "--output", str(output), "--check"]) == 0
    output.write_text(output.read_text(encoding="utf-8") + "V 190 attack\n", encoding="utf-8")
    assert main(["--source", str(source), "--output", str(output), "--check"]) == 1
    assert main(["--source", str(tmp_path / "missing.txt"), "--output", str(output)]) == 2


def test_build_lexicon_generated_file_is_in_sync_with_the_dictionary() -> None:
    source = default_source()
    if not source.is_file():
        pytest.skip(f"the shared reference folder is not there ({source})")
    text, _ = convert(source)
    assert default_output().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon` after changing the converter"
    )


def test_build_lexicon_generated_file_parses() -> None:
    lexicon = parse_lines(default_output().read_text(encoding="utf-8").splitlines(), path="generated")
    assert isinstance(lexicon, Lexicon)
    assert len(lexicon) > 10_000
    assert {"military", "weapon", "aircraft", "food"} <= set(lexicon.classes)


# ---------------------------------------------------------------- proposals: hand readings carried to synonyms

# A synonym block written for this test: SUPPLY has hand entries, FURNISH and PROVISION none, EQUIP has its own
# code of another root in the dictionary; the block's patterns give root 07 for weapons and food.
PROPOSE_SAMPLE = """\
####### SYNONYM SETS #######

&ARMS
+RIFLE
+MISSILE

####### VERB PATTERNS #######

---  SUPPLY   [---]  ---
SUPPLY
FURNISH
PROVISION
EQUIP [062]
- * &ARMS                                             [072]         # SUPPLY
- * FOOD                                              [073]         # SUPPLY
- * (WITH INTELLIGENCE)                               [064]         # SUPPLY
"""

PROPOSE_HAND = """\
&arms rifle|missile|tank
V 070 supply
V 072 supply obj=&arms
V 073 supply dobj=food|grain
V 062 supply dobj=fuel
V 080 supply prt=up
V --- supply obj=speech
"""


@pytest.fixture()
def proposed(tmp_path: Path) -> tuple[str, dict[str, int]]:
    path = tmp_path / "CAMEO.sample.txt"
    path.write_text(PROPOSE_SAMPLE, encoding="latin-1")
    return propose(read_dictionary(path), PROPOSE_HAND.splitlines(), ["&arms rifle|missile|tank"])


def test_build_lexicon_proposes_hand_readings_for_synonyms(proposed: tuple[str, dict[str, int]]) -> None:
    text, stats = proposed
    lexicon = parse_lines(PROPOSE_HAND.splitlines(), path="hand")
    parse_lines(text.splitlines(), path="proposed", lexicon=lexicon, proposed=True)
    furnish = {(e.code, e.constraints) for e in lexicon.lookup("V", "furnish")}
    # the object-class reading the block's own patterns agree with is carried, with the hand class (tank too)
    assert ("072", (("obj", frozenset({"rifle", "missile", "tank"})),)) in furnish
    assert ("073", (("dobj", frozenset({"food", "grain"})),)) in furnish
    codes = {code for code, _ in furnish}
    # no default, no particle idiom, no no-event reading, no root the block's patterns do not give for the noun
    assert codes == {"072", "073"}
    assert {e.code for e in lexicon.lookup("V", "provision")} == {"072", "073"}
    # a verb with a code of its own of another root takes nothing
    assert lexicon.lookup("V", "equip") == []
    # the hand verb keeps its own entries only
    assert all(not e.proposed for e in lexicon.lookup("V", "supply"))
    assert all(e.proposed and e.derived for e in lexicon.lookup("V", "furnish"))
    assert stats["targets"] == 2


def test_build_lexicon_proposed_entries_come_after_hand_and_before_derived() -> None:
    lexicon = parse_lines(["V 111 chide obj=envoy"], path="hand")
    parse_lines(["V 112 chide obj=envoy|minister"], path="derived", lexicon=lexicon, derived=True)
    parse_lines(["V 110 chide obj=envoy"], path="proposed", lexicon=lexicon, proposed=True)
    parse_lines(["V 111 chide"], path="derived", lexicon=lexicon, derived=True)
    parse_lines(["V 051 chide"], path="proposed", lexicon=lexicon, proposed=True)
    order = [(e.code, e.proposed) for e in lexicon.lookup("V", "chide")]
    assert order == [("111", False), ("110", True), ("112", False), ("051", True), ("111", False)]


def test_build_lexicon_proposed_file_is_in_sync() -> None:
    source = default_source()
    if not source.is_file():
        pytest.skip(f"the shared reference folder is not there ({source})")
    hand = default_hand().read_text(encoding="utf-8").splitlines()
    classes = (default_hand().parent / "classes.txt").read_text(encoding="utf-8").splitlines()
    text, _ = propose(read_dictionary(source), hand, classes)
    assert default_proposed().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon` after changing verbs.txt, classes.txt or the converter"
    )


def test_lexicon_mode_proposed_is_opt_in() -> None:
    from realpolitik.events.lexicon import _parse_default

    assert not any(e.proposed for e in _parse_default("all").entries)
    proposed = _parse_default("proposed")
    assert any(e.proposed for e in proposed.entries)
    # the WordNet readings come with the same mode only
    assert not _parse_default("all").knows("excoriate") and proposed.knows("excoriate")


# ---------------------------------------------------------------- WordNet: verbs neither lexicon has

# WordNet's verb files in miniature, written for this test: "chastize" (sense 1: with "rebuke" and "blame", both
# with readings of root 11; sense 2: "punish" alone), "dawdle" (with "linger", no reading) and "rebuke".
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


def test_build_lexicon_wordnet_gives_unknown_verbs_their_synonyms_reading(tmp_path: Path) -> None:
    from realpolitik.events.build_lexicon import read_wordnet, wordnet_defaults

    (tmp_path / "data.verb").write_text(_DATA_VERB, encoding="latin-1")
    (tmp_path / "index.verb").write_text(_INDEX_VERB, encoding="latin-1")
    wordnet = read_wordnet(tmp_path)
    assert wordnet.senses["chastize"] == ["00000001", "00000002"]
    assert wordnet.hypernyms["00000001"] == ["00000003"]
    lexicon = parse_lines(["V 111 rebuke", "V 112 blame", "V 111 criticize", "V 172 punish"], path="hand")
    text, stats = wordnet_defaults(wordnet, lexicon)
    readings = parse_lines(text.splitlines(), path="wordnet", derived=True)
    # three readings of root 11 vote (two synonyms, one hypernym); the code most of them give
    assert [(e.code, e.derived) for e in readings.lookup("V", "chastize")] == [("111", True)]
    # no voter with a reading: nothing; a verb the lexicon knows: left alone
    assert readings.lookup("V", "dawdle") == [] and readings.lookup("V", "rebuke") == []
    assert stats["readings"] == 1
    assert "Princeton University" in text


def test_build_lexicon_wordnet_file_is_in_sync() -> None:
    from realpolitik.events.build_lexicon import (
        default_wordnet_output,
        default_wordnet_source,
        read_wordnet,
        wordnet_defaults,
    )
    from realpolitik.events.lexicon import _parse_default

    if not (default_wordnet_source() / "data.verb").is_file():
        pytest.skip("WordNet's verb files are not there (Debian's wordnet-base)")
    text, _ = wordnet_defaults(read_wordnet(default_wordnet_source()), _parse_default("all"))
    assert default_wordnet_output().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon` after changing verbs.txt or the converter"
    )
