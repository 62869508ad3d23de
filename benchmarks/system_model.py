"""Times the system model (dyads, graph, blocs, balance, perspectives, export) on synthetic events.

Prints numbers only; nothing is asserted. Usage: python benchmarks/system_model.py [N_EVENTS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from realpolitik.records import Article, Event, EventActor
from realpolitik.store import Store
from realpolitik.system import (
    disagreements,
    dyad_trends,
    dyads,
    find_blocs,
    outlet_actors,
    signed_graph,
    structural_balance,
)
from realpolitik.system.export import export

CODES = ["RUS", "TUR", "AZE", "ARM", "IRN", "ISR", "USA", "FRA", "GEO", "UKR", "DEU", "GBR", "CHN", "IND",
         "PAK", "SYR", "IRQ", "KAZ", "BLR", "IGO-EU", "IGO-NATO", "IGO-UN", "IGO-CSTO", "IGO-OSCE"]  # fmt: skip
KINDS = [("AGREE", "057", 8.0, 1), ("CONSULT", "040", 1.0, 1), ("AID", "070", 7.0, 2),
         ("ACCUSE", "112", -2.0, 3), ("THREATEN", "138", -7.0, 3), ("ASSAULT", "190", -10.0, 4)]  # fmt: skip
OUTLETS = ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]


def build(path: Path, n_events: int, per_article: int = 50) -> None:
    rng = random.Random(7)
    with Store(path) as store:
        for i in range(n_events // per_article):
            day = f"20{rng.randint(20, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            text = f"Synthetic article {i}."
            art = Article(f"b{i:07d}", "bench", 1, 1, None, day, None, rng.choice(OUTLETS), "en", text)
            store.add_articles([art])
            events = []
            for _ in range(per_article):
                a, b = rng.sample(CODES, 2)
                plover, cameo, gold, quad = rng.choice(KINDS)
                events.append(
                    Event(
                        plover,
                        cameo,
                        gold,
                        quad,
                        (EventActor(a, "GOV", a),),
                        (EventActor(b, "GOV", b),),
                        "asserted",
                        None,
                        day,
                        "article",
                        0,
                        len(text),
                    )
                )
            store.save_analysis(art.id, [], events, text)


def timed(label: str, fn) -> object:
    t0 = time.perf_counter()
    out = fn()
    print(f"{label:28} {time.perf_counter() - t0:8.3f} s")
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        timed(f"write {n} events", lambda: build(db, n))
        with Store(db, read_only=True) as store:
            timed("dyads (all)", lambda: dyads(store, window="all"))
            timed("dyads (month)", lambda: dyads(store, window="month"))
            timed("dyad trends (quarter)", lambda: dyad_trends(store, window="quarter"))
            g = timed("signed graph", lambda: signed_graph(store))
            timed("blocs (leiden multiplex)", lambda: find_blocs(g))  # type: ignore[arg-type]
            timed("structural balance", lambda: structural_balance(g))  # type: ignore[arg-type]
            timed("disagreements", lambda: disagreements(store))
            timed("outlet actors", lambda: outlet_actors(store))
            timed("export parquet", lambda: export(store, "parquet", Path(tmp) / "e.parquet"))
            timed("export plover-jsonl", lambda: export(store, "plover-jsonl", Path(tmp) / "e.jsonl"))


if __name__ == "__main__":
    main()
