"""Armed conflict and coercion: readings of force that the general roles get wrong.

- A casualty report: "X and Y both reported soldiers killed" is a fight between X and Y; "X reported
  dozens of soldiers killed" is something done to X, never an attack by X.
- Fighting on a line between two parties: "fighting broke out along the border between X and Y".
- An armed response: "X's forces responded to provocations by Y" is force used by X against Y.
- The ground a deed of force reaches: "strikes hit power plants inside X", "shelling hitting positions
  inside X", "violated Polish airspace": the country whose ground it is is the target.
- A reaction to what the sentence before says: "Baku said X had shelled its towns. Yerevan rejected the
  accusation" is Armenia's rejection of Azerbaijan; "X set up a checkpoint. Y condemned the move" is aimed
  at X (a definite noun of a deed or an utterance with no party of its own points back one sentence).
- A deed of force answered by force: "X's forces began a counter-offensive in response to shelling by Y"
  is also Y's shelling of X (the deed answered names no target; the one who answers is it).

The words are data (`events/data/conflict.json`); the roles come from roles.py and the tree helpers.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from . import cameo
from .clauses import answering_verb, condition_clause, response_phrase
from .knowledge import REPORTING_WORDS, conflict_words, state_sectors, word_set
from .lexicon import Lexicon
from .roles import Roles, noun_agent
from .tree import (
    Mentions,
    actors_under,
    lemma_forms,
    object_children,
    pobj_actors,
    prep_actors,
    prep_objects,
    tokens_of,
)

if TYPE_CHECKING:
    from ..records import Event
    from .triggers import Candidate


@dataclass(frozen=True, slots=True)
class Reading:
    """Who does a deed of force to whom, the code, and the tokens folded into it."""

    code: str
    source: list[int]
    target: list[int]
    reciprocal: bool
    consumed: frozenset[int]


def _lemmas(tok: Token) -> set[str]:
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    forms = set(lemma_forms(tok))
    return forms | {f"{f} {p}" for f in forms for p in particles}


@functools.lru_cache(maxsize=8)
def _openings(phrases: frozenset[str]) -> frozenset[str]:
    """Every phrase of `phrases` and each sequence of its words it starts with ("hit back": "hit back", "hit")."""
    out: set[str] = set()
    for phrase in phrases:
        words = phrase.split(" ")
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(out)


def _casualty_noun(verb: Token) -> tuple[Token, list[Token]] | None:
    """The losses a verb reports: a casualty noun object ("reported casualties"), or a noun with a killing
    participle ("reported dozens of soldiers killed"); with the participles found."""
    words = conflict_words()
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        heads = [obj, *(p for prep in obj.children if prep.lower_ == "of" for p in prep.children)]
        participles = [
            c
            for h in heads
            for c in h.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and not words.casualty_participles.isdisjoint(lemma_forms(c))
        ]
        if participles or obj.lemma_.lower() in words.casualty_nouns:
            return obj, participles
    return None


def _victims(noun: Token, ments: Mentions) -> list[int]:
    """Whose people were lost, when the noun phrase says it ("Armenian soldiers", "Russia's losses")."""
    heads = [noun, *(p for prep in noun.children if prep.lower_ == "of" for p in prep.children)]
    return [
        i
        for h in heads
        for c in h.children
        if c.dep_ in ("amod", "compound", "poss")
        for i in actors_under(c, ments)
    ]


def _killers(participles: list[Token], ments: Mentions, lexicon: Lexicon) -> list[int]:
    """Who did the killing, when the participle names it ("killed by X's fire", "killed in X's offensive",
    "killed in Russian strikes")."""
    for part in participles:
        for prep in part.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("by", "in", "during"):
                continue
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if prep.lower_ == "by" and pobj.pos_ != "NOUN":
                    found = actors_under(pobj, ments)
                else:
                    found = noun_agent(pobj, ments, lexicon) or [
                        i
                        for c in pobj.children
                        if c.dep_ in ("amod", "compound")
                        for i in actors_under(c, ments)
                    ]
                if found:
                    return found
    return []


def casualty_report(verb: Token, ments: Mentions, roles: Roles) -> Reading | None:
    """ "X and Y both reported soldiers killed": a fight between the reporters (reciprocal); "X reported
    dozens of soldiers killed [in Y's offensive]": done to X (by Y when named). None when the verb reports
    no losses."""
    words = conflict_words()
    if verb.pos_ not in ("VERB", "AUX") or words.casualty_report_verbs.isdisjoint(lemma_forms(verb)):
        return None
    found = _casualty_noun(verb)
    if found is None:
        return None
    noun, participles = found
    reporters = roles.subject(verb, ments)
    consumed = frozenset({noun.i, *(p.i for p in participles)})
    codes = ments.codes(reporters)
    victims = [i for i in _victims(noun, ments) if ments.mentions[i].code not in codes]
    if len(codes) >= 2 and not victims:
        return Reading(words.fight, reporters, [], True, consumed)
    sufferers = victims or reporters
    if not sufferers:
        return None
    sides = ments.codes(sufferers)
    killers = [i for i in _killers(participles, ments, roles.lexicon) if ments.mentions[i].code not in sides]
    return Reading(words.fight, killers, sufferers, False, consumed)


def both_sides_fell(verb: Token, ments: Mentions) -> Reading | None:
    """ "Two Iranian border guards and a Taliban fighter were killed in an exchange of fire", "Thousands of
    Ethiopian and Eritrean soldiers died in fighting", "Indian and Pakistani crews lost their lives in fighting":
    people of two or more parties fallen in fighting that no party is named as doing fought each other, a
    reciprocal fight between the parties of the fallen. None when the dead are of one party ("three Armenian
    soldiers were killed in an exchange of fire": done to Armenia, as the lexicon reads it), when a doer is
    named ("killed by ...", "in Russian strikes") or when they fell in no fighting."""
    words = conflict_words()
    forms = lemma_forms(verb)
    if verb.pos_ != "VERB" or words.loss_verbs.isdisjoint(forms):
        return None
    # (the parser may split a conjoined subject in two: "Dozens of Kyrgyz and Tajik citizens")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ == "agent" for c in verb.children):
        return None
    if "lose" in forms:
        if not any(c.dep_ == "dobj" and c.lower_ in words.loss_objects for c in verb.children):
            return None
    elif any(c.dep_ == "dobj" for c in verb.children) or (
        subjects[0].dep_ == "nsubj" and not {"die", "perish"} & set(forms)
    ):
        return None  # ("X killed two soldiers": a doer; "were killed" and "died" only)
    fighting = _fighting_phrase(verb)
    if fighting is None or _names_a_foe(fighting):
        return None  # (allies fallen "in clashes with the Taliban" fought the Taliban, not each other)
    fallen = [i for subject in subjects for i in actors_under(subject, ments)]
    sides = ments.codes(fallen)
    if len(sides) < 2 or not ments.codes(actors_under(fighting, ments)) <= sides:
        return None  # (one party's dead, or a party named on the fighting: "in clashes with Y")
    return Reading(words.fight, fallen, [], True, frozenset({fighting.i}))


def _names_a_foe(fighting: Token) -> bool:
    """True when the noun of fighting names a side in a "with", "by" or "against" phrase of its own, or of its "of"
    phrase ("clashes with the Taliban", "fighting with Sunni insurgents", "an exchange of fire with rebels"),
    whatever that side resolves to; not "with each other" (data: conflict.json `foe_preps`, `mutual_objects`)."""
    words = conflict_words()
    heads = [fighting]
    heads += [o for p in fighting.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in words.foe_preps
        and any(
            o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and o.lower_ not in words.mutual_objects
            for o in prep.children
        )
        for head in heads
        for prep in head.children
    )


def _fighting_phrase(verb: Token) -> Token | None:
    """The noun of fighting in an "in" or "during" phrase of the verb ("in clashes", "in an exchange of fire"), or
    of a phrase of the verb's own ("lost their lives by the hundreds in fighting": the parser may hang it there)."""
    words = conflict_words()
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [
        q for p in preps for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"
    ]
    for prep in preps:
        if prep.lower_ not in ("in", "during", "amid"):
            continue
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            lemma = noun.lemma_.lower()
            if lemma not in words.fighting_nouns and noun.lower_ not in words.fighting_nouns:
                continue
            if lemma in ("exchange", "duel") and not any(
                c.lower_ in words.fire_nouns
                for c in noun.subtree
                if c.i != noun.i and (c.dep_ in ("compound", "amod") or c.head.dep_ == "prep")
            ):
                continue  # ("killed in an exchange of prisoners" is no fighting)
            return noun
    return None


def boundary_parties(tok: Token, ments: Mentions) -> list[int]:
    """ "fighting broke out along the border between X and Y", "clashes on the frontier between X and Y",
    "along the line of contact between X and Y": the parties named in the "between" phrase of a line the
    deed is placed on (two codes at least, else nothing)."""
    words = conflict_words()
    for noun in tok.subtree:
        # "fighting broke out along the border, the worst escalation between X and Y"
        if noun.i != tok.i and noun.pos_ == "NOUN" and noun.lemma_.lower() in words.conflict_nouns:
            for between in (p for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"):
                parties = pobj_actors(between, ments)
                if len(ments.codes(parties)) >= 2:
                    return parties
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in words.boundary_preps:
            continue
        for line in (p for p in prep.children if p.dep_ == "pobj"):
            for between in _between_phrases(line):
                parties = pobj_actors(between, ments)
                if len(ments.codes(parties)) >= 2:
                    return parties
    return []


def _between_phrases(line: Token) -> Iterator[Token]:
    """The "between" prepositions of a boundary noun, also through "of" ("the line of contact between")."""
    words = conflict_words()
    if line.lemma_.lower() not in words.boundary_nouns:
        return
    stack = [line]
    for _ in range(3):
        if not stack:
            return
        head = stack.pop()
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            if prep.lower_ == "between":
                yield prep
            elif prep.lower_ == "of":
                stack.extend(p for p in prep.children if p.lemma_.lower() in words.boundary_nouns)


def armed_response(verb: Token, ments: Mentions, roles: Roles) -> Reading | None:
    """ "its forces responded to provocations by Y", "troops retaliated against an attack by Y": armed
    forces answering a hostile deed of another party use force against it. None unless the responder is
    armed forces and the deed answered is hostile and names its doer."""
    words = conflict_words()
    if (
        verb.pos_ != "VERB"
        # (a cheap test first: a phrase of the list can be among the verb's lemmas with its particles only when
        # one of its forms opens that phrase)
        or _openings(words.response_verbs).isdisjoint(lemma_forms(verb))
        or not _lemmas(verb) & words.response_verbs
    ):
        return None
    responders = roles.subject(verb, ments)
    if not responders or not _armed(verb, responders, ments, roles.lexicon):
        return None
    hostile = [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "against", "for")
        for p in prep.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN" and _hostile(p, roles.lexicon)
    ]
    if not hostile:
        return None
    doers: list[int] = []
    for noun in hostile:
        doers = noun_agent(noun, ments, roles.lexicon) or [
            i for c in noun.children if c.dep_ in ("amod", "compound") for i in actors_under(c, ments)
        ]
        if doers:
            break
    if not doers:
        # "responded to provocations by Y": the parser hangs the noun's "by" on the verb
        doers = _by_phrase(verb, ments)
    own = ments.codes(responders)
    doers = [i for i in doers if ments.mentions[i].code not in own]
    if not doers:
        return None
    return Reading(words.fight, responders, doers, False, frozenset(p.i for p in hostile))


def _armed(verb: Token, responders: list[int], ments: Mentions, lexicon: Lexicon) -> bool:
    """True when the ones who respond are armed forces: a military sector, or a subject noun of forces or
    arms ("its troops", "its artillery")."""
    if all(ments.mentions[i].sector == "MIL" for i in responders):
        return True
    armed = lexicon.classes.get("force", frozenset()) | lexicon.classes.get("weapon", frozenset())
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in armed for c in verb.children)


def _hostile(noun: Token, lexicon: Lexicon) -> bool:
    if noun.lemma_.lower() in conflict_words().hostile_nouns or noun.lower_ in conflict_words().hostile_nouns:
        return True
    for entry in lexicon.lookup("N", noun.lemma_.lower()):
        if not entry.constraints and entry.code[:2].isdigit() and 15 <= int(entry.code[:2]) <= 20:
            return True
    return False


def force_ground(words: list[Token]) -> list[Token]:
    """The tokens whose phrases may name the ground a deed of force reaches: the trigger words, their
    objects ("hit power plants [inside X]"), and for a noun the participle describing it ("shelling
    hitting positions [inside X]") with its objects. Coordinated deeds share the participle, and
    coordinated objects the place phrase, that the parser hangs on the last of them ("shelling and ground
    attacks hitting positions and towns [inside X]")."""
    out: list[Token] = []
    for word in words:
        deeds = _conjuncts(word)
        holders = list(deeds)
        holders += [
            c
            for deed in deeds
            if deed.pos_ == "NOUN" or deed.tag_ == "VBG"
            for c in deed.children
            if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
        ]
        for holder in holders:
            out.append(holder)
            out.extend(o for obj in object_children(holder) for o in _conjuncts(obj))
    return out


def _conjuncts(tok: Token) -> list[Token]:
    """A word and the words coordinated with it after it ("positions and towns", "strikes and attacks")."""
    out = [tok]
    for _ in range(6):
        nxt = [c for c in out[-1].children if c.dep_ == "conj"]
        if not nxt:
            break
        out.append(nxt[0])
    return out


def taken_ground(trigger: Token, source: list[int], target: list[int], ments: Mentions) -> list[int] | None:
    """ "Ukrainian troops retook Kherson from Russian forces", "X's forces captured the town of T": the
    targets of a capture by a state's forces once the taker's own country (the place taken, read as lying in it)
    is dropped: the holder named in a "from" phrase, or none. None when the trigger is no capture, when the takers
    are not organs of a state (rebels keep their country's place as target), or when it keeps its targets."""
    if trigger.pos_ not in ("VERB", "AUX") or not _lemmas(trigger) & conflict_words().capture_verbs:
        return None
    own = ments.codes(source)
    if source and all(ments.mentions[i].sector not in (None, *state_sectors()) for i in source):
        # rebels or other armed groups taking a town of their own country take it from that country's state, the
        # side that held it ("Taliban fighters captured the Afghan city of Kunduz": AFG; docs/annotation-conventions.md
        # rule 9.3): its place keeps the target; a holder of another country or a transnational group named in a
        # "from" phrase is the target instead ("the Syrian Democratic Forces retook Raqqa from the Islamic State",
        # "Kurdish peshmerga fighters retook Sinjar from Islamic State": IMG, rule 9.3 (a))
        return _holders(trigger, source, ments) or None
    # (a person, a group or an organ of the taker's country is seized, not ground: "Turkish agents captured the
    # rebel leader Abdullah Ocalan", "security forces captured Shining Path leader X", "soldiers captured the
    # president"; only the country or a place named bare is ground)
    kept = [
        i
        for i in target
        if ments.mentions[i].code not in own
        or ments.mentions[i].person
        or (
            ments.mentions[i].sector is not None
            # (a capital named for its government is still ground: "rebels captured Addis Ababa")
            and not (ments.mentions[i].kb_id or "").startswith("place-")
            and trigger.doc[ments.heads[i]].ent_type_ not in ("GPE", "LOC", "FAC")
        )
    ]
    if len(kept) == len(target):
        return None
    if not kept:
        kept = _holders(trigger, source, ments)
        if not kept and named_holder(trigger, source, ments):
            # "French and Malian troops retook Timbuktu from Islamist rebels", "took over Mogadishu from the Islamic
            # Courts Union": a holder named with no country of another state is of the place's country, which the
            # place taken stands for (rule 9.3 (a), (c)); only a retaking with no holder named has no target (9.3 (d))
            return None
    return kept


def named_holder(trigger: Token, source: list[int], ments: Mentions) -> bool:
    """True when a "from" phrase of a capture names a side that is not the takers: a mention that is none of
    theirs, a name of its own (an organisation, a people, a person) or a noun of an armed side (data:
    conflict.json `holder_nouns`); not a direction or a place ("retook the town from the east")."""
    if trigger.pos_ not in ("VERB", "AUX") or not _lemmas(trigger) & conflict_words().capture_verbs:
        return False
    taken = {ments.heads[i] for i in source}
    # (the parser may hang the phrase on the ground taken: "retook Aden's airport from Houthi rebels")
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or noun.i in ments.places:
                continue
            found = [i for i in ments.at(noun) if ments.heads[i] == noun.i]
            if found:
                if all(ments.heads[i] not in taken for i in found):
                    return True
                continue
            if noun.ent_type_ in ("ORG", "NORP", "PERSON") or noun.lower_ in conflict_words().holder_nouns:
                return True
    return False


def _holders(trigger: Token, source: list[int], ments: Mentions) -> list[int]:
    """The holders of ground taken, named in a "from" phrase, that are not the taker: another country, or the
    taker's own country's rebels or other groups ("captured Kilinochchi from the Tamil Tigers")."""
    own = {(ments.mentions[i].code, ments.mentions[i].sector) for i in source}
    own_codes = {code for code, _ in own}
    return [
        i
        for i in prep_actors(trigger, ("from",), ments)
        if (ments.mentions[i].code, ments.mentions[i].sector) not in own
        and (
            ments.mentions[i].code not in own_codes
            or ments.mentions[i].sector not in (None, *state_sectors())
        )
    ]


def retaken_at_home(trigger: Token, code: str, source: list[int], target: list[int], ments: Mentions) -> bool:
    """ "Sri Lankan troops captured Kilinochchi from the Tamil Tigers", "Iraqi forces seized Mosul" (a place the
    resolver puts in Iraq): ground of the taker's own country taken from those who held it is fought for, not
    occupied (data: conflict.json `occupation_code`). True when a state's occupation by a verb of capture names a
    place of its own country, or holders of that country that are not its state."""
    if code != conflict_words().occupation or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if not _lemmas(trigger) & conflict_words().capture_verbs:
        return False
    own = ments.codes(source)
    if not own or any(ments.mentions[i].sector not in (None, *state_sectors()) for i in source):
        # (rebels taking a town of their own country occupy it: only a state takes its ground back)
        return False
    if any(
        ments.mentions[i].code in own and (ments.mentions[i].kb_id or "").startswith("place-") for i in target
    ):
        return True  # the place taken lies in the taker's country (a place of the resolver's packs)
    return any(ments.mentions[i].code in own for i in _holders(trigger, source, ments))


def expulsion(verb: Token, ments: Mentions, roles: Roles) -> Reading | None:
    """ "X declared four employees of Y's embassy persona non grata", "X declared two Y diplomats persona non
    grata": an expulsion (166) of the diplomats' country by X. None for any other verb or phrase."""
    words = conflict_words()
    if verb.pos_ != "VERB" or words.expulsion_verbs.isdisjoint(lemma_forms(verb)):
        return None
    text = " ".join(t.lower_ for t in verb.subtree)
    if not any(phrase in text for phrase in words.expulsion_phrases):
        return None
    source = roles.subject(verb, ments)
    own = ments.codes(source)
    # the ones declared: the object, or the subject of the phrase the parser made a clause of
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    held += [
        s
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp", "oprd")
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    for person in held:
        target = [i for i in actors_under(person, ments) if ments.mentions[i].code not in own]
        if target:
            return Reading(words.expulsion, source, target, False, frozenset())
    return None


def conditional_threat(
    verb: Token, code: str, source: list[int], ments: Mentions, roles: Roles
) -> tuple[list[int], Token, Token] | None:
    """ "X suggested that it could use force if Y refused", "X would strike if Y attacked": a deed of force
    a party could or would do on a condition another party sets is a threat to that party (and so is leaving a
    treaty: "would abandon the treaty if Y deployed missiles"; data: `force_roots`, `threat_codes`). The targets
    (the condition's subject), the token whose modality the threat takes (the verb reporting it, else the
    deed) and the condition clause; None when the deed is no such conditional deed of force."""
    words = conflict_words()
    threatening = code[:2] in words.force_roots or code[:3] in words.threat_codes
    if verb.pos_ not in ("VERB", "AUX") or not threatening or not source:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in words.conditional_modals for c in verb.children):
        return None
    own = ments.codes(source)
    for clause in verb.children:
        if not condition_clause(clause):
            continue
        parties = [i for i in roles.subject(clause, ments, climb=False) if ments.mentions[i].code not in own]
        if parties:
            reporter = verb.head if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" else verb
            return parties, reporter, clause
    return None


def through_route(prep: Token) -> bool:
    """True for a "between" phrase on a way ("the only road between X and Y"): it says where, not who."""
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in conflict_words().route_nouns


def route_subject(verb: Token) -> bool:
    """True when what a verb says is done by a way, not a party: "the corridor, which links X with Y",
    "the pipeline connects X to Y", "the road runs through X"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    routes = conflict_words().route_nouns
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        noun = verb.head if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else subj
        if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in routes:
            return True
    return False


def _answering_word(noun: Token) -> Token | None:
    """The word an answering phrase that names `noun` hangs on: "began a counter-offensive [in response
    to shelling]" -> began. None when `noun` is not the deed such a phrase answers."""
    prep = noun.head
    if (
        noun.dep_ not in ("pobj", "pcomp")
        or prep.dep_ != "prep"
        or prep.lower_ not in ("to", "for", "against")
    ):
        return None
    frame = prep.head
    if frame.lemma_.lower() not in conflict_words().response_nouns or frame.dep_ != "pobj":
        return None
    return frame.head.head if response_phrase(frame.head) else None


