"""The party rules in general (parties35; issue 9): who the coder takes as a deed's source and target.

The thirty-fifth session classified the development sets' records of the right type with a wrong source or target
by the path of the party in the parse, not by wording. Classes fixed here, each a rule that holds across triggers:

- The agent of a passive is the deed's doer for the rules that give an unnamed collective or a legislature named
  alone the country of its deed (`parties._collective`, `legislature_at_home`, via `parties.passive_agents`), as
  the subject of the active already was: "X was detained by soldiers in Harare", "Y's motion was rejected by
  parliament", "the embassy in Tehran was stormed by protesters" (the place phrase on the passive's subject says
  where the deed was done).

- A reproach beside a deed names whom the deed is aimed at (`parties.reproached_party`): "pulled out of the
  treaty, accusing the United States of plotting to attack it" (conventions 5.2, 6.1, 12.3).

- A deed done or promised under an accord with a party is aimed at that party (`parties.accord_partner`):
  "pledged to give up its arsenal, under a memorandum signed in Budapest with Russia, Britain and the United
  States" (convention 14.2: the main clause is the event; the accord binds it to its partner).

Sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "Gabon's President Ali Bongo was placed under house arrest by army officers in Libreville in August 2023.",
            "COERCE",
            "GAB",
            "GAB",
        ),
        (
            "Burkina Faso's President Roch Kabore was detained by mutinous soldiers at a barracks in Ouagadougou in "
            "January 2022.",
            "COERCE",
            "BFA",
            "BFA",
        ),
        (
            "David Cameron's motion on military action in Syria was rejected by parliament in August 2013.",
            "REJECT",
            "GBR",
            "GBR",
        ),
        (
            "The British embassy in Tehran was stormed by protesters in November 2011.",
            "PROTEST",
            "IRN",
            "GBR",
        ),
        # (was test_parties35_passive_agent_guards)
        # (already read before: the collective with its own place phrase, and a named agent)
        (
            "Sudan's Prime Minister Abdalla Hamdok was detained by soldiers in Khartoum in October 2021.",
            "COERCE",
            "SDN",
            "SDN",
        ),
        (
            "Iraq's nuclear reactor near Baghdad was bombed by Israeli jets in June 1981.",
            "ASSAULT",
            "ISR",
            "IRQ",
        ),
    ],
)
def test_parties35_passive_agent_is_the_doer(
    code: Code, text: str, kind: str, source: str, target: str
) -> None:
    some_event(code, text, kind, None, source, target)


def test_parties35_natural_agent_no_event(code: Code) -> None:
    # (floods, storms and earthquakes are no doers)
    no_event(code, "Hundreds of villages in Pakistan were swept away by floods in August 2010.")


# A reproach beside a deed names whom the deed is aimed at (`parties.reproached_party`): a walkout, a treaty left or
# suspended, talks halted, an alert raised, naming no party of its own, with a participle of reproach (a reading of
# CAMEO 11) by the same doer after it.


def _aimed(code: Code, text: str, source: str, target: str) -> None:
    events = code(text)
    assert any(
        {a.code for a in e.source} == {source} and {a.code for a in e.target} == {target} for e in events
    ), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Russia suspended its participation in the Conventional Armed Forces in Europe treaty in July 2007, "
            "accusing NATO members of refusing to ratify its adapted version.",
            "RUS",
            "IGO-NATO",
        ),
        (
            "North Korea pulled out of the Nuclear Non-Proliferation Treaty in January 2003, accusing the United States "
            "of plotting to attack it.",
            "PRK",
            "USA",
        ),
        # (was test_parties35_reproach_guards)
        # (the deed names its own target: the one blamed does not replace it)
        (
            "Britain expelled 23 Russian diplomats in March 2018, blaming Moscow for the nerve agent attack in "
            "Salisbury.",
            "GBR",
            "RUS",
        ),
        # (a participle that is no reproach changes nothing)
        (
            "Iran suspended its cooperation with the International Atomic Energy Agency in July 2023, saying it wanted "
            "guarantees.",
            "IRN",
            "IGO-IAEA",
        ),
    ],
)
def test_parties35_reproach_names_the_target(code: Code, text: str, source: str, target: str) -> None:
    _aimed(code, text, source, target)


# A deed done or promised under an accord with a party is aimed at that party (`parties.accord_partner`): the
# accord's "with" phrase, on the noun, on the participle on it or on that participle's place phrase.


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Libya committed itself in December 2003 to dismantling its weapons of mass destruction programmes, under "
            "a deal reached with Britain and the United States.",
            "LBY",
            "GBR USA",
        ),
        (
            "Ukraine pledged in December 1994 to give up its nuclear arsenal, under a memorandum signed in Budapest "
            "with Russia, Britain and the United States.",
            "UKR",
            "RUS GBR USA",
        ),
    ],
)
def test_parties35_accord_partner(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "AGREE", None, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # parties35 accord partner guard
        # (the deed names its own party: the accord's partner does not replace it)
        (
            "The Soviet Union agreed in April 1988 to withdraw its troops from Afghanistan, under accords signed in "
            "Geneva with Pakistan.",
            "AGREE",
            None,
            "RUS",
            "AFG",
        ),
        # parties35 pressing people in a clause of time
        (
            "Kyrgyzstan's President Askar Akayev gave up power in April 2005, weeks after protests by opposition "
            "supporters began in the south.",
            "CONCEDE",
            None,
            "KGZ",
            "KGZ",
        ),
    ],
)
def test_parties35_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


# The party a concession gives way to, in a clause of time wherever the parser hangs it (`parties._pressing_people`
# with `_phrase_clauses`, `_time_marked`): on a verb coordinated with the concession, on a word of its own phrases,
# after a span of time the parser made the preposition's head ("weeks after protests by X began"), and who protests
# in the possessive or "by" phrase of the clause's noun of protest.


@pytest.mark.parametrize(
    "text",
    [
        # (no challenger named: protests named only as an event)
        "Jordan's King Abdullah dismissed his government in February 2011 after weeks of street protests.",
    ],
)
def test_parties35_pressing_people_guards(code: Code, text: str) -> None:
    events = some_event(code, text, "CONCEDE", None, None, None)
    assert all(not e.target for e in events if e.event == "CONCEDE"), events


# A participle of the same kind beside a deed names the deed's target (`parties.reproached_party`).


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "The last American combat brigade completed its withdrawal in August 2010, pulling out of Iraq into "
            "Kuwait.",
            "RETREAT",
            "USA",
            "IRQ",
        ),
        (
            "Britain completed its withdrawal in July 1997, handing Hong Kong back to China at a ceremony in the "
            "territory.",
            "RETREAT",
            "GBR",
            "CHN",
        ),
    ],
)
def test_parties35_same_kind_participle(code: Code, text: str, kind: str, source: str, target: str) -> None:
    some_event(code, text, kind, None, source, target)
