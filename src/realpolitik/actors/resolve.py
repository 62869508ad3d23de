"""The spaCy component `realpolitik_actors`: finds actor mentions and codes them with the knowledge base.

Reads `doc._.article_date` (offices held on that date) and writes `doc._.actors`, a list of ActorMention by start.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as _date
from itertools import pairwise
from typing import Any

from spacy import parts_of_speech  # type: ignore[attr-defined]
from spacy.attrs import DEP, IS_UPPER, LENGTH, LOWER, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from ..extensions import register_extensions
from ..ingest.clean import speaker_label
from ..records import ActorMention
from .kb import Alias, Entry, KnowledgeBase, load_kb
from .unknown import (
    firm_anaphora,
    firms_by_apposition,
    firms_by_form,
    names_with_endonyms,
    opposition_of_sentence,
    parties_by_members,
)
from .words import ResolverWords, resolver_words

# Dependency labels that attach a modifier to the noun it modifies inside one noun phrase.
_ATTACH = frozenset({"amod", "compound", "poss", "nmod", "nummod"})


@dataclass
class _Anchor:
    """A knowledge-base match in the text before it becomes a mention."""

    span: Span
    entry: Entry
    form: str
    code: str
    sector: str | None
    why: str
    confidence: float
    qualifiers: list[_Anchor] = field(default_factory=list)
    consumed: bool = False


@Language.factory("realpolitik_actors", default_config={"kb_packs": []})
def make_actor_resolver(nlp: Language, name: str, kb_packs: list[str]) -> ActorResolver:
    """spaCy factory: `nlp.add_pipe("realpolitik_actors", config={"kb_packs": [...]})`."""
    return ActorResolver(nlp, name, tuple(kb_packs))


class ActorResolver:
    """Pipeline component: phrase matches against the knowledge base, then the parse decides extent and sector."""

    def __init__(self, nlp: Language, name: str = "realpolitik_actors", kb_packs: Sequence[str] = ()):
        register_extensions()
        self.name = name
        self.kb: KnowledgeBase = load_kb(tuple(kb_packs))
        self.words: ResolverWords = resolver_words()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._aliases: dict[tuple[str, ...], tuple[Alias, ...]] = {}
        texts = list(self.kb.aliases)
        # each alias's tokens as (ORTH, LOWER) strings, as the tokenizer splits it (`_alias_tokens`)
        patterns = _alias_tokens(nlp, texts)
        strings = nlp.vocab.strings
        for text, pattern in zip(texts, patterns, strict=True):
            key = tuple(orth for orth, _ in pattern)
            if key:
                self._aliases[key] = self._aliases.get(key, ()) + self.kb.aliases[text]
        # (the matchers take each pattern as its tokens' attribute values, what they read of a pattern Doc;
        # spaCy's stubs name Docs only)
        orths: Any = [[strings.add(o) for o, _ in p] for p in patterns if len(p)]
        self.matcher.add("REALPOLITIK_ACTOR", orths)
        # Headlines in capitals ("ARMENIA AND AZERBAIJAN SIGN ...") are matched case-blind, but only where
        # the text is in capitals, so "turkey" the bird and "chad" stay unmatched in running text.
        self.caps_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._caps_aliases: dict[tuple[str, ...], tuple[Alias, ...]] = {}
        caps_patterns: Any = []
        for text, pattern in zip(texts, patterns, strict=True):
            if len(pattern) and text != text.upper() and len(text) >= 4:
                key = tuple(lower for _, lower in pattern)
                self._caps_aliases[key] = self._caps_aliases.get(key, ()) + self.kb.aliases[text]
                caps_patterns.append([strings.add(low) for low in key])
        self.caps_matcher.add("REALPOLITIK_ACTOR_CAPS", caps_patterns)
        # Known surnames by what is left of them with up to FUZZY_MOST letters deleted, for the typo-tolerant
        # match of titled people (made on first need)
        self._surnames_by_deletion: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] | None = None
        # The English words of the model's lemmatizer (`_english_vocabulary`), read on first need
        self._nlp = nlp
        self._vocabulary: frozenset[str] | None = None
        # The Doc `resolve` is coding and its titled names once made (`_titled_names`)
        self._names_of: tuple[Doc, list[Span] | None] | None = None
        # `combining_forms` and the set of its words, for `_tokens_of_words` (made once)
        self._form_words: tuple[Mapping[str, str], frozenset[str]] | None = None

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = self.resolve(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    # --- matching --------------------------------------------------------------------------------------

    def _place_in_capitals_label(self, span: Span) -> bool:
        """A place's name in capitals (a state's or a place's name or metonym) that is a part of a guest's name
        on a transcript's capitals speaker label (`_part_of_capitals_label`): "SOFIA" in "SOFIA RANDE:". Not a
        person's name, a group's or an adjective, and not in a label whose other words say an office
        ("KREMLIN SPOKESMAN:", "MOSCOW CORRESPONDENT:"): such a label names its actor."""
        aliases = self._caps_aliases.get(tuple(t.lower_ for t in span), ())
        if not aliases or not all(
            a.form in ("name", "metonym")
            and self.kb.entries[a.entry_id].kind in ("state", "place", "territory")
            for a in aliases
        ):
            return False
        rest = _part_of_capitals_label(span)
        if rest is None:
            return False
        titles = resolver_words().title_words
        return not any(w in self.kb.sector_words or w in titles for w in rest.casefold().split())

    def resolve(self, doc: Doc) -> list[ActorMention]:
        """All actor mentions of a parsed Doc, sorted by start."""
        saved, self._names_of = self._names_of, (doc, None)
        try:
            return self._resolve(doc)
        finally:
            self._names_of = saved

    def _titled_names(self, doc: Doc) -> list[Span]:
        """`_person_names` of `doc` after the resolver's honorifics and titles; made once while `resolve` codes
        the Doc (two readings ask for them, and the Doc does not change in between). Not to be changed."""
        kept = self._names_of
        if kept is not None and kept[0] is doc and kept[1] is not None:
            return kept[1]
        words = self.words
        names = _person_names(doc, words.honorifics | words.title_words | words.name_titles)
        if kept is not None and kept[0] is doc:
            self._names_of = (doc, names)
        return names

    def _resolve(self, doc: Doc) -> list[ActorMention]:
        date = doc._.article_date
        # A timestamp counts by its day; anything that is not a date is treated as undated.
        date = date[:10] if isinstance(date, str) and _is_iso_date(date[:10]) else None
        found = [doc[s:e] for _, s, e in self.matcher(doc)]
        if _has_capitals(doc):
            found += [
                doc[s:e]
                for _, s, e in self.caps_matcher(doc)
                if all(t.is_upper or not t.is_alpha for t in doc[s:e])
                and not self._place_in_capitals_label(doc[s:e])
            ]
        spans = [span for span in _longest_names(found) if not self._common_word_opening(span)]
        anchors: list[_Anchor] = []
        for span in sorted(spans, key=lambda s: s.start):
            anchor = self._anchor(span, date)
            if anchor is not None:
                anchors.append(anchor)
        taken = {i for span in spans for i in range(span.start, span.end)}
        for tok in _glue_candidates(doc):
            # "a U.S.-led coalition", "a U.N.-backed court": the tokenizer keeps an abbreviation with its period
            # glued to the participle after the hyphen; the abbreviation is a name all the same
            glued = _glued(tok)
            if glued is not None and tok.i not in taken and (glued[0],) in self._aliases:
                anchor = self._anchor(doc[tok.i : tok.i + 1], date, key=(glued[0],))
                if anchor is not None:
                    anchors.append(anchor)
        # (a matched name that codes nothing does not hold its word: "Franco" of "Franco-Prussian" is the surname
        # alias of a title-only person and leaves the combining form free)
        combined = self._combining_forms(
            doc, anchors, {i for a in anchors for i in range(a.span.start, a.span.end)}, date
        )
        anchors.extend(combined)
        anchors.extend(
            self._fuzzy_people(doc, {i for a in anchors for i in range(a.span.start, a.span.end)}, date)
        )
        # (a bare surname or a title and surname is first the person the text named in full before it)
        anchors, text_people = self._names_in_own_text(doc, anchors, date)
        anchors.extend(
            self._surnames_named_before(
                doc, anchors, {i for a in anchors for i in range(a.span.start, a.span.end)}, date
            )
        )
        anchors.sort(key=lambda a: a.span.start)
        anchors = _drop_ethnic_qualifiers(anchors)
        owner: dict[int, int] = {}
        for idx, anchor in enumerate(anchors):
            for i in range(anchor.span.start, anchor.span.end):
                owner[i] = idx
        mentions = self._regional_groups(doc, self._mentions(doc, anchors, owner, date))
        mentions = self._international_bodies(doc, mentions)
        if combined:
            mentions = _combined_phrases(doc, mentions, {a.span.start_char for a in combined})
        mentions.extend(self._people_by_apposition(doc, mentions))
        mentions = self._people_described(doc, mentions, date)
        mentions.extend(self._titled_officials(doc, mentions))
        mentions.extend(firms_by_form(doc, mentions))
        mentions.extend(firms_by_apposition(doc, mentions))
        mentions.extend(parties_by_members(doc, mentions))
        mentions.extend(names_with_endonyms(doc, mentions))
        mentions.extend(firm_anaphora(doc, mentions))
        mentions.extend(opposition_of_sentence(doc, mentions))
        mentions.extend(self._surnames_of_text_people(doc, mentions, text_people))
        mentions.extend(self._coreference(doc, mentions, owner))
        mentions.sort(key=lambda m: (m.start, m.end, m.code))
        return mentions

    def _combining_forms(
        self, doc: Doc, anchors: list[_Anchor], taken: set[int], date: str | None
    ) -> list[_Anchor]:
        """ "Anglo-French forces", "Austro-German armies", "the Sino-Soviet split": a combining form of a state's
        name (resolver.json `combining_forms`) right before a hyphen and another state's adjective names its own
        state too, as the adjective it stands for would. "Anglo-Saxon" and "Indo-China" name none: the word after
        the hyphen is no state's adjective; nor does a joint body or territory with a name of its own ("the
        Anglo-American Committee of Inquiry", "the Anglo-Egyptian Sudan"), nor a pair of `combining_form_blockers`
        ("Indo-Chinese" is of Indochina)."""
        forms = self.words.combining_forms
        adjectives = {
            a.span.start: a.span.end for a in anchors if a.form == "adjective" and a.entry.kind == "state"
        }
        kept = self._form_words
        if kept is None or kept[0] is not forms:
            kept = self._form_words = (forms, frozenset(forms))
        out: list[_Anchor] = []
        last = len(doc) - 2
        # (every token but the last two whose lower-case form may be a combining form, without a Token per word)
        for tok in _tokens_of_words(doc, kept[1]):
            if tok.i >= last:
                break
            adjective = forms.get(tok.lower_)
            if (
                adjective is None
                or not tok.is_title
                or tok.i in taken
                or doc[tok.i + 1].text != "-"
                or tok.i + 2 not in adjectives
                # a form and an adjective that name no pair of states ("Indo-Chinese refugees" are of Indochina)
                or f"{tok.lower_}-{doc[tok.i + 2 : adjectives[tok.i + 2]].text.lower()}"
                in self.words.combining_form_blockers
                # a joint body or a territory with a name of its own ("the Anglo-American Committee of Inquiry",
                # "the Anglo-Egyptian Sudan") is that body or territory, not the two states
                or (
                    adjectives[tok.i + 2] < len(doc)
                    and doc[adjectives[tok.i + 2]].tag_ in ("NNP", "NNPS")
                    and doc[adjectives[tok.i + 2]].is_title
                )
            ):
                continue
            anchor = self._anchor(doc[tok.i : tok.i + 1], date, key=(adjective,))
            if anchor is not None and anchor.entry.kind == "state":
                out.append(anchor)
        return out

    def _regional_groups(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "West African leaders", "Arab foreign ministers", "Central African heads of state": a region's
        adjective before a plural noun of those who speak for states names the region's organisation (data:
        `regional_groups`, `regional_group_heads`; not after `regional_group_blockers` or a numeral: "other
        African leaders"). The group's mention replaces any state's adjective match inside it."""
        words = self.words
        groups = words.regional_groups
        longest = max((len(k.split()) for k in groups), default=0)
        found: list[ActorMention] = []
        for tok in _tokens_of_words(doc, words.regional_group_heads):
            if tok.lower_ not in words.regional_group_heads or tok.tag_ not in ("NNS", "NNPS"):
                continue
            # (a title's other words may stand between: "Arab foreign ministers")
            ends = [tok.i]
            if tok.i > 0 and doc[tok.i - 1].is_lower and doc[tok.i - 1].pos_ in ("ADJ", "NOUN"):
                ends.append(tok.i - 1)
            hit = None
            for end in ends:
                for size in range(min(longest, end), 0, -1):
                    key = " ".join(t.lower_ for t in doc[end - size : end])
                    if key in groups and doc[end - 1].text[:1].isupper():
                        hit = (end - size, groups[key])
                        break
                if hit:
                    break
            if hit is None:
                continue
            first, code = hit
            before = doc[first - 1] if first > 0 else None
            if before is not None and (before.lower_ in words.regional_group_blockers or before.like_num):
                continue
            last = tok.i
            if tok.lower_ == "heads" and last + 2 < len(doc) and doc[last + 1].lower_ == "of":
                last += 2  # "heads of state", "heads of government"
            span = doc[first : last + 1]
            found.append(
                ActorMention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    code=code,
                    sector=None,
                    kb_id=code if code in self.kb.entries else None,
                    why=f"regional group '{span.text}' of {code}",
                    confidence=words.form_confidence.get("adjective", 0.9),
                )
            )
        if not found:
            return mentions
        kept = [m for m in mentions if not any(m.start < g.end and g.start < m.end for g in found)]
        return kept + found

    def _people_by_apposition(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "Emil Hart, a former Armenian diplomat, said ...": a person the knowledge base does not know, named by
        two to four capitalised words with an appositive whose noun is a coded actor's (a mention covers it:
        "former Armenian diplomat", "Armenia's envoy", "leader of Georgia's breakaway Abkhazia region" with both
        its codes; one that ends with the noun before one that runs on after it), takes that actor's code and sector at every place the text names them: the name again in any
        case ("EMIL HART:", a transcript's speaker label) and, after the naming, the bare surname ("Hart said").
        Only an actor's noun lends: "a Turkish journalist", "an American pastor", "a Kingston neighbourhood" name
        no actor (their adjective's mention does not reach the noun), nor does "a critic of the Armenian
        government"; a person's or a place's mention lends nothing ("Putin's adviser"). Their mentions are a
        person's (`ActorMention.person`) with no knowledge-base id: a person whom only the text knows."""
        coded = [
            m
            for m in mentions
            if m.role == "actor"
            and m.code
            and not m.person
            and not (m.kb_id or "").startswith("place-")
            and "used as a place" not in m.why
        ]
        if not coded:
            return []
        taken = {i for m in mentions for i in range(m.start, m.end)}
        people: dict[tuple[str, ...], tuple[Span, list[ActorMention]]] = {}
        for at in _noun_appositions(doc):
            noun = doc[at]
            head = noun.head
            if head.i >= noun.i or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
                continue
            first = head.i
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title:
                first -= 1
            name = doc[first : head.i + 1]
            if not 2 <= len(name) <= 4 or not all(
                t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name
            ):
                continue
            if any(t.idx in taken for t in name) or (first > 0 and doc[first - 1].is_title):
                continue
            lenders: list[ActorMention] = []
            for m in coded:
                if m.start <= noun.idx < m.end and m.code not in {g.code for g in lenders}:
                    lenders.append(m)
            # (a modifier before the noun names the person's own side over a phrase after it that may say where:
            # "Vladimir Petrov, a Soviet embassy official in Canberra" is Soviet, not Australian)
            before = [m for m in lenders if m.end <= noun.idx + len(noun)]
            if lenders:
                people.setdefault(tuple(t.lower_ for t in name), (name, before or lenders))
        if not people:
            return []
        out: list[ActorMention] = []
        surnames = {key[-1]: key for key in people}
        for tok in doc:
            key = next((k for k in people if tuple(t.lower_ for t in doc[tok.i : tok.i + len(k)]) == k), ())
            if key:
                name, lenders = people[key]
                span = doc[tok.i : tok.i + len(key)]
            else:
                key = surnames.get(tok.lower_, ())
                if not key or tok.text != people[key][0][-1].text or tok.i < people[key][0].end:
                    continue
                name, lenders = people[key]
                span = doc[tok.i : tok.i + 1]
                if any(
                    0 <= i < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].pos_ == "PROPN"
                    for i in (tok.i - 1, tok.i + 1)
                ):
                    continue  # ("Gary Hart", "Hart Senate Office": someone or something else)
            if any(t.idx in taken for t in span) or any(
                m.start < span.end_char and span.start_char < m.end for m in out
            ):
                continue
            for lender in lenders:
                out.append(
                    ActorMention(
                        start=span.start_char,
                        end=span.end_char,
                        text=span.text,
                        code=lender.code,
                        sector=lender.sector,
                        kb_id=None,
                        why=f"person '{name.text}' named as '{lender.text}' ({lender.code})",
                        confidence=round(min(lender.confidence, 0.7), 2),
                        person=True,
                    )
                )
        return out

    def _titled_officials(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "Governor Larry Hogan sent the National Guard into Baltimore", "Senator Bob Menendez of New Jersey
        stepped down": a person the knowledge base does not know, named after a capitalised title whose word has an
        office sector (`title_sectors` of the sector words: "Governor", "Mayor", "Senator", "Justice"), takes the
        title's sector and the country of a place: the place of an "of" right after the name, else the one
        country every place of the sentence names. A place of another country than the rest, or no place, leaves
        the name alone ("Former Governor Bill Richardson arrived in Pyongyang" names no place of his own; it is
        read through "of" only). A title after the name or in lower case ("the Bank of England's governor, Mark
        Carney"; "Mike Judge") is not read, nor a name the tagger does not take for a person ("the Ambassador
        Hotel"), nor a military rank: a general is most often named where his army fights, abroad ("General
        Wainwright surrendered Corregidor"). Issue 9, forty-ninth session (people49)."""
        places = [
            m
            for m in mentions
            if m.code and len(m.code) == 3 and (m.kb_id or "").startswith("place-") and not m.person
        ]
        if not places:
            return []
        taken = {c for m in mentions for c in range(m.start, m.end)}
        found: list[ActorMention] = []
        seen: set[int] = set()
        for name in self._titled_names(doc):
            title_i = name.start - 1
            first = name.start
            if len(name) >= 3 and name[0].text[:1].isupper() and self._sector_of(name[0]) is not None:
                title_i, first = name.start, name.start + 1  # the tagger took the title into the PERSON
            if title_i < 0 or first in seen:
                continue
            title = doc[title_i]
            sector = self._sector_of(title)
            if (
                sector not in self.words.title_sectors
                or sector == "MIL"
                or not title.text[:1].isupper()
                or not any(ent.label_ == "PERSON" for ent in doc[first : name.end].ents)
                or not title.is_alpha
                or any(c in taken for c in range(doc[first].idx, name.end_char))
            ):
                continue
            # (the whole name where the tagger's PERSON stops short: "Judge W. Arthur Garrity Jr.")
            last = name.end
            while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper():
                last += 1
            name = doc[name.start : last]
            code: str | None = None
            where = ""
            if name.end + 1 < len(doc) and doc[name.end].lower_ == "of":
                after = doc[name.end + 1].idx
                for m in places:
                    if m.start == after or (m.start <= after < m.end):
                        code, where = m.code, m.text
            if code is None:
                sent = name.sent
                codes = {m.code for m in places if sent.start_char <= m.start < sent.end_char}
                if len(codes) != 1:
                    continue
                code = next(iter(codes))
                where = next(
                    m.text for m in places if m.code == code and sent.start_char <= m.start < sent.end_char
                )
            seen.add(first)
            start = title.idx
            found.append(
                ActorMention(
                    start=start,
                    end=name.end_char,
                    text=doc.text[start : name.end_char],
                    code=code,
                    sector=sector,
                    kb_id=None,
                    why=f"title '{title.text}' before the name '{doc[first : name.end].text}', of {where}",
                    confidence=0.8,
                    role="actor",
                    person=True,
                )
            )
        return found

    def _people_described(
        self, doc: Doc, mentions: list[ActorMention], date: str | None = None
    ) -> list[ActorMention]:
        """A person the knowledge base does not know (a PERSON entity with no mention) whose own description in the
        sentence names a coded actor takes that actor's code: an adjective, a possessive or a name before a noun
        and the name ("the American whistleblower Edward Snowden", "Britain's envoy Gladwyn Jebb", "the Kremlin
        critic Alexei Navalny"), an apposition after or before the name also when the name has a title, a hyphen
        or initials ("Count Hatzfeldt, the German Ambassador", "Mr. V. D. Savarkar, an Indian law student",
        "Kim Jong Un's sister, Kim Yo Jong"), a relative clause of leading (`describing_verbs`: "Count Albert
        Apponyi, who leads Hungary's peace delegation") and "of" after a name of two words or more ("General
        Tomoyuki Yamashita of the Japanese army", "Thanat Khoman of Thailand"). A phrase that says where ("in
        Berlin", "to Ireland"), another clause, a place, a patron, a hyphenated adjective ("the Russian-born
        painter", "American-Iranian") and a person whose noun is another side's (`not_self_nouns`: "Putin's
        counterpart") lend nothing; another person lends through a possessive or "of" ("Kim Jong Un's sister").
        Names joined by "and" after one plural noun share it ("the American hikers Shane Bauer and Josh Fattal").
        The sector is the lender's only when its mention covers the describing noun ("Soviet envoy"). Like
        `_people_by_apposition`, the name is coded wherever the text repeats it and, after it, as a bare surname.
        Issue 9, thirty-eighth session (names38).

        A bare surname or a title and surname the lists matched ("Dr Browne", "General Clark") is read the same way:
        when its own description names an actor of another code than the lists' namesake on the date ("Dr Browne,
        the Irish Minister for Health" in 1951 is not Britain's Des Browne; "General Clark, NATO's supreme
        commander"), the description wins and the match is dropped, when the namesake held no office on the date and
        the description's noun is an actor's or a title ("minister", "commander", "ambassador"): a namesake in office
        ("Dr. Hacha, the President of Czecho-Slovakia" in 1939) and a description that agrees keep the lists' person
        (names39). Returns the mentions with the people so coded."""
        words = self.words
        by_token: dict[int, list[ActorMention]] = {}
        for m in mentions:
            if (
                m.role != "actor"
                or not m.code
                or (m.kb_id or "").startswith("place-")
                or "used as a place" in m.why
            ):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or (span.end < len(doc) and doc[span.end].text == "-"):
                continue  # "Russian-born", "American-Iranian": an origin, not the person's side
            for tok in span:
                by_token.setdefault(tok.i, []).append(m)
        if not by_token:
            return mentions
        # (the lists' bare surnames may give way to the name's own description: names39)
        listed = [
            m
            for m in mentions
            if m.person
            and m.kb_id in self.kb.entries
            and m.why.startswith(("surname '", "title surname '"))
            and "named before in the text" not in m.why
            and not (date is not None and any(p.covers(date) for p in self.kb.entries[m.kb_id].periods))
        ]
        office_nouns = words.title_words | words.name_titles
        taken = {i for m in mentions if not any(m is x for x in listed) for i in range(m.start, m.end)}
        dropped: list[ActorMention] = []

        def phrase(tok: Token) -> list[Token]:
            # a describing phrase: its noun and modifiers and "of" phrases, not where it is nor other clauses
            out = [tok]
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ != "of":
                    continue
                if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "appos", "conj", "cc", "punct"):
                    continue
                out.extend(phrase(child))
            return out

        def lenders(noun: Token, toks: list[Token], name: Span) -> list[tuple[ActorMention, bool]]:
            found: list[tuple[ActorMention, bool]] = []
            for tok in sorted(toks, key=lambda t: t.i):
                if name.start <= tok.i < name.end:
                    continue
                for m in by_token.get(tok.i, ()):
                    if any(m is f for f, _ in found):
                        continue
                    other_side = bool(_noun_forms(noun) & words.not_self_nouns)
                    if "of" in {t.lower_ for t in toks} and other_side:
                        continue  # "a critic of the Armenian government" does not speak for it
                    if m.person:
                        # another person lends only through a possessive or "of", and not as the other side
                        link = tok.dep_ == "poss" or (tok.head.dep_ == "prep" and tok.head.lower_ == "of")
                        if not link or other_side:
                            continue
                        found.append((replace(m, sector=None), False))
                        continue
                    covers = m.start <= noun.idx < m.end
                    if not covers and m.end <= name.start_char:
                        # a body right before the name or before its titles only ("U.S. Army Sergeant Bowe
                        # Bergdahl") is the person's own sector; a noun between says what else ("Kremlin critic")
                        end = doc.char_span(m.start, m.end, alignment_mode="expand")
                        covers = end is not None and all(
                            doc[i].pos_ == "PROPN" for i in range(end.end, name.start)
                        )
                    found.append((m, covers))
            return found

        people: list[tuple[Span, list[tuple[ActorMention, bool]]]] = []
        described: dict[int, list[tuple[ActorMention, bool]]] = {}
        for ent in self._titled_names(doc):
            if any(t.idx in taken for t in ent):
                continue
            root = ent.root
            tries: list[tuple[Token, list[Token]]] = []
            for child in root.lefts:
                if child.i < ent.start and child.dep_ in _ATTACH:
                    tries.append((child, phrase(child)))
            if root.dep_ == "appos" and root.head.i < ent.start:
                tries.append((root.head, phrase(root.head)))
            if root.dep_ == "nsubj" and root.head.lemma_ in ("be", "become"):
                # "Sir Ivone Kirkpatrick became the British High Commissioner": a predicate that names an office
                # describes the subject as an apposition does; "became the first American to orbit" names none
                # (names39)
                for attr in root.head.children:
                    if (
                        attr.dep_ == "attr"
                        and attr.i > root.i
                        and {attr.lower_, attr.lemma_.lower()} & (office_nouns | self.kb.sector_words.keys())
                    ):
                        tries.append((attr, phrase(attr)))
            # (a name the parser split into several heads hangs its phrases on any of its words)
            for child in [c for t in ent for c in t.rights if c.i >= ent.end]:
                if child.dep_ == "appos":
                    tries.append((child, phrase(child)))
                elif child.dep_ == "relcl" and child.lemma_ in words.describing_verbs:
                    for obj in child.children:
                        if obj.dep_ == "dobj":
                            tries.append((obj, phrase(obj)))
                elif child.dep_ == "prep" and child.lower_ == "of" and len(ent) >= 2:
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            tries.append((child, phrase(obj)))
            if any(
                noun.lower_ in words.named_thing_nouns or noun.lemma_ in words.named_thing_nouns
                for noun, _ in tries
            ) or any(c.dep_ in _ATTACH and c.lower_ in words.named_thing_nouns for c in root.lefts):
                continue  # a ship, a paper, a film: no person ("the Saudi supertanker Sirius Star")
            clash = [m for m in listed if m.start < ent.end_char and ent.start_char < m.end]
            if clash:
                # (a listed namesake gives way only to a description by an actor's noun or a title)
                tries = [
                    (noun, toks)
                    for noun, toks in tries
                    if {noun.lower_, noun.lemma_.lower()} & (office_nouns | self.kb.sector_words.keys())
                ]
            lent: list[tuple[ActorMention, bool]] = []
            for noun, toks in tries:
                # (the noun a premodifier describes is the compound before the name: "the American pastor X")
                if noun.dep_ in _ATTACH and noun.head is root:
                    heads = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
                    noun = heads[-1] if heads else noun
                # the first actor the description names is the person's side ("commander of the German garrison
                # of Paris" is German); "of" and a state says whose, not what ("Archbishop Romero of San Salvador")
                lent = lenders(noun, toks, ent)[:1]
                if lent:
                    break
            if clash and (not lent or any(m.code == lender.code for m in clash for lender, _ in lent)):
                continue  # the lists' person, and a description that agrees or says nothing
            if lent:
                dropped.extend(clash)
                described[root.i] = lent
                people.append((ent, lent))
            elif root.dep_ == "conj" and root.head.i in described:
                # "the American hikers Shane Bauer and Josh Fattal": one plural noun before both names
                first = root.head
                if any(c.dep_ == "compound" and c.tag_ == "NNS" for c in first.lefts) or (
                    first.dep_ == "appos" and first.head.tag_ == "NNS" and first.head.i < first.i
                ):
                    people.append((ent, described[first.i]))
        if not people:
            return mentions
        gone = {m.kb_id for m in dropped}
        taken |= {
            i
            for m in listed
            if m.kb_id not in gone and not any(m is x for x in dropped)
            for i in range(m.start, m.end)
        }
        out: list[ActorMention] = []
        for ent, lent in people:
            key = tuple(t.lower_ for t in ent)
            surname = ent[-1]
            spans = [ent]
            for tok in doc:
                if tok.i in range(ent.start, ent.end):
                    continue
                # (the name again as written: a transcript's capitals label is the report's to code)
                if tuple(t.text for t in doc[tok.i : tok.i + len(key)]) == tuple(t.text for t in ent):
                    spans.append(doc[tok.i : tok.i + len(key)])
                elif (
                    tok.i >= ent.end
                    and tok.text == surname.text
                    and len(ent) >= 2
                    and not any(
                        0 <= i < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].pos_ == "PROPN"
                        for i in (tok.i - 1, tok.i + 1)
                    )
                ):
                    spans.append(doc[tok.i : tok.i + 1])
            mine: list[ActorMention] = []  # this person's mentions (several lenders may name one span)
            for span in spans:
                if any(t.idx in taken for t in span) or any(
                    m.start < span.end_char and span.start_char < m.end
                    for m in out
                    if not any(m is own for own in mine)
                ):
                    continue
                codes: set[str] = set()
                for lender, covers in lent:
                    if lender.code in codes:
                        continue
                    codes.add(lender.code or "")
                    mine.append(
                        ActorMention(
                            start=span.start_char,
                            end=span.end_char,
                            text=span.text,
                            code=lender.code,
                            sector=lender.sector if covers else None,
                            kb_id=None,
                            why=f"person '{ent.text}' described as '{lender.text}' ({lender.code})",
                            confidence=round(min(lender.confidence, 0.6), 2),
                            person=True,
                        )
                    )
                    out.append(mine[-1])
        listed_gone = [
            m for m in listed if m.kb_id in gone and any(o.start < m.end and m.start < o.end for o in out)
        ]
        kept = [m for m in mentions if not any(m is x for x in listed_gone)]
        return kept + out

    def _international_bodies(self, doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
        """ "An international arbitration tribunal", "an arbitral tribunal", "a court of arbitration", "an
        international commission of inquiry", "a mixed claims commission": a court or a commission named by
        description as an international one, with no state named in its phrase, is an international body (IGO;
        sector JUD for a court). Data: `international_court_heads`, `international_commission_heads`,
        `international_body_words`, `international_body_blockers`. Bodies by name ("the International Court of
        Justice") are the knowledge base's and are left as they are."""
        words = self.words
        heads = words.international_court_heads | words.international_commission_heads
        found: list[ActorMention] = []
        for tok in _tokens_of_words(doc, heads):
            if tok.lower_ not in heads or tok.pos_ != "NOUN":
                continue
            first = tok.left_edge.i
            while first < tok.i and doc[first].dep_ in ("det", "predet", "punct"):
                first += 1
            before = doc[first : tok.i]
            # ("a court of arbitration", "a tribunal of arbitration": the arbitration word after the noun)
            after = [
                o
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj" and o.lower_ in ("arbitration", "arbitrators")
            ]
            if not any(t.lower_ in words.international_body_words for t in before) and not (
                after and tok.lower_ in words.international_court_heads
            ):
                continue
            if any(t.lower_ in words.international_body_blockers for t in before):
                continue
            last = after[0] if after else tok
            start, end = doc[first].idx, last.idx + len(last.text)
            # (a state or a body named in the phrase is its own: "a Dutch arbitration panel", "a League of Nations
            # commission"; a mention the phrase lies in is kept as it is)
            if any(m.start < end and start < m.end for m in mentions):
                continue
            court = tok.lower_ in words.international_court_heads
            found.append(
                ActorMention(
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    code="IGO",
                    sector="JUD" if court else None,
                    kb_id=None,
                    why=f"an international {'court' if court else 'body'} named by description",
                    confidence=words.form_confidence.get("adjective", 0.9),
                )
            )
        return mentions + found if found else mentions

    def _anchor(self, span: Span, date: str | None, key: tuple[str, ...] | None = None) -> _Anchor | None:
        aliases = self._aliases.get(key or tuple(t.orth_ for t in span)) or self._caps_aliases.get(
            tuple(t.lower_ for t in span), ()
        )
        doc = span.doc
        window: str | None = None  # the words around the match, made for the first entry with veto words
        candidates: list[tuple[Alias, Entry]] = []
        for alias in aliases:
            entry = self.kb.entries[alias.entry_id]
            if entry.veto_context or entry.context:
                if window is None:
                    window = (
                        " " + " ".join(t.lower_ for t in doc[max(0, span.start - 8) : span.end + 8]) + " "
                    )
                if any(f" {v} " in window for v in entry.veto_context):
                    continue
                if entry.context:
                    # a firm named by an English word only in a firm's context in its sentence, and not as the word
                    # that opens a sentence before a lower-case noun of no firm ("Total casualties", "Apple
                    # growers") (names39)
                    sentence = " " + " ".join(t.lower_ for t in span.sent) + " "
                    if (
                        not any(f" {v} " in sentence for v in entry.context)
                        or _word_opening(span, entry.context)
                        # ("the Shell oil town of Seria": a firm's name on a noun of a place says where)
                        or (
                            span.root.dep_ == "compound"
                            and span.root.head.lemma_.lower() in self.words.place_nouns
                        )
                    ):
                        continue
            if (
                entry.kind != "person"
                and alias.form in ("name", "metonym")
                and self._inside_person_name(span)
                # ("Pope Francis" tagged as one PERSON: an office's name before the holder's name is a title)
                and not (entry.kind == "body" and _title_of_person(span))
            ):
                continue
            if (
                # (a firm's one-word name is a given name too: "Lotte Lenya sang", not Korea's Lotte; names38),
                # when the tagger reads the two words as one person: a firm's name before another word is as often
                # its unit's ("Hyundai Rotem", "Gazprom Neft", "Toyota Tsusho"; review38)
                (
                    entry.kind in ("state", "place", "territory")
                    or (entry.sector == "BUS" and _one_person_entity(span))
                )
                and alias.form in ("name", "metonym")
                and self._given_name(span)
            ):
                continue
            if alias.form == "surname" and (
                _other_first_name(span, self.kb)
                or _first_name_of_another(span, bare=True)
                or _title_before_name(span)
            ):
                continue
            if alias.form == "title surname" and (
                not self._after_title(span) or _first_name_of_another(span)
            ):
                continue
            candidates.append((alias, entry))
        if candidates and self._names_facility(span):
            # "Lahore's Gaddafi Stadium", "Kwame Nkrumah Avenue": no person; "Bombay's Victoria Dock", "Victoria
            # Station in London": a place of the city the text names, not another state's (names39)
            held = self._facility_city(span)
            candidates = [
                c for c in candidates if c[1].kind != "person" and (held is None or c[1].code == held)
            ]
        if not candidates:
            return None
        candidates = _dated_city(candidates, date)
        if any(e.kind == "org" and a.form == "metonym" for a, e in candidates) and any(
            e.kind in ("state", "place") for _, e in candidates
        ):
            # "Brussels": the seat of a body stands for the body ("Brussels offered to host the talks"), the city
            # for its country where it names where ("bombs in central Brussels", "at Brussels airport")
            placed = [c for c in candidates if c[1].kind in ("state", "place")]
            candidates = placed if _names_where(span) else [c for c in candidates if c not in placed]
        words = self.words
        if (
            span.start >= 2
            and doc[span.start - 1].text == "-"
            and doc[span.start - 2].lower_ in words.orientation_prefixes
        ):
            return None
        if (
            span.start >= 1
            and span.text.lower() in words.continental_adjectives
            and doc[span.start - 1].lower_ in words.region_modifiers
        ):
            return None  # "Central American leaders", "West African states": a region, not a state
        glued = _glued(span[0]) if len(span) == 1 else None
        if (
            span.end + 1 < len(doc)
            and doc[span.end].text == "-"
            and doc[span.end + 1].lower_ in words.attribute_suffixes
        ) or (glued is not None and glued[1] in words.attribute_suffixes):
            return None  # "a Swedish-registered vessel", "U.S.-made rifles": where a thing comes from, not an actor
        people = [c for c in candidates if c[1].kind == "person"]
        if people:
            kept = self._regnal_fit(span, people, date)
            if len(kept) < len(people):
                candidates = [c for c in candidates if c[1].kind != "person" or c in kept]
                people = kept
                if not candidates:
                    return None
        if len(people) > 1 and span.start > 0:
            # "President Wilson", "Prime Minister Wilson": namesakes whose offices bear the title before the name
            title = doc[span.start - 1].lower_
            titled = [c for c in people if any(title in p.role.lower().split() for p in c[1].periods)]
            people = titled or people
        if people:
            alias, entry = _pick_person(people, date)
        else:
            alias, entry = candidates[0]
        code, sector, role = entry.role_on(date)
        if alias.form == "metonym":
            sector = "GOV"  # a capital or seat of power named as an actor speaks for its government
        elif entry.kind in ("state", "place"):
            sector = None
        why = f"{alias.form} '{span.text}' of {entry.id}"
        if role:
            why += f": {role}"
        confidence = words.form_confidence.get(alias.form, 0.9)
        if len({e.id for _, e in candidates}) > 1:
            confidence = min(confidence, 0.7)
            why += f" (chosen among {', '.join(sorted({e.id for _, e in candidates}))})"
        return _Anchor(span, entry, alias.form, code, sector, why, confidence)

    def _names_facility(self, span: Span) -> bool:
        """The span and the capitalised noun after it name a place or a building (`facility_nouns`: "Victoria
        Station", "London Bridge", "Gaddafi Stadium")."""
        doc = span.doc
        if span.end >= len(doc):
            return False
        nxt = doc[span.end]
        return nxt.text[:1].isupper() and nxt.lower_ in self.words.facility_nouns

    def _facility_city(self, span: Span) -> str | None:
        """The code of the city or state the text names as holding a named place: a possessive before it
        ("Bombay's Victoria Dock") or "in" and a name after it ("Victoria Station in London")."""
        doc = span.doc
        keys: list[tuple[str, ...]] = []
        start = span.start
        if start >= 2 and doc[start - 1].tag_ == "POS":
            first = start - 2
            while first > 0 and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ == "PROPN":
                first -= 1
            keys.append(tuple(t.orth_ for t in doc[first : start - 1]))
        after = span.end + 1
        if after + 1 < len(doc) and doc[after].lower_ == "in":
            stop = after + 1
            while stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].pos_ == "PROPN":
                stop += 1
            keys.append(tuple(t.orth_ for t in doc[after + 1 : stop]))
        for key in keys:
            for alias in self._aliases.get(key, ()):
                entry = self.kb.entries[alias.entry_id]
                if entry.kind in ("state", "place", "territory"):
                    return entry.code
        return None

    def _regnal_fit(
        self, span: Span, people: list[tuple[Alias, Entry]], date: str | None
    ) -> list[tuple[Alias, Entry]]:
        """The people a name may still be when a numeral or a state follows it.

        A monarch's name followed by a regnal number it does not hold ("King George I of Greece", "Sultan Mehmed
        V" against a bare "King George") names another reign: no person of the match. A name followed by "of"
        and a state ("President Traore of Burkina Faso", "King George of Greece") keeps the namesakes who held
        an office of that state on the date; a monarch's name with none is another state's monarch, dropped; other
        names keep their people (the state may be a birthplace or a constituency)."""
        doc = span.doc
        end = span.end
        words = self.words
        monarch = span[0].lower_ in words.monarch_words or (
            span.start > 0 and doc[span.start - 1].lower_ in words.monarch_words
        )
        if monarch and end < len(doc) and doc[end].is_upper and doc[end].lower_ in words.regnal_numerals:
            return []
        state = self._of_state(doc, end)
        if state is None:
            return people
        same = [c for c in people if c[1].role_on(date)[0] == state]
        if same:
            return same
        return [] if monarch else people

    def _of_state(self, doc: Doc, end: int) -> str | None:
        """The code of the state named by "of <state>" right after a name ("of Mali", "of the Gambia")."""
        if end + 1 >= len(doc) or doc[end].lower_ != "of":
            return None
        start = end + 1
        if doc[start].lower_ == "the":
            start += 1
        for length in (4, 3, 2, 1):
            if start + length > len(doc):
                continue
            key = tuple(t.orth_ for t in doc[start : start + length])
            for alias in self._aliases.get(key, ()):
                entry = self.kb.entries[alias.entry_id]
                if entry.kind == "state" and alias.form == "name":
                    return entry.code
        return None

    def _names_in_own_text(
        self, doc: Doc, anchors: list[_Anchor], date: str | None
    ) -> tuple[list[_Anchor], dict[tuple[int, int], Span]]:
        """A bare surname or a title and surname the lists match ("Kirkpatrick", "Mr Kim", "Senator Brown") is first
        the person the same text named in full before it, whose last words (or first words: "Kim Kye-gwan" ... "Mr
        Kim") it repeats: a person the lists know by that full name lends their entry ("Kim Jong Il ... Mr Kim" is
        North Korea's, not the South Korean president of the day); a person only the text names ("Sir Ivone
        Kirkpatrick ... Kirkpatrick", "Bob Brown, the leader of the Australian Greens ... Senator Brown") takes the
        match away from the lists' namesake, and the surname is coded later as that person is
        (`_surnames_of_text_people`). Not when the title before the surname is an office the lists' person held on
        the date ("Hillary Clinton ... President Clinton" in 1999). Returns the anchors and, by the surname's first
        token, the full name of each match taken away. Issue 9, thirty-ninth session (names39)."""
        words = self.words
        titles = words.honorifics | words.title_words | words.name_titles
        full: list[tuple[Span, _Anchor | None]] = []
        named = [a for a in anchors if a.entry.kind == "person" and a.form == "name" and len(a.span) > 1]
        for a in named:
            full.append((a.span, a))
        for ent in self._titled_names(doc):
            start = ent.start
            while start < ent.end and (
                doc[start].lower_ in titles or self._sector_of(doc[start]) in words.title_sectors
            ):
                start += 1
            name = doc[start : ent.end]
            if len(name) < 2 or any(a.span.start < name.end and name.start < a.span.end for a in named):
                continue
            if any(
                a.entry.kind == "person" and a.span.start < name.end and name.start < a.span.end
                for a in anchors
            ):
                continue  # (a name with a person's match inside it is that match's)
            full.append((name, None))
        if not full:
            return anchors, {}
        kept: list[_Anchor] = []
        away: dict[tuple[int, int], Span] = {}
        for anchor in anchors:
            span = anchor.span
            if anchor.entry.kind != "person" or anchor.form not in ("surname", "title surname"):
                kept.append(anchor)
                continue
            key = [t.text for t in span]
            before = [
                (name, owner)
                for name, owner in full
                if name.end <= span.start
                and len(name) > len(span)
                and (
                    [t.text for t in name[-len(span) :]] == key or [t.text for t in name[: len(span)]] == key
                )
            ]
            if not before:
                kept.append(anchor)
                continue
            name, owner = max(before, key=lambda item: item[0].start)
            if owner is not None and owner.entry.id == anchor.entry.id:
                kept.append(anchor)
                continue
            if span.start > 0 and date is not None:
                title = doc[span.start - 1].lower_
                if any(p.covers(date) and title in p.role.lower().split() for p in anchor.entry.periods):
                    kept.append(anchor)
                    continue
            if owner is None:
                away[(span.start, span.end)] = name
                continue
            code, sector, role = owner.entry.role_on(date)
            why = (
                f"{anchor.form} '{span.text}' of '{name.text}' named before in the text ({owner.entry.id})"
                + (f": {role}" if role else "")
            )
            kept.append(
                _Anchor(span, owner.entry, anchor.form, code, sector, why, min(anchor.confidence, 0.8))
            )
        return kept, away

    def _surnames_of_text_people(
        self, doc: Doc, mentions: list[ActorMention], away: dict[tuple[int, int], Span]
    ) -> list[ActorMention]:
        """The surnames `_names_in_own_text` took away from the lists take the code and sector of the person the
        text named in full before them, when that person's own mention has one ("Sir Ivone Kirkpatrick, the British
        High Commissioner ... Kirkpatrick ordered": GBR); none when the text's person is uncoded."""
        out: list[ActorMention] = []
        for (start, stop), name in away.items():
            tok = doc[start]
            last = doc[stop - 1].idx + len(doc[stop - 1])
            if any(m.start < last and tok.idx < m.end for m in mentions):
                continue
            lenders = [
                m
                for m in mentions
                if m.person and m.start < name.end_char and name.start_char < m.end and m.code
            ]
            codes: set[str] = set()
            for lender in lenders:
                if lender.code in codes:
                    continue
                codes.add(lender.code)
                out.append(
                    ActorMention(
                        start=tok.idx,
                        end=last,
                        text=doc.text[tok.idx : last],
                        code=lender.code,
                        sector=lender.sector,
                        kb_id=lender.kb_id,
                        why=f"surname '{doc.text[tok.idx : last]}' of '{name.text}' named before in the text "
                        f"({lender.code})",
                        confidence=round(min(lender.confidence, 0.6), 2),
                        person=True,
                    )
                )
        return out

    def _fuzzy_people(self, doc: Doc, taken: set[int], date: str | None) -> list[_Anchor]:
        """A titled PERSON whose surname is one typo away from a known one ("President Bouteflicka"), of someone in
        office on the article's date."""
        out: list[_Anchor] = []
        for ent in doc.ents:
            if ent.label_ != "PERSON" or ent.start == 0 or any(i in taken for i in range(ent.start, ent.end)):
                continue
            title = doc[ent.start - 1]
            if self._sector_of(title) not in self.words.title_sectors:
                continue
            for width in (2, 1):
                if len(ent) < width:
                    continue
                span = doc[ent.end - width : ent.end]
                name = span.text.lower()
                if len(name) < 5:
                    continue
                hits = self._fuzzy_hits(name)
                if date is not None:
                    # a misspelt name is of someone in the news: a namesake in office on the date, never one
                    # of the many past holders a near surname also reaches ("General Sekouba Konate" in 2010
                    # is not Mali's former president Konare)
                    hits = {e for e in hits if any(p.covers(date) for p in self.kb.entries[e].periods)}
                if not hits:
                    continue
                people = [(Alias(span.text, e, "surname"), self.kb.entries[e]) for e in sorted(hits)]
                _, entry = _pick_person(people, date)
                code, sector, role = entry.role_on(date)
                why = f"fuzzy surname '{span.text}' ~ {entry.id}" + (f": {role}" if role else "")
                out.append(_Anchor(span, entry, "surname", code, sector, why, 0.6))
                break
        return out

    def _surnames_named_before(
        self, doc: Doc, anchors: list[_Anchor], taken: set[int], date: str | None
    ) -> list[_Anchor]:
        """A bare surname of a person the text named in full before ("European Council President Charles Michel
        said ... According to Michel, ..."): that person, also when the knowledge base keeps no bare surname for
        them (a surname that is a common first name). Not when a capitalised name stands right before or after it
        ("Louis Michel", "Michel Barnier": someone else)."""
        named: dict[str, _Anchor] = {}
        for anchor in sorted(anchors, key=lambda a: a.span.start):
            if anchor.entry.kind == "person" and anchor.form == "name" and len(anchor.span) > 1:
                named.setdefault(anchor.span[-1].text, anchor)
        if not named:
            return []
        out: list[_Anchor] = []
        wanted = {get_string_id(text) for text in named}
        # (only the tokens whose text may be a surname named: read from the Doc's ORTH column, no Token per word)
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if orth not in wanted:
                continue
            tok = doc[i]
            first = named.get(tok.text)
            if first is None or tok.i in taken or tok.i < first.span.end or tok.pos_ != "PROPN":
                continue
            if any(
                0 <= i < len(doc)
                and doc[i].pos_ == "PROPN"
                and doc[i].text[:1].isupper()
                and doc[i].is_alpha
                and self._sector_of(doc[i]) is None
                for i in (tok.i - 1, tok.i + 1)
            ):
                continue
            entry = first.entry
            code, sector, role = entry.role_on(date)
            why = f"surname '{tok.text}' of '{first.span.text}' named before ({entry.id})" + (
                f": {role}" if role else ""
            )
            out.append(_Anchor(doc[tok.i : tok.i + 1], entry, "surname", code, sector, why, 0.7))
        return out

    def _fuzzy_hits(self, name: str) -> set[str]:
        """The entries with a known surname within one typo of `name` (two from 8 letters on).

        Two words within k edits (letters changed, dropped or added) leave a common word when at most k
        letters are deleted from each (a change is a deletion from both, an addition a deletion from the
        other), so only the surnames that share such a word with `name` can be that close
        (`_surnames_by_deletion`), and only those are compared, as every surname within reach was before:
        the same entries."""
        limit = 1 if len(name) < 8 else 2
        index = self._surnames_by_deletion
        if index is None:
            index = self._surnames_by_deletion = _deletion_index(self.kb.surname_index)
        near: dict[str, tuple[str, ...]] = {}
        for left in _deletions(name, limit):
            for known, ids in index.get(left, ()):
                near[known] = ids
        return {
            entry_id
            for known, ids in near.items()
            if abs(len(known) - len(name)) <= limit and _edit_distance(known, name, limit) <= limit
            for entry_id in ids
        }

    def _after_title(self, span: Span) -> bool:
        """A title or honorific right before the span ("Prime Minister Major", "President Ford", "Mr Heath"): the
        condition of a surname that is also a common word or many people's name."""
        if span.start == 0:
            return False
        prev = span.doc[span.start - 1]
        words = self.words
        low = prev.lower_
        if _middle_initial(prev, self.kb):
            return False  # "John M. Marshall": the initial of another man's name, not "M." (Monsieur)
        return (
            low in words.honorifics
            or low in words.title_words
            or self._sector_of(prev) in words.title_sectors
        )

    def _inside_person_name(self, span: Span) -> bool:
        """'Michael Jordan', 'Chad Smith', 'George Washington': the alias is part of a longer PERSON entity.

        A neighbour that is itself a knowledge-base name ("Bosnian Serbs" mislabelled PERSON) does not count, nor
        does a leading article the tagger took into the entity ("The Lok Sabha" tagged PERSON). Nor do a name and
        the proper noun after it that stand together before a plural noun, with no determiner before them: a
        receiver, then a product's name for the thing received ("Turkey sold Azerbaijan Bayraktar drones", tagged
        PERSON), as `_given_name` keeps "send Ukraine Abrams tanks".
        """
        doc = span.doc
        if span[0].ent_type_ != "PERSON":
            return False
        if _before_product_name(span):
            return False
        for i in (span.start - 1, span.end):
            if 0 <= i < len(doc):
                tok = doc[i]
                if (
                    tok.ent_type_ == "PERSON"
                    and tok.is_title
                    and tok.tag_ != "DT"
                    and (tok.orth_,) not in self._aliases
                ):
                    return True
        return False

    def _given_name(self, span: Span) -> bool:
        """A place's one-word name that is the given name of a person named by two capitalised words ("Sofia
        Rande said", "Paris Hilton arrived"), read by shape as the tagger's entities often miss such a name: the
        next word is a capitalised proper noun that is no English word (`_english_word`), no name of the knowledge
        base and no title or sector word, and the two stand alone: the second heads its phrase (no noun goes on
        after it: "send Ukraine Abrams tanks" keeps Ukraine), no capitalised word goes on after them, none
        stands before them but a title or the sentence's first word, and no preposition of place before them
        says that the name is where ("at Paris Orly"). "Sofia University", "Kuwait City", "Russia Warns Ukraine"
        keep their place: the word after it is an English word or a known name. A surname that is an English word
        ("Georgia Hart") makes a given name only with a sign of a person (`_person_signs`): a title or honorific
        before the two, "who" after them, or the surname alone elsewhere in the text ("Hart said"); "Georgia
        Power said", "Russia Today reported" keep their place."""
        doc = span.doc
        if len(span) != 1 or span.end >= len(doc) or not span[0].is_title:
            return False
        nxt = doc[span.end]
        if not (nxt.is_title and nxt.is_alpha and len(nxt) > 2 and nxt.pos_ == "PROPN"):
            return False
        words = self.words
        low = nxt.lower_
        if (
            (nxt.orth_,) in self._aliases
            or low in self.kb.sector_words
            or low in words.title_words
            or low in words.honorifics
        ):
            return False
        if self._english_word(nxt) and not self._person_signs(span, nxt):
            return False
        if nxt.dep_ in ("compound", "amod", "nmod"):
            return False  # ("send Ukraine Abrams tanks": the second word names a thing the noun after it is)
        if span.end + 1 < len(doc):
            after = doc[span.end + 1]
            if (after.is_alpha and (after.is_title or after.is_upper)) or after.text in ("-", "–", "&"):
                return False  # ("Paris Saint-Germain", "Sofia Rande Foundation": a longer name)
            if after.pos_ in ("NOUN", "PROPN", "NUM"):
                return False  # ("sold Azerbaijan Bayraktar drones": a name before a noun is no person's)
        if span.start > 0:
            before = doc[span.start - 1]
            if before.lower_ in words.locative_preps:
                return False
            if (
                before.is_alpha
                and (before.is_title or before.is_upper)
                and not before.is_sent_start
                and before.lower_ not in words.honorifics
                and before.lower_ not in words.title_words
                and self._sector_of(before) is None
            ):
                return False  # (inside a run of capitalised words: a headline in title case)
        return True

    def _common_word_opening(self, span: Span) -> bool:
        """A one-word name that is also an English word, opening a sentence with no determiner and joined by "and"
        or "or" to a lower-case word, is that word: "Diet and exercise reduce the risk" (not Japan's parliament).
        Capitalised by its place only. A name joined to a name or to a determiner keeps it ("Shell and BP agreed",
        "Diet and the cabinet"), and so do states' and places' names ("Japan and allies"), which have vetoes of
        their own. Issue 9, thirty-eighth session (names38)."""
        if len(span) != 1 or not span[0].is_sent_start or span.end + 1 >= len(span.doc):
            return False
        conj, nxt = span.doc[span.end], span.doc[span.end + 1]
        if conj.lower_ not in ("and", "or") or not (nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN"):
            return False  # ("China and the United States", "Britain and its allies": a determiner goes on)
        aliases = self._aliases.get((span[0].orth_,), ())
        # (a state's or a place's name keeps its own vetoes: "Turkey" near "stuffing"; "Japan and allies")
        return (
            bool(aliases)
            and all(self.kb.entries[a.entry_id].kind not in ("state", "place", "territory") for a in aliases)
            and self._english_word(span[0])
        )

    def _person_signs(self, span: Span, surname: Token) -> bool:
        """Whether the text says that a place's name and the capitalised word after it name a person: a title,
        honorific or sector word before them ("Ms Georgia Hart", "the journalist Georgia Hart"), a relative clause of "who" on them
        ("Georgia Hart, who hosts the programme"), or the second word again on its own, a proper noun the tagger
        takes for a person's name, with no capitalised word beside it ("Hart said"; not "the White House" after
        "U.S. House", nor "the Declaration" after "the Shusha Declaration"), as a surname is used once its bearer
        is named."""
        doc = span.doc
        words = self.words
        if span.start > 0:
            before = doc[span.start - 1]
            if before.lower_.rstrip(".") in (words.honorifics | words.title_words) or self._sector_of(before):
                return True
        for child in surname.children:
            if child.dep_ == "relcl" and any(t.lower_ in ("who", "whom", "whose") for t in child.subtree):
                return True
        return span[0].is_alpha and any(
            tok.i != surname.i
            and tok.orth_ == surname.orth_
            and tok.pos_ == "PROPN"
            and tok.ent_type_ == "PERSON"
            and not (tok.i > 0 and _capitalised_word(doc[tok.i - 1]))
            and not (tok.i + 1 < len(doc) and _capitalised_word(doc[tok.i + 1]))
            for tok in doc
        )

    def _english_word(self, tok: Token) -> bool:
        """The word, or its form without an inflection's ending, is a noun, verb, adjective or adverb of the
        English lemmatizer's word index (from WordNet): "University", "City", "Warns"; not "Rande", "Hilton"."""
        if self._vocabulary is None:
            self._vocabulary = _english_vocabulary(self._nlp)
        low = tok.lower_
        forms = {low, tok.lemma_.lower()}
        for ending, back in (
            ("ies", "y"),
            ("es", ""),
            ("s", ""),
            ("ed", ""),
            ("ed", "e"),
            ("ing", ""),
            ("ing", "e"),
        ):
            if low.endswith(ending) and len(low) > len(ending) + 2:
                forms.add(low[: -len(ending)] + back)
        # (no vocabulary, no model's word index: every word counts as English, and no place gives way)
        return self._vocabulary is _NO_VOCABULARY or bool(forms & self._vocabulary)

    # --- noun phrases, sectors and merging ---------------------------------------------------------------

    def _sector_of(self, token: Token) -> str | None:
        words = self.kb.sector_words
        return words.get(token.lower_) or words.get(token.lemma_.lower())

    def _best_sector(self, tokens: Iterable[Token], owner: dict[int, int]) -> tuple[str | None, bool, str]:
        best: str | None = None
        word = ""
        former = False
        words = self.words
        rank = words.sector_rank
        for tok in tokens:
            if tok.i in owner:
                continue
            if (
                tok.i >= 2
                and tok.doc[tok.i - 1].text == "-"
                and tok.doc[tok.i - 2].lower_ in words.orientation_prefixes
            ):
                continue  # "anti-government protesters" are not the government
            if tok.lower_ in words.former_words:
                former = True
                continue
            sector = self._sector_of(tok)
            if sector and (best is None or rank.get(sector, 99) < rank.get(best, 99)):
                best, word = sector, tok.text
        return best, former, word

    def _np_head(self, anchor: _Anchor, own: int, owner: dict[int, int]) -> tuple[Token, int | None]:
        """The head noun the anchor modifies ("Russian" -> "peacekeepers") and another anchor it lands on."""
        doc = anchor.span.doc
        tok = _name_root(anchor.span)
        end = anchor.span.end
        # "Vietnamese-led forces": skip the hyphenated participle to the noun it modifies.
        if end + 2 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in self.words.link_suffixes:
            nxt = doc[end + 2]
            if nxt.pos_ in ("NOUN", "PROPN") and nxt.i not in owner:
                return nxt, None
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        head = tok if tok.dep_ == "compound" and tok.i == end - 1 else anchor.span.root
        steps = 0
        while tok.dep_ in _ATTACH and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") and steps < 6:
            nxt = tok.head
            other = owner.get(nxt.i)
            if other is not None and other != own:
                return nxt, other
            head = tok = nxt
            steps += 1
        if head.i != anchor.span.root.i:
            # "Al-Qaeda frontman Abu Musab al-Zarqawi": the phrase names a person in apposition.
            for child in head.rights:
                other = owner.get(child.i)
                if child.dep_ == "appos" and other is not None and other != own:
                    return child, other
        return head, None

    def _mentions(
        self, doc: Doc, anchors: list[_Anchor], owner: dict[int, int], date: str | None
    ) -> list[ActorMention]:
        heads: dict[int, Token] = {}
        for idx, anchor in enumerate(anchors):
            head, other = self._np_head(anchor, idx, owner)
            heads[idx] = head
            if (
                other is not None
                and anchors[other].entry.kind not in ("state", "place", "territory")
                and anchor.entry.kind != "person"  # "Macron and Charles Michel" are two people
                # ("U.S.-backed Syrian Democratic Forces": a backer named by a hyphenated participle qualifies
                # no one's nationality)
                and not self._is_patron(doc, anchor.span, anchor.span.root)
            ):
                anchors[other].qualifiers.append(anchor)
                anchor.consumed = True
        # "the Russian UN envoy": a state and an organisation modify one actor noun; the state is the actor,
        # the organisation only the forum it works in. So with a firm: "Shell's Nigerian subsidiary" is Nigerian,
        # the firm only its owner (names39).
        by_head: dict[int, list[int]] = {}
        for idx, anchor in enumerate(anchors):
            if not anchor.consumed and heads[idx].i != anchor.span.root.i and heads[idx].i not in owner:
                by_head.setdefault(heads[idx].i, []).append(idx)
        for members in by_head.values():
            states = [i for i in members if anchors[i].entry.kind in ("state", "territory")]
            if states:
                for i in members:
                    if anchors[i].entry.kind == "org" or (
                        anchors[i].entry.kind == "body" and anchors[i].entry.sector == "BUS"
                    ):
                        anchors[i].consumed = True
        out: list[ActorMention] = []
        for idx, anchor in enumerate(anchors):
            if anchor.consumed:
                continue
            out.extend(self._mention(doc, anchor, heads[idx], owner, date))
        return out

    def _mention(
        self, doc: Doc, anchor: _Anchor, head: Token, owner: dict[int, int], date: str | None
    ) -> list[ActorMention]:
        span = anchor.span
        if self._names_facility(span):
            # "London Bridge", "Tokyo Station", "the Kabul Hotel": a named place, not the government; it stays the
            # place's state's (an otherwise unnamed participant takes the country it is in) (names39)
            return [
                ActorMention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    code=anchor.code,
                    sector=None,
                    kb_id=anchor.entry.id,
                    why=f"{anchor.why}; names a place ('{span.text} {doc[span.end].text}')",
                    confidence=anchor.confidence,
                    person=False,
                )
            ]
        root = span.root
        start = min([span.start] + [q.span.start for q in anchor.qualifiers])
        end = span.end
        region: list[Token] = []
        # ("sold Azerbaijan Bayraktar drones": the receiver's name before a product's name heads no phrase of
        # its own; the drones are the thing given, not the receiver's forces: the mention is the name alone; a
        # sector word after the name is its unit's, not a product's: "Russia Guard units")
        given = _before_product_name(span) and self._sector_of(doc[span.end]) is None
        if head.i != root.i and head.i >= span.end and not given:
            lemma = head.lemma_.lower()
            if head.lower_ in self.kb.non_actor_heads or lemma in self.kb.non_actor_heads:
                return []  # "the Russian language": a modifier of a thing, not an actor
            if anchor.form == "metonym" and (
                head.lower_ in self.words.treaty_nouns or lemma in self.words.treaty_nouns
            ):
                return []  # "the Vienna Convention", "the Paris Agreement": a text named after a capital
            region = list(doc[head.left_edge.i : head.i + 1])
            end = head.i + 1
        # The person's or group's own title words: "President Ilham Aliyev", "rebel Kurdistan Workers' Party".
        # Everything left of the anchor inside its phrase: titles ("President Ilham Aliyev"), "former",
        # "rebel Kurdistan Workers' Party", and the words between a qualifier and the anchor.
        region += list(doc[root.left_edge.i : span.start])
        for q in anchor.qualifiers:
            region += list(doc[q.span.root.left_edge.i : q.span.start])
        sector, former, word = self._best_sector(region, owner)
        if sector is not None:
            first = min((t.i for t in region if t.i not in owner and self._sector_of(t)), default=start)
            if first < start and first >= head.left_edge.i:
                start = first
        # "the president of Armenia", "opposition groups in Zimbabwe": the actor noun sits before a preposition.
        if sector is None and not anchor.qualifiers and anchor.entry.kind != "person":
            nominal = head if head.i != root.i else root
            while nominal.dep_ == "conj" and nominal.head.i < nominal.i:
                nominal = nominal.head  # "the leaders of Russia, Azerbaijan and Armenia"
            prep = nominal.head
            if (
                nominal.dep_ == "pobj"
                and prep.lower_ in self.words.actor_phrase_preps
                and prep.head.pos_ in ("NOUN", "PROPN")
                and prep.head.i < span.start
                and prep.head.i not in owner
                and not any(t.i in owner for t in prep.head.lefts)
                # ("hosted the two leaders in Brussels": a counted group stands for parties named before; the
                # place only says where)
                and not (
                    prep.head.lower_ in self.words.pair_nouns | self.words.definite_pair_nouns
                    and _group_count(prep.head) is not None
                )
                # ("the conduct of its soldiers in Somalia": a noun a possessive pronoun owns is the owner's)
                # (a building it keeps abroad stays the host's: "its embassy in Kyiv")
                and not (
                    prep.lower_ == "in"
                    and any(t.dep_ == "poss" and t.pos_ == "PRON" for t in prep.head.lefts)
                    and prep.head.lemma_.lower() not in self.words.building_nouns
                )
            ):
                noun = prep.head
                # Only an actor noun heads such a phrase: "opposition groups in X", not "measures in X".
                own = self._sector_of(noun)
                generic = noun.lemma_.lower() in self.words.actor_nouns
                words = [noun, *noun.lefts] if (own or generic) else []
                sector, former, word = self._best_sector(words, owner)
                if sector is not None:
                    start = noun.left_edge.i
                    if doc[start].dep_ == "det":
                        start += 1
        if sector is None and not former:
            # No actor word in the phrase ("Moscow's role", "Putin's consent"): the mention is the name alone.
            start = min([span.start] + [q.span.start for q in anchor.qualifiers])
            end = span.end
        code, base_sector, why, conf = anchor.code, anchor.sector, anchor.why, anchor.confidence
        qual_codes = [q.code for q in anchor.qualifiers if q.entry.kind in ("state", "territory")]
        if anchor.entry.kind == "person":
            in_office = (
                any(p.covers(date) for p in anchor.entry.periods) if date else bool(anchor.entry.periods)
            )
            if not in_office and sector is not None:
                base_sector = sector  # the text's title outranks a knowledge base silent on that date
            rank = self.words.sector_rank
            for q in anchor.qualifiers:
                # ("ANC leader Nelson Mandela", "Hamas leader Ismail Haniyeh": out of office, a party's or a
                # group's leader is of its sector when that is more specific than the title's)
                if (
                    not in_office
                    and q.entry.kind == "group"
                    and q.sector is not None
                    and rank.get(q.sector, 99) < rank.get(base_sector or "", 99)
                ):
                    base_sector = q.sector
            if not in_office and qual_codes:
                code = qual_codes[0]
        elif anchor.entry.kind in ("org", "group") and qual_codes:
            # "the Azerbaijani Red Crescent" is the national society; "the Pakistani Taliban" the national branch
            code = qual_codes[0]
            why += f"; national qualifier {code}"
        if anchor.entry.kind != "person" and sector is not None:
            base_sector = sector
        if sector == "JUD" and anchor.entry.kind != "person":
            # ("the court in The Hague", "The Hague's war crimes court", "the Hague tribunal": a court named only by
            # the seat of the international courts is one of them, not the host state's; data: `court_seats`)
            seat = self.words.court_seats.get(span.text.lower().removeprefix("the ").strip())
            phrase = doc[min(start, span.start) : max(end, span.end)]
            if seat is not None and not any(t.lower_ in self.words.court_seat_blockers for t in phrase):
                code = seat
                why += f"; a court named by the seat of the international courts ({seat})"
        if former:
            base_sector = "ELI"
            start = min(
                [start]
                + [t.i for t in region if t.lower_ in self.words.former_words and t.i >= head.left_edge.i]
            )
            why += "; 'former' office holder"
        elif sector is not None and word:
            why += f"; sector from '{word}'"
        role = "actor"
        if (
            (anchor.entry.kind in ("state", "territory", "place") or anchor.form == "metonym")
            and sector is None
            and _locative(root)
        ):
            base_sector = None
            why += "; used as a place"
            if _located_actor(root, owner, owner.get(span.start, -1)):
                # "the Red Cross in Iraq", "Russian peacekeepers in Karabakh": the name only says where another
                # named actor is. A bare "arrested in Lebanon" or "refugees in Liberia" stays an actor: news
                # coding gives an otherwise unnamed participant the country it is in.
                role = "place"
        if (
            anchor.entry.kind == "place"
            and sector is None
            and root.dep_ in ("compound", "amod")
            and root.head.pos_ == "NOUN"
            and root.head.lemma_.lower() not in self.words.place_nouns
            and root.head.i >= span.end
            # (not one of a chain of names: "a Moscow-Tehran-Beijing axis")
            and not any(
                0 <= i < len(doc) and doc[i].text in ("-", "–", "—", "/") for i in (span.start - 1, span.end)
            )
        ):
            # "the Mombasa railway", "the Nairobi bypass": a city or region naming where a thing is, with no
            # actor word, is a place ("Milan magistrates", "the Moscow government" have their actor word)
            base_sector = None
            why += "; names where a thing is"
            role = "place"
        if anchor.qualifiers:
            why += "; with " + ", ".join(f"'{q.span.text}'" for q in anchor.qualifiers)
        if any(
            self._is_patron(doc, span, t) for t in {root, head, root.head if root.dep_ == "appos" else root}
        ) or (
            head.i >= span.end
            and not anchor.qualifiers
            and any(t.lemma_.lower() in self.words.patron_nouns for t in doc[span.end : head.i + 1])
        ):
            conf = min(conf, 0.4)
            why = f"patron: {why}; named as the backer of another actor, not the actor itself"
            role = "patron"
            if anchor.entry.kind in ("state", "territory"):
                # "Israel's militia ally": the militia is someone else; only the name is Israel's.
                start, end, base_sector = span.start, span.end, None
        start_char = doc[start].idx
        end_char = doc[end - 1].idx + len(doc[end - 1])
        return [
            ActorMention(
                start=start_char,
                end=end_char,
                text=doc[start:end].text,  # not doc.text[...]: Doc.text joins every token on each call
                code=code,
                sector=base_sector,
                kb_id=anchor.entry.id,
                why=why,
                confidence=round(conf, 2),
                role=role,
                person=anchor.entry.kind == "person",
            )
        ]

    def _is_patron(self, doc: Doc, span: Span, root: Token) -> bool:
        end = span.end
        words = self.words
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in words.patron_suffixes:
            return not self._on_text(doc[end + 1])
        glued = _glued(span[0]) if len(span) == 1 else None
        if glued is not None and glued[1] in words.patron_suffixes:
            return not self._on_text(span[0])  # ("a U.S.-backed militia")
        if root.dep_ == "pobj" and root.head.lower_ in words.patron_preps:
            return root.head.head.lower_ in words.patron_heads and not self._on_text(root.head.head)
        return False

    def _on_text(self, participle: Token) -> bool:
        """True when a patron's participle qualifies a text ("a resolution sponsored by Spain", "a
        Spanish-sponsored draft"; data: `text_nouns`): the sponsor is the text's author, not a backer."""
        return participle.dep_ in ("acl", "amod") and participle.head.lemma_.lower() in self.words.text_nouns

    # --- light coreference -----------------------------------------------------------------------------

    def _one_official(self, doc: Doc, mention: ActorMention) -> bool:
        """A state's or body's single official named by title ("the Iranian foreign minister", "Russia's
        president"): a mention with a sector whose head is a singular title word of the knowledge base."""
        if mention.sector is None:
            return False
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.tag_ == "NN" and span.root.lower_ in self.kb.sector_words

    def _coreference(
        self, doc: Doc, mentions: list[ActorMention], owner: dict[int, int]
    ) -> list[ActorMention]:
        """'the country', 'its troops', 'his government', 'the two countries', 'both sides'."""
        if not mentions:
            return []
        ordered = sorted(
            # Names used as places or as someone's backer are never antecedents.
            (m for m in mentions if m.role == "actor" and "used as a place" not in m.why),
            key=lambda m: m.start,
        )
        taken = {i for m in mentions for i in range(m.start, m.end)}
        out: list[ActorMention] = []

        def window_start(tok: Token, sentences: int) -> int:
            """Character offset where the look-back for an antecedent starts (this and earlier sentences)."""
            sent = tok.sent
            for _ in range(sentences - 1):
                if sent.start == 0:
                    break
                sent = doc[sent.start - 1].sent
            return sent.start_char

        def before(tok: Token, kinds: tuple[str, ...], sentences: int = 3) -> list[ActorMention]:
            char, floor = tok.idx, window_start(tok, sentences)
            found = []
            for m in ordered:
                if m.end > char:
                    break
                if m.start < floor:
                    continue
                if kind_of(m) in kinds:
                    found.append(m)
            return found

        def kind_of(m: ActorMention) -> str | None:
            # (a person only the text knows, "Emil Hart, a former Armenian diplomat", is a person too)
            entry = self.kb.entries.get(m.kb_id or "")
            if entry is None:
                return "person" if m.person else None
            return entry.kind

        def add(
            first: Token, last: Token, m: ActorMention, sector: str | None, what: str, conf: float
        ) -> None:
            s, e = first.idx, last.idx + len(last)
            text = doc[first.i : last.i + 1].text  # the same characters; Doc.text would join the whole doc
            out.append(
                ActorMention(
                    start=s,
                    end=e,
                    text=text,
                    code=m.code,
                    sector=sector,
                    kb_id=m.kb_id,
                    why=f"coreference: '{text}' -> {m.code} ({what} '{m.text}')",
                    confidence=conf,
                    role="coreference",
                    person=m.person,
                )
            )

        actor_kinds = ("state", "territory", "org", "group", "body", "person")
        words = self.words
        for tok in _cue_tokens(doc):
            if tok.idx in taken:
                continue
            low = tok.lower_
            if (
                low in words.country_nouns
                and tok.i > 0
                and doc[tok.i - 1].lower_ in words.country_determiners
            ):
                prev = before(tok, ("state", "territory"))
                if prev:
                    sector, _, _ = self._best_sector([tok.head] if tok.dep_ == "poss" else [], owner)
                    add(doc[tok.i - 1], tok, prev[-1], sector, "last state", 0.6)
            elif (counted := _group_anaphor(tok)) is not None:
                numeral, number, last = counted
                first = (
                    doc[numeral.i - 1] if numeral.i > 0 and doc[numeral.i - 1].lower_ == "the" else numeral
                )
                pair_kinds: tuple[str, ...] = (
                    ("state", "territory") if low in words.state_plurals else actor_kinds
                )
                prev = before(tok, pair_kinds)
                codes: list[ActorMention] = []
                # (a pair named together, "clashes between Armenia and Azerbaijan", "India and Pakistan",
                # before the last two named apart; the one who addresses the pair is not one of them: "the
                # United States called on both sides to stop", "Michel said after hosting the two leaders")
                doers = _clause_subject_chars(tok)

                def apart(
                    found: list[ActorMention], spans: list[tuple[int, int]] = doers
                ) -> list[ActorMention]:
                    return [m for m in found if not any(a <= m.start < b for a, b in spans)]

                # (leaders or envoys named together stand for their states: "Aliyev and Pashinyan signed ... The
                # two governments"; a group of exactly the number counted, its names' own places aside: "President
                # Aliyev of Azerbaijan and Prime Minister Pashinyan of Armenia ... the two leaders", "Milosevic,
                # Tudjman and Izetbegovic ... the three presidents")
                together = (*pair_kinds, "person")
                window = apart(before(tok, actor_kinds))
                members = [m for m in window if kind_of(m) in together]
                # (two sides of one state only for nouns that are not states': "the two sides", "the two factions")
                group = _last_group(doc, members, number, one_code=low not in words.state_plurals)
                people = low in words.definite_pair_nouns
                if people and group and _counted_after(tok, numeral, group[-1]):
                    group = []  # ("China detained two Canadians. The two men were freed": the men counted before)
                if group:
                    codes = group
                elif number == 2 and not people:
                    # (people nouns stand only for a group named together, never for the last two named apart)
                    joined = [
                        (p, q) for p, q in pairwise(members) if p.code != q.code and _conjoined(doc, p, q)
                    ]
                    named = {m.code for m in window}
                    if not joined:
                        # (the pair the article named together before the window, when one of the two is named
                        # in it again or it names no other two: "Special envoys of Türkiye and Armenia met ...
                        # [Türkiye was represented by a former ambassador to the United States, and Armenia by
                        # ...] ... The two countries had announced" is Türkiye and Armenia, not the last two named
                        # apart; two others named apart in the window are still the pair: "Erdoğan hosted Herzog.
                        # The two countries")
                        floor = window_start(tok, 3)
                        earlier = [m for m in before(tok, together, sentences=len(doc)) if m.start < floor]
                        joined = [
                            (p, q)
                            for p, q in pairwise(earlier)
                            if p.code != q.code
                            and ({p.code, q.code} & named or len(named) < 2)
                            and _conjoined(doc, p, q)
                        ]
                    for m in reversed([*joined[-1]] if joined else apart(prev)):
                        if m.code not in {c.code for c in codes}:
                            codes.insert(0, m)
                        if len(codes) == 2:
                            break
                if len(codes) == number:
                    sector = (
                        self._sector_of(tok)
                        if low not in words.sectorless_pair_nouns and tok.pos_ == "NOUN"
                        else None
                    )
                    for m in codes:
                        add(first, last, m, sector, f"one of the last {number} actors", 0.6)
            elif low in words.subject_pronouns and tok.dep_ in ("nsubj", "nsubjpass") and not _expletive(tok):
                wanted: tuple[str, ...] = actor_kinds if low == "they" else ("person",)
                if low == "it":
                    wanted = ("state", "territory", "org", "group", "body")
                if low in ("he", "she"):
                    # "The Iranian foreign minister said ... He also criticised ...": a named person, or a
                    # state's single official named by title
                    prev = [
                        m
                        for m in before(tok, actor_kinds, sentences=2)
                        if kind_of(m) == "person" or self._one_official(doc, m)
                    ]
                else:
                    prev = before(tok, wanted, sentences=2)
                if low == "they":
                    # "they" stands for a plural phrase ("Fijian rebels") or a pair, not a singular state.
                    prev = [
                        p
                        for p in prev
                        if _plural(doc, p) or any(_conjoined(doc, p, q) for q in prev if q is not p)
                    ]
                if not prev:
                    continue
                # Parallel subjects first: in "Russia warned Ukraine that it would respond", "it" is Russia.
                subjects = [m for m in prev if _is_subject(doc, m)]
                m = (subjects or prev)[-1]
                group = [m]
                if low == "they":
                    # "Armenia and Azerbaijan said they ...": a conjoined pair is the antecedent together.
                    group = [p for p in prev if _conjoined(doc, p, m)] or [m]
                for g in group:
                    add(tok, tok, g, g.sector, "subject pronoun for", 0.5)
            elif low in words.coref_possessives and tok.dep_ == "poss":
                noun = tok.head
                if noun.idx in taken or noun.lower_ in words.not_self_nouns:
                    continue  # "his Russian counterpart" is someone else, already coded
                sector = self._sector_of(noun)
                inherit = sector is None and noun.lemma_.lower() in words.actor_nouns  # "its units"
                if sector is None and not inherit and noun.lemma_.lower() not in words.country_nouns:
                    continue  # "its territory" is not an actor; only actor nouns corefer here
                kinds: tuple[str, ...] = (
                    ("person",) if low in ("his", "her") else ("state", "territory", "org", "group", "body")
                )
                if low not in ("his", "her") and noun.lower_ in words.citizen_nouns:
                    kinds = ("state", "territory")  # ("its voters": a state's people, not an organisation's)
                if low == "their":
                    # ("the two leaders would instruct their foreign ministers", "President Aliyev of Azerbaijan and
                    # Prime Minister Pashinyan of Armenia agreed to prepare a treaty between their countries": the
                    # parties its own clause's subject names or stands for, when they are several)
                    spans = _clause_subject_chars(noun, steps=6)
                    group = []
                    for m in [*ordered, *out]:
                        if any(a <= m.start < b for a, b in spans) and m.code not in {g.code for g in group}:
                            group.append(m)
                    if len(group) > 1:
                        for m in group:
                            add(
                                tok, noun, m, m.sector if inherit else sector, "the group of its subject", 0.5
                            )
                        continue
                prev = before(tok, kinds, sentences=2)
                if not prev:
                    continue
                if low == "their":
                    group = [
                        m for m in prev if m.end >= prev[-1].start - 40 and m.start >= prev[-1].start - 40
                    ]
                    group = group if len({m.code for m in group}) > 1 else prev[-1:]
                    for m in group:
                        add(tok, noun, m, m.sector if inherit else sector, "earlier actor", 0.5)
                else:
                    m = prev[-1]
                    add(tok, noun, m, m.sector if inherit else sector, "last " + kinds[0], 0.6)
        return out


def _combined_phrases(doc: Doc, mentions: list[ActorMention], starts: set[int]) -> list[ActorMention]:
    """A combining form's mention ("Anglo" of "Anglo-French forces") spans the phrase of the adjective after its
    hyphen and takes its sector, as the first conjunct of "Egyptian and Syrian leaders" does: both states are
    the forces' parties."""
    by_start = {m.start: m for m in mentions}
    out: list[ActorMention] = []
    for m in mentions:
        if m.start in starts:
            after = doc.char_span(m.start, m.end, alignment_mode="expand")
            nxt = (
                by_start.get(doc[after.end + 1].idx)
                if after is not None and after.end + 1 < len(doc)
                else None
            )
            if nxt is not None:
                m = replace(m, end=nxt.end, text=doc.text[m.start : nxt.end], sector=nxt.sector)
        out.append(m)
    return out


# particles inside a person's name ("Dietrich von Choltitz", "Abd al-Hafid")
_NAME_PARTICLES = frozenset(
    [
        "von",
        "van",
        "de",
        "der",
        "den",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "ben",
        "al",
        "el",
        "ter",
        "y",
    ]
)


def _person_names(doc: Doc, titles: frozenset[str]) -> list[Span]:
    """The tagger's PERSON entities, and the capitalised words right after a title or an honorific the tagger
    missed ("Count Pourtales", "Sultan Abd al-Hafid"): the name runs over capitalised words, initials ("V. D."),
    hyphens between capitalised words ("Ewart-Biggs", "al-Hafid") and name particles ("von", "de", "bin")."""
    names = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    inside = {i for ent in names for i in range(ent.start, ent.end)}
    last = len(doc) - 1
    for tok in doc:  # (every token but the last: the Doc's own iterator, not a slice's)
        if tok.i >= last:
            break
        # after a title ("Count Pourtales") or a lower-case noun that describes the name ("the Korean nationalist
        # An Jung-geun", "the American hikers Shane Bauer")
        titled = tok.lower_ in titles and tok.text[:1].isupper()
        described = tok.pos_ == "NOUN" and tok.is_lower and tok.is_alpha
        if not (titled or described) or tok.i + 1 in inside:
            continue
        end = tok.i + 1
        while end < len(doc):
            t = doc[end]
            if t.pos_ == "PROPN" and t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")):
                end += 1
            elif t.text == "-" and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and end > tok.i + 1:
                end += 2
            elif (
                t.lower_ in _NAME_PARTICLES
                and end + 1 < len(doc)
                and doc[end + 1].pos_ == "PROPN"
                and end > tok.i + 1
            ):
                end += 1
            else:
                break
        if end > tok.i + 1 and doc[end - 1].pos_ == "PROPN" and doc[end - 1].is_alpha:
            names.append(doc[tok.i + 1 : end])
    return sorted(names, key=lambda span: span.start)


def _noun_forms(noun: Token) -> set[str]:
    """A noun as written, its lemma and the lemma's plural ("critic", "critics"; "enemy", "enemies"), to look it up in
    a list that may hold either."""
    lemma = noun.lemma_.lower()
    plural = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou") else lemma + "s"
    return {noun.lower_, lemma, plural}


def _one_person_entity(span: Span) -> bool:
    """The tagger reads the span's last word and the word after it as one PERSON entity ("Lotte Lenya")."""
    if span.end >= len(span.doc):
        return False
    last, nxt = span[-1], span.doc[span.end]
    return last.ent_type_ == "PERSON" and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I"


def _name_root(span: Span) -> Token:
    """The token a name hangs on the rest of the sentence by: its root, or its last word when the parser took a
    name's own "The" for the determiner of the noun after it ("The Hague tribunal", "The Gambia's government")."""
    root = span.root
    if (
        root.dep_ == "det"
        and len(span) > 1
        and root.i == span.start
        and span[-1].head.i not in range(span.start, span.end)
    ):
        return span[-1]
    return root


def _names_where(span: Span) -> bool:
    """The span names where something is or happens: the object of a locative preposition ("in central Brussels")
    or the modifier of a noun that is ("at Brussels airport")."""
    root = span.root
    if root.dep_ in ("compound", "nmod") and root.head.i > root.i:
        root = root.head
    return _locative(root)


def _title_of_person(span: Span) -> bool:
    """The span opens a PERSON entity that goes on after it ("Pope Francis", "Pope John Paul II" tagged whole)."""
    doc = span.doc
    return span[0].ent_iob_ == "B" and span.end < len(doc) and doc[span.end].ent_iob_ == "I"


def _cue_tokens(doc: Doc) -> Iterator[Token]:
    """The tokens of `doc` whose lower-case form is a word light coreference starts from, in order: read
    from one array of the Doc instead of a Token object made for every word (the rest start nothing)."""
    if not len(doc):
        return
    # (a set lookup per word of one column read as Python ints: numpy's `isin` sorts both arrays on every
    # call, which cost several times as much on a document's hundred-odd words)
    cues = resolver_words().coref_cues
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower in cues:
            yield doc[i]


def _clause_subject_chars(tok: Token, steps: int = 4) -> list[tuple[int, int]]:
    """The character ranges of the subjects of the verb a noun phrase is an object of ("the United States"
    in "the United States called on both sides to stop"), through its prepositions."""
    verb = tok
    for _ in range(steps):
        # (with more steps, through a possessor too: "discussed their countries' trade")
        deps = ("dobj", "pobj", "prep", "dative", "poss") if steps > 4 else ("dobj", "pobj", "prep", "dative")
        if verb.dep_ not in deps or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX"):
        return []
    for _ in range(3):
        # (a verb with no subject of its own does its governing verb's subject's deed: "Michel said after hosting
        # the two leaders", "Putin hosted them and urged the two leaders to ...")
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        head = verb.head
        if head.dep_ == "prep" and verb.dep_ == "pcomp":
            head = head.head
        if verb.dep_ not in ("advcl", "xcomp", "pcomp", "conj") or head.pos_ not in ("VERB", "AUX"):
            break
        verb = head
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
    ]


