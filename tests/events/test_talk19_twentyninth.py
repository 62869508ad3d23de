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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # participle of the deed held stays in the holding
        ("The tribunal ruled that the rebels had shelled the town, killing dozens of civilians.", "REJECT"),
        # cooperation ended with a pact is no signing
        ("Hungary ended its military cooperation with the Warsaw Pact.", "SUPPORT"),
        # drone shot down stays an attack
        ("Ukrainian air defences shot down a Russian drone over Kyiv.", "REJECT"),
        # conviction overturned is no rejection
        ("The court overturned his conviction for fraud.", "REJECT"),
        # inquiry finding pilots to blame is no judgement
        ("An inquiry found the pilots to blame for the crash.", "ACCUSE"),
    ],
)
def test_talk19_twentyninth_no_event_of_the_kind(code: Code, text: str, kind: str) -> None:
    no_event(code, text, kind)


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


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # argument thrown out is rejected
        (
            "The World Court threw out Colombia's argument that the treaty had settled the sea border.",
            "REJECT",
            "120",
            None,
            "COL",
            (),
        ),
        # court holding a party answerable finds it liable
        (
            "The International Court of Justice held that Albania was answerable for the damage the mines did to British"
            " warships.",
            "ACCUSE",
            "116",
            None,
            "ALB",
            (),
        ),
        # court order overturned is rejected
        (
            "The U.S. Supreme Court overturned the Florida Supreme Court's order for a statewide recount.",
            "REJECT",
            "120",
            "USA",
            None,
            ("COERCE",),
        ),
        # court finding a party to blame finds it liable
        (
            "The European Court of Human Rights found Russia to blame for the poisoning of Alexander Litvinenko.",
            "ACCUSE",
            "116",
            None,
            "RUS",
            (),
        ),
        # deed named in a courts holding is its ruling content
        (
            "Only Parliament could start Britain's exit from the European Union, Britain's Supreme Court ruled in 2017,"
            " rejecting the government's argument that ministers could act alone.",
            "REJECT",
            "120",
            None,
            None,
            ("COOPERATE", "THREATEN", "ASSAULT", "FIGHT"),
        ),
    ],
)
def test_talk19_twentyninth_readings(
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
