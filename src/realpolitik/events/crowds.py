"""Protests told as a crowd's deed (issue 9, forty-first session: crowds41).

A collective of people that does a deed in public is protesting when the sentence marks it so by its doers or its
purpose, with no protest word as the verb: an anger with its cause ("angry at X", "enraged by X"), a purpose of demand,
denunciation or defiance ("to demand X"), "against X", or a call answered ("at the call of X"). This module reads the
mark and the deed's family (violence 145, obstruction 144, strike 143, march or gathering 141, other dissent 140);
`triggers.Triggers.candidate` applies them when the doers are a crowd of civilians (`triggers._crowd_doers`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from .knowledge import coder_words
from .lexicon import Lexicon
from .tree import to_infinitive

# the roots of a purpose that makes a gathering a protest: a demand (10), a disapproval or accusation (11, its
# 110 "disapprove" only as a frame: "mourn" reads 110 as a verb), a rejection or defiance (12), a threat (13), a
# protest (14); a purpose of any cooperative root (02-09: to greet, to welcome, to celebrate) makes none
_HOSTILE_ROOTS = frozenset({"10", "12", "13", "14"})
_HOSTILE_CODES = frozenset({"111", "112", "1121", "1122", "1123", "1124", "1125"})
_FRIENDLY_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08", "09"})
# the dependencies that hang a participle or an adjective of feeling on the deed or on its doers
_FEELING_DEPS = frozenset({"advcl", "acl", "amod", "appos", "npadvmod", "oprd", "ccomp", "conj", "dep"})
# the prepositions that name a feeling's cause ("angry at", "enraged by", "furious over")
_CAUSE_PREPS = frozenset({"at", "by", "over", "about", "with", "against"})
# the prepositions a call answered hangs on ("at the call of", "on the appeal of")
_CALL_PREPS = frozenset({"at", "on", "upon"})


@lru_cache(maxsize=1)
def _wordnet_lines() -> dict[str, str]:
    """Each verb's line of wordnet_verbs.txt by its lemma (the last line of a lemma named twice, as `read_wordnet`
    keeps it), its senses left unread: a crowd's deed asks for a verb or two, and reading every verb's senses made
    some hundred thousand lists (and a full garbage collection) for them."""
    text = (resources.files("realpolitik.events") / "data" / "wordnet_verbs.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for raw in text.splitlines():
        body = raw.split("#", 1)[0].strip()
        if body:
            out[body.split(None, 1)[0]] = raw
    return out


@lru_cache(maxsize=4096)
def verb_senses(lemma: str) -> list[list[list[str]]] | None:
    """The WordNet senses of a verb (`read_wordnet` of its line), None for a verb the file does not name; kept
    per verb (the purpose readings ask on every clause). Not to be changed."""
    from .proposals import read_wordnet

    line = _wordnet_lines().get(lemma)
    return None if line is None else read_wordnet([line]).get(lemma)


def _unconditional_codes(lexicon: Lexicon, lemma: str) -> set[str]:
    """The codes of a word's readings as a verb or a frame that need no constraint."""
    return {
        e.code
        for kind in ("V", "F")
        for e in lexicon.lookup(kind, lemma)
        if not e.constraints and not e.implied and e.code[:1].isdigit()
    }


def hostile_purpose(verb: Token, lexicon: Lexicon) -> bool:
    """True for the verb of a purpose that is a demand, a denunciation, a rejection or defiance, a threat or a
    protest, and no cooperation ("to demand the end of his rule", "to denounce the verdict", "to defy the ban"; not
    "to greet the Pope", "to celebrate", "to mourn")."""
    codes = _unconditional_codes(lexicon, verb.lemma_.lower())
    if any(c[:2] in _FRIENDLY_ROOTS for c in codes):
        return False
    return any(c[:2] in _HOSTILE_ROOTS or c in _HOSTILE_CODES for c in codes)


def purposes(verb: Token) -> list[Token]:
    """The verbs of a deed's purpose: a "to" infinitive with no subject of its own hung on it ("filled the Mall [to
    demand] jobs") or a free participle after it ("massed outside parliament, [demanding] ...")."""
    out = []
    for c in verb.children:
        if c.dep_ not in ("advcl", "xcomp") or any(g.dep_ in ("nsubj", "mark") for g in c.children):
            continue
        if to_infinitive(c) or (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i):
            out.append(c)
    return out


