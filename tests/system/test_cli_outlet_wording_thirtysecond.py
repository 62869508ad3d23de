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
