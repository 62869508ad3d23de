"""Roles of an event: who does it (subject, agent, owner of a noun) and to whom (objects, prepositions,
noun phrases), read from the dependency tree over the resolved actor mentions.

triggers.py asks `Roles` for each candidate, in this order (and the file reads in it):
1. `verb_roles`: the source of a verb (`subject`: its subject, a passive's agent or a subject inherited from the
   clause it hangs on, with the parser's slips repaired), its targets (the noun a relative clause hangs on, the
   party an object pronoun stands for, `objects_of`: objects and the parties of the verb's prepositions and of
   its object's phrases, a stray "by" agent or a predicate's doer there), what changes them (the doer's own deed
   noun or ground, an "it", "its" or a place named before, a deed an apposition sums up), and a passive's roles
   (its agent does the deed, its subject suffers it);
2. `noun_roles`: the doer and the targets of an event noun ("X's rejection of Y", "the visit of X to Y");
3. the roles asked for one construction: a condition's subject, an "of" agent, parties acting together, a
   phrase the reading's preposition names, the recipient of a thing handed over, a place a participle
   qualifies, a stance's object, a destination, the forces sent and whom they are sent against;
4. asked by parties.prune_targets: the party a later phrase names when the only one named is a region of the
   doer's own country (`beyond_own_region`).
The module's helpers follow, grouped by the method of `Roles` that first calls them; last come the predicates
other layers ask about a whole sentence: deeds done to each other and joint parties (triggers.py, the
component), who only perceives, a host's meeting, a person the resolver cannot code, and the phrases that name
no target (a border's neighbour, a requester, a venue: parties.prune_targets).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .clauses import (
    answering_verb,
    assisted_gerund,
    condition_clause,
    countered_deed,
    instrument_verb,
    reason_deed,
    stranded_agent,
    stray_modifier,
)
from .knowledge import (
    REPORTING_WORDS,
    clause_words,
    coder_words,
    conflict_words,
    role_words,
    state_sectors,
    word_set,
)
from .lexicon import Entry, Lexicon
from .match import is_light
from .tree import (
    SUBJECT_DEPS,
    Mentions,
    actors_under,
    lemma_forms,
    nominal_path,
    object_children,
    of_object,
    phrase_prep,
    place_phrase,
    pobj_actors,
    possessive,
    prep_actors,
    prep_objects,
    recipient_phrases,
    to_infinitive,
    tokens_of,
)

# Links through which an open clause or a coordinated verb takes the subject of its head.
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp"})
_MAX_CLIMB = 6
# Sectors of actors that are moved rather than acted on ("fighters transferred to Libya").
_MOVED_SECTORS = frozenset({"MIL", "REB"})


# --- The roles of a verb and of an event noun ---------------------------------------------------------------


def topic_phrase(tok: Token) -> bool:
    """True when the token names what is talked about: the object of a topic preposition ("about Y", "over Y"), or
    of an "of" phrase on a topic noun that is one ("on the future of Hong Kong", "over the status of Jerusalem";
    data: `topic_preps`, `topic_nouns`; talk23)."""
    words = coder_words()
    if place_phrase(tok, words.topic_preps):
        return True
    prep = phrase_prep(tok)
    if prep is None or prep.lower_ != "of" or prep.head.lemma_.lower() not in words.topic_nouns:
        return False
    return place_phrase(prep.head, words.topic_preps)


class Roles:
    """Finds the source and target actors of verbs and nouns."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    # --- The roles of a verb: who does it, then to whom -----------------------------------------------------

    def verb_roles(self, tok: Token, ments: Mentions, words: list[Token]) -> tuple[list[int], list[int]]:
        caused = caused_patient(tok)
        if caused is not None:
            # "Musharraf had Prime Minister Nawaz Sharif arrested", "had the editor jailed": the one the have-clause
            # makes suffer the deed is its target, the one who had it done its doer (targets40)
            sufferer, have = caused
            doers = self.subject(have, ments)
            return doers, [
                i for i in actors_under(sufferer, ments, skip=frozenset({"relcl", "acl"})) if i not in doers
            ]
        suffered = _bare_participle(tok)
        if suffered is not None:
            # "Lumumba was in the hands of Mobutu's soldiers, captured in Kasai", "Arrested in his villa, Ben Bella
            # ...": a bare past participle hung on a clause tells what was done to that clause's subject; its doer
            # is not named there (targets40)
            return [], self.subject(suffered, ments)
        if suffered_by(tok):
            # "Rabin collapsed at the foot of the steps, shot twice in the back by Yigal Amir", "Bhutto stood up to
            # wave to supporters, only to be shot by a gunman": a passive participle or infinitive with no subject of
            # its own set off after a clause tells what was done to that clause's subject; its doer is the one its
            # "by" phrase names (also when the parser hangs the phrase on the noun before it), never that subject
            # (a doer the resolver cannot code is left to parties.unnamed_doer_at_home; force41)
            agent = [
                i
                for by in _by_phrases(tok)
                for p in by.children
                if p.dep_ == "pobj"
                for i in agent_actors(p, ments) or weapon_user(p, ments)
            ]
            return agent, [i for i in self.subject(tok.head, ments) if i not in agent]
        source = self.subject(tok, ments)
        # "returned the Ukrainian ships it had seized", "the drone that it had seized in the South China Sea":
        # the noun a relative clause with a subject of its own hangs on is the deed's object
        target: list[int] = _relative_object(tok, ments)
        if not target and any(
            c.dep_ in ("dobj", "dative")
            and c.lower_ in role_words().person_objects | role_words().pair_pronouns
            for w in words
            for c in w.children
        ):
            # "Putin welcomed him at the Kremlin", "warned him against invading Taiwan": the person or pair an
            # object pronoun stands for, before any place or topic named after it
            target = object_pronoun_party(words, source, ments)
        for word in words:
            if target:
                break
            target = self.objects_of(word, ments)
        target = self.own_deed_target(words, source, target, ments)
        target = _beyond_own_ground(words, source, target, ments)
        if not target:
            # "Turkey bought S-400 missiles, and the United States sanctioned it": the party "it" stands for
            target = object_pronoun_party(words, source, ments)
        if not target:
            # "Russian jets violated its airspace", "Chinese ships entering its waters": a plural subject is not
            # what "its" stands for; the state named before owns the ground
            target = _owned_ground(tok, words, source, ments)
        if not target:
            # "withdrew from the peninsula", "fired missiles over the island": the place a definite noun of
            # place stands for, named before
            target = place_anaphor_target(words, source, ments)
        if not target:
            # "started a hunger strike to protest X's decision", "opened fire to disperse X"
            for child in tok.children:
                if child.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in child.children):
                    target = self.objects_of(child, ments)
                    if target:
                        break
        if not target:
            # "X detained two drivers, a move Y criticised": the clause acts on the doer of the deed summed up
            target = self.summed_up_doer(tok, ments)
        own_subject = _compound_subject(tok) or [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if not target and tok.tag_ == "VBG" and tok.dep_ == "amod" and own_subject:
            # "all that followed was Merkel phoning Putin": a gerund with its own subject before it, which the
            # parser made a modifier of the name after it; that name is its object
            target = actors_under(tok.head, ments, skip=frozenset({"relcl", "amod", "acl", "prep"}))
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        # "found itself encircled by X", "left isolated by X": a participle with an agent is passive too,
        # though the parser gives it a plain subject.
        agents = [c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
        if tok.tag_ == "VBN" and agents and not passive and not perfect:
            agent = [i for c in agents for i in pobj_actors(c, ments)]
            if agent:
                patient = []
                for subj in (c for c in tok.children if c.dep_ in SUBJECT_DEPS):
                    patient = actors_under(subj, ments)
                    if (
                        not patient
                        and subj.lower_ in coder_words().reflexives
                        and tok.dep_ in ("ccomp", "xcomp", "oprd")
                    ):
                        patient = self.subject(tok.head, ments)
                if tok.dep_ == "advcl" and not patient:
                    # "Supported by Iran, the Houthis attacked ships": the main clause's subject is the patient
                    patient = self.subject(tok.head, ments)
                if tok.dep_ == "acl" and not patient:
                    patient = actors_under(tok.head, ments, skip=frozenset({"relcl", "acl", "prep"}))
                    if patient and all(ments.mentions[i].sector in _MOVED_SECTORS for i in patient):
                        # "Syrian fighters transferred by Turkey to Libya and Azerbaijan": the forces moved
                        # are the means; where they were sent is the target
                        patient = self.destination(tok, ments) or patient
                return agent, [i for i in (patient or target) if i not in agent]
        if passive:
            # "The plane was shot down by X": the passive subject is the target.
            agent = [
                i
                for c in tok.children
                if c.dep_ == "agent"
                for p in c.children
                for i in agent_actors(p, ments)
            ]
            if not agent:
                # "Yerevan was crushed during Baku's offensive": the owner of the deed named beside it did it
                agent = [
                    i
                    for prep in tok.children
                    if prep.dep_ == "prep" and prep.lower_ in clause_words().adjunct_preps | {"in"}
                    for noun in prep.children
                    if noun.dep_ == "pobj" and noun.pos_ == "NOUN"
                    for owner in noun.children
                    if owner.dep_ == "poss"
                    for i in actors_under(owner, ments)
                ]
            if not agent:
                # "Armenia was supplied with weapons by India", "criticised in a report by X": the parser hangs
                # the passive's "by" phrase on the noun of the phrase before it, or on the object a passive of two
                # objects keeps ("Raoul Cedras was granted asylum by Panama": deeds38)
                agent = [
                    i
                    for noun in [*prep_objects(tok), *(c for c in tok.children if c.dep_ == "dobj")]
                    for i in prep_actors(noun, ("by",), ments, deps=("prep", "agent"))
                ]
            built = [] if agent else _subject_makers(tok, ments)
            if built:
                # "The TurkStream pipeline, built by Russia and Turkey, was opened in 2020": the makers of the
                # thing done with did it, and are no patient
                agent = built
            listed = _listed_agents(tok, ments) if agent else []
            if listed:
                # "The statement was signed by the President of A, the Prime Minister of B and the President
                # of C": the parser hangs the rest of the agent's list on the subject, as an apposition
                # after the agent; they signed too, and are no patient
                agent += [i for i in listed if i not in agent]
                patient = [
                    i
                    for c in tok.children
                    if c.dep_ == "nsubjpass"
                    for i in actors_under(c, ments, skip=frozenset({"relcl", "appos"}))
                ]
            else:
                # ("the annexation of Crimea by Russia was condemned": the doer of the deed named is the one
                # judged)
                patient = [
                    i
                    for c in tok.children
                    if c.dep_ == "nsubjpass"
                    for i in (
                        (noun_agent(c, ments, self.lexicon) if c.pos_ == "NOUN" else [])
                        or actors_under(c, ments)
                    )
                    if i not in agent
                ]
            governing = _gerund_governor(tok) if not patient else None
            if governing is not None:
                # "died within hours of being shot by a Frenchman", "was jailed after being seized in Kenya by
                # Turkish commandos": a passive gerund in a phrase names what was done to the subject of the clause
                # the phrase hangs on (to its object after "from": "kept the ship from being seized") (targets40)
                patient = [i for i in governing(ments) if i not in agent]
            if (
                not patient
                and tok.dep_ == "relcl"
                and any(c.dep_ == "nsubjpass" and c.lower_ in coder_words().relative for c in tok.children)
            ):
                # "Kyiv, which was shelled by Russian forces": the noun the clause hangs on suffered it
                patient = actors_under(tok.head, ments, skip=frozenset({"relcl", "prep", "acl"}))
            # ("a Russian drone was shot down over Poland": a weapon struck is the target, not its owner's means)
            weapon = any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in coder_words().weapons for c in tok.children
            ) and not any(lemma in role_words().weapon_struck_verbs for lemma in lemma_forms(tok))
            if weapon and not agent:
                # "an Iranian missile was launched at Israel": whose weapon it is fired it; the target is
                # where it was fired
                source = patient
                skip = {c.i for c in tok.children if c.dep_ == "nsubjpass"}
                target = [i for i in self.objects_of(tok, ments, skip=skip) if i not in patient]
            else:
                source = agent
                target = patient or [i for i in target if i not in agent]
        target = [i for i in target if i not in source]
        return source, target

    def subject(self, verb: Token, ments: Mentions, *, climb: bool = True) -> list[int]:
        """Actors doing what `verb` says: its subject, the agent of a passive, or an inherited subject."""
        tok = verb
        came_by: str | None = None
        from_tok: Token | None = None
        for _ in range(_MAX_CLIMB):
            # (the speaker label of a transcript turn is no subject: "Vladimir Putin: Russia will ...")
            subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS and not ments.in_label(c)]
            if not subjects:
                # "Narendra Modi: President Biden and I met ...": the parser may make the phrase after the
                # label an apposition of the label's name; that phrase is the subject
                subjects = [
                    a
                    for c in tok.children
                    if c.dep_ in SUBJECT_DEPS and ments.in_label(c)
                    for a in c.children
                    if a.dep_ in ("appos", "conj") and not ments.in_label(a)
                ]
            if not subjects and tok.pos_ == "VERB":
                subjects = _compound_subject(tok)
            if not subjects and tok.tag_ == "VBG" and countered_deed(tok):
                # "to deter [Azerbaijani] shelling of ...": a gerund object's doer named before it
                stray = stray_modifier(tok)
                found = actors_under(stray, ments) if stray is not None else []
                found = found or [
                    i for c in tok.children if c.dep_ in ("amod", "poss") for i in actors_under(c, ments)
                ]
                if found:
                    return found
            if not subjects and tok.dep_ == "pcomp" and tok.head.lower_ == "by" and _passive(tok.head.head):
                # "Ukraine said its silos had been damaged by shelling": the deed named as the means of a passive has
                # no doer but one named on it ("by Russian shelling"); not the subject of the clause above
                # (precision31, system20's H)
                # ("by Ukrainian drones striking refineries": the parser may hang the doer before the gerund on it)
                return [i for c in tok.lefts for i in actors_under(c, ments)]
            if not subjects and tok.dep_ == "pcomp" and tok.tag_ == "VBG":
                # "led to Yerevan blaming Moscow": the parser hangs the gerund's subject on the preposition
                before = [c for c in tok.head.children if c.dep_ == "pobj" and c.i < tok.i]
                if not before and reason_deed(tok):
                    # "criticised Ankara for selling drones": the one judged did the deed
                    before = [c for c in tok.head.head.children if c.dep_ == "dobj"]
                helped = assisted_gerund(tok)
                if not before and helped is not None:
                    # "Iran assisted Russia in attacking ...": the one helped does the deed
                    before = [helped]
                if not before and tok.head.lower_ == "in":
                    # "Mauritania followed Saudi Arabia and its allies in cutting ties with Qatar": the parser may
                    # hang the phrase on the one followed; the follower does the deed (data: `following_verbs`)
                    holder = tok.head.head
                    while holder.dep_ == "conj" and holder.head is not holder:
                        holder = holder.head
                    if holder.dep_ == "dobj" and holder.head.lemma_.lower() in coder_words().following_verbs:
                        before = [c for c in holder.head.children if c.dep_ == "nsubj"]
                if not before and tok.head.lower_ == "from":
                    # "prevent Turkey from taking control", "barred Russia from sending": the object acts
                    before = [c for c in tok.head.head.children if c.dep_ == "dobj" and c.i < tok.i]
                found = [i for c in before for i in actors_under(c, ments)]
                if found:
                    return found
            if came_by == "xcomp" and tok.lemma_.lower() not in clause_words().subject_control_verbs:
                # "pressure prompted Israel to sign", "Washington pushed Kyiv to negotiate": the object of a
                # verb with an open clause does that clause's deed, whatever its subject is
                controller = [i for c in tok.children if c.dep_ == "dobj" for i in actors_under(c, ments)]
                if controller:
                    return controller
            if not subjects and tok.tag_ == "VBG" and tok.dep_ == "ROOT":
                # "Turkish shelling hit ...": a gerund the parser took for the sentence's verb keeps its
                # nationality adjective as its doer
                found = [
                    i
                    for c in tok.children
                    if c.dep_ == "amod" and c.i < tok.i
                    for i in actors_under(c, ments)
                ]
                if found:
                    return found
            if not subjects and tok.dep_ in ("advcl", "conj", "ccomp"):
                # "Armenia watched as Azerbaijan's forces were pounding X": a clause with an auxiliary of its
                # own has a subject, which the parser hung on a preposition just before it
                stray = _stray_subject(tok)
                if stray is not None:
                    found = actors_under(stray, ments)
                    if found:
                        return found
            if not subjects and tok.dep_ in ("conj", "dep", "advcl", "ROOT"):
                # "Greece stayed out, while Cyprus, not invited to the talks, signed ...": the parser gives the
                # subject to the participle set off before the verb
                found = [i for c in _participle_subjects(tok) for i in actors_under(c, ments)]
                if found:
                    return found
            if not subjects and tok.i == verb.i and tok.pos_ == "VERB":
                # "Under the eye of King Salman, Ethiopia's Abiy Ahmed and Eritrea's Isaias Afwerki signed ...": the
                # parser makes the subject an apposition of the fronted phrase's name; the witness is no doer
                found = [i for c in _fronted_phrase_subjects(tok) for i in actors_under(c, ments)]
                if found:
                    return found
            if came_by == "xcomp" and not subjects:
                # "Turkey is expected to reopen": the raised passive subject does the open clause's deed
                subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
            gathered: list[int] = []
            for subj in subjects:
                if subj.lower_ in coder_words().relative and tok.dep_ == "relcl":
                    return actors_under(tok.head, ments, skip=frozenset({"relcl", "prep"}))
                # ("missiles that Egyptian patrol boats fired sank the destroyer": who used the weapon did it)
                found = actors_under(subj, ments) or weapon_user(subj, ments)
                if not found and tok.dep_ == "relcl" and _whose(subj):
                    # "France, whose president visited Yerevan, ...": the noun the clause hangs on acted
                    found = actors_under(tok.head, ments, skip=frozenset({"relcl", "prep", "acl"}))
                if found:
                    # "With Jimmy Carter looking on, Anwar Sadat and Menachem Begin signed": the first of the pair
                    # made the subject of the second
                    found += [i for i in _stacked_co_subject(subj, ments) if i not in found]
                    # "Russia, along with China, opposed the sanctions": the partner named beside the subject
                    found += [i for i in _co_doers(subj, tok, ments) if i not in found]
                    # "President Putin and I spoke": a name before "and" the parser left out of the subject
                    found += [i for i in _detached_co_subject(subj, tok, ments) if i not in found]
                # ("the Prime Minister, the Foreign Minister and I held talks": the parser may give a
                # list of subjects joined by "and" as several subjects; each is a doer)
                listed = not gathered or any(
                    t.dep_ == "cc" for t in subj.doc[subjects[0].i : subjects[-1].right_edge.i + 1]
                )
                gathered += [i for i in found if i not in gathered] if listed else []
                if not found and subj.lower_ not in coder_words().pronouns:
                    break
            if gathered:
                return gathered
            if came_by == "xcomp":
                # "prompted Iran to warn", "helped Azerbaijan retake": when the subject names no actor,
                # the object does the open clause
                controller = [i for c in tok.children if c.dep_ == "dobj" for i in actors_under(c, ments)]
                if controller:
                    return controller
            if (
                from_tok is not None
                and court_disposal(from_tok, tok)
                and tok.dep_ == "ccomp"
                and tok.head.pos_ == "VERB"
            ):
                # "the court ruled that the islets belonged to Britain, rejecting France's claim": a participle of
                # disposal set off after the held clause is the court's deed (the parser hangs it on the inner verb;
                # coder_words court_disposal_verbs, talk19)
                came_by = "ccomp"
                from_tok = tok
                tok = tok.head
                continue
            if subjects and not all(s.lower_ in coder_words().pronouns for s in subjects):
                return []
            if came_by == "conj" and from_tok is not None and _said_passive_before_deed(tok, from_tok, ments):
                # "The Czech government said two depots had been blown up by Russian agents, and expelled 18
                # diplomats": the parser joins the speaker's second deed to the passive it reported; the speaker
                # did it, not the passive's agent (precision31, system20's H)
                came_by, from_tok, tok = "ccomp", tok, tok.head
                continue
            for child in tok.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        # ("killed by a bomb that IRA members had hidden aboard his boat": the weapon's user)
                        found = agent_actors(pobj, ments) or weapon_user(pobj, ments)
                        if found:
                            return found
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and ments.at(tok.head):
                # "Armenians blaming Russia", "fighters crossing into Libya": the noun does the -ing deed
                return actors_under(tok.head, ments, skip=frozenset({"relcl", "acl", "prep"}))
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                # "X's efforts to mediate", "a decision by X to withdraw"
                noun = tok.head
                owner, _ = self.noun_roles(noun, ments)
                if owner:
                    return owner
                if noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB":
                    # "approved a law recognising X": who passed the law
                    tok = noun.head
                    continue
                if (
                    noun.dep_ == "pobj"
                    and noun.lemma_.lower() in coder_words().resolution_nouns
                    and noun.head.head.lemma_.lower() in coder_words().resolution_verbs
                ):
                    # "voted for a resolution opposing X": who voted for it
                    tok = noun.head.head
                    continue
            if not climb and not subjects:
                return []
            if tok.dep_ in _INHERIT_DEPS or (subjects and tok.dep_ in ("ccomp", "advcl", "conj")):
                came_by = tok.dep_
                from_tok = tok
                tok = tok.head
                if tok.pos_ == "ADP" and tok.head.i != tok.i:
                    # "resorted to throwing stones": through the preposition to its verb
                    tok = tok.head
                    if tok.dep_ == "advmod" and tok.pos_ in ("ADV", "ADJ"):
                        # "stopped short of leaving", "came close to signing": through the adverb too
                        tok = tok.head
                    if (
                        tok.lemma_.lower() in coder_words().journey_nouns
                        and tok.dep_ == "pobj"
                        and tok.head.head.pos_ in ("VERB", "AUX")
                    ):
                        # "flew to Baku on his way back from opening a pipeline": the traveller did it on the way
                        tok = tok.head.head
                continue
            if tok.dep_ in ("relcl",) and not subjects:
                found = actors_under(tok.head, ments, skip=frozenset({"relcl", "prep"}))
                if (
                    not found
                    and tok.head.dep_ == "attr"
                    and to_infinitive(tok)
                    and tok.head.head.pos_ in ("VERB", "AUX")
                ):
                    # "Algeria became the first state to recognise it", "Bolivia became the first country to
                    # renounce the convention": the party a copula names by the noun does the "to" clause's deed; not
                    # a person ("the first man to break the sound barrier": a feat, no deed of a party; member49)
                    doers = [
                        i for c in tok.head.head.children if c.dep_ == "nsubj" for i in actors_under(c, ments)
                    ]
                    if doers and not any(ments.mentions[i].person for i in doers):
                        return doers
                return found
            break
        return []

    def objects_of(self, tok: Token, ments: Mentions, skip: set[int] | None = None) -> list[int]:
        skip = skip or set()
        for prep in tok.children:
            # "thanked Scholz, with whom he had coordinated France's position on Ukraine": the relative
            # phrase ties the deed to the one it stands for, before any party inside the object
            if prep.dep_ == "prep" and prep.i not in skip and _relative_phrase(prep):
                found = _antecedent(prep, ments)
                if found:
                    return found
        for child in tok.children:
            if child.dep_ in ("dative",) and child.i not in skip:
                found = actors_under(child, ments)
                if found:
                    return found
        # ("voted down X's deal", "turned down X's offer": the parser may take the particle for a preposition;
        # its noun is still the verb's object; data: `object_particles`)
        taken_for_prep = [
            pobj
            for p in tok.children
            # (or a particle the parser gave an object of its own: "voted [down] an expansion of ...")
            if p.dep_ in ("prep", "prt") and p.lower_ in role_words().object_particles and p.i not in skip
            for pobj in p.children
            if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"
        ]
        # ("repudiated on Monday most of China's claims": the parser may take a partitive object after an adjunct
        # for a modifier of the verb)
        taken_for_prep += [
            whole
            for c in tok.children
            if c.dep_ == "npadvmod" and c.lemma_.lower() in role_words().partitive_heads and c.i not in skip
            for whole in [of_object(c)]
            if whole is not None and whole.pos_ == "NOUN"
        ]
        for child in [*tok.children, *taken_for_prep]:
            if (
                child.dep_ in ("dobj", "obj", "attr", "oprd", "nsubjpass") or child in taken_for_prep
            ) and child.i not in skip:
                if child.lemma_.lower() in clause_words().addressee_nouns:
                    continue  # "drew Mr President's attention to X's violations": the addressee, not the target
                if child.lemma_.lower() in role_words().partitive_heads or child.pos_ == "NUM":
                    # "repudiated most of China's claims", "dismissed each of the models put forward by X": a part
                    # of a thing is acted on as the thing is
                    whole = of_object(child)
                    child = whole if whole is not None else child
                # "rejected an offer by X", "welcomed Y's decision": the doer of the noun is the target
                found = noun_agent(child, ments, self.lexicon) if child.pos_ == "NOUN" else []
                found = found or self.stray_agent(tok, child, ments)
                if not found and child.dep_ == "dobj":
                    found = self.predicated_doer(tok, ments)
                found = found or housed_party(child, ments)
                found = found or _beyond_venue(child, _without_place_name(child, ments), ments)
                # "welcomed the role Turkey played in ...": the doer of a relative clause on the object
                found = found or (
                    _others_relative_doer(tok, child, ments) if _thing_noun(child, ments) else []
                )
                # "withdraw its troops from X": the possessor of the object is the doer, not the target
                found = [i for i in found if not possessive(tok.doc, ments.mentions[i])]
                if found:
                    # ("attacked Burkina Faso's army headquarters and the French embassy": a second object
                    # conjoined to the first is acted on too, though the first was read through its owner; not
                    # the doer's own people the parser hung there: "might shun Australian wine and Chinese students")
                    doers = ments.codes(
                        [i for c in tok.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
                    )
                    # ("freed the Australian economist X, the former British ambassador Y and ...": the list may
                    # hang on the first one's name in apposition)
                    listed = [child, *(a for a in child.children if a.dep_ == "appos")]
                    joined = [c for a in listed for c in a.children if c.dep_ == "conj"]
                    for c in joined:  # (a list: "X, Y and Z" hangs Z on Y)
                        joined += [g for g in c.children if g.dep_ == "conj" and g not in joined]
                    return found + list(
                        dict.fromkeys(
                            i
                            for c in dict.fromkeys(joined)
                            if c.pos_ in ("NOUN", "PROPN")
                            # (its own words, not where it is: "and an intelligence site around Damascus")
                            for i in actors_under(c, ments, skip=frozenset({"relcl", "acl", "prep"}))
                            if i not in found
                            and not possessive(tok.doc, ments.mentions[i])
                            and ments.mentions[i].code not in doers
                        )
                    )
        for clause in tok.children:
            # "allowed UN inspectors to visit", "let refugees enter": the parser may take the object for the
            # subject of the "to" clause; it is still the one the verb acts on
            if clause.dep_ in ("ccomp", "xcomp") and clause.i not in skip and _to_clause(clause):
                subjects = [c for c in clause.children if c.dep_ == "nsubj"] or _compound_subject(clause)
                found = [i for c in subjects for i in actors_under(c, ments)]
                if found:
                    return found
            if clause.dep_ in ("ccomp", "xcomp") and clause.i not in skip and _helped_name(tok, clause):
                # "drones helped Azerbaijan advance to ...": the parser may take the bare infinitive for a
                # noun and the one helped for its compound; that one is still the one the verb acts on
                found = [i for c in _helped_name(tok, clause) for i in actors_under(c, ments)]
                if found:
                    return found
            if clause.dep_ == "xcomp" and clause.i not in skip and _helped_noun(tok, clause):
                # "helped the Syrian army retake Palmyra": the one helped, inside the noun the parser made of
                # the bare infinitive
                return list(ments.at(clause))
            if clause.i not in skip and (
                (clause.dep_ in ("ccomp", "xcomp") and clause.pos_ == "ADJ")
                or (clause.dep_ == "advcl" and clause.tag_ == "VBG")
            ):
                # "found West German pilot Mathias Rust guilty", "defied Yeltsin's decree dissolving it": the
                # parser makes the object the subject of the small clause or of the participle after it; a
                # subject right after the verb is still the one the verb acts on
                subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == tok.i + 1]
                found = [i for c in subjects for i in actors_under(c, ments)]
                if found:
                    return found
            if clause.dep_ in ("ccomp", "xcomp", "oprd") and clause.i not in skip and clause.pos_ == "NOUN":
                # "declared Russia a state sponsor of terrorism": the parser makes the object the subject of
                # the noun it is called; it is still the one the verb acts on
                found = [i for c in clause.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
                if found:
                    return found
        preps = [c for c in tok.children if c.dep_ == "prep" and c.i not in skip]
        # "pulled its troops out of X", "handed the ships back to Y": the phrase a particle of the verb
        # carries is the verb's own (data: `phrase_particles`)
        preps += [
            inner
            for p in tok.children
            if p.dep_ in ("prep", "advmod", "prt") and p.lower_ in role_words().phrase_particles
            for inner in p.children
            if inner.dep_ == "prep" and inner.i not in skip
        ]
        for obj in [*object_children(tok), *taken_for_prep]:
            preps.extend(c for c in obj.children if c.dep_ == "prep" and c.i not in skip)
        # "brokered a deal at the White House with Armenia and Azerbaijan": the parser hangs the verb's "with"
        # phrase on the place named before it
        preps.extend(
            inner
            for p in list(preps)
            if p.lower_ in coder_words().place_preps
            for pobj in p.children
            if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN"  # (a named place; not "in an interview with X")
            for inner in pobj.children
            if inner.dep_ == "prep" and inner.lower_ == "with"
        )
        # "a fact recognised in Tehran": when a passive verb's subject is a thing, not an actor, an "in"
        # phrase says where, not to whom.
        thing = any(
            c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.lemma_.lower() not in coder_words().weapons
            for c in tok.children
        ) or (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and not ments.at(tok.head))
        ranked = sorted(
            (
                p
                for p in preps
                if p.lower_ in coder_words().target_preps
                and not (thing and p.lower_ in coder_words().place_preps)
            ),
            key=lambda p: coder_words().target_rank(p.lower_),
        )
        for prep in ranked:
            for pobj in prep.children:
                if pobj.lemma_.lower() in clause_words().medium_nouns:
                    continue  # "criticised the sanctions in an interview with an American broadcaster"
                if prep.lower_ == "with" and pobj.lemma_.lower() in conflict_words().helper_nouns:
                    continue  # "retook the town with the help of X": a helper, not the one acted on
                if pobj.dep_ == "pobj" and pobj.lower_ in coder_words().relative:
                    # "thanked Scholz, with whom he had coordinated ...": the one the relative stands for
                    found = _antecedent(prep, ments)
                    if found:
                        return found
                    continue
                if pobj.dep_ in ("pobj", "pcomp"):
                    # "protested against what they called illegal logging by X": the thing named, not the
                    # ones naming it
                    clause, named = pobj, _named_thing(pobj)
                    pobj = named or pobj
                    # "protested against the killing of S by the United States": the doer of the deed protested
                    found = noun_agent(pobj, ments, self.lexicon) if pobj.pos_ == "NOUN" else []
                    found = found or housed_party(pobj, ments)
                    # ("agreed to the ceasefire that the United States had proposed": the maker of the thing)
                    found = found or (
                        _others_relative_doer(tok, pobj, ments) if _thing_noun(pobj, ments) else []
                    )
                    if named is not None:
                        # (the parser may hang the named deed's "by" phrase on the naming verb)
                        found = found or prep_actors(clause, ("by",), ments, deps=("agent", "prep"))
                    found = found or actors_under(pobj, ments)
                    if named is not None:
                        # ("against what Azerbaijan called an operation": the namer is all that is named)
                        found = found or actors_under(clause, ments)
                    if found:
                        return found
        return self.predicated_doer(tok, ments)

    def stray_agent(self, verb: Token, obj: Token, ments: Mentions) -> list[int]:
        """ "recognise the annexation of Ukrainian regions by Russia": the parser hangs the "by" phrase of an
        event noun on the active verb after it; there it names who did what the noun says."""
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or not self.lexicon.lookup("N", obj.lemma_.lower()):
            return []
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i > obj.i:
                return pobj_actors(prep, ments)
        return []

    def predicated_doer(self, verb: Token, ments: Mentions) -> list[int]:
        """ "described the shelling of Ganja as a war crime by Armenia": the doer of the deed named in the
        verb's predicate complement (data: `predicative_preps`)."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in clause_words().predicative_preps:
                for pobj in prep.children:
                    found = noun_agent(pobj, ments, self.lexicon) if pobj.pos_ == "NOUN" else []
                    if found:
                        return found
        return []

    def own_deed_target(
        self, words: list[Token], source: list[int], target: list[int], ments: Mentions
    ) -> list[int]:
        """ "Chinese officials restated Beijing's opposition to ...", "French diplomats restated Paris's
        support for Ukraine": the owner of the deed noun a verb takes is the doer's own party (its capital,
        its name), so the deed is the doer's and its target is the one the noun's own phrases name."""
        own = ments.codes(source)
        if not target or not own or not ments.codes(target) <= own:
            return target
        for word in words:
            for obj in word.children:
                if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
                    continue
                owners = {i for c in obj.children if c.dep_ == "poss" for i in actors_under(c, ments)}
                # (another organ or a person of the same country owns a thing of its own: "the House of Commons
                # voted down Theresa May's deal", "the Senate rejected the president's nominee")
                sectors = {ments.mentions[i].sector for i in source} | {None}
                if any(ments.mentions[i].sector not in sectors for i in owners):
                    continue
                if owners and set(target) <= owners:
                    return [i for i in self.noun_roles(obj, ments)[1] if ments.mentions[i].code not in own]
        return target

    def summed_up_doer(self, clause: Token, ments: Mentions) -> list[int]:
        """The doer of the deed an apposition sums up, for a relative clause on it with no object of its own
        ("Azerbaijan detained two drivers, a move Tehran criticised": Azerbaijan) (data:
        `deed_reference_nouns`)."""
        noun = clause.head
        if clause.dep_ != "relcl" or noun.lemma_.lower() not in clause_words().deed_reference_nouns:
            return []
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
            return []
        tok = noun
        for _ in range(4):
            if tok.dep_ not in ("appos", "npadvmod", "dobj", "pobj", "prep") or tok.head.i == tok.i:
                return []
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return self.subject(tok, ments)
        return []

    # --- The roles of an event noun -------------------------------------------------------------------------

    def noun_roles(self, noun: Token, ments: Mentions) -> tuple[list[int], list[int]]:
        """Roles of a nominalisation: "X's rejection of Y", "the escalation of sanctions by X towards Y"."""
        source: list[int] = []
        target: list[int] = []
        for child in noun.children:
            if child.dep_ == "poss":
                source = actors_under(child, ments) or self.earlier_owner(child, ments)
        if not source and _bare_conjunct(noun):
            # "Russia's friendship and cooperation with Serbia": the owner of the list's first noun
            source = [i for c in noun.head.children if c.dep_ == "poss" for i in actors_under(c, ments)]
        if not source:
            # "the signing of documents with X by Y": the "by" phrase may hang lower in the noun phrase.
            for by in noun.subtree:
                if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
                    continue
                if not nominal_path(by, noun, self.lexicon):
                    continue
                for pobj in by.children:
                    source = source or actors_under(pobj, ments)
                if source:
                    break
        if not source:
            # "condemned joint drills [by] X and Y": the parser hung the noun's "by" phrase on the verb
            stranded = stranded_agent(noun)
            if stranded is not None:
                source = pobj_actors(stranded, ments)
        if not source:
            source = self.of_agent(noun, ments)
            if source:
                target = []
        if not source and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            course = noun.head.head
            if course.pos_ == "NOUN" and course.lemma_.lower() in clause_words().aspect_nouns:
                # "its continued growth of defence ties with X": the course's owner does the deed
                source = self.noun_roles(course, ments)[0]
        if not source:
            stray = stray_modifier(noun)
            if stray is not None:
                # "to deter [Azerbaijani] attacks": the parser made the nationality an object of its own
                source = actors_under(stray, ments)
        if not source:
            # "the U.S.-led war against Iraq": the leader of the deed is its doer, also of a war
            source = leading_party(noun, ments, self.lexicon)
        named_by_place = noun.lemma_.lower() in coder_words().named_by_place
        theatre = noun.lemma_.lower() in coder_words().theatre_nouns
        if not source and theatre:
            # Two or more parties in the modifiers fight each other; a single one is where it is fought.
            parties = [
                i
                for c in noun.children
                if c.dep_ in ("amod", "compound")
                for t in c.subtree  # "Armenian-Azerbaijani" parses as one modifier under another
                for i in ments.at(t)
            ]
            if len(ments.codes(parties)) >= 2:
                source = parties
            for prep in noun.children:
                # "hostilities between the West and Russia": who is named there is a party, even alone
                if not source and prep.dep_ == "prep" and prep.lower_ == "between":
                    source = pobj_actors(prep, ments)
        elif not source:
            for child in noun.children:
                if named_by_place and child.dep_ == "compound" and child.pos_ == "PROPN":
                    continue  # "the Minsk agreements", "the Astana talks" are named after a venue
                if child.dep_ in ("amod", "compound") and ments.at(child):
                    source = actors_under(child, ments) or source
                    chain = _dash_chain(noun)
                    if len(chain) > 1:
                        # "an Israel-Azerbaijan-Turkey axis", "the Ankara–Moscow–Baku axis", "the Russia-China
                        # partnership": every name of a chain joined by dashes is a party
                        source = list(dict.fromkeys(i for t in chain for i in ments.at(t)))
                    break
        for prep in sorted(
            (
                c
                for c in noun_phrases(noun)
                if c.dep_ == "prep"
                and c.lower_ in coder_words().target_preps
                and not (theatre and c.lower_ in coder_words().theatre_preps)
            ),
            key=lambda p: coder_words().target_rank(p.lower_),
        ):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() not in clause_words().medium_nouns:
                    # ("criticised the drills in an interview with a Turkish agency": the outlet is no target;
                    # "the annexation of Crimea by Russia": the "by" phrase that names the doer is none either)
                    found = housed_party(pobj, ments) or actors_under(pobj, ments)
                    found = [i for i in found if i not in source]
                    if found and not target:
                        target = found
        if not source and noun.dep_ in ("dobj", "attr", "nsubjpass", "pobj"):
            # A light verb that governs the noun names the doer ("X held talks", "X came for talks");
            # a verb with a meaning of its own does not ("Iran, forgotten in the war").
            head = noun.head
            measured = _amount_verb(noun) if noun.dep_ == "pobj" else None
            if measured is not None:
                # "announced $300 million in military aid", "approved a new package of aid": the verb
                # that governs the amount governs the noun
                head = measured
            elif noun.dep_ == "pobj":
                head = head.head if head.lower_ in coder_words().purpose_preps else noun
            if head.pos_ in ("VERB", "AUX") and is_light(head, self.lexicon):
                source = self.subject(head, ments)
                if not target:
                    target = self.objects_of(head, ments, skip={noun.i})
            elif (
                noun.dep_ == "attr"
                and head.lemma_ == "be"
                and noun.lemma_.lower() in coder_words().copular_doer_nouns
            ):
                # "Brezhnev was the guest of Nixon": the subject of "be" is the guest (talk24)
                source = self.subject(head, ments)
        if not source:
            verb = instrument_verb(noun)
            if verb is not None:
                # "responded to the Houthis with air strikes", "backed Y with weeks of shelling": the
                # clause's doer carried them out; an answer is aimed at whom it answers
                source = self.subject(verb, ments)
                if not target and answering_verb(verb):
                    path = {t.i for t in noun.ancestors if t.i > verb.i and t.i <= noun.i}
                    target = self.objects_of(verb, ments, skip={noun.i, *path})
        if source and not target and helping_phrase(noun):
            # "With Russian help, Syria recaptured Aleppo", "retook Palmyra with Iran's backing": the help is
            # given to the one who does the deed it comes with
            target = [i for i in self.subject(noun.head.head, ments) if i not in source]
        if not source and noun.dep_ in ("nsubj",) and not theatre:
            # ("the war could present an obstacle to X": a war without parties is background)
            target = target or self.objects_of(noun.head, ments)
        if source and not target:
            # "Iraq's invasion of Kuwait and its annexation of the emirate": the place named before
            target = place_anaphor_target([noun], source, ments)
        target = [i for i in target if i not in source]
        return source, target

    def earlier_owner(self, pronoun: Token, ments: Mentions) -> list[int]:
        """ "Russia's bases in Syria, its efforts to ... and its ties with Belarus": a possessive "its" or
        "their" that the resolver left unresolved, in a list of possessed deeds, is the owner of the nearest
        possessed noun before it in the sentence."""
        if pronoun.lower_ in role_words().person_possessives:
            return _earlier_person(pronoun, ments)
        if pronoun.lower_ not in role_words().owner_possessives:
            return []
        # the owner an earlier "its" of the same sentence took ("its refusal to accept Z's annexation of W and
        # its sale of drones to Y": the parser may hang the second item on the first one's object)
        for tok in pronoun.sent:
            if tok.i >= pronoun.i:
                break
            if tok.dep_ == "poss" and tok.lower_ == pronoun.lower_:
                found = actors_under(tok, ments) or self._list_owner(tok, ments)
                if found:
                    return found
        found = self._list_owner(pronoun, ments)
        if found:
            return found
        for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            if tok.dep_ == "poss":
                found = actors_under(tok, ments)
                if found:
                    return found
        return []

    @staticmethod
    def _list_owner(pronoun: Token, ments: Mentions) -> list[int]:
        # the owner of the list's first item ("X's efforts ..., its refusal ... and its ties with Y"), not a
        # possessor inside an earlier item ("its refusal to accept Z's annexation of W")
        item = pronoun.head
        for _ in range(8):
            if item.dep_ not in ("conj", "appos") or item.head.i == item.i:
                break
            item = item.head
            for owner in item.children:
                if owner.dep_ == "poss" and owner.i < pronoun.i:
                    found = actors_under(owner, ments)
                    if found:
                        return found
        return []

    # --- Roles asked for one construction (triggers.py) -----------------------------------------------------

    def condition_subject(self, tok: Token, ments: Mentions) -> list[int]:
        """The subject of an "if" or "unless" clause on the verb or on a verb joined to it ("would close its border
        and halt trade with Mexico if Mexico did not ..."): the party a threat is aimed at."""
        verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        for child in (c for v in verbs for c in v.children):
            if condition_clause(child):
                found = self.subject(child, ments, climb=False)
                if found:
                    return found
        return []

    def of_agent(self, noun: Token, ments: Mentions) -> list[int]:
        """The "of" phrase of a noun whose "of" names the doer ("the visit of X", "the withdrawal of X")."""
        # ("the refusal of Serbia to impose sanctions": a noun with its own "to" clause is that clause's
        # doer's stance, and its "of" phrase names the doer)
        own_clause = any(c.dep_ == "acl" and to_infinitive(c) for c in noun.children)
        # ("the joint drills of the United States and South Korea": a deed done together, its "of" phrase naming
        # two parties or more, names its doers)
        joint = any(c.dep_ == "amod" and c.lower_ in role_words().joint_modifiers for c in noun.children)
        if (
            not own_clause
            and not joint
            and not any(lemma in coder_words().of_agent_nouns for lemma in lemma_forms(noun))
        ):
            return []
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    found = actors_under(pobj, ments)
                    if found and (own_clause or not joint or len(ments.codes(found)) > 1):
                        return found
                    if found:
                        return []
        return []

    def reciprocal_targets(
        self, entry: Entry, source: list[int], target: list[int], ments: Mentions
    ) -> list[int]:
        """Parties acting together ("X and Y signed the Shusha Declaration in Z") have no target of their
        own code nor a place where they met. A party named in a topic phrase of a reciprocal reading
        ("talked with X about Y", "talked about Y") is what is talked about, not the partner, with one doer too."""
        if entry.reciprocal and len(source) == 1 and target and ments.doc is not None:
            return [i for i in target if not topic_phrase(ments.doc[ments.heads[i]])]
        if not (entry.reciprocal and len(source) > 1) or not target:
            return target
        codes = ments.codes(source)
        kept = [i for i in target if ments.mentions[i].code not in codes]
        if ments.doc is None:
            return kept
        return [
            i
            for i in kept
            if not place_phrase(ments.doc[ments.heads[i]], coder_words().place_preps)
            and not topic_phrase(ments.doc[ments.heads[i]])
        ]

    def named_phrase_target(
        self, verb: Token, entry: Entry, source: list[int], target: list[int], ments: Mentions
    ) -> list[int]:
        """ "Russian troops crossed into Ukraine from Belarus": a reading named by its preposition ("cross
        into") reaches the parties of that phrase, before those another phrase of the verb names (the "from"
        place is where the deed comes from); a target read from the verb's object stays."""
        preps = entry.allowed("prep")
        # (a reciprocal reading's topic phrase, "talked about X", names what is talked about, no party)
        topics = coder_words().topic_preps if entry.reciprocal else frozenset()
        required = [
            p
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in (preps or ()) and p.lower_ not in topics
        ]
        if not required:
            return target
        inside = {i for p in required for t in p.subtree for i in ments.at(t)}
        phrased = {i for p in verb.children if p.dep_ == "prep" for t in p.subtree for i in ments.at(t)}
        if target and (set(target) <= inside or not set(target) <= phrased):
            return target
        for prep in required:
            found = [i for i in pobj_actors(prep, ments) if i not in source]
            if found:
                return found
        return target

    def recipient_target(
        self, verb: Token, code: str, source: list[int], target: list[int], ments: Mentions
    ) -> list[int]:
        """ "Britain handed over Hong Kong to China", "Spain ceded the Philippines to the United States": the
        party a thing is handed over to is the target of the yield, not the place given (data:
        `recipient_codes`, `recipient_preps`); the "to" phrase may hang on the verb, its particle or its
        object. Read at the verb, before the sentence's parties are settled; the first phrase that names a
        party other than the doers (by mention) decides, and with none the target stays as read. (The same
        reader, `recipient_phrases`, serves parties.handed_to for a person handed over, which reads it after
        the parties are settled, on the words of a frame too, and where a phrase naming no party leaves no
        target: see there why the two policies stay apart.)"""
        if not code.startswith(tuple(role_words().recipient_codes)):
            return target
        holders = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod", "dobj"))]
        for parties in recipient_phrases(holders, ments):
            found = [i for i in parties if i not in source]
            if found:
                return found
        return target

    def payer_target(
        self, verb: Token, code: str, source: list[int], target: list[int], ments: Mentions
    ) -> list[int]:
        """ "awarded Congo $325 million in reparations from Uganda", "awarded Chevron damages against Ecuador": a
        court's award finds the party that must pay liable (116, rule 8.3), so the party of a "from" or "against"
        phrase (data: `payer_codes`, `payer_verbs`, `payer_preps`) is the target, not the party paid. The phrase
        may hang on the verb, on one of its objects or on the sum's "in damages" phrase; clauses under the verb
        are not read. With none naming a party other than the doers, the target stays as read."""
        words = role_words()
        if not code.startswith(tuple(words.payer_codes)) or verb.lemma_.lower() not in words.payer_verbs:
            return target
        heads = [verb]
        for head in heads:
            for child in head.children:
                if (
                    child.dep_ in ("dobj", "dative", "pobj", "prep", "npadvmod", "appos")
                    and child not in heads
                ):
                    heads.append(child)
        for prep in heads:
            if prep.dep_ == "prep" and prep.lower_ in words.payer_preps:
                found = [i for i in pobj_actors(prep, ments) if i not in source]
                if found:
                    return found
        return target

    def qualified_place(self, participle: Token, ments: Mentions) -> list[int]:
        """The named place a participle qualifies, directly ("Afrin, controlled by X") or through the noun
        in apposition to it ("Afrin, a town controlled by X"), or the place a passive is said of ("Crimea
        has been held by X"), as party mentions (a place the resolver set aside is indexed as one)."""
        noun = participle.head
        subjects = [c for c in participle.children if c.dep_ == "nsubjpass"]
        if subjects:
            noun = subjects[0]  # ("Crimea has been held by Russia since 2014")
        elif participle.dep_ != "acl":
            return []
        for holder in (noun, noun.head if noun.dep_ == "appos" else None):
            if holder is None:
                continue
            found = list(ments.at(holder))
            if not found and holder.i in ments.places:
                found = [ments.add(ments.places[holder.i][0], holder.i)]
            if found:
                return found
        return []

    def stance_object(self, word: Token, entry: Entry, ments: Mentions) -> list[int]:
        """The party a predicate adjective's stance is taken on, in the phrase its entry names ("concerned
        about Y's build-up": Y; "critical of Y": Y): a deed's doer, or the party named."""
        preps = {value for key, values in entry.constraints if key == "prep" for value in values}
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                found = noun_agent(pobj, ments, self.lexicon) if pobj.pos_ == "NOUN" else []
                found = found or actors_under(pobj, ments)
                if found:
                    return found
        return []

    def destination(self, verb: Token, ments: Mentions) -> list[int]:
        """The parties named where a verb sends something ("to Libya and Azerbaijan")."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in coder_words().destination_preps:
                found = pobj_actors(prep, ments)
                if found:
                    return found
        return []

    def forces(self, verb: Token, ments: Mentions) -> list[int]:
        """The forces a mobilising verb moves: its object, or its subject when passive; not a country's
        ground, air or sea ("violated Polish airspace": Poland is the target, not the means)."""
        return [
            i
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() not in conflict_words().territory_nouns
            for i in actors_under(c, ments)
        ]

    def mobilised_target(
        self, verb: Token, target: list[int], ments: Mentions, source: list[int] | None = None
    ) -> list[int]:
        """ "Turkey sent Syrian fighters to Libya": the forces sent are the sender's means, not its target;
        the place or party they are sent to or against is. A party the show of force is made near is its
        target, also inside a place phrase ("began exercises in the country's north-west near the border
        with X") when the doer's own ground is all the phrase names before it."""
        # (the owner of what the forces enter is no force: "jets violated Turkey's airspace")
        forces = {
            i
            for i in self.forces(verb, ments)
            if not (ments.doc is not None and ments.doc[ments.heads[i]].dep_ == "poss")
            or ments.mentions[i].sector in _MOVED_SECTORS
        }
        own = ments.codes(source or [])
        others = [i for i in target if ments.mentions[i].code not in own]
        if others and (not forces or not set(target) <= forces):
            return target
        if not others and not forces:
            return posture_target(verb, ments, source or []) or target
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in coder_words().destination_preps:
                found = pobj_actors(prep, ments)
                if found:
                    return found
        # "massed troops near the Ukrainian border", "flew bombers near North Korea": forces shown off
        # near a party (on the verb or on the forces) are aimed at it
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        boundary = conflict_words().boundary_nouns
        for holder in holders:
            for prep in holder.children:
                # ("massed troops on its border with Jordan", "on the Syrian frontier": a border is faced from it)
                at_border = prep.lower_ in _AT_BORDER_PREPS and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in role_words().border_nouns for p in prep.children
                )
                if prep.dep_ == "prep" and (prep.lower_ in coder_words().posture_preps or at_border):
                    found = [i for i in pobj_actors(prep, ments) if ments.mentions[i].code not in own]
                    if found:
                        return found
                    # "concentrated troops along the border with Vietnam": the parser may hang the "with"
                    # phrase of the border on the forces or the verb
                    if any(p.dep_ == "pobj" and p.lemma_.lower() in boundary for p in prep.children):
                        found = prep_actors(holder, ("with",), ments)
                        if found:
                            return found
        return posture_target(verb, ments, source or [])

    # --- Roles asked by parties.prune_targets ---------------------------------------------------------------

    def beyond_own_region(
        self, words: list[Token], source: list[int], target: list[int], ments: Mentions
    ) -> list[int]:
        """ "Medvedev threatened to deploy missiles in Kaliningrad in response to American plans": when the only
        party the verb's phrases name is a region or city of the doer's own country (a place entry of the
        knowledge base), the party a later phrase names is the target; the region stays when there is none."""
        own = ments.codes(source)
        regions = [
            i
            for i in target
            if (ments.mentions[i].kb_id or "").startswith("place-")
            and ments.mentions[i].sector is None
            and ments.mentions[i].code in own
        ]
        if not own or not target or len(regions) < len(target):
            return target
        heads = {ments.heads[i] for i in regions}
        holders = [*words, *(o for w in words for o in object_children(w))]
        skip = {
            prep.i
            for word in holders
            for prep in word.children
            if prep.dep_ == "prep" and any(t.i in heads for t in prep.subtree)
        }
        # (an object whose only parties are those regions: "deploy missiles in Kaliningrad")
        skip |= {
            o.i
            for w in words
            for o in object_children(w)
            if (under := actors_under(o, ments)) and set(under) <= set(regions)
        }
        for word in words:
            found = [i for i in self.objects_of(word, ments, skip=skip) if i not in regions]
            if found:
                return found
        return target


# --- Helpers of Roles.verb_roles: the parser's slips on a verb, pronouns and places named before ------------


def _relative_object(verb: Token, ments: Mentions) -> list[int]:
    """The parties of the noun a relative clause hangs on, when the clause has a subject of its own and no
    object, so that the noun is its object ("returned the Ukrainian ships it had seized", "released the tanker
    that Iran had seized"); none for a passive clause, one with an object, or an aside on a subject."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if verb.head.dep_ in ("nsubj", "nsubjpass"):
        return []  # ("Kherson, which Russia had occupied, was retaken by Ukraine": an aside on the subject)
    if any(
        c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp", "dative") and c.tag_ not in ("WDT", "WP")
        for c in verb.children
    ):
        return []  # (a relative pronoun object stands for the noun: "the drone that it had seized")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ in coder_words().relative or s.tag_ in ("WDT", "WP") for s in subjects):
        return []
    # ("the town where Russia attacked", "the talks in which Iran took part": the noun is no object)
    if any(
        c.tag_ == "WRB" or (c.dep_ == "prep" and any(p.tag_ == "WDT" for p in c.children))
        for c in verb.children
    ):
        return []
    return actors_under(verb.head, ments, skip=frozenset({"relcl", "acl"}))


def object_pronoun_party(words: list[Token], source: list[int], ments: Mentions) -> list[int]:
    """The party an object "it" of a deed stands for ("sanctioned it", "warned it against ...", "began talks
    with it"), named earlier in the sentence or in the one before and not the doer itself: the subject of
    an earlier clause first ("Turkey bought S-400 missiles from Russia, and the United States sanctioned
    it": Turkey), else the party named last; none when a thing is named as an object after that party
    (data: `object_pronouns`)."""
    if ments.doc is None:
        return []
    doc = ments.doc
    pronoun = next(
        (
            t
            for w in words
            for c in w.children
            for t in ([c] if c.dep_ in ("dobj", "dative") else [p for p in c.children if c.dep_ == "prep"])
            if t.dep_ in ("dobj", "dative", "pobj")
            and t.lower_
            in role_words().object_pronouns | role_words().pair_pronouns | role_words().person_objects
            and not ments.at(t)
        ),
        None,
    )
    if pronoun is None:
        return []
    if pronoun.lower_ in role_words().pair_pronouns:
        return _pair_before(pronoun, source, ments)
    if pronoun.lower_ in role_words().person_objects:
        # "I spoke with President Zelensky and assured him of our support": the person named before
        return _earlier_person(pronoun, ments, ments.codes(source))
    own = ments.codes(source)
    earlier = [i for i in _named_before(pronoun, ments) if ments.mentions[i].code not in own]
    if not earlier:
        return []
    # (or the owner named on a thing a passive reports done to: "A Russian helicopter was shot down over
    # Armenia. Azerbaijan admitted that its forces had shot it down": the helicopter's, not the place's; a
    # thing an active verb takes stays a thing: "accepted the American missile shield, and Russia criticised it")
    objects = [
        i
        for i in earlier
        if doc[ments.heads[i]].dep_ in ("dobj", "nsubjpass")
        or (
            doc[ments.heads[i]].dep_ in ("amod", "compound", "poss")
            and doc[ments.heads[i]].head.dep_ == "nsubjpass"
            and doc[ments.heads[i]].head.pos_ == "NOUN"
        )
    ]
    subjects = [i for i in earlier if doc[ments.heads[i]].dep_ in SUBJECT_DEPS]
    chosen = (objects or subjects or earlier)[-1]
    # ("Armenian officials welcomed the mission ... Russia criticised it": a thing named as an object after
    # the party is what "it" stands for)
    head = doc[ments.heads[chosen]]
    # (the thing a passive reports done to, which the party is named on, is no other thing)
    owned = head.head.i if head.dep_ in ("amod", "compound", "poss") and head.head.dep_ == "nsubjpass" else -1
    things = [
        t
        for t in doc[ments.heads[chosen] + 1 : pronoun.i]
        if t.dep_ in ("dobj", "nsubjpass") and t.tag_ in ("NN", "NNP") and not ments.at(t) and t.i != owned
    ]
    return [] if things else [chosen]


def _pair_before(pronoun: Token, source: list[int], ments: Mentions) -> list[int]:
    """The two parties a pair pronoun stands for ("India and Pakistan exchanged fire, and China urged both to
    show restraint"): the last two of other codes than the doer's, named before it in its sentence or the
    one before; none when fewer than two are named (data: `pair_pronouns`)."""
    doc = pronoun.doc
    own = ments.codes(source)
    chosen: dict[str, int] = {}
    for i in sorted(_named_before(pronoun, ments), key=lambda i: -ments.heads[i]):
        code = ments.mentions[i].code
        if code in own or code in chosen or ments.in_label(doc[ments.heads[i]]):
            continue
        chosen[code] = i
        if len(chosen) == 2:
            return sorted(chosen.values(), key=lambda i: ments.heads[i])
    return []


def _named_before(pronoun: Token, ments: Mentions) -> list[int]:
    """The mentions (indices) named before a pronoun in its sentence or the one before, in mention order:
    where the pronoun's party is looked for."""
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return [i for i, head in enumerate(ments.heads) if start <= head < pronoun.i]


def _earlier_person(pronoun: Token, ments: Mentions, others_than: set[str] | None = None) -> list[int]:
    """The person a possessive "his"/"her" stands for ("Merkel travelled to Moscow, and her talks with Putin
    ..."): the last person named before it in its sentence or the one before, the subject of a clause
    first, of another code than `others_than` (the doer's); none when no person is named there."""
    doc = pronoun.doc
    people = [
        i
        for i in _named_before(pronoun, ments)
        if (ments.mentions[i].person or _titled_name(doc[ments.heads[i]]))
        and ments.mentions[i].code not in (others_than or set())
    ]
    if not people:
        return []
    subjects = [i for i in people if doc[ments.heads[i]].dep_ in SUBJECT_DEPS]
    return [(subjects or people)[-1]]


def _titled_name(head: Token) -> bool:
    """True for a mention of an office that is the title of a person named after it ("Pope Francis's motorcade",
    "Pope Benedict XVI's plane": the mention "Pope" a compound on the name): the mention stands for that person
    (talk18)."""
    name = head.head
    return (
        head.dep_ == "compound"
        and name.i > head.i
        and all(t.pos_ == "PROPN" for t in head.doc[head.i + 1 : name.i + 1])
    )


def _beyond_own_ground(
    words: list[Token], source: list[int], target: list[int], ments: Mentions
) -> list[int]:
    """ "Azerbaijan closed the Lachin corridor to Armenian traffic", "Russia closed its airspace to European
    airlines": when the object names only the doer's own ground, the party its "to" phrase names (on the verb
    or on the object) is the target (data: `barred_preps`)."""
    own = ments.codes(source)
    if not own or (target and not ments.codes(target) <= own):
        return target
    holders = [*words, *(o for w in words for o in w.children if o.dep_ == "dobj")]
    found = [
        i
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in role_words().barred_preps
        for i in pobj_actors(p, ments)
        if ments.mentions[i].code not in own
    ]
    return found or target


def caused_patient(verb: Token) -> tuple[Token, Token] | None:
    """The one a causative "have" or "get" makes suffer the deed of its participle ("Musharraf had Nawaz Sharif
    arrested", "got the prisoners freed"), with that verb: the participle's own subject (the parser may tag the
    participle a past tense) or the object it hangs on, when the participle has no auxiliary, no object and no "by"
    phrase ("Britain had its embassy stormed by protesters" is suffered, not caused; data: `causative_verbs`)."""
    if verb.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("aux", "auxpass", "dobj", "dative", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in verb.children
    ):
        return None
    causative = role_words().causative_verbs
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.i < verb.i and verb.head.lemma_.lower() in causative:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and verb.head.i < c.i < verb.i]
        patient, have = (subjects[0] if len(subjects) == 1 else None), verb.head
    elif (
        verb.dep_ == "acl"
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_.lower() in causative
        and verb.head.head.i < verb.head.i < verb.i
    ):
        patient, have = verb.head, verb.head.head
    else:
        return None
    if patient is None or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in patient.children):
        return None
    return patient, have


def _by_phrases(verb: Token) -> list[Token]:
    """The "by" phrases of a verb: its agent, a "by" preposition of its own, or one the parser hung on the noun of one
    of its phrases ("shot twice in the back [by Yigal Amir]")."""
    own = [c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    return own or [
        b
        for prep in verb.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for b in noun.children
        if b.dep_ == "prep" and b.lower_ == "by"
    ]


def suffered_by(verb: Token) -> bool:
    """True for a passive clause with no subject of its own set off by a comma after the verb it hangs on, with a "by"
    phrase: a
    past participle ("Rabin collapsed ..., shot twice in the back by Yigal Amir") or a passive infinitive ("stood up
    to wave, only to be shot by a gunman"), an adverbial or open clause of that verb. What it tells was done to that
    verb's subject (force41)."""
    # (the tagger may take the participle for a past: "..., shot/VBD twice in the back by Yigal Amir"; with no subject
    # and a "by" phrase it is the participle)
    if (
        verb.tag_ not in ("VBN", "VBD")
        or verb.dep_ not in ("advcl", "xcomp")
        or verb.head.pos_ not in ("VERB", "AUX")
    ):
        return False
    if verb.i < verb.head.i or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "dobj") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    # (set off by a comma just before it and its own "only to be": "giving up the territory to a Japanese army helped
    # by a small British force" is a participle on the army, whatever the parser hangs on it)
    lefts = list(verb.lefts)
    if any(c.dep_ not in ("aux", "auxpass", "advmod", "neg") for c in lefts):
        return False
    start = min([verb.i, *(c.i for c in lefts)])
    if start == 0 or verb.doc[start - 1].lower_ not in (",", ";", "—", "--"):
        return False
    auxpass = any(c.dep_ == "auxpass" for c in verb.children)
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if auxpass != to:
        return False  # ("was seen to be ...", "being shot": not the shapes read here)
    return bool(_by_phrases(verb))


def _bare_participle(verb: Token) -> Token | None:
    """The clause a bare past participle of a deed hangs on, when it names what was done to that clause's subject
    ("Lumumba was in the hands of Mobutu's soldiers, captured in Kasai"; "Arrested in his villa, Ben Bella was
    ..."): a participle adjunct with no auxiliary, subject, object or "by" phrase of its own, on a clause that has
    a subject (the passive reading of an English past participle adjunct)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "dative", "agent", "mark", "prt")
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in verb.children
    ):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children):
        return None
    return verb.head


def _gerund_governor(verb: Token) -> Callable[[Mentions], list[int]] | None:
    """For a passive gerund in a prepositional phrase ("within hours of being shot", "after being seized"), the
    finder of the one it was done to: the subject of the clause the phrase hangs on, or that clause's object
    after "from" ("kept the tanker from being seized"); none for a gerund with a subject of its own."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBN" or verb.head.dep_ not in ("prep", "agent"):
        return None
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    prep = verb.head
    clause = prep.head
    for _ in range(_MAX_CLIMB):
        # (through a measure of time only: "within hours of being shot", "a day after being seized"; not through a
        # noun of its own: "with 350 immigrants aboard after two months of being refused leave")
        if clause.pos_ in ("VERB", "AUX") or clause.head is clause:
            break
        if clause.pos_ in ("NOUN", "PROPN", "NUM") and clause.ent_type_ not in ("DATE", "TIME"):
            return None
        if clause.pos_ not in ("NOUN", "PROPN", "NUM", "ADP"):
            return None
        clause = clause.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    held = [c for c in clause.children if c.dep_ == "dobj"]
    if prep.lower_ == "from" and held:
        return lambda ments: [i for c in held for i in actors_under(c, ments)]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return lambda ments: [
        i
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for i in actors_under(c, ments, skip=frozenset({"relcl", "acl", "prep"}))
    ]


def _owned_ground(verb: Token, words: list[Token], source: list[int], ments: Mentions) -> list[int]:
    """The state a possessive "its" on a deed's ground stands for ("Russian jets violated its airspace",
    "spotted Chinese ships entering its waters"), when the deed's subject is plural, so that "its" cannot be
    the doer: the last state or body named before it in its sentence or the one before, of another code
    than the doer (data: `owner_possessives`, conflict.json `territory_nouns`)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(c.tag_ in ("NNS", "NNPS") for c in subjects):
        return []
    owner = next(
        (
            g
            for w in words
            for o in w.children
            if o.dep_ == "dobj" and o.lemma_.lower() in conflict_words().territory_nouns
            for g in o.children
            if g.dep_ == "poss" and g.lower_ in role_words().owner_possessives and not ments.at(g)
        ),
        None,
    )
    if owner is None:
        return []
    own = ments.codes(source)
    states = [
        i
        for i in _named_before(owner, ments)
        if ments.mentions[i].code not in own and not ments.mentions[i].person
    ]
    return states[-1:]


def place_anaphor_target(words: list[Token], source: list[int], ments: Mentions) -> list[int]:
    """The place a definite noun of place on a deed stands for ("Israel seized the Sinai from Egypt in 1967
    and withdrew from the peninsula": Egypt; "China held drills around Taiwan and fired missiles over the
    island": Taiwan), as its object, in a phrase of the deed or of a particle ("out of the territory"): the
    last state or place named before it in its sentence or the one before, of another code than the doer
    (data: `place_anaphors`). A noun with a party of its own ("the port of Odesa") is read as it stands."""
    holders = [*words, *(p for w in words for p in w.children if p.lower_ in role_words().phrase_particles)]
    nouns = [c for h in holders for c in h.children if c.dep_ == "dobj"]
    nouns += [
        p for h in holders for c in h.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    ]
    own = ments.codes(source)
    for noun in nouns:
        if noun.lemma_.lower() not in role_words().place_anaphors or ments.at(noun):
            continue
        if not any(c.dep_ == "det" and c.lower_ in role_words().definite_determiners for c in noun.children):
            continue
        if any(ments.at(t) for t in noun.subtree):
            continue
        if any(t.pos_ == "PROPN" for t in noun.subtree if t.i > noun.i):
            continue  # ("the border town of Ras al-Ain": a place named, only not known to the knowledge base)
        return _place_before(noun, own, ments)
    return []


def _place_before(noun: Token, own: set[str], ments: Mentions) -> list[int]:
    """The last state, territory or place named before a token in its sentence or the one before, of another
    code than `own` and no person: a party mention, or a place the resolver set aside (indexed as a party)."""
    parties = [
        (ments.heads[i], i)
        for i in _named_before(noun, ments)
        if ments.mentions[i].code not in own
        and not ments.mentions[i].person
        and ments.mentions[i].role != "patron"  # ("Turkish-backed rebels": a backer is no place)
    ]
    sent = noun.sent
    start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    places = [
        (head, m)
        for head, found in ments.places.items()
        if start <= head < noun.i
        for m in found[:1]
        if m.code and m.code not in own
    ]
    last_party = max(parties, default=None)
    last_place = max(places, default=None, key=lambda p: p[0])
    if last_place is not None and (last_party is None or last_place[0] > last_party[0]):
        return [ments.add(last_place[1], last_place[0])]
    return [last_party[1]] if last_party is not None else []


# a verb's subjects of any kind (a finite verb with none may have its subject read as an adverbial noun)
_ANY_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# prepositions placing forces at a border ("massed troops on its border with X", "along the Syrian frontier")
_AT_BORDER_PREPS = frozenset({"on", "along", "near", "at", "by", "beside", "across", "over"})


def _compound_subject(verb: Token) -> list[Token]:
    """ "helped Ukraine repel ...": a proper name the parser made a compound of the bare infinitive after it
    (or an adverbial noun of a gerund after it) is that verb's subject (a verb has no compounds of its own)."""
    # ("the only response was Macron phoning Putin": a name before a gerund, read as an adverbial noun; "Turkey
    # massed troops on its border": a state whose name is also a common noun, read as an adverbial noun of a
    # finite verb that has no subject of its own)
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in _ANY_SUBJECT for c in verb.children)
    deps = ("compound", "npadvmod") if verb.tag_ == "VBG" or finite else ("compound",)
    return [c for c in verb.children if c.dep_ in deps and c.pos_ == "PROPN" and c.i < verb.i]


def _subject_makers(verb: Token, ments: Mentions) -> list[int]:
    """The parties of a participle's agent on a passive verb's subject that is a thing ("The TurkStream
    pipeline, built by Russia and Turkey, was opened in 2020", "the bridge, financed by X, was inaugurated"):
    those who made the thing, when the verb names no agent of its own (data: `making_verbs`; "the sailors
    held by Iran were freed" is the holder's release, read by the triggers)."""
    found: list[int] = []
    for subj in verb.children:
        if subj.dep_ != "nsubjpass" or subj.pos_ != "NOUN" or ments.at(subj):
            continue
        for part in subj.children:
            if (
                part.dep_ == "acl"
                and part.tag_ == "VBN"
                and any(lemma in role_words().making_verbs for lemma in lemma_forms(part))
            ):
                found += [i for c in part.children if c.dep_ == "agent" for i in pobj_actors(c, ments)]
    return found


def _listed_agents(verb: Token, ments: Mentions) -> list[int]:
    """The parties of an apposition the parser hung on a passive verb's subject after the verb's agent ("was
    signed by the President of A, the Prime Minister of B and ..."): an apposition cannot stand apart from
    its noun across the verb, so it carries on the agent's list."""
    by = [c.i for c in verb.children if c.dep_ == "agent"]
    if not by:
        return []
    # (every party the list names signed: not only the nearest, as the parse of such a list is often
    # broken further: "Prime Minister X of Armenia and President Y of Russia")
    found: list[int] = []
    for subj in verb.children:
        if subj.dep_ != "nsubjpass" or subj.i > verb.i:
            continue
        for appos in subj.children:
            if appos.dep_ == "appos" and appos.i > by[0]:
                found += [i for t in _list_tokens(appos) for i in ments.at(t) if i not in found]
    return found


def _list_tokens(top: Token) -> list[Token]:
    """The tokens of a phrase without its clauses (relative or participial ones) and their punctuation."""
    out: list[Token] = []
    stack = [top]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "punct"))
    return sorted(out, key=lambda t: t.i)


