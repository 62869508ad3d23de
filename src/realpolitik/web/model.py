"""Cached calls into `realpolitik.system` for the web app: the shared snapshot, then filtered views.

The database is read-only while served, so each answer is computed once per parameter set and
forgotten when the server switches to a newer snapshot of the file.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..corrections import Overlay
from ..store import EventFilter, Reader
from ..system._events import Corrected, ModelSettings
from ..system.balance import Balance, model_balance
from ..system.blocs import Blocs, stable_blocs
from ..system.dyads import Dyad, Why, dyads, explain_dyads
from ..system.graph import graph_from_dyads
from ..system.perspectives import Disagreement, OutletDyad
from ..system.snapshot import Snapshot, snapshot
from .queries import ReadOnlyDB

T = TypeVar("T")
Actor = str | tuple[str, ...] | None
Mods = tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class Scope:
    """What a whole-period answer of the model (its blocs, its balance) is computed over: the events' dates,
    modalities, outlet and type, and the fewest events a dyad needs. Hashable, so it is the cache key."""

    since: str | None = None
    until: str | None = None
    modalities: Mods = ("asserted",)
    min_events: int = 1
    outlet: str | None = None
    event: str | None = None

    @property
    def whole(self) -> bool:
        """True for the defaults, so the shared snapshot answers without a new computation."""
        return self == Scope()

    def filter(self) -> EventFilter:
        return EventFilter.of(
            since=self.since,
            until=self.until,
            modalities=self.modalities,
            outlet=self.outlet,
            event=self.event,
        )


def _scope_filter(
    since: str | None,
    until: str | None,
    actor: Actor,
    modalities: Mods,
    outlet: str | None = None,
    event: str | None = None,
) -> EventFilter:
    """The store's filter for a scope of the web app (`dyads` and `explain` read the same events)."""
    who = list(actor) if isinstance(actor, tuple) else actor
    return EventFilter.of(
        since=since, until=until, actor=who, modalities=modalities, outlet=outlet, event=event
    )


