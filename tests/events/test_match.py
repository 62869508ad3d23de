"""Tests of events/match.py: the clause a frame word governs and the codes frames give, on real parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.errors import LexiconError
from realpolitik.events.match import complement, frame_code, refine

TokenOf = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "noun", "clause"),
    [
        # a that-clause on the noun ("its demand that X do Y"), wherever the noun stands
        ("Turkey renewed its demand that Israel ease the blockade of Gaza.", "demand", "ease"),
        ("Its demand that Israel ease the blockade was rejected.", "demand", "ease"),
        # a to-clause on the noun ("a threat to do Y")
        ("Iran made a threat to cut ties with Bahrain.", "threat", "cut"),
        ("Turkey issued a threat to close the strait to Russian ships.", "threat", "close"),
        ("Qatar welcomed the offer to mediate between the two sides.", "offer", "mediate"),
    ],
)
def test_match_complement_of_a_frame_noun(token_of: TokenOf, sentence: str, noun: str, clause: str) -> None:
    found = complement(token_of(sentence, noun))
    assert found is not None and found.text == clause


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        # a relative clause says something about the demand; it is not what is demanded
        ("Russia rejected the demand that Turkey made.", "demand"),
        ("The threat which Iran made was taken seriously.", "threat"),
        # a noun without any clause
        ("The threat was taken seriously.", "threat"),
    ],
)
def test_match_complement_is_not_a_relative_clause(token_of: TokenOf, sentence: str, noun: str) -> None:
    assert complement(token_of(sentence, noun)) is None


def test_match_complement_of_a_frame_verb(token_of: TokenOf) -> None:
    found = complement(token_of("Armenia agreed to sign the treaty.", "agreed"))
    assert found is not None and found.text == "sign"


@pytest.mark.parametrize(
    ("frame", "inner", "base", "expected"),
    [
        ("threat", "163", "130", "1312"),  # threaten sanctions: an exact complement code
        ("threat", "161", "130", "1313"),  # threaten to cut ties
        ("demand", "085", "100", "1054"),  # demand the easing of a blockade
        ("demand", "042", "100", "106"),  # by root: demand a meeting
        ("intent", "190", "030", "1384"),  # a stated intention to attack is a threat
        ("posture", None, "150", "030"),  # getting ready for an unknown deed
        ("appeal", None, "020", "020"),  # no complement code: the frame's own code
    ],
)
def test_match_refine_codes_a_frame_from_its_complement(
    frame: str, inner: str | None, base: str, expected: str
) -> None:
    assert refine(frame, inner, base) == expected


@pytest.mark.parametrize(
    ("frame", "inner", "expected"),
    [
        ("threat", None, "130"),  # "threatened" with no deed the lexicon knows: the frame's own code
        ("threat", "163", "1312"),  # ... and with an embargo, the threat of one
        ("intent", "0871", "0356"),
        ("reject", "193", "120"),  # a refused fight refines no rejection: the frame's own code
        ("demand", None, "100"),
    ],
)
def test_match_refine_defaults_to_the_frames_own_code(frame: str, inner: str | None, expected: str) -> None:
    assert refine(frame, inner) == expected
    assert frame_code(frame) == refine(frame, None)


def test_match_frame_code_of_a_frame_with_no_code_of_its_own_is_a_data_error() -> None:
    with pytest.raises(LexiconError, match=r"frame_codes\.json: entry 'frames\.asked\.default': missing"):
        frame_code("asked")
