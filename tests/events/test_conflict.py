"""Armed conflict and coercion: who fights whom in cross-border shelling, advances into territory, violated
borders and airspace, captured towns, casualty reports, drills near a border, fighting "between" two
parties, armed responses to provocations and a detention another party criticises (issue 9 for issue 10).

Each category is checked on several sentences written for these tests (true statements about real actors),
through the real pipeline (spaCy parse, actor resolver, event coder).
"""

from __future__ import annotations

import pytest

from realpolitik.records import Event

from .helpers import Code, parties

_CONFLICT = ("ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE", "SANCTION", "REJECT", "PROTEST")


def _pair(events: list[Event], source: str, target: str, types: tuple[str, ...] = _CONFLICT) -> Event | None:
    """The first event of one of `types` done by `source` to `target`."""
    for e in events:
        if e.event in types and parties(e) == ({source}, {target}) and e.modality == "asserted":
            return e
    return None


def _fight(events: list[Event], a: str, b: str) -> Event | None:
    """The first reciprocal fight between `a` and `b` (both sources, no target)."""
    for e in events:
        if e.event == "ASSAULT" and e.reciprocal and parties(e) == ({a, b}, set()):
            return e
    return None


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Azerbaijani shelling hit positions inside Armenia in September 2022.", "AZE", "ARM"),
        ("Russian missile strikes hit power plants inside Ukraine in October 2022.", "RUS", "UKR"),
        ("Israeli air strikes hit targets inside Syria throughout 2023.", "ISR", "SYR"),
        (
            "The war escalated in October 2022, with Russian missile strikes hitting power plants inside Ukraine.",
            "RUS",
            "UKR",
        ),
    ],
)
def test_conflict_strikes_inside_a_country_are_done_to_it(
    code: Code, text: str, source: str, target: str
) -> None:
    events = code(text)
    assert _pair(events, source, target, ("ASSAULT",)), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # coordinated deeds share the participle, coordinated objects the "inside X" hung on the last of them
        (
            "The war escalated in October 2022, with Russian missile strikes and drone attacks hitting power "
            "plants and heating plants inside Ukraine.",
            "RUS",
            "UKR",
        ),
        (
            "Tensions escalated in January 2024, with Iranian missile strikes and drone attacks hitting villages "
            "and a base inside Pakistan.",
            "IRN",
            "PAK",
        ),
        (
            "The crisis deepened in January 2024, with Pakistani air strikes and rocket attacks hitting hideouts "
            "and villages inside Iran.",
            "PAK",
            "IRN",
        ),
        (
            "The conflict widened in January 2024, with American and British air strikes hitting radar sites and "
            "depots inside Yemen.",
            "USA",
            "YEM",
        ),
    ],
)
def test_conflict_coordinated_strikes_inside_a_country_are_done_to_it(
    code: Code, text: str, source: str, target: str
) -> None:
    events = code(text)
    # (the target is what is checked here, whatever modality the "with" phrase is given)
    assert any(
        e.event == "ASSAULT" and source in parties(e)[0] and parties(e)[1] == {target} for e in events
    ), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iraqi forces advanced into Kuwaiti territory in August 1990.", "IRQ", "KWT"),
        ("Russian troops advanced into Ukrainian territory in February 2022.", "RUS", "UKR"),
        (
            "The Arab League condemned Baghdad in 1990 after Iraqi forces advanced into Kuwaiti territory.",
            "IRQ",
            "KWT",
        ),
    ],
)
def test_conflict_an_advance_into_a_country_is_done_to_it(
    code_background: Code, text: str, source: str, target: str
) -> None:
    events = code_background(text)
    assert _pair(events, source, target, ("ASSAULT", "COERCE")), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ukraine said Russian troops had violated its sovereign territory in 2014.", "RUS", "UKR"),
        ("Russian drones violated Polish airspace in September 2025.", "RUS", "POL"),
        ("Turkey said a Russian warplane had violated its airspace in November 2015.", "RUS", "TUR"),
        ("In 2021 Armenia accused Azerbaijani troops of violating Armenia's border.", "ARM", "AZE"),
    ],
)
def test_conflict_a_violated_border_or_airspace_names_its_owner_as_target(
    code: Code, text: str, source: str, target: str
) -> None:
    events = code(text)
    assert _pair(events, source, target), events


