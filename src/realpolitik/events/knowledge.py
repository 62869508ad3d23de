"""The event coder's knowledge in `events/data/`: one cached loader and one pointed data-file error.

Every word list and code mapping of the events package is an editable JSON file there. Each file is read
once per process, on first use (never at import time), and checked entry by entry: a missing or malformed
entry raises `LexiconError` naming the file and the entry and saying what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import datafiles
from ..errors import LexiconError

PACKAGE = "realpolitik.events"

CODER_WORDS = "coder_words.json"
FRAME_CODES = "frame_codes.json"
MODALITY_CUES = "modality_cues.json"
REPORTING_WORDS = "reporting_verbs.json"
EVENT_RULES = "event_rules.json"


def data_error(name: str, entry: str, problem: str) -> LexiconError:
    """The one error for a bad data file: which file, which entry, what is wrong and what to do."""
    return datafiles.data_error(PACKAGE, name, entry, problem, LexiconError)


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed JSON object of `events/data/<name>`, read once per process."""
    return datafiles.read_data(PACKAGE, name, LexiconError)


def _entry(name: str, entry: str) -> Any:
    data = load_data(name)
    if entry not in data:
        raise data_error(name, entry, "missing")
    return datafiles.entry_value(data, entry)


def word_list(name: str, entry: str) -> tuple[str, ...]:
    """An entry that is a list of words (lower-cased, order kept)."""
    value = _entry(name, entry)
    if not datafiles.is_word_list(value):
        raise data_error(name, entry, "expected a list of non-empty words")
    return tuple(w.strip().lower() for w in value)


def word_set(name: str, entry: str) -> frozenset[str]:
    """An entry that is a list of words, as a set (made once per file as read: the coder asks for some of them
    for every sentence)."""
    data = load_data(name)
    kept = _WORD_SETS.get((name, entry))
    if kept is not None and kept[0] is data:
        return kept[1]
    made = frozenset(word_list(name, entry))
    _WORD_SETS[(name, entry)] = (data, made)
    return made


# (file, entry) -> (the file's data as read, its word set): made again when the file is read again
_WORD_SETS: dict[tuple[str, str], tuple[dict[str, Any], frozenset[str]]] = {}


def word_map(name: str, entry: str) -> dict[str, str]:
    """An entry that maps words to words (or to labels)."""
    value = _entry(name, entry)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise data_error(name, entry, 'expected an object of "word": "value" pairs')
    return dict(value)


def word_groups(name: str, entry: str) -> dict[str, list[str]]:
    """An entry that maps labels to lists of words ({"intended": ["plan", ...], ...})."""
    value = _entry(name, entry)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v)
        for k, v in value.items()
    ):
        raise data_error(name, entry, 'expected an object of "label": ["word", ...] lists')
    return {k: list(v) for k, v in value.items()}


