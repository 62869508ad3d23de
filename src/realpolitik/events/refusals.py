"""Refusals by governments, courts and bodies (issue 9, forty-fourth session, refuse44).

- A frame verb used as its phrasal verb is no frame: "voted down a motion to let American troops in" is the rejection
  the lexicon reads for "vote down" (a particle its own readings name), not a vote to let them in; the "to" clause
  hangs on the refused noun, not on the verb (`phrasal_refusal`).
- What is refused is not done: a deed told in a "to" clause on the noun a rejection turns down ("threw out a plan to
  buy jets", "a motion to let troops in was voted down"), or the noun's own reading as a plan or an intention, is the
  content of the refusal, no event of its own; a rejection of material cooperation or aid takes its code from it (a
  refusal of military cooperation, 1212), as a refusal frame does (`refused_contents`). The same holds for a frame
  verb whose clause hangs on the noun of a preposition its own readings name ("agreed on a plan to restore the
  truce": an agreement on the plan, 030, not a promise of the deed).
  A verb of preventing ("foiled a bid to take over an airliner", "thwarted") stops an attempt that was made: its
  deed stays (`_thwarting`, by the verb's WordNet hypernyms).
- A refusal told by a noun in a "with" phrase is that refusal ("met the appeal with a refusal", "answered the plan
  with a flat refusal"; "Britain's bid met with a French veto", where the refused thing is the subject and the refuser
  stands in the phrase): the noun's own lexicon reading (12x) at the verb (`refusal_answer`, `answered_by`).
- The target of a rejection whose object names no party is the party whose plan, proposal or instrument the object
  is, named as the subject of a relative clause on it ("blocked the pipeline that Canada's TransCanada had proposed",
  "threw out the treaty under which the United States would have dug a canal", "ruled out the arrangement on which X's
  government had built its case"); docs/annotation-conventions.md 6.1 (`rejected_proposer`; issue 9, forty-ninth
  session, member49).
- A refusal to speak is no event: "declined to comment", "refused to say whether ...": CAMEO 011 (decline comment),
  root 01, which has no PLOVER type (`declined_comment`); nor is what nobody would say ("declined to say whether
  Russia would grant him asylum", "declined to comment on reports that it had built the worm": `unsaid_deed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from . import cameo
from .crowds import verb_senses
from .knowledge import coder_words, reporting_verbs
from .lexicon import Entry, Lexicon
from .match import match_entry, refine
from .tree import Mentions, actors_under, steps_to, to_infinitive

if TYPE_CHECKING:
    from .triggers import Candidate

# the constraint keys that name a verb's particle or preposition in a lexicon line
_PARTICLE_KEYS = ("prt", "prep")


def _named_particles(lemma: str, lexicon: Lexicon) -> frozenset[str]:
    """The particles and prepositions the lemma's own verb readings name (`prt=down`, `prep=down|out`)."""
    return frozenset(
        word
        for entry in lexicon.lookup("V", lemma)
        for key, words in entry.constraints
        if key in _PARTICLE_KEYS
        for word in words
    )


def phrasal_refusal(tok: Token, comp: Token, lexicon: Lexicon) -> bool:
    """True when a frame verb's clause hangs on the object of one of the verb's own particles ("voted [down] a
    motion [to let] troops in"): the verb is its phrasal verb there, a reading of its own (a rejection), and the
    clause belongs to the noun it turns down."""
    if tok.pos_ != "VERB" or comp.head is tok:
        return False
    holder = comp.head
    particle = holder.head if holder.dep_ == "pobj" else None
    if particle is None or particle.head is not tok or particle.dep_ not in ("prep", "prt"):
        return False
    return particle.lower_ in _named_particles(tok.lemma_.lower(), lexicon)


