"""Event readings by category, twenty-first session (issue 9, talk10): checked on sentences written for these tests
(true statements about real events) through the real pipeline, with look-alikes that keep their own reading. A
source or target left as None is not checked here.

- A vote that adopts a demand is the demand, read at its own frame word ("voted to demand that X ..."); a proposal
  voted down is rejected, its "to" clause only telling what it proposed.
- "called X a <epithet>" names X: an insult is criticism (111), never a telephone call; a plain call stays one.
- Support or backing thrown behind a party, or coming out for it, is an endorsement (051).
- A deal closed, shaken on, settled on, or its terms settled, and common ground found, are agreements (030; a
  ceasefire's or a truce's 0356).
- The red carpet rolled out for a guest, a guest treated to a dinner, a welcome laid on: hosting (043); a leader
  touching down in a named place visits it (042).
- A person delivered into a court's custody is handed over for justice (063).
- A verb conjoined to a reported clause is reported too: "X has lost his legitimacy and must leave, Y said" is Y's
  demand on X.
- A deed the lexicon does not know, vowed against another party, is a threat (130), not a promise.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (votes adopt their deed)
        (
            "The U.N. General Assembly voted in March 2022 to demand that Russia withdraw its forces from Ukraine.",
            "REQUEST",
            None,
            "IGO-UNGA",
            "RUS",
        ),
        (
            "Irish voters voted down a proposal to abolish the Senate in a referendum in October 2013.",
            "REJECT",
            "120",
            "IRL",
            None,
        ),
        # (talk idioms second batch)
        # "called on" a party with no clause of what is asked is a visit
        (
            "Hungarian Prime Minister Viktor Orban called on Xi Jinping in Beijing in October 2023.",
            "CONSULT",
            "042",
            "HUN",
            "CHN",
        ),
        # saying no, with the "to" phrase away from the verb; signatures withheld; a memorandum declared void
        (
            "Greek voters said no by a wide margin to the creditors' bailout terms in a referendum in July 2015.",
            "REJECT",
            "120",
            "GRC",
            None,
        ),
        (
            "India withheld its signature from the final communique of the Ukraine peace summit in June 2024.",
            "REJECT",
            "120",
            "IND",
            None,
        ),
        (
            "Somalia declared void in January 2024 a memorandum that would give Ethiopia a naval base.",
            "REJECT",
            "127",
            "SOM",
            None,
        ),
        # arrest warrants sought are a prosecutor's charge
        (
            "The ICC prosecutor sought arrest warrants for Benjamin Netanyahu in May 2024.",
            "ACCUSE",
            "112",
            "IGO-ICC",
            "ISR",
        ),
        # an insult in a person's naming wins over the phone call the person would otherwise name
        (
            "Javier Milei called Brazil's President Luiz Inacio Lula da Silva a corrupt communist in 2023.",
            "ACCUSE",
            "111",
            "ARG",
            "BRA",
        ),
        # harm suggested or hinted as done by a party is an accusation of it
        (
            "Nicolas Maduro hinted in March 2019 that the United States had sabotaged the Guri dam.",
            "ACCUSE",
            "112",
            "VEN",
            "USA",
        ),
    ],
)
def test_votes_and_talk_idioms(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_a_vote_to_demand_is_no_agreement(code: Code) -> None:
    no_event(
        code,
        "The U.N. General Assembly voted in March 2022 to demand that Russia withdraw its forces from Ukraine.",
        "AGREE",
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kim Jong Un called Donald Trump a dotard in September 2017.", "PRK", "USA"),
        ("Donald Trump called Kim Jong Un a madman in September 2017.", "USA", "PRK"),
    ],
)
def test_insulting_epithets_are_criticism(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "111", source, target)


def test_a_naming_is_no_phone_call_but_a_call_is(code: Code) -> None:
    no_cameo(code, "Donald Trump called Xi Jinping a great leader in 2019.", "041")
    some_event(code, "Joe Biden called Volodymyr Zelensky in February 2022.", "CONSULT", "041", "USA", "UKR")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Barack Obama threw his support behind Joe Biden in April 2020.", "USA", "USA"),
        ("Barack Obama came out for Hillary Clinton in June 2016.", "USA", None),
    ],
)
def test_support_thrown_behind_or_coming_out_for_is_endorsement(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "SUPPORT", "051", source, target)


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        (
            "The European Union and Mercosur closed a trade deal in June 2019 after twenty years of talks.",
            "030",
            "IGO-EU IGO-MERCOSUR",
        ),
        (
            "Vladimir Putin and Recep Tayyip Erdogan shook on a ceasefire for Idlib in Moscow in March 2020.",
            "0356",
            "RUS TUR",
        ),
        (
            "Russia and Ukraine settled the terms of a ceasefire in Minsk in September 2014.",
            "0356",
            "RUS UKR",
        ),
        (
            "India and China found common ground on border patrols in October 2024.",
            "030",
            "IND CHN",
        ),
    ],
)
def test_agreement_idioms(code: Code, text: str, cameo: str, source: str) -> None:
    some_event(code, text, "AGREE", cameo, source, None)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "Narendra Modi rolled out the red carpet for Xi Jinping in Ahmedabad in September 2014.",
            "043",
            "IND",
            "CHN",
        ),
        (
            "Xi Jinping laid on a lavish welcome for Vladimir Putin in Beijing in May 2024.",
            "043",
            "CHN",
            "RUS",
        ),
        (
            "Emmanuel Macron treated Donald Trump to dinner at the Eiffel Tower in July 2017.",
            None,
            "FRA",
            "USA",
        ),
        ("Narendra Modi touched down in Kathmandu in August 2014.", "042", "IND", "NPL"),
    ],
)
def test_hosting_and_visiting_idioms(code: Code, text: str, cameo: str, source: str, target: str) -> None:
    some_event(code, text, "CONSULT", cameo, source, target)


def test_a_probe_touching_down_visits_no_one(code: Code) -> None:
    no_event(
        code, "China's Chang'e 4 probe touched down on the far side of the moon in January 2019.", "CONSULT"
    )


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # delivered into a courts custody is judicial cooperation
        (
            "Ivory Coast delivered Laurent Gbagbo into the custody of the International Criminal Court in November 2011.",
            "COOPERATE",
            "063",
            "CIV",
            None,
        ),
        # a conjoined reported obligation is a demand
        (
            "Muammar Gaddafi has lost his legitimacy and must leave, Barack Obama said in March 2011.",
            "REQUEST",
            None,
            "USA",
            "LBY",
        ),
        # an unknown deed vowed against another party is a threat
        (
            "Tony Abbott vowed in October 2014 to shirtfront Vladimir Putin over the downing of flight MH17.",
            "THREATEN",
            "130",
            "AUS",
            "RUS",
        ),
        # calling on with a clause stays an appeal
        ("Germany called on Iran in July 2019 to release the British tanker.", "REQUEST", None, "DEU", "IRN"),
    ],
)
def test_talk_twentyfirst_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_a_vow_of_ones_own_deed_stays_a_promise(code: Code) -> None:
    no_event(code, "Joe Biden vowed in 2021 to rebuild America's alliances.", "THREATEN")


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        (
            "The U.N. Security Council adopted a resolution condemning Israeli settlement building in December 2016.",
            "ACCUSE",
            "IGO-UNSC",
            None,
        ),
        (
            "The U.S. House of Representatives voted in October 2019 for a resolution opposing Donald Trump's withdrawal "
            "of troops from northern Syria.",
            "REJECT",
            "USA",
            None,
        ),
    ],
)
def test_a_resolution_adopted_is_its_own_deed(
    code: Code, text: str, plover: str, source: str, target: str
) -> None:
    events = code(text)
    some_event(code, text, plover, None, source, target)
    assert all(e.event not in ("SUPPORT", "AGREE") for e in events), events


def test_a_suggestion_of_talks_is_no_accusation(code: Code) -> None:
    no_event(code, "Emmanuel Macron suggested in 2019 that talks with Russia should resume.", "ACCUSE")


def test_a_space_probe_that_lands_is_no_inquiry(code: Code) -> None:
    no_event(
        code, "China's Chang'e-5 probe landed on the moon in December 2020 to collect rock samples.", "ACCUSE"
    )
