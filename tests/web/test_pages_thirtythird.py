"""The web pages as a user reads them (thirty-third session). Real DuckDB stores."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from realpolitik.records import Article
from realpolitik.store import Store
from realpolitik.web import create_app

from .conftest import Client, _event


def _two_stories(db: Path) -> Path:
    """Outlet A reports Armenia agreeing with Azerbaijan, Outlet B Azerbaijan attacking Armenia (labelled
    synthetic records, not news)."""
    coop = "Synthetic test record: ARM AGREE AZE."
    conf = "Synthetic test record: AZE ASSAULT ARM."
    arm, aze = ("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")
    with Store(db) as store:
        for i, (outlet, text) in enumerate([("Outlet A", coop), ("Outlet B", conf)] * 2):
            art = Article(
                f"s{i:015d}", f"{i}.txt", 1, 1, "Story", f"2021-03-0{i + 1}", None, outlet, "en", text
            )
            store.add_articles([art])
            ev = (
                _event(text, text, "AGREE", "057", 8.0, 1, [arm], [aze], "AGREE", art.date or "")
                if text == coop
                else _event(text, text, "ASSAULT", "190", -10.0, 4, [aze], [arm], "ASSAULT", art.date or "")
            )
            store.save_analysis(art.id, [], [ev], text)
    return db


def test_outlets_disagreement_score_says_what_it_is(tmp_path: Path) -> None:
    """/outlets gave each disagreement a bare "Score" ("1.00") with nothing saying what it measures or what it
    rests on. The column is now "Disagreement (0–1)", its header and cells say how it is computed, and the
    text above the table says it is the gap between the outlets' nets, not a measure of support."""
    html = Client(create_app(_two_stories(tmp_path / "two.duckdb"))).get("/outlets").text
    body = html.split('id="disagreements"', 1)[1].split("</table>", 1)[0]
    head = re.search(r"<thead>(.*?)</thead>", body, re.S)
    assert head is not None and ">Score<" not in head.group(1)
    # (thirty-fifth session: the two sides' pooled nets, no longer the two most extreme outlets)
    assert "Disagreement (0–1)" in head.group(1) and "pooled net scores" in head.group(1)
    assert re.search(r'<td title="half the gap[^"]*">1\.00</td>', body), body
    intro = html.split("<h2>Where outlets disagree</h2>", 1)[1].split("<div", 1)[0]
    assert "not how much they rest on" in intro


# the label boxes cytoscape draws (after a frame, its own boxes hold the font size in force), the names shown
LABELS = """() => { const cy = window.realpolitikGraph; const shown = cy.nodes().filter(n => +n.style('text-opacity') > 0);
  const box = n => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  const over = [];
  shown.forEach((a, i) => shown.forEach((b, j) => { const p = box(a), q = box(b);
    if (i < j && p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) over.push(a.data('label') + ' / ' + b.data('label')); }));
  return { shown: shown.map(n => n.data('label')), hidden: cy.nodes().length - shown.length, over: over }; }"""


# every node whose name is hidden sits under every node whose name is shown (cytoscape draws each node's name
# with the node, in z-index order)
DRAWN_UNDER_NAMES = """() => { const cy = window.realpolitikGraph, z = n => n.pstyle('z-index').value;
  const shown = cy.nodes().filter(n => +n.style('text-opacity') > 0), quiet = cy.nodes().difference(shown);
  return quiet.length > 0 && quiet.every(q => shown.every(s => z(q) < z(s))); }"""


# Names laid out for the zoom in force (network.js's declutter runs when the graph is drawn and 120 ms after a
# zoom, and notes the zoom it ran for), then one frame drawn, so cytoscape's boxes hold the font size it set.
_DECLUTTERED = (
    "() => { const cy = window.realpolitikGraph; return cy.scratch('declutteredAt') === cy.zoom(); }"
)
_NEXT_FRAME = """() => { const cy = window.realpolitikGraph; window.__drawn = false;
  cy.one('render', () => { window.__drawn = true; }); cy.forceRender(); }"""


def _labels_laid_out(pg: Any) -> Any:
    pg.wait_for_function(_DECLUTTERED)
    pg.evaluate(_NEXT_FRAME)
    pg.wait_for_function("() => window.__drawn === true")
    return pg.evaluate(LABELS)


