"""Battles told by a verb of motion with a preposition or particle of contact (issue 9, forty-sixth session:
motion46).

An army's attack is often told by how it moved rather than by a verb of fighting: troops "fell upon", "burst upon",
"closed in upon", "tore through", "crashed into", "swept over", "poured across ... against", "drove into", "fought
their way ashore / onto" a force, its front, its lines or its positions. The verb alone is a going ("pour", "sweep",
"roll"), a rush ("charge", "storm"), a fall ("fall", "crash"), a breaking ("break", "burst", "tear") or a push
("thrust", "punch"); the preposition carries the force, and what it names says whom. No word list of verbs: a verb
is of the family when it, or a synonym or direct hypernym of one of its two WordNet senses in `wordnet_verbs.txt`,
is among `coder_words.json` `onslaught_senses`, when a particle sends it towards its phrase ("closed in upon",
`onslaught_particles`), or when it is told as making its way ("fought their way ashore", "blasted their way
through": the way construction is a movement whatever the verb).

The phrase (`onslaught_preps`: upon, on, onto, into, through, across, over, against; on the verb, on its "way" or
its adverb of direction, or nested under another such phrase: "across no man's land into the Turkish trenches")
must name what is struck: a force (the lexicon's classes force, military, armour, irregular, or a party of a
military or rebel sector), a front, lines, positions or works (`struck_nouns`), or a place another side holds (a
holder named by `ground_holding_verbs`: "the Taliban-held town", "the ridge, which Pakistani soldiers had held").
The target is the owner of what is struck (`struck_owners`): the party it is, its possessive, its adjective or
name, its "of" phrase, its holder; never the movers' own side. A phrase of "upon", "through" or "against"
(`onslaught_bare_preps`) tells contact by itself ("broke through the enemy lines": no owner, no target); the others
need an owner of another side ("drove into the Israeli positions", not "moved into positions").

Left alone: movers that are no force (refugees, storms, a party "swept into office"), aircraft, a verb of retreat
or one told with "back", "away", "off" or "out" ("fell back on their positions", "withdrew through the pass"),
places with no holder ("rolled into the town": the hand lines and `parties.moved_unopposed` read those), and a
phrase whose noun is no force, front or held place ("fell upon hard times", "drove into the zone").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from ..records import ActorMention
from .crowds import first_sense, in_senses, verb_senses
from .kinds import class_words, kind_classes
from .knowledge import coder_words
from .tree import Mentions, actors_under, prep_objects

# the classes whose nouns are a force that can be struck or can strike
_FORCE_CLASSES = ("force", "military", "armour", "irregular")
# the sectors of a party that is a force
_FORCE_SECTORS = frozenset({"MIL", "REB"})
# particles and adverbs that turn a movement away from what it names ("fell back on", "pulled out through")
_AWAY = frozenset({"back", "away", "off", "out", "aside", "behind", "home"})
# the WordNet words of going back or away: a retreat through or into a place strikes no one
_RETREAT = frozenset({"withdraw", "retreat", "recede", "retire", "flee", "escape", "return", "evacuate"})
# the prepositions of a phrase of time or place that the parser may hang a contact "against" phrase on
_SETTING_PREPS = frozenset({"before", "after", "at", "near", "from", "by", "during"})
# the adverbs of direction that may carry the contact phrase ("stormed ashore on Betio against its garrison")
_DIRECTION_ADVERBS = frozenset({"ashore", "inland", "forward", "forwards", "onward", "onwards", "ahead"})


def force_words() -> frozenset[str]:
    """The lemmas of the lexicon's force classes (force, military, armour, irregular) and of `force_unit_nouns`
    (corps, platoon, rifleman, ...)."""
    units = coder_words().force_unit_nouns
    classes = [class_words(name) for name in _FORCE_CLASSES]
    held = _FORCE_WORDS
    if held and held[0] is units and all(a is b for a, b in zip(held[1], classes, strict=True)):
        return held[2]  # (the same word lists: the union made for them)
    found = units.union(*classes)
    held[:] = [units, classes, found]
    return found


# (force_unit_nouns, the force classes' words, `force_words` made of them): the coder asks for them on every verb of
# motion and every subject noun it weighs
_FORCE_WORDS: list[Any] = []


def force_word(tok: Token) -> bool:
    """Whether a token names a force: its lemma or text is a word of `force_words`, or a noun no class lists that
    WordNet puts in one of the force classes by its kind (kinds.py: "infantryman", "cavalry", "hussar", "gunner";
    review46)."""
    words = force_words()
    lemma = tok.lemma_.lower()
    return lemma in words or tok.lower_ in words or not kind_classes(lemma).isdisjoint(_FORCE_CLASSES)


def onslaught_verb(verb: Token) -> bool:
    """True for a verb of moving, rushing, falling, breaking or pushing by WordNet (`onslaught_senses` among the
    verb, the synonyms and the direct hypernyms of its two senses), a verb sent on by a particle ("closed in upon"),
    or one told as making its way ("fought their way ashore"); never a verb of retreat, nor one turned away by a
    particle or an adverb ("fell back on", "pulled out")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    # (plain loops over the children: asked of nearly every verb; speed49)
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and c.lower_ in _AWAY:
            return False
    if not first_sense(lemma).isdisjoint(_RETREAT):
        return False
    words = coder_words()
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() == "way":
            return True  # ("fought their way into", "blasted their way through": the way construction)
    particles = words.onslaught_particles
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in particles:
            return True  # ("closed in upon", "bore down on")
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _DIRECTION_ADVERBS:
            return True  # ("pressing inland against scattered Albanian resistance", "pushed forward into")
    return in_senses(lemma, words.onslaught_senses) or gait(lemma)