@dataclass(frozen=True, slots=True)
class CoderWords:
    """The word lists of the coder (`coder_words.json`); see each entry's 'why' there."""

    target_preps: tuple[str, ...]
    light_verbs: frozenset[str]
    consequence_verbs: frozenset[str]
    outcome_verbs: frozenset[str]
    regarding_verbs: frozenset[str]
    consequence_nouns: frozenset[str]
    ultimatum_nouns: frozenset[str]
    ultimatum_marks: frozenset[str]
    own_side_nouns: frozenset[str]
    copular_doer_nouns: frozenset[str]
    partaking_verbs: frozenset[str]
    visit_nouns: frozenset[str]
    journey_background_preps: frozenset[str]
    journey_background_heads: frozenset[str]
    journey_starts: frozenset[str]
    reversal_verbs: frozenset[str]
    message_verbs: frozenset[str]
    topic_nouns: frozenset[str]
    forecast_subjects: frozenset[str]
    message_carriers: frozenset[str]
    message_nouns: frozenset[str]
    message_content_roots: frozenset[str]
    unknown_deed_no_event: frozenset[str]
    readiness: frozenset[str]
    speech_act_frames: frozenset[str]
    request_nouns: frozenset[str]
    named_by_place: frozenset[str]
    theatre_nouns: frozenset[str]
    theatre_preps: frozenset[str]
    announcing: frozenset[str]
    announcing_intent: frozenset[str]
    promising_verbs: frozenset[str]
    demand_nouns: frozenset[str]
    prospect_verbs: frozenset[str]
    prospect_nouns: frozenset[str]
    refusing_verbs: frozenset[str]
    disinterest_nouns: frozenset[str]
    joining_verbs: frozenset[str]
    vowing_frames: frozenset[str]
    craft_verbs: frozenset[str]
    accord_nouns: frozenset[str]
    signing_participles: frozenset[str]
    signature_verbs: frozenset[str]
    signature_nouns: frozenset[str]
    accord_fate_verbs: frozenset[str]
    provision_verbs: frozenset[str]
    agent_place_preps: frozenset[str]
    relation_state_nouns: frozenset[str]
    inference_verbs: frozenset[str]
    preferring_verbs: frozenset[str]
    keeping_verbs: frozenset[str]
    craft_nouns: frozenset[str]
    resolution_verbs: frozenset[str]
    setting_out_verbs: frozenset[str]
    sequence_verbs: frozenset[str]
    resolution_nouns: frozenset[str]
    contest_verbs: frozenset[str]
    onset_verbs: frozenset[str]
    wishing_verbs: frozenset[str]
    sports_nouns: frozenset[str]
    confrontation_verbs: frozenset[str]
    direction_adverbs: frozenset[str]
    carrying_participles: frozenset[str]
    of_agent_nouns: frozenset[str]
    motion_verbs: frozenset[str]
    pronouns: frozenset[str]
    relative: frozenset[str]
    reflexives: frozenset[str]
    future_aux: frozenset[str]
    arranged_heads: frozenset[str]
    obligation_aux: frozenset[str]
    judging_verbs: frozenset[str]
    intent_judging_verbs: frozenset[str]
    court_disposal_verbs: frozenset[str]
    demanding_only: frozenset[str]
    gathering_verbs: frozenset[str]
    vowed_against: frozenset[str]
    refusal_nouns: frozenset[str]
    court_nouns: frozenset[str]
    sentencing_verbs: frozenset[str]
    sentence_deaths: frozenset[str]
    veto_nouns: frozenset[str]
    vetoed_texts: frozenset[str]
    custody_verbs: frozenset[str]
    custodial_terms: frozenset[str]
    bond_ending_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    disfavour_nouns: frozenset[str]
    treaty_part_nouns: frozenset[str]
    bond_holding_verbs: frozenset[str]
    unlawful_words: frozenset[str]
    name_head_words: frozenset[str]
    law_breaking_verbs: frozenset[str]
    unlawful_adverbs: frozenset[str]
    entitlement_nouns: frozenset[str]
    claiming_words: frozenset[str]
    concurring_verbs: frozenset[str]
    aspect_verbs: frozenset[str]
    condition_marks: frozenset[str]
    announced_leaving_codes: frozenset[str]
    announced_exit_codes: frozenset[str]
    exit_verbs: frozenset[str]
    exit_object_verbs: frozenset[str]
    deferring_marks: frozenset[str]
    deferring_preps: frozenset[str]
    deferring_nouns: frozenset[str]
    weapons: frozenset[str]
    plural_sense: frozenset[str]
    natural_forces: frozenset[str]
    place_preps: frozenset[str]
    topic_preps: frozenset[str]
    counterpart_preps: frozenset[str]
    purpose_preps: frozenset[str]
    destination_preps: frozenset[str]
    protected_preps: frozenset[str]
    driving_verbs: frozenset[str]
    posture_preps: frozenset[str]
    drill_nouns: frozenset[str]
    water_nouns: frozenset[str]
    following_verbs: frozenset[str]
    finder_nouns: frozenset[str]
    deed_finder_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    border_nouns: frozenset[str]
    nuclear_growth_verbs: frozenset[str]
    nuclear_material_words: frozenset[str]
    appeal_target_preps: frozenset[str]
    directive_verbs: frozenset[str]
    verb_only_frames: frozenset[str]
    mutual_words: frozenset[str]
    mutual_markers: frozenset[str]
    mutual_objects: frozenset[str]
    each_marks: frozenset[str]
    home_people: frozenset[str]
    home_police: frozenset[str]
    home_government: frozenset[str]
    first_person: frozenset[str]
    joint_adverbs: frozenset[str]
    joint_phrases: frozenset[str]
    joint_partner_preps: frozenset[str]
    joint_comitative_preps: frozenset[str]
    joint_conflict_roots: frozenset[str]
    joint_bodies: frozenset[str]
    joint_undertakings: frozenset[str]
    joint_operations: frozenset[str]
    crew_nouns: frozenset[str]
    crew_ranks: frozenset[str]
    mission_nouns: frozenset[str]
    tourist_nouns: frozenset[str]
    spacecraft_nouns: frozenset[str]
    space_words: frozenset[str]
    uncrewed_craft_nouns: frozenset[str]
    parade_nouns: frozenset[str]
    doer_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    undergoing_verbs: frozenset[str]
    continuing_particles: frozenset[str]
    landing_marks: frozenset[str]
    grievance_preps: frozenset[str]
    reference_preps: frozenset[str]
    dated_within_preps: frozenset[str]
    undated_clause_marks: frozenset[str]
    object_dated_verbs: frozenset[str]
    deadline_preps: frozenset[str]
    possibility_aux: frozenset[str]
    experiencer_verbs: frozenset[str]
    goods_out_nouns: frozenset[str]
    goods_in_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    causing_verbs: frozenset[str]
    addressing_frames: frozenset[str]
    quantity_nouns: frozenset[str]
    named_unit_nouns: frozenset[str]
    named_vessel_nouns: frozenset[str]
    failing_verbs: frozenset[str]
    condition_demand_marks: frozenset[str]
    condition_restrictors: frozenset[str]
    asking_nouns: frozenset[str]
    asking_preps: frozenset[str]
    amount_nouns: frozenset[str]
    amount_preps: frozenset[str]
    stating_phrases: frozenset[str]
    favour_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    journey_nouns: frozenset[str]
    duration_verbs: frozenset[str]
    inquiry_bodies: frozenset[str]
    appointing_verbs: frozenset[str]
    tasking_participles: frozenset[str]
    mandate_nouns: frozenset[str]
    commissive_frames: frozenset[str]
    compulsion_verbs: frozenset[str]
    hesitation_verbs: frozenset[str]
    choice_nouns: frozenset[str]
    peacekeeping_words: frozenset[str]
    adopting_frames: frozenset[str]
    unit_nouns: frozenset[str]
    demobilising_verbs: frozenset[str]
    raising_verbs: frozenset[str]
    readying_verbs: frozenset[str]
    force_placing_senses: frozenset[str]
    force_placing_preps: frozenset[str]
    weapon_cast_preps: frozenset[str]
    air_drop_verbs: frozenset[str]
    artillery_weapons: frozenset[str]
    explosion_nouns: frozenset[str]
    killing_senses: frozenset[str]
    authorising_senses: frozenset[str]
    cancelling_senses: frozenset[str]
    holding_back_verbs: frozenset[str]
    announcing_senses: frozenset[str]
    onslaught_senses: frozenset[str]
    honour_giving_senses: frozenset[str]
    honour_naming_senses: frozenset[str]
    honour_winning_senses: frozenset[str]
    named_honour_nouns: frozenset[str]
    trust_nouns: frozenset[str]
    honour_marks: frozenset[str]
    recognition_nouns: frozenset[str]
    in_force_nouns: frozenset[str]
    pooled_nouns: frozenset[str]
    pooling_senses: frozenset[str]
    onslaught_particles: frozenset[str]
    onslaught_preps: frozenset[str]
    onslaught_bare_preps: frozenset[str]
    struck_nouns: frozenset[str]
    ground_holding_verbs: frozenset[str]
    force_unit_nouns: frozenset[str]
    onslaught_rush_senses: frozenset[str]
    approving_senses: frozenset[str]
    business_deal_nouns: frozenset[str]
    deciding_senses: frozenset[str]
    renouncing_senses: frozenset[str]
    time_phrase_preps: frozenset[str]
    instrument_nouns: frozenset[str]
    enacting_verbs: frozenset[str]
    ordering_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    protective_purposes: frozenset[str]
    helping_purposes: frozenset[str]
    comrade_preps: frozenset[str]
    oath_nouns: frozenset[str]
    reducing_senses: frozenset[str]
    conceding_pressure: frozenset[str]
    helping_force_verbs: frozenset[str]
    helping_force_nouns: frozenset[str]
    rebel_nouns: frozenset[str]
    inquiry_adopting_frames: frozenset[str]
    deciding_frames: frozenset[str]
    choice_frames: frozenset[str]
    body_measure_codes: frozenset[str]
    answering_words: frozenset[str]
    armed_body_nouns: frozenset[str]
    attack_vehicle_nouns: frozenset[str]
    drone_nouns: frozenset[str]
    defence_pact_nouns: frozenset[str]
    defence_pact_modifiers: frozenset[str]
    last_words: frozenset[str]
    force_part_nouns: frozenset[str]
    force_sending_verbs: frozenset[str]
    protest_adjunct_nouns: frozenset[str]
    strike_adjunct_nouns: frozenset[str]
    load_nouns: frozenset[str]
    invited_nouns: frozenset[str]
    office_taking_verbs: frozenset[str]
    office_nouns: frozenset[str]
    commanding_verbs: frozenset[str]
    command_addressees: frozenset[str]
    vehicle_nouns: frozenset[str]
    bomb_words: frozenset[str]
    riot_doers: frozenset[str]
    riot_codes: frozenset[str]
    defiance_codes: frozenset[str]
    crowd_deed_codes: frozenset[str]
    protest_collectives: frozenset[str]
    service_users: frozenset[str]
    flight_hypernyms: frozenset[str]
    rebellion_senses: frozenset[str]
    state_hypernyms: frozenset[str]
    protest_feelings: frozenset[str]
    call_nouns: frozenset[str]
    answering_verbs: frozenset[str]
    gathering_purposes: frozenset[str]
    motion_hypernyms: frozenset[str]
    generic_deed_senses: frozenset[str]
    inquiry_senses: frozenset[str]
    purpose_phrase_nouns: frozenset[str]
    deadline_spans: frozenset[str]
    fire_nouns: frozenset[str]
    finding_body_nouns: frozenset[str]
    liable_words: frozenset[str]
    culpable_deeds: frozenset[str]
    measure_nouns: frozenset[str]
    award_verbs: frozenset[str]
    court_penalty_verbs: frozenset[str]
    span_nouns: frozenset[str]
    arsenal_nouns: frozenset[str]
    nuclear_words: frozenset[str]
    inquiry_addressees: frozenset[str]
    relief_words: frozenset[str]
    naming_participles: frozenset[str]
    natural_subjects: frozenset[str]
    collisions: frozenset[str]
    yielding_cancels: frozenset[str]
    refuge_verbs: frozenset[str]
    refuge_paths: frozenset[str]
    refuge_self_verbs: frozenset[str]
    refuge_taking_verbs: frozenset[str]
    refuge_persons: frozenset[str]
    refuge_home_nouns: frozenset[str]
    refuge_groups: frozenset[str]
    refuge_nouns: frozenset[str]
    refuge_quantities: frozenset[str]
    refuge_armed: frozenset[str]
    supply_arrival_verbs: frozenset[str]
    supply_loads: frozenset[str]
    supply_craft: frozenset[str]
    supply_load_participles: frozenset[str]
    supply_carrying_verbs: frozenset[str]
    arms_goods: frozenset[str]
    fired_goods: frozenset[str]
    traded_participles: frozenset[str]
    refuge_humanitarian: frozenset[str]
    refuge_rescued_groups: frozenset[str]
    suspect_participles: frozenset[str]
    recourse_verbs: frozenset[str]
    asking_readers: frozenset[str]
    membership_nouns: frozenset[str]
    member_nouns: frozenset[str]

    def target_rank(self, prep: str) -> int:
        """Where a preposition stands in `target_preps` (earlier names the target more surely)."""
        return self.target_preps.index(prep)


