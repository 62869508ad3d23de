"""The purpose of a generic deed decides its type (issue 9, forty-second session: purpose42).

A deed told by a generic verb (a verb of motion, of sending or placing, of creating or appointing: "sent troops",
"flew paratroopers", "moved troops into", "landed marines", "were deployed") says by itself only that forces moved;
what they were moved for is told by a purpose attached to it: a "to", "so as to" or "in order to" infinitive with
no subject of its own ("to protect Iraqi Kurds", "so as to protect civilians", "in order to shelter refugees"). The
purpose's verb is typed by the lexicon, by its own unconditional readings as a verb (no word list of purposes): a
purpose that reads only as aid (root 07: protect, shield, guard, rescue, shelter, evacuate, escort, ...) and as no
deed of force or pressure makes the generic deed that aid (docs/annotation-conventions.md 14.4 (c): a body sent to
do a deed is that deed). Which verbs are generic comes from WordNet (`wordnet_verbs.txt`): the first sense of the
verb, or one of its synonyms or direct hypernyms, is among `generic_deed_senses` (travel, move, displace,
transport, send, position, put, place, arrive, ...). A specific deed with a purpose keeps its type ("bombed bridges
to force Milosevic to withdraw" is an air strike: "bomb" is no generic verb), as do purposes of force, demand or
threat ("to crush", "to punish", "to force": roots 10-20).
"""

from __future__ import annotations

from spacy.tokens import Token

from .crowds import first_sense
from .knowledge import coder_words
from .lexicon import Lexicon
from .match import match_entry, through_aspect
from .tree import to_infinitive

