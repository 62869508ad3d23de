"""Lexicon matching: which entry a word takes given its particles, objects, prepositions and modifiers,
the clause a frame word governs, and how a frame refines its code from that clause's code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import ActorMention
from . import cameo, kinds
from .deverbal import enacted_objects, enacted_readings, noun_readings, told_as_deed
from .knowledge import FRAME_CODES, clause_words, coder_words, data_error, frame_codes, role_words
from .lexicon import NO_EVENT, Entry, Lexicon
from .tree import kept_per_token, lemma_forms, memo_table, object_children, prep_objects, to_infinitive


def _preps(tok: Token) -> list[Token]:
    # (a "to" the parser calls a dative is a preposition too: "gave its support [to] the proposal"; a phrase of time
    # is none of the word's: "fired on Tuesday" fires on no one, "imposed a curfew on 21 April" on nothing)
    return [
        c
        for c in tok.children
        if (c.dep_ in ("prep", "agent") or (c.dep_ in ("prt", "dative") and c.pos_ == "ADP"))
        and not _time_phrase(c)
    ]


TIME_LABELS = ("DATE", "TIME")


def _time_phrase(prep: Token) -> bool:
    """A phrase of time: one of `coder_words.json` `time_phrase_preps` whose objects are all dates or times, with no
    modifier that is not part of the date ("on Tuesday", "on 3 May", "in March 2015"; not "for the Million Man March",
    where the parser takes the march for a month)."""
    if prep.lower_ not in coder_words().time_phrase_preps:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.ent_type_ in TIME_LABELS
        and all(
            m.ent_type_ in TIME_LABELS for m in o.children if m.dep_ in ("compound", "amod", "nmod", "poss")
        )
        for o in objects
    )


def time_phrase(prep: Token) -> bool:
    """Whether a preposition's phrase is one of time (`_time_phrase`: "on Tuesday", "in March 2015")."""
    return _time_phrase(prep)


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, through a compound preposition ("out [of] the deal", "away [from]")."""
    out = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not out:
        for inner in prep.children:
            if inner.dep_ == "prep":
                out.extend(c for c in inner.children if c.dep_ in ("pobj", "pcomp"))
    return out


Words = dict[str, set[str]]

# The word a person's name stands for among a verb's objects, for `dobj=` constraints ("V 043 receive
# dobj=@person": "received Erdogan"); no lemma of a real word starts with "@".
PERSON_OBJECT = "@person"
# ... and the word for people named by their nation ("V 173 hold dobj=@people": "held two Canadians")
PEOPLE_OBJECT = "@people"
# ... and the word for a named place: a country, a region, a town ("V 192 capture dobj=@place": "captured
# Bakhmut"; "N 192 seizure pp=of:@place": "the seizure of Crimea"), never a person
PLACE_OBJECT = "@place"
# ... and the word for a span of time or an "until" time given with a "to" clause, wherever the parser hangs it
# ("F 139 give dobj=@deadline +inf": "gave the deputies barricaded in the White House until October 4 to leave";
# match.granted_spans; force41)
DEADLINE_OBJECT = "@deadline"
PLACE_LABELS = ("GPE", "LOC", "FAC")
# ... and the word for an international organisation the actor resolver named ("V 166 quit dobj=@igo": "quit
# the United Nations"; "pp=from:@igo": "withdrew from NATO")
IGO_OBJECT = "@igo"
# ... and the word for a country or a people named on a noun, as an adjective, a name or a possessive ("N 190
# strike mod=@nation": "Israeli strikes", "US strikes", "Israel's strikes"; "rail strikes" names a sector)
NATION_MODIFIER = "@nation"
NATION_LABELS = ("NORP", "GPE")
# ... and the word for an object that is a party or belongs to one: a state or a body the actor resolver named, a named
# place, or a noun named by its state ("cut China's ZTE off from American parts", "shut Belarusian airlines out of its
# airspace", "froze all Iranian government assets", "a ban on Russian diesel"); in `dobj`, `obj` and `pp` bags alike.
# A measure that separates a party from something is aimed at it, whatever the verb (sanction42)
PARTY_OBJECT = "@party"
# ... and the word for a firm: a name the actor resolver took for a company of its packs, or a name the parser labels
# an organisation that the resolver coded as nothing ("is to take over Time Warner", "a takeover by Kraft"; agree50)
FIRM_OBJECT = "@firm"


def _words_near(tok: Token) -> Words:
    """Lemma sets around a trigger, one per constraint key of the lexicon: particles (`prt`), objects and
    the nouns of its phrases with their modifiers as one bag (`obj`), prepositions (`prep`), noun modifiers
    (`mod`), the subject's head (`subj`), the direct object's head (`dobj`), PREP:NOUN phrases (`pp`), and
    the prepositions right on a verb without an object (`prep_verb`, for the dictionary's bare "(ON)")."""
    # (made all at once from the same helpers as `_Near`, which makes them lazily: the plain computation
    # that the fast path is tested against)
    objs, preps = _objects_and_preps(tok)
    heads = _object_heads(tok)
    return {
        "prt": _particles(tok),
        "obj": objs,
        "prep": preps,
        "mod": _modifiers(tok),
        "subj": _subject_heads(tok),
        "dobj": heads,
        "pp": _phrases(tok),
        "comp": _complement_objects(tok),
        "prep_verb": set() if heads else {p.lemma_.lower() for p in _preps(tok) if not _stranded(p, tok)},
        "prep_topic": preps - _where_preps(tok),
    }


class _Near(dict[str, set[str]]):
    """The lemma sets of `_words_near`, each made when a constraint first asks for it: most entries fail on
    their first constraint (usually the direct object), so most sets are never needed."""

    def __init__(self, tok: Token) -> None:
        super().__init__()
        self.tok = tok

    def __missing__(self, key: str) -> set[str]:
        tok = self.tok
        if key in ("obj", "prep"):
            self["obj"], self["prep"] = _objects_and_preps(tok)
        elif key == "prep_topic":
            self[key] = self["prep"] - _where_preps(tok)
        elif key == "prep_verb":
            self[key] = (
                set() if self["dobj"] else {p.lemma_.lower() for p in _preps(tok) if not _stranded(p, tok)}
            )
        else:
            self[key] = _ONE_SET[key](tok)
        return self[key]


def _near(tok: Token) -> _Near:
    """The `_Near` sets of `tok`, one value per token while `doc_memo` holds its Doc: the verb's readings
    (`V`), its frames (`F`) and the other callers ask of the same sets, which depend on the Doc's
    annotations alone (a speed-up only; nothing changes them once made)."""
    table = memo_table(tok.doc, _Near)
    if table is None:
        return _Near(tok)
    found: _Near | None = table.get(tok.i)
    if found is None:
        found = table[tok.i] = _Near(tok)
    return found


def _particles(tok: Token) -> set[str]:
    # (a phrase of time is no particle: "give Pakistan one billion dollars [over] two years" hands nothing over; cond35)
    found = {
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and not _time_phrase(c))
    }
    # "said no to the terms", "said sorry to Kenyans": the word the parser takes for an interjection or an
    # object predicate makes a phrase with the verb, as a particle does
    found.update(
        c.lower_ for c in tok.children if c.dep_ in ("intj", "oprd") and c.pos_ in ("INTJ", "ADJ", "DET")
    )
    # "set the blogger free": the parser may take the state word after the object for a clause of its own
    found.update(
        c.lower_
        for c in tok.children
        if c.dep_ == "advcl"
        and c.pos_ == "ADJ"
        and c.i > tok.i
        and not any(g.dep_ == "nsubj" for g in c.children)
    )
    # "sent 1,086 Myanmar nationals back home": the parser may hang the verb's adverbs of direction on its object
    directions = coder_words().direction_adverbs
    for obj in tok.children:
        if obj.dep_ == "npadvmod" and obj.lower_ in directions:
            found.add(obj.lower_)  # ("came face to face": the bare noun the parser hangs on the verb)
        if obj.dep_ == "prep":
            # ("brought Peres and Abbas together in the Vatican", "came back from Iraq": or on the preposition
            # right after it)
            found.update(
                a.lower_
                for a in obj.children
                if a.dep_ == "advmod" and a.lower_ in directions and a.i == obj.i - 1
            )
        if obj.dep_ == "dobj":
            for adv in obj.children:
                if adv.dep_ == "advmod" and adv.lower_ in directions:
                    found.add(adv.lower_)
                    found.update(
                        a.lower_ for a in adv.children if a.dep_ == "advmod" and a.lower_ in directions
                    )
    return found


def _modifiers(tok: Token) -> set[str]:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    # (the parser may hang an adjective on the adjective after it: "their first joint naval and air drills" makes
    # "joint" a modifier of "naval"; it still says what the drills are)
    mods.update(
        g.lemma_.lower()
        for c in tok.children
        if c.dep_ == "amod" and c.pos_ == "ADJ"
        for g in c.children
        if g.dep_ == "amod" and g.pos_ == "ADJ"
    )
    if any(
        c.ent_type_ in NATION_LABELS and c.dep_ in ("compound", "amod", "nmod", "poss") for c in tok.children
    ):
        mods.add(NATION_MODIFIER)
    return mods


def _stranded(prep: Token, tok: Token) -> bool:
    """A preposition of the verb with nothing after it ("stood [by] while X annexed Y" stands by no one); a
    relative clause strands its preposition on purpose ("the ally it stood by")."""
    return prep.dep_ == "prep" and not list(prep.children) and tok.dep_ != "relcl"


# the prepositions whose phrase an agreement's reading takes for what is agreed ("shook hands on the deal", "settled on
# a compromise"); the classes of places (`place_classes`) and of what is agreed (`agreed_classes`) are the lexicon's
_TOPIC_PREPS = frozenset({"on", "upon"})
_AGREEMENT_ROOT = "03"
_PLACE_CLASSES = ("ground", "basing", "venue")
_AGREED_CLASSES = ("treaty", "accord", "measure")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
# (the phrases that tell what place a noun is: "the line between El Paso and Ciudad Juarez", "the steps of a villa",
# and, below those, where that place is, "a villa in Geneva"; "the tarmac at Lahore airport" when the "at" phrase
# names a place itself. "a plan in Paris", "a plan at talks in Paris" are plans made there, no places)
_WHERE_LINKS = frozenset({"between", "of"})
_WHERE_AT_LINKS = frozenset({"at", "near"})
_WHERE_INNER_LINKS = frozenset({"between", "of", "at", "in", "near"})


