"""Readers for the inputs an analyst has: text and Markdown dumps, HTML pages, JSONL, folders, stdin.

Each input yields articles, or a `Skipped` record naming the file (and line) and saying what to do.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from charset_normalizer import from_bytes

from ..config import Settings
from ..errors import InputError
from ..records import Article, Skipped
from ._dates import find_dates
from .clean import real_author, strip_boilerplate, tidy_text
from .hygiene import REPLACEMENT, Scrubber, plain_title
from .language import detect_language
from .split import content_hash, split_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})
SUPPORTED = sorted(TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES - {""})

STDIN = "-"
_DOC_FILE = re.compile(r"^(readme|license|licence|changelog|contributing)(\.\w+)?$", re.IGNORECASE)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a media file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONVERT_HINT = "convert it to plain text, HTML or JSONL first"
# Invalid UTF-8 sequences per byte below which a file is read as UTF-8 with replacement characters
# (a damaged UTF-8 file), not handed to encoding detection (which guesses a legacy code page).
_MOSTLY_UTF8 = 0.01
_READ_CHUNK = 1 << 20

log = logging.getLogger("realpolitik.ingest")

_FILE_KINDS = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


@dataclass(slots=True)
class ReadResult:
    """The articles read from some inputs, what was skipped and the near-duplicates found."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: list[tuple[str, str, float]] = field(default_factory=list)


def skipped_from(exc: InputError) -> Skipped:
    """The `Skipped` record for an input error (its message and hint, without the location prefix)."""
    reason = f"{exc.message} ({exc.hint})" if exc.hint else exc.message
    return Skipped(source=exc.path or "?", line=exc.line, reason=reason)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str | Skipped]:
    """Files to read, in a stable order: folders are walked recursively (hidden entries ignored)."""
    for given in paths:
        name = str(given)
        if name == STDIN:
            yield STDIN
            continue
        path = Path(name)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for fname in sorted(files):
                    # hidden files and the folder's own documentation are not articles
                    if fname.startswith(".") or _DOC_FILE.match(fname):
                        continue
                    child = Path(root) / fname
                    if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES:
                        yield str(child)
                    else:
                        yield Skipped(
                            str(child),
                            None,
                            f"unsupported kind of file '{child.suffix}' (readable: {', '.join(SUPPORTED)})",
                        )
        elif path.exists() or path.is_symlink():
            yield name
        else:
            yield Skipped(name, None, "no such file or folder (check the path)")


def read_bytes(source: str, max_bytes: int, stdin: BinaryIO | TextIO | None = None) -> bytes:
    """The raw bytes of a file or of stdin, refusing inputs larger than `max_bytes`."""
    if source == STDIN:
        if stdin is None:
            raise InputError("no standard input to read", path=source)
        raw = stdin.read(max_bytes + 1)
        data = raw.encode("utf-8") if isinstance(raw, str) else raw
    else:
        data = _read_regular(source, max_bytes)
    if len(data) > max_bytes:
        raise InputError(
            f"input is too large (more than {max_bytes:,} bytes)",
            path=source,
            hint="split it into smaller parts or raise max_file_bytes in the settings",
        )
    if not data.strip():
        raise InputError("the file is empty", path=source, hint="nothing to read; remove it or fill it")
    return data


