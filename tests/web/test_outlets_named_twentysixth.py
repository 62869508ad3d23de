"""A pair whose articles name no outlet (twenty-sixth session): the pages said "0 outlet(s)" and an Outlets
column showed 0 beside the pair's events, which reads as no source at all. The dyad page now says "no named
outlet", the actor page's partners, the network page's dyad table and the report's tables "none named", and the
report's first line no longer reads "from 0 outlets". Real DuckDB stores; the network table in a real Chromium."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from realpolitik.report import render_report
from realpolitik.web import create_app
from synthetic_records import one_event_store

from .conftest import Client, running_server

_AZE_ARM = ([("AZE", "GOV")], [("ARM", "GOV")], False)


@pytest.fixture(scope="module")
def unnamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Five articles that name no outlet, each with one Azerbaijani assault on Armenia."""
    return one_event_store(tmp_path_factory.mktemp("unnamed") / "u.duckdb", [_AZE_ARM] * 5, outlet=None)


def test_outlets_pages_say_none_named_where_no_article_names_its_outlet(unnamed: Path) -> None:
    client = Client(create_app(unnamed))
    dyad = client.get("/dyad/ARM/AZE").text
    summary = re.search(r'id="dyad-summary">(.*?)</p>', dyad, re.S)
    assert (
        summary and "no named outlet, 5 articles" in summary.group(1) and "0 outlet" not in summary.group(1)
    )
    partners = client.get("/actor/AZE").text.split('id="partners"', 1)[1].split("</table>", 1)[0]
    assert "none named</span></td>" in partners


def test_outlets_report_says_none_named(unnamed: Path, tmp_path: Path) -> None:
    out = render_report(unnamed, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "Read 5 articles, none naming its outlet (" in out and "from 0 outlets" not in out
    assert "in 5 articles and no named outlet" in out and "and 0 outlets" not in out
    assert 'title="no article of this pair names its outlet">none named</span>' in out


@pytest.fixture(scope="module")
def server(unnamed: Path) -> Iterator[str]:
    with running_server(unnamed) as url:
        yield url


@pytest.mark.browser
def test_outlets_network_dyad_table_says_none_named(browser: Any, server: str) -> None:
    pg: Any = browser.new_page(viewport={"width": 1400, "height": 900})
    pg.goto(server + "/", wait_until="networkidle")
    row = pg.locator("#dyads tbody tr").first
    row.wait_for()
    cells = row.locator("td").all_inner_texts()
    assert cells[-1] == "none named", cells


@pytest.mark.browser
def test_outlets_none_named_exports_as_zero(browser: Any, server: str, tmp_path: Path) -> None:
    """The words are for the reader; the table's CSV export keeps the Outlets column numeric (0), as before."""
    pg: Any = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    pg.goto(server + "/actor/AZE", wait_until="networkidle")
    assert "none named" in pg.locator("#partners tbody tr").first.inner_text()
    with pg.expect_download() as dl:
        pg.locator(".table-export button[data-export='csv']").first.click()
    path = tmp_path / "partners.csv"
    dl.value.save_as(path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert "Outlets" in rows[0], rows[0]
    assert rows[1][rows[0].index("Outlets")] == "0", rows[1]
