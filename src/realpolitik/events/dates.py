"""Resolves when an event happened from the date words of its sentence and the article's own date.

"on Tuesday", "last year", "November 17", "10 November 2020" ... become a YYYY-MM-DD date with a precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token

from .knowledge import coder_words, reporting_verbs
from .tree import memo_table, span_ents, span_text

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a few": 3,
    "several": 3,
    "a couple of": 2,
}
_FUTURE_WORDS = frozenset({"will", "'ll", "shall"})
# How far past the article date a yearless "November 17" may lie before it must mean last year's.
_FUTURE_SLACK = timedelta(days=31)

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
# Not "1990s", nor a count such as "by 2000 troops".
_YEAR = (
    r"(?P<year>(?:1[89]|20)\d\d)(?!\d|s\b|\s+(?:troops|soldiers|people|civilians|men|fighters|refugees|km|"
    r"kilomet(?:er|re)s|met(?:er|re)s|tons|tonnes|dollars|euros|drones|rockets|missiles|units)\b)"
)
_NUM = (
    r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)"
)
_UNIT = r"(?P<unit>day|week|month|year)s?"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # character offsets into the sentence text
    end: int
    date: date
    precision: str
    relative: bool  # needs the article date
    counted: bool = False  # counted on from another date of the sentence ("the next day"; `_counted_on`)
    yearless: bool = False  # a month or a day named without its year ("in August", "on 4 December")


# Whether the clause speaks of the future, asked only by the resolvers that need it (it costs a look at the
# clause's modality, and most sentences hold no date expression that needs it).
Tense = Callable[[], bool]
Resolver = Callable[[re.Match[str], date | None, Tense], tuple[date, str, bool] | None]


def _day_month_year(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    try:
        return date(int(m["year"]), _MONTHS[_key(m["month"])], int(m["day"])), "day", False
    except ValueError:
        return None


def _iso(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    try:
        return date(int(m["year"]), int(m["m"]), int(m["day"])), "day", False
    except ValueError:
        return None


def _day_month(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    if ref is None:
        return None
    month = _MONTHS[_key(m["month"])]
    try:
        when = date(ref.year, month, int(m["day"]))
    except ValueError:
        return None
    # Without a year, the text means the nearest such day on the side its tense points to.
    if not future() and when > ref + _FUTURE_SLACK:
        when = when.replace(year=ref.year - 1)
    elif future() and when < ref - _FUTURE_SLACK:
        when = when.replace(year=ref.year + 1)
    return when, "day", True


def _month_year(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    return date(int(m["year"]), _MONTHS[_key(m["month"])], 1), "month", False


def _month(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    if ref is None:
        return None
    month = _MONTHS[_key(m["month"])]
    year = ref.year
    if not future() and month > ref.month:
        year -= 1
    elif future() and month < ref.month:
        year += 1
    return date(year, month, 1), "month", True


def _year(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    return date(int(m["year"]), 1, 1), "year", False


def _weekday(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    if ref is None:
        return None
    target = _WEEKDAYS[_key(m["weekday"])]
    which = _key(m["which"] or "")
    if which in ("next", "coming") or (future() and which != "last"):
        ahead = (target - ref.weekday()) % 7 or 7
        return ref + timedelta(days=ahead), "day", True
    back = (ref.weekday() - target) % 7
    if which == "last" and back == 0:
        back = 7  # "last Tuesday" written on a Tuesday is a week ago
    return ref - timedelta(days=back), "day", True


def _deictic(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    if ref is None:
        return None
    word = _key(m["word"])
    if word in ("yesterday", "last night"):
        return ref - timedelta(days=1), "day", True
    if word == "tomorrow":
        return ref + timedelta(days=1), "day", True
    return ref, "day", True


def _ago(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    if ref is None:
        return None
    raw = _key(m["n"])
    n = int(raw) if raw.isdigit() else _NUMBERS.get(raw, 1)
    unit = _key(m["unit"])
    vague = raw in ("a few", "several", "a couple of")
    if unit == "day":
        # "a few days ago" names no day: the estimate is only good to the month.
        return ref - timedelta(days=n), "month" if vague else "day", True
    if unit == "week":
        # A week is finer than a month but not a day: the point estimate carries month precision.
        return ref - timedelta(weeks=n), "month", True
    if unit == "month":
        back = ref - relativedelta(months=n)
        return back.replace(day=1), "month", True
    return date(ref.year - n, 1, 1), "year", True


def _relative_period(m: re.Match[str], ref: date | None, future: Tense) -> tuple[date, str, bool] | None:
    if ref is None:
        return None
    which = _key(m["which"]).split()[-1] if m["which"] else "this"
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}.get(
        which, 0
    )
    unit = _key(m["unit"])
    if unit == "year":
        return date(ref.year + shift, 1, 1), "year", True
    if unit == "month":
        first = ref.replace(day=1) + relativedelta(months=shift)
        return first, "month", True
    # week: the same weekday a week away; only month precision is honest.
    return ref + timedelta(weeks=shift), "month", True


# Finest first: at one place in the text the first pattern that matches wins.
_PATTERNS: tuple[tuple[re.Pattern[str], Resolver], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), resolver)
    for pattern, resolver in (
        (r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b", _iso),
        (r"\b(?P<day>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b", _iso),  # 03.12.2020
        (rf"\b{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}", _day_month_year),
        (rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", _day_month_year),
        (rf"\b{_MONTH},?\s+{_YEAR}", _month_year),
        (rf"\b{_DAY}(?:\s+of)?\s+{_MONTH}\b", _day_month),
        (rf"\b{_MONTH}\s+{_DAY}\b", _day_month),
        (rf"\b(?:(?P<which>last|next|this|coming|on|by|since|until|from)\s+)?{_WEEKDAY}\b", _weekday),
        (
            r"\b(?P<word>yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening)\b",
            _deictic,
        ),
        (rf"\b{_NUM}\s+{_UNIT}\s+ago\b", _ago),
        (
            r"\b(?P<which>last|past|previous|next|coming|this|current|earlier this|later this|early this|"
            r"late this|earlier in the|later in the)\s+(?P<unit>week|month|year)\b",
            _relative_period,
        ),
        (
            rf"\b(?:(?:in|since|by|during|until|from|of|early|late|mid|throughout|before|after)\s+|mid-){_MONTH}\b",
            _month,
        ),
        (
            rf"\b(?:(?:in|since|by|during|until|from|of|early|late|mid|throughout|before|after|the year)\s+|mid-)"
            rf"{_YEAR}",
            _year,
        ),
    )
)
# What each pattern needs somewhere in the text before it can match at all (every group holds; one word of
# a group is enough): a digit, or a word of the lists below, compared case-blind. Most sentences hold no
# month and no weekday, and these plain substring tests cost far less than the patterns, so a pattern
# whose clues are absent is not run; it could not have matched, so the result is the same.
_CLUES: dict[str, tuple[str, ...]] = {
    "month": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "deictic": (
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "last night",
        "this morning",
        "this afternoon",
        "this evening",
    ),
    "ago": ("ago",),
    "unit": ("day", "week", "month", "year"),
    "period": ("week", "month", "year"),
    # (each word that opens "last week", "earlier this month", "later in the year", ...)
    "which": (
        "last",
        "past",
        "previous",
        "next",
        "coming",
        "this",
        "current",
        "earlier",
        "later",
        "early",
        "late",
    ),
}
_NEEDS: tuple[tuple[str, ...], ...] = (
    ("year",),  # 2020-11-10
    ("year",),  # 10.11.2020
    ("year", "spaced_month"),  # 10 November 2020
    ("year", "month"),  # November 10, 2020
    ("year", "month"),  # November 2020
    ("digit", "spaced_month"),  # 10 November
    ("digit", "month"),  # November 10
    ("weekday",),  # (on) Tuesday
    ("deictic",),  # yesterday
    ("ago", "unit"),  # two days ago
    ("period", "which"),  # last week (the three period words first: fewer than the eleven of "which")
    ("spaced_month",),  # in November, mid-November
    ("year",),  # in 2020
)
# A month word right after a space or a hyphen ("in November", "mid-Nov."), in the folded text: the pattern
# of a month after a preposition needs it (a plain search, far cheaper than that pattern).
_SPACED_MONTH = re.compile(r"[\s-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
# The digits every year of the patterns starts with (in the text as given, like the patterns' own digits).
_YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
# The characters that IGNORECASE matches to an ASCII letter although lower() does not turn them into it.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_DIGIT = re.compile(r"\d")


def _key(word: str) -> str:
    """Text folded as the case-blind patterns read it: the clue scan and the month and weekday tables
    ("FRİDAY", "ſeptember") see the same letters. (`_FOLD` maps no ASCII character: an ASCII text, most
    text, is only lower-cased, which costs a fifth of the translation.)"""
    return word.lower() if word.isascii() else word.translate(_FOLD).lower()


_LONE_YEAR = re.compile(rf"^{_YEAR}$")
_BARE_MONTH = re.compile(rf"^{_MONTH}$", re.IGNORECASE)


# The tense of the clause a date expression at (start, end) stands in (`_clause_tenses`).
TenseAt = Callable[[int, int], Tense]


def _scan(
    text: str,
    offset: int,
    ref: date | None,
    future: Tense,
    out: list[_Found],
    doc: Doc | None = None,
    tense_at: TenseAt | None = None,
) -> None:
    taken: list[tuple[int, int]] = [(f.start, f.end) for f in out]
    for start, end, match, resolver in _matches(text, offset, doc):
        if any(start < e and end > s for s, e in taken):
            continue
        if match.groupdict().get("month") == "may":
            continue  # "may" the modal verb, not the month
        resolved = resolver(match, ref, future if tense_at is None else tense_at(start, end))
        taken.append((start, end))
        if resolved is not None:
            out.append(_Found(start, end, *resolved, yearless=resolver in (_month, _day_month)))


_Match = tuple[int, int, re.Match[str], Resolver]


class _Present(dict[str, bool]):
    """Whether each group of clues (`_CLUES`, and "digit", "year", "spaced_month") is in a text, each tested
    when a pattern first asks for it (a pattern whose first clue is absent asks for no other)."""

    __slots__ = ("folded", "text")

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.folded = _key(text)

    def __missing__(self, group: str) -> bool:
        if group == "digit":
            found = _DIGIT.search(self.text) is not None
        elif group == "year":
            found = _YEAR_DIGITS.search(self.text) is not None
        elif group == "spaced_month":
            found = _SPACED_MONTH.search(self.folded) is not None
        else:
            folded = self.folded
            found = False
            for word in _CLUES[group]:  # (a plain loop; speed49)
                if word in folded:
                    found = True
                    break
        self[group] = found
        return found


def _matches(text: str, offset: int, doc: Doc | None) -> list[_Match]:
    """Every match of every pattern whose clues are in `text`, in pattern order (what `_scan` resolves, unless
    a match overlaps one taken before it), with its place in the Doc. Found once per text while the coder
    codes `doc` (the events of a sentence scan it each)."""
    kept = memo_table(doc, _matches) if doc is not None else None
    if kept is not None:
        found: list[_Match] | None = kept.get((text, offset))
        if found is not None:
            return found
    present = _Present(text)
    out: list[_Match] = []
    # (plain loops: the clue test runs for every pattern of every sentence scanned; speed49)
    for (pattern, resolver), needs in zip(_PATTERNS, _NEEDS, strict=True):
        for group in needs:
            if not present[group]:
                break
        else:
            out += [
                (match.start() + offset, match.end() + offset, match, resolver)
                for match in pattern.finditer(text)
            ]
    if kept is not None:
        kept[(text, offset)] = out
    return out


class _Tense:
    """Whether the clause of `trigger` speaks of the future (`_future`), worked out on the first call only
    (what `functools.cache` of a partial gave, without making a cache wrapper for every event)."""

    __slots__ = ("_answer", "_sent", "_trigger")

    def __init__(self, sent: Span, trigger: Token | None) -> None:
        self._sent = sent
        self._trigger = trigger
        self._answer: bool | None = None

    def __call__(self) -> bool:
        answer = self._answer
        if answer is None:
            answer = self._answer = _future(self._sent, self._trigger)
        return answer


def _clause_tenses(sent: Span, trigger: Token, future: Tense) -> TenseAt:
    """The tense a date expression is read by: the trigger's own (`future`), except for a date in another clause
    whose verb is in the simple past ("France sent planes on Wednesday, and Macron said he would fly there the
    next day"; "Putin said on Saturday that Russia would station ...": that Wednesday, that Saturday are past
    ones, whatever the tense of the deed to come)."""
    own = _clause_verb(trigger)

    def at(start: int, end: int) -> Tense:
        span = sent.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return future
        verb = _clause_verb(span.root)
        if verb.i in (own.i, trigger.i) or verb.tag_ != "VBD" or _in_noun_phrase(span.root, trigger):
            return future
        return _past

    return at


def _past() -> bool:
    return False


def _future(sent: Span, trigger: Token | None) -> bool:
    scope = list(trigger.head.children) + list(trigger.children) if trigger is not None else list(sent)
    if trigger is not None:
        from .modality import classify_modality

        if classify_modality(trigger) == "intended":
            return True
    return any(tok.lower_ in _FUTURE_WORDS and tok.tag_ == "MD" for tok in scope)


def _clause_verb(tok: Token) -> Token:
    current = tok
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current


def _rank(found: _Found, sent: Span, trigger: Token | None) -> tuple[int, int]:
    if trigger is None:
        return (0, found.start)
    doc = sent.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return (3, abs(found.start - trigger.idx))
    verb = _clause_verb(span.root)
    own = _clause_verb(trigger)
    distance = abs(span.root.i - trigger.i)
    if _in_noun_phrase(span.root, trigger):
        return (-1, distance)  # "its strike on a reactor in 2007": the deed noun's own phrase dates it
    if verb.i == own.i or verb.i == trigger.i:
        return (0, distance)
    if verb.i in {a.i for a in trigger.ancestors}:
        return (1, distance)  # the date of a governing verb ("said on Tuesday that ...")
    return (2, distance)


_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "conj", "pcomp"})


def _in_noun_phrase(tok: Token, noun: Token) -> bool:
    """True when `tok` sits in the phrase of a deed noun, not in a clause below it nor in a further item of a
    list the noun heads ("X's bombing of A in 1981 and its strike on B in 2007": 2007 is the strike's own)."""
    if noun.pos_ != "NOUN":
        return False
    for _ in range(12):
        if tok.i == noun.i:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("conj", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _elsewhere(found: _Found, sent: Span, trigger: Token) -> bool:
    """True when a date belongs to another event of the sentence: it sits in a relative clause or a noun's
    participle that does not hold the trigger ("Russia, which invaded Georgia in 2008, now threatens ..."),
    or it dates a noun of another clause ("..., as the 2020 statement requires")."""
    span = sent.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    own = _clause_verb(trigger)
    tok = span.root
    if _present_conjunct(own) and span.root.i not in {t.i for t in own.subtree}:
        return True  # "X and Y backed opposite sides in 2020, yet they run a centre together": now, not 2020
    marks = coder_words().undated_clause_marks
    for _ in range(12):
        if (
            tok.dep_ in ("relcl", "acl")
            and tok.pos_ in ("VERB", "AUX")
            and trigger.i not in {t.i for t in tok.subtree}
        ):
            return True
        if (
            tok.dep_ == "advcl"
            and tok.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)
            and trigger.i not in {t.i for t in tok.subtree}
        ):
            # "after the army seized power in 2021, the junta extended ...": the clause's own date (data:
            # `undated_clause_marks`; a clause of the same time, "when ...", still dates the main deed)
            return True
        if tok.head.i == tok.i:
            break
        tok = tok.head
    root = span.root
    if (
        root.dep_ in ("compound", "nmod", "amod", "nummod")
        and root.head.pos_ == "NOUN"
        and root.head != trigger
    ):
        if _past_a_preposition(root.head, trigger) or _names_an_object(root.head, trigger):
            return True
        verb = _clause_verb(root.head)
        if verb.i == own.i or verb.i in {a.i for a in trigger.ancestors}:
            return False
        # a complement of the trigger shares its time ("helped X retake Y in the 2020 war"); an adverbial
        # or relative clause on the way does not ("..., as the 2020 statement requires"), nor a conjoined
        # clause with a subject of its own ("X has sold drones to Y, and Y's forces used them in the 2020 war")
        for _ in range(12):
            if verb.dep_ not in _COMPLEMENT_DEPS or verb.head.i == verb.i or _own_clause(verb):
                return True
            verb = verb.head
            if verb.i in (own.i, trigger.i):
                return False
        return True
    return False


def _within(found: _Found, sent: Span, tokens: set[int]) -> bool:
    """True when the date's words lie among the tokens (a clause told by another verb)."""
    span = sent.doc.char_span(found.start, found.end, alignment_mode="expand")
    return span is not None and span.root.i in tokens


def _names_an_object(noun: Token, trigger: Token) -> bool:
    """True when a dated accord (the class `&treaty`) is (or owns, "the 2015 deal's cap") the direct object of the
    trigger and the deed does not make it (data: `object_dated_verbs`): "breached the 2015 deal's cap", "rejoined
    the 2015 Paris agreement" are not dated 2015; "reached the July 2015 deal" is. A dated event the deed acts
    within keeps its date ("crushed the 1956 uprising")."""
    from .lexicon import default_lexicon

    if noun.lemma_.lower() not in default_lexicon().classes.get("treaty", frozenset()):
        return False
    for _ in range(4):
        if noun.dep_ != "poss" or noun.head.i == noun.i:
            break
        noun = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.head.i == trigger.i
        and trigger.lemma_.lower() not in coder_words().object_dated_verbs
    )


