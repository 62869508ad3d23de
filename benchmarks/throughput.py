"""Throughput of `realpolitik code` against a bare spaCy parse of the same text, and peak memory.

Prints numbers and asserts nothing. Two comparisons:

- default (issue 9's speed target): the command `realpolitik code --input F --output G` with default options
  (every available core) against a bare `nlp.pipe(texts, n_process=<cores>)` of the same model over the same
  texts, each a fresh process timed from its start to its exit (start-up included).
      .venv/bin/python benchmarks/throughput.py [--docs N] [--repeat R]
- `--library`: the library path (`code_jsonl`, pipeline built before the clock) against the bare parse with the
  same `--n-process` and batch size.
- `--stages`: CPU per stage in one process (steadier than wall time on a shared machine): start-up (imports,
  the pipeline built, against loading the bare model), the model's parse, then each of the project's
  components alone over the parsed Docs, and writing the output lines. numpy's BLAS runs with the threads
  `realpolitik code` gives it on this machine (one per process on several cores: `scale.one_blas_thread`).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval" / "plover_gsr_dev.json"
EXAMPLES = ROOT / "examples"


def sentences() -> tuple[list[str], str]:
    """Source sentences: the shared eval records when present, plus the project's examples/ corpus."""
    texts: list[str] = []
    where: list[str] = []
    if EVAL.is_file():
        records = json.loads(EVAL.read_text(encoding="utf-8"))["records"]
        texts.extend(r["text"] for r in records if r.get("text"))
        where.append(f"{EVAL} ({len(texts)} records)")
    else:
        where.append(f"{EVAL} not found, so the eval sentences are not used")
    if EXAMPLES.is_dir():
        paragraphs = [
            p.strip()
            for path in sorted(EXAMPLES.rglob("*"))
            if path.suffix in (".txt", ".md", ".jsonl") and path.is_file() and path.name != "README.md"
            for p in _plain_text(path).split("\n")
            if len(p.strip()) > 40
        ]
        texts.extend(paragraphs)
        where.append(f"{EXAMPLES} ({len(paragraphs)} paragraphs)")
    return texts, "; ".join(where)


def _plain_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        return raw
    out = []
    for line in raw.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and isinstance(record.get("text"), str):
            out.append(record["text"])
    return "\n".join(out)


def corpus(n_docs: int) -> list[str]:
    """`n_docs` documents of a few sentences each, cycling through the source sentences."""
    source, _ = sentences()
    if not source:
        raise SystemExit(f"no text to measure: neither {EVAL} nor text files under {EXAMPLES} were found")
    docs = []
    for i in range(n_docs):
        # Three consecutive sentences per document, like a short news item.
        docs.append(" ".join(source[(3 * i + k) % len(source)] for k in range(3)))
    return docs


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its (finished) children, in MB (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (spaCy joins its workers at the end of pipe)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_bare(docs: list[str], batch_size: int, n_process: int) -> dict[str, float]:
    import spacy

    from realpolitik.config import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    start, cpu = time.perf_counter(), cpu_seconds()
    tokens = sum(len(doc) for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process))
    seconds = time.perf_counter() - start
    return {"tokens": tokens, "seconds": seconds, "cpu": cpu_seconds() - cpu}


def run_code(docs: list[str], batch_size: int, n_process: int) -> dict[str, float]:
    from realpolitik.coding import code_jsonl
    from realpolitik.config import Settings
    from realpolitik.nlp import build_pipeline

    settings = Settings(batch_size=batch_size, n_process=n_process)
    nlp = build_pipeline(settings)
    tokens = sum(len(nlp.make_doc(text)) for text in docs)  # the same tokenizer as the bare parse

    def lines() -> Iterator[str]:
        for i, text in enumerate(docs):
            yield json.dumps({"id": str(i), "text": text, "date": "2023-11-16"}) + "\n"

    out = io.StringIO()
    start, cpu = time.perf_counter(), cpu_seconds()
    report = code_jsonl(lines(), out, settings, nlp=nlp)
    seconds = time.perf_counter() - start
    return {
        "tokens": tokens,
        "seconds": seconds,
        "cpu": cpu_seconds() - cpu,
        "events": report.events,
        "failed": len(report.failed),
    }


def worker(mode: str, n_docs: int, batch_size: int, n_process: int) -> None:
    docs = corpus(n_docs)
    result = (run_bare if mode == "bare" else run_code)(docs, batch_size, n_process)
    own, children = peak_mb()
    result.update({"peak_mb": own, "children_peak_mb": children})
    print(json.dumps(result))


