"""The purpose of a generic deed decides its type (issue 9, forty-second session: purpose42).

Forces moved by a generic verb (sending, flying, moving, landing, deploying: WordNet's verbs of going, sending and
placing, `generic_deed_senses`) for a purpose whose verb reads only as aid in the lexicon (protect, shield, guard,
rescue, shelter, evacuate) give that aid (07x), not a deployment or an attack (purposes.purposed_aid,
Triggers._purposed_aid); a person's own journey with a purpose is the journey, the purpose no deed of its own
(purposes.travellers_purpose; docs/annotation-conventions.md 14.3, 14.4).

The sentences are written for these tests; those that date an event tell a real one.
"""

from __future__ import annotations

import pytest

from realpolitik.events.crowds import verb_senses
from realpolitik.events.knowledge import coder_words

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a transfer verb with the force as its object, a "to" purpose (Operation Restore Hope, December 1992)
        ("The United States moved troops into Somalia in December 1992 to protect food convoys.", "USA"),
        # "in order to" (INTERFET, September 1999)
        (
            "Australia sent troops into East Timor in September 1999 in order to protect East Timorese civilians.",
            "AUS",
        ),
        # "so as to", a verb of arrival with the force as object (Operation Palliser, May 2000)
        (
            "Britain flew paratroopers into Sierra Leone in May 2000 so as to shield the United Nations mission.",
            "GBR",
        ),
    ],
)
def test_purpose42_forces_moved_to_give_aid(code: Code, text: str, source: str) -> None:
    some_event(code, text, "AID", None, source, None, absent=("MOBILIZE", "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # purpose42 the purpose hung on what is moved
        # (the parser hangs the infinitive on the object; people evacuated are carried to safety: Operation Pelican,
        # June 1997)
        (
            "France flew paratroopers into Brazzaville in June 1997 to evacuate foreign nationals caught in the fighting.",
            "AID",
            None,
            "FRA",
            None,
            ("MOBILIZE",),
        ),
        # purpose42 a body sent to investigate keeps the investigation
        # (a body is no person: its journey with its task is the inquiry; Guinea, November 2009)
        (
            "A United Nations commission of inquiry flew into Guinea in November 2009 to investigate the stadium massacre.",
            "ACCUSE",
            None,
            None,
            None,
            (),
        ),
        # purpose42 a verb of ordering that moves forces
        # (the caused-motion construction: "ordered X into Y" moves X whatever "order" means; Operation Restore Hope's
        # order of December 1992)
        (
            "President George Bush ordered American troops into Somalia in December 1992 to protect relief convoys.",
            "AID",
            None,
            "USA",
            None,
            ("MOBILIZE",),
        ),
    ],
)
def test_purpose42_readings(
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
    "text",
    [
        # at home: the deployment names no other party (Belgium's soldiers in its cities, January 2015)
        "Belgium deployed soldiers in Antwerp and Brussels in January 2015 to guard Jewish sites.",
        # the purpose names the forces' own people: an invasion's pretext (Grenada, October 1983)
        "The United States sent troops into Grenada in October 1983 to protect American medical students.",
        # a specific deed with a purpose keeps its type (Libya, March 2011)
        "French warplanes bombed Libyan tanks outside Benghazi in March 2011 to protect its civilians.",
    ],
)
def test_purpose42_no_aid_by_purpose(code: Code, text: str) -> None:
    no_event(code, text, "AID")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # purpose42 a purpose of force is no aid
        # (a purpose that also reads as force or pressure: "to crush" is no aid; Hungary, November 1956)
        ("The Soviet Union sent troops into Hungary in November 1956 to crush the uprising.", "AID"),
        # purpose42 own people taken out are no aid
        # (fix26c: forces sent to take out their own people give the host no aid; Kinshasa, 1991, written here)
        ("Belgium flew paratroopers into Kinshasa in September 1991 to evacuate Belgian citizens.", "AID"),
    ],
)
def test_purpose42_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # a leader's trip at home with a purpose: no event (Joplin tornado, May 2011)
        "President Barack Obama flew to Joplin in May 2011 to inspect the tornado damage.",
        "Prime Minister Shinzo Abe travelled to Kumamoto in April 2016 to inspect the earthquake damage.",
    ],
)
def test_purpose42_a_persons_journey_at_home_is_no_deed(code: Code, text: str) -> None:
    no_event(code, text)


def test_purpose42_generic_senses_come_from_wordnet() -> None:
    # the class is WordNet's: verbs whose first sense is a going, a sending or a placing, not an attack
    senses = coder_words().generic_deed_senses
    for verb in ("dispatch", "airlift", "station", "ferry"):
        known = verb_senses(verb)
        assert known, verb
        found = known[0]
        assert verb in senses or any(w in senses for ring in found for w in ring), verb
    for verb in ("bomb", "invade", "shell", "raid"):
        known = verb_senses(verb)
        assert known, verb
        found = known[0]
        assert verb not in senses and not any(w in senses for ring in found for w in ring), verb
