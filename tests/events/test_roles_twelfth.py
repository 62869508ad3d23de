"""Who is source and target, twelfth session (issues 9 and 10; items Q8-Q13 of the session's coder requests):
regions and cities as the doer's modifier, the people a deed of force is done to at home, people sent away to a
destination, the owner of a thing rejected by another organ of the same country, the venue of a joint meeting,
and a region of the doer's own country. Sentences written for these tests (true events, the project's own
words), through the real pipeline; each rule's cases fail on the main before it, and the look-alikes keep what
they had."""

from __future__ import annotations

import pytest

from .helpers import Code, parties, parties_of_type

# ---- Q8: a region or city named as the doer's modifier gives its state ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "doer"),
    [
        (
            "Ohio National Guard soldiers fired on students at Kent State University in May 1970.",
            "ASSAULT",
            "USA",
        ),
        (
            "Bavarian police arrested dozens of climate activists in Munich in September 2023.",
            "COERCE",
            "DEU",
        ),
        (
            "Chechen fighters took hundreds of theatregoers hostage in Moscow in October 2002.",
            "ASSAULT",
            "RUS",
        ),
        ("Catalan protesters blocked the border crossing with France in November 2019.", "PROTEST", "ESP"),
    ],
)
def test_roles_region_as_modifier_gives_its_state(code: Code, text: str, kind: str, doer: str) -> None:
    assert doer in parties_of_type(code(text), kind)[0]


# ---- Q13: the people a deed of force is done to at home ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        ("Chinese troops fired on crowds near Tiananmen Square in June 1989.", "ASSAULT", "CHN"),
        ("Burmese soldiers shot dead protesters in Rangoon in August 1988.", "ASSAULT", "MMR"),
        ("Iranian riot police beat demonstrators in Tehran in June 2009.", "ASSAULT", "IRN"),
        ("Chinese police detained the artist Ai Weiwei in April 2011.", "COERCE", "CHN"),
        ("South African police opened fire on schoolchildren in Soweto in June 1976.", "ASSAULT", "ZAF"),
    ],
)
def test_roles_people_acted_on_at_home_are_of_the_doers_state(
    code: Code, text: str, kind: str, state: str
) -> None:
    assert parties_of_type(code(text), kind) == ({state}, {state})


@pytest.mark.parametrize(
    ("text", "kind", "doer", "target"),
    [
        # a place of another country names the people's side
        ("Israeli troops fired on protesters along the Gaza border in May 2018.", "ASSAULT", "ISR", {"PSE"}),
        # a gunman acting alone is no state organ: the person he shot has no side from him, only his own
        # (the Pope is the Holy See's since the sixteenth session's global.json)
        (
            "A Turkish gunman shot Pope John Paul II in St Peter's Square in May 1981.",
            "ASSAULT",
            "TUR",
            {"VAT"},
        ),
    ],
)
def test_roles_people_acted_on_elsewhere_keep_their_side(
    code: Code, text: str, kind: str, doer: str, target: set[str]
) -> None:
    assert parties_of_type(code(text), kind) == ({doer}, target)


# ---- Q9: people sent away: the destination is not the target ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        (
            "The Soviet Union deported the writer Alexander Solzhenitsyn to West Germany in February 1974.",
            "RUS",
            "RUS",
        ),
        ("Kuwait deported thousands of Palestinians to Jordan after the Gulf War in 1991.", "KWT", "PSE"),
        ("Uganda expelled tens of thousands of its Asian residents to Britain in 1972.", "UGA", "UGA"),
    ],
)
def test_roles_people_sent_away_are_the_target_not_their_destination(
    code: Code, text: str, doer: str, target: str
) -> None:
    assert parties_of_type(code(text), "COERCE") == ({doer}, {target})


def test_roles_troops_sent_to_a_country_still_target_it(code: Code) -> None:
    events = code("Russia sent warplanes and troops to Syria in September 2015.")
    assert events and all("SYR" in parties(e)[1] for e in events)


# ---- Q10: the owner of a thing rejected by another organ of the same country -------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "owner"),
    [
        ("British lawmakers voted down Theresa May's Brexit deal in January 2019.", "GBR", "GBR"),
        (
            "The House of Commons rejected Theresa May's withdrawal agreement for a third time in March 2019.",
            "GBR",
            "GBR",
        ),
        (
            "The House of Representatives voted down President Bush's bank rescue plan in September 2008.",
            "USA",
            "USA",
        ),
    ],
)
def test_roles_owner_of_the_thing_rejected_is_the_target(
    code: Code, text: str, doer: str, owner: str
) -> None:
    assert parties_of_type(code(text), "REJECT") == ({doer}, {owner})


