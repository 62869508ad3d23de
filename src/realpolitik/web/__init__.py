"""The local web app and its JSON API over a realpolitik DuckDB database (opened read-only).

`create_app(db)` builds the FastAPI app; `serve(db, host=..., port=...)` runs it with the bind policy.
"""

from .app import create_app
from .server import check_bind, serve

__all__ = ["check_bind", "create_app", "serve"]
