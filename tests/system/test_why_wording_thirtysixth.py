"""The line that says why a pair is uncertain agrees its verb with one article (report36, issue 10).

The seeds' Russia–Türkiye page read "1 article give only conflict, 3 only cooperation".
"""

from __future__ import annotations

from realpolitik.store import Store
from realpolitik.system import dyads

from .conftest import spec


def test_why_uncertain_says_one_article_gives(make_db) -> None:
    from realpolitik.system.dyads import explain_dyads

    specs = [spec("RUS", "TUR", "assault", "2021-01-03")] + [
        spec("TUR", "RUS", "agree", f"2021-0{m}-05") for m in (2, 3, 4)
    ]
    store = Store(make_db(specs), read_only=True)
    why = explain_dyads(store, dyads(store, window="all"))[("RUS", "TUR", "all")]
    assert (why.only_conflictual, why.only_cooperative) == (1, 3)
    assert "; 1 article gives only conflict, 3 only cooperation: resampled" in why.text, why.text