def _group_anaphor(tok: Token) -> tuple[Token, int, Token] | None:
    """A phrase that stands for a group of parties named before, by their number: its counting word, the number
    and its last word. "the two leaders", "both sides", "the three presidents" (a pair noun counted, see
    `_group_count`); "the pair", "the duo", "the trio" (`group_nouns`, after "the", not "a pair of"); a bare "the
    two", "both", "the three", "the two of them" standing as a noun phrase of their own."""
    words = resolver_words()
    low = tok.lower_
    if low in words.pair_nouns or low in words.definite_pair_nouns:
        counted = _group_count(tok)
        return None if counted is None else (*counted, tok)
    doc = tok.doc
    if low in words.group_nouns:
        the = tok.i > 0 and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 1].head.i == tok.i
        if not the or tok.tag_ != "NN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return None  # ("a pair of talks", "the pair of envoys")
        return tok, int(words.group_nouns[low]), tok
    number = 2 if low in words.pair_numerals else int(words.group_numerals.get(low, 0))
    if not number or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
        return None
    if low != "both" and not (tok.i > 0 and doc[tok.i - 1].lower_ == "the"):
        return None  # ("two were killed", "three of the soldiers")
    last = tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        them = [c for c in of.children if c.dep_ == "pobj"]
        if not them or them[0].lower_ not in ("them", "us"):
            return None  # ("the two of the soldiers")
        last = them[0]  # ("the two of them")
    return tok, number, last


