"""Walks the web app in headless Chromium over any database and saves screenshots (docs/webapp.png).

Starts `realpolitik serve` on 127.0.0.1, opens the permalink of the busiest dyad and of its first actor,
the dyad, actor, events, outlets and search pages and an article, and prints what it saw and how long
each step took; fails loudly if a step finds nothing. `--width 390` shows the phone layout.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


GRAPH_READY = "() => window.realpolitikGraph && window.realpolitikGraph.nodes().length > 0"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", required=True)
    ap.add_argument(
        "--out", default="docs/webapp.png", help="screenshot of the network page with a dyad open"
    )
    ap.add_argument("--extra", default=None, help="folder for the other pages' screenshots (optional)")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=860)
    args = ap.parse_args()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "realpolitik", "serve", "--db", args.db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(150):
            try:
                httpx.get(url + "/openapi.json", timeout=1.0)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        edges = httpx.get(url + "/api/dyads?limit=1").json()["items"]
        if not edges:
            print("no dyad in this database: nothing to click", file=sys.stderr)
            return 1
        top = edges[0]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            t0 = time.perf_counter()
            # The permalink of the busiest dyad: the page opens with it selected.
            page.goto(url + f"/?dyad={top['a']}:{top['b']}")
            page.wait_for_function(GRAPH_READY)
            page.wait_for_selector("#evidence tbody tr .sentence")
            n_nodes = page.evaluate("() => window.realpolitikGraph.nodes().length")
            n_edges = page.evaluate("() => window.realpolitikGraph.edges().length")
            print(f"network: {n_nodes} nodes, {n_edges} edges, dyad {top['a']}-{top['b']} with "
                  f"{page.locator('#evidence tbody tr').count()} evidence rows ({time.perf_counter() - t0:.2f} s)")  # fmt: skip
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=args.out)
            if args.extra:
                extra = Path(args.extra)
                extra.mkdir(parents=True, exist_ok=True)
                page.goto(url + f"/?actor={top['a']}")
                page.wait_for_function(GRAPH_READY)
                page.wait_for_selector("#evidence tbody tr .sentence")
                page.screenshot(path=str(extra / "node.png"))
                for name, path in (
                    ("dyad", f"/dyad/{top['a']}/{top['b']}"),
                    ("actor", f"/actor/{top['a']}"),
                    ("events", "/events?quad=4"),
                    ("outlets", "/outlets"),
                    ("search", "/search?q=ceasefire"),
                ):
                    t1 = time.perf_counter()
                    page.goto(url + path)
                    page.screenshot(path=str(extra / f"{name}.png"), full_page=True)
                    print(f"{name}: {path} ({time.perf_counter() - t1:.2f} s)")
                page.goto(url + f"/dyad/{top['a']}/{top['b']}")
                page.locator("#evidence a").filter(has_text="open").first.click()
                page.wait_for_selector("#article-text")
                page.screenshot(path=str(extra / "article.png"), full_page=True)
                print(f"article: {page.locator('#article-title').inner_text()!r}")
            browser.close()
            if errors:
                print("page errors:", errors, file=sys.stderr)
                return 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"saved {args.out} ({Path(args.out).stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
