"""Event readings by category, eleventh session (issue 9, readings): diplomatic sanctions named as nouns (recalls,
severed or downgraded ties), harassment of ships and aircraft, and strikes done with force rather than by workers.

Each category is checked on several sentences written for these tests (true statements about real actors),
through the real pipeline (spaCy parse, actor resolver, event coder), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # the recall or withdrawal of an ambassador or envoys, as a noun, reduces diplomatic relations (161)
        (
            "France announced the recall of its ambassadors to the United States and Australia in September 2021.",
            "SANCTION",
            "161",
            "FRA",
            "USA AUS",
        ),
        (
            "Turkey's recall of its ambassador from Israel followed the flotilla raid in 2010.",
            "SANCTION",
            "161",
            "TUR",
            "ISR",
        ),
        # ties severed, broken or downgraded, as a noun
        (
            "Algeria's severing of diplomatic ties with Morocco in August 2021 surprised few observers.",
            "SANCTION",
            "161",
            "DZA",
            "MAR",
        ),
        (
            "Saudi Arabia's severance of relations with Iran in January 2016 followed the storming of its embassy"
            " in Tehran.",
            "SANCTION",
            "161",
            "SAU",
            "IRN",
        ),
        ("Bolivia's rupture of relations with Israel came in October 2023.", "SANCTION", "161", "BOL", "ISR"),
        (
            "Turkey announced the downgrading of its diplomatic relations with Israel in September 2011.",
            "SANCTION",
            "161",
            "TUR",
            "ISR",
        ),
        (
            "Russia's downgrading of diplomatic ties with Estonia came in January 2023.",
            "SANCTION",
            "161",
            "RUS",
            "EST",
        ),
        (
            "The suspension of diplomatic relations with Iran by Canada came in September 2012.",
            "SANCTION",
            "161",
            "CAN",
            "IRN",
        ),
        # diplomatic relations suspended, frozen or downgraded as a verb: the diplomatic 161, not the general 160
        (
            "Canada suspended diplomatic relations with Iran in September 2012.",
            "SANCTION",
            "161",
            "CAN",
            "IRN",
        ),
        (
            "China downgraded diplomatic relations with Lithuania in November 2021.",
            "SANCTION",
            "161",
            "CHN",
            "LTU",
        ),
    ],
)
def test_readings_eleventh_diplomatic_sanctions_as_nouns(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a general suspension keeps the general 160; troops withdrawn stay a retreat
        (
            "Russia suspended its participation in the New START treaty in February 2023.",
            "SANCTION",
            "160",
            "RUS",
            None,
        ),
        (
            "The withdrawal of Russian troops from Kherson came in November 2022.",
            "RETREAT",
            "0872",
            "RUS",
            "UKR",
        ),
    ],
)
def test_readings_eleventh_other_suspensions_and_withdrawals_keep_theirs(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Toyota announced the recall of a million cars in 2023.",
        "Putin recalled his first meeting with Erdogan during the press conference.",
        "A swarm of bees buzzed the crowd at the rally.",
    ],
)
def test_readings_eleventh_recalled_memories_and_products_are_no_sanction(code: Code, text: str) -> None:
    no_event(code, text, "SANCTION", "COERCE")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # harassment or intimidation of ships, aircraft or people, verb or noun, is coercion (170), not a protest
        (
            "Chinese coast guard ships harassed Philippine supply boats near Second Thomas Shoal in 2023.",
            "COERCE",
            "170",
            "CHN",
            "PHL",
        ),
        (
            "Iranian fast boats harassed an American destroyer in the Strait of Hormuz in January 2017.",
            "COERCE",
            "170",
            "IRN",
            "USA",
        ),
        (
            "Russian fighter jets harassed an American drone over the Black Sea in March 2023.",
            "COERCE",
            "170",
            "RUS",
            "USA",
        ),
        (
            "Chinese warships intimidated Taiwanese fishing boats near Kinmen in 2024.",
            "COERCE",
            "170",
            "CHN",
            "TWN",
        ),
        (
            "Manila condemned China's harassment of Philippine vessels near Scarborough Shoal in 2024.",
            "COERCE",
            "170",
            "CHN",
            "PHL",
        ),
        (
            "The harassment of Philippine supply boats by Chinese coast guard vessels continued in 2023.",
            "COERCE",
            "170",
            "CHN",
            "PHL",
        ),
        # warships or aircraft buzzed by warplanes (close passes) are harassed
        (
            "Russian jets buzzed an American destroyer in the Baltic Sea in April 2016.",
            "COERCE",
            "170",
            "RUS",
            "USA",
        ),
        (
            "Russian warplanes buzzed a Dutch frigate in the Black Sea in June 2021.",
            "COERCE",
            "170",
            "RUS",
            "NLD",
        ),
    ],
)
def test_readings_eleventh_harassment_is_coercion(
    code_background: Code, text: str, plover: str, cameo: str, source: str, target: str
) -> None:
    some_event(code_background, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # strikes by jets, aircraft, drones or missiles, or named by a country, are done with force
        ("Strikes by Israeli jets hit targets near Damascus in 2023.", "ISR"),
        ("Strikes by Russian aircraft killed dozens of civilians in Idlib in 2019.", "RUS"),
        ("Strikes by American drones killed Qasem Soleimani in Baghdad in January 2020.", "USA"),
        ("Strikes by Israeli warplanes destroyed buildings in Gaza in May 2021.", "ISR"),
        ("The strikes by American bombers hit Houthi sites in Yemen in January 2024.", "USA"),
        ("Israeli strikes killed three Hezbollah commanders in southern Lebanon in 2024.", "ISR"),
        ("Israel's strikes killed three Hezbollah commanders in southern Lebanon in 2024.", "ISR"),
        ("Russian strikes damaged the Kakhovka dam area in 2022.", "RUS"),
    ],
)
def test_readings_eleventh_strikes_by_aircraft_or_a_country_are_force(
    code: Code, text: str, source: str
) -> None:
    some_event(code, text, "ASSAULT", None, source, None, absent=("PROTEST",))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # strikes by workers, unions or a sector, or against a policy, stay labour strikes (143)
        ("Strikes by French rail workers halted most trains in March 2023.", "FRA"),
        ("Strikes by British nurses disrupted hospitals in December 2022.", "GBR"),
        ("A strike by Argentine unions paralysed Buenos Aires in January 2024.", "ARG"),
        ("French strikes against the pension reform closed refineries in 2023.", "FRA"),
        ("Greece's general strike shut ports and schools in 2023.", "GRC"),
    ],
)
def test_readings_eleventh_strikes_by_workers_stay_labour_strikes(code: Code, text: str, source: str) -> None:
    some_event(code, text, "PROTEST", "143", source, None, absent=("ASSAULT",))


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a relative clause whose pronoun is its subject states its deed in the past as a main clause would, with or
        # without a target
        (
            "Iran, which threatened to close the Strait of Hormuz in 2018, holds naval drills every year.",
            "THREATEN",
            None,
            "IRN",
            None,
        ),
        (
            "China, which urged both sides to show restraint, sent an envoy to Kyiv and Moscow in 2023.",
            "REQUEST",
            None,
            "CHN",
            None,
        ),
        (
            "The Houthis, who attacked ships in the Red Sea in 2024, are backed by Iran.",
            "ASSAULT",
            None,
            "YEM",
            None,
        ),
        (
            "The Hague-based International Criminal Court, which issued an arrest warrant for Vladimir Putin in"
            " March 2023, held its annual assembly in New York in December 2023.",
            "COERCE",
            "173",
            "IGO-ICC",
            "RUS",
        ),
        (
            "Hungary, which had vetoed aid for Ukraine in December 2023, lifted its veto in February 2024.",
            "REJECT",
            None,
            "HUN",
            "UKR",
        ),
        (
            "Lavrov, who met Blinken in Geneva in January 2022, warned against NATO expansion.",
            "CONSULT",
            None,
            "RUS",
            "USA",
        ),
        # a warrant issued for a person is for his arrest (173), as an arrest warrant is
        (
            "The International Criminal Court issued a warrant for Omar al-Bashir in 2009.",
            "COERCE",
            "173",
            "IGO-ICC",
            "SDN",
        ),
        (
            "An Argentine judge issued warrants for several Iranian officials in 2006.",
            "COERCE",
            "173",
            "ARG",
            "IRN",
        ),
    ],
)
def test_readings_eleventh_relative_clauses_state_their_deeds(
    code_background: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None
) -> None:
    some_event(code_background, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "kept_out"),
    [
        # a relative clause of a deed only possible or hoped for states nothing done
        ("Iran, which might close the Strait of Hormuz one day, holds naval drills every year.", "THREATEN"),
        ("Turkey, which hopes to buy more F-16 jets, signed a deal with Britain in 2024.", "COOPERATE"),
    ],
)
def test_readings_eleventh_relative_clauses_of_deeds_not_done(code: Code, text: str, kept_out: str) -> None:
    events = code(text)
    assert all(e.event != kept_out or e.modality != "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # "X said Y must / should / has to V" is X's demand on Y, refined by the deed demanded
        ("Macron said Russia must withdraw its troops from Ukraine.", "REQUEST", "1056", "FRA", "RUS"),
        (
            "The European Union said Azerbaijan has to reopen the Lachin corridor.",
            "REQUEST",
            None,
            "IGO-EU",
            "AZE",
        ),
        # ... and so is a deed owed "according to X", or one "it is time" for Y to do
        (
            "According to Macron, Russia must withdraw its troops from Ukraine.",
            "REQUEST",
            "1056",
            "FRA",
            "RUS",
        ),
        (
            "According to the Kremlin, Kyiv should recognise the loss of Crimea.",
            "REQUEST",
            None,
            "RUS",
            "UKR",
        ),
        ("Zelensky said it was time for Germany to send Taurus missiles.", "REQUEST", "1032", "UKR", "DEU"),
        (
            "Pashinyan said it was time for Russia to return the prisoners of war.",
            "REQUEST",
            None,
            "ARM",
            "RUS",
        ),
        ("Borrell said it is time for Israel to allow aid into Gaza.", "REQUEST", None, "IGO-EU", "ISR"),
        # a deed demanded not to be done is a demand of no kind (100), not a demand for that deed
        ("Beijing said Washington should not sell weapons to Taiwan.", "REQUEST", "100", "CHN", "USA"),
        ("The United States said Iran must not acquire a nuclear weapon.", "REQUEST", "100", "USA", "IRN"),
        ("China demanded that the United States not sell weapons to Taiwan.", "REQUEST", "100", "CHN", "USA"),
    ],
)
def test_readings_eleventh_deeds_said_to_be_owed_are_demands(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    "text",
    [
        # "must have done", "should have done": a past deed inferred or regretted, neither demanded nor asserted
        "The Pentagon said Iran must have supplied the drones to Russia.",
        "Analysts said Russia must have planned the attack for months.",
    ],
)
def test_readings_eleventh_a_perfect_modal_is_no_demand(code: Code, text: str) -> None:
    events = code(text)
    assert all(e.event != "REQUEST" and e.modality != "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "plover", "source"),
    [
        # appeals each party of a pair makes, to no one named or to the other, are reciprocal requests
        ("Armenia and Azerbaijan both called for a peace treaty in 2024.", "REQUEST", "ARM AZE"),
        ("India and China both called for calm after the Galwan clash in June 2020.", "REQUEST", "IND CHN"),
        (
            "In October 2020 Armenia and Azerbaijan each urged the other to respect the humanitarian truce.",
            "REQUEST",
            "ARM AZE",
        ),
        (
            "Thailand and Cambodia each urged the other to stop the fighting in July 2025.",
            "REQUEST",
            "THA KHM",
        ),
        # (accusations made to each other already were)
        (
            "Russia and Ukraine accused each other of shelling the Zaporizhzhia nuclear plant.",
            "ACCUSE",
            "RUS UKR",
        ),
    ],
)
def test_readings_eleventh_appeals_of_both_sides_are_reciprocal(
    code: Code, text: str, plover: str, source: str
) -> None:
    events = code(text)
    assert any(
        e.event == plover
        and e.reciprocal
        and {a.code for a in e.source} == set(source.split())
        and not e.target
        for e in events
    ), events


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an appeal of both to a third party, a condemnation by both, or an appeal to the other members of a body
        # is aimed at them, not at each other
        (
            "Russia and China both urged the United States to return to the nuclear deal with Iran in 2021.",
            "USA",
        ),
        ("Both Egypt and Sudan called for a binding agreement on the Ethiopian dam in 2021.", "ETH"),
        ("France and Germany urged the other European Union members to support Ukraine.", "IGO-EU"),
        ("France and Germany both condemned the attack on the embassy.", None),
    ],
)
def test_readings_eleventh_appeals_of_both_to_others_stay_aimed(
    code: Code, text: str, target: str | None
) -> None:
    events = code(text)
    assert events and all(not e.reciprocal for e in events), events
    if target is not None:
        assert any({a.code for a in e.target} == {target} for e in events), events


@pytest.mark.parametrize(
    ("text", "critic", "doers"),
    [
        # a condemned deed done together, its doers in an "of" or a "by" phrase, is their joint deed as well as
        # the condemnation aimed at them
        (
            "North Korea condemned the joint drills of the United States and South Korea in August 2023.",
            "PRK",
            "USA KOR",
        ),
        (
            "China condemned the joint exercises of the United States and the Philippines in April 2024.",
            "CHN",
            "USA PHL",
        ),
        (
            "Iran criticised the joint exercises of Azerbaijan, Turkey and Pakistan in September 2021.",
            "IRN",
            "AZE TUR PAK",
        ),
        (
            "Russia condemned the joint naval drills of the United States and Ukraine in the Black Sea in 2021.",
            "RUS",
            "USA UKR",
        ),
        (
            "North Korea condemned joint drills by the United States and South Korea in 2024.",
            "PRK",
            "USA KOR",
        ),
    ],
)
def test_readings_eleventh_a_condemned_joint_deed_is_done_together(
    code_background: Code, text: str, critic: str, doers: str
) -> None:
    events = code_background(text)
    assert any(
        e.event == "ACCUSE"
        and {a.code for a in e.source} == {critic}
        and {a.code for a in e.target} == set(doers.split())
        for e in events
    ), events
    assert any(
        e.event == "COOPERATE" and e.reciprocal and {a.code for a in e.source} == set(doers.split())
        for e in events
    ), events


def test_readings_eleventh_drills_of_one_party_are_only_condemned(code: Code) -> None:
    events = code("North Korea condemned the drills of the United States in 2024.")
    assert [e.event for e in events] == ["ACCUSE"], events


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a party's own deed stated for the future is its promise (03x by the deed) or, when coercive, its threat
        # (13x): asserted when said, from the speaker to the one told (or to the deed's target)
        ("Erdogan told Putin that the grain corridor would be reopened.", "AGREE", None, "TUR", "RUS"),
        ("Blinken assured Zelensky that American aid would continue.", "AGREE", None, "USA", "UKR"),
        ("Macron told Zelensky that France would train Ukrainian pilots.", "AGREE", None, "FRA", "UKR"),
        ("Tokyo assured Manila that Japan would supply coast guard vessels.", "AGREE", None, "JPN", "PHL"),
        (
            "The United States said it would impose tariffs on Chinese steel.",
            "THREATEN",
            "1312",
            "USA",
            "CHN",
        ),
        ("India informed Canada that Canadian diplomats would be expelled.", "THREATEN", "136", "IND", "CAN"),
        ("Moscow signalled that Western diplomats would be expelled.", "THREATEN", "136", "RUS", None),
        ("The White House said sanctions on Venezuela would be eased.", "AGREE", "0354", "USA", "VEN"),
        (
            "The Kremlin said Moscow would expel more Western diplomats unless the sanctions were lifted.",
            "THREATEN",
            "136",
            "RUS",
            None,
        ),
        (
            "Turkey said it would block Sweden's membership until Stockholm cracked down on Kurdish groups.",
            "REJECT",
            None,
            "TUR",
            "SWE",
        ),
        (
            "Iran said it would retaliate with missiles against any Israeli strike.",
            "THREATEN",
            "1384",
            "IRN",
            "ISR",
        ),
        # a deed to come under an agreement named with it is promised
        (
            "Iran will release five American prisoners under a deal with the United States.",
            "AGREE",
            "0353",
            "IRN",
            "USA",
        ),
    ],
)
def test_readings_eleventh_a_stated_deed_to_come_is_a_promise_or_a_threat(
    code: Code, text: str, plover: str, cameo: str | None, source: str, target: str | None
) -> None:
    events = code(text)
    some_event(code, text, plover, cameo, source, target)
    assert any(e.event == plover and e.modality == "asserted" for e in events), events


def test_readings_eleventh_a_pair_promising_together_is_reciprocal(code: Code) -> None:
    events = code("Armenia and Azerbaijan said their countries would sign a peace treaty.")
    assert any(
        e.event == "AGREE"
        and e.reciprocal
        and e.modality == "asserted"
        and {a.code for a in e.source} == {"ARM", "AZE"}
        for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        # another party's deed to come is predicted, not promised: nothing asserted of the speaker's
        "France said Turkey would never join the European Union.",
        "Analysts said Russia would attack again in the spring.",
    ],
)
def test_readings_eleventh_a_predicted_deed_of_another_is_no_promise(code: Code, text: str) -> None:
    events = code(text)
    assert all(e.event not in ("AGREE", "THREATEN") or e.modality != "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        # an agreement, a deal, a pact, a truce or a compromise reached, struck, sealed, clinched, concluded or
        # hammered out is agreed (AGREE 03x by what is agreed) ...
        ("Armenia and Azerbaijan reached an agreement on the border in 2024.", "AGREE", "037", "ARM AZE"),
        ("Israel and Hamas struck a deal on hostages in November 2023.", "AGREE", "0353", "ISR PSE"),
        ("Russia and Ukraine clinched a grain deal in Istanbul in July 2022.", "AGREE", "0311", "RUS UKR"),
        # (concluding a formal instrument is signing it, as the dictionary reads "conclude" + &treaty: 057;
        # fifteenth session, talk)
        ("Iran and Saudi Arabia concluded an accord in Beijing in March 2023.", "SUPPORT", "057", "IRN SAU"),
        ("Turkey and Russia reached a compromise on Idlib in 2018.", "AGREE", "037", "TUR RUS"),
        (
            "Negotiators hammered out a truce between Israel and Hezbollah in November 2024.",
            "AGREE",
            None,
            "ISR LBN",
        ),
        # ... while one signed, inked or initialled is signed (SUPPORT 057)
        ("Armenia and Azerbaijan initialled a peace treaty in August 2025.", "SUPPORT", "057", "ARM AZE"),
        ("Russia and China signed a treaty of friendship in 2001.", "SUPPORT", "057", "RUS CHN"),
        ("Britain and France inked a defence agreement in 2010.", "SUPPORT", "057", "GBR FRA"),
    ],
)
def test_readings_eleventh_agreements_reached_and_signed(
    code: Code, text: str, plover: str, cameo: str | None, source: str
) -> None:
    some_event(code, text, plover, cameo, source, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # readings eleventh an agreement not reached is a rejection
        (
            "Israelis and Palestinians failed to reach an agreement on Jerusalem in 2000.",
            "REJECT",
            None,
            None,
            None,
        ),
        # readings eleventh a border opened keeps its reading
        # (Turkey opened the Margara crossing to aid for Armenia's earthquake relief in February 2023: 086, not talks)
        ("Turkey and Armenia opened their border to aid trucks in 2023.", "RETREAT", "086", None, None),
        # readings eleventh weight thrown behind a party endorses it
        (
            "Germany threw its weight behind Ukraine's bid to join the European Union.",
            "SUPPORT",
            "051",
            "DEU",
            "UKR",
        ),
    ],
)
def test_readings_eleventh_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # a party challenged, dared, ordered or told to do a deed is asked to do it (REQUEST 10x by the deed); the
        # deed is only demanded, neither an accusation nor done
        ("In March 2025 Trump challenged Iran to negotiate a new nuclear deal.", "106", "USA", "IRN"),
        ("Zelensky dared Putin to meet him in Kyiv.", "106", "UKR", "RUS"),
        (
            "The International Court of Justice ordered Israel to prevent acts of genocide in Gaza in January 2024.",
            None,
            "IGO-ICJ",
            "ISR",
        ),
        ("Washington told Israel to allow more aid into Gaza.", "1055", "USA", "ISR"),
    ],
)
def test_readings_eleventh_told_or_challenged_to_do_is_a_demand(
    code: Code, text: str, cameo: str | None, source: str, target: str
) -> None:
    events = code(text)
    some_event(code, text, "REQUEST", cameo, source, target)
    assert all(e.event in ("REQUEST",) for e in events), events


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        # a demand of a party whose name carries a relative clause of force: both the demand and the deed
        (
            "The Houthis, who attacked ships in the Red Sea, told the United States to stop its strikes on Yemen.",
            "ASSAULT",
        ),
        (
            "North Korea, which fired missiles over Japan in 2022, told Seoul to stop the border broadcasts.",
            "ASSAULT",
        ),
    ],
)
def test_readings_eleventh_a_demand_survives_a_relative_clause_of_force(
    code_background: Code, text: str, deed: str
) -> None:
    events = code_background(text)
    assert {e.event for e in events} >= {"REQUEST", deed}, events


@pytest.mark.parametrize(
    "text",
    [
        # an envoy summoned, alone or with the summoner's purpose, is an official complaint (114), not a demand
        "Britain summoned the Iranian envoy in January 2023.",
        "Britain summoned the Russian ambassador to explain the poisoning of Sergei Skripal in 2018.",
    ],
)
def test_readings_eleventh_a_summoned_ambassador_stays_a_protest(code: Code, text: str) -> None:
    some_event(code, text, "ACCUSE", "114", "GBR", None)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # demands, conditions or terms drawn up, issued, submitted, presented or listed are a demand, made exact by
        # the deed named in their "for" phrase (which is only demanded, never done)
        ("Russia drew up a list of demands for NATO in December 2021.", "100", "RUS", "IGO-NATO"),
        ("Moscow presented security demands to Washington in December 2021.", "100", "RUS", "USA"),
        (
            "Russia submitted demands for the withdrawal of NATO forces from eastern Europe.",
            "1056",
            "RUS",
            "IGO-NATO",
        ),
        ("Israel listed its terms for ending the war in Gaza.", "1056", "ISR", None),
        ("Hamas issued its conditions for a ceasefire in 2024.", "1056", "PSE", None),
    ],
)
def test_readings_eleventh_demands_drawn_up_are_demands(
    code: Code, text: str, cameo: str, source: str, target: str | None
) -> None:
    events = code(text)
    some_event(code, text, "REQUEST", cameo, source, target)
    assert all(e.event == "REQUEST" for e in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an ultimatum handed, given, delivered or presented to a party is given (THREATEN 139), also with the
        # deed it demands
        ("Trump gave Hamas an ultimatum to release the hostages.", "USA", "PSE"),
        ("NATO handed Serbia an ultimatum in 1999.", "IGO-NATO", "SRB"),
        ("Putin presented Ukraine with an ultimatum in June 2024.", "RUS", "UKR"),
        ("Washington issued Kabul an ultimatum in 2001.", "USA", "AFG"),
        ("Azerbaijan issued an ultimatum to the Karabakh authorities in September 2023.", "AZE", None),
    ],
)
def test_readings_eleventh_an_ultimatum_given_is_a_threat(
    code: Code, text: str, source: str, target: str | None
) -> None:
    some_event(code, text, "THREATEN", "139", source, target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # a deed of one's own raised, floated or held out as a prospect, or not ruled out, is threatened (13x by
        # the deed) or, if cooperative, intended (03x): asserted as said, the deed itself only possible
        ("China did not rule out the use of force against Taiwan.", "THREATEN", "1384", "CHN", "TWN"),
        (
            "In 2013 Obama raised the possibility of military strikes on Syria.",
            "THREATEN",
            "1384",
            "USA",
            "SYR",
        ),
        (
            "Erdogan warned of the possibility of a new offensive in northern Syria.",
            "THREATEN",
            "1384",
            "TUR",
            "SYR",
        ),
        (
            "The European Union raised the prospect of sanctions against Belarus.",
            "THREATEN",
            "1312",
            "IGO-EU",
            "BLR",
        ),
        ("Washington held out the prospect of tariffs on European cars.", "THREATEN", "1312", "USA", None),
        ("Moscow floated the idea of talks with Kyiv in 2022.", "AGREE", "036", "RUS", "UKR"),
    ],
)
def test_readings_eleventh_a_deed_raised_as_a_prospect_is_threatened(
    code: Code, text: str, plover: str, cameo: str, source: str, target: str | None
) -> None:
    events = code(text)
    some_event(code, text, plover, cameo, source, target)
    assert all(e.modality == "asserted" for e in events if e.event == plover), events
    assert not any(e.event in ("ASSAULT", "SANCTION") and e.modality == "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "kept_out"),
    [
        # another party's deed feared is no threat of the speaker's; a prospect ruled out is refused
        ("Zelensky warned of the possibility of a new Russian offensive in the spring.", "THREATEN"),
        ("Russia ruled out talks with Ukraine in 2022.", "THREATEN"),
    ],
)
def test_readings_eleventh_a_feared_or_refused_prospect_is_no_threat(
    code: Code, text: str, kept_out: str
) -> None:
    events = code(text)
    assert all(e.event != kept_out for e in events), events
    assert all(e.event != "ASSAULT" or e.modality != "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # a treaty, a bill, a motion or a deal defeated, thrown out or voted down is rejected (120), never fought
        ("The United States Senate defeated the Treaty of Versailles in 1919.", "120", "USA"),
        ("The British parliament threw out the Brexit deal in January 2019.", "120", "GBR"),
        # a project, a pipeline, a bid or a takeover blocked, halted or scrapped rejects economic cooperation (1211)
        ("Germany halted the Nord Stream 2 pipeline in February 2022.", "1211", "DEU"),
        ("Biden blocked the takeover of US Steel by Nippon Steel in January 2025.", "1211", "USA"),
        ("The United States blocked the Chinese takeover of Aixtron in 2016.", "1211", "USA"),
    ],
)
def test_readings_eleventh_measures_and_projects_rejected(
    code: Code, text: str, cameo: str, source: str
) -> None:
    some_event(code, text, "REJECT", cameo, source, None, absent=("ASSAULT",))


@pytest.mark.parametrize(
    "text",
    [
        # forces defeated in battle stay a use of force
        "The Soviet army defeated the German forces at Stalingrad in 1943.",
        "Azerbaijani forces defeated the Armenian army in 2020.",
    ],
)
def test_readings_eleventh_forces_defeated_stay_force(code: Code, text: str) -> None:
    some_event(code, text, "ASSAULT", None, None, None, absent=("REJECT",))


@pytest.mark.parametrize(
    ("text", "source", "target", "reciprocal"),
    [
        # talks, negotiations or a dialogue begun, opened, launched, resumed or entered into are negotiation (046),
        # reciprocal for a pair
        ("Israel and Lebanon opened talks on their maritime border in 2020.", "ISR LBN", None, True),
        (
            "Serbia and Kosovo launched a dialogue under European Union auspices in 2011.",
            "SRB XKX",
            None,
            True,
        ),
        ("Iran and the United States resumed indirect talks in Oman in 2025.", "IRN USA", None, True),
        ("The United States and the Taliban started talks in Doha in 2018.", "USA AFG", None, True),
        ("Britain entered into negotiations with the European Union in 2017.", "GBR", "IGO-EU", False),
    ],
)
def test_readings_eleventh_talks_begun_are_negotiation(
    code: Code, text: str, source: str, target: str | None, reciprocal: bool
) -> None:
    events = code(text)
    assert any(
        e.event == "CONSULT"
        and e.cameo == "046"
        and {a.code for a in e.source} == set(source.split())
        and (target is None or {a.code for a in e.target} == {target})
        and e.reciprocal == reciprocal
        for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        # results of sport carry no event between states
        "Argentina beat France on penalties in the World Cup final in December 2022.",
        "Spain defeated England in the final of the European Championship in July 2024.",
        "Germany lost to Japan in the group stage of the 2022 World Cup.",
        # nor do hazards of nature named as the doer
        "Typhoon Haiyan killed thousands of people in the Philippines in 2013.",
        "Cyclone Freddy hit Malawi and Mozambique in March 2023.",
        "A powerful earthquake struck Turkey and Syria in February 2023.",
    ],
)
def test_readings_eleventh_sport_and_nature_are_no_events(code: Code, text: str) -> None:
    assert code(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a defeat in a battle, or a final assault, stays a use of force
        "Azerbaijani forces defeated the Armenian army in the final battle for Shusha in November 2020.",
        "Russia beat Ukrainian forces back from Kursk in March 2025.",
    ],
)
def test_readings_eleventh_battles_are_no_sport(code: Code, text: str) -> None:
    some_event(code, text, "ASSAULT", None, None, None)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a leader or a state liked, trusted, admired or respected, or ties valued, is praised (051)
        ("Trump said he liked Putin.", "USA", "RUS"),
        ("Erdogan said he trusted Putin.", "TUR", "RUS"),
        ("Orban said he admired Trump.", "HUN", "USA"),
        ("Modi said India valued its friendship with Russia.", "IND", "RUS"),
    ],
)
def test_readings_eleventh_a_party_liked_or_trusted_is_praised(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "SUPPORT", "051", source, target)


def test_readings_eleventh_an_idea_liked_is_no_praise(code: Code) -> None:
    assert code("Washington said it liked the idea of a ceasefire.") == []


@pytest.mark.parametrize(
    ("text", "main", "subordinate"),
    [
        # the deed of a relative or adverbial clause stands beside the main clause's deed, never in its place
        (
            "Russia, which invaded Ukraine in February 2022, announced a partial mobilisation in September 2022.",
            "MOBILIZE",
            "ASSAULT",
        ),
        (
            "Israel, which struck Iranian air defences in October 2024, held large drills in 2025.",
            "MOBILIZE",
            "ASSAULT",
        ),
        (
            "When Turkey shot down a Russian jet in 2015, Moscow imposed sanctions on Ankara.",
            "SANCTION",
            "ASSAULT",
        ),
    ],
)
def test_readings_eleventh_a_subordinate_deed_never_displaces_the_main_one(
    code_background: Code, text: str, main: str, subordinate: str
) -> None:
    events = code_background(text)
    assert {main, subordinate} <= {e.event for e in events}, events


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # a response or consequences vowed or threatened are a threat, a forceful or nuclear one of force (138)
        (
            "China vowed a forceful response to the Taiwanese president's transit through the United States.",
            "138",
            "CHN",
            "TWN",
        ),
        ("North Korea threatened a nuclear response to the drills.", "138", "PRK", None),
        ("Iran promised a crushing response to any Israeli attack.", "138", "IRN", None),
        # a warning made with a condition was made: the condition holds the consequence open, not the warning
        ("Russia warned Finland of consequences if it joined NATO.", None, "RUS", "FIN"),
        ("Moscow warned Sweden of retaliation if it joined NATO.", None, "RUS", "SWE"),
    ],
)
def test_readings_eleventh_threats_vowed_or_made_with_a_condition(
    code: Code, text: str, cameo: str | None, source: str, target: str | None
) -> None:
    events = code(text)
    some_event(code, text, "THREATEN", cameo, source, target)
    assert any(e.event == "THREATEN" and e.modality == "asserted" for e in events), events


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        # what one party wants or expects another to do is its demand on it (10x by the deed)
        ("Baku wants Yerevan to change its constitution.", None, "AZE", "ARM"),
        ("Washington expects Israel to allow more aid into Gaza.", "1055", "USA", "ISR"),
        ("Turkey wants Sweden to extradite Kurdish activists.", None, "TUR", "SWE"),
    ],
)
def test_readings_eleventh_what_one_wants_another_to_do_is_demanded(
    code: Code, text: str, cameo: str | None, source: str, target: str
) -> None:
    some_event(code, text, "REQUEST", cameo, source, target)


def test_readings_eleventh_wanting_to_do_oneself_is_no_demand(code: Code) -> None:
    no_event(code, "Russia wants to join the talks.", "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        # landing or arriving somewhere for talks is a visit's talks, as travelling there is
        "Blinken landed in Beijing for talks in June 2023.",
        "Blinken arrived in Beijing for talks in June 2023.",
    ],
)
def test_readings_eleventh_landing_for_talks(code: Code, text: str) -> None:
    some_event(code, text, "CONSULT", None, "USA", "CHN")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a party put on notice is warned (130)
        ("The White House put Iran on notice in February 2017.", "USA", "IRN"),
        ("Washington put Beijing on notice over its support for Russia in 2023.", "USA", "CHN"),
    ],
)
def test_readings_eleventh_put_on_notice_is_a_warning(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "THREATEN", "130", source, target)


@pytest.mark.parametrize(
    ("text", "kept_out"),
    [
        # a deed one has a right to, or makes a bid for, is not done (hypothetical, intended)
        ("Turkey defended Azerbaijan's right to retake Karabakh.", "ASSAULT"),
        ("Germany threw its weight behind Ukraine's bid to join the European Union.", "SUPPORT"),
    ],
)
def test_readings_eleventh_a_right_or_a_bid_is_no_deed_done(code: Code, text: str, kept_out: str) -> None:
    events = code(text)
    assert not any(
        e.event == kept_out and e.modality == "asserted" and "UKR" not in {a.code for a in e.target}
        for e in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        # "X (did not) dare to V" names X's own deed, no demand (the demand needs a party addressed before the "to"
        # clause); the deed of its "when" clause still stands
        "Moscow did not dare to respond even when Turkey shot down a Russian jet in 2015.",
        "Europe did not dare to act when Russia annexed Crimea in 2014.",
    ],
)
def test_readings_eleventh_daring_to_do_oneself_is_no_demand(code: Code, text: str) -> None:
    events = code(text)
    assert events and all(e.event != "REQUEST" for e in events), events