def _group_count(tok: Token) -> tuple[Token, int] | None:
    """The word that counts a group noun and the number it gives ("two" in "the two leaders", "both sides", "the
    three presidents", "the two foreign ministers": modifiers may stand between), or None. A noun of
    `definite_pair_nouns` counts only after "the" or "both" ("the two men", not "two men were shot")."""
    words = resolver_words()
    counts = words.group_numerals
    i = tok.i - 1
    while (
        i >= 0 and tok.i - i <= 3 and tok.doc[i].dep_ in ("amod", "compound") and tok.doc[i].head.i == tok.i
    ):
        i -= 1  # ("the two foreign ministers", "the two prime ministers")
    if i < 0:
        return None
    numeral = tok.doc[i]
    low = numeral.lower_
    if low in words.pair_numerals:
        number = 2
    elif low in counts:
        number = int(counts[low])
    else:
        return None
    definite = low == "both" or (i > 0 and tok.doc[i - 1].lower_ == "the")
    if number > 2 and not definite:
        return None  # ("three soldiers were killed")
    if tok.lower_ in words.definite_pair_nouns and not definite:
        return None
    if i < tok.i - 1 and not definite:
        return None  # ("two foreign ministers met")
    return numeral, number


def _group_key(doc: Doc, mention: ActorMention) -> tuple[int, str, bool] | None:
    """What a mention is named together with: the head of the conjoined phrase it is a conjunct of, climbing out
    of a name's own "of" phrase ("President Aliyev of Azerbaijan and Prime Minister Pashinyan of Armenia"); two
    subjects or objects of one verb the parser did not join count as one phrase. The last item says whether the
    mention only sits inside a conjunct (the name's own "of" phrase)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    root = _phrase_head(span.root, True)
    inner = False
    for _ in range(2):
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "PROPN":
            root = _phrase_head(root.head.head, True)
            inner = True
        elif (
            root.dep_ == "appos"
            and root.pos_ == root.head.pos_ == "PROPN"
            and any(c.dep_ == "conj" for c in root.children)
        ):
            root = _phrase_head(root.head, True)  # (a list the parser read as an apposition: "A, B and C")
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in resolver_words().host_verbs:
        return root.head.i, "aside", inner  # ("where Saudi Arabia and the United States hosted talks")
    if root.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return root.head.i, root.dep_, inner
    if root.dep_ == "pobj" and root.head.lower_ in resolver_words().aside_preps:
        return root.i, "aside", inner  # ("with Cuba and Norway as guarantors", "hosted by X and Y")
    return root.i, "", inner


def _counted_after(tok: Token, numeral: Token, last: ActorMention) -> bool:
    """Whether a noun counted by the same number word stands between the group's last mention and `tok` ("Putin
    and Biden ... detained two Americans. The two men")."""
    return any(
        t.dep_ == "nummod" and t.lower_ == numeral.lower_ and t.head.idx > last.start
        for t in tok.doc[: numeral.i]
    )