@cache
def coder_words() -> CoderWords:
    """The coder's word lists, read and checked once per process."""
    values: dict[str, Any] = {}
    for name in CoderWords.__dataclass_fields__:
        values[name] = word_list(CODER_WORDS, name) if name == "target_preps" else word_set(CODER_WORDS, name)
    return CoderWords(**values)


ALTERNATIVE_NEEDS = frozenset({"object", "consequence_object", "gerund", "clause"})


@cache
def cooperation_domains() -> dict[str, tuple[str, ...]]:
    """The CAMEO codes of cooperation by domain and the words (or `&class` names) that show each (`coder_words.json`,
    `cooperation_domains`: "062": ["&force", "military", ...], ...), in the file's order."""
    return {
        code: tuple(w.strip().lower() for w in words)
        for code, words in word_groups(CODER_WORDS, "cooperation_domains").items()
    }


@cache
def journey_destinations() -> dict[str, frozenset[str]]:
    """The verbs of going and coming and the prepositions that name where each goes (`coder_words.json`,
    `journey_destinations`: "go": ["to", "into"], ...; "(object)": the verb's object is the place reached)."""
    return {
        verb: frozenset(preps) for verb, preps in word_groups(CODER_WORDS, "journey_destinations").items()
    }


@cache
def crew_state_nouns() -> dict[str, str]:
    """The crew nouns that name their state by themselves and that state's code (`coder_words.json`, `crew_states`:
    "RUS": ["cosmonaut"], ...), lemma -> code (motion51)."""
    return {
        word.strip().lower(): code
        for code, words in word_groups(CODER_WORDS, "crew_states").items()
        for word in words
    }


