"""One GraphML of the signed graph (twenty-sixth session): `realpolitik export --format graphml` and the web's
/api/graph.graphml wrote two files of one graph with different attributes (the CLI's nodes had no name and no
bloc, the web's edges no interval, reading, floor or thin). Both now go through `system.export.graphml_text`:
over one real DuckDB store the two files are the same."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from realpolitik.cli import cli
from realpolitik.web import create_app

from .conftest import Client


def test_graphml_of_the_cli_and_the_web_are_one_file(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli.graphml"
    run = CliRunner().invoke(
        cli, ["export", "--db", str(db_path), "--format", "graphml", "--output", str(out)]
    )
    assert run.exit_code == 0, run.output
    web = Client(create_app(db_path)).get("/api/graph.graphml")
    assert web.status_code == 200
    assert out.read_text(encoding="utf-8") == web.text
    g = nx.read_graphml(out)
    assert g.nodes["XNK"]["name"] == "Karabakh authorities" and g.nodes["ARM"]["name"] == "Armenia"
    assert all("bloc" in data and "code" in data for _, data in g.nodes(data=True))
    for _, _, data in g.edges(data=True):
        assert {
            "sign",
            "net",
            "events",
            "ci_low",
            "ci_high",
            "reading",
            "floor_reading",
            "thin",
            "q4",
        } <= set(data)
