"""Mobilisation read from a verb's arguments (issue 9, forty-third session: mobilize43).

CAMEO's root 15 (exhibit force posture: 150 show of military power, 151 police alert, 152 military alert, 153 police
mobilised, 154 armed forces mobilised) is told by what a verb does to its nouns far more often than by a verb of its
own: an alert level raised, moved or set ("raised the threat level to critical", "put the city on its highest level
of alert"), forces, guards or reservists called up, out or back, or put or ordered onto a state of service ("ordered
guardsmen to active duty", "put police on the streets"), a general mobilisation or conscription decreed, announced
or restored, men ordered to register for a draft, forces ordered into a place of their own side. `mobilisation`
reads these for any verb from three things:

- the class of the noun the verb acts on (its object or passive subject; a number or part's "of" phrase: "every man
  of the army"): an alert (`&alert_state`, or a level, status or state of one), a mobilisation (`&mobilising`),
  police (`&enforcer`) or armed forces (`&force`, `&military`, `&warcraft`, `&armour`, and nouns of those kinds by
  WordNet: `kinds.is_kind`);
- the frame: an alert raised (a verb of raising, or any verb with a "to", "at" or "on" phrase of the level) or a
  mobilisation done (any verb that does not undo it); forces called (a verb of calling by WordNet: "call",
  "summon", "muster", "rally", "mobilise"), put onto a state of service (a phrase of `&alert_state`, `&service`), or
  ordered somewhere (a verb of command with a phrase of destination); an order whose open clause is a
  registration or report for a draft or for service;
- the code by the noun: an alert 152, 151 when it is a police or a terrorism alert or police are put on one;
  police 153; warships and warplanes ordered somewhere 150; other forces and mobilisation 154.

A verb that undoes or lowers (`coder_words` `reversal_verbs`, `demobilising_verbs`) or is negated reads nothing
here. The caller (`triggers.Triggers.candidate`) asks only where the verb has no reading, or only a demand's, an
appeal's or a joint deed's (what an order or a pair of states does to its own forces is their mobilisation), and
leaves a destination of another party to the readings of force and protection.
"""

from __future__ import annotations

from spacy.tokens import Token

from .crowds import verb_senses
from .kinds import ENABLED as KINDS_ENABLED
from .kinds import is_kind
from .knowledge import coder_words
from .lexicon import Lexicon
from .tree import of_object

# the kinds of noun a mobilisation is read from (see `noun_kind`)
ALERT, MOBILISATION, POLICE, FORCE, CRAFT = "alert", "mobilisation", "police", "force", "craft"

# WordNet words whose verbs call people to arms ("summon", "muster", "rally", "mobilise", "conscript", "levy": each
# has one of these among its synonyms or hypernyms; "call" itself is read by its lemma)
_CALLING_SENSES = frozenset({"call", "summon", "enlist", "mobilize", "mobilise", "recruit"})

# the prepositions of a level an alert is raised to or set at, and of a state forces are put on or ordered to
_LEVEL_PREPS = frozenset({"to", "at", "on", "onto", "into"})

# the alert states that name an alert as an object on their own ("raised the alert", "declared readiness"; not
# "duty", "notice" or "regime", which are states only as a phrase: "put on notice", "to active duty")
_GENERIC_STATES = frozenset({"duty", "notice", "regime"})


def _class(lexicon: Lexicon, name: str) -> frozenset[str]:
    return lexicon.classes.get(name, frozenset())


def _of_kind(lemma: str, lexicon: Lexicon, *names: str) -> bool:
    classes = lexicon.classes  # (plain loops: asked of every object and phrase noun of a verb; speed49)
    for name in names:
        if lemma in classes.get(name, _NO_WORDS):
            return True
    if not KINDS_ENABLED:
        return False
    for name in names:  # noqa: SIM110
        if is_kind(lemma, name):
            return True
    return False


_NO_WORDS: frozenset[str] = frozenset()


def _lemmas(tok: Token) -> tuple[str, ...]:
    return (tok.lemma_.lower(), tok.lower_)


def _alert_word(lemma: str, lexicon: Lexicon) -> bool:
    return lemma in _class(lexicon, "alert_state") or lemma in _class(lexicon, "alert_mark")


