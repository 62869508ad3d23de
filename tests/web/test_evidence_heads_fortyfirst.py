"""The dyad page's evidence table: its heads head what they sit over (report41, issue 10).

Up to 1,300 px an event row reads as a card, yet the header row stayed, a line of column heads (Date, Event,
Source → target, Evidence, Modality, Attribution, Conf., Outlet, Article) over cards whose cells sit in no
column. There it is now what it still does, a sort control: "Sort by:" and the sortable heads only. Wider,
the table keeps its heads, each over its own column.
"""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.browser

HEADS = """() => {
  const t = document.querySelector('table#evidence');
  const tr = t.querySelector('thead tr');
  const shown = [...tr.children].filter(th => getComputedStyle(th).display !== 'none');
  return {
    before: getComputedStyle(tr, '::before').content,
    shown: shown.map(th => [th.innerText.trim(), !!th.querySelector('a.sort'),
                            Math.round(th.getBoundingClientRect().left), Math.round(th.getBoundingClientRect().right)]),
    cells: [...t.querySelector('tbody tr').children].map(td =>
      [Math.round(td.getBoundingClientRect().left), Math.round(td.getBoundingClientRect().right)]),
    rowDisplay: getComputedStyle(t.querySelector('tbody tr')).display,
  };
}"""


def _heads(browser: Any, url: str, width: int) -> dict[str, Any]:
    pg = browser.new_page(viewport={"width": width, "height": 900})
    try:
        pg.goto(url, wait_until="networkidle")
        pg.wait_for_selector("table#evidence tbody tr")
        return dict(pg.evaluate(HEADS))
    finally:
        pg.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_evidence_cards_have_a_sort_line_not_column_heads(
    browser: Any, example_server: str, width: int
) -> None:
    got = _heads(browser, example_server + "/dyad/ARM/AZE", width)
    assert got["rowDisplay"] == "block", got  # the rows are cards at this width
    assert got["before"] == '"Sort by:"', got
    names = [name for name, _, _, _ in got["shown"]]
    assert names and all(sortable for _, sortable, _, _ in got["shown"]), got["shown"]
    assert names[0].startswith("Date") and "Evidence" not in names and "Claimed by" not in names, names
    assert "Article" not in names, names


def test_evidence_table_heads_sit_over_their_columns_when_wide(browser: Any, example_server: str) -> None:
    got = _heads(browser, example_server + "/dyad/ARM/AZE", 1600)
    assert got["rowDisplay"] == "table-row", got
    assert got["before"] in ("none", "normal"), got
    names = [name for name, _, _, _ in got["shown"]]
    assert names[:4] == ["Date ▼", "Event", "Source → target", "Evidence"], names
    assert "Claimed by" in names and "Article" in names
    heads = [(left, right) for _, _, left, right in got["shown"]]
    assert len(heads) == len(got["cells"]), (heads, got["cells"])
    for (hl, hr), (cl, cr) in zip(heads, got["cells"], strict=True):
        assert abs(hl - cl) <= 1 and abs(hr - cr) <= 1, (heads, got["cells"])
