"""Who "the two countries" are, twenty-sixth session (issue 9; coref16, system16's category A): the pair an article
named together before the resolver's three-sentence window, when one of the two is named in it again or it names no
other two, rather than the last two named apart; leaders named together stand for their states; a conjunct the parser
hung on a name in apposition is still joined to the first. Sentences written for these tests (true events, the
project's own words)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.records import ActorMention

Resolve = Callable[..., list[ActorMention]]


def _pair(actors: Resolve, text: str, words: str) -> set[str]:
    start = text.rindex(words)
    return {m.code for m in actors(text, "2023-01-01") if m.role == "coreference" and m.start == start}


@pytest.mark.parametrize(
    ("text", "words", "pair"),
    [
        pytest.param(
            "Armenian and Azerbaijani soldiers were killed in fighting on the border on 16 November 2021. Each side "
            "blamed the other for starting it. Russia brokered a ceasefire the same evening. The two countries agreed "
            "in Brussels in December 2021 to restore a railway link.",
            "The two countries",
            {"ARM", "AZE"},
            id="the_pair_named_together_before_the_window",
        ),
        pytest.param(
            "Serbia and Kosovo opened their first direct talks in Brussels in March 2011. Serbia's delegation was led "
            "by Borislav Stefanovic. Kosovo's was led by Edita Tahiri. Robert Cooper of Britain chaired the talks for "
            "the European Union. The two sides agreed in July 2011 on freedom of movement.",
            "The two sides",
            {"SRB", "XKX"},
            id="the_pair_named_together_beats_a_third_named_apart",
        ),
        # ministers named beside their names, leaders beside their titles: a pair
        pytest.param(
            "Armenia's foreign minister Ararat Mirzoyan and Azerbaijan's foreign minister Jeyhun Bayramov met near "
            "Washington for four days in May 2023, with Antony Blinken as their host. The two governments agreed on "
            "several articles of a draft peace treaty.",
            "The two governments",
            {"ARM", "AZE"},
            id="ministers_named_beside_their_names_are_a_pair",
        ),
        pytest.param(
            "France's president Charles de Gaulle and West Germany's chancellor Konrad Adenauer met in Paris in "
            "January 1963, a week after de Gaulle had vetoed Britain's bid to join the Common Market. The two "
            "governments signed a treaty of friendship.",
            "The two governments",
            {"FRA", "DEU"},
            id="leaders_named_beside_their_titles_are_a_pair",
        ),
    ],
)
def test_resolver_the_pair_named_together(actors: Resolve, text: str, words: str, pair: set[str]) -> None:
    assert _pair(actors, text, words) == pair


def test_resolver_two_others_named_in_the_window_are_not_the_earlier_pair(actors: Resolve) -> None:
    text = (
        "India and Pakistan fought a war in December 1971. It ended with Bangladesh's independence. Decades later, "
        "Xi Jinping hosted Emmanuel Macron in Beijing in April 2023. The two leaders signed a joint statement."
    )
    assert not _pair(actors, text, "The two leaders") & {"IND", "PAK"}