def noun_kind(noun: Token, lexicon: Lexicon, depth: int = 0) -> str | None:
    """What a noun the verb acts on is, for a mobilisation: ALERT (an alert, readiness, a DefCon, or a level, status,
    state or scale of one), MOBILISATION (`&mobilising`), POLICE (`&enforcer`), CRAFT (warships and warplanes),
    FORCE (armed forces) or None. A number or a part with an "of" phrase is what the phrase names ("2,000 of the
    Guard", "every man of the army")."""
    lemma = noun.lemma_.lower()
    words = coder_words()
    if depth < 2 and (lemma in words.quantity_nouns or lemma in _class(lexicon, "counted") or noun.like_num):
        of = of_object(noun)
        if of is not None:
            return noun_kind(of, lexicon, depth + 1)
    if any(w in _class(lexicon, "mobilising") for w in _lemmas(noun)):
        return MOBILISATION
    if any(w in _class(lexicon, "alert_state") and w not in _GENERIC_STATES for w in _lemmas(noun)):
        return ALERT
    if lemma in _class(lexicon, "alert_scale") and any(
        c.dep_ in ("compound", "amod", "nmod") and _alert_word(c.lemma_.lower(), lexicon)
        for c in noun.children
    ):
        return ALERT  # ("the threat level", "its alert status")
    if lemma in _class(lexicon, "alert_scale") and any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(_alert_word(o.lemma_.lower(), lexicon) for o in p.children)
        for p in noun.children
    ):
        return ALERT  # ("its highest level of alert")
    if any(_of_kind(w, lexicon, "enforcer") for w in _lemmas(noun)) and lemma not in _class(lexicon, "force"):
        return POLICE
    if any(_of_kind(w, lexicon, "warcraft") for w in _lemmas(noun)):
        return CRAFT  # (a fleet, a squadron, a navy: warships and warplanes)
    if any(_of_kind(w, lexicon, "force", "military", "armour") for w in _lemmas(noun)):
        return FORCE
    return None


def _objects(verb: Token) -> list[Token]:
    """The nouns a verb acts on: its direct objects, passive subjects and object predicates (the parser's reading of
    "called every man of the army back to the colours"), with their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN"))
    return out


def _phrases(verb: Token, objects: list[Token]) -> list[tuple[str, Token]]:
    """The (preposition, noun) phrases of a verb and of its objects ("to active duty", "on the streets")."""
    out: list[tuple[str, Token]] = []
    for holder in (verb, *objects):
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative"):
                out.extend((prep.lower_, pobj) for pobj in prep.children if pobj.dep_ == "pobj")
            if prep.dep_ == "advmod" and prep.lower_ in ("back", "up", "out"):
                for inner in prep.children:  # ("back to the colours")
                    if inner.dep_ == "prep":
                        out.extend((inner.lower_, p) for p in inner.children if p.dep_ == "pobj")
    return out


def _counted_men(noun: Token) -> bool:
    """Men named by their number ("50,000 more men"): the noun "men" (or "man") with a number on it."""
    return noun.lemma_.lower() in ("man", "men") and any(
        c.dep_ == "nummod" or c.like_num for c in noun.children
    )


def place_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A place forces may be ordered to or a deed of force put on: a named place, or a noun of ground, bases or venues
    ("to the border", "a blockade on the port")."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    lemma = noun.lemma_.lower()
    return any(lemma in _class(lexicon, name) for name in ("ground", "basing", "venue"))


def _undoing(verb: Token) -> bool:
    words = coder_words()
    lemma = verb.lemma_.lower()
    if lemma in words.reversal_verbs or lemma in words.demobilising_verbs:
        return True
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ == "prt" and c.lower_ in ("down", "off") for c in verb.children)


def calling_verb(verb: Token) -> bool:
    """A verb of calling people to arms: "call" (up, out, in, back), and the verbs WordNet names as calling,
    summoning, enlisting or mobilising ("summon", "muster", "rally", "conscript", "levy")."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return not any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in verb.children)
    senses = verb_senses(lemma) or []
    return any(_CALLING_SENSES & (set(syns) | set(hyps)) for syns, hyps in senses)


def _alert_code(noun: Token, lexicon: Lexicon, police: bool = False) -> str:
    """152 for a military alert, 151 for a police or terrorism one (a word of `&police_alert` on the noun or in its
    phrases, or police put on it)."""
    marks = _class(lexicon, "police_alert")
    if police or any(t.lemma_.lower() in marks for t in noun.subtree):
        return "151"
    return "152"


