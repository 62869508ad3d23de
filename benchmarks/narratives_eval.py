"""Narrative frames: per-frame precision and recall on the project's labelled sentences, and speed.

Accuracy: every sentence of benchmarks/narratives/labelled.jsonl and heldout.jsonl (written by the
project, kept apart from the pack's examples) is parsed alone; its predicted frames are those with
a sentence hit at or above the pack's sentence threshold. The cues were revised after a first
measurement on labelled.jsonl; heldout.jsonl was written after that and never used to revise them. Speed (--speed): `analyze` on a corpus into fresh databases
with narratives off and on, CPU time of this process, and the share the narratives add.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from realpolitik.narratives import detect_texts, load_pack

HERE = Path(__file__).resolve().parent
LABELLED = HERE / "narratives" / "labelled.jsonl"
HELDOUT = HERE / "narratives" / "heldout.jsonl"
CORPUS = HERE.parent / "examples" / "corpus"


def read_labelled(path: Path) -> list[dict[str, object]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"{path}:{n}: not JSON ({exc.msg}); fix the line")
    return rows


def accuracy(pack_path: str | None, path: Path, errors: int) -> None:
    pack = load_pack(pack_path)
    rows = read_labelled(path)
    examples = {e.strip().lower() for f in pack.frames for e in f.examples}
    overlap = [r["text"] for r in rows if str(r["text"]).strip().lower() in examples]
    if overlap:
        sys.exit(f"the labelled set repeats pack examples (keep them apart): {overlap}")
    unknown = sorted({f for r in rows for f in r["frames"] if f not in pack.frame_index})  # type: ignore[attr-defined]
    if unknown:
        sys.exit(f"{path}: frames not in the pack: {unknown}")
    began = time.perf_counter()
    detections = detect_texts(pack, [str(r["text"]) for r in rows])
    seconds = time.perf_counter() - began
    tp = dict.fromkeys(pack.ids, 0)
    fp = dict.fromkeys(pack.ids, 0)
    fn = dict.fromkeys(pack.ids, 0)
    wrong = []
    for row, det in zip(rows, detections, strict=True):
        gold = set(row["frames"])  # type: ignore[call-overload]
        pred = {h.frame for h in det.hits}
        for f in pred & gold:
            tp[f] += 1
        for f in pred - gold:
            fp[f] += 1
        for f in gold - pred:
            fn[f] += 1
        if pred != gold:
            wrong.append((row["text"], sorted(gold), sorted(pred)))
    n_frames = sum(len(r["frames"]) for r in rows)  # type: ignore[arg-type]
    print(
        f"\n{path.name}: {len(rows)} sentences ({sum(1 for r in rows if not r['frames'])} with no frame, {n_frames} labels)"
    )
    print(f"pack: {pack.name} ({pack.path}), sentence threshold {pack.sentence_threshold}")
    print(f"{'frame':34} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5}")

    def prf(t: int, p: int, n: int) -> tuple[float, float, float]:
        prec = t / (t + p) if t + p else 0.0
        rec = t / (t + n) if t + n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return prec, rec, f1

    for f in pack.ids:
        if tp[f] + fn[f] + fp[f] == 0:
            continue
        p, r, f1 = prf(tp[f], fp[f], fn[f])
        print(f"{f:34} {p:6.2f} {r:6.2f} {f1:6.2f} {tp[f] + fn[f]:5d}")
    p, r, f1 = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"{'micro average':34} {p:6.2f} {r:6.2f} {f1:6.2f} {n_frames:5d}")
    clean = sum(1 for r, d in zip(rows, detections, strict=True) if not r["frames"] and not d.hits)
    print(f"no-frame sentences left without a frame: {clean}/{sum(1 for r in rows if not r['frames'])}")
    print(f"parse + detect: {seconds:.1f}s for {len(rows)} sentences")
    for text, gold, pred in wrong[:errors]:
        print(f"  gold {gold} predicted {pred}: {text}")


def speed(corpus: Path, repeats: int) -> None:
    from realpolitik.config import Settings
    from realpolitik.nlp import build_pipeline
    from realpolitik.pipeline import analyze

    nlp = build_pipeline(Settings())
    times: dict[str, list[float]] = {"off": [], "on": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            for mode in ("off", "on"):
                settings = Settings(narratives="off" if mode == "off" else "")
                began = time.process_time()
                analyze([corpus], Path(tmp) / f"{mode}{i}.duckdb", settings, progress=False, nlp=nlp)
                times[mode].append(time.process_time() - began)
    off, on = min(times["off"]), min(times["on"])
    print(f"analyze {corpus}: CPU seconds, best of {repeats}: narratives off {off:.2f}, on {on:.2f}")
    print(f"narratives cost {100 * (on - off) / off:.1f} % of analyze time (target: at most 25 %)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--narratives", default=None, help="pack to measure (default: the starter pack)")
    parser.add_argument("--errors", type=int, default=0, help="print up to N sentences predicted wrongly")
    parser.add_argument("--speed", nargs="?", const=str(CORPUS), default=None, metavar="CORPUS")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args(argv)
    for path in (LABELLED, HELDOUT):
        accuracy(args.narratives, path, args.errors)
    if args.speed:
        speed(Path(args.speed), args.repeats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
