"""Talk coded as the speech act when its content is only judged, threatened on a condition or told as background,
forty-third session (frames43, issue 9): a speaker's verdict told as a copula whose predicate condemns ("said X's
annexation of Y was illegal", a fronted "X's annexation is null and void, the Council declared"), a naming whose name
condemns where the parser hung the name on the deed, regret at another party's deed (not one's own), the doers of a
relative clause on what is deplored, and what the speaker's own side "would have to" do on a condition (a threat, not
a demand). Look-alikes: a verdict of praise or under a modal, regret for one's own deeds. Sentences written
for these tests, true statements about real events, coded through the real pipeline."""

from __future__ import annotations

import pytest

from .helpers import Code, no_event, some_event


@pytest.mark.parametrize(
    ("text", "source", "target", "absent"),
    [
        # a "that" clause whose copula condemns the deed of a possessive
        (
            "The European Union said in March 2014 that Russia's annexation of Crimea was illegal.",
            "IGO-EU",
            "RUS",
            "COERCE",
        ),
        # the deed's doer named by a country's adjective
        (
            "Turkey said in November 2015 that the Russian bombing of Turkmen villages in northern Syria was unacceptable.",
            "TUR",
            "RUS",
            "ASSAULT",
        ),
        # the reported clause fronted, the speaker last
        (
            "Iraq's annexation of Kuwait is null and void, the Security Council declared in August 1990.",
            "IGO-UNSC",
            "IRQ",
            "COERCE",
        ),
    ],
)
def test_a_verdict_that_condemns_a_partys_deed_is_criticism(
    code: Code, text: str, source: str, target: str, absent: str
) -> None:
    some_event(code, text, "ACCUSE", "111", source, target, absent=(absent,))


@pytest.mark.parametrize(
    "text",
    [
        # a verdict of praise
        "Sergei Lavrov said in May 2021 that his talks with Antony Blinken in Reykjavik had been constructive.",
        # a verdict under a modal: a warning of what would be, not a judgement of a deed done
        "President Joe Biden said in January 2022 that a further Russian invasion of Ukraine would be a disaster for Russia.",
    ],
)
def test_praise_and_modal_verdicts_are_no_criticism(code: Code, text: str) -> None:
    no_event(code, text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        # the name hung on the deed by the parser
        "Tunisia called Israel's bombing of the PLO headquarters at Hammam Chott an act of aggression in October 1985.",
        "Tunisia called Israel's bombing of the PLO headquarters at Hammam Chott a flagrant breach of its sovereignty "
        "in October 1985.",
    ],
)
def test_a_condemning_name_given_to_a_partys_deed_is_criticism_not_a_call(code: Code, text: str) -> None:
    some_event(code, text, "ACCUSE", "111", "TUN", "ISR", absent=("ASSAULT", "CONSULT"))


def test_regret_at_another_partys_deed_is_criticism_for_ones_own_an_apology(code: Code) -> None:
    some_event(
        code,
        "Japan expressed deep regret at India's nuclear tests in May 1998.",
        "ACCUSE",
        "111",
        "JPN",
        "IND",
    )
    some_event(
        code,
        "The Japanese government voiced deep regret at France's resumption of nuclear testing in the Pacific in June 1995.",
        "ACCUSE",
        "111",
        "JPN",
        "FRA",
    )
    some_event(
        code,
        "Japan expressed deep regret for its wartime conduct in August 1995.",
        "SUPPORT",
        "055",
        "JPN",
        None,
    )


@pytest.mark.parametrize(
    ("text", "plover", "cameo", "source", "target", "absent"),
    [
        # the doers of a relative clause on what is deplored are its target
        (
            "The Vatican deplored the violence with which Chinese troops cleared Tiananmen Square in June 1989.",
            "ACCUSE",
            None,
            "VAT",
            "CHN",
            ("ASSAULT", "COERCE"),
        ),
        # what the speakers side would have to do on a condition is its threat
        (
            "In September 2017 President Donald Trump told the United Nations that the United States would have to destroy "
            "North Korea totally if it were forced to defend itself.",
            "THREATEN",
            None,
            "USA",
            "PRK",
            ("REQUEST",),
        ),
    ],
)
def test_frames43_readings(
    code: Code,
    text: str,
    plover: str,
    cameo: str | None,
    source: str | None,
    target: str | None,
    absent: tuple[str, ...],
) -> None:
    some_event(code, text, plover, cameo, source, target, absent=absent)
