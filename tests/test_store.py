"""The DuckDB store: schema, idempotent article writes, atomic analysis writes."""

from pathlib import Path

import duckdb
import pytest

from realpolitik.errors import StoreError
from realpolitik.records import ActorMention, Article, Event, EventActor
from realpolitik.store import Store
from synthetic_records import article as _article


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
    ev = _agreement(text)
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


# --- the read side ----------------------------------------------------------------------------------


def _small_db(tmp_path: Path) -> Path:
    from realpolitik.records import Article, Event, EventActor

    db = tmp_path / "read.duckdb"
    with Store(db) as store:
        for i, (src, tgt, quad, mod) in enumerate([("AZE", "TUR", 1, "asserted"), ("AZE", "ARM", 4, "asserted"),
                                                  ("ARM", "AZE", 3, "hypothetical")]):  # fmt: skip
            text = f"Synthetic record {i}."
            store.add_articles([Article(id=f"a{i}", source="x.txt", start_line=i + 1, end_line=i + 1, title=None,
                                        date="2021-06-01", author=None, outlet="Outlet", language="en", text=text)])  # fmt: skip
            ev = Event(event="X", cameo="010", goldstein=1.0, quad_class=quad,
                       source=(EventActor(src, "GOV", src),), target=(EventActor(tgt, "GOV", tgt),),
                       modality=mod, attribution=None, date="2021-06-01", date_precision="day",
                       evidence_start=0, evidence_end=len(text))  # fmt: skip
            store.save_analysis(f"a{i}", [], [ev], text)
    return db


@pytest.mark.parametrize(
    "kwargs",
    [{"modalities": ["rumoured"]}, {"since": "2021-13-01"}, {"since": "2022-01-01", "until": "2021-01-01"}],
)
def test_store_event_filter_rejects_bad_values(kwargs) -> None:
    from realpolitik.errors import InputError
    from realpolitik.store import EventFilter

    with pytest.raises(InputError):
        EventFilter.of(**kwargs)


def test_store_reader_filters_and_counts(tmp_path: Path) -> None:
    from realpolitik.store import EventFilter, Reader

    with Reader.open(_small_db(tmp_path)) as reader:
        assert reader.count_events() == 2  # asserted only by default
        assert reader.count_events(EventFilter(modalities=None)) == 3
        assert reader.count_events(EventFilter(actors=("TUR",))) == 1
        assert reader.count_events(EventFilter(dyad=("AZE", "ARM"), modalities=None)) == 2
        assert reader.count_events(EventFilter(without_articles=("a0",))) == 1
        assert [e["id"] for e in reader.events(EventFilter(event_ids=("a1:0",)))] == ["a1:0"]


def test_store_reader_open_missing_file_names_it(tmp_path: Path) -> None:
    from realpolitik.store import Reader

    with pytest.raises(StoreError, match=r"nope\.duckdb: no such database file"):
        Reader.open(tmp_path / "nope.duckdb")


