"""Live updates: the server holds no lock on the database, so `analyze` can write while it runs, and
the app switches to the new content without a restart; a lock message names the process that holds it."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from realpolitik.errors import StoreError
from realpolitik.records import Article
from realpolitik.store import Store
from realpolitik.web.queries import ReadOnlyDB

from .conftest import build_db, get, running_server

NEW_TEXT = "Georgia applied for membership of the European Union in March 2022."
NEW = Article(
    "f6georgia0000006", "wire_c.txt", 1, 1, "Georgia applies", "2022-03-03", None, "Wire C", "en", NEW_TEXT
)

HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "ro")
print("holding", flush=True)
time.sleep(float(sys.argv[3]))
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_db(tmp_path / "live.duckdb")


@pytest.fixture
def writer_holding(db: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that holds the database open for writing (as a long `analyze` does)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), "rw", "60", "realpolitik-test-writer"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    proc.kill()
    proc.wait(timeout=10)


def _articles(cur_db: ReadOnlyDB) -> int:
    cur = cur_db.cursor()
    try:
        row = cur.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0
    finally:
        cur.close()


def test_live_snapshot_follows_the_file_and_holds_no_lock(db: Path) -> None:
    view = ReadOnlyDB(db, check_every=0.0)
    seen: list[int] = []
    view.on_change(lambda: seen.append(view.generation))
    assert _articles(view) == 5
    # Before: the app kept the file attached, and opening it for writing failed.
    with Store(db, lock_wait=0.0) as store:
        store.add_articles([NEW])
    assert _articles(view) == 6 and seen == [1]
    assert _articles(view) == 6 and seen == [1]  # unchanged file: no new snapshot
    view.close()


def test_live_busy_writer_keeps_the_last_snapshot_then_catches_up(db: Path) -> None:
    view = ReadOnlyDB(db, check_every=0.0)
    with Store(db, lock_wait=0.0) as store:
        store.add_articles([NEW])
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), "rw", "60", "realpolitik-test-writer"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "holding"
        assert _articles(view) == 5  # the writer holds the file: the last snapshot still answers
        assert view.stale_reason is not None and f"process {writer.pid} (" in view.stale_reason
        with pytest.raises(StoreError, match="realpolitik-test-writer"):
            ReadOnlyDB(db, lock_wait=0.3)  # a server cannot start from nothing while a writer holds it
    finally:
        writer.kill()
        writer.wait(timeout=10)
    assert _articles(view) == 6 and view.stale_reason is None
    view.close()


def test_live_lock_message_names_the_holder(db: Path, writer_holding: subprocess.Popen[str]) -> None:
    with pytest.raises(StoreError) as caught:
        Store(db, lock_wait=0.3)
    message = str(caught.value)
    # Before: "check the path and that no other process writes to it", whoever held the file.
    assert f"held by process {writer_holding.pid} (" in message and "realpolitik-test-writer" in message
    assert "waited 0 s" in message and "Wait until that process finishes, or stop it" in message


def test_live_writer_waits_briefly_for_a_reader(db: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), "ro", "1.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "holding"
        started = time.monotonic()
        with Store(db, lock_wait=30.0) as store:  # retries until the reader lets go
            store.add_articles([NEW])
        assert time.monotonic() - started < 30
    finally:
        reader.kill()
        reader.wait(timeout=10)


def test_live_server_shows_new_articles_without_restart(db: Path) -> None:
    with running_server(db) as url:
        assert get(f"{url}/api/articles/{NEW.id}").status_code == 404
        with Store(db, lock_wait=10.0) as store:  # before: the server's lock made this fail
            store.add_articles([NEW])
            store.save_analysis(NEW.id, [], [], NEW.text)
        deadline = time.monotonic() + 20
        status = 0
        while time.monotonic() < deadline:
            status = get(f"{url}/api/articles/{NEW.id}").status_code
            if status == 200:
                break
            time.sleep(0.3)
        assert status == 200
        assert get(f"{url}/api/articles/{NEW.id}").json()["title"] == "Georgia applies"
