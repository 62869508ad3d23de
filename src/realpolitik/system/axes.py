"""Axes and platforms: alignments the text names ("the Ankara–Moscow–Baku axis", "trilateral statement").

`extract_axes` finds them in a parsed Doc with resolved actors; `stored_axes` aggregates what the
store holds and sets it beside the cooperative triangles the events imply.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..records import ActorMention
from ..store import EventFilter, Reader
from ._events import ConLike
from .balance import structural_balance
from .graph import edge_sign, firm_tie, signed_graph

if TYPE_CHECKING:  # spaCy is only needed by callers that already hold a Doc
    from spacy.tokens import Doc, Span, Token

__all__ = ["AxisEvidence", "AxisSummary", "extract_axes", "implied_triangles", "load_formats", "stored_axes"]

# Head nouns that name an alignment, and the kind recorded for each.
HEADS: dict[str, str] = {
    "axis": "axis",
    "alliance": "alliance",
    "bloc": "bloc",
    "triangle": "axis",
    "tandem": "axis",
    "troika": "axis",
    "entente": "alliance",
    "quartet": "quartet",
    "coalition": "alliance",
    "partnership": "partnership",
}
# Heads so common in plain reporting that only a name built from actors ("the Russian-Armenian
# partnership") or an explicit list ("partnership between X and Y") counts, not the subject.
_NO_SUBJECT = {"partnership", "coalition"}

_HEAD_RE = re.compile(r"\b(" + "|".join(HEADS) + r")(?:es|s)?\b", re.IGNORECASE)
_MULTI_RE = re.compile(
    r"\b(trilateral|tripartite|three-way|three-party|quadrilateral|quadripartite|four-way|four-party)"
    r"\s+([a-z]+)",
    re.IGNORECASE,
)
_MULTI_SIZE = {"tri": 3, "thr": 3, "qua": 4, "fou": 4}
# Text allowed between the last member and the head noun: up to two lower-case words ("military").
_TAIL_RE = re.compile(r"^(?:['’]s)?(?:\s+[a-z][a-z-]*){0,2}\s*$")
# Text allowed between two chained members: a dash, slash, comma or "and".
_JOIN_RE = re.compile(r"^\s*(?:[-–—‑/]|,|and|, and)\s*$")


@dataclass(frozen=True, slots=True)
class AxisEvidence:
    """One place an axis is named: article, outlet, date, the name as written and the sentence."""

    article_id: str
    outlet: str | None
    date: str | None
    name: str
    evidence_text: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "date": self.date,
            "name": self.name,
            "evidence_text": self.evidence_text,
        }


@dataclass(frozen=True, slots=True)
class AxisSummary:
    """An alignment named in the texts, grouped by kind and members, with the events' view of it.

    `event_ties` gives the sign of each member pair in the signed graph of asserted events (0 = no
    events); `supported` is True when every pair cooperates, False when some pair is in conflict,
    None when the events say nothing either way. `uncertain_ties` are the member pairs that are not
    firm (uncertain, or thin: fewer than 4 articles; `graph.firm_tie`), and `holds` is `supported`
    read over the firm pairs only, as blocs are: True when every pair cooperates with a floor interval
    clear of zero, False when a pair is in conflict with one, None when no firm tie says either (a
    sign resting on uncertain or thin pairs is no finding).
    """

    kind: str
    members: tuple[str, ...]
    names: tuple[str, ...]  # as written, most frequent first
    mentions: int
    articles: int
    outlets: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    evidence: tuple[AxisEvidence, ...]
    event_ties: tuple[tuple[str, str, int], ...]
    supported: bool | None
    uncertain_ties: tuple[tuple[str, str], ...] = ()
    holds: bool | None = None

    @property
    def events_say(self) -> str:
        """What the events say of the alignment, in the report's words (its "What the events say" pill): a
        reading over the firm pairs only ("every pair cooperates", "some pair in conflict"), or that the sign
        rests on uncertain or thin pairs only, which is no finding (report41: `axes` wrote "all pairs cooperate"
        for an axis two of whose three pairs read uncertain)."""
        if self.holds is True:
            return "every pair cooperates"
        if self.holds is False:
            return "some pair in conflict"
        if self.uncertain_ties and self.supported is not None:
            return f"{'cooperation' if self.supported else 'conflict'} on uncertain or thin pairs only"
        if any(s != 0 for _, _, s in self.event_ties):
            return "partly attested"
        return "no events on it"

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "members": list(self.members),
            "names": list(self.names),
            "mentions": self.mentions,
            "articles": self.articles,
            "outlets": list(self.outlets),
            "first_date": self.first_date,
            "last_date": self.last_date,
            "evidence": [e.to_dict() for e in self.evidence],
            "event_ties": [list(t) for t in self.event_ties],
            "supported": self.supported,
            "uncertain_ties": [list(t) for t in self.uncertain_ties],
            "holds": self.holds,
        }


@cache
def load_formats() -> tuple[dict[str, Any], ...]:
    """The named formats of `system/data/formats.json` with their compiled patterns."""
    raw = json.loads(resources.files("realpolitik.system").joinpath("data/formats.json").read_text("utf-8"))
    out = []
    for f in raw["formats"]:
        flags = 0 if f.get("case_sensitive") else re.IGNORECASE
        out.append({**f, "regex": re.compile(f["pattern"], flags)})
    return tuple(out)


def _codes(mentions: Iterable[ActorMention]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if m.code and m.code not in out:
            out.append(m.code)
    return out


def _within(mentions: Sequence[ActorMention], start: int, end: int) -> list[ActorMention]:
    return [m for m in mentions if m.start >= start and m.end <= end]


def _token_at(sent: Span, char: int) -> Token | None:
    for tok in sent:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return None


def _chain(text: str, mentions: Sequence[ActorMention], head_start: int) -> tuple[list[ActorMention], int]:
    """Members written in front of the head noun, joined by dashes or "and" ("Ankara–Moscow–Baku axis")."""
    before = sorted((m for m in mentions if m.end <= head_start), key=lambda m: m.start, reverse=True)
    if not before or not _TAIL_RE.match(text[before[0].end : head_start]):
        return [], head_start
    chain = [before[0]]
    for m in before[1:]:
        if m.end > chain[-1].start:
            continue  # overlapping mention
        if not _JOIN_RE.match(text[m.end : chain[-1].start]):
            break
        chain.append(m)
    chain.reverse()
    return chain, chain[0].start


def _subtree_mentions(tok: Token, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    left = tok.left_edge.idx
    right = tok.right_edge.idx + len(tok.right_edge.text)
    return _within(mentions, left, right)


# Prepositions that introduce the members of a named alignment ("the axis of X and Y",
# "cooperation between X and Y"); others ("in Karabakh", "on Syria") name places or topics.
_MEMBER_PREPS = {"of", "between", "among", "amongst", "with", "by", "involving", "including"}
# Conjuncts and appositions of the head are other things in a list, not members.
_MEMBER_DEPS = {"compound", "amod", "nmod", "poss", "acl", "agent", "pobj", "npadvmod"}


def _phrase_mentions(tok: Token, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions that belong to the alignment phrase itself, leaving out relative clauses and places."""
    out: list[ActorMention] = []
    for child in tok.children:
        if child.dep_ == "prep":
            if child.lower_ in _MEMBER_PREPS:
                out.extend(_subtree_mentions(child, mentions))
        elif child.dep_ in _MEMBER_DEPS:
            out.extend(_subtree_mentions(child, mentions))
    # the head word itself can be an actor ("the Russian axis" has no head mention, but keep symmetry)
    out.extend(_within(mentions, tok.idx, tok.idx + len(tok.text)))
    return out


