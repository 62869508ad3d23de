"""The event coder: a spaCy component that turns parsed sentences and resolved actors into Event records.

Reads top-down: the component walks the sentences; triggers.py proposes candidate events (from verbs,
nouns and frames) with their roles (roles.py), matched against the lexicon (match.py, lexicon.py) over
tree helpers (tree.py); here each sentence keeps its best candidates, which become Event records with
their modality, attribution and date.
"""

from __future__ import annotations

import datetime
import functools
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import pairwise

import numpy
from spacy.attrs import HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..extensions import register_extensions
from ..records import ActorMention, Attribution, Event, EventActor
from . import cameo
from .attribution import (
    Turn,
    find_attribution,
    speaker_turns,
    turn_at,
    turn_mentions,
)
from .clauses import (
    adjunct_clause,
    adjunct_deed,
    adjunct_deed_of_time,
    assisted_deed,
    assisted_gerund,
    countered_deed,
    deed_or_weapon_subject,
    deed_subject,
    embedded_deed,
    instrument_verb,
    listed_deed,
    named_doer,
    reason_deed,
    relative_deed,
    separate,
    subordinators,
)
from .conflict import answered_deeds, answers_aimed, force_ground, referred_back, taken_ground, through_route
from .dates import resolve_event_date
from .knowledge import (
    REPORTING_WORDS,
    clause_words,
    coder_words,
    conflict_words,
    contention_at_home_types,
    frame_codes,
    protests_at_home_types,
    role_words,
    self_event_types,
    state_deed_codes,
    state_protest_codes,
    state_sectors,
    word_set,
)
from .lexicon import Lexicon, default_lexicon, load_lexicon
from .match import infinitive, match_entry, refine
from .modality import classify_modality, finite_conjunct, owed
from .restate import restated
from .roles import (
    Roles,
    border_partner,
    each_of_pair,
    helping_phrase,
    hosted_meeting,
    joint_parties,
    mutual,
    noun_agent,
    noun_phrases,
    perceiver,
    requester,
    requester_adjunct,
    unknown_person_object,
    venue_party,
)
from .tree import (
    Mentions,
    actors_under,
    closed_sentences,
    doc_memo,
    lemma_forms,
    object_children,
    place_phrase,
    pobj_actors,
    prep_actors,
    pronominal,
    steps_to,
    token_at,
    tokens_of,
)
from .triggers import Candidate, Triggers
from .voices import Voices


