"""A body left, told by the membership a party gives up or stops holding (issue 9, forty-ninth session: member49).

A state leaves an organisation (SANCTION 160, docs/annotation-conventions.md 5.1) by more than a verb of leaving: it
"gives up its membership of" the body, "gives up its seat in" it, or "ceases to be a member of" (or "part of") it. The
lexicon already reads a membership ended by its own hand lines ("V 160 end|renounce|terminate|... dobj=membership",
"V 160 give prt=up dobj=membership", "suspend", "freeze"); this module carries those readings further instead of
listing more words:

- the verbs that end a membership are the lemmas (and verb-particle pairs) of the lexicon's hand readings coded 160
  whose object constraint names `membership`, and any verb that has one of them among the synonyms or direct
  hypernyms of its two most frequent WordNet senses ("cease" -> discontinue|stop|quit / end|terminate);
- what is held in a body is a noun of membership (`coder_words.json` `membership_nouns`: a membership, a seat) as the
  verb's object, or a noun of belonging (`member_nouns`: a member, a part) as the complement of a "to be" clause the
  verb governs ("ceased to be a member of the Commonwealth");
- the body is a party of an international organisation's code (IGO) named in an "of", "in" or "on" phrase of that
  noun or of the verb, or a noun of the lexicon's `&bloc` class there (then the target is unknown).

A membership ended that the party says it will end is the leaving announced (5.1), not a threat
(`triggers._shift_for_intent`). Left alone: a member who leaves a room or a chamber's floor, a firm that leaves a
market, a person who gives up a seat in parliament (no body of an IGO code or of `&bloc`), a state that joins a body.
"""

from __future__ import annotations

from spacy.tokens import Token

from .crowds import in_senses
from .kinds import class_words
from .knowledge import coder_words
from .lexicon import Lexicon
from .tree import Mentions, actors_under

# the prepositions that name the body a membership or a seat is held in
_HELD_PREPS = frozenset({"of", "in", "on"})
# the lexicon readings carried: a body left
_LEFT = "160"
# the verbs (lemma) and verb-particle pairs the lexicon reads as a membership ended, per lexicon
_ENDERS: dict[int, tuple[frozenset[str], frozenset[tuple[str, str]]]] = {}


def membership_enders(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The lemmas and (lemma, particle) pairs of the lexicon's hand readings coded 160 whose object constraint
    names a noun of membership ("end|renounce|terminate dobj=membership"; "give prt=up dobj=membership")."""
    key = id(lexicon)
    found = _ENDERS.get(key)
    if found is None:
        nouns = coder_words().membership_nouns
        verbs: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for entry in lexicon.entries:
            if entry.kind != "V" or entry.code != _LEFT or entry.derived or entry.implied:
                continue
            constraints = dict(entry.constraints)
            if not any(constraints.get(k, frozenset()) & nouns for k in ("dobj", "obj")):
                continue
            particles = constraints.get("prt")
            if particles:
                pairs.update((entry.lemma, p) for p in particles)
            else:
                verbs.add(entry.lemma)
        found = _ENDERS[key] = (frozenset(verbs), frozenset(pairs))
    return found


def ends_membership(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is one the lexicon reads as ending a membership, or has one of those among its WordNet
    synonyms and direct hypernyms ("cease", "discontinue"); a verb with a particle only as the lexicon pairs them
    ("give up")."""
    lemma = verb.lemma_.lower()
    verbs, pairs = membership_enders(lexicon)
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if particles:
        return any((lemma, p) in pairs for p in particles)
    return in_senses(lemma, verbs)


def _held_noun(verb: Token) -> Token | None:
    """The noun of what a verb's party holds in a body: its object of membership ("gave up its seat"), or the
    complement of a "to be" clause it governs that is a noun of belonging ("ceased to be a member")."""
    words = coder_words()
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words.membership_nouns:
            return c
        if c.dep_ == "xcomp" and c.lemma_ == "be":
            for a in c.children:
                if a.dep_ == "attr" and a.lemma_.lower() in words.member_nouns:
                    return a
    return None


def body_left(verb: Token, lexicon: Lexicon) -> Token | None:
    """The noun of the body a verb takes its party out of by ending its membership ("gave up its membership of
    OPEC", "will give up its seat in OPEC", "ceased to be a member of the European Union"), or None. Cheap tests
    first: the verb must govern a noun of membership or belonging before its senses are read."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    held = _held_noun(verb)
    if held is None or not ends_membership(verb, lexicon):
        return None
    for holder in (held, verb):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in _HELD_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def body_parties(body: Token, ments: Mentions) -> list[int] | None:
    """The parties of international organisations named by the body's noun; [] for a noun of `&bloc` the resolver did
    not code ("the bloc"); None when the noun names neither (a parliament, a market, a club)."""
    found = [i for i in actors_under(body, ments) if ments.mentions[i].code.startswith("IGO")]
    if found:
        return found
    return [] if body.lemma_.lower() in class_words("bloc") else None
