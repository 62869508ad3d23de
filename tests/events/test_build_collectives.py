"""The converter of PETRARCH2's agents dictionary to the coder's derived unnamed collectives
(`events/build_collectives.py` -> `events/data/collectives_petrarch2.txt`): what it reads, what it leaves out, the
licence it carries, the generated file kept in sync, and the nouns reaching the role words. Sample lines written
for the test in the dictionary's format."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.events.build_collectives import convert, default_output, default_source, main, read_agents
from realpolitik.events.knowledge import role_words

from .helpers import of_type

SAMPLE = """# sample agents file
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON

FARMER [~AGR]
FISHER!PERSON! [~AGR]
NURSE [~HLH]
REPORTER [~MED]
TEACHER [~EDU]
SOLDIER [~MIL]
POLICEMAN [~COP]
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
MINISTER_OF_HEALTH [~GOVHLH]
"""


def test_build_collectives_reads_one_word_civilian_agents() -> None:
    agents = read_agents(SAMPLE)
    assert agents == {
        "farmer": "AGR",
        "fisherman": "AGR",
        "fisherwoman": "AGR",
        "fisherperson": "AGR",
        "nurse": "MED",  # CAMEO's health sector is the project's MED
        "reporter": "JRN",  # CAMEO's media are the project's journalists
        "teacher": "EDU",
    }  # no state's agents, no phrases, no compound sectors


def test_build_collectives_output_carries_the_licence_and_is_checked(tmp_path: Path) -> None:
    source = tmp_path / "agents.txt"
    source.write_text(SAMPLE, encoding="utf-8")
    output = tmp_path / "out.txt"
    assert main(["--source", str(source), "--output", str(output)]) == 0
    text = output.read_text(encoding="utf-8")
    assert "MIT License" in text and "Phoenix.agents.txt" in text and "farmer\tAGR" in text
    assert main(["--source", str(source), "--output", str(output), "--check"]) == 0
    output.write_text(text + "soldier\tMIL\n", encoding="utf-8")
    assert main(["--source", str(source), "--output", str(output), "--check"]) == 1


def test_build_collectives_generated_file_is_in_sync_with_the_dictionary() -> None:
    source = default_source()
    if not source.is_file():
        pytest.skip(f"the shared reference folder is not there ({source})")
    assert default_output().read_text(encoding="utf-8") == convert(source), (
        "run `python -m realpolitik.events.build_collectives` after changing the converter"
    )


def test_derived_collectives_reach_the_role_words_behind_the_hand_lists() -> None:
    sectors = role_words().pairs("collective_sectors")
    assert sectors["teacher"] == "edu" and sectors["nurse"] == "med"  # derived
    assert sectors["student"] == "edu" and sectors["worker"] == "lab"  # hand entries kept
    assert "settler" not in sectors and "school" not in sectors  # set apart: derived_collective_exclusions


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Thousands of teachers marched through Warsaw in April 2019 demanding higher pay.", "POL"),
        ("Hundreds of nurses went on strike across Kenya in June 2017 over pay.", "KEN"),
    ],
)
def test_derived_collective_protesting_is_of_the_country_where_it_acts(code, text: str, state: str) -> None:
    protests = of_type(code(text), "PROTEST")
    assert protests and {a.code for a in protests[0].source} == {state}, code(text)
