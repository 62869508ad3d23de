"""Property-based test of the API parameters: whatever a client sends, the answer is JSON with a
2xx or 4xx status, never a server error."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .conftest import Client

pytestmark = pytest.mark.fuzz

_client: dict[str, Client] = {}

VALUES = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(
        ["ARM", "ARM:AZE", "2021-01-01", "asserted", "all", "ASSAULT", "-5", "0", "1e9", "'; --"]
    ),
)
PARAMS = ["actor", "dyad", "since", "until", "modality", "outlet", "event", "article", "q", "limit",
          "offset", "window", "min_events", "max_edges", "token", "unknown"]  # fmt: skip
PATHS = [
    "/api/events",
    "/api/dyads",
    "/api/blocs",
    "/api/graph",
    "/api/actors",
    "/api/search",
    "/api/outlets",
]


@given(st.sampled_from(PATHS), st.dictionaries(st.sampled_from(PARAMS), VALUES, max_size=5))
def test_api_fuzz_parameters_never_cause_a_server_error(
    client: Client, path: str, params: dict[str, str]
) -> None:
    r = client.get(path + ("?" + urlencode(params) if params else ""))
    assert r.status_code in (200, 400, 404, 422), (path, params, r.text)
    r.json()
