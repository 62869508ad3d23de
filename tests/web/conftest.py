"""Fixtures for the web tests: a real DuckDB file built with Store from hand-written articles and events.

The texts are short statements written for these tests; the events are coded by hand from them.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from realpolitik.records import ActorMention, Article, Attribution, Event, EventActor
from realpolitik.store import Store
from realpolitik.web import create_app

XSS = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


def _mention(text: str, needle: str, code: str, sector: str | None = None) -> ActorMention:
    start = text.index(needle)
    return ActorMention(start, start + len(needle), needle, code, sector, code, f"test alias '{needle}'")


def _event(
    text: str,
    sentence: str,
    kind: str,
    cameo: str,
    goldstein: float,
    quad: int,
    src: list[tuple[str, str, str | None]],
    tgt: list[tuple[str, str, str | None]],
    trigger: str,
    date: str,
    modality: str = "asserted",
    attribution: Attribution | None = None,
    reciprocal: bool = False,
) -> Event:
    start = text.index(sentence)
    return Event(
        event=kind,
        cameo=cameo,
        goldstein=goldstein,
        quad_class=quad,
        source=tuple(EventActor(c, s, t) for t, c, s in src),
        target=tuple(EventActor(c, s, t) for t, c, s in tgt),
        modality=modality,
        attribution=attribution,
        date=date,
        date_precision="day",
        evidence_start=start,
        evidence_end=start + len(sentence),
        trigger=trigger,
        reciprocal=reciprocal,
    )


def _corpus() -> list[tuple[Article, list[ActorMention], list[Event]]]:
    out = []

    s1 = "Armenia and Azerbaijan signed a ceasefire statement brokered by Russia on 9 November 2020."
    t1 = s1 + " The statement ended six weeks of fighting in Nagorno-Karabakh."
    a1 = Article(
        "a1ceasefire00001", "wire_a.txt", 1, 3, "Ceasefire signed", "2020-11-10", None, "Wire A", "en", t1
    )
    m1 = [_mention(t1, "Armenia", "ARM"), _mention(t1, "Azerbaijan", "AZE"), _mention(t1, "Russia", "RUS")]
    e1 = [
        _event(
            t1,
            s1,
            "AGREE",
            "057",
            8.0,
            1,
            # "A and B signed": a reciprocal event whose co-sources are the pair, with no target.
            [("Armenia", "ARM", None), ("Azerbaijan", "AZE", None)],
            [],
            "signed",
            "2020-11-09",
            reciprocal=True,
        ),
    ]
    out.append((a1, m1, e1))

    s2 = "Azerbaijani forces shelled Stepanakert on 4 October 2020, Armenian officials said."
    t2 = s2 + " Baku said it was answering fire."
    a2 = Article(
        "b2shelling000002", "wire_b.txt", 1, 2, "Shelling reported", "2020-10-05", None, "Wire B", "en", t2
    )
    m2 = [_mention(t2, "Azerbaijani forces", "AZE", "MIL"), _mention(t2, "Armenian officials", "ARM", "GOV")]
    e2 = [
        _event(
            t2,
            s2,
            "ASSAULT",
            "194",
            -10.0,
            4,
            [("Azerbaijani forces", "AZE", "MIL")],
            [("Stepanakert", "ARM", None)],
            "shelled",
            "2020-10-04",
            attribution=Attribution("Armenian officials", "ARM", "GOV", "speaker"),
        ),
    ]
    out.append((a2, m2, e2))

    s3 = "Iran warned that it would not accept any change to its border with Armenia."
    t3 = s3 + " Tehran repeated the warning in 2022."
    a3 = Article(
        "c3iranwarn00003", "wire_b.txt", 4, 5, "Iran on the border", "2022-10-21", None, "Wire B", "en", t3
    )
    m3 = [_mention(t3, "Iran", "IRN"), _mention(t3, "Armenia", "ARM")]
    e3 = [
        _event(
            t3,
            s3,
            "THREATEN",
            "138",
            -7.0,
            3,
            [("Iran", "IRN", None)],
            [("Azerbaijan", "AZE", None)],
            "warned",
            "2022-10-21",
            modality="hypothetical",
        ),
    ]
    out.append((a3, m3, e3))

    s4 = "Türkiye said it supports Azerbaijan."
    t4 = f"{XSS} {s4} The text before this sentence is markup that must show as plain text."
    a4 = Article(
        "d4markup0000004", "wire_a.txt", 5, 6, f"{XSS} markup test", "2021-06-15", None, "Wire A", "en", t4
    )
    m4 = [_mention(t4, "Türkiye", "TUR"), _mention(t4, "Azerbaijan", "AZE")]
    e4 = [
        _event(
            t4,
            s4,
            "SUPPORT",
            "051",
            3.4,
            1,
            [("Türkiye", "TUR", None)],
            [("Azerbaijan", "AZE", None)],
            "supports",
            "2021-06-15",
        ),
    ]
    out.append((a4, m4, e4))

    s5 = "Azerbaijan launched a military operation in Nagorno-Karabakh on 19 September 2023."
    t5 = s5 + " The Karabakh authorities agreed to disarm a day later."
    a5 = Article("e5operation00005", "wire_a.txt", 7, 8, "Operation", "2023-09-20", None, "Wire A", "en", t5)
    m5 = [_mention(t5, "Azerbaijan", "AZE"), _mention(t5, "Nagorno-Karabakh", "XNK")]
    e5 = [
        _event(
            t5,
            s5,
            "ASSAULT",
            "190",
            -10.0,
            4,
            [("Azerbaijan", "AZE", None)],
            [("Nagorno-Karabakh", "XNK", None)],
            "launched a military operation",
            "2023-09-19",
        ),
    ]
    out.append((a5, m5, e5))
    return out


def narrative_article(
    aid: str, outlet: str | None, frame: str, actor: str, day: str | None
) -> dict[str, Any]:
    """An article of a narratives payload: one frame, read in one sentence that names one actor."""
    return {
        "article_id": aid, "outlet": outlet, "title": aid, "date": day,
        "frames": [{"frame": frame, "sentences": [{"text": f"Sentence of {aid}.", "score": 1.0, "actors": [actor]}]}],
    }  # fmt: skip


def build_db(path: Path) -> Path:
    """Write the hand-built corpus into a real DuckDB file with the project's Store."""
    with Store(path) as store:
        store.add_articles(a for a, _, _ in _corpus())
        for art, mentions, events in _corpus():
            store.save_analysis(art.id, mentions, events, art.text)
    return path


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("webdb") / "web.duckdb")


