"""Blocs: a signed partition of the actor graph by structural balance, with its stability.

Blocs are separated by negative ties: the partition minimises the weight of the ties it
contradicts (negative ties inside blocs, positive ties between them; `partition.signed_partition`),
so actors that only cooperate share a bloc however unequal their ties are.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

import networkx as nx

from ..resample import article_weights
from ..store import EventFilter, Reader
from ..wording import signed
from ._events import ConLike, ModelSettings, reading_of
from .dyads import THIN_BELOW, Dyad, _whole_percent, dyads
from .graph import firm_tie, graph_from_dyads, window_graphs
from .partition import signed_partition

__all__ = [
    "Blocs",
    "blocs",
    "blocs_over_time",
    "certain_graph",
    "find_blocs",
    "firm_tie",
    "run_ties",
    "stable_blocs",
    "tie_strength",
]

DEFAULT_SEED = 42
MAX_PAIRS = 50  # strongest co-membership pairs kept
LEAVE_ONE_OUT_MAX = 200  # ties on more articles are not checked for single deciding articles


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
    stability: tuple[tuple[str, float], ...] = ()  # (actor, 0..1) over resampled runs
    co_membership: tuple[tuple[str, str, float], ...] = ()  # (a, b, share of runs together), strongest first
    runs: int = 0
    stable_at: float = 0.8
    uncertain_left_out: int = 0  # ties left out of the partition whose reading is uncertain
    frustration_weight: float = 0.0  # the weight of the frustrated ties, what the partition minimises
    exact: bool = True  # False: a component too large for the exact search came from the local search
    conflict_ties: int = 0  # conflictual ties the partition used: with none, nothing divides the actors
    # every tie left out (not firm: uncertain, thin, or whose floor interval reaches zero),
    # (a, b, net, ci_low, ci_high, articles, floor_low, floor_high), those leaning to conflict first
    uncertain_pairs: tuple[tuple[str, str, float, float, float, int, float, float], ...] = ()
    thin_left_out: int = 0  # ties with a reading (cooperative or conflictual) on fewer than 4 articles
    floor_left_out: int = 0  # ties with a reading on 4 or more articles whose floor interval reaches zero
    # the firm cooperative ties inside the blocs of the full data, (a, b, articles): what holds each member in
    # its bloc (see `held_by`, `why_unstable`)
    bloc_ties: tuple[tuple[str, str, int], ...] = ()
    # for each of `bloc_ties`, (a, b, share of the resampled runs in which it reads firm and cooperative): how often
    # what holds a member in its bloc holds at all
    tie_runs: tuple[tuple[str, str, float], ...] = ()

    @property
    def left_out(self) -> int:
        """Every tie left out of the partition: uncertain, thin, or reaching zero under the floor."""
        return self.uncertain_left_out + self.thin_left_out + self.floor_left_out

    def left_out_text(self) -> str:
        """Which ties the blocs leave out, in words ("23 uncertain, 3 thin (a reading on fewer than 4
        articles), 1 whose interval with the floor reaches zero"); empty when none."""
        parts = []
        if self.uncertain_left_out:
            parts.append(f"{self.uncertain_left_out} uncertain")
        if self.thin_left_out:
            parts.append(f"{self.thin_left_out} thin (a reading on fewer than {THIN_BELOW} articles)")
        if self.floor_left_out:
            parts.append(
                f"{self.floor_left_out} on {THIN_BELOW} or more articles whose interval with the floor reaches zero"
            )
        return ", ".join(parts)

    @property
    def split_supported(self) -> bool:
        """Whether any conflictual tie that holds up under resampling divides the actors. Blocs are
        separated by conflict only: without such a tie, actors share a bloc because cooperation links
        them, or stand apart because nothing links them, and neither is a finding about a split."""
        return self.conflict_ties > 0

    def verdict(self, shown: int = 3) -> str:
        """What the blocs support, in words: empty when a conflictual tie divides the actors, else the
        plain statement that the record does not support a split, with the ties left out that would
        decide it (the `shown` leaning most to conflict, with their intervals)."""
        if self.split_supported:
            return ""
        text = "The record does not support a split: no conflictual tie holds up under resampling"
        n = len(self.uncertain_pairs) or self.left_out
        if n:
            text += f", and {n} pair{'s are' if n != 1 else ' is'} left out of the blocs: {self.left_out_text() or 'uncertain'}"
            leaning = [p for p in self.uncertain_pairs if p[2] < 0][:shown]
            if leaning:
                text += "; among them " + ", ".join(_left_out_pair(p) for p in leaning)
        text += (
            ". Actors grouped together here are only linked by cooperation; that is no finding that they"
            " are aligned against anyone."
        )
        return text

    def stability_of(self, actor: str) -> float | None:
        for name, value in self.stability:
            if name == actor:
                return value
        return None

    def stability_percent(self, actor: str) -> int | None:
        """The actor's stability in whole percent as the CLI, report and web app write it, on the same
        side of `stable_at` as the stability itself (0.795, unstable, is 79 %, never 80 %)."""
        value = self.stability_of(actor)
        return None if value is None else _whole_percent(value, self.stable_at)

    def held_by(self, actor: str) -> list[tuple[str, int]]:
        """The firm cooperative ties that hold `actor` in its bloc: (bloc-mate, articles), most articles first."""
        ties = [(b if a == actor else a, n) for a, b, n in self.bloc_ties if actor in (a, b)]
        return sorted(ties, key=lambda t: (-t[1], t[0]))

    def firm_share(self, a: str, b: str) -> float | None:
        """The share of the resampled runs in which the bloc tie of `a` and `b` reads firm (None: not a bloc tie)."""
        for x, y, share in self.tie_runs:
            if {x, y} == {a, b}:
                return share
        return None

    def why_unstable(self, actor: str) -> str:
        """Why an unstable member's place is weak, in words: what holds it in its bloc, how many firm ties and
        on how few articles, and in how many of the runs each reads firm ("held by one tie: with ARM on 4
        articles (firm in 13% of the runs); 4 articles are the fewest a firm tie rests on": a resampled run draws
        articles with replacement, so a tie on few articles often falls below the floor of a firm tie and the
        actor then stands apart), and the actor of another bloc it shares a bloc with in more than 1 - `stable_at` of
        the runs, if any ("in one bloc with AZE in 26% of the runs": ties not firm in the full data read
        firm in those runs). Empty for a stable actor."""
        value = self.stability_of(actor)
        if value is None or value >= self.stable_at:
            return ""
        ties = self.held_by(actor)
        if not ties:
            text = "no firm tie holds it in its bloc"
        else:

            def tie(b: str, n: int) -> str:
                share = self.firm_share(actor, b)
                runs = f" (firm in {share:.0%} of the runs)" if share is not None and self.runs else ""
                return f"{b} on {n} article{'s' if n != 1 else ''}{runs}"

            listed = ", ".join(tie(b, n) for b, n in ties[:3])
            more = f" and {len(ties) - 3} more" if len(ties) > 3 else ""
            text = f"held by {'one tie' if len(ties) == 1 else f'{len(ties)} ties'}: with {listed}{more}"
            if any(n <= THIN_BELOW for _, n in ties[:3]):
                # thin support, said as such: a tie at the floor falls out of a run that draws one article fewer
                text += f"; {THIN_BELOW} articles are the fewest a firm tie rests on"
        # the actor of another bloc it most often shares a bloc with in the runs, where that is often enough
        # to cost it its stability
        mine = self.bloc_of(actor)
        other = [
            (share, b if a == actor else a)
            for a, b, share in self.co_membership
            if actor in (a, b) and self.bloc_of(b if a == actor else a) not in (None, mine)
        ]
        if other:
            share, who = max(
                other, key=lambda t: t[0]
            )  # the first of the strongest, as `co_membership` orders them
            if share > 1.0 - self.stable_at:
                text += f"; in one bloc with {who} in {share:.0%} of the runs"
        return text

    @property
    def unstable(self) -> tuple[str, ...]:
        """Actors whose membership holds in fewer than `stable_at` of the resampled runs."""
        return tuple(a for a, v in self.stability if v < self.stable_at)

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
            "stability": dict(self.stability),
            "stable_at": self.stable_at,
            "co_membership": [{"a": a, "b": b, "share": s} for a, b, s in self.co_membership],
            "runs": self.runs,
            "unstable": list(self.unstable),
            "uncertain_left_out": self.uncertain_left_out,
            "frustration_weight": self.frustration_weight,
            "method": "exact" if self.exact else "local search",
            "split_supported": self.split_supported,
            "conflict_ties": self.conflict_ties,
            "uncertain_pairs": [
                {
                    "a": a,
                    "b": b,
                    "net": net,
                    "ci_low": lo,
                    "ci_high": hi,
                    "articles": arts,
                    "reading": reading_of(lo, hi),
                    "thin": arts < THIN_BELOW,
                    "floor_low": flo,
                    "floor_high": fhi,
                }
                for a, b, net, lo, hi, arts, flo, fhi in self.uncertain_pairs
            ],
            "verdict": self.verdict(),
            "thin_left_out": self.thin_left_out,
            "floor_left_out": self.floor_left_out,
            "left_out": self.left_out,
            "bloc_ties": [
                {"a": a, "b": b, "articles": n, "firm_runs": self.firm_share(a, b)}
                for a, b, n in self.bloc_ties
            ],
            "why_unstable": {a: self.why_unstable(a) for a in self.unstable},
            "left_out_text": self.left_out_text(),
        }


