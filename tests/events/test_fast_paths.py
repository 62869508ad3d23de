"""The event coder's fast paths give exactly what the plain computation gives: the date scan skips only
patterns whose clue words are absent, the lexicon matcher builds a word set only when a constraint asks for
it, and the coder skips only sentences that name no actor."""

from __future__ import annotations

import datetime

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from realpolitik.events import component, dates
from realpolitik.events.match import _Near, _phrases, _pobjs, _preps, _subject_heads, _words_near, infinitive
from realpolitik.events.tree import lemma_forms, object_children
from realpolitik.nlp import process

# Written for these tests; the dated facts are true (the Su-24 was shot down on 24 November 2015, the
# Armenia-Azerbaijan ceasefire statement was signed on 9-10 November 2020, Finland joined NATO on 4 April 2023).
SENTENCES = [
    "Turkey shot down a Russian Su-24 bomber near the Syrian border on 24 November 2015.",
    "Armenia and Azerbaijan signed a ceasefire statement brokered by Russia on 10.11.2020.",
    "Finland joined NATO in April 2023, two months after the vote in its parliament.",
    "The minister said on Tuesday that talks would resume next week.",
    "Officials met yesterday and again this morning; a decision is expected by March.",
    "Three days ago the envoy left Baku for Moscow.",
    "The summit of 2023-10-05 in Granada ended without a joint statement.",
    "Poland let Ukrainian refugees cross the border without visas in 2022.",
    "Iran was urged by the European Union to allow inspectors access to its nuclear sites.",
    "The cabinet approved the budget.",
    # letters that case-blind matching takes for ASCII ones although lower() keeps them: a long s, a dotless
    # i and a Kelvin sign
    "They met la\u017ft n\u0131ght, two wee\u212as ago and in \u017feptember.",
    "It rained.",
]


def _every_pattern(text: str, offset: int, ref: datetime.date, future: bool) -> object:
    """The date scan as it was before the clue test: every pattern tried."""
    out: list[dates._Found] = []
    taken: list[tuple[int, int]] = []
    try:
        for pattern, resolver in dates._PATTERNS:
            for match in pattern.finditer(text):
                start, end = match.start() + offset, match.end() + offset
                if any(start < e and end > s for s, e in taken):
                    continue
                if match.groupdict().get("month") == "may":
                    continue
                resolved = resolver(match, ref, lambda: future)
                taken.append((start, end))
                if resolved is not None:
                    out.append(dates._Found(start, end, *resolved))
    except Exception as exc:  # the same failure either way
        return repr(exc)
    return out


@pytest.mark.parametrize("future", [False, True])
def test_dates_scan_skips_only_patterns_that_cannot_match(future: bool) -> None:
    ref = datetime.date(2023, 11, 16)
    skipped = 0
    for text in SENTENCES:
        found: list[dates._Found] = []
        try:
            dates._scan(text, 7, ref, lambda: future, found)
            result: object = found
        except Exception as exc:
            result = repr(exc)
        assert result == _every_pattern(text, 7, ref, future), text
        folded = text.translate(dates._FOLD).lower()
        skipped += not any(word in folded for words in dates._CLUES.values() for word in words)
    assert skipped >= 2  # ("The cabinet approved the budget.", "It rained."): no pattern is even tried
    assert len(dates._NEEDS) == len(dates._PATTERNS)


def test_dates_scan_reads_clues_written_with_lookalike_letters() -> None:
    found: list[dates._Found] = []
    dates._scan("They met la\u017ft n\u0131ght.", 0, datetime.date(2023, 11, 16), lambda: False, found)
    # found by the clue scan, and read as "last night": the day before the article
    assert [(f.start, f.end, f.date.isoformat()) for f in found] == [(9, 19, "2023-11-15")]