@pytest.mark.parametrize("read_only", [True, False])
def test_store_open_a_file_that_is_no_database_says_so(tmp_path: Path, read_only: bool) -> None:
    # A report given as --db: the file is there, so "check that the file exists" would send the user astray.
    report = tmp_path / "report.html"
    report.write_text("<!doctype html><title>report</title>\n", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        Store(report, read_only=read_only)
    message = str(info.value)
    assert message.startswith(f"{report}: ") and "not a DuckDB database" in message, message
    assert "realpolitik analyze" in message and "exists" not in message.split("(")[-1], message


def test_store_reader_reads_parquet_like_the_database(tmp_path: Path) -> None:
    import duckdb

    from realpolitik.store import Reader

    db = _small_db(tmp_path)
    folder = tmp_path / "parquet"
    folder.mkdir()
    with duckdb.connect(str(db), read_only=True) as con:
        for table in ("articles", "events"):
            con.execute(f"COPY {table} TO '{folder / (table + '.parquet')}' (FORMAT parquet)")
    with Reader.open(db) as a, Reader.from_parquet(folder) as b:
        assert a.pair_aggregates() == b.pair_aggregates()
        assert len(a.pair_aggregates()) == 2
    with pytest.raises(
        StoreError, match=r"no articles in this folder \(neither articles/ nor articles\.parquet\)"
    ):
        Reader.from_parquet(tmp_path)


def test_store_reader_overlay_rewrites_every_read(tmp_path: Path) -> None:
    from realpolitik.store import EventFilter, Reader

    class DropTurkey:
        def events_sql(self, base: str) -> tuple[str, list[object]]:
            return f"SELECT * FROM {base} b WHERE NOT list_contains(b.tgt_codes, ?)", ["TUR"]

    with Reader.open(_small_db(tmp_path), overlay=DropTurkey()) as reader:
        assert reader.count_events(EventFilter(modalities=None)) == 2
        assert [(p.a, p.b) for p in reader.pair_aggregates()] == [("ARM", "AZE")]


class _Recording:
    """The store's connection, with every SQL statement it is given written down."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con
        self.sql: list[str] = []

    def execute(self, sql: str, *args: object) -> duckdb.DuckDBPyConnection:
        self.sql.append(sql)
        return self.con.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.con, name)


def _agreement(text: str) -> Event:
    return Event(
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


def test_store_save_analysis_of_a_new_article_deletes_nothing_and_a_recode_replaces(tmp_path: Path) -> None:
    # A DELETE by article_id scans its whole table, so saving an article that was never coded must not
    # issue one (its cost would grow with the store); saving a coded article again still replaces its rows.
    text = "Baku and Ankara signed a memorandum."
    mention = ActorMention(0, 4, "Baku", "AZE", "GOV", "AZE", "capital")
    others = [
        Article(f"o{i}", "o.txt", i, i, None, None, None, None, "en", f"Text {i}: {text}") for i in range(3)
    ]
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([*others, _article(text)])
        for other in others:
            store.save_analysis(other.id, [mention], [_agreement(text)], other.text)
        recording = _Recording(store.con)
        store.con = recording  # type: ignore[assignment]
        store.save_analysis(
            "a1", [mention, mention], [_agreement(text)], text, [{"name": "x", "members": ["AZE", "TUR"]}]
        )
        assert not [s for s in recording.sql if "DELETE" in s.upper()]
        assert store.uncoded_article_ids() == []
        recording.sql.clear()
        store.save_analysis("a1", [mention], [], text)
        assert [s for s in recording.sql if s.startswith("DELETE")] == [
            f"DELETE FROM {t} WHERE article_id IN ('a1')" for t in ("mentions", "events", "axes")
        ]
        store.con = recording.con
        per_article = store.con.execute(
            "SELECT a.id, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id), "
            "(SELECT count(*) FROM events e WHERE e.article_id = a.id), "
            "(SELECT count(*) FROM axes x WHERE x.article_id = a.id) FROM articles a ORDER BY a.id"
        ).fetchall()
        # the recode replaced a1's rows (one mention, no event, no axis); the other articles kept theirs
        assert per_article == [("a1", 1, 0, 0), ("o0", 1, 1, 0), ("o1", 1, 1, 0), ("o2", 1, 1, 0)]


def test_store_save_frames_of_a_new_article_deletes_nothing_and_a_second_save_replaces(
    tmp_path: Path,
) -> None:
    from realpolitik.narratives.detect import ArticleFrame, Detection, SentenceFrame
    from realpolitik.store_narratives import ensure_schema, save_frames

    text = "Baku and Ankara signed a memorandum."
    hit = SentenceFrame("cooperation", 0.9, "c1", "signed", 0, len(text), text, ("AZE", "TUR"))
    found = Detection((ArticleFrame("cooperation", 0.9, (hit,)),), (hit, hit), "starter", "d1")
    with Store(tmp_path / "s.duckdb") as store:
        ensure_schema(store)
        store.add_articles([_article(text)])
        save_frames(store, "b0", found)
        recording = _Recording(store.con)
        store.con = recording  # type: ignore[assignment]
        save_frames(store, "a1", found)
        assert not [s for s in recording.sql if "DELETE" in s.upper()]
        save_frames(store, "a1", Detection((), (hit,), "starter", "d2"))
        assert len([s for s in recording.sql if s.startswith("DELETE")]) == 3
        store.con = recording.con
        rows = store.con.execute(
            "SELECT n.article_id, n.digest, (SELECT count(*) FROM frames f WHERE f.article_id = n.article_id), "
            "(SELECT count(*) FROM frame_sentences s WHERE s.article_id = n.article_id) "
            "FROM narrative_runs n ORDER BY 1"
        ).fetchall()
        assert rows == [("a1", "d2", 0, 1), ("b0", "d1", 1, 2)]


def test_store_reader_browses_events_actors_and_articles(tmp_path: Path) -> None:
    """The pages the web app lists are the store's reads: the same answers from the file and
    from the attached snapshot with its listed events table."""
    import shutil

    from realpolitik.store import EventFilter, Reader

    db = _small_db(tmp_path)
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(db, copy)
    every = EventFilter(modalities=None)
    with Reader.open(db) as plain, Reader.attach(copy, name=str(db), listed=True) as listed:
        for reader in (plain, listed):
            total, page = reader.event_page(every, limit=2, offset=0, sort="-quad")
            assert total == 3 and [e["id"] for e in page] == ["a1:0", "a2:0"]  # quad 4, then 3
            assert page[0]["correction"] is None and page[0]["outlet"] == "Outlet"
            assert reader.event_page(EventFilter(), limit=10, offset=1)[0] == 2  # asserted only
            facets = reader.event_facets(every)
            assert dict(facets["modality"]) == {"asserted": 2, "hypothetical": 1}
            assert dict(facets["actor"]) == {"AZE": 3, "ARM": 2, "TUR": 1}
            # +1 (verbal coop) -2 (material conflict) -1 (verbal conflict) over weights 1 + 2 + 1
            assert reader.monthly_volume(every) == [("2021-06", 3, -0.5, 1.0, 3)]
            total, actors = reader.actor_page(q="ar", limit=10, offset=0)
            assert total == 1 and actors[0]["code"] == "ARM" and actors[0]["events"] == 2
            assert reader.actor_counts("TUR")[0] == 1 and reader.actor_counts("GEO") == (0, 0, 0, None)
            art = reader.article("a2")
            assert art is not None and [e["modality"] for e in art["events"]] == ["hypothetical"]
            assert reader.article("nope") is None
            assert reader.article_search("record 1", limit=5, offset=0)[0] == 1
            assert reader.outlet_counts() == [
                {"outlet": "Outlet", "articles": 3, "events": 3, "asserted": 2, "not_asserted": 1}
            ]
            assert reader.store_counts() == (3, 3, 1)
        # the listed table takes an analyst's correction without touching the file, and gives it back
        listed.relist("a0:0", "reject")
        assert (
            listed.event_page(EventFilter(event_ids=("a0:0",)), limit=1, offset=0)[1][0]["correction"]
            == "reject"
        )
        listed.relist("a0:0")
        assert (
            listed.event_page(EventFilter(event_ids=("a0:0",)), limit=1, offset=0)[1][0]["correction"] is None
        )


def test_store_one_text_for_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Reader.open, the CLI and the web app's snapshot say the same thing about a missing file."""
    from realpolitik.cli import main
    from realpolitik.store import Reader, missing_database
    from realpolitik.web.queries import ReadOnlyDB

    missing = tmp_path / "nope.duckdb"
    text = missing_database(missing)
    for open_it in (Reader.open, ReadOnlyDB):
        with pytest.raises(StoreError) as info:
            open_it(missing)
        assert str(info.value) == text
    assert main(["dyads", "--db", str(missing)]) == 2
    assert text in capsys.readouterr().err


def _keys_and_indexes(con: duckdb.DuckDBPyConnection) -> tuple[set[str], set[str]]:
    keyed = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
        ).fetchall()
    }
    indexed = {r[0] for r in con.execute("SELECT table_name FROM duckdb_indexes()").fetchall()}
    return keyed, indexed