# the plain manners of going on foot or on horseback that a gait's hypernym is by its first sense ("gallop", "canter":
# pace, a walk; "lope": run); never a going of any kind ("revolt": rise, which is a going by WordNet)
_GAITS = frozenset({"walk", "run", "ride"})


@lru_cache(maxsize=4096)
def gait(lemma: str) -> bool:
    """Whether a verb is a manner of going one step further up WordNet: a direct hypernym of one of its two senses is,
    by its own first sense, a plain manner of going, a walk, a run or a ride ("gallop", "canter": pace, a walk; not
    "let": allow, cause; not "revolt": rise; motion47)."""
    senses = verb_senses(lemma)
    if not senses:
        return False
    hypernyms = {w for sense in senses[:2] if len(sense) > 1 for w in sense[1]}
    return any(not first_sense(h).isdisjoint(_GAITS) for h in hypernyms if h != lemma)


def moved_force(obj: Token) -> bool:
    """Whether a verb's direct object is a force it moves ("flung its infantry against the French lines", "threw
    three divisions into the gap"): a noun of `force_words`, as head or compound."""
    if obj.dep_ != "dobj" or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(force_word(w) for w in (obj, *(c for c in obj.children if c.dep_ == "compound")))


def contact_phrases(verb: Token) -> list[Token]:
    """The contact prepositions of a verb of motion (`onslaught_preps`) on the verb, on its "way", on its adverb of
    direction or on the force it moves ("flung its infantry against the French lines"), and one level down under another such phrase ("across no man's land into the trenches")."""
    preps = coder_words().onslaught_preps
    holders = [verb] + [
        c
        for c in verb.children
        if (c.dep_ == "dobj" and c.lemma_.lower() == "way")
        or (c.dep_ == "advmod" and c.lower_ in _DIRECTION_ADVERBS)
        or moved_force(c)
    ]
    found: list[Token] = []
    for c in verb.children:
        # ("stormed across the Danube before dawn against the Turkish outposts": an "against" phrase the parser hangs
        # on the noun of a phrase of time or place; not "in protest against", "in a drive against")
        if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS:
            found += [
                a
                for p in c.children
                if p.dep_ == "pobj"
                for a in p.children
                if a.dep_ == "prep" and a.lower_ == "against"
            ]
    for holder in holders:
        for c in holder.children:
            if c.lower_ not in preps or not (
                c.dep_ == "prep" or (c.dep_ == "prt" and any(p.dep_ == "pobj" for p in c.children))
            ):
                continue  # (the parser may make "over" a particle with an object: "rolled over the defences")
            found.append(c)
            for p in c.children:
                if p.dep_ == "pobj":
                    found += [g for g in p.children if g.dep_ == "prep" and g.lower_ in preps]
    return found


def _holder_clauses(noun: Token) -> list[Token]:
    """The clauses on a noun that name who holds it: a participle of holding ("the Taliban-held town", "positions
    defended by Iraqi units") or a relative clause of holding ("the ridge, which Pakistani soldiers had held")."""
    holding = coder_words().ground_holding_verbs
    return [
        c
        for c in noun.children
        if c.dep_ in ("acl", "amod", "relcl")
        and c.lemma_.lower() in holding
        and c.pos_ in ("VERB", "AUX", "ADJ")
    ]


