"""The voices of a transcript: who speaks in each turn ("Vladimir Putin: ...") and whom "I", "we", "our" and
"Mr President" stand for, so a deed said in the first person is the speaker's country's (or both speakers').

The component builds one `Voices` per document from the speaker turns (attribution.py); it then proposes the
talks the speakers held (`talks`) and decides which first-person deeds are kept and between whom (`admit`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..records import ActorMention, Attribution
from .attribution import Turn, TurnMention, turn_greeting, turn_joint_code, turn_occasion, turn_talk_verb
from .knowledge import coder_words
from .lexicon import Entry
from .modality import performative
from .tree import Mentions, actors_under, place_phrase
from .triggers import Candidate

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(slots=True)
class Voices:
    """The first-person words of a transcript's turns, indexed as mentions, and the other speaker(s) of each
    turn as mentions with no place in the text (a target for "we met", "we agreed")."""

    first: set[int] = field(default_factory=set)  # mention indices of "I", "we", ...
    group: set[int] = field(default_factory=set)  # of "we" as a subject
    owners: set[int] = field(default_factory=set)  # of "our" on a subject ("our ministers met")
    pairs: set[int] = field(default_factory=set)  # of "our" in "our two countries" (both speakers)
    counterpart: set[int] = field(default_factory=set)  # of "Mr President", "my colleague", "him"
    addressee: set[int] = field(default_factory=set)  # of "him", "you" standing for the other speaker
    others: dict[int, list[int]] = field(default_factory=dict)  # turn start -> counterpart mention indices
    speakers: dict[int, int] = field(default_factory=dict)  # turn start -> the speaker's own mention index

    @classmethod
    def build(cls, ments: Mentions, spoken: list[TurnMention], turns: list[Turn]) -> Voices:
        voices = cls()
        kinds = {id(t.mention): t.kind for t in spoken}
        for index, mention in enumerate(ments.mentions):
            kind = kinds.get(id(mention))
            if kind in ("self", "group"):
                voices.first.add(index)
            if kind in ("counterpart", "addressee"):
                voices.counterpart.add(index)
            if kind == "addressee":
                voices.addressee.add(index)
            if kind == "pair":
                voices.pairs.add(index)
            head = ments.doc[ments.heads[index]] if ments.doc is not None else None
            if kind == "group" and head is not None and head.dep_ in _SUBJECT_DEPS:
                voices.group.add(index)
            if (
                kind == "group"
                and head is not None
                and head.dep_ == "poss"
                and head.head.dep_ in _SUBJECT_DEPS
            ):
                voices.owners.add(index)
        labels = {t.attribution.code: t for t in reversed(turns) if t.attribution.code}
        for turn in turns:
            own = _unplaced(ments, labels.get(turn.attribution.code or ""), turn.attribution, "the speaker")
            if own is not None:
                voices.speakers[turn.start] = own
            indices = [
                _unplaced(ments, labels.get(o.code or ""), o, "the other speaker") for o in turn.counterparts
            ]
            voices.others[turn.start] = [i for i in indices if i is not None]
        return voices

    def talks(self, sent: Span, turn: Turn | None, ments: Mentions) -> list[Candidate]:
        """ "We talked for several hours", "Mr President and I have spoken about this", "we met with
        France": in a coded speaker's turn, a verb of talking whose subject is the speakers themselves is a
        consultation (040) between the speaker's country and the other speaker, or with the partner named
        with "with"; "I talked" alone or a topic ("about Syria") names no party. A greeting with no subject
        ("Mr President, welcome to Moscow") is the speaker receiving the other speaker (043)."""
        if turn is None or turn.start not in self.speakers:
            return []
        others = self.others.get(turn.start, [])
        found: list[Candidate] = []
        for tok in sent:
            if others and turn_greeting(tok, ments.in_label):
                entry = Entry("V", "043", tok.lemma_.lower())
                found.append(Candidate(tok, entry, "043", [tok], [self.speakers[turn.start]], list(others)))
                continue
            if not turn_talk_verb(tok):
                continue
            doers = [i for c in tok.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
            if not doers or not set(doers) <= self.first | self.counterpart:
                continue
            partners = [
                i for i in actors_under(tok, ments) if i not in doers and _partner(tok, ments.heads[i], ments)
            ]
            entry = Entry("V", "040", tok.lemma_.lower(), reciprocal=True)
            if partners:
                found.append(Candidate(tok, entry, "040", [tok], doers, partners))
            elif set(doers) & self.counterpart and set(doers) & self.first:
                found.append(Candidate(tok, entry, "040", [tok], doers, [], reciprocal=True))
            elif set(doers) & self.group and others:
                found.append(Candidate(tok, entry, "040", [tok], [*doers, *others], [], reciprocal=True))
        return found

    def admit(self, cand: Candidate, turn: Turn | None, ments: Mentions) -> bool:
        """An event whose only source is a speaker's "I" or "we" is kept when it names its target ("I
        would like to thank the Chancellor") or is a reciprocal deed of "we" ("we discussed Syria", "we
        agreed"), which is then the deed of the speaker's country and the other speaker together; "What
        should we think?" or "I have a conviction" are no events between states."""
        if turn is None:
            return True
        if not cand.source and cand.target and turn.start in self.speakers:
            speaking = self._controller(cand, ments)
            if speaking is not None:
                # "we took the opportunity of drawing X's attention to ...", "after the talks with X, I ...":
                # the first-person subject of the clause is the doer
                cand.source = [speaking]
            elif performative(cand.modality_token or cand.trigger):
                # "It is a pleasure to welcome the President": the speaker welcomes
                cand.source = [self.speakers[turn.start]]
            else:
                # ("Thank you": a formula with no doer, addressed to the other speaker, is courtesy)
                return not set(cand.target) <= self.addressee or bool(cand.source)
        if not cand.source or not set(cand.source) <= self.first:
            return True
        # "I do not intend to discuss the trade of our two countries": the two speakers' countries together,
        # one of them the doer's own, are what a deed of the speaker's is about, not whom it is aimed at
        cand.target = [i for i in cand.target if i not in self.pairs]
        others = self.others.get(turn.start, [])
        joint = cand.entry.reciprocal or _joint_deed(cand)
        if not joint and turn_joint_code(cand.code) and set(cand.source) & self.owners:
            # "our foreign ministers met last week", "our delegations signed ...": both sides' officials
            joint = True
        if cand.entry.reciprocal and cand.target and set(cand.target) <= self.counterpart:
            # "I discussed it with him", "we met Mr President": the two speakers consulted each other
            cand.source = [*cand.source, *cand.target]
            cand.target = []
            cand.reciprocal = True
            return True
        if joint and set(cand.source) & (self.group | self.owners):
            partners = [i for i in cand.target if _partner(cand.trigger, ments.heads[i], ments)]
            if partners:
                # "we discussed Ukraine with France": the partner, not the topic, is the other side
                cand.target = partners
                return True
            if others:
                # "we discussed the war in Ukraine": the speakers talked with each other about Ukraine
                cand.source = [*cand.source, *others]
                cand.target = []
                cand.reciprocal = True
                return True
            met = self._met_partner(cand, ments)
            if met:
                # "I met President Xi in Woodside, and we agreed to ...": "we" are the speaker and the partner
                # met, not the speaker's country alone (nor the city they met in)
                cand.source = [*cand.source, *met]
                cand.target = [i for i in cand.target if ments.mentions[i].code not in ments.codes(met)]
                cand.reciprocal = not cand.target
                return True
        return bool(cand.target)

    def _met_partner(self, cand: Candidate, ments: Mentions) -> list[int]:
        """The party the speaker met or talked with before a "we" in a speaker's statement ("I met President
        Xi in Woodside, and we agreed ...", "President Biden and I met in Washington. We agreed ..."): the other
        subjects of a verb of talking whose subject is the speaker, or its object or "with" partner, in the
        sentence or the one before; never a place it was done in."""
        doc = cand.trigger.doc
        sent = cand.trigger.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        own = ments.codes(cand.source)
        for tok in doc[start : cand.trigger.i]:
            if not turn_talk_verb(tok):
                continue
            doers = [i for c in tok.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
            if not set(doers) & self.first:
                continue
            found = [
                i
                for i in [*doers, *actors_under(tok, ments)]
                if ments.mentions[i].code not in own
                and i not in self.first
                and not place_phrase(doc[ments.heads[i]], coder_words().place_preps)
            ]
            if found:
                return list(dict.fromkeys(found))
        return []

    def _controller(self, cand: Candidate, ments: Mentions) -> int | None:
        """The first-person subject ("I", "we") of the clause a doerless deed belongs to: the verb of a
        light noun it completes ("we took the opportunity of drawing X's attention to Y", "I had the honour of
        receiving Z"), or, for a joint deed named by a noun with no doer of its own, the verb it is the
        occasion of ("after the talks with X, I am confident ...", "during the meeting with Y, we ...")."""
        trigger = cand.trigger
        verb: Token | None = None
        if trigger.pos_ == "NOUN":
            if cand.entry.reciprocal and turn_joint_code(cand.code):
                verb = turn_occasion(trigger)
        elif trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep":
            noun = trigger.head.head
            if noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
                verb = noun.head
        if verb is None:
            return None
        for child in verb.children:
            if child.dep_ == "nsubj":
                found = [i for i in ments.at(child) if i in self.first]
                return found[0] if found else None
        return None


def _joint_deed(cand: Candidate) -> bool:
    """True when a frame's deed is a verb of talking ("we have decided to meet again", "agreed to talk"):
    what the speakers decide or agree to do together."""
    return any(word.i != cand.trigger.i and turn_talk_verb(word) for word in cand.words)


def _unplaced(ments: Mentions, label: Turn | None, who: Attribution, what: str) -> int | None:
    """A speaker of a transcript as a mention with no place in the sentence, at the speaker's label."""
    doc = ments.doc
    span = doc.char_span(label.name_start, label.name_end, "expand") if doc is not None and label else None
    if label is None or span is None or len(span) == 0:
        return None
    ments.mentions.append(
        ActorMention(
            label.name_start,
            label.name_end,
            who.text,
            who.code or "",
            who.sector,
            None,
            f"transcript: {what}, '{who.text}'",
            confidence=0.6,
        )
    )
    ments.heads.append(span.root.i)
    return len(ments.mentions) - 1


def _partner(trigger: Token, head: int, ments: Mentions) -> bool:
    """True when a mention is the partner of a reciprocal deed, reached through "with" ("talks with
    Turkey") rather than its topic ("talks on Syria")."""
    assert ments.doc is not None
    tok = ments.doc[head]
    for _ in range(8):
        if tok.i == trigger.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "with":
            return True
        tok = tok.head
    return False
