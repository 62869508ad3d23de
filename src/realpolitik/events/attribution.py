"""Finds who a sentence says claims an event: a speaker actor, a named expert or a news outlet.

Reported speech ("Lavrov said that ...", "according to ...", "..., the ministry said") is attributed; text in
the author's own voice is not. Reporting verbs and outlet/expert words are data (`reporting_verbs.json`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..records import ActorMention, Attribution
from .clauses import reason_deed
from .kinds import class_words, kind_classes
from .knowledge import MODALITY_CUES, REPORTING_WORDS, coder_words, word_set
from .modality import (
    concessive_prep,
    content_clause,
    infinitive_relative,
    negation_lifted,
    negative_subject,
    stated_apart,
)
from .tree import doc_text, span_ents, to_infinitive, tokens_of

_MAX_STEPS = 12
# Climbing from an embedded event to the verb or noun that reports it.
_CLIMB_DEPS = frozenset(
    {
        "ccomp",
        "xcomp",
        "conj",
        "advcl",
        "pcomp",
        "pobj",
        "prep",
        "dobj",
        "nsubj",
        "nsubjpass",
        "acl",
        "attr",
        "acomp",
        "agent",  # "X argues that Y is alarmed by drones striking Z": the by-phrase is part of the claim
    }
)
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A transcript's speaker label: "Vladimir Putin: ...", "Question (retranslated): ..." at the start of a line;
# of one letter, only the "Q: ..." and "A: ..." of a question and its answer (interview transcripts).
# The same lines as ingest's `is_speaker_line` (ingest/clean.py); a test keeps the two in step.
_LABEL = re.compile(r"^(?P<name>[QA]|[A-ZА-Я][^:]{1,80}?)(?:\s*\([^)]{1,30}\))?:\s+\S")
# the labels of one letter, roles both: the question and the answer of an interview
_LETTER_ROLES = frozenset({"Q", "A"})
# ("President of the People's Republic of China Xi Jinping" is ten tokens; a sentence that ends in a colon
# is longer, or has lower-case words other than "of" and "the")
_MAX_NAME_TOKENS = 14
# a speaker's name written with initials: "V.Putin", "R.T. Erdogan", "I. Aliyev"
_INITIALS = re.compile(r"^(?:[A-ZА-Я]\.\s?){1,3}(?P<surname>[A-ZА-Я][\w'-]+)$")


@dataclass(frozen=True, slots=True)
class _Cues:
    verbs: frozenset[str]
    outlet_words: frozenset[str]
    expert_words: frozenset[str]
    report_nouns: frozenset[str]
    noun_sources: frozenset[str]
    hearsay_adverbs: frozenset[str]
    turn_roles: frozenset[str]
    not_speakers: frozenset[str]
    self_words: frozenset[str]
    group_words: frozenset[str]
    counterpart_phrases: tuple[tuple[str, ...], ...]
    other_nouns: frozenset[str]
    talk_verbs: frozenset[str]
    counterpart_pronouns: frozenset[str]
    pair_words: frozenset[str]
    greeting_words: frozenset[str]
    occasion_preps: frozenset[str]
    joint_codes: tuple[str, ...]
    unnamed_speakers: frozenset[str]
    source_phrase_words: frozenset[str]
    source_phrase_preps: frozenset[str]
    second_person: frozenset[str]
    pair_possessives: frozenset[str]
    pair_openers: frozenset[str]
    speaker_words: frozenset[str]
    thing_words: frozenset[str]
    thing_kinds: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    return _Cues(
        verbs=word_set(REPORTING_WORDS, "verbs"),
        outlet_words=word_set(REPORTING_WORDS, "outlet_words"),
        expert_words=word_set(REPORTING_WORDS, "expert_words"),
        report_nouns=word_set(MODALITY_CUES, "report_nouns"),
        noun_sources=word_set(REPORTING_WORDS, "noun_sources"),
        hearsay_adverbs=word_set(REPORTING_WORDS, "hearsay_adverbs"),
        turn_roles=word_set(REPORTING_WORDS, "turn_roles"),
        not_speakers=word_set(REPORTING_WORDS, "not_speaker_words"),
        self_words=word_set(REPORTING_WORDS, "turn_self_words"),
        group_words=word_set(REPORTING_WORDS, "turn_group_words"),
        other_nouns=word_set(REPORTING_WORDS, "turn_other_nouns"),
        talk_verbs=word_set(REPORTING_WORDS, "turn_talk_verbs"),
        counterpart_pronouns=word_set(REPORTING_WORDS, "turn_counterpart_pronouns"),
        pair_words=word_set(REPORTING_WORDS, "turn_pair_words"),
        greeting_words=word_set(REPORTING_WORDS, "turn_greeting_words"),
        occasion_preps=word_set(REPORTING_WORDS, "turn_occasion_preps"),
        joint_codes=tuple(sorted(word_set(REPORTING_WORDS, "turn_joint_codes"))),
        unnamed_speakers=word_set(REPORTING_WORDS, "unnamed_speakers"),
        source_phrase_words=word_set(REPORTING_WORDS, "source_phrase_words"),
        source_phrase_preps=word_set(REPORTING_WORDS, "source_phrase_preps"),
        second_person=word_set(REPORTING_WORDS, "turn_second_person"),
        pair_possessives=word_set(REPORTING_WORDS, "turn_pair_possessives"),
        pair_openers=word_set(REPORTING_WORDS, "turn_pair_openers"),
        speaker_words=frozenset().union(
            *(class_words(c) for c in word_set(REPORTING_WORDS, "speaker_classes")),
            word_set(REPORTING_WORDS, "speaker_nouns"),
        ),
        thing_words=frozenset().union(
            *(class_words(c) for c in word_set(REPORTING_WORDS, "not_speaker_classes")),
            coder_words().theatre_nouns,
        ),
        thing_kinds=word_set(REPORTING_WORDS, "not_speaker_classes"),
        counterpart_phrases=tuple(
            sorted(
                (tuple(p.split()) for p in word_set(REPORTING_WORDS, "turn_counterpart_phrases")), key=len
            )[::-1]
        ),
    )


def _phrase(head: Token) -> Span:
    """The noun phrase of a speaker: its head with modifiers, without relative clauses or appositions."""
    doc = head.doc
    left = head.i
    right = head.i
    keep = {"compound", "amod", "det", "poss", "nmod", "case", "punct", "nummod", "prep", "pobj", "appos"}
    for tok in head.subtree:
        if tok.i == head.i:
            continue
        # Only material whose path to the head stays inside the noun phrase.
        path_ok = True
        current = tok
        while current.i != head.i:
            if current.dep_ not in keep:
                path_ok = False
                break
            current = current.head
        if path_ok:
            left = min(left, tok.i)
            right = max(right, tok.i)
    span = doc[left : right + 1]
    # Trim dangling punctuation and prepositions at the edges ("Lavrov ,").
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ in ("prep", "case")):
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span


def _phrase_in(text: str, words: Iterable[str]) -> bool:
    """Whether a word of several words of `words` is in `text` (a plain loop: no generator step per word; speed49)."""
    for w in words:  # noqa: SIM110
        if " " in w and w in text:
            return True
    return False


def _kind(span: Span, mention: ActorMention | None, cues: _Cues) -> str:
    words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span}
    text = span.text.lower()
    if mention is not None and mention.sector == "MED":
        return "outlet"
    if words & cues.outlet_words or _phrase_in(text, cues.outlet_words):
        return "outlet"
    if words & cues.expert_words or _phrase_in(text, cues.expert_words):
        return "expert"
    return "speaker"


def _mention_for(span: Span, head: Token, actors: list[ActorMention]) -> ActorMention | None:
    start = span.start_char
    end = span.end_char
    inside = [m for m in actors if m.start < end and m.end > start]
    if not inside:
        return None
    # The mention covering the phrase head names the speaker ("Iranian expert Vaez" is Vaez, not Iran),
    # but a bare nationality is better than nothing.
    for mention in inside:
        if mention.start <= head.idx < mention.end:
            return mention
    return max(inside, key=lambda m: m.end)


def _build(head: Token, actors: list[ActorMention], cues: _Cues) -> Attribution:
    span = _phrase(head)
    mention = _mention_for(span, head, actors)
    kind = _kind(span, mention, cues)
    return Attribution(
        text=span.text,
        code=mention.code if mention else None,
        sector=mention.sector if mention else None,
        kind=kind,
    )


def cannot_say(noun: Token, actors: list[ActorMention]) -> bool:
    """True for a subject of a reporting verb that cannot say anything: a common noun of a thing or an event (an
    agreement, a ceasefire, a war, a weapon, a meeting: `not_speaker_classes`, by the class's words or, for an open
    class, by the noun's kind) that no actor mention of the resolver covers and no named entity names. One who can
    say is an actor the resolver found (a state, an organisation, a capital or an office used for its government,
    a person, a pronoun standing for one), a name, or a common noun of one who speaks or a document or outlet that
    'says' (`speaker_classes`: 'the officials said', 'the report said', 'the statement said')."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if any(m.start <= noun.idx < m.end for m in actors):
        return False
    cues = _cues()
    lemma = noun.lemma_.lower()
    words = {lemma, noun.lower_}
    if words & cues.speaker_words:
        return False
    return bool(words & cues.thing_words) or bool(kind_classes(lemma) & cues.thing_kinds)


def _speaker_of(verb: Token, actors: list[ActorMention] | None = None) -> Token | None:
    """The subject of a reporting verb, or the agent of a passive one ("was reported by TASS"); none where it
    cannot say anything (`cannot_say`: "The ceasefire announced on Tuesday was negotiated by Moscow", which the
    parser may read as the ceasefire announcing)."""
    unnamed = _cues().unnamed_speakers
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and child.lower_ not in unnamed and not negative_subject(child):
            return None if actors is not None and cannot_say(child, actors) else child
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return None if actors is not None and cannot_say(grandchild, actors) else grandchild
    # "X met Y and said ...": the subject of the first conjunct; "X kept its position, saying that ...":
    # a participle speaks for the subject of the clause it hangs on.
    if verb.head.i != verb.i and (
        verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG")
    ):
        return _speaker_of(verb.head, actors)
    return None


def _participle_on_subject(verb: Token, clause: Token) -> bool:
    """True where the parser took a participle on a noun for a reporting verb with the noun as its subject and the
    rest of the sentence as what it reports: "The ceasefire announced on Tuesday was negotiated by Moscow", "Dontsov
    argued that the alliance declared in 2022 was strong enough" (report43). The "reported" clause then comes after
    the verb, finite but with no subject and no "that" of its own: its subject is the noun the participle is on.
    The "subject" is a common noun (a name, "Pashinyan said ...", takes no such participle), and the verb reports
    nothing else ("Pashinyan said that X ... was painful" hangs a second clause on "said")."""
    if verb.tag_ not in ("VBD", "VBN") or clause.i < verb.i:
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.i < verb.i for c in verb.children):
        return False
    if any(
        c.i != clause.i and c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "parataxis") for c in verb.children
    ):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "mark") for c in clause.children):
        return False
    finite = ("VBD", "VBZ", "VBP", "MD")
    return clause.tag_ in finite or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in clause.children
    )


