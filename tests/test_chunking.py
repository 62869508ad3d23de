"""Chunked parsing: sentence-aligned chunks under a bound that put back together give the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.chunking import Chunk, _segments, chunk_text, describe_cuts, shift_event, shift_mention
from realpolitik.records import ActorMention, Event

SENTENCE = "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 2020. "


def test_chunking_short_text_is_one_chunk() -> None:
    assert chunk_text(SENTENCE * 3, 1000, 50) == [Chunk(0, SENTENCE * 3)]


def test_chunking_long_text_is_cut_at_sentence_ends_under_the_bound() -> None:
    text = (SENTENCE * 10 + "\n\n") * 30
    chunks = chunk_text(text, 2000, 2000)
    assert "".join(c.text for c in chunks) == text
    assert len(chunks) > 1 and all(len(c.text) <= 2000 for c in chunks)
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert c.text.startswith("Armenia")  # every chunk starts a sentence
        assert c.cut_words == 0
    assert describe_cuts(chunks, 2000) is None


def test_chunking_run_on_sentence_is_cut_by_words_with_a_warning() -> None:
    run_on = " ".join(["border"] * 5000)
    text = SENTENCE + run_on + ". " + SENTENCE
    chunks = chunk_text(text, 100_000, 2000)
    assert "".join(c.text for c in chunks) == text
    cut = [c for c in chunks if c.cut_words]
    assert [len(c.text.split()) for c in cut] == [2000, 2000, 1000]
    assert {c.cut_words for c in cut} == {5000}
    assert chunks[0].text == SENTENCE and chunks[-1].text == SENTENCE
    message = describe_cuts(chunks, 2000)
    assert message is not None and "5,000 words" in message and "every 2,000 words" in message


def test_chunking_one_enormous_word_is_cut_by_characters() -> None:
    text = "x" * 25_000
    chunks = chunk_text(text, 10_000, 2000)
    assert [len(c.text) for c in chunks] == [10_000, 10_000, 5_000]
    assert "".join(c.text for c in chunks) == text


def test_chunking_shifts_records_by_the_chunk_start() -> None:
    m = ActorMention(3, 10, "Armenia", "ARM", None, "ARM", "test")
    assert (shift_mention(m, 100).start, shift_mention(m, 100).end) == (103, 110)
    e = Event("AGREE", "057", 8.0, 1, (), (), "asserted", None, None, "unknown", 0, 20)
    assert (shift_event(e, 7).evidence_start, shift_event(e, 7).evidence_end) == (7, 27)


@given(
    st.lists(
        st.one_of(
            st.text(alphabet=st.sampled_from("ab .!?\n\t\u2029é"), max_size=60),
            st.just(" ".join(["w"] * 40)),
            st.just("z" * 70),
        ),
        max_size=30,
    ).map("".join),
    st.integers(min_value=8, max_value=200),
    st.integers(min_value=2, max_value=50),
)
def test_chunking_property_chunks_cover_the_text_within_bounds(
    text: str, max_chars: int, max_words: int
) -> None:
    chunks = chunk_text(text, max_chars, max_words)
    assert "".join(c.text for c in chunks) == text
    pos = 0
    for c in chunks:
        assert c.start == pos and text[c.start : c.end] == c.text
        pos = c.end
        assert len(c.text) <= max_chars
        for start, end in _segments(c.text):  # no sentence the parser sees is longer than the bound
            assert len(c.text[start:end].split()) <= max_words
    assert pos == len(text)


@pytest.mark.parametrize("max_chars", [1, 5])
def test_chunking_tiny_bounds_still_cover_the_text(max_chars: int) -> None:
    text = "Tbilisi is the capital of Georgia."
    chunks = chunk_text(text, max_chars, 3)
    assert "".join(c.text for c in chunks) == text and all(len(c.text) <= max_chars for c in chunks)
