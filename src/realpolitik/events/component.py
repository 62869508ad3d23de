"""The event coder: a spaCy component that turns parsed sentences and resolved actors into Event records.

Reads top-down: the factory and `EventCoder` first; `code_doc` walks the sentences (a transcript's speaker turns
apart), `_sentence` asks triggers.py for the candidate events of each (verbs, nouns, frames, with their roles from
roles.py and their readings from match.py and lexicon.py), keeps the best ones and the deeds that stand apart
(deeds.py), settles their parties over the sentence (`prune_targets`, parties.py; first-person speakers through
voices.py), and `_to_event` makes each an Event with its modality, attribution and date. Small helpers of the walk
and of the record come last.
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
from ..records import Attribution, Event, EventActor
from . import cameo
from .attribution import Turn, find_attribution, speaker_turns, turn_at, turn_mentions
from .clauses import (
    adjunct_deed,
    analysis_register,
    assisted_deed,
    assisted_gerund,
    bare_warning,
    condition_clause,
    countered_deed,
    course_not_taken,
    deed_subject,
    embedded_deed,
    inferred_intent,
    instrument_verb,
    kept_going,
    lasted,
    listed_deed,
    provided_deed,
    reason_deed,
    relation_state,
    separate,
    subordinators,
    summed_clause,
)
from .conflict import answered_deeds, answers_aimed, referred_back
from .crowds import first_sense
from .dates import own_date, resolve_event_date
from .deeds import (
    about,
    adjunct_past,
    bought_participle,
    contrasted_deed,
    coordinated_past,
    demands_of_protest,
    denied_deed,
    described_party,
    done_to_others,
    earlier_deed,
    elided_phrases,
    gapped_doers,
    help_by_deed,
    in_background,
    inquired_deed,
    left_after_deed,
    listed_doers_apart,
    main_beside_subordinate,
    main_clause_first,
    mediators_apart,
    misjoined_bare_verb,
    past_tense,
    relative_past,
    sellers_apart,
    subordinate_deed,
)
from .deverbal import past_deed_noun
from .joint import parade_noun
from .kinds import class_words, is_kind, projectile
from .knowledge import (
    clause_words,
    coder_words,
    conflict_words,
    frame_codes,
    journey_destinations,
    role_words,
)
from .lexicon import Entry, Lexicon, default_lexicon, load_lexicon
from .match import match_entry, refine, subject_heads
from .modality import classify_modality, owed
from .onslaught import paraded
from .parties import (
    absolute_signers,
    accord_partner,
    addressed_institution,
    border_faced,
    conditioned_party,
    doer_before,
    embassy_host,
    event_actors,
    festive,
    grievance_party,
    group_before,
    guest_told_first,
    home_authorities,
    home_people,
    home_target,
    inquiry_into_party,
    own_restriction_eased,
    pair_before,
    partners_beside_target,
    people_travelling,
    protest_grievance,
    protest_purpose_party,
    prune_targets,
    received_roles,
    released_at_home,
    reproached_party,
    signed_accord_partner,
    signed_text_words,
    threatened_in_relative,
    voided_at_home,
)
from .propose import PLACEHOLDER, Proposer, load_proposer, sectors, two_parties
from .propose import features as propose_features
from .propose import verbs as proposal_verbs
from .refusals import answered_by, refusal_answer, refused_contents, unsaid_deed
from .repair import repair_verbless, restore
from .restate import restated
from .roles import (
    helping_phrase,
    hosted_meeting,
    joint_parties,
    perceiver,
    requester_adjunct,
)
from .select import Selector, load_selector
from .tails import answered_armed_act, passive_host_place
from .things import thing_doer
from .tree import (
    Mentions,
    actors_under,
    closed_sentences,
    doc_memo,
    doc_sents,
    doc_words,
    lemma_forms,
    pobj_actors,
    prep_actors,
    steps_to,
    token_at,
    tokens_of,
)
from .triggers import Candidate, Triggers, background_journey
from .voices import Voices


@Language.factory(
    "realpolitik_events",
    default_config={
        "lexicon_path": None,
        "max_events_per_sentence": 1,
        "lexicon": "all",
        "separate_deeds": True,
        "background_deeds": False,
        "selector": "off",
        "condition_backoff": False,
        "proposer": False,
    },
)
def make_event_coder(
    nlp: Language,
    name: str,
    lexicon_path: str | None,
    max_events_per_sentence: int,
    lexicon: str = "all",
    separate_deeds: bool = True,
    background_deeds: bool = False,
    selector: str = "off",
    condition_backoff: bool = False,
    proposer: bool = False,
) -> EventCoder:
    """The event coder component; runs after "realpolitik_actors" and fills `doc._.events`.

    `lexicon` chooses the packaged entries: "all" (hand and dictionary-derived), "hand" (the project's own)
    or "derived" (the dictionary alone, the ablation); `lexicon_path` replaces them with a user file.
    `separate_deeds` keeps, beside the best reading of a sentence, the deeds its other clauses state
    ("X supplied drones to Y and threatened Z": two events). `background_deeds` keeps as well the deeds that tell
    the background of a sentence's news (a clause of time or cause, a relative clause, a participle tail: "Z
    imposed sanctions on X a year after X invaded Y"), which the event sets do not code as events of their own.
    `selector` "on" orders a sentence's candidates by the learned selector (select.py, data/selector.json) instead
    of the rules' score; it is off with any lexicon but "all" (the dictionary-only ablation runs with the rules).
    `condition_backoff` lets a main verb whose readings fail only on an unlisted noun read its one reading whose frame
    holds, as a weaker reading (match.backoff_entry; opt-in). `proposer` lets a learned model (propose.py,
    data/proposer.json) propose a reading for a sentence's main verb where the rules give the sentence no event
    (opt-in; with the lexicon "all" only)."""
    register_extensions()
    entries = load_lexicon(lexicon_path) if lexicon_path else default_lexicon(lexicon)
    chooser = load_selector() if selector == "on" and lexicon == "all" and not lexicon_path else None
    return EventCoder(
        entries,
        max_events_per_sentence=max_events_per_sentence,
        separate_deeds=separate_deeds,
        background_deeds=background_deeds,
        selector=chooser,
        condition_backoff=condition_backoff,
        proposer=load_proposer() if proposer and lexicon == "all" and not lexicon_path else None,
    )


# CAMEO roots of speech acts (verbal cooperation and conflict, without meetings 04, acts of cooperation 05 and
# protests 14, which are deeds): appeals, intentions, demands, disapproval, rejection, threats (frames43)
SPEECH_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})


class EventCoder:
    """Finds events in a parsed Doc whose actors have been resolved."""

    def __init__(
        self,
        lexicon: Lexicon,
        max_events_per_sentence: int = 1,
        separate_deeds: bool = True,
        max_deeds_per_sentence: int = 4,
        background_deeds: bool = False,
        selector: Selector | None = None,
        condition_backoff: bool = False,
        proposer: Proposer | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.triggers = Triggers(lexicon, condition_backoff=condition_backoff)
        # the best readings kept per sentence, whatever their clause
        self.max_events_per_sentence = max_events_per_sentence
        # further events kept when they name deeds of their own in separate clauses (clauses.py)
        self.separate_deeds = separate_deeds
        self.max_deeds_per_sentence = max(max_deeds_per_sentence, max_events_per_sentence)
        # deeds that tell the background of the news (clauses of time or cause, relative clauses, tails) kept too
        self.background_deeds = background_deeds
        # the learned order of a sentence's candidates (select.py); None: the rules' score orders them
        self.selector = selector
        # (the trainer's hook: called with each sentence's candidates in the rules' order, when there are any)
        self.recorder: Callable[[Span, list[Candidate], Mentions], None] | None = None
        # the learned reading of a main verb where the rules give a sentence no event (propose.py); None: off
        self.proposer = proposer
        # (the proposer trainer's hook: called with each such verb's candidate and features, and nothing proposed)
        self.proposal_recorder: Callable[[Span, Candidate, list[str], bool, bool], None] | None = None

    # The component entry point.
    def __call__(self, doc: Doc) -> Doc:
        # a main verb the parser hung as a modifier in a sentence it left with a noun for root is made the root
        # again while the Doc is coded, and the parser's reading is put back after (repair.py)
        repaired = repair_verbless(doc, self._knows_verb)
        try:
            with doc_memo(doc):  # (the helpers keep what they read of the tokens while this Doc is coded)
                # the resolver's mentions indexed once, for the gaps and (in a text with no speaker turns) the
                # events; the gaps are read first, before the coder adds mentions of its own to the index
                plain = Mentions.build(doc, list(doc._.actors or []))
                gaps = self.gaps(doc, plain)
                doc._.events = self.code_doc(doc, plain)
                doc._.event_gaps = gaps
        finally:
            if repaired:
                restore(doc, repaired)
        return doc

    def _knows_verb(self, lemma: str) -> bool:
        """True for a lemma the lexicon has a verb entry for."""
        return bool(self.lexicon.lookup("V", lemma))

    def gaps(self, doc: Doc, ments: Mentions | None = None) -> list[str]:
        """Lemmas of the sentences' main verbs that bear an actor (as subject or object) but that the
        lexicon does not know at all: where coverage is missing (reported by `code --stats`). `ments`: the
        resolver's mentions of `doc`, already indexed."""
        if ments is None:
            ments = Mentions.build(doc, list(doc._.actors or []))
        found: list[str] = []
        for sent in doc_sents(doc):
            verb = token_at(doc, sent.root.i)  # (a FastToken while the Doc is coded)
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
        # commentary, analysis and transcripts assert every deed of a sentence, its background too
        background = self.background_deeds or analysis_register(doc, bool(turns))
        events: list[Event] = []
        article_date = doc._.article_date if Doc.has_extension("article_date") else None
        labels = {t.start for t in turns}
        named = sorted(ments.by_token)  # the tokens of the mentions that can be parties
        closed = _closed_sentences(doc)
        # the events of each sentence before, with their candidates (in the order of the text)
        before: list[tuple[Span, list[tuple[Candidate, Event]]]] = []
        for whole in doc_sents(doc):
            if (
                closed
                and not _names_someone(named, whole)
                and not _they_subject(whole)
                and not (before and _agentless_passive(whole))
                and not _doer_subject(whole)
            ):
                # Every candidate here would have no source and no target, so none could be kept: skip the
                # sentence (a speed-up only; the events are the same). (A bare "they" may stand for the two
                # parties of the sentence before: see `pair_before`; an agentless passive may have its doer
                # there: see `doer_before`.)
                before.append((whole, []))
                continue
            kept: list[tuple[Candidate, Event]] = []
            for sent in _split_at(whole, labels):
                turn = turn_at(turns, sent.start_char)
                admit = functools.partial(voices.admit, turn=turn, ments=ments)
                talks = voices.talks(sent, turn, ments)
                for cand in self._sentence(sent, ments, admit, talks, before, background):
                    event = self._to_event(cand, sent, ments, article_date, turns)
                    if cand.entry.to_come and event.modality != "intended":
                        continue  # "took over Time Warner": a firm's deal done is no event (lexicon `+tocome`)
                    kept.append((cand, event))
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
        background: bool = False,
    ) -> list[Candidate]:
        cands: dict[int, Candidate] = {}
        for tok in tokens_of(sent):
            cand = self.triggers.candidate(tok, ments)
            if cand is not None:
                cands[tok.i] = cand
        tried = set(cands)  # (the tokens the rules read: the proposer never reads them again)
        # "met the appeal with a refusal", "the bid met with a French veto": the answer is the refusal (refuse44)
        self._refusal_answers(sent, cands, ments)
        for cand in spoken or []:
            # a transcript's speakers talking with each other or a greeting, where the lexicon has no reading
            # of the word or one that names no party
            known = cands.get(cand.trigger.i)
            if known is None or not (known.source or known.target):
                cands[cand.trigger.i] = cand
        # "ordered the Libyan mission closed", "ordered the editor jailed": the deed ordered done is the orderer's
        _ordered_done(cands, ments)
        # Fold complements into their frames and nouns into their light verbs.
        for cand in sorted(cands.values(), key=lambda c: steps_to(c.trigger, sent.root)):
            for i in cand.consumed:
                if i != cand.trigger.i and not (i in cands and summed_clause(cands[i].trigger) is not None):
                    # (", an offer that Algiers ignored": another party's deed on the summed clause stays)
                    cands.pop(i, None)
        # "massed in Bangkok, demanding ...": the demand is what the protest is for
        demands_of_protest(cands)
        # "flew a joint patrol near Alaska", "sent bombers on a joint patrol": the joint activity is the deed
        _joint_activity(cands)
        for i in [i for i, c in cands.items() if _halted_deed(c, cands) or _ended_deed(c)]:
            # "said it would halt its offensive": the offensive is what is halted, no deed (talk17); "signed an
            # accord to end ten days of fighting between X and Y": the fighting is what is ended (prec18)
            del cands[i]
        labelled: set[int] = set()
        for cand in cands.values():
            # "Iran held naval exercises with Russia and China": drills with a named partner are cooperation (062)
            drills_with_partner(cand, ments)
            # "U.N. investigators said that Myanmar's army had carried out mass killings": the body's accusation
            finding_of_deed(cand, ments)
            # "passed a motion declaring that China's treatment of the Uighurs amounts to genocide": an accusation
            passed = labelled_crime(cand, ments)
            if passed is not None:
                labelled.add(passed)
            # "he might follow Russia in withdrawing from the ICC": a threat to do it
            followed_possibly(cand, ments)
            # "arrived in Port Moresby from Jakarta": Jakarta is where the journey began
            visit_origin(cand, ments)
        for i in [
            i for i, c in cands.items() if _no_deed(c, ments) or (i in labelled and c.code[:2] == "03")
        ]:
            # (and a motion's passing whose declaration is read as the accusation: `labelled_crime`)
            del cands[i]
        # "threw out a plan to buy jets", "a motion to let troops in was voted down": what is refused is not done
        refused_contents(cands)
        for cand in cands.values():
            prune_targets(cand, sent, ments, self.triggers.roles, self.lexicon)
            if people_travelling(cand, ments):
                # "Thousands of Armenians have left Karabakh for Armenia", "refugees returned from Poland":
                # people on the move make no visit
                cand.source, cand.target = [], []
            if guest_told_first(cand, ments):
                # "Duterte was welcomed by Xi Jinping in Beijing": Duterte's visit to China
                cand.code = "042"
                cand.source, cand.target = cand.target, cand.source
            if not cand.target:
                # "Emperor Hirohito was received at Buckingham Palace": no host named, the seat of power or the place
                # it is received in is the host's (tails.py)
                cand.target = passive_host_place(cand, ments)
            received = received_roles(cand, ments)
            if received is not None:
                # "Azerbaijan received drones from Turkey": Turkey gave them
                cand.source, cand.target = received
            partners = partners_beside_target(cand, ments)
            if partners:
                # "Britain launched air strikes on Libya with France": France struck too
                cand.source = cand.source + partners
                cand.target = [i for i in cand.target if i not in partners]
            signers = absolute_signers(cand, ments)
            if signers:
                # "the treaty was signed in Vienna, the ministers of X, Y and Z putting their names to it": the
                # signers are the doers; several parties signing together is the joint deed, with no target (rule 3)
                cand.source = signers
                codes = ments.codes(signers)
                # (the place it was signed in is no party, "was signed in Vienna", nor the signed text's own name,
                # "the Austrian State Treaty", "the Warsaw Pact"; a partner in its "with" phrase stays one)
                text = signed_text_words(cand.trigger)
                cand.target = [
                    i
                    for i in cand.target
                    if ments.mentions[i].code not in codes
                    and ments.mentions[i].role != "place"
                    and "used as a place" not in ments.mentions[i].why
                    and ments.heads[i] not in text
                ]
                if len(codes) > 1:
                    cand.target, cand.reciprocal = [], True
            parties = joint_parties(cand.entry, cand.words, cand.source, cand.target, ments)
            if parties is not None:
                # "X signed the statement together with Y and Z": every party did it with every other
                cand.source, cand.target, cand.reciprocal = parties, [], True
            doer, held = doer_before(cand, before, ments, self.triggers.roles, self.lexicon)
            if doer:
                # "China detained two Canadians. The two men were freed in 2021": China freed them
                cand.source, cand.target = doer, cand.target or held
            group = group_before(cand, before, ments)
            if group:
                # "... met in Ankara. The three leaders agreed to ...": all of them
                codes = ments.codes(group)
                cand.source = group
                cand.target = [i for i in cand.target if ments.mentions[i].code not in codes]
                # (a deed the group does together to no one named is reciprocal only when it is one done with each
                # other, by its entry: "The three leaders signed a statement"; "the leaders condemned the attack" or
                # "reviewed the work of the group" is a deed of each of them, not of each on the others)
                cand.reciprocal = cand.entry.reciprocal
            pair = pair_before(cand, before, ments)
            if pair:
                # "Russia invaded Georgia in 2008. They signed a ceasefire five days later": both of them
                cand.source, cand.reciprocal = pair, True
                cand.target = [i for i in cand.target if ments.mentions[i].code not in ments.codes(pair)]
        for cand in cands.values():
            if _deadly_destruction(cand, self.lexicon):
                # "blew up a van carrying building workers, killing eight of them": a thing destroyed with the people
                # in or near it killed is a bombing of those people (183), not property destroyed (171)
                cand.code = "183"
        for cand in cands.values():
            if _craft_with_relief(cand, self.lexicon):
                # "sent navy ships carrying two field hospitals": the craft carry relief, aid (073), no show of force
                cand.code = "073"
        for cand in cands.values():
            if _own_forces_together(cand, ments, self.lexicon):
                # "Police in Venezuela joined the patrols with soldiers": one state's forces together show their
                # force (150), as drills with no partner named do; no cooperation between states
                codes = ments.codes(cand.source)
                cand.code, cand.reciprocal = "150", False
                cand.target = [i for i in cand.target if ments.mentions[i].code not in codes]
        listed_doers_apart(list(cands.values()))
        mediators_apart(list(cands.values()))
        sellers_apart(list(cands.values()))
        left_after_deed(list(cands.values()), before, ments)
        elided_phrases(list(cands.values()))
        answered_deeds(cands.values(), ments)  # "in response to shelling by Y": Y shelled the one answering
        answers_aimed(cands.values(), ments)  # "returned fire after Y shelled its posts": aimed at Y
        answered_armed_act(
            list(cands.values()), ments
        )  # "sent Marines to Thailand days after Y seized a town": Y
        reproached_party(cands.values(), ments)  # "walked out of the talks, accusing Y of wrecking them": Y
        accord_partner(cands.values(), ments)  # "will pay into a fund, under a deal struck with Y": Y
        signed_accord_partner(cands.values(), ments)  # "ratified X's treaty with Y": Y, not X's own country
        # "rallied to oppose the deployment of American missiles": the United States
        protest_purpose_party(cands.values(), ments)
        # "Pakistanis angry at American air strikes marched": the United States, no doer
        grievance_party(cands.values(), ments, self.triggers.roles)
        # "marched in protest at NATO's air strikes on Yugoslavia", "rallied to oppose an American-led attack on
        # Iraq": the doer of the deed protested against, not its victim
        protest_grievance(cands.values(), ments, self.triggers.roles)
        # "Y rejected the accusation", "Y condemned the move": aimed at who said or did it before
        referred_back(cands.values(), before, ments, self.lexicon)
        for cand in cands.values():
            # "X, the retired general who had commanded ..., stepped down as director of the CIA": the office left
            _office_left(cand, ments)
            if _yielded_cancel(cand):
                # "scrapped the contract after two months of mass protests": a policy given up
                cand.code = "0832"
        for cand in cands.values():
            summed = summed_clause(cand.trigger) if cand.source and not cand.target else None
            if summed is not None:
                # "Turkey bought Russian missiles, a move that Washington condemned": aimed at the buyer
                doers = [i for i in self.triggers.roles.subject(summed, ments) if i not in cand.source]
                cand.target = doers or cand.target
        for cand in cands.values():
            if cand.code[:2] == "03" and cand.code not in _AID_PLEDGES and _in_protest(cand.trigger):
                # "Uganda said it would pull its troops out of the AU force in protest at a U.N. report": a deed
                # announced in protest is a hostile stated future (rule 4.1), a threat; a force or a mission left
                # is international involvement halted (136). (Aid pledged "in protest at" a third party's deed is
                # still a promise of aid to its receiver: no threat to anyone.)
                cand.code = "136" if cand.code in ("0334", "0355", "0356") else "130"
        reproaches = {c.trigger.i for c in cands.values() if c.code[:2] == "11"}
        for cand in cands.values():
            if cand.code == "130" and bare_warning(cand.words, reproaches):
                cand.code = "111"  # "issued a warning to Washington over the sales": no repercussion named, a reproach
        alive = [
            c
            for c in cands.values()
            if (c.source or c.target or _unnamed_doers_deed(c, sent, self.lexicon) or _weapon_deed(c, sent))
            and (admit is None or admit(c))
        ]
        # "Zelensky denied that Ukraine had attacked the Kremlin": the deed denied is no event (a denial, 016)
        alive = [c for c in alive if not denied_deed(c.trigger)]
        # "a fresh inquiry into why British paratroopers shot dead thirteen marchers": what an inquiry looks into
        alive = [c for c in alive if not inquired_deed(c.trigger)]
        # "vetoed a bill that would let the families sue Saudi Arabia", "sue" joined to "vetoed" by the parser
        alive = [c for c in alive if not misjoined_bare_verb(c.trigger)]
        if not background:
            # "Arab leaders meeting in Bahrain called for ...": the meeting is the setting of the news
            alive = [c for c in alive if not _setting_meeting(c) and not _sealing_handshake(c, alive)]
            # "returned to Moscow after his tour of the United States", "on his return from Beijing, X announced ...":
            # a journey in a phrase of time or setting is the frame of the news, no visit (journeys37)
            alive = [c for c in alive if not background_journey(c)]
            # "Putin sent his condolences to Hollande after gunmen killed 129 people": the time of a statement
            alive = [c for c in alive if not self._statement_background(c, sent, alive)]
            # "has been rebuilt since the Iraqi invasion of 1990": an event noun naming a year of its own before the
            # article's is a past deed referred to, not the news (nouns39; kept with background deeds)
            alive = [c for c in alive if not past_deed_noun(c.trigger)]
            # "a year after Real Madrid had beaten them", "churches that Islamic State fighters had destroyed": a deed told
            # in the past perfect in a relative clause or a clause of time is earlier than the news, its background, and
            # never takes its place (precision51)
            alive = [c for c in alive if not earlier_deed(c.trigger)]
            if alive and all(described_party(c.trigger, ments) for c in alive):
                # "Dag Hammarskjold, who had sent UN troops into the Congo the year before, died in a plane crash":
                # what a relative clause says of the main clause's subject, a party, is who the party is, never the
                # news in its place; with no deed of the main clause the sentence codes none (background50)
                alive = []
        # "forced their way into X's home and searched it", "searched the home and seized his phone": the way in and
        # what is taken serve the search, one event (prec18)
        alive = _search_parts(alive, ments, self.lexicon)
        for cand in alive:
            cand.score = self._score(cand, sent)
        roots = clause_words().judging_roots
        # (a judgement of the main clause whose doer the resolver did not code still judges what is below it: condemn45)
        judges = [c for c in alive if (c.source or _uncoded_judge(c)) and c.code[:2] in roots]
        for cand in alive:
            # ("dismissed as baseless claims that its forces had killed hundreds", "condemned the raid that killed
            # ten"): a deed named in what a kept judgement is about is not the news, the judgement is (as `_topic`)
            if any(other is not cand and about(cand.trigger, other) for other in judges):
                cand.score -= 1.0
        for cand in alive:
            if _journey_before_deed(cand, alive, ments):
                # "Jimmy Carter flew to Vienna and signed the SALT II treaty", "flew to Tunis and promised the Bey
                # ...": the journey brought its traveller to the deed told after it, the news (journeys37)
                cand.score -= 1.5
        alive.sort(key=lambda c: -c.score)
        main_clause_first(alive)
        if not background and alive and subordinate_deed(alive[0].trigger):
            # "After thousands filled the streets of Prague, Milos Jakes resigned": the main verb's sure deed, its
            # doer named but not coded, is the news all the same; a deed of the clause of time, cause or setting is
            # not put in its place (kept with no parties, as `_unnamed_doers_deed` keeps a deed of force; talk21)
            unnamed = next(
                (
                    c
                    for c in cands.values()
                    if c not in alive and _unresolved_main_deed(c, sent) and (admit is None or admit(c))
                ),
                None,
            )
            if unnamed is not None:
                unnamed.score = self._score(unnamed, sent)
                alive.insert(0, unnamed)
        if alive:
            # "overrode the veto, imposing sanctions on South Africa": the participle names the main deed
            # (its means is no deed of its own; what the means was aimed at is the sanction's target)
            main = alive[0]
            named = next((c for c in alive[1:] if _naming_participle(c, main)), None)
            if named is not None:
                named.target = named.target or [i for i in main.target if i not in named.source]
                alive = [named, *(c for c in alive if c is not named and c is not main)]
            # "cabled Hitler and Benes, appealing to them not to break off negotiations": what a message says (a
            # participle with a talk reading) is the news, the cable or the call its channel; the one the message
            # went to is the participle's target when it names none (talk23)
            main = alive[0]
            said = (
                next((c for c in alive[1:] if _message_said(c, main.trigger)), None)
                if main.code[:2] == "04"
                else None
            )
            if said is not None:
                said.source = said.source or main.source
                told = [i for i in main.target if i not in said.source]
                if not said.target or ments.codes(said.target) <= ments.codes(told):
                    # ("appealing to them": all the ones cabled, where "them" was read as one of them)
                    said.target = told or said.target
                alive = [said, *(c for c in alive if c is not said and c is not main)]
            elif not main.target and _message_said(main, main.trigger.head):
                # ("wrote to the Emperor of Austria, urging him to seek peace": no reading of the writing itself)
                main.target = [i for i in _addressees(main.trigger.head, ments) if i not in main.source]
        if self.proposal_recorder is not None:
            self._record_verbs(sent, ments, tried, quiet=not alive)
        if not alive and self.proposer is not None:
            # no event in the sentence by the rules: the learned proposer may read a verb of it (propose.py)
            proposed = self._proposed(sent, ments, tried, admit)
            if proposed is not None:
                alive = [proposed]
        if self.recorder is not None and alive:
            self.recorder(sent, alive, ments)
        if self.selector is not None:
            alive = self.selector.order(alive, sent, ments, self.lexicon)
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
            for gapped in gapped_doers(cand, ments):
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
                if not background and (
                    self._background(cand)
                    or self._topic(cand, chosen)
                    or any(cand.trigger.i in other.held_background for other in chosen)
                ):
                    continue  # ("Iran threatened ..., a year after the United States withdrew from the accord")
                if key(cand) not in seen and self._separate_deed(cand, chosen, ments, alive):
                    chosen.append(cand)
                    seen.add(key(cand))
        if len(chosen) > 1:
            # "found X guilty ... and sentenced him to 20 years": the sentence is the deed, the verdict beside it
            # no event of its own (docs/annotation-conventions.md rule 8.1)
            chosen = _sentence_over_verdict(chosen, ments)
            # "found that Pakistan had breached the convention ... and told Islamabad to review his conviction": the
            # court's order beside its judgement is part of the judgement
            chosen = _judgement_over_order(chosen, ments)
            # (also an appeal or a refusal joined to it, and the orders joined to a court's finding or coercive deed:
            # "ruled that Belgium had violated his rights, and ordered Brussels to pay him 24,900 euros")
            chosen = _orders_of_ruling(chosen, ments)
            # "expelled the Vatican's ambassador and ordered him to leave": the order carries out the sanction
            chosen = _sanction_over_order(chosen, ments)
            # "stormed a plane and arrested X": the way in forced is the means of the deed
            chosen = _entry_before_deed(chosen, ments)
            # "freed the pilot and flew her home": the journey of the one freed is no visit
            chosen = _journey_of_release(chosen)
        return chosen

    def _refusal_answers(self, sent: Span, cands: dict[int, Candidate], ments: Mentions) -> None:
        """A verb whose "with" phrase holds a refusal noun is that refusal ("met the appeal with a refusal": 120;
        "answered the plan with a flat no"; "Britain's bid met with a French veto": 129): read by the noun's entry
        at the verb, with the verb's parties, turned round when the verb has no object (the refused thing is its
        subject, the refuser in the "with" phrase)."""
        if "with" not in doc_words(sent.doc):
            return  # (the refusal is in a "with" phrase: a Doc with no "with" has none; a set made once per Doc)
        for tok in tokens_of(sent):
            found = refusal_answer(tok, self.lexicon)
            if found is None:
                continue
            entry, noun = found
            cand = cands.get(tok.i)
            if cand is None:
                source, target = self.triggers.roles.verb_roles(tok, ments, [tok])
                cand = Candidate(tok, entry, entry.code, [tok, noun], source, target)
            else:
                cand.entry, cand.code = entry, entry.code
                cand.words = [*cand.words, noun]
            if answered_by(tok):
                cand.source, cand.target = cand.target, cand.source
            cand.consumed.add(noun.i)
            cands[tok.i] = cand

    def _proposed(
        self, sent: Span, ments: Mentions, tried: set[int], admit: Callable[[Candidate], bool] | None
    ) -> Candidate | None:
        """The proposer's likeliest reading among the sentence's verbs the rules made no candidate of, each with the
        parties the rules' roles give it (a source and a target of other codes, or it is not asked)."""
        best: tuple[float, Token, str] | None = None
        for tok in proposal_verbs(sent, tried):
            cand = self._placeholder(tok, ments)
            if cand is None or self.proposer is None:
                continue
            feats = propose_features(
                tok, sectors(cand.source, ments), sectors(cand.target, ments), self.lexicon
            )
            code = self.proposer.propose(feats)
            p = self.proposer.best(feats)[1]
            if code is not None and (best is None or p > best[0]):
                best = (p, tok, code)
        if best is None:
            return None
        _, tok, code = best
        cand = self.triggers._make(tok, Entry("V", code, tok.lemma_.lower(), derived=True), [tok], ments)
        if cand is None or not two_parties(cand.source, cand.target, ments):
            return None
        if admit is not None and not admit(cand):
            return None
        cand.score = self._score(cand, sent)
        return cand

    def _placeholder(self, tok: Token, ments: Mentions) -> Candidate | None:
        """A verb read with the placeholder code by the rules' roles, when they give it two parties."""
        cand = self.triggers._make(
            tok, Entry("V", PLACEHOLDER, tok.lemma_.lower(), derived=True), [tok], ments
        )
        if cand is None or not two_parties(cand.source, cand.target, ments):
            return None
        return cand

    def _record_verbs(self, sent: Span, ments: Mentions, tried: set[int], quiet: bool) -> None:
        """(the proposer trainer's hook) Every verb of the sentence with two parties by the rules' roles, with its
        features, whether the rules read it (`tried`) and whether the sentence got no event (`quiet`)."""
        assert self.proposal_recorder is not None
        for tok in proposal_verbs(sent, set()):
            cand = self._placeholder(tok, ments)
            if cand is not None:
                feats = propose_features(
                    tok, sectors(cand.source, ments), sectors(cand.target, ments), self.lexicon
                )
                self.proposal_recorder(sent, cand, feats, tok.i in tried, quiet)

    def _background(self, cand: Candidate) -> bool:
        """True for a further candidate that tells the sentence's background, not its news (`in_background`): a
        deed in a clause of time or cause, a relative clause, a participle tail or an adjunct of time. The event
        sets code one event per sentence, the news; the caller skips this test in analysis register or with the
        setting `background_deeds`. A background deed dated in its own clause ("..., weeks after Israeli commandos
        killed nine activists in May 2010", "a treaty the two states signed in 1974") is background all the same: in
        wire news it is the context the news is told against, and the sets code the news alone (prec17; commentary
        and transcripts, `analysis_register`, keep it)."""
        return in_background(cand.trigger)

    def _statement_background(self, cand: Candidate, sent: Span, alive: Sequence[Candidate] = ()) -> bool:
        """True for a deed in a clause of time or cause, or an adjunct of time, hung on the sentence's main verb
        when that verb makes a statement with no PLOVER type (CAMEO 01: "said", "told", "sent his condolences",
        "denied"): "Putin sent his condolences to Hollande after gunmen killed 129 people in Paris", "Khan said
        on Tuesday that ..., five days after a bomber killed 40 policemen". The deed is the time of the statement,
        not its news, even when the statement itself is coded as no event. The same holds under a speech act with a
        type (`_speech_act`, or the main verb's own candidate of such a root among `alive`; frames43), and there also
        for a clause of time the parser hung inside the speech act's "that" clause. A deed dated in its own clause is
        kept (as `_background`)."""
        root = sent.root
        tok = cand.trigger
        if tok.i == root.i or not in_background(tok) or own_date(sent, tok):
            return False
        marks = clause_words().statement_time_marks
        timed = False  # (a clause or adjunct of time passed on the way up)
        for _ in range(40):
            timed = timed or _time_clause(tok, marks)
            if tok.head.i == root.i or (
                tok.dep_ in ("advcl", "conj", "prep")
                and (denied_deed(tok.head) or self._statement_word(tok.head) or self._speech_act(tok.head))
            ):
                # (or on a deed the statement denies: "denied that X had attacked Y, hours after ...", or on a word
                # of feeling it reports: "said she was deeply saddened, hours after a gunman shot dead ...")
                break
            if tok.head.i == tok.i:
                return False
            tok = tok.head
        else:
            return False
        spoken = any(c.trigger.i == root.i and c.code[:2] in SPEECH_ROOTS for c in alive)
        if tok.dep_ == "ccomp" and tok.head.i == root.i and timed and (spoken or self._speech_act(root)):
            # "demanded that the junta free the president, two days after soldiers seized him": the parser may hang
            # the clause of time on what is demanded; it dates the speech act all the same (frames43). Not under a
            # plain statement, whose "that" clause may report the deed itself ("fighting erupted when X attacked Y,
            # residents said")
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "conj"):
            # (also a clause of time the parser joins to the statement as a conjunct: "warned X ..., days after a
            # U.S. general visiting Manbij said ...")
            if not subordinators(tok) & marks:
                return False
        elif not (tok.dep_ == "prep" and tok.lower_ in marks):
            return False
        return spoken or self._statement_word(root) or self._speech_act(root)

    def _speech_act(self, tok: Token) -> bool:
        """True for a verb whose own reading is a speech act with a PLOVER type (a warning, a demand, an appeal, a
        promise, a criticism, a rejection: CAMEO roots `SPEECH_ROOTS`): "warned of grave consequences, hours after the
        guards seized the tanker", "offered to mediate, four days after the marines landed". The main clause's speech
        act is the news; a deed in its clause of time is its background (issue 9, frames43), as for a statement with
        no type."""
        if tok.pos_ != "VERB":
            return False
        entry = match_entry(tok, self.triggers.lexicon, ("V",))
        return (
            entry is not None and entry.code[:2] in SPEECH_ROOTS and cameo.plover_type(entry.code) is not None
        )

    def _statement_word(self, tok: Token) -> bool:
        """True for a word whose own reading is a statement with no PLOVER type (CAMEO 01: "said", "denied", "sent his
        condolences", "saddened")."""
        if tok.pos_ not in ("VERB", "AUX", "ADJ"):
            return False
        entry = match_entry(tok, self.triggers.lexicon, ("V",))
        return entry is not None and entry.code[:2] == "01" and cameo.plover_type(entry.code) is None

    def _topic(self, cand: Candidate, chosen: Sequence[Candidate]) -> bool:
        """True for a further candidate inside what a kept judgement is about: a deed named in the object, the
        phrases or the complement of a criticism, condemnation, accusation or rejection ("Germany and France
        criticised the American invasion of Iraq", "condemned a NATO air raid that killed ...", "denounced X for
        shooting down the airliner", "would not recognise Russia's annexation of Crimea"): the judgement is the
        news; the deed judged is named, not reported (data: clauses.json `judging_roots`). As with `_background`,
        the caller skips this test in analysis register or with the setting `background_deeds`."""
        roots = clause_words().judging_roots
        return any(other.code[:2] in roots and about(cand.trigger, other) for other in chosen)

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
            bought_participle(cand)
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
            or (deed_subject(cand.trigger) and past_tense(cand.trigger.head))
            or adjunct_deed(cand.trigger)
            or assisted_deed(cand.trigger)
            or instrument_verb(cand.trigger) is not None
            or reason_deed(cand.trigger)
            or any(coordinated_past(cand.trigger, other.trigger) for other in chosen)
            or listed_deed(cand.trigger, [other.trigger for other in alive])
            or adjunct_past(cand)
            or relative_past(cand)
            or main_beside_subordinate(cand, chosen)
            or any(contrasted_deed(cand, other) for other in chosen)
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
                and not done_to_others(cand.target, other.target, ments)
                and not contrasted_deed(cand, other)
            ):
                # "killed one soldier and wounded two": one doer's deeds of one kind are one event, unless
                # done to different parties ("sold arms to Armenia and supplied Azerbaijan")
                return False
            if words & {t.i for t in other.words} or other.trigger.i in cand.consumed:
                return False
            if summed_clause(cand.trigger) is not None:
                continue  # ", a move that Washington condemned": another party's deed on the clause summed up
            if cand.trigger.i in other.consumed or not separate(cand.trigger, other.trigger):
                return False
        return True

    def _score(self, cand: Candidate, sent: Span) -> float:
        score = 1.0 + 0.5 * cand.entry.specificity
        score += 1.5 if cand.source else 0.0
        # (a joint deed whose venue was set aside names its partners among its doers: "X and Y met in Z")
        score += 1.0 if cand.target or cand.met_at_venue else 0.0
        # (the deed of a signed decree stands where the signing verb does: "signed a decree on Thursday ordering X")
        anchor = cand.modality_token if cand.enacted and cand.modality_token is not None else cand.trigger
        score -= 0.3 * steps_to(anchor, sent.root)
        # Events inside conditions and purposes ("if war starts", "to demand") are background.
        tok = anchor
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
        score -= 0.8 if bought_participle(cand) else 0.0
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

    def _guests_meeting(self, cand: Candidate, ments: Mentions) -> Candidate | None:
        """The meeting of the guests a host received for it, as an event of its own at the meeting noun: the
        guests meet each other (see `hosted_meeting`). The host is no party of it, even a leader who sits at the
        table ("Putin hosted Aliyev and Pashinyan in Moscow, their first meeting since the war"): the hosting
        (043) already ties the host to each guest, and one meeting counted twice for those pairs weighs them
        double in the system model (precision31, system20's category G)."""
        if cameo.plover_type(cand.code) != "CONSULT" or not cand.source:
            return None
        noun = hosted_meeting(cand.trigger, cand.target, ments, self.lexicon)
        if noun is None:
            return None
        entry = next(e for e in self.lexicon.lookup("N", noun.lemma_.lower()) if e.code[:2] == "04")
        parties = [i for i in cand.target if i not in cand.source]
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

    def _to_event(
        self, cand: Candidate, sent: Span, ments: Mentions, article_date: str | None, turns: list[Turn]
    ) -> Event:
        def actors(indices: list[int]) -> tuple[EventActor, ...]:
            return event_actors(indices, ments)

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
        if _refused_deed(cand.trigger, code):
            # "had no intention of meeting X", "has no plans to withdraw", "had nothing more to talk about with Y":
            # the doer says it means not to do the deed: a refusal of it (12x, refined by the deed), stated
            code = refine("reject", code)
            modality = "asserted"
        if cand.refusal and modality in ("negated", "intended"):
            # "Russia will not accept NATO bases", "said it would not tolerate X": the "not" and the "will" are
            # the refusal's own words; the refusal is stated (a condition or a question still holds it open)
            modality = "asserted"
        in_sentence = [m for m in ments.mentions if sent.start_char <= m.start < sent.end_char]
        attribution = find_attribution(cand.trigger, in_sentence)
        turn = turn_at(turns, cand.trigger.idx)
        if (
            turn is not None
            and cameo.plover_type(code) == "AGREE"
            and (modality == "intended" or (modality == "hypothetical" and _conditioned(cand)))
            and (_own_pledge(cand) or _speakers_side(cand, ments, turn))
        ):
            # "We are going to provide vaccines", "France will support Germany's bid" (said by France's leader),
            # "Germany and France will come to each other's aid if either is attacked": in a speaker's turn the
            # pledge of the speaker's side is made by saying it; the expression of intent is the event, done here
            modality = "asserted"
        if attribution is None and turn is not None:
            # in a speaker's turn, what the text says in its own voice is the speaker's
            attribution = turn.attribution
        # (a deed still to come is not dated by the day it was announced; a pledge or refusal made by saying it is)
        date, precision = resolve_event_date(
            sent, article_date, cand.trigger, to_come=modality == "intended", said=cand.said_at
        )
        dated_later = False
        said = cand.modality_token  # (a promise is read at its verb of saying: "said they would blockade X")
        if (
            modality == "asserted"
            and cand.entry.kind != "F"
            and not past_tense(cand.trigger)
            and not (said is not None and said.pos_ in ("VERB", "AUX") and past_tense(said))
            and _after(date, precision, article_date)
        ):
            # dated after the article ("visits Moscow next month", "meet on 14 May"): still to come; a verb in
            # the past tense outweighs a later date in its clause ("signed a decree dissolving ... by 2024")
            modality = "intended"
            dated_later = True
        if (
            modality == "intended"
            and cameo.plover_type(code) == "CONSULT"
            and ((dated_later and cand.trigger.pos_ in ("VERB", "AUX")) or _announced_meeting(cand.trigger))
        ):
            # A meeting, a visit or talks still to come, however announced ("will meet", "are due to hold talks",
            # "is scheduled to visit", "are expected to meet", "visits Moscow next month"), is an intention to
            # meet (036): the PLOVER manual codes cooperative deeds told in the future AGREE, as the dev half does
            # "will visit" (docs/annotation-conventions.md 4.1, 12.1). One rule for every such wording (talk18);
            # a purpose clause ("flew to Warsaw to confront ..."), "a planned summit" or talks in an adjunct of time
            # dated only by the article ("After talks with Blinken in April 2024, Wang Yi warned ...") stay the
            # consultation.
            code = refine("intent", code)
        words = sorted(cand.words, key=lambda t: t.i)
        source = actors(cand.source)
        target = (
            actors(cand.target)
            # (a threat on what a party named in a relative clause gets is aimed at it before any implied home
            # government: "Donald Trump threatened to cut off the aid that the United States gives Honduras")
            or threatened_in_relative(cand, ments)
            or home_authorities(cand, ments)
            or home_people(cand, ments)
            or own_restriction_eased(cand, ments)
            or conditioned_party(cand, ments)
            or home_target(cand, ments)
            or addressed_institution(cand, ments)
            or voided_at_home(cand, ments)
            or released_at_home(cand, ments)
            or inquiry_into_party(cand, ments)
            or embassy_host(cand, ments, self.lexicon.classes.get("embassy", frozenset()))
            or border_faced(cand, ments)
        )
        if code == "175" and _foreign_fire(
            cand, source, target, self.lexicon.classes.get("gathering", frozenset())
        ):
            # "Russian troops opened fire on civilians in Bucha": forces firing on another state's people who are
            # no gathering of dissent attack them (180); the codebook's 175 represses "collective actions of dissent"
            code = "180"
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
        if (
            not source
            and voice is not None
            and voice.code
            and cameo.plover_type(code) == "THREATEN"
            and voice.code not in {a.code for a in target}
        ):
            # "Donald Trump said that North Korea would be met with fire and fury if it made more threats": a threat
            # no party is named to carry out, in a speaker's words, is the speaker's, made by saying it (talk18)
            source = (EventActor(voice.code, voice.sector, voice.text),)
            modality = "asserted" if modality == "hypothetical" else modality
        if _demanded_by(modality, voice, source, code) and owed(cand.modality_token or cand.trigger):
            # "According to Blinken, Israel must do more ...", "Zelensky said it was time for Germany to send
            # ...": a deed a party says another must do is that party's demand on it (the deed itself is
            # demanded, not asserted), as "X said Y must V" is (triggers.py)
            assert voice is not None and voice.code
            code = refine("demand", code)
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


