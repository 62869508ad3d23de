"""Quotes of the /outlets disagreements, one per sentence of an article (twenty-sixth session): the side's quotes
were made unique by their text (Jinja's unique, case-insensitive), so the same sentence carried by two outlets'
articles showed once, linked to the first outlet only, and a sentence differing only in case vanished. They are
now unique by article and sentence: two events of one sentence still quote it once. Real DuckDB store."""

from __future__ import annotations

import re
from pathlib import Path

from realpolitik.records import Article
from realpolitik.store import Store
from realpolitik.web import create_app

from .conftest import Client, _event


def test_outlets_a_sentence_two_outlets_carry_is_quoted_for_each(tmp_path: Path) -> None:
    coop = "Synthetic test record: ARM AGREE AZE."
    conf = "Synthetic test record: AZE ASSAULT ARM."
    arm, aze = ("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")
    db = tmp_path / "two_outlets.duckdb"
    with Store(db) as store:
        arts = [
            Article("g1coop0000000001", "a.txt", 1, 1, "Coop", "2021-03-01", None, "Outlet A", "en", coop),
            Article("g2conf0000000002", "b.txt", 1, 1, "Conf", "2021-03-02", None, "Outlet B", "en", conf),
            Article(
                "g3conf0000000003", "c.txt", 1, 1, "Conf", "2021-03-02", None, "Outlet C", "en", conf.upper()
            ),
        ]
        store.add_articles(arts)
        store.save_analysis(
            arts[0].id,
            [],
            [_event(coop, coop, "AGREE", "057", 8.0, 1, [arm], [aze], "AGREE", "2021-03-01")],
            coop,
        )
        for art in arts[1:]:
            text = art.text
            two = [  # two events of one sentence: quoted once per article
                _event(text, text, "THREATEN", "138", -7.0, 3, [aze], [arm], text.split()[-2], "2021-03-02"),
                _event(text, text, "ASSAULT", "190", -10.0, 4, [aze], [arm], text.split()[-2], "2021-03-02"),
            ]
            store.save_analysis(art.id, [], two, text)
    body = Client(create_app(db)).get("/outlets").text.split('id="disagreements"', 1)[1]
    assert "<b>Outlet B, Outlet C</b>" in body and "4 events" in body
    links = re.findall(r'<a class="muted" href="/article/(\w+)">([^<]*)</a>', body)
    conflictual = [(a, label) for a, label in links if a != arts[0].id]
    assert conflictual == [(arts[1].id, "Outlet B, 2021-03-02"), (arts[2].id, "Outlet C, 2021-03-02")], links
    assert body.count(conf) == 1 and body.count(conf.upper()) == 1
