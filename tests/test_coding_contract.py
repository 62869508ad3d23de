"""Issue 11 on the `realpolitik code` contract: one output line per input line whatever it holds,
long texts in chunks, an unwritable or full output a clear error before or instead of a traceback."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language

from realpolitik.cli import main
from realpolitik.coding import code_jsonl
from realpolitik.config import Settings
from realpolitik.nlp import build_pipeline

GOOD = "Russia deployed peacekeepers to Nagorno-Karabakh in November 2020."
LONG_PARAGRAPH = (
    "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 2020. "
    "Russia deployed peacekeepers to the region after the ceasefire. "
    "Turkey supported Azerbaijan during the war.\n\n"
)


@pytest.fixture(scope="module")
def small_limit_nlp() -> Language:
    """The full pipeline with the model limit lowered to 5,000 characters, as if a text were 1.1 M long."""
    nlp = build_pipeline(Settings())
    nlp.max_length = 5_000
    return nlp


def test_coding_contract_surrogate_line_keeps_every_output_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": f"{GOOD} Record {i}."}) for i in range(1, 201)]
    # line 150 holds a lone surrogate in its text, line 160 one in its id (JSON escapes spell them)
    lines[149] = '{"id": "r150", "text": "' + GOOD + ' A broken \\ud800 character."}'
    lines[159] = '{"id": "r160\\udc00", "text": "' + GOOD + '"}'
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["code", "--input", str(src), "--output", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    # Before: the run died at the surrogate line; 128 lines were written and 72 lost.
    assert len(rows) == 200
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(1, 160)] + ["r160\udc00"] + [
        f"r{i}" for i in range(161, 201)
    ]
    assert all("error" not in r for r in rows)
    assert rows[149]["events"] and rows[149]["events"][0]["event"] == rows[0]["events"][0]["event"]


def test_coding_contract_long_text_is_coded_in_chunks(small_limit_nlp: Language) -> None:
    text = LONG_PARAGRAPH * 60  # about 13,000 characters, over the lowered limit
    assert len(text) > small_limit_nlp.max_length
    records = [{"id": "short", "text": GOOD}, {"id": "long", "text": text}, {"id": "after", "text": GOOD}]
    out = io.StringIO()
    report = code_jsonl(
        [json.dumps(r) + "\n" for r in records],
        out,
        Settings(parse_chunk_chars=2_000),
        nlp=small_limit_nlp,
    )
    # Before: E088 (text exceeds the maximum length) stopped the whole run.
    assert report.failed == [] and report.coded == 3
    short, long, after = (json.loads(x) for x in out.getvalue().splitlines())
    assert short["events"] == after["events"] and short["events"]
    assert len(long["events"]) >= 60  # at least one event for each paragraph
    for event in long["events"]:
        span = text[event["evidence"]["start"] : event["evidence"]["end"]]
        assert event["trigger"].split()[0] in span  # offsets point into the whole text


def test_coding_contract_run_on_sentence_is_cut_with_a_warning(
    coder_nlp_for_contract: Language, caplog: pytest.LogCaptureFixture
) -> None:
    run_on = GOOD[:-1] + " and " + " ".join(["the convoy moved on"] * 700)  # about 2,800 words, no full stop
    out = io.StringIO()
    with caplog.at_level(logging.WARNING, logger="realpolitik"):
        report = code_jsonl(
            [json.dumps({"id": "run-on", "text": run_on}) + "\n"], out, Settings(), nlp=coder_nlp_for_contract
        )
    assert report.failed == [] and report.coded == 1
    (row,) = (json.loads(x) for x in out.getvalue().splitlines())
    assert row["id"] == "run-on"
    assert "without a sentence end was cut every 2,000 words" in caplog.text and "line 1" in caplog.text


@pytest.fixture(scope="module")
def coder_nlp_for_contract() -> Language:
    return build_pipeline(Settings())


def test_coding_contract_unwritable_output_fails_before_the_model_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import realpolitik.nlp

    def no_model(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model was loaded before the output was checked")

    monkeypatch.setattr(realpolitik.nlp, "build_pipeline", no_model)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GOOD}) + "\n", encoding="utf-8")
    target = tmp_path / "no-such-folder" / "out.jsonl"
    assert main(["code", "--input", str(src), "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert "out.jsonl" in err and "No such file or directory" in err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="/dev/full is a Linux device")
def test_coding_contract_full_disk_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": GOOD}) + "\n" for i in range(3)), encoding="utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "realpolitik", "code", "--input", str(src), "--output", "/dev/full"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "error: /dev/full: cannot write the output: No space left on device" in proc.stderr
