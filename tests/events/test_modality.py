"""Tests of events/modality.py on real parses of sentences written for the project."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import classify_modality
from realpolitik.records import MODALITIES

from .helpers import Code, of_type

Finder = Callable[[str, str], Token]

CASES: dict[str, list[tuple[str, str]]] = {
    "asserted": [
        ("Russia sent peacekeepers to Nagorno-Karabakh in November 2020.", "sent"),
        ("Azerbaijan launched a military operation in Karabakh in September 2023.", "launched"),
        ("Lavrov said that Russia sent peacekeepers to the region.", "sent"),
        ("Pashinyan refused the draft declaration.", "refused"),
        ("The EU called on Azerbaijan to withdraw its troops.", "called"),
        ("Armenia and Azerbaijan agreed to hold talks next week.", "agreed"),
        ("Aliyev threatened to use force if Yerevan did not open the corridor.", "threatened"),
        ("Turkey sent drones to Azerbaijan, and Russia did not intervene.", "sent"),
        ("Turkey did not send ground troops, but Russia deployed peacekeepers.", "deployed"),
        ("The talks did not produce an agreement.", "talks"),
        ("Armenia froze its participation in the CSTO after Russia failed to help it.", "froze"),
        (
            "It is unlikely that Turkey will withdraw from Idlib, the enclave controlled by its proxies.",
            "controlled",
        ),
        # a wh-question takes its deed as given
        ("Why did Russia invade Ukraine in 2022?", "invade"),
        ("When did Iraq invade Kuwait?", "invade"),
        # a "no" that does not deny the deed itself
        ("No fewer than 500 Syrian fighters were killed in Libya.", "killed"),
        ("Russia fired missiles at Kyiv, leaving no district untouched.", "fired"),
    ],
    "negated": [
        ("Azerbaijan has not been keen to engage with Armenia in talks.", "engage"),
        ("Armenia did not sign the CSTO declaration in Yerevan in 2022.", "sign"),
        ("Turkey denied that it had sent Syrian mercenaries to Azerbaijan.", "sent"),
        ("Pashinyan refused to sign the CSTO declaration in Yerevan.", "sign"),
        ("Russia never recognised the independence of Nagorno-Karabakh.", "recognised"),
        ("Pashinyan failed to secure Russian support in 2022.", "secure"),
        ("In 2024 the peace treaty had yet to be signed.", "signed"),
        # a subject that says no one did it
        ("No member of the European Union recognised the independence of Abkhazia.", "recognised"),
        ("None of the NATO members sent combat troops to Ukraine.", "sent"),
        ("No Western government recognised Russia's annexation of Crimea.", "recognised"),
        # a noun of refusal or failure governs its "to" clause as the verb does
        ("Germany's reluctance to send tanks to Ukraine drew criticism from Poland.", "send"),
        ("The Security Council's failure to condemn the invasion of Ukraine angered Kyiv.", "condemn"),
        ("Hungary's refusal to ratify Sweden's NATO membership lasted until 2024.", "ratify"),
        # stopping or falling short of a deed
        ("Armenia stopped short of leaving the Russian-led alliance.", "leaving"),
        ("The United States stopped short of imposing sanctions on China.", "imposing"),
        # a negated object of the event's verb
        ("Switzerland sent no weapons to Ukraine.", "sent"),
        ("India imposed no sanctions on Russia after the invasion of Ukraine.", "imposed"),
        ("Hungary gave no military aid to Ukraine.", "gave"),
        ("No talks took place in Brussels that month.", "talks"),
        ("Armenia froze its CSTO participation without leaving the organisation.", "leaving"),
        ("Armenia has no plans to join NATO.", "join"),
        ("Pashinyan said Armenia would not join the Union State of Russia and Belarus.", "join"),
        ("The CSTO could not protect Armenia in September 2022.", "protect"),
        ("Azerbaijan neither signed nor ratified the Rome Statute.", "ratified"),
        ("Azerbaijan cancelled the talks in Washington in November 2023.", "talks"),
        ("Azerbaijan ruled out talks with Karabakh leaders.", "talks"),
    ],
    "hypothetical": [
        # a yes/no question leaves it open
        ("Did Russia shoot down the Malaysian airliner?", "shoot"),
        ("If Russia had intervened, the war could have ended sooner.", "intervened"),
        ("Russia could have intervened in the 2020 war.", "intervened"),
        ("The region may see normalisation between Ankara and Yerevan.", "see"),
        ("Turkey might open its border with Armenia.", "open"),
        ("Iran is likely to oppose the Zangezur corridor.", "oppose"),
        ("It is possible that Azerbaijan will launch another offensive.", "launch"),
        ("Will Moscow send more peacekeepers to the region?", "send"),
        ("If Armenia withdraws its troops, Azerbaijan will sign the treaty.", "sign"),
        ("Armenia and Azerbaijan would sign a peace deal if the border were demarcated.", "sign"),
        ("It is unlikely that Russia will intervene.", "intervene"),
        ("Perhaps Moscow will broker another ceasefire.", "broker"),
        ("The alleged shelling of Ganja killed civilians.", "shelling"),
    ],
    "normative": [
        ("The international community should support the peace process.", "support"),
        ("The peace process should be supported by the European Union.", "supported"),
        ("Yerevan must prioritise the demarcation of the border.", "prioritise"),
        ("Azerbaijan ought to release the Armenian prisoners.", "release"),
        ("It is necessary that both sides respect the ceasefire.", "respect"),
        ("The EU called on Azerbaijan to withdraw its troops.", "withdraw"),
        ("Armenia needs to diversify its security partnerships.", "diversify"),
        ("Armenia has to find new partners in the West.", "find"),
        ("Azerbaijan should not attack civilians.", "attack"),
        ("Armenia and Azerbaijan must talk even if they distrust each other.", "talk"),
    ],
    "intended": [
        # a proposal's clause in the bare subjunctive is proposed, not a fact
        ("France proposed that the European Union impose sanctions on Belarus.", "impose"),
        ("Brazil's president proposed that neutral countries mediate between Russia and Ukraine.", "mediate"),
        ("Armenia intends to apply for membership of the European Union.", "apply"),
        ("Turkey intends to normalise relations with Armenia.", "normalise"),
        ("Erdogan will visit Baku next week.", "visit"),
        ("The two ministers are set to meet in Almaty.", "meet"),
        ("Ankara aims to open the border by the end of the year.", "open"),
        ("Pashinyan is expected to attend the summit in Granada.", "attend"),
        ("Armenia and Azerbaijan agreed to hold talks next week.", "hold"),
        ("Lavrov said that Russia would send peacekeepers to the region.", "send"),
        ("Russia deployed peacekeepers to monitor the ceasefire line.", "monitor"),
        ("Talks are planned for next week in Washington.", "Talks"),
        ("Iran is ready to mediate between Baku and Yerevan.", "mediate"),
    ],
}

PARAMS = [
    pytest.param(sentence, word, modality, id=f"{modality}:{sentence[:40]}")
    for modality, cases in CASES.items()
    for sentence, word in cases
]


@pytest.mark.parametrize(("sentence", "word", "expected"), PARAMS)
def test_modality_classifies_sentence(token_of: Finder, sentence: str, word: str, expected: str) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


def test_modality_covers_every_modality() -> None:
    assert set(CASES) == set(MODALITIES)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Turkey supplied drones to Azerbaijan in 2020.", "supplied"),
        ("Israel struck targets in Iran in October 2024.", "struck"),
    ],
)
def test_modality_returns_a_known_modality(token_of: Finder, sentence: str, word: str) -> None:
    assert classify_modality(token_of(sentence, word)) in MODALITIES


def test_modality_reporting_verb_does_not_change_modality(token_of: Finder) -> None:
    plain = classify_modality(token_of("Turkey will open the border.", "open"))
    reported = classify_modality(token_of("Cavusoglu said that Turkey will open the border.", "open"))
    assert plain == reported == "intended"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The possibility of Russia withdrawing its peacekeepers from Karabakh was raised in 2023.",
            "withdrawing",
        ),
        (
            "The prospect of a Turkish withdrawal from northern Syria was a condition set by Damascus in 2023.",
            "withdrawal",
        ),
    ],
)
def test_modality_noun_of_possibility_makes_its_event_hypothetical(
    token_of: Finder, sentence: str, word: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == "hypothetical"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # saying it does it: a thanks, a welcome or congratulations of the speaker's own
        ("I would like to thank the government of Qatar for its mediation.", "thank", "asserted"),
        ("We want to congratulate Finland on joining NATO.", "congratulate", "asserted"),
        ("It is a pleasure to welcome the King of Jordan to Ankara.", "welcome", "asserted"),
        ("It is an honour to host the President of Brazil in Beijing.", "host", "asserted"),
        ("I am glad to welcome the Prime Minister of India in Moscow.", "welcome", "asserted"),
        # someone else's wish, a past wish, a refused one or a plain plan are not the deed
        ("Turkey would like to host the next round of talks.", "host", "intended"),
        ("She wanted to thank the Emir of Qatar in person.", "thank", "intended"),
        ("I would not like to thank anyone yet.", "thank", "negated"),
        ("It would be a pleasure to host the talks next year.", "host", "hypothetical"),
    ],
)
def test_modality_performative_is_asserted(token_of: Finder, sentence: str, word: str, expected: str) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # a deed named by a definite or possessed subject noun happened; the clause's modal is about it
        ("Qatar's mediation between Israel and Hamas should be supported.", "mediation", "asserted"),
        ("The blockade of Gaza may harm the peace talks.", "blockade", "asserted"),
        ("Russia's invasion of Ukraine could prompt Finland to join NATO.", "invasion", "asserted"),
        # but not when the verb says whether the deed happens, or the noun is indefinite
        ("The talks may take place in Doha next week.", "talks", "hypothetical"),
        ("An attack on Taiwan could start a wider war.", "attack", "hypothetical"),
    ],
)
def test_modality_presupposed_subject_deed_is_asserted(
    token_of: Finder, sentence: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(sentence, word)) == expected


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a conjunct with its own inflection is not under the first conjunct's "not"
        (
            "Turkey kept its distance, not recognising the annexation of Crimea and arming Ukraine.",
            "arming",
            "asserted",
        ),
        ("Hungary did not send weapons to Ukraine but accepted Ukrainian refugees.", "accepted", "asserted"),
        ("Turkey did not join the sanctions but sold drones to Ukraine.", "sold", "asserted"),
        # a bare verb sharing the auxiliary, or a list joined by "or", is
        ("Germany did not invade and occupy Switzerland in the Second World War.", "occupy", "negated"),
        ("India did not condemn Russia or impose sanctions on Moscow.", "impose", "negated"),
    ],
)
def test_modality_negation_of_one_conjunct_stays_there(
    token_of: Finder, text: str, word: str, modality: str
) -> None:
    assert classify_modality(token_of(text, word)) == modality


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fears of a war between China and Taiwan rose in 2022.", "war"),
        ("Warnings of a Russian invasion grew in January 2022.", "invasion"),
        ("The threat of sanctions hung over Iran in 2018.", "sanctions"),
    ],
)
def test_modality_deed_feared_or_warned_of_is_hypothetical(token_of: Finder, text: str, word: str) -> None:
    assert classify_modality(token_of(text, word)) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a past deed in a clause of time or cause is stated as a fact, also under a yes/no or rhetorical
        # question or a modal main clause
        ("Could Kyiv trust Moscow, when Russia had annexed Crimea in 2014?", "annexed", "asserted"),
        (
            "And how could Ankara not be pleased, when Zelensky even visited Istanbul in July 2023?",
            "visited",
            "asserted",
        ),
        (
            "Would anyone be surprised, when China held drills around Taiwan in August 2022?",
            "held",
            "asserted",
        ),
        ("But why would Finland stay out, when Russia invaded Ukraine in 2022?", "invaded", "asserted"),
        # a condition, a deed in the question itself or a clause of time to come stays open
        ("Could Tehran stay calm if Israel struck its nuclear sites?", "struck", "hypothetical"),
        ("Would Russia attack Finland?", "attack", "hypothetical"),
        ("Would NATO stay silent when Russia attacks the Baltic states?", "attacks", "hypothetical"),
    ],
)
def test_modality_past_clause_of_time_under_a_question_is_asserted(
    token_of: Finder, text: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(text, word)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "could see" / "could watch": the ability is the perceiver's; what was perceived happened
        ("We could see how Russian jets were pounding Aleppo in 2016.", "pounding", "asserted"),
        ("One could watch Israeli jets striking Gaza on live television in 2014.", "striking", "asserted"),
        ("Everyone could see that Russian artillery had shelled Kharkiv in 2022.", "shelled", "asserted"),
        ("You can see that Russia has cut gas supplies to Europe.", "cut", "asserted"),
        # but "could see" foreseeing a deed, a deed under another modal, or a clause of "whether" stays open
        ("We could see Chinese ships blockading Taiwan in a few years.", "blockading", "hypothetical"),
        ("Soon we could see Russia attack Moldova.", "attack", "hypothetical"),
        ("We will see whether Iran attacks Israel.", "attacks", "hypothetical"),
        ("Analysts could see that Russia would invade Ukraine.", "invade", "hypothetical"),
    ],
)
def test_modality_perceived_deed_under_could_is_asserted(
    token_of: Finder, text: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(text, word)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a second infinitive of a performative frame shares it
        (
            "It is a great honour to greet the President of Turkey and to host his delegation in Baku.",
            "host",
            "asserted",
        ),
        (
            "It is an honour to welcome the Chancellor of Germany and to host her delegation.",
            "host",
            "asserted",
        ),
        # an infinitive the parser hangs on the frame noun takes its clause's mood
        ("It would be an honour to host the President of France.", "host", "hypothetical"),
        (
            "It would be a pleasure to greet the King of Jordan and to host his ministers in Vienna.",
            "host",
            "hypothetical",
        ),
        ("Turkey could be the first NATO member to buy Chinese jets.", "buy", "hypothetical"),
        (
            "Poland was the first country to recognise Ukraine's independence in 1991.",
            "recognise",
            "asserted",
        ),
    ],
)
def test_modality_infinitive_of_a_frame_takes_the_frame_s_mood(
    token_of: Finder, text: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(text, word)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # (regression: already right before issue 9's sixth session) a parenthesis with a clause of its own
        # between two gerunds does not carry the first one's "not" over to the second
        (
            "Ankara's balancing act is risky, not recognising Russia's claim to Crimea as lawful (still, in "
            "2017, it chose to buy Russian missiles) and arming Ukraine with drones.",
            "arming",
            "asserted",
        ),
        (
            "Ankara's balancing act is risky, not recognising Russia's claim to Crimea as lawful (still, in "
            "2017, it chose to buy Russian missiles) and arming Ukraine with drones.",
            "recognising",
            "negated",
        ),
        (
            "Serbia went its own way, not imposing sanctions on Russia (despite pressure from Brussels) and "
            "signing a gas deal with Moscow.",
            "signing",
            "asserted",
        ),
        (
            "Serbia went its own way, not imposing sanctions on Russia (despite pressure from Brussels) and "
            "signing a gas deal with Moscow.",
            "imposing",
            "negated",
        ),
    ],
)
def test_modality_negation_of_a_gerund_skips_a_parenthesis_regression(
    token_of: Finder, text: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(text, word)) == expected


@pytest.mark.parametrize(
    ("text", "source", "modality"),
    [
        # a stated readiness to do good is an offer (CAMEO 03 "indicate willingness"): the offer is asserted
        ("In 2022 Turkey said it was ready to mediate between Russia and Ukraine.", "TUR", "asserted"),
        ("Russia was willing to give Edward Snowden asylum in 2013.", "RUS", "asserted"),
        ("Azerbaijan said it was ready to sign a peace treaty with Armenia.", "AZE", "asserted"),
        # also when the deed offered hangs on a condition
        (
            "Turkey said it was ready to host talks between Russia and Ukraine if both sides agreed.",
            "TUR",
            "asserted",
        ),
        # a readiness supposed or denied is no offer made
        ("Belarus would be ready to host the talks.", "BLR", "hypothetical"),
        ("Russia was not ready to withdraw its troops from Ukraine.", "RUS", "negated"),
    ],
)
def test_modality_readiness_to_cooperate_is_an_asserted_offer(
    code: Code, text: str, source: str, modality: str
) -> None:
    offers = of_type(code(text), "AGREE")
    assert offers, "no offer coded"
    assert ({a.code for a in offers[0].source}, offers[0].modality) == ({source}, modality)


@pytest.mark.parametrize(
    "text",
    [
        # a readiness to do harm stays a threat that is only supposed or intended; the harm itself is never
        # asserted
        "Iran said it was ready to strike Israel if attacked.",
        "Russia is ready to attack if NATO expands.",
        "Israel could attack Iran's nuclear sites.",
        "It would be a pleasure to visit Baku next year.",
    ],
)
def test_modality_readiness_or_ability_to_do_harm_asserts_no_deed(code: Code, text: str) -> None:
    asserted = [e for e in code(text) if e.modality == "asserted"]
    assert not asserted, [(e.event, e.cameo) for e in asserted]


_BALANCING = (
    "Erdogan's balancing is useful but risky to sustain, not recognising the Russian annexation of Crimea as "
    "lawful (still, in 2017, he rushed to buy Russian missiles) and arming Ukraine with drones."
)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a clause in brackets is stated on its own, though the parser hangs it on the negated gerund before
        # it; the gerund after the bracket is not under that "not" either
        (_BALANCING, "recognising", "negated"),
        (_BALANCING, "buy", "asserted"),
        (_BALANCING, "arming", "asserted"),
        # nor under the modal of the clause around it, and a condition after the bracket is not its own
        (
            "China could mediate the war (it brokered a deal between Saudi Arabia and Iran in 2023) if asked.",
            "brokered",
            "asserted",
        ),
        (
            "China could mediate the war (it brokered a deal between Saudi Arabia and Iran in 2023) if asked.",
            "mediate",
            "hypothetical",
        ),
        ("Hungary will not send arms (it also blocked EU aid in 2023) to Kyiv.", "blocked", "asserted"),
        ("Hungary will not send arms (it also blocked EU aid in 2023) to Kyiv.", "send", "negated"),
        # what the bracket itself denies stays denied
        (
            "Serbia kept buying Russian gas (it did not join the sanctions in 2022) and hosted Russian officials.",
            "join",
            "negated",
        ),
    ],
)
def test_modality_clause_in_brackets_is_stated_on_its_own(
    token_of: Finder, text: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(text, word)) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an evidential adjective on a deed noun hedges it, as "alleged" does
        (
            "Iran's reported missile deliveries to Russia angered Ukraine in 2024.",
            "deliveries",
            "hypothetical",
        ),
        (
            "The suspected Israeli strike on Iran's consulate in Damascus drew condemnation from Tehran in April 2024.",
            "strike",
            "hypothetical",
        ),
        (
            "Western officials cited unconfirmed shipments of Iranian missiles to Russia in early 2024.",
            "shipments",
            "hypothetical",
        ),
        # the deed the sentence states stays asserted, and a participle after the noun is no hedge
        ("Iran's reported missile deliveries to Russia angered Ukraine in 2024.", "angered", "asserted"),
        (
            "The strike reported by Syrian state media hit the consulate in Damascus in April 2024.",
            "hit",
            "asserted",
        ),
    ],
)
def test_modality_evidential_adjective_hedges_its_deed_noun(
    token_of: Finder, text: str, word: str, expected: str
) -> None:
    assert classify_modality(token_of(text, word)) == expected
