"""The typed records that flow through the pipeline: articles, actor mentions and events.

Frozen dataclasses, never nested dicts; `to_dict` gives the JSON shape used by the CLI contracts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Modality = Literal["asserted", "negated", "hypothetical", "normative", "intended"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "normative", "intended")

DatePrecision = Literal["day", "month", "year", "article", "unknown"]


def shown_date(date: str | None, precision: str | None) -> str | None:
    """A date as precisely as the text gave it: "2020" for an event dated only to its year ("the 2020
    statement"), stored as the year's first day, "2020-10" for one dated to its month, else as stored."""
    if date and precision == "year":
        return date[:4]
    if date and precision == "month":
        return date[:7]
    return date


PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One article found in an input, with its provenance."""

    id: str  # content hash (sha256 hex of the normalised text, first 16 chars)
    source: str  # path of the file it came from, or "-" for stdin
    start_line: int  # 1-based, inclusive
    end_line: int  # 1-based, inclusive
    title: str | None
    date: str | None  # YYYY-MM-DD
    author: str | None
    outlet: str | None
    language: str | None  # ISO 639-1
    text: str
    date_ambiguous: bool = False  # day-first/month-first could not be decided
    url: str | None = None
    duplicate_of: str | None = None  # id of an earlier near-duplicate, if any

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span of text resolved to a coded political actor."""

    start: int  # character offsets into the document text
    end: int
    text: str
    code: str  # ISO3, organisation code (NATO, EU, ...) or project code
    sector: str | None  # GOV, MIL, REB, OPP, SPY, MED, CVL, IGO, ...
    kb_id: str | None  # id of the knowledge-base entry that matched
    why: str  # how it matched, for explanation ("alias 'the Kremlin' of RUS", ...)
    confidence: float = 1.0
    # What the mention is in its sentence: "actor" (a political actor), "place" (a country named as a location:
    # "talks in Baku"), "patron" (the backer of another actor: "Iran-backed militias"), "coreference"
    # (a pronoun or "the country" standing for an actor named earlier). See ROLES.
    role: str = "actor"
    # Whether the mention names a person: a knowledge-base person (`kb_id` "person-..."), one only the text
    # names ("Emil Hart, a former Armenian diplomat": `kb_id` None, no entry knows them), or a pronoun standing
    # for one. The event coder reads people by this field, not by the id.
    person: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


ROLES = ("actor", "place", "patron", "coreference")


@dataclass(frozen=True, slots=True)
class EventActor:
    """An actor as it appears in an event record."""

    code: str
    sector: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "sector": self.sector, "text": self.text}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who the text says claims the event (a speaker actor, a named expert or an outlet)."""

    text: str
    code: str | None = None
    sector: str | None = None
    # speaker | expert | outlet | role (a transcript's role label, "Question:", "MODERATOR:", "Q:": no actor)
    kind: str = "speaker"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, how surely, when and on whose word, with the evidence span."""

    event: str  # PLOVER type
    cameo: str  # 3 or 4 digit CAMEO code
    goldstein: float
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    source: tuple[EventActor, ...]
    target: tuple[EventActor, ...]
    modality: str  # one of MODALITIES
    attribution: Attribution | None
    date: str | None  # YYYY-MM-DD
    date_precision: str  # one of DatePrecision
    evidence_start: int  # character offsets of the sentence span into the document text
    evidence_end: int
    trigger: str = ""  # the words that carry the event ("signed", "imposed sanctions")
    confidence: float = 1.0
    reciprocal: bool = False  # "X and Y agreed": each acts on the other

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "modality": self.modality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "evidence": {"start": self.evidence_start, "end": self.evidence_end},
            "trigger": self.trigger,
            "confidence": self.confidence,
            "reciprocal": self.reciprocal,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input (or part of one) that was not processed, and why."""

    source: str
    line: int | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did: counts, skipped inputs and near-duplicates found."""

    articles_seen: int = 0
    articles_added: int = 0
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)  # (id, duplicate_of, similarity)
    skipped: list[Skipped] = field(default_factory=list)