def _class_of(noun: Token, names: tuple[str, ...]) -> bool:
    lemma = noun.lemma_.lower()
    return any(lemma in kinds.class_words(name) for name in names)


def _named_or_classed_place(noun: Token) -> bool:
    """A place by its name (a proper noun the parser takes for a place) or by the lexicon's classes of ground, bases
    and venues ("the border", "the airport", "the square")."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in _PLACE_LABELS
    return noun.pos_ == "NOUN" and _class_of(noun, _PLACE_CLASSES) and not _class_of(noun, _AGREED_CLASSES)


def _where_noun(noun: Token, depth: int = 2) -> bool:
    """A common noun that names where something happened: a noun of ground, bases or venues ("the border", "the
    square"), or a noun whose own phrase names a place by its name or by such a noun ("the line between El Paso and
    Ciudad Juarez", "the steps of a villa in Geneva", "the tarmac at Lahore airport"); never a noun of what is agreed
    (an accord, a deal, a measure) (talk46)."""
    if noun.pos_ != "NOUN" or _class_of(noun, _AGREED_CLASSES):
        return False
    if _class_of(noun, _PLACE_CLASSES):
        return True
    if depth == 0:
        return False
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        inner = depth < 2
        if not (word in _WHERE_LINKS or word in _WHERE_AT_LINKS or (inner and word in _WHERE_INNER_LINKS)):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            places = [obj, *obj.conjuncts]
            if any(_named_or_classed_place(o) for o in places):
                return True
            if word in _WHERE_LINKS and any(_where_noun(o, depth - 1) for o in places):
                return True
    return False


def _where_preps(tok: Token) -> set[str]:
    """The prepositions of `_TOPIC_PREPS` on the verb or its direct object every phrase of which names a place
    (`_where_noun`): "shook hands on the border" says where the hands were shaken, not what was agreed on (talk46)."""
    phrases: dict[str, list[bool]] = {}
    holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    for holder in holders:
        for prep in _preps(holder):
            word = prep.lemma_.lower()
            if word not in _TOPIC_PREPS:
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            phrases.setdefault(word, []).append(bool(objects) and all(_where_noun(o) for o in objects))
    return {word for word, wheres in phrases.items() if all(wheres)}


def _objects_and_preps(tok: Token) -> tuple[set[str], set[str]]:
    """The `obj` bag (objects and the nouns of the phrases, with their modifiers) and the `prep` set."""
    objs: set[str] = set()
    preps: set[str] = set()
    for obj in object_children(tok):
        objs.add(obj.lemma_.lower())
        if _party(obj, _person_starts(tok.doc)):
            objs.add(PARTY_OBJECT)  # ("froze all Iranian government assets")
        objs.update(c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))
        # ("non-peaceful means": a hyphenated modifier the tokenizer split is its whole word too)
        objs.update(
            whole
            for c in obj.children
            if c.dep_ in ("compound", "amod", "nmod") and "-" in (whole := lemma_forms(c)[0])
        )
        preps.update(p.lemma_.lower() for p in _preps(obj))
        objs.update(_carried(obj))
        for prep in _preps(obj):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    # ("charged a commander with war crimes": the phrase's modifiers too, as on the verb)
                    objs.add(pobj.lemma_.lower())
                    objs.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
                    if _party(pobj, _person_starts(tok.doc)):
                        objs.add(PARTY_OBJECT)  # ("froze the assets of Hong Kong's chief executive")
                    if prep.lower_ == "of" and (
                        obj.pos_ == "NUM" or obj.lemma_.lower() in coder_words().load_nouns
                    ):
                        # ("flew 13,000 tons of coal and food": each thing a measure's phrase names; deeds24)
                        objs.update(j.lemma_.lower() for j in pobj.conjuncts)
                    if prep.lower_ == "of":
                        # "raised the issue of the abductions [with] Japan": the parser hangs the verb's
                        # phrase on the noun inside the object's "of" phrase
                        preps.update(p.lemma_.lower() for p in _preps(pobj))
    patient = ordered_patient(tok)
    if patient is not None and tok.dep_ != "acl":
        # ("ordered tens of thousands of reservists called up": the commanded participle's object, with its modifiers
        # and what a number stands for; force38)
        for noun in {patient, counted(patient)}:
            objs.add(noun.lemma_.lower())
            objs.update(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
        # ("rescue teams sent by Greece", "relief supplies flown in by France": the noun a passive participle hangs
        # on is its object, as for `dobj=` in _object_heads, and so are that noun's modifiers; deeds24)
        objs.add(tok.head.lemma_.lower())
        objs.update(c.lemma_.lower() for c in tok.head.children if c.dep_ in ("compound", "amod", "nmod"))
    for prep in _preps(tok):
        if _stranded(prep, tok):
            continue
        preps.add(prep.lemma_.lower())
        for pobj in _pobjs(prep):
            if pobj.dep_ == "pobj":
                objs.add(pobj.lemma_.lower())
                objs.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
                if tok.pos_ == "NOUN" and prep.lower_ == "of":
                    # "the purchase of S-400 systems [from] Russia": the parser hangs the noun's phrase on
                    # the thing bought, sold or sent
                    preps.update(p.lemma_.lower() for p in _preps(pobj))
    if tok.pos_ == "VERB":
        # "pushed back [against] Brussels", "spoke out [against] the plan": the parser hangs the verb's
        # phrase on its particle
        preps.update(p.lemma_.lower() for c in tok.children if c.dep_ in ("prt", "advmod") for p in _preps(c))
        # "called [for] Israel to halt its offensive": the parser makes "for" the mark of a "to" clause; it is the
        # verb's "for" as in "called for a halt"
        preps.update(
            m.lower_
            for c in tok.children
            if c.dep_ in ("advcl", "ccomp") and to_infinitive(c)
            for m in c.children
            if m.dep_ == "mark" and m.lower_ == "for"
        )
    if tok.dep_ in ("nsubjpass",) and tok.pos_ in ("NOUN", "PROPN"):
        objs.add(tok.lemma_.lower())
    objs |= _second_objects(tok)
    # ("declared X an unfriendly country": the complement's modifiers count as an object's do)
    objs.update(
        m.lemma_.lower() for c in _second_nouns(tok) for m in c.children if m.dep_ in ("compound", "amod")
    )
    # "allowed inspectors to enter", "let civilians leave": the subject of the clause is what is acted on
    objs.update(
        s.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and infinitive(c)
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ == "NOUN"
    )
    # "found X guilty", "held X responsible": the object's predicate says what is done to it
    objs.update(
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ"
    )
    # "held Iran to blame", "found the Netherlands partly to blame": an infinitive of fault with no object of its own
    # is the object's predicate as "responsible" is (coder_words liable_words; the one before it is blamed, it
    # blames no one; review30)
    objs.update(
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp", "advcl")
        and c.pos_ == "VERB"
        and c.lemma_.lower() in coder_words().liable_words
        and to_infinitive(c)
        and not any(g.dep_ in ("dobj", "neg") for g in c.children)
    )
    return objs, preps


def _carried(obj: Token) -> set[str]:
    """What a vehicle or a shipment named as an object carries ("sent two planes carrying rescue workers and medical
    supplies", "drove a lorry packed with explosives"): the objects and the phrase nouns of a carrying participle on it,
    with their conjuncts (data: coder_words.json `carrying_participles`)."""
    carrying = coder_words().carrying_participles
    found: set[str] = set()
    for acl in obj.children:
        if acl.dep_ != "acl" or (acl.lemma_.lower() not in carrying and acl.lower_ not in carrying):
            continue
        heads = [c for c in acl.children if c.dep_ == "dobj"]
        heads += prep_objects(acl, deps=("prep", "agent"))
        for head in heads:
            found.add(head.lemma_.lower())
            found.update(c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod"))
            found.update(c.lemma_.lower() for c in head.conjuncts)
    return found


def _object_heads(tok: Token) -> set[str]:
    """Lemmas of a verb's objects (`dobj` constraints)."""
    objects = [o for o in object_children(tok) if o.dep_ != "nsubjpass" or o.pos_ in ("NOUN", "PROPN")]
    heads: set[str] = set()
    if objects:
        # (the object words read only when there are objects, each set filled by a list: the same words added in
        # the same order as by a generator each; speed49)
        heads.update([o.lemma_.lower() for o in objects])
        # "gave the go-ahead", "agreed a cease-fire": a hyphenated word the tokenizer split is its whole word too
        heads.update([whole for o in objects if "-" in (whole := lemma_forms(o)[0])])
        # "held dozens of hostages", "expelled thousands of Colombians": what a number stands for is an object too
        objects += [c for o in objects if (c := counted(o)) is not o]
        heads.update([o.lemma_.lower() for o in objects])
        # a work or a body named by a name the parser split ("opened [the Power] of Siberia pipeline", "opened the
        # Baltic Pipe"): the common noun that ends the name says what it is (deeds38)
        heads.update([kind.lemma_.lower() for o in objects if (kind := _name_kind(o)) is not None])
        # an instrument named by a plural name ("signed the Oslo Accords"; promise47)
        heads.update([name for o in objects if (name := named_instrument(o)) is not None])
        # people told as accused, charged, wanted or suspected ("handed over the two men accused of the bombing") are
        # suspects (deeds38; data: `suspect_participles`)
        if any(
            c.dep_ == "acl"
            and c.tag_ in ("VBN", "VBD")
            and c.lemma_.lower() in coder_words().suspect_participles
            for o in objects
            for c in o.children
        ):
            heads.add("suspect")
        # a person named as the object ("received Erdogan in Ankara") stands for the lexicon's PERSON_OBJECT
        people = _person_starts(tok.doc)
        heads.update([PERSON_OBJECT for o in objects if o.ent_type_ == "PERSON" or o.idx in people])
        # people named by their nation ("held two Canadians", "arrested three Britons")
        heads.update([PEOPLE_OBJECT for o in objects if o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS")])
        heads.update([PLACE_OBJECT for o in objects if _place(o, people)])
        heads.update([IGO_OBJECT for o in objects if _igo(o)])
        heads.update([PARTY_OBJECT for o in objects if _party(o, people)])
        heads.update([FIRM_OBJECT for o in objects if _firm(o)])
    patient = ordered_patient(tok)
    if patient is not None and tok.dep_ != "acl":
        # "ordered its army mobilised", "ordered the carrier sent to ...": what the commanded participle acts on
        heads.add(patient.lemma_.lower())
        heads.add(counted(patient).lemma_.lower())
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        heads.add(tok.head.lemma_.lower())  # "the plane shot down by X"
        if tok.head.ent_type_ == "PERSON" or tok.head.idx in _person_starts(tok.doc):
            heads.add(PERSON_OBJECT)  # ("Cristiano Ronaldo, signed by Real Madrid": a person; promise47)
    elif _relative_object(tok):
        heads.add(tok.head.lemma_.lower())  # "the fighters (that) Turkey moved to Libya"
    # a span of time given, wherever the parser hangs it, is given as an object is ("allowed Greece twenty-four hours
    # to apologise", "gave the rulers a week to restore ...", "six days is all the time the Allies have given Germany
    # to accept"; force41)
    spans = granted_spans(tok)
    heads.update(s.lemma_.lower() for s in spans)
    if spans:
        heads.add(DEADLINE_OBJECT)
    return heads | _second_objects(tok)


@kept_per_token
def granted_spans(tok: Token) -> tuple[Token, ...]:
    """The spans of time (data: coder_words.json `deadline_spans`) and the times of an "until" phrase a verb with a "to"
    clause gives, where the parser hangs them: as the object ("gave Syria [three days] to halt"), on the object as an
    adverbial noun ("gave the rulers [a week] to restore"), as the subject of the "to" clause ("allowed Greece
    [twenty-four hours] to apologise"), in a participle or relative clause of the object together with the "to"
    clause ("gave the deputies barricaded in the White House [until October 4] to hand over their weapons"), or, for
    a relative clause on a time named, that time and the span a copula equates it with ("[six days] is all the
    [time] the Allies have given Germany to accept"). The party given the span may hang on it ("allowed [Serbia
    forty-eight hours] to accept", parsed with Serbia under the span; triggers reads it as the target). Empty for a
    verb with no "to" clause (nothing is demanded)."""
    if tok.pos_ != "VERB":
        return ()
    clause = complement(tok)
    if clause is None or not to_infinitive(clause):
        return ()  # (asked first: most verbs have no "to" clause, and nothing below is needed then)
    spans = coder_words().deadline_spans
    found: list[Token] = [*_until_times(tok)]
    for child in tok.children:
        if child.dep_ in ("dobj", "dative", "npadvmod"):
            found += [child, *(g for g in child.children if g.dep_ in ("npadvmod", "appos"))]
            found += [t for m in child.children if _deadline_clause(m) is not None for t in _clause_times(m)]
        elif child.dep_ in ("ccomp", "xcomp") and child.pos_ == "VERB" and infinitive(child):
            # (also in apposition to the clause's subject: "allowed [the Greek government] [twenty-four hours] to
            # apologise")
            subjects = [g for g in child.children if g.dep_ == "nsubj"]
            found += subjects + [a for g in subjects for a in g.children if a.dep_ == "appos"]
    if tok.dep_ == "relcl" and tok.head.lemma_.lower() in spans:
        head = tok.head
        found.append(head)
        if head.dep_ == "attr":
            found += [c for c in head.head.children if c.dep_ == "nsubj"]
    return tuple(
        t
        for t in found
        if (
            t.pos_ == "NOUN"
            and t.lemma_.lower() in spans
            and (t.lemma_.lower() != "time" or t is _named_time(tok))
        )
        or (t.dep_ == "pobj" and t.head.lower_ in ("until", "till"))
    )


def _named_time(tok: Token) -> Token | None:
    """The time a relative clause names as the time given ("all the [time] the Allies have given Germany", "the [time]
    he had given Putin"). The bare word "time" given as an object sets no limit ("gave Greece more time to repay",
    "gave the rebels time to regroup": an extension or a respite, no deadline; review41): it is a span only so."""
    return tok.head if tok.dep_ == "relcl" and tok.head.lemma_.lower() == "time" else None


def _until_times(tok: Token) -> list[Token]:
    """The times of the "until" or "till" phrases of a word ("until seven o'clock", "until October 4")."""
    return prep_objects(tok, ("until", "till"))


def _clause_times(clause: Token) -> list[Token]:
    """The spans and "until" times of a clause: its adverbial nouns and the nouns of its phrases."""
    return [c for c in clause.children if c.dep_ == "npadvmod"] + [
        p for c in clause.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]


def _deadline_clause(modifier: Token) -> Token | None:
    """The "to" clause a participle or relative clause of a verb's object holds together with a span of time or an
    "until" time before it ("gave the soldiers who seized power in Guinea-Bissau [72 hours] on Thursday [to hand]
    control back", "gave the deputies barricaded in the White House [until October 4] [to hand over] their weapons"):
    the parser hangs what the verb of giving governs on the modifier; the clause is the verb's complement."""
    if modifier.dep_ not in ("acl", "relcl") or modifier.pos_ != "VERB":
        return None
    spans = coder_words().deadline_spans
    times = [
        t
        for t in _clause_times(modifier)
        if t.lemma_.lower() in spans or (t.dep_ == "pobj" and t.head.lower_ in ("until", "till"))
    ]
    if not times:
        return None
    return next(
        (
            c
            for c in modifier.children
            if c.dep_ == "advcl" and c.pos_ == "VERB" and to_infinitive(c) and c.i > min(t.i for t in times)
        ),
        None,
    )


# the classes of instruments a plural name may stand for ("the Dayton Accords", "the Moncloa Pacts")
_INSTRUMENT_CLASSES = ("accord", "treaty")


def named_instrument(tok: Token) -> str | None:
    """The common noun a plural proper name of an instrument ends in, as the lexicon's classes of accords and treaties
    list it: "the Oslo Accords", "the Moncloa Pacts", "the Minsk Agreements" -> "accord", "pact", "agreement" (the
    tagger keeps a plural proper noun's own form as its lemma, and may tag it NNP); None for any other word
    (promise47)."""
    if tok.tag_ not in ("NNPS", "NNP"):
        return None
    word = tok.lower_
    single = word[:-1] if word.endswith("s") else ""
    return single if single and any(single in kinds.class_words(c) for c in _INSTRUMENT_CLASSES) else None


def _name_kind(tok: Token) -> Token | None:
    """The last word of the name a proper noun stands in ("the Power of Siberia pipeline", "the Baltic Pipe"), when
    it is another word than the noun itself and a name of a work or a body (an organisation or a facility the parser
    labels); None otherwise."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("ORG", "FAC"):
        return None
    for prep in tok.children:
        # ("[the Power] of [Siberia] pipeline": the name goes on into the "of" phrase, whose noun ends it)
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.pos_ == "NOUN"
                    and noun.is_lower
                    and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
                ):
                    return noun
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            last = ent[-1]
            return last if last.i > tok.i and last.is_alpha else None
    return None


def ordered_patient(tok: Token) -> Token | None:
    """The forces or things a command's participle clause acts on: "ordered 4,700 paratroopers [flown] into
    Detroit", "ordered its army [mobilised]", "ordered the carrier [sent] to the Mediterranean", "ordered reservists
    [called] up". A past participle with no "to", auxiliary or mark of its own, that is the clause of a verb of command
    (`commanding_verbs`) or hangs on that verb's object, is a small clause: its subject (or the verb's object) is what
    it acts on, its object, and the one who commands does it (force38). None for any other word."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD"):
        return None
    for c in tok.children:  # (a plain loop; speed49)
        if c.dep_ in ("aux", "auxpass", "mark"):
            return None
    head = tok.head
    if tok.dep_ in ("ccomp", "xcomp", "oprd") and head.i != tok.i:
        command = head
    elif (
        tok.dep_ == "acl"
        # (a clause on a noun is no finite past: a participle the tagger took for one, "ordered the ambassador
        # [expelled]"; senses39)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and (commanded := _commanded_object(head)) is not None
    ):
        command = commanded.head
    else:
        return None
    if command.pos_ != "VERB" or command.lemma_.lower() not in coder_words().commanding_verbs:
        return None
    if tok.dep_ == "acl":
        return commanded  # (the command's object: "ordered 1,700 troops and a company of tanks [sent]")
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    objects = [c for c in command.children if c.dep_ == "dobj" and c.i < tok.i]
    return objects[-1] if objects else None


def _commanded_object(noun: Token) -> Token | None:
    """The direct object `noun` is, or is inside as a conjunct or as the noun a number counts ("ordered [thousands] of
    troops sent", "ordered 1,700 troops and 40 tanks sent"): the object itself; None when it is neither."""
    for _ in range(4):
        if noun.dep_ == "dobj":
            return noun
        if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
            continue
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or counted(prep.head).i != noun.i:
            return None  # (only the noun a number or a word of amount counts: not "the confiscation of property owned")
        noun = prep.head
    return None


def counted(tok: Token) -> Token:
    """The noun a number or a word of amount stands for ("thousands [of] Colombians", "dozens of hostages",
    "tens of thousands of people"), through at most three "of" phrases; the word itself when it counts
    nothing."""
    quantities = coder_words().quantity_nouns
    for _ in range(3):
        if tok.pos_ != "NUM" and tok.lemma_.lower() not in quantities and tok.lower_ not in quantities:
            break
        inner = [
            p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
        ]
        if not inner or inner[0].dep_ != "pobj":
            break
        tok = inner[0]
    return tok


def _place(tok: Token, people: frozenset[int]) -> bool:
    """A named place: the parser labels it a country, a region or a site, or the actor resolver took it for a
    place of its packs (the parser may label a town it does not know an organisation or a person: "captured
    Bakhmut", "seized Crimea"), and the actor resolver did not take it for a person of its packs."""
    if tok.pos_ != "PROPN" or tok.idx in people:
        return False
    return tok.ent_type_ in PLACE_LABELS or tok.idx in _place_starts(tok.doc)


def _igo(tok: Token) -> bool:
    """A name the actor resolver took for an international organisation ("NATO", "the United Nations")."""
    return tok.pos_ == "PROPN" and tok.idx in _resolved_starts(tok.doc, "IGO")


def _party(tok: Token, people: frozenset[int]) -> bool:
    """A state or an international body the actor resolver coded (an ISO3 or IGO code as its id), a place or a firm of
    its packs, or a noun whose adjective, name or possessive the resolver coded as such a state, body or place
    ("Iranian assets", "China's banks"); a person is none, nor a group or a party of a country ("a ban on the Muslim
    Brotherhood" stays a ban at home), nor a name only the parser takes for a place, nor a people's religion."""
    if tok.idx in people or tok.ent_type_ == "PERSON":
        return False
    doc = tok.doc
    if _state_or_igo(tok) or tok.idx in _place_starts(doc) or tok.idx in _resolved_starts(doc, "firm-"):
        return True
    return any(
        c.ent_type_ in NATION_LABELS
        and c.dep_ in ("compound", "amod", "nmod", "poss")
        and (_state_or_igo(c) or c.idx in _place_starts(doc))
        for c in tok.children
    )


def _firm(tok: Token) -> bool:
    """A name of a firm: one the actor resolver coded from its packs of companies (a "firm" id), or a name the parser
    labels an organisation and the resolver coded as nothing (no state, body, group or party) or as a business by its
    form alone (no knowledge-base id: actors.unknown's "Cadbury plc")."""
    if tok.pos_ != "PROPN":
        return False
    if tok.idx in _resolved_starts(tok.doc, "firm"):
        return True
    mentions = _mentions_at(tok)
    if not mentions:
        return tok.ent_type_ == "ORG"
    # (a firm no pack names that the resolver coded by its legal form or an apposition, "Cadbury plc": a business
    # mention with no knowledge-base id, actors.unknown; review50)
    return all(m.sector == "BUS" and m.kb_id is None for m in mentions)


def _state_or_igo(tok: Token) -> bool:
    """A mention the actor resolver coded as a state (a three-letter code as its id: "IRN") or an international body
    ("IGO-EU"), not a group, party or firm with a code of its own ("IMG-MB")."""
    return any(
        (kb := m.kb_id or "").startswith("IGO") or (len(kb) == 3 and kb.isalpha() and kb.isupper())
        for m in _mentions_at(tok)
    )


def _state_or_body(tok: Token) -> bool:
    """A name the actor resolver took for a state or an international body: its code is the mention's knowledge-base
    id ("RUS", "IGO-EU"), where places, persons and parties of its packs have ids of their own ("place-deu",
    "person-...", "pty-...")."""
    return tok.idx in _resolved_starts(tok.doc, "") and any(
        (m.kb_id or "")[:1].isupper() for m in _mentions_at(tok)
    )


def _mentions_at(tok: Token) -> list[ActorMention]:
    """The actor resolver's mentions whose character span holds the token (none when the Doc was not resolved),
    found once per token while `doc_memo` holds its Doc (callers only read them)."""
    table = memo_table(tok.doc, _mentions_at)
    if table is None:
        return [m for m in getattr(tok.doc._, "actors", None) or [] if m.start <= tok.idx < m.end]
    i = tok.i
    found: list[ActorMention] | None = table.get(i)
    if found is None:
        found = table[i] = [m for m in _doc_actors(tok.doc) if m.start <= tok.idx < m.end]
    return found


def _doc_actors(doc: Doc) -> list[ActorMention]:
    """The actor resolver's mentions of the Doc being coded (`doc._.actors`, none when it was not resolved), read
    once while `doc_memo` holds it (spaCy makes an extension accessor on every `doc._`)."""
    table = memo_table(doc, _doc_actors)
    if table is None:
        return getattr(doc._, "actors", None) or []
    found: list[ActorMention] | None = table.get(None)
    if found is None:
        found = table[None] = getattr(doc._, "actors", None) or []
    return found


def _place_starts(doc: Doc) -> frozenset[int]:
    """Character offsets of the tokens the actor resolver took for a place of its packs (a town, a region)."""
    return _resolved_starts(doc, "place-")


def _person_starts(doc: Doc) -> frozenset[int]:
    """Character offsets of the tokens the actor resolver took for a person (`ActorMention.person`: one of its
    people packs, or one only the text names; the parser's own PERSON label misses names it does not know:
    "Blinken" may be a place to it), kept while `doc_memo` holds the Doc."""
    table = memo_table(doc, _person_starts)
    if table is not None and "person" in table:
        found: frozenset[int] = table["person"]
        return found
    starts = frozenset(
        t.idx
        for m in getattr(doc._, "actors", None) or []
        if m.person
        for t in (doc.char_span(m.start, m.end, alignment_mode="expand") or ())
    )
    if table is not None:
        table["person"] = starts
    return starts


def _resolved_starts(doc: Doc, kb_prefix: str) -> frozenset[int]:
    """Character offsets of the tokens of the resolver's mentions whose knowledge-base id starts with
    `kb_prefix`, kept per prefix while `doc_memo` holds the Doc."""
    table = memo_table(doc, _resolved_starts)
    if table is not None and kb_prefix in table:
        found: frozenset[int] = table[kb_prefix]
        return found
    mentions = getattr(doc._, "actors", None) or []
    starts = frozenset(
        t.idx
        for m in mentions
        if (m.kb_id or "").startswith(kb_prefix)
        for t in (doc.char_span(m.start, m.end, alignment_mode="expand") or ())
    )
    if table is not None:
        table[kb_prefix] = starts
    return starts


def _relative_object(tok: Token) -> bool:
    """A relative clause whose noun is the verb's object: the clause has a subject of its own and no object
    but a relative pronoun ("the fighters [that] Turkey moved", "the tanks Berlin sent")."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in tok.children)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    # ("the town where Russia attacked", "the talks in which Iran took part": the noun is no object)
    elsewhere = any(
        c.tag_ == "WRB" or (c.dep_ == "prep" and any(p.tag_ == "WDT" for p in c.children))
        for c in tok.children
    )
    # ("the sentence that the court passed on X": the parser may tag the relative "that" as a conjunction; courts41)
    return subject and not elsewhere and all(o.tag_ in ("WDT", "WP") or o.lower_ == "that" for o in objects)


@kept_per_token
def _second_nouns(tok: Token) -> tuple[Token, ...]:
    """ "allowed inspectors access", "declared X an unfriendly country": the parser takes the second object
    (or the object's complement) for a clause. (Asked of the same verb by several word sets: kept per token
    while a Doc is coded.)"""
    second = [c for c in tok.children if c.dep_ in ("ccomp", "oprd") and c.pos_ == "NOUN"]
    # ("declared Russia's regime a terrorist regime": the parser hangs the complement on the object)
    second += [
        a
        for c in tok.children
        if c.dep_ == "dobj"
        for a in c.children
        if a.dep_ == "appos" and a.pos_ == "NOUN"
    ]
    # ("called China's president, Xi Jinping, a dictator", "called President Xi Jinping a dictator": the complement
    # hangs on the name in apposition to the object, or on the name the parser takes for the complement)
    second += [
        b
        for c in tok.children
        if c.dep_ in ("dobj", "oprd")
        for a in c.children
        if a.dep_ == "appos" and a.pos_ == "PROPN"
        for b in a.children
        if b.dep_ == "appos" and b.pos_ == "NOUN"
    ]
    second += [
        a
        for c in tok.children
        if c.dep_ == "oprd" and c.pos_ == "PROPN"
        for a in c.children
        if a.dep_ == "appos" and a.pos_ == "NOUN"
    ]
    return tuple(second)


def _second_objects(tok: Token) -> set[str]:
    return {c.lemma_.lower() for c in _second_nouns(tok)}


def _stranded_subject(tok: Token) -> Token | None:
    """ "Greek protesters charged at police lines in Athens": the parser may take a sentence's main verb for a past
    participle on a noun and make the noun the root; with no finite verb left, the participle is the main verb and the
    root noun before it its subject (not a passive: no agent and no auxiliary on the participle)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return None
    if any(c.dep_ in ("agent", "aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return None
    root = tok.head
    for _ in range(8):
        if root.head.i == root.i:
            break
        if root.dep_ not in ("pobj", "prep", "acl", "compound", "amod", "conj"):
            return None
        root = root.head
    if root.head.i != root.i or root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i:
        return None
    return root


def subject_heads(tok: Token) -> set[str]:
    """The lemmas a lexicon constraint on the subject reads (`_subject_heads`)."""
    return _subject_heads(tok)


def _subject_heads(tok: Token) -> set[str]:
    """Lemmas of a verb's subject head (of the agent in the passive); a conjoined or open clause takes its
    head verb's subject."""
    heads: list[Token] = []
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN":
        heads.append(tok.head)  # "30 Chinese aircraft [flying] near the island": the noun does it
    stranded = _stranded_subject(tok)
    if stranded is not None:
        heads.append(stranded)
    if not heads and tok.dep_ != "acl" and ordered_patient(tok) is not None:
        # ("Israel ordered reservists called up": the one who commands does the participle's deed; the subject the
        # parser gives the participle is what it acts on; force38)
        tok = tok.head
    for _ in range(3):
        if heads:
            break
        for child in tok.children:
            if child.dep_ in ("nsubj", "csubj"):
                heads.append(child)
            elif child.dep_ == "agent":
                heads.extend(p for p in child.children if p.dep_ == "pobj")
        if heads or tok.head.i == tok.i:
            break
        # ("farmers brought their tractors into Brussels, jamming the streets": a participle clause of no subject or
        # mark of its own is done by its head verb's subject; deeds24)
        free_participle = (
            tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "mark" for c in tok.children)
        )
        if tok.dep_ not in ("conj", "xcomp") and not free_participle:
            break
        tok = tok.head
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        # ("the IRA bombers who wrecked two pubs", "gunmen that opened fire": the relative pronoun stands for the noun
        # the clause hangs on; unnamed46)
        heads = [tok.head if h.lower_ in coder_words().relative else h for h in heads]
    out = {h.lemma_.lower() for h in heads}
    for head in heads:
        if head.tag_ == "NNPS":
            # a plural name keeps its plural as its lemma ("Rapid Support Forces", "Syrian Democratic Forces",
            # "Revolutionary Guards"): its last word in the singular is what the noun classes list
            lower = head.lower_
            out.add(lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower)
        if head.pos_ == "NUM" or head.lemma_.lower() in coder_words().quantity_nouns:
            # "dozens of Chinese warplanes flew": the noun of the "of" phrase is what the subject names
            out.update(p.lemma_.lower() for p in prep_objects(head, ("of",)))
            # ... through several of them ("tens of thousands of demonstrators marched")
            out.add(counted(head).lemma_.lower())
        if head.lemma_.lower() in role_words().member_nouns:
            # "members of the RMT union walked out": the members are the body's people (protest39)
            for body in prep_objects(head, ("of",)):
                if any((m.kb_id or "")[:1].isupper() for m in _mentions_at(body)):
                    continue  # (a union of states is no trade union: "members of the African Union walked out")
                lower = body.lemma_.lower()
                # (a union's name ends in its people's plural, kept as the lemma: "the United Auto Workers")
                out.update(
                    {lower, lower[:-1]} if lower.endswith("s") and not lower.endswith("ss") else {lower}
                )
        # people named by their nation ("thousands of Georgians poured onto the avenue")
        # (the parser tags some of them as singular names: "Georgians"/NNP)
        named = counted(head)
        if named.ent_type_ == "NORP" and (named.tag_ in ("NNS", "NNPS") or named.lower_.endswith("s")):
            out.add(PEOPLE_OBJECT)
        vessel = (
            # the parser tags a rarer ship's word as a name or an adjective ("battlecruiser", "minesweeper",
            # "ironclad"): a compound written in lower case is the noun all the same
            # (a hyphenated noun the tokenizer split, "the U-boat Deutschland", is its whole word: lemma_forms)
            {
                lemma_forms(c)[0]
                for c in head.children
                if c.dep_ == "compound" and (c.pos_ == "NOUN" or c.text.islower())
            }
            & coder_words().named_vessel_nouns
            if head.pos_ == "PROPN"
            else set()
        )
        if vessel:
            # a named ship ("the German gunboat Panther steamed into Agadir"): the vessel's noun, not a person
            out.update(vessel)
        elif head.ent_type_ == "PERSON" or head.idx in _person_starts(head.doc):
            # a named person does it ("King Abdullah and Assad flew into Beirut"), also one the parser takes for
            # no person but the resolver knows ("Kaiser Wilhelm II came ashore at Tangier", as for objects)
            out.add(PERSON_OBJECT)
        if (
            head.pos_ == "PROPN"
            and head.lemma_.lower() in coder_words().name_head_words
            and _state_or_body(head)
        ):
            # "the Soviet Union blocked all access to West Berlin", "the European Union blocked the merger": the head
            # of a state's or a body's name is no class word of the subject ("union" of the protester class)
            out.discard(head.lemma_.lower())
            if _igo(head):
                # ... but a body of states named by it is a bloc ("the African Union suspended Burkina Faso from all
                # its activities", 160: the &bloc subject the discard took away; fix30)
                out.add("bloc")
        if head.lemma_.lower() in coder_words().named_unit_nouns:
            # "South Africa's elite police unit raided ...": the compound names who the unit's people are (prec18)
            out.update(c.lemma_.lower() for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    return out


def _phrases(tok: Token) -> set[str]:
    """PREP:NOUN pairs of the prepositional phrases on a verb, on its objects and inside them."""
    out: set[str] = set()
    people: frozenset[int] | None = None  # (asked once, at the first phrase)
    stack = [(tok, 0)]
    while stack:
        head, depth = stack.pop()
        for prep in _preps(head):
            word = prep.lemma_.lower()
            for pobj in _pobjs(prep):
                out.add(f"{word}:{pobj.lemma_.lower()}")
                if (instrument := named_instrument(pobj)) is not None:
                    out.add(f"{word}:{instrument}")  # "put their signatures to the Moncloa Pacts" (promise47)
                if people is None:
                    people = _person_starts(tok.doc)
                if _place(pobj, people):
                    out.add(f"{word}:{PLACE_OBJECT}")  # "the seizure of Crimea"
                if pobj.ent_type_ == "PERSON" or pobj.idx in people:
                    out.add(f"{word}:{PERSON_OBJECT}")  # "called on Vladimir Putin in Moscow"
                if _igo(pobj):
                    out.add(f"{word}:{IGO_OBJECT}")  # "withdrew from NATO"
                if _party(pobj, people):
                    out.add(f"{word}:{PARTY_OBJECT}")  # "a ban on Russian diesel"
                if _firm(pobj):
                    out.add(f"{word}:{FIRM_OBJECT}")  # "a takeover by Kraft"
                inner = counted(pobj)
                if inner is not pobj:
                    out.add(f"{word}:{inner.lemma_.lower()}")  # "expulsion of thousands of X"
                if pobj.pos_ == "PROPN":
                    # "the end of Operation Euphrates Shield": the word that opens a name says what it names
                    # (an operation, as "the end of the operation" would; deeds45)
                    first = min(
                        (c for c in pobj.children if c.dep_ == "compound"), key=lambda c: c.i, default=None
                    )
                    if first is not None and all(
                        t.dep_ == "det" for t in tok.doc[pobj.left_edge.i : first.i]
                    ):
                        out.add(f"{word}:{first.lemma_.lower()}")
                if inner.ent_type_ == "NORP" and inner.tag_ in ("NNS", "NNPS"):
                    out.add(f"{word}:{PEOPLE_OBJECT}")
                if pobj.head.i != prep.i:
                    out.add(f"{pobj.head.lemma_.lower()}:{pobj.lemma_.lower()}")  # "out of" -> "of:deal" too
                if depth < 2:
                    stack.append((pobj, depth + 1))
        if depth == 1:
            # "ordered 50,000 Asians holding British passports out of the country", "ordered migrants without
            # papers, most of them Ghanaians, out of the country": the parser hangs the verb's "out of" phrase on a
            # participle or an apposition inside its object; only that phrase is taken from there (custody51)
            for inner in head.children:
                if inner.dep_ in ("acl", "appos"):
                    for prep in _preps(inner):
                        if prep.lower_ == "out":
                            out.update(f"out:{pobj.lemma_.lower()}" for pobj in _pobjs(prep))
        if depth == 0:
            stack.extend((o, 1) for o in object_children(head))
            # "walked away [from] the deal", "backed away [from] its pledges": the parser hangs the verb's phrase
            # on "away" (its objects are the verb's own, as an inner "out [of]" phrase's are; not "back [into]
            # Kuwait", where the adverb's phrase is the way back)
            stack.extend((c, 0) for c in head.children if c.dep_ in ("advmod", "prt") and c.lower_ == "away")
    return out


def through_aspect(verb: Token, *, nouns: bool = True) -> Token | None:
    """What a verb of beginning, going on or resuming governs ("start pulling out", "resume shelling", "keep up the
    bombardment"; data: `aspect_verbs`): its first open clause, or, with `nouns`, its first open clause or object
    that is a verb or a noun; None when the verb is no aspect verb or governs neither. The one step that the
    complement objects (`comp`), a frame's inner deed (triggers `_inner`) and the deed's own object walk."""
    if verb.lemma_.lower() not in coder_words().aspect_verbs:
        return None
    deps, kinds = (("xcomp", "dobj"), ("VERB", "NOUN")) if nouns else (("xcomp",), ("VERB",))
    nxt = [c for c in verb.children if c.dep_ in deps and c.pos_ in kinds]
    return nxt[0] if nxt else None


def aspect_chain(verb: Token, *, steps: int = 2) -> list[Token]:
    """The verbs that a verb of beginning, going on or resuming leads to, nearest first, at most `steps` of them
    ("would [start] [injecting] uranium gas", "to [begin] [to] [resume] ..."): `through_aspect` (verbs only) taken
    again from each, until a verb is no aspect verb. Empty for a verb that is none. The walk of the complement
    objects (`comp`) and of triggers `_nuclear_growth`."""
    chain: list[Token] = []
    for _ in range(steps):
        nxt = through_aspect(chain[-1] if chain else verb, nouns=False)
        if nxt is None:
            break
        chain.append(nxt)
    return chain


def _complement_objects(tok: Token) -> set[str]:
    """The `obj` bag of the clause a verb governs with its verb and the head of its subject, a named place standing for
    `@place` (`comp` constraints: "let [Russian forces] launch attacks [from its territory]", "allowed
    [the United States] to use [the air base]")."""
    clause = complement(tok)
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        # (a clause denied is no deed of the kind: "ordered his troops not to withdraw", "never to abandon X" is no
        # withdrawal ordered; review44)
        return set()
    bag = _objects_and_preps(clause)[0]
    bag.add(clause.lemma_.lower())  # the clause's own verb ("ordered [X] to leave the country")
    # an open question the clause asks stands for its "whether" ("to establish [whether] chlorine had been dropped")
    bag.update(c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ == "whether")
    # so does an "if" or a question word the clause opens with ("to find out [if] ...", "[why] the liner was lost",
    # "[what] had gone wrong"; deeds38)
    if clause.i > tok.i and any(
        (c.dep_ == "mark" and c.lower_ == "if") or (c.tag_ in ("WRB", "WP", "WDT") and c.i < clause.i)
        for c in clause.children
    ):
        bag.add("whether")
    # "ordered X to start pulling out", "told X to begin withdrawing": a verb of beginning or going on names no
    # deed; the verb it governs is the clause's deed, with its objects (as a frame's complement is read)
    for inner in aspect_chain(clause):
        bag |= _objects_and_preps(inner)[0]
        bag.add(inner.lemma_.lower())
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    bag.update(c.lemma_.lower() for c in subjects)
    people = _person_starts(tok.doc)
    bag.update(PLACE_OBJECT for c in subjects if _place(c, people))
    # a person named as the clause's subject, or in apposition to it ("let Terry Anderson go free", "let the aid
    # worker Nazanin Zaghari-Ratcliffe fly home"), stands for `@person`, as a named object does; people named by
    # their nation for `@people` ("let two Canadians leave")
    named = [*subjects, *(a for c in subjects for a in c.children if a.dep_ == "appos")]
    bag.update(PERSON_OBJECT for c in named if c.ent_type_ == "PERSON" or c.idx in people)
    bag.update(PEOPLE_OBJECT for c in subjects if c.ent_type_ == "NORP" and c.tag_ in ("NNS", "NNPS"))
    return bag


_ONE_SET: dict[str, Callable[[Token], set[str]]] = {
    "prt": _particles,
    "mod": _modifiers,
    "subj": _subject_heads,
    "dobj": _object_heads,
    "pp": _phrases,
    "comp": _complement_objects,
}


def _transitive(tok: Token) -> bool:
    """The verb has an object or a clause; a passive has its object as subject ("the bridge was struck", "the
    bridge struck by drones"), so it is no intransitive use either."""
    return any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)
    )


def infinitive(clause: Token) -> bool:
    """A clause that is a "to" infinitive ("allowed X [to cross]") or a noun the parser took for a clause,
    not a reported "that" clause ("said [that ...]")."""
    if clause.pos_ not in ("VERB", "AUX"):
        return True
    if to_infinitive(clause):
        return True
    # a bare infinitive with no auxiliary or subordinator of its own ("let civilians [leave]", "made
    # them [withdraw]"); "said Y [must leave]" has its auxiliary, "said [that] ..." its mark
    return clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def plover(code: str) -> str | None:
    """The PLOVER type of an entry's code; None for statements and for the no-event code `---`."""
    return None if code == NO_EVENT else cameo.plover_type(code)


def words_at(tok: Token) -> Words:
    """The lemma sets an entry's constraints are tested against at `tok` (the sets of `_words_near`), each
    made when a constraint first asks for it; one value serves every entry tried at the same word."""
    return _Near(tok)


def satisfies(entry: Entry, words: Words) -> bool:
    """Whether every constraint of `entry` holds on `words` (`words_at` the trigger): each constraint's key
    shares a word with what it allows. A dictionary-derived entry's bare preposition is the one right on the
    verb (`prep_verb`)."""
    derived = entry.derived
    for key, allowed in entry.constraints:
        if derived and key == "prep":
            # the dictionary's bare "(ON)" follows the verb at once ("called on X"), not its object
            key = "prep_verb"
        elif key == "prep" and entry.code[:2] == _AGREEMENT_ROOT:
            # an agreement's preposition names what is agreed on, never where ("shook hands on the border": a
            # meeting, 040; "shook hands on the deal": the agreement, 030; talk46)
            key = "prep_topic"
        if words[key].isdisjoint(allowed):  # (no word in common; makes no intersection set)
            if entry.kinds and kinds.ENABLED and _of_kind(entry, key, words):
                continue
            return False
    return True


def _of_kind(entry: Entry, key: str, words: Words) -> bool:
    """Whether a noun at `key` that no class lists is, by its WordNet kind, of an open class the entry's constraint
    names there ("dispatched gunboats": a gunboat is a warship; kinds36). The nouns are the heads: the direct objects
    (`dobj`, and `obj` with the phrases' nouns), the subject's heads (`subj`), the phrases' nouns (`pp`)."""
    for named, prefix, name in entry.kinds:
        if named != key:
            continue
        if key == "pp":
            nouns = {w[len(prefix) :] for w in words["pp"] if w.startswith(prefix)}
        elif key == "obj":
            nouns = set(words["dobj"]) | {w.partition(":")[2] for w in words["pp"]}
        else:
            nouns = words[key]
        if any(kinds.is_kind(noun, name) for noun in nouns):
            return True
    return False


class _ObjectPlan:
    """The entries of one lexicon list (`Lexicon.lookup`) indexed by the words their first constraint allows
    when that constraint is on the direct object (`dobj=`), the most common first constraint: an entry whose
    first constraint no object word meets cannot match, so `tried` leaves it out and the others keep their
    order (the same entry matches as when every entry is tried in turn)."""

    __slots__ = ("always", "entries", "firsts", "kept")

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.firsts: dict[str, list[int]] = {}  # object word -> positions of the entries allowing it first
        self.always: list[int] = []  # positions of the other entries (another first constraint, or none)
        for position, entry in enumerate(entries):
            if entry.constraints and entry.constraints[0][0] == "dobj":
                for word in entry.constraints[0][1]:
                    self.firsts.setdefault(word, []).append(position)
            else:
                self.always.append(position)
        self.kept: dict[frozenset[str], list[Entry]] = {}  # object words -> the entries to try

    def tried(self, objects: set[str]) -> list[Entry]:
        """The entries, in order, less those whose first (`dobj`) constraint none of `objects` meets."""
        key = frozenset(objects)
        found = self.kept.get(key)
        if found is None:
            allowed = {p for word in key for p in self.firsts.get(word, ())}
            entries = self.entries
            found = [entries[p] for p in sorted(allowed.union(self.always))]
            if len(self.kept) >= _PLAN_KEYS:
                self.kept.clear()
            self.kept[key] = found
        return found


_PLAN_MIN = 4  # a list is planned when at least this many of its entries constrain the object first
_PLAN_KEYS = 64  # object word sets kept per plan (cleared past it, so memory stays bounded)
# id of a lookup list -> (the list itself, its length when planned, its plan or None when not worth one)
_PLANS: dict[int, tuple[list[Entry], int, _ObjectPlan | None]] = {}
_PLANS_KEPT = 20_000


def _plan(entries: list[Entry]) -> _ObjectPlan | None:
    """The plan of a lookup list, made once (again when the list has grown: `Lexicon.add` appends). The list
    is held with its plan, so its id names no other list meanwhile."""
    key = id(entries)
    held = _PLANS.get(key)
    if held is not None and held[0] is entries and held[1] == len(entries):
        return held[2]
    if len(_PLANS) >= _PLANS_KEPT:
        _PLANS.clear()
    firsts = sum(1 for e in entries if e.constraints and e.constraints[0][0] == "dobj")
    plan = _ObjectPlan(entries) if firsts >= _PLAN_MIN else None
    _PLANS[key] = (entries, len(entries), plan)
    return plan


def match_entry(tok: Token, lexicon: Lexicon, kinds: tuple[str, ...]) -> Entry | None:
    """The entry a word takes: the first whose constraints hold, in the lexicon's order (hand entries before
    derived ones, then the most specific). A no-event entry (`---`) that matches is returned too: it stops
    the search ("delivered a speech").

    Found once per token, lexicon and kinds while `doc_memo` holds the token's Doc (the coder asks again for
    the same verb from several candidates)."""
    table = memo_table(tok.doc, match_entry)
    if table is None:
        return _match_entry(tok, lexicon, kinds)
    key = (tok.i, id(lexicon), kinds)  # (the lexicon outlives the Doc's coding)
    if key in table:
        found: Entry | None = table[key]
        return found
    entry = table[key] = _match_entry(tok, lexicon, kinds)
    return entry


class _Clause:
    """What a word's own clause says for the flags of a lexicon entry (+intrans, +inf, +pass, +ger, +own), each asked
    once per word and only when an entry needs it."""

    __slots__ = ("_others", "_to_clause", "_transitive", "tok")

    def __init__(self, tok: Token) -> None:
        self.tok = tok
        self._transitive: bool | None = None
        self._to_clause: bool | None = None
        self._others: bool | None = None

    def holds(self, entry: Entry) -> bool:
        """True when every flag of `entry` holds at the word (its constraints are not looked at)."""
        tok = self.tok
        if entry.intransitive:
            if self._transitive is None:
                self._transitive = _transitive(tok)
            if self._transitive:
                return False
        if entry.infinitive:
            if self._to_clause is None:
                self._to_clause = _infinitive_complement(tok)
            if not self._to_clause:
                return False  # "told reporters that ..." reports; "told X to leave" orders
        if entry.passive and not _passive(tok):
            return False  # "a call arranged by X" is X's mediation; "X arranged a call" may be its own
        if entry.gerund and not _gerund_complement(tok):
            return False  # "approved sending tanks" approves a deed to come; "approved the deal" is the deed
        if entry.own:
            if self._others is None:
                self._others = _others_object(tok)
            if self._others:
                return False  # "stopped Russia's assault" halts no offensive of the subject's own
        return True


def _match_entry(tok: Token, lexicon: Lexicon, kinds: tuple[str, ...]) -> Entry | None:
    words: Words | None = None
    light = coder_words().light_verbs
    clause = _Clause(tok)
    phrasal: bool | None = None  # (the word has a particle: "went [down]")
    for kind in kinds:
        for lemma in lemma_forms(tok):
            found = lexicon.lookup(kind, lemma)
            tried = found
            if len(found) >= _PLAN_MIN:
                plan = _plan(found)
                if plan is not None:
                    # (only the entries whose object constraint the object can meet: a speed-up only)
                    if words is None:
                        words = _near(tok)
                    tried = plan.tried(words["dobj"])
            hand_default = False
            for entry in tried:
                if not entry.derived and not entry.constraints:
                    hand_default = True
                if not clause.holds(entry):
                    continue
                if entry.derived and not entry.constraints and (lemma in light or hand_default):
                    # a light verb's reading comes from its noun ("issued a declaration"); a hand default
                    # that does not hold here ("+intrans") is not replaced by the dictionary's
                    continue
                if (entry.derived or entry.implied) and not entry.constraints:
                    if phrasal is None:
                        phrasal = any(c.dep_ == "prt" for c in tok.children)
                    if phrasal:
                        # the bare verb's default is not its phrasal verb's ("the liner went down" is no "go" of a
                        # visit, 040): on the development sets such defaults read no gold trigger right (cond35)
                        continue
                if not entry.constraints:
                    return entry
                if words is None:
                    words = _near(tok)
                if satisfies(entry, words):
                    if not entry.derived and _frame_only(entry) and words["dobj"]:
                        return _object_reading(entry, tried, words, clause) or entry
                    return entry
            if found:
                break  # the first lemma the lexicon knows decides
    if "N" in kinds and told_as_deed(tok):
        # a noun of an act or an event none of whose own lines holds reads as its verb does ("an airlift of arms to
        # Israel": the verb's "airlift ... obj=&weapon"; deverbal.py, nouns39)
        for lemma in lemma_forms(tok):
            readings = noun_readings(lemma, lexicon)
            for entry in readings:
                if not entry.constraints:
                    return entry
                if words is None:
                    words = _near(tok)
                if satisfies(entry, words):
                    return entry
            if readings:
                break
    if "N" in kinds:
        ordered = enacted_objects(tok)
        if ordered:
            # a deed noun ordered, decreed or proclaimed reads as its verb does on the noun's "of" or "to" phrase
            # ("ordered a halt to imports of Iranian oil": "halted imports"; deverbal.py, enact40)
            bag = _Near(tok)
            bag["dobj"] = {p.lemma_.lower() for p in ordered}
            bag["pp"] = bag["pp"] | {f"{p.head.lower_}:{p.lemma_.lower()}" for p in ordered}
            bag["prep"] = bag["prep"] | {p.head.lower_ for p in ordered}
            # (and, as on the verb's object, the nouns of the object's own "of" phrase: "the state of emergency")
            bag["obj"] = bag["obj"] | {
                g.lemma_.lower()
                for p in ordered
                for prep in p.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for g in prep.children
                if g.dep_ == "pobj"
            }
            for lemma in lemma_forms(tok):
                readings = enacted_readings(lemma, lexicon)
                for entry in readings:
                    if satisfies(entry, bag):
                        return entry
                if readings:
                    break
    return None


# the keys of a reading's frame words: its particle and its bare preposition
_FRAME_KEYS = frozenset({"prt", "prep"})
# the keys that name the thing a deed is done to
_OBJECT_KEYS = frozenset({"dobj", "obj"})


def _frame_only(entry: Entry) -> bool:
    """True when a reading holds by its particle or preposition alone, naming no noun ("pull prep=out")."""
    return all(key in _FRAME_KEYS for key, _ in entry.constraints)


def _object_reading(frame: Entry, tried: list[Entry], words: Words, clause: _Clause) -> Entry | None:
    """The hand reading with as many constraints as `frame` (a reading by its particle or preposition alone) that
    names the verb's object and holds, or None: the kind of the thing the deed is done to decides between them (deed49).
    "pulled dozens of survivors out of the sea" is a rescue (`pull dobj=survivor`, 073), not a withdrawal
    (`pull prep=out`, 0872), though the withdrawal comes first in the file; "pulled its troops out" stays a withdrawal
    (no reading of the object's own holds)."""
    for entry in tried:
        if entry.derived or entry.specificity != frame.specificity or entry is frame or entry.no_event:
            continue
        if not any(key in _OBJECT_KEYS for key, _ in entry.constraints):
            continue
        if clause.holds(entry) and satisfies(entry, words):
            return entry
    return None


# the keys of a reading's noun conditions (which nouns) and of its frame conditions (which particle, which preposition,
# whose subject, which modifier): a back-off relaxes the first kind only, and only to "some such word is there"
NOUN_KEYS = ("dobj", "obj", "pp", "comp")


def backoff_entry(tok: Token, lexicon: Lexicon, *, kind_guard: bool = False) -> Entry | None:
    """The reading a verb backs off to when its readings fail only on their nouns (cond35, issue 9).

    It applies when no reading of the verb holds, or only a bare no-event default ("---": the word alone is no event).
    The project's own readings whose frame holds here (the particle or preposition they name and no other particle, the
    subject class they name, a direct object, a phrase with the preposition they name, a clause: every key but the
    nouns) must all name one PLOVER type and fail only on open lists (written with a noun class, `Entry.open_keys`: a
    kind of thing named by a sample of its words, not a sense named by its words), and the sentence's nouns there must
    be of no kind the lexicon knows (no word of a noun class: "landed with troops" names forces, not an unlisted cargo
    of aid). Then the first of them (the lexicon's order) is returned with its noun conditions taken off, marked
    `backoff` and `derived` (it scores and counts as a dictionary guess). None when a reading whose frame holds is a
    strict list, no event, a statement or another type ("shook Chile" is not "shook hands", "buried the villages" not
    "buried the hatchet"), and for light verbs (their noun decides). Verbs only."""
    if any(lemma in coder_words().light_verbs for lemma in lemma_forms(tok)):
        return None
    held = match_entry(tok, lexicon, ("V",))
    if held is not None and not (held.no_event and not held.constraints):
        return None
    entries: list[Entry] = []
    for lemma in lemma_forms(tok):
        entries = lexicon.lookup("V", lemma)
        if entries:
            break
    words = words_at(tok)
    backed: list[tuple[Entry, list[str]]] = []
    verb_particles = frozenset(word for e in entries for word in (e.allowed("prt") or ()))
    clause = _Clause(tok)
    for entry in entries:
        if entry.derived or entry.implied or not entry.constraints:
            continue
        failed = _noun_failures(tok, entry, words, clause, verb_particles)
        if failed:
            backed.append((entry, failed))
    if not backed:
        return None
    kinds = {plover(e.code) for e, _ in backed}
    if len(kinds) != 1 or None in kinds:
        return None  # (a no-event or statement reading, or readings of two types, hold the same frame)
    if not all(set(failed) <= e.open_keys for e, failed in backed):
        return None  # (a strict list among them: its nouns name a sense of the verb)
    known = _class_words(lexicon)
    for e, failed in backed:
        for key in failed:
            nouns = _failed_nouns(tok, e, key, words)
            if not known.isdisjoint(nouns):
                return None  # (a noun of a kind the lexicon knows, not the reading's: "landed with troops")
            if kind_guard and not _kind_fits(
                nouns, {name for named, _, name in e.kinds if named == key}, entries, e
            ):
                return None  # (kinds36: the noun's WordNet kind is not the failing reading's class)
    entry, _ = backed[0]
    kept = tuple((key, allowed) for key, allowed in entry.constraints if key not in NOUN_KEYS)
    return replace(entry, constraints=kept, derived=True, backoff=True)


def _kind_fits(nouns: set[str], named: set[str], entries: list[Entry], entry: Entry) -> bool:
    """The kind guard of the back-off (kinds36): each unlisted noun's WordNet kind (`kinds.kind_classes`) is of a class
    the failing reading names at that key, and of no class a reading of another type names ("sent a squad" backs off to
    a reading of forces only when a squad is of the kind of forces and no reading of another type takes that kind)."""
    if not nouns or not named:
        return False
    kind = plover(entry.code)
    for noun in nouns:
        found = kinds.kind_classes(noun)
        if found.isdisjoint(named):
            return False
        for other in entries:
            if other.derived or other.implied or plover(other.code) == kind:
                continue
            if not found.isdisjoint(name for _, _, name in other.kinds):
                return False
    return True


def _failed_nouns(tok: Token, entry: Entry, key: str, words: Words) -> set[str]:
    """The sentence's head nouns for a noun key that failed: the direct objects (`dobj`), the direct objects and the
    nouns of the verb's own phrases (`obj`), the nouns of the verb's phrases with a preposition the entry names (`pp`);
    no modifier, apposition or phrase inside them. None for a clause (`comp`)."""
    if key == "dobj":
        return set(words["dobj"])
    phrases = [(p.lemma_.lower(), o) for p in _preps(tok) if not _stranded(p, tok) for o in _pobjs(p)]
    if key == "obj":
        return {o.lemma_.lower() for o in object_children(tok)} | {o.lemma_.lower() for _, o in phrases}
    if key == "pp":
        preps = {a.partition(":")[0] for a in entry.allowed("pp") or ()}
        return {o.lemma_.lower() for prep, o in phrases if prep in preps}
    return set()


_CLASS_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _class_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word of the lexicon's noun classes (the nouns whose kind the lexicon knows), made once per lexicon."""
    held = _CLASS_WORDS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        held = _CLASS_WORDS[id(lexicon)] = (lexicon, frozenset().union(*lexicon.classes.values()))
    return held[1]


def _noun_failures(
    tok: Token, entry: Entry, words: Words, clause: _Clause, verb_particles: frozenset[str] = frozenset()
) -> list[str] | None:
    """The noun keys of `entry` that fail at `tok` while its frame holds: each failing noun key still finds some word
    of its kind (a direct object for `dobj` and `obj`, a phrase with one of the named prepositions, a clause), the
    verb has no particle the entry does not name, and every other key and flag holds. None when the frame fails; empty when nothing fails (the reading holds)."""
    failed: list[str] = []
    # (the verb's particles: its "prt" children, and an adverb right after it that some reading of the verb names as its
    # particle, "set [aside]" parsed as an adverb)
    particles = {
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in verb_particles)
    }
    named = entry.allowed("prt")
    if particles and (named is None or particles.isdisjoint(named)):
        return None  # ("set aside a claim" is no "set" of a joint body: a particle the reading does not name)
    for key, allowed in entry.constraints:
        have = words[key]
        if not have.isdisjoint(allowed):
            continue
        if key not in NOUN_KEYS or not have:
            return None
        if key in ("dobj", "obj") and not words["dobj"]:
            return None  # (the frame of an object condition is a direct object: "concentrated on inflation" has none)
        if key == "pp" and not ({a.partition(":")[0] for a in allowed} & {p.partition(":")[0] for p in have}):
            return None  # ("pp=of:&sanction": some "of" phrase must be there)
        failed.append(key)
    return failed if clause.holds(entry) else None


def _passive(tok: Token) -> bool:
    """A verb in the passive: a past participle on its noun ("a call arranged by X") or with a passive
    subject ("the call was arranged by X")."""
    if tok.tag_ != "VBN":
        return False
    return tok.dep_ == "acl" or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _others_object(tok: Token) -> bool:
    """The verb's object is named as another party's: a possessor noun or a nationality or place modifier
    that is not the subject's own word ("Ukraine stopped [Russia's] assault", "[the Russian] advance")."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = {c.lower_ for c in subjects}
    countries: set[str] | None = None
    for obj in object_children(tok):
        for child in obj.children:
            named = (child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN")) or (
                child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE")
            )
            if named and child.lower_ not in subject and not _own_possessor(child):
                if countries is None:
                    countries = {c for s in subjects if (c := _country_at(s))}
                if countries and _country_at(child) in countries:
                    continue  # "Joe Biden ordered all [American] troops out": the subject's own country (fix30)
                return True
    return False


def _country_at(tok: Token) -> str | None:
    """The country part of the code of the actor mention the token lies in ("Donald Trump" USA, "American troops"
    USA), or None."""
    return next((m.code[:3] for m in _mentions_at(tok) if m.code), None)


def _own_possessor(noun: Token) -> bool:
    """A possessor that is itself the subject's by a pronoun ("dropped [his government's] plan", "halted [its
    army's] advance"): the object stays the subject's own."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _gerund_complement(tok: Token) -> bool:
    clause = complement(tok)
    return clause is not None and clause.tag_ == "VBG" and clause.dep_ in ("xcomp", "ccomp", "pcomp")


def _infinitive_complement(tok: Token) -> bool:
    clause = complement(tok)
    return clause is not None and clause.pos_ in ("VERB", "AUX") and infinitive(clause)


@kept_per_token
def complement(tok: Token) -> Token | None:
    """The clause a frame word governs: "agreed [to sign]", "demanded [that X leave]"."""
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "ADJ")]
    if not clauses:
        # "insisted that President Bakiyev resign": the parser may take a bare subjunctive for a noun with the
        # name before it as its compound; the "that" it is marked with shows it is the clause
        clauses = [
            c
            for c in tok.children
            if c.dep_ == "ccomp"
            and c.pos_ == "NOUN"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
    if not clauses:
        # "have sworn to fight" is sometimes parsed as an adverbial clause with "to"
        clauses = [c for c in tok.children if c.dep_ == "advcl" and c.pos_ == "VERB" and to_infinitive(c)]
    if not clauses and tok.pos_ == "VERB":
        # "insisted in a letter to Daladier [that Danzig return to Germany]": the parser may hang the verb's "that"
        # clause on the noun of a phrase of the verb as a relative clause; a clause whose "that" is only its mark
        # and that has a subject of its own is the verb's complement, not a relative clause (tail39)
        clauses = [c for c in _phrase_nouns(tok) for c in c.children if _marked_that_clause(c)]
    if not clauses and tok.pos_ in ("VERB", "ADJ"):
        # "is committed [to opening]", "objected [to sending]": a gerund after "to" is the deed
        clauses = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pcomp" and g.pos_ == "VERB" and g.tag_ == "VBG"
        ]
    if not clauses and tok.pos_ == "VERB" and tok.lemma_.lower() in coder_words().commanding_verbs:
        # "ordered North Korea's ambassador [expelled]", "ordered the assets of X [seized]": the parser may hang a
        # command's participle clause on the command's object; it is the clause all the same (senses39)
        clauses = [
            c
            for obj in tok.children
            if obj.dep_ == "dobj"
            for c in obj.subtree
            if c.dep_ == "acl" and ordered_patient(c) is not None
        ][:1]
    if not clauses and tok.pos_ == "VERB":
        # ("gave the deputies barricaded in the White House until October 4 [to hand over] their weapons": a span or
        # an "until" time and a "to" clause hung on a clause of the object; force41)
        clauses = [
            d
            for o in tok.children
            if o.dep_ in ("dobj", "dative")
            for m in o.children
            if (d := _deadline_clause(m)) is not None
        ][:1]
    if not clauses and tok.dep_ == "relcl" and tok.head.lemma_.lower() in coder_words().deadline_spans:
        # ("six days is all the time the Allies have given Germany [to accept]": the parser hangs the "to" clause
        # on the time given as a second relative clause; force41)
        clauses = [c for c in tok.head.children if c.dep_ == "relcl" and c.i > tok.i and to_infinitive(c)][:1]
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
        # "called on Iran to stop": the clause hangs on the object of the preposition; "gave X a week to
        # withdraw": on the span of time given (parsed as an adverbial noun, its clause as a relative one)
        holders = (
            [child] if child.dep_ in ("dobj", "npadvmod") else [c for c in child.children if c.dep_ == "pobj"]
        )
        if child.dep_ not in ("dobj", "prep", "npadvmod"):
            continue
        clause_deps = (
            ("xcomp", "ccomp", "acl", "relcl") if child.dep_ == "npadvmod" else ("xcomp", "ccomp", "acl")
        )
        for holder in holders:
            if _deadline_holder(child, holder):
                # ("gave the army until seven o'clock to fall back", "allowed Greece twenty-four hours to apologise":
                # the parser takes the "to" clause for a relative clause of the time given; it is what is demanded)
                clause_deps = ("xcomp", "ccomp", "acl", "relcl")
            if child.dep_ == "prep" and holder.lemma_.lower() in coder_words().purpose_phrase_nouns:
                continue  # ("refused food in a bid to force the government ...": the deed's purpose; protest39)
            for grand in holder.children:
                if grand.dep_ in clause_deps and grand.pos_ == "VERB" and to_infinitive(grand):
                    return grand
            if child.dep_ == "dobj":
                for grand in holder.subtree:
                    if grand.dep_ == "acl" and ordered_patient(grand) is not None:
                        return grand  # ("ordered 150,000 reservists [called up]": a command's small clause; force38)
    return None