@cache
def journey_noun_destinations() -> dict[str, frozenset[str]]:
    """The nouns of a journey and the prepositions that name where each goes (`coder_words.json`, `journey_noun_destinations`:
    "arrival": ["in", "at", "on", "to"], "journey": ["to", "into"], ...)."""
    return {
        noun: frozenset(preps)
        for noun, preps in word_groups(CODER_WORDS, "journey_noun_destinations").items()
    }


@cache
def alternative_verbs() -> dict[str, frozenset[str]]:
    """The verbs of an ultimatum's alternative and what each needs to name one (`coder_words.json`,
    `alternative_verbs`: "lose": ["object"], ...; the needs are ALTERNATIVE_NEEDS)."""
    groups = word_groups(CODER_WORDS, "alternative_verbs")
    for verb, needs in groups.items():
        unknown = sorted(set(needs) - ALTERNATIVE_NEEDS)
        if not needs or unknown:
            raise data_error(
                CODER_WORDS,
                f"alternative_verbs.{verb}",
                f"expected a list of needs among {', '.join(sorted(ALTERNATIVE_NEEDS))}"
                + (f"; {', '.join(unknown)} is not one" if unknown else ""),
            )
    return {verb.strip().lower(): frozenset(needs) for verb, needs in groups.items()}


@dataclass(frozen=True, slots=True)
class FrameCodes:
    """How a frame refines its code from its complement's code (`frame_codes.json`)."""

    by_root: dict[str, dict[str, str]]
    exact: dict[str, dict[str, str]]
    conflict_roots: frozenset[str]
    cooperation_roots: frozenset[str]
    default: dict[str, str]  # frame -> its own code, when its complement's code refines nothing


