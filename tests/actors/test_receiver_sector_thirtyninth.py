"""A receiver named before a product's name takes no sector from the product (report38's left list).

"Turkey sold Azerbaijan Bayraktar drones": the parse makes the receiver a compound of the drones, so the
mention ran on over the phrase ("Azerbaijan Bayraktar drones") and took its sector from "drones" (AZE MIL); "Russia
sold India Sukhoi fighters" gave IND REB (from "fighters"). The drones and jets are the thing given, not the
receiver's forces: the mention is the name alone, with no sector. A sector word after the name is the name's unit,
not a product ("Russia Guard units": RUS MIL, as before).
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


def _mentions(actors: Resolve, text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.code, m.sector) for m in actors(text, "2021-09-30")]


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("Turkey sold Azerbaijan Bayraktar drones in 2020.", ("Azerbaijan", "AZE", None)),
        ("Israel sold Azerbaijan Harop drones in 2016.", ("Azerbaijan", "AZE", None)),
        ("Russia sold India Sukhoi fighters in the 1990s.", ("India", "IND", None)),
        ("The United States agreed to send Ukraine Abrams tanks in January 2023.", ("Ukraine", "UKR", None)),
    ],
)
def test_a_receiver_before_a_products_name_takes_no_sector_from_the_product(
    actors: Resolve, text: str, receiver: tuple[str, str, None]
) -> None:
    assert receiver in _mentions(actors, text)


def test_a_sector_word_after_a_name_is_its_unit_not_a_product(actors: Resolve) -> None:
    found = _mentions(actors, "Russia Guard units crossed the border.")
    assert ("Russia Guard units", "RUS", "MIL") in found, found
