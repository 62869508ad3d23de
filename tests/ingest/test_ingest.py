"""Ingest into a real DuckDB file (idempotent, resumable) and the `split`/`ingest` CLI contract."""

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from realpolitik.cli import cli
from realpolitik.config import Settings
from realpolitik.ingest import ingest, read_articles
from realpolitik.store import Store

from .dumps import MIXED_DUMP, MIXED_EXPECTED

NEAR = (
    "Iran and Azerbaijan opened a road bridge over the Aras river in October 2023, part of a route that "
    "links mainland Azerbaijan with Nakhchivan through Iranian territory. Ministers of both states "
    "attended the ceremony and spoke about trade and the transit of goods."
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "dump.txt").write_text(MIXED_DUMP, encoding="utf-8")
    (root / "sub" / "bridge.txt").write_text("Bridge over the Aras\n\n" + NEAR + "\n", encoding="utf-8")
    edited = NEAR.replace("spoke about", "talked about")
    (root / "sub" / "bridge-copy.txt").write_text("Aras bridge opens\n\n" + edited + "\n", encoding="utf-8")
    (root / "sub" / "empty.txt").write_bytes(b"")
    return root


def test_ingest_stores_articles_and_a_rerun_adds_nothing(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        first = ingest([corpus], store, Settings(dedup_threshold=0.8))
        counts = store.counts()
    n = len(MIXED_EXPECTED) + 2
    assert (first.articles_seen, first.articles_added) == (n, n)
    assert counts["articles"] == n and counts["skipped"] == 1
    assert [Path(s.source).name for s in first.skipped] == ["empty.txt"]
    (dup,) = first.duplicates
    with Store(db) as store:
        second = ingest([corpus], store, Settings(dedup_threshold=0.8))
        assert store.counts()["articles"] == n
        row = store.get_article(dup[0])
    assert (second.articles_seen, second.articles_added, second.duplicates) == (n, 0, [])
    assert row is not None and row["duplicate_of"] == dup[1]


def test_ingest_interrupted_run_leaves_a_consistent_db_and_a_rerun_completes(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "b.duckdb"
    settings = Settings(batch_size=2)
    calls = {"n": 0}
    real_add = Store.add_articles

    def add_then_crash(self: Store, articles: list, *rest: object, **index: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl-C during the second batch
        return real_add(self, articles, *rest, **index)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "add_articles", add_then_crash)
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        ingest([corpus], store, settings)
    monkeypatch.setattr(Store, "add_articles", real_add)
    with Store(db) as store:
        assert store.counts()["articles"] == 2  # the first batch only; the second rolled back
        report = ingest([corpus], store, settings)
        assert store.counts()["articles"] == len(MIXED_EXPECTED) + 2
    assert report.articles_added == len(MIXED_EXPECTED)


def test_ingest_read_articles_marks_duplicates_without_dropping(corpus: Path) -> None:
    result = read_articles([corpus], Settings(dedup_threshold=0.8))
    assert len(result.articles) == len(MIXED_EXPECTED) + 2
    marked = [a for a in result.articles if a.duplicate_of]
    assert len(marked) == 1 and result.duplicates[0][0] == marked[0].id


CONTRACT_KEYS = {"source", "start_line", "end_line", "title", "date", "author", "outlet", "language", "text"}


def test_ingest_cli_split_jsonl_contract(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(MIXED_DUMP, encoding="utf-8")
    result = CliRunner().invoke(cli, ["split", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(MIXED_EXPECTED)
    for row, (title, date, _, _, lang) in zip(rows, MIXED_EXPECTED, strict=True):
        assert row.keys() >= CONTRACT_KEYS
        assert (row["title"], row["date"], row["language"], row["source"]) == (title, date, lang, str(path))
        assert isinstance(row["start_line"], int) and isinstance(row["end_line"], int)


def test_ingest_cli_split_table_and_stdin() -> None:
    result = CliRunner().invoke(cli, ["split", "-", "--format", "table"], input=MIXED_DUMP.encode())
    assert result.exit_code == 0, result.output
    assert "6 articles" in result.stdout
    assert "Envoys of Türkiye and Armenia Meet in Moscow" in result.stdout


def test_ingest_cli_skipped_input_exits_3_with_reasons_on_stderr(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Bridge over the Aras\n\n" + NEAR + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["split", str(good), str(tmp_path / "empty.txt")])
    assert result.exit_code == 3
    assert len(result.stdout.splitlines()) == 1
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_ingest_cli_ingest_twice(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "c.duckdb"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(corpus), "--db", str(db)])
    assert first.exit_code == 3  # empty.txt was skipped
    assert f"{len(MIXED_EXPECTED) + 2} new" in first.stdout
    assert "empty.txt" in first.stderr
    second = runner.invoke(cli, ["ingest", str(corpus / "dump.txt"), "--db", str(db)])
    assert second.exit_code == 0, second.output
    assert "0 new" in second.stdout


def test_ingest_cli_real_process_exit_status_and_stderr(tmp_path: Path) -> None:
    import subprocess
    import sys

    good = tmp_path / "good.txt"
    good.write_text("Bridge over the Aras\n\n" + NEAR + "\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "realpolitik", "split", str(good), str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    # A path that does not exist is bad usage: exit 2, as the README says, and nothing is read.
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert f"error: {missing}: no such file or folder" in proc.stderr
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "realpolitik", "split", str(good), str(tmp_path / "empty.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 3  # an unusable file among good ones is skipped with its reason
    assert json.loads(proc.stdout)["title"] == "Bridge over the Aras"