class EventCoder:
    """Finds events in a parsed Doc whose actors have been resolved."""

    def __init__(
        self,
        lexicon: Lexicon,
        max_events_per_sentence: int = 1,
        separate_deeds: bool = True,
        max_deeds_per_sentence: int = 4,
    ) -> None:
        self.lexicon = lexicon
        self.triggers = Triggers(lexicon)
        # the best readings kept per sentence, whatever their clause
        self.max_events_per_sentence = max_events_per_sentence
        # further events kept when they name deeds of their own in separate clauses (clauses.py)
        self.separate_deeds = separate_deeds
        self.max_deeds_per_sentence = max(max_deeds_per_sentence, max_events_per_sentence)

    # The component entry point.
    def __call__(self, doc: Doc) -> Doc:
        with doc_memo(doc):  # (the helpers keep what they read of the tokens while this Doc is coded)
            # the resolver's mentions indexed once, for the gaps and (in a text with no speaker turns) the
            # events; the gaps are read first, before the coder adds mentions of its own to the index
            plain = Mentions.build(doc, list(doc._.actors or []))
            gaps = self.gaps(doc, plain)
            doc._.events = self.code_doc(doc, plain)
            doc._.event_gaps = gaps
        return doc

    def gaps(self, doc: Doc, ments: Mentions | None = None) -> list[str]:
        """Lemmas of the sentences' main verbs that bear an actor (as subject or object) but that the
        lexicon does not know at all: where coverage is missing (reported by `code --stats`). `ments`: the
        resolver's mentions of `doc`, already indexed."""
        if ments is None:
            ments = Mentions.build(doc, list(doc._.actors or []))
        found: list[str] = []
        for sent in doc.sents:
            verb = sent.root
            if verb.pos_ != "VERB":
                continue
            lemmas = lemma_forms(verb)
            if any(self.lexicon.knows(lemma) or lemma in coder_words().light_verbs for lemma in lemmas):
                continue
            arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")]
            if any(actors_under(c, ments) for c in arguments):
                found.append(lemmas[0])
        return found

    def code_doc(self, doc: Doc, plain: Mentions | None = None) -> list[Event]:
        """The events of a Doc. `plain`: the resolver's mentions of `doc` indexed with no labels (as
        `Mentions.build(doc, doc._.actors)`), to use instead of indexing them again; the coder may add to it."""
        mentions = list(doc._.actors or [])
        # A transcript's speaker labels ("Vladimir Putin: ...") say who speaks in each turn; in a turn, "I"
        # is the speaker, "we" the speaker's country and "Mr President" the other speaker.
        turns = speaker_turns(doc, mentions)
        spoken = turn_mentions(doc, turns, mentions)
        if not turns and plain is not None:
            ments = plain  # (no labels and no spoken mentions: the same index)
        else:
            ments = Mentions.build(
                doc,
                mentions + [t.mention for t in spoken],
                labels=[(t.name_start, t.name_end) for t in turns],
            )
        voices = Voices.build(ments, spoken, turns)
        events: list[Event] = []
        article_date = doc._.article_date if Doc.has_extension("article_date") else None
        labels = {t.start for t in turns}
        named = sorted(ments.by_token)  # the tokens of the mentions that can be parties
        closed = _closed_sentences(doc)
        # the events of each sentence before, with their candidates (in the order of the text)
        before: list[tuple[Span, list[tuple[Candidate, Event]]]] = []
        for whole in doc.sents:
            if (
                closed
                and not _names_someone(named, whole)
                and not _they_subject(whole)
                and not (before and _agentless_passive(whole))
            ):
                # Every candidate here would have no source and no target, so none could be kept: skip the
                # sentence (a speed-up only; the events are the same). (A bare "they" may stand for the two
                # parties of the sentence before: see `_pair_before`; an agentless passive may have its doer
                # there: see `_doer_before`.)
                before.append((whole, []))
                continue
            kept: list[tuple[Candidate, Event]] = []
            for sent in _split_at(whole, labels):
                turn = turn_at(turns, sent.start_char)
                admit = functools.partial(voices.admit, turn=turn, ments=ments)
                for cand in self._sentence(sent, ments, admit, voices.talks(sent, turn, ments), before):
                    kept.append((cand, self._to_event(cand, sent, ments, article_date, turns)))
            # "Both sides reported dozens killed", "The agreement was reached by ...": a deed already reported
            # with its date, told again without one, takes that date (and reading): see restate.py
            kept = restated(kept, before, self.lexicon)
            events.extend(e for _, e in kept)
            before.append((whole, kept))
        return events

    def _sentence(
        self,
        sent: Span,
        ments: Mentions,
        admit: Callable[[Candidate], bool] | None = None,
        spoken: list[Candidate] | None = None,
        before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]] = (),
    ) -> list[Candidate]:
        cands: dict[int, Candidate] = {}
        for tok in tokens_of(sent):
            cand = self.triggers.candidate(tok, ments)
            if cand is not None:
                cands[tok.i] = cand
        for cand in spoken or []:
            # a transcript's speakers talking with each other or a greeting, where the lexicon has no reading
            # of the word or one that names no party
            known = cands.get(cand.trigger.i)
            if known is None or not (known.source or known.target):
                cands[cand.trigger.i] = cand
        # Fold complements into their frames and nouns into their light verbs.
        for cand in sorted(cands.values(), key=lambda c: steps_to(c.trigger, sent.root)):
            for i in cand.consumed:
                if i != cand.trigger.i:
                    cands.pop(i, None)
        for i in [i for i, c in cands.items() if perceiver(c.trigger)]:
            # "Japanese patrols spotted Chinese ships": the patrols only saw; they do no deed here
            del cands[i]
        for i in [i for i, c in cands.items() if _help_by_deed(c)]:
            # "Russia's air campaign helped Y retake Z": the campaign is the deed, the help no event of its own
            del cands[i]
        for cand in cands.values():
            self._prune_targets(cand, sent, ments)
            if _people_travelling(cand, ments):
                # "Thousands of Armenians have left Karabakh for Armenia", "refugees returned from Poland":
                # people on the move make no visit
                cand.source, cand.target = [], []
            received = _received(cand, ments)
            if received is not None:
                # "Azerbaijan received drones from Turkey": Turkey gave them
                cand.source, cand.target = received
            partners = _partners_beside_target(cand, ments)
            if partners:
                # "Britain launched air strikes on Libya with France": France struck too
                cand.source = cand.source + partners
                cand.target = [i for i in cand.target if i not in partners]
            parties = joint_parties(cand.entry, cand.words, cand.source, cand.target, ments)
            if parties is not None:
                # "X signed the statement together with Y and Z": every party did it with every other
                cand.source, cand.target, cand.reciprocal = parties, [], True
            doer, held = _doer_before(cand, before, ments, self.triggers.roles, self.lexicon)
            if doer:
                # "China detained two Canadians. The two men were freed in 2021": China freed them
                cand.source, cand.target = doer, cand.target or held
            group = _group_before(cand, before, ments)
            if group:
                # "... met in Ankara. The three leaders agreed to ...": all of them
                codes = ments.codes(group)
                cand.source = group
                cand.target = [i for i in cand.target if ments.mentions[i].code not in codes]
                cand.reciprocal = cand.entry.reciprocal or not cand.target
            pair = _pair_before(cand, before, ments)
            if pair:
                # "Russia invaded Georgia in 2008. They signed a ceasefire five days later": both of them
                cand.source, cand.reciprocal = pair, True
                cand.target = [i for i in cand.target if ments.mentions[i].code not in ments.codes(pair)]
        _listed_doers_apart(list(cands.values()))
        _mediators_apart(list(cands.values()))
        _sellers_apart(list(cands.values()))
        _left_after_deed(list(cands.values()), before, ments)
        _elided_phrases(list(cands.values()))
        answered_deeds(cands.values(), ments)  # "in response to shelling by Y": Y shelled the one answering
        answers_aimed(cands.values(), ments)  # "returned fire after Y shelled its posts": aimed at Y
        # "Y rejected the accusation", "Y condemned the move": aimed at who said or did it before
        referred_back(cands.values(), before, ments, self.lexicon)
        alive = [
            c
            for c in cands.values()
            if (c.source or c.target or _unnamed_doers_deed(c, sent)) and (admit is None or admit(c))
        ]
        for cand in alive:
            cand.score = self._score(cand, sent)
        alive.sort(key=lambda c: -c.score)
        _main_clause_first(alive)
        chosen: list[Candidate] = []
        seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()  # what the kept events say

        def key(cand: Candidate) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
            return (
                cameo.plover_type(cand.code) or "",
                tuple(sorted(ments.mentions[i].code for i in cand.source)),
                tuple(sorted(ments.mentions[i].code for i in cand.target)),
            )

        rest: list[Candidate] = []
        for cand in alive:
            if key(cand) in seen:
                continue
            if len(chosen) < self.max_events_per_sentence:
                chosen.append(cand)
                seen.add(key(cand))
            else:
                rest.append(cand)
        for cand in list(chosen):
            # "Britain expelled 23 Russian diplomats, and the United States 60": the second doer did it too
            for gapped in _gapped_doers(cand, ments):
                if key(gapped) not in seen:
                    chosen.append(gapped)
                    seen.add(key(gapped))
        for cand in list(chosen):
            # "Kazakhstan hosted the ministers of Armenia and Azerbaijan for talks": the guests meet each other
            met = self._guests_meeting(cand, ments)
            if met is not None and key(met) not in seen:
                chosen = [c for c in chosen if c.trigger.i != met.trigger.i] + [met]
                seen.add(key(met))
        if self.separate_deeds:
            # A long sentence may state several deeds in separate clauses ("When X held drills, Y
            # protested", "X supplied drones to Y and threatened Z", "after clashes between X and Y"):
            # each is kept with its own actors; readings of one deed in one clause compete as before.
            for cand in rest:
                if len(chosen) >= self.max_deeds_per_sentence:
                    break
                if key(cand) not in seen and self._separate_deed(cand, chosen, ments, alive):
                    chosen.append(cand)
                    seen.add(key(cand))
        return chosen

    @staticmethod
    def _separate_deed(
        cand: Candidate, chosen: list[Candidate], ments: Mentions, alive: Sequence[Candidate] = ()
    ) -> bool:
        """True when a further candidate names a deed of its own: a sure reading (no dictionary guess, no
        frame coded as itself) with a doer, in a clause or adjunct apart from every event already kept.
        `alive`: the sentence's candidates with a party (the items of a list of deed nouns stand together)."""
        # (a dictionary reading is sure enough for a deed a party was helped to do, with its target named:
        # "Turkey helped Azerbaijan to defeat Armenian forces")
        derived = cand.entry.derived and not (
            cand.target and (assisted_deed(cand.trigger) or assisted_gerund(cand.trigger) is not None)
        )
        if cand.fallback or derived or cand.entry.implied or not cand.source:
            return False
        if assisted_deed(cand.trigger) and any(
            set(cand.source) & set(other.source) for other in chosen if other.trigger.i == cand.trigger.head.i
        ):
            return False  # (the helped party does the deed, not the helper: a parse that gives it the helper's doer)
        if requester_adjunct(cand.trigger) and cand.target:
            return True  # "postponed the talks at Turkey's request": the request is Turkey's deed of its own
        if cand.code[:2] == "04" and any(
            other.code[:2] == "16" and cand.trigger.head.i == other.trigger.i and cand.trigger.dep_ == "nsubj"
            for other in chosen
        ):
            return True  # "talks between X and Y broke down": the talks were held, and then halted
        if (
            _bought_participle(cand)
            and cand.target
            and not any(other.trigger.i == cand.trigger.i for other in chosen)
        ):
            return True  # "Russia used drones bought from Iran": the purchase is a deed of its own
        kind = cameo.plover_type(cand.code) or ""
        if not (
            cand.target
            or cand.reciprocal
            or embedded_deed(cand.trigger)
            or (countered_deed(cand.trigger) and kind.lower() in clause_words().place_target_types)
            or (deed_subject(cand.trigger) and _past_tense(cand.trigger.head))
            or adjunct_deed(cand.trigger)
            or assisted_deed(cand.trigger)
            or instrument_verb(cand.trigger) is not None
            or reason_deed(cand.trigger)
            or any(_coordinated_past(cand.trigger, other.trigger) for other in chosen)
            or listed_deed(cand.trigger, [other.trigger for other in alive])
            or _adjunct_past(cand)
            or _relative_past(cand)
            or _main_beside_subordinate(cand, chosen)
            or any(_contrasted(cand, other) for other in chosen)
        ):
            # (a deed countered in a complement stands with its doer alone: "its reluctance to counter
            # Azerbaijan's incursions", and so does a deed of force countered anywhere: "it did not stop
            # Azerbaijan's offensive"; so do a deed named with its doer as subject, "Russia's veto drew
            # protests from France", or in an adjunct of time, "after Azerbaijan's offensive, ...", and a deed stated in the past beside another, its verbs joined: "X
            # condemned the strike and recalled its ambassador")
            return False
        words = {t.i for t in cand.words}
        for other in chosen:
            if (
                set(cand.source) & set(other.source)
                and kind == (cameo.plover_type(other.code) or "")
                and not _apart(cand.target, other.target, ments)
                and not _contrasted(cand, other)
            ):
                # "killed one soldier and wounded two": one doer's deeds of one kind are one event, unless
                # done to different parties ("sold arms to Armenia and supplied Azerbaijan")
                return False
            if words & {t.i for t in other.words} or other.trigger.i in cand.consumed:
                return False
            if cand.trigger.i in other.consumed or not separate(cand.trigger, other.trigger):
                return False
        return True

    def _score(self, cand: Candidate, sent: Span) -> float:
        score = 1.0 + 0.5 * cand.entry.specificity
        score += 1.5 if cand.source else 0.0
        score += 1.0 if cand.target else 0.0
        score -= 0.3 * steps_to(cand.trigger, sent.root)
        # Events inside conditions and purposes ("if war starts", "to demand") are background.
        tok = cand.trigger
        for _ in range(12):
            if tok.dep_ == "advcl":
                score -= 0.8
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        score += 0.3 if cand.entry.kind in ("V", "F") else 0.0
        # ("With Russian help, Syria recaptured Aleppo": the help is beside the deed, not the sentence's deed)
        score -= 0.8 if helping_phrase(cand.trigger) else 0.0
        # ("Russia used drones bought from Iran against ...": the purchase is background to the deed done)
        score -= 0.8 if _bought_participle(cand) else 0.0
        # ("Iran accused Azerbaijan of allowing Israel to use its territory": the deed alleged is the
        # accusation's content, not the sentence's deed)
        score -= 0.8 if self._alleged(cand.trigger) else 0.0
        # The dictionary's readings are a broad base: hand entries win a close call; a frame coded as itself
        # (its deed unknown) yields to any event the sentence names.
        score -= 0.5 if cand.entry.derived else 0.0
        score -= 0.3 if cand.entry.implied else 0.0
        score -= 0.8 if cand.fallback else 0.0
        return score

    def _alleged(self, gerund: Token) -> bool:
        """A gerund after the preposition of a verb of accusing or blaming ("accused X [of] allowing ...",
        "blamed Y [for] shelling ..."): the deed is alleged by the verb (its code of root 11)."""
        prep = gerund.head
        if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            return False
        entry = match_entry(prep.head, self.triggers.lexicon, ("V",))
        return entry is not None and entry.code[:2] == "11"

    def _prune_targets(self, cand: Candidate, sent: Span, ments: Mentions) -> None:
        named = self._named_deed_doer(cand, ments)
        if named:
            cand.target = named  # "condemned the visit by X to Taiwan, calling it a provocation": aimed at X
        if cameo.quad_class(cand.code) in (1, 3) and cand.code[:2] != "04":
            # "Iran warned against any change to its border with Armenia": a spoken deed about a border is not
            # aimed at the neighbour (a deed done at the border, "closed its border with X", keeps it, and so
            # does a visit or a meeting there)
            cand.target = [i for i in cand.target if not border_partner(token_at(sent.doc, ments.heads[i]))]
        # "Russia postponed the talks at Turkey's request": who asked is the deed's cause, not its target; "At a
        # climate summit in Egypt, India pledged ...": the venue is where, not to whom
        cand.target = [
            i
            for i in cand.target
            if not requester(token_at(sent.doc, ments.heads[i]))
            and not venue_party(token_at(sent.doc, ments.heads[i]))
        ]
        noun = cand.trigger
        if cand.source and requester_adjunct(noun):
            # "Russia postponed the talks at Turkey's request": the one asked is the one who did it (the parser
            # may hang the phrase on the verb's object), and the request is as sure as that deed's telling
            verb = noun.head.head
            verb = verb.head if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass") else verb
            if verb.pos_ in ("VERB", "AUX"):
                cand.modality_token = cand.modality_token or verb
                if not cand.target:
                    doers = self.triggers.roles.subject(verb, ments)
                    cand.target = [i for i in doers if ments.mentions[i].code not in ments.codes(cand.source)]
        # "detained hundreds of monks from Tibet": the people of a region are the target, not its ground
        cand.target = [_people_of_region(i, cand, sent.doc, ments) for i in cand.target]
        # "Syria will withdraw its troops": a possessive pronoun that points back at the source is no target;
        # nor is its own ground where it meets or protests ("talks at the Kremlin", "rallied in Tbilisi")
        source_codes = {ments.mentions[i].code for i in cand.source}
        cand.target = [
            i
            for i in cand.target
            if not (
                ments.mentions[i].code in source_codes
                and (
                    pronominal(sent.doc, ments.mentions[i])
                    # talks "at the Kremlin" are not with Russia; a curfew "in Algiers" does hit its people
                    or (
                        (
                            cand.code[:2] in frame_codes().cooperation_roots
                            or (cameo.plover_type(cand.code) or "") in protests_at_home_types()
                        )
                        and place_phrase(sent.doc[ments.heads[i]])
                    )
                )
            )
        ]
        taken = taken_ground(cand.trigger, cand.source, cand.target, ments)
        if taken is not None:
            cand.target = taken  # "retook Kherson [from X]": the place taken is not the taker's target
        if cand.target:
            # An actor is not the target of its own deed ("Israel rejected Israel's demand", "Georgians
            # rallied in Georgia"): the event stays with its source only, unless the type is one a state
            # does to its own country or people (a concession or a curfew at home). Its own ground named in
            # a phrase of the deed is never its target ("Azerbaijan's blockade of the Lachin corridor").
            sources = _identity(cand.source, ments)
            at_home = (cameo.plover_type(cand.code) or "") in self_event_types()
            others = [
                i
                for i in cand.target
                if (at_home or not _identity([i], ments) <= sources)
                and not _own_ground(i, cand, sent.doc, ments)
            ]
            if len(others) < len(cand.target):
                cand.target = others
                cand.reciprocal = (
                    (cand.entry.reciprocal and len(cand.source) > 1) or mutual(cand.words, cand.source, ments)
                ) and not others
        if _located_only(cand, ments):
            # "Rebels inside the Japanese ambassador's residence held 72 hostages": the residence is where they
            # were, not who they were
            cand.source = []
        if not cand.source:
            # "Thousands of protesters marched through Tbilisi", "gunmen attacked a hall near Moscow": an unnamed
            # domestic collective is of the country where it acts
            _collective_at_home(cand, sent, ments)
        if cand.source and not cand.target:
            # "Sudanese soldiers detained Prime Minister Abdalla Hamdok": a titled person the resolver cannot
            # code, arrested by a country's organs, is of that country
            cand.target = _titled_at_home(cand, ments)
        if (
            not cand.source
            and cand.target
            and (cameo.plover_type(cand.code) or "") in protests_at_home_types()
            and _unnamed_crowd(cand.trigger, ments)
            and all(place_phrase(sent.doc[ments.heads[i]]) for i in cand.target)
        ):
            # "Thousands of people marched in Hong Kong": the crowd is the place's people, protesting at home
            cand.source, cand.target = cand.target, []
        if (
            not cand.source
            and cand.code not in clause_words().mediation_codes
            and len({ments.mentions[i].code for i in cand.target}) > 1
            and all(_between(sent.doc[ments.heads[i]]) for i in cand.target)
            and not _joint_thing_acted_on(cand, ments)
        ):
            # "fighting broke out between Armenia and Azerbaijan", "clashes between X and Y erupted": the
            # parties named with "between" do the deed to each other (a mediator's are its targets)
            cand.source, cand.target, cand.reciprocal = cand.target, [], True
        if cand.source and not cand.target:
            cand.target = (
                _place_target(cand, ments)
                or _place_party(cand, ments)
                or _mediated_parties(cand, ments)
                or self._hosts_parties(cand, ments)
                or self._protest_occasion(cand, ments)
                or _referred_party(cand, ments)
                or _sufferer(cand, ments)
                or self._reporters_own(cand, ments)
                or _others_its(cand, ments)
            )
        if (
            not cand.target
            and not cand.reciprocal
            and cameo.plover_type(cand.code) == "REQUEST"
            and cand.trigger.pos_ in ("VERB", "AUX")
            and each_of_pair(cand.trigger, cand.source, ments)
        ):
            # "Armenia and Azerbaijan both called for monitors", "India and Pakistan each urged restraint": an
            # appeal each of a pair makes, to no one named, is made to the other (a reciprocal request)
            cand.reciprocal = True
        if not cand.source and cand.code[:2] in ("03", "04"):
            # "we met in Paris", "the meeting in Kiev": with no named party, a venue is all that is left
            cand.target = [i for i in cand.target if not place_phrase(sent.doc[ments.heads[i]])]
        official = next(
            (c for w in cand.words if (c := state_protest_codes().get(w.lemma_.lower())) is not None), None
        )
        if (
            official is not None
            and cameo.plover_type(cand.code) in protests_at_home_types()
            and _state_source(cand, sent.doc, ments)
        ):
            # "Iran protested": a state's protest is an official complaint, not its people against itself
            cand.code = official
        if cand.code in role_words().handed_to_codes:
            received = _handed_to(cand, ments)
            if received is not None:
                # "handed over the Russian arms dealer Viktor Bout to the United States": the receiver
                cand.target = received
        if cand.code == conflict_words().fight and not cand.target and _moved_home(cand, ments):
            # "Egyptian army tanks rolled into Cairo", "troops marched into the capital": forces moved into
            # their own country's ground invade no one; they are deployed there (data: conflict.json)
            cand.code = conflict_words().home_deployment
        by_state = state_deed_codes().get(cand.code)
        if by_state is not None and _state_source(cand, sent.doc, ments, alliances=True):
            # "Israel bombed the reactor", "NATO's bombing of Yugoslavia": a state's bombing is from the air
            cand.code = by_state

    def _named_deed_doer(self, cand: Candidate, ments: Mentions) -> list[int]:
        """ "Beijing condemned the visit by the American speaker to Taiwan, calling it a provocation": a
        participle that names "it" something refers to the deed noun its main verb takes as object; the naming
        is aimed at that deed's doer (data: `naming_pronouns`)."""
        verb = cand.trigger
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or subordinators(verb):
            return []
        if not any(c.dep_ == "dobj" and c.lower_ in clause_words().naming_pronouns for c in verb.children):
            return []
        if not any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children):
            return []
        deeds = [c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if not deeds or not self.lexicon.lookup("N", deeds[0].lemma_.lower()):
            return []
        doers = self.triggers.roles.noun_roles(deeds[0], ments)[0]
        return [i for i in doers if i not in cand.source]

    def _hosts_parties(self, cand: Candidate, ments: Mentions) -> list[int]:
        """ "Iran and Saudi Arabia agreed to restore relations after talks that ran for four days and were
        hosted by China": a meeting hosted or mediated by a third party, named in a relative clause on a meeting
        noun in an adjunct of time, is with the parties of the clause the adjunct hangs on."""
        if cameo.plover_type(cand.code) != "CONSULT":
            return []
        clause = cand.trigger
        for _ in range(3):
            if clause.dep_ != "conj":
                break
            clause = clause.head
        meeting = clause.head
        if clause.dep_ not in ("relcl", "acl") or meeting.pos_ != "NOUN" or not adjunct_deed_of_time(meeting):
            return []
        entries = self.lexicon.lookup("N", meeting.lemma_.lower())
        if not any(cameo.plover_type(e.code) == "CONSULT" for e in entries):
            return []
        verb = meeting.head.head
        return [i for i in self.triggers.roles.subject(verb, ments) if i not in cand.source]

    def _guests_meeting(self, cand: Candidate, ments: Mentions) -> Candidate | None:
        """The meeting of the guests a host received for it, as an event of its own at the meeting noun: the
        guests meet each other; a host that is a person (a leader) sits in the meeting too (see
        `hosted_meeting`)."""
        if cameo.plover_type(cand.code) != "CONSULT" or not cand.source:
            return None
        noun = hosted_meeting(cand.trigger, cand.target, ments, self.lexicon)
        if noun is None:
            return None
        entry = next(e for e in self.lexicon.lookup("N", noun.lemma_.lower()) if e.code[:2] == "04")
        host = [i for i in cand.source if (ments.mentions[i].kb_id or "").startswith("person-")]
        parties = [*host, *(i for i in cand.target if i not in host)]
        # (the meeting is as sure as the hosting: "hosted X and Y for talks" is no talk only planned)
        return Candidate(
            noun,
            entry,
            "040",
            [noun],
            parties,
            [],
            reciprocal=True,
            modality_token=cand.modality_token or cand.trigger,
        )

    def _protest_occasion(self, cand: Candidate, ments: Mentions) -> list[int]:
        """ "youths threw stones during demonstrations against abuses by X's border guards": a protest deed
        done at a protest (a noun the lexicon reads as a protest, in a "during/at/in" phrase) is aimed at what
        that protest is against: the doer of the deed named there, or the party named there."""
        if cameo.plover_type(cand.code) != "PROTEST":
            return []
        for prep in cand.trigger.children:
            if prep.dep_ != "prep" or prep.lower_ not in role_words().occasion_preps:
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"):
                entries = self.lexicon.lookup("N", noun.lemma_.lower())
                if not any(cameo.plover_type(e.code) == "PROTEST" for e in entries):
                    continue
                for against in noun.children:
                    if against.dep_ != "prep" or against.lower_ not in role_words().protested_preps:
                        continue
                    for thing in (p for p in against.children if p.dep_ == "pobj"):
                        found = noun_agent(thing, ments, self.lexicon) if thing.pos_ == "NOUN" else []
                        found = [i for i in found or actors_under(thing, ments) if i not in cand.source]
                        if found:
                            return found
        return []

    def _reporters_own(self, cand: Candidate, ments: Mentions) -> list[int]:
        """ "Azerbaijan said Armenian forces had shelled its positions", "Armenia said Azerbaijan had
        violated its border": in a clause an actor reports (or a deed it cites), "its"/"their" on the deed's
        object is the reporter's when the deed's doer is another actor; the reporter is then the target."""
        deed = cand.trigger
        reporter = deed.head
        reported = deed.dep_ == "ccomp" and reporter.lemma_.lower() in word_set(REPORTING_WORDS, "verbs")
        # (or a deed noun a party cites or recalls: "Iran condemned the strike, citing Israel's attack on its
        # embassy")
        cited = (
            deed.pos_ == "NOUN"
            and deed.dep_ == "dobj"
            and reporter.lemma_.lower() in clause_words().noting_verbs
        )
        if not (reported or cited):
            return []
        objects = object_children(deed)
        objects += [
            p for prep in deed.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"
        ]
        owned = any(
            g.dep_ == "poss" and g.lower_ in role_words().owner_possessives
            for o in objects
            for g in o.children
        )
        if not owned:
            return []
        owners = self.triggers.roles.subject(reporter, ments)
        doers = {ments.mentions[i].code for i in cand.source}
        return owners if owners and not {ments.mentions[i].code for i in owners} & doers else []

    def _to_event(
        self, cand: Candidate, sent: Span, ments: Mentions, article_date: str | None, turns: list[Turn]
    ) -> Event:
        def actors(indices: list[int]) -> tuple[EventActor, ...]:
            return _event_actors(indices, ments)

        code = cand.code
        modality = classify_modality(cand.modality_token or cand.trigger)
        if cand.committed and modality == "intended":
            modality = "asserted"  # "will release X under a deal with Y": the commitment is stated
        if (
            modality == "hypothetical"
            and cameo.plover_type(code) == "THREATEN"
            and _conditions_its_threat(cand)
        ):
            modality = "asserted"  # "warned Finland of consequences if it joined NATO": the warning was made
        if cand.idiom_negation and modality == "negated":
            modality = "asserted"  # "did not rule out new sanctions": the "not" is the idiom's own word
        if cand.refusal and modality in ("negated", "intended"):
            # "Russia will not accept NATO bases", "said it would not tolerate X": the "not" and the "will" are
            # the refusal's own words; the refusal is stated (a condition or a question still holds it open)
            modality = "asserted"
        in_sentence = [m for m in ments.mentions if sent.start_char <= m.start < sent.end_char]
        attribution = find_attribution(cand.trigger, in_sentence)
        turn = turn_at(turns, cand.trigger.idx)
        if attribution is None and turn is not None:
            # in a speaker's turn, what the text says in its own voice is the speaker's
            attribution = turn.attribution
        date, precision = resolve_event_date(sent, article_date, cand.trigger)
        said = cand.modality_token  # (a promise is read at its verb of saying: "said they would blockade X")
        if (
            modality == "asserted"
            and cand.entry.kind != "F"
            and not _past_tense(cand.trigger)
            and not (said is not None and said.pos_ in ("VERB", "AUX") and _past_tense(said))
            and _after(date, precision, article_date)
        ):
            # dated after the article ("visits Moscow next month", "meet on 14 May"): still to come; a verb in
            # the past tense outweighs a later date in its clause ("signed a decree dissolving ... by 2024")
            modality = "intended"
        words = sorted(cand.words, key=lambda t: t.i)
        source = actors(cand.source)
        target = (
            actors(cand.target)
            or _home_authorities(cand, ments)
            or _home_people(cand, ments)
            or _own_restriction_eased(cand, ments)
        )
        speaker = turn.attribution if turn is not None else None
        if not source and speaker is not None and speaker.code and _first_person(cand):
            # "we discussed this with President Macron" in Putin's turn: the speaker did it
            source = (EventActor(speaker.code, speaker.sector, speaker.text),)
            target = tuple(a for a in target if a.code != speaker.code)
        voice = speaker if speaker is not None else attribution
        if (
            not target
            and voice is not None
            and voice.code
            and voice.code not in {a.code for a in source}
            and _first_person_object(cand)
        ):
            # '"Russia has failed to protect us," Pashinyan said': the speaker's side is acted on
            target = (EventActor(voice.code, voice.sector, voice.text),)
        if _demanded_by(modality, voice, source, code) and owed(cand.modality_token or cand.trigger):
            # "According to Blinken, Israel must do more ...", "Zelensky said it was time for Germany to send
            # ...": a deed a party says another must do is that party's demand on it (the deed itself is
            # demanded, not asserted), as "X said Y must V" is (triggers.py)
            assert voice is not None and voice.code
            code = refine("demand", code, "100")
            target = source
            source = (EventActor(voice.code, voice.sector, voice.text),)
            modality = "asserted"
        return Event(
            event=cameo.plover_type(code) or "",
            cameo=code,
            goldstein=cameo.goldstein(code),
            quad_class=cameo.quad_class(code),
            source=source,
            target=target,
            modality=modality,
            attribution=attribution,
            date=date,
            date_precision=precision,
            evidence_start=sent.start_char,
            evidence_end=sent.end_char,
            trigger=" ".join(t.text for t in words),
            confidence=self._confidence(cand, ments, sent),
            reciprocal=cand.reciprocal,
        )

    def _confidence(self, cand: Candidate, ments: Mentions, sent: Span) -> float:
        # Specific lexicon entries, found actors with sure codes and short parse paths earn trust.
        value = 0.45 + 0.08 * min(cand.entry.specificity, 2)
        value += 0.2 if cand.source else -0.1
        value += 0.1 if cand.target else 0.0
        certainty = [ments.mentions[i].confidence for i in cand.source + cand.target]
        if certainty:
            value *= 0.6 + 0.4 * min(certainty)
        value -= 0.04 * max(0, steps_to(cand.trigger, sent.root) - 1)
        # Readings from the dictionary or inferred by the loader, and frames whose deed is unknown, are
        # less sure than the project's own entries.
        value -= 0.1 if cand.entry.derived or cand.entry.implied else 0.0
        value *= 0.6 if cand.fallback else 1.0
        return round(min(0.97, max(0.05, value)), 3)


def _event_actors(indices: list[int], ments: Mentions) -> tuple[EventActor, ...]:
    """One actor per code: "Putin's Russia" is one actor, the sector the most specific mention gives."""
    by_code: dict[str, EventActor] = {}
    for i in indices:
        m = ments.mentions[i]
        known = by_code.get(m.code)
        if known is None or (known.sector is None and m.sector is not None):
            by_code[m.code] = EventActor(m.code, m.sector, m.text)
    return tuple(by_code.values())


def _state_source(cand: Candidate, doc: Doc, ments: Mentions, alliances: bool = False) -> bool:
    """True when every doer is a state: a country named alone ("Iran", not "Iranians") or an organ of one;
    with `alliances`, an organisation of states too ("NATO")."""
    if not cand.source:
        return False
    for i in cand.source:
        mention = ments.mentions[i]
        if alliances and mention.sector is None and mention.code.startswith("IGO-"):
            continue
        if mention.sector is not None:
            if mention.sector not in state_sectors():
                return False
        elif doc[ments.heads[i]].ent_type_ != "GPE":
            return False
    return True


def _home_authorities(cand: Candidate, ments: Mentions) -> tuple[EventActor, ...]:
    """The implied target of a protest by a country's people that names none: that country's government
    ("Thousands of Chileans marched in Santiago")."""
    if cand.target or cand.reciprocal or not cand.source:
        return ()
    kind = cameo.plover_type(cand.code) or ""
    code = _country_of(cand, ments)  # (an organisation or a group has no home government)
    sectors = {a.sector for a in _event_actors(cand.source, ments)}
    if code is None or sectors & state_sectors():
        return ()
    if kind in protests_at_home_types() or (kind in contention_at_home_types() and None not in sectors):
        # (a country named alone is its state: "Russia demanded ..." is no demand on itself)
        return (EventActor(code, "GOV", ""),)
    return ()


# Prepositions naming whom a deed is aimed at ("fired on protesters", "cracked down against dissidents").
_AT_PREPS = frozenset({"on", "at", "against", "upon"})


def _first_person_object(cand: Candidate) -> bool:
    """True when a deed acts on the speaker's side in the first person: "us", "me", or "our"/"my" on its
    object or in its phrases ("failed to protect us", "attacked our positions", "on our territory")."""
    words = role_words().first_person_objects
    owners = role_words().first_person_owners
    for word in cand.words:
        for child in word.children:
            things = [child] if child.dep_ in ("dobj", "dative") else []
            if child.dep_ == "prep":
                things = [p for p in child.children if p.dep_ == "pobj"]
            for thing in things:
                if thing.lower_ in words or any(
                    c.dep_ == "poss" and c.lower_ in owners for c in thing.children
                ):
                    return True
    return False


def _first_person(cand: Candidate) -> bool:
    """True when the speaker is the doer: a first-person subject of the trigger ("we discussed") or of the
    verb lending it ("we held talks"), or a first-person possessor of a noun trigger ("our talks")."""
    first = coder_words().first_person
    for word in cand.words:
        for child in word.children:
            if child.dep_ in ("nsubj", "poss") and child.lower_ in first:
                return True
            if child.dep_ == "nsubjpass" and any(
                g.dep_ == "poss" and g.lower_ in first for g in child.children
            ):
                return True  # "our talks were held in a business-like atmosphere"
    return False


def _help_by_deed(cand: Candidate) -> bool:
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


def _listed_doers_apart(cands: list[Candidate]) -> None:
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


def _mediators_apart(cands: list[Candidate]) -> None:
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


def _bought_participle(cand: Candidate) -> bool:
    """A deed of exchange named by a participle on a noun with a "from" phrase ("drones [bought] from Iran")."""
    trigger = cand.trigger
    return (
        cand.code[:2] == "06"
        and trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children)
    )