def _uncoded_judge(cand: Candidate) -> bool:
    """A verb of judging at the sentence's root, its doer not coded but its target named ("the General Assembly condemned
    South Africa for raiding its neighbours", the body unknown to the actor resolver): what it judges below it (a deed
    in its "for" phrase) is named, not the news, as under a judgement with its doer (condemn45). Not a judgement read
    at its noun under another verb ("was spared a rebuke"), nor one in a clause of the background."""
    return (
        bool(cand.target)
        and cand.entry.kind == "V"
        and cand.trigger.pos_ == "VERB"
        and cand.trigger.dep_ == "ROOT"
        and not subordinate_deed(cand.trigger)
    )


def _sentence_over_verdict(chosen: list[Candidate], ments: Mentions) -> list[Candidate]:
    """The candidates without a verdict (116) whose court, in a verb coordinated with it, also hands the persons a
    custodial or death sentence (173): "convicted X of genocide and sentenced him to 40 years" is the sentence."""
    sentences = [
        c for c in chosen if c.code == "173" and c.trigger.lemma_.lower() in coder_words().sentencing_verbs
    ]
    if not sentences:
        return chosen

    def court(cand: Candidate) -> set[str]:
        return {ments.mentions[i].code for i in cand.source}

    kept: list[Candidate] = []
    for c in chosen:
        same = [
            s
            for s in sentences
            if c.code == "116"
            and s.trigger in c.trigger.conjuncts
            and (not court(s) or not court(c) or court(s) == court(c))
        ]
        if not same:
            kept.append(c)
            continue
        for s in same:
            # ("... and sentenced [him] to ten years": the persons sentenced are those found guilty)
            s.target = s.target or c.target
            s.source = s.source or c.source
    return kept


