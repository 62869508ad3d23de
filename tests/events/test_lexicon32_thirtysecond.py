"""The lexicon as a whole (issue 9, thirty-second session, lexicon32): implied defaults that overread a verb's
plain use, verbs.txt lines another line silently beat, and the readings that replace them. Sentences written for
these tests (odd years or none)."""

from __future__ import annotations

import pytest

from .helpers import Code, covers, hand_lexicon, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        # (plain use of a verb with an implied default is no event)
        "A magnitude 6.8 earthquake rocked the Atlas mountains of Morocco in September 2023.",
        "A string of by-election defeats rocked the ruling party in 2021.",
        "Monsoon storms rained torrents of water on Pakistan's Sindh province in 2023.",
        "French soldiers parked their armoured vehicles outside the presidential palace in Niamey in 2023.",
        "Soaring rents soured voters on the Spanish government in 2023.",
        "Allegations of vote buying clouded Nigeria's presidential election in 2023.",
        "Greece reformed its tax system in 2021 to draw foreign investors.",
        "The Indian government pitched its digital payment system to African finance ministers in 2023.",
        "The Australian government compared the prices of the big supermarket chains in 2023.",
        "Two Pakistani climbers scaled Nanga Parbat in the summer of 2021.",
        # (more implied defaults used plainly)
        "Narendra Modi's party cruised to victory in India's general election of 2019.",
        "The Labour Party reclaimed several of its old seats in Scotland in 2017.",
        "Asylum seekers swamped the reception centres of the Greek islands in 2015.",
        "Qatar's investment fund ventured into European football in 2011.",
        "Rishi Sunak concentrated on inflation in his new year speech of January 2023.",
        "Egypt showcased its new administrative capital to foreign journalists in 2023.",
        "Turkey earmarked money for the rebuilding of the towns hit by the earthquake in 2023.",
        "Japan channelled public money into its semiconductor industry in 2023.",
        "Rising prices eroded support for Olaf Scholz's government in 2023.",
        "Tourists crowded the beaches of Mallorca in the summer of 2023.",
        "Britain's weather service dubbed the storm Ciaran in 2023.",
    ],
)
def test_plain_uses_of_verbs_with_implied_defaults_are_no_event(code: Code, text: str) -> None:
    # (each coded an event on main c96597e: rock/rain 190, park 180, sour/cloud/scale 160, reform 080,
    # pitch 140, compare 110)
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        # (event use of a blocked verb keeps a reading)
        ("Hezbollah rained rockets on northern Israel in 2023.", "ASSAULT", "190"),
        ("Allied bombers rained incendiaries on Hamburg in July 1943.", "ASSAULT", "195"),
        (
            "Protesting farmers parked hundreds of tractors outside the European Parliament in Strasbourg in 2023.",
            "PROTEST",
            "141",
        ),
        ("Britain scaled down its embassy staff in Kabul in 2021.", "SANCTION", "160"),
        # (common news verbs)
        # Common news verbs the coder read as nothing or another root (probe batch lexicon32-3)
        (
            "Egyptian forces counterattacked against Israeli positions in Sinai in October 1973.",
            "ASSAULT",
            "190",
        ),
        ("Russia unleashed a barrage of missiles on Kyiv in 2023.", "ASSAULT", "190"),
        ("Hezbollah lobbed mortar shells at Israeli positions in 2023.", "ASSAULT", "194"),
        ("A driver mowed down people on Las Ramblas in Barcelona in 2017.", "ASSAULT", "180"),
        ("Russian agents poisoned the defector in Salisbury.", "ASSAULT", "180"),
        ("Xi Jinping extolled Vladimir Putin in Moscow in 2023.", "SUPPORT", "051"),
    ],
)
def test_event_uses_and_common_news_verbs_keep_a_reading(
    code: Code, text: str, kind: str, cameo: str
) -> None:
    some_event(code, text, kind, cameo, None, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # human shields are 184 not an arrest
        # the 184 line was beaten by the 173 line of people held (shield was in both); 184 is COERCE by conventions 11.5
        (
            "Islamic State fighters held civilians as human shields in Raqqa in 2017.",
            "COERCE",
            "184",
            None,
            None,
            (),
        ),
        # an indictment is an accusation
        # the project's gold codes charges and indictments 112x; 'indict' read 173, the dead 'V 173 charge' line's twin
        (
            "U.S. federal prosecutors indicted the Chinese telecoms company Huawei on charges of bank fraud in January 2019.",
            "ACCUSE",
            "112",
            None,
            None,
            ("COERCE",),
        ),
        # confiscation is 1711
        (
            "Russia confiscated the Russian assets of the Finnish company Fortum in 2023.",
            "COERCE",
            "1711",
            "RUS",
            None,
            (),
        ),
        # olive trees uprooted are property destroyed
        (
            "Israeli settlers uprooted Palestinian olive trees near Nablus in 2023.",
            "COERCE",
            "171",
            "ISR",
            None,
            ("ASSAULT",),
        ),
        # vehicle ploughed into people stays an assault
        (
            "A man ploughed a lorry into shoppers at a Christmas market in Berlin.",
            "ASSAULT",
            "180",
            None,
            None,
            (),
        ),
        # ambassador handed his passports
        (
            "The United States gave the German ambassador his passports in 1917.",
            "SANCTION",
            "161",
            "USA",
            None,
            (),
        ),
    ],
)
def test_lexicon32_thirtysecond_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


