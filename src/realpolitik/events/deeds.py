"""Several deeds in one sentence: which are events of their own, and how they share their parties.

The component asks, for each sentence, after the candidates are chosen: whether a second deed is separate from
the first (`coordinated_past`, `adjunct_past`, `relative_past`, `contrasted_deed`, `done_to_others`), and how
listed doers, mediators, sellers, elided phrases, gapped conjuncts and retreats after a deed split or share their
parties (`listed_doers_apart`, ..., `gapped_doers`, `left_after_deed`). Helpers follow the function that first
calls them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from ..records import Event
from . import cameo
from .clauses import (
    adjunct_clause,
    asking_phrase,
    deed_or_weapon_subject,
    failed_keeping,
    named_doer,
    relative_as_complement,
    relative_deed,
    subordinators,
)
from .knowledge import clause_words, coder_words, role_words
from .modality import classify_modality, concessive_prep, finite_conjunct, negative_subject
from .tree import Mentions, actors_under, deed_verb, lemma_forms, to_infinitive
from .triggers import Candidate


def help_by_deed(cand: Candidate) -> bool:
    """A verb of helping or allowing whose subject is a deed of force or a relation between parties ("Russia's
    air campaign helped the Syrian army retake Palmyra", "the coordination of Russia and Iran helped Assad
    survive"): the subject's deed is the event and the complement the enabled party's; the verb is no
    permission given. With a weapon or a deed of force as the subject of a verb of helping ("Turkish drones
    helped Azerbaijan advance", "NATO's air campaign helped Libyan rebels topple Gaddafi") its owner helped
    too, as aid."""
    verb = cand.trigger
    if verb.pos_ != "VERB":
        return False
    lemmas = set(lemma_forms(verb))
    if not lemmas & (clause_words().assisting_verbs | clause_words().enabling_verbs):
        return False
    relation = any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in coder_words().relation_nouns
        for c in verb.children
    )
    subject = deed_or_weapon_subject(verb)
    # ("Turkish drones helped Azerbaijan recapture ...": a weapon does no deed of its own; whose weapon it is
    # helped, as a giver of arms)
    # ("Iranian drones allowed Russia to strike ...": no permission was given)
    # ("Russia's air campaign helped Syrian forces retake Aleppo": the campaign's owner helped too, as aid;
    # "Russia's air campaign allowed ..." gives no permission)
    return relation or (subject is not None and not lemmas & clause_words().assisting_verbs)


def demands_of_protest(cands: dict[int, Candidate]) -> None:
    """A protest (root 14) whose purpose clause or participle tail is a demand or an appeal (roots 10 and 02):
    "thousands massed in Bangkok, demanding the prime minister's resignation", "mothers gathered in the square to
    demand that the junta ...", "began fasting to press the government to ...". What is demanded is what the
    protest is for (the CAMEO codebook's 141x "demonstrate for ..."), so the protest is the deed and the demand
    is no event of its own; the protest takes the demand's target when it names none."""
    for cand in list(cands.values()):
        if cand.code[:2] != "14":
            continue
        for child in cand.trigger.children:
            other = cands.get(child.i)
            if (
                other is None
                or other is cand
                or child.dep_ not in ("advcl", "xcomp")
                or child.pos_ != "VERB"
                or other.code[:2] not in ("02", "10")
                or not (
                    child.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                )
            ):
                continue
            if not cand.target:
                cand.target = [i for i in other.target if i not in cand.source]
            del cands[child.i]


def listed_doers_apart(cands: list[Candidate]) -> None:
    """ "X's arms sales to A as well as Y's aid to A": the doer of a deed noun listed after another, with a
    doer of its own, is not a party of the deed before it (the parser may hang the second item inside the
    first one's phrases)."""
    listed = [
        c
        for c in cands
        if c.trigger.pos_ == "NOUN" and c.trigger.dep_ == "conj" and c.source and named_doer(c.trigger)
    ]
    for item in listed:
        for cand in cands:
            if cand is not item and cand.trigger.pos_ == "NOUN" and cand.trigger.i < item.trigger.i:
                cand.target = [i for i in cand.target if i not in item.source]


def mediators_apart(cands: list[Candidate]) -> None:
    """ "A and B met at a meeting arranged by X", "spoke in a call brokered by X": the mediator named by a
    participle on the meeting is no counterpart of the meeting it arranged (data: `mediation_codes`)."""
    mediators = {
        i
        for c in cands
        if c.code in clause_words().mediation_codes and c.trigger.dep_ == "acl"
        for i in c.source
    }
    if not mediators:
        return
    for cand in cands:
        if cand.code[:2] == "04" and cand.code not in clause_words().mediation_codes:
            kept = [i for i in cand.target if i not in mediators]
            if kept != cand.target:
                cand.target = kept
                # ("A and B met ...": with the mediator gone, they met each other)
                cand.reciprocal = cand.reciprocal or (not kept and len(cand.source) > 1)


def sellers_apart(cands: list[Candidate]) -> None:
    """ "Russia used drones bought from Iran against Ukrainian cities": the seller named by a participle on
    what a deed is done with is no target of that deed."""
    for bought in cands:
        trigger = bought.trigger
        if not bought_participle(bought) or not bought.target:
            continue
        for cand in cands:
            if cand is not bought and trigger.head.i in {t.i for t in cand.trigger.subtree}:
                cand.target = [i for i in cand.target if i not in bought.target]


def left_after_deed(
    cands: list[Candidate], before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]], ments: Mentions
) -> None:
    """ "Russian forces attacked Kyiv in February 2022, but they withdrew in April": a retreat that names no
    place leaves the party its doer attacked or held in a clause before it, in its sentence or the one before
    (data: `left_place_types`, `left_after_types` of roles.json)."""
    earlier = [c for _, kept in before[-1:] for c, _ in kept]
    for cand in cands:
        kind = (cameo.plover_type(cand.code) or "").lower()
        if kind not in role_words().left_place_types or not cand.source or cand.target:
            continue
        own = ments.codes(cand.source)
        deeds = [
            other
            for other in [*earlier, *(c for c in cands if c.trigger.i < cand.trigger.i)]
            if (cameo.plover_type(other.code) or "").lower() in role_words().left_after_types
            and other.target
            and ments.codes(other.source) & own
        ]
        if deeds:
            cand.target = [i for i in deeds[-1].target if ments.mentions[i].code not in own]


def elided_phrases(cands: list[Candidate]) -> None:
    """ "American aid to Kyiv, as well as British aid", "Israeli support for Baku, along with Turkish
    support": a deed noun repeated for another doer, its phrases left out, is done to the first one's
    target."""
    nouns = [c for c in cands if c.trigger.pos_ == "NOUN" and c.source]
    for cand in nouns:
        if cand.target or cand.reciprocal or any(c.dep_ == "prep" for c in cand.trigger.children):
            continue
        first = _first_of_pair(cand.trigger)
        if first is None:
            continue
        for other in nouns:
            if other.trigger.i == first.i and other.target and other.trigger.lemma_ == cand.trigger.lemma_:
                cand.target = [i for i in other.target if i not in cand.source]


def _first_of_pair(noun: Token) -> Token | None:
    """The noun a noun is joined to: as a conjunct ("A's aid, as well as B's aid") or through "along with",
    "together with" ("A's support, along with B's support")."""
    if noun.dep_ == "conj":
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.dep_ == "prep":
        return prep.head.head if prep.head.lower_ in clause_words().accompanying_preps else None
    return None


def main_clause_first(alive: list[Candidate]) -> None:
    """ "Azerbaijan ordered a general mobilisation after Armenian forces crossed into its territory": a deed of an
    adverbial clause ("after", "when", "as", "before", a purpose) or of the sentence's background (`in_background`)
    never takes the place of the main clause's deed: when the best-scored candidate stands in such a clause and the
    main clause has a sure reading of its own (a hand entry, with a doer), that one goes first (in place). Against a
    deed of a relative clause, any reading of the main clause's verb (`_main_clause_verb`) that names a party goes
    first: the relative clause's deed is the news only when the main verb has no reading (choice39)."""
    # ("Meeting in a villa in Brno, the two premiers settled that Czechoslovakia would cease to exist"): a meeting
    # told by a participle that opens the sentence is the occasion of the news; the main verb's own frame with its
    # doer is the news, even when the lexicon does not know the deed it frames (a deed told so, "Yielding at last to
    # Washington, the Convention voted ...", stays the news; talk46)
    if (
        alive
        and alive[0].code[:2] == _MEETING_ROOT
        and _fronted_participle(alive[0].trigger)
        and _to_front(
            alive,
            lambda cand: (
                ((cand.trigger.dep_ == "ROOT" and cand.entry.kind == "F") or aspect_complement(cand.trigger))
                and bool(cand.source)
                and not (cand.entry.derived or cand.entry.implied)
            ),
        )
    ):
        return
    # ("Christian and Muslim members of parliament, meeting at Taif, approved a charter of reconciliation"): a meeting
    # told by a participle set off on the main verb's subject is the occasion of the news; the main verb's own hand
    # reading with its doer is the news (promise47)
    meeting = alive[0].trigger if alive else None
    if (
        meeting is not None
        and alive[0].code[:2] == _MEETING_ROOT
        and _subject_participle(meeting)
        and _to_front(
            alive,
            lambda cand: (
                _main_of_participle(cand.trigger, meeting)
                and bool(cand.source)
                and not (cand.entry.derived or cand.entry.implied or cand.fallback)
            ),
        )
    ):
        return
    if not alive or not (_in_adverbial(alive[0].trigger) or in_background(alive[0].trigger)):
        return
    if _to_front(
        alive,
        lambda cand: (
            not _in_adverbial(cand.trigger)
            and not in_background(cand.trigger)
            and bool(cand.source)
            and not (cand.entry.derived or cand.entry.implied or cand.fallback)
        ),
    ):
        return
    # ("Ukraine has received the Leopard tanks that Germany promised it"): a relative clause tells what its noun is,
    # the background of the news; a reading of the main clause's verb with a party named is the news even when the
    # dictionary gives it and its doer is left unnamed (the relative clause's deed stands only when the main verb has
    # no reading)
    if _in_relative_clause(alive[0].trigger) and _to_front(
        alive,
        lambda cand: (
            _main_clause_verb(cand.trigger)
            and not in_background(cand.trigger)
            and bool(cand.source or cand.target)
            and not cand.fallback
        ),
    ):
        return
    if not _in_time_clause(alive[0].trigger):
        return
    # ("Khan said Pakistan would retaliate if India attacked it, days after a bomber killed 40 policemen"): a deed of
    # a clause of time or cause, a relative clause or a tail is the background of the news even against a reading of
    # the main clause the dictionary gives, with its doer and its target (not against a fallback guess)
    _to_front(
        alive,
        lambda cand: (
            not _in_adverbial(cand.trigger)
            and not in_background(cand.trigger)
            and bool(cand.source)
            and bool(cand.target)
            and not cand.fallback
        ),
    )


def aspect_complement(tok: Token) -> bool:
    """ "the three leaders went on to sign an accord", "began bombing", "moved to ban": the complement of a main verb of
    phase or sequence (data `aspect_verbs`, `sequence_verbs`), which carries no deed of its own, is the main clause's
    deed (background50)."""
    words = coder_words()
    verb = tok.head
    return (
        (tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and to_infinitive(tok)))
        and tok.pos_ == "VERB"
        and verb.dep_ == "ROOT"
        and verb.lemma_.lower() != tok.lemma_.lower()
        and any(lemma in words.aspect_verbs or lemma in words.sequence_verbs for lemma in lemma_forms(verb))
    )


