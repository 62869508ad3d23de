"""The maintainers' check of issue 11, end to end with real components: `analyze` adds a hostile set of
inputs to a database while `realpolitik serve` runs on it, and the app shows the new articles without
a restart. A 1.1 M-character article among normal ones, a lone surrogate among good JSONL lines, a
.txt symlink to /dev/zero and a javascript: URL: every good input is stored and coded, the bad one is
skipped with its reason, and the command exits 3."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from realpolitik.ingest.split import content_hash
from realpolitik.store import Store
from web.conftest import get, running_server  # tests/ is on the path (pytest rootdir-relative import)

pytestmark = pytest.mark.slow

GEOGRAPHY = (
    "Mount Aragats is the highest mountain of Armenia. "
    "Lake Sevan lies in the east of Armenia. "
    "The Kura river flows through Georgia and Azerbaijan into the Caspian Sea.\n\n"
)
NEWS = [
    {
        "title": "Peacekeepers leave",
        "date": "2024-06-12",
        "text": "Russian peacekeepers left the Karabakh region of Azerbaijan in 2024.",
    },
    {
        "title": "Membership application",
        "date": "2022-03-04",
        "text": "Georgia applied for membership of the European Union in March 2022.",
    },
    {
        "title": "Ceasefire",
        "date": "2020-11-10",
        "text": "Armenia and Azerbaijan signed a ceasefire statement brokered by Russia in November 2020.",
        "url": "javascript:alert(document.cookie)",
    },
]
SURROGATE_LINE = json.dumps(
    {
        "title": "Broken character",
        "date": "2021-06-16",
        "text": "Turkey supported Azerbaijan. A broken X here.",
    }
).replace("broken X", "broken \\ud800")


def _long_article() -> str:
    parts, size, n = [], 0, 0
    while size < 1_100_000:
        n += 1
        part = f"Section {n}. {GEOGRAPHY}"
        parts.append(part)
        size += len(part)
    return "".join(parts)[:1_100_000]


def _analyze(paths: list[Path], db: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "realpolitik", "analyze", *map(str, paths), "--db", str(db), "--quiet"]
    return subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=3600)


def test_maintainers_check_hostile_inputs_while_serving(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(NEWS[0]) + "\n", encoding="utf-8")
    assert _analyze([first], db).returncode == 0

    hostile = tmp_path / "hostile"
    hostile.mkdir()
    long_text = _long_article()
    lines = [json.dumps(NEWS[1]), SURROGATE_LINE, json.dumps(NEWS[2])]
    (hostile / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (hostile / "long.jsonl").write_text(json.dumps({"title": "Geography", "text": long_text}) + "\n")
    (hostile / "endless.txt").symlink_to("/dev/zero")

    with running_server(db) as url:
        assert get(f"{url}/api/articles/{content_hash(NEWS[1]['text'])}").status_code == 404
        result = _analyze([hostile], db)
        assert result.returncode == 3, result.stderr
        assert "endless.txt" in result.stderr and "character device" in result.stderr

        with Store(db, read_only=True, lock_wait=30) as store:
            assert store.uncoded_article_ids() == []
            titles = {r[0] for r in store.con.execute("SELECT title FROM articles").fetchall()}
            skipped = store.con.execute("SELECT source, reason FROM skipped").fetchall()
            long_events = store.con.execute(
                "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.title = 'Geography'"
            ).fetchone()
            repaired = store.con.execute(
                "SELECT text FROM articles WHERE title = 'Broken character'"
            ).fetchone()
        assert titles == {
            "Peacekeepers leave",
            "Membership application",
            "Ceasefire",
            "Broken character",
            "Geography",
        }
        assert [Path(src).name for src, _ in skipped] == ["endless.txt"]
        assert long_events is not None and long_events[0] > 10_000  # the whole long article was read
        assert repaired is not None and "broken \ufffd here" in repaired[0]

        # The running server shows the new articles without a restart, and no javascript: link.
        ceasefire = content_hash(NEWS[2]["text"])
        deadline = time.monotonic() + 30
        status = 0
        while time.monotonic() < deadline and status != 200:
            status = get(f"{url}/api/articles/{ceasefire}").status_code
            time.sleep(0.3)
        assert status == 200
        page = get(f"{url}/article/{ceasefire}")
        assert page.status_code == 200 and "javascript:" not in page.text
        assert get(f"{url}/api/articles/{content_hash(NEWS[1]['text'])}").status_code == 200
