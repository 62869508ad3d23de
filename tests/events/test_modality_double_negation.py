"""Two negations state the deed (issue 9, ninth session): a negated verb of stopping, hesitating, failing or
doubting ("has never stopped shelling", "did not hesitate to bomb", "There is no doubt that ...") and a denial
no one makes or can make ("Nobody denies that ...", "cannot deny that ...") leave the deed asserted, in the
author's voice. A plain "did not deny" or "did not refuse" states nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality

from .helpers import Code

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Russia has never stopped shelling Kherson since it withdrew from the city in 2022.", "shelling"),
        ("Russia did not hesitate to bomb Aleppo in 2016.", "bomb"),
        ("There is no doubt that Russia annexed Crimea in 2014.", "annexed"),
        ("No one doubts that Russia annexed Crimea in 2014.", "annexed"),
        ("Nobody denies that Iraq invaded Kuwait in 1990.", "invaded"),
        ("Moscow cannot deny that its troops entered Georgia in 2008.", "entered"),
        ("Israel did not fail to retaliate against Iran in 2024.", "retaliate"),
    ],
)
def test_modality_two_negations_state_the_deed(token_of: Finder, sentence: str, word: str) -> None:
    assert classify_modality(token_of(sentence, word)) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # another cue still holds the deed open
        ("If Russia does not stop shelling Kherson, Kyiv will strike back.", "shelling"),
        ("Russia will not stop shelling Kherson until it retakes the city, its officials said.", "retakes"),
        # a plain non-denial or non-refusal states nothing
        ("Russia never denied that it had annexed Crimea.", "annexed"),
        ("Turkey did not refuse to host the talks in 2022.", "host"),
        # a single negation stays
        ("Russia did not stop at Crimea in 2014 and never shelled Kherson then.", "shelled"),
        ("Germany hesitated to send tanks to Ukraine in 2022.", "send"),
    ],
)
def test_modality_one_negation_or_a_hedge_still_holds(token_of: Finder, sentence: str, word: str) -> None:
    assert classify_modality(token_of(sentence, word)) != "asserted"


def test_modality_two_negations_are_the_authors_word(code: Code) -> None:
    events = [e for e in code("Nobody denies that Iraq invaded Kuwait in 1990.") if e.event == "ASSAULT"]
    assert events and events[0].modality == "asserted"
    assert events[0].attribution is None