def _noun_source(tok: Token, cues: _Cues) -> Token | None:
    """Speakers named by phrases: "according to X", "in the words of X", "in X's view"."""
    for child in tok.children:
        according = (
            child.lemma_.lower() in cues.source_phrase_words or child.lower_ in cues.source_phrase_words
        )
        if child.dep_ != "prep" and not according:
            continue
        if according:
            for grandchild in child.subtree:
                if grandchild.dep_ == "pobj":
                    return grandchild
        if child.lower_ in cues.source_phrase_preps:
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.lemma_.lower() not in cues.noun_sources:
                    continue
                for sub in obj.children:
                    if sub.dep_ == "poss":
                        return sub
                    if sub.dep_ == "prep" and sub.lower_ == "of":
                        for pobj in sub.children:
                            if pobj.dep_ == "pobj":
                                return pobj
    return None


def _in_quotes(trigger: Token) -> bool:
    sent = trigger.sent
    opened = 0
    for tok in tokens_of(sent):  # (FastTokens while the Doc is coded)
        if tok.i >= trigger.i:
            break
        if tok.text in ("“", "«"):
            opened += 1
        elif tok.text in ("”", "»"):
            opened = max(0, opened - 1)
        elif tok.text == '"':
            opened = 0 if opened else 1
    return opened > 0


