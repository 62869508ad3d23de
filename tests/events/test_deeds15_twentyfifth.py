"""Deed readings, twenty-fifth session (issue 9, deeds15): categories found by a sweep written from the CAMEO codebook
before the coder ran on it (benchmarks/probes/deeds15-1.json) and confirmed by blind set 15's deed half.
A party raked or sprayed with fire or bullets is shot at (180); a suicide vest or belt set off is a suicide bombing
(1831); an ambassador pulled out or called home is a recall (161), negotiators ordered home a halt of talks (164); a
call-up of reservists authorised is the mobilisation (154); protesters' violence is a riot (145), a mob's lynching
is not; people of any trade seized by gunmen are abducted (181); gunmen sweeping into a place raid it (180); a
peacekeeping mission ended by the body that sent it is its withdrawal (1661); police or soldiers opening fire on
civilians is violent repression (175); a bomb blown up as the verb's object is a bombing (183), attackers setting
upon people an attack (180), a flight commandeered a hijacking (181); crowds breaking through police lines, charging
them or fighting running battles with the police riot (145). And kinds of sentence that carry deed words but tell no
event: a civilian vehicle or a spacecraft that moves or lands (and what its participle says), an explosion told with
no bomb, attack or party hit named (an accident), a fire named bare, a store, a factory or a rocket that blew up, and
a fine, a ransom or a debt paid (no aid, 071).
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline,
with look-alikes that keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, kinds_of, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 180 raked or sprayed with fire or bullets
        (
            "Gunmen sprayed a minibus with bullets in Karachi in May 2015, killing more than 40 Ismaili passengers.",
            "ASSAULT",
            "180",
            "PAK",
            None,
        ),
        (
            "Militants raked the Westgate shopping mall in Nairobi with gunfire in September 2013.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        # 1831 a suicide vest set off
        (
            "A suicide bomber detonated an explosive vest at a wedding in Kabul in August 2019.",
            "ASSAULT",
            "1831",
            None,
            None,
        ),
        # 161 an ambassador pulled out; 164 negotiators called home
        (
            "Saudi Arabia pulled its ambassador out of Beirut in October 2021.",
            "SANCTION",
            "161",
            "SAU",
            "LBN",
        ),
        (
            "Israel ordered its negotiating team home from Qatar in December 2023.",
            "SANCTION",
            "164",
            "ISR",
            None,
        ),
        # 154 a call-up authorised
        (
            "Israel's defence minister authorised the army to call up 9,000 reservists in May 2021.",
            "MOBILIZE",
            "154",
            "ISR",
            None,
        ),
        # 145 protesters' violence, whatever its verb
        (
            "Protesters tore down the statue of Queen Victoria outside the Manitoba legislature in Winnipeg in July 2021.",
            "PROTEST",
            "145",
            None,
            None,
        ),
        (
            "American protesters beat a police officer at the Capitol in Washington in January 2021.",
            "PROTEST",
            "145",
            None,
            None,
        ),
        # 181 people of a trade seized by gunmen
        (
            "Syrian militants seized thirteen Orthodox nuns at their convent in Maaloula in December 2013.",
            "ASSAULT",
            "181",
            None,
            None,
        ),
        # 180 gunmen sweeping into a village
        (
            "Gunmen on motorbikes swept into the village of Solhan in Burkina Faso in June 2021, killing more than a"
            " hundred people.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        # 1661 a peacekeeping mission ended by the body that sent it
        (
            "The U.N. Security Council ended its peacekeeping mission in Haiti in October 2017.",
            "SANCTION",
            "1661",
            None,
            "HTI",
        ),
        # 1663 the work of an aid agency or a charity suspended by its host
        (
            "Pakistan suspended the work of the charity Save the Children in June 2015.",
            "SANCTION",
            "1663",
            "PAK",
            None,
        ),
        # 175 forces of order firing on civilians
        (
            "British paratroopers opened fire on unarmed civilians in Ballymurphy in August 1971.",
            "ASSAULT",
            "175",
            "GBR",
            None,
        ),
        # 183 a bomb blown up as the verb's object; 180 attackers setting upon people; 181 a flight commandeered
        (
            "A British right-wing extremist blew up a homemade nail bomb in a crowded pub in London's Soho in April 1999.",
            "ASSAULT",
            "183",
            None,
            None,
        ),
        (
            "Three attackers wielding knives set upon diners in London's Borough Market in June 2017.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        (
            "Japanese Red Army militants commandeered a Japan Airlines flight out of Bombay in September 1977.",
            "ASSAULT",
            "181",
            None,
            None,
        ),
        # 145 crowds breaking through police lines, charging them, fighting running battles with the police
        (
            "Indian farmers broke through police barricades in Delhi in January 2021.",
            "PROTEST",
            "145",
            None,
            None,
        ),
        (
            "Hundreds of Greek demonstrators charged at the police lines outside the parliament in Athens in June 2011.",
            "PROTEST",
            "145",
            None,
            None,
        ),
        (
            "Dutch rioters fought running battles with police in Eindhoven in January 2021.",
            "PROTEST",
            "145",
            None,
            None,
        ),
        # look-alikes that keep their reading: a car bomb, a mob's lynching, aid paid, gunmen's battles, a rocket fired
        (
            "A car bomb exploded at a checkpoint in Mogadishu in December 2019, killing more than 80 people.",
            "ASSAULT",
            None,
            None,
            None,
        ),
        (
            "A mob in Sialkot beat a Sri Lankan factory manager to death in December 2021.",
            "ASSAULT",
            None,
            None,
            None,
        ),
        ("The European Union paid Ukraine three billion euros in January 2023.", "AID", "071", None, "UKR"),
        (
            "Mexican cartel gunmen fought running battles with soldiers in Culiacan in October 2019.",
            "ASSAULT",
            "190",
            None,
            None,
        ),
        (
            "A rocket fired from Gaza hit a house in the Israeli town of Sderot in May 2021.",
            "ASSAULT",
            None,
            None,
            None,
        ),
        (
            "Jewish underground fighters of the Irgun blew up the British officers' club at Goldsmith House in Jerusalem in"
            " March 1947.",
            "ASSAULT",
            "183",
            None,
            None,
        ),
    ],
)
def test_deeds15_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # a mob that lynches is no protest
        ("A mob in Sialkot beat a Sri Lankan factory manager to death in December 2021.", "PROTEST"),
        # a spacecraft that lands or splashes down does no deed
        ("The Crew Dragon capsule splashed down in the Gulf of Mexico in May 2021.", "MOBILIZE"),
        ("China's Chang'e 4 lander touched down on the far side of the Moon in January 2019.", "MOBILIZE"),
        # an explosion with no bomb named is an accident
        (
            "A tanker truck carrying fuel overturned and exploded in Freetown in November 2021, killing more than 90"
            " people.",
            "ASSAULT",
        ),
        (
            "Ammonium nitrate stored at a fertiliser plant exploded in the Texas town of West in April 2013.",
            "ASSAULT",
        ),
        # a fine or a debt paid is no aid
        ("Daimler paid a fine of 870 million euros to German prosecutors in September 2019.", "AID"),
        ("Russia paid off its entire debt to the International Monetary Fund in January 2005.", "AID"),
        # a fire named bare did it itself; a rocket or a store that blew up is no one's deed
        (
            "A fire swept through the Lame Horse nightclub in Perm in December 2009, killing more than 150 people.",
            "ASSAULT",
        ),
        (
            "A fire destroyed much of the roof of Notre-Dame cathedral in Paris in April 2019.",
            "COERCE",
        ),
        ("A Brazilian VLS-1 rocket blew up on its launch pad at Alcantara in August 2003.", "COERCE"),
        (
            "An explosives factory blew up in the Russian city of Dzerzhinsk in June 2019, injuring dozens of people.",
            "COERCE",
        ),
        # a capsule that lands, and what its participle says, is no deed
        (
            "Russia's Soyuz MS-22 capsule landed empty in Kazakhstan in March 2023, leaving its three crew members aboard the"
            " space station.",
            "SANCTION",
        ),
        # a party's activities suspended are no aid agency's
        ("Thailand suspended the activities of the opposition party in 2019.", "SANCTION"),
        # a protesters' riot is not unconventional violence
        (
            "American protesters beat a police officer at the Capitol in Washington in January 2021.",
            "ASSAULT",
        ),
    ],
)
def test_deeds15_look_alikes(code: Code, text: str, forbidden: str) -> None:
    events = code(text)
    assert forbidden not in kinds_of(events), events
