"""Where a time axis of the views starts: a few stray early events are left off it, and counted beside it.

"The 1992 treaty" in a background sentence, dated to its year, stretched a 2022 crisis over thirty years,
its bars pressed into the last few pixels. The dyad page of the web app, the report's timelines and the
trends (`system.dyads.trends_from_dyads`, in windows of any length) use one rule; the home page's overview
(network.js) a rule of the same kind for the whole record.
"""

from __future__ import annotations

__all__ = ["STRAY_GAP_MONTHS", "STRAY_SHARE", "WINDOW_MONTHS", "stray_early", "stray_gap"]

STRAY_GAP_MONTHS = 24  # an empty stretch this long, or longer, may set stray early events apart
STRAY_SHARE = 0.1  # at most this share of the events lies before it
# the months a window of each unit spans, so the two-year stretch is measured in windows of any length
WINDOW_MONTHS: dict[str, float] = {
    "day": 12 / 365.25,
    "week": 12 * 7 / 365.25,
    "month": 1,
    "quarter": 3,
    "year": 12,
}


def stray_gap(unit: str) -> int:
    """The empty windows of `unit` (day, week, month, quarter, year) that make the two years of
    `STRAY_GAP_MONTHS`: 24 months, 8 quarters, 2 years."""
    return max(1, round(STRAY_GAP_MONTHS / WINDOW_MONTHS[unit]))


def stray_early(events: list[int], min_gap: int = STRAY_GAP_MONTHS) -> int:
    """How many months at the start of a monthly series of event counts (every month, empty ones as 0) to
    leave off its axis: those before the longest empty stretch, when that stretch is two years or more and
    longer than what follows it, and at most a tenth of the events lie before it. 0 when the axis keeps
    every month. For a series of other windows (quarters, years) `min_gap` is two years in those windows
    (`stray_gap`)."""
    best_len, best_end, gap = 0, -1, 0
    for i, count in enumerate(events):
        gap = 0 if count else gap + 1
        if gap > best_len:
            best_len, best_end = gap, i
    if best_len < min_gap or best_len <= len(events) - best_end - 1:
        return 0
    before = sum(events[: best_end + 1])
    return best_end + 1 if 0 < before <= STRAY_SHARE * sum(events) else 0
