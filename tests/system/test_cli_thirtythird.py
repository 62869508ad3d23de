"""The CLI as a user reads it (thirty-third session)."""

from __future__ import annotations

import json

from realpolitik.cli import main

from .conftest import spec


def _row(out: str, start: str) -> str:
    return next(line for line in out.splitlines() if line.strip().startswith(start))


def test_cli_dyads_say_none_named_for_no_outlet(make_db, capsys, monkeypatch) -> None:
    """`realpolitik dyads` printed an outlet count of 0 for a pair none of whose articles names its outlet,
    where the report and the web app say "none named": a 0 beside its events read as "no outlet reported
    this". The table now says "none named"; JSON and CSV keep the figure 0."""
    monkeypatch.setenv("COLUMNS", "220")
    db = make_db(
        [
            spec("ARM", "AZE", "accuse", "2021-03-01", None),
            spec("ARM", "AZE", "accuse", "2021-03-02", None),
            spec("RUS", "TUR", "agree", "2021-03-03", "Outlet A"),
        ]
    )
    assert main(["dyads", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    row = _row(out, "ARM")
    assert "none named" in row, row
    assert "none named" not in _row(out, "RUS")
    assert main(["dyads", "--db", str(db), "--format", "json"]) == 0
    rows = {(d["a"], d["b"]): d for d in json.loads(capsys.readouterr().out)}
    assert rows[("ARM", "AZE")]["outlets"] == 0


def test_cli_evidence_says_each_other_no_target_and_undated(make_db, capsys, monkeypatch) -> None:
    """`realpolitik evidence` left the target cell empty for a reciprocal event ("ARM,AZE" then nothing, where
    the web app says "with each other") and for an event with no target, and the date cell empty for an
    undated event: blanks read as missing data. They now say "(each other)", "(no target)" and "undated",
    in the table and in the narrow terminal's list."""
    db = make_db(
        [
            spec("ARM+AZE", "", "assault", "2021-03-01", "Outlet A", reciprocal=True),
            spec("ARM+AZE", "", "assault", "2021-03-02", "Outlet B", reciprocal=True),
            spec("AZE", "ARM", "accuse", None, "Outlet A", precision="unknown"),
        ]
    )
    for columns in ("220", "100"):  # the table, and the list of a narrow terminal
        monkeypatch.setenv("COLUMNS", columns)
        assert main(["evidence", "--db", str(db), "--dyad", "ARM:AZE"]) == 0
        out = capsys.readouterr().out
        assert out.count("(each other)") == 2, out
        assert "undated" in out, out
