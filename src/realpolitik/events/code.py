"""The event coder: a spaCy component that turns parsed sentences and resolved actors into Event records.

Triggers come from the lexicon (lemma + particle/object/preposition); actors from the dependency tree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import ActorMention, Event, EventActor
from . import cameo
from .attribution import find_attribution
from .dates import resolve_event_date
from .lexicon import Entry, Lexicon, default_lexicon, load_lexicon
from .modality import classify_modality

# Dependencies that make a token the direct object of a verb (or its subject in the passive).
_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "nsubjpass", "dative"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Prepositions whose object is usually the one acted upon; "in" and "at" name places, so they come last.
_TARGET_PREPS = (
    "to",
    "with",
    "against",
    "on",
    "upon",
    # a "by" phrase on an active verb belongs to its object ("demanded an apology by X")
    "by",
    "toward",
    "towards",
    "from",
    "into",
    "between",
    "among",
    "over",
    "for",
    "of",
    "near",
    "along",
    "at",
    "in",
)
# Verbs too light to carry an event alone: the noun they govern carries it ("held talks", "staged a rally").
_LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "conduct",
        "launch",
        "stage",
        "make",
        "issue",
        "lodge",
        "begin",
        "start",
        "open",
        "mount",
        "continue",
        "resume",
        "organise",
        "organize",
        "carry",
        "take",
        "give",
        "reach",
        "announce",
        "declare",
        "complete",
        "initiate",
        "step",
        "speed",
        "reiterate",
        "renew",
        "intensify",
        "order",
    }
)
# Verbs that undo or block what their object names: "terminated the agreements" is no signing.
_REVERSAL_VERBS = frozenset(
    {
        "terminate",
        "end",
        "cancel",
        "abandon",
        "scrap",
        "annul",
        "oppose",
        "block",
        "halt",
        "suspend",
        "stop",
        "break",
        "violate",
        "reject",
        "delay",
        "postpone",
        "freeze",
        "undermine",
        "derail",
        "jeopardise",
        "jeopardize",
        "prevent",
        "avoid",
        "criticise",
        "criticize",
        "condemn",
        "deny",
        "fear",
        "doubt",
        "question",
        # getting round or ignoring a measure is no act of imposing it ("to bypass sanctions")
        "bypass",
        "circumvent",
        "evade",
        "escape",
        "dodge",
        "ignore",
        "disregard",
        "defy",
        "flout",
        "survive",
        "withstand",
        # who gains or lacks a thing does not give it ("secure access", "gain recognition", "need aid")
        "secure",
        "gain",
        "obtain",
        "win",
        "need",
        "lack",
        "lose",
    }
)
# Frame words that say nothing of a stance when the lexicon does not know their deed ("failed to notice").
_UNKNOWN_DEED_NO_EVENT = frozenset({"fail"})
# Words of readiness towards others ("ready to work on new routes"): an offer to cooperate even when the
# lexicon does not know the deed (CAMEO 030).
_READINESS = frozenset({"ready", "willing", "readiness", "willingness"})
# Frame words that are acts of speech or commitment in themselves (their event is asserted).
_SPEECH_ACT_FRAMES = frozenset(
    {"agree", "promise", "pledge", "vow", "offer", "commit", "consent", "guarantee", "undertake", "volunteer"}
)
# Nouns of asking and offering whose "from" phrase names who asked ("an appeal from the president").
_REQUEST_NOUNS = frozenset(
    {"appeal", "call", "request", "proposal", "offer", "demand", "invitation", "ultimatum", "plea", "plan"}
)
# Event nouns often named after the place where they happened ("the Minsk agreements").
_NAMED_BY_PLACE = frozenset(
    {
        "agreement",
        "accord",
        "treaty",
        "protocol",
        "talk",
        "format",
        "process",
        "declaration",
        "memorandum",
        "summit",
        "conference",
        "negotiation",
        "meeting",
        "charter",
        "act",
    }
)
# Nouns of armed conflict whose lone modifier or "in" phrase names the theatre, not a party: "the
# Karabakh war", "the Libyan war", "the war in Ukraine" (but "the Armenian-Azerbaijani war" names two).
_THEATRE_NOUNS = frozenset(
    {
        "war",
        "fighting",
        "hostility",
        "conflict",
        "crisis",
        "battle",
        "warfare",
        "ceasefire",
        "truce",
        "armistice",
    }
)
_THEATRE_PREPS = frozenset({"in", "at", "near", "along", "over", "for", "of", "across", "around"})
# Verbs that report an event noun rather than do it ("announced Herzog's visit").
_ANNOUNCING = frozenset({"announce", "declare", "reiterate", "confirm", "welcome"})
# Event nouns whose "of" phrase is the doer, not the one acted upon ("the visit of the president").
_OF_AGENT_NOUNS = frozenset(
    {"visit", "trip", "tour", "arrival", "withdrawal", "pullout", "retreat", "resignation", "surrender"}
)
# Verbs of going somewhere for an event ("returned to Geneva for talks").
_MOTION_VERBS = frozenset({"go", "come", "return", "travel", "arrive", "fly", "head", "gather", "converge"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})
# Modal or future auxiliaries that turn a deed into a stated intention ("will release", "would boycott").
_FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
_OBLIGATION_AUX = frozenset({"must", "should", "ought", "need"})
# Links through which an open clause or a coordinated verb takes the subject of its head.
_INHERIT_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp"})
_MAX_CLIMB = 6
# Verbs of beginning, going on and resuming: the event is in what they govern ("resumed shelling").
_ASPECT_VERBS = frozenset({"resume", "continue", "start", "begin", "keep", "intensify", "step", "escalate"})
_CONDITION_MARKS = frozenset({"unless", "if"})

# How a frame refines its code from the root of the complement's own code.
_FRAME_TABLES: dict[str, dict[str, str]] = {
    "intent": {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "03": "030", "02": "030"},
    "threat": {
        "16": "131",
        "17": "132",
        "14": "133",
        "15": "138",
        "18": "138",
        "19": "138",
        "20": "138",
        "12": "130",
    },
    "demand": {"04": "106", "05": "102", "03": "102", "06": "101", "07": "103", "08": "105"},
    "appeal": {"04": "026", "05": "022", "03": "022", "06": "021", "07": "023", "08": "025"},
    "reject": {"04": "125", "05": "120", "03": "120", "06": "121", "07": "122", "08": "124"},
}
# Exact complement codes with a closer frame code than their root gives.
_FRAME_EXACT: dict[str, dict[str, str]] = {
    "threat": {
        "163": "1312",
        "161": "1313",
        "162": "1311",
        "164": "134",
        "165": "135",
        "166": "136",
        "175": "137",
        "191": "1381",
        "192": "1382",
        "1722": "1322",
        "1723": "1323",
        "1724": "1324",
        "190": "1384",
        "193": "1384",
        "194": "1384",
        "195": "1384",
        "180": "1383",
        "183": "1383",
        "204": "1385",
        "2041": "1385",
        "2042": "1385",
    },
    "demand": {
        "0831": "1041",
        "0832": "1042",
        "0833": "1043",
        "081": "1051",
        "082": "1052",
        "0841": "1053",
        "085": "1054",
        "086": "1055",
        "087": "1056",
        "0871": "1056",
        "0872": "1056",
        "045": "108",
        "057": "107",
        "071": "1031",
        "072": "1032",
        "073": "1033",
        "074": "1034",
        "061": "1011",
        "062": "1012",
        "063": "1013",
        "064": "1014",
    },
    "appeal": {
        "0831": "0241",
        "0832": "0242",
        "0833": "0243",
        "081": "0251",
        "082": "0252",
        "0841": "0253",
        "085": "0254",
        "086": "0255",
        "087": "0256",
        "0871": "0256",
        "0872": "0256",
        "045": "028",
        "057": "027",
        "071": "0231",
        "061": "0211",
        "062": "0212",
        "063": "0213",
        "064": "0214",
    },
    "intent": {
        "0841": "0353",
        "085": "0354",
        "086": "0355",
        "087": "0356",
        "0871": "0356",
        "0872": "0356",
        "081": "0351",
        "082": "0352",
        "0831": "0341",
        "0832": "0342",
        "0833": "0343",
        "045": "039",
        "057": "037",
        "061": "0311",
        "062": "0312",
        "063": "0313",
        "064": "0314",
        "071": "0331",
        "072": "0332",
        "073": "0333",
        "074": "0334",
    },
    "reject": {
        "0831": "1231",
        "0832": "1232",
        "0833": "1233",
        "081": "1241",
        "082": "1242",
        "0841": "1243",
        "085": "1244",
        "086": "1245",
        "087": "1246",
        "0871": "1246",
        "0872": "1246",
        "045": "126",
        "057": "127",
        "071": "1221",
        "072": "1222",
        "073": "1223",
        "074": "1224",
        "061": "1211",
        "062": "1212",
        "063": "1213",
    },
}
_CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_COOP_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})


def _refine(frame: str, inner: str | None, base: str) -> str:
    """The code of a frame given the code of its complement ("threaten" + "impose sanctions" -> 1312)."""
    if inner is None:
        return "030" if frame == "posture" and base == "150" else base
    if frame == "posture":
        # Getting ready to strike is a show of force; getting ready to do good is an intention.
        return "150" if inner[:2] in _CONFLICT_ROOTS else _refine("intent", inner, "030")
    if frame == "intent" and inner[:2] == "15":
        # "plans to transfer fighters", "intends to deploy troops": a planned build-up stays a build-up
        # (its modality says it is only planned); it threatens no one in particular.
        return inner
    if frame == "intent" and inner[:2] in _CONFLICT_ROOTS:
        # A stated intention to do harm is a threat in CAMEO ("vowed to strike back").
        return _refine("threat", inner, "130")
    exact = _FRAME_EXACT.get(frame, {})
    for key in (inner, inner[:3]):
        if key in exact:
            return exact[key]
    return _FRAME_TABLES.get(frame, {}).get(inner[:2], base)


# --- actors on tokens ------------------------------------------------------------------------------


# Mentions the resolver marks as no party of their own: a country named as the place of something ("talks
# in Baku"). A backer of another actor ("Syrian factions loyal to Turkey") acts only when the phrase names
# no one else ("militants loyal to X" are coded as X's side): see _actors_under.
_NO_PARTY_ROLES = frozenset({"place"})


@dataclass(slots=True)
class _Mentions:
    """Actor mentions of a Doc indexed by the tokens they cover and by their head token."""

    # Mentions may overlap ("Hungarian and Romanian officials" gives one mention per country).
    by_token: dict[int, list[int]] = field(default_factory=dict)  # token index -> mention indices
    heads: list[int] = field(default_factory=list)  # mention index -> its head token index
    mentions: list[ActorMention] = field(default_factory=list)
    doc: Doc | None = None

    @classmethod
    def build(cls, doc: Doc, mentions: Iterable[ActorMention]) -> _Mentions:
        out = cls(doc=doc)
        for mention in mentions:
            if mention.role in _NO_PARTY_ROLES:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            index = len(out.mentions)
            out.mentions.append(mention)
            for tok in span:
                out.by_token.setdefault(tok.i, []).append(index)
            out.heads.append(span.root.i)
        return out

    def at(self, tok: Token) -> list[int]:
        return self.by_token.get(tok.i, [])


def _depth(tok: Token, top: Token) -> int:
    steps = 0
    while tok.i != top.i and steps < 40:
        tok = tok.head
        steps += 1
    return steps


def _actors_under(top: Token, ments: _Mentions, *, skip: frozenset[str] = frozenset({"relcl"})) -> list[int]:
    """Mentions in the subtree of `top`, nearest first; conjoined ones ("X and Y") come along."""
    found: dict[int, int] = {}
    stack: list[tuple[Token, int]] = [(top, 0)]
    while stack:
        tok, depth = stack.pop()
        for index in ments.at(tok):
            if index not in found or depth < found[index]:
                found[index] = depth
        for child in tok.children:
            if child.dep_ in skip or child.dep_ == "punct" or _venue_name(child, ments):
                continue
            stack.append((child, depth + 1))
    if not found:
        return []
    clients = {i: d for i, d in found.items() if ments.mentions[i].role != "patron"}
    if clients:
        found = clients
    nearest = min(found.values())
    keep = {i for i, d in found.items() if d == nearest}
    # Conjoined mentions: "Hungarian and Romanian officials", "the United States and Jordan", and
    # modifiers of conjoined nouns ("Turkish Eurasianism and Russian Eurasianism").
    # (only modifier to modifier: "units" wrongly conjoined to a named leader must not bring "Russian")
    kept_nouns = {
        noun.i
        for noun, anchor in ((_modified_noun(top.doc[ments.heads[i]]), top.doc[ments.heads[i]]) for i in keep)
        if noun.i != anchor.i
    }
    for index in found:
        anchor = top.doc[ments.heads[index]]
        noun = _modified_noun(anchor)
        if index in keep or noun.i == anchor.i:
            continue
        steps = 0
        while noun.dep_ == "conj" and noun.head.i != noun.i and steps < 6:
            noun = noun.head
            steps += 1
            if noun.i in kept_nouns:
                keep.add(index)
                break
    changed = True
    while changed:
        changed = False
        for index, depth in found.items():
            if index in keep:
                continue
            anchor = top.doc[ments.heads[index]]
            while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
                anchor = anchor.head
                if keep & set(ments.at(anchor)):
                    keep.add(index)
                    changed = True
                    break
                if depth > nearest + 4:
                    break
    return sorted(keep, key=lambda i: ments.mentions[i].start)


# Weapons: the one whose weapon is fired, launched or dropped is the doer ("an Iranian missile was fired").
_WEAPONS = frozenset(
    {"missile", "rocket", "drone", "shell", "bomb", "mortar", "projectile", "munition", "grenade", "torpedo"}
)
# Nouns whose event sense is plural: "a sanction" is an authorisation, "sanctions" a penalty.
_PLURAL_SENSE = frozenset({"sanction"})
# Subjects that are forces of nature or circumstance: what they "strike", "hit" or "destroy" is no event
# between actors.
_NATURAL_FORCES = frozenset(
    {
        "earthquake",
        "quake",
        "storm",
        "hurricane",
        "flood",
        "wildfire",
        "drought",
        "pandemic",
        "epidemic",
        "virus",
        "disease",
        "avalanche",
        "landslide",
        "tsunami",
        "cyclone",
        "typhoon",
        "tornado",
    }
)


def _natural_force(verb: Token) -> bool:
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "agent"):
            continue
        word = subj
        if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            word = verb.head  # "the earthquakes that struck ..."
        if subj.dep_ == "agent":
            word = next((p for p in subj.children if p.dep_ == "pobj"), subj)
        if word.lemma_.lower() in _NATURAL_FORCES:
            return True
    return False


def _counterparts(tok: Token, target: list[int], ments: _Mentions) -> bool:
    """True when the targets stand in a "with"/"to" phrase of the trigger ("a dialogue with X and Y"): they
    are the other side, not parties acting together as in "talks between X and Y"."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "to", "towards", "toward", "against"):
            covered = {i for t in prep.subtree for i in ments.at(t)}
            if covered & set(target):
                return True
    return False


