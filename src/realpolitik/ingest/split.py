"""Splitting of text dumps that run many articles together into articles with their metadata.

A line opens an article when it looks like a title and header evidence follows or a boundary precedes it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

from ..records import Article
from ._dates import Convention, Dateline, learn_convention, parse_dateline
from .clean import (
    Byline,
    LineKind,
    is_bullet,
    is_known_outlet,
    is_name_line,
    is_speaker_line,
    load_boilerplate,
    looks_like_outlet,
    outlet_name,
    parse_byline,
    real_author,
    tidy_text,
)
from .language import detect_language

# How it works: every line is classified (boilerplate family, dateline, byline, name, outlet, title-like);
# a title-like line scores points for what follows it (a date, a byline, its own repeat: 3; an outlet or
# author line: 1-2) and for what precedes it (a disclaimer, a related-links block, an omission mark, a
# signature: 2; two blank lines: 1) and opens an article at 3. Numeric dates follow the whole file's habit.

_COMMENTS = re.compile(r"comment|repl|respons|discussion|email", re.IGNORECASE)
# A teaser in a list of related links ends with an ellipsis or a "read more" link; an article does not.
_TEASER = re.compile(r"(…|\.\.\.|\[…\]|\bread\s+more|\bcontinue\s+reading)\W*$", re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_OMISSION = re.compile(r"^[<\[(]\s*(?:…|\.\.\.)\s*[>\])]$")

# Fewer body words than this and a piece of a multi-article dump is a list of links, not an article.
MIN_ARTICLE_WORDS = 25
_HEADER_LOOKAHEAD = 6  # non-blank lines after a title that may still be header lines
_EXTENDED_LOOKAHEAD = 5  # non-blank body lines after the header searched for a byline or author line


@dataclass(slots=True)
class _Line:
    idx: int
    raw: str
    text: str
    boiler: LineKind | None = None
    dateline: Dateline | None = None
    byline: Byline | None = None
    name: bool = False
    outlet: bool = False
    title: bool = False
    weak: bool = False  # title-like but needs strong evidence (ends with a full stop, speaker turn...)
    styled: bool = False  # Title Case or ALL CAPS: headline style
    md_level: int = 0

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass(slots=True)
class _Segment:
    start: int
    end: int  # exclusive
    header: set[int] = field(default_factory=set)
    title_idx: int | None = None


def content_hash(text: str) -> str:
    """The article id: sha256 of the whitespace-normalised text, first 16 hex characters."""
    norm = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def _strip_markup(text: str) -> tuple[str, int]:
    level = 0
    m = re.match(r"^(#{1,6})\s+", text)
    if m:
        level = len(m.group(1))
        text = text[m.end() :].rstrip("# ").strip()
    if any(ch.isalnum() for ch in text):
        text = re.sub(r"^([*_]{1,3})(.+?)\1$", r"\2", text).strip()
    return text, level


def _field(value: str | None) -> str | None:
    # Scraped pages glue words with no-break and zero-width spaces; metadata fields get plain ones.
    if value is None:
        return None
    value = re.sub(r"[\s\u200b\u200c\ufeff]+", " ", value).strip()
    return value or None


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _similar(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    if len(short) >= 12 and long_.startswith(short) and len(short) / len(long_) >= 0.7:
        return True
    return SequenceMatcher(None, na, nb).ratio() >= 0.85


def _is_caps_line(text: str) -> bool:
    cased = 0
    for ch in text:
        if ch.islower():
            return False  # most lines fail here, on their first lower-case letter
        if ch.isupper():
            cased += 1
    return cased >= 3


def _script(text: str) -> str:
    """The main script of a line: "arabic", "cyrillic", "armenian", "georgian", "hebrew" or "latin"."""
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            name = "arabic"
        elif 0x0400 <= o <= 0x04FF:
            name = "cyrillic"
        elif 0x0530 <= o <= 0x058F:
            name = "armenian"
        elif 0x10A0 <= o <= 0x10FF:
            name = "georgian"
        elif 0x0590 <= o <= 0x05FF:
            name = "hebrew"
        else:
            name = "latin"
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def _headline_style(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", text) if w[0].lower() != w[0].upper()]
    if len(words) < 3:
        return False
    if _is_caps_line(text):
        return True
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.75


def _classify(idx: int, raw: str) -> _Line:
    text, md_level = _strip_markup(raw.strip())
    line = _Line(idx, raw, text, md_level=md_level)
    if not text:
        return line
    line.boiler = load_boilerplate().classify(text)
    if line.boiler is not None and line.boiler.kind != "mark":
        return line
    line.dateline = parse_dateline(text)
    if line.dateline is not None:
        return line
    line.byline = parse_byline(text)
    if line.byline is not None:
        return line
    line.name = is_name_line(text)
    line.outlet = len(text) <= 50 and (
        looks_like_outlet(text) or (len(text.split()) <= 4 and not line.name and _is_caps_line(text))
    )
    words = text.split()
    first_alpha = next((ch for ch in text if ch.isalpha()), "")
    line.title = (
        line.boiler is None
        and 4 <= len(text) <= 200
        and (2 <= len(words) <= 30 or md_level > 0)
        and text[-1] not in ",;:"
        and not (first_alpha and first_alpha.islower())
        and not is_bullet(raw)
        and "http" not in text
    )
    if line.title:
        line.weak = (
            (text.endswith(".") and not text.endswith(".."))
            or len(words) > 20
            or (is_speaker_line(text) and not text.endswith("?"))
        )
        line.styled = _headline_style(text)
    return line


class _Splitter:
    def __init__(self, lines: list[str]):
        self.lines = [_classify(i, raw) for i, raw in enumerate(lines)]
        self.nonblank = [ln.idx for ln in self.lines if not ln.blank]
        self.pos = {idx: k for k, idx in enumerate(self.nonblank)}

    # -- finding article starts --------------------------------------------------------------------
    def _header_after(self, idx: int) -> tuple[int, list[int]]:
        """Score the evidence right after a title line; return it with the header lines it used."""
        title = self.lines[idx]
        score, header, seen = 0, [], 0
        k = self.pos[idx] + 1
        while k < len(self.nonblank) and seen < _HEADER_LOOKAHEAD:
            ln = self.lines[self.nonblank[k]]
            k += 1
            if ln.boiler is not None and ln.boiler.kind == "line":  # a photo credit inside the header
                header.append(ln.idx)
                continue
            if (
                ln.dateline is not None
                or ln.byline is not None
                or (ln.title and _similar(ln.text, title.text))
            ):
                score += 3
            elif ln.outlet and seen <= 1:
                score += 1
            elif (
                ln.name
                and seen <= 2
                and not (
                    title.weak and ln.styled and (len(title.text.split()) <= 4 or self._lead_repeats(ln, k))
                )
            ):
                # (a line of three or more capitalised words under a short weak line, a sentence of four words
                # or fewer, is the next headline, not that line's author: "More on this story." before "Putin
                # Meets Erdogan Again"; under a longer weak line it is the headline when the first paragraph
                # after it repeats most of its words, as a lead repeats its headline's and seldom its author's
                # name: "Armenia and Azerbaijan resume talks." keeps "Juan Carlos Vega")
                score += 2 if seen == 0 else 1
            elif self._is_role_line(ln, k):
                pass
            elif (
                seen == 0
                and not title.weak
                and not (ln.title and not ln.weak)
                and len(ln.text.split()) >= 8
                and k < len(self.nonblank)
            ):
                # A standfirst may stand between the title and the byline or date: only those count.
                nxt = self.lines[self.nonblank[k]]
                after_nxt = self.lines[self.nonblank[k + 1]] if k + 1 < len(self.nonblank) else None
                # ...unless a headline follows it: then it was the signature of a one-paragraph article
                signature = after_nxt is None or (after_nxt.title and not after_nxt.weak)
                if (nxt.dateline is not None or nxt.byline is not None) and not signature:
                    score += 3
                    header.append(nxt.idx)
                break
            else:
                break
            header.append(ln.idx)
            seen += 1
        return score, header

    def _lead_repeats(self, ln: _Line, next_k: int) -> bool:
        """Whether the first paragraph (20 words or more) within the header's reach after `ln` repeats at least
        half of its words of four letters or more (by their first five letters, as `headline_score` reads a
        lead): what a headline's lead does."""
        words = [w.lower()[:5] for w in _CONTENT_WORD.findall(ln.text)]
        for k in range(next_k, min(next_k + _HEADER_LOOKAHEAD, len(self.nonblank))):
            para = self.lines[self.nonblank[k]].text
            if len(para.split()) >= 20:
                lead = {w.lower()[:5] for w in _CONTENT_WORD.findall(para)}
                return bool(words) and 2 * sum(w in lead for w in words) >= len(words)
        return False

    def _is_role_line(self, ln: _Line, next_k: int) -> bool:
        # "Senior fellow at an institute," followed by the author's name
        if not (ln.text.endswith(",") and len(ln.text.split()) <= 14 and next_k < len(self.nonblank)):
            return False
        return self.lines[self.nonblank[next_k]].name

    def find_segments(self) -> list[_Segment]:
        if not self.nonblank:
            return []
        first = self.nonblank[0]
        segments = [_Segment(first, len(self.lines))]
        consumed: set[int] = set()
        head = self._first_title(first)
        if head is not None:
            _, hdr = self._header_after(head)
            segments[0].header.update([head, *hdr, *range(first, head)])
            segments[0].title_idx = head
            consumed.update(segments[0].header)
        in_block = False
        block_at, block_related, block_title = -1, False, None
        for k, idx in enumerate(self.nonblank):
            ln = self.lines[idx]
            if ln.boiler is not None and ln.boiler.kind == "block":
                in_block, block_at, block_title = True, idx, None
                block_related = not _COMMENTS.search(ln.text)
                continue
            if (
                in_block
                and idx not in consumed
                and ln.boiler is None
                and len(ln.text.split()) >= 40
                and not _TEASER.search(ln.text)
            ):
                # A paragraph of prose ends a list of related links. If no article began since the
                # list's heading, one begins here (at the last headline-like line), so no text is lost.
                if segments[-1].start < block_at and block_related:
                    start = block_title if block_title is not None else idx
                    segments[-1].end = start
                    seg = _Segment(start, len(self.lines), title_idx=block_title)
                    seg.header.update([start] if block_title is not None else [])
                    consumed.update(seg.header)
                    segments.append(seg)
                in_block = False
                continue
            if in_block and ln.title and idx not in consumed:
                block_title = idx
            if idx in consumed or idx == first or not ln.title:
                continue
            prev = self.lines[self.nonblank[k - 1]]
            if prev.idx == segments[-1].title_idx:
                continue  # right under a title comes a standfirst or the text, not another article
            if prev.idx in segments[-1].header and not ln.weak and len(ln.text.split()) <= 8:
                # Still inside the header of the article above (title, date, then an outlet line),
                # unless a date or a repeated title marks this line as the next headline of a list.
                _, more = self._header_after(idx)
                if not any(
                    self.lines[j].dateline is not None or _similar(self.lines[j].text, ln.text) for j in more
                ):
                    segments[-1].header.update([idx, *more])
                    consumed.update([idx, *more])
                    continue
            after, header = self._header_after(idx)
            before = 0
            if in_block or (
                prev.boiler is not None and prev.boiler.kind in ("end", "mark", "source", "block")
            ):
                before += 2
            if idx - prev.idx >= 3:  # two or more blank lines
                before += 1
            if prev.idx not in consumed and (
                prev.byline is not None
                or any(_norm(prev.text) == _norm(self.lines[h].text) for h in segments[-1].header)
            ):
                before += 2  # a signature ("By X", the author line again) closes the article above
            date_first = (
                prev.dateline is not None and prev.idx not in consumed and idx - prev.idx <= 2 and not ln.weak
            )
            if date_first:
                after += 3
            style = 1 if ln.styled or (ln.text.endswith("?") and len(ln.text.split()) <= 15) else 0
            nxt = self.lines[self.nonblank[k + 1]] if k + 1 < len(self.nonblank) else None
            script = _script(ln.text)
            if nxt is not None and script and script != _script(prev.text) and script == _script(nxt.text):
                before += 3  # the text switches to another script here: an embedded article begins
            if _is_caps_line(ln.text) and len(ln.text.split()) >= 6:
                style = 2  # a long ALL CAPS line is a headline, rarely a section heading
            if in_block and block_related and after < 3 and nxt is not None and _TEASER.search(nxt.text):
                continue  # the next link of a related list, with its teaser: not an article
            strong = after >= 3 or ln.md_level == 1 or (not ln.weak and after + before + style >= 3)
            if not strong and not ln.weak and not in_block:
                # No dateline or byline: the line opens an article if it reads as a headline in its place.
                strong = (
                    headline_score(
                        ln.text,
                        ln.idx - prev.idx,
                        nxt.idx - ln.idx if nxt is not None else None,
                        prev.text,
                        nxt.text if nxt else "",
                    )
                    >= _headline_weights()["threshold"]
                )
            if not strong:
                continue
            start = prev.idx if date_first else idx
            segments[-1].end = start
            seg = _Segment(start, len(self.lines), title_idx=idx)
            seg.header.update([idx, *header])
            if date_first:
                seg.header.add(prev.idx)
            consumed.update(seg.header)
            segments.append(seg)
            if after >= 3:  # a real header; a bare headline may be the next link of a list
                in_block = False
        return segments

    def _first_title(self, first: int) -> int | None:
        ln = self.lines[first]
        if ln.title:
            return first
        if ln.dateline is not None and self.pos[first] + 1 < len(self.nonblank):
            nxt = self.lines[self.nonblank[self.pos[first] + 1]]
            if nxt.title:
                return nxt.idx
        return None

    def ends_with_omission(self, seg: _Segment, stop: int) -> bool:
        """Whether the last non-blank line before `stop` in a segment is an omission mark like <…>."""
        for i in range(min(seg.end, stop) - 1, seg.start - 1, -1):
            text = self.lines[i].text
            if text:
                return bool(_OMISSION.match(text))
        return False

    def merge_fragments(self, segments: list[_Segment], min_words: int) -> list[_Segment]:
        """Handle pieces with almost no text: links in a related-news list are dropped; a piece
        cut off inside an article (a false start) goes back to the article it came from."""
        out: list[_Segment] = []
        for seg in segments:
            words = sum(
                len(self.lines[i].text.split())
                for i in range(seg.start, seg.end)
                if i not in seg.header and self.lines[i].boiler is None
            )
            if words >= min_words:
                out.append(seg)
                continue
            prev = out[-1] if out else None
            after_boundary = prev is None or any(
                (b := self.lines[i].boiler) is not None and b.kind in ("block", "end", "source", "mark")
                for i in range(prev.start, seg.start)
            )
            if prev is not None and not after_boundary:
                prev.end = seg.end
        return out

    # -- reading one article -----------------------------------------------------------------------
    def article(self, seg: _Segment, source: str, conv: Convention) -> Article | None:
        lines = self.lines
        title = lines[seg.title_idx].text if seg.title_idx is not None else None
        header = sorted(seg.header)
        datelines: list[Dateline] = [d for i in header if (d := lines[i].dateline) is not None]
        by_author: str | None = None  # from a byline or a dateline: explicit
        name_line: str | None = None  # a bare name near the title: an author, or else the outlet
        outlet: str | None = None
        for i in header:
            ln = lines[i]
            if ln.byline is not None:
                by_author = by_author or ln.byline.author
                outlet = outlet or ln.byline.outlet
            elif ln.name and i != seg.title_idx:
                name_line = name_line or ln.text.strip()
            elif (
                ln.outlet or (ln.title and len(ln.text.split()) <= 5 and not _similar(ln.text, title or ""))
            ) and i != seg.title_idx:
                outlet = outlet or ln.text.strip()
            elif (
                ln.title
                and i != seg.title_idx
                and title
                and _is_caps_line(title)
                and not _is_caps_line(ln.text)
            ):
                title = ln.text  # prefer the mixed-case repeat of an ALL CAPS title
        body_idx = [i for i in range(seg.start, seg.end) if i not in seg.header]
        # Bylines and author lines a little below the header (after a standfirst or a photo).
        looked = 0
        for i in body_idx:
            ln = lines[i]
            if ln.blank:
                continue
            if looked >= _EXTENDED_LOOKAHEAD or (ln.boiler is not None and ln.boiler.kind == "block"):
                break
            looked += 1
            if ln.byline is not None:
                by_author = by_author or ln.byline.author
                outlet = outlet or ln.byline.outlet
                seg.header.add(i)
            elif ln.dateline is not None and not datelines:
                datelines.append(ln.dateline)
                seg.header.add(i)
            elif ln.name and name_line is None and looked <= 3:
                name_line = ln.text.strip()
                seg.header.add(i)
        for dl in datelines:
            extra = dl.extra.strip()
            if not extra or by_author:
                continue
            by = parse_byline(extra)
            if by is not None:
                by_author = by.author
            elif looks_like_outlet(extra):
                outlet = outlet or extra
            elif is_name_line(extra) or (_is_caps_line(extra) and len(extra.split()) <= 4):
                # "THE SAKER • NOVEMBER 11, 2020 • 3,100 WORDS": the name beside the date is the author
                by_author = real_author(extra)
            elif is_known_outlet(extra):
                outlet = outlet or extra
        kept: list[int] = []
        for i in range(seg.start, seg.end):
            if i in seg.header:
                continue
            ln = lines[i]
            kind = ln.boiler.kind if ln.boiler is not None else None
            if kind == "block":
                break
            if kind in ("end", "source"):
                outlet = outlet or (ln.boiler.outlet if ln.boiler else None)
                continue
            if kind == "line":
                continue
            kept.append(i)
        kept, signed = self._drop_signature(kept, {_norm(lines[i].text) for i in seg.header})
        by_author = by_author or signed
        author = by_author or real_author(name_line)
        if by_author and name_line and _norm(name_line) != _norm(by_author) and outlet is None:
            outlet = name_line  # "Title / Example Wire / By Jane Roe": the bare name is the outlet
        text = tidy_text([lines[i].raw for i in kept])
        if not text.strip() and seg.title_idx is not None and seg.start == self.nonblank[0]:
            # a file holding one short paragraph: it is the text, not a title
            text, title = lines[seg.title_idx].text, None
            kept = [seg.title_idx]
        if not text.strip():
            return None
        date, ambiguous = (None, False)
        if datelines:
            date, ambiguous = conv.resolve(datelines[0].found)
        last = max((i for i in kept if not lines[i].blank), default=seg.start)
        return Article(
            id=content_hash(text),
            source=source,
            start_line=seg.start + 1,
            end_line=last + 1,
            title=_field(title),
            date=date,
            author=_field(author),
            outlet=outlet_name(_field(outlet)),
            language=detect_language(text),
            text=text,
            date_ambiguous=ambiguous,
        )

    def _drop_signature(self, kept: list[int], header_texts: set[str]) -> tuple[list[int], str | None]:
        """Drop a closing signature (a byline, or the header's author lines again); return its author."""
        nonblank = [i for i in kept if not self.lines[i].blank]
        drop: set[int] = set()
        author: str | None = None
        for i in reversed(nonblank[-3:]):
            ln = self.lines[i]
            dash = re.match(r"^[—–-]{1,2}\s*([^,]{3,40})(?:,.{0,40})?$", ln.text)
            if ln.byline is not None:
                author = author or ln.byline.author
                drop.add(i)
            elif dash and is_name_line(dash.group(1)):  # "— Mark Teller, Tbilisi"
                author = author or real_author(dash.group(1))
                drop.add(i)
            elif _norm(ln.text) in header_texts:
                drop.add(i)
            else:
                break
        return [i for i in kept if i not in drop], author


