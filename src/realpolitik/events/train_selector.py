"""Train the learned selector (select.py) on the project's annotated sentence sets and write data/selector.json.

    python -m realpolitik.events.train_selector [--l2 1.0] [--min-count 2] [--output PATH]

The sets are the development sets only: the dev half (../shared/eval/plover_gsr_dev.json, when it is there),
challenge set 1 (benchmarks/challenge/), blind sets 2-5 and 7-12 (benchmarks/blind2/ .. blind12/, one fold each:
the sets whose first contact is taken) and the probe batches (benchmarks/probes/). Never the held-out sets
(benchmarks/blind/, challenge2/, blind6/, and blind13/, the set being written).

Each sentence is coded by the rule coder (lexicon "all", selector off); wherever its candidate events with a
party have two or more readings between them (several candidates, or a trigger whose lexicon offers readings of
other types: select.py `readings`), their features are kept with their label (the reading's PLOVER type is the
record's gold type, as the scorer reads it). The model is a conditional logit over each sentence's candidates
(the probability that the first is of the gold type), with an L2 penalty, fitted by L-BFGS from zero:
deterministic. The data file holds the weights and the manifest (the files trained on with their sha256, and
the sha256 of select.py and of this trainer), which tests/events/test_select.py checks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy
from scipy import optimize, sparse

from ..errors import InputError
from ..evaluation import read_gold, repo_root, shared_dir
from . import select
from .select import DATA, Selector, readings

# The scorer's reading of type names (score_events.py): the 2016 PLOVER names as the current ones.
_CANON = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
HELD_OUT = ("blind", "challenge2", "blind6", "blind42")
L2 = 1.0
MIN_COUNT = 2  # a feature seen in fewer training candidates gets no weight
# the blind sets the shipped model is trained on (each one fold); blind6 stays held out; blind15, whose first
# contact is taken, is a development set from the twenty-fifth session, blind16 from the twenty-sixth, blind17 from the
# twenty-seventh, blind18 from the twenty-eighth, blind19 from the twenty-ninth, blind20 (a deed half only) from the
# thirtieth, blind21 from the thirty-first, blind22 (parts a, b and c) from the thirty-second,
# blind23 from the thirty-third, blind24 from the thirty-fourth, blind25 from the thirty-fifth, blind26 from
# the thirty-sixth, blind27 from the thirty-seventh, blind28 from the thirty-eighth, blind29 from the thirty-ninth,
# blind30 from the fortieth, blind31 from the forty-first, blind32 from the forty-second, blind33 from the forty-third,
# blind34 from the forty-fourth, blind35 from the forty-fifth, blind36 from the forty-sixth,
# blind37 from the forty-seventh, blind38 from the forty-eighth, blind39 from the forty-ninth, blind40 from the
# fiftieth, blind41 from the fifty-first; blind42 is being written
DEVELOPMENT_BLIND: tuple[int, ...] = (2, 3, 4, 5, *range(7, 42))  # 2-5 and 7-41
# The probes folder's independent transfer batches (written by authors who never saw the code, scored by the lead):
# evaluation data, so never a training fold.
EVALUATION_PREFIX = "xfer"


def canon(name: object) -> str:
    text = str(name or "").strip().upper()
    return _CANON.get(text, text)


def development_sets(root: Path | None = None, shared: Path | None = None) -> dict[str, list[Path]]:
    """Fold name -> its annotated files (the files that are there), in a fixed order."""
    root = root or repo_root()
    shared = shared or shared_dir()
    bench = root / "benchmarks"
    folds: dict[str, list[Path]] = {
        "dev": [p for p in [shared / "eval" / "plover_gsr_dev.json"] if p.is_file()],
        "challenge1": [bench / "challenge" / "challenge_set.json"],
    }
    for n in DEVELOPMENT_BLIND:
        folds[f"blind{n}"] = sorted((bench / f"blind{n}").glob("part_*.json"))
    # (the probes folder also holds batches of documents annotated by offsets, the seed schema that
    # blind_eval.py --part seeds scores: only the files of sentence records are trained on; and the independent
    # transfer batches `xfer*.json`, evaluation data written for no engineer, are never trained on)
    folds["probes"] = [
        p
        for p in sorted((bench / "probes").glob("*.json"))
        if not p.name.startswith(EVALUATION_PREFIX) and _sentence_records(p)
    ]
    for name, files in folds.items():
        for file in files:
            if file.parent.name in HELD_OUT:
                raise SystemExit(f"{file}: a held-out set is never trained on")
        folds[name] = [f for f in files if f.is_file()]
    return {k: v for k, v in folds.items() if v}


def _sentence_records(path: Path) -> bool:
    """Whether `path` is a file of gold sentence records (`read_gold` takes it)."""
    try:
        read_gold(path)
    except InputError:
        return False
    return True


@dataclass
class Group:
    """One sentence's readings (two or more: every reading of every candidate, the rules' order and reading
    first): their features, the rules' scores of their candidates and their labels."""

    record: int  # index of the record in the coded list
    feats: list[list[str]]
    scores: list[float]
    labels: list[bool]


@dataclass
class Collected:
    """What a coding pass gives: the candidate groups per record and the rules' predictions per record."""

    groups: list[Group] = field(default_factory=list)
    predictions: list[list[dict[str, Any]]] = field(default_factory=list)


def coder_of(nlp: Any) -> Any:
    return nlp.get_pipe("realpolitik_events")


