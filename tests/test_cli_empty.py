"""A table command whose selection is empty says so, and what might find something, instead of printing
a header over nothing (which reads the same as a filter that failed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.system.conftest import spec, write_events

from realpolitik.cli import main

# Two outlets tell ARM-AZE apart, but in different years; RUS acts on ARM in 2021 only as a hypothetical.
SPLIT_YEARS = [
    spec("ARM", "AZE", "agree", "2021-03-05", "Outlet A"),
    spec("AZE", "ARM", "assault", "2022-04-05", "Outlet B"),
    spec("RUS", "ARM", "aid", "2021-05-05", "Outlet A", "hypothetical"),
    spec("ARM", "RUS", "accuse", "2022-05-05", "Outlet B"),
]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(write_events(tmp_path / "split.duckdb", SPLIT_YEARS))


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], width: int
) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    assert main(argv) == 0
    return " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("width", [100, 200])
def test_cli_disagreements_none_in_a_year_points_to_window_all(db, capsys, monkeypatch, width: int) -> None:
    out = _run(capsys, monkeypatch, ["disagreements", "--db", db, "--window", "year"], width)
    assert out == (
        "Outlets telling opposite stories No dyad that one outlet reports as cooperative and another as "
        "conflictual within the same year; --window all compares the outlets over the whole record."
    )
    # and --window all finds the pair, so the hint is no dead end
    out = _run(capsys, monkeypatch, ["disagreements", "--db", db, "--window", "all"], width)
    assert out.startswith("Outlets telling opposite stories over the whole record (")
    assert "Armenia–Azerbaijan" in out and "ARM–AZE" in out and "Outlet A" in out and "Outlet B" in out


@pytest.mark.parametrize("width", [100, 200])
def test_cli_evidence_with_no_event_says_which_selection_is_empty(
    db, capsys, monkeypatch, width: int
) -> None:
    argv = ["evidence", "--db", db, "--dyad", "RUS:ARM", "--unit", "year", "--window", "2021", "--directed"]
    out = _run(capsys, monkeypatch, argv, width)
    assert out == (
        "Evidence for Russia–Armenia (RUS–ARM) No asserted event between Russia and Armenia in 2021 (--unit year), "
        "Russia acting on Armenia only. --all-modalities shows negated, hypothetical, normative and intended ones too."
    )
    out = _run(capsys, monkeypatch, [*argv, "--all-modalities"], width)
    assert "hypothetical" in out and "No " not in out


def test_cli_dyads_with_no_pair_says_so(db, capsys, monkeypatch) -> None:
    out = _run(capsys, monkeypatch, ["dyads", "--db", db, "--since", "2030-01-01"], 200)
    assert out.endswith("No pair with these options (--since, --until, --actor, --min-events).")
    assert "pair window events" not in out  # no header over nothing
