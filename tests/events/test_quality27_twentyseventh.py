"""Twenty-seventh session (quality27): one helper for the objects of a word's prepositions (`tree.prep_objects`),
which rescue, resolution, role and conflict readings had each written out again."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from realpolitik.events.tree import of_object, prep_objects


def test_prep_objects_reads_the_objects_of_the_named_prepositions_in_order(
    token_of: Callable[[str, str], Token],
) -> None:
    verb = token_of("Armenia bought guns from India for its army in 2023.", "bought")
    assert [t.text for t in prep_objects(verb, ("in", "from", "for"))] == ["India", "army", "2023"]
    assert [t.text for t in prep_objects(verb, ("for",))] == ["army"]
    assert prep_objects(verb, ("against",)) == []


def test_prep_objects_takes_a_passive_agent_only_when_asked(token_of: Callable[[str, str], Token]) -> None:
    verb = token_of("The talks were hosted by Qatar in Doha.", "hosted")
    assert [t.text for t in prep_objects(verb, ("by",))] == []
    assert [t.text for t in prep_objects(verb, ("by",), deps=("agent",))] == ["Qatar"]


def test_of_object_is_the_first_object_of_an_of_phrase(token_of: Callable[[str, str], Token]) -> None:
    noun = token_of("Chile flew out dozens of its citizens from Lima.", "dozens")
    found = of_object(noun)
    assert found is not None and found.text == "citizens"
    assert of_object(token_of("Chile flew out dozens of its citizens from Lima.", "Lima")) is None
