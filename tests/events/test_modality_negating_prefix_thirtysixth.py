"""A deed noun written with "non-" names the deed's absence (issue 10, thirty-sixth session): "the
non-deployment of offensive weapons", "a pact of non-aggression", "the non-use of force" are negated, as after
"no"; a "non-" on another word ("the Non-Aligned Movement", "a non-governmental group") negates nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality
from realpolitik.records import Event

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Germany and the Soviet Union signed a pact of non-aggression in Moscow in 1939.", "aggression"),
        ("The two Koreas agreed in 1991 on the non-use of force against each other.", "use"),
        (
            "NATO's non-deployment of nuclear weapons on the soil of new members was promised in 1997.",
            "deployment",
        ),
        (
            "Moscow's proposals of 2021 listed the non-deployment of offensive weapons near its borders.",
            "deployment",
        ),
        (
            "The Helsinki Final Act of 1975 affirmed the non-intervention of states in each other's affairs.",
            "intervention",
        ),
        (
            "Austria's law of 1955 declared its neutrality and the non-admission of foreign bases.",
            "admission",
        ),
    ],
)
def test_a_deed_noun_with_non_is_negated(token_of: Finder, sentence: str, word: str) -> None:
    assert classify_modality(token_of(sentence, word)) == "negated"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The Non-Aligned Movement condemned the invasion of Afghanistan in 1980.", "invasion"),
        ("A non-governmental group documented the shelling of Mariupol in 2022.", "shelling"),
        ("NATO's deployment of troops to the Baltic states began in 2017.", "deployment"),
        # a word of its own before the hyphen is no prefix
        ("The invasion - non stop for three days - overwhelmed the defenders.", "invasion"),
    ],
)
def test_a_non_elsewhere_negates_nothing(token_of: Finder, sentence: str, word: str) -> None:
    assert classify_modality(token_of(sentence, word)) == "asserted"


def test_the_non_deployment_proposed_is_no_asserted_mobilisation(code: Callable[[str], list[Event]]) -> None:
    events = code(
        "Moscow's proposals of 2021 listed the non-deployment of offensive weapons near its borders."
    )
    assert not [e for e in events if e.event == "MOBILIZE" and e.modality == "asserted"]
