"""Scale of `realpolitik analyze`: one process, every local core, a Dask LocalCluster; and ingest into a big store.

Prints numbers and asserts nothing. Each configuration and size is its own run (a fresh process), and
with `--results FILE` every result is appended to that JSON file as soon as it is measured, so long
runs can be made one at a time, in the background, and summed up later with `--summary`.

    # analyze: each size and mode separately (sizes share their first articles)
    python benchmarks/scale.py --articles 20000 --modes one --results scale.json --work /tmp/scale
    python benchmarks/scale.py --articles 2000,5000 --modes one,cores,dask --results scale.json --work /tmp/scale
    # ingest of 1,000 new articles (a real analyze) into stores of growing size
    python benchmarks/scale.py --articles 0 --store-sizes 0,50000,100000,200000 --results scale.json --work /tmp/scale
    # the tables of everything measured so far
    python benchmarks/scale.py --summary --results scale.json

The corpus is synthetic, made from the sentences of `examples/corpus`: each article has 3 to 6
paragraphs of 2 to 4 sentences drawn from the whole pool, with word swaps (benchmarks/data/wording.json)
applied at random. Two articles share few sentences, so none is a near-duplicate of another and every
article is coded; each analyze run reports how many were stored, marked near-duplicate and coded.

analyze runs are timed from the first import of the project (start-up included: pipeline build, pool or
cluster start). Peak memory is reported for the driver and for the largest child process (a pool or Dask
worker), with CPU time of both, and the load average of the machine before and after.

The big stores of the ingest benchmark are built cheaply and the script says so: synthetic articles are
stored through the store's own write path (`StoredDuplicates.add`, which signs them, checks them against
the store and writes the articles with their MinHash signatures and LSH band keys), without parsing them;
each is then given a copy of the mentions, events, axes and narrative frames of a really analysed seed
article, in bulk SQL, and marked coded. So the tables hold as many rows as a coded store of that size,
but the rows of a fill article do not describe its text. The 1,000 new articles at each size are then
analysed for real (one process by default), with a breakdown of the time: near-duplicate stage,
article writes, analysis writes, reads of the stored articles, the narratives check, start and finish.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
WORDING = Path(__file__).resolve().parent / "data" / "wording.json"
PER_FILE = 500  # articles per JSONL input file: files are what Dask workers read in parallel
NOTE = ""  # --note, stored with each result
SEED_ARTICLES = 300  # really analysed articles whose analyses the fill articles of a big store copy

STORE_QUERIES = {
    # Everything but the clocks and run ids, which differ between any two runs.
    "articles": "SELECT * EXCLUDE (ingested_at, coded_at), coded_at IS NULL FROM articles ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, idx",
    "events": "SELECT * FROM events ORDER BY id",
    "axes": "SELECT * FROM axes ORDER BY ALL",
    "skipped": "SELECT source, line, reason FROM skipped ORDER BY ALL",
}
LABELS = {
    "one": "1 process (--n-process 1)",
    "cores": "every local core (default)",
    "dask": "Dask LocalCluster",
}
_SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


# -- the synthetic corpus ------------------------------------------------------------------------------
def sentences() -> list[str]:
    """Sentences of the project's own example corpus (text files and the `text` of JSONL records)."""
    paragraphs: list[str] = []
    for path in sorted(EXAMPLES.glob("*")):
        if path.suffix == ".txt":
            paragraphs.extend(path.read_text(encoding="utf-8").split("\n"))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if isinstance(record, dict) and isinstance(record.get("text"), str):
                    paragraphs.extend(record["text"].split("\n"))
    found = sorted(
        {s.strip() for p in paragraphs if len(p.strip()) > 60 for s in _SENTENCE_END.split(p.strip())}
    )
    found = [s for s in found if len(s.split()) >= 6]
    if not found:
        raise SystemExit(f"no text to build a corpus from: no sentences found under {EXAMPLES}")
    return found


