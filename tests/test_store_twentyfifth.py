"""Means of Goldstein weights (twenty-fifth session): rounded once, half away from zero, over the
events that carry a weight; real DuckDB stores."""

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import duckdb

from realpolitik.records import Event, EventActor
from realpolitik.store import EventFilter, Reader, Store, mean_goldstein
from synthetic_records import article as _article


def _db(path: Path, weights: list[float | None]) -> Path:
    text = "Synthetic record."
    with Store(path) as store:
        store.add_articles([_article(text)])
        events = [
            Event(
                event="X",
                cameo="010",
                goldstein=w,  # type: ignore[arg-type]  # a store may hold an event without a weight
                quad_class=1,
                source=(EventActor("AZE", "GOV", "AZE"),),
                target=(EventActor("ARM", "GOV", "ARM"),),
                modality="asserted",
                attribution=None,
                date=f"2021-06-{i + 1:02d}",
                date_precision="day",
                evidence_start=0,
                evidence_end=len(text),
            )
            for i, w in enumerate(weights)
        ]
        store.save_analysis("a1", [], events, text)
    return path


def test_mean_goldstein_rounds_halves_away_from_zero_whatever_the_binary_double() -> None:
    # 1.0005 and 0.1625 are both halves at three places; Python's round of the float quotient took
    # 1.0005 down (its nearest double is below) and 0.1625 up
    assert round(2001 / 20 / 100, 3) == 1.0 and round(1300 / 80 / 100, 3) == 0.163
    assert mean_goldstein(2001, 20) == 1.001
    assert mean_goldstein(-2001, 20) == -1.001
    assert mean_goldstein(1300, 80) == 0.163
    # the same rule as DuckDB's round on these halves
    (sql,) = duckdb.sql("SELECT round(2001 / 20 / 100, 3), round(-2001 / 20 / 100, 3)").fetchall()
    assert sql == (1.001, -1.001)
    for n in range(1, 41):
        for h in range(-1200, 1201, 7):
            want = float((Decimal(h) / Decimal(100 * n)).quantize(Decimal("0.001"), ROUND_HALF_UP))
            assert mean_goldstein(h, n) == want, (h, n)
            two = float((Decimal(h) / Decimal(100 * n)).quantize(Decimal("0.01"), ROUND_HALF_UP))
            assert mean_goldstein(h, n, places=2) == two, (h, n)


def test_web_monthly_chart_rounds_the_mean_once(tmp_path: Path) -> None:
    from realpolitik.web import queries as Q

    # eleven weights summing to 13.58: the mean 1.234545... is 1.23 at two places; rounded first to
    # three (1.235) and then to two it read 1.24
    weights: list[float | None] = [1.0] * 10 + [3.58]
    db = _db(tmp_path / "m.duckdb", weights)
    with Reader.open(db) as reader:
        ((month, events, _, three, _),) = reader.monthly_volume(EventFilter())
        assert (month, events, three) == ("2021-06", 11, 1.235)
    with Reader.attach(db, name="m.duckdb", listed=True) as snapshot:  # as the web app reads it
        (row,) = Q.monthly_volume(snapshot.con, EventFilter())
        assert row["goldstein"] == 1.23


def test_means_count_the_weighed_events_only(tmp_path: Path) -> None:
    from realpolitik.system.dyads import directed_dyads, dyads
    from realpolitik.system.perspectives import outlet_dyads

    # 2.0, 4.0 and an event without a weight: the mean weight is 3.0, not 2.0 (a missing weight is
    # no neutral one); the event still counts as an event
    with Reader.open(_db(tmp_path / "n.duckdb", [2.0, 4.0, None])) as reader:
        (pair,) = reader.pair_aggregates()
        assert pair.events == 3 and pair.goldstein == 3.0
        ((_, events, _, mean, _),) = reader.monthly_volume(EventFilter())
        assert events == 3 and mean == 3.0
        (dyad,) = dyads(reader, window="all")
        assert dyad.goldstein == 3.0
        (directed,) = directed_dyads(reader, window="all")
        assert directed.events == 3 and directed.goldstein == 3.0
        (outlet,) = outlet_dyads(reader)
        assert outlet.goldstein == 3.0
        listed = list(reader.events())
        assert [e["goldstein"] for e in listed] == [2.0, 4.0, 0.0]
        assert [e["weighed"] for e in listed] == [True, True, False]
    with Reader.open(_db(tmp_path / "z.duckdb", [None])) as reader:
        (pair,) = reader.pair_aggregates()
        assert pair.events == 1 and pair.goldstein == 0.0
