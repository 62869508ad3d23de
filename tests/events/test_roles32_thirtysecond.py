"""Targets in places the coder did not look, thirty-second session (issue 9, roles32). Sentences written for these
tests (true events or no year, the project's own words), through the real pipeline; each case fails on the main
before its change."""

from __future__ import annotations

import pytest

from .helpers import Code, parties_of_type


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # the relative "that" the parser tags as a conjunction: the clause's subject made the thing answered
        ("Moscow rejected the plan that Washington had proposed.", "REJECT", "USA"),
        ("Beijing rejected the proposal that Tokyo had made.", "REJECT", "JPN"),
        # a named thing that is no party, answered, with its maker in a relative clause
        ("Bonn rejected the Rapacki Plan that Poland had put forward.", "REJECT", "POL"),
        # a phrasal verb whose particle the parser takes for a preposition ("brushed aside X's offer")
        ("Egypt brushed aside Israel's offer of talks in 1971.", "REJECT", "ISR"),
        ("The tribunal set aside Chile's claim to the valley.", "REJECT", "CHL"),
    ],
)
def test_the_maker_of_an_answered_thing_in_a_relative_clause_or_possessive_is_the_target(
    code: Code, text: str, kind: str, target: str
) -> None:
    _, targets = parties_of_type(code(text), kind)
    assert target in targets


def test_a_relative_clause_naming_the_doers_own_side_does_not_take_the_target(code: Code) -> None:
    # the sanctions were Washington's own: the target is the one they are imposed on
    text = "President Bill Clinton imposed on Islamabad the same sanctions that Washington had placed on New Delhi."
    _, targets = parties_of_type(code(text), "SANCTION")
    assert targets == {"PAK"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the side a participle tail of a deed of force drives off, routs or kills (roles.json `force_tail_verbs`)
        ("Israeli troops stormed the ridge in 1967, driving back the Syrian defenders.", "SYR"),
        ("In 1915 German aircraft bombed the depot at night, killing two British soldiers.", "GBR"),
        (
            "Gunboats of the Western powers shelled the forts at the river mouth while landing parties stormed them, "
            "driving out the Chinese garrison.",
            "CHN",
        ),
    ],
)
def test_the_side_a_participle_tail_of_a_deed_of_force_acts_on_is_the_target(
    code: Code, text: str, target: str
) -> None:
    _, targets = parties_of_type(code(text), "ASSAULT")
    assert targets == {target}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the people named in the "to" phrase of a verb of yielding beside a concession are of its country
        (
            "Mexico's President Porfirio Diaz resigned in May 1911, bowing to the revolutionaries who had taken Ciudad Juarez.",
            "MEX",
        ),
        ("Bulgaria's prime minister resigned, bowing to the Podkrepa union and the opposition.", "BGR"),
    ],
)
def test_the_people_a_concession_yields_to_are_its_target(code: Code, text: str, target: str) -> None:
    _, targets = parties_of_type(code(text), "CONCEDE")
    assert targets == {target}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the party a measure eased had been laid on, in a relative clause on it (roles.json `imposing_verbs`)
        ("In 1971 Washington eased the trade embargo it had placed on China in 1950.", "CHN"),
        (
            "In September 2003 the UN Security Council lifted the sanctions that it had imposed on Libya over the "
            "Lockerbie bombing.",
            "LBY",
        ),
    ],
)
def test_the_party_an_eased_measure_was_laid_on_is_the_target(code: Code, text: str, target: str) -> None:
    _, targets = parties_of_type(code(text), "RETREAT")
    assert targets == {target}


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # the maker of a thing answered in a prepositional phrase, named in a relative clause on it
        ("Egypt agreed to the ceasefire that the United States had proposed.", "AGREE", "USA"),
        (
            "In March 1939 Lithuania gave in to the ultimatum that Berlin had issued over Memel.",
            "CONCEDE",
            "DEU",
        ),
    ],
)
def test_the_maker_of_a_thing_answered_in_a_phrase_is_the_target(
    code: Code, text: str, kind: str, target: str
) -> None:
    _, targets = parties_of_type(code(text), kind)
    assert targets == {target}


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        # the one a letter or a note is sent to, not the venue the deed names (roles.json `letter_nouns`)
        (
            "In a letter to President Ronald Reagan, Mikhail Gorbachev proposed a meeting in Reykjavik.",
            "REQUEST",
            "USA",
        ),
    ],
)
def test_the_addressee_of_a_letter_is_the_target_not_the_venue(
    code: Code, text: str, kind: str, target: str
) -> None:
    _, targets = parties_of_type(code(text), kind)
    assert targets == {target}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an unnamed doer in the "by" phrase of a deed noun, at home on the one country the sentence names
        (
            "The assassination of Prime Minister Yitzhak Rabin by a Jewish extremist in November 1995 shook Israel.",
            "ISR",
        ),
        (
            "The assassination of President Anwar Sadat by Islamist army officers in October 1981 brought Hosni "
            "Mubarak to power in Egypt.",
            "EGY",
        ),
    ],
)
def test_an_unnamed_doer_in_the_by_phrase_of_a_deed_noun_is_of_the_victims_country(
    code: Code, text: str, country: str
) -> None:
    sources, targets = parties_of_type(code(text), "ASSAULT")
    assert sources == {country}
    assert country in targets


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a surrender of a place and troops "to X": the side surrendered to, not the troops handed over
        # (roles.json `surrendered_to_codes`)
        (
            "General Charles Townshend surrendered Kut al-Amara and some 13,000 British and Indian soldiers to the "
            "Ottoman army.",
            "TUR",
        ),
    ],
)
def test_the_side_surrendered_to_is_the_target(code: Code, text: str, target: str) -> None:
    _, targets = parties_of_type(code(text), "RETREAT")
    assert targets == {target}


def test_a_retreat_to_a_place_keeps_the_ground_left(code: Code) -> None:
    # a "to" phrase that names only a place is no side surrendered to
    _, targets = parties_of_type(
        code("Iraqi forces retreated from Kuwait to Basra in February 1991."), "RETREAT"
    )
    assert targets == {"KWT"}
