"""Cheap tests before walks, and readings kept once (speed47, issue 9's throughput): each answers as it did before.

- `tree.breakaway_entity` answers False at once when no breakaway mark is in the Doc's text (`_marks_in_text`).
- `triggers._ultimatum_marked` looks for its marks only when every word of one is among the Doc's words (`doc_words`).
- `kinds.class_words` is made once per class; `cameo.plover_type` once per code; `match._mentions_at` reads the Doc's
  mentions once while `doc_memo` holds it.

Sentences written for these tests (true statements about real events), parsed by the real pipeline.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events import cameo, kinds
from realpolitik.events.knowledge import coder_words, role_words
from realpolitik.events.match import _mentions_at
from realpolitik.events.tree import (
    _BREAKAWAY_STEPS,
    breakaway_entity,
    doc_memo,
    doc_words,
    token_at,
)
from realpolitik.events.triggers import _alternative_clause, _fallback, _ultimatum_marked
from realpolitik.records import ActorMention

TEXTS = [
    "In 1991 the breakaway Slovenian republic fought a ten-day war with the Yugoslav army.",
    "France and Germany signed the Elysee Treaty in Paris in 1963.",
    "The International Court of Justice found in 2019 that Britain was obliged to end its administration of the"
    " Chagos Archipelago.",
    "In 1939 Britain told Germany to withdraw its troops from Poland, failing which a state of war would exist.",
]


def _breakaway_afresh(mention: ActorMention, root: Token) -> bool:
    """`breakaway_entity` as it read before speed47: no look at the Doc's text first."""
    code = mention.code or ""
    if len(code) != 3 or code.startswith("X"):
        return False
    words = role_words()
    tok = root
    for step in range(4):
        if step == 0 or tok.lemma_.lower() in words.breakaway_nouns:
            before = tok.doc[tok.left_edge.i : tok.i].text.lower()
            if any(w in words.breakaway_marks for w in re.findall(r"[a-z]+(?:-[a-z]+)*", before)):
                return True
        head = tok.head
        if tok.dep_ in _BREAKAWAY_STEPS and head.i != tok.i and head.pos_ in ("NOUN", "PROPN"):
            tok = head
        elif (
            tok.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.lower_ == "in"
            and head.head.pos_ in ("NOUN", "PROPN")
        ):
            tok = head.head
        else:
            return False
    return False


def test_breakaway_entity_with_its_text_test_is_the_reading_before(nlp: Language) -> None:
    seen = []
    for text in TEXTS:
        doc = nlp(text)
        roots = []
        for mention in doc._.actors or []:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span):
                roots.append((mention, span.root))
        before = [_breakaway_afresh(m, r) for m, r in roots]
        assert [breakaway_entity(m, r) for m, r in roots] == before
        with doc_memo(doc):
            assert [breakaway_entity(m, token_at(doc, r.i)) for m, r in roots] == before
        seen += before
    assert True in seen and False in seen, "expected a breakaway entity and a plain state"


def test_the_docs_words_are_its_tokens(nlp: Language) -> None:
    doc = nlp(TEXTS[3])
    words = frozenset(t.lower_ for t in doc)
    assert doc_words(doc) == words
    with doc_memo(doc):
        assert doc_words(doc) == words
        assert doc_words(doc) is doc_words(doc)  # (made once while the memo holds the Doc)


def _ultimatum_afresh(tok: Token) -> bool:
    """`_ultimatum_marked` as it read before speed47: the marks looked for in every Doc."""
    marks = coder_words().ultimatum_marks
    scope = tok
    if tok.pos_ == "NOUN":
        for head in tok.ancestors:
            if head.pos_ in ("VERB", "AUX"):
                scope = head
                break
    inside = {t.i for t in scope.subtree}
    doc = tok.doc
    after = {t.i for t in tok.sent if t.i > tok.i and t.lower_ in ("failing", "in")}
    longest = max((len(m.split()) for m in marks), default=0)
    for t in doc[scope.left_edge.i : tok.sent.end]:
        if t.i not in inside and t.i not in after:
            continue
        for n in range(2, longest + 1):
            if t.i + n > len(doc):
                break
            if " ".join(doc[j].lower_ for j in range(t.i, t.i + n)) in marks and not _fallback(t):
                return True
    return _alternative_clause(scope, inside) is not None


def test_ultimatum_marks_with_the_word_test_are_the_reading_before(nlp: Language) -> None:
    seen = []
    for text in TEXTS:
        doc = nlp(text)
        before = [_ultimatum_afresh(t) for t in doc]
        assert [_ultimatum_marked(t) for t in doc] == before
        with doc_memo(doc):
            assert [_ultimatum_marked(token_at(doc, t.i)) for t in doc] == before
        seen += before
    assert True in seen, "expected a demand on pain of war"


def test_class_words_and_plover_types_kept_are_those_made_afresh() -> None:
    for name in ("weapon", "aircraft", "meeting", "no such class"):
        afresh = frozenset(w for w in kinds._tables()[1].get(name, frozenset()) if not w.startswith("-"))
        assert kinds.class_words(name) == afresh
        assert kinds.class_words(name) is kinds.class_words(name)
    for code in [*cameo.cameo_table(), "1721", "0431", cameo.NO_EVENT]:
        afresh = (
            None if code.strip() == cameo.NO_EVENT else cameo._row(cameo.cameo_table(), code).plover or None
        )
        assert cameo.plover_type(code) == afresh
        assert cameo.plover_type(code) == afresh  # (the second answer from the kept one)


def test_mentions_at_a_token_inside_the_memo_are_those_outside(nlp: Language) -> None:
    doc = nlp(TEXTS[0] + " " + TEXTS[1])
    outside = [_mentions_at(t) for t in doc]
    assert any(outside)
    with doc_memo(doc):
        assert [_mentions_at(token_at(doc, t.i)) for t in doc] == outside
