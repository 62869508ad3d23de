"""Crewed flights of two states told by verbs outside the travel classes, forty-sixth session (issue 9, flights46;
probe benchmarks/probes/flights46-1.json).

coop43 and flights45 read a crewed flight at a verb of travel, motion or transport whose travellers name a crew or a
spacecraft and parties of two states (060, reciprocal: docs/annotation-conventions.md 15.1). Read here besides:
- a journey into space or orbit needs no craft noun ("sent X into orbit aboard Atlantis", "aboard an American
  craft"): joint.space_flight reads the goal (`space_goal`);
- a flight or mission as the subject of a clause (or the "of" object of a partitive subject) whose adverbial
  clause tells the flight ("X's first flight with Y opened when Z rode ...") names the flight's parties
  (joint.mission_of), and stands for the space words when it names two states itself;
- a verb whose own reading is a visit (042) is a journey too ("headed for Mir aboard a Soyuz with two Russian
  cosmonauts");
- a crew's list that the parser makes an apposition ("a crew of five Americans, a Spaniard and a Japanese"), and a
  phrase of company hung on the journey's goal ("took X to the new station with five American crewmates").
A paying tourist's flight is no event (conventions 15.1, a commercial flight); one state's mission, a satellite named
beside its noun, a leader's trip to a space centre, aid sent aboard ships and a cosmonaut's visit abroad stay what
they were.

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a verb of sending or launching, a person as object, space as the goal, no craft noun
        ("NASA sent the Belgian Dirk Frimout into orbit aboard Atlantis in March 1992.", "USA BEL"),
        ("France sent Patrick Baudry into space aboard an American craft in June 1985.", "FRA USA"),
        ("NASA launched the Canadian Marc Garneau into orbit aboard Challenger in October 1984.", "USA CAN"),
        # a crew's list made an apposition by the parser
        (
            "Discovery was launched in October 1998 with a crew of five Americans, a Spaniard and a Japanese.",
            "USA ESP JPN",
        ),
        # company hung on the journey's goal, an event noun as the doer
        (
            "The launch of Endeavour in December 1998 took the Russian Sergei Krikalev to the new space station with"
            " five American crewmates.",
            "RUS USA",
        ),
    ],
)
def test_a_flight_into_space_told_by_sending_or_launching_is_cooperation(
    code: Code, text: str, sources: str
) -> None:
    some_event(code, text, "COOPERATE", "060", sources, "")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a mission with a partner, the flight in a "when" clause
        (
            "Spain's first flight with NASA opened in October 1998 when Pedro Duque rode Discovery into orbit with"
            " John Glenn.",
            "ESP USA",
        ),
        # a partitive subject, no space word: the mission names both states
        (
            "The first of Syria's flights with the Soviet Union began in July 1987 when Muhammed Faris rode a Soyuz"
            " toward Mir with Alexander Viktorenko and Alexander Alexandrov.",
            "SYR RUS",
        ),
        # a state's mission, the other state named in the clause
        (
            "Austria's only space mission began in October 1991 when Franz Viehboeck rode a Soyuz into orbit with"
            " two Soviet cosmonauts.",
            "AUT RUS",
        ),
    ],
)
def test_a_mission_whose_clause_tells_the_flight_names_its_parties(
    code: Code, text: str, sources: str
) -> None:
    some_event(code, text, "COOPERATE", "060", sources, "")


def test_heading_for_a_station_with_a_foreign_crew_is_a_flight_not_a_visit(code: Code) -> None:
    some_event(
        code,
        "The Frenchman Michel Tognini headed for Mir in July 1992 aboard a Soyuz with two Russian cosmonauts.",
        "COOPERATE",
        "060",
        "FRA RUS",
        "",
        absent=("CONSULT",),
    )


@pytest.mark.parametrize(
    "text",
    [
        # a paying tourist
        "Charles Simonyi, an American software billionaire, rode a Soyuz to the station in April 2007 as a paying"
        " tourist with two Russian cosmonauts.",
        # one state's mission and crew
        "China's first crewed mission began in October 2003 when Yang Liwei rode a Shenzhou capsule into orbit.",
        # a satellite named beside its noun
        "A Russian rocket launched KazSat, a Kazakh satellite, into orbit in June 2006.",
        # a leader's trip to a space centre
        "Kim Jong Un travelled to Russia's Vostochny space centre in September 2023 to meet Vladimir Putin.",
        # aid sent aboard ships
        "Japan sent relief goods to the Philippines aboard navy ships in November 2013.",
        # a cosmonaut's visit abroad
        "The Soviet cosmonaut Yuri Gagarin flew to London in July 1961 for a visit.",
        # the second step's look-alikes (was test_look_alikes_of_the_second_step_are_no_shared_flight)
        # one state's crew in the same frame
        "China had six astronauts in orbit in November 2022, as Fei Junlong rode a Shenzhou capsule with two"
        " crewmates.",
        # an uncrewed probe in the infinitive frame
        "India became in September 2014 the first Asian country to put a probe into orbit around Mars with its own"
        " rocket.",
        # a satellite shot into orbit for another state
        "A Russian rocket shot a Kazakh satellite, KazSat-1, into orbit in June 2006.",
    ],
)
def test_look_alikes_are_no_shared_flight(code: Code, text: str) -> None:
    no_event(code, text, "COOPERATE")


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # the subject of the clause that sets the flight in space
        (
            "Hungary had its first man in orbit in May 1980, as Bertalan Farkas rose from Baikonur with the Soviet"
            " commander Valery Kubasov.",
            "HUN RUS",
        ),
        # an infinitive on the noun a state is said to be
        (
            "Mongolia became in March 1981 the latest Soviet partner to put a man into orbit, when Jugderdemidiin"
            " Gurragchaa rose from Baikonur.",
            "MNG RUS",
        ),
        # a verb with a reading of its own taking people into orbit
        (
            "Chiaki Mukai of Japan was shot into orbit in July 1994 aboard Columbia with six American crewmates.",
            "JPN USA",
        ),
    ],
)
def test_the_clause_that_sets_a_flight_in_space_names_its_parties(
    code: Code, text: str, sources: str
) -> None:
    some_event(code, text, "COOPERATE", "060", sources, "")