def _left_out_pair(p: tuple[str, str, float, float, float, int, float, float]) -> str:
    """A tie left out of the blocs, in words: "ARM–AZE (net −0.28, interval −0.62 to +0.41, 23
    articles)", or for one with a reading "AZE–IRN (conflictual, thin: 2 articles; net −1.00,
    interval with the floor −1.00 to +0.32)"."""
    a, b, net, lo, hi, arts, flo, fhi = p
    support = f"{arts} article{'s' if arts != 1 else ''}"
    reading = reading_of(lo, hi)
    if reading == "uncertain":
        return f"{a}–{b} (net {signed(net)}, interval {signed(lo)} to {signed(hi)}, {support})"
    how = f"thin: {support}" if arts < THIN_BELOW else f"on {support}"
    return f"{a}–{b} ({reading}, {how}; net {signed(net)}, interval with the floor {signed(flo)} to {signed(fhi)})"


def tie_strength(data: dict[str, Any]) -> float:
    """What contradicting a tie costs the partition: its net evidence counted in articles,
    |net| x articles (a tie at +1.0 on 4 articles weighs 4, one at -0.4 on 14 articles 5.6). The
    article is the unit of independent evidence, as in the intervals; the drawn graph's `weight`
    (net x (1 + ln events)) damps heavily reported pairs, which suits a picture, not a partition
    that should break the ties with the least evidence first. A tie without articles (one the
    analyst sets in `whatif`) weighs |weight|, as one article would."""
    articles = int(data.get("articles", 0) or 0)
    if articles > 0 and data.get("net") is not None:
        return abs(float(data["net"])) * articles or 1.0
    return abs(float(data.get("weight", 1.0))) or 1.0


