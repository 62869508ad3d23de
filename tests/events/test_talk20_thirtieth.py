"""Talk-family readings, thirtieth session (talk20; issue 9).

Name-calling told as a party described, portrayed or denounced "as" a name of abuse, or as a name of abuse said of a
party in a reported clause ("said X was a war criminal"), is criticism (111); visits told by the stop ("paid a call
on", "stopped in", "made X the first stop of a trip") are visits (042); a vow to retaliate for something is a threat
(13x), and a retaliation told by its means is read at the means. Each checked through the real pipeline on sentences
written for these tests (true statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hugo Chavez described George W. Bush as the devil.", "VEN", "USA"),
        ("North Korea's state news agency described Joe Biden as a fool of low IQ.", "PRK", "USA"),
        ("Joe Biden said Vladimir Putin was a war criminal.", "USA", "RUS"),
        ("Donald Trump said Kim Jong Un was a madman.", "USA", "PRK"),
    ],
)
def test_name_of_abuse_given_to_a_party(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "111", source, target)


@pytest.mark.parametrize(
    "text",
    [
        # (description without abuse is no criticism)
        "The prime minister described the visit as a success.",
        "The president said the man was a police officer.",
        # (court finding of no wrong is no judgement)
        "The European Court of Human Rights found that Britain had not subjected the internees to torture.",
        "The International Court of Justice ruled that Norway had the right to draw straight baselines.",
        "The tribunal found that Croatia had failed to prove its case of genocide.",
        "Belgium has no right to press a claim against Spain for the shareholders, the International Court of Justice ruled.",
    ],
)
def test_descriptions_and_findings_of_no_wrong_are_no_criticism(code: Code, text: str) -> None:
    no_event(code, text, "ACCUSE")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Queen Elizabeth II paid a call on Pope Francis at the Vatican.", "GBR", "VAT"),
        ("The American secretary of state stopped in Islamabad on his way to Beijing.", "USA", "PAK"),
        (
            "Barack Obama made Ankara the first stop of his first visit to a Muslim-majority country as president.",
            "USA",
            "TUR",
        ),
    ],
)
def test_visit_told_by_the_stop(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "CONSULT", "042", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "The president stopped in front of the cameras.",
        "The convoy stopped in Kabul.",
    ],
)
def test_stopping_that_is_no_visit(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # vow to retaliate for a deed is a threat
        (
            "Hezbollah vowed to retaliate for the killing of its commander by Israel.",
            "THREATEN",
            None,
            "LBN",
            None,
            ("AGREE",),
        ),
        # retaliation told by its means is read at the means
        (
            "Iran retaliated for the killing of Qassem Soleimani by firing missiles at American bases in Iraq.",
            "ASSAULT",
            None,
            "IRN",
            "USA",
            ("ACCUSE",),
        ),
        # trade union stays a protester
        (
            "Poland's Solidarity union staged a four-hour nationwide warning strike.",
            "PROTEST",
            "143",
            "POL",
            None,
            (),
        ),
        # a party reached by phone is called not visited
        (
            "The American president reached the Ukrainian president by phone.",
            "CONSULT",
            "041",
            "USA",
            "UKR",
            (),
        ),
        # court named by its rank alone is of the country it judges
        (
            "The Supreme Court ordered Jair Bolsonaro to hand over his passport.",
            "REQUEST",
            None,
            "BRA",
            "BRA",
            (),
        ),
        # taking over stays a seizure
        ("Israel took over the border crossing.", "COERCE", "192", "ISR", None, ("ACCUSE",)),
        # setting foot in a country is a visit
        ("Richard Nixon set foot in China for the first time.", "CONSULT", "042", "USA", "CHN", ()),
        # haggling is negotiation
        (
            "India and Pakistan haggled over the terms of the Simla agreement.",
            "CONSULT",
            "046",
            "IND PAK",
            None,
            (),
        ),
        # assent to a judgement is the judgement
        (
            "In a television interview Joe Biden agreed that Vladimir Putin was a killer.",
            "ACCUSE",
            "111",
            "USA",
            "RUS",
            ("AGREE",),
        ),
        # agreement that a deed will be done stays an agreement
        ("India and Pakistan agreed that their troops would pull back.", "AGREE", None, "IND PAK", None, ()),
        # order to another partys forces is a demand
        (
            "The European Community told the Yugoslav federal army to return to its barracks.",
            "REQUEST",
            None,
            "IGO-EU",
            "SRB",
            ("RETREAT",),
        ),
        # order to ones own forces stays their withdrawal
        (
            "Vladimir Putin ordered Russian troops to withdraw from the border.",
            "RETREAT",
            None,
            "RUS",
            None,
            (),
        ),
    ],
)
def test_talk20_thirtieth_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


@pytest.mark.parametrize(
    "text",
    [
        "The European Union blocked the merger of General Electric and Honeywell.",
        "The Soviet Union walked out of the Security Council over the seating of Nationalist China.",
    ],
)
def test_state_or_body_named_union_is_no_protester(code: Code, text: str) -> None:
    no_event(code, text, "PROTEST")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The European Court of Human Rights ruled that Britain had subjected the internees to degrading treatment.",
            "GBR",
        ),
        (
            "The International Court of Justice found that the United States had acted unlawfully by mining the harbours.",
            "USA",
        ),
        (
            "Iceland had no right to extend its fishing limits to 50 miles, the International Court of Justice ruled.",
            "ISL",
        ),
        ("The European Court of Justice found that Poland had flouted European Union law.", "POL"),
        (
            "The European Court of Human Rights found that Russia had discriminated against gay activists.",
            "RUS",
        ),
    ],
)
def test_court_finding_of_a_wrong_told_with_other_words(code: Code, text: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "116", None, target)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Leonid Brezhnev played host to Richard Nixon in Moscow.", "043", "RUS", "USA"),
        ("Fidel Castro entertained the Soviet premier in Havana.", "043", "CUB", "RUS"),
        ("The German chancellor wound up a visit to China on Friday.", "042", "DEU", "CHN"),
        ("Pope Benedict XVI reached Beirut on Friday.", "042", "VAT", "LBN"),
    ],
)
def test_hosting_and_visits_told_without_the_usual_verb(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, "CONSULT", cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (talk idioms of wire style)
        (
            "The Kremlin poured scorn on the American proposal for deep cuts in strategic missiles.",
            "ACCUSE",
            "111",
            "RUS",
            "USA",
        ),
        ("Fidel Castro railed against the American embargo.", "ACCUSE", "111", "CUB", "USA"),
        ("India took Pakistan to task over the Mumbai attacks.", "ACCUSE", "111", "IND", "PAK"),
        ("Moscow handed a note of protest to the Japanese ambassador.", "ACCUSE", "114", "RUS", "JPN"),
        ("North Korea shrugged off the criticism.", "REJECT", "120", "PRK", None),
        (
            "Britain and Iceland patched up their quarrel over fishing rights.",
            "SUPPORT",
            "050",
            "GBR ISL",
            None,
        ),
        ("Moscow rattled its sabre at Peking.", "THREATEN", "138", "RUS", "CHN"),
        # (support agreement and cooperation told by a set phrase)
        ("Pakistan fell in with the American plan.", "AGREE", "030", "PAK", "USA"),
        ("Britain lent its voice to the call for a ceasefire.", "SUPPORT", "051", "GBR", None),
        ("Turkey lined up behind NATO.", "SUPPORT", "051", "TUR", "IGO-NATO"),
        ("Anwar Sadat made overtures to Israel.", "AGREE", "030", "EGY", "ISR"),
        ("Cairo put out feelers to Washington.", "CONSULT", "040", "EGY", "USA"),
        ("Egypt and Syria pooled their armies.", "COOPERATE", "060", "EGY SYR", None),
        ("The Soviet Union shared its nuclear secrets with China.", "COOPERATE", "064", "RUS", "CHN"),
    ],
)
def test_talk_idioms_and_set_phrases(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # falling behind is no support
        ("Turkey fell behind in its payments to the fund.", "SUPPORT"),
        # a wall going up is no journey
        ("The Berlin Wall went up overnight.", "CONSULT"),
    ],
)
def test_talk20_thirtieth_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden bumped fists with the Saudi crown prince in Jeddah.",
        "The crisis rattled Beijing.",
        "The Indian prime minister entertained hopes of a deal with Pakistan.",
    ],
)
def test_bare_verbs_of_set_phrases_name_no_event(code: Code, text: str) -> None:
    no_event(code, text, "ASSAULT", "THREATEN", "CONSULT")
