"""Reads stored events with their article provenance, and the shared filters of the system model.

Every analysis in `realpolitik.system` starts from `load_events`, so every figure traces to event ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb

from ..corrections import Overlay
from ..errors import InputError
from ..records import MODALITIES, shown_date
from ..store import EventFilter, Reader, Store, acts_for_state, done_to_state

_ACTOR_JSON = '[{"code": "VARCHAR", "sector": "VARCHAR", "text": "VARCHAR"}]'


@dataclass(frozen=True, slots=True)
class Corrected:
    """A database read with the analyst's corrections applied (see `realpolitik.corrections`).

    Pass it wherever a `Store`, `Reader` or connection goes: it is the store read side's overlay,
    so every figure (the DuckDB aggregates included) counts recoded events as corrected and
    leaves rejected ones out.
    """

    source: duckdb.DuckDBPyConnection | Store | Reader
    overlay: Overlay

    def reader(self) -> Reader:
        base = Reader.of(self.source)
        return Reader(base.con, overlay=self, path=base.path)

    def events_sql(self, base: str) -> tuple[str, list[Any]]:
        """The events relation with rejected events left out and recoded ones replaced."""
        fixes = [
            (eid, c) for eid, c in sorted(self.overlay.by_event.items()) if c.action in ("reject", "recode")
        ]
        cols: dict[str, list[Any]] = {
            k: [] for k in ("id", "action", "event", "cameo", "gold", "quad", "modality", "src", "tgt")
        }
        for eid, c in fixes:
            new = c.corrected if c.action == "recode" else None
            cols["id"].append(eid)
            cols["action"].append(c.action if new is not None or c.action == "reject" else "confirm")
            cols["event"].append(new.event if new else None)
            cols["cameo"].append(new.cameo if new else None)
            cols["gold"].append(new.goldstein if new else None)
            cols["quad"].append(new.quad_class if new else None)
            cols["modality"].append(new.modality if new else None)
            cols["src"].append(json.dumps([a.to_dict() for a in new.source]) if new else "[]")
            cols["tgt"].append(json.dumps([a.to_dict() for a in new.target]) if new else "[]")
        recode = "c.action = 'recode'"
        sql = f"""
