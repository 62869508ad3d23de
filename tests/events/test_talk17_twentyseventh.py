"""Talk-family readings, twenty-seventh session (talk17; issue 9).

One party's drills held with a partner named in a "with" phrase are military cooperation (062), the partner its
target, not a show of force (150), and taking part in exercises is 062, not the bare "take part" (030); a party
reviewing or reconsidering a measure of its own (its sanctions, a designation, its licences, its aid) weighs a policy
option (CAMEO 014, no PLOVER event), not an investigation (09x) nor a promise (03x); a party's own nuclear programme
grown, announced for the future, is a threat (130), not a promise. Each checked through the real pipeline on
sentences written for these tests (true statements about real events of odd years), with look-alikes that keep
their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China's navy held drills with Russian warships in the Sea of Japan in July 2023.", "CHN", "RUS"),
        (
            "Iran held naval exercises with Russia and China in the Gulf of Oman in December 2019.",
            "IRN",
            "RUS CHN",
        ),
        ("Russia held the Zapad-2017 military exercises with Belarus in September 2017.", "RUS", "BLR"),
        (
            "Belarusian troops took part in the Zapad-2021 exercises with Russia in September 2021.",
            "BLR",
            "RUS",
        ),
        (
            "Indian warships took part in the Malabar exercises with the navies of the United States, Japan and"
            " Australia in August 2021.",
            "IND",
            "USA JPN AUS",
        ),
    ],
)
def test_drills_with_a_partner_are_cooperation(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "COOPERATE", "062", source, target, absent=("MOBILIZE", "AGREE"))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a "with" phrase naming no partner, or a place further down, leaves the show of force
        ("China held drills around Taiwan with warships and fighter jets in April 2023.", "TWN"),
        ("Russia held exercises with 300,000 troops in its far east in 2021.", None),
        ("Iran held large military drills near its border with Azerbaijan in October 2021.", "AZE"),
        (
            "North Korea held artillery drills with hundreds of guns near the South Korean border in 2023.",
            None,
        ),
    ],
)
def test_drills_with_no_partner_stay_a_show_of_force(code: Code, text: str, target: str | None) -> None:
    some_event(code, text, "MOBILIZE", "150", None, target, absent=("COOPERATE",))


@pytest.mark.parametrize(
    "text",
    [
        # (a review of ones own measure is no event)
        "The Biden administration said in January 2021 that it would review the designation of Yemen's Houthi"
        " movement as a terrorist group.",
        "The US State Department said in February 2021 that it was reviewing its sanctions on officials of the"
        " International Criminal Court.",
        "Britain's government said in June 2019 that it would review its licences for arms sales to Saudi Arabia.",
        "President Joe Biden ordered a review of the sanctions on Venezuela in 2021.",
        "Japan said in 2021 that it would review its development aid to Myanmar after the coup.",
        # (soldiers veterans or athletes at one event are no meeting)
        "Athletes from Russia and Belarus competed as neutrals at the Wimbledon championships in July 2023.",
        "Veterans and serving troops from Britain, France and the United States gathered on the beaches of Normandy"
        " in June 2019 to mark 75 years since D-Day.",
    ],
)
def test_reviews_and_gatherings_are_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a review of others' conduct stays an inquiry; a growth of aid said for the future stays a promise
        (
            "Prime Minister Scott Morrison ordered a review of workplace culture at Parliament House in March 2021.",
            "ACCUSE",  # (the coder's name for the 2016 INVESTIGATE)
            "090",
            "AUS",
            None,
        ),
        ("Japan said in 2019 that it would expand its aid to Vietnam.", "AGREE", None, "JPN", "VNM"),
    ],
)
def test_review_look_alikes_keep_their_reading(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Iran said in June 2019 that it would exceed the limit on its stockpile of low-enriched uranium within ten"
        " days.",
        "Iran said in November 2019 that it would start injecting uranium gas into centrifuges at its Fordow site.",
        "Iran said in 2021 that it would enrich uranium to 60 percent purity.",
    ],
)
def test_nuclear_growth_announced_is_a_threat(code: Code, text: str) -> None:
    some_event(code, text, "THREATEN", "130", "IRN", None, absent=("AGREE",))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # nuclear material shipped out stays a promise
        (
            "Iran said in 2015 that it would ship most of its enriched uranium to Russia.",
            "AGREE",
            None,
            "IRN",
            "RUS",
            (),
        ),
        # a deed a government reports stays the deed
        (
            "Ukraine said Russian forces had shelled the city of Kharkiv in 2023.",
            "ASSAULT",
            None,
            "RUS",
            None,
            (),
        ),
        # soldiers at another states parade are no meeting but cooperate
        # troops of two states marching in a third state's parade meet no one (no CONSULT), but cooperate militarily
        # with the host (062; docs/annotation-conventions.md 15.2, forty-third session, coop43)
        (
            "Soldiers from China and India took part in Moscow's Victory Day parade in May 2015.",
            "COOPERATE",
            "062",
            "CHN IND",
            "RUS",
            ("CONSULT",),
        ),
        # following another in leaving for sure is the leaving
        # (rule 5.1: an announced leaving of a body is the leaving itself)
        (
            "Argentina said in February 2025 that it would follow the United States in withdrawing from the World Health"
            " Organization.",
            "SANCTION",
            "160",
            "ARG",
            "IGO-WHO",
            (),
        ),
    ],
)
def test_talk17_twentyseventh_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "U.N. investigators said in a report in August 2019 that Myanmar's army had carried out mass killings of"
            " Rohingya Muslims.",
            "IGO-UN",
            "MMR",
        ),
        (
            "The UN commission of inquiry on Ukraine found in March 2023 that Russian forces had committed war crimes.",
            "IGO-UN",
            "RUS",
        ),
        (
            "A panel of UN experts said in February 2023 that North Korea had stolen more cryptocurrency in 2022 than"
            " in any previous year.",
            "IGO-UN",
            "PRK",
        ),
        (
            "Investigators of the Organisation for the Prohibition of Chemical Weapons found in January 2023 that the"
            " Syrian air force had dropped chlorine on Douma in 2018.",
            "IGO-OPCW",
            "SYR",
        ),
    ],
)
def test_a_deed_an_investigative_body_finds_is_its_accusation(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "ACCUSE", "112", source, target, absent=("ASSAULT", "COERCE", "FIGHT"))


def test_a_commission_of_inquiry_named_as_the_subject_opens_no_inquiry(code: Code) -> None:
    text = (
        "The UN commission of inquiry on Syria concluded in September 2017 that the Syrian air force had dropped sarin"
        " on the town of Khan Sheikhoun."
    )
    assert "ACCUSE" not in {e.event for e in code(text) if e.cameo[:2] == "09"}, code(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Vladimir Putin and Recep Tayyip Erdogan took part by video link in a ceremony marking the start of work on"
            " the Akkuyu reactor in 2021.",
            "RUS TUR",
        ),
        ("Group of Seven leaders gathered in Cornwall in June 2021.", None),
    ],
)
def test_leaders_at_one_ceremony_still_meet(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "CONSULT", "040", source, None)


@pytest.mark.parametrize(
    ("text", "plover", "source", "target"),
    [
        # the one followed or joined is no party; the follower does the deed
        (
            "Mauritania followed Saudi Arabia and its allies in cutting diplomatic ties with Qatar in June 2017.",
            "SANCTION",
            "MRT",
            "QAT",
        ),
        (
            "In April 2021 Latvia and Estonia joined Slovakia in expelling Russian diplomats in solidarity with the"
            " Czech Republic.",
            "SANCTION",
            "LVA EST",
            "RUS",
        ),
        # parting ways with a party, said as possible by its own side, is a threat to reduce relations
        (
            "Turkish President Recep Tayyip Erdogan said in September 2023 that Turkey could part ways with the"
            " European Union if necessary.",
            "THREATEN",
            "TUR",
            "IGO-EU",
        ),
    ],
)
def test_following_another_and_parting_ways(
    code: Code, text: str, plover: str, source: str, target: str
) -> None:
    some_event(code, text, plover, None, source, target)


def test_an_adjective_hung_on_the_adjective_before_the_drills_still_names_them(code: Code) -> None:
    # (review26: talk16's match._modifiers change had no test: the parser hangs "joint" on "naval", and the drills are
    # joint all the same; without the change this reads a show of force, 150)
    text = "China and Russia held large joint naval and air drills in the Sea of Japan in October 2021."
    some_event(code, text, "COOPERATE", "062", "CHN RUS", None, absent=("MOBILIZE",))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "A United Nations commission of inquiry said in June 2015 that Eritrea's government was responsible for"
            " systematic and widespread human rights violations.",
            "ERI",
        ),
        (
            "UN investigators concluded in 2017 that the Syrian government was responsible for the sarin attack on"
            " Khan Sheikhoun.",
            "SYR",
        ),
    ],
)
def test_an_investigative_body_finding_a_party_responsible_accuses_it(
    code: Code, text: str, target: str
) -> None:
    some_event(code, text, "ACCUSE", "112", "IGO-UN", target)


def test_a_spokesman_saying_a_party_is_responsible_accuses_no_one_by_this_rule(code: Code) -> None:
    assert "ACCUSE" not in {
        e.event
        for e in code("A government spokesman said in 2019 that the weather was responsible for the delays.")
    }


@pytest.mark.parametrize(
    "text",
    [
        "China and Russia held large joint naval and air drills in the Sea of Japan in October 2021.",
        "Russia, China and Iran held joint naval drills in the Gulf of Oman in March 2023.",
    ],
)
def test_a_sea_named_after_a_country_is_a_place(code: Code, text: str) -> None:
    events = some_event(code, text, "COOPERATE", "062", None, None)
    assert all(not e.target for e in events), events


def test_possibly_following_another_in_leaving_is_a_threat(code: Code) -> None:
    text = "Argentina said in January 2025 that it might follow the United States in leaving the Paris climate agreement."
    some_event(code, text, "THREATEN", None, "ARG", None, absent=("REJECT",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the place a visitor comes from is no party to the visit
        (
            "Pope Francis arrived in Baghdad from Rome in March 2021, the first papal visit to Iraq.",
            "VAT",
            "IRQ",
        ),
        ("Kim Jong Un arrived in Vladivostok from Pyongyang by train in April 2019.", "PRK", "RUS"),
        # a leader landing in a capital visits it
        ("Pope Francis landed in Kinshasa in January 2023.", "VAT", "COD"),
    ],
)
def test_a_visit_is_to_the_place_reached(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "CONSULT", None, source, target)


def test_a_deed_to_be_halted_is_no_threat(code: Code) -> None:
    text = (
        "Turkey said in October 2019 that it would halt its offensive in northern Syria if Kurdish fighters withdrew"
        " from the border area."
    )
    some_event(code, text, "AGREE", None, "TUR", None, absent=("THREATEN",))


def test_forces_agreed_to_patrol_together_is_an_intent_to_cooperate(code: Code) -> None:
    text = (
        "Vladimir Putin and Recep Tayyip Erdogan met in Sochi in October 2019 and agreed that Russian and Turkish"
        " forces would patrol northeastern Syria together."
    )
    some_event(code, text, "AGREE", "0312", None, None, absent=("MOBILIZE",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran suspended its cooperation with the IAEA in July 2025.", "IRN", "IGO-IAEA"),
        (
            "North Korea ended its cooperation with the International Atomic Energy Agency in April 2009.",
            "PRK",
            "IGO-IAEA",
        ),
    ],
)
def test_cooperation_with_an_international_body_halted_is_a_refusal(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "REJECT", "1245", source, target, absent=("COOPERATE",))
