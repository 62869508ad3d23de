"""Tests of the evaluation harness: locating the shared data, reading gold records, running a scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from realpolitik.errors import EvalDataMissingError, InputError, RealpolitikError
from realpolitik.evaluation import evaluate, locate, read_gold, shared_dir
from realpolitik.nlp import build_pipeline

# A scorer of the shared scorer's command-line shape that reports what it was given.
_SCORER = """
import json, sys
gold = json.load(open(sys.argv[1]))["records"]
rows = [json.loads(line) for line in open(sys.argv[2]) if line.strip()]
events = sum(len(r["events"]) for r in rows)
types = sorted({e["event"] for r in rows for e in r["events"]})
print(json.dumps({"records": len(gold), "rows": len(rows), "events": events, "types": types}))
for r in rows[: int(sys.argv[sys.argv.index("--errors") + 1])]:
    print(json.dumps({"id": r["id"]}))
"""


def test_evaluation_shared_dir_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("REALPOLITIK_SHARED", str(tmp_path))
    assert shared_dir() == tmp_path


def test_evaluation_missing_shared_folder_says_where_to_put_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("REALPOLITIK_SHARED", str(tmp_path / "absent"))
    with pytest.raises(EvalDataMissingError) as info:
        locate()
    assert "plover_gsr_dev.json" in str(info.value)
    assert "REALPOLITIK_SHARED" in str(info.value)


@pytest.mark.parametrize("content", ["not json", '{"records": 3}'])
def test_evaluation_bad_gold_file_names_the_file(tmp_path: Path, content: str) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.json"):
        read_gold(gold)


@pytest.fixture(scope="module")
def pipeline() -> Language:
    return build_pipeline()


def test_evaluation_codes_gold_sentences_and_runs_the_scorer(tmp_path: Path, pipeline: Language) -> None:
    records = [
        {"id": "a", "text": "Azerbaijan expelled four Iranian diplomats in April 2023.", "event": "SANCTION"},
        {
            "id": "b",
            "text": "Russia and Turkey signed a protocol on Idlib in March 2020.",
            "event": "SUPPORT",
        },
        {"id": "c", "text": "The weather was mild.", "event": "AGREE"},
    ]
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"records": records}), encoding="utf-8")
    scorer = tmp_path / "scorer.py"
    scorer.write_text(_SCORER, encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    result = evaluate(pipeline, gold=gold, scorer=scorer, output=out, errors=2)
    assert result.metrics["records"] == 3
    assert result.metrics["rows"] == 3
    assert result.metrics["types"] == ["SANCTION", "SUPPORT"]
    assert len(result.errors) == 2
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["events"][0]["source"][0]["code"] == "AZE"
    assert rows[2]["events"] == []


def test_evaluation_failing_scorer_is_reported(tmp_path: Path, pipeline: Language) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"records": [{"id": "a", "text": "Hello."}]}), encoding="utf-8")
    scorer = tmp_path / "scorer.py"
    scorer.write_text("import sys\nsys.exit('broken scorer')\n", encoding="utf-8")
    with pytest.raises(RealpolitikError, match="broken scorer"):
        evaluate(pipeline, gold=gold, scorer=scorer, output=tmp_path / "p.jsonl")
