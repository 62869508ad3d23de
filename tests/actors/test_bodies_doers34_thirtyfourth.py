"""International courts and commissions named by description are international bodies (doers34, thirty-fourth
session; issue 9): "an international arbitration tribunal", "an arbitral tribunal", "a court of arbitration", "an
international commission of inquiry", "a mixed claims commission" are IGO (a court's sector JUD), as the sets code
them; a state or a body named in the phrase keeps its own, and domestic and private panels stay out
(`resolver.json` `international_court_heads`, `international_commission_heads`, `international_body_words`,
`international_body_blockers`). The League's world court by its name is IGO-PCIJ. Sentences written for these tests
(true statements about real events), real parse, real knowledge base."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


@pytest.mark.parametrize(
    ("sentence", "date", "text", "code", "sector"),
    [
        (
            "An international arbitration tribunal awarded Taba to Egypt.",
            "1988-09-29",
            "international arbitration tribunal",
            "IGO",
            "JUD",
        ),
        (
            "An arbitral tribunal gave Britain most of the disputed land.",
            "1899-10-03",
            "arbitral tribunal",
            "IGO",
            "JUD",
        ),
        (
            "A court of arbitration awarded the islands to Chile.",
            "1977-04-18",
            "court of arbitration",
            "IGO",
            "JUD",
        ),
        (
            "An international commission of inquiry blamed the Russian fleet.",
            "1905-02-25",
            "international commission",
            "IGO",
            None,
        ),
        (
            "A mixed claims commission heard the Lusitania cases.",
            "1923-11-01",
            "mixed claims commission",
            "IGO",
            None,
        ),
        (
            "The Permanent Court of International Justice ruled for Denmark.",
            "1933-04-05",
            "Permanent Court of International Justice",
            "IGO-PCIJ",
            "JUD",
        ),
    ],
)
def test_international_body_named_by_description_is_igo(
    actors: Resolve, sentence: str, date: str, text: str, code: str, sector: str | None
) -> None:
    found = {m.text: (m.code, m.sector) for m in actors(sentence, date)}
    assert found.get(text) == (code, sector), found


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # (a state named in the phrase keeps its own; a body by name is the knowledge base's)
        ("A Dutch arbitration panel ruled against the shipping firm.", "NLD"),
        ("A League of Nations commission toured Manchuria.", "IGO-LON"),
        # (a domestic or a private panel is no international body)
        ("A labour arbitration panel ordered the airline to rehire the pilots.", None),
        ("Three international observers watched the vote.", None),
    ],
)
def test_bodies_with_a_state_or_a_domestic_word_are_no_international_body(
    actors: Resolve, sentence: str, code: str | None
) -> None:
    codes = {m.code for m in actors(sentence, None)}
    assert "IGO" not in codes and (code in codes if code else not codes), codes