def collect(nlp: Any, records: Sequence[dict[str, Any]]) -> tuple[Collected, list[Any]]:
    """Code `records` with the rules (the pipeline's coder, its selector set aside) and keep their candidate
    groups; returns them with the Docs (for coding again with a selector)."""
    from ..nlp import process

    coder = coder_of(nlp)
    saved = coder.selector
    coder.selector = None
    out = Collected()
    current = [0]

    def record(sent: Any, alive: list[Any], ments: Any) -> None:
        index = current[0]
        gold = canon(records[index].get("event"))
        group = Group(index, [], [], [])
        for rank, cand in enumerate(alive):
            for other, feats in readings(cand, sent, ments, rank, coder.lexicon):
                group.feats.append(feats)
                group.scores.append(float(cand.score))
                group.labels.append(canon(select.cameo.plover_type(other.code)) == gold)
        if len(group.labels) > 1:
            out.groups.append(group)

    items = [(str(r["text"]), r.get("date")) for r in records]
    with nlp.select_pipes(disable=["realpolitik_events"]):
        docs = list(process(nlp, items))  # parsed and resolved once; the coder runs on each below
    coder.recorder = record
    try:
        for index, doc in enumerate(docs):
            current[0] = index  # (the recorder's record)
            out.predictions.append([e.to_dict() for e in (coder(doc)._.events or [])])
    finally:
        coder.recorder = None
        coder.selector = saved
    return out, docs


def recode(nlp: Any, docs: Iterable[Any], chooser: Selector | None) -> list[list[dict[str, Any]]]:
    """The events of already parsed Docs coded again by the pipeline's coder with `chooser` as its selector."""
    coder = coder_of(nlp)
    saved = coder.selector
    coder.selector = chooser
    try:
        return [[e.to_dict() for e in (coder(doc)._.events or [])] for doc in docs]
    finally:
        coder.selector = saved


def fit(groups: Sequence[Group], l2: float = L2, min_count: int = MIN_COUNT) -> Selector:
    """The conditional logit over the groups that have a right and a wrong candidate."""
    useful = [g for g in groups if any(g.labels) and not all(g.labels)]
    if not useful:
        return Selector({}, 0.0)
    counts: dict[str, int] = {}
    for g in useful:
        for feats in g.feats:
            for f in set(feats):
                counts[f] = counts.get(f, 0) + 1
    vocab = {f: i + 1 for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    starts: list[int] = []
    labels: list[bool] = []
    n = 0
    for g in useful:
        starts.append(n)
        for feats, score, label in zip(g.feats, g.scores, g.labels, strict=True):
            rows.append(n)
            cols.append(0)
            vals.append(score)  # column 0: the rules' own score
            for f in set(feats):
                if f in vocab:
                    rows.append(n)
                    cols.append(vocab[f])
                    vals.append(1.0)
            labels.append(label)
            n += 1
    x = sparse.csr_matrix((vals, (rows, cols)), shape=(n, len(vocab) + 1))
    xt = x.T.tocsr()
    pos = numpy.array(labels, dtype=bool)
    start = numpy.array(starts)
    group = numpy.repeat(numpy.arange(len(starts)), numpy.diff(numpy.append(start, n)))

    def loss(w: numpy.ndarray) -> tuple[float, numpy.ndarray]:
        s = x @ w
        top = numpy.maximum.reduceat(s, start)[group]
        e = numpy.exp(s - top)
        total = numpy.add.reduceat(e, start)
        ep = numpy.where(pos, e, 0.0)
        right = numpy.add.reduceat(ep, start)
        value = float(numpy.sum(numpy.log(total) - numpy.log(right)))
        grad_s = e / total[group] - ep / right[group]
        penalty = w.copy()
        penalty[0] = 0.0  # (the rules' score is not pulled to zero)
        return value + 0.5 * l2 * float(penalty @ penalty), xt @ grad_s + l2 * penalty

    w0 = numpy.zeros(len(vocab) + 1)
    w0[0] = 1.0  # start from the rules' order
    done = optimize.minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = done.x
    weights = {f: round(float(w[i]), 4) for f, i in vocab.items() if abs(w[i]) >= 1e-4}
    return Selector(dict(sorted(weights.items())), round(float(w[0]), 4))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def code_hashes() -> dict[str, str]:
    """The sha256 of the feature code and of this trainer: a change to either makes the data file stale."""
    here = Path(__file__).resolve().parent
    return {name: sha256(here / name) for name in ("select.py", "train_selector.py")}


def manifest(folds: dict[str, list[Path]], root: Path, shared: Path) -> list[dict[str, str]]:
    out = []
    for name, files in folds.items():
        for file in files:
            if file.is_relative_to(root):
                where = file.relative_to(root).as_posix()
            else:
                where = "../shared/" + file.relative_to(shared).as_posix()
            out.append({"fold": name, "file": where, "sha256": sha256(file)})
    return out


def load_folds(folds: dict[str, list[Path]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The records of every fold in order, and the fold of each record."""
    records: list[dict[str, Any]] = []
    where: list[str] = []
    for name, files in folds.items():
        for file in files:
            got = read_gold(file)
            records.extend(got)
            where.extend([name] * len(got))
    return records, where


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--output", type=Path, default=DATA)
    args = parser.parse_args(argv)

    from ..config import Settings
    from ..nlp import build_pipeline

    root, shared = repo_root(), shared_dir()
    folds = development_sets(root, shared)
    records, _ = load_folds(folds)
    nlp = build_pipeline(Settings(lexicon="all"))
    collected, _ = collect(nlp, records)
    model = fit(collected.groups, args.l2, args.min_count)
    data = {
        "about": "learned selector of the event coder (select.py), trained by train_selector.py",
        "l2": args.l2,
        "min_count": args.min_count,
        "records": len(records),
        "groups": len(collected.groups),
        "code": code_hashes(),
        "manifest": manifest(folds, root, shared),
        "score_weight": model.score_weight,
        "weights": model.weights,
    }
    args.output.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(model.weights)} weights from {len(collected.groups)} groups", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