def _ordered_done(cands: dict[int, Candidate], ments: Mentions) -> None:
    """ "Reagan ordered the Libyan mission closed", "a court ordered the editor jailed pending trial", "ordered ten
    Russian diplomats expelled": an order whose object carries the result ordered, as a bare participle (a small
    clause, no "to", no "that"), is carried out by the orderer's own agents; the deed the participle names is the
    orderer's deed and the news, done to the party the object names, not a demand on anyone (data: coder_words.json
    `commanding_verbs`). An order to a party to do something ("ordered Poland to suspend ...") stays a demand.
    Issue 9, thirty-fourth session (freq34)."""
    commanding = coder_words().commanding_verbs
    for i, order in list(cands.items()):
        tok = order.trigger
        if (
            tok.pos_ != "VERB"
            or tok.lemma_.lower() not in commanding
            or order.code[:2] != "10"
            or not order.source
        ):
            continue
        for part, patient in _ordered_results(tok):
            done = cands.get(part.i)
            if done is None or cameo.plover_type(done.code) in (None, "REQUEST"):
                continue
            done.source = list(order.source)
            named = [j for j in actors_under(patient, ments) if j not in order.source]
            if not named:
                continue  # ("ordered hundreds of factories closed during a smog alert": done to no party)
            done.target = named
            done.reciprocal = False
            del cands[i]
            break


