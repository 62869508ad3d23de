"""The web pages as a user reads them (thirty-fourth session): the example corpus, in Chromium."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import get

pytestmark = pytest.mark.browser

# the lines a text node's range takes on the page
LINES = """(sel) => [...document.querySelectorAll(sel)].map(e => {
  const r = document.createRange(); r.selectNodeContents(e);
  const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
  return [e.textContent.trim(), tops.size]; })"""


def test_api_docs_lead_back_to_the_app(browser: Any, example_server: str) -> None:
    """/docs (Swagger UI, served locally) had no way back to the app but the browser's back button, and on a
    phone its paths broke inside their words ("/api/event s", "/api/graph .graphml"). The page now carries the
    app's top bar, and on a phone a path keeps its line, its summary below it."""
    for width in (1280, 390):
        pg = browser.new_page(viewport={"width": width, "height": 900})
        pg.goto(example_server + "/docs")
        pg.wait_for_selector(".swagger-ui .opblock-summary-path")
        top = pg.locator("header.top")
        assert top.is_visible(), width
        assert top.locator("a.brand").get_attribute("href") == "/"
        links = {a.inner_text(): a.get_attribute("href") for a in top.locator("nav a").all()}
        assert links["Network"] == "/" and links["Events"] == "/events", links
        paths = pg.evaluate(LINES, ".swagger-ui .opblock-summary-path")
        assert len(paths) >= 10 and [p for p in paths if p[1] > 1] == [], (width, paths)
        pg.locator("header.top nav a", has_text="Events").click()
        pg.wait_for_url(example_server + "/events")
        assert pg.locator("h1").inner_text() == "Events"
        pg.close()


CELLS = """(sel) => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length).map(e => {
  const r = e.getBoundingClientRect();
  return [e.textContent.trim().slice(0, 40), Math.round(r.left), Math.round(r.right), Math.round(r.height)]; })"""


def test_narratives_on_a_phone_read_as_one_card_per_outlet(browser: Any, example_server: str) -> None:
    """/narratives on a phone (390 px) put the outlet-by-month grid's cells in 11rem columns past the screen's
    edge (40 months of the examples): rows 100-250 px tall of blank cells, their height set by cells off
    screen. An outlet now reads as a card: only the windows where it has articles, each labelled with its
    window; the frames-beside-events rows say what each figure counts."""
    pg = browser.new_page(viewport={"width": 390, "height": 900})
    pg.goto(example_server + "/narratives", wait_until="networkidle")
    width = pg.evaluate("() => document.documentElement.clientWidth")
    for table in ("#narratives", "#frame-events"):
        cells = pg.evaluate(CELLS, f"{table} tbody td")
        assert cells, table
        assert [c for c in cells if c[2] > width + 0.5] == [], (table, cells[:6])
    shown = pg.evaluate(CELLS, "#narratives td.narr-cell")
    assert shown and [c for c in shown if not c[0]] == [], shown[:6]
    label = pg.evaluate(
        "() => { const td = [...document.querySelectorAll('#narratives td.narr-cell')]"
        ".find(e => e.getClientRects().length); "
        "return [td.dataset.window, getComputedStyle(td, '::before').content]; }"
    )
    assert label[0] and label[1] == f'"{label[0]}"', label
    figure = pg.evaluate(
        "() => getComputedStyle(document.querySelector('#frame-events td[data-label]'), '::before').content"
    )
    assert "articles with the frame" in figure


