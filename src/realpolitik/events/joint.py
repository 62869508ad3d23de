"""Joint deeds: the marks of a deed two or more parties do together, and the domain of their cooperation.

A deed told with a mark of jointness ("together", "side by side", "in concert"; a partner after "alongside"; an
undertaking named as "joint") whose verb has no reading of its own is the parties' material cooperation (CAMEO 06x),
its code by what is done (`cooperation_code`). Issue 9, fortieth session (joint40); read by `triggers._joint_deed`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .knowledge import coder_words, cooperation_domains, role_words
from .lexicon import Lexicon
from .match import match_entry
from .tree import object_children

# what a mark may hang on besides the verb: its object, or the object of one of its phrases ("drove into Iraq
# shoulder to shoulder", where the parser may hang the phrase on "Iraq")
_OBJECT_DEPS = ("dobj", "pobj", "nsubjpass")


def joint_marked(verb: Token) -> bool:
    """True when an adverb or a phrase of jointness hangs on `verb` ("built the port together", "jointly tested",
    "worked side by side", "sold dollars in concert", "marched as one") (data: `joint_adverbs`, `joint_phrases`)."""
    if any(c.dep_ == "advmod" and c.lower_ in coder_words().joint_adverbs for c in verb.children):
        return True
    return any(_phrase_span(verb, start) is not None for start in _phrase_starts(verb))


def joint_partners(verb: Token) -> list[Token]:
    """The prepositions whose objects are the partners of a deed done together: "alongside X", "together with X",
    "jointly with X", "side by side with X", "in concert with X" (data: `joint_partner_preps`, `joint_adverbs`,
    `joint_phrases`). A bare "with" names no partner here: it is the other side as often ("fought with")."""
    words = coder_words()
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words.joint_partner_preps:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "with":
            if any(c.dep_ == "advmod" and c.lower_ in words.joint_adverbs for c in child.children):
                found.append(child)  # ("together with X", parsed as "with" carrying the adverb)
        elif child.dep_ == "advmod" and child.lower_ in words.joint_adverbs:
            found += [
                c for c in child.children if c.dep_ == "prep" and c.lower_ == "with"
            ]  # ("jointly with X")
    for start in _phrase_starts(verb):
        span = _phrase_span(verb, start)
        if span is not None:
            # ("side by side with X", "in concert with X": the "with" hangs on a word of the phrase)
            found += [c for t in span for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    return found


def joint_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """The object of `verb` that names a shared undertaking with no reading of its own ("sent up their first joint
    manned flight", "ran a combined survey"), when there is one (data: roles.json `joint_modifiers`; a body or a force
    so named, coder_words.json `joint_bodies`, is no undertaking). An undertaking with a reading of its own ("a
    joint exercise", "a joint statement", "a joint offensive") is read as itself."""
    for obj in object_children(verb):
        if obj.pos_ != "NOUN" or obj.dep_ not in _OBJECT_DEPS:
            continue
        if not any(
            c.dep_ in ("amod", "compound") and c.lower_ in role_words().joint_modifiers for c in obj.children
        ):
            continue
        if _shows(obj.lemma_.lower(), False, tuple(coder_words().joint_bodies), lexicon):
            continue  # ("the combined fleets of France and Spain": a body, not an undertaking)
        entry = match_entry(obj, lexicon, ("N", "F"))
        if entry is None or entry.no_event:
            return obj
    return None


def cooperation_code(verb: Token, lexicon: Lexicon) -> str:
    """The CAMEO code of a joint deed by its domain: the nouns of what is done (the verb's objects and their
    modifiers) first, then those of its doers; 061 economic, 062 military, 063 judicial, 064 intelligence, else
    060 (data: `cooperation_domains`, whose `&name` values are classes of the lexicon)."""
    domains = cooperation_domains()
    objects = [o for o in object_children(verb) if o.dep_ in _OBJECT_DEPS]
    objects += [p for o in objects for p in o.children if p.dep_ == "appos"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in subjects for c in s.conjuncts]
    for nouns in (objects, subjects):
        words = [w for n in nouns for w in _noun_words(n)]
        for code, members in domains.items():
            if any(_shows(word, named, members, lexicon) for word, named in words):
                return code
    return "060"


def _noun_words(noun: Token) -> list[tuple[str, bool]]:
    """The lemmas and forms of a noun and of its modifiers ("the Arrow 3 interceptor", "naval drills", "central
    banks"), each with whether it is a word of a name."""
    tokens = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))]
    return [(w, t.pos_ == "PROPN") for t in tokens for w in {t.lemma_.lower(), t.lower_}]


def _shows(word: str, named: bool, members: tuple[str, ...], lexicon: Lexicon) -> bool:
    """True when `word` is one of a domain's words, or of one of its classes when it is no word of a name (the
    "Federal Reserve" is a bank, not a reserve of troops)."""
    if word in members:
        return True
    return not named and any(
        m.startswith("&") and word in lexicon.classes.get(m[1:], frozenset()) for m in members
    )


def _phrase_starts(verb: Token) -> list[Token]:
    """The tokens a phrase of jointness may start at: the verb's own modifiers and phrases, and those of its objects
    and of its phrases' objects."""
    heads = [verb, *(c for c in verb.children if c.dep_ in _OBJECT_DEPS)]
    heads += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return [c for h in heads for c in h.children if c.dep_ in ("advmod", "npadvmod", "prep", "dep", "amod")]


def _phrase_span(verb: Token, start: Token) -> list[Token] | None:
    """The tokens of a phrase of `joint_phrases` that starts at `start`, when its words are there in order and hang
    together ("side [by side]", "in [concert]"); None otherwise."""
    doc = verb.doc
    for words in _phrases_from(start.lower_):
        end = start.i + len(words)
        if end > len(doc) or [t.lower_ for t in doc[start.i : end]] != words:
            continue
        span = list(doc[start.i : end])
        inside = {t.i for t in span} | {start.head.i}
        if all(t.head.i in inside for t in span):
            return span
    return None


def _phrases_from(first: str) -> tuple[list[str], ...]:
    """The words of the phrases of `joint_phrases` whose first word is `first` (most words start none)."""
    return _phrases_by_first().get(first, ())


@cache
def _phrases_by_first() -> dict[str, tuple[list[str], ...]]:
    """The phrases of `joint_phrases` as words, by their first word (made once)."""
    found: dict[str, tuple[list[str], ...]] = {}
    for phrase in coder_words().joint_phrases:
        words = phrase.split()
        found[words[0]] = (*found.get(words[0], ()), words)
    return found