def _feelings(verb: Token, doers: list[Token]) -> list[Token]:
    """Participles and adjectives of anger on the deed or on its doers that name their cause ("[Angry] at police
    sweeps, young people ...", "crowds, [furious] at the shooting, ...", "workers [enraged] by the law"; data:
    `protest_feelings`)."""
    words = coder_words().protest_feelings
    out = []
    for holder in (verb, *doers):
        for c in holder.children:
            if c.dep_ not in _FEELING_DEPS or (c.lemma_.lower() not in words and c.lower_ not in words):
                continue
            if any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
                continue  # (a feeling with a clause of its own: "they were angry at ...")
            if any(
                (g.dep_ in ("prep", "agent") and g.lower_ in _CAUSE_PREPS) or g.dep_ == "ccomp"
                for g in c.children
            ):
                out.append(c)
    return out


def _call_answered(verb: Token) -> Token | None:
    """The noun of a call the deed answers: "at the call of Solidarity", "on the appeal of the union", "answering
    the call of the Congress", "heeding an appeal" (data: `call_nouns`, `answering_verbs`)."""
    words = coder_words()
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _CALL_PREPS:
            for p in c.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in words.call_nouns:
                    return p
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in words.answering_verbs:
            for o in c.children:
                nouns = (
                    [o]
                    if o.dep_ == "dobj"
                    else [p for p in o.children if o.dep_ == "prep" and p.dep_ == "pobj"]
                )
                if any(n.lemma_.lower() in words.call_nouns for n in nouns):
                    return o
    return None


def _against(verb: Token) -> Token | None:
    """The deed's own "against" phrase ("camped on the highways against the farm laws")."""
    return next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"), None)


def rather_than(verb: Token) -> Token | None:
    """The verb of a deed refused in favour of the one told ("walked the nine miles to work [rather than] pay the
    higher fare", "dumped their milk rather than sell it at a loss"): the deed told is done so as not to use, pay or
    deal, a refusal to cooperate (CAMEO 143, "protest by refusing to work or cooperate"). The parser joins the
    refused verb to the deed as a conjunct or a clause after "rather than". A flight is no boycott, and a state
    refused is no dealing refused ("fled into the hills rather than face the army", "sailed to Florida rather than live
    under Castro": `flight_hypernyms`, `state_hypernyms`; review43)."""
    doc = verb.doc
    if first_sense(verb.lemma_.lower()) & coder_words().flight_hypernyms:
        return None
    refused = None
    for c in verb.children:
        if c.i < 2 or c.i < verb.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if (
            c.dep_ in ("conj", "advcl", "xcomp")
            and doc[c.i - 1].lower_ == "than"
            and doc[c.i - 2].lower_ == "rather"
        ):
            refused = c
            break
    for p in verb.children if refused is None else ():
        if p.dep_ == "prep" and p.lower_ == "than" and p.i > 0 and doc[p.i - 1].lower_ == "rather":
            refused = next(
                (g for g in p.children if g.dep_ in ("pcomp", "pobj") and g.pos_ in ("VERB", "AUX")), None
            )
            if refused is not None:
                break
    if refused is None or first_sense(refused.lemma_.lower()) & coder_words().state_hypernyms:
        return None
    return refused


def protest_mark(verb: Token, doers: list[Token], lexicon: Lexicon) -> Token | None:
    """The token that marks a crowd's deed as protest (an anger with its cause on the deed or its doers, a hostile
    purpose, "against", a call answered, a deed refused "rather than" done), or None."""
    for purpose in purposes(verb):
        if hostile_purpose(purpose, lexicon):
            return purpose
    feelings = _feelings(verb, doers)
    if feelings:
        return feelings[0]
    return _against(verb) or _call_answered(verb) or rather_than(verb)