def _by_phrase(word: Token, ments: Mentions) -> list[int]:
    return prep_actors(word, ("by",), ments, deps=("prep", "agent"))


def _armed_deed(code: str) -> bool:
    return code[:2] in conflict_words().armed_roots


def answered_deeds(cands: Iterable[Candidate], ments: Mentions) -> None:
    """ "X's forces began a counter-offensive in response to shelling by Y", "X struck Y's bases in
    retaliation for attacks by Y": an armed deed that names no target, answered by another party's armed
    deed (aimed at its doer or at no one named), was done to the party that answers (data: `armed_roots`). Its doer is its
    own source, or the party its "by" phrase names (the parser may have read that one as its target, or hung
    the phrase on the answering noun).
    Sets the target (and the source) of such candidates in place."""
    found = list(cands)
    by_trigger = {c.trigger.i: c for c in found}
    for cand in found:
        if not _armed_deed(cand.code) or (cand.source and cand.target):
            continue
        answer = _answering_word(cand.trigger)
        other = by_trigger.get(answer.i) if answer is not None else None
        if other is None or other is cand or not other.source or not _armed_deed(other.code):
            continue
        answerers = ments.codes(other.source)
        # its "by" phrase, or the one the parser hangs on the answering noun ("in retaliation for strikes by Y")
        agents = _by_phrase(cand.trigger, ments) or _by_phrase(cand.trigger.head.head, ments)
        doers = [i for i in (cand.source or agents) if ments.mentions[i].code not in answerers]
        if not doers or (cand.target and set(cand.target) - set(agents)):
            continue
        aimed = ments.codes(other.target)
        if aimed and not aimed & ments.codes(doers):
            continue  # the answer hits someone else: who the deed answered was done to is not said
        cand.source, cand.target, cand.reciprocal = doers, list(other.source), False


