"""Decides how surely a sentence presents an event: asserted, negated, hypothetical, normative or intended.

Reads top-down. `classify_modality` walks the dependency tree from the event trigger up through the clauses
that govern it; at each step it collects what the clause says of its own deed (`_local`: negation, modals,
conditions, questions, hedges) and what the word governing it passes down (`_governor`: verbs of denying,
planning, demanding, reporting), and the least certain cue wins, unless the deed is stated as a fact on
the way (a past "when" clause). Then come the predicates the other layers ask, and last the cues, which
are data (`data/modality_cues.json`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .clauses import countered_deed, kept_from, subordinators
from .knowledge import (
    MODALITY_CUES,
    REPORTING_WORDS,
    clause_words,
    coder_words,
    word_groups,
    word_list,
    word_map,
    word_set,
)
from .tree import kept_per_token, lemma_forms, reports_a_deed, to_infinitive, token_at, tokens_of

_MAX_STEPS = 12  # parse trees of news sentences are shallow; this only guards against odd parses

# Dependencies through which a governing clause passes its modality down to an embedded one.
_EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "csubj", "csubjpass", "acl", "pcomp", "oprd", "acomp"})
# Links by which the parser hangs a parenthetical clause on the clause before it.
_PARENTHETICAL_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "parataxis", "dep"})
# Dependencies of a noun argument on its verb.
_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "appos", "dative", "compound", "nmod"})


# --- the walk: from the trigger up through the clauses that govern it ----------------------------------


@kept_per_token
def classify_modality(trigger: Token) -> str:
    """One of `records.MODALITIES` for the event carried by `trigger`.

    Negation or a modal on a governing verb applies to the event embedded under it ("refused to sign",
    "is likely to attack", "has not been keen to engage"); a reporting verb passes modality through.
    When several cues apply the least certain wins (hypothetical > normative > negated > intended).
    """
    cues = _cues()
    if performative(trigger):
        return "asserted"
    found: list[str] = []
    tok = trigger
    with_negation = True
    local = True
    own_negation = True  # whether the clause reached last may pass its own "not" down
    perceived = (
        False  # whether the clause reached last is a verb of perceiving reached from what it perceives
    )
    presupposed = False  # whether the deed sits in a clause that states it as a fact ("when X struck Y")
    given: int | None = None  # cues found before a countered deed (those above it are the countering's)
    participle: Token | None = None  # a participle on a noun, where the walk stopped
    prevented: int | None = None  # where a keeping from the deed was found ("deter X from invading")
    lifted = False  # whether the clause reached last is a negated governor that states its deed
    for _ in range(_MAX_STEPS):
        if local:
            found.extend(
                _local(
                    tok,
                    cues,
                    with_negation=with_negation and own_negation,
                    is_trigger=tok.i == trigger.i,
                    perceived=perceived,
                    trigger=trigger,
                    lifted=lifted,
                )
            )
        if given is None and countered_deed(tok):
            # "its inability to deter Russia's attacks", "may have failed to stop X's advance": the "not"
            # or the hedge is the countering's; the deed exists, unless it is only aimed at ("seeks to deter
            # X's invasion")
            given = len(found)
        local = True
        own_negation = True
        perceived = False
        lifted = False
        head = tok.head
        dep = tok.dep_
        if head.i != tok.i and _impersonal_hedge(tok, head, cues):
            found.append("hypothetical")
        if dep == "relcl" and generic_doer(head):
            # "any country that attacks Iran will ...", "anyone who crosses the line": the deed is a condition
            found.append("hypothetical")
            break
        if dep == "relcl" and _content_clause(tok, cues):
            # "Moscow's denial that its jets bombed the hospital", parsed as a relative clause: the noun's content
            governed = cues.embedding.get(head.lemma_.lower())
            if governed is None and _unowned_claim(head, cues):
                governed = "hypothetical"
            if governed is not None and (governed != "negated" or with_negation):
                found.append(governed)
            tok = head
            continue
        if dep == "relcl" and infinitive_relative(tok):
            # "It would be an honour to host X": the infinitive is said of the noun, in its clause's mood; a noun
            # of need ("it is time for Germany to send ...", "the need for Y to withdraw") governs it as its verb
            governed = cues.embedding.get(head.lemma_.lower())
            if governed == "normative":
                found.append(governed)
        elif _brackets(tok) is not None:
            break  # a clause in brackets is stated on its own, whatever the parser hangs it on
        elif head.i == tok.i or dep in ("relcl", "parataxis", "ROOT") or stated_apart(tok):
            presupposed = _presupposed_clause(tok)  # "..., when X even spent a night talking to Y?"
            break
        if dep == "acl" and tok.tag_ == "VBG" and _claimed_doer(head, cues):
            # "dismissed reports of security forces shooting protesters", "denied claims of its jets bombing X": the
            # deed is what the claim says, not a deed stated
            found.append("hypothetical")
            break
        if (
            dep == "acl"
            and tok.tag_ in ("VBN", "VBG")
            and not to_infinitive(tok)
            # (not a clause with its own subject or "that": "reports that X had sent troops")
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)
        ):
            # a participle modifying a noun ("the town controlled by ...") is stated on its own, unless a
            # condition holds the noun ("if war crimes committed by X come to light")
            participle = tok
            break
        if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in cues.factive_nouns:
            presupposed = True  # "nobody can deny the fact that X annexed Y": the clause is given as true
            break
        if dep == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
            # "the possibility of the US withdrawing": the noun before the preposition governs the gerund
            phrase = f"{head.head.lemma_.lower()} {head.lower_}"
            modality = _gerund_phrase(tok, head, cues) or (
                cues.object_preps.get(phrase) if _in_frame(head.head, cues) else None
            )
            if modality is None and head.lower_ == "of" and _unowned_claim(head.head, cues):
                modality = "hypothetical"  # "allegations of shelling Donetsk": what the claim says
            if modality is not None and (modality != "negated" or with_negation):
                if modality == "negated" and kept_from(tok) is not None:
                    prevented = len(found)
                found.append(modality)
        if (
            dep in ("nsubj", "nsubjpass")
            and tok.pos_ == "NOUN"
            and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in cues.presupposing_determiners)
                for c in tok.children
            )
            and head.lemma_.lower() not in cues.existence_verbs
            and head.lemma_.lower() not in cues.objects
        ):
            break  # "Ankara's efforts to mediate ... should be supported": a named deed is presupposed
        if dep in _EMBEDDING_DEPS or dep in _ARGUMENT_DEPS:
            governed = _governor(head, tok, cues)
            if governed == "negated" and not with_negation:
                governed = None
            if _neither_confirmed_nor_denied(head, cues):
                # "neither confirmed nor denied that it had struck X": left open, and no "not" of the pair denies it
                governed = "hypothetical"
                with_negation = False
            elif with_negation and _negation_lifted(head, cues):
                # "never stopped shelling", "no doubt that X annexed Y": two negations state the deed
                governed = None
                own_negation = False
                lifted = True
            if governed:
                found.append(governed)
            perceived = _perceived(tok, head, cues)
            tok = head
        elif dep == "nsubj":
            # "The talks did not produce results": the talks still happened, unless the verb is one of
            # existence ("talks did not take place").
            if tok.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in cues.existence_verbs:
                with_negation = False
            tok = head
        elif dep == "pobj":
            prep = head
            if _presupposed_adjunct(tok, prep):
                break  # "after the clashes between X and Y", "during X's offensive": a deed taken as given
            if contested_claim(tok) is not None:
                break  # "denied X, in spite of a report by Y that ...": the claim is made, whatever is denied
            if prep.lower_ in cues.negating_preps and with_negation:
                found.append("negated")
            governor = prep.head
            if prep.lower_ == "of" and governor.i != prep.i and _unowned_claim(governor, cues):
                # "reports of a Russian invasion", "allegations of shelling": a claim no one in the sentence
                # stands behind, as "reports that ..."
                found.append("hypothetical")
            phrase = f"{governor.lemma_.lower()} {prep.lower_}"
            if phrase in cues.object_preps and _in_frame(governor, cues):
                modality = cues.object_preps[phrase]
                if modality != "negated" or with_negation:
                    found.append(modality)
            if governor.i == prep.i:
                break
            tok = governor
        elif dep == "prep":
            if tok.lower_ in cues.negating_preps and with_negation:
                found.append("negated")
            tok = head
        elif dep == "advcl" and _presupposed_clause(tok):
            # "When X shelled Y, Z may have ...", "although X attacked Y": a past deed stated as a fact
            presupposed = True
            break
        elif dep == "advcl":
            # A purpose clause ("sent troops to monitor the line") states an aim; negation of the main
            # verb does not reach into a time clause ("did not withdraw after Russia brokered ...").
            if to_infinitive(tok) and not any(c.dep_ == "mark" for c in tok.children):
                if head.pos_ == "ADJ":
                    # "it is acceptable / necessary to ...": the adjective's complement, not a purpose
                    adjective = cues.embedding.get(head.lemma_.lower())
                    if adjective is not None:
                        found.append(adjective)
                elif f"{head.lemma_.lower()} {_particle(head)}" not in cues.sequel_verbs:
                    # (a complement the parser hung as a purpose keeps a verb's denial: "hesitated to send";
                    # "went on to annex X" is the next deed done, no purpose)
                    denied = cues.embedding.get(head.lemma_.lower()) == "negated"
                    found.append("negated" if denied else "intended")
            with_negation = False
            tok = head
        elif dep == "conj" and finite_conjunct(tok):
            # "refused to send X and sent Y instead": the conjunct stands beside the governing verb, not under it
            tok = head.head
            local = False
        elif dep == "conj":
            if with_negation and any(
                c.dep_ == "cc" and c.lower_ in cues.negating_conjunctions and head.i < c.i < tok.i
                for c in head.children
            ):
                found.append("negated")  # "..., nor has it imposed sanctions": "nor" denies the deed after it
            # A conjunct with its own subject is its own clause: skip the first conjunct's cues but keep
            # whatever governs both ("It is likely that Russia will attack and Turkey will respond").
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            local = not own_subject
            # "not recognising X and arming Y", "did not attend but sent a delegation": a conjunct with its
            # own inflection is not under the first one's "not"; a bare verb sharing its auxiliary ("did not
            # invade and annex") or a list joined by "or"/"nor" is.
            shared = tok.tag_ == "VB" or any(
                c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.children
            )
            own_negation = shared
            tok = head
        else:
            tok = head
    if given is not None:
        found = found[:given] + [m for m in found[given:] if m == "intended"]
    if prevented is not None and "negated" in found[prevented + 1 :]:
        # "failed to deter Moscow from attacking", "could not stop X from taking Y": the keeping failed, so
        # the deed was done; the negations go ("could not" is read twice, as "not" and as inability), any
        # hedge stays ("may have failed to prevent ...")
        found = found[:prevented] + [m for m in found[prevented:] if m != "negated"]
    if (
        (participle is not None and _conditional_participle(participle, cues))
        or _conditional_aside(trigger, cues)
        or _unrealised_deed(trigger, cues)
    ):
        found.append("hypothetical")
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    if _futurate(verb, cues):
        found.append("intended")  # "is flying to Baku tomorrow": arranged, not done
    if not presupposed and _is_question(trigger, cues):
        # a yes/no question leaves its deed open, but not a deed its clause of time or cause states as a fact
        # ("Could Tehran stay calm when Israel killed its scientist?")
        found.append("hypothetical")
    if not found:
        return "asserted"
    return max(found, key=lambda name: cues.rank.get(name, 0))


def _impersonal_hedge(clause: Token, verb: Token, cues: _Cues) -> bool:
    """ "It looks as if X is preparing Y", "It seems that X wants Y": a clause under a verb of seeming with an
    empty "it" is a guess (data: `impersonal_hedges`, `impersonal_hedge_marks`). A deed the clause tells as done,
    in a past or perfect tense with no modal ("It appears that X and Y have accepted the plan", "It seemed that X
    had sent troops"), is the writer's judgement of what happened, hedged: asserted, as analysis text means it."""
    if verb.lemma_.lower() not in cues.impersonal_hedges or clause.dep_ not in _HEDGED_DEPS:
        return False  # (a deed noun joined to the verb or in its adjunct is no part of the guess)
    if _told_as_done(clause):
        return False
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.children):
        return False
    if _seems_certain(verb, cues):
        return False  # "It seems clear that X moved Y": an assertion
    if clause.dep_ == "advcl":  # ("It looked calm when X arrived": a clause of time is no guess)
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        return bool(marks) and marks <= cues.impersonal_hedge_marks
    return True