def friendly_purpose(verb: Token, lexicon: Lexicon) -> bool:
    """True when a gathering's purpose is a welcome, a celebration, mourning or worship, no protest ("filled the
    streets of Warsaw to greet the Pope", "to mourn Stalin"; data: `gathering_purposes`; a purpose of support is
    kept: "marched to support the miners" is a rally)."""
    found = purposes(verb)
    # (a purpose's conjuncts are purposes too: "gathered to mourn the dead and [demand] that the government resign",
    # "to commemorate the victims and to [demand] ...")
    if any(hostile_purpose(p, lexicon) for p in found + [c for p in found for c in p.conjuncts]):
        return False  # ("rallied to mourn a young woman ... and to demand that the Marines leave")
    return any(p.lemma_.lower() in coder_words().gathering_purposes for p in found)


@lru_cache(maxsize=8192)
def in_senses(lemma: str, anchors: frozenset[str], *, synonyms: bool = False) -> bool:
    """Whether a verb is one of `anchors` or has one among the synonyms (and, unless `synonyms`, the direct hypernyms)
    of its two most frequent WordNet senses (`verb_senses`); kept per verb and word set (the frame and onslaught
    readings ask on every verb)."""
    if lemma in anchors:
        return True
    senses = verb_senses(lemma)
    if not senses:
        return False
    parts = 1 if synonyms else 2
    return any(word in anchors for sense in senses[:2] for part in sense[:parts] for word in part)


@lru_cache(maxsize=8192)
def first_sense(lemma: str) -> frozenset[str]:
    """A verb and the synonyms and direct hypernyms of its first WordNet sense ("flee": flee, fly, scat, run, ...,
    escape); the verb alone when the file does not name it. Kept per verb (the purpose readings ask on every clause)."""
    senses = verb_senses(lemma)
    return frozenset({lemma}.union(*(ring for ring in senses[0])) if senses else {lemma})


def moves(lemma: str) -> bool:
    """True for a verb whose first WordNet sense is a going or a gathering of people (walk, march, parade, pour,
    ride, flock; `motion_hypernyms` among its synonyms and direct hypernyms)."""
    senses = verb_senses(lemma)
    return bool(senses and {w for ring in senses[0] for w in ring} & coder_words().motion_hypernyms)


# the particles and prepositions of leaving a place ("walked off the station", "walked out of their classes")
_LEAVING = frozenset({"off", "out"})


def walked_off(verb: Token, lexicon: Lexicon) -> bool:
    """True for a verb of going told as leaving a named place that is no public ground ("walked off the cattle
    station", "walked out of their classes"; not "marched off through the streets", "poured out into the square",
    "turned out in Bratislava"): a protest by leaving one's place of work or study is a walkout, a strike (CAMEO 143, PLOVER's strike
    mode "the abandonment of workplaces"), not a march."""
    if not moves(verb.lemma_.lower()):
        return False
    ground = lexicon.classes.get("venue", frozenset()) | lexicon.classes.get("passage", frozenset())
    for c in verb.children:
        if c.lower_ not in _LEAVING or c.dep_ not in ("prt", "prep", "advmod"):
            continue
        places = [g for g in c.children if g.dep_ == "pobj"]
        places += [p for g in c.children if g.dep_ == "prep" and g.lower_ == "of" for p in g.children]
        if not places or any(p.lemma_.lower() in ground or p.ent_type_ in ("GPE", "LOC") for p in places):
            return False  # (the place left must be named: "turned out in Bratislava" is a gathering)
        # (a going on into a public place is a march: "poured out of the mosques into the square")
        return not any(g.dep_ == "prep" and g.lower_ in ("into", "onto", "through") for g in verb.children)
    return False


def deed_code(verb: Token, lexicon: Lexicon) -> str:
    """The protest code of a crowd's deed by its family: violence (145: a reading of riot or force, "hurled petrol
    bombs", "overturned cars"), a going or a gathering (141: "walked through Rangoon", "poured into the square"),
    else the verb's own protest reading whose conditions failed (144 "camped", 143, 141), else dissent (140)."""
    lemma = verb.lemma_.lower()
    entries = lexicon.lookup("V", lemma)
    riot = coder_words().riot_codes
    if any(e.code == "145" for e in entries) or any(
        not e.constraints and not e.implied and (e.code in riot or e.code[:2] in ("18", "19"))
        for e in entries
    ):
        return "145"
    if moves(lemma):
        return "141"
    own = {e.code[:3] for e in entries if e.code[:2] == "14"}
    for code in ("144", "143", "141"):
        if code in own:
            return code
    return "140"