def test_store_tables_that_grow_with_the_corpus_hold_no_index(tmp_path: Path) -> None:
    # DuckDB keeps a touched index in memory, so a keyed table would make the writer grow with the store.
    from realpolitik.store import UNKEYED_TABLES
    from realpolitik.store_narratives import ensure_schema

    with Store(tmp_path / "s.duckdb") as store:
        ensure_schema(store)
        keyed, indexed = _keys_and_indexes(store.con)
        assert keyed.isdisjoint(UNKEYED_TABLES) and "lsh" not in indexed
        assert keyed == {"meta", "runs"}
        # uniqueness is the writer's: the same article twice, in one call or two, is stored once
        assert store.add_articles([_article(), _article()]) == 1
        assert store.add_articles([_article()]) == 0
        assert store.known_article_ids(["a1", "zz"]) == {"a1"}
        assert store.get_articles(["zz", "a1"]).keys() == {"a1"}


def test_store_opening_a_version_1_store_drops_its_keys_and_keeps_its_rows(tmp_path: Path) -> None:
    from realpolitik.store_narratives import ensure_schema

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    # the keyed tables of schema version 1, as older databases hold them
    con.execute(
        "CREATE TABLE articles (id VARCHAR PRIMARY KEY, source VARCHAR, start_line INTEGER, end_line INTEGER, "
        "title VARCHAR, date DATE, date_ambiguous BOOLEAN, author VARCHAR, outlet VARCHAR, language VARCHAR, "
        "url VARCHAR, text VARCHAR, duplicate_of VARCHAR, ingested_at TIMESTAMP, coded_at TIMESTAMP)"
    )
    con.execute("CREATE TABLE minhash (article_id VARCHAR PRIMARY KEY, signature BLOB)")
    con.execute("CREATE TABLE lsh (band_key BIGINT, article_id VARCHAR)")
    con.execute("CREATE INDEX lsh_band_key ON lsh (band_key)")
    con.execute(
        "CREATE TABLE frames (article_id VARCHAR, frame VARCHAR, rank INTEGER, score DOUBLE, "
        "PRIMARY KEY (article_id, frame))"
    )
    con.execute("INSERT INTO articles (id, source, text) VALUES ('k1', 'old.txt', 'Old text.')")
    con.execute("INSERT INTO minhash VALUES ('k1', 'sig'::BLOB)")
    con.execute("INSERT INTO lsh VALUES (7, 'k1'), (9, 'k1')")
    con.execute("INSERT INTO frames VALUES ('k1', 'sovereignty', 0, 0.5)")
    con.close()
    with Store(db) as store:
        ensure_schema(store)
        keyed, indexed = _keys_and_indexes(store.con)
        assert {"articles", "minhash", "frames"}.isdisjoint(keyed) and not indexed
        assert store.get_article("k1")["text"] == "Old text."
        assert store.lsh_candidates([9, 7, 3]) == {7: ["k1"], 9: ["k1"]}
        assert store.minhash_signatures(["k1"]) == {"k1": b"sig"}
        assert store.con.execute("SELECT * FROM frames").fetchall() == [("k1", "sovereignty", 0, 0.5)]
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("2",)
        assert store.add_articles([_article()]) == 1


