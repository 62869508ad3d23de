"""Talk-family readings, thirty-second session (talk22; issue 9).

Ultimatums whose alternative is not "or face ...": what the party told would lose, forfeit or risk, what it would see
done, a passive alternative and a bare "or else" make a demand a threat with a deadline (139). Two parties that talk
about or over a matter consult (040); a party named in the topic phrase is no partner, and one speaker talking about a
topic consults no one. A halt, a pause or an end called, ordered or announced to an offensive is de-escalation (087),
never a telephone call. A court that strikes down the core of an act, or annuls an election or a dismissal, rejects
it; a chamber that votes down a bill "to <do something>" rejects the bill and intends nothing. Each checked through the
real pipeline on sentences written for these tests (true statements about real events), with look-alikes that keep
their reading.
"""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Adolf Hitler told the Czech president to sign away his country's independence or see Prague bombed.",
            "DEU",
            "CZE",
        ),
        (
            "Washington told Israel to withdraw from Gaza and Sharm el-Sheikh or risk United Nations sanctions.",
            "USA",
            "ISR",
        ),
        (
            "NATO told the Bosnian Serbs to pull their heavy guns back from Sarajevo or be bombed.",
            "IGO-NATO",
            None,
        ),
        ("The Allies told Germany to sign the peace treaty or else.", None, "DEU"),
        (
            "Ronald Reagan told the striking air traffic controllers to return to work within 48 hours or lose "
            "their jobs.",
            "USA",
            None,
        ),
        (
            "The International Olympic Committee told South Africa to end racial discrimination in sport or "
            "forfeit its place at the Tokyo Games.",
            None,
            "ZAF",
        ),
    ],
)
def test_ultimatum_with_another_alternative(
    code: Code, text: str, source: str | None, target: str | None
) -> None:
    some_event(code, text, "THREATEN", "139", source, target, absent=("REQUEST",))


@pytest.mark.parametrize(
    "text",
    [
        "Britain asked France to join the conference or send an observer.",
        "Washington told Seoul to buy American rice or lower its tariffs on American beef.",
    ],
)
def test_alternative_deeds_stay_a_demand(code: Code, text: str) -> None:
    some_event(code, text, "REQUEST", None, None, None, absent=("THREATEN",))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Egypt and Israel talked about the Sinai at Ismailia.", "EGY ISR"),
        ("The Indian and Pakistani leaders talked about Kashmir in Tashkent.", "IND PAK"),
        ("Japan and South Korea talked over their fishing dispute in Tokyo.", "JPN KOR"),
    ],
)
def test_two_parties_talking_about_a_matter_consult(code: Code, text: str, source: str) -> None:
    some_event(code, text, "CONSULT", "040", source, "")


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # the topic of talks is no partner
        (
            "The British prime minister talked with the Soviet leader about Berlin during his visit to Moscow.",
            "CONSULT",
            None,
            "GBR",
            "RUS",
            (),
        ),
        # a call to a leader stays a phone call
        ("Ronald Reagan called Margaret Thatcher.", "CONSULT", "041", "USA", "GBR", ()),
        # forces assailing a position still attack
        (
            "Russian troops assailed the Ukrainian positions at Bakhmut.",
            "ASSAULT",
            None,
            "RUS",
            "UKR",
            ("ACCUSE",),
        ),
        # peacekeepers sent stay aid
        ("The United Nations sent a peacekeeping mission to Cyprus.", "AID", "074", "IGO-UN", "CYP", ()),
        # ultimatum risking a loss
        (
            "The European Commission told Poland to shelve its overhaul of the Supreme Court or risk losing its voting "
            "rights in the Union.",
            "THREATEN",
            "139",
            None,
            "POL",
            ("REQUEST",),
        ),
        # two people of one country talking consult
        (
            "Nelson Mandela and F. W. de Klerk talked about ending the political violence in the townships.",
            "CONSULT",
            "040",
            "ZAF",
            "",
            ("RETREAT",),
        ),
        # proclaimed force is a threat
        (
            "Germany proclaimed in January 1917 that any ship entering the war zone would be sunk.",
            "THREATEN",
            None,
            "DEU",
            None,
            (),
        ),
        # troops withdrawn stay a retreat
        ("Russia withdrew its troops from Syria.", "RETREAT", None, "RUS", "SYR", ("REJECT",)),
        # crowd protesting before a building demonstrates
        (
            "Thousands of Serbs protested before the parliament in Belgrade.",
            "PROTEST",
            None,
            None,
            None,
            ("ACCUSE",),
        ),
    ],
)
def test_talk22_thirtysecond_readings(
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
    "text",
    [
        "Ernest Rutherford talked about the structure of the atom to a Manchester society.",
        "Vladimir Putin talked about Ukraine at his annual news conference.",
    ],
)
def test_one_speaker_talking_about_a_topic_consults_no_one(code: Code, text: str) -> None:
    no_event(code, text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Richard Nixon called a halt to the bombing, mining and shelling of North Vietnam.", "USA", "VNM"),
        ("NATO ordered a halt to its air strikes on Yugoslavia.", "IGO-NATO", "SRB"),
        ("The United States announced a pause in its air strikes on Iraq.", "USA", "IRQ"),
    ],
)
def test_halt_called_to_an_offensive_is_de_escalation(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "RETREAT", "087", source, target, absent=("CONSULT", "REQUEST"))


