"""Hand-built records shared by the store, system and web tests (tests/ is on the import path of every test
through the root conftest): one synthetic article, and a real DuckDB store of one-event articles."""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.records import Article, Event, EventActor
from realpolitik.store import Store

SYNTHETIC_TEXT = "Synthetic record."

Party = tuple[str, str | None]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    """The records as a JSONL file at `path` (one object a line, UTF-8)."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def article(text: str = "Baku and Ankara signed a memorandum.") -> Article:
    """Article a1 (outlet Example, 15 June 2021) with this text."""
    return Article(
        id="a1",
        source="x.txt",
        start_line=1,
        end_line=3,
        title="T",
        date="2021-06-15",
        author=None,
        outlet="Example",
        language="en",
        text=text,
    )


def one_event_store(
    path: Path, events: list[tuple[list[Party], list[Party], bool]], outlet: str | None = "Outlet {i}"
) -> Path:
    """A store of one article per (sources, targets, reciprocal): article a<i> of outlet `outlet` ({i} filled
    in; None: no outlet named), holding one asserted ASSAULT 190 of 15 June 2021 between those parties."""
    with Store(path) as store:
        for i, (src, tgt, reciprocal) in enumerate(events):
            art = Article(
                id=f"a{i}", source=f"{i}.txt", start_line=1, end_line=1, title="T", date="2021-06-15",
                author=None, outlet=None if outlet is None else outlet.format(i=i), language="en",
                text=SYNTHETIC_TEXT,
            )  # fmt: skip
            store.add_articles([art])
            ev = Event(
                event="ASSAULT", cameo="190", goldstein=-10.0, quad_class=4,
                source=tuple(EventActor(c, s, c) for c, s in src), target=tuple(EventActor(c, s, c) for c, s in tgt),
                modality="asserted", attribution=None, date="2021-06-15", date_precision="day",
                evidence_start=0, evidence_end=len(SYNTHETIC_TEXT), reciprocal=reciprocal,
            )  # fmt: skip
            store.save_analysis(f"a{i}", [], [ev], SYNTHETIC_TEXT)
    return path
