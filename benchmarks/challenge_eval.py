"""Score the event coder on the project's own challenge set (benchmarks/challenge/challenge_set.json).

Codes every sentence with the real pipeline (the same `predict` as `realpolitik eval`), writes the
predictions as JSON lines and prints the dev-eval metrics (type F1 with recall and precision, source F1,
target F1, full match, events per record, records with no event), then what the PLOVER scorer cannot
see: spurious events on the sentences that report no event, CAMEO root 01 statements (PLOVER has no
type for them), and recall per CAMEO root.

The headline metrics come from the shared scorer (`../shared/eval/score_events.py`, or
$REALPOLITIK_SHARED/eval) when it is there, else from `score`, this script's implementation of the same
definitions (the two are compared whenever both can run). Nothing here needs ../shared.

    python benchmarks/challenge_eval.py [--limit N] [--every K] [--errors N] [--json] [--own-scorer]
    python benchmarks/challenge_eval.py --predictions out/challenge_predictions.jsonl   # rescore only

The set must never be used to add a lexicon entry or a rule for one of its own sentences: see
benchmarks/challenge/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from realpolitik.evaluation import predict, read_gold, repo_root, run_scorer, shared_dir
from realpolitik.events.cameo import cameo_name

CHALLENGE = Path(__file__).resolve().parent / "challenge" / "challenge_set.json"
DEFAULT_OUTPUT = repo_root() / "out" / "challenge_predictions.jsonl"

# The scorer's definitions (see score_events.py's docstring): 2016 PLOVER names map to the current ones,
# and each type has a quad class. Records whose gold type is not one of these are not scored by it.
CANON = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "SANCTION": 3,
    "PROTEST": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


def canon(event: Any) -> str:
    name = str(event or "").strip().upper()
    return CANON.get(name, name)


def codes(actors: Any) -> set[str]:
    """The scored view of an actor list: the first three letters of each code (IGO-NATO -> IGO)."""
    if not isinstance(actors, list):
        return set()
    return {str(a["code"]).strip().upper()[:3] for a in actors if isinstance(a, dict) and a.get("code")}


def is_reciprocal(record: dict[str, Any]) -> bool:
    return "SRC/TAR" in json.dumps(record.get("textInfo", {}))


@dataclass(frozen=True, slots=True)
class Outcome:
    """How one gold record fared: the best predicted event and what of it matched."""

    type_hit: bool  # some predicted event has the gold type
    full: bool  # the best event has the gold type, sources and targets
    best: tuple[str, frozenset[str], frozenset[str]]  # (type, sources, targets) of the best event
    gold: tuple[str, frozenset[str], frozenset[str]]
    n_events: int
    n_right_type: int


def judge(record: dict[str, Any], events: list[dict[str, Any]]) -> Outcome:
    """Compare one record's predicted events with its gold event, as the shared scorer does."""
    gtype = canon(record.get("event"))
    reciprocal = is_reciprocal(record)
    gsrc, gtgt = codes(record.get("source")), codes(record.get("target"))
    if reciprocal:
        gsrc, gtgt = gsrc | gtgt, set()

    def sides(event: dict[str, Any]) -> tuple[set[str], set[str]]:
        s, t = codes(event.get("source")), codes(event.get("target"))
        return (s | t, set()) if reciprocal else (s, t)

    def closeness(event: dict[str, Any]) -> tuple[bool, int, int]:
        s, t = sides(event)
        return (
            canon(event.get("event")) == gtype,
            len(s & gsrc) + len(t & gtgt),
            -len(s ^ gsrc) - len(t ^ gtgt),
        )

    best = max(events, key=closeness) if events else {}
    bsrc, btgt = sides(best) if best else (set(), set())
    btype = canon(best.get("event")) if best else ""
    right = sum(1 for e in events if canon(e.get("event")) == gtype)
    return Outcome(
        type_hit=right > 0,
        full=btype == gtype and bsrc == gsrc and btgt == gtgt,
        best=(btype, frozenset(bsrc), frozenset(btgt)),
        gold=(gtype, frozenset(gsrc), frozenset(gtgt)),
        n_events=len(events),
        n_right_type=right,
    )


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score(records: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The shared scorer's metrics over the records that have a PLOVER gold type (same definitions)."""
    scored = [r for r in records if canon(r.get("event")) in QUAD]
    n = len(scored)
    type_hits = quad_hits = full = no_event = n_events = right = 0
    counts = {"source": [0, 0, 0], "target": [0, 0, 0]}
    for record in scored:
        events = preds.get(str(record["id"]), [])
        out = judge(record, events)
        no_event += not events
        n_events += out.n_events
        right += out.n_right_type
        type_hits += out.type_hit
        quad_hits += bool(events) and QUAD.get(out.best[0]) == QUAD.get(out.gold[0])
        full += out.full
        for key, g, p in (("source", out.gold[1], out.best[1]), ("target", out.gold[2], out.best[2])):
            tp = len(g & p)
            counts[key][0] += tp
            counts[key][1] += len(p) - tp
            counts[key][2] += len(g) - tp
    recall = type_hits / n if n else 0.0
    precision = right / n_events if n_events else 0.0
    return {
        "records": n,
        "type_recall": round(recall, 4),
        "type_precision": round(precision, 4),
        "type_f1": round(2 * recall * precision / (recall + precision), 4) if recall + precision else 0.0,
        "quad_accuracy": round(quad_hits / n, 4) if n else 0.0,
        "source_f1": round(_f1(*counts["source"]), 4),
        "target_f1": round(_f1(*counts["target"]), 4),
        "full_match": round(full / n, 4) if n else 0.0,
        "events_per_record": round(n_events / n, 3) if n else 0.0,
        "no_event_rate": round(no_event / n, 4) if n else 0.0,
    }


def extras(records: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """What the PLOVER scorer leaves out: no-event sentences, root-01 statements, precision over all."""
    quiet = [r for r in records if not r.get("cameo")]
    spurious = [r for r in quiet if preds.get(str(r["id"]))]
    statements = [r for r in records if str(r.get("cameo", "")).startswith("01")]
    stated = [r for r in statements if any(_root(e) == "01" for e in preds.get(str(r["id"]), []))]
    typed = [r for r in records if canon(r.get("event")) in QUAD]
    right = sum(judge(r, preds.get(str(r["id"]), [])).n_right_type for r in typed)
    all_events = sum(len(preds.get(str(r["id"]), [])) for r in typed + quiet)
    return {
        "no_event_sentences": len(quiet),
        "spurious_on_no_event": len(spurious),
        "spurious_events": sum(len(preds.get(str(r["id"]), [])) for r in spurious),
        "type_precision_with_no_event": round(right / all_events, 4) if all_events else 0.0,
        "root01_statements": len(statements),
        "root01_coded_01": len(stated),
    }


def _root(event: dict[str, Any]) -> str:
    return str(event.get("cameo") or "")[:2]


def per_root(records: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Recall per gold CAMEO root: PLOVER type found, CAMEO root found, full match, nothing coded."""
    rows: dict[str, dict[str, Any]] = {}
    for record in records:
        root = str(record.get("cameo") or "")[:2]
        if not root:
            continue
        events = preds.get(str(record["id"]), [])
        row = rows.setdefault(
            root, {"root": root, "n": 0, "typed": 0, "type": 0, "cameo": 0, "full": 0, "none": 0}
        )
        row["n"] += 1
        row["none"] += not events
        row["cameo"] += any(_root(e) == root for e in events)
        if canon(record.get("event")) in QUAD:
            out = judge(record, events)
            row["typed"] += 1
            row["type"] += out.type_hit
            row["full"] += out.full
    return [rows[k] for k in sorted(rows)]


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def root_table(rows: Iterable[dict[str, Any]]) -> list[str]:
    lines = [
        "| root | CAMEO name | n | type recall | CAMEO-root recall | full match | no event |",
        "|------|------------|---|-------------|-------------------|------------|----------|",
    ]
    for row in rows:
        lines.append(
            f"| {row['root']} | {cameo_name(row['root']).capitalize()} | {row['n']} | "
            f"{_pct(row['type'], row['typed'])} | {_pct(row['cameo'], row['n'])} | "
            f"{_pct(row['full'], row['typed'])} | {_pct(row['none'], row['n'])} |"
        )
    return lines


def load_predictions(path: Path) -> dict[str, list[dict[str, Any]]]:
    preds: dict[str, list[dict[str, Any]]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(
                    f"{path}:{number}: not JSON ({exc.msg}); write one JSON object per line"
                ) from exc
            preds[str(row.get("id"))] = row.get("events") or []
    return preds


def code_and_score(
    records: list[dict[str, Any]], output: Path, predictions: Path | None, lexicon: str, own_scorer: bool
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, Any], str, Path]:
    """Code `records` with the real pipeline (or read `predictions`) and score them.

    The shared scorer scores when it is there (unless `own_scorer`), and a disagreement with the project's
    copy is printed on stderr. Returns the predictions by record id, the metrics, the scorer's name and the
    predictions file.
    """
    if predictions:
        preds = load_predictions(predictions)
        out = predictions
    else:
        from realpolitik.config import Settings
        from realpolitik.nlp import build_pipeline

        out = output
        out.parent.mkdir(parents=True, exist_ok=True)
        rows = list(predict(build_pipeline(Settings(lexicon=lexicon)), records))
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        preds = {str(r["id"]): r["events"] for r in rows}

    own = score(records, preds)
    metrics, scorer = own, "the project's own (benchmarks/challenge_eval.py)"
    shared = shared_dir() / "eval" / "score_events.py"
    if not own_scorer and shared.is_file():
        gold_slice = out.with_suffix(".gold.json")
        gold_slice.write_text(json.dumps({"records": records}, ensure_ascii=False), encoding="utf-8")
        metrics, _ = run_scorer(shared, gold_slice, out)
        scorer = str(shared)
        differ = {k: (v, own.get(k)) for k, v in metrics.items() if own.get(k) != v}
        if differ:
            print(f"warning: the own scorer disagrees with the shared one: {differ}", file=sys.stderr)
    elif not own_scorer:
        print(f"the shared scorer {shared} is not there; using the project's own", file=sys.stderr)
    return preds, metrics, scorer, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--gold", type=Path, default=CHALLENGE, help="gold records (default: the challenge set)"
    )
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records (0: all)")
    parser.add_argument("--every", type=int, default=1, help="score every K-th record (a spread sample)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="predictions JSONL to write")
    parser.add_argument("--predictions", type=Path, help="score this predictions JSONL instead of coding")
    parser.add_argument("--own-scorer", action="store_true", help="do not use the shared scorer")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mismatched records")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument(
        "--lexicon",
        choices=("all", "hand", "derived", "proposed"),
        default="all",
        help="event lexicon: hand + derived (default), hand only, or the dictionary alone (the ablation)",
    )
    args = parser.parse_args(argv)

    records = read_gold(args.gold)[:: max(args.every, 1)]
    if args.limit:
        records = records[: args.limit]
    preds, metrics, scorer, out = code_and_score(
        records, args.output, args.predictions, args.lexicon, args.own_scorer
    )

    rows_by_root = per_root(records, preds)
    extra = extras(records, preds)
    mismatches = [
        {
            "id": r["id"],
            "text": r["text"],
            "gold": [o.gold[0], sorted(o.gold[1]), sorted(o.gold[2])],
            "best": [o.best[0], sorted(o.best[1]), sorted(o.best[2])],
        }
        for r in records
        if canon(r.get("event")) in QUAD and not (o := judge(r, preds.get(str(r["id"]), []))).full
    ]
    if args.json:
        print(json.dumps({"scorer": scorer, "metrics": metrics, "extra": extra, "per_root": rows_by_root}))
        return 0
    print(f"challenge set {args.gold.name}: {len(records)} sentences; scorer: {scorer}")
    for key, value in metrics.items():
        print(f"{key:18} {value}")
    print()
    print(
        f"no-event sentences {extra['no_event_sentences']}: {extra['spurious_on_no_event']} got an event "
        f"({extra['spurious_events']} events)"
    )
    print(f"type precision counting those events too: {extra['type_precision_with_no_event']}")
    print(
        f"CAMEO root 01 statements (no PLOVER type) {extra['root01_statements']}: "
        f"{extra['root01_coded_01']} coded as root 01"
    )
    print()
    print("\n".join(root_table(rows_by_root)))
    for row in mismatches[: args.errors]:
        print(json.dumps(row, ensure_ascii=False))
    print(f"predictions: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