def noun_agent(noun: Token, ments: Mentions, lexicon: Lexicon) -> list[int]:
    """Who does what a noun names, when the noun phrase says so: "Russia's withdrawal", "an admission by X", "an
    American-led attack"; for a noun of ending, who does the deed it ends ("a halt to the U.S.-led bombing")."""
    for child in noun.children:
        if child.dep_ == "poss":
            found = actors_under(child, ments)
            if found:
                return found
    found = _drafter(noun, ments)
    if found:
        return found
    if noun.lemma_.lower() in coder_words().request_nouns:
        # "an appeal from X", "a proposal from X": who asked
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for pobj in prep.children:
                    found = actors_under(pobj, ments)
                    if found:
                        return found
    for by in noun.subtree:
        if by.lower_ == "by" and by.dep_ in ("prep", "agent") and nominal_path(by, noun, lexicon):
            for pobj in by.children:
                found = actors_under(pobj, ments)
                if found:
                    return found
    # ("an American-led attack on Iraq": the leader, not the victim)
    found = leading_party(noun, ments, lexicon)
    if not found and noun.lemma_.lower() in clause_words().ending_verbs:
        # ("called for a halt to the American-led bombing of Afghanistan", "an end to the war by X": who does the
        # deed to be ended, halted or paused; data clauses.json `ending_verbs`)
        for inner in prep_objects(noun, ("to", "in", "of")):
            if inner.pos_ == "NOUN" and inner.lemma_.lower() not in clause_words().ending_verbs:
                found = noun_agent(inner, ments, lexicon)
                if found:
                    break
    return found