class SystemView:
    """The system model over one read-only database, memoised (at most 256 answers per kind)."""

    def __init__(self, db: ReadOnlyDB, settings: ModelSettings = ModelSettings()):
        self.db = db
        self.settings = settings
        db.on_change(self.clear)
        self.dyads: Callable[..., tuple[Dyad, ...]] = functools.lru_cache(maxsize=256)(self._dyads)
        self.blocs: Callable[[Scope], Blocs] = functools.lru_cache(maxsize=256)(self._blocs)
        self.balance: Callable[[Scope], Balance] = functools.lru_cache(maxsize=256)(self._balance)
        self.pair: Callable[[str, str, str], tuple[Dyad, ...]] = functools.lru_cache(maxsize=256)(self._pair)
        self.why: Callable[[str, str], Why | None] = functools.lru_cache(maxsize=256)(self._why)
        self.whys: Callable[[Scope, tuple[tuple[str, str], ...]], dict[tuple[str, str], Why]] = (
            functools.lru_cache(maxsize=64)(self._whys)
        )
        self.outlet_dyads: Callable[[], tuple[OutletDyad, ...]] = functools.lru_cache(maxsize=1)(
            self._outlet_dyads
        )
        self.disagreements: Callable[[], tuple[Disagreement, ...]] = functools.lru_cache(maxsize=1)(
            self._disagreements
        )
        self._snapshot: Snapshot | None = None
        self._snapshot_lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        """The default view (asserted events, whole store): the same `system.snapshot` the report
        is built from, computed once per database."""
        with self._snapshot_lock:
            if self._snapshot is None:
                self._snapshot = self._with_cursor(lambda cur: snapshot(cur, settings=self.settings))
            return self._snapshot

    def set_overlay(self, overlay: Overlay | None) -> None:
        """Read events with these corrections applied from now on; cached answers are dropped."""
        # the reader of each request brings its own cursor; Corrected only lends its events_sql
        self.db.overlay = Corrected(self.db._con, overlay) if overlay is not None else None
        self.clear()

    def clear(self) -> None:
        """Forget every answer (the database changed)."""
        for cached in (
            self.dyads,
            self.blocs,
            self.balance,
            self.pair,
            self.why,
            self.whys,
            self.outlet_dyads,
            self.disagreements,
        ):
            cached.cache_clear()  # type: ignore[union-attr]

    def _with_cursor(self, fn: Callable[[Any], T]) -> T:
        cur = self.db.cursor()
        try:
            # every figure goes through the store's read side, with the database's overlay if any
            return fn(Reader(cur, overlay=self.db.overlay, path=self.db.path))
        finally:
            cur.close()

    def _dyads(
        self,
        window: str = "all",
        since: str | None = None,
        until: str | None = None,
        actor: Actor = None,
        modalities: Mods = ("asserted",),
        min_events: int = 1,
        outlet: str | None = None,
        event: str | None = None,
    ) -> tuple[Dyad, ...]:
        default = (None, None, None, ("asserted",), 1, None, None)
        if (since, until, actor, modalities, min_events, outlet, event) == default:
            if window == "all":
                return self.snapshot().whole
            if window == "month":
                return self.snapshot().monthly
        flt = _scope_filter(since, until, actor, modalities, outlet, event)
        return tuple(
            self._with_cursor(
                lambda cur: dyads(cur, flt, window=window, min_events=min_events, settings=self.settings)
            )
        )

    def _pair(self, window: str, a: str, b: str) -> tuple[Dyad, ...]:
        """One pair's dyads per window, computed from the pair's own (asserted) events only."""
        flt = EventFilter(dyad=(a, b))
        found = self._with_cursor(lambda cur: dyads(cur, flt, window=window, settings=self.settings))
        return tuple(d for d in found if {d.a, d.b} == {a, b})

    def explain(
        self,
        rows: Sequence[Dyad],
        window: str = "all",
        since: str | None = None,
        until: str | None = None,
        actor: Actor = None,
        modalities: Mods = ("asserted",),
    ) -> dict[tuple[str, str, str], Why]:
        """Why each uncertain dyad of `rows` (computed by `dyads` with the same scope) is uncertain, keyed
        by (a, b, window): the one line of `system.dyads.why_uncertain` that `realpolitik dyads --explain`
        prints, for /api/dyads?explain=true."""
        # (explain_dyads reads only the uncertain rows' own events, by id: memory follows the page)
        flt = _scope_filter(since, until, actor, modalities)
        return self._with_cursor(
            lambda cur: explain_dyads(cur, rows, flt, window=window, level=self.settings.level)
        )

    def _why(self, a: str, b: str) -> Why | None:
        """Why the pair's whole-period reading is uncertain (`system.dyads.why_uncertain`); None
        when it has a reading or no asserted event."""
        found = self.pair("all", a, b)
        if not found or not found[0].uncertain:
            return None
        flt = EventFilter(dyad=(a, b))
        whys = self._with_cursor(lambda cur: explain_dyads(cur, found, flt, level=self.settings.level))
        return whys.get((found[0].a, found[0].b, "all"))

    def _whys(self, scope: Scope, pairs: tuple[tuple[str, str], ...]) -> dict[tuple[str, str], Why]:
        """Why each of `pairs`, uncertain whole-period dyads over `scope`, is uncertain, keyed by (a, b):
        the line of `system.dyads.why_uncertain` for the edges of /api/graph. Only these pairs' own events
        are read (by their ids: `explain_dyads`), so memory follows the edges drawn, not the size of the store."""
        wanted = set(pairs)
        found = [d for d in self._whole_dyads(scope) if (d.a, d.b) in wanted and d.uncertain]
        if not found:
            return {}
        flt = _scope_filter(scope.since, scope.until, None, scope.modalities, scope.outlet, scope.event)
        whys = self._with_cursor(lambda cur: explain_dyads(cur, found, flt, level=self.settings.level))
        return {(a, b): why for (a, b, _), why in whys.items()}

    def _whole_dyads(self, scope: Scope) -> tuple[Dyad, ...]:
        """The cached whole-period dyads of every actor over `scope`."""
        return self.dyads(
            "all",
            scope.since,
            scope.until,
            None,
            scope.modalities,
            scope.min_events,
            scope.outlet,
            scope.event,
        )

    def _blocs(self, scope: Scope = Scope()) -> Blocs:
        if scope.whole:
            return self.snapshot().blocs
        # The same blocs as system.blocs.blocs, built from the cached whole-period dyads.
        items = self._whole_dyads(scope)
        return self._with_cursor(
            lambda cur: stable_blocs(
                cur, items, scope.filter(), min_events=scope.min_events, settings=self.settings
            )
        )

    def _balance(self, scope: Scope = Scope()) -> Balance:
        """Structural balance of the firm ties (`model_balance`), as the report and CLI `blocs` give it."""
        if scope.whole:
            return self.snapshot().balance
        return model_balance(graph_from_dyads(self._whole_dyads(scope), min_events=scope.min_events))

    def _outlet_dyads(self) -> tuple[OutletDyad, ...]:
        return self.snapshot().outlet_dyads

    def _disagreements(self) -> tuple[Disagreement, ...]:
        return self.snapshot().disagreements

    def warm(self) -> threading.Thread:
        """Compute what the first page views need in the background, so they open quickly."""

        def run() -> None:
            try:
                self.snapshot()
            except Exception:  # a failed warm-up only means the first request computes it
                return

        t = threading.Thread(target=run, name="realpolitik-web-warm", daemon=True)
        t.start()
        return t
