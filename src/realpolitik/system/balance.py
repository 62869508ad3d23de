"""Structural balance: which triangles of signed ties are balanced and which are not.

A triad is balanced when the product of its three signs is positive (the friend of my friend is my
friend; the enemy of my enemy is my friend); unbalanced ones are the co-opetition triangles.
The model's balance (`balance`, `model_balance`: CLI `blocs`, the report, `/api/blocs`, the
snapshot) counts only firm ties, the ones blocs are built from (`blocs.certain_graph`): an uncertain
or thin tie has no sign the model stands by, so it closes no triangle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..store import EventFilter
from ._events import ConLike, ModelSettings
from .blocs import certain_graph
from .graph import signed_graph

__all__ = ["Balance", "Triad", "balance", "model_balance", "structural_balance"]


@dataclass(frozen=True, slots=True)
class Triad:
    """Three actors all tied to each other; signs of (a-b, a-c, b-c)."""

    nodes: tuple[str, str, str]  # sorted
    signs: tuple[int, int, int]
    balanced: bool
    description: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": list(self.nodes),
            "signs": list(self.signs),
            "balanced": self.balanced,
            "description": self.description,
        }


@dataclass(frozen=True, slots=True)
class Balance:
    """Share of balanced triads among closed signed triangles (1.0 when there are none: nothing contradicts balance)."""

    balance: float
    triads: int
    balanced: int
    unbalanced: tuple[Triad, ...]
    balanced_triads: tuple[Triad, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "balance": self.balance,
            "triads": self.triads,
            "balanced": self.balanced,
            "unbalanced_triads": [list(t.nodes) for t in self.unbalanced],
            "unbalanced": [t.to_dict() for t in self.unbalanced],
        }


def _describe(nodes: tuple[str, str, str], signs: tuple[int, int, int]) -> str:
    a, b, c = nodes
    pairs = {(a, b): signs[0], (a, c): signs[1], (b, c): signs[2]}
    negatives = [p for p, s in pairs.items() if s < 0]
    if len(negatives) == 0:
        return f"{a}, {b} and {c} all cooperate"
    if len(negatives) == 3:
        return f"{a}, {b} and {c} are all at odds with each other"
    if len(negatives) == 1:
        x, y = negatives[0]
        (z,) = {a, b, c} - {x, y}
        return f"{x} and {y} are both partners of {z} but at odds with each other"
    (pos_pair,) = [p for p, s in pairs.items() if s > 0]
    (z,) = {a, b, c} - set(pos_pair)
    return f"{pos_pair[0]} and {pos_pair[1]} cooperate and are both at odds with {z}"


def structural_balance(graph: nx.Graph, *, weak: bool = False) -> Balance:
    """Classify every triangle whose three ties all have a sign (neutral ties are left out).

    Strict (Heider) balance by default; `weak=True` follows Davis's weak balance, where three
    actors all at odds with each other also count as balanced (they can form three blocs).
    """
    signed = {frozenset((u, v)): int(d.get("sign", 0)) for u, v, d in graph.edges(data=True)}
    adj: dict[str, set[str]] = {n: set() for n in graph.nodes}
    for key, s in signed.items():
        if s != 0 and len(key) == 2:
            u, v = tuple(key)
            adj[u].add(v)
            adj[v].add(u)
    triads: list[Triad] = []
    for a in sorted(adj):
        for b in sorted(x for x in adj[a] if x > a):
            for c in sorted(x for x in adj[a] & adj[b] if x > b):
                signs = (signed[frozenset((a, b))], signed[frozenset((a, c))], signed[frozenset((b, c))])
                ok = signs[0] * signs[1] * signs[2] > 0 or (weak and signs == (-1, -1, -1))
                triads.append(Triad((a, b, c), signs, ok, _describe((a, b, c), signs)))
    good = [t for t in triads if t.balanced]
    bad = [t for t in triads if not t.balanced]
    share = round(len(good) / len(triads), 4) if triads else 1.0
    return Balance(share, len(triads), len(good), tuple(bad), tuple(good))


def model_balance(graph: nx.Graph) -> Balance:
    """The model's structural balance of a signed graph: strict balance over its firm ties only
    (`certain_graph`, the ties blocs are built from), so one computation serves the CLI, the report,
    the web app and `balance`. `structural_balance` of the whole graph counts every signed tie."""
    return structural_balance(certain_graph(graph))


def balance(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
) -> Balance:
    """The model's structural balance of the stored events (`model_balance` of their signed graph)."""
    return model_balance(signed_graph(source, flt, min_events=min_events, settings=settings))