def described_party(tok: Token, ments: Mentions) -> bool:
    """The word stands in a relative clause that says who the main verb's subject is: a clause on a person named as
    the subject ("Dag Hammarskjold, who had sent UN troops into the Congo, died ...", "Juan Peron, who had been
    ousted by the army in 1955, returned ..."), or one on a noun in apposition to a subject that names a party ("M.
    Jaures, the Socialist leader who had striven to keep France out of the war, was shot dead"). Not a clause on a
    state or a body named as the subject ("Turkey, which supplied drones to Azerbaijan, is a member of NATO": its deed
    is coded), nor on a deed or a thing ("A treaty that Serbia and Bulgaria signed ... divided Macedonia": the
    signing is its news) (background50)."""
    clause = tok
    for _ in range(12):
        if clause.dep_ == "relcl":
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    noun = clause.head
    apposed = noun.dep_ == "appos"
    if apposed:
        noun = noun.head
    if (
        noun.dep_ not in ("nsubj", "nsubjpass")
        or noun.head.dep_ != "ROOT"
        or noun.head.pos_ not in ("VERB", "AUX")
    ):
        return False
    named = [ments.mentions[i] for i in ments.at(noun) if ments.heads[i] == noun.i]
    if any(m.person for m in named) or (noun.ent_type_ == "PERSON" and not named):
        return True  # (a person; a capital the tagger took for one keeps its deed: "Yerevan, which was defeated ...")
    return apposed and bool(named)


