"""Event nouns with their target phrase, conflict nouns, verbs the CAMEO codebook gives and verb senses
(issue 9, fourth session).

Each category is checked on several sentences written for these tests (true statements about real
actors), through the real pipeline (spaCy parse, actor resolver, event coder). Where the target of a
sentence is the roles code's business (object complements, relative clauses), only type and source are
checked.
"""

from __future__ import annotations

import pytest

from realpolitik.records import Event

from .helpers import Code, check_first, first, no_event, of_type, parties


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (nouns disapproval nouns with their target)
        # a campaign against a party waged in words is criticism; a military or air campaign is force
        ("In 2021 Chinese state media waged a campaign against Lithuania.", "ACCUSE", "111", "CHN", "LTU"),
        ("Saudi Arabia led a media campaign against Qatar in 2017.", "ACCUSE", "111", "SAU", "QAT"),
        (
            "Russian television ran a propaganda campaign against Georgia before the 2008 war.",
            "ACCUSE",
            "111",
            "RUS",
            "GEO",
        ),
        ("The American air campaign against Iraq began in January 1991.", "ASSAULT", "190", "USA", "IRQ"),
        # frustration, displeasure and opposition voiced at a party: objections (110), not refusals (120)
        (
            "Germany voiced frustration with Hungary over its veto of EU aid to Ukraine.",
            "ACCUSE",
            "110",
            "DEU",
            "HUN",
        ),
        ("France voiced its displeasure with Mali's military rulers.", "ACCUSE", "110", "FRA", "MLI"),
        (
            "Turkey expressed opposition to Sweden's membership of NATO in 2022.",
            "ACCUSE",
            "110",
            "TUR",
            "SWE",
        ),
        (
            "China voiced opposition to Japan's release of treated water from Fukushima.",
            "ACCUSE",
            "110",
            "CHN",
            "JPN",
        ),
        # (nouns giving buying and cooperating nouns)
        # arms or fighters transferred, delivered or supplied to a party: military aid; arms sold are an exchange,
        # military cooperation (062, since the ninth session)
        ("Turkey's transfer of Syrian fighters to Libya began in late 2019.", "AID", "072", "TUR", "LBY"),
        ("Iran's sale of drones to Russia began in 2022.", "COOPERATE", "062", "IRN", "RUS"),
        (
            "The sale of F-16 fighter jets to Taiwan by the United States was approved in 2019.",
            "COOPERATE",
            "062",
            "USA",
            "TWN",
        ),
        ("The supply of bombs to Israel by the United States continued in 2024.", "AID", "072", "USA", "ISR"),
        ("The American arming of Ukraine accelerated in 2022.", "AID", "072", "USA", "UKR"),
        # cooperation and partnership with a party, and ties of a kind with it
        (
            "India's defence partnership with the United States deepened in 2023.",
            "COOPERATE",
            "062",
            "IND",
            "USA",
        ),
        ("Russia's military cooperation with Iran expanded after 2022.", "COOPERATE", "062", "RUS", "IRN"),
        ("Pakistan's defence cooperation with China grew in the 2010s.", "COOPERATE", "062", "PAK", "CHN"),
        (
            "Israel's military relations with India grew rapidly in the 2010s.",
            "COOPERATE",
            "062",
            "ISR",
            "IND",
        ),
        # buying arms from a party is military cooperation, other goods trade
        (
            "Egypt's purchase of Rafale jets from France was announced in 2021.",
            "COOPERATE",
            "062",
            "EGY",
            "FRA",
        ),
        ("India's purchase of oil from Russia rose in 2022.", "COOPERATE", "061", "IND", "RUS"),
        # a military base set up in another's country
        (
            "Russia's establishment of a military base in Armenia dates to 1995.",
            "COOPERATE",
            "062",
            "RUS",
            "ARM",
        ),
    ],
)
def test_nouns_disapproval_giving_buying_and_cooperating_nouns(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    check_first(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # conflict nouns: a military intervention, a blitz, going on the offensive
        ("Russia's military intervention in Syria began in September 2015.", "RUS", None),
        ("Russia's military intervention in Georgia lasted five days in 2008.", "RUS", None),
        ("Germany's blitzkrieg against Poland began on 1 September 1939.", "DEU", "POL"),
        ("Germany's blitz against France in May 1940 lasted six weeks.", "DEU", "FRA"),
        ("Egypt and Syria went on the offensive against Israel in October 1973.", "EGY SYR", "ISR"),
        ("Russia went on the offensive in eastern Ukraine in October 2023.", "RUS", "UKR"),
        ("Ukraine went on the offensive in June 2023.", "UKR", None),
        # killing named targets
        ("Israel eliminated Hamas commander Mohammed Deif in July 2024.", "ISR", "PSE"),
        ("Israel eliminated a senior Hamas commander in Gaza.", "ISR", "PSE"),
    ],
)
def test_nouns_conflict_nouns_and_verbs_are_force(
    code: Code, text: str, source: str, target: str | None
) -> None:
    check_first(code, text, "ASSAULT", None, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Russia seized control of the Zaporizhzhia nuclear plant in March 2022.",
    ],
)
def test_nouns_seizing_control_of_ground_is_force(code: Code, text: str) -> None:
    # a site seized by armed force is a capture by force (rule 9.1 of docs/annotation-conventions.md, twenty-third
    # session; before, an occupation, 192)
    check_first(code, text, "ASSAULT", "190", None, None)


