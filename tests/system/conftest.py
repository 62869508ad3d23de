"""Hand-built event sets written into real temporary DuckDB files through `Store`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from realpolitik.records import Article, Event, EventActor
from realpolitik.store import Store

# (plover type, cameo, goldstein, quad class) for the kinds of events the tests need
KINDS: dict[str, tuple[str, str, float, int]] = {
    "agree": ("AGREE", "057", 8.0, 1),
    "consult": ("CONSULT", "040", 1.0, 1),
    "aid": ("AID", "070", 7.0, 2),
    "accuse": ("ACCUSE", "112", -2.0, 3),
    "threaten": ("THREATEN", "138", -7.0, 3),
    "assault": ("ASSAULT", "190", -10.0, 4),
    "sanction": ("SANCTION", "163", -8.0, 4),
    # one PLOVER type, two quad classes: CAMEO's appeals (02) are verbal cooperation, its demands (10) conflict
    "appeal": ("REQUEST", "020", 3.0, 1),
    "demand": ("REQUEST", "100", -5.0, 3),
}

# (source codes, target codes, kind, date, outlet, modality, reciprocal[, article date, date precision]);
# several codes join with "+"; the article date is the event's and the precision "day" unless given
Spec = tuple[Any, ...]

NAMES = {
    "AZE": "Azerbaijan", "ARM": "Armenia", "RUS": "Russia", "TUR": "Turkey", "IRN": "Iran",
    "ISR": "Israel", "USA": "the United States", "FRA": "France", "GEO": "Georgia",
}  # fmt: skip


def spec(
    src: str, tgt: str, kind: str, day: str = "2021-06-15", outlet: str = "Outlet A",
    modality: str = "asserted", reciprocal: bool = False, article_day: str | None = None,
    precision: str = "day",
) -> Spec:  # fmt: skip
    if article_day is None and precision == "day":
        return (src, tgt, kind, day, outlet, modality, reciprocal)
    return (src, tgt, kind, day, outlet, modality, reciprocal, article_day, precision)


def reported(specs: Sequence[Spec], times: int) -> list[Spec]:
    """Each spec followed by `times - 1` later reports of it (one a day, same outlet and modality),
    each in an article of its own: a tie needs at least four articles before any reading can be
    certain (fewer read thin), and five to survive the deletion of any one."""
    from datetime import date, timedelta

    out = list(specs)
    for k in range(1, times):
        for src, tgt, kind, day, outlet, modality, reciprocal, *_ in specs:
            later = (date.fromisoformat(day) + timedelta(days=k)).isoformat()
            out.append(spec(src, tgt, kind, later, outlet, modality, reciprocal))
    return out


def write_events(path: Path, specs: Sequence[Spec]) -> Path:
    """One article per spec: its text is a one-line label of the synthetic event it carries."""
    with Store(path) as store:
        for i, (src, tgt, kind, day, outlet, modality, reciprocal, *more) in enumerate(specs):
            article_day, precision = (*more, None, "day")[:2]
            plover, cameo, gold, quad = KINDS[kind]
            # a label, not a news sentence: these hand-built records are test data, not claims about the world
            text = f"Synthetic test record {i}: {src} {kind} {tgt}."
            art = Article(
                id=f"art{i:04d}", source=f"in/{i}.txt", start_line=1, end_line=1, title=f"Story {i}",
                date=article_day or day, author=None, outlet=outlet, language="en", text=text,
            )  # fmt: skip
            store.add_articles([art])
            ev = Event(
                event=plover, cameo=cameo, goldstein=gold, quad_class=quad,
                source=tuple(EventActor(c, "GOV", NAMES.get(c, c)) for c in src.split("+") if c),
                target=tuple(EventActor(c, "GOV", NAMES.get(c, c)) for c in tgt.split("+") if c),
                modality=modality, attribution=None, date=day, date_precision=precision,
                evidence_start=0, evidence_end=len(text), trigger=kind, reciprocal=reciprocal,
            )  # fmt: skip
            store.save_analysis(art.id, [], [ev], text)
    return path


# (outlet, date, [(source, target, kind), ...]): one article each, every event in its one text
Story = tuple[str, str, Sequence[tuple[str, str, str]]]


def write_stories(path: Path, stories: Sequence[Story]) -> Path:
    with Store(path) as store:
        for i, (outlet, day, events) in enumerate(stories):
            text = f"Synthetic test record {i}: " + "; ".join(f"{s} {k} {t}" for s, t, k in events) + "."
            art = Article(
                id=f"story{i:04d}", source=f"in/{i}.txt", start_line=1, end_line=1, title=f"Story {i}",
                date=day, author=None, outlet=outlet, language="en", text=text,
            )  # fmt: skip
            store.add_articles([art])
            coded = []
            for src, tgt, kind in events:
                plover, cameo, gold, quad = KINDS[kind]
                coded.append(
                    Event(
                        event=plover,
                        cameo=cameo,
                        goldstein=gold,
                        quad_class=quad,
                        source=(EventActor(src, "GOV", NAMES.get(src, src)),),
                        target=(EventActor(tgt, "GOV", NAMES.get(tgt, tgt)),),
                        modality="asserted",
                        attribution=None,
                        date=day,
                        date_precision="day",
                        evidence_start=0,
                        evidence_end=len(text),
                        trigger=kind,
                        reciprocal=False,
                    )
                )
            store.save_analysis(art.id, [], coded, text)
    return path


@pytest.fixture
def make_db(tmp_path: Path) -> Callable[[Sequence[Spec]], Path]:
    counter = iter(range(1000))

    def _make(specs: Sequence[Spec]) -> Path:
        return write_events(tmp_path / f"events{next(counter)}.duckdb", specs)

    return _make


def table_column(out: str, header: str, after: str) -> str:
    """The words of one column of a CLI table, read down its rows: the text between where `header` starts
    on the header line and where `after` (the next column's header) starts, on every line below it, joined
    by single spaces. A narrow column wraps its cells ("1.00 thin: its" / "cooperative side ..."): read
    across, the lines mix with the next columns' words."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if header in line and after in line)
    start, end = lines[at].index(header), lines[at].index(after)
    return " ".join(" ".join(line[start:end] for line in lines[at + 1 :]).split())
