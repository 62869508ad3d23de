"""The report's view model: plain records read from the store and from `realpolitik.system`.

Nothing here renders HTML; `render.py` turns a `ReportData` into the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..store import Reader
from ..system._events import EvidenceRow

NON_ASSERTED = ("negated", "hypothetical", "normative", "intended")
UNKNOWN_OUTLET = "(unknown outlet)"
QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence behind a figure, with everything needed to judge it."""

    event_id: str
    sentence: str
    outlet: str | None
    date: str | None
    modality: str
    attribution: str | None
    attribution_kind: str | None
    event: str
    cameo: str
    goldstein: float
    quad_class: int
    source: str  # actor codes joined, as coded
    target: str
    title: str | None
    path: str
    line: int | None


@dataclass(frozen=True, slots=True)
class MonthPoint:
    month: str  # YYYY-MM
    net: float
    quad_counts: tuple[int, int, int, int]


@dataclass(slots=True)
class Dyad:
    """A pair of actors over the whole period, with its timeline and evidence."""

    a: str
    b: str
    events: int
    net: float
    mean_goldstein: float
    quad_counts: tuple[int, int, int, int]
    outlets: int
    articles: int
    trend: str | None = None
    months: list[MonthPoint] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    set_aside_ids: list[str] = field(default_factory=list)  # non-asserted events of the same pair
    evidence: list[Evidence] = field(default_factory=list)
    set_aside: list[Evidence] = field(default_factory=list)
    timeline_svg: str = ""
    ci_low: float = 0.0
    ci_high: float = 0.0
    reading: str = "uncertain"

    @property
    def key(self) -> str:
        return f"{self.a}–{self.b}"

    @property
    def uncertain(self) -> bool:
        return self.reading == "uncertain"


@dataclass(frozen=True, slots=True)
class OutletCount:
    name: str
    articles: int


@dataclass(frozen=True, slots=True)
class SkippedRow:
    source: str
    line: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    title: str | None
    outlet: str | None
    path: str
    line: int | None
    original_title: str | None
    original_outlet: str | None


@dataclass(slots=True)
class Corpus:
    """What was read."""

    articles: int = 0
    coded: int = 0
    outlets: list[OutletCount] = field(default_factory=list)
    languages: list[tuple[str, int]] = field(default_factory=list)
    first_date: date | None = None
    last_date: date | None = None
    undated: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    skipped_by_reason: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    sources: int = 0

    @property
    def named_outlets(self) -> int:
        return sum(1 for o in self.outlets if o.name != UNKNOWN_OUTLET)

    @property
    def without_outlet(self) -> int:
        return sum(o.articles for o in self.outlets if o.name == UNKNOWN_OUTLET)


@dataclass(slots=True)
class Modalities:
    total: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def asserted(self) -> int:
        return self.counts.get("asserted", 0)

    @property
    def set_aside(self) -> int:
        return sum(self.counts.get(m, 0) for m in NON_ASSERTED)


@dataclass(slots=True)
class Triad:
    members: tuple[str, str, str]
    signs: list[tuple[str, str, int]]  # (a, b, +1/-1) for the three edges
    description: str = ""
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)  # "A–B" -> sentences


@dataclass(slots=True)
class Blocs:
    available: bool = False
    note: str = ""
    blocs: list[list[str]] = field(default_factory=list)
    balance: float | None = None
    triads: int = 0
    unbalanced: list[Triad] = field(default_factory=list)
    frustration: int = 0
    frustrated_edges: list[tuple[str, str, int]] = field(default_factory=list)
    stability: dict[str, float] = field(default_factory=dict)  # actor -> share of resampled runs
    unstable: list[str] = field(default_factory=list)
    stable_at: float = 0.8
    runs: int = 0
    co_membership: list[tuple[str, str, float]] = field(default_factory=list)
    uncertain_left_out: int = 0

    @property
    def groups(self) -> list[list[str]]:
        """Blocs of two or more actors."""
        return [b for b in self.blocs if len(b) > 1]

    @property
    def alone(self) -> list[str]:
        """Actors with no bloc partner."""
        return sorted(b[0] for b in self.blocs if len(b) == 1)


@dataclass(slots=True)
class Axis:
    """An alignment named in the text, beside what the events say about its member pairs."""

    name: str
    names: list[str]
    kind: str
    members: list[str]
    mentions: int
    outlets: list[str]
    evidence: list[Evidence] = field(default_factory=list)
    ties: list[tuple[str, str, int]] = field(default_factory=list)  # sign per member pair, 0 = no events
    supported: bool | None = None