def _last_group(
    doc: Doc, members: list[ActorMention], number: int, one_code: bool = False
) -> list[ActorMention]:
    """The last phrase of conjoined mentions among `members` that names exactly `number` parties, one mention
    of each (the first), in order; [] when none does. With `one_code`, two sides of one state named together
    ("Colombia's government and the FARC rebels", "Fatah and Hamas": two conjuncts, two different entries or
    sectors) are a pair too."""
    groups: dict[tuple[int, str], list[tuple[ActorMention, bool]]] = {}
    for m in members:
        key = _group_key(doc, m)
        if key is not None:
            groups.setdefault(key[:2], []).append((m, key[2]))
    best: list[ActorMention] = []
    best_rank: tuple[bool, int] = (False, -1)
    for gkey, g in groups.items():
        if len(g) < 2:
            continue
        distinct: dict[str, ActorMention] = {}
        for m, _ in g:
            distinct.setdefault(m.code, m)
        found = list(distinct.values())
        if len(distinct) != number and one_code and number == 2 and len(distinct) == 1:
            sides = [m for m, inner in g if not inner]
            if len(sides) == 2 and (sides[0].kb_id, sides[0].sector) != (sides[1].kb_id, sides[1].sector):
                found = sides
        if len(found) != number:
            continue
        # (a group named beside the news, as its guarantors, hosts or onlookers, only when no other is)
        rank = (gkey[1] != "aside", found[-1].start)
        if not best or rank > best_rank:
            best, best_rank = sorted(found, key=lambda m: m.start), rank
    return best


