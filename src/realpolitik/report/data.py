"""The report's view model: the system's records (dyads, blocs, triads, disagreements) wrapped
with what only the report shows (quotes, timelines, SVG), plus plain reads of the corpus.

Nothing here renders HTML; `render.py` turns a `ReportData` into the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from ..store import Reader
from ..system._events import EvidenceRow
from ..system.balance import Balance, Triad
from ..system.blocs import Blocs
from ..system.dyads import Dyad
from ..system.names import actor_label, name_codes
from ..system.perspectives import Disagreement, OutletActor, OutletDyad, OutletSide
from ..wording import who_says

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
    # who claims it, as the CLI's `evidence` and the web app write it (`EvidenceRow.claimed_by`); "" for a
    # sentence that names an alignment (no event, no claim)
    claimed_by: str = ""


class _ReadsThrough:
    """A view whose other attributes are those of the record it wraps (the field `_through`
    names), so each figure has one definition: the record's."""

    __slots__ = ()
    _through: ClassVar[str]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == self._through:
            raise AttributeError(name)
        return getattr(getattr(self, self._through), name)


@dataclass(slots=True)
class DyadView(_ReadsThrough):
    """A system `Dyad` (the record, read through) with what only the report adds: its monthly
    timeline and trend label, the set-aside events of the pair, the quoted sentences, the SVG."""

    dyad: Dyad  # window "all"
    trend: str | None = None
    months: list[Dyad] = field(default_factory=list)  # the pair's monthly dyads, in time order
    set_aside_ids: list[str] = field(default_factory=list)  # non-asserted events of the same pair
    evidence: list[Evidence] = field(default_factory=list)
    set_aside: list[Evidence] = field(default_factory=list)
    timeline_svg: str = ""
    # why an uncertain pair is uncertain, in one line (`system.dyads.why_uncertain`); "" with a reading
    why: str = ""
    # every figure of the pair (a, b, net, events, ci_low, reading, ...) is the record's own
    _through: ClassVar[str] = "dyad"

    @property
    def key(self) -> str:
        return f"{self.dyad.a}–{self.dyad.b}"


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
class TriadView:
    """An unbalanced system `Triad` with the sentences behind each of its three ties."""

    triad: Triad
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)  # "A–B" -> sentences

    @property
    def edges(self) -> list[tuple[str, str, int]]:
        """(a, b, sign) of the ties a-b, a-c, b-c."""
        a, b, c = self.triad.nodes
        return [(x, y, s) for (x, y), s in zip(((a, b), (a, c), (b, c)), self.triad.signs, strict=True)]


@dataclass(slots=True)
class BlocsView(_ReadsThrough):
    """The system's `Blocs` and `Balance` as the report shows them: `found` is None (and `note`
    says why) when no signed tie holds; the unbalanced triads come with their sentences."""

    found: Blocs | None = None
    balanced: Balance | None = None
    note: str = ""
    unbalanced: list[TriadView] = field(default_factory=list)
    # frustration, frustrated_edges, runs, stable_at, unstable, uncertain_left_out, ...
    _through: ClassVar[str] = "found"

    @property
    def available(self) -> bool:
        return self.found is not None

    @property
    def blocs(self) -> tuple[tuple[str, ...], ...]:
        return self.found.blocs if self.found else ()

    @property
    def stability(self) -> dict[str, float]:
        """actor -> share of resampled runs that keep it with its bloc"""
        return dict(self.found.stability) if self.found else {}

    @property
    def balance(self) -> float | None:
        return self.balanced.balance if self.balanced else None

    @property
    def triads(self) -> int:
        return self.balanced.triads if self.balanced else 0

    @property
    def groups(self) -> list[tuple[str, ...]]:
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
    articles: int = 0  # distinct articles naming it
    evidence: list[Evidence] = field(default_factory=list)
    ties: list[tuple[str, str, int]] = field(default_factory=list)  # sign per member pair, 0 = no events
    supported: bool | None = None
    uncertain_ties: list[tuple[str, str]] = field(
        default_factory=list
    )  # pairs that are not firm (uncertain or thin)
    holds: bool | None = None  # `supported` over the firm ties only, as blocs are


@dataclass(frozen=True, slots=True)
class SideOutlet:
    """One outlet of a disagreement's side: its own net and events for the pair in the disagreement's window."""

    outlet: str
    net: float
    events: int


@dataclass(slots=True)
class SideView:
    """One side of a system `Disagreement`: its outlets' own pictures of the pair in the disagreement's
    window, and the side's sentences as quotes (net and events are the side's own)."""

    side: OutletSide
    outlets: list[SideOutlet]
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def net(self) -> float:
        return self.side.net

    @property
    def events(self) -> int:
        return self.side.events

    @property
    def articles(self) -> int:
        return self.side.articles


@dataclass(slots=True)
class DisagreementView:
    """A system `Disagreement` with both sides ready to show."""

    found: Disagreement
    cooperative: SideView
    conflictual: SideView

    @property
    def dyad(self) -> str:
        return f"{self.found.a}–{self.found.b}"

    @property
    def score(self) -> float:
        return self.found.score

    @property
    def one_sentence(self) -> bool:
        return self.found.one_sentence

    @property
    def thin(self) -> bool:
        """A side rests on fewer articles than the headline floor: shown, marked, never a headline."""
        return self.found.thin

    @property
    def thin_note(self) -> str:
        return self.found.thin_note