def _deadline_holder(child: Token, holder: Token) -> bool:
    """True when `holder` is a span of time given as an object ("48 hours", "a week") or the time of an "until"
    phrase ("until seven o'clock", "until midnight on Monday"): a "to" clause on it is the demand the time is given
    for (data: coder_words.json `deadline_spans`)."""
    if child.dep_ == "prep":
        return child.lower_ in ("until", "till")
    lemma = holder.lemma_.lower()
    return child.dep_ == "dobj" and lemma in coder_words().deadline_spans and lemma != "time"  # (_named_time)


def _phrase_nouns(verb: Token) -> list[Token]:
    """The nouns of the prepositional phrases on a verb, and of the phrases on those nouns ("in [a letter] to
    [Daladier]"), in the order of the text."""
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            found.append(noun)
            found += [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return found


def _marked_that_clause(clause: Token) -> bool:
    """A clause the parser took for a relative one whose "that" is only its mark (no relative word is an argument
    of it) and that has a subject of its own: "[that Danzig return to Germany]", not "the letter [that Daladier
    received]"; a noun's own clause ("reports that two MPs had taken cash", "a pledge that the guerrillas would be
    kept out", parsed "acl") stays the noun's."""
    return (
        clause.dep_ == "relcl"  # (an "acl" is the noun's own clause: "after reports that X had taken cash")
        and clause.pos_ in ("VERB", "AUX")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not any(g.lower_ in coder_words().relative and g.dep_ != "mark" for g in clause.children)
    )


def frame_code(frame: str) -> str:
    """A frame's own code (`frame_codes.json` "default"): "threatened" alone is 130, "demanded" 100."""
    own = frame_codes().default.get(frame)
    if own is None:
        raise data_error(FRAME_CODES, f"frames.{frame}.default", "missing: the frame has no code of its own")
    return own


def refine(frame: str, inner: str | None, base: str | None = None) -> str:
    """The code of a frame given the code of its complement ("threaten" + "impose sanctions" -> 1312); `base`
    (by default the frame's own code, `frame_code`) when the complement's code refines nothing."""
    if base is None:
        base = frame_code(frame)
    if inner is None:
        return "030" if frame == "posture" and base == "150" else base
    if frame == "posture":
        # Getting ready to strike is a show of force; getting ready to do good is an intention.
        return "150" if inner[:2] in frame_codes().conflict_roots else refine("intent", inner)
    if frame == "intent" and inner[:2] == "15":
        # "plans to transfer fighters", "intends to deploy troops": a planned build-up stays a build-up
        # (its modality says it is only planned); it threatens no one in particular.
        return inner
    if frame == "intent" and inner[:2] == "13":
        # "vowed to take revenge on X": an intention to threaten is the threat
        return inner
    if frame == "intent" and inner[:2] in frame_codes().conflict_roots:
        # A stated intention to do harm is a threat in CAMEO ("vowed to strike back").
        return refine("threat", inner)
    exact = frame_codes().exact.get(frame, {})
    for key in (inner, inner[:3]):
        if key in exact:
            return exact[key]
    return frame_codes().by_root.get(frame, {}).get(inner[:2], base)


def is_light(verb: Token, lexicon: Lexicon) -> bool:
    """A verb that lends its subject to an event noun ("held talks", "must prioritise talks"); event
    verbs and reversals change its sense ("terminated the agreements", "opposed the talks")."""
    lemmas = lemma_forms(verb)
    words = coder_words()  # (set tests of the forms: no generator step per form; speed49)
    if not (words.light_verbs.isdisjoint(lemmas) and words.motion_verbs.isdisjoint(lemmas)):
        return True
    if not (words.reversal_verbs.isdisjoint(lemmas) and clause_words().noting_verbs.isdisjoint(lemmas)):
        return False  # ("critics cite China's pressure on ...": a verb of noting lends the noun nothing)
    # (the dictionary's patterns name readings with particular objects: only a hand entry, or a default
    # reading of the dictionary's that names an event, makes a verb more than light)
    return not any(
        (not e.derived or (not e.constraints and plover(e.code) is not None))
        for lemma in lemmas
        for kind in ("V", "F")
        for e in lexicon.lookup(kind, lemma)
        if not e.implied
    )


def spanned(noun: Token) -> Token:
    """The event noun a noun of a span or a stage stands for ("five days [of] war games", "the first stage [of]
    drills"; data: `span_nouns`); the noun itself otherwise."""
    if noun.lemma_.lower() not in coder_words().span_nouns and noun.lower_ not in coder_words().span_nouns:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            inner = [p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            if inner:
                return inner[0]
    return noun


def light_object(tok: Token, lexicon: Lexicon) -> tuple[Entry, Token] | None:
    """The event noun a verb governs as its object ("held [talks]"), with its lexicon entry."""
    for obj in object_children(tok):
        if obj.pos_ == "PROPN":
            # "began Talisman Sabre, their biennial exercise": a name's noun in apposition says what it names
            # (joint40)
            obj = next((a for a in obj.children if a.dep_ == "appos" and a.pos_ == "NOUN"), obj)
        if obj.pos_ != "NOUN" or obj.lemma_.lower() in coder_words().agent_nouns:
            continue  # (a doer noun, "diversify its arms suppliers", names no deed as an object)
        obj = spanned(obj)
        entry = match_entry(obj, lexicon, ("N",))
        series = _series_deed(obj, entry, lexicon)
        if series is not None:
            return series, obj
        if entry is not None and plover(entry.code):
            return entry, obj
    return None


def _series_deed(noun: Token, entry: Entry | None, lexicon: Lexicon) -> Entry | None:
    """ "waged a campaign [of air strikes] against X", "launched a wave [of attacks] on Y": a noun with no reading
    of its own alone (none without constraints) whose "of" phrase names deeds of force (a reading of roots 18-20, with
    no determiner: deeds told as many or as a mass) is those deeds told as a whole; the deed's reading decides over a reading the noun has only with constraints (a
    campaign against a party is otherwise one of words, 111). A noun with a reading of its own keeps it ("an
    investigation of the raid", "a condemnation of the attacks")."""
    if entry is not None and entry.code[:2] in ("18", "19", "20"):
        return None
    if any(not e.constraints for e in lexicon.lookup("N", noun.lemma_.lower())):
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for deed in prep.children:
            if deed.dep_ != "pobj" or deed.pos_ != "NOUN" or any(c.dep_ == "det" for c in deed.children):
                continue  # (deeds told as many, "of air strikes", "of bombing"; not one, "the effect of a bomb")
            found = match_entry(deed, lexicon, ("N",))
            if found is not None and found.code[:2] in ("18", "19", "20") and plover(found.code):
                return found
    return None
