"""Starting the web app safely: the bind-address policy, the access token and the uvicorn run.

Loopback only by default; any other address needs an explicit opt-in and a token.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable
from pathlib import Path

from ..errors import WebSafetyError

TOKEN_ENV = "REALPOLITIK_TOKEN"


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'; everything else can be reached from outside."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, *, allow_remote: bool, token: str | None) -> str | None:
    """Return the token the server must demand (None on loopback without one), or refuse.

    A non-loopback host (including 0.0.0.0) requires both `allow_remote` and a non-empty token.
    """
    token = token or os.environ.get(TOKEN_ENV) or None
    if is_loopback(host):
        return token
    if not allow_remote:
        raise WebSafetyError(
            f"refusing to bind {host}: it is not a loopback address, so other machines could read the "
            "database. Use --host 127.0.0.1, or pass --allow-remote together with --token T "
            f"(or set {TOKEN_ENV})."
        )
    if not token:
        raise WebSafetyError(
            f"refusing to bind {host} without an access token: pass --token T or set {TOKEN_ENV} "
            "(clients then send 'Authorization: Bearer T' or open the app once with ?token=T)."
        )
    if len(token) < 12:
        raise WebSafetyError(
            "the access token is too short: use at least 12 characters (e.g. `openssl rand -hex 16`)"
        )
    return token


def serve(
    db: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    allow_remote: bool = False,
    token: str | None = None,
    on_ready: Callable[[str], None] | None = None,
    corrections: str | Path | None = None,
    token_label: str = "token",
) -> None:
    """Check the bind policy, open the database read-only and run uvicorn until interrupted.

    `on_ready(url)` is called before the server starts listening, so the caller can print it.
    `corrections`: the JSONL file the analyst's corrections are appended to (off when None).
    """
    import uvicorn

    from .app import create_app

    required = check_bind(host, allow_remote=allow_remote, token=token)
    # On loopback, only loopback Host names are answered (defence against DNS rebinding).
    hosts = None if not is_loopback(host) else ["127.0.0.1", "localhost", "::1", "[::1]", host.strip("[]")]
    app = create_app(
        db, token=required, allowed_hosts=hosts, corrections=corrections, token_label=token_label
    )
    shown = f"[{host}]" if ":" in host else host
    if on_ready is not None:
        on_ready(f"http://{shown}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
