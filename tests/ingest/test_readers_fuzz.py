"""Property-based tests of the readers and the splitter: no input makes them raise, and what they
return is always clean text with sane line ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.config import Settings
from realpolitik.ingest.hygiene import scrub
from realpolitik.ingest.readers import read_source
from realpolitik.ingest.split import split_text

pytestmark = pytest.mark.fuzz

BAD_CHARS = ["\ud800", "\udfff", "\u202e", "\u2066", "\ufffe", "\uffff", "\ufdd0", "\x00", "\x1b", "\ufeff"]
LINES = [
    "Georgia Applies for Membership of the European Union",
    "ARMENIA AND AZERBAIJAN AGREE ON A BORDER SECTION",
    "March 3, 2022",
    "03.03.2022",
    "By Jane Holloway",
    "Related News",
    "Related Posts:",
    "Follow us on Telegram: https://t.me/example",
    "© 2024 Example Ledger. All rights reserved.",
    "<…>",
    "- a bullet point;",
    "Question: Will the talks continue?",
    "Georgia submitted its application for membership of the European Union on 3 March 2022, "
    "a week after Ukraine had submitted its own.",
    "Russian peacekeepers left the Karabakh region of Azerbaijan in 2024, several years before the end "
    "of the term set out in the trilateral statement of November 2020.",
    "",
    "",
]


def _clean(text: str | None) -> bool:
    return text is None or (scrub(text)[1] == 0 and bool(text.encode("utf-8")))


@given(st.binary(max_size=3000), st.sampled_from([".txt", ".jsonl", ".html", ".md"]))
def test_readers_fuzz_any_bytes_never_raise(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    result = read_source(str(path), Settings())
    assert result.articles or result.skipped
    for art in result.articles:
        assert art.text.strip() and _clean(art.text) and _clean(art.title) and _clean(art.author)
        assert 1 <= art.start_line <= art.end_line


@given(
    st.lists(
        st.one_of(
            st.sampled_from(LINES),
            st.text(max_size=80),
            st.builds("".join, st.lists(st.sampled_from([*BAD_CHARS, "Baku ", "talks. "]), max_size=12)),
        ),
        max_size=40,
    ),
    st.sampled_from([".txt", ".jsonl"]),
)
def test_readers_fuzz_text_with_broken_characters(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str], suffix: str
) -> None:
    import json

    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    if suffix == ".jsonl":  # JSON escapes can carry what UTF-8 cannot
        body = "\n".join(json.dumps({"text": line, "title": line[:30]}) for line in lines)
    else:
        body = "\n".join(lines)
    path.write_bytes(body.encode("utf-8", "surrogatepass"))
    result = read_source(str(path), Settings())
    for art in result.articles:
        assert _clean(art.text) and _clean(art.title)


@given(st.lists(st.sampled_from(LINES), max_size=60))
def test_readers_fuzz_splitter_line_ranges(lines: list[str]) -> None:
    text = "\n".join(lines)
    articles = split_text(text, "dump.txt")
    n_lines = len(text.splitlines())
    last_end = 0
    for art in articles:
        assert 1 <= art.start_line <= art.end_line <= max(1, n_lines)
        assert art.start_line > last_end  # in order, never overlapping
        last_end = art.end_line
        assert art.text.strip()
        assert "Related News" not in (art.title or "") and "Related Posts" not in (art.title or "")
