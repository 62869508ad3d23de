"""The article bootstrap in numpy: seeded draws, independent of chunking, sums as defined."""

from __future__ import annotations

import math

import numpy as np
import pytest

from realpolitik.resample import article_weights, intervals, replicates, sides, undecided


def test_resample_article_weights_are_poisson_one_and_reproducible() -> None:
    keys = np.arange(1, 50_001, dtype=np.uint64) * np.uint64(2654435761)
    w = article_weights(keys, 20, seed=7)
    assert w.shape == (50_000, 20)
    assert np.array_equal(w, article_weights(keys, 20, seed=7))
    assert not np.array_equal(w, article_weights(keys, 20, seed=8))
    share = np.bincount(w.ravel(), minlength=4)[:4] / w.size
    expected = [math.exp(-1) / math.factorial(k) for k in range(4)]
    assert np.allclose(share, expected, atol=0.003)
    # an article's weight in a replicate does not depend on which other articles are drawn with it
    assert np.array_equal(article_weights(keys[5:9], 20, seed=7), w[5:9])
    # the replicates are not copies of each other
    assert not np.array_equal(w[:, 0], w[:, 1])


def _rows() -> list[tuple[str, str, str, int, float, float, int]]:
    rows = []
    for g in range(40):
        for art in range(1 + g % 7):
            key = 1000 * g + art + 1
            num = float((-1) ** (art + g) * (1 + art % 2))
            rows.append(("A", f"B{g:02d}", "all", key, num, abs(num), 1 + art % 3))
    return rows


@pytest.mark.parametrize("chunk", [1, 3, 17, 10_000])
def test_resample_replicates_do_not_depend_on_chunking(chunk: int) -> None:
    rows = _rows()
    chunks = [rows[i : i + chunk] for i in range(0, len(rows), chunk)]
    parts = list(replicates(chunks, width=3, runs=30, seed=42))
    groups = [g for p in parts for g in p.groups]
    assert groups == sorted({r[:3] for r in rows})
    num = np.vstack([p.num for p in parts])
    events = np.vstack([p.events for p in parts])
    whole = list(replicates([rows], width=3, runs=30, seed=42))
    assert np.array_equal(num, np.vstack([p.num for p in whole]))
    # each group's replicate sum is the weighted sum of its own articles' rows
    for i, g in enumerate(groups):
        mine = [r for r in rows if r[:3] == g]
        w = article_weights([r[3] for r in mine], 30, seed=42)
        assert np.allclose(num[i], w.T @ np.array([r[4] for r in mine]))
        assert np.allclose(events[i], w.T @ np.array([r[6] for r in mine], dtype=float))


def test_resample_intervals_skip_replicates_without_the_group() -> None:
    num = np.array([[1.0, -1.0, 0.0, 2.0], [0.0, 0.0, 0.0, 0.0]])
    den = np.array([[1.0, 1.0, 0.0, 2.0], [0.0, 0.0, 0.0, 0.0]])
    low, high = intervals(num, den, 0.5)
    # ratios 1, -1, 1 over the replicates that drew the group; the empty replicate is no zero
    assert (low[0], high[0]) == (0.0, 1.0)
    assert (low[1], high[1]) == (0.0, 0.0)


def test_resample_undecided_marks_a_far_side_share_near_the_deciding_tail() -> None:
    """At 95 % a reading turns on whether under 2.5 % of the replicates fall on the far side of zero;
    with 200 replicates a share of 3 % is within Monte Carlo error of it, 0 % and 30 % are not."""
    runs = 200

    def group(far: int, lean: float = -0.5) -> np.ndarray:
        # `far` replicates on the other side of zero from the lean of the rest
        return np.array([-lean if r < far else lean for r in range(runs)])

    num = np.stack([group(0), group(6), group(60), group(6, lean=0.5), np.zeros(runs)])
    den = np.ones_like(num)
    den[4] = 0.0  # a group no replicate drew
    assert undecided(num, den, 0.95).tolist() == [False, True, False, True, False]
    # 4 %: within three standard errors of 2.5 % at 200 replicates (0.011 each), not at 2000 (0.0035)
    for runs_, expected in ((200, True), (2000, False)):
        share = np.array([[1.0 if r < runs_ // 25 else -0.5 for r in range(runs_)]])
        assert undecided(share, np.ones_like(share), 0.95).tolist() == [expected]


def test_resample_sides_count_only_drawn_replicates_and_no_zero() -> None:
    """Of five replicates the first group's articles are drawn in four (den > 0): two nets below
    zero, one above, one zero (a float sum of shares that cancel counts as zero); a group drawn in
    none has no side."""
    num = np.array([[-1.0, 2.0, 0.0, 1e-17, -3.0], [0.0, 0.0, 0.0, 0.0, 0.0]])
    den = np.array([[1.0, 2.0, 0.0, 1.0, 3.0], [0.0, 0.0, 0.0, 0.0, 0.0]])
    below, above = sides(num, den)
    assert below.tolist() == [0.5, 0.0] and above.tolist() == [0.25, 0.0]