def test_nouns_regaining_control_of_ground_is_force(code: Code) -> None:
    # issue 9, twelfth session (D1): regaining control of one's own ground is force against its holder (was 192)
    check_first(
        code,
        "Azerbaijan regained control of Shusha from Armenian forces in 2020.",
        "ASSAULT",
        "190",
        "AZE",
        "ARM",
    )


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # naming a party an enemy, a threat or an unfriendly country denounces it (the object complement's
        # party is the roles code's business)
        ("Russia declared the United States an unfriendly country in 2021.", "ACCUSE", "111", "RUS", None),
        (
            "Estonia's parliament declared Russia a state sponsor of terrorism in 2022.",
            "ACCUSE",
            "111",
            "EST",
            None,
        ),
        (
            "The United States designated China its main strategic competitor in 2018.",
            "ACCUSE",
            "111",
            "USA",
            None,
        ),
        # brushing aside others' concerns, sitting a vote out: rejection
        ("Israel disregarded American concerns about the offensive in Rafah.", "REJECT", "120", "ISR", "USA"),
        (
            "China dismissed Western concerns about its treatment of the Uyghurs.",
            "REJECT",
            "120",
            "CHN",
            None,
        ),
        ("India sat out the vote on the resolution.", "REJECT", "120", "IND", None),
        # being concerned or worried about something is disapproval
        (
            "The United States is concerned about China's military build-up near Taiwan.",
            "ACCUSE",
            "110",
            "USA",
            None,
        ),
        ("Germany is worried about China's growing influence in the Balkans.", "ACCUSE", "110", "DEU", None),
        # drawing attention to a party's misdeeds criticises it
        (
            "The United States drew attention to Russia's violations of the INF Treaty in 2014.",
            "ACCUSE",
            "111",
            "USA",
            "RUS",
        ),
        ("Poland drew attention to Belarus's provocations on the border.", "ACCUSE", "111", "POL", "BLR"),
        # talking for hours is consultation; raising a matter with a party too
        ("Putin and Xi talked for hours in Moscow in March 2023.", "CONSULT", "040", "CHN RUS", None),
        ("Modi and Xi talked for an hour in Kazan in 2024.", "CONSULT", "040", "CHN IND", None),
        ("Macron raised the issue with Putin in their call.", "CONSULT", "040", "FRA", "RUS"),
        # people mobilising against something protest; a state rallies others against a party (113)
        ("Students in Belgrade mobilised against the government in 2024.", "PROTEST", "140", "SRB", None),
        (
            "Thousands of Georgians mobilised against the foreign agents law in 2024.",
            "PROTEST",
            "140",
            "GEO",
            None,
        ),
        ("Ukraine mobilised its allies against Russia's invasion.", "ACCUSE", "113", "UKR", "RUS"),
        # fuels sold or supplied are trade; a package of sanctions approved is a sanction
        ("Russia supplied gas to Germany for decades.", "COOPERATE", "061", "RUS", "DEU"),
        (
            "The European Union approved a new package of sanctions against Russia.",
            "SANCTION",
            "163",
            "IGO-EU",
            "RUS",
        ),
        # weapon systems and armoured vehicles are weapons with their modifier
        ("The United States sent Patriot air defence systems to Ukraine.", "AID", "072", "USA", "UKR"),
        ("Germany delivered armoured vehicles to Ukraine.", "AID", "072", "DEU", "UKR"),
    ],
)
def test_nouns_verbs_the_codebook_gives(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    check_first(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # "I mean" is no agreement; overseeing, learning, remaining, time passing are no events
        "I mean that Moscow has its own interests in the region.",
        "The OSCE oversaw the elections in Ukraine in 2014.",
        "The United Nations oversaw the referendum in East Timor in 1999.",
        "Ukrainians learned the truth about the famine decades later.",
        "The Soviet public learned of the Chernobyl disaster days later.",
        "Russian troops remain in Transnistria.",
        "American troops remain in Syria.",
        "The war passed into a new phase in 2023.",
        # raising a matter with no one named is no accusation
        "The senator raised this issue in parliament.",
        # a speech act with no one named making it
        "Warnings about a new pandemic were ignored.",
        "Threats against journalists rose in Mexico in 2022.",
        # defending one's own deal or decision is a statement (defending a sale names the sale: see
        # test_coverage.py)
        "Germany defended its decision.",
        "Hungary defended the deal in parliament.",
        # a political or payment system is no weapon
        "China launched a new payment system in 2015.",
        # (nouns what a situation calls for is no appeal)
        # "X calls for Y" asks nothing of anyone when X is a state of affairs or a text
        "Lasting peace in the Caucasus calls for compromise from Baku and Yerevan.",
        "The situation on the border calls for restraint.",
        "Stability in the region calls for a settlement that both sides can accept.",
        "The plan calls for the withdrawal of foreign troops.",
    ],
)
def test_nouns_words_of_another_sense_make_no_event(code: Code, text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a verb saying that a mutual event between two parties happened: the noun's reading, reciprocal
        ("Clashes between Indian and Chinese troops broke out in the Galwan Valley in 2020.", {"CHN", "IND"}),
        ("Clashes between Kyrgyz and Tajik border guards erupted in September 2022.", {"KGZ", "TJK"}),
        ("The war between Iran and Iraq began in 1980.", {"IRN", "IRQ"}),
        ("Fighting between Armenia and Azerbaijan erupted in September 2020.", {"ARM", "AZE"}),
    ],
)
def test_nouns_conflict_between_two_parties_is_reciprocal(code: Code, text: str, sources: set[str]) -> None:
    event = first(code(text))
    assert event.event == "ASSAULT"
    assert parties(event) == (sources, set())
    assert event.reciprocal


