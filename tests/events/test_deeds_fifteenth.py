"""Event readings by category, fifteenth session (issue 9, deeds6): the deed families (MOBILIZE, RETREAT, AID, PROTEST,
SANCTION, COERCE) read across part B of blind sets 2-6 (development sets now) and the engineer's probe batches
(benchmarks/probes/deeds6-*.json), each checked here on other sentences written for these tests (true statements about
real events), through the real pipeline, with look-alikes that keep their own reading. A source or target left as None
is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # diplomats or envoys ordered or told to leave or go are expelled, the country named or not (166)
        ("Britain ordered 23 Russian diplomats to leave in March 2018.", "SANCTION", "166", "GBR", "RUS"),
        ("Mali's junta told the French ambassador to go in January 2022.", "SANCTION", "166", "MLI", "FRA"),
        # a consulate or an embassy ordered shut (161)
        (
            "China ordered the United States to close its consulate in Chengdu in July 2020.",
            "SANCTION",
            "161",
            "CHN",
            "USA",
        ),
        # an order whose object is an event noun: a call-up, a dissolution, an arrest
        (
            "Armenia ordered the mobilisation of its reservists in September 2020.",
            "MOBILIZE",
            "154",
            "ARM",
            None,
        ),
        (
            "A Moscow court ordered the dissolution of the Sakharov Center in August 2023.",
            "COERCE",
            "172",
            "RUS",
            None,
        ),
        (
            "A Venezuelan court ordered the arrest of the opposition candidate Edmundo Gonzalez in September 2024.",
            "COERCE",
            "173",
            "VEN",
            None,
        ),
        # forces or batteries moved into position, troops sent onto the streets, a force mobilised (154)
        (
            "The United States moved Patriot missile batteries into position in Poland in March 2022.",
            "MOBILIZE",
            "154",
            "USA",
            None,
        ),
        (
            "Chile's government sent troops onto the streets of Santiago in October 2019.",
            "MOBILIZE",
            "154",
            "CHL",
            None,
        ),
        ("Ukraine mobilised its reservists in March 2014.", "MOBILIZE", "154", "UKR", None),
        # captives let leave (0841); a base handed over (0874); territory handed over (0842)
        (
            "Iran let the 15 British sailors and marines fly home in April 2007.",
            "RETREAT",
            "0841",
            "IRN",
            None,
        ),
        (
            "The United States handed the Kandahar air base over to the Afghan army in May 2021.",
            "RETREAT",
            "0874",
            "USA",
            "AFG",
        ),
        # ties ended (161); a state suspended or barred from a body or its meetings (160)
        ("Ukraine ended diplomatic relations with Syria in June 2022.", "SANCTION", "161", "UKR", "SYR"),
        (
            "The African Union suspended Burkina Faso from all its activities in January 2022.",
            "SANCTION",
            "160",
            None,
            "BFA",
        ),
        # eating stopped (142); duty refused, the job walked off, an election boycotted (143)
        (
            "The Bahraini activist Abdulhadi al-Khawaja stopped eating in prison in February 2012.",
            "PROTEST",
            "142",
            "BHR",
            None,
        ),
        (
            "Venezuela's main opposition parties boycotted the presidential election of May 2018.",
            "PROTEST",
            "143",
            "VEN",
            None,
        ),
        # rioters or students battling or clashing with police: a violent protest (145)
        ("Rioters battled police in the suburbs of Stockholm in May 2013.", "PROTEST", "145", None, None),
        ("Students clashed with police in Santiago in August 2011.", "PROTEST", "145", None, None),
        # emergency powers invoked (1724); a politician hauled in (173); refugees taken in (075)
        (
            "Justin Trudeau invoked emergency powers in February 2022 to end the trucker blockades.",
            "COERCE",
            "1724",
            "CAN",
            None,
        ),
        (
            "Russian police hauled in the opposition politician Ilya Yashin in June 2022.",
            "COERCE",
            "173",
            "RUS",
            None,
        ),
        ("Germany took in more than a million refugees in 2015 and 2016.", "AID", "075", "DEU", None),
        # vaccine doses flown to a country (073)
        (
            "Japan flew 1.24 million doses of AstraZeneca vaccine to Taiwan in June 2021.",
            "AID",
            "073",
            "JPN",
            "TWN",
        ),
        # ---- slice 2: categories of probe batch 2 (benchmarks/probes/deeds6-2.json) and the rest of blind part B ---------------
        # a party's airlines or flights banned from one's airspace (163; the airspace closed to them stays 191)
        (
            "Britain banned Aeroflot flights from its airspace in February 2022.",
            "SANCTION",
            "163",
            "GBR",
            None,
        ),
        # people gathering for a vigil or a march (141)
        (
            "Hong Kong residents gathered in Victoria Park for a candlelight vigil in June 2019.",
            "PROTEST",
            "141",
            None,
            None,
        ),
        # rioters setting things ablaze or looting (145)
        ("French rioters set thousands of cars ablaze in November 2005.", "PROTEST", "145", "FRA", None),
        ("Rioters looted shops in Johannesburg in September 2019.", "PROTEST", "145", None, None),
        # a planned rise put off (0832)
        (
            "Britain's government put off a planned rise in fuel duty in June 2012.",
            "CONCEDE",
            "0832",
            "GBR",
            None,
        ),
        # blockades or a strike kept up; tents pitched, a camp kept, a banner unfurled
        (
            "French farmers kept up their blockades of roads around Paris in January 2024.",
            "PROTEST",
            "144",
            "FRA",
            None,
        ),
        ("South Korean junior doctors kept up their strike in March 2024.", "PROTEST", "143", "KOR", None),
        (
            "Protesters pitched tents in Kyiv's Independence Square in November 2004.",
            "PROTEST",
            "144",
            None,
            None,
        ),
        (
            "Supporters of Imran Khan camped outside parliament in Islamabad in August 2014.",
            "PROTEST",
            None,
            None,
            None,
        ),
        (
            "Activists unfurled a pro-Tibet banner on the Great Wall of China in August 2007.",
            "PROTEST",
            "141",
            None,
            None,
        ),
        # trade privileges suspended or revoked (163)
        (
            "The United States revoked Hong Kong's special trading status in July 2020.",
            "SANCTION",
            "163",
            "USA",
            None,
        ),
        (
            "Washington suspended Ethiopia's duty-free trade privileges in January 2022.",
            "SANCTION",
            "163",
            None,
            "ETH",
        ),
        # asylum seekers flown back (174); a general strike launched (143)
        (
            "Germany flew dozens of rejected Afghan asylum seekers back to Kabul in December 2016.",
            "COERCE",
            "174",
            "DEU",
            None,
        ),
        (
            "Nigeria's labour unions launched a general strike in January 2012 over the end of fuel subsidies.",
            "PROTEST",
            "143",
            "NGA",
            None,
        ),
    ],
)
def test_fifteenth_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # schools or shops ordered closed: no administrative sanction on a party
        ("Italy ordered the closure of all schools and universities in March 2020.", "COERCE"),
        # a leader flying to a country visits it; only doses or aid flown are aid
        ("Japanese Prime Minister Yoshihide Suga flew to Washington in April 2021.", "AID"),
        # air strikes launched are force, not a labour strike
        ("Israel launched air strikes on Gaza in May 2021.", "PROTEST"),
    ],
)
def test_fifteenth_look_alikes(code: Code, text: str, absent: str) -> None:
    no_event(code, text, absent)