def _sellers_apart(cands: list[Candidate]) -> None:
    """ "Russia used drones bought from Iran against Ukrainian cities": the seller named by a participle on
    what a deed is done with is no target of that deed."""
    for bought in cands:
        trigger = bought.trigger
        if not _bought_participle(bought) or not bought.target:
            continue
        for cand in cands:
            if cand is not bought and trigger.head.i in {t.i for t in cand.trigger.subtree}:
                cand.target = [i for i in cand.target if i not in bought.target]


def _joint_thing_acted_on(cand: Candidate, ments: Mentions) -> bool:
    """True when a verb's own reading acts on a thing its parties share ("the meeting between Putin and Biden
    was cancelled", "called off the talks between X and Y"): the parties named with "between" under its
    object are whose the thing is, not who acted on it."""
    verb = cand.trigger
    if verb.pos_ != "VERB":
        return False
    words = {t.i for t in cand.words}
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in words]
    under = {i for c in things for t in c.subtree for i in ments.at(t)}
    return bool(under) and set(cand.target) <= under


def _left_after_deed(
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


def _elided_phrases(cands: list[Candidate]) -> None:
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


def _coordinated_past(verb: Token, other: Token) -> bool:
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


def _adjunct_past(cand: Candidate) -> bool:
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
        and _past_tense(verb)
        and bool(cameo.plover_type(cand.code))
    )


