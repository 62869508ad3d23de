"""review27's findings 1-3 and 5-8, twenty-seventh session (fix27a; issue 9).

A deed that a monitor, an expert, a mission or a watchdog reports, or that any body reports in a trailing
"..., X said", is the deed, not the body's accusation (112); a storming beside a spoken demand or a denunciation
stays a protest (145); bare uranium or plutonium grown (mined, produced) is no nuclear threat, enrichment is; a
general removed from command, a leader a party parts ways with, are no reduced relations (160); a government team
at an inauguration meets its host (040); a data file refuses a key written twice. Each checked through the real
pipeline on sentences of review27 (facts checked, some years or wordings corrected) and sentences written for these
tests (true statements about real events of odd years, or no year), with look-alikes that keep their reading.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik import datafiles
from realpolitik.errors import LexiconError
from realpolitik.events.lexicon import parse_line

from .helpers import Code, no_event, some_event

DATA_DIRS = sorted(Path(datafiles.__file__).parent.glob("*/data"))


# ---- finding 1: a finding body's report ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # review27 (its OSCE sentence left out: the monitors named no Russian forces as the doer)
        ("Israeli troops shot dead two Palestinians in the West Bank in 2023, a UN monitor said.", "ASSAULT"),
        (
            "A Britain-based war monitor said Syrian government airstrikes killed 20 civilians in Idlib in 2019.",
            "ASSAULT",
        ),
        (
            "Russian military experts said in 2023 that Ukraine had launched its counteroffensive near Zaporizhzhia.",
            "ASSAULT",
        ),
        # fix27a
        (
            "Syrian government forces shelled the town of Maarat al-Numan in 2019, a Britain-based war monitor said.",
            "ASSAULT",
        ),
        (
            "A Britain-based war monitor said in 2023 that Turkish drone strikes had killed Kurdish fighters in"
            " northeastern Syria.",
            "ASSAULT",
        ),
        # an investigative body named after the deed, as a wire's attribution, reports the news
        (
            "Myanmar's army carried out mass killings of Rohingya villagers in 2017, UN investigators said.",
            "ASSAULT",
        ),
    ],
)
def test_a_monitors_or_experts_report_is_the_deed(code: Code, text: str, plover: str) -> None:
    some_event(code, text, plover, None, None, None, absent=("ACCUSE",))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "UN human rights experts said in 2023 that Iran's executions of protesters violated international law.",
            "IRN",
        ),
        ("A UN monitoring mission said in 2019 that Russia was responsible for abuses in Crimea.", "RUS"),
        (
            "UN experts said in 2021 that Myanmar's military was responsible for crimes against humanity.",
            "MMR",
        ),
    ],
)
def test_monitors_or_experts_finding_a_party_broke_the_law_still_accuse_it(
    code: Code, text: str, target: str
) -> None:
    # (finder_nouns keeps monitors, experts and a mission for a wrong they find; only their deeds are the news)
    some_event(code, text, "ACCUSE", "112", "IGO-UN", target)


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target"),
    [
        # an inquirys finding stays its accusation
        (
            "A UN commission of inquiry said in 2017 that Syrian government forces had used sarin in Khan Sheikhoun.",
            "ACCUSE",
            "112",
            "IGO-UN",
            "SYR",
        ),
        # a fleet withdrawn from an alliances command still reduces relations
        (
            "France withdrew its Mediterranean fleet from NATO command in 1959.",
            "SANCTION",
            "160",
            "FRA",
            None,
        ),
    ],
)
def test_fix27a_twentyseventh_readings(
    code: Code, text: str, plover: str, cameo: str | None, source: str | None, target: str | None
) -> None:
    some_event(code, text, plover, cameo, source, target)


# ---- finding 2: a storming beside a spoken act ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # review27
        "Supporters of Jair Bolsonaro stormed Brazil's Congress in January 2023 and demanded a military coup.",
        # fix27a
        "Supporters of Donald Trump stormed the U.S. Capitol in January 2021 and demanded that Congress overturn"
        " the election.",
        "Protesters stormed the parliament in Skopje in April 2017 and denounced the election of an Albanian speaker.",
    ],
)
def test_a_storming_beside_a_demand_stays_a_protest(code: Code, text: str) -> None:
    some_event(code, text, "PROTEST", "145", None, None)


# ---- finding 3: uranium or plutonium grown -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # review27 (years corrected: Kazakhstan's state company announced its return to full output in 2023)
        "Kazakhstan said in 2023 it would increase its uranium production.",
        "Kazakhstan said in 2023 it would raise output of uranium at its mines.",
        # fix27a
        "Kazakhstan's state nuclear company said in 2023 it would increase its uranium production from 2025.",
        "Uzbekistan said in 2023 it would expand its uranium mining.",
    ],
)
def test_uranium_mined_or_produced_is_no_threat(code: Code, text: str) -> None:
    some_event(code, text, "AGREE", None, None, None, absent=("THREATEN",))


@pytest.mark.parametrize(
    "text",
    [
        "Iran said in 2021 it would enrich uranium to 60 percent purity.",
        "Iran said in 2019 it would enrich uranium beyond the limit set by the 2015 nuclear deal.",
        "Iran said in 2023 it would increase its stockpile of enriched uranium.",
    ],
)
def test_enrichment_grown_stays_a_threat(code: Code, text: str) -> None:
    some_event(code, text, "THREATEN", "130", "IRN", None)


# ---- finding 5: a commander removed from command -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # review27
        "In April 1951 President Truman removed General Douglas MacArthur from command in Korea.",
        # fix27a
        "In December 1941 Hitler removed Field Marshal Walther von Brauchitsch from command of the German army.",
        "In January 2023 Russia's defence ministry removed General Sergei Surovikin from command of its forces in"
        " Ukraine.",
    ],
)
def test_a_general_removed_from_command_reduces_no_relations(code: Code, text: str) -> None:
    no_event(code, text)


# ---- finding 6: a government team at an inauguration ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # review27
        (
            "A Chinese government team attended the inauguration of Indonesian President Joko Widodo in October 2019.",
            "CHN",
            "IDN",
        ),
        # fix27a
        (
            "A United States government team attended the inauguration of Brazilian President Luiz Inacio Lula da"
            " Silva in January 2023.",
            "USA",
            "BRA",
        ),
        (
            "A Japanese government team attended the inauguration of South Korean President Yoon Suk Yeol.",
            "JPN",
            "KOR",
        ),
    ],
)
def test_a_government_team_at_an_inauguration_meets_the_host(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "CONSULT", "040", source, target)


# ---- finding 7: a party parting ways with its leader ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # review27
        "In 2019 the British Conservative Party parted ways with Theresa May as its leader.",
        # fix27a
        "In 2017 the UK Independence Party parted ways with Paul Nuttall as its leader.",
        "In 2015 Britain's Labour Party parted ways with Ed Miliband as its leader after the general election.",
        "In 2023 the Scottish National Party parted ways with Peter Murrell, its chief executive.",
        # the title before the name: the phrase's noun is the title
        "In 2023 the Scottish National Party parted ways with its chief executive Peter Murrell.",
        "In 2019 Britain's Conservatives parted ways with their leader after three failed votes on her Brexit deal.",
    ],
)
def test_a_party_parting_ways_with_its_leader_reduces_no_relations(code: Code, text: str) -> None:
    no_event(code, text, "SANCTION")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "target"),
    [
        ("In 2023 Niger's military rulers parted ways with France.", "SANCTION", "160", "FRA"),
        (
            "Erdogan said in 2017 that Turkey could part ways with the European Union.",
            "THREATEN",
            "131",
            "IGO-EU",
        ),
    ],
)
def test_parting_ways_with_a_state_or_a_bloc_keeps_its_reading(
    code: Code, text: str, plover: str, cameo: str, target: str
) -> None:
    some_event(code, text, plover, cameo, None, target)


# ---- finding 8: a key written twice in a data file -----------------------------------------------------------


def _repeated_keys(path: Path) -> list[str]:
    repeated: list[str] = []

    def hook(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        repeated.extend(sorted({k for k in keys if keys.count(k) > 1}))
        return dict(pairs)

    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=hook)
    return repeated


@pytest.mark.parametrize(
    "path", [p for d in DATA_DIRS for p in sorted(d.glob("*.json"))], ids=lambda p: p.name
)
def test_no_data_file_writes_a_key_twice(path: Path) -> None:
    assert _repeated_keys(path) == []


def test_a_data_file_with_a_key_written_twice_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "words.json").write_text(
        '{"arrival_verbs": ["arrive"], "arrival_verbs": ["land"]}', encoding="utf-8"
    )
    monkeypatch.setattr(datafiles, "data_path", lambda package, name: tmp_path / name)
    with pytest.raises(LexiconError, match="arrival_verbs"):
        datafiles.read_data("realpolitik.events", "words.json", LexiconError)


# ---- fix27a: a phrase value without its preposition ----------------------------------------------------------


def test_a_phrase_value_without_its_preposition_is_refused() -> None:
    # ("of:citizenship|nationality" never met "of his nationality": the bare value is no phrase)
    with pytest.raises(LexiconError, match="no preposition"):
        parse_line("V 172 strip pp=of:citizenship|nationality", path="verbs.txt", line=1)
    with pytest.raises(LexiconError, match="no noun"):
        parse_line("V 140 set dobj=himself pp=on:fire|ablaze:", path="verbs.txt", line=1)
    assert parse_line("V 172 strip pp=of:citizenship|of:nationality", path="verbs.txt", line=1) is not None


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source"),
    [
        # values of verbs.txt lines that named no preposition and so never matched
        ("Russia charged the journalist Ivan Safronov with treason.", "ACCUSE", "1125", "RUS"),
        (
            "In 2023 Nicaragua stripped 222 freed political prisoners of their citizenship.",
            "COERCE",
            "172",
            "NIC",
        ),
        (
            "In 2019 Iran hinted at retaliation against Britain over the seizure of its oil tanker off Gibraltar.",
            "THREATEN",
            "130",
            "IRN",
        ),
        (
            "In 2017 North Korea hinted at a strike on the American territory of Guam.",
            "THREATEN",
            "130",
            "PRK",
        ),
    ],
)
def test_every_value_of_a_phrase_constraint_matches(
    code: Code, text: str, plover: str, cameo: str, source: str
) -> None:
    some_event(code, text, plover, cameo, source, None)


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        # plural values of verbs.txt that no lemma is ('barracks' is lemmatised 'barrack', 'gallows' 'gallow')
        (
            "Boko Haram fighters attacked an army barracks in the Nigerian town of Monguno in January 2015.",
            "ASSAULT",
            "190",
        ),
        ("Iran sentenced the British-Iranian Alireza Akbari to the gallows.", "COERCE", "173"),
    ],
)
def test_a_plural_value_matches_by_its_lemma(code: Code, text: str, plover: str, cameo: str) -> None:
    some_event(code, text, plover, cameo, None, None)
