"""Deeds that a condition, an "until" clause, a time ahead or a reported clause holds open are not laundered
into facts, and deeds that only look held open stay asserted (issue 9, eighth session): participles and
dash asides inside a condition, "until" clauses in a present tense, the present tense with a time ahead,
verbs of judging with "it" and an adjective, "went on to", and participles inside a reported that-clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality

from .helpers import Code, of_type

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a participle on an indefinite noun inside a condition is supposed with it
        (
            "If mines laid by Russian troops are found near Odesa, Romania will close the Danube route.",
            "laid",
            "hypothetical",
        ),
        (
            "Unless rocket attacks launched by Hamas from Gaza stop, Israel will keep its reservists mobilised.",
            "launched",
            "hypothetical",
        ),
        (
            "If there have been executions carried out by Taliban fighters in Panjshir, the UN must investigate.",
            "carried",
            "hypothetical",
        ),
        (
            "If a Chinese coast guard ship ramming Philippine boats sinks one, Manila will invoke its treaty.",
            "ramming",
            "hypothetical",
        ),
        # a definite or possessed noun names a given deed; a participle outside the condition is stated
        ("If the sanctions imposed on Iran in 2018 are lifted, oil prices will fall.", "imposed", "asserted"),
        (
            "If talks fail, Georgia's land occupied by Russia since 2008 will stay divided.",
            "occupied",
            "asserted",
        ),
        ("Mines laid by Russian troops have killed farmers in the Kharkiv region.", "laid", "asserted"),
        (
            "If Russia, which has troops stationed in Transnistria, attacks Moldova, Romania will respond.",
            "stationed",
            "asserted",
        ),
        (
            "Even if shells fired by Pakistani troops have hit Indian villages, India has not declared war.",
            "fired",
            "asserted",
        ),
    ],
)
def test_modality_conditions_participle_in_a_condition(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # an aside between dashes right after a condition elaborates the condition
        (
            "If Serbia moves on Kosovo - sending troops across the border - NATO peacekeepers will respond.",
            "sending",
            "hypothetical",
        ),
        (
            "If Israel widens the war \u2013 shelling the suburbs of Beirut \u2013 Iran could step in.",
            "shelling",
            "hypothetical",
        ),
        (
            "If Beijing tightens the screws - Chinese warships encircling the island for weeks - Japan will send ships.",
            "encircling",
            "hypothetical",
        ),
        (
            "If the junta escalates - air strikes hitting villages near the Thai border - ASEAN will act.",
            "hitting",
            "hypothetical",
        ),
        (
            "If Turkey goes further - Turkish troops pushing deeper into Syria - Damascus will turn to Moscow.",
            "pushing",
            "hypothetical",
        ),
        # after a clause of time, or told in a past tense, the aside is a fact; hyphens inside names are no dashes
        (
            "When Russia moved on Kyiv in 2022 - sending columns of tanks from Belarus - the West armed Ukraine.",
            "sending",
            "asserted",
        ),
        (
            "If talks fail - as they did in 2015, when Russia vetoed the MH17 tribunal - the Netherlands will sue.",
            "vetoed",
            "asserted",
        ),
        (
            "If Nagorno-Karabakh had stayed calm, Azerbaijan-Armenia talks would have gone on.",
            "stayed",
            "hypothetical",
        ),
    ],
)
def test_modality_conditions_dash_aside_of_a_condition(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # an "until" clause in a present tense names a deed still to come, and so does a clause continuing it
        (
            "Aid to Gaza could stay blocked until Israel reopens Kerem Shalom or Egypt widens the Rafah gate.",
            "widens",
            "hypothetical",
        ),
        (
            "Aid to Gaza could stay blocked until Israel reopens Kerem Shalom or Egypt widens the Rafah gate.",
            "reopens",
            "hypothetical",
        ),
        ("Sanctions will stay in place until Russia pays reparations.", "pays", "hypothetical"),
        ("Ukraine will not negotiate until Russian troops have left its territory.", "left", "hypothetical"),
        ("The embassy may stay shut until relations are restored.", "restored", "hypothetical"),
        ("Kyiv wants a ceasefire before Russia launches its summer offensive.", "launches", "hypothetical"),
        (
            "The EU will lift its sanctions on Iran once Tehran ships its enriched uranium abroad.",
            "ships",
            "hypothetical",
        ),
        # in a past tense the deed happened
        ("Israel occupied the Sinai until Egypt regained it in 1982.", "regained", "asserted"),
        ("Russian troops shelled Kharkiv before they attacked Izium in 2022.", "attacked", "asserted"),
        ("The Berlin blockade lasted until the Soviets lifted it in May 1949.", "lifted", "asserted"),
        ("The Greek junta ruled until Turkey invaded Cyprus in 1974.", "invaded", "asserted"),
    ],
)
def test_modality_conditions_until_clause_still_to_come(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the present tense with a time ahead is an arranged deed
        ("The Turkish foreign minister is flying to Cairo tomorrow.", "flying", "intended"),
        ("Modi travels to Moscow next month to meet Putin.", "travels", "intended"),
        ("Officials of the two Koreas are meeting at Panmunjom in the coming days.", "meeting", "intended"),
        ("Blinken is visiting Riyadh later this month.", "visiting", "intended"),
        # a time that is now, a purpose, a past tense or a time before the verb's own clause
        ("Russian troops are holding the Zaporizhzhia nuclear plant this year.", "holding", "asserted"),
        ("Russia is stockpiling missiles for the coming winter.", "stockpiling", "asserted"),
        ("Blinken flew to Riyadh last month.", "flew", "asserted"),
        ("Two days later, Israeli jets struck Damascus.", "struck", "asserted"),
        ("Russian troops are shelling Kharkiv every night.", "shelling", "asserted"),
    ],
)
def test_modality_conditions_present_with_a_time_ahead(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a verb of judging with "it" and an adjective: the adjective decides
        (
            "Washington finds it normal to insist that Havana free its political prisoners.",
            "insist",
            "asserted",
        ),
        ("Ankara deems it legitimate to bomb Kurdish positions in northern Iraq.", "bomb", "asserted"),
        ("Russia considers it necessary to build up its forces near Finland.", "build", "normative"),
        # without "it" and an adjective, considering stays open
        ("India is considering buying more Rafale jets.", "buying", "hypothetical"),
        # "went on to" is the next deed done; going somewhere to do a deed is a purpose
        ("Iraq invaded Kuwait and went on to annex it.", "annex", "asserted"),
        ("Ukraine freed the Kharkiv region and moved on to retake Kherson.", "retake", "asserted"),
        ("Nixon went to Beijing in 1972 to meet Mao.", "meet", "intended"),
    ],
)
def test_modality_conditions_stance_and_sequel(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A RUSI analyst argues that while Kyiv worries about the danger posed by Russian missiles targeting "
        "its power plants, it still lacks air defence.",
        "A Carnegie scholar contends that Moscow is alarmed by Ukrainian drones striking refineries deep inside Russia.",
    ],
)
def test_modality_conditions_participle_in_a_reported_clause_is_the_speakers(
    code_background: Code, sentence: str
) -> None:
    """A deed named by a participle on a noun (or in a by-phrase) inside a reported that-clause is the
    speaker's claim, not the author's fact; the same participle in the author's voice has no attribution."""
    (event,) = of_type(code_background(sentence), "ASSAULT")
    assert event.attribution is not None and event.attribution.kind == "expert"
    (plain,) = [
        e
        for e in code_background(
            "Russian missiles targeting Ukrainian power plants caused blackouts in 2022."
        )
        if e.event == "ASSAULT"
    ]
    assert plain.attribution is None


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # denying or rejecting a claim denies what it says, not that it was made
        (
            "Georgia's accusation that Russian jets bombed the Pankisi Gorge was denied by Moscow.",
            "accusation",
            "asserted",
        ),
        (
            "Baku rejected Yerevan's allegations that its troops had shelled Jermuk in 2022.",
            "allegations",
            "asserted",
        ),
        # a denied or cancelled deed is still denied
        ("Russia denied the attack on the UN aid convoy near Aleppo in 2016.", "attack", "negated"),
        ("The meeting between Trump and Putin at the 2018 G20 summit was cancelled.", "meeting", "negated"),
    ],
)
def test_modality_conditions_denied_claim_was_still_made(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a request or an offer turned down was still made
        ("Kyiv's first requests for F-16s were rejected by Washington.", "requests", "asserted"),
        ("Hamas rejected Egypt's offer of a truce in July 2014.", "offer", "asserted"),
        # cancelled or postponed is not turned down: it did not happen
        ("The meeting between Trump and Putin at the 2018 G20 summit was cancelled.", "meeting", "negated"),
    ],
)
def test_modality_conditions_request_turned_down_was_made(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


def test_modality_conditions_offer_with_a_condition_on_the_reporting_verb(code: Code) -> None:
    """A condition the parser hangs on the reporting verb after a stated readiness limits what is offered,
    not the offer itself; a readiness to do harm under a condition stays open."""
    offer = code(
        "In June 2023, Lukashenko told Prigozhin that Belarus was ready to take him in, if he called off the mutiny."
    )
    assert [(e.event, e.modality) for e in offer if e.event == "AGREE"] == [("AGREE", "asserted")]
    threat = code(
        "In 2022, Medvedev told reporters that Russia was ready to use nuclear weapons, if its territory was attacked."
    )
    assert threat and all(e.modality != "asserted" for e in threat)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # an elliptical question before ", when ..." that the parser hangs on the when-clause's verb: its modal
        # and its "not" are not the past deed's
        ("Why should it not, when China even sent warships around Taiwan in 2022.", "sent", "asserted"),
        (
            "How can they not, when Hamas fighters even killed hundreds of civilians on 7 October 2023.",
            "killed",
            "asserted",
        ),
        # the question's own deed stays open, and a modal of the deed's own clause still counts
        ("How could Russia attack Kyiv?", "attack", "hypothetical"),
        (
            "Why should Seoul worry, when the North could fire missiles over Japan again.",
            "fire",
            "hypothetical",
        ),
    ],
)
def test_modality_conditions_elliptical_question_before_a_when_clause(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the clause of "the fact that" is given as true, whatever is said of the fact
        ("Nobody can deny the fact that Russia annexed Crimea in 2014.", "annexed", "asserted"),
        ("Ankara will not forget the fact that Washington armed the Kurdish YPG.", "armed", "asserted"),
        ("Can anyone deny the fact that Russia annexed Crimea in 2014?", "annexed", "asserted"),
        # its own clause may still hedge it; a claim is no fact
        ("The fact that Israel may strike Iran worries the Gulf states.", "strike", "hypothetical"),
        ("Nobody can deny the claim that Russia annexed Crimea in 2014.", "annexed", "hypothetical"),
    ],
)
def test_modality_conditions_the_fact_that(token_of: Finder, sentence: str, word: str, expected: str) -> None:
    assert classify_modality(token_of(sentence, word)) == expected
