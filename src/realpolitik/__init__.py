"""realpolitik: turn news and analysis text into an evidence-backed model of a geopolitical system.

The public API is re-exported here; heavy modules (spaCy, the web app) load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .config import Settings, load_settings
from .errors import RealpolitikError
from .records import ActorMention, Article, Attribution, Event, EventActor, Skipped

if TYPE_CHECKING:
    from .store import Store

# name -> (module, attribute): resolved lazily so `import realpolitik` stays fast for the CLI.
_LAZY: dict[str, tuple[str, str]] = {
    "Store": (".store", "Store"),  # DuckDB: `code` does not need it
    "build_pipeline": (".nlp", "build_pipeline"),
    "process": (".nlp", "process"),
    "read_articles": (".ingest", "read_articles"),
    "ingest": (".ingest", "ingest"),
    "split_text": (".ingest", "split_text"),
    "resolve_actors": (".nlp", "resolve_text"),
    "load_kb": (".actors", "load_kb"),
    "code_jsonl": (".coding", "code_jsonl"),
    "code_dask": (".scale", "code_dask"),
    "evaluate": (".evaluation", "evaluate"),
    "analyze": (".pipeline", "analyze"),
    "dyads": (".system", "dyads"),
    "dyad_evidence": (".system", "dyad_evidence"),
    "dyad_trends": (".system", "dyad_trends"),
    "signed_graph": (".system", "signed_graph"),
    "find_blocs": (".system", "find_blocs"),
    "structural_balance": (".system", "structural_balance"),
    "stored_axes": (".system", "stored_axes"),
    "disagreements": (".system", "disagreements"),
    "what_if": (".system", "what_if"),
    "export": (".system.export", "export"),
    "render_report": (".report", "render_report"),
    "create_app": (".web", "create_app"),
}


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'realpolitik' has no attribute {name!r}") from None
    value = getattr(import_module(module_name, __name__), attribute)
    globals()[name] = value
    return value


__all__ = [
    "ActorMention",
    "Article",
    "Attribution",
    "Event",
    "EventActor",
    "RealpolitikError",
    "Settings",
    "Skipped",
    "Store",
    "__version__",
    "analyze",
    "build_pipeline",
    "code_dask",
    "code_jsonl",
    "create_app",
    "disagreements",
    "dyad_evidence",
    "dyad_trends",
    "dyads",
    "evaluate",
    "export",
    "find_blocs",
    "ingest",
    "load_kb",
    "load_settings",
    "process",
    "read_articles",
    "render_report",
    "resolve_actors",
    "signed_graph",
    "split_text",
    "stored_axes",
    "structural_balance",
    "what_if",
]
