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
    row = _row(out, "Armenia")
    assert "none named" in row, row
    assert "none named" not in _row(out, "Russia")
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


def test_cli_trends_print_no_slope_where_no_trend_is_stated(make_db, capsys, monkeypatch) -> None:
    """`realpolitik trends` printed a slope ("-0.22") for a pair whose shift says "too few articles: 0 of 2
    windows" and "+0.00" for a pair seen in a single window: a figure for a trend the same row says cannot be
    stated (the report writes "sparse" and no slope). Such a row now shows "—", and the title says why."""
    monkeypatch.setenv("COLUMNS", "200")
    db = make_db(
        [
            spec("ARM", "AZE", "agree", "2021-03-01", "Outlet A"),
            spec("ARM", "AZE", "accuse", "2023-03-02", "Outlet B"),
            spec("RUS", "TUR", "agree", "2021-03-03", "Outlet A"),
        ]
    )
    assert main(["trends", "--db", str(db), "--window", "year"]) == 0
    out = capsys.readouterr().out
    for start in ("Armenia", "Russia"):
        row = _row(out, start)
        cells = row.split()
        assert "—" in cells, row
    assert "no trend is stated" in " ".join(out.split())


def test_cli_axes_say_none_named_for_no_outlet(tmp_path, capsys, monkeypatch) -> None:
    """`realpolitik axes` left the outlets cell empty for an alignment named only in articles without a
    known outlet; it now says "none named", as the dyads table does."""
    from realpolitik.records import Article
    from realpolitik.store import Store

    monkeypatch.setenv("COLUMNS", "200")
    text = "Synthetic test record: a trilateral format of ARM, AZE and RUS is named here."
    db = tmp_path / "axes.duckdb"
    with Store(db) as store:
        art = Article("ax01", "in/ax.txt", 1, 1, "Story", "2021-03-01", None, None, "en", text)
        store.add_articles([art])
        axis = {
            "name": "trilateral format",
            "kind": "format",
            "members": ["ARM", "AZE", "RUS"],
            "evidence_start": 0,
            "evidence_end": len(text),
            "evidence_text": text,
        }
        store.save_analysis(art.id, [], [], text, [axis])
    assert main(["axes", "--db", str(db)]) == 0
    row = _row(capsys.readouterr().out, "format")
    assert "none named" in row, row


def test_cli_disagreements_name_and_write_the_score_as_the_report_does(make_db, capsys, monkeypatch) -> None:
    """`realpolitik disagreements` printed a column "score" as "1.0" beside nets written "+1.00", where the
    report says "disagreement 1.00" and the web app "Disagreement (0–1)". The column is now "disagreement",
    two decimals, and the title says how it is computed."""
    monkeypatch.setenv("COLUMNS", "220")
    db = make_db(
        [
            spec("ARM", "AZE", "agree", "2021-03-01", "Outlet A"),
            spec("ARM", "AZE", "consult", "2021-03-02", "Outlet A"),
            spec("ARM", "AZE", "accuse", "2021-03-03", "Outlet B"),
            spec("ARM", "AZE", "accuse", "2021-03-04", "Outlet B"),
        ]
    )
    assert main(["disagreements", "--db", str(db), "--window", "all"]) == 0
    out = capsys.readouterr().out
    assert " disagreement " in out and "half the gap" in " ".join(out.split())
    assert " 1.00 " in _row(out, "Armenia–Azerbaijan")


def test_cli_dyads_name_places_authorities_and_organisations(make_db, capsys, monkeypatch) -> None:
    """`realpolitik dyads` wrote a pair with a place, an authority or an organisation as bare codes
    ("AZE–XNK", "IGO-NATO–RUS"), where the report's tables and the blocs table name them. The names are now
    on the row's line, the codes on a line below (report42: states too, as the report's tables), and JSON is
    unchanged."""
    monkeypatch.setenv("COLUMNS", "200")
    db = make_db([spec("AZE", "XNK", "accuse", "2021-03-01"), spec("ARM", "AZE", "accuse", "2021-03-02")])
    assert main(["dyads", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("Azerbaijan–Karabakh authorities"))
    assert lines[at + 1].strip() == "AZE–XNK", lines[at : at + 2]
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("Armenia–Azerbaijan"))
    assert lines[at + 1].strip() == "ARM–AZE", lines[at : at + 2]
    assert main(["dyads", "--db", str(db), "--format", "json"]) == 0
    assert {(d["a"], d["b"]) for d in json.loads(capsys.readouterr().out)} == {("ARM", "AZE"), ("AZE", "XNK")}


def test_cli_whatif_says_when_no_triad_measures_balance(make_db, capsys) -> None:
    """`realpolitik whatif` printed "balance 1.0 (0 unbalanced)" where no three actors are tied in every pair,
    a perfect score resting on nothing, while `blocs` and the report say balance cannot be measured. It now
    says "no closed triad to measure"."""
    from .conftest import reported

    db = make_db(reported([spec("ARM", "AZE", "assault", "2021-03-01", "Outlet A")], 6))
    assert main(["whatif", "--db", str(db), "--flip", "ARM:AZE"]) == 0
    out = capsys.readouterr().out
    assert "balance 1.0" not in out
    before = next(line for line in out.splitlines() if line.startswith("before:"))
    assert before.endswith("balance: no closed triad to measure"), before