def find_attribution(trigger: Token, actors: list[ActorMention]) -> Attribution | None:
    """Who the sentence says claims the event carried by `trigger`, or None in the author's own voice.

    Climbs from the trigger to a governing reporting verb or noun ("X said that ...", "..., X said",
    "X's claim that ...", "X accused Y of ..."), then looks for "according to X" or "in the words of X"
    on the clauses passed through; `actors` supplies the speaker's code and sector.
    """
    cues = _cues()
    tok = trigger
    visited: list[Token] = [trigger]
    through_participle = False  # whether the climb passed a participle on a noun
    for _ in range(_MAX_STEPS):
        # A parenthetical "Russia, Lavrov said, will ..." hangs the reporting verb below the event.
        for child in tok.children:
            if child.dep_ == "parataxis" and child.lemma_.lower() in cues.verbs:
                speaker = _speaker_of(child, actors)
                if speaker is not None:
                    return _build(speaker, actors, cues)
        if reason_deed(tok) and not through_participle:
            # "Baku condemned Yerevan for shelling ...", "critics praised X for ...": the deed a party is
            # judged or punished for is stated by the judge, so it is the judge's claim, not the author's.
            judge = tok.head.head
            speaker = _speaker_of(judge)
            for verb in judge.ancestors:  # "went as far as criticising X for ...": the judge is further up
                if speaker is not None:
                    break
                speaker = _speaker_of(verb) if verb.pos_ in ("VERB", "AUX") else None
            if speaker is not None:
                return _build(speaker, actors, cues)
            return Attribution(text=judge.text, kind="speaker")
        head = tok.head
        if (
            head.i == tok.i
            or (
                tok.dep_ not in _CLIMB_DEPS
                and not (through_participle and tok.dep_ == "appos")
                and not (tok.dep_ == "relcl" and content_clause(tok))
                and not (tok.dep_ == "relcl" and infinitive_relative(tok))
            )
            or stated_apart(tok)
            or concessive_prep(tok)
        ):
            break  # (a clause stated on its own before "; X denied any role" is not X's report)
        if (
            tok.dep_ == "acl"
            and tok.tag_ in ("VBN", "VBG")
            and not to_infinitive(tok)
            # (not a clause with its own subject or "that": "Moscow's denial that its jets had bombed X")
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)
        ):
            # a participle modifying a noun ("the stronghold controlled by ...") is its own claim, unless the
            # noun sits in a reported that-clause ("X argues that Y fears drones striking Z"): the whole clause
            # is the speaker's
            through_participle = True
        if through_participle and not (tok.dep_ == "ccomp" and head.lemma_.lower() in cues.verbs):
            tok = head
            visited.append(tok)
            continue
        if tok.dep_ == "acomp" and head.lemma_ != "be":
            break  # "X said that Y was ready to ..." climbs through "be"; "became unable" is the author's
        # An adverbial clause of a reporting verb ("If ..., experts warn that ...") is not what is reported.
        if (
            tok.dep_ in ("ccomp", "xcomp", "pcomp", "conj", "pobj", "prep")
            and head.lemma_.lower() in cues.verbs
        ):
            if tok.dep_ == "conj" or (
                tok.dep_ == "xcomp" and head.lemma_.lower() in coder_words().aspect_verbs
            ):
                # "Russia attacked and Armenia retreated": coordination is not reporting; nor is going on
                # with a deed ("Britain continued supplying missiles").
                tok = head
                visited.append(tok)
                continue
            if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in head.children):
                # "Iran is said to have sent drones": the subject is the doer; only an agent names a speaker
                agents = [
                    g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                ]
                if agents:
                    return _build(agents[0], actors, cues)
                return Attribution(text=head.text, kind="speaker")
            if tok.dep_ == "ccomp" and _participle_on_subject(head, tok):
                tok = head  # (the "reporting verb" is a participle on a noun: no one is reported)
                visited.append(tok)
                continue
            if negation_lifted(head):
                break  # "Nobody denies that X did Y", "X cannot deny that ...": the author states it
            speaker = _speaker_of(head, actors)
            if speaker is not None:
                return _build(speaker, actors, cues)
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
                # "It was reported that ...": a claim with no named source is still not the author's.
                return Attribution(text=head.text, kind="speaker")
        if (
            tok.dep_ in ("acl", "ccomp") or (tok.dep_ == "relcl" and content_clause(tok))
        ) and head.lemma_.lower() in cues.report_nouns:
            for child in head.children:
                if child.dep_ == "poss":
                    return _build(child, actors, cues)
                if child.dep_ == "prep" and child.lower_ == "by":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            return _build(pobj, actors, cues)
        tok = head
        visited.append(tok)
    for node in visited:
        source = _noun_source(node, cues)
        if source is not None:
            return _build(source, actors, cues)
    root = trigger.sent.root
    if root not in visited:
        source = _noun_source(root, cues)
        if source is not None:
            return _build(source, actors, cues)
    if _in_quotes(trigger):
        for verb in trigger.sent:
            if verb.lemma_.lower() in cues.verbs and verb.pos_ == "VERB" and not _in_quotes(verb):
                speaker = _speaker_of(verb, actors)
                if speaker is not None:
                    return _build(speaker, actors, cues)
    for tok in visited:
        for child in tok.children:
            if child.dep_ == "advmod" and child.lower_ in cues.hearsay_adverbs:
                return Attribution(text=child.text, kind="speaker")
    return None


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn in a transcript: from the speaker line to the next turn (character offsets)."""

    start: int
    end: int
    name_start: int  # the speaker's name before the colon ("Vladimir Putin" in "Vladimir Putin: ...")
    name_end: int
    attribution: Attribution
    # the other coded speakers of the same transcript (a joint press conference: the other leader)
    counterparts: tuple[Attribution, ...] = ()


def _written_as_name(span: Span, cues: _Cues) -> bool:
    """True when a label reads as a name or a title ("President of Russia Vladimir Putin", "Question"):
    no pronoun ("I", "We"), no caption word ("Photo credit"), and lower-case words only as the linking
    words of a title ("of", "the") or as a part of a hyphenated name ("Moon Jae-in", "Mohammed al-Sudani")."""
    for tok in span:
        if tok.pos_ == "PRON" or tok.lower_ in cues.not_speakers:
            return False
        if (
            tok.is_alpha
            and tok.text.islower()
            and tok.pos_ not in ("ADP", "DET", "CCONJ")
            and not _hyphenated(tok)
        ):
            return False
    return True


def _hyphenated(tok: Token) -> bool:
    """True for a word joined by a hyphen, with no space, to the word before or after it ("Jae-in", "al-Assad")."""
    doc = tok.doc
    before = (
        tok.i > 1
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 2].whitespace_
        and not doc[tok.i - 1].whitespace_
    )
    after = (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_
    )
    return before or after


def _turn_name(doc: Doc, start: int, end: int, actors: list[ActorMention], cues: _Cues) -> Attribution | None:
    """The attribution a speaker label gives, or None when the label names no speaker: a caption ("Photo
    credit"), a heading that names a country ("Azerbaijan: ..."), a phrase with a pronoun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not 0 < len(span) <= _MAX_NAME_TOKENS or not _written_as_name(span, cues):
        return None
    # (a mention the resolver ran on from the line above, "... 21 May 2021\n\nJoe Biden", ends with the label)
    inside = [
        m
        for m in actors
        if m.end <= span.end_char
        and (
            m.start >= span.start_char
            or (m.end == span.end_char and "\n" in doc.text[m.start : span.start_char])
        )
    ]
    people = [m for m in inside if m.person]
    others = [m for m in inside if not m.person]
    role = span[0].lower_ in cues.turn_roles or span.text in _LETTER_ROLES
    # The parser's PERSON counts only where no other actor (a country, an organisation) covers it:
    # "Azerbaijan" alone on a heading line is sometimes read as a person's name.
    named = [
        ent
        for ent in span_ents(span)
        if ent.label_ == "PERSON"
        and not any(m.start < ent.end_char and m.end > ent.start_char for m in others)
    ]
    if not (role or people or named):
        if _INITIALS.match(span.text):
            # "V.Putin", "I. Aliyev": a name written with initials; its code comes from the same surname at
            # another turn (`_same_names`)
            return Attribution(text=span.text, code=None, sector=None, kind=_kind(span, None, cues))
        return None
    mention = people[-1] if people else (inside[-1] if inside and not role else None)
    if mention is None and role:
        # "Question:", "MODERATOR:", "Q:", "A:": a role of the transcript, no actor; its turn's words are an
        # unnamed participant's ("role"), never a speaker's the claims could be read as coming from
        return Attribution(text=span.text, code=None, sector=None, kind="role")
    return Attribution(
        text=span.text,
        code=mention.code if mention else None,
        sector=mention.sector if mention else None,
        kind=_kind(span, mention, cues),
    )


def _capitals_name(label: str, cues: _Cues) -> bool:
    """True for a label written as a name in capitals, two to four words of letters ("EMIL HART", "JEAN-PIERRE
    DUVAL"), none of them a caption's or a role's word ("PHOTO CREDIT", "QUESTION")."""
    words = label.split()
    return 2 <= len(words) <= 4 and all(
        len(w) > 1
        and w.isupper()
        and w.replace("-", "").replace("'", "").isalpha()
        and w.lower() not in cues.not_speakers
        and w.lower() not in cues.turn_roles
        for w in words
    )


def speaker_turns(doc: Doc, actors: list[ActorMention]) -> list[Turn]:
    """The speaker turns of a transcript ("Vladimir Putin: ...", "Question: ..."), in text order.

    A text is a transcript when at least two of its lines are speaker lines that name a person or a
    turn role (data: `turn_roles` of reporting_verbs.json); a line like "Photo credit: ..." or a heading
    "Azerbaijan: ..." names no speaker and does not end a turn. A turn runs to the next speaker line, and
    never past the start of the next article when the text is a dump of several (the boundaries
    ingest's splitter finds). Anything else gives no turns.
    """
    cues = _cues()
    found: list[tuple[int, int, int, Attribution]] = []
    capitals: list[tuple[int, int, int, Attribution]] = []
    offset = 0
    for line in doc_text(doc).splitlines(keepends=True):
        lead = len(line) - len(line.lstrip())
        label = _LABEL.match(line.strip())
        if label is not None:
            start = offset + lead
            name_end = start + len(label.group("name").rstrip())
            attribution = _turn_name(doc, start, name_end, actors, cues)
            if attribution is not None:
                found.append((start, start, name_end, attribution))
            elif _capitals_name(doc.text[start:name_end], cues) and not any(
                m.start == start and m.end == name_end for m in actors
            ):
                # (a label that is all one actor's name is no unknown guest: a dateline, "NEW YORK:"; a guest whose
                # name only holds a place's, "SOFIA RANDE:", still is one)
                capitals.append((start, start, name_end, Attribution(text=doc.text[start:name_end])))
        offset += len(line)
    if found and capitals:
        # "EMIL HART: ...", "SOFIA RANDE: ...": guests named in capitals, as broadcast transcripts write them, where
        # another label (a role, a known person) makes the text a transcript; their words ran on in the turn
        # before (the moderator's)
        found = sorted(found + capitals, key=lambda f: f[0])
    if len(found) == 1 and _lone_statement(doc, found[0][2], found[0][3], actors):
        # "Antony Blinken: I met Wang Yi today.": one line that is all the text, under a person's name, is
        # that person's statement (one turn with no other speaker)
        start, name_start, name_end, attribution = found[0]
        return [Turn(start, len(doc.text), name_start, name_end, attribution)]
    if len(found) < 2:
        return []
    # Imported here: only transcripts need the splitter.
    from ..ingest.split import article_starts

    boundaries = article_starts(doc.text)
    turns: list[Turn] = []
    for index, (start, name_start, name_end, attribution) in enumerate(found):
        end = found[index + 1][0] if index + 1 < len(found) else len(doc.text)
        end = min([end, *(b for b in boundaries if b > name_end)])
        turns.append(Turn(start, end, name_start, name_end, attribution))
    return _with_counterparts(_same_names(turns))


def _lone_statement(doc: Doc, name_end: int, attribution: Attribution, actors: list[ActorMention]) -> bool:
    """True when a text with one speaker label is that speaker's statement: the label names a person (a
    person of the knowledge base, not a turn role such as "Question") with a code, and its line is the
    text's only line with words ("Olaf Scholz: I spoke with President Zelensky today.")."""
    if attribution.code is None or doc.text[:name_end].count("\n") or doc.text[name_end:].strip().count("\n"):
        return False
    label = doc.text[:name_end]
    start = len(label) - len(label.lstrip())
    return any(m.person and start <= m.start and m.end <= name_end for m in actors)


def _name_key(attribution: Attribution) -> tuple[str, ...]:
    """The last two words of a label: "President of Russia Vladimir Putin" and "Vladimir Putin" agree."""
    return tuple(attribution.text.casefold().split()[-2:])


def _same_names(turns: list[Turn]) -> list[Turn]:
    """A label the resolver gave no code takes the code of a label with the same name elsewhere in the
    transcript (the same speaker, resolved at another turn); a name written with initials ("V.Putin") that of
    a label with the same surname ("Vladimir Putin")."""
    known = {_name_key(t.attribution): t.attribution for t in turns if t.attribution.code is not None}
    surnames = {
        t.attribution.text.casefold().split()[-1]: t.attribution
        for t in turns
        if t.attribution.code is not None
    }
    out: list[Turn] = []
    for turn in turns:
        other = known.get(_name_key(turn.attribution))
        initials = _INITIALS.match(turn.attribution.text)
        if other is None and initials is not None:
            other = surnames.get(initials.group("surname").casefold())
        if turn.attribution.code is None and other is not None:
            turn = replace(turn, attribution=replace(turn.attribution, code=other.code, sector=other.sector))
        out.append(turn)
    return out


def _with_counterparts(turns: list[Turn]) -> list[Turn]:
    """Each turn with the other coded speakers of its transcript: the run of turns that follow each other
    with no article boundary between them."""
    blocks: list[list[Turn]] = []
    for turn in turns:
        if blocks and blocks[-1][-1].end == turn.start:
            blocks[-1].append(turn)
        else:
            blocks.append([turn])
    out: list[Turn] = []
    for block in blocks:
        speakers: dict[str, Attribution] = {}
        for turn in block:
            if turn.attribution.code is not None:
                speakers.setdefault(turn.attribution.code, turn.attribution)
        for turn in block:
            others = tuple(a for code, a in speakers.items() if code != turn.attribution.code)
            out.append(replace(turn, counterparts=others))
    return out


@dataclass(frozen=True, slots=True)
class TurnMention:
    """An actor a word of a speaker's turn stands for: "I" (kind "self"), "we" ("group", the speaker's
    country), "Mr President" ("counterpart", the other speaker of a two-party transcript), "him"/"you"
    standing for that speaker ("addressee"), or "our" in "our two countries" (two mentions of kind "pair",
    the speaker's country and the other speaker's)."""

    mention: ActorMention
    kind: str


def turn_talk_verb(tok: Token) -> bool:
    """A verb of talking ("talk", "speak", "meet"): with the speakers of a transcript as its subject, a
    consultation between them (data: `turn_talk_verbs`)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _cues().talk_verbs


def turn_greeting(tok: Token, in_label: Callable[[Token], bool]) -> bool:
    """A greeting said to the other speaker with no subject of its own ("Mr President, welcome to Moscow",
    "Welcome, Chancellor"): the speaker receives the other speaker (data: `turn_greeting_words`). A word of
    the speaker's label (`in_label`) is no subject: the parser may take the label for one."""
    if tok.lower_ not in _cues().greeting_words or tok.pos_ not in ("VERB", "INTJ", "ADJ", "NOUN"):
        return False
    # the sentence's head, or after the words of address it follows ("Mr President, dear friend, welcome")
    if tok.dep_ not in ("ROOT", "intj") and not (
        tok.dep_ in ("amod", "appos", "conj") and tok.head.i < tok.i
    ):
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "det") and not in_label(c) for c in tok.children
    )


