"""Input no service can store or decode (NUL, invalid UTF-8, lone surrogates) is refused at the
boundary with 400 invalid_request, on every route, before any handler or the database sees it."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.stack

BAD_QUERY_VALUES = ["%00", "T1%00", "%ff", "%c3%28", "%ed%a0%80", "T%fe%ffX"]


def assert_invalid_request(resp: httpx.Response) -> None:
    assert resp.status_code == 400, (resp.status_code, resp.text[:300])
    assert resp.headers["content-type"].startswith("application/json")
    assert resp.json()["error"] == "invalid_request"


@pytest.mark.parametrize("value", BAD_QUERY_VALUES)
def test_undecodable_query_values_get_400_at_jeeves(jeeves: httpx.Client, value: str) -> None:
    assert_invalid_request(jeeves.get(f"/api/users?team_id={value}"))
    assert_invalid_request(jeeves.get(f"/api/usage/stats?since={value}"))


@pytest.mark.parametrize("value", ["%00", "%ff"])
def test_undecodable_query_names_get_400(jeeves: httpx.Client, value: str) -> None:
    assert_invalid_request(jeeves.get(f"/api/users?{value}=1"))


@pytest.mark.parametrize("body", [b'{"name": "a\\u0000b"}', b'{"name": "\\ud800"}',
                                  b'{"settings": {"timezone": "Europe/\\u0000"}}'])
def test_json_strings_the_database_cannot_store_get_400(jeeves: httpx.Client, body: bytes) -> None:
    resp = jeeves.patch("/api/users/1", content=body, headers={"Content-Type": "application/json"})
    assert_invalid_request(resp)


@pytest.mark.parametrize("form", [b"grant_type=client_credentials&scope=read%00", b"grant_type=%ff",
                                  b"grant_type=client_credentials&client_id=%00x&client_secret=y"])
def test_undecodable_form_fields_get_400_at_tokendealer(tokendealer: httpx.Client, form: bytes) -> None:
    resp = tokendealer.post("/oauth/token", content=form,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_invalid_request(resp)


def test_undecodable_admin_form_gets_400(jeeves: httpx.Client) -> None:
    resp = jeeves.post("/admin/login", content=b"username=adm%00in&password=%ff&csrf_token=x",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_invalid_request(resp)


def test_ids_beyond_bigint_are_not_found(jeeves: httpx.Client) -> None:
    """Found by schemathesis: the driver overflowed on 2**63 (500)."""
    resp = jeeves.get(f"/api/users/{2**63}")
    assert resp.status_code == 404 and resp.json()["error"] == "not_found"


@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
def test_json_bodies_that_are_not_utf8_get_400(jeeves: httpx.Client, content_type: str) -> None:
    """Found by schemathesis: get_json raised UnicodeDecodeError even with silent=True (500)."""
    resp = jeeves.patch("/api/users/1", content=b"\xff{", headers={"Content-Type": content_type})
    assert resp.status_code == 400 and resp.headers["content-type"].startswith("application/json")