@pytest.mark.parametrize(
    ("text", "taker", "holder"),
    [
        ("Russian forces captured the town of Avdiivka in February 2024.", "RUS", None),
        ("Ukrainian forces retook the city of Kherson in November 2022.", "UKR", None),
        (
            "Azerbaijani forces captured the town of Shusha from Armenian forces in November 2020.",
            "AZE",
            "ARM",
        ),
        ("Ukrainian troops retook Kherson from Russian forces in November 2022.", "UKR", "RUS"),
    ],
)
def test_conflict_a_captured_town_targets_its_holder_never_the_taker(
    code: Code, text: str, taker: str, holder: str | None
) -> None:
    events = [e for e in code(text) if e.event in ("ASSAULT", "COERCE")]
    assert events, "no event"
    for e in events:
        sources, targets = parties(e)
        assert taker in sources and taker not in targets, e
        if holder is not None:
            assert holder in targets, e
        assert not any(t.startswith("X") for t in targets), e


@pytest.mark.parametrize(
    "text",
    [
        "Russia helped Syria retake Palmyra in 2016.",
        "Turkey helped Azerbaijan retake territory in Karabakh in 2020.",
    ],
)
def test_conflict_helping_retake_a_place_aids_the_taker_not_a_place_authority(code: Code, text: str) -> None:
    for e in code(text):
        sources, targets = parties(e)
        assert not any(t.startswith("X") for t in sources | targets), e
        assert not (sources & targets), e


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Armenia and Azerbaijan both reported soldiers killed in September 2022.", "ARM", "AZE"),
        (
            "Kyrgyzstan and Tajikistan reported dozens of people killed in border clashes in 2022.",
            "KGZ",
            "TJK",
        ),
        (
            "India and China both reported casualties after the Galwan Valley clash of June 2020.",
            "IND",
            "CHN",
        ),
    ],
)
def test_conflict_casualties_reported_by_both_sides_are_a_fight_between_them(
    code: Code, text: str, a: str, b: str
) -> None:
    events = code(text)
    assert _fight(events, a, b), events
    # the reporters did not attack someone unnamed
    assert not any(e.event == "ASSAULT" and not e.reciprocal and not e.target for e in events), events


def test_conflict_casualties_one_side_reports_are_done_to_it(code: Code) -> None:
    events = code("Ukraine reported dozens of soldiers killed in the Russian offensive near Avdiivka.")
    assert not any(e.event == "ASSAULT" and parties(e)[0] == {"UKR"} for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran held military drills near the border with Azerbaijan in October 2021.", "IRN", "AZE"),
        ("Russia held large military exercises near the border with Ukraine in 2021.", "RUS", "UKR"),
        (
            "Iran's Revolutionary Guards held drills near the Azerbaijani border in October 2022.",
            "IRN",
            "AZE",
        ),
    ],
)
def test_conflict_drills_near_a_border_are_aimed_at_its_other_side(
    code: Code, text: str, source: str, target: str
) -> None:
    events = code(text)
    assert _pair(events, source, target, ("MOBILIZE",)), events


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Fighting broke out between Kyrgyzstan and Tajikistan in September 2022.", "KGZ", "TJK"),
        (
            "Fighting broke out along the border between Kyrgyzstan and Tajikistan in April 2021.",
            "KGZ",
            "TJK",
        ),
        ("Clashes erupted on the frontier between India and China in June 2020.", "IND", "CHN"),
        (
            "Heavy fighting erupted along the line of contact between Armenian and Azerbaijani forces in 2016.",
            "ARM",
            "AZE",
        ),
    ],
)
def test_conflict_fighting_between_two_parties_is_reciprocal(code: Code, text: str, a: str, b: str) -> None:
    events = code(text)
    assert _fight(events, a, b), events