def _expletive(tok: Token) -> bool:
    """'it' with nothing to stand for: "it is clear that ...", "it was reported that ...", "it seems ..."."""
    if tok.lower_ != "it":
        return False
    verb = tok.head
    if verb.lemma_.lower() in resolver_words().expletive_verbs:
        return True
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_.lower() == "be" or passive:
        words = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
        return any(c.dep_ in ("ccomp", "csubj", "xcomp") for w in words for c in w.children if c.i > tok.i)
    return False


def _is_subject(doc: Doc, mention: ActorMention) -> bool:
    """Whether the mention is (or heads) the subject of a clause."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = _phrase_head(span.root)
    return root.dep_ in ("nsubj", "nsubjpass")


def _phrase_head(tok: Token, appositions: bool = False) -> Token:
    """The head noun of the phrase a mention sits in ("UN" in "UN arms inspectors" -> "inspectors"),
    climbing conjunctions to the first conjunct. With `appositions`, a conjunct the parser hung on the name in
    apposition to the first ("Japan's chief negotiator Koji Tomita and Canada's trade minister": "minister" on
    "Tomita") climbs on to the noun that name stands beside."""
    joined = False
    for _ in range(6):
        modifier = tok.dep_ in ("compound", "amod", "poss", "nmod") and tok.head.i > tok.i
        conjunct = tok.dep_ == "conj" and tok.head.i < tok.i
        beside = appositions and joined and tok.dep_ == "appos" and tok.head.i < tok.i
        if not (modifier or conjunct or beside):
            break
        joined = joined or conjunct
        tok = tok.head
    return tok


def _plural(doc: Doc, mention: ActorMention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and _phrase_head(span.root).tag_ in ("NNS", "NNPS")


def _conjoined(doc: Doc, a: ActorMention, b: ActorMention) -> bool:
    """Whether two mentions are conjuncts of one phrase ("Armenia and Azerbaijan")."""
    if a is b:
        return True
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in (a, b)]
    if spans[0] is None or spans[1] is None:
        return False
    return _phrase_head(spans[0].root, True).i == _phrase_head(spans[1].root, True).i


def _locative(root: Token) -> bool:
    """A name standing for a location: "talks in Baku", "refugees fleeing from Syria", "in Bam, Iran".

    The name is the object of a locative preposition, or of "of" after a word of direction ("south-east of
    Damascus"; data: `compass_words`), or an apposition to such a place ("Bam, Iran").
    "to" is left out (a destination is often the target: "arms sales to Croatia"), and "from" counts only
    after a verb or noun of moving or reporting ("returned from Iraq"), since "aid from Iran" names a donor.
    """
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head  # "in Iraq and Syria", "in Bam, Iran": the first name carries the preposition
    if tok.dep_ != "pobj":
        return False
    prep = tok.head.lower_
    words = resolver_words()
    if prep == "of":
        # ("struck targets south-east of Damascus", "on the outskirts of Aleppo": where, as after "near")
        return tok.head.head.lower_ in words.compass_words
    if prep not in words.locative_preps:
        return False
    if prep == "from":
        return tok.head.head.lemma_.lower() in words.from_place_words
    return True


def _located_actor(root: Token, owner: dict[int, int], own: int) -> bool:
    """Whether the locative phrase of `root` hangs from another actor's phrase ("the Red Crescent in Bam")."""
    tok = root
    while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
        tok = tok.head
    noun = tok.head.head  # the word the preposition attaches to
    if noun.dep_ in ("acl", "relcl") and noun.pos_ in ("VERB", "AUX"):
        noun = noun.head  # "the Red Cross operating in Iraq"
    elif noun.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in noun.children):
        # The same reduced clause parsed with its noun as subject ("Cross" nsubj of "operating").
        noun = next((c for c in noun.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i), noun)
    if noun.i >= tok.i:
        return False
    words = [noun, *(c for c in noun.children if c.dep_ in _ATTACH and c.i < noun.i)]
    return any(owner.get(w.i, own) != own for w in words)


