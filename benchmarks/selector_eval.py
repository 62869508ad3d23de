"""Measure the learned selector (src/realpolitik/events/select.py) leave-one-set-out.

Folds: the dev half (when ../shared is there), challenge set 1, blind sets 2-5 and the probe batches (one fold).
Every sentence is parsed and resolved once and coded by the rules; for each fold the selector is trained
(train_selector.fit) on the candidate groups of the other folds only, the fold's sentences are coded again with
it, and both codings are scored with the scorer's definitions (benchmarks/challenge_eval.py `score`): type F1
(recall / precision), source F1, target F1, full match, events per record, rules alone against rules + selector.

    python benchmarks/selector_eval.py [--l2 1.0] [--json]

Also printed: the groups (sentences whose candidates have two or more readings between them), the ceiling (groups
where the rules' first reading is not of the gold type and another candidate or reading is), the groups at risk
(the rules' first is right and another is wrong), the time the coder takes over every record with and without the
selector (the parse excluded) and the decision rule of the brief (on by default only if the mean gain in type F1 is >= +0.02
and no fold loses more than 0.01). The held-out sets (benchmarks/blind/, challenge2/, blind6/) are never read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from realpolitik.config import Settings
from realpolitik.events import train_selector as T
from realpolitik.nlp import build_pipeline

HERE = Path(__file__).resolve().parent
KEYS = (
    "type_f1",
    "type_recall",
    "type_precision",
    "source_f1",
    "target_f1",
    "full_match",
    "events_per_record",
)


def _challenge() -> ModuleType:
    spec = importlib.util.spec_from_file_location("challenge_eval", HERE / "challenge_eval.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {HERE / 'challenge_eval.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=T.L2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    ch = _challenge()

    folds = T.development_sets()
    records, where = T.load_folds(folds)
    began = time.perf_counter()
    nlp = build_pipeline(Settings(lexicon="all"))
    collected, docs = T.collect(nlp, records)
    print(f"parsed and coded {len(records)} records in {time.perf_counter() - began:.0f} s", file=sys.stderr)

    # the coder's own time over every record, rules alone and with a selector (trained on everything: the cost
    # does not depend on the weights' values, only on the candidates and readings weighed)
    timing: dict[str, float] = {}
    for name, chooser in (
        ("rules", None),
        ("selector", T.fit(collected.groups, args.l2)),
        ("rules again", None),
    ):
        began = time.perf_counter()
        T.recode(nlp, docs, chooser)
        timing[name] = time.perf_counter() - began
    rows: list[dict[str, Any]] = []
    for fold in folds:
        inside = [i for i, f in enumerate(where) if f == fold]
        train = [g for g in collected.groups if where[g.record] != fold]
        model = T.fit(train, args.l2)
        chosen = T.recode(nlp, [docs[i] for i in inside], model)
        fold_records = [records[i] for i in inside]
        rules = ch.score(fold_records, {str(records[i]["id"]): collected.predictions[i] for i in inside})
        learned = ch.score(
            fold_records, {str(records[i]["id"]): e for i, e in zip(inside, chosen, strict=True)}
        )
        groups = [g for g in collected.groups if where[g.record] == fold]
        ceiling = sum(1 for g in groups if not g.labels[0] and any(g.labels))
        worse = sum(1 for g in groups if g.labels[0] and not all(g.labels))
        rows.append(
            {
                "fold": fold,
                "records": rules["records"],
                "groups": len(groups),
                "rules_first_wrong_other_right": ceiling,
                "rules_first_right_other_wrong": worse,
                "rules": {k: rules[k] for k in KEYS},
                "selector": {k: learned[k] for k in KEYS},
            }
        )
    gains = [r["selector"]["type_f1"] - r["rules"]["type_f1"] for r in rows]
    mean = sum(gains) / len(gains)
    on = mean >= 0.02 and min(gains) >= -0.01
    if args.json:
        print(
            json.dumps(
                {"folds": rows, "mean_gain": round(mean, 4), "on": on, "coder_seconds": timing}, indent=1
            )
        )
        return 0
    print(
        "| fold | records | groups (ceiling / at risk) | rules type F1 (R / P) | + selector | gain | "
        "src F1 | tgt F1 | full | ev/rec (rules -> selector) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r, gain in zip(rows, gains, strict=True):
        a, b = r["rules"], r["selector"]
        print(
            f"| {r['fold']} | {r['records']} | {r['groups']} ({r['rules_first_wrong_other_right']} / "
            f"{r['rules_first_right_other_wrong']}) | {a['type_f1']:.3f} ({a['type_recall']:.3f} / "
            f"{a['type_precision']:.3f}) | {b['type_f1']:.3f} ({b['type_recall']:.3f} / {b['type_precision']:.3f}) | "
            f"{gain:+.3f} | {a['source_f1']:.3f} -> {b['source_f1']:.3f} | {a['target_f1']:.3f} -> "
            f"{b['target_f1']:.3f} | {a['full_match']:.3f} -> {b['full_match']:.3f} | "
            f"{a['events_per_record']:.2f} -> {b['events_per_record']:.2f} |"
        )
    print(f"mean gain in type F1 {mean:+.4f}; worst fold {min(gains):+.4f}")
    print(
        "coder time over all records (no parse): rules {rules:.1f} s / {again:.1f} s, with the selector {sel:.1f} s".format(
            rules=timing["rules"], again=timing["rules again"], sel=timing["selector"]
        )
    )
    print(
        "decision: ON by default (mean gain >= +0.02, no fold below -0.01)"
        if on
        else "decision: OFF by default (the rule: mean gain >= +0.02 and no fold below -0.01)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
