"""Several parties of a meeting, thirtieth session (issue 9; coref20): a numbered plural that names no one ("the
two leaders", "the three presidents", "the two prime ministers", "the two men") stands for exactly that many
parties named together before, not for the last parties named apart and never for the one who hosts or
addresses them (actors/resolve.py `_group_count`, `_last_group`, `_clause_subject_chars`; resolver.json
`group_numerals`, `definite_pair_nouns`); a place after it ("the two leaders in Brussels") only says where; a
bare surname of a person named in full before is that person (`_surnames_named_before`); "they" after a deed
two did together is those two (events/parties.py `pair_before`). Sentences written for these tests (true
events, the project's own words), through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from realpolitik.nlp import process

from .helpers import Code, no_event, of_type, parties, parties_of_code


@pytest.mark.parametrize(
    ("text", "host", "guests"),
    [
        (
            "Ehud Barak and Yasser Arafat signed a memorandum on carrying out the Wye River accord in September "
            "1999. Hosni Mubarak hosted the two leaders in Sharm el-Sheikh.",
            "EGY",
            {"ISR", "PSE"},
        ),
        (
            "Ehud Barak and Yasser Arafat signed a memorandum on carrying out the Wye River accord in September "
            "1999. Hosni Mubarak hosted the two men in Sharm el-Sheikh.",
            "EGY",
            {"ISR", "PSE"},
        ),
        (
            "Slobodan Milosevic, Franjo Tudjman and Alija Izetbegovic came to Paris in December 1995 to sign the "
            "Dayton accord. Jacques Chirac hosted the three presidents at the Elysee Palace.",
            "FRA",
            {"SRB", "HRV", "BIH"},
        ),
        (
            "Slobodan Milosevic, Franjo Tudjman and Alija Izetbegovic came to Paris in December 1995 to sign the "
            "Dayton accord. Jacques Chirac hosted the three Balkan presidents at the Elysee Palace.",
            "FRA",
            {"SRB", "HRV", "BIH"},
        ),
    ],
)
def test_host_of_a_numbered_group_named_before_meets_all_of_it(
    code: Code, text: str, host: str, guests: set[str]
) -> None:
    assert parties_of_code(code(text), "043", last=True) == ({host}, guests)


def test_numbered_group_with_modifiers_is_the_pair_named_together(code: Code) -> None:
    events = code(
        "Atal Bihari Vajpayee and Nawaz Sharif met in Lahore in February 1999. The two prime ministers signed a "
        "declaration pledging to settle their disputes peacefully."
    )
    assert parties_of_code(events, "057") == ({"IND", "PAK"}, set())


def test_pair_named_with_their_countries_is_not_the_host(code_background: Code) -> None:
    # (the leaders named with "of" their countries; the host is the subject of the verb "hosting" hangs on)
    events = code_background(
        "Prime Minister Nikol Pashinyan of Armenia and President Ilham Aliyev of Azerbaijan held talks in Munich, "
        "Olaf Scholz said after hosting the two leaders."
    )
    assert parties_of_code(events, "043") == ({"DEU"}, {"ARM", "AZE"})


@pytest.mark.parametrize(
    ("text", "doer", "met"),
    [
        (
            "Jack Straw flew to Tehran in September 2001, the first British foreign secretary to visit since 1979. "
            "Straw met President Mohammad Khatami.",
            "GBR",
            "IRN",
        ),
        (
            "Jimmy Carter arrived in Havana in March 2011. Carter met Raul Castro during the visit.",
            "USA",
            "CUB",
        ),
    ],
)
def test_bare_surname_of_a_person_named_before(code: Code, text: str, doer: str, met: str) -> None:
    events = [
        e for e in code(text) if e.cameo == "040" and e.source and e.source[0].text in ("Straw", "Carter")
    ]
    assert events, code(text)
    assert parties(events[0]) == ({doer}, {met})


def test_place_after_a_numbered_group_only_says_where(code: Code) -> None:
    events = code(
        "Ilham Aliyev and Nikol Pashinyan agreed in January 2021 to set up a group on reopening transport links. "
        "Vladimir Putin hosted the two leaders in Moscow."
    )
    assert parties_of_code(events, "043", last=True) == ({"RUS"}, {"AZE", "ARM"})


def test_they_after_a_deed_two_did_together_is_those_two(code: Code) -> None:
    # (the sentence before names a third party, the host; "they" is the two who did its deed together)
    events = code(
        "Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Moscow in January 2021. According to Putin, "
        "the two leaders discussed the reopening of roads and railways. They agreed to set up a working group on it."
    )
    agreed = of_type(events, "AGREE")
    assert agreed, events
    assert parties(agreed[-1]) == ({"AZE", "ARM"}, set())


# ---- a host or a third party meeting two or more at once (verbs.txt: bring together, play host to) -----------


@pytest.mark.parametrize(
    ("text", "cameo", "doer", "met"),
    [
        (
            "Norway brought Israeli and Palestinian negotiators together for secret talks in 1993.",
            "045",
            "NOR",
            {"ISR", "PSE"},
        ),
        (
            "Pope Francis brought Shimon Peres and Mahmoud Abbas together in the Vatican gardens to pray for peace.",
            "043",
            "VAT",
            {"ISR", "PSE"},
        ),
        (
            "Kazakhstan played host to the foreign ministers of Armenia and Azerbaijan in Almaty.",
            "043",
            "KAZ",
            {"ARM", "AZE"},
        ),
    ],
)
def test_one_bringing_two_together_hosts_or_mediates(
    code: Code, text: str, cameo: str, doer: str, met: set[str]
) -> None:
    assert parties_of_code(code(text), cameo) == ({doer}, met)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "The summit brought together the leaders of Russia, Iran and Turkey in Tehran.",
            {"RUS", "IRN", "TUR"},
        ),
        ("The leaders of Russia and Turkey got together in Sochi in September 2021.", {"RUS", "TUR"}),
    ],
)
def test_parties_a_gathering_brought_together_meet(code: Code, text: str, met: set[str]) -> None:
    events = code(text)
    assert "043" not in {e.cameo for e in events}, events
    assert parties_of_code(events, "040", reciprocal=True) == (met, set())


# ---- the group named by a noun of its own or by its number alone (resolver.json group_nouns; `_group_anaphor`) ----


@pytest.mark.parametrize(
    ("text", "doers", "done_to"),
    [
        (
            "Angela Merkel received Emmanuel Macron in Berlin on his first day in office in May 2017. The pair "
            "promised to draw up a road map for deeper European integration.",
            {"DEU", "FRA"},
            set(),
        ),
        (
            "Xi Jinping and Vladimir Putin met in Moscow in March 2023. The duo signed a statement on deepening their "
            "partnership.",
            {"CHN", "RUS"},
            set(),
        ),
        (
            "Olaf Scholz, Emmanuel Macron and Mario Draghi travelled to Kyiv by night train. The trio met Volodymyr "
            "Zelensky there.",
            {"DEU", "FRA", "ITA"},
            {"UKR"},
        ),
        (
            "Kim Jong Un and Moon Jae-in met at Panmunjom. The two signed a declaration on ending the war.",
            {"PRK", "KOR"},
            set(),
        ),
        (
            "Recep Tayyip Erdogan and Vladimir Putin met in Sochi in September 2021. The two of them talked for almost "
            "three hours.",
            {"TUR", "RUS"},
            set(),
        ),
    ],
)
def test_group_named_by_its_own_noun_or_number_alone(
    code: Code, text: str, doers: set[str], done_to: set[str]
) -> None:
    events = code(text)
    second = text.index(". ") + 2  # (the deed of the second sentence, the group's)
    found = [e for e in events if e.evidence_start >= second]
    assert found, events
    assert parties(found[0]) == (doers, done_to)


# ---- two sides of one state named together; a pair named beside the news (resolver.json aside_preps, host_verbs) --


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Colombia's government and the ELN rebels held a third round of talks in Havana in 2023, "
            "with Cuba and Norway among the guarantors. The two sides agreed to a six-month ceasefire.",
            {"COL"},
        ),
        (
            "Fatah and Hamas met in Cairo in October 2017. The two factions signed a reconciliation deal.",
            {"PSE"},
        ),
        (
            "Israel and Hamas sent negotiators to Doha, where Qatar and Egypt mediated, in January 2025. The two sides "
            "agreed to a ceasefire in Gaza.",
            {"ISR", "PSE"},
        ),
    ],
)
def test_two_sides_are_the_pair_named_together_not_its_hosts(code: Code, text: str, sides: set[str]) -> None:
    events = code(text)
    second = text.index(". ") + 2
    found = [e for e in events if e.evidence_start >= second]
    assert found, events
    assert parties(found[0]) == (sides, set())


def test_two_coming_face_to_face_meet(code: Code) -> None:
    events = code("Ronald Reagan and Mikhail Gorbachev came face to face in Geneva in November 1985.")
    assert parties_of_code(events, "040", reciprocal=True) == ({"USA", "RUS"}, set())


def test_troops_coming_face_to_face_are_no_meeting_nor_aid(code: Code) -> None:
    no_event(code, "Indian and Chinese troops came face to face in the Galwan valley.", "CONSULT", "AID")


def test_welcoming_guests_named_beside_them_hosts_them(code: Code) -> None:
    events = code(
        "Vladimir Putin welcomed his guests, Ilham Aliyev and Nikol Pashinyan, to Sochi in November 2021."
    )
    assert parties_of_code(events, "043") == ({"RUS"}, {"AZE", "ARM"})


# ---- "their" of a clause whose subject is a group (resolve.py, the possessive branch) ------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "codes"),
    [
        (
            "Recep Tayyip Erdogan flew to Sochi in September 2021 for talks with Vladimir Putin at his residence on the "
            "Black Sea coast. The two leaders discussed their countries' trade.",
            "their countries",
            {"TUR", "RUS"},
        ),
        (
            "President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia agreed in Brussels to "
            "start work on a peace treaty between their countries.",
            "their countries",
            {"AZE", "ARM"},
        ),
    ],
)
def test_their_of_a_group_subject_is_the_whole_group(
    nlp: Language, text: str, phrase: str, codes: set[str]
) -> None:
    (doc,) = process(nlp, [(text, "2024-03-01")])
    found = {m.code for m in doc._.actors if m.text == phrase}
    assert found == codes, [(m.text, m.code) for m in doc._.actors]
