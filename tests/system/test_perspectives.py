"""Outlet perspectives: two outlets that tell opposite stories about the same dyad."""

from __future__ import annotations

import pytest

from realpolitik.store import EventFilter, Store
from realpolitik.system.perspectives import disagreements, outlet_actors, outlet_dyads

from .conftest import spec

OPPOSITE = [
    spec("RUS", "ARM", "aid", "2021-03-01", "Kremlin Wire"),
    spec("RUS", "ARM", "agree", "2021-03-02", "Kremlin Wire"),
    spec("RUS", "ARM", "sanction", "2021-03-03", "Yerevan Daily"),
    spec("ARM", "RUS", "accuse", "2021-03-04", "Yerevan Daily"),
    spec("AZE", "TUR", "agree", "2021-03-05", "Kremlin Wire"),
    spec("AZE", "TUR", "aid", "2021-03-06", "Yerevan Daily"),
]


def test_perspectives_two_outlets_disagree(make_db) -> None:
    db = make_db(OPPOSITE)
    (d,) = disagreements(Store(db, read_only=True))
    assert (d.a, d.b, d.window) == ("ARM", "RUS", "all")
    assert d.cooperative.outlets == ("Kremlin Wire",)
    assert d.conflictual.outlets == ("Yerevan Daily",)
    assert d.score == pytest.approx(1.0)
    assert [e.event for e in d.cooperative.evidence] == ["AID", "AGREE"]
    assert [e.event for e in d.conflictual.evidence] == ["SANCTION", "ACCUSE"]
    assert all(e.outlet == "Yerevan Daily" for e in d.conflictual.evidence)


def test_perspectives_articles_of_no_known_outlet_take_no_side(make_db) -> None:
    # articles whose outlet was not found are pooled by the other views; pooled, they are no one outlet,
    # so they cannot disagree with a named one
    unknown = [
        spec("RUS", "ARM", "aid", "2021-03-01", None),
        spec("RUS", "ARM", "agree", "2021-03-02", None),
        spec("RUS", "ARM", "sanction", "2021-03-03", "Yerevan Daily"),
        spec("ARM", "RUS", "accuse", "2021-03-04", "Yerevan Daily"),
    ]
    assert disagreements(Store(make_db(unknown), read_only=True)) == []
    named = [*unknown, spec("RUS", "ARM", "aid", "2021-03-05", "Kremlin Wire")]
    (d,) = disagreements(Store(make_db(named), read_only=True))
    assert (d.cooperative.outlets, d.conflictual.outlets) == (("Kremlin Wire",), ("Yerevan Daily",))
    assert d.cooperative.events == 1


def test_perspectives_agreeing_outlets_are_no_disagreement(make_db) -> None:
    db = make_db(OPPOSITE)
    assert [(d.a, d.b) for d in disagreements(Store(db, read_only=True), EventFilter.of(actor="TUR"))] == []


def test_perspectives_outlet_dyads(make_db) -> None:
    db = make_db(OPPOSITE)
    got = {(d.outlet, d.a, d.b): (d.events, d.net) for d in outlet_dyads(Store(db, read_only=True))}
    assert got[("Kremlin Wire", "ARM", "RUS")] == (2, 1.0)
    assert got[("Yerevan Daily", "ARM", "RUS")] == (2, -1.0)


def test_perspectives_outlet_tone_toward_actor(make_db) -> None:
    db = make_db(OPPOSITE)
    rows = {
        (r.outlet, r.actor): r for r in outlet_actors(Store(db, read_only=True), EventFilter.of(actor="ARM"))
    }
    assert rows[("Kremlin Wire", "ARM")].tone == pytest.approx(7.5)
    assert rows[("Yerevan Daily", "ARM")].tone == pytest.approx(-8.0)
    assert rows[("Yerevan Daily", "ARM")].as_source == 1
    assert rows[("Yerevan Daily", "ARM")].net_as_source == -1.0


def test_perspectives_change_over_time_is_no_disagreement(make_db) -> None:
    db = make_db(
        [
            spec("ARM", "RUS", "agree", "2020-11-10", "Kremlin Wire"),
            spec("ARM", "RUS", "accuse", "2024-02-22", "Yerevan Daily"),
        ]
    )
    store = Store(db, read_only=True)
    assert disagreements(store, window="year") == []
    (d,) = disagreements(store)
    assert (d.window, d.cooperative.outlets, d.conflictual.outlets) == (
        "all",
        ("Kremlin Wire",),
        ("Yerevan Daily",),
    )


def test_perspectives_disagreement_within_a_year(make_db) -> None:
    (d,) = disagreements(Store(make_db(OPPOSITE), read_only=True), window="year")
    assert (d.a, d.b, d.window) == ("ARM", "RUS", "2021")