def _told_as_done(clause: Token) -> bool:
    """True for a verb in a past or perfect tense with no modal ("moved", "has accepted", "had sent")."""
    if clause.pos_ not in ("VERB", "AUX") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and perfect)


_HEDGED_DEPS = frozenset({"ccomp", "xcomp", "csubj", "dobj", "oprd", "attr", "acomp", "advcl"})


def _seems_certain(verb: Token, cues: _Cues) -> bool:
    """ "It seems clear / appears obvious that ...": a verb of seeming with an adjective of certainty (data:
    `certainty_adjectives`)."""
    return any(
        c.dep_ in ("oprd", "acomp", "attr") and c.lower_ in cues.certainty_adjectives for c in verb.children
    )


def _content_clause(clause: Token, cues: _Cues) -> bool:
    """ "Moscow's denial that its jets bombed the hospital", "a denial that it had sent drones to Russia": a
    complete clause that the parser hangs on a noun of claim or denial as a relative clause, with "that" as an
    object beside the clause's own object (a true relative, "the denial that Moscow issued", lacks one)."""
    noun = clause.head
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not (
        lemma in cues.embedding or lemma in cues.claim_nouns or lemma in cues.report_nouns
    ):
        return False
    relative = [
        c for c in clause.children if c.lower_ == "that" and c.i < clause.i and c.dep_ in ("dobj", "nsubj")
    ]
    if not relative or relative[0].i != noun.i + 1:
        return False
    role = relative[0].dep_
    return any(c.dep_ == role and c.i != relative[0].i for c in clause.children)