def _demanded_by(modality: str, voice: Attribution | None, source: tuple[EventActor, ...], code: str) -> bool:
    """True for a deed said to be owed ("must", "should", "it is time for ...") by another party than the
    speaker it is attributed to: the speaker's demand."""
    return (
        modality == "normative"
        and voice is not None
        and voice.kind == "speaker"
        and bool(voice.code)
        and bool(source)
        and voice.code not in {a.code for a in source}
        and code[:2] not in ("01", "02", "10")
        and bool(cameo.plover_type(code))
    )


def _conditions_its_threat(cand: Candidate) -> bool:
    """True for a threat made in the past whose only condition is the one it sets ("Russia warned Finland of
    consequences if it joined NATO", "threatened X with sanctions unless ..."): the condition holds the threatened
    deed open, not the threat, which was made."""
    verb = cand.trigger
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBD":
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and subordinators(c) & coder_words().condition_marks for c in verb.children)


def _main_beside_subordinate(cand: Candidate, chosen: list[Candidate]) -> bool:
    """True for the deed of the sentence's main verb (the root, or the root's light-verb noun) when every event
    kept so far comes from a subordinate clause or adjunct ("Russia, which invaded Ukraine in 2022, announced a
    partial mobilisation", "After the talks failed, Azerbaijan ordered a mobilisation"): a subordinate deed may
    stand beside the main clause's deed, never in its place."""
    tok = cand.trigger
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
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


