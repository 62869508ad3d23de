"""Issue 11 in `analyze`: chunked parsing of long articles, per-article failures recorded as they
happen and the run going on, a killed run marked interrupted and reported by the next one."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.cli import main
from realpolitik.config import Settings
from realpolitik.nlp import build_pipeline
from realpolitik.pipeline import analyze
from realpolitik.store import Store
from synthetic_records import write_jsonl

PARAGRAPH = (
    "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 2020. "
    "Russia deployed peacekeepers to the region after the ceasefire. "
    "Turkey supported Azerbaijan during the war.\n\n"
)
SHORT = [
    {
        "title": "Peacekeepers",
        "date": "2024-06-12",
        "text": "Russian peacekeepers left Nagorno-Karabakh in 2024.",
    },
    {
        "title": "Membership",
        "date": "2022-03-04",
        "text": "Georgia applied for membership of the European Union.",
    },
]
RUSSIAN = (
    "Россия направила миротворцев в Нагорный Карабах в ноябре 2020 года. "
    "Армения и Азербайджан подписали заявление о прекращении огня."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(Settings())


def test_pipeline_robust_article_over_the_model_limit_is_coded_in_chunks(
    nlp: Language, tmp_path: Path
) -> None:
    long_text = PARAGRAPH * 60  # about 13,000 characters
    src = write_jsonl(
        tmp_path / "in.jsonl",
        [SHORT[0], {"title": "Long", "date": "2020-12-01", "text": long_text}, SHORT[1]],
    )
    small = build_pipeline(Settings())
    small.max_length = 5_000  # stands for the model's 1,000,000-character limit
    db = tmp_path / "long.duckdb"
    result = analyze([src], db, Settings(parse_chunk_chars=2_000), progress=False, nlp=small)
    # Before: E088 (text longer than max_length) ended the run and nothing in the batch was coded.
    assert result.skipped == () and result.articles_coded == 3
    with Store(db, read_only=True) as store:
        assert store.uncoded_article_ids() == []
        rows = store.con.execute(
            "SELECT e.evidence_start, e.evidence_end, e.evidence_text, a.text FROM events e "
            "JOIN articles a ON a.id = e.article_id WHERE a.title = 'Long'"
        ).fetchall()
    assert len(rows) >= 60
    for start, end, evidence, text in rows:
        assert text[start:end] == evidence and evidence.strip()


def test_pipeline_robust_run_on_sentence_is_cut_with_a_warning(
    nlp: Language, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    run_on = "Russia deployed peacekeepers " + " ".join(["and the convoy moved on"] * 500)  # 2,500+ words
    src = write_jsonl(tmp_path / "in.jsonl", [{"title": "Run-on", "text": run_on}, SHORT[1]])
    with caplog.at_level("WARNING", logger="realpolitik"):
        result = analyze([src], tmp_path / "r.duckdb", Settings(), progress=False, nlp=nlp)
    assert result.skipped == () and result.articles_coded == 2
    assert "without a sentence end was cut every 2,000 words" in caplog.text


def test_pipeline_robust_parser_failure_skips_one_article_and_goes_on(nlp: Language, tmp_path: Path) -> None:
    if "realpolitik_test_parser_fault" not in Language.factories:

        class _Faulty:
            """A model component that fails on a whole batch when one text holds a marker."""

            def __call__(self, doc: Doc) -> Doc:
                return next(iter(self.pipe([doc])))

            def pipe(self, docs, batch_size: int = 64):  # type: ignore[no-untyped-def]
                batch = list(docs)
                if any("Lachin" in d.text for d in batch):
                    raise RuntimeError("injected parser fault")
                yield from batch

        @Language.factory("realpolitik_test_parser_fault")
        def _make(nlp: Language, name: str) -> _Faulty:
            return _Faulty()

    faulty = build_pipeline(Settings())
    faulty.add_pipe(
        "realpolitik_test_parser_fault", first=True
    )  # not a realpolitik_ component: runs in nlp.pipe
    records = [
        SHORT[0],
        {"title": "Corridor", "text": "Russian peacekeepers guarded the Lachin corridor."},
        SHORT[1],
    ]
    db = tmp_path / "fault.duckdb"
    result = analyze(
        [write_jsonl(tmp_path / "in.jsonl", records)], db, Settings(), progress=False, nlp=faulty
    )
    # Before: the exception left nlp.pipe and ended the whole run.
    assert result.articles_coded == 2
    (problem,) = result.skipped
    assert "injected parser fault" in problem.reason and problem.line == 2
    with Store(db, read_only=True) as store:
        assert store.counts()["skipped"] == 1  # written as it happened


KILLER = """
import os, signal, sys
from realpolitik import pipeline
from realpolitik.store import Store

real_save = Store.save_analysis

def save_then_die(self, article_id, mentions, events, *args, **kwargs):
    real_save(self, article_id, mentions, events, *args, **kwargs)
    if mentions:  # kill -9 right after the first English article is saved
        os.kill(os.getpid(), signal.SIGKILL)

Store.save_analysis = save_then_die
pipeline.analyze(sys.argv[2:], sys.argv[1], progress=False)
"""


def test_pipeline_robust_kill_keeps_skipped_records_and_rerun_reports_it(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a_russian.txt").write_text("Миротворцы\n\n" + RUSSIAN + "\n", encoding="utf-8")
    write_jsonl(corpus / "b_news.jsonl", SHORT)
    (corpus / "c_empty.txt").write_bytes(b"")
    db = tmp_path / "killed.duckdb"
    proc = subprocess.run(
        [sys.executable, "-c", KILLER, str(db), str(corpus)], capture_output=True, text=True
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    with Store(db, read_only=True) as store:
        reasons = sorted(r[0] for r in store.con.execute("SELECT reason FROM skipped").fetchall())
        (run,) = store.con.execute("SELECT finished_at, status FROM runs").fetchall()
    # Before: the language skip was written only when coding ended, and the kill lost it.
    assert any("language 'ru'" in r for r in reasons) and any("empty" in r for r in reasons)
    assert run == (None, "running")
    # The rerun (only the good file: nothing of its own to skip) marks the killed run and exits 3.
    assert main(["analyze", str(corpus / "b_news.jsonl"), "--db", str(db), "--quiet"]) == 3
    err = capsys.readouterr().err
    assert "did not finish and is marked interrupted" in err and "recorded 2 skipped inputs" in err
    with Store(db, read_only=True) as store:
        statuses = [r[0] for r in store.con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
        assert statuses == ["interrupted", "finished"]
        assert store.uncoded_article_ids() == []
    assert main(["analyze", str(corpus / "b_news.jsonl"), "--db", str(db), "--quiet"]) == 0  # reported once
