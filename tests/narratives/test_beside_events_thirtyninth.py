"""Frames beside events (the /narratives page, the report): one query per event check, and the web pages that
read stored frames never import spaCy (thirty-ninth session).

Two tests/web narratives tests timed out (httpx's 5 s) on a loaded two-core machine: the first /narratives
request imported spaCy (through `realpolitik.narratives`, whose detection needs it; a second or more under load)
and `beside_events` asked the database twice per outlet and check (72 queries on the example corpus, most of the
page's time). The texts are short statements written for these tests; the events are coded by hand from them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from realpolitik.narratives import load_pack
from realpolitik.narratives.detect import ArticleFrame, Detection, SentenceFrame
from realpolitik.narratives.model import beside_events
from realpolitik.records import Article, Event, EventActor
from realpolitik.store import Store
from realpolitik.store_narratives import article_frames, ensure_schema, events_between, save_frames

FRAME = "turkish_azerbaijani_brotherhood"  # its check: cooperation (quad 1, 2) between TUR and AZE

# (id, outlet, date, [(sentence, event, cameo, goldstein, quad, source, target, date)], carries the frame)
ARTICLES: list[tuple[str, str, str, list[tuple[str, str, str, float, int, str, str, str | None]], bool]] = [
    (
        "shusha0000000001",
        "Baku Wire",
        "2021-06-16",
        [
            (
                "Türkiye and Azerbaijan signed the Shusha Declaration.",
                "AGREE",
                "057",
                8.0,
                1,
                "TUR",
                "AZE",
                "2021-06-15",
            ),
            ("Erdoğan met Aliyev in Shusha.", "CONSULT", "040", 1.0, 1, "TUR", "AZE", "2021-06-15"),
        ],
        True,
    ),
    (
        "drills0000000002",
        "Baku Wire",
        "2021-02-03",
        [
            (
                "Türkiye and Azerbaijan held joint exercises in Kars.",
                "COOPERATE",
                "062",
                3.0,
                1,
                "TUR",
                "AZE",
                "2021-02-01",
            )
        ],
        False,
    ),
    (
        "rescue0000000003",
        "Ankara Daily",
        "2023-02-08",
        [
            (
                "Azerbaijan sent rescue teams to Türkiye after the earthquake.",
                "AID",
                "073",
                7.4,
                2,
                "AZE",
                "TUR",
                "2023-02-06",
            ),
            ("Türkiye kept its border with Armenia closed.", "SANCTION", "172", -5.0, 4, "TUR", "ARM", None),
        ],
        True,
    ),
    (
        "border0000000004",
        "Ankara Daily",
        "2023-02-09",
        [("Türkiye thanked Azerbaijan for its help.", "CONSULT", "040", 1.0, 1, "TUR", "AZE", None)],
        False,
    ),
]


def _build(path: Path) -> Path:
    pack = load_pack()
    with Store(path) as store:
        ensure_schema(store)
        arts = []
        for aid, outlet, day, sentences, _ in ARTICLES:
            text = " ".join(s[0] for s in sentences)
            arts.append(Article(aid, f"{aid}.txt", 1, 1, aid, day, None, outlet, "en", text))
        store.add_articles(arts)
        for art, (aid, _, _, sentences, framed) in zip(arts, ARTICLES, strict=True):
            events = []
            for sentence, kind, cameo, goldstein, quad, src, tgt, day in sentences:
                start = art.text.index(sentence)
                events.append(
                    Event(
                        event=kind,
                        cameo=cameo,
                        goldstein=goldstein,
                        quad_class=quad,
                        source=(EventActor(src, None, src),),
                        target=(EventActor(tgt, None, tgt),),
                        modality="asserted",
                        attribution=None,
                        date=day,
                        date_precision="day" if day else "unknown",
                        evidence_start=start,
                        evidence_end=start + len(sentence),
                        trigger=sentence.split()[1],
                    )
                )
            store.save_analysis(aid, [], events, art.text)
            first = sentences[0][0]
            hit = SentenceFrame(FRAME, 0.9, "test", "test", 0, len(first), first, ("AZE", "TUR"))
            found = (ArticleFrame(FRAME, 0.9, (hit,)),) if framed else ()
            save_frames(
                store, aid, Detection(found, (hit,) if framed else (), pack.name, pack.digest), pack=pack
            )
    return path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("beside") / "beside.duckdb")


class _Counting:
    """A store whose queries are counted: `con.execute` is the one way the reads reach DuckDB."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self._con = con
        self.path = path
        self.queries = 0

    @property
    def con(self) -> Any:
        return self

    def execute(self, *args: Any) -> Any:
        self.queries += 1
        return self._con.execute(*args)