def _unowned_claim(noun: Token, cues: _Cues) -> bool:
    """ "Reports that X had sent troops", "allegations that X armed Y": a claim noun with no speaker named
    (possessor, "by" or "from" phrase) and not confirmed by the verb that takes it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.claim_nouns:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in noun.children):
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.confirming_verbs)


def _claimed_doer(noun: Token, cues: _Cues) -> bool:
    """ "reports of [security forces] shooting ...": a noun in an "of" phrase of a claim noun no one in the sentence
    stands behind (`_unowned_claim`), the doer of the gerund hung on it; or the claim noun itself, when the parser
    hangs the gerund on it ("reports of its drones striking ...")."""
    if _unowned_claim(noun, cues):
        return True
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i != prep.i
        and _unowned_claim(prep.head, cues)
    )


def _brackets(clause: Token) -> tuple[int, int] | None:
    """The positions of "(" and ")" around a clause that opens right after the bracket ("..., not recognising
    X (still, in 2017, it chose to buy Y) and arming Z"): a parenthetical, stated on its own; None otherwise."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in _PARENTHETICAL_DEPS:
        return None
    doc = clause.doc
    start = clause.left_edge.i
    opening = start if doc[start].text == "(" else start - 1
    if opening < clause.sent.start or doc[opening].text != "(":
        return None
    for tok in doc[clause.i + 1 : clause.sent.end]:
        if tok.text == "(":
            return None
        if tok.text == ")":
            return opening, tok.i
    return None


def _presupposed_clause(clause: Token) -> bool:
    """An adverbial clause of time, cause or concession in a past tense ("when X held drills", "even when X
    struck Y", "after X regained control"): its deed is stated as a fact, whatever the main clause says."""
    return bool(subordinators(clause) & clause_words().presupposing_marks) and _past(clause)


def _past(verb: Token) -> bool:
    """True for a verb in a past tense: "struck", "had struck", "was struck", "has attacked"."""
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)


def _gerund_phrase(gerund: Token, prep: Token, cues: _Cues) -> str | None:
    """The modality of a gerund after a preposition by the word it hangs on or the word right before the
    preposition ("refrained from sending", "stopped short of sending", "was against sending")."""
    if gerund.tag_ != "VBG" and not any(c.dep_ == "aux" and c.lower_ == "having" for c in gerund.children):
        return None  # (a perfect gerund, "of having sent", is one too)
    words = [prep.head.lemma_.lower()]
    if prep.i > 0:
        words.append(prep.doc[prep.i - 1].lemma_.lower())
    if prep.head.dep_ == "advmod" and prep.head.head.lemma_.lower() in coder_words().journey_nouns:
        return None  # "on his way back from opening a pipeline": a journey, not a deed held back from
    for word in words:
        modality = cues.gerund_preps.get(f"{word} {prep.lower_}")
        if modality is not None and _in_frame(prep.head if word == words[0] else prep.doc[prep.i - 1], cues):
            return modality
    return None


def _in_frame(noun: Token, cues: _Cues) -> bool:
    """Whether a cue noun stands in the frame its cue needs ("on the point of", never "made a point of");
    a noun with no frame of its own always does."""
    frame = cues.framed_nouns.get(noun.lemma_.lower())
    return frame is None or (noun.dep_ == "pobj" and noun.head.lower_ in frame)


def _neither_confirmed_nor_denied(verb: Token, cues: _Cues) -> bool:
    """ "Israel neither confirmed nor denied that it had struck the consulate", "did not confirm or deny",
    "never confirmed that": a verb of confirming negated, alone or joined to one of denying, leaves the deed
    open (data: `unconfirmed_pairs`, `confirming_verbs`)."""
    lemma = verb.lemma_.lower()
    if lemma not in cues.unconfirmed_pairs and lemma not in cues.confirming_verbs:
        return False
    pair = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        pair.append(verb.head)
    if lemma not in cues.confirming_verbs and {t.lemma_.lower() for t in pair} & cues.unconfirmed_pairs != (
        cues.unconfirmed_pairs
    ):
        return False  # (a verb of confirming negated alone leaves the deed open too: "never confirmed that")
    return any(
        c.dep_ in ("neg", "preconj")
        or c.lower_ in cues.negating_conjunctions
        or c.lower_ in cues.negating_adverbs
        for t in pair
        for c in t.children
    )


def _negation_lifted(governor: Token, cues: _Cues) -> bool:
    """ "has never stopped shelling X", "did not hesitate to bomb Y", "There is no doubt that ...", "Nobody
    denies that ...", "cannot deny that ...": a governor of stopping, failing or doubting that is negated itself
    states the deed it governs (data: `negation_lifting_governors`, `strong_negation_governors`)."""
    lemma = governor.lemma_.lower()
    children = list(governor.children)
    negative_subject = any(c.dep_ in ("nsubj", "nsubjpass") and _negative_subject(c, cues) for c in children)
    if lemma in cues.strong_negation_governors:
        unable = any(c.dep_ == "aux" and c.lower_ in cues.inability for c in children) and any(
            c.dep_ == "neg" for c in children
        )
        return negative_subject or unable
    if lemma not in cues.negation_lifting_governors:
        return False
    return negative_subject or any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ in cues.negating_adverbs)
        or (c.dep_ == "det" and c.lower_ in cues.negating_determiners)
        for c in children
    )


def _negative_subject(subj: Token, cues: _Cues) -> bool:
    """ "None of the members", "no Western government", "nobody": a subject that says no one did it."""
    return subj.lower_ in cues.negative_subjects or _negated_noun(subj, cues)


def _negated_noun(noun: Token, cues: _Cues) -> bool:
    """ "no member", "neither side": a noun phrase whose determiner negates it."""
    return any(d.dep_ == "det" and d.lower_ in cues.negating_determiners for d in noun.children)


def _perceived(clause: Token, verb: Token, cues: _Cues) -> bool:
    """True when `clause` is the complement of a verb of perceiving that states what was perceived: a clause
    with its own tense ("could see how X were pounding Y"), or a bare or -ing clause of a verb of watching
    ("one could watch X's drones striking Y"); not an infinitive of purpose or plan."""
    lemma = verb.lemma_.lower()
    if clause.dep_ not in ("ccomp", "xcomp") or lemma not in cues.perception_verbs:
        return False
    if to_infinitive(clause):
        return False
    if _finite(clause):
        return True
    return lemma in cues.watching_verbs and clause.tag_ in ("VBG", "VB")


def _finite(clause: Token) -> bool:
    """A clause with a tense of its own: "how X's jets were pounding Y", "that X had shelled Y"."""
    tensed = ("VBD", "VBZ", "VBP", "MD")
    return clause.tag_ in tensed or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in tensed for c in clause.children
    )


def _presupposed_adjunct(noun: Token, prep: Token) -> bool:
    """An event noun in an adjunct of time or concession ("after the clashes", "during X's offensive",
    "despite the blockade"): taken as given, unless indefinite ("after a ceasefire is agreed")."""
    if prep.lower_ not in clause_words().presupposing_preps or prep.dep_ != "prep":
        return False
    return not any(
        c.dep_ == "det" and c.lower_ in clause_words().indefinite_determiners for c in noun.children
    )


def _particle(tok: Token) -> str:
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    return ""