@pytest.mark.parametrize(
    ("text", "responder", "provoker"),
    [
        (
            "North Korea said in 2010 that its artillery had responded to provocations by South Korean forces.",
            "PRK",
            "KOR",
        ),
        (
            "China said in 2020 that its troops had responded to provocations by Indian soldiers.",
            "CHN",
            "IND",
        ),
    ],
)
def test_conflict_forces_responding_to_provocations_by_a_party_act_against_it(
    code: Code, text: str, responder: str, provoker: str
) -> None:
    events = code(text)
    assert _pair(events, responder, provoker), events


@pytest.mark.parametrize(
    ("text", "doer", "critic"),
    [
        (
            "Russia detained three Ukrainian navy vessels in November 2018, a move Kyiv condemned.",
            "RUS",
            "UKR",
        ),
        ("Iran seized a British tanker in July 2019, a move London condemned.", "IRN", "GBR"),
    ],
)
def test_conflict_a_move_another_party_criticised_is_its_criticism_of_the_doer(
    code_background: Code, text: str, doer: str, critic: str
) -> None:
    events = code_background(text)
    assert _pair(events, doer, critic, ("COERCE", "ASSAULT")), events
    assert _pair(events, critic, doer, ("ACCUSE",)), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Georgia asked the United States to help it in August 2008, when Russian forces advanced into "
            "Georgian territory.",
            "RUS",
            "GEO",
        ),
        (
            "Armenia said the alliance had failed to defend it in 2022, when Azerbaijani forces attacked "
            "Armenian territory.",
            "AZE",
            "ARM",
        ),
    ],
)
def test_conflict_a_deed_in_a_clause_of_its_own_inside_a_complement_is_kept(
    code_background: Code, text: str, source: str, target: str
) -> None:
    events = code_background(text)
    assert _pair(events, source, target, ("ASSAULT",)), events


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Heavy fighting broke out along the border in September 2022, the worst escalation between "
            "Kyrgyzstan and Tajikistan in years.",
            "KGZ",
            "TJK",
        ),
    ],
)
def test_conflict_an_outbreak_named_as_an_escalation_between_two_parties_is_their_fight(
    code: Code, text: str, a: str, b: str
) -> None:
    assert _fight(code(text), a, b)


@pytest.mark.parametrize(
    ("text", "doer", "expelled"),
    [
        ("The United States declared 35 Russian diplomats persona non grata in December 2016.", "USA", "RUS"),
        (
            "In April 2023 Azerbaijan declared four employees of Iran's embassy persona non grata.",
            "AZE",
            "IRN",
        ),
    ],
)
def test_conflict_declaring_diplomats_persona_non_grata_expels_their_country(
    code: Code, text: str, doer: str, expelled: str
) -> None:
    event = _pair(code(text), doer, expelled, ("SANCTION",))
    assert event is not None and event.cameo == "166", event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China has said that it could use force if Taiwan declared independence.", "CHN", "TWN"),
        (
            "Russia said in 2022 that it could strike Western convoys if NATO sent arms to Ukraine.",
            "RUS",
            "IGO-NATO",
        ),
    ],
)
def test_conflict_force_a_party_could_use_if_another_acts_is_a_threat_to_it(
    code: Code, text: str, source: str, target: str
) -> None:
    assert _pair(code(text), source, target, ("THREATEN",)), code(text)


def test_conflict_described_as_a_deed_by_a_party_is_aimed_at_that_party(code: Code) -> None:
    events = code("Ukraine described the referendum in Crimea as an annexation by Russia.")
    assert _pair(events, "UKR", "RUS", ("ACCUSE",)), events


def test_conflict_a_road_between_two_places_makes_no_fight_between_them(code: Code) -> None:
    events = code(
        "In December 2022 Azerbaijani protesters blocked the only road between Karabakh and Armenia."
    )
    assert not any(e.reciprocal and "ARM" in parties(e)[0] for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan recaptured much of Nagorno-Karabakh in 2020 with the help of Turkish drones.",
        "The second Nagorno-Karabakh war gave Turkey a chance to extend its influence in 2020.",
        "Azerbaijani forces shelled Stepanakert in October 2020.",
    ],
)
def test_conflict_a_region_named_as_a_place_is_never_its_breakaway_authority(nlp, text: str) -> None:
    from realpolitik.nlp import process

    (doc,) = process(nlp, [(text, "2021-06-01")])
    for e in doc._.events or []:
        sources, targets = parties(e)
        assert "XNK" not in sources | targets, e
        assert "TUR" not in targets, e  # a helper is no target


