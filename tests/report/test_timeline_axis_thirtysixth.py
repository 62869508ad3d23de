"""The report's timelines leave a stray early event off their shared axis, as the dyad page does (report36).

On the seeds the 95 % rule left out the three events of 1992-01, but one event of 2008 (a background
sentence) beside a record of 2019-2023 still stretched the axis over sixteen years.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from realpolitik.report.plots import month_range, months_left_out


def _pair(*months: tuple[str, int]) -> Any:
    return SimpleNamespace(months=[SimpleNamespace(window=w, quad_counts=(n, 0, 0, 0)) for w, n in months])


def test_the_shared_axis_starts_after_a_stray_early_event() -> None:
    busy = _pair(("2019-01", 2), ("2020-01", 2), ("2022-02", 44), ("2023-07", 4))
    stray = _pair(("1992-01", 3), ("2008-01", 1), ("2022-02", 1), ("2023-03", 9))
    months = month_range([busy, stray])
    assert (months[0], months[-1]) == ("2019-01", "2023-07")  # before: from 2008-01
    assert months_left_out([busy, stray], months) == (4, "1992-01")


def test_a_record_without_a_long_empty_stretch_keeps_its_axis() -> None:
    steady = _pair(*((f"20{y}-{m:02d}", 1) for y in (20, 21) for m in (1, 5, 9)))
    months = month_range([steady])
    assert (months[0], months[-1], len(months)) == ("2020-01", "2021-09", 21)
    assert months_left_out([steady], months) == (0, None)
