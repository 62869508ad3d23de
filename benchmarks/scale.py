"""Speed of `realpolitik code` in one process (`code_jsonl`) against a Dask LocalCluster, and driver memory.

Prints numbers and asserts nothing. Run: `.venv/bin/python benchmarks/scale.py [--lines N] [--workers K]`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"


def paragraphs() -> list[str]:
    """Paragraphs of the project's own example corpus (text files and the `text` of JSONL records)."""
    found: list[str] = []
    for path in sorted(EXAMPLES.glob("*")):
        if path.suffix == ".txt":
            found.extend(
                p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 60
            )
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    found.extend(p.strip() for p in record["text"].split("\n") if len(p.strip()) > 60)
    return found


def write_corpus(path: Path, n_lines: int) -> None:
    """`n_lines` JSONL records of two consecutive paragraphs each, cycling through the example corpus."""
    source = paragraphs()
    if not source:
        raise SystemExit(f"no text to measure: no paragraphs found under {EXAMPLES}")
    with path.open("w", encoding="utf-8") as out:
        for i in range(n_lines):
            text = source[(2 * i) % len(source)] + "\n" + source[(2 * i + 1) % len(source)]
            out.write(
                json.dumps({"id": f"b{i}", "text": text, "date": "2023-09-20"}, ensure_ascii=False) + "\n"
            )


def peak_mb() -> float:
    """Peak resident memory of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_single(source: Path, target: Path, n_process: int = 1) -> dict[str, float]:
    from realpolitik.coding import code_jsonl
    from realpolitik.config import Settings
    from realpolitik.nlp import build_pipeline

    start = time.perf_counter()
    settings = Settings(n_process=n_process)
    nlp = build_pipeline(settings)
    ready = time.perf_counter()
    with source.open("rb") as inp, target.open("w", encoding="utf-8") as out:
        report = code_jsonl(inp, out, settings, nlp=nlp)
    done = time.perf_counter()
    return {"setup": ready - start, "seconds": done - ready, "lines": report.lines, "events": report.events}


def run_dask(source: Path, target: Path, workers: int, partition_lines: int) -> dict[str, float]:
    from realpolitik.config import Settings
    from realpolitik.scale import _warm_worker, code_dask, dask_client

    start = time.perf_counter()
    with dask_client(f"local:{workers}") as client:
        # Build each worker's pipeline before the clock starts, as the single process does.
        client.run(_warm_worker, Settings().to_json())
        ready = time.perf_counter()
        with target.open("w", encoding="utf-8") as out:
            report = code_dask([source], out, client=client, lines_per_partition=partition_lines)
        done = time.perf_counter()
        worker_mb = max(m["metrics"]["memory"] for m in client.scheduler_info()["workers"].values()) / 2**20
    return {
        "setup": ready - start,
        "seconds": done - ready,
        "lines": report.lines,
        "events": report.events,
        "worker_mb": worker_mb,
    }


def worker(args: argparse.Namespace) -> None:
    source, target = Path(args.source), Path(args.target)
    if args.worker == "single":
        result = run_single(source, target)
    elif args.worker == "nprocess":
        result = run_single(source, target, args.workers)
    else:
        result = run_dask(source, target, args.workers, args.partition_lines)
    result["driver_peak_mb"] = peak_mb()
    print(json.dumps(result))


def measure(mode: str, source: Path, target: Path, args: argparse.Namespace) -> dict[str, float]:
    """One fresh process per measurement, so each driver peak-memory figure is its own."""
    command = [sys.executable, __file__, "--worker", mode, "--source", str(source), "--target", str(target)]
    command += ["--workers", str(args.workers), "--partition-lines", str(args.partition_lines)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=3000, help="JSONL records of two paragraphs each")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    parser.add_argument("--partition-lines", type=int, default=250)
    parser.add_argument(
        "--modes",
        default="single,dask",
        help="runs, comma-separated: single, nprocess (code_jsonl with n_process=K), dask",
    )
    parser.add_argument("--worker", choices=("single", "nprocess", "dask"), help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    parser.add_argument("--target", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "corpus.jsonl"
        write_corpus(source, args.lines)
        from realpolitik.nlp import load_model

        tokenizer = load_model().tokenizer  # the tokenizer of the coding pipeline; not part of any timing
        with source.open(encoding="utf-8") as lines:
            tokens = sum(len(tokenizer(json.loads(line)["text"])) for line in lines)
        size_mb = source.stat().st_size / 2**20
        print(
            f"input: {args.lines} JSONL lines ({tokens} tokens, {size_mb:.1f} MB) from {EXAMPLES}; "
            f"cores: {os.cpu_count()}"
        )
        modes = [m for m in args.modes.split(",") if m in ("single", "nprocess", "dask")]
        results = {mode: measure(mode, source, Path(tmp) / f"{mode}.jsonl", args) for mode in modes}
        same = ""
        if "single" in modes and "dask" in modes:
            single = (Path(tmp) / "single.jsonl").read_bytes().split(b"\n")
            dask = (Path(tmp) / "dask.jsonl").read_bytes().split(b"\n")
            differ = sum(a != b for a, b in zip(single, dask, strict=False)) + abs(len(single) - len(dask))
            same = "outputs identical" if not differ else f"OUTPUTS DIFFER on {differ} lines"
            if differ:
                same += " (was the source tree edited during the run? each run imports it afresh)"
    labels = {
        "single": "1 process (code_jsonl)",
        "nprocess": f"code_jsonl, n_process={args.workers}",
        "dask": f"Dask LocalCluster, {args.workers} workers",
    }
    for mode, r in results.items():
        extra = f", largest worker {r['worker_mb']:.0f} MB" if mode == "dask" else ""
        print(
            f"{labels[mode]:34} {r['lines'] / r['seconds']:7.1f} lines/s {tokens / r['seconds']:8.0f} tokens/s "
            f"({r['seconds']:.1f} s, setup {r['setup']:.1f} s, {int(r['events'])} events)  "
            f"driver peak {r['driver_peak_mb']:.0f} MB{extra}"
        )
    if "single" in results and "dask" in results:
        speedup = results["single"]["seconds"] / results["dask"]["seconds"]
        print(f"speed-up: {speedup:.2f}x; {same}")
    print(
        f"partitions of {args.partition_lines} lines; setup = pipeline build (and cluster start), not timed"
    )


if __name__ == "__main__":
    main()