def _ordered_results(order: Token) -> list[tuple[Token, Token]]:
    """The bare participles of result an order's object carries, each with the noun it is said of: "ordered [the
    mission] [closed]" (a participle on the object, or a small clause with the object as its subject)."""
    found: list[tuple[Token, Token]] = []
    objects = [c for c in order.children if c.dep_ == "dobj"]
    for obj in objects:
        found += [(c, obj) for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN" and _bare(c)]
    for c in order.children:
        if c.dep_ not in ("ccomp", "oprd", "xcomp") or c.tag_ not in ("VBN", "VBD") or not _bare(c):
            continue
        subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        # (the parser may tag the participle as a past and hang it on the order with the object beside it: "ordered
        # [the mission] [closed]"; a past with neither a subject nor the order's object before it is no small clause)
        patient = subjects[0] if subjects else next((o for o in objects if o.i < c.i), None)
        if patient is not None:
            found.append((c, patient))
    return found


def _bare(verb: Token) -> bool:
    """True for a verb with no auxiliary, no marker and no "to": a bare participle of result."""
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


def _joint_activity(cands: dict[int, Candidate]) -> None:
    """A noun of a joint military activity (a reading of military cooperation, 062, that the lexicon marks reciprocal:
    "joint patrol", "joint exercises") that is the object of the verb carrying it out, or its "on" phrase ("flew a
    joint patrol", "sent strategic bombers on a joint patrol"), is the deed of that verb's doers: the CAMEO codebook's
    062 "joint military games and maneuvers" and patrols, not a show of force or a delivery. The verb's own reading
    (a flight 150, a sending 072) is dropped."""
    for cand in list(cands.values()):
        noun = cand.trigger
        if cand.code != "062" or noun.pos_ != "NOUN" or not cand.entry.reciprocal:
            continue
        verb = noun.head
        if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("on", "for"):
            verb = verb.head
        elif noun.dep_ != "dobj":
            continue
        other = cands.get(verb.i)
        if other is None or other is cand or verb.pos_ != "VERB" or other.code[:2] not in ("07", "15", "19"):
            continue
        if len(other.source) < 2 and len(cand.source) < 2:
            continue  # ("the navy flew a joint patrol with Japan": one doer named, its partner read by the noun)
        cand.source = other.source if len(other.source) >= 2 else cand.source
        cand.target, cand.reciprocal = [], True  # (a joint deed of its doers with each other)
        del cands[verb.i]


def _own_forces_together(cand: Candidate, ments: Mentions, lexicon: Lexicon) -> bool:
    """A joint military activity (062: patrols, drills, exercises taken part in, joined or held) whose partner, in a
    "with" phrase on the deed's words or their objects, is a bare force or police noun ("with soldiers", "with the
    army", "with army troops": lexicon classes &force, &enforcer; no adjective on it, so not "with allied troops"
    nor "with Russian troops", nor with a party of another country under it), when the deed's parties are one country
    at most: one state's forces acting together
    ("Police in Venezuela joined the patrols with soldiers", "Mexican police took part in patrols with army
    troops") make no cooperation between states (the codebook's 062 is military exchange between actors) but show
    their force (150, as one party's drills with no partner named do: drills_with_partner). review27 finding 10
    (fix27b)."""
    codes = ments.codes(cand.source) | ments.codes(cand.target)
    if cand.code[:3] != "062" or len(codes) > 1:
        return False
    forces = lexicon.classes.get("force", frozenset()) | lexicon.classes.get("enforcer", frozenset())
    stack = [(w, 0) for w in cand.words]
    # ("held joint patrols with soldiers": the phrase may hang on the verb whose object the deed's noun is)
    stack += [
        (w.head, 1) for w in cand.words if w.pos_ == "NOUN" and w.dep_ == "dobj" and w.head.pos_ == "VERB"
    ]
    while stack:
        head, depth = stack.pop()
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    mods = [c for c in pobj.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
                    if (
                        pobj.lemma_.lower() in forces
                        and all(c.dep_ == "compound" and c.lemma_.lower() in forces for c in mods)
                        # ("with troops from Turkey" names another; "with army troops in Rio" the same one)
                        and all(ments.mentions[i].code in codes for i in actors_under(pobj, ments))
                    ):
                        return True
            elif child.dep_ in ("dobj", "prep", "pobj") and depth < 3:
                stack.append((child, depth + 1))
    return False


def _deadly_destruction(cand: Candidate, lexicon: Lexicon) -> bool:
    """A deed of property seized, damaged or destroyed (CAMEO 171x) told by a verb with a participle of killing or
    harm on it (a reading of CAMEO roots 18-20 with an object: "blew up a van carrying building workers, killing eight
    of them", "wrecked two pubs, killing five people"): the thing was destroyed with the people in it, a bombing of
    them (183; docs/annotation-conventions.md 11.3 keeps 1712 for property destroyed as such). Issue 9, forty-sixth
    session (unnamed46)."""
    verb = cand.trigger
    if cand.code[:3] != "171" or verb.pos_ != "VERB":
        return False
    for part in verb.children:
        if part.dep_ not in ("advcl", "xcomp", "conj") or part.tag_ != "VBG":
            continue
        if any(c.dep_ in ("mark", "nsubj") for c in part.children):
            continue  # ("after killing ...", "with two guards killing ...": a clause of its own)
        if first_sense(part.lemma_.lower()).isdisjoint(coder_words().killing_senses):
            continue  # (a verb of killing or wounding people: "slashing the canvas", "taking over the concession")
        entry = match_entry(part, lexicon, ("V",))
        if entry is None or entry.derived or entry.code[:2] not in ("18", "19", "20"):
            continue
        if any(c.dep_ == "dobj" for c in part.children):
            return True
    return False


def _craft_with_relief(cand: Candidate, lexicon: Lexicon) -> bool:
    """A show of force (15x) read in a verb that sends ships or aircraft (lexicon classes &warcraft, &aircraft, or a
    ship, a vessel, a boat) whose every object carries relief: a participle or a 'with' phrase on it names relief goods
    (clauses.json `relief_nouns`): "sent navy ships carrying two field hospitals", "dispatched a warship with tents and
    medical supplies". The craft bring aid (073), no show of force. Twenty-eighth session (prec18)."""
    if cand.code[:2] != "15" or cand.trigger.pos_ != "VERB":
        return False
    craft = lexicon.classes.get("warcraft", frozenset()) | lexicon.classes.get("aircraft", frozenset())
    relief = clause_words().relief_nouns

    def carries(obj: Token) -> bool:
        for child in obj.children:
            heads = []
            if child.dep_ == "acl" and child.tag_ == "VBG":
                heads = [c for c in child.children if c.dep_ == "dobj"]
            elif child.dep_ == "prep" and child.lower_ == "with":
                heads = [c for c in child.children if c.dep_ == "pobj"]
            for head in heads:
                items = [head, *head.conjuncts]
                if any(i.lemma_.lower() in relief for i in items):
                    return True
        return False

    objects = [c for c in cand.trigger.children if c.dep_ == "dobj"]
    # (the 'with' phrase may hang on the verb: "sent a navy ship with tents ... to Libya")
    return bool(objects) and all(
        (o.lemma_.lower() in craft or o.lemma_.lower() in ("ship", "vessel", "boat"))
        and (carries(o) or carries(cand.trigger))
        for o in objects
    )


def _course_not_taken(cand: Candidate, ments: Mentions) -> bool:
    """ "chose to negotiate rather than attack", "prefer managing their rivalry to leaving the region": the course
    not taken is no deed, nor a reading made through it ("managing ... to leaving") (precision31)."""
    words = (
        cand.trigger,
        *cand.words,
        *(g for p in cand.trigger.children if p.dep_ == "prep" for g in p.children),
    )
    return any(course_not_taken(w) for w in words)


# Readings that are no deed of their sentence, dropped once frames are folded and codes refined (each looks at its
# own candidate only, so one pass over them drops what a pass per predicate would).
_NO_DEED: tuple[Callable[[Candidate, Mentions], bool], ...] = (
    # "Japanese patrols spotted Chinese ships": the patrols only saw; they do no deed here
    lambda c, m: perceiver(c.trigger),
    # "relations between Baku and Tehran were strained", "ties soured": no side reduced relations (16x, a material
    # deed); how a relation stands is no deed (precision31)
    lambda c, m: c.code[:2] == "16" and relation_state(c.trigger, m),
    # "analysts said the deal showed that Moscow was ready to work with Ankara": an observer's reading of a thing,
    # no party's offer (precision31)
    lambda c, m: c.code[:2] == "03" and inferred_intent(c.trigger, m),
    _course_not_taken,
    # "the two sides have kept the transport projects going": no journey or meeting (precision31)
    lambda c, m: kept_going(c.trigger),
    # "the agreement provides for 1,960 troops to be deployed", "said the agreement would only hold if": an
    # accord's terms and fate are no deed of the sentence (precision31)
    lambda c, m: provided_deed(c.trigger),
    # "Russia's air campaign helped Y retake Z": the campaign is the deed, the help no event of its own
    lambda c, m: help_by_deed(c),
    # "declined to say whether Russia would grant him asylum": what nobody would say is no deed (refuse44)
    lambda c, m: unsaid_deed(c.trigger),
    # "the Red Army stood by while German troops crushed the uprising": looking on (review46)
    lambda c, m: _looked_on(c, m),
    # "brought her monoplane down in a pasture": a craft landed by those who fly it, no one shot down (motion51)
    lambda c, m: _own_craft_landed(c),
    # "police defused a car bomb", "a bomb was found in a culvert": a weapon named as what a verb acts on is a thing,
    # no bombing; the verb's own reading tells any deed done with it ("detonated a bomb", "planted a bomb"; unnamed46)
    lambda c, m: weapon_acted_on(c.trigger),
    # "a gas explosion wrecked the school", "a fertiliser blast": an explosion of a fuel or a stored good is an accident
    lambda c, m: fuel_explosion(c.trigger),
    # "a safety valve blew", "a container ship slammed into the bridge", "two explosions tore through the bow,
    # sending the submarine to the seabed": a thing that names no party did it (WordNet's things; none49)
    thing_doer,
)


def _no_deed(cand: Candidate, ments: Mentions) -> bool:
    """Whether one of `_NO_DEED` holds of a candidate (a plain loop, in their order; speed49)."""
    for no_deed in _NO_DEED:  # noqa: SIM110
        if no_deed(cand, ments):
            return True
    return False


# the pronouns by which a craft's possessor is the one who flies it ("brought her monoplane down", "brought their
# balloon down")
_OWN_POSSESSORS = frozenset({"her", "his", "their", "its", "our", "my"})


def _own_craft_landed(cand: Candidate) -> bool:
    """A craft brought, put or set down by those who fly it: the object of a verb with the particle "down" is an
    aircraft (the lexicon's &aircraft, `vehicle_nouns`, or a balloon or an airship) with a possessive pronoun ("Amelia
    Earhart brought her monoplane down in a pasture", "Piccard and Jones brought their balloon down in the desert"):
    a landing, no deed of force (195 reads "brought down a fighter": no possessor, or another party's). Exploration
    and record flights are no event (motion51; blind sets 25 and 32 code such landings so)."""
    verb = cand.trigger
    if cand.code[:2] not in ("18", "19") or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj"
        and _flown_craft(c)
        and any(p.dep_ == "poss" and p.lower_ in _OWN_POSSESSORS for p in c.children)
        for c in verb.children
    )


def _flown_craft(noun: Token) -> bool:
    """Whether `noun` names an aircraft one flies (the lexicon's &aircraft, or a balloon, an airship, a glider or a
    plane of `_LANDED_CRAFT`)."""
    lemma = noun.lemma_.lower()
    return lemma in _LANDED_CRAFT or lemma in class_words("aircraft")


# aircraft a pilot or crew brings down themselves, where the lexicon has no class of them
_LANDED_CRAFT = frozenset(
    {
        "balloon",
        "airship",
        "zeppelin",
        "dirigible",
        "glider",
        "monoplane",
        "biplane",
        "seaplane",
        "plane",
        "aircraft",
    }
)


def _looked_on(cand: Candidate, ments: Mentions) -> bool:
    """A party that "stood by" (no one named after "by") while or as another party did something looked on: no
    alert of its forces (152) and no support (052) ("the Red Army stood by while German troops crushed the Warsaw
    uprising", "Dutch peacekeepers stood by as Bosnian Serb forces took Srebrenica": another party named as the subject
    of the "while" or "as" clause, or uncoded doers with an object). Forces standing by as a crisis grew keep their alert; "stood by its ally" keeps the support (review46)."""
    verb = cand.trigger
    if verb.lemma_.lower() != "stand" or cand.code[:2] not in ("05", "15"):
        return False
    if not any(c.lower_ == "by" and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children):
        return False
    own = ments.codes(cand.source)
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("while", "as") for c in clause.children
        ):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        doers = [i for c in subjects for i in actors_under(c, ments)]
        if doers and not ments.codes(doers) <= own:
            return True
        if (
            not doers
            and any(c.pos_ in ("NOUN", "PROPN") for c in subjects)
            and any(c.dep_ == "dobj" for c in clause.children)
        ):
            return True  # ("while Hutu militias killed Tutsi civilians": others, uncoded, doing a deed to someone)
    return False


