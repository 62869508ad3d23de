"""Tests of the CAMEO table: Goldstein weights, quad classes, PLOVER types and names."""

from __future__ import annotations

import pytest

from realpolitik.events import cameo
from realpolitik.records import PLOVER_TYPES


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [
        ("057", 8.0, 1, "SUPPORT"),
        ("0841", 7.0, 2, "RETREAT"),
        ("163", -8.0, 4, "SANCTION"),
        ("195", -10.0, 4, "ASSAULT"),
        ("112", -2.0, 3, "ACCUSE"),
        ("020", 3.0, 1, "REQUEST"),
        ("0813", 5.0, 2, "CONCEDE"),
    ],
)
def test_cameo_lookups(code: str, goldstein: float, quad: int, plover: str) -> None:
    assert cameo.goldstein(code) == goldstein
    assert cameo.quad_class(code) == quad
    assert cameo.plover_type(code) == plover
    assert cameo.cameo_name(code)


def test_cameo_statements_have_no_plover_type() -> None:
    assert cameo.plover_type("010") is None


def test_cameo_no_event_reading_has_no_plover_type() -> None:
    # the lexicon's `---` entries ("deliver a speech", "the election") sit among a word's readings, and the
    # coder asks their PLOVER type when it looks for a protest or a talks noun
    assert cameo.plover_type(cameo.NO_EVENT) is None
    assert not cameo.is_known(cameo.NO_EVENT)


def test_cameo_every_plover_type_is_a_known_one() -> None:
    types = {c.plover for c in cameo.cameo_table().values() if c.plover}
    assert types <= set(PLOVER_TYPES)
    assert len(types) == 16


def test_cameo_unknown_four_digit_code_falls_back_to_parent() -> None:
    assert cameo.plover_type("1214") == "REJECT"


@pytest.mark.parametrize("code", ["999", "ab", ""])
def test_cameo_unknown_code_raises(code: str) -> None:
    assert not cameo.is_known(code)
    with pytest.raises(KeyError):
        cameo.goldstein(code)