@pytest.mark.parametrize(
    "text",
    [
        # halting an offensive is de-escalation only when the offensive is the doer's own
        "Ukraine stopped Russia's assault on Kyiv in March 2022.",
        "Western weapons helped Ukraine stop the Russian advance on Kyiv.",
    ],
)
def test_nouns_stopping_another_party_s_offensive_is_no_retreat(code: Code, text: str) -> None:
    no_event(code, text, "RETREAT")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        ("Russia halted its offensive on Kyiv in March 2022.", "RETREAT", "087", "RUS", None),
        # support given to a proposal is endorsement; material support to a party is aid
        ("China gave its support to Russia's proposal.", "SUPPORT", "051", "CHN", "RUS"),
        ("Brazil lent its backing to India's bid for a permanent seat.", "SUPPORT", "051", "BRA", "IND"),
        ("Iran provided material support to the Houthis.", "AID", "070", "IRN", None),
        ("The provision of weapons to Ukraine by Germany grew in 2023.", "AID", "072", "DEU", "UKR"),
    ],
)
def test_nouns_giving_support_and_halting_own_deeds(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    check_first(code, text, plover, cameo, source, target)


def test_nouns_approving_one_s_own_budget_is_no_aid(code: Code) -> None:
    no_event(code, "Ukraine's parliament approved the budget for 2024.", "AID")


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        # (nouns the doer s reading survives the verb of its fate)
        # a party's call for something is an appeal, whatever became of it
        ("Turkey called for a ceasefire in Gaza.", "REQUEST", "TUR"),
        ("The European Union's calls for restraint went unanswered on both sides.", "REQUEST", "IGO-EU"),
        ("Armenia's requests for Russian help went unanswered in 2022.", "REQUEST", "ARM"),
        ("Ukraine's appeals for fighter jets went unheeded in 2022.", "REQUEST", "UKR"),
        # what a deed led to is no visit
        (
            "Washington's opposition to Turkey's purchase of Russian missiles led to Ankara's removal from the "
            "F-35 programme.",
            "ACCUSE",
            "USA",
        ),
        ("Russia's annexation of Crimea led to Western sanctions in 2014.", "COERCE", "RUS"),
        # a nuclear test is a show of force, not a nuclear attack
        ("India's nuclear tests of 1998 led to American sanctions.", "MOBILIZE", "IND"),
        ("North Korea conducted its sixth nuclear test in September 2017.", "MOBILIZE", "PRK"),
        # destroying an enemy's positions is force
        (
            "Azerbaijani forces eliminated several military positions in Armenia in September 2022.",
            "ASSAULT",
            "AZE",
        ),
        # (nouns speech nouns take their doer from the from phrase)
        # a speech act's doer named in its "from" phrase
        ("Warnings from Washington went unheeded in Ankara in 2019.", "THREATEN", "USA"),
        ("Condemnation from Moscow came within hours of the strike.", "ACCUSE", "RUS"),
        ("Criticism from Brussels grew after Hungary's veto.", "ACCUSE", "IGO-EU"),
    ],
)
def test_nouns_the_doer_of_a_deed_noun(code: Code, text: str, plover: str, source: str) -> None:
    check_first(code, text, plover, None, source, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # strikes on a place or party are attacks; strikes of workers or a sector are labour strikes
        (
            "Israel's strikes on Iranian air defences in October 2024 were its most direct attack on Iran in decades.",
            "ASSAULT",
            "190",
        ),
        ("American strikes on Houthi targets in Yemen began in January 2024.", "ASSAULT", "190"),
        ("Turkey's strikes on Kurdish militants in northern Iraq continued in 2023.", "ASSAULT", "190"),
        ("A general strike against the pension reform paralysed France in January 2023.", "PROTEST", "143"),
        ("The rail strike in Britain lasted for months in 2022.", "PROTEST", "143"),
    ],
)
def test_nouns_strike_on_a_party_is_an_attack(code: Code, text: str, plover: str, cameo: str) -> None:
    check_first(code, text, plover, cameo, None, None)


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        # calling a party's deed a crime, a provocation or a sham denounces it
        ("Erdogan called the attack on the Russian ambassador in Ankara a provocation.", "ACCUSE", "TUR"),
        ("Ukraine described Russia's referendums in the occupied regions as a sham.", "ACCUSE", "UKR"),
        ("Washington called the annexation of Crimea an act of aggression.", "ACCUSE", "USA"),
        # using force or weapons is force
        ("Russia used drones against Ukraine's energy grid in 2023.", "ASSAULT", "RUS"),
        ("Russia used force against Georgia in 2008.", "ASSAULT", "RUS"),
        # leaving a treaty rejects it (127: PLOVER REJECT, as renouncing one; SANCTION until the ninth session);
        # checkpoints and halted movement restrict movement
        ("The United States left the Paris climate agreement in 2020.", "REJECT", "USA"),
        ("Azerbaijan set up a checkpoint at the Lachin corridor in April 2023.", "COERCE", "AZE"),
        ("Israel halted the movement of goods into Gaza in October 2023.", "COERCE", "ISR"),
        ("Azerbaijan blocked the movement of vehicles through the Lachin corridor in 2023.", "COERCE", "AZE"),
        # coordinating positions is consultation; pressure on a party coerces it
        ("Saudi Arabia and Russia coordinated their positions on oil output in 2016.", "CONSULT", "RUS SAU"),
        ("American pressure on Israel over aid to Gaza grew in 2024.", "COERCE", "USA"),
    ],
)
def test_nouns_constructions_other_engineers_met(code: Code, text: str, plover: str, source: str) -> None:
    check_first(code, text, plover, None, source, None)


