"""/outlets writes who says a disagreement's sentence as every other view does (report36, issue 10).

Its quotes printed the attribution's raw text: "(according to He)" on the examples, where the evidence
tables write "Armenia (“He”)" (`wording.who_says`: a pronoun gives way to the actor it was coded to).
"""

from __future__ import annotations

import re

from realpolitik.wording import SPEAKER_PRONOUNS

from .conftest import get


def test_outlets_quotes_never_name_a_bare_pronoun(example_server: str) -> None:
    html = get(example_server + "/outlets").text
    said = re.findall(r"\(claimed by (.*?)\)</span>", html)
    assert said, "the examples' disagreements quote attributed sentences"
    bare = [w for w in said if w.strip().casefold() in SPEAKER_PRONOUNS]
    assert not bare, bare
    assert any("(“" in w for w in said), said  # a pronoun written beside the actor it stands for


def test_outlets_quotes_each_say_who_claims_them(example_server: str) -> None:
    """(report41) every quote says who claims it: the speaker or a verbal attack's source in brackets, or the
    outlet's own account in the link to its article."""
    html = get(example_server + "/outlets").text
    quotes = re.findall(r'<ul class="quotes">(.*?)</ul>', html, flags=re.S)
    items = [li for q in quotes for li in re.findall(r"<li>(.*?)</li>", q, flags=re.S)]
    assert items
    unsaid = [li for li in items if "(claimed by " not in li and "’s own account, " not in li]
    assert not unsaid, unsaid[:3]
    assert any("’s own account, " in li for li in items) and any("(claimed by " in li for li in items)
