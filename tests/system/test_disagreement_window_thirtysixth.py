"""A year's disagreement gives each outlet's figures for that year (report36, issue 10).

Since the thirty-fifth session outlets are compared on the same year, but the report's card listed each
outlet of a side with its whole-record net: on the examples "ARM–AZE in 2021, Cooperative in: ... Meridian
Wire −0.30 (21 events)", an outlet on the cooperative side shown with a negative net.
"""

from __future__ import annotations

import re
from pathlib import Path

from realpolitik.store import Store
from realpolitik.system.perspectives import disagreements

from .conftest import spec

# Outlet A: much conflict in 2020, cooperation in 2021; Outlet B: conflict in 2021
SPECS = [
    *(spec("AZE", "ARM", "assault", f"2020-10-{d:02d}", "Outlet A") for d in (1, 3, 5, 7, 9)),
    spec("ARM", "AZE", "agree", "2021-05-03", "Outlet A"),
    spec("ARM", "AZE", "consult", "2021-05-06", "Outlet A"),
    spec("AZE", "ARM", "accuse", "2021-05-04", "Outlet B"),
    spec("AZE", "ARM", "accuse", "2021-05-08", "Outlet B"),
]


def test_a_years_disagreement_gives_each_outlets_net_in_that_year(make_db, tmp_path: Path) -> None:
    from realpolitik.report import render_report

    db = make_db(SPECS)
    (found,) = [d for d in disagreements(Store(db, read_only=True), window="year") if d.window == "2021"]
    assert found.cooperative.outlets == ("Outlet A",)
    assert found.cooperative.per_outlet == (("Outlet A", 1.0, 2),)  # its whole record nets below zero
    assert found.conflictual.per_outlet == (("Outlet B", -1.0, 2),)
    assert found.to_dict()["cooperative"]["per_outlet"] == [{"outlet": "Outlet A", "net": 1.0, "events": 2}]
    html = render_report(db, tmp_path / "report.html").read_text(encoding="utf-8")
    section = html.split('<section id="perspectives"', 1)[1]
    card = section.split("Armenia–Azerbaijan in 2021", 1)[1].split('<div class="multiple"', 1)[0]
    cooperative = card.split("Cooperative in", 1)[1].split("Conflictual in", 1)[0]
    line = re.search(r"<b>Outlet A</b>(.*?)</div>", cooperative, re.S)
    assert line is not None and "+1.00" in line.group(1) and "(2 events)" in line.group(1), cooperative
