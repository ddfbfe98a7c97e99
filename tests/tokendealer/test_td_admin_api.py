"""/admin-api/clients: bearer token with aud "tokendealer" + scope "clients:admin"; never at the edge."""

from __future__ import annotations

import uuid

import httpx

from .conftest import TD


def test_admin_api_requires_a_token_with_the_admin_scope_and_audience(td: TD, http: httpx.Client) -> None:
    response = http.get("/admin-api/clients")
    assert response.status_code == 401 and response.json()["error"] == "invalid_token"
    assert response.headers["www-authenticate"].startswith("Bearer")
    # A normal API token (aud jeeves) is not accepted, even from a client with many scopes.
    normal = td.token()["access_token"]
    response = http.get("/admin-api/clients", headers={"Authorization": f"Bearer {normal}"})
    assert response.status_code == 401 and "audience" in response.json()["error_description"]
    # Right audience, no admin scope: 403 insufficient_scope.
    client = td.new_client(scopes="read", audiences="tokendealer")
    token = td.token(client, audience="tokendealer")["access_token"]
    response = http.get("/admin-api/clients", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403 and response.json()["error"] == "insufficient_scope"
    assert 'error="insufficient_scope"' in response.headers["www-authenticate"]


def test_create_list_rotate_disable_through_the_admin_api(td: TD, http: httpx.Client) -> None:
    headers = td.admin_headers()
    client_id = f"adm-{uuid.uuid4().hex[:10]}"
    created = http.post("/admin-api/clients", headers=headers,
                        json={"client_id": client_id, "scopes": ["read"], "description": "reporting job"})
    assert created.status_code == 201 and created.headers["cache-control"] == "no-store"
    secret = created.json()["client_secret"]
    assert len(secret) >= 43  # 256 bits, base64url
    assert created.json()["client"] == {**created.json()["client"], "client_id": client_id, "scopes": "read",
                                        "audiences": ["jeeves"], "active": True}
    assert "secret_digest" not in created.json()["client"]
    listed = http.get("/admin-api/clients", headers=headers).json()["clients"]
    assert client_id in [c["client_id"] for c in listed]
    td.token((client_id, secret))

    rotated = http.post(f"/admin-api/clients/{client_id}/rotate-secret", headers=headers)
    new_secret = rotated.json()["client_secret"]
    assert rotated.status_code == 200 and new_secret != secret
    assert http.post("/oauth/token", auth=(client_id, secret), data={"grant_type": "client_credentials"}
                     ).status_code == 401
    td.token((client_id, new_secret))
    assert http.get(f"/admin-api/clients/{client_id}", headers=headers).json()["client"]["last_used_at"]

    assert http.post(f"/admin-api/clients/{client_id}/disable", headers=headers).json()["client"]["active"] is False
    assert http.post("/oauth/token", auth=(client_id, new_secret), data={"grant_type": "client_credentials"}
                     ).status_code == 401


def test_admin_api_refuses_bad_input_with_4xx(td: TD, http: httpx.Client) -> None:
    headers = td.admin_headers()
    cases = [
        ("POST", "/admin-api/clients", {"content": b"not json", "headers": {**headers, "Content-Type": "text/plain"}}),
        ("POST", "/admin-api/clients", {"json": ["a list"], "headers": headers}),
        ("POST", "/admin-api/clients", {"json": {"client_id": "bad id!"}, "headers": headers}),
        ("POST", "/admin-api/clients", {"json": {"client_id": "x", "audiences": "elsewhere"}, "headers": headers}),
        ("POST", "/admin-api/clients", {"json": {"client_id": 12}, "headers": headers}),
        ("POST", "/admin-api/clients/no-such-client/disable", {"headers": headers}),
        ("GET", "/admin-api/clients/no-such-client", {"headers": headers}),
        ("PATCH", "/admin-api/clients/no-such-client", {"json": {"scopes": "read"}, "headers": headers}),
    ]
    for method, path, kwargs in cases:
        response = http.request(method, path, **kwargs)
        assert 400 <= response.status_code < 500, (path, kwargs, response.text)
        assert response.json()["error"]
    duplicate = http.post("/admin-api/clients", headers=headers, json={"client_id": td.creds()[0]})
    assert duplicate.status_code == 409


def test_admin_api_is_not_reachable_through_the_edge(td: TD) -> None:
    with td.stack.client() as edge:
        response = edge.get("/admin-api/clients", headers=td.admin_headers())
    assert response.status_code == 404
