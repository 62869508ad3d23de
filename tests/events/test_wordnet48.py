"""The noun kinds file in sync with its generator (wordnet48; issue 9, kinds36's file).

build_lexicon takes a noun out of an open class when a hypernym nearer than the class's anchor is the first sense of
a word of a closed class (an aide is a military officer, the "officer" of &wanted). Classes of marks (&police_alert,
&service, &alert_mark, &alert_scale, &counted: the words that make an alert a police one, the states forces are put
on, the nouns counting forces) name no kind: "police" in &police_alert does not take the police forces (a
constabulary, a gendarmerie, the Mounties) out of &force and &military. Sentences written for these tests (true
statements about real events).
"""

from __future__ import annotations

import pytest

from realpolitik.events import kinds
from realpolitik.events.build_lexicon import MARK_CLASSES, NOUNS_HEADER, WordNetNouns, nouns_text
from realpolitik.events.kinds import OPEN_CLASSES

from .helpers import Code, no_event, some_event

REGINA = "Canadian constabulary charged the rally of relief camp strikers in Regina on July 1, 1935."
EVANS = "Canadian prosecutors charged the trek leader Arthur Evans in July 1935."


def _police_wordnet() -> WordNetNouns:
    # force (personnel) above army, navy and the police force; a constabulary is the police force, a gendarmerie under it
    wn = WordNetNouns()
    wn.senses = {w: [w] for w in ("force", "army", "navy", "police", "gendarmerie")}
    wn.words = {w: [w] for w in wn.senses}
    wn.words["police"] = ["police", "constabulary"]
    wn.senses["constabulary"] = ["police"]
    wn.hypernyms = {"force": [], "army": ["force"], "navy": ["force"], "police": ["force"]}
    wn.hypernyms["gendarmerie"] = ["police"]
    wn.files = dict.fromkeys(wn.senses, "14")
    return wn


def _lines(text: str) -> dict[str, str]:
    return dict(line.split(" ", 1) for line in text[len(NOUNS_HEADER) :].splitlines() if line)


@pytest.mark.parametrize("marks", sorted(MARK_CLASSES))
def test_a_word_of_a_class_of_marks_takes_no_noun_out(marks: str) -> None:
    classes = {"force": frozenset({"force", "army", "navy"}), marks: frozenset({"police"})}
    assert _lines(nouns_text(_police_wordnet(), classes)[0]) == {
        "constabulary": "force",
        "gendarmerie": "force",
    }


def test_a_word_of_a_closed_class_of_kinds_still_does() -> None:
    classes = {"force": frozenset({"force", "army", "navy"}), "wanted": frozenset({"police"})}
    assert _lines(nouns_text(_police_wordnet(), classes)[0]) == {}


def test_the_classes_of_marks_are_closed_classes() -> None:
    assert not MARK_CLASSES & OPEN_CLASSES


def test_the_packaged_file_keeps_the_police_forces_and_takes_the_storms() -> None:
    for noun in ("constabulary", "gendarmery", "gestapo", "mounties", "schutzstaffel"):
        assert {"force", "military"} <= kinds.kind_classes(noun), noun
    for noun in ("thunderstorm", "blizzard", "sandstorm", "whirlwind"):
        assert kinds.is_kind(noun, "hazard"), noun


def test_a_constabulary_that_charges_a_rally_assaults_it(code: Code) -> None:
    some_event(code, REGINA, "ASSAULT", "175", "CAN", "CAN")


def test_prosecutors_who_charge_a_man_do_not_assault_him(code: Code) -> None:
    no_event(code, EVANS, "ASSAULT")