def _relative_past(cand: Candidate) -> bool:
    """True for a deed stated in the past by a relative clause whose pronoun is its subject ("Iran, which
    threatened to close the strait in 2018, holds drills every year", "the court, which had issued a warrant
    for X, ..."): the clause asserts it beside the main deed, with or without a target, as a main clause or an
    adverbial clause would; one in the present or future ("which plans to ...") states nothing done."""
    verb = cand.trigger
    return relative_deed(verb) and _past_tense(verb) and bool(cameo.plover_type(cand.code))


def _contrasted(cand: Candidate, other: Candidate) -> bool:
    """True when `cand` is a deed done, joined to a kept deed that is denied or only planned ("Israel did not
    strike the oil fields but bombed the air defences", "refused to send X and sent Y instead"): the deed done
    is an event of its own, not lost in the other. (A deed only planned beside one done, "recalled its
    ambassador and will review the ties", adds nothing stated.)"""
    verb, first = cand.trigger, other.trigger
    if not (_joined(verb, first) or _joined(first, verb)):
        return False
    done = classify_modality(cand.modality_token or verb) == "asserted"
    return done and classify_modality(other.modality_token or first) != "asserted"


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


def _apart(first: list[int], second: list[int], ments: Mentions) -> bool:
    """True when two deeds are done to parties that are all different (each names at least one)."""
    codes = [{ments.mentions[i].code for i in targets} for targets in (first, second)]
    return bool(codes[0]) and bool(codes[1]) and not codes[0] & codes[1]


