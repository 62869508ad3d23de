"""Deed readings told by idiom, thirty-first session (issue 9, deeds21): categories of blind set 21 part B's misses,
met first on a probe batch written before the coder ran on it (benchmarks/probes/deeds21-1.json).

A place, a garrison or men surrendered to an army, troops or forces is a military surrender (0874), not a person handed
over (063, which a tribunal or a court in the "to" phrase keeps); pen put to a treaty and names written under it are a
signing (057); a legislature shut, closed, disbanded, suspended or dissolved (172) and a politician stripped of or
barred from his seat (1722); a person sent into exile is banished (174), one carried, flown or welcomed into exile is
given refuge (075). Refuge taken or found in a host's embassy, country or ship is given by the host (075, the roles
turned round: the host is the source, the one sheltered the target; refuge sought stays a request); a protecting
state that declares a land independent or hands it independence concedes (083), a land that declares itself
independent does not.
Each is checked on sentences written for these tests (true statements about real events) through the real pipeline,
with look-alikes that keep their own reading. A source or target left as None is not checked here.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # 0874 a place and its garrison surrendered to an army
        (
            "General Arthur Percival surrendered Singapore and its garrison to the Japanese army.",
            "RETREAT",
            "0874",
            None,
            None,
        ),
        (
            "Marshal Francois Bazaine surrendered Metz and its garrison to the Prussian army.",
            "RETREAT",
            "0874",
            None,
            "DEU",
        ),
        # 057 signing told by idiom
        (
            "Nikolai Bulganin and Ichiro Hatoyama put pen to a joint declaration in Moscow ending the state of war "
            "between their countries.",
            "SUPPORT",
            "057",
            None,
            None,
        ),
        (
            "Willy Brandt and Alexei Kosygin wrote their names under the Moscow Treaty.",
            "SUPPORT",
            "057",
            None,
            None,
        ),
        # 172 a legislature shut, suspended or dissolved
        (
            "Alberto Fujimori shut down Peru's Congress with the army's backing.",
            "COERCE",
            "172",
            "PER",
            "PER",
        ),
        ("Ferdinand Marcos padlocked Congress when he declared martial law.", "COERCE", "172", "PHL", "PHL"),
        (
            "President Paul von Hindenburg dissolved the Reichstag and called new elections.",
            "COERCE",
            "172",
            "DEU",
            "DEU",
        ),
        # 1722 a politician stripped of or barred from his seat
        (
            "Egypt's parliament stripped the lawmaker Tawfik Okasha of his seat.",
            "COERCE",
            "1722",
            "EGY",
            "EGY",
        ),
        (
            "The US House of Representatives barred Adam Clayton Powell from his seat.",
            "COERCE",
            "1722",
            "USA",
            None,
        ),
        # 174 sent into exile; 075 carried or welcomed into exile
        ("The Soviet authorities sent Alexander Solzhenitsyn into exile.", "COERCE", "174", "RUS", "RUS"),
        (
            "An American air force plane carried Ferdinand Marcos into exile in Hawaii.",
            "AID",
            "075",
            "USA",
            None,
        ),
        ("Egypt welcomed the deposed Shah of Iran into exile.", "AID", "075", "EGY", "IRN"),
        # (deeds21 refuge and independence)
        # 075 refuge taken or found with a host: the host gives it
        (
            "The Hungarian cardinal Jozsef Mindszenty took refuge in the American embassy in Budapest.",
            "AID",
            "075",
            "USA",
            "HUN",
        ),
        (
            "Former Ecuadorian vice-president Jorge Glas took refuge in the Mexican embassy in Quito.",
            "AID",
            "075",
            "MEX",
            "ECU",
        ),
        ("Julian Assange found sanctuary in Ecuador's embassy in London.", "AID", "075", "ECU", None),
        # 083 a protecting state declares a land independent or hands it independence
        ("Britain declared Egypt independent, ending its protectorate.", "CONCEDE", "083", "GBR", "EGY"),
        ("The Netherlands handed independence to Indonesia.", "CONCEDE", "083", "NLD", "IDN"),
    ],
)
def test_deeds21_categories(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # a person handed to a tribunal stays judicial cooperation
        ("Serbia surrendered Slobodan Milosevic to the Hague tribunal.", "RETREAT"),
        # an army's own units disbanded and a factory closed are no sanction on a legislature
        ("The army disbanded its reserve units.", "COERCE"),
        ("The company closed its assembly plant in Ohio.", "COERCE"),
        # a welcome with no exile stays a welcome
        ("The Egyptian president welcomed the agreement.", "AID"),
        # (deeds21 refuge and independence look alikes)
        # refuge sought is asked for, not given
        ("The ousted president sought refuge in the Brazilian embassy.", "AID"),
        # a land that declares itself independent concedes nothing
        ("Kosovo declared itself independent.", "CONCEDE"),
    ],
)
def test_deeds21_look_alikes(code: Code, text: str, forbidden: str) -> None:
    no_event(code, text, forbidden)
