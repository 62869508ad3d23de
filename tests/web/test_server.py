"""Tests of the serve policy: loopback by default, remote only with --allow-remote and a token."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.cli import main
from realpolitik.errors import WebSafetyError
from realpolitik.web.server import TOKEN_ENV, check_bind, is_loopback

from .conftest import get, start_server


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.10", True), ("localhost", True), ("::1", True), ("[::1]", True),
     ("0.0.0.0", False), ("::", False), ("192.168.1.4", False), ("example.org", False)],
)  # fmt: skip
def test_server_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("host", "allow", "token", "message"),
    [
        ("0.0.0.0", False, None, "not a loopback address"),
        ("0.0.0.0", False, "long-enough-token", "not a loopback address"),
        ("10.1.2.3", True, None, "without an access token"),
        ("0.0.0.0", True, "short", "too short"),
    ],
)
def test_server_check_bind_refuses(
    monkeypatch: pytest.MonkeyPatch, host: str, allow: bool, token: str | None, message: str
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    with pytest.raises(WebSafetyError, match=message):
        check_bind(host, allow_remote=allow, token=token)


def test_server_check_bind_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    assert check_bind("127.0.0.1", allow_remote=False, token=None) is None
    assert check_bind("0.0.0.0", allow_remote=True, token="long-enough-token") == "long-enough-token"
    monkeypatch.setenv(TOKEN_ENV, "token-from-the-env")
    assert check_bind("0.0.0.0", allow_remote=True, token=None) == "token-from-the-env"
    assert check_bind("127.0.0.1", allow_remote=False, token=None) == "token-from-the-env"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--host", "0.0.0.0"], "refusing to bind 0.0.0.0"),
        (["--host", "0.0.0.0", "--allow-remote"], "without an access token"),
    ],
)
def test_server_cli_refuses_remote_without_opt_in(
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    code = main(["serve", "--db", str(db_path), *args])
    assert code == 1
    assert message in capsys.readouterr().err


def test_server_cli_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["serve", "--db", str(tmp_path / "none.duckdb")])
    assert code == 1
    assert "no such database file" in capsys.readouterr().err


def test_server_serves_on_loopback_with_token(db_path: Path) -> None:
    proc, url = start_server(db_path, ["--token", "a-token-for-this-test"])
    try:
        assert get(url + "/api/events").status_code == 401
        r = get(url + "/api/events", headers={"Authorization": "Bearer a-token-for-this-test"})
        assert r.status_code == 200
        assert r.json()["total"] == 5
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert f"realpolitik web app on {url}/" in out.decode()


def test_server_on_loopback_answers_only_loopback_host_names(live_server: str) -> None:
    assert get(live_server + "/api/actors").status_code == 200
    port = live_server.rsplit(":", 1)[1]
    assert get(f"http://localhost:{port}/api/actors").status_code == 200
    # A foreign Host header is what a DNS-rebinding page would send.
    r = get(live_server + "/api/actors", headers={"Host": "attacker.example"})
    assert r.status_code == 400


def test_serve_runs_one_blas_thread_set_before_numpy_loads(tmp_path: Path) -> None:
    """report40: `serve` runs numpy's BLAS on one thread (the layout's many tiny products spun a thread per
    core against each other: /api/graph 1.0 s against 0.1 s on two loaded cores), set before numpy loads (after
    it, the setting silently does nothing), and keeps a count the environment names."""
    import os
    import subprocess
    import sys

    from realpolitik.scale import BLAS_THREAD_VARIABLES

    check = """
import os, sys
import realpolitik.scale as scale
from realpolitik.cli import main
real = scale.one_blas_thread
def stop(processes):
    print("numpy" in sys.modules, real(processes), [os.environ.get(n) for n in scale.BLAS_THREAD_VARIABLES])
    raise SystemExit(0)
scale.one_blas_thread = stop
main(["serve", "--db", sys.argv[1], "--port", "1"])
"""
    src = Path(__file__).resolve().parents[2] / "src"
    env = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    env["PYTHONPATH"] = str(src)
    args = [sys.executable, "-c", check, str(tmp_path / "none.duckdb")]
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=True, timeout=120)
    cores = len(os.sched_getaffinity(0))
    assert done.stdout.strip() == (
        "False True ['1', '1', '1']" if cores > 1 else "False False [None, None, None]"
    ), done.stderr
    named = subprocess.run(
        args, capture_output=True, text=True, env={**env, "OMP_NUM_THREADS": "2"}, check=True, timeout=120
    )
    assert named.stdout.strip() == "False False [None, None, '2']", named.stderr
