"""Reads stored events with their article provenance, and the shared filters of the system model.

Every analysis in `realpolitik.system` starts from `load_events`, so every figure traces to event ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import duckdb

from ..corrections import Correction, Overlay
from ..errors import InputError, StoreError
from ..records import MODALITIES
from ..store import Store


@dataclass(frozen=True, slots=True)
class Corrected:
    """A database read with the analyst's corrections applied (see `realpolitik.corrections`).

    Pass it wherever a `Store` or connection goes: every figure built from `load_events` then
    counts recoded events as corrected and leaves rejected ones out.
    """

    source: duckdb.DuckDBPyConnection | Store
    overlay: Overlay


ConLike = duckdb.DuckDBPyConnection | Store | Corrected

WINDOWS: tuple[str, ...] = ("day", "week", "month", "quarter", "year", "all")
ASSERTED: tuple[str, ...] = ("asserted",)

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
    goldstein: float
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
            "trigger": self.trigger,
            "confidence": self.confidence,
        }

    def directed_pairs(self) -> list[tuple[str, str]]:
        """The (source, target) code pairs this event stands for, self-pairs dropped.

        A reciprocal event ("A and B agreed") acts both ways; a reciprocal event with co-sources
        and no target links the co-sources with each other.
        """
        pairs: list[tuple[str, str]] = []
        targets = self.targets
        if self.reciprocal and not targets:
            targets = self.sources
        for s in self.sources:
            for t in targets:
                if s != t and (s, t) not in pairs:
                    pairs.append((s, t))
        if self.reciprocal:
            for s, t in list(pairs):
                if (t, s) not in pairs:
                    pairs.append((t, s))
        return pairs

    def pair_weight(self) -> float:
        """1/(k-1) for an event among k distinct actors: a group event shared over its pairs."""
        k = len(set(self.sources) | set(self.targets))
        return 1.0 / (k - 1) if k > 2 else 1.0

    def undirected_pairs(self) -> list[tuple[str, str]]:
        """The unordered pairs (a < b) of this event: a reciprocal event counts once per pair."""
        seen: list[tuple[str, str]] = []
        for s, t in self.directed_pairs():
            key = (s, t) if s < t else (t, s)
            if key not in seen:
                seen.append(key)
        return seen


def connection(source: ConLike) -> duckdb.DuckDBPyConnection:
    """The DuckDB connection behind a `Store`, a `Corrected` source or a bare connection."""
    if isinstance(source, Corrected):
        source = source.source
    return source.con if isinstance(source, Store) else source


def overlay_of(source: ConLike) -> Overlay | None:
    """The corrections applied to reads from `source`, if any."""
    return source.overlay if isinstance(source, Corrected) else None


def _corrected(row: EvidenceRow, fix: Correction) -> EvidenceRow | None:
    if fix.action == "reject":
        return None
    if fix.action != "recode" or fix.corrected is None:
        return row
    new = fix.corrected
    return replace(
        row,
        event=new.event,
        cameo=new.cameo,
        goldstein=new.goldstein,
        quad_class=new.quad_class,
        sources=_codes(a.to_dict() for a in new.source),
        targets=_codes(a.to_dict() for a in new.target),
        modality=new.modality,
    )


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


def load_events(
    source: ConLike,
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | Sequence[str] | None = None,
    modalities: Sequence[str] | None = ASSERTED,
    outlet: str | None = None,
    event_ids: Sequence[str] | None = None,
) -> list[EvidenceRow]:
    """Stored events joined with their article, filtered, in date order (undated last).

    `since`/`until` are inclusive YYYY-MM-DD bounds (undated events drop out when either is set);
    `actor` keeps events with that code (or any of several) on either side; `modalities=None`
    keeps every modality.
    """
    con = connection(source)
    overlay = overlay_of(source)
    mods = check_modalities(modalities)
    # A recode may change the modality, so with corrections the modality is checked after them.
    where = ["e.modality IN (SELECT unnest(?))"]
    params: list[Any] = [list(MODALITIES if overlay else mods)]
    for bound, op in ((since, ">="), (until, "<=")):
        if bound is not None:
            try:
                date.fromisoformat(bound)
            except ValueError as exc:
                raise InputError(f"bad date {bound!r}", hint="give dates as YYYY-MM-DD") from exc
            where.append(f"COALESCE(e.date, a.date) {op} CAST(? AS DATE)")
            params.append(bound)
    if outlet is not None:
        where.append("a.outlet = ?")
        params.append(outlet)
    if event_ids is not None:
        where.append("e.id IN (SELECT unnest(?))")
        params.append(list(event_ids))
    sql = f"""
        SELECT e.id, e.article_id, CAST(COALESCE(e.date, a.date) AS VARCHAR), e.event, e.cameo,
               e.goldstein, e.quad_class, e.source, e.target, e.modality, COALESCE(e.reciprocal, FALSE),
               a.outlet, a.title, a.source, a.url, COALESCE(e.evidence_text, ''),
               e.attribution_text, COALESCE(e.trigger, ''), COALESCE(e.confidence, 1.0)
        FROM events e LEFT JOIN articles a ON a.id = e.article_id
        WHERE {" AND ".join(where)}
        ORDER BY COALESCE(e.date, a.date) NULLS LAST, e.article_id, e.idx
    """
    try:
        rows = con.execute(sql, params).fetchall()
    except duckdb.Error as exc:
        raise StoreError(f"cannot read events: {exc} (is this a realpolitik database?)") from exc
    wanted: set[str] | None = None
    if actor is not None:
        wanted = {actor} if isinstance(actor, str) else set(actor)
    out: list[EvidenceRow] = []
    for r in rows:
        row = EvidenceRow(
            event_id=r[0], article_id=r[1], date=r[2], event=r[3] or "", cameo=r[4] or "",
            goldstein=float(r[5] or 0.0), quad_class=int(r[6] or 0), sources=_codes(r[7]),
            targets=_codes(r[8]), modality=r[9], reciprocal=bool(r[10]), outlet=r[11], title=r[12],
            source_path=r[13], url=r[14], evidence_text=r[15], attribution=r[16], trigger=r[17],
            confidence=float(r[18]),
        )  # fmt: skip
        if overlay is not None:
            fix = overlay.get(row.event_id)
            corrected = _corrected(row, fix) if fix is not None else row
            if corrected is None or corrected.modality not in mods:
                continue
            row = corrected
        if wanted is not None and not wanted.intersection(row.sources + row.targets):
            continue
        out.append(row)
    return out


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


def net_of(rows: Iterable[EvidenceRow]) -> float:
    """The net score of events, each (outlet, event type, date) counted once, multilateral ones shared.

    An outlet that restates the same event in several sentences (or articles of one day) weighs as
    one report; different outlets reporting it remain separate reports. An event among k > 2
    actors (a five-party meeting) weighs 1/(k-1) for each pair it links, the usual weighting of a
    group event projected onto pairs, so it does not count as k-1 full bilateral contacts.
    """
    best: dict[tuple[str | None, str, str], tuple[float, int]] = {}
    for r in rows:
        key = (r.outlet, r.event, r.date or r.article_id)
        weight = r.pair_weight()
        if key not in best or weight > best[key][0]:
            best[key] = (weight, r.quad_class)
    num = 0.0
    den = 0.0
    for weight, quad in best.values():
        w = QUAD_WEIGHT.get(quad, 0)
        num += weight * w
        den += weight * abs(w)
    return round(num / den, 4) if den else 0.0