def _subject_mentions(tok: Token, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """Mentions in the subject of the verb that governs `tok` ("X and Y formed an alliance")."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[ActorMention] = []
    for child in verb.children:
        # when the alignment phrase is itself the subject, its own mentions were already weighed
        if (
            child.dep_ in ("nsubj", "nsubjpass", "agent")
            and not child.left_edge.i <= tok.i <= child.right_edge.i
        ):
            out.extend(_subtree_mentions(child, mentions))
    return out


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


def extract_axes(doc: Doc) -> list[dict[str, Any]]:
    """Alignments named in a Doc, as the dicts `Store.save_analysis(..., axes=...)` takes.

    Needs `doc._.actors` (a list of ActorMention). Members come from, in order: actors written
    into the name ("the Russian-Turkish alliance"), actors inside the phrase ("the axis of X and
    Y"), the subject of its verb ("X and Y signed a trilateral statement"), or, for a named format
    such as the 3+3 platform, its known membership (data/formats.json). Fewer than two members: no axis.
    """
    mentions: list[ActorMention] = sorted(getattr(doc._, "actors", None) or [], key=lambda m: m.start)
    parsed = doc.has_annotation("DEP")
    text = doc.text
    found: list[dict[str, Any]] = []
    seen: set[tuple[int, str, tuple[str, ...]]] = set()

    def add(sent: Span, name: str, kind: str, members: Iterable[str]) -> None:
        codes = tuple(sorted(set(members)))
        key = (sent.start_char, kind, codes)
        if len(codes) < 2 or key in seen:
            return
        seen.add(key)
        found.append(
            {
                "name": " ".join(name.split()),
                "kind": kind,
                "members": list(codes),
                "evidence_start": sent.start_char,
                "evidence_end": sent.end_char,
                "evidence_text": sent.text,
            }
        )

    for sent in _sentences(doc):
        s_text = sent.text
        base = sent.start_char
        in_sent = _within(mentions, sent.start_char, sent.end_char)
        for fmt in load_formats():
            if fmt["regex"].search(s_text):
                add(sent, fmt["name"], fmt["kind"], fmt["members"])
        for match in _HEAD_RE.finditer(s_text):
            head = match.group(1).lower()
            start = base + match.start()
            chain, chain_start = _chain(text, in_sent, start)
            if chain and chain[-1].code.startswith("IGO-"):
                continue  # "the CSTO alliance": an organisation, not an alignment named by its members
            members: list[str] = _codes(chain)
            name_start = chain_start
            tok = _token_at(sent, start) if parsed else None
            if len(members) < 2 and tok is not None:
                inside = _phrase_mentions(tok, in_sent)
                members = _codes(inside)
                name_start = start
                if len(members) < 2 and head not in _NO_SUBJECT:
                    members = _codes([*inside, *_subject_mentions(tok, in_sent)])
            add(sent, text[name_start : base + match.end()], HEADS[head], members)
        for match in _MULTI_RE.finditer(s_text):
            size = _MULTI_SIZE[match.group(1)[:3].lower()]
            kind = "trilateral" if size == 3 else "quadrilateral"
            noun_tok = _token_at(sent, base + match.start(2)) if parsed else None
            name_end = base + match.end()
            # "trilateral working group": walk from the modifier to the noun it modifies
            while (
                noun_tok is not None
                and noun_tok.dep_ in ("amod", "compound", "nmod")
                and 0 < noun_tok.head.i - noun_tok.i <= 2
            ):
                noun_tok = noun_tok.head
                name_end = max(name_end, noun_tok.idx + len(noun_tok.text))
            members = []
            if noun_tok is not None:
                inside = _phrase_mentions(noun_tok, in_sent)
                members = _codes(inside)
                if len(members) < size:
                    subject = _codes(_subject_mentions(noun_tok, in_sent))
                    members = _codes([*inside, *_subject_mentions(noun_tok, in_sent)])
                    # the signatories in the subject outweigh a stray actor in the phrase
                    if len(members) > size and 2 <= len(subject) <= size:
                        members = subject
            if len(members) < 2 and not parsed:
                every = _codes(in_sent)
                # without a parse, a sentence naming exactly the right number of actors gives the members
                members = every if 2 <= len(every) <= size else []
            add(sent, text[base + match.start() : name_end], kind, members)
    return found


def _support(signs: list[int]) -> bool | None:
    """False when some pair is in conflict, True when every pair cooperates, else None."""
    if any(s < 0 for s in signs):
        return False
    if signs and all(s > 0 for s in signs):
        return True
    return None


def implied_triangles(graph: nx.Graph) -> list[tuple[str, str, str]]:
    """Triangles in which all three pairs cooperate according to the events."""
    return [t.nodes for t in structural_balance(graph).balanced_triads if t.signs == (1, 1, 1)]


def stored_axes(
    source: ConLike,
    *,
    graph: nx.Graph | None = None,
    flt: EventFilter = EventFilter(),
    max_evidence: int = 5,
) -> list[AxisSummary]:
    """Axes in the store grouped by kind and members, most often named first, beside the events.

    `graph` defaults to the signed graph of the stored events (asserted only by default).
    """
    rows = Reader.of(source).axes()
    if graph is None:
        graph = signed_graph(source, flt)
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    for r in rows:
        groups[(r[2], tuple(sorted(r[3] or ())))].append(r)
    out = []
    for (kind, members), g in groups.items():
        names = tuple(n for n, _ in Counter(r[1] for r in g).most_common())
        dates = sorted(r[6] for r in g if r[6])
        ties = tuple((a, b, edge_sign(graph, a, b)) for a, b in combinations(members, 2))
        signs = [s for _, _, s in ties]
        supported = _support(signs)
        doubtful = tuple((a, b) for a, b, s in ties if s and not firm_tie(graph.edges[a, b]))
        holds = _support([0 if (a, b) in doubtful else s for a, b, s in ties])
        out.append(
            AxisSummary(
                kind=kind,
                members=members,
                names=names,
                mentions=len(g),
                articles=len({r[0] for r in g}),
                outlets=tuple(sorted({r[5] for r in g if r[5]})),
                first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None,
                evidence=tuple(AxisEvidence(r[0], r[5], r[6], r[1], r[4] or "") for r in g[:max_evidence]),
                event_ties=ties,
                supported=supported,
                uncertain_ties=doubtful,
                holds=holds,
            )
        )
    out.sort(key=lambda s: (-s.mentions, s.kind, s.members))
    return out
