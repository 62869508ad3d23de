"""The side a deed of force was used against, named only in a participle tail that tells its outcome (roles32,
thirty-second session, issue 9): "Marines stormed the trenches on the hill, driving off the Nicaraguan rebels",
"gunboats shelled the forts while landing parties stormed them, driving out the Chinese garrison", "aircraft bombed
the depot, killing two British soldiers". Asked only when nothing else found a target."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from . import cameo
from .clauses import subordinators
from .knowledge import coder_words, conflict_words, role_words
from .roles import relative_doer
from .tree import Mentions, actors_under, deed_verb, of_object, place_phrase, prep_actors
from .triggers import Candidate

# links through which a tail hangs on the deed's verb or on a clause beside it
_CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})
# what a phrase's own party is read without: clauses and phrases on its noun
_PHRASE_SKIP = frozenset({"relcl", "acl", "prep"})


def _other_side(head: Token, preps: Container[str], ments: Mentions, own: set[str]) -> list[int]:
    """The parties under `head`'s `preps` phrases (`prep_actors`, with the phrase skips) that are not of the doers'
    own side `own` (their codes)."""
    return [
        i for i in prep_actors(head, preps, ments, skip=_PHRASE_SKIP) if ments.mentions[i].code not in own
    ]


def _tails(verb: Token) -> list[Token]:
    """Participles after `verb` that tell what its deed did, on the verb or on a clause of it one step down
    ("shelled the forts while parties stormed them, driving out ..."), with no subordinator of their own."""
    found: list[Token] = []
    for clause in [verb, *(c for c in verb.children if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX"))]:
        for tail in clause.children:
            if (
                tail.dep_ in _CLAUSE_DEPS
                and tail.tag_ == "VBG"
                and tail.i > verb.i
                and not subordinators(tail)
                and tail not in found
            ):
                found.append(tail)
    return found


def force_tail_target(cand: Candidate, sent: Span, ments: Mentions) -> list[int]:
    """The parties a participle tail of a deed of force acts on (data: roles.json `force_tail_verbs`): the side
    driven off, routed, killed or sunk is the one the force was used against. Empty when the deed is no use of
    force, when its verb is a noun, or when the tail's object is the doers' own side."""
    verb = cand.trigger
    if verb.pos_ not in ("VERB", "AUX") or (cameo.plover_type(cand.code) or "") != "ASSAULT":
        return []
    own = {(ments.mentions[i].code, ments.mentions[i].sector) for i in cand.source}
    own_codes = {ments.mentions[i].code for i in cand.source}
    for tail in _tails(verb):
        if tail.lemma_.lower() not in role_words().force_tail_verbs:
            continue
        # ("forcing thousands of Croatian civilians to flee": the parser may take the object for the subject of
        # the "to" clause)
        objects = [c for c in tail.children if c.dep_ == "dobj"] + [
            s for c in tail.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"
        ]
        for obj in objects:
            if obj.pos_ not in ("NOUN", "PROPN"):
                continue
            # ("killing thousands of Croatian civilians": the people a quantity is of)
            whole = of_object(obj)
            heads = [obj, whole] if whole is not None else [obj]
            found = [
                i
                for head in heads
                for i in actors_under(head, ments, skip=frozenset({"relcl", "acl", "appos", "prep"}))
                if sent.start <= ments.heads[i] < sent.end
                and (ments.mentions[i].code, ments.mentions[i].sector) not in own
                and ments.mentions[i].code not in own_codes
            ]
            if found:
                return found
    return []


def _yielders(verb: Token) -> list[Token]:
    """The verbs of giving way beside a concession (data: `yielding_verbs`): the verb itself, a participle or a
    conjoined verb of it ("resigned, bowing to ...", "abdicated and sailed into exile, yielding to ..."), or the
    verb it is conjoined to."""
    yielding = role_words().yielding_verbs
    found = [verb] if verb.lemma_.lower() in yielding else []
    for clause in [verb, *(c for c in verb.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB")]:
        found += [
            c
            for c in clause.children
            if c.dep_ in ("advcl", "conj")
            and c.lemma_.lower() in yielding
            and c.i > verb.i
            and c not in found
        ]
    if verb.dep_ in ("conj", "advcl") and verb.head.lemma_.lower() in yielding:
        found.append(verb.head)
    return found


def yielded_to(cand: Candidate, ments: Mentions, code: str | None) -> list[Token | int]:
    """The party a concession gives way to when the "to" phrase of a verb of yielding names people, not their
    protests ("resigned, bowing to the Podkrepa trade union", "abdicated, yielding to the army officers who had
    seized power", "giving way to officers of the Committee of Union and Progress", "bowing to students and
    parents who had camped outside"), or names a demand or an ultimatum from people ("bowing to calls from
    lawmakers", "yielding to an ultimatum from the army officers"; data: `pressure_nouns`, `yielded_demand_nouns`): a
    named party there, or else the people noun, to be made a party of the conceding country `code` (an int is a
    mention index, a Token a noun for the caller to make a party of). Empty otherwise."""
    if (cameo.plover_type(cand.code) or "") != "CONCEDE":
        return []
    verb = deed_verb(cand.trigger)
    words = role_words()
    pressure = words.pressure_nouns | words.yielded_demand_nouns
    people = words.pairs("collective_sectors", "home_people_nouns", "organ_collectives")
    for yielder in _yielders(verb):
        for prep in yielder.children:
            if prep.dep_ != "prep" or prep.lower_ != "to":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                    continue
                heads = [noun]
                if noun.lemma_.lower() in pressure:
                    # ("gave in to the demands that Moscow had made": who made them, in a relative clause)
                    made = relative_doer(noun, ments)
                    if made:
                        return [*made]
                    heads = [
                        p
                        for b in noun.children
                        if b.dep_ == "prep" and b.lower_ in ("from", "by")
                        for p in b.children
                    ]
                for head in heads:
                    found = actors_under(head, ments, skip=frozenset({"relcl", "acl", "appos"}))
                    if found:
                        named: list[Token | int] = [*found]
                        return named
                    lemma = head.lemma_.lower()
                    if (
                        code is not None
                        and head.pos_ == "NOUN"
                        and (lemma in people or lemma in words.lone_doer_nouns)
                    ):
                        return [head]
    return []


def eased_measure_party(cand: Candidate, ments: Mentions) -> list[int]:
    """The party a measure eased, lifted or ended had been imposed on, named in a relative clause on the measure
    ("lifted the sanctions that Washington had imposed on India and Pakistan", "ended the state of emergency it
    had imposed on Kenya", "eased the embargo it had placed on China"; data: roles.json `imposing_verbs`), for an
    easing (CONCEDE, RETREAT) that names no target. The doers' own side is left out. Empty otherwise."""
    if (cameo.plover_type(cand.code) or "") not in ("CONCEDE", "RETREAT"):
        return []
    verb = deed_verb(cand.trigger)
    own = ments.codes(cand.source)
    measures = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for measure in list(measures):
        measures += [c for c in measure.children if c.dep_ == "conj" and c not in measures]
    for measure in measures:
        for clause in measure.children:
            if (
                clause.dep_ not in ("relcl", "acl")
                or clause.lemma_.lower() not in role_words().imposing_verbs
            ):
                continue
            found = _other_side(clause, ("on", "upon", "against"), ments, own)
            if found:
                return found
    return []


def letter_addressee(cand: Candidate, ments: Mentions) -> list[int]:
    """The party a spoken deed is sent to in a letter, a note or a message ("In a letter to President Dwight
    Eisenhower, Khrushchev proposed a summit in Paris", "Stalin rejected in a letter to Churchill the plan for a
    landing in the Balkans"; data: roles.json `letter_nouns`), for a verbal deed (CAMEO roots 01-13) whose target is
    missing, is the doers' own side, or is only a place ("in Paris", "in Rome"): the addressee. Empty otherwise."""
    if not cand.code[:2].isdigit() or not 1 <= int(cand.code[:2]) <= 13:
        return []
    verb = deed_verb(cand.trigger)
    own = ments.codes(cand.source)
    targets = [i for i in cand.target if ments.mentions[i].code not in own]
    doc = verb.doc
    if any(not place_phrase(doc[ments.heads[i]]) for i in targets):
        return []
    clauses = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
    for clause in clauses:
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "through", "by", "with"):
                continue
            for letter in prep.children:
                if letter.dep_ != "pobj" or letter.lemma_.lower() not in role_words().letter_nouns:
                    continue
                found = _other_side(letter, ("to",), ments, own)
                if found:
                    return found
    return []


def passive_host_place(cand: Candidate, ments: Mentions) -> list[int]:
    """The host of a visit told in the passive with no host named ("Emperor Hirohito was received at Buckingham
    Palace", "Gorbachev was welcomed in East Berlin", "the queen was received in Dublin by a president the knowledge
    base does not know"): the party of the place or the seat of power in an "in", "at" or "to" phrase of the verb of
    hosting (data: roles.json `passive_host_preps`), other than the guest's own side (annotation conventions 14.1:
    the host, or the host's capital when the host is not named). Asked for a visit (042) with no target whose verb
    is passive. Empty otherwise."""
    verb = cand.trigger
    if cand.code != "042" or cand.target or verb.pos_ not in ("VERB", "AUX"):
        return []
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return _other_side(verb, role_words().passive_host_preps, ments, ments.codes(cand.source))


def answered_armed_act(cands: list[Candidate], ments: Mentions) -> None:
    """A show of force (MOBILIZE, 15x) told with a clause of time after an armed deed of another party ("Kennedy
    ordered Marines to Thailand at Bangkok's request, days after Pathet Lao forces seized the town of Nam Tha",
    "paratroopers were ordered to Honduras after Nicaraguan troops crossed the border") is aimed at the doer of that
    deed, not at the friendly state the forces are sent to (annotation conventions 12.3: "the party whose armed act
    ... the move answers, named in a clause of time or cause"; data: roles.json `answered_act_marks`, conflict.json
    `armed_roots`). Asked when the move has no target or only a destination it is sent to or into; sets the target in
    place."""
    words = role_words()
    armed = tuple(conflict_words().armed_roots)
    by_verb = {c.trigger.i: c for c in cands}
    for cand in cands:
        if not cand.code.startswith("15") or not cand.source or cand.reciprocal:
            continue
        verb = cand.trigger
        own = ments.codes(cand.source)
        sent_to = {
            i
            for head in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
            for i in prep_actors(head, coder_words().destination_preps, ments, deps=("prep", "dative"))
        }
        if set(cand.target) - sent_to:
            continue
        # (the clause on the verb, or on a span of time before it: "days after ...")
        clauses = [c for c in verb.children if c.dep_ == "advcl"]
        clauses += [
            a
            for c in verb.children
            if c.dep_ in ("npadvmod", "prep")
            for a in c.children
            if a.dep_ == "advcl"
        ]
        doers: dict[str, int] = {}
        for clause in clauses:
            if not subordinators(clause) & words.answered_act_marks:
                continue
            other = by_verb.get(clause.i)
            if other is None or not other.code.startswith(armed):
                continue
            for i in other.source:
                if ments.mentions[i].code not in own:
                    doers.setdefault(ments.mentions[i].code, i)
        if len(doers) == 1:
            cand.target = list(doers.values())
