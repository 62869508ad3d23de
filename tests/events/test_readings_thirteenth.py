"""Event readings of the talk families by category, thirteenth session (issue 9, talk): commissive frames whose
deed is a restraint (an intention to yield, never a threat), harm said to be unavoidable ("would be forced to",
"would not hesitate to", "would have no choice but to": a threat to the party the condition names), idioms of
settling, refusing, asking for help and saying sorry, and verbs of complaint or charge with a "that" clause.

Each category is checked on several sentences written for these tests (true statements about real actors),
through the real pipeline (spaCy parse, actor resolver, event coder), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (readings thirteenth commitments to restraint)
        # T1: a restraint one commits oneself to is an intention to yield (035), not a threat ...
        (
            "Iran agreed in 2015 to limit its stockpile of enriched uranium to 300 kilograms.",
            "AGREE",
            "035",
            "IRN",
            None,
        ),
        (
            "North Korea pledged in 2005 to abandon all its nuclear weapons and existing nuclear programmes.",
            "AGREE",
            "035",
            "PRK",
            None,
        ),
        (
            "Mexico agreed in 2019 to curb the flow of Central American migrants towards the United States.",
            "AGREE",
            "035",
            "MEX",
            "USA",
        ),
        (
            "Greece pledged in 2015 to cut its pension spending in return for a third bailout.",
            "AGREE",
            None,
            "GRC",
            None,
        ),
        # ... forces promised for peacekeeping are an intention to provide it (0334) ...
        (
            "Bangladesh pledged in 2015 to provide more troops for UN peacekeeping missions.",
            "AGREE",
            "0334",
            "BGD",
            None,
        ),
        # ... while a vow of force against another party stays a threat
        (
            "Hezbollah vowed in 2015 to retaliate against Israel after an Israeli strike killed six of its fighters.",
            "THREATEN",
            None,
            None,
            "ISR",
        ),
        # (readings thirteenth idioms)
        # T3: agreement reached by an idiom of settling
        ("Israel and the PLO settled on a draft accord in Oslo in 1993.", "AGREE", "030", "ISR PSE", None),
        (
            "Iran and the IAEA arrived at an arrangement on inspections in Vienna in 2015.",
            "AGREE",
            "030",
            None,
            None,
        ),
        (
            "Hungary's parliament gave its consent in 2023 to Finland's membership of NATO.",
            "AGREE",
            "030",
            "HUN",
            None,
        ),
        # T4: refusals said as "said no to" and decisions against a deed
        (
            "Greek voters said no to the bailout terms of the international creditors in 2015.",
            "REJECT",
            "120",
            "GRC",
            None,
        ),
        ("Quebec voters said no to sovereignty in a referendum in 1995.", "REJECT", "120", None, None),
        (
            "Germany decided against sending Taurus cruise missiles to Ukraine in 2023.",
            "REJECT",
            "120",
            "DEU",
            "UKR",
        ),
        (
            "The United States decided against sending ground troops into Kosovo in 1999.",
            "REJECT",
            "120",
            "USA",
            None,
        ),
        # T5: help sought from a party to do a deed is an appeal to it
        ("Mali sought help from France to halt an Islamist advance in 2013.", "REQUEST", None, "MLI", "FRA"),
        (
            "Bahrain sought help from Saudi Arabia to put down protests in 2011.",
            "REQUEST",
            None,
            "BHR",
            "SAU",
        ),
        # T6: an apology said as "said sorry"
        (
            "Britain said sorry in 2013 to Kenyans tortured during the Mau Mau uprising.",
            "SUPPORT",
            "055",
            "GBR",
            "KEN",
        ),
        (
            "Japanese Prime Minister Tomiichi Murayama said sorry in 1995 for the suffering Japan had caused in Asia.",
            "SUPPORT",
            "055",
            "JPN",
            None,
        ),
        # (readings thirteenth second batch)
        # "be to V": a deed to come, stated, is a commitment (AGREE with the deed's sub-code)
        (
            "All American troops are to leave Afghanistan by September 11, Joe Biden said in 2021.",
            "AGREE",
            "0356",
            "USA",
            "AFG",
        ),
        (
            "France is to return 26 looted artworks to Benin, President Emmanuel Macron said in 2021.",
            "AGREE",
            None,
            "FRA",
            "BEN",
        ),
        # a refusal frame's gerund object, hung on the verb as an adverbial clause, refines the refusal
        (
            "Olaf Scholz ruled out in February 2023 sending fighter jets to Ukraine.",
            "REJECT",
            "1222",
            "DEU",
            "UKR",
        ),
        (
            "Theresa May ruled out in 2017 holding a second Scottish independence referendum before Brexit.",
            "REJECT",
            None,
            "GBR",
            None,
        ),
        # data shared (the parser's lemma of "data" is "datum")
        ("NATO allies shared radar data with Ukraine in 2023.", "COOPERATE", "064", None, "UKR"),
        # an offer or proposal thrown out is rejected
        ("Mahmoud Abbas threw out Donald Trump's peace proposal in 2020.", "REJECT", None, "PSE", "USA"),
        ("Hamas threw out an Egyptian truce proposal in 2014.", "REJECT", None, "PSE", "EGY"),
    ],
)
def test_readings_thirteenth_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # T2: harm said to be unavoidable, for the future, is a threat to the party the condition names
        (
            "Pakistan said in 2019 that it would not hesitate to retaliate if India attacked it again.",
            "PAK",
            "IND",
        ),
        (
            "Vladimir Putin said in 2007 that Russia would be forced to aim its missiles at Europe if the United States"
            " built a missile shield in Poland.",
            "RUS",
            None,
        ),
        (
            "Tayyip Erdogan said in 2019 that Turkey would have no choice but to launch its own offensive in northern"
            " Syria if the talks with Washington failed.",
            "TUR",
            None,
        ),
    ],
)
def test_readings_thirteenth_harm_said_to_be_unavoidable(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "THREATEN", None, source, target)


def test_readings_thirteenth_hesitation_without_not_is_no_threat(code: Code) -> None:
    no_event(code, "Germany hesitated for months in 2023 to send Leopard tanks to Ukraine.", "THREATEN")


def test_readings_thirteenth_compulsion_without_agent_is_no_coercion(code: Code) -> None:
    no_event(
        code,
        "Vladimir Putin said in 2007 that Russia would be forced to aim its missiles at Europe if the United States"
        " built a missile shield in Poland.",
        "COERCE",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The delegation arrived at the airport in Oslo in 1993.",
        "The Kremlin said no decision had been taken on a summit in 2021.",
        "Colombia sought to end its war with the FARC in 2015.",
    ],
)
def test_readings_thirteenth_idiom_look_alikes(code: Code, text: str) -> None:
    # (an arrival at a place, "no" as a determiner, seeking a deed of one's own: no agreement, refusal or appeal)
    events = code(text)
    assert not [e for e in events if e.event in ("REJECT", "REQUEST") or e.cameo == "030"], events


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # a verb of disapproval with a "that" clause is the complaint or the charge, aimed at the one charged
        (
            "Pakistan complained to the UN Security Council in 2019 that India had illegally changed the status of"
            " Kashmir.",
            "114",
            "PAK",
            "IND",
        ),
        (
            "Greece complained in 2021 that Turkish jets had violated its airspace over the Aegean.",
            "114",
            "GRC",
            "TUR",
        ),
        (
            "Ukraine charged in 2015 that Russian troops were fighting alongside the separatists in the Donbas.",
            "112",
            "UKR",
            "RUS",
        ),
        (
            "Israel alleged in 2023 that Hamas was using hospitals in Gaza as command centres.",
            "112",
            "ISR",
            "PSE",
        ),
    ],
)
def test_readings_thirteenth_complaints_with_a_that_clause(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, "ACCUSE", cameo, source, target)
    assert len(code(text)) == 1  # the charge carries its clause: no deed told as done beside it


def test_readings_thirteenth_be_to_needs_a_party(code: Code) -> None:
    assert code("The plan is to hold elections in March.") == []


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a vote that adopts a deed is the body's deed, done by the vote (roles3's request)
        (
            "The US Senate voted in 1999 to reject the Comprehensive Nuclear-Test-Ban Treaty.",
            "REJECT",
            "120",
            "USA",
            None,
        ),
        (
            "Turkey's parliament voted in 2023 to ratify Finland's accession to NATO.",
            "SUPPORT",
            "057",
            "TUR",
            "FIN",
        ),
        ("The Arab League voted in 2011 to suspend Syria.", "SANCTION", None, None, "SYR"),
    ],
)
def test_readings_thirteenth_votes_adopt_their_deed(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)
    assert [e.modality for e in code(text) if e.event == plover] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # "no longer" negates a deed to come as "not" does: a refusal
        (
            "The United States said in 2019 it would no longer abide by the INF treaty with Russia.",
            "REJECT",
            "USA",
            None,
        ),
        (
            "Mahmoud Abbas said in 2017 that the Palestinians would no longer accept Washington as a mediator.",
            "REJECT",
            "PSE",
            "USA",
        ),
        # a party named by a word that condemns it is denounced (111), not telephoned
        ("Ronald Reagan called the Soviet Union an evil empire in 1983.", "ACCUSE", "USA", "RUS"),
        (
            "George W. Bush called Iran, Iraq and North Korea an axis of evil in 2002.",
            "ACCUSE",
            "USA",
            "IRN IRQ PRK",
        ),
        (
            "Hugo Chavez called George W. Bush the devil at the UN General Assembly in 2006.",
            "ACCUSE",
            "VEN",
            "USA",
        ),
    ],
)
def test_readings_thirteenth_no_longer_and_names_that_condemn(
    code: Code, text: str, plover: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, None, source, target)


def test_readings_thirteenth_a_friendly_name_is_no_denunciation(code: Code) -> None:
    assert not [
        e for e in code("Emmanuel Macron called Joe Biden a friend of France in 2021.") if e.event == "ACCUSE"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a party singled out for criticism, or as a word that condemns it, is denounced (111)
        ("Donald Trump singled out Germany for criticism at the NATO summit in 2018.", "USA", "DEU"),
        ("George W. Bush singled out North Korea as a rogue state in 2002.", "USA", "PRK"),
    ],
)
def test_readings_thirteenth_singled_out(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "111", source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a deed called, branded or declared by a predicate that condemns it is denounced (111), not a phone call
        ("China called the American move provocative in 2019.", "CHN"),
        ("Russia called the sanctions illegal in 2014.", "RUS"),
        ("Iran called the decision unacceptable in 2018.", "IRN"),
        ("Beijing called the visit a serious provocation.", "CHN"),
    ],
)
def test_readings_thirteenth_predicates_that_condemn(code: Code, text: str, source: str) -> None:
    some_event(code, text, "ACCUSE", "111", source, None)


def test_readings_thirteenth_a_plain_judgement_is_no_call(code: Code) -> None:
    assert code("The Kremlin called the talks constructive in 2021.") == []
    some_event(code, "Joe Biden called Xi Jinping in 2021.", "CONSULT", "041", "USA", "CHN")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a deed of one's own to come on another party's condition is an offer to that party
        (
            "North Korea said in 2003 it would freeze its nuclear programme if Washington took it off the list of"
            " state sponsors of terrorism.",
            "PRK",
            "USA",
        ),
        ("Hamas said in 2023 it would free foreign hostages if Israel halted its air strikes.", "PSE", "ISR"),
        (
            "Iran said in 2019 it would return to the nuclear deal if Washington lifted its sanctions.",
            "IRN",
            "USA",
        ),
    ],
)
def test_readings_thirteenth_offers_go_to_the_condition(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "AGREE", None, source, target)
