"""Several deeds in one sentence (issue 9, commentary register): every deed a sentence states is coded, each
with its own doer, target and modality, and no deed is invented.

Every sentence was written for these tests and states true events; each goes through the real pipeline
(spaCy parse, actor resolver, event coder).
"""

from __future__ import annotations

import pytest

from .helpers import Code, Deed, each_deed, has_deed, of_type, parties


@pytest.mark.parametrize(
    ("text", "deed", "reaction"),
    [
        (
            "Moscow condemned Kyiv's attacks on Belgorod.",
            ("ASSAULT", "UKR", "RUS"),
            ("ACCUSE", "RUS", "UKR"),
        ),
        (
            "Georgia protested Russia's recognition of Abkhazia.",
            ("SUPPORT", "RUS", "XAB"),
            ("ACCUSE", "GEO", "RUS"),  # (a state's protest is an official complaint, 114)
        ),
        (
            "The United States criticised Turkey's purchase of Russian missiles.",
            ("COOPERATE", "TUR", "RUS"),
            ("ACCUSE", "USA", "TUR"),
        ),
        (
            "Baku denounced France's arms deliveries to Armenia.",
            ("AID", "FRA", "ARM"),
            ("ACCUSE", "AZE", "FRA"),
        ),
    ],
)
def test_clauses_deed_noun_a_verb_reacts_to_is_its_own_event(
    code_background: Code, text: str, deed: Deed, reaction: Deed
) -> None:
    """ "Moscow condemned Kyiv's attacks": a deed noun with a doer of its own, as the object of a verb of
    countering or reacting in the main clause, is a deed of its own beside the reaction."""
    each_deed(code_background, text, deed, reaction)


def test_clauses_each_possessed_deed_of_an_object_list_is_an_event(code_background: Code) -> None:
    """ "criticised X's sales to A as well as Y's aid to B": each listed deed keeps its own doer."""
    each_deed(
        code_background,
        "Iran criticised Israel's arms sales to Baku as well as Turkey's military aid to Baku.",
        # (a sale of arms is military cooperation, 062, since the ninth session)
        ("COOPERATE", "ISR", "AZE"),
        ("AID", "TUR", "AZE"),
    )


@pytest.mark.parametrize(
    ("text", "deed", "main"),
    [
        (
            "Turkey's support for Azerbaijan angered Iran.",
            ("SUPPORT", "TUR", "AZE"),
            ("ACCUSE", "IRN", "TUR"),
        ),
        (
            "Russia's annexation of Crimea alarmed Poland.",
            ("COERCE", "RUS", "UKR"),
            ("ACCUSE", "POL", "RUS"),
        ),
        (
            "Israel's strikes on Syria worried Moscow.",
            ("ASSAULT", "ISR", "SYR"),
            ("ACCUSE", "RUS", "ISR"),
        ),
    ],
)
def test_clauses_deed_noun_subject_with_its_doer_is_its_own_event(
    code: Code, text: str, deed: Deed, main: Deed
) -> None:
    """ "Turkey's support for Azerbaijan angered Iran": the subject names a deed with its doer; it is an
    event beside the main verb's."""
    each_deed(code, text, deed, main)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # (arms sold are an exchange, military cooperation 062 since the ninth session: the deeds of one kind
        # here are arms sent or delivered)
        (
            "Russia, which sent arms to Armenia, also supplied Azerbaijan.",
            ("AID", "RUS", "ARM"),
            ("AID", "RUS", "AZE"),
        ),
        (
            "Turkey sent drones to Ukraine and delivered warships to Pakistan.",
            ("AID", "TUR", "UKR"),
            ("AID", "TUR", "PAK"),
        ),
        (
            "Iran armed Hezbollah and supplied drones to Russia.",
            ("AID", "IRN", "LBN"),
            ("AID", "IRN", "RUS"),
        ),
    ],
)
def test_component_one_doers_deeds_of_one_kind_to_different_parties_are_two_events(
    code_background: Code, text: str, first: Deed, second: Deed
) -> None:
    """ "sold arms to Armenia, also supplied Azerbaijan": deeds of one kind by one doer are two events when
    each is done to a different party."""
    each_deed(code_background, text, first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani troops killed one Armenian soldier and wounded two.",
        "Russia shelled Kharkiv and struck Kharkiv again at night.",
    ],
)
def test_component_one_doers_deeds_of_one_kind_to_one_party_stay_one_event(code: Code, text: str) -> None:
    """Deeds of one kind by one doer to the same party are one event (the wounding is the killing's)."""
    events = code(text)
    assert len(of_type(events, "ASSAULT")) == 1, events


