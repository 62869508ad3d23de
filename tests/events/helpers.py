"""Small helpers the event tests share."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterable
from dataclasses import fields
from importlib import resources
from pathlib import Path
from types import ModuleType

from spacy.language import Language

from realpolitik.events.dates import resolve_event_date
from realpolitik.events.lexicon import Entry, Lexicon, parse_lines
from realpolitik.nlp import process
from realpolitik.records import Event

Code = Callable[[str], list[Event]]
# an event's type, its sources' codes and its targets' codes (sorted, comma-joined; "" for none)
Deed = tuple[str, str, str]


def first(events: list[Event]) -> Event:
    """The first event, failing the test when there is none."""
    assert events, "no event"
    return events[0]


def parties(event: Event) -> tuple[set[str], set[str]]:
    """The codes of the event's sources and targets."""
    return {a.code for a in event.source}, {a.code for a in event.target}


def deeds_of(events: list[Event]) -> set[Deed]:
    """The events as deeds: type, sources and targets."""
    return {
        (e.event, ",".join(sorted(a.code for a in e.source)), ",".join(sorted(a.code for a in e.target)))
        for e in events
    }


def of_type(events: list[Event], kind: str) -> list[Event]:
    """The events of a PLOVER type, in their order."""
    return [e for e in events if e.event == kind]


def kinds_of(events: list[Event]) -> set[str]:
    """The events' PLOVER types, and FIGHT for an event whose CAMEO code is fighting (root 19) whatever its type."""
    return {e.event for e in events} | {"FIGHT" for e in events if (e.cameo or "").startswith("19")}


def has_deed(events: list[Event], kind: str, source: str, target: str, modality: str = "asserted") -> bool:
    """Some event has the type, the one source, the one target ("" for none) and the modality."""
    return any(
        e.event == kind and parties(e) == ({source}, {target} if target else set()) and e.modality == modality
        for e in events
    )


def each_deed(code: Code, text: str, *deeds: Deed) -> list[Event]:
    """Each deed (type, source, target: one code each, "" for none) is an asserted event of the sentence, failing
    the test otherwise; the sentence is coded once. Returns its events."""
    events = code(text)
    for deed in deeds:
        assert has_deed(events, *deed), events
    return events


def parties_of_type(events: list[Event], kind: str) -> tuple[set[str], set[str]]:
    """The parties of the first event of a PLOVER type, failing the test when there is none."""
    found = of_type(events, kind)
    assert found, f"no {kind} event in {[e.event for e in events]}"
    return parties(found[0])


def parties_of_code(
    events: list[Event], cameo: str, *, reciprocal: bool = False, last: bool = False
) -> tuple[set[str], set[str]]:
    """The parties of the first (or the `last`) event with a CAMEO code, done by each party to the other where
    `reciprocal`, failing the test when there is none: the CAMEO counterpart of `parties_of_type`."""
    found = [e for e in events if e.cameo == cameo and (e.reciprocal or not reciprocal)]
    assert found, f"no {cameo} event in {events}"
    return parties(found[-1 if last else 0])


def check_first(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    """The sentence's first event has the type, and the code, the sources and the targets where given (sources and
    targets as space-separated codes), failing the test otherwise."""
    event = first(code(text))
    assert event.event == plover, event
    if cameo is not None:
        assert event.cameo == cameo, event
    sources, targets = parties(event)
    if source is not None:
        assert sources == set(source.split()), event
    if target is not None:
        assert targets == set(target.split()), event


def some_event(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    *,
    absent: Iterable[str] = (),
) -> list[Event]:
    """Some event of the sentence has the type (and the code, the sources and the targets, where given:
    space-separated codes) and no event has a type in `absent`, failing the test otherwise; the sentence is coded
    once. Returns its events."""
    events = code(text)
    found = {e.event for e in events} & set(absent)
    assert not found, f"{sorted(found)} coded in {events}"
    for event in events:
        sources, targets = parties(event)
        if (
            event.event == plover
            and (cameo is None or event.cameo == cameo)
            and (source is None or sources == set(source.split()))
            and (target is None or targets == set(target.split()))
        ):
            return events
    raise AssertionError(f"no {plover} {cameo} {source} -> {target} in {events}")


def no_event(code: Code, text: str, *kinds: str) -> list[Event]:
    """No event of the sentence has one of the types, or, with none named, the sentence has no event at all;
    failing the test otherwise (the sentence is coded once). Returns its events."""
    events = code(text)
    if kinds:
        found = {e.event for e in events} & set(kinds)
        assert not found, f"{sorted(found)} coded in {events}"
    else:
        assert events == [], events
    return events


def no_cameo(code: Code, text: str, *cameos: str) -> list[Event]:
    """No event of the sentence has one of the CAMEO codes, failing the test otherwise (the sentence is coded
    once). Returns its events."""
    events = code(text)
    found = {e.cameo for e in events} & set(cameos)
    assert not found, f"{sorted(found)} coded in {events}"
    return events


def events_on(nlp: Language, text: str, date: str | None) -> list[Event]:
    """Code one text dated `date` (an article's date, or None) through the pipeline and return its events."""
    (doc,) = process(nlp, [(text, date)])
    return list(doc._.events or [])


def date_at(nlp: Language, sentence: str, article_date: str | None, word: str) -> tuple[str | None, str]:
    """The event date and its precision `resolve_event_date` gives the first sentence of the text with its first
    token `word` as the trigger."""
    doc = nlp(sentence)
    trigger = next(tok for tok in doc if tok.text == word)
    return resolve_event_date(next(iter(doc.sents)), article_date, trigger)


def load_script(path: Path) -> ModuleType:
    """Import a script of benchmarks/ by its path, registered under its file name (dataclasses look their
    module up in sys.modules)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def hand_lexicon() -> Lexicon:
    """The whole lexicon, classes.txt and verbs.txt, parsed here: not through the packaged loader, whose compiled
    cache makes a lemma's entries only when a text asks for them."""
    lexicon = Lexicon()
    folder = resources.files("realpolitik.events") / "data"
    for name in ("classes.txt", "verbs.txt"):
        parse_lines((folder / name).read_text(encoding="utf-8").splitlines(), path=name, lexicon=lexicon)
    return lexicon


# what, besides the constraints, decides whether a lexicon entry matches (its flags)
ENTRY_FLAGS = tuple(
    f.name
    for f in fields(Entry)
    if f.name not in ("kind", "code", "lemma", "constraints", "line", "derived", "implied", "proposed")
)


def covers(earlier: Entry, later: Entry) -> bool:
    """The earlier entry matches wherever the later one does: the same flags and constraint keys, and for each key
    at least the later one's values."""
    if any(getattr(earlier, f) != getattr(later, f) for f in ENTRY_FLAGS):
        return False
    a, b = dict(earlier.constraints), dict(later.constraints)
    return set(a) == set(b) and all(b[key] <= a[key] for key in b)
