"""The web pages as a user reads them (thirty-third session). Real DuckDB stores."""

from __future__ import annotations

import re
from pathlib import Path

from realpolitik.records import Article
from realpolitik.store import Store
from realpolitik.web import create_app

from .conftest import _event
from .test_api import Client


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
    assert "Disagreement (0–1)" in head.group(1) and "most conflictual outlet" in head.group(1)
    assert re.search(r'<td title="half the gap[^"]*">1\.00</td>', body), body
    intro = html.split("<h2>Where outlets disagree</h2>", 1)[1].split("<div", 1)[0]
    assert "not how much they rest on" in intro
