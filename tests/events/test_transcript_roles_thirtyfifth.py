"""A transcript's role labels ("Question:", "MODERATOR:", "Q:", "A:") are no speakers (thirty-fifth session).

On the seeds two events said "according to Question", on the examples four "according to MODERATOR": the
label of a role was read as the speaker of an attribution, an actor-like name a reader took for a party.
A role label still opens a turn (it ends the speaker's before it), but its attribution is of kind "role",
with no code, and every view writes who it stands for ("a questioner (“Question”)"). "A:" opens a turn too:
it was no label, so an interview's answer ran on inside the question's turn.

The transcripts are written for these tests; the meetings and deeds they name took place (the Sochi talks of
Vladimir Putin and Recep Tayyip Erdogan on 4 September 2023; the ceasefire Russia brokered between Armenia
and Azerbaijan on 9-10 November 2020); the words are not quotes.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from realpolitik.events.attribution import _LABEL, speaker_turns, turn_at
from realpolitik.ingest.clean import is_speaker_line
from realpolitik.wording import who_says

from .helpers import events_on
from .test_attribution import mentions

INTERVIEW = (
    "Interview with the foreign minister\n\n"
    "Q: Did Russia broker the ceasefire between Armenia and Azerbaijan?\n\n"
    "A: Russia brokered the ceasefire between Armenia and Azerbaijan in November 2020.\n\n"
    "Q: And the peacekeepers?\n\n"
    "A: They stayed in Karabakh until 2024.\n"
)

BROADCAST = (
    "MODERATOR: Presidents Putin and Erdogan met in Sochi on Monday for about three hours.\n\n"
    "Vladimir Putin: We discussed the grain corridor with President Erdogan.\n\n"
    "Question: Will Russia return to the grain deal?\n\n"
    "Vladimir Putin: Turkey has hosted talks between Russia and Ukraine before.\n"
)


@pytest.mark.parametrize(
    "line",
    ["A: Russia brokered the ceasefire.", "Q: Did Russia broker it?", "A spokesman: no label of one letter"],
)
def test_letter_labels_are_ingest_speaker_lines(line: str) -> None:
    assert bool(_LABEL.match(line)) == is_speaker_line(line)


def test_an_answer_label_ends_the_question_turn(bare_nlp: Language) -> None:
    doc = bare_nlp(INTERVIEW)
    turns = speaker_turns(doc, [])
    assert [t.attribution.text for t in turns] == ["Q", "A", "Q", "A"]
    # the answer was read as the question's words ("A:" was no label): it is a turn of its own now
    answer = turn_at(turns, INTERVIEW.index("Russia brokered"))
    assert answer is not None and answer.attribution.text == "A"
    assert all((t.attribution.kind, t.attribution.code) == ("role", None) for t in turns)


def test_role_labels_give_role_attributions_and_people_speakers(bare_nlp: Language) -> None:
    people = [
        replace(m, kb_id="person-putin", person=True)
        for m in mentions(BROADCAST, [("Vladimir Putin", "RUS", "GOV")])
        if m.start in {BROADCAST.index("Vladimir Putin: We"), BROADCAST.index("Vladimir Putin: Turkey")}
    ]
    turns = speaker_turns(bare_nlp(BROADCAST), people)
    got = [(t.attribution.text, t.attribution.kind, t.attribution.code) for t in turns]
    assert got == [
        ("MODERATOR", "role", None),
        ("Vladimir Putin", "speaker", "RUS"),
        ("Question", "role", None),
        ("Vladimir Putin", "speaker", "RUS"),
    ]


def test_events_in_a_role_turn_are_no_speakers_claims(nlp: Language) -> None:
    events = events_on(nlp, BROADCAST, "2023-09-05")
    met = [
        e
        for e in events
        if e.cameo.startswith("04") and "Sochi" in BROADCAST[e.evidence_start : e.evidence_end]
    ]
    assert met, [(e.cameo, e.trigger) for e in events]
    for e in met:
        assert e.attribution is not None and (e.attribution.kind, e.attribution.code) == ("role", None)
    # a named speaker's turn keeps its speaker
    assert any(e.attribution is not None and e.attribution.code == "RUS" for e in events)
    # no event anywhere says "according to Question" or "according to MODERATOR" as a speaker
    assert not [
        e
        for e in events
        if e.attribution
        and e.attribution.kind == "speaker"
        and e.attribution.code is None
        and e.attribution.text in ("Question", "MODERATOR")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Question", "a questioner (“Question”)"),
        ("MODERATOR", "the moderator (“MODERATOR”)"),
        ("Q", "a questioner (“Q”)"),
        ("A", "the one answering (“A”)"),
        ("Panel", "an unnamed participant (“Panel”)"),
    ],
)
def test_views_write_who_a_role_label_stands_for(text: str, expected: str) -> None:
    assert who_says(text, None, "role") == expected
    # a speaker's attribution is written as before
    assert who_says("Vladimir Putin", "RUS", "speaker") == "Vladimir Putin"


# a broadcast transcript: the guests are named in capitals, as such transcripts write them (the guests are
# invented commentators; the deeds they speak of took place)
PANEL = (
    "MODERATOR: Presidents Putin and Erdogan met in Sochi on Monday. What did they discuss?\n\n"
    "ANNA BERG: The grain corridor first of all. Russia left the grain deal in July 2023.\n\n"
    "PHOTO CREDIT: a news agency\n\n"
    "JEAN-PAUL ROCHE: Turkey has hosted talks between Russia and Ukraine before, in Istanbul in March 2022.\n"
)


def test_guests_named_in_capitals_open_their_own_turns(bare_nlp: Language) -> None:
    turns = speaker_turns(bare_nlp(PANEL), [])
    got = [(t.attribution.text, t.attribution.kind, t.attribution.code) for t in turns]
    assert got == [
        ("MODERATOR", "role", None),
        ("ANNA BERG", "speaker", None),
        ("JEAN-PAUL ROCHE", "speaker", None),
    ]
    # the guest's words are no longer the moderator's
    turn = turn_at(turns, PANEL.index("Russia left"))
    assert turn is not None and turn.attribution.text == "ANNA BERG"
    # a caption in capitals ends no turn: the guest's turn runs over it
    assert turn_at(turns, PANEL.index("a news agency")) is turn


@pytest.mark.parametrize(
    "text",
    [
        # capitals alone make no transcript: a heading and a caption, no role and no known person
        "BREAKING NEWS: Russia left the grain deal in July 2023.\n\nTOP STORIES: Turkey hosted talks in 2022.\n",
        # one word in capitals is no name ("UPDATE:"), nor are words with digits
        "MODERATOR: What happened?\n\nUPDATE: Russia left the grain deal.\n\nG20 SUMMIT: The leaders met.\n",
    ],
)
def test_capitals_that_name_no_guest_open_no_turn(bare_nlp: Language, text: str) -> None:
    turns = speaker_turns(bare_nlp(text), [])
    assert [t.attribution.text for t in turns if t.attribution.kind != "role"] == []
