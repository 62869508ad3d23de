"""The web pages as a user reads them (thirty-fourth session): the example corpus, in Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from .conftest import CHROMIUM, CHROMIUM_ARGS, require_chromium

pytestmark = pytest.mark.browser

# the lines a text node's range takes on the page
LINES = """(sel) => [...document.querySelectorAll(sel)].map(e => {
  const r = document.createRange(); r.selectNodeContents(e);
  const tops = new Set([...r.getClientRects()].map(b => Math.round(b.top)));
  return [e.textContent.trim(), tops.size]; })"""


def test_api_docs_lead_back_to_the_app(example_server: str) -> None:
    """/docs (Swagger UI, served locally) had no way back to the app but the browser's back button, and on a
    phone its paths broke inside their words ("/api/event s", "/api/graph .graphml"). The page now carries the
    app's top bar, and on a phone a path keeps its line, its summary below it."""
    require_chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for width in (1280, 390):
                pg = b.new_page(viewport={"width": width, "height": 900})
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
        finally:
            b.close()