def leading_party(noun: Token, ments: Mentions, lexicon: Lexicon) -> list[int]:
    """The party glued to a participle of leading on a noun of a hostile deed ("an American-led attack on Iraq",
    "the U.S.-led war", "the Saudi-led bombing of Yemen"; data roles.json `leading_participles`): it leads the
    deed, its doer, never where the deed is done nor the one it is done to. Only a war or a noun some lexicon line
    reads as a deed of conflict (CAMEO roots 11-20): the leader of talks or of a mission is a broker ("U.S.-led
    talks with Israel"). Issue 9, thirty-eighth session, parties38."""
    if noun.lemma_.lower() not in coder_words().theatre_nouns and not any(
        e.code[:2].isdigit() and 11 <= int(e.code[:2]) <= 20 for e in lexicon.lookup("N", noun.lemma_.lower())
    ):
        return []
    leading = role_words().leading_participles
    found: list[int] = []
    for child in noun.children:
        if child.dep_ not in ("amod", "compound"):
            continue
        if child.lemma_.lower() in leading or child.lower_ in leading:
            found += actors_under(child, ments)  # ("American-led": "American" hangs on "led")
        elif "-" in child.lower_ and child.lower_.rsplit("-", 1)[-1] in leading:
            found += ments.at(child)  # ("U.S.-led": one token)
    return list(dict.fromkeys(found))