@cache
def frame_codes() -> FrameCodes:
    """The frame code tables, read and checked once per process (every code must be a CAMEO code)."""
    from . import cameo

    frames = _entry(FRAME_CODES, "frames")
    if not isinstance(frames, dict):
        raise data_error(FRAME_CODES, "frames", 'expected {"<frame>": {"by_root": {...}, "exact": {...}}}')
    by_root: dict[str, dict[str, str]] = {}
    exact: dict[str, dict[str, str]] = {}
    default: dict[str, str] = {}
    for frame, tables in frames.items():
        if not isinstance(tables, dict):
            raise data_error(FRAME_CODES, f"frames.{frame}", 'expected {"by_root": {...}, "exact": {...}}')
        for part, into in (("by_root", by_root), ("exact", exact)):
            table = tables.get(part, {})
            where = f"frames.{frame}.{part}"
            if not isinstance(table, dict):
                raise data_error(FRAME_CODES, where, 'expected an object of "code": "code" pairs')
            for key, code in table.items():
                if not (isinstance(code, str) and code.isdigit() and cameo.is_known(code)):
                    raise data_error(FRAME_CODES, f"{where}.{key}", f"{code!r} is not a CAMEO code")
            into[frame] = dict(table)
        own = tables.get("default")
        if own is not None:
            if not (isinstance(own, str) and own.isdigit() and cameo.is_known(own)):
                raise data_error(FRAME_CODES, f"frames.{frame}.default", f"{own!r} is not a CAMEO code")
            default[frame] = own
    roots = {}
    for entry in ("conflict_roots", "cooperation_roots"):
        codes = word_set(FRAME_CODES, entry)
        if not all(len(c) == 2 and c.isdigit() for c in codes):
            raise data_error(FRAME_CODES, entry, "expected two-digit CAMEO roots")
        roots[entry] = codes
    return FrameCodes(by_root, exact, roots["conflict_roots"], roots["cooperation_roots"], default)


def _plover_types(entry: str) -> frozenset[str]:
    from ..records import PLOVER_TYPES

    types = frozenset(t.upper() for t in word_list(EVENT_RULES, entry))
    unknown = sorted(types - set(PLOVER_TYPES))
    if unknown:
        raise data_error(EVENT_RULES, entry, f"{', '.join(unknown)} is not a PLOVER type")
    return types


@cache
def self_event_types() -> frozenset[str]:
    """PLOVER types an actor may do to itself (`event_rules.json`)."""
    return _plover_types("self_event_types")


@cache
def announced_plan_types() -> frozenset[str]:
    """PLOVER types whose announced event nouns are plans still to come (`event_rules.json`)."""
    return _plover_types("announced_plans")


@cache
def protests_at_home_types() -> frozenset[str]:
    """PLOVER types whose untargeted events by a country's people are aimed at its government."""
    return _plover_types("protests_at_home")


@cache
def reporting_verbs() -> frozenset[str]:
    """Verbs whose subject is the speaker of their reported clause (`reporting_verbs.json`)."""
    return word_set(REPORTING_WORDS, "verbs")


@cache
def state_sectors() -> frozenset[str]:
    """Actor sectors that are organs of a state (`event_rules.json`)."""
    return frozenset(w.upper() for w in word_list(EVENT_RULES, "state_sectors"))


@cache
def onset_codes() -> dict[str, str]:
    """The code a noun's reading takes under a light verb of onset (`coder_words.json` onset_codes: talks begun,
    040 -> 046)."""
    from . import cameo

    codes = word_map(CODER_WORDS, "onset_codes")
    for code, into in codes.items():
        for value in (code, into):
            if not (value.isdigit() and cameo.is_known(value)):
                raise data_error(CODER_WORDS, "onset_codes", f"{value!r} is not a CAMEO code")
    return dict(codes)


@cache
def state_protest_codes() -> dict[str, str]:
    """Words of protest and the code they take when a state protests (`event_rules.json` state_protests)."""
    from . import cameo

    codes = word_map(EVENT_RULES, "state_protests")
    for code in codes.values():
        if not (code.isdigit() and cameo.is_known(code)):
            raise data_error(EVENT_RULES, "state_protests", f"{code!r} is not a CAMEO code")
    return {word.lower(): code for word, code in codes.items()}


@cache
def state_deed_codes() -> dict[str, str]:
    """Codes a deed takes when its doers are states or an alliance of states (`event_rules.json` state_deeds:
    a state's bombing is from the air, 183 -> 195)."""
    from . import cameo

    codes = word_map(EVENT_RULES, "state_deeds")
    for code, into in codes.items():
        for value in (code, into):
            if not (value.isdigit() and cameo.is_known(value)):
                raise data_error(EVENT_RULES, "state_deeds", f"{value!r} is not a CAMEO code")
    return dict(codes)


@cache
def contention_at_home_types() -> frozenset[str]:
    """PLOVER types whose untargeted events by a country's non-state groups are aimed at its government."""
    return _plover_types("contention_at_home")


CLAUSES = "clauses.json"


