"""Deeds named inside a claim, a stance or an approval are not laundered into facts (issue 9, seventh session):
raising passives of belief and report ("X is said to have ..."), complements of nouns, adjectives and verbs of
refusal or reluctance ("X's hesitancy over sending ...", "refrained from sending ..."), and gerund
complements of approval ("approved sending ..."); with the asserted look-alikes that must stay asserted."""

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
        # a passive verb of belief or report with the doer raised to subject: a claim no one stands behind
        ("Israel is widely believed to have killed Mohsen Fakhrizadeh in 2020.", "killed", "hypothetical"),
        ("North Korea is said to have supplied artillery shells to Russia.", "supplied", "hypothetical"),
        ("Iran is reported to have sent drones to Russia.", "sent", "hypothetical"),
        (
            "Russia is alleged to have interfered in the American election of 2016.",
            "interfered",
            "hypothetical",
        ),
        ("Israel is understood to have struck an air defence radar near Isfahan.", "struck", "hypothetical"),
        ("Wagner fighters were rumoured to be fighting in Sudan.", "fighting", "hypothetical"),
        ("Iran is believed to be supplying drones to Russia.", "supplying", "hypothetical"),
        ("Israel was thought to have bombed a Syrian reactor in 2007.", "bombed", "hypothetical"),
        ("Iran is reported by Israeli intelligence to have sent drones to Russia.", "sent", "hypothetical"),
        # the same with an empty "it" and a that-clause
        ("It is widely believed that Israel killed the Iranian scientist.", "killed", "hypothetical"),
        ("It was reported that Iran had sent drones to Russia.", "sent", "hypothetical"),
        # an obligation with a plain infinitive
        ("Russia is supposed to withdraw its troops from Transnistria.", "withdraw", "normative"),
        # knowledge, not belief: the deed stays asserted
        ("Russia is known to have annexed Crimea in 2014.", "annexed", "asserted"),
        ("The Syrian government was found to have used chemical weapons in Douma.", "used", "asserted"),
        ("Russia was seen to have moved troops to the border.", "moved", "asserted"),
        # a named speaker in the active voice reports a deed: asserted, with the speaker as attribution
        ("Kyiv said that Iran had sent drones to Russia.", "sent", "asserted"),
        ("Western officials believe Iran sent drones to Russia.", "sent", "asserted"),
    ],
)
def test_modality_claims_raising_passive_is_no_fact(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # nouns and adjectives of reluctance govern their "to" clause as "refusal" does
        ("Germany's hesitation to send tanks to Ukraine frustrated Poland.", "send", "negated"),
        ("Germany's reticence to send tanks to Ukraine frustrated Poland.", "send", "negated"),
        ("Germany was hesitant to send Leopard tanks to Ukraine in 2022.", "send", "negated"),
        ("Germany was loath to deliver Leopard tanks to Ukraine in 2022.", "deliver", "negated"),
        ("Austria was disinclined to send weapons to Ukraine.", "send", "negated"),
        # a "to" clause the parser hangs on the verb as a purpose keeps the verb's reading
        ("Germany hesitated to send Leopard tanks to Ukraine in 2022.", "send", "negated"),
        # a "to" clause hung on "rejection" when it belongs to the calls rejected
        (
            "Turkey's rejection of calls to impose sanctions on Russia annoyed Washington.",
            "impose",
            "negated",
        ),
        # a gerund after the preposition of a word of refusal, reluctance or opposition
        ("Switzerland refrained from sending weapons to Ukraine.", "sending", "negated"),
        ("India abstained from condemning Russia at the United Nations in 2022.", "condemning", "negated"),
        ("Germany's hesitancy over sending tanks to Ukraine frustrated Poland.", "sending", "negated"),
        ("Germany balked at sending Taurus missiles to Ukraine.", "sending", "negated"),
        ("Hungary's opposition to sending weapons to Ukraine angered Kyiv.", "sending", "negated"),
        ("Austria was against sending weapons to Ukraine.", "sending", "negated"),
        ("Olaf Scholz was wary of sending Taurus missiles to Ukraine.", "sending", "negated"),
        ("Germany held back from sending Taurus missiles to Ukraine.", "sending", "negated"),
        ("Germany stopped short of sending Taurus missiles to Ukraine.", "sending", "negated"),
        # a gerund object of a verb of opposing
        ("Hungary opposed sending weapons to Ukraine.", "sending", "negated"),
        # the look-alikes: beginning, going on and a plain past stay asserted
        ("Germany began sending Leopard tanks to Ukraine in 2023.", "sending", "asserted"),
        ("Britain continued supplying missiles to Ukraine in 2024.", "supplying", "asserted"),
        ("Germany sent Leopard tanks to Ukraine after months of hesitation.", "sent", "asserted"),
        ("Poland's support for Ukraine included sending MiG-29 jets in 2023.", "sending", "asserted"),
    ],
)
def test_modality_claims_reluctance_denies_its_deed(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the approval is the deed; what it approves is only intended
        ("The Bundestag approved sending heavy weapons to Ukraine in April 2022.", "sending", "intended"),
        ("Washington authorised sending Abrams tanks to Ukraine in January 2023.", "sending", "intended"),
        ("The Dutch government cleared delivering F-16 jets to Ukraine.", "delivering", "intended"),
        ("The Danish parliament backed sending F-16 jets to Ukraine.", "sending", "intended"),
        ("The State Department approved selling F-16 jets to Turkey in January 2024.", "selling", "intended"),
        ("The Bundestag voted for sending heavy weapons to Ukraine.", "sending", "intended"),
        ("The Dutch cabinet signed off on sending F-16 jets to Ukraine.", "sending", "intended"),
        # not a gerund of approval: stays asserted
        ("Denmark started delivering F-16 jets to Ukraine in 2024.", "delivering", "asserted"),
        ("The Bundestag approved the budget after Germany sent tanks to Ukraine.", "sent", "asserted"),
    ],
)
def test_modality_claims_approval_leaves_its_deed_intended(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


def _asserted(code: Code, sentence: str, event: str) -> list[str]:
    return [e.cameo for e in code(sentence) if e.event == event and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Iran is reported to have sent drones to Russia.", "AID"),
        ("North Korea is said to have supplied artillery shells to Russia.", "AID"),
        (
            "Israel is thought to have carried out the strike on the Iranian consulate in Damascus in April 2024.",
            "ASSAULT",
        ),
        ("Germany's hesitancy over sending tanks to Ukraine frustrated Poland.", "AID"),
        ("Germany refrained from sending Taurus missiles to Ukraine.", "AID"),
        ("Washington authorised sending Abrams tanks to Ukraine in January 2023.", "AID"),
        ("The Bundestag approved sending heavy weapons to Ukraine in April 2022.", "AID"),
        ("Kazakhstan's refusal to back Russia's war in Ukraine surprised the Kremlin.", "SUPPORT"),
    ],
)
def test_modality_claims_keep_the_deed_out_of_the_asserted_record(
    code: Code, sentence: str, event: str
) -> None:
    assert _asserted(code, sentence, event) == []


