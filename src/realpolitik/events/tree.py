"""Tree helpers of the event coder: actor mentions on tokens and walks of the dependency tree.

Nothing here knows CAMEO codes; roles.py and triggers.py build on these.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import re
import threading
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from spacy import parts_of_speech  # type: ignore[attr-defined]
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span, Token

from ..actors.words import resolver_words
from ..records import ActorMention
from .knowledge import clause_words, coder_words, role_words
from .lexicon import Lexicon

# Dependencies that make a token the direct object of a verb (or its subject in the passive).
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "nsubjpass", "dative"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Mentions the resolver marks as no party of their own: a country named as the place of something ("talks
# in Baku"). A backer of another actor ("Syrian factions loyal to Turkey") acts only when the phrase names
# no one else ("militants loyal to X" are coded as X's side): see actors_under.
_NO_PARTY_ROLES = frozenset({"place"})


class _DocMemo(threading.local):
    """What the coder asks of the tokens of the Doc it is coding, kept while it codes that Doc (per thread):
    the tokens do not change meanwhile, and reading spaCy's attributes and trees costs more than a lookup."""

    doc: Doc | None = None
    tables: dict[Any, dict[Any, Any]]  # helper -> its answers (by token index, or by its own key)
    tokens: list[FastToken] | None = None  # the Doc's tokens as `FastToken`s, once asked
    text: str | None = None  # the Doc's text, once asked

    closed: bool | None = None  # every token's head in the token's own sentence (see `closed_sentences`)

    def __init__(self) -> None:
        self.tables = {}


_MEMO = _DocMemo()
R = TypeVar("R")


@contextmanager
def doc_memo(doc: Doc) -> Iterator[None]:
    """Keep the answers of the helpers made with `kept_per_token` about `doc`'s tokens while the block codes
    it, and hand out its tokens as `FastToken`s (`tokens_of`, `token_at`): a speed-up only, the answers are
    those computed afresh. The Doc must not change inside the block."""
    saved = (_MEMO.doc, _MEMO.tables, _MEMO.tokens, _MEMO.text, _MEMO.closed)
    _MEMO.doc, _MEMO.tables, _MEMO.tokens, _MEMO.text, _MEMO.closed = doc, {}, None, None, None
    try:
        yield
    finally:
        _MEMO.doc, _MEMO.tables, _MEMO.tokens, _MEMO.text, _MEMO.closed = saved


def memo_table(doc: Doc, owner: object) -> dict[Any, Any] | None:
    """A dict that lives while `doc_memo` holds `doc`, for `owner`'s answers about it (None elsewhere). Only
    for answers that depend on the Doc's annotations and the project's data alone."""
    memo = _MEMO
    if doc is not memo.doc:
        return None
    table = memo.tables.get(owner)
    if table is None:
        table = memo.tables[owner] = {}
    return table


def doc_text(doc: Doc) -> str:
    """`doc.text`, made once (with the `FastToken`s) while `doc_memo` holds the Doc (spaCy joins its tokens
    on every call)."""
    if _memo_tokens(doc) is None:
        return doc.text
    return _MEMO.text or ""


def doc_sents(doc: Doc) -> Iterable[Span]:
    """`doc.sents`, made once (as a tuple) while `doc_memo` holds the Doc: the gaps, the coder and the register test
    each walk the sentences, and spaCy makes every sentence's tokens anew on each walk (speed49)."""
    table = memo_table(doc, doc_sents)
    if table is None:
        return doc.sents
    found: tuple[Span, ...] | None = table.get(None)
    if found is None:
        found = table[None] = tuple(doc.sents)
    return found


