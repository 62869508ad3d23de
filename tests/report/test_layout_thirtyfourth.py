"""The report of the example corpus (what `make demo` shows first) as a reader sees it on a phone
(thirty-fourth session)."""

from __future__ import annotations

import html
import os
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from realpolitik.report import build_report_data, render_report

from .test_browser import ARGS, CHROMIUM

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from realpolitik.pipeline import analyze

    db = tmp_path_factory.mktemp("examples-report34") / "examples.duckdb"
    analyze([EXAMPLES], db, progress=False)
    return db


@pytest.mark.browser
def test_the_network_key_stays_on_a_phone(example_db: Path, tmp_path: Path) -> None:
    """The network's key was drawn inside the picture, below the graph: on a phone (390 px) the picture keeps
    640 px and scrolls sideways, so the key's right half was cut ("uncertain (interval spans 0", "not firm
    (thin, or left out of"). The key is now HTML below the picture: every entry is whole on the screen, and it
    names only the kinds of tie drawn (the examples draw no firm conflictual tie)."""
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    report = render_report(example_db, tmp_path / "report.html")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for width in (390, 1300):
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(report.as_uri())
                page.wait_for_load_state("load")
                entries = page.evaluate(
                    """() => [...document.querySelectorAll('#network .network-key li')].map(li => {
                      const r = li.getBoundingClientRect();
                      return [li.textContent.trim(), Math.round(r.left), Math.round(r.right)]; })"""
                )
                screen = page.evaluate("() => document.documentElement.clientWidth")
                labels = [e[0] for e in entries]
                assert "cooperative (net > 0)" in labels and "uncertain (interval spans 0)" in labels, entries
                assert "conflictual (net < 0)" not in labels, entries
                assert [e for e in entries if e[1] < 0 or e[2] > screen] == [], (width, entries)
                svg = page.locator("#network figure > svg").first.inner_html()
                assert "interval spans 0" not in svg  # no second key in the picture
                page.close()
        finally:
            browser.close()


def test_the_network_key_names_the_kinds_of_tie_drawn(example_db: Path) -> None:
    """`network_svg(key=...)` gives the kinds drawn, in the key's order; the report writes their entries."""
    data = build_report_data(example_db)
    kinds = [k["label"] for k in data.network_key]
    assert kinds[0] == "cooperative (net > 0)" and kinds[-1] == "not firm (thin, or left out of the blocs)"
    from realpolitik.report.plots import TIE_KINDS

    order = [label for _, label, *_ in TIE_KINDS]
    assert kinds == sorted(kinds, key=order.index)
    assert not re.search(r">\s*cooperative \(net &gt; 0\)", data.network_svg)


def test_the_network_names_a_place_whose_name_is_long_on_two_lines(tmp_path: Path) -> None:
    """The network drew an authority or place whose name is longer than a node's line by its bare code: on
    the seed documents 'XLN' and 'XDN' beside AZE and IRN, which tell a reader nothing (the tables name
    them). Such an actor now keeps its name, on two lines, as does an organisation (report41: every actor is
    drawn by name, as the web app's network draws it; a state too)."""
    from tests.system.conftest import reported, spec, write_events

    specs = reported(
        [spec("RUS", "XLN", "aid", "2022-02-21"), spec("IGO-ICJ", "RUS", "sanction", "2022-03-16")], 5
    )
    data = build_report_data(write_events(tmp_path / "long.duckdb", specs))
    lines = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", data.network_svg)]
    assert "Luhansk People's" in lines and "Republic" in lines, lines
    assert "International" in lines and "Court of Justice" in lines and "Russia" in lines, lines
    assert "XLN" not in lines and "ICJ" not in lines and "RUS" not in lines, lines
