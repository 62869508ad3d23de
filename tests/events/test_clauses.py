"""Clause structure: deeds of their own in adverbial clauses, coordinated clauses and prepositional adjuncts
are separate events with their own actors and modality (issue 9, commentary register).

Every sentence was written for these tests and states true events; each goes through the real pipeline
(spaCy parse, actor resolver, event coder).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.clauses import adjunct_clause, separate
from realpolitik.events.modality import classify_modality

from .helpers import Code, each_deed, has_deed, parties

Finder = Callable[[str, str], Token]


@pytest.mark.parametrize(
    ("text", "main", "adjunct"),
    [
        (
            "When Iraq invaded Kuwait in 1990, the Security Council imposed sanctions on Baghdad.",
            ("SANCTION", "IGO-UNSC", "IRQ"),
            ("ASSAULT", "IRQ", "KWT"),
        ),
        (
            "After Turkey shot down a Russian bomber in 2015, Moscow imposed sanctions on Ankara.",
            ("SANCTION", "RUS", "TUR"),
            ("ASSAULT", "TUR", "RUS"),
        ),
        (
            "Although Russia invaded Ukraine in 2022, India kept buying Russian oil.",
            ("COOPERATE", "IND", "RUS"),
            ("ASSAULT", "RUS", "UKR"),
        ),
    ],
)
def test_clauses_adverbial_clause_deed_is_its_own_event(
    code_background: Code, text: str, main: tuple[str, str, str], adjunct: tuple[str, str, str]
) -> None:
    each_deed(code_background, text, main, adjunct)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Russia annexed Crimea in 2014 and the European Union imposed sanctions on Moscow.",
            ("COERCE", "RUS", "UKR"),
            ("SANCTION", "IGO-EU", "RUS"),
        ),
        (
            "Iran supplied drones to Russia and threatened Israel.",
            ("AID", "IRN", "RUS"),
            ("THREATEN", "IRN", "ISR"),
        ),
    ],
)
def test_clauses_coordinated_deeds_are_separate_events(
    code: Code, text: str, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    each_deed(code, text, first, second)


@pytest.mark.parametrize(
    ("text", "main", "adjunct"),
    [
        (
            "Despite Russia's invasion of Ukraine, Serbia refused to impose sanctions on Moscow.",
            ("REJECT", "SRB", "RUS"),
            ("ASSAULT", "RUS", "UKR"),
        ),
        (
            "After the 2020 war between Armenia and Azerbaijan, Russia deployed peacekeepers to Karabakh.",
            ("AID", "RUS", "AZE"),
            None,
        ),
    ],
)
def test_clauses_event_noun_in_an_adjunct_is_its_own_event(
    code_background: Code, text: str, main: tuple[str, str, str], adjunct: tuple[str, str, str] | None
) -> None:
    events = code_background(text)
    assert has_deed(events, *main), events
    if adjunct is not None:
        assert has_deed(events, *adjunct), events
    else:
        # "the war between X and Y": the two parties fought each other
        assert any(e.event == "ASSAULT" and e.reciprocal and parties(e)[0] == {"ARM", "AZE"} for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Russian missiles killed ten civilians in Kyiv and wounded dozens of others.",
        "Russia agreed to withdraw its troops from Georgia.",
        "Israel bombed Hamas tunnels in Gaza to stop rocket fire.",
    ],
)
def test_clauses_one_deed_in_several_words_stays_one_event(code: Code, text: str) -> None:
    assert len(code(text)) == 1


@pytest.mark.parametrize(
    ("text", "a", "b", "apart"),
    [
        (
            "When Iraq invaded Kuwait in 1990, the Security Council imposed sanctions on Baghdad.",
            "invaded",
            "imposed",
            True,
        ),
        (
            "Russia annexed Crimea in 2014 and the European Union imposed sanctions on Moscow.",
            "annexed",
            "imposed",
            True,
        ),
        (
            "Despite Russia's invasion of Ukraine, Serbia refused to impose sanctions.",
            "invasion",
            "refused",
            True,
        ),
        ("Russia agreed to withdraw its troops from Georgia.", "agreed", "withdraw", False),
        ("Israel bombed Hamas tunnels in Gaza to stop rocket fire.", "bombed", "stop", False),
        ("Turkey will close the strait if Russia attacks Ukraine.", "close", "attacks", False),
    ],
)
def test_clauses_separate_deeds_cross_a_clause_boundary(
    token_of: Finder, text: str, a: str, b: str, apart: bool
) -> None:
    assert separate(token_of(text, a), token_of(text, b)) is apart


def test_clauses_conditions_and_purposes_are_no_adjunct_clauses(token_of: Finder) -> None:
    assert not adjunct_clause(token_of("Turkey will close the strait if Russia attacks Ukraine.", "attacks"))
    assert not adjunct_clause(token_of("Israel bombed Hamas tunnels in Gaza to stop rocket fire.", "stop"))
    assert adjunct_clause(token_of("When Iraq invaded Kuwait in 1990, the UN imposed sanctions.", "invaded"))


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # (was test_clauses_adjunct_deeds_keep_their_own_modality)
        # a past deed in a clause of time or concession is stated as a fact under a hedged main clause
        (
            "When Russia invaded Ukraine in 2022, Germany may have been too slow to respond.",
            "invaded",
            "asserted",
        ),
        (
            "After Iraq invaded Kuwait in 1990, Saudi Arabia might have feared an attack.",
            "invaded",
            "asserted",
        ),
        ("Even when Israeli jets struck Damascus in 2024, Moscow did not protest.", "struck", "asserted"),
        # an event noun in an adjunct of time or concession is taken as given
        (
            "During Russia's offensive against Kharkiv in 2022, NATO did not intervene.",
            "offensive",
            "asserted",
        ),
        ("After the clashes between India and China in 2020, talks could resume.", "clashes", "asserted"),
        # an open one is not: a condition, an indefinite noun, a clause still to come
        ("If Russia attacks Estonia, NATO will respond.", "attacks", "hypothetical"),
        ("Talks may resume after a ceasefire is agreed.", "ceasefire", "hypothetical"),
        # (was test_clauses_countered_deed_keeps_its_own_modality)
        (
            "Russia's failure to stop Azerbaijan's incursions into Armenia angered Yerevan.",
            "incursions",
            "asserted",
        ),
        ("NATO's inability to deter Russia's attacks on Ukraine is widely debated.", "attacks", "asserted"),
        ("Georgia may have failed to halt Russia's advance in 2008.", "advance", "asserted"),
        # a deed only aimed at, or one with no owner named, stays open
        ("The United States aims to deter any Chinese invasion of Taiwan.", "invasion", "intended"),
    ],
)
def test_clauses_adjunct_or_countered_deed_keeps_its_own_modality(
    token_of: Finder, text: str, word: str, modality: str
) -> None:
    assert classify_modality(token_of(text, word)) == modality


@pytest.mark.parametrize(
    ("text", "means"),
    [
        (
            "Lithuania protested by expelling the Russian ambassador in April 2022.",
            ("SANCTION", "LTU", "RUS"),
        ),
        # (a state's protest is itself an official complaint, 114: "Hungary protested by summoning the
        # Ukrainian ambassador" is one complaint, see test_modality_claims.py)
        (
            "China protested by suspending climate talks with the United States in 2022.",
            ("SANCTION", "CHN", "USA"),
        ),
    ],
)
def test_clauses_deed_done_by_means_of_a_gerund_is_its_own_event(
    code: Code, text: str, means: tuple[str, str, str]
) -> None:
    events = code(text)
    assert len(events) == 2
    assert has_deed(events, *means), events


# ---- fifth session: commentary-style clause structure ------------------------------------------------------


def _with(events: list, kind: str, source: str, targets: set[str]) -> bool:
    """An asserted event of this type from this source whose targets include these."""
    return any(
        e.event == kind
        and parties(e)[0] == {source}
        and targets <= parties(e)[1]
        and e.modality == "asserted"
        for e in events
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a sale of arms is military cooperation, 062, since the ninth session)
        (
            "Turkey's ties with Azerbaijan, its refusal to recognise Russia's annexation of Crimea and its sale "
            "of drones to Ukraine and Poland are well documented.",
            [("REJECT", "TUR", {"RUS"}), ("COOPERATE", "TUR", {"UKR", "POL"}), ("COERCE", "RUS", {"UKR"})],
        ),
        (
            "Russia's alliance with Belarus, its refusal to recognise Kosovo's independence and its military "
            "cooperation with Syria and Iran are well known.",
            [("REJECT", "RUS", {"XKX"}), ("COOPERATE", "RUS", {"SYR", "IRN"})],
        ),
        (
            "Iran's support for Hezbollah, its sale of drones to Russia and its nuclear talks with the European "
            "Union are well known.",
            [("SUPPORT", "IRN", {"LBN"}), ("COOPERATE", "IRN", {"RUS"}), ("CONSULT", "IRN", {"IGO-EU"})],
        ),
        (
            "India's purchases of Russian oil, its refusal to condemn the invasion of Ukraine and its joint "
            "exercises with Russia drew American criticism.",
            [("COOPERATE", "IND", {"RUS"})],
        ),
    ],
)
def test_clauses_each_possessed_deed_of_a_list_is_its_own_event(
    code_background: Code, text: str, expected: list[tuple[str, str, set[str]]]
) -> None:
    """ "X's A, its B and its C": every deed noun of the list is an event of the list's owner (not of a
    possessor inside an earlier item), with all the targets of its own phrase."""
    events = code_background(text)
    for kind, source, targets in expected:
        assert _with(events, kind, source, targets), (kind, source, targets, events)


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "The United States helped Ukraine repel Russia's assault on Kyiv in 2022.",
            ("ASSAULT", "RUS", "UKR"),
        ),
        (
            "Iran helped Syria repel the Islamic State's offensive on Deir ez-Zor in 2017.",
            ("ASSAULT", "IMG-ISIS", "SYR"),
        ),
        (
            "Russia's failure to stop Azerbaijan's incursions into Armenia in 2022 angered Yerevan.",
            ("ASSAULT", "AZE", "ARM"),
        ),
        (
            "NATO's inability to deter Russia's attacks on Ukraine is widely debated.",
            ("ASSAULT", "RUS", "UKR"),
        ),
    ],
)
def test_clauses_deed_countered_in_a_complement_is_asserted_and_its_own(
    code: Code, text: str, deed: tuple[str, str, str]
) -> None:
    """ "helped X stop Y's offensive", "its inability to deter Y's attacks": the negation or the help is the
    countering's; Y's deed exists and is an event of its own."""
    each_deed(code, text, deed)


def test_clauses_helper_of_a_bare_infinitive_aids_its_subject(code: Code) -> None:
    # the parser makes "Ukraine" a compound of "repel"; it is still the one helped and the one repelling
    events = code("The United States helped Ukraine repel Russia's assault on Kyiv in 2022.")
    assert has_deed(events, "AID", "USA", "UKR"), events


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("Armenia watched as Azerbaijan's forces were pounding Jermuk in 2022.", ("ASSAULT", "AZE", "ARM")),
        (
            "Tbilisi watched as Moscow's forces were bombing Georgian towns in 2008.",
            ("ASSAULT", "RUS", "GEO"),
        ),
        ("The world watched as Russia's troops were shelling Kharkiv in 2022.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_clauses_subject_hung_on_a_preposition_still_does_the_deed(
    code: Code, text: str, deed: tuple[str, str, str]
) -> None:
    """ "watched as X's forces were pounding Y": the parser makes "as X's forces" a phrase of "watched"; the
    clause with its own auxiliary still has X's forces as subject, never the watcher."""
    events = code(text)
    assert has_deed(events, *deed), events
    watcher = {"Armenia": "ARM", "Tbilisi": "GEO", "The": ""}[text.split()[0]]
    assert not any(watcher in parties(e)[0] for e in events), events


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Afrin, a town controlled by Turkey and its proxies, lies in northern Syria.",
            ("COERCE", "TUR", "SYR"),
        ),
        (
            "Shusha, a town held by Armenian forces from 1992 to 2020, lies in Azerbaijan.",
            ("COERCE", "ARM", "AZE"),
        ),
        ("Kherson, a city occupied by Russia's army in 2022, lies in Ukraine.", ("COERCE", "RUS", "UKR")),
        # the passive says it of the place too
        ("Afrin has been controlled by Turkey since 2018.", ("COERCE", "TUR", "SYR")),
        ("Crimea has been held by Russia since 2014.", ("COERCE", "RUS", "UKR")),
        ("Kherson was held by Russia for most of 2022.", ("COERCE", "RUS", "UKR")),
    ],
)
def test_clauses_place_held_by_an_agent_is_occupied(
    code: Code, text: str, deed: tuple[str, str, str]
) -> None:
    """ "a town controlled by T": T occupies the country the town lies in, never T itself."""
    each_deed(code, text, deed)


