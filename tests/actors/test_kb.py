"""Tests of the knowledge-base loader: default packs, dated offices, user packs and clear pack errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.actors.kb import Entry, Period, load_kb
from realpolitik.errors import KnowledgeBaseError


@pytest.mark.parametrize(
    ("alias", "entry_id"),
    [
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Azeri", "AZE"),
        ("Azerbaijani", "AZE"),
        ("Nakhchivan", "place-nakhchivan"),
        ("Naxçıvan", "place-nakhchivan"),
        ("Nakhichevan", "place-nakhchivan"),
        ("Karabach", "region-karabakh"),
        ("Erevan", "ARM"),
        ("the Kremlin", "RUS"),
        ("Tel Aviv", "ISR"),
        ("Brussels", "IGO-EU"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Азербайджан", "AZE"),
        ("أذربيجان", "AZE"),
        ("Minsk Group", "IGO-OSCE-MG"),
        ("Pashinian", "person-pashinyan"),
        ("Sarkisian", "person-sargsyan-serzh"),
        ("Erdogan", "person-erdogan"),
        ("Aliev", "person-aliyev-ilham"),
    ],
)
def test_kb_alias_names_entry(alias: str, entry_id: str) -> None:
    kb = load_kb()
    assert entry_id in {a.entry_id for a in kb.aliases[alias]}


@pytest.mark.parametrize(
    ("entry_id", "date", "code", "sector"),
    [
        ("person-sargsyan-serzh", "2015-06-01", "ARM", "GOV"),
        ("person-sargsyan-serzh", "2020-10-01", "ARM", "ELI"),
        ("person-pashinyan", "2016-01-01", "ARM", "OPP"),
        ("person-pashinyan", "2021-01-01", "ARM", "GOV"),
        ("person-kocharyan", "1995-06-01", "XNK", "GOV"),
        ("person-fidan", "2020-01-01", "TUR", "SPY"),
        ("person-fidan", "2024-01-01", "TUR", "GOV"),
        ("region-karabakh", "2020-10-01", "XNK", None),
        ("region-karabakh", "2024-06-01", "AZE", None),
        ("grp-taliban", "2010-01-01", "AFG", "REB"),
        ("grp-taliban", "2022-01-01", "AFG", "GOV"),
    ],
)
def test_kb_role_on_date(entry_id: str, date: str, code: str, sector: str | None) -> None:
    got_code, got_sector, _ = load_kb().entry(entry_id).role_on(date)
    assert (got_code, got_sector) == (code, sector)


def test_kb_is_cached_per_pack_tuple() -> None:
    assert load_kb() is load_kb(())


def test_kb_user_pack_adds_actor_and_extends_entry(tmp_path: Path) -> None:
    pack = tmp_path / "mine.json"
    pack.write_text(
        json.dumps(
            {
                "pack": "mine",
                "actors": [
                    {
                        "id": "grp-example",
                        "code": "ARM",
                        "kind": "group",
                        "sector": "OPP",
                        "names": ["Sasna Tsrer"],
                    },
                    {"id": "AZE", "code": "AZE", "metonyms": ["Ganja Gate"]},
                ],
                "sector_words": {"hacktivists": "CRM"},
            }
        ),
        encoding="utf-8",
    )
    kb = load_kb((str(pack),))
    assert kb.entry("grp-example").sector == "OPP"
    assert "Ganja Gate" in kb.entry("AZE").metonyms and "Baku" in kb.entry("AZE").metonyms
    assert kb.sector_words["hacktivists"] == "CRM"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"actors": [\n  {"id": "x", "code": "ARM",}\n]}', ":2: not valid JSON"),
        ('{"actors": [{"id": "x", "code": "ARM", "sector": "ARMY"}]}', "unknown sector 'ARMY'"),
        ('{"actors": [{"id": "x", "code": "ARM", "colour": "red"}]}', "unknown field(s) ['colour']"),
        (
            '{"people": [{"id": "p", "code": "ARM", "offices": [{"start": "2020/01/01"}]}]}',
            "dates are YYYY-MM-DD",
        ),
        ('{"actors": [{"code": "ARM"}]}', "missing 'id'"),
        ('{"persons": []}', "unknown top-level key(s) ['persons']"),
    ],
)
def test_kb_bad_pack_names_file_and_problem(tmp_path: Path, content: str, message: str) -> None:
    pack = tmp_path / "bad.json"
    pack.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as info:
        load_kb((str(pack),))
    assert str(pack) in str(info.value)
    assert message in str(info.value)


def test_kb_missing_pack_says_which_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match=r"nowhere\.json: cannot read"):
        load_kb((str(tmp_path / "nowhere.json"),))


PROJECT_CODES = {"XNK", "XAB", "XSO", "XTR", "XDN", "XLN", "XKX", "XNC", "XSL", "XWS", "WST"}


def test_kb_every_code_is_iso3_org_or_documented_project_code() -> None:
    kb = load_kb()
    states = {e.code for e in kb.entries.values() if e.kind == "state"}
    readme = (Path(__file__).parents[2] / "src/realpolitik/actors/data/README.md").read_text(encoding="utf-8")
    for entry in kb.entries.values():
        codes = {entry.code} | {p.code for p in entry.periods if p.code}
        for code in codes:
            ok = code in states or code[:4] in ("IGO-", "NGO-", "IMG-") or code in PROJECT_CODES
            assert ok, f"{entry.id}: unknown code {code}"
            if code in PROJECT_CODES:
                assert f"| {code} |" in readme, f"{code} is not documented in data/README.md"


def test_kb_aliases_do_not_collide_across_states() -> None:
    kb = load_kb()
    clashes = {
        text: ids
        for text, aliases in kb.aliases.items()
        if len(ids := {a.entry_id for a in aliases if kb.entries[a.entry_id].kind == "state"}) > 1
    }
    # Only genuinely shared demonyms may name two states; the resolver lowers confidence for them.
    assert set(clashes) <= {"Congo", "Congolese", "Dominican"}, clashes


def test_kb_world_json_is_regenerated_from_its_sources() -> None:
    from realpolitik.actors.build_world import DATA, build_world

    committed = json.loads((DATA / "world.json").read_text(encoding="utf-8"))
    assert committed == build_world(), (
        "run `python -m realpolitik.actors.build_world` after editing world_extra.tsv"
    )


def test_kb_person_before_a_first_office_in_a_body_keeps_own_code() -> None:
    # review34: Entry.role_on gives a person named before the first recorded office the state of that office
    # ("Chiang Kai-shek's troops" in 1927 are China's), but a body of states is no state: a person whose first recorded
    # office is at the World Bank is not the World Bank's before it (a test entry coded as her state: Kristalina
    # Georgieva, a Bulgarian, was a European commissioner in 2015)
    entry = Entry(
        id="person-test",
        code="BGR",
        kind="person",
        sector=None,
        pack="test",
        periods=(
            Period("Chief Executive of the World Bank", "IGO-WB", "IGO", "2017-01-02", "2019-09-30"),
            Period("Managing Director of the IMF", "IGO-IMF", "IGO", "2019-10-01", None),
        ),
    )
    assert entry.role_on("2015-06-01")[0] == "BGR"
    assert entry.role_on("2018-06-01")[0] == "IGO-WB"
