"""Joint deeds: the marks of a deed two or more parties do together, and the domain of their cooperation.

A deed told with a mark of jointness ("together", "side by side", "in concert"; a partner after "alongside"; an
undertaking named as "joint") whose verb has no reading of its own is the parties' material cooperation (CAMEO 06x),
its code by what is done (`cooperation_code`). Issue 9, fortieth session (joint40); read by `triggers._joint_deed`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from .deverbal import source_verbs
from .knowledge import (
    CoderWords,
    clause_words,
    coder_words,
    cooperation_domains,
    crew_state_nouns,
    role_words,
)
from .lexicon import NO_DEED_VERBS_FILE, Lexicon
from .match import match_entry
from .tree import memo_table, object_children, prep_objects, tokens_of

# what a mark may hang on besides the verb: its object, or the object of one of its phrases ("drove into Iraq
# shoulder to shoulder", where the parser may hang the phrase on "Iraq")
_OBJECT_DEPS = ("dobj", "pobj", "nsubjpass")


def joint_marked(verb: Token) -> bool:
    """True when an adverb or a phrase of jointness hangs on `verb` ("built the port together", "jointly tested",
    "worked side by side", "sold dollars in concert", "marched as one") (data: `joint_adverbs`, `joint_phrases`)."""
    adverbs = coder_words().joint_adverbs
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in adverbs:
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


def coordinated_doers(verb: Token) -> bool:
    """True when the doers of `verb` are bound by a coordination: its subject is one ("the Soviet Union and India
    put ...", "the kings of Norway and Sweden walked ..."), or the subject's modifier or its phrase of origin is one
    ("American and Soviet crews", "the coast guards of A, B and C", "astronauts from A, B and C"). Whether the
    conjoined words are parties of two states is asked of the mentions (`triggers._joint_deed`)."""
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        if subj.conjuncts:
            return True
        for mod in subj.children:
            if mod.dep_ in ("amod", "compound", "nmod", "poss") and mod.conjuncts:
                return True
            if (
                mod.dep_ == "prep"
                and mod.lower_ in ("of", "from")
                and any(p.dep_ == "pobj" and p.conjuncts for p in mod.children)
            ):
                return True
    return False


def comitative_partners(verb: Token) -> list[Token]:
    """The heads of the parties a deed is done with: the objects of `verb`'s "with" and "beside" phrases
    (`joint_comitative_preps`) and their conjuncts ("paraded with the Russian army", "launched beside two Soviet
    cosmonauts"). Whether a head is a party, not a thing ("with flags", "with the help of X"), is asked of the
    mentions (`triggers._joint_deed`). A "with" phrase whose object has a predicate of its own tells the
    circumstances, not a partner ("with 350 Indian immigrants still aboard", "with X looking on")."""
    preps = coder_words().joint_comitative_preps
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        and not (prep.lower_ == "with" and any(c.dep_ in ("acl", "advmod") for c in pobj.children))
        for obj in (pobj, *pobj.conjuncts)
    ]


def mutual_or_opposed(verb: Token) -> bool:
    """True when the doers of `verb` act on each other ("fought each other", "played one another") or against
    someone ("played against X"): no deed done together."""
    words = coder_words()
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("against", "versus"):
            return True
        if child.dep_ in ("dobj", "pobj", "npadvmod", "advmod") and any(
            " ".join(t.lower_ for t in child.subtree).endswith(m) for m in words.mutual_markers
        ):
            return True
    return False


@cache
def no_deed_verbs() -> frozenset[str]:
    """The verbs whose first WordNet sense is a state, a change of state, words, a contest, eating, a feeling or a
    perception (`data/wordnet_no_deed_verbs.txt`, generated by `python -m realpolitik.events.build_lexicon`): "share",
    "border", "grow", "become", "chat", "play", "lunch", "fear", "watch", "lose"."""
    text = (resources.files("realpolitik.events") / "data" / NO_DEED_VERBS_FILE).read_text(encoding="utf-8")
    return frozenset(line.split()[0] for line in text.splitlines() if line and not line.startswith("#"))


def conflict_deed(verb: Token, lexicon: Lexicon) -> bool:
    """True when the deed of `verb` is one of conflict: the lexicon's bare reading of the verb (one with no
    constraints) is a conflict one (`joint_conflict_roots`: "fight", "invade", "shell"), or what is done is a deed
    of force or a weapon ("laid a barrage", "launched an offensive", "fired missiles", "smeared nerve agent":
    clauses.json `instrument_deeds`, the lexicon's classes &offensive, &weapon, &armour, &toxic, on the object or
    its modifiers). Such a deed is never read as one done
    together from its doers alone."""
    roots = coder_words().joint_conflict_roots
    for e in lexicon.lookup("V", verb.lemma_.lower()):  # (a plain loop; speed49)
        if not e.constraints and e.code[:2] in roots:
            return True
    force = clause_words().instrument_deeds
    kinds = [lexicon.classes.get(name, frozenset()) for name in ("offensive", "weapon", "armour", "toxic")]
    objects = [o for o in object_children(verb) if o.dep_ in _OBJECT_DEPS]
    objects += [m for o in objects for m in o.children if m.dep_ in ("amod", "compound")]
    objects += [
        p
        for o in objects
        for prep in o.children
        if prep.dep_ == "prep"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return any(o.lemma_.lower() in force or any(o.lemma_.lower() in k for k in kinds) for o in objects)


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
        if obj.lemma_.lower() in lexicon.classes.get("speech_form", frozenset()):
            continue  # ("issued a joint statement", "a joint declaration": words, not a deed done together; coop43)
        entry = match_entry(obj, lexicon, ("N", "F"))
        if entry is None or entry.no_event:
            return obj
    return None


def cooperation_code(verb: Token, lexicon: Lexicon) -> str:
    """The CAMEO code of a joint deed by its domain: the nouns of what is done (the verb's objects and their
    modifiers) first, then those of its doers, then those of the partners it is done with; 061 economic, 062
    military, 063 judicial, 064 intelligence, else 060 (data: `cooperation_domains`, whose `&name` values are classes
    of the lexicon)."""
    domains = cooperation_domains()
    objects = [o for o in object_children(verb) if o.dep_ in _OBJECT_DEPS]
    objects += [p for o in objects for p in o.children if p.dep_ == "appos"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [c for s in subjects for c in s.conjuncts]
    # (then the partners a deed is done with: "paraded with the Russian army"; joint42)
    partners = comitative_partners(verb)
    for nouns in (objects, subjects, partners):
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


# --- Shared undertakings: joint journeys and operations named as nouns, crewed flights, parades (coop43) ----------

# the verbs' own words of a journey's start or end ("lifted off", "blasted off", "went up"; WordNet senses below)
_TRAVEL_RINGS = frozenset(
    {
        "travel",
        "go",
        "move",
        "locomote",
        "propel",
        "impel",
        "transport",
        "rise",
        "lift",
        "raise",
        "fly",
        "enter",
    }
)
# prepositions whose objects travel with a verb's doers ("with", "beside", "alongside", "aboard")
_COMPANION_PREPS = ("with", "beside", "alongside", "aboard", "among")
# prepositions of a journey's goal ("into space", "to the station", "toward Mir", "headed for the station")
_GOAL_PREPS = ("into", "to", "toward", "towards", "for")


def joint_undertaking(noun: Token) -> bool:
    """True when `noun` names an undertaking that parties share: a journey or an operation (`joint_undertakings`)
    marked as joint ("a joint flight", "their first joint air patrol", "a combined operation"; roles.json
    `joint_modifiers`)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in coder_words().joint_undertakings:
        return False
    # (the mark may hang on a compound the parser read as its head: "their first [joint space] mission"; joint50)
    mods = [*noun.children, *(m for c in noun.children if c.dep_ == "compound" for m in c.children)]
    return any(c.dep_ in ("amod", "compound") and c.lower_ in role_words().joint_modifiers for c in mods)


def undertaking_nouns(verb: Token) -> list[Token]:
    """The nouns of a shared undertaking `verb` does or tells: its objects ("flew a joint mission"), its subjects
    ("Austria's first joint space flight with the Soviet Union began") and the objects of its "in" and "on" phrases
    ("went up ... in a joint flight of East Berlin and Moscow") and of its "for" phrase, the purpose it is done for
    ("put warships to sea for coordinated patrols"; joint50)."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    found += prep_objects(verb, ("in", "on", "for"))
    # (a purpose the parser hung on the verb's object or its place: "put warships to [sea for coordinated patrols]")
    found += [f for o in (*object_children(verb), *prep_objects(verb)) for f in prep_objects(o, ("for",))]
    return [n for n in found if joint_undertaking(n)]


def party_heads(noun: Token, appositions: bool = True) -> list[Token]:
    """The tokens that may name the parties of `noun`: the noun and its conjuncts, their modifiers and possessors
    ("the Mongolian cosmonaut", "Russia's Mir station", "two NASA astronauts"), their appositions ("a Saudi prince,
    Sultan bin Salman"), and the objects of their "of", "from", "with" and "between" phrases ("the joint flight of
    Washington and Moscow", "Austria's first joint space flight with the Soviet Union", "Sultan al-Neyadi of the
    United Arab Emirates"). An undertaking's apposition is a comment on it ("a joint patrol ..., a move Japan's
    defence minister called provocative"): `appositions` False leaves it out."""
    heads: list[Token] = []
    for t in (noun, *noun.conjuncts):
        own = [t, *(a for a in t.children if a.dep_ == "appos" and appositions)]
        for o in own:
            heads.append(o)
            mods = [c for c in o.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            # ("American and Soviet spacecraft": the modifiers' conjuncts too)
            heads += [m for c in mods for m in (c, *c.conjuncts)]
            objects = [
                p
                for c in o.children
                if c.dep_ == "prep" and c.lower_ in ("of", "from", "with", "between")
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if o.lemma_.lower() in coder_words().crew_nouns:
                # ("a crew of four Americans, a Canadian, an Italian and a Russian": the parser may make the rest of
                # a crew's list an apposition of its first member; flights46)
                objects += [a for p in objects for a in p.children if a.dep_ == "appos"]
                # ("a crew of seven that included Spain's X and Japan's Y": what a crew's relative clause has, the
                # crew has among its members, on the crew or on its "of" number; motion47)
                members = [
                    m
                    for h in (o, *objects)
                    for rel in h.children
                    if rel.dep_ == "relcl"
                    for d in rel.children
                    if d.dep_ == "dobj"
                    for m in (d, *d.conjuncts)
                ]
                objects += members
                objects += [c for m in members for c in m.children if c.dep_ in ("poss", "amod", "compound")]
            heads += [q for p in objects for q in (p, *p.conjuncts)]
    return heads


def travel_verb(verb: Token) -> bool:
    """True when `verb` is a verb of travel, motion or propulsion by one of its first three WordNet senses ("fly",
    "rise", "lift", "carry", "launch", "dock"), a verb with the particle "off" ("blasted off"), or a verb with no
    object sent off by a particle or adverb of departure (`_DEPARTURE`: "roared away from Florida", "thundered
    aloft": any verb, a sound told as a going; motion47)."""
    # (one plain loop over the children: asked of every verb; speed50)
    departure = with_object = False
    for c in verb.children:
        dep = c.dep_
        if dep == "prt" or dep == "advmod":
            low = c.lower_
            if dep == "prt" and low == "off":
                return True
            if low in _DEPARTURE:
                departure = True
        elif dep == "dobj":
            with_object = True
    if departure and not with_object:
        return True
    return _travel_lemma(verb.lemma_.lower())


# particles and adverbs that make a going of any verb with no object ("roared away", "thundered aloft"; motion47)
_DEPARTURE = frozenset({"away", "aloft", "skyward", "skywards", "upward", "upwards"})


@lru_cache(maxsize=8192)
def _travel_lemma(lemma: str) -> bool:
    """True when one of the first three WordNet senses of the verb `lemma` has a word of `_TRAVEL_RINGS`; read once
    per lemma (`travel_verb` asks on every verb)."""
    from .crowds import verb_senses

    senses = verb_senses(lemma) or []
    return any(set(w for ring in sense for w in ring) & _TRAVEL_RINGS for sense in senses[:3])


def flight_arguments(verb: Token) -> list[Token]:
    """The nouns of those who travel in a journey told by `verb`: its subjects and objects, the objects of its
    phrases of company ("with", "beside", "alongside", "aboard", "among") and the objects and agents of participles on
    these ("a Soyuz carrying X", "a Soyuz commanded by Y")."""
    nouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # ("X, a German materials scientist ..., headed for the station with three NASA astronauts", parsed as a clause
    # on X: the noun a journey's clause hangs on travels, when the clause names where to; not "cosmonauts floated
    # aboard the station", a move about the station; flights46)
    if verb.dep_ == "acl" and prep_objects(verb, _GOAL_PREPS):
        nouns.append(verb.head)
    # ("Cuba became the seventh partner to put a man into orbit with the Soviet Union": an infinitive on a noun is
    # done by the noun, and by the subject the noun is said to be; flights46)
    if verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        nouns.append(verb.head)
        if verb.head.dep_ == "attr" and verb.head.head.lemma_.lower() in ("be", "become"):
            nouns += [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    # ("lifted her and two Russian cosmonauts": the parser may join the second object to the verb)
    nouns += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    # ("X became the first Briton in space when a Soyuz lifted her and ...": a pronoun travelling in a clause hung on
    # another stands for that clause's subject, and for what the subject is said to be)
    if verb.dep_ == "advcl" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "PRON" for c in verb.children
    ):
        nouns += [c for c in verb.head.children if c.dep_ == "nsubj"]
        nouns += _predicates(verb.head, own=True)
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS]
    # ("rose ... with a satellite ..., and with three Europeans ... in its crew": the parser may make a second phrase
    # of company a conjunct of the verb; motion47)
    preps += [
        c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in _COMPANION_PREPS
    ]
    # ("took X into orbit on Friday, the third flight of ..., alongside Y": the parser may hang a phrase of company
    # on a noun phrase set in the clause)
    preps += [
        c
        for n in verb.children
        if n.dep_ == "npadvmod"
        for c in n.children
        if c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS
    ]
    # ("took X to the space station with five American crewmates": the parser may hang a phrase of company on the
    # journey's goal; flights46)
    preps += [
        c
        for g in prep_objects(verb, _GOAL_PREPS)
        for c in g.children
        if c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS
    ]
    # ("aboard beside a Russian commander": a phrase of company may hang on another)
    preps += [c for p in preps for c in p.children if c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS]
    nouns += [p for c in preps for p in c.children if p.dep_ == "pobj"]
    nouns += [
        p for p in prep_objects(verb, ("in", "on")) if any(a.dep_ == "acl" for a in p.children)
    ]  # ("blasted off in a Soyuz commanded by the Russian Y": the craft, read for its participle)
    nouns += [
        p for p in prep_objects(verb, ("in", "on")) if p not in nouns and _spacecraft(p)
    ]  # ("sent X aloft in a Soyuz with a Russian commander": the craft, read for its company)
    # ("was carried aloft ... by a Soyuz": the agent of a passive verb of transport is the craft)
    nouns += prep_objects(verb, deps=("agent",))
    # ("Strapped in beside two Russian cosmonauts, X soared", "sharing the Soyuz with a Kazakh flier", "Ivan Bella
    # flying to the station with Y", "bringing the Canadian Z": the company of a participle hung on the verb)
    nouns += [n for part in _participles(verb) for n in _participle_company(part)]
    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
    nouns = [m for n in nouns for m in (n, *n.conjuncts)]
    for n in list(nouns):
        for acl in n.children:
            if acl.dep_ != "acl":
                continue
            nouns += [c for c in acl.children if c.dep_ == "dobj"]
            nouns += prep_objects(acl, deps=("agent",))
            # ("with the French flier X strapped in beside two Russian crewmates")
            nouns += [p for p in _participle_company(acl) if p not in nouns]
        # ("aboard a Soyuz with two Soviet cosmonauts": a phrase of company on the craft)
        nouns += prep_objects(n, _COMPANION_PREPS)
    nouns = [m for n in nouns for m in (n, *n.conjuncts)]
    # ("with Oleg Novitsky, NASA's Tracy Dyson and Marina Vasilevskaya, a flight attendant ...": an apposition to a
    # conjunct of an apposition)
    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos" and a not in nouns]
    # ("to become the first Frenchwoman in space", "a flight attendant who is the first woman from Belarus": what a
    # flier is said to be names the flier's state)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        nouns += _predicates(verb)
    nouns += [
        a
        for n in list(nouns)
        for rel in n.children
        if rel.dep_ == "relcl"
        for a in _predicates(rel, own=True)
    ]
    return nouns


def _participles(verb: Token) -> list[Token]:
    """The participles hung on `verb` that tell its journey's company: a present or past participle as an adverbial
    clause ("Strapped in beside ...", "sharing the Soyuz with ...", "X flying to the station with ...")."""
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN")]


def _participle_company(part: Token) -> list[Token]:
    """The nouns of those travelling in a participle's clause: its own subject ("Ivan Bella flying ..."), the objects of
    its phrases of company ("sharing the Soyuz with X", "strapped in beside X", parsed as "in" with "beside" on its
    object), and its objects when the participle is itself a verb of transport ("bringing the Canadian Z"); never the
    object of another deed ("wounding dozens of Israelis")."""
    found = [c for c in part.children if c.dep_ == "nsubj"]
    if _travel_lemma(part.lemma_.lower()):
        found += [c for c in part.children if c.dep_ == "dobj"]
    preps = [c for c in part.children if c.dep_ == "prep"]
    preps += [c for p in preps for c in p.children if c.dep_ == "prep" and c.lower_ in _COMPANION_PREPS]
    for prep in preps:
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            marked = any(
                m.lower_ in _COMPANION_PREPS for q in (p, *p.children) for m in q.children if m.dep_ != "prep"
            )
            if prep.lower_ in _COMPANION_PREPS or marked:
                found.append(p)
    return found


def _predicates(verb: Token, own: bool = False) -> list[Token]:
    """What `verb`'s subject is said to become or to be: the attribute of an infinitive or participle of "become" or
    "be" hung on it ("soared ... to become the first Frenchwoman in space"), or, with `own`, of `verb` itself when it
    is one (the relative clause "who is the first woman from Belarus")."""
    clauses = [verb] if own else [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    return [
        a
        for c in clauses
        if c.lemma_.lower() in ("be", "become")
        for a in c.children
        if a.dep_ in ("attr", "acomp")
    ]


def _tells_space(tok: Token) -> bool:
    """True when the sentence of `tok` tells space: a spacecraft noun, a crew noun or a space word
    (`spacecraft_nouns`, `crew_nouns`, `space_words`: "into orbit", "the International Space Station"). A station
    alone tells none (a police, railway or radio station; review45)."""
    sent = tok.sent
    kept = memo_table(tok.doc, _tells_space)
    if kept is None:
        return _space_in(sent)
    key = (sent.start, sent.end)
    found = kept.get(key)
    if found is None:
        # (the same answer for every token of the sentence: read once per sentence of the Doc being coded)
        found = kept[key] = _space_in(sent)
    return found


def _space_in(sent: Span) -> bool:
    global _SPACE
    words = coder_words()
    made = _SPACE
    if made is None or made[0] is not words:
        # (made once per word lists rather than on every call)
        made = _SPACE = (words, (words.spacecraft_nouns - {"station"}) | words.crew_nouns | words.space_words)
    space = made[1]
    # (C loops over the sentence's words: no call per word; speed49)
    return not space.isdisjoint(map(str.lower, map(_lemma_of, tokens_of(sent))))


_lemma_of = operator.attrgetter("lemma_")


# The coder's word lists and the lemmas that tell space in them (`_space_in`)
_SPACE: tuple[CoderWords, frozenset[str]] | None = None


def _robot(noun: Token, robots: frozenset[str]) -> bool:
    """Whether `noun` names an uncrewed craft (`robots`), not an inquiry: a probe "into" something that is not space
    (the phrase on the noun, or on the verb it is the object of) is an investigation ("opened a probe into the loss
    of the shuttle Columbia", "a probe into the bombing of the station"; not "sent a probe into orbit"; review45)."""
    lemma = noun.lemma_.lower()
    if lemma not in robots:
        return False
    if lemma != "probe":
        return True
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    space = coder_words().space_words
    return not any(p.lemma_.lower() not in space for h in holders for p in prep_objects(h, ("into",)))


def uncrewed_craft(tok: Token) -> bool:
    """True when the trigger `tok` tells what an uncrewed craft did or had done to it, in a sentence that tells space
    (`_tells_space`): the trigger noun is such a craft ("the European Space Agency's Rosetta probe caught up with a
    comet"), or the verb's doer (shared with its head by a participle or a conjunct) or object is one
    (`uncrewed_craft_nouns`: "NASA's Juno spacecraft fired its main engine", "NASA sent its Perseverance rover ...
    aboard an Atlas V rocket", "sending an uncrewed Orion capsule"), and no person or crew travels with it (a crewed
    flight is read by `crewed`). The craft moved; no party did a deed to another."""
    words = coder_words()
    robots = words.uncrewed_craft_nouns
    if not _tells_space(tok):
        return False
    if tok.pos_ == "NOUN":
        return _robot(tok, robots)
    holder = tok
    for _ in range(3):
        if holder.dep_ in ("advcl", "conj", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in holder.children
        ):
            holder = holder.head
    args = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    args += [c for c in holder.children if c.dep_ == "nsubj"]
    # ("sent its rover on its way to Mars to search a lake bed": the object sent does the purpose)
    args += [c for c in holder.children if c.dep_ == "dobj" and holder.i != tok.i]
    if not any(_robot(a, robots) for a in args):
        return False
    return not any(
        t.ent_type_ == "PERSON" or t.lemma_.lower() in words.crew_nouns
        for n in flight_arguments(tok)
        if n.lemma_.lower()
        not in robots  # (the craft's own name, "NASA's Dawn spacecraft", is no one aboard)
        for t in (n, *n.children)
    )


def _spacecraft(t: Token) -> bool:
    """True when `t` names a craft that flies to space: a spacecraft noun or a compound of one ("a Soyuz rocket", "a
    SpaceX capsule"; `spacecraft_nouns` but "station"), or a name with an indefinite article that names no person,
    place or people ("a Soyuz rose", "aboard a Soyuz")."""
    crafts = coder_words().spacecraft_nouns - {"station"}
    if t.lemma_.lower() in crafts:
        return True
    # (a craft's name with its kind, "the shuttle Discovery"; not a common noun the word qualifies, "a shuttle
    # mission" of a diplomat, a "rocket attack"; review45)
    if t.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in crafts for c in t.children):
        return True
    return (
        t.pos_ == "PROPN"
        and t.ent_type_ not in ("PERSON", "NORP", "GPE", "LOC", "FAC")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    )


def space_goal(verb: Token) -> bool:
    """True when the journey told by `verb` goes to space: the object of a phrase of its goal, on the verb or on one of
    its adverbs ("sent X back into space", "launched X into orbit"), is a space word (`space_words`) or a space
    station ("to the space station"); not a space centre on the ground (flights46)."""
    space = coder_words().space_words
    for h in (verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt"))):
        for p in prep_objects(h, _GOAL_PREPS):
            lemma = p.lemma_.lower()
            if lemma in space or (
                lemma == "station"
                and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in space for c in p.children)
            ):
                return True
    return False


def _uncrewed(n: Token, robots: frozenset[str]) -> bool:
    """True when `n` names an uncrewed craft: an uncrewed craft noun, or a name set beside one as its apposition
    ("a Kazakh satellite, KazSat", "KazSat, a Kazakh satellite"; flights46)."""
    if n.lemma_.lower() in robots:
        return True
    if n.dep_ == "appos" and n.head.lemma_.lower() in robots:
        return True
    return any(a.dep_ == "appos" and a.lemma_.lower() in robots for a in n.children)


def space_flight(verb: Token, nouns: list[Token], told: bool = False) -> bool:
    """True when the journey told by `verb` with the travellers `nouns` (`flight_arguments`) is a flight of people
    to space or a docking there: the sentence tells space (a spacecraft noun, a crew noun or a space word:
    `spacecraft_nouns`, `crew_nouns`, `space_words`), a craft travels (a doer, object, agent or companion that is a
    spacecraft noun or a compound of one, "a Soyuz rocket"; or a named doer with an article, "a Soyuz rose"), and
    people ride it (a person or a nationality among `nouns`: "the Italian Roberto Vittori") or it meets another
    craft ("docked with Russia's Mir station"). A journey into space or orbit needs no craft named ("NASA sent X into
    orbit aboard Discovery", "France sent X back into space aboard a Soviet craft"; flights46); `told` stands for
    the space words when the flight's own mission names its parties ("the latest of France's paid flights with
    Russia began when X rode a Soyuz ..."; `mission_of`). A satellite, a probe or a missile carries no one; a plane
    or a ship is no spacecraft."""
    words = coder_words()
    if not (told or _tells_space(verb)):
        return False
    craft = _spacecraft

    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # ("The first of a roomier Soyuz model carried ...": the craft may be named in the doer's "of" phrase)
    doers += [
        p for d in doers for c in d.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
    ]
    if not any(craft(t) for t in (*doers, *nouns)) and not space_goal(verb):
        return False
    sent = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
    if sent and all(_uncrewed(t, words.uncrewed_craft_nouns) for t in sent):
        # ("India launched a French satellite into orbit aboard its own rocket", "the United States sent an Indonesian
        # satellite into orbit aboard the shuttle": what is launched or sent is an uncrewed craft, cargo; the doer
        # launches it and rides nothing; review46)
        return False
    # ("The American shuttle Atlantis and Russia's Mir station docked", "American and Soviet spacecraft docked": craft
    # conjoined as the doers, or one craft noun with conjoined modifiers, meet one another)
    met = [
        t for d in doers for t in (d, *d.conjuncts) if craft(t) or t.lemma_.lower() in words.spacecraft_nouns
    ]
    if len(met) >= 2 or any(
        m.conjuncts for d in met for m in d.children if m.dep_ in ("amod", "compound", "nmod", "poss")
    ):
        return True
    if any(
        t.pos_ == "PROPN"
        or t.ent_type_ in ("PERSON", "NORP")
        or t.lemma_.lower() in words.crew_nouns | words.crew_ranks
        for n in nouns
        if not craft(n) and not _uncrewed(n, words.uncrewed_craft_nouns)  # ("an Israeli lander", review45)
        for t in (n, *(c for c in n.children if c.dep_ in ("amod", "compound", "appos")))
    ):
        return True
    companions = prep_objects(verb, _COMPANION_PREPS)
    return any(craft(p) or p.lemma_.lower() in words.spacecraft_nouns for p in companions)


def _journey_noun(noun: Token) -> bool:
    """True when `noun` names a journey as an event: a flight or mission (`mission_nouns`), a noun that is itself a
    verb of travel or propulsion ("the launch on Sunday of a Soyuz sent X to the station"), or a noun made from one
    (deverbal.source_verbs: "departure", "voyage"). As a verb's doer it stands for those who travel (flights46)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    return (
        lemma in coder_words().mission_nouns
        or _travel_lemma(lemma)
        or any(_travel_lemma(v) for v in source_verbs(lemma))
    )


def crewed(verb: Token, nouns: list[Token], lexicon: Lexicon, told: bool = False) -> bool:
    """True when one of `nouns` (or its apposition or compound: "among its seven crew members") names a crew
    (`crew_nouns`: "cosmonaut", "astronaut", "crew"), or a rank of one (`crew_ranks`: "commander", "pilot") when a
    craft is among them (`vehicle_nouns`, the lexicon's &craft and &aircraft) or `verb` lifts off ("lifted off"), or
    the journey is a flight of people to space (`space_flight`; `told` as there). Never a flight of a paying
    tourist (`tourist_nouns`: "rode a Russian Soyuz to the station as a paying tourist"; a commercial flight is no
    event, conventions 15.1; flights46)."""
    words = coder_words()
    said = [*nouns, *prep_objects(verb, ("as",))]
    if any(
        t.lemma_.lower() in words.tourist_nouns
        for n in said
        for t in (n, *(c for c in n.children if c.dep_ in ("appos", "compound")))
    ):
        return False
    crafts = (
        words.vehicle_nouns
        | lexicon.classes.get("craft", frozenset())
        | lexicon.classes.get("aircraft", frozenset())
    )
    doer_of = (
        verb.head
        if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children)
        else verb
    )
    for subj in (c for c in doer_of.children if c.dep_ in ("nsubj", "nsubjpass")):
        # the doers travel: a crew, a craft or one named ("Tim Peake", "a Soyuz rocket", "Russia"), not pirates who
        # took a ship's crew hostage
        # (or a craft named in the doer's "of" phrase, "the first of a roomier Soyuz model", or a state's body by its
        # possessor, "Japan's space agency sent X aloft")
        marks = [subj, *(c for c in subj.children if c.dep_ in ("appos", "compound", "poss"))]
        marks += [
            q
            for c in subj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            for q in (p, *(m for m in p.children if m.dep_ == "compound"))
        ]
        if not any(
            t.pos_ == "PROPN"
            or t.ent_type_ in ("PERSON", "NORP")
            or t.lemma_.lower() in words.crew_nouns | words.crew_ranks | crafts
            for t in marks
        ) and not _journey_noun(subj):
            return False
    named = [t for n in nouns for t in (n, *(a for a in n.children if a.dep_ in ("appos", "compound")))]
    lemmas = {t.lemma_.lower() for t in named} | {t.lower_ for t in named}
    if lemmas & words.crew_nouns:
        return True
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    # (a rank flies when a craft is named, the verb lifts off, or the sentence tells space: "flew to the space station
    # with the Russian commander Y", flights45)
    if lemmas & words.crew_ranks and (off or lemmas & crafts or _tells_space(verb)):
        return True
    return space_flight(verb, nouns, told)


# the dependents before a crew noun or its head that name whose the flier is ("the Mongolian cosmonaut", "Romania's
# first cosmonaut", "a Soviet cosmonaut", "NASA astronaut")
_OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def crew_of_state(nouns: list[Token], named: Callable[[Token], bool]) -> list[tuple[Token, str]]:
    """The crew nouns among a flight's travellers `nouns` (`flight_arguments`) that name their state by themselves
    (`crew_states`: "cosmonauts Y and Z" -> RUS, "cosmonaut Z" -> RUS), each with that state's code, when nothing in
    front of the noun phrase says whose they are: no word before the crew noun or before the phrase's head that
    `named` holds a party ("the Mongolian cosmonaut", "Romania's first cosmonaut", "China's first taikonaut"). The
    Soviet and Russian programme calls its fliers cosmonauts (motion51; blind sets 32, 33 and 35 code them RUS)."""
    states = crew_state_nouns()
    found: list[tuple[Token, str]] = []
    for n in nouns:
        for t in (n, *(c for c in n.children if c.dep_ in ("compound", "appos"))):
            code = states.get(t.lemma_.lower()) or states.get(t.lower_)
            if code is None or any(t.i == f.i for f, _ in found):
                continue
            # (the words before the crew noun and before the head it stands for: "the Mongolian cosmonaut G.", "the
            # Soviet commander and cosmonaut", "NASA astronaut"; an "of" phrase after it names where the flier is from
            # too: "cosmonaut X of Syria" says X is Syrian, not that the flight has a Russian)
            front = [w for h in (t, n) for w in h.doc[h.left_edge.i : h.i] if w.dep_ in _OWNER_DEPS]
            after = [p for h in (t, n) for p in prep_objects(h, ("of", "from"))]
            if any(named(w) for w in (*front, *after)):
                continue
            found.append((t, code))
    return found


def mission_of(verb: Token) -> Token | None:
    """The flight or mission (`mission_nouns`) whose course the clause of `verb` tells: `verb` is an adverbial
    clause of a verb whose subject is the mission ("Sweden's second space mission began ... when X rode the shuttle
    Discovery into orbit with six Americans"), or whose subject's "of" object is ("The latest of France's paid
    flights with Russia began on Thursday when X rode a Soyuz ..."; flights46). None otherwise."""
    head = verb.head
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        # ("began shortly before midnight on Friday when X rode ...": the parser may make the clause a relative
        # clause of the phrase of time)
        while head.dep_ in ("pobj", "prep"):
            head = head.head
    elif verb.dep_ != "advcl":
        return None
    missions = coder_words().mission_nouns
    for subj in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        for noun in (subj, *prep_objects(subj, ("of",))):
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in missions:
                return noun
    return None


def sponsors_of(verb: Token) -> list[Token]:
    """The subjects of the clause that a flight told by `verb` in an adverbial clause of time ("as", "when") sets
    in space: the head clause itself tells space apart from that clause ("Bulgaria had a second man in orbit on
    Tuesday, as X went up with two Soviet crewmates"; flights46). Empty otherwise."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when") for c in verb.children
    ):
        return []
    head = verb.head
    own = set(head.subtree) - set(verb.subtree)
    if not any(t.lemma_.lower() in coder_words().space_words for t in own) and not _aboard(own):
        return []
    # (and what the subject became: "X became Canada's first woman in space as Discovery climbed ..."; motion47)
    return [c for c in head.children if c.dep_ == "nsubj"] + _predicates(head, own=True)


def riders_of(verb: Token) -> list[Token]:
    """Those who ride the flight told by `verb` in an adverbial clause of time ("as", "when") from the clause it
    hangs on: the subject of a clause that has them aboard ("Two German scientists were aboard when NASA's Columbia
    rose ..."), or of one that sets them in space (`sponsors_of`: "X became Canada's first woman in space as
    Discovery climbed ..."), and what that subject became; never a state or a place ("Bulgaria had a
    second man in orbit, as ..."). Motion47."""
    return [t for t in sponsors_of(verb) if t.ent_type_ not in ("GPE", "LOC", "FAC")]


def _aboard(own: set[Token]) -> bool:
    """Whether the words of a clause (`own`, without the clause of the flight) have someone aboard: "aboard" with no
    object ("X was aboard", "X was among the seven astronauts aboard"), or "on board"."""
    for t in own:
        if t.lower_ == "aboard" and not any(p.dep_ == "pobj" for p in t.children):
            return True
        if t.lower_ == "on" and any(p.lower_ == "board" and p.dep_ == "pobj" for p in t.children):
            return True
    return False


def parade_noun(verb: Token) -> Token | None:
    """The parade `verb` marches in, leads or joins ("marched in France's Bastille Day parade", "led the parade",
    "took part in Moscow's Victory Day parade"): its object, or the object of its "in" phrase (or of a "part" object's
    "in" phrase), when it is one of `parade_nouns`."""
    parades = coder_words().parade_nouns
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    # ("marched down Kartavya Path in India's Republic Day parade": the phrase may hang on the way marched)
    for h in heads:
        for c in h.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in parades:
                return c
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in parades:
                        return p
    return None


def invitation_hosts(verb: Token) -> list[Token]:
    """The parties a deed is done at the invitation or the request of ("at the invitation of President Sarkozy"):
    the objects of the "of" phrase of an "invitation" or "request" after "at" or "on"."""
    return [
        q
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
        for n in c.children
        if n.dep_ == "pobj" and n.lemma_.lower() in ("invitation", "request", "behest")
        for ofp in n.children
        if ofp.dep_ == "prep" and ofp.lower_ == "of"
        for p in ofp.children
        if p.dep_ == "pobj"
        for q in (p, *p.conjuncts, *(m for m in p.children if m.dep_ in ("compound", "poss", "amod")))
    ]


def undertaking_code(noun: Token, lexicon: Lexicon) -> str:
    """The CAMEO code of a shared undertaking by its domain words (the noun and its modifiers, `cooperation_domains`);
    062 for an operation of armed forces (`joint_operations`), else 060."""
    domains = cooperation_domains()
    words = _noun_words(noun)
    for code, members in domains.items():
        if any(_shows(word, named, members, lexicon) for word, named in words):
            return code
    return "062" if noun.lemma_.lower() in coder_words().joint_operations else "060"
