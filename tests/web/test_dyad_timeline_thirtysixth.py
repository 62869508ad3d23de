"""The dyad page's timeline fits the axis to where the events are (report36, issue 10).

On the seeds, France–Russia has 44 events in February 2022 and three dated 1992-01 (a treaty named in a
background sentence): the page drew thirty years of months, the crisis a sliver at the right edge. A few
stray early events are now left off the axis and counted under it, as the home page's overview does.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from realpolitik.timeaxis import stray_early as _stray_early
from realpolitik.web import create_app

from .conftest import Client


@pytest.mark.parametrize(
    ("events", "cut"),
    [
        ([3] + [0] * 323 + [2] + [0] * 11 + [2] + [0] * 24 + [44], 324),  # the seeds' FRA-RUS: 1992 left off
        ([1] + [0] * 59 + [1, 0, 3, 0, 4, 0, 3, 4] + [0] * 3 + [4], 60),  # RUS-TUR: one event of 2015
        ([5] + [0] * 30 + [30] + [0] * 35 + [1], 0),  # the stretch is no longer than what follows it
        ([2] + [0] * 30 + [3] + [0] * 3 + [4], 0),  # more than a tenth of the events lie before it
        ([1] + [0] * 22 + [20] * 3, 0),  # under two years apart: one axis
        ([4, 5, 6], 0),
    ],
)
def test_stray_early_events_leave_the_axis(events: list[int], cut: int) -> None:
    assert _stray_early(events) == cut


def test_dyad_page_starts_its_axis_after_a_stray_early_event(tmp_path: Path) -> None:
    from tests.system.conftest import spec, write_events

    days = [f"2022-0{m}-{d:02d}" for m in (1, 2, 3) for d in (3, 9, 15, 21)]
    specs = [spec("FRA", "RUS", "consult", day, f"Outlet {i % 3}") for i, day in enumerate(days)]
    specs.append(spec("FRA", "RUS", "agree", "1992-02-07", "Outlet 0"))
    c = Client(create_app(write_events(tmp_path / "stray.duckdb", specs)))
    page = c.get("/dyad/FRA/RUS").text
    plot = page.split('class="timeline-wrap"', 1)[1].split("</svg>\n</div>", 1)[0]
    months = re.findall(r"<title>(\d{4}-\d\d): ", plot)
    assert months and min(months) == "2022-01", months  # before: the axis ran from 1992-02
    assert 'aria-label="asserted events per month by quad class, 2022-01 to 2022-03"' in page
    note = re.search(r'<p class="muted small" id="timeline-note">(.*?)</p>', page)
    assert note is not None
    assert note.group(1) == (
        "Not on the axis: 1 earlier event from 1992-02 (in the evidence below): "
        "the axis starts after more than 29 years without an event."
    )
    assert "1992-02-07" in page  # the event itself is still in the evidence
    # without the stray event: every month on the axis, no note
    c = Client(create_app(write_events(tmp_path / "plain.duckdb", specs[:-1])))
    assert 'id="timeline-note"' not in c.get("/dyad/FRA/RUS").text


def test_dyad_page_counts_undated_events_under_the_axis(tmp_path: Path) -> None:
    """(report37) On the seeds AZE–IRN says "3 asserted events" over a chart of one: two come from sentences
    with no date in an article with none. The page now counts them under the axis."""
    from tests.system.conftest import spec, write_events

    specs = [
        spec("IRN", "AZE", "accuse", "2023-07-21", "Outlet 0"),
        spec("IRN", "AZE", "accuse", None, "Outlet 1", precision="unknown"),
        spec("AZE", "IRN", "threaten", None, "Outlet 1", precision="unknown"),
    ]
    page = Client(create_app(write_events(tmp_path / "undated.duckdb", specs))).get("/dyad/AZE/IRN").text
    note = re.search(r'<p class="muted small" id="timeline-undated">(.*?)</p>', page)
    assert note is not None and note.group(1) == "Not on the axis: 2 undated events (in the evidence below)."
    plot = page.split('class="timeline-wrap"', 1)[1].split("</svg>\n</div>", 1)[0]
    assert re.findall(r"<title>(\d{4}-\d\d): ", plot) == ["2023-07"]
    # only undated events: no chart, and the line says how many
    page = Client(create_app(write_events(tmp_path / "none.duckdb", specs[1:]))).get("/dyad/AZE/IRN").text
    assert "No dated asserted events: 2 undated (in the evidence below)." in page
    # every event dated: no such line
    page = Client(create_app(write_events(tmp_path / "dated.duckdb", specs[:1]))).get("/dyad/AZE/IRN").text
    assert 'id="timeline-undated"' not in page
