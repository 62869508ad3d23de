"""Tests of events/dates.py: each date expression resolved against an article date, on real parses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.events.dates import resolve_event_date

# (sentence, article date, trigger word or None, expected (date, precision))
CASES = [
    # 2021-06-17 was a Thursday; the Shusha Declaration was signed on Tuesday 15 June 2021.
    (
        "Erdogan and Aliyev signed the Shusha Declaration on Tuesday.",
        "2021-06-17",
        None,
        ("2021-06-15", "day"),
    ),
    (
        "Erdogan and Aliyev signed the Shusha Declaration on Thursday.",
        "2021-06-17",
        None,
        ("2021-06-17", "day"),
    ),
    ("Pashinyan will travel to Granada on Thursday.", "2023-10-02", "travel", ("2023-10-05", "day")),
    ("Pashinyan will attend the summit next Thursday.", "2023-09-28", "attend", ("2023-10-05", "day")),
    ("Armenia recalled the envoy last Thursday.", "2023-10-05", None, ("2023-09-28", "day")),
    (
        "Turkish F-16 jets shot down a Russian Su-24 near the Syrian border in November 2015.",
        "2016-01-10",
        None,
        ("2015-11-01", "month"),
    ),
    ("Azerbaijan regained control of Shusha last year.", "2021-02-01", None, ("2020-01-01", "year")),
    (
        "Armenia froze its participation in the CSTO earlier this month.",
        "2024-02-28",
        None,
        ("2024-02-01", "month"),
    ),
    ("Azerbaijani troops entered Aghdam on November 20.", "2020-11-22", None, ("2020-11-20", "day")),
    ("Azerbaijani troops entered Kalbajar on November 25.", "2021-01-15", None, ("2020-11-25", "day")),
    ("Azerbaijani troops entered Kalbajar on 25 November.", "2021-01-15", None, ("2020-11-25", "day")),
    ("The ceasefire took effect on 10 November 2020.", "2023-01-01", None, ("2020-11-10", "day")),
    ("The war began on September 27, 2020.", "2021-09-27", None, ("2020-09-27", "day")),
    ("The Karabakh authorities agreed to disarm yesterday.", "2023-09-21", None, ("2023-09-20", "day")),
    (
        "Armenia agreed last week to return four villages to Azerbaijan.",
        "2024-04-26",
        None,
        ("2024-04-19", "month"),
    ),
    (
        "Azerbaijan launched its offensive in Karabakh two days ago.",
        "2023-09-21",
        None,
        ("2023-09-19", "day"),
    ),
    ("Armenia held snap parliamentary elections in 2021.", "2022-03-01", None, ("2021-01-01", "year")),
    ("Armenia held snap parliamentary elections in June.", "2021-08-01", None, ("2021-06-01", "month")),
    ("Armenia joined the International Criminal Court in 2024.", None, None, ("2024-01-01", "year")),
    ("The foreign ministers met in Almaty three weeks ago.", "2024-06-01", None, ("2024-05-11", "month")),
    ("Iran may hold drills near the border in May.", "2023-11-16", None, ("2023-05-01", "month")),
    ("The ministers will meet again next month.", "2023-11-16", None, ("2023-12-01", "month")),
    (
        "The Moscow statement on humanitarian corridors was signed on 10.10.2020.",
        None,
        None,
        ("2020-10-10", "day"),
    ),
    ("Turkey and Armenia agreed to open the border in mid-2022.", "2023-01-10", None, ("2022-01-01", "year")),
    ("Russia kept about 2000 troops in Karabakh until 2024.", "2024-08-01", None, ("2024-01-01", "year")),
    ("The conflict has simmered since the 1990s.", "2020-09-27", None, ("2020-09-27", "article")),
    ("The 2020 war changed the balance in the South Caucasus.", "2022-05-01", None, ("2020-01-01", "year")),
    ("Aliyev said Armenia had shelled Tartar a few days ago.", "2020-10-10", None, ("2020-10-07", "month")),
    (
        "Aliyev addressed the nation.\n\n2015 — 2023 ©.",
        "2023-03-01",
        None,
        ("2023-03-01", "article"),
    ),
    ("Armenia protested to Azerbaijan over the checkpoint.", "2023-04-24", None, ("2023-04-24", "article")),
    ("Armenia protested to Azerbaijan over the checkpoint.", None, None, (None, "unknown")),
    ("The Karabakh authorities agreed to disarm yesterday.", None, None, (None, "unknown")),
    ("The Karabakh authorities agreed to disarm yesterday.", "not a date", None, (None, "unknown")),
    # 2022-09-15 was a Thursday; the attack on Armenia began on Tuesday 13 September 2022.
    (
        "Armenia said on Thursday that Azerbaijan had attacked on Tuesday.",
        "2022-09-15",
        None,
        ("2022-09-15", "day"),
    ),
    (
        "Armenia said on Thursday that Azerbaijan had attacked on Tuesday.",
        "2022-09-15",
        "attacked",
        ("2022-09-13", "day"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "article_date", "word", "expected"), CASES, ids=[f"{c[0][:40]}|{c[1]}" for c in CASES]
)
def test_dates_resolves_expression(
    bare_nlp: Language,
    sentence: str,
    article_date: str | None,
    word: str | None,
    expected: tuple[str | None, str],
) -> None:
    doc = bare_nlp(sentence)
    sent = next(iter(doc.sents))
    if word is None:
        assert resolve_event_date(sent, article_date) == expected
    else:
        trigger = next(tok for tok in doc if tok.text == word)
        assert resolve_event_date(sent, article_date, trigger) == expected


def test_dates_uses_the_sentence_not_the_document(bare_nlp: Language) -> None:
    doc = bare_nlp("The war began on September 27, 2020. Armenia protested to Azerbaijan.")
    second = list(doc.sents)[1]
    assert resolve_event_date(second, "2020-10-02") == ("2020-10-02", "article")


@pytest.mark.parametrize(
    "sentence",
    [
        "The 10 November 2020 statement was brokered by Russia.",
        "The 10 November, 2020 statement was brokered by Russia.",
    ],
)
def test_dates_whole_date_before_a_noun_keeps_its_day(bare_nlp: Language, sentence: str) -> None:
    # spaCy may mark only "November 2020" as the date; the day in front belongs to it
    doc = bare_nlp(sentence)
    trigger = next(tok for tok in doc if tok.text == "brokered")
    assert resolve_event_date(next(iter(doc.sents)), "2023-07-21", trigger) == ("2020-11-10", "day")


@pytest.mark.parametrize(
    ("sentence", "article_date", "expected"),
    [
        # 27 January 2023 was a Friday; the dotted capital I of Turkish spelling in the weekday.
        (
            "A GUNMAN ATTACKED AZERBAIJAN'S EMBASSY IN TEHRAN ON FR\u0130DAY.",
            "2023-01-28",
            ("2023-01-27", "day"),
        ),
        (
            "AZERBAIJAN EXPELLED FOUR IRANIAN DIPLOMATS ON 6 APR\u0130L 2023.",
            "2023-04-10",
            ("2023-04-06", "day"),
        ),
        # a long s, as in old typefaces and some OCR output
        ("The war began on 27 \u017feptember 2020.", "2021-01-15", ("2020-09-27", "day")),
    ],
)
def test_dates_lookalike_letters_in_a_month_or_weekday_resolve(
    bare_nlp: Language, sentence: str, article_date: str, expected: tuple[str, str]
) -> None:
    # The patterns match these case-blind; the tables are looked up with the same folding, not a KeyError.
    doc = bare_nlp(sentence)
    assert resolve_event_date(next(iter(doc.sents)), article_date) == expected