def span_text(span: Span) -> str:
    """`span.text`: the Doc's text from the span's first character to its last (no trailing space)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def span_ents(span: Span) -> Sequence[Span]:
    """`span.ents`: the entities that lie wholly inside the span, in order. While `doc_memo` holds the Doc,
    its entities are made once (spaCy makes every entity Span of the Doc on each `span.ents`) and picked as
    spaCy picks them: from the first one that starts in the span, up to the first one that ends past it."""
    doc = span.doc
    table = memo_table(doc, span_ents)
    if table is None:
        return span.ents
    every: tuple[Span, ...] | None = table.get(None)
    if every is None:
        every = table[None] = tuple(doc.ents)
    start, end = span.start, span.end
    out = []
    for ent in every:
        if ent.start >= start:
            if ent.end <= end:
                out.append(ent)
            else:
                break
    return out


@dataclass(slots=True)
class _Sentence:
    """The sentence the `FastToken`s from `start` to `end` (exclusive) share, and its span once made."""

    start: int
    end: int
    span: Span | None = None


class _Tokens(list["FastToken"]):
    """The `FastToken`s of a Doc (`_fast_tokens`), with the Doc's SENT_START values and, once a token's sentence
    is asked for, the sentence of each token."""

    __slots__ = ("sentences", "starts")

    def __init__(self) -> None:
        super().__init__()
        self.starts: list[int] = []
        self.sentences: list[_Sentence] | None = None

    def sentence(self, tok: FastToken) -> _Sentence:
        """The sentence of `tok`: from a SENT_START of 1 (or the Doc's start) to the next one, as spaCy's
        `Span.sent` finds it from any of its tokens, shared by those tokens. Where spaCy would read something
        else (a sentence hook of the Doc's user; no sentence boundaries, where it raises its error), spaCy's
        own sentence, for this token alone."""
        found = self.sentences
        if found is None:
            doc = tok.doc
            if not _plain_sentences(doc):
                return _Sentence(-1, -1, Token.sent.__get__(tok))
            found = self.sentences = []
            bounds = [0, *(i for i, start in enumerate(self.starts) if start == 1 and i), len(self)]
            for first, end in itertools.pairwise(bounds):
                found.extend([_Sentence(first, end)] * (end - first))
        return found[tok.i]


class FastToken(Token):
    """A token of the Doc being coded whose common attributes are read from the Doc once, into plain slots.

    It is a spaCy `Token` of the same Doc and position (equal to it, same hash, every other attribute and
    method spaCy's own): only `i`, `doc`, `idx`, `text`, `lower_`, `lemma_`, `pos_`, `tag_`, `dep_` and
    `head` are slots, and `children` and `subtree` are computed once; `head`, `children` and `subtree` give
    `FastToken`s. Reading a spaCy attribute decodes a string or makes a new Token on every access; the coder
    reads them hundreds of thousands of times per thousand sentences. Made by `doc_memo`'s `tokens_of` and
    `token_at` only, for a Doc that does not change while they are used.

    `children` is a slot too: a tuple of the children in spaCy's order, read with no call (the coder reads it
    hundreds of times per document). Iterate over it as over spaCy's generator; do not call `next` on it.
    """

    __slots__ = (
        "_forms",
        "_sent",
        "_table",
        "_tree",
        "children",
        "dep_",
        "doc",
        "head",
        "i",
        "idx",
        "lemma_",
        "lower_",
        "pos_",
        "tag_",
        "text",
        "whitespace_",
    )

    # (slots of a subclass shadow the Token's properties of the same name for Python code; spaCy's own
    # Cython code keeps reading the C token, which the base class set up from the same Doc and position)
    i: int
    doc: Doc
    idx: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    head: FastToken
    whitespace_: str
    _forms: tuple[str, ...] | None
    # (spaCy's is a generator property; a tuple iterates the same, and as often as asked)
    children: tuple[FastToken, ...]  # type: ignore[assignment]
    _sent: _Sentence | None
    _table: _Tokens
    _tree: tuple[FastToken, ...] | None

    # (no __init__: spaCy's __cinit__ takes (vocab, doc, offset) and sets up the C token)

    def nbor(self, i: int = 1) -> FastToken:
        """spaCy's neighbour `i` tokens away (IndexError past either end of the Doc)."""
        at = self.i + i
        if at < 0 or at >= len(self._table):
            return Token.nbor(self, i)  # type: ignore[return-value]  # (spaCy's own error)
        return self._table[at]

    @property
    def ancestors(self) -> Iterator[FastToken]:
        """spaCy's ancestors: the head, its head, ... up to the root (at most as many as the Doc's tokens)."""
        return self._climb()

    def _climb(self) -> Iterator[FastToken]:
        tok, steps, limit = self, 0, len(self.doc)
        while tok.head is not tok and steps < limit:
            tok = tok.head
            yield tok
            steps += 1

    @property
    def sent(self) -> Span:
        """spaCy's sentence span of the token, made once per sentence: the tokens of a sentence share one
        `_Sentence` (`_fast_tokens`), whose span is `doc[start:end]` as spaCy's `Token.sent` makes it (None,
        where the Doc has sentence hooks or no sentence boundaries: spaCy's own, made once per token)."""
        box = self._sent
        if box is None:
            box = self._sent = self._table.sentence(self)
        found = box.span
        if found is None:
            found = box.span = self.doc[box.start : box.end]
        return found

    @property
    def subtree(self) -> Iterator[FastToken]:
        tree = self._tree
        if tree is None:
            try:
                tree = self._kept_tree()
            except RecursionError:  # (a tree deeper than the interpreter's stack: walked without recursion)
                tree = self._tree = tuple(self._walk())
        return iter(tree)

    def _kept_tree(self) -> tuple[FastToken, ...]:
        """The subtree in spaCy's order, made from the children's subtrees, each kept on its token on the way
        (the coder asks for the subtrees of tokens inside subtrees it has read)."""
        tree = self._tree
        if tree is None:
            i = self.i
            out: list[FastToken] = []
            kids = self.children
            for kid in kids:
                if kid.i < i:
                    out.extend(kid._kept_tree())
            out.append(self)
            for kid in kids:
                if kid.i > i:
                    out.extend(kid._kept_tree())
            tree = self._tree = tuple(out)
        return tree

    def _walk(self) -> list[FastToken]:
        """spaCy's order: the subtrees of the left children, the token, those of the right children."""
        out: list[FastToken] = []
        stack: list[tuple[FastToken, bool]] = [(self, False)]
        while stack:
            tok, visited = stack.pop()
            if visited:
                out.append(tok)
                continue
            i = tok.i
            kids = tok.children
            # (pushed in reverse: the left children come off first, then the token, then the right ones)
            stack.extend((k, False) for k in reversed(kids) if k.i > i)
            stack.append((tok, True))
            stack.extend((k, False) for k in reversed(kids) if k.i < i)
        return out


# a token's lower-cased word (`lower_`), read in C loops: `map(lower_of, tokens)` makes no call per token
lower_of: Callable[[Token], str] = operator.attrgetter("lower_")

_STRINGS: dict[int, str] = {}  # string hash -> string (a hash names one string in every vocab)
_STRINGS_KEPT = 50_000  # cleared when it holds more (a few MB), so memory stays flat on any corpus
_ATTRS = [ORTH, LOWER, LEMMA, TAG, DEP, POS, HEAD, IDX, SPACY, SENT_START]
_UNSIGNED = (1 << 64) - 1


def _named(column: list[int], strings: Any) -> list[str]:
    """The strings of a column of string hashes (read as signed numbers, as the array view gives them)."""
    known = _STRINGS
    out: list[str | None] = list(map(known.get, column))  # (one C loop: most hashes are known already)
    if None in out:
        for at, name in enumerate(out):
            if name is None:
                key = column[at]
                name = known.get(key)  # (the same hash may have been missed earlier in the column)
                if name is None:
                    name = known[key] = strings[key & _UNSIGNED]
                out[at] = name
    return out  # type: ignore[return-value]  # (every None replaced above)


def _fast_tokens(doc: Doc) -> tuple[list[FastToken], str, bool]:
    """Every token of `doc` as a `FastToken`, its slots read in one array read of the Doc; with the Doc's
    text (`doc.text`: each token's text and its trailing space) and whether its sentences are closed."""
    if len(_STRINGS) > _STRINGS_KEPT:
        _STRINGS.clear()
    if not len(doc):
        return [], "", True
    vocab = doc.vocab
    strings = vocab.strings
    # (hashes above 2**63 read as negative numbers: `_named` turns them back)
    columns = doc.to_array(_ATTRS).view("int64").T.tolist()
    orths, lowers, lemmas, tags, deps, pos, heads, idxs, spaces, starts = columns
    names = parts_of_speech.NAMES
    table = _Tokens()
    texts = _named(orths, strings)
    size = len(doc)
    # (made in one C loop; their slots are set below)
    table.extend(map(FastToken, itertools.repeat(vocab, size), itertools.repeat(doc, size), range(size)))
    for tok, i, text, lower, lemma, tag, dep, kind, idx, space in zip(
        table,
        range(size),
        texts,
        _named(lowers, strings),
        _named(lemmas, strings),
        _named(tags, strings),
        _named(deps, strings),
        pos,
        idxs,
        spaces,
        strict=True,
    ):
        tok.i = i
        tok.doc = doc
        tok.idx = idx
        tok.text = text
        tok.lower_ = lower
        tok.lemma_ = lemma
        tok.tag_ = tag
        tok.dep_ = dep
        tok.pos_ = names[kind]
        tok.whitespace_ = " " if space else ""
        tok._forms = None
        tok._sent = None
        tok._table = table
        tok._tree = None
    kids: list[list[FastToken]] = [[] for _ in table]
    for tok, offset in zip(table, heads, strict=True):
        head = table[tok.i + offset]
        tok.head = head
        if offset:
            kids[head.i].append(tok)  # (in token order: spaCy's left children, then its right ones)
    for tok, mine in zip(table, kids, strict=True):
        tok.children = tuple(mine)
    text = "".join([t.text + t.whitespace_ for t in table])
    # the sentence of each token (a SENT_START of 1 opens one), and of its head
    # (the running count of the starts seen so far: a C loop, not an append per token)
    sentence: list[int] = list(itertools.accumulate(map((1).__eq__, starts)))
    closed = True
    for i, (offset, own) in enumerate(zip(heads, sentence, strict=True)):
        if sentence[i + offset] != own:
            closed = False
            break
    table.starts = starts
    return table, text, closed


def _plain_sentences(doc: Doc) -> bool:
    """Whether spaCy's `Token.sent` reads the Doc's SENT_START values alone: no hook of the Doc's user changes
    it, and the Doc has sentence boundaries (else spaCy raises its own error)."""
    return (
        "sent" not in doc.user_token_hooks
        and "sent" not in doc.user_span_hooks
        and "sents" not in doc.user_hooks
        and doc.has_annotation("SENT_START")
    )


def _memo_tokens(doc: Doc) -> list[FastToken] | None:
    memo = _MEMO
    if doc is not memo.doc:
        return None
    if memo.tokens is None:
        memo.tokens, memo.text, memo.closed = _fast_tokens(doc)
    return memo.tokens


def doc_words(doc: Doc) -> frozenset[str]:
    """The lower-cased words (`lower_`) of every token of `doc`, made once while `doc_memo` holds it: a cheap test
    before a walk that looks for a word of a list ("no word of any mark in the Doc: no mark")."""
    table = memo_table(doc, doc_words)
    if table is not None:
        found: frozenset[str] | None = table.get(None)
        if found is None:
            found = table[None] = frozenset(map(lower_of, _memo_tokens(doc) or ()))
        return found
    return frozenset(map(lower_of, doc))


def closed_sentences(doc: Doc) -> bool | None:
    """True when every token's head lies in the token's own sentence, read with the `FastToken`s of the Doc
    being coded (`doc_memo`); None for any other Doc."""
    if _memo_tokens(doc) is None:
        return None
    return _MEMO.closed


def tokens_of(span: Span) -> list[Token]:
    """The tokens of a span of the Doc being coded, as `FastToken`s inside `doc_memo`; spaCy's elsewhere."""
    table = _memo_tokens(span.doc)
    if table is None:
        return list(span)
    return list(table[span.start : span.end])


def token_at(doc: Doc, i: int) -> Token:
    """`doc[i]`, as a `FastToken` when `doc` is the Doc being coded (`doc_memo`)."""
    table = _memo_tokens(doc)
    if table is None:
        return doc[i]
    return table[i]


def kept_per_token(function: Callable[[Token], R]) -> Callable[[Token], R]:
    """`function` of a token, computed once per token while `doc_memo` holds the token's Doc. Only for a
    function of the Doc's annotations and the project's data whose result no caller changes (a list is kept
    as a tuple)."""

    def kept(tok: Token) -> R:
        memo = _MEMO
        if tok.doc is not memo.doc:
            return function(tok)
        table = memo.tables.get(function)
        if table is None:
            table = memo.tables[function] = {}
        i = tok.i
        if i in table:
            found: R = table[i]
            return found
        value = table[i] = function(tok)
        return value

    return functools.update_wrapper(kept, function)


def lemma_forms(tok: Token) -> tuple[str, ...]:
    """The tagger's lemma, then plain de-inflections of the word: the small model sometimes errs
    ("staged" -> "stag"). The kept tuple itself, no new list each call (asked some 270 times a document; speed51)."""
    if type(tok) is FastToken:
        forms = tok._forms
        if forms is None:
            forms = tok._forms = tuple(_lemma_forms(tok))
        return forms
    return _kept_forms(tok)


def to_infinitive(clause: Token) -> bool:
    """True for a clause with an infinitive "to" of its own ("[to leave]", "a decision [to withdraw]")."""
    for c in clause.children:  # noqa: SIM110 (a plain loop: asked of nearly every clause; speed49)
        if c.dep_ == "aux" and c.lower_ == "to":
            return True
    return False


@dataclass(slots=True)
class Mentions:
    """Actor mentions of a Doc indexed by the tokens they cover and by their head token."""

    # Mentions may overlap ("Hungarian and Romanian officials" gives one mention per country).
    by_token: dict[int, list[int]] = field(default_factory=dict)  # token index -> mention indices
    heads: list[int] = field(default_factory=list)  # mention index -> its head token index
    mentions: list[ActorMention] = field(default_factory=list)
    doc: Doc | None = None
    labels: list[tuple[int, int]] = field(default_factory=list)  # speaker labels (character ranges)
    # Mentions the resolver marks as a place ("into northern Syria"): no party, except where a deed of
    # force is done in or into them (see the component's place targets); head token index -> mentions.
    places: dict[int, list[ActorMention]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, doc: Doc, mentions: Iterable[ActorMention], labels: Iterable[tuple[int, int]] = ()
    ) -> Mentions:
        """Index the mentions that can be parties; those inside `labels` (character ranges of speaker
        labels such as "Vladimir Putin:" in a transcript) name who speaks, not who acts."""
        ranges = list(labels)
        out = cls(doc=doc, labels=ranges)
        for mention in mentions:
            if ranges and any(start <= mention.start and mention.end <= end for start, end in ranges):
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            first, last = span.start, span.end
            if last <= first:  # (`len(span) == 0`)
                continue
            root = span.root  # (made once: spaCy makes a new Token on every `span.root`)
            if mention.role in _NO_PARTY_ROLES:
                if not region_authority(mention):
                    out.places.setdefault(root.i, []).append(mention)
                continue
            if _water_name(root):
                # "in the Sea of Japan", "in the Gulf of Oman": the name of a sea or a gulf, a place (no party)
                out.places.setdefault(root.i, []).append(mention)
                continue
            if region_authority(mention) and not _subject_like(root):
                # "retake Nagorno-Karabakh", "the Nagorno-Karabakh war": the region, not its authorities
                # (who act only as a subject: "Stepanakert rejected the proposal")
                continue
            if breakaway_entity(mention, root):
                # "recognised the self-proclaimed republics in eastern Ukraine": the entity, not the state
                mention = dataclasses.replace(mention, sector="REB")
            index = len(out.mentions)
            out.mentions.append(mention)
            by_token = out.by_token
            for i in range(first, last):
                by_token.setdefault(i, []).append(index)
            out.heads.append(root.i)
        return out

    def codes(self, indices: Iterable[int]) -> set[str]:
        """The actor codes of these mention indices."""
        return {self.mentions[i].code for i in indices}

    def at(self, tok: Token) -> list[int]:
        return self.by_token.get(tok.i, [])

    def add(self, mention: ActorMention, head: int) -> int:
        """Index a mention that has no place among the parties yet (a place made a target, a speaker); its
        index."""
        self.mentions.append(mention)
        self.heads.append(head)
        return len(self.mentions) - 1

    def in_label(self, tok: Token) -> bool:
        """True for a token of a speaker label ("Vladimir Putin" in "Vladimir Putin: ...")."""
        return any(start <= tok.idx < end for start, end in self.labels)


_BREAKAWAY_STEPS = ("compound", "amod", "poss", "nmod", "conj", "appos")


def breakaway_entity(mention: ActorMention, root: Token) -> bool:
    """True for a state's name that names a breakaway entity of it ("the self-proclaimed republics in eastern
    Ukraine", "the breakaway Donetsk and Luhansk republics", "Georgia's separatist regions"; data:
    `breakaway_marks`, `breakaway_nouns`): the name, or a polity noun it hangs on (by a compound, a possessive
    or an 'in' phrase, a few steps up), carries a breakaway word before it. An 'of' phrase is left alone: it
    names the parent ("regions of Georgia") as often as the entity itself ("the breakaway Yugoslav republics of
    Slovenia and Croatia", where "Yugoslav" is the parent). Such an entity stands against
    its state (sector REB), so what is done to it is not done to the state. Codes of organisations (with a
    hyphen) and the project's own entity codes (X..: XAB, XDN, XNK) name the entity already."""
    code = mention.code or ""
    if len(code) != 3 or code.startswith("X"):
        return False
    words = role_words()
    if not _marks_in_text(root.doc, words.breakaway_marks):
        return False  # (no mark anywhere in the Doc's text: none before the name either)
    tok = root
    for step in range(4):
        if step == 0 or tok.lemma_.lower() in words.breakaway_nouns:
            before = tok.doc[tok.left_edge.i : tok.i].text.lower()
            if any(w in words.breakaway_marks for w in re.findall(r"[a-z]+(?:-[a-z]+)*", before)):
                return True
        head = tok.head
        if tok.dep_ in _BREAKAWAY_STEPS and head.i != tok.i and head.pos_ in ("NOUN", "PROPN"):
            tok = head
        elif (
            tok.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.lower_ == "in"
            and head.head.pos_ in ("NOUN", "PROPN")
        ):
            tok = head.head
        else:
            return False
    return False


def _marks_in_text(doc: Doc, marks: frozenset[str]) -> bool:
    """Whether one of `marks` (lower-case words) is in the Doc's text, lower-cased: the words `breakaway_entity`
    finds before a name are pieces of that text. Asked once per Doc while `doc_memo` holds it."""
    table = memo_table(doc, _marks_in_text)
    if table is not None and marks in table:
        found: bool = table[marks]
        return found
    text = doc_text(doc).lower()
    found = any(mark in text for mark in marks)
    if table is not None:
        table[marks] = found
    return found


def _water_name(root: Token) -> bool:
    """True for a country's name in the "of" phrase of a sea, a gulf, a bay or a strait ("the Sea of Japan", "the Gulf
    of Oman", "the Bay of Bengal"; data: coder_words.json `water_nouns`): part of a place's name, no party
    (docs/annotation-conventions.md section 2). Twenty-seventh session (talk17)."""
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in coder_words().water_nouns
        and prep.head.pos_ in ("PROPN", "NOUN")
    )


def region_authority(mention: ActorMention) -> bool:
    """True for a region's authority read from the region's own name or a town in it ("Nagorno-Karabakh",
    "Stepanakert", coded XNK while the breakaway authorities existed): a project pseudo-code (X..) that is
    not the mention's own knowledge-base entry ("the Karabakh authorities" is XNK's own entry)."""
    code = mention.code or ""
    return len(code) == 3 and code.startswith("X") and mention.kb_id not in (None, code)


def _subject_like(tok: Token) -> bool:
    """True when a token is (or is conjoined to) the subject of a verb, or the agent of a passive."""
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            return True
        if tok.dep_ not in ("conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _state_mention(mention: ActorMention) -> bool:
    """True when a mention names a state (its knowledge-base id is the state's three-letter code)."""
    kb = mention.kb_id or ""
    return len(kb) == 3 and kb.isalpha() and kb.isupper() and kb == mention.code


def hyphen_patron(tok: Token) -> bool:
    """True when a name is the backer of what follows by a hyphenated participle ("Iran-backed", "U.S.-backed",
    "Russian-trained"; the resolver's `patron_suffixes`), not by a phrase ("loyal to Iran")."""
    suffixes = resolver_words().patron_suffixes
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in suffixes:
        return True
    cut = tok.text.rfind(".-")
    return cut > 0 and tok.text[cut + 2 :].lower() in suffixes


def steps_to(tok: Token, top: Token) -> int:
    steps = 0
    while tok.i != top.i and steps < 40:
        tok = tok.head
        steps += 1
    return steps


def actors_under(top: Token, ments: Mentions, *, skip: frozenset[str] = frozenset({"relcl"})) -> list[int]:
    """Mentions in the subtree of `top`, nearest first; conjoined ones ("X and Y") come along.

    Found once per token, `skip` and mention index while `doc_memo` holds the token's Doc (the answer reads
    the Doc's annotations and the index's mentions by token, which nothing changes once it is built; a
    mention the coder adds later is indexed by no token)."""
    table = memo_table(top.doc, actors_under)
    if table is None:
        return _actors_under(top, ments, skip)
    key = (top.i, skip, id(ments))
    held: tuple[Mentions, list[int]] | None = table.get(key)
    if held is None or held[0] is not ments:  # (the index is held with its answers: its id names no other)
        held = table[key] = (ments, _actors_under(top, ments, skip))
    return list(held[1])


def _actors_under(top: Token, ments: Mentions, skip: frozenset[str]) -> list[int]:
    found: dict[int, int] = {}
    stack: list[tuple[Token, int]] = [(top, 0)]
    while stack:
        tok, depth = stack.pop()
        for index in ments.at(tok):
            if index not in found or depth < found[index]:
                found[index] = depth
        for child in tok.children:
            dep = child.dep_
            if dep in skip or dep == "punct" or (dep in _VENUE_DEPS and venue_name(child, ments)):
                continue
            if (
                child.dep_ in ("acl", "amod")
                and child.lemma_.lower() in clause_words().third_party_participles
            ):
                # "the ceasefire brokered by Russia", "an EU-brokered deal": the broker is no party of the ceasefire
                continue
            stack.append((child, depth + 1))
    if not found:
        return []
    clients = {i: d for i, d in found.items() if ments.mentions[i].role != "patron"}
    if clients:
        found = clients
    else:
        # ("supporters of the Iran-backed Kataib Hezbollah militia", "Russian-trained fighters": a state named as
        # a backer by a hyphenated participle is never the actor, even alone; one named by a phrase is its
        # clients' side: "militants loyal to X"; and a body an organisation backs may be its own: "the U.N.-backed
        # commission against impunity")
        found = {
            i: d
            for i, d in found.items()
            if not (_state_mention(ments.mentions[i]) and hyphen_patron(token_at(top.doc, ments.heads[i])))
        }
        if not found:
            return []
    nearest = min(found.values())
    keep = {i for i, d in found.items() if d == nearest}
    # Conjoined mentions: "Hungarian and Romanian officials", "the United States and Jordan", and
    # modifiers of conjoined nouns ("Turkish Eurasianism and Russian Eurasianism").
    # (only modifier to modifier: "units" wrongly conjoined to a named leader must not bring "Russian")
    kept_nouns = {
        noun.i
        for noun, anchor in (
            (_modified_noun(token_at(top.doc, ments.heads[i])), token_at(top.doc, ments.heads[i]))
            for i in keep
        )
        if noun.i != anchor.i
    }
    # ("the Israeli government and the Palestinian armed factions", "OPEC and Russia's group of producers": a
    # common noun the resolver cannot code, conjoined to a kept party that is no person, is the party its
    # modifier names)
    party_heads = {
        ments.heads[i]
        for i in keep
        if not ments.mentions[i].person and token_at(top.doc, ments.heads[i]).ent_type_ != "PERSON"
    }
    for index in found:
        anchor = token_at(top.doc, ments.heads[index])
        noun = _modified_noun(anchor)
        if index in keep or noun.i == anchor.i:
            continue
        steps = 0
        common = noun.pos_ == "NOUN" and not ments.at(noun)
        # ("Argentina's Dante Caputo and Chile's Jaime del Valle signed": a name the resolver cannot code, owned by a
        # party's possessive and conjoined to a kept party, is of that party as the possessive form tells, person or
        # not; parties51)
        # (or a name its adjective opens: "Delegations of the Netherlands and the Indonesian Republic")
        owned_name = (
            noun.pos_ == "PROPN" and not ments.at(noun) and anchor.dep_ in ("poss", "compound", "amod")
        )
        while noun.dep_ == "conj" and noun.head.i != noun.i and steps < 6:
            noun = noun.head
            steps += 1
            if (
                noun.i in kept_nouns
                or (common and noun.i in party_heads)
                or (owned_name and noun.i in {ments.heads[i] for i in keep})
            ):
                keep.add(index)
                break
    if top.dep_ == "pobj" and top.head.pos_ == "ADP":
        # ("aid to Greece and to Turkey", "struck targets in Serbia and in Montenegro": read from the first phrase's
        # object, a second phrase of the same preposition conjoined to the first names parties as the first does;
        # parties37)
        for again in top.head.children:
            if again.dep_ == "conj" and again.pos_ == "ADP" and again.lower_ == top.head.lower_:
                keep.update(
                    i
                    for p in again.children
                    if p.dep_ == "pobj" and p.i != top.i
                    for i in actors_under(p, ments, skip=skip)
                    if i not in keep
                )
    changed = True
    while changed:
        changed = False
        # ("Presidents Paul Biya of Cameroon and Idriss Deby of Chad": conjoined nouns each with its own "of"
        # phrase; the holder of a kept mention's phrase stands for it)
        holders = {_of_holder(token_at(top.doc, ments.heads[i])).i for i in keep}
        for index, depth in found.items():
            if index in keep:
                continue
            anchor = token_at(top.doc, ments.heads[index])
            holder = _of_holder(anchor)
            if holder.i != anchor.i and holder.dep_ == "conj":
                anchor = holder
            if _coordinated_phrase(anchor, keep, ments):
                # ("the armies of the Ottoman Empire and of Bulgaria, Serbia and Montenegro": the object of a
                # preposition conjoined to a kept party's preposition is a party as that one is; parties36)
                keep.add(index)
                changed = True
                continue
            while (anchor.dep_ == "conj" or _listed_appos(anchor)) and anchor.head.i != anchor.i:
                anchor = anchor.head
                if keep & set(ments.at(anchor)) or anchor.i in holders:
                    keep.add(index)
                    changed = True
                    break
                if depth > nearest + 4:
                    break
    return sorted(keep, key=lambda i: ments.mentions[i].start)


def _coordinated_phrase(anchor: Token, keep: set[int], ments: Mentions) -> bool:
    """True when `anchor` is the object of a preposition conjoined to the same preposition whose object is a kept
    mention ("delegates of the Ottoman Empire and of Bulgaria")."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.dep_ != "conj" or prep.pos_ != "ADP" or prep.head.i == prep.i:
        return False
    # (the parser may hang the second on a phrase inside the first: "delegates of X's government in Ankara and
    # of Britain": "of" on "in")
    first = prep.head
    for _ in range(4):
        if first.pos_ == "ADP" and first.lower_ == prep.lower_:
            return any(keep & set(ments.at(p)) for p in first.children if p.dep_ == "pobj")
        if first.head.i == first.i or first.dep_ not in ("prep", "pobj"):
            return False
        first = first.head
    return False


def _of_holder(tok: Token) -> Token:
    """The noun whose "of" phrase a token is the object of ("Paul Biya" for "Cameroon" in "Paul Biya of
    Cameroon"), or the token itself."""
    if (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.lower_ == "of"
        and tok.head.head.i != tok.i
    ):
        return tok.head.head
    return tok


_PREP_DEPS = frozenset({"prep"})


def prep_objects(
    head: Token, preps: Container[str] | None = None, *, deps: Container[str] = _PREP_DEPS
) -> list[Token]:
    """The objects of `head`'s prepositions whose word (lower case) is in `preps` ("a motion [for] a ceasefire",
    "the evacuation [of] its citizens"), or of all its prepositions when `preps` is None, preposition by
    preposition in the children's order; `deps` are the dependencies such a preposition may have (a passive's
    "by" is an `agent`)."""
    return [
        p
        for prep in head.children
        if prep.dep_ in deps and (preps is None or prep.lower_ in preps)
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def relative_clauses(nouns: Iterable[Token]) -> list[Token]:
    """The relative clauses on the nouns ("the aid [that the United States gives Guatemala]"), noun by noun in the
    children's order."""
    return [r for noun in nouns for r in noun.children if r.dep_ == "relcl"]


def relative_doers(nouns: Iterable[Token]) -> list[Token]:
    """The subjects of the relative clauses on the nouns ("the wall [Israel] was building"): who does what a
    relative clause on the noun says, clause by clause."""
    return [d for r in relative_clauses(nouns) for d in r.children if d.dep_ == "nsubj"]


def deed_verb(trigger: Token) -> Token:
    """The verb whose clause tells an event's deed: the trigger when it is a verb (or an auxiliary), else the word a
    noun trigger hangs on ("launched an offensive": "launched"; "an offensive was launched": the noun's head)."""
    return trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head


def of_object(noun: Token) -> Token | None:
    """The object of the noun's first "of" phrase ("dozens of the hostages", "thousands of protesters"):
    what a part, a number or a quantity is of; None without one."""
    return next(iter(prep_objects(noun, ("of",))), None)


def pobj_actors(prep: Token, ments: Mentions) -> list[int]:
    """The mentions under the objects of a preposition ("with X and Y"), object by object, each nearest first
    as `actors_under` gives them."""
    return [i for p in prep.children if p.dep_ == "pobj" for i in actors_under(p, ments)]


def prep_actors(
    head: Token,
    preps: Container[str],
    ments: Mentions,
    *,
    deps: Container[str] = _PREP_DEPS,
    skip: frozenset[str] = frozenset({"relcl"}),
) -> list[int]:
    """The mentions under the objects of `head`'s prepositions whose word (lower case) is in `preps`
    ("the talks [with X]", "shelling [by Y]"): `pobj_actors` of each such child whose dependency is in `deps`
    (a passive's "by" is an `agent`), in the children's order; `skip` as in `actors_under`."""
    return [i for p in prep_objects(head, preps, deps=deps) for i in actors_under(p, ments, skip=skip)]


def recipient_phrases(
    heads: Iterable[Token],
    ments: Mentions,
    *,
    deps: Container[str] = _PREP_DEPS,
    skip: frozenset[str] = frozenset({"relcl"}),
) -> Iterator[list[int]]:
    """The parties of each phrase naming a recipient ("handed over Hong Kong [to China]", "extradited X [to
    the United States]"; data: `recipient_preps`) on `heads`, head by head and in the children's order: one
    list per phrase whose dependency is in `deps`, the mentions under its objects (`actors_under` with `skip`),
    empty for a phrase that names no party. The one reader of roles.Roles.recipient_target and
    parties.handed_to, which differ in what they do with the phrases (see each)."""
    for head in heads:
        for prep in head.children:
            if prep.dep_ in deps and prep.lower_ in role_words().recipient_preps:
                yield [
                    i for p in prep.children if p.dep_ == "pobj" for i in actors_under(p, ments, skip=skip)
                ]


def _listed_appos(tok: Token) -> bool:
    """ "President Macron, Chancellor Scholz and President Zelensky": a list the parser hangs on its first
    name as an apposition carrying the rest of the list (a conjunction under it)."""
    return tok.dep_ == "appos" and any(c.dep_ == "cc" for c in tok.children)


# The only dependencies of a venue or theatre name (`venue_name` is False for any other).
_VENUE_DEPS = frozenset({"compound", "amod"})


def _singular(word: Token) -> str:
    """The word's lower form without a plural "s" ("landslides" -> "landslide")."""
    lower = word.lower_
    return lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower


def _subject_holder(verb: Token) -> Token:
    """The verb whose subject `verb` shares: up to three steps from a participle, a conjunct or an open complement
    with no subject of its own to its verbal head ("erupted, sending a tsunami ... and cutting its links", "landed
    in the desert, cutting short a test flight")."""
    for _ in range(3):
        if (
            verb.dep_ in ("advcl", "conj", "xcomp")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)
            and verb.head.pos_ in ("VERB", "AUX")
            and verb.head.i != verb.i
        ):
            verb = verb.head
        else:
            break
    return verb


def _names_kind(subj: Token, kind: str) -> bool:
    """The phrase's head or a compound on it is a `kind:` word of the data's `collisions` (lemma or singular)."""
    words = coder_words().collisions
    return any(
        f"{kind}:{w.lemma_.lower()}" in words or f"{kind}:{_singular(w)}" in words
        for w in (subj, *(c for c in subj.children if c.dep_ == "compound"))
    )


def _craft(subj: Token) -> bool:
    """The subject names a craft (data: `collisions`, words "craft:"): its own word ("the ferry") or a maker or a
    kind named on it ("a KLM Boeing 747")."""
    return _names_kind(subj, "craft")


def _structure(subj: Token) -> bool:
    """The subject names a built structure (data: `collisions`, words "structure:"): "the roof of a supermarket", "a
    bridge over the Polcevera", "the concrete canopy", "an eight-storey building" (its head or a compound on it)."""
    return _names_kind(subj, "structure")


def _collision(verb: Token) -> bool:
    """A craft that slams, crashes or runs into a pier, a bridge, a reef, another train or vessel (data:
    `collisions`, words "craft:", "verb:", "object:"): an accident, whose verb and participles name no event. The
    other craft may be named by a compound on a name ("collided with the aircraft carrier John F. Kennedy"), and a
    craft that rams, sinks or strikes another in a drill or in fog ("impact:" and "drill:" words) has an accident
    too."""
    words = coder_words().collisions
    if not any(c.dep_ == "nsubj" and _craft(c) for c in verb.children):
        return False
    if f"impact:{verb.lemma_.lower()}" in words and _drill_cue(verb) and not _strikes_protesters(verb):
        return True  # ("surfacing during a demonstration, struck and sank the training ship")
    if f"verb:{verb.lemma_.lower()}" not in words:
        return False
    if any(
        c.dep_ == "dobj" and f"object:{c.lemma_.lower()}" in words and not _craft(c) for c in verb.children
    ):
        return True  # ("the tanker Exxon Valdez struck Bligh Reef"; a craft struck may be an attack)
    return any(
        f"object:{w.lemma_.lower()}" in words or _craft(o)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("into", "with")
        for o in p.children
        if o.dep_ == "pobj"
        for w in (o, *(c for c in o.children if c.dep_ == "compound"))
    )


def _strikes_protesters(verb: Token) -> bool:
    """The craft's verb strikes protesters (data: `collisions`, words "protester:"): its object, or the object of
    its preposition, names demonstrators, marchers, rioters or strikers ("an army truck struck protesters during a
    demonstration", "carriers crashed into demonstrators"). That is no accident of a drill nor a craft's own mishap:
    what it did is read by the lexicon (a force's vehicle driven into demonstrators is repression, 175)."""
    words = coder_words().collisions
    struck = [c for c in verb.children if c.dep_ == "dobj"]
    struck += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(f"protester:{o.lemma_.lower()}" in words or f"protester:{o.lower_}" in words for o in struck)


def _drill_cue(verb: Token) -> bool:
    """The sentence of `verb` says the craft was in a drill, a trial or a demonstration, or in fog or a storm, as an
    adjunct "during ..." or "in ..." or as the object of a clause of time ("while conducting an exercise") (data:
    `collisions`, words "drill:", on the phrase's noun or a compound of it): "during a SEATO exercise", "during
    night exercises", "in thick fog", "while performing a surfacing demonstration"."""
    words = coder_words().collisions
    return any(
        f"drill:{w.lemma_.lower()}" in words or f"drill:{w.lower_}" in words
        for o in _occasions(verb)
        for w in (o, *(c for c in o.children if c.dep_ in ("compound", "amod")))
    )


def _occasions(verb: Token) -> Iterator[Token]:
    """The nouns of the sentence that may say what the craft was doing: objects of "during" or "in", and objects
    of a clause of time ("while conducting a demonstration")."""
    for t in verb.sent:
        adjunct = t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("during", "in")
        timed = (
            t.dep_ == "dobj"
            and t.head.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in ("while", "when") for m in t.head.children)
        )
        if adjunct or timed:
            yield t


# objects a craft's mishap may name ("caught fire", "burst into flames" has none)
_MISHAP_OBJECTS = frozenset({"fire", "flame", "flames", "light"})
_PLACE_PARTICLES = frozenset({"off", "near", "outside"})


def _mishap(verb: Token) -> bool:
    """A craft's own mishap told with no object of another (data: `collisions`, words "mishap:" and "craft:"): "the
    ferry capsized", "the airship caught fire", "the munitions ship blew up", with the participles that share its
    subject ("sank off Mindoro, leaving 4,000 dead"): an accident, unless the sentence names a bomb, an attack or a
    hijacking (`bomb_words`, words "attack:"), which someone did."""
    words = coder_words().collisions
    if f"mishap:{verb.lemma_.lower()}" not in words or _strikes_protesters(verb):
        return False
    # ("capsized off Jindo island": the parser may take a place's preposition for a particle and the place for the
    # object)
    placed = any(c.dep_ == "prt" and c.lower_ in _PLACE_PARTICLES for c in verb.children)
    if not placed and any(
        c.dep_ == "dobj" and c.lemma_.lower() not in _MISHAP_OBJECTS for c in verb.children
    ):
        return False  # ("the submarine sank the cruiser": a deed done to another)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_structure(c) for c in subjects) and not any(_craft(c) for c in subjects):
        # a structure's collapse: only a blast, a shell or an attack the sentence names makes it someone's deed (the
        # places of `bomb_words`, a station or a market, are where a structure stands)
        return not any(
            f"blast:{t.lemma_.lower()}" in words or f"blast:{t.lower_}" in words for t in verb.sent
        )
    if not any(_craft(c) for c in subjects):
        return False
    bombs = coder_words().bomb_words
    return not any(
        t.lemma_.lower() in bombs
        or t.lower_ in bombs
        or f"attack:{t.lemma_.lower()}" in words
        or f"attack:{t.lower_}" in words
        for t in verb.sent
    )


def natural_force(verb: Token) -> bool:
    """True when a force of nature is the verb's subject ("Typhoon Haiyan killed ...", "the volcano erupted"),
    also the subject a participle or a conjunct shares with its head ("Mount Pinatubo erupted, blasting ash into
    the sky"; data: `natural_forces`)."""
    verb = _subject_holder(verb)
    if _collision(verb) or _mishap(verb):
        return True  # "a cargo ship slammed into a pier, killing nine people": an accident
    if verb.dep_ in ("relcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children
    ):
        # ("the strongest geomagnetic storm to hit Earth in two decades": a relative clause with no subject of its
        # own tells what the noun it hangs on did)
        head = verb.head
        if (
            head.lemma_.lower() in coder_words().natural_forces
            or _singular(head) in coder_words().natural_forces
        ):
            return True
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "agent"):
            continue
        word = subj
        if subj.lower_ in coder_words().relative and verb.dep_ == "relcl":
            word = verb.head  # "the earthquakes that struck ..."
        if subj.dep_ == "agent":
            word = next((p for p in subj.children if p.dep_ == "pobj"), subj)
        if subj.pos_ == "PRON" and subj.lower_ in ("it", "they") and verb.dep_ != "ROOT":
            # ("Typhoon Yagi slammed into Haiphong ... a day after it killed several people on Hainan": the pronoun
            # of a clause of the sentence stands for the sentence's own subject when that is a force of nature)
            root = verb
            while root.dep_ != "ROOT" and root.head.i != root.i:
                root = root.head
            named = [c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            word = named[0] if named else word
        # ("Landslides ... buried": the parser may keep a plural's own form as a name's lemma; "Rivers swollen by
        # rains ... burst their banks, swamping the town": a subject of nature that names no disaster)
        nature = coder_words().natural_forces | coder_words().natural_subjects
        if word.lemma_.lower() in nature or _singular(word) in nature:
            return True
        if any(
            c.dep_ == "compound" and c.lemma_.lower() in coder_words().natural_forces for c in word.children
        ):
            return True  # "Typhoon Haiyan killed ...", "Cyclone Freddy hit ..."
    return False


def vehicle_subject(verb: Token) -> bool:
    """True when a civilian vehicle or a spacecraft is the verb's subject, also the subject a participle or a
    conjunct shares with its head ("a minivan carrying teachers pulled up to the institute", "the capsule landed in
    the desert, cutting short a test flight"): the vehicle moves, no actor does a deed (data: `vehicle_nouns`)."""
    words = coder_words().vehicle_nouns
    verb = _subject_holder(verb)
    return any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in words or _singular(c) in words) for c in verb.children
    )


