"""Names the resolver did not resolve (actors37, thirty-seventh session; issue 9): national legislatures and
chambers by their own names (`bodies.json`, sector LEG), international bodies by full names, British spellings,
agencies and missions (IGO), and historical states by their names of the time (`world_extra.tsv`). Sentences
written for these tests (true statements about real events), real parse, real knowledge base."""

from __future__ import annotations

import pytest

from realpolitik.actors.kb import apostrophe_variants, load_kb, spelling_variants

from .helpers import Resolve, assert_resolves, assert_stays_off


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code", "sector"),
    [
        (
            "The Sejm elected Tadeusz Mazowiecki prime minister in August 1989.",
            "1989-08-24",
            "Sejm",
            "POL",
            "LEG",
        ),
        ("The Storting declared the union with Sweden dissolved.", "1905-06-07", "Storting", "NOR", "LEG"),
        ("The Folketing approved the Maastricht Treaty in 1992.", "1992-05-12", "Folketing", "DNK", "LEG"),
        ("The Eduskunta approved NATO membership on 1 March 2023.", "2023-03-01", "Eduskunta", "FIN", "LEG"),
        ("The Supreme Soviet ratified the Belovezha accords.", "1991-12-12", "Supreme Soviet", "RUS", "LEG"),
        ("The Diet ratified the San Francisco peace treaty.", "1951-11-18", "Diet", "JPN", "LEG"),
        ("The Cortes approved the new constitution.", "1978-10-31", "Cortes", "ESP", "LEG"),
        ("The Lok Sabha passed the citizenship bill.", "2019-12-10", "Lok Sabha", "IND", "LEG"),
        ("The Dáil ratified the treaty with Britain.", "1922-01-07", "Dáil", "IRL", "LEG"),
        ("The Dail ratified the treaty with Britain.", "1922-01-07", "Dail", "IRL", "LEG"),
        (
            "The National People's Congress adopted the anti-secession law.",
            "2005-03-14",
            "National People's",
            "CHN",
            "LEG",
        ),
        ("The Tweede Kamer passed the motion on the Uyghurs.", "2021-02-25", "Tweede Kamer", "NLD", "LEG"),
        (
            "The Volkskammer voted for accession to the Federal Republic.",
            "1990-08-23",
            "Volkskammer",
            "DEU",
            "LEG",
        ),
        ("The Supreme People's Assembly met in Pyongyang.", "2023-09-26", "Supreme People's", "PRK", "LEG"),
        ("The Legislative Yuan passed the budget.", "2019-12-31", "Legislative Yuan", "TWN", "LEG"),
        ("The Seimas called the treatment of the Uyghurs a genocide.", "2021-05-20", "Seimas", "LTU", "LEG"),
        # international bodies: British spellings, full names, missions, allied bodies of the world wars
        (
            "The Organisation of American States suspended Honduras.",
            "2009-07-04",
            "Organisation of American",
            "IGO-OAS",
            None,
        ),
        (
            "The United States left the International Labour Organisation.",
            "1977-11-05",
            "International Labour",
            "IGO-ILO",
            None,
        ),
        (
            "The Organisation of the Petroleum Exporting Countries agreed to cut output.",
            "2016-11-30",
            "Petroleum",
            "IGO-OPEC",
            None,
        ),
        (
            "The Organization of Arab Petroleum Exporting Countries cut oil shipments.",
            "1973-10-20",
            "Arab Petroleum",
            "IGO-OAPEC",
            None,
        ),
        ("ONUC troops fought the Katangese gendarmes.", "1961-09-13", "ONUC", "IGO-UN", "MIL"),
        (
            "The Allied Supreme Council met at San Remo.",
            "1920-04-19",
            "Allied Supreme Council",
            "IGO-ALLIED",
            None,
        ),
        (
            "The Reparation Commission declared Germany in default.",
            "1922-12-26",
            "Reparation Commission",
            "IGO-ALLIED",
            None,
        ),
        (
            "The International Olympic Committee suspended the Russian Olympic Committee.",
            "2023-10-12",
            "International Olympic",
            "NGO-IOC",
            None,
        ),
        ("Ghana received the first vaccine doses from COVAX.", "2021-02-24", "COVAX", "IGO-COVAX", None),
        # historical states by their names of the time
        (
            "The United Arab Republic broke off relations with the United States.",
            "1967-06-06",
            "United Arab Republic",
            "EGY",
            None,
        ),
        (
            "Democratic Kampuchean forces raided villages in Tay Ninh.",
            "1977-09-24",
            "Kampuchean",
            "KHM",
            "MIL",
        ),
        (
            "Portuguese Guinea won its independence as Guinea-Bissau.",
            "1974-09-10",
            "Portuguese Guinea",
            "GNB",
            None,
        ),
        (
            "Italian Somaliland joined British Somaliland to form Somalia.",
            "1960-07-01",
            "Italian Somaliland",
            "SOM",
            None,
        ),
        ("The Trucial States formed the United Arab Emirates.", "1971-12-02", "Trucial States", "ARE", None),
        ("French Somaliland voted to remain French.", "1967-03-19", "French Somaliland", "DJI", None),
        ("Ubangi-Shari became the Central African Republic.", "1958-12-01", "Ubangi-Shari", "CAF", None),
        ("French Sudan joined Senegal in the Mali Federation.", "1959-04-04", "French Sudan", "MLI", None),
    ],
)
def test_named_body_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: str, sector: str
) -> None:
    assert_resolves(actors, sentence, date, span, code, sector)


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        # another Soviet republic's Supreme Soviet is not Russia's
        (
            "Ukraine's Supreme Soviet declared the republic's sovereignty.",
            "1990-07-16",
            "Supreme Soviet",
            "RUS",
        ),
        # Hungary's Diet is not Japan's
        ("The Hungarian Diet declared the Habsburgs dethroned at Debrecen.", "1849-04-14", "Diet", "JPN"),
        # Portugal's Cortes and the conquistador are not Spain's parliament
        ("The Portuguese Cortes acclaimed Manuel II in Lisbon.", "1908-05-06", "Cortes", "ESP"),
        ("The conquistador Hernan Cortes reached Tenochtitlan.", "1519-11-08", "Cortes", "ESP"),
    ],
)
def test_look_alike_stays_off(actors: Resolve, sentence: str, date: str, span: str, code: str) -> None:
    assert_stays_off(actors, sentence, date, span, code)


