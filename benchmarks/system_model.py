"""The system model on synthetic events: dyads by month, the signed graph, blocs with stability.

Writes N synthetic events straight into a real store (three camps of ten actors: cooperation inside
a camp, conflict across, with noise), then measures each step in a fresh process so the peak
memory printed belongs to the measurement alone. Run several sizes to see memory stay flat as the
number of events grows. Prints numbers only; nothing is asserted.

    python benchmarks/system_model.py                        # 100k, 300k and 1M events
    python benchmarks/system_model.py --sizes 20000 --runs 50
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from realpolitik.store import Reader, Store
from realpolitik.system import ModelSettings, dyads, graph_from_dyads, stable_blocs

ACTORS = 30  # three camps of ten
EVENTS_PER_ARTICLE = 5
DAYS = 5 * 365


def build(path: Path, n_events: int) -> None:
    """N events in N/5 articles, written with SQL into the store's own schema.

    Each random draw hashes its own integer (i * 16 + k): DuckDB's hash(i, k) of the same i shares
    its low bits across k, which once tied the actor, the partner and the noise of an event together.
    """
    with Store(path):
        pass  # creates the schema
    n_articles = max(1, n_events // EVENTS_PER_ARTICLE)
    con = duckdb.connect(str(path))
    con.execute(
        f"""
        INSERT INTO articles (id, source, start_line, end_line, title, date, date_ambiguous, outlet,
                              language, text, ingested_at, coded_at)
        SELECT 'a' || i, 'synthetic', 1, 1, NULL, DATE '2020-01-01' + CAST(hash(i * 16 + 1) % {DAYS} AS INTEGER),
               FALSE, 'Outlet ' || CAST(hash(i * 16 + 2) % 8 AS VARCHAR), 'en', 'synthetic', now(), now()
        FROM range({n_articles}) t(i)
        """
    )
    con.execute(
        f"""
        INSERT INTO events (id, article_id, idx, event, cameo, goldstein, quad_class, source, target,
                            modality, date, date_precision, evidence_start, evidence_end, evidence_text,
                            trigger, confidence, reciprocal)
        WITH x AS (
            SELECT i, i // {EVENTS_PER_ARTICLE} AS art, i % {EVENTS_PER_ARTICLE} AS idx,
                   CAST(hash(i * 16 + 3) % {ACTORS} AS INTEGER) AS a, hash(i * 16 + 4) % 100 AS r1,
                   hash(i * 16 + 5) % 100 AS r2, CAST(hash(i * 16 + 6) % 10 AS INTEGER) AS off
            FROM range({n_articles * EVENTS_PER_ARTICLE}) t(i)
        ), y AS (
            -- 70% with a camp-mate, else with any actor of the two other camps
            SELECT *, CASE WHEN r1 < 70 THEN (a // 10) * 10 + (a % 10 + 1 + off % 9) % 10
                           ELSE ((a // 10 + 1 + CAST(hash(i * 16 + 8) % 2 AS INTEGER)) % 3) * 10
                                + CAST(hash(i * 16 + 9) % 10 AS INTEGER) END AS b
            FROM x
        ), z AS (
            -- cooperation inside a camp and conflict across, each with 15% noise
            SELECT *, CAST(CASE WHEN (r1 < 70) = (r2 < 85) THEN 1 + r2 % 2 ELSE 3 + r2 % 2 END AS INTEGER) AS q,
                   'C' || CAST(a AS VARCHAR) AS ca, 'C' || CAST(b AS VARCHAR) AS cb
            FROM y
        )
        SELECT 'a' || art || ':' || idx, 'a' || art, idx,
               ['CONSULT', 'AID', 'ACCUSE', 'ASSAULT'][q], ['040', '070', '112', '190'][q],
               [1.0, 7.0, -2.0, -10.0][q], q,
               -- one event in ten is reciprocal ("A and B clashed"): both parties as sources, no target
               CASE WHEN r2 % 10 = 0 THEN [{{'code': ca, 'sector': 'GOV', 'text': ca}},
                                           {{'code': cb, 'sector': 'GOV', 'text': cb}}]
                    ELSE [{{'code': ca, 'sector': 'GOV', 'text': ca}}] END,
               CASE WHEN r2 % 10 = 0 THEN [] ELSE [{{'code': cb, 'sector': 'GOV', 'text': cb}}] END,
               'asserted', NULL, 'article', 0, 9, 'synthetic', 'x', 1.0, r2 % 10 = 0
        FROM z
        """
    )
    con.close()


def measure(db: Path, runs: int, bloc_runs: int, memory_limit: str) -> dict[str, float]:
    con = duckdb.connect(str(db), read_only=True, config={"memory_limit": memory_limit})
    reader = Reader(con, path=str(db))
    settings = ModelSettings(runs=runs, bloc_runs=bloc_runs)
    out: dict[str, float] = {}
    t0 = time.perf_counter()
    monthly = dyads(reader, window="month", settings=settings, with_ids=False)
    out["dyads_by_month_s"] = time.perf_counter() - t0
    out["dyad_months"] = len(monthly)
    out["uncertain_share"] = sum(d.uncertain for d in monthly) / max(1, len(monthly))
    t0 = time.perf_counter()
    whole = dyads(reader, window="all", settings=settings, with_ids=False)
    graph = graph_from_dyads(whole)
    out["signed_graph_s"] = time.perf_counter() - t0
    out["edges"] = graph.number_of_edges()
    t0 = time.perf_counter()
    found = stable_blocs(reader, whole, settings=settings)
    out["blocs_with_stability_s"] = time.perf_counter() - t0
    out["blocs"] = len([b for b in found.blocs if len(b) > 1])
    camps = [{f"C{c * 10 + k}" for k in range(10)} for c in range(ACTORS // 10)]
    out["camps_recovered"] = sum(1 for b in found.blocs if set(b) in camps)
    out["mean_stability"] = sum(s for _, s in found.stability) / max(1, len(found.stability))
    out["events"] = reader.count_events()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    con.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,300000,1000000", help="numbers of events, comma-separated")
    defaults = ModelSettings()
    ap.add_argument("--runs", type=int, default=defaults.runs, help="bootstrap replicates per dyad interval")
    ap.add_argument(
        "--bloc-runs", type=int, default=defaults.bloc_runs, help="resampled runs for bloc stability"
    )
    ap.add_argument("--memory-limit", default="1GB", help="DuckDB's memory limit for the measurement")
    ap.add_argument("--measure", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.runs, args.bloc_runs, args.memory_limit)))
        return
    print(f"{'events':>9} {'dyad-months':>11} {'by month':>9} {'graph':>7} {'blocs+stab':>10} "
          f"{'peak RSS':>9} {'blocs':>5} {'camps':>5} {'stability':>9} {'uncertain':>9}")  # fmt: skip
    for n in (int(x) for x in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "synthetic.duckdb"
            build(db, n)
            cmd = [sys.executable, __file__, "--measure", str(db), "--runs", str(args.runs),
                   "--bloc-runs", str(args.bloc_runs), "--memory-limit", args.memory_limit]  # fmt: skip
            r = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            print(
                f"{int(r['events']):>9} {int(r['dyad_months']):>11} {r['dyads_by_month_s']:>8.1f}s "
                f"{r['signed_graph_s']:>6.1f}s {r['blocs_with_stability_s']:>9.1f}s {r['peak_rss_mb']:>7.0f}MB "
                f"{int(r['blocs']):>5} {int(r['camps_recovered']):>5} {r['mean_stability']:>9.2f} {r['uncertain_share']:>9.1%}",
                flush=True,
            )


if __name__ == "__main__":
    main()
