"""`analyze` end to end on a real spaCy pipeline and a real DuckDB file: idempotent reruns, new inputs add."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from realpolitik.config import Settings
from realpolitik.nlp import build_pipeline
from realpolitik.pipeline import analyze
from realpolitik.store import Store
from synthetic_records import write_jsonl

FIRST = [
    {
        "title": "Ceasefire statement signed",
        "date": "2020-11-10",
        "outlet": "Caspian Courier",
        "text": (
            "Russia, Armenia and Azerbaijan signed a trilateral statement that ended the fighting in "
            "Nagorno-Karabakh. Russia deployed peacekeepers to the Lachin corridor under the statement."
        ),
    },
    {
        "title": "Shusha Declaration",
        "date": "2021-06-15",
        "outlet": "Anatolian Ledger",
        "text": (
            "Turkey and Azerbaijan signed the Shusha Declaration on allied relations. "
            "Azerbaijan thanked Turkey for its support during the war."
        ),
    },
]
SECOND = [
    {
        "title": "Moscow talks",
        "date": "2021-12-10",
        "outlet": "Caspian Courier",
        "text": (
            "Deputy foreign ministers of Russia, Turkey, Iran, Azerbaijan and Armenia met in Moscow for the "
            "first meeting of the 3+3 platform. Iran welcomed the talks."
        ),
    }
]
FRENCH = {
    "title": "Déclaration",
    "date": "2021-06-15",
    "outlet": "Gazette",
    "text": (
        "La Turquie et l'Azerbaïdjan ont signé la déclaration de Choucha sur les relations alliées. "
        "Le texte prévoit une aide mutuelle en cas d'agression contre l'un des deux pays."
    ),
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline(Settings())


def test_pipeline_analyze_rerun_changes_nothing_and_new_inputs_add(nlp: Language, tmp_path: Path) -> None:
    db = tmp_path / "run.duckdb"
    first = write_jsonl(tmp_path / "first.jsonl", FIRST)
    r1 = analyze([first], db, Settings(), progress=False, nlp=nlp)
    assert (r1.articles_added, r1.articles_coded) == (2, 2)
    assert r1.events >= 1 and r1.mentions >= 5
    with Store(db, read_only=True) as store:
        after_first = store.counts()
        axes = store.con.execute("SELECT kind, members FROM axes").fetchall()
        settings_json = store.con.execute(
            "SELECT settings FROM runs WHERE command LIKE 'analyze%' ORDER BY started_at LIMIT 1"
        ).fetchone()
    assert ("trilateral", ["ARM", "AZE", "RUS"]) in axes
    assert settings_json is not None and json.loads(settings_json[0])["window"] == "month"

    r2 = analyze([first], db, Settings(), progress=False, nlp=nlp)
    assert (r2.articles_added, r2.articles_coded, r2.events) == (0, 0, 0)
    with Store(db, read_only=True) as store:
        assert {k: v for k, v in store.counts().items()} == after_first

    second = write_jsonl(tmp_path / "second.jsonl", SECOND)
    r3 = analyze([first, second], db, Settings(), progress=False, nlp=nlp)
    assert (r3.articles_added, r3.articles_coded) == (1, 1)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 3
        assert store.uncoded_article_ids() == []
        platform = store.con.execute("SELECT members FROM axes WHERE kind = 'platform'").fetchall()
    assert platform == [(["ARM", "AZE", "IRN", "RUS", "TUR"],)]


def test_pipeline_analyze_skips_uncoded_language_but_keeps_article(nlp: Language, tmp_path: Path) -> None:
    db = tmp_path / "fr.duckdb"
    src = write_jsonl(tmp_path / "fr.jsonl", [FRENCH])
    result = analyze([src], db, Settings(), progress=False, nlp=nlp)
    assert result.articles_added == 1 and result.events == 0
    assert any("only English is coded" in s.reason for s in result.skipped)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
        assert store.uncoded_article_ids() == []


def test_pipeline_cli_analyze_exits_3_when_something_was_skipped(tmp_path: Path, capsys) -> None:
    from realpolitik.cli import main

    src = write_jsonl(tmp_path / "in.jsonl", FIRST[:1])
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 not text")
    db = tmp_path / "cli.duckdb"
    assert main(["analyze", str(src), str(tmp_path / "scan.pdf"), "--db", str(db), "--quiet"]) == 3
    err = capsys.readouterr().err
    assert "scan.pdf" in err and "1 coded" in err
    assert main(["analyze", str(src), "--db", str(db), "--quiet"]) == 0


def test_pipeline_failed_article_stays_uncoded_and_rerun_codes_it(nlp: Language, tmp_path: Path) -> None:
    from spacy.tokens import Doc

    if "realpolitik_test_fail" not in Language.factories:

        @Language.component("realpolitik_test_fail")
        def _fail(doc: Doc) -> Doc:
            # a component that breaks on one marked text, to check that one article's failure is isolated
            if "Shusha" in doc.text:
                raise ValueError("injected failure")
            return doc

    failing = build_pipeline(Settings())
    failing.add_pipe("realpolitik_test_fail", last=True)
    db = tmp_path / "fail.duckdb"
    src = write_jsonl(tmp_path / "in.jsonl", FIRST)
    result = analyze([src], db, Settings(), progress=False, nlp=failing)
    assert result.articles_coded == 1
    (problem,) = result.skipped
    assert "injected failure" in problem.reason and "rerun retries it" in problem.reason
    with Store(db, read_only=True) as store:
        assert len(store.uncoded_article_ids()) == 1
        assert store.counts()["skipped"] == 1
    again = analyze([src], db, Settings(), progress=False, nlp=nlp)
    assert (again.articles_added, again.articles_coded, again.skipped) == (0, 1, ())


def test_pipeline_analyze_records_one_run_with_its_skipped_inputs(nlp: Language, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "brief.txt").write_text(
        "Armenia and Azerbaijan Agree on Border Section\n\n19 April 2024\n\n"
        "Armenia and Azerbaijan agreed on the delimitation of a section of their border on 19 April 2024.\n",
        encoding="utf-8",
    )
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "one.duckdb"
    analyze([corpus], db, Settings(), progress=False, nlp=nlp)
    with Store(db, read_only=True) as store:
        runs = store.con.execute("SELECT id, command FROM runs").fetchall()
        assert len(runs) == 1 and runs[0][1].startswith("analyze")
        skipped = store.con.execute("SELECT source, run_id FROM skipped").fetchall()
        assert [(Path(src).name, rid) for src, rid in skipped] == [("empty.txt", runs[0][0])]