def military_subject(verb: Token) -> bool:
    """Whether a verb's subject (that of the verb it is conjoined to or completes, up to three steps) is named by a
    noun of `force_words`, as its head or a compound or adjective on it ("panzer groups", "tank columns")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            # (or the unit named in the subject's "of" phrase: "uhlans of the 18th Pomeranian Regiment", "horsemen of
            # the 44th Cavalry Division"; motion47)
            return any(
                force_word(w)
                for s in subjects
                for w in (
                    s,
                    *(c for c in s.children if c.dep_ in ("compound", "amod", "conj")),
                    *prep_objects(s, ("of",)),
                )
            )
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _is_force(noun: Token, ments: Mentions) -> bool:
    """Whether a noun is a force: a word of the force classes, or a party of a military or rebel sector."""
    if force_word(noun):
        return True
    return any(ments.mentions[i].sector in _FORCE_SECTORS for i in ments.at(noun))


def struck(noun: Token, ments: Mentions) -> bool:
    """Whether a phrase's noun is what an onslaught strikes: a force, a front, lines, positions or works
    (`struck_nouns`), a people named as a party ("closed in upon the Herero"; no state, no place), or a place
    another side holds (a clause of holding on it)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in coder_words().struck_nouns or noun.lower_ in coder_words().struck_nouns:
        return True
    if _is_force(noun, ments):
        return True
    if _named(noun) and any(_people(ments.mentions[i]) for i in ments.at(noun)):
        return True  # ("fell upon the Turks", "closed in upon the Herero"; not "poured into Kuwait")
    if _holder_clauses(noun):
        return True
    # ("closed in upon the Comandancia, the headquarters of General Noriega's forces")
    return any(c.dep_ == "appos" and struck(c, ments) for c in noun.children)


def _party(noun: Token, ments: Mentions) -> bool:
    """Whether a noun names a party that is no person and no place ("against the rebels", "against Iraq"; not
    "against Goa", a place the resolver marks as used as one)."""
    return _named(noun) and any(
        not ments.mentions[i].person and not _place(ments.mentions[i]) for i in ments.at(noun)
    )


def _named(noun: Token) -> bool:
    """Whether a noun is a party's own name or its people's ("the Herero", "the Turks", "the Taliban", "Iraq"), not a
    common noun a party's adjective stands on ("Coptic protesters", "crowds of striking workers": people a force
    runs over or drives into are repressed, 175, which the hand lines read)."""
    return noun.pos_ == "PROPN" or noun.ent_type_ == "NORP"


def _place(mention: ActorMention) -> bool:
    """Whether the resolver took a mention for a place ("used as a place", a place entry)."""
    return "used as a place" in mention.why or (mention.kb_id or "").startswith("place-")


def _people(mention: ActorMention) -> bool:
    """Whether a mention names a people, a group or a force that can be fallen upon: named by its people's adjective
    or demonym ("the Herero", "the Turks"), a group of the resolver's ("grp-"), or a party of a military or rebel
    sector; not a state by its name, a place or a person ("into the Maldives", "into Glasgow")."""
    if mention.person or _place(mention):
        return False
    return (
        mention.why.startswith("adjective")
        or (mention.kb_id or "").startswith("grp-")
        or mention.sector in _FORCE_SECTORS
    )


def struck_owners(noun: Token, ments: Mentions) -> list[int]:
    """The parties whose force, front or held place a phrase's noun is: the noun itself as a party, its possessive,
    adjective, name or compound ("the Rumanian Third Army's front", "American positions"), its "of" phrase ("the
    lines of the South Korean 6th Division"), an apposition's owner ("the Comandancia, the headquarters of the
    Panama Defence Forces"), or its holder ("Pakistani-held", "which Pakistani soldiers had held")."""
    holders = _holder_clauses(noun)
    # the holder first (a place named as a party of its own, "German-held Kiev", is its holder's: rule 9.3 (a)), then
    # the noun as a party, its modifiers, its "of" phrase, an apposition's owner
    tiers: list[list[int]] = [[], list(ments.at(noun)), [], [], []]
    for clause in holders:
        for c in clause.children:
            if c.dep_ in ("nsubj", "npadvmod", "compound", "advmod", "amod"):
                tiers[0] += actors_under(c, ments)
            elif c.dep_ == "agent":
                tiers[0] += [i for p in c.children if p.dep_ == "pobj" for i in actors_under(p, ments)]
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod", "nummod") and c not in holders:
            tiers[2] += actors_under(c, ments)
        elif c.dep_ == "prep" and c.lower_ == "of":
            # ("the lines of the South Korean 6th Division"; after the noun's own adjective: "the Japanese garrison
            # of Tarawa atoll" is Japan's)
            tiers[3] += [i for p in c.children if p.dep_ == "pobj" for i in actors_under(p, ments)]
        elif c.dep_ == "appos":
            tiers[4] += struck_owners(c, ments)
    for tier in tiers:
        if tier:
            return list(dict.fromkeys(tier))
    return []


