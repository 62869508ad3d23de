"""The analyst's corrections of coded events, kept in their own append-only JSON-lines file.

The database is never changed: an `Overlay` built from the file is applied whenever events are read.
A correction is keyed by the article's content hash, the evidence span and the event's coded fields,
so it finds its event again after the same articles are analysed anew.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from .actors.names import ActorIndex, actor_index
from .errors import InputError, StoreError
from .records import MODALITIES, PLOVER_TYPES, EventActor
from .store import EventFilter, Reader

# reject: not an event; recode: new type, actors or modality; confirm: right as coded (a gold record);
# restore: withdraw the earlier correction of the event.
ACTIONS: tuple[str, ...] = ("reject", "recode", "confirm", "restore")
REQUEST_FIELDS: frozenset[str] = frozenset(
    {"event_id", "action", "event", "source", "target", "modality", "note"}
)
MAX_NOTE = 2000


class CorrectionError(InputError):
    """A correction request or record that cannot be used; `status` is the HTTP answer it deserves."""

    def __init__(
        self,
        message: str,
        *,
        status: int = 400,
        path: str | None = None,
        line: int | None = None,
        hint: str = "",
    ):
        super().__init__(message, path=path, line=line, hint=hint)
        self.status = status


@dataclass(frozen=True, slots=True)
class Coded:
    """An event's fields as the coder gave them (the key) or as the analyst set them."""

    event: str
    cameo: str
    goldstein: float
    quad_class: int
    source: tuple[EventActor, ...]
    target: tuple[EventActor, ...]
    modality: str

    @property
    def source_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.source)

    @property
    def target_codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.target)

    def fingerprint(self) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
        """What must be equal for a re-coded event to be the same event: type and actor codes."""
        return (self.event, self.source_codes, self.target_codes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "modality": self.modality,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Coded:
        return cls(
            event=str(raw["event"]),
            cameo=str(raw.get("cameo") or ""),
            goldstein=float(raw.get("goldstein") or 0.0),
            quad_class=int(raw.get("quad_class") or 0),
            source=_actors(raw.get("source")),
            target=_actors(raw.get("target")),
            modality=str(raw["modality"]),
        )


def _actors(raw: Any) -> tuple[EventActor, ...]:
    out = []
    for a in raw or ():
        if isinstance(a, str):
            out.append(EventActor(a, None, a))
        else:
            out.append(EventActor(str(a["code"]), a.get("sector"), str(a.get("text") or a["code"])))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Correction:
    """One judgement of the analyst on one coded event, as stored in the corrections file."""

    id: str
    time: str  # ISO 8601, UTC
    user: str | None  # the token's user label in remote mode, else None
    action: str  # one of ACTIONS
    event_id: str  # the event's id when it was corrected (article id : index)
    article_id: str  # content hash of the article
    evidence_start: int
    evidence_end: int
    sentence: str  # the evidence sentence, so the judgement stays readable without the database
    date: str | None  # the event's date, else the article's
    reciprocal: bool
    coded: Coded  # the event as coded: part of the key
    corrected: Coded | None  # recode: the event as the analyst sets it
    note: str | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.article_id, self.evidence_start, self.evidence_end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "time": self.time,
            "user": self.user,
            "action": self.action,
            "event_id": self.event_id,
            "article_id": self.article_id,
            "evidence": {"start": self.evidence_start, "end": self.evidence_end},
            "sentence": self.sentence,
            "date": self.date,
            "reciprocal": self.reciprocal,
            "coded": self.coded.to_dict(),
            "corrected": self.corrected.to_dict() if self.corrected else None,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Correction:
        action = raw["action"]
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r} (expected one of {', '.join(ACTIONS)})")
        corrected = raw.get("corrected")
        if action == "recode" and not corrected:
            raise ValueError("a recode needs 'corrected'")
        return cls(
            id=str(raw["id"]),
            time=str(raw["time"]),
            user=raw.get("user"),
            action=action,
            event_id=str(raw["event_id"]),
            article_id=str(raw["article_id"]),
            evidence_start=int(raw["evidence"]["start"]),
            evidence_end=int(raw["evidence"]["end"]),
            sentence=str(raw.get("sentence") or ""),
            date=raw.get("date"),
            reciprocal=bool(raw.get("reciprocal")),
            coded=Coded.from_dict(raw["coded"]),
            corrected=Coded.from_dict(corrected) if corrected else None,
            note=raw.get("note"),
        )


