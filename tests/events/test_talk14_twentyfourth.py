"""Event readings by category, twenty-fourth session (issue 9, talk14): words of speech, request or order that wrap a
deed, checked on sentences written for these tests (true statements about real events) through the real pipeline, with
look-alikes that keep their own reading. A source or target left as None is not checked here.

- An order to one's own forces to begin or start a withdrawal ("ordered the bulk of its forces to start pulling out")
  is the withdrawal (0874), as an order to withdraw is: a verb of beginning names no deed, the verb it governs does.
  Another party urged to begin withdrawing is still asked to (a demand).
- Any deed of force, posture, yielding or help ordered to one's own forces or commanders ("ordered his forces to
  retake Benghazi") is the commander's deed, as the withdrawal is; an order to another party ("told the rebels to
  release the hostages"), or a court's order, stays a demand.
- Soldiers who "came to blows" (deeds14's entry), "traded blows" or "scuffled" fought (190, both sides its doers);
  lawmakers who trade punches do no act of force between parties.
- A party that says it will not accept, seek or run for an office ("would not seek another term", "would not run for
  the leadership") gives the office up (0831, CONCEDE), as a resignation announced is; "would not accept" a proposal
  stays a rejection.
- A sum of money a party will pay another ("will pay France 480 million pounds") is economic aid promised (0331), paid
  it is aid (071); "will pay a heavy price" is no sum.
- A deed under "no mandate to" is refused (12x), as under "no intention of" (talk13).
- A named party one says one will not arrest ("would not arrest Putin if he came") is refused to those who want him
  (1213, as "would not extradite X"), not threatened; an arrest made stays an arrest.
- Asking named on a thing by a participle ("the reforms demanded by its creditors", "weapons requested by Kyiv") is no
  request of its own: the clause's own deed is the news.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin ordered the bulk of Russia's forces in Syria to start withdrawing in December 2017.",
        "Donald Trump ordered the American troops in northern Syria to begin pulling out in October 2019.",
        "Joe Biden ordered the American troops in Afghanistan to start pulling out in April 2021.",
    ],
)
def test_an_order_to_own_forces_to_begin_a_withdrawal_is_the_withdrawal(code: Code, text: str) -> None:
    some_event(code, text, "RETREAT", "0874", None, None, absent=("REQUEST",))


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        ("Muammar Gaddafi ordered his forces to retake Benghazi in March 2011.", "ASSAULT", "LBY"),
        (
            "Bashar al-Assad ordered his troops to open fire on protesters in Deraa in March 2011.",
            "ASSAULT",
            "SYR",
        ),
    ],
)
def test_a_deed_ordered_to_own_forces_is_the_commanders(
    code: Code, text: str, plover: str, source: str
) -> None:
    some_event(code, text, plover, None, source, None, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council told the rebels in Syria in 2013 to release the hostages they held.",
        "The International Court of Justice ordered Pakistan in May 2017 to halt the execution of Kulbhushan Jadhav.",
    ],
)
def test_an_order_to_another_party_stays_a_demand(code: Code, text: str) -> None:
    some_event(code, text, "REQUEST", None, None, None)


def test_another_party_urged_to_begin_withdrawing_is_asked(code: Code) -> None:
    text = "Ronald Reagan urged the Soviet Union in 1987 to begin pulling its troops out of Afghanistan."
    some_event(code, text, "REQUEST", None, "USA", None, absent=("RETREAT",))


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Chinese soldiers came to blows near Pangong Lake in Ladakh in September 2019.",
        "Indian and Chinese troops traded blows at Naku La in Sikkim in January 2021.",
        "Border guards of Kyrgyzstan and Tajikistan scuffled at a water intake on their disputed frontier in April 2021.",
    ],
)
def test_soldiers_who_come_to_blows_fight(code: Code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "190" for e in events), events
    assert all(e.event != "CONSULT" for e in events), events


def test_lawmakers_who_trade_punches_use_no_force(code: Code) -> None:
    no_cameo(
        code,
        "Rival lawmakers traded punches in Taiwan's parliament in May 2024 over a bill to expand its powers.",
        "190",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Jacques Chirac told the French in a televised address in March 2007 that he would not seek a third term "
            "as president.",
            "FRA",
        ),
        (
            "Yoshihide Suga said in September 2021 that he would not run for the leadership of the Liberal "
            "Democratic Party.",
            "JPN",
        ),
        ("Jacinda Ardern said in January 2023 that she would not seek re-election.", "NZL"),
        ("Abdelaziz Bouteflika said in March 2019 that he would not stand for a fifth term.", "DZA"),
    ],
)
def test_an_office_not_sought_or_accepted_is_given_up(code: Code, text: str, source: str) -> None:
    some_event(code, text, "CONCEDE", "0831", source, None, absent=("REJECT",))


def test_a_proposal_not_accepted_is_still_rejected(code: Code) -> None:
    text = "Iran said in August 2022 that it would not accept the European Union's proposal."
    some_event(code, text, "REJECT", None, "IRN", None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Britain will pay France about 480 million pounds over three years to help stop small-boat crossings, "
            "the two governments said in March 2023.",
            "GBR",
            "FRA",
        ),
        ("Germany will pay Namibia 1.1 billion euros over 30 years, Berlin said in May 2021.", "DEU", "NAM"),
    ],
)
def test_a_sum_to_be_paid_to_a_party_is_promised_aid(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "AGREE", "0331", source, target)


def test_a_sum_paid_is_aid_and_a_price_is_no_sum(code: Code) -> None:
    text = "The eurozone's rescue fund paid Greece 13 billion euros in August 2015."
    some_event(code, text, "AID", "071", None, "GRC")
    events = code(
        "Tayyip Erdogan said in March 2017 that the Netherlands would pay a price for barring his ministers from rallies in "
        "Rotterdam."
    )
    assert all(e.event not in ("AID", "AGREE") for e in events), events


def test_a_deed_with_no_mandate_is_refused(code: Code) -> None:
    text = (
        "Alexis Tsipras said in June 2015 that his government had no mandate to accept further pension cuts."
    )
    some_event(code, text, "REJECT", None, None, None, absent=("SUPPORT",))


@pytest.mark.parametrize(
    "text",
    [
        "Greece's parliament approved in July 2015 the reforms demanded by its creditors.",
        "The first shipment of weapons requested by Kyiv reached Poland in March 2022.",
    ],
)
def test_asking_named_on_a_thing_is_no_request(code: Code, text: str) -> None:
    no_event(code, text, "REQUEST")


def test_terms_not_accepted_are_no_term_of_office(code: Code) -> None:
    text = (
        "Greece's prime minister said in June 2015 that his country would not accept the terms demanded by its "
        "creditors."
    )
    events = code(text)
    assert all(e.event != "CONCEDE" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Hungary would not arrest Vladimir Putin if he came to the country, a senior Hungarian official said in March "
        "2023.",
        "Viktor Orban said in November 2024 that Hungary would not arrest Benjamin Netanyahu if he visited.",
    ],
)
def test_a_wanted_party_not_to_be_arrested_is_refused(code: Code, text: str) -> None:
    some_event(code, text, "REJECT", "1213", None, None, absent=("THREATEN", "COERCE"))


def test_an_arrest_made_stays_an_arrest(code: Code) -> None:
    text = "Police in the Maldives arrested Mohamed Nasheed in February 2015."
    some_event(code, text, "COERCE", "173", None, None)