@pytest.mark.parametrize(
    ("text", "alone", "main"),
    [
        (
            "Ankara condemned the strike and recalled its ambassador from Israel.",
            ("ACCUSE", "TUR", ""),
            ("SANCTION", "TUR", "ISR"),
        ),
        (
            "Iran condemned the killing and threatened Israel with retaliation.",
            ("ACCUSE", "IRN", ""),
            ("THREATEN", "IRN", "ISR"),
        ),
        (
            "Armenia rejected the charge and said Azerbaijan had shelled its villages.",
            ("REJECT", "ARM", ""),
            ("ASSAULT", "AZE", "ARM"),
        ),
    ],
)
def test_component_coordinated_past_deed_with_its_doer_alone_is_kept(
    code: Code, text: str, alone: Deed, main: Deed
) -> None:
    """ "X condemned the strike and recalled its ambassador": a deed stated in the past, its verb joined to
    another deed's, is kept with its doer alone when it names no target."""
    each_deed(code, text, alone, main)


@pytest.mark.parametrize(
    "text",
    [
        # a participle beside the main verb, with no target: a manner or a frame, not a second deed here
        "Armenia recalled its ambassador from Moscow, saying the talks had failed.",
        # a conjunct in the future is no deed stated as done
        "Iran recalled its ambassador from Baku and will review the ties.",
    ],
)
def test_component_deed_with_its_doer_alone_needs_a_past_conjunct(code: Code, text: str) -> None:
    """Only a conjunct stated in the past keeps a deed with no target: the sentence codes one event."""
    events = code(text)
    assert len(events) == 1, events


@pytest.mark.parametrize(
    ("text", "reaction"),
    [
        ("Israel's sale of drones to Azerbaijan drew criticism from Iran.", ("ACCUSE", "IRN", "ISR")),
        ("Russia's veto drew protests from France.", ("ACCUSE", "FRA", "RUS")),  # (a state's: 114)
        ("Azerbaijan's offensive prompted condemnation from France.", ("ACCUSE", "FRA", "AZE")),
        (
            "Turkey shot down a Russian jet in 2015, triggering sanctions from Moscow.",
            ("SANCTION", "RUS", "TUR"),
        ),
    ],
)
def test_triggers_reaction_drawn_from_a_party_is_done_by_that_party(
    code_background: Code, text: str, reaction: Deed
) -> None:
    """ "X's deed drew criticism from Y": the reaction is Y's, aimed at X (not X's criticism of Y)."""
    events = code_background(text)
    assert has_deed(events, *reaction), events
    kind, source, target = reaction
    assert not any(e.event == kind and parties(e) == ({target}, {source}) for e in events), events


@pytest.mark.parametrize(
    ("text", "deed", "drawn"),
    [
        ("Russia's veto drew protests from France.", ("REJECT", "RUS", ""), ("ACCUSE", "FRA", "RUS")),
        (
            "The invasion of Ukraine by Russia drew condemnation from the United Nations.",
            ("ASSAULT", "RUS", ""),
            ("ACCUSE", "IGO-UN", "RUS"),
        ),
    ],
)
def test_clauses_deed_subject_with_its_doer_alone_is_kept(
    code: Code, text: str, deed: Deed, drawn: Deed
) -> None:
    """A deed named with its doer as subject is an event of its own even when it names no target."""
    events = code(text)
    assert any(e.event == deed[0] and {a.code for a in e.source} == {deed[1]} for e in events), events
    assert has_deed(events, *drawn), events


@pytest.mark.parametrize(
    ("text", "participle", "main"),
    [
        (
            "Azerbaijan, backed by Turkey, launched an offensive against Armenian forces.",
            ("SUPPORT", "TUR", "AZE"),
            ("ASSAULT", "AZE", "ARM"),
        ),
        (
            "Supported by Iran, the Houthis attacked ships in the Red Sea.",
            ("SUPPORT", "IRN", "YEM"),
            ("ASSAULT", "YEM", ""),
        ),
    ],
)
def test_clauses_passive_participle_with_its_agent_is_its_own_event(
    code_background: Code, text: str, participle: Deed, main: Deed
) -> None:
    """ "X, backed by Y, launched ...", "Supported by Y, X attacked ...": the participle's agent does its deed
    to the one it qualifies (the main clause's subject), beside the main deed."""
    each_deed(code_background, text, participle, main)