@dataclass(slots=True)
class Perspectives:
    outlets: list[str] = field(default_factory=list)
    dyads: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], OutletDyad] = field(default_factory=dict)  # (outlet, "A–B")
    disagreements: list[DisagreementView] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    tone: dict[tuple[str, str], OutletActor] = field(default_factory=dict)  # (outlet, actor)
    tone_outlets: list[str] = field(default_factory=list)  # the rows of `tone`, the unknown bucket last


@dataclass(frozen=True, slots=True)
class LeftOut:
    """Findings kept out of the headlines: too few articles, an interval spanning zero, a
    disagreement with a side resting on fewer articles than the floor, or an alignment named in too few
    articles."""

    floor: int = 2
    # a pair on fewer articles than this reads uncertain whatever it says (the headline floor)
    pair_floor: int = 2
    thin: int = 0  # pairs below `pair_floor`
    uncertain: int = 0  # pairs on at least `pair_floor` articles whose interval spans zero
    thin_disagreements: int = 0  # a side on fewer than `floor` articles
    alignments: int = 0
    # not left out, but said: pairs with a reading on fewer than `thin_below` articles (4 at 95 %),
    # named marked thin and left out of the blocs
    thin_readings: int = 0
    thin_below: int = 4

    @property
    def total(self) -> int:
        return self.thin + self.uncertain + self.thin_disagreements + self.alignments


@dataclass(slots=True)
class ReportData:
    """Everything the template needs, computed once."""

    title: str
    db_path: str
    generated: str
    corpus: Corpus
    modalities: Modalities
    dyads: list[DyadView]
    cooperative: list[DyadView]
    conflictual: list[DyadView]
    blocs: BlocsView
    axes: list[Axis]
    implied_triangles: list[tuple[str, str, str]]
    perspectives: Perspectives
    network_svg: str = ""
    # the kinds of tie the network draws, as its key writes them: label, colour, dash (in line widths), opacity
    network_key: list[dict[str, Any]] = field(default_factory=list)
    network_nodes: int = 0
    network_edges: int = 0
    # events of the timelines before their shared axis (a thin early tail), and the earliest month
    timeline_left_out: tuple[int, str | None] = (0, None)
    timeline_undated: int = 0  # events of the drawn pairs with no date: in no month, so not drawn
    summary: list[str] = field(default_factory=list)
    source_note: str = ""  # where the dyad figures came from (system module or the interim SQL)
    left_out: LeftOut = field(default_factory=LeftOut)
    names: dict[str, str] = field(default_factory=dict)  # actor code -> most frequent written name
    # code -> display name of the actors a bare code does not name (places, authorities, organisations)
    labels: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)
    corrections: str | None = None  # "corrections applied (N: ...)" when the analyst's corrections are on
    # uncertain pairs on at least the headline floor of articles that lean one way (`Dyad.lean`: at
    # least `lean_at` of their resampled corpora on that side), most leaning first: said beside the
    # headlines, never among them
    leaning_cooperative: list[DyadView] = field(default_factory=list)
    leaning_conflictual: list[DyadView] = field(default_factory=list)
    # uncertain pairs on at least the headline floor that lean neither way: said with why, beside the tables
    uncertain_even: list[DyadView] = field(default_factory=list)
    lean_at: float = 0.75  # `ModelSettings.lean`

    # -- actors as a reader meets them: by name, as the web app shows them (codes stay in machine fields) --

    def name(self, code: str) -> str:
        """The name shown for `code` ("Azerbaijan" for AZE, "Karabakh authorities" for XNK), as the web app
        shows it; the code itself when nothing names it."""
        return actor_label(code, self.names)

    def pair(self, a: str, b: str) -> str:
        """A pair by name: "Azerbaijan–Türkiye" for AZE–TUR."""
        return f"{self.name(a)}–{self.name(b)}"

    def joined(self, codes: Iterable[str], sep: str = ", ") -> str:
        """Actors by name, joined: "Armenia, Azerbaijan" (a triad's "Armenia–Azerbaijan–Iran" with `sep` "–")."""
        return sep.join(self.name(c) for c in codes)

    def actors(self, codes: str) -> str:
        """An evidence row's actors ("AZE, TUR", as `Evidence.source` holds them) by name: "Azerbaijan, Türkiye"
        ("?" and "each other" as they are)."""
        return ", ".join(self.name(c) for c in codes.split(", "))

    def named(self, text: str) -> str:
        """A sentence the system model wrote with codes ("held by one tie: with ARM on 4 articles"), with every
        code of an actor the report shows written as its name."""
        codes = (
            {c for d in self.dyads for c in (d.a, d.b)}
            | {m for a in self.axes for m in a.members}
            | set(self.names)
        )
        return name_codes(text, codes, self.name)


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
                date=r.shown_date,
                modality=r.modality,
                # a speaker named only by a pronoun ("I", "he") is written as the actor it was coded to
                attribution=who_says(r.attribution, r.attribution_code, r.attribution_kind) or None,
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
                claimed_by=r.claimed_by,
            )
        )
        if len(out) >= limit:
            break
    return out
