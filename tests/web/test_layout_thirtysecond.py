"""The web app over the example corpus as a user sees it (thirty-second session), in a real Chromium.

- An event shown as a card (up to 1,300 px, and on a phone) has no column heads beside its cells: its
  confidence read as a bare "0.52" and a claim nobody is named for as a bare "—". A card now says
  "confidence 0.52" and "claimed by Hikmet Hajiyev (speaker) AZE" or "claimed by Wire (outlet's own account)"
  (report41: one wording with the CLI's evidence and the report, `wording.claimed_by`).
- An uncertain pair's net score (its interval reaches zero) was drawn in the bold green or red of a
  reading: Georgia beside Azerbaijan, "+1.00 [−1.00, +1.00] uncertain, thin: 1 article", in the colour
  of Israel's firm +1.00. It now takes the colour of its reading (amber, or its lean's lighter tint).
- On a phone the home page's dyads table squeezed its heads ("Net cooperation" into 57 px, under its
  neighbour) and the evidence column of the chosen pair got 55 px between fixed columns.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from .conftest import get

pytestmark = pytest.mark.browser

GREEN, RED = "rgb(30, 132, 73)", "rgb(192, 57, 43)"  # .pos and .neg, the colours of a reading


def _open(browser: Any, url: str, width: int) -> Any:
    pg = browser.new_page(viewport={"width": width, "height": 900})
    pg.goto(url, wait_until="networkidle")
    return pg


BEFORE = """(sel) => [...document.querySelectorAll(sel)].slice(0, 40).map(td =>
  getComputedStyle(td, '::before').content)"""


@pytest.mark.parametrize("width", [390, 1280])
def test_an_event_card_says_what_its_confidence_and_attribution_are(
    browser: Any, example_server: str, width: int
) -> None:
    pg = _open(browser, example_server + "/events", width)
    try:
        conf = pg.evaluate(BEFORE, "#events tbody td.conf")
        named = pg.evaluate(BEFORE, "#events tbody td.attr:not(.none)")
        unnamed = pg.evaluate(BEFORE, "#events tbody td.attr.none")
        unnamed_text = pg.evaluate(
            "() => [...document.querySelectorAll('#events tbody td.attr.none')].map(td => td.innerText.trim())"
        )
    finally:
        pg.close()
    assert conf and set(conf) == {'"confidence "'}
    assert named and set(named) == {'"claimed by "'}
    assert unnamed and set(unnamed) == {'"claimed by "'}
    # no speaker: the cell names whose account it is, never a bare dash
    assert unnamed_text and all(
        t.endswith("(outlet's own account)") or t.endswith(" reports)") for t in unnamed_text
    ), unnamed_text


def test_a_wide_events_table_keeps_its_column_heads_and_no_labels(browser: Any, example_server: str) -> None:
    pg = _open(browser, example_server + "/events", 1600)
    try:
        conf = pg.evaluate(BEFORE, "#events tbody td.conf")
    finally:
        pg.close()
    assert conf and set(conf) == {"none"}


def test_an_uncertain_pairs_net_is_not_drawn_as_a_reading(browser: Any, example_server: str) -> None:
    html = get(example_server + "/actor/AZE").text
    rows = re.findall(
        r'<td class="([^"]*)">([−+]\d\.\d\d) <span class="muted small">\[([^]]*)\]</span> (.*?)</td>', html
    )
    assert rows
    for cls, _net, _ci, reading in rows:
        uncertain = "reading-uncertain" in reading
        assert cls.startswith("net-unc") == uncertain, (cls, reading)
    dyad = get(example_server + "/dyad/ARM/AZE").text  # net −0.24, interval −0.50 to +0.12
    assert re.search(r'net cooperation <b class="net-unc lean-conflictual">−0\.24</b>', dyad)
    # the same in the browser, and in the home page's dyads table (drawn by network.js)
    pg = _open(browser, example_server + "/actor/AZE", 1300)
    try:
        colours = pg.evaluate(
            """() => [...document.querySelectorAll('#partners tbody tr')].map(tr => {
              const td = [...tr.cells].find(c => c.querySelector('[class*=reading-]'));
              return [td.querySelector('[class*=reading-]').className, getComputedStyle(td).color]; })"""
        )
        pg.goto(example_server + "/", wait_until="networkidle")
        pg.wait_for_selector("#dyads tbody tr")
        home = pg.evaluate(
            """() => [...document.querySelectorAll('#dyads tbody tr')].map(tr => {
              const td = tr.cells[2];
              return [td.querySelector('[class*=reading-]').className, getComputedStyle(td).color]; })"""
        )
    finally:
        pg.close()
    for cls, colour in colours + home:
        if "reading-uncertain" in cls:
            assert colour not in (GREEN, RED), (cls, colour)
        else:
            assert colour in (GREEN, RED), (cls, colour)
    assert any("reading-uncertain" in c for c, _ in home) and any(
        "reading-uncertain" not in c for c, _ in home
    )


def test_the_home_tables_read_on_a_phone(browser: Any, example_server: str) -> None:
    pg = _open(browser, example_server + "/?dyad=ARM:AZE", 390)
    try:
        pg.wait_for_selector("#evidence tbody tr td")
        found = pg.evaluate(
            """() => ({
              clipped: [...document.querySelectorAll('#dyads th, #evidence th')]
                .filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent.trim()),
              sentences: [...document.querySelectorAll('#evidence tbody tr')].slice(0, 10)
                .map(tr => Math.round(tr.cells[1].getBoundingClientRect().width)),
              page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
            })"""
        )
    finally:
        pg.close()
    assert found["clipped"] == []
    assert found["sentences"] and min(found["sentences"]) >= 250, found
    assert found["page"][0] <= found["page"][1] <= 390, found
