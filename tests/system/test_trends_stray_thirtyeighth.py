"""Trends leave a few stray early events off, by the time axes' rule (thirty-eighth session): "the 1992
treaty" in a 2022 article, dated to its year, made the seeds' FRA-RUS trend run from 1992-Q1, and a
turn could be read between a background mention and the news (`timeaxis.stray_early`)."""

from __future__ import annotations

from click.testing import CliRunner

from realpolitik.cli import cli
from realpolitik.store import Reader
from realpolitik.system.dyads import dyad_trends
from realpolitik.timeaxis import stray_early, stray_gap

from .conftest import reported, spec

# a treaty of 1992 named in two articles, then thirty years later twenty reports of conflict in two years
EARLY = [spec("FRA", "RUS", "agree", "1992-02-07"), spec("FRA", "RUS", "agree", "1992-02-07", "Outlet B")]
LATER = reported([spec("FRA", "RUS", "accuse", "2022-03-01")], 10) + reported(
    [spec("FRA", "RUS", "accuse", "2023-03-01")], 10
)


def test_trends_stray_early_window_is_left_off_the_shift(make_db) -> None:
    db = make_db(EARLY + LATER)
    with Reader.open(db) as reader:
        (trend,) = dyad_trends(reader, window="year")
    assert trend.stray == 1
    # the early window stays in the points (its figures are kept) but the shift reads the kept ones
    assert [w for w, _, _ in trend.points] == ["1992", "2022", "2023"]
    assert [w for w, _, _ in trend.kept] == ["2022", "2023"]
    assert trend.shift == "stable" and (trend.shift_from, trend.shift_to) == ("2022", "2023")
    assert (trend.first_sign, trend.last_sign) == (-1, -1)
    assert trend.shift_text == (
        "stable, 2022 (10 articles) to 2023 (10 articles); "
        "left off: 2 stray early events of 1992, 30 years before the rest"
    )
    d = trend.to_dict()
    assert d["left_off"] == ["1992"] and d["points"][0]["window"] == "1992"


def test_trends_stray_early_windows_in_quarters_and_months(make_db) -> None:
    db = make_db(EARLY + LATER)
    with Reader.open(db) as reader:
        (quarter,) = dyad_trends(reader, window="quarter")
        (month,) = dyad_trends(reader, window="month")
    assert quarter.stray == 1 and quarter.points[0][0] == "1992-Q1" and quarter.shift == "stable"
    assert month.stray == 1 and month.points[0][0] == "1992-02"
    assert "left off: 2 stray early events of 1992-Q1, 30 years before the rest" in quarter.shift_text


def test_trends_early_events_that_are_no_few_strays_stay(make_db) -> None:
    # three early articles beside twenty later reports: more than a tenth of the events lie before the gap
    db = make_db([*EARLY, spec("FRA", "RUS", "agree", "1992-02-07", "Outlet C"), *LATER])
    with Reader.open(db) as reader:
        (trend,) = dyad_trends(reader, window="year")
    assert trend.stray == 0
    assert trend.shift == "cooperation->conflict" and trend.shift_from == "1992"
    assert "left off" not in trend.shift_text and trend.to_dict()["left_off"] == []


def test_trends_stray_gap_is_two_years_in_windows_of_any_unit() -> None:
    assert [stray_gap(u) for u in ("month", "quarter", "year")] == [24, 8, 2]
    assert stray_gap("week") == 104 and stray_gap("day") == 730
    # two events, a gap of eight empty quarters, twenty events: the first window is left off
    assert stray_early([2, *([0] * 8), 10, 10], stray_gap("quarter")) == 9
    # seven empty quarters is under two years: nothing is left off
    assert stray_early([2, *([0] * 7), 10, 10], stray_gap("quarter")) == 0


def test_trends_cli_marks_the_window_left_off(make_db) -> None:
    db = make_db(EARLY + LATER)
    out = CliRunner().invoke(cli, ["trends", "--db", str(db), "--window", "year"], env={"COLUMNS": "220"})
    assert out.exit_code == 0, out.output
    assert "1992:+1.00 (2/2, left off)" in out.output
    assert "2022:-1.00 (10/10)" in out.output
    assert "cooperation->conflict" not in out.output


def test_trends_report_label_says_what_was_left_off(make_db) -> None:
    from realpolitik.report.render import _dyads
    from realpolitik.system.snapshot import snapshot

    db = make_db(EARLY + LATER)
    with Reader.open(db) as reader:
        views = _dyads(reader, snapshot(reader))
    (view,) = views
    assert view.trend is not None and view.trend.endswith("; 1992-02 left off: 2 stray events")