def turn_occasion(noun: Token) -> Token | None:
    """The verb of the clause an event noun is the occasion of ("after the talks with X, I ...", "during
    the meeting with Y we ...", also through another occasion: "I said so during the news conference after
    talks with Z"), or None (data: `turn_occasion_preps`)."""
    for _ in range(3):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _cues().occasion_preps:
            return None
        if prep.head.pos_ in ("VERB", "AUX"):
            return prep.head
        noun = prep.head
    return None


def turn_joint_code(code: str) -> bool:
    """True for the code of a deed two sides do together (data: `turn_joint_codes`)."""
    return code.startswith(_cues().joint_codes)


def turn_mentions(doc: Doc, turns: list[Turn], actors: list[ActorMention] | None = None) -> list[TurnMention]:
    """Actor mentions for the first-person words and the forms of address in the turns of coded speakers
    (data: `turn_self_words`, `turn_group_words`, `turn_counterpart_phrases` of reporting_verbs.json).
    `actors`: the resolver's mentions, whose countries and organisations are no persons' names."""
    cues = _cues()
    places = [(m.start, m.end) for m in actors or [] if not m.person]
    found: list[TurnMention] = []
    previous: Turn | None = None
    for turn in turns:
        before, previous = previous, turn
        speaker = turn.attribution
        if speaker.code is None:
            continue  # "Question: ... we ...": an unnamed questioner stands for no actor
        span = doc.char_span(turn.name_end, turn.end, alignment_mode="contract")
        if span is None:
            continue
        codes = {a.code for a in turn.counterparts}
        other = turn.counterparts[0] if len(codes) == 1 else None
        taken: set[int] = set()
        words = [t.lower_ for t in span]
        if other is not None:
            for k in range(len(span)):
                for phrase in cues.counterpart_phrases:
                    if tuple(words[k : k + len(phrase)]) == phrase and not taken & set(
                        range(k, k + len(phrase))
                    ):
                        # "my colleague" is the colleague: a mention that starts with a pronoun reads as one
                        words_of = [t for t in span[k : k + len(phrase)] if t.pos_ != "PRON"] or [span[k]]
                        first, last = words_of[0], span[k + len(phrase) - 1]
                        taken.update(range(k, k + len(phrase)))
                        found.append(
                            TurnMention(
                                _turn_mention(doc, first, last, other, "the other speaker", other.sector),
                                "counterpart",
                            )
                        )
        if other is not None:
            # "you" is the other speaker in a turn that answers the other speaker's, or that opens the
            # transcript ("Mr President, I am glad to welcome you to Moscow")
            follows = before is not None and before.end == turn.start
            answers = not follows or (before is not None and before.attribution.code == other.code)
            for k, tok in enumerate(span):
                if k in taken or tok.lower_ not in cues.counterpart_pronouns:
                    continue
                if tok.lower_ in cues.second_person:
                    if not answers:
                        continue  # ("you" answering a question is the questioner)
                elif not _last_named_is(span, tok, other, places):
                    continue  # ("I met Mr Aliyev and told him ...": "him" is the person named)
                taken.add(k)
                found.append(
                    TurnMention(
                        _turn_mention(doc, tok, tok, other, "the other speaker", other.sector), "addressee"
                    )
                )
        for k, tok in enumerate(span):
            if k in taken or (tok.dep_ == "poss" and tok.head.lemma_.lower() in cues.other_nouns):
                continue  # "our partners" are not the speaker's country
            if other is not None and _pair(tok, cues):
                # "our two countries", "our respective ministers", "both our governments": both speakers'
                group = _turn_mention(doc, tok, tok, speaker, "the speaker's country", "GOV")
                found.append(TurnMention(group, "pair"))
                found.append(
                    TurnMention(
                        _turn_mention(doc, tok, tok, other, "the other speaker's country", "GOV"), "pair"
                    )
                )
                continue
            if tok.lower_ in cues.self_words:
                found.append(
                    TurnMention(_turn_mention(doc, tok, tok, speaker, "the speaker", speaker.sector), "self")
                )
            elif tok.lower_ in cues.group_words:
                group = _turn_mention(doc, tok, tok, speaker, "the speaker's country", "GOV")
                found.append(TurnMention(group, "group"))
    return found


