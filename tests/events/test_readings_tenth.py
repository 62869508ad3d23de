"""Event readings by category, tenth session (issue 9, readings): aid pledged rather than delivered, forces that
help a government, pressure that made a party yield, pejoratives, court cases, borders closed, missiles fired
into the sea near a party, a state's bombing, held people released and ground handed back in the passive,
facilities opened together, and the shapes of consultation (talks that broke down, calls arranged, visits
named in an adjunct, agreements brokered by a third party).

Each category is checked on several sentences written for these tests (true statements about real actors),
through the real pipeline (spaCy parse, actor resolver, event coder), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # aid pledged, promised or announced is a commitment to give it (033x, PLOVER AGREE), by its kind
        (
            "Germany pledged 2.7 billion euros in military aid to Ukraine in May 2023.",
            "AGREE",
            "0332",
            "DEU",
            "UKR",
        ),
        (
            "The United States announced 300 million dollars in new military aid for Ukraine.",
            "AGREE",
            "0332",
            "USA",
            "UKR",
        ),
        ("Canada announced new military aid for Ukraine in 2023.", "AGREE", "0332", "CAN", "UKR"),
        (
            "The European Union pledged 50 billion euros in economic aid to Ukraine in February 2024.",
            "AGREE",
            "0331",
            "IGO-EU",
            "UKR",
        ),
        (
            "The United States pledged humanitarian aid to Turkey after the earthquake in February 2023.",
            "AGREE",
            "0333",
            "USA",
            "TUR",
        ),
        (
            "Britain announced a new package of humanitarian aid for Sudan in 2024.",
            "AGREE",
            "0333",
            "GBR",
            "SDN",
        ),
        (
            "Japan pledged 5.5 billion dollars in aid for Ukraine in February 2023.",
            "AGREE",
            None,
            "JPN",
            "UKR",
        ),
        # agreeing to send weapons is a commitment too
        (
            "Washington finally agreed to send Abrams tanks to Ukraine in January 2023.",
            "AGREE",
            "0332",
            "USA",
            "UKR",
        ),
        # ... while aid sent or delivered is aid (07)
        ("Germany delivered Leopard tanks to Ukraine in 2023.", "AID", "072", "DEU", "UKR"),
        ("Germany sent military aid worth two billion euros to Ukraine in 2023.", "AID", "072", "DEU", "UKR"),
        # peacekeepers deployed or sent are peacekeeping (074)
        ("Russia deployed peacekeepers to Nagorno-Karabakh in November 2020.", "AID", "074", "RUS", "AZE"),
        ("India sent peacekeepers to Sri Lanka in 1987.", "AID", "074", "IND", "LKA"),
        # forces or advisers helping a government are military aid (072), toward the country they were sent to
        (
            "Rwandan troops sent to Mozambique helped the government push back the insurgents in 2021.",
            "AID",
            "072",
            "RWA",
            "MOZ",
        ),
        ("Cuban troops sent to Angola helped the government fight UNITA rebels.", "AID", "072", "CUB", "AGO"),
        ("Russian troops helped the Syrian government retake Palmyra in 2016.", "AID", "072", "RUS", "SYR"),
        ("Iranian advisers helped the Iraqi government fight the Islamic State.", "AID", "072", "IRN", "IRQ"),
        # ... while a state's help stays aid of no stated kind
        ("Russia helped the Syrian government retake Aleppo in 2016.", "AID", "070", "RUS", "SYR"),
    ],
)
def test_readings_tenth_aid_pledged_and_given(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # pressure under which a party yielded was a demand that it yield (105x), aimed at the one who yielded
        (
            "Under American pressure, Israel withdrew its troops from Sinai in 1957.",
            "REQUEST",
            "1056",
            "USA",
            "ISR",
        ),
        (
            "Under NATO pressure, Serbian forces pulled out of Kosovo in June 1999.",
            "REQUEST",
            "1056",
            "IGO-NATO",
            "SRB",
        ),
        (
            "Under pressure from Washington, Israel opened the Erez crossing in 2024.",
            "REQUEST",
            "1055",
            "USA",
            "ISR",
        ),
        # ... and the yielding stays the doer's
        (
            "Under American pressure, Israel withdrew its troops from Sinai in 1957.",
            "RETREAT",
            "0872",
            "ISR",
            None,
        ),
        # pressure on a deed of another kind stays coercion
        ("Under Chinese pressure, Nepal deported Tibetan refugees.", "COERCE", "170", "CHN", "NPL"),
    ],
)
def test_readings_tenth_pressure_that_made_a_party_yield(
    code_background: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code_background, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (readings tenth names and cases)
        # a party or a leader called a pejorative is denounced (111), never telephoned
        ("Erdogan called Israel a terror state in November 2023.", "ACCUSE", "111", "TUR", "ISR"),
        ("Biden called Putin a killer in 2021.", "ACCUSE", "111", "USA", "RUS"),
        ("Biden called Putin a war criminal in March 2022.", "ACCUSE", "111", "USA", "RUS"),
        # ... and a good name stays praise
        ("Putin called Erdogan a reliable partner in 2022.", "SUPPORT", "051", "RUS", "TUR"),
        # a case, a lawsuit or proceedings against a party are a lawsuit (115), plaintiff against defendant
        (
            "South Africa's case against Israel under the Genocide Convention was first heard in January 2024.",
            "ACCUSE",
            "115",
            "ZAF",
            "ISR",
        ),
        (
            "The Gambia's case against Myanmar at the International Court of Justice began in 2019.",
            "ACCUSE",
            "115",
            "GMB",
            "MMR",
        ),
        (
            "Ukraine brought a case against Russia at the International Court of Justice in 2022.",
            "ACCUSE",
            "115",
            "UKR",
            "RUS",
        ),
        (
            "Nicaragua took a case against the United States to the International Court of Justice in 1984.",
            "ACCUSE",
            "115",
            "NIC",
            "USA",
        ),
        # (readings tenth works opened together)
        # a work opened or inaugurated together, by two parties or with a partner, is economic cooperation (061)
        (
            "Erdogan and Putin opened the TurkStream pipeline in Istanbul in January 2020.",
            "COOPERATE",
            "061",
            "TUR RUS",
            "",
        ),
        ("Modi opened the Salma Dam in Herat with Ashraf Ghani in 2016.", "COOPERATE", "061", "IND", "AFG"),
        (
            "Putin inaugurated the Power of Siberia pipeline with Xi Jinping in 2019.",
            "COOPERATE",
            "061",
            "RUS",
            "CHN",
        ),
        # ... also in a gerund on the way back from it, beside the journey's own deed
        (
            "Modi visited Lahore on his way back from inaugurating the Afghan parliament building with Ashraf Ghani in Kabul in December 2015.",
            "COOPERATE",
            "061",
            "IND",
            "AFG",
        ),
        (
            "Modi visited Lahore on his way back from inaugurating the Afghan parliament building with Ashraf Ghani in Kabul in December 2015.",
            "CONSULT",
            "042",
            "IND",
            "PAK",
        ),
    ],
)
def test_readings_tenth_names_cases_and_works_opened_together(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_readings_tenth_a_case_for_something_is_no_lawsuit(code: Code) -> None:
    no_cameo(code, "The case for sanctions on Iran was debated in Brussels.", "115")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (readings tenth borders missiles and bombing)
        # a border or an airspace closed to a party restricts its movement (191)
        ("Morocco closed its border with Algeria in 1994.", "COERCE", "191", "MAR", "DZA"),
        ("Finland closed its border with Russia in November 2023.", "COERCE", "191", "FIN", "RUS"),
        ("Poland closed its airspace to Russian airlines in February 2022.", "COERCE", "191", "POL", "RUS"),
        # ... while an embassy closed reduces relations
        ("Canada closed its embassy in Tehran in 2012.", "SANCTION", None, "CAN", "IRN"),
        # missiles fired into the sea near a party are a show of force aimed at it (150)
        (
            "In March 1996 the Chinese army fired missiles into the sea near Taiwan.",
            "MOBILIZE",
            "150",
            "CHN",
            "TWN",
        ),
        (
            "China fired ballistic missiles into the waters around Taiwan in August 2022.",
            "MOBILIZE",
            "150",
            "CHN",
            "TWN",
        ),
        (
            "North Korea launched missiles into the waters near Japan in 2022.",
            "MOBILIZE",
            "150",
            "PRK",
            "JPN",
        ),
        # ... while missiles fired at a party are fire
        ("Iran fired missiles at Israel in April 2024.", "ASSAULT", None, "IRN", "ISR"),
        # a state's bombing, verb or noun, is aerial (195); a group's stays a bombing (183)
        ("Israel bombed the Osirak reactor in Iraq in 1981.", "ASSAULT", "195", "ISR", "IRQ"),
        ("The Israeli air force bombed a Syrian reactor in 2007.", "ASSAULT", "195", "ISR", "SYR"),
        ("NATO's bombing of Yugoslavia lasted 78 days in 1999.", "ASSAULT", "195", "IGO-NATO", "SRB"),
        (
            "Israel's bombing of the Osirak reactor in 1981 was condemned by the United Nations.",
            "ASSAULT",
            "195",
            "ISR",
            None,
        ),
        ("Hamas militants bombed a bus in Jerusalem in 1996.", "ASSAULT", "183", "PSE", None),
        # (readings tenth consultation shapes)
        # talks that broke down or collapsed were held (04x) and halted (164), both by their parties
        ("Talks between Russia and Ukraine in Istanbul broke down in 2022.", "CONSULT", None, "RUS UKR", ""),
        (
            "Talks between Russia and Ukraine in Istanbul broke down in 2022.",
            "SANCTION",
            "164",
            "RUS UKR",
            "",
        ),
        ("Negotiations between Israel and Syria collapsed in 2000.", "CONSULT", "046", "ISR SYR", ""),
        ("Negotiations between Israel and Syria collapsed in 2000.", "SANCTION", "164", "ISR SYR", ""),
        (
            "The talks between Armenia and Azerbaijan broke down after six weeks.",
            "CONSULT",
            None,
            "ARM AZE",
            "",
        ),
        # a meeting or a call arranged or facilitated by a third party: its mediation between those who met
        (
            "Pashinyan and Aliyev met in Brussels in May 2022 at a meeting arranged by the European Union.",
            "CONSULT",
            "045",
            "IGO-EU",
            "ARM AZE",
        ),
        # ... and those who met, met each other (the mediator is no counterpart)
        (
            "Pashinyan and Aliyev met in Brussels in May 2022 at a meeting arranged by the European Union.",
            "CONSULT",
            "040",
            "ARM AZE",
            "",
        ),
        (
            "Netanyahu and Abbas held direct talks facilitated by the United States in September 2010.",
            "CONSULT",
            "045",
            "USA",
            "ISR PSE",
        ),
        (
            "Turkey arranged talks between Russia and Ukraine in Istanbul in March 2022.",
            "CONSULT",
            "045",
            "TUR",
            "RUS UKR",
        ),
        (
            "The talks between Armenia and Azerbaijan, facilitated by the European Union, took place in Brussels.",
            "CONSULT",
            "045",
            "IGO-EU",
            "ARM AZE",
        ),
        # an agreement brokered or mediated by a third party: its mediation between the parties
        (
            "The ceasefire brokered by Russia between Armenia and Azerbaijan ended the war in November 2020.",
            "CONSULT",
            "045",
            "RUS",
            "ARM AZE",
        ),
        (
            "The Camp David Accords, mediated by the United States, were signed by Egypt and Israel in 1978.",
            "CONSULT",
            "045",
            "USA",
            "EGY ISR",
        ),
        (
            "The Abraham Accords, brokered by the United States, were signed in September 2020.",
            "CONSULT",
            "045",
            "USA",
            None,
        ),
        # a visit named in an adjunct is the visitor's (042), beside what was done during it
        ("Putin met Erdogan during his visit to Tehran in July 2022.", "CONSULT", "042", "RUS", "IRN"),
        ("Putin met Erdogan during his visit to Tehran in July 2022.", "CONSULT", "040", "RUS", "TUR"),
        (
            "During his visit to Kyiv in February 2023, Biden promised more weapons to Ukraine.",
            "CONSULT",
            "042",
            "USA",
            "UKR",
        ),
        # (readings tenth ground lent and arms bought)
        # letting another party or its forces use one's bases, ground or air is military cooperation (062),
        # host toward user
        ("Kyrgyzstan allowed the United States to use the Manas air base.", "COOPERATE", "062", "KGZ", "USA"),
        (
            "Uzbekistan allowed American forces to use the Karshi-Khanabad air base after 2001.",
            "COOPERATE",
            "062",
            "UZB",
            "USA",
        ),
        (
            "Belarus allowed Russia to fire missiles from its territory in 2022.",
            "COOPERATE",
            "062",
            "BLR",
            "RUS",
        ),
        (
            "Turkey allowed the United States to use the Incirlik air base in 2015.",
            "COOPERATE",
            "062",
            "TUR",
            "USA",
        ),
        # ... while people let in are a concession, and aid let through is humanitarian access
        ("Turkey allowed Syrian refugees to enter its territory.", "CONCEDE", "080", "TUR", None),
        ("Egypt allowed aid convoys to pass through its territory.", "RETREAT", "0863", "EGY", None),
        # arms bought from a party are military cooperation (062), buyer toward seller, also as a participle on
        # what the buyer uses (beside the deed it does with them)
        ("Poland bought K2 tanks from South Korea in 2022.", "COOPERATE", "062", "POL", "KOR"),
        ("Egypt purchased Rafale jets from France in 2015.", "COOPERATE", "062", "EGY", "FRA"),
        ("Russia used drones bought from Iran against Ukrainian cities.", "COOPERATE", "062", "RUS", "IRN"),
        ("Russia has attacked Ukraine with drones bought from Iran.", "COOPERATE", "062", "RUS", "IRN"),
        ("Russia has attacked Ukraine with drones bought from Iran.", "ASSAULT", None, "RUS", "UKR"),
        # ... and the seller is no target of the deed done with them
        ("Russia used drones bought from Iran against Ukrainian cities.", "ASSAULT", None, "RUS", ""),
    ],
)
def test_readings_tenth_borders_consultations_and_arms(
    code_background: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None
) -> None:
    some_event(code_background, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # people held by a party, freed, released or handed over in the passive: the holder released them (0841)
        ("The British sailors held by Iran were freed in April 2007.", "RETREAT", "0841", "IRN", "GBR"),
        (
            "The American diplomats held by Iran were released in January 1981.",
            "RETREAT",
            "0841",
            "IRN",
            "USA",
        ),
        (
            "The Ukrainian soldiers held by Russia were released in a prisoner exchange in 2022.",
            "RETREAT",
            "0841",
            "RUS",
            "UKR",
        ),
        (
            "The hostages held by Hamas were handed over to the Red Cross in November 2023.",
            "RETREAT",
            "0841",
            "PSE",
            None,
        ),
        # ... as in the active
        ("Hamas handed over two hostages to the Red Cross in October 2023.", "RETREAT", "0841", "PSE", None),
        # ground handed back or returned: its holder (the "by" agent, or the subject of a relative clause) gives
        # it back (0842)
        (
            "The districts that Armenian forces had held were returned to Azerbaijan in 2020.",
            "RETREAT",
            "0842",
            "ARM",
            "AZE",
        ),
        ("Macau was returned to China by Portugal in 1999.", "RETREAT", "0842", "PRT", "CHN"),
        ("Hong Kong was handed back to China by Britain in 1997.", "RETREAT", "0842", "GBR", None),
        (
            "The Sinai Peninsula was returned to Egypt by Israel under the 1979 peace treaty.",
            "RETREAT",
            "0842",
            "ISR",
            "EGY",
        ),
    ],
)
def test_readings_tenth_held_people_and_ground_given_back(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        # the holding named on the freed is background: no new detention or occupation
        ("The British sailors held by Iran were freed in April 2007.", "COERCE"),
        ("The American diplomats held by Iran were released in January 1981.", "COERCE"),
        ("The districts that Armenian forces had held were returned to Azerbaijan in 2020.", "COERCE"),
    ],
)
def test_readings_tenth_holding_on_the_freed_is_no_deed(code: Code, text: str, deed: str) -> None:
    no_event(code, text, deed)


def test_readings_tenth_arranging_ones_own_meeting_is_no_mediation(code: Code) -> None:
    no_cameo(code, "Iran arranged a meeting with Saudi officials in Baghdad.", "045")


@pytest.mark.parametrize(
    "text",
    [
        # a work opened by one party alone is no cooperation
        "Turkey inaugurated a new airport in Istanbul in 2018.",
        "Russia opened the Crimean bridge in 2018.",
    ],
)
def test_readings_tenth_a_work_opened_alone_is_no_cooperation(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")


def test_readings_tenth_held_back_from_a_deed_stays_negated(code: Code) -> None:
    # (the journey of "on his way back from" holds nothing back; "held back from sending" does)
    events = code("Germany held back from sending tanks to Ukraine in 2022.")
    assert events and all(e.modality == "negated" for e in events), events


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # an occupation said to have lasted, ended by a withdrawal, happened: the same doer's 192 toward the same
        # place, beside the withdrawal
        (
            "Israel withdrew from southern Lebanon in 2000, ending an occupation that had lasted 18 years.",
            "COERCE",
            "192",
            "ISR",
            "LBN",
        ),
        (
            "Israel withdrew from southern Lebanon in 2000, ending an occupation that had lasted 18 years.",
            "RETREAT",
            "0872",
            "ISR",
            "LBN",
        ),
        (
            "Vietnam withdrew its troops from Cambodia in 1989, ending an occupation that had lasted a decade.",
            "COERCE",
            "192",
            "VNM",
            "KHM",
        ),
        # ... while an occupation ended with nothing said of how long it lasted is the ending alone
        ("Russia ended its occupation of Kherson in November 2022.", "RETREAT", "0872", "RUS", "UKR"),
    ],
)
def test_readings_tenth_an_occupation_that_lasted(
    code_background: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code_background, text, plover, cameo, source, target)


def test_readings_tenth_an_occupation_ended_alone_is_no_occupation(code: Code) -> None:
    no_cameo(code, "Russia ended its occupation of Kherson in November 2022.", "192")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a refusal to apologise rejects the party owed the apology: named with "to", or the one harmed by the deed
        (
            "Turkey's refusal to apologise for the downing of the Russian jet angered Moscow in 2015.",
            "TUR",
            "RUS",
        ),
        ("Israel refused to apologise for the deaths of nine Turkish activists until 2013.", "ISR", "TUR"),
        ("Erdogan refused to apologise for shooting down the Russian jet.", "TUR", "RUS"),
    ],
)
def test_readings_tenth_refusal_to_apologise(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REJECT", "120", source, target)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # an amount of aid sent or provided takes the kind of the aid it is measured in, also when the parser hangs
        # the phrase on the verb
        (
            "The United States sent 300 million dollars in military aid to Ukraine in 2023.",
            "072",
            "USA",
            "UKR",
        ),
        ("Japan provided 100 million dollars in humanitarian aid to Ukraine in 2022.", "073", "JPN", "UKR"),
        (
            "Germany provided more than five billion euros in military aid to Ukraine in 2023.",
            "072",
            "DEU",
            "UKR",
        ),
    ],
)
def test_readings_tenth_aid_sent_in_an_amount(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, "AID", cameo, source, target)


def test_readings_tenth_a_deed_alleged_is_the_accusation(code: Code) -> None:
    # (the deed one is accused of is the accusation's content: the accusation stays the sentence's event)
    some_event(
        code,
        "China accused the Philippines of allowing American forces to use its bases in 2023.",
        "ACCUSE",
        "112",
        "CHN",
        "PHL",
    )
    # ... while the deed done is the host's cooperation
    some_event(
        code,
        "The Philippines allowed American forces to use four more bases in 2023.",
        "COOPERATE",
        "062",
        "PHL",
        "USA",
    )
