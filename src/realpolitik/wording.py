"""Small pieces of wording shared by the CLI, the report, the web pages and the store's messages."""

from __future__ import annotations

__all__ = ["UNKNOWN_OUTLET_KEYS", "outlet_name", "outlet_order", "plural", "signed"]

# the keys the data gives the articles whose outlet was not found: the store's "(unknown)" (web facets and
# tables), "(unknown outlet)" (system perspectives, narratives, report data); a reader's list puts them last
# (`outlet_order`): their "(" would sort them first
UNKNOWN_OUTLET_KEYS = frozenset({"(unknown)", "(unknown outlet)"})


def plural(n: int, word: str) -> str:
    """A count with its noun: "1 article", "6 articles" (not "6 article(s)")."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def signed(x: float, digits: int = 2) -> str:
    """A signed number as a reader sees it, the minus as a true minus sign: "−0.43", "+1.00" (JSON and CSV
    keep plain ASCII)."""
    return f"{x:+.{digits}f}".replace("-", "\u2212")


def outlet_name(name: object) -> object:
    """An outlet as a reader sees it, one wording in the report, the web pages and the CLI's tables: an
    article whose outlet was not found is "unknown outlet" (the data keeps its key, which sorts last)."""
    return "unknown outlet" if name is None or name == "" or name in UNKNOWN_OUTLET_KEYS else name


def outlet_order(name: object) -> tuple[bool, str]:
    """The order a reader's list of outlets takes: named outlets by name, the "unknown outlet" bucket (every
    article whose outlet was not found, pooled: not one source) last."""
    unknown = outlet_name(name) == "unknown outlet"
    return unknown, "" if unknown else str(name).casefold()
