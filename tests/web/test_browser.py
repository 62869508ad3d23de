"""End-to-end tests in Debian's Chromium driven by Playwright against a real uvicorn server on 127.0.0.1.

They load the app, click a node and an edge, see the evidence table fill, open an article, screenshot.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import expect, sync_playwright

from .conftest import CHROMIUM, CHROMIUM_ARGS, require_chromium

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _page(browser: Any, base: str) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(15_000)
    requested: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requested.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # A 4xx answer the page shows to the user is expected in some tests; anything else is a failure.
    pg.on(
        "console",
        lambda m: errors.append(m.text) if m.type == "error" and "status of 4" not in m.text else None,
    )
    pg.requested = requested
    pg.errors = errors
    yield pg
    ctx.close()
    # Nothing is fetched from outside the app, and no script failed.
    assert all(u.startswith(base) or u.startswith("data:") for u in requested), requested
    assert errors == []


@pytest.fixture
def page(browser: Any, live_server: str) -> Iterator[Any]:
    yield from _page(browser, live_server)


@pytest.fixture
def example_page(browser: Any, example_server: str) -> Iterator[Any]:
    yield from _page(browser, example_server)


def test_browser_click_node_and_edge_fills_evidence_then_opens_article(
    page: Any, live_server: str, tmp_path: Path
) -> None:
    page.goto(live_server + "/")
    page.wait_for_selector("#graph .node[data-code='TUR']")
    assert page.locator("#graph .node").count() == 4

    page.locator("#graph .node[data-code='TUR']").click()
    page.wait_for_selector("#evidence tbody tr .sentence")
    assert page.locator("#detail-title").inner_text().startswith("TUR")
    rows = page.locator("#evidence tbody tr")
    assert rows.count() == 1
    assert "Türkiye said it supports Azerbaijan." in rows.first.inner_text()
    assert page.locator("#evidence .hl-trigger").first.inner_text() == "supports"

    page.locator("#graph .edge[data-dyad='ARM:AZE'] .edge-hit").click()
    expect(page.locator("#evidence tbody tr")).to_have_count(2)
    assert page.locator("#detail-title").inner_text() == "ARM – AZE"
    table = page.locator("#evidence").inner_text()
    assert "signed a ceasefire statement" in table and "shelled Stepanakert" in table
    assert "Wire B" in table and "per Armenian officials" in table
    page.screenshot(path=str(tmp_path / "network.png"), full_page=True)

    page.locator("#evidence tbody tr", has_text="shelled").locator("a.article-link").click()
    page.wait_for_url("**/article/b2shelling000002*")
    assert page.locator("#article-title").inner_text() == "Shelling reported"
    assert page.locator("#article-text .hl-trigger").inner_text() == "shelled"
    page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
    assert (tmp_path / "network.png").stat().st_size > 10_000


def test_browser_time_window_redraws_graph(page: Any, live_server: str) -> None:
    page.goto(live_server + "/")
    page.wait_for_selector("#graph .node")
    page.fill("input[name=since]", "2023-01-01")
    page.click("#window button[type=submit]")
    expect(page.locator("#graph .node")).to_have_count(2)
    assert sorted(page.locator("#graph .node").evaluate_all("ns => ns.map(n => n.dataset.code)")) == [
        "AZE",
        "XNK",
    ]
    page.fill("input[name=until]", "2021-01-01")
    page.click("#window button[type=submit]")
    page.wait_for_selector("#graph-status.error")
    assert "before since" in page.locator("#graph-status").inner_text()


@pytest.mark.parametrize("path", ["/article/d4markup0000004", "/search?q=markup", "/dyad/AZE/TUR"])
def test_browser_untrusted_markup_shows_as_text(page: Any, live_server: str, path: str) -> None:
    page.goto(live_server + path)
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("img[src=x]").count() == 0
    if path != "/dyad/AZE/TUR":
        assert "<script>window.__pwned = 1</script>" in page.locator("main").inner_text()


def test_browser_dyad_page_and_api_docs(page: Any, live_server: str) -> None:
    page.goto(live_server + "/dyad/ARM/AZE")
    assert page.locator("svg.timeline rect.bar").count() == 2
    assert page.locator("#evidence tbody tr").count() == 2
    page.goto(live_server + "/docs")
    page.wait_for_selector(".swagger-ui .opblock-summary-path")
    assert "/api/events" in page.locator(".swagger-ui").inner_text()


# Is the middle of this edge's hit line the topmost element there (no node label or circle on it)?
_MIDDLE_IS_FREE = """el => {
  const r = el.getBoundingClientRect();
  const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return top !== null && el.parentNode.contains(top);
}"""


def test_browser_example_corpus_node_edge_evidence_article(
    example_page: Any, example_server: str, tmp_path: Path
) -> None:
    page = example_page
    dyads = httpx.get(example_server + "/api/dyads?limit=10").json()["items"]
    assert dyads, "the example corpus yields no dyad"
    page.goto(example_server + "/")
    page.wait_for_selector("#graph .node")
    assert page.locator("#graph .node").count() >= 5

    busiest = dyads[0]
    page.locator(f"#graph .node[data-code='{busiest['a']}']").click()
    expect(page.locator("#detail-title")).to_contain_text(busiest["a"])
    page.wait_for_selector("#evidence tbody tr .sentence")
    assert page.locator("#evidence .hl-trigger").count() >= 1

    hits = [page.locator(f"#graph .edge[data-dyad='{d['a']}:{d['b']}'] .edge-hit") for d in dyads]
    free = [(d, h) for d, h in zip(dyads, hits, strict=True) if h.evaluate(_MIDDLE_IS_FREE)]
    assert free, "every busy edge is covered at its middle by a node"
    dyad, hit = free[0]
    hit.click()
    expect(page.locator("#detail-title")).to_have_text(f"{dyad['a']} – {dyad['b']}")
    rows = page.locator("#evidence tbody tr")
    expect(rows.first.locator(".sentence")).to_be_visible()
    # The table lists every modality (a page of 50), the dyad counts asserted events only.
    assert min(dyad["events"], 50) <= rows.count() <= 50
    page.screenshot(path=str(tmp_path / "examples-network.png"))

    rows.first.locator("a.article-link").click()
    page.wait_for_selector("#article-text")
    assert page.locator("#article-title").inner_text().strip()
    assert page.locator("#article-text .hl-actor").count() >= 2
    assert page.locator("#article-text .hl-evidence").count() >= 1
    page.screenshot(path=str(tmp_path / "examples-article.png"), full_page=True)
