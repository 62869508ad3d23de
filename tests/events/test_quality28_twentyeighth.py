"""quality28 (twenty-eighth session): the tree helpers that replace code written twice ("aspect verb" walk, the objects
of any preposition, the relative clauses on nouns and their doers)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from realpolitik.events.match import aspect_chain
from realpolitik.events.tree import prep_objects, relative_clauses, relative_doers

TokenOf = Callable[[str, str], Token]


# ---- the helpers ------------------------------------------------------------------------------------------------------


def test_aspect_chain_walks_the_verbs_of_beginning_and_going_on(token_of: TokenOf) -> None:
    text = "The army began to resume shelling the town."
    assert [t.text for t in aspect_chain(token_of(text, "began"))] == ["resume", "shelling"]
    assert [t.text for t in aspect_chain(token_of(text, "began"), steps=1)] == ["resume"]
    assert aspect_chain(token_of(text, "shelling")) == []


def test_prep_objects_without_prepositions_named_reads_every_phrase(token_of: TokenOf) -> None:
    verb = token_of("The government flew its citizens from Lima to Santiago on a military plane.", "flew")
    assert [t.text for t in prep_objects(verb)] == ["Lima", "Santiago", "plane"]
    assert [t.text for t in prep_objects(verb, ("on",))] == ["plane"]


def test_relative_clauses_and_their_doers(token_of: TokenOf) -> None:
    text = "The court said the wall that Israel was building and the roads it paved broke the law."
    nouns = [token_of(text, "wall"), token_of(text, "roads")]
    assert [t.text for t in relative_clauses(nouns)] == ["building", "paved"]
    assert [t.text for t in relative_doers(nouns)] == ["Israel", "it"]
    assert relative_doers([token_of(text, "court")]) == []
