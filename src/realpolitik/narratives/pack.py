"""Narrative packs: frames (id, name, definition, actors, cues, examples) loaded from JSON data.

A pack also holds the thresholds that decide when a sentence and an article carry a frame, the
pairs of opposing frames and the event checks set beside frames. Errors name the file and entry.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import NarrativePackError

DATA = Path(__file__).parent / "data"
DEFAULT_PACK = DATA / "south_caucasus.json"


@dataclass(frozen=True, slots=True)
class Term:
    """One alternative of a cue group: an actor code (@RUS), a regex (re:...) or a word/lemma phrase."""

    kind: str  # "actor" | "regex" | "phrase"
    value: str
    pattern: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Group:
    """One group of a cue, compiled: its actor codes and one alternation per kind of pattern.

    `phrases` (searched in the sentence text, then its lemmas) is only tried when the sentence holds
    the first word of one of them (`first_words`): most groups miss most sentences, and a set lookup
    costs far less than a regex search. `regexes` are searched in the text. `key` is the same for
    equal groups, so a sentence matches a shared term list (`$RUSSIA`) once.
    """

    terms: tuple[Term, ...]
    actors: frozenset[str]
    first_words: frozenset[str]
    phrases: re.Pattern[str] | None
    regexes: re.Pattern[str] | None
    key: tuple[str, ...]


def compile_group(terms: tuple[Term, ...]) -> Group:
    def alternation(kind: str) -> re.Pattern[str] | None:
        parts = [f"(?:{t.pattern.pattern})" for t in terms if t.kind == kind and t.pattern is not None]
        return re.compile("|".join(parts), re.IGNORECASE) if parts else None

    return Group(
        terms,
        frozenset(t.value for t in terms if t.kind == "actor"),
        frozenset(t.value.split()[0] for t in terms if t.kind == "phrase"),
        alternation("phrase"),
        alternation("regex"),
        tuple(f"{t.kind}:{t.value}" for t in terms),
    )


@dataclass(frozen=True, slots=True)
class Cue:
    """A pattern that, when it matches a sentence, says the sentence expresses its frame.

    `all` is a list of groups; the cue fires when every group has a matching term in the sentence.
    """

    id: str
    weight: float
    groups: tuple[Group, ...]


@dataclass(frozen=True, slots=True)
class Frame:
    id: str
    name: str
    definition: str
    actors: tuple[str, ...]
    cues: tuple[Cue, ...]
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Opposition:
    """Two frames that tell opposite stories about the same actors."""

    frames: tuple[str, str]
    actors: tuple[str, ...]
    why: str


@dataclass(frozen=True, slots=True)
class EventCheck:
    """Events to set beside a frame: events between `actors` and `partners` of the given quad classes."""

    frame: str
    name: str
    actors: tuple[str, ...]
    partners: tuple[str, ...]
    quad_classes: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    path: str
    digest: str  # sha256 of the file: stored with the frames so a changed pack re-detects
    sentence_threshold: float
    article_threshold: float
    evidence: int  # best sentences kept per frame and article
    max_frames: int  # at most this many frames per article (the best), a guard for very long texts
    frames: tuple[Frame, ...]
    oppositions: tuple[Opposition, ...] = ()
    event_checks: tuple[EventCheck, ...] = ()
    frame_index: dict[str, Frame] = field(default_factory=dict, compare=False)

    def frame(self, frame_id: str) -> Frame:
        return self.frame_index[frame_id]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.frames)


_ID = re.compile(r"^[a-z][a-z0-9_]*$")


def _fail(path: str, where: str, message: str) -> NarrativePackError:
    return NarrativePackError(
        f"{where}: {message}", path=path, hint="fix the pack (see narratives/data/README.md for the format)"
    )


def _str(path: str, where: str, obj: dict[str, Any], key: str, *, required: bool = True) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, where, f"'{key}' must be a non-empty string")
    return value


def _strings(path: str, where: str, obj: dict[str, Any], key: str) -> tuple[str, ...]:
    value = obj.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, where, f"'{key}' must be a list of non-empty strings")
    return tuple(value)


def _number(path: str, where: str, obj: dict[str, Any], key: str, default: float) -> float:
    value = obj.get(key, default)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 1:
        raise _fail(path, where, f"'{key}' must be a number in (0, 1], not {value!r}")
    return float(value)


def _term(path: str, where: str, raw: Any) -> Term:
    if not isinstance(raw, str) or not raw.strip():
        raise _fail(path, where, f"a cue term must be a non-empty string, not {raw!r}")
    if raw.startswith("@"):
        return Term("actor", raw[1:])
    if raw.startswith("re:"):
        try:
            return Term("regex", raw[3:], re.compile(raw[3:], re.IGNORECASE))
        except re.error as exc:
            raise _fail(path, where, f"bad regular expression {raw[3:]!r}: {exc}") from exc
    words = [w for w in re.split(r"[\s\-]+", raw.lower()) if w]
    # words separated by spaces or hyphens match either ("pan-Turkism", "pan Turkism", "pan - turkism")
    body = r"[\s\-]+".join(re.escape(w) for w in words)
    return Term("phrase", " ".join(words), re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE))


def _group(path: str, where: str, raw: Any, named: dict[str, tuple[Term, ...]]) -> tuple[Term, ...]:
    if not isinstance(raw, list) or not raw:
        raise _fail(path, where, "'all' must be a non-empty list of non-empty lists of terms")
    terms: list[Term] = []
    for item in raw:
        if isinstance(item, str) and item.startswith("$"):
            if item[1:] not in named:
                raise _fail(path, where, f"unknown term list {item!r} (define it under 'terms')")
            terms.extend(named[item[1:]])
        else:
            terms.append(_term(path, where, item))
    return tuple(terms)


def _cue(path: str, where: str, raw: Any, named: dict[str, tuple[Term, ...]]) -> Cue:
    if not isinstance(raw, dict):
        raise _fail(path, where, "a cue must be an object with 'id', 'all' and 'weight'")
    unknown = set(raw) - {"id", "all", "weight", "note"}
    if unknown:
        raise _fail(path, where, f"unknown key(s) {sorted(unknown)}")
    cue_id = _str(path, where, raw, "id")
    where = f"{where} cue '{cue_id}'"
    groups = raw.get("all")
    if not isinstance(groups, list) or not groups:
        raise _fail(path, where, "'all' must be a non-empty list of non-empty lists of terms")
    return Cue(
        cue_id,
        _number(path, where, raw, "weight", 0.5),
        tuple(compile_group(_group(path, where, g, named)) for g in groups),
    )


def _frame(path: str, idx: int, raw: Any, named: dict[str, tuple[Term, ...]]) -> Frame:
    where = f"frames[{idx}]"
    if not isinstance(raw, dict):
        raise _fail(path, where, "a frame must be an object")
    frame_id = _str(path, where, raw, "id")
    if not _ID.match(frame_id):
        raise _fail(path, where, f"id {frame_id!r} must be lower_snake_case")
    where = f"frame '{frame_id}'"
    unknown = set(raw) - {"id", "name", "definition", "actors", "cues", "examples"}
    if unknown:
        raise _fail(path, where, f"unknown key(s) {sorted(unknown)}")
    cues = raw.get("cues")
    if not isinstance(cues, list) or not cues:
        raise _fail(path, where, "'cues' must be a non-empty list")
    parsed = tuple(_cue(path, f"{where} cues[{i}]", c, named) for i, c in enumerate(cues))
    ids = [c.id for c in parsed]
    if len(set(ids)) != len(ids):
        raise _fail(path, where, "cue ids must be unique within a frame")
    return Frame(
        id=frame_id,
        name=_str(path, where, raw, "name"),
        definition=_str(path, where, raw, "definition"),
        actors=_strings(path, where, raw, "actors"),
        cues=parsed,
        examples=_strings(path, where, raw, "examples"),
    )


def parse_pack(text: str, path: str) -> Pack:
    """Validate the JSON text of a pack; errors name `path` and the entry."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NarrativePackError(
            f"not valid JSON: {exc.msg}", path=path, line=exc.lineno, hint="fix the JSON syntax"
        ) from exc
    if not isinstance(raw, dict):
        raise _fail(path, "top level", "a pack must be a JSON object with 'frames'")
    unknown = set(raw) - {
        "name",
        "description",
        "sentence_threshold",
        "article_threshold",
        "evidence",
        "max_frames",
        "terms",
        "frames",
        "oppositions",
        "event_checks",
    }
    if unknown:
        raise _fail(path, "top level", f"unknown key(s) {sorted(unknown)}")
    frames_raw = raw.get("frames")
    if not isinstance(frames_raw, list) or not frames_raw:
        raise _fail(path, "top level", "'frames' must be a non-empty list")
    terms_raw = raw.get("terms", {})
    if not isinstance(terms_raw, dict):
        raise _fail(path, "terms", "'terms' must map names to lists of terms")
    named: dict[str, tuple[Term, ...]] = {}
    for key, values in terms_raw.items():
        if not isinstance(values, list) or not values:
            raise _fail(path, f"terms '{key}'", "must be a non-empty list of terms")
        named[key] = tuple(_term(path, f"terms '{key}'", v) for v in values)
    frames = tuple(_frame(path, i, f, named) for i, f in enumerate(frames_raw))
    index = {f.id: f for f in frames}
    if len(index) != len(frames):
        dup = sorted({f.id for f in frames if sum(g.id == f.id for g in frames) > 1})
        raise _fail(path, "frames", f"duplicate frame id(s) {dup}")
    oppositions = []
    for i, opp in enumerate(raw.get("oppositions", [])):
        where = f"oppositions[{i}]"
        if not isinstance(opp, dict):
            raise _fail(path, where, "an opposition must be an object")
        pair = _strings(path, where, opp, "frames")
        if len(pair) != 2 or any(p not in index for p in pair):
            raise _fail(path, where, f"'frames' must name two frames of the pack, not {list(pair)}")
        oppositions.append(
            Opposition(
                (pair[0], pair[1]), _strings(path, where, opp, "actors"), _str(path, where, opp, "why")
            )
        )
    checks = []
    for i, chk in enumerate(raw.get("event_checks", [])):
        where = f"event_checks[{i}]"
        if not isinstance(chk, dict):
            raise _fail(path, where, "an event check must be an object")
        frame_id = _str(path, where, chk, "frame")
        if frame_id not in index:
            raise _fail(path, where, f"unknown frame {frame_id!r}")
        quads = chk.get("quad_classes", [3, 4])
        if not isinstance(quads, list) or not all(q in (1, 2, 3, 4) for q in quads):
            raise _fail(path, where, "'quad_classes' must be a list of 1, 2, 3 or 4")
        checks.append(
            EventCheck(
                frame_id,
                _str(path, where, chk, "name"),
                _strings(path, where, chk, "actors"),
                _strings(path, where, chk, "partners"),
                tuple(quads),
            )
        )
    sentence = _number(path, "top level", raw, "sentence_threshold", 0.5)
    article = _number(path, "top level", raw, "article_threshold", 0.7)
    evidence = raw.get("evidence", 3)
    if not isinstance(evidence, int) or isinstance(evidence, bool) or evidence < 1:
        raise _fail(path, "top level", "'evidence' must be a positive integer")
    max_frames = raw.get("max_frames", 4)
    if not isinstance(max_frames, int) or isinstance(max_frames, bool) or max_frames < 1:
        raise _fail(path, "top level", "'max_frames' must be a positive integer")
    return Pack(
        name=str(raw.get("name") or Path(path).stem),
        path=path,
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        sentence_threshold=sentence,
        article_threshold=article,
        evidence=evidence,
        max_frames=max_frames,
        frames=frames,
        oppositions=tuple(oppositions),
        event_checks=tuple(checks),
        frame_index=index,
    )


def pack_for(settings: Any) -> Pack | None:
    """The pack named by `settings.narratives` ("" the starter pack), or None when it is "off"."""
    name = getattr(settings, "narratives", "")
    if name == "off":
        return None
    return load_pack(name or None)


def load_pack(path: str | Path | None = None) -> Pack:
    """Load a pack file (the starter pack when `path` is None)."""
    return _load(str(path) if path is not None else str(DEFAULT_PACK))


@lru_cache(maxsize=8)
def _load(path: str) -> Pack:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise NarrativePackError(
            f"cannot read the narrative pack: {exc.strerror or exc}",
            path=path,
            hint="give the path of a JSON pack with --narratives",
        ) from exc
    return parse_pack(text, path)
