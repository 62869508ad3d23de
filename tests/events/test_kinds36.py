"""The kind of a noun no class lists (kinds36; issue 9).

A reading written with a noun class of categories (`obj=&weapon`, `subj=&force`, `subj=&enforcer`) holds for a noun the
class does not list when the noun's most frequent WordNet sense (or its first two, when WordNet's counts do not rank
the first) lies under a sense of the class's words (`data/wordnet_nouns.txt`, made by build_lexicon from WordNet 3.0;
read by events/kinds.py). Closed classes (particular words on purpose) and a class's `-word` exclusions keep winning.
Sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events import kinds
from realpolitik.events.build_lexicon import (
    NOUNS_HEADER,
    WordNetNouns,
    class_lines,
    default_nouns_output,
    default_output,
    default_wordnet_source,
    nouns_text,
    read_wordnet_nouns,
)
from realpolitik.events.lexicon import default_lexicon, parse_line
from realpolitik.events.match import backoff_entry

from .helpers import Code, no_event, some_event

MUSKETS = "Britain shipped muskets to the Spanish guerrillas in 1809."
COPS = "South Korean riot cops clubbed student demonstrators in Seoul in June 1987."
INFANTRY = "Iraqi infantry crossed the Iranian border on September 22, 1980."


def _fake_wordnet() -> WordNetNouns:
    # vessel: 1 a blood vessel (file 08), 2 a craft (06); warship, frigate and sloop are craft; an artery a blood vessel;
    # "tender" 1 an offer (file 10), 2 a boat, counted equally (so both senses must agree); "barge" 1 a boat, counted
    wn = WordNetNouns()
    wn.senses = {
        "vessel": ["blood", "craft"],
        "warship": ["warship"],
        "frigate": ["frigate"],
        "sloop": ["sloop"],
        "artery": ["artery"],
        "tender": ["offer", "tenderboat"],
        "barge": ["barge", "offer"],
    }
    wn.counts = {("tender", 1): 3, ("tender", 2): 3, ("barge", 1): 5, ("barge", 2): 1}
    wn.words = {
        "blood": ["vessel", "vas"],
        "craft": ["vessel", "watercraft"],
        "warship": ["warship"],
        "frigate": ["frigate"],
        "sloop": ["sloop"],
        "artery": ["artery"],
        "offer": ["tender", "offer"],
        "tenderboat": ["tender"],
        "barge": ["barge"],
    }
    wn.hypernyms = {
        "blood": [],
        "craft": [],
        "warship": ["craft"],
        "frigate": ["craft"],
        "sloop": ["craft"],
        "artery": ["blood"],
        "offer": [],
        "tenderboat": ["craft"],
        "barge": ["craft"],
    }
    wn.files = {"blood": "08", "craft": "06", "warship": "06", "sloop": "06", "artery": "08", "offer": "10"}
    wn.files |= {"tenderboat": "06", "barge": "06", "frigate": "06"}
    return wn


def test_the_build_anchors_a_class_on_the_sense_its_words_share() -> None:
    text, counts = nouns_text(_fake_wordnet(), {"craft": frozenset({"vessel", "warship", "frigate"})})
    lines = dict(line.split(" ", 1) for line in text[len(NOUNS_HEADER) :].splitlines() if line)
    assert (
        lines["sloop"] == "craft"
    )  # (under the craft sense of "vessel", the sense above "warship" and "frigate")
    assert "artery" not in lines  # (under the blood vessel: no sense the class's words share)
    assert "warship" not in lines and "vessel" not in lines  # (listed: their class says so)
    assert "tender" not in lines  # (two senses counted alike: the offer is no craft, so they do not agree)
    assert lines["barge"] == "craft"  # (its first sense is the most frequent: it decides)
    assert counts["nouns"] == 2


def test_an_anchor_needs_two_words_of_the_class_below_it() -> None:
    text, _ = nouns_text(_fake_wordnet(), {"craft": frozenset({"vessel", "warship"})})
    assert text == NOUNS_HEADER + "\n"  # ("vessel" above "warship" alone: no kind the class's words agree on)


def test_a_nearer_sense_of_a_closed_class_word_takes_the_noun_out() -> None:
    # an aide is a military officer, the first sense of the "officer" a closed class lists, under the servicemen of
    # &force; a rifleman is a soldier: nothing in between
    wn = WordNetNouns()
    wn.senses = {w: [w] for w in ("serviceman", "soldier", "marine", "officer", "aide", "rifleman")}
    wn.words = {w: [w] for w in wn.senses}
    wn.hypernyms = {
        "serviceman": [],
        "soldier": ["serviceman"],
        "marine": ["serviceman"],
        "officer": ["serviceman"],
    }
    wn.hypernyms |= {"aide": ["officer"], "rifleman": ["soldier"]}
    wn.files = dict.fromkeys(wn.senses, "18")
    classes = {"force": frozenset({"serviceman", "soldier", "marine"}), "wanted": frozenset({"officer"})}
    text, _ = nouns_text(wn, classes)
    lines = dict(line.split(" ", 1) for line in text[len(NOUNS_HEADER) :].splitlines() if line)
    assert lines == {"rifleman": "force"}


def test_a_closed_class_takes_no_kind() -> None:
    text, _ = nouns_text(_fake_wordnet(), {"meeting": frozenset({"vessel", "warship", "frigate"})})
    assert text == NOUNS_HEADER + "\n"  # (&meeting lists particular words: no noun is inferred into it)


def test_the_noun_kinds_file_is_in_sync_with_wordnet_and_the_classes() -> None:
    if not (default_wordnet_source() / "data.noun").is_file():
        pytest.skip("WordNet's noun files are not there (Debian's wordnet-base)")
    data = default_output().parent
    classes = class_lines(data / "classes.txt", default_output())
    text, _ = nouns_text(read_wordnet_nouns(default_wordnet_source()), classes)
    assert default_nouns_output().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon` after changing an open class or the converter"
    )


def test_the_packaged_file_gives_kinds_of_categories_only() -> None:
    assert kinds.is_kind("musket", "weapon")  # (a firearm)
    assert kinds.is_kind("cop", "enforcer")  # (a policeman)
    assert kinds.is_kind("infantry", "force")
    assert kinds.is_kind("kerosene", "commodity")
    assert kinds.kind_classes("rifle") == frozenset()  # (listed by &weapon: its class is known)
    assert kinds.kind_classes("troop") == frozenset()  # (listed by &force)
    assert kinds.kind_classes("concordat") == frozenset()  # (&treaty is closed)
    nouns, _, _ = kinds._tables()
    assert {name for senses in nouns.values() for sense in senses for name in sense} <= kinds.OPEN_CLASSES


def test_an_excluded_word_is_never_inferred_back(monkeypatch: pytest.MonkeyPatch) -> None:
    # ("&weapon ...|-system": a class's exclusion wins over the noun's kind)
    nouns = {"system": (frozenset({"weapon"}),), "musket": (frozenset({"weapon"}),)}
    classes = {"weapon": frozenset({"gun", "-system"})}
    monkeypatch.setattr(kinds, "_tables", lambda: (nouns, classes, frozenset({"gun"})))
    kinds.kind_classes.cache_clear()
    try:
        assert kinds.kind_classes("musket") == {"weapon"}
        assert kinds.kind_classes("system") == frozenset()
    finally:
        kinds.kind_classes.cache_clear()


def test_an_entry_records_the_open_classes_of_its_constraints() -> None:
    classes = {"weapon": frozenset({"gun"}), "meeting": frozenset({"talk"})}
    entry = parse_line("V 072 ship obj=&weapon pp=of:&meeting", path="t", line=1, classes=classes)
    assert entry is not None and entry.kinds == (("obj", "", "weapon"),)  # (&meeting is closed)


def test_a_weapon_the_class_does_not_list_is_a_weapon(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    some_event(code, MUSKETS, "AID", "072", "GBR", None)
    monkeypatch.setattr(kinds, "ENABLED", False)
    no_event(code, MUSKETS, "AID")


def test_police_the_class_does_not_list_repress(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    some_event(code, COPS, "ASSAULT", "175", "KOR", "KOR")
    monkeypatch.setattr(kinds, "ENABLED", False)
    no_event(code, COPS, "ASSAULT")


def test_a_unit_the_class_does_not_list_crosses_a_border(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    some_event(code, INFANTRY, "ASSAULT", "190", "IRQ", "IRN")
    monkeypatch.setattr(kinds, "ENABLED", False)
    no_event(code, INFANTRY, "ASSAULT")


def test_the_back_off_kind_guard_needs_the_readings_kind(token_of: Callable[[str, str], Token]) -> None:
    # (cond35's back-off reads a hall as an unlisted venue; with the kind guard the hall must be of the kind of the
    # failing reading's class, and a hall has no kind of an open class)
    hall = "Thousands of Hungarian students packed the main hall of the Budapest Polytechnic on October 22, 1956."
    lexicon = default_lexicon("all")
    assert backoff_entry(token_of(hall, "packed"), lexicon) is not None
    assert backoff_entry(token_of(hall, "packed"), lexicon, kind_guard=True) is None


@pytest.mark.parametrize(
    "text",
    [
        # aid workers: WordNet files a volunteer under military persons first, news mostly means civilians
        "Syrian Arab Red Crescent volunteers entered eastern Aleppo in December 2016 to help evacuate civilians.",
    ],
)
def test_words_news_uses_for_civilians_are_no_armed_force(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.cameo[:2] in ("15", "18", "19")], [e.cameo for e in code(text)]
