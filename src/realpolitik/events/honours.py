"""Support told as an honour or a recognition, and cooperation told with no verb of cooperating (issue 9,
forty-eighth session: honour48).

Praise and recognition are often told by what is given, not by a verb of praising: a prize "awarded to" a party, a
knighthood "conferred on" a person, a medal "bestowed on" or "presented to" a leader, recognition "accorded" or
"granted" to a state. The verb is any verb of giving or conferring by WordNet (`coder_words.json`
`honour_giving_senses` among its synonyms and direct hypernyms: "award" -> give, "bestow" -> award, "confer" ->
bestow); the noun given is a distinction (`classes.txt` `&honour`, or any noun marked "honorary", `honour_marks`) or
the recognition of a state (`recognition_nouns`); and the party it goes to is named (an "on", "upon" or "to" phrase, a
dative object, or the object of "presented X with a medal"). A distinction is praise (CAMEO 051), a recognition 054;
the giver is the source, the party honoured the target. A party named or made the winner of a prize, a laureate or an
honorary member by a verb of naming or making (`honour_naming_senses`) is praised the same way.

Cooperation may be told by an instrument of the parties starting to apply: an agreement, a union, a treaty or a
convention (the lexicon's classes `accord`, `treaty`, `bloc`) that "came into force", "entered into force", "went into
effect" or "took effect" (`in_force_nouns`), its parties named in its own modifiers ("the customs union of X, Y and
Z", "the agreement between X and Y"): economic cooperation done together (061), reciprocal. Or by parties joining or
pooling their means: a verb of joining, linking, combining or sharing (`pooling_senses`) whose object is a noun of
effort, resource or hands (`pooled_nouns`: "joined hands", "pooled their work"), its doers two parties or more of
different countries.

Left alone: a prize with no party it is given to ("won the Booker Prize for her novel"), recognition of a debt or a
charge (no party given it), an instrument with one party or none ("the consumption tax took effect"), one party
pooling its own units, hands joined by peoples or crowds or for a protest (a human chain, "to protest"), armies that
"joined battle" and crowds that "joined a march" (no noun of effort or means).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from .crowds import hostile_purpose, in_senses, purposes
from .kinds import class_words
from .knowledge import coder_words, reporting_verbs
from .lexicon import Lexicon
from .tree import Mentions, actors_under

# the prepositions that name the party a distinction or a recognition is given to
_RECEIVER_PREPS = frozenset({"on", "upon", "to"})
# the dependencies of a verb's noun that is what it gives
_GIVEN_DEPS = frozenset({"dobj", "nsubjpass"})
# the classes of the instruments that come into force between parties
_INSTRUMENT_CLASSES = ("accord", "treaty", "bloc")


@lru_cache(maxsize=8192)
def honour_senses(lemma: str) -> tuple[bool, bool, bool, bool]:
    """Whether a verb is one of giving (`honour_giving_senses`), of winning (`honour_winning_senses`), of naming
    (`honour_naming_senses`) and of pooling (`pooling_senses`), by `in_senses`: `honour_given`, `honour_won`,
    `naming_honour` and `pooled` read nothing for a verb that is not of their kind, so the coder asks them only of
    one that is (kept per verb: a speed-up only; speed49)."""
    words = coder_words()
    return (
        in_senses(lemma, words.honour_giving_senses),
        in_senses(lemma, words.honour_winning_senses),
        in_senses(lemma, words.honour_naming_senses),
        in_senses(lemma, words.pooling_senses),
    )


def honour_noun(tok: Token) -> bool:
    """A distinction: a noun of `&honour` ("prize", "medal", "knighthood") or any noun marked honorary."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in class_words("honour"):
        # (a title is one of honour when named: "the title of Hero of the Soviet Union", not "their first title")
        return lemma not in coder_words().named_honour_nouns or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        )
    marks = coder_words().honour_marks
    return any(c.dep_ == "amod" and c.lemma_.lower() in marks for c in tok.children)


def _given(tok: Token) -> tuple[Token, str] | None:
    """The noun a verb gives and its code: a distinction (051) or a recognition (054), as the verb's object or
    passive subject, or in a "with" phrase ("presented X with the medal")."""
    recognition = coder_words().recognition_nouns
    for c in tok.children:
        if c.dep_ in _GIVEN_DEPS:
            if c.lemma_.lower() in recognition:
                return c, "054"
            if honour_noun(c):
                return c, "051"
        elif c.dep_ == "prep" and c.lower_ == "with":
            for p in c.children:
                if p.dep_ == "pobj" and honour_noun(p):
                    return p, "051"
    return None


