"""The one reader of the word lists and maps in a package's `data/` folder, and their one pointed error.

`events/knowledge.py` (the event coder) and `actors/words.py` (the actor resolver) read their JSON data
files through these functions; an error names the file, the entry, what is wrong and what to do.
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, TypeVar

from .errors import RealpolitikError

E = TypeVar("E", bound=RealpolitikError)


def data_path(package: str, name: str) -> Traversable:
    """`<package>/data/<name>` as installed."""
    return resources.files(package).joinpath("data", name)


def data_error(package: str, name: str, entry: str, problem: str, error: type[E]) -> E:
    """The one error for a bad data file: which file, which entry, what is wrong and what to do."""
    return error(
        f"{data_path(package, name)}: entry {entry!r}: {problem}. Fix that entry (see the 'about' text at the "
        "top of the file) or restore the file from the repository."
    )


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's entries, refusing a key written twice (json keeps the last one silently)."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise json.JSONDecodeError(f"the entry {key!r} is written twice", key, 0)
        seen[key] = value
    return seen


def read_data(package: str, name: str, error: type[RealpolitikError]) -> dict[str, Any]:
    """The parsed JSON object of `<package>/data/<name>` (not cached: each caller caches its own)."""
    path = data_path(package, name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except (OSError, json.JSONDecodeError) as exc:
        raise error(
            f"{path}: cannot read the data file: {exc}. Fix the JSON or restore the file from the repository."
        ) from exc
    if not isinstance(data, dict):
        raise error(f"{path}: expected a JSON object at the top level. Fix the file.")
    return data


def entry_value(data: dict[str, Any], entry: str) -> Any:
    """An entry's words (or codes, or types), which may carry their explanation beside them:
    {"why": "...", "words": [...]}. The caller has checked that the entry is there."""
    value = data[entry]
    for key in ("words", "codes", "types"):
        if isinstance(value, dict) and key in value:
            return value[key]
    return value


def is_word_list(value: Any) -> bool:
    """A list of non-empty words."""
    return isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value)