def _present_conjunct(verb: Token) -> bool:
    """A conjoined clause with a subject of its own in the present tense ("..., yet they run a centre
    together"): the dates of the clause it is joined to are not its own."""
    return (
        _own_clause(verb)
        and verb.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children)
    )


def _own_clause(verb: Token) -> bool:
    """A conjoined verb with a subject of its own: a clause of its own, not a second deed of the first's."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _past_a_preposition(noun: Token, trigger: Token) -> bool:
    """True when a noun that carries its own date ("the 2020 war", "the November 2020 statement") hangs under
    a preposition that does not place the deed within it, on the way up to its clause: "the first fighting
    since the 2020 war", "condemned the move as a violation of the November 2020 statement". After "in",
    "during", "at" ... (data: `dated_within_preps`) the deed happens within the noun's event and shares its
    date ("clashed during the 2020 war")."""
    within = coder_words().dated_within_preps
    tok = noun
    for _ in range(12):
        if tok.i == trigger.i or tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ not in within:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _event_year(ent: Span, found: list[_Found]) -> None:
    """The year of an event entity ("the 2020 war", "the 1991 Gulf War"): spaCy marks the phrase as an EVENT,
    not the year as a DATE. Only a year that modifies a noun is taken; whether it dates the deed
    ("during the 2020 war") or only that noun ("since the 2020 war") is for `_elsewhere` to say."""
    for tok in ent:
        year = _LONE_YEAR.match(tok.text)
        if (
            year is None
            or tok.dep_ not in ("compound", "nmod", "amod", "nummod")
            or tok.head.pos_ not in ("NOUN", "PROPN")
            or tok.head.i == tok.i
        ):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if not any(f.start < end and start < f.end for f in found):
            found.append(_Found(start, end, date(int(year["year"]), 1, 1), "year", False))


def own_date(sent: Span, trigger: Token) -> bool:
    """True when a deed carries a date of its own in its clause or its noun phrase: a year, a month, a full date
    or a span back from the article in months or years ("after Israeli commandos killed nine activists in May
    2010", "the Golan Heights, captured from Syria in 1967", "a treaty signed 30 years ago"); a weekday or a day
    counted from the article ("a day before") is not enough (it dates the news of the day). A deed of the
    sentence's background with such a date is a past event in its own right, not a restatement of the news."""
    # (a reference date of any day lets "30 years ago" be read; only whether and how precisely it dates is asked)
    found = _collect(sent, date(2000, 1, 1), lambda: False)
    return any(
        (f.precision in ("month", "year") or (f.precision == "day" and not f.relative))
        and not _elsewhere(f, sent, trigger)
        # a deed noun is dated by its own phrase only ("at the request of X" in a clause dated by its verb is not)
        and _rank(f, sent, trigger)[0] <= (0 if trigger.pos_ in ("VERB", "AUX") else -1)
        for f in found
    )


def _for_the_deed(
    found: list[_Found], sent: Span, trigger: Token, future: Tense, to_come: bool | None
) -> list[_Found]:
    """The dates that may date a deed still to come or a deed done: a deed to come ("Putin said on Saturday that
    Russia would station ...", "Libya will pay ..., lawyers said on Tuesday") is not dated by the day of saying it
    (the date of another clause's verb of saying, data: reporting_verbs.json; "set up a commission in April 1990
    to investigate" keeps its date); a deadline ("told the junta to reinstate Bazoum by Sunday", data:
    `deadline_preps`) dates only a deed to come in its own clause ("troops would leave by September 11"), never a
    demand or a deed done; a span counted on from another date ("the next day") dates only its own clause's deed
    or the one it governs."""
    if to_come is None:
        to_come = future() or any(c.tag_ == "MD" and c.lower_ in _UNDONE_AUX for c in trigger.children)
    # ("by Friday morning the troops had taken back the capital": a deed done by then is dated by it)
    done_by = any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
    deadline = coder_words().deadline_preps
    kept = []
    for f in found:
        rank = _rank(f, sent, trigger)[0]
        span = sent.doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is None:
            kept.append(f)
            continue
        if to_come and rank >= 1 and _clause_verb(span.root).lemma_.lower() in reporting_verbs():
            continue
        if f.counted and rank >= 1:
            continue  # ("bombers struck on Wednesday; IS said the next day that ...": the next day is the saying's)
        if _deadline(span.root, deadline) and not done_by and not (future() and rank <= 0):
            continue
        kept.append(f)
    return kept


def _deadline(root: Token, preps: frozenset[str]) -> bool:
    """A date that is a deadline: "by Sunday" (the preposition inside the date's words, as the weekday pattern
    reads it) or "by September 11"."""
    return (root.dep_ == "prep" and root.lower_ in preps) or (
        root.dep_ == "pobj" and root.head.lower_ in preps
    )


# Modals by which a verb tells a deed not (yet) done ("said it would station", "said Russia must withdraw").
_UNDONE_AUX = frozenset({"will", "would", "shall", "should", "must", "'ll", "wo", "may", "might", "could"})


def _collect(sent: Span, ref: date | None, future: Tense, tense_at: TenseAt | None = None) -> list[_Found]:
    """Every date expression of the sentence, read against `ref` (the article's date, or None); a yearless
    one falls before or after `ref` by the tense of its own clause when `tense_at` tells it, else by `future`."""
    found: list[_Found] = []
    base = sent.start_char
    # The whole sentence first: "the 10 November 2020 statement" is one day, though spaCy may mark only
    # "November 2020" as the date entity (an overlapping shorter match is then skipped).
    _scan(span_text(sent), base, ref, future, found, sent.doc, tense_at)
    for ent in span_ents(sent):
        if ent.label_ == "EVENT":
            _event_year(ent, found)
            continue
        if ent.label_ != "DATE":
            continue
        if any(f.start < ent.end_char and ent.start_char < f.end for f in found):
            continue  # part of a date the sentence scan already read in full
        before = len(found)
        text = span_text(ent)
        _scan(text, ent.start_char, ref, future, found, sent.doc, tense_at)
        text = text.strip()
        # spaCy marks a lone "November" as a date even without "in" before it. A lone year is taken only
        # as a modifier of a noun ("the 2020 war"): elsewhere it is too often page furniture
        # ("2015 - 2023 ©") or a count.
        if len(found) == before and text.lower() != "may":
            match = _BARE_MONTH.match(text)
            tense = future if tense_at is None else tense_at(ent.start_char, ent.end_char)
            resolved = _month(match, ref, tense) if match else None
            yearless = resolved is not None
            year = _LONE_YEAR.match(text)
            head = ent.root.head
            modifies_noun = head.pos_ == "NOUN" and head.is_alpha and head.i != ent.root.i
            if (
                resolved is None
                and year
                and modifies_noun
                and ent.root.dep_ in ("compound", "nmod", "amod", "nummod")
            ):
                resolved = _year(year, ref, future)
            if resolved is not None:
                found.append(_Found(ent.start_char, ent.end_char, *resolved, yearless=yearless))
    _in_the_sentences_year(found, sent.doc)
    _counted_on(span_text(sent), base, found)
    return found


def _in_the_sentences_year(found: list[_Found], doc: Doc) -> None:
    """A month or a day named without its year after a date of the sentence that names one is in that year, not
    in the article's ("Wagner fighters marched on Moscow in June 2023, and Prigozhin was killed in a plane crash in
    August": August 2023, read in a 2025 article too). The date named before must date a time, not name a thing
    ("breached the 2015 deal's cap in July" keeps the article's July), and not another event's in a relative or an
    adverbial clause of time or cause that the month is not in ("Turkey, which shot down a Russian warplane in
    November 2015, received Russian missiles in July": the article's July)."""
    anchors = []
    for f in found:
        if f.relative or f.yearless:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None and span.root.dep_ not in ("compound", "nmod", "amod", "nummod", "poss"):
            anchors.append((f, span.root))
    if not anchors:
        return
    for k, f in enumerate(found):
        if not f.yearless:
            continue
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        before = [
            a for a, root in anchors if a.end <= f.start and span is not None and not _apart(root, span.root)
        ]
        if not before:
            continue
        year = max(before, key=lambda a: a.end).date.year
        try:
            found[k] = replace(f, date=f.date.replace(year=year), relative=False)
        except ValueError:
            continue  # (29 February in a year without it)


def _apart(tok: Token, other: Token) -> bool:
    """True when `tok` sits in a relative clause, or an adverbial clause of time or cause (data:
    `undated_clause_marks`), that does not hold `other`: its date is that clause's event's."""
    marks = coder_words().undated_clause_marks
    for _ in range(12):
        clause = tok.dep_ in ("relcl", "acl") or (
            tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)
        )
        if clause and tok.pos_ in ("VERB", "AUX") and not tok.left_edge.i <= other.i <= tok.right_edge.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# "the next day", "the following week", "the next month", "five days later": a span counted on from a date the
