"""Fewer calls in the events stage (speed48, issue 9's throughput): each reading answers as it did before.

- `tree._fast_tokens` reads its strings in C loops (`_named` through `map`): the `FastToken`s carry spaCy's own
  attributes, the Doc's text and whether its sentences are closed, with the string table empty or full.
- `Mentions.build` makes each mention's root once and indexes its tokens by position: the same index as spaCy's
  span walk.

Sentences written for these tests (true statements about real events), parsed by the real pipeline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

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


def _reading(tokens: Iterable[Any]) -> list[tuple[object, ...]]:
    """What the coder reads of each token, from spaCy's tokens or the FastTokens standing for them."""
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
        for t in tokens
    ]


def test_fast_tokens_read_as_spacy_with_the_string_table_empty_or_full(nlp: Language) -> None:
    for text in TEXTS:
        doc = nlp(text)
        spacy_reading = _reading(doc)
        closed = all(t.head.sent.start == t.sent.start for t in doc)
        for empty in (True, False):
            if empty:
                tree._STRINGS.clear()  # (every string read from the vocab: the path of a hash not seen before)
            with doc_memo(doc):
                fast = [token_at(doc, i) for i in range(len(doc))]
                assert all(type(t) is tree.FastToken for t in fast)
                assert _reading(doc) == spacy_reading  # (spaCy's own tokens, unchanged)
                assert _reading(fast) == spacy_reading
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


# --- the second step: cheap tests before readings that hold in few Docs ---

COURT_TEXTS = [
    "In 2019 the International Court of Justice ruled that Britain must end its administration of the Chagos"
    " Archipelago.",
    "In 1995 the leaders of Bosnia, Croatia and Serbia initialled the Dayton accords in Ohio.",
    "Britain met the Argentine demand with a refusal in 1982.",
    "The European Court of Human Rights found in 2005 that Turkey had violated the rights of Abdullah Ocalan.",
]


def test_court_holding_gate_is_false_only_where_no_clause_is_held(nlp: Language) -> None:
    from realpolitik.events.knowledge import coder_words
    from realpolitik.events.triggers import _court_holding_possible

    judging = coder_words().judging_verbs
    seen = []
    for text in COURT_TEXTS:
        doc = nlp(text)
        afresh = any(t.dep_ == "ccomp" and t.head.lemma_.lower() in judging for t in doc)
        assert _court_holding_possible(doc) is True  # (outside the memo the walk decides)
        with doc_memo(doc):
            assert _court_holding_possible(doc) is afresh
        seen.append(afresh)
    assert True in seen and False in seen, "expected a court's holding and a Doc with none"


def _analysis_afresh(doc: Doc, transcript: bool = False) -> bool:
    """`clauses.analysis_register` as it read before speed48."""
    from realpolitik.events.clauses import ANALYSIS_MIN_SENTENCES
    from realpolitik.events.knowledge import clause_words

    if transcript:
        return True
    words = clause_words()
    tokens = list(doc)
    sentences = 0
    dated = 0
    for sent in doc.sents:
        sentences += 1
        dated += any(tok.lower_ in words.weekday_names for tok in tokens[sent.start : sent.end])
    if sentences < ANALYSIS_MIN_SENTENCES or 3 * dated >= sentences:
        return False
    return not any(
        tok.lower_ in words.wire_agencies and tok.i > 0 and tokens[tok.i - 1].text == "(" for tok in tokens
    )


def test_analysis_register_is_the_reading_before(nlp: Language) -> None:
    from realpolitik.events.clauses import analysis_register

    texts = [
        " ".join(TEXTS),
        "LONDON (Reuters) - " + " ".join(TEXTS),
        "On Monday the talks began. " + " ".join(TEXTS[:3]),
        TEXTS[0],
    ]
    seen = []
    for text in texts:
        doc = nlp(text)
        before = _analysis_afresh(doc)
        with doc_memo(doc):
            assert analysis_register(doc) is before
        seen.append(before)
    assert True in seen and False in seen


def test_refusal_answers_need_a_with_in_the_doc(nlp: Language) -> None:
    from realpolitik.events.lexicon import default_lexicon
    from realpolitik.events.refusals import refusal_answer

    lexicon = default_lexicon()
    found = []
    for text in COURT_TEXTS:
        doc = nlp(text)
        answers = [refusal_answer(t, lexicon) for t in doc]
        if "with" not in {t.lower_ for t in doc}:
            assert answers == [None] * len(doc)
        found += [a for a in answers if a is not None]
    assert found, "expected the refusal of the demand read"