def test_modality_claims_refusal_itself_stays_asserted(code: Code) -> None:
    events = code("Kazakhstan's refusal to back Russia's war in Ukraine surprised the Kremlin.")
    assert [e.modality for e in events if e.event == "REJECT"] == ["asserted"]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Russia is known to have annexed Crimea in 2014.", "COERCE"),
        ("Germany began sending Leopard tanks to Ukraine in 2023.", "AID"),
        ("Kyiv said that Iran had sent drones to Russia.", "AID"),
    ],
)
def test_modality_claims_look_alikes_stay_asserted(code: Code, sentence: str, event: str) -> None:
    assert _asserted(code, sentence, event)


def test_modality_claims_raised_subject_is_no_speaker(code: Code) -> None:
    """ "Iran is reported to have sent drones": Iran did the deed, it does not claim it; no one is named."""
    (event,) = [e for e in code("Iran is reported to have sent drones to Russia.") if e.event == "AID"]
    assert event.attribution is not None
    assert event.attribution.code is None
    named = [e for e in code("Iran is reported by Israeli intelligence to have sent drones to Russia.")]
    assert [e.attribution.code for e in named if e.event == "AID" and e.attribution] == ["ISR"]


def test_modality_claims_going_on_with_a_deed_is_not_reporting(code: Code) -> None:
    (event,) = [
        e for e in code("Britain continued supplying missiles to Ukraine in 2024.") if e.event == "AID"
    ]
    assert event.attribution is None


