"""The seeded article bootstrap of the system model, done in numpy over per-article sums.

The store sums each pair's events per (window, article); this module redraws articles, not events.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "REFINED_RUNS",
    "Replicates",
    "article_weights",
    "fewest_certain",
    "intervals",
    "leave_one_out",
    "replicates",
    "sides",
    "small_sample_floor",
    "widened",
]

# Poisson(1) counts by inverse transform: an article is drawn k times in a replicate with
# probability e^-1 / k!, i.e. k = how many of the cumulative thresholds a uniform 64-bit draw
# reaches. Beyond 12 draws the probability is below 1e-9 and is folded into 12.
_POISSON_CUTS = [
    np.uint64(min(2**64 - 1, int(c * 2**64)))
    for c in np.cumsum([math.exp(-1.0) / math.factorial(k) for k in range(12)])
]

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = 0x9E3779B97F4A7C15
_CELLS_PER_BLOCK = 8192 * 200  # rows x runs held at once while drawing (about 13 MB)

# Replicates for a pair whose reading the first `runs` cannot decide (`undecided`): percentile
# endpoints of a 95 % interval need about a thousand replicates or more (Efron and Tibshirani 1993,
# ch. 19; Davison and Hinkley 1997, sec. 2.5.2); 200 are enough for a standard error, not for a tail.
REFINED_RUNS = 2000

FloatArray = npt.NDArray[np.float64]


def _mix(z: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """The SplitMix64 finaliser: a 64-bit hash that spreads every input bit over the output."""
    z = (z ^ (z >> np.uint64(30))) * _M1
    z = (z ^ (z >> np.uint64(27))) * _M2
    return z ^ (z >> np.uint64(31))


def _run_keys(runs: int, seed: int) -> npt.NDArray[np.uint64]:
    base = (seed * _GOLDEN) % 2**64
    return _mix(np.array([(base + r + 1) % 2**64 for r in range(runs)], dtype=np.uint64))


def article_weights(keys: npt.ArrayLike, runs: int, seed: int) -> npt.NDArray[np.uint8]:
    """How often each article (given by a 64-bit key) is drawn in each replicate: shape (articles, runs).

    A pure function of (seed, replicate, article key): the same article weighs the same in every
    pair and window of a replicate, whatever the order or chunking of the rows.
    """
    k = np.asarray(keys, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = _mix(k[:, None] ^ _run_keys(runs, seed)[None, :])
    counts = np.zeros(z.shape, dtype=np.uint8)
    for cut in _POISSON_CUTS:
        counts += z >= cut
    return counts


@dataclass(frozen=True, slots=True)
class Replicates:
    """Per group (a pair in a window), its sums in each replicate: arrays of shape (groups, runs).

    `articles` counts the group's distinct articles drawn at least once in the replicate.
    """

    groups: list[tuple[Any, ...]]
    num: FloatArray
    den: FloatArray
    events: FloatArray
    articles: FloatArray


def _sums(rows: Sequence[Sequence[Any]], width: int, runs: int, seed: int) -> Replicates:
    """Replicate sums of complete groups; `rows` are sorted by group (the first `width` fields)."""
    n = len(rows)
    keys = np.fromiter((r[width] for r in rows), dtype=np.uint64, count=n)
    values = np.array([r[width + 1 : width + 4] for r in rows], dtype=np.float64).reshape(n, 3)
    groups: list[tuple[Any, ...]] = []
    of_row = np.empty(n, dtype=np.intp)
    last: tuple[Any, ...] | None = None
    for i, r in enumerate(rows):
        g = tuple(r[:width])
        if g != last:
            groups.append(g)
            last = g
        of_row[i] = len(groups) - 1
    out = np.zeros((4, len(groups), runs), dtype=np.float64)
    # Draw in blocks of rows so the rows x runs weights stay small however large a group is.
    block = max(1, _CELLS_PER_BLOCK // runs)
    for lo in range(0, n, block):
        hi = min(n, lo + block)
        w = article_weights(keys[lo:hi], runs, seed).astype(np.float64)
        gi = of_row[lo:hi]
        at = np.flatnonzero(np.r_[True, gi[1:] != gi[:-1]])
        for j in range(3):
            out[j, gi[at]] += np.add.reduceat(w * values[lo:hi, j, None], at, axis=0)
        out[3, gi[at]] += np.add.reduceat(w > 0, at, axis=0)
    return Replicates(groups, out[0], out[1], out[2], out[3])


def replicates(
    chunks: Iterable[Sequence[Sequence[Any]]], *, width: int, runs: int, seed: int
) -> Iterator[Replicates]:
    """Bootstrap replicate sums, group by group, from rows streamed in chunks.

    Each row is (group fields..., article key, num, den, events) with `width` group fields, and the
    rows arrive sorted by group. Each article's weight in replicate r is a Poisson(1) draw from
    (seed, r, article key) (`article_weights`); a group's sum in a replicate is the weighted sum
    of its articles' rows. Memory is bounded by the chunk size, not by the number of rows.
    """
    carry: list[Sequence[Any]] = []
    for chunk in chunks:
        if not chunk:
            continue
        rows = [*carry, *chunk]
        tail = tuple(rows[-1][:width])
        cut = len(rows)
        while cut > 0 and tuple(rows[cut - 1][:width]) == tail:
            cut -= 1
        carry = list(rows[cut:])
        if cut:
            yield _sums(rows[:cut], width, runs, seed)
    if carry:
        yield _sums(carry, width, runs, seed)


def intervals(num: FloatArray, den: FloatArray, level: float) -> tuple[FloatArray, FloatArray]:
    """The `level` percentile interval of num/den per group over the replicates where den > 0
    (a replicate that drew none of the group's articles says nothing about it); 0..0 if none."""
    q = np.array([(1 - level) / 2, 1 - (1 - level) / 2])
    ratio = np.divide(num, den, out=np.full(num.shape, np.nan), where=den > 0)
    low = np.zeros(len(num))
    high = np.zeros(len(num))
    some = (den > 0).any(axis=1)
    if some.any():
        qs = np.nanquantile(ratio[some], q, axis=1)
        low[some], high[some] = qs[0], qs[1]
    return low, high


def sides(num: FloatArray, den: FloatArray) -> tuple[FloatArray, FloatArray]:
    """Per group, the share of its replicates whose net score num/den is below zero and the share
    above zero, over the replicates where den > 0 (those that drew any of its articles, as
    `intervals` counts them); a replicate whose net is zero is on neither side, so the two shares
    can sum to less than 1. Both are 0 for a group no replicate drew.

    These are the replicates the interval is read from, so the shares say how far a pair whose
    interval reaches zero leans: -0.28 with 87 % of replicates below zero is not a coin toss. A net
    within 1e-9 of zero (a float sum of shares that cancel) counts as zero.
    """
    drawn = den > 0
    n = drawn.sum(axis=1)
    safe = np.maximum(n, 1)
    tol = 1e-9 * np.abs(den)
    below = (drawn & (num < -tol)).sum(axis=1) / safe
    above = (drawn & (num > tol)).sum(axis=1) / safe
    return below.astype(np.float64), above.astype(np.float64)


def undecided(num: FloatArray, den: FloatArray, level: float) -> npt.NDArray[np.bool_]:
    """Groups whose reading these replicates cannot settle: the share of replicates on the far side
    of zero (num/den <= 0 for a cooperative lean, >= 0 for a conflictual one) lies within three Monte
    Carlo standard errors of the tail (1 - level) / 2 that decides the reading, and above zero.

    The reading asks whether the percentile interval excludes zero, i.e. whether fewer than 2.5 % of
    the replicates (at 95 %) fall on the far side. With R replicates that share has a standard error
    of sqrt(0.025 x 0.975 / R), 0.011 at R = 200, so a pair whose share is 0.03 reads one way or the
    other by the seed alone. A group with no replicate on the far side (every article agrees, or none
    of R draws crossed zero) is settled; so is one far from the tail either way.
    """
    ratio = np.divide(num, den, out=np.full(num.shape, np.nan), where=den > 0)
    drawn = (den > 0).sum(axis=1)
    safe = np.maximum(drawn, 1)
    far = np.minimum((ratio <= 0).sum(axis=1), (ratio >= 0).sum(axis=1)) / safe
    tail = (1 - level) / 2
    margin = 3 * np.sqrt(tail * (1 - tail) / safe)
    return (drawn > 0) & (far > 0) & (far < tail + margin)


def small_sample_floor(
    net: npt.ArrayLike, articles: npt.ArrayLike, level: float
) -> tuple[FloatArray, FloatArray]:
    """The narrowest interval `articles` independent articles can support for a net score `net`:
    the Wilson score interval at `level` of the cooperative share p = (net + 1) / 2, as if each
    article were one vote for cooperation or conflict, mapped back to -1..+1.

    The article bootstrap cannot see beyond the articles it has: when they all agree it gives an
    interval of zero width, so two agreeing articles looked as certain as fourteen. Two votes that
    agree are what a relation without any lean gives one time in two, and the Wilson interval
    says so: two agreeing articles give -0.32..+1.00 at 95 %, four +0.02..+1.00, fourteen
    +0.57..+1.00. A group with no article gets the whole range.
    """
    x = np.asarray(net, dtype=np.float64)
    n = np.asarray(articles, dtype=np.float64)
    z = statistics.NormalDist().inv_cdf(0.5 + level / 2)
    p = np.clip((x + 1.0) / 2.0, 0.0, 1.0)
    some = n > 0
    safe = np.where(some, n, 1.0)
    centre = (p + z * z / (2 * safe)) / (1 + z * z / safe)
    half = z * np.sqrt(p * (1 - p) / safe + z * z / (4 * safe * safe)) / (1 + z * z / safe)
    low = np.where(some, 2 * (centre - half) - 1, -1.0)
    high = np.where(some, 2 * (centre + half) - 1, 1.0)
    return np.clip(low, -1.0, 1.0), np.clip(high, -1.0, 1.0)


def fewest_certain(level: float) -> int:
    """The fewest articles whose floor (`small_sample_floor`) can clear zero at `level`, when
    they all agree: the first n above z squared (4 at 95 %). With fewer, no relation can read
    cooperative or conflictual, whatever the articles say: its support is thin."""
    z = statistics.NormalDist().inv_cdf(0.5 + level / 2)
    return math.floor(z * z) + 1


def widened(
    low: npt.ArrayLike, high: npt.ArrayLike, net: npt.ArrayLike, articles: npt.ArrayLike, level: float
) -> tuple[FloatArray, FloatArray]:
    """The bootstrap interval `low`..`high` widened, where it is narrower, to `small_sample_floor`:
    the interval the system model reports. With many articles the bootstrap is the wider of the two
    and stands; with few that agree, the floor keeps their interval from reading as certain."""
    floor_low, floor_high = small_sample_floor(net, articles, level)
    return np.minimum(np.asarray(low, dtype=np.float64), floor_low), np.maximum(
        np.asarray(high, dtype=np.float64), floor_high
    )


def leave_one_out(
    keys: npt.ArrayLike,
    num: npt.ArrayLike,
    den: npt.ArrayLike,
    *,
    runs: int,
    seed: int,
    level: float,
    refined_runs: int = REFINED_RUNS,
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """One group's net score and interval with each of its articles left out in turn.

    `keys`, `num`, `den`: the group's articles (bootstrap keys) and their sums. Returns arrays of
    length articles: net, low and high without article j (the interval widened to the floor of the
    remaining articles, `widened`, as the full data's is). The replicates are those of the
    bootstrap with article j's weight set to zero, which are exactly the replicates of a corpus
    without that article (the weights are a function of seed, replicate and article key only);
    where `runs` of them leave the reading to the seed (`undecided`), `refined_runs`, as
    `Reader.pair_aggregates` does for the corpus without the article.
    """
    k = np.asarray(keys, dtype=np.uint64)
    nu = np.asarray(num, dtype=np.float64)
    de = np.asarray(den, dtype=np.float64)
    total = max(runs, refined_runs)
    w = article_weights(k, total, seed).astype(np.float64)  # (articles, total); the first `runs` are the base
    rest_num = (w * nu[:, None]).sum(axis=0)[None, :] - w * nu[:, None]
    rest_den = (w * de[:, None]).sum(axis=0)[None, :] - w * de[:, None]
    low, high = intervals(rest_num[:, :runs], rest_den[:, :runs], level)
    if total > runs:
        open_ = undecided(rest_num[:, :runs], rest_den[:, :runs], level)
        if open_.any():
            low_r, high_r = intervals(rest_num[open_], rest_den[open_], level)
            low[open_], high[open_] = low_r, high_r
    left_den = de.sum() - de
    net = np.divide(nu.sum() - nu, left_den, out=np.zeros(len(nu)), where=left_den > 0)
    low, high = widened(low, high, net, np.full(len(nu), len(nu) - 1), level)
    return net, low, high
