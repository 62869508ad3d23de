"""Boilerplate removal and header-line reading for scraped news text (bylines, names, outlets).

The boilerplate families live in `data/boilerplate.txt` and the known outlets in `data/outlets.txt`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..errors import RealpolitikError
from ..wording import known_acronyms

_KINDS = ("line", "block", "end", "source", "mark")


@dataclass(frozen=True, slots=True)
class LineKind:
    """What a boilerplate pattern says about a line."""

    kind: str  # one of _KINDS
    outlet: str | None = None


class Boilerplate:
    """Compiled boilerplate patterns: `classify(line)` tells whether and how a line is boilerplate."""

    def __init__(self, patterns: list[tuple[str, re.Pattern[str]]]):
        self.patterns = patterns

    @classmethod
    def from_text(cls, text: str, source: str = "boilerplate.txt") -> Boilerplate:
        patterns: list[tuple[str, re.Pattern[str]]] = []
        for no, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            kind, _, regex = line.partition(" ")
            if kind not in _KINDS or not regex.strip():
                raise RealpolitikError(
                    f"{source}:{no}: expected '<kind> <regex>' with kind one of {', '.join(_KINDS)}"
                )
            try:
                patterns.append((kind, re.compile(regex.strip(), re.IGNORECASE)))
            except re.error as exc:
                raise RealpolitikError(f"{source}:{no}: invalid regular expression: {exc}") from exc
        return cls(patterns)

    def classify(self, line: str) -> LineKind | None:
        stripped = line.strip()
        if not stripped:
            return None
        for kind, pattern in self.patterns:
            m = pattern.search(stripped)
            if m:
                outlet = m.groupdict().get("outlet")
                if outlet:
                    outlet = outlet.strip(" .\"'“”")
                    url = re.match(
                        r"^(?:https?://)?(?:www\.)?([\w.-]+\.[a-z]{2,})(?:/|$)", outlet, re.IGNORECASE
                    )
                    if url:  # "Source: https://www.example.org/2021/..." names the site
                        outlet = url.group(1)
                return LineKind(kind, outlet or None)
        return None


def _data(name: str) -> str:
    return resources.files("realpolitik.ingest").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_boilerplate() -> Boilerplate:
    """The project's boilerplate patterns (read once from the package data)."""
    return Boilerplate.from_text(_data("boilerplate.txt"))


def _names(name: str) -> frozenset[str]:
    return frozenset(
        _fold(line) for line in _data(name).splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


@lru_cache(maxsize=1)
def known_outlets() -> frozenset[str]:
    return _names("outlets.txt")


@lru_cache(maxsize=1)
def generic_authors() -> frozenset[str]:
    return _names("generic_authors.txt")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().strip(".:").casefold())


def is_known_outlet(line: str) -> bool:
    return _fold(line) in known_outlets()


