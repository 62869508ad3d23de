"""A receiver before a product's name is the target of the sale (report38): the tagger took "Azerbaijan
Bayraktar" for a person's name, so the resolver dropped Azerbaijan and the sale had no target
(actors.resolve `_before_product_name`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import Event


@pytest.mark.parametrize(
    ("text", "seller", "buyer"),
    [
        ("Turkey sold Azerbaijan Bayraktar drones in 2020.", "TUR", "AZE"),
        ("Israel sold Azerbaijan Harop drones in 2016.", "ISR", "AZE"),
    ],
)
def test_events_a_receiver_before_a_products_name_is_the_sales_target(
    code: Callable[[str], list[Event]], text: str, seller: str, buyer: str
) -> None:
    sold = [e for e in code(text) if e.trigger == "sold"]
    assert sold, code(text)
    assert ([a.code for a in sold[0].source], [a.code for a in sold[0].target]) == ([seller], [buyer])