def test_beside_events_counts_and_examples_per_outlet(db: Path) -> None:
    with Store(db, read_only=True) as store:
        rows = beside_events(store, load_pack(), article_frames(store))
    assert [(r["outlet"], r["frame"]) for r in rows] == [("Ankara Daily", FRAME), ("Baku Wire", FRAME)]
    ankara, baku = rows
    # Baku Wire: three cooperative events in two articles, two of them in the article that tells the frame;
    # examples earliest first, the two of one day in the article's order
    assert (baku["articles"], baku["articles_with_frame"], baku["events"], baku["events_in_frame_articles"]) == (
        2, 1, 3, 2,
    )  # fmt: skip
    assert [e["evidence"] for e in baku["examples"]] == [
        "Türkiye and Azerbaijan held joint exercises in Kars.",
        "Türkiye and Azerbaijan signed the Shusha Declaration.",
        "Erdoğan met Aliyev in Shusha.",
    ]
    # Ankara Daily: the rescue teams (AZE -> TUR counts, either direction) and the undated thanks, last; the
    # closed border with Armenia is no event between Türkiye and Azerbaijan
    assert (ankara["events"], ankara["events_in_frame_articles"]) == (2, 1)
    assert [e["evidence"] for e in ankara["examples"]] == [
        "Azerbaijan sent rescue teams to Türkiye after the earthquake.",
        "Türkiye thanked Azerbaijan for its help.",
    ]


def test_beside_events_agrees_with_events_between_for_every_outlet(db: Path) -> None:
    pack = load_pack()
    check = next(c for c in pack.event_checks if c.frame == FRAME)
    with Store(db, read_only=True) as store:
        arts = article_frames(store)
        rows = beside_events(store, pack, arts)
        for row in rows:
            ids = [a["article_id"] for a in arts if (a["outlet"] or "") == row["outlet"]]
            assert (row["events"], row["examples"]) == events_between(
                store, ids, check.actors, check.partners, check.quad_classes
            )


def test_beside_events_asks_the_database_once_per_check_told(db: Path) -> None:
    # two outlets tell the frame of one check: one query (four before, two per outlet); the checks of frames
    # no article tells ask nothing
    with Store(db, read_only=True) as store:
        arts = article_frames(store)
        counting = _Counting(store.con, str(db))
        beside_events(counting, load_pack(), arts)
    assert counting.queries == 1


SCRIPT = """
import json, sys, warnings
warnings.simplefilter("ignore")
from fastapi.testclient import TestClient
from realpolitik.web.app import create_app
app = create_app(sys.argv[1])
app.state.warm.join()
client = TestClient(app)
codes = [client.get(p).status_code for p in ("/narratives", "/api/narratives", "/narratives?window=year")]
print(json.dumps({"codes": codes, "spacy": "spacy" in sys.modules}))
"""


def test_the_narratives_pages_do_not_import_spacy(db: Path) -> None:
    # in a fresh interpreter: this test process has spaCy loaded already
    res = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db)], capture_output=True, text=True, check=False, timeout=120
    )
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out == {"codes": [200, 200, 200], "spacy": False}, out


def test_detection_names_still_load_from_the_package() -> None:
    import realpolitik.narratives as narratives

    assert narratives.Detection is Detection and callable(narratives.detect_doc)
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        narratives.nothing  # noqa: B018
