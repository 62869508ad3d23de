"""A protest's doers carrying a participle with a "by" phrase: only a participle of feeling ("angered by",
"enraged by") names what they answer; an encourager's or a backer's "by" phrase names no target (review37's
finding on parties.grievance_party; thirty-seventh session, lead; roles.json `grievance_by_participles`)."""

from __future__ import annotations

from .helpers import Code, parties_of_type


def test_an_encouragers_by_phrase_names_no_target(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In January 2019 thousands of Venezuelans encouraged by the United States marched through Caracas."
        ),
        "PROTEST",
    )
    assert sources == {"VEN"} and "USA" not in targets, (sources, targets)


def test_a_participle_of_feeling_still_names_the_target(code: Code) -> None:
    sources, targets = parties_of_type(
        code(
            "In September 2012 thousands of Egyptians angered by an American film that mocked the Prophet "
            "Mohammad marched through Cairo."
        ),
        "PROTEST",
    )
    assert sources == {"EGY"} and targets == {"USA"}, (sources, targets)
