"""Date finding for ingestion: datelines in many formats and scripts, and day/month order resolution.

Numeric dates such as 03.12.2020 are resolved from the conventions of the file they appear in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# Month names: English, Russian, Turkish, French, German, Spanish, Arabic (Egyptian and Levantine).
_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "января",
        "январь",
        "ocak",
        "janvier",
        "januar",
        "enero",
        "يناير",
        "كانون الثاني",
        "كانون ثاني",
    ),
    2: ("february", "feb", "февраля", "февраль", "şubat", "février", "februar", "febrero", "فبراير", "شباط"),
    3: ("march", "mar", "марта", "март", "mart", "mars", "märz", "marzo", "مارس", "آذار", "اذار"),
    4: ("april", "apr", "апреля", "апрель", "nisan", "avril", "abril", "أبريل", "ابريل", "إبريل", "نيسان"),
    5: ("may", "мая", "май", "mayıs", "mai", "mayo", "مايو", "أيار", "ايار"),
    6: ("june", "jun", "июня", "июнь", "haziran", "juin", "juni", "junio", "يونيو", "يونيه", "حزيران"),
    7: ("july", "jul", "июля", "июль", "temmuz", "juillet", "juli", "julio", "يوليو", "يوليه", "تموز"),
    8: ("august", "aug", "августа", "август", "ağustos", "août", "agosto", "أغسطس", "اغسطس", "آب"),
    9: (
        "september",
        "sept",
        "sep",
        "сентября",
        "сентябрь",
        "eylül",
        "septembre",
        "septiembre",
        "سبتمبر",
        "أيلول",
    ),
    10: (
        "october",
        "oct",
        "октября",
        "октябрь",
        "ekim",
        "octobre",
        "oktober",
        "octubre",
        "أكتوبر",
        "اكتوبر",
        "تشرين الأول",
    ),
    11: (
        "november",
        "nov",
        "ноября",
        "ноябрь",
        "kasım",
        "novembre",
        "noviembre",
        "نوفمبر",
        "تشرين الثاني",
        "تشرين ثاني",
    ),
    12: (
        "december",
        "dec",
        "декабря",
        "декабрь",
        "aralık",
        "décembre",
        "dezember",
        "diciembre",
        "ديسمبر",
        "كانون الأول",
    ),
}
# Spellings without hamza or article, as scraped Arabic pages often write them.
_MONTH_VARIANTS: dict[int, tuple[str, ...]] = {
    1: ("كانون ثاني",),
    3: ("اذار",),
    5: ("ايار",),
    7: ("يوليه",),
    9: ("ايلول",),
    10: ("تشرين اول",),
    11: ("تشرين ثاني",),
    12: ("كانون اول",),
}
_MONTH_LOOKUP = {
    name: num for table in (_MONTH_NAMES, _MONTH_VARIANTS) for num, names in table.items() for name in names
}
_MONTH_RE = "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_MONTH_LOOKUP, key=len, reverse=True)
)

_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)

# Arabic-Indic and Persian digits, so that Arabic datelines parse like Latin ones.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Arabic papers often write both month names: "10 ديسمبر/كانون الأول 2021".
_ALT = rf"(?:\s*/\s*(?:{_MONTH_RE}))?"

_NAMED_MDY = re.compile(
    rf"(?<!\w)(?P<mon>{_MONTH_RE}){_ALT}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_NAMED_DMY = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon>{_MONTH_RE}){_ALT}\.?,?\s+(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?!\d)")
_NUMERIC = re.compile(
    r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a line: its span, its value, and how sure the day/month order is."""

    start: int
    end: int
    year: int
    month: int
    day: int
    kind: str  # "named-mdy" | "named-dmy" | "iso" | "numeric"
    sep: str = ""
    first: int = 0  # for numeric dates: the first and second number as written
    second: int = 0

    @property
    def ambiguous(self) -> bool:
        """True for a numeric date where both day-first and month-first readings are valid dates."""
        return (
            self.kind == "numeric"
            and self.first != self.second
            and _valid(self.year, self.second, self.first)
            and _valid(self.year, self.first, self.second)
        )

    def iso(self, day_first: bool = True) -> str | None:
        if self.kind != "numeric":
            return _iso(self.year, self.month, self.day)
        if self.first > 12:
            return _iso(self.year, self.second, self.first)
        if self.second > 12:
            return _iso(self.year, self.first, self.second)
        if day_first:
            return _iso(self.year, self.second, self.first)
        return _iso(self.year, self.first, self.second)


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return 1900 <= y <= 2100


def _iso(y: int, m: int, d: int) -> str | None:
    return f"{y:04d}-{m:02d}-{d:02d}" if _valid(y, m, d) else None