def article(rng: random.Random, pool: list[str], wording: dict[str, Any]) -> dict[str, str]:
    """One synthetic article: 3 to 6 paragraphs of 2 to 4 sentences drawn from the whole pool, about half
    of the word swaps applied. Two articles share few sentences, so they are not near-duplicates."""
    shape = [rng.randint(2, 4) for _ in range(rng.randint(3, 6))]
    chosen = rng.sample(pool, sum(shape))
    paras, at = [], 0
    for n in shape:
        paras.append(" ".join(chosen[at : at + n]))
        at += n
    text = "\n\n".join(paras)
    for old, new in wording["swaps"]:
        if rng.random() < 0.5:
            text = text.replace(old, new)
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    title = " ".join(chosen[0].split()[:8]).rstrip(",.;:")
    return {"title": title, "date": day.isoformat(), "outlet": rng.choice(wording["outlets"]), "text": text}


def articles(n: int, seed: int) -> list[dict[str, str]]:
    """The first `n` articles of the corpus of this seed (a smaller corpus is a prefix of a larger one)."""
    rng = random.Random(seed)
    pool = sentences()
    wording = json.loads(WORDING.read_text(encoding="utf-8"))
    return [article(rng, pool, wording) for _ in range(n)]


def write_corpus(folder: Path, n: int, seed: int, prefix: str = "part") -> Path:
    """`n` articles in JSONL files of PER_FILE articles each, written once (kept for later runs)."""
    mark = folder.with_name(folder.name + ".json")  # beside the folder: analyze reads every file in it
    if mark.is_file() and json.loads(mark.read_text()).get("articles") == n:
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    made = articles(n, seed)
    for start in range(0, n, PER_FILE):
        with (folder / f"{prefix}{start // PER_FILE:05d}.jsonl").open("w", encoding="utf-8") as out:
            for record in made[start : start + PER_FILE]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    from realpolitik.nlp import load_model

    tokenizer = load_model().tokenizer
    tokens = sum(len(tokenizer(r["text"])) for r in made)
    mb = sum(p.stat().st_size for p in folder.glob("*.jsonl")) / 2**20
    mark.write_text(json.dumps({"articles": n, "seed": seed, "tokens": tokens, "mb": round(mb, 2)}))
    return folder


def corpus_info(folder: Path) -> dict[str, Any]:
    info: dict[str, Any] = json.loads(folder.with_name(folder.name + ".json").read_text())
    return info