# Words that name a publication rather than a person ("Caspian Digest", "Example Wire").
_OUTLET_WORD = re.compile(
    r"\b(news|times|post|wire|press|agency|review|digest|observer|monitor|journal|daily|weekly|herald|"
    r"tribune|gazette|media|tv|radio|blog|magazine|report|ledger|chronicle|telegraph|courier|insider|"
    r"today|online|network|channel|podcast|bulletin|dispatch|standard|express|mirror|voice)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _item_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of `data/outlet_items.txt`: those describing an item, and the show words (marked "+")."""
    words = _names("outlet_items.txt")
    return (
        frozenset(w for w in words if not w.startswith("+")),
        frozenset(w[1:] for w in words if w.startswith("+")),
    )


# A trailing part of a header line: after a comma, a dash or a bar, or in brackets.
_TRAILING_PART = re.compile(r"(?:\s*[,|]\s*|\s+[–—-]\s+|\s*\()(?P<part>[^,|()–—]+?)\)?\s*$")


def _item_part(part: str) -> bool:
    """True for a description of an item ("transcript", "excerpt", "episode 12", "full text of the show")."""
    described, _ = _item_words()
    words = re.findall(r"[^\W\d_]+|\d+", part.casefold())
    return any(w in described for w in words) and all(
        w in described or w in _STOP or w.isdigit() for w in words
    )


def without_item(line: str) -> str:
    """The outlet's name in a header line that also describes the item: "Regional Monitor Podcast,
    transcript (excerpt)" is "Regional Monitor", as the show of an outlet ("... Podcast") is counted as the
    outlet whose name it carries (data: `outlet_items.txt`). Any other line comes back as it is."""
    text = line.strip()
    while (m := _TRAILING_PART.search(text)) is not None and m.start() > 0 and _item_part(m["part"]):
        text = text[: m.start()].rstrip(" .,;:")
    _, shows = _item_words()
    words = text.split()
    if len(words) > 1 and words[-1].casefold() in shows:
        rest = " ".join(words[:-1])
        if looks_like_outlet(rest, items=False):
            text = rest
    return text


def looks_like_outlet(line: str, items: bool = True) -> bool:
    """A known outlet, or a short name built with a publication word (with `items`, once the description of
    an item is cut off: "Regional Monitor Podcast, transcript (excerpt)")."""
    text = line.strip().strip(".:")
    if items:
        text = without_item(text)
    if is_known_outlet(text):
        return True
    return 1 <= len(text.split()) <= 5 and len(text) <= 50 and bool(_OUTLET_WORD.search(text))


def outlet_name(name: str | None) -> str | None:
    """An outlet name as a reader writes it: a shouted multi-word masthead ("CASPIAN DIGEST") in title
    case, so the same outlet is not counted twice; short acronyms ("BBC", "TASS") stay as they are; a
    description of the item beside the name is no part of it (`without_item`)."""
    if not name:
        return None
    name = without_item(name).strip(" .,;:–—-")
    if name.isupper() and (" " in name or len(name) > 5):
        name = name.title()
    return name or None


def real_author(name: str | None) -> str | None:
    """The name, or None for placeholders such as 'Admin' or 'Staff'."""
    if not name:
        return None
    name = name.strip(" .,;:–—-")
    if not name or re.sub(r"^the ", "", _fold(name)) in generic_authors():
        return None
    if name.isupper() and len(name) > 3:  # "THE SAKER" -> "The Saker"
        name = name.title()
    return name


# Particles that may stand lower-case inside a personal name.
_PARTICLES = {"de", "da", "van", "von", "der", "den", "al", "el", "bin", "ibn", "di", "du", "la", "le", "y"}
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’\-.]*|[A-ZÀ-Þ]\.)$")
_POSSESSIVE = re.compile(r"\w['’]s$")
_STOP = {
    "the", "of", "and", "in", "on", "for", "to", "with", "a", "an", "is", "are", "was", "why", "how",
    "what", "who", "at", "from", "by", "as", "after", "before", "not", "or", "but",
}  # fmt: skip


def is_name_line(line: str) -> bool:
    """A line that is only a personal name: 2 to 5 capitalised tokens, no function words, no digits. A headline
    of capitalised words with no function word is none: a possessive ("EU Monitors Patrol Armenia's Border") or
    an acronym before the last word of a line not all in capitals ("NATO Envoy Visits Yerevan") is no part of a
    name."""
    text = line.strip().strip(",.")
    if not text or len(text) > 50 or any(ch.isdigit() for ch in text) or re.search(r"[:?!;\"“”()]", text):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 5:
        return False
    if any(t.casefold() in _STOP for t in tokens):
        return False
    if any(_POSSESSIVE.search(t) for t in tokens):
        return False
    # (a surname in capitals ends a name: "Jean DUPONT"; two letters that are no actor's acronym are initials: "PJ
    # Crowley", "JD Vance")
    if not text.isupper() and any(
        len(t) > 1 and t.isupper() and t.isalpha() and (len(t) > 2 or t in known_acronyms())
        for t in tokens[:-1]
    ):
        return False
    if looks_like_outlet(text):
        return False
    return all(_NAME_TOKEN.match(t) or t.casefold() in _PARTICLES for t in tokens)