def test_store_writer_caps_duckdb_memory(tmp_path: Path) -> None:
    # DuckDB reports the limit in MiB: 128 MB is 122.0 MiB, 64 MB is 61.0 MiB
    with Store(tmp_path / "s.duckdb") as store:
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone() == ("122.0 MiB",)
    with Store(tmp_path / "t.duckdb", memory_limit="64MB") as store:
        assert store.con.execute("SELECT current_setting('memory_limit')").fetchone() == ("61.0 MiB",)


def test_shown_date_is_as_precise_as_the_text() -> None:
    from realpolitik.records import shown_date

    assert shown_date("2020-01-01", "year") == "2020"  # "the 2020 statement", stored as the year's first day
    assert shown_date("2020-10-01", "month") == "2020-10"
    assert shown_date("2020-10-10", "day") == "2020-10-10"
    assert shown_date("2020-10-10", "article") == "2020-10-10"
    assert shown_date(None, "year") is None


# Eight Goldstein weights whose mean (1.3 / 8 = 0.1625) sits on a rounding boundary: summed as
# floats in the order given they give 0.163, sorted ascending 0.162.
_BOUNDARY_WEIGHTS = [8.3, -0.1, -9.5, 1.0, -10.0, 8.3, -0.1, 3.4]


def _weights_db(path: Path, weights: list[float]) -> Path:
    with Store(path) as store:
        text = "Synthetic record."
        store.add_articles([_article(text)])
        events = [
            Event(
                event="X",
                cameo="010",
                goldstein=w,
                quad_class=1 if w >= 0 else 4,
                source=(EventActor("AZE", "GOV", "AZE"),),
                target=(EventActor("ARM", "GOV", "ARM"),),
                modality="asserted",
                attribution=None,
                date="2021-06-01",
                date_precision="day",
                evidence_start=0,
                evidence_end=len(text),
            )
            for w in weights
        ]
        store.save_analysis("a1", [], events, text)
    return path


def test_store_mean_goldstein_does_not_depend_on_the_order_rows_arrive_in(tmp_path: Path) -> None:
    from realpolitik.store import EventFilter, Reader, goldstein_hundredths, mean_goldstein
    from realpolitik.system.dyads import dyads

    assert round(sum(sorted(_BOUNDARY_WEIGHTS)) / 8, 3) != round(sum(_BOUNDARY_WEIGHTS) / 8, 3)
    orders = [_BOUNDARY_WEIGHTS, sorted(_BOUNDARY_WEIGHTS), sorted(_BOUNDARY_WEIGHTS, reverse=True)]
    assert {mean_goldstein(goldstein_hundredths(o), len(o)) for o in orders} == {0.163}
    for i, order in enumerate(orders):
        with Reader.open(_weights_db(tmp_path / f"w{i}.duckdb", order)) as reader:
            (pair,) = reader.pair_aggregates()
            assert pair.events == 8 and pair.goldstein == 0.163
            ((_, _, _, month_mean, _),) = reader.monthly_volume(EventFilter())
            assert month_mean == 0.163
            (dyad,) = dyads(reader, window="all")
            assert dyad.goldstein == 0.163
