"""Talk-family readings, thirty-third session (talk23; issue 9).

The alternatives of an ultimatum are read from data with what each verb needs (`coder_words.alternative_verbs`), no
longer from literals in the code; a party named only in the topic phrase of a one-doer reciprocal reading ("negotiated
with X over Y") is no partner, nor one named in an "of" phrase on a topic noun ("on the future of Hong Kong"). Attacks
made in words (by a radio or the press, in a speech or a letter, on a doctrine) criticise (111); older verbs of demand
and appeal ("challenged X to", "beseeched", "enjoined"); rejections, mediation and blame told as idioms ("would have
none of", "set its face against", "served as intermediary", "laid X at Y's door"); forgiveness granted (056); what a
message says ("cabled X, appealing to them to ...") is the news, not the cable. Each checked through the real pipeline on sentences written for these tests (true
statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.errors import LexiconError
from realpolitik.events import knowledge

from .helpers import Code, no_event, some_event


def _swap_alternatives(monkeypatch: pytest.MonkeyPatch, words: dict[str, Any]) -> None:
    load = knowledge.load_data
    data = {**load(knowledge.CODER_WORDS), "alternative_verbs": {"why": "x", "words": words}}
    monkeypatch.setattr(
        knowledge, "load_data", lambda wanted: data if wanted == knowledge.CODER_WORDS else load(wanted)
    )
    knowledge.coder_words.cache_clear()
    knowledge.alternative_verbs.cache_clear()


def test_alternative_verbs_say_what_each_needs() -> None:
    needs = knowledge.alternative_verbs()
    assert needs["lose"] == {"object"} and needs["see"] == {"clause"}
    assert needs["risk"] == {"consequence_object", "gerund"}


def test_an_unknown_need_of_an_alternative_verb_is_named(
    monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None
) -> None:
    _swap_alternatives(monkeypatch, {"lose": ["objekt"]})
    with pytest.raises(LexiconError) as caught:
        knowledge.alternative_verbs()
    message = str(caught.value)
    assert "coder_words.json" in message and "alternative_verbs.lose" in message and "objekt" in message


REAGAN = "Ronald Reagan told the striking air traffic controllers to return to work within 48 hours or lose their jobs."


def test_the_needs_of_an_alternative_verb_come_from_the_data(
    code: Code, monkeypatch: pytest.MonkeyPatch, fresh_knowledge: None
) -> None:
    some_event(code, REAGAN, "THREATEN", "139", "USA", None)
    # "lose" needing a clause of what is done ("or see Prague bombed") no longer takes "their jobs"
    _swap_alternatives(monkeypatch, {"lose": ["clause"], "forfeit": ["object"]})
    some_event(code, REAGAN, "REQUEST", None, "USA", None, absent=("THREATEN",))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Henry Kissinger negotiated with Le Duc Tho over Vietnam in Paris.", "USA"),
        ("The American envoy talked with the guerrilla commander about Angola.", "USA"),
        ("The Norwegian mediator talked with the rebel leaders about Sri Lanka.", "NOR"),
    ],
)
def test_one_doers_topic_is_no_partner(code: Code, text: str, source: str) -> None:
    """A reciprocal reading with one doer whose partner is no known actor: the country of the topic phrase is
    not the target."""
    some_event(code, text, "CONSULT", None, source, "")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Moscow radio attacked Albania's leaders.", "RUS", "ALB"),
        ("The Chinese Communist Party attacked Soviet revisionism in a letter.", "CHN", "RUS"),
        ("The Soviet press attacked President Carter's human rights campaign.", "RUS", "USA"),
        ("Pravda attacked the American bombing of Hanoi in an editorial.", None, "USA"),
        ("Tito attacked Stalinism in a speech at Pula.", None, None),
    ],
)
def test_an_attack_in_words_criticises(code: Code, text: str, source: str | None, target: str | None) -> None:
    some_event(code, text, "ACCUSE", "111", source, target, absent=("ASSAULT",))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iraqi troops attacked Iranian positions near Basra.", "190"),
        ("Israeli jets attacked Palestinian bases in Lebanon.", "195"),
    ],
)
def test_an_armed_attack_keeps_its_reading(code: Code, text: str, cameo: str) -> None:
    some_event(code, text, "ASSAULT", cameo, None, None, absent=("ACCUSE",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Boris Yeltsin challenged Mikhail Gorbachev on Soviet television to step down.", "RUS", "RUS"),
        ("Pope John Paul II beseeched Argentina and Britain to avoid war.", "VAT", "ARG GBR"),
        ("The General Assembly enjoined Israel to withdraw its forces from Sinai.", None, "ISR"),
    ],
)
def test_older_verbs_of_demand_and_appeal(code: Code, text: str, source: str | None, target: str) -> None:
    some_event(code, text, "REQUEST", None, source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Emperor Haile Selassie would have none of the British and French plan to hand much of Ethiopia to "
            "Italy.",
            "ETH",
        ),
        ("Britain set its face against the French proposal for a European army.", "GBR"),
        ("The Soviet Union gave short shrift to the Baruch Plan.", "RUS"),
    ],
)
def test_rejections_told_as_idioms(code: Code, text: str, source: str) -> None:
    some_event(code, text, "REJECT", "120", source, None)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Algeria served as intermediary between the United States and Iran.", "045", "DZA", "USA IRN"),
        (
            "Norwegian diplomats acted as go-betweens for Israel and the Palestine Liberation Organisation.",
            "045",
            "NOR",
            None,
        ),
        (
            "Switzerland used its good offices to carry messages between Washington and Havana.",
            "045",
            "CHE",
            None,
        ),
        ("Pope John Paul II offered his good offices to Argentina and Chile.", "039", "VAT", "ARG CHL"),
    ],
)
def test_mediation_told_as_a_role(code: Code, text: str, cameo: str, source: str, target: str | None) -> None:
    some_event(code, text, "CONSULT" if cameo == "045" else "AGREE", cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # blame laid at a door
        (
            "Washington laid the downing of the Korean airliner at Moscow's door.",
            "ACCUSE",
            "112",
            "USA",
            "RUS",
        ),
        # a cable alone is a contact
        ("President Roosevelt cabled Hitler in April 1939.", "CONSULT", None, "USA", "DEU"),
        # a state condemning a film keeps its reading
        ("China condemned the film about the Dalai Lama.", "ACCUSE", "111", "CHN", None),
    ],
)
def test_talk23_thirtythird_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "President Roosevelt cabled Hitler and Mussolini, appealing to them to promise not to attack their "
            "neighbours.",
            "REQUEST",
            "USA",
            "DEU ITA",
        ),
        (
            "Harold Wilson telephoned Ian Smith, urging him not to declare independence.",
            "REQUEST",
            "GBR",
            "ZWE",
        ),
        (
            "Nikita Khrushchev sent a letter to John F. Kennedy, offering to remove the missiles from Cuba if the "
            "United States pledged not to invade the island.",
            "AGREE",
            "RUS",
            None,
        ),
        (
            "Polish bishops wrote to their German counterparts, granting forgiveness and asking for it in return.",
            "SUPPORT",
            "POL",
            "DEU",
        ),
    ],
)
def test_what_a_message_says_is_the_news(
    code: Code, text: str, plover: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, None, source, target, absent=("CONSULT",))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Britain and China opened formal negotiations on the future of Hong Kong.", "GBR CHN"),
        ("Portugal and Indonesia negotiated over the fate of East Timor.", "PRT IDN"),
    ],
)
def test_the_party_of_a_topic_nouns_of_phrase_is_no_partner(code: Code, text: str, source: str) -> None:
    some_event(code, text, "CONSULT", "046", source, "")


def test_shuttle_diplomacy_mediates(code: Code) -> None:
    some_event(code, "Henry Kissinger shuttled between Egypt and Israel.", "CONSULT", "045", "USA", "EGY ISR")
    no_event(code, "Ferries shuttled between Dover and Calais.")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain attributed the bombing to Libya.", "GBR", "LBY"),
        ("The United States traced the bombing to Libyan agents.", "USA", "LBY"),
    ],
)
def test_a_deed_attributed_to_a_party_is_blame(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "112", source, target, absent=("ASSAULT",))


@pytest.mark.parametrize(
    "text",
    [
        "Paris critics attacked Igor Stravinsky's Rite of Spring after its first performance.",
        "The audience jeered the opera at its premiere in Milan.",
    ],
)
def test_critics_judging_a_work_of_art_is_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bank of England warned that inflation would rise to about 5 percent by the spring.",
        "The International Monetary Fund warned that global growth would slow sharply next year.",
        "The World Health Organization warned that the virus would spread to more countries.",
    ],
)
def test_a_forecast_warned_of_threatens_no_one(code: Code, text: str) -> None:
    no_event(code, text, "THREATEN")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Moscow warned that prices for Ukraine would rise if Kyiv did not pay its gas debts.", "UKR"),
        ("Iran warned that its missiles would hit American bases.", "USA"),
    ],
)
def test_a_warning_on_a_condition_or_of_a_deed_still_threatens(code: Code, text: str, target: str) -> None:
    some_event(code, text, "THREATEN", None, None, target)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Argentina concluded a set of pacts at Santiago.",
        "Chile and Argentina concluded at Santiago a set of pacts that bind them to arbitration.",
    ],
)
def test_a_set_of_pacts_concluded_is_a_signing(code: Code, text: str) -> None:
    some_event(code, text, "SUPPORT", "057", "CHL ARG", "")


def test_functioning_as_mediator_mediates_and_functioning_alone_is_nothing(code: Code) -> None:
    some_event(code, "Egypt functioned as mediator between Israel and Hamas.", "CONSULT", "045", "EGY", None)
    no_event(code, "The pipeline functioned again on Monday.")


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("The European Court of Human Rights held Britain in breach of the convention.", "116", "GBR"),
        ("The tribunal declared China in breach of the law of the sea.", "116", "CHN"),
        ("Britain held Iran in breach of the nuclear deal.", "112", "IRN"),
    ],
)
def test_a_party_held_in_breach(code: Code, text: str, cameo: str, target: str) -> None:
    some_event(code, text, "ACCUSE", cameo, None, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("His Majesty's Government protested to Berlin.", "GBR", "DEU"),
        ("The Porte protested to Athens.", "TUR", "GRC"),
        ("The Ballhausplatz protested to Belgrade.", "AUT", "SRB"),
    ],
)
def test_older_seats_of_government_stand_for_their_states(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "ACCUSE", "114", source, target)