@lru_cache(maxsize=1)
def _headline_weights() -> dict[str, float]:
    raw = json.loads(
        resources.files("realpolitik.ingest").joinpath("data", "headline.json").read_text("utf-8")
    )
    return {k: float(v) for k, v in raw.items() if not k.startswith("_")}


def headline_score(line: str, lines_since_prev: int, lines_to_next: int | None, prev: str, nxt: str) -> float:
    """How much a title-like line reads as the headline of a new article, from its length, its
    capitalisation and its blank-line context (weights in data/headline.json)."""
    w = _headline_weights()
    words = line.split()
    long_words = _CONTENT_WORD.findall(line)
    if _is_caps_line(line):
        case = 1.0
    else:
        case = sum(word[0].isupper() for word in long_words) / len(long_words) if long_words else 0.0
    nxt_words = set(word.lower()[:5] for word in _CONTENT_WORD.findall(nxt))
    repeats = (
        sum(word.lower()[:5] in nxt_words for word in long_words) / len(long_words) if long_words else 0.0
    )
    features = {
        "length": float(4 <= len(words) <= 14),
        "case": case,
        "blank_before": float(lines_since_prev >= 2),
        "blank_after": float(lines_to_next is not None and lines_to_next >= 2),
        "paragraph_before": float(len(prev.split()) >= 20 and prev.rstrip()[-1:] in '.!?"”’)'),
        "paragraph_after": float(len(nxt.split()) >= 20),
        "lead_repeats": repeats,
    }
    return w["bias"] + sum(w[name] * value for name, value in features.items())