def test_conflict_the_region_authority_acting_keeps_its_code(nlp) -> None:
    from realpolitik.nlp import process

    (doc,) = process(nlp, [("Stepanakert rejected the proposal in 2021.", "2021-06-01")])
    assert any("XNK" in parties(e)[0] for e in doc._.events), doc._.events


def test_conflict_drills_in_the_doers_own_region_near_a_border_target_the_neighbour(code: Code) -> None:
    events = code(
        "Russian troops held exercises in the west of the country near the border with Ukraine in 2021."
    )
    assert _pair(events, "RUS", "UKR", ("MOBILIZE",)), events


@pytest.mark.parametrize(
    "text",
    [
        "The Lachin corridor, which links Karabakh with Armenia, was blocked in December 2022.",
        "The Baku-Tbilisi-Ceyhan pipeline connects Azerbaijan with Türkiye.",
    ],
)
def test_conflict_a_way_linking_two_places_does_nothing_to_them(code: Code, text: str) -> None:
    assert not any(e.event == "COOPERATE" for e in code(text)), code(text)


@pytest.mark.parametrize(
    ("text", "doer", "answerer"),
    [
        (
            "Azerbaijan's defence ministry said its forces had begun a counter-offensive in response to "
            "shelling by Armenian forces.",
            "ARM",
            "AZE",
        ),
        (
            "Pakistan struck targets inside Iran in January 2024 in retaliation for missile strikes by Iran.",
            "IRN",
            "PAK",
        ),
        (
            "Turkey shelled Syrian government positions in February 2020 in retaliation for an attack by "
            "Syrian forces.",
            "SYR",
            "TUR",
        ),
    ],
)
def test_conflict_an_armed_deed_answered_by_force_was_done_to_the_one_answering(
    code: Code, text: str, doer: str, answerer: str
) -> None:
    events = code(text)
    assert _pair(events, answerer, doer, ("ASSAULT",)), events  # the answer itself stays
    assert _pair(events, doer, answerer, ("ASSAULT",)), events  # and the deed it answers


@pytest.mark.parametrize(
    "text",
    [
        # a sanction answering an invasion says nothing of whom the invasion hit
        "Britain imposed sanctions on Russia in February 2022 in response to the invasion by Russia.",
        # an answer that hits a third party leaves the deed answered without a target
        "Israel struck targets in Syria in 2023 in response to rocket fire by Hezbollah.",
    ],
)
def test_conflict_a_deed_answered_otherwise_gets_no_target_from_the_answer(code: Code, text: str) -> None:
    events = code(text)
    answered = [e for e in events if e.trigger in ("invasion", "fire") and e.target]
    assert not answered, events


