"""Clause structure of a sentence: which triggers name deeds of their own.

A long sentence of commentary carries several deeds: coordinated verbs ("X supplied drones to Y and
threatened Z"), adverbial clauses of time, cause or concession ("When X held drills, Y protested"), event
nouns in prepositional adjuncts ("after clashes between X and Y", "during X's offensive against Y") and
lists of nominal deeds ("X's bases in Y, its efforts to ..., and its ties with Z"). Two triggers name
separate deeds when the tree path between them crosses such a boundary; the component may then keep both.
Complements (a frame and its deed), objects (a light verb and its noun), purposes and conditions are no
boundary: there one deed is named in several words, or a deed is only aimed at or supposed.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .knowledge import clause_words, coder_words, conflict_words, role_words
from .tree import Mentions, doc_sents, lemma_forms, lower_of, to_infinitive, tokens_of, venue_name

_MAX_DEPTH = 40  # guards against odd parses; sentence trees are far shallower


def subordinators(clause: Token) -> set[str]:
    """The words that open a clause: its marks ("after", "although") and a "when" or "while" the parser
    takes for an adverb of the clause's verb."""
    return {c.lower_ for c in clause.children if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")}


def condition_clause(clause: Token) -> bool:
    """True for an adverbial clause opened by a subordinator of condition ("if", "unless": data
    coder_words.json `condition_marks`)."""
    return clause.dep_ == "advcl" and bool(subordinators(clause) & coder_words().condition_marks)


def _purpose(clause: Token) -> bool:
    """ "sent troops to monitor the line": an infinitive clause with no subordinator states an aim."""
    return to_infinitive(clause) and not subordinators(clause)


def adjunct_clause(clause: Token) -> bool:
    """True for an adverbial clause that states a deed beside its main clause: one opened by a subordinator
    of time, cause or concession ("when", "after", "although"), or a participle ("..., rejecting the
    offer"); not a condition ("if", "unless") nor a purpose ("to demand ...")."""
    if clause.dep_ != "advcl" or _purpose(clause):
        return False
    marks = subordinators(clause)
    if marks & coder_words().condition_marks:
        return False
    if marks:
        return bool(marks & clause_words().adjunct_marks)
    return clause.tag_ in ("VBG", "VBD", "VBN")


def _boundary(tok: Token) -> bool:
    """True when the link from `tok` up to its head separates two deeds."""
    dep = tok.dep_
    if dep in ("conj", "parataxis", "relcl"):
        return True
    if assisted_deed(tok):
        return True  # "Russia helped Syria recapture Aleppo": the help and the recapture are two deeds
    if dep in ("dobj", "conj") and countered_deed(tok):
        return True  # "helped Armenia stop Azerbaijan's offensive": the offensive is a deed of its own
    if deed_subject(tok):
        return True  # "Turkey's support for Azerbaijan angered Iran": a deed named with its doer as subject
    if dep == "appos" and any(c.dep_ in ("poss", "conj") for c in tok.children):
        return True  # "X's efforts to ..., its refusal to ... and its ties with Y": a list of possessed deeds
    if dep == "advcl":
        return adjunct_clause(tok)
    if (
        dep == "acl"
        and tok.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in tok.children)
        and not any(lemma in coder_words().light_verbs for lemma in lemma_forms(tok))
    ):
        # "Azerbaijan, backed by Turkey, launched ...": a participle with its own agent is apart (a light
        # one, "the rally staged by students", names the noun's deed)
        return True
    if dep == "acl" and tok.lemma_.lower() in clause_words().third_party_participles:
        return True  # "the ceasefire brokered by Russia ... was signed by X and Y": the brokering is apart
    if dep == "prep" and tok.lower_ in clause_words().accompanying_preps:
        return True  # "Israeli support for Baku, along with Turkish support": a second item of its own
    if dep == "pcomp" and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "..., with Russia hosting the talks": a clause with its own subject after a preposition
    if dep == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in clause_words().means_preps:
        return True  # "went on the offensive by bombing X's positions": the means is a deed of its own
    if (
        dep == "pobj"
        and tok.head.lower_ == "with"
        and tok.lemma_.lower() in conflict_words().helper_nouns
        and named_doer(tok)
    ):
        return True  # "With Russian help, Syria recaptured Aleppo": the help is a deed of its own
    if dep == "pcomp" and assisted_gerund(tok) is not None:
        return True  # "Iran assisted Russia in attacking Ukrainian cities": the attack is Russia's deed
    if dep == "pcomp" and failed_keeping(tok):
        return True  # "failed to deter Moscow from attacking Ukraine": the attack is a deed of its own
    if dep == "pcomp" and reason_deed(tok):
        return True  # "criticised Ankara for selling drones to Kyiv": the selling is Ankara's deed of its own
    if dep == "pobj" and instrument_verb(tok) is not None:
        return True  # "responded to X with weeks of air strikes": the strikes are a deed of their own
    if response_phrase(tok):
        return True  # "struck in response to shelling by Y": the deed answered is one of its own
    if asking_phrase(tok):
        return True  # "intervened at the request of X": the asking is X's deed of its own
    if dep == "dobj" and lasted(tok):
        return (
            True  # "withdrew, ending an occupation that had lasted 18 years": the occupation was a deed too
        )
    if dep == "pobj" and tok.lemma_.lower() in coder_words().journey_nouns and tok.head.dep_ == "prep":
        return (
            True  # "flew to Baku on his way back from opening a pipeline": the opening is a deed of its own
        )
    if dep == "pobj" and tok.lower_ in clause_words().adjunct_preps:
        return True  # "denied X, in spite of Y's claims": the noun of "in spite of" opens an adjunct too
    return dep == "prep" and tok.lower_ in clause_words().adjunct_preps