SELECT b.* REPLACE (
    CASE WHEN {recode} THEN c.event ELSE b.event END AS event,
    CASE WHEN {recode} THEN c.cameo ELSE b.cameo END AS cameo,
    CASE WHEN {recode} THEN c.gold ELSE b.goldstein END AS goldstein,
    CASE WHEN {recode} THEN c.gold IS NOT NULL ELSE b.weighed END AS weighed,
    CASE WHEN {recode} THEN c.quad ELSE b.quad_class END AS quad_class,
    CASE WHEN {recode} THEN c.modality ELSE b.modality END AS modality,
    CASE WHEN {recode} THEN c.source ELSE b.source END AS source,
    CASE WHEN {recode} THEN c.target ELSE b.target END AS target,
    CASE WHEN {recode} THEN c.src_codes ELSE b.src_codes END AS src_codes,
    CASE WHEN {recode} THEN c.tgt_codes ELSE b.tgt_codes END AS tgt_codes
)
FROM {base} b LEFT JOIN (
    SELECT *, list_transform(source, lambda x: x.code) AS src_codes,
           list_transform(target, lambda x: x.code) AS tgt_codes
    FROM (
        SELECT id, action, event, cameo, gold, quad, modality,
               from_json(src, '{_ACTOR_JSON}') AS source, from_json(tgt, '{_ACTOR_JSON}') AS target
        FROM (SELECT unnest(?::VARCHAR[]) AS id, unnest(?::VARCHAR[]) AS action, unnest(?::VARCHAR[]) AS event,
                     unnest(?::VARCHAR[]) AS cameo, unnest(?::DOUBLE[]) AS gold, unnest(?::INTEGER[]) AS quad,
                     unnest(?::VARCHAR[]) AS modality, unnest(?::VARCHAR[]) AS src, unnest(?::VARCHAR[]) AS tgt)
    )
) c ON c.id = b.id
WHERE c.action IS DISTINCT FROM 'reject'
"""
        return sql, [
            cols[k] for k in ("id", "action", "event", "cameo", "gold", "quad", "modality", "src", "tgt")
        ]


ConLike = duckdb.DuckDBPyConnection | Store | Reader | Corrected

WINDOWS: tuple[str, ...] = ("day", "week", "month", "quarter", "year", "all")

# Net-score weights per quad class: material acts weigh twice a verbal one, conflict counts negative.
QUAD_WEIGHT: dict[int, int] = {1: 1, 2: 2, 3: -1, 4: -2}


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One stored event with the article it came from: the unit every figure is traced back to."""

    event_id: str
    article_id: str
    date: str | None  # YYYY-MM-DD: the event's date, else the article's
    event: str  # PLOVER type
    cameo: str
    goldstein: float  # 0.0 where the event has no weight (`weighed` False)
    quad_class: int
    sources: tuple[str, ...]  # actor codes, in text order
    targets: tuple[str, ...]
    modality: str
    reciprocal: bool
    outlet: str | None
    title: str | None
    source_path: str | None
    url: str | None
    evidence_text: str
    attribution: str | None
    trigger: str
    confidence: float
    attribution_kind: str | None = None
    line: int | None = None  # first line of the article in its source file
    date_precision: str | None = None  # day, month, year, or article (the article's date stood in)
    weighed: bool = True  # the event carries a Goldstein weight (means count weighed events only)
    attribution_code: str | None = None  # the actor the attribution is coded to (its speaker's country)
    # the codes of `sources` and `targets` that stand for their state in the dyads (`store.acts_for_state`:
    # "a gunman", IRN REB, is no Iranian deed); None: all of them
    state_sources: tuple[str, ...] | None = None
    state_targets: tuple[str, ...] | None = None
    # (text, code) of each source mention, as written ("Velayati", IRN): who says a verbal event (`claimed_by`)
    source_actors: tuple[tuple[str | None, str | None], ...] = ()

    @property
    def claimed_by(self) -> str:
        """Who claims the event, as every evidence row writes it (`wording.claimed_by`): the attributed speaker,
        the source of an accusation, threat or demand said (`wording.is_claim`) nobody else is said to report,
        or the outlet's own account."""
        from .names import claim_of

        return claim_of(
            self.attribution, self.attribution_code, self.attribution_kind, self.outlet,
            quad_class=self.quad_class, sources=self.source_actors, reciprocal=self.reciprocal, cameo=self.cameo,
        )  # fmt: skip

    @property
    def pair_sources(self) -> tuple[str, ...]:
        """The sources that stand for their state: the ones the dyads pair."""
        return self.sources if self.state_sources is None else self.state_sources

    @property
    def pair_targets(self) -> tuple[str, ...]:
        """The targets the dyads pair: done to their state, or acting for it in a reciprocal event."""
        return self.targets if self.state_targets is None else self.state_targets

    @property
    def weight(self) -> float | None:
        """The Goldstein weight, None where the event has none (what means of weights read)."""
        return self.goldstein if self.weighed else None

    @property
    def shown_date(self) -> str | None:
        """The date as precisely as the text gave it ("2020" for "the 2020 statement"; `records.shown_date`)."""
        return shown_date(self.date, self.date_precision)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "date": self.date,
            "event": self.event,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "sources": list(self.sources),
            "targets": list(self.targets),
            "modality": self.modality,
            "reciprocal": self.reciprocal,
            "outlet": self.outlet,
            "title": self.title,
            "source_path": self.source_path,
            "url": self.url,
            "evidence_text": self.evidence_text,
            "attribution": self.attribution,
            "attribution_kind": self.attribution_kind,
            # who claims it, in words (the attributed speaker, a verbal attack's source, or the outlet's account)
            "claimed_by": self.claimed_by,
            "trigger": self.trigger,
            "confidence": self.confidence,
        }

    def directed_pairs(self) -> list[tuple[str, str]]:
        """The (source, target) code pairs this event stands for, self-pairs dropped.

        A reciprocal event ("A and B agreed", "A and B clashed", "accused each other") acts both
        ways; when its parties are all on one side, every two of them are linked. Parties on one
        side of an event the coder did not mark reciprocal ("A and B condemned X", X uncoded) are
        not linked to each other. An actor is never paired with itself, and only parties that stand
        for their state are paired (`pair_sources`, `pair_targets`; `store.acts_for_state`).
        """
        pairs: list[tuple[str, str]] = []
        sources, targets = self.pair_sources, self.pair_targets
        one_side = not sources or not targets
        if one_side and not self.reciprocal:
            return pairs
        if not sources:
            sources = targets
        if not targets:
            targets = sources
        for s in sources:
            for t in targets:
                if s != t and (s, t) not in pairs:
                    pairs.append((s, t))
        if self.reciprocal:
            for s, t in list(pairs):
                if (t, s) not in pairs:
                    pairs.append((t, s))
        return pairs

    def side_on(self, a: str, b: str) -> int:
        """Who acted for the pair (a, b): 1 when a acted on b, 2 when b acted on a, 0 when they acted
        together (a reciprocal event, or all parties on one side)."""
        if self.reciprocal or not self.pair_targets:
            return 0
        if a in self.pair_sources and b in self.pair_targets:
            return 1
        return 2 if b in self.pair_sources and a in self.pair_targets else 0

    def pair_weight(self) -> float:
        """1/(k-1) for an event among k distinct actors: a group event shared over its pairs."""
        k = len(set(self.pair_sources) | set(self.pair_targets))
        return 1.0 / (k - 1) if k > 2 else 1.0

    def undirected_pairs(self) -> list[tuple[str, str]]:
        """The unordered pairs (a < b) of this event: a reciprocal event counts once per pair."""
        seen: list[tuple[str, str]] = []
        for s, t in self.directed_pairs():
            key = (s, t) if s < t else (t, s)
            if key not in seen:
                seen.append(key)
        return seen


