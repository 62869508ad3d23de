"""Who did what to whom: addressees of demands, accusations by charge, reciprocal events and the implied
target of a protest at home.

Each rule is checked on several sentences written for these tests (true events, in the wire-service
style), through the real pipeline (spaCy parse, actor resolver, event coder).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.events.lexicon import default_lexicon
from realpolitik.events.roles import Roles
from realpolitik.events.tree import Mentions
from realpolitik.nlp import process

from .helpers import Code, first, no_event, of_type, parties


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Washington told Tehran to stop enriching uranium.", "USA", "IRN"),
        ("The United Nations told Israel to allow more aid into Gaza.", "IGO-UN", "ISR"),
        ("The African Union told the Sudanese military to hand power to civilians in 2019.", "IGO-AU", "SDN"),
    ],
)
def test_roles_telling_an_addressee_to_act_is_a_demand_on_it(
    code: Code, text: str, source: str, target: str
) -> None:
    event = first(code(text))
    assert event.event == "REQUEST"
    src, tgt = parties(event)
    assert src == {source} and {t[:3] for t in tgt} == {target[:3]}


def test_roles_telling_reporters_something_is_no_demand(code: Code) -> None:
    no_event(code, "The Greek finance minister told reporters that the talks had gone well.", "REQUEST")


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        ("Ukraine charged Russian soldiers with war crimes.", "1124", "UKR", "RUS"),
        (
            "Prosecutors in Kyiv charged a Russian tank commander with war crimes in 2022.",
            "1124",
            "UKR",
            "RUS",
        ),
        ("Russia charged an American reporter with espionage in 2023.", "1125", "RUS", "USA"),
        ("Egypt charged three Al Jazeera journalists with aiding a banned group.", "1121", "EGY", "QAT"),
    ],
)
def test_roles_charging_with_a_crime_is_an_accusation_not_an_arrest(
    code: Code, text: str, cameo: str, source: str, target: str
) -> None:
    event = first(code(text))
    assert (event.event, event.cameo) == ("ACCUSE", cameo)
    assert parties(event) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "parties_"),
    [
        ("Indian and Chinese soldiers clashed in the Galwan Valley in June 2020.", {"IND", "CHN"}),
        ("Armenia and Azerbaijan traded accusations over the shelling of border villages.", {"ARM", "AZE"}),
        ("Indian and Pakistani troops exchanged fire across the Line of Control in 2019.", {"IND", "PAK"}),
        ("Russia and Ukraine accused each other of shelling the Zaporizhzhia nuclear plant.", {"RUS", "UKR"}),
        ("Ethiopia and Eritrea fought a border war from 1998 to 2000.", {"ETH", "ERI"}),
    ],
)
def test_roles_parties_acting_on_each_other_make_a_reciprocal_event(
    code: Code, text: str, parties_: set[str]
) -> None:
    event = first(code(text))
    assert event.reciprocal
    src, tgt = parties(event)
    assert src == parties_ and not tgt


def test_roles_parties_acting_together_on_someone_unnamed_are_not_reciprocal(code: Code) -> None:
    event = first(code("Egypt and Saudi Arabia condemned the attack on the embassy."))
    assert parties(event)[0] == {"EGY", "SAU"}
    assert not event.reciprocal


def test_roles_the_urge_to_act_is_no_appeal(code: Code) -> None:
    for text in (
        "Britain resisted the urge to retaliate against Russia.",
        "Japan felt no urge to join the talks with China.",
    ):
        assert all(e.event != "REQUEST" for e in code(text)), text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of Chileans marched in Santiago in October 2019.", "CHL"),
        ("French workers staged a nationwide strike against the pension reform in 2023.", "FRA"),
        ("Iranian women protested across the country after the death of Mahsa Amini in 2022.", "IRN"),
        ("Georgian protesters rallied outside the parliament in Tbilisi in 2024.", "GEO"),
    ],
)
def test_roles_a_protest_at_home_naming_no_one_is_aimed_at_the_own_government(
    code: Code, text: str, country: str
) -> None:
    event = first(code(text))
    assert event.event == "PROTEST"
    assert parties(event) == ({country}, {country})
    assert event.target[0].sector == "GOV"


def test_roles_a_protest_naming_its_target_keeps_it(code: Code) -> None:
    event = first(code("Thousands of Serbs protested against the NATO bombing campaign in 1999."))
    assert event.event == "PROTEST"
    assert parties(event)[1] == {"IGO-NATO"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Belarusian security forces detained thousands of demonstrators after the disputed election in 2020.",
            "BLR",
        ),
        ("The Iranian government released several political prisoners on the eve of the new year.", "IRN"),
        ("The Chinese authorities jailed several dissidents after the Tiananmen protests in 1989.", "CHN"),
        (
            "The Cuban government arrested hundreds of protesters after the demonstrations of July 2021.",
            "CUB",
        ),
    ],
)
def test_roles_a_deed_on_own_people_named_without_nationality_targets_the_own_country(
    code: Code, text: str, country: str
) -> None:
    event = first(code(text))
    assert parties(event) == ({country}, {country})
    assert event.target[0].sector == "CVL"


def test_roles_people_of_a_named_nation_keep_their_country(code: Code) -> None:
    event = first(code("Israeli forces detained Palestinian protesters in Hebron."))
    assert parties(event) == ({"ISR"}, {"PSE"})
    # civilians are not assumed to be the doer's own people: soldiers kill foreign civilians too
    assert not first(code("Russian soldiers killed civilians during the occupation.")).target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kazakhstan refused to recognise the annexation of Ukrainian regions by Russia.", "KAZ", "RUS"),
        ("Ukraine condemned the annexation of Crimea by Russia in 2014.", "UKR", "RUS"),
        ("Poland criticised the expulsion of its diplomats by Belarus.", "POL", "BLR"),
        ("Germany welcomed the release of a German journalist by Iran.", "DEU", "IRN"),
    ],
)
def test_roles_the_doer_of_an_object_noun_is_the_target(
    code: Code, text: str, source: str, target: str
) -> None:
    assert parties(first(code(text))) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Georgian opposition parties demanded new elections in 2024.", "GEO"),
        ("Venezuela's opposition rejected the results of the 2024 presidential election.", "VEN"),
        ("Thai protesters demanded the resignation of the prime minister in 2020.", "THA"),
        ("Kenyan opposition leader Raila Odinga threatened to boycott the election.", "KEN"),
    ],
)
def test_roles_contention_of_a_country_s_groups_naming_no_one_targets_the_own_government(
    code: Code, text: str, country: str
) -> None:
    event = first(code(text))
    assert parties(event) == ({country}, {country})
    assert event.target[0].sector == "GOV"


def test_roles_a_state_s_untargeted_demand_gets_no_implied_target(code: Code) -> None:
    event = first(code("Russia demanded security guarantees in December 2021."))
    assert event.event == "REQUEST"
    assert parties(event) == ({"RUS"}, set())


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of people marched in Hong Kong against the extradition bill in 2019.", "HKG"),
        ("Hundreds of thousands of people rallied in Tbilisi against the foreign agents law in 2024.", "GEO"),
        ("Tens of thousands of people demonstrated in Paris against the pension reform in 2023.", "FRA"),
    ],
)
def test_roles_a_crowd_protesting_in_a_place_is_its_people(code: Code, text: str, country: str) -> None:
    event = first(code(text))
    assert event.event == "PROTEST"
    assert parties(event) == ({country}, {country})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran allowed United Nations inspectors to visit its nuclear sites.", "IRN", "IGO-UN"),
        ("Egypt allowed Palestinian patients to cross into its territory.", "EGY", "PSE"),
        ("Turkey permitted Russian warships to pass through the Bosphorus before 2022.", "TUR", "RUS"),
        ("The United States helped Ukraine to repair its power grid.", "USA", "UKR"),
    ],
)
def test_roles_the_one_allowed_or_helped_to_act_is_the_target(
    code: Code, text: str, source: str, target: str
) -> None:
    assert parties(first(code(text))) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Indian troops clashed with Chinese soldiers in the Galwan Valley in 2020.", "IND", "CHN"),
        ("Israel exchanged fire with Hezbollah across the Lebanese border in 2023.", "ISR", "LBN"),
    ],
)
def test_roles_a_mutual_deed_with_a_counterpart_is_reciprocal(
    code: Code, text: str, source: str, target: str
) -> None:
    event = first(code(text))
    assert parties(event) == ({source}, {target})
    assert event.reciprocal


def test_roles_a_one_sided_attack_is_not_reciprocal(code: Code) -> None:
    event = first(code("Russia fired missiles at Ukraine."))
    assert parties(event) == ({"RUS"}, {"UKR"})
    assert not event.reciprocal


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iranians demonstrated against the killing of Qassem Soleimani by the United States.", "IRN", "USA"),
        (
            "Thousands of Palestinians protested against the demolition of homes by Israeli forces.",
            "PSE",
            "ISR",
        ),
        (
            "South Korean fishermen protested against the release of treated water by Japan in 2023.",
            "KOR",
            "JPN",
        ),
    ],
)
def test_roles_a_protest_against_a_deed_targets_its_doer(
    code: Code, text: str, source: str, target: str
) -> None:
    event = first(code(text))
    assert event.event == "PROTEST"
    assert parties(event) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Opposition supporters in Dhaka clashed with police during a rally in 2023.", "BGD"),
        ("Serbian students clashed with riot police in Belgrade in 2024.", "SRB"),
        ("Georgian protesters clashed with police outside the parliament in 2024.", "GEO"),
    ],
)
def test_roles_a_country_s_people_clashing_with_unnamed_police_face_their_own(
    code: Code, text: str, country: str
) -> None:
    event = first(code(text))
    assert parties(event) == ({country}, {country})


def test_roles_unnamed_police_are_no_home_police_of_soldiers(code: Code) -> None:
    assert not first(code("Russian troops clashed with police in the town.")).target


def test_roles_a_first_person_doer_in_a_transcript_turn_is_the_speaker(code: Code) -> None:
    text = (
        "Emmanuel Macron: We held long talks with Russia on European security.\n\n"
        "Vladimir Putin: We discussed the situation in Ukraine with France.\n\n"
        "Emmanuel Macron: Our talks with President Putin lasted more than five hours.\n\n"
        "Vladimir Putin: Our talks with President Macron were held in Moscow.\n"
    )
    events = code(text)
    assert [(e.event, *parties(e)) for e in events] == [
        ("CONSULT", {"FRA"}, {"RUS"}),
        ("CONSULT", {"RUS"}, {"FRA"}),
        ("CONSULT", {"FRA"}, {"RUS"}),
        ("CONSULT", {"RUS"}, {"FRA"}),
    ]


def test_roles_first_person_words_make_no_event_of_their_own(code: Code) -> None:
    text = "Emmanuel Macron: What should we think about this?\n\nVladimir Putin: I have a simple answer.\n"
    assert code(text) == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Armenia stopped short of leaving the Russian-led alliance.", "ARM", "RUS"),
        ("The United States stopped short of imposing sanctions on China.", "USA", "CHN"),
        ("Britain fell short of recognising Palestine as a state in 2023.", "GBR", "PSE"),
    ],
)
def test_roles_the_subject_reaches_a_deed_through_short_of(
    code: Code, text: str, source: str, target: str
) -> None:
    event = first(code(text))
    assert parties(event) == ({source}, {target})
    assert event.modality == "negated"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel threatened to resume bombing Gaza.", "ISR", "PSE"),
        ("The Russian army prepared to resume shelling Ukrainian towns.", "RUS", "UKR"),
        ("North Korea plans to resume testing missiles over Japan.", "PRK", "JPN"),
    ],
)
def test_roles_a_frame_finds_its_target_through_an_aspect_verb(
    code: Code, text: str, source: str, target: str
) -> None:
    assert parties(first(code(text))) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Iran's threat to close the Strait of Hormuz alarmed Gulf states.", "THREATEN", "IRN", None),
        ("North Korea's threat to attack South Korea raised tensions in 2013.", "THREATEN", "PRK", "KOR"),
        ("Turkey's refusal to approve Finland's bid delayed its membership of NATO.", "REJECT", "TUR", "FIN"),
    ],
)
def test_roles_a_frame_noun_with_its_clause_codes_the_frame(
    code: Code, text: str, kind: str, source: str, target: str | None
) -> None:
    event = first(code(text))
    assert event.event == kind and event.modality == "asserted"
    assert parties(event) == ({source}, {target} if target else set())


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("American pressure prompted Israel to sign a ceasefire with Hezbollah.", "SUPPORT", "ISR", "LBN"),
        ("Washington pushed Kyiv to negotiate with Moscow.", "CONSULT", "UKR", "RUS"),
        ("The 2008 war led Russia to recognise Abkhazia.", "SUPPORT", "RUS", "XAB"),
        ("France persuaded Germany to send tanks to Ukraine.", "AID", "DEU", "UKR"),
    ],
)
def test_roles_object_of_a_causing_verb_does_its_open_clause(
    code: Code, text: str, kind: str, source: str, target: str
) -> None:
    event = first(code(text))
    assert event.event == kind
    assert parties(event) == ({source}, {target})


def test_roles_promising_someone_is_no_object_control(code: Code) -> None:
    event = first(code("Germany promised Ukraine to deliver air defence systems."))
    assert parties(event) == ({"DEU"}, {"UKR"})


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Mutual expulsions of diplomats between Russia and Poland followed in 2022.", {"RUS", "POL"}),
        (
            "In 2018 Britain and Russia carried out mutual expulsions of diplomats after the Salisbury poisoning.",
            {"GBR", "RUS"},
        ),
    ],
)
def test_roles_mutual_event_noun_is_reciprocal(code: Code, text: str, sources: set[str]) -> None:
    event = first(code(text))
    assert event.reciprocal is True
    assert parties(event) == (sources, set())


@pytest.mark.parametrize(
    "text",
    [
        "Baku wants a land corridor between Azerbaijan and its Nakhichevan exclave.",
        "The Kremlin tried to protect its interests in the countries around Russia.",
        "In 2022 Russian troops withdrew from the Kyiv region to Belarus and Russia.",
    ],
)
def test_roles_own_country_in_a_phrase_is_no_target_of_its_government(code: Code, text: str) -> None:
    # a country and its government are one actor when the country is named in a phrase of the deed
    for event in code(text):
        source, target = parties(event)
        assert not source & target, event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("President Bouteflika threatened to impose a curfew in Algiers.", "DZA"),
        ("Kostunica promised to democratize Serbia.", "SRB"),
    ],
)
def test_roles_own_country_acted_on_stays_a_domestic_target(code: Code, text: str, country: str) -> None:
    assert parties(first(code(text))) == ({country}, {country})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Azerbaijan's blockade of the Lachin corridor began in December 2022.", "AZE", set()),
        ("Russia's blockade of Ukrainian ports began in February 2022.", "RUS", {"UKR"}),
    ],
)
def test_roles_own_ground_is_no_target_even_of_a_coercion(
    code: Code, text: str, source: str, target: set[str]
) -> None:
    coercions = of_type(code(text), "COERCE")
    assert coercions and parties(coercions[0]) == ({source}, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey's incursions into northern Syria angered the Kurds.", "TUR", "SYR"),
        ("Russia's offensive in eastern Ukraine stalled in 2023.", "RUS", "UKR"),
        ("Saudi air strikes in Yemen killed thousands of civilians.", "SAU", "YEM"),
    ],
)
def test_roles_deed_of_force_in_a_country_named_as_a_place_targets_it(
    code: Code, text: str, source: str, target: str
) -> None:
    assaults = of_type(code(text), "ASSAULT")
    assert assaults and parties(assaults[0]) == ({source}, {target})


def test_roles_show_of_force_in_a_place_keeps_it_a_place(code: Code) -> None:
    # a posture is not done to the country it is shown in: only deeds of force (place_target_types)
    event = first(code("Turkish forces held an exercise in Northern Cyprus."))
    assert event.event == "MOBILIZE" and parties(event)[1] == set()


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian peacekeepers were sent to Kazakhstan in January 2022.", "RUS", {"KAZ"}),
        ("Indian peacekeepers were deployed to Sri Lanka in 1987.", "IND", {"LKA"}),
        ("Russian peacekeepers were deployed in Karabakh in 2020.", "RUS", set()),
    ],
)
def test_roles_peacekeepers_sent_in_the_passive_are_their_states_deed(
    code: Code, text: str, source: str, target: set[str]
) -> None:
    event = first(code(text))
    assert event.cameo == "074"
    assert parties(event) == ({source}, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The ceasefire brokered by Russia that ended the war in 2020 was signed by Armenia and Azerbaijan.",
            "RUS",
            {"ARM", "AZE"},
        ),
        (
            "The 2020 statement, brokered by Moscow, ended the war between Armenia and Azerbaijan.",
            "RUS",
            {"ARM", "AZE"},
        ),
    ],
)
def test_roles_mediator_acts_between_the_parties_of_what_it_brokered(
    code_background: Code, text: str, source: str, target: set[str]
) -> None:
    mediations = [e for e in code_background(text) if e.cameo == "045"]
    assert mediations and parties(mediations[0]) == ({source}, target)


def test_roles_broker_is_no_party_of_the_signing(code: Code) -> None:
    text = "The ceasefire brokered by Russia that ended the war in 2020 was signed by Armenia and Azerbaijan."
    signings = of_type(code(text), "SUPPORT")
    assert signings and parties(signings[0]) == ({"ARM", "AZE"}, set())


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kyiv, which was shelled by Russian forces in 2022, did not fall.", "RUS", "UKR"),
        (
            "Hezbollah, which was weakened during Israel's offensive in 2024, accepted a ceasefire.",
            "ISR",
            "LBN",
        ),
        ("Armenian positions were shelled during Azerbaijan's offensive in September 2023.", "AZE", "ARM"),
        (
            "The Armenian army, which was defeated during Azerbaijan's offensive in 2020, withdrew from Karabakh.",
            "AZE",
            "ARM",
        ),
    ],
)
def test_roles_relative_or_passive_subject_suffers_the_deed(
    code_background: Code, text: str, source: str, target: str
) -> None:
    assaults = of_type(code_background(text), "ASSAULT")
    assert assaults and parties(assaults[0]) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Yerevan, which was defeated during Baku's 2020 campaign, turned to the West.", "AZE", "ARM"),
        ("Mariupol was besieged during Russia's invasion in 2022.", "RUS", "UKR"),
    ],
)
def test_roles_passive_deed_during_a_possessed_deed_is_its_owners(
    code: Code, text: str, source: str, target: str
) -> None:
    event = first(code(text))
    assert parties(event) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Fighting broke out between Armenia and Azerbaijan in September 2020.", {"ARM", "AZE"}),
        ("Heavy fighting erupted between Israel and Hezbollah in 2006.", {"ISR", "LBN"}),
    ],
)
def test_roles_parties_named_with_between_act_on_each_other(code: Code, text: str, sides: set[str]) -> None:
    event = first(code(text))
    assert event.event == "ASSAULT" and event.reciprocal is True
    assert parties(event) == (sides, set())


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kyiv said Russian troops had shelled its nuclear plant.", "RUS", "UKR"),
        ("Israel said Hezbollah had fired rockets at its northern towns in October 2023.", "LBN", "ISR"),
        ("Armenia said Azerbaijani forces had shelled its border villages in 2022.", "AZE", "ARM"),
    ],
)
def test_roles_its_in_a_reported_deed_is_the_reporters(
    code: Code, text: str, source: str, target: str
) -> None:
    assert parties(first(code(text))) == ({source}, {target})


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkish shelling hit positions inside Syria.", "TUR", "SYR"),
        ("Russian shelling hit apartments inside Kharkiv.", "RUS", "UKR"),
    ],
)
def test_roles_gerund_read_as_the_verb_keeps_its_nationality_as_doer(
    code: Code, text: str, source: str, target: str
) -> None:
    assert parties(first(code(text))) == ({source}, {target})


def test_roles_parties_between_whom_someone_mediates_stay_targets(code: Code) -> None:
    events = code("Erdogan presented himself as a mediator between Moscow and Kyiv in 2022.")
    assert all(not e.reciprocal for e in events)
    assert all(parties(e)[0] != {"RUS", "UKR"} for e in events)


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        ("Washington declared Russia a state sponsor of terrorism.", "declared", "RUS"),
        ("Lithuania declared Russia a terrorist state in 2022.", "declared", "RUS"),
        ("The European Parliament declared Russia a state sponsor of terrorism in 2022.", "declared", "RUS"),
        ("Trump declared China a currency manipulator in 2019.", "declared", "CHN"),
        ("The Baltic states named Russia a terrorist state in 2022.", "named", "RUS"),
        ("The United States designated the Houthis a terrorist organisation in 2021.", "designated", "YEM"),
    ],
)
def test_roles_object_complement_names_the_one_acted_on(
    nlp: Language, text: str, verb: str, target: str
) -> None:
    (doc,) = process(nlp, [(text, "2024-03-01")])
    ments = Mentions.build(doc, list(doc._.actors))
    tok = next(t for t in doc if t.text == verb)
    found = Roles(default_lexicon()).objects_of(tok, ments)
    assert {ments.mentions[i].code for i in found} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan criticised the sanctions in an interview with an American broadcaster.",
        "Macron criticised the decision in an interview with a British newspaper.",
        "Lavrov condemned the expulsions in an article for a Serbian newspaper.",
    ],
)
def test_roles_outlet_a_deed_is_said_in_is_no_target(code: Code, text: str) -> None:
    assert parties(first(code(text)))[1] == set()


def test_roles_target_named_beside_the_outlet_stays(code: Code) -> None:
    event = first(code("Erdogan criticised Israel in an interview with an American broadcaster."))
    assert parties(event) == ({"TUR"}, {"ISR"})


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "Analysts point to Russia's bases in Syria, its efforts to develop relations with Iran, "
            "and its military ties with Belarus.",
            "SUPPORT",
            "RUS",
        ),
        (
            "Observers note Turkey's purchase of Russian missiles, its incursions into Syria and its quarrels "
            "with Greece.",
            "ASSAULT",
            "TUR",
        ),
    ],
)
def test_roles_its_in_a_list_of_possessed_deeds_is_the_first_owner(
    code: Code, text: str, kind: str, source: str
) -> None:
    events = of_type(code(text), kind)
    assert events and parties(events[0])[0] == {source}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Baku insists on a corridor through Armenia linking Azerbaijan with Nakhichevan.", "AZE", "ARM"),
        ("Moscow insisted on a land corridor through Ukraine linking Russia with Crimea.", "RUS", "UKR"),
    ],
)
def test_roles_own_country_as_object_of_a_qualifying_participle_is_no_target(
    code: Code, text: str, source: str, target: str
) -> None:
    assert parties(first(code(text))) == ({source}, {target})