def _unowned_thing(noun: Token, ments: Mentions) -> bool:
    """True when a noun names a thing (not people: data `collective_sectors`, `home_people_nouns`) and names no
    party itself ("the economic aid", "the peace plan for Kosovo"; not "the British sailors")."""
    words = role_words()
    people = words.pairs("collective_sectors", "home_people_nouns", "home_victim_nouns").keys()
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in people
        and noun.lower_ not in people
        and not actors_under(noun, ments, skip=frozenset({"acl", "relcl", "prep", "appos"}))
    )


def _drafter(noun: Token, ments: Mentions) -> list[int]:
    """Who drafted, sponsored or put forward the text a noun names, by a participle on it ("a resolution
    drafted by Egypt", "a plan put forward by X", "a British-drafted resolution"; data: `drafting_verbs`): the
    text is theirs, as with a possessive."""
    verbs = role_words().drafting_verbs
    for part in noun.children:
        glued = part.lower_.rsplit(".-", 1)[-1] if ".-" in part.lower_ else ""
        if part.dep_ == "amod" and glued and {glued[:-1], glued[:-2], glued[:-3]} & verbs:
            # ("a U.S.-drafted resolution": the tokenizer keeps the abbreviation and the participle in one word)
            found = ments.at(part)
            if found:
                return found
        if part.tag_ == "VBN" and part.dep_ == "acl" and part.i > noun.i and _unowned_thing(noun, ments):
            # ("the plan unveiled by X", "a deadline set by Y", "the aid offered by Z": who made or put forward a
            # thing a deed is done to owns it, whatever the participle; a broker is no owner, and people held by a
            # party are not its own: "the British sailors held by Iran")
            found = [
                i
                for c in part.children
                if c.dep_ == "agent" and part.lemma_.lower() not in clause_words().third_party_participles
                for i in pobj_actors(c, ments)
            ]
            if found:
                return found
        if part.tag_ != "VBN" or part.lemma_.lower() not in verbs:
            continue
        if part.dep_ == "acl" and part.i > noun.i:
            found = [i for c in part.children if c.dep_ == "agent" for i in pobj_actors(c, ments)]
        elif part.dep_ == "amod" and part.i < noun.i:
            # ("a British-drafted resolution": the name before the hyphen)
            found = [
                i
                for c in part.children
                if c.i < part.i and c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                for i in actors_under(c, ments)
            ]
        else:
            continue
        if found:
            return found
    return []


