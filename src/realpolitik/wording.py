"""Small pieces of wording shared by the CLI, the report, the web pages and the store's messages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

__all__ = [
    "CLAIM_KINDS",
    "ROLE_WORDS",
    "SPEAKER_PRONOUNS",
    "UNKNOWN_OUTLET_KEYS",
    "VERBAL_CONFLICT",
    "claimed_by",
    "is_claim",
    "joint_speakers",
    "known_acronyms",
    "outlet_name",
    "outlet_order",
    "plural",
    "signed",
    "speaker_pronoun",
    "unbroken",
    "who_says",
]

# the keys the data gives the articles whose outlet was not found: the store's "(unknown)" (web facets and
# tables), "(unknown outlet)" (system perspectives, narratives, report data); a reader's list puts them last
# (`outlet_order`): their "(" would sort them first
UNKNOWN_OUTLET_KEYS = frozenset({"(unknown)", "(unknown outlet)"})


def unbroken(text: str) -> str:
    """A line of prose for a page: a figure keeps its per cent sign on its line ("97.5 %" wrapped as "97.5" over
    "%" in the dyad page's why-uncertain line), a no-break space before the sign. For HTML only: a terminal's
    table breaks at a no-break space too."""
    return text.replace(" %", "\u00a0%")


def plural(n: int, word: str) -> str:
    """A count with its noun: "1 article", "6 articles" (not "6 article(s)")."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def signed(x: float, digits: int = 2) -> str:
    """A signed number as a reader sees it, the minus as a true minus sign: "−0.43", "+1.00" (JSON and CSV
    keep plain ASCII)."""
    return f"{x:+.{digits}f}".replace("-", "\u2212")


def outlet_name(name: object) -> object:
    """An outlet as a reader sees it, one wording in the report, the web pages and the CLI's tables: an
    article whose outlet was not found is "unknown outlet" (the data keeps its key, which sorts last)."""
    return "unknown outlet" if name is None or name == "" or name in UNKNOWN_OUTLET_KEYS else name


def outlet_order(name: object) -> tuple[bool, str]:
    """The order a reader's list of outlets takes: named outlets by name, the "unknown outlet" bucket (every
    article whose outlet was not found, pooled: not one source) last."""
    unknown = outlet_name(name) == "unknown outlet"
    return unknown, "" if unknown else str(name).casefold()


# words that name whoever is said to speak only by pointing at them ("I", "he added", "they warned", a
# transcript's "Both of us"): written alone they read as nobody ("according to I", "per his")
SPEAKER_PRONOUNS = frozenset(
    {"i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them",
     "their", "it", "its", "which", "who", "that", "this", "these", "those", "both of us"}
)  # fmt: skip


def speaker_pronoun(text: str | None) -> bool:
    """Whether an attribution names its speaker only by a pronoun ("I", "he", "they")."""
    return bool(text) and " ".join(str(text).split()).casefold() in SPEAKER_PRONOUNS


def joint_speakers(text: str | None) -> bool:
    """Whether an attribution names two speakers at once ("both of us", "the two of us"): no one actor says
    it, so the code it was given is not shown as its speaker."""
    return bool(text) and " ".join(str(text).split()).casefold() in {"both of us", "the two of us"}


def _closed(text: str) -> str:
    """A speaker's text cut inside a parenthesis ("the director of a think tank in Moscow (RIAC", report41)
    with the parenthesis closed, so the row does not read as broken off."""
    return text + ")" * (text.count("(") - text.count(")")) if text.count("(") > text.count(")") else text


# who a transcript's role label ("Question:", "MODERATOR:", "Q:", "A:"; kind "role") stands for, by its first
# word: a participant named by a role, never an actor
ROLE_WORDS = {
    "question": "a questioner", "q": "a questioner", "questioner": "a questioner",
    "interviewer": "the interviewer", "journalist": "a journalist", "reporter": "a reporter",
    "correspondent": "a correspondent", "moderator": "the moderator", "host": "the host",
    "presenter": "the presenter", "anchor": "the presenter", "participant": "a participant",
    "audience": "the audience", "answer": "the one answering", "a": "the one answering",
    "reply": "the one answering", "response": "the one answering",
}  # fmt: skip


def _unshouted(text: str) -> str:
    """A person's name or a title a transcript's label writes in capitals, as a reader writes it: "EMIL HART" is
    "Emil Hart", "SEAN O'BRIEN" "Sean O'Brien", and an acronym inside it stays one: "IRGC COMMANDER" is "IRGC
    Commander", "US STATE DEPARTMENT" "US State Department" (`_acronym`). Two to four words, each an acronym or
    a word of three letters or more, at least one of them no acronym ("US", "EU", "LI WEI" never change); any
    other text as it is."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(
        w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words
    ):
        return text
    acronyms = [_acronym(w) and w.casefold() not in _ABBREVIATIONS for w in words]
    if all(acronyms) or not all(
        a or len(w) >= 3 or w.casefold() in _ABBREVIATIONS for w, a in zip(words, acronyms, strict=True)
    ):
        return text
    # each run of letters capitalised, so the parts after a hyphen or an apostrophe are too ("O'Brien")
    return " ".join(
        w if a else re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), w)
        for w, a in zip(words, acronyms, strict=True)
    )


# Abbreviations of a courtesy or a rank with no vowel, words of a name's title and no acronyms: "MR SMITH" is
# "Mr Smith", "LT GEN HALE" "Lt Gen Hale" (review37: they read "MR Smith", "LT Gen Hale")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "lt", "sgt", "cpl", "fr"})


def _acronym(word: str) -> bool:
    """A word in capitals that is an acronym, not a word shouted: one with no vowel ("IRGC", "FSB", "KGB") or an
    acronym the knowledge base names an actor by ("NATO", "OSCE", "US")."""
    if not word.isalpha():
        return False
    return not set(word.casefold()) & set("aeiouy") or word in known_acronyms()


@cache
def known_acronyms() -> frozenset[str]:
    """The knowledge base's names in capitals of two letters or more ("NATO", "CSTO", "US"), read once."""
    from .actors.kb import load_kb

    return frozenset(a for a in load_kb(()).aliases if len(a) > 1 and a.isalpha() and a.isupper())


def who_says(
    text: str | None, code: str | None = None, kind: str | None = None, name: str | None = None
) -> str:
    """Who an attribution names, as a reader sees it: its text, except that a bare pronoun gives way to the
    actor it was coded to, the pronoun kept in quotes ('France (“I”)', 'RUS (“he”)'), or, coded to no
    one, 'an unnamed speaker (“he”)', that a transcript's role label gives the role, the label in quotes
    ('the moderator (“MODERATOR”)', 'a questioner (“Q”)'), and that a guest's name in capitals is written as a
    name ('Sofia Rande' for "SOFIA RANDE"). No attribution: the empty string."""
    if not text:
        return ""
    if joint_speakers(text):
        # (report42: a joint press conference's "Both of us have pointed out ..." was coded to NATO and shown
        # as "NATO (“Both of us”)": two speakers are no one actor, whatever the code says)
        return f"both speakers (“{' '.join(text.split())}”)"
    if kind == "role":
        label = " ".join(text.split())
        return f"{ROLE_WORDS.get(label.split()[0].casefold(), 'an unnamed participant')} (“{label}”)"
    if not speaker_pronoun(text):
        return _closed(_unshouted(text))
    who = name or code or f"an unnamed {kind or 'speaker'}"
    return f"{who} (“{' '.join(text.split())}”)"


# how each kind of attribution is written after who it names
CLAIM_KINDS = {
    "speaker": "speaker",
    "expert": "expert",
    "outlet": "outlet cited",
    "role": "transcript role",
}
VERBAL_CONFLICT = 3  # quad class of accusations, threats, demands and rejections: said by their source


@cache
def _deed_codes() -> tuple[str, ...]:
    """The CAMEO code prefixes of verbal conflict that are deeds (system/data/claims.json), read once."""
    from .datafiles import data_error, read_data
    from .errors import LexiconError

    data = read_data("realpolitik.system", "claims.json", LexiconError)
    deeds = data.get("deeds")
    if not isinstance(deeds, dict) or not all(isinstance(k, str) and k.isdigit() for k in deeds):
        raise data_error(
            "realpolitik.system", "claims.json", "deeds", "expected an object of CAMEO codes", LexiconError
        )
    return tuple(deeds)


def is_claim(cameo: str | None, quad_class: int | None) -> bool:
    """Whether an event is a claim whose truth rests on the one who says it: an accusation, a denunciation, a
    demand, a threat or a rejection said (CAMEO quad class 3, verbal conflict), not one of the deeds done in public
    that CAMEO files there (an inquiry opened, a lawsuit filed, a verdict, a veto: `system/data/claims.json`).
    One rule for every evidence row (`claimed_by`): CLI, report, web app, API and CSV. An event whose code is
    unknown goes by its quad class."""
    if quad_class != VERBAL_CONFLICT:
        return False
    return not (cameo and cameo.startswith(_deed_codes()))


def _words_within(inner: str, outer: str) -> bool:
    """Whether `inner` is `outer` or a run of its whole words ("Officials in Yerevan" within "Officials in Yerevan
    and Stepanakert"), case aside."""
    a, b = inner.casefold().split(), outer.casefold().split()
    return bool(a) and any(b[k : k + len(a)] == a for k in range(len(b) - len(a) + 1))


def _one_party(inner: tuple[str, str | None], outer: tuple[str, str | None]) -> bool:
    """Whether two source mentions name one party, so only the longer is written: the inner's words are a run of
    the outer's, and either both carry one code or the outer joins several names ("Officials in Yerevan" within
    "Officials in Yerevan and Stepanakert"). "Korea" within "North Korea" (KOR, PRK) is two parties."""
    if not _words_within(inner[0], outer[0]):
        return False
    return (
        inner[1] == outer[1] or any(w in ("and", "&") for w in outer[0].casefold().split()) or "," in outer[0]
    )


def _outer_names(names: Sequence[tuple[str, str | None]]) -> list[str]:
    """The names of the parties who say something, each once: a (name, code) that is the same party as another's
    (`_one_party`: two mentions overlapping or one inside the other, "Officials in Yerevan" inside "Officials in
    Yerevan and Stepanakert", report43) gives way to the longer, which stands where the first of them stood."""
    out: list[tuple[str, str | None]] = []
    for name in names:
        if any(_one_party(name, kept) for kept in out):
            continue  # (the same party, already written at least as fully)
        wider = [k for k, kept in enumerate(out) if _one_party(kept, name)]
        if wider:
            out[wider[0]] = name
            out = [kept for k, kept in enumerate(out) if k not in wider[1:]]
        else:
            out.append(name)
    return [name for name, _ in out]


def claimed_by(
    attribution: str | None,
    code: str | None,
    kind: str | None,
    outlet: str | None,
    *,
    name: str | None = None,
    quad_class: int | None = None,
    sources: Sequence[tuple[str | None, str | None]] = (),
    source_names: Sequence[str] = (),
    reciprocal: bool = False,
    cameo: str | None = None,
) -> str:
    """Who claims an event, as every evidence row writes it (CLI `evidence`, report, web app), so a claim never
    reads as the outlet's own account of a fact:

    - the speaker the coder attributed it to, and what kind of speaker: 'Hikmet Hajiyev (speaker)',
      'France (“I”) (speaker)', 'the moderator (“MODERATOR”) (transcript role)';
    - an accusation, denunciation, threat, demand or rejection said (`is_claim`: verbal conflict, less the deeds
      done in public that CAMEO files there, as an inquiry opened, a lawsuit filed, a verdict or a veto) with no
      attribution is said by its source, which the outlet reports: 'Velayati (the source, as The Cradle reports)' (`sources`: (text, code) of the
      event's source actors; a pronoun gives way to `source_names`, the names of the same actors; mentions of one
      party that overlap, or one inside the other, are written once, the longer: `_outer_names`); not a
      reciprocal one: "A and B traded accusations" is the outlet's account of both, and the coder also reads
      "the dispute between A and B" so, which no party says;
    - anything else with no attribution is the outlet's own account: 'The Cradle (outlet's own account)',
      'unknown outlet (outlet's own account)'."""
    if attribution:
        who = who_says(attribution, code, kind, name)
        if kind == "role" or who.startswith(("an unnamed ", "both speakers ")):
            return who  # 'the moderator (“MODERATOR”)', 'an unnamed speaker (“he”)' say what kind they are
        return f"{who} ({CLAIM_KINDS.get(kind or '', kind or 'speaker')})"
    told = outlet_name(outlet)
    if is_claim(cameo, quad_class) and sources and not reciprocal:
        named: list[tuple[str, str | None]] = []
        for i, (text, src_code) in enumerate(sources):
            shown = " ".join((text or "").split())
            if not shown or speaker_pronoun(shown):
                shown = (source_names[i] if i < len(source_names) else None) or src_code or "?"
            if all(shown != kept for kept, _ in named):
                named.append((shown, src_code))
        said = _outer_names(named)
        teller = "an unknown outlet" if told == "unknown outlet" else told
        return f"{' and '.join(said)} (the source{'s' if len(said) > 1 else ''}, as {teller} reports)"
    return f"{told} (outlet's own account)"
