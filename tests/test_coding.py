"""Tests of the `realpolitik code` contract (coding.py and the CLI): order, error lines, streams, exit status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.cli import cli
from realpolitik.coding import code_jsonl, parse_line
from realpolitik.config import Settings
from realpolitik.nlp import build_pipeline

EVENT_KEYS = {"event", "cameo", "goldstein", "quad_class", "source", "target", "modality", "attribution"}
EVENT_KEYS |= {"date", "evidence"}

SIGNED = "Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a trilateral statement on 9 November 2020."


@pytest.fixture(scope="session")
def coder_nlp() -> Language:
    """The full project pipeline (model, actor resolver, event coder), built once."""
    return build_pipeline(Settings())


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("not json at all", "not valid JSON"),
        ('["id", "text"]', "expected a JSON object"),
        ('{"text": "Armenia protested."}', '"id" must be a string'),
        ('{"id": 7, "text": "Armenia protested."}', '"id" must be a string'),
        ('{"id": "x"}', 'missing "text"'),
        ('{"id": "x", "text": 12}', '"text" must be a string'),
        ('{"id": "x", "text": "Armenia protested.", "date": "2023-13-01"}', "not a valid YYYY-MM-DD"),
        ('{"id": "x", "text": "Armenia protested.", "date": "yesterday"}', "not a valid YYYY-MM-DD"),
        ('{"id": "x", "text": "Armenia protested.", "date": 20230101}', '"date" must be'),
    ],
)
def test_coding_parse_line_rejects_bad_records(line: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment.replace("(", r"\(")):
        parse_line(line)


@pytest.mark.parametrize("line", ['{"id": "x", "text": \n', b'{"id": "x", "text": \r\n'])
def test_coding_parse_line_names_the_column_of_a_cut_line(line: str | bytes) -> None:
    # The line as read keeps its newline: the column is the one on the line (21), not 1 on the line after it.
    with pytest.raises(ValueError, match="at column 21"):
        parse_line(line)


def test_coding_parse_line_rejects_non_utf8() -> None:
    with pytest.raises(ValueError, match="not UTF-8"):
        parse_line(b'{"id": "x", "text": "\xff\xfe"}')


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"id": "a", "text": "Armenia protested."}', ("a", "Armenia protested.", None)),
        ('{"id": "a", "text": "", "date": "2020-11-10"}', ("a", "", "2020-11-10")),
        ('{"id": "a", "text": "x", "date": null, "title": "extra keys are ignored"}', ("a", "x", None)),
    ],
)
def test_coding_parse_line_accepts_records(line: str, expected: tuple[str, str, str | None]) -> None:
    assert parse_line(line) == expected


def test_coding_code_jsonl_keeps_input_order_around_errors(coder_nlp: Language) -> None:
    lines = [
        {"id": "r1", "text": SIGNED, "date": "2020-11-10"},
        "{broken",
        {
            "id": "r3",
            "text": "Turkish F-16 jets shot down a Russian Su-24 near the Syrian border in November 2015.",
        },
        {"id": "r4", "text": "Armenia protested.", "date": "10/11/2020"},
        {"id": "r5", "text": ""},
        {"id": "r6", "text": "Iran held military drills near the Azerbaijani border in October 2021."},
        {"id": "r7"},
    ]
    seen: list[tuple[int, str]] = []
    out = io.StringIO()
    report = code_jsonl(
        io.StringIO(jsonl(*lines)),
        out,
        Settings(batch_size=2),
        nlp=coder_nlp,
        on_error=lambda n, message: seen.append((n, message)),
    )
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [row["id"] for row in rows] == ["r1", None, "r3", "r4", "r5", "r6", "r7"]
    assert [row.get("line") for row in rows] == [None, 2, None, 4, None, None, 7]
    assert all(isinstance(row["events"], list) for row in rows)
    assert [n for n, _ in seen] == [2, 4, 7] == [n for n, _ in report.failed]
    assert (report.lines, report.coded) == (7, 4)
    assert rows[4]["events"] == []


def test_coding_code_jsonl_writes_the_event_contract(coder_nlp: Language) -> None:
    out = io.StringIO()
    code_jsonl(io.StringIO(jsonl({"id": "s", "text": SIGNED, "date": "2020-11-10"})), out, nlp=coder_nlp)
    row = json.loads(out.getvalue())
    assert row["id"] == "s"
    assert row["events"], "the signing sentence should give at least one event"
    for event in row["events"]:
        assert set(event) >= EVENT_KEYS
        assert event["modality"] in ("asserted", "negated", "hypothetical", "normative", "intended")
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert 0 <= start < end <= len(SIGNED)
        assert all({"code", "sector", "text"} <= set(actor) for actor in event["source"] + event["target"])
        assert event["date"] == "2020-11-09"


def test_coding_code_jsonl_skips_blank_lines(coder_nlp: Language) -> None:
    out = io.StringIO()
    report = code_jsonl(io.StringIO('\n{"id": "a", "text": "Armenia protested."}\n   \n'), out, nlp=coder_nlp)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["a"]
    assert report.failed == []


def test_coding_cli_files_and_exit_status(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    target = tmp_path / "out.jsonl"
    source.write_text(jsonl({"id": "a", "text": SIGNED, "date": "2020-11-10"}, "oops"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", "--input", str(source), "--output", str(target)])
    assert result.exit_code == 3, result.output
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["a", None]
    assert rows[1]["line"] == 2 and "not valid JSON" in rows[1]["error"]
    assert f"{source}:2:" in result.output


def test_coding_cli_all_good_exits_zero(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(jsonl({"id": "a", "text": SIGNED}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", "--input", str(source), "--output", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.output


def test_coding_command_streams_stdin_to_stdout() -> None:
    """The installed command, in a real subprocess: stdin in, stdout out, messages on stderr, status 3."""
    stdin = jsonl(
        {"id": "a", "text": SIGNED, "date": "2020-11-10"}, '{"id": "b", "text": 5}', {"id": "c", "text": "x"}
    )
    done = subprocess.run(
        [sys.executable, "-m", "realpolitik", "code", "--input", "-", "--output", "-"],
        input=stdin.encode("utf-8"),
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 3, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["a", "b", "c"]
    assert rows[1]["line"] == 2 and rows[1]["events"] == []
    assert "-:2:" in done.stderr.decode("utf-8")


@pytest.mark.slow
def test_coding_code_jsonl_two_processes_match_one(coder_nlp: Language) -> None:
    """Workers parse, the project's components run in the parent: same lines, same order, same events."""
    records = [
        {"id": "p1", "text": SIGNED, "date": "2020-11-10"},
        "not json",
        {
            "id": "p2",
            "text": "Turkish F-16 jets shot down a Russian Su-24 near the Syrian border in November 2015.",
        },
        {"id": "p3", "text": "Iran held military drills near the Azerbaijani border in October 2021."},
    ]
    outputs = []
    for n_process in (1, 2):
        out = io.StringIO()
        code_jsonl(
            io.StringIO(jsonl(*records)), out, Settings(n_process=n_process, batch_size=1), nlp=coder_nlp
        )
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[1].splitlines()] == ["p1", None, "p2", "p3"]


