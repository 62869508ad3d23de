"""A trend's shift with its support and the headline floor (twenty-fifth session): a turn between
windows of one or two events on one article each is no finding (ux24: "ARM IGO-CSTO
cooperation->conflict" on 4 events in 3 windows)."""

from __future__ import annotations

from realpolitik.report.render import TRENDS
from realpolitik.store import Reader
from realpolitik.system import ModelSettings
from realpolitik.system.dyads import dyad_trends

from .conftest import spec

# ux24's shape: a cooperative window of two events in one article's day, then two windows of one
# conflictual event each, every event in an article of its own but the windows thin
THIN = [
    spec("ARM", "IGO-CSTO", "agree", "2021-03-10"),
    spec("ARM", "IGO-CSTO", "consult", "2021-03-10"),
    spec("ARM", "IGO-CSTO", "accuse", "2022-05-12"),
    spec("ARM", "IGO-CSTO", "accuse", "2023-02-20"),
]


def test_a_turn_between_thin_windows_is_not_a_shift(make_db, capsys) -> None:
    from click.testing import CliRunner

    from realpolitik.cli import cli

    db = make_db(THIN)
    with Reader.open(db) as reader:
        (trend,) = dyad_trends(reader, window="year")
    # the raw signs still turn, as before; the shift needs two windows on the floor
    assert (trend.first_sign, trend.last_sign) == (1, -1)
    assert trend.shift == "too few articles"
    assert trend.support == ((2, "cooperative"), (1, "uncertain"), (1, "uncertain"))
    assert trend.supported == ("2021",) and trend.shift_from is None and trend.shift_to is None
    assert trend.shift_text == "too few articles: 1 of 3 windows on 2 or more articles with a reading"
    assert TRENDS["too few articles"] == "sparse"  # the report's word, with its basis (below)
    out = CliRunner().invoke(cli, ["trends", "--db", str(db), "--window", "year"], env={"COLUMNS": "160"})
    assert out.exit_code == 0 and "too few articles: 1 of 3 windows" in out.output
    assert "cooperation->conflict" not in out.output
    # with the floor at one article a window (a setting) the same record reads as a turn, said with its support
    with Reader.open(db) as reader:
        (loose,) = dyad_trends(reader, window="year", settings=ModelSettings(min_articles=1))
    assert loose.shift == "too few articles"  # a window on one article reads uncertain at any floor


def test_a_shift_names_the_windows_it_compares_and_their_articles(make_db) -> None:
    db = make_db(
        [
            *THIN,
            spec("ARM", "IGO-CSTO", "accuse", "2023-06-01", "Outlet B"),
            spec("ARM", "IGO-CSTO", "consult", "2024-01-15"),  # a thin window after the last held one
        ]
    )
    with Reader.open(db) as reader:
        (trend,) = dyad_trends(reader, window="year")
    assert trend.shift == "cooperation->conflict"
    assert (trend.shift_from, trend.shift_to) == ("2021", "2023")
    assert trend.shift_text == "cooperation->conflict, 2021 (2 articles) to 2023 (2 articles)"
    # the last window is cooperative but thin: the raw last sign says so, the shift does not follow it
    assert trend.last_sign == 1
    d = trend.to_dict()
    assert d["shift"] == "cooperation->conflict" and d["points"][-1]["articles"] == 1


def test_the_report_labels_a_turn_with_the_months_it_compares(make_db) -> None:
    from realpolitik.report.render import _dyads
    from realpolitik.system.snapshot import snapshot

    turning = make_db(
        [
            spec("ARM", "IGO-CSTO", "agree", "2021-03-10"),
            spec("ARM", "IGO-CSTO", "consult", "2021-03-10"),
            spec("ARM", "IGO-CSTO", "accuse", "2021-05-12"),
            spec("ARM", "IGO-CSTO", "accuse", "2021-07-20"),
            spec("ARM", "IGO-CSTO", "accuse", "2021-07-20", "Outlet B"),
        ]
    )
    with Reader.open(turning) as reader:
        (view,) = _dyads(reader, snapshot(reader))
    assert view.trend == "turned conflictual (2021-03 to 2021-07)"
    thin = make_db(
        [
            spec(*s[:3], s[3].replace("2022-05-12", "2021-05-12").replace("2023-02-20", "2021-08-20"))
            for s in THIN
        ]
    )
    with Reader.open(thin) as reader:
        (view,) = _dyads(reader, snapshot(reader))
    assert view.trend == "sparse: 1 of 3 months"  # one of its 3 months rests on 2 articles with a reading
