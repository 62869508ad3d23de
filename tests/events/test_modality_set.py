"""The project's modality set (benchmarks/modality): a valid file, a scorer that tells kept-out from
asserted deeds, and the coder's figures on it through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from realpolitik.records import MODALITIES, PLOVER_TYPES

from .helpers import load_script

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "benchmarks" / "modality" / "modality_set.json"
SCRIPT = ROOT / "benchmarks" / "modality_eval.py"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    data = json.loads(SET.read_text(encoding="utf-8"))
    return list(data["records"])


def test_modality_set_records_are_well_formed(records: list[dict[str, Any]]) -> None:
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for rec in records:
        assert rec["deed"]["event"] in PLOVER_TYPES, rec["id"]
        assert rec["modality"] in MODALITIES, rec["id"]
        assert (rec["modality"] == "asserted") == rec["factual"], rec["id"]
        assert not rec.get("attribution") or rec["factual"], rec["id"]
    nonfactual = [r for r in records if not r["factual"]]
    # every kind of non-factual deed is there, and factual ones to keep the score honest
    assert {r["modality"] for r in nonfactual} == set(MODALITIES) - {"asserted"}
    assert len(nonfactual) >= 30 and len(records) - len(nonfactual) >= 15


def _event(kind: str, source: str, modality: str) -> dict[str, Any]:
    return {"event": kind, "source": [{"code": source}], "target": [], "modality": modality}


def test_modality_set_score_tells_kept_out_from_asserted() -> None:
    script = load_script(SCRIPT)
    records = [
        {
            "id": "a",
            "text": "",
            "deed": {"event": "ASSAULT", "source": "RUS"},
            "factual": False,
            "modality": "negated",
        },
        {
            "id": "b",
            "text": "",
            "deed": {"event": "AID", "source": "DEU"},
            "factual": False,
            "modality": "intended",
        },
        {
            "id": "c",
            "text": "",
            "deed": {"event": "SANCTION", "source": "USA"},
            "factual": True,
            "modality": "asserted",
        },
    ]
    events = {
        "a": [_event("ASSAULT", "RUS", "negated")],
        "b": [_event("AID", "DEU", "asserted")],  # an intended deed passed off as done
        "c": [_event("SANCTION", "USA", "asserted")],
    }
    result = script.score(records, events)
    assert result["nonfactual_kept_out"] == 0.5
    assert result["factual_kept_in"] == 1.0
    assert result["modality_accuracy_when_coded"] == round(2 / 3, 3)
    assert [e["id"] for e in result["errors"]] == ["b"]


def test_modality_set_coder_keeps_non_factual_deeds_out(records: list[dict[str, Any]]) -> None:
    script = load_script(SCRIPT)
    result = script.score(records, script.code_records(records))
    # measured 0.97 kept out and 0.89 kept in when the set was written; a fall shows a regression
    assert result["nonfactual_kept_out"] >= 0.9
    assert result["factual_kept_in"] >= 0.8