def measure(mode: str, args: argparse.Namespace) -> dict[str, float]:
    """One fresh process per measurement, so each peak-memory figure is its own."""
    command = [
        sys.executable,
        __file__,
        "--worker",
        mode,
        "--docs",
        str(args.docs),
        "--batch-size",
        str(args.batch_size),
        "--n-process",
        str(args.n_process),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bare_command(path: str, batch_size: int, n_process: int) -> None:
    """What the bare baseline process does: load the model, parse every text of the JSONL file, exit."""
    import spacy

    from realpolitik.config import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    with open(path, encoding="utf-8") as lines:
        texts = (json.loads(line)["text"] for line in lines)
        for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
            pass


def timed(command: list[str]) -> dict[str, float]:
    """Wall time of a fresh process from start to exit, its CPU time and the peak of its largest process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": seconds, "cpu": cpu, "peak_mb": after.ru_maxrss / 1024}


def commands(args: argparse.Namespace) -> None:
    """Issue 9's comparison: the `code` command with default options against a bare parse on every core."""
    import tempfile

    from realpolitik.nlp import load_model
    from realpolitik.scale import available_cores

    cores = available_cores()
    docs = corpus(args.docs)
    tokenizer = load_model().tokenizer
    tokens = sum(len(tokenizer(text)) for text in docs)
    _, where = sentences()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for i, text in enumerate(docs):
                out.write(json.dumps({"id": str(i), "text": text, "date": "2023-11-16"}) + "\n")
        bare = [
            sys.executable,
            __file__,
            "--bare-command",
            str(source),
            "--batch-size",
            "64",
            "--n-process",
            str(cores),
        ]
        code = [
            sys.executable,
            "-m",
            "realpolitik",
            "code",
            "--input",
            str(source),
            "--output",
            str(Path(tmp) / "out.jsonl"),
        ]
        print(f"text: {args.docs} documents of 3 sentences ({tokens} tokens) from {where}")
        print(
            f"{cores} cores; each run a fresh process, start-up included; {args.repeat} alternating runs each"
        )
        runs: dict[str, list[dict[str, float]]] = {"bare": [], "code": []}
        for _ in range(args.repeat):
            runs["bare"].append(timed(bare))
            runs["code"].append(timed(code))
    for mode, label in (
        ("bare", f"bare nlp.pipe, n_process={cores}"),
        ("code", "realpolitik code (defaults)"),
    ):
        walls = sorted(r["seconds"] for r in runs[mode])
        best = min(runs[mode], key=lambda r: r["seconds"])
        print(
            f"{label:32} best {tokens / best['seconds']:7.0f} tokens/s ({best['seconds']:.1f} s; all runs: "
            f"{', '.join(f'{w:.1f}' for w in walls)} s), CPU {min(r['cpu'] for r in runs[mode]):.1f} s, "
            f"largest process {max(r['peak_mb'] for r in runs[mode]):.0f} MB"
        )
    best_ratio = min(r["seconds"] for r in runs["bare"]) / min(r["seconds"] for r in runs["code"])
    pairs = [b["seconds"] / c["seconds"] for b, c in zip(runs["bare"], runs["code"], strict=True)]
    print(
        f"ratio (code / bare, by wall time): best {best_ratio:.2f}; run by run {', '.join(f'{x:.2f}' for x in pairs)} "
        "(target >= 0.9)"
    )


def stages(n_docs: int, batch_size: int) -> None:
    """CPU seconds per stage of coding `n_docs` documents in this process (see the module's docstring)."""
    docs = corpus(n_docs)
    started = time.process_time()
    from realpolitik.scale import BLAS_THREAD_VARIABLES, available_cores, one_blas_thread

    # numpy's BLAS as `realpolitik code` on this machine's cores runs it (set before numpy is first loaded)
    cores = available_cores()
    one_blas_thread(cores)
    blas = ", ".join(f"{name}={os.environ[name]}" for name in BLAS_THREAD_VARIABLES if name in os.environ)
    import spacy

    from realpolitik.config import DEFAULT_MODEL, Settings
    from realpolitik.nlp import build_pipeline
    from realpolitik.records import Event

    imported = time.process_time()
    nlp = build_pipeline(Settings(batch_size=batch_size, n_process=1))
    built = time.process_time()
    spacy.load(DEFAULT_MODEL)
    bare_load = time.process_time() - built
    own = [name for name in nlp.pipe_names if name.startswith("realpolitik_")]
    start = time.process_time()
    with nlp.select_pipes(disable=own):
        parsed = list(nlp.pipe(docs, batch_size=batch_size))
    for doc in parsed:
        doc._.article_date = "2023-11-16"
    cpu: dict[str, float] = {"parse (model)": time.process_time() - start}
    for name in own:
        component = nlp.get_pipe(name)
        start = time.process_time()
        for doc in parsed:
            component(doc)
        cpu[name] = time.process_time() - start
    start = time.process_time()
    out = io.StringIO()
    for i, doc in enumerate(parsed):
        events: list[Event] = doc._.events or []
        out.write(
            json.dumps({"id": str(i), "events": [e.to_dict() for e in events]}, ensure_ascii=False) + "\n"
        )
    cpu["writing"] = time.process_time() - start
    tokens = sum(len(doc) for doc in parsed)
    print(f"text: {n_docs} documents of 3 sentences ({tokens} tokens); CPU seconds in one process")
    print(f"BLAS threads: {blas or 'the library default'} (as `realpolitik code` sets them on {cores} cores)")
    print(
        f"start-up: imports {imported - started:.2f} s, pipeline built {built - imported:.2f} s "
        f"(the bare model loads in {bare_load:.2f} s)"
    )
    for name, seconds in cpu.items():
        print(f"{name:26} {seconds:7.2f} s {1000 * seconds / n_docs:7.2f} ms/doc")
    coder = sum(v for k, v in cpu.items() if k != "parse (model)")
    print(f"{'the coder after the parse':26} {coder:7.2f} s {1000 * coder / n_docs:7.2f} ms/doc")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1500, help="documents of three sentences each")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="alternating runs; the best of each is kept")
    parser.add_argument("--library", action="store_true", help="compare the library path, not the commands")
    parser.add_argument("--stages", action="store_true", help="CPU per stage in one process")
    parser.add_argument("--worker", choices=("bare", "code"), help=argparse.SUPPRESS)
    parser.add_argument("--bare-command", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.docs, args.batch_size, args.n_process)
        return
    if args.bare_command:
        bare_command(args.bare_command, args.batch_size, args.n_process)
        return
    if args.stages:
        stages(args.docs, args.batch_size)
        return
    if not args.library:
        commands(args)
        return

    _, where = sentences()
    print(f"text: {args.docs} documents of 3 sentences from {where}")
    print(f"batch size {args.batch_size}, n_process {args.n_process}, best of {args.repeat} alternating runs")
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "code": []}
    for _ in range(args.repeat):
        for mode in ("bare", "code"):
            runs[mode].append(measure(mode, args))
    best = {mode: min(results, key=lambda r: r["seconds"]) for mode, results in runs.items()}
    least_cpu = {mode: min(results, key=lambda r: r["cpu"]) for mode, results in runs.items()}
    for mode, label in (("bare", "bare spaCy parse"), ("code", "realpolitik code")):
        r, c = best[mode], least_cpu[mode]
        extra = f", {int(r['events'])} events" if mode == "code" else ""
        print(
            f"{label:18} {r['tokens'] / r['seconds']:8.0f} tokens/s wall, {c['tokens'] / c['cpu']:8.0f} tokens/"
            f"CPU-s  ({int(r['tokens'])} tokens in {r['seconds']:.1f} s, {c['cpu']:.1f} CPU-s{extra})  "
            f"peak {r['peak_mb']:.0f} MB, largest worker {r['children_peak_mb']:.0f} MB"
        )
    wall = (best["code"]["tokens"] / best["code"]["seconds"]) / (
        best["bare"]["tokens"] / best["bare"]["seconds"]
    )
    cpu = (least_cpu["code"]["tokens"] / least_cpu["code"]["cpu"]) / (
        least_cpu["bare"]["tokens"] / least_cpu["bare"]["cpu"]
    )
    print(
        f"ratio (realpolitik code / bare spaCy): {wall:.2f} by wall time, {cpu:.2f} by CPU time (target >= 0.75)"
    )
    print("(on a shared machine the CPU-time ratio is the steadier figure: other load stretches wall time)")
    peak = max(r["peak_mb"] + r["children_peak_mb"] for r in runs["code"])
    print(f"peak memory of realpolitik code: {peak:.0f} MB (process + largest worker; target < 1536 MB)")


if __name__ == "__main__":
    main()
