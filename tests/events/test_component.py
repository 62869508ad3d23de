"""The component's handling of transcript speakers talking with each other (issue 9, transcripts).

The transcripts are written for these tests (the meetings they describe took place; the words are not
quotes); they go through the real pipeline (spaCy parse, actor resolver, event coder).
"""

from __future__ import annotations

from .helpers import Code, parties

TALKS = (
    "Recep Tayyip Erdogan: Good afternoon. Today we talked at length over lunch on the grain corridor. "
    "Mr President and I spoke twice last month on the telephone. I talked about the weather.\n\n"
    "Vladimir Putin: Thank you. We conferred with Kazakhstan about the Caspian pipeline. "
    "We have met four times this year.\n"
)


def _by_trigger(code: Code, text: str) -> dict[str, tuple[set[str], set[str], bool]]:
    return {e.trigger: (*parties(e), e.reciprocal) for e in code(text) if e.event == "CONSULT"}


def test_component_speakers_talking_with_each_other_is_a_consultation(code: Code) -> None:
    events = _by_trigger(code, TALKS)
    # "we talked": the speaker's country and the other speaker; "Mr President and I": the two speakers
    assert events["talked"] == ({"TUR", "RUS"}, set(), True)
    assert events["spoke"] == ({"TUR", "RUS"}, set(), True)
    assert events["met"] == ({"TUR", "RUS"}, set(), True)


def test_component_speakers_talking_with_a_named_partner_target_it(code: Code) -> None:
    events = _by_trigger(code, TALKS)
    assert events["conferred"] == ({"RUS"}, {"KAZ"}, False)


def test_component_talking_alone_or_outside_a_transcript_is_no_event(code: Code) -> None:
    texts = [e.trigger for e in code(TALKS)]
    assert texts.count("talked") == 1  # "I talked about the weather" names no party
    assert code("Today we talked at length over lunch on the grain corridor.") == []


PRONOUNS = (
    "Vladimir Putin: Good afternoon. I discussed the grain corridor with him over lunch. I invited him to visit "
    "Russia next year.\n\n"
    "Recep Tayyip Erdogan: Thank you. I met Mr Zelensky in Lviv and told him about our talks.\n\n"
    "Question: Will you meet again?\n\n"
    "Vladimir Putin: As you know, we will meet again. I thank you for the question.\n"
)


def test_component_him_and_you_in_a_turn_are_the_other_speaker(code: Code) -> None:
    events = code(PRONOUNS)
    # "I discussed it with him": the two speakers consulted each other; "I invited him": Erdogan (an
    # invitation to visit is an offer to meet, AGREE, since the seventh session; REQUEST before)
    assert any(
        e.trigger == "discussed" and parties(e) == ({"RUS", "TUR"}, set()) and e.reciprocal for e in events
    ), events
    assert any(e.event == "AGREE" and parties(e) == ({"RUS"}, {"TUR"}) for e in events), events
    # "him" after another person is named is that person; "you" answering a question is the questioner
    assert not any(parties(e)[1] == {"TUR"} and e.trigger.startswith("told") for e in events), events
    assert not any("thank" in e.trigger.lower() and parties(e)[1] == {"TUR"} for e in events), events