class Client:
    """A small synchronous client over the ASGI app (no network, no server).

    It sets no timeout: httpx enforces none over `ASGITransport` (no socket to wait on), a request being a call
    into the app in this process; the served app's tests wait with `conftest.SERVED_TIMEOUT`."""

    def __init__(self, app: FastAPI):
        self.app = app

    async def _get(
        self, url: str, headers: dict[str, str] | None, cookies: dict[str, str] | None
    ) -> httpx.Response:
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test", cookies=cookies) as c:
            return await c.get(url, headers=headers)

    def get(
        self, url: str, headers: dict[str, str] | None = None, cookies: dict[str, str] | None = None
    ) -> httpx.Response:
        return asyncio.run(self._get(url, headers, cookies))

    def many(self, urls: list[str]) -> list[httpx.Response]:
        async def run() -> list[httpx.Response]:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return list(await asyncio.gather(*(c.get(u) for u in urls)))

        return asyncio.run(run())


@pytest.fixture(scope="module")
def client(db_path: Path) -> Client:
    """The in-process app over the web tests' DuckDB file (one a module)."""
    return Client(create_app(db_path))


# How long a test waits for a served app (`realpolitik serve` in a subprocess) to answer one request. httpx's
# default, 5 s, was a timing bet: on CI's two cores, shared by pytest, Chromium and the server, an answer that
# builds the system model (intervals and bloc stability from resampled articles) took seconds under load, and
# report38 saw two /narratives ReadTimeouts at load 11. Two minutes is far past any slow answer and still ends
# a test against a server that hangs; connecting to loopback needs no more than ten seconds.
SERVED_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
# How long `start_server` waits for a new server to answer at all: importing the app and opening the store
# take a few seconds on an idle machine and several times that beside other processes.
START_TIMEOUT_S = 120.0


def get(url: str, **kwargs: Any) -> httpx.Response:
    """GET from a served app with `SERVED_TIMEOUT` (unless the call names its own)."""
    kwargs.setdefault("timeout", SERVED_TIMEOUT)
    return httpx.get(url, **kwargs)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, extra: list[str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """Run `realpolitik serve` on a free loopback port and wait until it answers."""
    port = free_port()
    cmd = [sys.executable, "-m", "realpolitik", "serve", "--db", str(db), "--port", str(port), *(extra or [])]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise RuntimeError(f"server exited with {proc.returncode}: {err.decode()}{out.decode()}")
        try:
            # (a refused connection answers at once; a port that is open answers the schema in well under
            # SERVED_TIMEOUT, so one probe never ends a slow start early)
            httpx.get(url + "/openapi.json", timeout=SERVED_TIMEOUT)
            return proc, url
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not answer within {START_TIMEOUT_S:.0f} s")


@contextmanager
def running_server(db: Path, extra: list[str] | None = None) -> Iterator[str]:
    """`start_server` for a `with` block: its URL, and the server stopped when the block ends."""
    proc, url = start_server(db, extra)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def live_server(db_path: Path) -> Iterator[str]:
    with running_server(db_path) as url:
        yield url


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def example_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over the bundled example corpus, analysed by the real pipeline into a fresh DuckDB."""
    from realpolitik.pipeline import analyze

    assert EXAMPLES.is_dir(), f"{EXAMPLES} is missing: the example corpus ships with the repository"
    db = tmp_path_factory.mktemp("exampledb") / "examples.duckdb"
    analyze([EXAMPLES], db, progress=False)
    with running_server(db) as url:
        yield url


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_missing() -> bool:
    return shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists()


def require_chromium() -> None:
    """Skip only off CI; under CI=true a missing browser is a failure, not a skip."""
    if chromium_missing():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true: `make browser` should have installed it")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A real headless Chromium, one per test module (playwright drives it), for the browser tests."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