def _forces_code(kind: str | None) -> str:
    """153 for police mobilised, 154 for any other force."""
    return "153" if kind == POLICE else "154"


def mobilisation(verb: Token, lexicon: Lexicon) -> tuple[str, Token] | None:
    """The CAMEO code of the mobilisation a verb tells by its arguments, with the noun it is read from (the verb itself
    for forces ordered to a place: a move the lexicon may read as a show of force, 150, as its own lines do), or
    None."""
    if verb.pos_ != "VERB" or _undoing(verb):
        return None
    words = coder_words()
    lemma = verb.lemma_.lower()
    objects = _objects(verb)
    phrases = _phrases(verb, objects)
    alert_states, services = _class(lexicon, "alert_state"), _class(lexicon, "service")
    kinds = [(noun, noun_kind(noun, lexicon)) for noun in objects]  # (each object's kind, found once)
    for noun, kind in kinds:
        if kind == MOBILISATION:
            return "154", noun  # ("decreed a general mobilisation", "restored conscription")
        if kind == ALERT and (lemma in words.raising_verbs or any(p in _LEVEL_PREPS for p, _ in phrases)):
            return _alert_code(noun, lexicon), noun  # ("raised the threat level to critical")
    for prep, place in phrases:
        if prep in ("on", "onto", "in", "into") and noun_kind(place, lexicon) == ALERT:
            # ("put Brussels on its highest level of terror alert")
            return _alert_code(place, lexicon), place
    # (two lookups, not an intersection or a union of two sets made on every verb; speed51)
    ordering = lemma in words.commanding_verbs and lemma in words.ordering_verbs
    for noun, kind in kinds:
        if kind is None and ordering and _counted_men(noun):
            kind = FORCE  # ("ordered 50,000 more men to the front": men counted and ordered somewhere are troops)
        if kind not in (POLICE, FORCE, CRAFT):
            continue
        for prep, state in phrases:
            if prep not in _LEVEL_PREPS or (
                state.lemma_.lower() not in alert_states and state.lemma_.lower() not in services
            ):
                continue
            # ("ordered guardsmen to active duty", "put 45,000 police on guard", "called the army to the colours")
            if state.lemma_.lower() in _class(lexicon, "alert_state") and state.lemma_.lower() != "duty":
                return _alert_code(state, lexicon, police=kind == POLICE), noun
            return _forces_code(kind), noun
        if kind != CRAFT and calling_verb(verb):
            return _forces_code(kind), noun  # ("called out the Guard", "summoned the reservists")
        # (the destination may hang on the order's participle: "ordered companies of marines flown to bases")
        moved = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd")]
        moved += [t for t in noun.subtree if t.dep_ == "acl" and t.pos_ == "VERB"]
        if ordering and any(
            p in words.destination_preps and p != "against" and place_noun(place, lexicon)
            for p, place in [*phrases, *(ph for c in moved for ph in _phrases(c, []))]
        ):
            # ("ordered paratroops into the city", "ordered cruisers and destroyers to the Middle East")
            return {POLICE: "153", CRAFT: "150"}.get(kind, "154"), verb
        if (
            ordering
            and kind != CRAFT
            and any(
                c.dep_ in ("xcomp", "ccomp", "oprd")
                and c.lemma_.lower() in words.readying_verbs
                and not _undoing(c)
                for c in (*verb.children, *noun.children)
            )
        ):
            # ("ordered their standby force activated and readied", "ordered the army to prepare for war")
            return _forces_code(kind), noun
    if lemma in words.commanding_verbs or lemma in words.ordering_verbs:
        # (the order's open clause, or one the parser hung inside its object: "ordered all men aged 18 to 40 to
        # register")
        inner = [t for o in objects for t in o.subtree if t.dep_ == "xcomp"]
        for comp in [*verb.children, *inner]:
            if comp.dep_ not in ("xcomp", "ccomp") or comp.pos_ != "VERB":
                continue
            for prep, noun in _phrases(comp, _objects(comp)):
                if prep == "for" and (
                    noun_kind(noun, lexicon) == MOBILISATION
                    or noun.lemma_.lower() in _class(lexicon, "service")
                ):
                    return "154", noun  # ("ordered all men of 21 to 30 to register for the draft")
    return None