def _other_first_name(span: Span, kb: KnowledgeBase) -> bool:
    """A bare surname right after an unknown capitalised first name belongs to someone else."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    if not prev.is_title or prev.pos_ != "PROPN":
        return False
    if _middle_initial(prev, kb):
        return True
    low = prev.lower_
    return low not in kb.sector_words and low not in resolver_words().honorifics and not prev.is_sent_start


def _middle_initial(tok: Token, kb: KnowledgeBase) -> bool:
    """A one-letter abbreviation after a capitalised word that is no title ("John M. Marshall", "Harry S. Truman")
    is the middle initial of a name, even when the letter is also a form of address ("M. Masaryk": Monsieur; but
    "Foreign Minister M. Masaryk" keeps the title)."""
    if len(tok.text) != 2 or not tok.text[0].isupper() or tok.text[1] != "." or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.ent_type_ == "DATE" or (
        before.i > 0 and tok.doc[before.i - 1].pos_ == "ADP" and before.ent_type_ != "PERSON"
    ):
        # ("Yesterday M. Briand", "In Geneva M. Briand": an adjunct, no first name, stands before Monsieur)
        return False
    low = before.lower_
    words = resolver_words()
    return (
        before.is_title
        and before.is_alpha
        and low not in kb.sector_words
        and low not in words.honorifics
        and low not in words.title_words
    )


def _first_name_of_another(span: Span, bare: bool = False) -> bool:
    """A one-word surname the tagger reads as the first word of a longer person's name ("General Gabriel
    Ramanantsoa" is not Sigmar Gabriel): the next word goes on with the same PERSON entity. A bare surname (`bare`)
    that begins such a name is that person's first name also before a lower-case particle of the name ("Nasser
    Hussain", "Tito Vilanova", "Nasser al-Kidwa" are not Nasser or Tito)."""
    if len(span) != 1 or span.end >= len(span.doc):
        return False
    nxt = span.doc[span.end]
    if span[0].ent_type_ != "PERSON" or nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "I":
        return False
    return nxt.is_title or (bare and span[0].ent_iob_ == "B" and nxt.is_alpha)


