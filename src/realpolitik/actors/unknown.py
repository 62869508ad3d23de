"""Actors no pack names, coded by a class of their name and the sentence (issue 9, fiftieth session: actors50).

- a firm by its legal form ("Mannesmann AG", "H.J. Heinz Co", "Nokia Oyj"): the country whose law has the form
  (`unknown.json` `legal_forms`, generated from cleanco's table of legal forms by country);
- a firm by an apposition that names its country ("Ciba-Geigy, the Swiss drugmaker,");
- a party by its members ("the Social Democrats", "Tory rebels", "Labour members of parliament") or by a name ending
  in "Party", and the opposition ("opposition supporters"): the one country the sentence names;
- a name opened by a country's own-language adjective ("Deutsche Post", "Nippon Steel");
- "the carmaker", "the airline" after a firm named before it in the sentence.

Each reading adds a mention only where no mention already covers the name, and only when the country is certain
by the rules below; otherwise the name stays uncoded as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..records import ActorMention
from .words import data_error, load_data

UNKNOWN_WORDS = "unknown.json"
# codes of organisations, not countries
_NOT_COUNTRIES = frozenset({"IGO", "NGO", "IMG"})


@dataclass(frozen=True)
class UnknownWords:
    legal_forms: dict[str, frozenset[str]]
    legal_form_homes: dict[str, str]
    english_forms: frozenset[str]
    party_families: dict[tuple[str, ...], str]
    party_firsts: frozenset[str]
    party_member_nouns: dict[str, str]
    armed_rebel_families: frozenset[str]
    party_homes: dict[str, str]
    party_standalone: frozenset[str]
    firm_nouns: frozenset[str]
    endonyms: dict[str, str]


def _entry(data: dict, name: str) -> object:
    if name not in data or not isinstance(data[name], dict) or "values" not in data[name]:
        raise data_error(UNKNOWN_WORDS, name, 'missing or not an object with "values"')
    return data[name]["values"]


@cache
def unknown_words() -> UnknownWords:
    """The word lists of `unknown.json`, read and checked once per process."""
    data = load_data(UNKNOWN_WORDS)
    forms = _entry(data, "legal_forms")
    homes = _entry(data, "legal_form_homes")
    english = _entry(data, "english_forms")
    families = _entry(data, "party_families")
    members = _entry(data, "party_member_nouns")
    armed = _entry(data, "armed_rebel_families")
    party_homes = _entry(data, "party_homes")
    standalone = _entry(data, "party_standalone")
    firm_nouns = _entry(data, "firm_nouns")
    endonyms = _entry(data, "endonym_adjectives")
    if not (
        isinstance(forms, dict)
        and all(isinstance(v, list) and v for v in forms.values())
        and isinstance(homes, dict)
        and isinstance(english, list)
        and isinstance(families, list)
        and isinstance(members, dict)
        and isinstance(armed, list)
        and isinstance(party_homes, dict)
        and isinstance(standalone, list)
        and isinstance(firm_nouns, list)
        and isinstance(endonyms, dict)
    ):
        raise data_error(UNKNOWN_WORDS, "values", "an entry has the wrong shape")
    fams = {tuple(str(f).lower().replace("-", " - ").split()): str(f).lower() for f in families}
    return UnknownWords(
        legal_forms={str(k).lower(): frozenset(v) for k, v in forms.items()},
        legal_form_homes={str(k).lower(): str(v) for k, v in homes.items()},
        english_forms=frozenset(str(w).lower() for w in english),
        party_families=fams,
        party_firsts=frozenset(k[0] for k in fams),
        party_member_nouns={str(k).lower(): str(v) for k, v in members.items()},
        armed_rebel_families=frozenset(str(w).lower() for w in armed),
        party_homes={str(k).lower(): str(v) for k, v in party_homes.items()},
        party_standalone=frozenset(str(w).lower() for w in standalone),
        firm_nouns=frozenset(str(w).lower() for w in firm_nouns),
        endonyms={str(k).lower(): str(v) for k, v in endonyms.items()},
    )


def _country(code: str | None) -> bool:
    return bool(code) and len(code or "") == 3 and code not in _NOT_COUNTRIES and (code or "").isalpha()


def _sentence_countries(sent: Span, mentions: list[ActorMention]) -> set[str]:
    """The countries the mentions inside the sentence name, in any role (a place counts: "factories in Japan")."""
    return {m.code for m in mentions if sent.start_char <= m.start < sent.end_char and _country(m.code)}


def _name_like(tok: Token) -> bool:
    text = tok.text
    return bool(text) and text[0].isupper() and tok.pos_ not in ("DET", "PRON", "ADP", "AUX", "VERB", "CCONJ")


def _covered(start: int, end: int, taken: set[int]) -> bool:
    return any(c in taken for c in range(start, end))


def _claim(
    doc: Doc,
    taken: set[int],
    start: int,
    end: int,
    code: str,
    sector: str | None,
    why: str,
    *,
    kb_id: str | None = None,
    role: str = "actor",
) -> ActorMention:
    """The mention of `doc.text[start:end]` that one of these rules found (confidence 0.7), its characters marked
    taken so that no later rule claims them again."""
    taken.update(range(start, end))
    return ActorMention(
        start=start,
        end=end,
        text=doc.text[start:end],
        code=code,
        sector=sector,
        kb_id=kb_id,
        why=why,
        confidence=0.7,
        role=role,
    )


def firms_by_form(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Mannesmann AG rejected ...", "Kraft Foods Group and H.J. Heinz Co agreed ...": a run of capitalised words
    ended by a company's legal form names a firm, sector BUS, of the country of the form's law: the one of the
    form's countries the sentence names; else, for a form of one country's law or with a home (`legal_form_homes`:
    AG and GmbH German, SpA Italian), that country when the sentence names none of its other countries. A form of
    English-speaking law (Inc, Corp, Co, LLC, plc) is its home only when the sentence names no country but that
    one, as Asian firms write "Corp" and "Co" in English too and a U.S. deed may fall on a Canadian Corp. A name a
    mention already covers, or with a mention right before it ("Canada's TransCanada Corp"), keeps that mention."""
    words = unknown_words()
    forms = words.legal_forms
    taken: set[int] | None = None
    found: list[ActorMention] = []
    n = len(doc)
    for tok in doc:
        key = tok.lower_.replace(".", "")
        if key not in forms or tok.i == 0:
            continue
        if key != "plc" and not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        ambiguous = False
        if end < n and doc[end].lower_.replace(".", "") in ("ltd", "limited"):
            end += 1  # "Samsung Electronics Co Ltd": an Asian firm as often as an American one
            ambiguous = True
        if end < n and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            continue  # not the end of a name
        first = tok.i
        sent = tok.sent
        while first - 1 >= sent.start and (
            _name_like(doc[first - 1])
            or (doc[first - 1].text in ("&", "-") and first - 2 >= sent.start and _name_like(doc[first - 2]))
        ):
            first -= 1
        if first == tok.i:
            continue
        if doc[first].lower_ in ("the", "a", "an"):
            first += 1
        if first >= tok.i:
            continue
        if taken is None:
            taken = {c for m in mentions for c in range(m.start, m.end)}
        start_char, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
        before = doc[first - 1] if first > 0 else None
        if _covered(start_char, end_char, taken) or (
            before is not None and (before.tag_ == "POS" or before.idx + len(before.text) - 1 in taken)
        ):
            continue  # "Canada's TransCanada Corp", "the German BASF SE": the mention before codes the firm
        candidates = forms[key]
        named = _sentence_countries(sent, mentions)
        home = None if ambiguous else words.legal_form_homes.get(key)
        both = named & candidates
        code: str | None = None
        if key in words.english_forms:
            if home is not None and named <= {home}:
                code = home
        elif len(both) == 1:
            code = next(iter(both))
        elif both:
            continue
        elif home is not None:
            code = home
        elif len(candidates) == 1:
            code = next(iter(candidates))
        if code is None:
            continue
        found.append(
            _claim(
                doc,
                taken,
                start_char,
                end_char,
                code,
                "BUS",
                f"a firm by its legal form '{tok.text}' ({code})",
            )
        )
    return found


