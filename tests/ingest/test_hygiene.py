"""Text hygiene: lone surrogates, non-characters and bidi overrides are replaced or removed and counted."""

import pytest

from realpolitik.ingest.hygiene import REPLACEMENT, Scrubber, plain_title, scrub


@pytest.mark.parametrize(
    ("text", "clean", "count"),
    [
        ("Baku and Yerevan", "Baku and Yerevan", 0),
        ("Baku\ud800 and Yerevan", f"Baku{REPLACEMENT} and Yerevan", 1),
        ("Baku \udfff\ud800", f"Baku {REPLACEMENT}{REPLACEMENT}", 2),
        ("\u202eYerevan", "Yerevan", 1),
        ("Tbilisi\u2066 is\u2069 the capital", "Tbilisi is the capital", 2),
        ("Ankara\ufffe\uffff\ufdd0", "Ankara", 3),
        ("Astana\U0010ffff", "Astana", 1),
        # right-to-left marks and real emoji (a valid surrogate pair in JSON) stay
        ("\u200fتهران\u200f", "\u200fتهران\u200f", 0),
        ("Baku \U0001f600", "Baku \U0001f600", 0),
    ],
)
def test_hygiene_scrub_removes_and_counts(text: str, clean: str, count: int) -> None:
    assert scrub(text) == (clean, count)


def test_hygiene_scrub_can_keep_every_offset() -> None:
    text = "Moscow\u202e said\ud800 no\ufffe."
    clean, n = scrub(text, keep_length=True)
    assert n == 3 and len(clean) == len(text)
    assert clean == f"Moscow  said{REPLACEMENT} no{REPLACEMENT}."
    clean.encode("utf-8")  # nothing left that UTF-8 cannot carry


def test_hygiene_scrubber_totals_one_input() -> None:
    s = Scrubber()
    assert s("a\ud800") == f"a{REPLACEMENT}" and s.optional(None) is None and s.optional("\u202eb") == "b"
    assert s.changed == 2


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("<script>alert(2)</script>Talks in Baku", "Talks in Baku"),
        ("Talks <b>resume</b> in &amp; around Baku", "Talks resume in & around Baku"),
        ("<style>h1 {color: red}</style><span>Border</span> talks", "Border talks"),
        ("Why 2 < 3 and 5 > 4", "Why 2 < 3 and 5 > 4"),
        ("\u202eTalks", "Talks"),
        ("<script>alert(2)</script>", None),
        (None, None),
    ],
)
def test_hygiene_plain_title(title: str | None, plain: str | None) -> None:
    assert plain_title(title) == plain