def _accord(tok: Token) -> bool:
    """True for a noun of an accord (data: coder_words.json `accord_nouns`)."""
    # (a named accord's plural keeps its "s" as a lemma: "the Camp David Accords", "the Minsk Agreements")
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (
        lemma in (nouns := coder_words().accord_nouns) or lemma[:-1] in nouns
    )


def _provision_verb(verb: Token) -> bool:
    """True for a verb by which an accord provides ("the treaty limits each side to ...", "the accords provide for
    a force to be deployed"; "provides for" with no object of its own whatever its subject; data: `provision_verbs`,
    `accord_nouns`)."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in coder_words().provision_verbs:
        return False
    if any(c.dep_ == "nsubj" and _accord(c) for c in verb.children):
        return True
    return (
        verb.lemma_.lower() == "provide"
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ in ("prep", "mark") and c.lower_ == "for" for c in verb.children)
    )


def provided_deed(trigger: Token) -> bool:
    """True for a trigger that names an accord's terms or fate, no deed of the sentence: an accord noun as the subject
    of a verb of its fate or of its provisions ("diplomats said the agreement would only hold if both armies stopped",
    "the New START treaty limits both sides to 1,550 warheads"), the provision verb itself ("the 1987 treaty banned
    Washington and Moscow from fielding ..."), a deed in what it provides ("the agreement provides for 1,960 Russian
    troops to be deployed") and a deed an accord says is to be done ("under the 1979 treaty, Israel was to hand the
    Sinai back"). A deed joined to the provision verb as a clause of its own ("the treaty limits X, and Russia
    deployed Y") stays. Issues 9 and 10 (precision31; system20's categories I and J)."""
    words = coder_words()
    if _accord(trigger) and trigger.dep_ == "nsubj":
        head = trigger.head
        if head.lemma_.lower() in words.accord_fate_verbs or _provision_verb(head):
            return True
    if (
        trigger.dep_ == "xcomp"
        and trigger.head.lemma_ == "be"
        # (past: "was to hand back" tells an old accord's terms; "Iran is to cut its stockpile under a deal reached on
        # Tuesday" is the news of a deal, read as "will cut" is, a promise)
        and trigger.head.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and any(
            prep.dep_ == "prep"
            and prep.lower_ in coder_words().reference_preps
            and any(_accord(p) for p in prep.children)
            for verb in (trigger, trigger.head)
            for prep in verb.children
        )
    ):
        return True
    tok = trigger
    for _ in range(6):
        if _provision_verb(tok):
            return True
        if tok.head is tok or tok.dep_ in ("nsubj", "nsubjpass"):
            return False
        if tok.dep_ in ("conj", "cc", "parataxis") and _provision_verb(tok.head):
            return False  # (a clause of its own beside the provision)
        tok = tok.head
    return False


def relation_state(trigger: Token, ments: Mentions) -> bool:
    """True for a verb that tells the state of a relation with no doer: its subject is a relation noun and it names
    no party as an agent ("relations between Baku and Tehran were strained", "ties between India and Canada soured",
    "relations were strained by the migrant crisis"; data: `relation_state_nouns`). A party that strains, sours or
    downgrades a relation ("Russia downgraded its relations with Estonia") does a deed. Issues 9 and 10
    (precision31; system19's category C)."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    nouns = coder_words().relation_state_nouns
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        bool(subjects)
        and all(s.lemma_.lower() in nouns for s in subjects)
        # ("strained by the migrant crisis", "by a Polish law", "by Iran's support for Armenia": an agent that is no
        # party itself, only a thing or a party's thing, is no doer; "strained by Moscow" is)
        and not any(c.dep_ == "agent" and any(ments.at(p) for p in c.children) for c in trigger.children)
    )


def inferred_intent(trigger: Token, ments: Mentions) -> bool:
    """True for a trigger in the clause of a verb of showing or suggesting whose subject is a thing that names no
    party ("the deal showed that Moscow was ready to work with Ankara", "the summit suggested that China was prepared
    to mediate"; data: `inference_verbs`): what a party means, read by an observer from a thing, is no promise or
    offer of the party's (the caller asks it of 03x codes only). Issues 9 and 10 (precision31)."""
    tok = trigger
    for _ in range(6):
        if tok.head is tok:
            return False
        came, tok = tok.dep_, tok.head
        if came == "ccomp" and tok.lemma_.lower() in coder_words().inference_verbs:
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            # ("Russia's move showed that ...": a thing of a party's own is its signal; "the meeting in Singapore"
            # names a place, not whose the meeting was)
            return bool(subjects) and all(
                s.pos_ == "NOUN"
                and not any(
                    ments.at(t)
                    for t in (s, *(c for c in s.children if c.dep_ in ("poss", "compound", "amod", "nmod")))
                    if not venue_name(t, ments)  # ("the Paris summit": where it was)
                )
                for s in subjects
            )
        if came not in ("xcomp", "acomp", "ccomp", "conj", "advcl", "prep", "pcomp", "pobj"):
            return False
    return False


def course_not_taken(trigger: Token) -> bool:
    """True for a deed named as the course not taken: a conjunct after "rather than" ("Ukraine chose to negotiate
    rather than attack Russian positions") or the "to" phrase of a verb of preferring ("both capitals prefer managing
    their rivalry to leaving the region to the West"; data: `preferring_verbs`). Issues 9 and 10 (precision31)."""
    if trigger.dep_ == "conj" and any(
        c.lower_ == "than" and c.i < trigger.i and c.i > 0 and c.nbor(-1).lower_ == "rather"
        for c in trigger.head.children
    ):
        return True
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "to":
        holder = trigger.head.head
        for verb in (holder, holder.head):
            if verb.lemma_.lower() in coder_words().preferring_verbs and verb.i < trigger.head.i:
                return True
    return False


def kept_going(trigger: Token) -> bool:
    """True for a "going" that says a thing is kept going ("the two sides have kept the transport projects going";
    the parser hangs it on the verb or on its object; data: `keeping_verbs`): no journey or meeting."""
    if (
        trigger.lemma_.lower() != "go"
        or trigger.tag_ != "VBG"
        or trigger.dep_ not in ("xcomp", "ccomp", "oprd", "acl", "advcl")
        # ("kept secret until the Soviet leader had gone home": a clause of its own)
        or any(c.dep_ in ("mark", "nsubj", "aux") for c in trigger.children)
    ):
        return False
    head = trigger.head
    if head.dep_ == "dobj" and head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head.lemma_.lower() in coder_words().keeping_verbs and head.i < trigger.i


def lasted(noun: Token) -> bool:
    """A deed noun said to have lasted ("ending an occupation [that had lasted 18 years]", "after a siege that
    went on for months"; data: coder_words.json `duration_verbs`): the deed happened, whatever the verb
    governing the noun does to it."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and any(lemma in coder_words().duration_verbs for lemma in lemma_forms(c))
        for c in noun.children
    )


def kept_from(gerund: Token) -> Token | None:
    """The verb that keeps a party from the deed of a gerund ("prevent X from sending", "deter Y from
    invading"; data: `prevention_phrases`), or None."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    verb = prep.head
    return verb if f"{verb.lemma_.lower()} {prep.lower_}" in clause_words().prevention_phrases else None


def failed_keeping(gerund: Token) -> bool:
    """True for the deed of a gerund a party was not kept from ("failed to deter Moscow from attacking",
    "could not stop X from taking", "was unable to prevent Y from annexing"): the keeping verb is negated or
    the complement of a word of failing (data: `failing_words`); the deed was done."""
    verb = kept_from(gerund)
    if verb is None:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "acl", "advcl") and head.lemma_.lower() in clause_words().failing_words


def asking_phrase(prep: Token) -> bool:
    """True for the preposition of a phrase naming who asked or pressed for the deed it hangs on ("at the
    request of X", "under pressure from X"; data: coder_words.json `asking_nouns`, `asking_preps`)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in coder_words().asking_preps
        and prep.head.pos_ == "VERB"
        and any(
            c.dep_ == "pobj" and any(lemma in coder_words().asking_nouns for lemma in lemma_forms(c))
            for c in prep.children
        )
    )


def response_phrase(prep: Token) -> bool:
    """True for the preposition of an answering phrase ("in response to", "in retaliation for"): the deed
    named in it is one of its own, done before the deed the phrase hangs on."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(
            c.dep_ == "pobj" and c.lemma_.lower() in conflict_words().response_nouns for c in prep.children
        )
    )


