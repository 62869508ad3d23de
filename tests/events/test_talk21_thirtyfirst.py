"""Talk-family readings, thirty-first session (talk21; issue 9).

Ultimatums: a demand or a call whose alternative names what the party would undergo ("told X to ... or face the
consequences"), also after a list of deeds or a deed's own adjunct, or in a fronted "X must ... or face ..., <speaker>
told", and a demand made "in an ultimatum", are threats with a deadline (139), not demands; a deadline set for a party
to act is one too. Bare orders and calls keep their demand reading. A deed of the main clause whose doer is named but
not coded is the news, not a deed of the clause of time before it. Each checked through the real pipeline on
sentences written for these tests (true statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from realpolitik.events.lexicon import default_lexicon

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Britain and France called on Germany to sign the peace treaty or face a renewed war.",
            "GBR FRA",
            "DEU",
        ),
        (
            "Britain told the Turkish nationalists to pull their troops out of the neutral zone and respect the "
            "Straits or face war.",
            "GBR",
            "TUR",
        ),
        (
            "Japan told Germany to withdraw its warships from Chinese waters, replying within a week or facing the "
            "consequences.",
            "JPN",
            "DEU",
        ),
        (
            "Germany must sign the treaty within days or face the resumption of war, Georges Clemenceau told its "
            "delegation.",
            "FRA",
            "DEU",
        ),
        (
            "Belgium must let German troops cross its territory, Berlin told the Belgian government in an ultimatum.",
            "DEU",
            "BEL",
        ),
        ("Washington set Serbia a deadline to sign the peace plan.", "USA", "SRB"),
    ],
)
def test_ultimatum(code: Code, text: str, source: str | None, target: str) -> None:
    some_event(code, text, "THREATEN", "139", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "NATO told Serbia to pull its forces out of Kosovo.",
        "Britain called on Argentina to withdraw its troops from the Falklands.",
    ],
)
def test_bare_order_stays_a_demand(code: Code, text: str) -> None:
    some_event(code, text, "REQUEST", None, None, None, absent=("THREATEN",))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # alternative without consequence is no ultimatum
        ("Britain told Iceland to release the trawler or hand its crew to the British consul.", "THREATEN"),
        # deadline set for no party is no ultimatum
        ("The European Union set a deadline of June to reach a deal on migration.", "THREATEN"),
        # money set aside is no rejection
        ("Congress set aside money for the victims of Hurricane Katrina.", "REJECT"),
        # (was test_bare_verb_with_no_default)
        ("Doctors in Lviv treated the wounded soldiers of Ukraine.", "CONSULT"),
        ("A British official leaked the ambassador's cables about Donald Trump to a newspaper.", "COOPERATE"),
        ("Germany processed asylum claims from a million Syrians.", "PROTEST"),
        ("Norwegian diplomats guided Israel and the PLO towards the Oslo accords.", "PROTEST"),
        ("Traffic in Paris ground to a halt during the strike.", "PROTEST"),
        ("The tanker Erika sank off the coast of Brittany.", "REJECT"),
        ("Canada's government mandated vaccines for federal workers.", "ACCUSE"),
        ("North Korean fishing boats drifted onto the Japanese coast.", "MOBILIZE"),
        ("Russia's economy worsened under Western sanctions.", "SANCTION"),
        ("Fighting choked off Ukraine's grain exports.", "PROTEST"),
    ],
)
def test_talk21_thirtyfirst_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "After thousands of protesters filled the streets of Prague, Milos Jakes resigned as party leader.",
        "After miners clashed with police in Bucharest, Petre Roman resigned as prime minister.",
    ],
)
def test_main_deed_with_an_uncoded_doer_beats_the_background(code: Code, text: str) -> None:
    # (the resignation is the news; the protest of the clause of time is its background, even though the resolver
    # does not know the man who resigned)
    events = some_event(code, text, "CONCEDE", "0831", None, None, absent=("PROTEST",))
    assert len(events) == 1, events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("King George VI crossed into the United States at Niagara Falls.", "GBR", "USA"),
        ("Charles de Gaulle drove into Algiers to cheers from the settlers.", "FRA", "DZA"),
        ("Richard Nixon entered China at Shanghai.", "USA", "CHN"),
    ],
)
def test_visit_told_by_the_way_in(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "CONSULT", "042", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "The first through train of the Orient Express pulled into Constantinople.",
        "The general fled Caracas aboard a plane bound for the Dominican Republic.",
        "The excursion steamer caught fire on New York's East River, killing a thousand people.",
    ],
)
def test_journeys_of_vehicles_are_no_deeds(code: Code, text: str) -> None:
    no_event(code, text, "COERCE", "COOPERATE")


# The bare readings lexicon.add_implied_defaults gives (since lexicon33 only the verbs of events/data/implied_defaults.txt,
# each with a comment saying why its bare use names the event; nothing is inferred from a verb's constrained readings).
# A change to that list changes this one: check the verb's plain uses first.
IMPLIED = """
    abrogate 120, bulldoze 170, conquer 190, disburse 070, initial 050, ink 050, knife 180, liken 110,
    neutralise 190, neutralize 190, pepper-spray 175, relent 080, scupper 120, tear-gass 175, test-fire 150,
    torpedo 120, truncheon 175