def test_the_home_tone_line_draws_a_month_on_one_article_as_thin(browser: Any, example_server: str) -> None:
    """The home page's tone line ran to +1 or −1 through months resting on one event in one article (2020-12
    and 2021-02 of the examples), as strong as a month of forty events. A month whose events come from fewer
    articles than the headline floor (2) is now thin, as the report's tone cells on one article: /api/timeline
    says so ('articles', 'thin'), and the chart draws it as a hollow dot outside the line, its title saying why."""

    items = get(example_server + "/api/timeline").json()["items"]
    assert all({"month", "events", "net", "goldstein", "articles", "thin"} <= set(m) for m in items)
    assert all(m["thin"] == (m["articles"] < 2) for m in items)
    one_event = [m["month"] for m in items if m["events"] == 1]
    assert one_event and all(m["thin"] for m in items if m["events"] == 1), one_event
    thin = [m["month"] for m in items if m["thin"]]
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    pg.goto(example_server + "/", wait_until="networkidle")
    pg.wait_for_selector("#overview rect.vol")
    dots = pg.evaluate(
        """() => [...document.querySelectorAll('#overview circle.tone-thin')].map(c =>
                  [+c.getAttribute('cx'), c.querySelector('title').textContent])"""
    )
    assert sorted(t.split(":")[0] for _, t in dots) == sorted(thin), dots
    assert all("thin: 1 event in 1 article" in t for _, t in dots if t.split(":")[0] in one_event), dots
    line_xs = pg.evaluate(
        """() => [...document.querySelectorAll('#overview polyline.tone, #overview circle.tone-dot')]
                  .flatMap(e => e.tagName === 'circle' ? [+e.getAttribute('cx')]
                    : e.getAttribute('points').split(' ').map(p => +p.split(',')[0]))"""
    )
    assert line_xs and not {round(x) for x, _ in dots} & {round(x) for x in line_xs}
    caption = pg.locator(".overview p").inner_text()
    assert "a hollow dot: a month whose events come from a single article" in caption


def test_an_articles_events_on_a_phone_say_who_says_it(browser: Any, example_server: str) -> None:
    """An article's events on a phone (390 px): the attribution ("who says it", issue 10), the date and the
    trigger sat in columns past the screen's edge behind the parties, and the article's source path ran past
    it. A row now reads as a card whose cells are all on the screen: the attribution says 'according to ...'
    or 'the outlet's own account'; the path breaks."""

    items = get(example_server + "/api/events?limit=200").json()["items"]
    said = next(e for e in items if e["attribution"])
    pg = browser.new_page(viewport={"width": 390, "height": 900})
    pg.goto(example_server + f"/article/{said['article_id']}", wait_until="networkidle")
    width = pg.evaluate("() => document.documentElement.clientWidth")
    cells = pg.evaluate(CELLS, "#article-events tbody td")
    assert cells and [c for c in cells if c[2] > width + 0.5] == [], cells[:8]
    meta = pg.evaluate(CELLS, ".article-meta")
    assert meta and meta[0][2] <= width, meta
    assert pg.evaluate("() => document.documentElement.scrollWidth") <= width
    before = pg.evaluate(
        """() => [...document.querySelectorAll('#article-events td.attr')].map(td =>
                  [td.textContent.trim(), getComputedStyle(td, '::before').content])"""
    )
    # (report41) every card says who claims it: the speaker, a verbal attack's source or the outlet
    assert any(t == said["claimed_by"] and m == '"claimed by "' for t, m in before), before
    assert all(m == '"claimed by "' for _, m in before), before


def test_the_network_key_leaves_the_graph_on_a_phones_first_screen(browser: Any, example_server: str) -> None:
    """On a phone (390 x 844) the network page's key sat its rows a full line apart (row gap 1rem): 270 px of
    key pushed the graph below the first screen. Rows now sit .2-.3rem apart, in smaller type on a phone."""
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    pg.goto(example_server + "/", wait_until="networkidle")
    key = pg.locator(".graph-pane .legend").bounding_box()
    graph = pg.locator("#graph").bounding_box()
    assert key and graph
    assert key["height"] < 200, key
    assert graph["y"] < 844 - 150, graph  # at least 150 px of the graph on the first screen