@pytest.mark.parametrize(
    ("sentence", "code_", "source", "target"),
    [
        # a negated deed of cooperation in the future is a refusal, and the refusal is stated
        ("Russia will not accept NATO bases in Ukraine.", "120", "RUS", "IGO-NATO"),
        ("Turkey said it would not tolerate a Kurdish state in northern Syria.", "124", "TUR", "SYR"),
        ("Scholz said in 2024 that Germany would not send Taurus missiles to Ukraine.", "1222", "DEU", "UKR"),
    ],
)
def test_modality_claims_stated_refusal_is_asserted(
    code: Code, sentence: str, code_: str, source: str, target: str
) -> None:
    events = of_type(code(sentence), "REJECT")
    assert [e.cameo for e in events] == [code_]
    assert events[0].modality == "asserted"
    assert source in {a.code for a in events[0].source}
    assert target in {a.code for a in events[0].target}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a condition or a question still holds the refusal open; a past negation denies the deed
        ("If NATO moved closer to its borders, Russia would not accept it.", "hypothetical"),
        ("Would Russia not accept a ceasefire?", "hypothetical"),
    ],
)
def test_modality_claims_open_refusal_stays_open(code: Code, sentence: str, expected: str) -> None:
    assert [e.modality for e in code(sentence) if e.event == "REJECT"] == [expected]


def test_modality_claims_past_negation_is_no_refusal(code: Code) -> None:
    events = code("Russia did not accept the proposal.")
    assert not of_type(events, "REJECT")
    assert all(e.modality == "negated" for e in events)


@pytest.mark.parametrize(
    "sentence",
    ["Iran protested.", "Russia protested against the expulsion of its diplomats in 2018."],
)
def test_modality_claims_state_protest_is_official_complaint(code: Code, sentence: str) -> None:
    """A state's protest is an official complaint (CAMEO 114), not its people against their government."""
    (event,) = code(sentence)
    assert (event.event, event.cameo) == ("ACCUSE", "114")
    assert event.target == ()


def test_modality_claims_people_protest_at_home(code: Code) -> None:
    (event,) = code("Thousands of Iranians protested in Tehran in 2022.")
    assert event.event == "PROTEST"
    assert [(a.code, a.sector) for a in event.target] == [("IRN", "GOV")]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a difficulty foreseen is no deed done (and no threat)
        ("Ukraine's forces would struggle to hold Avdiivka without more ammunition.", "hold", "hypothetical"),
        ("Experts said Armenia would struggle to defend Syunik.", "defend", "hypothetical"),
        # a deed noun hedged as claimed
        ("The claimed strike on the Russian air base could not be verified.", "strike", "hypothetical"),
    ],
)
def test_modality_claims_difficulty_and_claimed_are_hedges(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


def test_modality_claims_struggle_is_no_threat(code: Code) -> None:
    events = code("Ukraine's forces would struggle to hold Avdiivka without more ammunition.")
    assert not [e for e in events if e.event in ("THREATEN", "ASSAULT")]
    fought = code("Kurdish fighters struggled against the Islamic State in Kobani in 2014.")
    assert [e.event for e in fought] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("sentence", "source", "target", "cameo"),
    [
        ("The Bundestag approved sending heavy weapons to Ukraine in April 2022.", "DEU", "UKR", "0332"),
        ("Washington authorised sending Abrams tanks to Ukraine in January 2023.", "USA", "UKR", "0332"),
        # (a sale of arms is military cooperation since the ninth session: its approval is an intent to
        # cooperate militarily, 0312)
        ("The State Department approved selling F-16 jets to Turkey in January 2024.", "USA", "TUR", "0312"),
    ],
)
def test_modality_claims_approval_of_a_gerund_is_the_deed(
    code: Code, sentence: str, source: str, target: str, cameo: str
) -> None:
    """The approval is asserted, as a commitment to the aid to come (0332, as "agreed to send arms")."""
    events = code(sentence)
    assert [(e.event, e.cameo, e.modality) for e in events] == [("AGREE", cameo, "asserted")]
    assert source in {a.code for a in events[0].source}
    assert [a.code for a in events[0].target] == [target]


def test_modality_claims_approval_of_a_noun_keeps_its_reading(code: Code) -> None:
    """ "approved a loan" is the aid itself (071), not a frame (the frame needs a gerund)."""
    events = code("The IMF approved a loan to Pakistan in July 2023.")
    assert [(e.event, e.modality) for e in events] == [("AID", "asserted")]


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2022 NATO agreed to deploy more troops to Poland.",
        "The United States pledged to deploy more troops to Poland in 2022.",
    ],
)
def test_modality_claims_promised_build_up_is_only_intended(code: Code, sentence: str) -> None:
    """A commitment to send forces to another party is a promise of protection to it (0334, issue 9's A2: said,
    so asserted; the deployment itself stays to come)."""
    events = code(sentence)
    assert [(e.event, e.cameo, e.modality) for e in events] == [("AGREE", "0334", "asserted")]