"""


def test_implied_defaults_are_the_listed_ones() -> None:
    found = sorted(f"{e.lemma} {e.code}" for e in default_lexicon().entries if e.implied)
    listed = sorted(" ".join(item.split()) for item in IMPLIED.split(",") if item.strip())
    assert found == listed, (sorted(set(found) - set(listed)), sorted(set(listed) - set(found)))


def test_party_given_a_deadline_in_the_passive_is_the_target(code: Code) -> None:
    events = some_event(
        code, "Serbia was given 48 hours to accept Austria-Hungary's demands.", "THREATEN", "139", None, None
    )
    threat = next(e for e in events if e.event == "THREATEN")
    assert {a.code for a in threat.target} == {"SRB"}, threat
    assert "SRB" not in {a.code for a in threat.source}, threat


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The International Court of Justice threw out Colombia's argument that the 1928 treaty had settled its "
            "whole maritime border with Nicaragua.",
            "COL",
        ),
        (
            "The Beagle Channel court of arbitration set aside Argentina's claim to the islands of Picton, Nueva and "
            "Lennox and awarded them to Chile.",
            "ARG",
        ),
    ],
)
def test_claim_set_aside_by_a_court(code: Code, text: str, target: str) -> None:
    some_event(code, text, "REJECT", "120", None, target, absent=("ACCUSE",))


@pytest.mark.parametrize(
    "text",
    [
        "Paris came to a standstill as French rail workers struck against the pension reform.",
        "Saddam Hussein came to power in Iraq.",
        "The crisis between Greece and Turkey over the islets of Imia came to a head.",
    ],
)
def test_coming_to_a_state_is_no_meeting(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT")


def test_coming_to_a_city_stays_a_journey(code: Code) -> None:
    some_event(
        code,
        "Fidel Castro came to New York for the United Nations General Assembly.",
        "CONSULT",
        None,
        "CUB",
        "USA",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Egypt and Israel put their signatures to a peace on the White House lawn.", "EGY ISR"),
        ("France and Germany put their names to an armistice in a railway carriage at Compiegne.", "FRA DEU"),
    ],
)
def test_names_put_to_a_peace(code: Code, text: str, source: str) -> None:
    some_event(code, text, "SUPPORT", "057", source, None)


def test_claim_turned_aside_by_a_court(code: Code) -> None:
    text = "The World Court turned aside Nicaragua's claim to an extended continental shelf off Colombia's coast."
    some_event(code, text, "REJECT", "120", None, "NIC")
