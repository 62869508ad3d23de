"""Score the event coder on the second challenge set (benchmarks/challenge2/challenge2_set.json): commentary style.

The set holds long, analysis- and interview-style sentences, one gold record per annotated deed (a sentence with
three deeds has three records with the same `sentence` id and text). Each sentence is coded once with the real
pipeline (the same `predict` as `realpolitik eval`); its events are then the prediction of every record of the
sentence. Printed:

- the dev-eval metrics (type F1 with recall and precision, source F1, target F1, full match, events per record,
  records with no event) over the asserted deeds that have a PLOVER type, from the shared scorer
  (`../shared/eval/score_events.py`, or $REALPOLITIK_SHARED/eval) when it is there, else from the project's copy
  in benchmarks/challenge_eval.py. The scorer reads one record at a time, so in a sentence with two deeds of
  different types each right event also counts once as a wrong one: the sentence-level precision printed next
  to it counts every coded event once, right when its type is the type of some asserted deed of its sentence;
- the share of sentences with asserted deeds that get no event, and the events coded on the sentences that
  report no event at all;
- kept out: the share of the deeds the sentence does not assert (denied, hypothetical, demanded, intended,
  attributed-claim; the record's `modality`) with no event of their type in the asserted record. As in
  benchmarks/blind_eval.py an event leaks when it is asserted (for an attributed claim: asserted and without an
  attribution); as in benchmarks/modality_eval.py it stands for the deed only when it names one of the deed's
  source codes among its parties (so an asserted deed of the same type by another actor in the same sentence
  is not a leak);
- CAMEO root 01 statements found as root 01, recall and full match per construction and per gold type.

    python benchmarks/challenge2_eval.py [--lexicon all|hand|derived] [--errors N] [--json] [--own-scorer]
    python benchmarks/challenge2_eval.py --predictions out/challenge2_predictions.jsonl   # rescore only

Nothing here needs ../shared. The set must never be used to add a lexicon entry or a rule for one of its own
sentences: see benchmarks/challenge2/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

from realpolitik.evaluation import predict, read_gold, repo_root, run_scorer, shared_dir

HERE = Path(__file__).resolve().parent
SET = HERE / "challenge2" / "challenge2_set.json"
DEFAULT_OUTPUT = repo_root() / "out" / "challenge2_predictions.jsonl"
NON_ASSERTED = ("denied", "hypothetical", "demanded", "intended", "attributed-claim")

Preds = dict[str, list[dict[str, Any]]]


def _challenge() -> ModuleType:
    """benchmarks/challenge_eval.py, whose scorer copy (`score`, `judge`, `canon`, `codes`) this script shares."""
    spec = importlib.util.spec_from_file_location("challenge_eval", HERE / "challenge_eval.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {HERE / 'challenge_eval.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


CH = _challenge()
canon = CH.canon


def modality(record: dict[str, Any]) -> str:
    """The gold modality of a record's deed: 'asserted' unless the record says otherwise."""
    return str(record.get("modality") or "asserted")


