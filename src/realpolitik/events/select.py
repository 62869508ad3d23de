"""A learned selector on top of the rule coder: which reading of each trigger, and which candidate goes first.

The rules (component.py) give each trigger of a sentence one candidate event with one reading (the first lexicon
entry whose constraints hold, refined by its frame), score the candidates (`_score`) and keep the best, then the
deeds that stand apart. With the selector on, each candidate also lists its trigger's other lexicon readings (the
first entry of each other PLOVER type the lexicon offers for the word, same kind), and a linear model over cheap,
general features picks, for each trigger, its reading, and orders the triggers: the trigger lemma, the reading's
CAMEO root and PLOVER type, whether it is the rules' reading, whether its constraints hold here, hand or derived
and how specific, the clause role, the object head and its classes (the project's and PETRARCH2's), the
preposition, the complement's head, the verb it hangs from, negation and modal, the parties' sectors, the
position, and the rules' own score and rank. It never invents a reading the lexicon does not offer for the word,
and it keeps the candidate's parties; the rules' later steps (separate deeds, gapped doers, ...) run on the new
order as on the old.

The weights are learned by `train_selector.py` (a conditional logit over each sentence's readings, L2, numpy and
scipy only) from the project's annotated sentence sets, and stored with their training manifest in
`data/selector.json`. `benchmarks/selector_eval.py` measures it leave-one-set-out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from . import cameo
from .deeds import in_background
from .lexicon import Lexicon
from .match import Words, satisfies, words_at
from .tree import Mentions, lemma_forms, steps_to
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


_CLASSES: dict[int, tuple[Lexicon, dict[str, tuple[str, ...]]]] = {}


def _class_index(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Noun lemma -> the names of the lexicon's noun classes it belongs to (made once per lexicon)."""
    known = _CLASSES.get(id(lexicon))
    if known is not None and known[0] is lexicon:
        return known[1]
    index: dict[str, list[str]] = {}
    for name, words in sorted(lexicon.classes.items()):
        for word in words:
            index.setdefault(word, []).append(name)
    made = {word: tuple(names) for word, names in index.items()}
    _CLASSES[id(lexicon)] = (lexicon, made)
    return made


@dataclass(slots=True)
class Context:
    """What a candidate's trigger says whatever its reading: features alone and keys joined with each reading's
    type."""

    plain: list[str] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)


def context(cand: Candidate, sent: Span, ments: Mentions, rank: int, lexicon: Lexicon) -> Context:
    """The reading-free features of one candidate. `rank`: its place in the rules' order (0 = their choice)."""
    tok = cand.trigger
    lemma = tok.lemma_.lower()
    role = _clause_role(tok)
    out = Context(
        [f"rank={min(rank, 3)}", f"pos={tok.pos_}", f"dep={tok.dep_}", f"clause={role}"],
        [f"lemma={lemma}", f"dep={tok.dep_}", f"clause={role}", f"rank={min(rank, 1)}"],
    )
    plain, typed = out.plain, out.typed
    if tok.i == sent.root.i:
        plain.append("is_root")
    plain.append(f"steps={min(steps_to(tok, sent.root), 4)}")
    if in_background(tok):
        plain.append("background")
        typed.append("background")
    head = tok.head
    if head.i != tok.i:
        typed.append(f"head={head.lemma_.lower()}")
    classes = _class_index(lexicon)
    for child in tok.children:
        dep = child.dep_
        if dep in ("dobj", "attr", "nsubjpass"):
            noun = child.lemma_.lower()
            typed += [f"obj={noun}", f"lemma_obj={lemma}|{noun}"]
            typed += [f"objclass={name}" for name in classes.get(noun, ())]
            if child.i in ments.by_token:
                typed.append("obj_actor")
        elif dep == "prep":
            typed += [f"prep={child.lower_}", f"lemma_prep={lemma}|{child.lower_}"]
            for obj in child.children:
                if obj.dep_ == "pobj":
                    typed += [f"pobjclass={name}" for name in classes.get(obj.lemma_.lower(), ())]
        elif dep in ("ccomp", "xcomp"):
            typed.append(f"comp={child.lemma_.lower()}")
        elif dep == "neg":
            plain.append("neg")
            typed.append("neg")
        elif dep == "aux" and child.tag_ == "MD":
            plain.append(f"modal={child.lower_}")
            typed.append("modal")
    parties = f"parties={int(bool(cand.source))}{int(bool(cand.target))}"
    plain.append(parties)
    typed.append(parties)
    if cand.reciprocal:
        typed.append("reciprocal")
    for side, indices in (("src", cand.source), ("tgt", cand.target)):
        for i in indices[:2]:
            typed.append(f"{side}_sector={ments.mentions[i].sector or 'none'}")
    plain.append(f"third={min(2, 3 * (tok.i - sent.start) // max(1, len(sent)))}")
    return out