def answers_aimed(cands: Iterable[Candidate], ments: Mentions) -> None:
    """ "Indian troops returned fire after Pakistani soldiers shelled their posts", "Armenia hit back when
    Azerbaijani forces attacked": an armed answer (a verb of answering, data: `response_verbs`) that names no
    target is aimed at the doer of the one other armed deed the sentence names, done by another party.
    Sets the target of such candidates in place; nothing when the sentence names none or several doers."""
    found = list(cands)
    for cand in found:
        if cand.target or not cand.source or not _armed_deed(cand.code) or not answering_verb(cand.trigger):
            continue
        own = ments.codes(cand.source)
        doers = {
            ments.mentions[i].code: i
            for other in found
            if other is not cand and _armed_deed(other.code)
            for i in other.source
            if ments.mentions[i].code not in own
        }
        if len(doers) == 1:
            cand.target = list(doers.values())


def _referring_object(verb: Token, ments: Mentions) -> Token | None:
    """The object of a reaction when it points back at something named before: a definite noun of a deed
    or an utterance with no party under it ("rejected the accusation", "condemned the move", "questioned
    the timing of the drills" -> drills)."""
    words = conflict_words()
    # (an appeal's object is in its "for" phrase: "called for an end to the raids")
    objects = [c for c in verb.children if c.dep_ == "dobj"] or prep_objects(verb, ("for",))
    for obj in objects:
        noun = obj
        # "the timing of the drills", "the scale of the attack": the deed is in the "of" phrase; "voiced its
        # opposition to the exercise", "lodged a protest against the launch": in the stance noun's phrase
        stance = not any(c.dep_ == "det" and c.lower_ in words.referring_determiners for c in obj.children)
        # (the parser may hang the stance's phrase on the verb after the noun)
        phrases = (
            [*obj.children, *(c for c in verb.children if c.i > obj.i)] if stance else list(obj.children)
        )
        for prep in (c for c in phrases if c.dep_ == "prep"):
            if prep.lower_ == "of" or (stance and prep.lower_ in words.stance_preps):
                noun = next((p for p in prep.children if p.dep_ == "pobj"), obj)
        # (a stance noun's own owner is the reactor: "its opposition to the exercise")
        if noun.pos_ != "NOUN" or actors_under(obj if noun.i == obj.i or not stance else noun, ments):
            return None
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "amod")}
        if dets & words.referring_determiners:
            return noun
    return None


