"""Load test of the web app: 8 concurrent clients against /api/events and the analyst's pages (events
table with facets, its CSV/JSON exports, actor and dyad pages, search, overview, GraphML) on a database
of >= 50,000 events.

Builds (or reuses) a synthetic DuckDB with the project's Store, starts `realpolitik serve` on 127.0.0.1,
and prints requests per second, latency percentiles and failures. Loopback only; bounded in count and time.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import httpx

from realpolitik.records import MODALITIES, ActorMention, Article, Event, EventActor
from realpolitik.store import Store

ACTORS = [
    "RUS",
    "TUR",
    "AZE",
    "ARM",
    "IRN",
    "ISR",
    "USA",
    "FRA",
    "GEO",
    "UKR",
    "IGO-EU",
    "IGO-NATO",
    "IGO-UN",
    "XNK",
]
OUTLETS = [f"Outlet {i}" for i in range(1, 9)]
# (PLOVER type, CAMEO, Goldstein, quad class, verb)
KINDS = [
    ("CONSULT", "040", 1.0, 1, "consulted"),
    ("AGREE", "057", 8.0, 1, "signed an agreement with"),
    ("AID", "070", 7.0, 2, "sent aid to"),
    ("ACCUSE", "112", -2.0, 3, "accused"),
    ("THREATEN", "138", -7.0, 3, "threatened"),
    ("ASSAULT", "190", -10.0, 4, "attacked"),
]
EVENTS_PER_ARTICLE = 20


def build(path: Path, n_events: int, seed: int = 11) -> None:
    """Write synthetic articles whose sentences say plainly that they are synthetic test data."""
    rng = random.Random(seed)
    n_articles = -(-n_events // EVENTS_PER_ARTICLE)
    start = date(2020, 1, 1)
    with Store(path) as store:
        batch: list[tuple[Article, list[ActorMention], list[Event]]] = []
        for i in range(n_articles):
            day = (start + timedelta(days=rng.randrange(6 * 365))).isoformat()
            sentences, events, mentions = [], [], []
            pos = 0
            for j in range(EVENTS_PER_ARTICLE):
                a, b = rng.sample(ACTORS, 2)
                kind, cameo, gold, quad, verb = rng.choice(KINDS)
                sent = f"Synthetic record {i}.{j}: {a} {verb} {b}."
                s0 = pos + sent.index(a)
                mentions.append(ActorMention(s0, s0 + len(a), a, a, None, a, "synthetic"))
                t0 = pos + sent.rindex(b)
                mentions.append(ActorMention(t0, t0 + len(b), b, b, None, b, "synthetic"))
                events.append(
                    Event(
                        event=kind, cameo=cameo, goldstein=gold, quad_class=quad,
                        source=(EventActor(a, None, a),), target=(EventActor(b, None, b),),
                        modality=rng.choices(MODALITIES, weights=[80, 5, 5, 5, 5])[0], attribution=None,
                        date=day, date_precision="article", evidence_start=pos, evidence_end=pos + len(sent),
                        trigger=verb.split()[0],
                    )
                )  # fmt: skip
                sentences.append(sent)
                pos += len(sent) + 1
            text = " ".join(sentences)
            art = Article(f"synthetic{i:07d}", "synthetic", 1, 1, f"Synthetic article {i}", day, None,
                          rng.choice(OUTLETS), "en", text)  # fmt: skip
            batch.append((art, mentions, events))
            if len(batch) == 200 or i == n_articles - 1:
                store.add_articles(a for a, _, _ in batch)
                for art, ms, evs in batch:
                    store.save_analysis(art.id, ms, evs, art.text)
                batch = []


def event_count(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        con = duckdb.connect(str(path), read_only=True)
        row = con.execute("SELECT count(*) FROM events").fetchone()
        con.close()
        return int(row[0]) if row else 0
    except duckdb.Error:
        return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def random_query(rng: random.Random) -> str:
    params: dict[str, str] = {
        "limit": str(rng.choice([10, 50, 100])),
        "offset": str(rng.choice([0, 0, 50, 500])),
    }
    pick = rng.randrange(6)
    if pick == 0:
        params["actor"] = rng.choice(ACTORS)
    elif pick == 1:
        a, b = rng.sample(ACTORS, 2)
        params["dyad"] = f"{a}:{b}"
    elif pick == 2:
        y = rng.randrange(2020, 2025)
        params["since"], params["until"] = f"{y}-01-01", f"{y}-06-30"
    elif pick == 3:
        params["modality"] = rng.choice(MODALITIES)
    elif pick == 4:
        params["outlet"] = rng.choice(OUTLETS)
        params["actor"] = rng.choice(ACTORS)
    return "/api/events?" + "&".join(f"{k}={v}" for k, v in params.items())


def random_page(rng: random.Random) -> str:
    """One of the browser-facing pages with varied state in its URL."""
    a, b = rng.sample(ACTORS, 2)
    y = rng.randrange(2020, 2025)
    pick = rng.randrange(8)
    if pick == 0:
        facet = rng.choice(
            ["quad=4", "event=ASSAULT", f"actor={a}", "modality=negated", f"since={y}-01-01&until={y}-12-31"]
        )
        return f"/events?{facet}&sort={rng.choice(['-date', 'goldstein', 'outlet'])}&page={rng.choice([1, 2, 40])}"
    if pick == 1:
        return f"/events.csv?actor={a}&size={rng.choice([50, 500])}" + (
            "&all=1" if rng.random() < 0.2 else ""
        )
    if pick == 2:
        return f"/events.json?dyad={a}:{b}&page=1"
    if pick == 3:
        return f"/actor/{a}?page={rng.choice([1, 2, 5])}&psort={rng.choice(['-events', 'net', 'partner'])}"
    if pick == 4:
        return f"/dyad/{a}/{b}?page={rng.choice([1, 3])}&sort={rng.choice(['-date', 'confidence'])}"
    if pick == 5:
        return f"/search?q={rng.choice(['synthetic', 'attacked', 'aid'])}&page={rng.choice([1, 2])}"
    if pick == 6:
        return "/api/timeline" + rng.choice(["", "?modality=all"])
    return f"/api/graph.graphml?since={y}-01-01&until={y}-12-31"


def _ok(path: str, r: httpx.Response) -> bool:
    if r.status_code != 200:
        return False
    if path.startswith("/api/events"):
        return "items" in r.json()
    if path.startswith("/api/graph.graphml"):
        return "<graphml" in r.text
    return len(r.content) > 0


def run(
    url: str, clients: int, total: int, max_seconds: float, pages: float = 0.25
) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()
    counter = iter(range(total))
    deadline = time.monotonic() + max_seconds

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=url, timeout=30.0) as c:
            while time.monotonic() < deadline:
                with lock:
                    if next(counter, None) is None:
                        return
                q = random_page(rng) if rng.random() < pages else random_query(rng)
                t0 = time.perf_counter()
                try:
                    r = c.get(q)
                    ok = _ok(q, r)
                    err = f"{r.status_code} {q}"
                except httpx.HTTPError as exc:
                    ok, err = False, f"{type(exc).__name__} {q}"
                dt = time.perf_counter() - t0
                with lock:
                    latencies.append(dt)
                    if not ok:
                        failures.append(err)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, failures, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default="out/bench_web.duckdb", help="database to build or reuse")
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=2_000, help="total requests (upper bound)")
    ap.add_argument("--seconds", type=float, default=60.0, help="time limit of the load phase")
    ap.add_argument("--pages", type=float, default=0.25, help="share of requests that go to the pages")
    args = ap.parse_args()
    db = Path(args.db)
    have = event_count(db)
    if have < args.events:
        if db.exists():
            db.unlink()
        t0 = time.perf_counter()
        build(db, args.events)
        print(f"built {db} with {event_count(db):,} synthetic events in {time.perf_counter() - t0:.1f} s")
    else:
        print(f"reusing {db} with {have:,} events")

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "realpolitik", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(150):
            try:
                httpx.get(url + "/openapi.json", timeout=1.0)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            print("server did not start", file=sys.stderr)
            return 1
        httpx.get(url + "/api/events?limit=1", timeout=30)  # warm-up
        for warm in ("/events", "/api/timeline", "/api/graph.graphml"):
            httpx.get(url + warm, timeout=120)
        lat, failures, wall = run(url, args.clients, args.requests, args.seconds, args.pages)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    lat.sort()
    p95 = lat[max(0, int(len(lat) * 0.95) - 1)] if lat else float("nan")
    print(f"clients: {args.clients}, requests: {len(lat)} ({args.pages:.0%} to pages), wall: {wall:.1f} s")
    print(f"requests/second: {len(lat) / wall:.1f}")
    print(
        f"latency p50: {statistics.median(lat) * 1000:.0f} ms, p95: {p95 * 1000:.0f} ms, max: {lat[-1] * 1000:.0f} ms"
    )
    print(f"failures: {len(failures)}")
    for f in failures[:10]:
        print("  failed:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
