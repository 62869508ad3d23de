"""The line that says why a pair is uncertain agrees its verb with one article (report36, issue 10).

The seeds' Russia–Türkiye page read "1 article give only conflict, 3 only cooperation".
"""

from __future__ import annotations

from realpolitik.store import Store
from realpolitik.system import dyads

from .conftest import spec


def test_why_uncertain_says_one_article_gives(make_db) -> None:
    from realpolitik.system.dyads import explain_dyads

    specs = [spec("RUS", "TUR", "assault", "2021-01-03")] + [
        spec("TUR", "RUS", "agree", f"2021-0{m}-05") for m in (2, 3, 4)
    ]
    store = Store(make_db(specs), read_only=True)
    why = explain_dyads(store, dyads(store, window="all"))[("RUS", "TUR", "all")]
    assert (why.only_conflictual, why.only_cooperative) == (1, 3)
    assert "; 1 article gives only conflict, 3 only cooperation: resampled" in why.text, why.text


MIXED = [
    spec(a, b, kind, f"2021-0{m}-{day:02d}", f"Outlet {day % 2}")
    for m in (1, 2, 3)
    for a, b, kind, day in (("ARM", "AZE", "agree", 3), ("AZE", "ARM", "assault", 6))
]


def test_a_trend_of_mixed_windows_says_they_read_uncertain(make_db, tmp_path) -> None:
    """The examples' Armenia–Azerbaijan, six years of 2 to 11 articles each, read "too few articles: 0 of 6
    windows on 2 or more articles with a reading" in `realpolitik trends` and "sparse: 0 of 60 months" in the
    report: its windows have articles enough, and each reads uncertain (cooperation and conflict mixed)."""
    from click.testing import CliRunner

    from realpolitik.cli import cli
    from realpolitik.report import render_report
    from realpolitik.store import Reader
    from realpolitik.system.dyads import dyad_trends

    db = make_db(MIXED)
    with Reader.open(db) as reader:
        (trend,) = dyad_trends(reader, window="month")
    assert trend.support == ((2, "uncertain"),) * 3
    assert trend.shift == "too few articles"  # the JSON value is kept
    assert trend.unsettled == ("2021-01", "2021-02", "2021-03") and trend.supported == ()
    assert (
        trend.shift_text == "no trend: 0 of 3 windows with a reading (3 on 2 or more articles read uncertain)"
    )
    out = CliRunner().invoke(cli, ["trends", "--db", str(db), "--window", "month"], env={"COLUMNS": "200"})
    assert out.exit_code == 0 and "no trend: 0 of 3 windows with a reading" in out.output, out.output
    assert "too few articles" not in out.output
    # the report's trend cell, for a pair cooperative overall whose two months each mix the two
    mixed_months = [
        spec(a, b, kind, f"2021-0{m}-{day:02d}", f"Outlet {day % 3}")
        for m in (1, 2)
        for a, b, kind, day in [
            *(("ARM", "AZE", "agree", d) for d in range(1, 6)),
            ("AZE", "ARM", "accuse", 20),
        ]
    ]
    html = render_report(make_db(mixed_months), tmp_path / "report.html").read_text(encoding="utf-8")
    assert ">mixed: 0 of 2 months read<" in html and "sparse: 0 of 2 months" not in html
    # a thin window beside them is counted apart
    thin = make_db([*MIXED, spec("ARM", "AZE", "agree", "2021-05-03")])
    with Reader.open(thin) as reader:
        (trend,) = dyad_trends(reader, window="month")
    assert trend.shift_text == (
        "no trend: 0 of 4 windows with a reading (3 on 2 or more articles read uncertain, 1 on fewer than 2 articles)"
    )
