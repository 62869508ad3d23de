"""The narratives page as a reader of the example corpus sees it (thirty-second session).

Thirty-nine of its cells read "100% (1/1)": a share that rests on one article, said as firmly as a share
of twenty. A window with fewer articles than the headline floor now says "one article" (faint and
italic, with a title saying why), as the thin outlet chips of /outlets do. And the page printed the
outlet key "(unknown outlet)" where the report, the other pages and the CLI say "unknown outlet".
"""

from __future__ import annotations

import re

import pytest

from .conftest import get


def test_narratives_page_gives_no_share_of_one_article(example_server: str) -> None:
    # (by month: with no window asked for the page now shows years, thirty-fifth session)
    html = get(example_server + "/narratives", params={"window": "month"}).text
    assert "(1/1)" not in html and "100% <" not in html
    thin = re.findall(r'<span class="thin" title="([^"]*)">([^<]*)</span>', html)
    assert thin and {text for _, text in thin} == {"one article"}, thin[:3]
    assert all("fewer than 2 articles" in title for title, _ in thin)
    # a window on the floor keeps its share with its basis
    assert re.search(r"\d+% <span class=\"muted\">\(1/2\)</span>", html)
    # by year the windows are fuller: shares come back where two or more articles stand behind them
    yearly = get(example_server + "/narratives", params={"window": "year"}).text
    assert yearly.count("one article") < html.count("one article")


@pytest.mark.parametrize("path", ["/narratives", "/narratives?window=year", "/outlets"])
def test_pages_write_unknown_outlet_as_the_report_does(example_server: str, path: str) -> None:
    html = get(example_server + path).text
    assert "(unknown outlet)" not in html and "(unknown)<" not in html
    assert "unknown outlet" in html


def test_one_outlet_wording_for_every_key() -> None:
    from realpolitik.narratives.model import UNKNOWN_OUTLET as NARRATIVES
    from realpolitik.report.data import UNKNOWN_OUTLET as REPORT
    from realpolitik.store import UNKNOWN_OUTLET as STORE
    from realpolitik.system.perspectives import UNKNOWN_OUTLET as PERSPECTIVES
    from realpolitik.wording import UNKNOWN_OUTLET_KEYS, outlet_name

    assert {NARRATIVES, REPORT, STORE, PERSPECTIVES} <= UNKNOWN_OUTLET_KEYS
    assert {outlet_name(k) for k in (*UNKNOWN_OUTLET_KEYS, None, "")} == {"unknown outlet"}
    assert outlet_name("Caspian Digest") == "Caspian Digest"


@pytest.mark.browser
def test_narrative_rows_are_not_mostly_blank(example_server: str) -> None:
    """A month with four frames (Meridian Wire, 2021-04 on the examples) made its row 389 px tall at 1,300 px:
    each frame put its disclosure mark on a line of its own, its pill on three more in a 9rem cell and its
    share below, and every other cell of the row stood blank beside it. The mark now sits beside the pill, the
    cell keeps 11rem (most pills on two lines), and the row is about 257 px."""
    from .test_layout_twentysixth import _heights

    rows = _heights(example_server + "/narratives?window=month", 1300, 900, "#narratives tbody tr")
    assert rows and max(rows) <= 280, rows
    pills = _heights(example_server + "/narratives?window=month", 1300, 900, "#narratives .pill")
    # most on two lines (the longest name on three)
    assert pills and sorted(pills)[len(pills) // 2] <= 40, pills
