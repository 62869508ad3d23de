"""The `realpolitik code` contract as a library: JSON lines of texts in, JSON lines of coded events out.

Streams: lines are read, batched through the pipeline and written in input order, so memory stays flat.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from typing import IO, Any

from spacy.language import Language
from spacy.tokens import Doc

from .chunking import CONTEXT_CHARS, Chunk, char_batches, chunk_text, describe_cuts, event_in_chunk
from .config import Settings
from .extensions import register_extensions
from .ingest.hygiene import scrub
from .nlp import build_pipeline, in_zones, parse_text
from .records import ActorMention, Attribution, Event, EventActor

log = logging.getLogger("realpolitik.code")

ErrorHandler = Callable[[int, str], None]


@dataclass(slots=True)
class CodeReport:
    """What a coding run did: lines read, records coded, events written and the lines that failed."""

    lines: int = 0
    coded: int = 0
    events: int = 0
    failed: list[tuple[int, str]] = field(default_factory=list)  # (1-based line number, message)
    # lemma -> count of actor-bearing main verbs the lexicon does not know (`code --stats`)
    gaps: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class _Pending:
    line: int
    id: Any
    error: str | None  # None: a valid record whose Doc is still in the pipeline
    chunk: Chunk | None = None  # the piece of the record's text parsed (long texts are parsed in chunks)
    last: bool = True  # the record's last chunk


def parse_line(raw: bytes | str) -> tuple[Any, str, str | None]:
    """Validate one input line; returns (id, text, date) or raises ValueError with a message saying what to fix."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"not UTF-8 text ({exc.reason} at byte {exc.start}); re-encode the file as UTF-8"
            ) from exc
    try:
        # without the line's own end: a line cut short is reported at its last column, not at 1 after it
        record = json.loads(raw.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"not valid JSON ({exc.msg} at column {exc.colno}); write one JSON object per line"
        ) from exc
    if not isinstance(record, dict):
        raise ValueError(
            f'expected a JSON object like {{"id": ..., "text": ...}}, got {type(record).__name__}'
        )
    ident = record.get("id")
    if not isinstance(ident, str):
        raise ValueError('"id" must be a string; give every record a string id')
    text = record.get("text")
    if text is None:
        raise ValueError('missing "text"; give every record the text to code')
    if not isinstance(text, str):
        raise ValueError(f'"text" must be a string, got {type(text).__name__}')
    when = record.get("date")
    if when is not None:
        if not isinstance(when, str):
            raise ValueError(f'"date" must be a "YYYY-MM-DD" string, got {type(when).__name__}')
        try:
            date.fromisoformat(when)
        except ValueError as exc:
            raise ValueError(
                f'"date" {when!r} is not a valid YYYY-MM-DD date; fix it or leave it out'
            ) from exc
        if len(when) != 10:
            raise ValueError(f'"date" {when!r} is not in the form YYYY-MM-DD; fix it or leave it out')
    return ident, text, when


def _raw_id(raw: bytes | str) -> Any:
    """The id of a rejected line when one can still be read, so the error line can be matched up."""
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(record, dict) and isinstance(record.get("id"), str):
        return record["id"]
    return None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _write(out_stream: IO[str], payload: dict[str, Any]) -> None:
    line = json.dumps(payload, ensure_ascii=False)
    if _LONE_SURROGATE.search(line):
        # An id holding a lone surrogate cannot be written as UTF-8; JSON escapes keep it exactly.
        line = json.dumps(payload, ensure_ascii=True)
    out_stream.write(line)
    out_stream.write("\n")


_PACKED = "realpolitik_records"  # user_data key of the msgpack-safe copy of a worker's results
_GUARD = "realpolitik_guarded_records"


