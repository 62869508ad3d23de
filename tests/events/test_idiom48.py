"""Phrasal verbs read by their WordNet sense, forty-eighth session (issue 9, idiom48; probes
benchmarks/probes/idiom48-1.json).

A verb with a particle takes the hand readings of coercion and force (CAMEO roots 16-20) of the one-word verbs of its
most frequent WordNet sense and that sense's hypernyms, each read by the phrasal verb's direct object, in a family of
deeds the verb already reads
(`events/phrasal.py`, `events/data/wordnet_phrasal.txt`): "shut off the gas to X" is a supply stopped (163) as "stop
the gas" is, while "shut off the floodlights" names nothing a reading knows and stays no event.

The pipeline tests use sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

import pytest

from realpolitik.errors import LexiconError
from realpolitik.events.build_lexicon import (
    default_phrasal_output,
    default_wordnet_source,
    phrasal_text,
    read_wordnet,
)
from realpolitik.events.lexicon import Entry, Lexicon, _parse_default, parse_lines
from realpolitik.events.phrasal import add_phrasal, read_phrasal

from .helpers import Code, first, no_event, parties


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a supply shut off: the hypernym "stop" reads the gas as a supply
        ("Algeria shut off the gas it piped to Spain through Morocco on 31 October 2021.", "DZA"),
        ("Egypt shut off gas supplies to Israel in April 2012.", "EGY"),
        ("Kyiv shut off the water of the North Crimean Canal to Crimea in 2014.", "UKR"),
    ],
)
def test_idiom48_a_supply_shut_off_is_a_sanction(code: Code, text: str, source: str) -> None:
    event = first(code(text))
    assert event.event == "SANCTION"
    assert source in parties(event)[0]


@pytest.mark.parametrize(
    "text",
    [
        # lights and reactors shut off: no supply, no party
        "Paris shut off the floodlights on its monuments at ten in the evening in October 2022 to save energy.",
        "Japan shut off the reactors at the Fukushima Daini plant after the earthquake of March 2011.",
    ],
)
def test_idiom48_things_shut_off_that_are_no_supply_stay_no_event(code: Code, text: str) -> None:
    no_event(code, text)


def _lexicon(lines: list[str]) -> Lexicon:
    return parse_lines(lines, path="test")


def _carried(lexicon: Lexicon, verb: str) -> list[Entry]:
    return [e for e in lexicon.lookup("V", verb) if e.derived and e.allowed("prt") is not None]


def test_idiom48_a_phrasal_verb_takes_a_conflict_reading_by_its_direct_object() -> None:
    lexicon = _lexicon(
        [
            "&supply gas|oil",
            "V 163 stop obj=&supply",
            "V 030 stop dobj=deal",  # (a cooperative reading: not carried)
            "V 162 stop dobj=aid pp=to:agency",  # (a phrase of its own: not carried)
            "V 191 shut dobj=border",
            "V 161 shut dobj=embassy",
            "V 161 slam dobj=door",
        ]
    )
    added = add_phrasal(
        lexicon, read_phrasal(["shut_off /discontinue|stop", "slam_off /stop", "zap_off /stop"])
    )
    assert added == 2  # ("zap" is no verb the lexicon knows: it stays unknown)
    (entry,) = _carried(lexicon, "shut")
    assert entry.code == "163"
    assert entry.allowed("prt") == frozenset({"off"})
    assert entry.allowed("dobj") == frozenset({"gas", "oil"})  # (the class's words)
    assert entry.allowed("obj") is None
    assert entry.derived and not entry.proposed and not entry.open_keys
    assert not lexicon.knows("zap")


def test_idiom48_a_reading_of_a_family_the_verb_does_not_read_is_not_carried() -> None:
    lexicon = _lexicon(["V 163 stop dobj=gas", "V 042 shut dobj=visit"])
    assert add_phrasal(lexicon, read_phrasal(["shut_off /stop"])) == 0


def test_idiom48_words_that_disagree_on_a_noun_give_no_reading() -> None:
    lexicon = _lexicon(
        ["V 163 stop dobj=convoy", "V 191 block dobj=convoy", "V 191 shut dobj=border", "V 161 shut"]
    )
    assert add_phrasal(lexicon, read_phrasal(["shut_off /stop|block"])) == 0


def test_idiom48_a_reading_the_verb_has_by_hand_is_not_carried_again() -> None:
    lexicon = _lexicon(["V 163 stop dobj=gas", "V 163 shut dobj=gas prt=off"])
    assert add_phrasal(lexicon, read_phrasal(["shut_off /stop"])) == 0


def test_idiom48_phrasal_lines_are_checked() -> None:
    with pytest.raises(LexiconError):
        read_phrasal(["shutoff stop"])


def test_idiom48_the_packaged_lexicon_reads_a_supply_shut_off_in_its_full_modes_only() -> None:
    for mode in ("all", "proposed"):
        carried = _carried(_parse_default(mode), "shut")
        assert any(e.code == "163" and "oil" in (e.allowed("dobj") or ()) for e in carried), mode
    assert not any("oil" in (e.allowed("dobj") or ()) for e in _carried(_parse_default("derived"), "shut"))
    assert not _carried(_parse_default("hand"), "shut")


def test_idiom48_phrasal_file_is_in_sync_with_wordnet() -> None:
    if not (default_wordnet_source() / "data.verb").is_file():
        pytest.skip("WordNet's verb files are not there (Debian's wordnet-base)")
    text, _ = phrasal_text(read_wordnet(default_wordnet_source()))
    assert default_phrasal_output().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon` after changing the converter"
    )
