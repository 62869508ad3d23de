"""Event readings of the talk families by category, twelfth session (issue 9, agree): forces a party says it will
send (a promise of protection or a threat, A2), deadlines given as a span of time (ultimatums), demands whose bare
verb the parser took for a past, and idioms of approval, rejection and offers (A3).

Each category is checked on several sentences written for these tests (true statements about real actors),
through the real pipeline (spaCy parse, actor resolver, event coder), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, first, no_cameo, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (readings twelfth forces one says one will send)
        # A2: forces a party says it will send to another party are a promise of protection to it (0334) ...
        (
            "Canada said it would send 450 troops to Latvia to lead a NATO battlegroup.",
            "AGREE",
            "0334",
            "CAN",
            "LVA",
        ),
        (
            "France announced in January 2013 that it would send troops to Mali to halt an Islamist advance.",
            "AGREE",
            "0334",
            "FRA",
            "MLI",
        ),
        # ... refused when negated ...
        ("Britain said it would not send combat troops to Ukraine.", "REJECT", "1224", "GBR", "UKR"),
        # ... and a threat of force when sent into a party or aimed at one from one's own ground (138)
        (
            "Turkey said it would send troops into northern Iraq to hunt PKK fighters.",
            "THREATEN",
            "138",
            "TUR",
            "IRQ",
        ),
        # (readings twelfth deadlines given)
        # a deadline given as a span of time or a date by which a party must act is an ultimatum (139)
        (
            "NATO gave the Bosnian Serbs ten days to withdraw their heavy weapons from around Sarajevo.",
            "THREATEN",
            "139",
            "IGO-NATO",
            "BIH",
        ),
        (
            "The United States gave Saddam Hussein 48 hours to leave Iraq in March 2003.",
            "THREATEN",
            "139",
            "USA",
            "IRQ",
        ),
        (
            "Saudi Arabia and its allies gave Qatar ten days to meet thirteen demands in June 2017.",
            "THREATEN",
            "139",
            "SAU",
            "QAT",
        ),
        # the same deadline given to diplomats to leave the country is their expulsion (166)
        (
            "Niger's junta gave the French ambassador 48 hours to leave the country in August 2023.",
            "SANCTION",
            "166",
            "NER",
            "FRA",
        ),
        # (readings twelfth lead categories)
        # the lead's K3-K10: solidarity with a party, a deed likened to crimes, visits by flying in for talks,
        # demands waved away, plans worked out, names put to an accord
        ("Turkey declared its solidarity with Azerbaijan.", "SUPPORT", "051", "TUR", "AZE"),
        ("Erdogan likened Israel's bombing of Gaza to Nazi crimes.", "ACCUSE", "111", "TUR", "ISR"),
        ("Ukraine compared Russia's policy to the crimes of Stalin.", "ACCUSE", "111", "UKR", "RUS"),
        ("Blinken flew into Cairo for talks with Egyptian officials.", "CONSULT", "042", "USA", "EGY"),
        ("Moscow waved away the demands of Kyiv.", "REJECT", "120", "RUS", "UKR"),
        (
            "Britain and Ireland worked out a plan for power-sharing in Northern Ireland.",
            "AGREE",
            "030",
            "GBR IRL",
            "",
        ),
        ("Serbia and Kosovo put their names to an accord on trade.", "SUPPORT", "057", "SRB XKX", ""),
    ],
)
def test_readings_twelfth_forces_deadlines_and_lead_categories(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_readings_twelfth_drills_to_come_stay_a_planned_posture(code: Code) -> None:
    event = first(code("China will hold military drills around Taiwan next week, the defence ministry said."))
    assert (event.event, event.modality) == ("MOBILIZE", "intended")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a demand's bare verb that the parser tagged as a past is still what is demanded
        ("Greece insisted that North Macedonia rename itself before joining NATO.", "GRC", "MKD"),
        (
            "The IAEA demanded that Iran explain traces of uranium found at undeclared sites.",
            "IGO-IAEA",
            "IRN",
        ),
    ],
)
def test_readings_twelfth_demanded_bare_verb(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REQUEST", "100", source, target)


def test_readings_twelfth_insisted_past_deed_stays_stated(code: Code) -> None:
    events = code("Moscow insisted that Ukrainian forces shelled the plant.")
    assert events and all(e.event != "REQUEST" for e in events)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # the plug pulled on a thing is its cancellation: a deal 127, talks 164
        (
            "Malaysia pulled the plug on the high-speed rail deal with Singapore in 2021.",
            "REJECT",
            "127",
            "MYS",
            "SGP",
        ),
        (
            "Washington pulled the plug on talks with the Taliban in September 2019.",
            "SANCTION",
            "164",
            "USA",
            "AFG",
        ),
        # a deal torn up, the door slammed on a bid, a deadline brushed aside
        (
            "Washington tore up the Anti-Ballistic Missile Treaty with Moscow in December 2001.",
            "REJECT",
            "127",
            "USA",
            "RUS",
        ),
        ("Turkey slammed the door on Sweden's bid to join NATO in May 2022.", "REJECT", "120", "TUR", "SWE"),
        (
            "Serbia brushed aside a NATO deadline to withdraw its forces from Kosovo.",
            "REJECT",
            "120",
            "SRB",
            "IGO-NATO",
        ),
        # arms approved for a party by their delivery or transfer named as a noun, or the go-ahead given for it
        (
            "The Dutch government approved the delivery of F-16 fighter jets to Ukraine in August 2023.",
            "AGREE",
            "0332",
            "NLD",
            "UKR",
        ),
        (
            "Britain gave the go-ahead for the transfer of Storm Shadow missiles to Ukraine in May 2023.",
            "AGREE",
            "0332",
            "GBR",
            "UKR",
        ),
        # signing off on a thing reads as approving it
        (
            "EU ministers signed off on sanctions against Belarus in June 2021.",
            "SANCTION",
            "163",
            "IGO-EU",
            "BLR",
        ),
        # a hand of friendship or peace extended or held out is an offer to cooperate
        ("Nawaz Sharif extended a hand of friendship to India in 2013.", "AGREE", "030", "PAK", "IND"),
        (
            "Anwar Sadat held out a hand of peace to Israel in his Knesset speech in 1977.",
            "AGREE",
            "030",
            "EGY",
            "ISR",
        ),
        # efforts stepped up are no show of force of their own
        (
            "Egypt and Qatar agreed to step up efforts to secure a truce in Gaza.",
            "AGREE",
            "030",
            "EGY QAT",
            "",
        ),
    ],
)
def test_readings_twelfth_idioms(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target or None)


def test_readings_twelfth_a_country_stretching_is_no_event(code: Code) -> None:
    assert code("Chile stretches more than 4,000 kilometres from north to south.") == []


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # A1: a deal, a truce or an exchange negotiated, secured or hammered out between two other parties is the
        # negotiator's mediation (045) ...
        (
            "Egypt negotiated a ceasefire between Israel and Islamic Jihad in August 2022.",
            "CONSULT",
            "045",
            "EGY",
            None,
        ),
        (
            "Turkey and the UN secured a grain deal between Russia and Ukraine in July 2022.",
            "CONSULT",
            "045",
            "TUR IGO-UN",
            "RUS UKR",
        ),
        (
            "The United States hammered out a truce between Israel and Hezbollah in November 2024.",
            "CONSULT",
            "045",
            "USA",
            None,
        ),
        # ... but the parties' own negotiation when the "between" phrase names only them
        (
            "Russia and Ukraine negotiated a prisoner exchange between their forces.",
            "CONSULT",
            "046",
            None,
            "",
        ),
        # the parties' agreement at talks a third party brokered stays theirs
        (
            "Ethiopia and Eritrea signed a peace deal brokered by Saudi Arabia in 2018.",
            "SUPPORT",
            "057",
            "ETH ERI",
            "",
        ),
    ],
)
def test_readings_twelfth_mediation_between_parties(
    code: Code, text: str, plover: str, cameo: str, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # A3: idioms of the talk families, each read as the codebook's code it stands for
        ("The White House walked back the president's remark on Taiwan in 2022.", "CONCEDE", "080"),
        ("Israel dug in its heels over the settlements in 2010.", "REJECT", "124"),
        ("Turkey stood firm against Sweden's bid to join NATO in 2022.", "REJECT", "124"),
        ("The European Union held out the offer of membership talks to Ukraine in 2022.", "AGREE", "036"),
        ("Britain tabled a peace proposal for Cyprus at the UN in 2002.", "REQUEST", "027"),
        ("Brazil tabled a resolution on Gaza at the UN Security Council in October 2023.", "REQUEST", "020"),
        ("Germany came out against sending fighter jets to Ukraine in 2023.", "REJECT", "120"),
        ("Russia stonewalled the international investigation into the downing of MH17.", "REJECT", "120"),
        ("Trump turned his back on the Paris climate agreement in 2017.", "REJECT", "127"),
        ("Beijing pointed the finger at Washington for the war in Ukraine in 2022.", "ACCUSE", "112"),
        ("Washington took aim at Beijing's trade practices in 2018.", "ACCUSE", "110"),
        ("The United States leaned on Israel to allow more aid into Gaza in 2024.", "REQUEST", None),
        ("Obama drew a red line on Syria's use of chemical weapons in 2012.", "THREATEN", "130"),
        ("Russia hinted at a nuclear response to NATO in 2022.", "THREATEN", "130"),
        ("Iran and Saudi Arabia buried the hatchet in March 2023.", "SUPPORT", "050"),
        ("Turkey and Israel mended fences in 2022.", "SUPPORT", "050"),
        ("India and China came to terms over the border patrols in October 2024.", "AGREE", "030"),
        ("Russia and China shook hands on a gas pipeline deal in 2014.", "AGREE", "030"),
        ("Washington sounded out Tehran on a prisoner swap in 2023.", "CONSULT", "040"),
        ("France came to the defence of Lebanon in 2020.", "SUPPORT", "052"),
        ("Japan teamed up with Australia to build undersea cables in the Pacific.", "COOPERATE", "060"),
        ("The United States extended an invitation to Zelensky to visit Washington in 2022.", "AGREE", "036"),
    ],
)
def test_readings_twelfth_talk_idioms(code: Code, text: str, plover: str, cameo: str | None) -> None:
    some_event(code, text, plover, cameo, None, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (readings twelfth batch two categories)
        # a deed of force a party says it could do is its threat (as "would"), asserted when said
        (
            "Israel could strike Iran's nuclear sites at any time, Benjamin Netanyahu said in 2012.",
            "THREATEN",
            None,
            "ISR",
            "IRN",
        ),
        ("Pyongyang said it could fire missiles towards Guam.", "THREATEN", None, "PRK", None),
        # force or military means said to be used against a party
        (
            "China said it would use military means against Taiwan if necessary.",
            "THREATEN",
            None,
            "CHN",
            "TWN",
        ),
        # "X should V, Y said" with the speaker last, parsed as a second verb: a demand of Y on X
        (
            "Serbia should recognise Kosovo, the German chancellor said in 2023.",
            "REQUEST",
            None,
            "DEU",
            "SRB",
        ),
        (
            "Russia should pull its troops out of Transnistria, Moldova's president said in 2022.",
            "REQUEST",
            None,
            "MDA",
            "RUS",
        ),
        # consent to a thing; an application submitted; aid made conditional; entry into a zone blocked
        (
            "Jordan consented to the stationing of American troops at its air bases.",
            "AGREE",
            "030",
            "JOR",
            "USA",
        ),
        (
            "Finland and Sweden submitted their applications to join NATO in May 2022.",
            "REQUEST",
            None,
            "FIN SWE",
            "IGO-NATO",
        ),
        (
            "The EU made its aid to Tunisia conditional on economic reforms.",
            "REQUEST",
            "100",
            "IGO-EU",
            "TUN",
        ),
        (
            "The Netherlands blocked Bulgaria's entry into the Schengen zone in 2022.",
            "REJECT",
            "120",
            "NLD",
            "BGR",
        ),
        # cautioning a party; a proposal embraced; a trade deal put into force
        (
            "Beijing cautioned Manila against provocations in the South China Sea.",
            "THREATEN",
            "130",
            "CHN",
            "PHL",
        ),
        (
            "Israel embraced an Egyptian proposal for a truce in Gaza in July 2014.",
            "AGREE",
            "030",
            "ISR",
            "EGY",
        ),
        (
            "Canada and the European Union put their trade deal into force in 2017.",
            "COOPERATE",
            "061",
            "CAN IGO-EU",
            "",
        ),
        # a broker named in a "-brokered" modifier is no party of the agreement
        (
            "Armenia and Azerbaijan agreed to a Russian-brokered ceasefire in November 2020.",
            "AGREE",
            None,
            "ARM AZE",
            "",
        ),
        # (readings twelfth dictionary frames)
        # any verb of appeal or demand (an 02 or 10 reading) with an addressee and a "to" clause, or a bare "that"
        # clause, appeals for or demands the deed (which stays only asked for)
        (
            "Zelensky begged NATO to close the skies over Ukraine in March 2022.",
            "REQUEST",
            None,
            "UKR",
            "IGO-NATO",
        ),
        ("Kuwait implored Washington to protect its oil tankers in 1987.", "REQUEST", None, "KWT", "USA"),
        ("Britain counselled Israel to show restraint in Gaza.", "REQUEST", None, "GBR", "ISR"),
        ("The Security Council exhorted that Iraq withdraw from Kuwait.", "REQUEST", None, "IGO-UNSC", "IRQ"),
        # a verb of intent (an 03 reading) with a "to" clause of its own deed intends it; forces to go to another
        # party are a promise of protection to it
        (
            "The Turkish parliament voted to send troops to Libya in January 2020.",
            "AGREE",
            "0334",
            "TUR",
            "LBY",
        ),
        ("Britain pledged to send 800 troops to Estonia in 2016.", "AGREE", "0334", "GBR", "EST"),
        # military or punitive action put forward as a prospect is a threat of force
        (
            "Donald Trump raised the prospect of military action against North Korea in 2017.",
            "THREATEN",
            None,
            "USA",
            "PRK",
        ),
        ("Britain took military action against the Houthis in January 2024.", "ASSAULT", "190", "GBR", None),
        # a deed of one's own to come unless another party acts is an ultimatum, whatever the deed
        (
            "Brussels said it would withhold Hungary's funds unless Budapest tackled corruption.",
            "THREATEN",
            None,
            "IGO-EU",
            "HUN",
        ),
        (
            "The European Union said it would freeze Poland's recovery funds unless Warsaw restored judicial independence.",
            "THREATEN",
            None,
            "IGO-EU",
            "POL",
        ),
        # (readings twelfth batch three categories)
        # a deed to come under a verb of going on ("would keep supplying", "will continue to supply") is promised
        # or threatened as the future verb says
        (
            "Washington assured Taipei that it would continue to supply arms to the island.",
            "AGREE",
            "0332",
            "USA",
            "TWN",
        ),
        ("Israel will keep striking Hamas, Netanyahu said.", "THREATEN", None, "ISR", "PSE"),
        # an acceptance, as the verb (of mediation 038)
        (
            "Iran's acceptance of the UN ceasefire resolution in July 1988 ended its war with Iraq.",
            "AGREE",
            None,
            "IRN",
            None,
        ),
        ("Argentina's acceptance of papal mediation came in January 1979.", "AGREE", "038", "ARG", None),
        # issue taken with a party's paper; support come out in for a party's bid
        ("China took issue with Japan's defence white paper in 2023.", "ACCUSE", "110", "CHN", "JPN"),
        (
            "Germany came out in support of Ukraine's bid to join the European Union in 2022.",
            "SUPPORT",
            "051",
            "DEU",
            "UKR",
        ),
    ],
)
def test_readings_twelfth_batch_categories_and_frames(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


def test_readings_twelfth_another_partys_possible_deed_is_a_guess(code: Code) -> None:
    no_event(code, "Analysts said Russia could attack Ukraine within weeks.", "THREATEN")


def test_readings_twelfth_another_partys_plan_tabled_is_no_proposal(code: Code) -> None:
    no_cameo(code, "Germany tabled Russia's proposal for talks.", "027")


def test_readings_twelfth_a_doctors_advice_is_no_appeal(code: Code) -> None:
    assert code("The doctors advised him to rest.") == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # "called for X to V": the parser makes "for" the mark of the "to" clause; it is the appeal's "for"
        ("The UN called for Israel to halt its offensive in Rafah in 2024.", "IGO-UN", "ISR"),
        ("France called for Russia to withdraw its troops.", "FRA", "RUS"),
        ("Egypt called for Germany to return the bust of Nefertiti.", "EGY", "DEU"),
    ],
)
def test_readings_twelfth_called_for_x_to_v(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REQUEST", None, source, target)


def test_readings_twelfth_a_phone_call_stays_a_call(code: Code) -> None:
    some_event(code, "Biden called Zelensky to discuss the counteroffensive.", "CONSULT", "041", "USA", "UKR")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # forces said to be deployed on one's own ground to act on another party (the purpose clause) threaten it
        ("Russia said it would deploy missiles in Kaliningrad to counter NATO's missile shield.", "IGO-NATO"),
        ("North Korea said it would deploy more artillery along the border to deter South Korea.", "KOR"),
    ],
)
def test_readings_twelfth_deployment_aimed_by_its_purpose(code: Code, text: str, target: str) -> None:
    some_event(code, text, "THREATEN", "138", None, target)


def test_readings_twelfth_deployment_to_protect_ones_own_stays_a_posture(code: Code) -> None:
    events = code(
        "Russia will deploy more troops to its western border to protect its citizens, Shoigu said."
    )
    assert [(e.event, e.modality) for e in events] == [("MOBILIZE", "intended")]


@pytest.mark.parametrize(
    "text",
    [
        "A Nepalese team reached the summit of Mount Everest in May.",
        "Israeli jets struck what the army called a Hamas training camp in Gaza.",
    ],
)
def test_readings_twelfth_no_meeting_or_call(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT")
