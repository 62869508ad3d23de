"""Score the event coder on the blind sets (benchmarks/blind): the news-register sentences and the seed sentences.

A. `benchmarks/blind/news_set.json` (gold format): coded with the real pipeline (the same `predict` as
   `realpolitik eval`) and scored with the shared scorer (`../shared/eval/score_events.py`, or
   $REALPOLITIK_SHARED/eval) when it is there, else with the project's copy in benchmarks/challenge_eval.py.
   Prints the same table as challenge_eval.py (type recall/precision/F1, source F1, target F1, full match,
   no-event rate, events per record) and the type recall per PLOVER type.
B. `benchmarks/blind/seed_annotations.json` (seed sentences by offsets): codes each seed document whole with
   `code_jsonl` (the path `realpolitik code` runs, so speaker turns, attribution and dates apply), matches
   the coded events to the annotated sentence spans and prints type recall, source F1 and target F1 for the
   asserted events, and the share of non-factual events kept out of the asserted record. Skipped, with a
   message, when the seed documents (../shared/seeds) are not there.

    python benchmarks/blind_eval.py [--part news|seeds|both] [--json] [--own-scorer] [--lexicon all|hand|derived]

The sets are for measurement only: see benchmarks/blind/README.md.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import io
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from realpolitik.evaluation import read_gold, repo_root, shared_dir

HERE = Path(__file__).resolve().parent
NEWS = HERE / "blind" / "news_set.json"
SEED_ANNOTATIONS = HERE / "blind" / "seed_annotations.json"
OUT = repo_root() / "out"

NON_FACTUAL = ("attributed-claim", "denied", "hypothetical", "demanded", "intended")


def _challenge() -> ModuleType:
    """benchmarks/challenge_eval.py, whose scorer copy (`score`, `judge`, `canon`) this script shares."""
    spec = importlib.util.spec_from_file_location("challenge_eval", HERE / "challenge_eval.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {HERE / 'challenge_eval.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


CH = _challenge()
canon = CH.canon


# ---------------------------------------------------------------- A: the news set


def per_type(records: list[dict[str, Any]], preds: dict[str, list[dict[str, Any]]]) -> dict[str, list[int]]:
    """Gold type (2016 names) -> [records, records with an event of that type]."""
    rows: dict[str, list[int]] = {}
    for record in records:
        gold = str(record.get("event") or "")
        if canon(gold) not in CH.QUAD:
            continue
        out = CH.judge(record, preds.get(str(record["id"]), []))
        row = rows.setdefault(gold, [0, 0])
        row[0] += 1
        row[1] += out.type_hit
    return dict(sorted(rows.items(), key=lambda kv: (-kv[1][0], kv[0])))


def score_news(args: argparse.Namespace) -> dict[str, Any]:
    records = read_gold(args.news)
    preds, metrics, scorer, out = CH.code_and_score(
        records, OUT / "blind_news_predictions.jsonl", args.predictions, args.lexicon, args.own_scorer
    )
    extra = CH.extras(records, preds)
    return {
        "set": str(args.news),
        "sentences": len(records),
        "scorer": scorer,
        "metrics": metrics,
        "no_event_sentences": extra["no_event_sentences"],
        "spurious_on_no_event": extra["spurious_on_no_event"],
        "per_type": per_type(records, preds),
        "predictions": str(out),
    }


# ---------------------------------------------------------------- B: the seed sentences


class AnnotationError(ValueError):
    """A seed annotation that does not fit its document (missing file, offsets out of range, text drift)."""


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated event of a seed sentence."""

    file: str
    start: int
    end: int
    event: str  # PLOVER type, 2016 names
    source: frozenset[str]  # first three letters of each code, as the scorer compares them
    target: frozenset[str]
    reciprocal: bool
    modality: str
    interstate: bool


def _codes(actors: Any) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    return frozenset(
        str(a["code"]).strip().upper()[:3] for a in actors if isinstance(a, dict) and a.get("code")
    )


