"""Frame detection: the frames each sentence of a parsed article expresses, then the article's frames.

A sentence expresses a frame when one of the frame's cues matches it (every group of the cue has a
term in the sentence: a word or lemma phrase, a regex, or an actor the resolver found there); cue
weights combine as a noisy-or. An article carries a frame when its best sentences reach the
pack's article threshold; those sentences are the evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from .pack import Cue, Group, Pack


@dataclass(frozen=True, slots=True)
class SentenceFrame:
    """One sentence expressing one frame: its score, the cues that fired and the words they matched."""

    frame: str
    score: float
    cue: str  # ids of the cues that fired, strongest first, joined by "+"
    matched: str  # the words of the strongest cue, " / " between groups
    start: int  # character offsets into the article text
    end: int
    text: str
    actors: tuple[str, ...]  # actor codes mentioned in the sentence

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "score": self.score,
            "cue": self.cue,
            "matched": self.matched,
            "start": self.start,
            "end": self.end,
            "actors": list(self.actors),
        }


@dataclass(frozen=True, slots=True)
class ArticleFrame:
    """A frame an article carries, with its best sentences (highest score first)."""

    frame: str
    score: float
    sentences: tuple[SentenceFrame, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"frame": self.frame, "score": self.score, "sentences": [s.to_dict() for s in self.sentences]}


@dataclass(frozen=True, slots=True)
class Detection:
    """Every sentence hit of an article (at or above the sentence threshold) and its frames."""

    frames: tuple[ArticleFrame, ...]
    hits: tuple[SentenceFrame, ...]
    pack: str = ""  # name and digest of the pack that found them (stored with the frames)
    digest: str = ""


def _group_match(
    group: Group, text: str, lemmas: str, words: frozenset[str], actors: frozenset[str]
) -> str | None:
    hit = next(iter(group.actors & actors), None)
    if hit is not None:
        return "@" + hit
    m = None
    if group.phrases is not None and not group.first_words.isdisjoint(words):
        m = group.phrases.search(text) or group.phrases.search(lemmas)
    if m is None and group.regexes is not None:
        m = group.regexes.search(text)
    return m.group(0) if m else None


def _cue_match(
    cue: Cue,
    text: str,
    lemmas: str,
    words: frozenset[str],
    actors: frozenset[str],
    seen: dict[tuple[str, ...], str | None],
) -> str | None:
    found = []
    for group in cue.groups:
        if group.key in seen:
            hit = seen[group.key]
        else:
            hit = seen[group.key] = _group_match(group, text, lemmas, words, actors)
        if hit is None:
            return None
        found.append(hit)
    return " / ".join(found)


def score_sentence(
    pack: Pack, text: str, lemmas: str, actors: frozenset[str]
) -> list[tuple[str, float, str, str]]:
    """(frame, score, cue ids, matched words) for each frame a sentence expresses at all."""
    # the words a phrase may start with: text words and lemmas, hyphenated ones split too
    low = f"{text} {lemmas}".lower()
    words = frozenset(w for w in re.split(r"[^\w']+", low) if w) | frozenset(low.split())
    out = []
    seen: dict[tuple[str, ...], str | None] = {}  # a group shared by several cues is matched once
    for frame in pack.frames:
        fired: list[tuple[float, str, str]] = []
        for cue in frame.cues:
            matched = _cue_match(cue, text, lemmas, words, actors, seen)
            if matched is not None:
                fired.append((cue.weight, cue.id, matched))
        if not fired:
            continue
        fired.sort(key=lambda f: -f[0])
        miss = 1.0
        for weight, _, _ in fired:
            miss *= 1.0 - weight
        out.append((frame.id, round(1.0 - miss, 3), "+".join(f[1] for f in fired), fired[0][2]))
    return out


def _lemmas(sent: Span) -> str:
    return " ".join(t.lemma_.lower() or t.lower_ for t in sent)


def _segments(doc: Doc) -> Iterator[Span]:
    """The parser's sentences, cut again at line breaks: scraped text runs headings into sentences."""
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text_with_ws and tok.i + 1 < sent.end:
                end = tok.i if tok.is_space else tok.i + 1
                if end > start:
                    yield doc[start:end]
                start = tok.i + 1
        if start < sent.end:
            yield doc[start : sent.end]


def sentence_hits(pack: Pack, doc: Doc) -> list[SentenceFrame]:
    """Frames of every sentence of a parsed Doc (with `doc._.actors` set), at or above the threshold."""
    mentions = sorted(doc._.actors or [], key=lambda m: m.start)
    starts = [m.start for m in mentions]
    hits = []
    for sent in _segments(doc):
        text = sent.text.strip()
        if len(text) < 12:
            continue
        lo = bisect_left(starts, sent.start_char)
        hi = bisect_left(starts, sent.end_char)
        codes = frozenset(m.code for m in mentions[lo:hi])
        for frame, score, cue, matched in score_sentence(pack, sent.text, _lemmas(sent), codes):
            if score >= pack.sentence_threshold:
                hits.append(
                    SentenceFrame(
                        frame,
                        score,
                        cue,
                        matched,
                        sent.start_char,
                        sent.end_char,
                        text,
                        tuple(sorted(codes)),
                    )
                )
    return hits


def article_frames(pack: Pack, hits: Iterable[SentenceFrame]) -> tuple[ArticleFrame, ...]:
    """The frames an article carries, highest score first.

    A frame's strength is the noisy-or of its best sentences (a repeated sentence counts once); its
    prominence is the sum of its sentence scores over that of the article's most-told frame. The
    score is strength times prominence, so a long text that touches a story once does not list it
    beside the story it tells throughout; a frame is present when the score reaches the threshold,
    and at most `max_frames` frames (the best) are kept.
    """
    by_frame: dict[str, dict[str, SentenceFrame]] = {}
    for hit in hits:
        seen = by_frame.setdefault(hit.frame, {})
        key = " ".join(hit.text.lower().split())
        if key not in seen or seen[key].score < hit.score:
            seen[key] = hit
    if not by_frame:
        return ()
    mass = {frame: sum(s.score for s in sents.values()) for frame, sents in by_frame.items()}
    top_mass = max(mass.values())
    frames = []
    for frame, unique in by_frame.items():
        best = sorted(unique.values(), key=lambda s: (-s.score, s.start))[: pack.evidence]
        miss = 1.0
        for s in best:
            miss *= 1.0 - s.score
        score = round((1.0 - miss) * (mass[frame] / top_mass) ** 0.5, 3)
        if score >= pack.article_threshold:
            frames.append((score, mass[frame], ArticleFrame(frame, score, tuple(best))))
    frames.sort(key=lambda f: (-f[0], -f[1], f[2].frame))
    return tuple(f[2] for f in frames[: pack.max_frames])


def detect_doc(pack: Pack, doc: Doc) -> Detection:
    """Sentence hits and article frames of one parsed article."""
    hits = sentence_hits(pack, doc)
    return Detection(article_frames(pack, hits), tuple(hits), pack.name, pack.digest)


def detect_texts(pack: Pack, texts: Sequence[str], nlp: Any = None) -> list[Detection]:
    """Parse texts with the actor pipeline (no event coder) and detect their frames."""
    from ..nlp import cached_pipeline, process

    nlp = nlp or cached_pipeline(events=False)
    return [detect_doc(pack, doc) for doc in process(nlp, ((t, None) for t in texts))]
