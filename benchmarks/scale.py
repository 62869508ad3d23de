"""Scale of `realpolitik analyze`: one process, every local core, a Dask LocalCluster; and ingest into a big store.

Prints numbers and asserts nothing. The corpus is synthetic, made from the paragraphs of `examples/corpus`
with varied wording (benchmarks/data/wording.json), so its articles are not near-duplicates of each other.

    python benchmarks/scale.py --articles 20000                  # analyze: one process, all cores, Dask
    python benchmarks/scale.py --articles 2000 --modes one,cores # a smaller, quicker run
    python benchmarks/scale.py --articles 0 --store-sizes 0,50000,100000,200000  # ingest only

Each analyze run is a fresh process (`realpolitik.pipeline.analyze`, start-up included: pipeline build,
pool or cluster start); its peak memory and that of its largest child process (a pool or Dask worker) are
reported, and the stores of the runs are compared row for row.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
WORDING = Path(__file__).resolve().parent / "data" / "wording.json"
PER_FILE = 500  # articles per JSONL input file: files are what Dask workers read in parallel

STORE_QUERIES = {
    # Everything but the clocks and run ids, which differ between any two runs.
    "articles": "SELECT * EXCLUDE (ingested_at, coded_at), coded_at IS NULL FROM articles ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, idx",
    "events": "SELECT * FROM events ORDER BY id",
    "axes": "SELECT * FROM axes ORDER BY ALL",
    "skipped": "SELECT source, line, reason FROM skipped ORDER BY ALL",
}


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
    if not found:
        raise SystemExit(f"no text to build a corpus from: no paragraphs found under {EXAMPLES}")
    return found


def article(rng: random.Random, pool: list[str], wording: dict[str, Any], size: int) -> dict[str, str]:
    """One synthetic article: `size` paragraphs drawn from the pool, about half the word swaps applied."""
    chosen = rng.sample(pool, size)
    text = "\n\n".join(chosen)
    for old, new in wording["swaps"]:
        if rng.random() < 0.5:
            text = text.replace(old, new)
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    title = " ".join(chosen[0].split()[:8]).rstrip(",.;:")
    return {"title": title, "date": day.isoformat(), "outlet": rng.choice(wording["outlets"]), "text": text}


def write_corpus(
    folder: Path,
    n: int,
    seed: int,
    size: tuple[int, int] = (3, 6),
    prefix: str = "part",
    language: bool = False,
) -> Path:
    """`n` articles in JSONL files of PER_FILE articles each; the same seed gives the same corpus.

    With `language`, each record names its language (as many feeds do), so ingest skips detecting it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    pool = paragraphs()
    wording = json.loads(WORDING.read_text(encoding="utf-8"))
    for start in range(0, n, PER_FILE):
        with (folder / f"{prefix}{start // PER_FILE:05d}.jsonl").open("w", encoding="utf-8") as out:
            for _ in range(min(PER_FILE, n - start)):
                record = article(rng, pool, wording, rng.randint(*size))
                if language:
                    record["language"] = "en"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def peaks() -> tuple[float, float]:
    """Peak resident memory in MB of this process and of its largest finished child (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_analyze(mode: str, corpus: Path, db: Path, workers: int) -> dict[str, Any]:
    """One `analyze` run, timed from the first import of the project (start-up included)."""
    start = time.perf_counter()
    from realpolitik.config import Settings
    from realpolitik.pipeline import analyze
    from realpolitik.scale import available_cores

    if mode == "one":
        result = analyze([corpus], db, Settings(n_process=1), progress=False)
    elif mode == "cores":
        result = analyze([corpus], db, Settings(n_process=available_cores()), progress=False)
    else:
        result = analyze([corpus], db, Settings(), progress=False, dask=f"local:{workers}")
    seconds = time.perf_counter() - start
    own, children = peaks()
    return {
        "seconds": seconds,
        "articles": result.articles_coded,
        "events": result.events,
        "driver_mb": own,
        "worker_mb": children,
    }


def run_ingest(corpus: Path, db: Path) -> dict[str, Any]:
    """Ingest one folder into the store (opened, checked and closed in this process)."""
    from realpolitik.config import Settings
    from realpolitik.ingest import ingest
    from realpolitik.store import Store

    start, cpu = time.perf_counter(), time.process_time()
    with Store(db) as store:
        report = ingest([corpus], store, Settings())
        total = store.counts()["articles"]
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "seconds": seconds,
        "cpu": cpu,
        "seen": report.articles_seen,
        "added": report.articles_added,
        "stored": total,
        "peak_mb": peaks()[0],
    }


def child(args: list[str]) -> dict[str, Any]:
    """Run this script's worker mode in a fresh process, so each peak-memory figure is its own."""
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def count_tokens(corpus: Path) -> int:
    from realpolitik.nlp import load_model

    tokenizer = load_model().tokenizer
    total = 0
    for path in sorted(corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            total += len(tokenizer(json.loads(line)["text"]))
    return total


def same_stores(dbs: list[Path]) -> str:
    import duckdb

    def dump(db: Path) -> dict[str, list[Any]]:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return {table: con.execute(sql).fetchall() for table, sql in STORE_QUERIES.items()}
        finally:
            con.close()

    first = dump(dbs[0])
    differ = [str(db.name) for db in dbs[1:] if dump(db) != first]
    return (
        "stores identical (articles, mentions, events, axes, skipped)"
        if not differ
        else f"STORES DIFFER: {differ}"
    )


def bench_analyze(args: argparse.Namespace, tmp: Path) -> None:
    corpus = write_corpus(tmp / "corpus", args.articles, args.seed)
    tokens = count_tokens(corpus)
    mb = sum(p.stat().st_size for p in corpus.glob("*.jsonl")) / 2**20
    print(f"corpus: {args.articles} synthetic articles ({tokens} tokens, {mb:.1f} MB) from {EXAMPLES.name}")
    labels = {
        "one": "1 process (--n-process 1)",
        "cores": "every local core (default)",
        "dask": f"Dask LocalCluster, {args.workers} workers",
    }
    results: dict[str, dict[str, Any]] = {}
    dbs = []
    for mode in args.modes.split(","):
        db = tmp / f"{mode}.duckdb"
        results[mode] = r = child(
            ["--worker", mode, "--corpus", str(corpus), "--db", str(db), "--workers", str(args.workers)]
        )
        dbs.append(db)
        rate = r["articles"] / r["seconds"]
        print(
            f"{labels[mode]:30} {rate:7.2f} articles/s {tokens / r['seconds']:8.0f} tokens/s  ({r['seconds']:.1f} s, "
            f"{r['articles']} articles coded, {r['events']} events; projected {rate * 86400:,.0f} articles/day)  "
            f"peak: driver {r['driver_mb']:.0f} MB, largest child {r['worker_mb']:.0f} MB",
            flush=True,
        )
    if "one" in results:
        for mode in results:
            if mode != "one":
                print(
                    f"speed-up of {mode} over one process: {results['one']['seconds'] / results[mode]['seconds']:.2f}x"
                )
    if len(dbs) > 1:
        print(same_stores(dbs))


def bench_ingest(args: argparse.Namespace, tmp: Path) -> None:
    sizes = sorted(int(s) for s in args.store_sizes.split(","))
    db = tmp / "big.duckdb"
    print(f"ingest into a growing store: {args.probe} new articles timed at each size (fresh process each)")
    filled = 0
    for n, size in enumerate(sizes):
        if size > filled:
            start = time.perf_counter()
            fill = write_corpus(
                tmp / f"fill{n}", size - filled, args.seed + 1000 + n, (3, 4), f"fill{n}-", True
            )
            done = child(["--worker", "ingest", "--corpus", str(fill), "--db", str(db)])
            filled = done["stored"]
            print(
                f"  filled to {filled} articles in {time.perf_counter() - start:.0f} s "
                f"({done['added'] / done['seconds']:.0f} articles/s ingested)",
                flush=True,
            )
        probe = write_corpus(tmp / f"probe{n}", args.probe, args.seed + 2000 + n, (3, 4), f"probe{n}-", True)
        r = child(["--worker", "ingest", "--corpus", str(probe), "--db", str(db)])
        filled = r["stored"]
        print(
            f"store of {filled - r['added']:>7} articles: {r['seen']} offered ({r['added']} new) in "
            f"{r['seconds']:.2f} s wall, {r['cpu']:.2f} s CPU = {r['seconds'] / r['seen'] * 1000:.2f} s "
            f"({r['cpu'] / r['seen'] * 1000:.2f} CPU-s) per 1,000; peak {r['peak_mb']:.0f} MB",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=20000, help="synthetic articles to analyze (0: skip)")
    parser.add_argument("--modes", default="one,cores,dask", help="comma-separated: one, cores, dask")
    parser.add_argument("--workers", type=int, default=2, help="Dask LocalCluster worker processes")
    parser.add_argument(
        "--store-sizes", default="", help="store sizes for the ingest timing, e.g. 0,100000,200000"
    )
    parser.add_argument("--probe", type=int, default=1000, help="new articles ingested at each store size")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--tmp", default=None, help="folder for the corpus and stores (default: a temporary one)"
    )
    parser.add_argument("--worker", choices=("one", "cores", "dask", "ingest"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker == "ingest":
        print(json.dumps(run_ingest(Path(args.corpus), Path(args.db))))
        return
    if args.worker:
        print(json.dumps(run_analyze(args.worker, Path(args.corpus), Path(args.db), args.workers)))
        return
    with tempfile.TemporaryDirectory(dir=args.tmp) as name:
        tmp = Path(name)
        if args.articles > 0:
            bench_analyze(args, tmp)
        if args.store_sizes:
            bench_ingest(args, tmp)


if __name__ == "__main__":
    main()
