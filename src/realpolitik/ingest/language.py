"""Language identification of articles with lingua, restricted to the languages of the domain.

The detector is built once per process (it is costly) and returns ISO 639-1 codes.
"""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# The languages of the region and of the outlets that write about it; a small set keeps lingua fast
# and avoids confusing, say, Azerbaijani with Turkmen.
LANGUAGES: tuple[str, ...] = (
    "ENGLISH", "ARABIC", "RUSSIAN", "TURKISH", "PERSIAN", "FRENCH", "GERMAN", "SPANISH", "ARMENIAN",
    "AZERBAIJANI", "GEORGIAN", "UKRAINIAN", "HEBREW", "ITALIAN", "URDU", "KAZAKH",
)  # fmt: skip

# Enough text for a confident decision; longer texts only cost time.
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def detector() -> LanguageDetector:
    """The shared lingua detector (built on first use)."""
    languages = [getattr(Language, name) for name in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the main language of `text`, or None when there is too little to tell."""
    sample = text.strip()[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 10:
        return None
    lang = detector().detect_language_of(sample)
    if lang is None:
        return None
    return lang.iso_code_639_1.name.lower()