def test_clauses_own_ground_held_is_no_occupation(code: Code) -> None:
    assert not any(e.event == "COERCE" for e in code("Kyiv was held by Ukraine throughout 2022."))


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Syrian fighters transferred by Turkey to Libya and Azerbaijan were reported by monitors.",
            ("TUR", {"LBY", "AZE"}),
        ),
        ("North Korean troops sent by Pyongyang to Russia were reported in Kursk in 2024.", ("PRK", {"RUS"})),
    ],
)
def test_clauses_forces_moved_by_an_agent_go_to_the_destination(
    code: Code, text: str, deed: tuple[str, str, set[str]]
) -> None:
    source, targets = deed
    events = code(text)
    assert any(parties(e) == ({source}, targets) for e in events), events


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "The deal brokered by Turkey that allowed Ukraine to export grain through the Black Sea expired "
            "in 2023.",
            "UKR",
        ),
        ("The truce brokered by Egypt that halted Israel's strikes on Gaza took effect in May 2021.", "ISR"),
    ],
)
def test_clauses_mediator_acts_on_the_parties_its_deal_names(code: Code, text: str, party: str) -> None:
    events = code(text)
    assert any(e.event == "CONSULT" and party in parties(e)[1] for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan is concerned about China's military build-up.", "JPN", "CHN"),
        ("Armenia is worried about Azerbaijan's military build-up.", "ARM", "AZE"),
        (
            "Lithuania said it was concerned about Russia's deployment of missiles in Kaliningrad.",
            "LTU",
            "RUS",
        ),
    ],
)
def test_clauses_stance_adjective_targets_the_doer_in_its_phrase(
    code: Code, text: str, source: str, target: str
) -> None:
    assert has_deed(code(text), "ACCUSE", source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Washington welcomed the role Turkey played in the grain deal.", "USA", "TUR"),
        ("Kyiv praised the role Qatar played in returning Ukrainian children.", "UKR", "QAT"),
    ],
)
def test_clauses_relative_clause_subject_is_the_doer_of_the_object(
    code: Code, text: str, source: str, target: str
) -> None:
    assert has_deed(code(text), "SUPPORT", source, target)


