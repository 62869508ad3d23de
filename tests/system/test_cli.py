"""The system commands: JSON shapes of dyads, blocs and whatif, exports, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.cli import main
from realpolitik.store import EventFilter, Reader

from .conftest import reported, spec

CAMPS = [
    spec("AZE", "TUR", "agree", "2021-01-05", "Outlet A"), spec("TUR", "AZE", "aid", "2021-02-05", "Outlet B"),
    spec("ISR", "AZE", "aid", "2021-02-07", "Outlet A"), spec("TUR", "ISR", "consult", "2021-03-01", "Outlet A"),
    spec("ARM", "IRN", "agree", "2021-03-02", "Outlet B"), spec("IRN", "RUS", "consult", "2021-03-03", "Outlet B"),
    spec("RUS", "ARM", "aid", "2021-03-04", "Outlet A"), spec("AZE", "ARM", "assault", "2021-03-05", "Outlet A"),
    spec("TUR", "ARM", "threaten", "2021-03-06", "Outlet B"), spec("ISR", "IRN", "threaten", "2021-03-07"),
    spec("IRN", "AZE", "accuse", "2021-03-08", "Outlet B"),
    spec("RUS", "TUR", "sanction", "2021-03-09", "Outlet B", "hypothetical"),
]  # fmt: skip


# What-if works on the ties blocs use, and a tie on fewer than four articles is thin (uncertain):
# here each event of CAMPS is reported by four more articles on the following days, so every
# asserted tie has a sign.
CERTAIN_CAMPS = reported(CAMPS, 5)


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_dyads_json_shape(make_db, capsys) -> None:
    db = str(make_db(CAMPS))
    rows = _json(capsys, ["dyads", "--db", db, "--format", "json"])
    assert isinstance(rows, list) and len(rows) == 10
    for row in rows:
        assert {"a", "b", "events", "net", "quad_counts", "outlets"} <= set(row)
        assert row["a"] < row["b"] and len(row["quad_counts"]) == 4
        assert all(isinstance(q, int) for q in row["quad_counts"])
    aze_tur = next(r for r in rows if (r["a"], r["b"]) == ("AZE", "TUR"))
    assert (aze_tur["events"], aze_tur["outlets"], aze_tur["quad_counts"]) == (2, 2, [1, 1, 0, 0])


@pytest.mark.parametrize(
    ("extra", "pairs"),
    [
        (["--actor", "RUS"], {("ARM", "RUS"), ("IRN", "RUS")}),
        (["--actor", "RUS", "--all-modalities"], {("ARM", "RUS"), ("IRN", "RUS"), ("RUS", "TUR")}),
        (["--since", "2021-03-08"], {("AZE", "IRN")}),
        (["--until", "2021-01-31"], {("AZE", "TUR")}),
    ],
)
def test_cli_dyads_filters(make_db, capsys, extra: list[str], pairs) -> None:
    db = str(make_db(CAMPS))
    rows = _json(capsys, ["dyads", "--db", db, "--format", "json", *extra])
    assert {(r["a"], r["b"]) for r in rows} == pairs


def test_cli_dyads_csv_and_window(make_db, capsys) -> None:
    db = str(make_db(CAMPS))
    assert main(["dyads", "--db", db, "--format", "csv", "--window", "month", "--actor", "TUR"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("a,b,window,events,q1,q2,q3,q4")
    assert any(line.startswith("AZE,TUR,2021-01,1,1,0,0,0,") for line in lines[1:])


def test_cli_blocs_json_shape(make_db, capsys) -> None:
    # every tie in five articles: a pair on fewer than four reads thin (uncertain), outside the blocs
    db = str(make_db(CERTAIN_CAMPS))
    out = _json(capsys, ["blocs", "--db", db, "--format", "json"])
    assert isinstance(out, dict)
    assert {frozenset(b) for b in out["blocs"]} == {
        frozenset({"AZE", "TUR", "ISR"}),
        frozenset({"ARM", "IRN", "RUS"}),
    }
    assert out["balance"] == 1.0 and out["unbalanced_triads"] == []
    # the partition's own figures: nothing contradicts a balanced graph, solved exactly
    assert out["frustration"] == 0 and out["frustration_weight"] == 0.0 and out["method"] == "exact"
    assert {"stability", "co_membership", "unstable", "runs", "uncertain_left_out"} <= set(out)


def test_cli_blocs_text_says_when_no_triad_is_closed(make_db, capsys) -> None:
    # two firm ties and no third: no closed triad, so no balance to speak of (was "balance: 1.0 over 0 triads")
    db = str(
        make_db(
            reported(
                [spec("AZE", "TUR", "agree", "2021-01-05"), spec("ARM", "AZE", "assault", "2021-01-06")], 5
            )
        )
    )
    assert main(["blocs", "--db", db]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "no closed triad" in out and "over 0" not in out
    db = str(make_db(CERTAIN_CAMPS))
    assert main(["blocs", "--db", db]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "balance: 1.0 over" in out and "closed triads" in out


def test_cli_whatif_flip_json(make_db, capsys) -> None:
    db = str(make_db(CERTAIN_CAMPS))
    out = _json(capsys, ["whatif", "--db", db, "--flip", "AZE:ARM", "--format", "json"])
    assert out["applied"] == [{"a": "AZE", "b": "ARM", "before": -1, "after": 1}]
    assert out["before"]["balance"] == 1.0 and out["after"]["balance"] < 1.0
    assert ["ARM", "AZE", "TUR"] in out["after"]["unbalanced_triads"]


def test_cli_export_writes_file(make_db, capsys, tmp_path: Path) -> None:
    db = str(make_db(CAMPS))
    target = tmp_path / "out" / "events.jsonl"
    assert main(["export", "--db", db, "--format", "plover-jsonl", "--output", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 12
    assert "wrote 12 rows" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["dyads", "--db", "{missing}"], 2, "no such database"),
        (["whatif", "--db", "{db}", "--flip", "RUS"], 2, "A:B"),
        (["whatif", "--db", "{db}"], 2, "nothing to change"),
        (["whatif", "--db", "{db}", "--flip", "AZE:GEO"], 2, "(GEO) occurs in no stored event"),
        (["whatif", "--db", "{db}", "--flip", "AZE:IRN:RUS"], 2, "is not of the form A:B"),
        (["dyads", "--db", "{db}", "--since", "March"], 2, "YYYY-MM-DD"),
        # before: an injection-shaped dyad was read as a what-if change ("a flip takes no value")
        (
            ["evidence", "--db", "{db}", "--dyad", "RUS:TUR' OR 1=1"],
            2,
            '--dyad: unknown actor "TUR\' OR 1=1"',
        ),
        (["analyze", "{missing}.txt", "--db", "{db}x"], 2, "no such file or folder"),
        (["ingest", "{missing}.txt", "--db", "{db}x"], 2, "no such file or folder"),
    ],
)
def test_cli_system_errors(make_db, capsys, tmp_path: Path, argv: list[str], code: int, message: str) -> None:
    db = str(make_db(CAMPS))
    args = [a.format(db=db, missing=str(tmp_path / "nope.duckdb")) for a in argv]
    assert main(args) == code
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("command", ["report", "narratives"])
def test_cli_report_and_narratives_name_a_parquet_folder(capsys, tmp_path: Path, command: str) -> None:
    # the other read commands take a Parquet dataset folder; these two need the DuckDB file (run log, frames)
    argv = [command, "--db", str(tmp_path)] + (
        ["--output", str(tmp_path / "r.html")] if command == "report" else []
    )
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "a Parquet dataset folder, not a database" in err and f"`{command}` needs the DuckDB file" in err


def test_cli_evidence_json_traces_a_dyad(make_db, capsys) -> None:
    db = str(make_db(CAMPS))
    rows = _json(capsys, ["evidence", "--db", db, "--dyad", "ARM:AZE", "--format", "json"])
    assert [(r["event"], r["outlet"], r["modality"]) for r in rows] == [("ASSAULT", "Outlet A", "asserted")]
    assert rows[0]["evidence_text"].startswith("Synthetic test record 7: AZE assault ARM")
    assert (
        _json(
            capsys, ["evidence", "--db", db, "--dyad", "ARM:AZE", "--window", "2021-01", "--format", "json"]
        )
        == []
    )


def test_cli_evidence_heads_the_sentences_with_the_pairs_reading(make_db, capsys, monkeypatch) -> None:
    """The evidence of a pair starts with how the model reads it, so two agreeing sentences are never
    read as a settled relation: "conflictual, thin: 2 articles" with its net and interval."""
    monkeypatch.setenv("COLUMNS", "100")
    db = str(make_db([spec("AZE", "IRN", "accuse", day) for day in ("2021-09-28", "2021-10-05")]))
    assert main(["evidence", "--db", db, "--dyad", "Iran:Azerbaijan"]) == 0
    first = " ".join(capsys.readouterr().out.split())
    # the pair by name, its codes heading the reading (report42: the CLI names actors as the report does)
    assert first.startswith(
        "Evidence for Iran–Azerbaijan (IRN–AZE; conflictual, thin: 2 articles; net -1.00, interval -1.00 to "
        "-1.00): 2 events"
    ), first


def test_cli_disagreements_and_axes_json(make_db, capsys) -> None:
    db = str(
        make_db(
            [spec("ARM", "RUS", "aid", "2021-03-01", "A"), spec("RUS", "ARM", "accuse", "2021-05-01", "B")]
        )
    )
    (d,) = _json(capsys, ["disagreements", "--db", db, "--format", "json", "--window", "year"])
    assert (d["a"], d["b"], d["window"]) == ("ARM", "RUS", "2021")
    assert d["cooperative"]["outlets"] == ["A"] and d["conflictual"]["outlets"] == ["B"]
    assert _json(capsys, ["axes", "--db", db, "--format", "json"]) == []


def test_cli_trends_json(make_db, capsys) -> None:
    db = str(
        make_db(
            [
                spec("ARM", "AZE", "agree", "2020-11-10"),
                spec("ARM", "AZE", "agree", "2020-11-10", "Outlet B"),
                spec("AZE", "ARM", "assault", "2023-09-19"),
                spec("AZE", "ARM", "assault", "2023-09-19", "Outlet B"),
            ]
        )
    )
    (trend,) = _json(capsys, ["trends", "--db", db, "--window", "year", "--format", "json"])
    assert (trend["a"], trend["b"], trend["shift"]) == ("ARM", "AZE", "cooperation->conflict")
    assert [p["window"] for p in trend["points"]] == ["2020", "2023"]
    assert (trend["shift_from"], trend["shift_to"], trend["min_articles"]) == ("2020", "2023", 2)
    assert [(p["articles"], p["reading"]) for p in trend["points"]] == [
        (2, "cooperative"),
        (2, "conflictual"),
    ]


def test_cli_dyads_actor_name_gives_the_same_rows_as_the_code(make_db, capsys) -> None:
    db = str(make_db(CAMPS))
    by_code = _json(capsys, ["dyads", "--db", db, "--format", "json", "--actor", "RUS"])
    for name in ("Russia", "russia", "Moscow", "rus"):
        assert _json(capsys, ["dyads", "--db", db, "--format", "json", "--actor", name]) == by_code
    assert by_code


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["dyads", "--actor", "Rusia"], "did you mean"),
        (["dyads", "--actor", "XXQ"], "unknown actor 'XXQ'"),
        (["dyads", "--actor", "France"], "(FRA) occurs in no stored event"),
        (["trends", "--actor", "Atlantis"], "unknown actor 'Atlantis'"),
        (["evidence", "--dyad", "Armenia:Azerbajan"], "did you mean"),
        (["evidence", "--dyad", "Armenia"], "is not of the form A:B"),
        (["whatif", "--flip", "Armenia:Narnia"], "unknown actor 'Narnia'"),
    ],
)
def test_cli_unknown_actor_exits_2_with_a_hint(make_db, capsys, argv: list[str], message: str) -> None:
    db = str(make_db(CAMPS))
    assert main([*argv, "--db", db]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_cli_evidence_and_whatif_take_names(make_db, capsys) -> None:
    db = str(make_db(CAMPS))
    by_code = _json(capsys, ["evidence", "--db", db, "--dyad", "ARM:AZE", "--format", "json"])
    assert (
        _json(capsys, ["evidence", "--db", db, "--dyad", "Armenia:Azerbaijan", "--format", "json"]) == by_code
    )
    assert len(by_code) == 1
    db = str(make_db(CERTAIN_CAMPS))
    out = _json(capsys, ["whatif", "--db", db, "--flip", "Azerbaijan:Armenia", "--format", "json"])
    assert out["applied"] == [{"a": "AZE", "b": "ARM", "before": -1, "after": 1}]
    # --set may tie an actor the stored events never mention
    out = _json(capsys, ["whatif", "--db", db, "--set", "Georgia:Armenia=1", "--format", "json"])
    assert out["applied"] == [{"a": "GEO", "b": "ARM", "before": 0, "after": 1}]


def _reject(db: str, path: Path, event_id: str) -> None:
    import duckdb

    from realpolitik.actors.names import actor_index
    from realpolitik.corrections import CorrectionLog, make_correction, stored_event

    with duckdb.connect(db, read_only=True) as con:
        ev = stored_event(con, event_id)
        assert ev is not None
        CorrectionLog(path).append(make_correction(ev, {"action": "reject"}, actor_index()))


def test_cli_corrections_apply_to_dyads_blocs_and_evidence(make_db, capsys, tmp_path: Path) -> None:
    # every tie reported in five articles, but the AZE-ARM assault (art0007) in that one only
    db = str(make_db(CAMPS + reported(CAMPS[:7] + CAMPS[8:], 5)[len(CAMPS) - 1 :]))
    fixes = tmp_path / "fixes.jsonl"
    _reject(db, fixes, "art0007:0")  # the AZE-ARM assault
    plain = _json(capsys, ["dyads", "--db", db, "--format", "json"])
    assert main(["dyads", "--db", db, "--format", "json", "--corrections", str(fixes)]) == 0
    captured = capsys.readouterr()
    corrected = json.loads(captured.out)
    assert "corrections applied (1: 1 rejected, 0 recoded)" in captured.err
    assert {(r["a"], r["b"]) for r in plain} - {(r["a"], r["b"]) for r in corrected} == {("ARM", "AZE")}
    assert main(["evidence", "--db", db, "--dyad", "ARM:AZE", "--corrections", str(fixes)]) == 0
    assert "corrections applied" in capsys.readouterr().out
    out = _json(capsys, ["blocs", "--db", db, "--format", "json", "--corrections", str(fixes)])
    assert isinstance(out, dict) and out["blocs"]
    assert main(["dyads", "--db", db, "--corrections", str(tmp_path / "missing.jsonl")]) == 2


def test_cli_corrections_export_gold_and_list(make_db, capsys, tmp_path: Path) -> None:
    db = str(make_db(CAMPS))
    fixes = tmp_path / "fixes.jsonl"
    _reject(db, fixes, "art0007:0")
    gold = tmp_path / "gold.json"
    assert (
        main(["corrections", "export", str(fixes), "--db", db, "--format", "gold", "--output", str(gold)])
        == 0
    )
    assert "wrote 1 gold records (1 rejected" in capsys.readouterr().err
    assert json.loads(gold.read_text())["records"][0]["event_id"] == "art0007:0"
    listed = _json(capsys, ["corrections", "list", str(fixes), "--db", db, "--format", "json"])
    assert isinstance(listed, dict) and listed["applied"] == 1 and listed["items"][0]["action"] == "reject"


def test_cli_report_with_corrections_says_so(make_db, capsys, tmp_path: Path) -> None:
    db = str(make_db(CAMPS))
    fixes = tmp_path / "fixes.jsonl"
    _reject(db, fixes, "art0007:0")  # the only AZE-ARM event
    plain, corrected = tmp_path / "plain.html", tmp_path / "corrected.html"
    assert main(["report", "--db", db, "--output", str(plain)]) == 0
    assert main(["report", "--db", db, "--output", str(corrected), "--corrections", str(fixes)]) == 0
    assert "corrections applied" in capsys.readouterr().err
    text = corrected.read_text()
    assert "corrections applied (1: 1 rejected, 0 recoded) from fixes.jsonl" in text
    assert "corrections applied" not in plain.read_text()
    assert (
        main(["report", "--db", db, "--output", str(plain), "--corrections", str(tmp_path / "no.jsonl")]) == 2
    )


@pytest.mark.parametrize("fmt", ["plover-jsonl", "gdelt-tsv", "graphml", "parquet"])
def test_cli_export_applies_corrections(make_db, capsys, tmp_path: Path, fmt: str) -> None:
    """export reads through the same filter and corrections as dyads, blocs and the report."""
    db = str(make_db(CAMPS))
    fixes = tmp_path / "fixes.jsonl"
    _reject(db, fixes, "art0007:0")  # the AZE-ARM assault
    plain, corrected = tmp_path / "plain", tmp_path / "corrected"
    assert main(["export", "--db", db, "--format", fmt, "--output", str(plain)]) == 0
    assert (
        main(["export", "--db", db, "--format", fmt, "--output", str(corrected), "--corrections", str(fixes)])
        == 0
    )
    err = capsys.readouterr().err
    assert "corrections applied (1: 1 rejected, 0 recoded)" in err
    counts = [int(line.split()[1]) for line in err.splitlines() if line.startswith("wrote ")]
    assert counts[0] - counts[1] == 1  # one event (one GDELT row, one graph edge) fewer
    if fmt == "parquet":  # the dataset reads back without the rejected event
        with Reader.from_parquet(corrected) as reader:
            assert "art0007:0" not in {e["id"] for e in reader.events(EventFilter(modalities=None))}


@pytest.mark.parametrize("width", [80, 120])
def test_cli_tables_fit_the_terminal(make_db, capsys, monkeypatch, width: int) -> None:
    """At 80 and 120 columns no line of dyads, blocs, evidence, trends, axes or disagreements is wider
    than the terminal; the dyads table keeps the pair, net, interval, reading and support and says
    which columns it left out; the evidence reads as a list below 160 columns, attribution included."""
    monkeypatch.setenv("COLUMNS", str(width))
    db = str(make_db(CERTAIN_CAMPS))
    for argv in (
        ["dyads", "--window", "month"], ["dyads"], ["blocs"], ["evidence", "--dyad", "ARM:AZE"],
        ["trends"], ["axes"], ["disagreements"],
    ):  # fmt: skip
        assert main([*argv, "--db", db]) == 0, argv
        out = capsys.readouterr().out
        assert out.strip() and max(len(line) for line in out.splitlines()) <= width, (argv, out)
        if argv == ["dyads"]:
            header = next(line for line in out.splitlines() if line.lstrip().startswith("pair"))
            for kept in ("net", "interval", "reading", "outlets", "articles"):
                assert kept in header, header
            assert "Azerbaijan–Türkiye" in out and "AZE–TUR" in out and "+1.00" in out
            if width == 80:
                assert "goldstein" not in header and "left out at this width: q1/q2/q3/q4, goldstein" in out
            else:
                assert "events" in header and "goldstein" in header
        if argv[0] == "evidence":
            assert (
                "ASSAULT Azerbaijan -> Armenia, asserted, claimed by Outlet A (outlet's own account)"
                in " ".join(out.split())
            )


def test_cli_settings_file_is_config_everywhere(tmp_path: Path, capsys) -> None:
    """`split`, `ingest` and `analyze` read the settings file as --config; `analyze --settings`, the old
    name, still reads it but is not shown; a broken file is named in the error of each."""
    article = tmp_path / "one.txt"
    article.write_text("Title: A note\n\nArmenia and Azerbaijan held talks on Monday.\n", encoding="utf-8")
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"max_file_bytes": 10}), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{max_file_bytes: 10", encoding="utf-8")
    db = str(tmp_path / "x.duckdb")
    # the file is read: inputs over its max_file_bytes are skipped (exit 3, named on stderr)
    assert main(["split", str(article), "--config", str(small)]) == 3
    assert "one.txt" in capsys.readouterr().err
    for argv in (
        ["split", str(article), "--config", str(broken)],
        ["ingest", str(article), "--db", db, "--config", str(broken)],
        ["analyze", str(article), "--db", db, "--config", str(broken)],
        ["analyze", str(article), "--db", db, "--settings", str(broken)],
    ):
        assert main(argv) != 0, argv
        assert f"{broken}: cannot read settings" in capsys.readouterr().err, argv
    assert main(["analyze", str(article), "--db", db, "--config", str(small), "--settings", str(broken)]) == 2
    assert "--settings is the old name of --config" in capsys.readouterr().err
    assert main(["analyze", "--help"]) == 0
    shown = capsys.readouterr().out
    assert "--config" in shown and "--settings" not in shown


def test_cli_whatif_says_where_it_starts(make_db, capsys) -> None:
    db = str(make_db([*CERTAIN_CAMPS, spec("GEO", "ARM", "agree", "2021-05-01")]))
    assert main(["whatif", "--db", db, "--set", "GEO:ARM=-1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("from the ties `blocs` uses (uncertain and thin ties left out, 0)")
    assert out[1] == (
        "Georgia–Armenia (GEO–ARM): uncertain in the record (net +1.00, interval -1.00 to +1.00, thin: 1 article), "
        "so left out of the blocs (0): +0 -> -1 (a tie set where the start has none weighs 1, as a tie on "
        "one article would)"
    )
    assert main(["whatif", "--db", db, "--flip", "GEO:ARM", "--with-uncertain"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("from every tie with the sign of its net score") and out[1].endswith(
        ": +1 -> -1"
    )
    assert main(["whatif", "--help"]) == 0
    assert "--with-uncertain" in capsys.readouterr().out


def test_cli_blocs_report_web_and_balance_give_one_balance(make_db, capsys) -> None:
    """A store whose whole signed graph has two unbalanced triangles and whose firm ties have one
    (Armenia and Türkiye cooperate on one article only): CLI `blocs`, the snapshot the report and the
    web app show, `/api/blocs` and `system.balance` all give the balance of the firm ties."""
    from tests.web.conftest import Client

    from realpolitik.system import balance, signed_graph, snapshot, structural_balance
    from realpolitik.web import create_app

    pairs = [
        ("RUS", "ARM", "aid"),
        ("RUS", "AZE", "agree"),
        ("AZE", "ARM", "assault"),
        ("AZE", "TUR", "agree"),
    ]
    db = make_db([*reported([spec(*p) for p in pairs], 5), spec("TUR", "ARM", "agree", "2022-10-05")])
    out = _json(capsys, ["blocs", "--db", str(db), "--format", "json"])
    assert isinstance(out, dict)
    web = Client(create_app(db)).get("/api/blocs").json()
    with Reader.open(db) as reader:
        snap, direct, whole = (
            snapshot(reader).balance,
            balance(reader),
            structural_balance(signed_graph(reader)),
        )
    assert (whole.balance, whole.triads) == (0.0, 2)  # the thin tie closes a second triangle
    assert {(f["balance"], f["triads"]) for f in (out, web)} | {
        (b.balance, b.triads) for b in (snap, direct)
    } == {(0.0, 1)}
    assert web["unbalanced_triads"] == out["unbalanced_triads"] == [["ARM", "AZE", "RUS"]]


def test_cli_dyads_say_how_far_an_uncertain_pair_leans(make_db, capsys, monkeypatch) -> None:
    """`dyads --format json` carries each pair's shares of replicates on each side and its lean; the
    table says "uncertain, leans conflictual (88%)" where a side holds at least 75 %, plain
    "uncertain" where none does, and a firm reading as it was; CSV gains the same three columns last."""
    from .test_dyads import LEANING

    db = str(make_db(LEANING))
    rows = {(r["a"], r["b"]): r for r in _json(capsys, ["dyads", "--db", db, "--format", "json"])}
    aze_irn = rows[("AZE", "IRN")]
    assert (aze_irn["share_conflictual"], aze_irn["share_cooperative"], aze_irn["lean"]) == (
        0.8838,
        0.0859,
        "conflictual",
    )
    assert aze_irn["reading"] == "uncertain" and rows[("ISR", "USA")]["lean"] is None
    monkeypatch.setenv("COLUMNS", "160")
    assert main(["dyads", "--db", db]) == 0
    out = capsys.readouterr().out
    # each row on the line of the pair's names (its codes on the line below, report42)
    line = {row.split()[0]: row for row in out.splitlines() if "–" in row and row.split()[0].count("–") == 1}
    # (report37: "(88%)" in the cell, which a table cannot break at the share's space)
    assert "uncertain, leans conflictual (88%)" in line["Azerbaijan–Iran"]
    assert "uncertain, leans cooperative (81%)" in line["Azerbaijan–Türkiye"]
    assert "uncertain" in line["Armenia–Russia"] and "leans" not in line["Armenia–Russia"]
    assert "cooperative" in line["Israel–United"] and "leans" not in line["Israel–United"]
    assert "leans: an uncertain pair with at least 75 % of its resampled corpora on one side" in " ".join(
        out.split()
    )
    assert main(["dyads", "--db", db, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(",floor_low,floor_high,share_conflictual,share_cooperative,lean")
    assert next(x for x in lines if x.startswith("AZE,IRN,")).endswith(",0.8838,0.0859,conflictual")


def test_cli_dyads_explain_says_why_a_pair_is_uncertain(make_db, capsys, monkeypatch) -> None:
    """`dyads --explain` gives every uncertain pair its line of why (`system.dyads.why_uncertain`): the
    JSON gains the key `why` (null for a pair with a reading) and keeps every old key as it was, CSV
    gains a last column `why`, and the table a column "why uncertain" that wraps in its cell."""
    from .test_dyads import LEANING

    db = str(make_db(LEANING))
    plain = _json(capsys, ["dyads", "--db", db, "--format", "json"])
    explained = _json(capsys, ["dyads", "--db", db, "--format", "json", "--explain"])
    assert isinstance(plain, list) and isinstance(explained, list)
    assert [{k: v for k, v in r.items() if k != "why"} for r in explained] == plain
    rows = {(r["a"], r["b"]): r for r in explained}
    why = rows[("AZE", "IRN")]["why"]
    assert (why["conflictual_events"], why["cooperative_events"], why["articles"], why["outlets"]) == (
        4,
        3,
        7,
        1,
    )
    assert why["text"].startswith(
        "4 conflictual events (most often attacks) in 4 articles beside 3 cooperative"
    )
    assert rows[("ISR", "USA")]["why"] is None
    assert main(["dyads", "--db", db, "--format", "csv", "--explain"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(",share_conflictual,share_cooperative,lean,why")
    assert "short of the 97.5 % a reading needs" in next(x for x in lines if x.startswith("AZE,IRN,"))
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["dyads", "--db", db, "--explain"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "why uncertain" in out and "conflict carries 73 % of the weight" in out


def test_cli_dyads_explain_keeps_its_line_of_why_readable_at_any_width(make_db, capsys, monkeypatch) -> None:
    """`dyads --explain` gives its line of why room to be read: at 140 columns the optional columns
    give way (the caption names them) and the line wraps at least 36 characters wide (on the examples
    it was cut seven characters wide, "conflic / tual / events"); where even the kept columns leave no
    such room, the line leaves the table and is listed under it after its pair."""
    from .test_dyads import LEANING

    db = str(make_db(LEANING))
    monkeypatch.setenv("COLUMNS", "140")
    assert main(["dyads", "--db", db, "--explain"]) == 0
    out = capsys.readouterr().out
    assert "4 conflictual events (most often" in out, out
    assert "left out at this width: q1/q2/q3/q4" in out, out
    monkeypatch.setenv("COLUMNS", "90")
    assert main(["dyads", "--db", db, "--explain"]) == 0
    out = capsys.readouterr().out
    assert "why uncertain (listed below)" in " ".join(out.split()), out
    listed = [line for line in out.splitlines() if line.startswith("AZE–IRN: ")]
    assert listed and listed[0].startswith("AZE–IRN: 4 conflictual events (most often attacks)"), out
    assert "ISR–USA: " not in out  # a pair with a reading has no line of why