# -- measuring in a child process -----------------------------------------------------------------------
def usage() -> dict[str, float]:
    """Peak resident memory (MB) and CPU seconds of this process and of its finished children (Linux
    reports the peak in KB; the children's peak is that of the largest one)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "driver_mb": round(own.ru_maxrss / 1024, 1),
        "worker_mb": round(kids.ru_maxrss / 1024, 1),
        "driver_cpu": round(own.ru_utime + own.ru_stime, 2),
        "worker_cpu": round(kids.ru_utime + kids.ru_stime, 2),
    }


class Sampler:
    """Resident memory of this process and of its largest descendant (a pool or Dask worker) every
    second, against the articles saved so far: memory that grows with the corpus shows here, in one run."""

    def __init__(self) -> None:
        import threading

        from realpolitik.store import Store

        self.saved = 0
        self.samples: list[tuple[int, float, float]] = []  # (articles saved, driver MB, largest child MB)
        self._stop = threading.Event()
        sampler = self
        save_one, save_many = Store.save_analysis, Store.save_analyses

        def save_analysis(store: Any, *args: Any, **kwargs: Any) -> Any:
            done = save_one(store, *args, **kwargs)
            sampler.saved += 1
            return done

        def save_analyses(store: Any, analyses: Any, *args: Any, **kwargs: Any) -> Any:
            done = save_many(store, analyses, *args, **kwargs)
            sampler.saved += len(analyses)
            return done

        Store.save_analysis = save_analysis  # type: ignore[method-assign]
        Store.save_analyses = save_analyses  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(1.0):
            try:
                kids = [p.memory_info().rss for p in me.children(recursive=True)]
            except psutil.Error:
                kids = []
            self.samples.append((self.saved, me.memory_info().rss / 2**20, max(kids, default=0) / 2**20))

    def profile(self, points: int = 10) -> list[list[float]]:
        """The peak memory up to each tenth of the articles: [articles saved, driver MB, largest child MB]."""
        self._stop.set()
        self._thread.join()
        total = max((n for n, _, _ in self.samples), default=0)
        out: list[list[float]] = []
        for k in range(1, points + 1):
            upto = [x for x in self.samples if x[0] <= total * k / points]
            if upto:
                out.append(
                    [total * k // points, round(max(x[1] for x in upto)), round(max(x[2] for x in upto))]
                )
        return out


def run_analyze(mode: str, corpus: Path, db: Path, workers: int) -> dict[str, Any]:
    """One `analyze` run, timed from the first import of the project (start-up included)."""
    start = time.perf_counter()
    from realpolitik.config import Settings
    from realpolitik.pipeline import analyze
    from realpolitik.scale import available_cores

    sampler = Sampler()
    if mode == "one":
        result = analyze([corpus], db, Settings(n_process=1), progress=False)
    elif mode == "cores":
        result = analyze([corpus], db, Settings(n_process=available_cores()), progress=False)
    else:
        result = analyze([corpus], db, Settings(), progress=False, dask=f"local:{workers}")
    seconds = time.perf_counter() - start
    return {
        "seconds": round(seconds, 2),
        "seen": result.articles_seen,
        "stored": result.articles_added,
        "duplicates": result.duplicates,
        "coded": result.articles_coded,
        "events": result.events,
        "skipped": len(result.skipped),
        "memory_profile": sampler.profile(),
        **usage(),
    }


def instrument() -> dict[str, float]:
    """Wrap the store's and the pipeline's stages with timers (this process only); returns the totals,
    wall time under each stage's name and CPU time of the process (all its threads) under name + " [CPU]"."""
    import realpolitik.ingest as ingest_mod
    import realpolitik.nlp as nlp_mod
    import realpolitik.pipeline as pipeline_mod
    import realpolitik.store_narratives as narratives_mod
    from realpolitik.ingest.dedup import StoredDuplicates
    from realpolitik.store import Store

    spent: dict[str, float] = defaultdict(float)

    def wrap(owner: Any, name: str, label: str) -> None:
        fn: Callable[..., Any] = getattr(owner, name)

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - t
                spent[label + " [CPU]"] += time.process_time() - c

        setattr(owner, name, timed)

    wrap(Store, "__init__", "open store")
    wrap(Store, "close", "close store (checkpoint)")
    wrap(Store, "start_run", "start run (interrupted-run check)")
    wrap(ingest_mod, "ingest", "ingest total")
    wrap(StoredDuplicates, "__init__", "near-dup: prepare (signatures current)")
    wrap(StoredDuplicates, "add", "near-dup: check and store, total")
    wrap(Store, "known_article_ids", "near-dup: known ids")
    wrap(Store, "lsh_candidates", "near-dup: band-key lookups")
    wrap(Store, "minhash_signatures", "near-dup: candidate signatures")
    wrap(Store, "add_articles", "write: articles, signatures, band keys")
    wrap(Store, "uncoded_article_ids", "uncoded ids")
    wrap(nlp_mod, "build_pipeline", "pipeline build")
    wrap(Store, "get_article", "read stored articles")
    wrap(Store, "get_articles", "read stored articles")
    wrap(Store, "save_analysis", "write: analyses")
    wrap(Store, "save_analyses", "write: analyses")
    wrap(narratives_mod, "save_frames", "write: frames")
    wrap(narratives_mod, "save_many_frames", "write: frames")
    wrap(narratives_mod, "stale_article_ids", "narratives: stale check")
    wrap(pipeline_mod, "detect_stored_frames", "narratives: re-read stale articles")
    wrap(Store, "finish_run", "finish run and counts")
    wrap(Store, "counts", "finish run and counts")
    return spent