@pytest.mark.parametrize(
    "text",
    [
        # calling a meeting or an election convenes it; a general is no officer in "a general election"
        "Pashinyan called an emergency meeting of his security council.",
        "Sunak called a general election for July 2024.",
        # leaving a place with an alliance intact leaves no alliance
        "Erdogan left the Vilnius summit in 2023 with Turkey's alliance with Washington intact.",
    ],
)
def test_nouns_convening_and_leaving_a_place_are_no_events(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT", "REQUEST", "AGREE", "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        # weapon systems bought from a party are military cooperation ("system" needs its modifier)
        "Turkey bought the S-400 long-range air defence system from Russia in 2017.",
        "India ordered five S-400 missile systems from Russia in 2018.",
        "Poland purchased K2 tanks from South Korea in 2022.",
    ],
)
def test_nouns_weapon_systems_bought_are_military_cooperation(code: Code, text: str) -> None:
    check_first(code, text, "COOPERATE", "062", None, None)


@pytest.mark.parametrize(
    "text",
    [
        # verbs that are events only with particular objects infer no default reading from them
        "South Korea installed the THAAD missile defence system in 2017.",
        "The Kremlin listed Lithuania among unfriendly states in 2022.",
    ],
)
def test_nouns_verbs_with_object_readings_only_have_no_default(code: Code, text: str) -> None:
    assert all(event.event != "ASSAULT" and event.cameo != "110" for event in code(text))


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # "stated its opposition": a statement verb lets its noun say what was said
        (
            "Hungary repeatedly stated its opposition to the opening of accession talks with Ukraine in 2023.",
            "ACCUSE",
            "HUN",
            "UKR",
        ),
        ("Turkey stated its opposition to Finland's NATO bid in May 2022.", "ACCUSE", "TUR", "FIN"),
        ("Japan restated its support for Ukraine at the G7 summit.", "SUPPORT", "JPN", "UKR"),
        # the object's complement the parser hangs on it as an apposition
        ("In 2022 the Czech Senate declared Russia's regime a terrorist regime.", "ACCUSE", "CZE", None),
        ("Latvia's parliament declared Russia a state sponsor of terrorism in 2022.", "ACCUSE", "LVA", None),
    ],
)
def test_nouns_statements_and_complements(
    code: Code, text: str, plover: str, source: str, target: str | None
) -> None:
    check_first(code, text, plover, None, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # an accord referred to ("under an agreement") is no signing
        "American forces remain in Iraq under an agreement with Baghdad.",
        "Turkish troops patrol parts of northern Syria under a deal with Russia.",
        "Russian peacekeepers deployed to Karabakh under the 2020 ceasefire agreement.",
    ],
)
def test_nouns_an_accord_referred_to_is_no_agreement(code: Code, text: str) -> None:
    assert all(event.cameo != "057" and event.event != "AGREE" for event in code(text))