def weapon_acted_on(tok: Token) -> bool:
    """A noun trigger naming a weapon (`weapon_noun`: "bomb", "grenade", "device") that is the object or the passive
    subject of a verb: the thing acted on, not the deed (unnamed46)."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" and weapon_noun(tok)


def fuel_explosion(tok: Token) -> bool:
    """An explosion (coder_words `explosion_nouns`) of a fuel or a stored good, named by a modifier of &commodity or
    its WordNet kinds ("a gas explosion", "a fertiliser blast"), as the trigger or as the subject of the trigger verb:
    an accident, no deed (unnamed46)."""
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "nsubj"]
    for noun in nouns:
        if noun.lemma_.lower() not in coder_words().explosion_nouns:
            continue
        for mod in noun.children:
            lemma = mod.lemma_.lower()
            if mod.dep_ in ("compound", "amod") and (
                lemma in class_words("commodity") or is_kind(lemma, "commodity")
            ):
                return True
    return False


def _halted_deed(cand: Candidate, cands: dict[int, Candidate]) -> bool:
    """A party's own deed named by a noun that is the object of a verb halting, ending or suspending it, said for the
    future ("Turkey said it would halt its offensive in northern Syria"): the promise of a de-escalation (035x) read at
    the verb is the news; the deed halted is what it acts on, not a deed (nor, said for the
    future, a threat) of its own. Twenty-seventh session (talk17)."""
    noun = cand.trigger
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    other = cands.get(noun.head.i)
    if other is None or other is cand:
        return False
    # (or cooperation halted: "Iraq halted its cooperation with U.N. arms inspectors", a refusal, 1245; with a state, a
    # cut in relations, 160)
    if other.code[:3] != "035" and not (other.code in ("1245", "160") and cand.code[:2] in ("05", "06")):
        return False
    # (one's own deed: "its offensive"; "would not halt Azerbaijan's attacks" leaves another's deed alone)
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return all(o.lower_ in ("its", "their", "his", "her", "our") for o in owners)


def _ended_deed(cand: Candidate) -> bool:
    """A deed named by a noun that is the object of a verb ending, halting, pausing or preventing it (data clauses.json
    `ending_verbs`), directly or through the 'of' phrase of a span ("a truce to end the fighting",
    "signed an accord ... to end ten days of fighting between Jordan's army and Palestinian guerrillas", "a truce to
    pause the fighting between X and Y"): what is ended is no deed of the news, whoever it names as its parties. Not a
    deed with its doer named on it ("to halt Turkey's offensive"): the countered deed stands (`countered_deed`).
    Twenty-eighth session (prec18)."""
    noun = cand.trigger
    if noun.pos_ != "NOUN" or countered_deed(noun) or lasted(noun):
        # (a deed with a doer of its own named on it, "stop Azerbaijan's offensive", is asserted whatever is said of
        # the stopping, and in a complement an event of its own: `countered_deed`, `embedded_deed`; so is one said
        # to have lasted, "ending an occupation that had lasted 18 years": `lasted`)
        return False
    spans = coder_words().span_nouns | clause_words().measure_nouns
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in spans:
        noun = noun.head.head  # ("ten months [of] fighting")
    ending = clause_words().ending_verbs
    if (
        noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in ending
        and cand.code in conflict_words().ended_fight_codes
    ):
        # "the war between X and Y ended with a truce", "the fighting stopped on Friday": fighting said to end is a
        # truce or a retreat, not fighting told (one that did not stop, "the shelling did not stop", goes on; a verb
        # with an object of its own ends that, "the offensive halted the talks"). Other deeds said to end were done
        # ("the airlift ended on Saturday"), and a blockade or an occupation that ends is lifted or left; battles44
        verb = noun.head
        return not any(c.dep_ in ("neg", "dobj") for c in verb.children)
    if (
        cand.code[:3] == "087"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("to", "of")
        and noun.head.head.pos_ == "NOUN"
        and noun.head.head.lemma_.lower() in ending
    ):
        # "declared an end to its ceasefire", "announced the end of the truce": a truce or a de-escalation brought to
        # an end is none (review46)
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ending


def drills_with_partner(cand: Candidate, ments: Mentions) -> None:
    """One party's drills, exercises or manoeuvres held with a partner named in a "with" phrase on the noun or on the
    verb holding them ("Iran held naval exercises with Russia and China", "China's navy held drills with Russian
    warships") are military cooperation (CAMEO 062 "joint military games and maneuvers"), the partners its target
    (one-sided: the doer is the one the sentence names as holding them), not a show of force (150). A "with" phrase
    that names no party ("drills with live ammunition", "exercises with fighter jets") leaves the show of force. Data:
    `coder_words.json` drill_nouns. Twenty-seventh session (talk17)."""
    if cand.code != "150":
        return
    nouns = coder_words().drill_nouns
    trig = cand.trigger
    noun = trig if trig.lemma_.lower() in nouns and trig.pos_ == "NOUN" else None
    if noun is None:
        noun = next((c for c in trig.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    if noun is None:
        return
    heads = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [])
    own = {ments.mentions[i].code for i in cand.source}

    def named_partner(i: int, prep: Token) -> bool:
        # the partner is the phrase's object or its "of"/"from" phrase ("troops from China", "the navies of Japan"),
        # not a place further down ("drills with hundreds of guns near the South Korean border")
        tok = ments.doc[ments.heads[i]] if ments.doc is not None else prep
        while tok.i != prep.i:
            if tok.dep_ == "pobj" and tok.head.lower_ not in ("with", "of", "from"):
                return False
            if tok.dep_ not in ("pobj", "conj", "prep", "compound", "amod", "poss", "cc", "appos", "nmod"):
                return False
            if tok.head is tok:
                return False
            tok = tok.head
        return bool(ments.mentions[i].code) and ments.mentions[i].code not in own

    partners = [
        i
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep"
        and prep.lower_ == "with"
        # ("drills near the border with Azerbaijan": the state across a border, rule 10, not a partner)
        and not (prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in coder_words().border_nouns)
        for i in pobj_actors(prep, ments)
        if named_partner(i, prep)
    ]
    if not cand.source or not partners:
        return
    cand.code = "062"
    cand.target = list(dict.fromkeys(partners))


def visit_origin(cand: Candidate, ments: Mentions) -> None:
    """ "Pope Francis arrived in Port Moresby on Friday from Jakarta": the place a visitor comes from (a "from" phrase
    on the verb of arrival, data: `arrival_verbs`) is where the journey began, no party to the visit (rule 2); a
    target named only there is dropped. Twenty-seventh session (talk17)."""
    trig = cand.trigger
    if cand.code[:2] != "04" or cand.reciprocal or trig.lemma_.lower() not in coder_words().arrival_verbs:
        return

    def on_verb(prep: Token) -> bool:
        # (the parser may hang the phrase on a phrase of time: "arrived on Friday evening from Jakarta")
        tok = prep.head
        while tok.i != trig.i:
            if tok.dep_ not in ("prep", "pobj", "npadvmod") or tok.head is tok:
                return False
            tok = tok.head
        return True

    origin = {
        i
        for p in trig.subtree
        if p.dep_ == "prep" and p.lower_ == "from" and on_verb(p)
        for t in p.subtree
        for i in ments.at(t)
    }
    own = {ments.mentions[i].code for i in cand.source}
    kept = [i for i in cand.target if i not in origin and ments.mentions[i].code not in own]
    if kept == cand.target:
        return
    # (the place arrived in, when the origin or the visitor's own country had taken its place: "arrived in Port
    # Moresby from Jakarta"; "landed in Israel on Tuesday, the first Indian prime minister to visit", where the parser
    # makes the apposition an object)
    reached: list[int] = []
    for p in trig.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "to", "into", "at"):
            continue
        reached += [i for i in pobj_actors(p, ments) if i not in origin and ments.mentions[i].code not in own]
        for pobj in (c for c in p.children if c.dep_ == "pobj"):
            places = [m for m in ments.places.get(pobj.i, []) if m.code and m.code not in own]
            if places and not reached:
                reached = [ments.add(places[0], pobj.i)]
    cand.target = kept or reached[:1]


def followed_possibly(cand: Candidate, ments: Mentions) -> None:
    """ "Duterte said he might follow Russia in withdrawing from the International Criminal Court", "Hungary could
    join Poland in blocking the budget": a hostile deed told as the doer possibly following or joining another (a
    modal of possibility, data: `possibility_aux`, on a verb of `following_verbs`) is the doer's threat to do it (13x,
    docs/annotation-conventions.md 4.1 and 5.1 "might quit"), not the deed; the one followed is no party (roles).
    "Would follow X in leaving" is left to the deed (5.1: an announced leaving is the leaving). Twenty-seventh session
    (talk17)."""
    deed = cand.trigger
    if deed.dep_ != "pcomp" or deed.head.lower_ != "in":
        return
    # (a deed of conflict, or a treaty left: "might follow X in leaving the Paris agreement", 120-127, rule 5.2)
    left = cand.code[:2] == "12" and deed.lemma_.lower() in coder_words().exit_verbs
    if cand.code[:2] not in frame_codes().conflict_roots and not left:
        return
    verb = deed.head.head
    while verb.dep_ in ("dobj", "conj", "pobj", "prep") and verb.pos_ != "VERB" and verb.head is not verb:
        verb = verb.head  # (the parser may hang the phrase on the one followed)
    words = coder_words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.following_verbs:
        return
    if not any(c.dep_ == "aux" and c.lower_ in words.possibility_aux for c in verb.children):
        return
    cand.code = refine("threat", cand.code)
    cand.entry = Entry("F", cand.code, verb.lemma_.lower(), frame="threat")
    cand.modality_token = verb.head if verb.dep_ == "ccomp" else verb


# the verbs by which a clause names a deed a crime ("amounts to genocide", "constitutes a war crime") and the verbs by
# which a party states that clause (court50)
_LABEL_VERBS = frozenset({"amount", "constitute"})
_LABEL_STATING = frozenset(
    {"declare", "determine", "conclude", "find", "say", "state", "rule", "hold", "recognise"}
)


def labelled_crime(cand: Candidate, ments: Mentions) -> int | None:
    """ "Britain's House of Commons passed a motion declaring that China's treatment of the Uighurs amounts to genocide",
    "the State Department determined that the army's campaign amounts to genocide": a deed the lexicon reads on the
    name of a crime (genocide, mass killing: roots 18-20) that a clause says another deed "amounts to" or
    "constitutes", stated by a party (declared, determined, concluded, found, said), is that party's accusation of the
    doer (CAMEO 112, as court49-1 codes a legislature's declaration), not the crime told as news (court50). The party is
    the stating verb's subject, or the subject of the verb it hangs on ("passed a motion declaring ..."). Returns the
    index of a verb of passing the declaration hangs on (its own reading, the motion passed, is the same act), else
    None."""
    if cand.code[:2] not in ("18", "19", "20") or not cand.source or cand.reciprocal:
        return None
    label = cand.trigger
    verb = label.head.head if label.dep_ == "pobj" and label.head.lower_ == "to" else label.head
    if label.dep_ not in ("pobj", "dobj", "attr", "nsubj") or verb.lemma_.lower() not in _LABEL_VERBS:
        return None  # (the deed so named may be read on the crime's name or on the deed itself: "the killing ...")
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _LABEL_STATING:
        return None
    if any(c.dep_ == "neg" for c in verb.head.children):
        return None
    stating = verb.head
    holder = stating
    if not any(c.dep_ == "nsubj" for c in stating.children) and stating.dep_ in ("advcl", "acl", "xcomp"):
        holder = stating.head  # ("passed a motion declaring that ...": the passer states it)
        if holder.pos_ == "NOUN" and holder.dep_ in ("dobj", "nsubjpass"):
            holder = holder.head  # ("a motion [declaring] ..." hung on the motion)
    subjects = [c for c in holder.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    doers = {ments.mentions[i].code for i in cand.source}
    sources = [i for i in actors_under(subjects[0], ments) if ments.mentions[i].code not in doers]
    if not sources:
        return None
    cand.entry = Entry("V", "112", stating.lemma_.lower())
    cand.code = "112"
    cand.target = list(cand.source)
    cand.source = sources[:1]
    cand.modality_token = stating
    passing = holder.i != stating.i and holder.lemma_.lower() in coder_words().resolution_verbs
    return holder.i if passing else None


# the CAMEO roots of a deed an investigative body may find a party did (protest, coercion, assault, fight, mass violence)
_FOUND_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})


def finding_of_deed(cand: Candidate, ments: Mentions) -> None:
    """ "U.N. investigators said in a report that Myanmar's army had carried out mass killings", "the UN commission of
    inquiry on Ukraine found that Russian forces had committed war crimes", "a panel of UN experts said that North
    Korea had stolen ...": a deed an investigative body (data: `deed_finder_nouns`) reports, finds or concludes (data:
    `finding_verbs`) another party did is the body's accusation (CAMEO 112), from the body to the doer (blind set 5
    codes "U.N. investigators said in a report ... that Myanmar's army had carried out mass killings" 1122); the deed
    is what the finding says, not a deed reported as news. A court's finding is read elsewhere (116, rule 8). The body
    must be named as an actor (its international body first, "the UN commission ... on Ukraine" is the UN's), and
    before the deed: a trailing "..., UN investigators said" is a wire's attribution of the news. Monitors, experts, a
    mission or a watchdog report the news ("Israeli troops shot dead two Palestinians, a UN monitor said").
    Twenty-seventh session (talk17; review27 finding 1, fix27a)."""
    if cand.code[:2] not in _FOUND_ROOTS or not cand.source or cand.reciprocal:
        return
    words = coder_words()
    clause = cand.trigger
    for _ in range(6):
        if clause.dep_ == "ccomp" or clause.head is clause:
            break
        clause = clause.head
    report = clause.head
    if clause.dep_ != "ccomp" or report.lemma_.lower() not in words.finding_verbs:
        return
    if report.i > clause.i and report.lemma_.lower() not in words.judging_verbs:
        # (a trailing "..., UN investigators said" attributes the news; a trailing verb of finding that is a verb of
        # judging too, "..., a United Nations inquiry found", "..., the commission concluded", tells the body's
        # finding: verdict48)
        return
    subjects = [c for c in report.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lemma_.lower() not in words.deed_finder_nouns:
        return
    doers = {ments.mentions[i].code for i in cand.source}
    found = [i for i in actors_under(subjects[0], ments) if ments.mentions[i].code not in doers]
    bodies = [i for i in found if str(ments.mentions[i].code).startswith("IGO")] or found[:1]
    if not bodies:
        return
    cand.entry = Entry("V", "112", report.lemma_.lower())
    cand.code = "112"
    cand.target = list(cand.source)
    cand.source = bodies[:1]
    cand.modality_token = report
    # (dated by the finding, not by the deed it finds: "found in October that X had ... in April")
    cand.said_at = report


# intents to give material aid (CAMEO 033, 0331-0333): a promise to the receiver even when made in protest at another
_AID_PLEDGES = frozenset({"033", "0331", "0332", "0333"})
# the words that open a clause of time on the main verb ("died when a bomb exploded", "as a grenade went off")
_TIME_MARKS = frozenset({"when", "as"})


def _judgement_over_order(chosen: list[Candidate], ments: Mentions) -> list[Candidate]:
    """The candidates without the court's further acts told beside its judgement (116): a demand coordinated with it on
    the same party ("found that X had breached ... and told X to review", "ruled that ... and ordered X to"), and
    anything read in a verb coordinated with the judgement that shares the court as its subject ("held Congo
    responsible ... and said Kinshasa owed Guinea compensation", "ruled that Uruguay had breached its duty ..., but it
    turned down Buenos Aires' demand that the plant be closed"): one ruling, read as the judgement
    (docs/annotation-conventions.md rule 8.2). An order with a ruling only in a participle ("ordered Turkey to release
    X, ruling that ...") is not coordinated and stays the court's demand; a custodial sentence (17x) is the deed
    (rule 8.1, `_sentence_over_verdict`)."""
    judgements = [c for c in chosen if c.code == "116" and c.trigger.pos_ in ("VERB", "AUX")]
    if not judgements:
        return chosen

    def shared_acts(judgement: Candidate) -> list[Token]:
        # (the verbs coordinated with the judgement that have no subject of their own, or the pronoun "it")
        return [
            v
            for v in judgement.trigger.conjuncts
            if v.pos_ in ("VERB", "AUX")
            and all(c.lower_ == "it" for c in v.children if c.dep_ in ("nsubj", "nsubjpass"))
        ]

    def part_of(other: Candidate) -> bool:
        if other.code == "116" or other.code[:2] == "17":
            return False
        for j in judgements:
            if (
                other.code[:2] == "10"
                and other.trigger in j.trigger.conjuncts
                and (not other.source or not j.source or ments.codes(other.source) <= ments.codes(j.source))
                and ments.codes(other.target) <= ments.codes(j.target)
            ):
                return True
            if any(v.left_edge.i <= other.trigger.i <= v.right_edge.i for v in shared_acts(j)):
                return True
        return False

    return [c for c in chosen if not part_of(c)]


def _foreign_fire(
    cand: Candidate, source: tuple[EventActor, ...], target: tuple[EventActor, ...], gathering: frozenset[str]
) -> bool:
    """True when the forces that fire and the people fired on are of different states (both named) and no word of
    a gathering (class gathering: protesters, marchers, mourners, a crowd) is in the trigger's phrases."""
    doers = {a.code[:3] for a in source if a.code}
    victims = {a.code[:3] for a in target if a.code}
    if not doers or not victims or doers & victims:
        return False
    verb = cand.trigger
    return not any(
        (t.lemma_.lower() in gathering or t.lower_ in gathering) and not t.ent_type_  # (not "in March")
        for c in verb.children
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "at", "upon", "into", "against"))
        for t in c.subtree
    )


def _sanction_over_order(chosen: list[Candidate], ments: Mentions) -> list[Candidate]:
    """The candidates without an order to leave or to shut coordinated with a cut in relations (16x) by the same
    party on the same party ("expelled the Vatican's ambassador and ordered him to leave the country", "expelled
    Ethiopia's ambassador and ordered Ethiopian consulates to close", "recalled its ambassador and told Iran's envoy
    not to come back"): the order carries out the sanction, one deed. The order is read as a demand (10x) or an
    expulsion (174) through its clause's verb (data clauses.json `departure_verbs`); its addressee may be left
    unnamed ("ordered him to leave")."""
    sanctions = [c for c in chosen if c.code[:2] == "16" and c.trigger.pos_ in ("VERB", "AUX")]
    if not sanctions:
        return chosen
    departures = clause_words().departure_verbs

    def part_of(other: Candidate) -> bool:
        if not (other.code[:2] == "10" or other.code == "174"):
            return False
        if not any(w.i != other.trigger.i and w.lemma_.lower() in departures for w in other.words):
            return False
        return any(
            other.trigger in s.trigger.conjuncts
            and (not other.source or ments.codes(other.source) <= ments.codes(s.source))
            and ments.codes(other.target) <= ments.codes(s.target)
            for s in sanctions
        )

    return [c for c in chosen if not part_of(c)]


def _search_parts(alive: list[Candidate], ments: Mentions, lexicon: Lexicon) -> list[Candidate]:
    """The candidates without a forced entry (data clauses.json `entry_verbs`) or a seizure (171) coordinated with a
    search or an inquiry's raid (09x, a verb) by the same doers, when those doers are police or investigators (lexicon
    class &enforcer, data `searcher_nouns`): "Police armed with a battering ram forced their way into the home of X
    and searched it", "federal police searched the home of X and seized his mobile phone". The way in and what the
    search takes serve it: one event, the search (the sets code it 09x). Soldiers or militants who storm a place and
    search it keep their deed of force. Twenty-eighth session (prec18)."""
    searches = [c for c in alive if c.code[:2] == "09" and c.trigger.pos_ == "VERB" and c.source]
    if not searches:
        return alive
    entries = clause_words().entry_verbs
    searchers = lexicon.classes.get("enforcer", frozenset()) | clause_words().searcher_nouns

    def part(cand: Candidate) -> bool:
        if cand.trigger.pos_ != "VERB" or cand.code[:2] == "09":
            return False
        if cand.trigger.lemma_.lower() not in entries and cand.code != "171":
            return False
        return any(
            search.trigger in cand.trigger.conjuncts
            and (not cand.source or ments.codes(cand.source) <= ments.codes(search.source))
            and subject_heads(search.trigger) & searchers
            for search in searches
        )

    return [c for c in alive if not part(c)]


def _entry_before_deed(chosen: list[Candidate], ments: Mentions) -> list[Candidate]:
    """The candidates without a way in forced ("stormed", "raided", "forced their way into": data clauses.json
    `entry_verbs`) when a verb coordinated with it states another deed of another type by the same party ("stormed a
    plane at Novosibirsk airport and arrested X", "forced their way into the embassy and dragged away X", "stormed
    the embassy and took more than 60 Americans hostage"): the entry is the means of that deed, one event. Not beside a
    rescue ("stormed the camp and freed six soldiers": the assault is the deed, captives freed by force no release)."""
    entries = clause_words().entry_verbs

    def entry(cand: Candidate) -> bool:
        return cand.trigger.pos_ == "VERB" and cand.trigger.lemma_.lower() in entries

    def means(cand: Candidate) -> bool:
        if not entry(cand) or not cand.source:
            return False
        kind = cameo.plover_type(cand.code)
        return any(
            other is not cand
            and not entry(other)
            and other.trigger.pos_ in ("VERB", "AUX")
            and other.trigger in cand.trigger.conjuncts
            and cameo.plover_type(other.code) not in (kind, "RETREAT")
            and other.code[:2] in ("14", "17", "18", "19", "20")
            and (not other.source or ments.codes(other.source) <= ments.codes(cand.source))
            for other in chosen
        )

    return [c for c in chosen if not means(c)]


def _journey_of_release(chosen: list[Candidate]) -> list[Candidate]:
    """The candidates without a visit (042) read in a verb of a journey (data clauses.json `journey_verbs`)
    coordinated with a release (084x) or a resignation (0831): "Russia freed the pilot and flew her home to Kyiv",
    "a court freed X ..., and he flew to Germany that evening", "quit as prime minister and flew to India". The
    journey is the way home or into exile of the one freed or the one who quit, no visit."""
    journeys = clause_words().journey_verbs
    ends = [c for c in chosen if c.code[:3] == "084" or c.code == "0831"]

    def journey(cand: Candidate) -> bool:
        return (
            cand.code == "042"
            and cand.trigger.lemma_.lower() in journeys
            and any(cand.trigger in end.trigger.conjuncts for end in ends)
        )

    return [c for c in chosen if not journey(c)] if ends else chosen


def _orders_of_ruling(chosen: list[Candidate], ments: Mentions) -> list[Candidate]:
    """The candidates without a court's order or refusal (10x, an appeal 02x, 12x) joined as a conjunct to that court's
    own ruling: a verdict (116), or a finding, a rejection or a coercive deed of a court (11x, 12x or 17x whose doer
    is a court, sector JUD). "The European Court of Human Rights ruled that Belgium had violated an asylum seeker's rights ..., and
    ordered Brussels to pay him 24,900 euros", "found that Serbia had failed to prevent the genocide, and ordered
    Belgrade to hand over the men accused of it": the damages or the measures ordered are what the ruling decides
    (docs/annotation-conventions.md rule 8.2: a ruling against a state is 116), not a demand beside it; so is a claim
    the court turns down in the same ruling ("... and rejected the applicants' other claims")."""

    def doers(cand: Candidate) -> set[str]:
        return {ments.mentions[i].code for i in cand.source}

    def ordered_by(order: Candidate, ruling: Candidate) -> bool:
        if order is ruling or order.code[:2] not in ("10", "02", "12"):
            return False
        if order.trigger not in ruling.trigger.conjuncts:
            return False
        if ruling.code[:2] == "12" and order.code[:2] == "12":
            # (two rejections joined are two claims or acts set aside, each its own: "rejected Croatia's claim ...
            # and threw out a counter-claim by Belgrade")
            return False
        # (the conjunct shares the court as its subject, or has the court itself as its own: "and it ordered", "and
        # the court ordered"; a verb with another subject is that party's, even one of the court's own state: "and
        # Netanyahu rejected the ruling")
        subjects = [c for c in order.trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
        return all(court_subject(c, ruling) for c in subjects)

    def court_subject(subject: Token, ruling: Candidate) -> bool:
        if subject.lower_ == "it":
            return True
        named = actors_under(subject, ments)
        return bool(named) and all(
            ments.mentions[i].sector == "JUD" and ments.mentions[i].code in doers(ruling) for i in named
        )

    rulings = [
        c
        for c in chosen
        if c.code == "116"
        # (a court's setting aside of an act is its ruling too: "annulled the re-election of President Kenyatta and
        # ordered a fresh vote within 60 days"; institution51)
        or (c.code[:2] in ("11", "12", "17") and any(ments.mentions[i].sector == "JUD" for i in c.source))
    ]
    if not rulings:
        return chosen
    return [c for c in chosen if not any(ordered_by(c, r) for r in rulings)]


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


def _names_someone(tokens: list[int], sent: Span) -> bool:
    """True when one of the (sorted) mention tokens lies in the sentence."""
    at = bisect_left(tokens, sent.start)
    return at < len(tokens) and tokens[at] < sent.end


def _they_subject(sent: Span) -> bool:
    """True when "they" or a plural that stands for parties named before ("the sides", "the three leaders") is
    a subject in the sentence."""
    words = role_words()
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (t.lower_ in words.pair_subject_pronouns or t.lower_ in words.group_anaphor_nouns)
        for t in sent
    )


def _doer_subject(sent: Span) -> bool:
    """True when the sentence's main verb has a doer for its subject (`doer_noun`), or a verb of its clause of time has
    a weapon for its subject: a deed of force it states may be kept with no parties (`_unnamed_doers_deed`: "a lone
    gunman shot dead ...", "a bomb that neo-fascists had hidden blew up ...", "twelve people died when a bomb
    exploded"), so the sentence is read though it names no party the resolver coded."""
    root = sent.root
    if root.pos_ != "VERB":
        return False
    if any(c.dep_ == "nsubj" and doer_noun(c) for c in root.children):
        return True
    return any(_weapon_clause(c) for c in root.children)


# the classes of armed men, police and crowds whose members do deeds (a band the resolver does not code)
_DOER_CLASSES = ("force", "military", "enforcer", "irregular", "protester", "crowd")


def doer_noun(tok: Token) -> bool:
    """A subject that names a doer of deeds: a person's or a body's name (PERSON, ORG, NORP), a weapon (`weapon_noun`),
    a noun of the resolver's lone doers and collectives ("gunman", "bomber", "raider", "tribesman", "driver": role_words
    `lone_doer_nouns`, `collective_sectors`), or one of armed men, police or crowds by the classes and their WordNet
    kinds ("legionnaires", "commandos", "policemen", "fighters"); not a thing or a word ("the ruling damaged ...",
    "an oxygen tank blew up")."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in ("PERSON", "ORG", "NORP")
    if tok.pos_ != "NOUN":
        return False
    if weapon_noun(tok):
        return True
    lemma = tok.lemma_.lower()
    words = role_words()
    if lemma in words.lone_doer_nouns or lemma in words.pairs("collective_sectors"):
        return True
    return any(lemma in class_words(name) or is_kind(lemma, name) for name in _DOER_CLASSES)


def _weapon_clause(verb: Token) -> bool:
    """A clause of time ("when", "as") on the main verb whose subject is a weapon (coder_words `weapons`, the
    project's &weapon class and the nouns WordNet puts in it, less craft and armour): "twelve people died when a
    bomb that the Black Order said it had planted exploded" (unnamed46)."""
    if verb.dep_ != "advcl" or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and weapon_noun(c) for c in verb.children)


def weapon_noun(tok: Token) -> bool:
    """A noun naming a weapon used as the doer of a deed ("a bomb exploded", "grenades killed"): coder_words
    `weapons` or a projectile by the &weapon class and its WordNet kinds (`kinds.projectile`)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in coder_words().weapons or projectile(lemma))


def _agentless_passive(sent: Span) -> bool:
    """True when the sentence has a passive subject (a passive with no party named may have its doer in the
    sentence before: see `doer_before`)."""
    return any(t.dep_ == "nsubjpass" for t in sent)


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


def _office_left(cand: Candidate, ments: Mentions) -> None:
    """A resignation (083x) whose doer is named by no party ("David Petraeus ... stepped down as director of the
    CIA", "X resigned as Poland's prime minister"): the party named in the "as" phrase of the office left is the
    one who resigns (its holder), not the resignation's target (rule 7: a resignation's target is a challenger)."""
    if not cand.code.startswith("083") or cand.source:
        return
    for prep in cand.trigger.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        held: list[int] = []
        for tok in (t for p in prep.children if p.dep_ == "pobj" for t in p.subtree):
            held.extend(i for i in ments.at(tok) if i not in held)
        if held:
            cand.source = held
            cand.target = [i for i in cand.target if i not in held]
        return


def _yielded_cancel(cand: Candidate) -> bool:
    """A rejection (12x) told by a verb of cancelling one's own measure (data: `yielding_cancels`) with a phrase or
    a clause of time or cause (roles.json `pressure_preps`, "after", "following", "amid", "under") that names
    protests, strikes or pressure (`pressure_nouns`): "Chirac scrapped a contested youth employment contract after two
    months of mass protests", "the lower house threw out the bill three days after women stayed away from work to
    protest against it". The cancelling gives way to the protest: a concession (0832), not a rejection."""
    tok = cand.trigger
    if cameo.plover_type(cand.code) != "REJECT" or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() not in coder_words().yielding_cancels:
        return False
    words = role_words()
    # (the parser may hang a trailing clause of time on a relative clause of the object: "threw out a bill that would
    # have banned X, three days after women stayed away ...")
    late = [
        c
        for o in tok.children
        if o.dep_ == "dobj"
        for r in o.children
        if r.dep_ == "relcl"
        for c in r.children
    ]
    for child in [*tok.children, *(c for c in late if c.dep_ == "advcl" and c.i > c.head.i)]:
        opener = child.lower_ if child.dep_ == "prep" else None
        if child.dep_ == "advcl":
            opener = next((m.lower_ for m in child.children if m.dep_ in ("mark", "prep")), None)
        elif child.dep_ == "npadvmod":
            # ("three days after women stayed away ...": the parser hangs the "after" on the span of time)
            opener = next((p.lower_ for p in child.children if p.dep_ == "prep"), None)
        if opener not in words.pressure_preps:
            continue
        if any(t.lemma_.lower() in words.pressure_nouns for t in child.subtree):
            return True
    return False


def _naming_participle(cand: Candidate, main: Candidate) -> bool:
    """A sanction (16x) told by a participle of `coder_words.json` `naming_participles` with no subject of its own,
    hung on a word of the main clause's candidate ("The U.S. Senate overrode the president's veto, imposing sanctions on
    South Africa", "Greece shut the port of Thessaloniki to goods bound for Macedonia, imposing a trade embargo"):
    the participle names what the main deed amounts to, so it is the news, the main verb its means."""
    tok = cand.trigger
    if (
        tok.tag_ != "VBG"
        or tok.dep_ not in ("advcl", "acl")
        or tok.lemma_.lower() not in coder_words().naming_participles
        or cameo.plover_type(cand.code) != "SANCTION"
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    ):
        return False
    return tok.head in main.words


def _message_said(cand: Candidate, channel: Token) -> bool:
    """What a message says, told by a participle with no subject of its own on the verb that sends it: "cabled
    Hitler and Benes, appealing to them ...", "telephoned Khrushchev, warning him that ...", "wrote to the Emperor,
    urging him to seek peace", "sent a message to Washington, proposing talks". The participle's reading is a talk
    root other than a meeting (data: `message_verbs`, `message_carriers` with `message_nouns`,
    `message_content_roots`; talk23)."""
    tok = cand.trigger
    words = coder_words()
    if (
        tok.tag_ != "VBG"
        or tok.dep_ not in ("advcl", "xcomp", "conj")
        or tok.head.i != channel.i
        or tok.i == channel.i
        or cand.code[:2] not in words.message_content_roots
        or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
    ):
        return False
    lemma = channel.lemma_.lower()
    if lemma in words.message_verbs:
        return True
    return lemma in words.message_carriers and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.message_nouns for c in channel.children
    )