def find_dates(line: str) -> list[FoundDate]:
    """All dates written in a line, in order, without overlaps."""
    text = line.translate(_DIGITS)
    found: list[FoundDate] = []
    for m in _NAMED_MDY.finditer(text):
        mon = _MONTH_LOOKUP.get(_norm_month(m["mon"]))
        if mon and _valid(int(m["y"]), mon, int(m["d"])):
            found.append(FoundDate(m.start(), m.end(), int(m["y"]), mon, int(m["d"]), "named-mdy"))
    for m in _NAMED_DMY.finditer(text):
        mon = _MONTH_LOOKUP.get(_norm_month(m["mon"]))
        if mon and _valid(int(m["y"]), mon, int(m["d"])):
            found.append(FoundDate(m.start(), m.end(), int(m["y"]), mon, int(m["d"]), "named-dmy"))
    for m in _ISO.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            found.append(FoundDate(m.start(), m.end(), y, mo, d, "iso", m["sep"]))
    for m in _NUMERIC.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if _valid(y, b, a) or _valid(y, a, b):
            # month/day filled with the day-first reading; FoundDate.iso() applies the file's convention
            mo, d = (b, a) if _valid(y, b, a) else (a, b)
            found.append(FoundDate(m.start(), m.end(), y, mo, d, "numeric", m["sep"], a, b))
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[FoundDate] = []
    for f in found:
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


def _norm_month(name: str) -> str:
    return re.sub(r"\s+", " ", name.casefold())


@dataclass(frozen=True, slots=True)
class Convention:
    """How a file writes numeric dates: day-first or month-first per separator, if it shows."""

    day_first: dict[str, bool]  # separator -> day-first, only where the file proves it
    named_order_day_first: bool | None  # from "14 July 2021" vs "July 14, 2021", weak evidence

    def resolve(self, found: FoundDate) -> tuple[str | None, bool]:
        """The ISO date and whether its day/month order stayed undecided."""
        if not found.ambiguous:
            return found.iso(), False
        if found.sep in self.day_first:
            return found.iso(self.day_first[found.sep]), False
        # No proof in the file: read day-first (the convention of dotted dates and most of the world),
        # or follow the file's named-month order, and flag the result.
        fallback = True
        if found.sep != "." and self.named_order_day_first is not None:
            # dotted dates are day-first wherever they are written; slashes follow the file's habit
            fallback = self.named_order_day_first
        return found.iso(fallback), True


def learn_convention(lines: Iterable[str]) -> Convention:
    """Collect unambiguous numeric dates (and named-month order) of a whole file."""
    votes: dict[str, Counter[bool]] = {}
    named: Counter[bool] = Counter()
    for line in lines:
        if not any(ch.isdigit() for ch in line):
            continue
        for f in find_dates(line):
            if f.kind == "numeric" and f.first != f.second:
                if f.first > 12:
                    votes.setdefault(f.sep, Counter())[True] += 1
                elif f.second > 12:
                    votes.setdefault(f.sep, Counter())[False] += 1
            elif f.kind.startswith("named"):
                named[f.kind == "named-dmy"] += 1
    decided = {sep: c[True] >= c[False] for sep, c in votes.items() if c[True] != c[False]}
    named_order = None if named[True] == named[False] else named[True] > named[False]
    return Convention(decided, named_order)


# Words that may stand beside a date on a dateline without making it a sentence.
_FILLER = re.compile(
    rf"^(?:posted|published|updated|last|modified|on|at|date|dated|am|pm|a\.m\.|p\.m\.|gmt|utc|msk|reply|share|print|email|"
    rf"off|comments?|words?|min|mins|minutes?|read|views?|reading|time|{_WEEKDAYS})$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A line that is essentially a date, with the byline or outlet words written beside it."""

    found: FoundDate
    extra: str  # the rest of the line, e.g. "Off By Admin" or "THE SAKER"


@lru_cache(maxsize=4096)
def parse_dateline(line: str) -> Dateline | None:
    """Return the dateline reading of a short line, or None if the line is not a dateline."""
    stripped = line.strip().strip("*_#>|").strip()
    if not stripped or len(stripped) > 110 or not any(ch.isdigit() for ch in stripped):
        return None
    dates = find_dates(stripped)
    if not dates:
        return None
    first = dates[0]
    text = stripped.translate(_DIGITS)
    rest = text[: first.start] + " " + text[first.end :]
    for other in dates[1:]:  # "Published 14.07.2021, updated 15.07.2021"
        rest = rest.replace(text[other.start : other.end], " ")
    rest = re.sub(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", " ", rest, flags=re.IGNORECASE)
    rest = re.sub(
        r"\b\d{1,3}(?:[,.]\d{3})*\s+(?:words?|comments?|replies|views?|shares?)\b",
        " ",
        rest,
        flags=re.IGNORECASE,
    )
    parts = [p.strip() for p in re.split(r"[•|·▪/]| [-–—] ", rest) if p.strip(" ,.-–—:()[]")]
    extra_parts: list[str] = []
    for part in parts:
        words = [w for w in re.split(r"[\s,:()\[\]]+", part) if w.strip(".-–—")]
        kept = [w for w in words if not _FILLER.match(w.strip("."))]
        if not kept:
            continue
        # Beside a date only a byline or a name may stand: capitalised words, "by", no sentence.
        for w in kept:
            if w.lower() == "by":
                continue
            caseless = w[0].isalpha() and w[0].lower() == w[0].upper()
            if w[0].isdigit() or not (w[0].isupper() or caseless or not w[0].isalpha()):
                return None
        if len(kept) > 6:
            return None
        extra_parts.append(" ".join(kept))
    return Dateline(first, " • ".join(extra_parts))
