"""Memory of one worker's coding loop against the number of articles it has coded (issue 13).

Runs, in this one process and without Dask, the function a Dask or pool worker runs on each partition of
stored articles (`scale._analyze_partition`, with the worker's settings and pipeline), over synthetic
articles made like those of benchmarks/scale.py. Every `--every` articles it prints the resident memory,
the sizes of spaCy's string store and lexeme table, and the sizes of the project's caches, so anything
that grows with the corpus shows. Prints numbers and asserts nothing. Columns: resident memory after the
partition; the mean and the largest of the partitions' own peaks since the previous line; strings in
`nlp.vocab.strings` now; lexemes spaCy has made so far (its counter, which a memory zone does not lower
when it frees them); lexicon keys remembered by the coder; events; CPU seconds; the coder's de-inflection
cache (bounded).

    python benchmarks/worker_memory.py --articles 3000 --every 250
    python benchmarks/worker_memory.py --articles 3000 --novel 20     # plus 20 new word forms an article
    python benchmarks/worker_memory.py --articles 1000 --trace 10     # the 10 sites whose memory grew most

`--novel K` adds K made-up names and figures to each article, words no earlier article had (real news
keeps bringing new names, numbers and misspellings; the synthetic corpus alone draws from a fixed pool of
sentences, so its vocabulary stops growing after a few hundred articles).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import articles  # the synthetic corpus of benchmarks/scale.py

_SYLLABLES = ("ka", "ve", "lor", "mi", "tan", "sul", "dre", "on", "pax", "ri", "zem", "bu", "qel", "ash")


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb(reset: bool = True) -> float:
    """This process's peak resident memory since the last reset (VmHWM, Linux), in MB; then reset it, so
    each partition's own peak is read (a running peak only ever rises, whatever the memory does)."""
    with open("/proc/self/status") as f:
        found = next(line for line in f if line.startswith("VmHWM:"))
    if reset:
        try:
            with open("/proc/self/clear_refs", "w") as f:
                f.write("5")
        except OSError:  # not Linux, or not allowed: the running peak is read instead
            pass
    return int(found.split()[1]) / 1024


