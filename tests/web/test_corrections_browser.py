"""Corrections in Debian's Chromium (Playwright) against `realpolitik serve --corrections` on 127.0.0.1.

An analyst rejects an event on the dyad page and sees the dyad's figures change; a page of another
origin cannot make the browser write a correction.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from .conftest import get, running_server

pytestmark = pytest.mark.browser

SHELLING = "b2shelling000002:0"


@pytest.fixture
def corrections_server(db_path: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    path = tmp_path / "corrections.jsonl"
    with running_server(db_path, ["--corrections", str(path)]) as url:
        yield url, path


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.set_default_timeout(15_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    ctx.close()


def test_browser_reject_an_event_and_see_the_dyad_change(
    page: Any, corrections_server: tuple[str, Path], tmp_path: Path
) -> None:
    base, path = corrections_server
    page.goto(base + "/dyad/ARM/AZE")
    summary = page.locator("p.summary")
    expect(summary).to_contain_text("2 asserted events")
    expect(summary.locator("b").first).to_have_text("−0.33")
    expect(page.locator("#corrections-banner")).to_contain_text("corrections applied (0")

    row = page.locator(f"#evidence tr[data-event-id='{SHELLING}']")
    row.locator("details.correct summary").click()
    row.locator("input[name=note]").fill("Baku denied the shelling; no second source")
    with page.expect_navigation():
        row.locator("button[value=reject]").click()

    expect(summary).to_contain_text("1 asserted events")
    expect(summary.locator("b").first).to_have_text("+1.00")
    expect(page.locator("#corrections-banner")).to_contain_text(
        "corrections applied (1: 1 rejected, 0 recoded)"
    )
    expect(page.locator(f"#evidence tr[data-event-id='{SHELLING}'] .corr-reject")).to_have_text("rejected")
    stored = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(s["event_id"], s["action"], s["note"]) for s in stored] == [
        (SHELLING, "reject", "Baku denied the shelling; no second source")
    ]

    # recode the remaining ceasefire into an accusation: the pair turns conflictual
    row = page.locator("#evidence tr", has_text="signed a ceasefire")
    row.locator("details.correct summary").click()
    row.locator("select[name=event]").select_option("ACCUSE")
    with page.expect_navigation():
        row.locator("button[value=recode]").click()
    expect(summary.locator("b").first).to_have_text("−1.00")
    pair = get(base + "/api/dyads?actor=ARM").json()["items"]
    assert [(d["a"], d["b"], d["net"]) for d in pair if d["b"] == "AZE"] == [("ARM", "AZE", -1.0)]

    # a bad recode is refused with the server's message, and nothing is stored
    row = page.locator(f"#evidence tr[data-event-id='{SHELLING}']")
    row.locator("details.correct summary").click()
    row.locator("input[name=target]").fill("Narnia")
    row.locator("button[value=recode]").click()
    expect(row.locator(".correct-msg")).to_contain_text("unknown actor 'Narnia'")
    assert len(path.read_text().splitlines()) == 2
    assert page.errors == []


ATTACK = """<!doctype html><html><body>
<form id="f" method="post" enctype="text/plain" action="{target}/api/corrections">
<input name='{{"event_id": "{event}", "action": "reject", "x": "' value='"}}'>
</form>
<script>
window.results = {{}};
fetch("{target}/api/corrections", {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain"}},
  body: JSON.stringify({{event_id: "{event}", action: "reject"}})}})
  .then(() => window.results.simple = "sent").catch(e => window.results.simple = "blocked: " + e);
fetch("{target}/api/corrections", {{method: "POST", headers: {{"Content-Type": "application/json", "X-Realpolitik": "1"}},
  body: JSON.stringify({{event_id: "{event}", action: "reject"}})}})
  .then(r => window.results.custom = "answered " + r.status).catch(e => window.results.custom = "blocked: " + e);
</script></body></html>"""


@pytest.fixture
def attacker(corrections_server: tuple[str, Path]) -> Iterator[str]:
    """Another origin on the loopback address (a real server on another port) serving a hostile page."""
    html = ATTACK.format(target=corrections_server[0], event=SHELLING).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(html)))
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_browser_cross_origin_correction_is_rejected(
    page: Any, corrections_server: tuple[str, Path], attacker: str
) -> None:
    base, path = corrections_server
    page.goto(attacker + "/attack")
    page.wait_for_function("window.results.simple && window.results.custom")
    results = page.evaluate("window.results")
    # the simple request reaches the app, which refuses it (no X-Realpolitik header); the one with the
    # header needs a CORS preflight the app never grants, so the browser does not send it
    assert results["simple"] == "sent"
    assert results["custom"].startswith("blocked")
    with page.expect_navigation() as nav:
        page.evaluate("document.getElementById('f').submit()")
    assert nav.value.status == 403
    assert "X-Realpolitik" in page.content()
    assert not path.exists()
    listing = get(base + "/api/corrections").json()
    assert listing["items"] == [] and listing["total"] == 0
    pair = get(base + "/api/dyads?actor=ARM").json()["items"]
    assert [d["events"] for d in pair if d["b"] == "AZE"] == [2]
