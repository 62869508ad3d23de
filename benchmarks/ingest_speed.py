"""Ingestion speed and memory: split the example corpus (and the shared seeds when present).

Prints numbers only; nothing is asserted. Run: .venv/bin/python benchmarks/ingest_speed.py
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from realpolitik.config import Settings
from realpolitik.ingest import read_articles
from realpolitik.ingest.language import detector

ROOT = Path(__file__).resolve().parent.parent
TARGETS = [ROOT / "examples" / "corpus", ROOT.parent / "shared" / "seeds"]


def main() -> None:
    t0 = time.perf_counter()
    detector()  # built once per process; timed apart from the splitting
    print(f"language detector built in {time.perf_counter() - t0:.2f} s")
    for target in TARGETS:
        if not target.exists():
            print(f"{target}: not present, skipped")
            continue
        files = [
            p for p in target.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".html", ".jsonl"}
        ]
        size = sum(p.stat().st_size for p in files)
        t0 = time.perf_counter()
        result = read_articles([target], Settings())
        took = time.perf_counter() - t0
        words = sum(len(a.text.split()) for a in result.articles)
        print(
            f"{target.name}: {len(files)} files, {size / 1024:.0f} KiB -> {len(result.articles)} articles, "
            f"{words} words, {len(result.duplicates)} near-duplicates, {len(result.skipped)} skipped "
            f"in {took:.2f} s ({size / 1024 / max(took, 1e-9):.0f} KiB/s, {words / max(took, 1e-9):.0f} words/s)"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