# --- the file ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    """The readable corrections of a file, in file order, and the lines that could not be read."""

    corrections: tuple[Correction, ...]
    problems: tuple[str, ...]  # "FILE:LINE: what is wrong (what to do)"


class CorrectionLog:
    """The append-only corrections file. Appends are serialised across threads and processes."""

    def __init__(self, path: str | Path, *, must_exist: bool = False):
        self.path = Path(path)
        if must_exist and not self.path.is_file():
            raise InputError(
                "no such corrections file",
                path=str(self.path),
                hint="corrections are written by `realpolitik serve --db F --corrections FILE`",
            )
        if not self.path.parent.is_dir():
            raise InputError("the folder of the corrections file does not exist", path=str(self.path))
        self._lock = threading.Lock()

    def read(self) -> Loaded:
        if not self.path.is_file():
            return Loaded((), ())
        out: list[Correction] = []
        problems: list[str] = []
        try:
            handle = self.path.open(encoding="utf-8")
        except OSError as exc:
            raise InputError(
                f"cannot read the corrections file: {exc.strerror}", path=str(self.path)
            ) from exc
        with handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    out.append(Correction.from_dict(json.loads(line)))
                except (ValueError, KeyError, TypeError) as exc:
                    what = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                    problems.append(
                        f"{self.path}:{number}: unreadable correction ({what}); the line is ignored, "
                        "fix or delete it"
                    )
        return Loaded(tuple(out), tuple(problems))

    def append(self, correction: Correction) -> Correction:
        line = json.dumps(correction.to_dict(), ensure_ascii=False) + "\n"
        with self._lock:
            try:
                with self.path.open("a", encoding="utf-8") as handle:
                    fcntl.flock(handle, fcntl.LOCK_EX)
                    try:
                        handle.write(line)
                        handle.flush()
                        os.fsync(handle.fileno())
                    finally:
                        fcntl.flock(handle, fcntl.LOCK_UN)
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot append the correction: {exc.strerror}") from exc
        return correction


# --- reading stored events ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A stored event with what a correction needs to key it and to show it."""

    id: str
    article_id: str
    evidence_start: int
    evidence_end: int
    sentence: str
    date: str | None
    reciprocal: bool
    coded: Coded


def _stored(row: Mapping[str, Any]) -> StoredEvent:
    day = row["date"]
    return StoredEvent(
        id=row["id"],
        article_id=row["article_id"],
        evidence_start=int(row["evidence_start"] or 0),
        evidence_end=int(row["evidence_end"] or 0),
        sentence=row["evidence_text"],
        date=day.isoformat() if day is not None else None,
        reciprocal=bool(row["reciprocal"]),
        coded=Coded(
            event=row["event"] or "",
            cameo=row["cameo"] or "",
            goldstein=float(row["goldstein"] or 0.0),
            quad_class=int(row["quad_class"] or 0),
            source=_actors(row["source"]),
            target=_actors(row["target"]),
            modality=row["modality"],
        ),
    )


def _as_coded(flt: EventFilter) -> EventFilter:
    return flt.but(modalities=None)


def stored_event(con: duckdb.DuckDBPyConnection, event_id: str) -> StoredEvent | None:
    """The stored event with this id (as coded), or None."""
    rows = Reader.of(con).events(_as_coded(EventFilter(event_ids=(event_id,))))
    return next((_stored(r) for r in rows), None)