def _words_before(tok: Token) -> dict[str, set[str]]:
    """The lemma sets around a trigger as `match._words_near` made them all at once before they were lazy."""
    particles = {c.lemma_.lower() for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
    objs: set[str] = set()
    preps: set[str] = set()
    for obj in object_children(tok):
        objs.add(obj.lemma_.lower())
        objs.update(c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))
        preps.update(p.lemma_.lower() for p in _preps(obj))
        for prep in _preps(obj):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    objs.add(pobj.lemma_.lower())
                    objs.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
                    if prep.lower_ == "of":
                        preps.update(p.lemma_.lower() for p in _preps(pobj))
    for prep in _preps(tok):
        preps.add(prep.lemma_.lower())
        for pobj in _pobjs(prep):
            if pobj.dep_ == "pobj":
                objs.add(pobj.lemma_.lower())
                objs.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
                if tok.pos_ == "NOUN" and prep.lower_ == "of":
                    preps.update(p.lemma_.lower() for p in _preps(pobj))
    if tok.dep_ in ("nsubjpass",) and tok.pos_ in ("NOUN", "PROPN"):
        objs.add(tok.lemma_.lower())
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    heads = {
        o.lemma_.lower() for o in object_children(tok) if o.dep_ != "nsubjpass" or o.pos_ in ("NOUN", "PROPN")
    }
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        heads.add(tok.head.lemma_.lower())
    second = {c.lemma_.lower() for c in tok.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"}
    heads |= second
    objs |= second
    objs.update(
        s.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and infinitive(c)
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ == "NOUN"
    )
    objs.update(
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ"
    )
    return {
        "prt": particles,
        "obj": objs,
        "prep": preps,
        "mod": mods,
        "subj": _subject_heads(tok),
        "dobj": heads,
        "pp": _phrases(tok),
        "prep_verb": set() if heads else {p.lemma_.lower() for p in _preps(tok)},
    }


def test_match_lazy_word_sets_equal_the_sets_made_at_once(bare_nlp: Language) -> None:
    keys = ("dobj", "prt", "obj", "prep", "mod", "subj", "pp", "prep_verb")
    for doc in bare_nlp.pipe(SENTENCES):
        for tok in doc:
            before = _words_before(tok)
            assert _words_near(tok) == before
            for order in (keys, keys[::-1], ("prep_verb", "prep", "pp")):
                lazy = _Near(tok)
                for key in order:
                    assert lazy[key] == before[key], (tok.text, key)
    with pytest.raises(KeyError):
        _ = _Near(doc[0])["no such key"]


def _forms_before(tok: Token) -> list[str]:
    """`lemma_forms` as it was before its de-inflections were cached."""
    out = [tok.lemma_.lower()]
    word = tok.lower_
    if (
        tok.i >= 2
        and tok.nbor(-1).text == "-"
        and not tok.nbor(-1).whitespace_
        and not tok.nbor(-2).whitespace_
    ):
        out.insert(0, f"{tok.nbor(-2).lower_}-{tok.lemma_.lower()}")
    if tok.pos_ in ("VERB", "AUX"):
        for suffix, repl in (
            ("ied", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("d", ""),
            ("ing", "e"),
            ("ing", ""),
            ("s", ""),
        ):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out.append(word[: -len(suffix)] + repl)
    return list(dict.fromkeys(out))


def test_tree_lemma_forms_cached_equal_the_forms_computed(bare_nlp: Language) -> None:
    text = "Protesters staged a sit-in and a walk - out after the cease-fire talks collapsed and sanctions applied."
    for doc in bare_nlp.pipe([text, *SENTENCES]):
        for tok in doc:
            assert lemma_forms(tok) == _forms_before(tok), tok.text
    doc = bare_nlp(text)
    assert lemma_forms(doc[5])[0] == "sit-in"
    forms = lemma_forms(doc[1])
    forms.append("changed")  # the caller's own list: the next call is not touched
    assert "changed" not in lemma_forms(doc[1])


def test_component_sentences_with_heads_outside_are_not_closed() -> None:
    words = ["Russia", "left", "quickly", "and", "China", "stayed"]
    # "quickly" hangs on the second root but "and" on the first: the second sentence holds a token of the
    # first tree, so a sentence is no longer all a tree walk can reach
    crossing = Doc(
        Vocab(), words=words, heads=[1, 1, 4, 1, 4, 4], deps=["nsubj", "ROOT", "advmod", "cc", "ROOT", "dep"]
    )
    assert len(list(crossing.sents)) == 2
    assert not component._closed_sentences(crossing)
    plain = Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 1, 1, 5, 1],
        deps=["nsubj", "ROOT", "advmod", "cc", "nsubj", "conj"],
    )
    assert component._closed_sentences(plain)


TEXTS = [
    # sentences naming no actor between sentences that do
    "The weather was cold. Turkey shot down a Russian bomber near the Syrian border in November 2015. "
    "Prices rose. Russia later imposed sanctions on Turkish goods.",
    "It rained all week. Finland joined NATO in April 2023.",
    "Nothing happened. Nobody came.",
]


def test_component_skipping_sentences_without_actors_keeps_the_events(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    def coded() -> list[list[dict[str, object]]]:
        return [
            [e.to_dict() for e in doc._.events] for doc in process(nlp, [(t, "2024-03-01") for t in TEXTS])
        ]

    fast = coded()
    skipped: list[int] = []
    original = component._names_someone

    def spy(tokens: list[int], sent: Span) -> bool:
        named = original(tokens, sent)
        skipped.append(not named)
        return named

    monkeypatch.setattr(component, "_names_someone", spy)
    assert coded() == fast
    assert sum(skipped) >= 4  # the sentences of no actor were skipped
    monkeypatch.setattr(component, "_closed_sentences", lambda doc: False)  # nothing skipped
    assert coded() == fast
    assert any(fast)