@dataclass(frozen=True, slots=True)
class ClauseWords:
    """The clause-structure word lists (`clauses.json`); see each entry's 'why' there."""

    adjunct_marks: frozenset[str]
    adjunct_preps: frozenset[str]
    presupposing_marks: frozenset[str]
    presupposing_preps: frozenset[str]
    indefinite_determiners: frozenset[str]
    subject_control_verbs: frozenset[str]
    reciprocal_modifiers: frozenset[str]
    place_target_types: frozenset[str]
    place_target_preps: frozenset[str]
    deployment_codes: frozenset[str]
    third_party_participles: frozenset[str]
    mediation_codes: frozenset[str]
    medium_nouns: frozenset[str]
    means_preps: frozenset[str]
    countering_verbs: frozenset[str]
    holding_participles: frozenset[str]
    holding_codes: frozenset[str]
    deed_reference_nouns: frozenset[str]
    predicative_preps: frozenset[str]
    noting_verbs: frozenset[str]
    aspect_nouns: frozenset[str]
    addressee_nouns: frozenset[str]
    eliciting_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    contrast_marks: frozenset[str]
    accompanying_preps: frozenset[str]
    assisting_verbs: frozenset[str]
    instrument_preps: frozenset[str]
    instrument_deeds: frozenset[str]
    enabling_verbs: frozenset[str]
    threatening_verbs: frozenset[str]
    reason_preps: frozenset[str]
    reason_verbs: frozenset[str]
    span_nouns: frozenset[str]
    prevention_phrases: frozenset[str]
    failing_words: frozenset[str]
    assisted_preps: frozenset[str]
    naming_pronouns: frozenset[str]
    unnamed_doer_roots: frozenset[str]
    background_marks: frozenset[str]
    awaiting_marks: frozenset[str]
    measure_nouns: frozenset[str]
    departure_verbs: frozenset[str]
    ending_verbs: frozenset[str]
    searcher_nouns: frozenset[str]
    relief_nouns: frozenset[str]
    entry_verbs: frozenset[str]
    journey_verbs: frozenset[str]
    absolute_preps: frozenset[str]
    background_preps: frozenset[str]
    statement_time_marks: frozenset[str]
    judging_roots: frozenset[str]
    inquiry_topic_nouns: frozenset[str]
    wire_agencies: frozenset[str]
    weekday_names: frozenset[str]
    warning_words: frozenset[str]
    warning_content_preps: frozenset[str]
    warning_cause_preps: frozenset[str]
    summing_nouns: frozenset[str]
    unchanged_pasts: frozenset[str]


@cache
def clause_words() -> ClauseWords:
    """The clause-structure word lists, read and checked once per process."""
    return ClauseWords(**{name: word_set(CLAUSES, name) for name in ClauseWords.__dataclass_fields__})


CONFLICT = "conflict.json"


@dataclass(frozen=True, slots=True)
class ConflictWords:
    """The word lists of armed conflict and coercion (`conflict.json`); see each entry's 'why' there."""

    casualty_report_verbs: frozenset[str]
    casualty_nouns: frozenset[str]
    casualty_participles: frozenset[str]
    loss_verbs: frozenset[str]
    loss_objects: frozenset[str]
    fighting_nouns: frozenset[str]
    between_adjunct_preps: frozenset[str]
    ended_fight_codes: frozenset[str]
    fire_nouns: frozenset[str]
    foe_preps: frozenset[str]
    mutual_objects: frozenset[str]
    fight_code: frozenset[str]
    boundary_nouns: frozenset[str]
    boundary_preps: frozenset[str]
    territory_nouns: frozenset[str]
    inside_preps: frozenset[str]
    response_verbs: frozenset[str]
    response_nouns: frozenset[str]
    hostile_nouns: frozenset[str]
    capture_verbs: frozenset[str]
    holder_nouns: frozenset[str]
    holder_clause_verbs: frozenset[str]
    holder_clause_objects: frozenset[str]
    helper_nouns: frozenset[str]
    conflict_nouns: frozenset[str]
    route_nouns: frozenset[str]
    force_roots: frozenset[str]
    threat_codes: frozenset[str]
    answer_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    unnamed_acts: frozenset[str]
    unnamed_act_objects: frozenset[str]
    armed_roots: frozenset[str]
    referring_utterances: frozenset[str]
    referring_deeds: frozenset[str]
    referring_determiners: frozenset[str]
    reaction_codes: frozenset[str]
    conditional_modals: frozenset[str]
    expulsion_phrases: frozenset[str]
    expulsion_verbs: frozenset[str]
    expulsion_code: frozenset[str]
    stance_preps: frozenset[str]
    home_deployment_verbs: frozenset[str]
    home_deployment_preps: frozenset[str]
    home_deployment_code: frozenset[str]
    unopposed_move_verbs: frozenset[str]
    fighting_cues: frozenset[str]
    deployment_cues: frozenset[str]
    occupation_code: frozenset[str]

    @property
    def fight(self) -> str:
        """The one CAMEO code of a fight (`fight_code`)."""
        return next(iter(self.fight_code))

    @property
    def expulsion(self) -> str:
        """The one CAMEO code of expelling diplomats (`expulsion_code`)."""
        return next(iter(self.expulsion_code))

    @property
    def home_deployment(self) -> str:
        """The one CAMEO code of forces moved into their own country (`home_deployment_code`)."""
        return next(iter(self.home_deployment_code))

    @property
    def occupation(self) -> str:
        """The one CAMEO code of ground occupied (`occupation_code`)."""
        return next(iter(self.occupation_code))


