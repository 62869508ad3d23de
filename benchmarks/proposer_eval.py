"""Measure the learned proposer (src/realpolitik/events/propose.py) leave-one-set-out on the development sets.

    python benchmarks/proposer_eval.py [--cache PATH] [--threshold 0.5] [--json]

Each development blind set is a fold (blind20 and blind22 whole), and so are the dev half and challenge set 1; the
probe batches are training data only. For each fold the proposer is trained (train_proposer.fit) on the examples of
every other fold and applied to the fold's own: the proposal is added to the rules' events of a record whose
sentence got none, and the fold is scored with the project's scorer copy (challenge_eval.score) with and without
it. The rules' events and the examples come from one coding pass (`train_proposer --cache PATH`, made here when
the cache is missing). The held-out sets are never read (train_selector.development_sets refuses them).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from realpolitik.evaluation import repo_root, shared_dir
from realpolitik.events.propose import Proposer
from realpolitik.events.train_proposer import MODE, MODES, application_set, fit, training_set, type_codes
from realpolitik.events.train_selector import development_sets, load_folds

HERE = Path(__file__).resolve().parent
KEYS = ("type_f1", "source_f1", "target_f1", "full_match", "no_event_rate")
LATE = tuple(f"blind{n}" for n in range(20, 27))


def _challenge() -> Any:
    spec = importlib.util.spec_from_file_location("challenge_eval", HERE / "challenge_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def added_event(kind: str, code: str, example: dict[str, Any]) -> dict[str, Any]:
    return {
        "event": kind,
        "cameo": code,
        "source": [{"code": c} for c in example["source"]],
        "target": [{"code": c} for c in example["target"]],
        "proposed": True,
    }


def apply(
    model: Proposer, examples: list[dict[str, Any]], base: list[list[dict[str, Any]]]
) -> dict[int, list]:
    """Record index -> its events with the proposals added (only the records that change)."""
    best: dict[tuple[int, int], tuple[float, str, str, dict[str, Any]]] = {}
    for e in examples:  # (the likeliest proposal of each sentence, as the coder keeps it)
        code = model.propose(e["feats"])
        if code is None:
            continue
        kind, p = model.best(e["feats"])
        key = (e["record"], e.get("sentence", 0))
        if key not in best or p > best[key][0]:
            best[key] = (p, kind, code, e)
    out: dict[int, list[dict[str, Any]]] = {}
    for (record, _), (_, kind, code, e) in sorted(best.items(), key=lambda kv: kv[0]):
        out.setdefault(record, list(base[record])).append(added_event(kind, code, e))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=repo_root() / "out" / "proposer_cache.json")
    parser.add_argument("--threshold", type=float, default=None, help="default: the model's (propose.py)")
    parser.add_argument(
        "--mode", choices=MODES, default=MODE, help="what the model trains on (train_proposer)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    ch = _challenge()
    folds = development_sets(repo_root(), shared_dir())
    records, where = load_folds(folds)
    if not args.cache.is_file():
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "realpolitik.events.train_proposer", "--cache", str(args.cache)]
        subprocess.run([*cmd, "--output", str(args.cache.with_suffix(".model.json"))], check=True)
    cache = json.loads(args.cache.read_text(encoding="utf-8"))
    if [r["id"] for r in cache["records"]] != [r["id"] for r in records]:
        raise SystemExit(f"{args.cache}: made from other records; delete it and run again")
    examples, base = cache["examples"], cache["predictions"]
    rows: dict[str, dict[str, Any]] = {}
    for fold in [f for f in folds if f != "probes"]:
        train = [e for e in examples if where[e["record"]] != fold]
        test = [e for e in application_set(examples) if where[e["record"]] == fold]
        feats, labels = training_set(train, records, args.mode)
        model = fit(feats, labels, type_codes([r for r, f in zip(records, where, strict=True) if f != fold]))
        if args.threshold is not None:
            model.threshold = args.threshold
        changed = apply(model, test, base)
        index = [i for i, f in enumerate(where) if f == fold]
        gold = [records[i] for i in index]
        before = {str(records[i]["id"]): base[i] for i in index}
        after = {str(records[i]["id"]): changed.get(i, base[i]) for i in index}
        m0, m1 = ch.score(gold, before), ch.score(gold, after)
        added = [(i, e) for i, es in changed.items() for e in es if e.get("proposed")]
        right = sum(ch.canon(e["event"]) == ch.canon(records[i].get("event")) for i, e in added)
        rows[fold] = {
            "before": {k: m0[k] for k in KEYS},
            "after": {k: m1[k] for k in KEYS},
            "delta": {k: round(m1[k] - m0[k], 4) for k in KEYS},
            "asked": len(test),
            "added": len(added),
            "right_type": right,
        }
    late = [rows[f]["delta"] for f in LATE if f in rows]
    blind = [rows[f]["delta"] for f in rows if f.startswith("blind")]
    summary = {
        "mean_late": {k: round(sum(d[k] for d in late) / len(late), 4) for k in KEYS},
        "mean_blind": {k: round(sum(d[k] for d in blind) / len(blind), 4) for k in KEYS},
        "worst_late_type_f1": min(d["type_f1"] for d in late),
        "added": sum(r["added"] for r in rows.values()),
        "right_type": sum(r["right_type"] for r in rows.values()),
    }
    if args.json:
        print(json.dumps({"folds": rows, "summary": summary}))
        return 0
    print(f"{'fold':11} {'asked':>5} {'added':>5} {'right':>5}  " + "  ".join(f"d{k:14}" for k in KEYS))
    for fold, row in rows.items():
        print(
            f"{fold:11} {row['asked']:5} {row['added']:5} {row['right_type']:5}  "
            + "  ".join(f"{row['before'][k]:.3f}{row['delta'][k]:+.3f}    " for k in KEYS)
        )
    for name in ("mean_late", "mean_blind"):
        print(f"{name:11} " + "  ".join(f"{k} {v:+.4f}" for k, v in summary[name].items()))
    print(
        f"worst late type F1 change {summary['worst_late_type_f1']:+.4f}; added {summary['added']}, right type {summary['right_type']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