def firms_by_apposition(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Ciba-Geigy, the Swiss drugmaker, ...", "Valeant, a Canadian drug company,": a proper name no mention covers,
    with an apposition whose head is a firm's noun (`firm_nouns`, a word in -maker) and in which a country is named,
    is a firm of that country, sector BUS."""
    words = unknown_words()
    found: list[ActorMention] = []
    taken: set[int] | None = None
    by_start: dict[int, ActorMention] | None = None
    for tok in doc:
        if tok.dep_ != "appos" or tok.pos_ != "NOUN":
            continue
        lower = tok.lower_
        if lower not in words.firm_nouns and not lower.endswith("maker") and not lower.endswith("makers"):
            continue
        name = tok.head
        if name.pos_ != "PROPN" or name.i > tok.i:
            continue
        if taken is None:
            taken = {c for m in mentions for c in range(m.start, m.end)}
            by_start = {m.start: m for m in mentions}
        assert by_start is not None
        left = name.i
        while left - 1 >= 0:
            prev = doc[left - 1]
            if prev.dep_ in ("compound", "flat") and prev.head.i == name.i:
                left -= 1
            elif prev.text == "-" and not prev.whitespace_ and left - 2 >= 0 and _name_like(doc[left - 2]):
                left -= 2  # "Ciba-Geigy"
            else:
                break
        start_char, end_char = doc[left].idx, name.idx + len(name.text)
        if _covered(start_char, end_char, taken):
            continue
        codes = {
            m.code
            for t in tok.subtree
            if t.i < tok.i and (m := by_start.get(t.idx)) is not None and _country(m.code)
        }
        if len(codes) != 1:
            continue
        code = next(iter(codes))
        found.append(
            _claim(
                doc,
                taken,
                start_char,
                end_char,
                code,
                "BUS",
                f"a firm by its apposition '{tok.text}' of {code}",
            )
        )
    return found


def parties_by_members(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "The Social Democrats voted ...", "Tory rebels defied Theresa May", "Labour members of parliament": a party
    family's name (`party_families`, capitalised) names a party of the one country the sentence names, sector PTY
    (or its members' sector: rebels and members LEG). A parliamentary family's plural or "Labour" stands alone
    (`party_standalone`); any other name only before a member noun ("Conservative members", "Communist
    guerrillas"). A name joined to a following proper name ("the
    Republican Guard", "Nationalist China"), a name with a country or a person already on it ("Germany's Social
    Democrats", "Merkel's conservatives": the mention there gives the code) and a sentence naming two countries or
    none (but `party_homes`: Tory is British) are left alone."""
    words = unknown_words()
    firsts = words.party_firsts
    found: list[ActorMention] = []
    taken: set[int] | None = None
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.text == "Party" and i > 0 and _name_like(doc[i - 1]):
            # "the far-right Freedom Party", "the National Democratic Party": a party by its own name
            first = i
            while (
                first - 1 >= tok.sent.start and _name_like(doc[first - 1]) and doc[first - 1].lower_ != "the"
            ):
                first -= 1
            if taken is None:
                taken = {c for m in mentions for c in range(m.start, m.end)}
            start_char, end_char = doc[first].idx, tok.idx + len(tok.text)
            before = doc[first - 1] if first > 0 else None
            named = _sentence_countries(tok.sent, mentions)
            if (
                len(named) == 1
                and not _covered(start_char, end_char, taken)
                and not (
                    before is not None
                    and (before.tag_ == "POS" or before.idx + len(before.text) - 1 in taken)
                )
            ):
                code = next(iter(named))
                found.append(
                    _claim(
                        doc,
                        taken,
                        start_char,
                        end_char,
                        code,
                        "PTY",
                        f"a party by its name in a sentence of {code}",
                    )
                )
            i += 1
            continue
        if tok.lower_ not in firsts or not tok.text[:1].isupper():
            i += 1
            continue
        match: tuple[str, ...] | None = None
        for length in (3, 2, 1):
            key = tuple(t.lower_ for t in doc[i : i + length])
            if len(key) == length and key in words.party_families:
                match = key
                break
        if match is None:
            i += 1
            continue
        end = i + len(match)
        if not all(t.text[:1].isupper() or t.text == "-" for t in doc[i:end]):
            i = end
            continue
        family = words.party_families[match]
        sector = "PTY"
        if end < n and doc[end].lower_ in words.party_member_nouns:
            sector = words.party_member_nouns[doc[end].lower_]
            if doc[end].lower_ in ("rebel", "rebels") and family in words.armed_rebel_families:
                sector = "REB"  # ("Communist rebels attacked a police post": insurgents, not a chamber's; review50)
            end += 1
        elif (
            family not in words.party_standalone
            or (end < n and doc[end].text[:1].isupper() and doc[end].is_alpha)
            or doc[end - 1].pos_ not in ("PROPN", "NOUN")
        ):
            i = end
            continue
        first = i
        if taken is None:
            taken = {c for m in mentions for c in range(m.start, m.end)}
        start_char, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
        before = doc[first - 1] if first > 0 else None
        if _covered(start_char, end_char, taken) or (
            before is not None and (before.tag_ == "POS" or before.idx + len(before.text) - 1 in taken)
        ):
            i = end
            continue
        sent = tok.sent
        named = _sentence_countries(sent, mentions)
        if len(named) == 1:
            code = next(iter(named))
        elif not named and family in words.party_homes:
            code = words.party_homes[family]
        else:
            i = end
            continue
        found.append(
            _claim(
                doc,
                taken,
                start_char,
                end_char,
                code,
                sector,
                f"the party family '{family}' in a sentence of {code}",
            )
        )
        i = end
    return found


def names_with_endonyms(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Deutsche Post", "Nippon Steel", "Danske Bank": a country's own-language adjective (`endonym_adjectives`)
    opening a run of capitalised words names a body of that country (a firm, a railway, a broadcaster); the run
    ends at the first word that is not capitalised. A name a mention already covers keeps that mention."""
    endonyms = unknown_words().endonyms
    found: list[ActorMention] = []
    taken: set[int] | None = None
    n = len(doc)
    for tok in doc:
        code = endonyms.get(tok.lower_)
        if code is None or not tok.text[:1].isupper() or tok.i + 1 >= n:
            continue
        end = tok.i + 1
        while end < n and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
            end += 1
        if end == tok.i + 1:
            continue
        if taken is None:
            taken = {c for m in mentions for c in range(m.start, m.end)}
        start_char, end_char = tok.idx, doc[end - 1].idx + len(doc[end - 1].text)
        if _covered(start_char, end_char, taken):
            continue
        found.append(
            _claim(
                doc,
                taken,
                start_char,
                end_char,
                code,
                None,
                f"the own-language adjective '{tok.text}' of {code}",
            )
        )
    return found


def firm_anaphora(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "... took over two plants of General Motors, a sit-down meant to force the carmaker to recognise the union":
    "the" and a firm's noun (`firm_nouns`, a word in -maker) that no mention covers stands for the nearest firm
    (a mention of sector BUS) named before it in the sentence, with that firm's country."""
    words = unknown_words()
    firms = sorted((m for m in mentions if m.sector == "BUS" and _country(m.code)), key=lambda m: m.start)
    if not firms:
        return []
    found: list[ActorMention] = []
    taken: set[int] | None = None
    for tok in doc:
        lower = tok.lower_
        if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.pos_ != "NOUN":
            continue
        if lower not in words.firm_nouns and not lower.endswith("maker"):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the group of seven", "the company of soldiers": the noun heads a phrase of its own
        sent = tok.sent
        before = [m for m in firms if sent.start_char <= m.start and m.end <= doc[tok.i - 1].idx]
        if not before:
            continue
        if taken is None:
            taken = {c for m in mentions for c in range(m.start, m.end)}
        start_char, end_char = doc[tok.i - 1].idx, tok.idx + len(tok.text)
        if _covered(start_char, end_char, taken):
            continue
        firm = before[-1]
        found.append(
            _claim(
                doc,
                taken,
                start_char,
                end_char,
                firm.code,
                "BUS",
                f"'{doc.text[start_char:end_char]}' stands for the firm '{firm.text}' named before it",
                kb_id=firm.kb_id,
                role="coreference",
            )
        )
    return found


def opposition_of_sentence(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Opposition supporters rioted in Nairobi", "Cambodia's Supreme Court dissolved the main opposition party",
    "Georgian riot police broke up an opposition protest": the noun "opposition" (or a phrase it opens: "opposition
    supporters", "the opposition's drive") that no mention covers and that has no country of its own is the
    opposition of the one country the sentence names, sector OPP. A sentence naming two countries or none leaves it
    alone, as does a phrase whose head is a thing ("an opposition protest", "opposition claims")."""
    found: list[ActorMention] = []
    taken: set[int] | None = None
    for tok in doc:
        if tok.lower_ != "opposition" or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        head = tok
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
            head = tok.head
            if head.lemma_.lower() not in (
                "supporter",
                "party",
                "leader",
                "activist",
                "politician",
                "member",
                "figure",
                "lawmaker",
                "deputy",
                "group",
                "alliance",
                "coalition",
                "bloc",
                "movement",
                "candidate",
                "protester",
                "demonstrator",
                "force",
                "camp",
                "envoy",
            ):
                continue
        if taken is None:
            taken = {c for m in mentions for c in range(m.start, m.end)}
        first = min(t.i for t in head.subtree if t.i <= tok.i)
        while first < tok.i and doc[first].dep_ in ("det", "predet"):
            first += 1
        left = [t for t in doc[first : tok.i]]
        start_char, end_char = doc[first].idx, head.idx + len(head.text)
        if _covered(start_char, end_char, taken) or any(t.tag_ == "POS" for t in left):
            continue
        if any(
            c in taken for t in head.children for c in range(t.idx, t.idx + len(t.text)) if t.dep_ == "poss"
        ):
            continue
        named = _sentence_countries(tok.sent, mentions)
        if len(named) != 1:
            continue
        code = next(iter(named))
        found.append(
            _claim(doc, taken, start_char, end_char, code, "OPP", f"the opposition in a sentence of {code}")
        )
    return found
