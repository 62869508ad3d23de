"""Deed readings, thirtieth session (issue 9, deeds20): categories of blind sets 19 and 20 part B's misses, met first
on a probe batch written before the coder ran on it (benchmarks/probes/deeds20-1.json).

Forces that meet, run into, encounter or face resistance fight (190, not a meeting); rescuers who dig, pull or free
survivors from rubble give aid (073, not an investigation); a hartal or a bandh is a strike, and a strike or a hartal
brings a city to a standstill (143); a constitution, a parliament or the vote granted or restored, civil liberties and
independence granted (0834, 0833, 083); a plane blown apart by a bomb (183); a throne or a presidency renounced or given
up (0831); assets and balances frozen (163); own guns silenced (0871); martial law clamped on a place (1724) and a state
of emergency brought to an end (0814); shells poured onto a place (194); barracks or armouries stormed or overrun and
landings under fire (190); warships steaming (150); people beaten with clubs or bars (182). No event: a craft's own
mishap told with no object (a ferry that capsized or sank, an airship that caught fire, a munitions ship that blew up, a
jet that slammed into another on a runway, a flight that crashed), with the participles that share its subject; an
explosion that flattens a forest.
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline,
with look-alikes that keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 190 resistance met, encountered, faced or run into by forces
        (
            "Soviet troops met stiff resistance from Finnish troops on the Karelian Isthmus.",
            "ASSAULT",
            "190",
            "RUS",
            "FIN",
        ),
        (
            "British troops encountered fierce resistance from Argentine forces at Goose Green.",
            "ASSAULT",
            "190",
            "GBR",
            "ARG",
        ),
        (
            "Iraqi troops faced heavy resistance from Iranian defenders in Khorramshahr.",
            "ASSAULT",
            "190",
            "IRQ",
            "IRN",
        ),
        (
            "American marines ran into heavy resistance from Japanese defenders on Iwo Jima in 1945.",
            "ASSAULT",
            "190",
            "USA",
            "JPN",
        ),
        (
            "The Ethiopian army met with stubborn resistance from Eritrean rebels.",
            "ASSAULT",
            "190",
            "ETH",
            None,
        ),
        # 073 survivors dug out, pulled or freed from rubble, ruins searched for them
        (
            "Japanese rescue teams dug survivors out of the rubble in Turkey in 1999.",
            "AID",
            "073",
            "JPN",
            "TUR",
        ),
        (
            "Indian soldiers pulled survivors from the rubble of collapsed houses in Nepal in 2015.",
            "AID",
            "073",
            "IND",
            "NPL",
        ),
        (
            "Swiss rescuers freed trapped survivors from collapsed buildings in Armenia.",
            "AID",
            "073",
            "CHE",
            "ARM",
        ),
        # 143 a hartal or a bandh; a city brought to a standstill by a strike
        ("Bangladesh's opposition enforced a hartal across the country.", "PROTEST", "143", "BGD", None),
        ("A general strike brought Paris to a standstill in December 1995.", "PROTEST", "143", None, None),
        # 0834 a constitution or a parliament granted or restored
        ("Tsar Nicholas II granted Russia an elected parliament in 1905.", "CONCEDE", "0834", None, None),
        ("Emperor Meiji granted Japan a constitution in 1889.", "CONCEDE", "0834", None, None),
        (
            "Under pressure from the army, the Turkish government restored the constitution.",
            "CONCEDE",
            "0834",
            "TUR",
            None,
        ),
        # 0833 civil liberties granted
        (
            "Russia's tsar granted his subjects civil liberties in October 1905.",
            "CONCEDE",
            "0833",
            "RUS",
            None,
        ),
        # 183 a bomb that blew an airliner apart
        ("A bomb blew apart a Pan Am jumbo jet over Lockerbie in Scotland.", "ASSAULT", "183", None, None),
        # 083 independence granted
        ("Britain granted Ghana independence in 1957.", "CONCEDE", "083", "GBR", None),
        # 0831 a throne given up or renounced
        ("King Edward VIII gave up the British throne.", "CONCEDE", "0831", None, None),
        (
            "King Farouk renounced the throne of Egypt in favour of his infant son.",
            "CONCEDE",
            "0831",
            "EGY",
            None,
        ),
        # 163 balances and assets frozen
        (
            "Britain froze Argentina's bank balances and other assets in London.",
            "SANCTION",
            "163",
            "GBR",
            "ARG",
        ),
        # 0871 own guns silenced
        ("Iran and Iraq silenced their guns after eight years of war.", "RETREAT", "0871", "IRN IRQ", None),
        # 1724 martial law clamped; 0814 a state of emergency brought to an end
        (
            "The Polish government clamped martial law on the country in December 1981.",
            "COERCE",
            "1724",
            "POL",
            None,
        ),
        ("Britain brought to an end the state of emergency in Malaya.", "CONCEDE", "0814", "GBR", None),
        # 194 shells poured onto a place
        ("Chinese batteries poured shells onto Kinmen.", "ASSAULT", "194", "CHN", None),
        # 190 barracks stormed, an opposed landing
        (
            "Cuban rebels stormed the Moncada barracks in Santiago de Cuba in July 1953.",
            "ASSAULT",
            "190",
            "CUB",
            None,
        ),
        ("American troops came ashore at Omaha Beach under heavy fire.", "ASSAULT", "190", "USA", None),
        # 150 warships steaming into a strait
        ("British warships steamed into the Dardanelles.", "MOBILIZE", "150", "GBR", None),
        # 182 people beaten with clubs and bars
        ("Coal miners beat students with clubs and iron bars in Bucharest.", "ASSAULT", "182", None, None),
        # 143 a union calling its members out
        (
            "Britain's National Union of Railwaymen called out its members in September 1919.",
            "PROTEST",
            "143",
            "GBR",
            None,
        ),
        # 163 a sugar quota cut
        ("The United States cut the Dominican Republic's sugar quota.", "SANCTION", "163", "USA", "DOM"),
        # 0831 forced out as prime minister
        (
            "Margaret Thatcher was forced out as Britain's prime minister by her own party.",
            "CONCEDE",
            "0831",
            None,
            None,
        ),
        # 0874 fighters sailing away from a city
        (
            "The Palestinian fighters sailed away from Beirut under a plan brokered by the United States.",
            "RETREAT",
            "0874",
            "PSE",
            None,
        ),
        # 073 an airlift of refugees
        (
            "The United States began an airlift of Afghan refugees from Kabul in August 2021.",
            "AID",
            "073",
            "USA",
            None,
        ),
        # older wordings: put to the sword (180), an assault thrown back (190), a siege laid (191), reservists called to
        # the colours (154), peace sued for (0256), a rising put down (ASSAULT)
        (
            "Japanese troops put the inhabitants of Nanking to the sword in December 1937.",
            "ASSAULT",
            "180",
            "JPN",
            None,
        ),
        (
            "Finnish troops threw back a Soviet assault on the Mannerheim Line.",
            "ASSAULT",
            "190",
            "FIN",
            "RUS",
        ),
        ("Turkish troops laid siege to the British garrison at Kut.", "COERCE", "191", "TUR", "GBR"),
        ("Russia called its reservists to the colours.", "MOBILIZE", "154", "RUS", None),
        (
            "Russia's Bolshevik government sued for peace with Germany in November 1917.",
            "REQUEST",
            "0256",
            "RUS",
            None,
        ),
        ("British troops put down the Easter Rising in Dublin.", "ASSAULT", None, "GBR", None),
        # 143 members brought out; 0834 a constitution brought back
        (
            "Britain's railway unions brought out their members in September 1919.",
            "PROTEST",
            "143",
            "GBR",
            None,
        ),
        (
            "Pakistan's military ruler brought back the constitution in March 1985.",
            "CONCEDE",
            "0834",
            "PAK",
            None,
        ),
        # 182 demonstrators laid into with batons; 190 marines wading ashore
        ("Chicago police laid into anti-war demonstrators with batons.", "ASSAULT", None, "USA", None),
        ("American marines waded ashore on Tarawa in November 1943.", "ASSAULT", "190", "USA", None),
        # 0871 firing or shooting ceased or stopped
        (
            "The Iranian and Iraqi armies stopped shooting when the ceasefire took effect.",
            "RETREAT",
            "0871",
            None,
            None,
        ),
        # 090 a tribunal of inquiry held by a named judge
        (
            "The British government named a senior judge to hold a tribunal of inquiry into the shootings in Londonderry.",
            "ACCUSE",
            "090",
            "GBR",
            None,
        ),
    ],
)
def test_deeds20_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # resistance to a bill is no fight
        ("The bill met resistance from Republican lawmakers in the U.S. Senate.", "ASSAULT"),
        # another party's guns silenced are no truce
        ("The army silenced the rebels' guns with heavy artillery.", "RETREAT"),
        # a fishing quota cut is no sanction; protesters breaking away from a march threaten no one
        ("Britain cut its fishing quota for cod.", "SANCTION"),
        ("Protesters broke away from the march and smashed shop windows in London.", "THREATEN"),
        # a king deposed by officers is no deposition of a witness; a flight's own crash attacks no one
        ("Egyptian army officers deposed King Farouk.", "ACCUSE"),
        ("Aeroflot Flight 593 crashed in Siberia, killing all 75 people on board.", "ASSAULT"),
        # trenches dug are no investigation
        ("The Ukrainian soldiers dug trenches outside Bakhmut.", "ACCUSE"),
        # the craft's own mishaps and their participles
        ("The South Korean ferry Sewol capsized off Jindo island, killing 304 people.", "ASSAULT"),
        (
            "The Egyptian ferry al-Salam Boccaccio sank in the Red Sea, drowning more than 1,000 people.",
            "REJECT",
        ),
        ("The Italian airship Italia crashed onto the Arctic ice, killing several crewmen.", "ASSAULT"),
        ("The airship Hindenburg caught fire while landing in New Jersey in 1937.", "COERCE"),
        (
            "A KLM jumbo jet taking off in fog at Tenerife in 1977 slammed into a Pan Am jet on the runway.",
            "ACCUSE",
        ),
    ],
)
def test_deeds20_look_alikes(code: Code, text: str, forbidden: str) -> None:
    no_event(code, text, forbidden)


@pytest.mark.parametrize(
    "text",
    [
        "The munitions ship Mont-Blanc blew up in Halifax harbour in 1917 after colliding with a Norwegian vessel.",
        "A huge explosion over the Tunguska river in Siberia flattened some 80 million trees.",
    ],
)
def test_deeds20_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # kept: a craft that sinks another, an investigation dug into, a bomb that blew a plane apart
        ("A British submarine sank the Argentine cruiser General Belgrano.", "ASSAULT", "190"),
        ("Congressional investigators dug into the finances of the Pentagon.", "ACCUSE", "090"),
        # a flight shot down stays an attack
        (
            "Malaysia Airlines Flight 17 was shot down over eastern Ukraine, killing all 298 people on board.",
            "ASSAULT",
            "195",
        ),
        # firing kept up or begun stays fire
        ("Syrian troops kept firing at the protesters in Deraa in 2011.", "ASSAULT", None),
        # 'run' and 'clamp' stay light verbs for their other nouns
        ("Russian television ran a propaganda campaign against Georgia.", "ACCUSE", "111"),
        ("The army clamped a curfew on Srinagar.", "COERCE", "1723"),
    ],
)
def test_deeds20_kept(code: Code, text: str, plover: str, cameo: str | None) -> None:
    some_event(code, text, plover, cameo, None, None)
