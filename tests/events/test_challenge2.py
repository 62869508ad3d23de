"""The second challenge set (benchmarks/challenge2, commentary style): a valid gold file, and its scorer.

Format only, never a score threshold: codes exist in the project's CAMEO table, the PLOVER type is the one the
table gives the CAMEO code, ids are unique, the records of one sentence agree, markup spans sit inside the text.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import realpolitik.events
from realpolitik.evaluation import read_gold
from realpolitik.records import PLOVER_TYPES

from .helpers import load_script

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "benchmarks" / "challenge2" / "challenge2_set.json"
SCRIPT = ROOT / "benchmarks" / "challenge2_eval.py"
CAMEO = Path(realpolitik.events.__file__).resolve().parent / "data" / "cameo.csv"
MARK = re.compile(r"\((SRC|TAR|SRC/TAR|EVT): ([^()]*)\)")
MODALITIES = {"denied", "hypothetical", "demanded", "intended", "attributed-claim"}
CONSTRUCTIONS = {
    "multi",
    "list",
    "embed",
    "passive",
    "demonym",
    "recip",
    "metonym",
    "leader",
    "transcript",
    "none",
}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    data = json.loads(SET.read_text(encoding="utf-8"))
    assert isinstance(data["records"], list)
    return read_gold(SET)


@pytest.fixture(scope="module")
def plover() -> dict[str, str]:
    with CAMEO.open(encoding="utf-8") as handle:
        return {row["code"]: row["plover"] for row in csv.DictReader(handle)}


def test_challenge2_set_ids_are_unique_and_sentences_agree(records: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    sentences: dict[str, tuple[str, str]] = {}
    for r in records:
        assert r["id"].startswith(r["sentence"]), r["id"]
        seen = sentences.setdefault(r["sentence"], (r["text"], r["date"]))
        assert seen == (r["text"], r["date"]), r["id"]  # every record of a sentence has its text and date
    texts = Counter(text for text, _ in sentences.values())
    assert texts.most_common(1)[0][1] == 1  # one sentence id per text
    assert 140 <= len(sentences) <= 180


def test_challenge2_set_codes_and_types_follow_the_cameo_table(
    records: list[dict[str, Any]], plover: dict[str, str]
) -> None:
    for r in records:
        where = r["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]), where
        assert r["event"] in PLOVER_TYPES or r["event"] == "", where
        if r["cameo"]:
            assert r["cameo"] in plover, where  # the exact code, not only its root
            assert plover[r["cameo"]] == r["event"], where  # root 01 has no type: ""
            assert r["source"] or r["target"], where
            assert r["eventText"], where
        else:
            assert r["event"] == "" and r["source"] == [] and r["target"] == [], where
            assert "modality" not in r, where


def test_challenge2_set_markup_spans_sit_inside_the_text(records: list[dict[str, Any]]) -> None:
    for r in records:
        where, text, markup = r["id"], r["text"], r["textInfo"]["markup"]
        assert MARK.sub(r"\2", markup) == text, where  # removing the marks gives the text back
        marks = MARK.findall(markup)
        reciprocal = any(role == "SRC/TAR" for role, _ in marks)
        for role in ("source", "target"):
            for actor in r[role]:
                assert set(actor) <= {"actorText", "code", "sector"}, where
                assert actor["code"] and actor["actorText"] in text, where
                allowed = {"SRC/TAR"} if reciprocal else {"SRC" if role == "source" else "TAR"}
                assert any(m == actor["actorText"] and k in allowed for k, m in marks), where
        if reciprocal:
            assert r["target"] == [], where  # parties acting on each other are all sources
        evts = [m for k, m in marks if k == "EVT"]
        assert bool(evts) == bool(r["cameo"]), where
        if evts:
            assert r["eventText"] == " ... ".join(evts), where


def test_challenge2_set_marks_its_non_asserted_deeds(records: list[dict[str, Any]]) -> None:
    quiet = [r for r in records if "modality" in r]
    for r in quiet:
        assert r["modality"] in MODALITIES, r["id"]
        assert r["event"], r["id"]  # a PLOVER type, so that kept-out can be checked
    assert len({r["sentence"] for r in quiet}) >= 30
    assert {r["modality"] for r in quiet} == MODALITIES


def test_challenge2_set_covers_the_constructions(records: list[dict[str, Any]]) -> None:
    tags: Counter[str] = Counter()
    for sentence in {r["sentence"]: r for r in records}.values():
        tags.update(sentence["construction"])
    assert set(tags) >= CONSTRUCTIONS
    assert min(tags[t] for t in CONSTRUCTIONS) >= 5, tags
    n = len({r["sentence"] for r in records})
    assert 0.05 <= tags["none"] / n <= 0.15  # sentences with no event: about one in ten
    quiet = {r["sentence"] for r in records if not r["cameo"]}
    assert len(quiet) == tags["none"]


def test_challenge2_eval_scores_kept_out_and_sentence_precision() -> None:
    module = load_script(SCRIPT)
    gold = read_gold(SET)

    def as_event(r: dict[str, Any], modality: str) -> dict[str, Any]:
        return {"event": r["event"], "modality": modality, "source": r["source"], "target": r["target"]}

    groups = module.by_sentence(gold)
    # The perfect coder: every asserted deed asserted, every other deed coded with another modality.
    perfect: dict[str, list[dict[str, Any]]] = {}
    leaky: dict[str, list[dict[str, Any]]] = {}
    for group in groups.values():
        good = [
            as_event(r, "asserted" if "modality" not in r else "hypothetical") for r in group if r["event"]
        ]
        bad = [as_event(r, "asserted") for r in group if r["event"]]
        for r in group:
            perfect[r["id"]], leaky[r["id"]] = good, bad
    result = module.report(gold, perfect, SET, own_scorer=True)
    assert result["kept_out"]["kept_out"] == 1.0
    assert result["metrics"]["type_recall"] == 1.0 and result["metrics"]["full_match"] == 1.0
    assert result["sentence"]["sentences_with_no_event"] == 0.0
    assert result["sentence"]["spurious_on_no_event"] == 0
    # Every non-asserted deed that has a source coded as asserted leaks; claims with an attribution do not.
    assert module.report(gold, leaky, SET, own_scorer=True)["kept_out"]["kept_out"] == 0.0
    claim = next(r for r in gold if r.get("modality") == "attributed-claim")
    attributed = [{**as_event(claim, "asserted"), "attribution": {"text": "Washington", "code": "USA"}}]
    assert not module.leaks(claim, attributed)
    # Another actor's asserted deed of the same type does not count against a non-asserted one.
    denied = next(r for r in gold if r.get("modality") == "denied" and r["source"])
    other = [{"event": denied["event"], "modality": "asserted", "source": [{"code": "XYZ"}], "target": []}]
    assert not module.leaks(denied, other)
    assert module.leaks(denied, [as_event(denied, "asserted")])


def test_challenge2_eval_codes_a_slice_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--every", "16", "--own-scorer", "--json", "--output", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "REALPOLITIK_SHARED": str(tmp_path / "no-shared")},
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == report["records"]
    sentences = list(dict.fromkeys(r["sentence"] for r in read_gold(SET)))
    assert report["sentences"] == len(sentences[::16])
    by_id = {row["id"]: row["events"] for row in rows}
    gold = {r["id"]: r for r in read_gold(SET)}
    for sentence in {gold[i]["sentence"] for i in by_id}:
        coded = [json.dumps(by_id[i], sort_keys=True) for i in by_id if gold[i]["sentence"] == sentence]
        assert len(set(coded)) == 1  # one coding per sentence, shared by its records
    assert report["metrics"]["records"] >= 1
