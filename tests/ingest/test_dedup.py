"""Near-duplicate detection: copies with small edits are marked and reported, distinct texts are not."""

from pathlib import Path

from realpolitik.config import Settings
from realpolitik.ingest import ingest, read_articles
from realpolitik.ingest.dedup import DuplicateFinder, bands
from realpolitik.ingest.split import content_hash
from realpolitik.records import Article
from realpolitik.store import Store

BASE = (
    "The presidents of Russia and Azerbaijan signed a declaration on allied interaction in Moscow on "
    "22 February 2022. The document covers military cooperation, trade and the coordination of foreign "
    "policy, and it was signed two days before the Russian invasion of Ukraine began. Officials in Baku "
    "described it as the result of long negotiations, while critics in Armenia saw it as a sign that "
    "Moscow was moving closer to Baku."
)
EDITED = BASE.replace("long negotiations", "lengthy negotiations") + " Share this article."
OTHER = (
    "Iran and Azerbaijan held a ceremony in 2023 to open a new road bridge over the Aras river near "
    "Aghband, part of a route that links mainland Azerbaijan with Nakhchivan through Iranian territory. "
    "Ministers of both states attended and spoke about trade and the transit of goods in the region."
)


def _art(text: str) -> Article:
    return Article(content_hash(text), "t.txt", 1, 1, None, None, None, None, "en", text)


def test_dedup_marks_a_near_duplicate_and_reports_it() -> None:
    finder = DuplicateFinder(0.8)
    first, dup1 = finder.check(_art(BASE))
    second, dup2 = finder.check(_art(EDITED))
    assert dup1 is None and first.duplicate_of is None
    assert second.duplicate_of == first.id
    assert dup2 is not None and dup2[:2] == (second.id, first.id) and 0.8 <= dup2[2] < 1.0


def test_dedup_leaves_distinct_articles_alone() -> None:
    finder = DuplicateFinder(0.8)
    finder.check(_art(BASE))
    third, dup = finder.check(_art(OTHER))
    assert dup is None and third.duplicate_of is None


def test_dedup_exact_repeat_and_remembered_articles() -> None:
    finder = DuplicateFinder(0.8)
    finder.remember("stored1", BASE)
    art, dup = finder.check(_art(EDITED))
    assert art.duplicate_of == "stored1" and dup is not None
    again, dup_again = finder.check(_art(OTHER))
    same, dup_same = finder.check(_art(OTHER))
    assert dup_again is None and dup_same == (same.id, again.id, 1.0)


# --- the index kept in the store ------------------------------------------------------------------


def _write(folder: Path, name: str, title: str, body: str) -> Path:
    path = folder / name
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


def test_dedup_stored_index_finds_a_near_duplicate_without_reading_stored_texts(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        ingest([_write(tmp_path, "a.txt", "Allied interaction", BASE)], store, Settings(dedup_threshold=0.8))
        ingest([_write(tmp_path, "b.txt", "Aras bridge", OTHER)], store, Settings(dedup_threshold=0.8))
        # Blank every stored text: a check that still finds the copy cannot have read them.
        store.con.execute("UPDATE articles SET text = ''")
        (original,) = [
            r[0] for r in store.con.execute("SELECT id FROM articles WHERE source LIKE '%a.txt'").fetchall()
        ]
        report = ingest([_write(tmp_path, "c.txt", "A copy", EDITED)], store, Settings(dedup_threshold=0.8))
        counts = store.con.execute(
            "SELECT (SELECT count(*) FROM minhash), (SELECT count(*) FROM lsh)"
        ).fetchone()
    assert report.articles_added == 1
    (dup,) = report.duplicates
    assert dup[1] == original and 0.8 <= dup[2] < 1.0
    assert counts == (3, 2 * bands(0.8)[0])  # every article signed; only the two originals indexed


def test_dedup_stored_index_gives_what_the_in_memory_finder_gives(tmp_path: Path) -> None:
    texts = [
        BASE,
        OTHER,
        EDITED,
        OTHER.replace("Ministers", "Officials"),
        BASE + " More follows.",
        "Short text.",
    ]
    paths = [_write(tmp_path, f"{n}.txt", f"Title {n}", text) for n, text in enumerate(texts)]
    read = read_articles(paths, Settings(dedup_threshold=0.8))
    expected = read.duplicates
    paths_ids = [a.id for a in read.articles]
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(paths, store, Settings(dedup_threshold=0.8, batch_size=2))
    assert report.duplicates == expected
    assert [dup[1] for dup in expected] == [paths_ids[0]] * 2


def test_dedup_stored_index_signs_an_older_store_once_and_follows_a_new_threshold(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        ingest([_write(tmp_path, "a.txt", "Allied interaction", BASE)], store, Settings(dedup_threshold=0.8))
        # A store written before signatures were kept: no signatures, no band keys, no banding noted.
        store.con.execute("DELETE FROM minhash; DELETE FROM lsh; DELETE FROM meta WHERE key = 'minhash'")
    with Store(db) as store:
        first = ingest([_write(tmp_path, "c.txt", "A copy", EDITED)], store, Settings(dedup_threshold=0.8))
        assert [d[2] >= 0.8 for d in first.duplicates] == [True]
        signed = store.con.execute("SELECT count(*) FROM minhash").fetchone()
        # A stricter threshold bands differently: the keys are rebuilt from the stored signatures.
        strict = ingest([_write(tmp_path, "d.txt", "Another copy", BASE + " Updated.")], store, Settings())
        params = store.con.execute("SELECT value FROM meta WHERE key = 'minhash'").fetchone()
        keys = store.con.execute("SELECT count(*) FROM lsh").fetchone()
    assert signed == (2,)
    assert params == (f"128:{bands(0.85)[0]}x{bands(0.85)[1]}",)
    assert keys == (bands(0.85)[0],)  # the one original; the copies are not indexed
    assert strict.articles_added == 1 and [d[2] >= 0.85 for d in strict.duplicates] == [True]
