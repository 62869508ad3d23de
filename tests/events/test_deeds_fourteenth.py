"""Event readings by category, fourteenth session (issue 9, deeds5): the concession and material families (CONCEDE,
RETREAT, SANCTION, AID, COOPERATE) read across blind sets 2-5 (development sets now) and the engineer's own probe
batches (benchmarks/probes/deeds5-*.json), each checked here on other sentences written for these tests (true
statements about real events), through the real pipeline, with look-alikes that keep their own reading. A source or
target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # weapons or aid released to a party are delivered (PETRARCH2's RELEASE reads aid as 070), not set free (084)
        ("Germany released Leopard 2 tanks to Ukraine in January 2023.", "AID", "072", "DEU", "UKR"),
        (
            "The Biden administration released 300 million dollars' worth of missiles and artillery shells to "
            "Ukraine in March 2024.",
            "AID",
            "072",
            "USA",
            "UKR",
        ),
        (
            "Britain released relief supplies and medicine for Haiti in January 2010.",
            "AID",
            "073",
            "GBR",
            None,
        ),
        # weapons pumped or funnelled into a country or to a party
        ("The Soviet Union pumped weapons into North Vietnam in 1965.", "AID", "072", "RUS", "VNM"),
        ("Iran funnelled rockets to Hezbollah throughout 2006.", "AID", "072", "IRN", None),
        # talks pulled out of are halted (164), not a withdrawal of troops
        (
            "The Tamil Tigers pulled out of peace talks with the Sri Lankan government in April 2003.",
            "SANCTION",
            "164",
            None,
            None,
        ),
        (
            "Sudan's army pulled out of the ceasefire talks in Jeddah in May 2023.",
            "SANCTION",
            "164",
            "SDN",
            None,
        ),
        # a person sought by justice handed over to another state is extradited (063)
        (
            "Pakistan handed over the al-Qaeda operative Khalid Sheikh Mohammed to the United States in March 2003.",
            "COOPERATE",
            "063",
            "PAK",
            "USA",
        ),
        (
            "Mauritania handed the former intelligence chief Abdullah al-Senussi over to Libya in September 2012.",
            "COOPERATE",
            "063",
            "MRT",
            "LBY",
        ),
        # the house arrest or exile of a person ended: a release (0841)
        (
            "Myanmar's junta lifted Aung San Suu Kyi's house arrest in May 2002.",
            "RETREAT",
            "0841",
            "MMR",
            None,
        ),
        ("Pakistan ended the house arrest of Hafiz Saeed in November 2017.", "RETREAT", "0841", "PAK", None),
        # one's own rise in prices revoked, reversed or withdrawn: a change of policy (0832)
        (
            "Ecuador's government revoked the rise in fuel prices in October 2019.",
            "CONCEDE",
            "0832",
            "ECU",
            None,
        ),
        (
            "Nigeria's government reversed the fuel price increase in January 2012.",
            "CONCEDE",
            "0832",
            "NGA",
            None,
        ),
        # restrictions dismantled: eased (081), not a military de-escalation (087)
        (
            "China dismantled its quarantine rules for arrivals in January 2023.",
            "CONCEDE",
            "081",
            "CHN",
            None,
        ),
        ("Britain dismantled its last COVID restrictions in February 2022.", "CONCEDE", "081", "GBR", None),
        # a party struck off a list of terrorists or sponsors (a state so struck off has its sanctions eased: 085, since
        # the sixteenth session, as blind set 7 and the probes code it; a group keeps 081)
        (
            "The United States struck Cuba off its list of state sponsors of terrorism in May 2015.",
            "RETREAT",
            "085",
            "USA",
            None,
        ),
        # control or sovereignty over a place ceded or handed to another: a return of property (0842)
        ("Britain ceded control of Hong Kong to China in July 1997.", "RETREAT", "0842", "GBR", "CHN"),
        (
            "Israel handed control of Jericho to the Palestinian Authority in May 1994.",
            "RETREAT",
            "0842",
            "ISR",
            None,
        ),
        # political parties suspended or disbanded: a ban (1722), not a cut in relations
        (
            "Tunisia's government suspended the former ruling party in February 2011.",
            "COERCE",
            "1722",
            "TUN",
            None,
        ),
        (
            "Myanmar's junta disbanded Aung San Suu Kyi's political party in March 2023.",
            "COERCE",
            "1722",
            "MMR",
            None,
        ),
        # road, air, sea or rail links cut: restriction of movement (191), not a cut in relations
        ("Saudi Arabia cut air, sea and land links with Qatar in June 2017.", "COERCE", "191", "SAU", "QAT"),
        ("Ethiopia cut all road and air links with Tigray in 2021.", "COERCE", "191", "ETH", None),
        # look-alikes that keep their readings
        (
            "Iran released the British-flagged tanker Stena Impero in September 2019.",
            "RETREAT",
            "0842",
            "IRN",
            None,
        ),
        ("Myanmar released two Reuters journalists in May 2019.", "RETREAT", "0841", "MMR", None),
        ("Russian troops pulled out of Kherson in November 2022.", "RETREAT", None, "RUS", None),
        (
            "Hamas handed over two American hostages to the Red Cross in October 2023.",
            "RETREAT",
            "0841",
            None,
            None,
        ),
        ("Saudi Arabia cut diplomatic ties with Iran in January 2016.", "SANCTION", "161", "SAU", "IRN"),
        ("Syria dismantled its chemical weapons programme in 2014.", "RETREAT", "0873", "SYR", None),
        # ---- slice 2: categories of probe batch 2 (benchmarks/probes/deeds5-2.json) ----------------------------------------
        # a resignation submitted, announced, tendered or sent: a light verb and its noun (0831)
        (
            "Peru's President Pedro Pablo Kuczynski submitted his resignation to Congress in March 2018.",
            "CONCEDE",
            "0831",
            "PER",
            None,
        ),
        (
            "Kyrgyz President Sooronbay Jeenbekov announced his resignation in October 2020.",
            "CONCEDE",
            "0831",
            "KGZ",
            None,
        ),
        (
            "Sri Lankan President Gotabaya Rajapaksa sent his resignation from Singapore in July 2022.",
            "CONCEDE",
            "0831",
            "LKA",
            None,
        ),
        # one's own plan scrapped, dropped or shelved: a change of policy (0832)
        (
            "Japan scrapped its plan to deploy the Aegis Ashore missile defence system in June 2020.",
            "CONCEDE",
            "0832",
            "JPN",
            None,
        ),
        (
            "Britain's government dropped its plan to privatise Channel 4 in January 2023.",
            "CONCEDE",
            "0832",
            "GBR",
            None,
        ),
        # a ban on imports or exports lifted: an embargo eased (085), not administrative restrictions (081)
        ("India lifted its ban on onion exports in May 2024.", "RETREAT", "085", "IND", None),
        ("China lifted its ban on Australian timber imports in May 2023.", "RETREAT", "085", "CHN", None),
        (
            "The European Union lifted its ban on British beef exports in May 2006.",
            "RETREAT",
            "085",
            None,
            None,
        ),
        # look-alikes that keep their readings
        ("The Palestinians rejected Donald Trump's peace plan in January 2020.", "REJECT", None, None, None),
        ("Saudi Arabia lifted its ban on women driving in June 2018.", "CONCEDE", None, "SAU", None),
        (
            "Israel and the United Arab Emirates signed a normalisation agreement in September 2020.",
            "SUPPORT",
            None,
            None,
            None,
        ),
    ],
)
def test_fourteenth_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # a product released to the market, a market index closing: no event
        "Apple released the first iPad in April 2010.",
        "Nintendo released the Switch console in March 2017.",
        "The FTSE 100 index closed above 8,000 points for the first time in April 2024.",
        "The Nikkei average closed at a 34-year high in January 2024.",
    ],
)
def test_fourteenth_no_event(code: Code, text: str) -> None:
    assert code(text) == []
