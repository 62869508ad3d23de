"""Loads the cue lists of the modality, attribution and date layers from `events/data/`, once per process.

The lists are editable JSON data; a malformed file raises LexiconError naming the file.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from ..errors import LexiconError


@cache
def load_cues(name: str) -> dict[str, Any]:
    """The parsed JSON object of `events/data/<name>`; cached so every sentence reuses one copy."""
    path = resources.files("realpolitik.events").joinpath("data", name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(
            f"{path}: cannot read the cue file: {exc}. Fix the JSON or reinstall the package."
        ) from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a JSON object at the top level. Fix the file.")
    return data
