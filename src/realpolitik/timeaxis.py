"""Where a time axis of the views starts: a few stray early events are left off it, and counted beside it.

"The 1992 treaty" in a background sentence, dated to its year, stretched a 2022 crisis over thirty years,
its bars pressed into the last few pixels. The dyad page of the web app and the report's timelines use one
rule; the home page's overview (network.js) a rule of the same kind for the whole record.
"""

from __future__ import annotations

__all__ = ["STRAY_GAP_MONTHS", "STRAY_SHARE", "stray_early"]

STRAY_GAP_MONTHS = 24  # an empty stretch this long, or longer, may set stray early events apart
STRAY_SHARE = 0.1  # at most this share of the events lies before it


def stray_early(events: list[int]) -> int:
    """How many months at the start of a monthly series of event counts (every month, empty ones as 0) to
    leave off its axis: those before the longest empty stretch, when that stretch is two years or more and
    longer than what follows it, and at most a tenth of the events lie before it. 0 when the axis keeps
    every month."""
    best_len, best_end, gap = 0, -1, 0
    for i, count in enumerate(events):
        gap = 0 if count else gap + 1
        if gap > best_len:
            best_len, best_end = gap, i
    if best_len < STRAY_GAP_MONTHS or best_len <= len(events) - best_end - 1:
        return 0
    before = sum(events[: best_end + 1])
    return best_end + 1 if 0 < before <= STRAY_SHARE * sum(events) else 0
