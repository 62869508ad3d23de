"""Event nouns read through the verb they derive from (nouns39; issue 9, thirty-ninth session).

A noun of an act or an event none of whose own lexicon lines holds (or that has none) takes its verb's hand readings
whose conditions a noun can meet (`events/deverbal.py`; the verbs from WordNet 3.0's derivational links,
`data/wordnet_deverbal.txt`, made by build_lexicon), when it is told as a deed done: singular, with a possessive or a
phrase of its deed's parties or things. Sentences written for these tests (true statements about real events).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Token

from realpolitik.events import deverbal
from realpolitik.events.build_lexicon import (
    DEVERBAL_HEADER,
    default_deverbal_output,
    default_wordnet_source,
    deverbal_text,
)
from realpolitik.events.lexicon import default_lexicon, parse_line

from .helpers import Code, no_event, some_event

ARMS_TO_ISRAEL = "The United States staged an airlift of arms to Israel in October 1973."
ARMS_TO_ARABS = "The Soviet Union mounted an airlift of weapons to Egypt and Syria in October 1973."


def test_an_airlift_of_arms_reads_as_airlifting_arms(code: Code) -> None:
    # ("airlift" has lines for an airlift of aid or of fighters only; the verb's "airlift ... obj=&weapon" is 072)
    some_event(code, ARMS_TO_ISRAEL, "AID", "072", "USA", "ISR")
    some_event(code, ARMS_TO_ARABS, "AID", "072", "RUS", "EGY SYR")


def test_the_switch_turns_the_reading_off(code: Code, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deverbal, "ENABLED", False)
    no_event(code, ARMS_TO_ISRAEL, "AID")


def test_nouns_first_of_a_thing_or_a_state_have_no_verb() -> None:
    # (the build keeps nouns whose most frequent sense is an act or an event: "exile" is first a state, "supply" a
    # quantity, so "fled into exile" and "took in relief supplies" read nothing of "exile" or "supply")
    assert deverbal.source_verbs("airlift") == ("airlift",)
    assert deverbal.source_verbs("exile") == ()
    assert deverbal.source_verbs("supply") == ()


@pytest.mark.parametrize(
    ("text", "word", "told"),
    [
        (ARMS_TO_ISRAEL, "airlift", True),
        ("Egypt's closure of the Suez Canal lasted from 1967 to 1975.", "closure", True),
        ("The Berlin airlift began in June 1948.", "airlift", False),  # (a bare noun: a kind of deed)
        ("Airlifts of arms to Israel began in October 1973.", "Airlifts", False),  # (a plural)
    ],
)
def test_a_noun_is_told_as_a_deed_done_with_its_parties_or_things(
    token_of: Callable[[str, str], Token], text: str, word: str, told: bool
) -> None:
    assert deverbal.told_as_deed(token_of(text, word)) is told


def test_a_noun_of_protest_keeps_its_own_lines() -> None:
    lexicon = default_lexicon("all")
    assert deverbal.noun_readings(
        "airlift", lexicon
    )  # (the verb's readings: "airlift", "airlift ... &weapon")
    assert any(e.code == "072" and e.kind == "N" for e in deverbal.noun_readings("airlift", lexicon))
    assert any(e.code[:2] == "14" for e in lexicon.lookup("N", "strike"))
    assert deverbal.noun_readings("strike", lexicon) == []  # (protest39's)


def test_only_hand_readings_a_noun_can_meet_carry_over() -> None:
    def entry(text: str):  # type: ignore[no-untyped-def]
        found = parse_line(text, path="t", line=1, classes={})
        assert found is not None
        return found

    assert deverbal.carried(entry("V 161 recall obj=ambassador"))
    assert not deverbal.carried(entry("V 070 airlift"))  # (a verb's bare default)
    assert not deverbal.carried(entry("V 141 march +intrans"))  # (a flag of the clause)
    assert not deverbal.carried(entry("V 190 open subj=army"))  # (a condition only a clause has)
    assert not deverbal.carried(entry("V 120 shut prt=out"))


def _write_fake_wordnet(folder: Path) -> None:
    # airlift (n, an act) -> airlift (v); supply (n) is first a quantity, then an act linked to supply (v)
    lic = "  1 This software and database is being provided to you, the LICENSEE, by Princeton University\n"
    (folder / "index.noun").write_text(
        lic + "airlift n 1 1 + 1 0 00000100\nsupply n 2 1 + 2 0 00000200 00000300\n", encoding="latin-1"
    )
    (folder / "data.noun").write_text(
        lic
        + "00000100 04 n 01 airlift 0 001 + 00000900 v 0101 | carrying by air\n"
        + "00000200 23 n 01 supply 0 000 | an amount\n"
        + "00000300 04 n 01 supply 0 001 + 00000800 v 0101 | the act of supplying\n",
        encoding="latin-1",
    )
    (folder / "data.verb").write_text(
        lic + "00000800 40 v 01 supply 0 000 00 | give\n00000900 38 v 01 airlift 0 000 00 | fly\n",
        encoding="latin-1",
    )


def test_the_build_keeps_nouns_whose_first_sense_is_an_act(tmp_path: Path) -> None:
    _write_fake_wordnet(tmp_path)
    text, counts = deverbal_text(tmp_path)
    assert text == DEVERBAL_HEADER + "\nairlift airlift\n"
    assert counts == {"nouns": 1}


def test_the_deverbal_file_is_in_sync_with_wordnet() -> None:
    if not (default_wordnet_source() / "data.noun").is_file():
        pytest.skip("WordNet's noun files are not there (Debian's wordnet-base)")
    text, _ = deverbal_text(default_wordnet_source())
    assert default_deverbal_output().read_text(encoding="utf-8") == text, (
        "run `python -m realpolitik.events.build_lexicon`"
    )


REBUILT = "Kuwait City was largely rebuilt in the 1990s after the Iraqi invasion of 1990."
SINCE = (
    "Prague's relations with Moscow stayed cool for years after the 1968 Soviet invasion of Czechoslovakia."
)


@pytest.mark.parametrize("text", [REBUILT, SINCE])
def test_an_event_noun_naming_a_past_year_is_no_news(code: Code, text: str) -> None:
    # (the article is dated 2024: the invasion of 1990 or of 1968 is a past deed referred to)
    no_event(code, text, "ASSAULT")


def test_a_past_deed_noun_is_kept_with_the_background(code_background: Code) -> None:
    assert any(e.event == "ASSAULT" for e in code_background(REBUILT))