def bare_fire_subject(verb: Token) -> bool:
    """True when a fire named bare is the verb's own subject ("a fire tore through the tower", "a huge blaze
    destroyed the spire"): no one did it. A fire that names its shooters or its weapons ("Israeli fire", "artillery
    fire", "sniper fire", "the army's fire") is theirs (data: `fire_nouns`)."""
    words = coder_words().fire_nouns
    for subj in verb.children:
        if subj.dep_ != "nsubj" or subj.lemma_.lower() not in words:
            continue
        if not any(
            c.dep_ in ("compound", "poss", "nmod")
            or (c.dep_ == "amod" and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"))
            or c.dep_ == "prep"
            for c in subj.children
        ):
            return True
    return False


def bombless(trigger: Token) -> bool:
    """True when the trigger's sentence names no bomb, bomber, explosive or attack (data: `bomb_words`) and no one
    set the explosion off (a verb with an object and a subject that is not the explosion itself): an explosion or a
    blast told alone ("the train derailed and exploded", "explosions tore through a warehouse storing chemicals")
    is an accident, not a bombing (183)."""
    words = coder_words().bomb_words
    if any(c.dep_ == "dobj" for c in trigger.children) and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _BLASTS for c in trigger.children
    ):
        return False  # ("fighters of the Irgun blew up a wing of the hotel": someone set it off)
    return not any(
        t.lemma_.lower() in words or t.lower_ in words or any(part in words for part in t.lower_.split("-"))
        for t in trigger.sent
    )


