"""The resolver's fast paths give what the plain computation gives: the headline test reads token attributes
in one array, the words around a match are joined only for entries that have veto words, a titled
person's surname is compared only with known surnames of a length within reach, and an alias of plain words
is split into its words without making a Doc of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer

from realpolitik.actors.resolve import (
    ActorResolver,
    _alias_tokens,
    _edit_distance,
    _has_capitals,
    _spaced_special,
)
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


def test_alias_tokens_equal_the_tokens_of_a_doc_of_each_alias(actor_nlp: Language) -> None:
    # every alias of the knowledge base, and aliases the fast path must leave to the tokenizer
    resolver = actor_nlp.get_pipe("realpolitik_actors")
    assert isinstance(resolver, ActorResolver)
    texts = [
        *resolver.kb.aliases,
        "Cannot",
        "Gonna Party",
        "U.S. Army",
        "al-Qaeda",
        "Côte d'Ivoire",
        "New  York",
        " Chad",
        "Chad ",
        "Hamas\tleaders",
        "",
        " ",
        "km",
        "ÉTATS UNIS",
    ]
    made = [[(t.orth_, t.lower_) for t in actor_nlp.make_doc(text)] for text in texts]
    assert _alias_tokens(actor_nlp, texts) == made


def test_no_special_case_of_the_tokenizer_joins_or_splits_words_of_letters(actor_nlp: Language) -> None:
    # (what `_alias_tokens` relies on besides the affix tests: a special case that the tokenizer finds across
    # its affix splits is never made of words of letters alone, so it never rewrites such words)
    tokenizer = actor_nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    plain = Tokenizer(
        actor_nlp.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    for key in tokenizer.rules:
        words = [t.text for t in plain(key)]
        assert not (len(words) > 1 and all(w.isalpha() for w in words)), key
    assert not _spaced_special(tokenizer.rules)


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin met Azerbaijan's Ilham Aliyev in Sochi.",
        "ARMENIA AND AZERBAIJAN SIGN PEACE DECLARATION IN WASHINGTON",
        "The U.S. Army and the Taliban, al-Qaeda and Côte d'Ivoire's government.",
        "The Republic of Korea and the Democratic People's Republic of Korea",
    ],
)
def test_matchers_of_alias_words_find_what_matchers_of_alias_docs_find(
    actor_nlp: Language, text: str
) -> None:
    resolver = actor_nlp.get_pipe("realpolitik_actors")
    assert isinstance(resolver, ActorResolver)
    texts = list(resolver.kb.aliases)
    docs = [actor_nlp.make_doc(t) for t in texts]
    orth = PhraseMatcher(actor_nlp.vocab, attr="ORTH")
    orth.add("REALPOLITIK_ACTOR", [d for d in docs if len(d)])
    lower = PhraseMatcher(actor_nlp.vocab, attr="LOWER")
    lower.add(
        "REALPOLITIK_ACTOR_CAPS",
        [d for t, d in zip(texts, docs, strict=True) if len(d) and t != t.upper() and len(t) >= 4],
    )
    doc = actor_nlp.make_doc(text)
    assert resolver.matcher(doc) == orth(doc)
    assert resolver.caps_matcher(doc) == lower(doc)
    assert orth(doc) or lower(doc)