def _addressees(channel: Token, ments: Mentions) -> list[int]:
    """The parties a message went to: the object of the verb that sends it ("cabled Hitler") or its "to" phrase
    ("wrote to the Emperor", "sent a message to Washington")."""
    notes = [
        c for c in channel.children if c.dep_ == "dobj" and c.lemma_.lower() in coder_words().message_nouns
    ]
    if notes:
        return prep_actors(channel, ("to",), ments) or [
            i for n in notes for i in prep_actors(n, ("to",), ments)
        ]
    told = [i for c in channel.children if c.dep_ in ("dobj", "dative") for i in actors_under(c, ments)]
    return told or prep_actors(channel, ("to",), ments)


def _in_parade(verb: Token) -> bool:
    """Whether a march is told in, at or during a parade or a procession (parade_nouns: "marched across Red Square in
    the Victory Day parade"): with no party named, no protest (review47)."""
    return parade_noun(verb) is not None or paraded(verb)


def _unnamed_doers_deed(cand: Candidate, sent: Span, lexicon: Lexicon) -> bool:
    """ "Nathuram Godse shot Mahatma Gandhi in New Delhi", "a lone gunman assassinated ...": a clear deed of force
    (a hand reading of roots 17-20) stated by the sentence's main verb with a doer named in the text, whom the
    resolver could not code (a person outside its packs, "a gunman"), is kept with no parties rather than dropped
    (data: clauses.json `unnamed_doer_roots`); so is a crowd's protest (root 14: "miners quit the pits"), and such a
    deed told by a conjunct or a participle of the main verb whose doers it shares (`_shared_doers`; none47)."""
    tok = cand.trigger
    if tok.pos_ != "VERB" or cand.entry.derived or cand.entry.implied or cand.fallback:
        return False
    if cand.code[:2] not in clause_words().unnamed_doer_roots:
        return False
    if cand.code[:2] == "14" and (
        cand.entry.kind != "V" or (cand.code == "141" and (festive(tok, lexicon) or _in_parade(tok)))
    ):
        # ("the miners refused to accept the pay offer": a frame's reading of a protest, read over its clause, is kept
        # only with its parties; a protest the verb itself names is kept without them; "the veterans marched through
        # Moscow on Victory Day": a festive march is no protest, parties.festive)
        return False
    if tok.i == sent.root.i:
        subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    else:
        subjects = _shared_doers(tok, sent)
    if (
        cand.code[:2] == "17"
        and not any(c.dep_ == "dobj" for c in tok.children)
        and not any(weapon_noun(s) for s in subjects)
    ):
        # ("an oxygen tank blew up in the service module", "a suffragette hacked at the painting"): property seized or
        # destroyed names what is taken or destroyed as the object; a thing that blows up by itself is no deed
        return False
    if cand.code[:3] != "183" and _on_oneself(tok):
        # ("the gunman turned the gun on himself", "killed himself": no deed on another; a bomber who blew himself up
        # bombed those around him)
        return False
    return bool(subjects)