def _collective(verb: Token, ments: Mentions, organs: bool = False) -> tuple[Token, str] | None:
    """The subject of a verb that names an unnamed collective ("protesters", "thousands of people", "a crowd of
    students") with the sector it stands for, when it names no party of its own (data: `collective_sectors`,
    `collective_quantities`; with `organs`, also a state's organs: `organ_collectives`)."""
    words = role_words()
    sectors = dict(
        w.split(":") for w in words.collective_sectors | (words.organ_collectives if organs else frozenset())
    )
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        # (a party named where they are is no party of theirs: "gunmen at the Indian embassy"; one named whence
        # they come is: "rebels from Chad")
        if actors_under(subj, ments, skip=frozenset({"prep", "relcl", "acl"})) or any(
            actors_under(p, ments)
            for p in subj.children
            if p.dep_ == "prep" and p.lower_ not in words.located_preps | words.collective_quantities
        ):
            return None
        noun = subj
        for _ in range(3):
            if noun.lemma_.lower() in sectors and (
                noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in words.collective_singulars
            ):
                return noun, sectors[noun.lemma_.lower()]
            if noun.lower_ not in role_words().collective_quantities:
                break
            noun = next(
                (
                    p
                    for c in noun.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
                noun,
            )
    return None


def _located_only(cand: Candidate, ments: Mentions) -> bool:
    """True when every source of a verb's deed is named only in a phrase that places its unnamed subject at a
    party's building or ground ("Rebels inside the Japanese ambassador's residence held hostages", "Gunmen at
    the Indian embassy in Kabul killed ..."; data: `located_preps`): that party is where the doers were."""
    verb = cand.trigger
    if not cand.source or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or ments.at(subjects[0]):
        return False
    # (people, not a thing: "an explosion near Samarra" is the place's deed)
    words = role_words()
    people = {w.split(":")[0] for w in words.collective_sectors | words.organ_collectives}
    if subjects[0].lemma_.lower() not in people:
        return False
    placed = {
        t.i
        for prep in subjects[0].children
        if prep.dep_ == "prep" and prep.lower_ in words.located_preps
        for t in prep.subtree
    }
    # (a building of a party, named by its owner: "the Indian embassy", "the Japanese ambassador's residence")
    return bool(placed) and all(
        ments.heads[i] in placed and token_at(verb.doc, ments.heads[i]).pos_ == "NOUN" for i in cand.source
    )


def _titled_at_home(cand: Candidate, ments: Mentions) -> list[int]:
    """The object of a deed of repression (data: `repression_types`) by one country's organs that is a person
    the resolver cannot code, named with a title ("detained President Mohamed Bazoum"; data:
    `domestic_titles`): a mention of that country with the title's sector. Empty otherwise."""
    words = role_words()
    if (
        cameo.plover_type(cand.code) or ""
    ).lower() not in words.repression_types and not cand.code.startswith(tuple(words.release_codes)):
        return []  # (an arrest or a release: "freed the opposition leader Aung San Suu Kyi")
    code = _country_of(cand, ments)
    if code is None or not {ments.mentions[i].sector for i in cand.source} <= state_sectors() | {None}:
        return []
    titles = dict(w.split(":") for w in words.domestic_titles)
    verb = cand.trigger
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")):
        if actors_under(obj, ments):
            continue
        # ("President Mohamed Bazoum"; "the president", "the prime minister": a title alone, of the same country)
        title = (
            obj
            if obj.pos_ == "NOUN" and obj.lower_ in titles
            else next((t for t in obj.lefts if t.lower_ in titles), None)
        )
        if title is None:
            continue
        return [
            ments.add(
                ActorMention(
                    start=title.idx,
                    end=obj.idx + len(obj.text),
                    text=verb.doc[title.i : obj.i + 1].text,
                    code=code,
                    sector=(
                        "OPP"
                        if any(t.lower_ in words.opposition_words for t in verb.doc[obj.left_edge.i : obj.i])
                        else titles[title.lower_].upper()
                    ),
                    kb_id=None,
                    why=f"titled person of the country of the organs acting on them ({code})",
                    role="actor",
                ),
                obj.i,
            )
        ]
    return []


def _collective_at_home(cand: Candidate, sent: Span, ments: Mentions) -> None:
    """Give a deed whose doer is an unnamed domestic collective that collective as its source, coded with the
    country of the place where the deed is done ("Students rallied across Serbia": SRB EDU; "Gunmen attacked a
    concert hall near Moscow": RUS REB -> RUS); the place is the target of a deed of force only (data:
    clauses.json `place_target_types`), not of a protest, which the home government then receives (see
    `_home_authorities`). The place is a party or a place mention in a phrase of the deed
    (data: `collective_place_preps`); nothing changes when there is none or several countries."""
    verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else None
    repression = (cameo.plover_type(cand.code) or "").lower() in role_words().repression_types
    doer = verb
    if (
        verb is not None
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        doer = verb.head  # ("soldiers stormed the palace and detained the president": the subject of both)
    found = _collective(doer, ments, organs=repression) if doer is not None else None
    if verb is None or doer is None or found is None or ments.doc is None:
        return
    noun, sector = found
    preps = role_words().collective_place_preps
    # (the phrases of the verb, of its object and of the collective itself: "protesters in Tbilisi"; not a
    # place inside what they protest against: "rallied in London against the war in Ukraine")
    holders = {verb.i, noun.i, *(c.i for c in verb.children if c.dep_ in ("dobj", "nsubj", "attr"))}
    # ("went on strike across France": the deed's own noun, in a phrase of the verb)
    holders |= {w.i for w in cand.words} | {
        p.i
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    }
    places: dict[str, int | None] = {}
    holders.add(doer.i)
    # ("rebels inside the ambassador's residence in Lima": the place of the building they are at)
    holders |= {
        p.i
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in role_words().located_preps
        for p in prep.children
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    }
    for prep in (p for h in holders for p in verb.doc[h].children if p.dep_ == "prep" and p.lower_ in preps):
        for tok in prep.subtree:
            if tok.head.i != prep.i and tok.dep_ not in ("compound", "conj", "appos", "amod"):
                continue
            # (a building of a party is where they are, not a place of a country: "at the Indian embassy")
            for i in ments.at(tok):
                if token_at(verb.doc, ments.heads[i]).pos_ != "NOUN":
                    places.setdefault(ments.mentions[i].code, i)
            for m in ments.places.get(tok.i, []):
                places.setdefault(m.code, None)
    if not places and repression:
        # ("soldiers detained the prime minister of Sudan": an arrest is done at home, by the country of the
        # one arrested)
        for i in cand.target:
            places.setdefault(ments.mentions[i].code, None)
    if len(places) != 1:
        return
    ((code, place),) = places.items()
    if len(code) != 3 or not code.isalpha():
        return  # (an organisation's or a group's place names no country)
    mention = ActorMention(
        start=noun.idx,
        end=noun.idx + len(noun.text),
        text=noun.text,
        code=code,
        sector=sector.upper(),
        kb_id=None,
        why=f"unnamed collective '{noun.text}' of the place of its deed ({code})",
        role="actor",
    )
    cand.source = [ments.add(mention, noun.i)]
    if (
        place is not None
        and (cameo.plover_type(cand.code) or "").lower() not in clause_words().place_target_types
    ):
        # (a deed of force done there hits the place's people; a protest or a gathering there is only where)
        cand.target = [i for i in cand.target if i != place]


def _unnamed_crowd(verb: Token, ments: Mentions) -> bool:
    """True when the verb's subject is a noun naming people of no named country ("thousands of people")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.pos_ == "NOUN" and not actors_under(s, ments) for s in subjects)


def _country_of(cand: Candidate, ments: Mentions) -> str | None:
    """The one country code of a candidate's source (None for several, for organisations and groups)."""
    codes = {ments.mentions[i].code for i in cand.source}
    if len(codes) != 1:
        return None
    (code,) = codes
    return code if len(code) == 3 and code.isalpha() and code.isupper() else None


def _own_restriction_eased(cand: Candidate, ments: Mentions) -> tuple[EventActor, ...]:
    """The implied target of a concession that eases a restriction the doer keeps on its own country ("Saudi
    Arabia lifted its ban on cinemas", "Ethiopia lifted its state of emergency"; data:
    `own_restriction_nouns`): the doer's own country. Only a state's concession (event_rules
    `self_event_types`), only with its own possessive on the restriction."""
    if cand.target or cand.reciprocal or cameo.plover_type(cand.code) != "CONCEDE":
        return ()
    code = _country_of(cand, ments)
    if code is None or len(code) != 3 or not code.isalpha():
        return ()
    for word in cand.words:
        for obj in (c for c in word.children if c.dep_ in ("dobj", "nsubjpass")):
            # ("its ban", "its travel restrictions", "its state of emergency")
            named = [obj, *(c for c in obj.children if c.dep_ == "compound")]
            named += [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
            restriction = any(n.lemma_.lower() in role_words().own_restriction_nouns for n in named)
            own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children)
            if restriction and own:
                return (EventActor(code, None, obj.text),)
    return ()


def _home_people(cand: Candidate, ments: Mentions) -> tuple[EventActor, ...]:
    """The implied target of a deed done to a country's own people named with no nationality ("police
    detained hundreds of demonstrators", "released political prisoners"): the doer's country, its people."""
    if cand.target or cand.reciprocal:
        return ()
    code = _country_of(cand, ments)
    if code is None:
        return ()
    for word in cand.words:
        holders = [word, *(c for c in word.children if c.dep_ in ("advcl", "xcomp") and infinitive(c))]
        for holder in holders:
            objects = [c for c in holder.children if c.dep_ in ("dobj", "nsubjpass")]
            # "fired at demonstrators", "opened fire on protesters", "fired tear gas at them"
            patients = objects + [
                p
                for head in (holder, *objects)
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in _AT_PREPS | {"with"}
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            # "thousands of demonstrators", "a group of activists"
            patients += [
                p for n in objects for prep in n.children if prep.lower_ == "of" for p in prep.children
            ]
            for noun in patients:
                if actors_under(noun, ments):
                    continue
                sector = _home_sector(noun.lemma_.lower(), cand, ments)
                if sector is not None:
                    return (EventActor(code, sector, noun.text),)
    return ()


def _home_sector(lemma: str, cand: Candidate, ments: Mentions) -> str | None:
    """The sector of the doer's own country that an unnamed noun stands for: its people ("demonstrators"),
    and, for a deed of its people, its police or its government ("clashed with police")."""
    if lemma in coder_words().home_people:
        return "CVL"
    if any(a.sector in state_sectors() for a in _event_actors(cand.source, ments)):
        return None  # ("Russian troops fought the police" names no home police)
    if lemma in coder_words().home_police:
        return "COP"
    if lemma in coder_words().home_government:
        return "GOV"
    return None


def _identity(indices: list[int], ments: Mentions) -> set[tuple[str, str | None]]:
    """The actors of some mentions as (code, sector): "Israel" and "its" are one, "Iraq" and "Iraqi
    rebels" two."""
    return {(a.code, a.sector) for a in _event_actors(indices, ments)}


def _place_target(cand: Candidate, ments: Mentions) -> list[int]:
    """ "Turkey's incursions into northern Syria", "the Russian offensive in Ukraine": a deed of force done
    into or in a country that the resolver read as a mere place is done to that country, when the deed
    names no other target and the country is not the doer's own (data: `place_target_types`,
    `place_target_preps` of clauses.json)."""
    if (
        cameo.plover_type(cand.code) or ""
    ).lower() not in clause_words().place_target_types or ments.doc is None:
        return []
    if any(unknown_person_object(w, cand.code, ments) for w in cand.words):
        return []  # ("killed X inside the consulate in Istanbul": the place is not whose X was)
    own = {ments.mentions[i].code for i in cand.source}
    inside = conflict_words().inside_preps
    reach = clause_words().place_target_preps | inside
    # (also the phrases of its objects and of a participle on a noun: "hit power plants inside X",
    # "shelling hitting positions inside X"; a country named there as a party counts as well)
    words = {t.i for t in cand.words}
    for word in force_ground(cand.words):
        for prep in word.children:
            # (on an object or participle, only "inside X" says whose ground: "positions in X" may be
            # where the positions stand)
            if prep.dep_ != "prep" or prep.lower_ not in (reach if word.i in words else inside):
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for tok in pobj.subtree:
                    parties = [i for i in ments.at(tok) if ments.mentions[i].code not in own]
                    if parties and prep.lower_ in conflict_words().inside_preps:
                        return parties
                    places = [m for m in ments.places.get(tok.i, []) if m.code and m.code not in own]
                    if places:
                        return [ments.add(places[0], tok.i)]
    return []


def _handed_to(cand: Candidate, ments: Mentions) -> list[int] | None:
    """The parties a person is handed, extradited or surrendered to: the "to" phrase of the verb (or of its
    particle), its own phrases left out ("to a Scottish court [in the Netherlands]"); None with no such phrase."""
    own = {ments.mentions[i].code for i in cand.source}
    # (a frame's deed carries the phrase: "refused to hand over X [to Y]")
    words = [w for w in cand.words if w.pos_ == "VERB"] or [cand.trigger]
    heads = [*words, *(c for w in words for c in w.children if c.dep_ == "prt")]
    for head in heads:
        for prep in head.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                found = [
                    i
                    for p in prep.children
                    if p.dep_ == "pobj"
                    for i in actors_under(p, ments, skip=frozenset({"relcl", "prep"}))
                ]
                return [i for i in found if ments.mentions[i].code not in own]
    return None


def _unnamed_doers_deed(cand: Candidate, sent: Span) -> bool:
    """ "Nathuram Godse shot Mahatma Gandhi in New Delhi", "a lone gunman assassinated ...": a clear deed of force
    (a hand reading of roots 17-20) stated by the sentence's main verb with a doer named in the text, whom the
    resolver could not code (a person outside its packs, "a gunman"), is kept with no parties rather than dropped
    (data: clauses.json `unnamed_doer_roots`)."""
    tok = cand.trigger
    if (
        tok.i != sent.root.i
        or tok.pos_ != "VERB"
        or cand.entry.derived
        or cand.entry.implied
        or cand.fallback
    ):
        return False
    if cand.code[:2] not in clause_words().unnamed_doer_roots:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)


def _main_clause_first(alive: list[Candidate]) -> None:
    """ "Azerbaijan ordered a general mobilisation after Armenian forces crossed into its territory": a deed of an
    adverbial clause ("after", "when", "as", "before", a purpose) may be kept beside the main clause's deed, but
    never in its place: when the best-scored candidate stands in such a clause and the main clause has a sure
    reading of its own (a hand entry, with a doer), that one goes first (in place)."""
    if not alive or not _in_adverbial(alive[0].trigger):
        return
    for index, cand in enumerate(alive):
        if (
            not _in_adverbial(cand.trigger)
            and cand.source
            and not (cand.entry.derived or cand.entry.implied or cand.fallback)
        ):
            alive.insert(0, alive.pop(index))
            return


def _in_adverbial(tok: Token) -> bool:
    """The word stands in an adverbial clause (its own or one above it) rather than in the main clause."""
    for _ in range(12):
        if tok.dep_ == "advcl":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _moved_home(cand: Candidate, ments: Mentions) -> bool:
    """Forces moved by a verb of movement into a place of their own country ("Chinese troops marched into
    Beijing"): the place named after the verb (its object or a phrase) is the source's one country."""
    if cand.trigger.lemma_.lower() not in conflict_words().home_deployment_verbs:
        return False
    own = _country_of(cand, ments)
    if own is None:
        return False
    nouns = [c for c in cand.trigger.children if c.dep_ == "dobj"]
    nouns += [p for c in cand.trigger.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    for noun in nouns:
        codes = {ments.mentions[i].code for i in ments.at(noun)}
        codes |= {m.code for m in ments.places.get(noun.i, []) if m.code}
        if own in codes:
            return True
    return False


def _referred_party(cand: Candidate, ments: Mentions) -> list[int]:
    """ "'We will not allow anyone to threaten our borders,' Aliyev said, referring to Iran": a party a
    speaker's words are said to refer to is the target of what they say when it names none. The participle
    hangs on the reporting verb or inside the words reported (data: `referring_verbs`)."""
    clause: set[int] = set()
    tok = cand.trigger
    for _ in range(4):  # the deed and the verbs that report it
        clause.add(tok.i)
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj"):
            break
        tok = tok.head
    stack = list(cand.words)
    while stack:  # the clauses the deed's words govern
        word = stack.pop()
        clause.add(word.i)
        stack.extend(c for c in word.children if c.dep_ in ("ccomp", "xcomp"))
    for head in sorted(clause):
        for part in token_at(cand.trigger.doc, head).children:
            if part.dep_ == "advcl" and part.lemma_.lower() in role_words().referring_verbs:
                found = [i for i in prep_actors(part, ("to",), ments) if i not in cand.source]
                if found:
                    return found
    return []


def _received(cand: Candidate, ments: Mentions) -> tuple[list[int], list[int]] | None:
    """The giver and the receiver of a deed read from a verb of receiving ("Azerbaijan received drones from
    Turkey and Israel", "Ukraine obtained jets from Denmark"): the party in
    the "from" phrase or named on the goods gave or called (the source), the subject received (the target)
    (data: `receiving_verbs`, `received_codes`)."""
    verb = cand.trigger
    if verb.pos_ not in ("VERB", "AUX") or not cand.code.startswith(tuple(role_words().received_codes)):
        return None
    if not any(lemma in role_words().receiving_verbs for lemma in lemma_forms(verb)):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # ("weapons were received from X": the roles are read as they stand)
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    givers = [i for h in holders for i in prep_actors(h, ("from",), ments) if i not in cand.source]
    # ("received Russian weapons": the party the roles read on the goods gave them)
    givers = givers or [i for i in cand.target if i not in cand.source]
    receivers = cand.source
    return givers, [i for i in receivers if i not in givers]


def _partners_beside_target(cand: Candidate, ments: Mentions) -> list[int]:
    """The parties of a "with" phrase of a deed done to another party named in the same clause ("launched
    air strikes on Libya with France", "sent aid to Syria with Iran"): partners in the deed, not its targets
    (data: `partner_types`). Alone ("clashed with X") the "with" party stays the target."""
    if not cand.source or len(cand.target) < 2:
        return []
    if (cameo.plover_type(cand.code) or "").lower() not in role_words().partner_types:
        return []
    # (on the deed or on its object: "launched air strikes on Libya with France")
    holders = [*cand.words, *(o for w in cand.words for o in w.children if o.dep_ == "dobj")]
    within = {
        i
        for word in holders
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for t in prep.subtree
        for i in ments.at(t)
    }
    partners = [i for i in cand.target if i in within]
    return partners if len(partners) < len(cand.target) else []


def _people_travelling(cand: Candidate, ments: Mentions) -> bool:
    """True for a visit (data: `travel_codes`) whose every doer is a people, not those who speak for a state:
    a group the resolver gives a sector of people (`people_sectors`: refugees, civilians) or a plural
    demonym with no sector ("Armenians")."""
    if cand.code not in role_words().travel_codes or not cand.source or ments.doc is None:
        return False
    for i in cand.source:
        mention = ments.mentions[i]
        if (mention.sector or "").lower() in role_words().people_sectors:
            continue
        head = ments.doc[ments.heads[i]]
        if mention.sector is None and head.tag_ in ("NNS", "NNPS") and mention.kb_id == mention.code:
            continue
        return False
    return True


def _place_party(cand: Candidate, ments: Mentions) -> list[int]:
    """ "Azerbaijan's threats toward Armenia", "the American withdrawal from Afghanistan": a country the
    resolver read as a mere place, named in a phrase that says where a deed is aimed (any deed) or what it
    leaves (a retreat), is the deed's target when the deed names no other and it is not the doer's own
    (data: `aimed_preps`, `left_place_types` of roles.json)."""
    if ments.doc is None:
        return []
    preps = set(role_words().aimed_preps)
    if (cameo.plover_type(cand.code) or "").lower() in role_words().left_place_types:
        preps.add("from")
    if cand.code in role_words().protection_codes and _on_a_side(cand):
        # "Cuba's intervention in Angola in support of the MPLA government": the country it is done in
        preps.add("in")
    own = {ments.mentions[i].code for i in cand.source}
    for word in cand.words:
        for prep in word.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for tok in pobj.subtree:
                    places = [m for m in ments.places.get(tok.i, []) if m.code and m.code not in own]
                    if places:
                        return [ments.add(places[0], tok.i)]
    return []


def _pair_before(
    cand: Candidate, before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]], ments: Mentions
) -> list[int]:
    """The two parties of the sentence before, for a joint deed (a reading marked reciprocal) whose subject is
    a bare "they" that names no one ("Russia invaded Georgia in 2008. They signed a ceasefire"): one mention of
    each, when that sentence names exactly two parties. Empty otherwise."""
    if cand.source or not cand.entry.reciprocal or not before or ments.doc is None:
        return []
    verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
    if not any(
        c.dep_ == "nsubj" and c.lower_ in role_words().pair_subject_pronouns and not ments.at(c)
        for c in verb.children
    ):
        return []
    sent = before[-1][0]
    first: dict[str, int] = {}
    for index, head in enumerate(ments.heads):
        if sent.start <= head < sent.end:
            first.setdefault(ments.mentions[index].code, index)
    return list(first.values()) if len(first) == 2 else []


def _gapped_doers(cand: Candidate, ments: Mentions) -> list[Candidate]:
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
    taken = ments.codes(cand.source) | ments.codes(cand.target)
    found: list[Candidate] = []
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
        found.append(
            Candidate(
                remnant,
                cand.entry,
                cand.code,
                [remnant],
                source,
                target,
                modality_token=cand.modality_token or verb,
            )
        )
    return found


def _doer_before(
    cand: Candidate,
    before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]],
    ments: Mentions,
    roles: Roles,
    lexicon: Lexicon,
) -> tuple[list[int], list[int]]:
    """The doer (and, where it names none, the target) of an agentless passive deed with no party of its own,
    told in the sentence before: the same deed with its doer ("Armenia agreed to hand over three districts.
    The first was handed over on 20 November"), or, for a deed that gives back what was held (data:
    `held_return_types`), the one who seized or held what the passive's subject points back at ("China
    detained two Canadians in 2018. The two men were freed in 2021": CHN -> CAN). One party only, never the
    deed's own target; a joint deed stays the pair's (see `_pair_before`)."""
    verb = cand.trigger
    if (
        cand.source
        or cand.entry.reciprocal
        or not before
        or ments.doc is None
        or verb.pos_ not in ("VERB", "AUX")
    ):
        return [], []
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or any(
        c.dep_ == "agent" for c in verb.children
    ):
        return [], []
    kind = cameo.plover_type(cand.code) or ""
    sent = before[-1][0]
    done_to = ments.codes(cand.target)

    def one(found: list[int]) -> list[int]:
        codes = ments.codes(found)
        return found if len(codes) == 1 and not codes & done_to else []

    for tok in sent:
        # the same deed, told before with its doer
        # (by a hand reading of the word: the dictionary's readings are too many to say one deed is told again)
        if tok.pos_ != "VERB" or not any(
            not e.derived and e.code[:3] == cand.code[:3] and cameo.plover_type(e.code) == kind
            for e in lexicon.lookup("V", tok.lemma_.lower())
        ):
            continue
        if classify_modality(tok) in ("negated", "hypothetical"):
            # ("Azerbaijan denied blocking the road": a deed denied or only supposed is no doer's told deed; one
            # agreed or promised is: "Armenia agreed to hand over three districts. Aghdam was returned ...")
            continue
        found = one(roles.subject(tok, ments))
        if found:
            return found, []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or kind.lower() not in role_words().held_return_types or ments.at(subject):
        return [], []
    if subject.lower_ in role_words().anaphor_quantifiers:
        # "some of them", "dozens of the hostages": what the part is of
        subject = next(
            (
                p
                for c in subject.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            subject,
        )
    pronoun = subject.lower_ in role_words().back_pronouns
    definite = any(
        c.dep_ == "det" and c.lower_ in role_words().definite_determiners for c in subject.children
    )
    if not (pronoun or definite):
        return [], []
    number = {c.lower_ for c in subject.children if c.dep_ == "nummod"}
    for thing in sent:
        if thing.dep_ not in ("dobj", "nsubjpass") or thing.pos_ not in ("NOUN", "PROPN"):
            continue
        same = thing.lemma_.lower() == subject.lemma_.lower()
        counted = bool(number) and number == {c.lower_ for c in thing.children if c.dep_ == "nummod"}
        if not (pronoun or same or counted):
            continue
        holder = one(roles.subject(thing.head, ments))
        if holder:
            held = [i for i in actors_under(thing, ments) if i not in holder]
            return holder, held if not cand.target else []
    return [], []


def _group_before(
    cand: Candidate, before: Sequence[tuple[Span, Sequence[tuple[Candidate, Event]]]], ments: Mentions
) -> list[int]:
    """The parties a definite plural subject that names no one stands for ("Putin, Erdogan and Rouhani met in
    Ankara. The three leaders agreed to ...", "Serbia and Kosovo held talks. The sides agreed on a plan"): the
    parties of the last deed done together (or of the last deed between two parties) in the sentence before, or
    failing that every party that sentence names, when their number is the one the subject gives ("two",
    "both", "three"; data: `group_anaphor_nouns`, `group_numbers`). Empty otherwise."""
    if cand.source or not before or ments.doc is None:
        return []
    verb = cand.trigger if cand.trigger.pos_ in ("VERB", "AUX") else cand.trigger.head
    words = role_words()
    subject = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in words.group_anaphor_nouns and not ments.at(c)
        ),
        None,
    )
    if subject is None or any(ments.at(t) for t in subject.subtree):
        return []
    counts = dict(w.split(":") for w in words.group_numbers)
    marks = [c.lower_ for c in subject.children if c.dep_ in ("nummod", "det", "predet")]
    number = next((int(counts[m]) for m in marks if m in counts), None)
    if number is None and "the" not in marks:
        return []  # ("sides said", "many governments"): no definite group
    sent, kept = before[-1]

    states = subject.lower_ in words.group_state_nouns

    def distinct(indices: list[int]) -> list[int]:
        first: dict[str, int] = {}
        for i in indices:
            code = ments.mentions[i].code
            if not states or (len(code) == 3 and code.isalpha() and code.isupper()):
                first.setdefault(code, i)
        return list(first.values())

    for done, _ in reversed(kept):
        # (a deed done together is its doers'; a deed between two is its doer's and its target's)
        together = done.reciprocal or len(ments.codes(done.source)) > 1
        group = distinct(list(done.source) if together else [*done.source, *done.target])
        if (together or len(group) == 2) and (len(group) == number or (number is None and len(group) > 1)):
            return group
    if number is None:
        return []
    named = distinct([i for i, head in enumerate(ments.heads) if sent.start <= head < sent.end])
    return named if len(named) == number else []


