"""realpolitik: turn news and analysis text into an evidence-backed model of a geopolitical system."""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Settings, load_settings
from .errors import RealpolitikError
from .records import ActorMention, Article, Attribution, Event, EventActor, Skipped
from .store import Store

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
    "load_settings",
]
