"""Tests of scale.py: coding on a real Dask LocalCluster gives exactly what `code_jsonl` gives, in order."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client
from spacy.language import Language
from spacy.tokens import Doc

from realpolitik.cli import cli
from realpolitik.coding import code_jsonl
from realpolitik.config import Settings
from realpolitik.errors import InputError, KnowledgeBaseError, StoreError
from realpolitik.nlp import build_pipeline
from realpolitik.pipeline import analyze
from realpolitik.scale import (
    DRIVER_LOG_LENGTH,
    ScaleError,
    code_dask,
    code_local,
    dask_client,
    input_files,
    partitions,
)
from realpolitik.store import Reader, Store

pytestmark = [
    pytest.mark.scale,
    # Dask warns when a loaded machine takes over a second to create its scratch folders: not a failure.
    pytest.mark.filterwarnings("ignore:Creating scratch directories:UserWarning"),
]

# Sentences the project wrote about the South Caucasus, 2020-2025, with the date each item reports.
SENTENCES = [
    ("2020-09-27", "Azerbaijan launched a military offensive in Nagorno-Karabakh on 27 September 2020."),
    ("2020-09-27", "Armenia declared martial law on 27 September 2020."),
    ("2020-10-10", "Russia brokered a humanitarian ceasefire between Armenia and Azerbaijan in Moscow."),
    ("2020-11-08", "Azerbaijani forces captured the town of Shusha on 8 November 2020."),
    ("2020-11-10", "Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a statement ending the war."),
    ("2020-11-10", "Russia deployed peacekeepers to Nagorno-Karabakh."),
    ("2021-01-30", "Turkey and Russia opened a joint monitoring centre in the Aghdam District."),
    ("2021-06-15", "Recep Tayyip Erdogan and Ilham Aliyev signed the Shusha Declaration on 15 June 2021."),
    ("2021-10-01", "Iran held military exercises near its border with Azerbaijan."),
    ("2021-12-15", "Turkey and Armenia appointed special envoys to normalise their relations."),
    ("2021-12-10", "Russia hosted the first meeting of the 3+3 platform in Moscow."),
    ("2022-01-14", "The special envoys of Turkey and Armenia met in Moscow on 14 January 2022."),
    ("2022-02-22", "Azerbaijan and Russia signed a declaration on allied interaction on 22 February 2022."),
    ("2022-09-13", "Azerbaijani troops attacked positions inside Armenia on 13 September 2022."),
    ("2022-09-13", "Armenia asked the Collective Security Treaty Organization for military help."),
    ("2023-01-27", "A gunman attacked the Azerbaijani embassy in Tehran on 27 January 2023."),
    ("2023-01-27", "Azerbaijan evacuated its embassy in Tehran after the attack."),
    ("2023-02-20", "The European Union deployed a civilian monitoring mission to Armenia."),
    ("2023-03-29", "Azerbaijan opened an embassy in Israel on 29 March 2023."),
    ("2023-04-23", "Azerbaijan set up a checkpoint on the Lachin corridor on 23 April 2023."),
    ("2023-09-19", "Azerbaijan launched an offensive in Nagorno-Karabakh on 19 September 2023."),
    ("2023-09-20", "The Nagorno-Karabakh authorities agreed to a ceasefire on 20 September 2023."),
    ("2023-10-03", "Armenia ratified the Rome Statute of the International Criminal Court."),
    ("2023-10-03", "The Kremlin criticised Armenia for ratifying the Rome Statute."),
    ("2023-10-23", "Iran hosted a meeting of the 3+3 platform in Tehran on 23 October 2023."),
    ("2024-02-23", "Armenia froze its participation in the Collective Security Treaty Organization."),
    ("2024-04-05", "Nikol Pashinyan met Antony Blinken and Ursula von der Leyen in Brussels."),
    ("2024-04-26", "Russia and Turkey closed their joint monitoring centre in Aghdam."),
    ("2024-06-12", "Russia withdrew its peacekeepers from Nagorno-Karabakh."),
    ("2024-12-25", "An Azerbaijan Airlines plane crashed near Aktau in Kazakhstan on 25 December 2024."),
    ("2024-12-28", "Vladimir Putin apologised to Ilham Aliyev for the crash."),
    ("2024-12-29", "Ilham Aliyev said the plane had been damaged by fire from the ground over Russia."),
    ("2025-06-27", "Russian police raided the homes of Azerbaijani families in Yekaterinburg."),
    ("2025-06-28", "Azerbaijan cancelled Russian cultural events after the raid in Yekaterinburg."),
    ("2025-08-08", "Ilham Aliyev and Nikol Pashinyan met Donald Trump at the White House on 8 August 2025."),
    (
        "2025-08-08",
        "The foreign ministers of Armenia and Azerbaijan initialled a peace agreement in Washington.",
    ),
    (None, "Turkey supplied Bayraktar drones to Azerbaijan."),
    (None, "Israel sold weapons to Azerbaijan."),
]


def corpus_lines() -> list[str]:
    """40 numbered input lines plus a blank one: 38 records, a line that is not JSON, a numeric id."""
    lines = []
    for number, (day, text) in enumerate(SENTENCES, start=1):
        record = {"id": f"sc{number:02d}", "text": text}
        if day is not None:
            record["date"] = day
        lines.append(json.dumps(record, ensure_ascii=False))
    lines.insert(6, '{"id": "broken", "text": "Armenia and Azerbaijan')  # cut off mid-record
    lines.insert(19, "")  # blank lines are skipped by both paths, but still count as lines
    lines.insert(27, json.dumps({"id": 27, "text": "Russia and Azerbaijan held talks."}))
    # Ids with Unicode line and paragraph separators stay raw in the output (ensure_ascii=False).
    lines[2] = lines[2].replace('"sc03"', '"sc\\u202803"')
    lines[30] = lines[30].replace('"sc28"', '"sc\\u008528"')
    return [line + "\n" for line in lines]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A real LocalCluster of two worker processes on 127.0.0.1, shared by this module's tests."""
    with dask_client("local:2") as made:
        yield made


