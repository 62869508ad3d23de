"""Talk-family readings, twenty-ninth session (talk19; issue 9).

A court that holds that land belongs to one party and, in a participle set off after the holding, rejects, dismisses
or turns down another party's claim rejects that claim (120, the claimant its target; the parser hangs the participle
on the held clause, which a court's holding otherwise keeps from being read as news); land awarded by a court names
no party found liable (no 116); a treaty, an accord or a convention told as the means by which parties closed, ended
or sealed something, bound themselves by, divided or carved up land in, or entered into is its signing (057, rule 4.2); a draft, a resolution or a call shot down, killed or blocked is rejected
(12x), not an attack or a blockade. Each checked through the real pipeline on sentences written for these tests (true
statements about real events), with look-alikes that keep their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The International Court of Justice ruled that Pedra Branca belonged to Singapore, rejecting Malaysia's"
            " claim to the island.",
            "MYS",
        ),
        (
            "The World Court decided that the Sipadan and Ligitan islands were Malaysian, dismissing Indonesia's claim.",
            "IDN",
        ),
        (
            "The International Court of Justice awarded the Bakassi peninsula to Cameroon, turning down Nigeria's claim.",
            "NGA",
        ),
    ],
)
def test_court_disposing_of_a_claim_after_its_holding(code: Code, text: str, target: str) -> None:
    some_event(code, text, "REJECT", "120", None, target, absent=("ACCUSE",))


def test_participle_of_the_deed_held_stays_in_the_holding(code: Code) -> None:
    no_event(
        code,
        "The tribunal ruled that the rebels had shelled the town, killing dozens of civilians.",
        "REJECT",
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Peru and Ecuador ended their long border quarrel with a peace accord reached in Brasilia.",
            "PER ECU",
        ),
        (
            "Chile and Argentina closed their Beagle Channel dispute with a treaty of peace and friendship.",
            "CHL ARG",
        ),
        (
            "Britain and France divided the Ottoman Arab lands into zones of influence under the Sykes-Picot Agreement.",
            "GBR FRA",
        ),
        ("Egypt and Israel bound themselves to peace in a treaty concluded at the White House.", "EGY ISR"),
    ],
)
def test_treaty_told_without_signed(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "SUPPORT", "057", source, None)


def test_cooperation_ended_with_a_pact_is_no_signing(code: Code) -> None:
    no_event(code, "Hungary ended its military cooperation with the Warsaw Pact.", "SUPPORT")


@pytest.mark.parametrize(
    "text",
    [
        "Russia shot down a Security Council draft on the Srebrenica massacre.",
        "China and Russia killed a Security Council resolution on Myanmar.",
        "The Soviet Union blocked a Security Council call for a ceasefire.",
        "The United States blocked with its veto a draft demanding an end to the Gaza blockade.",
    ],
)
def test_draft_shot_down_or_killed_is_rejected(code: Code, text: str) -> None:
    some_event(code, text, "REJECT", None, None, None, absent=("ASSAULT", "PROTEST"))


def test_drone_shot_down_stays_an_attack(code: Code) -> None:
    no_event(code, "Ukrainian air defences shot down a Russian drone over Kyiv.", "REJECT")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Serbia flew Radovan Karadzic to the war crimes tribunal in The Hague.", None),
        ("Croatia sent two indicted generals to the war crimes tribunal in The Hague.", None),
    ],
)
def test_persons_sent_to_a_tribunal_are_judicial_cooperation(
    code: Code, text: str, target: str | None
) -> None:
    some_event(code, text, "COOPERATE", "063", None, target, absent=("CONSULT", "RETREAT"))


def test_argument_thrown_out_is_rejected(code: Code) -> None:
    some_event(
        code,
        "The World Court threw out Colombia's argument that the treaty had settled the sea border.",
        "REJECT",
        "120",
        None,
        "COL",
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hugo Chavez called George W. Bush a donkey in a televised speech.", "VEN", "USA"),
        ("Ronald Reagan called Muammar Gaddafi a mad dog at a news conference.", "USA", "LBY"),
        ("Fidel Castro called the Cuban exiles in Miami worms.", "CUB", None),
    ],
)
def test_animals_of_abuse_are_name_calling(code: Code, text: str, source: str, target: str | None) -> None:
    some_event(code, text, "ACCUSE", "111", source, target)


def test_calling_ones_dog_is_no_event(code: Code) -> None:
    no_event(code, "The farmer called his dog.")


def test_court_holding_a_party_answerable_finds_it_liable(code: Code) -> None:
    some_event(
        code,
        "The International Court of Justice held that Albania was answerable for the damage the mines did to British"
        " warships.",
        "ACCUSE",
        "116",
        None,
        "ALB",
    )


def test_court_order_overturned_is_rejected(code: Code) -> None:
    some_event(
        code,
        "The U.S. Supreme Court overturned the Florida Supreme Court's order for a statewide recount.",
        "REJECT",
        "120",
        "USA",
        None,
        absent=("COERCE",),
    )


def test_conviction_overturned_is_no_rejection(code: Code) -> None:
    no_event(code, "The court overturned his conviction for fraud.", "REJECT")


def test_court_finding_a_party_to_blame_finds_it_liable(code: Code) -> None:
    some_event(
        code,
        "The European Court of Human Rights found Russia to blame for the poisoning of Alexander Litvinenko.",
        "ACCUSE",
        "116",
        None,
        "RUS",
    )


def test_inquiry_finding_pilots_to_blame_is_no_judgement(code: Code) -> None:
    no_event(code, "An inquiry found the pilots to blame for the crash.", "ACCUSE")


def test_deed_named_in_a_courts_holding_is_its_ruling_content(code: Code) -> None:
    some_event(
        code,
        "Only Parliament could start Britain's exit from the European Union, Britain's Supreme Court ruled in 2017,"
        " rejecting the government's argument that ministers could act alone.",
        "REJECT",
        "120",
        None,
        None,
        absent=("COOPERATE", "THREATEN", "ASSAULT", "FIGHT"),
    )