def instrument_verb(noun: Token) -> Token | None:
    """The verb whose means a deed noun of force names ("responded to X [with] air strikes", "backed Y with
    weeks of shelling"; data: `instrument_preps`, `instrument_deeds`, `span_nouns`): the strikes are the
    verb's doer's deed. A deed named as known or as another's ("disagreed with the offensive", "with Russia's
    strikes") is no means of the doer's."""
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ != "pobj"
        or noun.lemma_.lower() not in clause_words().instrument_deeds
    ):
        return None
    if any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an") for c in noun.children):
        return None
    prep = noun.head
    if (
        prep.lower_ == "of"
        and prep.head.dep_ == "pobj"
        and prep.head.lemma_.lower() in clause_words().span_nouns
        and not any(c.dep_ == "poss" for c in prep.head.children)
    ):
        prep = prep.head.head  # "with weeks of air strikes"
    if prep.dep_ != "prep" or prep.lower_ not in clause_words().instrument_preps:
        return None
    head = prep.head
    if head.dep_ == "dobj" and head.pos_ == "NOUN" and answering_verb(head.head):
        head = (
            head.head
        )  # "answered the rocket fire with air strikes": the parser hangs the means on the object
    if head.pos_ != "VERB" or set(lemma_forms(head)) & clause_words().threatening_verbs:
        return None  # ("threatened Serbia with air strikes": the strikes are what is threatened)
    return head