def find_blocs(graph: nx.Graph, *, seed: int = DEFAULT_SEED) -> Blocs:
    """Partition a signed graph (edge attributes `sign`, `net`, `articles`, `weight`) into blocs
    separated by its negative ties, deterministically: the partition of least weighted frustration
    (structural balance; see `realpolitik.system.partition`), each tie weighing `tie_strength`. `seed` seeds the extra starts of the local
    search used for large components."""
    nodes = sorted(graph.nodes)
    edges = []
    for u, v, data in graph.edges(data=True):
        sign = int(data.get("sign", 0))
        if sign:  # a neutral tie carries no bloc information
            edges.append((u, v, sign * tie_strength(data)))
    part = signed_partition(nodes, edges, seed=seed)
    ordered = list(part.blocs)
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
        frustration_weight=part.frustration,
        exact=part.exact,
        conflict_ties=sum(1 for _, _, w in edges if w < 0),
    )


def _left_out_row(d: Dyad) -> tuple[str, str, float, float, float, int, float, float]:
    """A tie left out of the blocs as `Blocs.uncertain_pairs` keeps it."""
    return (
        d.a, d.b, round(d.net, 4), round(d.ci_low, 4), round(d.ci_high, 4), d.articles,
        round(d.floor_low, 4), round(d.floor_high, 4),
    )  # fmt: skip


