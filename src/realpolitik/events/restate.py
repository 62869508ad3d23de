"""Reports that restate a deed the article has already reported take that deed's date (and reading).

News text reports a deed with its date once, then comes back to it without one: "Fighting broke out on 13
September ... Azerbaijan said its forces had responded to provocations ... Both sides reported dozens of soldiers
killed"; "A and B have agreed on the border section, the two governments announced on 19 April. The agreement was
reached by the border commissions". Which reports are one deed is a fact of the text (event coreference: the
definite article, the elaboration of what was just reported), so it is decided here, where the text is; the
system model then counts a deed once by its key (type, acting side, date) and keeps every report as support.

- A report dated only by its article (the sentence names no date), asserted, of the same PLOVER type and the same
  parties on the same sides as a dated deed reported before in the article, takes that deed's date and precision.
- A definite deed noun ("the agreement", "the attack") that carries the report (as its trigger or as the subject
  of its verb) restates a deed of the sentence just before of the same quad class among the same parties: the
  report takes that deed's reading, date and precision.
- A meeting told again as one party being joined by the others ("They were joined by X"), an undated report of
  a type others can join (data `joined_types`), carried by a verb of joining (`joining_verbs`), naming every
  party of a joint deed reported before, and perhaps more, is that deed held together: it takes the deed's
  date and is joint (all its parties on one side).
- A deed marked as new ("again", "later", "also": data `restatements.json`) restates nothing.

The words are data (`events/data/restatements.json`, and the referring determiners of `conflict.json`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from . import cameo
from .knowledge import conflict_words, word_set
from .lexicon import Lexicon
from .tree import lemma_forms

if TYPE_CHECKING:
    from ..records import Event
    from .triggers import Candidate

RESTATEMENTS = "restatements.json"
_VAGUE = ("article", "unknown")


def _parties(event: Event) -> tuple[bool, frozenset[str], frozenset[str]]:
    """Who did it to whom, by code: a joint deed (True) by its set of parties, another by its two sides."""
    sources = frozenset(a.code for a in event.source if a.code)
    targets = frozenset(a.code for a in event.target if a.code)
    if event.reciprocal or not targets:
        return (True, sources | targets, frozenset())
    return (False, sources, targets)


def _marked_new(trigger: Token) -> bool:
    """ "shelled the town again", "later signed", "also agreed": the text says it is another deed."""
    words = word_set(RESTATEMENTS, "new_deed_adverbs")
    verb = trigger.head if trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else trigger
    return any(
        c.dep_ in ("advmod", "npadvmod") and c.lower_ in words for t in (trigger, verb) for c in t.children
    )


def _definite_deed_noun(trigger: Token, lexicon: Lexicon) -> bool:
    """The report rests on a definite noun of a deed: the trigger itself ("The attack killed ...") or the subject
    of its verb ("The agreement was reached by ..."), with "the", "this", "such" and no possessor of its own."""
    determiners = conflict_words().referring_determiners
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    nouns += [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    for noun in nouns:
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet")}
        owned = any(c.dep_ == "poss" for c in noun.children)
        lemma = noun.lemma_.lower()
        deed = bool(lexicon.lookup("N", lemma)) or lemma in word_set(RESTATEMENTS, "deed_nouns")
        if dets & determiners and not owned and deed:
            return True
    return False


def restated(
    kept: list[tuple[Candidate, Event]],
    before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]],
    lexicon: Lexicon,
) -> list[tuple[Candidate, Event]]:
    """The events of one sentence, each report that restates a deed reported before given that deed's date
    (and, for a definite deed noun, its reading). `before`: each earlier sentence of the article with the
    events kept there, in the order of the text."""
    out: list[tuple[Candidate, Event]] = []
    for cand, event in kept:
        if (
            event.date_precision == "article"
            and event.modality == "asserted"
            and not _marked_new(cand.trigger)
        ):
            found = _antecedent(cand, event, before, lexicon)
            if found is not None:
                event = found
        out.append((cand, event))
    return out


def _antecedent(
    cand: Candidate,
    event: Event,
    before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]],
    lexicon: Lexicon,
) -> Event | None:
    parties = _parties(event)
    definite = _definite_deed_noun(cand.trigger, lexicon)
    joinable = event.event.lower() in word_set(RESTATEMENTS, "joined_types") and bool(
        set(lemma_forms(cand.trigger)) & word_set(RESTATEMENTS, "joining_verbs")
    )
    named = frozenset(a.code for a in (*event.source, *event.target) if a.code)
    for distance, (_, sentence) in enumerate(reversed(before), start=1):
        for _, earlier in reversed(sentence):
            if earlier.modality != "asserted" or earlier.date_precision in _VAGUE:
                continue
            held = _parties(earlier)
            if joinable and held[0] and earlier.event == event.event and held[1] <= named:
                # "They were joined by X": the meeting reported before, with all its parties on one side
                return dataclasses.replace(
                    event,
                    source=(*event.source, *event.target),
                    target=(),
                    reciprocal=True,
                    date=earlier.date,
                    date_precision=earlier.date_precision,
                )
            if held != parties:
                continue
            if earlier.event == event.event and not (definite and distance == 1):
                return dataclasses.replace(event, date=earlier.date, date_precision=earlier.date_precision)
            if definite and distance == 1 and earlier.quad_class == event.quad_class:
                # (the definite noun names the deed just reported: its reading too, also within one type, "The
                # agreement was reached by ..." after "agreed to observe the ceasefire")
                return dataclasses.replace(
                    event,
                    event=earlier.event,
                    cameo=earlier.cameo,
                    goldstein=cameo.goldstein(earlier.cameo),
                    quad_class=earlier.quad_class,
                    date=earlier.date,
                    date_precision=earlier.date_precision,
                )
    return None