# subjects that are the explosion itself ("an explosion and fire tore apart the reactor")
_BLASTS = frozenset({"explosion", "blast", "fire", "blaze", "fireball", "detonation"})


def riot_doer(verb: Token) -> bool:
    """True when protesters are the verb's subject, also one it shares with the verb it is joined to or counted
    by a number word ("Protesters pelted police with stones and tore down a poster", "hundreds of demonstrators
    beat ..."; data: `riot_doers`)."""
    words = coder_words().riot_doers
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    for subj in subjects:
        # ("hundreds of demonstrators", "a crowd of protesters" count them; "a gunman among the demonstrators" is
        # one man, not the protesters)
        heads = [
            subj,
            *(
                p
                for prep in subj.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children
            ),
        ]
        if any(h.lemma_.lower() in words or _singular(h) in words for h in heads):
            return True
    return False


# a result of a match: two numbers joined by a dash ("32-12", "2–1"), one token or three
_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")


def _score(tok: Token) -> bool:
    doc = tok.doc
    if _SCORE.fullmatch(tok.text):
        return True
    return (
        tok.text.isdigit()
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text in ("-", "\u2013")
        and doc[tok.i + 2].text.isdigit()
    )


def sporting(verb: Token) -> bool:
    """True for a verb of winning or losing with a phrase of sport ("beat France on penalties", "defeated England
    in the final of the European Championship"; data: `contest_verbs`, `sports_nouns`): a result, no event."""
    words = coder_words()
    if not any(lemma in words.contest_verbs for lemma in lemma_forms(verb)):
        return False
    # (a score, "beat England 32-12", is a result; so is a contest won in a purpose clause, "to win the Cup")
    stack = [
        (c, 0) for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod", "dobj", "advcl", "xcomp")
    ]
    while stack:
        tok, depth = stack.pop()
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in words.sports_nouns:
            return True
        if tok.like_num and _score(tok):
            return True
        if depth < 3:
            stack.extend(
                (c, depth + 1)
                for c in tok.children
                if c.dep_ in ("pobj", "prep", "compound", "amod", "dobj", "nummod", "npadvmod", "appos")
                and (tok.dep_ not in ("advcl", "xcomp") or bool(set(lemma_forms(tok)) & words.contest_verbs))
            )
    return False


