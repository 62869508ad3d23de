"""Train the learned proposer (propose.py) on the project's development sets and write data/proposer.json.

    python -m realpolitik.events.train_proposer [--l2 1.0] [--min-count 2] [--output PATH] [--cache PATH]

The sets are those of the selector's trainer (`train_selector.development_sets`: the dev half, challenge set 1,
the development blind sets, one fold each, and the probe batches); the held-out sets are refused there. Each
record is coded by the rule coder (lexicon "all", selector and proposer off); wherever a sentence gets no event and
its main verb made no candidate but has two parties by the rules' roles, the verb's features are kept with their
label: the record's gold PLOVER type (the scorer's names), or NONE for a record with no event or a type the scorer
does not score. The model is a multinomial logit with an L2 penalty, fitted by L-BFGS from zero: deterministic.
Each type's proposal takes the type's most frequent gold CAMEO code among the training records. `--cache` writes
the collected examples and the rules' predictions (for benchmarks/proposer_eval.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy
from scipy import optimize, sparse

from ..evaluation import repo_root, shared_dir
from .propose import DATA, NONE, THRESHOLD, Proposer
from .train_selector import canon, coder_of, development_sets, load_folds, manifest, sha256

L2 = 1.0
MIN_COUNT = 2
MODE = "general"
# the types the scorer scores (the 2016 names read as the current ones: train_selector.canon)
SCORED = (
    "AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT",
    "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)  # fmt: skip


def label(record: dict[str, Any]) -> str:
    kind = canon(record.get("event"))
    return kind if kind in SCORED else NONE


def collect(
    nlp: Any, records: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[list[dict[str, Any]]]]:
    """Code `records` with the rules (selector and proposer set aside); returns the proposal examples (record
    index, features, the parties' codes) and the rules' events of each record."""
    from ..nlp import process

    coder = coder_of(nlp)
    saved = coder.selector, coder.proposer
    coder.selector, coder.proposer = None, None
    examples: list[dict[str, Any]] = []
    current = [0]

    def record(sent: Any, cand: Any, feats: list[str], tried: bool, quiet: bool) -> None:
        examples.append(
            {
                "record": current[0],
                "sentence": int(sent.start),
                "root": cand.trigger.i == sent.root.i,
                "tried": tried,
                "quiet": quiet,
                "feats": feats,
                "source": sorted({cand_code(cand, i) for i in cand.source}),
                "target": sorted({cand_code(cand, i) for i in cand.target}),
            }
        )

    ments_of: list[Any] = [None]

    def cand_code(cand: Any, i: int) -> str:
        return str(ments_of[0].mentions[i].code)

    original = coder._record_verbs

    def verbs(sent: Any, ments: Any, tried: set[int], quiet: bool) -> None:
        ments_of[0] = ments
        original(sent, ments, tried, quiet)

    predictions: list[list[dict[str, Any]]] = []
    items = [(str(r["text"]), r.get("date")) for r in records]
    with nlp.select_pipes(disable=["realpolitik_events"]):
        docs = process(nlp, items)
        coder.proposal_recorder = record
        coder._record_verbs = verbs
        try:
            for index, doc in enumerate(docs):
                current[0] = index
                predictions.append([e.to_dict() for e in (coder(doc)._.events or [])])
        finally:
            coder.proposal_recorder = None
            del coder._record_verbs
            coder.selector, coder.proposer = saved
    return examples, predictions


MODES = ("quiet", "broad", "general")
LEMMA_KEYS = ("lemma=", "lemma_obj=", "lemma_prep=", "prt=")


def training_set(
    examples: Sequence[dict[str, Any]], records: Sequence[dict[str, Any]], mode: str
) -> tuple[list[list[str]], list[str]]:
    """The features and labels a mode trains on. "quiet": the verbs the proposer is asked about (no event in the
    sentence, no candidate of the rules), labelled with the record's gold type; "broad": as well every main verb
    with two parties (its record's gold type) and every other verb of a record with no gold event (NONE);
    "general": "broad" without the features that name the verb itself (lemma, lemma with object, preposition,
    particle), so that only what carries to other verbs is learned."""
    feats: list[list[str]] = []
    labels: list[str] = []
    for e in examples:
        gold = label(records[e["record"]])
        asked = e.get("quiet", True) and not e.get("tried", False)
        if mode == "quiet" and not asked:
            continue
        if mode != "quiet" and not (asked or e.get("root") or gold == NONE):
            continue
        f = list(e["feats"])
        if mode == "general":
            f = [x for x in f if not x.startswith(LEMMA_KEYS)]
        feats.append(f)
        labels.append(gold)
    return feats, labels


def application_set(examples: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The examples the coder asks the proposer about: verbs of a sentence with no event, with no candidate."""
    return [e for e in examples if e.get("quiet", True) and not e.get("tried", False)]


def type_codes(records: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Each scored type's most frequent gold CAMEO code (ties: the smaller code)."""
    counts: dict[str, Counter[str]] = {}
    for r in records:
        kind, code = label(r), str(r.get("cameo") or "")
        if kind != NONE and code:
            counts.setdefault(kind, Counter())[code] += 1
    return {k: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, c in sorted(counts.items())}


def fit(
    feats: Sequence[list[str]],
    labels: Sequence[str],
    codes: dict[str, str],
    l2: float = L2,
    min_count: int = MIN_COUNT,
) -> Proposer:
    """The multinomial logit over the examples (classes: NONE and the types seen)."""
    classes = sorted({NONE, *labels})
    counts: Counter[str] = Counter(f for fs in feats for f in set(fs))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    rows, cols = [], []
    for r, fs in enumerate(feats):
        for f in sorted(set(fs)):
            if f in vocab:
                rows.append(r)
                cols.append(vocab[f])
    n, d, k = len(feats), len(vocab), len(classes)
    if n == 0 or d == 0:
        return Proposer({}, codes)
    x = sparse.csr_matrix((numpy.ones(len(rows)), (rows, cols)), shape=(n, d))
    y = numpy.zeros((n, k))
    y[numpy.arange(n), [classes.index(lab) for lab in labels]] = 1.0

    def loss(flat: numpy.ndarray) -> tuple[float, numpy.ndarray]:
        w = flat.reshape(d, k)
        s = x @ w
        s -= s.max(axis=1, keepdims=True)
        p = numpy.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        value = -float(numpy.sum(y * numpy.log(p + 1e-12))) + 0.5 * l2 * float(numpy.sum(w * w))
        grad = x.T @ (p - y) + l2 * w
        return value, numpy.asarray(grad).ravel()

    done = optimize.minimize(loss, numpy.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    w = done.x.reshape(d, k)
    weights: dict[str, dict[str, float]] = {}
    for j, kind in enumerate(classes):
        weights[kind] = {f: round(float(w[i, j]), 4) for f, i in vocab.items() if abs(w[i, j]) >= 1e-4}
    return Proposer(weights, {k: v for k, v in codes.items() if k in weights}, THRESHOLD)


def code_hashes() -> dict[str, str]:
    here = Path(__file__).resolve().parent
    return {name: sha256(here / name) for name in ("propose.py", "train_proposer.py")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--output", type=Path, default=DATA)
    parser.add_argument("--mode", choices=MODES, default=MODE)
    parser.add_argument("--cache", type=Path, help="also write the examples and the rules' predictions here")
    parser.add_argument(
        "--from-cache",
        type=Path,
        help="train on the examples of a cache made from the same records (no coding)",
    )
    args = parser.parse_args(argv)

    from ..config import Settings
    from ..nlp import build_pipeline

    root, shared = repo_root(), shared_dir()
    folds = development_sets(root, shared)
    records, where = load_folds(folds)
    if args.from_cache:
        cached = json.loads(args.from_cache.read_text(encoding="utf-8"))
        if [r["id"] for r in cached["records"]] != [r["id"] for r in records]:
            raise SystemExit(f"{args.from_cache}: made from other records; code them again")
        examples, predictions = cached["examples"], cached["predictions"]
    else:
        examples, predictions = collect(build_pipeline(Settings(lexicon="all")), records)
    if args.cache:
        cache = {
            "records": [
                {"id": r["id"], "fold": f, "label": label(r), "cameo": r.get("cameo")}
                for r, f in zip(records, where, strict=True)
            ],
            "examples": examples,
            "predictions": predictions,
        }
        args.cache.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
    feats, labels = training_set(examples, records, args.mode)
    model = fit(feats, labels, type_codes(records), args.l2, args.min_count)
    data = {
        "about": "learned proposer of the event coder (propose.py), trained by train_proposer.py",
        "l2": args.l2,
        "min_count": args.min_count,
        "records": len(records),
        "mode": args.mode,
        "examples": len(labels),
        "threshold": model.threshold,
        "code": code_hashes(),
        "manifest": manifest(folds, root, shared),
        "codes": model.codes,
        "weights": model.weights,
    }
    args.output.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"{args.output}: {len(examples)} examples, {sum(map(len, model.weights.values()))} weights",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