def certain_graph(graph: nx.Graph) -> nx.Graph:
    """The graph of its firm ties only (`firm_tie`: uncertain, thin and other ties whose floor
    interval reaches zero are left out): what blocs, balance and alignments are built from."""
    g = nx.Graph()
    g.add_nodes_from(graph.nodes(data=True))
    g.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if firm_tie(d))
    g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    return g


def _stability(
    actor: str, mates: set[str], together: Counter[tuple[str, str]], alone: int, runs: int
) -> float:
    """How reliably `actor` stays in its bloc: its mean co-membership with the bloc-mates it shares a
    bloc with in most runs (its core), so a thinly tied member that comes and goes does not make the
    others look unstable; with no such mate, its mean co-membership with all of them; for an actor
    on its own, the share of runs in which it stays on its own."""
    others = sorted(mates - {actor})
    if not others:
        return alone / runs
    shares = [together[(min(actor, y), max(actor, y))] / runs for y in others]
    core = [v for v in shares if v >= 0.5]
    return sum(core or shares) / len(core or shares)


def _held_with_stable(
    actor: str,
    mates: set[str],
    core: dict[str, float],
    together: Counter[tuple[str, str]],
    runs: int,
    stable_at: float,
) -> list[float]:
    """For each other actor whose core stability is at least `stable_at`: the share of runs `actor`
    spends apart from it when it stands in another bloc (two stable blocs that merge in many runs are
    not stable), or with it when it stands in `actor`'s own bloc (two cores that share a bloc in the
    full data but stand apart in many runs, joined by one fragile tie, do not make a stable bloc,
    however firmly each core holds)."""
    shares = []
    for y in sorted(core):
        if y == actor or core[y] < stable_at:
            continue
        with_y = together[(min(actor, y), max(actor, y))] / runs
        shares.append(with_y if y in mates else 1 - with_y)
    return shares


def _run_sign(d: Dyad, net: float, articles: int) -> int:
    """The sign a tie would be read with in a resampled corpus where its net score is `net`, by the
    rule the full data follows: a tie resting on fewer than two drawn articles, or whose net does not
    clear zero by the margin its own floor interval needed (net - floor_low for a cooperative
    reading, floor_high - net for a conflictual one), would not be firm there and is left out (0).

    The margin shifts the full-data interval to the run's estimate, so a tie that one article more
    or less turns uncertain drops out of the runs that lack that article, as it would drop out of the
    blocs if the article were deleted.
    """
    if articles < 2:
        return 0
    if net - (d.net - d.floor_low) > 0:
        return 1
    if net + (d.floor_high - d.net) < 0:
        return -1
    return 0