@pytest.mark.browser
def test_network_names_do_not_overlap_on_a_phone(browser: Any, example_server: str) -> None:
    """The home page's network on a phone (390 px) fits the whole graph into 350 px, and names piled on each
    other ("Karabakh authorities" over "Ukraine", "United States" over "Georgia"; at 1300 px "International
    Court of Justice" over "Iran"). A name that would cover the name of an actor with more events is now hidden
    until the graph is zoomed in; zooming in shows it again."""
    for width in (390, 1300):
        pg = browser.new_page(viewport={"width": width, "height": 900})
        pg.goto(example_server + "/", wait_until="networkidle")
        pg.wait_for_function("window.realpolitikGraph && window.realpolitikGraph.nodes().length > 2")
        first = _labels_laid_out(pg)
        assert not first["over"], (width, first)
        assert {"Azerbaijan", "Armenia"} <= set(first["shown"]), first
        if width == 390:
            assert first["hidden"], first
            # report40: a node is drawn with its name, in z-index order; a node whose name is hidden
            # drew over a shown name at equal z-index (on the seeds Iran's dot made "Armenia" "menia")
            assert pg.evaluate(DRAWN_UNDER_NAMES), "a node with a hidden name is drawn over a shown name"
            pg.evaluate("() => { const cy = window.realpolitikGraph; cy.zoom(cy.zoom() * 4); }")
            zoomed = _labels_laid_out(pg)
            assert not zoomed["over"] and zoomed["hidden"] < first["hidden"], zoomed
        pg.close()


CELLS = """(sel) => [...document.querySelectorAll(sel)].map(td => {
  const r = td.getBoundingClientRect(); return [td.className, Math.round(r.left), Math.round(r.right)]; })"""


@pytest.mark.browser
def test_outlets_page_on_a_phone_keeps_every_cell_on_the_screen(browser: Any, example_server: str) -> None:
    """/outlets on a phone (390 px) put each outlet's picture of its dyads, and each side of a disagreement,
    in 16rem columns past the screen's edge: rows 150-250 px tall showed a name and four figures beside
    empty space, and the sides had to be scrolled to sideways. The picture and the sides now take the full
    width below their row, and say what they are."""
    pg = browser.new_page(viewport={"width": 390, "height": 900})
    pg.goto(example_server + "/outlets", wait_until="networkidle")
    width = pg.evaluate("() => document.documentElement.clientWidth")
    for table in ("#outlets", "#disagreements"):
        cells = pg.evaluate(CELLS, f"{table} tbody td")
        assert cells, table
        past = [c for c in cells if c[2] > width]
        assert not past, (table, past[:5])
    pictures = pg.evaluate(CELLS, "#outlets tbody td.picture")
    assert pictures and all(right - left > 300 for _, left, right in pictures), pictures
    label = pg.evaluate(
        "() => getComputedStyle(document.querySelector('#disagreements tbody td:nth-child(3)'), "
        "'::before').content"
    )
    assert "Cooperative side" in label


@pytest.mark.browser
def test_actor_partners_on_a_phone_show_the_net_score_first(browser: Any, example_server: str) -> None:
    """An actor's partners on a phone (390 px): the net score and its reading, what a row is about, sat in
    the seventh column past the screen's edge, behind four columns of event counts. A row now reads as a
    card: the partner and its events, then the net score and reading, then the counts, each labelled."""
    pg = browser.new_page(viewport={"width": 390, "height": 900})
    pg.goto(example_server + "/actor/AZE", wait_until="networkidle")
    width = pg.evaluate("() => document.documentElement.clientWidth")
    cells = pg.evaluate(CELLS, "#partners tbody td")
    assert cells and not [c for c in cells if c[2] > width], cells[:12]
    tops = pg.evaluate(
        """() => [...document.querySelectorAll('#partners tbody tr')].slice(0, 5).map(tr =>
                  [3, 7].map(i => tr.children[i - 1].getBoundingClientRect().top))"""
    )
    assert tops and all(net < counts for counts, net in tops), tops
    label = pg.evaluate(
        "() => getComputedStyle(document.querySelector('#partners tbody td:nth-child(5)'), "
        "'::before').content"
    )
    assert "verbal conflict" in label


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1300])
def test_events_filter_box_shows_its_whole_hint(browser: Any, example_server: str, width: int) -> None:
    """The events page's filter box showed its hint cut short ("words in the evidence sent") at every width:
    the box kept the browser's default size. It is now wide enough for the whole hint."""
    pg = browser.new_page(viewport={"width": width, "height": 900})
    pg.goto(example_server + "/events", wait_until="networkidle")
    need, room = pg.evaluate(
        """() => { const i = document.querySelector('form.controls input[type=search]');
                  const s = getComputedStyle(i), c = document.createElement('canvas').getContext('2d');
                  c.font = s.font; return [c.measureText(i.placeholder).width,
                  i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)]; }"""
    )
    assert need <= room, (need, room)
