"""The twenty-first session's speed-ups give what the plain computation gives: a token's sentence shared by the
tokens of its sentence (spaCy's own where the Doc has a sentence hook), subtrees built from the children's kept
subtrees (and walked without recursion on a tree deeper than the stack), `actors_under` and `match._second_nouns`
kept per Doc, the date clues tested on demand, and the cheap tests before the readings of force."""

from __future__ import annotations

import sys

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from realpolitik.events import conflict, dates, match, tree
from realpolitik.events.component import EventCoder
from realpolitik.events.knowledge import conflict_words
from realpolitik.events.tree import Mentions, doc_memo, tokens_of
from realpolitik.nlp import process

# Written for these tests, about real events (odd-numbered years).
TEXTS = [
    "Russia and Belarus held the Zapad joint military exercises in September 2021. NATO said it was monitoring "
    "them closely.",
    "Turkish forces retaliated against an attack by Kurdish fighters on the border town of Akcakale in October "
    "2019, the defence ministry in Ankara said.",
    "Myanmar's military detained Aung San Suu Kyi on 1 February 2021; the United States and the European Union "
    "condemned the coup.",
    "The foreign ministers of Armenia and Azerbaijan met in Moscow in May 2023 and agreed to keep talking. Armenia "
    "and Azerbaijan both reported soldiers killed in clashes on their border in November 2021.",
    "The United States expelled ten Russian diplomats in April 2021, and Moscow responded the next day by "
    "expelling ten American diplomats. The United States designated Iran's Revolutionary Guards a foreign "
    "terrorist organization in April 2019.",
]


def test_fast_token_sentences_equal_spacy_sentences(nlp: Language) -> None:
    checked = sentences = 0
    for doc in process(nlp, [(t, "2023-11-16") for t in TEXTS]):
        sentences += len(list(doc.sents))
        with doc_memo(doc):
            for fast, plain in zip(tokens_of(doc[:]), doc, strict=True):
                mine, theirs = fast.sent, plain.sent
                assert (mine.start, mine.end) == (theirs.start, theirs.end) and mine == theirs
                assert fast.sent is mine  # (made once)
                checked += 1
    assert checked > 100 and sentences > len(TEXTS)


def test_fast_token_sentence_of_a_doc_with_a_sentence_hook_is_the_hooks(bare_nlp: Language) -> None:
    doc = bare_nlp("Kenya sent police to Haiti in 2023. The mission began a year later.")
    doc.user_hooks["sents"] = lambda d: [d[0 : len(d)]]  # one sentence, whatever the parser said
    with doc_memo(doc):
        for fast, plain in zip(tokens_of(doc[:]), doc, strict=True):
            assert (fast.sent.start, fast.sent.end) == (plain.sent.start, plain.sent.end) == (0, len(doc))