def _read_regular(source: str, max_bytes: int) -> bytes:
    """Up to `max_bytes + 1` bytes of a regular file; devices, FIFOs and sockets are refused.

    The file is opened without blocking and checked on the open descriptor, so a FIFO cannot make
    the open hang and a symlink to /dev/zero is refused before a byte is read. Reading stops one
    byte past the limit whatever size the file reports.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        _refuse_special(source, os.stat(source).st_mode)  # a socket cannot even be opened
        fd = os.open(source, flags)
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    try:
        info = os.fstat(fd)
        _refuse_special(source, info.st_mode)  # checked again on what was opened
        if info.st_size > max_bytes:
            raise InputError(
                f"file is too large ({info.st_size:,} bytes; the limit is {max_bytes:,})",
                path=source,
                hint="split it into smaller files or raise max_file_bytes in the settings",
            )
        parts: list[bytes] = []
        got = 0
        while got <= max_bytes:
            part = os.read(fd, min(_READ_CHUNK, max_bytes + 1 - got))
            if not part:
                break
            parts.append(part)
            got += len(part)
        return b"".join(parts)
    except OSError as exc:
        raise _unreadable(source, exc) from exc
    finally:
        os.close(fd)


def _unreadable(source: str, exc: OSError) -> InputError:
    """The error for a file the system would not open or read."""
    return InputError(
        f"cannot read the file: {exc.strerror or exc}",
        path=source,
        hint="check that it exists and is readable",
    )


def _refuse_special(source: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        what = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
        raise InputError(
            f"this is {what}, not a regular file",
            path=source,
            hint="realpolitik reads only regular files; copy the content into a file first",
        )


def decode(data: bytes, source: str) -> str:
    """Text from bytes in any common encoding (BOM, UTF-8, then detection); binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), source)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"the file starts with a {encoding} mark but is not {encoding}", path=source
                ) from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"this is {what}, not text", path=source, hint=_CONVERT_HINT)
    head = data[:8192]
    if b"\x00" not in head:
        try:
            return _checked(data.decode("utf-8"), source)
        except UnicodeDecodeError:
            pass
        damaged = _damaged_utf8(data)
        if damaged is not None:
            text, bad = damaged
            log.warning(
                "%s: %d invalid UTF-8 byte sequence%s replaced by U+FFFD (the rest of the file is UTF-8)",
                source,
                bad,
                "" if bad == 1 else "s",
            )
            return _checked(text, source)
    best = from_bytes(data).best()
    if best is None or (b"\x00" in head and not best.encoding.startswith(("utf_16", "utf_32"))):
        raise InputError("this is a binary file, not text", path=source, hint=_CONVERT_HINT)
    return _checked(str(best), source)


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """The text of a UTF-8 file with a few invalid bytes (replaced by U+FFFD), or None if it is not one.

    A legacy 8-bit file (Cyrillic, Western) has invalid sequences all over; a damaged UTF-8 file has
    a few among valid text.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(REPLACEMENT.encode("utf-8"))
    if bad <= 0 or bad > max(1, int(len(data) * _MOSTLY_UTF8)):
        return None
    return text, bad


def _checked(text: str, source: str) -> str:
    text = text.lstrip("\ufeff")
    sample = text[:20000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    if sample and controls / len(sample) > 0.01:
        raise InputError("this looks like a binary file, not text", path=source, hint=_CONVERT_HINT)
    if not text.strip():
        raise InputError(
            "the file holds only blank space", path=source, hint="nothing to read; remove it or fill it"
        )
    return text


def _kind(source: str, text_head: str) -> str:
    suffix = Path(source).suffix.lower() if source != STDIN else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES and source != STDIN:
        return "text"
    head = text_head.lstrip()[:500].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


def read_source(source: str, settings: Settings, stdin: BinaryIO | TextIO | None = None) -> ReadResult:
    """Read one file (or stdin): its articles and what was skipped. Never raises for bad input."""
    result = ReadResult()
    try:
        data = read_bytes(source, settings.max_file_bytes, stdin)
        head = data[:2000].decode("utf-8", errors="ignore")
        kind = _kind(source, head)
        scrubber = Scrubber()
        if kind == "html":
            articles = read_html(data, source, scrubber)
        elif kind == "jsonl":
            articles, skipped = read_jsonl(scrubber(decode(data, source)), source, scrubber)
            result.skipped.extend(skipped)
        else:
            articles = split_text(scrubber(decode(data, source)), source)
            if not articles:
                raise InputError(
                    "no article text found (only boilerplate)", path=source, hint="check the file"
                )
        if scrubber.changed:
            log.warning(
                "%s: %d character%s removed or replaced (lone surrogates, non-characters, "
                "bidirectional overrides)",
                source,
                scrubber.changed,
                "" if scrubber.changed == 1 else "s",
            )
        result.articles.extend(replace(art, title=plain_title(art.title)) for art in articles)
    except InputError as exc:
        result.skipped.append(skipped_from(exc))
    return result


def _without_scripts(data: bytes) -> Any:
    """The parsed page without script, style, noscript and template elements (None if unparsable).

    Their content is never article text, and a script inside a heading must not end up in the title.
    """
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(data)
    except Exception:  # lxml raises several kinds of parser errors; trafilatura then tries itself
        return None
    for el in tree.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()
    return tree


def read_html(data: bytes, source: str, scrubber: Scrubber | None = None) -> list[Article]:
    """The main text, title, date, author and site name of an HTML page (trafilatura, offline)."""
    import trafilatura  # slow to import; only HTML inputs need it

    clean = scrubber or Scrubber()
    tree = _without_scripts(data)
    try:
        doc = trafilatura.bare_extraction(
            tree if tree is not None else data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # trafilatura raises many kinds of parser errors
        raise InputError(
            f"cannot parse the HTML page: {exc}", path=source, hint="check that it is HTML"
        ) from exc
    meta: dict[str, Any] = {}
    if isinstance(doc, dict):
        meta = doc
    elif doc is not None:
        meta = doc.as_dict()
    meta = {k: clean(v) if isinstance(v, str) else v for k, v in meta.items()}
    title = plain_title((meta.get("title") or "").strip() or None)
    lines = (meta.get("text") or "").splitlines()
    if lines and title and lines[0].strip() == title:
        lines = lines[1:]
    lines, outlet = strip_boilerplate(lines)
    text = tidy_text(lines)
    if not text.strip():
        raise InputError("no article text found in the HTML page", path=source, hint="is it an article page?")
    date = meta.get("date")
    n_lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    return [
        Article(
            id=content_hash(text),
            source=source,
            start_line=1,
            end_line=max(1, n_lines),
            title=title,
            date=date if isinstance(date, str) and len(date) == 10 else None,
            author=real_author(meta.get("author")),
            outlet=(meta.get("sitename") or outlet or None),
            language=detect_language(text),
            text=text,
            url=meta.get("url"),
        )
    ]


_JSONL_HINT = 'write one JSON object per line, e.g. {"text": "...", "title": "...", "date": "2021-07-14"}'


def read_jsonl(
    text: str, source: str, scrubber: Scrubber | None = None
) -> tuple[list[Article], list[Skipped]]:
    """One article per line: `text` and optional `title`, `date`, `url`, `outlet`, `author`, `language`."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            articles.append(_jsonl_article(line, source, no, scrubber or Scrubber()))
        except InputError as exc:
            skipped.append(skipped_from(exc))
    return articles, skipped