# --- Helpers of Roles.subject: subjects the parser hung elsewhere, partners beside a subject ----------------


def _stray_subject(verb: Token) -> Token | None:
    """The noun right before a verb's finite auxiliary, hung by the parser as the object of a preposition of
    the verb's head ("watched [as] Azerbaijan's forces were pounding ..."): the verb's subject."""
    auxes = [
        c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
    ]
    if not auxes or auxes[0].i > verb.i:
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.right_edge.i + 1 == auxes[0].i:
                return pobj
    return None


def _participle_subjects(verb: Token) -> list[Token]:
    """The subject the parser gave to a participle set off by commas just before a verb that has none ("while
    Cyprus, not invited to the talks, signed ...": "Cyprus" made the subject of "invited"): a past participle
    with no auxiliary cannot take a plain subject, so that subject is the verb's."""
    doc = verb.doc
    for part in tokens_of(doc[verb.sent.start : verb.i]):  # (FastTokens while the Doc is coded)
        if part.tag_ != "VBN" or part.dep_ not in ("advcl", "acl"):
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in part.children):
            continue
        between = doc[part.right_edge.i + 1 : verb.i]
        # (the participle's phrase ends with a comma just before the verb)
        comma = any(t.text == "," for t in doc[part.right_edge.i : verb.i])
        if not comma or not all(t.is_punct or t.is_space for t in between):
            continue
        subjects = [c for c in part.children if c.dep_ == "nsubj" and c.i < part.i]
        if subjects:
            return subjects
    return []