# the roots a purpose's verb may not read (a purpose of pressure, rejection, threat, protest, coercion or force names
# a deed of another family than aid: "to force", "to punish", "to crush", "to demand"), and the aid roots it must read
_PRESSING_ROOTS = frozenset({"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
_AID_ROOT = "07"
# the marks a purpose infinitive may carry ("so as to protect": "so" and "as" are parsed as its marks)
_PURPOSE_MARKS = frozenset({"so", "as"})
# the aid codes in the order a moved force gives them: protection (074), then humanitarian aid (073), asylum (075),
# economic (071) or military (072) aid; a purpose that reads only the family (070: "to help", "to assist") is left
# to the coder's own readings of helping (`Triggers._helping_force`)
_AID_ORDER = ("074", "073", "075", "072", "071")


# the words that send what a verb moves somewhere when they stand beside its object ("ordered Marines [ashore]",
# "called [in] army pioneers")
_MOTION_PARTICLES = frozenset({"ashore", "in", "abroad", "overseas"})


def caused_motion(verb: Token) -> bool:
    """True for a verb told with an object and where that object goes ("ordered paratroopers into Little Rock",
    "ordered Marines ashore", "called in army pioneers"): whatever the verb's own sense (ordering, calling), the deed
    told is a moving of what it names (the caused-motion construction)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if not objects:
        return False
    preps = coder_words().destination_preps - {"against"}
    for holder in (verb, *objects):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ in preps and any(p.dep_ == "pobj" for p in c.children):
                return True
            if c.dep_ in ("advmod", "prt") and c.lower_ in _MOTION_PARTICLES and holder is verb:
                return True
    return False


def generic_deed(verb: Token) -> bool:
    """True for a verb whose first WordNet sense is a going, a sending, a placing or an arrival (`generic_deed_senses`
    among the verb itself, its synonyms and its direct hypernyms): "send", "dispatch", "fly", "land", "move",
    "deploy", "rush", "airlift", "station"; not "bomb", "invade", "shell" (an attack); and any verb told as moving
    its object somewhere (`caused_motion`: "ordered Marines ashore")."""
    return caused_motion(verb) or _first_sense_in(verb, coder_words().generic_deed_senses)


def _first_sense_in(verb: Token, senses: frozenset[str]) -> bool:
    """Whether the verb's lemma, or a synonym or direct hypernym of its first WordNet sense, is among `senses`."""
    return not first_sense(verb.lemma_.lower()).isdisjoint(senses)


def force_placing(verb: Token) -> bool:
    """True for a verb of putting, laying, throwing or casting a thing somewhere by its first WordNet sense: the verb,
    one of its synonyms or direct hypernyms is among `generic_deed_senses` (a placing, a sending or a moving: "lay",
    "put", "place", "set", "drop", "carry") or `force_placing_senses` (a throwing or a drawing: "throw", "fling",
    "hurl", "cast", "draw"). Not a verb told as moving its object alone (`caused_motion`: "deplored the incursions
    into Cambodia" is no placing). Such a verb does the deed of force its object names when it
    puts it round or on a place ("threw a blockade round the ports"; triggers.Triggers._placed_force; force45)."""
    return _first_sense_in(verb, coder_words().force_placing_senses | coder_words().generic_deed_senses)


def purpose_clauses(verb: Token) -> list[Token]:
    """The verbs of a deed's purpose: a "to" infinitive with no subject of its own hung on the verb ("sent troops [to
    protect] ..."), one marked "so as to" ("landed paratroopers so as [to protect] ..."), or one on "in order"
    ("flew troops in order [to protect] ..."), or a "to" infinitive the parser hangs on what is moved."""
    out = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and to_infinitive(c):
            if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                continue
            if any(g.dep_ == "mark" and g.lower_ not in _PURPOSE_MARKS for g in c.children):
                continue
            out.append(c)
        elif c.dep_ in ("dobj", "nsubjpass"):
            # ("flew paratroopers into Brazzaville to evacuate ...": the parser may hang the purpose on what is moved)
            out += [
                a
                for a in c.children
                if a.dep_ == "acl" and to_infinitive(a) and not any(g.dep_ == "nsubj" for g in a.children)
            ]
        elif c.dep_ == "prep" and c.lower_ == "in":
            for order in c.children:
                if order.dep_ == "pobj" and order.lower_ == "order":
                    out += [a for a in order.children if a.dep_ in ("acl", "relcl") and to_infinitive(a)]
    return out


def _readings(lexicon: Lexicon, lemma: str) -> set[str]:
    """The codes of a verb's readings that need no constraint (the verb's own sense, whatever its arguments)."""
    return {
        e.code
        for e in lexicon.lookup("V", lemma)
        if not e.constraints and not e.implied and e.code[:1].isdigit()
    }


def aid_purpose(purpose: Token, lexicon: Lexicon) -> str | None:
    """The aid code a purpose's verb reads (074 "to protect", "to shield", "to guard"; 073 "to rescue", "to
    evacuate"; 075 "to shelter"), or None when it reads no specific aid or also a deed of pressure or force."""
    codes = _readings(lexicon, purpose.lemma_.lower())
    if not codes or any(c[:2] in _PRESSING_ROOTS for c in codes):
        return None
    return next((code for code in _AID_ORDER if code in codes), None)


def purposed_aid(verb: Token, lexicon: Lexicon) -> tuple[Token, str] | None:
    """The purpose and the aid code of a generic deed done to give aid ("sent troops into northern Iraq to protect
    Iraqi Kurds" -> 074, "moved troops into Albania to shelter refugees" -> 075), or None. The purpose may hang on
    the verb or on a verb of beginning it is the open clause of ("began landing ... to protect"). A purpose that
    names a foe ("to guard the sheikhdom against Iraq") is a deployment's aim, not aid."""
    if not generic_deed(verb):
        return None
    holders = [verb]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("begin", "start"):
        holders.append(verb.head)
    for holder in holders:
        for purpose in purpose_clauses(holder):
            if any(t.dep_ == "prep" and t.lower_ == "against" for t in purpose.subtree):
                continue
            code = aid_purpose(purpose, lexicon)
            if code is not None:
                return purpose, code
    return None


def travellers_purpose(verb: Token, lexicon: Lexicon) -> bool:
    """True for the purpose of a person's own journey: a "to" infinitive (`purpose_clauses`) on a generic verb of going
    with no object ("flew", "went", "travelled", "came") whose subject is a person, by name or by a title the lexicon
    classes as a leader or an official ("President George W. Bush flew to Louisiana [to inspect] the damage", "the
    prime minister flew to Fukushima [to inspect] the plant"). The purpose is the journey's reason, not a deed told as
    done (docs/annotation-conventions.md 14.4: a leader's journey with a purpose is the visit, inside the traveller's
    country no event, 14.3); a body sent to do a deed ("a commission flew to Guinea to investigate") is no person."""
    head = verb.head
    if head.i == verb.i or verb not in purpose_clauses(head) or not generic_deed(head):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in head.children):
        return False  # ("sent troops to protect", "were flown in to help": what is moved, not the traveller)
    if any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children):
        return False  # ("went on to sign an accord": the deed told next, no journey; background50)
    return _person_subject(head, lexicon)  # (no passive subject here: excluded above)


