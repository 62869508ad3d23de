"""Frames whose complement decides the type, forty-fifth session (frames45, issue 9): the verb classes are read from
WordNet (`wordnet_verbs.txt`, through `crowds.in_senses`), not listed.

- Authorising: a verb one of whose two most frequent senses is "authorize" or has it as a synonym or a direct
  hypernym ("authorise", "empower", "license", "sanction"). An authorised deed of force (a reading of roots 18-20)
  is a threat (CAMEO 138 and its kin, as a vowed one is): "voted to authorise the President to use the armed
  forces", "authorised a brigade to neutralise armed groups". An authorised show of force, inquiry or aid keeps
  the readings the lexicon already gives them; an authorised budget names no deed.
- Cancelling: a verb whose senses have "cancel" as a synonym or a direct hypernym ("countermand", "revoke",
  "rescind", "annul") or are those of putting off ("postpone", "defer", "shelve": "delay" as a hypernym), and
  "suspend" and "halt" (their WordNet senses are of hanging and holding). A cancelled or suspended reduction of
  armed forces (a demobilisation, a cut of troops, the orders dispersing a fleet: the lexicon's 0873, or a noun of
  cutting whose "of" or "in" phrase names armed forces) keeps the forces mobilised: MOBILIZE 154.
"""

from __future__ import annotations

from spacy.tokens import Token

from .crowds import in_senses
from .deverbal import source_verbs
from .knowledge import coder_words
from .lexicon import Lexicon
from .match import satisfies
from .tree import prep_objects


def authorising(verb: Token) -> bool:
    """True for a verb of authorising ("authorised", "empowered")."""
    return verb.pos_ == "VERB" and in_senses(verb.lemma_.lower(), coder_words().authorising_senses)


def approving(verb: Token) -> bool:
    """True for a verb of authorising or of approving ("authorised", "approved", "backed", "endorsed", "sanctioned"):
    one whose two most frequent WordNet senses have "authorize" or "approve" as a synonym or a direct hypernym
    (talk46)."""
    return verb.pos_ == "VERB" and in_senses(verb.lemma_.lower(), coder_words().approving_senses)


def approving_noun(noun: Token) -> bool:
    """True for a noun of authorising or approving ("approval", "backing", "authorisation"): a noun WordNet derives
    from a verb of `approving`, or one whose "-ation" is such a verb's "-e" (talk46), or one that is such a verb itself
    ("gave its sanction to the use of force", the noun of "sanctioned" in the sense of approval; review46)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    verbs = [lemma, *source_verbs(lemma)]
    if lemma.endswith("ation"):
        verbs.append(lemma[: -len("ation")] + "e")
    return any(in_senses(verb, coder_words().approving_senses) for verb in verbs)


def deciding(verb: Token) -> bool:
    """True for a verb of deciding ("decided", "settled", "resolved"): "decide" is the verb or among the synonyms of
    its two most frequent WordNet senses (talk46)."""
    return verb.pos_ == "VERB" and in_senses(
        verb.lemma_.lower(), coder_words().deciding_senses, synonyms=True
    )


def renouncing(verb: Token) -> bool:
    """True for a verb of renouncing ("renounce", "forswear", "abjure"): "renounce" is the verb or among the synonyms
    or direct hypernyms of its two most frequent WordNet senses (talk46)."""
    return verb.pos_ == "VERB" and in_senses(verb.lemma_.lower(), coder_words().renouncing_senses)


def cancelling(verb: Token) -> bool:
    """True for a verb of cancelling or putting off ("countermanded", "suspended", "postponed")."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (
        lemma in coder_words().holding_back_verbs or in_senses(lemma, coder_words().cancelling_senses)
    )


# the roots of an ending that an announcement of it is (an easing, 08; a tie cut, 16): "announced the end of its
# offensive" is the offensive halted (087), "the end of the state of emergency" the emergency lifted (0814), "the end of
# diplomatic relations" the relations cut (161)
_ANNOUNCED_ENDS = frozenset({"08", "16"})


def announcing(verb: Token) -> bool:
    """True for a verb of announcing or proclaiming ("announced", "declared", "proclaimed")."""
    return verb.pos_ == "VERB" and in_senses(
        verb.lemma_.lower(), coder_words().announcing_senses, synonyms=True
    )


def _ended_words(ended: Token, subject: set[str]) -> dict[str, set[str]]:
    """The lemma sets a verb's constraints are tested against when `ended` is its direct object ("end [the state]
    of emergency"): the object's head, the object with its modifiers and the nouns of its phrases."""
    words: dict[str, set[str]] = {key: set() for key in ("prt", "prep", "mod", "pp", "comp", "prep_verb")}
    words["dobj"] = {ended.lemma_.lower()}
    words["subj"] = subject
    obj = {ended.lemma_.lower()}
    obj.update(c.lemma_.lower() for c in ended.children if c.dep_ in ("amod", "compound", "nmod", "poss"))
    obj.update(p.lemma_.lower() for p in prep_objects(ended))
    words["obj"] = obj
    return words


def ended_reading(verbs: tuple[str, ...], ended: Token, subject: set[str], lexicon: Lexicon) -> str | None:
    """The code the lexicon gives one of `verbs` ("end", "lift", "halt") with `ended` as its object, when it is an easing
    or a tie cut (roots 08 and 16): the hand readings with constraints only, the most specific first."""
    words = _ended_words(ended, subject)
    for lemma in verbs:
        for entry in lexicon.lookup("V", lemma):
            if entry.derived or entry.implied or not entry.constraints or entry.passive or entry.pair:
                continue
            if entry.code[:2] in _ANNOUNCED_ENDS and satisfies(entry, words):
                return entry.code
    return None
