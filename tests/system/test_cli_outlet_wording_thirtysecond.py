"""The CLI's tables write an article without a known outlet as "unknown outlet", as the report and the web
app do (thirty-second session): `narratives` printed the data key "(unknown outlet)", `evidence` "outlet
unknown", `articles` a bare "-". Real DuckDB store of the example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from realpolitik.pipeline import analyze

    db = tmp_path_factory.mktemp("outlets") / "examples.duckdb"
    analyze([EXAMPLES], db, progress=False)
    return str(db)


@pytest.mark.parametrize("args", [["narratives"], ["evidence", "--dyad", "Armenia:Azerbaijan"]])
def test_cli_tables_say_unknown_outlet(examples_db: str, args: list[str], capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "220")
    assert main([*args, "--db", examples_db]) == 0
    out = capsys.readouterr().out
    assert "unknown outlet" in out
    assert "(unknown outlet)" not in out and "outlet unknown" not in out


def test_cli_disagreements_say_what_each_side_rests_on(make_db, capsys, monkeypatch) -> None:
    """`realpolitik disagreements` listed each side's outlets only, where the report and the web app give the
    side's pooled net and events: a side of one event (possibly one miscoded sentence) read as firmly as one
    of twenty. Each side now says "(net +1.00, 3 events)", and a side of one event "1 event: one sentence"."""
    from .conftest import spec

    monkeypatch.setenv("COLUMNS", "220")
    db = make_db(
        [
            spec("ARM", "AZE", "agree", "2021-03-01", "Outlet A"),
            spec("ARM", "AZE", "consult", "2021-03-02", "Outlet A"),
            spec("ARM", "AZE", "agree", "2021-03-03", "Outlet A"),
            spec("ARM", "AZE", "accuse", "2021-03-04", "Outlet B"),
        ]
    )
    assert main(["disagreements", "--db", str(db), "--window", "all"]) == 0
    out = capsys.readouterr().out
    assert "Outlet A (net +1.00, 3 events)" in out
    assert "Outlet B (net -1.00, 1 event: one sentence)" in out
