"""Talk-family readings, thirty-fourth session (talk24; issue 9): threats and ultimatums, visits and meetings told by
idiom, as categories across their wordings.

A demand or a call with what follows its refusal named ("on pain of", "failing which"; `ultimatum_marks`) is an
ultimatum however it is delivered; "or face" with any object is an alternative; terms handed over "with a deadline"
are an ultimatum; "served notice on X that <deed> would bring <a response>" is a threat to X; a verb joined to another
shares its auxiliaries and condition ("would destroy and obliterate ... if"); forces "marching in" to come on a
condition threaten. Forecasts on a condition of nature ("unless the rains came") and "go" with an adjective ("would go
hungry") are no events. A journey broken at a place and the guest of a host are visits; a ship's call at a port and
a meeting with one's own people ("conferred with his military chiefs") are none. Each checked through the real
pipeline on sentences written for these tests (true statements about real events), with look-alikes.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Austrian minister in Belgrade handed the Serbian government a note on 23 July 1914 demanding an "
            "inquiry into the murder of the Archduke within forty-eight hours, on pain of a break in relations.",
            "AUT",
            None,
        ),
        (
            "In September 1938 Germany demanded that Czechoslovakia cede the Sudeten districts by 1 October, "
            "failing which German troops would march in.",
            "DEU",
            "CZE",
        ),
        (
            "The Commonwealth told Fiji's military government in 2009 to set a date for elections or face "
            "suspension.",
            None,
            "FJI",
        ),
    ],
)
def test_a_demand_with_its_refusal_named_is_an_ultimatum(
    code: Code, text: str, source: str | None, target: str
) -> None:
    some_event(code, text, "THREATEN", "139", source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Austria-Hungary demanded in July 1914 that Serbia suppress anti-Austrian propaganda.",
        "The Commonwealth told Fiji's military government in 2009 to set a date for elections.",
    ],
)
def test_a_demand_with_no_refusal_named_stays_a_demand(code: Code, text: str) -> None:
    some_event(code, text, "REQUEST", None, None, None, absent=("THREATEN",))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # terms handed with a deadline are an ultimatum
        (
            "Austria-Hungary's minister handed Serbia a note on 23 July 1914 with a deadline of forty-eight hours.",
            "THREATEN",
            "139",
            None,
            "SRB",
            (),
        ),
        # a notice served that a deed would bring a response threatens
        (
            "The Pentagon served notice on Pyongyang in September 2017 that any threat to the United States would bring "
            "a massive military response.",
            "THREATEN",
            None,
            "USA",
            "PRK",
            (),
        ),
        # a verb joined to another shares its condition
        (
            "If Turkey did anything off limits in Syria, Donald Trump wrote in October 2019, he would destroy and "
            "obliterate its economy.",
            "THREATEN",
            None,
            "USA",
            None,
            ("ASSAULT", "FIGHT"),
        ),
        # forces to march in on a condition threaten
        (
            "If Czechoslovakia did not hand over the Sudeten districts, German troops would march in on 1 October, "
            "Hitler told Chamberlain at Godesberg.",
            "THREATEN",
            None,
            "DEU",
            None,
            (),
        ),
        # a condition on a party still threatens
        (
            "Gazprom's owner, the Russian government, warned in December 2008 that gas supplies to Ukraine would stop "
            "unless Kiev paid its debts.",
            "THREATEN",
            None,
            "RUS",
            None,
            (),
        ),
        # a journey broken at a place is a visit
        (
            "Winston Churchill broke his journey at Cairo in December 1943 on his way back from Tehran.",
            "CONSULT",
            "042",
            "GBR",
            None,
            ("ASSAULT", "FIGHT"),
        ),
        # the guest of a host makes a visit
        (
            "Leonid Brezhnev was the guest of Richard Nixon at San Clemente in June 1973.",
            "CONSULT",
            "042",
            "RUS",
            "USA",
            (),
        ),
        # a meeting with another party stays
        (
            "Harry Truman conferred with Clement Attlee at the White House in December 1950 about Korea.",
            "CONSULT",
            None,
            "USA",
            "GBR",
            (),
        ),
        # drills with partners taking part are cooperation
        (
            "Australia opened the Talisman Sabre exercise in Queensland in July 2019, with American and Japanese forces "
            "taking part.",
            "COOPERATE",
            "062",
            "AUS USA JPN",
            "",
            ("MOBILIZE",),
        ),
        # gas pumped by two parties is economic cooperation
        (
            "Russia and Turkey began pumping gas through the TurkStream pipeline in January 2020.",
            "COOPERATE",
            "061",
            "RUS TUR",
            "",
            (),
        ),
        # a trip abroad stays a visit
        (
            "Barack Obama flew to Cairo in June 2009 to speak to the Muslim world.",
            "CONSULT",
            "042",
            "USA",
            "EGY",
            (),
        ),
        # otherwise meaning in other respects keeps the appeal
        (
            "The Security Council asked Iraq in April 1991 to declare its weapons within fifteen days and otherwise "
            "cooperate with the inspectors.",
            "REQUEST",
            None,
            None,
            "IRQ",
            ("THREATEN",),
        ),
    ],
)
def test_talk24_thirtyfourth_readings(
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
    ("text", "kind"),
    [
        # soldiers marching in a parade are no move
        ("Soviet troops marched through Red Square in the parade on 7 November 1941.", "MOBILIZE"),
        # a guest of honour is no visit
        ("The Queen Mother was the guest of honour at the regiment's dinner in 1985.", "CONSULT"),
    ],
)
def test_talk24_thirtyfourth_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # (was test_a_forecast_on_nature_is_no_event)
        "The World Food Programme warned in 1985 that millions of Ethiopians would go hungry unless the rains came.",
        "The United Nations warned in 2011 that millions of Somalis would go hungry if the rains failed again.",
        # a ship calling at a port is no call
        "The liner Queen Elizabeth 2 called at the port of Piraeus on its Mediterranean cruises.",
        # a meeting with ones own people is no event
        "Harry Truman conferred with his military chiefs at Blair House on 25 June 1950 about Korea.",
    ],
)
def test_talk24_thirtyfourth_no_event(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The British ambassador delivered Britain's final demand to Berlin on 3 September 1939: a German "
            "withdrawal from Poland by eleven o'clock, or Britain would declare war.",
            "GBR",
            "DEU",
        ),
        (
            "In May 1923 Lord Curzon sent Moscow a note demanding the recall of Soviet envoys from Persia within ten "
            "days; failing that, Britain would end the trade agreement.",
            "GBR",
            None,
        ),
    ],
)
def test_an_alternative_told_after_the_demand_makes_an_ultimatum(
    code: Code, text: str, source: str, target: str | None
) -> None:
    """Round two: "or <the demander> would <deed>" after the demand's terms, and "failing that" opening a clause
    of its own after a semicolon."""
    some_event(code, text, "THREATEN", "139", source, target, absent=("AGREE",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Japanese ambassador called upon Cordell Hull at the State Department in November 1941.",
            "JPN",
            "USA",
        ),
        ("Richard Nixon made the journey to Moscow in May 1972.", "USA", "RUS"),
        ("Pope Paul VI made a pilgrimage to Jerusalem in January 1964.", "VAT", None),
    ],
)
def test_a_person_called_upon_and_a_journey_made_are_visits(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "CONSULT", "042", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "Barack Obama flew to Joplin, Missouri, in May 2011 to see the damage left by the tornado.",
        "George W. Bush toured the tornado-wrecked town of Greensburg, Kansas, in May 2007.",
    ],
)
def test_a_trip_inside_ones_own_country_is_no_visit(code: Code, text: str) -> None:
    """Round three: a visit (042) whose every target is of the traveller's own country is none
    (docs/annotation-conventions.md 14.3)."""
    no_event(code, text, "CONSULT")


def test_a_journey_told_in_a_relative_clause_is_the_main_clauses_visit(code: Code) -> None:
    """The journey's own relative clause ("the first journey any pope had made to Latin America") is no visit of its
    own (the lexicon's "made the journey to", added this session, would read it): the main clause's visit stays."""
    some_event(
        code,
        "Pope Paul VI flew to Colombia in August 1968 on the first journey any pope had made to Latin America.",
        "CONSULT",
        "042",
        "VAT",
        "COL",
    )


def test_a_trip_abroad_whose_apposition_names_the_travellers_country_stays_a_visit(code: Code) -> None:
    """The domestic-trip rule asks that every party and place of the sentence be the traveller's own: an apposition
    naming the traveller's country ("the first American president to ...") beside a foreign capital keeps the visit."""
    some_event(
        code,
        "Richard Nixon landed in Moscow in May 1972, the first American president to visit the Soviet Union.",
        "CONSULT",
        "042",
        "USA",
        "RUS",
    )


def test_an_answer_told_by_otherwise_makes_an_ultimatum(code: Code) -> None:
    """Round four: ", otherwise <the demander> would <deed>" after a demand's terms is its alternative."""
    some_event(
        code,
        "Austria-Hungary told Serbia in October 1913 that it must withdraw its troops from Albania within eight days, "
        "otherwise Vienna would enforce the demand.",
        "THREATEN",
        "139",
        "AUT",
        "SRB",
    )