def _is_transcript(text: str) -> bool:
    return sum(1 for line in text.splitlines() if is_speaker_line(line)) >= 2


def article_starts(text: str, *, min_words: int = MIN_ARTICLE_WORDS) -> list[int]:
    """Character offsets at which the articles of a dump begin after its first line (the boundaries
    `split_text` cuts at, including those after a first piece too short to be an article); empty for a
    text of one article."""
    lines = text.splitlines(keepends=True)
    splitter = _Splitter(text.splitlines())
    segments = splitter.find_segments()
    if len(segments) > 1:
        segments = splitter.merge_fragments(segments, min_words)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    first = splitter.nonblank[0] if splitter.nonblank else 0
    return [offsets[seg.start] for seg in segments if seg.start > first]


def split_text(text: str, source: str, *, min_words: int = MIN_ARTICLE_WORDS) -> list[Article]:
    """Split the text of one input into articles (one or many), with title, date, author and outlet."""
    lines = text.splitlines()
    splitter = _Splitter(lines)
    conv = learn_convention(lines)
    segments = splitter.find_segments()
    if len(segments) > 1:
        segments = splitter.merge_fragments(segments, min_words)
    articles: list[Article] = []
    prev: _Segment | None = None
    for seg in segments:
        art = splitter.article(seg, source, conv)
        if art is None:
            continue
        if (
            art.date is None
            and articles
            and prev is not None
            and splitter.ends_with_omission(prev, seg.start)
            and _is_transcript(art.text)
            and _is_transcript(articles[-1].text)
        ):
            # "<…>" cuts a transcript into parts of one record: an undated part keeps the record's date
            art = replace(art, date=articles[-1].date, date_ambiguous=articles[-1].date_ambiguous)
        articles.append(art)
        prev = seg
    return articles
