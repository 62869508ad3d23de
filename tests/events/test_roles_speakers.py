"""Who speaks and whom a pronoun stands for (issue 9, ninth session, roles): a text that is one line under a
person's name ("Full Name: I ...") is that person's statement, so "I" is the speaker and "we" the speaker's
government; "both" and "both sides" stand for the two parties named before, never for the one who addresses
them. Sentences written for these tests (true events, not quotes), through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, first, of_type, parties


@pytest.mark.parametrize(
    ("text", "speaker", "other"),
    [
        ("Antony Blinken: I met Foreign Minister Wang Yi in Beijing on 18 June 2023.", "USA", "CHN"),
        ("Narendra Modi: I spoke with President Putin on 24 February 2022.", "IND", "RUS"),
        ("Olaf Scholz: I spoke with President Zelensky by phone today.", "DEU", "UKR"),
        ("Volodymyr Zelensky: I thanked Chancellor Scholz for the Patriot systems.", "UKR", "DEU"),
        ("Sergey Lavrov: We expelled ten American diplomats in April 2021.", "RUS", "USA"),
        ("Joe Biden: We imposed sanctions on Russia's largest banks in February 2022.", "USA", "RUS"),
    ],
)
def test_roles_speakers_one_line_under_a_name_is_that_persons_statement(
    code: Code, text: str, speaker: str, other: str
) -> None:
    event = first(code(text))
    assert parties(event) == ({speaker}, {other})
    assert event.attribution is not None and event.attribution.code == speaker


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Emmanuel Macron: Chancellor Scholz and I met at the Elysee Palace on 22 January 2023.",
            {"FRA", "DEU"},
        ),
        ("Fumio Kishida: President Yoon and I held talks in Tokyo in March 2023.", {"JPN", "KOR"}),
        ("Joe Biden: President Xi and I met in Bali in November 2022.", {"USA", "CHN"}),
    ],
)
def test_roles_speakers_a_leader_and_i_met_is_a_meeting_of_the_two(
    code: Code, text: str, pair: set[str]
) -> None:
    event = first(code(text))
    assert event.event == "CONSULT"
    assert parties(event) == (pair, set())
    assert event.reciprocal


def test_roles_speakers_i_urged_both_reaches_the_two_named_before(code: Code) -> None:
    text = (
        "Jens Stoltenberg: Serbia and Kosovo must lower tensions, and I urged both to return to the dialogue."
    )
    event = first(of_type(code(text), "REQUEST"))
    assert parties(event) == ({"IGO-NATO"}, {"SRB", "XKX"})


def test_roles_speakers_a_role_label_alone_names_no_speaker(code: Code) -> None:
    event = first(code("Question: Did you meet Wang Yi in Beijing?"))
    assert parties(event)[0] == set()


def test_roles_speakers_a_labelled_line_among_others_is_no_statement(code: Code) -> None:
    # (one label in a text of several lines is not known to cover them: first person stays no one)
    text = (
        "Antony Blinken: I met Foreign Minister Wang Yi in Beijing on 18 June 2023.\n"
        "The talks lasted more than seven hours."
    )
    assert parties(first(code(text)))[0] == set()


@pytest.mark.parametrize(
    ("text", "doer", "pair"),
    [
        # (was test_roles_speakers_both_stands_for_the_two_parties_named_before)
        (
            "India and Pakistan exchanged fire in 2019, and China urged both to show restraint.",
            "CHN",
            {"IND", "PAK"},
        ),
        (
            "Clashes erupted between Kyrgyzstan and Tajikistan in 2022. Russia called on both to negotiate.",
            "RUS",
            {"KGZ", "TJK"},
        ),
        (
            "Sudan and South Sudan clashed over Heglig in 2012, and the African Union called on both to withdraw.",
            "IGO-AU",
            {"SDN", "SSD"},
        ),
        # (was test_roles_speakers_both_sides_are_not_the_one_who_addresses_them)
        (
            "Fighting broke out between Armenia and Azerbaijan in September 2022. The United States called on "
            "both sides to stop.",
            "USA",
            {"ARM", "AZE"},
        ),
        (
            "Fighting broke out between Armenia and Azerbaijan in September 2022. The European Union called on "
            "both sides to respect the ceasefire.",
            "IGO-EU",
            {"ARM", "AZE"},
        ),
        (
            "Azerbaijan and Armenia clashed on their border in 2021, and Russia urged both sides to show "
            "restraint.",
            "RUS",
            {"ARM", "AZE"},
        ),
        # (was test_roles_speakers_both_sides_are_the_pair_named_together)
        # (a third party named after the pair, who ended or hosted something, is not one of the sides)
        (
            "Armenia and Azerbaijan fought a war in 2020, which Russia ended with a ceasefire. The European Union "
            "called on both sides to sign a peace treaty.",
            "IGO-EU",
            {"ARM", "AZE"},
        ),
        (
            "Ethiopia and Eritrea fought a border war from 1998 to 2000, and Algeria hosted their peace talks. The "
            "United Nations urged both sides to respect the border ruling.",
            "IGO-UN",
            {"ETH", "ERI"},
        ),
        (
            "Israel and Hamas fought a war in 2021 that Egypt helped to end. The United States urged both sides to "
            "keep the truce.",
            "USA",
            {"ISR", "PSE"},
        ),
    ],
)
def test_roles_speakers_both_sides_stand_for_the_two_parties_named_before(
    code: Code, text: str, doer: str, pair: set[str]
) -> None:
    event = first(of_type(code(text), "REQUEST"))
    assert parties(event) == ({doer}, pair)


@pytest.mark.parametrize(
    ("text", "doer", "host"),
    [
        (
            "Rishi Sunak became prime minister in October 2022, and his first trip to Kyiv came in November.",
            "GBR",
            "UKR",
        ),
        (
            "Giorgia Meloni took office in October 2022. Her first trip to Kyiv came in February 2023.",
            "ITA",
            "UKR",
        ),
        (
            "Nancy Pelosi angered China in 2022, and her visit to Taipei was followed by Chinese military drills.",
            "USA",
            "TWN",
        ),
    ],
)
def test_roles_speakers_his_or_her_deed_is_the_person_named_before(
    code: Code, text: str, doer: str, host: str
) -> None:
    visits = of_type(code(text), "CONSULT")
    assert [parties(e) for e in visits] == [({doer}, {host})]


def test_roles_speakers_his_with_no_person_named_stands_for_no_one(code: Code) -> None:
    assert not [e for e in code("His visit to Taipei angered China.") if e.event == "CONSULT"]


def test_roles_speakers_a_one_letter_q_line_is_the_questioners_turn(code: Code) -> None:
    # ("we" in the question is not the President's government: the "Q:" line ends his turn)
    text = (
        "Joe Biden: We imposed sanctions on Russia in February 2022.\n\n"
        "Q: Should we sanction China as well?\n\n"
        "Joe Biden: We imposed export controls on China in October 2022.\n"
    )
    events = code(text)
    assert [(parties(e), e.modality) for e in events if e.event == "SANCTION"] == [
        (({"USA"}, {"RUS"}), "asserted"),
        ((set(), {"CHN"}), "hypothetical"),
        (({"USA"}, {"CHN"}), "asserted"),
    ]
    assert events[1].attribution is not None and events[1].attribution.text == "Q"


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("A group of Serbs attacked NATO peacekeepers in Kosovo in May 2023.", "SRB", "IGO-NATO"),
        ("A group of Georgians protested against Russia in Tbilisi.", "GEO", "RUS"),
        ("A crowd of Serbs attacked NATO peacekeepers in Zvecan in May 2023.", "SRB", "IGO-NATO"),
    ],
)
def test_roles_speakers_a_group_of_a_nationality_is_that_nationality(
    code: Code, text: str, doer: str, target: str
) -> None:
    assert parties(first(code(text))) == ({doer}, {target})


@pytest.mark.parametrize(
    ("text", "doer", "person"),
    [
        ("Xi Jinping visited Moscow in March 2023, and Putin welcomed him at the Kremlin.", "RUS", "CHN"),
        (
            "Olaf Scholz: President Zelensky and I spoke by phone. I assured him of Germany's support.",
            "DEU",
            "UKR",
        ),
        (
            "Zelensky met Scholz in Berlin in May 2023 and thanked him for the air defence systems.",
            "UKR",
            "DEU",
        ),
    ],
)
def test_roles_speakers_him_or_her_is_the_person_named_before_not_the_doer(
    code: Code, text: str, doer: str, person: str
) -> None:
    assert ({doer}, {person}) in [parties(e) for e in code(text) if e.event in ("SUPPORT", "AGREE")]


def test_roles_speakers_him_with_no_person_named_is_no_target(code: Code) -> None:
    assert [parties(e) for e in code("The Kremlin welcomed him warmly.")] in ([], [({"RUS"}, set())])


@pytest.mark.parametrize(
    ("text", "doer", "owner"),
    [
        (
            "Poland summoned the Belarusian charge d'affaires in August 2023. Belarusian helicopters had violated "
            "its airspace.",
            "BLR",
            "POL",
        ),
        (
            "Finland summoned the Russian ambassador in August 2022. Russian jets had violated its airspace.",
            "RUS",
            "FIN",
        ),
    ],
)
def test_roles_speakers_its_ground_under_a_plural_doer_is_the_state_named_before(
    code: Code, text: str, doer: str, owner: str
) -> None:
    assert ({doer}, {owner}) in [parties(e) for e in code(text) if e.event == "MOBILIZE"]


def test_roles_speakers_its_ground_of_a_singular_doer_is_the_doers_own(code: Code) -> None:
    events = code("After Russia invaded Ukraine, Turkey closed its airspace to Russian military flights.")
    assert not [e for e in events if parties(e)[0] == {"TUR"} and "UKR" in parties(e)[1]]
    assert [parties(e) for e in code("Russian jets violated its airspace.")] in ([], [({"RUS"}, set())])
