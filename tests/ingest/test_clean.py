"""Boilerplate families and header-line readers (bylines, personal names, outlets)."""

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.ingest.clean import (
    Boilerplate,
    is_name_line,
    load_boilerplate,
    outlet_name,
    parse_byline,
    real_author,
    strip_boilerplate,
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Related News", "block"),
        ("Related Videos", "block"),
        ("MORE ON THE TOPIC:", "block"),
        ("Leave a Reply", "block"),
        ("Similar Posts", "block"),
        ("You may also like", "block"),
        ("12 Comments", "block"),
        ("If you want us to stay online, please consider a small donation.", "line"),
        ("Please donate to keep this site running", "line"),
        ("Follow us on Telegram: https://t.me/example_channel", "line"),
        ("Join our channel on Telegram", "line"),
        ("© 2024 Example Ledger", "line"),
        ("2019 — 2024 ©. All rights reserved.", "line"),
        ("Copyright Example Review 2022", "line"),
        ("https://media.example.org/uploads/2023/05/summit.jpg", "line"),
        ("![the summit](https://example.org/a.png)", "line"),
        ("Photo Credit: Example Ledger", "line"),
        ("Photo: the presidents in Shusha", "line"),
        ("Illustrative image", "line"),
        ("File photo.", "line"),
        ("The views expressed by our columnists are their own and not those of Example Review.", "end"),
        ("Source: Example Review", "source"),
        ("<…>", "mark"),
        ("To be continued.", "mark"),
    ],
)
def test_clean_classifies_boilerplate_families(line: str, kind: str) -> None:
    found = load_boilerplate().classify(line)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "Related talks took place in Geneva in 2022, with the same mediators.",
        "Photos of the talks were published by both foreign ministries the next day.",
        "Iran warned that any change to its border with Armenia would be a red line.",
        "The donation of medical supplies reached Yerevan in the spring.",
    ],
)
def test_clean_leaves_article_sentences_alone(line: str) -> None:
    assert load_boilerplate().classify(line) is None


def test_clean_end_line_names_the_outlet() -> None:
    found = load_boilerplate().classify(
        "The views expressed by our columnists are their own and not those of Example Review."
    )
    assert found is not None and found.outlet == "Example Review"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: https://www.example.org/2021/05/talks", "example.org"),
        ("First published at Example Review.", "Example Review"),
        ("Source: Example Wire", "Example Wire"),
    ],
)
def test_clean_source_line_names_the_outlet(line: str, outlet: str) -> None:
    found = load_boilerplate().classify(line)
    assert found is not None and (found.kind, found.outlet) == ("source", outlet)


def test_clean_strip_boilerplate_cuts_at_a_block() -> None:
    kept, outlet = strip_boilerplate(
        [
            "A first line of text.",
            "Photo: archive",
            "A second line.",
            "Source: Example Wire",
            "Related News",
            "X",
        ]
    )
    assert kept == ["A first line of text.", "A second line."]
    assert outlet == "Example Wire"


def test_clean_bad_pattern_file_names_the_line() -> None:
    with pytest.raises(RealpolitikError, match=r"bp.txt:2"):
        Boilerplate.from_text("line ^ok$\nblock (unclosed\n", "bp.txt")


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("By Jane Holloway", "Jane Holloway", None),
        ("by Ruth Adler – Regional correspondent – for Example Review", "Ruth Adler", "Example Review"),
        ("Submitted by Arman Sargsyan.", "Arman Sargsyan", None),
        ("Author: Leyla Mammadova", "Leyla Mammadova", None),
        ("By Admin", None, None),
        ("BY THE EDITORIAL BOARD", None, None),
        (
            "By Jane Holloway, posted with permission and cross-posted with Example Wire",
            "Jane Holloway",
            "Example Wire",
        ),
    ],
)
def test_clean_parse_byline(line: str, author: str | None, outlet: str | None) -> None:
    by = parse_byline(line)
    assert by is not None
    assert (by.author, by.outlet) == (author, outlet)


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, Baku and Ankara kept their ties close.",
        "by the end of the year the talks had stalled",
        "Bystander",
        "By Tuesday, both sides had withdrawn from the line.",
    ],
)
def test_clean_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nadia Petrosyan", True),
        ("Dr. Ehsan Karimi", True),
        ("Jean-Paul de la Roche", True),
        ("Border commission", False),
        ("Iran and Azerbaijan", False),
        ("The Cradle", False),
        ("Reuters", False),
        ("Meeting in 2023", False),
    ],
)
def test_clean_is_name_line(line: str, expected: bool) -> None:
    assert is_name_line(line) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("THE SAKER", "The Saker"), ("Staff", None), ("admin", None), (" Jane Roe. ", "Jane Roe")],
)
def test_clean_real_author(name: str, expected: str | None) -> None:
    assert real_author(name) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CASPIAN DIGEST", "Caspian Digest"),
        ("Caspian Digest", "Caspian Digest"),
        ("TASS", "TASS"),
        ("BBC", "BBC"),
        ("REGIONALMONITOR", "Regionalmonitor"),
        ("  ", None),
        (None, None),
    ],
)
def test_clean_outlet_name_merges_shouted_mastheads(raw: str | None, expected: str | None) -> None:
    assert outlet_name(raw) == expected