def _refused_nouns(trigger: Token, entry: Entry) -> list[Token]:
    """The nouns a rejection verb turns down: its object, its passive subject, or the noun of a particle its
    reading names ("voted [down] the motion", parsed as a preposition)."""
    named = {w for key, words in entry.constraints if key in _PARTICLE_KEYS for w in words}
    nouns = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in named:
            nouns += [g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
    return nouns


def _noun_clauses(noun: Token) -> list[Token]:
    """The "to" clauses a noun carries ("a plan [to buy] jets", "a motion [to let] troops in")."""
    return [c for c in noun.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX") and to_infinitive(c)]


def refused_contents(cands: dict[int, Candidate]) -> None:
    """Drop the candidates that are the content a rejection verb turns down, refining the rejection's code by the
    first of them where the codebook has a code for refusing it (`refine`, the "reject" frame)."""
    rejections = [
        c
        for c in cands.values()
        if c.trigger.pos_ == "VERB" and c.entry.kind == "V" and cameo.plover_type(c.code) == "REJECT"
    ]
    for rejection in rejections:
        if _thwarting(rejection.trigger.lemma_.lower()):
            continue  # ("a bid to take over an airliner was foiled": an attempt thwarted was made, no proposal refused)
        refused: list[int] = []
        for noun in _refused_nouns(rejection.trigger, rejection.entry):
            inside = {t.i for clause in _noun_clauses(noun) for t in clause.subtree}
            for i, cand in cands.items():
                if cand is rejection or cameo.plover_type(cand.code) == "REJECT":
                    continue
                if i in inside or (i == noun.i and cand.entry.kind == "F"):
                    refused.append(i)
        if not refused:
            continue
        inner = cands[min(refused, key=lambda i: steps_to(cands[i].trigger, rejection.trigger))]
        if rejection.code == "120" and inner.entry.kind != "F" and inner.code[:2] in _REFINED_ROOTS:
            # (material cooperation or aid refused, 121x and 122x; the sets code a refused appeal to lay down arms,
            # an offer of release or a bid to join as 120, so the other rows of the refusal frame are not used here)
            rejection.code = refine("reject", inner.code)
        for i in refused:
            cands.pop(i, None)


def _thwarting(lemma: str) -> bool:
    """True for a verb one of whose two WordNet senses is a kind of preventing ("foil", "thwart", "block"): what it
    stops is an attempt or a course already under way, not a proposal turned down (data: wordnet_verbs.txt)."""
    senses = verb_senses(lemma) or []
    return any(_PREVENTING & set(ring) for sense in senses for ring in sense[1:])


# the WordNet verbs of preventing, as direct hypernyms ("thwart": prevent, forestall, foreclose, preclude, forbid)
_PREVENTING = frozenset({"prevent", "forestall", "foreclose", "preclude"})


# the roots of deeds whose refusal the codebook codes by the deed when a rejection turns down a noun's "to" clause:
# material cooperation (06: 121x) and aid (07: 122x)
_REFINED_ROOTS = frozenset({"06", "07"})


def declined_comment(comp: Token, inner_code: str | None) -> bool:
    """True for a refusal's clause that is only a verb of saying with no object ("declined to comment",
    "refused to say whether ...", "declined to elaborate"): the refusal to speak is no event (011)."""
    if inner_code is not None and inner_code[:2] != "01":
        return False
    if comp.pos_ != "VERB" or comp.lemma_.lower() not in reporting_verbs():
        return False
    return not any(c.dep_ in ("dobj", "dative") for c in comp.children)


def unsaid_deed(trigger: Token) -> bool:
    """True for a deed told in the clause of a verb of saying that is refused or denied its saying ("declined to say
    whether Russia would grant him asylum", "would not say whether troops would be sent"), or in the content of a
    report the refusal to speak is about ("declined to comment on reports that it had built the worm"): nobody says
    it is or will be done, so it is no event (the refusal to speak is none either, `declined_comment`)."""
    tok = trigger
    content = (
        False  # (the walk came up through the "that" clause of a noun: "reports [that it had built ...]")
    )
    for _ in range(12):
        head = tok.head
        if head is tok:
            return False
        if (
            head.pos_ == "VERB"
            and head.lemma_.lower() in reporting_verbs()
            and tok.dep_ in ("ccomp", "xcomp", "prep")
        ):
            asked = tok.dep_ != "prep" and any(
                m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in tok.children
            )
            if not (asked or (content and tok.dep_ == "prep")):
                return False
            refused = head.dep_ == "xcomp" and head.head.lemma_.lower() in coder_words().refusing_verbs
            return refused or any(c.dep_ == "neg" for c in head.children)
        if tok.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN":
            content = content or any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)
        elif tok.dep_ not in ("conj", "xcomp", "ccomp", "aux", "prep", "pobj", "pcomp"):
            return False
        tok = head
    return False


def refusal_answer(verb: Token, lexicon: Lexicon) -> tuple[Entry, Token] | None:
    """The rejection reading and the noun of a verb's "with" phrase that holds a refusal ("met the appeal [with a
    refusal]", "answered the plan [with a flat refusal]", "the bid met [with a French veto]"): the answer given is the
    refusal, read by the noun's own lexicon entry (a rejection, 12x); None otherwise."""
    if verb.pos_ != "VERB":
        return None
    # (the parser may hang the phrase on the object or on the object's own clause: "met the appeal to spare the
    # statues [with a refusal]"; the answer is the verb's all the same)
    held = [c for c in verb.children if c.dep_ == "dobj"]
    # (or on a "to" clause the parser hangs on the verb after its object: "met the demand [to repay the savers]")
    held += [c for c in verb.children if c.dep_ == "advcl" and to_infinitive(c) and held and c.i > held[0].i]
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [t for obj in held for t in obj.subtree if t.dep_ == "prep" and t.i > obj.i]
    for prep in preps:
        if prep.lower_ != "with":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            entry = match_entry(noun, lexicon, ("N",)) or match_entry(noun, lexicon, ("F",))
            if entry is not None and cameo.plover_type(entry.code) == "REJECT":
                return entry, noun
    return None


def answered_by(verb: Token) -> bool:
    """True when the verb of a refusal answer has no object: "the bid met with a veto" tells the refused thing as the
    subject, so the one refusing is in the "with" phrase and the subject's owner is refused."""
    return not any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children
    )


def rejected_proposer(verb: Token, ments: Mentions) -> list[int]:
    """The party whose plan a rejection's object is, named as the subject of a relative clause on that object ("blocked
    the pipeline that Canada's TransCanada had proposed": Canada; "threw out the treaty under which the United States
    would have dug a canal": the United States), when the object itself names no party; [] otherwise
    (docs/annotation-conventions.md 6.1: the target of a rejection is the party whose proposal is rejected)."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        if actors_under(obj, ments, skip=frozenset({"relcl", "acl", "prep"})):
            return []
        for clause in obj.children:
            if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
                continue
            for c in clause.children:
                if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "PRP"):
                    found = actors_under(c, ments, skip=frozenset({"relcl", "acl"}))
                    if found:
                        return found
    return []
