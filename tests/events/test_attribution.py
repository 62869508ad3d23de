"""Tests of events/attribution.py: speakers, experts and outlets of reported speech, on real parses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events.attribution import _LABEL, find_attribution, speaker_turns, turn_at
from realpolitik.ingest.clean import is_speaker_line
from realpolitik.records import ActorMention

Finder = Callable[[str, str], Token]


def mentions(sentence: str, spec: list[tuple[str, str, str | None]]) -> list[ActorMention]:
    """Hand-built actor mentions at the character offsets of the given words."""
    out = []
    for words, code, sector in spec:
        start = sentence.index(words)
        out.append(ActorMention(start, start + len(words), words, code, sector, None, "test"))
    return out


# (sentence, trigger, mentions, expected text, code, sector, kind)
CASES = [
    (
        "Azerbaijani forces shelled Jermuk, the Armenian defence ministry said.",
        "shelled",
        [("Armenian defence ministry", "ARM", "MIL")],
        ("the Armenian defence ministry", "ARM", "MIL", "speaker"),
    ),
    (
        "According to Iranian officials, Israel struck the consulate in Damascus.",
        "struck",
        [("Iranian officials", "IRN", "GOV")],
        ("Iranian officials", "IRN", "GOV", "speaker"),
    ),
    (
        "Lavrov said that Russia would send peacekeepers to Karabakh.",
        "send",
        [("Lavrov", "RUS", "GOV")],
        ("Lavrov", "RUS", "GOV", "speaker"),
    ),
    (
        "Pashinyan told reporters that Armenia had frozen its participation in the CSTO.",
        "frozen",
        [("Pashinyan", "ARM", "GOV")],
        ("Pashinyan", "ARM", "GOV", "speaker"),
    ),
    (
        "Baku accused Yerevan of shelling its positions.",
        "shelling",
        [("Baku", "AZE", "GOV"), ("Yerevan", "ARM", "GOV")],
        ("Baku", "AZE", "GOV", "speaker"),
    ),
    (
        "The Kremlin, Peskov said, would not interfere in Armenian politics.",
        "interfere",
        [("Peskov", "RUS", "GOV")],
        ("Peskov", "RUS", "GOV", "speaker"),
    ),
    (
        '"Azerbaijan restored its sovereignty," Aliyev said after the operation.',
        "restored",
        [("Aliyev", "AZE", "GOV")],
        ("Aliyev", "AZE", "GOV", "speaker"),
    ),
    (
        "In the words of Lavrov, the West provoked the war in Ukraine.",
        "provoked",
        [("Lavrov", "RUS", "GOV")],
        ("Lavrov", "RUS", "GOV", "speaker"),
    ),
    (
        "Baku's claim that Armenia mined the roads was rejected by Yerevan.",
        "mined",
        [("Baku", "AZE", "GOV")],
        ("Baku", "AZE", "GOV", "speaker"),
    ),
    (
        "Tehran will avoid a direct war with Israel, argues an Iranian expert on the Caucasus.",
        "avoid",
        [],
        ("an Iranian expert on the Caucasus", None, None, "expert"),
    ),
    (
        "The Kremlin kept its position, saying that it would protect Armenia but not Karabakh.",
        "protect",
        [("Kremlin", "RUS", "GOV")],
        ("The Kremlin", "RUS", "GOV", "speaker"),
    ),
    (
        "Erdogan met Aliyev in Shusha and said that Turkey would open a consulate there.",
        "open",
        [("Erdogan", "TUR", "GOV"), ("Aliyev", "AZE", "GOV")],
        ("Erdogan", "TUR", "GOV", "speaker"),
    ),
    (
        "Reuters reported that Turkey had sold armed drones to Azerbaijan.",
        "sold",
        [],
        ("Reuters", None, None, "outlet"),
    ),
    (
        "Azerbaijani state media said Armenian forces shelled Tovuz.",
        "shelled",
        [],
        ("Azerbaijani state media", None, None, "outlet"),
    ),
    (
        "TASS reported on Monday that Russian peacekeepers had left Khankendi.",
        "left",
        [("TASS", "RUS", "MED")],
        ("TASS", "RUS", "MED", "outlet"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "word", "spec", "expected"), CASES, ids=[case[0][:40] for case in CASES]
)
def test_attribution_finds_claimant(
    token_of: Finder,
    sentence: str,
    word: str,
    spec: list[tuple[str, str, str | None]],
    expected: tuple[str, str | None, str | None, str],
) -> None:
    found = find_attribution(token_of(sentence, word), mentions(sentence, spec))
    assert found is not None
    assert (found.text, found.code, found.sector, found.kind) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Russia sent peacekeepers to Karabakh in November 2020.", "sent"),
        ("Baku accused Yerevan of shelling its positions.", "accused"),
        ("Armenia and Azerbaijan exchanged prisoners in December 2023.", "exchanged"),
        ("Turkey shot down a Russian bomber near the Syrian border in 2015.", "shot"),
        ("It is worth noting that Turkey did not recognise the annexation of Crimea.", "recognise"),
        ("If Armenia leaves the CSTO, Russian officials warn that Moscow will respond.", "leaves"),
    ],
)
def test_attribution_none_in_own_voice(token_of: Finder, sentence: str, word: str) -> None:
    assert find_attribution(token_of(sentence, word), []) is None


def test_attribution_unnamed_report_is_marked(token_of: Finder) -> None:
    found = find_attribution(token_of("Azerbaijani drones reportedly struck the village.", "struck"), [])
    assert found is not None
    assert found.code is None
    assert found.text == "reportedly"


def test_attribution_ignores_mentions_outside_speaker(token_of: Finder) -> None:
    sentence = "Lavrov said that Azerbaijan and Armenia had agreed to exchange prisoners."
    found = find_attribution(
        token_of(sentence, "agreed"),
        mentions(sentence, [("Azerbaijan", "AZE", None), ("Armenia", "ARM", None)]),
    )
    assert found is not None
    assert (found.text, found.code) == ("Lavrov", None)


def test_attribution_unnamed_passive_report_is_marked(token_of: Finder) -> None:
    found = find_attribution(
        token_of("It was reported that Russian peacekeepers had left Khankendi.", "left"), []
    )
    assert found is not None
    assert (found.text, found.code, found.kind) == ("reported", None, "speaker")


def test_attribution_reaches_through_be_and_a_predicate_adjective(token_of: Finder) -> None:
    sentence = "Aliyev said in 2021 that the war was over and that Azerbaijan was ready to open new routes."
    found = find_attribution(token_of(sentence, "ready"), mentions(sentence, [("Aliyev", "AZE", "GOV")]))
    assert found is not None
    assert (found.text, found.code) == ("Aliyev", "AZE")


def test_attribution_does_not_climb_from_the_adjective_of_a_full_verb(token_of: Finder) -> None:
    sentence = "Only time will tell, but the alliance has become unable to protect Armenia."
    assert find_attribution(token_of(sentence, "protect"), []) is None


# A press conference of the kind the ingest stage keeps as one text: speaker labels open each turn.
TRANSCRIPT = (
    "Press conference after the talks in Moscow\n\n"
    "Question: Will Armenia and Azerbaijan sign a peace treaty this year?\n\n"
    "Sergei Lavrov: Russia brokered the ceasefire between Armenia and Azerbaijan in November 2020.\n\n"
    "The peacekeepers stayed in Karabakh until 2024.\n\n"
    "Mevlut Cavusoglu (retranslated): Turkey hosted talks between Russia and Ukraine in Istanbul in 2022."
)


def test_attribution_speaker_turns_of_a_transcript(bare_nlp: Language) -> None:
    doc = bare_nlp(TRANSCRIPT)
    # the resolver marks people by their knowledge-base entry ("person-...")
    people = [
        replace(m, kb_id=f"person-{m.text.split()[-1].lower()}")
        for m in mentions(TRANSCRIPT, [("Sergei Lavrov", "RUS", "GOV"), ("Mevlut Cavusoglu", "TUR", "GOV")])
    ]
    turns = speaker_turns(doc, people)
    assert [t.attribution.text for t in turns] == ["Question", "Sergei Lavrov", "Mevlut Cavusoglu"]
    assert (turns[1].attribution.code, turns[2].attribution.code) == ("RUS", "TUR")
    assert turns[1].attribution.kind == "speaker" and turns[0].attribution.code is None
    # a turn runs until the next speaker label, over paragraphs of its own
    later = TRANSCRIPT.index("The peacekeepers")
    turn = turn_at(turns, later)
    assert turn is not None and turn.attribution.text == "Sergei Lavrov"
    assert turn_at(turns, 0) is None  # the heading before the first turn is nobody's


@pytest.mark.parametrize(
    "text",
    [
        # one label is no transcript
        "Sergei Lavrov: Russia brokered the ceasefire in November 2020.\n\nThe talks went on.",
        # labels that name no person nor a role of a transcript are headings and credits
        "Azerbaijan: a partner of Turkey\n\nPhoto credit: a news agency\n\nTurkey supports Azerbaijan.",
    ],
)
def test_attribution_no_speaker_turns_outside_a_transcript(bare_nlp: Language, text: str) -> None:
    assert speaker_turns(bare_nlp(text), []) == []


@pytest.mark.parametrize(
    "line",
    [
        "Vladimir Putin: Good afternoon.",
        "Question (retranslated): Good afternoon.",
        "Photo credit: a news agency",
        "no label here: lower case",
        "Note:nothing after the colon",
    ],
)
def test_attribution_speaker_labels_are_ingest_speaker_lines(line: str) -> None:
    # the coder reads the same speaker lines the ingest stage recognises
    assert bool(_LABEL.match(line)) == is_speaker_line(line)