@cache
def conflict_words() -> ConflictWords:
    """The conflict word lists, read and checked once per process (the fight code must be one CAMEO code)."""
    from . import cameo

    words = ConflictWords(**{name: word_set(CONFLICT, name) for name in ConflictWords.__dataclass_fields__})
    for entry in ("fight_code", "expulsion_code", "home_deployment_code", "occupation_code"):
        codes = getattr(words, entry)
        if len(codes) != 1 or not all(cameo.is_known(c) for c in codes):
            raise data_error(CONFLICT, entry, "expected one CAMEO code")
    for roots in ("force_roots", "armed_roots"):
        if not all(len(r) == 2 and r.isdigit() for r in getattr(words, roots)):
            raise data_error(CONFLICT, roots, "expected two-digit CAMEO roots")
    return words


ROLES = "roles.json"


@dataclass(frozen=True, slots=True)
class RoleWords:
    """The word lists of actor roles (`roles.json`); see each entry's 'why' there."""

    mediation_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    occasion_preps: frozenset[str]
    venue_roots: frozenset[str]
    partitive_heads: frozenset[str]
    telling_verbs: frozenset[str]
    notice_nouns: frozenset[str]
    protested_preps: frozenset[str]
    joint_preps: frozenset[str]
    joint_modifiers: frozenset[str]
    distributive_modifiers: frozenset[str]
    joint_plurals: frozenset[str]
    joint_codes: frozenset[str]
    aimed_preps: frozenset[str]
    left_place_types: frozenset[str]
    travel_codes: frozenset[str]
    hosting_codes: frozenset[str]
    people_sectors: frozenset[str]
    partner_types: frozenset[str]
    receiving_verbs: frozenset[str]
    received_codes: frozenset[str]
    refuge_verbs: frozenset[str]
    refuge_nouns: frozenset[str]
    refuge_preps: frozenset[str]
    first_person_objects: frozenset[str]
    first_person_owners: frozenset[str]
    referring_verbs: frozenset[str]
    protection_codes: frozenset[str]
    support_nouns: frozenset[str]
    object_pronouns: frozenset[str]
    pair_pronouns: frozenset[str]
    perceiving_verbs: frozenset[str]
    owner_possessives: frozenset[str]
    person_possessives: frozenset[str]
    pair_subject_pronouns: frozenset[str]
    person_objects: frozenset[str]
    phrase_particles: frozenset[str]
    place_anaphors: frozenset[str]
    definite_determiners: frozenset[str]
    left_after_types: frozenset[str]
    housing_verbs: frozenset[str]
    person_deed_codes: frozenset[str]
    barred_preps: frozenset[str]
    causative_verbs: frozenset[str]
    weapon_struck_verbs: frozenset[str]
    making_verbs: frozenset[str]
    payer_codes: frozenset[str]
    payer_verbs: frozenset[str]
    payer_preps: frozenset[str]
    recipient_codes: frozenset[str]
    recipient_preps: frozenset[str]
    hosting_verbs: frozenset[str]
    held_return_types: frozenset[str]
    anaphor_quantifiers: frozenset[str]
    back_pronouns: frozenset[str]
    group_anaphor_nouns: frozenset[str]
    group_numbers: frozenset[str]
    group_state_nouns: frozenset[str]
    border_nouns: frozenset[str]
    border_partner_preps: frozenset[str]
    border_place_preps: frozenset[str]
    witness_nouns: frozenset[str]
    witness_verbs: frozenset[str]
    requester_nouns: frozenset[str]
    requester_preps: frozenset[str]
    venue_nouns: frozenset[str]
    venue_preps: frozenset[str]
    collective_sectors: frozenset[str]
    collective_quantities: frozenset[str]
    collective_place_preps: frozenset[str]
    street_entry_preps: frozenset[str]
    street_nouns: frozenset[str]
    origin_preps: frozenset[str]
    organ_collectives: frozenset[str]
    repression_types: frozenset[str]
    asking_participles: frozenset[str]
    answered_types: frozenset[str]
    inquiry_codes: frozenset[str]
    domestic_titles: frozenset[str]
    located_preps: frozenset[str]
    collective_singulars: frozenset[str]
    handed_to_codes: frozenset[str]
    own_restriction_nouns: frozenset[str]
    release_codes: frozenset[str]
    opposition_words: frozenset[str]
    object_particles: frozenset[str]
    home_victim_types: frozenset[str]
    home_victim_nouns: frozenset[str]
    home_victim_preps: frozenset[str]
    wartime_victim_nouns: frozenset[str]
    destination_codes: frozenset[str]
    destination_preps: frozenset[str]
    exile_codes: frozenset[str]
    exile_nouns: frozenset[str]
    exile_place_preps: frozenset[str]
    meeting_venue_preps: frozenset[str]
    home_measure_codes: frozenset[str]
    home_target_types: frozenset[str]
    home_target_bare_types: frozenset[str]
    court_voiding_verbs: frozenset[str]
    legislative_panel_nouns: frozenset[str]
    released_people_nouns: frozenset[str]
    addressed_institution_nouns: frozenset[str]
    addressed_institution_passing_verbs: frozenset[str]
    addressed_institution_preps: frozenset[str]
    relative_partner_preps: frozenset[str]
    grievance_preps: frozenset[str]
    grievance_by_participles: frozenset[str]
    grievance_cause_nouns: frozenset[str]
    grievance_cause_preps: frozenset[str]
    leading_participles: frozenset[str]
    grievance_victim_preps: frozenset[str]
    pressed_types: frozenset[str]
    pressing_people_nouns: frozenset[str]
    pressing_sectors: frozenset[str]
    challenger_body_nouns: frozenset[str]
    broker_suffixes: frozenset[str]
    own_organ_codes: frozenset[str]
    own_organ_nouns: frozenset[str]
    drafting_verbs: frozenset[str]
    legislature_nouns: frozenset[str]
    yielding_verbs: frozenset[str]
    forum_preps: frozenset[str]
    pressure_nouns: frozenset[str]
    pressure_preps: frozenset[str]
    tried_people_nouns: frozenset[str]
    home_entry_preps: frozenset[str]
    lone_doer_nouns: frozenset[str]
    capitalized_legislature_nouns: frozenset[str]
    home_organ_nouns: frozenset[str]
    derived_collective_exclusions: frozenset[str]
    home_people_nouns: frozenset[str]
    home_people_marks: frozenset[str]
    foreign_marks: frozenset[str]
    answered_preps: frozenset[str]
    member_nouns: frozenset[str]
    member_bodies: frozenset[str]
    seat_sectors: frozenset[str]
    breakaway_marks: frozenset[str]
    breakaway_nouns: frozenset[str]
    force_tail_verbs: frozenset[str]
    yielded_demand_nouns: frozenset[str]
    imposing_verbs: frozenset[str]
    letter_nouns: frozenset[str]
    surrendered_to_codes: frozenset[str]
    passive_host_preps: frozenset[str]
    answered_act_marks: frozenset[str]

    def pairs(self, *names: str) -> dict[str, str]:
        """The "word:value" lists `names` as one mapping, word -> value ("protester" -> "cvl"). A word in two of
        the sector lists (`SECTOR_LISTS`) has one sector, checked on load, so the order of `names` is free.
        Made once per lists and kept: callers read it and never change it."""
        kept = _PAIRS.get(names)
        if kept is not None and kept[0] is self:
            return kept[1]
        out: dict[str, str] = {}
        for name in names:
            out.update(w.split(":", 1) for w in getattr(self, name))
        _PAIRS[names] = (self, out)
        return out


