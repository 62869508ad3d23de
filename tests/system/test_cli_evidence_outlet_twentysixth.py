"""The evidence table names a missing outlet (twenty-sixth session): on a wide terminal `realpolitik evidence`
left the outlet cell blank for an article whose outlet is not known, beside 'according to (the outlet)', while
the narrow list said 'outlet unknown'; the table now says 'outlet unknown' too. Real DuckDB store."""

from __future__ import annotations

import pytest

from realpolitik.cli import main

from .conftest import spec


def test_cli_evidence_table_says_unknown_outlet(make_db, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    db = str(
        make_db(
            [spec("AZE", "IRN", "accuse", "2021-09-28", None), spec("AZE", "IRN", "accuse", "2021-10-05")]
        )
    )
    assert main(["evidence", "--db", db, "--dyad", "Iran:Azerbaijan"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if "2021-" in line]
    assert len(rows) == 2, rows
    # "unknown outlet", as the report, the web app and the CLI's other tables write it (thirty-second session)
    assert sum("unknown outlet" in r for r in rows) == 1 and sum("Outlet A" in r for r in rows) == 1, rows
