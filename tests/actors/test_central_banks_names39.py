"""Central banks by name (names39, issue 9, thirty-ninth session).

bodies.json's central banks of the states most in the news: the state's code, sector GOV (the sets code "the Bank
of England" GBR GOV, "China's central bank" CHN GOV, like the Federal Reserve). Before, "the Bank of England" was
GBR BUS (the word "bank") and "the Bundesbank" nothing, so that "Mr Schlesinger, the Bundesbank president" (1992)
went to James Schlesinger, the American defence secretary of 1973-75: a listed namesake out of office on the date now
gives way to a description that names the Bundesbank.
"""

from __future__ import annotations

import pytest

from .helpers import Resolve


@pytest.mark.parametrize(
    ("date", "text", "name", "code"),
    [
        ("2008-10-08", "The Bank of England cut interest rates by half a point.", "Bank of England", "GBR"),
        ("1923-11-01", "The Reichsbank printed money as the mark collapsed.", "Reichsbank", "DEU"),
        ("2015-08-11", "The People's Bank of China devalued the yuan.", "People's Bank of China", "CHN"),
        (
            "1992-09-15",
            "Mr Schlesinger, the Bundesbank president, refused to cut interest rates.",
            "Schlesinger",
            "DEU",
        ),
    ],
)
def test_central_banks(actors: Resolve, date: str, text: str, name: str, code: str) -> None:
    found = [(m.code, m.sector) for m in actors(text, date) if name in m.text]
    assert found and all(f == (code, "GOV") for f in found), found
