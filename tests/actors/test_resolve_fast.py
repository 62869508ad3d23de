"""The resolver's fast paths give what the plain computation gives: the headline test reads token attributes
in one array, and the words around a match are joined only for entries that have veto words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.actors.resolve import _has_capitals
from realpolitik.records import ActorMention


@pytest.mark.parametrize(
    "text",
    [
        "ARMENIA AND AZERBAIJAN SIGN PEACE DECLARATION",
        "The UN and the EU met in Brussels.",
        "NATO leaders met in Vilnius in July 2023.",
        "The USA and the UK signed the AUKUS pact with Australia.",
        "ÉTATS-UNIS : le sommet",
        "",
        "   ",
        "Talks in TBILISI",
    ],
)
def test_resolve_headline_test_equals_the_token_test(actor_nlp: Language, text: str) -> None:
    doc = actor_nlp.make_doc(text)
    assert _has_capitals(doc) == any(t.is_upper and len(t) > 3 for t in doc)


def test_resolve_veto_words_still_veto(actors: Callable[..., list[ActorMention]]) -> None:
    # Atlanta is the capital of the U.S. state of Georgia; Tbilisi is the capital of the country.
    assert "GEO" not in {m.code for m in actors("The governor of Georgia spoke in Atlanta on Monday.")}
    assert "GEO" in {m.code for m in actors("Georgia broke off diplomatic relations with Russia in 2008.")}
    # (the same text twice: the words around a match are made once per match, not kept between texts)
    assert "GEO" not in {m.code for m in actors("The governor of Georgia spoke in Atlanta on Monday.")}
