"""A learned selector on top of the rule coder: which of a sentence's candidate events goes first.

The rules (component.py) give each trigger of a sentence one candidate event, score them (`_score`) and keep
the best, then the deeds that stand apart. When a sentence has two or more candidates with a party, this
selector orders them instead: a linear model over cheap, general features of each candidate (its trigger lemma,
CAMEO root and PLOVER type, whether its reading is hand or derived and how specific, its clause role, its object
head and preposition, the verb it hangs from, negation and modal, its parties' sectors, its position and the
rules' own score and rank). It never invents a reading: it only reorders the rules' candidates, and the rules'
later steps (separate deeds, gapped doers, ...) run on the new order as on the old.

The weights are learned by `train_selector.py` (a conditional logit over each sentence's candidates, L2,
numpy and scipy only) from the project's annotated sentence sets, and stored with their training manifest in
`data/selector.json`. `benchmarks/selector_eval.py` measures it leave-one-set-out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from . import cameo
from .deeds import in_background
from .tree import Mentions, steps_to
from .triggers import Candidate

DATA = Path(__file__).resolve().parent / "data" / "selector.json"

_CLAUSE_DEPS = frozenset(
    {"advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "pcomp", "pobj", "dobj", "nsubj"}
)


def _clause_role(tok: Token) -> str:
    """The dependency that ties the trigger's clause (or phrase) to the rest: "root" for the main verb."""
    for _ in range(12):
        if tok.head.i == tok.i:
            return "root"
        if tok.dep_ in _CLAUSE_DEPS:
            return tok.dep_
        tok = tok.head
    return "deep"


def features(cand: Candidate, sent: Span, ments: Mentions, rank: int) -> list[str]:
    """The features of one candidate (strings; the model holds a weight per string). `rank`: its place in the
    rules' order (0 = the rules' choice)."""
    tok = cand.trigger
    entry = cand.entry
    kind = cameo.plover_type(cand.code) or "NONE"
    root = cand.code[:2]
    lemma = tok.lemma_.lower()
    out = [
        f"rank={min(rank, 3)}",
        f"type={kind}",
        f"root={root}",
        f"lemma={lemma}",
        f"lemma_type={lemma}|{kind}",
        f"entry={entry.kind}",
        f"entry_type={entry.kind}|{kind}",
        f"pos={tok.pos_}",
        f"dep={tok.dep_}",
        f"dep_type={tok.dep_}|{kind}",
        f"spec={min(entry.specificity, 3)}",
    ]
    if rank == 0:
        out.append(f"first_type={kind}")
    if entry.derived:
        out += ["derived", f"derived_type={kind}"]
    if entry.implied:
        out.append("implied")
    if cand.fallback:
        out.append("fallback")
    if entry.frame:
        out.append(f"frame_type={kind}")
    role = _clause_role(tok)
    out += [f"clause={role}", f"clause_type={role}|{kind}"]
    if tok.i == sent.root.i:
        out.append("is_root")
    steps = steps_to(tok, sent.root)
    out.append(f"steps={min(steps, 4)}")
    if in_background(tok):
        out += ["background", f"background_type={kind}"]
    head = tok.head
    if head.i != tok.i:
        out += [f"head={head.lemma_.lower()}", f"head_type={head.lemma_.lower()}|{kind}"]
    for child in tok.children:
        dep = child.dep_
        if dep in ("dobj", "attr", "nsubjpass"):
            noun = child.lemma_.lower()
            out += [f"obj={noun}", f"obj_type={noun}|{kind}", f"lemma_obj={lemma}|{noun}"]
            if child.i in ments.by_token:
                out.append(f"obj_actor_type={kind}")
        elif dep == "prep":
            out += [
                f"prep={child.lower_}",
                f"prep_type={child.lower_}|{kind}",
                f"lemma_prep={lemma}|{child.lower_}",
            ]
        elif dep in ("ccomp", "xcomp"):
            out += [f"comp={child.lemma_.lower()}", f"comp_type={child.lemma_.lower()}|{kind}"]
        elif dep == "neg":
            out += ["neg", f"neg_type={kind}"]
        elif dep == "aux" and child.tag_ == "MD":
            out += [f"modal={child.lower_}", f"modal_type={kind}"]
    out.append(f"parties={int(bool(cand.source))}{int(bool(cand.target))}")
    out.append(f"parties_type={int(bool(cand.source))}{int(bool(cand.target))}|{kind}")
    if cand.reciprocal:
        out.append(f"reciprocal_type={kind}")
    for side, indices in (("src", cand.source), ("tgt", cand.target)):
        for i in indices[:2]:
            sector = ments.mentions[i].sector or "none"
            out.append(f"{side}_sector={sector}|{kind}")
    third = min(2, 3 * (tok.i - sent.start) // max(1, len(sent)))
    out.append(f"third={third}")
    return out


@dataclass
class Selector:
    """A linear model over candidate features: `weights` (feature string -> weight) and the rules' own score
    scaled by `score_weight`."""

    weights: dict[str, float]
    score_weight: float = 0.0

    def value(self, cand: Candidate, feats: Sequence[str]) -> float:
        get = self.weights.get
        return self.score_weight * cand.score + sum(get(f, 0.0) for f in feats)

    def order(self, alive: list[Candidate], sent: Span, ments: Mentions) -> list[Candidate]:
        """`alive` (in the rules' order) reordered by the model's value, best first (ties keep the rules' order)."""
        if len(alive) < 2:
            return alive
        values = [self.value(c, features(c, sent, ments, rank)) for rank, c in enumerate(alive)]
        ranked = sorted(range(len(alive)), key=lambda k: (-values[k], k))
        return [alive[k] for k in ranked]

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Selector:
        weights = data.get("weights", {})
        assert isinstance(weights, dict)
        score_weight = data.get("score_weight", 0.0)
        assert isinstance(score_weight, (int, float))
        return cls({str(k): float(v) for k, v in weights.items()}, float(score_weight))


@lru_cache(maxsize=2)
def load_selector(path: str | None = None) -> Selector | None:
    """The packaged selector (data/selector.json), or None when no model is there."""
    file = Path(path) if path else DATA
    if not file.is_file():
        return None
    return Selector.from_dict(json.loads(file.read_text(encoding="utf-8")))