def _deciding_articles(
    source: ConLike, flt: EventFilter, known: dict[tuple[str, str], Dyad], settings: ModelSettings
) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """For each tie, the articles (bootstrap keys) whose deletion alone would change its reading,
    with the sign it would then have (0: not firm): a firm tie resting on a few articles turns
    uncertain under the floor without one of them, one that is not firm can turn firm without its
    one dissenting article. Computed exactly from the floor interval's own replicates without that
    article (`Reader.leave_one_out`, ties on at most 200 articles), because the interval widens as
    well as shifts when an article goes, which the margin rule of `_run_sign` does not see."""
    small = sorted(p for p, d in known.items() if d.articles <= LEAVE_ONE_OUT_MAX)
    found = Reader.of(source).leave_one_out(
        flt, pairs=small, runs=settings.runs, seed=settings.seed, level=settings.level,
        max_articles=LEAVE_ONE_OUT_MAX,
    )  # fmt: skip
    out: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for pair, rows in found.items():
        d = known[pair]
        now = d.sign if d.firm else 0
        changes = []
        for key, net, low, high, articles in rows:
            reading = "uncertain" if articles < 2 else reading_of(round(low, 4), round(high, 4))
            sign = {"cooperative": 1, "conflictual": -1}.get(reading, 0)
            if sign != now and (sign == 0 or net * sign > 0):
                changes.append((key, sign))
        if changes:
            out[pair] = changes
    return out


RunTie = tuple[str, str, int, float, float, int]  # (a, b, sign, net, events, articles drawn)


def run_ties(
    source: ConLike,
    items: Sequence[Dyad],
    flt: EventFilter = EventFilter(),
    *,
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
) -> dict[int, list[RunTie]]:
    """The ties of each bloc run (a resampled corpus, `settings.bloc_runs` of them, the same draws as
    the dyad intervals): every tie of `items` read again from the run's net score, (a, b, sign, net,
    events, articles drawn), with the ties the run would not read as firm (`_run_sign`, and the
    deciding articles of `_deciding_articles` the run lacks) left out. What `stable_blocs` partitions
    run by run, and what a diagnosis of unstable blocs reads (which ties come and go)."""
    usable = [d for d in items if d.events >= min_events]
    known = {(d.a, d.b): d for d in usable}
    resampled = Reader.of(source).resampled_pairs(
        flt, pairs=sorted(known), runs=settings.bloc_runs, seed=settings.seed
    )
    turns = _deciding_articles(source, flt, known, settings)
    keys = sorted({k for changes in turns.values() for k, _ in changes})
    drawn = article_weights(keys, settings.bloc_runs, settings.seed) if keys else None
    row_of = {k: i for i, k in enumerate(keys)}
    by_run: dict[int, list[RunTie]] = defaultdict(list)
    for run, a, b, net, events, articles in resampled:
        d = known[(a, b)]
        sign = _run_sign(d, net, articles)
        if drawn is not None:
            # an article whose deletion would change the tie's reading is missing from this run:
            # the tie is read as it would be without that article (left out, or let in), but never
            # let in on fewer than two drawn articles, which `_run_sign` leaves out in every run
            missing = [s for k, s in turns.get((a, b), ()) if drawn[row_of[k], run] == 0]
            if missing and articles >= 2:
                sign = 0 if d.firm and 0 in missing else missing[0]
        if sign and events >= min_events:
            by_run[run].append((a, b, sign, net, events, articles))
    return dict(by_run)


