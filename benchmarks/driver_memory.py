"""Memory of the driver's side of `analyze` on workers (issue 13): the store's writes, without the parse.

Ingests synthetic articles (made like those of benchmarks/scale.py) into a fresh store with the project's
`ingest`, then runs `scale.code_stored` (what `analyze --dask` and the local pool run in the driver) over
them with a runner whose "workers" hand back, for each article, a copy of the analysis of one of a few
really analysed seed articles (`--seeds`, analysed once with the real pipeline in this process). So the
driver reads, writes and commits exactly as in a real run, partition by partition, while no CPU goes to
parsing. Every `--every` articles saved it prints the driver's resident memory, its peak since the last
line, DuckDB's own memory (`duckdb_memory()`), Python's traced heap and the number of objects the
garbage collector tracks. Prints numbers and asserts nothing.

    python benchmarks/driver_memory.py --articles 5000 --every 500 --work /tmp/scale-driver
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gc
import json
import os
import shutil
import sys
import time
import tracemalloc
import zlib
from concurrent.futures import Future
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import PER_FILE, articles  # the synthetic corpus of benchmarks/scale.py
from worker_memory import peak_mb, rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument(
        "--seeds", type=int, default=64, help="really analysed articles whose analyses are copied"
    )
    parser.add_argument("--partition", type=int, default=32, help="articles per partition")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--work", default="/tmp/scale-driver", help="folder for the inputs and the store")
    parser.add_argument("--trace", action="store_true", help="trace Python's heap (slower)")
    parser.add_argument(
        "--dask",
        action="store_true",
        help="hand the partitions to a Dask LocalCluster of one worker (as `--dask local:1`), which sends "
        "the copied analyses back: the driver then also holds the scheduler and the client",
    )
    args = parser.parse_args()

    from realpolitik import scale
    from realpolitik.config import Settings
    from realpolitik.ingest import ingest
    from realpolitik.nlp import build_pipeline
    from realpolitik.pipeline import analyze_texts
    from realpolitik.store import Store

    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    (work / "in").mkdir(parents=True)
    made = articles(args.articles, args.seed)
    for start in range(0, len(made), PER_FILE):
        with (work / "in" / f"part{start // PER_FILE:05d}.jsonl").open("w", encoding="utf-8") as out:
            for record in made[start : start + PER_FILE]:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    settings = Settings(narratives="off")
    nlp = build_pipeline(settings)
    seeds = [
        a
        for a in analyze_texts(
            nlp, [(f"s{i}", m["text"], m["date"]) for i, m in enumerate(made[: args.seeds])]
        )
        if a.error is None
    ]
    del nlp
    gc.collect()
    print(json.dumps({"load": os.getloadavg(), "articles": args.articles, "seeds": len(seeds)}), flush=True)

    def submit(function: Any, part: tuple[tuple[str, str, str | None], ...], *rest: Any) -> Future[Any]:
        done: Future[Any] = Future()
        done.set_result(
            tuple(
                dataclasses.replace(seeds[zlib.crc32(aid.encode()) % len(seeds)], article_id=aid)
                for aid, _, _ in part
            )
        )
        return done

    runner = scale.Runner(submit, 2, scale._worker_settings(settings).to_json(), "local")
    db = work / "store.duckdb"
    began = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if args.dask:
            client = stack.enter_context(scale.dask_client("local:1"))
            shared = client.scatter([seeds], broadcast=True)[0]  # one future of the whole list
            plain = scale.dask_runner(client, settings)

            def on_dask(function: Any, part: tuple[tuple[str, str, str | None], ...], *rest: Any) -> Any:
                return plain.submit(_copies, part, shared)

            runner = scale.Runner(on_dask, 1, plain.settings_json, "dask")
        store = stack.enter_context(Store(db))
        report = ingest([str(work / "in")], store, settings)
        ids = store.uncoded_article_ids()
        print(
            f"ingested {report.articles_added} articles in {time.perf_counter() - began:.0f} s, "
            f"rss {rss_mb():.0f} MB",
            flush=True,
        )
        if args.trace:
            tracemalloc.start()
        print("saved\trss_mb\tpeak_mb\tduckdb_mb\tpy_heap_mb\tgc_objects\twall_s", flush=True)
        peak_mb()
        saved = 0

        def tick() -> None:
            nonlocal saved
            saved += 1
            if saved % args.every == 0 or saved == len(ids):
                duck = store.con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()
                heap = tracemalloc.get_traced_memory()[0] / 2**20 if args.trace else -1
                row = [
                    saved,
                    round(rss_mb(), 1),
                    round(peak_mb(), 1),
                    round((duck[0] or 0) / 2**20, 1) if duck else -1,
                    round(heap, 1),
                    len(gc.get_objects()),
                    round(time.perf_counter() - began),
                ]
                print("\t".join(str(v) for v in row), flush=True)

        scale.code_stored(store, ids, runner, articles_per_partition=args.partition, on_article=tick)
    print(json.dumps({"load": os.getloadavg(), "seconds": round(time.perf_counter() - began, 1)}))


def _copies(part: tuple[tuple[str, str, str | None], ...], seeds: list[Any]) -> tuple[Any, ...]:
    """On the worker: a copy of a seed analysis for each article of the partition."""
    return tuple(
        dataclasses.replace(seeds[zlib.crc32(aid.encode()) % len(seeds)], article_id=aid)
        for aid, _, _ in part
    )


if __name__ == "__main__":
    main()