class _GuardedRecords:
    """Runs the project's components on one Doc at a time and keeps a failure on that Doc.

    In a worker process it also turns the records into plain dicts, because spaCy ships worker Docs back
    as msgpack bytes, which cannot carry ActorMention or Event objects.
    """

    def __init__(self, nlp: Language, names: list[str], pack: bool) -> None:
        self.nlp = nlp
        self.names = names
        self.pack = pack

    def __call__(self, doc: Doc) -> Doc:
        error: str | None = None
        # The article date travels as the pipe context, so raw text (not a tokenised Doc) goes to the
        # workers; the model's components do not need the date, the project's do.
        context = getattr(doc, "_context", None)
        if context is not None and doc._.article_date is None:
            doc._.article_date = context
        try:
            for name in self.names:
                doc = self.nlp.get_pipe(name)(doc)
        except Exception as exc:  # reported on the record's own output line, never swallowed
            error = f"could not code this text ({type(exc).__name__}: {exc}); please report it"
            doc._.actors, doc._.events = None, None
        if self.pack:
            doc.user_data[_PACKED] = {
                "actors": [_row(m) for m in doc._.actors or []],
                "events": [_event_row(e) for e in doc._.events or []],
                "gaps": list(doc._.event_gaps or []),
                "error": error,
            }
            doc._.actors, doc._.events, doc._.event_gaps = None, None, None
        else:
            doc.user_data[_PACKED] = {"error": error}
        return doc


@Language.factory(_GUARD, default_config={"names": [], "pack": False})
def _make_guard(nlp: Language, name: str, names: list[str], pack: bool) -> _GuardedRecords:
    return _GuardedRecords(nlp, names, pack)


def _row(record: Any) -> list[Any]:
    # Plain field lists, in declaration order: cheaper than asdict and safe for msgpack.
    return [getattr(record, f.name) for f in fields(record)]


def _event_row(event: Event) -> list[Any]:
    row = _row(event)
    names = _event_fields()
    row[names.index("source")] = [_row(a) for a in event.source]
    row[names.index("target")] = [_row(a) for a in event.target]
    row[names.index("attribution")] = _row(event.attribution) if event.attribution else None
    return row


@lru_cache(maxsize=1)
def _event_fields() -> list[str]:
    return [f.name for f in fields(Event)]


def _event(row: list[Any]) -> Event:
    data = dict(zip(_event_fields(), row, strict=True))
    attribution = data["attribution"]
    data["source"] = tuple(EventActor(*a) for a in data["source"])
    data["target"] = tuple(EventActor(*a) for a in data["target"])
    data["attribution"] = Attribution(*attribution) if attribution else None
    return Event(**data)


def _unpack(doc: Doc) -> str | None:
    """Restore the records a worker packed; returns the component failure on this Doc, if any."""
    packed = doc.user_data.pop(_PACKED, None)
    if packed is None:
        return None
    if "actors" in packed:
        doc._.actors = [ActorMention(*m) for m in packed["actors"]]
        doc._.events = [_event(e) for e in packed["events"]]
        doc._.event_gaps = list(packed.get("gaps", []))
    error: str | None = packed["error"]
    return error


def coded_docs(
    nlp: Language, items: Iterable[tuple[str, str | None]], settings: Settings
) -> Iterator[tuple[Doc, str | None]]:
    """(Doc, None) with actors and events, or (Doc, message) when a component failed on that text.

    The project's components run inside one guard component (in the workers when n_process > 1), so a
    failure on one text becomes an error line for that record instead of ending the run.
    """
    own = [name for name in nlp.pipe_names if name.startswith("realpolitik_") and name != _GUARD]
    if _GUARD in nlp.pipe_names:
        nlp.remove_pipe(_GUARD)
    nlp.add_pipe(_GUARD, last=True, config={"names": own, "pack": settings.n_process > 1})
    register_extensions()
    try:
        with nlp.select_pipes(disable=own):
            parsed: Iterator[tuple[Doc, str | None]]
            if settings.n_process > 1:
                parsed = nlp.pipe(
                    items, as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process
                )
            else:  # batches bounded in characters too, so memory stays flat on long texts
                parsed = _zoned_pairs(nlp, items, settings)
            for doc, when in parsed:
                doc._.article_date = when
                yield doc, _unpack(doc)
    finally:
        nlp.remove_pipe(_GUARD)


