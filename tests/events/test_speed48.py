"""Fewer calls in the events stage (speed48, issue 9's throughput): each reading answers as it did before.

- `tree._fast_tokens` reads its strings in C loops (`_named` through `map`): the `FastToken`s carry spaCy's own
  attributes, the Doc's text and whether its sentences are closed, with the string table empty or full.
- `Mentions.build` makes each mention's root once and indexes its tokens by position: the same index as spaCy's
  span walk.

Sentences written for these tests (true statements about real events), parsed by the real pipeline.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.events import tree
from realpolitik.events.tree import Mentions, closed_sentences, doc_memo, doc_text, token_at

TEXTS = [
    "In 1979 Egypt and Israel signed a peace treaty at the White House, and the two states opened embassies a year"
    " later.",
    "The Soviet Union launched Sputnik 1 in October 1957. The United States answered with Explorer 1 in 1958.",
    "In 1991 a coalition led by the United States drove Iraqi forces out of Kuwait.",
    "East Germany began building the Berlin Wall in August 1961; Britain, France and the United States protested.",
]


def _spacy_reading(doc: Doc) -> list[tuple[object, ...]]:
    return [
        (
            t.i,
            t.idx,
            t.text,
            t.lower_,
            t.lemma_,
            t.tag_,
            t.dep_,
            t.pos_,
            t.whitespace_,
            t.head.i,
            tuple(c.i for c in t.children),
        )
        for t in doc
    ]


def test_fast_tokens_read_as_spacy_with_the_string_table_empty_or_full(nlp: Language) -> None:
    for text in TEXTS:
        doc = nlp(text)
        spacy_reading = _spacy_reading(doc)
        closed = all(t.head.sent.start == t.sent.start for t in doc)
        for empty in (True, False):
            if empty:
                tree._STRINGS.clear()  # (every string read from the vocab: the path of a hash not seen before)
            with doc_memo(doc):
                fast = [token_at(doc, i) for i in range(len(doc))]
                assert all(type(t) is tree.FastToken for t in fast)
                assert _spacy_reading(doc) == spacy_reading  # (spaCy's own tokens, unchanged)
                assert [
                    (
                        t.i,
                        t.idx,
                        t.text,
                        t.lower_,
                        t.lemma_,
                        t.tag_,
                        t.dep_,
                        t.pos_,
                        t.whitespace_,
                        t.head.i,
                        tuple(c.i for c in t.children),
                    )
                    for t in fast
                ] == spacy_reading
                assert doc_text(doc) == doc.text
                assert closed_sentences(doc) is closed


def _index_afresh(doc: Doc) -> tuple[dict[int, list[int]], list[int], dict[int, list[object]], list[object]]:
    """`Mentions.build` as it read before speed48: `span.root` asked at each use, the span's tokens walked."""
    out_by_token: dict[int, list[int]] = {}
    heads: list[int] = []
    places: dict[int, list[object]] = {}
    kept: list[object] = []
    for mention in doc._.actors or []:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if mention.role in tree._NO_PARTY_ROLES:
            if not tree.region_authority(mention):
                places.setdefault(span.root.i, []).append(mention)
            continue
        if tree._water_name(span.root):
            places.setdefault(span.root.i, []).append(mention)
            continue
        if tree.region_authority(mention) and not tree._subject_like(span.root):
            continue
        if tree.breakaway_entity(mention, span.root):
            mention = dataclasses.replace(mention, sector="REB")
        index = len(kept)
        kept.append(mention)
        for tok in span:
            out_by_token.setdefault(tok.i, []).append(index)
        heads.append(span.root.i)
    return out_by_token, heads, places, kept


def test_mentions_index_is_the_span_walks(nlp: Language) -> None:
    seen = 0
    for text in TEXTS:
        doc = nlp(text)
        by_token, heads, places, kept = _index_afresh(doc)
        for memo in (False, True):
            if memo:
                with doc_memo(doc):
                    built = Mentions.build(doc, list(doc._.actors or []))
            else:
                built = Mentions.build(doc, list(doc._.actors or []))
            assert built.by_token == by_token
            assert built.heads == heads
            assert built.places == places
            assert built.mentions == kept
        seen += len(kept)
    assert seen >= 8, "expected the states of the sentences indexed"