def reading(ctx: Context, cand: Candidate, own: bool, holds: bool) -> list[str]:
    """The features of one reading of a candidate's trigger: the context's, each typed key joined with the
    reading's PLOVER type, and the reading's own. `own`: the rules' reading; `holds`: its constraints hold."""
    entry = cand.entry
    kind = cameo.plover_type(cand.code) or "NONE"
    out = [*ctx.plain, f"type={kind}", f"root={cand.code[:2]}", f"entry={entry.kind}|{kind}"]
    out += [f"{key}|{kind}" for key in ctx.typed]
    out.append(f"spec={min(entry.specificity, 3)}")
    if own:
        out += ["own", f"own|{kind}"]
    else:
        out += ["alt", f"alt_holds={int(holds)}", f"alt_derived={int(entry.derived)}", f"alt_type={kind}"]
    if entry.derived:
        out += ["derived", f"derived|{kind}"]
    if entry.implied:
        out.append("implied")
    if cand.fallback:
        out.append("fallback")
    if entry.frame:
        out.append(f"frame|{kind}")
    return out


def alternatives(cand: Candidate, lexicon: Lexicon) -> list[tuple[Candidate, bool]]:
    """The trigger's other readings as candidates with the same parties: the first lexicon entry (in the rules'
    order) of each PLOVER type other than the candidate's, of the same kind, with whether its constraints hold
    at the trigger. (None for a fallback or a frame, whose code the rules make from its clause.)"""
    if cand.fallback or cand.entry.kind not in ("V", "N"):
        return []
    tok = cand.trigger
    own = cameo.plover_type(cand.code) or ""
    seen = {own}
    out: list[tuple[Candidate, bool]] = []
    near: Words | None = None
    for lemma in lemma_forms(tok):
        entries = lexicon.lookup(cand.entry.kind, lemma)
        for entry in entries:
            kind = cameo.plover_type(entry.code) or ""
            if not kind or kind in seen or entry.code == cameo.NO_EVENT:
                continue
            seen.add(kind)
            if near is None:
                near = words_at(tok)
            other = replace(
                cand, entry=entry, code=entry.code, source=list(cand.source), target=list(cand.target)
            )
            out.append((other, satisfies(entry, near)))
        if entries:
            break  # (the first lemma the lexicon knows decides, as in the rules)
    return out


@dataclass
class Selector:
    """A linear model over reading features: `weights` (feature string -> weight) and the rules' own score
    scaled by `score_weight`."""

    weights: dict[str, float]
    score_weight: float = 0.0

    def value(self, score: float, feats: list[str]) -> float:
        get = self.weights.get
        return self.score_weight * score + sum(get(f, 0.0) for f in feats)

    def order(self, alive: list[Candidate], sent: Span, ments: Mentions, lexicon: Lexicon) -> list[Candidate]:
        """`alive` (in the rules' order) with each candidate in its best reading, best first (ties keep the
        rules' order and reading)."""
        if not alive:
            return alive
        best: list[tuple[float, int, Candidate]] = []
        for rank, cand in enumerate(alive):
            ctx = context(cand, sent, ments, rank, lexicon)
            top, chosen = self.value(cand.score, reading(ctx, cand, True, True)), cand
            for other, holds in alternatives(cand, lexicon):
                value = self.value(cand.score, reading(ctx, other, False, holds))
                if value > top:
                    top, chosen = value, other
            best.append((-top, rank, chosen))
        best.sort(key=lambda item: (item[0], item[1]))
        return [cand for _, _, cand in best]

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Selector:
        weights = data.get("weights", {})
        assert isinstance(weights, dict)
        score_weight = data.get("score_weight", 0.0)
        assert isinstance(score_weight, (int, float))
        return cls({str(k): float(v) for k, v in weights.items()}, float(score_weight))


def readings(
    cand: Candidate, sent: Span, ments: Mentions, rank: int, lexicon: Lexicon
) -> list[tuple[Candidate, list[str]]]:
    """Every reading the selector weighs for a candidate (its own first), with its features (for the trainer)."""
    ctx = context(cand, sent, ments, rank, lexicon)
    out = [(cand, reading(ctx, cand, True, True))]
    out += [(other, reading(ctx, other, False, holds)) for other, holds in alternatives(cand, lexicon)]
    return out


@lru_cache(maxsize=2)
def load_selector(path: str | None = None) -> Selector | None:
    """The packaged selector (data/selector.json), or None when no model is there."""
    file = Path(path) if path else DATA
    if not file.is_file():
        return None
    return Selector.from_dict(json.loads(file.read_text(encoding="utf-8")))
