"""The actor resolver's word lists in `actors/data/resolver.json`, read once per process on first use.

Read through the project's one data-file reader (`realpolitik.datafiles`): a missing or malformed entry
raises `KnowledgeBaseError` naming the file and the entry and saying what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.strings import hash_string  # type: ignore[attr-defined]

from .. import datafiles
from ..errors import KnowledgeBaseError

PACKAGE = "realpolitik.actors"
RESOLVER_WORDS = "resolver.json"


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed JSON object of `actors/data/<name>`, read once per process."""
    return datafiles.read_data(PACKAGE, name, KnowledgeBaseError)


def data_error(name: str, entry: str, problem: str) -> KnowledgeBaseError:
    """The one error for a bad data file of the resolver: which file, which entry, what is wrong, what to do."""
    return datafiles.data_error(PACKAGE, name, entry, problem, KnowledgeBaseError)


def _value(entry: str) -> Any:
    data = load_data(RESOLVER_WORDS)
    if entry not in data:
        raise data_error(RESOLVER_WORDS, entry, "missing")
    value = data[entry]
    if isinstance(value, dict) and "values" in value:
        return value["values"]
    return datafiles.entry_value(data, entry)


def _words(entry: str, *, upper: bool = False) -> tuple[str, ...]:
    value = _value(entry)
    if not datafiles.is_word_list(value):
        raise data_error(RESOLVER_WORDS, entry, "expected a list of non-empty words")
    return tuple(w.strip().upper() if upper else w.strip().lower() for w in value)


def _numbers(entry: str) -> dict[str, float]:
    value = _value(entry)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)
        for k, v in value.items()
    ):
        raise data_error(RESOLVER_WORDS, entry, 'expected an object of "word": number pairs')
    return {k: float(v) for k, v in value.items()}


def _codes(entry: str) -> dict[str, str]:
    value = _value(entry)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k.strip() and isinstance(v, str) and v.strip() for k, v in value.items()
    ):
        raise data_error(RESOLVER_WORDS, entry, 'expected an object of "words": "code" pairs')
    return {" ".join(k.lower().split()): v.strip() for k, v in value.items()}


@dataclass(frozen=True, slots=True)
class ResolverWords:
    """The resolver's word lists (`resolver.json`); see each entry's 'why' there."""

    sector_rank: dict[str, int]  # sector_priority: a sector code -> its place, most specific first
    former_words: frozenset[str]
    orientation_prefixes: frozenset[str]
    region_modifiers: frozenset[str]
    continental_adjectives: frozenset[str]
    patron_suffixes: frozenset[str]
    patron_heads: frozenset[str]  # with the patron suffixes ("backed by Iran")
    patron_preps: frozenset[str]
    patron_nouns: frozenset[str]
    text_nouns: frozenset[str]
    treaty_nouns: frozenset[str]
    attribute_suffixes: frozenset[str]
    link_suffixes: frozenset[str]
    locative_preps: frozenset[str]
    compass_words: frozenset[str]
    from_place_words: frozenset[str]
    subject_pronouns: frozenset[str]
    country_nouns: frozenset[str]
    country_determiners: frozenset[str]
    pair_nouns: frozenset[str]
    pair_numerals: frozenset[str]
    group_numerals: dict[str, float]  # a number word above two -> the number ('three': 3)
    definite_pair_nouns: frozenset[str]
    aside_preps: frozenset[str]
    host_verbs: frozenset[str]
    group_nouns: dict[str, float]  # a singular noun of a group -> its number ('pair': 2, 'trio': 3)
    state_plurals: frozenset[str]
    sectorless_pair_nouns: frozenset[str]
    coref_possessives: frozenset[str]
    actor_nouns: frozenset[str]
    not_self_nouns: frozenset[str]
    actor_phrase_preps: frozenset[str]
    honorifics: frozenset[str]
    describing_verbs: frozenset[str]
    name_titles: frozenset[str]
    named_thing_nouns: frozenset[str]
    expletive_verbs: frozenset[str]
    title_sectors: frozenset[str]
    title_words: frozenset[str]
    monarch_words: frozenset[str]
    regnal_numerals: frozenset[str]
    place_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    building_nouns: frozenset[str]
    citizen_nouns: frozenset[str]
    form_confidence: dict[str, float]
    regional_groups: dict[str, str]  # a region's adjective (lower case) -> its organisation's code
    regional_group_heads: frozenset[str]
    regional_group_blockers: frozenset[str]
    combining_forms: dict[
        str, str
    ]  # a combining form before a hyphen ("anglo") -> its state's adjective alias
    combining_form_blockers: frozenset[str]  # form-adjective pairs naming no pair of states ("indo-chinese")
    court_seats: dict[str, str]  # the seat of the international courts (lower case, no "the") -> their code
    court_seat_blockers: frozenset[str]
    international_court_heads: frozenset[str]
    international_commission_heads: frozenset[str]
    international_body_words: frozenset[str]
    international_body_blockers: frozenset[str]
    # The words light coreference starts from, as the hashes of their lower-case forms (see `_cue_tokens`).
    coref_cues: frozenset[int]


_SECTOR_ENTRIES = ("sector_priority", "title_sectors")
_DERIVED = (
    "sector_rank",
    "form_confidence",
    "group_numerals",
    "group_nouns",
    "coref_cues",
    "regional_groups",
    "court_seats",
    "combining_forms",
)


@cache
def resolver_words() -> ResolverWords:
    """The resolver's word lists, read and checked once per process."""
    from .kb import SECTOR_CODES

    for entry in _SECTOR_ENTRIES:
        unknown = sorted(set(_words(entry, upper=True)) - SECTOR_CODES)
        if unknown:
            raise data_error(RESOLVER_WORDS, entry, f"{', '.join(unknown)} is not a sector code")
    sets: dict[str, Any] = {
        name: frozenset(_words(name, upper=name in _SECTOR_ENTRIES))
        for name in ResolverWords.__dataclass_fields__
        if name not in _DERIVED
    }
    sets["patron_heads"] = sets["patron_heads"] | sets["patron_suffixes"]
    cues = (
        sets["subject_pronouns"]
        | sets["country_nouns"]
        | sets["pair_nouns"]
        | sets["definite_pair_nouns"]
        | sets["pair_numerals"]
        | set(_numbers("group_numerals"))
        | set(_numbers("group_nouns"))
        | sets["coref_possessives"]
    )
    return ResolverWords(
        sector_rank={s: i for i, s in enumerate(_words("sector_priority", upper=True))},
        form_confidence=_numbers("form_confidence"),
        group_numerals=_numbers("group_numerals"),
        group_nouns=_numbers("group_nouns"),
        regional_groups=_codes("regional_groups"),
        court_seats=_codes("court_seats"),
        combining_forms=_codes("combining_forms"),
        coref_cues=frozenset(hash_string(w) for w in cues),
        **sets,
    )
