"""A hyphenated word of three parts or more that the tokenizer splits ("man-of-war", "rank-and-file",
"most-favoured-nation") is read whole, as two-part words were ("sit-in", "cease-fire"): the lexicon's lists that name
such words reach them (review35, from review34's list). Sentences written for these tests (true statements), real
parse, real lexicon."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.events.tree import lemma_forms
from realpolitik.records import Event


@pytest.mark.parametrize(
    ("sentence", "word", "whole"),
    [
        ("Britain sent a man-of-war to Bluefields.", "man", "man-of-war"),
        ("Britain sent a man-of-war to Bluefields.", "war", "man-of-war"),
        ("The United States sent two men-of-war to Honolulu.", "men", "man-of-war"),
        ("The Soviet Union freed the German prisoners-of-war.", "prisoners", "prisoner-of-war"),
        ("The union called out the rank-and-file.", "file", "rank-and-file"),
        ("Washington ended Hungary's most-favoured-nation status.", "nation", "most-favoured-nation"),
        ("Students staged a sit-in at the embassy.", "in", "sit-in"),
    ],
)
def test_a_split_hyphenated_word_is_read_whole(
    token_of: Callable[[str, str], object], sentence: str, word: str, whole: str
) -> None:
    tok = token_of(sentence, word)
    assert lemma_forms(tok)[0] == whole  # type: ignore[arg-type]


def test_a_date_or_a_two_part_word_s_first_part_keeps_its_own_forms(bare_nlp: Language) -> None:
    doc = bare_nlp("On 2023-10-05 students staged a sit-in.")
    assert lemma_forms(doc[1])[0] == "2023"  # (a date is no hyphenated word)
    assert list(lemma_forms(doc[9])) == ["sit"]  # (a two-part word is headed by its last part)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Germany ordered a man-of-war to Agadir.", "150"),
        ("The British Trades Union Congress called out the rank-and-file.", "143"),
        ("The United States suspended Czechoslovakia's most-favoured-nation status.", "163"),
    ],
)
def test_a_list_word_of_three_parts_is_matched(
    code: Callable[[str], list[Event]], sentence: str, cameo: str
) -> None:
    assert cameo in [e.cameo for e in code(sentence)]