@Language.component("realpolitik_test_refuses_marked_text")
def _refuses_marked_text(doc: Doc) -> Doc:
    # A component that fails on one text, to check the failure stays on that record's line.
    if "UNCODABLE" in doc.text:
        raise RuntimeError("refusing a marked text")
    return doc


@pytest.mark.parametrize("n_process", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_coding_component_failure_becomes_that_records_error_line(n_process: int) -> None:
    nlp = build_pipeline(Settings())
    nlp.add_pipe("realpolitik_test_refuses_marked_text")
    records = [
        {"id": "ok1", "text": SIGNED},
        {"id": "bad", "text": "UNCODABLE text about Armenia."},
        {
            "id": "ok2",
            "text": "Turkish F-16 jets shot down a Russian Su-24 near the Syrian border in November 2015.",
        },
    ]
    out = io.StringIO()
    report = code_jsonl(
        io.StringIO(jsonl(*records)), out, Settings(n_process=n_process, batch_size=1), nlp=nlp
    )
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [row["id"] for row in rows] == ["ok1", "bad", "ok2"]
    assert rows[1]["line"] == 2 and "RuntimeError" in rows[1]["error"]
    assert rows[0]["events"] and "error" not in rows[2]
    assert [n for n, _ in report.failed] == [2]


@pytest.mark.parametrize("n_process", [1, pytest.param(2, marks=pytest.mark.slow)])
def test_coding_article_date_reaches_the_coder(coder_nlp: Language, n_process: int) -> None:
    # 2021-06-17 was a Thursday; the Shusha Declaration was signed on Tuesday 15 June 2021.
    text = "Erdogan and Aliyev signed the Shusha Declaration on Tuesday."
    out = io.StringIO()
    code_jsonl(
        io.StringIO(jsonl({"id": "d", "text": text, "date": "2021-06-17"}, {"id": "n", "text": text})),
        out,
        Settings(n_process=n_process, batch_size=1),
        nlp=coder_nlp,
    )
    dated, undated = (json.loads(line) for line in out.getvalue().splitlines())
    assert dated["events"] and undated["events"]
    assert {(e["date"], e["date_precision"]) for e in dated["events"]} == {("2021-06-15", "day")}
    assert {(e["date"], e["date_precision"]) for e in undated["events"]} == {(None, "unknown")}


GAPS = "Iran frobnicated Iraq on Monday. Turkey and Greece renovated the old bridge. Russia sent troops to Syria."


def test_coding_report_counts_lexicon_gaps(coder_nlp: Language) -> None:
    out = io.StringIO()
    report = code_jsonl(
        io.StringIO(jsonl({"id": "a", "text": GAPS}, {"id": "b", "text": GAPS})), out, nlp=coder_nlp
    )
    # main verbs that bear actors and that no lexicon entry knows; "send" is known and coded
    assert report.gaps == {"frobnicate": 2, "renovate": 2}


def test_coding_cli_stats_prints_the_gaps(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(jsonl({"id": "a", "text": GAPS}), encoding="utf-8")
    args = ["code", "--input", str(source), "--output", str(tmp_path / "o.jsonl"), "--n-process", "1"]
    quiet = CliRunner().invoke(cli, args)
    loud = CliRunner().invoke(cli, [*args, "--stats"])
    assert quiet.exit_code == loud.exit_code == 0
    assert "lexicon gaps" not in quiet.stderr
    assert "lexicon gaps: 2 main verbs with actors had no lexicon entry (2 lemmas)" in loud.stderr
    assert "frobnicate 1" in loud.stderr and "renovate 1" in loud.stderr


# A transcript written for this test (the Kremlin talks of 20 August 2021 took place; the words are not quotes).
KREMLIN_TALKS = (
    "President of Russia Vladimir Putin: Madam Federal Chancellor, ladies and gentlemen,\n\n"
    "We discussed the situation in Afghanistan after the Taliban took Kabul. We also discussed the gas "
    "pipeline across the Baltic Sea, which is almost finished.\n\n"
    "Federal Chancellor of Germany Angela Merkel (retranslated): Thank you, Mr President.\n\n"
    "We talked for about three hours today. We discussed Afghanistan, Ukraine and Belarus.\n\n"
    "I asked President Putin to release Alexei Navalny. I am going to Kiev on Sunday to meet with "
    "President Zelensky.\n"
)


@pytest.mark.parametrize("chunk_chars", [150, 300])
def test_coding_transcript_cut_into_chunks_keeps_its_speakers(coder_nlp: Language, chunk_chars: int) -> None:
    def events(settings: Settings) -> list[tuple[str, list[str], list[str], str]]:
        out = io.StringIO()
        record = {"id": "t", "text": KREMLIN_TALKS, "date": "2021-08-20"}
        code_jsonl(io.StringIO(jsonl(record)), out, settings, nlp=coder_nlp)
        found = []
        for e in json.loads(out.getvalue())["events"]:
            start, end = e["evidence"]["start"], e["evidence"]["end"]
            codes = [sorted(a["code"] for a in e[side]) for side in ("source", "target")]
            found.append((e["cameo"], *codes, KREMLIN_TALKS[start:end].strip()))
        return found

    whole = events(Settings())
    cut = events(Settings(parse_chunk_chars=chunk_chars))
    # "I" and "we" in a chunk cut out of a turn still stand for the speaker and the other leader
    assert ("0253", ["DEU"], ["RUS"], "I asked President Putin to release Alexei Navalny.") in cut
    assert ("040", ["DEU", "RUS"], [], "We talked for about three hours today.") in cut
    assert ("042", ["DEU"], ["UKR"], "I am going to Kiev on Sunday to meet with President Zelensky.") in cut
    # the same events as the whole text gives (a sentence at a chunk's edge may be split differently), with
    # their evidence in the text, never in the labels parsed around a chunk
    assert [e[:3] for e in cut] == [e[:3] for e in whole]
    assert all(evidence and evidence in KREMLIN_TALKS for *_, evidence in cut)
