"""Review of the twenty-ninth session's readings (review30; issue 9).

talk19's 057 entries read a treaty, an accord or a deal told as the means by which parties closed, ended or sealed
something as its signing ("Russia and Japan closed their war with the Treaty of Portsmouth"). Without a constraint on
what was closed, a party leaving a treaty, a withdrawal done under a deal or troops committed under a treaty read as a
signing too. What is ended must be a strife between the parties, what is sealed a bond, and the parties bind
themselves; carving up or dividing under a treaty needs two parties. Sentences written for these tests (true
statements about real events).
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    "text",
    [
        "The United States ended its participation in the INF Treaty in 2019.",
        "Russia ended its membership in the Open Skies Treaty in 2021.",
        "Soviet forces concluded their pullout from Afghanistan under the Geneva Accords in 1989.",
        "Australia committed troops to South Vietnam in 1965 under the SEATO treaty.",
        "Sudan split into two states in 2011 under the peace agreement that ended its civil war.",
    ],
)
def test_leaving_or_carrying_out_a_treaty_is_no_signing(code: Code, text: str) -> None:
    no_event(code, text, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # withdrawal finished under a deal stays a withdrawal
        (
            "The United States finished its troop withdrawal from Afghanistan under the Doha agreement in 2021.",
            "RETREAT",
            None,
            "USA",
            None,
            ("SUPPORT",),
        ),
        # government annulling its own decree stays a concession
        (
            "Ecuador's President Lenin Moreno annulled his decree ending fuel subsidies in 2019.",
            "CONCEDE",
            "0832",
            "ECU",
            None,
            ("REJECT",),
        ),
    ],
)
def test_review30_thirtieth_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia and Ukraine ended their gas dispute with a deal in January 2009.", "RUS UKR"),
        ("France and Germany sealed their friendship with the Treaty of Aachen in 2019.", "FRA DEU"),
        ("Germany and the Soviet Union partitioned Poland under a secret protocol in 1939.", "DEU RUS"),
    ],
)
def test_strife_ended_or_bond_sealed_with_a_treaty_is_its_signing(code: Code, text: str, source: str) -> None:
    some_event(code, text, "SUPPORT", "057", source, None)


@pytest.mark.parametrize(
    ("text", "cameo", "source", "target"),
    [
        (
            "The United States held Iran to blame for the attacks on two tankers in the Gulf of Oman in 2019.",
            "112",
            "USA",
            "IRN",
        ),
        (
            "Britain held Russia to blame for the poisoning of Sergei Skripal in Salisbury.",
            "112",
            "GBR",
            "RUS",
        ),
        (
            "The European Court of Human Rights found Turkey to blame for the destruction of Kurdish villages.",
            "116",
            None,
            "TUR",
        ),
        (
            "The Dutch Supreme Court found the Netherlands partly to blame for the deaths of 350 Muslim men at"
            " Srebrenica in 2019.",
            "116",
            None,
            "NLD",
        ),
    ],
)
def test_party_held_or_found_to_blame_is_blamed_not_blaming(
    code: Code, text: str, cameo: str, source: str | None, target: str
) -> None:
    # ("held Iran to blame" as "held Iran responsible": the party before the infinitive is blamed; main read it
    # as the one blaming, ACCUSE 112 with Iran as its source and no target)
    events = some_event(code, text, "ACCUSE", cameo, source, target)
    assert not any(target in {a.code for a in e.source} and not e.target for e in events), events


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pakistan's Supreme Court struck down the reconciliation ordinance in 2009.", "PAK"),
        ("India's Supreme Court struck down the electoral bonds scheme.", "IND"),
        ("Uganda's Constitutional Court struck down the Anti-Homosexuality Act.", "UGA"),
        ("Pakistan's Supreme Court overturned the reconciliation ordinance in 2009.", "PAK"),
        ("A Turkish court overturned the ban on Wikipedia in 2019.", "TUR"),
    ],
)
def test_court_striking_down_or_overturning_a_law_rejects_it(code: Code, text: str, source: str) -> None:
    # (talk19's 120 line read only orders, rulings and decisions struck down; a law, an act, an ordinance, a scheme
    # or a ban struck down read ASSAULT 190, overturned COERCE 171)
    some_event(code, text, "REJECT", "120", source, None, absent=("ASSAULT", "COERCE"))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ukraine said Russia was to blame for the blast at the dam in 2023.", "UKR", "RUS"),
        (
            "The United States said Iran was to blame for the attacks on two tankers in the Gulf of Oman in 2019.",
            "USA",
            "IRN",
        ),
        ("Kosovo's president said Serbia was to blame for the violence in the north in 2023.", "XKX", "SRB"),
    ],
)
def test_party_said_to_be_to_blame_is_accused_by_the_speaker(
    code: Code, text: str, source: str, target: str
) -> None:
    # (main read the infinitive as the party's own intended blaming: ACCUSE 112 RUS-> with no target)
    some_event(code, text, "ACCUSE", "112", source, target)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # weather to blame accuses no one
        ("Officials said the weather was to blame for the crash.", "ACCUSE"),
        # court ruling on a claim is no ruler rule
        (
            "The International Court of Justice ruled in July 2023 on Nicaragua's claim against Colombia.",
            "COOPERATE",
        ),
    ],
)
def test_review30_thirtieth_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


# talk19's entries that no test guarded (each case below fails with its entry taken out of verbs.txt, checked one
# entry at a time; they pass on main): 'enter into' a treaty, a call killed (the non-Council line), a conflict ended
# 'with the signing of' an accord, a draft stopped 'with a veto', a decision struck down, a court's 'ruled' (no 060)
@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "absent"),
    [
        ("Germany and Italy entered into the Pact of Steel in 1939.", "SUPPORT", "057", "DEU ITA", ()),
        (
            "The United States killed a Brazilian call for humanitarian pauses in Gaza in October 2023.",
            "REJECT",
            "120",
            "USA",
            ("ASSAULT",),
        ),
        (
            "Indonesia and the Free Aceh Movement ended their conflict with the signing of a peace accord in Helsinki"
            " in 2005.",
            "SUPPORT",
            "057",
            "IDN",
            (),
        ),
        (
            "China and Russia stopped with their vetoes a draft on Myanmar in 2007.",
            "REJECT",
            "129",
            "CHN RUS",
            (),
        ),
        (
            "Britain's Supreme Court struck down the government's decision to suspend parliament in 2019.",
            "REJECT",
            "120",
            "GBR",
            ("ASSAULT",),
        ),
    ],
)
def test_talk19_entries_each_read_their_own_sentence(
    code: Code, text: str, plover: str, cameo: str, source: str, absent: tuple[str, ...]
) -> None:
    some_event(code, text, plover, cameo, source, None, absent=absent)