def other_side(index: int, source: list[int], ments: Mentions) -> bool:
    """Whether a mention is of another side than the movers' (`source`): another code, or the same code in another
    sector ("American and Afghan soldiers moved against Taliban fighters": the Afghan state's soldiers and the
    Taliban); not a mention of the movers, a pronoun standing for their party ("into their positions") or the same
    code and sector ("Soviet troops ... the Soviet lines")."""
    if index in source:
        return False
    mention = ments.mentions[index]
    same = [ments.mentions[i] for i in source if ments.mentions[i].code == mention.code]
    if not same:
        return True
    if mention.role == "coreference":
        return False
    return all(m.sector != mention.sector for m in same)


def struck_phrase(verb: Token, ments: Mentions, source: list[int]) -> tuple[Token, list[int]] | None:
    """The first contact phrase of a verb of motion whose noun is struck (`struck`), with the owners of what it
    strikes of another side than the movers' (`other_side` of the `source` mentions); None when no phrase strikes anything, or when the only
    struck nouns are fronts, works or held places in phrases that need an owner (into, onto, on, across, over) and
    name none. A force struck needs no owner named ("crashed into the SS panzer divisions")."""
    bare = coder_words().onslaught_bare_preps
    fallback: tuple[Token, list[int]] | None = None
    for prep in contact_phrases(verb):
        nouns = [p for p in prep.children if p.dep_ == "pobj"]
        # ("onto the crest of Heartbreak Ridge, which North Korean troops had held": the place of an "of" phrase)
        nouns += [o for n in nouns for o in prep_objects(n, ("of",))]
        for noun in nouns:
            if not struck(noun, ments) and not (prep.lower_ == "against" and _party(noun, ments)):
                # (a party "against" whom forces move is struck whatever it is: "sent troops against the rebels",
                # "moved against Goa"; "into Kuwait" is no contact of itself)
                continue
            owners = [i for i in struck_owners(noun, ments) if other_side(i, source, ments)]
            if owners:
                return prep, owners
            if fallback is None and not ments.at(noun) and (prep.lower_ in bare or _is_force(noun, ments)):
                # ("broke through the enemy lines", "crashed into the SS panzer divisions": contact told, the
                # owner unnamed; "moved into positions" tells none)
                fallback = (prep, [])
    return fallback


# the prepositions of a destination: a verb of rushing told with one moves its object ("rushed reinforcements to the
# front"), it does not charge it
_DESTINATIONS = frozenset({"to", "toward", "towards", "into", "onto", "across"})


def struck_object(verb: Token, ments: Mentions, source: list[int]) -> tuple[Token, list[int]] | None:
    """A verb of rushing at (`onslaught_rush_senses` among its WordNet rings: charge, rush) whose direct object is
    struck (`struck`) and owned by another side than the movers' ("charged the Turkish trenches before Beersheba"),
    with those owners; None otherwise, and for a verb that moves its object somewhere ("rushed reinforcements to the
    front")."""
    if not in_senses(verb.lemma_.lower(), coder_words().onslaught_rush_senses) and not _ridden_down(verb):
        return None
    if any(c.dep_ == "prep" and c.lower_ in _DESTINATIONS for c in verb.children):
        return None
    for obj in charged_objects(verb):
        if not struck(obj, ments) and not _armament(obj):
            continue
        owners = [i for i in struck_owners(obj, ments) if other_side(i, source, ments)]
        if owners:
            return obj, owners
    return None