# sentence names before it ("approved it on 30 March 2023, and Finland joined five days later"), not from the
# article's date; "the previous day", "the previous month", "five days earlier", "the day before" (ending its clause:
# "the day before the vote" is counted from the vote) are counted back from the sentence's nearest date. ("next
# month" without "the" is the article's: "will visit Beijing next month".)
_LATER = re.compile(
    rf"\b(?:the\s+(?:next|following)\s+(?P<unit>day)|the\s+(?:next|following)\s+(?P<unit1>week|month|year)"
    rf"|{_NUM}\s+(?P<unit2>day|week|month|year)s?\s+later)\b",
    re.IGNORECASE,
)
_EARLIER = re.compile(
    rf"\b(?:the\s+(?:previous|preceding)\s+(?P<unit>day|week|month|year)"
    rf"|the\s+(?P<unit1>day)\s+before(?=\s*(?:[,.;:)]|$))"
    rf"|{_NUM}\s+(?P<unit2>day|week|month|year)s?\s+(?:earlier|before(?=\s*(?:[,.;:)]|$))))",
    re.IGNORECASE,
)
# "later that year", "earlier that month", "the same day", "that same week": the day, week, month or year of the
# sentence's nearest date ("Myanmar's army seized power in February 2021, and a court sentenced Aung San Suu Kyi
# later that year": 2021, not February 2021).
_SAME = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:that|the\s+same)\s+(?P<unit>day|week|month|year)"
    r"|(?:the|that)\s+same\s+(?P<unit1>day|week|month|year))\b",
    re.IGNORECASE,
)


