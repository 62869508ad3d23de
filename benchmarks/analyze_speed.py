"""Speed-up of `realpolitik analyze` on every core and on Dask over one process, and where the time goes.

Prints numbers and asserts nothing. A small synthetic corpus (benchmarks/scale.py's generator) is analyzed by
fresh processes, start-up included, the modes interleaved run after run, so that load which comes and goes
on a shared machine falls on every mode alike:

    python benchmarks/analyze_speed.py --articles 300 --repeat 3 [--modes one,cores,dask]

For each mode it prints the median wall time, the range, and the CPU seconds of the driver and of its
workers. Wall times on a busy machine say little; the CPU split does not depend on the load, so it also
prints an Amdahl-style breakdown: the driver's serial phases (start-up, ingest, pipeline build), the
driver's CPU while the workers code, the workers' CPU, and the time these give on an otherwise idle
machine with the available cores (serial + max(workers' CPU / cores, driver's CPU while coding)).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PHASE = re.compile(r"phase (?P<name>.+?): (?P<wall>[\d.]+) s wall, (?P<cpu>[\d.]+) s driver CPU")
WAITED = re.compile(r"the driver waited (?P<waited>[\d.]+) s")


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def run(mode: str, corpus: Path, db: Path, workers: int, blas: str) -> dict[str, Any]:
    """One analyze run in this (fresh) process; CPU from the start of the process, children included."""
    start = time.perf_counter()
    handler = _Lines()
    for name in ("realpolitik.pipeline", "realpolitik.scale"):
        logging.getLogger(name).addHandler(handler)
        logging.getLogger(name).setLevel(logging.INFO)
    from realpolitik.scale import available_cores, one_blas_thread

    if blas == "command" and mode != "one":
        # numpy's BLAS as `realpolitik analyze` runs it on every core (set before numpy is first loaded)
        one_blas_thread(available_cores())
    from realpolitik.config import Settings
    from realpolitik.pipeline import analyze

    imported = time.perf_counter() - start
    if mode == "one":
        result = analyze([corpus], db, Settings(n_process=1), progress=False)
    elif mode == "cores":
        result = analyze([corpus], db, Settings(n_process=available_cores()), progress=False)
    else:
        result = analyze([corpus], db, Settings(), progress=False, dask=f"local:{workers}")
    seconds = time.perf_counter() - start
    times = os.times()
    phases: dict[str, list[float]] = {"start-up": [imported, times.user + times.system]}
    waited = 0.0
    for line in handler.lines:
        found = PHASE.search(line)
        if found:
            name = "coding" if found["name"].startswith("coding") else found["name"]
            phases[name] = [float(found["wall"]), float(found["cpu"])]
        elif (wait := WAITED.search(line)) is not None:
            waited += float(wait["waited"])
    # The start-up's CPU is what is left of the driver's CPU once the logged phases are taken out.
    phases["start-up"][1] = max(
        0.0, phases["start-up"][1] - sum(v[1] for k, v in phases.items() if k != "start-up")
    )
    return {
        "seconds": seconds,
        "articles": result.articles_coded,
        "events": result.events,
        "driver_cpu": times.user + times.system,
        "workers_cpu": times.children_user + times.children_system,
        "phases": phases,
        "waited": waited,
    }


def child(mode: str, corpus: Path, db: Path, workers: int, blas: str) -> dict[str, Any]:
    db.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--worker", mode, "--corpus", str(corpus), "--db", str(db)]
    command += ["--workers", str(workers), "--blas", blas]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{mode} run failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def breakdown(runs: list[dict[str, Any]], cores: int) -> tuple[str, float]:
    """Median CPU split of a mode's runs, and the wall time it gives on an idle machine with `cores` cores
    (CPU only: one process also waits for the disk at each article's commit, which this leaves out)."""

    def med(key: str, phase: str | None = None) -> float:
        if phase is None:
            return statistics.median(r[key] for r in runs)
        return statistics.median(r["phases"].get(phase, [0.0, 0.0])[1] for r in runs)

    serial = med("", "start-up") + med("", "ingest") + med("", "pipeline build")
    coding = med("", "coding") + med("", "narratives and finish")
    workers = med("workers_cpu")
    parallel = max(workers / cores, coding) if workers else coding
    return (
        f"driver serial {serial:.1f} CPU-s (start-up, ingest, pipeline build), driver while coding "
        f"{coding:.1f} CPU-s, workers {workers:.1f} CPU-s -> idle-machine estimate {serial + parallel:.1f} s"
    ), serial + parallel


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--articles", type=int, default=300, help="synthetic articles (keep it a few hundred)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of each mode")
    parser.add_argument("--modes", default="one,cores,dask", help="comma-separated: one, cores, dask")
    parser.add_argument("--workers", type=int, default=2, help="Dask LocalCluster worker processes")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--blas",
        choices=("command", "default"),
        default="command",
        help="numpy's BLAS threads on several processes: one per process as the analyze command sets them "
        "(scale.one_blas_thread), or numpy's default (a thread per core in every process)",
    )
    parser.add_argument("--worker", choices=("one", "cores", "dask"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(run(args.worker, Path(args.corpus), Path(args.db), args.workers, args.blas)))
        return
    sys.path.insert(0, str(HERE))
    from scale import write_corpus  # the synthetic corpus of benchmarks/scale.py

    from realpolitik.scale import available_cores

    cores = available_cores()
    modes = args.modes.split(",")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = write_corpus(tmp / "corpus", args.articles, args.seed)
        size = sum(p.stat().st_size for p in corpus.glob("*.jsonl")) / 2**20
        load = os.getloadavg()[0]
        print(
            f"corpus: {args.articles} synthetic articles ({size:.2f} MB); {cores} cores; {args.repeat} interleaved "
            f"runs per mode, each a fresh process, start-up included; BLAS threads on several processes: "
            f"{args.blas}; load average at start {load:.1f}",
            flush=True,
        )
        runs: dict[str, list[dict[str, Any]]] = {mode: [] for mode in modes}
        for _ in range(args.repeat):
            for mode in modes:
                runs[mode].append(child(mode, corpus, tmp / f"{mode}.duckdb", args.workers, args.blas))
        print(f"load average at end {os.getloadavg()[0]:.1f}")
    labels = {"one": "one process", "cores": f"every core ({cores})", "dask": f"Dask local:{args.workers}"}
    estimates = {}
    for mode in modes:
        walls = sorted(r["seconds"] for r in runs[mode])
        median = statistics.median(walls)
        coded = runs[mode][0]["articles"]
        text, estimates[mode] = breakdown(runs[mode], cores)
        print(
            f"{labels[mode]:16} median {median:6.1f} s ({coded / median:5.2f} articles/s), range "
            f"{walls[0]:.1f}-{walls[-1]:.1f} s; {runs[mode][0]['events']} events"
        )
        print(f"{'':16} {text}")
    if "one" in runs:
        for mode in modes:
            if mode == "one":
                continue
            ratios = sorted(o["seconds"] / m["seconds"] for o, m in zip(runs["one"], runs[mode], strict=True))
            print(
                f"speed-up of {labels[mode]} over one process: median {statistics.median(ratios):.2f}x "
                f"(run by run {', '.join(f'{x:.2f}' for x in ratios)}); idle-machine estimate "
                f"{estimates['one'] / estimates[mode]:.2f}x"
            )


if __name__ == "__main__":
    main()