def _conditional_participle(participle: Token, cues: _Cues) -> bool:
    """A participle on an indefinite noun inside a condition ("if war crimes committed by X come to light",
    "unless attacks launched by Y stop", "if there have been abuses committed by Z"): the deed is supposed
    with the condition. A definite noun ("if the sanctions imposed in 2014 are lifted") names a given deed."""
    noun = participle.head
    if _presupposing_noun(noun, cues):
        return False
    current = noun
    for _ in range(_MAX_STEPS):
        if any(c.dep_ == "mark" and _conditional(c, cues) and c.i < participle.i for c in current.children):
            return True
        if current.head.i == current.i or current.dep_ == "relcl":
            return False  # ("If Russia, which has troops stationed in X, attacks Y": the relative clause is stated)
        current = current.head
    return False


def _presupposing_noun(noun: Token, cues: _Cues) -> bool:
    """ "the drones sold by Iran", "its troops stationed in X": a definite or possessed noun whose deed is given."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in cues.presupposing_determiners)
        for c in noun.children
    )


def _conditional(mark: Token, cues: _Cues) -> bool:
    """A subordinator that makes a condition; "even if" and "as if" concede or compare instead."""
    if mark.lower_ not in cues.conditional_marks:
        return False
    before = mark.nbor(-1).lower_ if mark.i > 0 else ""
    return not (mark.lower_ == "if" and before in ("even", "as"))


def _conditional_aside(trigger: Token, cues: _Cues) -> bool:
    """A deed in an aside between dashes right after a condition ("If Baku presses on - driving the
    villagers out - Moscow loses ..."): it elaborates the condition, so it is supposed too. A past finite verb
    in the aside ("- as it did when X struck Y -") is told as a fact."""
    if trigger.pos_ in ("VERB", "AUX") and _past_form(trigger):
        return False
    sent = trigger.sent
    tokens = tokens_of(sent)  # (the Doc's `FastToken`s while it is coded)
    if not any(t.text in cues.aside_dashes for t in tokens):
        return False  # (no dash in the sentence: no aside; most sentences)
    opening = next((t for t in reversed(tokens[: trigger.i - sent.start]) if _dash(t, cues)), None)
    closing = next((t for t in tokens[trigger.i - sent.start + 1 :] if _dash(t, cues)), None)
    if opening is None or closing is None or opening.i == sent.start:
        return False
    before = token_at(trigger.doc, opening.i - 1)
    if any(
        c.dep_ == "mark" and _conditional(c, cues) and c.i < opening.i
        for node in (before, *before.ancestors)
        for c in node.children
    ):
        return True
    # (a parse that hangs the aside elsewhere: the words right before the dash still run on from "if")
    for tok in reversed(tokens[: opening.i - sent.start]):
        if tok.text in (",", ";", ":") or _dash(tok, cues):
            return False
        if tok.dep_ == "mark" and _conditional(tok, cues):
            return True
    return False


def _past_form(verb: Token) -> bool:
    """A verb in a past tense of its own: "withdrew", "was normalised", "had left"; not "has left" or "are
    normalised", which may still lie ahead under "until"."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _dash(tok: Token, cues: _Cues) -> bool:
    if tok.text not in cues.aside_dashes:
        return False
    if tok.text in ("-", "--"):  # a hyphen only with spaces around it ("Nagorno-Karabakh" is one name)
        return tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
    return True


def _unrealised_deed(trigger: Token, cues: _Cues) -> bool:
    """A deed in an "until" clause in a present tense, or in a clause that continues one ("until A hands over
    X or B lifts Y"; "until Iran stops enriching"): still to come, so hypothetical (data: `unrealised_marks`).
    Only the deed's own verb chain is read: "until Russia ends its occupation" does not deny the occupation."""
    clause = trigger
    for _ in range(_MAX_STEPS):
        if clause.pos_ not in ("VERB", "AUX") or _past_form(clause):
            return False
        if _unrealised_clause(clause, cues):
            return True
        head = clause.head
        if head.i == clause.i or clause.dep_ not in ("conj", "xcomp", "ccomp"):
            return False
        if clause.dep_ == "conj" and any(
            c.dep_ == "advcl" and c.i < clause.i and _unrealised_clause(c, cues) for c in head.children
        ):
            return True  # ("may stay shut until A does X or B does Y": the parser joins B's deed to the main verb)
        clause = head
    return False


def _unrealised_clause(clause: Token, cues: _Cues) -> bool:
    """ "until Russia withdraws", "until relations are normalised": a clause of a deed still to come."""
    if clause.pos_ not in ("VERB", "AUX") or _past_form(clause):
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    # (a parse that takes the clause's first verb for a noun subject: "until Pakistan hands over X or ...")
    marks += [
        g for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.children if g.dep_ == "mark"
    ]
    return any(m.lower_ in cues.unrealised_marks for m in marks)


def _futurate(verb: Token, cues: _Cues) -> bool:
    """A verb in the present tense with a time ahead ("is travelling to Baku tomorrow", "flies to Seoul next
    week", "are meeting in the coming days"): an arranged deed, intended (data: `futurate_*`)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        if not any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
            return False
    elif verb.tag_ not in ("VBZ", "VBP") or auxes:
        return False
    phrase = [
        t
        for c in verb.children
        if c.dep_ in ("npadvmod", "advmod", "tmod") or (c.dep_ == "prep" and c.lower_ in cues.futurate_preps)
        for t in c.subtree
    ]
    return _future_time(phrase, cues)


def _future_time(phrase: list[Token], cues: _Cues) -> bool:
    words = [t.lower_ for t in sorted(phrase, key=lambda t: t.i)]
    if any(w in cues.futurate_days for w in words):
        return True
    return any(
        w in cues.futurate_modifiers and any(x in cues.futurate_units for x in words[i + 1 : i + 4])
        for i, w in enumerate(words)
    )


def _is_question(trigger: Token, cues: _Cues) -> bool:
    """A question that leaves the deed open: "Did Russia shoot down the airliner?", not "Why did Russia
    invade Ukraine?" (a wh-question that takes its deed as given)."""
    # The last token that is not a closing quote, bracket or space decides.
    for tok in reversed(trigger.sent):
        if tok.text == "?":
            break
        if not (tok.is_space or tok.is_quote or tok.is_bracket):
            return False
    else:
        return False
    # ("And how could it not ...", "But why did X ...": a conjunction opening the sentence links it back)
    opening = next(
        (t for t in trigger.sent if not (t.is_punct or t.is_space or t.is_quote or t.pos_ == "CCONJ")), None
    )
    return opening is None or opening.lower_ not in cues.presupposing_wh


# --- what a clause says of its own deed ----------------------------------------------------------------


def _negating_prefix(tok: Token, cues: _Cues) -> bool:
    """True for a deed noun written with a prefix that negates it ("non-deployment", "non-use of force",
    "non-aggression"): the tokenizer splits the prefix and its hyphen off, with no space between the three."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.i < 2:
        return False
    doc = tok.doc
    hyphen, prefix = doc[tok.i - 1], doc[tok.i - 2]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not prefix.whitespace_
        and prefix.lower_ in cues.negating_prefixes
    )


def _local(
    tok: Token,
    cues: _Cues,
    *,
    with_negation: bool,
    is_trigger: bool = False,
    perceived: bool = False,
    trigger: Token | None = None,
    lifted: bool = False,
) -> list[str]:
    """Cues inside the clause (or noun phrase) headed by `tok`. `perceived`: `tok` is a verb of perceiving
    reached from its complement, whose "can" or "could" is the perceiver's ability, not the deed's."""
    found: list[str] = []
    children = list(tok.children)
    cut = _collapsed_clause_start(tok, children)
    if cut is not None:
        children = [c for c in children if c.i >= cut]
    brackets = _brackets(tok)
    if brackets is not None:
        # ("X could mediate (it brokered a deal in 2023) if asked": what follows the bracket is the outer clause's)
        children = [c for c in children if brackets[0] < c.i < brackets[1]]
    negated = (
        with_negation
        and any(
            (c.dep_ == "neg" or c.lower_ in cues.negating_adverbs)
            or (c.dep_ == "det" and c.lower_ in cues.negating_determiners)
            or (c.dep_ == "preconj" and c.lower_ in cues.negating_preconjunctions)
            or (c.dep_ in ("nsubj", "nsubjpass") and _negative_subject(c, cues))
            # "sent no weapons", "imposed no sanctions": a negated object of the event's own verb (not trust denied,
            # "voted no confidence in the government": a censure given, triggers._censure_motion; review49)
            or (
                is_trigger
                and c.dep_ == "dobj"
                and _negated_noun(c, cues)
                and c.lemma_.lower() not in coder_words().trust_nouns
            )
            for c in children
        )
    ) or (with_negation and is_trigger and _negating_prefix(tok, cues))
    has_have = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    for child in children:
        if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
            word = child.lower_
            modality = cues.modal_aux.get(word)
            if modality is None:
                continue
            if word in ("would", "'d") and narrative_would(tok):
                continue  # "eight years later it would invade Y": the future of a past narrative, told as done
            if perceived and word in cues.inability and not negated:
                continue  # "we could see how X's jets were pounding Y": the deed was there to be seen
            if lifted and word in cues.inability:
                continue  # "Russia cannot deny that it annexed Crimea": the inability is the denial's
            if word in cues.inability and negated and not has_have:
                # "could not reach", "cannot attend": inability, the event did not happen.
                modality = "negated"
            elif word in ("would", "'d") and not has_have and _under_reporting_verb(tok, cues):
                # Future in the past: "Lavrov said Russia would send peacekeepers".
                modality = "intended"
            elif word in ("would", "'d") and tok.lemma_.lower() in cues.polite_wish_verbs:
                # "I would like to thank ...": a wish stated politely, not a condition.
                modality = "intended"
            elif modality == "normative" and has_have:
                # "Russia must have planned the attack", "X should have acted sooner": a past deed inferred or
                # regretted, not one demanded
                modality = "hypothetical"
            found.append(modality)
        elif child.dep_ == "mark" and _conditional(child, cues):
            found.append("hypothetical")
        elif (
            child.dep_ == "advcl"
            and any(g.dep_ == "mark" and _conditional(g, cues) for g in child.children)
            and not (is_trigger and any(c.dep_ in ("xcomp", "ccomp") for c in children))
            and not _frame_copula(tok, trigger)
            and not _reported_frame(tok, child, trigger, cues)
        ):
            # The main clause of a conditional: "If talks fail, Baku will respond". A condition hung on
            # a verb with a complement ("threatened to use force if ...", "warn that ... if ...") limits
            # the complement, not the threat or the warning itself.
            found.append("hypothetical")
        elif child.dep_ == "advmod" and child.lower_ in cues.hedge_adverbs:
            found.append(cues.hedge_adverbs[child.lower_])
        elif _hedged_source(child, tok, cues):
            # "Unconfirmed reports say that ...", "According to unverified claims, ...": a hedged source
            found.append("hypothetical")
        elif (
            child.dep_ in ("amod", "advmod")
            and child.lower_ in cues.noun_modifiers
            and tok.pos_ in ("NOUN", "PROPN")
            and not (is_trigger and _failed_but_done(child, tok, cues))
        ):
            found.append(cues.noun_modifiers[child.lower_])
    if negated:
        found.append("negated")
    return found


def _collapsed_clause_start(verb: Token, children: list[Token]) -> int | None:
    """ "But how could it be otherwise, when X even spent a night talking to Y.": a parse that hangs the main
    clause's words on the verb of the clause after the comma; the modal and the "not" before ", when" are the
    other clause's. Returns where the verb's own clause starts (its subordinator), or None."""
    doc = verb.doc
    for sub in sorted(children, key=lambda c: c.i):
        if sub.i >= verb.i:
            return None
        if not (sub.dep_ == "mark" or (sub.dep_ == "advmod" and sub.tag_ == "WRB")):
            continue
        if (
            sub.i > verb.sent.start
            and doc[sub.i - 1].text == ","
            and any(c.i < sub.i - 1 and c.dep_ in ("aux", "neg", "nsubj") for c in children)
        ):
            return sub.i
    return None


def _under_reporting_verb(tok: Token, cues: _Cues) -> bool:
    """True when the clause of `tok` is the complement of a reporting verb ("said it would ...")."""
    current = tok
    for _ in range(_MAX_STEPS):
        if current.dep_ not in ("ccomp", "conj", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in cues.reporting_verbs:
            return True
    return False


def _frame_copula(tok: Token, trigger: Token | None) -> bool:
    """ "Turkey was ready to host talks if both sides agreed": the copula of a frame adjective that is the trigger;
    a condition hung on it limits the complement, as it does on a frame verb."""
    return (
        trigger is not None
        and trigger.head.i == tok.i
        and trigger.dep_ in ("acomp", "attr")
        and any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children)
    )


def _reported_frame(verb: Token, condition: Token, trigger: Token | None, cues: _Cues) -> bool:
    """ "She told him that Norway was ready to host the talks, if both sides wished it": a condition the parser
    hangs on the reporting verb after the reported frame limits the frame's complement, as on the frame's own
    copula; the offer was still made."""
    if trigger is None or verb.lemma_.lower() not in cues.reporting_verbs:
        return False
    copula = trigger.head
    return (
        _frame_copula(copula, trigger)
        and copula.dep_ == "ccomp"
        and copula.head.i == verb.i
        and copula.i < condition.i
    )


def _hedged_source(child: Token, clause: Token, cues: _Cues) -> bool:
    """A source of the clause that is itself hedged ("unconfirmed reports", "unverified claims"): the subject
    of a reporting verb, or the object of "according to"."""
    if child.dep_ in ("nsubj", "nsubjpass") and clause.lemma_.lower() in cues.reporting_verbs:
        sources = [child]
    elif child.dep_ == "prep" and child.lower_ == "according":
        sources = [t for t in child.subtree if t.dep_ == "pobj"]
    else:
        return False
    return any(
        m.dep_ == "amod" and cues.noun_modifiers.get(m.lower_) == "hypothetical"
        for source in sources
        for m in source.children
    )


def _failed_but_done(modifier: Token, noun: Token, cues: _Cues) -> bool:
    """ "its failed invasion of X", "after the failed talks": a deed that was done although it failed (data:
    `failure_modifiers`, `failure_done_nouns`)."""
    return modifier.lower_ in cues.failure_modifiers and (
        noun.lemma_.lower() in cues.failure_done_nouns or noun.lower_ in cues.failure_done_nouns
    )


# --- what a governing word passes down to the clause under it ------------------------------------------


def _cue_lemma(tok: Token, cues: _Cues) -> str:
    """The lemma of a governing word as the embedding cues know it: the tagger's, or for a verb whose tagger's
    lemma is no cue word, the first plain de-inflection of the word that is one (the small model lemmatises
    "hoped", "hopes" and "hoping" as "hop": "Sweden hoped to conclude a treaty" is intended, not done)."""
    lemma = tok.lemma_.lower()
    if lemma in cues.embedding or tok.pos_ not in ("VERB", "AUX"):
        return lemma
    return next((form for form in lemma_forms(tok)[1:] if form in cues.embedding), lemma)


def _governor(tok: Token, child: Token, cues: _Cues) -> str | None:
    """The modality that `tok` imposes on the event below it, reached from `child`."""
    lemma = _cue_lemma(tok, cues)
    dep = child.dep_
    if (
        dep in ("pcomp", "pobj")
        and tok.lower_ == "to"
        and tok.head.lemma_.lower() in cues.prospect_verbs
        and any(c.lower_ == "forward" for c in tok.head.children)
    ):
        return "intended"  # "I look forward to welcoming you to New Delhi": still to come
    if _stance_frame(tok, child, cues):
        return None  # "consider it normal to demand ...": the adjective governs, not the verb of judging
    if lemma in cues.impersonal_hedges and _seems_certain(tok, cues):
        return None  # "It seems clear that X moved Y": stated, not guessed
    if (
        lemma in cues.impersonal_hedges
        and dep in _HEDGED_DEPS
        and _told_as_done(child)
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children)
    ):
        return None  # "It appears that X and Y have accepted the plan": a hedged judgement of a deed done
    if dep in ("xcomp", "ccomp") and lemma in cues.raising_passives and _raising_passive(tok, child):
        # a claim no one in the sentence stands behind; "is supposed to withdraw" is an obligation
        if lemma in cues.obligation_passives and not _perfect_or_ongoing(child):
            return "normative"
        return "hypothetical"
    if dep in ("acl", "ccomp") and _unowned_claim(tok, cues):
        return "hypothetical"  # a claim no one in the sentence stands behind
    if dep in ("xcomp", "ccomp") and child.tag_ == "VBG" and lemma in cues.gerund_complements:
        return cues.gerund_complements[lemma]  # "approved sending tanks", "opposed sending troops"
    if dep in _EMBEDDING_DEPS:
        if lemma in ("have", "be") and any(c.lower_ == "yet" for c in tok.children):
            return "negated"  # "has yet to ratify", "is yet to ratify"
        if lemma == "be" and dep == "xcomp":
            # "The president is to visit Baku": an arrangement.
            return "intended"
        if lemma == "go":
            return "intended" if tok.tag_ == "VBG" else None
        if lemma in ("have", "be") and any(c.lower_ == "yet" for c in tok.children):
            return "negated"  # "has yet to ratify"
        modality = cues.embedding.get(lemma)
        if modality is None and lemma == "be":
            # "It is possible that ...", "it is necessary that ...": the adjective sits beside the clause.
            for sibling in tok.children:
                if sibling.i == child.i:
                    continue  # ("was ready to grant ...": the adjective itself governs its own clause, not itself)
                if sibling.dep_ == "acomp" and sibling.lemma_.lower() in cues.embedding:
                    modality = cues.embedding[sibling.lemma_.lower()]
                    lemma = sibling.lemma_.lower()
        if modality is None:
            return None
        needed = cues.embedding_particles.get(lemma)
        if needed and _particle(tok) != needed:
            return None
        subjunctive = child.tag_ in ("VB", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in child.children
        )
        if modality == "normative" and reports_a_deed(child):
            # "insisted that its coast guard had expelled the vessels": a deed said to be done, not required
            return None
        if modality == "intended" and dep == "ccomp" and not subjunctive:
            # "agreed that Russia had violated ...": a that-clause under a plan verb may be a past fact; a
            # clause in the bare subjunctive is not ("proposed that neutral countries mediate").
            return None
        return modality
    if dep in _ARGUMENT_DEPS or dep == "nsubj":
        modality = cues.objects.get(lemma)
        if modality is None or dep == "nsubj":
            return None
        needed = cues.object_particles.get(lemma)
        if needed and _particle(tok) != needed:
            return None
        if not needed and lemma in cues.object_particles:
            return None
        noun = child.lemma_.lower()
        if modality == "negated" and (
            noun in cues.claim_nouns
            or noun in cues.report_nouns
            or (noun in cues.answered_nouns and lemma in cues.answering_verbs)
        ):
            # "Moscow denied the accusation", "the requests were rejected": what is turned down is the claim's
            # content or the request; it was still made (the refusal is the answerer's own REJECT)
            return None
        return modality
    return None


def _stance_frame(verb: Token, clause: Token, cues: _Cues) -> bool:
    """ "They consider it acceptable to demand ...": a verb of judging with an empty "it" and an adjective; the
    adjective says how the deed is regarded (its own reading comes from `embedding`), the verb supposes nothing."""
    if verb.lemma_.lower() not in cues.stance_verbs or clause.pos_ != "ADJ":
        return False
    adjective = clause.lemma_.lower()
    if adjective not in cues.stance_adjectives and adjective not in cues.embedding:
        return False  # ("considers it useful to ...": left to the verb)
    return any(c.lower_ == "it" for c in (*clause.children, *verb.children) if c.dep_ != "punct")


def _raising_passive(verb: Token, clause: Token) -> bool:
    """ "Russia is widely believed [to have poisoned X]", "It is said [that Y fought in Z]": the complement
    of a passive verb whose subject is the complement's doer (or an empty "it"), not a speaker."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if clause.dep_ == "xcomp":
        return to_infinitive(clause)
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "expl")]
    return clause.dep_ == "ccomp" and all(s.lower_ == "it" for s in subjects)


