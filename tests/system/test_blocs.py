"""Blocs from signed community detection on hand-built graphs with two clear camps."""

from __future__ import annotations

from realpolitik.store import Store
from realpolitik.system.blocs import blocs, find_blocs
from realpolitik.system.graph import signed_graph

from .conftest import spec

TWO_CAMPS = [
    spec("AZE", "TUR", "agree"), spec("TUR", "AZE", "aid"), spec("ISR", "AZE", "aid"),
    spec("TUR", "ISR", "consult"), spec("ARM", "IRN", "agree"), spec("IRN", "RUS", "consult"),
    spec("RUS", "ARM", "aid"), spec("AZE", "ARM", "assault"), spec("TUR", "ARM", "threaten"),
    spec("ISR", "IRN", "threaten"), spec("IRN", "AZE", "accuse"),
]  # fmt: skip


def test_blocs_two_camps(make_db) -> None:
    db = make_db(TWO_CAMPS)
    result = blocs(Store(db, read_only=True))
    assert {frozenset(b) for b in result.blocs} == {
        frozenset({"AZE", "TUR", "ISR"}),
        frozenset({"ARM", "IRN", "RUS"}),
    }
    assert result.frustration == 0
    assert result.bloc_of("AZE") == result.bloc_of("ISR") != result.bloc_of("ARM")


def test_blocs_deterministic(make_db) -> None:
    db = make_db(TWO_CAMPS)
    g = signed_graph(Store(db, read_only=True))
    assert find_blocs(g, seed=7) == find_blocs(g, seed=7)


def test_blocs_only_negative_ties_leave_singletons(make_db) -> None:
    db = make_db([spec("AZE", "ARM", "assault"), spec("ARM", "TUR", "accuse")])
    result = blocs(Store(db, read_only=True))
    assert sorted(result.blocs) == [("ARM",), ("AZE",), ("TUR",)]


def test_graph_edges_carry_sign_and_counts(make_db) -> None:
    db = make_db(TWO_CAMPS)
    g = signed_graph(Store(db, read_only=True))
    assert g.edges["AZE", "TUR"]["sign"] == 1 and g.edges["AZE", "TUR"]["events"] == 2
    assert g.edges["ARM", "AZE"]["sign"] == -1 and g.edges["ARM", "AZE"]["q4"] == 1
    assert g.nodes["AZE"]["events"] == 5


def test_graph_per_window(make_db) -> None:
    from realpolitik.system.graph import window_graphs

    db = make_db(
        [spec("ARM", "AZE", "agree", "2020-11-10"), spec("AZE", "ARM", "assault", "2023-09-19"),
         spec("TUR", "AZE", "aid", "2023-09-20")]
    )  # fmt: skip
    graphs = window_graphs(Store(db, read_only=True), window="year")
    assert list(graphs) == ["2020", "2023"]
    assert graphs["2020"].edges["ARM", "AZE"]["sign"] == 1
    assert graphs["2023"].edges["ARM", "AZE"]["sign"] == -1
    assert graphs["2023"].has_edge("AZE", "TUR") and not graphs["2020"].has_edge("AZE", "TUR")


def test_blocs_over_time_follow_a_realignment(make_db) -> None:
    from realpolitik.system.blocs import blocs_over_time

    db = make_db(
        [spec("ARM", "RUS", "aid", "2021-05-01"), spec("ARM", "FRA", "accuse", "2021-06-01"),
         spec("ARM", "RUS", "accuse", "2024-02-22"), spec("ARM", "FRA", "aid", "2024-03-01")]
    )  # fmt: skip
    per_year = blocs_over_time(Store(db, read_only=True), window="year")
    assert list(per_year) == ["2021", "2024"]
    assert ("ARM", "RUS") in per_year["2021"].blocs
    assert ("ARM", "FRA") in per_year["2024"].blocs
