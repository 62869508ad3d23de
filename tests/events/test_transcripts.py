"""First person in press-conference transcripts (issue 9, eighth session, transcripts).

The transcripts are written for these tests: the meetings they describe took place on the dates given (Xi
Jinping in Moscow on 21 March 2023, Recep Tayyip Erdogan in Sochi on 4 September 2023, Fumio Kishida's state
visit to Washington on 10 April 2024, Joe Biden's news conference in Bali on 14 November 2022); the words are
not quotes. They go through the real pipeline (spaCy parse, actor resolver, event coder).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from realpolitik.nlp import process
from realpolitik.records import Event

from .helpers import events_on

Coded = Callable[[str, str], list[Event]]

MOSCOW = (
    "President of Russia Vladimir Putin: Mr President, dear friend, welcome to Moscow.\n\n"
    "Our two countries signed two joint statements today. President Xi invited me to visit China this year, "
    "and we have decided to meet again in Beijing.\n\n"
    "I am grateful to Mr President for his visit. I do not intend to discuss the trade figures of our two "
    "countries this evening.\n\n"
    "President of the People's Republic of China Xi Jinping (retranslated): Thank you, Mr President.\n\n"
    "I would like to thank you for your hospitality. After the talks with President Putin, I am confident "
    "that our relations will grow stronger.\n"
)

SOCHI = (
    "President of Russia Vladimir Putin: Mr President, dear friend, welcome to Sochi.\n\n"
    "I am glad to welcome you to Russia. Our foreign ministers met in Moscow last week.\n\n"
    "We took the opportunity of drawing the attention of our guest to the refusal of Kiev to hold talks.\n\n"
    "I am grateful to Mr President for his efforts to revive the grain deal.\n\n"
    "President of Türkiye Recep Tayyip Erdogan (retranslated): Thank you, dear friend.\n\n"
    "In July last year, President Putin, President Raisi and I met in Tehran. During the talks with "
    "President Putin, we discussed the grain corridor.\n\n"
    "Question: Mr President, will Russia return to the grain deal?\n\n"
    "Vladimir Putin: President Erdogan raised this question today, and I am deeply grateful to him for his "
    "efforts. I spoke about it in Geneva two years ago, at the news conference after talks with the President "
    "of the United States.\n"
)

WASHINGTON = (
    "Joe Biden: Prime Minister Kishida, welcome to the White House. I want to thank you for your state "
    "visit.\n\n"
    "Today our two countries agreed to upgrade the command structure of our forces.\n\n"
    "Fumio Kishida (as interpreted): Thank you, Joe.\n\n"
    "During the talks with President Biden, we discussed the situation in the South China Sea. I am grateful "
    "to President Biden for his hospitality.\n"
)

# One leader answering questions: "we" is his government only.
BALI = (
    "Question: Mr President, what did you discuss with President Xi?\n\n"
    "Joe Biden: We discussed Taiwan and North Korea for over three hours. Our teams will stay in touch.\n\n"
    "Question: Will you meet him again?\n\n"
    "Joe Biden: We agreed that Secretary Blinken will travel to China.\n"
)

DATES = {MOSCOW: "2023-03-21", SOCHI: "2023-09-04", WASHINGTON: "2024-04-10", BALI: "2022-11-14"}


@pytest.fixture(scope="module")
def coded(nlp: Language) -> Callable[[str], dict[str, Event]]:
    """The events of a transcript by the first words of their sentence (as the sentence reads after the
    speaker label)."""
    cache: dict[str, dict[str, Event]] = {}

    def run(text: str) -> dict[str, Event]:
        if text not in cache:
            (doc,) = process(nlp, [(text, DATES.get(text, "2024-03-01"))])
            found: dict[str, Event] = {}
            for event in doc._.events or []:
                sentence = text[event.evidence_start : event.evidence_end]
                found[sentence.split(": ", 1)[-1].strip()[:30] + " | " + event.trigger] = event
            cache[text] = found
        return cache[text]

    return run


def _parties(event: Event) -> tuple[str, list[str], list[str], bool]:
    return (
        event.cameo,
        sorted(a.code for a in event.source),
        sorted(a.code for a in event.target),
        event.reciprocal,
    )


def _find(events: dict[str, Event], opening: str, trigger: str) -> Event:
    for key, event in events.items():
        if key.startswith(opening[:30]) and key.endswith(" | " + trigger):
            return event
    raise AssertionError(f"no event {trigger!r} in {opening!r}: {sorted(events)}")


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        (MOSCOW, "Mr President, dear friend, welcome to Moscow.", ("043", ["RUS"], ["CHN"], False)),
        (SOCHI, "Mr President, dear friend, welcome to Sochi.", ("043", ["RUS"], ["TUR"], False)),
        (WASHINGTON, "Prime Minister Kishida, welcome to the White House.", ("043", ["USA"], ["JPN"], False)),
        # "welcome you to <place>": the host receives the one spoken to, the other speaker
        (SOCHI, "I am glad to welcome you to Russia.", ("043", ["RUS"], ["TUR"], False)),
    ],
)
def test_transcripts_host_welcoming_the_guest_receives_him(
    coded: Callable[[str], dict[str, Event]], text: str, opening: str, expected: tuple[object, ...]
) -> None:
    event = _find(coded(text), opening, "welcome")
    assert (_parties(event), event.modality) == (expected, "asserted")


@pytest.mark.parametrize(
    ("text", "opening", "trigger", "expected"),
    [
        # "you" in the turn that opens the transcript is the other leader
        (WASHINGTON, "I want to thank you for your state visit.", "thank", ("051", ["USA"], ["JPN"], False)),
        # ... as in a turn that answers his (as before)
        (
            MOSCOW,
            "I would like to thank you for your hospitality.",
            "thank",
            ("051", ["CHN"], ["RUS"], False),
        ),
        # gratitude to the other leader is thanks, the speaker's
        (
            MOSCOW,
            "I am grateful to Mr President for his visit.",
            "grateful",
            ("051", ["RUS"], ["CHN"], False),
        ),
        (
            SOCHI,
            "I am grateful to Mr President for his efforts",
            "grateful",
            ("051", ["RUS"], ["TUR"], False),
        ),
        (
            WASHINGTON,
            "I am grateful to President Biden for his hospitality.",
            "grateful",
            ("051", ["JPN"], ["USA"], False),
        ),
        # "him" after the other leader is named is still the other leader
        (SOCHI, "President Erdogan raised this question today", "grateful", ("051", ["RUS"], ["TUR"], False)),
    ],
)
def test_transcripts_you_and_thanks_are_between_the_two_leaders(
    coded: Callable[[str], dict[str, Event]],
    text: str,
    opening: str,
    trigger: str,
    expected: tuple[object, ...],
) -> None:
    assert _parties(_find(coded(text), opening, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "opening", "trigger", "expected"),
    [
        # "our two countries", "our foreign ministers" (with no partner named): both leaders' states
        (MOSCOW, "Our two countries signed two joint statements today.", "signed", ("057", ["CHN", "RUS"])),
        (WASHINGTON, "Today our two countries agreed to upgrade", "agreed upgrade", ("030", ["JPN", "USA"])),
        (SOCHI, "Our foreign ministers met in Moscow last week.", "met", ("040", ["RUS", "TUR"])),
        # "we have decided to meet": a meeting the two decide on together; the city is no party
        (MOSCOW, "President Xi invited me to visit China this year", "decided meet", ("036", ["CHN", "RUS"])),
        # "A, B and I met": all three
        (
            SOCHI,
            "In July last year, President Putin, President Raisi and I met",
            "met",
            ("040", ["IRN", "RUS", "TUR"]),
        ),
    ],
)
def test_transcripts_joint_deeds_of_we_and_our_are_reciprocal(
    coded: Callable[[str], dict[str, Event]],
    text: str,
    opening: str,
    trigger: str,
    expected: tuple[str, list[str]],
) -> None:
    cameo, source, target, reciprocal = _parties(_find(coded(text), opening, trigger))
    assert (cameo, source, target, reciprocal) == (*expected, [], True)


@pytest.mark.parametrize(
    ("text", "opening", "trigger", "expected"),
    [
        # a one-sided act of "we" through a light noun ("took the opportunity of drawing"): the speaker's state
        (
            SOCHI,
            "We took the opportunity of drawing the attention",
            "drawing",
            ("111", ["RUS"], ["UKR"], False),
        ),
        # talks with a party as the occasion of a first-person clause are the speaker's talks
        (
            MOSCOW,
            "After the talks with President Putin, I am confident",
            "talks",
            ("040", ["CHN"], ["RUS"], False),
        ),
        # (talks named in an adjunct of time beside a first-person verb of discussing: the discussion is the news,
        # done by the speaker with the party of the talks; the talks are its background, not a second event)
        (
            SOCHI,
            "During the talks with President Putin, we discussed",
            "discussed",
            ("040", ["RUS", "TUR"], [], True),
        ),
        (
            WASHINGTON,
            "During the talks with President Biden, we discussed",
            "discussed",
            ("040", ["JPN", "USA"], [], True),
        ),
        # ... also through another occasion ("at the news conference after talks with X")
        (SOCHI, "I spoke about it in Geneva two years ago", "talks", ("040", ["RUS"], ["USA"], False)),
    ],
)
def test_transcripts_first_person_subject_of_the_clause_is_the_doer(
    coded: Callable[[str], dict[str, Event]],
    text: str,
    opening: str,
    trigger: str,
    expected: tuple[object, ...],
) -> None:
    assert _parties(_find(coded(text), opening, trigger)) == expected


def test_transcripts_one_leaders_we_is_his_government_only(coded: Callable[[str], dict[str, Event]]) -> None:
    events = coded(BALI)
    # no other leader speaks: "we" is the United States, and no one is made its partner
    assert all(a.code == "USA" for e in events.values() for a in e.source if a.text.lower() in ("we", "our"))
    assert not [e for e in events.values() if e.reciprocal]
    # a question names no actor for "you" and makes no greeting or thanks
    assert not [e for e in events.values() if e.cameo in ("043", "051")]


def test_transcripts_first_person_outside_a_transcript_stands_for_no_one(nlp: Language) -> None:
    # an interview quoted in a news report: no speaker lines, so "we", "our" and "I" are resolved to no one
    text = (
        'President Erdogan told reporters in Ankara: "Our foreign ministers met in Moscow last week. '
        'I am glad to welcome our guests to Ankara. We have decided to meet again."'
    )
    events = events_on(nlp, text, "2023-09-04")
    assert not [
        a for e in events for a in (*e.source, *e.target) if a.text.lower() in ("we", "our", "i", "us")
    ]
    assert not [e for e in events if e.reciprocal or e.cameo == "043"]


def test_transcripts_both_countries_are_no_target_of_the_speakers_own_deed(
    coded: Callable[[str], dict[str, Event]],
) -> None:
    # what the speaker says he does not intend to discuss is a topic of his own words, no deed aimed at the guest
    events = coded(MOSCOW)
    assert not [key for key in events if key.startswith("I do not intend to discuss the")]
