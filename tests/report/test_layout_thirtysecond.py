"""The report of the example corpus (what `make demo` shows first) as a reader sees it at 1300 px
(thirty-second session).

The strongest-pairs tables have ten columns. At 1300 px the cooperative one ran 7 px past its section
(913 px in 906: a pair cell "ARM–IGO-EU (European Union)" could not break), and its trend cells ("too
few articles a month") wrapped to four lines in a column 61 px wide. A pair's names now sit on a line
of their own below its codes, and the trend says its basis in fewer words ("sparse: 1 of 11 months").
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

from .test_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def example_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.system.test_cli_outlet_wording_thirtysecond import analyze_examples

    # (with an outlet of one article)
    tmp = tmp_path_factory.mktemp("examples-report")
    return render_report(analyze_examples(tmp), tmp / "report.html")


@pytest.fixture(scope="module")
def desktop(example_report: Path) -> Iterator[Any]:
    if shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1300, "height": 900})
        page.goto(example_report.as_uri())
        page.wait_for_load_state("load")
        yield page
        browser.close()


def test_the_strongest_pairs_tables_fit_their_section_at_1300(desktop: Any) -> None:
    wider = desktop.evaluate(
        """() => [...document.querySelectorAll('main table')].flatMap(t => {
          const s = getComputedStyle(t.parentElement);
          const box = t.parentElement.getBoundingClientRect();
          const right = box.right - parseFloat(s.paddingRight);
          const r = t.getBoundingClientRect();
          return r.right > right + 0.5 ? [t.className + ' in #' + t.closest('section').id + ' ' + Math.round(r.width)] : [];
        })"""
    )
    assert wider == []


def test_a_trend_cell_takes_at_most_two_lines_and_says_its_basis(desktop: Any) -> None:
    cells = desktop.evaluate(
        """() => [...document.querySelectorAll('table.dyads tr.has-ev > td:last-child')].map(td => {
          const r = document.createRange(); r.selectNodeContents(td);
          return [td.textContent.trim(), r.getClientRects().length];
        })"""
    )
    assert cells, "no strongest-pairs rows in the example report"
    assert [c for c in cells if c[1] > 2] == []
    sparse = [text for text, _ in cells if text.startswith("sparse")]
    assert sparse and all(t.endswith(" months") and " of " in t for t in sparse), sparse


def test_a_pair_is_named_with_its_codes_below(example_report: Path) -> None:
    """(report41) the pair by name, breaking only after its dash, its codes on a line of their own below."""
    html = example_report.read_text(encoding="utf-8")
    assert (
        '<td class="pair"><span class="nm">Armenia–</span><wbr><span class="nm">European Union</span>'
        '<div class="meta code">ARM–IGO-EU</div>'
    ) in html


def test_opened_quotes_stay_on_a_phone(desktop: Any) -> None:
    """At 390 px with every quote opened, the narratives section's input paths
    ("examples/corpus/29_monitoring_centre_closes_pontic_observer.txt:1", one unbreakable word) ran up to
    37 px past the page; a path now breaks anywhere."""
    desktop.set_viewport_size({"width": 390, "height": 844})
    try:
        desktop.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
        past = desktop.evaluate(
            """() => {
          const right = document.documentElement.clientWidth;
          const scrolls = el => { for (let p = el.parentElement; p; p = p.parentElement)
            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; return false; };
          return [...document.querySelectorAll('main *')].flatMap(el => {
            const r = el.getBoundingClientRect();
            return r.width && r.right > right + 1 && !scrolls(el) ? [el.tagName + '.' + el.className + ' ' + Math.round(r.right)] : [];
          });
        }"""
        )
    finally:
        desktop.evaluate("document.querySelectorAll('details').forEach(d => { d.open = false; })")
        desktop.set_viewport_size({"width": 1300, "height": 900})
    assert past == []


def test_the_narratives_matrix_gives_no_share_of_one_article(example_report: Path) -> None:
    """An outlet of one article (once the examples' podcast transcript, now a written one) read "100% (1)" beside outlets of eight or
    thirteen: a share resting on one article, as the web page's "100% (1/1)" did. It now says "one article",
    thin, as the web page does; an article's frames name their figure ("(score 0.92)", not "(0.92)")."""
    import re

    html = example_report.read_text(encoding="utf-8")
    section = html[html.index('<section id="narratives">') :]
    section = section[: section.index("</section>")]
    rows = re.findall(r"<tr><td>([^<]*)</td><td class=\"n\">(\d+)</td>(.*?)</tr>", section, re.S)
    one = [(name, cells) for name, n, cells in rows if n == "1"]
    assert one, rows[:2]
    for _name, cells in one:
        assert "100%" not in cells and '<td class="cell thin"' in cells and ">one article</td>" in cells
    assert any("%" in cells for _, n, cells in rows if int(n) >= 2)  # outlets on the floor keep their shares
    assert re.search(r"\(score \d\.\d\d\)", section) and not re.search(r": [^<(]*\(\d\.\d\d\)", section)


def test_the_network_labels_stay_readable_on_a_phone(desktop: Any) -> None:
    """At 390 px the network was drawn to the column's width (about 350 px of a 980 px drawing), its actor
    labels in 5 px type. On a phone it keeps 640 px and scrolls sideways in its figure; the page does not."""
    desktop.set_viewport_size({"width": 390, "height": 844})
    try:
        found = desktop.evaluate(
            """() => { const fig = document.querySelector('#network figure'), svg = fig.querySelector('svg');
              return {svg: svg.getBoundingClientRect().width, scroll: getComputedStyle(fig).overflowX,
                      caption: fig.querySelector('figcaption').getBoundingClientRect().right,
                      page: [document.documentElement.scrollWidth, document.documentElement.clientWidth]}; }"""
        )
    finally:
        desktop.set_viewport_size({"width": 1300, "height": 900})
    assert found["svg"] >= 600 and found["scroll"] == "auto", found
    assert found["caption"] <= 390 and found["page"][0] <= found["page"][1] <= 390, found


def test_narrative_cue_matches_name_their_actors(example_report: Path) -> None:
    """(report41) a narrative sentence's matched cue read "“@ARM / hand over”": the cue's actor slot by code;
    it now reads "“Armenia / hand over”"."""
    import re

    html = example_report.read_text(encoding="utf-8")
    matched = re.findall(r"cue [\w+]+ · “([^”]*)”", html)
    assert matched and not [m for m in matched if "@" in m], matched[:5]
    assert "Armenia / hand over" in matched, matched[:20]
