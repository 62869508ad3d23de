"""CAMEO event codes as data: names, Goldstein weights, quad classes and PLOVER types.

Reads `events/data/cameo.csv` (facts copied from the shared reference files; see data/README.md).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import LexiconError

NO_EVENT = "---"  # the lexicon's code of a reading that is no event (it blocks the word's other readings)

_FILE = "cameo.csv"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with its weight, quad class and PLOVER event type ("" when PLOVER drops it)."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All codes keyed by their digit string ("057", "1721"), read once per process."""
    path = resources.files("realpolitik.events") / "data" / _FILE
    table: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            try:
                entry = CameoCode(
                    code=row["code"].strip(),
                    name=row["name"].strip(),
                    goldstein=float(row["goldstein"]),
                    quad_class=int(row["quad_class"]),
                    plover=row["plover"].strip(),
                )
            except (KeyError, ValueError, AttributeError) as exc:
                raise LexiconError(
                    f"{path}:{number}: bad CAMEO row {row!r}: {exc}. "
                    "Each row needs code,name,goldstein,quad_class,plover."
                ) from exc
            table[entry.code] = entry
    return table


# code as asked -> its row, for the table it was found in: the coder asks for a few hundred codes hundreds of
# thousands of times (a speed-up only; a code not in the table is looked up afresh, so this stays small)
_FOUND: dict[str, CameoCode] = {}
_FOUND_IN: list[dict[str, CameoCode]] = []
_PLOVER: dict[
    str, str | None
] = {}  # code as asked -> `plover_type`, for the same table (cleared with _FOUND)


def _lookup(code: str) -> CameoCode:
    table = cameo_table()
    if not _FOUND_IN or _FOUND_IN[0] is not table:
        _FOUND.clear()
        _PLOVER.clear()
        _FOUND_IN[:] = [table]
    found = _FOUND.get(code)
    if found is None:
        found = _FOUND[code] = _row(table, code)
    return found


def _row(table: dict[str, CameoCode], code: str) -> CameoCode:
    code = code.strip()
    # A 4-digit code missing from the table falls back to its 3-digit parent, then to the root.
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            return table[candidate]
    raise KeyError(f"unknown CAMEO code {code!r}")


def is_known(code: str) -> bool:
    """True when the code (or its parent) is a CAMEO code."""
    try:
        _lookup(code)
    except KeyError:
        return False
    return True


def goldstein(code: str) -> float:
    """The Goldstein conflict-cooperation weight (-10 to +10) of a CAMEO code."""
    return _lookup(code).goldstein


def quad_class(code: str) -> int:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return _lookup(code).quad_class


def plover_type(code: str) -> str | None:
    """The PLOVER event type of a CAMEO code, or None for codes PLOVER drops (root 01 statements) and for
    the lexicon's no-event reading `---` ("deliver a speech"), which callers meet among a word's entries."""
    if _FOUND_IN and _FOUND_IN[0] is cameo_table() and code in _PLOVER:
        return _PLOVER[code]
    if code.strip() == NO_EVENT:
        return None
    kind = _PLOVER[code] = (
        _lookup(code).plover or None
    )  # (after the lookup: the table it was found in is current)
    return kind


def cameo_name(code: str) -> str:
    """The short CAMEO name of a code ("Sign formal agreement")."""
    return _lookup(code).name