@pytest.mark.parametrize(
    ("text", "deed", "reaction"),
    [
        (
            "Azerbaijan detained two Iranian drivers in 2021, a move Tehran criticised.",
            ("COERCE", "AZE", "IRN"),
            ("ACCUSE", "IRN", "AZE"),
        ),
        (
            "Russia expelled Estonia's ambassador in 2023, a step Tallinn condemned.",
            ("SANCTION", "RUS", "EST"),
            ("ACCUSE", "EST", "RUS"),
        ),
        (
            "Turkey bought S-400 missiles from Russia, a move Washington criticised.",
            ("COOPERATE", "TUR", "RUS"),
            ("ACCUSE", "USA", "TUR"),
        ),
    ],
)
def test_clauses_relative_clause_on_a_summing_noun_acts_on_the_deeds_doer(
    code_background: Code, text: str, deed: tuple[str, str, str], reaction: tuple[str, str, str]
) -> None:
    each_deed(code_background, text, deed, reaction)


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("Russia's delivery of fighter jets to Serbia was completed in 2017.", ("AID", "RUS", "SRB")),
        (
            "Turkey's purchase of S-400 missiles from Russia was completed in 2019.",
            ("COOPERATE", "TUR", "RUS"),
        ),
        ("China's delivery of air-defence missiles to Serbia was completed in 2022.", ("AID", "CHN", "SRB")),
    ],
)
def test_clauses_possessor_of_a_light_verbs_passive_subject_is_the_doer(
    code: Code, text: str, deed: tuple[str, str, str]
) -> None:
    assert has_deed(code(text), *deed)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Baku described the shelling of Ganja as a war crime by Armenia.", "AZE", "ARM"),
        ("Moscow described the drone attack on the Kremlin as a terrorist act by Kyiv.", "RUS", "UKR"),
        ("Kyiv described the strike on the Kramatorsk station as a war crime by Russia.", "UKR", "RUS"),
    ],
)
def test_clauses_doer_named_in_a_predicate_complement_is_the_target(
    code: Code, text: str, source: str, target: str
) -> None:
    """ "described X as a crime by Y": the one denounced is Y, not the place or victim of the deed X."""
    assert has_deed(code(text), "ACCUSE", source, target)


