"""The signed weighted graph of actors: one edge per dyad, its sign the sign of the net score.

Built from the dyads of one window or of the whole period; GraphML-safe attributes only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import networkx as nx

from ..store import EventFilter
from ._events import ConLike, ModelSettings, check_window
from .dyads import Dyad, dyads

__all__ = ["edge_sign", "firm_tie", "graph_from_dyads", "signed_graph", "window_graphs"]


def graph_from_dyads(items: Iterable[Dyad], *, min_events: int = 1) -> nx.Graph:
    """An undirected signed graph from dyads of ONE window.

    Edge attributes: `sign` (+1, -1, 0), `net`, `weight` = net * (1 + ln events) so a relation
    backed by many events pulls harder without letting one heavily reported pair dominate,
    `events`, `q1`..`q4` (quad counts), `goldstein`, `outlets`, `articles`, the interval
    `ci_low`..`ci_high` and its `reading` (cooperative, conflictual, uncertain), the floor interval
    `floor_low`..`floor_high` and its `floor_reading` (what blocs, balance and alignments go by),
    and `thin` (fewer than 4 articles).
    Node attribute `events`: how many dyad events the actor takes part in.
    """
    g = nx.Graph()
    for d in items:
        if d.events < min_events:
            continue
        for node in (d.a, d.b):
            if node not in g:
                g.add_node(node, events=0)
            g.nodes[node]["events"] += d.events
        g.add_edge(
            d.a,
            d.b,
            sign=d.sign,
            net=d.net,
            weight=round(d.net * (1.0 + math.log(d.events)), 4),
            events=d.events,
            q1=d.quad_counts[0],
            q2=d.quad_counts[1],
            q3=d.quad_counts[2],
            q4=d.quad_counts[3],
            goldstein=d.goldstein,
            outlets=d.outlets,
            articles=d.articles,
            window=d.window,
            ci_low=d.ci_low,
            ci_high=d.ci_high,
            reading=d.reading,
            floor_low=d.floor_low,
            floor_high=d.floor_high,
            floor_reading=d.floor_reading,
            thin=d.thin,
        )
    return g


def signed_graph(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
) -> nx.Graph:
    """The signed graph over the whole period (or the filter's dates), from DuckDB aggregates."""
    return graph_from_dyads(
        dyads(source, flt, window="all", min_events=min_events, settings=settings, with_ids=False),
        min_events=min_events,
    )


def window_graphs(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    window: str = "month",
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
) -> dict[str, nx.Graph]:
    """One signed graph per window label, in time order (undated events are left out)."""
    check_window(window)
    by_window: dict[str, list[Dyad]] = {}
    for d in dyads(source, flt, window=window, min_events=min_events, settings=settings, with_ids=False):
        by_window.setdefault(d.window, []).append(d)
    return {w: graph_from_dyads(by_window[w], min_events=min_events) for w in sorted(by_window)}


def firm_tie(data: dict[str, Any]) -> bool:
    """Whether an edge is certain under the floor (`Dyad.firm`): its floor interval excludes zero,
    so it is signed and not thin. An edge without a floor (one an analyst sets in `whatif`) goes
    by its `reading`, and one without either is taken as given."""
    return data.get("floor_reading", data.get("reading")) != "uncertain"


def edge_sign(graph: nx.Graph, a: str, b: str) -> int:
    """The sign of the a-b tie: +1, -1, or 0 when there is none or it is neutral."""
    if not graph.has_edge(a, b):
        return 0
    return int(graph.edges[a, b].get("sign", 0))
