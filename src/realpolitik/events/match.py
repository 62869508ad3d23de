"""Lexicon matching: which entry a word takes given its particles, objects, prepositions and modifiers,
the clause a frame word governs, and how a frame refines its code from that clause's code.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import cameo
from .knowledge import coder_words, frame_codes
from .lexicon import Entry, Lexicon
from .tree import lemma_forms, object_children


def _preps(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("prep", "agent") or (c.dep_ == "prt" and c.pos_ == "ADP")]


def _words_near(tok: Token) -> tuple[set[str], set[str], set[str], set[str]]:
    """Lemma sets around a trigger: particles, objects, prepositions and noun modifiers."""
    particles = {c.lemma_.lower() for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
    objs: set[str] = set()
    preps: set[str] = set()
    for obj in object_children(tok):
        objs.add(obj.lemma_.lower())
        objs.update(c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))
        preps.update(p.lemma_.lower() for p in _preps(obj))
        for prep in _preps(obj):
            objs.update(p.lemma_.lower() for p in prep.children if p.dep_ == "pobj")
    for prep in _preps(tok):
        preps.add(prep.lemma_.lower())
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                objs.add(pobj.lemma_.lower())
                objs.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
    if tok.dep_ in ("nsubjpass",) and tok.pos_ in ("NOUN", "PROPN"):
        objs.add(tok.lemma_.lower())
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    return particles, objs, preps, mods


def _transitive(tok: Token) -> bool:
    return any(c.dep_ in ("dobj", "ccomp") for c in tok.children)


def _satisfies(entry: Entry, words: tuple[set[str], set[str], set[str], set[str]]) -> bool:
    particles, objs, preps, mods = words
    for key, allowed in entry.constraints:
        have = {"prt": particles, "obj": objs, "prep": preps, "mod": mods}[key]
        if not (have & allowed):
            return False
    return True


def match_entry(tok: Token, lexicon: Lexicon, kinds: tuple[str, ...]) -> Entry | None:
    words: tuple[set[str], set[str], set[str], set[str]] | None = None
    for kind in kinds:
        for lemma in lemma_forms(tok):
            found = lexicon.lookup(kind, lemma)
            for entry in found:
                if entry.intransitive and _transitive(tok):
                    continue
                if not entry.constraints:
                    return entry
                words = words or _words_near(tok)
                if _satisfies(entry, words):
                    return entry
            if found:
                break  # the first lemma the lexicon knows decides
    return None


def complement(tok: Token) -> Token | None:
    """The clause a frame word governs: "agreed [to sign]", "demanded [that X leave]"."""
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "ADJ")]
    if not clauses:
        # "have sworn to fight" is sometimes parsed as an adverbial clause with "to"
        clauses = [
            c
            for c in tok.children
            if c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
        ]
    if clauses:
        # A split word ("re-open") yields several; the last piece carries the meaning.
        run = [clauses[0]]
        for nxt in clauses[1:]:
            if nxt.i - run[-1].i <= 2:
                run.append(nxt)
        return run[-1]
    if tok.pos_ == "NOUN":
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "reiterated its demand that Israel ease ...": the clause may hang on the verb
            for child in tok.head.children:
                if child.dep_ == "ccomp" and child.i > tok.i:
                    return child
        # "its demand that Israel ease", "a threat to cut ties": the clause of the noun itself; a relative
        # clause ("the demand that Russia rejected", "a threat which ...") is no complement: there the
        # relative word is an argument, while the "that" of a complement is only its mark
        for child in tok.children:
            if (
                child.dep_ in ("acl", "relcl")
                and child.pos_ in ("VERB", "AUX")
                and not any(g.lower_ in coder_words().relative and g.dep_ != "mark" for g in child.children)
            ):
                return child
    for child in tok.children:
        # "called on Iran to stop": the clause hangs on the object of the preposition.
        holders = [child] if child.dep_ == "dobj" else [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ not in ("dobj", "prep"):
            continue
        for holder in holders:
            for grand in holder.children:
                if (
                    grand.dep_ in ("xcomp", "ccomp", "acl")
                    and grand.pos_ == "VERB"
                    and any(a.lower_ == "to" for a in grand.children if a.dep_ == "aux")
                ):
                    return grand
    return None


def refine(frame: str, inner: str | None, base: str) -> str:
    """The code of a frame given the code of its complement ("threaten" + "impose sanctions" -> 1312)."""
    if inner is None:
        return "030" if frame == "posture" and base == "150" else base
    if frame == "posture":
        # Getting ready to strike is a show of force; getting ready to do good is an intention.
        return "150" if inner[:2] in frame_codes().conflict_roots else refine("intent", inner, "030")
    if frame == "intent" and inner[:2] == "15":
        # "plans to transfer fighters", "intends to deploy troops": a planned build-up stays a build-up
        # (its modality says it is only planned); it threatens no one in particular.
        return inner
    if frame == "intent" and inner[:2] in frame_codes().conflict_roots:
        # A stated intention to do harm is a threat in CAMEO ("vowed to strike back").
        return refine("threat", inner, "130")
    exact = frame_codes().exact.get(frame, {})
    for key in (inner, inner[:3]):
        if key in exact:
            return exact[key]
    return frame_codes().by_root.get(frame, {}).get(inner[:2], base)


def is_light(verb: Token, lexicon: Lexicon) -> bool:
    """A verb that lends its subject to an event noun ("held talks", "must prioritise talks"); event
    verbs and reversals change its sense ("terminated the agreements", "opposed the talks")."""
    lemmas = lemma_forms(verb)
    if any(lemma in coder_words().light_verbs or lemma in coder_words().motion_verbs for lemma in lemmas):
        return True
    if any(lemma in coder_words().reversal_verbs for lemma in lemmas):
        return False
    return not any(lexicon.lookup("V", lemma) or lexicon.lookup("F", lemma) for lemma in lemmas)


def light_object(tok: Token, lexicon: Lexicon) -> tuple[Entry, Token] | None:
    """The event noun a verb governs as its object ("held [talks]"), with its lexicon entry."""
    for obj in object_children(tok):
        if obj.pos_ != "NOUN":
            continue
        entry = match_entry(obj, lexicon, ("N",))
        if entry is not None and cameo.plover_type(entry.code):
            return entry, obj
    return None