@dataclass(slots=True)
class OutletView:
    outlet: str
    dyad: str
    events: int
    net: float
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Side:
    """The outlets telling one story about a pair, and the sentences that carry it."""

    outlets: list[OutletView]
    net: float
    events: int
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Disagreement:
    dyad: str
    score: float  # 0..1, 1 = one outlet pure cooperation, another pure conflict
    cooperative: Side
    conflictual: Side
    one_sentence: bool = False  # a side rests on a single event


@dataclass(frozen=True, slots=True)
class Tone:
    """How one outlet says an actor is treated (mean Goldstein of events targeting it)."""

    tone: float
    events: int


@dataclass(slots=True)
class Perspectives:
    outlets: list[str] = field(default_factory=list)
    dyads: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], OutletView] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    tone: dict[tuple[str, str], Tone] = field(default_factory=dict)  # (outlet, actor)


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Findings kept out of the headlines: too few articles, an interval spanning zero, or a
    disagreement with a side resting on one sentence."""

    floor: int = 2
    thin: int = 0
    uncertain: int = 0
    one_sentence: int = 0

    @property
    def total(self) -> int:
        return self.thin + self.uncertain + self.one_sentence


@dataclass(slots=True)
class ReportData:
    """Everything the template needs, computed once."""

    title: str
    db_path: str
    generated: str
    corpus: Corpus
    modalities: Modalities
    dyads: list[Dyad]
    cooperative: list[Dyad]
    conflictual: list[Dyad]
    blocs: Blocs
    axes: list[Axis]
    implied_triangles: list[tuple[str, str, str]]
    perspectives: Perspectives
    network_svg: str = ""
    network_nodes: int = 0
    network_edges: int = 0
    summary: list[str] = field(default_factory=list)
    source_note: str = ""  # where the dyad figures came from (system module or the interim SQL)
    left_out: LeftOut = field(default_factory=LeftOut)
    names: dict[str, str] = field(default_factory=dict)  # actor code -> most frequent written name
    extra: dict[str, Any] = field(default_factory=dict)
    corrections: str | None = None  # "corrections applied (N: ...)" when the analyst's corrections are on


# -- plain reads of the store (data, not analysis) ------------------------------------------------


def read_corpus(reader: Reader) -> Corpus:
    """Articles, outlets, languages, dates, skipped inputs and near-duplicates."""
    c = Corpus()
    c.articles, c.coded, c.first_date, c.last_date, c.undated, c.sources = reader.article_totals()
    c.outlets = [OutletCount(name, n) for name, n in reader.articles_by("outlet", UNKNOWN_OUTLET)]
    c.languages = reader.articles_by("language", "?")
    c.skipped = [SkippedRow(*r) for r in reader.skipped()]
    by_reason: dict[str, int] = {}
    for s in c.skipped:
        by_reason[s.reason] = by_reason.get(s.reason, 0) + 1
    c.skipped_by_reason = sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0]))
    c.duplicates = [Duplicate(*r) for r in reader.near_duplicates()]
    return c


def read_modalities(reader: Reader) -> Modalities:
    m = Modalities()
    m.counts = reader.modality_counts()
    m.total = sum(m.counts.values())
    return m


def evidence_from_rows(rows: Iterable[EvidenceRow], limit: int = 6) -> list[Evidence]:
    """Quotes from the system model's evidence rows, newest first, one per sentence and outlet."""
    out: list[Evidence] = []
    seen: set[tuple[str, str]] = set()
    for r in sorted(rows, key=lambda r: (r.date or "", r.event_id), reverse=True):
        sentence = " ".join(r.evidence_text.split())
        key = (sentence, str(r.outlet))
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Evidence(
                event_id=r.event_id,
                sentence=sentence,
                outlet=r.outlet,
                date=r.date,
                modality=r.modality,
                attribution=r.attribution,
                attribution_kind=r.attribution_kind,
                event=r.event,
                cameo=r.cameo,
                goldstein=r.goldstein,
                quad_class=r.quad_class,
                source=", ".join(r.sources) or "?",
                target=", ".join(r.targets) or ("each other" if r.reciprocal else "?"),
                title=r.title,
                path=r.source_path or "?",
                line=r.line,
            )
        )
        if len(out) >= limit:
            break
    return out