def stored_events_of(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> list[StoredEvent]:
    """The stored events (as coded) of these articles, by id."""
    ids = tuple(sorted(set(article_ids)))
    if not ids:
        return []
    rows = Reader.of(con).events(_as_coded(EventFilter(articles=ids)))
    return sorted((_stored(r) for r in rows), key=lambda e: e.id)


def event_codes(con: duckdb.DuckDBPyConnection) -> frozenset[str]:
    """Every actor code on either side of a stored event."""
    return Reader.of(con).actor_codes()


def actor_indexes(codes: Iterable[str], overlay: Overlay | None) -> tuple[ActorIndex, ActorIndex]:
    """The actors a command or request may name, as (present, anywhere): `present` knows the codes
    of the stored events and of the corrections' recoded parties (a filter on any other could only
    be empty); `anywhere` takes any actor of the knowledge base too (a what-if tie or a recoded
    party may name an actor the texts never connect). The CLI and the web app both resolve here."""
    present = set(codes)
    for fix in overlay.by_event.values() if overlay is not None else ():
        if fix.corrected is not None:
            present.update(fix.corrected.source_codes + fix.corrected.target_codes)
    index = actor_index(present)
    return index, replace(index, labels={c: c for c in present} | dict(index.labels), present=None)


# --- the overlay ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Overlay:
    """Which stored events carry a correction in force (the latest one for each event wins)."""

    by_event: Mapping[str, Correction]
    total: int  # corrections read from the file
    unmatched: tuple[Correction, ...]  # corrections whose event is no longer in the database
    problems: tuple[str, ...] = ()

    @property
    def applied(self) -> int:
        """Events whose figures change: rejected or recoded (confirmations change nothing)."""
        return sum(1 for c in self.by_event.values() if c.action in ("reject", "recode"))

    def summary(self) -> str:
        rejected = sum(1 for c in self.by_event.values() if c.action == "reject")
        recoded = sum(1 for c in self.by_event.values() if c.action == "recode")
        text = f"corrections applied ({self.applied}: {rejected} rejected, {recoded} recoded)"
        if self.unmatched:
            text += f"; {len(self.unmatched)} no longer match a stored event"
        return text

    def get(self, event_id: str) -> Correction | None:
        return self.by_event.get(event_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "total": self.total,
            "in_force": len(self.by_event),
            "unmatched": len(self.unmatched),
            "summary": self.summary(),
        }


EMPTY = Overlay({}, 0, ())


def build_overlay(
    con: duckdb.DuckDBPyConnection, corrections: Sequence[Correction], problems: Sequence[str] = ()
) -> Overlay:
    """Match corrections (in file order) to the stored events with the same key.

    An event matches when it sits in the same article at the same evidence span and has the
    same coded type and actor codes as when it was corrected; its id may have changed.
    """
    stored = stored_events_of(con, (c.article_id for c in corrections))
    by_key: dict[tuple[str, int, int], list[StoredEvent]] = {}
    for ev in stored:
        by_key.setdefault((ev.article_id, ev.evidence_start, ev.evidence_end), []).append(ev)
    in_force: dict[str, Correction] = {}
    unmatched: list[Correction] = []
    for c in corrections:
        targets = [ev for ev in by_key.get(c.key, ()) if ev.coded.fingerprint() == c.coded.fingerprint()]
        if not targets:
            unmatched.append(c)
            continue
        for ev in targets:
            if c.action == "restore":
                in_force.pop(ev.id, None)
            else:
                in_force[ev.id] = c
    return Overlay(in_force, len(corrections), tuple(unmatched), tuple(problems))


def load_overlay(con: duckdb.DuckDBPyConnection, path: str | Path, *, must_exist: bool = True) -> Overlay:
    loaded = CorrectionLog(path, must_exist=must_exist).read()
    return build_overlay(con, loaded.corrections, loaded.problems)


# --- making a correction ------------------------------------------------------------------------------


def _cameo_for(event: str, keep: str) -> str:
    """The CAMEO code for a PLOVER type: the coded one when it already has that type, else the most general."""
    from .events import cameo as cm

    table = cm.cameo_table()
    if keep in table and table[keep].plover == event:
        return keep
    codes = [c for c in table.values() if c.plover == event]
    return min(codes, key=lambda c: len(c.code)).code


def _event_fields(value: Any, coded: Coded) -> tuple[str, str, float, int]:
    from .events import cameo as cm

    if not isinstance(value, str) or not value.strip():
        raise CorrectionError("event: expected a PLOVER type such as ASSAULT or a CAMEO code such as 190")
    text = value.strip().upper()
    table = cm.cameo_table()
    if text.isdigit():
        if text not in table:
            raise CorrectionError(
                f"event: unknown CAMEO code {value!r}", hint="use a code of the CAMEO codebook, e.g. 190"
            )
        if not table[text].plover:
            raise CorrectionError(
                f"event: CAMEO {text} ({table[text].name}) has no PLOVER type",
                hint="a plain statement is not an event of the model: reject the event instead",
            )
        code = text
    elif text in PLOVER_TYPES:
        code = _cameo_for(text, coded.cameo)
    else:
        raise CorrectionError(
            f"event: unknown event type {value!r}",
            hint=f"use one of {', '.join(PLOVER_TYPES)} or a CAMEO code",
        )
    entry = table[code]
    return entry.plover, code, entry.goldstein, entry.quad_class


def _side(value: Any, name: str, old: tuple[EventActor, ...], index: ActorIndex) -> tuple[EventActor, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise CorrectionError(f'{name}: expected an actor code or name, or a list of them (e.g. ["ARM"])')
    kept = {a.code: a for a in old}
    out: list[EventActor] = []
    for item in items:
        if not item.strip():
            continue
        try:
            code = index.resolve(item, what=name)
        except InputError as exc:
            raise CorrectionError(exc.message, hint=exc.hint) from exc
        actor = kept.get(code) or EventActor(code, None, index.labels.get(code, code))
        if actor not in out:
            out.append(actor)
    if name == "source" and not out:
        raise CorrectionError(
            "source: an event needs at least one source actor", hint="reject the event instead"
        )
    return tuple(out)


def make_correction(
    ev: StoredEvent,
    body: Mapping[str, Any],
    index: ActorIndex,
    *,
    user: str | None = None,
    now: datetime | None = None,
) -> Correction:
    """Validate a request ({"action", "event"?, "source"?, "target"?, "modality"?, "note"?}) against `ev`."""
    unknown = sorted(set(body) - REQUEST_FIELDS)
    if unknown:
        raise CorrectionError(
            f"unknown field(s) {', '.join(unknown)}", hint=f"allowed: {', '.join(sorted(REQUEST_FIELDS))}"
        )
    action = body.get("action")
    if action not in ACTIONS:
        raise CorrectionError(f"action: expected one of {', '.join(ACTIONS)}, got {action!r}")
    note = body.get("note")
    if note is not None and (not isinstance(note, str) or len(note) > MAX_NOTE):
        raise CorrectionError(f"note: expected text of at most {MAX_NOTE} characters")
    changes = {k for k in ("event", "source", "target", "modality") if body.get(k) is not None}
    corrected: Coded | None = None
    if action != "recode" and changes:
        raise CorrectionError(
            f"{', '.join(sorted(changes))}: only a recode sets fields", hint="use action 'recode'"
        )
    if action == "recode":
        if not changes:
            raise CorrectionError(
                "a recode needs at least one of event, source, target, modality",
                hint="use action 'confirm' to mark the event right as coded",
            )
        old = ev.coded
        event, cameo, goldstein, quad = (
            _event_fields(body["event"], old)
            if "event" in changes
            else (old.event, old.cameo, old.goldstein, old.quad_class)
        )
        modality = body.get("modality", old.modality)
        if modality not in MODALITIES:
            raise CorrectionError(
                f"modality: unknown value {modality!r}", hint=f"use one of {', '.join(MODALITIES)}"
            )
        corrected = Coded(
            event=event,
            cameo=cameo,
            goldstein=goldstein,
            quad_class=quad,
            source=_side(body["source"], "source", old.source, index) if "source" in changes else old.source,
            target=_side(body["target"], "target", old.target, index) if "target" in changes else old.target,
            modality=modality,
        )
        if corrected == old:
            raise CorrectionError(
                "the recode changes nothing", hint="use action 'confirm' to mark the event right as coded"
            )
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    return Correction(
        id=uuid.uuid4().hex[:16],
        time=stamp.isoformat(timespec="seconds").replace("+00:00", "Z"),
        user=user,
        action=action,
        event_id=ev.id,
        article_id=ev.article_id,
        evidence_start=ev.evidence_start,
        evidence_end=ev.evidence_end,
        sentence=ev.sentence,
        date=ev.date,
        reciprocal=ev.reciprocal,
        coded=ev.coded,
        corrected=corrected,
        note=note or None,
    )


# --- gold records -------------------------------------------------------------------------------------


def _markup(sentence: str, fields: Coded, reciprocal: bool) -> str:
    """The sentence with each actor's words marked as the PLOVER gold records do ("(SRC: Armenia)")."""
    text = sentence
    marks = [(a, "SRC/TAR" if reciprocal else "SRC") for a in fields.source]
    marks += [(a, "SRC/TAR" if reciprocal else "TAR") for a in fields.target]
    for actor, tag in marks:
        words = actor.text
        if words and words in text and f": {words})" not in text:
            text = text.replace(words, f"({tag}: {words})", 1)
        elif tag == "SRC/TAR":
            text += f" (SRC/TAR: {words or actor.code})"
    return text


def _gold_actors(actors: Iterable[EventActor]) -> list[dict[str, Any]]:
    out = []
    for a in actors:
        item: dict[str, Any] = {"actorText": a.text, "code": a.code}
        if a.sector:
            item["sector"] = a.sector
        out.append(item)
    return out


def gold_records(
    overlay: Overlay, events: Mapping[str, StoredEvent] | None = None
) -> Iterator[dict[str, Any]]:
    """One gold record per event with a correction in force, in the PLOVER gold format.

    A recoded event gives its corrected fields, a confirmed one its coded fields; a rejected event
    gives a record with an empty event type ("the sentence reports no event"), which the shared
    scorer leaves out of its figures. `events` (by id) supplies the current sentence and date.
    """
    for event_id, c in sorted(
        overlay.by_event.items(), key=lambda kv: (kv[1].article_id, kv[1].evidence_start, kv[0])
    ):
        ev = (events or {}).get(event_id)
        sentence = (ev.sentence if ev else c.sentence).strip()
        fields = c.corrected if c.action == "recode" and c.corrected else c.coded
        rejected = c.action == "reject"
        source, target = fields.source, fields.target
        # the coder's flag says whether the parties act on each other ("A and B signed"), as the
        # model reads it: parties on one side of an event that is not reciprocal ("A and B
        # condemned X", X uncoded) are not each other's targets
        reciprocal = c.reciprocal
        if reciprocal and not rejected:
            source, target = source + target, ()
        yield {
            "id": f"correction-{event_id}",
            "date": (ev.date if ev else c.date) or "",
            "text": sentence,
            "event": "" if rejected else fields.event,
            "cameo": "" if rejected else fields.cameo,
            "source": [] if rejected else _gold_actors(source),
            "target": [] if rejected else _gold_actors(target),
            "modality": fields.modality,
            "textInfo": {
                "markup": sentence
                if rejected
                else _markup(sentence, replace(fields, source=source, target=target), reciprocal)
            },
            "correction": c.action,
            "event_id": event_id,
            "coder": c.user or "analyst",
            "dateCoded": c.time[:10],
            "comment": c.note or "",
        }


@dataclass(frozen=True, slots=True)
class GoldExport:
    records: int
    rejected: int
    unmatched: int
    path: str
    problems: tuple[str, ...] = field(default=())


def export_gold(
    con: duckdb.DuckDBPyConnection, corrections_path: str | Path, output: str | Path
) -> GoldExport:
    """Write the corrected events of `corrections_path` as {"records": [...]} to `output`."""
    overlay = load_overlay(con, corrections_path)
    events = {e.id: e for e in stored_events_of(con, (c.article_id for c in overlay.by_event.values()))}
    records = list(gold_records(overlay, events))
    about = {
        "note": "Gold records written by `realpolitik corrections export` from the analyst's corrections.",
        "corrections": str(corrections_path),
        "records": len(records),
    }
    out = Path(output)
    try:
        out.write_text(
            json.dumps({"about": about, "records": records}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
    except OSError as exc:
        raise InputError(f"cannot write the gold file: {exc.strerror}", path=str(out)) from exc
    return GoldExport(
        records=len(records),
        rejected=sum(1 for r in records if r["correction"] == "reject"),
        unmatched=len(overlay.unmatched),
        path=str(out),
        problems=overlay.problems,
    )
