"""Further resolver behaviours: typo-tolerant titled surnames, ethnic groups, user packs, other scripts, the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language

from realpolitik.cli import cli
from realpolitik.errors import InputError
from realpolitik.extensions import register_extensions
from realpolitik.nlp import load_model, resolve_text
from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


@pytest.mark.parametrize(
    ("sentence", "code", "kb_id"),
    [
        ("President Erdogn spoke in Ankara.", "TUR", "person-erdogan"),
        ("Prime Minister Pashinyna answered questions in parliament.", "ARM", "person-pashinyan"),
    ],
)
def test_more_titled_surname_with_a_typo(actors: Resolve, sentence: str, code: str, kb_id: str) -> None:
    found = [m for m in actors(sentence, "2022-03-01") if m.kb_id == kb_id]
    assert found and found[0].code == code and found[0].why.startswith("fuzzy")


def test_more_untitled_unknown_name_is_not_guessed(actors: Resolve) -> None:
    mentions = actors("Erdogn spoke to reporters.", "2022-03-01")
    assert not any(m.why.startswith("fuzzy") for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Ethnic Armenians in Javakheti voted in large numbers.", "ARM"),
        ("Bosnian Serbs boycotted the vote in 1992.", "SRB"),
    ],
)
def test_more_ethnic_groups_do_not_become_kin_states(actors: Resolve, sentence: str, absent: str) -> None:
    assert absent not in {m.code for m in actors(sentence)}


def test_more_name_without_actor_word_keeps_a_tight_span(actors: Resolve) -> None:
    mentions = actors("Moscow's role in the talks has shrunk.")
    assert [(m.text, m.code) for m in mentions] == [("Moscow", "RUS")]


def test_more_pair_of_countries_skips_people(actors: Resolve) -> None:
    text = "Armenia and Azerbaijan sent delegations; Erdogan praised the talks. The two countries will meet again."
    got = sorted(m.code for m in actors(text, "2023-05-01") if m.text == "The two countries")
    assert got == ["ARM", "AZE"]


@pytest.mark.parametrize(
    ("text", "code"),
    [("Азербайджан и Армения подписали заявление.", "AZE"), ("زار وفد من أذربيجان العاصمة.", "AZE")],
)
def test_more_russian_and_arabic_names(actors: Resolve, text: str, code: str) -> None:
    assert code in {m.code for m in actors(text)}


def test_more_user_pack_reaches_the_component(tmp_path: Path) -> None:
    pack = tmp_path / "pack.json"
    pack.write_text(
        json.dumps(
            {
                "actors": [
                    {
                        "id": "grp-sasna",
                        "code": "ARM",
                        "kind": "group",
                        "sector": "REB",
                        "names": ["Sasna Tsrer"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    register_extensions()
    nlp = load_model()
    nlp.add_pipe("realpolitik_actors", config={"kb_packs": [str(pack)]})
    doc = nlp("Sasna Tsrer seized a police station in Yerevan in July 2016.")
    hit = [m for m in doc._.actors if m.kb_id == "grp-sasna"]
    assert hit and (hit[0].code, hit[0].sector) == ("ARM", "REB")


def test_more_resolve_text_rejects_a_bad_date() -> None:
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        resolve_text("Armenia and Azerbaijan met.", date="12/05/2023")


def test_more_cli_prints_mentions_as_json() -> None:
    result = CliRunner().invoke(
        cli, ["actors", "Russian peacekeepers left Karabakh.", "--date", "2024-06-12"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {(r["code"], r["sector"]) for r in rows} >= {("RUS", "MIL"), ("AZE", None)}
    assert {"start", "end", "text", "code", "sector", "kb_id", "why", "confidence"} <= set(rows[0])


def test_more_cli_bad_pack_is_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"actors": [{"id": "x"}]}', encoding="utf-8")
    from realpolitik.cli import main

    assert main(["actors", "Armenia", "--kb", str(bad)]) == 2


def test_more_headline_in_capitals(actors: Resolve) -> None:
    codes = {m.code for m in actors("ARMENIA AND AZERBAIJAN INITIAL PEACE TEXT IN WASHINGTON")}
    assert {"ARM", "AZE", "USA"} <= codes


def test_more_lower_case_words_in_running_text_stay_unmatched(actors: Resolve) -> None:
    assert actors("The turkey was roasted and the china plates were set.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "sector"),
    [
        ("An Azerbaijani court sentenced the journalists.", "Azerbaijani court", "JUD"),
        ("Armenian students marched to the parliament.", "Armenian students", "EDU"),
        ("Turkish companies won the road contracts.", "Turkish companies", "BUS"),
        ("Georgian farmers blocked the highway.", "Georgian farmers", "AGR"),
        ("Iranian clerics condemned the decision.", "Iranian clerics", "REL"),
        ("Russian gunmen opened fire on the checkpoint.", "Russian gunmen", "UAF"),
        ("Israeli doctors treated the wounded.", "Israeli doctors", "MED"),
        ("Armenian lawmakers approved the budget.", "Armenian lawmakers", "LEG"),
    ],
)
def test_more_plover_sectors_from_agent_words(actors: Resolve, sentence: str, span: str, sector: str) -> None:
    hit = [m for m in actors(sentence) if m.text == span]
    assert hit and hit[0].sector == sector, actors(sentence)


def test_more_defence_ministry_is_military(actors: Resolve) -> None:
    hit = [m for m in actors("The Armenian Defence Ministry denied the report.") if m.code == "ARM"]
    assert hit and hit[0].sector == "MIL"


def test_more_pronoun_needs_a_recent_antecedent(actors: Resolve) -> None:
    text = (
        "Nikol Pashinyan spoke in Yerevan. The weather was cold. The roads were icy. "
        "Schools stayed closed. Later a man thanked his government."
    )
    assert not any(m.text == "his government" for m in actors(text, "2023-01-20"))


def test_more_two_named_people_stay_two_mentions(actors: Resolve) -> None:
    mentions = actors("Pashinyan and Aliyev met Macron and Charles Michel in Prague.", "2022-10-06")
    assert {(m.text, m.code) for m in mentions} >= {("Macron", "FRA"), ("Charles Michel", "IGO-EU")}


def test_more_anti_prefix_does_not_give_the_sector(actors: Resolve) -> None:
    hit = [m for m in actors("Armenian anti-government protesters blocked the road.") if m.code == "ARM"]
    assert hit and hit[0].sector == "CVL"


def test_more_only_actor_nouns_take_a_following_country(actors: Resolve) -> None:
    mentions = actors("Azerbaijan announced security measures in Karabakh.", "2023-09-19")
    assert [m.text for m in mentions if m.kb_id == "region-karabakh"] == ["Karabakh"]


def test_more_counterpart_is_not_the_speaker(actors: Resolve) -> None:
    mentions = actors("Iranian President Masoud Pezeshkian called his Russian counterpart.", "2024-08-08")
    assert {(m.text, m.code) for m in mentions if "counterpart" in m.text} == {("Russian counterpart", "RUS")}


def test_more_conjoined_countries_share_the_actor_noun(actors: Resolve) -> None:
    mentions = actors(
        "Lavrov hosted the foreign ministers of Armenia and Azerbaijan in Moscow.", "2020-10-10"
    )
    assert {m.code: m.sector for m in mentions if m.code in ("ARM", "AZE")} == {"ARM": "GOV", "AZE": "GOV"}


@pytest.mark.parametrize(
    ("date", "sector"),
    [("2015-06-01T09:30:00", "GOV"), ("2021-06-01T09:30:00", "ELI"), ("not a date", "GOV")],
)
def test_more_article_date_forms(actor_nlp: Language, date: str, sector: str) -> None:
    # An unusable date counts as undated: the latest office (his brief premiership in April 2018).
    doc = actor_nlp.make_doc("Serzh Sargsyan gave an interview.")
    doc._.article_date = date
    for _, proc in actor_nlp.pipeline:
        doc = proc(doc)
    hit = [m for m in doc._.actors if m.kb_id == "person-sargsyan-serzh"]
    assert hit and hit[0].sector == sector


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Russian UN envoy vetoed the draft.", {("RUS", "GOV")}),
        ("UN peacekeepers and Russian troops withdrew.", {("IGO-UN", "MIL"), ("RUS", "MIL")}),
    ],
)
def test_more_state_beats_forum_organisation(
    actors: Resolve, sentence: str, expected: set[tuple[str, str]]
) -> None:
    assert {(m.code, m.sector) for m in actors(sentence)} == expected


def test_more_its_units_inherit_the_antecedent_sector(actors: Resolve) -> None:
    hit = [
        m for m in actors("The Azerbaijani army said its units had returned fire.") if m.text == "its units"
    ]
    assert hit and (hit[0].code, hit[0].sector) == ("AZE", "MIL")


def test_more_ally_of_a_state_is_not_that_state(actors: Resolve) -> None:
    mentions = actors("Hezbollah fighters attacked the militia allies of Israel's proxy force.")
    patrons = [m for m in mentions if m.code == "ISR"]
    assert patrons and all(m.why.startswith("patron") and m.sector is None for m in patrons)
