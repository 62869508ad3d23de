"""The resolver's fast paths give what the plain computation gives: the headline test reads token attributes
in one array, the words around a match are joined only for entries that have veto words, and a titled
person's surname is compared only with known surnames of a length within reach."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.actors.resolve import ActorResolver, _edit_distance, _has_capitals
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


def test_resolve_fuzzy_surnames_equal_the_comparison_with_every_surname(actor_nlp: Language) -> None:
    resolver = actor_nlp.get_pipe("realpolitik_actors")
    assert isinstance(resolver, ActorResolver)
    index = resolver.kb.surname_index
    known = sorted(index)
    # typos of known surnames (a letter changed, dropped, added, two swapped), and words of no one
    names = [k[:2] + "x" + k[3:] for k in known[::7]] + [k[:-1] for k in known[::11]]
    names += [k + "a" for k in known[::13]] + [k[1] + k[0] + k[2:] for k in known[::17]]
    names += ["bouteflicka", "erdogann", "lavrovv", "aliyev", "zzzzzzzz", "qwertyuiopas"]
    hits = 0
    for name in (n for n in names if len(n) >= 5):
        every = {
            entry_id
            for surname, ids in index.items()
            if abs(len(surname) - len(name)) <= 2
            and _edit_distance(surname, name, 2) <= (1 if len(name) < 8 else 2)
            for entry_id in ids
        }
        assert resolver._fuzzy_hits(name) == every, name
        hits += bool(every)
    assert hits >= 20


# Written for this test: pronouns, "the country", "both sides" and possessives after named actors.
COREFERENCE = [
    "Armenia and Azerbaijan signed a statement in November 2020. Both sides agreed to a ceasefire, and "
    "the two countries exchanged prisoners. Their leaders met in Moscow.",
    "Turkey shot down a Russian bomber in 2015. The country said it had warned the plane. Its army was "
    "put on alert.",
    "Finland joined NATO in April 2023. It had applied in 2022 with Sweden; they applied together.",
    "Vladimir Putin met Recep Tayyip Erdogan in Sochi. He praised his counterpart, and her remarks were "
    "not reported.",
    "Nothing was said. The two presidents did not meet.",
    "",
]


def test_resolve_coreference_from_cue_words_equals_coreference_from_every_token(
    actor_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from realpolitik.actors import resolve

    def resolved() -> list[list[ActorMention]]:
        return [list(doc._.actors) for doc in actor_nlp.pipe(COREFERENCE)]

    fast = resolved()
    monkeypatch.setattr(resolve, "_cue_tokens", iter)  # every token of the Doc, as before
    assert resolved() == fast
    assert sum(m.role == "coreference" for found in fast for m in found) >= 6