def test_clauses_light_participle_with_an_agent_names_its_nouns_deed(code: Code) -> None:
    """ "the rally staged by students": a light participle is no deed apart; the rally is what the main verb
    acts on, and the purpose of the rally stays inside it."""
    events = code("Georgian police dispersed a rally staged by students in Tbilisi to protest the new law.")
    assert len(events) == 1, events


def test_component_passive_conjunct_gives_no_event_of_its_subject(code: Code) -> None:
    """ "felt abandoned by the West and pushed toward Russia": the subject of a passive conjunct suffers the
    deed; it is no doer of a deed kept alone."""
    events = code("Serbia felt abandoned by the West and pushed toward Russia.")
    assert not any(e.event == "SANCTION" and {a.code for a in e.source} == {"SRB"} for e in events), events


def test_component_deed_subject_of_a_verb_not_in_the_past_is_not_kept_alone(code: Code) -> None:
    """ "A Russian veto would draw protests from France": the veto is only supposed; the protests are coded,
    the veto is no event of its own."""
    events = code("A Russian veto would draw protests from France.")
    # (France's protests are a state's, an official complaint: ACCUSE 114)
    assert any(e.event == "ACCUSE" and parties(e) == ({"FRA"}, {"RUS"}) for e in events), events
    assert not any(e.trigger == "veto" for e in events), events


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Iran condemned the strike, citing Israel's attack on its embassy compound.",
            ("ASSAULT", "ISR", "IRN"),
        ),
        (
            "Armenia froze its CSTO role, citing Azerbaijan's incursions into its territory.",
            ("ASSAULT", "AZE", "ARM"),
        ),
    ],
)
def test_component_its_in_a_deed_a_party_cites_is_that_partys(
    code_background: Code, text: str, cited: Deed
) -> None:
    """ "Iran ..., citing Israel's attack on its embassy": "its" on what the cited deed hits is the citing
    party's (no one attacks its own embassy), so the citing party is the target."""
    assert has_deed(code_background(text), *cited)


@pytest.mark.parametrize(
    ("text", "deed", "main"),
    [
        (
            "After Azerbaijan's offensive in 2023, Armenia froze its participation in the CSTO.",
            ("ASSAULT", "AZE", ""),
            ("SANCTION", "ARM", "IGO-CSTO"),
        ),
        (
            "Despite Russia's warnings, Ukraine signed an association agreement with the European Union in 2014.",
            ("THREATEN", "RUS", ""),
            ("SUPPORT", "UKR", "IGO-EU"),
        ),
    ],
)
def test_clauses_deed_with_its_doer_in_an_adjunct_of_time_is_kept(
    code_background: Code, text: str, deed: Deed, main: Deed
) -> None:
    """ "After Azerbaijan's offensive, ...": a deed noun with its doer in an adjunct of time or concession is
    taken as given and kept beside the main deed, even with no target."""
    events = code_background(text)
    assert any(e.event == deed[0] and {a.code for a in e.source} == {deed[1]} for e in events), events
    assert any(e.event == main[0] and {a.code for a in e.source} == {main[1]} for e in events), events


@pytest.mark.parametrize(
    ("text", "alone", "main"),
    [
        (
            "The European Union sanctioned Russian banks, whereas Turkey refused to join the sanctions.",
            ("REJECT", "TUR", ""),
            ("SANCTION", "IGO-EU", "RUS"),
        ),
        (
            "Turkey backed Azerbaijan in 2020, while Iran condemned the fighting.",
            ("ACCUSE", "IRN", ""),
            ("SUPPORT", "TUR", "AZE"),
        ),
    ],
)
def test_component_deed_in_a_clause_of_contrast_is_kept_with_its_doer_alone(
    code: Code, text: str, alone: Deed, main: Deed
) -> None:
    """ "X did A, whereas Y did B": a deed stated in the past in a clause of contrast is kept with its doer
    alone, like a conjunct's."""
    events = code(text)
    assert any(e.event == alone[0] and {a.code for a in e.source} == {alone[1]} for e in events), events
    assert has_deed(events, *main), events


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        (
            "Russia brokered the ceasefire in 2020, but it did not stop Azerbaijan's offensive in 2023.",
            ("ASSAULT", "AZE"),
        ),
        # (with a target named it was kept before as well)
        (
            "Ukraine repelled Russia's assault on Kyiv in 2022 and pushed the invaders back.",
            ("ASSAULT", "RUS"),
        ),
    ],
)
def test_component_deed_of_force_countered_in_a_main_clause_is_kept(
    code: Code, text: str, deed: tuple
) -> None:
    """A deed of force with its own doer, stopped or repelled in a main clause, happened: it is an event
    even when it names no target."""
    events = code(text)
    assert any(e.event == deed[0] and {a.code for a in e.source} == {deed[1]} for e in events), events


