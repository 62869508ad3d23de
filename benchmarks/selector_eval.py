"""Measure the learned selector (src/realpolitik/events/select.py) leave-one-set-out.

Folds: the dev half (when ../shared is there), challenge set 1, blind sets 2-5 and 7-12 (one fold each) and the
probe batches (one fold): train_selector.development_sets.
Every sentence is parsed and resolved once and coded by the rules; for each fold the selector is trained
(train_selector.fit) on the candidate groups of the other folds only, the fold's sentences are coded again with
it, and both codings are scored with the scorer's definitions (benchmarks/challenge_eval.py `score`): type F1
(recall / precision), source F1, target F1, full match, events per record, rules alone against rules + selector.

    python benchmarks/selector_eval.py [--l2 1.0 [3.0 ...]] [--min-count 2 [3 ...]] [--no-timing] [--json]

Several --l2 and --min-count values are measured on the one parse (a table per setting, then a summary: the mean
over the folds of the change in type F1, source F1, target F1 and full match, and the worst fold's change).

Also printed: the groups (sentences whose candidates have two or more readings between them), the ceiling (groups
where the rules' first reading is not of the gold type and another candidate or reading is), the groups at risk
(the rules' first is right and another is wrong), the time the coder takes over every record with and without the
selector (the parse excluded) and the decision rule of the brief (on by default only if the mean gain in type F1 is >= +0.02
and no fold loses more than 0.01). The held-out sets (benchmarks/blind/, challenge2/, blind6/, blind13/) are never read.
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


def _table(rows: list[dict[str, Any]]) -> None:
    gains = [r["selector"]["type_f1"] - r["rules"]["type_f1"] for r in rows]
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
    n = len(rows)
    means = {
        side: {
            k: sum(r[side][k] for r in rows) / n for k in ("type_f1", "source_f1", "target_f1", "full_match")
        }
        for side in ("rules", "selector")
    }
    a, b = means["rules"], means["selector"]
    print(
        f"| mean of folds | | | {a['type_f1']:.3f} | {b['type_f1']:.3f} | {sum(gains) / n:+.3f} | "
        f"{a['source_f1']:.3f} -> {b['source_f1']:.3f} | {a['target_f1']:.3f} -> {b['target_f1']:.3f} | "
        f"{a['full_match']:.3f} -> {b['full_match']:.3f} | |"
    )


def _summary(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Mean over the folds of the selector's change in each figure, and the worst fold's change in type F1."""
    out: dict[str, float] = {}
    for k in ("type_f1", "source_f1", "target_f1", "full_match"):
        out[k] = sum(r["selector"][k] - r["rules"][k] for r in rows) / len(rows)
    out["worst_type_f1"] = min(r["selector"]["type_f1"] - r["rules"]["type_f1"] for r in rows)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, nargs="+", default=[T.L2], help="one or more L2 strengths")
    parser.add_argument(
        "--min-count", type=int, nargs="+", default=[T.MIN_COUNT], help="one or more minimum feature counts"
    )
    parser.add_argument("--no-timing", action="store_true", help="skip the coder's timing with and without")
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
    if not args.no_timing:
        for name, chooser in (
            ("rules", None),
            ("selector", T.fit(collected.groups, args.l2[0], args.min_count[0])),
            ("rules again", None),
        ):
            began = time.perf_counter()
            T.recode(nlp, docs, chooser)
            timing[name] = time.perf_counter() - began
    inside = {fold: [i for i, f in enumerate(where) if f == fold] for fold in folds}
    rules = {
        fold: ch.score(
            [records[i] for i in inside[fold]],
            {str(records[i]["id"]): collected.predictions[i] for i in inside[fold]},
        )
        for fold in folds
    }
    settings: list[dict[str, Any]] = []
    for l2 in args.l2:
        for min_count in args.min_count:
            began = time.perf_counter()
            rows: list[dict[str, Any]] = []
            for fold in folds:
                train = [g for g in collected.groups if where[g.record] != fold]
                model = T.fit(train, l2, min_count)
                chosen = T.recode(nlp, [docs[i] for i in inside[fold]], model)
                learned = ch.score(
                    [records[i] for i in inside[fold]],
                    {str(records[i]["id"]): e for i, e in zip(inside[fold], chosen, strict=True)},
                )
                groups = [g for g in collected.groups if where[g.record] == fold]
                rows.append(
                    {
                        "fold": fold,
                        "records": rules[fold]["records"],
                        "groups": len(groups),
                        "rules_first_wrong_other_right": sum(
                            1 for g in groups if not g.labels[0] and any(g.labels)
                        ),
                        "rules_first_right_other_wrong": sum(
                            1 for g in groups if g.labels[0] and not all(g.labels)
                        ),
                        "weights": len(model.weights),
                        "rules": {k: rules[fold][k] for k in KEYS},
                        "selector": {k: learned[k] for k in KEYS},
                    }
                )
            settings.append(
                {
                    "l2": l2,
                    "min_count": min_count,
                    "folds": rows,
                    "summary": _summary(rows),
                    "seconds": round(time.perf_counter() - began, 1),
                }
            )
    for item in settings:
        m = item["summary"]
        item["mean_gain"] = round(m["type_f1"], 4)
        item["on"] = m["type_f1"] >= 0.02 and m["worst_type_f1"] >= -0.01
    if args.json:
        print(json.dumps({"settings": settings, "coder_seconds": timing}, indent=1))
        return 0
    for item in settings:
        m = item["summary"]
        print(f"\n### l2 {item['l2']:g}, min_count {item['min_count']} ({item['seconds']:.0f} s)\n")
        _table(item["folds"])
        print(f"mean gain in type F1 {m['type_f1']:+.4f}; worst fold {m['worst_type_f1']:+.4f}")
        print(
            "decision: ON by default (mean gain >= +0.02, no fold below -0.01)"
            if item["on"]
            else "decision: OFF by default (the rule: mean gain >= +0.02 and no fold below -0.01)"
        )
    if len(settings) > 1:
        print("\n| l2 | min_count | mean gain type F1 | worst fold | mean src | mean tgt | mean full |")
        print("|---|---|---|---|---|---|---|")
        for item in settings:
            m = item["summary"]
            print(
                f"| {item['l2']:g} | {item['min_count']} | {m['type_f1']:+.4f} | {m['worst_type_f1']:+.4f} | "
                f"{m['source_f1']:+.4f} | {m['target_f1']:+.4f} | {m['full_match']:+.4f} |"
            )
    if timing:
        print(
            "coder time over all records (no parse): rules {rules:.1f} s / {again:.1f} s, with the selector {sel:.1f} s".format(
                rules=timing["rules"], again=timing["rules again"], sel=timing["selector"]
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
