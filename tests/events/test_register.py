"""The register of a text: commentary, analysis and transcripts assert every deed of a sentence, wire news one.

In a text of several sentences with no marks of a wire report (an agency tag, weekdays), or in a transcript, the
deeds that tell a sentence's background (a clause of time or cause, a relative clause, a participle tail) are
coded beside its news; a lone sentence or a wire report codes the news only (`clauses.analysis_register`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from realpolitik.events.attribution import speaker_turns
from realpolitik.events.clauses import analysis_register
from realpolitik.events.modality import classify_modality
from realpolitik.events.tree import doc_memo
from realpolitik.nlp import process

from .helpers import Code, Deed, deeds_of

# Four sentences of commentary; the last has a background clause ("hours after Biden called Putin a killer").
ANALYSIS = (
    "Relations between Washington and Moscow fell to a new low in 2021. "
    "The United States imposed sanctions on Russia over the poisoning of Alexei Navalny in March. "
    "Biden and Putin later met in Geneva, where they agreed to return their ambassadors. "
    "Russia had recalled its ambassador from Washington in March 2021, hours after Joe Biden called Vladimir"
    " Putin a killer."
)
LAST = ANALYSIS.rsplit(". ", 1)[1]


def _last(code: Code, text: str) -> set[Deed]:
    start = text.index("Russia had recalled")
    return deeds_of([e for e in code(text) if e.evidence_start >= start])


def test_register_analysis_codes_the_background_of_a_sentence(code: Code) -> None:
    deeds = _last(code, ANALYSIS)
    assert ("SANCTION", "RUS", "USA") in deeds
    assert ("ACCUSE", "USA", "RUS") in deeds


def test_register_a_lone_sentence_codes_its_news_only(code: Code) -> None:
    deeds = deeds_of(code(LAST))
    assert ("SANCTION", "RUS", "USA") in deeds
    assert ("ACCUSE", "USA", "RUS") not in deeds


@pytest.mark.parametrize(
    "text",
    [
        # an agency tag marks a wire report
        "MOSCOW (Reuters) - " + ANALYSIS,
        # weekdays date the news of a wire report
        ANALYSIS.replace("in 2021", "on Monday")
        .replace("in March.", "on Tuesday.")
        .replace("later", "on Friday"),
    ],
)
def test_register_a_wire_report_codes_the_news_only(code: Code, text: str) -> None:
    deeds = _last(code, text)
    assert ("SANCTION", "RUS", "USA") in deeds
    assert ("ACCUSE", "USA", "RUS") not in deeds


@pytest.mark.parametrize(
    ("text", "transcript", "expected"),
    [
        (ANALYSIS, False, True),
        (LAST, False, False),
        (
            "Japan and South Korea signed a treaty in Tokyo in June 1965. It normalised their relations.",
            False,
            False,
        ),
        ("Joe Biden: We held talks today.", True, True),
        ("WASHINGTON, March 17 (AP) - " + ANALYSIS, False, False),
    ],
)
def test_register_analysis_register(bare_nlp: Language, text: str, transcript: bool, expected: bool) -> None:
    doc = bare_nlp(text)
    assert analysis_register(doc, transcript) is expected
    with doc_memo(doc):  # (read from the Doc's FastTokens while it is coded: the same answer)
        assert analysis_register(doc, transcript) is expected


# A joint press conference under speaker lines, with a title line above them; a speaker's name with a hyphenated
# part ("Moon Jae-in") is a name all the same.
TRANSCRIPT = (
    "Joint press conference, the White House, 21 May 2021\n\n"
    "Joe Biden: Mr President, welcome to the White House.\n"
    "We discussed North Korea at length today.\n"
    "Moon Jae-in: Thank you, Mr President.\n"
    "We agreed to coordinate our policy on North Korea closely.\n"
)


def test_register_speaker_lines_with_a_hyphenated_name_and_a_title_above(nlp: Language) -> None:
    (doc,) = process(nlp, [(TRANSCRIPT, "2021-05-21")])
    turns = speaker_turns(doc, list(doc._.actors or []))
    assert [t.attribution.code for t in turns] == ["USA", "KOR"]
    deeds = deeds_of(list(doc._.events or []))
    # "We discussed ...": the speaker's country and the counterpart
    assert ("CONSULT", "KOR,USA", "") in deeds
    assert ("AGREE", "KOR,USA", "") in deeds


def test_register_a_speaker_named_with_initials_takes_the_code_of_the_same_surname(nlp: Language) -> None:
    text = (
        "President of Russia Vladimir Putin: Mr President, welcome to Sochi.\n"
        "President of Turkey Recep Tayyip Erdogan: Thank you for your hospitality.\n"
        "V.Putin: We discussed the situation in northern Syria.\n"
        "R.T. Erdogan: We agreed on joint patrols.\n"
    )
    (doc,) = process(nlp, [(text, "2019-10-22")])
    turns = speaker_turns(doc, list(doc._.actors or []))
    assert [t.attribution.code for t in turns] == ["RUS", "TUR", "RUS", "TUR"]


# In a speaker's turn a first-person pledge is made by saying it, and a welcome framed as a pleasure is done by
# saying it: the expression of intent and the hosting are asserted events (a third person's "decided to meet"
# stays a plan: test_modality_denials).
PLEDGES = (
    "Vladimir Putin: Mr President, it is a great pleasure for me to welcome you here in Sochi.\n"
    "Recep Tayyip Erdogan: Thank you for your hospitality.\n"
    "We are going to hold the next meeting of our cooperation council in Turkey.\n"
    "Vladimir Putin: We will supply Turkey with more gas through the TurkStream pipeline.\n"
    "Recep Tayyip Erdogan: We have decided to meet again in Ankara.\n"
    "Turkey will end its operation if the militias withdraw from the border.\n"
    "Vladimir Putin: Russia and Turkey will carry out joint patrols in northern Syria.\n"
)


@pytest.mark.parametrize(
    ("trigger", "expected"),
    [
        ("welcome", ("CONSULT", "043", "RUS", "TUR")),
        ("hold", ("AGREE", "036", "RUS,TUR", "")),
        ("supply", ("AGREE", "0332", "RUS", "TUR")),
        ("decided meet", ("AGREE", "036", "RUS,TUR", "")),
        # the speaker's own country named as the doer, with a condition set by the pledge, or with the other side
        ("end", ("AGREE", "0356", "TUR", "")),
        ("carry patrols", ("AGREE", "0312", "RUS,TUR", "")),
    ],
)
def test_register_a_pledge_or_welcome_said_in_a_turn_is_asserted(
    nlp: Language, trigger: str, expected: tuple[str, str, str, str]
) -> None:
    (doc,) = process(nlp, [(PLEDGES, "2019-10-22")])
    found = [e for e in doc._.events if e.trigger == trigger]
    assert found, f"no event at {trigger!r}"
    event = found[0]
    sides = (
        event.event,
        event.cameo,
        ",".join(sorted(a.code for a in event.source)),
        ",".join(sorted(a.code for a in event.target)),
    )
    assert sides == expected
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning with no repercussion named, only its cause or beside a reproach, is disapproval (CAMEO 130 codes
        # warnings with serious potential repercussions)
        (
            "China expressed strong dissatisfaction and issued a warning to Washington over its arms sales to Taiwan"
            " in July 2019.",
            "ACCUSE",
        ),
        ("China warned the United States over its arms sales to Taiwan in July 2019.", "ACCUSE"),
        # a warning of consequences, against a deed or with a condition is a threat
        ("Russia warned Finland in May 2022 of retaliation if it joined NATO.", "THREATEN"),
        (
            "North Korea warned South Korea in August 2019 against holding joint drills with the United States.",
            "THREATEN",
        ),
    ],
)
def test_register_a_warning_with_no_repercussion_is_a_reproach(code: Code, text: str, expected: str) -> None:
    types = {e.event for e in code(text)}
    assert expected in types
    assert ("THREATEN" in types) is (expected == "THREATEN")


def test_register_a_deed_looked_forward_to_is_still_to_come(token_of: Callable[[str, str], Token]) -> None:
    sentence = (
        "Narendra Modi said he looked forward to welcoming Joe Biden to New Delhi for the G20 summit in 2023."
    )
    assert classify_modality(token_of(sentence, "welcoming")) == "intended"


# A noun after a comma sums up the clause before it, and a relative clause on it tells how another party took it:
# in analysis that party's deed is an event, aimed at the doer of the summed clause.
SUMMED = (
    "King Mohammed VI offered in July 2021 to reopen the border with Algeria, an offer that Algiers ignored. "
    "Turkey bought Russian S-400 missiles in 2017, a move that Washington condemned. "
    "The Arab League called on the Security Council in June 2021 to take up the dam dispute, a resolution that"
    " Ethiopia rejected. "
    "Algeria broke off relations with Morocco in August 2021."
)


@pytest.mark.parametrize(
    "deed", [("REJECT", "DZA", "MAR"), ("ACCUSE", "USA", "TUR"), ("REJECT", "ETH", "IGO-ARL")]
)
def test_register_a_deed_on_a_summed_clause_is_aimed_at_its_doer(code: Code, deed: Deed) -> None:
    assert deed in deeds_of(code(SUMMED))