def asserted_typed(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records the PLOVER scorer scores: asserted deeds with a PLOVER type."""
    return [r for r in records if modality(r) == "asserted" and canon(r.get("event")) in CH.QUAD]


def by_sentence(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        groups[str(record.get("sentence") or record["id"])].append(record)
    return dict(groups)


def code_sentences(records: list[dict[str, Any]], lexicon: str) -> Preds:
    """Code each sentence once with the full pipeline; every record of a sentence gets its events."""
    from realpolitik.config import Settings
    from realpolitik.nlp import build_pipeline

    groups = by_sentence(records)
    firsts = [group[0] for group in groups.values()]
    rows = predict(build_pipeline(Settings(lexicon=lexicon)), firsts)
    coded = {sid: row["events"] for sid, row in zip(groups, rows, strict=True)}
    return {str(r["id"]): coded[sid] for sid, group in groups.items() for r in group}


def leaks(record: dict[str, Any], events: list[dict[str, Any]]) -> bool:
    """Whether a non-asserted deed enters the asserted record (see the module docstring)."""
    gtype = canon(record.get("event"))
    sources = CH.codes(record.get("source"))
    claim = modality(record) == "attributed-claim"
    for event in events:
        if canon(event.get("event")) != gtype or event.get("modality") != "asserted":
            continue
        if claim and event.get("attribution"):
            continue
        parties = CH.codes(event.get("source")) | CH.codes(event.get("target"))
        if not sources or sources & parties:
            return True
    return False


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def sentence_view(records: list[dict[str, Any]], preds: Preds) -> dict[str, Any]:
    """Precision and no-event share counted per sentence (each coded event once), and the no-event sentences."""
    events = right = with_deeds = silent = 0
    quiet = spurious = spurious_events = 0
    for group in by_sentence(records).values():
        coded = preds.get(str(group[0]["id"]), [])
        if all(not r.get("cameo") for r in group):
            quiet += 1
            spurious += bool(coded)
            spurious_events += len(coded)
            continue
        types = {canon(r.get("event")) for r in asserted_typed(group)}
        if not types:
            continue
        with_deeds += 1
        silent += not coded
        events += len(coded)
        right += sum(1 for e in coded if canon(e.get("event")) in types)
    return {
        "sentences_with_asserted_deeds": with_deeds,
        "sentence_type_precision": _share(right, events),
        "events_per_sentence": round(events / with_deeds, 3) if with_deeds else 0.0,
        "sentences_with_no_event": _share(silent, with_deeds),
        "no_event_sentences": quiet,
        "spurious_on_no_event": spurious,
        "spurious_events": spurious_events,
    }


def kept_out(records: list[dict[str, Any]], preds: Preds) -> dict[str, Any]:
    """Kept-out share of the non-asserted deeds, overall and by modality."""
    rows: dict[str, list[int]] = {}
    total = kept = 0
    for record in records:
        if modality(record) == "asserted":
            continue
        ok = not leaks(record, preds.get(str(record["id"]), []))
        total += 1
        kept += ok
        row = rows.setdefault(modality(record), [0, 0])
        row[0] += 1
        row[1] += ok
    sentences = len({r.get("sentence") for r in records if modality(r) != "asserted"})
    return {
        "non_asserted_deeds": total,
        "non_asserted_sentences": sentences,
        "kept_out": _share(kept, total),
        "by_modality": rows,
    }


def root01(records: list[dict[str, Any]], preds: Preds) -> list[int]:
    """[root-01 statements, found as a root-01 event]."""
    statements = [r for r in records if str(r.get("cameo", "")).startswith("01")]
    found = sum(
        1
        for r in statements
        if any(str(e.get("cameo") or "")[:2] == "01" for e in preds.get(str(r["id"]), []))
    )
    return [len(statements), found]


def per_construction(records: list[dict[str, Any]], preds: Preds) -> dict[str, dict[str, Any]]:
    """Per construction tag: asserted typed deeds (type recall, full match) and non-asserted ones (kept out)."""
    rows: dict[str, dict[str, Any]] = {}
    for record in records:
        events = preds.get(str(record["id"]), [])
        for tag in record.get("construction") or []:
            row = rows.setdefault(tag, {"deeds": 0, "type": 0, "full": 0, "non_asserted": 0, "kept_out": 0})
            if modality(record) != "asserted":
                row["non_asserted"] += 1
                row["kept_out"] += not leaks(record, events)
            elif canon(record.get("event")) in CH.QUAD:
                out = CH.judge(record, events)
                row["deeds"] += 1
                row["type"] += out.type_hit
                row["full"] += out.full
    return dict(sorted(rows.items()))


def per_type(records: list[dict[str, Any]], preds: Preds) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for record in asserted_typed(records):
        out = CH.judge(record, preds.get(str(record["id"]), []))
        row = rows.setdefault(canon(record.get("event")), [0, 0, 0])
        row[0] += 1
        row[1] += out.type_hit
        row[2] += out.full
    return dict(sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[0])))


def headline(
    records: list[dict[str, Any]], preds: Preds, out: Path, own_scorer: bool
) -> tuple[dict[str, Any], str]:
    """The PLOVER scorer's metrics over the asserted typed deeds: the shared scorer when it is there."""
    scored = asserted_typed(records)
    own = CH.score(scored, preds)
    shared = shared_dir() / "eval" / "score_events.py"
    if own_scorer or not shared.is_file():
        if not own_scorer:
            print(f"the shared scorer {shared} is not there; using the project's own", file=sys.stderr)
        return own, "the project's own (benchmarks/challenge_eval.py)"
    gold_slice = out.with_suffix(".gold.json")
    gold_slice.write_text(json.dumps({"records": scored}, ensure_ascii=False), encoding="utf-8")
    metrics, _ = run_scorer(shared, gold_slice, out)
    differ = {k: (v, own.get(k)) for k, v in metrics.items() if own.get(k) != v}
    if differ:
        print(f"warning: the own scorer disagrees with the shared one: {differ}", file=sys.stderr)
    return metrics, str(shared)


def report(records: list[dict[str, Any]], preds: Preds, out: Path, own_scorer: bool) -> dict[str, Any]:
    metrics, scorer = headline(records, preds, out, own_scorer)
    return {
        "scorer": scorer,
        "sentences": len(by_sentence(records)),
        "records": len(records),
        "metrics": metrics,
        "sentence": sentence_view(records, preds),
        "kept_out": kept_out(records, preds),
        "root01": root01(records, preds),
        "per_construction": per_construction(records, preds),
        "per_type": per_type(records, preds),
    }


def write_predictions(records: list[dict[str, Any]], preds: Preds, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = (
        json.dumps({"id": r["id"], "events": preds.get(str(r["id"]), [])}, ensure_ascii=False)
        for r in records
    )
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def print_text(result: dict[str, Any], name: str, errors: list[dict[str, Any]]) -> None:
    print(
        f"challenge set 2 {name}: {result['sentences']} sentences, {result['records']} annotated deeds; "
        f"scorer: {result['scorer']}"
    )
    print("asserted deeds with a PLOVER type (the scorer's view, one record per deed):")
    for key, value in result["metrics"].items():
        print(f"  {key:18} {value}")
    s = result["sentence"]
    print(
        f"per sentence ({s['sentences_with_asserted_deeds']} with asserted deeds): type precision "
        f"{s['sentence_type_precision']}, events per sentence {s['events_per_sentence']}, "
        f"no event {s['sentences_with_no_event']}"
    )
    print(
        f"no-event sentences {s['no_event_sentences']}: {s['spurious_on_no_event']} got an event "
        f"({s['spurious_events']} events)"
    )
    k = result["kept_out"]
    print(
        f"non-asserted deeds {k['non_asserted_deeds']} (in {k['non_asserted_sentences']} sentences): "
        f"kept out {k['kept_out']}; by modality: "
        + ", ".join(f"{m} {kept}/{n}" for m, (n, kept) in sorted(k["by_modality"].items()))
    )
    n01, found01 = result["root01"]
    print(f"CAMEO root 01 statements (no PLOVER type) {n01}: {found01} coded as root 01")
    print()
    print("| construction | asserted deeds | type recall | full match | non-asserted | kept out |")
    print("|---|---|---|---|---|---|")
    for tag, row in result["per_construction"].items():
        recall = f"{row['type'] / row['deeds']:.2f}" if row["deeds"] else "-"
        full = f"{row['full'] / row['deeds']:.2f}" if row["deeds"] else "-"
        kept = f"{row['kept_out'] / row['non_asserted']:.2f}" if row["non_asserted"] else "-"
        print(f"| {tag} | {row['deeds']} | {recall} | {full} | {row['non_asserted']} | {kept} |")
    print()
    print("type recall / full match per gold type (asserted deeds):")
    for name_, (n, hit, full_) in result["per_type"].items():
        print(f"  {name_:10} {hit:3}/{n:<3} {hit / n:.2f}  full {full_ / n:.2f}")
    for row in errors:
        print(json.dumps(row, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=SET, help="gold records (default: challenge set 2)")
    parser.add_argument("--every", type=int, default=1, help="score every K-th sentence (a spread sample)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="predictions JSONL to write")
    parser.add_argument("--predictions", type=Path, help="score this predictions JSONL instead of coding")
    parser.add_argument("--own-scorer", action="store_true", help="do not use the shared scorer")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mismatched or leaked deeds")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument(
        "--lexicon",
        choices=("all", "hand", "derived", "proposed"),
        default="all",
        help="event lexicon: hand + derived (default), hand only, or the dictionary alone (the ablation)",
    )
    args = parser.parse_args(argv)

    records = read_gold(args.set)
    keep = set(list(by_sentence(records))[:: max(args.every, 1)])
    records = [r for r in records if str(r.get("sentence") or r["id"]) in keep]
    if args.predictions:
        preds = CH.load_predictions(args.predictions)
        out = args.predictions
    else:
        preds = code_sentences(records, args.lexicon)
        out = args.output
        write_predictions(records, preds, out)
    result = report(records, preds, out, args.own_scorer)
    errors: list[dict[str, Any]] = []
    for r in records:
        events = preds.get(str(r["id"]), [])
        if modality(r) != "asserted":
            if leaks(r, events):
                errors.append({"id": r["id"], "text": r["text"], "leaked": [modality(r), r["event"]]})
        elif canon(r.get("event")) in CH.QUAD and not (o := CH.judge(r, events)).full:
            errors.append(
                {
                    "id": r["id"],
                    "text": r["text"],
                    "gold": [o.gold[0], sorted(o.gold[1]), sorted(o.gold[2])],
                    "best": [o.best[0], sorted(o.best[1]), sorted(o.best[2])],
                }
            )
    if args.json:
        print(json.dumps(result))
    else:
        print_text(result, args.set.name, errors[: args.errors])
    print(f"predictions: {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