def overlay_of(source: ConLike) -> Overlay | None:
    """The corrections applied to reads from `source`, if any."""
    if isinstance(source, Reader) and isinstance(source.overlay, Corrected):
        return source.overlay.overlay
    return source.overlay if isinstance(source, Corrected) else None


def connection(source: ConLike) -> duckdb.DuckDBPyConnection:
    """The DuckDB connection behind a `Reader`, a `Store`, a `Corrected` source or a bare connection."""
    if isinstance(source, Corrected):
        source = source.source
    return source.con if isinstance(source, Store | Reader) else source


def check_window(window: str) -> str:
    if window not in WINDOWS:
        raise InputError(f"unknown window '{window}'", hint=f"use one of {', '.join(WINDOWS)}")
    return window


def check_modalities(modalities: Sequence[str] | None) -> tuple[str, ...]:
    """None means every modality; unknown names are an input error."""
    if modalities is None:
        return MODALITIES
    bad = [m for m in modalities if m not in MODALITIES]
    if bad:
        raise InputError(f"unknown modality {bad[0]!r}", hint=f"use one of {', '.join(MODALITIES)}")
    return tuple(modalities)


def window_label(day: str | None, window: str) -> str | None:
    """The label of the window a YYYY-MM-DD date falls in (2021-06, 2021-W24, 2021-Q2, ...)."""
    if window == "all":
        return "all"
    if day is None:
        return None
    d = date.fromisoformat(day)
    if window == "day":
        return d.isoformat()
    if window == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if window == "month":
        return f"{d.year}-{d.month:02d}"
    if window == "quarter":
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return str(d.year)


def window_ordinal(label: str, window: str) -> int:
    """A position on a regular time axis, so trends see the gaps between windows."""
    if window == "day":
        return date.fromisoformat(label).toordinal()
    if window == "week":
        year, week = label.split("-W")
        return date.fromisocalendar(int(year), int(week), 1).toordinal() // 7
    if window == "month":
        year, month = label.split("-")
        return int(year) * 12 + int(month) - 1
    if window == "quarter":
        year, quarter = label.split("-Q")
        return int(year) * 4 + int(quarter) - 1
    if window == "year":
        return int(label)
    return 0


def window_bounds(label: str, window: str) -> tuple[str, str]:
    """First and last day (inclusive, YYYY-MM-DD) of a window label."""
    try:
        return _window_bounds(label, window)
    except ValueError as exc:
        raise InputError(
            f"cannot read the {window} window {label!r}",
            hint="write days as 2022-09-13, weeks as 2022-W37, months as 2022-09, quarters as 2022-Q3, years as 2022",
        ) from exc