def test_fast_token_subtree_of_a_tree_deeper_than_the_stack_equals_spacys(bare_nlp: Language) -> None:
    depth = sys.getrecursionlimit() + 50
    words = ["word"] * depth
    heads = [i + 1 for i in range(depth - 1)] + [depth - 1]  # each word hangs on the next: one long chain
    doc = Doc(bare_nlp.vocab, words=words, heads=heads, deps=["dep"] * (depth - 1) + ["ROOT"])
    with doc_memo(doc):
        fast = tokens_of(doc[:])
        assert [t.i for t in fast[-1].subtree] == list(range(depth))
        assert [t.i for t in fast[depth // 2].subtree] == [t.i for t in doc[depth // 2].subtree]


def test_fast_token_subtrees_kept_on_the_way_equal_spacys(nlp: Language) -> None:
    for doc in process(nlp, [(t, "2023-11-16") for t in TEXTS]):
        with doc_memo(doc):
            fast = tokens_of(doc[:])
            root = fast[next(iter(doc.sents)).root.i]
            list(root.subtree)  # (the subtrees under the root are kept on the way)
            for tok, plain in zip(fast, doc, strict=True):
                assert [t.i for t in tok.subtree] == [t.i for t in plain.subtree]


@pytest.mark.parametrize("skip", [frozenset({"relcl"}), frozenset({"prep", "relcl", "acl"})])
def test_actors_under_kept_per_doc_equal_the_mentions_found_afresh(
    nlp: Language, skip: frozenset[str]
) -> None:
    found = 0
    for doc in process(nlp, [(t, "2023-11-16") for t in TEXTS]):
        ments = Mentions.build(doc, list(doc._.actors or []))
        other = Mentions.build(doc, list(doc._.actors or [])[1:])  # another index of the same Doc
        plain = {(t.i, id(m)): tree._actors_under(t, m, skip) for t in doc for m in (ments, other)}
        with doc_memo(doc):
            for _ in range(2):  # (the second time from what was kept)
                for tok in tokens_of(doc[:]):
                    for m in (ments, other):
                        answer = tree.actors_under(tok, m, skip=skip)
                        assert answer == plain[(tok.i, id(m))], tok.text
                        answer.append(-1)  # the caller's own list
                        found += len(answer) - 1
    assert found > 20


def test_second_nouns_kept_per_doc_equal_the_nouns_found_afresh(nlp: Language) -> None:
    for doc in process(nlp, [(t, "2023-11-16") for t in TEXTS]):
        with doc_memo(doc):
            for tok in tokens_of(doc[:]):
                assert match._second_nouns(tok) == match._second_nouns.__wrapped__(tok)


def test_date_clues_tested_on_demand_equal_every_clue_tested() -> None:
    for text in [*TEXTS, "no date here", "On Sunday evening, two weeks ago, late this year: 3 May 2021."]:
        present = dates._Present(text)
        folded = dates._key(text)
        for group, words in dates._CLUES.items():
            assert present[group] == any(word in folded for word in words)
        assert present["digit"] == (dates._DIGIT.search(text) is not None)
        assert present["year"] == (dates._YEAR_DIGITS.search(text) is not None)
        assert present["spaced_month"] == (dates._SPACED_MONTH.search(folded) is not None)


def test_response_verb_openings_pass_every_verb_whose_phrases_name_a_response(nlp: Language) -> None:
    words = conflict_words()
    openings = conflict._openings(words.response_verbs)
    assert words.response_verbs <= openings
    assert all(phrase.split(" ")[0] in openings for phrase in words.response_verbs)
    passed = 0
    for doc in process(nlp, [(t, "2023-11-16") for t in TEXTS]):
        for tok in doc:
            named = bool(conflict._lemmas(tok) & words.response_verbs)
            if named:
                assert not openings.isdisjoint(tree.lemma_forms(tok)), tok.text
                passed += 1
    assert passed >= 2  # "retaliated", "responded"


def _readings(nlp: Language) -> list[object]:
    coder = nlp.get_pipe("realpolitik_events")
    assert isinstance(coder, EventCoder)
    roles = coder.triggers.roles
    out: list[object] = []
    for doc in process(nlp, [(t, "2023-11-16") for t in TEXTS]):
        ments = Mentions.build(doc, list(doc._.actors or []))
        for tok in doc:
            for reading in (conflict.casualty_report, conflict.armed_response, conflict.expulsion):
                out.append(reading(tok, ments, roles))
    return out


def test_readings_of_force_with_cheap_tests_first_equal_the_readings_without(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _readings(nlp)
    assert any(r is not None for r in fast)
    monkeypatch.setattr(conflict, "_openings", lambda phrases: _Everything())
    assert _readings(nlp) == fast


class _Everything(frozenset[str]):
    """A set that shares a word with anything: the cheap test passes every verb."""

    def isdisjoint(self, other: object) -> bool:
        return False


def test_fast_paths_keep_the_tokens_spacys(nlp: Language) -> None:
    doc = next(iter(process(nlp, [(TEXTS[0], "2023-11-16")])))
    with doc_memo(doc):
        tok = tokens_of(doc[:])[0]
        assert isinstance(tok, Token) and tok == doc[0]