_BYLINE = re.compile(
    r"^(?:(?:written|submitted|posted|reported|compiled|translated|text)\s+)?(?:by|от|автор)\s*:?\s+(?P<rest>.+)$"
    r"|^(?:author|authors|autor|yazar)\s*:\s*(?P<rest2>.+)$",
    re.IGNORECASE,
)
_FOR_OUTLET = re.compile(
    r"^(?:.*?\b)?(?:for|exclusively\s+for|special\s+to|written\s+for|(?:cross-)?posted\s+(?:with|at|on|from)|"
    r"(?:first\s+|originally\s+)?published\s+(?:by|in|at|on)|courtesy\s+of)\s+(?P<outlet>[A-Z0-9].+)$",
)


@dataclass(frozen=True, slots=True)
class Byline:
    """An author (and sometimes an outlet) read from a byline."""

    author: str | None
    outlet: str | None


def parse_byline(line: str) -> Byline | None:
    """Read 'By X', 'by X – role – for Outlet', 'Submitted by X.', 'Author: X'; None if not a byline."""
    text = line.strip().strip("*_").strip()
    if not text or len(text) > 160:
        return None
    m = _BYLINE.match(text)
    if not m:
        return None
    rest = (m["rest"] or m["rest2"] or "").strip()
    parts = [p.strip(" .") for p in re.split(r"\s+[–—|-]\s+|\s*[•|]\s*|,\s+", rest) if p.strip(" .")]
    if not parts:
        return None
    name = parts[0]
    if name.split()[0].casefold() in _NOT_NAMES:  # "By Tuesday, both sides had withdrawn."
        return None
    # "By contrast, ..." is a sentence; a byline's first part is a name.
    tokens = name.replace(" and ", " & ").split()
    if not tokens or len(tokens) > 8:
        return None
    if not all(
        _NAME_TOKEN.match(t)
        or t == "&"
        or t.casefold() in _PARTICLES
        or (t[:1].isalpha() and t[:1].lower() == t[:1].upper())
        for t in tokens
    ):
        return None
    outlet = None
    for part in parts[1:]:
        fm = _FOR_OUTLET.match(part)
        if fm:
            outlet = fm["outlet"].strip(" .")
        elif is_known_outlet(part):
            outlet = part
    return Byline(real_author(name.replace(" & ", " and ")), outlet)


_NOT_NAMES = frozenset(
    (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "then", "now", "far", "most", "some", "all", "this", "that", "way",
    )
)  # fmt: skip

_SPEAKER = re.compile(r"^(?P<name>[QA]|[A-ZА-Я][^:]{1,80}?)(?:\s*\([^)]{1,30}\))?:\s+\S")


def is_speaker_line(line: str) -> bool:
    """'Prime Minister Nikol Pashinyan (retranslated): Good afternoon.' and other transcript turns."""
    return bool(_SPEAKER.match(line.strip()))


def speaker_label(line: str) -> str | None:
    """The speaker a transcript line opens a turn for ("Prime Minister Nikol Pashinyan" in "Prime Minister
    Nikol Pashinyan (retranslated): Good afternoon."), or None for other lines."""
    found = _SPEAKER.match(line.strip())
    return found.group("name").rstrip() if found else None


_BULLET = re.compile(r"^\s*(?:[•\-*–—·▪►✓]|\d{1,2}[.)])\s+")


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def tidy_text(lines: list[str]) -> str:
    """Join kept lines: trailing spaces removed, runs of blank lines collapsed to one."""
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def strip_boilerplate(lines: list[str]) -> tuple[list[str], str | None]:
    """Drop boilerplate lines (and everything after a block heading); return the rest and any outlet named."""
    patterns = load_boilerplate()
    kept: list[str] = []
    outlet: str | None = None
    for line in lines:
        found = patterns.classify(line)
        kind = found.kind if found is not None else None
        if kind == "block":
            break
        if kind in ("end", "source"):
            outlet = outlet or (found.outlet if found is not None else None)
            continue
        if kind == "line":
            continue
        kept.append(line)
    return kept, outlet