def referred_back(
    cands: Iterable[Candidate],
    before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]],
    ments: Mentions,
    lexicon: Lexicon,
) -> None:
    """ "Baku said Armenian forces had shelled its towns. Yerevan rejected the accusation.", "Azerbaijan set
    up a checkpoint. Armenia condemned the move.": a spoken reaction (praise, disapproval or rejection, data:
    `reaction_codes`) with a doer and no target, whose object is a definite noun pointing back (data:
    `referring_utterances`, `referring_deeds`, or a deed noun with a reading of its own), is aimed at the one
    who said (the claim's speaker) or did (the deed's doer) it before. `before`: each sentence before this
    one in the article with the events kept there and their candidates, in the order of the text.

    The sentence just before is read first. A noun that says of itself what it points back at reaches
    further back, to the nearest sentence that holds such a thing: a deed noun with a reading of its own
    finds a deed of its type ("Iran began exercises near the border. [...] Aliyev questioned the timing of
    the drills"), and a noun of an utterance finds a claim reported with its speaker ("Aliyev announced that
    his forces had taken the town. [...] Yerevan disputed the claim"). A bare "the move" or "the decision"
    names no kind, so it points only at the sentence just before. A noun of an utterance (or of a spoken
    deed: "such criticism") never reaches past a sentence that reports someone's words, though that
    speaker be no party ("Moscow rejected the claim. [a commentator] said ... Moscow has rejected such
    criticism"): the nearest words reported are what it points at. Nothing is set when the sentence that
    answers names none, or several different ones, or when the reactor took part in what it reacts to
    ("Armenia and Azerbaijan agreed on a border section. [...] Azerbaijan welcomed the agreement": it
    praised its own deed, not Armenia)."""
    cands = list(cands)
    words = conflict_words()
    for cand in cands:
        if cand.target or not cand.source or not _reaction(cand.code):
            continue
        noun = _referring_object(cand.trigger, ments)
        if noun is None:
            continue
        lemma = noun.lemma_.lower()
        kinds = {
            cameo.plover_type(e.code)
            for e in lexicon.lookup("N", lemma)
            if not e.constraints and cameo.is_known(e.code)
        }
        own = ments.codes(cand.source)
        # "When China held drills near Taiwan, the United States voiced its opposition to the exercise": a
        # deed of its type (or any deed, for "the move", "the decision") in a clause of the reaction's own
        # sentence, before it, or in an earlier conjunct ("Turkey launched its offensive, and the EU criticised the
        # move")
        inside = [
            list(c.source)
            for c in cands
            if c is not cand
            and c.source
            and c.trigger.i < noun.i
            and (cameo.plover_type(c.code) in kinds or lemma in words.referring_deeds)
            and (_in_adverbial_clause(c.trigger, cand.trigger) or _earlier_conjunct(c.trigger, cand.trigger))
            and not own & ments.codes(c.source)
        ]
        if len({frozenset(ments.codes(o)) for o in inside}) == 1:
            cand.target = inside[0]
            continue
        spoken = lemma in words.referring_utterances or any(
            cameo.quad_class(e.code) == 3 for e in lexicon.lookup("N", lemma) if cameo.is_known(e.code)
        )
        for distance, (sent, sentence) in enumerate(reversed(before), start=1):
            options: list[list[int]] = []
            for prev, event in sentence:
                if event.modality == "negated":
                    continue
                typed = bool(kinds) and event.event in kinds
                if lemma in words.referring_utterances:
                    if not (distance == 1 or typed or _reported(event)):
                        continue
                    doers = _speaker(prev, event, ments)
                elif typed or (lemma in words.referring_deeds and distance == 1):
                    doers = list(prev.source)
                else:
                    continue
                if own & ments.codes(doers):
                    options.append([])  # its own deed, shared or not: aimed at none of its partners
                elif doers:
                    options.append(doers)
            if not options:
                if distance == 1 and not kinds and lemma not in words.referring_utterances:
                    break  # a bare "the move" points at the sentence just before only
                if spoken and _reports_words(sent):
                    # words reported here, with no deed coded in them: what "the claim" points at is said by
                    # the party speaking there ("The police chief said the gunman had acted alone. Baku
                    # rejected that explanation"), if one does, else by no party
                    said = ments.codes(_word_speakers(sent, ments))
                    if len(said) == 1 and not own & said:
                        cand.target = _word_speakers(sent, ments)[:1]
                    break
                continue
            if len({frozenset(ments.codes(o)) for o in options}) == 1:
                cand.target = options[0]
            break


