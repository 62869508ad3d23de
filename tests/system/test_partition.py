"""The signed partition behind the blocs: least weighted frustration, checked against brute force
and on graphs where modularity-style community detection (the previous algorithm) splits actors
that only cooperate."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator

import pytest

from realpolitik.system.partition import frustration, signed_partition

Edge = tuple[str, str, float]


def _set_partitions(items: list[str]) -> Iterator[list[list[str]]]:
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for part in _set_partitions(rest):
        for i in range(len(part)):
            yield [*part[:i], [first, *part[i]], *part[i + 1 :]]
        yield [[first], *part]


def _best_by_enumeration(nodes: list[str], edges: list[Edge]) -> tuple[float, int]:
    """(least frustration, most blocs among the least frustrated) over every set partition."""
    return min(
        ((round(frustration(p, edges), 4), -len(p)) for p in _set_partitions(nodes)),
    )


def _random_graph(rng: random.Random, n: int, density: float) -> tuple[list[str], list[Edge]]:
    nodes = [f"N{i}" for i in range(n)]
    edges = [
        (a, b, rng.choice((-1, 1)) * rng.randint(1, 40) / 10)
        for a, b in itertools.combinations(nodes, 2)
        if rng.random() < density
    ]
    return nodes, edges


def test_partition_exact_search_matches_enumeration_on_random_signed_graphs() -> None:
    rng = random.Random(3)
    for _ in range(120):
        nodes, edges = _random_graph(rng, rng.randint(2, 7), rng.choice((0.3, 0.6, 1.0)))
        part = signed_partition(nodes, edges)
        assert part.exact
        assert (part.frustration, -len(part.blocs)) == _best_by_enumeration(nodes, edges), edges
        assert sorted(a for b in part.blocs for a in b) == nodes


def test_partition_only_cooperation_gives_one_bloc() -> None:
    """The case of the examples corpus: Russia–Türkiye (+2.39) outweighs Azerbaijan–Türkiye (+1.88).
    Modularity (Leiden) splits this graph into {ARM, IRN, RUS, TUR} and {AZE, ISR} although no tie
    in it is negative; by structural balance nothing separates them."""
    edges = [
        ("ARM", "RUS", 3.1), ("RUS", "TUR", 2.39), ("AZE", "TUR", 1.88),
        ("AZE", "ISR", 2.0), ("IRN", "RUS", 1.7), ("IRN", "TUR", 1.7),
    ]  # fmt: skip
    part = signed_partition({x for e in edges for x in e[:2]}, edges)
    assert part.blocs == (("ARM", "AZE", "IRN", "ISR", "RUS", "TUR"),)
    assert part.frustration == 0


def test_partition_long_cooperative_chain_is_not_cut() -> None:
    """A chain of equal positive ties: modularity cuts it into pieces of two or three."""
    nodes = list("ABCDEFGH")
    edges = [(a, b, 1.0) for a, b in itertools.pairwise(nodes)]
    assert signed_partition(nodes, edges).blocs == (tuple(nodes),)


def test_partition_negative_ties_separate_the_camps() -> None:
    edges = [
        ("ARM", "RUS", 3.1), ("RUS", "TUR", 2.39), ("AZE", "TUR", 1.88), ("AZE", "ISR", 2.0),
        ("ARM", "AZE", -2.5), ("ARM", "TUR", -1.0),
    ]  # fmt: skip
    part = signed_partition({x for e in edges for x in e[:2]}, edges)
    assert set(part.blocs) == {("AZE", "ISR", "TUR"), ("ARM", "RUS")}
    assert part.frustration == 2.39  # Russia–Türkiye is the tie the partition cannot honour


def test_partition_breaks_the_weakest_tie_of_an_unbalanced_cycle() -> None:
    """ARM-RUS-TUR-AZE-ARM with one negative tie cannot be balanced; the weakest tie breaks."""
    edges = [("ARM", "RUS", 3.1), ("RUS", "TUR", 2.39), ("AZE", "TUR", 1.88), ("ARM", "AZE", -2.5)]
    part = signed_partition({x for e in edges for x in e[:2]}, edges)
    assert set(part.blocs) == {("ARM", "RUS", "TUR"), ("AZE",)}
    assert part.frustration == 1.88


def test_partition_enemies_of_one_actor_stay_apart_without_a_tie() -> None:
    """Structural balance would allow B and C together (both enemies of A); with no tie between
    them the partition does not claim they are allied."""
    part = signed_partition("ABC", [("A", "B", -1.0), ("A", "C", -1.0)])
    assert part.blocs == (("A",), ("B",), ("C",))


def test_partition_unconnected_actors_never_share_a_bloc() -> None:
    edges = [("A", "B", 1.0), ("C", "D", 1.0)]
    assert signed_partition("ABCDE", edges).blocs == (("A", "B"), ("C", "D"), ("E",))


@pytest.mark.parametrize("exact_max", [0, 40], ids=["local-search", "exact"])
def test_partition_recovers_three_balanced_camps_of_ten(exact_max: int) -> None:
    """Three camps of ten, cooperative inside and conflictual across, with uneven weights: a
    balanced graph, so the partition has frustration 0 and is the camps, with either method."""
    rng = random.Random(11)
    camps = [[f"C{c}{i}" for i in range(10)] for c in range(3)]
    where = {x: c for c, camp in enumerate(camps) for x in camp}
    nodes = [x for camp in camps for x in camp]
    edges = [
        (a, b, (1 if where[a] == where[b] else -1) * rng.randint(1, 30) / 10)
        for a, b in itertools.combinations(nodes, 2)
        if rng.random() < 0.35
    ]
    part = signed_partition(nodes, edges, exact_max=exact_max, budget=2_000_000)
    assert part.frustration == 0
    assert {frozenset(b) for b in part.blocs} == {frozenset(c) for c in camps}
    assert part.exact == (exact_max >= 30)


def test_partition_deterministic_and_independent_of_edge_order() -> None:
    nodes, edges = _random_graph(random.Random(8), 22, 0.5)
    first = signed_partition(nodes, edges)
    assert not first.exact  # 22 actors in one component: the local search
    assert signed_partition(nodes, list(reversed(edges))) == first
    assert signed_partition(list(reversed(nodes)), edges) == first