def _perfect_or_ongoing(clause: Token) -> bool:
    """ "to have withdrawn", "to be supplying": an infinitive that reports a deed done or going on."""
    return any(c.dep_ == "aux" and c.lemma_ in ("have", "be") for c in clause.children)


# --- predicates the other layers ask (attribution, triggers, roles, the component) ---------------------


def generic_doer(noun: Token) -> bool:
    """ "any country", "anyone", "whoever": a head that makes its doer anyone at all (data: `generic_doers`), so
    that a deed told of it in a relative clause is a condition, not an event."""
    cues = _cues()
    if noun.lower_ in cues.generic_pronouns:
        return True
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ in cues.generic_determiners for c in noun.children
    )


def performative(trigger: Token) -> bool:
    """True when saying the sentence does the deed: "I would like to thank X", "we want to welcome X",
    "It is a pleasure to welcome X", "I am glad to congratulate X" (data: `performative_*` cues)."""
    cues = _cues()
    verb = trigger
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ == "dobj":
        verb = trigger.head  # "express our condolences"
    lemma = verb.lemma_.lower()
    if lemma not in cues.performative_verbs and lemma not in cues.hosting_verbs:
        return False
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        # "It is an honour to greet X and to host Y": the second infinitive shares the frame
        verb = verb.head
    if verb.dep_ not in ("xcomp", "relcl", "acl") or not to_infinitive(verb):
        return False
    governor = verb.head
    if any(c.dep_ == "neg" for c in governor.children):
        return False
    if governor.lemma_.lower() in cues.polite_wish_verbs:
        # "I would like to thank", "we want to welcome": a wish of the speaker's own, said now
        return (
            lemma in cues.performative_verbs
            and governor.tag_ in ("VB", "VBP")
            and any(c.dep_ == "nsubj" and c.lower_ in cues.performative_subjects for c in governor.children)
        )
    frame = governor
    if frame.lemma_.lower() in cues.performative_frames and frame.dep_ in ("attr", "acomp"):
        frame = frame.head  # "It is an honour to host": the clause hangs on the noun
    if frame.lemma_ != "be" or frame.tag_ not in ("VBZ", "VBP"):
        return False
    return any(
        c.dep_ in ("attr", "acomp") and c.lemma_.lower() in cues.performative_frames for c in frame.children
    )


