"""Small pieces of wording shared by the CLI, the report and the store's messages."""

from __future__ import annotations

__all__ = ["plural"]


def plural(n: int, word: str) -> str:
    """A count with its noun: "1 article", "6 articles" (not "6 article(s)")."""
    return f"{n} {word}{'' if n == 1 else 's'}"
