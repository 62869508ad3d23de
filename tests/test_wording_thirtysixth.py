"""A guest's name written in capitals on a transcript label reads as a name in every view (report36).

The examples' podcast gave "according to SOFIA RANDE" in `realpolitik evidence`, the report and the web
app's tables; the views now write "Sofia Rande", as they write a shouted masthead in title case.
"""

from __future__ import annotations

import pytest

from realpolitik.wording import who_says


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("SOFIA RANDE", "speaker", "Sofia Rande"),
        ("EMIL HART", "speaker", "Emil Hart"),
        ("JEAN-PIERRE DUVAL", "speaker", "Jean-Pierre Duval"),
        ("SEAN O'BRIEN", "speaker", "Sean O'Brien"),  # (review36: was "Sean O'brien")
        # acronyms and single words stay as written (report37: an acronym inside a label too, the rest of it
        # reads as a name or a title: "US STATE DEPARTMENT" had stayed in capitals, "IRGC COMMANDER" had read
        # "Irgc Commander")
        ("US STATE DEPARTMENT", "speaker", "US State Department"),
        ("IRGC COMMANDER", "speaker", "IRGC Commander"),
        ("NATO SPOKESMAN", "speaker", "NATO Spokesman"),
        ("FSB OFFICER", "speaker", "FSB Officer"),
        ("NATO OSCE", "speaker", "NATO OSCE"),
        ("NATO", "speaker", "NATO"),
        ("LI WEI", "speaker", "LI WEI"),
        # a courtesy's or a rank's abbreviation is a word of the name's title, no acronym (review37: "MR Smith")
        ("MR SMITH", "speaker", "Mr Smith"),
        ("LT GEN HALE", "speaker", "Lt Gen Hale"),
        ("President Vladimir Putin", "speaker", "President Vladimir Putin"),
        # a role label keeps its wording
        ("MODERATOR", "role", "the moderator (“MODERATOR”)"),
    ],
)
def test_who_says_writes_a_name_in_capitals_as_a_name(text: str, kind: str, shown: str) -> None:
    assert who_says(text, None, kind) == shown