# names -> (the word lists, `RoleWords.pairs` of those names), made once per lists
_PAIRS: dict[tuple[str, ...], tuple[RoleWords, dict[str, str]]] = {}


# The role lists of people nouns with the sector they stand for ("noun:SECTOR"), read together by the roles:
# a noun has the same sector in each of them.
SECTOR_LISTS = ("collective_sectors", "organ_collectives", "home_victim_nouns", "home_people_nouns")


@cache
def role_words() -> RoleWords:
    """The role word lists, read and checked once per process."""
    words = RoleWords(**{name: word_set(ROLES, name) for name in RoleWords.__dataclass_fields__})
    words = _with_derived_collectives(words)
    seen: dict[str, tuple[str, str]] = {}  # noun -> (sector, the list that gave it)
    for name in SECTOR_LISTS:
        for pair in sorted(getattr(words, name)):
            noun, _, sector = pair.partition(":")
            if not sector:
                raise data_error(ROLES, name, f"{pair!r} is no 'noun:SECTOR' pair")
            first = seen.setdefault(noun, (sector, name))
            if first[0] != sector:
                raise data_error(
                    ROLES,
                    name,
                    f"{noun!r} is {sector.upper()} here but {first[0].upper()} in {first[1]!r}: give it one sector",
                )
    return words


COLLECTIVES_DERIVED = "collectives_petrarch2.txt"


def _with_derived_collectives(words: RoleWords) -> RoleWords:
    """The role words with the one-word civilian agents of PETRARCH2's agents dictionary added to
    `collective_sectors` (`collectives_petrarch2.txt`, generated by `build_collectives`): every noun no hand
    list of people gives a sector (`SECTOR_LISTS`) and `derived_collective_exclusions` does not set apart."""
    from dataclasses import replace

    from .build_collectives import read_generated

    text = datafiles.data_path("realpolitik.events", COLLECTIVES_DERIVED).read_text(encoding="utf-8")
    listed = {pair.partition(":")[0] for name in SECTOR_LISTS for pair in getattr(words, name)}
    added = {
        f"{noun}:{sector.lower()}"
        for noun, sector in read_generated(text).items()
        if noun not in listed and noun not in words.derived_collective_exclusions
    }
    return replace(words, collective_sectors=words.collective_sectors | added)
