"""Fuzzing the endpoints of our published OpenAPI document: no input produces a 5xx or a non-JSON error."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import TD

FORM = "application/x-www-form-urlencoded"
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture(scope="module")
def spec(td: TD) -> dict[str, Any]:
    with td.http() as http:
        document: dict[str, Any] = http.get("/openapi.json").json()
    return document


def form_operations(spec: dict[str, Any]) -> list[tuple[str, list[str]]]:
    ops = []
    for path, item in spec["paths"].items():
        body = item.get("post", {}).get("requestBody")
        if body:
            ops.append((path, list(body["content"][FORM]["schema"]["properties"])))
    return ops


def check(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/json"), response.text
        assert isinstance(response.json()["error"], str)


texts = st.text(max_size=60) | st.sampled_from(["client_credentials", "read", "read write", "jeeves", "demo-client"])


def test_spec_lists_the_oauth_endpoints(spec: dict[str, Any]) -> None:
    paths = [p for p, _ in form_operations(spec)]
    assert {"/oauth/token", "/oauth/introspect", "/oauth/revoke", "/verify_token"} <= set(paths)


def test_fuzzed_forms_never_5xx(td: TD, spec: dict[str, Any]) -> None:
    operations = form_operations(spec)
    known_names = sorted({name for _, names in operations for name in names})

    @FUZZ
    @given(op=st.sampled_from(operations),
           fields=st.dictionaries(st.sampled_from(known_names) | st.text(max_size=10), texts, max_size=6),
           auth=st.none() | st.tuples(texts, texts) | st.text(max_size=40))
    def run(op: tuple[str, list[str]], fields: dict[str, str], auth: Any) -> None:
        headers = {}
        if isinstance(auth, tuple):
            raw = f"{auth[0]}:{auth[1]}".encode("utf-8", "surrogatepass")
            headers["Authorization"] = "Basic " + base64.b64encode(raw).decode()
        elif isinstance(auth, str) and auth.isprintable() and auth.isascii():
            headers["Authorization"] = auth
        check(http.post(op[0], data=fields, headers=headers))

    with td.http() as http:
        run()


def test_fuzzed_raw_bodies_and_content_types_never_5xx(td: TD, spec: dict[str, Any]) -> None:
    paths = [p for p, _ in form_operations(spec)]

    @FUZZ
    @given(path=st.sampled_from(paths), body=st.binary(max_size=300),
           content_type=st.sampled_from([FORM, FORM + "; charset=latin-1", "application/json", "text/plain",
                                         "multipart/form-data; boundary=x", "", FORM + "; charset=utf-8"]))
    def run(path: str, body: bytes, content_type: str) -> None:
        check(http.post(path, content=body, headers={"Content-Type": content_type} if content_type else {}))

    with td.http() as http:
        run()


def test_fuzzed_admin_api_json_never_5xx(td: TD) -> None:
    headers = td.admin_headers()
    own, _ = td.new_client()  # PATCHed by the fuzzer: never a client other tests rely on
    json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                               lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                            max_size=3), max_leaves=8)

    @FUZZ
    @given(body=st.dictionaries(st.sampled_from(["client_id", "scopes", "audiences", "description", "x"]),
                                json_values, max_size=4) | json_values,
           method_path=st.sampled_from([("POST", "/admin-api/clients"), ("PATCH", f"/admin-api/clients/{own}"),
                                        ("PATCH", "/admin-api/clients/%00bad"),
                                        ("POST", "/admin-api/clients/..%2f/disable")]))
    def run(body: Any, method_path: tuple[str, str]) -> None:
        method, path = method_path
        check(http.request(method, path, json=body, headers=headers))

    with td.http() as http:
        run()
