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

from .helpers import Code, parties


def _some(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    """Some event of the sentence has the type (and the code, the sources and the targets, where given)."""
    events = code(text)
    for event in events:
        sources, targets = parties(event)
        if (
            event.event == plover
            and (cameo is None or event.cameo == cameo)
            and (source is None or sources == set(source.split()))
            and (target is None or targets == set(target.split()))
        ):
            return
    raise AssertionError(f"no {plover} {cameo} {source} -> {target} in {events}")


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
    _some(code, text, plover, cameo, source, target)


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
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    _some(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a party or a leader called a pejorative is denounced (111), never telephoned
        ("Erdogan called Israel a terror state in November 2023.", "ACCUSE", "111", "TUR", "ISR"),
        ("Biden called Putin a killer in 2021.", "ACCUSE", "111", "USA", "RUS"),
        ("Biden called Putin a war criminal in March 2022.", "ACCUSE", "111", "USA", "RUS"),
        # ... and a good name stays praise
        ("Putin called Erdogan a reliable partner in 2022.", "SUPPORT", "051", "RUS", "TUR"),
        # a case, a lawsuit or proceedings against a party are a lawsuit (115), plaintiff against defendant
        (
            "South Africa's genocide case against Israel at the International Court of Justice opened in January 2024.",
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
    ],
)
def test_readings_tenth_names_and_cases(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    _some(code, text, plover, cameo, source, target)


def test_readings_tenth_a_case_for_something_is_no_lawsuit(code: Code) -> None:
    events = code("The case for sanctions on Iran was debated in Brussels.")
    assert all(e.cameo != "115" for e in events), events


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a border or an airspace closed to a party restricts its movement (191)
        ("Morocco closed its border with Algeria in 1994.", "COERCE", "191", "MAR", "DZA"),
        ("Finland closed its border with Russia in November 2023.", "COERCE", "191", "FIN", "RUS"),
        ("Poland closed its airspace to Russian airlines in February 2022.", "COERCE", "191", "POL", "RUS"),
        # ... while an embassy closed reduces relations
        ("Canada closed its embassy in Tehran in 2012.", "SANCTION", None, "CAN", "IRN"),
        # missiles fired into the sea near a party are a show of force aimed at it (150)
        ("China fired missiles into the waters off Taiwan in 1996.", "MOBILIZE", "150", "CHN", "TWN"),
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
    ],
)
def test_readings_tenth_borders_missiles_and_bombing(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None
) -> None:
    _some(code, text, plover, cameo, source, target)
