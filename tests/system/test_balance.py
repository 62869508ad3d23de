"""Structural balance on a balanced and an unbalanced triangle, over the firm ties only."""

from __future__ import annotations

import pytest

from realpolitik.store import Store
from realpolitik.system.balance import balance, structural_balance
from realpolitik.system.graph import signed_graph

from .conftest import reported, spec

# every tie on five articles that agree: firm (a tie on fewer than four articles is thin)
FIRM = 5


@pytest.mark.parametrize(
    ("specs", "share", "unbalanced"),
    [
        # friend of a friend: all three cooperate
        ([spec("AZE", "TUR", "agree"), spec("TUR", "ISR", "aid"), spec("ISR", "AZE", "aid")], 1.0, []),
        # enemy of my enemy: two partners both at odds with a third
        (
            [spec("AZE", "TUR", "agree"), spec("AZE", "ARM", "assault"), spec("TUR", "ARM", "threaten")],
            1.0,
            [],
        ),
        # co-opetition: ARM and AZE are both partners of RUS but fight each other
        (
            [spec("RUS", "ARM", "aid"), spec("RUS", "AZE", "agree"), spec("AZE", "ARM", "assault")],
            0.0,
            [("ARM", "AZE", "RUS")],
        ),
    ],
)
def test_balance_triangles(make_db, specs, share: float, unbalanced) -> None:
    result = balance(Store(make_db(reported(specs, FIRM)), read_only=True))
    assert result.triads == 1
    assert result.balance == share
    assert [t.nodes for t in result.unbalanced] == unbalanced


def test_balance_describes_coopetition(make_db) -> None:
    db = make_db(
        reported(
            [spec("RUS", "ARM", "aid"), spec("RUS", "AZE", "agree"), spec("AZE", "ARM", "assault")], FIRM
        )
    )
    (triad,) = balance(Store(db, read_only=True)).unbalanced
    assert triad.description == "ARM and AZE are both partners of RUS but at odds with each other"
    assert triad.signs == (-1, 1, 1)


def test_balance_without_triangles_is_vacuous(make_db) -> None:
    result = balance(Store(make_db([spec("AZE", "TUR", "agree")]), read_only=True))
    assert (result.triads, result.balance) == (0, 1.0)


def test_balance_counts_only_firm_ties(make_db) -> None:
    """Two firm partnerships and a fight on one article: the whole signed graph has an unbalanced
    triangle, the model's balance (the ties blocs use) has no triangle at all, because the thin tie
    has no sign the model stands by."""
    specs = reported([spec("RUS", "ARM", "aid"), spec("RUS", "AZE", "agree")], FIRM)
    store = Store(make_db([*specs, spec("AZE", "ARM", "assault", "2022-09-13")]), read_only=True)
    assert structural_balance(signed_graph(store)).triads == 1
    assert (balance(store).triads, balance(store).balance) == (0, 1.0)


def test_balance_weak_counts_all_negative_triad(make_db) -> None:
    db = make_db(
        [spec("ARM", "AZE", "assault"), spec("AZE", "IRN", "accuse"), spec("IRN", "ARM", "threaten")]
    )
    g = signed_graph(Store(db, read_only=True))
    assert structural_balance(g).balance == 0.0
    assert structural_balance(g, weak=True).balance == 1.0
    assert (
        structural_balance(g).unbalanced[0].description == "ARM, AZE and IRN are all at odds with each other"
    )