@pytest.mark.parametrize(
    ("text", "reactor", "doer"),
    [
        # (was test_conflict_a_reaction_to_a_deed_named_before_is_aimed_at_its_doer_or_speaker)
        # (conflict a reaction to what the sentence before names is aimed at its doer or speaker)
        ("Russia annexed Crimea in March 2014. Ukraine condemned the move.", "UKR", "RUS"),
        (
            "Turkey shot down a Russian warplane near the Syrian border in November 2015. Moscow condemned the act.",
            "RUS",
            "TUR",
        ),
        (
            "Washington accused Tehran in 2019 of attacking two tankers in the Gulf of Oman. Iran rejected the "
            "accusation.",
            "IRN",
            "USA",
        ),
        (
            "Russia held large military exercises near the Ukrainian border in early 2022. Kyiv criticised the "
            "drills.",
            "UKR",
            "RUS",
        ),
        # (conflict a reaction to a kind of deed or claim named further back is aimed at its doer)
        # a deed noun with a reading of its own finds the nearest deed of its type, past a visit
        (
            "China held large military drills around Taiwan in August 2022. The exercises followed a visit to "
            "Taipei by the speaker of the US House of Representatives. Taiwan condemned the drills.",
            "TWN",
            "CHN",
        ),
        # a noun of an utterance finds the nearest claim reported with its speaker
        (
            "Russia's defence ministry announced in January 2023 that its forces had taken the town of Soledar. "
            "The small salt-mining town lies near Bakhmut. Ukraine disputed the claim and said fighting there "
            "was continuing.",
            "UKR",
            "RUS",
        ),
        # (was test_conflict_a_reaction_to_words_reported_just_before_is_aimed_at_their_speaker)
        # the words reported just before code no deed of their own: "that explanation" is the speaker's
        (
            "Chinese officials said the balloon was a civilian weather airship. Washington rejected that "
            "explanation.",
            "USA",
            "CHN",
        ),
        (
            "Belarusian officials said the Ryanair jet had been diverted because of a bomb threat. The European "
            "Union rejected that explanation.",
            "IGO-EU",
            "BLR",
        ),
        (
            "Iranian officials first said the Ukrainian airliner had crashed because of an engine fire. Canada "
            "rejected that explanation.",
            "CAN",
            "IRN",
        ),
    ],
)
def test_conflict_a_reaction_to_a_deed_or_words_named_before_is_aimed_at_its_doer_or_speaker(
    code: Code, text: str, reactor: str, doer: str
) -> None:
    events = code(text)
    assert _pair(events, reactor, doer), events


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine condemned the move.",  # nothing named before
        # the sentence just before names no deed: the reaction is not linked further back
        "Russia annexed Crimea in March 2014. The peninsula had been part of Ukraine since 1954. "
        "Ukraine condemned the move.",
        # a noun with no determiner points back at nothing
        "Russia annexed Crimea in March 2014. Ukraine condemned annexations in general.",
    ],
)
def test_conflict_a_reaction_with_nothing_named_just_before_gets_no_target(code: Code, text: str) -> None:
    events = code(text)
    reactions = [e for e in events if e.trigger.startswith("condemned")]
    assert reactions and not any(e.target for e in reactions), events


def test_conflict_a_claim_named_further_back_must_be_reported_with_its_speaker(code: Code) -> None:
    # the annexation is no one's claim: "the claim" two sentences later points at nothing there
    events = code(
        "Russia annexed Crimea in March 2014. The peninsula had been part of Ukraine since 1954. "
        "Ukraine rejected the claim."
    )
    reactions = [e for e in events if e.trigger.startswith("rejected")]
    assert reactions and not any(e.target for e in reactions), events


def test_conflict_a_reaction_to_a_deed_the_reactor_shared_is_aimed_at_none_of_its_partners(
    code: Code,
) -> None:
    events = code(
        "Armenia and Azerbaijan reached an agreement in April 2024 on a first section of their border. "
        "The section runs between Armenia's Tavush province and Azerbaijan's Gazakh district. "
        "Azerbaijan welcomed the agreement."
    )
    praise = [e for e in events if e.trigger.startswith("welcomed")]
    assert praise and not any(e.target for e in praise), events


def test_conflict_such_criticism_points_at_the_nearest_words_reported_not_past_them(code: Code) -> None:
    # the commentator's words come between: "such criticism" is theirs, not Georgia's
    events = code(
        "Georgia condemned Russia's recognition of Abkhazia in August 2008. "
        "A commentator said Moscow had ignored its own promises. Russia rejected such criticism."
    )
    rejection = [e for e in events if e.trigger.startswith("rejected")]
    assert rejection and not any(e.target for e in rejection), events


@pytest.mark.parametrize(
    "text",
    [
        # the speaker is no party: the reaction gets no target
        "A commentator said the balloon was a civilian weather airship. Washington rejected that explanation.",
        # the speaker is the reactor itself
        "Iranian officials first said the Ukrainian airliner had crashed because of an engine fire. Tehran later "
        "rejected that explanation.",
    ],
)
def test_conflict_a_reaction_to_words_of_no_party_or_its_own_gets_no_target(code: Code, text: str) -> None:
    events = code(text)
    rejection = [e for e in events if e.trigger.startswith("rejected")]
    assert rejection and not any(e.target for e in rejection), events