def _with_type(events: list[Event], plover: str) -> Event:
    found = of_type(events, plover)
    assert found, f"no {plover} event in {[(e.event, e.cameo) for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "sources", "targets"),
    [
        # coordination between parties (060 since the seventh session; military 062; of positions, consultation 040)
        ("Turkey's coordination with Azerbaijan deepened after 2020.", "COOPERATE", "060", {"TUR"}, {"AZE"}),
        (
            "Military coordination between Russia and Iran grew in Syria.",
            "COOPERATE",
            "062",
            {"RUS", "IRN"},
            set(),
        ),
        (
            "The coordination of positions between Moscow and Ankara continued.",
            "CONSULT",
            "040",
            {"RUS", "TUR"},
            set(),
        ),
        # an alliance of two named sides (050; military 062), also when a dash joins them
        ("The alliance between Russia and Iran grew after 2022.", "SUPPORT", "050", {"RUS", "IRN"}, set()),
        (
            "The Azerbaijani-Turkish alliance grew stronger after 2020.",
            "SUPPORT",
            "050",
            {"AZE", "TUR"},
            set(),
        ),
        (
            "Turkey's military alliance with Azerbaijan was sealed in Shusha in 2021.",
            "COOPERATE",
            "062",
            {"TUR"},
            {"AZE"},
        ),
        # a dispute, tension or rivalry between two sides is verbal conflict (110)
        (
            "The dispute between Greece and Turkey over the Aegean continues.",
            "ACCUSE",
            "110",
            {"GRC", "TUR"},
            set(),
        ),
        (
            "Tension between Armenia and Azerbaijan remained high in 2022.",
            "ACCUSE",
            "110",
            {"ARM", "AZE"},
            set(),
        ),
        (
            "The rivalry between India and Pakistan dates back to 1947.",
            "ACCUSE",
            "110",
            {"IND", "PAK"},
            set(),
        ),
        (
            "The Greek-Turkish dispute over the Aegean dates back decades.",
            "ACCUSE",
            "110",
            {"GRC", "TUR"},
            set(),
        ),
        # (a place named on a dispute is what it is about, not a side; an apposition to a common noun names one)
        (
            "Two border quarrels, above all the Kashmir dispute between India and Pakistan, date from 1947.",
            "ACCUSE",
            "110",
            {"IND", "PAK"},
            set(),
        ),
        (
            "The Kashmir dispute between India and Pakistan began in 1947.",
            "ACCUSE",
            "110",
            {"IND", "PAK"},
            set(),
        ),
        # a military advance into or on a place (190)
        ("The Russian advance on Kyiv stalled in March 2022.", "ASSAULT", "190", {"RUS"}, {"UKR"}),
        ("Turkey's advance into northern Syria began in October 2019.", "ASSAULT", "190", {"TUR"}, {"SYR"}),
        # an intervention in a country (190)
        ("Russia's intervention in Syria began in September 2015.", "ASSAULT", "190", {"RUS"}, {"SYR"}),
        ("The Saudi intervention in Yemen started in 2015.", "ASSAULT", "190", {"SAU"}, {"YEM"}),
        ("France's intervention in Mali began in 2013.", "ASSAULT", "190", {"FRA"}, {"MLI"}),
        # a videoconference or a video call is a remote conversation (041)
        (
            "Putin held a videoconference with Xi Jinping in December 2022.",
            "CONSULT",
            "041",
            {"RUS"},
            {"CHN"},
        ),
        ("Biden and Xi held a videoconference in November 2021.", "CONSULT", "041", {"USA", "CHN"}, set()),
        ("Biden and Putin held a video call in December 2021.", "CONSULT", "041", {"USA", "RUS"}, set()),
    ],
)
def test_nouns_relations_advances_interventions_and_videoconferences(
    code: Code, text: str, plover: str, cameo: str, sources: set[str], targets: set[str]
) -> None:
    event = _with_type(code(text), plover)
    assert (event.cameo, *parties(event)) == (cameo, sources, targets)
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a relation noun with one side named is a body or a state of affairs, no deed
        ("The NATO alliance expanded in 2023.", "SUPPORT"),
        ("NATO is a defensive alliance.", "SUPPORT"),
        ("There is a dispute over the border.", "ACCUSE"),
        ("Tensions rose in the region.", "ACCUSE"),
        ("The coordination of aid deliveries improved.", "COOPERATE"),
        # a party in a participle leads or backs the relation; a relation stoked is none of its sides' doing
        ("Armenia froze its participation in the Moscow-led CSTO alliance in 2024.", "COOPERATE"),
        ("Kazakhstan is a member of the CSTO, a Russian-led military alliance.", "COOPERATE"),
        ("The Kashmir dispute remains unresolved.", "ACCUSE"),
        ("Russia stoked tension between Armenia and Azerbaijan.", "ACCUSE"),
        # an advance in a field or a payment in advance, an intervention in a market or a debate: no force
        ("Technological advances helped China.", "ASSAULT"),
        ("Russia paid for the gas in advance.", "ASSAULT"),
        ("The central bank's intervention in the currency market failed.", "ASSAULT"),
        ("The minister's intervention in the debate surprised MPs.", "ASSAULT"),
    ],
)
def test_nouns_relation_and_force_nouns_in_another_sense_make_no_event(
    code: Code, text: str, plover: str
) -> None:
    assert not of_type(code(text), plover)
