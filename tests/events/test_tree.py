"""Tree helpers of the event coder (events/tree.py), on real parses of sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events.tree import Mentions, pobj_actors, prep_actors
from realpolitik.nlp import process


def _parsed(nlp: Language, text: str) -> tuple[Mentions, dict[str, Token]]:
    (doc,) = process(nlp, [(text, "2024-03-01")])
    ments = Mentions.build(doc, list(doc._.actors))
    return ments, {t.text: t for t in doc}


def _codes(ments: Mentions, found: list[int]) -> list[str]:
    return [ments.mentions[i].code or "" for i in found]


def test_tree_prep_actors_reads_the_named_prepositions_in_order(nlp: Language) -> None:
    ments, tok = _parsed(nlp, "Iran held talks with France and Germany in Vienna in 2021.")
    talks = tok["talks"]
    # the conjoined partners come along, left to right; the other phrase of the noun is not read
    assert _codes(ments, prep_actors(talks, ("with",), ments)) == ["FRA", "DEU"]
    assert _codes(ments, prep_actors(talks, ("with", "in"), ments)) == ["FRA", "DEU", "AUT"]
    assert prep_actors(talks, ("between",), ments) == []
    # the verb's own phrases are its own ("in 2021" names no one)
    assert prep_actors(tok["held"], ("with", "in"), ments) == []


def test_tree_pobj_actors_is_the_phrase_of_one_preposition(nlp: Language) -> None:
    ments, tok = _parsed(nlp, "Iran held talks with France and Germany in Vienna in 2021.")
    assert _codes(ments, pobj_actors(tok["with"], ments)) == ["FRA", "DEU"]
    assert pobj_actors(tok["talks"], ments) == []  # a noun has no prepositional object of its own


def test_tree_prep_actors_reads_a_passive_agent_only_when_asked(nlp: Language) -> None:
    ments, tok = _parsed(nlp, "Crimea was annexed by Russia in 2014.")
    annexed = tok["annexed"]
    assert tok["by"].dep_ == "agent"  # (the parse the test is about)
    assert prep_actors(annexed, ("by",), ments) == []
    assert _codes(ments, prep_actors(annexed, ("by",), ments, deps=("agent", "prep"))) == ["RUS"]
