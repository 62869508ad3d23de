"""The project's event challenge set (benchmarks/challenge): a valid gold file, and its scorer runs end to end."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from realpolitik.evaluation import read_gold, run_scorer, shared_dir
from realpolitik.events.cameo import is_known, plover_type
from realpolitik.records import PLOVER_TYPES

from .helpers import load_script

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "benchmarks" / "challenge" / "challenge_set.json"
SCRIPT = ROOT / "benchmarks" / "challenge_eval.py"
MARK = re.compile(r"\((?:SRC|TAR|SRC/TAR|EVT): ([^()]*)\)")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    data = json.loads(SET.read_text(encoding="utf-8"))
    assert isinstance(data["records"], list)
    return read_gold(SET)


def test_challenge_set_has_unique_ids_and_enough_records(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 200
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts)


def test_challenge_set_covers_every_cameo_root(records: list[dict[str, Any]]) -> None:
    roots = Counter(r["cameo"][:2] for r in records if r["cameo"])
    assert sorted(roots) == [f"{n:02d}" for n in range(1, 21)]
    quiet = sum(1 for r in records if not r["cameo"])
    assert 0.05 <= quiet / len(records) <= 0.15  # sentences with no event: about one in ten


def test_challenge_set_records_follow_the_gold_schema(records: list[dict[str, Any]]) -> None:
    for r in records:
        where = r["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]), where
        assert r["event"] in PLOVER_TYPES or r["event"] == "", where
        if r["cameo"]:
            assert is_known(r["cameo"]), where
            # The gold type is the PLOVER type of the gold CAMEO code (root 01 has none).
            assert (plover_type(r["cameo"]) or "") == r["event"], where
            assert r["source"] or r["target"], where
        else:
            assert r["event"] == "" and r["source"] == [] and r["target"] == [], where
        for role in ("source", "target"):
            for actor in r[role]:
                assert set(actor) <= {"actorText", "code", "sector"}, where
                assert actor["code"] and actor["actorText"] in r["text"], where
        markup = r["textInfo"]["markup"]
        assert MARK.sub(r"\1", markup) == r["text"], where
        for actor in r["source"] + r["target"]:
            assert re.search(r"\((?:SRC|TAR|SRC/TAR): " + re.escape(actor["actorText"]) + r"\)", markup), (
                where
            )


def test_challenge_eval_codes_a_slice_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--every", "10", "--own-scorer", "--json", "--output", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "REALPOLITIK_SHARED": str(tmp_path / "no-shared")},
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 24  # every 10th of 234 records
    metrics = report["metrics"]
    assert metrics["records"] == sum(1 for r in read_gold(SET)[::10] if r["event"])
    assert metrics["type_recall"] > 0.2  # a sanity floor, not a target
    assert len(report["per_root"]) >= 15
    assert report["extra"]["no_event_sentences"] >= 1


def test_challenge_eval_own_scorer_agrees_with_the_shared_one(tmp_path: Path) -> None:
    scorer = shared_dir() / "eval" / "score_events.py"
    if not scorer.is_file():
        pytest.skip(f"the shared scorer {scorer} is not there")
    module = load_script(SCRIPT)
    gold = read_gold(SET)
    # Predictions built from the gold itself, spoiled in several ways, so every metric is exercised.
    preds: dict[str, list[dict[str, Any]]] = {}
    for i, r in enumerate(gold):
        event = {"event": r["event"] or "AGREE", "source": r["source"], "target": r["target"]}
        if i % 3 == 1:
            event = {**event, "event": "PROTEST"}
        if i % 4 == 2:
            event = {**event, "target": [{"code": "XYZ"}]}
        preds[r["id"]] = [] if i % 7 == 3 else [event] * (1 + i % 2)
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps({"id": k, "events": v}) + "\n" for k, v in preds.items()), "utf-8")
    shared, _ = run_scorer(scorer, SET, path)
    assert module.score(gold, preds) == shared