def _venue_name(tok: Token, ments: _Mentions) -> bool:
    """A lone proper-name modifier of an accord or meeting named after its venue ("the Minsk agreements",
    "the Shusha Declaration", "the Paris Charter") or of a war or truce named after its theatre: a place,
    not a party ("the Russia-Ukraine talks", "the Armenian-Azerbaijani war" name two parties and stay)."""
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma in _THEATRE_NOUNS:
        # "the Karabakh ceasefire", "the Libyan war": where it is, not who
        if tok.dep_ not in ("compound", "amod") or tok.pos_ not in ("PROPN", "ADJ"):
            return False
    elif tok.dep_ != "compound" or tok.pos_ != "PROPN" or lemma not in _NAMED_BY_PLACE:
        return False
    modifiers = [c for c in head.children if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ")]
    codes = {ments.mentions[i].code for t in tok.subtree for i in ments.at(t)}
    return len(modifiers) == 1 and len(codes) <= 1


def _modified_noun(tok: Token) -> Token:
    """The noun a modifier mention belongs to ("Russian" in "Russian Eurasianism"), or the token itself."""
    steps = 0
    while tok.dep_ in ("amod", "compound", "poss") and tok.head.i != tok.i and steps < 3:
        tok = tok.head
        steps += 1
    return tok


def _nominal_path(tok: Token, top: Token, lexicon: Lexicon) -> bool:
    """True when no verb nor other event noun stands between `tok` and `top` (the phrase is `top`'s)."""
    tok = tok.head
    for _ in range(12):
        if tok.i == top.i:
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        # Another event noun owns the phrase, unless it is the theme of ours ("the escalation of
        # sanctions by X" passes its "by" on).
        theme = tok.dep_ == "pobj" and tok.head.lower_ == "of"
        if tok.pos_ == "NOUN" and lexicon.lookup("N", tok.lemma_.lower()) and not theme:
            return False
        tok = tok.head
    return False


_PLACE_PREPS = frozenset({"in", "at", "near", "along"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _place_phrase(tok: Token, preps: frozenset[str] = _PLACE_PREPS) -> bool:
    """True when the token sits in an "in/at/near <place>" phrase of a verb (where, not whom)."""
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            return True
        if tok.dep_ not in ("compound", "amod", "conj", "appos", "poss"):
            return False
        tok = tok.head
    return False


def _pronominal(doc: Doc, mention: ActorMention) -> bool:
    """A mention made of a pronoun ("its", "their forces"): it stands for someone named elsewhere."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return span[0].pos_ == "PRON" and not any(t.pos_ == "PROPN" for t in span)


def _possessive(doc: Doc, mention: ActorMention) -> bool:
    """A possessive-pronoun mention ("its", "their forces")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and _pronominal(doc, mention) and span[0].dep_ == "poss"


def _noun_agent(noun: Token, ments: _Mentions, lexicon: Lexicon) -> list[int]:
    """Who does what a noun names, when the noun phrase says so: "Russia's withdrawal", "an admission by X"."""
    for child in noun.children:
        if child.dep_ == "poss":
            found = _actors_under(child, ments)
            if found:
                return found
    if noun.lemma_.lower() in _REQUEST_NOUNS:
        # "an appeal from X", "a proposal from X": who asked
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for pobj in prep.children:
                    found = _actors_under(pobj, ments)
                    if found:
                        return found
    for by in noun.subtree:
        if by.lower_ == "by" and by.dep_ in ("prep", "agent") and _nominal_path(by, noun, lexicon):
            for pobj in by.children:
                found = _actors_under(pobj, ments)
                if found:
                    return found
    return []


# --- matching the lexicon ---------------------------------------------------------------------------


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in _OBJECT_DEPS]


def _preps(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("prep", "agent") or (c.dep_ == "prt" and c.pos_ == "ADP")]


def _words_near(tok: Token) -> tuple[set[str], set[str], set[str], set[str]]:
    """Lemma sets around a trigger: particles, objects, prepositions and noun modifiers."""
    particles = {c.lemma_.lower() for c in tok.children if c.dep_ in ("prt", "advmod", "prep")}
    objs: set[str] = set()
    preps: set[str] = set()
    for obj in _objects(tok):
        objs.add(obj.lemma_.lower())
        objs.update(c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))
        preps.update(p.lemma_.lower() for p in _preps(obj))
        for prep in _preps(obj):
            objs.update(p.lemma_.lower() for p in prep.children if p.dep_ == "pobj")
    for prep in _preps(tok):
        preps.add(prep.lemma_.lower())
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                objs.add(pobj.lemma_.lower())
                objs.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
    if tok.dep_ in ("nsubjpass",) and tok.pos_ in ("NOUN", "PROPN"):
        objs.add(tok.lemma_.lower())
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    return particles, objs, preps, mods


def _transitive(tok: Token) -> bool:
    return any(c.dep_ in ("dobj", "ccomp") for c in tok.children)


def _satisfies(entry: Entry, words: tuple[set[str], set[str], set[str], set[str]]) -> bool:
    particles, objs, preps, mods = words
    for key, allowed in entry.constraints:
        have = {"prt": particles, "obj": objs, "prep": preps, "mod": mods}[key]
        if not (have & allowed):
            return False
    return True


def _lemmas(tok: Token) -> list[str]:
    """The tagger's lemma, then plain de-inflections of the word: the small model sometimes errs
    ("staged" -> "stag")."""
    out = [tok.lemma_.lower()]
    word = tok.lower_
    if tok.pos_ in ("VERB", "AUX"):
        for suffix, repl in (
            ("ied", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("d", ""),
            ("ing", "e"),
            ("ing", ""),
            ("s", ""),
        ):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                out.append(word[: -len(suffix)] + repl)
    return list(dict.fromkeys(out))


def _match(tok: Token, lexicon: Lexicon, kinds: tuple[str, ...]) -> Entry | None:
    words: tuple[set[str], set[str], set[str], set[str]] | None = None
    for kind in kinds:
        for lemma in _lemmas(tok):
            found = lexicon.lookup(kind, lemma)
            for entry in found:
                if entry.intransitive and _transitive(tok):
                    continue
                if not entry.constraints:
                    return entry
                words = words or _words_near(tok)
                if _satisfies(entry, words):
                    return entry
            if found:
                break  # the first lemma the lexicon knows decides
    return None


def _complement(tok: Token) -> Token | None:
    """The clause a frame word governs: "agreed [to sign]", "demanded [that X leave]"."""
    clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "ADJ")]
    if not clauses:
        # "have sworn to fight" is sometimes parsed as an adverbial clause with "to"
        clauses = [
            c
            for c in tok.children
            if c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
        ]
    if clauses:
        # A split word ("re-open") yields several; the last piece carries the meaning.
        run = [clauses[0]]
        for nxt in clauses[1:]:
            if nxt.i - run[-1].i <= 2:
                run.append(nxt)
        return run[-1]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        # "reiterated its demand that Israel ease ...": the clause hangs on the verb
        for child in tok.head.children:
            if child.dep_ == "ccomp" and child.i > tok.i:
                return child
        # "its demand that Israel ease", "a threat to cut ties"; a relative "that" is not a subject
        if (
            tok.pos_ == "NOUN"
            and child.dep_ in ("acl", "relcl")
            and child.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in _SUBJECT_DEPS and g.lower_ in _RELATIVE for g in child.children)
        ):
            return child
    for child in tok.children:
        # "called on Iran to stop": the clause hangs on the object of the preposition.
        holders = [child] if child.dep_ == "dobj" else [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ not in ("dobj", "prep"):
            continue
        for holder in holders:
            for grand in holder.children:
                if (
                    grand.dep_ in ("xcomp", "ccomp", "acl")
                    and grand.pos_ == "VERB"
                    and any(a.lower_ == "to" for a in grand.children if a.dep_ == "aux")
                ):
                    return grand
    return None


# --- candidates ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    trigger: Token
    entry: Entry
    code: str
    words: list[Token]
    source: list[int]
    target: list[int]
    reciprocal: bool = False
    score: float = 0.0
    consumed: set[int] = field(default_factory=set)  # token indices of triggers folded into this one
    modality_token: Token | None = None  # where the modality is read, when not at the trigger


class EventCoder:
    """Finds events in a parsed Doc whose actors have been resolved."""

    def __init__(self, lexicon: Lexicon, max_events_per_sentence: int = 1) -> None:
        self.lexicon = lexicon
        self.max_events_per_sentence = max_events_per_sentence

    # The component entry point.
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.code_doc(doc)
        return doc

    def code_doc(self, doc: Doc) -> list[Event]:
        mentions = list(doc._.actors or [])
        ments = _Mentions.build(doc, mentions)
        events: list[Event] = []
        article_date = doc._.article_date if Doc.has_extension("article_date") else None
        for sent in doc.sents:
            for cand in self._sentence(sent, ments):
                events.append(self._to_event(cand, sent, ments, article_date))
        return events

    # --- per sentence -------------------------------------------------------------------------------

    def _sentence(self, sent: Span, ments: _Mentions) -> list[_Candidate]:
        cands: dict[int, _Candidate] = {}
        for tok in sent:
            cand = self._candidate(tok, ments)
            if cand is not None:
                cands[tok.i] = cand
        # Fold complements into their frames and nouns into their light verbs.
        for cand in sorted(cands.values(), key=lambda c: _depth(c.trigger, sent.root)):
            for i in cand.consumed:
                if i != cand.trigger.i:
                    cands.pop(i, None)
        for cand in cands.values():
            self._prune_targets(cand, sent, ments)
        alive = [c for c in cands.values() if c.source or c.target]
        for cand in alive:
            cand.score = self._score(cand, sent)
        alive.sort(key=lambda c: -c.score)
        chosen: list[_Candidate] = []
        seen: set[tuple[str, tuple[str, ...], tuple[str, ...]]] = set()
        for cand in alive:
            key = (
                cameo.plover_type(cand.code) or "",
                tuple(sorted(ments.mentions[i].code for i in cand.source)),
                tuple(sorted(ments.mentions[i].code for i in cand.target)),
            )
            if key in seen:
                continue
            seen.add(key)
            chosen.append(cand)
            if len(chosen) >= self.max_events_per_sentence:
                break
        return chosen

    def _score(self, cand: _Candidate, sent: Span) -> float:
        score = 1.0 + 0.5 * cand.entry.specificity
        score += 1.5 if cand.source else 0.0
        score += 1.0 if cand.target else 0.0
        score -= 0.3 * _depth(cand.trigger, sent.root)
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
        return score

    def _candidate(self, tok: Token, ments: _Mentions) -> _Candidate | None:
        if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            return None
        # Most words are no trigger: a set lookup spares the tree walks (the coder runs on every token).
        lemmas = _lemmas(tok)
        if not any(self.lexicon.knows(lemma) or lemma in _LIGHT_VERBS for lemma in lemmas):
            return None
        if tok.pos_ in ("VERB", "AUX", "ADJ"):
            return self._verb_candidate(tok, ments)
        if tok.pos_ == "NOUN":
            return self._noun_candidate(tok, ments)
        return None

    def _verb_candidate(self, tok: Token, ments: _Mentions) -> _Candidate | None:
        comp = _complement(tok)
        frame_entry = _match(tok, self.lexicon, ("F",)) if comp is not None else None
        if frame_entry is not None and comp is not None:
            return self._frame_candidate(tok, frame_entry, comp, ments)
        if tok.pos_ == "ADJ":
            return None
        for obj in _objects(tok):
            # A light verb with a frame noun: "issued a demand that ...", "made an offer to ..."
            noun_frame = _match(obj, self.lexicon, ("F",)) if obj.pos_ == "NOUN" else None
            noun_comp = _complement(obj) if noun_frame is not None else None
            if noun_frame is not None and noun_comp is not None and self._is_light(tok):
                return self._frame_candidate(obj, noun_frame, noun_comp, ments)
        entry = _match(tok, self.lexicon, ("V",))
        light_noun = self._light_noun(tok) if (entry is None or entry.specificity == 0) else None
        if light_noun is not None:
            noun_entry, noun = light_noun
            if self._is_light(tok):
                return self._make(tok, noun_entry, [tok, noun], ments, consumed={noun.i})
        if entry is None:
            return None
        if cameo.plover_type(entry.code) is None:
            return self._reported(tok, ments)
        if entry.specificity == 0 and any(c.dep_ == "ccomp" for c in tok.children):
            # "demonstrated that ...", "protested that ...": the verb reports or shows, it does not act.
            return self._reported(tok, ments)
        return self._make(tok, entry, [tok], ments)

    def _is_light(self, verb: Token) -> bool:
        """A verb that lends its subject to an event noun ("held talks", "must prioritise talks"); event
        verbs and reversals change its sense ("terminated the agreements", "opposed the talks")."""
        lemmas = _lemmas(verb)
        if any(lemma in _LIGHT_VERBS or lemma in _MOTION_VERBS for lemma in lemmas):
            return True
        if any(lemma in _REVERSAL_VERBS for lemma in lemmas):
            return False
        return not any(self.lexicon.lookup("V", lemma) or self.lexicon.lookup("F", lemma) for lemma in lemmas)

    def _light_noun(self, tok: Token) -> tuple[Entry, Token] | None:
        for obj in _objects(tok):
            if obj.pos_ != "NOUN":
                continue
            entry = _match(obj, self.lexicon, ("N",))
            if entry is not None and cameo.plover_type(entry.code):
                return entry, obj
        return None

    def _noun_candidate(self, tok: Token, ments: _Mentions) -> _Candidate | None:
        if tok.i > 0 and tok.lower_ == "order" and tok.nbor(-1).lower_ == "in":
            return None  # "in order to" is a purpose, not a command
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and not self._is_light(tok.head):
            return None  # the verb governs what the noun means ("terminated the agreements")
        entry = _match(tok, self.lexicon, ("N", "F"))
        if entry is None or cameo.plover_type(entry.code) is None:
            return None
        if tok.lemma_.lower() in _PLURAL_SENSE and tok.tag_ == "NN":
            return None  # "without a Security Council sanction" authorises; "sanctions" punish
        if entry.light_only and tok.dep_ != "dobj":
            return None  # "its security concerns": only "voiced concern" and the like are events
        if entry.kind == "F":
            comp = _complement(tok)
            if comp is not None:
                return self._frame_candidate(tok, entry, comp, ments)
            noun_entry = _match(tok, self.lexicon, ("N",))
            if noun_entry is None:
                return None
            entry = noun_entry
        return self._make(tok, entry, [tok], ments)

    def _reported(self, tok: Token, ments: _Mentions) -> _Candidate | None:
        """A reporting verb: "X said Y must leave" is a demand of X on Y; other speech is not an event."""
        for child in tok.children:
            if child.dep_ != "ccomp":
                continue
            if not any(a.lower_ in _OBLIGATION_AUX for a in child.children if a.dep_ == "aux"):
                continue
            inner = _match(child, self.lexicon, ("V",))
            inner_code = inner.code if inner is not None and cameo.plover_type(inner.code) else None
            entry = Entry("F", "100", tok.lemma_.lower(), frame="demand")
            code = _refine("demand", inner_code, "100")
            source = self._subject(tok, ments)
            if not source:
                # "X must ..., the analyst argued": no actor demands it; the clause stands on its own
                return None
            target = self._subject(child, ments, climb=False)
            if not target:
                target = self._objects_of(child, ments)
            cand = _Candidate(tok, entry, code, [tok, child], source, [t for t in target if t not in source])
            cand.consumed = {child.i}
            return cand
        return None

    def _inner(self, comp: Token) -> tuple[str | None, Token | None]:
        """The code a complement clause carries, looking through aspect verbs ("resume shelling")."""
        for _ in range(3):
            inner_entry = _match(comp, self.lexicon, ("V",)) if comp.pos_ in ("VERB", "AUX") else None
            if (
                inner_entry is not None
                and inner_entry.specificity == 0
                and any(c.dep_ == "ccomp" for c in comp.children)
            ):
                inner_entry = None  # "to recognise that ...", "to accept that ...": knowing, not doing
            light = self._light_noun(comp) if inner_entry is None or inner_entry.specificity == 0 else None
            if light is not None:
                return light[0].code, light[1]
            if inner_entry is not None and cameo.plover_type(inner_entry.code):
                return inner_entry.code, None
            if comp.lemma_.lower() not in _ASPECT_VERBS:
                return None, None
            nxt = [c for c in comp.children if c.dep_ in ("xcomp", "dobj") and c.pos_ in ("VERB", "NOUN")]
            if not nxt:
                return None, None
            comp = nxt[0]
            if comp.pos_ == "NOUN":
                noun = _match(comp, self.lexicon, ("N",))
                return (
                    (noun.code, comp) if noun is not None and cameo.plover_type(noun.code) else (None, None)
                )
        return None, None

    def _frame_candidate(self, tok: Token, entry: Entry, comp: Token, ments: _Mentions) -> _Candidate | None:
        inner_code, light_noun = self._inner(comp)
        light = (None, light_noun) if light_noun is not None else None
        frame = entry.frame or "intent"
        if inner_code is None and tok.lemma_.lower() in _UNKNOWN_DEED_NO_EVENT:
            return None  # "failed to recognise that ...": missing an unknown deed is no rejection
        if (
            frame in ("intent", "posture")
            and inner_code is None
            and tok.lemma_.lower() not in _SPEECH_ACT_FRAMES | _READINESS
        ):
            # "decided to formulate its own policy", "intends to sever the border": a plan whose deed the
            # lexicon does not know is no pledge of cooperation (030); coding it so would invent one.
            return None
        code = _refine(frame, inner_code, entry.code)
        if tok.pos_ == "NOUN":
            source, noun_target = self._noun_roles(tok, ments)
        else:
            source = self._subject(tok, ments) if tok.pos_ != "ADJ" else self._subject(tok.head, ments)
        target: list[int] = []
        if frame in ("demand", "appeal"):
            for child in tok.children:
                if child.dep_ in ("dobj", "dative") and child.pos_ == "NOUN":
                    # "demanded an admission by Moscow", "demanded Russia's withdrawal"
                    target = _noun_agent(child, ments, self.lexicon) or _actors_under(child, ments)
                elif child.dep_ in ("dobj", "dative"):
                    target = _actors_under(child, ments)
                elif child.dep_ == "prep" and child.lower_ in ("on", "upon", "to"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            target = _actors_under(pobj, ments)
                if target:
                    break
            if not target:
                target = self._subject(comp, ments, climb=False)
        if not target:
            target = self._objects_of(tok, ments, skip={comp.i})
        if not target:
            target = self._objects_of(comp, ments)
        if not target and light is not None:
            target = self._objects_of(light[1], ments)
        if not target and tok.pos_ == "NOUN":
            target = noun_target
        source_codes = {ments.mentions[i].code for i in source}
        if target and {ments.mentions[i].code for i in target} <= source_codes:
            # "X threatened to block its corridor if Y ...": Y, not X's own ground, is the target
            target = self._condition_subject(tok, ments) or self._condition_subject(comp, ments) or target
        if not target and frame in ("threat", "intent", "posture"):
            # "threatened to walk out if the United States deploys ...": the condition names the target
            target = self._condition_subject(tok, ments) or self._condition_subject(comp, ments)
        if code[:2] == "15" and comp.pos_ != "NOUN":
            target = self._mobilised_target(comp, target, ments)
        target = [t for t in target if t not in source]
        words = [tok, comp]
        consumed = {comp.i}
        if light is not None:
            consumed.add(light[1].i)
        target = self._reciprocal_targets(entry, source, target, ments)
        reciprocal = entry.reciprocal and len(source) > 1 and not target
        cand = _Candidate(tok, entry, code, words, source, target, reciprocal)
        cand.consumed = consumed
        if frame in ("intent", "posture") and tok.lemma_.lower() not in _SPEECH_ACT_FRAMES:
            # "plans to open", "is ready to sign": the deed is only intended; "agreed to", "promised to"
            # are things said, asserted as such.
            cand.modality_token = comp
        # Everything under the complement is part of this event, not a separate one.
        cand.consumed.update(t.i for t in comp.subtree if t.pos_ in ("VERB", "NOUN"))
        return cand

    def _make(
        self, tok: Token, entry: Entry, words: list[Token], ments: _Mentions, consumed: set[int] | None = None
    ) -> _Candidate | None:
        code = entry.code
        if tok.pos_ != "NOUN" and _natural_force(tok):
            return None  # "the earthquakes struck the border towns": nature, not an actor, did it
        if tok.pos_ == "NOUN":
            source, target = self._noun_roles(tok, ments)
        else:
            source, target = self._verb_roles(tok, ments, words)
            nouns = [w for w in words if w.pos_ == "NOUN"]
            if nouns and any(lemma in _ANNOUNCING for lemma in _lemmas(tok)):
                # "X announced Y's visit": the noun's own doer acts; the announcer is the other party
                doer = _noun_agent(nouns[0], ments, self.lexicon) or self._of_agent(nouns[0], ments)
                if doer and set(doer) != set(source):
                    source, target = doer, [i for i in source if i not in doer] or target
        if code[:2] == "15" and tok.pos_ != "NOUN":
            # (irregulars are often moved by a patron, not by their own state: "Syrian fighters were
            # transferred" says nothing of who sent them)
            forces = [i for i in self._forces(tok, ments) if ments.mentions[i].sector != "REB"]
            if not source and forces and set(target) <= set(forces):
                # "Russian troops were deployed along the corridor": whose troops they are deployed them
                source = forces
            target = self._mobilised_target(tok, target, ments)
        if entry.reciprocal and not source and len(target) > 1 and not _counterparts(tok, target, ments):
            # "cooperation between Russia and Azerbaijan", "an agreement between X and Y was signed":
            # the parties act together
            source, target = target, []
        code = self._shift_for_intent(tok, code)
        target = self._reciprocal_targets(entry, source, target, ments)
        reciprocal = entry.reciprocal and len(source) > 1 and not target
        cand = _Candidate(tok, entry, code, words, source, target, reciprocal)
        cand.consumed = set(consumed or ())
        return cand

    def _forces(self, verb: Token, ments: _Mentions) -> list[int]:
        """The forces a mobilising verb moves: its object, or its subject when passive."""
        return [i for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for i in _actors_under(c, ments)]

    def _mobilised_target(self, verb: Token, target: list[int], ments: _Mentions) -> list[int]:
        """ "Turkey sent Syrian fighters to Libya": the forces sent are the sender's means, not its target;
        the place or party they are sent to or against is."""
        forces = set(self._forces(verb, ments))
        if not forces or not set(target) <= forces:
            return target
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "into", "against", "toward", "towards"):
                found = [i for p in prep.children if p.dep_ == "pobj" for i in _actors_under(p, ments)]
                if found:
                    return found
        return []

    def _shift_for_intent(self, tok: Token, code: str) -> str:
        """A deed announced for the future is an intention (03) or a threat (13), as CAMEO codes it."""
        verb = tok if tok.pos_ != "NOUN" else tok.head
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        future = any(a.lower_ in _FUTURE_AUX for a in auxes)
        perfect = any(a.lemma_ == "have" for a in auxes)
        going = any(c.dep_ == "xcomp" for c in verb.head.children) and verb.head.lemma_ == "go"
        if not (future or going) or perfect:
            return code
        negated = any(c.dep_ == "neg" for c in verb.children)
        root = code[:2]
        unless = any(
            c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children if m.dep_ == "mark")
            for c in verb.children
        )
        if unless and not negated:
            # "X will pull out unless Y ...": a conditional deed is an ultimatum.
            return _refine("threat", code, "130") if root not in ("13",) else code
        if root in _COOP_ROOTS and negated:
            # "will not accept", "would not release": a refusal
            return _refine("reject", code, "120")
        if root in _COOP_ROOTS and root != "03":
            return _refine("intent", code, "030")
        if root in _CONFLICT_ROOTS and root != "15" and not negated:
            # ("would not attack" is no threat: it stays the deed, marked negated by the modality layer)
            return _refine("threat", code, "130")
        return code

    # --- roles ---------------------------------------------------------------------------------------

    def _subject(self, verb: Token, ments: _Mentions, *, climb: bool = True) -> list[int]:
        """Actors doing what `verb` says: its subject, the agent of a passive, or an inherited subject."""
        tok = verb
        came_by: str | None = None
        for _ in range(_MAX_CLIMB):
            subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
            if not subjects and tok.dep_ == "pcomp" and tok.tag_ == "VBG":
                # "led to Yerevan blaming Moscow": the parser hangs the gerund's subject on the preposition
                before = [c for c in tok.head.children if c.dep_ == "pobj" and c.i < tok.i]
                if not before and tok.head.lower_ == "from":
                    # "prevent Turkey from taking control", "barred Russia from sending": the object acts
                    before = [c for c in tok.head.head.children if c.dep_ == "dobj" and c.i < tok.i]
                found = [i for c in before for i in _actors_under(c, ments)]
                if found:
                    return found
            if came_by == "xcomp" and not subjects:
                # "Turkey is expected to reopen": the raised passive subject does the open clause's deed
                subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
            for subj in subjects:
                if subj.lower_ in _RELATIVE and tok.dep_ == "relcl":
                    return _actors_under(tok.head, ments, skip=frozenset({"relcl", "prep"}))
                found = _actors_under(subj, ments)
                if found:
                    return found
                if subj.lower_ not in _PRONOUNS:
                    break
            if came_by == "xcomp":
                # "prompted Iran to warn", "helped Azerbaijan retake": when the subject names no actor,
                # the object does the open clause
                controller = [i for c in tok.children if c.dep_ == "dobj" for i in _actors_under(c, ments)]
                if controller:
                    return controller
            if subjects and not all(s.lower_ in _PRONOUNS for s in subjects):
                return []
            for child in tok.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        found = _actors_under(pobj, ments)
                        if found:
                            return found
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and ments.at(tok.head):
                # "Armenians blaming Russia", "fighters crossing into Libya": the noun does the -ing deed
                return _actors_under(tok.head, ments, skip=frozenset({"relcl", "acl", "prep"}))
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
                # "X's efforts to mediate", "a decision by X to withdraw"
                noun = tok.head
                owner, _ = self._noun_roles(noun, ments)
                if owner:
                    return owner
                if noun.dep_ in ("dobj", "attr") and noun.head.pos_ == "VERB":
                    # "approved a law recognising X": who passed the law
                    tok = noun.head
                    continue
            if not climb and not subjects:
                return []
            if tok.dep_ in _INHERIT_DEPS or (subjects and tok.dep_ in ("ccomp", "advcl", "conj")):
                came_by = tok.dep_
                tok = tok.head
                if tok.pos_ == "ADP" and tok.head.i != tok.i:
                    # "resorted to throwing stones": through the preposition to its verb
                    tok = tok.head
                continue
            if tok.dep_ in ("relcl",) and not subjects:
                return _actors_under(tok.head, ments, skip=frozenset({"relcl", "prep"}))
            break
        return []

    def _reciprocal_targets(
        self, entry: Entry, source: list[int], target: list[int], ments: _Mentions
    ) -> list[int]:
        """Parties acting together ("X and Y signed the Shusha Declaration in Z") have no target of their
        own code nor a place where they met."""
        if not (entry.reciprocal and len(source) > 1) or not target:
            return target
        codes = {ments.mentions[i].code for i in source}
        kept = [i for i in target if ments.mentions[i].code not in codes]
        if ments.doc is None:
            return kept
        return [i for i in kept if not _place_phrase(ments.doc[ments.heads[i]], _PLACE_PREPS | _TOPIC_PREPS)]

    def _of_agent(self, noun: Token, ments: _Mentions) -> list[int]:
        """The "of" phrase of a noun whose "of" names the doer ("the visit of X", "the withdrawal of X")."""
        if not any(lemma in _OF_AGENT_NOUNS for lemma in _lemmas(noun)):
            return []
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    found = _actors_under(pobj, ments)
                    if found:
                        return found
        return []

    def _condition_subject(self, tok: Token, ments: _Mentions) -> list[int]:
        for child in tok.children:
            if child.dep_ == "advcl" and any(
                m.lower_ in _CONDITION_MARKS for m in child.children if m.dep_ == "mark"
            ):
                found = self._subject(child, ments, climb=False)
                if found:
                    return found
        return []

    def _objects_of(self, tok: Token, ments: _Mentions, skip: set[int] | None = None) -> list[int]:
        skip = skip or set()
        for child in tok.children:
            if child.dep_ in ("dative",) and child.i not in skip:
                found = _actors_under(child, ments)
                if found:
                    return found
        for child in tok.children:
            if child.dep_ in ("dobj", "obj", "attr", "oprd", "nsubjpass") and child.i not in skip:
                # "rejected an offer by X", "welcomed Y's decision": the doer of the noun is the target
                found = _noun_agent(child, ments, self.lexicon) if child.pos_ == "NOUN" else []
                found = found or _actors_under(child, ments)
                # "withdraw its troops from X": the possessor of the object is the doer, not the target
                found = [i for i in found if not _possessive(tok.doc, ments.mentions[i])]
                if found:
                    return found
        preps = [c for c in tok.children if c.dep_ == "prep" and c.i not in skip]
        for obj in _objects(tok):
            preps.extend(c for c in obj.children if c.dep_ == "prep")
        # "a fact recognised in Tehran": when a passive verb's subject is a thing, not an actor, an "in"
        # phrase says where, not to whom.
        thing = any(
            c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.lemma_.lower() not in _WEAPONS
            for c in tok.children
        ) or (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" and not ments.at(tok.head))
        ranked = sorted(
            (p for p in preps if p.lower_ in _TARGET_PREPS and not (thing and p.lower_ in _PLACE_PREPS)),
            key=lambda p: _TARGET_PREPS.index(p.lower_),
        )
        for prep in ranked:
            for pobj in prep.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    found = _actors_under(pobj, ments)
                    if found:
                        return found
        return []

    def _verb_roles(self, tok: Token, ments: _Mentions, words: list[Token]) -> tuple[list[int], list[int]]:
        source = self._subject(tok, ments)
        target: list[int] = []
        for word in words:
            target = self._objects_of(word, ments)
            if target:
                break
        if not target:
            # "started a hunger strike to protest X's decision", "opened fire to disperse X"
            for child in tok.children:
                if child.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in child.children):
                    target = self._objects_of(child, ments)
                    if target:
                        break
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        # "found itself encircled by X", "left isolated by X": a participle with an agent is passive too,
        # though the parser gives it a plain subject.
        agents = [c for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
        if tok.tag_ == "VBN" and agents and not passive:
            agent = [
                i for c in agents for p in c.children if p.dep_ == "pobj" for i in _actors_under(p, ments)
            ]
            if agent:
                patient = []
                for subj in (c for c in tok.children if c.dep_ in _SUBJECT_DEPS):
                    patient = _actors_under(subj, ments)
                    if not patient and subj.lower_ in _REFLEXIVES and tok.dep_ in ("ccomp", "xcomp", "oprd"):
                        patient = self._subject(tok.head, ments)
                if tok.dep_ == "acl" and not patient:
                    patient = _actors_under(tok.head, ments, skip=frozenset({"relcl", "acl", "prep"}))
                return agent, [i for i in (patient or target) if i not in agent]
        if passive:
            # "The plane was shot down by X": the passive subject is the target.
            agent = [
                i
                for c in tok.children
                if c.dep_ == "agent"
                for p in c.children
                for i in _actors_under(p, ments)
            ]
            patient = [i for c in tok.children if c.dep_ == "nsubjpass" for i in _actors_under(c, ments)]
            weapon = any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _WEAPONS for c in tok.children)
            if weapon and not agent:
                # "an Iranian missile was launched at Israel": whose weapon it is fired it; the target is
                # where it was fired
                source = patient
                skip = {c.i for c in tok.children if c.dep_ == "nsubjpass"}
                target = [i for i in self._objects_of(tok, ments, skip=skip) if i not in patient]
            else:
                source = agent
                target = patient or [i for i in target if i not in agent]
        target = [i for i in target if i not in source]
        return source, target

    def _noun_roles(self, noun: Token, ments: _Mentions) -> tuple[list[int], list[int]]:
        """Roles of a nominalisation: "X's rejection of Y", "the escalation of sanctions by X towards Y"."""
        source: list[int] = []
        target: list[int] = []
        for child in noun.children:
            if child.dep_ == "poss":
                source = _actors_under(child, ments)
        if not source:
            # "the signing of documents with X by Y": the "by" phrase may hang lower in the noun phrase.
            for by in noun.subtree:
                if by.lower_ != "by" or by.dep_ not in ("prep", "agent"):
                    continue
                if not _nominal_path(by, noun, self.lexicon):
                    continue
                for pobj in by.children:
                    source = source or _actors_under(pobj, ments)
                if source:
                    break
        if not source:
            source = self._of_agent(noun, ments)
            if source:
                target = []
        named_by_place = noun.lemma_.lower() in _NAMED_BY_PLACE
        theatre = noun.lemma_.lower() in _THEATRE_NOUNS
        if not source and theatre:
            # Two or more parties in the modifiers fight each other; a single one is where it is fought.
            parties = [
                i
                for c in noun.children
                if c.dep_ in ("amod", "compound")
                for t in c.subtree  # "Armenian-Azerbaijani" parses as one modifier under another
                for i in ments.at(t)
            ]
            if len({ments.mentions[i].code for i in parties}) >= 2:
                source = parties
            for prep in noun.children:
                # "hostilities between the West and Russia": who is named there is a party, even alone
                if not source and prep.dep_ == "prep" and prep.lower_ == "between":
                    source = [i for p in prep.children if p.dep_ == "pobj" for i in _actors_under(p, ments)]
        elif not source:
            for child in noun.children:
                if named_by_place and child.dep_ == "compound" and child.pos_ == "PROPN":
                    continue  # "the Minsk agreements", "the Astana talks" are named after a venue
                if child.dep_ in ("amod", "compound") and ments.at(child):
                    source = _actors_under(child, ments)
                    break
        for prep in sorted(
            (
                c
                for c in noun.children
                if c.dep_ == "prep"
                and c.lower_ in _TARGET_PREPS
                and not (theatre and c.lower_ in _THEATRE_PREPS)
            ),
            key=lambda p: _TARGET_PREPS.index(p.lower_),
        ):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found = _actors_under(pobj, ments)
                    if found and not target:
                        target = found
        if not source and noun.dep_ in ("dobj", "attr", "nsubjpass", "pobj"):
            # A light verb that governs the noun names the doer ("X held talks", "X came for talks");
            # a verb with a meaning of its own does not ("Iran, forgotten in the war").
            head = noun.head
            if noun.dep_ == "pobj":
                head = head.head if head.lower_ in ("for", "to", "into") else noun
            if head.pos_ in ("VERB", "AUX") and self._is_light(head):
                source = self._subject(head, ments)
                if not target:
                    target = self._objects_of(head, ments, skip={noun.i})
        if not source and noun.dep_ in ("nsubj",) and not theatre:
            # ("the war could present an obstacle to X": a war without parties is background)
            target = target or self._objects_of(noun.head, ments)
        target = [i for i in target if i not in source]
        return source, target

    # --- records -------------------------------------------------------------------------------------

    def _prune_targets(self, cand: _Candidate, sent: Span, ments: _Mentions) -> None:
        # "Syria will withdraw its troops": a possessive pronoun that points back at the source is no target
        source_codes = {ments.mentions[i].code for i in cand.source}
        cand.target = [
            i
            for i in cand.target
            if not (
                ments.mentions[i].code in source_codes
                and (
                    _pronominal(sent.doc, ments.mentions[i])
                    # talks "at the Kremlin" are not with Russia; a curfew "in Algiers" does hit its people
                    or (cand.code[:2] in _COOP_ROOTS and _place_phrase(sent.doc[ments.heads[i]]))
                )
            )
        ]
        if not cand.source and cand.code[:2] in ("03", "04"):
            # "we met in Paris", "the meeting in Kiev": with no named party, a venue is all that is left
            cand.target = [i for i in cand.target if not _place_phrase(sent.doc[ments.heads[i]])]

    def _to_event(self, cand: _Candidate, sent: Span, ments: _Mentions, article_date: str | None) -> Event:
        def actors(indices: list[int]) -> tuple[EventActor, ...]:
            # One actor per code: "Putin's Russia" is one actor, the sector the most specific mention gives.
            by_code: dict[str, EventActor] = {}
            for i in indices:
                m = ments.mentions[i]
                known = by_code.get(m.code)
                if known is None or (known.sector is None and m.sector is not None):
                    by_code[m.code] = EventActor(m.code, m.sector, m.text)
            return tuple(by_code.values())

        code = cand.code
        modality = classify_modality(cand.modality_token or cand.trigger)
        in_sentence = [m for m in ments.mentions if sent.start_char <= m.start < sent.end_char]
        attribution = find_attribution(cand.trigger, in_sentence)
        date, precision = resolve_event_date(sent, article_date, cand.trigger)
        words = sorted(cand.words, key=lambda t: t.i)
        return Event(
            event=cameo.plover_type(code) or "",
            cameo=code,
            goldstein=cameo.goldstein(code),
            quad_class=cameo.quad_class(code),
            source=actors(cand.source),
            target=actors(cand.target),
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

    def _confidence(self, cand: _Candidate, ments: _Mentions, sent: Span) -> float:
        # Specific lexicon entries, found actors with sure codes and short parse paths earn trust.
        value = 0.45 + 0.08 * min(cand.entry.specificity, 2)
        value += 0.2 if cand.source else -0.1
        value += 0.1 if cand.target else 0.0
        certainty = [ments.mentions[i].confidence for i in cand.source + cand.target]
        if certainty:
            value *= 0.6 + 0.4 * min(certainty)
        value -= 0.04 * max(0, _depth(cand.trigger, sent.root) - 1)
        return round(min(0.97, max(0.05, value)), 3)


@Language.factory(
    "realpolitik_events",
    default_config={"lexicon_path": None, "max_events_per_sentence": 1},
)
def make_event_coder(
    nlp: Language, name: str, lexicon_path: str | None, max_events_per_sentence: int
) -> EventCoder:
    """The event coder component; runs after "realpolitik_actors" and fills `doc._.events`."""
    for ext in ("article_date", "actors", "events"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)
    lexicon = load_lexicon(lexicon_path) if lexicon_path else default_lexicon()
    return EventCoder(lexicon, max_events_per_sentence=max_events_per_sentence)


def events_to_dicts(events: Iterable[Event]) -> list[dict[str, Any]]:
    """JSON-ready event dicts in the `realpolitik code` output shape."""
    return [e.to_dict() for e in events]
