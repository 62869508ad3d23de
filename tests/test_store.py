"""The DuckDB store: schema, idempotent article writes, atomic analysis writes."""

from pathlib import Path

import duckdb
import pytest

from realpolitik.records import ActorMention, Article, Event, EventActor
from realpolitik.store import Store


def _article(text: str = "Baku and Ankara signed a memorandum.") -> Article:
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


def test_store_add_articles_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert store.add_articles([_article()]) == 1
        assert store.add_articles([_article()]) == 0
        assert store.counts()["articles"] == 1
    with Store(db, read_only=True) as store:
        assert store.get_article("a1")["title"] == "T"


def test_store_save_analysis_rolls_back_on_failure(tmp_path: Path) -> None:
    text = "Baku and Ankara signed a memorandum."
    ev = Event(
        event="AGREE",
        cameo="057",
        goldstein=8.0,
        quad_class=1,
        source=(EventActor("AZE", "GOV", "Baku"),),
        target=(EventActor("TUR", "GOV", "Ankara"),),
        modality="asserted",
        attribution=None,
        date="2021-06-15",
        date_precision="article",
        evidence_start=0,
        evidence_end=len(text),
    )
    mention = ActorMention(0, 4, "Baku", "AZE", "GOV", "AZE", "capital")
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([_article(text)])
        store.save_analysis("a1", [mention], [ev], text)
        assert store.counts()["events"] == 1
        assert store.uncoded_article_ids() == []
        bad = [mention, ActorMention(0, 4, "Baku", "AZE", "GOV", "AZE", "capital", confidence="x")]  # type: ignore[arg-type]
        with pytest.raises(duckdb.Error):
            store.save_analysis("a1", bad, [], text)
        # the failed rewrite left the earlier analysis intact
        assert store.counts()["events"] == 1
        assert store.counts()["mentions"] == 1
        row = store.con.execute("SELECT source[1].code, evidence_text FROM events").fetchone()
        assert row == ("AZE", text)
        assert store.con.execute("SELECT role FROM mentions").fetchone() == ("actor",)


def test_store_article_texts_lists_every_article(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles(
            [_article(), Article(**{**_article().to_dict(), "id": "a2", "duplicate_of": "a1"})]
        )
        assert list(store.article_texts()) == [
            ("a1", "Baku and Ankara signed a memorandum.", None),
            ("a2", "Baku and Ankara signed a memorandum.", "a1"),
        ]