def owed(trigger: Token) -> bool:
    """True when the deed's own clause says it is owed: a modal of obligation on its verb ("Israel must allow
    ...", "Y should withdraw"), a verb of need it depends on ("Y has to reopen", "needs to accept"), or a noun
    of need its infinitive is said of ("it is time for Germany to send ..."); not a perfect ("must have
    planned", an inference). Data: `modal_aux` and `embedding` normative."""
    cues = _cues()
    verb = trigger
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ == "dobj":
        verb = trigger.head  # ("must hold talks")
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    if any(
        c.dep_ == "aux" and c.tag_ == "MD" and cues.modal_aux.get(c.lower_) == "normative" for c in children
    ):
        return True
    to_clause = to_infinitive(verb)
    normative = cues.embedding.get(verb.head.lemma_.lower()) == "normative"
    return to_clause and verb.dep_ in ("xcomp", "relcl") and normative


def stated_apart(clause: Token) -> bool:
    """A clause the parser hangs as the complement of a verb after it, although it is stated on its own: a
    clause mark between them ("Saboteurs cut a cable between Sweden and Latvia; China denied any involvement")
    or a verb of denial with an object of its own ("A cyber attack disabled the ministry's servers, and Moscow
    denied any role"): what is denied is the object (the denier's part), not the deed the sentence states, and
    its subject does not report that deed (data: `clause_separators`, `answering_verbs`)."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i < clause.i:
        return False
    cues = _cues()
    between = clause.doc[clause.right_edge.i + 1 : verb.i]
    if any(t.text in cues.clause_separators for t in between):
        return True
    return verb.lemma_.lower() in cues.answering_verbs and any(c.dep_ == "dobj" for c in verb.children)


def finite_conjunct(verb: Token) -> bool:
    """ "refused to send Taurus missiles and sent air defence systems instead": a verb with a tense of its own
    joined to a bare infinitive is no second infinitive; it is a clause of its own, beside the verb that governs
    the infinitive, not under it."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and head.tag_ == "VB"
        and to_infinitive(head)
        and head.dep_ in ("xcomp", "ccomp", "advcl")
        and head.head.i != head.i
    )


