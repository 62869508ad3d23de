"""Tests of the actor resolver component on sentences the project wrote (real parse, real knowledge base)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


def find(mentions: list[ActorMention], text: str) -> ActorMention:
    for m in mentions:
        if m.text == text:
            return m
    raise AssertionError(f"no mention {text!r} in {[(m.text, m.code, m.sector) for m in mentions]}")


@pytest.mark.parametrize(
    ("sentence", "span", "code", "sector"),
    [
        # states, variants, demonyms
        ("Türkiye and Azerbaijan held joint exercises in 2021.", "Türkiye", "TUR", None),
        ("Turkiye sent aid to the region.", "Turkiye", "TUR", None),
        ("The Azeri side rejected the proposal.", "Azeri", "AZE", None),
        ("Azerbaijani officials welcomed the decision.", "Azerbaijani officials", "AZE", "GOV"),
        (
            "Russian peacekeepers deployed along the Lachin corridor in November 2020.",
            "Russian peacekeepers",
            "RUS",
            "MIL",
        ),
        (
            "Officials said the Turkish intelligence had tracked the convoy.",
            "Turkish intelligence",
            "TUR",
            "SPY",
        ),
        (
            "Armenian opposition parties demanded the resignation of the government.",
            "Armenian opposition parties",
            "ARM",
            "OPP",
        ),
        ("Iranian media reported the border crossing was closed.", "Iranian media", "IRN", "JRN"),
        ("Georgian police detained the protesters.", "Georgian police", "GEO", "COP"),
        ("Armenian refugees arrived in Goris in September 2023.", "Armenian refugees", "ARM", "REF"),
        ("The Azerbaijani parliament adopted the statement.", "Azerbaijani parliament", "AZE", "LEG"),
        # capitals and seats as metonyms
        ("Moscow warned against outside interference.", "Moscow", "RUS", "GOV"),
        ("The Kremlin declined to comment.", "Kremlin", "RUS", "GOV"),
        ("Ankara welcomed the agreement.", "Ankara", "TUR", "GOV"),
        ("Erevan protested the shelling.", "Erevan", "ARM", "GOV"),
        ("Tel Aviv denied the report.", "Tel Aviv", "ISR", "GOV"),
        ("The White House announced new sanctions.", "White House", "USA", "GOV"),
        ("Brussels offered to host the talks.", "Brussels", "IGO-EU", "GOV"),
        ("Kyiv thanked its partners.", "Kyiv", "UKR", "GOV"),
        ("Baku officials said the road would reopen.", "Baku officials", "AZE", "GOV"),
        # organisations and groups
        ("NATO expanded its presence in the Baltic states.", "NATO", "IGO-NATO", None),
        ("The OSCE Minsk Group co-chairs met in Geneva.", "OSCE Minsk Group co-chairs", "IGO-OSCE", None),
        ("The CSTO did not answer Armenia's request.", "CSTO", "IGO-CSTO", None),
        ("Hezbollah fired rockets at northern Israel.", "Hezbollah", "LBN", "REB"),
        ("The Houthis attacked a ship in the Red Sea.", "Houthis", "YEM", "REB"),
        ("The IRGC held drills near the border.", "IRGC", "IRN", "MIL"),
        ("Human Rights Watch documented the abuses.", "Human Rights Watch", "NGO-HRW", None),
        ("Daesh claimed the attack.", "Daesh", "IMG-ISIS", "REB"),
        # entities without an ISO code
        ("Abkhazia held elections in 2020.", "Abkhazia", "XAB", None),
        ("Tiraspol rejected the plan.", "Tiraspol", "XTR", "GOV"),
        ("Kosovo declared independence in 2008.", "Kosovo", "XKX", None),
    ],
)
def test_resolve_codes_and_sectors(
    actors: Resolve, sentence: str, span: str, code: str, sector: str | None
) -> None:
    m = find(actors(sentence), span)
    assert (m.code, m.sector) == (code, sector)


def test_resolve_title_state_and_person_are_one_mention(actors: Resolve) -> None:
    mentions = actors("Azerbaijan's President Ilham Aliyev met Vladimir Putin in Sochi.", "2021-06-01")
    m = find(mentions, "Azerbaijan's President Ilham Aliyev")
    assert (m.code, m.sector) == ("AZE", "GOV")
    assert not any(x.text == "Azerbaijan" for x in mentions)
    assert find(mentions, "Vladimir Putin").code == "RUS"


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code", "sector"),
    [
        ("Serzh Sargsyan spoke in Yerevan.", "2015-03-01", "Serzh Sargsyan", "ARM", "GOV"),
        ("Serzh Sargsyan spoke in Yerevan.", "2020-03-01", "Serzh Sargsyan", "ARM", "ELI"),
        ("Pashinyan addressed the rally.", "2016-05-01", "Pashinyan", "ARM", "OPP"),
        ("Pashinian addressed parliament.", "2022-05-01", "Pashinian", "ARM", "GOV"),
        ("Hakan Fidan met his counterpart.", "2019-01-10", "Hakan Fidan", "TUR", "SPY"),
        ("Hakan Fidan met his counterpart.", "2024-01-10", "Hakan Fidan", "TUR", "GOV"),
        (
            "The former Armenian President Robert Kocharyan criticised the talks.",
            "2020-10-01",
            "former Armenian President Robert Kocharyan",
            "ARM",
            "ELI",
        ),
        ("Erdogan called Aliyev on the phone.", "2020-09-28", "Erdogan", "TUR", "GOV"),
    ],
)
def test_resolve_people_by_date(
    actors: Resolve, sentence: str, date: str, span: str, code: str, sector: str | None
) -> None:
    m = find(actors(sentence, date), span)
    assert (m.code, m.sector) == (code, sector)


@pytest.mark.parametrize(
    ("date", "kb_id"),
    [("2001-05-01", "person-aliyev-heydar"), ("2015-05-01", "person-aliyev-ilham")],
)
def test_resolve_namesakes_by_date(actors: Resolve, date: str, kb_id: str) -> None:
    assert find(actors("Aliyev visited Nakhchivan.", date), "Aliyev").kb_id == kb_id


def test_resolve_militants_loyal_to_patron_are_not_the_patron(actors: Resolve) -> None:
    mentions = actors(
        "Syrian militants loyal to Turkey were sent to fight in Karabakh in 2020.", "2020-10-05"
    )
    militants = find(mentions, "Syrian militants")
    assert (militants.code, militants.sector) == ("SYR", "REB")
    patron = find(mentions, "Turkey")
    assert patron.why.startswith("patron") and patron.confidence < 0.5


def test_resolve_orientation_prefix_is_not_an_actor(actors: Resolve) -> None:
    mentions = actors("A pro-Russian party won seats in the local council.")
    assert not any(m.code == "RUS" for m in mentions)


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Armenia joined the talks. The country wants a peace treaty.", "The country", "ARM"),
        ("Iran closed the crossing and moved its troops to the border.", "its troops", "IRN"),
        ("Nikol Pashinyan arrived in Brussels with his government.", "his government", "ARM"),
    ],
)
def test_resolve_light_coreference(actors: Resolve, text: str, span: str, code: str) -> None:
    m = find(actors(text, "2023-05-01"), span)
    assert m.code == code
    assert m.why.startswith("coreference") and m.confidence < 1.0


@pytest.mark.parametrize("phrase", ["The two countries", "Both sides"])
def test_resolve_pair_coreference_gives_one_mention_per_actor(actors: Resolve, phrase: str) -> None:
    mentions = actors(
        f"Armenia and Azerbaijan met in Washington. {phrase} agreed to continue talks.", "2023-05-01"
    )
    assert sorted(m.code for m in mentions if m.text == phrase) == ["ARM", "AZE"]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The governor of Georgia spoke in Atlanta about the state budget.", "GEO"),
        ("Michael Jordan played for the Chicago Bulls.", "JOR"),
        ("Chad Smith played the drums at the concert.", "TCD"),
        ("We roasted a turkey for Thanksgiving.", "TUR"),
        ("The Russian language is taught in many schools.", "RUS"),
    ],
)
def test_resolve_ambiguous_names_do_not_poison_the_record(
    actors: Resolve, sentence: str, absent: str
) -> None:
    assert absent not in {m.code for m in actors(sentence)}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Georgia applied for EU membership in March 2022.", "GEO"),
        ("Jordan hosted a summit on Gaza.", "JOR"),
        ("Chad expelled the French ambassador.", "TCD"),
        ("Turkey opened the border gate.", "TUR"),
    ],
)
def test_resolve_ambiguous_names_kept_in_political_context(actors: Resolve, sentence: str, code: str) -> None:
    assert code in {m.code for m in actors(sentence)}


def test_resolve_mentions_sorted_with_offsets(actors: Resolve) -> None:
    text = "Russia, Iran and Türkiye met in Astana."
    mentions = actors(text)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The West imposed sanctions on Russia after the annexation of Crimea in 2014.", "The West"),
        ("Tensions between Iran and the West rose after 2018.", "the West"),
        ("Western powers armed the Libyan rebels in 2011.", "Western powers"),
        ("Iraq was invaded in 2003 by the United States and its Western allies.", "Western allies"),
    ],
)
def test_resolve_the_west_as_one_collective_party(actors: Resolve, sentence: str, span: str) -> None:
    # (CAMEO's regional code WST: named by collective phrases only)
    assert find(actors(sentence), span).code == "WST"


@pytest.mark.parametrize(
    ("sentence", "span", "code"),
    [
        # a leading article does not make "the West" longer than a name it overlaps
        ("The West Bank was occupied by Israel in 1967.", "West Bank", "PSE"),
        ("Israel built settlements in the West Bank.", "West Bank", "PSE"),
        (
            "The West German government recognised the Oder-Neisse line in 1970.",
            "West German government",
            "DEU",
        ),
    ],
)
def test_resolve_names_beginning_with_west_win_over_the_west(
    actors: Resolve, sentence: str, span: str, code: str
) -> None:
    assert find(actors(sentence), span).code == code


def test_resolve_western_adjective_alone_is_no_party(actors: Resolve) -> None:
    # ("Western Cambodia", "the West African states" are places and regions, not the West)
    codes = {
        m.code
        for m in actors("Vietnamese troops crossed into Western Cambodia near the West African embassy.")
    }
    assert "WST" not in codes