def _receivers(tok: Token, given: Token, ments: Mentions) -> list[int]:
    """The parties a verb gives its noun to: an "on", "upon" or "to" phrase on the verb or on the noun, a dative
    object, or the verb's object when the noun hangs in a "with" phrase."""
    out: list[int] = []
    for holder in (tok, given):
        for c in holder.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in _RECEIVER_PREPS:
                out += [i for p in c.children if p.dep_ == "pobj" for i in actors_under(p, ments)]
            elif holder is tok and c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
                out += actors_under(c, ments)
    if given.dep_ == "pobj":
        out += [i for c in tok.children if c.dep_ == "dobj" for i in actors_under(c, ments)]
    return list(dict.fromkeys(out))


def honour_given(tok: Token, ments: Mentions) -> tuple[str, Token, list[int]] | None:
    """(code, noun, receivers) for a verb of giving whose noun is a distinction or a recognition given to a named
    party: "conferred an honorary knighthood on Bill Gates" (051), "awarded the Peace Prize to the United Nations"
    (051), "granted recognition to Ukraine" (054)."""
    given = _given(tok)
    if given is None:
        return None
    noun, code = given
    if not in_senses(tok.lemma_.lower(), coder_words().honour_giving_senses):
        return None
    receivers = _receivers(tok, noun, ments)
    if not receivers and not _person_receiver(tok, noun):
        return None  # ("awarded the prize for a novel": no party honoured)
    return code, noun, receivers


def _person_receiver(tok: Token, given: Token) -> bool:
    """Whether an "on", "upon" or "to" phrase on the verb or its noun names a person the resolver gave no party
    ("conferred an honorary knighthood on General Norman Schwarzkopf"): a person honoured, target unknown."""
    return any(
        p.dep_ == "pobj" and p.ent_type_ == "PERSON"
        for holder in (tok, given)
        for c in holder.children
        if c.dep_ in ("prep", "dative") and c.lower_ in _RECEIVER_PREPS
        for p in c.children
    )


def reported_giver(tok: Token, ments: Mentions) -> list[int]:
    """The parties of the subject of a verb of saying joined to a passive award with no agent ("the Peace Prize has
    been awarded to X, the Norwegian Nobel Committee announced"): the body that announces an award makes it."""
    if any(c.dep_ == "agent" for c in tok.children) or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    return _sayers(tok, ments)


