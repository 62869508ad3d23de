"""The command ends its process without the interpreter's tear-down, but as a normal exit would for the
program: exit functions run, output is flushed, the status is kept."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


def test_cli_exit_now_runs_exit_functions_and_keeps_the_status() -> None:
    done = _python(
        "import atexit, sys\n"
        "atexit.register(lambda: print('exit function ran'))\n"
        "print('buffered line', end='')\n"
        "sys.stderr.write('to stderr')\n"
        "from realpolitik.cli import exit_now\n"
        "exit_now(5)\n"
        "print('not reached')\n"
    )
    assert done.returncode == 5
    assert done.stdout == "buffered lineexit function ran\n"
    assert done.stderr == "to stderr"


def test_cli_exit_now_waits_for_a_running_thread() -> None:
    # a thread that is no daemon must finish: exit_now hands back and the interpreter exits normally (the
    # thread waits for `returned` to be printed, not for a clock: it is surely running when exit_now looks)
    done = _python(
        "import threading\n"
        "from realpolitik.cli import exit_now\n"
        "go = threading.Event()\n"
        "t = threading.Thread(target=lambda: (go.wait(), print('thread done')))\n"
        "t.start()\n"
        "exit_now(4)\n"
        "print('returned', flush=True)\n"
        "go.set()\n"
    )
    assert done.returncode == 0
    assert done.stdout.splitlines() == ["returned", "thread done"]


def test_cli_code_as_a_process_writes_every_line_and_exits_3(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        json.dumps(
            {"id": "a", "text": "Turkey shot down a Russian bomber in November 2015.", "date": "2015-11-25"}
        ),
        "not json",
        json.dumps({"id": "c", "text": "Finland joined NATO in April 2023.", "date": "2023-04-05"}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "realpolitik", "code", "--input", str(source), "--output", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 3, done.stderr
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a", None, "c"]
    assert out[1]["line"] == 2 and "error" in out[1]
    assert "coded 2 records" in done.stderr