def _counted_on(text: str, offset: int, found: list[_Found]) -> None:
    """Adds each span counted on or back from another date of the sentence (`_LATER`: from one before it;
    `_EARLIER`: from the nearest; `_SAME`: the nearest's own day, week, month or year), dated from that date; one with no such date counts from a date the sentence
    does not give and dates nothing. "The next month", "the previous week", which the pattern of a period read
    from the article's date ("next month", "previous week"), are counted from the sentence's date when it has one
    to count from, and keep the article's reading when it has none."""
    folded = _key(text)
    dated = list(found)
    for pattern, sign, words in (
        (_LATER, 1, ("later", "next", "following")),
        (_EARLIER, -1, _BACK_WORDS),
        (_SAME, 0, ("same", "later that", "earlier that")),
    ):
        for word in words:  # (a plain loop: asked of every sentence dated; speed49)
            if word in folded:
                break
        else:
            continue
        for m in pattern.finditer(text):
            start, end = m.start() + offset, m.end() + offset
            over = [f for f in found if f.start < end and start < f.end]
            if any(f.start < start or f.end > end for f in over):
                continue  # (part of a longer date)
            dated_apart = [f for f in dated if f not in over]
            anchors = [f for f in dated_apart if f.end <= start] if sign > 0 else dated_apart
            if not anchors:
                continue  # ("the next month" with no date to count from: the article's, as its own pattern read)
            for f in over:
                found.remove(f)  # ("the next month" after "in March 2023": the month after March 2023)
            anchor = min(anchors, key=lambda f: min(abs(start - f.end), abs(f.start - end)))
            groups = m.groupdict()
            raw = _key(groups.get("n") or "one")
            n = sign * (1 if groups.get("n") is None else int(raw) if raw.isdigit() else _NUMBERS.get(raw, 1))
            unit = _key(groups.get("unit") or groups.get("unit1") or groups.get("unit2") or "")
            when, precision = anchor.date, anchor.precision
            if unit == "day":
                when += timedelta(days=n)
            elif unit == "week":
                when += timedelta(weeks=n)
                precision = "month" if precision == "day" else precision
            elif unit == "month":
                when = (when + relativedelta(months=n)).replace(day=1)
                precision = "month" if precision == "day" else precision
            else:
                when, precision = date(when.year + n, 1, 1), "year"
            found.append(_Found(start, end, when, precision, anchor.relative, counted=True))


