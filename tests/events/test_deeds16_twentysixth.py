"""Deed readings, twenty-sixth session (issue 9, deeds16): categories found by a sweep written from the CAMEO codebook
before the coder ran on it (benchmarks/probes/deeds16-1.json) and confirmed by blind set 16's deed half.
A light verb lends its subject to the event noun of a span or a stage ("launched five days of war games", "began the
first stage of drills"); a review or an audit ordered is the inquiry (090), and so is a fact-finding mission set up;
what an inquiry looks into is its matter, no deed of its own, where the parser hangs it on the verb; a snap check or
inspection of forces ordered is an alert (152); a weapon's flight test carried out is a show of force (150); one's own
nuclear arsenal grown, vowed, called for or ordered is a threat of weapons of mass destruction (1385); an emergency
or a curfew let lapse or expire is lifted (0814/0813); captives brought back or let go are released (0841), and the
seizure told in a relative clause on them is background; shops and buildings torn down are property destroyed (171);
crowds pouring onto the streets demonstrate (141). And kinds of sentence that carry deed words but tell no event:
an earthquake named by its magnitude, or floodwaters, that flatten or sweep away homes.
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline,
with look-alikes that keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, kinds_of, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 150 / 062 a span or a stage of drills
        (
            "China's military launched three days of drills around Taiwan in April 2023.",
            "MOBILIZE",
            "150",
            "CHN",
            None,
        ),
        (
            "Belarusian and Russian troops began the active phase of the Zapad-2021 exercises in September 2021.",
            "COOPERATE",
            "062",
            None,
            None,
        ),
        # 090 a review ordered; a fact-finding mission set up; an inquiry into attacks
        (
            "Boris Johnson ordered an independent review of the Greensill lobbying affair in April 2021.",
            "ACCUSE",
            "090",
            "GBR",
            None,
        ),
        (
            "The U.N. Human Rights Council set up a fact-finding mission in March 2017 into abuses against Rohingya"
            " Muslims in Myanmar.",
            "ACCUSE",
            "090",
            None,
            None,
        ),
        (
            "Antonio Guterres ordered an internal inquiry in August 2019 into attacks on hospitals and schools in"
            " Syria's Idlib province.",
            "ACCUSE",
            "090",
            "IGO-UN",
            None,
        ),
        # 152 a snap check of one's forces ordered
        (
            "Russia's defence minister ordered a surprise combat-readiness check of the Pacific Fleet in April 2023.",
            "MOBILIZE",
            "152",
            "RUS",
            None,
        ),
        # 150 a flight test carried out
        (
            "India carried out the first flight test of its Agni Prime missile in June 2021.",
            "MOBILIZE",
            "150",
            "IND",
            None,
        ),
        # 1385 one's own nuclear arsenal grown, vowed or ordered
        (
            "Kim Jong Un vowed in September 2023 to boost the production of nuclear weapons exponentially.",
            "THREATEN",
            "1385",
            "PRK",
            None,
        ),
        (
            "Kim Jong Un ordered North Korea's scientists in March 2023 to expand the production of weapons-grade"
            " nuclear material.",
            "THREATEN",
            "1385",
            "PRK",
            None,
        ),
        # 0814 an emergency let lapse
        (
            "Egypt let its nationwide state of emergency lapse in October 2021 for the first time in years.",
            "CONCEDE",
            "0814",
            "EGY",
            None,
        ),
        # 0841 captives let go or freed, the seizure told in a relative clause
        (
            "Nigerian gunmen let go the 279 schoolgirls they had snatched from a boarding school in Jangebe in March"
            " 2021.",
            "RETREAT",
            "0841",
            "NGA",
            None,
        ),
        # 0841 hostages handed over to the Red Cross are released, not extradited
        (
            "Hamas handed over 13 Israeli hostages to the Red Cross in Gaza in November 2023.",
            "RETREAT",
            "0841",
            "PSE",
            None,
        ),
        (
            "Mexico handed over the drug lord Joaquin Guzman, known as El Chapo, to the United States in January 2017.",
            "COOPERATE",
            "063",
            "MEX",
            "USA",
        ),
        # 171 shops torn down
        (
            "Indian authorities tore down hundreds of shops and homes in Nuh in August 2023.",
            "COERCE",
            "171",
            "IND",
            None,
        ),
        # 090 an inquiry ordered from one's own investigators (the intelligence agencies; fix26c: an odd year)
        (
            "Joe Biden ordered the intelligence agencies to investigate the origins of Covid-19 in May 2021.",
            "ACCUSE",
            None,
            "USA",
            None,
        ),
        # 1385 a ceiling on one's own nuclear warheads to be raised
        (
            "Britain said in March 2021 that it would raise the cap on its stockpile of nuclear warheads to 260.",
            "THREATEN",
            "1385",
            "GBR",
            None,
        ),
        # 175 forces firing on a gathering; 145 protesters counted by a number word
        (
            "Myanmar soldiers opened fire on protesters in Mandalay in February 2021.",
            "ASSAULT",
            "175",
            "MMR",
            None,
        ),
        (
            "Hundreds of demonstrators stormed the parliament in Skopje in April 2017.",
            "PROTEST",
            "145",
            None,
            None,
        ),
        # 073 forces sent or called out for disaster relief are aid (conventions rule 12.3)
        (
            "Canada sent troops to British Columbia in November 2021 to help with flood relief.",
            "AID",
            "073",
            "CAN",
            None,
        ),
        # 171 a tanker commandeered
        (
            "Iran's navy commandeered the tanker Advantage Sweet in the Gulf of Oman in April 2023.",
            "COERCE",
            "171",
            "IRN",
            None,
        ),
        # 141 crowds pouring onto the streets
        (
            "Thousands of Cubans poured onto the streets of Havana in July 2021.",
            "PROTEST",
            "141",
            "CUB",
            None,
        ),
    ],
)
def test_deeds16_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # an earthquake named by its magnitude, and floodwaters, do no deed
        (
            "A magnitude 7.8 earthquake flattened thousands of buildings in southern Turkey in February 2023.",
            "COERCE",
        ),
        (
            "Floodwaters swept away houses and bridges along the Ahr river in western Germany in July 2021.",
            "COERCE",
        ),
        # the seizure in a relative clause on those released is background
        (
            "Nigerian gunmen freed the 279 schoolgirls they had snatched from a boarding school in Jangebe in March"
            " 2021.",
            "ASSAULT",
        ),
        # what an inquiry looks into is its matter
        (
            "Antonio Guterres ordered an internal inquiry in August 2019 into attacks on hospitals and schools in"
            " Syria's Idlib province.",
            "ASSAULT",
        ),
        # a review ordered orders no one
        (
            "Boris Johnson ordered an independent review of the Greensill lobbying affair in April 2021.",
            "REQUEST",
        ),
        # a larger budget or army vowed is no threat of weapons of mass destruction
        ("Japan vowed in December 2023 to increase its defence spending.", "THREATEN"),
        # a "flood" of people is no disaster: forces sent to stop it mobilise
        ("Thailand deployed troops to its border with Myanmar in 2021 to stop a flood of refugees.", "AID"),
        # workers let go are laid off, not released
        ("The carmaker let go 500 workers at its plant in Ohio in March 2021.", "RETREAT"),
    ],
)
def test_deeds16_look_alikes(code: Code, text: str, forbidden: str) -> None:
    events = code(text)
    assert forbidden not in kinds_of(events), events


def test_deeds16_fire_on_civilians_is_no_repression(code: Code) -> None:
    """175 is the repression of collective dissent (the codebook: "repress collective actions of dissent"): soldiers
    firing on civilians who are no gathering attack them, they do not put down a protest."""
    events = code("US Marines opened fire on Iraqi civilians in Haditha in November 2005.")
    assert events and all(e.cameo != "175" for e in events), events
