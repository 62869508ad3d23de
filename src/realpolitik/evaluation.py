"""Scores the event coder against the PLOVER gold records in the shared evaluation folder.

Finds `../shared/eval` beside the repository (or $REALPOLITIK_SHARED), codes every gold sentence,
writes predictions JSONL and runs the shared scorer on them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from .errors import EvalDataMissingError, InputError, RealpolitikError

GOLD_NAME = "plover_gsr_dev.json"
SCORER_NAME = "score_events.py"


def repo_root() -> Path:
    """The repository folder (two levels above this file: src/realpolitik)."""
    return Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    """The shared folder: $REALPOLITIK_SHARED, else `../shared` beside the repository."""
    env = os.environ.get("REALPOLITIK_SHARED")
    if env:
        return Path(env)
    return repo_root().parent / "shared"


def locate(gold: str | Path | None = None, scorer: str | Path | None = None) -> tuple[Path, Path]:
    """Paths of the gold file and the scorer; a clear error when they are missing."""
    base = shared_dir() / "eval"
    gold_path = Path(gold) if gold else base / GOLD_NAME
    scorer_path = Path(scorer) if scorer else base / SCORER_NAME
    for path, what in ((gold_path, "gold records"), (scorer_path, "scorer")):
        if not path.is_file():
            raise EvalDataMissingError(
                f"the {what} file {path} is not there. The evaluation data lives in the shared folder "
                f"beside the repository ({repo_root().parent / 'shared'}); set REALPOLITIK_SHARED to its "
                "path or pass --gold/--scorer."
            )
    return gold_path, scorer_path


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold records (a list of dicts with at least id and text)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the gold records: {exc}", path=str(path)) from exc
    records = data.get("records", data) if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise InputError("expected {'records': [...]}", path=str(path))
    return [r for r in records if isinstance(r, dict) and "id" in r and "text" in r]


def predict(nlp: Language, records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One prediction row per gold record, in order: {"id", "events"}."""
    from .nlp import process

    items = ((str(r["text"]), r.get("date")) for r in records)
    for record, doc in zip(records, process(nlp, items), strict=True):
        yield {"id": record["id"], "events": [e.to_dict() for e in (doc._.events or [])]}


@dataclass(frozen=True, slots=True)
class EvalResult:
    """What an evaluation run produced: the metrics, the mismatches and where the predictions are."""

    metrics: dict[str, Any]
    errors: list[str]
    predictions: Path


def run_scorer(
    scorer: Path, gold: Path, predictions: Path, errors: int = 0
) -> tuple[dict[str, Any], list[str]]:
    """Run the shared scorer (a separate Python script) and parse its JSON metrics."""
    cmd = [sys.executable, str(scorer), str(gold), str(predictions), "--json", "--errors", str(errors)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RealpolitikError(f"the scorer {scorer} failed: {done.stderr.strip() or done.stdout.strip()}")
    lines = done.stdout.splitlines()
    try:
        metrics = json.loads(lines[0])
    except (IndexError, json.JSONDecodeError) as exc:
        raise RealpolitikError(f"the scorer {scorer} printed no metrics: {done.stdout[:200]!r}") from exc
    return metrics, lines[1:]


def evaluate(
    nlp: Language | None = None,
    *,
    gold: str | Path | None = None,
    scorer: str | Path | None = None,
    output: str | Path | None = None,
    errors: int = 0,
    lexicon: str = "all",
) -> EvalResult:
    """Code the gold sentences with `nlp` (the full pipeline when None, with the given event lexicon: all,
    hand or derived), write predictions JSONL, score them."""
    gold_path, scorer_path = locate(gold, scorer)
    records = read_gold(gold_path)
    if nlp is None:
        from .config import Settings
        from .nlp import build_pipeline

        nlp = build_pipeline(Settings(lexicon=lexicon))
    out = Path(output) if output else repo_root() / "out" / "eval_predictions.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for row in predict(nlp, records):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    metrics, error_lines = run_scorer(scorer_path, gold_path, out, errors)
    return EvalResult(metrics, error_lines, out)