def content_clause(clause: Token) -> bool:
    """The public form of `_content_clause` (for attribution)."""
    return _content_clause(clause, _cues())


def negation_lifted(governor: Token) -> bool:
    """The public form of `_negation_lifted` (for attribution: "Nobody denies that X did Y" is no one's report)."""
    return _negation_lifted(governor, _cues())


def negative_subject(subject: Token) -> bool:
    """ "nobody", "no one", "none of them": a subject that says no one does it (for attribution)."""
    return _negative_subject(subject, _cues())


def infinitive_relative(clause: Token) -> bool:
    """ "an honour to host X", "the first country to recognise Y", "it was time for Y to send ...": a
    to-infinitive the parser hangs on a noun as a relative clause; it states no deed apart from the clause of
    the noun, and belongs to that clause's claim (for attribution)."""
    return clause.tag_ == "VB" and to_infinitive(clause)


def narrative_would(verb: Token) -> bool:
    """ "eight years later it would invade the rest of Ukraine", "would later retake Karabakh": "would" as the
    future of a past narrative, a deed told as done (data: `narrative_adverbs`). Not under a reporting verb, not
    with "have", not beside a condition."""
    cues = _cues()
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children) or _under_reporting_verb(verb, cues):
        return False
    if any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and _conditional(g, cues) for g in c.children)
        for c in children
    ):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in cues.narrative_adverbs for c in children)


def concessive_prep(prep: Token) -> bool:
    """ "despite", "notwithstanding", the "of" of "in spite of": a preposition that sets its object against
    the clause it hangs on (data: `concessive_preps`)."""
    words = _cues().concessive_preps
    return prep.dep_ == "prep" and (
        prep.lower_ in words
        or (prep.lower_ == "of" and prep.head.lower_ in words and prep.head.head.i != prep.head.i)
    )