def reason_deed(gerund: Token) -> bool:
    """True for the deed a party is praised, thanked, condemned or punished for ("thanked Ankara [for]
    hosting the talks", "criticised Ankara for selling drones"; data: `reason_preps`, `reason_verbs`): the
    gerund is the verb's object's own deed, done before the judgement."""
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
        return False
    prep = gerund.head
    if prep.lower_ not in clause_words().reason_preps or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    return bool(set(lemma_forms(verb)) & clause_words().reason_verbs) and any(
        c.dep_ == "dobj" for c in verb.children
    )


def answering_verb(verb: Token) -> bool:
    """A verb of answering another's deed, with its particle or object ("responded", "hit back", "returned
    fire"; data: conflict.json `response_verbs`)."""
    forms = set(lemma_forms(verb))
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")]
    forms |= {f"{f} {p}" for f in forms for p in particles}
    return bool(forms & conflict_words().response_verbs)


def named_doer(noun: Token) -> bool:
    """True when a deed noun names its own doer before it: a possessor ("Russia's attacks"), a nationality
    modifier ("Azerbaijani attacks"), or such a name the parser made a second object of the verb just
    before the noun ("deter [Azerbaijani] attacks")."""
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    if any(
        c.dep_ in ("amod", "compound")
        and c.pos_ in ("ADJ", "PROPN")
        and c.text[:1].isupper()
        and c.i < noun.i
        for c in noun.children
    ):
        return True
    return stray_modifier(noun) is not None


