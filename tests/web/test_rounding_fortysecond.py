"""The web app writes a figure as the CLI and the report do (report42: on the seeds the network's dyads table
gave Armenia–Azerbaijan a mean Goldstein of −7.13 where `realpolitik dyads` and the report wrote −7.12: the
mean is exactly −7.125, which JavaScript's toFixed rounds up and Python's format to the even hundredth)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from realpolitik.records import Article, Event, EventActor
from realpolitik.store import Store
from realpolitik.wording import signed

from .conftest import running_server
from .test_browser import _GRAPH_READY, _page

# Text written for this test, the facts real: Azerbaijan's strikes on Jermuk on 13 September 2022 and on
# Sotk the same day, which Armenia's defence ministry reported.
TEXTS = (
    "Azerbaijani forces shelled Jermuk on 13 September 2022.",
    "Azerbaijani forces shelled Sotk on 13 September 2022.",
)
WEIGHTS = (-7.0, -7.25)  # mean -7.125: exactly half-way between two hundredths


def test_browser_writes_a_half_way_mean_as_the_cli_and_report(browser: Any, tmp_path: Path) -> None:
    db = tmp_path / "half.duckdb"
    with Store(db) as store:
        for i, (text, weight) in enumerate(zip(TEXTS, WEIGHTS, strict=True)):
            aid = f"{0xE0 + i:016x}"
            store.add_articles([Article(
                id=aid, source=f"corpus/{aid}.txt", start_line=1, end_line=1, title=f"Strike {i}",
                date="2022-09-13", author=None, outlet="Caucasus Monitor", language="en", text=text,
            )])  # fmt: skip
            ev = Event(
                event="ASSAULT", cameo="195", goldstein=weight, quad_class=4,
                source=(EventActor("AZE", "MIL", "Azerbaijani forces"),), target=(EventActor("ARM", None, "Armenia"),),
                reciprocal=False, modality="asserted", attribution=None, date="2022-09-13", date_precision="day",
                evidence_start=0, evidence_end=len(text),
            )  # fmt: skip
            store.save_analysis(aid, [], [ev], text, [])
    expected = signed(sum(WEIGHTS) / 2)
    assert expected == "\u22127.12"
    with running_server(db) as url:
        for pg in _page(browser, url):
            pg.goto(url + "/")
            pg.wait_for_function(_GRAPH_READY)
            row = pg.locator("#dyads tbody tr[data-dyad='ARM:AZE']")
            cells = [c.strip() for c in row.locator("td").all_inner_texts()]
            assert expected in cells, cells
            assert "\u22127.13" not in " ".join(cells)
            # and the figures that are no tie keep toFixed's reading: the net −1.00
            assert any(c.startswith("\u22121.00") for c in cells), cells