def _last_named_is(span: Span, tok: Token, other: Attribution, places: list[tuple[int, int]]) -> bool:
    """True when no person is named in the turn before `tok`, or the last one named is the other speaker
    ("President Erdogan raised it, and I discussed it with him": "him" is still the other speaker). A name
    the parser reads as a person's where the resolver found a country or a place (`places`: character
    ranges) is none."""
    named = [
        e
        for e in span_ents(span)
        if e.label_ == "PERSON"
        and e.end <= tok.i
        and not any(start < e.end_char and end > e.start_char for start, end in places)
    ]
    if not named:
        return True
    surname = other.text.split()[-1].casefold() if other.text.split() else ""
    return named[-1][-1].text.casefold() == surname


def _pair(tok: Token, cues: _Cues) -> bool:
    """ "our" that says both speakers: before a pair word ("our two countries", "our respective ministers")
    or after "both" ("both our countries")."""
    if tok.lower_ not in cues.pair_possessives or tok.dep_ != "poss":
        return False
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    return (after is not None and after.lower_ in cues.pair_words) or (
        before is not None and before.lower_ in cues.pair_openers
    )


def _turn_mention(
    doc: Doc, first: Token, last: Token, who: Attribution, what: str, sector: str | None
) -> ActorMention:
    start, end = first.idx, last.idx + len(last.text)
    text = doc.text[start:end]
    return ActorMention(
        start,
        end,
        text,
        who.code or "",
        sector,
        None,
        f"transcript turn: '{text}' -> {who.code} ({what}, '{who.text}')",
        confidence=0.6,
        role="coreference",
    )


def turn_at(turns: list[Turn], char: int) -> Turn | None:
    """The turn that holds a character offset, if any."""
    for turn in turns:
        if turn.start <= char < turn.end:
            return turn
    return None