def test_halt_called_to_other_deeds_is_no_phone_call(code: Code) -> None:
    no_event(code, "The Soviet Union called a halt to its nuclear tests.", "CONSULT")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The U.S. Supreme Court struck down the core of Franklin Roosevelt's National Industrial Recovery Act.",
            "USA",
            "USA",
        ),
        ("Kenya's Supreme Court annulled Uhuru Kenyatta's re-election.", "KEN", "KEN"),
        (
            "Pakistan's Supreme Court overturned Pervez Musharraf's suspension of the chief justice.",
            "PAK",
            "PAK",
        ),
        (
            "Japan's upper house voted down Junichiro Koizumi's bills to privatise the post office.",
            "JPN",
            "JPN",
        ),
    ],
)
def test_same_country_rejection(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "REJECT", "120", source, target, absent=("ASSAULT", "COERCE", "AGREE"))


@pytest.mark.parametrize(
    ("text", "plover", "target"),
    [
        ("Egypt served notice on Britain that it was tearing up their 1936 treaty.", "REJECT", "GBR"),
        ("Israel gave notice to UNESCO that it would leave the organisation.", "SANCTION", "IGO-UNESCO"),
        (
            "The Soviet Union served notice on Japan that it would not renew their neutrality pact.",
            "REJECT",
            "JPN",
        ),
    ],
)
def test_party_served_notice_is_the_target(code: Code, text: str, plover: str, target: str) -> None:
    some_event(code, text, plover, None, None, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey rounded on Israel over the war in Gaza.", "TUR", "ISR"),
        ("China excoriated Japan over its history textbooks.", "CHN", "JPN"),
        ("The Soviet Union scoffed at Ronald Reagan's Strategic Defense Initiative.", "RUS", "USA"),
        ("The Security Council took Israel to task over its raid on Beirut airport.", "IGO-UNSC", "ISR"),
    ],
)
def test_criticism_in_other_wordings(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "ACCUSE", "111", source, target, absent=("COOPERATE",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The United States sent Henry Kissinger to Beijing on a secret mission.", "USA", "CHN"),
        ("Pope Francis sent Cardinal Matteo Zuppi to Moscow on a peace mission.", "VAT", "RUS"),
    ],
)
def test_person_sent_on_a_mission_is_an_envoy(code: Code, text: str, source: str, target: str) -> None:
    some_event(code, text, "CONSULT", "042", source, target, absent=("AID",))


@pytest.mark.parametrize(
    "text",
    [
        "Jimmy Carter dispatched Cyrus Vance to Moscow with new arms proposals.",
        "Franklin Roosevelt sent Harry Hopkins to Moscow to meet Joseph Stalin.",
    ],
)
def test_person_a_leader_sends_to_a_capital_is_an_envoy(code: Code, text: str) -> None:
    some_event(code, text, "CONSULT", "042", "USA", "RUS", absent=("AID",))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The United States withdrew its signature from the Rome Statute.", "USA"),
        ("Russia withdrew its ratification of the Comprehensive Nuclear-Test-Ban Treaty.", "RUS"),
    ],
)
def test_acceptance_withdrawn_is_a_rejection(code: Code, text: str, source: str | None) -> None:
    some_event(code, text, "REJECT", "120", source, None, absent=("RETREAT",))


@pytest.mark.parametrize(
    ("text", "code_", "source", "target"),
    [
        (
            "Germany promised in September 1915 that its submarines would no longer sink passenger liners without "
            "warning.",
            "0356",
            "DEU",
            None,
        ),
        (
            "John F. Kennedy promised Nikita Khrushchev that the United States would not invade Cuba.",
            "0356",
            "USA",
            "RUS",
        ),
        ("The Soviet Union pledged never to be the first to use nuclear weapons.", None, "RUS", None),
    ],
)
def test_force_forsworn_is_an_intention_to_de_escalate(
    code: Code, text: str, code_: str | None, source: str, target: str | None
) -> None:
    some_event(code, text, "AGREE", code_, source, target, absent=("THREATEN", "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it would not hesitate to use nuclear weapons.",
        "North Korea vowed to strike Seoul.",
    ],
)
def test_force_not_forsworn_stays_a_threat(code: Code, text: str) -> None:
    some_event(code, text, "THREATEN", None, None, None, absent=("AGREE",))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Ethiopia protested before the League of Nations Council that Italy was preparing to invade.",
            "ETH",
            "ITA",
        ),
        (
            "Cuba protested before the U.N. Security Council that the United States was preparing an invasion of "
            "the island.",
            "CUB",
            "USA",
        ),
        ("Mexico protested to Washington that American agents had kidnapped a Mexican doctor.", "MEX", "USA"),
    ],
)
def test_protest_before_or_to_a_body_charges_the_doer(
    code: Code, text: str, source: str, target: str
) -> None:
    some_event(code, text, "ACCUSE", "114", source, target, absent=("MOBILIZE", "ASSAULT"))
