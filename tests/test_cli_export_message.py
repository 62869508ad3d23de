"""`export --format parquet` says where the events went and how to read them back: the folder holds four
tables, and reading it whole with pandas fails on their mixed columns."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest
from tests.system.conftest import spec, write_events

from realpolitik.cli import main


def test_cli_export_parquet_names_the_events_folder_and_how_to_read_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = write_events(tmp_path / "s.duckdb", [spec("ARM", "AZE", "assault", "2021-03-05")] * 2)
    out = tmp_path / "dataset"
    assert main(["export", "--db", str(db), "--format", "parquet", "--output", str(out)]) == 0
    err = " ".join(capsys.readouterr().err.split())
    events = out / "events"
    assert err.startswith(f"wrote 2 events to {events}{os.sep} (articles, mentions and axes beside it"), err
    assert f"give --db {out} to any read command" in err
    assert f"pandas.read_parquet('{events}')" in err
    # what it names reads back as the events, by a reader other than the project's own
    rows = duckdb.connect().execute(f"select count(*) from read_parquet('{events}/*/*.parquet')").fetchall()
    assert rows == [(2,)]