def _title_before_name(span: Span) -> bool:
    """A one-word surname form that is itself a title word ("Tsar", "Kaiser", "Czar" of Nicholas II and Wilhelm II)
    right before a capitalised name is that name's title, not the person ("Tsar Boris", "Border Czar Tom Homan",
    "Kaiser Permanente"); "the Tsar dissolved the Duma" keeps it."""
    words = resolver_words()
    low = span[0].lower_
    if (
        len(span) != 1
        or span.end >= len(span.doc)
        or (low not in words.title_words and low not in words.monarch_words)
    ):
        return False
    nxt = span.doc[span.end]
    return nxt.is_title and nxt.is_alpha and nxt.pos_ == "PROPN"


def _dated_city(candidates: list[tuple[Alias, Entry]], date: str | None) -> list[tuple[Alias, Entry]]:
    """A dated place beside another entry of the same name (a capital of today: "Kiev", "Dacca") is taken only on a
    date when it belonged to another state ("Kiev" in 1905 is the Russian Empire's, "Dacca" in 1952 Pakistan's);
    otherwise the other entry stands alone."""
    dated = [c for c in candidates if c[1].kind == "place" and c[1].periods]
    if not dated or len(dated) == len(candidates):
        return candidates
    others = [c for c in candidates if c not in dated]
    if date is None:
        return others
    codes = {e.role_on(date)[0] for _, e in others}
    return [c for c in dated if c[1].role_on(date)[0] not in codes] or others


