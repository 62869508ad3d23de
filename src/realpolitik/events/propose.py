"""A learned proposer: a reading for a verb where the rules give its sentence no event at all (opt-in).

The rules (component.py) read a sentence through the lexicon: a verb it does not know, or whose readings fail their
constraints, makes no candidate, and a sentence whose candidates all fall away reports no event. With the proposer
on, the verbs of such a sentence that made no candidate (the main verb first) are offered to a small multinomial
logistic model over general features: the verb's lemma, tag, clause and dependency, its WordNet neighbours
(`data/wordnet_verbs.txt`) and the CAMEO roots the lexicon gives those neighbours by default, the roots of the
verb's own lexicon readings (which failed here), its object's head, noun classes and the roots of the object noun's
own readings, the preposition and its object (head, classes, roots), the particle, negation, modal and voice, and the
parties' sectors. The model says a PLOVER type or "no event" (the class `NONE`). A verb is asked only when the rules'
own roles (`Triggers._make`) give it a source and a target of different codes; the likeliest proposal of the
sentence is kept when its probability is at least `threshold` (0.5, fixed before measuring), with the type's most
frequent CAMEO code in the training data and the rules' parties, and goes through the rules' later steps as any
candidate does.

The weights are learned by `train_proposer.py` (numpy and scipy only) from the project's annotated development sets
and stored with their training manifest in `data/proposer.json`; `benchmarks/proposer_eval.py` measures the model
leave-one-set-out. Its gain there is below the bar for turning it on (README; /work notes learn36): `Settings.proposer`
is off by default.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Span, Token

from . import cameo
from .lexicon import Lexicon
from .select import _class_index, _clause_role
from .tree import Mentions, lemma_forms, steps_to

DATA = Path(__file__).resolve().parent / "data" / "proposer.json"
NONE = "NONE"
# the code the rules' roles are first asked with (a consultation: no role rule of force, aid or payment applies)
PLACEHOLDER = "040"
THRESHOLD = 0.5  # fixed before measuring: a proposal must be likelier than all else together

_OBJECT_DEPS = ("dobj", "attr", "nsubjpass", "dative")


@lru_cache(maxsize=1)
def _wordnet() -> dict[str, list[list[list[str]]]]:
    from .proposals import read_wordnet

    text = (resources.files("realpolitik.events") / "data" / "wordnet_verbs.txt").read_text(encoding="utf-8")
    return read_wordnet(text.splitlines())


def _roots(lexicon: Lexicon, kind: str, lemma: str) -> set[str]:
    """The CAMEO roots of a word's readings of a kind that name an event (PLOVER type), whatever their
    constraints."""
    out = set()
    for entry in lexicon.lookup(kind, lemma):
        if cameo.plover_type(entry.code):
            out.add(entry.code[:2])
    return out


def _default_root(lexicon: Lexicon, word: str) -> str | None:
    from .proposals import _default

    code = _default(lexicon, word)
    return code[:2] if code else None


def features(tok: Token, source_sectors: list[str], target_sectors: list[str], lexicon: Lexicon) -> list[str]:
    """The features of a main verb the rules left with no reading (see the module's docstring)."""
    lemma = tok.lemma_.lower()
    role = "root" if tok.i == tok.sent.root.i else _clause_role(tok)
    out = ["bias", f"lemma={lemma}", f"tag={tok.tag_}", f"clause={role}", f"dep={tok.dep_}"]
    for root in sorted(_roots(lexicon, "V", lemma)):
        out.append(f"own_root={root}")
    if not lexicon.knows(lemma):
        out.append("unknown_verb")
    senses = _wordnet().get(lemma, [])
    seen: set[str] = set()
    for sense in senses[:2]:
        for ring in sense:
            for word in ring:
                if word == lemma or word in seen:
                    continue
                seen.add(word)
                out.append(f"wn={word}")
                near = _default_root(lexicon, word)
                if near:
                    out.append(f"wn_root={near}")
    classes = _class_index(lexicon)
    for child in tok.children:
        dep = child.dep_
        if dep in _OBJECT_DEPS:
            noun = child.lemma_.lower()
            out += [f"obj={noun}", f"lemma_obj={lemma}|{noun}"]
            out += [f"objclass={name}" for name in classes.get(noun, ())]
            out += [f"obj_root={root}" for root in sorted(_roots(lexicon, "N", noun))]
        elif dep == "prep":
            out += [f"prep={child.lower_}", f"lemma_prep={lemma}|{child.lower_}"]
            for obj in child.children:
                if obj.dep_ == "pobj":
                    noun = obj.lemma_.lower()
                    out.append(f"pobj={child.lower_}|{noun}")
                    out += [f"pobjclass={name}" for name in classes.get(noun, ())]
                    out += [f"pobj_root={root}" for root in sorted(_roots(lexicon, "N", noun))]
        elif dep == "prt":
            out.append(f"prt={lemma}|{child.lower_}")
        elif dep == "neg":
            out.append("neg")
        elif dep == "aux" and child.tag_ == "MD":
            out.append(f"modal={child.lower_}")
        elif dep == "auxpass":
            out.append("passive")
        elif dep in ("xcomp", "ccomp"):
            out.append(f"comp={child.lemma_.lower()}")
    out += sorted({f"src={s}" for s in source_sectors})
    out += sorted({f"tgt={s}" for s in target_sectors})
    return out


@dataclass
class Proposer:
    """A multinomial logistic model: `weights[type][feature]`, `codes[type]` the CAMEO code a type's proposal
    takes, `threshold` the least probability a proposal needs."""

    weights: dict[str, dict[str, float]]
    codes: dict[str, str]
    threshold: float = THRESHOLD

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        scores = {kind: sum(w.get(f, 0.0) for f in feats) for kind, w in self.weights.items()}
        top = max(scores.values(), default=0.0)
        exp = {kind: math.exp(s - top) for kind, s in scores.items()}
        total = sum(exp.values()) or 1.0
        return {kind: value / total for kind, value in exp.items()}

    def best(self, feats: list[str]) -> tuple[str, float]:
        """The likeliest class for a verb with these features (a type or NONE) and its probability."""
        probs = self.probabilities(feats)
        if not probs:
            return NONE, 1.0
        return max(sorted(probs.items()), key=lambda item: item[1])

    def propose(self, feats: list[str]) -> str | None:
        """The CAMEO code proposed for a verb with these features, or None (no event, or not sure enough)."""
        kind, p = self.best(feats)
        if kind == NONE or p < self.threshold:
            return None
        return self.codes.get(kind)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Proposer:
        weights = data.get("weights", {})
        codes = data.get("codes", {})
        threshold = data.get("threshold", THRESHOLD)
        assert isinstance(weights, dict) and isinstance(codes, dict) and isinstance(threshold, (int, float))
        return cls(
            {str(k): {str(f): float(v) for f, v in w.items()} for k, w in weights.items()},
            {str(k): str(v) for k, v in codes.items()},
            float(threshold),
        )


def verbs(sent: Span, tried: set[int]) -> list[Token]:
    """The sentence's verbs the rules made no candidate of (`tried`: the tokens that had one), the main verb first,
    then by their distance from it."""
    root = sent.root
    found = [
        t for t in sent if t.pos_ == "VERB" and t.i not in tried and t.dep_ not in ("aux", "auxpass", "amod")
    ]
    return sorted(found, key=lambda t: (steps_to(t, root), t.i))


def sectors(indices: list[int], ments: Mentions) -> list[str]:
    return [ments.mentions[i].sector or "none" for i in indices]


def two_parties(source: list[int], target: list[int], ments: Mentions) -> bool:
    """A source and a target, of codes the other side does not share."""
    if not source or not target:
        return False
    return not (ments.codes(source) & ments.codes(target))


def lemma_of(tok: Token) -> str:
    return lemma_forms(tok)[0]


@lru_cache(maxsize=2)
def load_proposer(path: str | None = None) -> Proposer | None:
    """The packaged proposer (data/proposer.json), or None when no model is there."""
    file = Path(path) if path else DATA
    if not file.is_file():
        return None
    return Proposer.from_dict(json.loads(file.read_text(encoding="utf-8")))
