"""One snapshot of the system model: what the report and the web app both show, computed once.

Whole-period and monthly dyads with their intervals, trends, the signed graph, blocs with their
stability, balance, outlet perspectives and disagreements, all from one read of one filter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from ..store import EventFilter, Reader
from ._events import ConLike, ModelSettings
from .balance import Balance, model_balance
from .blocs import Blocs, stable_blocs
from .dyads import Dyad, DyadTrend, dyads, trends_from_dyads
from .graph import graph_from_dyads
from .perspectives import DISAGREEMENT_WINDOW, Disagreement, OutletDyad, disagreements, outlet_dyads

__all__ = ["Snapshot", "snapshot"]


@dataclass(frozen=True)
class Snapshot:
    """The system model of one filter of the store (asserted events of the whole period by default)."""

    flt: EventFilter
    settings: ModelSettings
    whole: tuple[Dyad, ...]  # window "all", with event ids
    monthly: tuple[Dyad, ...]
    trends: tuple[DyadTrend, ...]  # by month
    graph: nx.Graph  # every whole-period dyad (uncertain ones included, marked by `reading`)
    blocs: Blocs  # from the non-uncertain dyads, with stability
    balance: Balance  # of the firm ties only (`model_balance`), as CLI `blocs` and `/api/blocs`
    outlet_dyads: tuple[OutletDyad, ...]
    disagreements: tuple[Disagreement, ...]
    names: dict[str, str] = field(default_factory=dict)  # actor code -> most frequent written form

    def dyad(self, a: str, b: str) -> Dyad | None:
        key = (a, b) if a < b else (b, a)
        return next((d for d in self.whole if (d.a, d.b) == key), None)


def snapshot(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    settings: ModelSettings = ModelSettings(),
    disagreement_evidence: int = 5,
) -> Snapshot:
    """Compute the snapshot of `flt` (every figure through the store's read side)."""
    reader = Reader.of(source)
    whole = dyads(reader, flt, window="all", settings=settings)
    monthly = dyads(reader, flt, window="month", settings=settings, with_ids=False)
    graph = graph_from_dyads(whole)
    return Snapshot(
        flt=flt,
        settings=settings,
        whole=tuple(whole),
        monthly=tuple(monthly),
        trends=tuple(trends_from_dyads(monthly, window="month", min_articles=settings.min_articles)),
        graph=graph,
        blocs=stable_blocs(reader, whole, flt, settings=settings),
        balance=model_balance(graph),
        outlet_dyads=tuple(outlet_dyads(reader, flt)),
        disagreements=tuple(
            disagreements(
                reader,
                flt,
                max_evidence=disagreement_evidence,
                min_articles=settings.min_articles,
                window=DISAGREEMENT_WINDOW,
            )
        ),
        names=reader.actor_names(),
    )