def _pick_person(people: list[tuple[Alias, Entry]], date: str | None) -> tuple[Alias, Entry]:
    """Among namesakes (Aliyev, Bush, Assad) the one in office on the date, else the one whose offices are nearest
    to it in time, before or after: "Mr Wilson" in 1955 is Harold Wilson (in office from 1964), not Woodrow Wilson
    (out of office since 1921); "Mr Johnson" in 2013 Boris Johnson, not Lyndon Johnson (names39; before, the latest
    holder before the date, however long ago)."""

    def key(item: tuple[Alias, Entry]) -> tuple[int, str | int]:
        entry = item[1]
        if date is None:
            return (1, max((p.start or "" for p in entry.periods), default=""))
        if any(p.covers(date) for p in entry.periods):
            return (3, "")
        gaps = [_days_between(p.end, date) for p in entry.periods if p.end and p.end < date]
        gaps += [_days_between(date, p.start) for p in entry.periods if p.start and p.start > date]
        if gaps:
            return (2, -min(gaps))
        return (0, "")

    return max(people, key=key)


def _days_between(earlier: str, later: str) -> int:
    """Days from one ISO date to a later one."""
    return (_date.fromisoformat(later) - _date.fromisoformat(earlier)).days


def _glue_candidates(doc: Doc) -> Iterator[Token]:
    """The tokens of `doc` whose text holds ".-" (the only ones `_glued` can read), in order, found from the
    Doc's word forms without making a Token of every word (a speed-up only)."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    glue = _GLUE
    if len(glue) > _FORMS_KEPT:
        glue.clear()
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        held = glue.get(orth)
        if held is None:
            held = glue[orth] = ".-" in strings[orth]
        if held:
            yield doc[i]


# word form (hash) -> whether it holds ".-": bounded, emptied past _FORMS_KEPT forms
_GLUE: dict[int, bool] = {}
_FORMS_KEPT = 100_000


def _tokens_of_words(doc: Doc, words: frozenset[str]) -> Iterator[Token]:
    """The tokens of `doc` whose lower-case form may be one of `words`, in order: every token that is one, and
    (by a clash of hashes only) perhaps another, which the caller's own test turns away. Read from the Doc's
    LOWER column without making a Token of every word (a speed-up only)."""
    if not len(doc):
        return
    hashed = _HASHED.get(id(words))
    if hashed is None or hashed[0] is not words:
        if len(_HASHED) > 64:
            _HASHED.clear()
        hashed = _HASHED[id(words)] = (words, frozenset(get_string_id(w) for w in words))
    wanted = hashed[1]
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower in wanted:
            yield doc[i]


# id of a word set -> (the set, the hashes of its words)
_HASHED: dict[int, tuple[frozenset[str], frozenset[int]]] = {}


def _alias_tokens(nlp: Language, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
    """The tokens of each alias as (ORTH, LOWER) strings: what `nlp.make_doc(text)` makes of it, read from its
    tokens' `orth_` and `lower_`.

    Making a Doc of every alias at start-up made a lexeme (a dozen attributes worked out) for each of its
    several thousand new words, most of which no text ever holds; the matchers need only the words. An
    alias of words of letters with single spaces between them, where no word is a special case of the
    tokenizer nor has a prefix, suffix or infix it splits off, is the tokenizer's words as they are (spaCy's
    tokenizer splits at whitespace, then only at special cases and affixes), lower-cased by the vocabulary's
    own LOWER function; any other alias is made into a Doc as before (a speed-up only: the same tokens)."""
    tokenizer = nlp.tokenizer
    getters: Any = getattr(nlp.vocab, "lex_attr_getters", None) or {}  # (not in spaCy's stubs)
    lower = getters.get(LOWER)
    rules = getattr(tokenizer, "rules", None)
    if not isinstance(tokenizer, Tokenizer) or lower is None or rules is None or _spaced_special(rules):
        return [[(t.orth_, t.lower_) for t in nlp.make_doc(text)] for text in texts]
    prefix, suffix, infix = tokenizer.prefix_search, tokenizer.suffix_search, tokenizer.infix_finditer

    known: dict[str, bool] = {}  # word -> plain (the aliases share many words: "Republic", "of")

    def plain(word: str) -> bool:
        found = known.get(word)
        if found is None:
            found = known[word] = (
                word.isalpha()
                and word not in rules
                and (prefix is None or prefix(word) is None)
                and (suffix is None or suffix(word) is None)
                and (infix is None or next(iter(infix(word)), None) is None)
            )
        return found

    out: list[list[tuple[str, str]]] = []
    for text in texts:
        words = text.split(" ")
        if all(plain(word) for word in words):
            out.append([(word, lower(word)) for word in words])
        else:
            out.append([(t.orth_, t.lower_) for t in nlp.make_doc(text)])
    return out


def _spaced_special(rules: Mapping[str, object]) -> bool:
    """True when some special case of the tokenizer holds whitespace beside other characters (it could join
    words of letters into one token: `_alias_tokens` then makes every alias into a Doc); special cases made
    of whitespace alone (" ", "\\n") are not."""
    return any(not key.isspace() and any(c.isspace() for c in key) for key in rules)


def _glued(tok: Token) -> tuple[str, str] | None:
    """An abbreviation with its final period glued by the tokenizer to a hyphenated word ("U.S.-led",
    "U.N.-backed"): (abbreviation, lower-case word after the hyphen); None for any other token."""
    text = tok.text
    cut = text.rfind(".-")
    if cut <= 0 or cut + 2 >= len(text):
        return None
    return text[: cut + 1], text[cut + 2 :].lower()


def _longest_names(found: list[Span]) -> list[Span]:
    """The name matches that do not overlap, longest first (as spaCy's `filter_spans`), where a leading article
    does not count toward a name's length: "the West" is one word long, so "West Bank" in "the West Bank"
    and "West German" in "the West German chancellor" win over it."""

    def weight(span: Span) -> tuple[int, int]:
        article = len(span) > 1 and span[0].lower_ == "the"
        return len(span) - article, -span.start

    taken: set[int] = set()
    kept: list[Span] = []
    for span in sorted(found, key=weight, reverse=True):
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _is_iso_date(value: str) -> bool:
    import datetime as _dt

    try:
        _dt.date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


FUZZY_MOST = 2  # the most typos a titled person's surname is matched with (`ActorResolver._fuzzy_hits`)


_APPOS = get_string_id("appos")
_NOUN = parts_of_speech.IDS["NOUN"]


def _noun_appositions(doc: Doc) -> list[int]:
    """The positions of `doc`'s nouns in apposition (dependency "appos", part of speech NOUN), in order: read
    in one array read of the Doc instead of a Token made for each of its words."""
    if not len(doc):
        return []
    return [
        i for i, (dep, pos) in enumerate(doc.to_array([DEP, POS]).tolist()) if dep == _APPOS and pos == _NOUN
    ]


def _deletions(word: str, most: int) -> set[str]:
    """`word` and every word left of it with up to `most` of its letters deleted."""
    found = {word}
    n = len(word)
    if most >= 1:
        found.update([word[:i] + word[i + 1 :] for i in range(n)])
    if most >= 2:
        # (each pair of letters once, i before j, instead of every order of the two deletions)
        found.update([word[:i] + word[i + 1 : j] + word[j + 1 :] for i in range(n) for j in range(i + 1, n)])
    layer = found
    for _ in range(2, most):
        layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))}
        found |= layer
    return found


def _deletion_index(
    surnames: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Each word left of a known surname with up to FUZZY_MOST letters deleted -> the (surname, entry ids)
    that leave it, in the order of `surnames`. (Tuples, not lists: most words have one, and tuples of strings
    leave the garbage collector's lists once it has seen them, where a hundred thousand lists stay on them.)"""
    index: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    get = index.get
    for pair in surnames.items():
        for left in _deletions(pair[0], FUZZY_MOST):
            index[left] = (*get(left, ()), pair)
    return index


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _part_of_capitals_label(span: Span) -> str | None:
    """The other words of a transcript's speaker label written in capitals when a name in capitals is a part of
    it, a guest's name: "RANDE" for "SOFIA" in "SOFIA RANDE: The joint monitoring centre ...". None when the
    span is no part of such a label; a label that is the name whole ("NEW YORK:", a dateline; "RUSSIA:") is
    not a part of one."""
    text = span.doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    label = speaker_label(line)
    if label is None:
        return None
    label_start = line_start + len(line) - len(line.lstrip())
    words = label.split()
    if (
        2 <= len(words) <= 4
        and all(w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and label_start <= span.start_char
        and span.end_char <= label_start + len(label)
        and span.end_char - span.start_char < len(label)
    ):
        at = span.start_char - label_start
        return f"{label[:at]} {label[at + span.end_char - span.start_char :]}".strip()
    return None


_NO_VOCABULARY: frozenset[str] = frozenset()


def _english_vocabulary(nlp: Language) -> frozenset[str]:
    """The lower-case words of the English lemmatizer's index (its nouns, verbs, adjectives and adverbs, WordNet's
    lemmas as spaCy's lookups ship them), or `_NO_VOCABULARY` when the model has no such lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return _NO_VOCABULARY
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return _NO_VOCABULARY
    index = lookups.get_table("lemma_index")
    found = frozenset(word for key in index for word in index[key])
    return found or _NO_VOCABULARY


def _has_capitals(doc: Doc) -> bool:
    """True when some word of more than three letters is all in capitals (a headline): read from the token
    attributes in one array, which is the same test as `any(t.is_upper and len(t) > 3 for t in doc)`."""
    if len(doc) == 0:
        return False
    flags = doc.to_array([IS_UPPER, LENGTH])
    return bool(((flags[:, 0] == 1) & (flags[:, 1] > 3)).any())


def _drop_ethnic_qualifiers(anchors: list[_Anchor]) -> list[_Anchor]:
    """'Bosnian Serbs', 'ethnic Albanians': a second demonym names an ethnicity, not its kin state.

    Following CAMEO practice an ethnic group is coded by the state it lives in, so the kin-state code is dropped;
    the first demonym of a pair ('Bosnian') stays and its phrase covers the second.
    """
    kept: list[_Anchor] = []
    for anchor in anchors:
        if anchor.form == "adjective":
            doc = anchor.span.doc
            if anchor.span.start > 0 and doc[anchor.span.start - 1].lower_ == "ethnic":
                continue
            prev = kept[-1] if kept else None
            if prev is not None and prev.form == "adjective" and prev.span.end == anchor.span.start:
                continue
        kept.append(anchor)
    return kept


def _word_opening(span: Span, context: tuple[str, ...]) -> bool:
    """A one-word name that opens its sentence before a lower-case noun or adjective that is none of its context
    words: the English word it also is ("Total casualties at the Somme", "Apple growers in Kashmir", "Shell fire
    hit the town"; not "Apple shares fell", "Shell said")."""
    doc = span.doc
    if len(span) != 1 or not span[0].is_sent_start or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ in ("NOUN", "ADJ") and nxt.lower_ not in context


def _before_product_name(span: Span) -> bool:
    """A one-word name followed by a proper noun that, with it, premodifies a plural noun, and no determiner or
    possessive before the name: "sold Azerbaijan Bayraktar drones" (a receiver, then the drones' maker), not
    "the Jordan Peterson interviews" (a determiner) nor "Paris Hilton arrived" (no noun after them)."""
    doc = span.doc
    if len(span) != 1 or span.end + 1 >= len(doc):
        return False
    nxt, noun = doc[span.end], doc[span.end + 1]
    if not (nxt.pos_ == "PROPN" and nxt.dep_ == "compound" and nxt.head.i == noun.i):
        return False
    if not (noun.pos_ == "NOUN" and noun.tag_ == "NNS"):
        return False
    return not (span.start > 0 and doc[span.start - 1].tag_ in ("DT", "PRP$", "POS", "WP$"))


def _capitalised_word(tok: Token) -> bool:
    """A word in title case or capitals ("White", "NATO"), the kind that runs on a name."""
    return tok.is_alpha and (tok.is_title or tok.is_upper)