@pytest.mark.parametrize(
    ("text", "kind", "parties_"),
    [
        ("Analysts noted the rapprochement of Turkey and Armenia in 2009.", "SUPPORT", {"TUR", "ARM"}),
        ("Analysts noted the cooperation of Russia and Iran in Syria.", "COOPERATE", {"RUS", "IRN"}),
        (
            "The report recalled the fighting between Armenians and Azerbaijanis in 1992.",
            "ASSAULT",
            {"ARM", "AZE"},
        ),
        (
            "Analysts noted the talks of Armenia and Azerbaijan in Washington in 2025.",
            "CONSULT",
            {"ARM", "AZE"},
        ),
    ],
)
def test_clauses_deed_noted_or_recalled_is_a_reciprocal_event_of_its_parties(
    code: Code, text: str, kind: str, parties_: set[str]
) -> None:
    """ "noted the cooperation of A and B", "recalled the fighting between Armenians and Azerbaijanis": a
    verb of noting does no deed; the deed noun's parties act together or on each other."""
    events = code(text)
    assert any(e.event == kind and e.reciprocal and parties(e) == (parties_, set()) for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian jets violated Turkey's airspace in 2015.", "RUS", "TUR"),
        ("Russian drones violated Romania's airspace in 2023.", "RUS", "ROU"),
        ("Russian drones violated Poland's airspace in 2025.", "RUS", "POL"),
    ],
)
def test_clauses_owner_of_the_ground_forces_enter_is_the_target(
    code: Code, text: str, source: str, target: str
) -> None:
    """ "jets violated Turkey's airspace": the owner of the airspace is acted on, not a force moved."""
    events = code(text)
    assert any(parties(e) == ({source}, {target}) for e in events), events


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Israel's inability to stop Hamas's rocket attacks on its cities led to the 2014 war.",
            ("ASSAULT", "PSE", "ISR"),
        ),
        (
            "Ukraine's failure to stop Russia's missile strikes on its power plants caused blackouts in 2022.",
            ("ASSAULT", "RUS", "UKR"),
        ),
        (
            "Saudi Arabia's inability to stop the Houthis' drone attacks on its oil facilities became clear in "
            "2019.",
            ("ASSAULT", "YEM", "SAU"),
        ),
    ],
)
def test_clauses_open_its_on_what_a_deed_of_force_hits_is_another_owner(
    code: Code, text: str, deed: tuple[str, str, str]
) -> None:
    """ "X's inability to stop Y's attacks on its cities": "its" is X's (no one attacks its own cities)."""
    assert has_deed(code(text), *deed)


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Kyiv's inability to deter Russian strikes on Ukrainian cities became clear in 2022.",
            ("RUS", {"UKR"}),
        ),
        (
            "Yerevan's inability to deter Azerbaijani shelling of Armenian villages became clear in 2022.",
            ("AZE", {"ARM"}),
        ),
        (
            "Manila's inability to stop Chinese incursions into its waters is well documented.",
            ("CHN", {"PHL"}),
        ),
        # with no target named, the countered deed still stands with its doer
        ("Beijing's reluctance to condemn Russia's invasion drew criticism in Europe.", ("RUS", set())),
        ("The CSTO's refusal to confront Azerbaijan's incursions in 2022 angered Armenia.", ("AZE", set())),
    ],
)
def test_clauses_countered_deed_with_a_nationality_doer_is_asserted(
    code_background: Code, text: str, deed: tuple[str, set[str]]
) -> None:
    """A nationality word names the countered deed's doer as a possessor does; the countering verb is no
    light verb of the deed ("deter Russian strikes" is not Kyiv striking)."""
    source, targets = deed
    events = code_background(text)
    assert any(
        e.event == "ASSAULT"
        and e.modality == "asserted"
        and parties(e)[0] == {source}
        and targets <= parties(e)[1]
        for e in events
    ), events


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Turkey's continued development of defence relations with Ukraine, Poland and Romania is well "
            "documented.",
            ("COOPERATE", "TUR", {"UKR", "POL", "ROU"}),
        ),
        (
            "Russia's expansion of military cooperation with Iran accelerated in 2023.",
            ("COOPERATE", "RUS", {"IRN"}),
        ),
        ("China's deepening of economic ties with Serbia continued in 2024.", ("COOPERATE", "CHN", {"SRB"})),
        (
            "Iran's resumption of talks with the European Union in 2021 produced no deal.",
            ("CONSULT", "IRN", {"IGO-EU"}),
        ),
    ],
)
def test_clauses_owner_of_a_deeds_course_does_the_deed(
    code: Code, text: str, deed: tuple[str, str, set[str]]
) -> None:
    """ "X's development of relations with Y", "X's resumption of talks with Y": the deed named after "of" is
    done by the owner of its course (data: `aspect_nouns`)."""
    assert _with(code(text), *deed)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # (as "Serbia refused to impose sanctions on Russia": the one the refused deed was aimed at)
        ("The refusal of Serbia to impose sanctions on Russia irritated Brussels.", "SRB", "RUS"),
        ("The reluctance of Germany to send tanks to Ukraine ended in January 2023.", "DEU", "UKR"),
        (
            "The readiness of Azerbaijan to sign a peace treaty with Armenia was noted in Washington.",
            "AZE",
            "ARM",
        ),
    ],
)
def test_clauses_of_phrase_of_a_noun_with_its_own_clause_is_the_doer(
    code: Code, text: str, source: str, target: str | None
) -> None:
    """ "the refusal of X to ...", "the readiness of X to ...": X is the doer, never the target."""
    events = code(text)
    assert events, text
    assert parties(events[0])[0] == {source}, events
    assert parties(events[0])[1] == ({target} if target else set()), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Ukraine drew the Security Council's attention to Russia's violations of the ceasefire.",
            "UKR",
            "RUS",
        ),
        (
            "Armenia drew the OSCE's attention to Azerbaijan's violations of the ceasefire in 2021.",
            "ARM",
            "AZE",
        ),
        # a perfect with a "by" phrase is no passive: the subject still does the deed
        (
            "Armenia has drawn the Security Council's attention to the blockade of the Lachin corridor by "
            "Azerbaijan.",
            "ARM",
            "AZE",
        ),
        (
            "Moldova has directed the OSCE's attention to the violations of the ceasefire by Transnistria's forces.",
            "MDA",
            "XTR",
        ),
    ],
)
def test_clauses_owner_of_the_attention_drawn_is_addressed_not_targeted(
    code: Code, text: str, source: str, target: str
) -> None:
    """ "drew X's attention to Y's violations": X is addressed; Y's misdeed is what is denounced."""
    assert has_deed(code(text), "ACCUSE", source, target)


