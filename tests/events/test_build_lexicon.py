"""Tests of the converter from PETRARCH2's CAMEO verb dictionary to the project's lexicon format."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.events.build_lexicon import (
    blocks_text,
    convert,
    default_blocks,
    default_output,
    default_source,
    default_wordnet_output,
    default_wordnet_source,
    main,
    read_dictionary,
    read_wordnet,
    singular,
    wordnet_text,
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


def test_build_lexicon_synonym_blocks_file_is_in_sync_with_the_dictionary() -> None:
    source = default_source()
    if not source.is_file():
        pytest.skip(f"the shared reference folder is not there ({source})")
    text, _ = blocks_text(read_dictionary(source))
    assert default_blocks().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon` after changing the converter"
    )


def test_build_lexicon_wordnet_file_is_in_sync_with_wordnet() -> None:
    if not (default_wordnet_source() / "data.verb").is_file():
        pytest.skip("WordNet's verb files are not there (Debian's wordnet-base)")
    text, _ = wordnet_text(read_wordnet(default_wordnet_source()))
    assert default_wordnet_output().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon` after changing the converter"
    )


def test_build_lexicon_writes_the_blocks_of_the_sample(
    converted: tuple[str, dict[str, int]], tmp_path: Path
) -> None:
    path = tmp_path / "CAMEO.sample.txt"
    path.write_text(SAMPLE, encoding="latin-1")
    text, stats = blocks_text(read_dictionary(path))
    line = [row for row in text.splitlines() if row.startswith("send ")]
    # SEND and DISPATCH (with its own code); the patterns' nouns by root, a class by its name
    assert line == ["send send|dispatch dispatch:036 07=&craft|relief|supply,15=border|troop"]
    assert stats["blocks"] == 1  # HALT alone is no block of synonyms