def _sayers(tok: Token, ments: Mentions) -> list[int]:
    """The parties of the subject of a verb of saying that reports `tok` (its head, when `tok` is its clause) or is
    joined to it."""
    sayers = reporting_verbs()
    near = [c for c in tok.children if c.dep_ in ("conj", "parataxis", "ccomp")]
    if tok.dep_ in ("ccomp", "parataxis"):
        near.append(tok.head)
    for verb in near:
        if verb.lemma_.lower() in sayers:
            found = [i for c in verb.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
            if found:
                return found
    return []


def naming_honour(tok: Token, ments: Mentions) -> list[int] | None:
    """The parties a verb of naming or making names to a distinction: "named X and Y joint winners of the Peace
    Prize", "named X as the winner of the Peace Prize", "made X an honorary knight"; None for any other naming ("named
    the carrier after Reagan", "named X foreign minister")."""
    for c in tok.children:
        comp: Token | None = None
        if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ in ("NOUN", "PROPN"):
            comp = c
        elif c.dep_ == "prep" and c.lower_ == "as":
            comp = next((p for p in c.children if p.dep_ == "pobj"), None)
        if comp is None:
            continue
        marked = honour_noun(comp) or any(
            p.dep_ == "pobj" and honour_noun(p)
            for q in comp.children
            if q.dep_ == "prep" and q.lower_ == "of"
            for p in q.children
        )
        if not marked:
            continue
        if not in_senses(tok.lemma_.lower(), coder_words().honour_naming_senses):
            return None
        named = [i for d in tok.children if d.dep_ == "dobj" for i in actors_under(d, ments)]
        named += [i for d in comp.children if d.dep_ == "nsubj" for i in actors_under(d, ments)]
        if not named:
            # ("named Mikhail Gorbachev winner of the Peace Prize": the parser may hang the party on the
            # complement as its compound)
            named = [i for d in comp.children if d.dep_ == "compound" for i in actors_under(d, ments)]
        return list(dict.fromkeys(named)) or None
    return None


def _distinct_parties(found: list[int], ments: Mentions) -> list[int]:
    """The parties of `found` (in order) when two or more countries or bodies are among them, else []."""
    codes = {ments.mentions[i].code for i in found if ments.mentions[i].code}
    return list(dict.fromkeys(found)) if len(codes) >= 2 else []


def entered_into_force(tok: Token, ments: Mentions) -> tuple[Token, list[int]] | None:
    """(instrument, parties) for "the customs union of X, Y and Z came into force", "the agreement between X and Y
    took effect": a verb whose phrase ("into force") or object ("took effect") is a noun of starting to apply, its
    subject an agreement, union or treaty whose own modifiers name two parties or more."""
    words = coder_words().in_force_nouns
    started = False  # (plain loops: asked of every verb with no reading of cooperation; speed49)
    for c in tok.children:
        dep = c.dep_
        if dep == "dobj":
            if c.lemma_.lower() in words:
                started = True
                for g in c.children:
                    if g.dep_ in ("det", "poss"):
                        started = False
                        break
        elif dep == "prep" and c.lower_ in ("into", "in"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in words:
                    started = True
                    break
        if started:
            break
    if not started:
        return None
    for c in tok.children:
        if c.dep_ != "nsubj" or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.lemma_.lower() in class_words(name) for name in _INSTRUMENT_CLASSES):
            continue
        parties = _distinct_parties(actors_under(c, ments), ments)
        if parties:
            return c, parties
    return None


def pooled(tok: Token, lexicon: Lexicon, ments: Mentions) -> list[int] | None:
    """The doers of "Italian and French miners joined hands", "X and Y pooled their work": a verb of joining or
    sharing whose object is a noun of effort, means or hands, done by two parties or more of different countries;
    None with a hostile purpose ("joined hands in a human chain to protest")."""
    words = coder_words().pooled_nouns
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in tok.children):
        return None
    if not in_senses(tok.lemma_.lower(), coder_words().pooling_senses):
        return None
    if any(hostile_purpose(p, lexicon) for p in purposes(tok)):
        return None
    heads = [c for c in tok.children if c.dep_ == "nsubj"]
    crowd = class_words("crowd")
    if any(h.ent_type_ == "NORP" or h.lemma_.lower() in crowd for h in heads):
        # ("two million Lithuanians, Latvians and Estonians linked hands across their republics": peoples or crowds
        # joining hands make a human chain, the lexicon's and the crowd readings' protest)
        return None
    doers = [i for h in heads for i in actors_under(h, ments)]
    return _distinct_parties(doers, ments) or None


def honour_won(tok: Token, ments: Mentions) -> tuple[list[int], list[int]] | None:
    """(givers, winners) for "X has won the Nobel Peace Prize, the Norwegian Nobel Committee announced": a verb of
    winning or receiving (`honour_winning_senses`) whose object is a distinction, its subject a party, reported by a
    body that is another party: the body that announces the award makes it. A prize won with no one announcing it
    ("won the Booker Prize for her novel") names no event."""
    if not any(c.dep_ == "dobj" and honour_noun(c) for c in tok.children):
        return None
    if not in_senses(tok.lemma_.lower(), coder_words().honour_winning_senses):
        return None
    winners = [i for c in tok.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
    if not winners:
        return None
    givers = [i for i in _sayers(tok, ments) if i not in winners]
    return (givers, winners) if givers else None


def recognised_sum(tok: Token, ments: Mentions) -> bool:
    """Whether a verb's object is a sum of money with no party under it ("recognised provisions of 6.7 billion euros
    in its accounts", "recognised a loss of 2 billion dollars"): a sum booked is no recognition of a party (054)."""
    for c in tok.children:
        if c.dep_ != "dobj":
            continue
        if actors_under(c, ments):
            return False
        money = class_words("finance") | class_words("currency")
        if any(
            t.ent_type_ == "MONEY"
            or (t.lemma_.lower() in money and any(g.dep_ == "nummod" for g in t.children))
            for t in c.subtree
        ):
            return True
    return False