def run_probe(corpus: Path, db: Path, n_process: int) -> dict[str, Any]:
    """A real `analyze` of new articles into an existing store, with the time of each stage."""
    start, cpu = time.perf_counter(), time.process_time()
    from realpolitik.config import Settings
    from realpolitik.pipeline import analyze

    spent = instrument()
    result = analyze([corpus], db, Settings(n_process=n_process), progress=False)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {
        "seconds": round(seconds, 2),
        "cpu": round(cpu, 2),
        "seen": result.articles_seen,
        "stored": result.articles_added,
        "duplicates": result.duplicates,
        "coded": result.articles_coded,
        "store_after": result.totals.get("articles", 0),
        "events_after": result.totals.get("events", 0),
        "stages": {k: round(v, 3) for k, v in sorted(spent.items())},
        **usage(),
    }


def run_fill(db: Path, seed_db: Path, target: int, seed: int) -> dict[str, Any]:
    """Grow the store to `target` articles without parsing: synthetic articles through the store's write
    path (signatures and band keys included), then copies of the seed's analyses in bulk SQL."""
    from realpolitik.config import Settings
    from realpolitik.ingest.dedup import StoredDuplicates
    from realpolitik.ingest.split import content_hash
    from realpolitik.records import Article
    from realpolitik.store import Store
    from realpolitik.store_narratives import ensure_schema

    start = time.perf_counter()
    pool = sentences()
    wording = json.loads(WORDING.read_text(encoding="utf-8"))
    with Store(db) as store:
        ensure_schema(store)
        have = store.counts()["articles"]
        rng = random.Random(seed * 1_000_003 + have)
        index = StoredDuplicates(store, Settings().dedup_threshold)
        added = duplicates = 0
        while have < target:
            batch = []
            for i in range(min(1000, target - have)):
                a = article(rng, pool, wording)
                batch.append(
                    Article(
                        id=content_hash(a["text"]),
                        source=f"synthetic-fill-{have + i:07d}",
                        start_line=1,
                        end_line=1,
                        title=a["title"],
                        date=a["date"],
                        author=None,
                        outlet=a["outlet"],
                        language="en",
                        text=a["text"],
                    )
                )
            n, _, found = index.add(batch)
            added += n
            duplicates += len(found)
            have += n
            if n == 0:
                raise SystemExit("the fill adds nothing: the synthetic articles repeat stored ones")
        copied = copy_analyses(store, seed_db)
        have = store.counts()["articles"]
    return {
        "seconds": round(time.perf_counter() - start, 1),
        "added": added,
        "duplicates": duplicates,
        "copied": copied,
        "stored": have,
        **usage(),
    }


def copy_analyses(store: Any, seed_db: Path) -> int:
    """Give every uncoded fill article the stored analysis of a seed article (round robin) and mark it coded."""
    con = store.con
    con.execute(f"ATTACH '{seed_db}' AS seed (READ_ONLY)")
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE fill_map AS
            WITH f AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM articles
                       WHERE coded_at IS NULL AND duplicate_of IS NULL AND source LIKE 'synthetic-fill-%'),
                 s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM seed.articles
                       WHERE coded_at IS NOT NULL AND duplicate_of IS NULL AND language = 'en')
            SELECT f.id AS new_id, s.id AS seed_id FROM f JOIN s ON s.k = f.k % (SELECT count(*) FROM s)
            """
        )
        con.execute(
            "INSERT INTO mentions SELECT m.new_id, x.* EXCLUDE (article_id) "
            "FROM seed.mentions x JOIN fill_map m ON m.seed_id = x.article_id"
        )
        con.execute(
            "INSERT INTO events SELECT m.new_id || ':' || x.idx, m.new_id, x.* EXCLUDE (id, article_id) "
            "FROM seed.events x JOIN fill_map m ON m.seed_id = x.article_id"
        )
        for table in ("axes", "frames", "frame_sentences"):
            con.execute(
                f"INSERT INTO {table} SELECT m.new_id, x.* EXCLUDE (article_id) "
                f"FROM seed.{table} x JOIN fill_map m ON m.seed_id = x.article_id"
            )
        con.execute(
            "INSERT INTO narrative_runs SELECT m.new_id, x.* EXCLUDE (article_id) "
            "FROM seed.narrative_runs x JOIN fill_map m ON m.seed_id = x.article_id"
        )
        con.execute(
            "UPDATE articles SET coded_at = now()::TIMESTAMP WHERE id IN (SELECT new_id FROM fill_map)"
        )
        row = con.execute("SELECT count(*) FROM fill_map").fetchone()
        con.execute("COMMIT")
    finally:
        con.execute("DETACH seed")
    return int(row[0]) if row else 0


def child(args: list[str]) -> dict[str, Any]:
    """Run this script's worker mode in a fresh process, so each peak-memory figure is its own."""
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def same_stores(dbs: list[Path]) -> bool:
    import duckdb

    def dump(db: Path) -> dict[str, list[Any]]:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return {table: con.execute(sql).fetchall() for table, sql in STORE_QUERIES.items()}
        finally:
            con.close()

    first = dump(dbs[0])
    return all(dump(db) == first for db in dbs[1:])