def _window_bounds(label: str, window: str) -> tuple[str, str]:
    if window == "day":
        return date.fromisoformat(label).isoformat(), date.fromisoformat(label).isoformat()
    if window == "week":
        wyear, wnum = label.split("-W")
        start = date.fromisocalendar(int(wyear), int(wnum), 1)
        return start.isoformat(), (start + timedelta(days=6)).isoformat()
    if window in ("month", "quarter"):
        if window == "month":
            y, first = (int(x) for x in label.split("-"))
            months = 1
        else:
            y, q = (int(x) for x in label.split("-Q"))
            first, months = (q - 1) * 3 + 1, 3
        start = date(y, first, 1)
        nxt = date(y + (first + months - 1) // 12, (first + months - 1) % 12 + 1, 1)
        return start.isoformat(), (nxt - timedelta(days=1)).isoformat()
    if window == "year":
        year = date(int(label), 1, 1).year
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    raise InputError(f"window '{window}' has no bounds")


def _codes(actors: Iterable[dict[str, Any]] | None) -> tuple[str, ...]:
    out: list[str] = []
    for a in actors or ():
        code = a.get("code") if isinstance(a, dict) else None
        if code and code not in out:
            out.append(code)
    return tuple(out)


def _state_codes(actors: Iterable[dict[str, Any]] | None, acting: bool) -> tuple[str, ...]:
    """The codes of `actors` that stand for their state (any of the code's mentions on the side):
    acting for it (`acting`), or done to it."""
    rule = acts_for_state if acting else done_to_state
    keep = [a for a in actors or () if isinstance(a, dict) and rule(a.get("code") or "", a.get("sector"))]
    return _codes(keep)


def evidence_row(r: dict[str, Any]) -> EvidenceRow:
    """One row of the events relation (`Reader.events`) as an evidence row: what `load_events` gives, and what
    the event exports read who claims each event from (`EvidenceRow.claimed_by`)."""
    day = r["date"]
    return EvidenceRow(
        event_id=r["id"], article_id=r["article_id"], date=day.isoformat() if day is not None else None,
        event=r["event"] or "", cameo=r["cameo"] or "", goldstein=float(r["goldstein"]),
        quad_class=int(r["quad_class"]), sources=_codes(r["source"]), targets=_codes(r["target"]),
        modality=r["modality"], reciprocal=bool(r["reciprocal"]), outlet=r["outlet"], title=r["article_title"],
        source_path=r["source_path"], url=r["url"], evidence_text=r["evidence_text"],
        attribution=r["attribution_text"], trigger=r["trigger"], confidence=float(r["confidence"]),
        attribution_kind=r["attribution_kind"], attribution_code=r.get("attribution_code"),
        line=r["start_line"], date_precision=r.get("date_precision"),
        weighed=bool(r.get("weighed", True)), state_sources=_state_codes(r["source"], True),
        state_targets=_state_codes(r["target"], bool(r["reciprocal"])),
        source_actors=tuple((a.get("text"), a.get("code")) for a in r["source"] or () if isinstance(a, dict)),
    )  # fmt: skip


def load_events(source: ConLike, flt: EventFilter = EventFilter()) -> list[EvidenceRow]:
    """Stored events joined with their article, filtered by `flt`, in date order (undated last).

    For figures over many events use the DuckDB aggregates (`dyads`, `signed_graph`); this list
    is for the evidence behind a figure and for per-outlet views.
    """
    return [evidence_row(r) for r in Reader.of(source).events(flt)]


def net_score(quads: Iterable[int]) -> float:
    """Net cooperation in [-1, 1]: sum of quad weights over sum of their magnitudes.

    Weights: verbal cooperation +1, material cooperation +2, verbal conflict -1, material
    conflict -2. Positive means the relation is mostly cooperative, negative mostly conflictual.
    """
    num = 0
    den = 0
    for q in quads:
        w = QUAD_WEIGHT.get(q, 0)
        num += w
        den += abs(w)
    return round(num / den, 4) if den else 0.0


VAGUE_PRECISIONS: tuple[str, ...] = ("year", "month")  # dates that name a period, not a day


def event_keys(rows: Sequence[EvidenceRow], pair: tuple[str, str] | None = None) -> list[tuple[object, ...]]:
    """The event each report stands for, as a key: (PLOVER type, quad class, date, acting side).

    The model's rule of what counts as one event (the SQL aggregate `Reader.pair_aggregates`
    follows it too): reports of the same type and quad class by the same acting side on the same
    date are one event, however many articles and outlets carry them (the one-a-day rule of TABARI,
    Phoenix and ICEWS). The quad class is part of the key because one PLOVER type can hold reports
    of opposite sign (REQUEST: an appeal is verbal cooperation, a demand verbal conflict), and two
    reports of opposite sign are never one event. A report dated only to a year or month (a
    background mention such as "the 2020 statement" in a 2023 article) takes the date of the
    earliest report of the same type, quad class and side dated to the day within that year or
    month: it names that event again. With none, the vague
    reports of one year or month are one event. An undated report is its article's own.

    With `pair` (a, b), the side is `EvidenceRow.side_on` (1, 2 or 0 for joint); without it, the
    rows' own source and target sets (0 for a reciprocal or one-sided event).
    """
    sides: list[object] = [
        r.side_on(*sorted(pair))
        if pair is not None
        else (
            0
            if r.reciprocal or not r.pair_targets
            else (frozenset(r.pair_sources), frozenset(r.pair_targets))
        )
        for r in rows
    ]
    first: dict[tuple[object, ...], str] = {}
    for r, side in zip(rows, sides, strict=True):
        if r.date and r.date_precision not in VAGUE_PRECISIONS:
            for unit, cut in (("year", 4), ("month", 7)):
                k = (r.event, r.quad_class, side, unit, r.date[:cut])
                if k not in first or r.date < first[k]:
                    first[k] = r.date
    keys: list[tuple[object, ...]] = []
    for r, side in zip(rows, sides, strict=True):
        day = r.date
        if day and r.date_precision in VAGUE_PRECISIONS:
            cut = 4 if r.date_precision == "year" else 7
            day = first.get((r.event, r.quad_class, side, r.date_precision, day[:cut]), day)
        keys.append((r.event, r.quad_class, day or r.article_id, side))
    return keys


def net_of(rows: Iterable[EvidenceRow], pair: tuple[str, str] | None = None) -> float:
    """The net score of events, each distinct event counted once (see `event_keys`), multilateral
    ones shared.

    An event restated in several sentences, articles or outlets weighs as one; deeds of the two
    sides are not one event: with `pair` (a, b) given, "a shelled b" and "b shelled a" the same day
    count twice. An event among k > 2 actors (a five-party meeting) weighs 1/(k-1) for each pair
    it links, the usual weighting of a group event projected onto pairs, so it does not count as
    k-1 full bilateral contacts; where reports of one event name different parties (the meeting,
    then "the meeting brought A and B to one table"), the report naming most parties sets the
    weight: a restatement leaves parties out more often than it adds an event.
    """
    rows = list(rows)
    best: dict[tuple[object, ...], tuple[float, int]] = {}
    for r, key in zip(rows, event_keys(rows, pair), strict=True):
        weight = r.pair_weight()
        if key not in best or weight < best[key][0]:
            best[key] = (weight, r.quad_class)
    num = 0.0
    den = 0.0
    for weight, quad in best.values():
        w = QUAD_WEIGHT.get(quad, 0)
        num += weight * w
        den += weight * abs(w)
    return round(num / den, 4) if den else 0.0


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """How the system model measures its own uncertainty and where headlines stop.

    `runs` bootstrap replicates (articles resampled) give each net score an interval at `level`;
    `bloc_runs` resampled corpora give each bloc membership its stability; everything is seeded
    by `seed`. A headline (summary, strongest pairs, trends, disagreements) needs `min_articles`
    distinct articles; a disagreement needs `min_side_events` events on each side.
    """

    runs: int = 200
    bloc_runs: int = 200
    level: float = 0.95
    seed: int = 42
    min_articles: int = 2
    min_side_events: int = 2
    stable: float = 0.8  # a bloc membership at least this stable is shown as stable
    # an uncertain pair with at least this share of its bootstrap replicates on one side of zero is
    # shown leaning that way ("uncertain, leans conflictual (87 %)"): words and a tint only, never a
    # reading (blocs, headlines and the issue-10 checks read `reading`)
    lean: float = 0.75

    def __post_init__(self) -> None:
        if self.runs < 1 or self.bloc_runs < 1:
            raise InputError("the number of resampled runs must be at least 1")
        if not 0.5 < self.lean <= 1:
            raise InputError(
                f"lean share {self.lean} is not above 0.5 and at most 1",
                hint="use e.g. 0.75: a side holding three replicates in four",
            )
        if not 0 < self.level < 1:
            raise InputError(f"interval level {self.level} is not between 0 and 1", hint="use e.g. 0.95")
        if self.min_articles < 1 or self.min_side_events < 1:
            raise InputError("headline floors must be at least 1")


def lean_of(
    reading: str, share_conflictual: float | None, share_cooperative: float | None, at: float
) -> str | None:
    """`conflictual` or `cooperative` for an `uncertain` reading whose replicates on that side of
    zero make at least the share `at` (`ModelSettings.lean`), else None: a firm reading stays as it
    is, and a pair without shares (not resampled) has no lean."""
    if reading != "uncertain" or share_conflictual is None or share_cooperative is None:
        return None
    if share_conflictual >= at and share_conflictual >= share_cooperative:
        return "conflictual"
    if share_cooperative >= at:
        return "cooperative"
    return None


def reading_of(ci_low: float, ci_high: float) -> str:
    """`cooperative` when the whole interval is above zero, `conflictual` when below, else `uncertain`."""
    if ci_low > 0:
        return "cooperative"
    if ci_high < 0:
        return "conflictual"
    return "uncertain"
