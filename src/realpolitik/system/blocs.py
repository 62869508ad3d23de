"""Blocs: signed community detection over the actor graph with leidenalg.

Positive ties pull actors together and negative ties push them apart: a multiplex of a positive
and a negative layer, modularity on each, layer weights 1 and -1, with a fixed seed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import igraph as ig
import leidenalg
import networkx as nx

from ._events import ASSERTED, ConLike
from .graph import signed_graph, window_graphs

__all__ = ["Blocs", "blocs", "blocs_over_time", "find_blocs"]

DEFAULT_SEED = 42


@dataclass(frozen=True, slots=True)
class Blocs:
    """A partition of the actors into blocs, largest first.

    `frustration` counts ties that contradict the partition: negative ties inside a bloc plus
    positive ties between blocs (0 = the blocs explain every sign).
    """

    blocs: tuple[tuple[str, ...], ...]
    membership: tuple[tuple[str, int], ...]  # (actor, bloc index), sorted by actor
    frustration: int
    frustrated_edges: tuple[tuple[str, str, int], ...]  # (a, b, sign)
    seed: int

    def bloc_of(self, actor: str) -> int | None:
        for name, idx in self.membership:
            if name == actor:
                return idx
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "blocs": [list(b) for b in self.blocs],
            "frustration": self.frustration,
            "frustrated_edges": [list(e) for e in self.frustrated_edges],
            "seed": self.seed,
        }


def _layer(n: int, edges: list[tuple[int, int, float]]) -> ig.Graph:
    g = ig.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
    g.es["weight"] = [w for _, _, w in edges]
    return g


def find_blocs(graph: nx.Graph, *, seed: int = DEFAULT_SEED) -> Blocs:
    """Partition a signed graph (edge attributes `sign` and `weight`) into blocs, deterministically."""
    nodes = sorted(graph.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    pos: list[tuple[int, int, float]] = []
    neg: list[tuple[int, int, float]] = []
    for u, v, data in sorted(graph.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        sign = int(data.get("sign", 0))
        # a neutral tie carries no bloc information
        weight = abs(float(data.get("weight", sign))) or 1.0
        if sign > 0:
            pos.append((index[u], index[v], weight))
        elif sign < 0:
            neg.append((index[u], index[v], weight))
    if not pos:
        # with no positive tie, every actor is best left on its own
        membership = list(range(len(nodes)))
    elif not neg:
        part = leidenalg.find_partition(
            _layer(len(nodes), pos), leidenalg.ModularityVertexPartition, weights="weight", seed=seed
        )
        membership = list(part.membership)
    else:
        membership, _ = leidenalg.find_partition_multiplex(
            [_layer(len(nodes), pos), _layer(len(nodes), neg)],
            leidenalg.ModularityVertexPartition,
            layer_weights=[1, -1],
            weights="weight",
            seed=seed,
        )
    groups: dict[int, list[str]] = {}
    for node, m in zip(nodes, membership, strict=True):
        groups.setdefault(m, []).append(node)
    ordered = sorted((tuple(sorted(g)) for g in groups.values()), key=lambda g: (-len(g), g))
    bloc_index = {n: i for i, g in enumerate(ordered) for n in g}
    frustrated = []
    for u, v, data in graph.edges(data=True):
        sign = int(data.get("sign", 0))
        same = bloc_index[u] == bloc_index[v]
        if (sign < 0 and same) or (sign > 0 and not same):
            a, b = sorted((u, v))
            frustrated.append((a, b, sign))
    frustrated.sort()
    return Blocs(
        blocs=tuple(ordered),
        membership=tuple(sorted(bloc_index.items())),
        frustration=len(frustrated),
        frustrated_edges=tuple(frustrated),
        seed=seed,
    )


def blocs(
    source: ConLike,
    *,
    since: str | None = None,
    until: str | None = None,
    modalities: Sequence[str] | None = ASSERTED,
    min_events: int = 1,
    seed: int = DEFAULT_SEED,
) -> Blocs:
    """Blocs of the signed graph of the stored events (whole period or a date range)."""
    g = signed_graph(source, since=since, until=until, modalities=modalities, min_events=min_events)
    return find_blocs(g, seed=seed)


def blocs_over_time(
    source: ConLike,
    *,
    window: str = "year",
    since: str | None = None,
    until: str | None = None,
    modalities: Sequence[str] | None = ASSERTED,
    min_events: int = 1,
    seed: int = DEFAULT_SEED,
) -> dict[str, Blocs]:
    """Blocs of each window's signed graph, in time order (how alignments shift)."""
    graphs = window_graphs(
        source, window=window, since=since, until=until, modalities=modalities, min_events=min_events
    )
    return {label: find_blocs(g, seed=seed) for label, g in graphs.items()}
