"""Text is parsed with every unusual space a plain one, one for one (issue 10, thirty-sixth session): a no-break
space, a narrow no-break or thin space, an ideographic space, a zero-width space or a byte-order mark inside the
text would otherwise be a token of its own (or glue two words into one) and bend the parse; the evidence
offsets still point into the text as given."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.nlp import parse_text, process
from realpolitik.records import Event

from .helpers import Code

NBSP = "\u00a0"

ODD = ["\u00a0", "\u2007", "\u202f", "\u2009", "\u2002", "\u200a", "\u3000", "\u200b", "\ufeff", "\u205f"]
KEPT = ["\u00ad", "\u200c", "\u200d", "\u2060"]


@pytest.mark.parametrize("char", ODD)
def test_parse_text_makes_an_unusual_space_a_plain_one_one_for_one(char: str) -> None:
    text = f"Iraq invaded{char}Kuwait in 1990."
    out = parse_text(text)
    assert out == "Iraq invaded Kuwait in 1990."
    assert len(out) == len(text)


@pytest.mark.parametrize("char", KEPT)
def test_parse_text_keeps_a_character_inside_a_word(char: str) -> None:
    # a soft hyphen or a joiner sits inside a word: a space would split the word, dropping it would move offsets
    text = f"Iraq in{char}vaded Kuwait in 1990."
    assert parse_text(text) == text


def test_no_break_spaces_do_not_make_an_aside_the_source_of_the_sentence(code: Code) -> None:
    text = f"In 2015,{NBSP}as{NBSP}the{NBSP}diplomats say, Moscow sent warplanes to Syria."
    (event,) = code(text)
    assert {a.code for a in event.source} == {"RUS"}
    assert event.attribution is None


@pytest.mark.parametrize(
    "text",
    [
        "\ufeffIraq invaded Kuwait in 1990.",  # a byte-order mark glued to the first word
        "Iraq\u200binvaded Kuwait in 1990.",  # a zero-width space between two words
    ],
)
def test_zero_width_marks_do_not_glue_a_name_to_a_word(code: Code, text: str) -> None:
    events = code(text)
    assert [(e.event, {a.code for a in e.source}, {a.code for a in e.target}) for e in events] == [
        ("ASSAULT", {"IRQ"}, {"KWT"})
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"The{NBSP}Soviet{NBSP}Union invaded Afghanistan in 1979.",
        "In 1979,\u2009as\u202fthe\u00a0diplomats say,\u3000the Soviet Union invaded Afghanistan.",
        "\ufeffIn 1979 the Soviet\u200bUnion invaded\u00a0Afghanistan.",
    ],
)
def test_evidence_offsets_point_into_the_text_as_given(nlp: Language, text: str) -> None:
    (doc,) = process(nlp, [(text, "2024-03-01")])
    assert doc.text == parse_text(text)
    events = list(doc._.events or [])
    assert events
    for event in events:
        span = text[event.evidence_start : event.evidence_end]
        # the sentence as given, its odd spaces included: the offsets did not move
        assert span.endswith(".") and "Afghanistan" in span
        assert span.lstrip("\ufeff") == text.lstrip("\ufeff")


def test_coding_a_text_reads_it_with_plain_spaces(code: Callable[[str], list[Event]]) -> None:
    events = code(f"In 2015,{NBSP}as{NBSP}the{NBSP}diplomats say, Moscow sent warplanes to Syria.")
    assert [e.attribution for e in events] == [None]