def load_annotations(path: Path, texts: dict[str, str]) -> list[Gold]:
    """The annotated events, checked against the documents `texts` (file name -> text).

    Every sentence must name a document that is there, have offsets inside it and a sha1 equal to the sha1 of
    the text at those offsets; otherwise an AnnotationError names the sentence and what to do.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    gold: list[Gold] = []
    for number, sentence in enumerate(data["sentences"], 1):
        where = f"{path}: sentence {number} ({sentence.get('file')} {sentence.get('start')}-{sentence.get('end')})"
        name, start, end = str(sentence["file"]), int(sentence["start"]), int(sentence["end"])
        if name not in texts:
            raise AnnotationError(f"{where}: the document {name} is not there; put the seed documents back")
        text = texts[name]
        if not 0 <= start < end <= len(text):
            raise AnnotationError(f"{where}: offsets outside the document ({len(text)} characters)")
        digest = hashlib.sha1(text[start:end].encode("utf-8")).hexdigest()
        if digest != sentence["sha1"]:
            raise AnnotationError(
                f"{where}: the text at these offsets has changed (sha1 {digest}, annotated {sentence['sha1']}); "
                "the document drifted: re-anchor the annotation, do not score it"
            )
        for event in sentence["events"]:
            gold.append(
                Gold(
                    file=name,
                    start=start,
                    end=end,
                    event=str(event["event"]),
                    source=_codes(event.get("source")),
                    target=_codes(event.get("target")),
                    reciprocal=bool(event.get("reciprocal")),
                    modality=str(event["modality"]),
                    interstate=bool(event.get("interstate")),
                )
            )
    return gold


def code_documents(texts: dict[str, str], lexicon: str = "all") -> dict[str, list[dict[str, Any]]]:
    """Code each document whole with `code_jsonl` (the `realpolitik code` path); file name -> events."""
    from realpolitik.coding import code_jsonl
    from realpolitik.config import load_settings

    names = sorted(texts)
    lines = "".join(
        json.dumps({"id": name, "text": texts[name]}, ensure_ascii=False) + "\n" for name in names
    )
    out = io.StringIO()
    code_jsonl(io.StringIO(lines), out, load_settings(n_process=1, lexicon=lexicon))
    coded: dict[str, list[dict[str, Any]]] = {}
    for line in out.getvalue().splitlines():
        row = json.loads(line)
        if row.get("error"):
            print(f"warning: {row.get('id')}: {row['error']}", file=sys.stderr)
        coded[str(row["id"])] = list(row.get("events") or [])
    return coded


def _overlaps(event: dict[str, Any], gold: Gold) -> bool:
    span = event.get("evidence") or {}
    start, end = int(span.get("start", -1)), int(span.get("end", -1))
    return start < gold.end and gold.start < end


def _sides(event: dict[str, Any], reciprocal: bool) -> tuple[frozenset[str], frozenset[str]]:
    s, t = _codes(event.get("source")), _codes(event.get("target"))
    return (s | t, frozenset()) if reciprocal else (s, t)


def _best(
    events: list[dict[str, Any]], gtype: str, gsrc: frozenset[str], gtgt: frozenset[str], reciprocal: bool
) -> dict[str, Any]:
    """The coded event closest to the gold one, as the shared scorer picks it: right type, then most actors."""

    def closeness(e: dict[str, Any]) -> tuple[bool, int, int]:
        s, t = _sides(e, reciprocal)
        return canon(e.get("event")) == gtype, len(s & gsrc) + len(t & gtgt), -len(s ^ gsrc) - len(t ^ gtgt)

    return max(events, key=closeness) if events else {}


@dataclass(slots=True)
class SeedScore:
    """Counts over the annotated seed events."""

    asserted: int = 0
    interstate: int = 0
    type_hits: int = 0
    interstate_hits: int = 0
    no_event: int = 0  # asserted sentences with no coded event at all
    counts: dict[str, list[int]] = field(default_factory=lambda: {"source": [0, 0, 0], "target": [0, 0, 0]})
    non_factual: int = 0
    kept_out: int = 0
    kept_by_modality: dict[str, list[int]] = field(default_factory=dict)
    per_type: dict[str, list[int]] = field(default_factory=dict)
    missed: Counter[str] = field(default_factory=Counter)  # what a missed asserted event got instead

    def f1(self, key: str) -> float:
        tp, fp, fn = self.counts[key]
        return round(CH._f1(tp, fp, fn), 4)


def in_asserted_record(event: dict[str, Any], claim: bool) -> bool:
    """Whether a coded event enters the plain, asserted record (for a claim: asserted on nobody's word)."""
    if event.get("modality") != "asserted":
        return False
    return not (claim and event.get("attribution"))


def score_seeds(gold: list[Gold], coded: dict[str, list[dict[str, Any]]]) -> SeedScore:
    result = SeedScore()
    for item in gold:
        here = [e for e in coded.get(item.file, []) if _overlaps(e, item)]
        gtype = canon(item.event)
        if item.modality == "asserted":
            result.asserted += 1
            result.interstate += item.interstate
            plain = [e for e in here if e.get("modality") == "asserted"]
            right = [e for e in plain if canon(e.get("event")) == gtype]
            hit = bool(right)
            result.type_hits += hit
            result.interstate_hits += hit and item.interstate
            result.no_event += not here
            row = result.per_type.setdefault(item.event, [0, 0])
            row[0] += 1
            row[1] += hit
            if not hit:
                if not here:
                    result.missed["no event in the sentence"] += 1
                elif not plain:
                    result.missed["events only with another modality"] += 1
                else:
                    result.missed["another type"] += 1
            gsrc, gtgt = (
                (item.source | item.target, frozenset()) if item.reciprocal else (item.source, item.target)
            )

            best = _best(plain, gtype, gsrc, gtgt, item.reciprocal)
            bsrc, btgt = _sides(best, item.reciprocal) if best else (frozenset(), frozenset())
            for key, g, p in (("source", gsrc, bsrc), ("target", gtgt, btgt)):
                tp = len(g & p)
                result.counts[key][0] += tp
                result.counts[key][1] += len(p) - tp
                result.counts[key][2] += len(g) - tp
        elif item.modality in NON_FACTUAL:
            claim = item.modality == "attributed-claim"
            leaked = any(canon(e.get("event")) == gtype and in_asserted_record(e, claim) for e in here)
            result.non_factual += 1
            result.kept_out += not leaked
            row = result.kept_by_modality.setdefault(item.modality, [0, 0])
            row[0] += 1
            row[1] += not leaked
    return result


def read_seeds(folder: Path, names: Iterable[str]) -> dict[str, str]:
    return {name: (folder / name).read_text(encoding="utf-8") for name in names if (folder / name).is_file()}


def seed_report(args: argparse.Namespace) -> dict[str, Any] | None:
    folder = args.seeds or shared_dir() / "seeds"
    if not folder.is_dir():
        print(
            f"seed sentences: skipped, the seed documents are not there ({folder}); "
            "set REALPOLITIK_SHARED or pass --seeds",
            file=sys.stderr,
        )
        return None
    names = sorted({s["file"] for s in json.loads(args.annotations.read_text(encoding="utf-8"))["sentences"]})
    texts = read_seeds(folder, names)
    gold = load_annotations(args.annotations, texts)
    coded = code_documents(texts, args.lexicon)
    (OUT / "blind_seed_events.json").parent.mkdir(parents=True, exist_ok=True)
    (OUT / "blind_seed_events.json").write_text(json.dumps(coded, ensure_ascii=False), encoding="utf-8")
    s = score_seeds(gold, coded)
    return {
        "asserted_events": s.asserted,
        "interstate_events": s.interstate,
        "type_recall": round(s.type_hits / s.asserted, 4) if s.asserted else 0.0,
        "type_recall_interstate": round(s.interstate_hits / s.interstate, 4) if s.interstate else 0.0,
        "source_f1": s.f1("source"),
        "target_f1": s.f1("target"),
        "asserted_with_no_event": s.no_event,
        "missed": dict(s.missed),
        "non_factual_events": s.non_factual,
        "kept_out": round(s.kept_out / s.non_factual, 4) if s.non_factual else 0.0,
        "kept_out_by_modality": s.kept_by_modality,
        "per_type": dict(sorted(s.per_type.items(), key=lambda kv: (-kv[1][0], kv[0]))),
        "coded_events": sum(len(v) for v in coded.values()),
    }


def _type_lines(rows: dict[str, list[int]]) -> list[str]:
    return [f"  {name:12} {hit:3}/{n:<3} {hit / n:.2f}" for name, (n, hit) in rows.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("news", "seeds", "both"), default="both")
    parser.add_argument("--news", type=Path, default=NEWS, help="gold records (default: the blind news set)")
    parser.add_argument("--annotations", type=Path, default=SEED_ANNOTATIONS)
    parser.add_argument("--seeds", type=Path, help="folder of the seed documents (default: ../shared/seeds)")
    parser.add_argument(
        "--predictions", type=Path, help="score this news predictions JSONL instead of coding"
    )
    parser.add_argument("--own-scorer", action="store_true", help="do not use the shared scorer")
    parser.add_argument("--lexicon", choices=("all", "hand", "derived", "proposed"), default="all")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = parser.parse_args(argv)

    report: dict[str, Any] = {}
    if args.part in ("news", "both"):
        report["news"] = score_news(args)
    if args.part in ("seeds", "both"):
        try:
            report["seeds"] = seed_report(args)
        except AnnotationError as exc:
            raise SystemExit(str(exc)) from exc
    if args.json:
        print(json.dumps(report))
        return 0
    news = report.get("news")
    if news:
        print(
            f"blind news set {Path(news['set']).name}: {news['sentences']} sentences; scorer: {news['scorer']}"
        )
        for key, value in news["metrics"].items():
            print(f"{key:18} {value}")
        print(f"no-event sentences {news['no_event_sentences']}: {news['spurious_on_no_event']} got an event")
        print("type recall per gold type:")
        print("\n".join(_type_lines(news["per_type"])))
        print()
    if "seeds" in report:
        seeds = report["seeds"]
        if seeds is None:
            print("seed sentences: skipped (no seed documents)")
        else:
            print(
                f"seed sentences: {seeds['asserted_events']} asserted events "
                f"({seeds['interstate_events']} interstate), {seeds['non_factual_events']} non-factual; "
                f"{seeds['coded_events']} events coded in the documents"
            )
            for key in ("type_recall", "type_recall_interstate", "source_f1", "target_f1", "kept_out"):
                print(f"{key:22} {seeds[key]}")
            print(f"asserted events in sentences with no coded event: {seeds['asserted_with_no_event']}")
            print(f"missed asserted events: {seeds['missed']}")
            print(
                "kept out by modality: "
                + ", ".join(f"{m} {k}/{n}" for m, (n, k) in seeds["kept_out_by_modality"].items())
            )
            print("type recall per gold type (asserted):")
            print("\n".join(_type_lines(seeds["per_type"])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