def _zoned_pairs(
    nlp: Language, items: Iterable[tuple[str, str | None]], settings: Settings
) -> Iterator[tuple[Doc, str | None]]:
    """(Doc, date) pairs parsed in batches bounded in texts and characters, inside memory zones (the
    vocabulary does not grow with the input): a Doc is valid until the next is asked for."""
    groups = char_batches(items, _text_length, settings.batch_size, settings.parse_batch_chars)
    for group in in_zones(nlp, groups, _text_length, _text):
        yield from nlp.pipe(group, as_tuples=True, batch_size=len(group))


def _text_length(item: tuple[str, str | None]) -> int:
    return len(item[0])


def _text(item: tuple[str, str | None]) -> str:
    return item[0]


def code_jsonl(
    in_stream: Iterable[bytes | str],
    out_stream: IO[str],
    settings: Settings | None = None,
    *,
    nlp: Language | None = None,
    on_error: ErrorHandler | None = None,
) -> CodeReport:
    """Code every JSON line of `in_stream` and write one result line per record, in input order.

    A bad line (not JSON, not an object, missing or mistyped id/text, bad date) becomes an output line
    `{"id": <id or null>, "line": N, "error": "...", "events": []}`, is reported to `on_error(line,
    message)` and recorded in the report; the other lines go on. Blank lines are skipped. Pass `nlp` to
    reuse a built pipeline; otherwise one is built from `settings`.
    """
    settings = settings or Settings()
    pipeline = nlp if nlp is not None else build_pipeline(settings)
    pipeline.max_length = max(pipeline.max_length, settings.parse_chunk_chars + CONTEXT_CHARS + 1)
    report = CodeReport()
    # Records read but not yet written: errors wait here until every Doc before them is written, so the
    # output keeps input order. Bounded by what nlp.pipe holds in flight (a few batches).
    pending: deque[_Pending] = deque()

    def fail(line: int, ident: Any, message: str) -> None:
        report.failed.append((line, message))
        if on_error is not None:
            on_error(line, message)
        pending.append(_Pending(line, ident, message))

    def items() -> Iterator[tuple[str, str | None]]:
        for number, raw in enumerate(in_stream, start=1):
            report.lines = number
            if not raw.strip():
                continue
            try:
                ident, text, when = parse_line(raw)
            except ValueError as exc:
                fail(number, _raw_id(raw), str(exc))
                continue
            # Lone surrogates, non-characters and bidi overrides are replaced one for one, so the
            # evidence offsets still point into the text as given.
            text, repaired = scrub(text, keep_length=True)
            text = parse_text(text)  # (odd spaces plain ones, one for one: the offsets hold)
            if repaired:
                log.warning(
                    "line %d: %d character%s replaced (lone surrogates, non-characters, bidi overrides)",
                    number,
                    repaired,
                    "" if repaired == 1 else "s",
                )
            chunks = chunk_text(text, settings.parse_chunk_chars, settings.max_sentence_tokens)
            note = describe_cuts(chunks, settings.max_sentence_tokens)
            if note is not None:
                log.warning("line %d: %s", number, note)
            for i, chunk in enumerate(chunks):
                pending.append(_Pending(number, ident, None, chunk, i == len(chunks) - 1))
                yield chunk.parsed, when

    def flush_errors() -> None:
        while pending and pending[0].error is not None:
            bad = pending.popleft()
            _write(out_stream, {"id": bad.id, "line": bad.line, "error": bad.error, "events": []})

    events: list[Event] = []  # of the record whose chunks are coming back
    trouble: str | None = None
    for doc, problem in coded_docs(pipeline, items(), settings):
        flush_errors()
        record = pending.popleft()
        trouble = trouble or problem
        if trouble is None:
            assert record.chunk is not None
            placed = (event_in_chunk(e, record.chunk) for e in doc._.events or [])
            events.extend(e for e in placed if e is not None)
            report.gaps.update(doc._.event_gaps or [])
        if not record.last:
            continue
        if trouble is not None:
            report.failed.append((record.line, trouble))
            if on_error is not None:
                on_error(record.line, trouble)
            _write(out_stream, {"id": record.id, "line": record.line, "error": trouble, "events": []})
        else:
            _write(out_stream, {"id": record.id, "events": [event.to_dict() for event in events]})
            report.coded += 1
            report.events += len(events)
        events, trouble = [], None
    flush_errors()
    out_stream.flush()
    report.failed.sort()
    return report
