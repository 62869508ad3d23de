"""Parser failures the event coder can repair by re-reading the parse it was given (never a second parse).

A sentence whose root the parser made a noun has lost its main verb: the small English model, after a long
subject ("Thousands of protesters who accused X of rigging the election set fire to ..."), may read the main
verb as a participle modifying the next noun ("Argentina's military junta [massed] troops": "massed" an
adjective of "troops", the root) or as a reduced relative clause of a noun in the subject ("Brazilians angered
by a scandal [massed] in cities"). The coder then finds the verb but no doer, or no verb at all. `repair_verbless`
makes such a verb the root again, with the subject before it as its subject and, where it modified the noun
after it, that noun as its object; `restore` puts the parser's reading back once the Doc is coded.

A main clause before an absolute clause ("Germany froze its aid to Afghanistan, its foreign minister having
warned that ...") may be hung as the complement of the absolute clause's participle, as if the minister had
reported it; the clause is made the root again, the absolute clause an adverbial clause of it.

A reduced relative clause of the subject may be made the root, the main verb hung under it ("Crowds [opposed] to a
security law [took] over the streets": "took" an adverbial clause of "opposed"; "workers [answering] a call from the
TUC [stopped] work"): the verb after the participle's complement, with no punctuation between, is made the root,
the participle a clause of the subject again (`_reduced_root`; forty-third session, protest43).

Only sentences whose root is a noun, or a verb with the auxiliary "having", are looked at (a test of the root and
its children per sentence). Of a noun-rooted sentence only a past form the lexicon knows as a verb is taken, the
first after the subject that has no subject, auxiliary or "by" agent of its own (a relative clause or a passive
participle of the subject stays one: "angered by", "who had asked"), and a root the tagger made a noun that has
a subject of its own is read as the verb it is ("Syngman Rhee [quit] as president").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

# The parser's reading of a token that a repair changed: (index, head index, dep, pos, tag).
Saved = tuple[int, int, str, str, str]

_NOUNS = ("NOUN", "PROPN")
_PAST = ("VBD", "VBN")
# dependencies under which the parser hangs a lost main verb on a noun
_LOST = ("amod", "acl", "relcl", "conj")
# a participle that already has a subject, an auxiliary or an agent of its own is a clause of the subject
_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "expl")
_WH = ("WDT", "WP", "WP$")


def _lost_verb(sent: Span, knows_verb: Callable[[str], bool]) -> Token | None:
    found = _lost_verbs(sent, knows_verb)
    # a participle right after its noun is a reduced relative clause of it when another verb follows ("a cleric
    # [armed] with a shotgun seized staff", "women [dressed] in black boycotted work")
    later = [t for t in found if not (t.dep_ == "acl" and t.head.i == t.i - 1)]
    chosen = later or found
    return chosen[0] if chosen else None


def _lost_verbs(sent: Span, knows_verb: Callable[[str], bool]) -> list[Token]:
    root = sent.root
    found: list[Token] = []
    for tok in sent:
        if tok.i == root.i or tok.tag_ not in _PAST or tok.dep_ not in _LOST:
            continue
        if (
            tok.i == sent.start
            or tok.nbor(-1).text in ("-", "–")
            or (tok.i + 1 < sent.end and tok.nbor(1).text == "-")
        ):
            continue  # "student-led", "Iranian-born": part of a compound word
        if tok.dep_ == "acl" and tok.head.dep_ in ("nsubj", "nsubjpass"):
            continue  # a participle of a clause's subject ("bombs that police [blamed] on X tore apart ...")
        if tok.dep_ == "amod" and _attributive(tok):
            continue  # an adjective of its noun: "a [leaked] recording", "in [televised] hearings"
        own = [c for c in tok.children if c.dep_ in _OWN]
        if own and not (tok.dep_ == "amod" and root.i > tok.i and _subject_before(tok, own)):
            continue  # (its own subject before it, with the noun after it made the root: "Soldiers [fought] troops")
        if not any(t.pos_ in (*_NOUNS, "PRON") for t in sent.doc[sent.start : tok.i]):
            continue
        if not knows_verb(tok.lemma_.lower()):
            continue
        found.append(tok)
    return found


def _attributive(participle: Token) -> bool:
    """A participle hung as an adjective that stands where only an adjective can: right after a determiner or a
    possessive of its noun, or after a preposition (adverbs of its own skipped: "a secretly [recorded] call")."""
    doc = participle.doc
    i = participle.i - 1
    while i >= 0 and doc[i].dep_ == "advmod" and doc[i].head.i == participle.i:
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    return (before.dep_ in ("det", "poss") and before.head.i == participle.head.i) or before.pos_ == "ADP"


def _subject_before(verb: Token, own: list[Token]) -> Token | None:
    """The one subject a lost verb already has, a noun before it (no relative pronoun: "who had asked")."""
    if len(own) != 1 or own[0].dep_ != "nsubj" or own[0].i > verb.i or own[0].tag_ in _WH:
        return None
    if any(c.tag_ in _WH for c in verb.children):
        return None  # a relative clause ("bombs [that] police blamed on X")
    return own[0]


def _before_absolute(root: Token) -> Token | None:
    """The clause the parser hung as the complement of an absolute clause after it ("X froze its aid, its minister
    having warned ..."): a root with the auxiliary "having" and no subject-verb clause of its own before it, whose
    clausal complement before it has a subject of its own."""
    if not any(c.dep_ == "aux" and c.lower_ == "having" for c in root.children):
        return None
    for c in root.children:
        if c.dep_ == "ccomp" and c.i < root.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return c
    return None


# the prepositions a reduced relative's participle takes its complement with ("opposed to", "angered by", "angry
# at", "armed with", "furious over", "united against")
RELATIVE_PREPS = frozenset({"to", "by", "at", "with", "over", "against", "about"})
# the dependencies under which the parser hangs the main verb on a reduced relative made the root
_UNDER_RELATIVE = ("advcl", "ccomp", "acl", "dep")


def _reduced_root(root: Token) -> Token | None:
    """The main verb of a sentence whose root the parser made the participle of a reduced relative clause of the
    subject ("Crowds [opposed] to a security law took over the streets", "Thousands of people [opposed] to the cuts
    converged on parliament", "More than a million workers [answering] a call from the TUC stopped work"): a root
    participle right after its subject noun, with no auxiliary, whose complement ("to", "by", "at" ... phrase, or an
    object of an -ing form) is followed, with no punctuation between, by a past-tense verb with no subject, auxiliary
    or mark of its own hung under it as a clause (not a conjunct: "marched to the palace and occupied it" is two
    deeds of one subject)."""
    if root.tag_ not in ("VBN", "VBD", "VBG") or root.i == 0:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.right_edge.i != root.i - 1 or subject.tag_ not in ("NNS", "NNPS"):
        return None  # (the subject, "thousands of people", a plural, ends right before the participle)
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in root.children):
        return None
    if root.tag_ == "VBD" and any(c.dep_ == "dobj" for c in root.children):
        return None  # (a past form with an object is the main verb: "rejected Eritrea's claim")
    complement = next(
        (
            c
            for c in root.children
            if c.left_edge.i == root.i + 1
            and (
                (c.dep_ == "prep" and c.lower_ in RELATIVE_PREPS) or (root.tag_ == "VBG" and c.dep_ == "dobj")
            )
        ),
        None,
    )
    if complement is None:
        return None
    found = [
        tok
        for tok in root.subtree
        if tok.i > complement.i
        and tok.tag_ in _PAST
        and tok.dep_ in _UNDER_RELATIVE
        and not any(c.dep_ in (*_OWN, "mark") or c.tag_ in _WH for c in tok.children)
    ]
    # (a past form before a participle: "opposed to cuts imposed last year marched" is read at "marched"; under a
    # root the tagger took for a past form, only a past form: "appealed to Tehran to free the sailors [seized] in
    # the Gulf", "apologised for the women [forced] into prostitution" keep their root)
    finite = [t for t in found if t.tag_ == "VBD"]
    chosen = finite or (found if root.tag_ in ("VBN", "VBG") else [])
    lost = chosen[0] if chosen else None
    if lost is None or any(t.pos_ == "PUNCT" for t in root.doc[root.i : lost.i]):
        return None  # (a clause after a comma is the root's own: "clashed with police, [wounded] ...")
    return lost


def repair_verbless(doc: Doc, knows_verb: Callable[[str], bool]) -> list[Saved]:
    """Re-hang the main verb of each sentence whose root is a noun and whose main verb the parser hung as a
    modifier (see the module's docstring). Returns what was changed, for `restore`."""
    saved: list[Saved] = []
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ in ("VERB", "AUX"):
            lost = _reduced_root(root)
            if lost is not None and knows_verb(lost.lemma_.lower()):
                # "Crowds opposed to a security law took over the streets": the participle is a reduced relative
                # clause of the subject, the verb after its complement the main one (protest43)
                doer = next(c for c in root.children if c.dep_ == "nsubj")
                later = [c for c in root.children if c.i > lost.i]
                saved.extend((t.i, t.head.i, t.dep_, t.pos_, t.tag_) for t in (root, lost, doer, *later))
                lost.head = lost
                lost.dep_ = "ROOT"
                lost.pos_, lost.tag_ = "VERB", "VBD"
                doer.head = lost
                doer.dep_ = "nsubj"
                root.head = doer
                root.dep_ = "acl"
                for t in later:
                    t.head = lost
                continue
            main = _before_absolute(root)
            if main is not None:
                # "Germany froze its aid to X, its foreign minister [having] warned that ...": the absolute clause
                # is no report of the clause before it; that clause is the sentence's main one
                saved.extend((t.i, t.head.i, t.dep_, t.pos_, t.tag_) for t in (root, main))
                main.head = main
                main.dep_ = "ROOT"
                root.head = main
                root.dep_ = "advcl"
            continue
        if root.pos_ not in _NOUNS:
            continue
        if (
            root.tag_ == "NN"
            and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children)
            and knows_verb(root.lemma_.lower())
        ):
            # the root is the verb, tagged a noun: "Syngman Rhee [quit] as South Korea's president", "Security
            # forces in Rangoon [beat] and tear-gassed monks" (a subject of its own says it is a verb)
            saved.append((root.i, root.head.i, root.dep_, root.pos_, root.tag_))
            root.pos_, root.tag_ = "VERB", "VBD"
            continue
        verb = _lost_verb(sent, knows_verb)
        if verb is None:
            continue
        left = range(sent.start, verb.i)
        head = verb.head
        subject: Token | None = _subject_before(verb, [c for c in verb.children if c.dep_ in _OWN])
        if subject is not None:
            pass
        elif root.i < verb.i:
            subject = root
        else:
            tops = [
                t for t in doc[sent.start : verb.i] if t.head.i not in left and t.pos_ in (*_NOUNS, "PRON")
            ]
            subject = tops[-1] if tops else None
        if subject is None:
            continue
        changed = {verb.i, subject.i}
        if head.i not in left:
            changed.add(head.i)
        strays = [
            t
            for t in doc[sent.start : verb.i]
            if t.i != subject.i and t.head.i not in left and t.head.i != verb.i
        ]
        changed.update(t.i for t in strays)
        before = [(i, doc[i].head.i, doc[i].dep_, doc[i].pos_, doc[i].tag_) for i in sorted(changed)]
        head_was, head_dep_was = head.head, head.dep_
        try:
            verb.head = verb
            verb.dep_ = "ROOT"
            verb.pos_ = "VERB"
            verb.tag_ = "VBD"
            subject.head = verb
            subject.dep_ = "nsubj"
            if head.i not in left and head.i != subject.i and head.pos_ in _NOUNS:
                head.head = verb
                head.dep_ = "dobj"  # "massed [troops]": the noun it modified is its object
            for t in strays:
                if t.head.i == head.i and head_was.i in left:
                    # "at the Marikana platinum [mine] downed tools": the noun the object displaced in the subject
                    t.head, t.dep_ = head_was, head_dep_was
                else:
                    t.head = subject  # "Argentina's military [junta]": the subject's own words
        except Exception:
            # (a safety net only: spaCy's head setter re-derives the tree even for a cycle and raises only for a
            # token of another Doc; should any setter raise, the parser's reading is put back)
            restore(doc, before)
            continue
        saved.extend(before)
    return saved


def restore(doc: Doc, saved: list[Saved]) -> None:
    """Put back the parser's reading of the tokens a repair changed."""
    for i, _, _dep, pos, tag in saved:
        tok = doc[i]
        tok.pos_, tok.tag_ = pos, tag
    for i, head, dep, _, _ in saved:
        doc[i].head = doc[head]
        doc[i].dep_ = dep