def _fronted_phrase_subjects(verb: Token) -> list[Token]:
    """The subject the parser hung inside a phrase fronted before a verb that has none, as an apposition or a
    conjunct of the phrase's own noun set off by a comma and running up to the verb ("Under the eye of King Salman,
    Ethiopia's Abiy Ahmed and Eritrea's Isaias Afwerki signed", "In the presence of Bill Clinton, Israel's Shimon
    Peres and the PLO's Mahmoud Abbas signed", "Under the eye of M. Leon Blum, the Premier, spokesmen of the
    employers ... signed"): a noun phrase right before the verb, after the comma that closes the phrase, is the
    verb's subject, not the witness's title or partner. Issue 9, fifty-first session (parties51)."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for tok in prep.subtree:
            if tok.dep_ not in ("appos", "conj") or tok.pos_ not in ("NOUN", "PROPN") or tok.head.i == tok.i:
                continue
            start = tok.left_edge.i
            if start < 1 or doc[start - 1].text != "," or start <= tok.head.i:
                continue
            # (only in a plain phrase of nouns: "Under a treaty that X and Y signed in Dacca on Sunday, India and
            # Bangladesh undertake ...", a name hung inside the phrase's relative clause, is left as it is)
            if any(a.pos_ in ("VERB", "AUX") for a in tok.ancestors if a.i > prep.i and a.i != verb.i):
                continue
            between = doc[tok.right_edge.i + 1 : verb.i]
            if all(t.is_punct or t.pos_ == "ADV" for t in between) and not any(
                t.text == "," for t in between
            ):
                return [tok]
    return []


def _stacked_co_subject(subj: Token, ments: Mentions) -> list[int]:
    """The first member of a pair of subjects that the parser made the subject of the second ("Anwar Sadat and
    Menachem Begin signed": "Sadat" the subject of "Begin", "Menachem" its conjunct): a noun takes no subject, so a
    subject on it joined by "and" is a co-subject of the verb."""
    if subj.pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        i
        for c in subj.children
        if c.dep_ == "nsubj"
        and c.i < subj.i
        and any(cc.dep_ == "cc" and cc.lower_ == "and" for cc in c.children)
        for i in actors_under(c, ments)
    ]


def _whose(subj: Token) -> bool:
    """A subject owned by the relative "whose" ("whose president", "whose forces")."""
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children)


def _co_doers(subj: Token, verb: Token, ments: Mentions) -> list[int]:
    """The partners a phrase set beside a subject names ("Russia, along with China, opposed ...", "Turkey,
    together with Azerbaijan, held ...", "Britain, with France, launched ..."): they did it too. The phrase
    hangs on the subject or, before the verb, on the verb."""
    phrases = [c for c in subj.children if c.dep_ == "prep" and c.i > subj.i]
    phrases += [c for c in verb.children if c.dep_ == "prep" and subj.i < c.i < verb.i]
    found: list[int] = []
    for prep in phrases:
        word = prep.lower_
        if word in clause_words().accompanying_preps:
            # "along with", "together with" parsed as a preposition carrying the "with" phrase
            inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
            found += [i for c in inner for i in pobj_actors(c, ments)]
        elif word in role_words().joint_preps:
            found += pobj_actors(prep, ments)
        elif word == "with":
            together = any(
                c.dep_ == "advmod" and c.lower_ in coder_words().joint_adverbs for c in prep.children
            )
            doc = prep.doc
            # (a bare "with" phrase counts only set off by commas: "Britain, with France, launched")
            set_off = prep.i > 0 and doc[prep.i - 1].text == "," and prep.right_edge.i + 1 < len(doc)
            set_off = set_off and doc[prep.right_edge.i + 1].text == ","
            if together or set_off:
                found += pobj_actors(prep, ments)
    return found


def _detached_co_subject(subj: Token, verb: Token, ments: Mentions) -> list[int]:
    """The party named just before "and" and a verb's subject, when the parser hung the "and" on the verb and
    left the name outside the clause ("Emmanuel Macron: President Putin and I spoke for two hours", the
    name made part of the speaker's label line): it is a subject too."""
    doc = subj.doc
    if subj.i < 2 or subj.i > verb.i:
        return []
    conj = doc[subj.i - 1]
    if conj.dep_ != "cc" or conj.head.i != verb.i or conj.lower_ != "and":
        return []
    name = doc[subj.i - 2]
    if ments.in_label(name) or name.head.i == verb.i or verb.i in {a.i for a in name.ancestors}:
        return []
    return list(ments.at(name))


# --- Helpers of Roles.objects_of: relative phrases, venues, relative doers, bare clauses --------------------


def _relative_phrase(prep: Token) -> bool:
    """A phrase of a partner whose object is a relative pronoun, before its verb ("with whom", "with which")."""
    return (
        prep.lower_ == "with"
        and prep.i < prep.head.i
        and any(c.dep_ == "pobj" and c.lower_ in coder_words().relative for c in prep.children)
    )


def _antecedent(prep: Token, ments: Mentions) -> list[int]:
    """The parties a relative pronoun in a phrase stands for ("Scholz, with whom he coordinated": Scholz): the
    noun just before the phrase (the parser may hang the clause elsewhere: "spoke of Kishida, with whom he had
    negotiated"), else the noun the clause hangs on; through a predicate noun, its subject ("Scholz is the
    leader with whom ...")."""
    # (the noun right before the phrase, as the parser may hang the clause on another one: "named Aliyev, with
    # whom Turkey had signed ...")
    before = [t for t in prep.doc[max(0, prep.i - 2) : prep.i] if t.pos_ in ("PROPN", "NOUN")]
    noun = before[-1] if before else prep.head.head if prep.head.dep_ == "relcl" else None
    if noun is None:
        return []
    found = actors_under(noun, ments, skip=frozenset({"relcl", "prep", "acl"}))
    if not found and noun.dep_ == "attr":
        found = [i for c in noun.head.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
    return found


def housed_party(noun: Token, ments: Mentions) -> list[int]:
    """The owner of the forces a place houses, said in a relative clause on it ("fired missiles at bases in
    Iraq that housed American troops": the United States; "a base where Russian troops are stationed"): the
    deed is aimed at them, not at the host country (data: `housing_verbs`)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or not any(w in role_words().housing_verbs for w in lemma_forms(clause)):
            continue
        for kept in clause.children:
            if kept.dep_ in ("dobj", "nsubjpass") and kept.tag_ not in ("WDT", "WP"):
                found = actors_under(kept, ments)
                if found:
                    return found
    return []


def _beyond_venue(obj: Token, found: list[int], ments: Mentions) -> list[int]:
    """The parties under a verb's object, where a place phrase of the object ("held talks with X at the
    Kremlin", "talks with Y in Beijing") does not stand before a party its other phrases name: the nearest
    mention under the object may be only where it happened."""
    if not found:
        return found
    venues = [p for p in obj.children if p.dep_ == "prep" and p.lower_ in coder_words().place_preps]
    if not venues:
        return found
    at_venue = {i for p in venues for t in p.subtree for i in ments.at(t)}
    if not set(found) <= at_venue:
        return found
    rest = [
        i
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ not in coder_words().place_preps
        for i in pobj_actors(p, ments)
        if i not in at_venue
    ]
    return rest or found


def _without_place_name(noun: Token, ments: Mentions) -> list[int]:
    """The parties under a noun, without the place a deed named after its venue bears in its name ("signed
    the Oslo Accords", "violated the Moscow ceasefire", "the Minsk agreements"): that place is no party
    (data: coder_words `named_by_place`)."""
    found = actors_under(noun, ments)
    # (a name's plural keeps its "s" as a lemma: "the Oslo Accords")
    forms = {f for lemma in lemma_forms(noun) for f in (lemma, lemma.removesuffix("s"))}
    if not forms & coder_words().named_by_place:
        return found
    names = {t.i for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree}
    return [i for i in found if ments.heads[i] not in names]


def _thing_noun(noun: Token, ments: Mentions) -> bool:
    """A common noun, or a name that is no party ("the Treaty of Versailles that Wilson had brought home")."""
    if noun.pos_ == "NOUN":
        return True
    return noun.pos_ == "PROPN" and not actors_under(noun, ments, skip=frozenset({"relcl", "acl", "appos"}))


def _others_relative_doer(verb: Token, noun: Token, ments: Mentions) -> list[int]:
    """`relative_doer` of the object of `verb`, less the verb's own subject ("Clinton imposed on Islamabad the
    sanctions that Washington had levelled against India": Washington is Clinton's own side, not the target); none
    for a weapon (data: coder_words `weapons`) whose clause names whom it went to: its seller or giver is no one it
    is fired at ("fired missiles that France had sold to Baghdad at the frigate"). A weapon's user is whom a deed
    done to it is aimed at ("shot down a drone that the United States had flown over the strait")."""
    if set(lemma_forms(noun)) & coder_words().weapons and any(
        c.dep_ == "relcl" and _names_recipient(c) for c in noun.children
    ):
        return []
    own = {
        (ments.mentions[i].code, ments.mentions[i].sector)
        for c in verb.children
        if c.dep_ == "nsubj"
        for i in actors_under(c, ments)
    }
    # (a pronoun keeps its old reading: "freed the soldiers they were holding")
    found = [
        i
        for i in relative_doer(noun, ments)
        if (ments.mentions[i].code, ments.mentions[i].sector) not in own
        or noun.doc[ments.heads[i]].pos_ == "PRON"
    ]
    own_codes = {code for code, _ in own} or ments.codes(_governing_subject(verb, ments))
    if found and not ments.codes(found) <= own_codes:
        if own and all(sector in state_sectors() for _, sector in own):
            # ("the Duma ratified the treaty that Medvedev and Obama had signed": for a doer that is an organ of its
            # state, the doer's own country among the clause's doers is its own side; the other party is the one
            # aimed at; not for a people or a party, whose own state may be the other side: "Rhodesia's Africans
            # rejected the terms that Douglas-Home and Ian Smith agreed"; institution51)
            return [
                i
                for i in found
                if ments.mentions[i].code not in own_codes or noun.doc[ments.heads[i]].pos_ == "PRON"
            ]
        return found
    if any(
        c.dep_ == "dative"
        or (c.dep_ == "prep" and c.lower_ in coder_words().target_preps and pobj_actors(c, ments))
        for c in verb.children
        if noun.i not in {t.i for t in c.subtree}
    ):
        # ("imposed on Pakistan the sanctions it had imposed on India": the verb's own phrase names the party; a
        # pronoun of the doer's own country in the clause is the doer itself)
        return [
            i
            for i in found
            if not (noun.doc[ments.heads[i]].pos_ == "PRON" and ments.mentions[i].code in own_codes)
        ]
    # "suspended the treaty that Gorbachev had signed with Reagan", "abrogated the treaty that gave Britain
    # bases": a clause by the doer's own side, or whose subject is the thing itself, names the other party
    # in a phrase of its verb
    return _relative_partners(noun, own_codes, ments) or found


def _governing_subject(verb: Token, ments: Mentions) -> list[int]:
    """The parties of the subject of the verb a bare "to" clause or a conjunct hangs on ("voted to abrogate")."""
    if verb.dep_ not in ("xcomp", "conj") or any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [i for c in verb.head.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]


def _relative_partners(noun: Token, own: set[str], ments: Mentions) -> list[int]:
    """The other party named in a relative clause on a thing acted on, not of the doer's own country and not a
    place: the clause's indirect object when its subject is the noun itself ("the treaty that gave Britain the
    right"); the indirect object or the party of a partner phrase (data `relative_partner_preps`) on the
    clause's verb when its subject names only the doer's own side or no party and it has no object of its own
    ("the treaty Gorbachev had signed with Reagan", "the embargo Carter had imposed on the Soviet Union")."""
    preps = role_words().relative_partner_preps
    relative = coder_words().relative
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects:
            continue
        if not all(s.lower_ in relative for s in subjects):
            doers = [i for s in subjects for i in actors_under(s, ments)]
            if not ments.codes(doers) <= own or any(
                c.dep_ in ("dobj", "ccomp", "xcomp")
                and c.tag_ not in ("WDT", "WP")
                and c.lower_ not in relative
                for c in clause.children
            ):
                continue  # another party's clause, or one with an object of its own (not the noun)
        found = [i for c in clause.children if c.dep_ == "dative" for i in actors_under(c, ments)]
        if not all(s.lower_ in relative for s in subjects):
            # (a clause whose subject is the thing itself names its other party only as indirect object: "the
            # pacts that bind them to the arbitration of X", "a strike that spread to Vienna")
            found += [
                i
                for p in clause.children
                if p.dep_ in ("prep", "dative") and p.lower_ in preps
                for i in pobj_actors(p, ments)
            ]
        found = [
            i
            for i in dict.fromkeys(found)
            if ments.mentions[i].code not in own and ments.mentions[i].role != "place"
        ]
        if found:
            return found
    return []


def relative_doer(noun: Token, ments: Mentions) -> list[int]:
    """ "the role Turkey played", "the steps Baku took": the subject of a relative clause whose object is the
    noun itself (the clause has none of its own but a relative pronoun: "the role that Qatar played") is who
    did what the noun names."""
    for clause in noun.children:
        # (the parser may tag the relative "that" as a conjunction: "the plan that Washington had proposed")
        if clause.dep_ != "relcl" or any(
            c.dep_ in ("dobj", "ccomp", "xcomp")
            and c.tag_ not in ("WDT", "WP")
            and not (c.dep_ == "dobj" and c.lower_ in coder_words().relative)
            for c in clause.children
        ):
            continue
        for subj in clause.children:
            if subj.dep_ == "nsubj" and subj.lower_ not in coder_words().relative:
                found = actors_under(subj, ments)
                if found:
                    return found
    return []


def _to_clause(clause: Token) -> bool:
    """A clause with an infinitive "to" or a bare infinitive after its own subject ("let refugees enter")."""
    bare = clause.tag_ == "VB" or mistagged_bare_clause(clause)
    return bare and (any(c.dep_ == "nsubj" for c in clause.children) or bool(_compound_subject(clause)))


def mistagged_bare_clause(clause: Token) -> bool:
    """A bare infinitive clause after a verb of helping or allowing that the parser tagged as a present tense
    ("helped Libyan rebels topple Gaddafi": "topple" a VBP with no auxiliary nor "that")."""
    if clause.tag_ != "VBP" or clause.dep_ != "ccomp":
        return False
    if any(c.dep_ in ("aux", "mark") for c in clause.children):
        return False
    words = clause_words().assisting_verbs | clause_words().enabling_verbs
    return any(lemma in words for lemma in lemma_forms(clause.head))


def _helped_name(verb: Token, clause: Token) -> list[Token]:
    """The proper name before a bare infinitive the parser read as a noun after a verb of helping or allowing
    ("helped Portugal march to ...": "Portugal", made a compound of "march") (data: `assisting_verbs`,
    `enabling_verbs` of clauses.json)."""
    if clause.pos_ not in ("NOUN", "PROPN") or clause.i < verb.i:
        return []
    words = clause_words().assisting_verbs | clause_words().enabling_verbs
    if not any(lemma in words for lemma in lemma_forms(verb)):
        return []
    # (or its subject, when the parser took the infinitive for a name: "helped America march to win ...")
    return [
        c
        for c in clause.children
        if c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN" and verb.i < c.i < clause.i
    ]


def _helped_noun(verb: Token, clause: Token) -> bool:
    """A bare infinitive after a verb of helping that the parser read as a noun with the one helped as its
    modifiers ("helped the Syrian army retake Palmyra": "retake" a noun, "Syrian army" its compound), when a
    party's mention covers it (data: `assisting_verbs` of clauses.json)."""
    return (
        clause.pos_ == "NOUN"
        and clause.i > verb.i
        and any(c.dep_ == "dobj" for c in clause.children)
        and any(lemma in clause_words().assisting_verbs for lemma in lemma_forms(verb))
    )


def _named_thing(clause: Token) -> Token | None:
    """The noun a "what <someone> called / described as" clause names ("against what they called illegal
    logging by X" -> logging), when the clause is one (data: `naming_verbs`)."""
    if clause.dep_ != "pcomp" or clause.lemma_.lower() not in role_words().naming_verbs:
        return None
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in clause.children):
        return None
    for child in clause.children:
        if child.dep_ == "oprd" and child.pos_ in ("NOUN", "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            named = next((p for p in child.children if p.dep_ == "pobj"), None)
            if named is not None:
                return named
    return None


# --- Helpers of Roles.noun_roles: a noun's phrases, names joined by dashes, amounts -------------------------


def _bare_conjunct(noun: Token) -> bool:
    """A noun conjoined to a noun before it with no determiner nor owner of its own ("the friendship and
    cooperation between ...", "Russia's support and protection of ..."): it shares the list's phrases."""
    return (
        noun.dep_ == "conj"
        and noun.pos_ == "NOUN"
        and noun.head.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _dash_chain(noun: Token) -> list[Token]:
    """The tokens of the names a noun's modifiers join by dashes ("Israel-Azerbaijan-Turkey", "Ankara–Moscow–
    Baku"); empty when no dash joins them. The parser hangs such names on each other (compounds) or side by
    side on the noun (nmod), with the dashes under them."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    names = [
        t for m in mods for t in m.subtree if t.pos_ == "PROPN" or t.dep_ in ("amod", "compound", "nmod")
    ]
    if not any(t.text in _DASHES for m in mods for t in m.subtree):
        return []
    return names


def noun_phrases(noun: Token) -> list[Token]:
    """The phrases of a deed noun: its own, and for a deed countered by a verb ("stop Chinese incursions
    into its waters") those the parser hung on that verb after the noun."""
    phrases = list(noun.children)
    if noun.dep_ == "dobj" and countered_deed(noun):
        phrases += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    if _bare_conjunct(noun):
        # "the friendship and cooperation between X and Y": the phrase after the list is every noun's
        phrases += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    return phrases


_DASHES = ("-", "–", "—")


def _amount_verb(noun: Token) -> Token | None:
    """The verb whose object is the amount a noun is measured in ("announced [$300 million] in aid", "approved
    a [package] of military aid"; the parser may hang the phrase on the verb itself; data: coder_words.json
    `amount_nouns`, `amount_preps`), or None."""
    prep = noun.head
    if prep.lower_ not in coder_words().amount_preps or prep.dep_ != "prep":
        return None

    def amount(tok: Token) -> bool:
        return (
            tok.dep_ in ("dobj", "nsubjpass")
            and tok.pos_ in ("NOUN", "NUM")
            and (tok.ent_type_ == "MONEY" or tok.lemma_.lower() in coder_words().amount_nouns)
        )

    if amount(prep.head):
        return prep.head.head
    if prep.head.pos_ == "VERB" and any(amount(c) for c in prep.head.children):
        return prep.head
    return None


def helping_phrase(noun: Token) -> bool:
    """A noun of help in a "with" phrase of a verb ("With Russian help, Syria recaptured ...", "retook the
    town with Iran's backing"; data: conflict.json `helper_nouns`)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and noun.lemma_.lower() in conflict_words().helper_nouns
        and prep.lower_ == "with"
        and prep.head.pos_ == "VERB"
    )


# --- Helpers of Roles.mobilised_target ----------------------------------------------------------------------


def posture_target(verb: Token, ments: Mentions, source: list[int]) -> list[int]:
    """ "began exercises in the country's north-west near the border with X", "held drills in the south near
    X": the party named in a posture phrase ("near", "along", ...) on the verb, on its object or inside one
    of its place phrases, when it is not the doer itself."""
    own = ments.codes(source)
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    holders += [p for h in list(holders) for p in prep_objects(h, coder_words().place_preps)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in coder_words().posture_preps:
                found = [i for i in pobj_actors(prep, ments) if ments.mentions[i].code not in own]
                if found:
                    return found
    return []


# --- Deeds done to each other, and the parties of a joint deed ----------------------------------------------


def mutual(words: list[Token], source: list[int], ments: Mentions) -> bool:
    """True when several parties do the event to each other: a mutual word ("X and Y clashed", "traded
    accusations", "exchanged fire") or an "each other" object ("accused each other")."""
    if len(ments.codes(source)) < 2:
        return False
    if any(lemma in coder_words().mutual_words for word in words for lemma in lemma_forms(word)):
        return True
    if any(word.pos_ == "NOUN" and mutual_modifier(word) for word in words):
        return True  # "X and Y carried out mutual expulsions"
    for word in words:
        for child in word.children:
            if child.dep_ in ("dobj", "pobj", "prep", "npadvmod", "advmod"):
                phrase = " ".join(t.lower_ for t in child.subtree)
                if any(marker in phrase for marker in coder_words().mutual_markers):
                    return True
            if child.dep_ in ("dobj", "pobj", "prep"):
                # "India and Pakistan each urged the other to ...", "called on the other side to ..."
                phrase = " ".join(t.lower_ for t in child.subtree if t.dep_ != "prep" or t.i != child.i)
                if phrase in coder_words().mutual_objects:
                    return True
    return False


def each_of_pair(verb: Token, source: list[int], ments: Mentions) -> bool:
    """True when a pair of doers is marked as each doing the deed ("Armenia and Azerbaijan both called for
    ...", "India and Pakistan each urged ...", "Both Serbia and Kosovo appealed ..."; data: `each_marks`)."""
    if len(ments.codes(source)) < 2:
        return False
    marks = coder_words().each_marks
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        c.lower_ in marks and c.dep_ in ("advmod", "appos", "det", "preconj", "quantmod")
        for word in [verb, *subjects]
        for c in word.children
    )


def mutual_modifier(noun: Token) -> bool:
    """True for an event noun its modifier makes mutual ("mutual accusations", "reciprocal sanctions")."""
    return any(c.dep_ == "amod" and c.lower_ in clause_words().reciprocal_modifiers for c in noun.children)


def mutual_with(words: list[Token], target: list[int], ments: Mentions) -> bool:
    """True when a mutual word has its other party in a "with" phrase ("clashed with X", "traded fire with X")."""
    if not any(lemma in coder_words().mutual_words for word in words for lemma in lemma_forms(word)):
        return False
    for word in words:
        for prep in word.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                covered = {i for t in prep.subtree for i in ments.at(t)}
                if covered & set(target):
                    return True
    return False


def joint_parties(
    entry: Entry, words: list[Token], source: list[int], target: list[int], ments: Mentions
) -> list[int] | None:
    """All the parties of a joint deed (a reading marked reciprocal: signing, meeting, agreeing) whose
    partners stand in a phrase of joining ("signed the statement together with Y and Z", "alongside Y"), or
    in a "with" phrase beside a subject of several parties ("Y and Z signed a declaration with X", "the
    leaders of Y and Z met in Prague with X"): every one of them did it with every other one. None when the
    deed is not joint; a distributive object ("signed separate deals with Y", "signed gas deals with Y and Z")
    leaves one doer's deals with each partner."""
    if not entry.reciprocal or not source:
        return None
    if words[0].dep_ in ("xcomp", "ccomp"):
        return None  # (a joint deed wanted, needed or reported stays as its frame has it)
    codes = ments.codes(source)
    joint: set[int] = set()
    plain: set[int] = set()
    # (the parser may hang the phrase on the deed's object: "signed a declaration with X")
    holders = [*words, *(o for w in words for o in w.children if o.dep_ == "dobj")]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep"):
            covered = {i for t in prep.subtree for i in ments.at(t)}
            if prep.lower_ in role_words().joint_preps or any(
                c.dep_ == "advmod" and c.lower_ in coder_words().joint_adverbs for c in prep.children
            ):
                joint |= covered
            elif prep.lower_ == "with":
                plain |= covered
    partners = [i for i in sorted(joint, key=lambda i: ments.mentions[i].start) if i not in source + target]
    if partners:
        # ("signed the statement alongside Y and Z": a phrase no target is read from)
        target = target + [i for i in partners if ments.mentions[i].code not in codes]
    if not target:
        return None
    if not joint & set(target):
        if len(codes) < 2 or not plain & set(target) or _distributive(words):
            return None
        if entry.code[:3] not in role_words().joint_codes:
            return None  # ("X and Y coordinated with Z", "cooperated with Z": each with Z, as far as it says)
    return source + [i for i in target if i not in source]


def _distributive(words: list[Token]) -> bool:
    """True when the deed's object is several things or things apart ("gas deals", "separate accords"):
    each partner has its own."""
    for word in words:
        for obj in (c for c in word.children if c.dep_ == "dobj"):
            if obj.tag_ in ("NNS", "NNPS") and obj.lemma_.lower() not in role_words().joint_plurals:
                return True
            if any(
                c.dep_ == "amod" and c.lower_ in role_words().distributive_modifiers for c in obj.children
            ):
                return True
    return False


# --- Who only perceives a deed, a host's meeting, a person the resolver cannot code -------------------------


def _passive(verb: Token) -> bool:
    """True for a verb with a passive auxiliary or subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _said_passive_before_deed(passive: Token, deed: Token, ments: Mentions) -> bool:
    """True when `deed`, an active verb with an object and no subject of its own, is joined to a reported passive
    whose subject names no party ("X said two depots had been blown up by Y, and expelled 18 diplomats"): the
    parser's attachment; the deed is the speaker's."""
    return (
        passive.dep_ == "ccomp"
        and _passive(passive)
        and passive.head.lemma_.lower() in word_set(REPORTING_WORDS, "verbs")
        and not _passive(deed)
        and any(c.dep_ == "dobj" for c in deed.children)
        and not any(actors_under(c, ments) for c in passive.children if c.dep_ == "nsubjpass")
    )


def weapon_user(noun: Token, ments: Mentions) -> list[int]:
    """Who used a weapon named as a deed's doer (data: coder_words `weapons`), by the subject of a relative clause
    on it ("a bomb that IRA members had hidden", "missiles which Egyptian patrol boats fired", "the torpedo the
    submarine fired"); not the one who sold or gave it, whose clause names a recipient ("missiles that France had
    sold to Baghdad", "the drones Iran gave Russia"). Empty for any other noun."""
    if not set(lemma_forms(noun)) & coder_words().weapons:
        return []
    for clause in noun.children:
        if clause.dep_ != "relcl" or _names_recipient(clause):
            continue
        found = [
            i
            for subj in clause.children
            if subj.dep_ == "nsubj" and subj.lower_ not in coder_words().relative
            for i in actors_under(subj, ments)
        ]
        if found:
            return found
    return []


def _names_recipient(clause: Token) -> bool:
    """A relative clause on a weapon that names whom it went to, an indirect object or a phrase of `recipient_preps`
    ("that France had sold to Baghdad", "the drones Iran gave Russia"): its subject sold or gave it."""
    recipients = role_words().recipient_preps
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in recipients) for c in clause.children)


def agent_actors(pobj: Token, ments: Mentions) -> list[int]:
    """The parties the agent phrase of a passive names as doers ("hit by Russian missiles"), leaving out those in a
    phrase of place under it ("damaged by fire from the ground over Russia", "hit by a missile over eastern
    Ukraine": where, not who; data: `agent_place_preps`)."""
    where = coder_words().agent_place_preps
    placed = {
        t.i
        for prep in pobj.subtree
        if prep.dep_ == "prep" and prep.lower_ in where and prep.i != pobj.i
        for t in prep.subtree
    }
    return [
        i
        for i in actors_under(pobj, ments)
        if not any(t.i in placed for t in _mention_tokens(i, pobj, ments))
    ]


def _mention_tokens(index: int, top: Token, ments: Mentions) -> list[Token]:
    """The tokens of `top`'s subtree at which mention `index` sits."""
    return [t for t in top.subtree if index in ments.at(t)]


def perceiver(noun: Token) -> bool:
    """True for a noun that names who perceives a deed ("Japanese patrols spotted Chinese ships", "warships
    were spotted by Japanese patrols"): the subject of a verb of perceiving, or the agent of a passive one
    (data: `perceiving_verbs`); it does no deed there."""
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif noun.dep_ != "nsubj":
        return False
    return any(lemma in role_words().perceiving_verbs for lemma in lemma_forms(verb))


def hosted_meeting(verb: Token, guests: list[int], ments: Mentions, lexicon: Lexicon) -> Token | None:
    """ "Kazakhstan hosted the foreign ministers of Armenia and Azerbaijan for talks", "Putin hosted Aliyev
    and Pashinyan in Moscow, their first meeting since the war": the meeting noun beside a hosting verb with
    two or more guests of different codes (data: `hosting_verbs`), whose parties are the guests; None when the
    verb names no meeting."""
    if verb.lemma_.lower() not in role_words().hosting_verbs or len(ments.codes(guests)) < 2:
        return None
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "appos", "npadvmod", "attr") and c.pos_ == "NOUN"]
    nouns += [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at")
        for p in prep.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]
    for noun in nouns:
        if ments.at(noun):
            continue
        if any(e.code[:2] == "04" for e in lexicon.lookup("N", noun.lemma_.lower())):
            return noun
    return None


def unknown_person_object(verb: Token, code: str, ments: Mentions) -> bool:
    """True when a deed is done to a named person the resolver cannot code ("agents killed Kim Jong-nam at an
    airport in Kuala Lumpur", "killed Jamal Khashoggi inside the consulate in Istanbul"): where it was done
    says nothing of whose the person is, so no place names the target. A name is a person's when the parser
    says so, or when it is the object of a deed done to persons (data: `person_deed_codes`)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    to_person = code.startswith(tuple(role_words().person_deed_codes))
    where = coder_words().place_preps | conflict_words().inside_preps
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.ent_type_ == "PERSON" or (to_person and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "LOC"))
        )
        # ("murdered the journalist Jamal Khashoggi in Istanbul": the parser may hang the place on the name;
        # a party named there is where it was done, not who the person is)
        and not any(ments.at(t) and not place_phrase(t, where) for t in c.subtree)
        for c in verb.children
    )


# --- Named parties that are no target: a border's neighbour, a requester, a venue (parties.prune_targets) ---


def border_partner(tok: Token) -> bool:
    """True when the token names the neighbour of a border ("its border with Armenia", "along Turkey's frontier
    with Syria"; data: `border_partner_preps`, `border_nouns`)."""
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in role_words().border_partner_preps:
            line = tok.head.head
            return line.pos_ == "NOUN" and line.lemma_.lower() in role_words().border_nouns
        if tok.dep_ not in ("compound", "amod", "conj", "appos"):
            return False
        tok = tok.head
    return False


def border_neighbour(tok: Token) -> bool:
    """True when the token names the neighbour on a border that only says where something is or was done ("an
    air base near the Tunisian border", "detained her at the frontier with Ukraine", "a town close to the
    Lebanese border"; data: `border_place_preps`, `border_nouns`, `border_partner_preps`): an adjective or a
    "with" phrase of the border noun, the noun the object of a locative preposition. The border's owner ("near
    Turkey's border") and a border that is itself acted on ("closed its border with X") are not such."""
    words = role_words()
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in words.border_partner_preps:
            line = tok.head.head
            break
        # (an adjective names the neighbour: "the Tunisian border" seen from Libya; a name may name the side
        # the people acted on are on: "fired on protesters along the Gaza border")
        if tok.dep_ == "amod" and tok.head.lemma_.lower() in words.border_nouns:
            line = tok.head
            break
        if tok.dep_ not in ("conj", "appos") and not (
            tok.dep_ in ("amod", "compound") and tok.head.dep_ in ("amod", "compound")
        ):
            return False
        tok = tok.head
    else:
        return False
    if line.pos_ != "NOUN" or line.lemma_.lower() not in words.border_nouns or line.dep_ != "pobj":
        return False
    prep = line.head
    if prep.lower_ not in words.border_place_preps:
        return False
    # ("close to the border", "next to the border": "to" says where only after such a word)
    return prep.lower_ != "to" or prep.head.lemma_.lower() in ("close", "next", "near")


def witness_party(tok: Token) -> bool:
    """True when the token names who is present at a deed, not a party to it ("with President Bill Clinton looking
    on", "in the presence of the mediator, Nelson Mandela", "witnessed by Kofi Annan", "with Ecuador's president at
    his side"; data: `witness_nouns`, `witness_verbs`)."""
    words = role_words()
    for _ in range(6):
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words.witness_nouns:
            return True
        if tok.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in words.witness_verbs:
            return True
        if (
            tok.dep_ == "nsubj"
            and head.lemma_.lower() in words.witness_verbs
            and head.dep_ in ("pcomp", "advcl", "acl")
            and head.head.lower_ == "with"
        ):
            return True
        if (
            tok.dep_ == "pobj"
            and head.lower_ == "with"
            and any(
                p.lower_ == "at" and any(s.lemma_.lower() == "side" for s in p.children)
                for p in tok.children
                if p.dep_ == "prep"
            )
        ):
            return True
        if tok.dep_ not in ("compound", "appos", "conj", "amod", "poss", "flat") or head.i == tok.i:
            return False
        tok = head
    return False


def requester_adjunct(noun: Token) -> bool:
    """True for the noun of an "at X's request" adjunct (data: `requester_nouns`, `requester_preps`)."""
    words = role_words()
    return (
        noun.lower_ in words.requester_nouns
        and noun.dep_ == "pobj"
        and noun.head.lower_ in words.requester_preps
    )


def requester(tok: Token) -> bool:
    """True when the token names the one at whose request a deed was done ("at Turkey's request", "at the
    request of the United States"; data: `requester_nouns`, `requester_preps`): the cause, not the target."""
    for _ in range(4):
        noun = None
        if tok.dep_ == "poss":
            noun = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
            noun = tok.head.head
        if noun is not None:
            return requester_adjunct(noun)
        if tok.dep_ not in ("compound", "amod", "conj", "appos"):
            return False
        tok = tok.head
    return False


def venue_party(tok: Token) -> bool:
    """True when the token names the place or a member of a gathering in an adjunct ("At a climate summit in
    Egypt, India pledged ...", "pledged aid at a meeting in Paris", "at a G7 meeting", "on the sidelines of the
    Group of 20 summit" where the parser hangs the name on "of"; data: `venue_nouns`,
    `venue_preps`): where a deed was done, not whom it is aimed at."""
    words = role_words()
    for _ in range(5):
        if tok.dep_ in ("compound", "amod", "poss", "conj", "appos", "nmod"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in coder_words().place_preps:
            tok = tok.head.head
        elif (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.pos_ == "NOUN"
            and tok.head.head.lower_ in words.venue_nouns
        ):
            # "on the sidelines of the Group of 20 summit": the name the parser hangs on "of" under a gathering
            tok = tok.head.head
        else:
            break
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in words.venue_nouns:
            return tok.dep_ == "pobj" and tok.head.lower_ in words.venue_preps
    return False


def court_disposal(tok: Token, clause: Token) -> bool:
    """ "ruled that the islets belonged to Britain, rejecting France's claim": a participle of disposal (coder_words
    court_disposal_verbs) set off by a comma after the clause the court holds is the court's deed, not part of the
    holding (the parser hangs it on the held clause; talk19). Asked by the trigger (is it news?) and by the subject
    climb (whose deed is it?)."""
    return (
        tok.dep_ == "advcl"
        and tok.head.i == clause.i
        and tok.tag_ == "VBG"
        and tok.i > clause.i
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and tok.lemma_.lower() in coder_words().court_disposal_verbs
    )