def novel_words(rng: random.Random, k: int) -> str:
    """`k` new word forms in a sentence: made-up names and figures."""
    words = []
    for _ in range(k):
        if rng.random() < 0.5:
            words.append("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize())
        else:
            words.append(f"{rng.randint(1000, 999_999):,}")
    return "Officials named " + ", ".join(words) + " in the report."


def caches() -> dict[str, int]:
    """Sizes of the project's caches that could grow with what is coded."""
    from realpolitik.events import tree

    return {"deinflected": tree._deinflected.cache_info().currsize}


def lexicon_ready(nlp: Any) -> int:
    lexicon = getattr(nlp.get_pipe("realpolitik_events"), "lexicon", None)
    return len(getattr(lexicon, "_ready", {}))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--every", type=int, default=250, help="print a line every N articles")
    parser.add_argument("--partition", type=int, default=32, help="articles per partition (a worker's task)")
    parser.add_argument("--novel", type=int, default=0, help="new word forms added to each article")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--trace", type=int, default=0, help="tracemalloc: show the N sites that grew most")
    parser.add_argument(
        "--dask",
        choices=("off", "profiled", "unprofiled"),
        default="off",
        help="run the partitions on a Dask LocalCluster of one worker instead (its statistical profiler on "
        "or off) and print that worker's memory and the seconds of profile it keeps",
    )
    args = parser.parse_args()
    if args.dask != "off":
        on_dask(args)
        return

    from realpolitik import scale
    from realpolitik.config import Settings

    settings_json = scale._worker_settings(Settings()).to_json()
    began = time.perf_counter()
    nlp = scale._pipeline(settings_json)
    print(f"pipeline built in {time.perf_counter() - began:.1f} s, rss {rss_mb():.0f} MB", flush=True)
    rng = random.Random(args.seed)
    made = articles(args.articles, args.seed)
    items = []
    for n, art in enumerate(made):
        text = art["text"]
        if args.novel:
            text += "\n\n" + novel_words(rng, args.novel)
        items.append((f"a{n:07d}", text, art["date"]))
    del made
    gc.collect()
    header = [
        "articles",
        "rss_mb",
        "mean_peak_mb",
        "max_peak_mb",
        "strings",
        "lexemes_made",
        "lexicon_ready",
        "events",
        "cpu_s",
    ]
    print(json.dumps({"load": os.getloadavg(), "articles": args.articles, "novel": args.novel}))
    print("\t".join(header + list(caches())), flush=True)
    snapshot = None
    peaks: list[float] = []  # each partition's peak resident memory, since the last line
    peak_mb()
    events = 0
    done = 0
    for start in range(0, len(items), args.partition):
        part = tuple(items[start : start + args.partition])
        analyses = scale._analyze_partition(part, 64, settings_json)
        events += sum(len(a.events) for a in analyses)
        del analyses
        peaks.append(peak_mb())
        before, done = done, start + len(part)
        if done // args.every != before // args.every or done == len(items):
            row = [
                done,
                round(rss_mb(), 1),
                round(sum(peaks) / len(peaks), 1),
                round(max(peaks), 1),
                len(nlp.vocab.strings),
                len(nlp.vocab),
                lexicon_ready(nlp),
                events,
                round(time.process_time(), 1),
            ]
            print("\t".join(str(v) for v in row + list(caches().values())), flush=True)
            peaks = []
            if args.trace and snapshot is None and done >= args.every:
                tracemalloc.start(8)
                snapshot = tracemalloc.take_snapshot()
    if snapshot is not None:
        after = tracemalloc.take_snapshot()
        for stat in after.compare_to(snapshot, "traceback")[: args.trace]:
            print(stat)
            for line in stat.traceback.format()[-8:]:
                print("   ", line)
    print(json.dumps({"load": os.getloadavg(), "seconds": round(time.perf_counter() - began, 1)}))


def deep_mb(value: Any) -> float:
    """Memory held by a structure of dicts, lists, tuples and strings (each object counted once), in MB."""
    seen: set[int] = set()
    stack = [value]
    total = 0
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
    return total / 2**20


def worker_stats(dask_worker: Any) -> dict[str, float]:
    """Run on a Dask worker: its memory now and its peak since the last call, the strings of its
    pipelines' vocabulary, and the profile it keeps (seconds of history and the memory they hold)."""
    from realpolitik import scale
    from realpolitik.config import Settings

    # the worker's one pipeline, as `dask_runner` had it built (found again, not built a second time)
    nlp = scale._pipeline(scale._worker_settings(Settings()).to_json())
    history = list(dask_worker.profile_history) + list(dask_worker.profile_keys_history)
    return {
        "rss_mb": round(rss_mb(), 1),
        "peak_mb": round(peak_mb(), 1),
        "strings": len(nlp.vocab.strings),
        "profile_seconds": len(dask_worker.profile_history),
        "profile_mb": round(deep_mb(history), 1),
    }


def on_dask(args: argparse.Namespace) -> None:
    import dask

    from realpolitik import scale
    from realpolitik.config import Settings

    if args.dask == "unprofiled":
        dask.config.set({"distributed.worker.profile.enabled": False})
    made = articles(args.articles, args.seed)
    items = [(f"a{n:07d}", art["text"], art["date"]) for n, art in enumerate(made)]
    began = time.perf_counter()
    with scale.dask_client("local:1") as client:
        runner = scale.dask_runner(client, Settings())
        print(json.dumps({"load": os.getloadavg(), "articles": args.articles, "dask": args.dask}))
        print("articles\twall_s\tworker_rss_mb\tworker_peak_mb\tstrings\tprofile_s\tprofile_mb", flush=True)
        client.run(worker_stats)
        done = 0
        for start in range(0, len(items), args.partition):
            part = tuple(items[start : start + args.partition])
            future = runner.submit(scale._analyze_partition, part, 64, runner.settings_json)
            future.result()
            future.release()
            before, done = done, start + len(part)
            if done // args.every != before // args.every or done == len(items):
                (stats,) = client.run(worker_stats).values()
                row = [done, round(time.perf_counter() - began), *stats.values()]
                print("\t".join(str(v) for v in row), flush=True)
    print(json.dumps({"load": os.getloadavg(), "seconds": round(time.perf_counter() - began, 1)}))


if __name__ == "__main__":
    main()
