"""quality28: `realpolitik analyze` on several processes runs numpy's BLAS with one thread per process, as
`realpolitik code` does (speed27, `scale.one_blas_thread`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import realpolitik.pipeline as pipeline_module
from realpolitik.cli import cli
from realpolitik.scale import BLAS_THREAD_VARIABLES


class _Stop(Exception):
    pass


@pytest.mark.parametrize(("n_process", "expected"), [("2", "1"), ("1", None)])
def test_analyze_sets_one_blas_thread_before_coding(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, n_process: str, expected: str | None
) -> None:
    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    seen: dict[str, Any] = {}

    def fake_analyze(*args: Any, **kwargs: Any) -> None:
        seen.update({name: os.environ.get(name) for name in BLAS_THREAD_VARIABLES})
        raise _Stop

    monkeypatch.setattr(pipeline_module, "analyze", fake_analyze)
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "Chile recalled its ambassador."}\n', encoding="utf-8")
    done = CliRunner().invoke(
        cli,
        ["analyze", str(source), "--db", str(tmp_path / "rp.duckdb"), "--n-process", n_process, "--quiet"],
    )
    assert isinstance(done.exception, _Stop), done.output
    assert seen == dict.fromkeys(BLAS_THREAD_VARIABLES, expected)


def test_analyze_sets_the_blas_threads_before_numpy_is_loaded(tmp_path: Path) -> None:
    # The setting is read when numpy first loads its BLAS: set after it, it would silently do nothing.
    check = """
import sys
import realpolitik.scale as scale
from click.testing import CliRunner
from realpolitik.cli import cli
seen = []
def stop(processes):
    seen.append("numpy" in sys.modules)
    raise RuntimeError("stop before coding")
scale.one_blas_thread = stop
CliRunner().invoke(cli, ["analyze", sys.argv[1], "--db", sys.argv[2], "--n-process", "2"])
print(seen)
"""
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "Chile recalled its ambassador."}\n', encoding="utf-8")
    src = Path(__file__).resolve().parents[1] / "src"
    env = dict(os.environ, PYTHONPATH=str(src))
    args = [sys.executable, "-c", check, str(source), str(tmp_path / "rp.duckdb")]
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=True, timeout=120)
    assert done.stdout.strip() == "[False]"