def deed_subject(noun: Token) -> bool:
    """True for a noun subject that names its own doer ("Turkey's support for Azerbaijan angered Iran",
    "the invasion of Ukraine by Russia drew condemnation"): a deed of its own beside its verb's."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ != "NOUN":
        return False
    # (a possessor, a nationality adjective or a "by" phrase; a name used as a compound may be a parser's
    # misreading of a noun as a verb's subject)
    return any(
        c.dep_ == "poss"
        or (c.dep_ == "amod" and c.pos_ == "ADJ" and c.text[:1].isupper())
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    )


def assisted_deed(verb: Token) -> bool:
    """True for the deed a party was helped or let to do ("Russia helped Syria recapture Aleppo", "helped
    Azerbaijan to defeat ...", "Belarus let Russia launch missiles from its soil"): the complement, with the
    helped party as its subject, of a verb of helping or allowing in a past tense (data: `assisting_verbs`,
    `enabling_verbs`); a permission given is no deed done unless it names who did it ("allowed aid to
    enter" names no doer of the entering)."""
    helper = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or verb.tag_ != "VB" or helper.tag_ not in ("VBD", "VBN"):
        return False
    lemma = helper.lemma_.lower()
    return lemma in clause_words().assisting_verbs or (
        lemma in clause_words().enabling_verbs
        and (deed_or_weapon_subject(helper) is not None or _allowed_party(verb, helper) is not None)
    )


def assisted_gerund(gerund: Token) -> Token | None:
    """The one helped in the deed of a gerund ("Iran assisted Russia in attacking Ukrainian cities": Russia),
    after a verb of helping in a past tense with that party as its object (data: `assisted_preps`,
    `assisting_verbs`), or None."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.lower_ not in clause_words().assisted_preps:
        return None
    helper = prep.head
    if helper.tag_ not in ("VBD", "VBN") or helper.lemma_.lower() not in clause_words().assisting_verbs:
        return None
    if any(c.dep_ == "neg" for c in helper.children):
        return None  # ("Russia has not assisted Armenia in fighting ...": no help, and no deed said)
    return next((c for c in helper.children if c.dep_ == "dobj" and c.i < gerund.i), None)


def _allowed_party(verb: Token, helper: Token) -> Token | None:
    """The party a verb of allowing lets do the deed of its complement, when a proper name or a nationality
    names it ("let Russia launch ...", "allowed Russian troops to attack ..."): the object of the verb or
    the subject the parser gave the complement."""
    for holder, dep in ((helper, "dobj"), (verb, "nsubj")):
        for noun in holder.children:
            if noun.dep_ != dep or noun.i > verb.i:
                continue
            named = noun.pos_ == "PROPN" or any(
                c.dep_ in ("amod", "compound", "poss") and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper()
                for c in noun.children
            )
            if named:
                return noun
    return None


def deed_or_weapon_subject(verb: Token) -> Token | None:
    """The subject of a verb when it is a deed of force or a weapon, not a party ("Russia's air campaign
    helped ...", "Turkish drones allowed ..."; data: `instrument_deeds`, coder_words `weapons`)."""
    for subject in verb.children:
        if subject.dep_ == "nsubj" and subject.pos_ == "NOUN":
            lemma = subject.lemma_.lower()
            if lemma in clause_words().instrument_deeds or lemma in coder_words().weapons:
                return subject
    return None


def adjunct_deed(noun: Token) -> bool:
    """True for a deed noun with its own doer in an adjunct of time or concession ("after Azerbaijan's
    offensive in 2023, ...", "despite Russia's warnings"): a deed taken as given, apart from the main one."""
    if (
        noun.tag_ == "VBG"
        and noun.dep_ == "pcomp"
        and any(c.dep_ == "nsubj" for c in noun.children)
        and _span_of(noun.head)
    ):
        return True  # "after years of Syrian shelling across the border", parsed as a gerund with a subject
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    if _span_of(noun.head):
        # "after months of Houthi attacks on shipping", "after months of attacks by Houthi rebels": a span of
        # time's deed with its doer named
        return _doer_modifier(noun) or _by_agent(noun)
    return _presupposed(noun) and _doer_modifier(noun)


def relative_deed(verb: Token) -> bool:
    """True for the verb of a relative clause whose relative pronoun is its subject, on a noun ("Iran, which
    threatened to close the strait, ...", "the court, which had issued a warrant for X, ...", "Lavrov, who met
    Blinken, ..."): the clause states a deed of the noun's party of its own, as a main clause would. A light
    verb's noun ("which held talks with Y") stands for its verb."""
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in coder_words().relative for c in verb.children)


def relative_as_complement(clause: Token) -> bool:
    """True for a relative clause the parser hung on a verb as its complement ("Turkish police detained a Syrian
    woman on Monday whom they accused of leaving the bomb": "accused" parsed as a "ccomp" of "detained"): the clause
    opens with a relative pronoun (data: coder_words.json `relative`, "whom", "whose") right after a noun, a name
    or a number, so it tells of that noun, not what the verb says or asks ("asked who had fired" keeps its clause)."""
    if clause.dep_ != "ccomp":
        return False
    first = clause.left_edge
    if first.i == 0 or first.lower_ not in coder_words().relative | {"whose"} or first.lower_ == "that":
        return False
    return clause.doc[first.i - 1].pos_ in ("NOUN", "PROPN", "NUM")


def adjunct_deed_of_time(noun: Token) -> bool:
    """True for a noun in an adjunct of time that presupposes it ("after talks ...", "during the visit ..."),
    hung on a verb."""
    return _presupposed(noun) and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX")


def _span_of(prep: Token) -> bool:
    """True for the "of" of a span of time in an adjunct ("after months of ...", "during weeks of ...")."""
    span = prep.head
    return (
        prep.lower_ == "of"
        and span.dep_ == "pobj"
        and span.lemma_.lower() in clause_words().span_nouns
        and _presupposed(span)
    )


def _presupposed(noun: Token) -> bool:
    return noun.head.dep_ == "prep" and noun.head.lower_ in clause_words().presupposing_preps


def _doer_modifier(noun: Token) -> bool:
    """A name as possessor, a nationality adjective or a group's name as a modifier ("Russia's", "Israeli",
    "Houthi"); "last month's invasion" names a time, not a doer."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "PROPN")
        or (c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "PROPN") and c.text[:1].isupper())
        for c in noun.children
    )


def stray_modifier(noun: Token) -> Token | None:
    """ "to deter Azerbaijani attacks", parsed with "Azerbaijani" as an object of its own: the proper name
    right before the noun, on the same verb and with the same link, modifies the noun."""
    if noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if (
        before.head.i == noun.head.i
        and before.dep_ == noun.dep_
        and before.pos_ == "PROPN"
        and before.i != noun.head.i
    ):
        return before
    return None


def stranded_agent(noun: Token) -> Token | None:
    """The "by" phrase of a deed noun that the parser hung on the active verb taking the noun as object
    ("condemned joint drills [by] the United States and South Korea"): an active verb with a subject of its own
    has no agent, so a "by" phrase naming a party there is the noun's doer. None when there is none."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    for by in verb.children:
        if by.dep_ == "prep" and by.lower_ == "by" and by.i > noun.i:
            pobjs = [p for p in by.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")]
            if pobjs:
                return by
    return None


def joint_of(noun: Token) -> bool:
    """True for a deed done together whose "of" phrase names two parties or more ("the joint drills of the
    United States and South Korea"; data: roles.json `joint_modifiers`): the phrase names its doers."""
    if not any(c.dep_ == "amod" and c.lower_ in role_words().joint_modifiers for c in noun.children):
        return False
    return any(
        p.dep_ == "pobj" and p.pos_ == "PROPN" and any(c.dep_ == "conj" for c in p.children)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
    )


def _by_agent(noun: Token) -> bool:
    """True when a deed noun names its doer in a "by" phrase ("condemned the killing of X by the United
    States", "welcomed the release of its soldiers by Azerbaijan", "condemned joint drills by X and Y")."""
    if stranded_agent(noun) is not None:
        return True
    for by in noun.subtree:
        if by.dep_ != "prep" or by.lower_ != "by" or not any(p.dep_ == "pobj" for p in by.children):
            continue
        tok = (
            by.head
        )  # the parser may hang it lower in the noun phrase: "the annexation of four of its regions by X"
        for _ in range(_MAX_DEPTH):
            if tok.i == noun.i:
                return True
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("pobj", "prep", "compound", "amod", "nummod"):
                break
            tok = tok.head
    return False


def countered_deed(noun: Token) -> bool:
    """True for a deed noun with a possessor of its own as the object of a verb of countering or perceiving
    ("stop Azerbaijan's offensive", "deter Russia's attacks", "counter Iran's incursions"): the deed exists
    whatever is said of the countering (data: `countering_verbs`)."""
    gerund = noun.tag_ == "VBG" and noun.dep_ in ("dobj", "conj")  # ("deter Azerbaijani shelling of ...")
    if (noun.pos_ != "NOUN" and not gerund) or not (named_doer(noun) or _by_agent(noun) or joint_of(noun)):
        return False
    obj = noun
    while obj.dep_ == "conj" and obj.head.pos_ == "NOUN":
        obj = obj.head  # "stop X's offensive and its blockade of Y"
    return obj.dep_ == "dobj" and obj.head.lemma_.lower() in clause_words().countering_verbs


def embedded_deed(noun: Token) -> bool:
    """A countered deed in a complement ("helped Armenia stop Azerbaijan's offensive", "its inability to
    deter Russia's attacks", "a failure to counter Iran's incursions"): a deed of its own beside the frame."""
    verb = noun.head
    while verb.pos_ == "NOUN" and verb.head.i != verb.i:
        verb = verb.head
    return (
        countered_deed(noun)
        and verb.dep_ in ("xcomp", "acl", "ccomp", "pcomp")
        and verb.tag_ in ("VB", "VBG")
    )


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < _MAX_DEPTH:
        chain.append(chain[-1].head)
    return chain


def separate(a: Token, b: Token) -> bool:
    """True when triggers `a` and `b` name separate deeds: the path between them in the tree crosses a
    coordination, a relative clause, an adverbial clause of time, cause or concession, or a prepositional
    adjunct such as "after" or "during"."""
    if a.i == b.i:
        return False
    up_a = _ancestors(a)
    up_b = _ancestors(b)
    common = {t.i for t in up_a} & {t.i for t in up_b}
    for chain in (up_a, up_b):
        for tok in chain:
            if tok.i in common:
                break
            if _boundary(tok):
                return True
    return False


_LIST_LINKS = ("conj", "appos")
_SLOT_DEPS = ("nsubj", "nsubjpass", "dobj")


def _possessed(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in noun.children)


def _list_top(noun: Token) -> tuple[Token, bool]:
    """The first item of the list a noun is an item of, and whether it was reached through a list link.
    Past the first link the parser may hang the next item on the previous item's object ("X's closure of
    its border with Qatar, its expulsion of ...": "expulsion" in apposition to "Qatar"), so the climb goes
    on through a preposition's object up to the noun it qualifies."""
    tok, linked = noun, False
    for _ in range(_MAX_DEPTH):
        head = tok.head
        if tok.dep_ in _LIST_LINKS and head.pos_ in ("NOUN", "PROPN") and head.i != tok.i:
            tok, linked = head, True
        elif linked and tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
            tok = head.head
        else:
            break
    return tok, linked


def listed_deed(noun: Token, others: list[Token]) -> bool:
    """True for a possessed deed noun that is an item of a list of possessed deed nouns with one of `others`
    ("Iraq's invasion of Kuwait, its annexation of the emirate and its seizure of hostages", "Russia's
    embargo on X, its expulsion of Y ..."): each item is a deed of its own by the list's owner, whatever
    target it names. Items are joined by a coordination or an apposition (also through the previous item's
    object, as the parser often hangs them), or stand side by side as subjects or objects of one verb."""
    if not _possessed(noun):
        return False
    top, linked = _list_top(noun)

    def slot(tok: Token) -> tuple[int, str] | None:
        return (tok.head.i, tok.dep_) if tok.dep_ in _SLOT_DEPS and tok.head.pos_ in ("VERB", "AUX") else None

    for other in others:
        if other.i == noun.i or not _possessed(other):
            continue
        other_top, other_linked = _list_top(other)
        if not (linked or other_linked) and slot(top) is None:
            continue
        if other_top.i == top.i or (slot(top) is not None and slot(top) == slot(other_top)):
            return True
    return False


# A text of fewer sentences is a news item (a wire sentence, a headline with its lead): its background is not news.
ANALYSIS_MIN_SENTENCES = 4


def analysis_register(doc: Doc, transcript: bool = False) -> bool:
    """True when a text is commentary, analysis or a transcript rather than wire news, so that every deed it
    asserts is an event, the background deeds of a sentence too ("Seoul and Beijing agreed ..., after Seoul
    pledged ...", "..., demanding that ...", "which had swapped ...").

    Wire news reports one event per sentence and tells the rest as its background; commentary and transcripts
    assert several deeds per sentence and recount what led to them. A transcript (speaker turns) is of the
    second kind; otherwise a text of at least ANALYSIS_MIN_SENTENCES sentences is, unless it carries the marks
    of a wire report: an agency tag in brackets ("(Reuters)", clauses.json `wire_agencies`) or a weekday named
    in at least a third of its sentences ("said on Tuesday", `weekday_names`). One linear pass over the tokens.
    """
    if transcript:
        return True
    words = clause_words()
    tokens = tokens_of(doc[:])  # (the Doc's `FastToken`s while it is coded: no spaCy Token made per word)
    sentences = 0
    dated = 0
    weekdays = words.weekday_names
    for sent in doc_sents(doc):
        sentences += 1
        # (a C loop over the sentence's words: no call per token)
        dated += not weekdays.isdisjoint(map(lower_of, tokens[sent.start : sent.end]))
    if sentences < ANALYSIS_MIN_SENTENCES or 3 * dated >= sentences:
        return False
    agencies = words.wire_agencies
    tagged = False  # (a plain loop: no generator step per token)
    for tok in tokens:
        if tok.lower_ in agencies and tok.i > 0 and tokens[tok.i - 1].text == "(":
            tagged = True
            break
    return not tagged


def bare_warning(words: Sequence[Token], reproaches: set[int]) -> bool:
    """True for a warning given to a party that names no repercussion and no deed not to be done, only its cause
    or beside a reproach ("China expressed concern and issued a warning to Washington", "warned Tokyo over the
    shrine visit"): CAMEO 130 codes warnings with serious potential repercussions; this one is a reproach,
    disapproval (111). A clause or phrase of content on the warning or on the verb that gives it ("of
    consequences", "against holding the drills", "that any attack would be met with force", "if it joined NATO",
    ", saying it would defend its rights") keeps it a threat; so does a warning named by a noun alone ("Despite
    Russia's warnings, ..."). `reproaches`: the indices of the sentence's triggers read as disapproval (11);
    a warning coordinated with one shares its sense. Data: clauses.json `warning_words`,
    `warning_content_preps`, `warning_cause_preps`."""
    words_ = clause_words()
    heads = [w for w in words if w.lemma_.lower() in words_.warning_words]
    if not heads:
        return False
    verbs = [w for w in heads if w.pos_ == "VERB"]
    verbs += [w.head for w in heads if w.dep_ == "dobj" and w.head.pos_ == "VERB"]  # "issued a warning"
    if not verbs:
        return False
    for holder in [*heads, *verbs]:
        for child in holder.children:
            dep = child.dep_
            if dep in ("ccomp", "xcomp", "acl", "relcl", "csubj"):
                return False
            if dep == "advcl" and not subordinators(child) & words_.background_marks:
                return (
                    False  # ("if it joined NATO", ", saying it would ...": content; "after X visited": time)
                )
            if dep == "prep" and child.lower_ in words_.warning_content_preps:
                return False
    verb = verbs[-1]
    caused = any(c.dep_ == "prep" and c.lower_ in words_.warning_cause_preps for c in verb.children)
    coordinated = (verb.dep_ == "conj" and verb.head.i in reproaches) or any(
        c.dep_ == "conj" and c.i in reproaches for c in verb.children
    )
    return caused or coordinated


def summed_clause(trigger: Token) -> Token | None:
    """The verb of the clause that a noun after a comma sums up, when `trigger` heads a relative clause on that
    noun ("Turkey bought Russian missiles in 2017, a move that Washington condemned": `condemned` -> `bought`;
    "called on the council to take up the dispute, a resolution that Ethiopia rejected" -> `called`); else None.
    The summed clause is the one the noun follows, the main clause of the sentence (data: clauses.json
    `summing_nouns`)."""
    if trigger.dep_ not in ("relcl", "acl"):
        return None
    noun = trigger.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in clause_words().summing_nouns:
        return None
    before = noun.left_edge.i - 1
    if before < 0 or noun.doc[before].text != ",":
        return None
    root = noun.sent.root
    return root if root.pos_ in ("VERB", "AUX") and root.i < noun.i else None
