"""Small pieces of wording shared by the CLI, the report, the web pages and the store's messages."""

from __future__ import annotations

__all__ = ["plural", "signed"]


def plural(n: int, word: str) -> str:
    """A count with its noun: "1 article", "6 articles" (not "6 article(s)")."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def signed(x: float, digits: int = 2) -> str:
    """A signed number as a reader sees it, the minus as a true minus sign: "−0.43", "+1.00" (JSON and CSV
    keep plain ASCII)."""
    return f"{x:+.{digits}f}".replace("-", "\u2212")
