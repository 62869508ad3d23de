"""Peoples that live in one state are that state's adjectives (doers34, thirty-fourth session; issue 9): Oromo and
Amhara (Ethiopia), Igbo and Yoruba (Nigeria), Kikuyu (Kenya), Ashanti (Ghana), Matabele (Zimbabwe), Herero
(Namibia), Sinhalese (Sri Lanka), Kabyles (Algeria), Montagnards (Vietnam), Kachin (Myanmar), Senussi (Libya),
Yazidis (Iraq), ... (`world_extra.tsv`). Before, a doer or target named by such a people had no
code and its deed was often dropped. Names that are also first names or a politician's surname ("Karen", "Moro")
are left out. Sentences written for these tests (true statements about real events), real parse, real knowledge
base."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


@pytest.mark.parametrize(
    ("sentence", "date", "word", "code"),
    [
        ("Oromo farmers blocked roads around the capital.", "2016-08-06", "Oromo", "ETH"),
        ("Amhara militiamen fought alongside federal troops.", "2020-11-10", "Amhara", "ETH"),
        ("Igbo officers led the January coup.", "1966-01-15", "Igbo", "NGA"),
        ("Yoruba leaders met in Ibadan.", "1967-05-01", "Yoruba", "NGA"),
        ("Kikuyu fighters took to the forests of the Aberdares.", "1953-01-01", "Kikuyu", "KEN"),
        ("Ashanti chiefs refused to surrender the Golden Stool.", "1900-03-28", "Ashanti", "GHA"),
        ("Matabele warriors attacked the settlers.", "1896-03-20", "Matabele", "ZWE"),
        ("Herero fighters attacked German farms.", "1904-01-12", "Herero", "NAM"),
        ("Sinhalese crowds attacked Tamil shops.", "1958-05-25", "Sinhalese", "LKA"),
        ("Kabyles marched in Tizi Ouzou.", "1980-04-20", "Kabyles", "DZA"),
        ("Montagnard soldiers mutinied against Saigon.", "1964-09-20", "Montagnard", "VNM"),
        ("Kachin rebels ended the ceasefire.", "2011-06-09", "Kachin", "MMR"),
        ("Senussi fighters harried the Italian columns.", "1911-12-01", "Senussi", "LBY"),
        ("Yazidis fled to Mount Sinjar.", "2014-08-03", "Yazidis", "IRQ"),
        # (period names of nations, regions and movements of one state)
        ("Magyar rebels routed the Austrians at Isaszeg.", "1849-04-06", "Magyar", "HUN"),
        ("Katangese gendarmes attacked the United Nations troops.", "1961-09-13", "Katangese", "COD"),
        ("Afridi tribesmen seized the Khyber forts.", "1897-08-25", "Afridi", "PAK"),
        ("Zapatista rebels took Cuautla.", "1911-05-19", "Zapatista", "MEX"),
        ("Nejdi warriors entered Jeddah.", "1925-12-23", "Nejdi", "SAU"),
        ("Burman troops held the river forts.", "1885-11-16", "Burman", "MMR"),
    ],
)
def test_people_of_one_state_is_that_states_adjective(
    actors: Resolve, sentence: str, date: str, word: str, code: str
) -> None:
    found = {m.text: m.code for m in actors(sentence, date) if word in m.text}
    assert code in found.values(), (word, [(m.text, m.code) for m in actors(sentence, date)])


@pytest.mark.parametrize(
    ("sentence", "date", "word", "code"),
    [
        # (a first name stays a first name; the politician keeps his own code)
        ("Karen Blixen left her farm in Kenya.", "1931-08-01", "Karen", None),
        ("Aldo Moro was kidnapped in Rome.", "1978-03-16", "Moro", "ITA"),
        # (a people of many lands: the sets code Sikhs by the country they live in)
        ("Sikh worshippers gather at the gurdwara in Southall every Sunday.", None, "Sikh", None),
    ],
)
def test_peoples_names_that_are_also_names_or_of_many_lands_are_left_out(
    actors: Resolve, sentence: str, date: str | None, word: str, code: str | None
) -> None:
    codes = {m.code for m in actors(sentence, date) if word in m.text}
    assert codes == ({code} if code else set()), codes
