"""Near-duplicate detection: copies with small edits are marked and reported, distinct texts are not."""

from realpolitik.ingest.dedup import DuplicateFinder
from realpolitik.ingest.split import content_hash
from realpolitik.records import Article

BASE = (
    "The presidents of Russia and Azerbaijan signed a declaration on allied interaction in Moscow on "
    "22 February 2022. The document covers military cooperation, trade and the coordination of foreign "
    "policy, and it was signed two days before the Russian invasion of Ukraine began. Officials in Baku "
    "described it as the result of long negotiations, while critics in Armenia saw it as a sign that "
    "Moscow was moving closer to Baku."
)
EDITED = BASE.replace("long negotiations", "lengthy negotiations") + " Share this article."
OTHER = (
    "Iran and Azerbaijan held a ceremony in 2023 to open a new road bridge over the Aras river near "
    "Aghband, part of a route that links mainland Azerbaijan with Nakhchivan through Iranian territory. "
    "Ministers of both states attended and spoke about trade and the transit of goods in the region."
)


def _art(text: str) -> Article:
    return Article(content_hash(text), "t.txt", 1, 1, None, None, None, None, "en", text)


def test_dedup_marks_a_near_duplicate_and_reports_it() -> None:
    finder = DuplicateFinder(0.8)
    first, dup1 = finder.check(_art(BASE))
    second, dup2 = finder.check(_art(EDITED))
    assert dup1 is None and first.duplicate_of is None
    assert second.duplicate_of == first.id
    assert dup2 is not None and dup2[:2] == (second.id, first.id) and 0.8 <= dup2[2] < 1.0


def test_dedup_leaves_distinct_articles_alone() -> None:
    finder = DuplicateFinder(0.8)
    finder.check(_art(BASE))
    third, dup = finder.check(_art(OTHER))
    assert dup is None and third.duplicate_of is None


def test_dedup_exact_repeat_and_remembered_articles() -> None:
    finder = DuplicateFinder(0.8)
    finder.remember("stored1", BASE)
    art, dup = finder.check(_art(EDITED))
    assert art.duplicate_of == "stored1" and dup is not None
    again, dup_again = finder.check(_art(OTHER))
    same, dup_same = finder.check(_art(OTHER))
    assert dup_again is None and dup_same == (same.id, again.id, 1.0)