def counterparts(tok: Token, target: list[int], ments: Mentions) -> bool:
    """True when the targets stand in a "with"/"to" phrase of the trigger ("a dialogue with X and Y"): they
    are the other side, not parties acting together as in "talks between X and Y"."""
    phrases = list(tok.children)
    if (
        tok.dep_ == "conj"
        and tok.head.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    ):
        phrases += [c for c in tok.head.children if c.i > tok.i]  # ("talks and consultations with X")
    for prep in phrases:
        if prep.dep_ == "prep" and prep.lower_ in coder_words().counterpart_preps:
            covered = {i for t in prep.subtree for i in ments.at(t)}
            if covered & set(target):
                return True
    return False


def venue_name(tok: Token, ments: Mentions) -> bool:
    """A lone proper-name modifier of an accord or meeting named after its venue ("the Minsk agreements",
    "the Shusha Declaration", "the Paris Charter") or of a war or truce named after its theatre: a place,
    not a party ("the Russia-Ukraine talks", "the Armenian-Azerbaijani war" name two parties and stay)."""
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma in coder_words().theatre_nouns:
        # "the Karabakh ceasefire", "the Libyan war": where it is, not who
        if tok.dep_ not in ("compound", "amod") or tok.pos_ not in ("PROPN", "ADJ"):
            return False
    elif tok.dep_ != "compound" or tok.pos_ != "PROPN" or lemma not in coder_words().named_by_place:
        return False
    modifiers = [c for c in head.children if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ")]
    codes = {ments.mentions[i].code for t in tok.subtree for i in ments.at(t)}
    return len(modifiers) == 1 and len(codes) <= 1


def _modified_noun(tok: Token) -> Token:
    """The noun a modifier mention belongs to ("Russian" in "Russian Eurasianism"), or the token itself."""
    steps = 0
    while tok.dep_ in ("amod", "compound", "poss") and tok.head.i != tok.i and steps < 3:
        tok = tok.head
        steps += 1
    return tok


def nominal_path(tok: Token, top: Token, lexicon: Lexicon) -> bool:
    """True when no verb nor other event noun stands between `tok` and `top` (the phrase is `top`'s)."""
    tok = tok.head
    for _ in range(12):
        if tok.i == top.i:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        # Another event noun owns the phrase, unless it is the theme of ours ("the escalation of
        # sanctions by X" passes its "by" on).
        theme = tok.dep_ == "pobj" and tok.head.lower_ == "of"
        if tok.pos_ == "NOUN" and lexicon.lookup("N", tok.lemma_.lower()) and not theme:
            return False
        tok = tok.head
    return False


def phrase_prep(tok: Token) -> Token | None:
    """The preposition of the phrase a token names the object of, through the words of a name (up to four
    compound, modifier, conjunct, apposition or owner steps: "in [northern] Syria", "at the [Indian] embassy");
    None when the token is in no such phrase."""
    for _ in range(4):
        if tok.dep_ == "pobj":
            return tok.head
        if tok.dep_ not in ("compound", "amod", "conj", "appos", "poss"):
            return None
        tok = tok.head
    return None


def place_phrase(tok: Token, preps: frozenset[str] | None = None) -> bool:
    """True when the token sits in an "in/at/near <place>" phrase of a verb (where, not whom)."""
    prep = phrase_prep(tok)
    return prep is not None and prep.lower_ in (coder_words().place_preps if preps is None else preps)


def pronominal(doc: Doc, mention: ActorMention) -> bool:
    """A mention made of a pronoun ("its", "their forces"): it stands for someone named elsewhere."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return span[0].pos_ == "PRON" and not any(t.pos_ == "PROPN" for t in span)


def possessive(doc: Doc, mention: ActorMention) -> bool:
    """A possessive-pronoun mention ("its", "their forces")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and pronominal(doc, mention) and span[0].dep_ == "poss"


def reports_a_deed(clause: Token) -> bool:
    """A "that" clause in the past or the perfect ("insisted that X had expelled ...", "insisted X expelled
    ..."): it states a deed as done; a demand's clause is a bare or modal one ("insisted that X withdraw")."""
    if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
        return False
    perfect = any(
        a.dep_ == "aux" and a.lemma_.lower() == "have" and a.tag_ in ("VBD", "VBZ", "VBP")
        for a in clause.children
    )
    # ("insisted that it did not shell the plant": the past with "did" states a deed, or its absence)
    past_do = clause.tag_ == "VB" and any(
        a.dep_ == "aux" and a.lemma_.lower() == "do" and a.tag_ == "VBD" for a in clause.children
    )
    # ("demanded that Manila tow away the ship": a bare verb the parser tagged as a past is the demand's
    # subjunctive; "insisted that X cut ties" may be either, and stays a deed stated)
    subjunctive = (
        clause.lower_ == clause.lemma_.lower() and clause.lower_ not in clause_words().unchanged_pasts
    )
    return (
        (clause.tag_ == "VBD" and not subjunctive)
        or (perfect and clause.tag_ == "VBN")
        or past_do
        or _indicative_state(clause)
    )


def _indicative_state(clause: Token) -> bool:
    """A "that" clause whose verb or auxiliary of being carries a tense ("insisted that no Russian soldiers were
    fighting in Ukraine", "insisted that the pilots were being held humanely", "insisted that Crimea is Russian",
    "insisted that the army controls the city"): the indicative states what is so, as the past states a deed done
    (tail39). The mandative subjunctive has no tense: a bare verb ("insisted that Iraq disarm", "that the treaty be
    signed"), or a modal ("that X should withdraw"); a plain present of the third person ("controls") is
    indicative, a bare present ("that they leave") may be either and stays a demand."""
    if clause.tag_ == "VBZ":
        return True
    if clause.lemma_.lower() == "be" and clause.tag_ in ("VBD", "VBZ", "VBP") and clause.lower_ != "be":
        return True  # (a copula with a tense: "was unfair", "are in Ukraine")
    return any(
        a.dep_ in ("aux", "auxpass")
        and a.lemma_.lower() == "be"
        and a.tag_ in ("VBD", "VBZ", "VBP")
        and a.lower_ != "be"
        for a in clause.children
    )


def object_children(tok: Token) -> list[Token]:
    return list(_object_children(tok))


@kept_per_token
def _object_children(tok: Token) -> tuple[Token, ...]:
    return tuple(c for c in tok.children if c.dep_ in OBJECT_DEPS)


def _lemma_forms(tok: Token) -> list[str]:
    lemma = tok.lemma_.lower()
    forms = _deinflected(lemma, tok.lower_, tok.pos_ in ("VERB", "AUX"))
    if tok.tag_ == "VBN" and tok.dep_ == "acomp" and tok.lower_ not in forms:
        # "it was concerned about ...": a participle used as a predicate adjective is also that adjective
        forms = (tok.lower_, *forms)
    parts = _hyphen_parts(tok)
    if len(parts) > 2 and (tok.i == parts[-1].i or not any(tok.head.i == p.i != tok.i for p in parts)):
        # a hyphenated word of three parts or more the tokenizer split ("man-of-war", "rank-and-file"): the whole
        # word first, on its last part and on the part the parser makes its head ("[men]-of-war",
        # "[prisoners]-of-war"), with that part's lemma
        return list(dict.fromkeys(("-".join(lemma if p.i == tok.i else p.lower_ for p in parts), *forms)))
    if tok.i >= 2:
        dash = tok.nbor(-1)
        if dash.text == "-" and not dash.whitespace_:
            before = tok.nbor(-2)
            if not before.whitespace_:
                # a hyphenated word the tokenizer split ("sit-in", "cease-fire", "walk-out"): the whole word
                # first
                return list(dict.fromkeys((f"{before.lower_}-{lemma}", *forms)))
    return list(forms)


def _hyphen_parts(tok: Token) -> list[Token]:
    """The words of the hyphenated word `tok` is part of, split by the tokenizer at glued hyphens ("man", "of",
    "war"), in order; [tok] alone when it is no part of one or the parts are not all letters (a date: "2023-10-05")."""
    # (the Doc's FastTokens when `tok` is one: the same words, read with no new Token each)
    doc: Any = tok._table if type(tok) is FastToken else tok.doc
    first = last = tok.i
    while first >= 2 and _glued_dash(doc[first - 1]) and not doc[first - 2].whitespace_:
        first -= 2
    while last + 2 < len(doc) and not doc[last].whitespace_ and _glued_dash(doc[last + 1]):
        last += 2
    if first == last:
        return [tok]  # (no glued hyphen beside it, most words: the word alone, whatever its letters)
    parts = [doc[i] for i in range(first, last + 1, 2)]
    return parts if all(p.is_alpha for p in parts) else [tok]


def _glued_dash(tok: Token) -> bool:
    return tok.text == "-" and not tok.whitespace_


_kept_forms = kept_per_token(lambda tok: tuple(_lemma_forms(tok)))


# a verb's inflections taken off (suffix, what stands in its place), in the order its forms are tried
DEINFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ied", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("d", ""),
    ("ing", "e"),
    ("ing", ""),
    ("s", ""),
)


@lru_cache(maxsize=16384)
def _deinflected(lemma: str, word: str, verb: bool) -> tuple[str, ...]:
    """The lemma, then (for a verb) the word with each inflection taken off; computed once per word (the
    coder asks for every token's forms several times)."""
    out = [lemma]
    if verb:
        for suffix, repl in DEINFLECTIONS:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out.append(word[: -len(suffix)] + repl)
    return tuple(dict.fromkeys(out))
