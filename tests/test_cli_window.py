"""`evidence --window 2023` with the default --unit month said "cannot read the month window '2023'
(... years as 2022)": the label was right, the unit was not. The error now says which unit the label
is written in and what to add."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.system.conftest import spec, write_events

from realpolitik.cli import main


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (
            ["--window", "2021"],
            "error: --window 2021 is a year, but --unit is month (the default) (add --unit year)",
        ),
        (
            ["--window", "2021-Q1", "--unit", "year"],
            "error: --window 2021-Q1 is a quarter, but --unit is year (add --unit quarter)",
        ),
    ],
)
def test_cli_evidence_window_in_another_unit_says_which_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], said: str
) -> None:
    db = str(write_events(tmp_path / "w.duckdb", [spec("ARM", "AZE", "assault", "2021-03-05")]))
    assert main(["evidence", "--db", db, "--dyad", "ARM:AZE", *extra]) == 2
    assert " ".join(capsys.readouterr().err.split()) == said
    # with the unit the label is written in, the same window reads
    unit = said.rsplit("--unit ", 1)[1].rstrip(")")
    assert (
        main(["evidence", "--db", db, "--dyad", "ARM:AZE", "--format", "json", *extra, "--unit", unit]) == 0
    )
    assert '"ASSAULT"' in capsys.readouterr().out
