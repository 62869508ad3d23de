"""The dyad filter pairs whom the dyads pair (twenty-fifth session): the dyad page, its count and
/api/events?dyad= list the events `realpolitik dyads` counts, so a party that does not stand for its
state (rebels, gunmen) makes no dyad page and no listed event. Real DuckDB stores."""

from __future__ import annotations

import asyncio
from itertools import combinations
from pathlib import Path

import httpx

from realpolitik.store import EventFilter, Reader
from realpolitik.system import dyads
from realpolitik.web import create_app
from synthetic_records import one_event_store as _store


def _get(db: Path, urls: list[str]) -> list[httpx.Response]:
    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=create_app(db_path=db))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            return [await c.get(u) for u in urls]

    return asyncio.run(run())


def test_dyad_page_and_api_list_only_the_events_the_dyad_counts(tmp_path: Path) -> None:
    db = _store(
        tmp_path / "three.duckdb",
        [
            ([("RUS", "MIL")], [("SYR", "REB")], False),  # Russian forces on Syrian rebels: no RUS-SYR deed
            ([("IRN", "REB")], [("AZE", None)], False),  # a gunman coded IRN REB: no Iranian deed
            ([("IRN", "GOV")], [("AZE", None)], False),  # Iran's government: the one AZE-IRN event
        ],
    )
    with Reader.open(db) as reader:
        found = {(d.a, d.b): d.events for d in dyads(reader, window="all")}
        assert found == {("AZE", "IRN"): 1}
        assert [e["id"] for e in reader.events(EventFilter(dyad=("AZE", "IRN")))] == ["a2:0"]
        assert list(reader.events(EventFilter(dyad=("RUS", "SYR")))) == []
    syr_page, aze_page, aze_api, syr_api, aze_dyads = _get(
        db,
        [
            "/dyad/RUS/SYR",
            "/dyad/AZE/IRN",
            "/api/events?dyad=AZE:IRN",
            "/api/events?dyad=RUS:SYR",
            "/api/dyads",
        ],
    )
    assert syr_page.status_code == 404
    assert aze_page.status_code == 200
    assert aze_api.json()["total"] == 1 and [e["id"] for e in aze_api.json()["items"]] == ["a2:0"]
    assert syr_api.json()["total"] == 0
    (pair,) = aze_dyads.json()["items"]
    assert (pair["a"], pair["b"], pair["events"], pair["event_ids_count"]) == ("AZE", "IRN", 1, 1)


def test_dyad_filter_agrees_with_the_dyads_on_every_pair_of_codes(tmp_path: Path) -> None:
    # the state rule's cases: named groups, reciprocal parties, one side mixed, a company, the opposition
    db = _store(
        tmp_path / "mixed.duckdb",
        [
            ([("IMG-ISIS", "REB")], [("IRQ", "MIL")], False),
            ([("ARM", "CVL"), ("AZE", "MIL")], [], True),
            ([("ARM", "MIL"), ("AZE", "MIL")], [], True),
            ([("TUR", "MIL")], [("SYR", "REB"), ("SYR", "GOV")], False),
            ([("RUS", "BUS")], [("UKR", None)], False),
            ([("IRN", "GOV"), ("IRN", "REB")], [("AZE", "OPP")], False),
            ([("GEO", "OPP")], [("RUS", "GOV")], True),
            ([("ARM", None)], [("AZE", "CVL")], False),
        ],
    )
    with Reader.open(db) as reader:
        counted = {(d.a, d.b): set(d.event_ids) for d in dyads(reader, window="all")}
        codes = sorted({c for e in reader.events(EventFilter()) for c in e["src_codes"] + e["tgt_codes"]})
        for a, b in combinations(codes, 2):
            listed = {e["id"] for e in reader.events(EventFilter(dyad=(a, b)))}
            assert listed == counted.get((a, b), set()), (a, b)
    assert set(counted) == {("IMG-ISIS", "IRQ"), ("ARM", "AZE"), ("SYR", "TUR")}
