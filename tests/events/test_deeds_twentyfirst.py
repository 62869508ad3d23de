"""Event readings by category, twenty-first session (issue 9, deeds11): leaders standing down or stepping aside from
an office, places wrested, taken or won (back) from a force, a parliament or a congress dissolved, captives let go,
go free or fly home, food dropped from the air in packets or boxes, troops arriving as a part of a force sent to
help, protect or keep the peace, rescuers or firefighters arriving, a warship crippled, a loan signed off on,
merchants shuttering their shops, police taking a person away, students swarming onto a place, convoys of troops
heading home, armed actions halted, an airlift opened to a city; each checked on sentences written for these
tests (true statements about real events) through the real pipeline, with look-alikes that keep their own reading.
A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 0831 a leader standing down or stepping aside from an office
        ("Theresa May stood down as leader of Britain's Conservative Party in June 2019.", "CONCEDE", "0831", "GBR", None),
        ("Boris Johnson stood down as Britain's prime minister in September 2022.", "CONCEDE", "0831", "GBR", None),
        ("Kyrgyzstan's President Sooronbai Jeenbekov stepped aside in October 2020 after days of unrest.", "CONCEDE", "0831", "KGZ", None),
        # 190 a place wrested, taken, won or seized (back) from a force, an army or fighters
        ("Iraqi troops wrested the city of Ramadi from Islamic State fighters in December 2015.", "ASSAULT", "190", "IRQ", None),
        ("Ukrainian forces took back the city of Kherson from Russian troops in November 2022.", "ASSAULT", "190", "UKR", None),
        ("Azerbaijani troops won back the town of Shusha from Armenian forces in November 2020.", "ASSAULT", "190", "AZE", None),
        # 190 rebels or fighters taking control of a town
        ("Tuareg rebels took control of the town of Kidal in northern Mali in March 2012.", "ASSAULT", "190", "MLI", None),
        # 172 a parliament or a congress dissolved by a head of state
        ("Boris Yeltsin dissolved Russia's parliament by decree in September 1993.", "COERCE", "172", "RUS", None),
        ("Sri Lanka's President Gotabaya Rajapaksa dissolved parliament in March 2020.", "COERCE", "172", "LKA", None),
        # 0841 captives let go, go free or fly home
        ("China let the detained Canadian Michael Kovrig fly home in September 2021.", "RETREAT", "0841", "CHN", None),
        ("Iran let the French researcher Fariba Adelkhah go home in February 2023.", "RETREAT", "0841", "IRN", None),
        # 074 troops arriving as the vanguard or the first troops of a force sent to help, protect or keep the peace
        (
            "Senegalese troops entered Gambia in January 2017, the vanguard of a West African force sent to help Adama Barrow take office.",
            "AID",
            "074",
            "SEN",
            "GMB",
        ),
        (
            "Nigerian soldiers, the first troops of a West African force sent to keep the peace, flew into Monrovia in August 2003.",
            "AID",
            "074",
            "NGA",
            None,
        ),
        # 073 rescuers or firefighters arriving after a disaster
        ("Greek firefighters arrived in Turkey in August 2021 as wildfires burned along its coast.", "AID", "073", "GRC", "TUR"),
        # 073 packets or boxes of food or rations dropped by planes
        (
            "Jordanian air force planes dropped boxes of food over the Gaza Strip in March 2024.",
            "AID",
            "073",
            "JOR",
            None,
        ),
        # 190 a warship crippled by aircraft
        ("Argentine jets crippled the British destroyer HMS Coventry off the Falklands in May 1982.", "ASSAULT", "190", "ARG", "GBR"),
        # 071 a loan signed off on by a lender's board
        ("The World Bank's board signed off on a 2 billion dollar loan to Egypt in December 2022.", "AID", "071", None, "EGY"),
        # 143 merchants shuttering their shops
        ("Kashmiri merchants shuttered their shops in Srinagar in August 2016 to protest against Indian rule.", "PROTEST", "143", None, None),
        # 173 police taking away a named person
        ("Belarusian police took away the opposition leader Maria Kolesnikova in Minsk in September 2020.", "COERCE", "173", "BLR", None),
        # 0874 convoys carrying troops heading home from a country; 087 offensive armed actions halted
        (
            "Convoys carrying Russian soldiers began heading home from Kazakhstan in January 2022.",
            "RETREAT",
            "0874",
            "RUS",
            "KAZ",
        ),
        ("The Kurdistan Workers' Party halted its armed actions against Turkey in March 2013.", "RETREAT", "087", None, None),
        # 073 an airlift opened or begun to a city cut off
        ("The United States began an airlift to Sarajevo in July 1992.", "AID", "073", "USA", "BIH"),
        # 141 students swarming onto a hill or into a compound
        ("Thousands of students swarmed onto the campus of Dhaka University in July 2024.", "PROTEST", "141", None, None),
    ],
)  # fmt: skip
def test_deed_wordings_of_the_twentyfirst_session(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # troops crossing into a country with no force sent to help named stay an invasion
        ("Russian troops crossed into Ukraine in February 2022.", "190"),
        # a storm pushing a surge ashore is no deed; troops fanning out name no deed of their own
        ("Hurricane Ian pushed a storm surge into Fort Myers in September 2022.", None),
        ("Police fanned out across central Paris in November 2015.", None),
        # an airlift of troops is no humanitarian aid
        ("Russia mounted an airlift of troops to Syria in September 2015.", None),
        # a party dissolved stays 1722
        ("Thailand's Constitutional Court dissolved the Move Forward Party in August 2024.", "1722"),
        # a state letting others cross or use its ground stays a permission, not a release
        ("Turkey let American warplanes use the Incirlik air base in July 2015.", "062"),
    ],
)  # fmt: skip
def test_look_alikes_of_the_twentyfirst_session_keep_their_readings(
    code: Code, text: str, cameo: str | None
) -> None:
    assert [e.cameo for e in code(text)][:1] == ([cameo] if cameo else [])


def test_troops_standing_down_are_no_resignation(code: Code) -> None:
    assert not [
        e for e in code("Russian troops stood down after the drills in April 2021.") if e.cameo == "0831"
    ]


def test_bombs_dropped_stay_force(code: Code) -> None:
    events = code("American B-52 bombers dropped bombs on Taliban positions in October 2001.")
    assert [e.event for e in events][:1] == ["ASSAULT"]