def test_spelling_variants_both_ways() -> None:
    assert spelling_variants("International Labour Organization") == (
        "International Labour Organisation",
        "International Labor Organization",
        "International Labor Organisation",
    )
    assert "Organization for Security and Cooperation in Europe" in spelling_variants(
        "Organisation for Security and Co-operation in Europe"
    )
    assert spelling_variants("United Nations") == ()


def test_spelling_variants_only_for_international_bodies() -> None:
    kb = load_kb()
    assert any(a.entry_id == "IGO-OAS" for a in kb.aliases.get("Organisation of American States", ()))
    # a state's own body keeps its own spelling: the Pentagon is the "Department of Defense", while a
    # "Department of Defence" is Australia's (or another Commonwealth state's), not the United States'
    assert any(a.entry_id == "body-pentagon" for a in kb.aliases["Department of Defense"])
    assert "Department of Defence" not in kb.aliases


@pytest.mark.parametrize(
    ("sentence", "date", "codes"),
    [
        (
            "Austro-German armies broke through the Russian front at Gorlice.",
            "1915-05-02",
            {"AUT", "DEU", "RUS"},
        ),
        ("Anglo-French forces landed at Port Said.", "1956-11-06", {"GBR", "FRA", "EGY"}),
        ("Anglo-American troops crossed the Rhine.", "1945-03-23", {"GBR", "USA"}),
        (
            "The Sino-Soviet split widened after the border clashes on the Ussuri.",
            "1969-03-02",
            {"CHN", "RUS"},
        ),
        # no state's adjective after the hyphen: no state
        ("Anglo-Saxon poetry survives in a few manuscripts.", None, set()),
        ("The Anglo-Saxon Chronicle was kept at several monasteries.", None, set()),
    ],
)
def test_combining_form_names_its_state(
    actors: Resolve, sentence: str, date: str | None, codes: set[str]
) -> None:
    found = actors(sentence, date)
    assert {m.code for m in found if m.role == "actor"} >= codes, [(m.text, m.code, m.sector) for m in found]
    if not codes:
        assert not found, [(m.text, m.code) for m in found]