def test_modality_claims_planned_build_up_with_no_party_is_only_intended(code: Code) -> None:
    """A frame of commitment that keeps its deed's code (a build-up, 15, sent to no other party) is that deed, only
    planned."""
    events = code("Russia plans to deploy more troops to its western border.")
    assert [(e.event, e.modality) for e in events] == [("MOBILIZE", "intended")]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a claim noun whose "that" clause no one in the sentence stands behind, and hearsay adverbs
        ("Reports that North Korea had sent troops to Russia alarmed Seoul in 2024.", "sent", "hypothetical"),
        ("There were allegations that Rwanda armed the M23 rebels.", "armed", "hypothetical"),
        ("Rumours that Russia had sent troops to Venezuela circulated in 2019.", "sent", "hypothetical"),
        ("Kyiv rejected claims that it had shelled Donetsk.", "shelled", "hypothetical"),
        ("Iran reportedly sent drones to Russia.", "sent", "hypothetical"),
        ("Russia purportedly sent troops to Mali.", "sent", "hypothetical"),
        # a claim confirmed, a claim of a named speaker, news of a deed: stated
        ("The Pentagon confirmed reports that North Korea had sent troops to Russia.", "sent", "asserted"),
        (
            "Kyiv's claim that Russia had shelled the power plant was disputed by Moscow.",
            "shelled",
            "asserted",
        ),
        ("The news that Russia had invaded Ukraine shocked Europe.", "invaded", "asserted"),
        # a participle on a noun is still stated on its own
        ("Reports published by the United Nations in 2023 named the rebels.", "published", "asserted"),
    ],
)
def test_modality_claims_unowned_claim_nouns_hedge(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


def test_modality_claims_state_protest_by_summoning_is_one_complaint(code: Code) -> None:
    """A state that protests by summoning an ambassador makes one official complaint (114), not a rally."""
    events = code("Hungary protested by summoning the Ukrainian ambassador.")
    assert [(e.event, e.cameo) for e in events] == [("ACCUSE", "114")]
    assert [a.code for a in events[0].target] == ["UKR"]


def test_modality_claims_said_it_would_not_is_a_refusal(code: Code) -> None:
    """ "said it would not <deed the lexicon reads only as a frame>": a refusal, stated."""
    events = code("Azerbaijan said it would not allow Armenian forces to remain in Karabakh.")
    assert [(e.event, e.modality) for e in events] == [("REJECT", "asserted")]


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a source that is itself hedged hedges what it reports
        ("According to unconfirmed reports, Iran sent missiles to Russia.", "sent", "hypothetical"),
        ("Unconfirmed reports say that Iran sent missiles to Russia.", "sent", "hypothetical"),
        (
            "Unverified claims said in 2023 that Wagner fighters had moved to Belarus.",
            "moved",
            "hypothetical",
        ),
        # a named or plain source reports a deed, asserted with its attribution
        ("According to Israeli officials, Iran sent missiles to Russia.", "sent", "asserted"),
        ("Official reports say that Iran sent missiles to Russia.", "sent", "asserted"),
    ],
)
def test_modality_claims_hedged_source_hedges_its_report(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a deed others see in the subject, or suspect it of, after a preposition
        ("Russia is widely seen as having backed the coup in Niger.", "backed", "hypothetical"),
        ("Iran is suspected of having sent missiles to Russia.", "sent", "hypothetical"),
        ("Wagner was regarded as having fought for Khalifa Haftar in Libya.", "fought", "hypothetical"),
        # a plain adjunct with a perfect gerund stays stated
        ("After having shelled the town, Russian troops withdrew in 2022.", "shelled", "asserted"),
    ],
)
def test_modality_claims_seen_as_or_suspected_of_a_deed(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # what is only suggested or hinted at is no fact, whoever suggests it
        ("Evidence suggests that Iran supplied drones to Russia.", "supplied", "hypothetical"),
        (
            "The Pentagon suggested in 2023 that Iran had supplied drones to Russia.",
            "supplied",
            "hypothetical",
        ),
        ("Putin hinted in 2024 that Russia would send weapons to North Korea.", "send", "hypothetical"),
        # what is shown or stated stays asserted
        ("Satellite images show that North Korea sent shells to Russia.", "sent", "asserted"),
        ("The Pentagon said in 2023 that Iran had supplied drones to Russia.", "supplied", "asserted"),
    ],
)
def test_modality_claims_suggestion_is_no_fact(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected
