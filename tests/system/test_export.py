"""Exports read back: Parquet through DuckDB, GraphML through networkx, JSONL and TSV line by line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import networkx as nx
import pytest

from realpolitik.errors import InputError
from realpolitik.store import EventFilter, Store
from realpolitik.system.export import GDELT_COLUMNS, export

from .conftest import spec

EVENTS = [
    spec("AZE", "ARM", "assault", "2020-09-27", "Outlet A"),
    spec("RUS", "ARM", "aid", "2020-11-10", "Outlet B"),
    spec("TUR", "AZE", "agree", "2020-10-01", "Outlet A", "hypothetical"),
]


def test_export_parquet_reads_back(make_db, tmp_path: Path) -> None:
    out = tmp_path / "dataset"
    with Store(make_db(EVENTS), read_only=True) as store:
        assert export(store, "parquet", out) == 3
    rows = duckdb.sql(
        f"SELECT id, event, modality, month FROM read_parquet('{out}/events/**/*.parquet', hive_partitioning = "
        "true, hive_types = {'month': VARCHAR}) ORDER BY date"
    ).fetchall()
    assert [r[1] for r in rows] == ["ASSAULT", "AGREE", "AID"]
    assert rows[1][2] == "hypothetical"
    assert [r[3] for r in rows] == ["2020-09", "2020-10", "2020-11"]  # one partition per month
    assert sorted(p.name for p in (out / "events").iterdir()) == [
        "month=2020-09",
        "month=2020-10",
        "month=2020-11",
    ]


def test_export_graphml_reads_back_asserted_only(make_db, tmp_path: Path) -> None:
    out = tmp_path / "g.graphml"
    with Store(make_db(EVENTS), read_only=True) as store:
        assert export(store, "graphml", out) == 2
    g = nx.read_graphml(out)
    assert set(g.nodes) == {"ARM", "AZE", "RUS"}
    assert g.edges["ARM", "AZE"]["sign"] == -1 and g.edges["ARM", "RUS"]["sign"] == 1


def test_export_plover_jsonl(make_db, tmp_path: Path) -> None:
    out = tmp_path / "ev.jsonl"
    with Store(make_db(EVENTS), read_only=True) as store:
        assert export(store, "plover-jsonl", out, EventFilter()) == 2
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records[0]["source"] == [{"actorText": "Azerbaijan", "code": "AZE", "sector": "GOV"}]
    assert records[0]["event"] == "ASSAULT" and records[0]["modality"] == "asserted"
    assert records[1]["publication"] == "Outlet B"


def test_export_gdelt_tsv(make_db, tmp_path: Path) -> None:
    out = tmp_path / "ev.tsv"
    with Store(make_db(EVENTS), read_only=True) as store:
        assert export(store, "gdelt-tsv", out, EventFilter.of(since="2020-10-01", modalities=None)) == 2
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert list(rows[0]) == list(GDELT_COLUMNS)
    first = rows[0]
    assert (first["SQLDATE"], first["Actor1Code"], first["Actor2CountryCode"]) == (
        "20201001",
        "TURGOV",
        "AZE",
    )
    assert (first["EventCode"], first["EventRootCode"], first["QuadClass"]) == ("057", "05", "1")
    assert first["Modality"] == "hypothetical"


@pytest.mark.parametrize(("fmt", "since"), [("xml", None), ("parquet", "2020-13-01")])
def test_export_rejects_bad_requests(make_db, tmp_path: Path, fmt: str, since: str | None) -> None:
    with Store(make_db(EVENTS), read_only=True) as store, pytest.raises(InputError):
        export(store, fmt, tmp_path / "x", EventFilter.of(since=since))