def _to_front(alive: list[Candidate], wanted: Callable[[Candidate], bool]) -> bool:
    """Move the first candidate that is `wanted` to the front of `alive` (the others keep their order); False, and
    `alive` as it was, when none is."""
    for index, cand in enumerate(alive):
        if wanted(cand):
            alive.insert(0, alive.pop(index))
            return True
    return False


def _in_relative_clause(tok: Token) -> bool:
    """The word stands in a relative clause ("the tanks that Germany promised it", "Morales, who had resigned") or in a
    participle on a noun, a relative clause without its pronoun ("the teacher held for four years by Islamic Jihad")."""
    for _ in range(12):
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD")):
            # (a past participle: "held by", "jailed by"; not a present one, which is often a participle tail the
            # parser hung on the nearest noun: "filled the square on Monday, demanding ...")
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _main_clause_verb(tok: Token) -> bool:
    """The verb of the sentence's main clause: its root, or a verb joined to the root through conjunctions, complements
    and a clausal subject only ("Ukraine has received the tanks ..., Kyiv said", "What Eisenhower proposed ... was"),
    never through a noun or an adverbial clause ("freedom to profess the German view")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(12):
        if tok.head.i == tok.i:
            return True
        joined = tok.dep_ in ("conj", "ccomp", "xcomp", "csubj", "csubjpass")
        if not joined or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def subordinate_deed(tok: Token) -> bool:
    """The word stands in an adverbial clause or in the sentence's background (`in_background`), not in its main
    clause (as `main_clause_first` reads it)."""
    return _in_adverbial(tok) or in_background(tok)


def _in_time_clause(tok: Token) -> bool:
    """The word stands in an adverbial clause opened by a subordinator of time, cause or concession ("days after a
    bomber killed 40 policemen": data clauses.json `background_marks`) or in a relative clause, the background of
    the news; not in a participle tail ("..., killing three people"), which may tell the news's own outcome, nor in
    a condition."""
    for _ in range(12):
        if tok.dep_ == "relcl":
            return True  # (a relative clause: "on Sunday, when Akashi flew into Phnom Penh", "a bomb that killed")
        if tok.dep_ == "advcl":
            return bool(subordinators(tok) & clause_words().background_marks) and not _awaited(tok)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def denied_deed(tok: Token) -> bool:
    """ "Zelensky denied that Ukraine had attacked the Kremlin", "denied arming the Houthis", "denied any role in
    the attack": a deed named in what a party denies is no event of the sentence; the denial is its news, and a
    denial (CAMEO 016) has no PLOVER type, so the event sets code none. Not when the denial is itself denied or
    left open ("nobody denies that ...", "neither confirmed nor denied"), nor through a clause of its own beside
    the denial (a concession "despite reports that ...", a time clause, a relative clause, a conjunct)."""
    for _ in range(8):
        dep = tok.dep_
        head = tok.head
        if head.i == tok.i or dep not in (
            "ccomp",
            "xcomp",
            "pcomp",
            "dobj",
            "pobj",
            "prep",
            "compound",
            "amod",
        ):
            return False
        if dep == "prep" and concessive_prep(tok):
            return False
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() == "deny" and dep != "prep":
            if dep == "ccomp" and tok.i < head.i:
                return False  # ("Saboteurs cut a cable; China denied any involvement": stated apart)
            if any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "conj" for c in head.children):
                return False  # ("did not deny", "neither confirmed nor denied")
            if head.dep_ == "conj" or any(negative_subject(c) for c in head.children if c.dep_ == "nsubj"):
                return False
            # the denial is the sentence's statement, not a clause beside a report of the deed ("troops crossed into
            # Somalia, witnesses said, although Addis Ababa denied sending any": the deed is reported as done)
            return head.dep_ == "ROOT" or (head.dep_ == "ccomp" and head.head.dep_ == "ROOT")
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() == "deny" and dep == "prep":
            return False  # ("denied X on Monday": a phrase of the denial, not its object)
        tok = head
    return False


def inquired_deed(tok: Token) -> bool:
    """ "the first sitting of a fresh inquiry into why British paratroopers shot dead thirteen marchers", "opened
    hearings into the break-in that burglars tied to the campaign carried out": a deed named in what an inquiry, a
    hearing, an investigation or a report looks into (the "into" phrase of a noun of `inquiry_topic_nouns`, and
    everything below it) is the inquiry's subject, not news told beside it; the inquiry is the sentence's deed, or
    none is (issue 9, fifty-first session, institution51: blind set 41's tribunal sitting was read as the shooting it
    inquires into). Up through the tree from the word; only the noun's own "into" phrase."""
    nouns = clause_words().inquiry_topic_nouns
    for _ in range(40):
        head = tok.head
        if head.i == tok.i:
            return False
        if tok.dep_ == "prep" and tok.lower_ == "into" and head.lemma_.lower() in nouns:
            return True
        tok = head
    return False


def misjoined_bare_verb(tok: Token) -> bool:
    """ "vetoed on Friday a bill passed by Congress that would let the families of those killed on Sept. 11, 2001,
    sue the government of Saudi Arabia": a verb in its bare form that the parser joined, with no "and" or "or", as a
    conjunct of a verb in the past or the third-person present has lost its true head (here the "let" of the relative
    clause): English joins verbs of one form, so it is no second deed of the main clause's doer but part of a clause
    below, what a text or another's deed would let happen. Only a conjunct with no subject, auxiliary or
    coordinator of its own (issue 9, fifty-first session, institution51: blind set 41's veto was read as the suit)."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ") or head.i > tok.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children):
        return False
    return not any(c.dep_ in ("cc", "preconj") and head.i < c.i < tok.i for c in head.children)


def in_background(tok: Token) -> bool:
    """True for a word that tells the background of the sentence's news, not the news: a deed in a clause of time,
    cause or concession ("Iran threatened ..., a year after the United States withdrew from the accord", also where
    the parser joins that clause as a conjunct), in a relative clause or a participle on a noun ("a resolution that
    called on states ...", "documents leaked by X"), in a participle tail ("..., killing 21 people", "..., bowing
    to protests", "..., prompting Y to fire") or a deed noun in an adjunct of time ("after the invasion", "during
    X's offensive") or of the asking that led to the news ("at the request of X"), or in an absolute clause ("with its
    minister accusing the court of ..."): data `background_marks`, `absolute_preps`,
    `background_preps`, coder_words.json `asking_preps`, `asking_nouns`. The news is the main clause's deed and
    the deeds joined to it."""
    words = clause_words()
    for _ in range(40):
        dep = tok.dep_
        if (
            dep == "relcl"
            or (dep == "acl" and tok.tag_ in ("VBN", "VBG", "VBD"))
            or relative_as_complement(tok)
        ):
            return True  # (also a relative clause the parser hung on a verb: "detained X on Monday whom they ...")
        if dep == "prep" and (tok.lower_ in words.background_preps or asking_phrase(tok)):
            return True  # "after the invasion", "at the request of President Tokayev"
        if (
            dep == "pcomp"
            and tok.tag_ in ("VBG", "VBN")
            and tok.head.lower_ in words.absolute_preps
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            return True  # an absolute clause: "..., with its minister accusing the court of ..." (prec17)
        if tok.pos_ in ("VERB", "AUX"):
            marks = subordinators(tok)
            if marks & words.background_marks and not _awaited(tok):
                return True
            if dep == "advcl" and not marks and tok.tag_ in ("VBG", "VBN"):
                return True  # a participle tail
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# dependencies through which a word belongs to the clause of the verb above it (its arguments, their phrases, a verb
# joined to it), not to a clause of its own
_IN_CLAUSE = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "nsubj",
        "nsubjpass",
        "compound",
        "amod",
        "poss",
        "dative",
        "attr",
        "conj",
        "prt",
        "agent",
        "appos",
        "nmod",
    }
)


def earlier_deed(tok: Token) -> bool:
    """True for a deed told in the past perfect in a relative clause or a clause of time or cause ("ending a lease
    that had given Moscow a naval base", "a plant that Russian forces had besieged", "a year after Real Madrid had
    beaten them", "officers who had sent tanks to the palace"): the tense places the deed before the news, as the
    background the news is told against; it is never the news, not even when the main clause has no reading of its
    own (then the sentence codes none). The deed is the clause's own verb or a word of its arguments; a further clause
    inside it ("meaning to kill ...") is not read through, nor is a clause of condition or purpose (data
    clauses.json `background_marks`), nor a clause on a span of time given to a party (a deadline the main verb acts
    on: "shortened the time he had given Putin"). A deed in the past perfect in the main clause ("by Friday the troops
    had taken back the capital") is the news (precision51)."""
    marks = clause_words().background_marks
    for _ in range(40):
        dep = tok.dep_
        if tok.pos_ in ("VERB", "AUX") and dep in ("relcl", "advcl"):
            if dep == "advcl" and not subordinators(tok) & marks:
                return False
            if dep == "relcl" and tok.head.lemma_.lower() in coder_words().deadline_spans:
                # ("shortened the time he had given Putin to end the war"): a span of time a party was given is the
                # deadline the main verb acts on, the news (data coder_words.json `deadline_spans`)
                return False
            return _past_perfect(tok)
        if tok.head.i == tok.i or dep not in _IN_CLAUSE:
            return False
        # (a verb joined to the clause's verb shares its tense: "a plant that Russian forces had besieged and shelled")
        tok = tok.head
    return False


def _past_perfect(verb: Token) -> bool:
    """The verb has the auxiliary "had" of the past perfect ("had given", "had been ousted", "they'd seized")."""
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in verb.children
    )


def about(tok: Token, other: Candidate) -> bool:
    """True when `tok` stands inside what the event of `other` is about: below one of its words in the tree (its
    object, a phrase, a complement, a clause hung on them), reached without crossing a conjunction on the event's own
    words, which would join a deed of its own ("condemned the strike and recalled its ambassador"), nor through its
    active subject, which names the deed that caused it ("Denmark's rejection of the treaty stunned European
    leaders"), nor through a gerund of means or one a party was not kept from on the event's own words ("protested
    by expelling the ambassador", "could not prevent Iraq from invading Kuwait"): those deeds were done."""
    words = {t.i for t in other.words} | {other.trigger.i}
    if tok.i in words:
        return False
    means = clause_words().means_preps
    for _ in range(40):
        if tok.head.i == tok.i or tok.dep_ == "parataxis" or (tok.dep_ == "conj" and tok.head.i in words):
            # (a conjunct of a word inside what is judged is judged with it: "ruled that Russia had broken the
            # Convention by letting militias burn and loot Georgian villages")
            return False
        if tok.dep_ == "nsubj" and tok.head.i in words:
            return False
        if (
            tok.dep_ == "pcomp"
            and (tok.head.lower_ in means or failed_keeping(tok))
            and tok.head.head.i in words
        ):
            # the deed done as the means ("protested by expelling the ambassador"), or not kept from; a means
            # inside what the event judges is judged with it ("ruled that Belgium had violated his rights by
            # sending him back to Greece": the court rules on the sending)
            return False
        tok = tok.head
        if tok.i in words:
            return True
    return False


def _awaited(clause: Token) -> bool:
    """True for a clause of time on a deed still to come or only supposed ("Israel would halt the offensive only
    after Hamas released the hostages", "will not talk until X withdraws"): a condition set, not background. Not a
    clause of cause or concession ("..., as a tribunal prepares to issue indictments"), nor one measured from the
    news by a span ("..., a week after India carried out five nuclear tests"): data clauses.json `awaiting_marks`,
    `measure_nouns`."""
    head = clause.head
    if head.i == clause.i or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return False
    words = clause_words()
    if not subordinators(clause) & words.awaiting_marks:
        return False
    return not any(c.dep_ == "npadvmod" and c.lemma_.lower() in words.measure_nouns for c in clause.children)


# the CAMEO root of meetings and consultations (04)
_MEETING_ROOT = "04"


def _fronted_participle(tok: Token) -> bool:
    """A present participle that opens its sentence as an adverbial clause of the main verb, with no subject and no
    mark of its own ("Meeting in Brno, the premiers settled ...")."""
    # (the parser may take the participle for a gerund subject of the main verb: "Meeting in a villa in Brno, the
    # premiers ..., settled ..."; the comma before the verb tells it apart from one, "Meeting him was a joy")
    verb = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.i == tok.sent.start
        and verb.dep_ == "ROOT"
        and (tok.dep_ == "advcl" or (tok.dep_ in ("nsubj", "csubj") and tok.doc[verb.i - 1].is_punct))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    )


def _subject_participle(tok: Token) -> bool:
    """A present participle set off by a comma on the main verb's subject ("the members, meeting at Taif, approved
    ..."), with no subject or mark of its own; or one the parser made the root, with the subject before it and the
    main verb after the next comma hung on it ("members of parliament, [meeting] at Taif, [approved] a charter")
    (promise47)."""
    if tok.tag_ != "VBG" or tok.i == 0 or not tok.doc[tok.i - 1].is_punct:
        return False
    if any(c.dep_ in ("nsubjpass", "mark") for c in tok.children):
        return False
    if tok.dep_ == "acl":
        subject = tok.head
        return subject.dep_ in ("nsubj", "nsubjpass") and subject.head.dep_ == "ROOT"
    return (
        tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and any(_main_of_participle(c, tok) for c in tok.children)
    )


def _main_of_participle(verb: Token, participle: Token) -> bool:
    """The main verb of a sentence whose subject a participle is set off on (`_subject_participle`): the root, or the
    finite verb after a comma the parser hung on a participle it took for the root (promise47)."""
    if participle.dep_ == "acl":
        return verb.dep_ == "ROOT"
    return (
        verb.head.i == participle.i
        and verb.dep_ in ("advcl", "conj")
        and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and verb.i > participle.i
        and verb.doc[verb.i - 1].is_punct
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def _in_adverbial(tok: Token) -> bool:
    """The word stands in an adverbial clause (its own or one above it) rather than in the main clause."""
    for _ in range(12):
        if tok.dep_ == "advcl":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def gapped_doers(cand: Candidate, ments: Mentions) -> list[Candidate]:
    """The conjuncts of a gapped clause, which repeats the deed and leaves its verb out, as events of their own:
    a remnant party parallels the verb's party of its kind. When the verb's direct object names a party, the
    remnant is another object ("Russia attacked Ukraine in 2022 and Georgia in 2008"; "Turkey recognised
    Azerbaijan in 1991 and Armenia soon after"); otherwise it is another doer of the same deed with the same
    target ("Britain expelled 23 Russian diplomats in March 2018, and the United States 60"; "Saudi Arabia cut
    ties with Iran in 2016, and Bahrain a day later"), as it is whenever a number stands in for the object
    ("Poland expelled 45 Russian diplomats and Germany 40"). The parser hangs the remnant on the verb as a
    conjunct noun, or on the date before it."""
    verb = cand.trigger
    if verb.pos_ not in ("VERB", "AUX") or not cand.source:
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return []
    remnants = [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    # ("recognised Azerbaijan in 1991 and Armenia soon after": the conjunct hung on the date)
    remnants += [
        r
        for p in verb.children
        if p.dep_ == "prep" and p.i > verb.i
        for d in p.children
        if d.dep_ == "pobj" and d.ent_type_ == "DATE"
        for r in d.children
        if r.dep_ == "conj" and r.ent_type_ != "DATE"
    ]
    # (the object is itself a party, not a thing with a party's adjective: "attacked Ukraine", not "expelled
    # Russian diplomats")
    objects = [i for c in verb.children if c.dep_ == "dobj" for i in ments.at(c)]
    found: list[Candidate] = []
    # ("Azerbaijan would release 32 Armenian servicemen and Armenia two Azerbaijani servicemen": the parser hangs
    # the remnant's doer on its object, which it joins to the verb's object or to the verb)
    paired = [
        *(r for r in remnants),
        *(r for d in verb.children if d.dep_ == "dobj" for r in d.children if r.dep_ == "conj" and r.i > d.i),
    ]
    for remnant in paired:
        pair = _gapped_pair(verb, remnant, cand, ments)
        if pair is None:
            continue
        doer, done_to = pair
        inside = {i for t in remnant.subtree for i in ments.at(t)}
        cand.target = [
            i for i in cand.target if i not in inside
        ]  # (the remnant's parties are not the first deed's)
        found.append(_gapped_deed(cand, remnant, doer, done_to))
    if found:
        return found
    taken = ments.codes(cand.source) | ments.codes(cand.target)
    for remnant in remnants:
        if remnant.pos_ not in ("PROPN", "NOUN") or not any(
            t.lower_ == "and" for t in verb.doc[verb.i : remnant.i]
        ):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in remnant.children):
            continue  # (a clause of its own, misparsed)
        named = actors_under(remnant, ments, skip=frozenset({"prep", "relcl", "acl", "conj"}))
        named = [i for i in named if ments.mentions[i].code not in taken]
        if not named:
            continue
        counted = any(c.dep_ == "nummod" for c in remnant.children)
        if objects and not counted:
            source, target = list(cand.source), named
        else:
            source, target = named, list(cand.target)
        found.append(_gapped_deed(cand, remnant, source, target))
    return found


def _gapped_deed(cand: Candidate, remnant: Token, source: list[int], target: list[int]) -> Candidate:
    """The deed of a gapped clause's remnant: the verb's reading, the remnant as its word, its own parties and the
    verb's modality."""
    return Candidate(
        remnant,
        cand.entry,
        cand.code,
        [remnant],
        source,
        target,
        modality_token=cand.modality_token or cand.trigger,
    )


def _gapped_pair(
    verb: Token, remnant: Token, cand: Candidate, ments: Mentions
) -> tuple[list[int], list[int]] | None:
    """The doer and the party done to of a gapped conjunct whose doer the parser hangs on its object, a party named
    first after "and" ("... and Armenia two Azerbaijani servicemen", "... and the United States three Russian
    ones"): the doer a party other than the first deed's doers, the party done to named on the remnant's object
    (an adjective or a name) or in its 'to' phrase; the remnant's object is the same kind of thing as the verb's
    ("servicemen" again, or "ones"), so the deed is the same ("handed detainees ..., and Armenia maps of
    minefields" is another deed, not a gapped one)."""
    if remnant.pos_ not in ("PROPN", "NOUN"):
        return None
    # (the same deed again: its object the same kind of thing as the verb's, or "ones" standing for it)
    kinds = {w for c in verb.children if c.dep_ == "dobj" for w in (c.lemma_.lower(), c.lower_)}
    if not {remnant.lemma_.lower(), remnant.lower_} & (kinds | {"one", "ones"}):
        return None
    between = [t for t in verb.doc[verb.i + 1 : remnant.i] if t.lower_ == "and"]
    if not between:
        return None
    first = between[-1].i + 1
    while first < remnant.i and verb.doc[first].dep_ == "det":
        first += 1
    lead = next(
        (
            c
            for c in remnant.lefts
            if c.dep_ in ("nmod", "compound") and c.left_edge.i <= first <= c.right_edge.i
        ),
        None,
    )
    if lead is None:
        return None
    doer = [i for t in lead.subtree for i in ments.at(t)]
    own = ments.codes(cand.source)
    if not doer or ments.codes(doer) & own:
        return None
    rest = [c for c in remnant.lefts if c is not lead and c.dep_ in ("amod", "compound", "nmod")]
    rest += [c for c in remnant.rights if c.dep_ == "prep" and c.lower_ == "to"]
    done_to = [i for c in rest for t in c.subtree for i in ments.at(t) if i not in doer]
    if not done_to or ments.codes(done_to) & ments.codes(doer):
        return None
    return doer, done_to


def bought_participle(cand: Candidate) -> bool:
    """A deed of exchange named by a participle on a noun with a "from" phrase ("drones [bought] from Iran")."""
    trigger = cand.trigger
    return (
        cand.code[:2] == "06"
        and trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children)
    )


def past_tense(trigger: Token) -> bool:
    """True when the verb of an event (a noun's governing verb) is in a past tense ("met", "was held",
    "have signed")."""
    verb = deed_verb(trigger)
    if verb.tag_ == "VBD":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children
    )


def coordinated_past(verb: Token, other: Token) -> bool:
    """True when two verbs are conjuncts of each other (or one a clause of contrast on the other), both
    stating in the past what was done ("condemned the strike and recalled its ambassador", "Russia vetoed
    the text, and China abstained", "X sanctioned Y, whereas Z refused to join")."""
    # (the other deed may be stated in the complement of the conjunct: "rejected the charge and said Y had
    # shelled its villages")
    for _ in range(3):
        if _joined(verb, other) or _joined(other, verb):
            return _active_past(verb) and _active_past(other)
        if other.dep_ != "ccomp":
            break
        other = other.head
    return False


def _joined(verb: Token, other: Token) -> bool:
    """True when `verb` is a conjunct of `other` or a clause of contrast on it ("X sanctioned Y, whereas Z
    refused to join": data `contrast_marks`)."""
    if finite_conjunct(verb) and verb.head.head.i == other.i:
        return True  # "refused to send X and sent Y instead": the second verb is joined to the first
    if verb.head.i != other.i or verb.i == other.i:
        return False
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "advcl" and bool(subordinators(verb) & clause_words().contrast_marks)


def _active_past(verb: Token) -> bool:
    """True for a verb in the active voice and a past tense ("recalled", "has recalled", "has condemned X
    and recalled Y"); not a passive participle, whose subject suffers the deed ("found itself encircled ...
    and pushed into a corner")."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.tag_ == "VBD":
        return True
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    holder = verb.head if verb.dep_ == "conj" and not own else verb
    auxes = [c for c in holder.children if c.dep_ in ("aux", "auxpass")]
    return any(a.dep_ == "aux" and a.lemma_ == "have" for a in auxes) and not any(
        a.dep_ == "auxpass" for a in auxes
    )


def adjunct_past(cand: Candidate) -> bool:
    """True for a deed stated in the past as the verb of an adverbial clause of time, cause or concession
    ("When Iran refused to suspend enrichment, the Council imposed sanctions", "after Armenia had refused to
    withdraw its troops"): the clause asserts it beside the main deed, with or without a target. A condition
    or a purpose is no such clause (`adjunct_clause`), and a clause in the present or future ("when Iran
    refuses") states nothing done."""
    verb = cand.trigger
    # (its own subject: a clause whose subject the parser lost would take the main clause's doers)
    return (
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and subordinators(verb) != set()
        and adjunct_clause(verb)
        and past_tense(verb)
        and bool(cameo.plover_type(cand.code))
    )


def relative_past(cand: Candidate) -> bool:
    """True for a deed stated in the past by a relative clause whose pronoun is its subject ("Iran, which
    threatened to close the strait in 2018, holds drills every year", "the court, which had issued a warrant
    for X, ..."): the clause asserts it beside the main deed, with or without a target, as a main clause or an
    adverbial clause would; one in the present or future ("which plans to ...") states nothing done."""
    verb = cand.trigger
    return relative_deed(verb) and past_tense(verb) and bool(cameo.plover_type(cand.code))


def main_beside_subordinate(cand: Candidate, chosen: list[Candidate]) -> bool:
    """True for the deed of the sentence's main verb (the root, or the root's light-verb noun) when every event
    kept so far comes from a subordinate clause or adjunct ("Russia, which invaded Ukraine in 2022, announced a
    partial mobilisation", "After the talks failed, Azerbaijan ordered a mobilisation"): a subordinate deed may
    stand beside the main clause's deed, never in its place."""
    tok = cand.trigger
    verb = deed_verb(tok)
    if verb.dep_ != "ROOT" or (tok.i != verb.i and tok.dep_ not in ("dobj", "nsubjpass")):
        return False
    return bool(chosen) and all(_subordinate(other.trigger) for other in chosen)


def _subordinate(tok: Token) -> bool:
    """True for a word inside a relative or adverbial clause, or a prepositional adjunct of time or concession."""
    adjunct_preps = clause_words().adjunct_preps
    for _ in range(40):
        if tok.dep_ in ("relcl", "advcl") or (tok.dep_ == "prep" and tok.lower_ in adjunct_preps):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def contrasted_deed(cand: Candidate, other: Candidate) -> bool:
    """True when `cand` is a deed done, joined to a kept deed that is denied or only planned ("Israel did not
    strike the oil fields but bombed the air defences", "refused to send X and sent Y instead"): the deed done
    is an event of its own, not lost in the other. (A deed only planned beside one done, "recalled its
    ambassador and will review the ties", adds nothing stated.)"""
    verb, first = cand.trigger, other.trigger
    if not (_joined(verb, first) or _joined(first, verb)):
        return False
    done = classify_modality(cand.modality_token or verb) == "asserted"
    return done and classify_modality(other.modality_token or first) != "asserted"


def done_to_others(first: list[int], second: list[int], ments: Mentions) -> bool:
    """True when two deeds are done to parties that are all different (each names at least one)."""
    codes = [ments.codes(targets) for targets in (first, second)]
    return bool(codes[0]) and bool(codes[1]) and not codes[0] & codes[1]
