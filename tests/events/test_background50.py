"""The news read through the main clause's verb, fiftieth session (issue 9, background50; probes
benchmarks/probes/background50-1.json).

A main clause whose verb carries no deed of its own hands the news to what it governs, and a background clause beside
it does not take its place:

- a verb of setting out what one says ("set out its objections in a statement", "laid out its demands": data
  `setting_out_verbs`) voices the noun of speech it governs, as a light verb does; "set out" read as a journey
  ("set out from Tientsin") is untouched;
- "went on to sign" is a deed told as done, not the future of "is going to sign" (`_shift_for_intent`), nor the
  purpose of a journey (`purposes.travellers_purpose`), and an occasion told by a fronted participle ("Meeting at a
  hunting lodge, ...") yields to it (`deeds.aspect_complement`, data `sequence_verbs`);
- a fee charged is no event, but a common tariff several parties begin charging is their economic cooperation
  (061), as "applying a common external tariff" already was;
- "called the decision to withdraw from the treaty a mistake": the name the parser hung inside the object's own
  clause still condemns (111), no telephone call (041).

Sentences written for these tests (true statements about real events), coded through the real pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import Code, check_first, no_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # (was no event: "set" has no reading of its own, and reads "set out" as a journey)
        (
            "The Vatican set out its objections to an Italian bill against homophobia in a diplomatic note in June 2021.",
            "ACCUSE",
            "110",
            "VAT",
            "ITA",
        ),
        # (was no event)
        (
            "China laid out its demands to the United States in two lists handed over at talks in Tianjin in July 2021.",
            "REQUEST",
            "100",
            "CHN",
            "USA",
        ),
    ],
)
def test_background50_set_out_voices_the_noun_of_speech(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    check_first(code, text, plover, cameo, source, target)


def test_background50_set_out_as_a_journey_is_no_speech(code: Code) -> None:
    no_event(
        code,
        "Vice-Admiral Sir Edward Seymour set out from Tientsin by train in June 1900.",
        "ACCUSE",
        "REQUEST",
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (was AGREE 037: "went on to" read as "going to")
        ("Anwar Sadat went on to sign a peace treaty with Israel in March 1979.", "EGY", "ISR"),
        # (was no event: the signing read as the purpose of a journey of the two leaders)
        ("Menachem Begin and Anwar Sadat went on to sign a peace treaty in March 1979.", "ISR EGY", ""),
        # (was CONSULT 040, the meeting of the fronted participle)
        (
            "Meeting at a hunting lodge in Belarus in December 1991, Boris Yeltsin, Leonid Kravchuk and Stanislav "
            "Shushkevich went on to sign an accord declaring that the Soviet Union had ceased to exist.",
            "RUS UKR BLR",
            "",
        ),
    ],
)
def test_background50_went_on_to_sign_is_a_signing(code: Code, text: str, source: str, target: str) -> None:
    check_first(code, text, "SUPPORT", "057", source, target or None)


def test_background50_going_to_sign_stays_an_intention(code: Code) -> None:
    check_first(
        code,
        "Britain and France are going to sign a defence treaty at Lancaster House next week.",
        "AGREE",
        "037",
        "GBR FRA",
        None,
    )


def test_background50_common_tariff_charged_is_cooperation(code: Code) -> None:
    # (was no event: "charge" with a fee or a tariff for its object names none)
    check_first(
        code,
        "Kenya, Tanzania and Uganda began charging a common external tariff in January 2005.",
        "COOPERATE",
        "061",
        "KEN TZA UGA",
        None,
    )


def test_background50_a_toll_charged_is_still_no_event(code: Code) -> None:
    no_event(code, "Britain began charging foreign lorries a road toll in April 2014.")


def test_background50_name_hung_inside_the_object_condemns(code: Code) -> None:
    # (was CONSULT 041, a telephone call)
    check_first(
        code,
        "Vladimir Putin called the United States' decision to withdraw from the Anti-Ballistic Missile Treaty a "
        "mistake in December 2001.",
        "ACCUSE",
        "111",
        "RUS",
        "USA",
    )


@pytest.mark.parametrize(
    "text",
    [
        # (was MOBILIZE 150, the deployment of the relative clause)
        "Dag Hammarskjold, who had sent United Nations troops into the Congo the year before, died in a plane crash "
        "near Ndola on 18 September 1961.",
        # (was COERCE 174, the ouster of the relative clause)
        "Juan Peron, who had been ousted by the army in 1955, returned to Argentina in June 1973.",
        # (was ACCUSE 112, the accusation of the relative clause)
        "Alexander Litvinenko, who had accused the FSB of plotting murders, died in a London hospital in November 2006.",
    ],
)
def test_background50_relative_clause_on_the_subject_is_no_news(code: Code, text: str) -> None:
    no_event(code, text)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # the main clause's deed stays the news beside a relative clause on its subject
        (
            "The Soviet Union, which had been negotiating with Britain and France all summer, signed a "
            "non-aggression pact with Germany in Moscow on 23 August 1939.",
            "SUPPORT",
            "057",
            "RUS",
            "DEU",
        ),
        # a relative clause on a thing the sentence is about stays its news
        (
            "A treaty of alliance that Serbia and Bulgaria signed in Sofia in March 1912 divided Macedonia between them.",
            "SUPPORT",
            "057",
            "SRB BGR",
            None,
        ),
    ],
)
def test_background50_relative_clause_kept_where_it_is_the_news(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    check_first(code, text, plover, cameo, source, target)