def _jsonl_article(line: str, source: str, no: int, clean: Scrubber) -> Article:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON ({exc.msg} at column {exc.colno})", path=source, line=no, hint=_JSONL_HINT
        ) from exc
    if not isinstance(obj, dict):
        raise InputError("the line is JSON but not an object", path=source, line=no, hint=_JSONL_HINT)
    body = obj.get("text")
    # JSON escapes can spell lone surrogates ("\\ud800"), which no encoder or database accepts.
    body = clean(body) if isinstance(body, str) else body
    if not isinstance(body, str) or not body.strip():
        raise InputError("no 'text' field with the article text", path=source, line=no, hint=_JSONL_HINT)
    strings: dict[str, str | None] = {}
    for key in ("title", "date", "url", "outlet", "author", "language"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"the '{key}' field must be a string", path=source, line=no, hint=_JSONL_HINT)
        value = clean(value) if isinstance(value, str) else None
        strings[key] = value.strip() if value and value.strip() else None
    date, ambiguous = None, False
    if strings["date"]:
        found = find_dates(strings["date"])
        date = found[0].iso() if found else None
        ambiguous = bool(found) and found[0].ambiguous
        if date is None:
            raise InputError(
                f"cannot read the date {strings['date']!r}",
                path=source,
                line=no,
                hint="write dates as YYYY-MM-DD",
            )
    text = tidy_text(body.splitlines())
    language = strings["language"].lower()[:2] if strings["language"] else detect_language(text)
    return Article(
        id=content_hash(text),
        source=source,
        start_line=no,
        end_line=no,
        title=strings["title"],
        date=date,
        author=real_author(strings["author"]),
        outlet=strings["outlet"],
        language=language,
        text=text,
        url=strings["url"],
        date_ambiguous=ambiguous,
    )