def charged_objects(verb: Token) -> list[Token]:
    """The direct objects of a verb of rushing or riding down, and the object the parser may hang on its particle
    "down" ("rode down the Russian gunners", parsed as a phrase)."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    return found + [
        p
        for c in verb.children
        if c.dep_ == "prt" and c.lower_ == "down"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _armament(noun: Token) -> bool:
    """Whether a charged object is another side's arms: a weapon or armour (the lexicon's classes), or a noun whose
    "of" phrase names them ("rode down a battery of Turkish and Austrian guns", "charged the Russian guns"; motion47);
    its owner is still asked for."""
    arms = class_words("weapon") | class_words("armour")
    return noun.lemma_.lower() in arms or any(o.lemma_.lower() in arms for o in prep_objects(noun, ("of",)))


def _ridden_down(verb: Token) -> bool:
    """Whether a verb of motion is sent down upon its direct object by the particle "down" ("rode down a battery of
    guns", "ran down the fleeing column"): what it names is struck as a charge strikes it (motion47)."""
    return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children) and onslaught_verb(verb)


def struck_crowd(verb: Token) -> Token | None:
    """The gathering a verb of motion strikes: the noun of a contact phrase (`onslaught_preps`: "rode into the
    crowd") or the direct object of a verb of rushing or one ridden down ("charged the marchers", "rode down the
    columns of workers") that is a gathering (the lexicon's class &gathering: crowd, protesters, marchers, strikers),
    or names one in its "of" phrase ("the columns of socialist marchers"). Forces or police that so move strike the
    crowd: violent repression, 175 (motion47). None otherwise."""
    gathering = class_words("gathering")

    def crowd(noun: Token) -> bool:
        return noun.pos_ in ("NOUN", "PROPN") and (
            noun.lemma_.lower() in gathering
            or any(o.lemma_.lower() in gathering for o in prep_objects(noun, ("of",)))
        )

    # (the movers themselves go into the crowd: not a verb that casts its object there, "threw grenades into a
    # crowd", read by the weapon readings)
    if not any(c.dep_ == "dobj" for c in verb.children):
        for prep in contact_phrases(verb):
            for noun in (p for p in prep.children if p.dep_ == "pobj"):
                if crowd(noun):
                    return noun
    if in_senses(verb.lemma_.lower(), coder_words().onslaught_rush_senses) or _ridden_down(verb):
        if any(c.dep_ == "prep" and c.lower_ in _DESTINATIONS for c in verb.children):
            return None  # ("rushed police to the square": caused motion)
        if charged_with_offence(verb):
            return None  # ("police charged the activists with incitement": a charge at law, not a rush; custody51)
        for obj in charged_objects(verb):
            if crowd(obj):
                return obj
    return None


def charged_with_offence(verb: Token) -> bool:
    """Whether a verb's "with" phrase (on the verb or on its object) names an offence (the lexicon's class &offence:
    "charged the activists with incitement", "charged him with treason"): the charge is one at law (the police's:
    173, the lexicon's charge lines), not a rush at a crowd "with batons" (custody51)."""
    offences = class_words("offence")
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(
        noun.lemma_.lower() in offences for holder in holders for noun in prep_objects(holder, ("with",))
    )


# the prepositions that set a movement in an occasion ("in the parade", "during a parade", "at the parade")
_OCCASION_PREPS = frozenset({"in", "during", "at", "for"})


def paraded(verb: Token) -> bool:
    """Whether a verb's movement is told as part of a parade (`parade_nouns` as the object of an "in", "during", "at"
    or "for" phrase on the verb: "Soviet tanks rolled across Red Square in the parade marking the anniversary"):
    forces parading strike no one, whatever their verb's readings of force (triggers.Triggers._candidate)."""
    return any(p.lemma_.lower() in coder_words().parade_nouns for p in prep_objects(verb, _OCCASION_PREPS))


def crossed_frontier(verb: Token, ments: Mentions, source: list[int]) -> tuple[Token, list[int]] | None:
    """A force moved by the verb as its object across or over another side's frontier (`border_nouns` owned by a
    party of another side: "sent the Red Army across the eastern frontier of Poland", "sending her armies across the
    Soviet frontier"), with that frontier's owners: the crossing of another's frontier by forces sent over it, as the
    hand lines read forces crossing it themselves (190). None for a frontier of no named owner."""
    if not any(moved_force(c) for c in verb.children):
        return None
    frontiers = coder_words().border_nouns
    holders = [verb, *(c for c in verb.children if moved_force(c))]
    for holder in holders:
        for noun in prep_objects(holder, _ACROSS):
            if noun.lemma_.lower() not in frontiers:
                continue
            owners = [i for i in struck_owners(noun, ments) if other_side(i, source, ments)]
            if owners:
                return noun, owners
    return None


# the prepositions of crossing a frontier
_ACROSS = frozenset({"across", "over"})
