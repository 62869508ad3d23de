"""The CLI's tables write an article without a known outlet as "unknown outlet", as the report and the web
app do (thirty-second session): `narratives` printed the data key "(unknown outlet)", `evidence` "outlet
unknown", `articles` a bare "-". Real DuckDB store of the example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def analyze_examples(folder: Path) -> Path:
    """The example corpus with an outlet of one article (ONE_ARTICLE_OUTLET; the examples' podcast was one until
    report36 read it as Regional Monitor's), analysed into `folder`/examples.duckdb; its path. The report test
    of the thirty-second session renders the same store."""
    from realpolitik.pipeline import analyze

    extra = folder / "lowland_courier.txt"
    extra.write_text(ONE_ARTICLE_OUTLET, encoding="utf-8")
    db = folder / "examples.duckdb"
    analyze([EXAMPLES, extra], db, progress=False)
    return db


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(analyze_examples(tmp_path_factory.mktemp("outlets")))


ONE_ARTICLE_OUTLET = """Moscow Hosts New Round of Armenia-Azerbaijan Talks

Moscow, 12 March 2022
Lowland Courier
By Ines Varga

Russia hosted the foreign ministers of Armenia and Azerbaijan in Moscow on Friday for talks on a peace treaty.
Russian Foreign Minister Sergei Lavrov said Moscow was ready to mediate between the two neighbours and to help
them agree on the delimitation of their border. Both ministers said they would continue the dialogue.
"""


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
    from .conftest import spec, table_column

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
    # thirty-fifth session: a side says its articles too, and one resting on one article is thin
    assert "Outlet A (net +1.00, 3 events in 3 articles)" in out
    assert "Outlet B (net -1.00, 1 event in 1 article)" in out
    # (report37: the note wraps inside its narrow column)
    assert "1.00 thin: its conflictual side rests on one" in table_column(out, "disagreement", "cooperative")


def test_cli_trends_write_the_slope_as_the_nets_beside_it(make_db, capsys, monkeypatch) -> None:
    """`realpolitik trends` printed the slope raw, four decimals and no plus sign ("0.1864" under "-0.2857"),
    beside nets written "+1.00": it is now signed with two decimals, and the title says its unit."""
    import re

    from .conftest import spec

    monkeypatch.setenv("COLUMNS", "200")
    db = make_db(
        [
            # two years on two articles each, so a trend is stated (thirty-third session: a pair with fewer
            # than two such windows prints no slope)
            spec("ARM", "AZE", "accuse", "2021-03-01", "Outlet A"),
            spec("ARM", "AZE", "accuse", "2021-03-02", "Outlet B"),
            spec("ARM", "AZE", "agree", "2023-03-03", "Outlet A"),
            spec("ARM", "AZE", "consult", "2023-03-04", "Outlet B"),
        ]
    )
    assert main(["trends", "--db", str(db), "--window", "year"]) == 0
    out = capsys.readouterr().out
    assert "slope: the net's change a year" in " ".join(out.split())
    row = next(line for line in out.splitlines() if line.strip().startswith("Armenia–Azerbaijan"))
    assert not re.search(r"\d\.\d{3}", row), row
    assert re.search(r"\s\+\d\.\d\d\s", row), row


def test_cli_narratives_give_no_share_for_one_article(examples_db: str, capsys, monkeypatch) -> None:
    """`realpolitik narratives` gave an outlet of one article a share of "100%" for each of its frames,
    where the report and the web app say "one article" (thirty-third session): a share of one is no share."""
    monkeypatch.setenv("COLUMNS", "220")
    assert main(["narratives", "--db", examples_db]) == 0
    out = capsys.readouterr().out
    table = out[out.index("share of each outlet's articles") :]
    ends = [table.find(t) for t in ("opposing frames", "frames beside events") if t in table]
    table = table[: min(ends)] if ends else table
    rows = [line for line in table.splitlines() if line.strip().startswith("Lowland Courier")]
    assert rows and all(line.rstrip().endswith("one article") for line in rows), rows
    assert not [line for line in table.splitlines() if " 1 " in line[:40] and line.rstrip().endswith("100%")]
