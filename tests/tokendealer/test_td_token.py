"""POST /oauth/token: RFC 6749 §4.4 success and every §5.2 error, straight at the service."""

from __future__ import annotations

import base64
import json
import time

import httpx
import jwt

from .conftest import TD

GRANT = {"grant_type": "client_credentials"}


def assert_oauth_error(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["error"] == code
    assert isinstance(body["error_description"], str) and body["error_description"]
    assert response.headers["cache-control"] == "no-store"
    return body


def test_basic_auth_issues_rfc9068_token(td: TD, http: httpx.Client) -> None:
    client_id, secret = td.creds()
    response = http.post("/oauth/token", auth=(client_id, secret), data=GRANT)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["scope"] == "read write"
    header = jwt.get_unverified_header(body["access_token"])
    assert header["typ"] == "at+jwt" and header["alg"] in ("ES256", "RS256") and header["kid"]
    claims = jwt.decode(body["access_token"], options={"verify_signature": False})
    assert claims["iss"] == td.issuer and claims["aud"] == "jeeves"
    assert claims["sub"] == claims["client_id"] == client_id
    assert claims["exp"] - claims["iat"] == 900 and claims["nbf"] <= time.time() + 1
    assert len(claims["jti"]) >= 16


def test_form_body_auth_and_scope_subset(td: TD, http: httpx.Client) -> None:
    client_id, secret = td.creds()
    response = http.post("/oauth/token", data={**GRANT, "client_id": client_id, "client_secret": secret,
                                               "scope": "read"})
    assert response.status_code == 200
    assert response.json()["scope"] == "read"


def test_basic_credentials_are_form_urlencoded_per_rfc6749(td: TD, http: httpx.Client) -> None:
    client_id, secret = td.creds()
    raw = base64.b64encode(f"{client_id}:{secret}".replace("-", "%2D").encode()).decode()
    response = http.post("/oauth/token", headers={"Authorization": f"Basic {raw}"}, data=GRANT)
    assert response.status_code == 200


def test_scope_outside_the_clients_allowed_is_invalid_scope(td: TD, http: httpx.Client) -> None:
    assert_oauth_error(http.post("/oauth/token", auth=td.creds(), data={**GRANT, "scope": "read admin"}),
                       400, "invalid_scope")
    assert_oauth_error(http.post("/oauth/token", auth=td.creds(), data={**GRANT, "scope": 'read "x'}),
                       400, "invalid_scope")


def test_audience_must_be_allowed_for_the_client(td: TD, http: httpx.Client) -> None:
    assert_oauth_error(http.post("/oauth/token", auth=td.creds(), data={**GRANT, "audience": "tokendealer"}),
                       400, "invalid_target")
    client = td.new_client(audiences="jeeves tokendealer")
    body = td.token(client, audience="tokendealer")
    assert jwt.decode(body["access_token"], options={"verify_signature": False})["aud"] == "tokendealer"


def test_unknown_client_and_wrong_secret_answer_identically(td: TD, http: httpx.Client) -> None:
    client_id, secret = td.creds()
    wrong = http.post("/oauth/token", auth=(client_id, secret + "x"), data=GRANT)
    unknown = http.post("/oauth/token", auth=("no-such-client", secret), data=GRANT)
    for response in (wrong, unknown):
        assert_oauth_error(response, 401, "invalid_client")
        assert response.headers["www-authenticate"].startswith("Basic ")
    strip = lambda r: {k: v for k, v in r.json().items() if k != "request_id"}  # noqa: E731
    assert strip(wrong) == strip(unknown)


def test_wrong_secret_in_body_is_401_invalid_client(td: TD, http: httpx.Client) -> None:
    client_id, _ = td.creds()
    assert_oauth_error(http.post("/oauth/token", data={**GRANT, "client_id": client_id, "client_secret": "nope"}),
                       401, "invalid_client")


def test_no_client_authentication_is_invalid_client(http: httpx.Client) -> None:
    response = http.post("/oauth/token", data=GRANT)
    assert_oauth_error(response, 401, "invalid_client")
    assert "www-authenticate" in response.headers


def test_two_authentication_methods_at_once_are_refused(td: TD, http: httpx.Client) -> None:
    client_id, secret = td.creds()
    assert_oauth_error(http.post("/oauth/token", auth=(client_id, secret),
                                 data={**GRANT, "client_id": client_id, "client_secret": secret}),
                       400, "invalid_request")


def test_grant_type_errors(td: TD, http: httpx.Client) -> None:
    assert_oauth_error(http.post("/oauth/token", auth=td.creds(), data={"scope": "read"}), 400, "invalid_request")
    assert_oauth_error(http.post("/oauth/token", auth=td.creds(), data={"grant_type": "password"}),
                       400, "unsupported_grant_type")


def test_repeated_parameter_is_invalid_request(td: TD, http: httpx.Client) -> None:
    body = b"grant_type=client_credentials&scope=read&scope=write"
    response = http.post("/oauth/token", auth=td.creds(), content=body,
                         headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert_oauth_error(response, 400, "invalid_request")


def test_wrong_content_type_is_invalid_request(td: TD, http: httpx.Client) -> None:
    response = http.post("/oauth/token", auth=td.creds(), json={"grant_type": "client_credentials"})
    assert_oauth_error(response, 400, "invalid_request")


def test_huge_body_is_413_json(td: TD, http: httpx.Client) -> None:
    response = http.post("/oauth/token", auth=td.creds(), data={**GRANT, "scope": "r" * 100_000})
    assert response.status_code == 413
    assert response.json()["error"]


def test_malformed_basic_header_is_invalid_client(http: httpx.Client) -> None:
    for value in ("Basic !!!", "Basic " + base64.b64encode(b"no-colon").decode(), "Digest abc", "Basic"):
        assert_oauth_error(http.post("/oauth/token", headers={"Authorization": value}, data=GRANT),
                           401, "invalid_client")


def test_disabled_client_is_refused_at_once_and_enabled_again(td: TD, http: httpx.Client) -> None:
    client = td.new_client()
    td.token(client)
    headers = td.admin_headers()
    assert http.post(f"/admin-api/clients/{client[0]}/disable", headers=headers).status_code == 200
    assert_oauth_error(http.post("/oauth/token", auth=client, data=GRANT), 401, "invalid_client")
    assert http.post(f"/admin-api/clients/{client[0]}/enable", headers=headers).status_code == 200
    td.token(client)


def test_client_without_the_grant_type_is_unauthorized_client(td: TD, http: httpx.Client) -> None:
    # A client registered for introspection only (no grant types) exists via the CLI path of the registry.
    client_id = "introspect-only-" + str(int(time.time() * 1000))
    result = td.cli("clients", "create", client_id, "--scopes", "read", "--grant-types", "")
    secret = json.loads(result.stdout)["client_secret"]
    assert_oauth_error(http.post("/oauth/token", auth=(client_id, secret), data=GRANT), 400, "unauthorized_client")


def test_audit_log_has_issuance_and_failure_without_secrets(td: TD, http: httpx.Client) -> None:
    client_id, secret = td.creds()
    ok = td.token(scope="read")
    bad = http.post("/oauth/token", auth=(client_id, "wrong-secret-value"), data=GRANT)
    log = td.stack.log_until("tokendealer", bad.headers["x-request-id"])
    events = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    issued = [e for e in events if e.get("event") == "token_issued" and e.get("scope", e.get("scopes")) == "read"
              and e["client_id"] == client_id]
    assert issued and issued[-1]["outcome"] == "issued"
    failed = [e for e in events if e.get("request_id") == bad.headers["x-request-id"]]
    assert failed and failed[-1]["outcome"] == "invalid_client" and failed[-1]["client_id"] == client_id
    assert secret not in log and "wrong-secret-value" not in log and ok["access_token"] not in log