_BACK_WORDS = ("earlier", "before", "previous", "preceding")


def resolve_event_date(
    sent: Span,
    article_date: str | None,
    trigger: Token | None = None,
    *,
    to_come: bool | None = None,
    said: Token | None = None,
) -> tuple[str | None, str]:
    """The event date (YYYY-MM-DD) and its precision: day, month, year, article or unknown.

    Relative expressions ("on Tuesday", "last year", "two days ago", "November 17") resolve against the
    article date; a yearless date or weekday falls on or before it unless the clause is in the future.
    A month or year is given as its first day. With several dates, the one in the clause of `trigger`
    wins when a trigger is given, else the first. `to_come` says whether the deed is one still to come (an
    intended one, not a pledge or refusal made by saying it), which the day of saying does not date; None: as
    the trigger's clause reads (a future, a modal). Nothing found: the article date ("article"), or
    (None, "unknown") without one. An article date that is not YYYY-MM-DD counts as missing. With `said` (a verb
    that governs the trigger's clause), the event is that saying of the trigger's deed (a body's finding that a
    party did it): dated as `said` is, never by a date of the clause it says ("found in October 2017 that X had
    dropped sarin on Y in April 2017": October 2017; without a date of the finding's own, the article's).
    """
    ref: date | None
    try:
        ref = date.fromisoformat(article_date) if article_date else None
    except ValueError:
        ref = None
    told: set[int] = set()
    if said is not None and trigger is not None:
        clause = trigger
        for _ in range(12):
            if clause.head.i == said.i or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.head.i == said.i and clause.i != said.i:
            told = {t.i for t in clause.subtree}
            trigger = said
    future = _Tense(sent, trigger)
    found = _collect(sent, ref, future, None if trigger is None else _clause_tenses(sent, trigger, future))
    if told:
        found = [f for f in found if not _within(f, sent, told)]
    if trigger is not None:
        found = [f for f in found if not _elsewhere(f, sent, trigger)]
        if found:
            found = _for_the_deed(found, sent, trigger, future, to_come)
    if found:
        # (a span counted from another date yields to a date of the same rank: "a man who had confessed to the
        # fire a year earlier killed the priest on Monday", with "a year earlier" hung on "killed" by the parser)
        best = min(found, key=lambda f: (_rank(f, sent, trigger)[0], f.counted, _rank(f, sent, trigger)[1]))
        return best.date.isoformat(), best.precision
    if ref is not None:
        return ref.isoformat(), "article"
    return None, "unknown"
