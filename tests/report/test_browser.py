"""Tests for report/render.py in a real browser: Debian's Chromium opens the file offline.

Nothing but the file itself may be requested, no script may run from article text, evidence expands.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import sync_playwright

from realpolitik.report import render_report

from .conftest import Built

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def opened(
    built_db: Built, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, list[str], list[str]]]:
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true: `make browser` should have installed it")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    out = render_report(built_db.db, tmp_path_factory.mktemp("browser") / "report.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        requested: list[str] = []
        events: list[str] = []
        page.on("request", lambda r: requested.append(r.url))
        page.on("dialog", lambda d: (events.append(f"dialog {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: events.append(f"error {e}"))
        page.goto(out.as_uri())
        page.wait_for_load_state("load")
        yield page, requested, events
        browser.close()


def test_browser_report_requests_only_itself(opened: tuple[Any, list[str], list[str]]) -> None:
    page, requested, events = opened
    assert requested == [page.url]
    assert events == []  # the <script> in article text never ran, and no script failed


def test_browser_report_evidence_expands(opened: tuple[Any, list[str], list[str]]) -> None:
    page, _, _ = opened
    row = page.locator("#conflictual details").first
    quote = row.locator(".quote").first
    assert not quote.is_visible()
    row.locator("summary").click()
    assert quote.is_visible()
    assert "Azerbaijani forces shelled Armenian positions" in row.inner_text()


@pytest.mark.parametrize("selector", ["#network svg", "#timelines .multiple svg"])
def test_browser_report_figures_have_size(opened: tuple[Any, list[str], list[str]], selector: str) -> None:
    page, _, _ = opened
    box = page.locator(selector).first.bounding_box()
    assert box is not None and box["width"] > 250 and box["height"] > 100


def test_browser_report_nothing_runs_off_the_page(opened: tuple[Any, list[str], list[str]]) -> None:
    """A table wider than the page (outlets by pair, outlets by frame; on a narrow screen any table)
    scrolls inside its own box: no element of the report reaches past the right edge of the page's
    main column (its content, not its padding: the ten-column strongest-pairs tables ran 30-55 px into
    the margin), at desktop, at a laptop's and at phone width."""
    page, _, _ = opened
    found = {}
    for width in (1280, 900, 560):
        page.set_viewport_size({"width": width, "height": 900})
        found[width] = page.evaluate(
            """() => {
        const main = document.querySelector('main');
        const right = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
        const out = [];
        for (const el of document.querySelectorAll('main *')) {
          const box = el.parentElement && el.parentElement.closest('table');
          if (box && getComputedStyle(box).overflowX === 'auto') continue;  // inside a scrolling box
          const r = el.getBoundingClientRect();
          if (r.width && r.right > right + 1) out.push(el.tagName + '.' + el.className);
        }
        return out;
      }"""
        )
    page.set_viewport_size({"width": 1280, "height": 900})
    assert found == {1280: [], 900: [], 560: []}


def test_browser_report_fits_the_printed_page(opened: tuple[Any, list[str], list[str]]) -> None:
    """Paper does not scroll: printed on A4 with 15 mm margins (680 CSS pixels), no element of the report
    reaches past the right edge of the page, the wide outlet matrices included (they kept `display:
    table` in print and ran off it), and the printed PDF is made."""
    page, _, _ = opened
    page.emulate_media(media="print")
    try:
        page.set_viewport_size({"width": 680, "height": 900})
        past = page.evaluate(
            """() => {
        const right = document.documentElement.clientWidth;
        const out = [];
        for (const el of document.querySelectorAll('main *')) {
          const r = el.getBoundingClientRect();
          if (r.width && r.right > right + 1) out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
        }
        return out;
      }"""
        )
        pdf = page.pdf(format="A4", margin={"top": "15mm", "bottom": "15mm", "left": "15mm", "right": "15mm"})
    finally:
        page.emulate_media(media="screen")
        page.set_viewport_size({"width": 1280, "height": 900})
    assert past == []
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") >= 2
