"""Signed partitioning by structural balance: blocs separated by negative ties.

A partition of a signed graph is scored by its weighted frustration (Doreian and Mrvar 1996, with
alpha = 1/2; the same objective as correlation clustering, Bansal, Blum and Chawla 2004): the
weight of the negative ties inside blocs plus the weight of the positive ties between blocs. A
balanced graph has a partition of frustration 0; otherwise the best partition breaks the weakest
ties. The number of blocs is not fixed in advance. Among partitions with the same frustration the
one with more blocs wins, so actors join a bloc only through positive ties (two enemies of the
same actor with no tie between them stay apart, and unconnected actors never share a bloc).

Components of the graph are solved separately: exactly by branch and bound up to `exact_max`
actors (within a budget of search nodes), beyond that (or past the budget) by a deterministic
local search (Doreian and Mrvar's relocation: single moves and merges, from the components of
the positive ties, from singletons and from eight seeded starts, two beyond 100 actors).
Weights are compared as integers (1e-4 units), so ties are exact and the result reproducible.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["Partition", "frustration", "signed_partition"]

SCALE = 10_000  # weights are compared in 1e-4 units
EXACT_MAX = 16  # components up to this many actors are solved exactly
EXACT_BUDGET = 20_000  # search nodes per component before the exact search gives up
STARTS = 8  # seeded random starts of the local search, besides the two fixed ones
STARTS_LARGE = 2  # ... for components of more than LARGE actors, where each start costs more
LARGE = 100


@dataclass(frozen=True, slots=True)
class Partition:
    """Blocs (sorted tuples of actors, largest first), their weighted frustration, and whether every
    component was solved exactly (False: at least one came from the local search)."""

    blocs: tuple[tuple[str, ...], ...]
    frustration: float
    exact: bool


def _key(w: float) -> int:
    return max(1, round(abs(w) * SCALE))


def frustration(blocs: Iterable[Iterable[str]], edges: Iterable[tuple[str, str, float]]) -> float:
    """Weighted frustration of a partition: negative weight inside blocs plus positive between."""
    where = {n: i for i, b in enumerate(blocs) for n in b}
    total = 0
    for u, v, w in edges:
        if w == 0:
            continue
        same = where.get(u, ("u", u)) == where.get(v, ("v", v))
        if (w < 0 and same) or (w > 0 and not same):
            total += _key(w)
    return total / SCALE


class _Component:
    """One connected component: nodes 0..n-1 in search order, signed integer weights."""

    def __init__(self, names: list[str], edges: dict[tuple[str, str], int]):
        strength: dict[str, int] = dict.fromkeys(names, 0)
        adj: dict[str, dict[str, int]] = {n: {} for n in names}
        for (u, v), w in edges.items():
            adj[u][v] = adj[v][u] = w
            strength[u] += abs(w)
            strength[v] += abs(w)
        # search order: strongest first, then always the node most tied to those already placed
        order = [min(names, key=lambda n: (-strength[n], n))]
        placed = {order[0]}
        tie = dict.fromkeys(names, 0)
        while len(order) < len(names):
            for m, w in adj[order[-1]].items():
                tie[m] += abs(w)
            nxt = min((n for n in names if n not in placed), key=lambda n: (-tie[n], -strength[n], n))
            order.append(nxt)
            placed.add(nxt)
        self.names = order
        index = {n: i for i, n in enumerate(order)}
        self.n = len(order)
        self.adj: list[list[tuple[int, int]]] = [
            sorted((index[m], w) for m, w in adj[n].items()) for n in order
        ]

    def cost(self, labels: Sequence[int]) -> int:
        total = 0
        for i, row in enumerate(self.adj):
            for j, w in row:
                if j > i and ((w < 0) == (labels[i] == labels[j])):
                    total += abs(w)
        return total

    # -- local search --------------------------------------------------------------------------
    def improve(self, labels: list[int]) -> list[int]:
        """Relocate single nodes and merge blocs while frustration falls (or, at equal frustration,
        while a move opens a new bloc); returns canonical labels. A node is only moved to a bloc
        it has ties to, or to a new bloc of its own (moving to a bloc it has no tie to costs the
        same as a new bloc, which keeps more blocs)."""
        labels = _canonical(labels)
        size = Counter(labels)
        fresh = max(labels) + 1  # the next unused label
        changed = True
        while changed:
            changed = False
            for i in range(self.n):
                to: dict[int, int] = {}  # signed weight from i to each bloc it has ties to
                for j, w in self.adj[i]:
                    to[labels[j]] = to.get(labels[j], 0) + w
                here = labels[i]
                stay = to.get(here, 0)
                best, best_gain = here, 0
                for c in sorted(to):
                    # moving i from `here` to c: ties to `here` become between, ties to c inside
                    gain = to[c] - stay  # frustration falls by this much
                    if c != here and gain > best_gain:
                        best, best_gain = c, gain
                if size[here] > 1 and (-stay > best_gain or (-stay == best_gain == 0 and best == here)):
                    best, best_gain = fresh, -stay
                    fresh += 1
                if best != here:
                    labels[i] = best
                    size[here] -= 1
                    size[best] += 1
                    changed = True
            between: dict[tuple[int, int], int] = {}
            for i, row in enumerate(self.adj):
                for j, w in row:
                    if j > i and labels[i] != labels[j]:
                        key = (min(labels[i], labels[j]), max(labels[i], labels[j]))
                        between[key] = between.get(key, 0) + w
            merge = max(between.items(), key=lambda kv: (kv[1], -kv[0][0], -kv[0][1]), default=None)
            if merge is not None and merge[1] > 0:
                keep, gone = merge[0]
                labels = [keep if x == gone else x for x in labels]
                size[keep] += size.pop(gone)
                changed = True
        return _canonical(labels)

    def local(self, seed: int) -> list[int]:
        # fixed starts: the components of the positive ties, and every node alone; then seeded ones
        starts = [self._positive_components(), list(range(self.n))]
        rng = random.Random(seed)
        for _ in range(STARTS if self.n <= LARGE else STARTS_LARGE):
            k = rng.randint(1, max(1, min(self.n, 6)))
            starts.append([rng.randrange(k) for _ in range(self.n)])
        best: list[int] | None = None
        for start in starts:
            labels = self.improve(start)
            if best is None or self._rank(labels) < self._rank(best):
                best = labels
        assert best is not None
        return best

    def _rank(self, labels: Sequence[int]) -> tuple[int, int, tuple[int, ...]]:
        return (self.cost(labels), -(max(labels) + 1), tuple(labels))

    def _positive_components(self) -> list[int]:
        labels = [-1] * self.n
        k = 0
        for s in range(self.n):
            if labels[s] >= 0:
                continue
            labels[s] = k
            stack = [s]
            while stack:
                i = stack.pop()
                for j, w in self.adj[i]:
                    if w > 0 and labels[j] < 0:
                        labels[j] = k
                        stack.append(j)
            k += 1
        return labels

    # -- exact -----------------------------------------------------------------------------------
    def exact(self, start: list[int], budget: int) -> tuple[list[int], bool]:
        """Branch and bound over set partitions (each node joins a bloc of the nodes before it or
        opens a new one), lexicographic on (frustration, -blocs); `start` is the incumbent. Returns
        the best labels found and whether the search finished within `budget` nodes."""
        n = self.n
        best_labels = list(start)
        best_key = (self.cost(start), -(max(start) + 1))
        labels = [-1] * n
        # for the bound: each later node's ties to earlier ones
        back = [[(j, w) for j, w in self.adj[i] if j < i] for i in range(n)]
        visited = 0
        done = True

        def inc(i: int, c: int) -> int:
            total = 0
            for j, w in back[i]:
                if (w < 0) == (labels[j] == c):
                    total += abs(w)
            return total

        def bound(i: int, k: int) -> int:
            # every node from i on pays at least its cheapest placement against the nodes placed so far
            total = 0
            for u in range(i, n):
                pos = 0
                for j, w in back[u]:
                    if j < i and w > 0:
                        pos += w
                cheapest = pos  # a new bloc: every positive tie to placed nodes is broken
                for c in range(k):
                    neg_in = 0
                    pos_in = 0
                    for j, w in back[u]:
                        if j < i and labels[j] == c:
                            if w < 0:
                                neg_in -= w
                            else:
                                pos_in += w
                    cheapest = min(cheapest, pos - pos_in + neg_in)
                total += cheapest
            return total

        def search(i: int, k: int, cost: int) -> None:
            nonlocal best_labels, best_key, visited, done
            if not done:
                return
            visited += 1
            if visited > budget:
                done = False
                return
            if i == n:
                key = (cost, -k)
                if key < best_key:
                    best_key, best_labels = key, list(labels)
                return
            if (cost + bound(i, k), -(k + n - i)) >= best_key:
                return
            options = sorted((inc(i, c), -int(c == k), c) for c in range(k + 1))
            for extra, _, c in options:
                if (cost + extra, -(k + n - i)) >= best_key:
                    continue
                labels[i] = c
                search(i + 1, k + (c == k), cost + extra)
                labels[i] = -1

        search(0, 0, 0)
        return _canonical(best_labels), done


def _canonical(labels: Sequence[int]) -> list[int]:
    """Relabel blocs in order of first appearance (0, 1, 2, ...)."""
    seen: dict[int, int] = {}
    return [seen.setdefault(x, len(seen)) for x in labels]


def signed_partition(
    nodes: Iterable[str],
    edges: Iterable[tuple[str, str, float]],
    *,
    seed: int = 42,
    exact_max: int = EXACT_MAX,
    budget: int = EXACT_BUDGET,
) -> Partition:
    """Partition `nodes` into blocs minimising the weighted frustration of the signed `edges`
    (u, v, weight: > 0 cooperative, < 0 conflictual, 0 ignored); see the module text."""
    names = sorted(set(nodes))
    weights: dict[tuple[str, str], int] = {}
    for u, v, w in edges:
        if w == 0 or u == v:
            continue
        key = (min(u, v), max(u, v))
        weights[key] = weights.get(key, 0) + (_key(w) if w > 0 else -_key(w))
    adj: dict[str, set[str]] = {n: set() for n in names}
    for u, v in weights:
        adj.setdefault(u, set()).add(v)
        adj.setdefault(v, set()).add(u)
    seen: set[str] = set()
    blocs: list[tuple[str, ...]] = []
    total = 0
    exact = True
    for s in sorted(adj):
        if s in seen:
            continue
        comp = []
        stack = [s]
        seen.add(s)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in sorted(adj[x]):
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        comp.sort()
        if len(comp) == 1:
            blocs.append((comp[0],))
            continue
        members = set(comp)
        part = _Component(comp, {k: w for k, w in weights.items() if k[0] in members})
        labels = part.local(seed)
        if part.n <= exact_max:
            labels, finished = part.exact(labels, budget)
            exact = exact and finished
        else:
            exact = False
        total += part.cost(labels)
        groups: dict[int, list[str]] = {}
        for name, label in zip(part.names, labels, strict=True):
            groups.setdefault(label, []).append(name)
        blocs.extend(tuple(sorted(g)) for g in groups.values())
    ordered = tuple(sorted(blocs, key=lambda b: (-len(b), b)))
    return Partition(blocs=ordered, frustration=total / SCALE, exact=exact)