def _shared_doers(verb: Token, sent: Span) -> list[Token]:
    """The doers a verb shares with the sentence's main verb ("a band of officers burst into the residence and mortally
    wounded the Prime Minister", "insurgents fell upon the estate, murdering its manager"): for a conjunct of the main
    verb or a participle hung on it (-ing, no "when" or "after" of its own) that has no subject of its own, the main
    verb's noun subjects that name doers (`doer_noun`: armed men, police, crowds, a lone doer); none otherwise (none47)."""
    root = sent.root
    if verb.head.i != root.i or root.pos_ != "VERB":
        return []
    if verb.dep_ == "conj":
        pass
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
        if any(c.dep_ in ("mark", "advmod") for c in verb.children):
            return []
    else:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    return [c for c in root.children if c.dep_ == "nsubj" and doer_noun(c)]


def _on_oneself(verb: Token) -> bool:
    """Whether an object of the verb (its direct object or the object of one of its phrases) is a reflexive pronoun."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.pos_ == "PRON" and o.lower_.endswith(("self", "selves")) for o in objects)


def _weapon_deed(cand: Candidate, sent: Span) -> bool:
    """ "Twelve people died when a bomb that the Black Order said it had planted exploded": a deed of force (a hand
    reading of roots 17-20) done by a weapon in a clause of time on the main verb, where the main verb tells only
    what befell its victims (no object: "died", "were killed"), is the sentence's deed; kept with no parties when the
    resolver codes none (as `_unnamed_doers_deed`; unnamed46)."""
    tok = cand.trigger
    if cand.entry.derived or cand.entry.implied or cand.fallback:
        return False
    if cand.code[:2] not in clause_words().unnamed_doer_roots or tok.head.i != sent.root.i:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in sent.root.children):
        return False
    return _weapon_clause(tok)


def _unresolved_main_deed(cand: Candidate, sent: Span) -> bool:
    """A deed of the sentence's main verb, by a hand reading with a PLOVER type, whose doer is named by a proper name
    or a person the resolver could not code ("Milos Jakes resigned as party leader"), and which names no party."""
    tok = cand.trigger
    if (
        cand.source
        or cand.target
        or tok.i != sent.root.i
        or tok.pos_ != "VERB"
        or cand.entry.derived
        or cand.entry.implied
        or cand.fallback
        or cameo.plover_type(cand.code) is None
    ):
        return False
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in tok.children)


def _in_protest(verb: Token) -> bool:
    """True for a verb of a stated future whose clause says it is done "in protest" ("would pull its troops out of
    the force ... in protest at a report"; the parser may hang the phrase on a noun of the clause): data
    coder_words.json `protest_adjunct_nouns`. Not through a clause of its own (a relative clause, a conjunct)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nouns = coder_words().protest_adjunct_nouns
    for tok in verb.subtree:
        if tok.lemma_.lower() not in nouns or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        step = tok.head
        for _ in range(12):
            if step.i == verb.i:
                return True
            if step.head.i == step.i or (
                step.dep_ in ("relcl", "conj", "ccomp", "advcl", "acl") and step.pos_ in ("VERB", "AUX")
            ):
                break
            step = step.head
    return False


def _conditions_its_threat(cand: Candidate) -> bool:
    """True for a threat made in the past whose only condition is the one it sets ("Russia warned Finland of
    consequences if it joined NATO", "threatened X with sanctions unless ..."): the condition holds the threatened
    deed open, not the threat, which was made."""
    verb = cand.trigger
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBD":
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(condition_clause(c) for c in verb.children)


def _after(when: str | None, precision: str, article_date: str | None) -> bool:
    """True when an event's own date (not the article's) lies after the article's date."""
    if when is None or article_date is None or precision not in ("day", "month", "year"):
        return False
    try:
        return datetime.date.fromisoformat(when) > datetime.date.fromisoformat(article_date[:10])
    except ValueError:
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


def _speakers_side(cand: Candidate, ments: Mentions, turn: Turn) -> bool:
    """True when the doers of a deed said in a turn are the speaker's country, with the other speakers' at most
    ("France will support ..." said by Macron, "Germany and France will ..." said by Merkel)."""
    speaker = turn.attribution.code
    codes = ments.codes(cand.source)
    return (
        bool(speaker)
        and speaker in codes
        and codes <= {speaker} | {a.code for a in turn.counterparts if a.code}
    )


def _conditioned(cand: Candidate) -> bool:
    """True when the deed's verb carries a condition ("will come to each other's aid if either is attacked") and
    no modal of possibility: the condition belongs to what is pledged."""
    verb = cand.trigger
    if any(c.dep_ == "aux" and c.lower_ in coder_words().possibility_aux for c in verb.children):
        return False
    return any(condition_clause(c) for c in verb.children)


def _own_pledge(cand: Candidate) -> bool:
    """True when a first-person subject states the intent: of the trigger or of the verbs it complements ("we will
    provide", "we are going to provide", "we have decided to meet")."""
    first = coder_words().first_person
    tok = cand.trigger
    for _ in range(4):
        if any(c.dep_ == "nsubj" and c.lower_ in first for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


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


def _journey_before_deed(cand: Candidate, alive: Sequence[Candidate], ments: Mentions) -> bool:
    """True for a visit (042) read from a verb of going or coming (`journey_destinations`) with a verb conjoined to it
    that has no subject of its own and reads a deed of another family (not root 04) by the same doer: "Carter flew to
    Vienna and signed the SALT II treaty", "Robert Gale flew into Moscow and began helping Soviet doctors". The deed
    is the news; a visit joined to a meeting ("landed at Andrews and was met by Eisenhower", "travelled to Kyiv and
    walked through the city with Zelensky") stays the visit. Issue 9, thirty-seventh session (journeys37)."""
    tok = cand.trigger
    if cand.code != "042" or tok.pos_ != "VERB" or tok.lemma_.lower() not in journey_destinations():
        return False
    own = ments.codes(cand.source)
    for other in alive:
        deed = other.trigger
        if (
            other is not cand
            and other.code[:2] != "04"
            and cameo.plover_type(other.code)
            and deed.dep_ == "conj"
            and deed.head.i == tok.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in deed.children)
            and other.source
            and ments.codes(other.source) <= own
        ):
            return True
    return False


def _setting_meeting(cand: Candidate) -> bool:
    """True for a talk-family deed (04x) told as a participle on the subject of the sentence's verb ("Arab leaders
    meeting in Bahrain called on Thursday for ...", "NATO leaders gathered in Bucharest declined to ..."): it says
    where the doers were when they did the news, and the sets never code it (eight records of the development sets)."""
    trigger = cand.trigger
    if cand.code[:2] != "04" or trigger.lemma_.lower() not in coder_words().gathering_verbs:
        return False  # (a deal "brokered by Turkey" is the broker's deed, not a setting)
    if trigger.dep_ == "nsubj" and trigger.tag_ == "NN" and trigger.lower_.endswith("ing"):
        # (or a noun with the people as a compound: "Arab League foreign [ministers] meeting in Cairo suspended ...")
        return any(c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS") for c in trigger.children)
    if trigger.tag_ not in ("VBG", "VBN", "VBD"):
        return False
    if trigger.dep_ == "acl":
        return trigger.head.dep_ in ("nsubj", "nsubjpass") and trigger.head.head.pos_ in ("VERB", "AUX")
    if trigger.dep_ != "ROOT" or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return False
    if trigger.tag_ == "VBD":
        # ("Group of Seven leaders gathered in Cornwall pledged on Sunday ...": the news verb, with no subject or
        # subordinator of its own, hung on the participle the parser took for a finite verb)
        return any(
            c.dep_ == "advcl" and c.tag_ == "VBD" and not any(g.dep_ in ("nsubj", "mark") for g in c.children)
            for c in trigger.children
        )
    # (the parser may make the bare participle the root, with the finite verb of the news hung on it as a clause:
    # "European Union leaders meeting in Brussels on Monday pressed Belarus to ...")
    return any(
        c.dep_ in ("advcl", "conj", "ccomp") and c.tag_ in ("VBD", "VBZ", "VBP") for c in trigger.children
    )


def _sealing_handshake(cand: Candidate, alive: Sequence[Candidate]) -> bool:
    """True for a handshake (04x at "shake") joined to an agreement, a promise or a signing of the same sentence
    ("X and Y shook hands ... and vowed to work together", "signed a memorandum ... and shook hands"): the handshake
    seals the news, it is no meeting of its own (CAMEO 03x/05x for the whole; a handshake alone stays a meeting)."""
    trigger = cand.trigger
    if cand.code[:2] != "04" or trigger.lemma_.lower() != "shake":
        return False
    return any(
        other is not cand
        and (cameo.plover_type(other.code) or "") in ("AGREE", "SUPPORT")
        and _joined(trigger, other.trigger)
        for other in alive
    )


def _joined(one: Token, two: Token) -> bool:
    """True when two verbs are conjuncts of each other ("shook hands and vowed", "signed ... and shook hands")."""
    return (one.dep_ == "conj" and one.head.i == two.i) or (two.dep_ == "conj" and two.head.i == one.i)


def _refused_deed(trigger: Token, code: str) -> bool:
    """True for a deed under a noun of intent that "no" negates ("no intention of meeting X", "no plans to withdraw";
    data: coder_words.json refusal_nouns), or a talk-family deed (04x) in a "to" clause on "nothing" ("had nothing
    more to talk about with Y", "there was nothing to negotiate"): the doer refuses the deed. Asked only of a
    candidate already found; a rejection or a statement is left as it is."""
    kind = cameo.plover_type(code)
    if not kind or kind == "REJECT":
        return False
    if trigger.dep_ in ("relcl", "acl") and trigger.head.lower_ == "nothing":
        return code[:2] == "04"
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in coder_words().refusal_nouns:
        # the frame noun itself ("has no plans to withdraw": an intention read at "plans")
        return kind == "AGREE" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)
    tok = trigger
    for _ in range(2):  # the deed's clause, then the "of" phrase it fills
        if tok.dep_ not in ("acl", "pcomp", "relcl", "prep", "xcomp"):
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in coder_words().refusal_nouns:
            return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
    return False


def _announced_meeting(trigger: Token) -> bool:
    """A consultation announced for the future by its own clause (called only for one whose modality is
    intended): the verb that carries it (the trigger, or the verb a noun trigger hangs on: "will hold talks",
    "will return to talks") has a future auxiliary ("will meet", "would begin negotiations"), is a progressive
    ("is visiting Ankara next week"), or is the "to" clause of "be to" or of an arrangement word (data:
    `arranged_heads`: "are due to meet", "is scheduled to visit", "are expected to hold talks"); or a noun
    trigger is the object of such a word ("announced a visit by Putin to Turkey")."""
    words = coder_words()
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in words.arranged_heads
    ):
        return True  # ("the Kremlin announced a visit by Putin to Turkey", "have scheduled talks")
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in words.arranged_heads:
        return True  # (the same, read at the light verb: "announced [a visit]")
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in words.future_aux for c in verb.children):
        return True
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return True  # ("Putin is visiting Ankara next week": its modality says the time is to come)
    head = verb.head
    if (
        verb.dep_ != "xcomp"
        or head.i == verb.i
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return False
    return head.lemma_.lower() == "be" or head.lemma_.lower() in words.arranged_heads


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


def _time_clause(tok: Token, marks: frozenset[str]) -> bool:
    """True for a clause of time ("two days after soldiers forced him") or an adjunct of time ("after the coup")."""
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "conj"):
        return bool(subordinators(tok) & marks)
    return tok.dep_ == "prep" and tok.lower_ in marks