@pytest.fixture(scope="module")
def coder_nlp() -> Language:
    return build_pipeline(Settings())


def reference(nlp: Language, lines: list[str]) -> tuple[str, list[tuple[int, str]]]:
    """What the single-process contract writes for these lines, and its (line, message) failures."""
    out = io.StringIO()
    report = code_jsonl([line.encode() for line in lines], out, nlp=nlp)
    return out.getvalue(), report.failed


@pytest.mark.parametrize(("partition_lines", "window"), [(4, 2), (7, 3), (100, 4)])
def test_scale_code_dask_matches_code_jsonl(
    client: Client, coder_nlp: Language, partition_lines: int, window: int
) -> None:
    lines = corpus_lines()
    expected, expected_failed = reference(coder_nlp, lines)
    errors: list[tuple[str, int, str]] = []
    out = io.StringIO()
    report = code_dask(
        io.BytesIO("".join(lines).encode()),
        out,
        client=client,
        lines_per_partition=partition_lines,
        window=window,
        name="corpus.jsonl",
        on_error=lambda *error: errors.append(error),
    )
    assert out.getvalue() == expected  # same ids, events and error lines, line for line
    produced = out.getvalue().split("\n")[:-1]  # not splitlines: ids may hold U+2028 or U+0085
    ids = [f"sc{n:02d}" for n in range(1, len(SENTENCES) + 1)]
    ids[2], ids[27] = "sc\u202803", "sc\u008528"
    assert [json.loads(x)["id"] for x in produced if '"line"' not in x] == ids  # input order
    failed = [(json.loads(x)["line"], json.loads(x)["id"]) for x in produced if "error" in json.loads(x)]
    assert failed == [(7, None), (28, None)]  # no readable id in either
    assert sorted(errors) == [("corpus.jsonl", line, message) for line, message in expected_failed]
    assert report.lines == len(lines) == 41
    assert report.coded == len(SENTENCES)
    assert report.events == sum(len(json.loads(x)["events"]) for x in produced) > len(SENTENCES) // 2
    assert report.partitions == -(-len(lines) // partition_lines)
    assert report.workers == 2


def _profile_state(dask_worker: object) -> tuple[object, int, int]:
    import dask

    return (
        dask.config.get("distributed.worker.profile.enabled"),
        len(dask_worker.profile_history),  # type: ignore[attr-defined]
        dask_worker.profile_recent["count"],  # type: ignore[attr-defined]
    )


def test_scale_local_dask_workers_keep_no_profile(client: Client) -> None:
    # Dask's profiler would keep a profile of every second of the last 1,000 in each worker: memory that
    # grows with the run's wall time (issue 13). The local cluster's workers run without it.
    lines = [line for line in corpus_lines() if line.strip()][:8]
    code_dask(io.BytesIO("".join(lines).encode()), io.StringIO(), client=client, lines_per_partition=2)
    states = client.run(_profile_state)
    assert len(states) == 2 and all(state == (False, 0, 0) for state in states.values())


class _CountingInput:
    """An input stream that counts the lines the driver has read so far."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.read = 0

    def __iter__(self) -> Iterator[bytes]:
        for line in self.lines:
            self.read += 1
            yield line.encode()


class _Watcher(io.StringIO):
    """An output stream that notes how far ahead of the writing the reading was at each written line."""

    def __init__(self, source: _CountingInput) -> None:
        super().__init__()
        self.source = source
        self.written = 0
        self.lead: list[int] = []

    def write(self, text: str) -> int:
        if text == "\n":
            self.written += 1
            self.lead.append(self.source.read - self.written)
        return super().write(text)


@pytest.mark.parametrize("window", [1, 2])
def test_scale_code_dask_reads_a_bounded_window_ahead(client: Client, window: int) -> None:
    lines = [line for line in corpus_lines() if line.strip()][:24]  # no blank line: one output per input
    source = _CountingInput(lines)
    out = _Watcher(source)
    code_dask(source, out, client=client, lines_per_partition=3, window=window)  # type: ignore[arg-type]
    assert out.written == len(lines)
    # The driver holds at most `window` partitions besides the one being written: never the whole input.
    assert max(out.lead) <= (window + 1) * 3
    assert source.read == len(lines)


def test_scale_code_dask_codes_a_folder_file_by_file(
    client: Client, coder_nlp: Language, tmp_path: Path
) -> None:
    lines = corpus_lines()
    first, second = lines[:15], lines[15:]
    (tmp_path / "b.jsonl").write_text("".join(second), encoding="utf-8")
    (tmp_path / "a.jsonl").write_text("".join(first), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not an input\n", encoding="utf-8")
    errors: list[tuple[str, int, str]] = []
    out = io.StringIO()
    report = code_dask(
        [tmp_path], out, client=client, lines_per_partition=4, on_error=lambda *e: errors.append(e)
    )
    expected_a, failed_a = reference(coder_nlp, first)
    expected_b, failed_b = reference(coder_nlp, second)
    assert out.getvalue() == expected_a + expected_b  # files in name order, line numbers per file
    assert sorted(errors) == sorted(
        [(str(tmp_path / "a.jsonl"), n, m) for n, m in failed_a]
        + [(str(tmp_path / "b.jsonl"), n, m) for n, m in failed_b]
    )
    assert [(Path(name).name, line) for name, line, _ in errors] == [("a.jsonl", 7), ("b.jsonl", 13)]
    assert report.lines == len(lines)


def test_scale_cli_code_with_dask_matches_the_default_path(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(corpus_lines()[:12]), encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["code", "--input", str(source), "--output", str(tmp_path / "plain.jsonl")])
    scaled = runner.invoke(
        cli,
        [
            "code",
            "--input",
            str(source),
            "--output",
            str(tmp_path / "dask.jsonl"),
            "--dask",
            "local:2",
            "--partition-lines",
            "5",
        ],
    )
    assert plain.exit_code == scaled.exit_code == 3  # line 7 is broken: finished, something failed
    assert f"{source}:7: not valid JSON" in scaled.stderr
    assert "on 2 Dask workers" in scaled.stderr
    assert (tmp_path / "dask.jsonl").read_text(encoding="utf-8") == (tmp_path / "plain.jsonl").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("sizes", "n", "expected"),
    [
        ((5,), 2, [("a", 1, 2), ("a", 3, 2), ("a", 5, 1)]),
        ((3, 4), 3, [("a", 1, 3), ("b", 1, 3), ("b", 4, 1)]),  # never across files
        ((0, 2), 5, [("b", 1, 2)]),
    ],
)
def test_scale_partitions_cut_each_input_into_numbered_runs(
    sizes: tuple[int, ...], n: int, expected: list[tuple[str, int, int]]
) -> None:
    sources = [
        (name, [f"{name}{i}\n".encode() for i in range(size)])
        for name, size in zip("ab", sizes, strict=False)
    ]
    parts = list(partitions(sources, n))
    assert [(p.source, p.first_line, len(p.lines)) for p in parts] == expected
    assert [p.index for p in parts] == list(range(len(expected)))
    assert parts[0].lines[0] == f"{expected[0][0]}0\n".encode()


@pytest.mark.parametrize(
    ("lengths", "max_bytes", "expected"),
    [
        ((10, 10, 10, 10), 25, [(1, 3), (4, 1)]),  # 30 bytes >= 25: the partition ends there
        ((40, 5, 5), 25, [(1, 1), (2, 2)]),  # a longer line gets a partition of its own
        ((10, 10, 10, 10), 1000, [(1, 4)]),
    ],
)
def test_scale_partitions_end_at_a_byte_budget(
    lengths: tuple[int, ...], max_bytes: int, expected: list[tuple[int, int]]
) -> None:
    lines = [b"x" * (n - 1) + b"\n" for n in lengths]
    parts = list(partitions([("a", lines)], lines_per_partition=100, max_bytes=max_bytes))
    assert [(p.first_line, len(p.lines)) for p in parts] == expected


@pytest.mark.parametrize("address", ["local:x", "local:0"])
def test_scale_dask_client_rejects_a_bad_local_address(address: str) -> None:
    with pytest.raises(ScaleError, match="local:N"), dask_client(address):
        pass


def test_scale_dask_client_names_an_unreachable_scheduler() -> None:
    unreachable = r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    with pytest.raises(ScaleError, match=unreachable), dask_client("tcp://127.0.0.1:9", timeout=1):
        pass


def test_scale_input_files_names_a_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        input_files([tmp_path / "missing.jsonl"])
    with pytest.raises(InputError, match=r"no \.jsonl files"):
        input_files([tmp_path])


def test_scale_code_dask_stops_before_writing_when_workers_cannot_build_the_pipeline(
    client: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A knowledge-base pack the workers cannot read: the project error of the worker reaches the caller.
    bad_pack = tmp_path / "pack.json"
    bad_pack.write_text("{not json", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with pytest.raises(KnowledgeBaseError, match=rf"{bad_pack}:1: not valid JSON"):
        code_dask(
            io.BytesIO("".join(corpus_lines()[:3]).encode()),
            out,
            Settings(kb_packs=("pack.json",)),  # relative to the driver's directory, not the workers'
            client=client,
            lines_per_partition=2,
        )
    assert out.getvalue() == ""  # nothing half-written


def test_scale_code_dask_connects_to_a_running_scheduler_by_address(
    client: Client, coder_nlp: Language, tmp_path: Path
) -> None:
    lines = corpus_lines()[:10]
    source = tmp_path / "one.jsonl"
    source.write_text("".join(lines), encoding="utf-8")
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    out = io.StringIO()
    report = code_dask(source, out, address=address, lines_per_partition=3)  # one path, not a list
    assert out.getvalue() == reference(coder_nlp, lines)[0]
    assert report.workers == 2
    assert client.scheduler_info()["workers"]  # the cluster outlives a client that only connected to it


# --- analyze on several processes -------------------------------------------------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
STORE_QUERIES = {
    # Everything but the clocks and run ids, which differ between any two runs.
    "articles": "SELECT * EXCLUDE (ingested_at, coded_at), coded_at IS NULL AS uncoded FROM articles ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, idx",
    "events": "SELECT * FROM events ORDER BY id",
    "axes": "SELECT * FROM axes ORDER BY ALL",
    "skipped": "SELECT source, line, reason FROM skipped ORDER BY ALL",
}


def store_content(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, read_only=True) as store:
        return {table: store.con.execute(sql).fetchall() for table, sql in STORE_QUERIES.items()}


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight example files, a near-duplicate, a French article and a file that cannot be read."""
    folder = tmp_path_factory.mktemp("corpus")
    names = [
        "03_shusha_captured.txt",
        "04_trilateral_statement.txt",
        "10_iran_drills_near_border.txt",
        "16_border_clashes_september_2022.txt",
        "26_armenia_freezes_csto.txt",
        "30_azal_crash.txt",
        "scraped_dump.txt",  # several articles, one of them in Arabic: stored, not coded
        "wire.jsonl",
    ]
    for name in names:
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    text = (EXAMPLES / "30_azal_crash.txt").read_text(encoding="utf-8")
    (folder / "30b_azal_crash_again.txt").write_text(
        text.replace("passenger plane", "passenger jet", 1), encoding="utf-8"
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    return folder


@pytest.fixture(scope="module")
def one_process_store(
    small_corpus: Path, coder_nlp: Language, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    analyze([small_corpus], db, Settings(n_process=1), progress=False, nlp=coder_nlp)
    return db


def test_scale_analyze_on_dask_stores_what_one_process_stores(
    client: Client, small_corpus: Path, one_process_store: Path, tmp_path: Path
) -> None:
    db = tmp_path / "dask.duckdb"
    result = analyze([small_corpus], db, Settings(), progress=False, dask=client.scheduler.address)
    expected = store_content(one_process_store)
    assert store_content(db) == expected
    assert len(expected["events"]) > 20 and len(expected["axes"]) >= 1
    assert [a for a in expected["articles"] if a[12] is not None]  # the near-duplicate is marked
    assert len(expected["skipped"]) == 2  # the PDF and the Arabic article
    # every article but the near-duplicate is coded; the Arabic one is marked coded with nothing found
    assert result.articles_coded == len(expected["articles"]) - 2
    again = analyze([small_corpus], db, Settings(), progress=False, dask=client.scheduler.address)
    assert again.articles_added == again.articles_coded == 0  # a rerun changes nothing
    rerun = store_content(db)
    assert all(rerun[table] == expected[table] for table in ("articles", "mentions", "events", "axes"))
    assert len(rerun["skipped"]) == 3  # the rerun names the PDF again (the Arabic article is done)


def test_scale_analyze_on_a_local_pool_stores_what_one_process_stores(
    small_corpus: Path, one_process_store: Path, coder_nlp: Language, tmp_path: Path
) -> None:
    db = tmp_path / "pool.duckdb"
    result = analyze([small_corpus], db, Settings(n_process=2), progress=False, nlp=coder_nlp)
    assert store_content(db) == store_content(one_process_store)
    assert result.events == len(store_content(one_process_store)["events"])


_DRIVER = os.getpid()


@Language.component("realpolitik_test_dies_in_a_worker")
def _dies_in_a_worker(doc: Doc) -> Doc:
    # A worker process that dies in the middle of a run (as if killed), but never the test process itself.
    if "frozen its participation" in doc.text and os.getpid() != _DRIVER:
        os._exit(9)
    return doc


def test_scale_analyze_resumes_after_a_worker_dies(
    small_corpus: Path, one_process_store: Path, tmp_path: Path
) -> None:
    nlp = build_pipeline(Settings())
    nlp.add_pipe("realpolitik_test_dies_in_a_worker")
    db = tmp_path / "resumed.duckdb"
    with pytest.raises(ScaleError, match="everything before it was written"):
        analyze([small_corpus], db, Settings(n_process=2, batch_size=4), progress=False, nlp=nlp)
    with Store(db, read_only=True) as store:
        left = len(store.uncoded_article_ids())
    assert 0 < left < len(store_content(one_process_store)["articles"])
    resumed = analyze([small_corpus], db, Settings(n_process=2), progress=False)
    assert resumed.articles_added == 0 and resumed.articles_coded == left
    content, expected = store_content(db), store_content(one_process_store)
    assert all(content[table] == expected[table] for table in ("articles", "mentions", "events", "axes"))


def test_scale_cli_analyze_with_dask_gives_the_same_dyads_and_counts(
    client: Client, small_corpus: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    outputs = []
    for name, extra in (("one", ["--n-process", "1"]), ("dask", ["--dask", client.scheduler.address])):
        db = str(tmp_path / f"{name}.duckdb")
        done = runner.invoke(cli, ["analyze", str(small_corpus), "--db", db, "--quiet", *extra])
        assert done.exit_code == 3, done.output  # the PDF and the Arabic article are named as skipped
        dyads = runner.invoke(cli, ["dyads", "--db", db, "--format", "json"])
        assert dyads.exit_code == 0
        with Store(db, read_only=True) as store:
            outputs.append((json.loads(dyads.stdout), store.counts()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] and outputs[0][1]["events"] > 20


def test_scale_cli_code_uses_a_local_pool_by_default_with_the_same_output(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = corpus_lines()
    source.write_text("".join(lines * 4), encoding="utf-8")  # 164 lines: more than one partition of 64
    runner = CliRunner()
    pooled = runner.invoke(
        cli, ["code", "--input", str(source), "--output", str(tmp_path / "pool.jsonl"), "--n-process", "2"]
    )
    plain = runner.invoke(
        cli, ["code", "--input", str(source), "--output", str(tmp_path / "one.jsonl"), "--n-process", "1"]
    )
    assert pooled.exit_code == plain.exit_code == 3
    assert pooled.stderr == plain.stderr  # the same error lines, in the same order
    assert f"{source}:48: not valid JSON" in pooled.stderr  # line 7 of the second copy, counted in the file
    assert (tmp_path / "pool.jsonl").read_bytes() == (tmp_path / "one.jsonl").read_bytes()
    assert len((tmp_path / "pool.jsonl").read_text(encoding="utf-8").split("\n")[:-1]) == 4 * 40


@pytest.mark.parametrize("n_lines", [10, 200])
def test_scale_code_local_matches_code_jsonl(coder_nlp: Language, n_lines: int) -> None:
    lines = (corpus_lines() * 5)[:n_lines]
    expected, expected_failed = reference(coder_nlp, lines)
    out = io.StringIO()
    errors: list[tuple[int, str]] = []
    report = code_local(
        [line.encode() for line in lines],
        out,
        nlp=coder_nlp,
        processes=2,
        lines_per_partition=16,
        on_error=lambda *e: errors.append(e),
    )
    assert out.getvalue() == expected
    assert report.failed == expected_failed and sorted(errors) == expected_failed
    assert report.lines == n_lines
    # the lexicon gaps the workers found add up to those of one process
    assert report.gaps == code_jsonl([line.encode() for line in lines], io.StringIO(), nlp=coder_nlp).gaps


def test_scale_code_local_warms_the_first_lines_before_the_workers_fork(coder_nlp: Language) -> None:
    from realpolitik import nlp as nlp_module

    texts = [
        "Fisheries negotiators from Lisbon and Rabat settled quota disputes overnight.",
        "Portugal welcomed the settlement, its envoy said on Thursday.",
        "Morocco thanked Portugal for its patience during the talks.",
        "Both delegations promised further meetings next spring.",
        "Observers called the accord modest but durable.",
        "Spain congratulated both governments.",
    ]
    lines = [json.dumps({"id": str(i), "text": t}) for i, t in enumerate(texts)]
    out = io.StringIO()
    code_local([line.encode() for line in lines], out, nlp=coder_nlp, processes=2, lines_per_partition=2)
    # the workers were forked after the driver had tried the words of the first lines (it parses nothing)
    tried = set(nlp_module._KEPT[coder_nlp].tried)
    assert {"Fisheries", "negotiators", "Lisbon", "Rabat", "settled", "quota"} <= tried
    assert "Morocco" in tried  # (the lines read before the pool starts: one partition and one line more)
    assert "durable." not in tried  # (a later partition's words are tried by its worker only)
    assert out.getvalue() == reference(coder_nlp, lines)[0]


# --- Parquet datasets ---------------------------------------------------------------------------------


def test_scale_parquet_dataset_gives_the_same_figures_as_the_store(
    one_process_store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "dataset"
    runner = CliRunner()
    done = runner.invoke(
        cli, ["export", "--db", str(one_process_store), "--format", "parquet", "--output", str(folder)]
    )
    assert done.exit_code == 0, done.output
    months = sorted(p.name for p in (folder / "events").iterdir())
    assert len(months) > 3 and all(m.startswith("month=") for m in months)
    for command in (
        ["dyads", "--format", "json"],
        ["dyads", "--format", "json", "--window", "month"],
        ["blocs", "--format", "json"],
    ):
        from_store = runner.invoke(cli, [*command, "--db", str(one_process_store)])
        from_parquet = runner.invoke(cli, [*command, "--db", str(folder)])
        assert from_store.exit_code == from_parquet.exit_code == 0, from_parquet.output
        assert json.loads(from_parquet.stdout) == json.loads(from_store.stdout)
    assert json.loads(runner.invoke(cli, ["dyads", "--format", "json", "--db", str(folder)]).stdout)
    with Store(one_process_store, read_only=True) as store:
        counts = store.counts()
    with Reader.from_parquet(folder) as reader:
        tables = {
            t: reader.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "mentions", "axes")
        }
    assert tables == {t: counts[t] for t in tables}
    # exporting again replaces the dataset instead of adding to it
    assert (
        runner.invoke(
            cli, ["export", "--db", str(one_process_store), "--format", "parquet", "--output", str(folder)]
        ).exit_code
        == 0
    )
    with Reader.from_parquet(folder) as reader:
        assert reader.con.execute("SELECT count(*) FROM events").fetchone()[0] == counts["events"]


def test_scale_parquet_folder_without_a_dataset_is_named(tmp_path: Path) -> None:
    done = CliRunner().invoke(cli, ["dyads", "--db", str(tmp_path), "--format", "json"])
    assert done.exit_code != 0
    with pytest.raises(
        StoreError, match=r"no articles in this folder .*export --db FILE\.duckdb --format parquet"
    ):
        Reader.from_parquet(tmp_path)


def test_scale_dask_driver_keeps_only_a_short_log_of_its_messages(client: Client) -> None:
    # Dask's client logs the last messages it sent (each partition's submit, with its articles) and the local
    # scheduler its last transitions, 1,000 of each by default: driver memory that grew with the corpus
    # until the 1,000th partition (issue 13). The driver keeps a few.
    lines = [line for line in corpus_lines() if line.strip()][:8]
    code_dask(io.BytesIO("".join(lines).encode()), io.StringIO(), client=client, lines_per_partition=1)
    sent = client.scheduler_comm.recent_message_log  # type: ignore[union-attr]
    assert sent.maxlen == DRIVER_LOG_LENGTH and len(sent) <= DRIVER_LOG_LENGTH
    scheduler = client.cluster.scheduler  # type: ignore[union-attr]
    assert scheduler.transition_log.maxlen == DRIVER_LOG_LENGTH