# -- results ------------------------------------------------------------------------------------------
def commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or os.environ.get("SCALE_COMMIT", "?")


def record(path: str | None, entry: dict[str, Any]) -> None:
    """Append one result to the JSON results file (a list), if one was given."""
    entry = {
        "when": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": commit(),
        "cpus": os.cpu_count(),
        "note": NOTE,
        **entry,
    }
    if path is None:
        return
    file = Path(path)
    results = json.loads(file.read_text()) if file.is_file() else []
    results.append(entry)
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, indent=1))
    tmp.replace(file)


def load() -> list[float]:
    return [round(x, 1) for x in os.getloadavg()]


def analyze_line(r: dict[str, Any]) -> str:
    rate = r["coded"] / r["seconds"]
    return (
        f"{r['articles']:>6} articles  {LABELS[r['mode']] + (' ' + str(r['workers']) if r['mode'] == 'dask' else ''):31}"
        f"{rate:6.2f} articles/s {r['tokens'] / r['seconds']:7.0f} tokens/s  {r['seconds']:8.1f} s  "
        f"projected {rate * 86400:>9,.0f} articles/day  peak: driver {r['driver_mb']:5.0f} MB, "
        f"largest child {r['worker_mb']:5.0f} MB  CPU {r['driver_cpu'] + r['worker_cpu']:7.0f} s  "
        f"stored {r['stored']}, near-dup {r['duplicates']}, coded {r['coded']}  load {r['load_before'][0]}->{r['load_after'][0]}"
    )


def profile_line(r: dict[str, Any]) -> str:
    """Peak memory so far at each tenth of the run (flat when memory does not grow with the corpus)."""
    steps = ", ".join(f"{int(n)}: {d:.0f}/{c:.0f}" for n, d, c in r.get("memory_profile", []))
    return f"    peak MB so far (articles saved: driver/largest child) {steps}"


def bench_analyze(args: argparse.Namespace, work: Path) -> None:
    sizes = [int(s) for s in str(args.articles).split(",") if int(s) > 0]
    for size in sizes:
        corpus = write_corpus(work / f"corpus-{size}-s{args.seed}", size, args.seed)
        info = corpus_info(corpus)
        print(
            f"corpus: {size} synthetic articles ({info['tokens']} tokens, {info['mb']} MB) from the "
            f"sentences of {EXAMPLES.name}",
            flush=True,
        )
        dbs = []
        for mode in args.modes.split(","):
            db = work / f"analyze-{size}-{mode}.duckdb"
            remove_db(db)
            before = load()
            r = child(
                ["--worker", mode, "--corpus", str(corpus), "--db", str(db), "--workers", str(args.workers)]
            )
            entry = {
                "bench": "analyze",
                "mode": mode,
                "workers": args.workers if mode == "dask" else None,
                "articles": size,
                "tokens": info["tokens"],
                "load_before": before,
                "load_after": load(),
                **r,
            }
            print(analyze_line(entry), flush=True)
            print(profile_line(entry), flush=True)
            if r["coded"] != size:
                print(f"  NOTE: {size - r['coded']} of {size} articles were not coded", flush=True)
            record(args.results, entry)
            dbs.append(db)
        if len(dbs) > 1:
            same = same_stores(dbs)
            print(
                "stores identical (articles, mentions, events, axes, skipped)" if same else "STORES DIFFER",
                flush=True,
            )
            record(
                args.results, {"bench": "same-stores", "articles": size, "modes": args.modes, "same": same}
            )
        if not args.keep:
            for db in dbs:
                remove_db(db)


