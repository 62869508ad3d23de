"""speed27: `realpolitik code` on several processes runs numpy's BLAS with one thread per process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import realpolitik.cli as cli_module
from realpolitik.cli import cli
from realpolitik.scale import BLAS_THREAD_VARIABLES, one_blas_thread


@pytest.fixture
def clean_blas_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in BLAS_THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_one_blas_thread_for_several_processes(clean_blas_env: None) -> None:
    assert one_blas_thread(2)
    assert all(os.environ[name] == "1" for name in BLAS_THREAD_VARIABLES)


def test_one_process_keeps_the_blas_default(clean_blas_env: None) -> None:
    assert not one_blas_thread(1)
    assert not any(name in os.environ for name in BLAS_THREAD_VARIABLES)


@pytest.mark.parametrize("name", BLAS_THREAD_VARIABLES)
def test_a_thread_count_already_named_is_kept(
    clean_blas_env: None, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(name, "4")
    assert not one_blas_thread(8)
    assert os.environ[name] == "4"
    assert not any(other in os.environ for other in BLAS_THREAD_VARIABLES if other != name)


@pytest.mark.parametrize(("n_process", "expected"), [("2", "1"), ("1", None)])
def test_code_command_sets_one_blas_thread_before_coding(
    clean_blas_env: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    n_process: str,
    expected: str | None,
) -> None:
    seen: dict[str, Any] = {}

    def fake_code(*args: Any, **kwargs: Any) -> None:
        seen.update({name: os.environ.get(name) for name in BLAS_THREAD_VARIABLES})

    monkeypatch.setattr(cli_module, "_code", fake_code)
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "1", "text": "Chile recalled its ambassador."}\n', encoding="utf-8")
    done = CliRunner().invoke(
        cli,
        ["code", "--input", str(source), "--output", str(tmp_path / "out.jsonl"), "--n-process", n_process],
    )
    assert done.exit_code == 0, done.output
    assert seen == dict.fromkeys(BLAS_THREAD_VARIABLES, expected)


def test_the_code_command_loads_numpy_only_after_its_blas_setting() -> None:
    # The setting is read when numpy first loads its BLAS: the modules the command imports before it must not
    # load numpy (or the setting would silently do nothing).
    check = (
        "import sys, realpolitik.cli, realpolitik.config, realpolitik.scale; print('numpy' in sys.modules)"
    )
    src = Path(__file__).resolve().parents[1] / "src"
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "False"