def test_forces_bombing_is_aerial_and_militants_bombing_is_not(code: Code) -> None:
    some_event(
        code,
        "Turkish forces bombed Kurdish militant positions in northern Iraq in 2021.",
        "ASSAULT",
        "195",
        "TUR",
        None,
    )
    some_event(
        code,
        "The Irish Republican Army bombed Bishopsgate in the City of London in April 1993.",
        "ASSAULT",
        "183",
        None,
        None,
    )


def test_no_hand_line_is_silently_beaten() -> None:
    # (review31 found nine hand lines of another reading that an earlier line always beat: insist 100, charge 173,
    # confiscate 171, bomb 195, hold 184, strike 190, suspend 161, withdraw 1662/1663; the lexicon says each once now)
    lexicon = hand_lexicon()
    dead: dict[int, list[tuple[str, int]]] = {}
    alive: set[int] = set()
    for kind, lemma in list(lexicon.index):
        hand = [e for e in lexicon.lookup(kind, lemma) if not e.derived and not e.implied]
        for i, entry in enumerate(hand):
            beaten_by = next((e for e in hand[:i] if covers(e, entry)), None)
            if beaten_by is None:
                alive.add(entry.line)
            else:
                dead.setdefault(entry.line, []).append((lemma, beaten_by.line))
    silent = {line: why for line, why in dead.items() if line not in alive}
    assert not silent, silent


# Breadth (PETRARCH2 patterns the coder read as another root or as nothing, probe batch lexicon32-2)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Boko Haram militants hacked two Nigerian soldiers to death in 2021.", "NGA", "NGA"),
        ("An Afghan mob beat a young woman to death in Kabul in March 2015.", "AFG", "AFG"),
        (
            "Taliban fighters stoned a young woman to death in Afghanistan's Ghor province in 2015.",
            "AFG",
            "AFG",
        ),
    ],
)
def test_killed_to_death_by_a_blow(code: Code, text: str, source: str, target: str) -> None:
    # (hack read 171, beat 182, stone 145 on main c96597e)
    some_event(code, text, "ASSAULT", "1823", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces pressed their offensive on Bakhmut in March 2023.",
        "The Sudanese army pressed on with its offensive against the Rapid Support Forces in Khartoum in 2023.",
    ],
)
def test_offensive_pressed_is_fighting_not_a_demand(code: Code, text: str) -> None:
    some_event(code, text, "ASSAULT", "190", None, None, absent=("REQUEST",))


def test_explosives_detonated_by_engineers_are_no_attack(code: Code) -> None:
    no_event(
        code,
        "Demolition engineers detonated explosives to bring down the two remaining towers of Genoa's Morandi bridge in June 2019.",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # relations poisoned stay a reduction
        (
            "The killing of Jamal Khashoggi poisoned relations between Saudi Arabia and Turkey in 2019.",
            "ASSAULT",
        ),
        # self immolation is no killing
        ("A Czech student burned himself to death in Prague in January 1969.", "ASSAULT"),
    ],
)
def test_lexicon32_thirtysecond_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's investment authority ploughed billions of dollars into British property in 2013.",
        "Eskom reintroduced rolling blackouts across South Africa in 2023.",
        "Italian archaeologists excavated a Roman villa near Verona in 2021.",
        "Chinese electric cars saturated the Russian market in 2023.",
        "Egypt fulfilled the conditions of a new IMF loan in 2019.",
    ],
)
def test_implied_defaults_used_plainly_round_two(code: Code, text: str) -> None:
    # (each coded 180, 150, 090 or 060 by its implied default on main c96597e)
    no_event(code, text, "ASSAULT", "MOBILIZE", "INVESTIGATE", "COOPERATE")


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker BYD carved out a lead in electric cars in China in 2023.",
        "Reporters peppered Emmanuel Macron with questions about pensions in Paris in 2023.",
        "Nigerians trooped to the polls to elect state governors in March 2023.",
        "The Qatargate bribery affair sullied the reputation of the European Parliament in 2023.",
    ],
)
def test_implied_defaults_used_plainly_round_three(code: Code, text: str) -> None:
    # (050, 180, 140 or 160 by the implied default on main c96597e)
    no_event(code, text, "SUPPORT", "ASSAULT", "PROTEST", "SANCTION")