def denial_verb(verb: Token) -> bool:
    """True for a verb that denies a deed or a claim ("denied", "dismissed"; data: `denying_verbs`)."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _cues().denying_verbs


def contested_claim(noun: Token) -> tuple[Token, Token | None] | None:
    """ "Iran denied arming the Houthis, despite reports by UN experts that Iran had sent missiles to Yemen":
    a claim noun set against a denial by a concessive preposition, or against any deed when the claim has a
    clause of its own ("kept troops there despite reports by IAEA experts that ..."). Returns the verb of
    denial (or the verb the adjunct hangs on) and the claim's own clause (None when it has none: "despite
    accusations from Washington", which needs a denial), or None (data: `contested_claims`,
    `concessive_preps`, `denying_verbs`)."""
    cues = _cues()
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues.contested_claims or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if not concessive_prep(prep):
        return None
    verb = prep.head
    if prep.lower_ == "of":  # ("in spite of": of <- spite <- in <- the verb)
        verb = verb.head.head if verb.head.dep_ == "prep" else verb.head
    clause = _claim_clause(noun)
    hung_on = verb
    for _ in range(3):  # ("denied shelling the plant, despite ...": the adjunct may hang on the gerund)
        if verb.lemma_.lower() in cues.denying_verbs and verb.pos_ in ("VERB", "AUX"):
            return verb, clause
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    if clause is not None and hung_on.pos_ in ("VERB", "AUX"):
        # "Russia kept its troops at the plant despite reports by IAEA experts that they had fired on it": a
        # claim with a clause of its own is its owner's accusation whatever the main clause says
        return hung_on, clause
    return None


def _claim_clause(noun: Token) -> Token | None:
    """The clause a claim noun states ("reports ... that X had fired on it"), also when the parser hangs it as
    a relative clause on the claimant ("reports by IAEA experts [that shells had hit the site]": a "that"
    with a subject of its own beside it is a conjunction, not a relative pronoun)."""
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and _finite(c):
            return c
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "from"):
            continue
        for owner in (p for p in prep.children if p.dep_ == "pobj"):
            for c in owner.children:
                subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                if (
                    c.dep_ == "relcl"
                    and _finite(c)
                    and len(subjects) > 1
                    and any(s.lower_ == "that" and s.i < c.i for s in subjects)
                ):
                    return c
    return None


# --- the cues (data/modality_cues.json), read once -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Cues:
    rank: dict[str, int]
    modal_aux: dict[str, str]
    inability: frozenset[str]
    negating_adverbs: frozenset[str]
    negating_determiners: frozenset[str]
    negating_preconjunctions: frozenset[str]
    negating_prefixes: frozenset[str]
    negating_conjunctions: frozenset[str]
    negative_subjects: frozenset[str]
    presupposing_wh: frozenset[str]
    polite_wish_verbs: frozenset[str]
    performative_verbs: frozenset[str]
    hosting_verbs: frozenset[str]
    performative_frames: frozenset[str]
    prospect_verbs: frozenset[str]
    performative_subjects: frozenset[str]
    perception_verbs: frozenset[str]
    watching_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    hedge_adverbs: dict[str, str]
    noun_modifiers: dict[str, str]
    embedding: dict[str, str]  # lemma -> modality
    objects: dict[str, str]
    object_particles: dict[str, str]
    embedding_particles: dict[str, str]
    object_preps: dict[str, str]
    negating_preps: frozenset[str]
    existence_verbs: frozenset[str]
    presupposing_determiners: frozenset[str]
    report_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    raising_passives: frozenset[str]
    claim_nouns: frozenset[str]
    confirming_verbs: frozenset[str]
    obligation_passives: frozenset[str]
    gerund_complements: dict[str, str]
    gerund_preps: dict[str, str]
    framed_nouns: dict[str, frozenset[str]]  # noun -> prepositions it must be the object of
    unrealised_marks: frozenset[str]
    futurate_days: frozenset[str]
    futurate_modifiers: frozenset[str]
    futurate_units: frozenset[str]
    futurate_preps: frozenset[str]
    stance_verbs: frozenset[str]
    stance_adjectives: frozenset[str]
    sequel_verbs: frozenset[str]
    aside_dashes: frozenset[str]
    answered_nouns: frozenset[str]
    factive_nouns: frozenset[str]
    answering_verbs: frozenset[str]
    clause_separators: frozenset[str]
    failure_modifiers: frozenset[str]
    failure_done_nouns: frozenset[str]
    impersonal_hedges: frozenset[str]
    impersonal_hedge_marks: frozenset[str]
    certainty_adjectives: frozenset[str]
    contested_claims: frozenset[str]
    concessive_preps: frozenset[str]
    denying_verbs: frozenset[str]
    negation_lifting_governors: frozenset[str]
    strong_negation_governors: frozenset[str]
    narrative_adverbs: frozenset[str]
    unconfirmed_pairs: frozenset[str]
    generic_determiners: frozenset[str]
    generic_pronouns: frozenset[str]


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    # Earlier-listed modalities do not win over later ones: a lemma listed twice keeps the stronger rank.
    out: dict[str, str] = {}
    for modality, words in groups.items():
        for word in words:
            out[word.lower()] = modality
    return out


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    def cue_map(entry: str) -> dict[str, str]:
        return word_map(MODALITY_CUES, entry)

    def cue_set(entry: str) -> frozenset[str]:
        return word_set(MODALITY_CUES, entry)

    return _Cues(
        rank={name: i for i, name in enumerate(word_list(MODALITY_CUES, "rank"))},
        modal_aux={k.lower(): v for k, v in cue_map("modal_aux").items()},
        inability=cue_set("inability_modals"),
        negating_adverbs=cue_set("negating_adverbs"),
        negating_determiners=cue_set("negating_determiners"),
        negating_preconjunctions=cue_set("negating_preconjunctions"),
        negating_prefixes=cue_set("negating_prefixes"),
        negating_conjunctions=cue_set("negating_conjunctions"),
        negative_subjects=cue_set("negative_subjects"),
        presupposing_wh=cue_set("presupposing_wh"),
        polite_wish_verbs=cue_set("polite_wish_verbs"),
        performative_verbs=cue_set("performative_verbs"),
        hosting_verbs=cue_set("hosting_verbs"),
        performative_frames=cue_set("performative_frames"),
        prospect_verbs=cue_set("prospect_verbs"),
        performative_subjects=cue_set("performative_subjects"),
        perception_verbs=cue_set("perception_verbs"),
        watching_verbs=cue_set("watching_verbs"),
        conditional_marks=cue_set("conditional_marks"),
        hedge_adverbs=cue_map("hedge_adverbs"),
        noun_modifiers=cue_map("noun_modifiers"),
        embedding=_invert(word_groups(MODALITY_CUES, "embedding")),
        objects=_invert(word_groups(MODALITY_CUES, "object")),
        object_particles=cue_map("object_particles"),
        embedding_particles=cue_map("embedding_particles"),
        object_preps=cue_map("object_preps"),
        negating_preps=cue_set("negating_preps"),
        existence_verbs=cue_set("existence_verbs"),
        presupposing_determiners=cue_set("presupposing_determiners"),
        report_nouns=cue_set("report_nouns"),
        reporting_verbs=word_set(REPORTING_WORDS, "verbs"),
        raising_passives=cue_set("raising_passives"),
        claim_nouns=cue_set("claim_nouns"),
        confirming_verbs=cue_set("confirming_verbs"),
        obligation_passives=cue_set("obligation_passives"),
        gerund_complements=_invert(word_groups(MODALITY_CUES, "gerund_complements")),
        gerund_preps=_invert(word_groups(MODALITY_CUES, "gerund_preps")),
        framed_nouns={k: frozenset(v) for k, v in word_groups(MODALITY_CUES, "framed_nouns").items()},
        unrealised_marks=cue_set("unrealised_marks"),
        futurate_days=cue_set("futurate_days"),
        futurate_modifiers=cue_set("futurate_modifiers"),
        futurate_units=cue_set("futurate_units"),
        futurate_preps=cue_set("futurate_preps"),
        stance_verbs=cue_set("stance_verbs"),
        stance_adjectives=cue_set("stance_adjectives"),
        sequel_verbs=cue_set("sequel_verbs"),
        aside_dashes=cue_set("aside_dashes"),
        answered_nouns=cue_set("answered_nouns"),
        factive_nouns=cue_set("factive_nouns"),
        answering_verbs=cue_set("answering_verbs"),
        clause_separators=cue_set("clause_separators"),
        failure_modifiers=cue_set("failure_modifiers"),
        failure_done_nouns=cue_set("failure_done_nouns"),
        impersonal_hedges=cue_set("impersonal_hedges"),
        impersonal_hedge_marks=cue_set("impersonal_hedge_marks"),
        certainty_adjectives=cue_set("certainty_adjectives"),
        contested_claims=cue_set("contested_claims"),
        concessive_preps=cue_set("concessive_preps"),
        denying_verbs=cue_set("denying_verbs"),
        negation_lifting_governors=cue_set("negation_lifting_governors"),
        strong_negation_governors=cue_set("strong_negation_governors"),
        narrative_adverbs=cue_set("narrative_adverbs"),
        unconfirmed_pairs=cue_set("unconfirmed_pairs"),
        generic_determiners=cue_set("generic_determiners"),
        generic_pronouns=cue_set("generic_pronouns"),
    )