def _in_adverbial_clause(tok: Token, verb: Token) -> bool:
    """True when `tok` lies in an adverbial clause of `verb` ("When China held drills ..., X voiced ...")."""
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and tok.head.i == verb.i:
            return True
        tok = tok.head
    return False


def _earlier_conjunct(tok: Token, verb: Token) -> bool:
    """True when `verb` is a later conjunct of the clause `tok` heads ("Turkey launched its offensive on
    Wednesday, and the European Union criticised the move": the reaction's deed is the first clause's)."""
    head = verb
    for _ in range(4):
        if head.dep_ != "conj" or head.head.i == head.i:
            return False
        head = head.head
        if head.i == tok.i:
            return True
    return False


def _reports_words(sent: Span) -> bool:
    """Whether a sentence reports someone's words: a reporting verb (data: `verbs` of reporting_verbs.json)
    with a clause of what was said ("She said the guarantees had failed")."""
    verbs = word_set(REPORTING_WORDS, "verbs")
    return any(
        tok.lemma_.lower() in verbs and any(c.dep_ == "ccomp" for c in tok.children)
        for tok in tokens_of(sent)
    )


def _word_speakers(sent: Span, ments: Mentions) -> list[int]:
    """The party mentions that are the subject of a reporting verb with a clause of what was said ("The
    Tehran police chief said the attacker had acted alone")."""
    verbs = word_set(REPORTING_WORDS, "verbs")
    return [
        i
        for tok in tokens_of(sent)
        if tok.lemma_.lower() in verbs and any(c.dep_ == "ccomp" for c in tok.children)
        for subj in tok.children
        if subj.dep_ == "nsubj"
        for i in ments.by_token.get(subj.i, ())
    ]


def _reported(event: Event) -> bool:
    """A claim reported with its speaker ("Baku said ...", "Aliyev announced that ...")."""
    return event.attribution is not None and event.attribution.kind == "speaker"


def _reaction(code: str) -> bool:
    return any(code.startswith(c) for c in conflict_words().reaction_codes)


def _speaker(prev: Candidate, event: Event, ments: Mentions) -> list[int]:
    """Who said what an earlier event reports: its speaker's mention in that sentence ("Baku said ..."),
    or the doer of a spoken event ("X accused Y", "X threatened Y")."""
    said = (
        event.attribution.code
        if event.attribution is not None and event.attribution.kind == "speaker"
        else None
    )
    if said:
        sent = prev.trigger.sent
        found = [
            i
            for i, m in enumerate(ments.mentions)
            if m.code == said and sent.start_char <= m.start < sent.end_char
        ]
        return found[:1]
    return list(prev.source) if event.quad_class in (1, 3) else []