def _on_a_side(cand: Candidate) -> bool:
    """True when a deed's words have a phrase saying on whose side it is done ("in support of", "on behalf
    of") (data: `support_nouns`)."""
    return any(
        pobj.dep_ == "pobj" and pobj.lemma_.lower() in role_words().support_nouns
        for word in cand.words
        for prep in word.children
        if prep.dep_ == "prep"
        for pobj in prep.children
    )


def _between(tok: Token) -> bool:
    """True when a mention stands in a "between" phrase ("between Armenia and Azerbaijan"), not one that
    places a way ("the road between Karabakh and Armenia")."""
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ == "between":
            return not through_route(tok.head)
        if tok.dep_ not in ("conj", "compound", "amod", "appos"):
            return False
        tok = tok.head
    return False


def _others_its(cand: Candidate, ments: Mentions) -> list[int]:
    """ "Israel's inability to stop Hamas's rocket attacks on its cities": an "its"/"their" the resolver
    left open (or read as the doer), on what a deed of force is aimed at, is not the doer's (no one attacks its
    own cities) but the nearest other owner or subject named before it (data: `place_target_types`, the deeds
    of force)."""
    if (cameo.plover_type(cand.code) or "").lower() not in clause_words().place_target_types:
        return []
    trigger = cand.trigger
    aimed = object_children(trigger) + [
        p
        for prep in noun_phrases(trigger)
        if prep.dep_ == "prep" and prep.lower_ in clause_words().place_target_preps | _AT_PREPS
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    doers = {ments.mentions[i].code for i in cand.source}
    # (left open by the resolver, or read as the doer itself: "Kyiv failed to stop Russia's strikes on its
    # power grid")
    pronoun = next(
        (
            g
            for o in aimed
            for g in o.children
            if g.dep_ == "poss"
            and g.lower_ in role_words().owner_possessives
            and all(ments.mentions[i].code in doers for i in ments.at(g))
        ),
        None,
    )
    if pronoun is None:
        return []
    for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
        if tok.dep_ in ("poss", "nsubj"):
            found = [i for i in actors_under(tok, ments) if ments.mentions[i].code not in doers]
            if found:
                return found
    return []


def _sufferer(cand: Candidate, ments: Mentions) -> list[int]:
    """ "Hezbollah, which was weakened during Israel's offensive", "Armenian positions were shelled in
    Azerbaijan's attack": a deed of force named in an adjunct of a passive verb is done to that verb's
    subject (data: `place_target_types`, the deeds of force)."""
    noun = cand.trigger
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or ments.doc is None:
        return []
    if (cameo.plover_type(cand.code) or "").lower() not in clause_words().place_target_types:
        return []
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in clause_words().adjunct_preps | {"in", "by"} or verb.pos_ not in ("VERB", "AUX"):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    found: list[int] = []
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if subj.lower_ in coder_words().relative and verb.dep_ == "relcl":
            found = actors_under(verb.head, ments, skip=frozenset({"relcl", "prep", "acl"}))
        else:
            found = actors_under(subj, ments)
    return [i for i in found if i not in cand.source]


def _mediated_parties(cand: Candidate, ments: Mentions) -> list[int]:
    """ "The ceasefire brokered by Russia was signed by Armenia and Azerbaijan", "the statement, brokered
    by Moscow, ended the war between Armenia and Azerbaijan": a mediation that names no party is between
    the parties of what it brokered (who signed it, or the "between" phrase of the sentence) (data:
    `mediation_codes`)."""
    if cand.code not in clause_words().mediation_codes or ments.doc is None:
        return []
    trigger = cand.trigger
    found: list[int] = []
    thing = trigger.head
    if trigger.dep_ == "acl":
        # who signed, accepted or ended what was brokered
        verb = thing.head
        if thing.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head  # "Putin and Zelensky spoke in a call arranged by Erdogan": who spoke
        if thing.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and verb.pos_ in ("VERB", "AUX"):
            doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent") and c.i != thing.i]
            found = [i for c in doers for i in actors_under(c, ments)]
        if not found:
            # "the deal brokered by Turkey that allowed Ukraine to export grain": whom the brokered thing
            # acts on or brings together, in its relative clause
            found = [
                i
                for clause in thing.children
                if clause.dep_ == "relcl"
                for c in clause.children
                if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")
                for i in actors_under(c, ments)
            ]
    elif trigger.dep_ == "nsubj" and thing.lemma_.lower() in role_words().mediation_verbs:
        # "Algeria's mediation allowed Iran and the United States to conclude the accords", "Qatar's mediation helped
        # the two sides agree": whom the mediation let act (the subject of the verb's clause, or its object)
        found = [
            i
            for c in thing.children
            if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")
            for subj in ([c] if c.dep_ in ("dobj", "dative") else _clause_subjects(c))
            for i in actors_under(subj, ments)
        ]
    if not found:
        found = [
            i
            for tok in trigger.sent
            if tok.dep_ == "prep" and tok.lower_ == "between"
            for i in pobj_actors(tok, ments)
        ]
    return [i for i in found if i not in cand.source]


def _clause_subjects(clause: Token) -> list[Token]:
    """The subjects of a clause ("[Israel and the PLO] to reach ..."); a bare infinitive's subject may be a
    compound the parser hung on the verb ("helped Israel reach")."""
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] or [
        c for c in clause.children if c.dep_ == "compound" and c.i < clause.i
    ]