def test_an_articles_events_write_their_dates_as_the_text_gave_them(
    browser: Any, example_server: str
) -> None:
    """The article page wrote an event's stored date and its precision as a bare word: "2025-03-01 month" for
    "had announced in March" (as if the 1st), "2025-08-09 article" for a sentence with no date of its own.
    It now writes the date as precisely as the text gave it ("2025-03"), as every other table does, and says
    when the article's date stands in."""

    items = get(example_server + "/api/events?limit=500").json()["items"]
    month = next(e for e in items if e["date_precision"] == "month")
    stood_in = next(e for e in items if e["date_precision"] == "article")
    pg = browser.new_page(viewport={"width": 1280, "height": 900})
    for e, want in (
        (month, month["date"][:7]),
        (stood_in, stood_in["date"] + " (the article's date)"),
    ):
        pg.goto(example_server + f"/article/{e['article_id']}", wait_until="networkidle")
        cell = pg.locator(f'#article-events tr[data-event-id="{e["id"]}"] td.date').inner_text()
        assert cell == want, (cell, want)


def test_the_evidence_table_waits_for_a_selection(browser: Any, example_server: str) -> None:
    """Before any actor or dyad is chosen the network page showed the evidence table's heads over no rows
    (on a phone three lonely chips), which read as an empty result. The table now appears with the first
    selection; a permalink to a dyad opens with it filled."""
    for width in (1280, 390):
        pg = browser.new_page(viewport={"width": width, "height": 900})
        pg.goto(example_server + "/", wait_until="networkidle")
        pg.wait_for_function("() => window.realpolitikGraph && window.realpolitikGraph.nodes().length > 0")
        assert not pg.locator("#evidence").is_visible(), width
        assert pg.locator("#detail-title").inner_text() == "Select an actor or a dyad"
        pg.goto(example_server + "/?dyad=ARM:AZE", wait_until="networkidle")
        pg.wait_for_selector("#evidence tbody tr .sentence")
        assert pg.locator("#evidence").is_visible(), width
        pg.close()


def _narrative_cells(html: str) -> dict[tuple[str, str], str]:
    """(outlet, window) -> the cell's markup, from /narratives' grid."""
    import re

    body = html.split('id="narratives"', 1)[1].split("</tbody>", 1)[0]
    out = {}
    for row in body.split("<tr><td>")[1:]:
        outlet = row.split("</td>", 1)[0]
        for window, cell in re.findall(r'<td class="narr-cell" data-window="([^"]+)">(.*?)</td>', row, re.S):
            out[(outlet, window)] = cell
    return out


def test_narratives_filtered_by_a_frame_do_not_call_other_frames_no_frame(example_server: str) -> None:
    """/narratives?frame=F wrote "no frame (n articles)" in a window whose articles carry other frames only,
    as if they carried none. Such a cell now says "not this frame (n articles)"; "no frame" stays for
    articles that carry no frame at all."""

    every = _narrative_cells(get(example_server + "/narratives").text)
    one = _narrative_cells(get(example_server + "/narratives", params={"frame": "mediation_peace"}).text)
    assert set(one) == set(every)
    other = [k for k, c in one.items() if "not this frame (" in c]
    bare = [k for k, c in one.items() if "no frame (" in c]
    assert other and bare, (other, bare)
    assert all('class="pill"' in every[k] for k in other)  # they carry another frame
    assert all('class="pill"' not in every[k] for k in bare)  # they carry none


def test_the_outlets_page_shows_the_unknown_outlets_picture_as_the_report_does(example_server: str) -> None:
    """/outlets gave the "unknown outlet" row (articles whose outlet was not found) a bare dash for its picture
    of the dyads, while the report's outlet matrix shows that row's figures: the page looked its pictures up by
    the store's key "(unknown)", the perspectives are keyed "(unknown outlet)". Both are now looked up by the
    outlet as a reader sees it."""

    html = get(example_server + "/outlets").text
    body = html.split('id="outlets"', 1)[1].split("</tbody>", 1)[0]
    row = next(r for r in body.split("<tr>")[1:] if ">unknown outlet</a>" in r)
    picture = row.split('<td class="picture">', 1)[1]
    assert 'class="pill' in picture and not picture.startswith('<span class="muted">—'), picture[:200]
    api = get(example_server + "/api/outlets").json()
    assert any(p["outlet"] == "(unknown outlet)" for p in api["perspectives"])  # what the row now shows
