"""Deeds stated inside subordinate structures (issue 9, tenth session): every item of a list of possessed deed
nouns, the past deed of an adverbial clause even when it names no target, a deed noun after "months of", and a
claim by an organisation's experts set against another clause. Each is its own event with its own doer, date and
modality; conditions, purposes and clauses in the present stay out of the asserted record.

Every sentence was written for these tests and states true events; each goes through the real pipeline (spaCy
parse, actor resolver, event coder).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Token

from realpolitik.events.modality import contested_claim
from realpolitik.records import Event

from .helpers import Code

Finder = Callable[[str, str], Token]


def _found(events: list[Event], kind: str, source: str, target: str | None = None) -> list[Event]:
    """The events of a type by a source (and toward a target when one is given)."""
    return [
        e
        for e in events
        if e.event == kind
        and source in {a.code for a in e.source}
        and (target is None or target in {a.code for a in e.target})
    ]


# (1) Lists of possessed deed nouns: each item is a deed of the list's owner.
@pytest.mark.parametrize(
    ("text", "deeds"),
    [
        (
            "Iraq's invasion of Kuwait, its annexation of the emirate and its seizure of Western hostages led to"
            " war in 1991.",
            [("ASSAULT", "IRQ", "KWT"), ("COERCE", "IRQ", None)],
        ),
        (
            "The Security Council condemned Iraq's invasion of Kuwait, its annexation of the emirate and its"
            " seizure of Western hostages.",
            [("ACCUSE", "IGO-UNSC", "IRQ"), ("ASSAULT", "IRQ", "KWT"), ("COERCE", "IRQ", None)],
        ),
        (
            "Azerbaijan's blockade of the Lachin corridor and its offensive in Karabakh in September 2023 forced"
            " most of Karabakh's Armenians to leave.",
            [("COERCE", "AZE", None), ("ASSAULT", "AZE", None)],
        ),
        (
            "Turkey's downing of a Russian bomber in 2015 and its purchase of S-400 missiles from Moscow in 2017"
            " puzzled its allies.",
            [("ASSAULT", "TUR", "RUS"), ("COOPERATE", "TUR", "RUS")],
        ),
        (
            "Iran's seizure of the Stena Impero in July 2019 and its downing of an American drone in June 2019"
            " raised tension in the Gulf.",
            [("COERCE", "IRN", None), ("ASSAULT", "IRN", "USA")],
        ),
        (
            # (already coded before: a guard that the items keep their own targets)
            "Russia's invasion of Georgia in 2008, its recognition of Abkhazia and its annexation of Crimea in"
            " 2014 alarmed the Baltic states.",
            [("ASSAULT", "RUS", "GEO"), ("SUPPORT", "RUS", "XAB"), ("COERCE", "RUS", "UKR")],
        ),
    ],
)
def test_clauses_every_item_of_a_possessed_deed_list_is_an_event(
    code: Code, text: str, deeds: list[tuple[str, str, str | None]]
) -> None:
    events = code(text)
    for kind, source, target in deeds:
        found = _found(events, kind, source, target)
        assert found, (kind, source, target, events)
        assert all(e.modality == "asserted" for e in found), events


@pytest.mark.parametrize(
    ("text", "trigger", "year"),
    [
        (
            "Turkey's downing of a Russian bomber in 2015 and its purchase of S-400 missiles from Moscow in 2017"
            " puzzled its allies.",
            "purchase",
            "2017",
        ),
        (
            "Turkey's downing of a Russian bomber in 2015 and its purchase of S-400 missiles from Moscow in 2017"
            " puzzled its allies.",
            "downing",
            "2015",
        ),
        (
            "Israel's bombing of the Osirak reactor in 1981 and its strike on a Syrian reactor in 2007 were never"
            " forgiven in Baghdad or Damascus.",
            "strike",
            "2007",
        ),
        (
            "Russia's annexation of Crimea in 2014 and its invasion of Ukraine in 2022 isolated Moscow.",
            "annexation",
            "2014",
        ),
    ],
)
def test_clauses_list_item_keeps_its_own_date(code: Code, text: str, trigger: str, year: str) -> None:
    events = [e for e in code(text) if e.trigger.split()[0] == trigger]
    assert events, code(text)
    assert all((e.date or "").startswith(year) for e in events), events


def test_clauses_possessed_nouns_that_name_no_deed_make_no_event(code: Code) -> None:
    assert code("Russia's economy and its army grew in the 2000s.") == []


# (2) The past deed of an adverbial clause of time, also with no target.
@pytest.mark.parametrize(
    ("text", "main", "subordinate"),
    [
        (
            "When Russia refused to extend the grain deal in July 2023, Ukraine accused Moscow of using food as a"
            " weapon.",
            ("ACCUSE", "UKR", "RUS"),
            ("REJECT", "RUS", "2023-07"),
        ),
        (
            "When Iran refused to suspend enrichment, the Security Council imposed sanctions on Tehran in 2006.",
            ("SANCTION", "IGO-UNSC", "IRN"),
            ("REJECT", "IRN", "2006"),
        ),
        (
            # (with a target it was kept before too)
            "After Serbia refused to recognise Kosovo's independence in 2008, Belgrade recalled its ambassadors"
            " from several capitals.",
            ("SANCTION", "SRB", None),
            ("REJECT", "SRB", "2008"),
        ),
    ],
)
def test_clauses_past_deed_of_an_adverbial_clause_is_its_own_event(
    code: Code,
    text: str,
    main: tuple[str, str, str | None],
    subordinate: tuple[str, str, str],
) -> None:
    events = code(text)
    assert _found(events, *main), events
    kind, source, date = subordinate
    found = _found(events, kind, source)
    assert found, events
    assert found[0].modality == "asserted", found
    assert (found[0].date or "").startswith(date), found


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        # a condition, an exception and a clause in the future state no deed done
        (
            "If Iran refuses to suspend enrichment, the Council will impose sanctions on Tehran.",
            "REJECT",
            "IRN",
        ),
        ("Unless Armenia withdraws its troops, Azerbaijan will launch an offensive.", "RETREAT", "ARM"),
        ("If Israeli strikes on Iran continue, Tehran will respond.", "ASSAULT", "ISR"),
    ],
)
def test_clauses_deed_of_a_condition_stays_out_of_the_asserted_record(
    code: Code, text: str, kind: str, source: str
) -> None:
    assert not [e for e in _found(code(text), kind, source) if e.modality == "asserted"], code(text)


# (5) A deed noun after "months of": the nationality or the group named on it is the doer.
@pytest.mark.parametrize(
    ("text", "main", "deed"),
    [
        (
            "After months of Houthi attacks on ships in the Red Sea, the United States struck Yemen in January"
            " 2024.",
            ("ASSAULT", "USA", "YEM"),
            ("ASSAULT", "YEM"),
        ),
        (
            "After years of Syrian shelling across the border, Turkey sent troops into northern Syria.",
            ("MOBILIZE", "TUR", "SYR"),
            ("ASSAULT", "SYR"),
        ),
        (
            "After days of Russian shelling, Ukrainian forces left Bakhmut in May 2023.",
            ("RETREAT", "UKR", None),
            ("ASSAULT", "RUS"),
        ),
        (
            # (with a target it was kept before too)
            "After weeks of Azerbaijani shelling of Armenian villages, Yerevan appealed to Moscow for help.",
            ("REQUEST", "ARM", "RUS"),
            ("ASSAULT", "AZE"),
        ),
    ],
)
def test_clauses_deed_noun_after_a_span_of_time_is_its_doers_event(
    code: Code, text: str, main: tuple[str, str, str | None], deed: tuple[str, str]
) -> None:
    events = code(text)
    assert _found(events, *main), events
    found = _found(events, *deed)
    assert found and found[0].modality == "asserted", events


# (7) A claim by an organisation's experts set against another clause is the organisation's accusation; the
# claimed deed is its content, not a fact.
@pytest.mark.parametrize(
    ("text", "source", "target", "claimed"),
    [
        (
            "Syria denied using chemical weapons, despite reports by OPCW investigators that its air force had"
            " dropped chlorine on Douma.",
            "IGO-OPCW",
            "SYR",
            "dropped",
        ),
        (
            "Syria denied the attack, despite reports by OPCW investigators that a helicopter flown by its air"
            " force had dropped chlorine on Douma.",
            "IGO-OPCW",
            "SYR",
            "dropped",
        ),
        (
            "Russia denied any role in the poisoning, despite reports by OPCW experts that Navalny had been"
            " poisoned with a Novichok agent.",
            "IGO-OPCW",
            "RUS",
            "poisoned",
        ),
        (
            # (no denial: a claim with a clause of its own is its owner's accusation all the same)
            "North Korea continued its missile tests despite reports by UN experts that North Korean hackers had"
            " stolen cryptocurrency to pay for them.",
            "IGO-UN",
            "PRK",
            "stolen",
        ),
        (
            # (a denial with a named doer was coded before too)
            "Iran denied arming the Houthis, despite repeated reports by experts of the United Nations that"
            " Iranian missiles had reached Yemen.",
            "IGO-UN",
            "IRN",
            "reached",
        ),
    ],
)
def test_clauses_claim_by_an_organisations_experts_is_its_accusation(
    code: Code, text: str, source: str, target: str, claimed: str
) -> None:
    events = code(text)
    assert _found(events, "ACCUSE", source, target), events
    assert not [e for e in events if e.trigger.startswith(claimed) and e.modality == "asserted"], events


def test_clauses_claim_clause_hung_on_the_claimant_is_the_claims_content(token_of: Finder) -> None:
    # the parser hangs the clause on "monitors" as a relative clause, with "that" as a second subject
    text = (
        "Russia denied striking the hospital, despite reports by UN monitors that missiles launched by Russian"
        " forces had hit it."
    )
    found = contested_claim(token_of(text, "reports"))
    assert found is not None
    assert found[1] is not None and found[1].text == "hit"