def _people_of_region(target: int, cand: Candidate, doc: Doc, ments: Mentions) -> int:
    """A region of a state named as where unnamed people acted on come from ("detained hundreds of monks from
    Tibet", "deported thousands of people from Chechnya"; data: `origin_preps`) stands for those people: a
    mention of the region's state with the people's sector (CVL unless the noun says otherwise). Any other
    target is returned as it is."""
    mention = ments.mentions[target]
    if not (mention.kb_id or "").startswith("place-"):
        return target
    head = doc[ments.heads[target]]
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in role_words().origin_preps or prep.dep_ != "prep":
        return target
    people = prep.head
    if people.tag_ != "NNS" or actors_under(people, ments, skip=frozenset({"prep"})):
        return target  # (people are many: "monks from Tibet", not "the coast south of Tyre")
    words = {t.i for t in cand.words}
    # (the people are the deed's object, or what a number of its object counts: "hundreds of monks")
    holder = people.head.head if people.dep_ == "pobj" and people.head.lower_ == "of" else people
    if not (holder.dep_ in ("dobj", "nsubjpass") and holder.head.i in words):
        return target
    sector = _home_sector(people.lemma_.lower(), cand, ments) or "CVL"
    return ments.add(
        ActorMention(
            start=people.idx,
            end=people.idx + len(people.text),
            text=people.text,
            code=mention.code,
            sector=sector,
            kb_id=None,
            why=f"people of the region '{mention.text}' of {mention.code}",
            role="actor",
        ),
        people.i,
    )


def _own_ground(target: int, cand: Candidate, doc: Doc, ments: Mentions) -> bool:
    """True when a target is the doer's own country named in a phrase, not as the one acted on: "Baku aims
    at a corridor between Azerbaijan and Nakhichevan", "the Kremlin failed to protect its interests around
    Russia", "Russian troops withdrew to Russia". A country and its state organs are one actor there; as
    the direct object of the deed ("promised to democratize Serbia"; not of a participle qualifying a noun:
    "a route linking Azerbaijan with Nakhichevan") or the place of the deed ("a curfew in Algiers") it stays a domestic
    target."""
    mention = ments.mentions[target]
    if mention.sector not in (None, "GOV"):
        return False
    head = doc[ments.heads[target]]
    # (the object of a verb of the deed's own clauses, not of a participle qualifying a noun)
    governor = head.head
    acted_on = head.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd") and (
        governor.i in {t.i for t in cand.words} or governor.dep_ not in ("acl", "relcl")
    )
    if acted_on or place_phrase(head):
        return False  # ("threatened a curfew in Algiers": where its people live, a domestic target)
    source = cand.source
    return any(
        ments.mentions[i].code == mention.code
        and (ments.mentions[i].sector is None or ments.mentions[i].sector in state_sectors())
        for i in source
    )


def _split_at(sent: Span, starts: set[int]) -> list[Span]:
    """A sentence cut where a speaker label starts a new turn: the parser may run a question and the
    answer under the next label into one sentence."""
    if not starts:
        return [sent]  # (no labels: most texts are no transcripts)
    cuts = [tok.i for tok in sent[1:] if tok.idx in starts]
    if not cuts:
        return [sent]
    bounds = [sent.start, *cuts, sent.end]
    return [sent.doc[a:b] for a, b in pairwise(bounds) if b > a]


def _they_subject(sent: Span) -> bool:
    """True when "they" or a plural that stands for parties named before ("the sides", "the three leaders") is
    a subject in the sentence."""
    words = role_words()
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (t.lower_ in words.pair_subject_pronouns or t.lower_ in words.group_anaphor_nouns)
        for t in sent
    )


def _agentless_passive(sent: Span) -> bool:
    """True when the sentence has a passive subject (a passive with no party named may have its doer in the
    sentence before: see `_doer_before`)."""
    return any(t.dep_ == "nsubjpass" for t in sent)


def _names_someone(tokens: list[int], sent: Span) -> bool:
    """True when one of the (sorted) mention tokens lies in the sentence."""
    at = bisect_left(tokens, sent.start)
    return at < len(tokens) and tokens[at] < sent.end


def _closed_sentences(doc: Doc) -> bool:
    """True when every token's head lies in the token's own sentence, as the parser makes them: then the
    roles, which walk the tree from a sentence's words, find only mentions of that sentence."""
    known = closed_sentences(doc)  # (read with the Doc's fast tokens while the coder codes it)
    if known is not None:
        return known
    if len(doc) == 0:
        return True
    rows = doc.to_array([HEAD, SENT_START]).view(numpy.int64)  # heads relative; 1 starts a sentence
    sentence = numpy.cumsum(rows[:, 1] == 1)
    return bool((sentence[rows[:, 0] + numpy.arange(len(doc))] == sentence).all())


def _past_tense(trigger: Token) -> bool:
    """True when the verb of an event (a noun's governing verb) is in a past tense ("met", "was held",
    "have signed")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.tag_ == "VBD":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children
    )


def _after(when: str | None, precision: str, article_date: str | None) -> bool:
    """True when an event's own date (not the article's) lies after the article's date."""
    if when is None or article_date is None or precision not in ("day", "month", "year"):
        return False
    try:
        return datetime.date.fromisoformat(when) > datetime.date.fromisoformat(article_date[:10])
    except ValueError:
        return False


@Language.factory(
    "realpolitik_events",
    default_config={
        "lexicon_path": None,
        "max_events_per_sentence": 1,
        "lexicon": "all",
        "separate_deeds": True,
    },
)
def make_event_coder(
    nlp: Language,
    name: str,
    lexicon_path: str | None,
    max_events_per_sentence: int,
    lexicon: str = "all",
    separate_deeds: bool = True,
) -> EventCoder:
    """The event coder component; runs after "realpolitik_actors" and fills `doc._.events`.

    `lexicon` chooses the packaged entries: "all" (hand and dictionary-derived), "hand" (the project's own)
    or "derived" (the dictionary alone, the ablation); `lexicon_path` replaces them with a user file.
    `separate_deeds` keeps, beside the best reading of a sentence, the deeds its other clauses state
    ("When X invaded Y, Z imposed sanctions on X": two events)."""
    register_extensions()
    entries = load_lexicon(lexicon_path) if lexicon_path else default_lexicon(lexicon)
    return EventCoder(entries, max_events_per_sentence=max_events_per_sentence, separate_deeds=separate_deeds)