# ---- Q12: the venue of a joint meeting or signing is no party ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        (
            "Israeli and Syrian negotiators held talks in Shepherdstown, West Virginia, in January 2000.",
            "CONSULT",
            {"ISR", "SYR"},
        ),
        (
            "India and Pakistan signed a peace declaration in Tashkent in January 1966.",
            "SUPPORT",
            {"IND", "PAK"},
        ),
        (
            "Egypt and Israel signed their peace treaty on the White House lawn in March 1979.",
            "SUPPORT",
            {"EGY", "ISR"},
        ),
    ],
)
def test_roles_venue_of_a_joint_deed_is_no_party(code: Code, text: str, kind: str, sides: set[str]) -> None:
    source, target = parties_of_type(code(text), kind)
    assert source | target == sides


def test_roles_venue_of_one_partys_talks_is_the_other_party(code: Code) -> None:
    # (one side named: the capital it went to is the other side)
    assert parties_of_type(code("Henry Kissinger held secret talks in Beijing in July 1971."), "CONSULT")[
        1
    ] == {"CHN"}


# ---- a region of the doer's own country is where, not whom -------------------------------------------------


def test_roles_own_region_yields_to_the_party_named_after_it(code: Code) -> None:
    text = (
        "Russia deployed Iskander missiles in Kaliningrad in response to NATO's expansion in February 2018."
    )
    source, target = parties_of_type(code(text), "MOBILIZE")
    assert source == {"RUS"} and "RUS" not in target


# ---- the object a parser took for a subject of the clause after it -----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "doer", "target"),
    [
        (
            "A Soviet court found West German pilot Mathias Rust guilty of violating the border in September 1987.",
            "ACCUSE",
            "RUS",
            "DEU",
        ),
        (
            "An Iranian court found the American journalist Jason Rezaian guilty of espionage in October 2015.",
            "ACCUSE",
            "IRN",
            "USA",
        ),
        (
            "The Russian parliament defied President Yeltsin's decree dissolving it in September 1993.",
            "REJECT",
            "RUS",
            "RUS",
        ),
    ],
)
def test_roles_object_taken_for_a_small_clause_subject(
    code: Code, text: str, kind: str, doer: str, target: str
) -> None:
    assert parties_of_type(code(text), kind) == ({doer}, {target})


# ---- an inquiry at home: its own organs and the people it looks into --------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Britain ordered a public inquiry into the conduct of its soldiers on Bloody Sunday in January 1998.",
            "GBR",
        ),
        (
            "Israel opened an investigation into its police after the death of a teenager in January 2021.",
            "ISR",
        ),
        (
            "President Raúl Alfonsín set up a commission to investigate the disappearance of thousands of people "
            "under the military junta in December 1983.",
            "ARG",
        ),
    ],
)
def test_roles_inquiry_at_home_targets_the_own_country(code: Code, text: str, state: str) -> None:
    assert parties_of_type(code(text), "ACCUSE") == ({state}, {state})


def test_roles_inquiry_into_another_countrys_people_keeps_them(code: Code) -> None:
    text = (
        "Israel opened an investigation into the deaths of nine activists aboard a Turkish ship in June 2010."
    )
    assert parties_of_type(code(text), "ACCUSE") == ({"ISR"}, {"TUR"})


# ---- a list of states the parser hung on the subject as an apposition ----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "doers", "target"),
    [
        (
            "Saudi Arabia, the United Arab Emirates and Bahrain recalled their ambassadors from Qatar in March 2014.",
            "SANCTION",
            {"SAU", "ARE", "BHR"},
            {"QAT"},
        ),
        (
            "Russia, the main power broker, and Turkey agreed a ceasefire in Idlib in March 2020.",
            "AGREE",
            {"RUS", "TUR"},
            set(),
        ),
    ],
)
def test_roles_list_in_apposition_names_every_doer(
    code: Code, text: str, kind: str, doers: set[str], target: set[str]
) -> None:
    source, found = parties_of_type(code(text), kind)
    assert doers <= source and target <= found


def test_roles_apposition_of_the_same_party_adds_no_doer(code: Code) -> None:
    source, _ = parties_of_type(
        code("Azerbaijan's president, Ilham Aliyev, rejected talks with Armenia in October 2020."), "REJECT"
    )
    assert source == {"AZE"}


# ---- force done in a town of one's own country hits it --------------------------------------------------


def test_roles_force_in_an_own_town_keeps_it(code: Code) -> None:
    source, target = parties_of_type(
        code("Bosnian Serb forces overran the UN-protected enclave of Srebrenica in July 1995."), "ASSAULT"
    )
    assert source == {"BIH"} and "IGO" not in {t[:3] for t in target}


def test_roles_force_near_an_own_region_does_not_target_the_doer(code: Code) -> None:
    text = "All 269 people aboard the jet were killed when a Soviet fighter shot down the airliner near Sakhalin Island in September 1983."
    source, target = parties_of_type(code(text), "ASSAULT")
    assert source == {"RUS"} and "RUS" not in target
