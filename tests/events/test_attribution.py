"""Tests of events/attribution.py: speakers, experts and outlets of reported speech, on real parses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events.attribution import _LABEL, find_attribution, speaker_turns, turn_at, turn_mentions
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
    # the resolver marks people (`ActorMention.person`, with their knowledge-base entry "person-...")
    people = [
        replace(m, kb_id=f"person-{m.text.split()[-1].lower()}", person=True)
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
        "Q: Will you meet him again?",
        "A: an answer, the other label of one letter",
        "B: one letter other than Q and A is no label",
    ],
)
def test_attribution_speaker_labels_are_ingest_speaker_lines(line: str) -> None:
    # the coder reads the same speaker lines the ingest stage recognises
    assert bool(_LABEL.match(line)) == is_speaker_line(line)


# Two turns of a joint statement, then lines that only look like speaker labels, then another article.
DUMP = (
    "Sergei Lavrov: Russia brokered the ceasefire in November 2020.\n\n"
    "Mevlut Cavusoglu: Turkey hosted talks between Russia and Ukraine in March 2022.\n\n"
    "Photo Credit: The Agency\n\n"
    "Here is what I mean: Turkey supports Azerbaijan.\n\n"
    "We: the people\n\n"
    "ARMENIA AND AZERBAIJAN HOLD TALKS IN BRUSSELS\n\n"
    "May 15, 2023\n\n"
    "Armenia and Azerbaijan held talks in Brussels on Sunday. The European Union hosted the talks, and the "
    "president of its Council chaired them. The leaders discussed the border, transport links and the "
    "rights of the people of Karabakh.\n"
)


def _people(text: str, names: list[tuple[str, str]]) -> list[ActorMention]:
    return [
        replace(m, kb_id=f"person-{m.text.split()[-1].lower()}", person=True)
        for m in mentions(text, [(name, code, "GOV") for name, code in names])
    ]


def test_attribution_turn_skips_false_labels_and_ends_at_an_article(bare_nlp: Language) -> None:
    people = _people(DUMP, [("Sergei Lavrov", "RUS"), ("Mevlut Cavusoglu", "TUR")])
    turns = speaker_turns(bare_nlp(DUMP), people)
    # a caption, a phrase with a pronoun and a pronoun are no speakers
    assert [t.attribution.text for t in turns] == ["Sergei Lavrov", "Mevlut Cavusoglu"]
    # the last turn runs over the lines that are no labels, but not into the next article of the dump
    assert turn_at(turns, DUMP.index("Turkey supports")) is turns[1]
    assert turn_at(turns, DUMP.index("Armenia and Azerbaijan held")) is None
    # each speaker's counterpart is the other speaker of the joint statement
    assert [[a.code for a in t.counterparts] for t in turns] == [["TUR"], ["RUS"]]


def test_attribution_country_alone_is_no_speaker_label(bare_nlp: Language) -> None:
    text = (
        "Azerbaijan: a partner of Turkey since 1991\n\n"
        "Sergei Lavrov: Russia brokered the ceasefire in November 2020.\n\n"
        "Mevlut Cavusoglu: Turkey hosted talks between Russia and Ukraine in March 2022.\n"
    )
    doc = bare_nlp(text)
    actors = [
        *_people(text, [("Sergei Lavrov", "RUS"), ("Mevlut Cavusoglu", "TUR")]),
        *mentions(text, [("Azerbaijan", "AZE", None)]),
    ]
    # even where the parser reads the country as a person's name, a country covers it
    doc.ents = [doc.char_span(0, len("Azerbaijan"), label="PERSON")]
    turns = speaker_turns(doc, actors)
    assert [t.attribution.text for t in turns] == ["Sergei Lavrov", "Mevlut Cavusoglu"]


def test_attribution_speaker_named_twice_keeps_one_code(bare_nlp: Language) -> None:
    text = (
        "Sergei Lavrov: Russia brokered the ceasefire in November 2020.\n\n"
        "Foreign Minister of Turkey Mevlut Cavusoglu: Turkey hosted talks in March 2022.\n\n"
        "Mevlut Cavusoglu: Turkey sent aid to Syria in February 2023.\n"
    )
    # the resolver found the second speaker only at the short label
    short = text.index("Mevlut Cavusoglu: Turkey sent")
    actors = [
        *_people(text, [("Sergei Lavrov", "RUS")]),
        ActorMention(
            short, short + 16, "Mevlut Cavusoglu", "TUR", "GOV", "person-cavusoglu", "test", person=True
        ),
    ]
    doc = bare_nlp(text)
    long_name = text.index("Mevlut Cavusoglu: Turkey hosted")
    doc.ents = [doc.char_span(long_name, long_name + 16, label="PERSON")]
    turns = speaker_turns(doc, actors)
    assert [(t.attribution.code, t.attribution.sector) for t in turns] == [
        ("RUS", "GOV"),
        ("TUR", "GOV"),
        ("TUR", "GOV"),
    ]


def test_attribution_first_person_words_of_a_turn_stand_for_the_speakers(bare_nlp: Language) -> None:
    text = (
        "Sergei Lavrov: I thanked my colleague. We discussed Syria with our partners.\n\n"
        "Mevlut Cavusoglu: Mr Minister, we agree.\n\n"
        "Question: Will we see a deal?\n"
    )
    doc = bare_nlp(text)
    turns = speaker_turns(doc, _people(text, [("Sergei Lavrov", "RUS"), ("Mevlut Cavusoglu", "TUR")]))
    found = [(t.mention.text, t.mention.code, t.mention.sector, t.kind) for t in turn_mentions(doc, turns)]
    assert found == [
        ("colleague", "TUR", "GOV", "counterpart"),
        ("I", "RUS", "GOV", "self"),
        ("We", "RUS", "GOV", "group"),
        # "our partners" are others; the questioner stands for no actor
        ("Mr Minister", "RUS", "GOV", "counterpart"),
        ("we", "TUR", "GOV", "group"),
    ]


def test_attribution_long_titles_are_speaker_labels(bare_nlp: Language) -> None:
    # the long titles of official transcripts (ten words and more) still name the speaker
    text = (
        "President of the People's Republic of China Xi Jinping (retranslated): We signed two statements.\n\n"
        "Federal Chancellor of the Federal Republic of Germany Olaf Scholz: We discussed trade.\n\n"
        "Moderator: Thank you.\n"
    )
    doc = bare_nlp(text)
    turns = speaker_turns(doc, _people(text, [("Xi Jinping", "CHN"), ("Olaf Scholz", "DEU")]))
    assert [(t.attribution.code, t.attribution.kind) for t in turns] == [
        ("CHN", "speaker"),
        ("DEU", "speaker"),
        (None, "role"),  # a role of the transcript, no actor (thirty-fifth session)
    ]


def test_attribution_pair_words_make_our_both_speakers(bare_nlp: Language) -> None:
    text = (
        "Olaf Scholz: Our two countries are close. Both our governments met. Our ministers met.\n\n"
        "Emmanuel Macron: Our respective ministers will meet in Paris.\n"
    )
    doc = bare_nlp(text)
    turns = speaker_turns(doc, _people(text, [("Olaf Scholz", "DEU"), ("Emmanuel Macron", "FRA")]))
    found = [(t.mention.text, t.mention.code, t.kind) for t in turn_mentions(doc, turns)]
    assert found == [
        ("Our", "DEU", "pair"),
        ("Our", "FRA", "pair"),
        ("our", "DEU", "pair"),
        ("our", "FRA", "pair"),
        # "our" alone is the speaker's country
        ("Our", "DEU", "group"),
        ("Our", "FRA", "pair"),
        ("Our", "DEU", "pair"),
    ]


def test_attribution_him_after_the_other_speaker_named_is_still_him(bare_nlp: Language) -> None:
    text = (
        "Vladimir Putin: President Erdogan will fly to Ankara tonight. I am grateful to him.\n\n"
        "Recep Tayyip Erdogan: I met Mr Aliyev in Baku and thanked him.\n"
    )
    doc = bare_nlp(text)
    erdogan, ankara, aliyev = (text.index(w) for w in ("Erdogan will", "Ankara", "Aliyev"))
    # the parser may read a city as a person's name; the resolver knows it for a place
    doc.ents = [
        doc.char_span(erdogan, erdogan + 7, label="PERSON"),
        doc.char_span(ankara, ankara + 6, label="PERSON"),
        doc.char_span(aliyev, aliyev + 6, label="PERSON"),
    ]
    people = _people(text, [("Vladimir Putin", "RUS"), ("Recep Tayyip Erdogan", "TUR"), ("Mr Aliyev", "AZE")])
    actors = [*people, *mentions(text, [("Ankara", "TUR", None)])]
    turns = speaker_turns(doc, actors)
    found = [(t.mention.text, t.mention.code, t.kind) for t in turn_mentions(doc, turns, actors)]
    # "him" after the other speaker is named is the other speaker; after a third person, that person
    assert ("him", "TUR", "addressee") in found
    assert not [f for f in found if f[0] == "him" and f[1] == "RUS"]
    # without the resolver's places, the city read as a person hides the other speaker
    assert ("him", "TUR", "addressee") not in [
        (t.mention.text, t.mention.code, t.kind) for t in turn_mentions(doc, turns)
    ]
