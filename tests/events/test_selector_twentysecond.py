"""The learned selector retrained in the twenty-second session (selector22): it is trained on every development set
(the dev half, challenge set 1, blind sets 2-5 and 7-12, one fold each, and the probe batches) and never on a
held-out set (benchmarks/blind/, challenge2/, blind6/, and the blind set being written: blind42 in the
fifty-first session); the shipped model's
manifest covers every development fold, so a model trained on fewer sets than the trainer reads fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.evaluation import repo_root
from realpolitik.events import select, train_selector


def test_blind42_is_held_out_and_the_development_blind_sets_are_each_a_fold() -> None:
    # fifty-first session: blind42 is being written; blind41, blind40, blind39, blind38, blind37, blind36, blind35, blind34, blind33, blind32, blind31, blind30, blind29, blind28, blind27, blind26, blind25, blind24 and blind23 (first contacts taken), blind22
    # (three parts), blind21 and blind20 (its deed half only) are folds
    assert {"blind42"} <= set(train_selector.HELD_OUT)
    assert {"blind", "challenge2", "blind6"} <= set(train_selector.HELD_OUT)
    folds = train_selector.development_sets()
    assert not {f"blind{n}" for n in (6, 42)} & set(folds)
    for n in (2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, *range(23, 42)):
        assert [p.name for p in folds[f"blind{n}"]] == ["part_a.json", "part_b.json"]
    # blind set 22 has a third part by an independent author
    assert [p.name for p in folds["blind22"]] == ["part_a.json", "part_b.json", "part_c.json"]
    # blind set 20 was written as a deed half only (its talk half was never written)
    assert [p.name for p in folds["blind20"]] == ["part_b.json"]
    assert {"challenge1", "probes"} <= set(folds)
    for files in folds.values():
        assert not any(p.parent.name in train_selector.HELD_OUT for p in files)


def test_a_held_out_folder_is_refused(tmp_path: Path) -> None:
    for name in ("blind6", "blind42"):
        (tmp_path / "benchmarks" / name).mkdir(parents=True)
        (tmp_path / "benchmarks" / name / "part_a.json").write_text("{}", encoding="utf-8")
    saved = train_selector.DEVELOPMENT_BLIND
    train_selector.DEVELOPMENT_BLIND = (42,)
    try:
        with pytest.raises(SystemExit, match="held-out"):
            train_selector.development_sets(tmp_path, tmp_path / "shared")
    finally:
        train_selector.DEVELOPMENT_BLIND = saved


def test_the_shipped_model_is_trained_on_every_development_fold() -> None:
    model = json.loads(select.DATA.read_text(encoding="utf-8"))
    trained = {str(item["fold"]) for item in model["manifest"]}
    expected = set(train_selector.development_sets())
    assert expected <= trained, f"the selector misses folds {sorted(expected - trained)}: retrain it"
    files = {str(item["file"]) for item in model["manifest"]}
    for n in (
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        27,
        28,
        29,
        30,
        31,
        32,
    ):
        assert f"benchmarks/blind{n}/part_b.json" in files
    assert "benchmarks/blind22/part_c.json" in files
    assert not any(f"blind{n}/" in name for n in (6, 42) for name in files)
    assert (model["l2"], model["min_count"]) == (train_selector.L2, train_selector.MIN_COUNT)
    assert model["records"] > 4000 and len(model["weights"]) > 10000
    assert (repo_root() / "benchmarks" / "selector_eval.py").is_file()


def test_the_independent_transfer_batches_are_never_trained_on(tmp_path: Path) -> None:
    # forty-first session: the probes folder holds the xfer batches, evaluation data written for no engineer
    probes = tmp_path / "benchmarks" / "probes"
    probes.mkdir(parents=True)
    batch = (repo_root() / "benchmarks" / "probes" / "moves41-1.json").read_text(encoding="utf-8")
    for name in ("moves41-1.json", "xfer41-moves.json", "xfer41b-general.json"):
        (probes / name).write_text(batch, encoding="utf-8")
    (tmp_path / "benchmarks" / "challenge").mkdir()
    (tmp_path / "benchmarks" / "challenge" / "challenge_set.json").write_text(
        '{"records": []}', encoding="utf-8"
    )
    folds = train_selector.development_sets(tmp_path, tmp_path / "shared")
    assert [p.name for p in folds["probes"]] == ["moves41-1.json"]
    model = json.loads(select.DATA.read_text(encoding="utf-8"))
    assert not any("/xfer" in str(item["file"]) for item in model["manifest"])