def remove_db(db: Path) -> None:
    for stale in (db, Path(str(db) + ".wal")):
        stale.unlink(missing_ok=True)


def copy_db(src: Path, dst: Path) -> None:
    remove_db(dst)
    shutil.copyfile(src, dst)
    if Path(str(src) + ".wal").is_file():
        shutil.copyfile(str(src) + ".wal", str(dst) + ".wal")


def base_store(work: Path, size: int, seed_db: Path, seed: int) -> Path:
    """The filled store of `size` articles, kept in `work` (grown from the largest smaller one there)."""
    path = work / f"store-{size}.duckdb"
    if path.is_file():
        print(f"  store of {size} articles: kept from an earlier run ({path})", flush=True)
        return path
    smaller = sorted(
        n
        for n in (
            int(p.stem.split("-")[1]) for p in work.glob("store-*.duckdb") if p.stem.split("-")[1].isdigit()
        )
        if n < size
    )
    building = work / "store-building.duckdb"
    remove_db(building)
    if smaller:
        copy_db(work / f"store-{smaller[-1]}.duckdb", building)
    done = child(
        [
            "--worker",
            "fill",
            "--db",
            str(building),
            "--seed-db",
            str(seed_db),
            "--target",
            str(size),
            "--seed",
            str(seed),
        ]
    )
    copy_db(building, path)
    remove_db(building)
    print(
        f"  filled to {done['stored']} articles in {done['seconds']:.0f} s without parsing "
        f"({done['added']} stored by this fill with signatures and band keys, {done['duplicates']} near-duplicates, "
        f"{done['copied']} given a seed article's analysis)",
        flush=True,
    )
    return path


def bench_ingest(args: argparse.Namespace, work: Path) -> None:
    sizes = sorted(int(s) for s in args.store_sizes.split(","))
    seed_db = work / f"seed-{args.seed_articles}.duckdb"
    if not seed_db.is_file():
        corpus = write_corpus(
            work / f"seed-corpus-{args.seed_articles}-s{args.seed + 500}",
            args.seed_articles,
            args.seed + 500,
            "seed",
        )
        print(
            f"analysing {args.seed_articles} seed articles for real (their analyses are copied into the fill)"
        )
        building = work / "seed-building.duckdb"
        remove_db(building)
        child(["--worker", "one", "--corpus", str(corpus), "--db", str(building), "--workers", "1"])
        copy_db(building, seed_db)
        remove_db(building)
    probe = work / "no-probe"
    if args.probe > 0:
        probe = write_corpus(
            work / f"probe-{args.probe}-s{args.seed + 2000}", args.probe, args.seed + 2000, "probe"
        )
    print(
        f"ingest into a store of each size: a real analyze of the same {args.probe} new articles "
        f"(fresh process, --n-process {args.probe_processes}) into a copy of the filled store",
        flush=True,
    )
    for size in sizes:
        base = base_store(work, size, seed_db, args.seed + 1000)
        if args.probe == 0:  # only fill the stores (kept with --keep for later probes)
            continue
        db = work / f"probe-{size}-{os.getpid()}.duckdb"
        copy_db(base, db)
        before = load()
        r = child(
            [
                "--worker",
                "probe",
                "--corpus",
                str(probe),
                "--db",
                str(db),
                "--workers",
                str(args.probe_processes),
            ]
        )
        entry = {
            "bench": "ingest",
            "store": size,
            "probe": args.probe,
            "processes": args.probe_processes,
            "load_before": before,
            "load_after": load(),
            **r,
        }
        print(ingest_lines(entry), flush=True)
        record(args.results, entry)
        remove_db(db)
    if not args.keep:
        for path in work.glob("store-*.duckdb"):
            remove_db(path)


