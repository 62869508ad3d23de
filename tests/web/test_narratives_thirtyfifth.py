"""/narratives as a desktop reader sees it (thirty-fifth session).

On the example corpus the page drew one column per month: 36 windows with articles, most of them past the
screen's edge at 1280 px, the outlet names scrolled away with them. With no window asked for, the page now
takes the finest window (month, quarter, year) that puts the record in at most eight columns, and says so;
a month asked for still scrolls, with the outlet column fixed. And the articles of unknown outlets, pooled,
took a side in "Opposite stories" (on the seeds an outlet's undated article against "unknown outlet"'s): they
take none, as in the disagreements of the outlets page.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import get, narrative_article


def _windows(html: str) -> list[str]:
    head = html.split('id="narratives"', 1)[1].split("</thead>", 1)[0]
    return re.findall(r"<th>([^<]+)</th>", head)[1:]


def test_the_window_is_chosen_to_fit_the_record(example_server: str) -> None:
    html = get(example_server + "/narratives").text
    shown = [w for w in _windows(html) if w != "undated"]
    assert 0 < len(shown) <= 8, shown
    assert all(re.fullmatch(r"\d{4}", w) for w in shown), shown  # five years of articles: by year
    assert "chosen to keep the record on the screen" in html
    assert re.search(r"<option selected>year</option>", html)
    # a month asked for is given, each month a column, and no note of a choice
    monthly = get(example_server + "/narratives", params={"window": "month"}).text
    assert len(_windows(monthly)) > 8 and "chosen to keep" not in monthly
    assert all(re.fullmatch(r"\d{4}-\d\d|undated", w) for w in _windows(monthly))


def test_fitting_unit_takes_the_finest_window_that_fits() -> None:
    from realpolitik.narratives.model import fitting_unit

    def arts(*days: str | None) -> list[dict[str, Any]]:
        return [{"date": d} for d in days]

    assert fitting_unit(arts("2023-01-05", "2023-03-01", None)) == "month"
    months = [f"2022-{m:02d}-01" for m in range(1, 13)]
    assert fitting_unit(arts(*months)) == "quarter"  # twelve months, four quarters
    years = [f"{y}-{m:02d}-01" for y in range(2019, 2024) for m in (1, 4, 7, 10)]
    assert fitting_unit(arts(*years)) == "year"  # twenty quarters, five years
    assert fitting_unit([]) == "month"


@pytest.mark.browser
def test_the_grid_fits_a_laptop_and_a_month_keeps_the_outlet_in_view(
    browser: Any, example_server: str
) -> None:
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    pg.goto(example_server + "/narratives", wait_until="load")
    wrap = "document.querySelector('#narratives').parentElement"
    over = pg.evaluate(f"() => {wrap}.scrollWidth - {wrap}.clientWidth")
    assert over <= 1, over  # every column on the screen
    pg.goto(example_server + "/narratives?window=month", wait_until="load")
    assert pg.evaluate(f"() => {wrap}.scrollWidth - {wrap}.clientWidth") > 400
    pg.evaluate(f"() => {{ {wrap}.scrollLeft = 2000; }}")
    left = pg.evaluate(
        f"() => [{wrap}.getBoundingClientRect().left, "
        "document.querySelector('#narratives tbody td:first-child').getBoundingClientRect().left]"
    )
    # scrolled far right, the outlet's name is where it was
    assert abs(left[0] - left[1]) <= 1, left


def test_unknown_outlets_take_no_side_in_opposite_stories() -> None:
    from realpolitik.narratives import load_pack
    from realpolitik.narratives.model import oppositions

    pack = load_pack()
    opp = pack.oppositions[0]
    first, second = opp.frames
    actor = opp.actors[0]
    # (dated: undated articles take no side since report36)
    named = narrative_article("a1", "Wire One", first, actor, "2021-03-02")
    unknown = [narrative_article(f"u{i}", None, second, actor, "2021-03-05") for i in range(3)]
    # one named outlet against the pooled unknown ones: no opposition between outlets
    assert oppositions(pack, [named, *unknown]) == []
    # a second named outlet makes one, and the unknown ones stay off both sides
    other = narrative_article("a2", "Wire Two", second, actor, "2021-03-09")
    (found,) = oppositions(pack, [named, *unknown, other])
    assert [s["outlets"] for s in found["sides"]] == [["Wire One"], ["Wire Two"]]
    assert all(s["outlet"] != "(unknown outlet)" for side in found["sides"] for s in side["sentences"])


def test_the_page_says_unknown_outlets_take_no_side(example_server: str) -> None:
    html = get(example_server + "/narratives").text
    section = html.split("Opposite stories about the same actors", 1)[1].split("Frames beside events", 1)[0]
    assert "unknown outlet" not in section.split("Articles whose outlet is unknown", 1)[0]
    assert "Articles whose outlet is unknown take no side here" in section


def test_frames_beside_events_list_the_unknown_outlet_last(example_server: str) -> None:
    """The rows of a frame put "unknown outlet" first (its key "(unknown outlet)" sorted before the names), where
    every other list of outlets puts it last."""
    html = get(example_server + "/narratives").text
    body = html.split('id="frame-events"', 1)[1].split("</tbody>", 1)[0]
    rows = re.findall(r"<tr><td>([^<]+)</td><td class=\"frame-name\">([^<]+)</td>", body)
    by_frame: dict[str, list[str]] = {}
    for outlet, frame in rows:
        by_frame.setdefault(frame, []).append(outlet)
    assert any("unknown outlet" in outlets for outlets in by_frame.values()), by_frame
    for outlets in by_frame.values():
        if "unknown outlet" in outlets:
            assert outlets[-1] == "unknown outlet", outlets
