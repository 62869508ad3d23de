"""The learned proposer (events/propose.py) and its trainer (events/train_proposer.py): the packaged model is up to
date with its code and the annotated files it was trained on (never a held-out set), the fit is deterministic and
learns what the labels say, the coder asks the proposer only where the rules give a sentence no event and only with
two parties found by the rules' roles, and the setting is off by default. The sentences are the project's own
(American relief flights landed in Haiti after the earthquake of January 2010; Chinese relief flights reached Nepal
after the earthquake of April 2015; the African Union suspended Mali after the coup of May 2021)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from realpolitik.config import Settings
from realpolitik.evaluation import repo_root, shared_dir
from realpolitik.events import propose, train_proposer, train_selector
from realpolitik.events.component import make_event_coder
from realpolitik.events.propose import NONE, Proposer, load_proposer
from realpolitik.nlp import process

# (the planes carry no load named: landing "with supplies" the rules read as the delivery since cargo42)
HAITI = "American relief planes landed in Port-au-Prince in January 2010."
NEPAL = "Chinese relief planes landed in Kathmandu in April 2015."
MALI = "The African Union suspended Mali in 2021 after the second coup."
NO_DOER = "Relief planes landed in Kathmandu in April 2015."


def _events(nlp: Language, text: str, proposer: Proposer | None) -> list[tuple[str, set[str], set[str]]]:
    coder = nlp.get_pipe("realpolitik_events")
    saved = coder.proposer
    coder.proposer = proposer
    try:
        (doc,) = process(nlp, [(text, None)])
    finally:
        coder.proposer = saved
    return [(e.event, {a.code for a in e.source}, {a.code for a in e.target}) for e in doc._.events]


def test_proposer_data_is_up_to_date_with_its_code_and_its_training_files() -> None:
    assert propose.DATA.is_file(), "no data/proposer.json: run python -m realpolitik.events.train_proposer"
    model = json.loads(propose.DATA.read_text(encoding="utf-8"))
    assert model["code"] == train_proposer.code_hashes(), (
        "propose.py or train_proposer.py changed since the model was trained: retrain it"
    )
    checked = 0
    folds = set()
    for item in model["manifest"]:
        name = str(item["file"])
        folds.add(item["fold"])
        if name.startswith("../shared/"):
            path = shared_dir() / name.removeprefix("../shared/")
            if not shared_dir().is_dir():
                continue
        else:
            path = repo_root() / name
        assert path.is_file(), f"{name}: a file the proposer was trained on is gone: retrain it"
        assert train_selector.sha256(path) == item["sha256"], f"{name} changed since the proposer was trained"
        checked += 1
    assert checked >= 10
    assert {
        "challenge1",
        "probes",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
        "blind33",
        "blind34",
        "blind35",
        "blind36",
        "blind37",
        "blind38",
        "blind39",
        "blind40",
        "blind41",
    } <= folds
    # never a held-out set
    assert not any(Path(str(i["file"])).parent.name in train_selector.HELD_OUT for i in model["manifest"])
    assert "blind42" in train_selector.HELD_OUT


def test_the_held_out_sets_are_refused(tmp_path: Path) -> None:
    bench = tmp_path / "benchmarks"
    for name in ("challenge", "blind42"):
        (bench / name).mkdir(parents=True)
    (bench / "challenge" / "challenge_set.json").write_text('{"records": []}', encoding="utf-8")
    (bench / "blind42" / "part_a.json").write_text('{"records": []}', encoding="utf-8")
    original = train_selector.DEVELOPMENT_BLIND
    train_selector.DEVELOPMENT_BLIND = (*original, 42)  # (as if someone listed the set being written)
    try:
        with pytest.raises(SystemExit, match="held-out"):
            train_selector.development_sets(tmp_path, tmp_path / "shared")
    finally:
        train_selector.DEVELOPMENT_BLIND = original


def test_fit_is_deterministic_and_learns_what_the_labels_say() -> None:
    feats = [["bias", "wn_root=07", "lemma=land"]] * 4 + [["bias", "lemma=collide"]] * 4
    labels = ["AID"] * 4 + [NONE] * 4
    one = train_proposer.fit(feats, labels, {"AID": "073"})
    two = train_proposer.fit(list(feats), list(labels), {"AID": "073"})
    assert one == two
    assert one.propose(["bias", "wn_root=07"]) == "073"
    assert one.propose(["bias", "lemma=collide"]) is None  # (no event is a class of its own)
    assert one.best(["bias", "lemma=collide"])[0] == NONE


def test_the_training_set_of_each_mode() -> None:
    records = [{"event": "AID", "cameo": "073"}, {"event": "", "cameo": ""}]
    examples = [
        {"record": 0, "root": True, "tried": True, "quiet": False, "feats": ["lemma=send", "wn_root=07"]},
        {"record": 0, "root": False, "tried": False, "quiet": False, "feats": ["lemma=fly"]},
        {"record": 1, "root": False, "tried": False, "quiet": True, "feats": ["lemma=land"]},
    ]
    assert train_proposer.training_set(examples, records, "quiet") == ([["lemma=land"]], [NONE])
    assert train_proposer.training_set(examples, records, "broad")[1] == ["AID", NONE]
    assert train_proposer.training_set(examples, records, "general")[0] == [["wn_root=07"], []]
    assert train_proposer.application_set(examples) == [examples[2]]


def test_a_stub_proposer_reads_a_verb_the_rules_leave_with_no_event(nlp: Language) -> None:
    stub = Proposer({NONE: {"bias": 0.0}, "AID": {"lemma=land": 5.0}}, {"AID": "073"})
    assert _events(nlp, HAITI, None) == []  # (the rules read no event here)
    assert _events(nlp, HAITI, stub) == [("AID", {"USA"}, {"HTI"})]
    # never without a doer and a receiver found by the rules' roles, however sure the model is
    assert _events(nlp, NO_DOER, stub) == []
    # "no event" wins, or the type is not sure enough: nothing
    assert _events(nlp, HAITI, Proposer({NONE: {"lemma=land": 5.0}, "AID": {}}, {"AID": "073"})) == []
    assert _events(nlp, HAITI, Proposer({NONE: {}, "AID": {}, "ASSAULT": {}}, {"AID": "073"})) == []


def test_the_proposer_is_never_asked_where_the_rules_read_an_event(nlp: Language) -> None:
    stub = Proposer({NONE: {"bias": 0.0}, "ASSAULT": {"bias": 9.0}}, {"ASSAULT": "190"})
    text = "Japan sent relief goods to Nepal after the earthquake of April 2015."
    assert [e[0] for e in _events(nlp, text, stub)] == [e[0] for e in _events(nlp, text, None)] == ["AID"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HAITI, ("AID", {"USA"}, {"HTI"})),
        (NEPAL, ("AID", {"CHN"}, {"NPL"})),
        (MALI, ("SANCTION", {"IGO"}, {"MLI"})),
    ],
)
def test_the_packaged_proposer_reads_what_the_rules_leave(
    nlp: Language, text: str, expected: tuple[str, set[str], set[str]]
) -> None:
    model = load_proposer()
    assert model is not None
    assert _events(nlp, text, None) == []
    got = [(kind, {c[:3] for c in src}, {c[:3] for c in tgt}) for kind, src, tgt in _events(nlp, text, model)]
    assert got == [expected]


def test_the_setting_is_off_by_default() -> None:
    assert Settings().proposer is False
    assert make_event_coder(None, "events", None, 1).proposer is None  # type: ignore[arg-type]
    assert make_event_coder(None, "events", None, 1, proposer=True).proposer is not None  # type: ignore[arg-type]
    assert make_event_coder(None, "events", None, 1, lexicon="derived", proposer=True).proposer is None  # type: ignore[arg-type]