@pytest.mark.parametrize(
    ("sentence", "date", "code"),
    [
        ("The Anglo-American Committee of Inquiry heard evidence in Washington.", "1946-01-07", "GBR"),
        ("The Anglo-Egyptian Sudan became independent as the Republic of the Sudan.", "1956-01-01", "GBR"),
    ],
)
def test_combining_form_before_a_name_of_its_own(
    actors: Resolve, sentence: str, date: str, code: str
) -> None:
    found = actors(sentence, date)
    assert not any(m.text.startswith("Anglo") and m.code == code for m in found), [
        (m.text, m.code) for m in found
    ]


def test_combining_form_spans_the_phrase_with_its_sector(actors: Resolve) -> None:
    found = actors("Anglo-French forces landed at the Dardanelles.", "1915-04-25")
    assert ("Anglo-French forces", "GBR", "MIL") in [(m.text, m.code, m.sector) for m in found]


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code", "sector"),
    [
        # the typographic apostrophe (U+2019) of present-day copy, for the typewriter one the packs write
        ("The Quai d\u2019Orsay recalled the ambassador from Canberra.", "2021-09-17", "Quai", "FRA", "GOV"),
        (
            "The National People\u2019s Congress voted on the electoral overhaul.",
            "2021-03-11",
            "Congress",
            "CHN",
            "LEG",
        ),
        (
            "Turkish jets struck the Kurdistan Workers\u2019 Party in northern Iraq.",
            "2019-05-27",
            "Kurdistan",
            "TUR",
            "REB",
        ),
        (
            "Fighters of the Lord\u2019s Resistance Army raided villages near Makombo.",
            "2009-12-17",
            "Resistance",
            "UGA",
            "REB",
        ),
        (
            "French helicopters fired on heavy weapons in C\u00f4te d\u2019Ivoire.",
            "2011-04-04",
            "Ivoire",
            "CIV",
            None,
        ),
    ],
)
def test_typographic_apostrophe_resolves(
    actors: Resolve, sentence: str, date: str, span: str, code: str, sector: str | None
) -> None:
    found = actors(sentence, date)
    assert any(span in m.text and (m.code, m.sector) == (code, sector) for m in found), [
        (m.text, m.code, m.sector) for m in found
    ]


def test_apostrophe_variants_both_ways() -> None:
    assert apostrophe_variants("Quai d'Orsay") == ("Quai d\u2019Orsay",)
    assert apostrophe_variants("Quai d\u2019Orsay") == ("Quai d'Orsay",)
    assert apostrophe_variants("Knesset") == ()


@pytest.mark.parametrize(
    ("sentence", "date", "span", "code"),
    [
        # companies by name, coded with the country of their seat (firms.json)
        (
            "Guatemala expropriated idle land of the United Fruit Company.",
            "1953-03-01",
            "United Fruit",
            "USA",
        ),
        ("Activists launched a boycott of Nestlé over infant formula.", "1977-07-04", "Nestl", "CHE"),
        ("Russia took over the local business of Carlsberg by decree.", "2023-07-16", "Carlsberg", "DNK"),
        ("Agents arrested the head of Yukos at Novosibirsk airport.", "2003-10-25", "Yukos", "RUS"),
        ("The union struck at plants of General Motors and Stellantis.", "2023-09-15", "Stellantis", "NLD"),
        ("Ireland's regulator fined Meta 1.2 billion euros.", "2023-05-22", "Meta", "USA"),
        ("French troops fired on workers at the Krupp works in Essen.", "1923-03-31", "Krupp", "DEU"),
    ],
)
def test_company_by_name(actors: Resolve, sentence: str, date: str, span: str, code: str) -> None:
    found = actors(sentence, date)
    assert any(span in m.text and (m.code, m.sector) == (code, "BUS") for m in found), [
        (m.text, m.code, m.sector) for m in found
    ]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("President Meta of Albania cancelled the local elections by decree.", "2019-06-10"),
        ("Total casualties at the Somme exceeded one million men.", "1916-11-18"),
    ],
)
def test_company_look_alikes(actors: Resolve, sentence: str, date: str) -> None:
    found = actors(sentence, date)
    assert not any(m.sector == "BUS" for m in found), [(m.text, m.code, m.sector) for m in found]
