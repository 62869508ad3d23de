"""Event readings by category, twentieth session (issue 9, deeds10): the deed an instrument does once signed or
issued ("signed a decree ordering a mobilisation"), a state of emergency or emergency rule placed on a country,
people ordered off the streets, a government's own reform put on hold, aid dropped from the air, buildings brought
down or flattened by jets, peacekeeping taken over and a force relieving another, troops heading home or a combat
mission ended, troops entering a country under a U.N. mandate; each checked on sentences written for these tests
(true statements about real events) through the real pipeline, with look-alikes that keep their own reading. A
source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (deed wordings of the twentieth session)
        # the deed of a signed or issued decree, law or order is the signer's (not a signature of a treaty, 057)
        ("Vladimir Putin signed a decree in September 2022 ordering a partial mobilisation.", "MOBILIZE", "154", "RUS", None),
        (
            "Joe Biden signed an executive order in February 2021 imposing sanctions on Myanmar's generals.",
            "SANCTION",
            "163",
            "USA",
            "MMR",
        ),
        (
            "Donald Trump signed an executive order in January 2017 barring travellers from seven mostly Muslim countries.",
            "COERCE",
            None,
            "USA",
            None,
        ),
        # 1724 a state of emergency or emergency rule placed on a country or a city
        ("Recep Tayyip Erdogan placed the whole of Turkey under a state of emergency in July 2016.", "COERCE", "1724", "TUR", None),
        ("Peru's government placed Lima under a state of emergency in January 2023.", "COERCE", "1724", "PER", "PER"),
        # 1723 people or everyone ordered off the streets
        ("Sri Lanka's government ordered everyone off the streets in April 2022.", "COERCE", "1723", "LKA", None),
        ("Chile's army ordered people off the streets of Santiago in October 2019.", "COERCE", "1723", "CHL", None),
        # 0832 a government's own reform put on hold
        ("Benjamin Netanyahu put his judicial overhaul on hold in March 2023.", "CONCEDE", "0832", "ISR", None),
        # 073 meals, parcels or medical supplies dropped from the air
        ("American cargo planes dropped more than 38,000 meals over Gaza in March 2024.", "AID", "073", "USA", "PSE"),
        (
            "Jordanian aircraft dropped medical supplies to a field hospital in Gaza in November 2023.",
            "AID",
            "073",
            "JOR",
            "PSE",
        ),
        # 195 a tower or a building flattened or brought down by jets or warplanes
        ("Israeli jets flattened the Hanadi tower in Gaza City in May 2021.", "ASSAULT", "195", "ISR", "PSE"),
        ("Israeli warplanes brought down the al-Shorouk tower in Gaza City in May 2021.", "ASSAULT", "195", "ISR", "PSE"),
        # 074 peacekeeping taken over, a force relieved by peacekeepers, troops entering under a U.N. mandate
        ("The European Union took over peacekeeping in Bosnia from NATO in December 2004.", "AID", "074", "IGO-EU", None),
        (
            "United Nations peacekeepers took over from the African Union force in Darfur at the end of 2007.",
            "AID",
            "074",
            "IGO-UN",
            None,
        ),
        ("French troops entered Rwanda under a U.N. mandate in June 1994.", "AID", "074", "FRA", "RWA"),
        # 0874 troops heading home or returning from a country, a combat mission ended
        ("The last Soviet troops headed home from Afghanistan in February 1989.", "RETREAT", "0874", "RUS", "AFG"),
        ("The last American soldiers returned from Iraq in December 2011.", "RETREAT", "0874", "USA", "IRQ"),
        ("NATO ended its combat mission in Afghanistan in December 2014.", "RETREAT", "0874", "IGO-NATO", "AFG"),
        # (force and protest wordings of the twentieth session)
        # 190 a town or a city seized by fighters or overrun by rebels (the open sets code a town taken in battle 190)
        ("Islamic State fighters seized Ramadi in May 2015.", "ASSAULT", "190", None, "IRQ"),
        ("Tuareg rebels overran the Malian town of Kidal in March 2012.", "ASSAULT", "190", "MLI", None),
        # 190 troops falling on a force, or hurling themselves at its positions
        ("Chinese troops fell on American forces near the Chosin Reservoir in November 1950.", "ASSAULT", "190", "CHN", "USA"),
        (
            "North Vietnamese troops hurled themselves at the Marine outpost on Hill 861 near Khe Sanh in January 1968.",
            "ASSAULT",
            "190",
            "VNM",
            None,
        ),
        # 173 police seizing a candidate; 181 gunmen seizing people
        (
            "Ugandan police seized the opposition candidate Bobi Wine at a campaign stop in November 2020.",
            "COERCE",
            "173",
            "UGA",
            "UGA",
        ),
        ("Abu Sayyaf gunmen seized 21 people from a Malaysian diving resort in April 2000.", "ASSAULT", "181", None, None),
        # 145 protesters pelting police; 144 truckers blocking lorries
        ("Serbian protesters pelted police with stones in Belgrade in July 2020.", "PROTEST", "145", "SRB", None),
        ("Polish truckers blocked Ukrainian lorries at border crossings in November 2023.", "PROTEST", "144", "POL", None),
        # 190 rebels seizing control of a city; fighters seizing an army headquarters
        ("Houthi rebels seized control of the city of Sanaa in September 2014.", "ASSAULT", "190", "YEM", None),
        (
            "Houthi fighters seized the headquarters of the army's First Armoured Division in Sanaa in September 2014.",
            "ASSAULT",
            "190",
            "YEM",
            None,
        ),
        ("Malian rebels seized control of Gao in March 2012.", "ASSAULT", "190", "MLI", None),
        (
            "Libyan rebel fighters seized Muammar Gaddafi's Bab al-Aziziya compound in Tripoli in August 2011.",
            "ASSAULT",
            "190",
            "LBY",
            None,
        ),
        # 074 troops pouring into a country under a U.N. mandate
        ("Australian troops poured into East Timor under a U.N. mandate in September 1999.", "AID", "074", "AUS", "TLS"),
        # 0841 a leader set free; 073 doctors arriving to treat patients
        ("Chile's military government set free the Communist leader Luis Corvalan in December 1976.", "RETREAT", "0841", "CHL", None),
        ("A team of Russian doctors arrived in Italy in March 2020 to treat coronavirus patients.", "AID", "073", "RUS", "ITA"),
        # 090 a judge inquiring into a death; a panel reviewing intelligence
        (
            "A British judge, Lord Hutton, inquired into the death of the weapons expert David Kelly in 2003.",
            "ACCUSE",
            "090",
            "GBR",
            None,
        ),
        ("A British panel led by Lord Butler reviewed the intelligence on Iraq's weapons in 2004.", "ACCUSE", "090", "GBR", None),
        # 164 a state walking out of talks (not a strike)
        ("The Soviet Union walked out of the Geneva arms talks in November 1983.", "SANCTION", "164", "RUS", None),
        # 180 a gunman's rampage; a lorry ploughed into a crowd
        ("A German gunman went on a rampage in Hanau in February 2020.", "ASSAULT", "180", "DEU", None),
        (
            "A Tunisian ploughed a lorry into a crowd on the Promenade des Anglais in Nice in July 2016.",
            "ASSAULT",
            "180",
            "TUN",
            None,
        ),
    ],
)  # fmt: skip
def test_wordings_of_the_twentieth_session(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "not_code"),
    [
        # a signed agreement stays a signature; a treaty's participle is no instrument's deed
        ("Israel and the United Arab Emirates signed an agreement establishing diplomatic relations in September 2020.", None),
        # bombs dropped stay force; bulldozers flattening homes stay a seizure or damage of property (171)
        ("Russian planes dropped bombs on Aleppo in 2016.", "073"),
        ("Israeli bulldozers flattened Palestinian homes in Rafah in May 2004.", "195"),
        # a town taken over from government forces stays an occupation (192); a visitor's return is no withdrawal
        ("M23 rebels took over the town of Bunagana from Congolese government forces in June 2022.", "074"),
        ("Pope John Paul II returned from Poland in June 1979.", "0874"),
        # an invasion stays force
        ("Iraqi troops entered Kuwait in August 1990.", "074"),
        ("Iraqi troops poured into Kuwait in August 1990.", "074"),
    ],
)  # fmt: skip
def test_look_alikes_keep_their_readings(code: Code, text: str, not_code: str | None) -> None:
    events = code(text)
    if not_code is None:
        assert any(e.cameo == "057" for e in events), events
    else:
        assert events and all(e.cameo != not_code for e in events), events


def test_direct_rule_is_no_state_of_emergency(code: Code) -> None:
    # "under direct rule" names no emergency: the phrase's noun is read with "emergency" only
    assert all(
        e.cameo != "1724" for e in code("Britain placed Northern Ireland under direct rule in March 1972.")
    )


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # control of a peninsula seized by troops is a capture by force (190, rule 9.1 of docs/annotation-conventions.md,
        # twenty-third session; before, 192); a tanker seized stays a seizure of property; protesters overrunning an
        # airport stay an obstruction; youths on a rampage stay a riot
        ("Russian troops seized control of the Crimean peninsula in February 2014.", "190"),
        ("Iran's Revolutionary Guards seized the British-flagged tanker Stena Impero in July 2019.", "171"),
        ("Thai protesters overran Bangkok's Suvarnabhumi airport in November 2008.", "144"),
        ("British youths went on a rampage in Tottenham in August 2011.", "145"),
        # workers walking out stay a strike
        ("British rail workers walked out in June 2022.", "143"),
        # negotiators arriving to sign a deal make a trip, not aid: a visit to the host (042; before the thirty-sixth
        # session the dictionary's bare "arrive", 040)
        ("A team of Chinese negotiators arrived in Washington in January 2020 to sign the trade deal.", "042"),
    ],
)  # fmt: skip
def test_force_look_alikes_keep_their_readings(code: Code, text: str, cameo: str) -> None:
    assert [e.cameo for e in code(text)][:1] == [cameo]