def stable_blocs(
    source: ConLike,
    items: Sequence[Dyad],
    flt: EventFilter = EventFilter(),
    *,
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
) -> Blocs:
    """Blocs of the firm whole-period dyads of `items` (`Dyad.firm`: certain under the floor, so
    signed and not thin), with how stable each membership is.

    The whole procedure is run again on `settings.bloc_runs` resampled corpora (articles drawn with
    replacement, the same draws as the dyad intervals), each with its own search seed: in each run
    every tie of `items` is read again from the run's net score and left out where it would not be
    firm (see `_run_sign`), so a tie that is certain in the full data can drop out and an
    uncertain one can come in. `co_membership` is the share of runs in which two actors share a
    bloc; an actor's `stability` is its mean co-membership with the bloc-mates of the full data it
    shares a bloc with in most runs (see `_stability`), and no more than its share of runs apart
    from each stable actor of another bloc (`_apart`) or with each stable actor of its own
    (`_with`). An actor missing from a run stands alone there.
    """
    usable = [d for d in items if d.events >= min_events]
    certain = [d for d in usable if d.firm]
    graph = graph_from_dyads(certain, min_events=min_events)
    full = find_blocs(graph, seed=settings.seed)
    doubtful = sorted(
        (d for d in usable if not d.firm), key=lambda d: (d.net >= 0, -d.articles, d.net, d.a, d.b)
    )
    full = replace(
        full,
        uncertain_pairs=tuple(_left_out_row(d) for d in doubtful),
        uncertain_left_out=sum(1 for d in doubtful if d.uncertain),
        thin_left_out=sum(1 for d in doubtful if not d.uncertain and d.thin),
        floor_left_out=sum(1 for d in doubtful if not d.uncertain and not d.thin),
    )
    index = dict(full.membership)
    full = replace(
        full,
        bloc_ties=tuple(
            sorted(
                (d.a, d.b, d.articles)
                for d in certain
                if d.sign > 0 and d.a in index and index.get(d.a) == index.get(d.b)
            )
        ),
    )
    if not graph.number_of_nodes():
        return replace(full, runs=0)
    mates = {a: set(b) for b in full.blocs for a in b}
    nodes = sorted(graph.nodes)
    by_run = run_ties(source, usable, flt, min_events=min_events, settings=settings)
    alone: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for run in range(settings.bloc_runs):
        g = nx.Graph()
        g.add_nodes_from(nodes)
        for a, b, sign, net, events, articles in by_run.get(run, []):
            g.add_edge(
                a,
                b,
                sign=sign,
                net=net,
                articles=articles,
                weight=round(net * (1.0 + math.log(max(events, 1.0))), 4),
            )
        part = find_blocs(g, seed=settings.seed + run)
        in_run = {a: set(b) for b in part.blocs for a in b}
        for x in nodes:
            alone[x] += in_run.get(x, {x}) == {x}
        for bloc in part.blocs:
            for x, y in combinations(bloc, 2):
                if x in mates and y in mates:
                    together[(x, y)] += 1
    n = settings.bloc_runs
    pairs = sorted(
        ((x, y, round(c / n, 4)) for (x, y), c in together.items()), key=lambda p: (-p[2], p[0], p[1])
    )
    core = {x: _stability(x, mates[x], together, alone[x], n) for x in nodes}
    # Staying with its core is one part of holding a bloc; the others are not merging with another
    # and not splitting from its own: an actor is no more stable than its share of runs apart from
    # each actor of another bloc that is itself stable, nor than its share of runs with each stable
    # actor of its own bloc (a bloc that two stable cores form only in the full data does not hold;
    # a thin actor that comes and goes counts against no one).
    held = {
        x: min(
            [
                core[x],
                *_held_with_stable(x, mates[x], core, together, n, settings.stable),
            ]
        )
        for x in nodes
    }
    firm_runs: Counter[tuple[str, str]] = Counter(
        (a, b) for ties in by_run.values() for a, b, sign, *_ in ties if sign > 0
    )
    return replace(
        full,
        tie_runs=tuple((a, b, round(firm_runs[(a, b)] / n, 4)) for a, b, _ in full.bloc_ties),
        stability=tuple((x, round(held[x], 4)) for x in nodes),
        co_membership=tuple(pairs[:MAX_PAIRS]),
        runs=n,
        stable_at=settings.stable,
    )


def blocs(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
) -> Blocs:
    """Blocs of the whole period (or the filter's dates) from the firm dyads, with stability."""
    items = dyads(source, flt, window="all", min_events=min_events, settings=settings, with_ids=False)
    return stable_blocs(source, items, flt, min_events=min_events, settings=settings)


def blocs_over_time(
    source: ConLike,
    flt: EventFilter = EventFilter(),
    *,
    window: str = "year",
    min_events: int = 1,
    settings: ModelSettings = ModelSettings(),
) -> dict[str, Blocs]:
    """Blocs of each window's signed graph (only firm ties), in time order."""
    graphs = window_graphs(source, flt, window=window, min_events=min_events, settings=settings)
    return {label: find_blocs(certain_graph(g), seed=settings.seed) for label, g in graphs.items()}
