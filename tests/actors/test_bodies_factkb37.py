"""Fact check of actors37's rows (factkb37, thirty-seventh session; issue 9): a name several states' bodies share
is not tied to one state near another's name (the Supreme Soviets of the other republics and regions, the German,
Swiss, Liechtenstein and Austrian diets, Cyprus's Vouli, Kosovo's Kuvendi), and the Legislative Yuan is China's
before the move to Taipei (as the Kuomintang). Sentences written for these tests (true statements about real
events), real parse, real knowledge base."""

from __future__ import annotations

import pytest

from .helpers import Resolve, assert_resolves, assert_stays_off


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        ("The Belarusian Supreme Soviet declared independence.", "1991-08-25", "Supreme Soviet", "RUS"),
        (
            "The Supreme Soviet in Kiev declared independence on Saturday.",
            "1991-08-24",
            "Supreme Soviet",
            "RUS",
        ),
        ("The Crimean Supreme Soviet voted for a referendum.", "1992-02-26", "Supreme Soviet", "RUS"),
        (
            "The Abkhazian Supreme Soviet restored the 1925 constitution.",
            "1992-07-23",
            "Supreme Soviet",
            "RUS",
        ),
        ("The Diet of Augsburg rejected the Lutheran confession.", "1930-06-25", "Diet", "JPN"),
        ("The Imperial Diet at Regensburg elected the emperor's son.", "1930-06-25", "Imperial Diet", "JPN"),
        ("The Swiss Diet rejected the proposal.", "1930-06-25", "Diet", "JPN"),
        ("The Liechtenstein Diet approved the customs treaty.", "1923-03-29", "Diet", "JPN"),
        ("The Austrian House of Peers rejected the bill.", "1907-05-01", "House of Peers", "JPN"),
        ("The Cypriot Vouli approved the budget.", "2020-12-17", "Vouli", "GRC"),
        ("The Kuvendi of Kosovo elected a new speaker.", "2020-05-01", "Kuvendi", "ALB"),
    ],
)
def test_shared_name_stays_off_near_another_state(
    actors: Resolve, sentence: str, date: str, span: str, code: str
) -> None:
    assert_stays_off(actors, sentence, date, span, code)


@pytest.mark.parametrize(
    ("sentence", "date", "code"),
    [
        ("The Legislative Yuan in Nanking passed the draft constitution.", "1936-05-05", "CHN"),
        ("The Legislative Yuan passed the budget.", "2019-12-31", "TWN"),
        ("The Legislative Yuan passed the budget.", None, "TWN"),
    ],
)
def test_legislative_yuan_by_date(actors: Resolve, sentence: str, date: str | None, code: str) -> None:
    assert_resolves(actors, sentence, date, "Legislative Yuan", code, "LEG")


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        (
            "The Supreme Soviet of the RSFSR ratified the Belovezha accords.",
            "1991-12-12",
            "Supreme Soviet",
            "RUS",
        ),
        ("The Imperial Diet in Tokyo passed the General Election Law.", "1925-03-29", "Imperial Diet", "JPN"),
        ("The Vouli approved the bailout.", "2015-07-16", "Vouli", "GRC"),
        ("The Kuvendi approved the budget.", "2020-12-01", "Kuvendi", "ALB"),
    ],
)
def test_own_name_still_resolves(actors: Resolve, sentence: str, date: str, span: str, code: str) -> None:
    assert_resolves(actors, sentence, date, span, code, "LEG")


def test_indo_chinese_names_no_pair_of_states(actors: Resolve) -> None:
    """'Indo-Chinese' is of Indochina (resolver.json `combining_form_blockers`): no India; 'Indo-Pakistani' keeps
    India."""
    refugees = actors("Indo-Chinese refugees arrived in Malaysia.", "1979-07-20")
    assert not any(m.code == "IND" for m in refugees), [(m.text, m.code) for m in refugees]
    fighting = actors("Indo-Pakistani fighting spread to Lahore.", "1965-09-10")
    assert {"IND", "PAK"} <= {m.code for m in fighting}, [(m.text, m.code) for m in fighting]


@pytest.mark.parametrize(
    ("sentence", "date", "code"),
    [
        ("The Dutch East India Company seized the Portuguese fort.", "1641-01-14", "NLD"),
        ("The French East India Company lost Pondicherry.", "1761-01-15", "FRA"),
        ("The East India Company defeated the Nawab at Plassey.", "1757-06-23", "GBR"),
    ],
)
def test_east_india_companies(actors: Resolve, sentence: str, date: str, code: str) -> None:
    """The (English) East India Company is GBR; the Dutch and French ones are not (firms.json, factkb37)."""
    assert_resolves(actors, sentence, date, "East India Company", code)
