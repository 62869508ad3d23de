"""Event readings by category, twelfth session (issue 9, deeds2): the deed families' long tail, found on the
engineer's own probe sentences and in PETRARCH2's synonym sets for the roots 07-09 and 14-20 (see the sections).

Each category is checked on several sentences written for these tests (true statements about real events,
different verbs and nouns of each family), through the real pipeline (spaCy parse, actor resolver, event coder),
with look-alikes that must keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_cameo, no_event, some_event

# ---- D1: one's own ground taken back ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (deeds2 own ground taken back is fought for)
        # a state taking a town of its own country from its rebels or another's forces fights for it (190)
        (
            "Iraqi forces seized Ramadi from Islamic State in December 2015.",
            "ASSAULT",
            "190",
            "IRQ",
            "IMG-ISIS",
        ),
        ("Iraqi forces captured Fallujah from Islamic State in June 2016.", "ASSAULT", "190", "IRQ", None),
        ("Colombian troops seized the town from FARC rebels in 1998.", "ASSAULT", "190", "COL", "COL"),
        ("Nigerian troops recaptured Bama from Boko Haram in March 2015.", "ASSAULT", "190", "NGA", None),
        ("Azerbaijani troops captured the town of Shusha in November 2020.", "ASSAULT", "190", "AZE", None),
        (
            "Azerbaijani forces captured Shusha from Armenian forces in November 2020.",
            "ASSAULT",
            "190",
            "AZE",
            "ARM",
        ),
        # regaining, retaking or recapturing control of it too
        ("Azerbaijan regained control of Nagorno-Karabakh in September 2023.", "ASSAULT", "190", "AZE", None),
        ("The Syrian army regained control of Aleppo in December 2016.", "ASSAULT", "190", "SYR", None),
        (
            "Iraqi forces regained control of Tikrit from Islamic State fighters in March 2015.",
            "ASSAULT",
            "190",
            "IRQ",
            None,
        ),
        # (deeds2 idioms of the deed families)
        # ---- D2: the long tail of deed idioms -------------------------------------------------------------------------
        # workers that down tools strike (143); aircraft downed stay shot down (195)
        (
            "Nigerian oil workers downed tools in 1994 to demand the release of Moshood Abiola.",
            "PROTEST",
            "143",
            "NGA",
            None,
        ),
        (
            "South African mineworkers downed tools at the Marikana mine in August 2012.",
            "PROTEST",
            "143",
            "ZAF",
            None,
        ),
        ("Pakistani jets downed an Indian fighter in February 2019.", "ASSAULT", "195", "PAK", "IND"),
        ("The Turkish air force downed a Russian bomber in November 2015.", "ASSAULT", "195", "TUR", "RUS"),
        # a hunger strike begun by protesters (142), not a labour strike
        (
            "Jailed opposition leader Alexei Navalny began a hunger strike in a Russian penal colony in March 2021.",
            "PROTEST",
            "142",
            "RUS",
            None,
        ),
        (
            "Indian activist Anna Hazare began a hunger strike in New Delhi in April 2011.",
            "PROTEST",
            "142",
            "IND",
            None,
        ),
        # diplomats sent home are expelled (166); people ordered or kicked out of the country (174)
        ("Russia sent home 23 British diplomats in March 2018.", "SANCTION", "166", "RUS", "GBR"),
        (
            "Mali ordered the French ambassador out of the country in January 2022.",
            "SANCTION",
            "166",
            "MLI",
            "FRA",
        ),
        (
            "Nigeria ordered hundreds of thousands of Ghanaians out of the country in January 1983.",
            "COERCE",
            "174",
            "NGA",
            "GHA",
        ),
        (
            "Kuwait kicked thousands of Palestinians out of the country in 1991.",
            "COERCE",
            "174",
            "KWT",
            "PSE",
        ),
        # people carried off, or seized by gunmen, rebels or pirates, are abducted (181); a tanker seized is property
        (
            "Boko Haram fighters carried off 276 schoolgirls from Chibok in April 2014.",
            "ASSAULT",
            "181",
            None,
            None,
        ),
        ("Somali pirates carried off the crew of a German freighter in 2009.", "ASSAULT", "181", "SOM", None),
        ("Colombian FARC rebels seized Ingrid Betancourt in February 2002.", "ASSAULT", "181", "COL", None),
        ("Iranian forces seized a British tanker in July 2019.", "COERCE", "171", "IRN", "GBR"),
        # people questioned by prosecutors, police or investigators are interrogated (090); a ruling questioned is doubted
        (
            "South Korean prosecutors questioned former president Lee Myung-bak in March 2018.",
            "ACCUSE",
            "090",
            "KOR",
            None,
        ),
        (
            "Former Israeli prime minister Ehud Olmert was questioned by police in 2008.",
            "ACCUSE",
            "090",
            None,
            "ISR",
        ),
        (
            "French investigators questioned former president Nicolas Sarkozy in March 2018.",
            "ACCUSE",
            "090",
            "FRA",
            None,
        ),
        ("China questioned the legality of the ruling in 2016.", "ACCUSE", "110", "CHN", None),
        # barricades put up or erected by protesters obstruct passage (144); roadblocks set up by troops restrict it
        (
            "Ukrainian protesters put up barricades on Hrushevsky Street in Kyiv in January 2014.",
            "PROTEST",
            "144",
            "UKR",
            None,
        ),
        (
            "Venezuelan protesters erected barricades in Caracas in February 2014.",
            "PROTEST",
            "144",
            "VEN",
            None,
        ),
        ("Israeli troops set up roadblocks around Nablus in 2002.", "COERCE", "191", "ISR", None),
        # a population or a people driven out of or across a place is expelled en masse (201)
        (
            "Serb forces drove hundreds of thousands of Kosovo Albanians out of Kosovo in 1999.",
            "ASSAULT",
            "201",
            "SRB",
            None,
        ),
        (
            "Bulgaria forced more than 300,000 ethnic Turks across the border into Turkey in 1989.",
            "ASSAULT",
            "201",
            "BGR",
            None,
        ),
        # (deeds2 batch2 categories)
        # ---- batch 2 categories: protest idioms, people sent back, destruction, verdicts, aid flown, inquiries, postures ----
        # setting oneself on fire in protest is dissent (140, the dictionary's "IMMOLATE THEMSELVES")
        (
            "Tunisian street vendor Mohamed Bouazizi set himself on fire in Sidi Bouzid in December 2010 in protest at his treatment by local officials.",
            "PROTEST",
            "140",
            "TUN",
            None,
        ),
        (
            "Czech student Jan Palach burned himself to death in Prague in January 1969 in protest against the Soviet occupation.",
            "PROTEST",
            "140",
            "CZE",
            None,
        ),
        # protesters taking over a square obstruct it (144); bursting or breaking into a building storms it (145)
        (
            "Egyptian protesters took over Tahrir Square in Cairo in January 2011.",
            "PROTEST",
            "144",
            "EGY",
            None,
        ),
        (
            "Ukrainian protesters took over Kyiv's Independence Square in November 2013.",
            "PROTEST",
            "144",
            "UKR",
            None,
        ),
        (
            "Armenian protesters burst into the parliament in Yerevan in November 2020.",
            "PROTEST",
            "145",
            "ARM",
            None,
        ),
        (
            "Supporters of Donald Trump broke into the US Capitol in January 2021.",
            "PROTEST",
            "145",
            "USA",
            None,
        ),
        # camping out, or setting out or off on a march, is a demonstration (141)
        (
            "Thousands of Thai protesters camped out at Bangkok's Government House in 2008.",
            "PROTEST",
            "141",
            "THA",
            None,
        ),
        (
            "Israeli protesters camped out on Rothschild Boulevard in Tel Aviv in July 2011.",
            "PROTEST",
            "141",
            "ISR",
            None,
        ),
        ("Indian farmers set out on a march to New Delhi in November 2020.", "PROTEST", "141", "IND", None),
        (
            "Thousands of Pakistani lawyers set off on a long march to Islamabad in March 2009.",
            "PROTEST",
            "141",
            "PAK",
            None,
        ),
        # a people's nationals or migrants sent or flown back are deported (174); embassy staff ordered home withdrawn (166)
        (
            "Malaysia sent 1,086 Myanmar nationals back home aboard navy ships in February 2021.",
            "COERCE",
            "174",
            "MYS",
            "MMR",
        ),
        (
            "Germany sent 28 Afghan nationals back to Afghanistan in August 2024.",
            "COERCE",
            "174",
            "DEU",
            "AFG",
        ),
        (
            "The United States flew hundreds of Haitian migrants back to Haiti in September 2021.",
            "COERCE",
            "174",
            "USA",
            "HTI",
        ),
        (
            "Washington ordered the remaining staff of its embassy in Kabul home in August 2021.",
            "SANCTION",
            "166",
            "USA",
            None,
        ),
        # a prison or death sentence handed to a person is 173 (docs/annotation-conventions.md rule 8.1, twenty-third
        # session: before, a court's sentence was read as its verdict, 116)
        (
            "A Russian court sentenced opposition leader Alexei Navalny to 19 years in prison in August 2023.",
            "COERCE",
            "173",
            "RUS",
            None,
        ),
        (
            "An Egyptian court sentenced former president Mohamed Morsi to death in May 2015.",
            "COERCE",
            "173",
            "EGY",
            None,
        ),
        # forces crossing back are withdrawn (0874); crossing into another's ground stays force
        (
            "The last American troops crossed back into Kuwait from Iraq in December 2011.",
            "RETREAT",
            "0874",
            "USA",
            None,
        ),
        ("Russian troops crossed into Ukraine in February 2022.", "ASSAULT", "190", "RUS", "UKR"),
        # captives let go are released (0841)
        ("Iran let the 15 British sailors go in April 2007.", "RETREAT", "0841", "IRN", "GBR"),
        (
            "North Korea let two American journalists go in August 2009 after a visit by Bill Clinton.",
            "RETREAT",
            "0841",
            "PRK",
            "USA",
        ),
        # caving or yielding to pressure or demands is yielding (080)
        (
            "The French government caved in to pressure from farmers in February 2024.",
            "CONCEDE",
            "080",
            "FRA",
            None,
        ),
        (
            "The Hong Kong government yielded to protesters' demands in September 2019.",
            "CONCEDE",
            "080",
            None,
            None,
        ),
        # a government scrapping or repealing its own tax or decree reverses its policy (0832); a deal scrapped is rejected
        ("France scrapped its wealth tax in 2017.", "CONCEDE", "0832", "FRA", None),
        ("Britain repealed the poll tax in 1991.", "CONCEDE", "0832", "GBR", None),
        ("Donald Trump scrapped the Iran nuclear deal in 2018.", "REJECT", "127", "USA", None),
        # aid frozen, withheld or held up is aid cut (162; military 1622)
        ("The United States froze military aid to Egypt in October 2013.", "SANCTION", "1622", "USA", "EGY"),
        (
            "Washington withheld $300 million in military aid to Pakistan in 2018.",
            "SANCTION",
            "1622",
            "USA",
            "PAK",
        ),
        # relief or arms flown to a party are aid (073, 072), not a trip; a leader flying somewhere travels
        ("Indian air force planes flew relief supplies to Nepal in April 2015.", "AID", "073", "IND", "NPL"),
        (
            "Soviet planes flew arms to Egypt and Syria during the October 1973 war.",
            "AID",
            "072",
            "RUS",
            "EGY SYR",
        ),
        ("President Biden flew to Israel in October 2023.", "CONSULT", "042", "USA", "ISR"),
        # homes or offices searched by investigators are investigated (090)
        ("FBI agents searched Donald Trump's home in Florida in August 2022.", "ACCUSE", "090", "USA", None),
        (
            "French police searched the offices of the far-right National Rally in July 2024.",
            "ACCUSE",
            "090",
            "FRA",
            None,
        ),
        # missiles splashing down or landing in the sea are a show of force (150)
        (
            "North Korean missiles splashed down in the Sea of Japan in March 2023.",
            "MOBILIZE",
            "150",
            "PRK",
            None,
        ),
        ("Chinese missiles landed in the waters off Taiwan in August 2022.", "MOBILIZE", "150", "CHN", None),
        # forces going on alert raise their readiness (152)
        (
            "India's armed forces went on high alert in February 2019 after the attack in Pulwama.",
            "MOBILIZE",
            "152",
            "IND",
            None,
        ),
        (
            "The South Korean military went on alert in November 2010 after North Korea shelled Yeonpyeong island.",
            "MOBILIZE",
            "152",
            "KOR",
            None,
        ),
        # troops poured into another's ground are force used on it (190)
        ("Russia poured troops into Crimea in February 2014.", "ASSAULT", "190", "RUS", "UKR"),
        ("The Soviet Union poured troops into Afghanistan in December 1979.", "ASSAULT", "190", "RUS", "AFG"),
        # a party said to be behind a killing or a hacking is accused (112)
        (
            "Britain said Russia was behind the poisoning of Sergei Skripal in Salisbury.",
            "ACCUSE",
            "112",
            "GBR",
            "RUS",
        ),
        (
            "The United States said North Korea was behind the hacking of Sony Pictures in 2014.",
            "ACCUSE",
            "112",
            "USA",
            "PRK",
        ),
        # (deeds2 batch3 categories)
        # ---- batch 3 categories ---------------------------------------------------------------------------------------
        # a crowd walking through a city, turning out to demand something, or staying away from work protests
        (
            "Thousands of Hungarians walked through Budapest in December 2018 against the new overtime law.",
            "PROTEST",
            "141",
            "HUN",
            None,
        ),
        (
            "Thousands of Serbs walked through Belgrade in December 2023 against the election results.",
            "PROTEST",
            "141",
            "SRB",
            None,
        ),
        (
            "Hundreds of thousands of Poles turned out in Warsaw in June 2023 to protest against the government.",
            "PROTEST",
            "141",
            "POL",
            None,
        ),
        (
            "Millions of Nigerians stayed away from work in January 2012 in a strike over fuel prices.",
            "PROTEST",
            "143",
            "NGA",
            None,
        ),
        (
            "Chileans banged pots and pans in Santiago in October 2019 to protest against the government.",
            "PROTEST",
            "140",
            "CHL",
            None,
        ),
        # security forces clubbing demonstrators repress them (175)
        ("Iranian riot police clubbed demonstrators in Tehran in June 2009.", "ASSAULT", "175", "IRN", None),
        # pointing the finger at a party accuses it (112)
        (
            "Britain pointed the finger at Russia over the Salisbury poisoning in March 2018.",
            "ACCUSE",
            "112",
            "GBR",
            "RUS",
        ),
        # a military presence ended is a withdrawal (0874)
        ("Syria ended its military presence in Lebanon in April 2005.", "RETREAT", "0874", "SYR", "LBN"),
        (
            "The United States ended its military presence in Afghanistan in August 2021.",
            "RETREAT",
            "0874",
            "USA",
            "AFG",
        ),
        # tariffs raised on a party's goods (163); diplomats given days to leave are expelled (166)
        (
            "The United States raised tariffs on Chinese electric vehicles to 100 percent in May 2024.",
            "SANCTION",
            "163",
            "USA",
            "CHN",
        ),
        (
            "Russia gave 23 British diplomats a week to leave the country in March 2018.",
            "SANCTION",
            "166",
            "RUS",
            "GBR",
        ),
        # a resignation handed in or tendered (0831)
        (
            "Sri Lankan Prime Minister Mahinda Rajapaksa handed in his resignation in May 2022.",
            "CONCEDE",
            "0831",
            "LKA",
            None,
        ),
        (
            "Peruvian President Pedro Pablo Kuczynski tendered his resignation in March 2018.",
            "CONCEDE",
            "0831",
            "PER",
            None,
        ),
        # a constitution's article of one-party rule repealed is institutional change (0834)
        (
            "Czechoslovakia's parliament repealed the article of the constitution that guaranteed the Communist Party's leading role in November 1989.",
            "CONCEDE",
            "0834",
            "CZE",
            None,
        ),
        (
            "The Soviet parliament repealed the article of the constitution that guaranteed the Communist Party's monopoly on power in March 1990.",
            "CONCEDE",
            "0834",
            "RUS",
            None,
        ),
        # money disbursed is economic aid (071)
        (
            "The International Monetary Fund disbursed $2.75 billion to Egypt in November 2016.",
            "AID",
            "071",
            None,
            "EGY",
        ),
        # peacekeepers rolling into a place keep the peace there (074)
        ("Russian peacekeepers rolled into the Karabakh region in November 2020.", "AID", "074", "RUS", None),
        ("French peacekeepers rolled into Bangui in December 2013.", "AID", "074", "FRA", "CAF"),
        # courts of inquiry convened, people placed under investigation, samples collected, graves exhumed (090)
        (
            "The Indian army convened a court of inquiry into the killing of civilians in Nagaland in December 2021.",
            "ACCUSE",
            "090",
            "IND",
            None,
        ),
        (
            "French magistrates placed former president Nicolas Sarkozy under investigation in March 2018.",
            "ACCUSE",
            "090",
            "FRA",
            None,
        ),
        (
            "Italian prosecutors placed Matteo Salvini under investigation in August 2018.",
            "ACCUSE",
            "090",
            "ITA",
            None,
        ),
        (
            "UN inspectors collected samples in the Damascus suburbs in August 2013.",
            "ACCUSE",
            "090",
            None,
            None,
        ),
        (
            "Ukrainian investigators exhumed bodies from a mass grave in Izium in September 2022.",
            "ACCUSE",
            "090",
            "UKR",
            None,
        ),
        # (deeds2 batch4 categories)
        # ---- batch 4 categories ---------------------------------------------------------------------------------------
        # a crowd that packs, converges on a place or defies a ban to demand or protest demonstrates (141)
        (
            "Thousands of Armenians packed Republic Square in Yerevan in April 2018 to demand the resignation of Serzh Sargsyan.",
            "PROTEST",
            "141",
            "ARM",
            None,
        ),
        (
            "Thousands of Georgians converged on the parliament in Tbilisi in March 2023 to protest against the foreign agents bill.",
            "PROTEST",
            "141",
            "GEO",
            None,
        ),
        (
            "Tens of thousands of Belarusians defied a ban in August 2020 to protest against Alexander Lukashenko.",
            "PROTEST",
            "141",
            "BLR",
            None,
        ),
        # joining strikes (143) or marches (141); joining sanctions is no protest
        (
            "Millions of French workers joined strikes against the pension reform in March 2023.",
            "PROTEST",
            "143",
            "FRA",
            None,
        ),
        (
            "Thousands of Israelis joined marches against the judicial overhaul in 2023.",
            "PROTEST",
            "141",
            "ISR",
            None,
        ),
        # workers bringing a network to a standstill strike (143); protesters seizing a palace storm it (145)
        (
            "Striking British rail workers brought the rail network to a standstill in June 2022.",
            "PROTEST",
            "143",
            "GBR",
            None,
        ),
        (
            "Sri Lankan protesters seized the presidential palace in Colombo in July 2022.",
            "PROTEST",
            "145",
            "LKA",
            None,
        ),
        # control of a company's assets taken is confiscation (1711), not occupied ground
        (
            "Russia took control of the Russian subsidiary of the Danish brewer Carlsberg in July 2023.",
            "COERCE",
            "1711",
            "RUS",
            None,
        ),
        # a guilty verdict handed down (116)
        (
            "A Russian court handed down a guilty verdict against Alexei Navalny in 2021.",
            "ACCUSE",
            "116",
            "RUS",
            None,
        ),
        # troops flying out of a country withdraw (0874)
        ("The last British troops flew out of Afghanistan in August 2021.", "RETREAT", "0874", "GBR", "AFG"),
        (
            "The last American combat troops flew out of South Vietnam in March 1973.",
            "RETREAT",
            "0874",
            "USA",
            None,
        ),
        # a price increase suspended or an act repealed reverses a policy (0832)
        ("Chile's government suspended the fuel price increase in 2019.", "CONCEDE", "0832", "CHL", None),
        (
            "The South African parliament repealed the Group Areas Act in June 1991.",
            "CONCEDE",
            "0832",
            "ZAF",
            None,
        ),
        # borders opened to refugees give them refuge (075)
        ("Germany opened its borders to refugees from Syria in 2015.", "AID", "075", "DEU", None),
        # an investigation authorised (090)
        (
            "Judges at the International Criminal Court authorised an investigation into the situation in Burundi in 2017.",
            "ACCUSE",
            "090",
            "IGO-ICC",
            None,
        ),
    ],
)
def test_deeds2_categories(
    code: Code, text: str, plover: str, cameo: str, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # another state's ground seized by force is a capture by force, 190 (docs/annotation-conventions.md rule 9.1,
        # twenty-third session: before, an occupation, 192; occupation and annexation named as such stay 192)
        ("Turkish troops seized Afrin in March 2018.", "ASSAULT", "190"),
        ("Russian forces seized Crimea in February 2014.", "ASSAULT", "190"),
        ("Iraq seized Kuwait in August 1990.", "ASSAULT", "190"),
        ("Russia annexed Crimea in March 2014.", "COERCE", "192"),
        ("Indonesia occupied East Timor in December 1975.", "COERCE", "192"),
    ],
)
def test_deeds2_another_states_ground_seized_is_taken_by_force(
    code: Code, text: str, plover: str, cameo: str
) -> None:
    some_event(code, text, plover, cameo, None, None)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # forces facing each other make a show of force at each other, reciprocal, not military cooperation
        ("Indian and Chinese troops faced off on the Doklam plateau in 2017.", "IND CHN"),
        ("Greek and Turkish warships faced off near the Imia islets in January 1996.", "GRC TUR"),
    ],
)
def test_deeds2_forces_facing_off(code: Code, text: str, source: str) -> None:
    events = code(text)
    assert any(
        e.cameo == "150" and e.reciprocal and {a.code for a in e.source} == set(source.split())
        for e in events
    ), events
    assert all(e.cameo != "062" for e in events), events


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # shells and rockets as the subject of a verb of impact fight with artillery (194, the dictionary's "SHELL
        # SLAM"); missiles are force (190)
        ("Russian missiles slammed into apartment blocks in Dnipro in January 2023.", "190", "RUS"),
        ("Syrian government shells hit rebel-held districts of Homs in 2012.", "194", "SYR"),
        ("Russian rockets hit the centre of Kharkiv in March 2022.", "194", "RUS"),
        # a bomb, a blast or an explosion tearing through a place bombs (183); a state's bombs are aerial (195)
        ("A car bomb ripped through a market in Baghdad's Sadr City in 2006.", "183", None),
        ("A massive explosion tore through the American embassy in Nairobi in August 1998.", "183", None),
        ("NATO bombs hit a passenger train in southern Serbia in April 1999.", "195", "IGO-NATO"),
    ],
)
def test_deeds2_fire_named_by_its_projectile(code: Code, text: str, cameo: str, source: str | None) -> None:
    events = code(text)
    assert any(
        e.cameo == cameo and (source is None or {a.code for a in e.source} == {source}) for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        # (deeds2 nature and sport are no events)
        # hazards of nature and their participles, and results of sport with a score, are no events
        "An earthquake struck eastern Turkey in February 2023.",
        "Iceland's Eyjafjallajokull volcano erupted in April 2010, sending ash across Europe.",
        "Mount St. Helens erupted in May 1980, blasting away the top of the mountain.",
        "Germany beat Argentina 1-0 in Rio de Janeiro in July 2014 to win the World Cup.",
        "New Zealand beat France 8-7 in Auckland in October 2011 to win the Rugby World Cup.",
        "Brazil beat Germany 2-0 in Yokohama in 2002.",
        # (deeds2 batch2 no events)
        # dying is no event; a leader ousted is not deported
        "Queen Elizabeth II died at Balmoral in September 2022.",
        "Former Soviet leader Mikhail Gorbachev died in Moscow in August 2022.",
    ],
)
def test_deeds2_no_events(code: Code, text: str) -> None:
    assert code(text) == [], code(text)


def test_deeds2_searching_for_survivors_is_no_inquiry(code: Code) -> None:
    # searching for survivors is no inquiry; since deeds45 it is a rescue (073), as survivors pulled from the rubble
    # already were ("V 073 ... dobj=survivor")
    events = code("Israeli rescue workers searched for survivors in the rubble.")
    assert all(e.event != "ACCUSE" for e in events), events
    assert [e.cameo for e in events] == ["073"], events


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # weapons arriving pay no visit: the participle that names their giver is the deed (072)
        ("The first Challenger tanks supplied by Britain arrived in Ukraine in March 2023.", "072", "GBR"),
        ("The first Leopard tanks sent by Germany arrived in Ukraine in March 2023.", "072", "DEU"),
        # a leader arriving visits
        ("President Joe Biden arrived in Kyiv in February 2023.", None, "USA"),
    ],
)
def test_deeds2_weapons_arriving_are_delivered(code: Code, text: str, cameo: str | None, source: str) -> None:
    events = code(text)
    if cameo is None:
        assert any(e.event == "CONSULT" for e in events), events
        return
    assert any(e.cameo == cameo and {a.code for a in e.source} == {source} for e in events), events
    assert all(e.event != "CONSULT" for e in events), events


def test_deeds2_ousting_a_leader_is_no_deportation(code: Code) -> None:
    no_cameo(code, "The Egyptian army ousted President Mohamed Morsi in July 2013.", "174")


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle packed with explosives blowing up, or a truck bomb going off, is a bombing (183)
        "A car packed with explosives blew up outside a police station in Istanbul in 2016.",
        "A truck bomb went off outside the US embassy in Nairobi in August 1998.",
    ],
)
def test_deeds2_vehicles_blowing_up_are_bombings(code: Code, text: str) -> None:
    events = code(text)
    assert any(e.cameo == "183" for e in events), events


def test_deeds2_voters_turning_out_do_not_protest(code: Code) -> None:
    no_event(code, "Millions of Indian voters turned out to vote in the general election in 2019.", "PROTEST")


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Britain joined the sanctions against Russia in 2022.", "PROTEST"),
        # a company's assets named by a nationality are no ground (a town of another state seized is a capture by
        # force since the twenty-third session, rule 9.1: "seized the town of Izium" left this list)
        (
            "Russia took control of the Russian assets of the Finnish energy company Fortum in April 2023.",
            "ASSAULT",
        ),
    ],
)
def test_deeds2_batch4_look_alikes(code: Code, text: str, forbidden: str) -> None:
    no_event(code, text, forbidden)
