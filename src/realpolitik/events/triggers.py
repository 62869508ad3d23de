"""Candidate events of a sentence: triggers from verbs, event nouns (alone or under a light verb) and frames
("agreed to ...", "demanded that ..."), each with its code and roles.

`Triggers.candidate` is asked once per token (component.py) and decides, in this order:
1. only verbs, auxiliaries, adjectives and nouns trigger; a noun of favour is a stance on a deed (`_disfavour`);
2. readings the general roles get wrong come first: force (a casualty report, an armed response, an expulsion:
   conflict.py) and, for a noun, a claim contested in its sentence (`_contested_claim`);
3. a word the lexicon does not know triggers only as a prospect phrase ("floated the option of strikes"), a
   directive verb ("dared X to ...") or a deed two parties did together (`_joint_deed`);
4. a verb or an adjective (`_verb_candidate`): constructions read before the verb's own entry (a place held, a
   reaction drawn, a demand made a condition, a prospect raised, a reading of the verb with its clause), then a
   frame with its complement (`_frame_candidate`), a predicate adjective, a verb saying an event happened, a
   light verb with its noun, a deed two parties did together, the verb's entry (reported speech, an idiom
   judging its subject, a verb of feeling, the reading refined by its object);
5. a noun (`_noun_candidate`): an agent noun ("Israel's main arms supplier"), a deed said to have lasted, the
   noun's entry as a frame or an event noun, its doer in an adjunct of meeting or of asking.
Most readings become a Candidate in `_make`: the roles from roles.py, then the constructions that change them
(goods and who made or sold them, a holder, forces sent, a posture's place, a deed announced for the future, a
demand for a deed, a promise or refusal reported). The Candidate record comes first, then `Triggers` with its
methods in that order, then the module's helpers after the method that first calls them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..records import ActorMention
from .clauses import (
    adjunct_clause,
    adjunct_deed,
    asking_phrase,
    condition_clause,
    countered_deed,
    embedded_deed,
    lasted,
    relative_as_complement,
    subordinators,
)
from .compiled import hand_entries_where
from .conflict import (
    armed_response,
    both_sides_fell,
    boundary_parties,
    casualty_report,
    conditional_threat,
    expulsion,
    route_subject,
)
from .crowds import (
    deed_code,
    first_sense,
    friendly_purpose,
    hostile_purpose,
    in_senses,
    moves,
    protest_mark,
    purposes,
    rather_than,
    walked_off,
)
from .deverbal import source_verbs
from .frames import (
    announcing,
    approving,
    approving_noun,
    authorising,
    cancelling,
    deciding,
    ended_reading,
    renouncing,
)
from .honours import (
    entered_into_force,
    honour_given,
    honour_senses,
    honour_won,
    naming_honour,
    pooled,
    recognised_sum,
    reported_giver,
)
from .joint import (
    comitative_partners,
    conflict_deed,
    cooperation_code,
    coordinated_doers,
    crew_of_state,
    crewed,
    flight_arguments,
    invitation_hosts,
    joint_marked,
    joint_object,
    joint_partners,
    mission_of,
    mutual_or_opposed,
    no_deed_verbs,
    parade_noun,
    party_heads,
    riders_of,
    space_flight,
    space_goal,
    sponsors_of,
    travel_verb,
    uncrewed_craft,
    undertaking_code,
    undertaking_nouns,
)
from .kinds import ENABLED as KINDS_ENABLED
from .kinds import class_words, is_kind, projectile
from .knowledge import (
    CoderWords,
    alternative_verbs,
    announced_plan_types,
    clause_words,
    coder_words,
    conflict_words,
    frame_codes,
    journey_destinations,
    journey_noun_destinations,
    onset_codes,
    reporting_verbs,
    role_words,
    state_sectors,
)
from .leaving import body_left, body_parties
from .lexicon import Entry, Lexicon
from .match import (
    aspect_chain,
    backoff_entry,
    complement,
    counted,
    frame_code,
    granted_spans,
    infinitive,
    is_light,
    light_object,
    match_entry,
    ordered_patient,
    plover,
    refine,
    satisfies,
    through_aspect,
    time_phrase,
)
from .match import subject_heads as subject_words
from .mobilise import mobilisation, place_noun
from .modality import (
    contested_claim,
    denial_verb,
    finite_conjunct,
    generic_doer,
    narrative_would,
    performative,
)
from .onslaught import (
    charged_objects,
    contact_phrases,
    crossed_frontier,
    force_word,
    force_words,
    gait,
    military_subject,
    moved_force,
    onslaught_verb,
    other_side,
    paraded,
    struck_crowd,
    struck_object,
    struck_phrase,
)
from .purposes import force_placing, purposed_aid, purposed_inquiry, travellers_purpose
from .refusals import declined_comment, phrasal_refusal
from .repair import RELATIVE_PREPS
from .roles import (
    Roles,
    court_disposal,
    mistagged_bare_clause,
    mutual,
    mutual_modifier,
    mutual_with,
    noun_agent,
    object_pronoun_party,
    posture_target,
    unknown_person_object,
)
from .tree import (
    OBJECT_DEPS,
    Mentions,
    actors_under,
    bare_fire_subject,
    bombless,
    counterparts,
    doc_words,
    lemma_forms,
    memo_table,
    natural_force,
    object_children,
    of_object,
    place_phrase,
    pobj_actors,
    prep_actors,
    prep_objects,
    relative_doers,
    reports_a_deed,
    riot_doer,
    sporting,
    to_infinitive,
    token_at,
    tokens_of,
    vehicle_subject,
)

# the classes of what a weapon is cast on besides parties and places: people, the places they gather, vehicles
_CAST_ON_CLASSES = ("crowd", "bystander", "soft_target", "car")
# Heads of a judicial-sector subject that are no court: "the ICC's prosecutor concluded that ..." is no finding
_PROSECUTION = frozenset({"prosecutor", "prosecution", "attorney", "investigator"})
# The roots of deeds a command's participle clause makes the commander's own ("ordered the ambassador expelled": 16;
# "ordered parliament suspended", "ordered X jailed": 17; "ordered troops sent": 15; "ordered detainees freed": 08).
# Not aid (07): a bare "hand", "give" or "send" names no aid by itself ("ordered its funds handed to the state
# treasury"); forces sent for relief are read by `_own_command` (force38)
# Nor a handover (0842): what a command has handed over goes to the commander's own side ("ordered its funds and
# buildings handed over to the state"), no yielding to another party.
# the readings a mobilisation read from a verb's arguments replaces (mobilize43): a demand (an order, 10), an appeal
# (02), a joint deed (06: "France and Britain ordered the general mobilisation of their armed forces")
_MOBILISATION_OVER = frozenset({"02", "06", "10"})
# alerts raised and forces or police mobilised (151-154): two parties that each mobilise their own are no military
# cooperation, as a show of force they make together is (062; "France and Britain ordered the general mobilisation of
# their armed forces"; mobilize43)
_OWN_MOBILISATION = frozenset({"151", "152", "153", "154"})
# the codes of an alert raised (police 151, military 152)
_ALERT_CODES = frozenset({"151", "152"})
# the prepositions of what an alert is raised for or ahead of ("ahead of the hurricane", "for the storm")
_HAZARD_PREPS = frozenset({"for", "of", "against", "over"})
SMALL_CLAUSE_ROOTS = frozenset({"08", "15", "16", "17", "18", "19", "20"})
SMALL_CLAUSE_UNREAD = frozenset({"0842"})

# --- The candidate event ------------------------------------------------------------------------------------

# the roots of an authorised deed that make the authorisation a threat (force; a show of force keeps its own reading)
_AUTHORISED_THREATS = frozenset({"18", "19", "20"})
# accede to demands for a change in policy (a figure of one's policy cut under pressure; promise47)
_CONCEDED_POLICY = "0832"


def _is_conceded_policy(kind: str, code: str) -> bool:
    return code == _CONCEDED_POLICY


# (the kinds and codes of the lexicon's whole-lexicon scans below, asked before an entry is made: `hand_entries_where`)
def _is_voiced_verb(kind: str, code: str) -> bool:
    return kind == "V" and code in _VOICED_CODES


def _is_criticism_verb(kind: str, code: str) -> bool:
    return kind == "V" and code == "111"


def _is_rejection_verb(kind: str, code: str) -> bool:
    return kind == "V" and code[:2] == "12"


# the roots of an authorised deed that commit the authoriser to aid or cooperation ("authorised the forces to give rear
# support", "to train the army"): consultations, diplomatic and material cooperation, aid, concessions (promise47)
_AIDING_ROOTS = frozenset({"04", "05", "06", "07", "08"})
# the code of occupying ground (192), which a verb of taking carries whatever is taken
_OCCUPATION = "192"
# a demobilisation (0873) cancelled or put off keeps the forces mobilised (154)
_DEMOBILISATION = "0873"
_KEPT_MOBILISED = "154"


# the constraint keys of the lexicon's word sets (match.words_at), each empty unless a reading fills it
_WORD_KEYS = ("prt", "obj", "prep", "mod", "subj", "dobj", "pp", "comp", "prep_verb", "prep_topic")


@dataclass(slots=True)
class Candidate:
    trigger: Token
    entry: Entry
    code: str
    words: list[Token]
    source: list[int]
    target: list[int]
    reciprocal: bool = False
    score: float = 0.0
    consumed: set[int] = field(default_factory=set)  # token indices of triggers folded into this one
    modality_token: Token | None = None  # where the modality is read, when not at the trigger
    # the verb whose clause tells what the event says, when the event is the saying (an accusation drawn from a
    # body's finding of a deed: "found"): the event is dated at it, never by a date of the clause it tells
    said_at: Token | None = None
    fallback: bool = False  # a frame coded as itself because the lexicon does not know its deed
    # a deed of cooperation negated in the future ("will not accept X"), coded as a refusal
    refusal: bool = False
    # a deed to come that an agreement named with it commits its doer to ("will release X under a deal with Y"):
    # the commitment is stated
    committed: bool = False
    # the trigger's "not" is part of its idiom ("did not rule out new sanctions"): the saying is stated
    idiom_negation: bool = False
    # the parties of a joint deed met or agreed at a venue that was set aside as no party ("X and Y met in Z"):
    # the deed names its partners among its doers, as a target would (the component's score)
    met_at_venue: bool = False
    # the deed of an instrument a verb of enacting signed or issued ("signed a decree ordering X"): the clause is
    # the signing verb's (`modality_token`)
    enacted: bool = False
    # the holding verbs of relative clauses on those a release frees ("the schoolgirls they had seized"): background
    # of this deed, dropped unless background deeds are kept
    held_background: set[int] = field(default_factory=set)


# --- The trigger reader -------------------------------------------------------------------------------------


class Triggers:
    """Turns the tokens of a sentence into candidate events."""

    def __init__(self, lexicon: Lexicon, *, condition_backoff: bool = False) -> None:
        self.lexicon = lexicon
        # the nouns the lexicon's readings of a policy given up name (`_conceded_objects`, read once)
        self._conceded: frozenset[str] | None = None
        # the word sets court49's readings can fire on (`voiding_lemmas`, `_censure_words_gate`; read once, court50)
        self._court_gates: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self.roles = Roles(lexicon)
        # (opt-in) a main verb whose readings fail only on an unlisted noun reads its one reading whose frame holds
        self.condition_backoff = condition_backoff

    def candidate(self, tok: Token, ments: Mentions) -> Candidate | None:
        cand = self._candidate(tok, ments)
        if tok.pos_ == "VERB" and (cand is None or cand.code[:2] in _MOBILISATION_OVER):
            # "decreed a general mobilisation", "raised the threat level to critical", "called out the Guard",
            # "ordered guardsmen to active duty", "ordered paratroops into the city": mobilisation read from the
            # verb's arguments (mobilise.py; mobilize43), where the verb itself reads nothing, or only the demand
            # of an order or a pair's joint deed
            cand = self._mobilised(tok, ments) or cand
        elif tok.pos_ == "VERB" and cand is not None and cand.code == "150" and cand.entry.kind == "V":
            # ("ordered reservists to active duty", "put the police on the streets"): a show of force the verb reads
            # is the alert or the mobilisation its arguments name (151-154)
            found = mobilisation(tok, self.lexicon)
            if found is not None and found[0] != "150":
                cand.code = found[0]
        if cand is not None and cand.code in _ALERT_CODES and _hazard_alert(cand.trigger, self.lexicon):
            # "issued a tsunami alert", "raised its pandemic alert level", "put its provinces on alert ahead of the
            # hurricane": a warning of a natural hazard is no alert of forces or police (review43)
            return None
        if (
            cand is not None
            and tok.pos_ == "VERB"
            and cand.code[:2] != "04"
            and travellers_purpose(tok, self.lexicon)
        ):
            # "President George W. Bush flew to Louisiana to inspect the damage": the purpose of a person's own
            # journey is its reason, no deed of its own (docs/annotation-conventions.md 14.3, 14.4; purpose42); a
            # meeting it names is the visit itself ("flew into Warsaw ... to confront Poland's leaders")
            return None
        if cand is not None and tok.pos_ == "VERB" and self._friendly_gathering(tok, cand):
            # "Hundreds of thousands of Poles filled the streets of Warsaw to greet the Pope", "crowds filled Red
            # Square to mourn Stalin": a crowd's gathering for a welcome, a celebration or mourning, and that
            # purpose itself, are no event (crowds41; data: `gathering_purposes`)
            return None
        if tok.pos_ == "VERB" and (
            cand is None or cand.code[:2] == "15" or (cand.entry.no_event and not cand.entry.constraints)
        ):
            # "Angry at police sweeps, young people in Brixton hurled petrol bombs at police lines", "monks walked
            # barefoot through Rangoon against the junta", "women paraded through Washington against the new
            # president": a crowd's deed marked as protest is their protest, by the deed's family (crowds41)
            cand = self._crowd_protest(tok, cand, ments) or cand
        if (
            cand is None
            and tok.pos_ == "VERB"
            and first_sense(tok.lemma_.lower()) & coder_words().rebellion_senses
        ):
            # "the crews of the fleet mutinied", "the garrison revolted against the government": a verb of rebellion
            # (WordNet's, by its first sense) that no line reads is its doers' dissent, crowd or crew (140; strike47;
            # data: `rebellion_senses`)
            cand = self._rebellion(tok, ments)
        if (
            cand is not None
            and cand.code[:2] == "11"
            and cand.trigger.pos_ == "VERB"
            and cand.trigger.lemma_.lower() in coder_words().sentencing_verbs
            and any(self._owed_custody(c) for c in _penalty_infinitives(cand.trigger))
        ):
            # "sentenced the opposition leader to die on the gallows", "condemned the three men to be shot": a
            # sentence named by the infinitive of death or confinement is custodial (173, docs/annotation-conventions.md
            # rule 8.1), as "sentenced to death" is, not a verdict (116) or a denunciation (111) (courts41; data:
            # `sentence_deaths`); serving or spending is custodial only for a term or in a place of custody, as a
            # court's holding is ("to serve nine years in a penal colony", not "to serve 200 hours of community
            # service": `_owed_custody`; review41)
            cand.code = "173"
        if cand is not None and cand.code == "172" and _fine_imposed(cand.trigger):
            # "the European Commission fined Intel 1.06 billion euros", "Volkswagen was fined ... by the Commission",
            # "imposed a fine of 500 million euros on Google": a fine is a finding against the party fined (116,
            # docs/annotation-conventions.md rule 8.2, as the sets code a commission's or a regulator's fine), not an
            # administrative sanction, whoever imposes it (court50; data: `court_penalty_verbs`)
            cand.code = "116"
        if (
            cand is not None
            and cand.code in coder_words().riot_codes
            and cand.trigger.pos_ == "VERB"
            and cand.entry.allowed("subj")
            is None  # (a reading that names its doers decided for them already)
            and _crowd_doers(cand.trigger, cand.source, ments, self.lexicon)
        ):
            # "Thousands of Syrians set fire to the embassy", "shops were looted by crowds", "students smashed their
            # way into the building": destruction or force by a crowd of civilians is a riot (145), whatever the
            # verb reads for a state's forces (deeds37; data: `riot_codes`)
            cand.code = "145"
        if (
            cand is not None
            and cand.code in coder_words().defiance_codes
            and cand.trigger.pos_ == "VERB"
            and cand.entry.allowed("subj") is None
            and _crowd_doers(cand.trigger, cand.source, ments, self.lexicon, force=False)
        ):
            # "crowds of Poles defied martial law", "hundreds of volunteers defied apartheid laws": a crowd of civilians
            # defying a ban or a law in the open demonstrates (141); a state or a parliament defying a decree keeps 128
            # (protest39; data: `defiance_codes`)
            cand.code = "141"
        if (
            cand is not None
            and cand.code[:3] == "141"
            and cand.trigger.pos_ == "VERB"
            and walked_off(cand.trigger, self.lexicon)
        ):
            # "stockmen walked off the cattle station in protest at their pay", "students walked out of their
            # classes in protest": a protest by leaving one's place is a walkout (143), not a march (protest43)
            cand.code = "143"
        if cand is not None and cand.trigger.pos_ == "VERB" and cand.code in _crowd_deed_codes():
            # "Students opposed to the regime occupied the polytechnic", "prisoners took over the jail",
            # "demonstrators harried the torch relay", "dockers refused to load munitions": a state's deed of
            # occupation, coercion or refusal done by a crowd of civilians is their protest (protest43; data:
            # `crowd_deed_codes`)
            protest = self._crowd_deed(cand, ments)
            if protest is not None and friendly_purpose(cand.trigger, self.lexicon):
                # ("Thousands of Berliners occupied the top of the Wall to celebrate the opening of the border",
                # "Poles took over the square to greet the Pope": a crowd's gathering to celebrate, greet or mourn
                # is no event, as `_friendly_gathering` says of their march; review43)
                return None
            if protest is not None:
                cand.code = protest
        if (
            cand is not None
            and cand.code[:2] == "10"
            and cand.trigger.pos_ == "VERB"
            and (gathering := _purpose_of(cand.trigger)) is not None
            # (a verb of gathering: one some line of the lexicon reads as a rally, 141; not "wrote to the UN to
            # demand", "voted in a referendum to demand"; review37)
            and any(e.code == "141" for e in self.lexicon.index.get(("V", gathering.lemma_.lower()), ()))
            and _crowd_doers(gathering, cand.source, ments, self.lexicon, force=False)
        ):
            # "Thousands of Azerbaijanis turned out in Baku to demand the return of Aliyev", "Sudanese camped outside
            # the army headquarters, demanding civilian rule": a demand that is the purpose of a crowd's gathering is
            # their demonstration (141, the codebook's "demonstrate or rally"; 1411-1414 by what it is for), the
            # demand its content (deeds37)
            cand.code = "141"
        if cand is not None and cand.code == "055" and tok.pos_ == "VERB":
            # "Japan expressed deep regret at India's nuclear tests", "voiced regret over Moscow's decision to resume
            # testing": regret at another party's deed is disapproval of it (111, the codebook's "criticize or
            # denounce"), not an apology, which is regret for one's own (frames43)
            owners = [
                i
                for i in _regretted_owners(tok, ments)
                if ments.mentions[i].code not in ments.codes(cand.source)
            ]
            if owners and cand.source:
                cand.code = "111"
                cand.target = owners
        if cand is not None and cand.code[:2] == "11" and tok.pos_ == "VERB":
            # "deplored the violence with which Chinese troops cleared the square", "condemned the raid in which
            # commandos killed three leaders": the deed told in a relative clause on what is condemned is the
            # condemnation's content, not a second event (frames43)
            relatives = _condemned_relatives(tok)
            cand.consumed |= {t.i for rel in relatives for t in rel.subtree}
            if not cand.target:
                # (what is condemned names no party; the doers of its relative clause are the ones condemned:
                # "deplored the violence with which Chinese troops cleared the square")
                doers = [c for rel in relatives for c in rel.children if c.dep_ == "nsubj"]
                cand.target = [i for d in doers for i in actors_under(d, ments) if i not in cand.source]
        if (
            cand is not None
            and cand.code[:2] in ("02", "10")
            and _ultimatum_marked(tok)
            and not self._court_finding(tok, cand.source, ments)
        ):
            # (a court's order with what follows its neglect named, "the ECB must show ..., or the Bundesbank will have
            # to pull out, the court ruled", stays its order, rule 8.3: a court threatens no force of its own; court49)
            # "called on the Greek government with a note demanding an apology within a day, on pain of Italian
            # action", "handed the ambassador the Allied demand that ..., on pain of an occupation of the Ruhr": a
            # demand or a call with what follows its refusal named is an ultimatum (139), however it is delivered
            # (talk24; "or face" is read in _frame_candidate)
            cand.code = "139"
            alternative = _alternative_clause(tok, {t.i for t in tok.sent})
            if alternative is not None:
                cand.consumed.add(alternative.i)  # (the answer threatened is part of the ultimatum)
        if (
            cand is not None
            and cand.code == "042"
            and cand.source
            and cand.target
            and ments.codes(cand.target) <= ments.codes(cand.source)
            and _one_country_sentence(tok, ments.codes(cand.source), ments)
        ):
            # "Obama flew to Joplin, Missouri", "toured the Kansas town of Greensburg": a trip to a place of the
            # traveller's own country is no visit (docs/annotation-conventions.md 14.3; talk24)
            return None
        if (
            cand is not None
            and cand.code[:2] == "04"
            and tok.dep_ == "relcl"
            and tok.head.lemma_.lower() in coder_words().visit_nouns
        ):
            # "flew to Colombia for the first journey any pontiff has made to Latin America": a relative clause on
            # the journey's own noun says what that journey is, the visit the main clause tells (talk24)
            return None
        if (
            cand is not None
            and cand.code[:2] == "04"
            and not ments.codes(cand.target) - ments.codes(cand.source)
            and _own_side_partner(tok)
        ):
            # "Kennedy conferred with his military chiefs", "the president met his advisers": a meeting of one's own
            # side names no second party (talk24)
            return None
        return cand

    def _mobilised(self, tok: Token, ments: Mentions) -> Candidate | None:
        """A mobilisation read from the verb's arguments (`mobilise.mobilisation`), with the verb's roles (forces sent
        to protect another party are its protection, 074, as `_make` reads them)."""
        if _in_condition(tok):
            return None
        found = mobilisation(tok, self.lexicon)
        if found is None:
            return None
        code = found[0]
        made = self._make(tok, Entry("V", code, tok.lemma_.lower()), [tok], ments)
        if made is None or made.code[:2] != "15" or not made.source:
            return None
        return made

    def _friendly_gathering(self, tok: Token, cand: Candidate) -> bool:
        """True for a gathering read as a demonstration (14) whose purpose is a welcome, a celebration or mourning
        (`crowds.friendly_purpose`), and for that purpose's own verb when the gathering is a verb of rally (141 in
        some line), of a crowd's deed (`crowd_deed_codes`: "occupied") or of going and its doers many ("Thousands of Catholics filled St Peter's Square to mourn the
        Pope"; not "Abe joined Obama at Pearl Harbor to honour those killed", a meeting)."""
        gathering = _purpose_of(tok)
        if gathering is not None:
            if not friendly_purpose(gathering, self.lexicon) or tok not in purposes(gathering):
                return False
            if not any(_many(d) for d in _doer_tokens(gathering)):
                return False
        elif cand.code[:2] != "14" or not friendly_purpose(tok, self.lexicon):
            return False
        else:
            gathering = tok
        lemma = gathering.lemma_.lower()
        readings = self.lexicon.lookup("V", lemma)
        if any(e.code[:2] == "14" and not e.constraints for e in readings):
            return False  # ("rallied to mourn ...": a verb of protest of its own keeps its reading)
        # (or a crowd's taking of a place, "occupied the square to greet the Pope": `crowd_deed_codes`; review43)
        return any(e.code == "141" or e.code in _crowd_deed_codes() for e in readings) or moves(lemma)

    def _rebellion(self, tok: Token, ments: Mentions) -> Candidate | None:
        """A verb of rebellion read as its doers' dissent (140), or None when negated, told as a condition, or given a
        direct object: one rebels against a rule, not a thing ("the pictures of the dead soldiers revolted American
        viewers": WordNet's other sense of the verb, to disgust; review47)."""
        if _negated(tok) or _in_condition(tok) or any(c.dep_ == "dobj" for c in tok.children):
            return None
        return self._make(tok, Entry("V", "140", tok.lemma_.lower()), [tok], ments)

    def _crowd_deed(self, cand: Candidate, ments: Mentions) -> str | None:
        """The protest code of a state's deed (`crowd_deed_codes`: an occupation, a coercion, a refusal of a deed)
        done by a crowd of civilians (`_crowd_doers`, with no ground fought over and no gunfire), or None: a reading
        that names its doers decided for them already, a refusal must name the deed refused ("refused to load
        munitions", not "refused the offer"), a coercion with the deed it presses for is a demand, no obstruction
        ("farmers pressured the Commission to raise milk prices"; review43), and a negated deed is none."""
        tok = cand.trigger
        code = _crowd_deed_codes()[cand.code]
        if cand.entry.allowed("subj") is not None or _negated(tok):
            return None
        if cand.code[:2] == "17" and any(
            c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and not hostile_purpose(c, self.lexicon)
            for c in tok.children
        ):
            # (the deed pressed for, not a purpose of protest: "harried the relay to protest ...")
            return None
        if cand.code[:2] == "12" and (
            cand.entry.kind != "F" or not any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children)
        ):
            return None
        force = cand.code[:2] != "12"
        if not _crowd_doers(tok, cand.source, ments, self.lexicon, force=force):
            return None
        return code

    def _crowd_protest(self, tok: Token, shown: Candidate | None, ments: Mentions) -> Candidate | None:
        """A deed of a crowd of civilians (`_crowd_doers`) that the sentence marks as protest (`crowds.protest_mark`:
        an anger with its cause, a hostile purpose, "against", a call answered) and that reads no event of its own,
        or a show of force (a parade), coded by its family (`crowds.deed_code`; a parade 141). A main deed only:
        ROOT or a conjunct, not negated, no light verb."""
        if tok.dep_ not in ("ROOT", "conj") or _negated(tok):
            return None
        if any(
            c.dep_ == "ccomp" or (c.dep_ == "xcomp" and not hostile_purpose(c, self.lexicon))
            for c in tok.children
        ):
            return None  # ("tried to storm the palace", "a day after the attorney general said ..."): the clause's deed
        if any(lemma in coder_words().light_verbs for lemma in lemma_forms(tok)):
            return None
        mark = protest_mark(tok, _doer_tokens(tok), self.lexicon)
        if mark is None:
            return None
        # (a show of force, `shown`, that a crowd puts on marked as protest is their march; a deed done "rather than"
        # another is a refusal of that other, a boycott: "walked to work rather than ride the buses", 143; protest43)
        refused = mark is rather_than(tok)
        code = "141" if shown is not None else "143" if refused else deed_code(tok, self.lexicon)
        if code == "141" and shown is None and walked_off(tok, self.lexicon):
            code = "143"  # ("walked off the cattle station against their pay": a walkout; protest43)
        if code == "140" and mark in purposes(tok):
            return None  # ("Afghans queued outside the passport office to demand passports": a purpose alone marks
            # a deed of going, gathering, force or protest, not any deed; deeds37)
        made = self._make(tok, Entry("V", code, tok.lemma_.lower()), [tok], ments)
        if made is None or not _crowd_doers(
            tok, made.source, ments, self.lexicon, force=code == "145", marked=True
        ):
            return None
        if refused:
            made.consumed.add(mark.i)  # (the deed refused is no deed done)
        return made

    def _candidate(self, tok: Token, ments: Mentions) -> Candidate | None:
        if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            return None
        low = tok.lemma_.lower()  # (read once: the tests below ask for it again and again)
        if tok.pos_ == "NOUN" and tok.lower_ in coder_words().favour_nouns:
            return self._disfavour(tok, ments)
        # Most words are no trigger: a set lookup spares the tree walks (the coder runs on every token).
        lemmas = lemma_forms(tok)
        if low == "find" and tok.pos_ == "VERB":
            disfavoured = self._claim_disfavoured(tok, ments)
            if disfavoured is not None:
                return disfavoured
        if low == "bind" and tok.tag_ == "VBN":
            renounced = self._bond_renounced(tok, ments)
            if renounced is not None:
                return renounced
        if tok.pos_ == "VERB":
            shared = self._shared_undertaking(tok, ments)
            if shared is not None:
                return shared
            inquiry = self._purposed_inquiry(tok, ments)
            if inquiry is not None:
                return inquiry
        if tok.pos_ in ("VERB", "AUX"):
            # (court49's two readings fire on few words: set lookups spare their tree walks on every other verb)
            gates = self._court_gates
            if gates is None:
                gates = self._court_gates = (voiding_lemmas(self.lexicon), *_censure_words_gate())
            voided = self._voided_act(tok, ments) if low in gates[0] else None
            if voided is None and (low in gates[1] or _first_object_in(tok, gates[2])):
                voided = self._censure_motion(tok, ments)
            if voided is not None:
                return voided
            force = self._force(tok, ments)
            if force is not None:
                return force
            words = coder_words()
            if not (
                words.court_penalty_verbs.isdisjoint(lemmas) and words.commanding_verbs.isdisjoint(lemmas)
            ):
                award = self._court_award(tok, ments)
                if award is not None:
                    return award
            if _court_holding_possible(tok.doc) and self._held_by_court(tok, (tok, *tok.ancestors)):
                # ("Somalia had never accepted the sea border Kenya claimed, the International Court of Justice ruled,
                # rejecting Kenya's case": what a court holds is the content of its ruling, not a deed told as news;
                # the ruling itself is read at the court's verb)
                return None
            if low in words.judging_verbs:
                # ("Pakistan must pay Tethyan Copper $5.8 billion, a World Bank tribunal ruled", "the court found that
                # Russian agents had killed Litvinenko": what a court holds a party owes or did is its judgement)
                clauses = _reported_clauses(tok)
                if _appositive_court(tok) is not None:
                    clauses.append(tok.head)
                clauses += _passive_finding(tok)
                # ("Italy deprived him of his liberty unlawfully, the European Court of Human Rights concluded": the
                # holding told first, the court's verb hung on it; courts47)
                clauses += _told_before(tok)
                for clause in clauses:
                    held = self._court_judgement(tok, clause, ments, holdings=True)
                    if held is not None and held.target:
                        return held
                judged = self._party_judged(tok, ments)
                if judged is not None:
                    return judged
                if (
                    low in words.intent_judging_verbs
                    and clauses
                    and self._court_subject(tok, bodies=False) is not None
                ):
                    # ("Belgium has no right to press a claim ..., the International Court of Justice decided,
                    # dismissing the case": a court that decides that something is so rules; it intends nothing, 030)
                    return None
            lemma = low
            # (three lookups, not a union of the three sets made for every verb)
            if (
                lemma in words.consequence_verbs
                or lemma in words.outcome_verbs
                or lemma in words.regarding_verbs
            ):
                consequence = self._consequence_threat(tok, ments)
                if consequence is not None:
                    return consequence
        if tok.pos_ == "NOUN" and _wrong_found_in(tok, self._wrong_noun):
            # ("the court found no violation of religious freedom in Turkey's ban on headscarves": a deed named where a
            # court finds a wrong, or none, is what it rules on, not news; courts47)
            return None
        if (
            tok.pos_ == "NOUN"
            and _court_holding_possible(tok.doc)
            and self._held_by_court(tok, tok.ancestors)
        ):
            # ("Only Parliament can authorise the start of Britain's departure from the EU, the judges ruled": a deed
            # named in what a court holds is the content of its ruling, as its verbs are above; talk19)
            return None
        if tok.pos_ == "NOUN" and low in coder_words().veto_nouns:
            vetoed = self._veto_noun(tok, ments)
            if vetoed is not None:
                return vetoed
        if tok.pos_ == "NOUN":
            contested = self._contested_claim(tok, ments)
            if contested is not None:
                return contested
            lemma = low
            if lemma in coder_words().protest_adjunct_nouns or lemma in coder_words().strike_adjunct_nouns:
                protest = self._protest_adjunct(tok, ments)
                if protest is not None:
                    return protest
        known = False  # (a plain loop: the test runs on every word of these parts of speech)
        light = coder_words().light_verbs
        for form in lemmas:
            if self.lexicon.knows(form) or form in light:
                known = True
                break
        if (
            not known
            and not (tok.pos_ == "VERB" and low in coder_words().refuge_verbs)
            and not (tok.pos_ == "NOUN" and low in coder_words().refuge_nouns)
            and not (
                tok.pos_ == "NOUN" and low in journey_noun_destinations()  # ("arrival": no entry of its own)
            )
        ):
            if tok.pos_ == "VERB" and _prospect_verb(low):
                return self._raised_prospect(tok, ments)  # ("floated the option of strikes")
            if tok.pos_ == "VERB" and low in coder_words().directive_verbs:
                return self._verb_candidate(tok, ments)  # ("dared Putin to meet him": read by its addressee)
            if tok.pos_ == "VERB" and gait(low):
                # ("Soviet horsemen galloped across open snow against German infantry": a manner of going the lexicon
                # has no line for reads as any verb of motion does; a cached WordNet lookup per verb; motion47)
                onslaught = self._onslaught(tok, None, ments)
                if onslaught is not None:
                    return onslaught
            return self._joint_deed(tok, None, ments) if tok.pos_ == "VERB" else None
        # (asked only of the words the lexicon knows: no new walk on every token)
        if _in_condition(tok):
            # "could take Kiev if he wanted to", "could ready millions if it had to go to war with Egypt": the deed
            # of a condition set on another clause's deed is not done, only supposed; the clause it conditions
            # carries the news (a condition that a deed to come waits on, "only after Y acted", demands it)
            return self._conditional_demand(tok, ments) if tok.pos_ in ("VERB", "AUX") else None
        if tok.pos_ in ("VERB", "AUX", "ADJ"):
            if tok.dep_ == "prep":
                return None  # a participle used as a preposition: "according to", "following", "including"
            cand = self._verb_candidate(tok, ments)
            if (
                cand is not None
                and tok.dep_ == "acl"
                and cand.code[:2] == "12"
                and tok.head.dep_ == "nsubj"
                and tok.head.head.pos_ in ("VERB", "AUX")
                and any(
                    c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in RELATIVE_PREPS for c in tok.children
                )
            ):
                # "Thousands of people opposed to the spending cuts converged on parliament": the opposition
                # hung on the subject of another deed says who its doers are; the deed is that verb's (protest43)
                return None
            if cand is not None and tok.dep_ == "acl" and tok.tag_ == "VBN" and cand.code[:2] in ("02", "10"):
                # "munitions requested by Israel landed", "a withdrawal demanded by the junta", "the terms demanded by
                # the funds": asking named on the thing asked for tells what that thing is; the news is what is done
                # with it (every set codes the clause's own deed, never the participle's request)
                return None
            if cand is not None and cand.code[:2] == "09":
                _appointed_inquiry(cand, self.roles, ments)
            if cand is not None and (tok.tag_ == "VBG" or _content_clause(tok)):
                _enacted_deed(cand, self.roles, ments)
            return cand
        if tok.pos_ == "NOUN":
            if self._considered(tok):
                return None  # ("ordered a review of the sanctions on Venezuela": the measure is only reconsidered)
            if _body_name(tok):
                return None  # ("the UN commission of inquiry on Syria concluded ...": the body's name, no inquiry)
            if low in coder_words().refuge_nouns:
                # "an airlift by American military helicopters of Americans and other foreigners" (aid40)
                refuge = self._refuge_noun_reading(tok, ments)
                if refuge is not None:
                    return refuge
            if low in journey_noun_destinations():
                entry = match_entry(tok, self.lexicon, ("N",))
                if _motion_family(entry):
                    # "Khrushchev's arrival in Peking", "the Queen's journey to Ireland", "after his tour of Asia": one
                    # reading for the nouns of a journey, the verbs' (journeys37)
                    return self._journey_noun_reading(tok, entry, ments)
            return self._noun_candidate(tok, ments)
        return None

    def _considered(self, noun: Token) -> bool:
        """A measure named in the object or the "of" phrase of a consideration the lexicon reads as a policy option weighed (CAMEO
        014, no PLOVER event: "a review of the sanctions on X", "a reassessment of its aid to Y"): the measure is
        named as what is reconsidered, not imposed or given here. Twenty-seventh session (talk17)."""
        tok = noun
        for _ in range(6):
            # (up through the phrases and objects it sits in: "review its licences for arms sales to X")
            if tok.dep_ not in ("pobj", "prep", "dobj", "compound", "conj") or tok.head is tok:
                return False
            tok = tok.head
            if tok.pos_ not in ("NOUN", "VERB"):
                continue
            entry = match_entry(tok, self.lexicon, ("N",) if tok.pos_ == "NOUN" else ("V",))
            if entry is not None and entry.code == "014" and entry.specificity > 0:
                return True
            if tok.pos_ == "VERB":
                return False
        return False

    # --- Readings asked before the lexicon: force, a stance on a deed, a contested claim, a prospect raised ---

    def _force(self, tok: Token, ments: Mentions) -> Candidate | None:
        """A reading of force the general roles get wrong (conflict.py): a casualty report ("X and Y
        reported soldiers killed") or an armed response ("its forces responded to provocations by Y")."""
        reading = (
            casualty_report(tok, ments, self.roles)
            or both_sides_fell(tok, ments)
            or armed_response(tok, ments, self.roles)
            or expulsion(tok, ments, self.roles)
        )
        if reading is None:
            return None
        entry = Entry("V", reading.code, tok.lemma_.lower(), reciprocal=reading.reciprocal)
        cand = Candidate(tok, entry, reading.code, [tok], reading.source, reading.target, reading.reciprocal)
        cand.consumed = set(reading.consumed)
        return cand

    def _consequence_threat(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Turkey would face sanctions unless it freed the pastor, Pence said", "China said Lithuania would pay a
        heavy price", "Turkey's leaders would regret it, Putin told parliament": what a party is said, by a speaker
        of another side, to be going to undergo is the speaker's threat to it (130; by the consequence named:
        sanctions 1312, war 138), asserted as said, from the speaker to the party (data: `consequence_verbs`,
        `consequence_nouns`). Anything in the clause (a condition, the deed regretted) is part of the threat."""
        words = coder_words()
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or _negated(tok):
            return None
        modal = any(c.dep_ == "aux" and c.lower_ in words.possibility_aux for c in tok.children)
        if not (_future(tok) or modal):
            return None
        outcome = lemma in words.outcome_verbs
        regarding = lemma in words.regarding_verbs
        held = list(object_children(tok))
        if regarding:
            # ("would regard X as a declaration of war", "would consider it an act of aggression"): what the deed is
            # taken for, in an "as" phrase or a second object, not the deed itself
            # (the parser may hang the "as" phrase inside the object: "any attempt to search its ships as ...")
            taken = [p for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
            taken += [c for c in tok.subtree if c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ == "NOUN"]
            deeds, held = held, taken
            held += [
                p
                for o in list(held)
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
            ]
        elif outcome:
            # ("would lead to war", "would result in all-out war"; "a real danger of nuclear war")
            held += [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in") for p in c.children
            ]
            held += [
                p
                for o in list(held)
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
            ]
        consequence = next((o for o in held if o.lemma_.lower() in words.consequence_nouns), None)
        if consequence is None and lemma != "regret":
            return None
        reporters = [tok.head] if tok.dep_ == "ccomp" else []
        reporters += [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i > tok.i]
        reporter = next(
            (
                r
                for r in reporters
                if r.pos_ == "VERB"
                # ("served notice on North Korea that any threat ... would bring a massive military response": a
                # stating phrase reports as a verb of saying does; talk24)
                and (any(lemma in words.promising_verbs for lemma in lemma_forms(r)) or stating_phrase(r))
            ),
            None,
        )
        if reporter is None:
            return None
        speaker = self.roles.subject(reporter, ments)
        party = self.roles.subject(tok, ments, climb=False)
        if not party and not (outcome or regarding):
            party = self._owner_of_subject(tok, reporter, speaker, ments)
        if outcome:
            # what brings the consequence is a deed or a state of things: the threat is to the party told ("Putin
            # told Western nations that sending troops would ..."), else to a party the deed names ("independence
            # for Taiwan would mean war")
            own = ments.codes(speaker)
            told = _told(reporter, speaker, ments)
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            named = [i for c in subjects for i in actors_under(c, ments) if ments.mentions[i].code not in own]
            party = told or named
        if regarding:
            own = ments.codes(speaker)
            party = [i for d in deeds for i in actors_under(d, ments) if ments.mentions[i].code not in own]
            doers = self.roles.subject(tok, ments, climb=False)
            if doers and not ments.codes(doers) <= own:
                return None  # ("France would regard it as ...": only the speaker's own way of taking a deed)
        # ("any country that attacks Iran will pay a heavy price", "whoever crosses the line will regret it": the
        # threat is to whoever does the deed, no party named; the subject of an outcome is a deed, whose doer is
        # named or not: "any American attack on Cuba would mean war")
        generic = not outcome and any(
            c.dep_ in ("nsubj", "nsubjpass") and generic_doer(c) for c in tok.children
        )
        if generic:
            party = []
        if (
            not speaker
            or ((not party) and not (outcome or regarding or generic))
            or ments.codes(party) & ments.codes(speaker)
        ):
            return None  # ("Russia would face no choice, Lavrov said": a party's own plight is no threat)
        code = "130"
        if consequence is not None:
            entry = match_entry(consequence, self.lexicon, ("N",))
            if entry is not None and plover(entry.code) and entry.code[:2] in frame_codes().conflict_roots:
                code = refine("threat", entry.code, "130")
        frame = Entry("F", code, lemma, frame="threat")
        cand = Candidate(tok, frame, code, [tok, reporter], speaker, party)
        cand.modality_token = reporter  # (the saying is asserted, or hedged, as the reporting verb is)
        cand.consumed = {
            t.i for t in tok.subtree if t.pos_ in ("VERB", "NOUN") and t.i not in (tok.i, reporter.i)
        }
        return cand

    def _owner_of_subject(
        self, tok: Token, reporter: Token, speaker: list[int], ments: Mentions
    ) -> list[int]:
        """ "told Brazil that its goods would face a tariff", "said Chinese imports would face duties": the party
        whose things are said to undergo a consequence, named as their possessor (a party, or a pronoun standing
        for the party told) or as a party's name on them; none when the subject names no owner. Issue 9,
        forty-eighth session (will48)."""
        own = ments.codes(speaker)
        found: list[int] = []
        for subject in (c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
            for owner in subject.children:
                if owner.dep_ not in ("poss", "compound", "amod"):
                    continue
                named = [i for i in actors_under(owner, ments) if ments.mentions[i].code not in own]
                if not named and owner.dep_ == "poss" and owner.tag_ == "PRP$":
                    named = _told(reporter, speaker, ments)
                found += [i for i in named if i not in found]
        return found

    def _disfavour(self, noun: Token, ments: Mentions) -> Candidate | None:
        """ "Germany is not in favour of renewing the mandate", "X was not in favour of Y joining NATO": a stance
        against a deed is its rejection (120, refined by the deed as "refused to" is), aimed at the deed's
        doer when another party does it; a stance in favour is no event (data: `favour_nouns`)."""
        prep = noun.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or not any(c.dep_ == "neg" for c in verb.children):
            return None
        source = self.roles.subject(verb, ments)
        if not source:
            return None
        # (the parser hangs the "of" phrase on the noun or on the verb)
        deeds = [
            d
            for holder in (noun, verb)
            for of in holder.children
            if of.dep_ == "prep" and of.lower_ == "of"
            for d in of.children
            if d.dep_ in ("pcomp", "pobj")
        ]
        if not deeds:
            return None
        deed = deeds[0]
        doer = [i for c in deed.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
        gerunds = [
            g
            for h in (deed, verb)
            for g in h.children
            if g.tag_ == "VBG" and g.dep_ in ("acl", "advcl", "pcomp")
        ]
        if deed.dep_ == "pobj" and actors_under(deed, ments) and gerunds:
            # "not in favour of [Sweden] joining NATO": the parser may hang the gerund apart from its doer
            deed, doer = gerunds[0], actors_under(deed, ments)
        entry = match_entry(deed, self.lexicon, ("V",) if deed.pos_ == "VERB" else ("N",))
        inner = entry.code if entry is not None and plover(entry.code) is not None else None
        code = refine("reject", inner)
        target = [i for i in doer if i not in source]
        cand = Candidate(
            noun, Entry("F", code, noun.lemma_.lower(), frame="reject"), code, [noun], source, target
        )
        cand.consumed = {t.i for t in deed.subtree if t.pos_ in ("VERB", "NOUN")}
        cand.refusal = True
        return cand

    def _contested_claim(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Iran denied arming the Houthis, despite reports by UN experts that Iran had sent missiles to Yemen",
        "..., despite accusations from Washington": a party's claim set against a denial is that party's
        accusation (112) of the doer its clause names, or else of the denier; the clause is the accusation's
        content (consumed), so the contested deed is not stated as a fact (see `modality.contested_claim`)."""
        found = contested_claim(tok)
        if found is None:
            return None
        verb, clause = found
        owners = [c for c in tok.children if c.dep_ == "poss"]
        owners += [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from") for p in c.children
        ]
        source = [i for owner in owners if owner.dep_ in ("poss", "pobj") for i in actors_under(owner, ments)]
        if not source:
            return None  # ("despite reports that ...": no one named makes the claim)
        codes = ments.codes(source)
        target = self.roles.subject(clause, ments, climb=False) if clause is not None else []
        target = [i for i in target if ments.mentions[i].code not in codes]
        if not target and denial_verb(verb):
            # (the clause names no other party: "... that its air force had dropped chlorine", where "its"
            # may be read as the claimant's own: the claim is against the denier; a claim beside a deed that
            # denies nothing accuses only a party its clause names: "despite reports that famine was near")
            target = [i for i in self.roles.subject(verb, ments) if ments.mentions[i].code not in codes]
        if not target:
            return None
        cand = Candidate(tok, Entry("N", "112", tok.lemma_.lower()), "112", [tok], source, target)
        if clause is not None:
            cand.consumed = {t.i for t in clause.subtree}
        return cand

    def _raised_prospect(self, tok: Token, ments: Mentions, refused: bool = False) -> Candidate | None:
        """ "raised the possibility of sending troops to Ukraine", "floated the option of strikes on Iran", "held
        out the prospect of tariffs", "did not rule out new sanctions": a party that puts a deed of its own forward
        as a prospect threatens it (13x by the deed), or states an intention for a deed of cooperation (03x);
        asserted as said, the deed only possible (data: `prospect_verbs`, `prospect_nouns`). `refused`: the verb
        is the "to" clause of a refusal ("refused to rule out force", read as "did not rule out force")."""
        words = coder_words()
        lemma = tok.lemma_.lower()
        attached = {f"{lemma} {c.lower_}" for c in tok.children if c.dep_ in ("prt", "prep")}
        phrases = ({lemma} | attached) & words.prospect_verbs
        if tok.pos_ != "VERB" or not phrases:
            return None
        negated = _negated(tok) or refused
        if phrases == {"rule out"} and not negated:
            return None  # ("ruled out new sanctions": a refusal, read by its own entry)
        if negated and phrases != {"rule out"}:
            return None  # ("did not raise the possibility of ...": nothing put forward)
        holders = [o for o in object_children(tok)]
        holders += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        prospect: Token | None = None
        deed: Token | None = None
        for holder in holders:
            if holder.lemma_.lower() in words.prospect_nouns:
                # (the "of" phrase may hang on the verb, or on the time word, when a time comes between:
                # "raised the prospect on Saturday of sending troops", "... in 2020 of sending troops")
                times = [
                    p
                    for c in tok.children
                    if c.dep_ == "prep" and c.i > holder.i
                    for p in c.children
                    if p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or p.pos_ == "NUM")
                ]
                of_holders = (holder, tok, *times) if holder.dep_ == "dobj" else (holder,)
                inner = [
                    g
                    for h in of_holders
                    for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children
                    if g.dep_ in ("pobj", "pcomp")
                ]
                if inner:
                    prospect, deed = holder, inner[0]
                    break
            elif phrases == {"rule out"} and holder.dep_ == "dobj" and holder.pos_ == "NOUN":
                deed = holder  # "did not rule out new sanctions on China"
                break
        if deed is None:
            return None
        kinds = ("V",) if deed.pos_ == "VERB" else ("N",)
        entry = match_entry(deed, self.lexicon, kinds)
        if entry is None or plover(entry.code) is None:
            return None
        root = entry.code[:2]
        if root in frame_codes().conflict_roots or root == "12":
            # (a rejection put forward as a prospect, "raised the prospect of scrapping the pact", threatens it)
            code = refine("threat", entry.code)
        elif root in frame_codes().cooperation_roots:
            code = refine("intent", entry.code)
        else:
            return None
        source = self.roles.subject(tok, ments)
        if deed.pos_ == "VERB":
            doer = self.roles.subject(deed, ments, climb=False)
            target = self.roles.objects_of(deed, ments)
        else:
            doer, target = self.roles.noun_roles(deed, ments)
        if entry.reciprocal:
            # ("floated the idea of talks with Kyiv": a joint deed's partner is no other doer, but its counterpart)
            doer, target = [], [*doer, *target]
        codes = ments.codes(source)
        if not source or (doer and not ments.codes(doer) <= codes):
            return None  # ("warned of the possibility of a Russian offensive": another party's deed, feared)
        frame = Entry("F", code, lemma, frame="threat" if code[:2] == "13" else "intent")
        cand = Candidate(tok, frame, code, [tok, deed], source, [i for i in target if i not in source])
        cand.consumed = {deed.i} | ({prospect.i} if prospect is not None else set())
        cand.consumed.update(t.i for t in deed.subtree if t.pos_ in ("VERB", "NOUN"))
        cand.idiom_negation = negated
        return cand

    # --- A verb or an adjective -----------------------------------------------------------------------------

    def _verb_candidate(self, tok: Token, ments: Mentions) -> Candidate | None:
        low = tok.lemma_.lower()  # (read once: asked up to a dozen times below; speed49)
        sworn = tok
        while sworn.dep_ == "conj" and sworn.head.pos_ == "VERB":
            sworn = sworn.head
        if sworn.dep_ in ("xcomp", "advcl") and self._oath_of_office(sworn.head, sworn):
            return None  # (the deed of an oath of office is no deed done: "swore to govern Norway ..."; promise47)
        if (
            tok.dep_ in ("xcomp", "ccomp")
            and authorising(tok.head)
            and self._inner(tok)[0] == _OCCUPATION
            and not self._ground_taken(tok)
        ):
            # ("signed the Act authorizing a federal corporation to take over the government dam": a taking of property
            # authorised by law is no occupation, as `_authorised_force` reads it; promise47)
            return None
        if _unavoidable_clause(tok):
            # "Russia would be forced to respond", "would not hesitate to strike": no coercion, no holding back;
            # the deed of the "to" clause is the subject's own and is read there
            return None
        # a place held, a deed elicited, a demand on a condition, a prospect raised, no interest: the first reading
        # found is the verb's
        readings: tuple[Callable[[Token, Mentions], Candidate | None], ...] = (
            self._held_place,
            self._elicited,
            self._conditional_demand,
            self._raised_prospect,
            self._no_interest,
        )
        for reading in readings:
            found = reading(tok, ments)
            if found is not None:
                return found
        if low in coder_words().joining_verbs and any(
            p.dep_ == "prep"
            and p.lower_ == "in"
            and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in p.children)
            for p in tok.children
        ):
            # "joined Britain in refusing to sign the treaty": the deed joined in is the event, read at the gerund
            return None
        if low in coder_words().resolution_verbs and self._resolution_content(tok) is not None:
            # "adopted a resolution condemning X", "voted for a resolution opposing Y": what the resolution does is
            # the body's deed, read at the resolution's own verb (the adoption is no signing, no support)
            return None
        comp = complement(tok)
        if comp is not None and comp.dep_ in ("xcomp", "advcl") and low in coder_words().refusing_verbs:
            # "refused to rule out military force": the refusal of a refusal puts the deed forward
            prospect = self._raised_prospect(comp, ments, refused=True)
            if prospect is not None:
                prospect.trigger = tok  # (the refusal carries the saying; its clause folds into it)
                prospect.words = [tok, *prospect.words]
                prospect.consumed.add(comp.i)
                return prospect
        if comp is not None and comp.pos_ == "VERB" and comp.dep_ == "ccomp":
            inner = match_entry(comp, self.lexicon, ("V",))
            if inner is not None and inner.judged:
                # "Y is playing with fire, X warned": the idiom is X's judgement of Y, not a deed X warns of
                comp = None
        if comp is None:
            comp = self._refused_gerund(tok)
        if comp is not None:
            clause_reading = self._clause_reading(tok, comp, ments)
            if clause_reading is not None:
                return clause_reading
        frame_entry = match_entry(tok, self.lexicon, ("F",)) if comp is not None else None
        if (
            frame_entry is not None
            and comp is not None
            and frame_entry.frame in ("demand", "appeal")
            and reports_a_deed(comp)
            and not object_children(tok)
            and not _demanded_subjunctive(tok, comp)
            and ordered_patient(comp)
            is None  # ("ordered the Sixth Fleet moved to ...": a command's small clause)
        ):
            # "insisted that its coast guard had expelled the vessels": a deed said to be done, not asked for
            # (a verb with an addressee keeps its frame: "asked the Council for a meeting on the day troops
            # crossed ...", where the parser hangs the later clause on the verb)
            return None
        if frame_entry is None and comp is not None and self._wished_of(tok, comp, ments):
            # "Baku wants Yerevan to change its constitution": what one wants another party to do is demanded
            frame_entry = Entry("F", frame_code("demand"), low, frame="demand")
        if frame_entry is None and comp is not None and self._directive(tok, comp, ments):
            # "told Iran to stop enriching uranium": telling an addressee to act is a demand on it
            frame_entry = Entry("F", frame_code("demand"), low, frame="demand")
        if frame_entry is None and comp is not None:
            # "implored X to approve aid", "exhorted that X withdraw": any verb of appeal or demand (its reading
            # an 02 or 10 code) with an addressee and a "to" clause, or a bare "that" clause, frames the deed
            frame_entry = self._appealed(tok, comp, ments)
        if frame_entry is None and comp is not None and self._authorised_force(tok, comp) is not None:
            # "authorised President Putin to use the armed forces in Syria", "empowered the army to pursue the rebels":
            # an authorised deed of force is a threat, as a vowed one is (frames45)
            frame_entry = Entry("F", frame_code("threat"), low, frame="threat")
        sent: Token | None = None  # (the verb of sending whose purpose is the deed authorised: folded in)
        if frame_entry is None and authorising(tok) and self._own_authorised(tok, ments):
            sent = comp if comp is not None else self._authorised_sending(tok)
            aided = self._authorised_aid(sent)
            if aided is not None:
                # "authorised the government to send army engineers to Iraq to help the coalition", "authorised the
                # sending of troops to Iraq to help rebuild the country": an authorised deed of aid or cooperation by
                # the authoriser's own side is a commitment to it, intended as "agreed to" is (promise47)
                comp = aided
                frame_entry = Entry("F", frame_code("intent"), low, frame="intent")
        if (
            frame_entry is None
            and comp is not None
            and comp.dep_ == "ccomp"
            and deciding(tok)
            and _future(comp)
        ):
            # "settled on Wednesday that Czechoslovakia will cease to exist", "resolved that a Commonwealth would take
            # the place of the Soviet Union": a verb of deciding frames its "that" clause of what is to be as "decided
            # that" does (the intent frame); "resolved that the union is dissolved" states what the resolution does
            # (talk46)
            frame_entry = Entry("F", frame_code("intent"), low, frame="intent")
        if frame_entry is not None and comp is not None and _purpose_of_own_deed(tok, comp, self.lexicon):
            # "began refusing food to force the authorities to ...", "ordered paratroopers into Little Rock to
            # enforce ...": the verb with its object is a deed of its own and the "to" clause after that object
            # is the deed's purpose, not what a frame of refusal or demand governs
            frame_entry = None
        if frame_entry is not None and comp is not None and self._oath_of_office(tok, comp):
            # "swore to govern Norway according to its constitution", "swore to observe the constitution and the
            # laws": an oath of office threatens no one and promises no deed to another (promise47)
            return None
        if frame_entry is not None and comp is not None and phrasal_refusal(tok, comp, self.lexicon):
            # "voted down a motion to let American troops in": "vote down" is a rejection of the motion, the "to"
            # clause the motion's own (refuse44)
            frame_entry = None
        if frame_entry is not None and comp is not None:
            framed = self._frame_candidate(tok, frame_entry, comp, ments)
            if framed is not None and sent is not None and sent.pos_ == "VERB":
                framed.consumed.add(sent.i)
            return framed
        if tok.pos_ == "ADJ":
            return self._adjective_candidate(tok, ments)
        undergone = self._undergone(tok, ments)
        if undergone is not None:
            return undergone
        happened = self._occurrence(tok, ments)
        if happened is not False:
            return happened if isinstance(happened, Candidate) else None
        for obj in object_children(tok):
            # A light verb with a frame noun: "issued a demand that ...", "made an offer to ..."
            noun_frame = match_entry(obj, self.lexicon, ("F",)) if obj.pos_ == "NOUN" else None
            noun_comp = complement(obj) if noun_frame is not None else None
            if noun_frame is not None and noun_comp is not None and _enacted_content(tok, obj):
                continue  # ("issued an order freezing Japanese assets": the instrument's deed, not a demand; enact40)
            if noun_frame is not None and noun_comp is not None and is_light(tok, self.lexicon):
                return self._frame_candidate(obj, noun_frame, noun_comp, ments)
        announced = self._announced_end(tok, ments) or self._kept_mobilised(tok, ments)
        if announced is not None:
            return announced
        approved = self._approved_force(tok, ments)
        if approved is not None:
            return approved
        yielded = self._yielded_cut(tok, ments)
        if yielded is not None:
            return yielded
        if tok.dep_ == "xcomp" and any(_dated_cause(c) for c in tok.head.children):
            # ("Thursday's signing of a boundary agreement by X and Y is to let the two states swap enclaves": what a
            # deed done is to bring about is no deed of its parties; the deed noun is the news; talk46)
            return None
        entry = _armed_reading(tok, match_entry(tok, self.lexicon, ("V",)))
        if entry is not None and entry.derived and self._aspect_deed(tok) is not None:
            # "American warships began escorting Kuwaiti tankers": a verb of beginning or going on whose open clause
            # has a hand reading of its own tells that deed; the dictionary's pattern for the aspect verb ("weapons
            # began": 194) is no deed of its own (force45)
            return None
        if entry is not None and entry.code == "054" and recognised_sum(tok, ments):
            # ("Volkswagen recognised provisions of 6.7 billion euros in its accounts": a sum booked, no recognition
            # of a party; honour48)
            return None
        honoured = self._honour_given(tok, entry, ments)
        if honoured is not None:
            return honoured
        left = self._body_left(tok, entry, ments)
        if left is not None:
            return left
        onslaught = self._onslaught(tok, entry, ments)
        if onslaught is not None:
            return onslaught
        if (
            entry is not None
            and entry.code == "190"
            and onslaught_verb(tok)
            and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in tok.children)
            and paraded(tok)
        ):
            # "Soviet tanks and rocket carriers rolled across Red Square in the parade marking the anniversary":
            # forces moving in a parade strike no one; the verb's readings of force give way (a parade of another
            # state's is still read as cooperation below; a deed done to someone at a parade, "shot by soldiers at a
            # military parade", keeps its reading; motion46)
            entry = None
        if (
            low in coder_words().refuge_verbs or low in coder_words().refuge_taking_verbs
        ) and not _handover_entry(entry):
            # "a Royal Air Force helicopter lifted Archbishop Makarios out of Paphos", "the British cruiser embarked
            # the Emperor": a person carried away by another party's craft is given refuge (deeds38)
            refuge = self._refuge_reading(tok, ments, entry)
            if refuge is not None:
                return refuge
        if low in journey_destinations() and _motion_family(entry) and joint_marked(tok):
            # "NASA and Russia's space agency began flying together", "sailed side by side": a journey made together
            # is the parties' cooperation before it is a visit (joint40)
            joint = self._joint_deed(tok, entry, ments)
            if joint is not None:
                return joint
        cast = self._weapon_cast(tok, entry, ments)
        if cast is not None:
            return cast
        if low in coder_words().supply_carrying_verbs and (
            entry is None
            or entry.derived
            or entry.no_event
            or _motion_family(entry)
            or entry.code[:2] == "07"
        ):
            # "sacks of grain were dropped from RAF transports to villages in northern Ethiopia": goods carried,
            # told in the passive, are their delivery; the giver is the agent, the craft or the party on the goods
            # (cargo42)
            carried = self._supply_carried(tok, ments)
            if carried is False:
                # goods bought or sold, carried: a trade, which the selling verb's own reading codes
                return None
            if isinstance(carried, Candidate):
                return carried
            if entry is None or entry.derived or entry.no_event or _motion_family(entry):
                # "American transports flew tons of arms and ammunition into Amman for King Hussein's army": goods
                # carried in the active voice, their class read through a load or a quantity ("tons of", "sacks of"),
                # where no hand reading of the verb names them (none48)
                delivered = self._supply_sent(tok, ments)
                if delivered is not None:
                    return delivered
        if low in coder_words().supply_arrival_verbs and (
            entry is None or entry.derived or entry.no_event or _motion_family(entry)
        ):
            # "the first German Leopard 2 tanks have arrived in Ukraine", "Galaxy transports landed at Lod with
            # ammunition for Israel": supplies arriving are their delivery, whose giver
            # is named on them (a hand reading of the verb otherwise keeps deciding: "an aid convoy reached the town",
            # "warships docked in Havana for a visit"; the no-event line for goods arriving holds where no giver is
            # named; aid40)
            arrival = self._supply_arrival(tok, ments)
            if arrival is not None:
                return arrival
        if _setting_out(tok):
            # "set out its objections in a statement": the noun of speech set out is the act, before the verb's
            # reading as a journey ("set out for Tientsin") or the dictionary's (background50)
            set_out = light_object(tok, self.lexicon)
            if (
                set_out is not None
                and _set_out_utterance(tok, set_out[1], set_out[0])
                and not countered_deed(set_out[1])
            ):
                return self._make(tok, set_out[0], [tok, set_out[1]], ments, consumed={set_out[1].i})
        if low in journey_destinations() and _motion_family(entry):
            # "Sadat went to Jerusalem", "Gorbachev reached Havana", "the delegation went home": one reading for
            # the verbs of going and coming (motion36)
            return self._motion_reading(tok, entry, ments)
        placed = self._placed_force(tok, entry, ments)
        if placed is not None:
            return placed
        # A light verb's noun decides over the verb's default and over the dictionary's patterns for it
        # ("expanded their cooperation"); a hand entry of its own with an object decides for itself.
        light_word = _setting_out(tok) or any(
            lemma in coder_words().light_verbs for lemma in lemma_forms(tok)
        )
        light_first = entry is None or entry.specificity == 0 or (entry.derived and light_word)
        light_noun = light_object(tok, self.lexicon) if light_first else None
        if light_noun is not None and _enacted_content(tok, light_noun[1]):
            # ("issued an order on Friday expelling 105 diplomats": the order's deed is told; enact40)
            light_noun = None
        if light_noun is not None:
            noun_entry, noun = light_noun
            # ("deter Russian strikes": a deed another actor does is countered, not done by the verb's subject)
            if (
                is_light(tok, self.lexicon)
                or _voted_utterance(tok, noun, noun_entry)
                or _set_out_utterance(tok, noun, noun_entry)
            ) and not countered_deed(noun):
                if noun.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in tok.children):
                    # "Russia's delivery of jets to Serbia was completed": with no agent, the noun names its
                    # own doer and target; the verb only says it was done
                    own = self._make(noun, noun_entry, [tok, noun], ments, consumed={noun.i})
                    if own is not None and own.source:
                        own.modality_token = tok
                        return own
                onset = onset_codes().get(noun_entry.code)
                if onset is not None and any(
                    lemma in coder_words().onset_verbs for lemma in lemma_forms(tok)
                ):
                    noun_entry = replace(noun_entry, code=onset)  # "began talks with X": negotiation, 046
                return self._make(tok, noun_entry, [tok, noun], ments, consumed={noun.i})
        if entry is None or entry.no_event or (entry.specificity == 0 and plover(entry.code) is None):
            # (a bare reading of the verb's own that names an event decides: "dismissed the ruling as null and void"
            # rejects it, 12x; a bare statement, "described" 010, does not)
            voiced = self._voiced_judgement(tok, ments) or self._epithet(tok, ments)
            if voiced is not None:
                return voiced
        if (
            entry is None
            or entry.derived
            or entry.implied
            or (entry.no_event and not entry.constraints)
            or _use_of_no_event(entry)
            or entry.code[:2] == "15"
            # ("began charging a common external tariff": a fee charged is no event for one party, a tariff the
            # parties share is their cooperation; background50)
            or (entry.no_event and joint_object(tok, self.lexicon) is not None)
        ):
            # (a show of force made together, "jointly tested the interceptor", is an exercise of the two: 062; a
            # no-event reading with constraints is meant, "the summit brought together the leaders")
            joint = self._joint_deed(tok, entry, ments)
            if joint is not None:
                return joint
        if (
            self.condition_backoff
            and (entry is None or (entry.no_event and not entry.constraints))
            and tok.dep_ == "ROOT"
        ):
            # (opt-in) "Turkey purchased four S-400 batteries": a reading whose frame holds but whose noun the entry does
            # not list, when it is the verb's only reading of that frame (match.backoff_entry), as a weaker reading, at
            # the sentence's main verb only (in subordinate clauses the development sets gave ten wrong for one right).
            # Off by default: the development sets gain nothing, plain uses read as events (cond35)
            entry = backoff_entry(tok, self.lexicon) or entry
        if entry is None or entry.no_event or (entry.derived and entry.code[:2] not in ("02", "10")):
            # "turned to Britain for troops", "looked to India for helicopters": a verb of recourse with a party
            # it turns to and a thing asked for is an appeal for that thing (will48)
            asked = self._recourse_appeal(tok, ments)
            if asked is not None:
                return asked
        if entry is None:
            return None
        if entry.code[:3] == "041":
            named = self._condemning_name(tok, ments)
            if named is not None:
                return named
        if entry.code[:3] == "041" and any(c.dep_ == "oprd" for c in tok.children):
            # "called Donald Trump a dotard", "called the deal a step forward": a naming (its epithet, when the
            # lexicon knows it, reads as praise or criticism), never a telephone call
            return None
        if plover(entry.code) is None:
            return self._reported(tok, ments)
        said = [
            c
            for c in tok.children
            if c.dep_ == "ccomp"
            and not infinitive(c)
            and not mistagged_bare_clause(c)
            and not relative_as_complement(c)  # ("detained X on Monday whom they accused ...")
        ]
        if (
            # (or one read by its preposition alone: "protested to the Allies that ...", "protested before the League
            # Council that Italy was preparing to invade": talk22)
            (entry.specificity == 0 or all(key in ("comp", "prep", "pp") for key, _ in entry.constraints))
            and said
            and entry.code[:2] == "11"
        ):
            # "Greece complained that Turkish jets had violated its airspace", "Ukraine charged that Russian troops
            # were fighting there": a verb of disapproval with a "that" clause is the complaint or the charge
            # (CAMEO 11), aimed at the one addressed or else at the doer of what is charged; the clause is its
            # content, not a deed told as done
            cand = self._make(tok, entry, [tok], ments, consumed={t.i for t in said[0].subtree})
            charged = [
                i for i in self.roles.subject(said[0], ments, climb=False) if cand and i not in cand.source
            ]
            if cand is not None and charged:
                cand.target = charged  # ("complained to the Council that India had ...": India is charged)
            if cand is not None and cand.source:
                return cand
        if entry.specificity == 0 and said:
            # "demonstrated that ...", "protested that ...": the verb reports or shows, it does not act.
            return self._reported(tok, ments)
        if entry.judged:
            return self._judged(tok, entry, ments)
        if any(lemma in coder_words().experiencer_verbs for lemma in lemma_forms(tok)):
            return self._felt(tok, entry, ments)
        if (
            entry.code[:2] in ("02", "10")
            and any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and infinitive(c) for c in tok.children)
            and _thing_subject(tok, ments)
        ):
            return None  # ("the crisis pushed X to sign ...": no one demands; the deed driven to is X's own)
        cand = self._make(tok, self._refined_by_object(tok, entry), [tok], ments)
        if (
            cand is not None
            and entry.pair
            and len(ments.codes(cand.source + cand.target)) < 2
            and not (entry.reciprocal and len(cand.source) > 1)
        ):
            # (two people of one country talking together are a pair too: "Mandela and de Klerk talked about ...")
            fellows = self._fellows(tok, ments)
            if not fellows or len(ments.codes(cand.source + fellows)) < 2:
                return None  # ("Turkey inaugurated a new airport": a work opened by one party alone is no cooperation)
            # ("the Queen opened the tunnel beside the French president": the partner of another state makes the
            # pair, a doer of the deed as the one named first; joint42)
            cand.source = [*cand.source, *(i for i in fellows if i not in cand.source)]
            cand.target = []
            cand.reciprocal = True
        return cand

    def _recourse_appeal(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Kuwait turned to Britain for troops", "the government looked to India for helicopters": a verb of
        recourse (data: `recourse_verbs`, the WordNet senses "have recourse to or make an appeal or request for help
        to" and "look to your friends for support") with a party in its "to" phrase and a thing asked for in its
        "for" phrase is an appeal to that party (02x), coded by what is asked as the lexicon reads it as the object
        of a verb of asking (data: `asking_readers`: "sought troops" 0234, "sought a loan" 0211, "requested arms"
        0232). A "for" phrase the lexicon reads no request of ("turned to Lahore for fuel"), a verb with an object
        or a particle ("turned the ship", "turned out"), and a "to" phrase that names no party ("turned to
        disarmament") are none. Issue 9, forty-eighth session (will48)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in coder_words().recourse_verbs:
            return None
        if any(c.dep_ in ("dobj", "prt", "dative") for c in tok.children):
            return None
        tos = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"]
        asked_of = [i for p in tos for i in pobj_actors(p, ments)]
        if not asked_of:
            return None
        # (the "for" phrase on the verb, or hung by the parser on the party turned to: "turned to the IMF for a loan")
        fors = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for"]
        fors += [
            q
            for p in tos
            for o in p.children
            if o.dep_ == "pobj"
            for q in o.children
            if q.dep_ == "prep" and q.lower_ == "for"
        ]
        asked: list[tuple[Token, Token | None]] = [
            (n, None) for p in fors for n in p.children if n.dep_ == "pobj"
        ]
        # ("turned to King Hassan for troops to drive the invaders out": the thing asked is the subject of a "for ...
        # to" clause, whose deed is what it is asked for, not done)
        asked += [
            (n, c)
            for c in tok.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for n in c.children
            if n.dep_ == "nsubj"
        ]
        for noun, clause in asked:
            code = self._asked_code(noun)
            if code is None:
                continue
            cand = self._make(tok, Entry("V", code, tok.lemma_.lower()), [tok], ments)
            if cand is None or not cand.source:
                return None
            cand.target = [i for i in asked_of if i not in cand.source]
            if clause is not None:
                cand.consumed.add(clause.i)
            return cand if cand.target else None
        return None

    def _asked_code(self, noun: Token) -> str | None:
        """The appeal code (02x) the lexicon gives a verb of asking (`asking_readers`) with `noun` as its object
        ("troops" 0234, "a loan" 0211, "arms" 0232), from its readings constrained by the object alone; None when
        none holds."""
        forms = set(lemma_forms(noun))
        words: dict[str, set[str]] = {key: set() for key in _WORD_KEYS}
        words["dobj"] = forms
        words["obj"] = forms | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        found: list[Entry] = []
        for verb in sorted(coder_words().asking_readers):
            for entry in self.lexicon.lookup("V", verb):
                if entry.code[:2] != "02" or not entry.constraints:
                    continue
                if any(key not in ("obj", "dobj") for key, _ in entry.constraints):
                    continue
                if satisfies(entry, words):
                    found.append(entry)
                    break
        if not found:
            return None
        # (the hand reading before a derived one, then the most specific code: "a loan" is sought economic
        # cooperation, 0211, before it is aid asked for, 023)
        return min(found, key=lambda e: (e.derived, -len(e.code))).code

    def _resolution_content(self, tok: Token) -> Token | None:
        """The -ing verb of a resolution or a motion a verb adopts ("adopted a resolution [condemning] X", "voted for a
        motion [calling] for Y") when the lexicon reads it as a deed (data: `resolution_nouns`)."""
        texts = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
        texts += prep_objects(tok, ("for",))
        for text in texts:
            if text.lemma_.lower() not in coder_words().resolution_nouns:
                continue
            for clause in text.children:
                if clause.dep_ != "acl" or clause.tag_ != "VBG":
                    continue
                entry = match_entry(clause, self.lexicon, ("V", "F"))
                if entry is not None and (entry.kind == "F" or plover(entry.code) is not None):
                    return clause
        return None

    def _no_interest(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "said it had no interest in joining talks with X", "showed no appetite for talks": a party's want of a
        deed denied is its refusal of the deed (12x by the deed, as "refused to join" is); a want not denied is
        none (data: `disinterest_nouns`)."""
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        for noun in object_children(tok):
            if noun.dep_ != "dobj" or noun.lemma_.lower() not in coder_words().disinterest_nouns:
                continue
            denied = _negated(tok) or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            if not denied:
                continue
            # ("showed no appetite in May 2021 for a referendum": the parser may hang the phrase on the verb)
            later = [c for c in tok.children if c.i > noun.i]
            for prep in [*noun.children, *later]:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "for"):
                    continue
                deeds = [
                    c
                    for c in prep.children
                    if c.dep_ in ("pcomp", "pobj")
                    and c.pos_ in ("VERB", "NOUN")
                    and c.ent_type_ not in ("DATE", "TIME")
                ]
                if not deeds:
                    continue
                entry = Entry("F", frame_code("reject"), noun.lemma_.lower(), frame="reject")
                cand = self._frame_candidate(noun, entry, deeds[0], ments)
                if cand is None:
                    return None
                cand.trigger = tok
                cand.words = [tok, *(w for w in cand.words if w.i != tok.i)]
                cand.consumed.update({noun.i, deeds[0].i})
                cand.refusal = True  # (the want is denied; the refusal itself is stated)
                if not cand.source:
                    cand.source = self.roles.subject(
                        tok, ments
                    )  # ("showed no appetite for": the verb's subject)
                    cand.target = [i for i in cand.target if i not in cand.source]
                return cand if cand.source else None
        return None

    def _refused_gerund(self, tok: Token) -> Token | None:
        """ "ruled out on Wednesday sending troops", "resisted sending tanks": the gerund a frame of refusal takes
        as its object, which the parser may hang on the verb as an adverbial clause (no comma before it, no
        subordinator, no subject of its own); None when the verb is no frame of refusal."""
        for gerund in tok.children:
            if (
                gerund.dep_ == "advcl"
                and gerund.tag_ == "VBG"
                and gerund.i > tok.i
                and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in gerund.children)
                and not any(t.is_punct for t in tok.doc[tok.i + 1 : gerund.i])
            ):
                entry = match_entry(tok, self.lexicon, ("F",))
                return gerund if entry is not None and entry.frame == "reject" else None
        return None

    def _held_place(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Afrin, a town controlled by Turkey and its proxies": a participle of holding with an agent,
        qualifying a named place, is the agent's occupation of the country the place lies in (data:
        `holding_participles`, `holding_codes`)."""
        passive = "auxpass" in [c.dep_ for c in tok.children]
        if (
            (tok.dep_ != "acl" and not passive)
            or tok.tag_ != "VBN"
            or tok.lemma_.lower() not in clause_words().holding_participles
        ):
            return None  # ("Afrin, a town controlled by X"; "Crimea has been held by X since 2014")
        if not any(c.dep_ == "agent" for c in tok.children) or not self.roles.qualified_place(tok, ments):
            return None
        own = match_entry(tok, self.lexicon, ("V",))
        if own is not None and not own.derived and own.constraints:
            return None  # ("two Canadians were held by China": a hand reading of what is held comes first)
        (code,) = sorted(clause_words().holding_codes)[:1]
        cand = self._make(tok, Entry("V", code, tok.lemma_.lower()), [tok], ments)
        if cand is not None:
            cand.target = [i for i in self.roles.qualified_place(tok, ments) if i not in cand.source]
            holders = ments.codes(cand.source)
            if not cand.target or ments.codes(cand.target) <= holders:
                return None  # ("Kyiv was held by Ukraine": holding one's own ground is no occupation)
        return cand

    def _elicited(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Israel's sale of drones to Azerbaijan drew criticism from Iran", "Turkey shot down a Russian jet,
        triggering sanctions from Moscow": a verb of eliciting (data: `eliciting_verbs`) with a reaction noun
        and a "from" phrase is the reaction, done by the party of that phrase to the doer of the subject, or
        of the deed the subject names. So is a verb of receiving (`receiving_verbs`: "X faced condemnation from Y", "the
        decision met with sharp criticism from Z", the noun of "meet" in its "with" phrase) with a noun of a spoken
        reaction (`reaction_codes`; condemn45)."""
        words = clause_words()
        lemmas = lemma_forms(tok)
        eliciting = not words.eliciting_verbs.isdisjoint(lemmas)  # (no generator step per form; speed49)
        if not eliciting and words.receiving_verbs.isdisjoint(lemmas):
            return None
        noun = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if noun is None and not eliciting:
            noun = next(iter(n for n in prep_objects(tok, ("with",)) if n.pos_ == "NOUN"), None)
        if noun is None:
            return None
        entry = match_entry(noun, self.lexicon, ("N",))
        if entry is None or plover(entry.code) is None:
            return None
        if not eliciting and not _reaction_code(entry.code):
            return None  # ("received aid from Y", "faced fire from Y": read by their own rules)
        source = [i for head in (noun, tok) for i in prep_actors(head, ("from",), ments)]
        if not source:
            return None
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not eliciting and self._armed_against_armed(subjects, [noun, tok]):
            # ("Soviet troops faced opposition from Afghan rebels": forces that meet opposition or resistance from
            # armed men meet fighting, not a spoken reaction; review45)
            return None
        if subjects:
            target = [
                i
                for subj in subjects
                for i in (
                    (noun_agent(subj, ments, self.lexicon) if subj.pos_ == "NOUN" else [])
                    or actors_under(subj, ments, skip=frozenset({"relcl", "acl"}))
                )
            ]
        else:
            target = self.roles.subject(tok, ments)  # (a participle: the main clause's doer)
        cand = Candidate(tok, entry, entry.code, [tok, noun], source, [i for i in target if i not in source])
        cand.consumed = {noun.i}
        return cand

    def _armed_against_armed(self, subjects: list[Token], heads: list[Token]) -> bool:
        """Whether a subject names armed forces (`_armed`) and so does a "from" phrase on one of `heads` (forces, or
        irregulars: rebels, militias, guerrillas)."""
        irregular = self.lexicon.classes.get("irregular", frozenset())
        return any(_armed(s, self.lexicon) for s in subjects) and any(
            _armed(p, self.lexicon) or p.lemma_.lower() in irregular
            for h in heads
            for p in prep_objects(h, ("from",))
        )

    def _conditional_demand(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Turkey said it would ratify X only after Stockholm cracked down on Y": a deed of one's own to come,
        made to wait on another party's deed, demands that deed of that party (10x; data:
        `condition_demand_marks`, `condition_restrictors`). The demand is stated, whatever the deeds' own
        modality."""
        if tok.dep_ != "advcl" or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        marks = [c for c in tok.children if c.dep_ == "mark"]
        if not marks or marks[0].lower_ not in coder_words().condition_demand_marks:
            return None
        before = tok.doc[max(0, marks[0].i - 2) : marks[0].i]
        if not any(t.lower_ in coder_words().condition_restrictors for t in before):
            return None
        main = tok.head
        auxes = {a.lower_ for a in main.children if a.dep_ == "aux"}
        if not auxes & coder_words().future_aux:
            return None  # ("X acted only after Y had acted": a sequence of deeds, no condition put)
        source = self.roles.subject(main, ments)
        target = self.roles.subject(tok, ments, climb=False)
        if not source or not target or ments.codes(target) & ments.codes(source):
            return None
        inner = match_entry(tok, self.lexicon, ("V",))
        inner_code = inner.code if inner is not None and plover(inner.code) else None
        code = refine("demand", inner_code)
        entry = Entry("F", frame_code("demand"), tok.lemma_.lower(), frame="demand")
        cand = Candidate(tok, entry, code, [tok], source, target)
        cand.modality_token = main
        cand.refusal = True  # (the main deed is only to come; the condition put on the other is stated)
        return cand

    def _purposed_inquiry(self, verb: Token, ments: Mentions) -> Candidate | None:
        """ "An advance team of United Nations observers arrived in Damascus to begin monitoring the ceasefire",
        "monitors deployed across Aceh to oversee the handover of weapons": a body that goes or is sent somewhere for a
        purpose of examining or watching over does that inquiry (090; `purposes.purposed_inquiry`), not a visit or a
        deployment. Forces moved so ("sent troops to monitor the border") are left to the readings of forces, and a
        verb the lexicon reads as an inquiry by its object ("sent inspectors") keeps that reading; the body goes by
        itself (the verb's subject, or the noun a participle hangs on)."""
        purpose = purposed_inquiry(verb, self.lexicon)
        if purpose is None:
            return None
        forces = self.lexicon.classes.get("force", frozenset())
        movers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
        if any(m.lemma_.lower() in forces for m in movers):
            return None
        subject = any(c.dep_ == "nsubj" for c in verb.children)
        if not subject and verb.dep_ not in ("acl", "relcl"):
            # (a body sent, "UN experts were sent to investigate ...": the purpose's own reading names the inquiry
            # and the body as its doer)
            return None
        cand = self._make(verb, Entry("V", "090", verb.lemma_.lower()), [verb], ments)
        if cand is not None and not [i for i in cand.target if i not in cand.source]:
            # ("UN experts were sent to investigate the alleged use of chemical weapons near Damascus, Syria": with
            # no place gone to, the parties the purpose names are what the inquiry looks into)
            cand.target = [i for i in actors_under(purpose, ments) if i not in cand.source]
        return cand

    def _protest_adjunct(self, noun: Token, ments: Mentions) -> Candidate | None:
        """ "Thousands of Georgians danced outside parliament in protest at police raids": a deed the lexicon gives
        no reading, done "in protest", is a demonstration by its doer (141; data: `protest_adjunct_nouns`). A verb
        with a reading of its own keeps it ("resigned in protest", "marched in protest")."""
        prep = noun.head
        if noun.dep_ in ("npadvmod", "appos") and prep.pos_ == "VERB":
            prep = (
                noun  # ("splashed their own blood on the gates, a ritual protest": the deed named a protest)
            )
        elif noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            return None
        else:
            # ("shone lasers at the museum on Wednesday night in protest": the parser may hang the phrase on the
            # noun of a phrase of time or place before it)
            for _ in range(2):
                if prep.head.pos_ == "VERB" or prep.head.dep_ != "pobj" or prep.head.head.dep_ != "prep":
                    break
                prep = replace_head(prep)
            if prep.head.pos_ != "VERB":
                return None
        verb = prep.head
        if verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" and not _has_subject(verb):
            verb = (
                verb.head
            )  # ("went on to sing in protest"; "danced to techno music in protest", parsed as a clause)
        # ("kept their shutters down in a hartal", "left their cars in the streets in a strike": a strike's doers strike
        # whatever the verb reads elsewhere, when they are people and not a state's agents; deeds24)
        strike = noun.lemma_.lower() in coder_words().strike_adjunct_nouns and _people_subject(
            verb, ments, self.lexicon
        )
        if noun.lemma_.lower() not in coder_words().protest_adjunct_nouns and not strike:
            return None
        for deed in {prep.head, verb}:
            own = match_entry(deed, self.lexicon, ("V", "F"))
            if (
                own is not None
                and own.code != "---"
                and not own.implied
                and plover(own.code) is not None
                and (not strike or own.code[:2] == "14")
            ):
                return None
            if any(lemma in coder_words().light_verbs for lemma in lemma_forms(deed)):
                return None  # ("held a rally in protest": the light verb's noun decides)
        if not _has_subject(verb):
            return None
        entry = Entry("V", "143" if strike else "141", verb.lemma_.lower())
        return self._make(verb, entry, list({verb.i: verb, prep.i: prep, noun.i: noun}.values()), ments)

    def _clause_reading(self, tok: Token, comp: Token, ments: Mentions) -> Candidate | None:
        """ "ordered the Asians to leave the country", "forced ethnic Turks to leave the country": a hand entry
        that reads the verb together with the clause it governs (`comp=`, naming the clause's verb) is the deed
        itself (an expulsion, 174), before the verb's frame (a demand) is tried."""
        if match_entry(tok, self.lexicon, ("F",)) is None and not self._directive(tok, comp, ments):
            return None  # (a verb with no frame reads its entries as every verb does: "allowed X to use Y")
        entry = match_entry(tok, self.lexicon, ("V",))
        if entry is None or entry.derived or entry.allowed("comp") is None or plover(entry.code) is None:
            return None
        return self._make(tok, entry, [tok, comp], ments, consumed={comp.i})

    def _directive(self, tok: Token, comp: Token, ments: Mentions) -> bool:
        """A verb of telling with an addressee that names an actor and a "to" clause ("told X to leave", "dared X
        to meet him", "challenged X to negotiate"; data: `directive_verbs`): "X did not dare to act" has none."""
        if not any(lemma in coder_words().directive_verbs for lemma in lemma_forms(tok)):
            return False
        if comp.dep_ not in ("xcomp", "ccomp") or not infinitive(comp):
            return False
        if comp.dep_ == "ccomp":
            # ("dared Putin to meet him": the parser may make the addressee the subject of the "to" clause)
            return any(c.dep_ == "nsubj" and actors_under(c, ments) for c in comp.children)
        return any(c.dep_ in ("dobj", "dative") and actors_under(c, ments) for c in tok.children)

    def _wished_of(self, tok: Token, comp: Token, ments: Mentions) -> bool:
        """A verb of wanting whose "to" clause has another party as its doer ("wants Yerevan to change ...",
        "expects Israel to allow ..."; data: `wishing_verbs`)."""
        if not any(lemma in coder_words().wishing_verbs for lemma in lemma_forms(tok)) or not infinitive(
            comp
        ):
            return False
        doers = [c for c in comp.children if c.dep_ == "nsubj"] + [
            c for c in tok.children if c.dep_ == "dobj"
        ]
        others = [i for d in doers for i in actors_under(d, ments)]
        own = ments.codes(self.roles.subject(tok, ments))
        return bool(own) and bool(others) and not ments.codes(others) <= own

    def _appealed(self, tok: Token, comp: Token, ments: Mentions) -> Entry | None:
        """A frame for a verb of appeal or demand that has no frame entry of its own ("begged", "implored",
        "entreated", "exhorted", "counselled" X to V; "decreed that X V"): a verb whose reading is an appeal (02)
        or a demand (10) and that governs another party's deed, named as its addressee with a "to" clause or as
        the subject of a bare "that" clause, appeals for or demands that deed, as "urge" and "demand" do."""
        if tok.pos_ != "VERB":
            return None
        entry = match_entry(tok, self.lexicon, ("V",))
        if entry is None or entry.code[:2] not in ("02", "10"):
            return None
        if any(lemma in coder_words().light_verbs for lemma in lemma_forms(tok)):
            return None  # ("extended an invitation to X to visit": the light verb's noun decides)
        if any(lemma in coder_words().driving_verbs for lemma in lemma_forms(tok)):
            return None  # ("pushed Kyiv to negotiate": the one pushed does the deed)
        if infinitive(comp):
            addressed = any(
                c.dep_ in ("dobj", "dative") and actors_under(c, ments) for c in tok.children
            ) or (
                comp.dep_ == "ccomp"
                and any(c.dep_ == "nsubj" and actors_under(c, ments) for c in comp.children)
            )
        else:
            addressed = (
                comp.dep_ == "ccomp"
                and not reports_a_deed(comp)
                and not any(c.dep_ == "aux" for c in comp.children)
                and any(c.dep_ == "nsubj" and actors_under(c, ments) for c in comp.children)
            ) or _mandative_clause(comp)
        if not addressed:
            return None
        frame = "appeal" if entry.code[:2] == "02" else "demand"
        return Entry("F", entry.code, tok.lemma_.lower(), frame=frame)

    def _adjective_candidate(self, tok: Token, ments: Mentions) -> Candidate | None:
        """A predicate adjective with its preposition ("X is critical of Y", "X was hostile to Y"): the
        stance of the copula's subject toward the preposition's object. Only hand entries that name the
        preposition hold ("V 111 critical prep=of"); an adjective alone is no event."""
        if tok.dep_ not in ("acomp", "ROOT", "conj") or (tok.dep_ == "conj" and tok.head.dep_ != "acomp"):
            return None
        entry = match_entry(tok, self.lexicon, ("V",))
        if entry is None or entry.derived or plover(entry.code) is None:
            return None
        if not any(key == "prep" for key, _ in entry.constraints):
            return None
        cand = self._make(tok, entry, [tok], ments)
        if cand is not None and not cand.source:
            holder = tok.head if tok.dep_ == "acomp" else tok
            cand.source = [i for i in self.roles.subject(holder, ments) if i not in cand.target]
        return cand

    def _undergone(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "X came under attack from Y", "fell under heavy shelling", "was under fire from Y": the passive of a
        fighting noun (a reading of roots 18-20 of its own, or the verb's own reading under it: "came under fire")
        in an "under" phrase of a verb of being or coming (`coder_words.json` undergoing_verbs). The subject
        undergoes the deed (the target); a "from" or "by" phrase on the verb or the noun names its doer (the
        source). Forces coming ashore or into a place under fire fight their way in (`landing_marks`): the
        verb's own reading holds."""
        words = coder_words()
        if tok.pos_ not in ("VERB", "AUX") or not any(
            lemma in words.undergoing_verbs for lemma in lemma_forms(tok)
        ):
            return None
        if any(c.lower_ in words.landing_marks for c in tok.children if c.dep_ in ("advmod", "prep", "prt")):
            return None
        for under in tok.children:
            if under.dep_ != "prep" or under.lower_ != "under":
                continue
            for noun in under.children:
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                    continue
                entry = match_entry(noun, self.lexicon, ("N",))
                if entry is None or entry.code[:2] not in ("18", "19", "20") or plover(entry.code) is None:
                    verb_entry = match_entry(tok, self.lexicon, ("V",))
                    if verb_entry is None or verb_entry.code[:2] not in ("18", "19", "20"):
                        continue
                    if not any(key == "pp" for key, _ in verb_entry.constraints):
                        continue
                    # ("came under fire": the verb's reading names the fire; read on the noun, not as a move)
                    entry = Entry("N", verb_entry.code, noun.lemma_.lower())
                if _grievance_phrase(tok) or _grievance_phrase(noun):
                    return None  # ("came under attack from Israel over the beatification": words, not force)
                cand = self._make(noun, entry, [tok, noun], ments)
                if cand is None:
                    return None
                cand.trigger, cand.modality_token = tok, tok
                cand.consumed.add(noun.i)
                source = [i for head in (tok, noun) for i in prep_actors(head, ("from", "by"), ments)]
                target = [i for i in self.roles.subject(tok, ments) if i not in source]
                if not target:
                    return None
                cand.source, cand.target, cand.reciprocal = source, target, False
                return cand
        return None

    def _occurrence(self, tok: Token, ments: Mentions) -> Candidate | bool | None:
        """ "Fighting between X and Y broke out", "clashes erupted", "the war began": a verb saying that the
        event its subject names happened carries no reading of its own. False when it is no such verb; None
        when the subject noun's own candidate carries the event (with the noun's parties, reciprocal when
        the noun is mutual); a candidate with the noun's reading when the tagger took the noun for a gerund."""
        particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
        words = coder_words().occurrence_verbs
        # ("fighting went on for three days", "the siege dragged on", "the battle raged on": a particle of going on
        # on a verb with no object says that what its subject names continued, whatever the verb; battles44)
        going_on = bool(set(particles) & coder_words().continuing_particles) and not object_children(tok)
        if not going_on and not any(
            lemma in words or f"{lemma} {p}" in words for lemma in lemma_forms(tok) for p in particles or [""]
        ):
            return False
        for subject in tok.children:
            if subject.dep_ != "nsubj" or subject.lemma_.lower() in coder_words().doer_nouns:
                continue  # ("calls for restraint began": a speech act's doer is the noun's business)
            if subject.pos_ == "NOUN":
                noun = match_entry(subject, self.lexicon, ("N",))
                if noun is None or plover(noun.code) is None or noun.light_only:
                    continue
                if any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children):
                    # "fighting broke out between X and Y": the parties hang on the verb
                    return self._make(tok, noun, [tok, subject], ments, consumed={subject.i})
                parties = (
                    boundary_parties(tok, ments)
                    or boundary_parties(subject, ments)
                    or _adjunct_between(tok, ments)
                )
                if parties:
                    # "fighting broke out along the border between X and Y": they fight each other; "fighting raged
                    # in Aleppo between X and Y": the parser hangs the phrase on the place or the time
                    cand = self._make(tok, noun, [tok, subject], ments, consumed={subject.i})
                    if cand is not None:
                        cand.source, cand.target, cand.reciprocal = parties, [], True
                    return cand
                return None
            elif subject.tag_ == "VBG":
                # "Fighting between X and Y broke out": the tagger takes the noun for a gerund
                plain = [e for e in self.lexicon.lookup("N", subject.lower_) if not e.constraints]
                if plain and plover(plain[0].code) is not None:
                    cand = self._make(tok, plain[0], [tok, subject], ments, consumed={subject.i})
                    parties = (
                        boundary_parties(tok, ments)
                        or boundary_parties(subject, ments)
                        or _adjunct_between(tok, ments)
                    )
                    if cand is not None and parties and not cand.source:
                        cand.source, cand.target, cand.reciprocal = parties, [], True
                    return cand
        return False

    def _judged(self, tok: Token, entry: Entry, ments: Mentions) -> Candidate | None:
        """An idiom that judges its own subject ("X said Y was adding fuel to the fire", "... that Y is
        playing with fire"): the reporter judges the clause's subject; with no reporter named the subject
        is judged by no one named (the idiom's subject is never its source)."""
        target = self.roles.subject(tok, ments, climb=False)
        source: list[int] = []
        clause = tok
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        concurring = coder_words().concurring_verbs
        if clause.dep_ == "ccomp" and any(
            lemma in reporting_verbs() or lemma in concurring for lemma in lemma_forms(clause.head)
        ):
            source = self.roles.subject(clause.head, ments)
        else:
            # "according to Beijing, Washington is playing with fire"
            source = [
                i
                for according in clause.children
                if according.dep_ == "prep" and according.lower_ == "according"
                for to in according.children
                if to.lower_ == "to"
                for i in pobj_actors(to, ments)
            ]
        target = [t for t in target if t not in source]
        if not target:
            return None
        return Candidate(tok, entry, entry.code, [tok], source, target)

    def _felt(self, tok: Token, entry: Entry, ments: Mentions) -> Candidate | None:
        """A verb of feeling whose object feels it ("the decision angered Beijing", "China was disappointed
        by the decision"): the one who feels it takes the stance toward the cause, so source and target
        turn round; one who only would feel it ("would be disappointed") takes no stance yet. With the
        feeler as subject ("X worries about Y") the roles stand as they are."""
        if (
            tok.tag_ == "VBN"
            and tok.dep_ in ("acl", "advcl", "amod")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
        ):
            # ("Protesters enraged by the disappearance of 43 students set fire to ...", "Enraged by the election of
            # Count Tisza, tens of thousands of workmen rioted", "Crowds angered by the arrests filled the bazaar": a
            # participle of feeling on the doers says why they act, no stance of its own; the sets give such a
            # participle no record; protest39)
            return None
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if not passive and not any(c.dep_ == "dobj" for c in tok.children):
            return self._make(tok, entry, [tok], ments)
        auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if auxes & (coder_words().future_aux | coder_words().possibility_aux):
            return None
        cand = self._make(tok, entry, [tok], ments)
        if cand is None:
            return None
        cand.source, cand.target = cand.target, cand.source
        return cand if cand.source else None

    def _refined_by_object(self, tok: Token, entry: Entry) -> Entry:
        """A verb's general reading made exact by its object noun's own entry of the same root ("sent
        military aid": 070 -> 072, "imposed an arms embargo"); the noun changes the root only between the
        two cooperations, by the kind of tie its modifier names ("strengthened trade relations": 061)."""
        if not entry.code.endswith("0") or len(entry.code) != 3:
            return entry
        objects = list(object_children(tok))
        # "a package [of military aid]", "a shipment [of arms]", "$300 million [in military aid]": the noun the
        # object measures out (data: `amount_preps`)
        objects += [
            p
            for o in objects
            for c in o.children
            if c.lower_ in coder_words().amount_preps
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(o.ent_type_ == "MONEY" or o.lemma_.lower() in coder_words().amount_nouns for o in objects):
            # ("delivered $300 million [in military aid]": the parser may hang the phrase on the verb)
            objects += prep_objects(tok, coder_words().amount_preps)
        for obj in objects:
            if obj.pos_ != "NOUN":
                continue
            noun = match_entry(obj, self.lexicon, ("N",))
            if noun is None or noun.code == entry.code or noun.no_event:
                continue
            if noun.code[:2] == entry.code[:2]:
                return replace(entry, code=noun.code)
            if entry.code in ("050", "060") and noun.code[:2] in ("05", "06") and noun.specificity:
                # "strengthened their trade relations": the kind of tie, in its modifier, says which
                # cooperation (diplomatic 050, economic 061, military 062)
                return replace(entry, code=noun.code)
        return entry

    def _joint_deed(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """ "X and Y built the port together", "worked side by side", "sold dollars in concert", "trained alongside
        Y", "sent up their first joint flight": a deed of two or more parties of different countries done together is
        material cooperation (06x, its code by what is done: `joint.cooperation_code`) when the lexicon has no hand
        reading of the verb (or only a no-event one, a show of force, or a journey's); a hand reading ("jointly
        condemned", "attacked together") keeps its own code. A partner after "alongside", "together with" or "in
        concert with" is the target, as "held exercises with Y" codes it; doers named together act on each other."""
        # (a phrase "together with" whose object is no party adds a thing, not a partner: "received guns from X,
        # together with ammunition")
        fellows: list[int] | None = None  # the partners of a deed told only by togetherness (joint42)
        if _use_of_no_event(entry):
            # ("lifted off": a use the lexicon says is no event for one party is read only as one
            # told by togetherness; joint40's marks keep off it: "the summit brought together the leaders")
            named, marked = [], False
        else:
            named = [i for prep in joint_partners(tok) for i in pobj_actors(prep, ments)]
            marked = joint_marked(tok)
        if not (named or marked) and (_use_of_no_event(entry) or joint_object(tok, self.lexicon) is None):
            fellows = self._togetherness(tok, entry, ments)
            if fellows is None:
                return None
        if entry is not None and entry.code[:2] == "06":
            return None  # the verb's own cooperation reading is exact
        if entry is not None and entry.code[:2] == "15" and (entry.code != "150" or not marked):
            # ("began deploying alongside Russian units": a deployment beside an ally stays a deployment; only a
            # show of force the parties make together, "jointly tested the interceptor", is their exercise)
            return None
        joint = Entry(
            "V",
            cooperation_code(tok, self.lexicon),
            tok.lemma_.lower(),
            reciprocal=not named,
            derived=entry is not None and entry.derived,
        )
        cand = self._make(tok, joint, [tok], ments)
        if cand is None:
            return None
        if named:
            partners = [i for i in named if i not in cand.source]
            cand.target = [*partners, *(i for i in cand.target if i not in partners)]
        if fellows is not None:
            # told only by togetherness: the doers (and a "with" partner) are all sources of a reciprocal deed;
            # the doers themselves must be two or more states, or one state and a partner of another
            cand.source = [*cand.source, *(i for i in fellows if i not in cand.source)]
            cand.target = []
            cand.reciprocal = True
            if len(ments.codes(cand.source)) < 2:
                return None
            done_to = {
                i
                for o in _deed_objects(tok)
                for t in _named_on(o)
                for i in ments.at(t)
                if ments.heads[i] == t.i
            }
            if ments.codes(done_to) - ments.codes(cand.source):
                # ("punched through Iraqi lines", "smeared nerve agent on the face of Kim Jong Nam", "brought envoys
                # of Sudan's army to Jeddah": a deed done to a third party is no deed of the doers' cooperation)
                return None
        if len(ments.codes(cand.source + cand.target)) < 2:
            return None  # one party, or one country's, does nothing "together" that names another
        return cand

    def _shared_undertaking(self, tok: Token, ments: Mentions) -> Candidate | None:
        """An undertaking of parties of two or more states told by its arguments, whatever the verb (coop43):
        - a journey or an operation named as joint ("flew a joint mission", "launched a joint military operation",
          "Austria's first joint space flight with the Soviet Union began", "went up in a joint flight of East Berlin
          and Moscow"), its parties its possessor, its "of", "with" or "between" phrase, or the verb's subject: their
          cooperation (`joint.undertaking_code`: 062 for operations of armed forces, else by domain or 060); a noun
          with a talk or conflict reading of its own ("a joint statement", "a joint offensive") keeps it;
        - a crewed flight: a verb of travel, motion or propulsion (`joint.travel_verb`) whose doers, objects and
          companions (`joint.flight_arguments`) name a crew (`crew_nouns`) and parties of two states ("a Soyuz
          carrying the Mongolian cosmonaut G. and the Soviet commander D. lifted off", "rose from Baikonur beside
          the Soviet commander"): 060, reciprocal, as the sets code joint flights;
        - forces of one state marching in, leading or joining another state's parade (`joint.parade_noun`; the host
          its possessor or "of" phrase, or who invited them): 062, the marchers the source, the host the target
          (docs/annotation-conventions.md, section 15).
        None otherwise."""

        def named(tokens: Iterable[Token]) -> list[int]:
            found: list[int] = []
            for t in tokens:
                found += [i for i in ments.at(t) if ments.heads[i] == t.i and i not in found]
            return found

        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        verb_entry = match_entry(tok, self.lexicon, ("V",))
        # (a verb with an event reading of its own, "dropped meals", "raised the alert level", tells its own deed)
        own_deed = (
            verb_entry is not None
            and not verb_entry.no_event
            and not verb_entry.derived
            and not verb_entry.implied
            and plover(verb_entry.code) is not None
        )
        for noun in undertaking_nouns(tok):
            own = match_entry(noun, self.lexicon, ("N",))
            if own is not None and not own.no_event and own.code[:2] not in ("06", "15"):
                continue  # ("a joint statement", "a joint offensive": read as themselves)
            if noun.dep_ == "pobj" and own_deed:
                continue  # ("dropped meals ... in a joint operation with Jordan": the deed done in it is the news)
            if (
                noun.dep_ == "dobj"
                and own_deed
                and verb_entry is not None
                and verb_entry.code[:2] not in ("04", "06", "15", "18", "19")
            ):
                continue  # ("condemned the joint drills of A and B", "suspended joint patrols": done to the undertaking)
            heads = party_heads(noun, appositions=False)
            subject_heads = [h for s in subjects for h in party_heads(s)] if noun not in subjects else []
            heads += subject_heads
            parties = named(heads)
            if len(ments.codes(parties)) < 2:
                continue
            code = undertaking_code(noun, self.lexicon)
            doers = named(subject_heads)
            partners = [
                i
                for i in named(
                    q
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for q in party_heads(p)
                )
                if ments.mentions[i].code not in ments.codes(doers)
            ]
            if doers and partners:
                # ("took part in joint patrols with Russian forces": the subject's state the source, the partner
                # the target, as "held exercises with Y" is coded)
                return self._shared_candidate(tok, noun, code, doers, partners)
            return self._shared_candidate(tok, noun, code, parties, [])
        # (a verb whose own reading is a visit is a journey too: "headed for Mir aboard the shuttle Atlantis with
        # five American crewmates", and so is one that takes its doers or objects into space: "was blasted into
        # space beside ..."; flights46)
        if travel_verb(tok) or (verb_entry is not None and verb_entry.code == "042") or space_goal(tok):
            nouns = flight_arguments(tok)
            # ("Two Russian cosmonauts were aboard when NASA's Discovery climbed away ...": those the clause of
            # the flight's time has aboard or in space ride it; motion47)
            nouns += [r for r in riders_of(tok) if r not in nouns]
            # ("The latest of France's paid flights with Russia began on Thursday when X rode a Soyuz ...": the
            # mission whose course the clause tells names parties of the flight; flights46)
            mission = mission_of(tok)
            mission_parties = named(party_heads(mission)) if mission is not None else []
            joint_mission = len(ments.codes(mission_parties)) >= 2
            # ("Bulgaria had a second man in orbit on Tuesday, as X went up with two Soviet crewmates": the subject
            # of the clause the flight sets in space is a party of it)
            mission_parties += named(h for s in sponsors_of(tok) for h in party_heads(s))
            # (a verb with a reading of its own tells its own deed, but a visit; and a flight of people to space
            # is the flight whatever the verb's reading of aid or dispatch: "sent X aloft in a Soyuz with Y", flights45)
            told = own_deed and verb_entry is not None and verb_entry.code[:2] != "04"
            # (nor is a reading of talk the deed of a verb that takes people into space: "was blasted into space
            # beside a Soviet cosmonaut", flights46)
            if told and verb_entry is not None and (verb_entry.code[:2] in ("07", "15") or space_goal(tok)):
                told = not space_flight(tok, nouns)
            if not told and crewed(tok, nouns, self.lexicon, told=joint_mission):
                parties = named(h for n in nouns for h in party_heads(n))
                parties += [i for i in mission_parties if i not in parties]
                # ("NASA astronaut X launched aboard a Soyuz alongside cosmonauts Y and Z": a crew noun that names
                # its state by itself, with no nationality or owner in front of it, is a party of that state; motion51)
                for crew, code in crew_of_state(nouns, lambda w: bool(ments.at(w))):
                    if code not in ments.codes(parties):
                        parties.append(ments.add(_crew_mention(crew, code), crew.i))
                if len(ments.codes(parties)) >= 2:
                    cand = self._shared_candidate(tok, None, "060", parties, [])
                    # ("X, a German scientist flying for the European Space Agency, headed for the station with
                    # three NASA astronauts": a journey told on a traveller is this flight, not a visit of its own;
                    # flights46)
                    cand.consumed |= {
                        c.i
                        for n in nouns
                        for c in n.children
                        if c.dep_ in ("acl", "relcl") and c.i != tok.i and travel_verb(c)
                    }
                    return cand
        if not any(_armed(s, self.lexicon) for s in subjects):
            return None
        doers = named(h for s in subjects for h in party_heads(s))
        partners = [
            i
            for p in [*comitative_partners(tok), *(q for prep in joint_partners(tok) for q in prep.children)]
            if p.dep_ == "pobj" and _armed(p, self.lexicon)
            for i in named(party_heads(p))
            if ments.mentions[i].code not in ments.codes(doers)
        ]
        parade = parade_noun(tok)
        if parade is not None or (
            verb_entry is not None and verb_entry.no_event and verb_entry.allowed("subj") is not None
        ):
            # forces in a parade, or marching or parading (the lexicon's no-event line for forces on the march):
            # another state's parade (its possessor) or the state that invited them is the host, the target
            # (docs/annotation-conventions.md 15.2); states marching together ("paraded side by side", "with the
            # Russian army") are reciprocal
            hosts = [
                i
                for i in named(
                    [*(party_heads(parade)[1:] if parade is not None else []), *invitation_hosts(tok)]
                )
                if ments.mentions[i].code not in ments.codes(doers)
            ]
            if doers and hosts:
                return self._shared_candidate(tok, None, "062", doers, hosts)
            if doers and partners:
                # ("paraded with the Russian army", "marched beside Russian troops": the host's army marches too;
                # all are sources of a reciprocal record, as blind set 28 and xfer42-joint code it)
                return self._shared_candidate(tok, None, "062", [*doers, *partners], [])
            if joint_marked(tok) and len(ments.codes(doers)) >= 2:
                return self._shared_candidate(tok, None, "062", doers, [])
        if verb_entry is not None and verb_entry.code == "150" and doers and partners:
            # ("French paratroopers patrolled Timbuktu beside Malian soldiers": forces of one state on patrol or in
            # drill beside another state's armed forces exercise together, 062, reciprocal; a deployment beside an
            # ally stays a deployment, fighting beside one stays fighting)
            return self._shared_candidate(tok, None, "062", [*doers, *partners], [])
        return None

    def _shared_candidate(
        self, tok: Token, noun: Token | None, code: str, source: list[int], target: list[int]
    ) -> Candidate:
        """The cooperation of a shared undertaking (`_shared_undertaking`): reciprocal when no target is named."""
        entry = Entry("V", code, tok.lemma_.lower(), reciprocal=not target)
        words = [tok] if noun is None else [tok, noun]
        consumed = set() if noun is None else {noun.i}
        return Candidate(
            tok, entry, code, words, list(source), list(target), reciprocal=not target, consumed=consumed
        )

    def _togetherness(self, tok: Token, entry: Entry | None, ments: Mentions) -> list[int] | None:
        """ "The Soviet Union and India put the first Indian into space", "American and Soviet crews shook hands",
        "paraded through Moscow with the Russian army", "had its reporter launched beside two Soviet cosmonauts": a
        deed of any verb the lexicon has no reading for (or only a no-event one of the dictionary's) whose doers are
        bound by a coordination or a comitative partner of another state is done together (joint42). None when the
        deed is not so told; else the partners named after "with"/"beside" (empty when the coordination of the doers
        tells it). Never a verb of a state, a change, words, a contest, eating, a feeling or a perception
        (`joint.no_deed_verbs`: "shared a border", "grew closer", "lunched with"), nor a deed of conflict
        (`joint.conflict_deed`: "fight", "laid a barrage"), nor doers acting on each other ("played each other",
        "played against"), nor a verb whose clause tells the deed ("tried to salvage a summit")."""
        if (
            entry is not None
            and not ((entry.derived or entry.implied) and entry.no_event)
            and not _use_of_no_event(entry)
        ):
            # a hand reading decides for itself (a bare no-event one too, a verb that is never an event: "have",
            # "leave", "land"), and so does an event reading of the dictionary's ("pushed the EU to act"); a use the
            # lexicon says is no event for one party ("lifted off") may be a deed of two together
            return None
        lemma = tok.lemma_.lower()
        if lemma in no_deed_verbs() or conflict_deed(tok, self.lexicon) or mutual_or_opposed(tok):
            return None  # ("India and China share a border", "played each other": no deed done together)
        if any(
            (noun := match_entry(o, self.lexicon, ("N",))) is not None and plover(noun.code) is not None
            for o in _deed_objects(tok)
            if o.dep_ == "dobj" or o.head.lower_ == "to"
        ):
            # ("wrapped up their talks", "cancelled joint exercises", "recommitted themselves to the ceasefire": what
            # is done is named by a noun of its own, read there)
            return None
        if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
            return (
                None  # ("Washington and Pyongyang tried to salvage a summit": the clause's deed is the news)
            )
        if lemma in journey_destinations():
            return None  # a journey with others keeps its own reading ("flew to Moscow with his minister")
        fellows = self._fellows(tok, ments)
        if fellows:
            return fellows
        if any(
            w.lower_ in ("both", "each")
            and (w.dep_ == "preconj" or (w.dep_ in ("appos", "advmod", "det") and w.head.dep_ != "pobj"))
            for subj in tok.children
            if subj.dep_ == "nsubj"
            for w in (*subj.children, *(c for c in tok.children if c.dep_ == "advmod"))
        ):
            # ("Both Russia and Ukraine recruited thousands of volunteers", "Britain and France each devalued": a deed
            # told of each of the doers, not one done together; review42)
            return None
        return [] if coordinated_doers(tok) else None

    def _fellows(self, tok: Token, ments: Mentions) -> list[int]:
        """The parties named as the heads of `tok`'s "with" and "beside" phrases ("paraded with the Russian army",
        "launched beside two Soviet cosmonauts"; not "with flags", nor "with the help of X", whose head is no
        party). A party named by its country's adjective on the head ("with French regiments", "beside two Soviet
        cosmonauts") is one: the resolver names no party on a thing ("with American flags"); so is a name's title
        ("beside the Soviet commander Nikolai Rukavishnikov"), not a thing's ("with her West India islands")."""
        heads = [
            t
            for obj in comitative_partners(tok)
            for t in (obj, *(c for c in obj.children if c.dep_ == "amod" or _title_of_name(c)))
        ]
        return [i for t in heads for i in ments.at(t) if ments.heads[i] == t.i]

    # --- An event noun --------------------------------------------------------------------------------------

    def _noun_candidate(self, tok: Token, ments: Mentions) -> Candidate | None:
        if tok.i > 0 and tok.lower_ == "order" and tok.nbor(-1).lower_ == "in":
            return None  # "in order to" is a purpose, not a command
        if tok.lemma_.lower() in coder_words().agent_nouns:
            return self._agent_noun(tok, ments)
        if (
            tok.dep_ == "compound"
            and tok.head.pos_ == "NOUN"
            and tok.head.lemma_.lower() in coder_words().unit_nouns
        ):
            return None  # "riot police", "strike group", "attack helicopters": the event noun names a kind of unit
        if (
            tok.dep_ == "nsubj"
            and tok.lemma_.lower() in coder_words().craft_nouns
            and tok.head.lemma_.lower() in coder_words().craft_verbs
        ):
            return None  # "China's Chang'e-5 probe landed on the moon": a craft that lands or orbits is no inquiry
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and lasted(tok):
            return self._lasted_deed(tok, ments)
        if (
            tok.dep_ == "dobj"
            and tok.head.pos_ == "VERB"
            and not is_light(tok.head, self.lexicon)
            and not countered_deed(tok)
            and tok.head.lemma_.lower() not in clause_words().noting_verbs
        ):
            # the verb governs what the noun means ("terminated the agreements"); a deed countered in a
            # complement is one of its own ("helped Armenia stop Azerbaijan's offensive"), and a verb of
            # noting does no deed ("analysts noted the coordination of Moscow and Ankara")
            return None
        if _enacted_content(tok.head, tok):
            return None  # ("issued an order expelling 105 diplomats": the participle's deed is done; enact40)
        asked = self._asked_doer(tok)
        if tok.dep_ == "pobj" and tok.head.lower_ in coder_words().reference_preps and asked is None:
            return None  # "troops remain under an agreement with Baghdad": an accord referred to, not made
        # ("the urge to retaliate" is a wish, not an appeal: some frames are frames only as verbs)
        verb_only = tok.lemma_.lower() in coder_words().verb_only_frames
        # a noun with its own clause reads as a frame first ("Iran's threat to close the strait")
        kinds = ("N",) if verb_only else ("F", "N") if complement(tok) is not None else ("N", "F")
        entry = match_entry(tok, self.lexicon, kinds)
        if entry is None or plover(entry.code) is None:
            return None
        if tok.lemma_.lower() in coder_words().plural_sense and tok.tag_ == "NN":
            return None  # "without a Security Council sanction" authorises; "sanctions" punish
        if entry.light_only and tok.dep_ != "dobj" and asked is None:
            return None  # "its security concerns": only "voiced concern" and the like are events
        cand: Candidate | None = None
        if entry.kind == "F":
            comp = complement(tok)
            if comp is not None:
                cand = self._frame_candidate(tok, entry, comp, ments)
            else:
                entry = match_entry(tok, self.lexicon, ("N",)) or entry
        if cand is None and entry.kind == "N":
            cand = self._make(tok, entry, [tok], ments)
        if cand is not None and not cand.source and tok.lemma_.lower() in coder_words().doer_nouns:
            # a speech act's doer in its "from" phrase ("condemnation from Moscow", "warnings from
            # Washington"); with no doer named at all ("warnings of a Russian invasion grew") it is no event
            doer = noun_agent(tok, ments, self.lexicon)
            if doer:
                cand.source = doer
                cand.target = [i for i in cand.target if i not in doer]
            elif not any(c.dep_ == "poss" for c in tok.children):  # ("our proposals": a doer, a pronoun)
                return None
        if cand is not None and not cand.source:
            cand.source = self._adjunct_meeting_doer(tok, cand, ments)
            # ("Iran and Saudi Arabia agreed ... after talks hosted by China": the two held the talks together)
            cand.reciprocal = cand.reciprocal or (
                cand.entry.reciprocal and len(cand.source) > 1 and not cand.target
            )
        if cand is not None and asked is not None and cand.source:
            # "intervened at the request of X", "under American pressure, Y allowed ...": the one who asked or
            # pressed acts on the doer of the deed it asked for; what that deed is refines a request ("asked"
            # in frame_codes.json: help with force is a request for military aid, 0232)
            cand.target = [i for i in self.roles.subject(asked, ments) if i not in cand.source] or cand.target
            deed = match_entry(asked, self.lexicon, ("V",))
            if cand.code[:2] == "02" and deed is not None and plover(deed.code) is not None:
                cand.code = refine("asked", deed.code, cand.code)
            elif cand.code[:2] == "17" and deed is not None and plover(deed.code) is not None:
                # "under American pressure, Y withdrew ...": pressure that made Y yield was a demand (105x)
                cand.code = refine("pressed", deed.code, cand.code)
        return cand

    def _agent_noun(self, noun: Token, ments: Mentions) -> Candidate | None:
        """ "The United States is Israel's main arms supplier", "Russia, India's largest supplier of arms, ...",
        "China remains Sri Lanka's biggest creditor": a noun naming the doer of a deed (data: `agent_nouns`),
        said of a party, is that party's deed toward the one it is named for; both must be named (a supplier
        of no one, "a major arms supplier", is no event)."""
        entry = match_entry(noun, self.lexicon, ("N",))
        if entry is None or plover(entry.code) is None:
            return None
        if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("AUX", "VERB"):
            source = self.roles.subject(noun.head, ments)
        elif noun.dep_ == "appos":
            source = actors_under(noun.head, ments)
        else:
            return None
        # (the one it is named for: a possessor, a "to" or "for" phrase, or an "of" phrase naming a party by
        # its name, "the main backer of Hezbollah"; "a supplier of Russian gas" names goods)
        named = [c for c in noun.children if c.dep_ == "poss"] + [
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("to", "for", "of")
            for p in c.children
            if p.dep_ == "pobj" and (c.lower_ != "of" or p.pos_ == "PROPN")
        ]
        target = [i for t in named for i in actors_under(t, ments) if i not in source]
        if not source or not target:
            return None
        return Candidate(noun, entry, entry.code, [noun], source, target)

    def _lasted_deed(self, noun: Token, ments: Mentions) -> Candidate | None:
        """ "Israel withdrew from southern Lebanon, ending an occupation that had lasted 18 years": a deed noun
        said to have lasted happened; with no doer or place of its own it takes the doer of the clause it is
        in and the place that clause's deed is done to."""
        entry = match_entry(noun, self.lexicon, ("N",))
        if entry is None or plover(entry.code) is None:
            return None
        cand = self._make(noun, entry, [noun], ments)
        if cand is None:
            return None
        verb = noun.head
        if not cand.source:
            cand.source = self.roles.subject(verb, ments)
        main = verb.head if verb.dep_ in ("advcl", "acl", "conj", "xcomp") else verb
        if not cand.target and main.pos_ == "VERB":
            cand.target = [i for i in self.roles.verb_roles(main, ments, [main])[1] if i not in cand.source]
        return cand if cand.source else None

    def _asked_doer(self, tok: Token) -> Token | None:
        """The verb whose deed a noun of asking or pressing in its adjunct asked for ("[intervened] at the
        request of X", "under pressure from X, Y [opened] ..."; data: `asking_nouns`, `asking_preps`)."""
        if tok.dep_ != "pobj" or not asking_phrase(tok.head):
            return None
        if not any(lemma in coder_words().asking_nouns for lemma in lemma_forms(tok)):
            return None
        return tok.head.head

    def _adjunct_meeting_doer(self, tok: Token, cand: Candidate, ments: Mentions) -> list[int]:
        """ "Following talks with Blinken, Wang Yi warned ...", "during his visit to Beijing, Macron urged ...":
        a meeting or a visit named in an adjunct of time with no doer of its own is the main clause's
        subject's (data: `presupposing_preps`)."""
        if tok.dep_ != "pobj" or tok.head.lower_ not in clause_words().presupposing_preps:
            return []
        if plover(cand.code) != "CONSULT":
            return []
        verb = tok.head.head
        if verb.pos_ not in ("VERB", "AUX") or tok.head.dep_ not in ("prep", "advcl", "advmod"):
            return []
        return [i for i in self.roles.subject(verb, ments) if i not in cand.target]

    # --- A frame and the deed of its complement -------------------------------------------------------------

    def _frame_candidate(self, tok: Token, entry: Entry, comp: Token, ments: Mentions) -> Candidate | None:
        if tok.lemma_.lower() in coder_words().concurring_verbs and comp.pos_ in ("VERB", "AUX"):
            judged = match_entry(comp, self.lexicon, ("V",))
            if judged is not None and judged.judged:
                # ("Biden agreed that Putin was a killer": assent to a judgement is the judgement, read at the
                # idiom's own verb with the one who assents as its speaker, not an agreement; talk20)
                return None
        inner_code, light_noun = self._inner(comp)
        light = (None, light_noun) if light_noun is not None else None
        frame = entry.frame or "intent"
        if (
            frame == "threat"
            and (inner_code is None or inner_code[:2] not in frame_codes().conflict_roots)
            and _forecast(comp)
        ):
            # ("warned that millions in the Sahel would go hungry": a reading of the clause's verb that is no deed of
            # force, "go" read as a visit, does not make a forecast a threat; talk24)
            # "the Bank of England warned that inflation would rise", "the WHO warned that the virus would spread": a
            # forecast of what prices, the economy or nature will do threatens no one (talk23)
            return None
        if frame in ("demand", "appeal") and _negated(comp):
            # "demanded that Washington not sell arms to Taipei", "urged Y not to attack": what is asked is to
            # refrain, no deed of the kind named (a demand or an appeal of no kind, 100 or 020)
            inner_code = None
        if frame == "reject" and declined_comment(comp, inner_code):
            return None  # "declined to comment", "refused to say whether ...": no comment is no event (011; refuse44)
        if inner_code is None and tok.lemma_.lower() in coder_words().unknown_deed_no_event:
            return None  # "failed to recognise that ...": missing an unknown deed is no rejection
        if (
            (inner_code is None or inner_code in SMALL_CLAUSE_UNREAD)
            and frame == "demand"
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in coder_words().commanding_verbs
            and ordered_patient(comp) is not None
        ):
            # "ordered a new anthem written", "ordered armour plates fitted to its vehicles", "ordered its funds and
            # property handed over to the state": a command whose participle clause names what is done to its object
            # addresses no party, so it is no demand; with no deed of the commander's read in the clause there is no
            # event (senses39)
            return None
        if (
            inner_code is None
            and frame == "intent"
            and tok.lemma_.lower() in coder_words().adopting_frames
            and comp.pos_ == "VERB"
            and (inner_frame := match_entry(comp, self.lexicon, ("F",))) is not None
            and inner_frame.frame in ("demand", "appeal")
        ):
            # "the Assembly voted to demand that Russia pull out", "voted to call on X to ...": the vote adopts the
            # demand, which is read at its own frame word (the body that voted makes it)
            return None
        # "decided to formulate its own policy", "intends to sever the border": a plan whose deed the lexicon
        # does not know is coded as the frame itself (the intention), at low confidence, not dropped.
        fallback = (
            frame in ("intent", "posture")
            and inner_code is None
            and tok.lemma_.lower() not in coder_words().speech_act_frames | coder_words().readiness
        )
        if (
            frame == "intent"
            and inner_code is None
            and comp.pos_ == "VERB"
            and not _negated(comp)
            and not any(c.dep_ == "auxpass" for c in comp.children)
            and _own_answer(comp)
        ):
            # "vowed to take resolute steps if Taiwan's president met the Speaker", "pledged to act against Y": one's
            # own answer promised on another's condition, or aimed at another, is a threat, as when it is said
            # ("said it would respond if ...", `_announced_intent`); freq34
            frame, fallback = "threat", False
            entry = Entry("F", frame_code("threat"), entry.lemma, frame="threat")
        code = refine(frame, inner_code, entry.code)
        if (
            frame == "intent"
            and inner_code is not None
            and inner_code[:2] == "12"
            and tok.lemma_.lower() in coder_words().deciding_frames
            and to_infinitive(
                comp
            )  # (not "resolved that their republics would suspend ...": what is to be; talk46)
        ):
            # "decided to pull out of its ceasefire with the rebels", "decided to reject the treaty": the codebook has no
            # intention to reject (its 03x are intentions to cooperate or yield), and a decision taken to refuse, leave
            # or scrap an accord is the rejection itself, as an announced leaving is the leaving (docs/annotation-
            # conventions.md 5.1, 5.2), no agreement (030, 0356). A commitment is not a decision: "committed to
            # preventing al-Qaeda from using Afghan soil" stays a promise (yield51)
            code = inner_code
        if frame == "intent" and inner_code is not None and _forsworn(comp, inner_code):
            # "pledged not to fire missiles over Japan", "promised that its submarines would no longer sink merchant
            # ships": a deed of force forsworn is an intention to de-escalate (0356), not a threat (talk22)
            code = _forsworn_code(inner_code)
        refused = self._none_to_be(comp) if frame == "intent" else None
        if refused is not None:
            # "resolved that there would be no peace with Israel, no recognition of Israel and no negotiations with
            # it", "decided that there would be no talks with the kidnappers": a decision that a cooperative deed
            # shall not be is its refusal (12x, `refine` of the reject frame; talk46)
            code = refused
        kept = self._force_kept_open(comp) if frame == "intent" and _unpromised(tok) else None
        if kept is not None:
            # "would make no promise to renounce the use of force against Taiwan", "did not pledge to give up force": a
            # force one will not promise to renounce or end is kept open, a threat of it, as "refused to rule out force"
            # is (`_raised_prospect`; talk46)
            code = kept
        if frame in ("demand", "appeal") and (_or_else(comp) or _in_ultimatum(tok)):
            # "told Lithuania to hand over Memel or face the consequences", "ordered the garrison to surrender or
            # suffer the penalty": a demand with what follows its refusal named is an ultimatum (139); so is a call
            # ("called on Japan to surrender or face utter destruction") and a demand made in an ultimatum (talk21)
            code = "139"
        if (
            frame in ("demand", "appeal")
            and code != "139"
            and comp.pos_ == "VERB"
            and any(
                c.dep_ == "nsubjpass" for c in comp.children
            )  # (given to the clause's subject; not "called on
            # the coalition to set a deadline for withdrawing its troops", where the one asked sets its own)
            and (asked := self._verb_candidate(comp, ments)) is not None
            and asked.code == "139"
        ):
            # "proposed that Iraq be given until 17 March to disarm, otherwise force would be used": what is asked for
            # is itself an ultimatum given to a third party (a deadline given, 139), and the call for it is that
            # ultimatum (tail39)
            code = "139"
        if (
            frame == "demand"
            and inner_code is not None
            and tok.pos_ == "VERB"
            and ordered_patient(comp) is not None
            and (alone := self._verb_candidate(comp, ments)) is not None
            and alone.code[:2] in ("07", "08", "15", "17", "18", "19", "20")
        ):
            # ("ordered 4,700 paratroopers flown into Detroit", "ordered 7,200 troops sent to the Gulf Coast to help
            # with relief": a commanded participle reads as its verb reads for the forces it acts on, its own motion
            # and purpose readings included, not by its bare entry; force38)
            inner_code = alone.code
        if frame == "demand" and inner_code is not None and self._own_command(tok, inner_code, ments):
            # "ordered his troops to open fire", "told the army to seal the border": an order to one's own forces
            # is the commander's own deed (as "ordered troops to withdraw" is, verbs.txt 0874), not a demand
            code = inner_code
        if (
            frame == "demand"
            and inner_code is not None
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in coder_words().commanding_verbs
            and inner_code[:2] in SMALL_CLAUSE_ROOTS
            and inner_code not in SMALL_CLAUSE_UNREAD
            and plover(inner_code) is not None
            and ordered_patient(comp) is not None
        ):
            # "ordered the ambassador expelled", "ordered parliament suspended", "ordered the assets of X seized": a
            # command whose participle clause names what is done, not who is to do it, addresses no other party (its
            # object is the deed's patient, not the command's addressee): the deed is the commander's own, as a
            # decree is (an order "to" a party is a demand: "ordered Iraq to withdraw"); senses39
            patient = ordered_patient(comp)
            if (
                inner_code[:2] == "16"
                and patient is not None
                and not ments.codes(actors_under(patient, ments))
                - ments.codes(self.roles.subject(tok, ments))
            ):
                # ("ordered hundreds of factories closed during a smog alert": relations are reduced with a party; with
                # none named in what is done, no deed, and no demand either; as component._ordered_done, freq34)
                return None
            code = inner_code
        ordered_inquiry = (
            frame == "demand" and inner_code is not None and self._inquiry_ordered(tok, inner_code, ments)
        )
        if ordered_inquiry:
            # "ordered police to investigate the killings", "instructed prosecutors to look into X": an inquiry
            # ordered from one's own investigators is the inquiry (as "ordered an inquiry" is), not a demand
            code = inner_code or code
        addressee: list[int] = []
        if tok.pos_ == "NOUN":
            source, noun_target = self.roles.noun_roles(tok, ments)
        else:
            source = (
                self.roles.subject(tok, ments) if tok.pos_ != "ADJ" else self.roles.subject(tok.head, ments)
            )
            passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
            held = code == "139" and tok.lemma_.lower() == "have"
            if held:
                # ("Russia has fifty days to agree ..., Trump said": the one who has the time is the one given it,
                # as in the passive "Russia has been given fifty days"; force41)
                passive = [c for c in tok.children if c.dep_ == "nsubj"]
            if held and (
                tok.dep_ != "ccomp"
                or tok.head.pos_ != "VERB"
                or not actors_under(passive[0], ments, skip=frozenset({"prep", "relcl", "acl"}))
            ):
                # ("Congress has sixty days to review the agreement": time one has, told by nobody who gave it, is a
                # term or a rule; only a party's time told by a speaker is an ultimatum given)
                return None
            if passive and not any(c.dep_ == "agent" for c in tok.children):
                if (
                    held
                    or frame in ("demand", "appeal")
                    or tok.lemma_.lower() in coder_words().addressing_frames
                ):
                    # "Iran was urged to release the tanker", "Russia was invited to attend": the one
                    # addressed, not the one who asks
                    addressee = actors_under(passive[0], ments)
                    source = [i for i in source if i not in addressee]
                else:
                    # "Vietnam is committed to opening ...", "X is determined to ...": the one so disposed
                    source = actors_under(passive[0], ments) or source
            if held and (
                not ments.codes(self.roles.subject(tok.head, ments)) - ments.codes(addressee)
                or not _definite_spans(tok)
            ):
                # ("Germany has until 2030 to phase out coal, the government said": the speaker, who gives the time,
                # is no party apart from the holder; "Ukraine has only weeks to find more shells, the Pentagon said":
                # a span of no stated length is an estimate, no deadline set; review41)
                return None
        if not source and frame in ("demand", "appeal") and tok.pos_ == "VERB" and _thing_subject(tok, ments):
            # "the crisis pushed Serbia and Hungary to sign ...": a thing that drives parties demands nothing;
            # the deed it drives them to is theirs, coded on its own
            return None
        target: list[int] = addressee[:]
        if frame in ("demand", "appeal"):
            own = ments.codes(source)
            for child in tok.children:
                if child.dep_ in ("dobj", "dative") and child.pos_ == "NOUN":
                    # "demanded an admission by Moscow", "demanded Russia's withdrawal"; "we told our
                    # American colleagues that ...": the addressee, not the speaker's side that owns them
                    target = [
                        i
                        for i in noun_agent(child, ments, self.lexicon) or actors_under(child, ments)
                        if ments.mentions[i].code not in own
                    ] or [i for i in actors_under(child, ments) if ments.mentions[i].code not in own]
                elif child.dep_ in ("dobj", "dative"):
                    target = actors_under(child, ments)
                elif child.dep_ == "prep" and child.lower_ in coder_words().appeal_target_preps:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            target = actors_under(pobj, ments)
                if target:
                    break
            if not target:
                # "China urged both to show restraint", "called on it to withdraw": whom the pronoun stands for
                target = object_pronoun_party([tok], source, ments)
            if not target:
                target = self.roles.subject(comp, ments, climb=False)
        if not target:
            # (not the doer itself: "the readiness of Azerbaijan to sign a treaty with Armenia")
            target = [i for i in self.roles.objects_of(tok, ments, skip={comp.i}) if i not in source]
        if not target:
            target = self.roles.objects_of(comp, ments)
        deed = comp
        while not target:
            # "threatened to resume bombing Gaza", "vowed to keep striking X": the deed's own object
            nxt = through_aspect(deed)
            if nxt is None or nxt.i in {deed.i, comp.i}:
                break
            deed = nxt
            target = self.roles.objects_of(deed, ments)
        if not target and light is not None:
            target = self.roles.objects_of(light[1], ments)
        if not target and tok.pos_ == "NOUN":
            target = noun_target
        source_codes = ments.codes(source)
        if target and ments.codes(target) <= source_codes:
            # "X threatened to block its corridor if Y ...": Y, not X's own ground, is the target
            target = (
                self.roles.condition_subject(tok, ments)
                or self.roles.condition_subject(comp, ments)
                or target
            )
        if not target and frame in ("threat", "intent", "posture"):
            # "threatened to walk out if the United States deploys ...": the condition names the target
            target = self.roles.condition_subject(tok, ments) or self.roles.condition_subject(comp, ments)
        if code[:2] == "15" and comp.pos_ != "NOUN":
            target = self.roles.mobilised_target(comp, target, ments, source)
            inner_entry = match_entry(comp, self.lexicon, ("V",))
            if (
                frame == "intent"
                and inner_entry is not None
                and self._moved_forces(comp, inner_entry, source, target, ments) == "protect"
            ):
                # "voted to send troops to Libya", "pledged to send troops to X": forces to go to another party
                # are a promise of protection to it (0334), as when said for the future (A2)
                code = refine("intent", "074")
        elif (
            (inner_code or "")[:2] == "07"
            and comp.pos_ == "VERB"
            and set(target) <= set(self.roles.forces(comp, ments))
        ):
            # "planned to transfer Syrian fighters to Libya": where the aid is sent is its target
            target = self.roles.destination(comp, ments) or target
        target = [t for t in target if t not in source]
        if code[:2] == "13" and ments.codes(target) <= source_codes:
            aimed = self._authorised_target(tok, comp, source_codes, ments)
            target = target if aimed is None else aimed
        if code == "139" and not target:
            # ("Austria-Hungary allowed Serbia forty-eight hours to accept its note", "allowed the Greek government
            # twenty-four hours to apologise": the parser hangs the party given the time on the span, or the span
            # on the party; force41)
            target = [
                i
                for span in granted_spans(tok)
                for i in actors_under(span.head if span.dep_ == "appos" else span, ments)
                if i not in source
            ]
        if not target and any(c.dep_ == "dobj" and c.lemma_.lower() == "deadline" for c in tok.children):
            # ("the EU set a deadline of June to reach a deal"): a deadline set for no other party is a timetable,
            # no ultimatum ("set Iraq a deadline to pull out" is one, verbs.txt 139; talk21)
            return None
        if code == "139" and any(
            c.dep_ in ("dobj", "dative") and c.lower_ in coder_words().reflexives for c in tok.children
        ):
            # ("the powers and Iran gave themselves until July 7 to reach a deal": time given to oneself is a
            # timetable, no ultimatum; force41)
            return None
        if (
            inner_code is None
            and frame == "intent"
            and tok.lemma_.lower() in coder_words().vowing_frames
            and (
                ments.codes(
                    [
                        i
                        for c in comp.children
                        if c.dep_ == "dobj"
                        for i in actors_under(c, ments, skip=frozenset({"relcl", "acl", "prep"}))
                        if i in target
                    ]
                )
                - source_codes
                # "vowed to hunt down protesters", "vowed to sell the schoolgirls": people the vow is aimed at
                # (the parser may make the people a compound on the object: "hunt down [protesters] house by house")
                or any(
                    w.lemma_.lower() in coder_words().vowed_against
                    for c in comp.children
                    if c.dep_ == "dobj"
                    for w in (c, *(g for g in c.children if g.dep_ == "compound"))
                )
                or self._vowed_sufferer(comp, source_codes, ments)
            )
        ):
            # "vowed to shirtfront Vladimir Putin": an unknown deed vowed against another party, its object, is a
            # threat ("vowed to secure its border with Syria" names no one it is done to)
            code = frame_code("threat")
        if (
            frame == "intent"
            and code[:2] == "13"
            and entry.code[:2] == "03"
            and not target
            and len(source_codes) > 1
        ):
            # "Britain and France agreed to curb the crossings": what two parties plan together, aimed at no
            # one, is their agreement (PLOVER AGREE), not a threat
            code = entry.code
        elif (
            frame == "intent"
            and code[:2] == "13"
            and entry.code[:2] == "03"
            and tok.lemma_.lower() in coder_words().commissive_frames
            and not (
                (inner_code or "")[:2] in ("16", "18", "19", "20") and ments.codes(target) - source_codes
            )
            and (inner_code or "")[:2] != "13"
            and kept is None
        ):
            # "Iran agreed to limit its stockpile", "pledged to abandon its nuclear weapons", "agreed to curb the
            # flow of migrants": a deed of restraint one commits oneself to is an intention to yield (035), any
            # other an intention to cooperate (030), never a threat; force or sanctions promised against another
            # party stay a threat ("pledged to strike back at X"), and so does revenge ("vowed to take revenge on X")
            code = "035" if (inner_code or "")[:2] in ("16", "17") else entry.code
        if (
            frame == "intent"
            and (code[:2] == "15" or code in ("0332", "0312"))
            and tok.lemma_.lower() in coder_words().commissive_frames
            and any(t.lemma_.lower() in coder_words().peacekeeping_words for t in comp.subtree)
        ):
            # "pledged to build a standby force of 8,000 troops for UN peacekeeping", "pledged to provide more troops
            # for UN peacekeeping missions": forces promised for peacekeeping are the codebook's intent to provide peacekeeping (0334)
            code = refine("intent", "074")
        words = [tok, comp]
        consumed = {comp.i}
        if light is not None and not embedded_deed(light[1]):
            consumed.add(light[1].i)
        target = self.roles.reciprocal_targets(entry, source, target, ments)
        reciprocal = ((entry.reciprocal and len(source) > 1) or mutual(words, source, ments)) and not target
        adopted = (
            frame == "intent"
            and (
                (
                    tok.lemma_.lower() in coder_words().adopting_frames
                    # ("Israel's cabinet voted to attend the peace conference in Madrid": a meeting, a visit or talks
                    # are done by meeting, later, not by the vote, so the vote is the intention to meet, 036, as
                    # "agreed to attend" is; yield51)
                    and (inner_code or "")[:2] != "04"
                )
                # ("Egypt chose to mediate between Israel and Hamas": a meeting, talks or a mediation chosen is told
                # as taken up, read as the deed, as before "choose" framed its deed; a sale or a purchase chosen is a
                # deal agreed, 03x; yield51)
                or (
                    tok.lemma_.lower() in coder_words().choice_frames
                    and (inner_code or "")[:2] == "04"
                    and not _future(tok)
                )
                # "agreed to send a fact-finding mission to Libya", "decided to set up a commission of inquiry":
                # a decision to open an inquiry is the inquiry ordered (as "voted to set up" is), not a promise
                or (
                    tok.lemma_.lower() in coder_words().inquiry_adopting_frames
                    and (
                        (inner_code or "")[:2] == "09"
                        # "EC foreign ministers agreed to ban all imports from Argentina", "the League decided to
                        # abandon the measures taken against Italy": a body's decision on a measure is the measure
                        or _body_measure(inner_code, comp, source, ments)
                    )
                    and to_infinitive(comp)
                    and not _future(tok)
                )
                # "Venezuela decided to break off relations with Colombia", "Burundi decided to leave the International
                # Criminal Court", "the cabinet decided to ban the party": a decision taken on a measure (a break of
                # relations, sanctions, leaving a body, their easing: `body_measure_codes`; a ban, a curfew or another
                # coercive measure, 17) is the measure taken, by any party (rule 5.1: an announced leaving is the
                # leaving; blind set 8's parliament that "voted to dissolve" a party), not a threat, which is said to
                # its target (yield51)
                or (
                    tok.lemma_.lower() in coder_words().deciding_frames
                    and inner_code is not None
                    and (
                        inner_code[:2] == "17"
                        or any(inner_code.startswith(c) for c in coder_words().body_measure_codes)
                    )
                    and to_infinitive(comp)
                    and not _future(tok)
                )
            )
            and inner_code is not None
            and plover(inner_code) is not None
            and inner_code[:2] != "15"
            and not _negated(comp)
        )
        if (
            inner_code is not None
            and inner_code[:2] == "15"
            and frame in ("intent", "demand", "appeal")
            and not _negated(comp)
            and _arsenal_growth(comp if light is None else light[1])
            and ments.codes(target) <= ments.codes(source)
        ):
            # "vowed to expand his nuclear arsenal", "called for an exponential increase in the country's nuclear
            # arsenal", "ordered the weapons institute to expand production of weapons-grade material": one's own
            # weapons of mass destruction grown, said for the future or ordered, threaten (CAMEO 1385 "threaten
            # ... weapons of mass destruction"; the grown arsenal itself is 154), whoever is told to do it
            code, target = "1385", []
        if ordered_inquiry:
            # (the investigators told to look are the orderer's own, no target of the inquiry)
            addressed = {t.i for c in tok.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
            target = [i for i in target if ments.heads[i] not in addressed]
        if adopted:
            # "the Senate voted to reject the treaty", "parliament voted to ratify X's accession", "the League voted
            # to suspend Syria": a vote that adopts a deed is the body's deed, done by the vote (forces voted to be
            # sent keep the reading above)
            code = inner_code or code
        cand = Candidate(tok, entry, code, words, source, target, reciprocal, fallback=fallback)
        if kept is not None and code == kept:
            # (the "no" is of the promise not made; the threat is said, as with "did not rule out")
            cand.idiom_negation = True
        cand.consumed = consumed
        offer = tok.lemma_.lower() in coder_words().readiness and code[:2] == "03"
        if (
            frame in ("intent", "posture")
            and not adopted
            and (
                code == inner_code
                or (tok.lemma_.lower() not in coder_words().speech_act_frames and not offer)
            )
        ):
            # "plans to open", "is ready to strike": the deed is only intended; "agreed to", "promised to"
            # are things said, asserted as such, and so is a stated readiness to do good ("said it was
            # ready to host the talks"): the CAMEO codebook's 03 is to "offer ... or otherwise indicate
            # willingness"; the offer is the deed, read at the frame word ("would be ready to" stays supposed).
            # A frame that keeps its deed's own code ("agreed to deploy troops": a build-up) is that deed,
            # only planned: read at the deed.
            cand.modality_token = comp
        # Everything under the complement is part of this event, not a separate one; a deed countered there
        # ("its inability to deter Russia's attacks") or in a clause of its own ("failed to fulfil its
        # obligations when X's forces advanced into Y") is one of its own.
        cand.consumed.update(
            t.i
            for t in comp.subtree
            if t.pos_ in ("VERB", "NOUN")
            and not (t.i != comp.i and (embedded_deed(t) or _own_clause(t, comp)))
        )
        return cand

    def _inquiry_ordered(self, tok: Token, inner_code: str, ments: Mentions) -> bool:
        """A verb of command (data: `commanding_verbs`) whose addressee is a body of investigators (data:
        `inquiry_addressees`: police, prosecutors, agencies, a ministry) of the subject's own side or of no side
        named, with an inquiry (09) in its clause."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in coder_words().commanding_verbs:
            return False
        if inner_code[:2] != "09" or plover(inner_code) is None:
            return False
        addressees = [counted(c) for c in tok.children if c.dep_ in ("dobj", "dative")]
        if len(addressees) != 1 or addressees[0].lemma_.lower() not in coder_words().inquiry_addressees:
            return False
        own = ments.codes(self.roles.subject(tok, ments))
        named = ments.codes(actors_under(addressees[0], ments))
        return bool(own) and named <= own

    def _own_command(self, tok: Token, inner_code: str, ments: Mentions) -> bool:
        """A verb of command (data: `commanding_verbs`) whose addressee is the subject's own forces or commanders
        ("his troops", "its units", "the army", "Russia's forces" said by Russia; data: classes force, irregular,
        armour, warcraft, enforcer, and `command_addressees`), with a deed of force, posture, yielding or help in its
        clause; a court gives no orders to forces of its own (data: `court_nouns`)."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in coder_words().commanding_verbs:
            return False
        if inner_code[:2] not in ("07", "08", "15", "17", "18", "19", "20") or plover(inner_code) is None:
            return False
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subjects or any(s.lemma_.lower() in coder_words().court_nouns for s in subjects):
            return False
        addressees = [counted(c) for c in tok.children if c.dep_ in ("dobj", "dative")]
        if not addressees:
            # ("ordered tens of thousands of reservists called up": the forces a commanded participle acts on; force38)
            clause = complement(tok)
            patient = ordered_patient(clause) if clause is not None else None
            addressees = [counted(patient)] if patient is not None else []
        if len(addressees) != 1:
            return False
        noun = addressees[0]
        classes = self.lexicon.classes
        ranks = coder_words().command_addressees.union(
            *(classes.get(n, frozenset()) for n in ("force", "irregular", "armour", "warcraft", "enforcer"))
        )
        if noun.lemma_.lower() not in ranks:
            return False
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
            return True  # ("his troops", "its units", "their fighters")
        own = ments.codes(self.roles.subject(tok, ments))
        named = ments.codes(actors_under(noun, ments))
        if named:
            return bool(own) and named <= own  # ("Putin ordered Russia's forces ...": his own country's)
        # ("ordered the army to ...", "ordered troops to ...": a state's forces, no other party's named; "told the
        # rebels to release the hostages" addresses another party)
        state_ranks = coder_words().command_addressees | classes.get("force", frozenset())
        return (
            noun.lemma_.lower() in state_ranks
            and bool(own)
            and not any(code.startswith("IGO") for code in own)
            and not any(c.dep_ == "poss" for c in noun.children)
        )

    def _authorised_force(self, verb: Token, comp: Token | None) -> str | None:
        """The threat an authorising verb makes of the deed of force its "to" clause names ("authorised the army to
        strike", "empowered the President to use the armed forces": 138 and its kin, `refine` of the threat frame);
        None for any other verb or deed (an authorised call-up, inquiry or budget keeps its own reading)."""
        if comp is None or comp.pos_ != "VERB" or not authorising(verb):
            return None
        inner, _ = self._inner(comp)
        if inner is None or inner[:2] not in _AUTHORISED_THREATS:
            return None
        if inner == _OCCUPATION and not self._ground_taken(comp):
            # ("authorising a federal corporation to take over the government dam": a taking of property, by law or
            # by a court, is no occupation of ground; only ground or a place taken is force; talk46)
            return None
        return refine("threat", inner)

    def _authorised_sending(self, verb: Token) -> Token | None:
        """The purpose of a sending an authorising verb names by its noun ("authorised the sending of Tornado jets to help
        protect the peacekeepers", "the deployment of 330 soldiers to train the Malian army"): a "to" clause on the verb
        or on its object noun, when that noun derives from a verb of sending or moving (`generic_deed_senses` among the
        synonyms and direct hypernyms of the first sense of the verb WordNet derives it from); None otherwise. The
        building of a canal or the purchase of land names no sending (promise47)."""
        senses = coder_words().generic_deed_senses
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
                continue
            if not any(not first_sense(v).isdisjoint(senses) for v in source_verbs(noun.lemma_.lower())):
                continue
            for holder in (verb, noun):
                for clause in holder.children:
                    if (
                        clause.dep_ in ("advcl", "acl", "xcomp", "relcl")
                        and clause.pos_ == "VERB"
                        and to_infinitive(clause)
                    ):
                        return clause
        return None

    def _own_authorised(self, verb: Token, ments: Mentions) -> bool:
        """Whether what an authorising verb authorises is its own side's deed: its object names no party, or only the
        authoriser's own ("authorised the government", "the country's forces"; not "authorised France to help restore
        order", another's deed approved) (promise47)."""
        own = ments.codes(self.roles.subject(verb, ments))
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "dative"):
                continue
            # (the object's own party, not the parties of its phrases: "the sending of troops to Iraq")
            named = ments.codes(actors_under(obj, ments, skip=frozenset({"prep", "relcl", "acl"})))
            if named and not named <= own:
                return False
        return True

    def _authorised_aid(self, comp: Token | None) -> Token | None:
        """The clause of an authorised deed when it reads as aid or cooperation (the lexicon's roots 04-08, through
        `_inner`: "to give support to the campaign", "to help rebuild the country", "to train the army"), or as forces
        moved (root 15) for such a purpose ("to send engineers to Iraq to help the coalition": that purpose's clause);
        None for any other deed
        (force is `_authorised_force`'s threat; borrowing or building reads nothing) (promise47)."""
        if comp is None or comp.pos_ != "VERB":
            return None
        inner, _ = self._inner(comp)
        if inner is None or not plover(inner):
            return None
        root = inner[:2]
        if root in _AIDING_ROOTS:
            return comp
        if root == "15":
            # (forces sent for a purpose that reads as aid give that aid: the purpose is the deed authorised, as a
            # generic deed's purpose is, docs/annotation-conventions.md 14.4 (c))
            for purpose in purposes(comp):
                code = self._inner(purpose)[0]
                if code is not None and code[:2] in _AIDING_ROOTS:
                    return purpose
        return None

    def _ground_taken(self, verb: Token) -> bool:
        """Whether what a verb of taking takes is ground or a place: its object (or the noun of its "over" phrase, and
        that noun's "of" phrase) a named place or a noun of ground, bases or venues (`mobilise.place_noun`)."""
        taken = [c for c in verb.children if c.dep_ == "dobj"]
        taken += prep_objects(verb, ("over",))
        taken += [o for t in list(taken) for o in prep_objects(t, ("of",))]
        return any(place_noun(t, self.lexicon) for t in taken)

    def _none_to_be(self, comp: Token) -> str | None:
        """The rejection a clause "there would be no X" states when X (the attribute, or a noun joined to it) is a
        cooperative deed the lexicon reads (N, roots 03-08): `refine("reject", ...)`; None for any other clause."""
        if comp.lemma_ != "be" or not any(c.dep_ == "expl" for c in comp.children):
            return None
        for attr in comp.children:
            if attr.dep_ != "attr" or not any(c.dep_ == "det" and c.lower_ == "no" for c in attr.children):
                continue
            nouns = [attr, *(t for t in attr.subtree if t.dep_ in ("conj", "appos") and t.pos_ == "NOUN")]
            for noun in nouns:
                entry = match_entry(noun, self.lexicon, ("N",)) if noun.pos_ == "NOUN" else None
                if (
                    entry is not None
                    and not entry.no_event
                    and entry.code[:2] in frame_codes().cooperation_roots
                ):
                    return refine("reject", entry.code)
        return None

    def _force_kept_open(self, comp: Token) -> str | None:
        """The threat a promise not made keeps open: its clause renounces or ends (`frames.renouncing`, clauses.json
        `ending_verbs`) a deed of force named by its object noun (the lexicon's N readings of roots 18-20: "renounce
        the use of force", "end its air strikes"); None for any other clause (talk46)."""
        if comp.pos_ != "VERB" or not (
            renouncing(comp) or comp.lemma_.lower() in clause_words().ending_verbs
        ):
            return None
        for noun in comp.children:
            if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
                continue
            entry = match_entry(noun, self.lexicon, ("N",))
            if entry is not None and not entry.no_event and entry.code[:2] in _AUTHORISED_THREATS:
                return refine("threat", entry.code)
        return None

    def _approved_force(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "authorised military strikes against Syria", "approved the use of armed force", "gave its backing to air
        strikes", "gave overwhelming backing to the continuation of French air strikes": a verb of authorising or
        approving (`frames.approving`), or a light verb with a noun of approving (`frames.approving_noun`) and a "to"
        phrase, whose object is a deed noun of force (the lexicon's N readings of roots 18-20; through an "of" phrase
        when the object itself names no deed: "the continuation of", "the extension of") is a threat of that force
        (`refine` of the threat frame), as an authorised "to" clause is (frames45). The deed done by another party than
        the one who approves ("Britain backed the American strikes", "approved Israel's raids": a nation on the deed
        noun that the approver is not) is none of this: it is the approval of another's deed (talk46)."""
        if tok.pos_ != "VERB":
            return None
        deeds: list[Token] = []
        if approving(tok):
            deeds = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        elif is_light(tok, self.lexicon):
            nouns = [c for c in tok.children if c.dep_ == "dobj" and approving_noun(c)]
            if nouns:
                deeds = [
                    *prep_objects(tok, ("to",)),
                    *(d for c in tok.children if c.dep_ == "dative" for d in prep_objects(c, ("to",))),
                    *(d for n in nouns for d in prep_objects(n, ("to", "for"))),
                ]
        for deed in deeds:
            if deed.pos_ != "NOUN":
                continue
            entry = match_entry(deed, self.lexicon, ("N",))
            if entry is None or entry.no_event:
                inner = [o for o in prep_objects(deed, ("of",)) if o.pos_ == "NOUN"]
                if not inner:
                    continue
                deed = inner[0]
                entry = match_entry(deed, self.lexicon, ("N",))
            if entry is None or entry.no_event or entry.code[:2] not in _AUTHORISED_THREATS:
                continue
            if deed.lemma_.lower() in coder_words().business_deal_nouns and not entry.constraints:
                continue  # ("shareholders backed the takeover": a firm's deal accepted, no seizure; agree50)
            code = refine("threat", entry.code)
            cand = self._make(
                tok, Entry("V", code, tok.lemma_.lower()), [tok, deed], ments, consumed={deed.i}
            )
            if cand is None:
                return None
            own = ments.codes(cand.source)
            doers = [
                i
                for c in deed.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                for i in actors_under(c, ments)
            ]
            doers += [
                i
                for p in deed.children
                if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
                for i in actors_under(p, ments)
            ]
            if tok.dep_ != "auxpass" and not any(c.dep_ == "auxpass" for c in tok.children):
                # ("shareholders backed the takeover by Microsoft": a "by" phrase the parser hangs on an active verb
                # of approving names the doer of the deed approved, not of the approval; agree50)
                doers += [
                    i
                    for p in tok.children
                    if p.dep_ == "prep" and p.lower_ == "by"
                    for i in actors_under(p, ments)
                ]
            if own and doers and not ments.codes(doers) & own:
                return None  # another's deed approved
            # (the party the deed is aimed at, not the places of its own phrases: "against Islamic State in Syria")
            aimed = [
                i
                for p in deed.children
                if p.dep_ == "prep" and p.lower_ not in ("by", "of")
                for o in p.children
                if o.dep_ == "pobj"
                for i in actors_under(o, ments, skip=frozenset({"relcl", "prep"}))
                if i not in doers and i not in cand.source
            ]
            if aimed:
                cand.target = aimed
            else:
                cand.target = [i for i in cand.target if i not in doers and ments.codes([i]) - own]
            return cand
        return None

    def _oath_of_office(self, verb: Token, comp: Token) -> bool:
        """Whether a vow (`vowing_frames`) is an oath of office: the deed sworn has no reading of conflict (through
        `_inner`: governing, observing, upholding) and its clause names what an office is held under (`oath_nouns`: a
        constitution, the laws); "swore to avenge", "vowed to crush the revolt" keep their readings (promise47)."""
        if verb.lemma_.lower() not in coder_words().vowing_frames or comp.pos_ != "VERB":
            return False
        inner = self._inner(comp)[0]
        if inner is not None and inner[:2] in frame_codes().conflict_roots:
            return False
        oath = coder_words().oath_nouns
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in oath for t in comp.subtree)

    def _yielded_cut(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "lowered the price of a sack of rice after a week of food riots", "pared back quotas after weeks of protests
        led by students", "cut food prices back after women at the mills stayed on strike": a state that cuts a figure
        of its own policy (a verb of reducing by its WordNet senses, `reducing_senses`; an object, or the object's "of"
        noun, among what the lexicon's readings of a policy given up name, `_conceded_objects`) while the sentence
        tells of protest or of people pressing it (`conceding_pressure`) accedes to a demand for a change in policy
        (CAMEO 0832; its target the challengers, docs/annotation-conventions.md rule 7). A firm that lowers its prices,
        a price cut as oil prices fell, a tax cut to create jobs: no concession (promise47)."""
        if tok.pos_ != "VERB" or not in_senses(tok.lemma_.lower(), coder_words().reducing_senses):
            return None
        conceded = self._conceded_objects()
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        objects += [o for c in list(objects) for o in prep_objects(c, ("of",)) if o.pos_ == "NOUN"]
        if not any(o.lemma_.lower() in conceded for o in objects):
            return None
        pressure = coder_words().conceding_pressure
        told = {t.i for o in objects for t in o.subtree}
        # (not a protest the cut set off: "cut food subsidies, setting off two days of riots", "cut fuel subsidies, and
        # riots broke out": a clause joined after the cut, or a participle after it with an object; review47)
        told |= {t.i for c in tok.children if _after_the_deed(tok, c) for t in c.subtree}
        if not any(
            t.pos_ == "NOUN" and t.lemma_.lower() in pressure and t.i not in told
            for t in tok.subtree
            if t.i != tok.i
        ):
            return None
        cand = self._make(tok, Entry("V", _CONCEDED_POLICY, tok.lemma_.lower()), [tok], ments)
        if cand is None or not cand.source or not all(self._state_party(i, ments) for i in cand.source):
            return None
        cand.target = []  # (the challengers are read with the event's parties, rule 7)
        return cand

    def _conceded_objects(self) -> frozenset[str]:
        """The nouns the lexicon's readings of a policy given up name as what is given up or put off (the objects of
        its CAMEO 0832 entries: a rise in taxes, duties, prices, fares or fees, a decree, a law, a regulation)."""
        found = self._conceded
        if found is None:
            found = frozenset(
                word
                for entry in hand_entries_where(self.lexicon, _is_conceded_policy)
                if not entry.derived
                for key, allowed in entry.constraints
                if key in ("dobj", "obj")
                for word in allowed
                if not word.startswith(("&", "@"))
            )
            self._conceded = found
        return found

    def _announced_end(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "announced the end of its offensive", "proclaimed the lifting of the state of emergency", "announced that
        the state of emergency would end on 1 June": an announced end is the ending itself (the conventions'
        announcement of a done act), coded as the lexicon reads the ending verb with the ended thing as its object
        (`frames.ended_reading`: an easing, 08x, or a tie cut, 16x); None for any other verb or ending (frames45)."""
        if not announcing(tok):
            return None
        subject = subject_words(tok)
        for noun in tok.children:
            if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
                continue
            verbs = (noun.lemma_.lower(), *source_verbs(noun.lemma_.lower()))
            if not set(verbs) & clause_words().ending_verbs:
                continue  # (only an end, a halt, a stop announced: "announced the expulsion of X" is no ending)
            for ended in prep_objects(noun, ("of", "to")):
                if ended.pos_ == "PROPN":
                    # ("the end of Operation Decisive Storm, its air campaign": what the name names)
                    ended = next((a for a in ended.children if a.dep_ == "appos" and a.pos_ == "NOUN"), ended)
                code = ended_reading(verbs, ended, subject, self.lexicon)
                if code is not None:
                    cand = self._make(
                        tok,
                        Entry("V", code, tok.lemma_.lower()),
                        [tok, noun],
                        ments,
                        consumed={noun.i, ended.i},
                    )
                    return self._ended_by_its_holder(cand, ended, ments)
        clause = complement(tok)
        if (
            clause is None
            or clause.pos_ != "VERB"
            or clause.lemma_.lower() not in clause_words().ending_verbs
            or any(c.dep_ == "dobj" for c in clause.children)
        ):
            return None
        for ended in clause.children:
            if ended.dep_ == "nsubj" and ended.pos_ == "NOUN":
                code = ended_reading((clause.lemma_.lower(),), ended, subject, self.lexicon)
                if code is not None:
                    return self._make(
                        tok, Entry("V", code, tok.lemma_.lower()), [tok, clause], ments, consumed={clause.i}
                    )
        return None

    def _ended_by_its_holder(self, cand: Candidate | None, ended: Token, ments: Mentions) -> Candidate | None:
        """An announced end of a measure another party holds ("Egypt announced the end of the Israeli occupation of
        Sinai": the occupation's holder, named on the noun as an adjective, a possessor or a name, is another than the
        announcer) is that party's ending: it is the source, the parties of the measure's own phrases ("of Sinai") the
        target. The announcer's own measure ("its occupation") keeps the announcer (review45)."""
        if cand is None:
            return None
        holder = [
            i
            for c in ended.children
            if c.dep_ in ("amod", "poss", "compound", "nmod")
            for i in actors_under(c, ments)
        ]
        if not holder or ments.codes(holder) <= ments.codes(cand.source):
            return cand
        cand.source = holder
        cand.target = [
            i for c in ended.children if c.dep_ == "prep" for i in actors_under(c, ments) if i not in holder
        ]
        return cand

    def _kept_mobilised(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "suspended the demobilisation of its reservists", "postponed their demobilisation", "countermanded the
        demobilisation": a demobilisation (the lexicon's 0873) cancelled or put off keeps the forces mobilised, MOBILIZE
        154 (`frames.cancelling`); None for any other verb or object (frames45)."""
        if not cancelling(tok):
            return None
        for noun in tok.children:
            if noun.dep_ not in ("dobj", "nsubjpass") or noun.pos_ != "NOUN":
                continue
            reading = match_entry(noun, self.lexicon, ("N",))
            if reading is not None and reading.code == _DEMOBILISATION:
                return self._make(
                    tok,
                    Entry("V", _KEPT_MOBILISED, tok.lemma_.lower()),
                    [tok, noun],
                    ments,
                    consumed={noun.i},
                )
        return None

    def _vowed_sufferer(self, comp: Token, own: set[str], ments: Mentions) -> bool:
        """ "vowed to make Islamic State pay", "vowed that those behind the bombing would pay a heavy price": the one
        a vowed unknown deed befalls is the subject of the vowed clause, or of a small clause under it, when that is
        another party than the vower's or the doers of a deed of force ("those behind the bombing", "the perpetrators
        of the attack": a noun of the lexicon's roots 18-20 in the subject's phrase); frames45."""
        clauses = [comp, *(c for c in comp.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB")]
        for clause in clauses:
            if clause is comp and not any(c.dep_ == "mark" for c in comp.children):
                continue  # (the subject of a "to" clause is the vower's own side)
            for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                parties = actors_under(subject, ments, skip=frozenset({"relcl", "acl", "prep"}))
                if parties and not ments.codes(parties) & own:
                    return True
                if match_entry(subject, self.lexicon, ("N",)) is not None:
                    continue  # (a deed, not its doers: "the peace talks on the Lebanon war would go on"; review45)
                for phrase in (c for c in subject.children if c.dep_ in ("prep", "amod")):
                    for deed in (g for g in phrase.subtree if g.pos_ == "NOUN" and g is not subject):
                        reading = match_entry(deed, self.lexicon, ("N",))
                        if reading is not None and reading.code[:2] in _AUTHORISED_THREATS:
                            return True
        return False

    def _authorised_target(self, tok: Token, comp: Token, own: set[str], ments: Mentions) -> list[int] | None:
        """The party an authorised deed of force is aimed at, read at the deed ("authorised the President to use the
        armed forces in Syria": Syria, not the President authorised, who is of the authorising side; none when the
        deed names no other party); None when the frame authorises no deed of force."""
        deed = comp if authorising(tok) else complement(comp) if authorising(comp) else None
        if deed is None or self._authorised_force(comp if deed is not comp else tok, deed) is None:
            return None
        alone = self._verb_candidate(deed, ments)
        return [i for i in alone.target if ments.mentions[i].code not in own] if alone is not None else []

    def _inner(self, comp: Token) -> tuple[str | None, Token | None]:
        """The code a complement clause carries, looking through aspect verbs ("resume shelling")."""
        authorised = self._authorised_force(comp, complement(comp)) if comp.pos_ == "VERB" else None
        if authorised is not None:
            # ("voted to authorise the President to use force": what is voted is a threat; frames45)
            return authorised, None
        for _ in range(3):
            inner_entry = (
                _armed_reading(comp, match_entry(comp, self.lexicon, ("V",)))
                if comp.pos_ in ("VERB", "AUX")
                else None
            )
            if (
                inner_entry is not None
                and inner_entry.specificity == 0
                and any(c.dep_ == "ccomp" for c in comp.children)
            ):
                inner_entry = None  # "to recognise that ...", "to accept that ...": knowing, not doing
            # (a reaction's object is what it reacts to, not a deed done: "voted to deplore the invasion of X"
            # deplores, "vowed to reject the offer of talks" rejects; data: `reaction_codes`)
            reaction = inner_entry is not None and _reaction_code(inner_entry.code)
            light = (
                light_object(comp, self.lexicon)
                if (inner_entry is None or inner_entry.specificity == 0) and not reaction
                else None
            )
            if (
                light is not None
                and comp.lemma_.lower() in clause_words().ending_verbs
                and not countered_deed(light[1])
                and not lasted(light[1])
            ):
                # (nor is what an ending verb ends: "agreed on a ceasefire to end ten months of fighting" intends no
                # fighting; a deed with its doer named, "vowed to stop Azerbaijan's offensive", is countered, as
                # before; data: clauses.json `ending_verbs`, prec18)
                light = None
            if light is not None:
                if light[0].code == "154" and _weaponless_stock(light[1]):
                    return None, None  # ("called for an increase in its stockpile of wheat": fix26c)
                return light[0].code, light[1]
            if (
                inner_entry is not None
                and inner_entry.code[:2] == "15"
                and any(c.dep_ == "advmod" and c.lower_ in coder_words().joint_adverbs for c in comp.children)
            ):
                # ("agreed that Russian and Turkish forces would patrol the area together": a show of force made
                # jointly is military cooperation, 062, as joint drills are; talk17)
                return "062", None
            if inner_entry is not None and plover(inner_entry.code):
                if inner_entry.code == "154" and _weaponless_stock(comp):
                    return (
                        None,
                        None,
                    )  # "pledged to expand its stockpile of nuclear fuel": no weapons (fix26c)
                return inner_entry.code, None
            nxt = through_aspect(comp)
            if nxt is None:
                return None, None
            comp = nxt
            if comp.pos_ == "NOUN":
                noun = match_entry(comp, self.lexicon, ("N",))
                return (noun.code, comp) if noun is not None and plover(noun.code) else (None, None)
        return None, None

    def _moved_forces(
        self, verb: Token, entry: Entry, source: list[int], target: list[int], ments: Mentions
    ) -> str:
        """How forces a verb sends, deploys or moves (a show of force, 15, named by its verb) bear on a party:
        "protect" when they go to another party named as such ("send 800 troops to Estonia"; data:
        `protected_preps`), "threat" when they are aimed at another party
        otherwise ("deploy missiles in Kaliningrad to neutralise a US shield"), "" when no other party is
        named ("move troops to the border") or the show of force is named by its noun ("hold drills")."""
        if entry.code[:2] != "15" or verb.pos_ != "VERB" or entry.kind != "V":
            return ""
        own = ments.codes(source)
        for prep in verb.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in coder_words().protected_preps:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found = [i for i in actors_under(pobj, ments) if ments.heads[i] == pobj.i]
                if found and all(ments.mentions[i].code not in own for i in found):
                    return "protect"
        if any(ments.mentions[i].code not in own for i in target):
            return "threat"
        return "threat" if self._purpose_party(verb, source, ments) else ""

    def _fighting_beside(self, verb: Token, source: list[int], ments: Mentions) -> list[int]:
        """The other party forces a verb carries (`helping_force_verbs` with a force as its object, as
        `_helping_force` reads them) are to fight or serve beside: a party named in a phrase of a purpose clause whose
        preposition names a side (`comrade_preps`: "to fight alongside American forces", "to serve under the United
        Nations command"); empty when there is none, or the side is the doer's own (promise47)."""
        words = coder_words()
        if verb.lemma_.lower() not in words.helping_force_verbs:
            return []
        forces = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and (c.lemma_.lower() in words.helping_force_nouns or c.lemma_.lower() in class_words("force"))
        ]
        own = ments.codes(source)
        if not forces or not own:
            return []
        # (the purpose hung on the verb, or on the forces: "a squadron of special forces, to fight alongside ...")
        clauses = purposes(verb) + [
            c for f in forces for c in f.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)
        ]
        for clause in clauses:
            for prep in clause.children:
                if prep.dep_ != "prep" or prep.lower_ not in words.comrade_preps:
                    continue
                beside = [
                    i
                    for pobj in prep.children
                    if pobj.dep_ == "pobj" and not self._enemy_action(pobj)
                    for i in actors_under(pobj, ments)
                    if ments.mentions[i].code not in own
                ]
                if beside:
                    return beside
        return []

    def _enemy_action(self, noun: Token) -> bool:
        """True for a noun of what forces fight under or beside as its target, not as a comrade: a weapon, fire, or a
        deed of conflict the lexicon reads as a noun ("to fight under Turkish fire", "under the Bolsheviks' guns",
        "under German bombardment"; review47)."""
        lemma = noun.lemma_.lower()
        if lemma in _GUNFIRE or lemma in class_words("weapon") or projectile(lemma):
            return True
        roots = frame_codes().conflict_roots
        return any(e.code[:2] in roots for e in self.lexicon.lookup("N", lemma) if not e.constraints)

    def _helping_force(
        self, verb: Token, source: list[int], target: list[int], ments: Mentions, code_root: str = "15"
    ) -> list[int] | None:
        """Forces a verb carries (`helping_force_verbs` with a force as its object: "sent troops", "flew
        paratroopers") or that arrive (`arrival_verbs` with a force as subject: "Kenyan troops landed") to help
        another party: a purpose clause of helping (`helping_purposes`: "to help President Mobutu drive back
        rebels") or a request or invitation ("at the request of its president"). Returns the other party helped
        or asking (empty when none is named but the forces go to another party's ground), or None when the
        forces go to help their own side ("sent troops into Durban to help the police") or no help is named."""
        words = coder_words()
        lemma = verb.lemma_.lower()

        def forces(tok: Token) -> bool:
            heads = [
                tok,
                *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children),
            ]
            return any(h.lemma_.lower() in words.helping_force_nouns for h in heads)

        carried = lemma in words.helping_force_verbs and any(
            c.dep_ == "dobj" and forces(c) for c in verb.children
        )
        arriving = lemma in words.arrival_verbs and any(
            c.dep_ == "nsubj" and forces(c) for c in verb.children
        )
        if not (carried or arriving):
            return None
        own = ments.codes(source)
        if not own:
            return None
        abroad = any(ments.mentions[i].code not in own for i in target)
        # (a reading of force, 19x, is one of fighting, "moved into Lesotho at the request of its prime minister to put
        # down an army mutiny": a request does not make it protection; a purpose of helping does)
        fighting = code_root == "19"
        for child in verb.children:
            if child.dep_ in ("advcl", "xcomp") and to_infinitive(child):
                if child.lemma_.lower() not in words.helping_purposes:
                    continue
                # (the party helped: the clause's object, or the subject of what it is helped to do: "to help
                # President Mobutu drive back rebels"; not the parties that deed acts on)
                heads = [c for c in child.children if c.dep_ in ("dobj", "dative")]
                heads += [
                    s
                    for c in child.children
                    if c.dep_ in ("xcomp", "ccomp")
                    for s in c.children
                    if s.dep_ == "nsubj"
                ]
                # (the party is the phrase's own noun or a name on it; a possessive names whose the party is, not
                # the party: "to help its neighbour fight"; a noun on a possessive pronoun ("to help its army") is
                # left to the place the forces go to, whatever the pronoun was resolved to; the objects of a deed
                # named there are not helped)
                named = [
                    i
                    for h in heads
                    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in h.children)
                    for i in actors_under(h, ments, skip=frozenset({"relcl", "acl"}))
                    if (at := token_at(verb.doc, ments.heads[i])).i == h.i
                    or (at.head.i == h.i and at.dep_ in ("compound", "amod", "nmod"))
                ]
                if any(ments.mentions[i].sector == "REB" for i in named) or any(
                    h.lemma_.lower() in words.rebel_nouns for h in heads
                ):
                    return None  # ("sent troops into Ukraine to help separatists fight": no protection of a state)
                helped = [i for i in named if ments.mentions[i].code not in own]
                if helped:
                    return helped
                if not named and abroad:
                    return []
            elif child.dep_ == "prep" and child.lower_ in words.asking_preps and not fighting:
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    # ("sent troops to the Central African Republic under a bilateral defence agreement": forces sent
                    # under a pact of defence with the party they go to, as at its request)
                    pact = (
                        child.lower_ == "under"
                        and pobj.lemma_.lower() in words.defence_pact_nouns
                        and any(
                            m.lemma_.lower() in words.defence_pact_modifiers
                            for m in pobj.children
                            if m.dep_ in ("compound", "amod", "nmod")
                        )
                    )
                    if pact and abroad:
                        return [i for i in target if ments.mentions[i].code not in own]
                    if pobj.lemma_.lower() not in words.invited_nouns:
                        continue
                    # (the host named where the forces go is the target; who asked stays the deed's cause, when
                    # the sentence names no other: prune_targets sets a requester aside)
                    asking = [i for i in actors_under(pobj, ments) if ments.mentions[i].code not in own]
                    if asking or abroad:
                        return [i for i in target if ments.mentions[i].code not in own] or asking
        return None

    def _purposed_aid(
        self, verb: Token, source: list[int], target: list[int], ments: Mentions
    ) -> tuple[str, list[int]] | None:
        """The aid code and target of forces moved by a generic verb for a purpose of aid (`purposes.purposed_aid`):
        the target is the other party whose people the purpose protects ("to protect Iraqi Kurds" -> Iraq), else the
        other party the forces go to ("to Albania"), else another party the purpose names. None when the deed names
        no other party (a deployment at home: "deployed soldiers across France to guard Jewish schools") or when the
        purpose names the forces' own side (an invasion's pretext: "to protect American citizens"; review38)."""
        found = purposed_aid(verb, self.lexicon)
        own = ments.codes(source)
        if found is None or not own:
            return None
        purpose, code = found
        named = actors_under(purpose, ments)
        # (a possessive pronoun or "own" on what the purpose acts on names the doer's side: "to evacuate its embassy
        # staff", "to rescue their own hostages")
        owned = any(
            (g.dep_ == "poss" and g.pos_ == "PRON") or g.lower_ == "own"
            for c in purpose.children
            if c.dep_ == "dobj"
            for g in c.subtree
        )
        if owned or any(ments.mentions[i].code in own for i in named):
            # (the forces' own side in the purpose: an invasion's pretext, "to protect American medical students"
            # (review38), or their own staff or hostages taken out, no aid to the host (fix26c))
            return None
        # (people rescued, evacuated or sheltered are carried to safety wherever they are, at home too: "moved
        # soldiers into the flooded region to rescue stranded villagers")
        rescued = code != "074" and bool(_protected_people(purpose))
        protected = [i for i in _protected_target(verb, ments) if ments.mentions[i].code not in own]
        # (where the forces go: the deed's target, its destination, or a phrase of destination on what is moved:
        # "flew paratroopers into Brazzaville")
        went = target or self.roles.destination(verb, ments)
        went = went or [
            i
            for moved in verb.children
            if moved.dep_ == "dobj"
            for p in moved.children
            if p.dep_ == "prep" and p.lower_ in coder_words().destination_preps
            for i in pobj_actors(p, ments)
        ]
        abroad = [i for i in went if ments.mentions[i].code not in own]
        others = [i for i in named if ments.mentions[i].code not in own]
        chosen = protected or abroad or others
        if chosen:
            return code, chosen
        # (the forces go to a place of another party the resolver names as a place, no party: "flew paratroopers
        # into Brazzaville to evacuate foreign nationals"; the aid is done there, its target unnamed)
        places = [
            m
            for t in verb.subtree
            if t.i not in {p.i for p in purpose.subtree}
            for m in ments.places.get(t.i, [])
        ]
        if rescued or (places and all(m.code and m.code not in own for m in places)):
            return code, []
        return None

    def _purpose_party(self, verb: Token, source: list[int], ments: Mentions) -> list[int]:
        """ "would deploy missiles in Kaliningrad to neutralise a US missile shield": the other party the purpose
        clause of a deployment acts on, the one the deployment is aimed at."""
        own = ments.codes(source)
        return [
            i
            for c in verb.children
            if c.dep_ == "advcl" and to_infinitive(c)
            for i in self.roles.objects_of(c, ments)
            if ments.mentions[i].code not in own
        ]

    # --- Reported speech ------------------------------------------------------------------------------------

    def _reported(self, tok: Token, ments: Mentions) -> Candidate | None:
        """A reporting verb: "X said Y must leave" is a demand of X on Y; other speech is not an event."""
        for child in _reported_clauses(tok):
            judged = self._court_judgement(tok, child, ments) or self._body_finding(tok, child, ments)
            if judged is not None:
                return judged
            evaluated = self._evaluation(tok, child, ments)
            if evaluated is not None:
                return evaluated
            auxes = {a.lower_ for a in child.children if a.dep_ == "aux"}
            if child.lemma_.lower() == "have":
                owed = [x for x in child.children if x.dep_ == "xcomp" and to_infinitive(x)]
                threat = self._own_conditional_duty(tok, child, owed[0], auxes, ments) if owed else None
                if threat is not None:
                    return threat
            if auxes & coder_words().future_aux and any(
                lemma in coder_words().announcing_intent for lemma in lemma_forms(tok)
            ):
                return self._announced_intent(tok, child, ments)
            if auxes & coder_words().future_aux and (
                any(lemma in role_words().telling_verbs for lemma in lemma_forms(tok)) or stating_phrase(tok)
            ):
                # "told Putin that the United States would act if Russia invaded", "served notice on Belgrade that it
                # would take the matter to the Council unless ...": what the speaker's side will do, delivered to a
                # party on its condition, is the speaker's threat (the telling is its channel); a plain plan told to
                # someone stays the telling (freq34)
                delivered = self._announced_intent(tok, child, ments)
                if delivered is not None and delivered.entry.frame == "threat":
                    # (aimed at the one told: "served notice on Tito's government that it would take the matter to
                    # the Security Council unless ...")
                    delivered.target = _told(tok, delivered.source, ments) or delivered.target
                    return delivered
            failed = self._reported_failure(tok, child, ments)
            if failed is not None:
                return failed
            deed = child
            if child.lemma_.lower() in coder_words().obligation_aux | {"have"}:
                # "said Y had to release them", "said Y needs to leave": the obligation is in the verb
                owed = [x for x in child.children if x.dep_ == "xcomp" and to_infinitive(x)]
                if owed:
                    auxes |= {"must"}
                    deed = owed[0]
            if not auxes & coder_words().obligation_aux:
                continue
            if _inverted_condition(child):
                continue  # "said Britain would lend Poland support should its independence be threatened": an if
            if "have" in auxes and deed.tag_ == "VBN":
                continue  # "said Iran must have supplied the drones", "should have acted": inferred, not demanded
            inner = match_entry(deed, self.lexicon, ("V",))
            inner_code = inner.code if inner is not None and plover(inner.code) else None
            if _negated(deed):
                inner_code = None  # "said Y must not sell arms to Z": to refrain is no deed of the kind named
            entry = Entry("F", frame_code("demand"), tok.lemma_.lower(), frame="demand")
            code = refine("demand", inner_code)
            if _or_else(deed) or _in_ultimatum(tok):
                # "Iraq must let the inspectors back in or face the consequences, Clinton told Baghdad", "Lithuania
                # must admit Soviet troops, Moscow told it in an ultimatum": an ultimatum, as in _frame_candidate
                code = "139"
            source = self.roles.subject(tok, ments)
            if not source:
                # "X must ..., the analyst argued": no actor demands it; the clause stands on its own
                return None
            own = ments.codes(source)
            # "We told our American colleagues that NATO must stop ...": the one told is asked, not the
            # party the clause names
            target = [
                i
                for c in tok.children
                if c.dep_ in ("dobj", "dative")
                for i in actors_under(c, ments)
                if ments.mentions[i].code not in own
            ]
            target = target or self.roles.subject(child, ments, climb=False)
            if not target and child.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in child.children):
                # ("X has lost his legitimacy and must leave": the conjoined verb shares its head's subject)
                target = self.roles.subject(child.head, ments, climb=False)
            if not target:
                target = self.roles.objects_of(deed, ments)
            if self._court_finding(tok, source, ments) and self._finds_unlawful(child):
                # "the court ruled that the barrier breaches international law and must be torn down": a court's
                # finding that a party is in the wrong is a judgement on it (116), not a demand ("ordered" is); a
                # ruling that only says what must be done ("ruled that the government must hold elections within
                # ninety days") stays the court's demand
                entry = Entry("V", "116", tok.lemma_.lower())
                code = "116"
                if not [t for t in target if t not in source]:
                    # "found that the wall Israel was building ... should be dismantled": the party whose work the
                    # finding's subject is (the doer of a relative clause on it)
                    clauses = [child, child.head] if child.dep_ == "conj" else [child]
                    subjects = [
                        s for clause in clauses for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                    ]
                    subjects += relative_doers(subjects)
                    target = [i for s in subjects for i in actors_under(s, ments)]
            cand = Candidate(tok, entry, code, [tok, deed], source, [t for t in target if t not in source])
            cand.consumed = {child.i, deed.i}
            return cand
        return None

    def _condemning_name(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Tunisia called Israel's bombing of the PLO headquarters at Hammam Chott an act of aggression", where the
        parser hung the name on the deed, or made the deed the naming's predicate and the name its apposition: a name that condemns (the classes of
        `_condemns`) given to a party's deed is criticism (111) of the party, never a telephone call (frames43)."""
        preds = [c for c in tok.children if c.dep_ == "oprd"]
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        names = [a for p in preds for a in (p, *(c for c in p.children if c.dep_ == "appos"))]
        names += [c for o in objects for c in o.children if c.dep_ in ("appos", "npadvmod") and c.i > o.i]
        # ("called the United States' decision to withdraw from the treaty a mistake": the parser hung the name on the
        # last verb of the object's own clause; an indefinite noun phrase hung so inside the object is its name;
        # background50)
        names += [
            t
            for o in objects
            for t in o.subtree
            if t.dep_ in ("npadvmod", "oprd")
            and t.pos_ == "NOUN"
            and t.i > o.i
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children)
        ]
        if not any(self._condemns(n) for n in names):
            return None
        named = objects or preds
        source = self.roles.subject(tok, ments)
        target = [i for i in _judged_parties(named, ments) if i not in source]
        if not source or not target:
            return None
        cand = Candidate(tok, Entry("V", "111", tok.lemma_.lower()), "111", [tok], source, target)
        cand.consumed = {t.i for n in named for t in n.subtree}  # (the deed named is the naming's content)
        return cand

    def _epithet(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Britain's foreign secretary described Iran's seizure of the tanker as unacceptable", "branded the vote
        illegitimate": a verb of naming or describing (`naming_verbs`: by the lexicon's own hand readings, a verb that
        criticises when its object or its "as" phrase is a word of blame) whose predicate condemns (`_condemns`: an
        object predicate, the noun or adjective of its "as" phrase) is criticism (111) of the party its object names
        (the object itself, or the owner or doer of the deed it names: `_judged_parties`), from the subject (issue 9,
        forty-eighth session: verdict48). Asked only when no reading of the verb decided; not a verb negated."""
        if tok.pos_ != "VERB" or _negated(tok) or tok.lemma_.lower() not in naming_verbs(self.lexicon):
            return None
        preds = [c for c in tok.children if c.dep_ in ("oprd", "acomp")]
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "as":
                preds += [c for c in prep.children if c.dep_ in ("pobj", "amod", "acomp", "advmod")]
        preds += [c for p in preds for c in p.children if c.dep_ in ("conj", "appos")]
        if not any(self._condemns(p) and not _negated(p) for p in preds):
            return None
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        source = self.roles.subject(tok, ments)
        # (one's own side is no target: "Brandt described the German past as criminal" blames no other party; review48)
        own = ments.codes(source)
        target = [
            i
            for i in _judged_parties(objects, ments)
            if i not in source and ments.mentions[i].code not in own
        ]
        if not source or not target:
            return None
        cand = Candidate(tok, Entry("V", "111", tok.lemma_.lower()), "111", [tok], source, target)
        cand.consumed = {t.i for n in objects for t in n.subtree}  # (the deed named is the naming's content)
        return cand

    def _condemns(self, word: Token) -> bool:
        """True for a predicate that condemns what it is said of: an adjective of &condemning or the law's
        unlawful_words, a noun of &denounced, &misdeed or &pejorative ("wrong", "illegal", "a crime", "a breach")."""
        classes = self.lexicon.classes
        lemma = word.lemma_.lower()
        if lemma in classes.get("condemning", frozenset()) or lemma in coder_words().unlawful_words:
            return True
        if word.pos_ == "ADJ" and f"{lemma}ly" in coder_words().unlawful_adverbs:
            return True  # ("unjust", "inhuman", "improper", "wrongful": the adjectives of the unlawful adverbs; verdict48)
        return word.pos_ in ("NOUN", "PROPN") and any(
            lemma in classes.get(name, frozenset()) for name in ("denounced", "misdeed", "pejorative")
        )

    def _own_conditional_duty(
        self, tok: Token, clause: Token, deed: Token, auxes: set[str], ments: Mentions
    ) -> Candidate | None:
        """ "Trump told the Assembly that the United States would have to totally destroy North Korea if forced to
        defend itself": what the speaker's own side says it would have to do on a condition is no demand on anyone
        but the speaker's conditional deed; a harmful one (a root of conflict) is a threat (13x by the deed), aimed at
        the party it would be done to (frames43). A duty of another party ("said Iran would have to stop") stays
        the demand read below."""
        # ("the Soviet Union might have to act alone": a duty one's side may have is said for the future too; will48)
        if (
            not auxes & (coder_words().future_aux | coder_words().possibility_aux)
            or _negated(clause)
            or _negated(deed)
        ):
            return None
        if not any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for c in (*clause.children, *deed.children)
        ):
            return None
        source = self.roles.subject(tok, ments)
        doer = self.roles.subject(clause, ments, climb=False)
        if not source or not doer or not ments.codes(doer) <= ments.codes(source):
            return None
        inner = match_entry(deed, self.lexicon, ("V",))
        if inner is None or not plover(inner.code) or inner.code[:2] not in frame_codes().conflict_roots:
            known = inner is not None and bool(plover(inner.code))
            if known and not _own_answer(deed):
                return None
            if not known and not (_waits_on_failure(clause) or _waits_on_failure(deed) or _own_answer(deed)):
                return None
            # ("told Nixon that if the United States would not join Moscow ..., the Soviet Union might have to act
            # alone", "told Helsinki that Russia would have to respond if Finland joined NATO": a deed the lexicon does
            # not read as harm, that one's side would have to do on another's failure to act or in answer to another,
            # is a threat, 130, aimed at the party told, as "would act unless" and "would respond if" are; will48)
            inner = None
        target = [t for t in self.roles.objects_of(deed, ments) if t not in source]
        if inner is None:
            target = target or _told(tok, source, ments)
        code = refine("threat", inner.code) if inner is not None else frame_code("threat")
        cand = Candidate(
            tok,
            Entry("F", frame_code("threat"), tok.lemma_.lower(), frame="threat"),
            code,
            [tok, deed],
            source,
            target,
        )
        cand.consumed = {clause.i, deed.i}
        cand.modality_token = tok
        return cand

    def _voiced_judgement(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Australia registered its strong protest at Indonesia's execution of ...", "Japan voiced its anger and its
        disapproval at North Korea's test": a verb that voices a judgement (`voicing_verbs`: by the lexicon's own hand
        readings, a verb that takes a noun of disapproval, criticism or complaint as its object and is that judgement)
        whose object, or a noun conjoined to it, is such a noun (`disapproval_code`) is the subject's judgement, not
        the deed it names in a phrase: 110, 111 or 114 by the noun, source the subject, target the party of the deed
        (issue 9, forty-eighth session: verdict48). Asked only when no reading of the verb decided with its object;
        not a verb negated."""
        if tok.pos_ != "VERB" or _negated(tok) or tok.lemma_.lower() not in voicing_verbs(self.lexicon):
            return None
        for obj in object_children(tok):
            for noun in (obj, *(c for c in obj.children if c.dep_ == "conj")):
                if noun.pos_ != "NOUN" or _denied(noun):
                    continue
                code = disapproval_code(noun.lemma_.lower(), self.lexicon)
                if code is not None:
                    entry = Entry("V", code, tok.lemma_.lower())
                    return self._make(tok, entry, [tok, noun], ments, consumed={noun.i})
        return None

    def _evaluation(self, tok: Token, clause: Token, ments: Mentions) -> Candidate | None:
        """ "The EU said that Russia's annexation of Crimea was illegal", "Turkey said the Russian bombing of Turkmen
        villages was unacceptable", "Iraq's annexation of Kuwait is null and void, the Security Council declared": a
        speaker's verdict on a party or its deed, told as a copula whose predicate condemns (`_condemns`: "was wrong",
        "illegal", "was a crime", "a mistake") is criticism (111), from the speaker to the party judged; the deed judged is the verdict's content, never a deed told as done
        (issue 9: a frame whose deed is unknown or only judged is coded as the frame itself; frames43). A verdict under
        a modal ("would be illegal") or negated ("was not wrong") is none; a finding of a court or an inquiry is read
        before this (116, 112)."""
        if clause.lemma_.lower() != "be" or _negated(clause):
            return None
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            return None
        if not any(
            c.dep_ in ("acomp", "attr") and not _negated(c) and self._condemns(c) for c in clause.children
        ):
            return None
        source = self.roles.subject(tok, ments)
        if not source:
            return None
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        target = [i for i in _judged_parties(subjects, ments) if i not in source]
        if not target:
            target = [i for d in relative_doers(subjects) for i in actors_under(d, ments) if i not in source]
        if not target:
            return None
        cand = Candidate(tok, Entry("V", "111", tok.lemma_.lower()), "111", [tok], source, target)
        cand.consumed = {t.i for t in clause.subtree}  # (the deed judged is the verdict's content)
        return cand

    def _body_finding(self, tok: Token, clause: Token, ments: Mentions) -> Candidate | None:
        """ "A UN commission of inquiry said that Eritrea's government was responsible for systematic human rights
        violations", "U.N. investigators concluded that the army had violated the laws of war": an investigative body
        (data: `finder_nouns`, not a court: courts judge, 116, above) that says or finds (`finding_verbs`) a party broke
        the law or answers for a wrong accuses it (112), from the body (its international body first) to the party.
        Twenty-seventh session (talk17)."""
        words = coder_words()
        if tok.lemma_.lower() not in words.finding_verbs or not self._unlawful(clause):
            return None
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].lemma_.lower() not in words.finder_nouns:
            return None
        found = actors_under(subjects[0], ments)
        source = [i for i in found if str(ments.mentions[i].code).startswith("IGO")][:1] or found[:1]
        if not source:
            return None
        doers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        owners = [p for d in doers for p in d.children if p.dep_ == "poss"]
        target = [i for d in owners or doers for i in actors_under(d, ments) if i not in source]
        if not target:
            return None
        cand = Candidate(tok, Entry("V", "112", tok.lemma_.lower()), "112", [tok], source, target)
        cand.consumed = {t.i for t in clause.subtree}  # (what the body found is the accusation's content)
        return cand

    def _court_judgement(
        self, tok: Token, clause: Token, ments: Mentions, holdings: bool = False
    ) -> Candidate | None:
        """ "The Supreme Court ruled that the suspension of parliament was unlawful", "the court found that Turkey had
        violated his rights": a court's finding that a party's deed is unlawful, or that the party broke the law, is a
        judgement on the party (116; data: coder_words.json unlawful_words, law_breaking_verbs). Asked only of a verb
        of finding (judging_verbs) with a report clause. With `holdings` (talk18), a sum the court holds a party must
        pay ("Spain must pay 128 million euros to Eiser, a tribunal ruled": rule 8.3) and a deed of force it finds a
        party did ("found that Russian agents had killed Litvinenko") are judgements on the party too."""
        words = coder_words()
        if tok.lemma_.lower() not in words.judging_verbs:
            return None
        code = "116"
        if not (
            self._unlawful(clause)
            or self._done_in_wrong(clause)
            or (holdings and (_owed_payment(clause) or self._found_force(clause)))
        ):
            if not (holdings and _owed_deed(clause)):
                return None
            if self._owed_custody(clause):
                # ("Alberto Fujimori must spend 25 years in prison, a special court ruled", "must serve a life term",
                # "must be hanged": what a court holds a person must undergo in custody or by death is its sentence,
                # 173, rule 8.1; courts41)
                code = "173"
            else:
                # ("Turkey must release Osman Kavala, the European Court of Human Rights ruled": a court's order to do
                # anything but pay stays its demand, rule 8.3; 10x refined by the deed)
                entry = match_entry(clause, self.lexicon, ("V",))
                code = refine("demand", entry.code if entry is not None and plover(entry.code) else None)
        court = _appositive_court(tok) if holdings else None
        if court is None and holdings and tok.dep_ == "acl" and tok.head.lemma_.lower() in words.court_nouns:
            court = tok.head  # ("..., the Grand Chamber of the European Court of Human Rights held": court49)
        if court is not None:
            # (the parser hung the court on the noun before it: "..., an arbitration court in The Hague ruled")
            # (only the court's own words: when the verb is a clause hung on the court noun, the court's subtree
            # holds the verb and its holding too, whose parties are the ones judged: "Ruling in a quarrel over ...,
            # the World Court held that France had breached a pact": not France; institution51)
            own = {t.i for t in tok.subtree} if tok.head.i == court.i else set()
            source = list(dict.fromkeys(i for t in court.subtree if t.i not in own for i in ments.at(t)))
            if not source:
                return None
        else:
            source = self._court_doers(tok, self.roles.subject(tok, ments), ments)
            if not self._court_finding(tok, source, ments):
                return None
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and clause.dep_ == "acl" and clause.head.pos_ in ("NOUN", "PROPN"):
            # ("Britain's immigration rules discriminated against ..., the court found", the parser making the deed a
            # participle on its doer: `_told_before`)
            subjects = [clause.head]
        if not subjects and clause in _passive_finding(tok):
            # ("Turkey was found by the court to have violated his rights": the party found is the finding's passive
            # subject; courts41)
            subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        doers = _passive_doers(clause)
        if doers:
            # ("three billion dollars in damages must be paid by Philip Morris, a jury decided": a holding told in the
            # passive names its party in the "by" phrase; what is paid or done is no party; verdict48)
            subjects = doers
        # (the owner of the deed judged first: "the government's plan to send asylum seekers to Rwanda")
        owners = [p for s in subjects for p in s.children if p.dep_ == "poss"]
        target = [i for s in owners or subjects for i in actors_under(s, ments) if i not in source]
        if not target:
            # ("found that the wall Israel was building ... was contrary to international law": the doer of a
            # relative clause on the deed judged)
            target = [i for d in relative_doers(subjects) for i in actors_under(d, ments) if i not in source]
        if not target and code == "116":
            # ("won her case against Ukraine, when the court held that her right to liberty had been violated": a
            # finding that names no party is on the one the case was brought against; courts47)
            target = [i for i in _party_sued(tok, ments) if i not in source]
        if not target and code == "116":
            # ("Poland lost a case at the EU's Court of Justice, which ruled that lowering the judges' retirement age
            # had broken EU law", "has cost Ireland a defeat at the court, which ruled that it broke the right ...": a
            # finding that names no party, told of a court named where the main clause's party lost; courts47)
            target = [i for i in _party_before_court(tok, ments) if i not in source]
        cand = Candidate(tok, Entry("V", code, tok.lemma_.lower()), code, [tok], source, target)
        # (everything the finding says is its content, not news: "found that Poland had broken the ban on torture by
        # letting the CIA hold ... suspects", "had breached the convention by denying diplomats access")
        cand.consumed = {t.i for t in clause.subtree}
        return cand

    def _party_judged(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "The European Court of Human Rights found against France", "found Belgium at fault", "found Turkey in
        breach of the convention": a court's verb of finding (judging_verbs) whose party is named "against" it, or
        named as its object with a phrase of a wrong (`_wrong_noun`: "at fault", "in breach of", "in violation of"),
        is a judgement on that party (116, docs/annotation-conventions.md rule 8.2; courts47). "Against" is read for
        any body that rules (a WTO panel, a treaty committee: finding_body_nouns); a wrong in a phrase for courts
        only. Not a verb negated; the party must be coded and not the court."""
        if _negated(tok):
            return None
        source = self._court_doers(tok, self.roles.subject(tok, ments), ments)
        if not self._court_finding(tok, source, ments):
            return None
        target: list[int] = []
        phrases: list[Token] = []
        preps = [c for c in tok.children if c.dep_ == "prep"]
        for prep in preps:
            if prep.lower_ == "against":
                # ("found against France": the party lost; "ruled against the EU's banana regime": its owner)
                phrases.append(prep)
                target += [
                    i
                    for o in prep.children
                    if o.dep_ == "pobj"
                    for i in actors_under(o, ments, skip=_OWN_PHRASE_SKIP)
                ]
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if not target and not self._court_source(tok, source, ments, bodies=False):
            # (a wrong a board or a committee finds a party in is read by the lexicon and `_body_finding`: "the IAEA
            # board found Iran in breach of its safeguards obligations" accuses, 112)
            return None
        if not target and any(self._wrong_noun(o) and not _denied(o) for o in objects):
            # ("found a violation of the convention in Turkey's ban": the party whose deed the wrong is found in)
            phrases += objects
            target = [
                i
                for o in objects
                for p in (*o.children, *preps)
                if p.dep_ == "prep" and p.lower_ in _FOUND_IN_PREPS
                for g in p.children
                if g.dep_ == "pobj"
                for i in actors_under(g, ments)
            ]
        if not target:
            wrongs = [
                p
                for p in preps + [g for o in objects for g in o.children if g.dep_ == "prep"]
                if p.lower_ in _WRONG_PREPS
                and any(o.dep_ == "pobj" and self._wrong_noun(o) and not _denied(o) for o in p.children)
            ]
            if wrongs:
                phrases += wrongs
                target = [i for o in objects for i in actors_under(o, ments, skip=_OWN_PHRASE_SKIP)]
        target = [i for i in target if i not in source]
        if not target:
            return None
        cand = Candidate(tok, Entry("V", "116", tok.lemma_.lower()), "116", [tok], source, target)
        cand.consumed = {t.i for p in phrases for t in p.subtree}
        return cand

    def _censure_motion(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Labour members of parliament passed a motion of no confidence in Jeremy Corbyn", "Romania's parliament
        passed a no-confidence motion against the government", "Corbyn tabled a motion of no confidence in Theresa
        May's government", "the House passed a resolution of censure against Representative X": a motion, a vote or a
        resolution of censure or of no confidence (`_censure_words`) that a party passes, carries, adopts, tables or
        files is its censure of the party named "in", "against", "on" or "of" it (DISAPPROVE 111, as blind set 39 codes
        one), not the passing of a text (030) or a motion tabled as an appeal (020) (court49). Not a verb negated or
        one that undoes or merely meets the motion ("survived", "lost", "won": reversal_verbs, the subject the party
        censured); the party must be named and not the subject."""
        if tok.pos_ != "VERB" or _negated(tok) or tok.lemma_.lower() in coder_words().reversal_verbs:
            return None
        for obj in object_children(tok)[:1]:
            marks = _censure_words(obj, tok, self.lexicon)
            if not marks or not _puts_motion(tok, self.lexicon):
                continue
            source = self.roles.subject(tok, ments)
            heads = (obj, *marks)
            target = [
                i
                for head in heads
                for i in prep_actors(head, ("in", "against", "on", "of"), ments)
                if i not in source
            ]
            # (the parser may hang the party's phrase on the verb: "passed a motion of no confidence [in X]")
            target += [i for i in prep_actors(tok, ("in", "against"), ments) if i not in source]
            target = list(dict.fromkeys(target))
            if not target and not any(
                g.pos_ in ("NOUN", "PROPN") and g.ent_type_ not in ("DATE", "TIME")
                for head in (*heads, tok)
                for g in prep_objects(head, ("in", "against"))
            ):
                continue  # (a party the resolver does not know is still named: "in Jeremy Corbyn")
            cand = Candidate(tok, Entry("V", "111", tok.lemma_.lower()), "111", [tok, obj], source, target)
            cand.consumed = {t.i for t in obj.subtree}
            return cand
        return None

    def _voided_act(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Israel's Supreme Court annulled the July law by which the Knesset had stripped judges of ...", "a federal
        court struck down most of the tariffs President Trump had imposed", "quashed the convictions the court in
        Curitiba had handed Lula", "declared void the law under which the Catalan parliament had called ...": a body of
        judgment (a court, a tribunal, its judges: `_court_source`) or a legislature (sector LEG) that cancels or
        voids an act of a party (a verb of voiding: `voiding_verbs`) rejects that act (REJECT 120, as the sets code a
        court's annulment), target the party whose act it was (its owner, the doer of a relative clause on it, the
        agent of a participle on it); the act voided, and the deed it tells, are its content, not news (court49).
        Not a verb negated; the act is no party itself (a person or a body named is no act)."""
        if tok.pos_ != "VERB" or _negated(tok):
            return None
        particles = voiding_particles(tok, self.lexicon)
        if particles is None:
            return None
        if _court_holding_possible(tok.doc) and self._held_by_court(tok, (tok, *tok.ancestors)):
            return None  # ("ruled that the government acted within its powers when it revoked ...": the ruling's content)
        acts = [
            c
            for c in tok.children
            if (c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "npadvmod" and c.pos_ == "ADJ"))
            and c.i not in particles
        ]  # ("struck down most of the tariffs": the parser may hang "most" as an adverbial)
        if not acts:
            acts = [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in particles
                for g in c.children
                if g.dep_ == "pobj"
            ]  # ("struck down President Trump's tariffs" parsed with "down" as a preposition)
        if not acts:
            # ("declared void the law ...": the parser makes the predicate a verb with the act as its object)
            acts = [g for c in tok.children if c.i in particles for g in c.children if g.dep_ == "dobj"]
        if not acts:
            return None
        act = acts[0]
        if act.pos_ not in ("NOUN", "PROPN"):
            part = of_object(act)  # ("struck down most of the tariffs", "quashed all of the convictions")
            if part is None:
                return None
            act = part
        if act.pos_ not in ("NOUN", "PROPN") or act.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
            return None  # (a party is no act: "threw out Nicaragua")
        entry = match_entry(tok, self.lexicon, ("V",))
        if entry is not None and entry.code[:2] == "08" and entry.code[:3] != "083":
            # ("the Latvian Constitutional Court cancelled restrictions on ...": restrictions, sanctions or a blockade
            # lifted are eased, 081-087, whoever lifts them; a law or a policy undone, 0832, is the court's rejection)
            return None
        source = self._court_doers(tok, self.roles.subject(tok, ments), ments)
        if not self._court_source(tok, source, ments, bodies=False):
            if not any(ments.mentions[i].sector == "LEG" for i in source):
                return None
            if entry is not None and entry.code[:2] == "08":
                # ("Kenya's parliament repealed the clause ..., bowing to pressure from foreign donors": a legislature
                # undoing its own state's law or measure concedes, as the lexicon reads it)
                return None
        target = [i for i in _judged_parties([act], ments) if i not in source]
        if not target:
            target = [i for d in relative_doers([act]) for i in actors_under(d, ments) if i not in source]
        if not target:
            # ("the tariffs imposed by President Trump", "the law passed by Congress": the agent of a participle)
            target = [
                i
                for c in act.children
                if c.dep_ == "acl"
                for a in c.children
                if a.dep_ == "agent"
                for g in a.children
                if g.dep_ == "pobj"
                for i in actors_under(g, ments)
                if i not in source
            ]
        if not target:
            # ("the admissions programmes of Harvard": the owner named in an "of" phrase)
            owner = of_object(act)
            target = [i for i in actors_under(owner, ments) if i not in source] if owner is not None else []
        if not target and entry is not None and entry.code[:2] == "12":
            return None  # (the lexicon's own rejection reads its parties as it always has: "threw out challenges by X")
        code = entry.code if entry is not None and entry.code[:2] == "12" else "120"
        cand = Candidate(tok, Entry("V", code, tok.lemma_.lower()), code, [tok], source, target)
        cand.consumed = {t.i for t in act.subtree if t.i != act.i}  # (what the act told is its content)
        return cand

    def _done_in_wrong(self, clause: Token) -> bool:
        """True for a held clause whose deed is done in a wrong ("had acted in breach of Nicaragua's rights", "had
        seized the vessels in violation of the law of the sea"): a phrase on its verb whose noun is a wrong
        (`_wrong_noun`), not denied, the verb itself not negated (courts47)."""
        if clause.pos_ not in ("VERB", "AUX") or _negated(clause):
            return False
        return any(
            p.dep_ == "prep"
            and p.lower_ in _WRONG_PREPS
            and any(o.dep_ == "pobj" and self._wrong_noun(o) and not _denied(o) for o in p.children)
            for p in clause.children
        )

    def _wrong_noun(self, noun: Token) -> bool:
        """True for a noun that names a wrong a party is found in or at ("fault", "breach", "violation",
        "contravention"): a noun of &misdeed, or one whose verb (WordNet's derivations, wordnet_deverbal.txt) breaks
        the law (law_breaking_verbs) or is read by the lexicon as a disapproval or an accusation (root 11: "fault").
        Denied or not ("no violation": `_denied`)."""
        lemma = noun.lemma_.lower()
        if lemma in self.lexicon.classes.get("misdeed", frozenset()):
            return True
        words = coder_words()
        return any(
            verb in words.law_breaking_verbs
            or any(
                e.code[:2] == "11"
                for e in self.lexicon.lookup("V", verb)
                if not e.constraints and not e.implied
            )
            for verb in source_verbs(lemma)
        )

    def _owed_custody(self, clause: Token) -> bool:
        """True for a clause a court holds that says a person must spend, serve or stay time in custody ("must spend 25
        years in prison", "must serve a life term", "must remain in jail"; data: `custody_verbs`, the class
        &detention) or must die or be confined ("must be hanged", "must be imprisoned": `sentence_deaths`)."""
        words = coder_words()
        lemma = clause.lemma_.lower()
        if lemma in words.sentence_deaths - words.custody_verbs:
            return True
        if lemma not in words.custody_verbs:
            return False
        places = self.lexicon.classes.get("detention", frozenset())
        if any(c.dep_ == "dobj" and c.lemma_.lower() in words.custodial_terms for c in clause.children):
            return True  # ("must serve a life term", "must serve his sentence")
        # (a place of custody anywhere in the clause's own phrases: "must spend the rest of his life in prison",
        # "must stay behind bars")
        stack = [c for c in clause.children if c.dep_ in ("prep", "dobj", "npadvmod")]
        while stack:
            t = stack.pop()
            if t.dep_ == "pobj" and (
                t.lemma_.lower() in places or (t.head.lower_ == "behind" and t.lemma_.lower() == "bar")
            ):
                return True
            stack.extend(c for c in t.children if c.dep_ in ("prep", "pobj", "dobj"))
        return False

    def _found_force(self, clause: Token) -> bool:
        """True for a reported clause that tells a deed of force as done ("Russian agents had killed Litvinenko"):
        a verb of the lexicon whose code is of a root of force (conflict.json force_roots, but not postures, 15, or
        reduced relations, 16), not negated and under no modal."""
        if clause.pos_ != "VERB" or _negated(clause) or _denied_object(clause):
            return False  # ("broke no rule of international law": no deed found; courts41)
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            return False
        entry = match_entry(clause, self.lexicon, ("V",))
        return entry is not None and entry.code[:2] in conflict_words().force_roots - {"15", "16"}

    @staticmethod
    def _unlawful(clause: Token) -> bool:
        """True for a reported clause that finds a party broke the law ("had violated his rights") or that a deed
        is against it ("was unlawful", "was contrary to international law"; data: coder_words.json
        law_breaking_verbs, unlawful_words)."""
        words = coder_words()
        if _negated(clause):
            return False  # ("found that Serbia was not responsible for genocide", "had not violated": an acquittal)
        if clause.lemma_.lower() in words.failing_verbs:
            # ("found that Turkey had failed to obey its order": a duty not done; "had failed to prove its case": a
            # claimant's loss, no unlawful act; "had both failed the young woman": a duty to a person not done, talk20)
            return any(
                (c.dep_ == "xcomp" and c.lemma_.lower() not in _PROOF_VERBS) or c.dep_ == "dobj"
                for c in clause.children
            )
        if any(
            c.dep_ == "advmod" and c.lemma_.lower() in words.unlawful_adverbs for c in _own_phrases(clause)
        ):
            # ("had acted unlawfully by mining the harbours", "had treated the internees inhumanly"; talk20; "deprived
            # him of his liberty unlawfully", the parser hanging the adverb on the phrase's noun, courts47)
            return True
        if clause.lemma_.lower() == "have" and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in words.entitlement_nouns
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            and any(
                _wrong_done(v, words.claiming_words, words.compulsion_verbs)
                for v in c.children
                if v.dep_ in ("acl", "relcl", "xcomp")
            )
            for c in clause.children
        ):
            # ("Iceland had no right to extend its fishing limits": a deed done without a right; "has no right to an
            # extended shelf", "has no right to press a claim": a claim turned down, read as such; talk20)
            return True
        if (
            clause.lemma_.lower() in words.liable_words
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ == "dobj" for c in clause.children)
        ):
            # ("found Russia and Moldova to blame for the jailing": a party found at fault; talk19)
            return True
        if any(
            c.dep_ == "attr"
            and not _negated(c)
            and any(m.dep_ == "amod" and m.lemma_.lower() in words.unlawful_words for m in c.children)
            for c in clause.children
        ):
            # ("The Standard Oil Company is an unlawful monopoly, the Supreme Court held": a predicate noun the holding
            # calls unlawful; verdict48)
            return not _negated(clause)
        # ("had broken no rule of international law", "broke neither the convention nor the law of nations": an
        # acquittal too; courts41)
        return (clause.lemma_.lower() in words.law_breaking_verbs and not _denied_object(clause)) or any(
            c.dep_ in ("acomp", "attr")
            and c.lemma_.lower() in words.unlawful_words | words.liable_words
            and not _negated(c)
            and _culpable(c)
            for c in clause.children
        )

    def _finds_unlawful(self, clause: Token) -> bool:
        """True when the clause of a court's "must"/"should", or a clause coordinated with it, finds the party in
        the wrong ("breaches international law and must be torn down", "had violated his rights and must release
        him")."""
        clauses = [clause, *(c for c in clause.children if c.dep_ == "conj")]
        if clause.dep_ == "conj":
            clauses.append(clause.head)
        if any(self._unlawful(c) for c in clauses):
            return True
        # (the parser can make the finding's verb a noun: "the barrier Israel is building in the West Bank
        # breaches international law and must be torn down" hangs "breaches" on "law")
        words = coder_words()
        top = clause.head if clause.dep_ == "conj" else clause
        return any(
            t.lemma_.lower() in words.law_breaking_verbs or t.lemma_.lower() in words.unlawful_words
            for t in top.subtree
            if t.i < clause.i
        )

    def _court_award(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Europe's human rights court ordered Turkey to pay Cyprus 90 million euros", "a Seoul court ordered Japan
        to compensate the women", "the EU's top court fined Hungary": a court's award of damages or its fine is a
        finding of liability, a judgement on the party (116; docs/annotation-conventions.md rule 8.2; data:
        coder_words.json award_verbs, court_penalty_verbs), not a demand for aid, an aid given or an administrative
        sanction. A court's order to do anything else stays its demand; a regulator's fine stays 172."""
        words = coder_words()
        if tok.pos_ != "VERB" or _negated(tok):
            return None
        paid = None
        if not any(lemma in words.court_penalty_verbs for lemma in lemma_forms(tok)):
            paid = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in words.award_verbs
                ),
                None,
            )
            if paid is None or _negated(paid):
                return None
        source = self._court_doers(tok, self.roles.subject(tok, ments), ments)
        if not source and any(c.dep_ == "auxpass" for c in tok.children):
            # ("Sweden was fined three million euros by the EU's Court of Justice": the parser may hang the passive's
            # "by" phrase on the sum; court49)
            source = [
                i
                for o in tok.children
                if o.dep_ == "dobj"
                for p in o.children
                if p.dep_ == "prep" and p.lower_ == "by"
                for g in p.children
                if g.dep_ == "pobj"
                for i in actors_under(g, ments)
            ]
        if not self._court_source(tok, source, ments, bodies=False):
            return None
        target = [
            i
            for c in tok.children
            if c.dep_ in ("dobj", "dative", "nsubjpass")
            for i in actors_under(c, ments)
            if i not in source
        ]
        if not target and paid is not None:
            target = [i for i in self.roles.subject(paid, ments, climb=False) if i not in source]
        if not target:
            return None
        words_of = [tok] if paid is None else [tok, paid]
        cand = Candidate(tok, Entry("V", "116", tok.lemma_.lower()), "116", words_of, source, target)
        if paid is not None:
            cand.consumed = {paid.i}
        return cand

    def _veto_noun(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "A British draft died in the Security Council under the veto of the Soviet Union", "a resolution drafted by
        Britain and France fell to the vetoes of Russia and China": a text said to die, fall or be killed under or by
        a veto (data: `veto_nouns`, a text of `vetoed_texts` as the verb's subject) is vetoed (129), from the parties
        the veto names (its "of" phrase, its owner or its adjective) to, by rule 6.2 of docs/annotation-conventions.md,
        the text's drafters (named on it: "a British draft", "drafted by X"), else the body the verb names ("in the
        Security Council"), else the party the text is about. Issue 9, forty-first session (courts41)."""
        words = coder_words()
        if tok.dep_ != "pobj" or tok.head.dep_ not in ("prep", "agent"):
            return None
        verb = tok.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        texts = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not texts:
            # ("A Security Council draft affirming the right of ..., debated with the PLO taking part, fell to the
            # veto of the United States": the parser made the text the subject of the participle on it and left the
            # verb with none; institution51)
            texts = [
                g
                for c in verb.children
                if c.dep_ in ("advcl", "ccomp", "csubj") and c.i < verb.i
                for g in c.children
                if g.dep_ == "nsubj" and g.i < c.i
            ]
        if not texts and verb.dep_ == "conj":
            # ("A draft ..., put to the vote after weeks of wrangling, fell to the veto of X": the verb joined to the
            # participle the parser took for the main verb shares its subject)
            texts = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not texts or texts[0].lemma_.lower() not in words.vetoed_texts:
            return None
        text = texts[0]
        # (the veto's own parties: "of the Soviet Union", "Russia's", "an American veto"; not where it was cast)
        source = [
            i
            for c in tok.children
            if c.dep_ in ("amod", "compound", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
            for i in actors_under(c, ments)
        ]
        if not source:
            return None
        drafters: list[int] = []
        aimed: list[int] = []
        for c in text.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod"):
                drafters += [i for i in actors_under(c, ments) if ments.heads[i] == c.i or c.dep_ != "amod"]
            elif c.dep_ == "acl":
                # ("drafted by Britain, France, Germany and Portugal", "put forward by the United States")
                drafters += [
                    i
                    for a in c.children
                    if a.dep_ == "agent" or a.lower_ == "by"
                    for i in actors_under(a, ments)
                ]
            elif c.dep_ == "prep" and c.lower_ == "of":
                drafters += actors_under(c, ments)
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "about", "over", "condemning"):
                aimed += actors_under(c, ments)
        body = [
            i
            for c in [
                *verb.children,
                *tok.children,
                *(g for o in tok.children if o.lower_ == "of" for p in o.children for g in p.children),
            ]
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "before")
            for i in actors_under(c, ments)
            if str(ments.mentions[i].code).startswith("IGO")
        ]
        target = [i for i in drafters or body or aimed if i not in source]
        cand = Candidate(tok, Entry("N", "129", tok.lemma_.lower()), "129", [tok], source, target)
        cand.consumed = {verb.i}
        return cand

    def _claim_disfavoured(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Greece's plea for an order ... found no favour with the World Court", "Nicaragua's claim to a shelf found no
        support at the World Court": a party's claim (data: `claim_nouns`) that finds no favour, support or acceptance
        (`disfavour_nouns`) with a court (`court_nouns`, or an international court's code) is rejected by the court
        (120, rule 6.1), from the court to the claimant (the claim's owner or adjective). Issue 9, forty-first session
        (courts41)."""
        words = coder_words()
        if not any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in words.disfavour_nouns
            and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in tok.children
        ):
            return None
        claims = [c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in words.claim_nouns]
        if not claims:
            return None
        # (the court's phrase on the verb or on the noun: "found no support at the World Court")
        holders = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        courts = [
            n for h in holders for n in prep_objects(h, ("with", "at", "in", "before", "from", "among"))
        ]
        source = [
            i
            for n in courts
            for i in actors_under(n, ments)
            if n.lemma_.lower() in words.court_nouns
            or (str(ments.mentions[i].code).startswith("IGO-") and ments.mentions[i].sector == "JUD")
        ]
        if not source:
            return None
        target = [
            i
            for c in claims[0].children
            if c.dep_ in ("poss", "amod", "compound", "nmod")
            for i in actors_under(c, ments)
            if i not in source
        ]
        cand = Candidate(tok, Entry("V", "120", "find"), "120", [tok], source, target)
        return cand

    def _bond_renounced(self, tok: Token, ments: Mentions) -> Candidate | None:
        """ "Germany will no longer be bound by her naval agreement with Britain", "the United States will cease to be
        bound by the treaty", "Cyprus no longer considers itself bound by its treaty of alliance with Greece and
        Turkey": a state that says it is no longer bound by a treaty, pact or convention (the class &treaty, in the
        participle's "by" phrase) renounces it (120, docs/annotation-conventions.md rule 5.2), from the state to the
        other parties named on the treaty ("with Y"; none named, no target). The bond ends by "no longer" or "not"
        on "bound" or on a verb of holding oneself bound (data: `bond_holding_verbs`), or by a verb of ending it
        ("cease to be bound": `bond_ending_verbs`); a bond that holds ("remains bound by") is no event here.
        Issue 9, forty-first session (courts41)."""
        words = coder_words()
        treaties = self.lexicon.classes.get("treaty", frozenset())
        phrases = [
            n for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by" for n in c.children
        ]
        # ("bound by the limits of the SALT II treaty", "by the terms of the accord": a treaty's part binds as the
        # treaty does; data: `treaty_part_nouns`)
        phrases += [
            t
            for n in phrases
            if n.lemma_.lower() in words.treaty_part_nouns
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for t in p.children
        ]
        instruments = [n for n in phrases if n.dep_ == "pobj" and n.lemma_.lower() in treaties]
        instruments += [c for n in instruments for c in n.conjuncts if c.lemma_.lower() in treaties]
        if not instruments:
            return None
        head = tok.head
        if _negated(tok):
            tops = [tok, head] if tok.dep_ in ("ccomp", "xcomp", "oprd") else [tok]
        elif tok.dep_ in ("ccomp", "xcomp", "oprd", "advcl") and (
            (head.lemma_.lower() in words.bond_ending_verbs and not _negated(head))
            or (head.lemma_.lower() in words.bond_holding_verbs and _negated(head))
        ):
            tops = [head]
        else:
            return None
        inside = {t.i for n in instruments for t in n.subtree}
        source: list[int] = []
        for top in tops:
            # (the state bound, not the passive's agent: "by the treaty with Argentina" names no doer)
            bound = [c for c in top.children if c.dep_ == "nsubjpass"]
            found = (
                [i for b in bound for i in actors_under(b, ments)]
                if bound
                else self.roles.subject(top, ments)
            )
            source = [i for i in found if ments.heads[i] not in inside]
            if source:
                break
        if not source:
            return None
        target = [
            i
            for n in instruments
            for p in n.children
            if p.dep_ == "prep" and p.lower_ in ("with", "between")
            for i in actors_under(p, ments)
            if i not in source
        ]
        cand = Candidate(tok, Entry("V", "120", "bind"), "120", [tok], source, target)
        cand.consumed = {t.i for t in tops}
        return cand

    def _court_doers(self, tok: Token, source: list[int], ments: Mentions) -> list[int]:
        """The sources of a court's verb that name the court: when the subject is a court noun ("Europe's human rights
        court", which the resolver may not name), only the mentions inside it (the subject found by climbing past it
        may be a party the ruling is about: "found that Russia had violated ... and ordered Moscow to pay")."""
        court = self._court_subject(tok, bodies=True)
        if court is None or ments.doc is None:
            return source
        return [i for i in source if court.left_edge.i <= ments.heads[i] <= court.right_edge.i]

    @staticmethod
    def _court_finding(tok: Token, source: list[int], ments: Mentions) -> bool:
        """True for a court's verb of finding ("ruled", "found", "held") with a court, a tribunal or its judges as
        its subject, or a body that rules on a party's conduct (a treaty body, an arbitral panel, a board: data:
        coder_words.json judging_verbs, court_nouns, finding_body_nouns; an international court's code)."""
        if tok.lemma_.lower() not in coder_words().judging_verbs:
            return False
        if (
            tok.lemma_.lower() == "rule"
            and source
            and not any(c.dep_ == "prt" for c in tok.children)
            and any(
                str(ments.mentions[i].code).startswith("IGO") or ments.mentions[i].sector in _RULING_SECTORS
                for i in source
            )
        ):
            # ("..., the European Commission ruled": a body that rules on a party's conduct judges it, whatever its
            # name; "ruled out" is no ruling; court49)
            return True
        return Triggers._court_source(tok, source, ments, bodies=True)

    def _held_by_court(self, tok: Token, clauses: Iterable[Token]) -> bool:
        """True when one of `clauses` (`tok` or its ancestors) is the 'that' clause of a court's verb of finding
        (judging_verbs, a court subject): what a court holds is the content of its ruling, not news (talk18, talk19);
        a participle of disposal set off after it is the court's own deed (`roles.court_disposal`)."""
        judging = coder_words().judging_verbs
        return any(
            clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in judging
            and self._court_subject(clause.head, bodies=False) is not None
            and not court_disposal(tok, clause)
            for clause in clauses
        )

    @staticmethod
    def _court_subject(tok: Token, bodies: bool) -> Token | None:
        """The subject of `tok` (or of the verb it is coordinated with, sharing its subject: "found ... and ordered
        Moscow to pay") when its head noun is a court, a tribunal or its judges (data: court_nouns), or, with
        `bodies`, a body that rules on a party's conduct (finding_body_nouns); else None."""
        words = coder_words()
        nouns = words.court_nouns | words.finding_body_nouns if bodies else words.court_nouns
        verb = tok
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects:
                head = subjects[0]
                if head.lemma_.lower() in nouns:
                    return head
                if head.pos_ == "PROPN" and any(
                    c.dep_ == "compound" and c.lemma_.lower() in words.court_nouns for c in head.children
                ):
                    return head  # ("Federal Judge T. Alan Goldsborough", "Justice Arthur Engoron": a judge by title)
                return None
            if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
                return None
            verb = verb.head
        return None

    @staticmethod
    def _court_source(tok: Token, source: list[int], ments: Mentions, bodies: bool) -> bool:
        """True when the subject of `tok` is a court, a tribunal or its judges (data: court_nouns; an international
        court's code), or, with `bodies`, a body that rules on a party's conduct (finding_body_nouns: "the U.N. Human
        Rights Committee", "the appeals body of the WTO")."""
        words = coder_words()
        if Triggers._court_subject(tok, bodies) is not None:
            return True
        for i in source:
            head = ments.doc[ments.heads[i]] if ments.doc is not None else None
            if head is not None and (
                head.lemma_.lower() in words.court_nouns
                or (bodies and head.lemma_.lower() in words.finding_body_nouns)
            ):
                return True
            mention = ments.mentions[i]
            if mention.sector == "JUD" and (head is None or head.lemma_.lower() not in _PROSECUTION):
                # an international court named by its own name ("the ICJ"), or a court the resolver knows by a name
                # that is no court noun ("France's Council of State"; courts47); a prosecutor is no court
                return True
        return False

    def _announced_intent(self, tok: Token, clause: Token, ments: Mentions) -> Candidate | None:
        """ "X announced it will <deed>": the deed codes itself (as an intention) when the lexicon knows it;
        otherwise the announcement is coded as an intention (030) at low confidence, not dropped."""
        if self._inner(clause)[0] is not None:
            return None
        own = match_entry(clause, self.lexicon, ("V",)) if clause.pos_ in ("VERB", "AUX") else None
        if own is not None and own.code == "014" and own.specificity > 0:
            return None  # ("said it would review its sanctions on X": a policy option weighed, no intention; talk17)
        if self._consequence_threat(clause, ments) is not None:
            return None  # ("said it would regard X as a declaration of war": a threat, read at its own verb)
        if clause.lemma_.lower() == "be" or any(c.dep_ == "auxpass" for c in clause.children):
            return None  # "said it would be wrong", "said the route would be preserved": no deed of its own
        if any(unavoidable_head(c) is clause for c in clause.children):
            return None  # ("said it would not hesitate to retaliate": the deed is read at its own verb)
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        source = self.roles.subject(tok, ments)
        doer = self.roles.subject(clause, ments, climb=False)
        if (
            subjects
            and not doer
            and subjects[0].lower_ not in coder_words().pronouns
            and not (_unnamed_state_body(subjects[0]) and _waits_on_failure(clause))
        ):
            # ("unless the strikers are back at work, the Army will run the railroads, the President declared": a
            # state's own body named with no nationality, the subject of a deed to come on another's failure to
            # act, is the speaker's side, as "it" is; will48)
            return None  # "said the agreement would hold": the subject is no party
        if not subjects:
            return None
        codes = ments.codes(source)
        if not source or (doer and not ments.codes(doer) & codes):
            return None  # only a party's own future deed is its intention
        # ("said it would not allow X to remain": a future deed refused is a refusal, stated as said)
        refused = any(c.dep_ == "neg" for c in clause.children)
        # ("said it would freeze X's funds unless Y ...": a deed of one's own to come unless another acts is an
        # ultimatum, a threat (130), whatever the deed, as "will pull out unless" is in _shift_for_intent)
        # (and its negated twin, "would ship the rubbish back if Ottawa did not take it back": the deed waits on
        # another's failure to act, as in _shift_for_intent)
        unless = not refused and _waits_on_failure(clause)
        # ("said Russia would respond if NATO moved missiles closer", "said it would take counter-measures": one's own
        # answer or counter-measures to come are a threat, not an offer)
        answer = not refused and _own_answer(clause)
        # ("said it would exceed the limit on its stockpile of enriched uranium", "would start injecting uranium gas
        # into centrifuges": one's own nuclear programme grown, announced, is a threat, not a promise to anyone)
        answer = answer or (not refused and _nuclear_growth(clause))
        frame = "reject" if refused else "threat" if unless or answer else "intent"
        code = frame_code(frame)
        office = refused and _office_given_up(clause)
        if office:
            # ("said he would not run for the leadership": the office given up, a concession, as in _shift_for_intent;
            # a reading the coder knows, not a fallback)
            frame, code, refused = "intent", "0831", False
        entry = Entry("F", code, tok.lemma_.lower(), frame=frame)
        target = [t for t in self.roles.objects_of(clause, ments) if t not in source]
        if not target:
            # ("said it would freeze its programme if Washington took it off the list": an offer or an ultimatum
            # is made to the party its condition names)
            target = [t for t in self.roles.condition_subject(clause, ments) if t not in source]
        if not target and unnamed_act(clause):
            # ("would do whatever it took if the Soviet Union tried ...": the condition hangs on the clause of "whatever")
            target = [
                t
                for c in clause.children
                if c.dep_ == "ccomp"
                for t in self.roles.condition_subject(c, ments)
                if t not in source
            ]
        if frame != "reject" and unnamed_act(clause) and (frame == "intent" or not target):
            return None  # ("said Tokyo would act if the yen kept falling": an act aimed at no party promises nothing)
        cand = Candidate(tok, entry, code, [tok, clause], source, target, fallback=not office)
        cand.consumed = {clause.i}
        # (the announcement of one's own deed to come is stated when said, as a promise is: the deed stays to
        # come, but what is coded here is the saying)
        cand.modality_token = tok
        cand.refusal = refused
        return cand

    def _reported_failure(self, tok: Token, clause: Token, ments: Mentions) -> Candidate | None:
        """ "Kyiv said Moscow had failed to fulfil its obligations": a party's report that another failed to
        do something is its criticism of that party (111; data: `failing_verbs`)."""
        if clause.lemma_.lower() not in coder_words().failing_verbs:
            return None
        deeds = [x for x in clause.children if x.dep_ == "xcomp"]
        if not deeds:
            return None
        source = self.roles.subject(tok, ments)
        target = self.roles.subject(clause, ments, climb=False)
        codes = ments.codes(source)
        if not source or not target or ments.codes(target) & codes:
            return None  # (one's own failure admitted is no criticism of anyone)
        entry = Entry("V", "111", tok.lemma_.lower())
        cand = Candidate(tok, entry, "111", [tok, clause], source, target)
        cand.consumed = {clause.i, *(d.i for d in deeds)}
        return cand

    # --- The candidate made from a reading: its roles, then the constructions that change them --------------

    def _motion_reading(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """A verb of going or coming read by its family's bare or visit reading (`_motion_family`): a visit (042)
        when its subject, a party, goes to a place of another party named where the verb's journey goes (data:
        `coder_words.json` `journey_destinations`, the prepositions of each verb; "reach" names it as its object), that
        party its target: "Sadat went to Jerusalem", "Gorbachev reached Havana", "left Washington for Cairo". Else
        no event: going home or back to one's own country, to the polls or to power, goods, things or forces on the
        move, one carried ("was flown to"), and a verb with an object that is no place ("flew them to Clark Air
        Base"). CAMEO 042; docs/annotation-conventions.md 2 and 14.3. Thirty-sixth session (motion36)."""
        preps = journey_destinations()[tok.lemma_.lower()]
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            return None  # ("Honecker was flown from Moscow to Berlin": the one carried makes no visit)
        movers = [c for c in tok.children if c.dep_ == "nsubj"]
        if not movers and tok.dep_ in ("xcomp", "conj"):
            # ("planes began landing at an air base", "travelled to Kyiv and arrived there": the head's subject moves)
            movers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        classes = self.lexicon.classes
        moving = frozenset().union(*(classes.get(name, frozenset()) for name in _MOVING_CLASSES))
        for mover in movers:
            carried = [c for c in mover.children if c.dep_ == "acl" and actors_under(c, ments)]
            if mover.lemma_.lower() in moving and not (
                carried and mover.lemma_.lower() in classes.get("craft", ())
            ):
                # ("Chinese troops went into Vietnam": a force's move is read by its own entries; "transport planes
                # began landing", "police officers landed in Port-au-Prince": craft and police are no visitors; the
                # party a craft carries moves: "the armoured train carrying Kim Jong Un arrived in Russia")
                return None
            if mover.pos_ != "PRON" and mover.ent_type_ != "PERSON" and not actors_under(mover, ments):
                # ("the last ship left Odesa", "two aircraft are to go to Ukraine": no party moves)
                return None
        places: list[Token] = []
        for obj in object_children(tok):
            if obj.left_edge.i > tok.i + 1 and obj.doc[obj.left_edge.i - 1].text == ",":
                continue  # ("headed for New York on Wednesday, the first stop of a trip ...": an appositive of the clause)
            if not (ments.at(obj) or ments.places.get(obj.i) or obj.ent_type_ in ("GPE", "LOC", "FAC")):
                # ("flew them to Clark Air Base", "headed the delegation": carried, or no journey)
                return None
            if "(object)" in preps:
                places.append(obj)  # ("reached Havana": the place reached)
        # (the parser may hang the place on the means of travel: "travelled by train to Kyiv", "by air to Belgrade")
        means = [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for m in c.children
            for p in m.children
        ]
        for prep in [*tok.children, *means]:
            if prep.dep_ == "prep" and prep.lower_ in preps and prep.lower_ != "from":
                for c in prep.children:
                    if c.dep_ != "pobj":
                        continue
                    if c.lemma_.lower() in journey_noun_destinations():
                        # the journey itself names where it goes ("arrived on a state visit to Jamaica"), or no place
                        # ("flew on Thursday for the first journey any pontiff has made to Latin America")
                        ways = journey_noun_destinations()[c.lemma_.lower()]
                        places += prep_objects(c, ways)
                        continue
                    if self._deed_noun(c, ments):
                        # ("Russia came to the aid of Syria", "came to an agreement with Germany": the phrase names a
                        # deed, not a place gone to; the noun's own reading tells the event)
                        return None
                    places.append(c)
        origin = _origin_parties(tok, ments)
        if not places and "from" in preps:
            # ("Ukrainian officials returned from Poland": with no place it goes to, the place a return comes from is
            # the one visited, the dictionary's "return from" 042)
            places = prep_objects(tok, ("from",))
        if not places:
            return None
        # (the visit is the family's reading, journey_destinations, not the dictionary's guess of the bare verb: a
        # main clause's visit is not put behind a background deed, "arrived in Belgrade ..., seven years after the
        # Cominform cast out Yugoslavia"; journeys37)
        visit = (
            replace(entry, code="042", derived=False, implied=False)
            if entry
            else Entry("V", "042", tok.lemma_.lower())
        )
        cand = self._make(tok, visit, [tok], ments)
        return self._visited(cand, places, origin, ments)

    def _refuge_reading(self, tok: Token, ments: Mentions, entry: Entry | None = None) -> Candidate | None:
        """People carried away to safety or taken in by a party's craft, ship, forces or state: aid (07x). A verb of
        carrying (`coder_words.json` `refuge_verbs`) whose object (or passive subject, or for a participle the noun
        it tells of: "Ferried out to a ship ..., some 260 Americans left Beirut") is a named person or a ruler or body
        of rulers (`refuge_persons`) of another party than the carrier's (refuge, 075), or a group of people
        (`refuge_groups`, a people named by its nation, or the head of a quantity of them: "thousands of South
        Vietnamese"), and that says they were taken away: a word of leaving or a "to safety", "into exile" phrase
        (`refuge_paths`) on the verb or on those carried, a "from" phrase with a "to" phrase naming a place of another
        party than theirs ("flew fourteen thousand Ethiopian Jews from Addis Ababa to Israel"), "in" on a verb of
        taking ("Britain took in ten thousand children"), or a verb whose sense is the rescue (`refuge_self_verbs`).
        "American helicopters lifted Ferdinand Marcos ... out of the grounds of Malacanang palace", "the British
        destroyer brought Queen Wilhelmina to safety", "the British cruiser Enterprise embarked Emperor Haile
        Selassie". A group is carried by any party, its own included ("Chinese ships brought thirty thousand Chinese
        workers out of Libya"): relief (073) for refugees, survivors and the like (`refuge_humanitarian`) or when no
        armed force carries them, protection (074) by forces or warcraft, refuge (075) when taken in. Not aid: people
        carried out of the carrier's own country or place ("Britain flew the preacher out of the country": a
        deportation), a person of the carrier's own party, a carrier of no party, people sent back (174, the
        dictionary's hand lines) or to a prison (173). Issue 9, thirty-eighth session (deeds38); groups, the "from ...
        to" path and participles in the fortieth (aid40)."""
        words = coder_words()
        lemma = tok.lemma_.lower()
        participle = (
            tok.tag_ == "VBN"
            and tok.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        )
        passive = participle or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
            return None  # ("... and carried him to England": the first verb tells the refuge)
        if participle and tok.dep_ == "acl":
            carried = [tok.head] if tok.head.pos_ in ("NOUN", "PROPN") else []
        elif participle:
            carried = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            carried = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        taken_in = False
        if not carried and not passive and lemma in words.refuge_taking_verbs:
            # ("Austria let in thousands of East Germans": the parser may read the particle as a preposition)
            carried = prep_objects(tok, ("in",))
            taken_in = bool(carried)
        if not carried:
            return None
        person, people, ruler, group = _refuge_people(carried[0])
        if not (ruler or group):
            return None
        if group and _seizing_entry(entry):
            # ("Hamas fighters took some 240 Israelis from Israel to Gaza", "the Soviet army carried off thousands of
            # Polish men to Siberia": a hand reading of abduction or seizure of people as a group is theirs, no rescue;
            # review40)
            return None
        # the words that say the person was taken away, on the verb or on the one carried (and its conjuncts)
        holders = [tok, *people] + ([carried[0]] if carried[0] not in people else [])
        path = taken_in or lemma in words.refuge_self_verbs
        left: list[Token] = []
        reached: list[Token] = []
        for holder in holders:
            for c in holder.children:
                if (
                    c.dep_ in ("prt", "advmod")
                    and c.lower_ == "in"
                    and holder is tok
                    and lemma in words.refuge_taking_verbs
                ):
                    path = taken_in = True  # ("Spain took in Edmundo Gonzalez", "Austria let in thousands")
                if lemma not in words.refuge_verbs:
                    continue  # (a verb of taking in only: "let" someone out is no rescue)
                if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in words.refuge_paths:
                    path = True
                    # ("out of Paphos": the place left)
                    left += [
                        g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
                    ]
                    left += [g for g in c.children if g.dep_ == "pobj"]
                if (
                    c.dep_ == "prep"
                    and c.lower_ in ("to", "into")
                    and any(g.dep_ == "pobj" and g.lemma_.lower() in words.refuge_paths for g in c.children)
                ):
                    path = True  # ("brought Queen Wilhelmina to safety")
                elif c.dep_ == "prep" and c.lower_ in ("to", "into"):
                    reached += [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "from":
                    left += [g for g in c.children if g.dep_ == "pobj"]
        for p in people:
            # ("King George II of the Hellenes from Crete": a "from" phrase the parser hangs on a phrase of the one
            # carried)
            left += [
                g
                for t in p.subtree
                if t.dep_ == "prep" and t.lower_ == "from" and t.head.i != p.i and t.head.dep_ == "pobj"
                for g in t.children
                if g.dep_ == "pobj"
            ]
        if passive:
            verb = tok
            carriers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            carriers += [
                g
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ in ("aboard", "in")
                for g in c.children
                if g.dep_ == "pobj" and (g.lemma_.lower() in self._carrier_words() or c.lower_ == "aboard")
            ]
            if participle and not carriers:
                # ("Ferried out to a ship lying off the coast in U.S. Navy landing craft, some 260 Americans ...": the
                # craft named anywhere in the participle's phrases)
                carriers = [
                    g
                    for g in verb.subtree
                    if g.dep_ == "pobj"
                    and g.head.lower_ in ("by", "in", "aboard", "on")
                    and g.lemma_.lower() in self._carrier_words()
                ]
        else:
            carriers = [c for c in tok.children if c.dep_ == "nsubj"]
        source = [i for c in carriers for i in actors_under(c, ments)]
        target = [i for i in actors_under(person, ments) if i not in source]
        own = ments.codes(source)
        if not own:
            return None
        theirs = ments.codes(target)
        if not path and left and reached:
            # ("carried King George II from Crete to Egypt", "flew Ethiopian Jews from Addis Ababa to Israel": taken
            # from one place to a place of a party other than theirs; people flown home are sent back, not rescued)
            gone = set()
            for place in reached:
                for t in place.subtree:  # ("to McGuire Air Force Base in New Jersey")
                    gone |= ments.codes(ments.at(t)) | {m.code for m in ments.places.get(t.i, []) if m.code}
            path = bool(gone) and not (gone & theirs)
            if ruler and gone & own:
                # ("Israeli agents flew Eichmann from Buenos Aires to Israel", "flew Noriega from Panama to Miami": one
                # person taken to the carrier's own country is seized or handed over; people as a group taken there
                # are taken in, "flew fourteen thousand Ethiopian Jews from Addis Ababa to Israel")
                path = False
        if (
            not path
            and group
            and not any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children)
            and any(
                w.lemma_.lower() in words.refuge_rescued_groups
                for p in people
                for w in (p, *p.children)
                if w.dep_ != "prep"
            )
        ):
            # ("the liner landed the survivors in New York", "carried the castaways to Valparaiso": people
            # named as in need of rescue are rescued by being carried; cargo42; carried back they are returned, not
            # rescued: "the Libyan coastguard carried the refugees back to Libya", review42)
            path = True
        if not path:
            return None
        if taken_in and not ruler and not any(_refugee_like(p) for p in people):
            # ("Germany took in some 800,000 Turkish workers", "Saudi Arabia let in two million pilgrims": workers,
            # pilgrims, tourists and students let in are no refuge; a people named by its nation or refugees,
            # children and the like are, "Austria let in thousands of East Germans"; review40)
            return None
        if ruler and (not target or theirs & own):
            return None
        if group and any(
            w.lemma_.lower() in self._enforcer_words()
            for c in carriers
            for one in (c, *c.conjuncts)
            for w in (one, *(m for m in one.children if m.dep_ in ("compound", "amod")))
        ):
            # ("police bused the protesters out of the square": a removal, no rescue; "Soviet security troops shipped
            # hundreds of thousands of Chechen villagers from Chechnya to Kazakhstan": the word on the carriers'
            # noun, review40)
            return None
        for place in left:
            if place.pos_ == "NOUN" and place.lemma_.lower() in words.refuge_home_nouns:
                # ("Britain flew the preacher out of the country": a state carrying one out of "the country" deports
                # him; its craft or forces carrying one out lift him to safety, "helicopters flew Marcos out of the
                # country"; the word's coreference decides neither)
                if any(c.ent_type_ == "GPE" for c in carriers):
                    return None
                continue
            codes = ments.codes(ments.at(place)) | {m.code for m in ments.places.get(place.i, []) if m.code}
            if codes and codes <= own and not (theirs and theirs <= own):
                return None  # ("flew him out of Britain": carried out of the carrier's own country, deported)
        code = self._refuge_code(people, ruler, taken_in, carriers, source, ments)
        cand = self._make(tok, Entry("V", code, lemma), [tok], ments)
        if cand is None:
            return None
        cand.source = source[:1] if len(ments.codes(source)) == 1 else source
        cand.target = target[:1]
        return cand

    def _refuge_code(
        self,
        people: list[Token],
        ruler: bool,
        taken_in: bool,
        carriers: list[Token],
        source: list[int],
        ments: Mentions,
    ) -> str:
        """The aid a carrying gives: refuge (075) to a ruler or a named person or to people taken in, relief (073) to
        refugees and survivors (`refuge_humanitarian`) or when no armed force carries them, protection (074) by forces
        or warcraft."""
        if ruler or taken_in:
            return "075"
        if any(p.lemma_.lower() in coder_words().refuge_humanitarian for p in people):
            return "073"
        return "074" if self._armed_carrier(carriers, source, ments) else "073"

    def _refuge_noun_reading(self, tok: Token, ments: Mentions) -> Candidate | None:
        """A noun of carrying people away (`refuge_nouns`: airlift, sealift, evacuation) with an "of" phrase of
        people (`_refuge_people`) and a doer named by a "by" phrase, a possessive or a nation's adjective on it: the
        carrying's aid, as the verbs' (`_refuge_reading`): "an airlift by American military helicopters of Americans and
        other foreigners", "the airlift of some 120,000 Afghans out of Kabul by American aircraft". None when the
        "of" phrase names no people ("the evacuation of the base", "the airlift of supplies": the noun's own
        readings). Aid40."""
        carried = prep_objects(tok, ("of",))
        by = prep_objects(tok, ("by",))
        if not carried:
            # ("an airlift by American military helicopters of Americans": the parser hangs "of" on the doer)
            carried = [g for b in by for g in prep_objects(b, ("of",))]
        if not carried:
            return None
        person, people, ruler, group = _refuge_people(carried[0])
        if not (ruler or group):
            return None
        carriers = by + [
            c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ == "NORP")
        ]
        source = [
            i
            for c in carriers
            for i in (ments.at(c) or actors_under(c, ments))
            if i not in actors_under(carried[0], ments)
        ]
        if not ments.codes(source):
            return None
        target = [i for i in actors_under(person, ments) if i not in source]
        code = self._refuge_code(people, ruler, False, carriers, source, ments)
        cand = self._make(tok, Entry("N", code, tok.lemma_.lower()), [tok], ments)
        if cand is None:
            return None
        cand.source = source[:1] if len(ments.codes(source)) == 1 else source
        cand.target = target[:1]
        return cand

    @staticmethod
    def _first_of_series(goods: Token) -> bool:
        """Whether the goods are told as the first of a series ("the first ... tanks"): an ordinal "first" among
        their modifiers, the mark of a delivery awaited and begun."""
        return any(c.dep_ == "amod" and c.lower_ == "first" for c in goods.children)

    def _supply_arrival(self, tok: Token, ments: Mentions) -> Candidate | None:
        """Supplies arriving (`supply_arrival_verbs`: arrive, reach, land, come) are their delivery, aid (07x): the
        verb's subject is the goods (arms, aircraft, armour, relief, food, aid or money: the lexicon's classes; the
        head of a quantity or a load, "tonnes of", "the first shipload of", stands for its "of" phrase) or a craft
        arriving "with" them ("Galaxy transports landed at Lod with ammunition and spare parts for Israel"). The giver
        is the party named on the goods or the craft (a nation's adjective, a "from" phrase, the convoy carrying them);
        the receiver the party of their "for" phrase, else of the place reached. "The first German Leopard 2 tanks have
        arrived in Ukraine", "thirty-five tonnes of tents and food from Saudi Arabia reached Gaziantep". Not aid: goods
        of no party named; goods bought or sold (`traded_participles`: "wheat bought by the Soviet Union"); weapons
        that are fired and aircraft or warships that move themselves (`fired_goods`, the classes aircraft and
        warcraft) with no "for" phrase naming a party and no craft carrying them ("Iraqi Scud missiles reached Tel Aviv": an attack). Aid40."""
        words = coder_words()
        classes = self.lexicon.classes
        if any(
            c.dep_ in ("nsubjpass", "auxpass", "dobj") for c in tok.children
        ) and tok.lemma_.lower() not in ("reach", "cross", "enter"):
            # (a verb of going whose object is the place or the line passed keeps it: "reached Kyiv", "crossed the
            # border"; cargo42)
            return None
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if (
            not subjects
            and tok.dep_ in ("xcomp", "conj")
            and not any(c.dep_ == "nsubjpass" for c in tok.children)
        ):
            # ("transports began landing at Sendai with blankets", "the steamer docked and landed its cargo": the
            # head's subject arrives; none48)
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        subj = subjects[0]
        craft_named = any(
            c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in self._carrier_words()
            for c in subj.children
        )
        if (subj.pos_ == "PROPN" or subj.ent_type_ in ("ORG", "GPE", "PERSON")) and not craft_named:
            return None  # ("the International Monetary Fund reached an agreement": a party, no goods)
        if tok.lemma_.lower() == "reach" and any(
            c.dep_ == "dobj" and not (ments.at(c) or ments.places.get(c.i) or actors_under(c, ments))
            for c in tok.children
        ):
            return None  # ("reached a staff-level agreement": no place or party reached)

        kind = self._goods_code

        # ("thirty-five tonnes of tents", "the first shipload of American wheat")
        goods = self._load_goods(subj)
        carried = False
        carriers: list[Token] = []
        if subj.lemma_.lower() in self._carrier_words() or craft_named:
            # ("Galaxy transports landed at Lod with ammunition and spare parts for Israel"; a load named by a
            # participle: "transports carrying relief supplies landed", "Loaded with rations, transports flew into";
            # a craft with a load is its carrier, even when craft are goods of their own, as planes are; cargo42)
            loads = [g for h in (tok, subj) for g in prep_objects(h, ("with",))] + _craft_loads(tok, subj)
            # (the first load that names supplies: "with coal and flour")
            kinded = [
                w
                for load in loads
                for w in (load, *load.conjuncts)
                for w in [self._load_goods(w)]
                if kind(w) is not None
            ]
            armed = classes.get("warcraft", frozenset()) - {"aircraft", "helicopter"} - words.supply_craft
            if (
                kinded
                and subj.lemma_.lower() in armed
                and all(w.lemma_.lower() in words.fired_goods for w in kinded)
            ):
                # a warplane or warship carrying bombs, missiles or torpedoes carries its arms, not a load: "Israeli
                # jets carrying bombs flew into Syria", "Israeli jets loaded with bombs flew into Iraq"
                # (review42)
                return None
            if kinded:
                carriers, goods, carried = [subj], kinded[0], True
            elif kind(goods) is None:
                return None
        code = self._delivered_code(goods)
        if code is None:
            return None
        if _traded(goods):
            return None  # ("the first cargoes of Canadian wheat bought by the Soviet Union")
        holders = [tok, goods, subj, *(goods.head for _ in [0] if goods.dep_ == "conj")]
        fors = [g for h in holders for g in prep_objects(h, ("for",))]
        aboard = [
            c
            for c in tok.subtree
            if c.dep_ == "prep"
            and c.lower_ in ("aboard", "in")
            and any(
                g.dep_ == "pobj" and g.lemma_.lower() in self._carrier_words() | words.supply_loads
                for g in c.children
            )
        ]
        receivers = [i for f in fors for i in actors_under(f, ments)]
        lemma = goods.lemma_.lower()
        # a delivery marked: a "for" phrase naming a party, a craft or load carrying the goods, a quantity of them
        marked = bool(receivers or carried or aboard or subj is not goods)
        if not marked and (
            lemma in words.fired_goods
            or lemma in classes.get("aircraft", frozenset())
            or lemma in classes.get("warcraft", frozenset())
        ):
            # ("Iraqi Scud missiles reached Tel Aviv": fired, an attack; "two Russian Tu-160 bombers landed in
            # Venezuela for several days of training flights": aircraft flying themselves, a "for" of no party)
            return None
        self_moving = (
            words.fired_goods | classes.get("aircraft", frozenset()) | classes.get("warcraft", frozenset())
        )
        self_moving |= classes.get("armour", frozenset())
        if tok.lemma_.lower() not in _ARRIVING_VERBS:
            # a verb of going (cargo42's widening: fly, head, pour, roll, cross, enter ...) moves arms as a delivery
            # only when a craft carries them or a shipment holds them; a number of them is no mark ("thousands of
            # rockets poured into Israel", "scores of drones flew into Israel"), nor is a "for" phrase on what moves
            # itself ("two Russian warships headed for Venezuela"), nor a convoy of armour ("a convoy of tanks
            # entered Gori": a column advancing). Review42.
            chain = [subj]
            while len(chain) < 4 and prep_objects(chain[-1], ("of",)):
                chain.append(prep_objects(chain[-1], ("of",))[0])
            moving = any(w.lemma_.lower() in self_moving for w in (*chain, goods, *goods.conjuncts))
            shipped = any(
                w.lemma_.lower() in words.supply_loads - {"convoy"} for w in chain if w is not goods
            )
            if (code == "072" or moving) and not (carried or aboard or shipped or (receivers and not moving)):
                return None
        if not marked and lemma in classes.get("armour", frozenset()) and not self._first_of_series(goods):
            # tanks and armoured columns move under their own power: arriving, they are an army advancing ("American
            # tanks reached Baghdad", "Soviet tanks arrived in Prague"), not a delivery, unless something marks one
            # or they are the first of a series ("the first British Challenger 2 tanks arrived in Ukraine")
            return None
        skip = {i for i in receivers}
        # the giver: a party named on the goods, on what holds them or on the craft (not the "for" receiver)
        held = {t.i for f in fors for t in f.subtree}
        givers: list[int] = []
        for top in (*carriers, subj):
            # (a nation's adjective anywhere on the goods or what holds them: "crated Hurricane fighters ..., carried in
            # the holds of the first British convoy", "the first shipload of American wheat")
            for t in top.subtree:
                if t.i in held or t.dep_ == "relcl":
                    continue
                givers += [i for i in ments.at(t) if i not in skip and i not in givers]
        if not givers:
            return None
        own = ments.codes(givers[:1])
        if not receivers:
            places = [
                g
                for c in tok.children
                if (c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into", "off"))
                for g in c.children
                if g.dep_ == "pobj"
            ] + [c for c in tok.children if c.dep_ == "dobj"]
            for place in places:
                for t in place.subtree:
                    named = ments.at(t) or [
                        ments.add(m, t.i) for m in ments.places.get(t.i, [])[:1] if m.code
                    ]
                    receivers += [
                        i for i in named if ments.mentions[i].code not in own and i not in receivers
                    ]
        return self._delivery(tok, code, givers, receivers, ments)

    def _delivery(
        self, tok: Token, code: str, givers: list[int], receivers: list[int], ments: Mentions
    ) -> Candidate | None:
        """The aid event of goods or people delivered (`_supply_arrival`, `_supply_carried`): the first giver as its
        source, the first receiver not of the giver's own state as its target."""
        own = ments.codes(givers[:1])
        receivers = [i for i in receivers if ments.mentions[i].code not in own]
        cand = self._make(tok, Entry("V", code, tok.lemma_.lower()), [tok], ments)
        if cand is None:
            return None
        cand.source = givers[:1]
        cand.target = receivers[:1]
        return cand

    def _goods_code(self, word: Token) -> str | None:
        """The aid code of goods by their noun's class (arms, aircraft, armour 072; relief, food 073; money 071; aid 070),
        or None for a noun of no class of goods."""
        classes = self.lexicon.classes
        lemma = word.lemma_.lower()
        for name, code in (
            ("weapon", "072"),
            ("armour", "072"),
            ("aircraft", "072"),
            ("humanitarian", "073"),
            ("food", "073"),
            ("finance", "071"),
            ("aid", "070"),
        ):
            if lemma in classes.get(name, frozenset()):
                if code == "070":
                    # (aid named by its kind on the noun: "relief supplies" 073, "food aid" 073, "arms supplies" 072)
                    kinds = [self._goods_code(c) for c in word.children if c.dep_ in ("compound", "amod")]
                    return next((k for k in kinds if k is not None and k != "070"), code)
                return code
        return "072" if lemma in coder_words().arms_goods else None

    def _delivered_code(self, goods: Token) -> str | None:
        """The aid code of goods delivered (`_goods_code`); aid of no kind named takes the code the goods' own noun
        reading gives ("a U.N. aid convoy" 073). None for no goods. Aid40, cargo42."""
        code = self._goods_code(goods)
        if code == "070":
            own_noun = match_entry(goods, self.lexicon, ("N",))
            if own_noun is not None and own_noun.code[:2] == "07":
                code = own_noun.code
        return code

    def _load_goods(self, word: Token) -> Token:
        """The goods a quantity or a load stands for ("700 tons of food", "sacks of grain", "the first shipment of
        cluster munitions"): the noun of its "of" phrase, down to three steps; the word itself otherwise."""
        words = coder_words()
        goods = word
        for _ in range(3):
            if not prep_objects(goods, ("of",)):
                break
            quantity = goods.like_num or goods.lemma_.lower() in words.refuge_quantities
            # (a number word of a class of its own stands for its "of" phrase: "millions of Ethiopians" are people,
            # not money)
            if not quantity and (
                self._goods_code(goods) is not None or goods.lemma_.lower() not in words.supply_loads
            ):
                break
            goods = prep_objects(goods, ("of",))[0]
        return goods

    def _supply_carried(self, tok: Token, ments: Mentions) -> Candidate | bool | None:
        """Goods carried or handed on, told in the passive with the goods as subject (`supply_carrying_verbs`): "sacks of
        grain were dropped from Royal Air Force transports to villages in northern Ethiopia", "American tanks were
        shipped to the Soviet Union". The goods moved are the delivery, aid by their class (as `_supply_arrival`); the
        giver is the party of the agent, else the party named on the goods, else the party of the craft they came in or
        from ("from", "aboard", "in", "by"); the receiver the party of the "for", "to", "into", "over", "on" or "at"
        phrase (its place's party). Not aid: goods of no party named; goods bought or sold (False: no event at the
        verb); weapons that are fired ("bombs were dropped on the city") with no "for" or "to" naming a party.
        Cargo42."""
        words = coder_words()
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if not subjects:
            return None
        subj = subjects[0]
        if subj.pos_ in ("PROPN", "PRON"):
            return None  # (a party or a person shipped or flown is no goods)
        goods = self._load_goods(subj)
        code = self._delivered_code(goods)
        if code is None:
            return None
        if _traded(goods):
            return False  # ("wheat bought by the Soviet Union was shipped to Odessa": a trade, no aid)
        carriers = self._carrier_words()
        agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        crafts = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("from", "aboard", "in", "on", "by")
            for g in c.children
            if g.dep_ == "pobj"
            and (g.lemma_.lower() in carriers or (c.lower_ in ("from", "aboard") and actors_under(g, ments)))
        ]
        to_preps = ("for", "to", "into", "over", "on", "at")
        fors = [g for h in (tok, goods, subj) for g in prep_objects(h, to_preps) if g not in crafts]
        receivers: list[int] = []
        for place in fors:
            for t in place.subtree:
                named = ments.at(t) or [ments.add(m, t.i) for m in ments.places.get(t.i, [])[:1] if m.code]
                receivers += [i for i in named if i not in receivers]
        classes = self.lexicon.classes
        if tok.lemma_.lower() in ("fly", "sail") and any(
            goods.lemma_.lower() in classes.get(name, frozenset()) for name in ("aircraft", "warcraft")
        ):
            # aircraft flown and warships sailed move themselves, as they do arriving (`_supply_arrival`): "two
            # Russian Tu-160 bombers were flown to Venezuela", "American bombers were flown to Guam" (review42)
            return None
        fired = goods.lemma_.lower() in words.fired_goods
        if fired and not [
            g for h in (tok, goods) for g in prep_objects(h, ("for", "to")) if actors_under(g, ments)
        ]:
            return None  # ("bombs were dropped on the city": an attack)
        held = {t.i for f in fors for t in f.subtree}
        givers: list[int] = []
        for top in (*agents, subj, *crafts):
            # (the agent, then the party the goods are of or come from, then the craft, which may be a chartered
            # carrier: "American tanks shipped under Lend-Lease were landed from British freighters at Murmansk")
            for t in top.subtree:
                if t.i in held or t.dep_ == "relcl":
                    continue
                givers += [i for i in ments.at(t) if i not in receivers and i not in givers]
            if givers:
                break
        if not givers:
            return None
        return self._delivery(tok, code, givers, receivers, ments)

    def _goods_objects(self, tok: Token) -> list[Token]:
        """The goods a verb's direct objects name, by the classes of goods (`_goods_code`), each object and its conjuncts
        read through a load or a quantity (`_load_goods`: "tons of arms", "sacks of rice", "a planeload of tents", and
        the conjuncts there: "tonnes of food parcels and medicine"), or named by the noun on a load ("food parcels")."""
        found: list[Token] = []
        for o in tok.children:
            if o.dep_ != "dobj":
                continue
            for w in (o, *o.conjuncts):
                load = self._load_goods(w)
                for g in (load, *(load.conjuncts if load is not w else ())):
                    if self._goods_code(g) is None and g.lemma_.lower() in coder_words().supply_loads:
                        g = next((c for c in g.children if c.dep_ == "compound" and self._goods_code(c)), g)
                    if self._goods_code(g) is not None and g not in found:
                        found.append(g)
        return found

    def _supply_sent(self, tok: Token, ments: Mentions) -> Candidate | None:
        """Goods carried in the active voice by a verb of carrying (`supply_carrying_verbs`) whose object names them by
        their class through a load or a quantity (`_goods_objects`): "American transports flew tons of arms and
        ammunition into Amman for King Hussein's army" (072), "the ship brought tonnes of food ashore at Beira" (073),
        "lorries carried food and medicine across the border into Haiti". The giver is the party of the subject (of
        the verb a conjunct or an open complement shares it with: "flew low over Holland and dropped tons of food to the
        starving Dutch"), the receiver the party of a "for", "to", "into", "onto", "in" or "at" phrase (its place's
        party) that is not the giver's own. Not aid: a participle on a noun ("a tanker carrying crude oil"), goods
        bought or sold, weapons that are fired with no "for" or "to" naming a party ("dropped tons of bombs on
        Hamburg"), aircraft or warships flown or sailed (they move themselves), goods carried to one's own people.
        Issue 9, forty-eighth session (none48): the hand lines of these verbs name their objects word by word."""
        if tok.dep_ in ("acl", "relcl", "amod") or any(
            c.dep_ in ("nsubjpass", "auxpass") for c in tok.children
        ):
            return None
        kinded = self._goods_objects(tok)
        if not kinded:
            return None
        goods = kinded[0]
        code = self._delivered_code(goods)
        if code is None or _traded(goods):
            return None
        words = coder_words()
        classes = self.lexicon.classes
        lemma = goods.lemma_.lower()
        if tok.lemma_.lower() in ("fly", "sail") and any(
            lemma in classes.get(name, frozenset()) for name in ("aircraft", "warcraft")
        ):
            return None  # ("flew two squadrons of bombers to Guam": aircraft move themselves)
        if (lemma in words.fired_goods or code == "072") and not [
            g for h in (tok, goods) for g in prep_objects(h, ("for", "to")) if actors_under(g, ments)
        ]:
            return (
                None  # ("dropped tons of bombs on Hamburg": an attack, unless a party is named as receiver)
            )
        holder = tok
        for _ in range(3):
            if any(c.dep_ == "nsubj" for c in holder.children) or holder.dep_ not in ("conj", "xcomp"):
                break
            holder = holder.head
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        # (the phrases of the verb, of the goods and of the objects named with them: "carried rescue teams, sniffer dogs
        # and medical supplies for the survivors")
        objects = [w for o in tok.children if o.dep_ == "dobj" for w in (o, *o.conjuncts)]
        fors = [
            g
            for h in dict.fromkeys((tok, goods, *objects))
            for g in prep_objects(h, ("for", "to", "into", "onto", "in", "at"))
            if g.i not in {o.i for o in kinded}
        ]
        if any(
            force_word(g) and not any(c.dep_ == "poss" for c in g.children) and not actors_under(g, ments)
            for h in dict.fromkeys((tok, goods, *objects))
            for g in prep_objects(h, ("for",))
        ):
            # ("flew tons of supplies into Khe Sanh for the besieged Marines": a force named by no party nor owner is
            # the giver's own, supplied where it stands; the place is no receiver; review48)
            return None
        receivers: list[int] = []
        for place in fors:
            for t in place.subtree:
                named = ments.at(t) or [ments.add(m, t.i) for m in ments.places.get(t.i, [])[:1] if m.code]
                receivers += [i for i in named if i not in receivers]
        held = {t.i for f in fors for t in f.subtree}
        givers: list[int] = []
        for t in subjects[0].subtree:
            if t.i in held or t.dep_ == "relcl":
                continue
            givers += [i for i in ments.at(t) if i not in receivers and i not in givers]
        own = ments.codes(givers[:1])
        if not [i for i in receivers if ments.mentions[i].code not in own]:
            return None  # (no party named as receiver, or the giver's own people: "lorries carried water to Canvey Island")
        return self._delivery(tok, code, givers, receivers, ments)

    def _carrier_words(self) -> frozenset[str]:
        """Crafts and forces that carry people or loads (the classes craft, warcraft, aircraft and force, and the craft of
        `supply_craft`: steamers, lorries, transports ...)."""
        classes = self.lexicon.classes
        return (
            frozenset().union(
                *(classes.get(name, frozenset()) for name in ("craft", "warcraft", "aircraft", "force"))
            )
            | coder_words().supply_craft
        )

    def _enforcer_words(self) -> frozenset[str]:
        """Police and security bodies (the class enforcer), whose carrying people away is no rescue."""
        return self.lexicon.classes.get("enforcer", frozenset()) | frozenset({"police", "security"})

    def _armed_carrier(self, carriers: list[Token], source: list[int], ments: Mentions) -> bool:
        """The carriers are armed forces or warships (their noun or a word on it: the class force and the words of
        `refuge_armed`, or a military sector); aircraft, ships and transports as such are no force ("Israeli aircraft
        lifted thousands of Ethiopian Jews": relief, 073)."""
        armed = self.lexicon.classes.get("force", frozenset()) | coder_words().refuge_armed
        if any(ments.mentions[i].sector == "MIL" for i in source):
            return True
        return any(w.lemma_.lower() in armed for c in carriers for w in c.subtree)

    def _visited(
        self, cand: Candidate | None, places: list[Token], origin: set[int], ments: Mentions
    ) -> Candidate | None:
        """The visit `cand` (042) aimed at the party of the places a journey goes to, when one is another party's
        (`_motion_reading`, `_journey_noun_reading`); None for one's own place or a phrase of no party."""
        if cand is None or not cand.source:
            # (a mover the resolver does not place may be on the way home: "Cardinal Wyszynski returned to Warsaw")
            return None
        own = ments.codes(cand.source)
        target: list[int] = []
        domestic = False
        for place in places:
            # the place itself names its party ("to Hatay", "to Moscow"); a common noun by a party in it ("to the
            # border with Azerbaijan", "to the Soviet capital")
            own_place = ments.at(place) or [
                ments.add(m, place.i) for m in ments.places.get(place.i, [])[:1] if m.code
            ]
            named = own_place or actors_under(place, ments)
            if own_place and ments.codes(own_place) <= own:
                domestic = (
                    True  # ("flew home to Moscow", "flew to Hatay, on the border with Syria": one's own)
                )
            target += [i for i in named if ments.mentions[i].code not in own and i not in target]
        if not target and not domestic:
            # (the parser may hang the party of the place on the verb: "travelled to the border with Azerbaijan")
            target = [i for i in cand.target if ments.mentions[i].code not in own and i not in origin]
        if not target:
            return None  # ("flew home to Moscow", "returned to Tehran", "went to the polls")
        cand.target = target[:1]
        return cand

    def _journey_noun_reading(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """A noun of a journey (`coder_words.json` `journey_noun_destinations`, each with the prepositions naming where it goes)
        read as the verbs of going are (`_motion_reading`): a visit (042) when its mover, the possessor or (for a noun
        whose destination is not "of") the "of" phrase, is a party and the place named is another party's ("Khrushchev's
        arrival in Peking", "the Queen's journey to Ireland"); none for the arrival of aid or refugees, a trip to one's
        own country or a place of no party (a journey in a background phrase is dropped by the component:
        `background_journey`). With no place named the noun keeps its own reading
        ("the visit was cancelled", "Obama's trip home from Asia"). Thirty-seventh session (journeys37)."""
        preps = journey_noun_destinations()[tok.lemma_.lower()]
        places = [
            c
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ in preps
            for c in prep.children
            if c.dep_ == "pobj"
            and not self._deed_noun(c, ments)
            and (ments.at(c) or ments.places.get(c.i) or actors_under(c, ments))
        ]
        if not places:
            # (no place of any party named: "the first visit by a head of the Church of England to a pope")
            return self._noun_candidate(tok, ments) if entry is not None else None
        movers = [c for c in tok.children if c.dep_ == "poss"] + [
            c
            for prep in tok.children
            if prep.dep_ == "prep" and (prep.lower_ == "by" or (prep.lower_ == "of" and "of" not in preps))
            for c in prep.children
            if c.dep_ == "pobj"
        ]
        classes = self.lexicon.classes
        moving = frozenset().union(*(classes.get(name, frozenset()) for name in _MOVING_CLASSES))
        for mover in movers:
            if mover.lemma_.lower() in moving:
                return None  # ("the departure of the last American troops": a force's move is no visit)
            if mover.pos_ != "PRON" and mover.ent_type_ != "PERSON" and not actors_under(mover, ments):
                return None  # ("the arrival of refugees from Kosovo", "the arrival of aid": no party moves)
        origin = _origin_parties(tok, ments)
        cand = self._make(
            tok, replace(entry, code="042") if entry else Entry("N", "042", tok.lemma_.lower()), [tok], ments
        )
        if cand is not None and not cand.source:
            # ("during his visit to Beijing, Macron urged ...": the main subject makes the journey of its adjunct)
            cand.source = self._adjunct_meeting_doer(tok, cand, ments)
        return self._visited(cand, places, origin, ments)

    def _deed_noun(self, noun: Token, ments: Mentions) -> bool:
        """`noun` names no place but a deed: a common noun the lexicon reads as an event other than a meeting ("aid",
        "agreement", "rescue"; a meeting's noun, "the talks in Geneva", may be where one goes), and no party or
        place by name."""
        if noun.pos_ != "NOUN" or noun.ent_type_ or ments.at(noun) or ments.places.get(noun.i):
            return False  # (a name, a place, a date: "arrived in Baghdad in March 2021")
        return any(
            e.code != "---" and not e.code.startswith("04")
            for e in self.lexicon.lookup("N", noun.lemma_.lower())
        )

    def _aspect_deed(self, tok: Token) -> Token | None:
        """The open clause of a verb of beginning, going on or resuming (`through_aspect`, verbs only) when the
        lexicon gives it a hand reading that names an event ("began [escorting]", "continued [shelling]")."""
        nxt = through_aspect(tok, nouns=False)
        if nxt is None:
            return None
        own = match_entry(nxt, self.lexicon, ("V",))
        if own is None or own.derived or plover(own.code) is None:
            return None
        return nxt

    def _honour_given(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """ "conferred an honorary knighthood on Bill Gates", "awarded the Peace Prize to the United Nations",
        "accorded recognition to X", "named X winner of the Peace Prize" (praise 051, recognition 054; the giver the
        source, the party honoured the target); "the customs union of X, Y and Z came into force", "the agreement
        between X and Y took effect", "X and Y joined hands", "pooled their work" (cooperation 061, reciprocal): the
        readings of honours.py, which name what is given, what starts to apply or what is pooled. Issue 9,
        forty-eighth session (honour48)."""
        if tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound"):
            return None
        lemma = tok.lemma_.lower()
        # (each reading but `entered_into_force` needs a verb of its kind: a cached WordNet test first; speed49)
        giving, winning, naming, pooling = honour_senses(lemma)
        given = honour_given(tok, ments) if giving else None
        if given is not None and not (entry is not None and entry.code == given[0]):
            # (the verb's own reading of the same code keeps deciding: "granted recognition to X")
            code, _noun, receivers = given
            cand = self._make(tok, Entry("V", code, lemma), [tok], ments)
            if cand is None:
                return None
            if not cand.source:
                cand.source = reported_giver(tok, ments)
            targets = [i for i in receivers if i not in cand.source]
            if receivers and not targets:
                return None  # (what a party gives itself)
            cand.target = targets
            return cand
        won = honour_won(tok, ments) if winning else None
        if won is not None:
            cand = self._make(tok, Entry("V", "051", lemma), [tok], ments)
            if cand is None:
                return None
            cand.source, cand.target = won
            return cand
        named = naming_honour(tok, ments) if naming else None
        if named is not None:
            cand = self._make(tok, Entry("V", "051", lemma), [tok], ments)
            if cand is None:
                return None
            targets = [i for i in named if i not in cand.source]
            if not targets:
                return None
            cand.target = targets
            return cand
        if entry is not None and not entry.derived and entry.code[:2] == "06":
            return None  # (the verb's own cooperation reading is exact)
        started = entered_into_force(tok, ments)
        if started is not None:
            instrument, parties = started
            cand = self._make(
                tok, Entry("V", "061", lemma, reciprocal=True), [tok], ments, consumed={instrument.i}
            )
            if cand is None:
                return None
            cand.source, cand.target = parties, []
            return cand
        doers = pooled(tok, self.lexicon, ments) if pooling else None
        if doers is not None:
            cand = self._make(tok, Entry("V", "061", lemma, reciprocal=True), [tok], ments)
            if cand is None:
                return None
            cand.source, cand.target = doers, []
            return cand
        return None

    def _body_left(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """ "gave up its seat in OPEC", "will give up its membership of OPEC", "ceased to be a member of the European
        Union": a membership ended by a verb the lexicon reads as ending one, or by one of its WordNet senses, with
        an international organisation named is the body left (160, target the body; leaving.py). The verb's own
        hand reading of 160 keeps deciding. Issue 9, forty-ninth session (member49)."""
        if tok.dep_ in ("amod", "compound") or (
            entry is not None and not entry.derived and entry.code == "160"
        ):
            return None
        body = body_left(tok, self.lexicon)
        if body is None:
            return None
        bodies = body_parties(body, ments)
        if bodies is None:
            return None
        cand = self._make(tok, Entry("V", "160", tok.lemma_.lower()), [tok], ments)
        if cand is None:
            return None
        cand.source = [i for i in cand.source if i not in bodies]
        cand.target = bodies
        return cand

    def _onslaught(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """ "German armour burst upon thinly held American positions", "Soviet armies tore through the Rumanian Third
        Army's front", "the columns closed in upon the Herero", "Marines fought their way ashore against its Japanese
        garrison": a military force (a subject of the lexicon's force classes, or a party of a military or rebel
        sector; no aircraft) moving by a verb of motion (`onslaught.onslaught_verb`, by WordNet) upon, into,
        through, across, over or against a force, its front, lines or positions, or a place another side holds
        (`onslaught.struck_phrase`) attacks it: 190, the owner of what is struck the target. A hand reading of the
        verb's own of roots 18-20 other than 190 keeps deciding ("fired into", "bombed"). Issue 9, forty-sixth
        session (motion46)."""
        if tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "relcl"):
            return None
        if (
            entry is not None
            and not entry.derived
            and entry.code[:2] in ("18", "19", "20")
            and entry.code != "190"
        ):
            return None
        if not onslaught_verb(tok):
            return None
        if not charged_objects(tok) and not contact_phrases(tok):
            # (speed: with no contact phrase and no direct object nothing can be struck, nor a force moved, so no
            # candidate is built for the verb: `struck_phrase` reads the contact phrases, `struck_object` and
            # `crossed_frontier` a direct object)
            return None
        heads = subject_words(tok)
        aircraft = class_words("aircraft") - force_words()
        if heads & aircraft:
            return None
        cand = self._make(tok, Entry("V", "190", tok.lemma_.lower()), [tok], ments)
        if cand is None:
            return None
        military = (
            bool(heads & force_words())
            or military_subject(tok)
            or any(ments.mentions[i].sector in ("MIL", "REB") for i in cand.source)
        )
        # (any doer moving a force as its object moves it at what the phrase strikes: "the army flung its infantry
        # against the lines"; a force charged as the object is charged only by a force: "Ukraine charged Russian
        # soldiers with war crimes" is an accusation)
        moved = any(moved_force(c) for c in tok.children)
        found = struck_phrase(tok, ments, cand.source) if military or moved else None
        if found is None and military:
            found = struck_object(tok, ments, cand.source)
        if found is None and moved:
            found = crossed_frontier(tok, ments, cand.source)
        if found is None and (military or bool(heads & class_words("enforcer"))):
            # ("Yeomanry cavalry rode into the crowd", "Mounted police charged the columns of marchers": forces or
            # police moving upon a gathering repress it, 175; motion47)
            crowd = struck_crowd(tok)
            if crowd is not None:
                cand.entry = Entry("V", "175", tok.lemma_.lower())
                cand.code = "175"
                owners = [i for i in actors_under(crowd, ments) if other_side(i, cand.source, ments)]
                cand.target = owners or [i for i in cand.target if other_side(i, cand.source, ments)]
                return cand
        if found is None:
            return None
        _prep, owners = found
        if owners:
            cand.target = owners
        else:
            cand.target = [i for i in cand.target if other_side(i, cand.source, ments)]
        return cand

    def _placed_force(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """ "threw a blockade round the ports", "laid a bombardment on the heights", "a siege was put round the town":
        a verb of putting, laying, throwing or casting (purposes.force_placing, by WordNet) whose object is a deed of
        force (a noun whose own reading is of CAMEO roots 18-20; not a weapon, which is carried or dropped, and not a
        deed with a doer of its own, "Russia's blockade") placed round, on or across a place or a party (a
        `force_placing_preps` phrase on the verb or on the noun) does that deed: the verb's subject is its doer, the
        phrase's place or party its target. A hand reading of the verb's own keeps deciding ("laid siege to", "threw
        stones at", "deplored the incursions"). Issue 9, forty-fifth session (force45)."""
        if entry is not None and not entry.derived and plover(entry.code) is not None:
            return (
                None  # (a hand reading of the verb's own decides: "laid siege to", "deplored the incursions")
            )
        if not force_placing(tok) or any(c.dep_ == "prt" for c in tok.children):
            # (a verb with a particle is a phrasal verb of its own, no placing: "set aside the planned air strike on
            # Cuba", "put off the ground offensive against Iraqi forces"; review45)
            return None
        preps = coder_words().force_placing_preps
        weapons = class_words("weapon")
        for obj in object_children(tok):
            if obj.pos_ != "NOUN" or obj.lemma_.lower() in weapons:
                continue
            if any(c.dep_ == "poss" for c in obj.children):
                continue  # ("lifted Russia's blockade": a deed of another's)
            noun_entry = match_entry(obj, self.lexicon, ("N",))
            if (
                noun_entry is None
                or noun_entry.code[:2] not in ("18", "19", "20")
                or plover(noun_entry.code) is None
            ):
                continue
            placing = [
                c
                for holder in (tok, obj)
                for c in holder.children
                if c.dep_ == "prep"
                and c.lower_ in preps
                and not time_phrase(c)  # ("deplored on Thursday the incursions")
                and any(p.dep_ == "pobj" and self._force_placed_on(p, ments) for p in c.children)
            ]
            if not placing:
                continue
            cand = self._make(tok, noun_entry, [tok, obj], ments, consumed={obj.i})
            if cand is not None and not cand.target:
                # ("round the ports of East Pakistan": the place the deed is put round is its target)
                cand.target = [
                    i
                    for holder in (tok, obj)
                    for i in prep_actors(holder, preps, ments)
                    if i not in cand.source
                ]
            return cand
        return None

    def _weapon_cast(self, tok: Token, entry: Entry | None, ments: Mentions) -> Candidate | None:
        """ "dropped bombs on Kabul", "flung a bomb at the King's carriage", "tossed grenades into the crowd", "turned
        field guns on the Four Courts": a verb of putting, throwing or moving a thing (purposes.force_placing, by its
        first WordNet sense) whose object is a weapon (`kinds.projectile`: the &weapon class and its WordNet kinds, less
        craft and vehicles) told as sent on, at or against a party, a place or people (`weapon_cast_preps`; "into"
        after a verb of throwing only) uses it on them: bombs dropped strike from the air (195), shells and guns turned
        on a place fire artillery (194), a state's forces fight (190), anyone else bombs (183; CAMEO's non-military
        bombing). The verb's subject is the doer, the phrase's party or place the target. A hand reading of the verb's
        own keeps deciding ("hurled stones at", "planted a bomb", "rattled its sabre at"), but for one of aid; weapons sent
        or dropped "to" a party with none hit are supplies (`_supply_carried`). Issue 9, forty-sixth session (unnamed46)."""
        if (
            entry is not None
            and not entry.derived
            and plover(entry.code) is not None
            and entry.code[:2] != "07"
        ):
            # (a hand reading of the verb's own decides: "hurled stones at", "rattled its sabre at"; one of weapons
            # given, "dropped arms to the partisans", holds only where no party or place is named as hit)
            return None
        if tok.pos_ != "VERB" or not force_placing(tok) or any(c.dep_ == "prt" for c in tok.children):
            return None
        words = coder_words()
        throwing = not first_sense(tok.lemma_.lower()).isdisjoint(words.force_placing_senses)
        preps = words.weapon_cast_preps | ({"into"} if throwing else frozenset())
        objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
        weapon = next((o for o in objects if projectile(o.lemma_.lower())), None)
        if weapon is None:
            return None
        # (the phrase may hang on the place it was thrown from: "flung a bomb from an upper window at the carriage")
        holders = [tok, weapon, *prep_objects(tok, ("from",))]
        placing = [
            p
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in preps and not time_phrase(c)
            for p in c.children
            # (a noun or a name: "turned the gun on himself" uses it on no one else)
            if p.dep_ == "pobj"
            and p.pos_ in ("NOUN", "PROPN")
            and (self._force_placed_on(p, ments) or self._cast_on(p))
        ]
        if not placing:
            return None
        lemma = weapon.lemma_.lower()
        if tok.lemma_.lower() in words.air_drop_verbs:
            code = "195"
        elif lemma in words.artillery_weapons:
            code = "194"
        elif subject_words(tok) & (class_words("force") | class_words("military")):
            code = "190"
        else:
            doers = self.roles.subject(tok, ments)
            # (a state or its organs use force, no bombing: "Russia could aim its nuclear missiles at Ukraine")
            code = "190" if doers and all(self._state_party(i, ments) for i in doers) else "183"
        cand = self._make(
            tok, Entry("V", code, tok.lemma_.lower()), [tok, weapon], ments, consumed={weapon.i}
        )
        if cand is not None and not cand.target:
            cand.target = [
                i for holder in holders for i in prep_actors(holder, preps, ments) if i not in cand.source
            ]
        return cand

    def _state_party(self, i: int, ments: Mentions) -> bool:
        """Whether a mention names a state or one of its organs: a sector of `state_sectors`, or a country named by
        its name (not its people: "two young Eritreans" are no state)."""
        mention = ments.mentions[i]
        if mention.sector in state_sectors():
            return True
        doc = ments.doc
        return not mention.sector and doc is not None and token_at(doc, ments.heads[i]).ent_type_ == "GPE"

    def _cast_on(self, noun: Token) -> bool:
        """Whether a noun a weapon is cast on names people (a crowd, bystanders, passengers, worshippers: the
        lexicon's &crowd and &bystander classes), a place people are in (&soft_target), a vehicle (&car and its WordNet
        kinds: "the carriage"), or someone's thing ("the carriage of King Alfonso")."""
        lemma = noun.lemma_.lower()
        if any(lemma in self.lexicon.classes.get(name, frozenset()) for name in _CAST_ON_CLASSES):
            return True
        if is_kind(lemma, "car"):
            return True
        return any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in noun.subtree if t.i != noun.i)

    def _force_placed_on(self, noun: Token, ments: Mentions) -> bool:
        """Whether the object of a placing phrase is what a deed of force can be put on (`_placed_force`): a party
        or a place named under it, or a noun of ground, bases or venues ("round the ports of East Pakistan", "on
        Israeli shipping", "on the port"); not a thing of talk or of paper ("put the invasion on its agenda",
        "placed the attack on the record")."""
        return bool(actors_under(noun, ments)) or place_noun(noun, self.lexicon)

    def _make(
        self, tok: Token, entry: Entry, words: list[Token], ments: Mentions, consumed: set[int] | None = None
    ) -> Candidate | None:
        code = entry.code
        protected: list[int] = []
        if code[:2] in ("15", "19") and tok.pos_ == "VERB" and _protective_force(tok):
            code = "074"  # ("flew into El Fasher, the first troops of an African Union force sent to protect ...")
            protected = _protected_target(tok, ments)
        if tok.pos_ != "NOUN" and natural_force(tok):
            return None  # "the earthquakes struck the border towns": nature, not an actor, did it
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.head.pos_ == "VERB"
            and natural_force(tok.head.head)
        ):
            return None  # "cut the destroyer in two during a SEATO exercise": the adjunct of an accident
        if (
            tok.pos_ == "VERB"
            and code[:2] not in ("04", "14", "18", "19")
            and entry.allowed("subj") is None
            and vehicle_subject(tok)
            and not (
                code[:2] == "07" and tok.dep_ not in ("acl", "relcl", "amod") and self._goods_objects(tok)
            )
        ):
            # "a minivan ... pulled up to the institute": a vehicle moved, no one did a deed; a visit ("the train
            # carrying Kim arrived in Russia") and a blockade by vehicles ("trucks blocked the border") keep theirs; so
            # does aid the vehicles carry, goods of a class of aid as the verb's object ("Dominican army lorries carried
            # food and medicine into Haiti"; none48)
            return None
        if code[:2] != "06" and uncrewed_craft(tok):
            # ("NASA's Juno spacecraft fired its main engine", "NASA sent its Perseverance rover to Mars", "the
            # European Space Agency's Rosetta probe caught up with a comet": an uncrewed craft moved, no party did a
            # deed; flights45)
            return None
        if tok.pos_ == "VERB" and bare_fire_subject(tok):
            return None  # "a fire tore through the tower": no one set it, as far as the sentence says
        if code.startswith("183") and bombless(tok):
            return None  # "the train derailed and exploded": an accident, no bomb named
        if (
            code[:2] in ("18", "19")
            and tok.pos_ == "VERB"
            and tok.dep_ == "xcomp"
            and tok.tag_ == "VBG"
            and tok.head.lemma_.lower() in clause_words().ending_verbs
            and not _negated(tok.head)
        ):
            # "North Korean and U.N. forces ceased firing along the front", "the two armies stopped shooting": the
            # fire halted is a truce (0871, the codebook's "declare truce, ceasefire"), no fire; deeds20
            code = "0871"
        if (
            code[:2] == "18"
            and code not in ("181", "184", "185", "186")
            and tok.pos_ == "VERB"
            and riot_doer(tok)
        ):
            code = "145"  # "protesters pelted police ... and tore down a poster": a riot, not an assault
        if tok.pos_ == "VERB" and sporting(tok):
            return None  # "Argentina beat France on penalties in the final": a result of sport
        if route_subject(tok):
            return None  # "the corridor, which links X with Y": a way, not a party, does it
        carrier = _carried_blast(tok) if tok.pos_ == "VERB" and code[:2] == "17" else None
        if carrier is not None:
            # "steered a small boat laden with explosives alongside the destroyer ... and blew it up", "flew a drone
            # over a parade and blew it up": the vehicle blown up is the bomb, the attack is on whom it was brought to
            code = "195" if carrier.lemma_.lower() in coder_words().drone_nouns else "183"
            # (the flight or the steering is part of the attack)
            consumed = {*(consumed or ()), carrier.head.i}
        elif (
            tok.pos_ == "VERB"
            and code[:2] in ("18", "19")
            and tok.dep_ == "conj"
            and tok.head.lemma_.lower() in ("fly", "steer", "pilot", "sail", "launch", "send")
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in coder_words().attack_vehicle_nouns
                for c in tok.head.children
            )
        ):
            # "flew small drones over Mosul and dropped grenades on Iraqi troops": the drones' flight carries the
            # attack of the coordinated verb, no show of force of its own
            consumed = {*(consumed or ()), tok.head.i}
        announced: Token | None = None
        if tok.pos_ == "NOUN":
            source, target = self.roles.noun_roles(tok, ments)
        else:
            source, target = self.roles.verb_roles(tok, ments, words)
            target = self.roles.named_phrase_target(tok, entry, source, target, ments)
            target = self.roles.recipient_target(tok, code, source, target, ments)
            target = self.roles.payer_target(tok, code, source, target, ments)
            traded = _trade_barred_with(tok, ments) if code == "163" else []
            if (
                traded
                and not set(traded) & set(source)
                and (not source or ments.codes(target) <= ments.codes(source))
            ):
                # "barred American firms from selling ... to Cuba": the party that may no longer be traded with is
                # the target, not the firms barred (deeds38); a party of its own barred stays the target ("barred
                # Iraq from buying weapons from Russia", "barred Huawei from buying chips from American firms")
                target = traded
            if unknown_person_object(tok, code, ments):
                # "killed Kim Jong-nam at an airport in Kuala Lumpur": the place is not whose the person was
                where = coder_words().place_preps | conflict_words().inside_preps
                target = [i for i in target if not place_phrase(token_at(tok.doc, ments.heads[i]), where)]
            nouns = [w for w in words if w.pos_ == "NOUN"]
            borne = [n for n in nouns if n.dep_ == "nsubjpass" and n.head.i == tok.i]
            if borne and not any(c.dep_ == "agent" for c in tok.children):
                # "Russia's delivery of jets to Serbia was completed": the light verb's passive subject names
                # its own doer and target
                doer, done_to = self.roles.noun_roles(borne[0], ments)
                if doer:
                    source, target = doer, done_to or [i for i in target if i not in doer]
            if nouns and any(lemma in coder_words().announcing for lemma in lemma_forms(tok)):
                # "X announced Y's visit": the noun's own doer acts and the announcer is the other party,
                # unless it speaks for the doer's side ("the Kremlin announced a visit by Putin to Turkey");
                # an announced visit or meeting is still to come, so its modality is read at the noun
                if (plover(code) or "") in announced_plan_types():
                    announced = nouns[0]
                doer = noun_agent(nouns[0], ments, self.lexicon) or self.roles.of_agent(nouns[0], ments)
                if doer and set(doer) != set(source):
                    sides = ments.codes(doer)

                    def other_side(found: list[int]) -> list[int]:
                        return [i for i in found if i not in doer and ments.mentions[i].code not in sides]

                    own = self.roles.noun_roles(nouns[0], ments)[1]
                    source, target = doer, other_side(source) or other_side(target) or other_side(own)
        source, target = self._goods_maker(tok, words, source, target, ments)
        if carrier is not None:
            own_codes = ments.codes(source)
            brought = [
                i
                for c in carrier.head.children
                if c.dep_ in ("prep", "advmod")
                for i in actors_under(c, ments)
                if ments.mentions[i].code not in own_codes
            ]
            target = brought or [i for i in target if ments.mentions[i].code not in own_codes]
        if code[:2] == "06" and tok.dep_ == "acl" and tok.tag_ == "VBN":
            bought = self._bought(tok, ments)
            if bought is not None:
                # "Russia used drones bought from Iran": the user bought them from the seller
                source, target = bought
        if code[:2] == "08" and tok.pos_ == "VERB":
            holder, held = self._holder(tok, ments)
            if held is not None and not set(holder) & set(source):
                # "the sailors held by Iran were freed", "the districts that Armenian forces had held were
                # handed back": the holder released or returned them; its holding is background, no deed
                source = holder
                target = [i for i in target if i not in holder]
                consumed = {*(consumed or ()), held.i}
        if code[:2] == "09" and tok.pos_ == "VERB":
            # "ordered an inquiry in August into attacks on hospitals": what an inquiry looks into is its matter,
            # no deed of the sentence's own, also where the parser hangs the phrase on the verb (a phrase on the
            # inquiry noun is read there)
            consumed = {
                *(consumed or ()),
                *(
                    p.i
                    for p in prep_objects(tok, ("into",))
                    if p.pos_ == "NOUN"
                    and (deed := match_entry(p, self.lexicon, ("N",))) is not None
                    and deed.code[:2] in frame_codes().conflict_roots
                ),
            }
        if code == "0841" and tok.pos_ == "VERB" and _no_captives_back(tok):
            return None  # "flew home stranded tourists", "sent home Ethiopian workers": no captives (fix26c)
        if code == "150" and any(
            w.pos_ == "NOUN" and w.lemma_.lower() == "test" and _weaponless_test(w) for w in (tok, *words)
        ):
            return None  # "a flight test of Boeing's Starliner capsule": no weapon shown (fix26c)
        if code == "154" and any(_weaponless_stock(w) for w in (tok, *words)):
            return None  # "expanded its arsenal of stimulus tools": a stock of no weapons grown is no mobilisation
        if (
            code[:2] == "15"
            and tok.pos_ == "VERB"
            and (
                _relief_purpose(tok)
                # ("ordered 7,200 troops sent to the Gulf Coast to help with relief": the commanded participle's
                # purpose; force38)
                or any(
                    w.pos_ == "VERB" and ordered_patient(w) is not None and _relief_purpose(w) for w in words
                )
            )
        ):
            # "called out 3,000 reservists to help fight the bushfires": forces called out for disaster relief
            # are aid (docs/annotation-conventions.md rule 12.3; the PLOVER manual's AID), not a mobilisation
            code = "073"
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if (code[:2] == "15" or (code in clause_words().deployment_codes and passive)) and tok.pos_ != "NOUN":
            # (irregulars are often moved by a patron, not by their own state: "Syrian fighters were
            # transferred" says nothing of who sent them)
            forces = [i for i in self.roles.forces(tok, ments) if ments.mentions[i].sector != "REB"]
            if not source and forces and set(target) <= set(forces):
                # "Russian troops were deployed along the corridor": whose troops they are deployed them
                source = forces
            target = self.roles.mobilised_target(tok, target, ments, source)
        elif code[:2] == "15" and tok.pos_ == "NOUN" and not target:
            # "China's drills around Taiwan", "Russian war games near the Polish border": a show of force
            # named by its noun is aimed at the party it is held near
            target = posture_target(tok, ments, source) or self._posture_place(tok, ments, source)
        elif code[:2] == "07" and tok.pos_ == "VERB" and set(target) <= set(self.roles.forces(tok, ments)):
            # "Turkey transferred Syrian fighters to Libya": aid sent is not aimed at whose fighters or arms
            # they are; where they are sent is its target
            target = self.roles.destination(tok, ments) or target or self._sent_to(tok, ments)
        last = _last_forces(tok) if entry.code[:2] in ("15", "19") and tok.pos_ == "VERB" else None
        if last is not None:
            # "The last American combat brigade in Iraq rolled across the border into Kuwait", "the last Syrian
            # soldiers crossed back into Syria": the last forces moving out end a presence, a withdrawal (0874) from
            # the place their own phrase names ("in Iraq"), not a deployment or an invasion of where they go
            left = [
                i
                for c in last.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for i in actors_under(c, ments)
                if i not in source
            ]
            code, target = "0874", left
        elif entry.code[:2] in ("15", "19") and tok.pos_ == "VERB" and code != "073":
            beside = self._fighting_beside(tok, source, ments) if entry.code[:2] == "15" else None
            helped = None if beside else self._helping_force(tok, source, target, ments, entry.code[:2])
            if beside:
                # "will send a brigade to fight under the United Nations command in Korea", "sent 1,500 troops to fight
                # alongside American forces": forces carried to fight or serve beside another party are military aid
                # to it (072), not a show of force; said for the future, aid promised (0332; promise47)
                code, target = "072", beside
            elif helped is not None:
                # "Morocco sent 1,500 troops to Zaire to help President Mobutu drive back rebels", "Kenyan troops
                # landed in Goma to help the Congolese army", "flew paratroopers into the Maldives at the request of
                # its president": forces sent to another party to help it, or at its request, give military
                # protection (074), not a deployment or an invasion; the party helped is the target
                code, target = "074", helped or target
        if last is None and code[:2] in ("15", "19") and tok.pos_ == "VERB":
            aided = self._purposed_aid(tok, source, target, ments)
            if aided is not None:
                # "The United States sent troops into northern Iraq to protect Iraqi Kurds", "France landed
                # paratroopers in Bunia so as to protect civilians": forces moved by a generic verb for a purpose
                # that reads only as aid give that aid (purposes.purposed_aid), not a deployment or an attack
                code, target = aided
        mutual_noun = tok.pos_ == "NOUN" and mutual_modifier(tok)
        if (
            (entry.reciprocal or mutual_noun)
            and not source
            and len(target) > 1
            and not counterparts(tok, target, ments)
        ):
            # "cooperation between Russia and Azerbaijan", "an agreement between X and Y was signed":
            # the parties act together; "mutual accusations between X and Y": on each other
            source, target = target, []
        if not target and (tok.pos_ == "ADJ" or tok.dep_ == "acomp"):
            # "X is concerned about Y's build-up", "said it was worried about Y's deployment": the phrase the
            # entry names is what the stance is taken on; the doer of a deed named there is the target
            target = [i for i in self.roles.stance_object(tok, entry, ments) if i not in source]
        moved = self._moved_forces(tok, entry, source, target, ments)
        said_possible = self._said_possible(tok, code, moved, source, ments)
        deed_code, code = code, self._shift_for_intent(tok, code, moved, said_possible)
        if moved == "threat" and code[:2] == "13" and not [i for i in target if i not in source]:
            target = self._purpose_party(tok, source, ments)  # (the party its purpose clause acts on)
        if (
            code[:2] in ("13", "03")
            and deed_code[:2] != code[:2]
            and not [i for i in target if i not in source]
        ):
            # "would not hesitate to retaliate if India attacked it", "would have no choice but to act if Y ...":
            # a deed of harm said for the future is a threat to the party its condition names; "would free the
            # hostages if Israel halted its strikes": a deed of cooperation so said is an offer to it
            said = _aspect_head(tok if tok.pos_ != "NOUN" else tok.head)
            named = self.roles.condition_subject(said, ments) or self.roles.condition_subject(tok, ments)
            target = [i for i in named if i not in source] or target
        # ("Hungary would not arrest Putin if he came": a deed one says one will not do, on a condition, threatens
        # no one; it is read as a deed refused, in _shift_for_intent)
        refrained = tok.pos_ == "VERB" and _negated(tok) and _future(tok)
        threat = None if refrained else conditional_threat(tok, deed_code, source, ments, self.roles)
        if threat is not None:
            # "X suggested that it could use force if Y refused": a threat to Y (unless the deed names
            # its own target outside the condition), made when it is said
            parties, announced, condition = threat
            code = code if code[:2] == "13" else refine("threat", deed_code)
            inside = {t.i for t in condition.subtree}
            if all(ments.heads[i] in inside for i in target):
                target = parties
        if _unsided_relation(entry, tok, words, [*source, *target], ments):
            return None  # "the NATO alliance", "a dispute over the border": a relation with one side named
        target = self.roles.reciprocal_targets(entry, source, target, ments)
        reciprocal = (
            (entry.reciprocal and len(source) > 1)
            or mutual(words, source, ments)
            or (mutual_noun and len(source) > 1)
        ) and not target
        if target and source and mutual_with(words, target, ments):
            # "Indian troops clashed with Chinese soldiers", "exchanged fire with Hezbollah": each on the other
            reciprocal = True
        source_codes = ments.codes(source)
        partakers = _partakers(tok, ments) if deed_code[:2] == "15" and source else []
        if partakers and not ments.codes(partakers) & source_codes:
            # "opened the Malabar exercise, with American and Japanese warships taking part": the parties told as
            # taking part hold the drills with the doer (talk24)
            source = [*source, *partakers]
            target = [i for i in target if i not in partakers]
            source_codes = ments.codes(source)
        if (
            deed_code[:2] == "15"
            and deed_code not in _OWN_MOBILISATION
            and len(source_codes) > 1
            and ments.codes(target) <= source_codes
            and tok.lemma_.lower() not in coder_words().confrontation_verbs
        ):
            # "X and Y held naval drills": a show of force two parties make together is military
            # cooperation (062), not a posture against each other ("will hold": an intention to, 0312)
            code, reciprocal, target = (
                "062" if code == deed_code else refine("intent", "062"),
                True,
                [],
            )
        if code in clause_words().mediation_codes and target and ments.codes(target) <= source_codes:
            # "Russia and Ukraine negotiated an exchange between their forces": no third party mediates; the
            # parties negotiate (046) with each other
            code, reciprocal, target = "046", len(source) > 1, []
        elif (
            code in clause_words().mediation_codes
            and not source
            and len(ments.codes(target)) > 1
            and any(c.dep_ == "nsubj" for c in tok.children)
            and "between" in (entry.allowed("prep") or ())
        ):
            # "Negotiators hammered out a truce between Israel and Hezbollah": no mediator named, the parties
            # between whom the deal was made agree to it (030)
            code, reciprocal, source, target = "030", True, target, []
        if code == "074" and protected:
            target = protected[:1]  # ("landed at Elisabethville to shield Belgian settlers": those protected)
        cand = Candidate(tok, entry, code, words, source, target, reciprocal)
        cand.consumed = set(consumed or ())
        if code[:2] == "08" and tok.pos_ == "VERB":
            # "brought back the schoolgirls they had seized", "freed the missionaries it had kidnapped in 2021": the
            # seizure told in a relative clause on those released is their background (kept only with the setting
            # `background_deeds`), also where the parser hangs the release's date on it
            cand.held_background = set(_seized_released(tok))
        cand.modality_token = announced
        if code == frame_code("demand"):
            self._asked_for(cand, ments)
        cand.refusal = code != deed_code and code[:2] == "12"
        if cand.refusal and tok.pos_ == "VERB":
            self._reported_refusal(tok, cand, ments)
        elif (
            code != deed_code
            or code[:2] == "12"
            # ("assured Finland that it would not invade": a deed of force forsworn, talk22)
            or (tok.pos_ == "VERB" and _forsworn(_aspect_head(tok), code))
        ) and (
            (_future(_aspect_head(tok if tok.pos_ != "NOUN" else tok.head)) and not _dated_cause(tok))
            or said_possible
        ):
            self._stated_promise(tok, cand, ments)
        return cand

    @staticmethod
    def _goods_maker(
        tok: Token, words: list[Token], source: list[int], target: list[int], ments: Mentions
    ) -> tuple[list[int], list[int]]:
        """ "the sale of Turkish drones to Ukraine", "imports of Russian gas": the party named on the goods
        of a noun of selling or buying is where they come from: the seller of a sale (the source when none
        is named) and of a purchase (its target), never the buyer of a sale."""
        nouns = [tok] if tok.pos_ == "NOUN" else [w for w in words if w.pos_ == "NOUN"]
        if not nouns:
            return source, target
        lemma = nouns[0].lemma_.lower()
        outgoing = lemma in coder_words().goods_out_nouns
        if not outgoing and lemma not in coder_words().goods_in_nouns:
            return source, target
        goods = [
            g
            for c in nouns[0].children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN"
        ]
        makers = [
            i
            for g in goods
            for m in g.children
            if m.dep_ in ("amod", "compound", "nmod")
            for i in ments.at(m)
        ]
        if not makers:
            return source, target
        target = [i for i in target if i not in makers]
        if outgoing:
            return (source or makers), target
        return source, (target or [i for i in makers if i not in source])

    def _bought(self, verb: Token, ments: Mentions) -> tuple[list[int], list[int]] | None:
        """ "Russia used drones bought from Iran", "attacked Ukraine with drones bought from Iran": a thing
        acquired from a party, named by a participle with no agent, was acquired by the doer of the clause the
        thing is in (its object, or the object of a phrase on it), from the party of the "from" phrase."""
        if any(c.dep_ == "agent" for c in verb.children):
            return None
        sellers = [
            i
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for i in pobj_actors(prep, ments)
        ]
        thing = verb.head
        clause = thing.head.head if thing.dep_ == "pobj" and thing.head.dep_ == "prep" else thing.head
        if not sellers or thing.dep_ not in ("dobj", "pobj") or clause.pos_ != "VERB":
            return None
        buyers = [
            i
            for c in clause.children
            if c.dep_ == "nsubj"
            for i in actors_under(c, ments)
            if i not in sellers
        ]
        return (buyers, sellers) if buyers else None

    def _holder(self, verb: Token, ments: Mentions) -> tuple[list[int], Token | None]:
        """The party that held what a passive verb frees or gives back, named on its subject by a participle
        with an agent ("the sailors held by Iran were freed") or a relative clause ("the districts that
        Armenian forces had held were returned"), with the holding verb; ([], None) when the verb names its
        own agent or no holder is named (data: coder_words.json `holding_verbs`)."""
        if any(c.dep_ == "agent" for c in verb.children):
            return [], None
        for subject in verb.children:
            if subject.dep_ != "nsubjpass":
                continue
            for held in subject.children:
                if held.dep_ not in ("acl", "relcl"):
                    continue
                if not any(lemma in coder_words().holding_verbs for lemma in lemma_forms(held)):
                    continue
                if held.dep_ == "acl":
                    holder = [i for a in held.children if a.dep_ == "agent" for i in pobj_actors(a, ments)]
                else:
                    holder = [i for c in held.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
                if holder:
                    return holder, held
        return [], None

    @staticmethod
    def _posture_place(noun: Token, ments: Mentions, source: list[int]) -> list[int]:
        """ "China's drills around Taiwan": a country the resolver read as a place, named in a posture phrase
        of a show of force named by its noun, is its target when it is not the doer's own."""
        own = ments.codes(source)
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in coder_words().posture_preps:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                places = [m for m in ments.places.get(pobj.i, []) if m.code and m.code not in own]
                if places:
                    return [ments.add(places[0], pobj.i)]
        return []

    def _sent_to(self, verb: Token, ments: Mentions) -> list[int]:
        """ "Rwandan troops sent to Mozambique helped the government ...": help given by forces with no one
        named takes the party the forces were sent to (a participle on the subject)."""
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            for sent in subject.children:
                if sent.dep_ != "acl" or sent.tag_ != "VBN":
                    continue
                for prep in sent.children:
                    if prep.dep_ in ("prep", "dative") and prep.lower_ in coder_words().destination_preps:
                        found = pobj_actors(prep, ments)
                        if found:
                            return found
        return []

    def _said_possible(self, tok: Token, code: str, moved: str, source: list[int], ments: Mentions) -> bool:
        """ "Turkey could launch a ground offensive at any moment, Erdogan said", "North Korea said it could detonate
        one over the Pacific": a deed of force a party says it could do (a modal of possibility, data:
        `possibility_aux`) is its threat, as "would" is; another party's ("analysts said Russia could attack") is a
        guess, and a deed of cooperation that could be done is no promise."""
        root = code[:2]
        if root not in frame_codes().conflict_roots or (root == "15" and moved != "threat"):
            return False
        verb = tok if tok.pos_ != "NOUN" else tok.head
        if verb.dep_ != "ccomp" or not any(
            c.dep_ == "aux" and c.lower_ in coder_words().possibility_aux for c in verb.children
        ):
            return False
        reporter = verb.head
        if not any(lemma in coder_words().promising_verbs for lemma in lemma_forms(reporter)):
            return False
        speakers = ments.codes(self.roles.subject(reporter, ments))
        doers = ments.codes(source)
        return bool(speakers) and bool(doers) and doers <= speakers

    def _shift_for_intent(self, tok: Token, code: str, moved: str = "", said_possible: bool = False) -> str:
        """A deed announced for the future is an intention (03) or a threat (13), as CAMEO codes it. Forces a
        party says it will send, deploy or move (`moved`, see `_moved_forces`) are a promise of protection to
        the party they go to ("protect": 0334; "would not send": a refusal of it) or a threat of force to the
        party they are aimed at ("threat": 138); other shows of force to come stay a planned posture."""
        if performative(tok):
            return code  # "My great pleasure to greet you in Sochi": done by saying it, not announced
        verb = _aspect_head(tok if tok.pos_ != "NOUN" else tok.head)
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        future = _future(verb) and not _dated_cause(tok)
        if not future and said_possible:
            future = True  # ("Turkey could launch an offensive at any moment, Erdogan said": a threat)
        elif not future and any(a.lower_ in coder_words().possibility_aux for a in auxes):
            # "could use force if Y refused", "may strike if the attacks go on": a conditional threat
            future = any(condition_clause(c) for c in verb.children)
        perfect = any(a.lemma_ == "have" for a in auxes)
        # ("is going to sign": the future; "went on to sign", "went to sign": a deed told as done; background50)
        going = (
            verb.head.lemma_ == "go"
            and verb.head.tag_ == "VBG"
            and any(c.dep_ == "xcomp" for c in verb.head.children)
            and not any(c.dep_ == "prt" for c in verb.head.children)
        )
        if not (future or going) or perfect or narrative_would(verb):
            return code  # ("eight years later it would invade Y": told as done, no intention)
        # ("would not hesitate to strike": the "not" holds the hesitation back, not the deed)
        negated = _negated(verb) and not (
            verb.lemma_.lower() in coder_words().hesitation_verbs and verb.i != tok.i
        )
        root = code[:2]
        # "unless Y ...", and its negated twin "if Y does not ...": the deed waits on another's compliance
        unless = any(
            c.dep_ == "advcl"
            and any(
                m.lower_ == "unless" or (m.lower_ == "if" and _negated(c) and not _negated(verb))
                for m in c.children
                if m.dep_ == "mark"
            )
            # ("millions would go hungry unless the rains came": no party's compliance is waited on; talk24)
            and not _natural_condition(c)
            for c in verb.children
        )
        deferred = any(
            c.dep_ == "advcl"
            and any(
                m.lower_ in coder_words().deferring_marks for m in c.children if m.dep_ in ("mark", "advmod")
            )
            for c in verb.children
        )
        put_off = any(
            # ("will hand power back to civilians after an 18-month transition", "will step down at the end of his
            # term": one's office left at the end of a stage is a promise; exit40. A body left "at the end of the
            # year" stays the leaving announced, docs/annotation-conventions.md 5.1)
            c.dep_ == "prep"
            and c.lower_ in coder_words().deferring_preps
            and any(
                o.dep_ == "pobj" and o.lemma_.lower() in coder_words().deferring_nouns for o in c.children
            )
            for c in verb.children
        )
        if code in coder_words().announced_leaving_codes and not negated and not deferred and not put_off:
            # "Cameron said he would resign", "announced that he would step down": leaving one's office said for
            # the future is the concession made (0831), not a promise ("will step down once a council is set up" is)
            return code
        if (
            code == "160"
            and not (negated or deferred or said_possible)
            and not any(a.lower_ in coder_words().possibility_aux for a in auxes)
            and body_left(tok, self.lexicon) is not None
        ):
            # "will give up its membership of OPEC", "will give up its seat in OPEC": a membership one says one will
            # end is the body left (docs/annotation-conventions.md 5.1), as "will leave UNESCO" is (member49)
            return code
        if (
            code in coder_words().announced_exit_codes
            and tok.lemma_.lower() in coder_words().exit_verbs
            # ("will withdraw weapons inspectors from Iraq" takes others out: a threat; "will leave UNESCO" does not)
            and (
                tok.lemma_.lower() in coder_words().exit_object_verbs
                or not any(
                    c.dep_ == "dobj"
                    and c.pos_ in ("NOUN", "PROPN")
                    # ("would pull its forces out of NATO's integrated military command": one's own forces taken
                    # out of a body's command take the state out of it)
                    and not (code == "160" and c.lemma_.lower() in coder_words().helping_force_nouns)
                    for c in tok.children
                )
            )
            and not (negated or deferred or said_possible)
            and not any(a.lower_ in coder_words().possibility_aux for a in auxes)
        ):
            # "said it would pull out of UNESCO", "notified the U.N. that it would leave the WHO": leaving an
            # organisation announced is the leaving (docs/annotation-conventions.md rule 5.1), not a threat; "will
            # quit the U.N. if ...", "might quit the U.N." stay threats
            return code
        # leaving a body (160) threatened is a threat to halt involvement (136), as the lexicon's 166 for it was
        threatened = "166" if code == "160" and tok.lemma_.lower() in coder_words().exit_verbs else code
        if unless and not negated:
            # "X will pull out unless Y ...": a conditional deed is an ultimatum.
            return refine("threat", threatened) if root not in ("13",) else code
        if negated and code == "173" and _named_party_object(tok):
            # "would not arrest Vladimir Putin if he came", "said it would not arrest Bashir": a wanted party one says
            # one will not seize is refused to those who want it (1213, as "would not extradite X" is), not threatened
            return "1213"
        if negated and _office_given_up(tok):
            # "said he would not accept the premiership", "would not seek another term": the office given up is
            # a concession (0831, as a resignation announced above), not a refusal of anyone
            return "0831"
        if root == "15" and not negated and _arsenal_growth(tok):
            # "said it would raise the ceiling on its stockpile of nuclear warheads": one's own weapons of mass
            # destruction to be grown threaten (1385), as a vow to grow them does (_frame_candidate)
            return "1385"
        if root in frame_codes().cooperation_roots and negated:
            # "will not accept", "would not release": a refusal
            return refine("reject", code)
        if root in frame_codes().cooperation_roots and root != "03":
            return refine("intent", code)
        if moved == "protect":
            return refine("reject", "074") if negated else refine("intent", "074")
        if moved == "threat" and not negated:
            return refine("threat", threatened)
        if root in frame_codes().conflict_roots and root != "15" and not negated:
            # ("would not attack" is no threat: it stays the deed, marked negated by the modality layer)
            return refine("threat", threatened)
        return code

    def _asked_for(self, cand: Candidate, ments: Mentions) -> None:
        """ "presented demands for the withdrawal of NATO forces", "listed its terms for ending the war": the deed
        in the "for" phrase of a noun of demand is what is demanded (it makes the demand exact, 10x), never a deed
        done; the one to do it is the demand's target when none is named (data: `demand_nouns`)."""
        nouns = [w for w in cand.words if w.pos_ == "NOUN"]
        nouns += [o for w in cand.words if w.pos_ == "VERB" for o in object_children(w)]
        nouns += [
            p
            for n in list(nouns)
            for c in n.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
        ]
        for noun in nouns:
            if noun.lemma_.lower() not in coder_words().demand_nouns:
                continue
            for prep in noun.children:
                if prep.dep_ != "prep" or prep.lower_ != "for":
                    continue
                for deed in prep.children:
                    kinds = ("N",) if deed.dep_ == "pobj" and deed.pos_ == "NOUN" else ("V",)
                    if deed.dep_ not in ("pobj", "pcomp") or (kinds == ("V",) and deed.pos_ != "VERB"):
                        continue
                    entry = match_entry(deed, self.lexicon, kinds)
                    if entry is None or plover(entry.code) is None:
                        continue
                    cand.code = refine("demand", entry.code, cand.code)
                    cand.consumed.add(deed.i)
                    if not cand.target:
                        doer = self.roles.noun_roles(deed, ments)[0] if kinds == ("N",) else []
                        cand.target = [i for i in doer if i not in cand.source]
                    return

    def _reported_refusal(self, tok: Token, cand: Candidate, ments: Mentions) -> None:
        """ "France said Turkey would not join the EU": a party's word that another will not do a deed of
        cooperation is the speaker's rejection of that party, not the other's refusal (which its own word,
        "Iran said it would not join", still is)."""
        reporter = tok.head
        if tok.dep_ in ("advcl", "ccomp") and reporter.pos_ == "ADJ" and reporter.dep_ in ("ccomp", "oprd"):
            reporter = reporter.head  # "made it clear that ...": the parser hangs the clause on "clear"
        elif tok.dep_ != "ccomp":
            return
        if not (
            any(lemma in reporting_verbs() for lemma in lemma_forms(reporter)) or stating_phrase(reporter)
        ):
            return
        speaker = self.roles.subject(reporter, ments)
        codes = ments.codes(speaker)
        if not speaker or not cand.source or ments.codes(cand.source) & codes:
            return
        cand.source, cand.target = speaker, [i for i in cand.source if i not in speaker]

    def _stated_promise(self, tok: Token, cand: Candidate, ments: Mentions) -> None:
        """ "Lavrov said Russia would send ...", "X told Y that the corridor would be reopened", "X said it would
        block Y until ...": a party's own future deed stated by the party is its promise (03x) or threat (13x),
        asserted when said, from the speaker to the one told (or the deed's target); the deed stays a deed to
        come (data: `promising_verbs`). "Iran will release X under a deal with Y": a deed to come under an
        agreement named is promised by that agreement (asserted with it)."""
        verb = _aspect_head(tok if tok.pos_ in ("VERB", "AUX") else tok.head)
        if self._under_agreement(verb) is not None:
            cand.committed = True
            return
        tok = verb
        reporter = tok.head
        if tok.dep_ in ("advcl", "ccomp") and reporter.pos_ == "ADJ" and reporter.dep_ in ("ccomp", "oprd"):
            reporter = reporter.head  # "made it clear that ...": the parser hangs the clause on "clear"
        elif tok.dep_ != "ccomp":
            return
        if not (
            any(lemma in coder_words().promising_verbs for lemma in lemma_forms(reporter))
            or stating_phrase(reporter)
        ):
            return
        speaker = self.roles.subject(reporter, ments)
        codes = ments.codes(speaker)
        doers = ments.codes(cand.source)
        if not speaker or not doers <= codes:
            return  # ("France said Turkey would join the EU": another party's future deed is predicted)
        told = [
            i
            for c in reporter.children
            if c.dep_ in ("dobj", "dative")
            for i in actors_under(c, ments)
            if ments.mentions[i].code not in codes
        ]
        if _forsworn(tok, cand.code):
            # "assured Finland that it would not invade": a deed of force the speaker says it will not do is its
            # intention to de-escalate (0356), asserted as said, not the deed (talk22)
            cand.code = _forsworn_code(cand.code)
        # (the doer named in the clause, when it is the speaker's side, stays the source: "they would blockade
        # Paris"; a deed with no doer named is the speaker's)
        cand.source = cand.source or speaker
        cand.target = told or [i for i in cand.target if i not in cand.source]
        cand.reciprocal = cand.reciprocal and not cand.target
        cand.modality_token = reporter  # (the saying is asserted, or hedged, as the reporting verb is)

    def _under_agreement(self, verb: Token) -> Token | None:
        """The agreement noun of an "under a deal with Y" phrase on a verb ("Iran will release X under a deal
        with the United States"; data: `reference_preps`, the class `&treaty`)."""
        agreements = self.lexicon.classes.get("treaty", frozenset())
        return next(
            (n for n in prep_objects(verb, coder_words().reference_preps) if n.lemma_.lower() in agreements),
            None,
        )


# --- Helpers of Triggers, after the method that first calls them --------------------------------------------


def _crew_mention(crew: Token, code: str) -> ActorMention:
    """A mention of the state a crew noun names by itself (`joint.crew_of_state`: "cosmonauts" -> RUS), over the
    noun."""
    return ActorMention(
        start=crew.idx,
        end=crew.idx + len(crew.text),
        text=crew.text,
        code=code,
        sector=None,
        kb_id=None,
        why=f"a crew noun ('{crew.lemma_.lower()}') that names its state by itself, in a crewed flight (motion51)",
        role="actor",
    )


def _passive_finding(tok: Token) -> list[Token]:
    """The infinitive clause of a passive verb of finding that tells what its passive subject did ("Turkey was found
    by the court to have violated his rights", "Britain was held to have breached the convention"; courts41)."""
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    return [
        c
        for c in tok.children
        if c.dep_ in ("xcomp", "advcl", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)
    ]


def _denied_object(verb: Token) -> bool:
    """True when the object of a verb is denied ("broke no rule", "violated neither the treaty nor the law"): the
    deed is said not to have been done."""
    return any(
        c.dep_ == "dobj"
        and any(
            (d.dep_ == "det" and d.lower_ == "no") or (d.dep_ == "preconj" and d.lower_ == "neither")
            for d in c.children
        )
        for c in verb.children
    ) or any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children)


def _penalty_infinitives(verb: Token) -> list[Token]:
    """The infinitives, not negated, a verb of sentencing may name its penalty by ("sentenced X to die", "condemned to
    be shot", "sentenced to serve nine years"): `Triggers._owed_custody` tells those of death or confinement."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not _negated(c)
    ]


def _relief_purpose(verb: Token) -> bool:
    """True when a verb's purpose clause or its "for" phrase names a disaster or its relief ("to help fight the
    bushfires", "to help with flood relief", "for earthquake rescue work"; data: `natural_forces`,
    `relief_words`), not counting clauses of their own inside it ("to call up reservists, as the military
    launched an offensive in response to rocket fire")."""
    words = coder_words()
    disaster = words.natural_forces | words.relief_words
    for child in verb.children:
        purpose = (child.dep_ in ("advcl", "xcomp") and infinitive(child)) or (
            child.dep_ == "prep" and child.lower_ == "for"
        )
        if not purpose:
            continue
        stack = [child]
        while stack:
            tok = stack.pop()
            # (a word with an "of" phrase is a figure or a siege: "a flood of migrants", "the relief of the garrison")
            if (
                (tok.lemma_.lower() in disaster or _singular_form(tok) in disaster)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
                and not _own_people_fetched(tok)
            ):
                return True
            stack.extend(
                c for c in tok.children if c.dep_ not in ("advcl", "ccomp", "relcl", "parataxis", "conj")
            )
    return False


# (fix26c) those whom a state evacuates or rescues as its own, not as the host's relief: its staff, its citizens,
# its hostages ("to evacuate its embassy staff", "to rescue two French hostages")
_OWN_PEOPLE = frozenset(
    {
        "staff",
        "personnel",
        "diplomat",
        "embassy",
        "citizen",
        "national",
        "compatriot",
        "expatriate",
        "hostage",
        "captive",
        "prisoner",
        "detainee",
        "abductee",
        "soldier",
        "troop",
        "crew",
        "sailor",
        "employee",
    }
)


def _own_people_fetched(word: Token) -> bool:
    """A verb or noun of rescue or evacuation whose object (direct, or its "of" phrase) is the doer's own people:
    staff, citizens, hostages (data above), not a disaster's victims."""
    if word.lemma_.lower() not in ("evacuate", "rescue", "evacuation", "extract", "extraction"):
        return False
    objs = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += prep_objects(word, ("of",))
    objs += [o.head for o in objs if o.dep_ == "compound"]
    return any(o.lemma_.lower() in _OWN_PEOPLE or _singular_form(o) in _OWN_PEOPLE for o in objs) or any(
        c.lemma_.lower() in _OWN_PEOPLE for o in objs for c in o.children if c.dep_ == "compound"
    )


def _singular_form(tok: Token) -> str:
    lower = tok.lower_
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def _seized_released(verb: Token) -> list[int]:
    """The verbs of holding (data: `holding_verbs`, and "snatch", "grab") in relative clauses or participles on
    what a verb of release or return governs, through a number or a partitive ("more than 100 of the schoolgirls
    [they had seized]", "three of the missionaries [it had kidnapped]"), or on its clause's subject."""
    holding = coder_words().holding_verbs | {"snatch", "grab", "abduct", "arrest"}
    nouns = [counted(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [
        counted(c)
        for x in verb.children
        if x.dep_ in ("xcomp", "ccomp")
        for c in x.children
        if c.dep_ in ("dobj", "nsubj")
    ]
    found = [
        held.i
        for noun in nouns
        for held in noun.children
        if held.dep_ in ("relcl", "acl") and any(lemma in holding for lemma in lemma_forms(held))
    ]
    # ("released Sergeant Bowe Bergdahl, held captive for nearly five years, on Saturday": the parser makes the
    # participle on the one freed a conjunct of the release, with no subject of its own, after a comma; prec17)
    found += [
        c.i
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > verb.i + 1
        and verb.doc[c.i - 1].text == ","
        and not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)
        and any(lemma in holding for lemma in lemma_forms(c))
    ]
    return found


def _arsenal_growth(deed: Token) -> bool:
    """True when a deed's words name a stock of nuclear (or chemical, biological) weapons or their material ("expand
    his nuclear arsenal", "an increase in the nuclear arsenal", "production of weapons-grade nuclear material";
    data: `arsenal_nouns`, `nuclear_words`): the stock noun must be one of weapons, so "a stockpile of nuclear fuel"
    or "of medicines for chemical and nuclear emergencies" is none (fix26c)."""
    arsenal = coder_words().arsenal_nouns
    return any(
        (t.lemma_.lower() in arsenal or t.lower_ in arsenal) and _weapon_stock(t) == (True, True)
        for t in deed.subtree
    )


# (fix26c) the nouns of a stock that is one of weapons only by what it holds or by a word on it ("a nuclear arsenal",
# "an arsenal of missiles"), and the nouns that are weapons themselves
_STOCK_NOUNS = frozenset(
    {
        "arsenal",
        "stockpile",
        "deterrent",
        "force",
        "material",
        "production",
        "ceiling",
        "cap",
        "limit",
        "capability",
    }
)
_WEAPON_NOUNS = frozenset(
    {
        "weapon",
        "warhead",
        "missile",
        "bomb",
        "munition",
        "rocket",
        "icbm",
        "slbm",
        "armament",
        "arm",
        "ordnance",
    }
)
_WEAPON_MODIFIERS = frozenset({"weapons-grade", "fissile", "weapon-grade"})


def _weapon_stock(noun: Token, depth: int = 0) -> tuple[bool, bool]:
    """(is a stock of weapons, is one of mass destruction) for a noun of a stock or a weapon: "nuclear weapons",
    "warheads", "a nuclear arsenal/deterrent/force", "weapons-grade material", "an arsenal of hypersonic missiles"
    (weapons, not of mass destruction), "the cap on its stockpile of nuclear warheads"; not "an arsenal of
    stimulus tools", "a stockpile of nuclear fuel", "production of vaccine material"."""
    nuclear = coder_words().nuclear_words
    lemma = noun.lemma_.lower()
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")} | {
        c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
    }
    if lemma in _WEAPON_NOUNS or noun.lower_ in _WEAPON_NOUNS or lemma.rstrip("s") in _WEAPON_NOUNS:
        return True, lemma.startswith("warhead") or bool(mods & nuclear)
    if lemma not in _STOCK_NOUNS or depth > 3:
        return False, False
    if lemma == "material" and any(
        t.lemma_.lower() in _WEAPON_MODIFIERS or t.lower_ in ("weapon", "weapons")
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        for t in c.subtree
    ):
        return (
            True,
            True,
        )  # ("weapons-grade nuclear material", the tokenizer splitting "weapons-grade" or not)
    if lemma in ("arsenal", "stockpile", "deterrent", "force", "capability") and mods & nuclear:
        return True, True
    found = (False, False)
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "on", "in"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for held in (pobj, *(c for c in pobj.conjuncts)):
                weapon, wmd = _weapon_stock(held, depth + 1)
                found = (found[0] or weapon, found[1] or wmd)
    return found


_CAPTIVES = frozenset({"hostage", "prisoner", "captive", "detainee", "abductee", "prisoner-of-war", "pow"})
_SEIZED = frozenset(
    {"kidnap", "kidnapped", "abduct", "abducted", "seize", "seized", "capture", "captured", "snatch"}
)


def _no_captives_back(verb: Token) -> bool:
    """A verb of bringing, flying or sending back or home (data: verbs.txt 0841) whose object is no captive
    (hostages, prisoners, detainees...) and is said seized by no participle or relative clause on it: "flew home
    150,000 stranded tourists", "sent home thousands of Ethiopian workers" (fix26c)."""
    if verb.lemma_.lower() not in ("bring", "fly", "send") or not any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home") for c in verb.children
    ):
        return False
    objs = [counted(c) for c in verb.children if c.dep_ == "dobj"]
    if not objs or _seized_released(verb):
        return False
    for obj in objs:
        if obj.lemma_.lower() in _CAPTIVES or _singular_form(obj) in _CAPTIVES:
            return False
        if any(
            c.lemma_.lower() in _SEIZED or c.lower_ in _SEIZED
            for c in obj.children
            if c.dep_ in ("amod", "acl")
        ):
            return False
    return True


def _weaponless_test(test: Token) -> bool:
    """A test noun whose "of" phrase names a common noun that is no weapon ("a flight test of Boeing's Starliner
    capsule"); a weapon ("of its Agni Prime missile") or a name ("of Ababeel") keeps the show of force (150)."""
    things = [
        p
        for prep in test.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]
    return bool(things) and not any(
        _weapon_stock(t)[0]
        or t.lemma_.lower() in ("interceptor", "drone", "warplane", "jet", "fighter", "system")
        for t in things
    )


def _weaponless_stock(verb: Token) -> bool:
    """A growth (154) whose object, or whose noun's "in"/"of" phrase, is a stock noun (an arsenal, a stockpile,
    production, a ceiling on one) holding no weapons: "expanded its arsenal of stimulus tools", "increased its
    production of vaccine material" (fix26c); other objects ("bolstered its forces") are not asked."""
    if verb.pos_ == "NOUN":
        stocks = prep_objects(verb, ("in", "of"))
    else:
        stocks = [c for c in verb.children if c.dep_ == "dobj"]
    stocks = [s for s in stocks if s.lemma_.lower() in _STOCK_NOUNS - {"force", "capability"}]
    return bool(stocks) and not any(_weapon_stock(s)[0] for s in stocks)


def _purpose_of_own_deed(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """A "to" clause after the direct object of a verb whose hand entry reads the verb with that object as a deed
    of its own ("refused food", "ordered paratroopers into Little Rock"): the clause tells the deed's purpose ("to
    force the authorities to ...", "to enforce ..."), so no frame of the verb governs it. So does a "to" clause of the
    object itself ("voted down a proposal [to enshrine ...]"): it tells what the object proposes."""
    if not infinitive(clause):
        return False
    if clause.dep_ not in ("advcl", "xcomp") and not (clause.dep_ == "acl" and clause.head.head is verb):
        return False
    objects = [
        c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < clause.i
    ]
    # (the object the parser hangs on the particle, "voted down [X's bills] to privatise the post office", read by an
    # entry's phrase: talk22)
    phrased = [
        p
        for c in verb.children
        if c.dep_ in ("prt", "prep")
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p.i < clause.i
    ]
    if not objects and not phrased:
        return False
    entry = match_entry(verb, lexicon, ("V",))
    keys = ("dobj", "obj") if objects else ("pp",)
    return (
        entry is not None
        and not entry.derived
        and not entry.no_event
        and any(key in keys for key, _ in entry.constraints)
        and plover(entry.code) is not None
    )


def _named_party_object(verb: Token) -> bool:
    """The verb's direct object is a name (a person or a party the parser names: "arrest Vladimir Putin")."""
    return any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.children)


def _office_given_up(verb: Token) -> bool:
    """ "accept the premiership", "seek another term", "run for re-election": a verb of taking or keeping an office
    with the office as its object or its "for" phrase (data: `office_taking_verbs`, `office_nouns`)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in coder_words().office_taking_verbs:
        return False
    offices = coder_words().office_nouns
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += prep_objects(verb, ("for",))
    # (an office is one: "would not accept the terms demanded by the funds" turns conditions down, no term of office)
    return any(n.tag_ != "NNS" and form in offices for n in nouns for form in lemma_forms(n))


def _voted_utterance(verb: Token, noun: Token, entry: Entry) -> bool:
    """ "The Council voted a strong condemnation of X", "the Parliament adopted a sharp rebuke of Y": a verb by which a
    body adopts a text (`resolution_verbs`) with a noun of its own judgement as the object (a reading of disapproval,
    11, praise, 051, or rejection, 12) voices that judgement, as a light verb's noun is voiced ("issued a
    condemnation"): the body is its source. Not another party's utterance the vote approves ("approved Kyiv's
    request", "adopted the protest of the delegates"), nor a vote with a particle ("voted down a censure motion")."""
    if not any(lemma in coder_words().resolution_verbs for lemma in lemma_forms(verb)):
        return False
    if not (entry.code[:2] in ("11", "12") or entry.code.startswith("051")):
        return False
    if any(c.dep_ == "prt" for c in verb.children) or noun.dep_ != "dobj":
        return False
    return not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children
    )


def _setting_out(verb: Token) -> bool:
    """A verb of setting out what one says ("set out", "laid out", "spelled out", "outlined": data
    `setting_out_verbs`), with its particle where the list names one."""
    if verb.pos_ != "VERB":
        return False
    words = coder_words().setting_out_verbs
    forms = lemma_forms(verb)
    if not any(lemma in _setting_out_heads(words) for lemma in forms):
        return False  # (gated by the verb's lemma before its children are read: asked of every verb; speed)
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    # (plain loops: asked of every verb, most with no particle; speed50)
    if not particles:
        return not words.isdisjoint(forms)
    for lemma in forms:
        for p in particles:
            if f"{lemma} {p}" in words:
                return True
    return False


@functools.cache
def _setting_out_heads(words: frozenset[str]) -> frozenset[str]:
    """The verbs of the setting-out phrases ("set out" -> "set"), made once per word list."""
    return frozenset(word.split()[0] for word in words)


def _set_out_utterance(verb: Token, noun: Token, entry: Entry) -> bool:
    """ "Beijing set out its objections in a statement", "laid out its demands to the junta", "outlined its
    opposition to the plan": a verb of setting out what one says (`_setting_out`) with a noun of speech as its
    object (an appeal, a promise, a demand, a reproach, a rejection or a threat: roots 02, 03, 10-13) voices
    that act, as a light verb's noun is voiced ("voiced its opposition"): the verb's subject is its source. Not
    another party's words set out ("outlined Moscow's demands": a possessive other than the subject's own pronoun)
    nor a noun of the passive subject (issue 9, fiftieth session: background50)."""
    if noun.dep_ != "dobj" or entry.code[:2] not in _SET_OUT_ROOTS or not _setting_out(verb):
        return False
    return not any(
        (c.dep_ == "poss" and c.tag_ != "PRP$") or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
        for c in noun.children
    )


# CAMEO roots of acts done by saying them (appeals, promises, demands, disapproval, rejection, threats)
_SET_OUT_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})


def _reaction_code(code: str) -> bool:
    """A CAMEO code of a spoken reaction (praise, disapproval, rejection; data: `reaction_codes`)."""
    return any(code.startswith(c) for c in conflict_words().reaction_codes)


def _prospect_verb(lemma: str) -> bool:
    """True for the verb of a prospect phrase ("floated", "held [out]"; data: `prospect_verbs`)."""
    return lemma in _prospect_heads(coder_words().prospect_verbs)


@functools.cache
def _prospect_heads(phrases: frozenset[str]) -> frozenset[str]:
    """The verbs of the prospect phrases ("hold out" -> "hold")."""
    return frozenset(p.split()[0] for p in phrases)


def _appointed_inquiry(cand: Candidate, roles: Roles, ments: Mentions) -> None:
    """ "The UN set up a commission to investigate the killing", "named a panel of experts to examine abuses": a
    body appointed with a purpose of investigation is the investigation begun, so the investigation is asserted
    as the appointing verb is (its modality is read there), and the appointing verb is part of it, not a deed of
    its own (data: coder_words.json `inquiry_bodies`, `appointing_verbs`). The purpose may also be a gerund under
    a participle of tasking ("a committee charged with looking into X") or a clause on a noun of mandate ("set
    up a truth commission with a mandate to investigate X"); the participle is then part of the investigation
    too (data: `tasking_participles`, `mandate_nouns`)."""
    tok = cand.trigger
    words = coder_words()
    head = tok.head
    appointer: Token | None = None
    tasked: Token | None = None
    travelled: Token | None = None
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "with":
        # "a committee [charged] with [looking] into X": the participle hangs on the body
        part = head.head
        if part.lemma_.lower() in words.tasking_participles and part.dep_ in ("acl", "relcl"):
            tasked = part
            appointer = _appointer(part.head, words)
        elif part.lemma_.lower() in words.tasking_participles and part.dep_ == "advcl":
            # ("appointed a commission in 2010 charged with ...": the parser may hang it on the verb)
            tasked = part
            if _appoints_body(part.head, words):
                appointer = part.head
    elif (
        tok.dep_ in ("acl", "relcl")
        and infinitive(tok)
        and head.lemma_.lower() in words.mandate_nouns
        and head.dep_ == "pobj"
        and head.head.lower_ == "with"
    ):
        # "set up a commission [with] a mandate to investigate": the phrase hangs on the verb or on the body
        holder = head.head.head
        appointer = holder if holder.pos_ in ("VERB", "AUX") else _appointer(holder, words)
    elif not infinitive(tok):
        return
    elif tok.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in words.inquiry_bodies:
        appointer = _appointer(head, words)
    elif (
        tok.dep_ in ("advcl", "xcomp")
        and head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in words.inquiry_bodies for c in head.children)
    ):
        appointer = head
    elif (
        tok.dep_ in ("advcl", "xcomp")
        and head.pos_ == "VERB"
        and head.lemma_.lower() in journey_destinations()
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in words.inquiry_bodies for c in head.children)
    ):
        # "a League of Nations commission arrived in Tokyo to investigate the seizure of Manchuria", "a UN team of
        # inspectors flew into Damascus to investigate ...": a body of inquiry's journey with its task is the
        # inquiry begun there, not a visit (the verb of motion is part of it; journeys37)
        travelled = head
    if travelled is not None:
        appointer = travelled
    elif appointer is None or not any(lemma in words.appointing_verbs for lemma in lemma_forms(appointer)):
        return
    assert appointer is not None
    cand.modality_token = appointer
    if not cand.source:
        # (the body's task names no doer of its own: the appointing verb's subject investigates)
        cand.source = roles.subject(appointer, ments)
    if not cand.target and (
        appointer.lemma_.lower() in journey_destinations()
        or appointer.lemma_.lower() in words.force_sending_verbs
    ):
        # ("dispatched inspectors to the Esfahan plant in central Iran to monitor ...", "inspectors went to the suburbs
        # of Damascus to find out whether ...": with no party in its task, the inquiry is aimed at the party of the
        # place the body is sent or goes to; deeds38)
        cand.target = _place_gone_to(appointer, cand.source, ments)[:1]
    for part in [t for t in (tasked, appointer) if t is not None]:
        if part not in cand.words:
            cand.words.append(part)
        cand.consumed.add(part.i)


def _enacted_deed(cand: Candidate, roles: Roles, ments: Mentions) -> None:
    """ "Putin signed a decree imposing sanctions on Turkey", "Zelensky signed a decree on Thursday ordering a general
    mobilisation", "King Salman issued a decree granting women the right to drive", "signed a decree that bans imports
    of Turkish goods" (a relative clause on the instrument, enact40): the deed of a participle or relative clause on an
    instrument (a decree, a law, an order) that a verb of enacting signs or issues is the signer's deed, done as the
    signing is (its modality is read there); the signing verb is part of it, not an event of its own (a signature of
    a treaty, 057). The participle hangs on the instrument or, with a phrase between, on the verb (data:
    coder_words.json `instrument_nouns`, `enacting_verbs`)."""
    tok = cand.trigger
    words = coder_words()
    head = tok.head
    signer: Token | None = None
    if _content_clause(tok) and head.pos_ == "NOUN" and head.lemma_.lower() in words.instrument_nouns:
        if head.dep_ in ("dobj", "nsubjpass"):
            signer = head.head
    elif (
        tok.dep_ == "advcl"
        and head.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in words.instrument_nouns for c in head.children)
    ):
        signer = head
    if signer is None or signer.pos_ != "VERB":
        return
    if not any(lemma in words.enacting_verbs for lemma in lemma_forms(signer)):
        return
    cand.modality_token = signer
    cand.enacted = True
    if not cand.source:
        cand.source = roles.subject(signer, ments)
    if signer not in cand.words:
        cand.words.append(signer)
    cand.consumed.add(signer.i)


def _enacted_content(verb: Token, noun: Token) -> bool:
    """ "issued an order freezing all Japanese assets", "issued orders on Saturday calling up the reserves", "signed a
    decree that bans imports": an instrument (an order, a decree, a bill) that a verb of enacting issues or signs, with
    a participle or a relative clause on it (or, with a phrase between, a participle on the verb), does the deed the
    clause names (`_enacted_deed`); the instrument is then no demand addressed to anyone and no deed of its own ("issued
    an order to the garrison to withdraw" is one: a "to" clause). enact40 (coder_words.json `instrument_nouns`,
    `enacting_verbs`)."""
    words = coder_words()
    if noun.lemma_.lower() not in words.instrument_nouns or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    if noun.head is not verb or not any(lemma in words.enacting_verbs for lemma in lemma_forms(verb)):
        return False
    return any(_content_clause(c) for c in noun.children) or any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > noun.i for c in verb.children
    )


def _content_clause(tok: Token) -> bool:
    """A clause on an instrument that says what it does: a participle ("an order freezing the assets"), a relative
    clause whose subject it is ("a decree that bans imports") or a "to" clause when the instrument has no addressee ("signed an order to take
    the United States out of the WHO"; "an order to the garrison to withdraw" is addressed to it: a demand)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("acl", "relcl"):
        return False
    if tok.dep_ == "relcl":
        # (the instrument is the relative clause's subject: "a decree that bans imports", not "the law that
        # parliament passed")
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.tag_ in ("WDT", "WP") or c.lower_ in ("that", "which"))
            for c in tok.children
        )
    if tok.tag_ == "VBG":
        return True
    return tok.tag_ == "VB" and not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" for p in c.children)
        for c in tok.head.children
    )


def _last_forces(verb: Token) -> Token | None:
    """The subject of a verb of moving when it is the last or the final of a force ("the last American combat
    brigade", "the last Soviet tanks"; data: `helping_force_nouns`, `last_words`), or None."""
    words = coder_words()
    for subj in verb.children:
        if subj.dep_ != "nsubj":
            continue
        nouns = [
            subj,
            *(p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children),
        ]
        if not any(
            n.lemma_.lower() in words.helping_force_nouns | {"tank", "column", "convoy"} for n in nouns
        ):
            return None
        if any(c.dep_ == "amod" and c.lower_ in words.last_words for n in nouns for c in n.children):
            return subj
    return None


def _carried_blast(verb: Token) -> Token | None:
    """ "[steered] a small boat laden with explosives alongside the destroyer ... and [blew it up]": a verb of blowing
    up whose object is a pronoun, coordinated with a verb whose object is a boat, a drone or a vehicle (data:
    `attack_vehicle_nouns`); returns that vehicle (the first verb's object), or None."""
    if verb.lemma_.lower() != "blow" or verb.dep_ != "conj":
        return None
    if not any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ in ("it", "them") for c in verb.children):
        return None
    if not any(c.lower_ == "up" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children):
        return None
    first = verb.head
    for c in first.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in coder_words().attack_vehicle_nouns:
            return c
    return None


def _body_measure(inner_code: str | None, comp: Token, source: list[int], ments: Mentions) -> bool:
    """A measure a body takes on another party (data: `body_measure_codes`, CAMEO codes or their roots: sanctions,
    suspensions, embargoes, their easing) decided by an international body as the subject, the other party named in
    the decided clause ("EC foreign ministers agreed to ban all imports from Argentina"): the decision is the
    measure, as a vote adopting it is. A body's measure on no one named ("OPEC agreed to cut oil output") stays
    the frame's reading."""
    if not inner_code or not source:
        return False
    if not any(inner_code.startswith(c) for c in coder_words().body_measure_codes):
        return False
    own = ments.codes(source)
    if not all(code.startswith("IGO") for code in own):
        return False
    return bool(ments.codes(actors_under(comp, ments)) - own)


def _protective_force(verb: Token) -> bool:
    """ "Russian paratroopers began landing in Kazakhstan, the vanguard of a force sent ... to help President Tokayev
    restore order", "About 150 Rwandan soldiers flew into El Fasher, the first troops of an African Union force sent
    to protect the union's ceasefire monitors": troops arriving (data: `arrival_verbs`) as a part of a force
    (`force_part_nouns`, in apposition to the subject or as the subject of a participle the parser hangs on the
    verb) that was sent (`force_sending_verbs`) to help, protect or keep the peace (`protective_purposes`, or a word
    of peacekeeping) give military protection (074), not a deployment or an invasion."""
    words = coder_words()
    if _invited_force(verb, words):
        return True
    if verb.lemma_.lower() not in words.arrival_verbs:
        return False
    if _purposed_force(verb, words):
        return True
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    parts: list[Token] = []
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "nsubj":
                parts.extend(a for a in child.children if a.dep_ == "appos")
            elif child.dep_ in ("advcl", "acl") and child.tag_ == "VBN":
                parts.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
    # ("Italian troops landed at Durres at the head of a European force sent to restore order": the force they lead,
    # in an "at the head of" phrase on the verb or on its subject; deeds38)
    for holder in [*holders, *(c for h in holders for c in h.children if c.dep_ == "nsubj")]:
        for head_noun in prep_objects(holder, ("at",)):
            if head_noun.lemma_.lower() == "head":
                parts += prep_objects(head_noun, ("of",))
    for part in parts:
        if part.lemma_.lower() not in words.force_part_nouns:
            continue
        # (the part, the force it is "of" and what that force was sent for)
        scope = [part, *(t for t in part.subtree if t.dep_ == "pobj" and t.head.head.i == part.i)]
        if any(t.lemma_.lower() in words.peacekeeping_words for s in scope for t in s.subtree):
            return True
        sent = [
            t
            for t in (*part.subtree, part.head)
            if t.tag_ == "VBN" and t.lemma_.lower() in words.force_sending_verbs
        ]
        for verb_sent in sent:
            for purpose in verb_sent.children:
                if (
                    purpose.dep_ in ("advcl", "xcomp")
                    and to_infinitive(purpose)
                    and purpose.lemma_.lower() in words.protective_purposes
                ):
                    return True
    return False


def _invited_force(verb: Token, words: CoderWords) -> bool:
    """ "Saudi Arabia sent about 1,000 troops into Bahrain at the request of its ruling family": troops sent
    (`force_sending_verbs`) at a request or an invitation (`invited_nouns`) give military protection (074), not
    a show of force or an invasion. Troops that land, cross or fly in themselves (`arrival_verbs`, a force as the
    subject) at a request, or answering or heeding an appeal or in response to it (`answering_words`, `invited_nouns`), do too ("troops
    and police from Australia and New Zealand landed in Nuku'alofa, answering an appeal from Tonga's government")."""
    lemma = verb.lemma_.lower()
    if lemma in words.force_sending_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.force_part_nouns for c in verb.children
    ):
        holders = [verb]
    elif lemma in words.arrival_verbs and any(
        c.dep_ == "nsubj" and _force_subject(c, words)
        for c in (*verb.children, *(verb.head.children if _begun(verb) else ()))
    ):
        holders = [
            verb,
            *(c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in words.answering_words),
            *(
                (verb.head,) if _begun(verb) else ()
            ),  # ("troops began landing in Dili at East Timor's request")
        ]
    else:
        return False

    def asked(noun: Token) -> bool:
        # ("at the request of", "answering an appeal", "in response to a call from")
        if noun.lemma_.lower() in words.invited_nouns:
            return True
        return noun.lemma_.lower() in words.answering_words and any(
            p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and asked(o) for o in p.children)
            for p in noun.children
        )

    return any(
        (c.dep_ == "dobj" and holder is not verb and asked(c))
        or (
            c.dep_ == "prep"
            and (c.lower_ in words.asking_preps or c.lower_ == "in" or holder is not verb)
            and any(p.dep_ == "pobj" and asked(p) for p in c.children)
        )
        for holder in holders
        for c in holder.children
    )


def _begun(verb: Token) -> bool:
    """The verb is the open clause of a verb of beginning ("began landing", "started arriving")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("begin", "start")


# arrivals by air or sea (`_purposed_force`): forces that land, fly in or touch down to evacuate or rescue their own
# nationals carry them to safety (aid40); other arrivals (crossing, entering, marching in) do not (review40)
_LANDING_ARRIVALS = frozenset({"land", "fly", "touch"})


def _purposed_force(verb: Token, words: CoderWords) -> bool:
    """ "Australian troops at the head of an international force landed in East Timor to restore order", "the first
    Australian troops of a UN-backed force landed ... to restore order", "an Italian-led force of about 7,000 troops
    landed in Albania to protect aid deliveries": troops, police or a force (`_force_subject`) arriving (an arrival
    verb, or one begun: "began landing") with a purpose of their own that helps, protects, restores or keeps the peace
    (`protective_purposes`, a "to" clause on the verb or on the verb of beginning) give military protection (074): a
    body sent to do a deed is that deed (docs/annotation-conventions.md 14.4 (c)). Deeds38."""
    holders = [verb]
    if _begun(verb):
        holders.append(
            verb.head
        )  # ("began landing in Dili ... to restore": the subject and the purpose on "began")
    forces = [c for h in holders for c in h.children if c.dep_ == "nsubj" and _force_subject(c, words)]
    if not forces:
        return False
    # (a force that lands to protect its own nation's people names the pretext of an invasion, not protection given
    # to the place: "American troops landed in Grenada to protect American citizens", "Turkish troops landed in
    # Cyprus to protect the Turkish Cypriots"; review38)
    # (people of the force's own nation evacuated or rescued are carried to safety, whatever the landing is besides:
    # "Marines landed in Santo Domingo to evacuate Americans", as the blind sets code evacuations of one's own
    # nationals AID 074; aid40. Protecting or shielding them stays the pretext above. Only forces that land or fly
    # in: troops that cross, enter or march into a country to rescue their own nationals name an invasion's pretext,
    # "Iraqi troops entered Kuwait to rescue Iraqi citizens", "Russian troops crossed into Georgia to evacuate Russian
    # citizens"; review40)
    sides = {t.lower_ for f in forces for t in f.subtree if t.ent_type_ in ("NORP", "GPE")}
    airborne = verb.lemma_.lower() in _LANDING_ARRIVALS
    return any(
        c.dep_ in ("advcl", "xcomp")
        and c is not verb
        and to_infinitive(c)
        and c.lemma_.lower() in words.protective_purposes
        and (
            (airborne and c.lemma_.lower() in words.refuge_self_verbs and bool(_protected_people(c)))
            or not any(t.lower_ in sides for t in c.subtree if t.ent_type_ in ("NORP", "GPE"))
        )
        for h in holders
        for c in h.children
    )


def _protected_people(purpose: Token) -> list[Token]:
    """The people a purpose clause protects, evacuates or rescues, as a group or a named person (`_refuge_people`:
    "to shield Belgian settlers", "to evacuate Americans and other foreigners"); empty for places, sites, bases and
    deliveries ("to guard the air base", "to protect aid deliveries")."""
    found: list[Token] = []
    for obj in purpose.children:
        if obj.dep_ != "dobj":
            continue
        _person, people, ruler, group = _refuge_people(obj)
        if ruler or group:
            found += people
    return found


def _protected_target(verb: Token, ments: Mentions) -> list[int]:
    """The parties of the people a force's purpose clause protects (`_protected_people`), on the verb or on the verb
    of beginning: the target of the protection (074) when they are named by their nation ("to shield Belgian settlers"
    -> Belgium)."""
    holders = [verb, verb.head] if _begun(verb) else [verb]
    return [
        i
        for h in holders
        for c in h.children
        if c.dep_ in ("advcl", "xcomp") and c is not verb and to_infinitive(c)
        for p in _protected_people(c)
        for i in actors_under(p, ments)
    ]


def _traded(goods: Token) -> bool:
    """Goods told as bought or sold (`traded_participles` on them or a conjunct: "wheat bought by the Soviet Union"):
    a trade, no aid. Aid40, cargo42."""
    words = coder_words().traded_participles
    return any(
        c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words
        for g in (goods, *goods.conjuncts)
        for c in g.children
    )


# the verbs of arriving of aid40's supply reading; the other `supply_arrival_verbs` are verbs of going (cargo42)
_ARRIVING_VERBS = frozenset({"arrive", "reach", "land", "come", "dock"})


def _craft_loads(verb: Token, craft: Token) -> list[Token]:
    """The load a craft carries, named by a participle on it or fronted before its clause (`supply_load_participles`):
    the object of a verb of carrying ("transports carrying medical teams and relief supplies", "a steamer bearing
    flour") or the "with" phrase of a verb of loading ("Loaded with rations ..., transports flew into Russia", "lorries
    laden with grain"). Cargo42."""
    words = coder_words().supply_load_participles
    participles = [c for c in craft.children if c.dep_ in ("acl", "relcl", "amod")] + [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "ccomp", "xcomp")
        and c.tag_ in ("VBN", "VBG", "JJ")
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    loads: list[Token] = []
    for part in participles:
        if part.lemma_.lower() not in words and part.lower_ not in words:
            continue
        if part.dep_ == "relcl" and not any(g.dep_ == "nsubj" and g.tag_ == "WDT" for g in part.children):
            continue  # (a relative clause with a subject of its own tells another's deed)
        loads += [g for g in part.children if g.dep_ == "dobj"]
        loads += prep_objects(part, ("with",))
    return loads


def _refugee_like(word: Token) -> bool:
    """A group taken in as refugees: a people named by its nation (a NORP) or a word of `refuge_humanitarian`
    (refugees, survivors, orphans, children). Review40."""
    forms = {word.lemma_.lower(), word.lower_, word.lower_.removesuffix("s")}
    return word.ent_type_ == "NORP" or bool(forms & coder_words().refuge_humanitarian)


def _refuge_people(head: Token) -> tuple[Token, list[Token], bool, bool]:
    """Those a verb or noun of carrying carries (`_refuge_reading`, `_refuge_noun_reading`): the head of a
    quantity stands for its "of" phrase ("thousands of South Vietnamese"), conjuncts come along; whether they are a
    ruler or a named person (`refuge_persons`) or a group of people (`refuge_groups`, a NORP)."""
    words = coder_words()

    def in_group(word: Token) -> bool:
        forms = {word.lemma_.lower(), word.lower_, word.lower_.removesuffix("s")}  # ("Jews", a proper noun)
        return word.ent_type_ == "NORP" or bool(forms & words.refuge_groups)

    person = head
    for _ in range(3):
        # ("thousands of South Vietnamese", "the first of the American medical students": the quantity's people)
        if in_group(person):
            break
        of = prep_objects(person, ("of",))
        quantity = person.like_num or person.lemma_.lower() in words.refuge_quantities
        if not of or not quantity:
            break  # ("the Dowager Empress of Russia": no quantity, the person herself)
        person = of[0]
    people = [person]
    for (
        one
    ) in people:  # ("King Haakon, Crown Prince Olav and the Norwegian Government": the conjuncts' chain)
        people += [c for c in one.children if c.dep_ in ("conj", "appos") and c not in people]
    ruler = any(
        w.ent_type_ == "PERSON" or w.lemma_.lower() in words.refuge_persons
        for p in people
        for w in (p, *(c for c in p.children if c.dep_ == "compound"))  # ("Sultan Mehmed VI")
    )
    group = not ruler and any(in_group(p) for p in people)
    return person, people, ruler, group


def _force_subject(subj: Token, words: CoderWords) -> bool:
    """The subject names troops, soldiers, paratroopers, marines or police (`force_part_nouns`, `armed_body_nouns`),
    itself or in a coordination ("Saudi troops and Emirati police")."""
    return any(
        w.lemma_.lower() in words.force_part_nouns or w.lemma_.lower() in words.armed_body_nouns
        for w in (subj, *subj.conjuncts)
    )


def _place_gone_to(verb: Token, source: list[int], ments: Mentions) -> list[int]:
    """The parties of the places named in a verb's "to", "into" or "in" phrases (a place's own party, or a party named
    in the phrase), other than the doer's own: where a body is sent or goes (`_appointed_inquiry`)."""
    own = ments.codes(source)
    found: list[int] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "into", "in"):
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            for tok in place.subtree:
                named = ments.at(tok) or [
                    ments.add(m, tok.i) for m in ments.places.get(tok.i, [])[:1] if m.code
                ]
                found += [i for i in named if ments.mentions[i].code not in own and i not in found]
    return found


def _appoints_body(verb: Token, words: CoderWords) -> bool:
    """The verb has a body of inquiry as its object, or in the phrase of its particle-like "in" ("swore in a
    truth commission": the parser may take "in" for a preposition)."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in words.inquiry_bodies:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in words.inquiry_bodies for o in c.children)
        ):
            return True
    return False


def _appointer(body: Token, words: CoderWords) -> Token | None:
    """The verb that appoints a body of inquiry: the body as its object ("set up [a commission]") or passive
    subject; "a panel of experts": the body may be the noun the "of" phrase hangs on."""
    if body.pos_ != "NOUN" or body.lemma_.lower() not in words.inquiry_bodies:
        return None
    if body.dep_ == "pobj" and body.head.dep_ == "prep" and body.head.head.pos_ == "NOUN":
        body = body.head.head
    if body.dep_ in ("dobj", "nsubjpass") and body.head.pos_ == "VERB":
        return body.head
    return None


def _court_holding_possible(doc: Doc) -> bool:
    """False when no word of `doc` is the 'that' clause (`ccomp`) of a verb of judging_verbs: then no clause of it is
    one a court holds (`Triggers._held_by_court`), and the walk up a word's ancestors is spared. Read once per Doc
    while `doc_memo` holds it (True elsewhere: the walk decides); a speed-up only (speed48)."""
    table = memo_table(doc, _court_holding_possible)
    if table is None:
        return True
    found: bool | None = table.get(None)
    if found is None:
        judging = coder_words().judging_verbs
        found = False
        for t in tokens_of(doc[:]):
            if t.dep_ == "ccomp" and t.head.lemma_.lower() in judging:
                found = True
                break
        table[None] = found
    return found


def _in_condition(tok: Token) -> bool:
    """True for a word of an "if" or "unless" clause that conditions a verb ("... if he wanted [to]", "if it had to
    [go] to war", "unless [Russia] withdrew"): climbing from the word to the clause's verb, the first adverbial clause
    met is marked as a condition; a "that" clause, a relative clause or the sentence's root met first ends the climb."""
    node = tok
    for _ in range(8):
        if node.dep_ == "advcl":
            return node.head.pos_ in ("VERB", "AUX") and condition_clause(node)
        if node.dep_ in ("ROOT", "ccomp", "relcl", "acl", "parataxis") or node.head is node:
            return False
        node = node.head
    return False


_PROOF_VERBS = frozenset({"prove", "show", "establish", "demonstrate", "substantiate"})


def _regretted_owners(verb: Token, ments: Mentions) -> list[int]:
    """The parties whose deed a verb of regret is "at" or "over" ("voiced deep regret at China's nuclear test",
    "expressed regret over the shooting by Indian troops"): the owner by a possessive or a "by" phrase only (the
    "deaths of Pakistani soldiers" name the victims, not the doers)."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    out: list[int] = []
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "over")):
            for deed in (g for g in prep.children if g.dep_ == "pobj"):
                for c in deed.children:
                    if c.dep_ == "poss":
                        out += actors_under(c, ments)
                    elif c.dep_ == "prep" and c.lower_ == "by":
                        out += [i for g in c.children if g.dep_ == "pobj" for i in actors_under(g, ments)]
    return list(dict.fromkeys(out))


def _condemned_relatives(verb: Token) -> list[Token]:
    """The verbs of relative clauses on the objects of a verb of condemnation ("the violence [with which Chinese
    troops cleared the square]")."""
    return [rel for obj in verb.children if obj.dep_ == "dobj" for rel in obj.children if rel.dep_ == "relcl"]


def _judged_parties(subjects: list[Token], ments: Mentions) -> list[int]:
    """The parties a verdict's subjects name: the subjects themselves when they are parties ("Britain and France were
    wrong"), else the owners of the deed they name, by a possessive, a party's adjective or name on it or a "by"
    phrase ("Russia's annexation", "the Russian bombing", "the shelling by Syrian troops"), never a party named deeper
    in the deed ("the decision to go to war against Iraq": Iraq is no party judged)."""
    out: list[int] = []
    for subject in subjects:
        named = [i for t in (subject, *subject.conjuncts) for i in ments.at(t)]
        if named:
            out += named
            continue
        for c in subject.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                out += actors_under(c, ments)
            elif c.dep_ == "prep" and c.lower_ == "by":
                out += [i for g in c.children if g.dep_ == "pobj" for i in actors_under(g, ments)]
    return list(dict.fromkeys(out))


def _culpable(pred: Token) -> bool:
    """False for "responsible for" (or "accountable for") a duty rather than a deed or a harm ("was responsible for
    running its own elections", "for cutting its emissions"): a competence, not culpability (data: coder_words.json
    culpable_deeds, measure_nouns). Any other predicate, or one with no "for", is culpable as it stands."""
    words = coder_words()
    if pred.lemma_.lower() not in ("responsible", "accountable"):
        return True
    fors = [c for c in pred.children if c.dep_ == "prep" and c.lower_ == "for"]
    if not fors:
        return True
    for prep in fors:
        for obj in (c for c in prep.children if c.dep_ in ("pobj", "pcomp")):
            for _ in range(3):
                if obj.lemma_.lower() in words.culpable_deeds:
                    return True
                # ("a pattern of abuses", "months of bloodshed": the deed is the noun of the "of")
                nxt = next(
                    (
                        g
                        for p in obj.children
                        if p.dep_ == "prep" and p.lower_ == "of" and obj.lemma_.lower() in words.measure_nouns
                        for g in p.children
                        if g.dep_ == "pobj"
                    ),
                    None,
                )
                if nxt is None:
                    break
                obj = nxt
    return False


def _inverted_condition(clause: Token) -> bool:
    """A clause whose "should" stands before its subject ("should Polish independence be threatened", "should the
    talks fail"): a condition (if ...), not what a party ought to do."""
    starts = {c.left_edge.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(c.dep_ == "aux" and c.lower_ == "should" and c.i + 1 in starts for c in clause.children)


def _or_else(comp: Token) -> bool:
    """The deed a party is told to do stands beside "or" and what the party would undergo otherwise ("to hand
    over Memel or face the consequences", "to withdraw or suffer the consequences", "to pay or face war"): a verb of
    undergoing with a consequence noun as its object, joined to the deed by "or" (data: `consequence_verbs`,
    `consequence_nouns`)."""
    words = coder_words()
    # (the alternative may close a list of deeds, "to apologise and pay ... or face the consequences", or follow a
    # deed's own adjunct, "to withdraw at once, answering by noon or facing the consequences": talk21)
    deeds, seen = [comp], {comp.i}
    for deed in deeds:
        for c in deed.children:
            if c.i not in seen and (c.dep_ == "conj" or (c.dep_ == "advcl" and c.tag_ == "VBG")):
                seen.add(c.i)
                deeds.append(c)
    for conj in deeds[1:]:
        if conj.dep_ != "conj" or conj.lemma_.lower() not in words.consequence_verbs or _negated(conj):
            continue
        joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" for c in (*conj.head.children, *conj.children))
        # (its object, or the noun of its phrase: "or share in their fate"; and what the object is of: "or face the
        # resumption of war")
        held = [o for o in conj.children if o.dep_ == "dobj"]
        held += [p for c in conj.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        held += [
            p
            for o in list(held)
            for c in o.children
            if c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if joined_by_or and any(o.lemma_.lower() in words.consequence_nouns for o in held):
            return True
    return _other_alternative(deeds)


def _other_alternative(deeds: list[Token]) -> bool:
    """The alternatives of an ultimatum besides a consequence verb (data: `alternative_verbs`, each verb with what
    it needs; talk22): "or lose their jobs", "or forfeit its place" (any object), "or risk sanctions" (a consequence
    noun), "or risk losing its voting rights" (a gerund), "or see Prague bombed" (a clause of what is done), a
    passive alternative ("or be taken by force") and "or else"."""
    words = coder_words()
    alternatives = alternative_verbs()
    comp = deeds[0]
    tokens = list(comp.subtree)
    if any(
        t.lower_ == "else" and t.i > 0 and t.doc[t.i - 1].lower_ == "or" and not _else_to_do(t)
        for t in tokens
    ):
        return True
    for t in tokens:
        needs = alternatives.get(t.lemma_.lower(), frozenset())
        if not needs & {"gerund", "consequence_object"} or t.i == 0 or t.doc[t.i - 1].lower_ != "or":
            continue
        if any(
            ("gerund" in needs and c.tag_ == "VBG")
            or ("consequence_object" in needs and c.lemma_.lower() in words.consequence_nouns)
            for c in t.children
        ):
            return True  # (the parser's noun "risk" of "or risk losing its voting rights")
    for conj in deeds[1:]:
        if conj.dep_ != "conj" or _negated(conj):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "or" for c in (*conj.head.children, *conj.children)):
            continue
        if any(c.dep_ == "auxpass" for c in conj.children):
            return True  # ("to cede the isthmus or be taken by force", "or be met with fire and fury")
        needs = alternatives.get(conj.lemma_.lower(), frozenset())
        if needs and _alternative_named(conj, needs, words):
            return True
    return False


def _alternative_named(verb: Token, needs: frozenset[str], words: CoderWords) -> bool:
    """The alternative verb has what it needs (data: `alternative_verbs`): an object, a consequence object, a
    gerund ("or risk being expelled") or a clause of what is done ("or see Prague bombed")."""
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    if "object" in needs and objects:
        return True
    if "consequence_object" in needs and any(o.lemma_.lower() in words.consequence_nouns for o in objects):
        return True
    if "gerund" in needs and any(
        c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" for c in verb.children
    ):
        return True
    return "clause" in needs and any(
        c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "VERB" for c in verb.children
    )


def _forecast(comp: Token) -> bool:
    """A clause whose subject is a measure of the economy or a force of nature ("inflation would rise", "growth would
    slow", "the virus would spread"; data: `forecast_subjects`, `natural_forces`): what it says is a forecast."""
    if not _natural_condition(comp):
        return False
    # (not on a condition: "warned that prices for Ukraine would rise if Kyiv did not pay its debts" is a threat;
    # a condition on nature is none: "millions would go hungry unless the rains came soon", talk24)
    return not any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        and not _natural_condition(c)
        for c in comp.children
    )


def _waits_on_failure(clause: Token) -> bool:
    """ "would freeze X's funds unless Y ...", "would ship the rubbish back if Ottawa did not take it back": the clause
    has a condition of another's failure to act (an "unless" clause, or an "if" clause negated), not one of nature
    ("unless the rains come")."""
    return any(
        c.dep_ == "advcl"
        and any(
            m.lower_ == "unless" or (m.lower_ == "if" and _negated(c)) for m in c.children if m.dep_ == "mark"
        )
        and not _natural_condition(c)
        for c in clause.children
    )


def _unnamed_state_body(noun: Token) -> bool:
    """ "the Army", "the government", "the navy", "the police": a body of a state named by its common noun alone, with
    the definite article and no possessor, name or nationality of its own (data: `home_government`, `home_police`,
    `armed_body_nouns`; will48)."""
    words = coder_words()
    if noun.lemma_.lower() not in words.home_government | words.home_police | words.armed_body_nouns:
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep", "appos") for c in noun.children)


def _natural_condition(clause: Token) -> bool:
    """A condition clause whose subjects are all forces of nature or measures of the economy ("unless the rains came
    soon", "if the monsoon fails"; data: `natural_forces`, `forecast_subjects`): no party's deed is waited on."""
    words = coder_words()
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        s.lemma_.lower() in words.forecast_subjects | words.natural_forces for s in subjects
    )


def _else_to_do(tok: Token) -> bool:
    """ "or else" followed by another deed for the party told ("urged the Council to remove Russia or else to
    dissolve itself", "ordered Senegal to try Habre or else extradite him"): a second demand, not a threat; a bare
    "or else." is one. A consequence verb after it ("or else face ...") is read by the consequence rule."""
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return following is not None and following.tag_ in ("VB", "TO")


def _in_ultimatum(tok: Token) -> bool:
    """A demand made "in an ultimatum" or "with an ultimatum" ("Lithuania must admit Soviet troops, the Soviet Union
    told its foreign minister in an ultimatum"): the demand is the ultimatum (139; data: `ultimatum_nouns`). talk21."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "with", "by")
        and any(p.dep_ == "pobj" and p.lemma_.lower() in coder_words().ultimatum_nouns for p in c.children)
        for c in tok.children
    )


# The noun classes of movers that make no visit by going somewhere: forces, police, craft (`_motion_reading`)
_MOVING_CLASSES = (
    "force",
    "military",
    "armour",
    "warcraft",
    "irregular",
    "peacekeeper",
    "enforcer",
    "aircraft",
    "craft",
)


def _motion_family(entry: Entry | None) -> bool:
    """True for the reading a verb of going or coming gets from its family, not from a frame of its own: none, a
    bare default ("go" 040, "arrive" 040: the dictionary's; "sail", "leave": no event), or a reading of root 04 read
    by its preposition alone or by a named place or person ("fly to" 042, "leave for" 042); readings that name a noun
    or a particle ("went on hunger strike", "flew to Geneva for talks", "came face to face") keep their own."""
    if entry is None:
        return True
    if not entry.constraints:
        return entry.no_event or entry.code[:2] == "04"
    return entry.code[:2] == "04" and all(
        key == "prep" or all(value.startswith("@") for value in values) for key, values in entry.constraints
    )


def _origin_parties(tok: Token, ments: Mentions) -> set[int]:
    """The parties of the places a journey's verb or noun comes from (its "from" phrases: "returned from Poland",
    "his return from Moscow")."""
    return {
        i
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for c in p.children
        if c.dep_ == "pobj"
        for i in actors_under(c, ments)
    }


def background_journey(cand: Candidate) -> bool:
    """A visit (04x) read from a verb or noun of a journey told in a phrase of time or setting (`_background_journey`):
    the frame of another event, no event of its own in the sets' news (the component drops it unless background deeds
    are kept). Issue 9, thirty-seventh session (journeys37)."""
    tok = cand.trigger
    lemma = tok.lemma_.lower()
    family = lemma in journey_noun_destinations() if tok.pos_ == "NOUN" else lemma in journey_destinations()
    return cand.code[:2] == "04" and family and _background_journey(tok)


def _background_journey(tok: Token) -> bool:
    """A journey over before the news it is told with, the time of another event and no event of its own (data:
    `journey_background_preps`, `journey_background_heads`, `journey_starts`): "after his tour of Asia", "from his
    tour of America", "at the end of his tour of the United States", "on his return from Moscow". An arrival begins a
    visit ("after arriving in Paris, X was greeted by ...") and a journey under way ("during his visit to", "at the
    start of his visit to") is a setting the component weighs as any other background."""
    words = coder_words()
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ not in ("prep", "advmod", "mark"):
        return False
    prep = tok.head
    lemma = tok.lemma_.lower()
    if prep.lower_ == "of":
        return prep.head.lemma_.lower() in words.journey_background_heads
    if lemma == "return" and prep.lower_ in ("on", "upon"):
        return True  # ("on his return from Beijing", "upon returning from Moscow")
    return prep.lower_ in words.journey_background_preps and lemma not in words.journey_starts


def _one_country_sentence(tok: Token, codes: set[str], ments: Mentions) -> bool:
    """Every party and place the sentence of `tok` names is of `codes` (the traveller's own country: "Obama flew to
    Joplin, Missouri"); "Reagan touched down in Beijing, the first American president to set foot in China" names
    another. talk24."""
    sent = tok.sent
    inside = [ments.mentions[i].code for i, head in enumerate(ments.heads) if sent.start <= head < sent.end]
    inside += [m.code for head, found in ments.places.items() if sent.start <= head < sent.end for m in found]
    return all(code in codes for code in inside)


def _partakers(tok: Token, ments: Mentions) -> list[int]:
    """The parties a "with" phrase on the verb tells as taking part, participating or joining in ("opened the
    exercise, with American and Japanese warships taking part"; data: `partaking_verbs`). talk24."""
    words = coder_words()
    found: list[int] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for verb in prep.children:
            if verb.dep_ not in ("pcomp", "pobj", "acl") or verb.lemma_.lower() not in words.partaking_verbs:
                continue
            if verb.lemma_.lower() == "take" and not any(
                c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children
            ):
                continue
            found += [i for c in verb.children if c.dep_ == "nsubj" for i in actors_under(c, ments)]
    return found


def _own_side_partner(tok: Token) -> bool:
    """The partner of a meeting is the doer's own people, named by a noun of `own_side_nouns` owned by a possessive
    pronoun ("conferred with his military chiefs", "met its advisers", "consulted their cabinet"). talk24."""
    words = coder_words()
    partners = [c for c in tok.children if c.dep_ == "dobj"]
    partners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
    return bool(partners) and all(
        p.lemma_.lower() in words.own_side_nouns
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in p.children)
        for p in partners
    )


def _ultimatum_marked(tok: Token) -> bool:
    """A word sequence of `ultimatum_marks` ("on pain of", "failing which") in the clause of a demand or a call: in
    the word's own phrase, or, for a noun ("handed X the demand that ..., on pain of ..."), in the clause of the verb
    it hangs on. talk24."""
    marks = coder_words().ultimatum_marks
    scope = tok
    if tok.pos_ == "NOUN":
        for head in tok.ancestors:
            if head.pos_ in ("VERB", "AUX"):
                scope = head
                break
    inside = {t.i for t in scope.subtree}
    doc = tok.doc
    # (a mark whose words are not all among the Doc's words is nowhere in it)
    words = doc_words(doc)
    if not any(words.issuperset(m.split()) for m in marks):
        return _alternative_clause(scope, inside) is not None
    # (a mark that refers back to the demand may open a clause of its own after it: "demanding the recall of its
    # envoys within ten days; failing that, Britain would end the trade agreement")
    after = {t.i for t in tok.sent if t.i > tok.i and t.lower_ in ("failing", "in")}
    longest = max((len(m.split()) for m in marks), default=0)
    for t in doc[scope.left_edge.i : tok.sent.end]:
        if t.i not in inside and t.i not in after:
            continue
        for n in range(2, longest + 1):
            if t.i + n > len(doc):
                break
            if " ".join(doc[j].lower_ for j in range(t.i, t.i + n)) in marks and not _fallback(t):
                return True
    return _alternative_clause(scope, inside) is not None


def _alternative_clause(scope: Token, inside: set[int]) -> Token | None:
    """A clause of the demander's answer joined to a demand by "or" or "otherwise" ("a German withdrawal from Poland by
    five o'clock, or France would fulfil its obligations to the Poles", "must leave Kuwait by 15 January, otherwise it
    would face ..."): a verb with its own subject and "would" or "will" right after the word in the demand's clause.
    talk24."""
    doc = scope.doc
    future = coder_words().future_aux
    for t in scope.subtree:
        # (also "otherwise" opening the answer: "to pull out by noon; otherwise, Japanese forces would act", and not
        # "and otherwise cooperate", whose verb has no subject of its own)
        if t.lower_ not in ("or", "otherwise") or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ == "else":
            continue
        for verb in doc[t.i + 1 : min(len(doc), t.i + 7)]:
            if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass") or verb.i not in inside:
                continue
            if any(c.dep_ == "aux" and c.lower_ in future for c in verb.children) and any(
                c.dep_ == "nsubj" and t.i < c.i < verb.i for c in verb.children
            ):
                return verb
            break
    return None


def _fallback(mark: Token) -> bool:
    """A "failing that" joined by "or" or "and" to what is asked ("asked for a grant or, failing that, a loan",
    "asked for a new loan and, failing that, for an extension"): a second request to fall back on, not what follows
    a refusal (review34)."""
    if mark.lower_ != "failing":
        return False
    before = [t for t in mark.doc[max(mark.i - 2, 0) : mark.i] if not t.is_punct]
    return bool(before) and before[-1].lower_ in ("or", "and")


def _forsworn(verb: Token, code: str) -> bool:
    """A deed of force (data: `conflict_roots` but sanctions, 16, whose code may come from a noun the verb undoes:
    "not to lift sanctions"; and threats, 13) said with its own "not", "never" or "no longer" ("not to fire missiles", "would no longer sink ships"), or as "there would be no X" (`_none_there`); "would not hesitate to strike" forswears
    nothing (data: `hesitation_verbs`)."""
    return (
        code[:2] in (frame_codes().conflict_roots - {"16"}) | {"13"}
        and (_negated(verb) or _none_there(verb))
        and verb.lemma_.lower() not in coder_words().hesitation_verbs
    )


def _none_there(verb: Token) -> bool:
    """A clause "there would be no X" ("promised that there would be no invasion of Cuba"): the deed X is said not to
    be, as with its own "not" (review46)."""
    return (
        verb.lemma_ == "be"
        and any(c.dep_ == "expl" for c in verb.children)
        and any(
            c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
            for c in verb.children
        )
    )


def _forsworn_code(code: str) -> str:
    """The intention a forsworn deed of force states: to de-escalate (0356)."""
    return "0356"


def _mandative_clause(comp: Token) -> bool:
    """A "that" clause in the mandative subjunctive, whoever its subject is: a bare verb with a subject named by a
    noun ("Vienna proposes that delegates of the warring Powers meet in a neutral country", "recommended that the
    blockade be lifted"), or "should" ("proposed that the talks should resume"). Said by a verb of appeal or demand,
    it is what is asked for, although no party of the actor packs is its doer (tail39); a clause in a tense
    (`reports_a_deed`) or with another modal ("suggested that the talks would fail") is a statement."""
    if comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX") or reports_a_deed(comp):
        return False
    auxes = [c for c in comp.children if c.dep_ == "aux"]
    if any(a.lower_ != "should" for a in auxes):
        return False
    passive = [c for c in comp.children if c.dep_ == "auxpass"]
    if passive:
        if any(p.lower_ != "be" for p in passive):
            return False  # ("that the blockade be lifted"; not "was lifted", "is lifted")
    elif not auxes and (comp.tag_ not in ("VB", "VBP") or comp.lower_ != comp.lemma_.lower()):
        return False  # (a bare verb only: "meet"; not "met", "meets")
    if auxes and not passive and comp.tag_ != "VB":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in comp.children)


def _unpromised(frame: Token) -> bool:
    """A frame word said with "not", "never" or "no" ("would not promise to", "made no promise to", "never pledged
    to"), or the noun of a light verb so said ("did not make a promise to")."""
    if _negated(frame) or any(c.dep_ == "det" and c.lower_ == "no" for c in frame.children):
        return True
    return frame.pos_ == "NOUN" and frame.dep_ == "dobj" and _negated(frame.head)


def _unavoidable_clause(tok: Token) -> bool:
    """Whether an open clause of `tok` has `tok` for its `unavoidable_head` (a plain loop; speed49)."""
    for c in tok.children:  # noqa: SIM110
        if c.dep_ == "xcomp" and unavoidable_head(c) is tok:
            return True
    return False


def _negated(verb: Token) -> bool:
    """A verb with its own "not" or "never" ("must not sell", "not to attack"), or "no longer" ("would no longer
    accept X as a mediator": the parser hangs the "no" on "longer")."""
    for c in verb.children:  # (plain loops: asked of every candidate; speed49)
        if c.dep_ == "neg":
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer":
            for g in c.children:
                if g.dep_ == "neg":
                    return True
    return False


def _definite_spans(tok: Token) -> list[Token]:
    """The spans of time a verb gives (match.granted_spans) that have a length or an end: a number ("sixty days"),
    "a" or "one" ("a week"), or the time of an "until" phrase ("until midnight"); not "weeks", "only months"."""
    return [
        t
        for t in granted_spans(tok)
        if t.dep_ == "pobj"
        or any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "one")) for c in t.children)
    ]


def _thing_subject(verb: Token, ments: Mentions) -> bool:
    """The verb's subject is a common noun that names no actor ("the crisis pushed ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not actors_under(s, ments) for s in subjects)


def _own_clause(tok: Token, top: Token) -> bool:
    """True when `tok` stands in an adverbial clause of its own (time, cause, concession) below `top`:
    "failed to fulfil its obligations [when X's forces advanced into Y]". Coordinated verbs ("commits X to
    hold talks and give aid") and relative clauses stay part of the frame's deed."""
    for _ in range(40):
        if tok.i == top.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and adjunct_clause(tok):
            return True
        if finite_conjunct(tok):
            return True  # "refused to send X and sent Y instead": the second verb is a deed of its own
        if tok.dep_ == "relcl" and subordinators(tok) & clause_words().adjunct_marks:
            return True  # "in August 2008, [when X's forces advanced into Y]": a time, not a relative
        if (
            tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.lower_ in clause_words().presupposing_preps
            and (adjunct_deed(tok) or _said_done(tok))
        ):
            # "agreed to restore relations [after talks hosted by China]": talks said to have run are a given;
            # "we will speak after his trip" keeps the trip inside what is agreed (still to come)
            return True

        tok = tok.head
    return False


def _demanded_subjunctive(tok: Token, comp: Token) -> bool:
    """ "demanded that Syria let aid reach the besieged", "demanded that the militants lay down their arms": after a
    verb that only demands (data: coder_words.json demanding_only), a bare verb whose past is its own form ('let',
    'put', 'cut': clauses.json unchanged_pasts) or "lay" (which the parser reads as the past of "lie") is the demand's
    subjunctive, not a deed said to be done ("insisted that X cut ties" may be either and stays as it was)."""
    return (
        tok.lemma_.lower() in coder_words().demanding_only
        and comp.tag_ == "VBD"
        and not any(a.dep_ in ("aux", "auxpass") for a in comp.children)
        and (comp.lower_ in clause_words().unchanged_pasts or comp.lower_ == "lay")
    )


def _wrong_done(verb: Token, claiming: frozenset[str], compelling: frozenset[str]) -> bool:
    """True for the infinitive of a deed a party had no right to do ("no right to extend its fishing limits"), not of
    a claim it has no right to make ("no right to press a claim", "no legal basis to claim historic rights"; data:
    coder_words.json claiming_words), nor of a right to make another party act, which is a claim on that party
    ("has no right to force Chile to negotiate", "no right to compel Britain to hand over the islands": an obligation
    claimed and turned down; data: compulsion_verbs with a 'to' clause; fix30)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.lemma_.lower() in claiming:
        return False
    if verb.lemma_.lower() in compelling and any(c.dep_ == "xcomp" for c in verb.children):
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in claiming for c in verb.children)


def _said_done(noun: Token) -> bool:
    """True for a noun with a relative clause or participle in a past tense ("talks that ran for four days",
    "talks hosted by China"): the clause says the deed happened."""
    return any(
        c.dep_ in ("relcl", "acl")
        and (
            c.tag_ in ("VBD", "VBN")
            or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children)
        )
        for c in noun.children
    )


def _appositive_court(tok: Token) -> Token | None:
    """The court of a verb of finding told after its holding when the parser hung the court, in apposition, on the
    noun before it and left the verb with no subject ("Turkey must release Osman Kavala, the European Court of Human
    Rights ruled", parsed with the court in apposition to "Kavala" and "ruled" an adverbial clause of "release"):
    the court noun (data: court_nouns) whose phrase ends just before the verb; None otherwise."""
    head = tok.head
    if tok.dep_ not in ("advcl", "conj") or head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return None
    nouns = coder_words().court_nouns
    for noun in tok.doc[head.i + 1 : tok.i]:
        if noun.dep_ == "appos" and noun.lemma_.lower() in nouns and noun.right_edge.i == tok.i - 1:
            return noun
    return None


def _after_the_deed(verb: Token, clause: Token) -> bool:
    """True for a clause that tells what followed a verb's deed: a clause joined to it after it ("cut fuel subsidies,
    and riots broke out") or a participle after it that does something to an object ("cut food subsidies, setting off
    two days of riots", "sparking protests"); not one that answers something ("bowing to the rioters") (review47)."""
    if clause.i < verb.i or clause.pos_ not in ("VERB", "AUX"):
        return False
    if clause.dep_ == "conj":
        return True
    return (
        clause.dep_ in ("advcl", "xcomp")
        and clause.tag_ == "VBG"
        and any(c.dep_ == "dobj" for c in clause.children)
    )


# the prepositions of where a court finds a wrong ("a violation in Turkey's ban", "a breach by Russia")
_FOUND_IN_PREPS = frozenset({"in", "by"})


def _wrong_found_in(noun: Token, wrong: Callable[[Token], bool]) -> bool:
    """True for a noun in the phrase where a court's verb of finding finds a wrong, or none ("found no violation of
    religious freedom in Turkey's ban", "found a breach in the expulsions"): up through phrases only, to a verb of
    judging_verbs with a court subject (court_nouns) whose object is a noun of a wrong (`wrong`, denied or not)."""
    t = noun
    while t.dep_ in ("pobj", "prep", "dobj"):
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    if t is noun or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in coder_words().judging_verbs:
        return False
    objects = [c for c in t.children if c.dep_ == "dobj"]
    if noun in objects or not any(wrong(o) for o in objects):
        return False
    return Triggers._court_subject(t, bodies=True) is not None


def _denied(noun: Token) -> bool:
    """True for a noun denied by "no" ("found no violation")."""
    return any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)


# the clauses a party named in a court's phrase is not looked for in ("found against the companies in the case brought by
# the state of Florida": the companies, not the state)
_OWN_PHRASE_SKIP = frozenset({"relcl", "acl"})
# the prepositions of a state of wrong a party is found in or a deed done in ("at fault", "in breach of"; not "for", "against":
# "found X's complaint against the attack inadmissible" names a wrong the party suffered)
_WRONG_PREPS = frozenset({"in", "at"})


def _told_before(tok: Token) -> list[Token]:
    """The holding a court's verb of finding comes after when the parser hung the verb on it ("Italy deprived him of
    his liberty unlawfully, the European Court of Human Rights concluded": "concluded" an adverbial clause or a
    parataxis of "deprived"; "Britain's immigration rules discriminated against ..., the court found": the verb a
    modifier of the noun the parser took for the root, the holding the participle on that noun before the verb). Only
    a verb with its own subject set off by a comma, and no clause, mark or object of its own (courts47)."""
    head = tok.head
    if (
        tok.dep_ == "acl"
        and head.lemma_.lower() in coder_words().court_nouns
        and head.dep_ in ("npadvmod", "appos", "oprd", "dobj")
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.i < head.i
        and head.left_edge.i > 0
        and tok.doc[head.left_edge.i - 1].text == ","
        and not any(c.dep_ in ("ccomp", "mark", "dobj", "xcomp", "nsubj") for c in tok.children)
    ):
        # ("Georgia kept X in detention ..., the Grand Chamber of the European Court of Human Rights held": the
        # parser hangs the court on the holding's verb and the court's verb on the court; court49)
        return [head.head]
    if tok.dep_ not in ("advcl", "parataxis", "acl", "ccomp", "conj") or head.i >= tok.i:
        return []
    if tok.dep_ == "conj" and head.pos_ not in ("VERB", "AUX"):
        return []  # ("X abused its monopoly and must pay a fine, the Commission ruled": the verb joined to its holding)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ in ("ccomp", "mark", "dobj", "xcomp") for c in tok.children):
        return []
    left = subjects[0].left_edge.i
    if left == 0 or tok.doc[left - 1].text != "," or subjects[0].i > tok.i:
        return []
    if head.pos_ in ("VERB", "AUX"):
        return [head]
    if head.pos_ in ("NOUN", "PROPN"):
        return [c for c in head.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i < left]
    return []


def _own_phrases(clause: Token) -> list[Token]:
    """The words hung on a clause's verb, on its objects and on the nouns of its phrases (not inside a clause of
    their own): where the parser may hang an adverb of the verb ("deprived him of his liberty unlawfully")."""
    out = list(clause.children)
    stack = [c for c in clause.children if c.dep_ in ("dobj", "prep")]
    while stack:
        t = stack.pop()
        kids = [c for c in t.children if c.dep_ not in ("relcl", "acl", "ccomp", "advcl")]
        out += kids
        stack += [c for c in kids if c.dep_ in ("pobj", "prep")]
    return out


def _party_before_court(tok: Token, ments: Mentions) -> list[int]:
    """The party of the main clause in whose phrase a court's verb of finding is a relative clause on the court ("Poland
    lost a case at the EU's Court of Justice, which ruled ...", "has cost Ireland a defeat at the court, which ruled
    ..."): the verb's indirect object, else its subject (courts47)."""
    if tok.dep_ != "relcl" or tok.head.dep_ != "pobj":
        return []
    verb = tok.head.head
    while verb.dep_ in ("prep", "pobj", "dobj") and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    for deps in (("dative",), ("nsubj", "nsubjpass")):
        found = [i for c in verb.children if c.dep_ in deps for i in actors_under(c, ments)]
        if found:
            return found
    return []


def _party_sued(tok: Token, ments: Mentions) -> list[int]:
    """The party a case, a complaint or a suit was brought against in the sentence of a court's finding ("won her case
    against Ukraine", "in a complaint against Turkey"; data: claiming_words): the one the finding is on when the
    finding names none (courts47)."""
    words = coder_words().claiming_words
    out: list[int] = []
    for noun in tok.sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "against":
                out += [i for o in prep.children if o.dep_ == "pobj" for i in actors_under(o, ments)]
    return out


def _owed_deed(clause: Token) -> bool:
    """True for a clause that says a party must or should do a deed ("Russia must release the sailors"; data:
    obligation_aux), not negated."""
    if clause.pos_ not in ("VERB", "AUX") or _negated(clause):
        return False
    return any(c.dep_ == "aux" and c.lower_ in coder_words().obligation_aux for c in clause.children)


# the codes of a judgement voiced: disapproval, criticism, an official complaint (CAMEO 110, 111, 114)
_VOICED_CODES = frozenset({"110", "111", "114"})
# lexicon -> (the verbs that voice a judgement, noun lemma -> its code or None)
_VOICING: dict[int, tuple[Lexicon, frozenset[str], dict[str, str | None]]] = {}


def _voicing(lexicon: Lexicon) -> tuple[frozenset[str], dict[str, str | None]]:
    found = _VOICING.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        verbs = set()
        for e in hand_entries_where(lexicon, _is_voiced_verb):
            if e.derived or e.implied or not e.constraints:
                continue
            if any(key not in ("dobj", "obj") for key, _ in e.constraints):
                continue
            if any(
                any(g.code in _VOICED_CODES and not g.implied for g in lexicon.lookup("N", w))
                for _, words in e.constraints
                for w in words
                if not w.startswith("&")
            ):
                verbs.add(e.lemma)
        found = _VOICING[id(lexicon)] = (lexicon, frozenset(verbs), {})
    return found[1], found[2]


# the classes of words of blame a naming predicate can take (`Triggers._condemns`)
_BLAME_CLASSES = ("condemning", "denounced", "pejorative")
_NAMING: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def naming_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of naming or describing by the lexicon's own hand readings: a verb with a reading of criticism (111)
    whose conditions name a class of words of blame as its object or its "as" phrase ("call|brand|label|term
    obj=&condemning", "describe|characterise|portray prep=as obj=&pejorative", "pp=as:&denounced"): such a verb
    criticises with any predicate of blame (verdict48)."""
    found = _NAMING.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        blame = frozenset().union(*(lexicon.classes.get(name, frozenset()) for name in _BLAME_CLASSES))
        verbs = {
            e.lemma
            for e in hand_entries_where(lexicon, _is_criticism_verb)
            if not e.derived
            and not e.implied
            and any(
                # (a class of blame, as the loader spells it out: three of its words or more)
                len(blame & {w.rpartition(":")[2] for w in words}) >= 3
                for key, words in e.constraints
                if key in ("obj", "dobj", "pp", "prt")
            )
        }
        found = _NAMING[id(lexicon)] = (lexicon, frozenset(verbs))
    return found[1]


def voicing_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs that voice a judgement by the lexicon's own hand readings: a verb with a reading of disapproval,
    criticism or complaint (110, 111, 114) whose only conditions are its object, among them a noun whose own reading is
    one of these ("lodge obj=protest|complaint", "register obj=objection|complaint", "voice obj=disapproval", "deliver
    obj=protest"): such a verb lends its subject to any noun of the class (`disapproval_code`; verdict48)."""
    return _voicing(lexicon)[0]


def _censure_words(noun: Token, verb: Token, lexicon: Lexicon) -> list[Token]:
    """The words that make `noun`, the first object of `verb`, a censure or a motion of censure or of no confidence: a
    text a body votes (a motion, a resolution, a vote: resolution_nouns) whose "of" object or modifier is a noun of
    censure by the lexicon's own reading (`disapproval_code` 11x: "a motion of censure", "a censure motion") or a noun
    of trust denied by "no" ("a motion of no confidence in X", "a no-confidence vote"; data: trust_nouns); such a noun
    of censure passed or voted itself ("passed a censure of X", "voted a condemnation of X": resolution_verbs); or trust
    denied as the object ("voted no confidence in X"). None for any other noun (court49)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    words = coder_words()
    lemma = noun.lemma_.lower()
    if lemma in words.trust_nouns:
        return [noun] if _trust_denied(noun) else []
    if lemma in words.resolution_nouns or lemma == "vote":
        found: list[Token] = []
        for word in (
            *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")),
            *prep_objects(noun, ("of",)),
        ):
            low = word.lemma_.lower()
            if low in words.trust_nouns:
                if _trust_denied(word):
                    found.append(word)
            elif word.pos_ == "NOUN" and (disapproval_code(low, lexicon) or "")[:2] == "11":
                found.append(word)
        return found
    if (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in words.resolution_verbs
        and (disapproval_code(lemma, lexicon) or "")[:2] == "11"
    ):
        return [noun]
    return []


def _fine_imposed(verb: Token) -> bool:
    """True for a verb of a penalty short of prison (court_penalty_verbs: "fined") or a verb whose object is that
    penalty's noun ("imposed a fine on", "slapped a fine on", "levied a fine of", "the fine that X had imposed on Y"),
    not negated (court50)."""
    if verb.pos_ != "VERB" or _negated(verb):
        return False
    penalties = coder_words().court_penalty_verbs
    if not penalties.isdisjoint(lemma_forms(verb)):
        return (
            True  # (the parser's lemma of "fined" may be "fin": the word's forms decide, as the lexicon's do)
        )
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in penalties:
        # ("the fine of 2.42 billion euros that the Commission had imposed on Google": the fine is the clause's object)
        return all(c.lower_ in ("that", "which") for c in verb.children if c.dep_ == "dobj")
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in penalties for c in verb.children)


def _censure_words_gate() -> tuple[frozenset[str], frozenset[str]]:
    """The gate of `_censure_motion` (court50): `_censure_words` finds a censure only at a verb of passing
    (resolution_verbs) or on a first object whose noun is a motion, a resolution, a vote or a noun of trust; the two
    word sets, verbs and nouns."""
    words = coder_words()
    return words.resolution_verbs, words.trust_nouns | words.resolution_nouns | {"vote"}


def _first_object_in(verb: Token, nouns: frozenset[str]) -> bool:
    """True when the first object of `verb` (the first of `object_children`) has its lemma in `nouns` (a plain loop:
    asked of every verb)."""
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS:
            return c.lemma_.lower() in nouns
    return False


def _puts_motion(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb passes a motion or puts it before a body: a verb of passing (resolution_verbs: "passed",
    "adopted", "voted") or one whose lexicon reading with the motion is an appeal or an agreement (02x, 03x: "tabled
    a motion"); not one that holds, schedules, faces or debates it ("held a vote of no confidence in X", its outcome
    untold; review49)."""
    if verb.lemma_.lower() in coder_words().resolution_verbs:
        return True
    entry = match_entry(verb, lexicon, ("V",))
    return entry is not None and entry.code[:2] in ("02", "03")


def _trust_denied(word: Token) -> bool:
    """True for a noun of trust denied by "no" before it ("no confidence", "no-confidence")."""
    if any(c.lower_ == "no" and c.dep_ in ("det", "compound", "amod", "neg") for c in word.children):
        return True
    doc = word.doc
    return (word.i > 0 and doc[word.i - 1].lower_ in ("no", "non")) or (
        word.i > 1 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in ("no", "non")
    )


_VOIDING: dict[int, tuple[Lexicon, frozenset[tuple[str, str]]]] = {}
# the objects of the lexicon's readings that name an act a court or a legislature voids ("law", "ruling", "verdict",
# "decree", a measure or a treaty): a 12x reading of a verb with such an object, or with a court as its subject, makes
# the verb (with its particle) one of voiding
_VOIDED_OBJECTS = frozenset(
    {"&measure", "&treaty", "law", "ruling", "verdict", "decree", "judgment", "election"}
)
_VOIDED_SUBJECTS = frozenset({"court", "tribunal"})
# where the parser hangs the particle or the predicate of a verb of voiding ("struck down", "declared void")
_VOIDING_DEPS = frozenset({"prt", "prep", "oprd", "acomp", "advmod", "amod", "xcomp", "ccomp", "dobj"})


def voiding_particles(tok: Token, lexicon: Lexicon) -> frozenset[int] | None:
    """The token indices of the particle (or predicate) that makes `tok` a verb of voiding, empty when the verb is one
    by itself; None when it is none. A verb of voiding is one whose two most frequent WordNet senses have "cancel" as a
    synonym or a direct hypernym ("annul", "quash", "invalidate", "nullify", "void", "revoke", "repeal", "rescind"), or
    one the lexicon's own hand readings make a rejection (12x) of a law, a measure, a ruling or a verdict or a rejection
    by a court ("strike down", "throw out", "set aside", "overturn", "overrule", "declare void"), with the particle its
    reading names (court49)."""
    lemma = tok.lemma_.lower()
    pairs = _voiding_pairs(lexicon)
    found: set[int] = set()
    for c in tok.children:
        if c.dep_ in _VOIDING_DEPS and (lemma, c.lower_) in pairs:
            found.add(c.i)
    if found:
        return frozenset(found)
    if (lemma, "") in pairs or in_senses(lemma, _CANCEL_SENSES):
        if any(c.dep_ == "prt" for c in tok.children):
            return None  # (a particle of its own changes the verb: "called off" is no "call")
        return frozenset()
    return None


_CANCEL_SENSES = frozenset({"cancel"})
_VOIDING_LEMMAS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def voiding_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """Every verb `voiding_particles` can find a verb of voiding at: the verbs of the lexicon's voiding pairs and the
    verbs of wordnet_verbs.txt whose two most frequent senses have "cancel" as a synonym or a direct hypernym (as
    `in_senses` reads them). The gate of `_voided_act`, asked of every verb before any tree walk (court50)."""
    found = _VOIDING_LEMMAS.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        from .crowds import _wordnet_lines
        from .proposals import read_wordnet

        lemmas = {lemma for lemma, _ in _voiding_pairs(lexicon)} | set(_CANCEL_SENSES)
        for lemma, line in _wordnet_lines().items():
            if not any(word in line for word in _CANCEL_SENSES):
                continue  # (a quick test on the line's text; the senses are read for the few lines that pass it)
            senses = read_wordnet([line]).get(lemma) or []
            if any(word in _CANCEL_SENSES for sense in senses[:2] for part in sense[:2] for word in part):
                lemmas.add(lemma)
        found = _VOIDING_LEMMAS[id(lexicon)] = (lexicon, frozenset(lemmas))
    return found[1]


# the sectors of a body whose "ruled" is a ruling (an international body, a government, a legislature, a court)
_RULING_SECTORS = frozenset({"GOV", "LEG", "JUD"})
# the particles of removal ("struck down", "set aside", "threw out", "turned away")
_REMOVAL_PARTICLES = frozenset({"down", "out", "aside", "away", "off"})


def _voiding_pairs(lexicon: Lexicon) -> frozenset[tuple[str, str]]:
    found = _VOIDING.get(id(lexicon))
    if found is None or found[0] is not lexicon:
        pairs: set[tuple[str, str]] = set()
        for e in hand_entries_where(lexicon, _is_rejection_verb):
            if e.derived or e.implied or e.backoff:
                continue
            objects = (e.allowed("dobj") or frozenset()) | (e.allowed("obj") or frozenset())
            subjects = e.allowed("subj") or frozenset()
            # (the particle the reading names, or the preposition of its phrase: "strike pp=down:&measure")
            prts = e.allowed("prt") or frozenset(p.split(":", 1)[0] for p in e.allowed("pp") or ()) or {""}
            if subjects & _VOIDED_SUBJECTS:
                # (a court's reading: "quash", "overturn", "throw out")
                pairs.update((e.lemma, p) for p in prts)
            elif prts & coder_words().unlawful_words:
                # (a text declared void or null: "declare prt=void|null")
                pairs.update((e.lemma, p) for p in prts & coder_words().unlawful_words)
            elif objects & _VOIDED_OBJECTS:
                # (a law, a measure or a ruling done away with by a particle of removal: "strike down", "set aside",
                # "vote down"; a bare verb of defeating or breaking one, "violate", "block", is no voiding)
                pairs.update((e.lemma, p) for p in prts & _REMOVAL_PARTICLES)
        found = _VOIDING[id(lexicon)] = (lexicon, frozenset(pairs))
    return found[1]


def disapproval_code(noun: str, lexicon: Lexicon) -> str | None:
    """The judgement a noun names when voiced (110, 111 or 114): its own noun reading of those codes, with or without
    conditions ("protest" 114 with "formal", "disapproval", "criticism", "complaint"), else the bare verb reading of the
    same word ("anger", "outrage", "dismay", "regret": V 110); None for any other noun (verdict48)."""
    cache = _voicing(lexicon)[1]
    if noun in cache:
        return cache[noun]
    code = next(
        (e.code for e in lexicon.lookup("N", noun) if e.code in _VOICED_CODES and not e.implied),
        None,
    )
    if code is None:
        code = next(
            (
                e.code
                for e in lexicon.lookup("V", noun)
                if e.code in _VOICED_CODES and not e.constraints and not e.implied and not e.derived
            ),
            None,
        )
    cache[noun] = code
    return code


def _passive_doers(clause: Token) -> list[Token]:
    """The doers a passive clause names in its "by" phrase ("must be paid by Philip Morris", "had been violated by
    Turkey"); none for an active clause (verdict48)."""
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return []
    return [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _owed_payment(clause: Token) -> bool:
    """True for a clause that says a party must or should pay, compensate or repay ("Spain must pay 128 million euros
    to Eiser"; data: award_verbs, obligation_aux), not negated."""
    words = coder_words()
    if clause.lemma_.lower() not in words.award_verbs or _negated(clause):
        return False
    return any(c.dep_ == "aux" and c.lower_ in words.obligation_aux for c in clause.children)


def _reported_clauses(tok: Token) -> list[Token]:
    """The clauses a reporting verb reports: its "that" clauses, and the clause before it that the parser made its
    head when the speaker comes last ("Israel should halt ..., Clinton said", parsed as a second verb with no "and"),
    with the verbs conjoined to them."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    head = tok.head
    if (
        tok.dep_ == "conj"
        and head.i < tok.i
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ == "cc" and head.i < c.i < tok.i for c in head.children)
    ):
        clauses.append(head)
    # "X has lost his legitimacy and must leave power, Obama said": a verb conjoined to a reported clause is reported
    # too (what it owes comes after what is told as fact)
    clauses += [g for c in clauses for g in c.children if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX")]
    return clauses


def _unsided_relation(
    entry: Entry, tok: Token, words: list[Token], parties: list[int], ments: Mentions
) -> bool:
    """True for a relation noun (data: `relation_nouns`) that names fewer than two sides: "the NATO alliance",
    "a dispute over the border". A party named in a participle on the noun leads or backs it and is no side
    ("the Russian-led CSTO alliance"); a relation sparked or stoked (`causing_verbs`) is none of its sides'
    doing ("efforts to stoke tension between X and Y"), and one in apposition to a name or after "is" says what a body is."""
    if entry.kind != "N" or entry.lemma not in coder_words().relation_nouns:
        return False  # ("Baku sought to reduce tension": the verb's own reading names the deed)
    nouns = [w for w in (tok, *words) if w.pos_ == "NOUN" and w.lemma_.lower() == entry.lemma]
    if not nouns:
        return False
    noun = nouns[0]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in coder_words().causing_verbs:
        return True
    if (noun.dep_ == "appos" and noun.head.pos_ == "PROPN") or (
        noun.dep_ == "attr" and noun.head.lemma_ == "be"
    ):
        return True  # "the CSTO, a Russian-led military alliance", "X is a military alliance": what a body is
    patrons = {
        t.i
        for m in noun.children
        if m.i < noun.i
        for p in m.subtree
        if p.dep_ == "amod" and p.tag_ == "VBN"
        for t in p.subtree
    }
    return len({ments.mentions[i].code for i in parties if ments.heads[i] not in patrons}) < 2


def _future(verb: Token) -> bool:
    """A verb with a future or future-in-the-past auxiliary ("will send", "would be reopened"), or the "be"
    of "be to V" ("troops are to leave Iraq", "X is to release them": a plan or arrangement to come)."""
    if verb.lemma_ == "be" and any(c.dep_ == "xcomp" and to_infinitive(c) for c in verb.children):
        return True
    future_aux = coder_words().future_aux
    for c in verb.children:  # noqa: SIM110 (a plain loop: asked of every candidate; speed49)
        if c.dep_ in ("aux", "auxpass") and c.lower_ in future_aux:
            return True
    return False


# the root of verbal disapproval (11: "hit back at critics" criticises them) and the code of force used (190)
_DISAPPROVAL_ROOT = "11"
_FORCE_USED = "190"


def _armed_reading(verb: Token, entry: Entry | None) -> Entry | None:
    """A reading of the dictionary's that disapproves in words (11: "hit back at", "lashed out at") is a use of force
    when the verb's "with" phrase names force or arms (the lexicon's classes `&force`, `&weapon`, or their WordNet
    kinds): "would hit back at the militants with brute force" (talk46); the entry itself otherwise."""
    if entry is None or not entry.derived or entry.code[:2] != _DISAPPROVAL_ROOT:
        return entry
    for noun in prep_objects(verb, ("with",)):
        lemma = noun.lemma_.lower()
        if any(lemma in class_words(name) or is_kind(lemma, name) for name in ("force", "weapon")):
            return replace(entry, code=_FORCE_USED)
    return entry


def _dated_cause(noun: Token) -> bool:
    """A deed noun dated by its possessor ("Thursday's signing ...") that is the subject of "be to" with a deed of its
    own ("... is to let India and Bangladesh swap enclaves"): what is to come is what the deed is to bring about, not
    the deed, done on its day; a deed noun that is to begin, go on or happen ("Thursday's talks are to begin at
    noon", data: `aspect_verbs`, `occurrence_verbs`) or to take place stays to come (talk46)."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.lemma_ != "be":
        return False
    if not any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children):
        return False
    words = coder_words()
    for deed in noun.head.children:
        if deed.dep_ == "xcomp" and to_infinitive(deed):
            lemma = deed.lemma_.lower()
            if lemma in words.aspect_verbs or lemma in words.occurrence_verbs:
                return False
            objects = [c for c in deed.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
            return bool(objects) and not any(o.lemma_.lower() == "place" for o in objects)
    return False


def _aspect_head(verb: Token) -> Token:
    """The verb of going on or resuming that governs a deed ("would keep supplying weapons", "will continue to
    send aid"; data: `aspect_verbs`), whose auxiliaries and clause the deed shares; the verb itself otherwise."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in coder_words().aspect_verbs:
        return head
    if verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_ == "be" and to_infinitive(verb):
        return head  # ("all American troops are to leave Iraq": the deed to come of "be to")
    if (
        verb.dep_ in ("relcl", "acl", "xcomp")
        and to_infinitive(verb)
        and head.dep_ == "attr"
        and head.ent_type_ == "ORDINAL"
        and head.head.lemma_ == "be"
    ):
        # ("would never be the first to use nuclear weapons": the deed, with the copula's "never"; talk46)
        return head.head
    if (
        verb.dep_ == "conj"
        and head.i != verb.i
        and head.pos_ in ("VERB", "AUX")
        # (bare infinitives both: "would destroy and obliterate"; not "would regard X ... but backed by Y")
        and verb.tag_ == "VB"
        and head.tag_ == "VB"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    ):
        # ("he would totally destroy and obliterate its economy": a verb joined to another with no auxiliary or
        # subject of its own shares the other's, and its condition; talk24)
        return _aspect_head(head)
    return unavoidable_head(verb) or verb


def unavoidable_head(verb: Token) -> Token | None:
    """The verb that says a deed is the subject's own and cannot be avoided, whose auxiliaries the deed shares:
    "would be forced to respond" (a passive of compulsion with no agent, data: `compulsion_verbs`), "would not
    hesitate to use force" (a negated verb of holding back, `hesitation_verbs`), "would have no choice but to
    destroy X" (`choice_nouns`). None for any other deed."""
    head = verb.head
    if head.i == verb.i:
        return None
    words = coder_words()
    lemma = head.lemma_.lower()
    if verb.dep_ == "xcomp":
        if (
            lemma in words.compulsion_verbs
            and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ == "agent" for c in head.children)
        ):
            return head
        if lemma in words.hesitation_verbs and _negated(head):
            return head
    # ("have no choice but to V": the parser hangs the deed on "have" or on "but")
    have = head.head.head if head.dep_ == "prep" and head.lower_ == "but" else head
    if have.lemma_ == "have" and verb.dep_ in ("advcl", "xcomp", "pcomp", "acl", "ccomp"):
        for obj in have.children:
            if (
                obj.dep_ == "dobj"
                and obj.lemma_.lower() in words.choice_nouns
                and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
                and any(c.dep_ == "prep" and c.lower_ == "but" for c in obj.children)
            ):
                return have
    return None


def stating_phrase(verb: Token) -> bool:
    """A verb with a predicate or an object noun that together say something as a reporting verb does ("made clear
    that ...", "made it plain that ...", "served notice that ..."; data: coder_words.json `stating_phrases`)."""
    phrases = coder_words().stating_phrases
    return any(
        f"{lemma} {c.lemma_.lower()}" in phrases
        for lemma in lemma_forms(verb)
        for c in verb.children
        if (c.dep_ in ("ccomp", "acomp", "oprd", "xcomp", "advmod") and c.pos_ == "ADJ")
        or (c.dep_ == "dobj" and c.pos_ == "NOUN")
    )


def _body_name(noun: Token) -> bool:
    """ "The UN commission of inquiry on Syria concluded ...", "a panel of inquiry found ...": the noun of an "of" phrase
    on a body (data: `finder_nouns`) that is the subject of another verb names the body, not an inquiry opened here (a
    commission of inquiry set up is read at the verb setting it up, verbs.txt 090). Twenty-seventh session (talk17)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    body = noun.head.head
    return body.lemma_.lower() in coder_words().finder_nouns and body.dep_ in ("nsubj", "nsubjpass")


def _nuclear_growth(clause: Token) -> bool:
    """ "would exceed the limit on its stockpile of enriched uranium", "would start injecting uranium gas into
    centrifuges", "would enrich uranium to 60 percent": a verb of growth or of breaching a cap (data:
    `nuclear_growth_verbs`, looked for through an aspect verb) with nuclear material in its clause (data:
    `nuclear_material_words`). Twenty-seventh session (talk17)."""
    words = coder_words()
    verb = [clause, *aspect_chain(clause)][-1]
    if not any(lemma in words.nuclear_growth_verbs for lemma in lemma_forms(verb)):
        return False
    if "enrich" in lemma_forms(verb):
        return True
    return any(
        t.lower_ in words.nuclear_material_words or t.lemma_.lower() in words.nuclear_material_words
        for t in clause.subtree
    )


def _own_answer(clause: Token) -> bool:
    """ "would respond", "will retaliate if ...", "would take counter-measures", "would take measures if Y sold arms to
    Taiwan" or "against Y": a clause that says a party will answer another (data: conflict.json `response_verbs`,
    `answer_nouns`, `measure_nouns`, `hostile_nouns`). An answer to a letter or a question, and steps in general not
    aimed at another party nor set on a condition ("would take measures to support the economy"), are no answer."""
    words = conflict_words()
    conditioned = any(condition_clause(c) for c in clause.children)
    if unnamed_act(clause):
        # (the condition may hang on the clause of "whatever was needed")
        conditioned = conditioned or any(
            condition_clause(g) for c in clause.children if c.dep_ == "ccomp" for g in c.children
        )
        # ("would act if Y invaded", "will intervene unless Y ...", "would do whatever was needed if Y ...", "would move
        # against Y": an act named only as an act answers the condition or the party it is aimed at; freq34)
        return conditioned or any(p.dep_ == "prep" and p.lower_ == "against" for p in clause.children)
    if any(lemma in words.response_verbs for lemma in lemma_forms(clause)):
        answered = prep_objects(clause, ("to",))
        return conditioned or not answered or any(n.lemma_.lower() in words.hostile_nouns for n in answered)
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if any(
        o.lemma_.lower() in words.answer_nouns
        or any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in words.answer_nouns for c in o.children)
        for o in objects
    ):
        return True  # ("counter-measures": the tokenizer may split off "counter")
    if not any(o.lemma_.lower() in words.measure_nouns for o in objects):
        return False
    aimed = any(
        p.dep_ == "prep" and p.lower_ == "against" for holder in (clause, *objects) for p in holder.children
    )
    return aimed or conditioned


def _told(teller: Token, source: list[int], ments: Mentions) -> list[int]:
    """The parties a verb of telling or a notice addresses, other than the speaker's side: its object ("told
    Putin"), or the "on" or "to" phrase of a notice ("served notice on Belgrade"; data: roles.json `telling_verbs`,
    `notice_nouns`), else the "on" or "to" phrase of another noun object ("sent its message to Tokyo that ..."). The
    one reader of the party told for a threat delivered by a telling (`_reported`) and for a consequence a speaker
    tells (`_consequence_threat`)."""
    words = role_words()
    own = ments.codes(source)
    objects = [c for c in teller.children if c.dep_ in ("dobj", "dative")]
    notices = [c for c in objects if c.dep_ == "dobj" and c.lemma_.lower() in words.notice_nouns]
    holders = [c for c in objects if c not in notices]
    if notices:
        # (the parser hangs the phrase on the verb or on the notice)
        holders += [
            p
            for holder in (teller, *notices)
            for c in holder.children
            if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to", "upon")
            for p in c.children
            if p.dep_ == "pobj"
        ]
    told = [i for h in holders for i in actors_under(h, ments) if ments.mentions[i].code not in own]
    # (a party of the speaker's side nearer in the object than the one it goes to: "sent its note to Tokyo")
    return told or [
        i
        for c in objects
        if c.dep_ == "dobj" and c.pos_ == "NOUN"
        for i in prep_actors(c, ("on", "to", "upon"), ments)
        if ments.mentions[i].code not in own
    ]


def unnamed_act(clause: Token) -> bool:
    """True for a verb that names no deed of its own, only that its doer will do something: "would act", "will
    intervene", "would move against Y", "would do whatever was needed" (data: conflict.json `unnamed_acts`,
    `unnamed_act_objects`)."""
    words = conflict_words()
    if any(lemma in words.unnamed_acts for lemma in lemma_forms(clause)):
        return True
    # ("would do whatever it takes", "would do whatever was needed": the parser may make the object a clause's subject)
    return clause.lemma_.lower() == "do" and any(
        c.dep_ in ("dobj", "ccomp")
        and (
            c.lower_ in words.unnamed_act_objects
            or any(
                g.dep_ in ("nsubj", "nsubjpass", "dobj") and g.lower_ in words.unnamed_act_objects
                for g in c.children
            )
        )
        for c in clause.children
    )


# the sectors of a state's agents: what they do "in a strike" is done about the strike, not a strike of theirs
_STATE_AGENT_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})


def _people_subject(verb: Token, ments: Mentions, lexicon: Lexicon) -> bool:
    """True when a verb's subject names people as parties and none of them a state's agents (workers, merchants,
    residents, a union, an opposition party: "Bombay's shopkeepers kept their shutters down in a hartal"; not
    "police arrested fifty men in the strike")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    people = set(role_words().pairs("collective_sectors"))
    for name in ("labour", "protester"):
        people |= lexicon.classes.get(name, frozenset())
    for subj in subjects:
        heads = [subj, *(c for c in subj.conjuncts if c.dep_ == "conj")]
        for head in heads:
            at = ments.at(head)
            if at:
                # (the head is a party: its sector says who it is; a place or a name only on the head, "Dublin's
                # tram drivers", does not make the drivers the city's government)
                if any((ments.mentions[i].sector or "") in _STATE_AGENT_SECTORS for i in at):
                    return False
            elif head is subj and _singular_form(head) not in people and head.lemma_.lower() not in people:
                return False  # (the first named decides: "tram drivers and conductors")
    return True


# the sectors of civilian collectives (roles.json `collective_sectors`): their force or destruction is a riot
_CIVIL_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP"})
# ... and the sectors of the parties such a crowd may be named as (a party's supporters, a church's faithful)
_CIVIL_PARTY_SECTORS = _CIVIL_SECTORS | {"PTY", "REL"}
# ... and of the people whose deed marked as protest is a crowd's protest (crowds41): the clergy and the medical
# professions too
_MARKED_CROWD_SECTORS = _CIVIL_SECTORS | {"REL", "MED"}
# the noun classes of civilian crowds and of armed men (classes.txt, with the dictionary's)
_CROWD_CLASSES = ("protester", "crowd", "gathering", "labour")
_ARMED_CLASSES = ("force", "military", "enforcer", "irregular", "warcraft", "armour", "aircraft")
# objects of a verb that name gunfire ("exchanged fire", "opened fire"; "set fire" is arson)
_GUNFIRE = frozenset({"fire", "gunfire", "shot", "volley"})


def _crowd_doers(
    verb: Token,
    source: list[int],
    ments: Mentions,
    lexicon: Lexicon,
    force: bool = True,
    marked: bool = False,
) -> bool:
    """True when a deed's doers are a crowd of civilians: the subject (or the passive's agent, or the subject of the
    verb it is joined to) names protesters, a crowd, many civilians of a collective ("youths", "residents",
    "students", "strikers") or people named by their nation in the plural, counted or described ("Young Kanaks",
    "thousands of Syrians"; not "the Americans", "Afghans" bare), no armed men, and none of the deed's parties is a state's agent, an armed group or a firm ("Thousands of Syrians set
    fire to the embassy", "shops were looted by crowds"; not "Russian soldiers set fire to houses", "RUF rebels
    attacked Freetown", "a student opened fire on holidaymakers", one man, "followers of Koresh exchanged fire with
    federal agents", gunfire, nor "Armenians attacked Azerbaijani villages", ground fought over)."""
    doers = _doer_tokens(verb)
    if not doers:
        return False
    if not force:
        pass  # (a rally's verb: filling a square or a street is no ground fought over)
    elif verb.lemma_.lower() != "set" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _GUNFIRE for c in verb.children
    ):
        return False  # ("exchanged fire with federal agents", "opened fire on the crowd"): shooting, no riot
    ground = lexicon.classes.get("ground", frozenset()) | conflict_words().territory_nouns
    if force and any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in ground or c.ent_type_ in ("GPE", "LOC"))
        for c in verb.children
    ):
        return False  # ("Armenians attacked Azerbaijani villages", "occupied the town"): ground fought over, no riot
    armed: set[str] = set()
    for name in _ARMED_CLASSES:
        armed |= lexicon.classes.get(name, frozenset())
    words = role_words()
    people = {
        w for w, sector in words.pairs("collective_sectors").items() if sector.upper() in _CIVIL_SECTORS
    }
    if marked:
        # (a deed marked as protest, `Triggers._crowd_protest`: any people of a civilian sector, monks, women,
        # mothers, doctors and nurses among them: "Thousands of Buddhist monks walked through Rangoon against the
        # junta"; crowds41)
        people |= {
            w
            for w, sector in words.pairs(
                "collective_sectors", "home_victim_nouns", "home_people_nouns"
            ).items()
            if sector.upper() in _MARKED_CROWD_SECTORS
        }
    for name in _CROWD_CLASSES:
        people |= lexicon.classes.get(name, frozenset())
    # (held people, radicals and the users of a service act as a body too: "prisoners took over the jail"; protest43;
    # the users of a service in a deed of force or occupation only when it is marked as protest: "passengers stormed the
    # cockpit", "passengers occupied every seat" are no crowd's; review43)
    people |= coder_words().protest_collectives
    if marked or not force:
        people |= coder_words().service_users
    singulars = words.collective_singulars
    from .parties import people_named  # (parties reads this module's Candidate)

    # (a noun a number or a word of amount counts is many, whatever its form: "hundreds of Kyrgyz", "thousands of
    # Swiss")
    many = {counted(t).i for t in doers if counted(t).i != t.i}
    crowd = False
    for tok in doers:
        lemma = tok.lemma_.lower()
        if (
            lemma in armed
            or (KINDS_ENABLED and any(is_kind(lemma, name) for name in ("force", "military", "enforcer")))
            or any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children)
        ):
            return False  # armed men ("a band of armed Peruvians seized the river port") are no crowd
        plural = (
            tok.tag_ in ("NNS", "NNPS")
            or (tok.lower_.endswith("s") and not tok.lower_.endswith("ss"))
            or tok.i in many
        ) and not any(c.lower_ in ("a", "an", "one") for c in tok.children)  # ("a Chinese": one man)
        if lemma in people and (plural or lemma in singulars or tok.lower_ in singulars):
            crowd = True
        if (
            plural
            and tok.text[:1].isupper()
            and any(ments.heads[i] == tok.i and people_named(ments.mentions[i], tok) for i in source)
            and (
                tok.i in many
                or any(c.dep_ == "nummod" for c in tok.children)
                or any(c.dep_ in ("amod", "compound") and not ments.at(c) for c in tok.children)
            )
        ):
            # people named by their nation, counted or described ("Young Kanaks", "thousands of Syrians", "70,000
            # Czechs"); a people
            # named bare is the country's side or its fighters ("the Germans attacked the British fleet at
            # Jutland", "Afghans ambushed Soviet convoys", "Chechens seized a hospital in Budyonnovsk")
            crowd = True
    if not crowd:
        return False
    # (every party among the doers a civilian one: no state's agents, armed groups, gunmen or firms)
    return all((ments.mentions[i].sector or "CVL").upper() in _CIVIL_PARTY_SECTORS for i in source)


@functools.lru_cache(maxsize=1)
def _crowd_deed_codes() -> dict[str, str]:
    """The state's deeds a crowd's doing makes its protest, with the protest code of each (`crowd_deed_codes`,
    "192:144")."""
    return dict(pair.split(":", 1) for pair in coder_words().crowd_deed_codes)


def _trade_barred_with(tok: Token, ments: Mentions) -> list[int]:
    """The parties named in a "to", "with", "from" or "in" phrase of the dealing a verb of barring forbids: its "from"
    gerund ("barred American firms from selling parts [to Huawei]") or its "to" clause ("forbade American companies
    to trade [with Cuba]"); empty when it names none (verbs.txt, deeds38's 163 lines)."""
    dealings = [
        g
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for g in p.children
        if g.dep_ == "pcomp"
    ]
    clause = complement(tok)
    if clause is not None:
        dealings.append(clause)
    return [
        i
        for dealing in dealings
        for holder in (dealing, *(c for c in dealing.children if c.dep_ == "dobj"))
        for p in holder.children
        if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with", "from", "in")
        for i in pobj_actors(p, ments)
    ]


def _seizing_entry(entry: Entry | None) -> bool:
    """True for an entry with conditions that reads a verb of carrying as an abduction, a seizure or an occupation
    (18x, 19x: "took some 240 Israelis", "carried off thousands of men"): people carried as a group
    (`Triggers._refuge_reading`) are then no rescue. Review40."""
    return entry is not None and bool(entry.constraints) and entry.code[:2] in ("18", "19")


def _handover_entry(entry: Entry | None) -> bool:
    """True for a hand entry that reads a verb of carrying as a handover or a removal of the one carried (judicial
    cooperation 06x, a release 084x, coercion 17x: "flew him to Jordan to stand trial", "handed over"): the refuge
    reading (`Triggers._refuge_reading`) does not override it."""
    return (
        entry is not None
        and not entry.derived
        and bool(entry.constraints)
        and entry.code[:2] in ("06", "08", "17")
    )


def _purpose_of(verb: Token) -> Token | None:
    """The verb whose purpose a verb tells: a "to" infinitive hung on it ("gathered in Belgrade [to demand] ...") or a
    free participle after it with no subject or mark of its own ("massed outside parliament, [demanding] ..."); None
    otherwise."""
    head = verb.head
    if (
        head.i == verb.i
        or head.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("nsubj", "mark") for c in verb.children)
    ):
        return None
    if verb.dep_ in ("advcl", "xcomp") and to_infinitive(verb):
        return head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > head.i:
        return head
    return None


def _many(tok: Token) -> bool:
    """True for a noun that names many: a plural, or one a number or a word of amount counts ("crowds",
    "thousands of Catholics", "a crowd" of `collective_singulars`)."""
    return (
        tok.tag_ in ("NNS", "NNPS")
        or counted(tok).i != tok.i
        or tok.lemma_.lower() in role_words().collective_singulars
    )


def _doer_tokens(verb: Token) -> list[Token]:
    """The nouns of a verb's subject or passive agent (of the verb it is joined to, or of the verb whose free
    participle it is, when it has none), with their conjuncts and the nouns a number or a word of amount counts
    ("thousands of Syrians")."""
    subjects: list[Token] = []
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        subjects += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        free_participle = (
            verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)
        )
        if subjects or (verb.dep_ not in ("conj", "xcomp") and not free_participle) or verb.head.i == verb.i:
            break
        verb = verb.head
    out: list[Token] = []
    for subj in subjects:
        for tok in (subj, *(c for c in subj.conjuncts if c.dep_ == "conj")):
            out.extend({tok.i: tok, counted(tok).i: counted(tok)}.values())
    return out


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" for c in verb.children)


def replace_head(prep: Token) -> Token:
    """The phrase a preposition's noun stands in ("on Wednesday night [in protest]": the "on" of "night")."""
    return prep.head.head


def _use_of_no_event(entry: Entry | None) -> bool:
    """True when `entry` is a hand no-event reading of one sense of the verb, named by its particle alone (`V ---
    lift prt=off`: no lifting of a ban), which two parties may do together ("a Bulgarian pilot lifted off beside the
    Soviet commander"; joint42). A reading that names the doer's kind or the occasion (`V --- march|parade
    subj=&force`, "veterans gathered to mark the anniversary", "took part in the ceremony") is no event for any
    number of parties: troops of several states at one parade or ceremony are no meeting (talk17's convention)."""
    return (
        entry is not None
        and entry.no_event
        and not entry.derived
        and not entry.implied
        and bool(entry.constraints)
        and all(key == "prt" for key, _ in entry.constraints)
    )


def _title_of_name(tok: Token) -> bool:
    """True when `tok` is the title before a name it is a compound of ("the Soviet commander [Nikolai
    Rukavishnikov]"), not a word of a thing's name ("her West India [islands]")."""
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN"


def _deed_objects(verb: Token) -> list[Token]:
    """The direct objects of `verb` and the objects of its phrases, less those of the phrases that name its partners
    ("with", "beside", "alongside") and of its agent: what a deed is done to or with."""
    partner_preps = coder_words().joint_comitative_preps | coder_words().joint_partner_preps
    found = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    found += [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ not in partner_preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return found


def _named_on(noun: Token) -> list[Token]:
    """`noun`, the words that name its party on it (its adjective, compound or possessive: "Iraqi lines", "Sudan's
    army") and the object of its "of" phrase with those of that object ("the face of Kim Jong Nam", "envoys of Sudan's
    army"); no deeper ("the anniversary of the victory over Germany" names no party the deed is done to)."""
    own = ("amod", "compound", "poss", "nmod")
    found = [noun, *(c for c in noun.children if c.dep_ in own)]
    for p in prep_objects(noun, ("of",)):
        found += [p, *(c for c in p.children if c.dep_ in own)]
    return found


def _armed(noun: Token, lexicon: Lexicon) -> bool:
    """True when `noun` (or a conjunct) names armed forces: a word of the lexicon's classes &force or &military, or
    a noun of the open class &force ("Indian troops", "an Egyptian army contingent", "Chinese and Indian soldiers")."""
    kinds = [lexicon.classes.get(name, frozenset()) for name in ("force", "military")]
    for n in (noun, *noun.conjuncts):
        for t in (n, *(c for c in n.children if c.dep_ == "compound")):
            lemma = t.lemma_.lower()
            if any(lemma in k for k in kinds) or is_kind(lemma, "force"):
                return True
    return False


def _hazard_alert(tok: Token, lexicon: Lexicon) -> bool:
    """True when an alert told at `tok` (the noun "alert", or the verb that raises, issues or puts one) names a
    natural hazard as its modifier or as what it is raised for or ahead of ("a tsunami alert", "its pandemic alert
    level", "on alert ahead of Hurricane Michelle"; &hazard or a noun of its kind): a warning of nature, no force
    posture (review43)."""
    hazards = lexicon.classes.get("hazard", frozenset())

    def hazard(t: Token) -> bool:
        lemma = t.lemma_.lower()
        return lemma in hazards or t.lower_ in hazards or (KINDS_ENABLED and is_kind(lemma, "hazard"))

    nouns = [tok] if tok.pos_ in ("NOUN", "PROPN") else []
    nouns += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")]
    preps = [c for c in tok.children if c.dep_ == "prep"]
    # ("ahead of", "in advance of": the phrase hangs on an adverb or on another phrase)
    preps += [g for p in tok.children if p.dep_ in ("prep", "advmod") for g in p.children if g.dep_ == "prep"]
    # (and what the alert itself is for: "raised the alert for the Merapi volcano")
    preps += [p for n in nouns for p in n.children if p.dep_ == "prep"]
    places = [g for p in preps if p.lower_ in _HAZARD_PREPS for g in p.children if g.dep_ == "pobj"]
    for noun in nouns + places:
        near = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))]
        near += [
            g
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod")
            for g in c.children
            if g.dep_ in ("compound", "amod")
        ]
        if noun in places and any(hazard(t) for t in near):
            return True
        if any(hazard(t) for t in near[1:]):
            return True
    return False


def _adjunct_between(verb: Token, ments: Mentions) -> list[int]:
    """The parties of a "between" phrase the parser hung on the object of one of the verb's adjunct phrases, a place
    or a time, not on the verb or its subject ("fighting raged in Aleppo [between] X and Y", "the battle raged for
    nine months [between] X and Y"): the two sides of the deed the verb says went on (battles44)."""
    # (a phrase of a party is no place or time: "with X", "against Y")
    for adjunct in prep_objects(verb, conflict_words().between_adjunct_preps):
        for between in adjunct.children:
            if between.dep_ == "prep" and between.lower_ == "between":
                parties = pobj_actors(between, ments)
                if parties:
                    return parties
    return []


def _grievance_phrase(head: Token) -> bool:
    """A phrase of the matter a party is attacked over or for ("came under attack from Brazil [over] its loans",
    "came under fire [for] its coverage"; `coder_words.json` grievance_preps): an attack in words, not by force. A
    phrase of time is none ("over the weekend", "for three days", "for the first time"; review44)."""
    return any(
        obj.ent_type_ not in ("DATE", "TIME") and obj.lemma_.lower() != "time"
        for obj in prep_objects(head, coder_words().grievance_preps)
    )