_INQUIRY_ROOT = "09"


def _begun(purpose: Token) -> Token:
    """The verb a purpose of beginning or going on begins ("to begin [monitoring]", "to resume [inspecting]";
    match.through_aspect, data `aspect_verbs`), else the purpose itself."""
    nxt = through_aspect(purpose)
    return nxt if nxt is not None and nxt.pos_ == "VERB" else purpose


def inquiry_purpose(purpose: Token, lexicon: Lexicon) -> bool:
    """True for a purpose of examining or watching over: its verb (or the verb it begins: "to begin monitoring")
    reads inquiry by the lexicon's unconditional readings (root 09: investigate, probe, examine, inspect, monitor),
    or reads no aid and no deed of pressure or force and its first WordNet sense is one of `inquiry_senses` (the
    verb, a synonym or a direct hypernym: verify -> examine, oversee -> supervise). A verb with a reading of aid or
    force ("to guard": protection) is not an inquiry."""
    verb = _begun(purpose)
    lemma = verb.lemma_.lower()
    entry = match_entry(verb, lexicon, ("V",))
    if entry is not None and not entry.derived and entry.code[:2] in (_AID_ROOT, *_PRESSING_ROOTS):
        # ("to search the rubble for survivors": a rescue by the project's own reading of the verb with its phrase;
        # the dictionary's "monitor a truce" (074) is no hand reading: observers sent to watch a truce inquire)
        return False
    codes = _readings(lexicon, lemma)
    if any(c[:2] == _INQUIRY_ROOT for c in codes):
        return True
    if any(c[:2] == _AID_ROOT or c[:2] in _PRESSING_ROOTS for c in codes):
        return False
    return _first_sense_in(verb, coder_words().inquiry_senses)


def _person_subject(verb: Token, lexicon: Lexicon) -> bool:
    """True when the verb's subject is a person, by name or by a title the lexicon classes as a leader or an
    official ("President Bush", "the prime minister")."""
    titles = lexicon.classes.get("leader", frozenset()) | lexicon.classes.get("official", frozenset())
    return any(
        s.ent_type_ == "PERSON" or s.lemma_.lower() in titles
        for s in verb.children
        if s.dep_ in ("nsubj", "nsubjpass")
    )


def purposed_inquiry(verb: Token, lexicon: Lexicon) -> Token | None:
    """The purpose of a body moved or going somewhere to examine or watch over ("an advance team of observers arrived
    in Damascus [to begin monitoring] the ceasefire", "monitors deployed across Aceh [to oversee] the handover",
    "inspectors flew into Baghdad [to inspect] the sites"): a generic verb of going, sending or placing
    (`generic_deed`; with an object, only when it moves it somewhere: `caused_motion`) with a purpose of inquiry
    (`inquiry_purpose`), done by no person: a body sent to do a deed is
    that deed (docs/annotation-conventions.md 14.4 (c)), while a person's own journey with a purpose stays the
    journey (`travellers_purpose`: "the prime minister flew to Fukushima to inspect the plant"). None otherwise, and
    for a purpose naming a foe ("to watch against ...")."""
    if verb.pos_ != "VERB" or not generic_deed(verb) or _person_subject(verb, lexicon):
        return None
    if any(c.dep_ == "dobj" for c in verb.children) and not caused_motion(verb):
        return None  # ("set up a committee to study the economy": a body made, not moved anywhere)
    for purpose in purpose_clauses(verb):
        if any(t.dep_ == "prep" and t.lower_ == "against" for t in purpose.subtree):
            continue
        if inquiry_purpose(purpose, lexicon):
            return purpose
    return None
