"""Chunked parsing: sentence-aligned chunks under a bound that put back together give the text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realpolitik.chunking import (
    Chunk,
    _segments,
    chunk_text,
    describe_cuts,
    event_in_chunk,
    mention_in_chunk,
    shift_event,
    shift_mention,
)
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


# A transcript written for these tests (the Kremlin talks of 20 August 2021 took place; the words are not quotes).
TALKS = (
    "Talks in the Kremlin\n\n"
    "President of Russia Vladimir Putin: Madam Federal Chancellor, ladies and gentlemen.\n\n"
    + "We discussed Afghanistan at length. " * 8
    + "\n\nFederal Chancellor of Germany Angela Merkel (retranslated): Thank you, Mr President.\n\n"
    + "We discussed Ukraine and Belarus. " * 8
    + "\n\nQuestion: Will you meet again?\n\n"
    + "President of Russia Vladimir Putin: We will.\n"
)


def test_chunking_transcript_chunks_carry_the_speakers_around_them() -> None:
    chunks = chunk_text(TALKS, 200, 2000)
    assert "".join(c.text for c in chunks) == TALKS and len(chunks) > 3
    putin = "President of Russia Vladimir Putin: …\n\n"
    merkel = "Federal Chancellor of Germany Angela Merkel: …\n\n"
    question = "Question: …\n\n"
    # the first chunk holds Putin's first label; after it come the labels still to come, each speaker once
    assert (chunks[0].context, chunks[0].coda) == ("", "\n\n" + merkel + question + putin)
    # a chunk inside Putin's first turn: his label before it, the others after it
    assert (chunks[1].context, chunks[1].coda) == (putin, chunks[0].coda)
    # a chunk inside Merkel's turn: the speakers before it, the one in force last
    inside = next(c for c in chunks if c.start > TALKS.index("Thank you"))
    assert (inside.context, inside.coda) == (putin + merkel, "\n\n" + question + putin)
    # the last chunk holds the last labels: nothing comes after it
    assert chunks[-1].coda == ""
    for chunk in chunks:
        assert chunk.parsed == chunk.context + chunk.text + chunk.coda
        assert chunk.offset == chunk.start - len(chunk.context)


def test_chunking_plain_text_and_other_articles_carry_no_speakers() -> None:
    text = (SENTENCE * 10 + "\n\n") * 30
    assert all(c.context == c.coda == "" for c in chunk_text(text, 2000, 2000))
    # an article after a transcript in the same dump is nobody's turn
    dump = (
        TALKS
        + "\n\nArmenia and Azerbaijan Sign Border Deal\n\nApril 20, 2024\n\n"
        + (SENTENCE * 4 + "\n\n") * 3
    )
    later = [c for c in chunk_text(dump, 300, 2000) if c.start > len(TALKS)]
    assert later and all(c.context == c.coda == "" for c in later)
    # a text within the bound is one chunk with no context, transcript or not
    assert chunk_text(TALKS, 10_000, 2000) == [Chunk(0, TALKS)]


def test_chunking_records_in_the_context_are_dropped() -> None:
    chunk = Chunk(500, "We discussed Ukraine.", context="Angela Merkel: …\n\n", coda="\n\nQuestion: …\n\n")
    start = len(chunk.context)
    e = Event("CONSULT", "040", 1.0, 1, (), (), "asserted", None, None, "unknown", start, start + 21)
    placed = event_in_chunk(e, chunk)
    assert placed is not None and (placed.evidence_start, placed.evidence_end) == (500, 521)
    # a sentence begun in the context keeps its part in the chunk; one wholly outside is dropped
    early = event_in_chunk(replace(e, evidence_start=0), chunk)
    assert early is not None and early.evidence_start == 500
    assert event_in_chunk(replace(e, evidence_start=0, evidence_end=5), chunk) is None
    assert event_in_chunk(replace(e, evidence_start=start + 21, evidence_end=start + 30), chunk) is None
    m = ActorMention(0, 13, "Angela Merkel", "DEU", "GOV", None, "test")
    assert mention_in_chunk(m, chunk) is None
    inside = mention_in_chunk(replace(m, start=start + 13, end=start + 20), chunk)
    assert inside is not None and inside.start == 513