@pytest.mark.parametrize(
    ("text", "parties_"),
    [
        (
            "In February 2024, President Aliyev, Prime Minister Pashinyan and Chancellor Scholz held talks in "
            "Munich.",
            {"AZE", "ARM", "DEU"},
        ),
        (
            "In 2023, President Macron, Chancellor Scholz and President Zelensky held talks in Paris.",
            {"FRA", "DEU", "UKR"},
        ),
        (
            "In July 2022, President Erdogan, President Putin and President Raisi held talks in Tehran.",
            {"TUR", "RUS", "IRN"},
        ),
    ],
)
def test_clauses_every_name_of_a_listed_subject_is_a_party(code: Code, text: str, parties_: set[str]) -> None:
    """A list of subjects the parser splits into two subjects, or hangs on its first name as an
    apposition, still names every party."""
    events = code(text)
    assert any(e.event == "CONSULT" and e.reciprocal and parties(e) == (parties_, set()) for e in events), (
        events
    )


@pytest.mark.parametrize(
    ("text", "kind", "parties_"),
    [
        ("The Russia-Iran partnership grew after 2022.", "COOPERATE", {"RUS", "IRN"}),
        ("The Russian-Chinese partnership has no limits, Moscow says.", "COOPERATE", {"RUS", "CHN"}),
        ("The Russian-Turkish patrols in Syria began in 2020.", "COOPERATE", {"RUS", "TUR"}),
        ("The India-US partnership deepened under Modi.", "COOPERATE", {"IND", "USA"}),
    ],
)
def test_clauses_names_joined_by_a_hyphen_are_all_parties(
    code: Code, text: str, kind: str, parties_: set[str]
) -> None:
    """ "the Russia-Iran partnership": both names of the hyphenated modifier do the deed, together."""
    events = code(text)
    assert any(e.event == kind and e.reciprocal and parties(e) == (parties_, set()) for e in events), events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("In December 2021, one response was Biden phoning Putin.", "USA"),
        ("In February 2022, one response was Macron phoning Putin.", "FRA"),
        ("In February 2022, a response was Macron phoning Putin.", "FRA"),
    ],
)
def test_clauses_name_before_a_gerund_is_its_doer(code: Code, text: str, source: str) -> None:
    """ "one response was Macron phoning Putin": the parser makes the name an adverbial noun of the gerund;
    it is the caller."""
    assert has_deed(code(text), "CONSULT", source, "RUS")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The friendship and cooperation between Serbia and Russia are old.", {"SRB", "RUS"}, set()),
        ("The trust and cooperation between Armenia and France have grown.", {"ARM", "FRA"}, set()),
        ("Russia's friendship and cooperation with Serbia are old.", {"RUS"}, {"SRB"}),
    ],
)
def test_clauses_bare_conjoined_noun_shares_the_lists_phrases(
    code: Code, text: str, source: set[str], target: set[str]
) -> None:
    """ "the friendship and cooperation between X and Y": the second noun has the list's owner and phrases."""
    events = code(text)
    assert any(e.event == "COOPERATE" and parties(e) == (source, target) for e in events), events
