"""Deed readings, twenty-fourth session (issue 9, deeds14): categories found by a sweep written from the CAMEO codebook
before the coder ran on it (benchmarks/probes/deeds14-1.json) and confirmed by blind set 14's deed half. An attack whose
object is a military one (positions, a base, checkpoints, posts, a garrison, units) is fighting (190), as the sets code
it; aircraft that bomb, strike or raid are aerial weapons (195); clashes, fighting or a battle that killed people is the
fight (190), not a killing; forces coming to blows fight (190); warships or a carrier sent toward a place or to a sea are
a show of force (150), not arms given; hundreds or thousands of soldiers massed, guns moved up, reinforcements rushed
(154); two parties massing forces face each other (not military cooperation); a city put on the highest level of alert
(151) and forces put on a higher level of readiness (152); followers or a mob storming or invading a building (145);
the police storming a home or an office (1711); officials searching offices (091, not the dictionary's seeking office);
a named leader shot or wounded (185); gunmen or attackers opening fire on people or a civilian place, gunning
people down or storming a hotel (180; a named person gunned down 186, shot 185), the forces of order firing on a protest
gathering kept at 175, and aircraft opening fire (195); a force of nature named only as the noun a relative clause hangs on ("the
strongest storm to hit Earth") does no deed.
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline,
with look-alikes that keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, kinds_of, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 190 an attack on a military object, whoever attacks
        (
            "Boko Haram fighters attacked a military base in Metele in November 2018.",
            "ASSAULT",
            "190",
            "NGA",
            None,
        ),
        (
            "Taliban fighters attacked army checkpoints around Kunduz in April 2016.",
            "ASSAULT",
            "190",
            None,
            None,
        ),
        # 195 aircraft as the doer
        (
            "Israeli warplanes bombed what Israel called a Hamas command centre in Gaza City in May 2021.",
            "ASSAULT",
            "195",
            "ISR",
            None,
        ),
        (
            "Russian jets struck rebel positions in Idlib province in February 2020.",
            "ASSAULT",
            "195",
            "RUS",
            None,
        ),
        # 190 the nominalised fight that killed
        (
            "Fighting between the army and the Rapid Support Forces killed hundreds of people in Khartoum in April 2023.",
            "ASSAULT",
            "190",
            None,
            None,
        ),
        # 190 forces coming to blows
        (
            "Indian and Chinese troops came to blows in the Galwan valley in June 2020.",
            "ASSAULT",
            "190",
            "IND CHN",
            None,
        ),
        # 150 a carrier sent toward a place or to a sea
        (
            "The United States sent the aircraft carrier Carl Vinson toward the Korean peninsula in April 2017.",
            "MOBILIZE",
            "150",
            "USA",
            None,
        ),
        # 154 soldiers massed by the hundred; guns moved up; two parties massing forces face each other
        (
            "Russia massed thousands of soldiers near the Ukrainian border in April 2021.",
            "MOBILIZE",
            "154",
            "RUS",
            None,
        ),
        ("Turkey moved tanks up to its border with Syria in October 2014.", "MOBILIZE", "154", "TUR", None),
        (
            "India and Pakistan massed hundreds of thousands of troops along their border in 2002.",
            "MOBILIZE",
            None,
            "IND PAK",
            None,
        ),
        # 151 a city on the highest level of alert; 152 forces on a higher level of readiness
        (
            "Belgium put its capital on the highest level of terrorism alert in November 2015.",
            "MOBILIZE",
            "151",
            "BEL",
            None,
        ),
        (
            "Serbia put its army on the highest level of combat readiness in May 2023.",
            "MOBILIZE",
            "152",
            "SRB",
            None,
        ),
        # 145 followers or a mob storming a building
        (
            "Followers of Moqtada al-Sadr stormed the parliament building in Baghdad in April 2016.",
            "PROTEST",
            "145",
            "IRQ",
            None,
        ),
        # 1711 the police storming offices
        (
            "Turkish police stormed the Istanbul offices of the Koza-Ipek media group in October 2015.",
            "COERCE",
            "1711",
            "TUR",
            None,
        ),
        # 185 a named leader shot and wounded: an attempt on the leader's life
        (
            "A gunman shot and wounded Texas Governor John Connally in Dallas in November 1963.",
            "ASSAULT",
            "185",
            None,
            None,
        ),
        # 091 officials searching offices, not seeking office (the cameo table types 09x ACCUSE; the sets INVESTIGATE)
        (
            "French tax officials searched Google's Paris headquarters in May 2016.",
            "ACCUSE",
            "091",
            "FRA",
            None,
        ),
        # (deeds14 violence against people)
        # 180 gunmen or attackers opening fire on people or a civilian place, gunning people down, storming a hotel
        (
            "A gunman opened fire on worshippers at two mosques in Christchurch, New Zealand, in March 2019.",
            "ASSAULT",
            "180",
            None,
            None,
        ),
        ("Militants stormed a hotel in Mogadishu in August 2022.", "ASSAULT", "180", None, None),
        # a named person gunned down (186 where the parser names the person) or a named leader shot (185)
        (
            "Gunmen gunned down the Haitian president Jovenel Moise at his home outside Port-au-Prince in July 2021.",
            "ASSAULT",
            "186",
            None,
            None,
        ),
        (
            "An attacker gunned down Boris Nemtsov near the Kremlin in February 2015.",
            "ASSAULT",
            "186",
            None,
            None,
        ),
        (
            "A gunman shot the former Pakistani prime minister Benazir Bhutto in Rawalpindi in December 2007.",
            "ASSAULT",
            "185",
            None,
            None,
        ),
        # 175 the forces of order firing on protesters (kept)
        (
            "Burmese troops opened fire on protesters in Rangoon in September 2007.",
            "ASSAULT",
            "175",
            "MMR",
            None,
        ),
        # 195 aircraft opening fire
        (
            "Israeli helicopters fired on Hezbollah positions in southern Lebanon in July 2006.",
            "ASSAULT",
            "195",
            "ISR",
            None,
        ),
    ],
)
def test_deeds14_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # a suicide bomber is no aircraft
        ("A suicide bomber attacked worshippers at a mosque in Peshawar in January 2023.", "FIGHT"),
        # a carrier sent to a state to bring relief is no show of force
        (
            "The United States sent an aircraft carrier to the Philippines to help victims of Typhoon Haiyan in"
            " November 2013.",
            "MOBILIZE",
        ),
        # a camp of displaced people is no military object
        ("Militiamen attacked a camp for displaced people in Ituri in February 2022.", "FIGHT"),
        # a storm "to hit" the earth is a force of nature, whatever the relative clause leaves unsaid
        (
            "The strongest geomagnetic storm to hit Earth in decades blacked out Quebec for nine hours in March 1989.",
            "FIGHT",
        ),
        # rebel fighters are no fighter jets
        ("Rebel fighters attacked a market in Beni in 2019.", "FIGHT"),
        # a storm that kills is still no fight (review24: the storm case above passed without the storm rule)
        ("The worst storm to hit Britain in decades killed three people in February 2022.", "FIGHT"),
        # (review24 look alikes)
        # review24 (twenty-fourth session): readings the session's entries over-reached on; each failed before the fix
        # a figurative fight or battle is no use of force
        ("The fight against corruption claimed the job of the Ukrainian defence minister in 2023.", "FIGHT"),
        ("A long legal battle forced Chevron to pay Ecuador in 2011.", "FIGHT"),
        # lawmakers who come to blows fight no war
        (
            "Opposition and ruling party lawmakers came to blows in the Taiwanese parliament in May 2024.",
            "FIGHT",
        ),
    ],
)
def test_deeds14_look_alikes(code: Code, text: str, forbidden: str) -> None:
    events = code(text)
    assert forbidden not in kinds_of(events), events


def test_deeds14_fire_on_forces_stays_fighting(code: Code) -> None:
    """Fire opened on army positions is a fight with small arms (193), not violence against people (18x)."""
    events = code("Islamic State fighters opened fire on Iraqi army positions near Mosul in November 2016.")
    assert any((e.cameo or "").startswith("19") for e in events), events
    assert not any((e.cameo or "").startswith("18") for e in events), events


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # a state destroying its own arsenal disarms (0873), it fights no one
        ("The United States destroyed its last chemical weapons in July 2023.", "0873"),
        # police massed by the thousand are police power (153), not the military's (154)
        ("France deployed thousands of police in Paris in July 2023.", "153"),
    ],
)
def test_review24_codes(code: Code, text: str, cameo: str) -> None:
    events = code(text)
    assert cameo in {e.cameo for e in events}, events