def ingest_lines(r: dict[str, Any]) -> str:
    per = 1000 / r["seen"]
    head = (
        f"store of {r['store']:>7} articles: {r['seen']} new ({r['stored']} stored, {r['duplicates']} near-dup, "
        f"{r['coded']} coded) in {r['seconds']:.1f} s wall, {r['cpu']:.1f} s CPU = {r['seconds'] * per:.1f} s "
        f"({r['cpu'] * per:.1f} CPU-s) per 1,000; peak {r['driver_mb']:.0f} MB; load {r['load_before'][0]}->{r['load_after'][0]}"
    )
    stages = "\n".join(
        f"    {k:42} {v * per:8.2f} s wall {r['stages'].get(k + ' [CPU]', 0.0) * per:8.2f} s CPU per 1,000"
        for k, v in r["stages"].items()
        if not k.endswith(" [CPU]")
    )
    return head + "\n" + stages


def summary(path: str) -> None:
    results = json.loads(Path(path).read_text())
    runs = [r for r in results if r["bench"] == "analyze"]
    if runs:
        print("analyze (each a fresh process; figures as measured, with the machine's load average):")
        for r in sorted(runs, key=lambda r: (r["mode"], r["articles"], r["when"])):
            print(f"  {r['when']} {r['commit']}  " + analyze_line(r))
            print("  " + profile_line(r))
    for r in results:
        if r["bench"] == "same-stores":
            print(
                f"  {r['when']} stores of {r['articles']} articles ({r['modes']}): {'identical' if r['same'] else 'DIFFER'}"
            )
    probes = [r for r in results if r["bench"] == "ingest"]
    if probes:
        print("ingest of new articles into a store of each size (a real analyze, fresh process):")
        for r in probes:
            print(f"  {r['when']} {r['commit']}  " + ingest_lines(r))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--articles", default="20000", help="synthetic articles to analyze, comma-separated sizes (0: skip)"
    )
    parser.add_argument("--modes", default="one,cores,dask", help="comma-separated: one, cores, dask")
    parser.add_argument("--workers", type=int, default=2, help="Dask LocalCluster worker processes")
    parser.add_argument(
        "--store-sizes", default="", help="store sizes for the ingest timing, e.g. 0,50000,100000,200000"
    )
    parser.add_argument(
        "--probe",
        type=int,
        default=1000,
        help="new articles analysed at each store size (0: fill the stores only)",
    )
    parser.add_argument("--probe-processes", type=int, default=1, help="--n-process of the probe's analyze")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--seed-articles", type=int, default=SEED_ARTICLES, help="really analysed articles the fill copies"
    )
    parser.add_argument(
        "--work",
        default=None,
        help="folder for corpora and stores, kept between runs (default: a temporary one)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the databases in --work (the filled stores are reused)"
    )
    parser.add_argument("--results", default=None, help="JSON file each result is appended to")
    parser.add_argument("--note", default="", help="a note stored with each result (e.g. the machine's load)")
    parser.add_argument("--summary", action="store_true", help="print the results file and stop")
    parser.add_argument("--worker", choices=("one", "cores", "dask", "probe", "fill"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--seed-db", help=argparse.SUPPRESS)
    parser.add_argument("--target", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    global NOTE
    NOTE = args.note
    if args.worker == "probe":
        print(json.dumps(run_probe(Path(args.corpus), Path(args.db), args.workers)))
        return
    if args.worker == "fill":
        print(json.dumps(run_fill(Path(args.db), Path(args.seed_db), args.target, args.seed)))
        return
    if args.worker:
        print(json.dumps(run_analyze(args.worker, Path(args.corpus), Path(args.db), args.workers)))
        return
    if args.summary:
        if not args.results:
            raise SystemExit("--summary needs --results FILE")
        summary(args.results)
        return
    if args.work:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        run(args, work)
    else:
        with tempfile.TemporaryDirectory() as name:
            run(args, Path(name))


def run(args: argparse.Namespace, work: Path) -> None:
    if str(args.articles) != "0":
        bench_analyze(args, work)
    if args.store_sizes:
        bench_ingest(args, work)


if __name__ == "__main__":
    main()
