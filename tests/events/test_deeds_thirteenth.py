"""Event readings by category, thirteenth session (issue 9, deeds3): the deed families' long tail found on the
engineer's own probe sentences (benchmarks/probes/deeds3-*.json), each checked here on several other sentences
written for these tests (true statements about real events), through the real pipeline (spaCy parse, actor
resolver, event coder), with look-alikes that must keep their own reading. A source or target left as None is not
checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event

# ---- batch 1 -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a body of inquiry appointed with its task in a "with" phrase: a participle of tasking and a gerund, or a
        # noun of mandate and an infinitive (the appointing verb's subject investigates; "charged" accuses no one)
        (
            "Sri Lanka appointed a commission in 2010 charged with looking into the final phase of the civil war.",
            "ACCUSE",
            "090",
            "LKA",
            None,
        ),
        (
            "Britain set up a panel tasked with investigating the sinking of the ferry in 1987.",
            "ACCUSE",
            "090",
            "GBR",
            None,
        ),
        (
            "South Africa created a truth commission in 1995 with a mandate to investigate apartheid-era abuses.",
            "ACCUSE",
            None,
            "ZAF",
            None,
        ),
        (
            "Chile set up a commission in 1990 with powers to investigate killings under military rule.",
            "ACCUSE",
            None,
            "CHL",
            None,
        ),
        # a fact-finding mission sent is an investigation, not peacekeeping
        (
            "The European Union sent a fact-finding mission to Georgia in December 2008.",
            "ACCUSE",
            "090",
            "IGO-EU",
            None,
        ),
        ("The UN sent a fact-finding mission to Zimbabwe in June 2005.", "ACCUSE", "090", "IGO-UN", None),
        # peacekeepers dispatched or flown in (074)
        ("Ghana dispatched peacekeepers to Liberia in 1990.", "AID", "074", "GHA", None),
        ("Australia flew peacekeepers to the Solomon Islands in July 2003.", "AID", "074", "AUS", None),
        # weapons parachuted or airdropped to a party (072)
        (
            "American planes airdropped weapons to Kurdish fighters in Kobani in October 2014.",
            "AID",
            "072",
            "USA",
            None,
        ),
        (
            "British planes parachuted weapons and ammunition to Yugoslav partisans in 1944.",
            "AID",
            "072",
            "GBR",
            None,
        ),
        # the internet or telephone services cut, shut down or suspended (1721)
        ("Iran shut down the internet across the country in November 2019.", "COERCE", "1721", "IRN", None),
        ("Myanmar's junta cut mobile internet services in February 2021.", "COERCE", "1721", "MMR", None),
        (
            "Ethiopia cut telephone and internet services in Tigray in November 2020.",
            "COERCE",
            "1721",
            "ETH",
            None,
        ),
        ("India suspended internet services in Kashmir in August 2019.", "COERCE", "1721", "IND", None),
        # control taken of oil or gas fields (1711, not ground)
        (
            "Bolivia took control of the country's natural gas fields in May 2006.",
            "COERCE",
            "1711",
            "BOL",
            None,
        ),
        ("Mexico took control of foreign-owned oil fields in 1938.", "COERCE", "1711", "MEX", None),
        # homes or houses of worship demolished or bulldozed by a state: COERCE 1712 (destroy property), as blind sets 2
        # and 3 and the probes code a demolition (deeds37; before, 171)
        ("Israel demolished the homes of Palestinian attackers in 2015.", "COERCE", "1712", "ISR", None),
        ("Chinese authorities bulldozed mosques in Xinjiang in 2018.", "COERCE", "1712", "CHN", None),
        (
            "Indian authorities bulldozed the homes of Muslims accused of rioting in 2022.",
            "COERCE",
            "1712",
            "IND",
            None,
        ),
        # one's own ambassador withdrawn or called home (161)
        ("Turkey withdrew its ambassador from Vienna in April 2015.", "SANCTION", "161", "TUR", "AUT"),
        (
            "Saudi Arabia called its ambassador home from Canada in August 2018.",
            "SANCTION",
            "161",
            "SAU",
            "CAN",
        ),
        ("Peru withdrew its ambassador from Mexico in February 2023.", "SANCTION", "161", "PER", "MEX"),
        # a state suspended or expelled from a bloc (166; no deportation)
        ("The Commonwealth suspended Nigeria from the organisation in 1995.", "SANCTION", "166", None, "NGA"),
        ("The African Union suspended Mali from the bloc in June 2021.", "SANCTION", "166", None, "MLI"),
        # new investment banned in a country (163)
        (
            "The European Union banned new investment in Crimea in December 2014.",
            "SANCTION",
            "163",
            "IGO-EU",
            None,
        ),
        ("The United States banned new investment in Russia in April 2022.", "SANCTION", "163", "USA", "RUS"),
        # weapons put beyond use (0873)
        (
            "The Basque separatist group ETA put its weapons beyond use in April 2017.",
            "RETREAT",
            "0873",
            None,
            None,
        ),
        (
            "Colombia's FARC rebels put their weapons beyond use in June 2017.",
            "RETREAT",
            "0873",
            None,
            None,
        ),
        # troops rushed into a place (154)
        (
            "Pakistan rushed troops into the tribal areas along the Afghan border in 2001.",
            "MOBILIZE",
            "154",
            "PAK",
            None,
        ),
        # fighters driven out of a city (190)
        (
            "Iraqi forces drove Islamic State fighters out of the city of Ramadi in December 2015.",
            "ASSAULT",
            "190",
            "IRQ",
            None,
        ),
        (
            "Nigerian troops drove Boko Haram fighters out of the town of Baga in February 2015.",
            "ASSAULT",
            "190",
            "NGA",
            None,
        ),
        # fire opened on worshippers or shoppers, gunmen storming a hotel or a school (180)
        (
            "A gunman opened fire on worshippers at a mosque in Quebec City in January 2017.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        (
            "A gunman opened fire on shoppers at a supermarket in Buffalo, New York, in May 2022.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        (
            "A Norwegian gunman opened fire on teenagers at a youth camp on the island of Utoya in July 2011.",
            "ASSAULT",
            "180",
            "NOR",
            None,
        ),
        ("Gunmen stormed a hotel in Mali's capital in November 2015.", "ASSAULT", "180", None, None),
        (
            "Taliban gunmen stormed an army-run school in Peshawar in December 2014.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        # gunmen or militants seizing staff or guests (181)
        (
            "Militants seized foreign staff at the In Amenas gas plant in Algeria in January 2013.",
            "ASSAULT",
            "181",
            None,
            None,
        ),
        # ---- batch 2 (with the lead's blind-4 shapes D1-D9, each on sentences of my own) ----------------------------------
        # protesters or workers occupying a building (144, read before), breaking or bursting into one (145)
        (
            "Striking workers occupied the Lenin Shipyard in Gdansk in August 1980.",
            "PROTEST",
            None,
            "POL",
            None,
        ),
        ("Demonstrators burst into the parliament in Skopje in April 2017.", "PROTEST", "145", None, None),
        (
            "Iranian protesters broke into the grounds of the Saudi embassy in Tehran in January 2016.",
            "PROTEST",
            "145",
            "IRN",
            None,
        ),
        # a verb of movement "in protest": the protest itself
        (
            "Thousands of farmers drove their tractors into Brussels in protest at EU farm policies in February 2024.",
            "PROTEST",
            "141",
            None,
            None,
        ),
        # a ban defied by protesters (141)
        (
            "Thousands of Belarusians defied a ban and marched through Minsk in August 2020.",
            "PROTEST",
            "141",
            "BLR",
            None,
        ),
        (
            "Hong Kong activists defied a police ban to hold a vigil for the victims of Tiananmen in June 2020.",
            "PROTEST",
            "141",
            None,
            None,
        ),
        # a human chain formed or joined (141)
        (
            "Hundreds of thousands of Catalans formed a human chain across Catalonia in September 2013.",
            "PROTEST",
            "141",
            None,
            None,
        ),
        (
            "Protesters in Hong Kong joined hands in a human chain across the city in August 2019.",
            "PROTEST",
            "141",
            None,
            None,
        ),
        # food refused (142)
        (
            "Egyptian activist Alaa Abd El-Fattah refused food in prison for months in 2022.",
            "PROTEST",
            "142",
            "EGY",
            None,
        ),
        (
            "Palestinian detainee Khader Adnan refused food for 66 days in Israeli detention in 2012.",
            "PROTEST",
            "142",
            None,
            None,
        ),
        # a warship sunk (190)
        (
            "A British submarine sank the Argentine cruiser General Belgrano in May 1982.",
            "ASSAULT",
            "190",
            "GBR",
            None,
        ),
        ("Ukrainian missiles sank the Russian cruiser Moskva in April 2022.", "ASSAULT", "190", None, None),
        # troops landing or arriving at a government's request (074)
        (
            "Indian troops landed in the Maldives at the request of its government in November 1988.",
            "AID",
            "074",
            "IND",
            None,
        ),
        (
            "French troops arrived in Mali at the request of its government in January 2013.",
            "AID",
            "074",
            "FRA",
            None,
        ),
        # a surrender signed (0874)
        (
            "German commanders signed the surrender of all German forces at Reims in May 1945.",
            "RETREAT",
            "0874",
            "DEU",
            None,
        ),
        (
            "Japanese commanders signed the instrument of surrender aboard the USS Missouri in September 1945.",
            "RETREAT",
            "0874",
            "JPN",
            None,
        ),
        # an inquiry voted for or backed by a body; lawmakers grilling or questioning someone (090)
        (
            "The European Parliament voted for an inquiry into the Pegasus spyware in March 2022.",
            "ACCUSE",
            "090",
            None,
            None,
        ),
        (
            "The UN Human Rights Council backed an inquiry into abuses in Ukraine in March 2022.",
            "ACCUSE",
            "090",
            None,
            None,
        ),
        (
            "US senators grilled Facebook's Mark Zuckerberg over the Cambridge Analytica scandal in April 2018.",
            "ACCUSE",
            "090",
            "USA",
            None,
        ),
        (
            "British lawmakers questioned Rupert Murdoch over phone hacking in July 2011.",
            "ACCUSE",
            "090",
            "GBR",
            None,
        ),
        # criminal proceedings opened into a matter (091)
        (
            "German prosecutors opened criminal proceedings into Volkswagen's emissions cheating in September 2015.",
            "ACCUSE",
            "091",
            "DEU",
            None,
        ),
        # experts or technicians recalled (1621)
        ("China recalled its technicians from Albania in 1978.", "SANCTION", "1621", "CHN", "ALB"),
        ("The Soviet Union withdrew its experts from China in 1960.", "SANCTION", "1621", "RUS", "CHN"),
        # purchases halted (163)
        ("China suspended purchases of American soybeans in August 2019.", "SANCTION", "163", "CHN", None),
        ("China halted purchases of Australian coal in October 2020.", "SANCTION", "163", "CHN", None),
        # jets scrambled; a fleet or a task force ordered to a place (150)
        (
            "Britain scrambled Typhoon jets to intercept Russian bombers in 2014.",
            "MOBILIZE",
            "150",
            "GBR",
            None,
        ),
        (
            "Britain ordered a naval task force to the Falklands in April 1982.",
            "MOBILIZE",
            "150",
            "GBR",
            None,
        ),
        (
            "President Truman ordered the Seventh Fleet into the Taiwan Strait in June 1950.",
            "MOBILIZE",
            "150",
            "USA",
            None,
        ),
        # forces storming a building at home assault it (not a deployment at home, 154); a capital captured (190,
        # the lead's D3: other towns stay 192)
        (
            "Russian special forces stormed the school complex in Beslan in September 2004.",
            "ASSAULT",
            "190",
            "RUS",
            None,
        ),
        ("Khmer Rouge forces captured the capital, Phnom Penh, in April 1975.", "ASSAULT", "190", None, None),
        (
            "Taliban fighters captured the provincial capital of Kunduz in September 2015.",
            "ASSAULT",
            "190",
            None,
            None,
        ),
        # one's own bill withdrawn concedes (0832; the lead's D4); a loan postponed (1621)
        (
            "Kenya's President William Ruto withdrew the finance bill in June 2024.",
            "CONCEDE",
            "0832",
            "KEN",
            None,
        ),
        (
            "Hong Kong's government withdrew the extradition bill in September 2019.",
            "CONCEDE",
            "0832",
            None,
            None,
        ),
        (
            "The World Bank postponed loans to India after its nuclear tests in May 1998.",
            "SANCTION",
            "1621",
            "IGO-WB",
            "IND",
        ),
        # ---- batch 3 -------------------------------------------------------------------------------------------------------
        # people led through the streets of a city (141)
        (
            "Viktor Yushchenko led tens of thousands of supporters through the streets of Kyiv in November 2004.",
            "PROTEST",
            "141",
            "UKR",
            None,
        ),
        # an antitrust review launched (090)
        (
            "Britain's competition watchdog launched an antitrust review of Microsoft's deal to buy Activision "
            "Blizzard in July 2022.",
            "ACCUSE",
            "090",
            None,
            None,
        ),
        # protected status granted to migrants or refugees (075)
        (
            "The United States granted temporary protected status to Venezuelans in March 2021.",
            "AID",
            "075",
            "USA",
            None,
        ),
        (
            "The United States granted temporary protected status to Ukrainians in March 2022.",
            "AID",
            "075",
            "USA",
            "UKR",
        ),
        # aid put on hold (162)
        (
            "The United States put military aid to Ukraine on hold in July 2019.",
            "SANCTION",
            None,
            "USA",
            "UKR",
        ),
        # a party added to a blacklist (163)
        (
            "The United States added the Chinese chipmaker SMIC to its trade blacklist in December 2020.",
            "SANCTION",
            "163",
            "USA",
            None,
        ),
        # the streets flooded with police (153)
        (
            "China flooded the streets of Urumqi with armed police in July 2009.",
            "MOBILIZE",
            "153",
            "CHN",
            None,
        ),
    ],
)
def test_deeds3_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # look-alikes that keep their own readings
        ("The two men were charged with spying for Russia in 2010.", "1121"),
        ("Brazil sent peacekeepers to Haiti in 2004.", "074"),
        ("Russia cut gas supplies to Ukraine in January 2009.", None),
        # (a state taken off the list has its sanctions eased: 085 since the sixteenth session, as blind set 7 codes it)
        ("The United States removed Cuba from its list of state sponsors of terrorism in 2015.", "085"),
        ("Indonesia banned exports of palm oil in April 2022.", "163"),
        ("Soviet special forces stormed the presidential palace in Kabul in December 1979.", "190"),
        ("The United States withdrew its troops from Iraq in 2011.", None),
    ],
)
def test_deeds3_batch1_look_alikes(code: Code, text: str, cameo: str | None) -> None:
    events = code(text)
    banned = {"090", "1721", "161", "166", "171", "180", "181"} - {cameo}
    assert not any(e.cameo in banned for e in events), events
    if cameo is not None:
        assert any(e.cameo == cameo for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The space shuttle Challenger broke apart shortly after launch in January 1986.",
        "A Russian airliner broke apart over the Sinai peninsula in October 2015.",
    ],
)
def test_deeds3_breaking_apart_is_no_event(code: Code, text: str) -> None:
    assert code(text) == []


def test_deeds3_two_joint_commissions_are_no_inquiry(code: Code) -> None:
    events = code("The two countries set up a joint commission on trade in 2019.")
    assert not any(e.cameo.startswith("09") for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        # a record broken, a rate pushed up, value wiped out, a win by runs: sport and the economy, no event
        "Usain Bolt smashed the 100 metres world record in Berlin in August 2009.",
        "Norway's Karsten Warholm broke the 400 metres hurdles world record in Tokyo in August 2021.",
        "Rising energy prices pushed inflation up to 9 percent in Britain in 2022.",
        "The financial crisis wiped out trillions of dollars of household wealth in the United States in 2008.",
        "India beat Pakistan by 89 runs at the World Cup in Manchester in June 2019.",
        "Australia beat India by 209 runs in the World Test Championship final in June 2023.",
    ],
)
def test_deeds3_batch2_no_events(code: Code, text: str) -> None:
    assert code(text) == [], code(text)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # look-alikes that keep their own readings
        ("Russia occupied Crimea in February 2014.", None),
        ("Washington ordered Moscow to withdraw its troops in 2022.", None),
        ("The US Senate sank the Republican health care bill in July 2017.", None),
        ("Egyptian army tanks rolled into Cairo in January 2011.", None),
    ],
)
def test_deeds3_batch2_look_alikes(code: Code, text: str, cameo: str | None) -> None:
    events = code(text)
    banned = {"145", "141", "190", "090", "150"} - {cameo}
    assert not any(e.cameo in banned for e in events), events
