"""Whether a mention names a person is a typed field of the mention (report38, report37's left list).

A person only the text names ("Emil Hart, a former Armenian diplomat") had the knowledge-base id
"person-text-emil-hart", an id no entry has, and the event coder read people by the "person-" prefix of the id.
Now `ActorMention.person` says it: true for a knowledge-base person and for one only the text names (whose
`kb_id` is None), and for a pronoun standing for either; the store keeps it in a column of its own, and a store
written before it gets the column filled from the ids it has.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from realpolitik.records import ActorMention
from realpolitik.store import Store
from synthetic_records import article as _article

from .helpers import Resolve

TEXT = (
    "Emil Hart, a former Armenian diplomat, met Ilham Aliyev in Baku on Monday. Hart said Armenia wanted "
    "a treaty. His delegation left early."
)


def test_person_field_marks_knowledge_base_and_text_people(actors: Resolve) -> None:
    found = {m.text: m for m in actors(TEXT, "2021-09-30")}
    assert (found["Emil Hart"].person, found["Emil Hart"].kb_id, found["Emil Hart"].code) == (
        True,
        None,
        "ARM",
    )
    assert found["Hart"].person and found["Hart"].kb_id is None  # the surname alone, after the naming
    assert found["Ilham Aliyev"].person and (found["Ilham Aliyev"].kb_id or "").startswith("person-")
    assert found["His delegation"].person  # a pronoun standing for the person
    # a state, a capital, an adjective's country: no person
    assert not found["Armenia"].person
    assert not found["Baku"].person
    assert not any(
        m.person for m in actors("Armenia and Azerbaijan signed a treaty in Washington.", "2025-08-08")
    )


def test_person_field_is_stored_and_read_back(tmp_path: Path) -> None:
    text = "Emil Hart met Azerbaijani officials."
    hart = ActorMention(0, 9, "Emil Hart", "ARM", "ELI", None, "person named as a diplomat", 0.7, person=True)
    aze = ActorMention(14, 25, "Azerbaijani", "AZE", None, "AZE", "adjective")
    with Store(tmp_path / "s.duckdb") as store:
        store.add_articles([_article(text)])
        store.save_analysis("a1", [hart, aze], [], text)
        rows = store.con.execute("SELECT text, kb_id, person FROM mentions ORDER BY start_char").fetchall()
    assert rows == [("Emil Hart", None, True), ("Azerbaijani", "AZE", False)]


def test_person_field_a_store_written_before_it_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    # the mentions table as stores wrote it before the field: no person column, a text person by its id
    con.execute(
        "CREATE TABLE mentions (article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, "
        "code VARCHAR, sector VARCHAR, kb_id VARCHAR, why VARCHAR, confidence DOUBLE, role VARCHAR)"
    )
    con.execute(
        "INSERT INTO mentions VALUES ('a1', 0, 0, 9, 'Emil Hart', 'ARM', 'ELI', 'person-text-emil-hart', 'x', 0.7, "
        "'actor'), ('a1', 1, 14, 25, 'Ilham Aliyev', 'AZE', 'GOV', 'person-ilham-aliyev', 'x', 1.0, 'actor'), "
        "('a1', 2, 30, 34, 'Baku', 'AZE', 'GOV', 'AZE', 'x', 1.0, 'actor'), "
        "('a1', 3, 40, 45, 'unnamed', 'AZE', 'CVL', NULL, 'x', 0.5, 'actor')"
    )
    con.close()
    with Store(db) as store:
        rows = store.con.execute("SELECT text, person FROM mentions ORDER BY idx").fetchall()
    assert rows == [("Emil Hart", True), ("Ilham Aliyev", True), ("Baku", False), ("unnamed", False)]
    # opened again, nothing changes (the column is there now)
    with Store(db) as store:
        assert store.con.execute("SELECT count(*) FROM mentions WHERE person").fetchone() == (2,)
