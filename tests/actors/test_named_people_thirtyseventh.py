"""People the knowledge base does not know, named by the text (report37, issue 10).

1. "Emil Hart, a former Armenian diplomat": the appositive's code goes to the person's name, wherever the text
   names them again, also on a transcript's capitals speaker label ("EMIL HART:"), whose turn then speaks for
   Armenia. Before, the label had no code even when the text named the guest with a country.
2. "Sofia Rande said ...": a place's name that is the given name of a person named by two capitalised words is
   no place (before: Bulgaria, by the capital's name). Look-alikes keep their place: "Sofia University",
   "Kuwait City", "at Paris Orly", a title-case headline.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.events.attribution import speaker_turns
from realpolitik.nlp import process

from .helpers import Resolve

TRANSCRIPT = (
    "Putin and Erdogan in Sochi: A Roundtable\n\n"
    "Two guests joined the programme: Emil Hart, a former Armenian diplomat, and Sofia Rande, a researcher "
    "who follows the region.\n\n"
    "MODERATOR: Presidents Putin and Erdogan met in Sochi yesterday. What was on the table?\n\n"
    "EMIL HART: Syria first of all, and then the South Caucasus.\n\n"
    "SOFIA RANDE: Russia and Turkey backed opposite sides in 2020.\n\n"
    "MODERATOR: Is that cooperation stable?\n\n"
    "EMIL HART: It is conditional, and Hart is no optimist."
)


def _codes(actors: Resolve, text: str, date: str = "2021-09-30") -> dict[str, set[tuple[str, str | None]]]:
    found: dict[str, set[tuple[str, str | None]]] = {}
    for m in actors(text, date):
        found.setdefault(m.text, set()).add((m.code, m.sector))
    return found


def test_an_appositive_lends_its_code_to_the_name_and_the_capitals_label(actors: Resolve) -> None:
    mentions = [m for m in actors(TRANSCRIPT, "2021-09-30") if m.text in ("Emil Hart", "EMIL HART", "Hart")]
    # the naming, the two labels and the bare surname after the naming; before: none of them coded
    assert [(m.text, m.code, m.sector) for m in mentions] == [
        ("Emil Hart", "ARM", "ELI"),
        ("EMIL HART", "ARM", "ELI"),
        ("EMIL HART", "ARM", "ELI"),
        ("Hart", "ARM", "ELI"),
    ]
    assert all(m.person and m.kb_id is None for m in mentions)  # a person no knowledge-base entry knows
    # an appositive with no coded actor lends nothing: the researcher's label stays uncoded
    assert not any(m.text in ("Sofia Rande", "SOFIA RANDE", "SOFIA", "Sofia") for m in actors(TRANSCRIPT))


def test_the_guests_turns_speak_for_the_appositives_actor(actor_nlp: Language) -> None:
    doc = next(process(actor_nlp, [(TRANSCRIPT, "2021-09-30")]))
    turns = {(t.attribution.text, t.attribution.code) for t in speaker_turns(doc, list(doc._.actors))}
    assert {("EMIL HART", "ARM"), ("SOFIA RANDE", None), ("MODERATOR", None)} <= turns
    assert ("EMIL HART", None) not in turns  # before: both of his turns uncoded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emil Hart, Armenia's envoy to Moscow, spoke on Monday.", {("ARM", "GOV")}),
        ("Mara Linde, a Georgian minister, spoke on Monday.", {("GEO", "GOV")}),
        ("Mara Linde, a Turkish journalist, was freed on Monday.", {("TUR", "JRN")}),
        # (a modifier before the noun over a phrase after it that says where; before: AUS too)
        ("Vladimir Petrov, a Soviet embassy official in Canberra, defected in 1954.", {("RUS", "GOV")}),
        # an appositive phrase of two actors lends both, as the phrase has both
        (
            "Emil Hart, the leader of Georgia's breakaway Abkhazia region, spoke.",
            {("GEO", "GOV"), ("XAB", "GOV")},
        ),
    ],
)
def test_an_official_named_by_appositive_takes_the_office(actors: Resolve, text: str, expected: set) -> None:
    name = text.split(",")[0]
    assert _codes(actors, text).get(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the appositive's noun is no actor's: a critic of a government does not speak for it. (An adjective of a
        # noun that is no actor's, "a Tunisian street vendor", and a person's possessive, "Putin's adviser", code
        # the person since names38: `_people_described`, tests/actors/test_people_described_names38.py; the
        # sets code such people by their state, Mohamed Bouazizi TUN in blind set 4.)
        "Emil Hart, a critic of the Armenian government, spoke on Monday.",
        # no appositive
        "Emil Hart and an Armenian diplomat spoke on Monday.",
    ],
)
def test_no_code_without_an_actor_appositive(actors: Resolve, text: str) -> None:
    assert "Emil Hart" not in _codes(actors, text)


def test_a_known_person_is_not_renamed(actors: Resolve) -> None:
    found = _codes(actors, "Ilham Aliyev, the Azerbaijani president, met Armenian diplomats.", "2021-09-30")
    assert found.get("Ilham Aliyev") == {("AZE", "GOV")}  # the knowledge base's person, as before


@pytest.mark.parametrize(
    "text",
    [
        # (each read as the place before: the tagger took these names for an organisation or for nothing)
        "Sofia Rande said Russia and Turkey cooperate in Syria.",
        "Sofia Rande disagreed with the moderator.",
        "According to Sofia Rande, the centre works.",
        "Georgia Rande, who hosts the show, asked the first question.",
        "Paris Hilton arrived in Sofia on Monday.",
        # (the tagger's PERSON already kept these apart; they stay so)
        "The Bulgarian analyst Sofia Rande said the talks went well.",
        "Jordan Hale argued that both capitals gain from the talks.",
    ],
)
def test_a_place_that_is_a_given_name_is_no_place(actors: Resolve, text: str) -> None:
    first = text.split("analyst ")[-1].split("According to ")[-1].split()[0]
    found = _codes(actors, text)
    assert first not in found, found


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Students at Sofia University protested on Monday.", "Sofia University", "BGR"),  # an English noun
        ("Kuwait City hosted the talks on Monday.", "Kuwait City", "KWT"),  # one name of the knowledge base
        ("Russia Warns Ukraine Over Border Build-Up", "Russia", "RUS"),  # a title-case headline
        ("Russia Ukraine Talks Collapse", "Russia", "RUS"),  # a known name after it
        ("The flight landed at Paris Orly on Monday.", "Paris", "FRA"),  # where: a preposition of place
        ("Talks In Sofia Rande Today", "Sofia", "BGR"),  # inside a longer run of capitalised words
        ("Leaders met in Sofia on Monday.", "Sofia", "BGR"),
        # a name before a noun names a thing, no person: the place before it is a party (tests/events conv14)
        ("The United States will send Ukraine Abrams tanks.", "Ukraine", "UKR"),
    ],
)
def test_look_alikes_keep_their_place(actors: Resolve, text: str, name: str, code: str) -> None:
    found = _codes(actors, text)
    # (the mention may run on over its phrase: "Ukraine Abrams tanks")
    assert code in {c for t, codes in found.items() if t.startswith(name) for c, _ in codes}, found


def test_a_given_name_with_an_actor_appositive_is_that_actors_person(actors: Resolve) -> None:
    # the two fixes together: "Sofia" is no Bulgaria, and the appositive gives the person a code
    found = _codes(
        actors, "Sofia Rande, a former Bulgarian ambassador, spoke in Sofia on Monday.", "2021-09-30"
    )
    assert found.get("Sofia Rande") == {("BGR", "ELI")}
    assert found.get("Sofia") == {("BGR", None)}  # the city where she spoke


def test_a_person_the_text_names_is_an_antecedent(actors: Resolve) -> None:
    # "He" and "his" stand for the person the text named, not for the appositive's phrase alone
    found = actors(
        "Emil Hart, a former Armenian diplomat, met Azerbaijani officials on Monday. His delegation left early.",
        "2021-09-30",
    )
    his = next(m for m in found if m.text == "His delegation")
    # (a typed field says it is a person's, thirty-eighth session: no knowledge-base id stands in for one)
    assert (his.code, his.kb_id, his.person) == ("ARM", None, True), [
        (m.text, m.code, m.kb_id, m.person) for m in found
    ]
