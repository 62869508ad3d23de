"""Every event export says who claims each event, in the words of the evidence rows (issue 10 item 6, report43):
PLOVER JSONL a `claimed_by` key, the GDELT-style TSV a `ClaimedBy` column after the earlier ones (users read them
by position), Parquet a `claimed_by` column. The store is made by the real pipeline (`realpolitik analyze`) and
read through the CLI, as a user would."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pytest

from realpolitik.cli import main
from realpolitik.system.export import GDELT_COLUMNS

OUTLET = "Caspian Courier"
# Sentences written for these tests, the facts real: Azerbaijan's strikes on Jermuk and other towns inside Armenia
# on 13 September 2022, which Armenia's defence ministry reported and Armenia called aggression; the ceasefire of
# October 2020, which each side accused the other of breaking; Aliyev's stated readiness for a peace treaty.
ATTRIBUTED = "Azerbaijani forces shelled Jermuk on 13 September 2022, the Armenian defence ministry said."
PLAIN = "Azerbaijani forces struck Jermuk and other towns inside Armenia on 13 September 2022."
ACCUSED = "Armenia accused Azerbaijan of aggression against its sovereign territory on 13 September 2022."
MUTUAL = "Armenia and Azerbaijan accused each other of breaking the ceasefire on 11 October 2020."
SAID = "Aliyev said Azerbaijan was ready to sign a peace treaty with Armenia."
# who claims each, as the evidence rows say it
EXPECTED = {
    ATTRIBUTED: "the Armenian defence ministry (speaker)",  # a deed the text attributes to a speaker
    PLAIN: f"{OUTLET} (outlet's own account)",  # a deed told with no claimant: the outlet's account, never ""
    ACCUSED: f"Armenia (the source, as {OUTLET} reports)",  # an accusation said: its source's claim
    MUTUAL: f"{OUTLET} (outlet's own account)",  # reciprocal: the outlet's account of both sides
    SAID: "Aliyev (speaker)",  # a verbal event with its own speaker
}
ARTICLES = [
    (ATTRIBUTED, "2022-09-13"),
    (PLAIN, "2022-09-14"),
    (ACCUSED, "2022-09-15"),
    (MUTUAL, "2020-10-11"),
    (SAID, "2022-09-20"),
]


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("claims43")
    corpus = d / "news.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"title": f"Report {i}", "date": day, "outlet": OUTLET, "text": text}) + "\n"
            for i, (text, day) in enumerate(ARTICLES)
        ),
        encoding="utf-8",
    )
    db = d / "news.duckdb"
    assert main(["analyze", str(corpus), "--db", str(db), "--n-process", "1", "--quiet"]) == 0
    return db


@pytest.fixture(scope="module")
def evidence(analyzed: Path) -> dict[str, dict[str, str]]:
    """The evidence rows of the CLI's `evidence --format json`: event id -> its sentence and who claims it."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert (
            main(["evidence", "--db", str(analyzed), "--dyad", "Armenia:Azerbaijan", "--format", "json"]) == 0
        )
    rows = json.loads(out.getvalue())
    return {r["event_id"]: {"text": r["evidence_text"], "claimed_by": r["claimed_by"]} for r in rows}


def _export(db: Path, fmt: str, output: Path) -> None:
    assert main(["export", "--db", str(db), "--format", fmt, "--output", str(output)]) == 0


def test_evidence_rows_say_who_claims_each_event(evidence: dict[str, dict[str, str]]) -> None:
    # the pipeline codes one event of each sentence, and the evidence rows say who claims it
    assert {r["text"]: r["claimed_by"] for r in evidence.values()} == EXPECTED
    assert len(evidence) == len(EXPECTED)


def test_plover_jsonl_says_who_claims_each_event_as_the_evidence_rows(
    analyzed: Path, evidence: dict[str, dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "events.jsonl"
    _export(analyzed, "plover-jsonl", out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["id"]: r["claimed_by"] for r in records} == {k: v["claimed_by"] for k, v in evidence.items()}
    by_text = {r["text"]: r for r in records}
    assert {t: r["claimed_by"] for t, r in by_text.items()} == EXPECTED
    # `attribution` still carries the coder's attributed speaker only; `claimed_by` says who claims the event
    assert by_text[ATTRIBUTED]["attribution"]["text"] == "the Armenian defence ministry"
    assert by_text[PLAIN]["attribution"] is None and by_text[ACCUSED]["attribution"] is None
    assert by_text[MUTUAL]["reciprocal"] is True


def test_gdelt_tsv_appends_claimed_by_after_the_old_columns(
    analyzed: Path, evidence: dict[str, dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "events.tsv"
    _export(analyzed, "gdelt-tsv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    header, body = rows[0], rows[1:]
    # the columns of earlier versions keep their places: a reader by position still finds them
    assert header[:20] == [
        "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventBaseCode",
        "EventRootCode", "QuadClass", "GoldsteinScale", "SOURCEURL", "Outlet", "ArticleID", "PLOVER", "Modality",
    ]  # fmt: skip
    assert header == [*header[:20], "ClaimedBy"] and list(GDELT_COLUMNS) == header
    assert all(len(r) == len(header) for r in body)
    # one row per (source, target) pair: every row of an event says who claims it, as its evidence row
    said: dict[str, set[str]] = {}
    for r in body:
        said.setdefault(r[0].rsplit(":", 1)[0], set()).add(r[-1])
    assert said == {k: {v["claimed_by"]} for k, v in evidence.items()}
    mutual = next(k for k, v in evidence.items() if v["text"] == MUTUAL)
    assert sum(r[0].startswith(mutual + ":") for r in body) == 2  # Armenia on Azerbaijan, and back
    assert {r[19] for r in body} == {"asserted"}  # Modality still the twentieth column


def test_parquet_carries_claimed_by_as_the_evidence_rows_and_reads_back(
    analyzed: Path, evidence: dict[str, dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "dataset"
    _export(analyzed, "parquet", out)
    pattern = f"{out}/events/**/*.parquet"
    rows = duckdb.sql(f"SELECT id, evidence_text, claimed_by FROM read_parquet('{pattern}')").fetchall()
    assert {i: c for i, _, c in rows} == {k: v["claimed_by"] for k, v in evidence.items()}
    assert {t: c for _, t, c in rows} == EXPECTED
    # read back as a store (--db FOLDER) and exported again: the same words, one column, not two
    again = tmp_path / "again"
    _export(out, "parquet", again)
    cols = [
        r[0]
        for r in duckdb.sql(f"DESCRIBE SELECT * FROM read_parquet('{again}/events/**/*.parquet')").fetchall()
    ]
    assert cols.count("claimed_by") == 1
    back = duckdb.sql(f"SELECT id, claimed_by FROM read_parquet('{again}/events/**/*.parquet')").fetchall()
    assert dict(back) == {i: c for i, _, c in rows}