@pytest.mark.parametrize(
    ("text", "absolute", "main"),
    [
        (
            "Russia invaded Ukraine in 2022, with Belarus allowing Russian troops to cross its territory.",
            ("COOPERATE", "BLR", "RUS"),  # (letting another's troops cross: military cooperation since s7)
            ("ASSAULT", "RUS", "UKR"),
        ),
        (
            "Iran launched drones at Israel in 2024, with Jordan shooting down Iranian drones over its territory.",
            ("ASSAULT", "JOR", "IRN"),
            ("ASSAULT", "IRN", "ISR"),
        ),
    ],
)
def test_clauses_clause_with_its_own_subject_after_with_is_its_own_event(
    code: Code, code_background: Code, text: str, absolute: Deed, main: Deed
) -> None:
    """ "..., with Belarus allowing Russian troops to cross": a clause with its own subject after a preposition
    states a deed of its own; since prec17 (twenty-seventh session) an absolute clause is the news's background in
    wire news, so the deed is kept with the setting `background_deeds` (the news is kept either way)."""
    each_deed(code_background, text, absolute, main)
    assert has_deed(code(text), *main)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "American aid to Kyiv, as well as British aid, grew in 2022.",
            ("AID", "USA", "UKR"),
            ("AID", "GBR", "UKR"),
        ),
        (
            "Israeli support for Azerbaijan in 2020, along with Turkish support, decided the war.",
            ("SUPPORT", "ISR", "AZE"),
            ("SUPPORT", "TUR", "AZE"),
        ),
    ],
)
def test_component_repeated_deed_noun_shares_the_first_ones_target(
    code: Code, text: str, first: Deed, second: Deed
) -> None:
    """ "American aid to Kyiv, as well as British aid": the deed noun repeated for a second doer, its phrases
    left out, is done to the first one's target."""
    each_deed(code, text, first, second)


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("Kyiv failed to stop Russia's strikes on its power grid in 2022.", ("ASSAULT", "RUS", "UKR")),
        (
            "Armenia could not halt Azerbaijan's attacks on its border villages in 2021.",
            ("ASSAULT", "AZE", "ARM"),
        ),
    ],
)
def test_component_its_read_as_the_doer_on_what_force_hits_is_the_other_party(
    code_background: Code, text: str, deed: Deed
) -> None:
    """ "Kyiv failed to stop Russia's strikes on its power grid": an "its" the resolver gives the doer, on
    what a deed of force hits, is the other party named before it (here the subject)."""
    assert has_deed(code_background(text), *deed)


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        # (a sale is an exchange: military cooperation, 062, since the ninth session)
        ("Moscow denounced Ankara's drone sales to Kyiv.", ("COOPERATE", "TUR", "UKR")),
        ("Iran criticised Israel's missile deliveries to Azerbaijan.", ("AID", "ISR", "AZE")),
        ("Washington's tank transfers to Kyiv began in 2023.", ("AID", "USA", "UKR")),
    ],
)
def test_lexicon_goods_noun_modified_by_a_weapon_is_military_aid(
    code_background: Code, text: str, deed: Deed
) -> None:
    """ "drone sales", "missile deliveries", "tank transfers": a noun of selling or sending modified by a
    weapon or aircraft (by class, not by word) is military aid."""
    assert has_deed(code_background(text), *deed)


@pytest.mark.parametrize(
    ("text", "helped", "deed"),
    [
        (
            "Turkey helped Azerbaijan to defeat Armenian forces in 2020.",
            ("AID", "TUR", "AZE"),
            ("ASSAULT", "AZE", "ARM"),
        ),
        (
            "Russia helped Syria recapture Aleppo in 2016.",
            ("AID", "RUS", "SYR"),
            ("ASSAULT", "SYR", ""),
        ),
    ],
)
def test_clauses_deed_a_party_was_helped_to_do_is_its_own_event(
    code: Code, text: str, helped: Deed, deed: Deed
) -> None:
    """ "Russia helped Syria recapture Aleppo": the help and the helped party's deed are two events."""
    events = code(text)
    assert has_deed(events, *helped), events
    assert any(
        e.event == deed[0] and {a.code for a in e.source} == {deed[1]} and e.modality == "asserted"
        for e in events
    ), events
