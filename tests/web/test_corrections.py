"""The corrections API in-process: writes change every figure, are validated and refused cross-origin.

Also the API's answers to unknown query parameters and to unknown actors or dyads.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from realpolitik.web import create_app

WRITE = {"X-Realpolitik": "1"}
SHELLING = "b2shelling000002:0"  # AZE -> ARM, ASSAULT (material conflict)
OPERATION = "e5operation00005:0"  # AZE -> XNK, ASSAULT
TOKEN = "test-token-0123456789"


class Api:
    """Synchronous requests to the ASGI app (no server); keeps the session's cookies. No timeout: httpx
    enforces none over `ASGITransport` (see `test_api.Client`)."""

    def __init__(self, **kwargs: Any):
        self.app = create_app(**kwargs)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        async def run() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return await c.request(method, url, **kwargs)

        return asyncio.run(run())

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, body: Any, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
        return self.request(
            "POST", "/api/corrections", json=body, headers=WRITE if headers is None else headers, **kwargs
        )

    def pair(self, a: str, b: str) -> dict[str, Any] | None:
        items = self.get(f"/api/dyads?actor={a}").json()["items"]
        return next((d for d in items if {d["a"], d["b"]} == {a, b}), None)


@pytest.fixture
def api(db_path: Path, tmp_path: Path) -> Api:
    return Api(db_path=db_path, corrections=tmp_path / "corrections.jsonl")


def test_corrections_reject_changes_the_dyad_of_its_pair(api: Api, tmp_path: Path) -> None:
    before = api.pair("ARM", "AZE")
    assert before is not None and before["events"] == 2 and before["quad_counts"] == [1, 0, 0, 1]
    r = api.post({"event_id": SHELLING, "action": "reject", "note": "a report of shelling, denied by Baku"})
    assert r.status_code == 201, r.text
    stored = r.json()
    assert stored["action"] == "reject" and stored["applies_to"] == [SHELLING] and stored["user"] is None
    assert stored["note"] == "a report of shelling, denied by Baku" and stored["time"].endswith("Z")
    after = api.pair("ARM", "AZE")
    assert after is not None and after["events"] == 1 and after["net"] == 1.0
    body = api.get("/api/dyads").json()
    assert body["corrections"]["summary"].startswith("corrections applied (1: 1 rejected")
    # kept apart: one JSON line in the corrections file, keyed by article hash, span and coded fields
    lines = (tmp_path / "corrections.jsonl").read_text().splitlines()
    assert len(lines) == 1
    line = json.loads(lines[0])
    assert line["article_id"] == "b2shelling000002" and line["coded"]["event"] == "ASSAULT"
    assert line["evidence"]["start"] == 0
    # the events list marks the row and the dyad page says corrections are applied
    rows = api.get("/api/events?dyad=ARM:AZE").json()["items"]
    assert {e["id"]: e["correction"] for e in rows}[SHELLING] == "reject"
    page = api.get("/dyad/ARM/AZE").text
    assert "corrections applied (1: 1 rejected, 0 recoded)" in page and "corrected-reject" in page


def test_corrections_recode_moves_an_event_and_restore_withdraws(api: Api) -> None:
    r = api.post({"event_id": OPERATION, "action": "recode", "target": ["Armenia"], "event": "COERCE"})
    assert r.status_code == 201, r.text
    assert r.json()["corrected"]["target"][0]["code"] == "ARM"
    pair = api.pair("ARM", "AZE")
    assert pair is not None and pair["events"] == 3
    assert api.pair("AZE", "XNK") is None
    graph = api.get("/api/graph").json()
    assert graph["corrections"]["applied"] == 1
    listing = api.get("/api/corrections").json()
    assert listing["enabled"] and [i["applies_to"] for i in listing["items"]] == [OPERATION]
    assert api.post({"event_id": OPERATION, "action": "restore"}).status_code == 201
    assert api.pair("AZE", "XNK") is not None and api.get("/api/corrections").json()["items"] == []


def test_corrections_survive_a_restart(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    assert (
        Api(db_path=db_path, corrections=path).post({"event_id": SHELLING, "action": "reject"}).status_code
        == 201
    )
    again = Api(db_path=db_path, corrections=path)
    pair = again.pair("ARM", "AZE")
    assert pair is not None and pair["events"] == 1


def test_corrections_refused_without_a_corrections_file(db_path: Path) -> None:
    api = Api(db_path=db_path)
    r = api.post({"event_id": SHELLING, "action": "reject"})
    assert r.status_code == 409 and "--corrections" in r.json()["detail"]
    assert api.get("/api/corrections").json()["enabled"] is False
    assert api.get("/api/dyads").json()["corrections"] is None


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        ({"event_id": "nope0000:3", "action": "reject"}, 404, "no event with id 'nope0000:3'"),
        ({"action": "reject"}, 400, "event_id: expected"),
        ({"event_id": SHELLING, "action": "erase"}, 400, "action: expected one of"),
        ({"event_id": SHELLING, "action": "recode", "event": "1999"}, 400, "unknown CAMEO code"),
        ({"event_id": SHELLING, "action": "recode", "event": "HUG"}, 400, "unknown event type 'HUG'"),
        ({"event_id": SHELLING, "action": "recode", "modality": "rumoured"}, 400, "modality: unknown value"),
        (
            {"event_id": SHELLING, "action": "recode", "source": ["Narnia"]},
            400,
            "source: unknown actor 'Narnia'",
        ),
        ({"event_id": SHELLING, "action": "recode", "target": ["Armenya"]}, 400, "did you mean Armenia"),
        ({"event_id": SHELLING, "action": "reject", "weight": 2}, 400, "unknown field(s) weight"),
        (["not", "an", "object"], 400, "must be a JSON object"),
    ],
)
def test_corrections_bad_requests_get_a_message(
    api: Api, tmp_path: Path, body: Any, status: int, needle: str
) -> None:
    r = api.post(body)
    assert r.status_code == status, r.text
    assert needle in r.json()["detail"]
    assert not (tmp_path / "corrections.jsonl").exists()


@pytest.mark.parametrize(
    ("headers", "status", "needle"),
    [
        ({}, 403, "X-Realpolitik"),
        ({**WRITE, "Origin": "http://attacker.example"}, 403, "cross-origin write refused"),
        ({**WRITE, "Referer": "https://attacker.example/page"}, 403, "cross-origin write refused"),
        ({**WRITE, "Origin": "null"}, 403, "opaque origin"),
        ({**WRITE, "Origin": "http://test", "Content-Type": "text/plain"}, 415, "JSON"),
    ],
)
def test_corrections_cross_site_writes_are_refused(
    api: Api, tmp_path: Path, headers: dict[str, str], status: int, needle: str
) -> None:
    content = json.dumps({"event_id": SHELLING, "action": "reject"})
    sent = {"Content-Type": "application/json", **headers}
    r = api.request("POST", "/api/corrections", content=content, headers=sent)
    assert r.status_code == status and needle in r.json()["detail"]
    assert not (tmp_path / "corrections.jsonl").exists()
    ok = api.request(
        "POST",
        "/api/corrections",
        content=content,
        headers={**WRITE, "Origin": "http://test", "Content-Type": "application/json"},
    )
    assert ok.status_code == 201


def test_corrections_get_changes_nothing(api: Api, tmp_path: Path) -> None:
    r = api.get(f"/api/corrections?event_id={SHELLING}&action=reject")
    assert r.status_code == 400 and "unknown query parameter" in r.json()["detail"]
    assert api.get("/api/corrections").json()["items"] == []
    assert not (tmp_path / "corrections.jsonl").exists()


def test_corrections_token_mode_records_the_user_label(db_path: Path, tmp_path: Path) -> None:
    api = Api(db_path=db_path, corrections=tmp_path / "c.jsonl", token=TOKEN, token_label="analyst-1")
    assert api.post({"event_id": SHELLING, "action": "reject"}).status_code == 401
    r = api.post(
        {"event_id": SHELLING, "action": "reject"}, headers={**WRITE, "Authorization": f"Bearer {TOKEN}"}
    )
    assert r.status_code == 201 and r.json()["user"] == "analyst-1"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/api/events?format=csv", "format"),
        ("/api/dyads?actr=RUS", "actr"),
        ("/api/graph?since=2020-01-01&zoom=2", "zoom"),
        ("/api/search?q=Armenia&page=2", "page"),
        ("/api/actors/ARM?verbose=1", "verbose"),
        ("/api/outlets?x=1", "x"),
    ],
)
def test_api_unknown_query_parameter_is_a_400(db_path: Path, url: str, name: str) -> None:
    r = Api(db_path=db_path).get(url)
    assert r.status_code == 400
    detail = r.json()["detail"]
    assert f"unknown query parameter(s): {name};" in detail
    if url.startswith("/api/events"):
        assert "actor, article, dyad" in detail  # names the parameters it takes


@pytest.mark.parametrize(
    "url",
    ["/api/events?actor=XXQ", "/api/events?dyad=ARM:XXX", "/api/dyads?actor=Narnia", "/dyad/ARM/XXX", "/dyad/XXX/ARM",
     "/dyad/ARM/TUR"],
)  # fmt: skip
def test_api_unknown_actor_or_dyad_is_a_404(db_path: Path, url: str) -> None:
    r = Api(db_path=db_path).get(url)
    assert r.status_code == 404, r.text


def test_api_takes_actor_names(db_path: Path) -> None:
    api = Api(db_path=db_path)
    assert api.get("/api/dyads?actor=Armenia").json() == api.get("/api/dyads?actor=ARM").json()
    by_name = api.get("/api/events?dyad=Armenia:Azerbaijan").json()
    assert by_name == api.get("/api/events?dyad=ARM:AZE").json() and by_name["total"] == 2
    r = api.get("/api/events?actor=Armenya")
    assert r.status_code == 404 and "did you mean Armenia (ARM)" in r.json()["detail"]
