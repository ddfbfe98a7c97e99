"""Edge JWT verification through the real nginx: TokenDealer's real tokens on /api/, and the attack set
(alg none, HS/RS confusion, unknown and path-like kids, expired, wrong aud/iss, tampered, oversized, ...)
against a route whose JWKS we serve, so we also see how often the edge fetches it."""

from __future__ import annotations

import secrets
import time

import httpx
import pytest
from stackctl import StackHandle

from .jwt_tokens import KeySet, attack_tokens, claims, issuer
from .sec_upstream import SecUpstream

pytestmark = pytest.mark.stack


def tokendealer_token(stack: StackHandle, client: httpx.Client, scope: str) -> str:
    demo = stack.secret_json("demo_client.json")
    resp = client.post("/oauth/token", data={"grant_type": "client_credentials", "scope": scope},
                       auth=(demo["client_id"], demo["client_secret"]))
    assert resp.status_code == 200, resp.text
    return str(resp.json()["access_token"])


def assert_401_invalid(resp: httpx.Response, name: str) -> None:
    assert resp.status_code == 401, (name, resp.status_code, resp.text)
    assert resp.headers["Content-Type"] == "application/json"
    assert resp.headers["WWW-Authenticate"].startswith('Bearer realm="jeeves"'), name
    body = resp.json()
    assert body["error"] in ("invalid_token", "invalid_request", "unauthorized"), name
    assert "BEGIN" not in resp.text and "-----" not in resp.text


def test_tokendealer_token_passes_and_identity_goes_upstream(sec_stack: StackHandle,
                                                            sec_client: httpx.Client) -> None:
    token = tokendealer_token(sec_stack, sec_client, "read write")
    resp = sec_client.get("/api/users", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 200, resp.text


def test_read_scope_cannot_write(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    token = tokendealer_token(sec_stack, sec_client, "read")
    headers = {"Authorization": f"Bearer {token}"}
    assert sec_client.get("/api/users", headers=headers).status_code == 200
    resp = sec_client.post("/api/users", headers=headers, json={"name": "Seán O'Connor"})
    assert resp.status_code == 403
    assert resp.json()["error"] == "insufficient_scope"
    assert 'error="insufficient_scope"' in resp.headers["WWW-Authenticate"]


def test_cached_token_is_still_checked(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    """Verified tokens are cached by the whole Authorization header: repeats (on every worker) still
    get the scope check, another spelling of the same header verifies, a tampered one does not."""
    token = tokendealer_token(sec_stack, sec_client, "read")
    for _ in range(6):
        assert sec_client.get("/api/users", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        resp = sec_client.post("/api/users", headers={"Authorization": f"Bearer {token}"}, json={"name": "x"})
        assert resp.status_code == 403
    assert sec_client.get("/api/users", headers={"Authorization": f"bearer  {token}"}).status_code == 200
    assert_401_invalid(sec_client.get("/api/users", headers={"Authorization": f"Bearer {token}x"}), "tampered")

def test_missing_token_is_401_with_challenge(sec_client: httpx.Client) -> None:
    resp = sec_client.get("/api/users")
    assert_401_invalid(resp, "missing")


def test_the_api_document_needs_no_token(sec_client: httpx.Client) -> None:
    """A client reads the OpenAPI document before it has a token; only that exact path is public."""
    doc = sec_client.get("/api/openapi.json")
    assert doc.status_code == 200, doc.text
    assert doc.json()["openapi"].startswith("3.") and "/api/users" in doc.json()["paths"]
    assert sec_client.head("/api/openapi.json").status_code == 200
    assert sec_client.post("/api/openapi.json", json={}).status_code == 405
    assert_401_invalid(sec_client.get("/api/openapi.json/"), "a path beside the document")
    attack = sec_client.get("/api/openapi.json", params={"v": "1' union select password from users--"})
    assert attack.status_code == 403 and attack.json()["error"] == "request_blocked"


def test_client_supplied_identity_headers_are_replaced(sec_stack: StackHandle, sec_client: httpx.Client,
                                                       keyset: KeySet) -> None:
    token = keyset.sign(claims(int(time.time()), issuer(sec_stack), scope="read"))
    resp = sec_client.get("/sec/jwt/echo", headers={"Authorization": f"Bearer {token}",
                                                     "X-Auth-Client-Id": "root", "X-Auth-Scopes": "admin"})
    assert resp.status_code == 200
    assert resp.json()["client_id"] == "demo-client"
    assert resp.json()["scopes"] == "read"


def test_es256_token_from_our_jwks_is_accepted(sec_stack: StackHandle, sec_client: httpx.Client,
                                               keyset: KeySet) -> None:
    token = keyset.sign(claims(int(time.time()), issuer(sec_stack)), alg="ES256")
    assert sec_client.get("/sec/jwt/x", headers={"Authorization": f"Bearer {token}"}).status_code == 200


def test_attack_set_is_rejected_before_the_upstream(sec_stack: StackHandle, sec_client: httpx.Client,
                                                    keyset: KeySet, sec_upstream: SecUpstream) -> None:
    attacks = attack_tokens(keyset, int(time.time()), issuer(sec_stack))
    for name, token in attacks.items():
        path = f"/sec/jwt/attack-{name}"
        resp = sec_client.get(path, headers={"Authorization": f"Bearer {token}"})
        assert_401_invalid(resp, name)
        assert sec_upstream.hits[path] == 0, name


@pytest.mark.parametrize("header", ["Bearer", "Bearer  x y", "Basic dXNlcjpwYXNz", "bearer a.b", "Bearer a.b.c.d",
                                    "Bearer \u00e9\u00e9.x.y", "Token abc", "Bearer " + "A" * 5000])
def test_malformed_authorization_is_401_never_500(sec_client: httpx.Client, header: str) -> None:
    resp = sec_client.get("/sec/jwt/x", headers={"Authorization": header.encode("utf-8")})
    assert_401_invalid(resp, header[:20])


def test_random_kids_cannot_flood_the_jwks_endpoint(sec_stack: StackHandle, sec_client: httpx.Client,
                                                    keyset: KeySet, sec_upstream: SecUpstream) -> None:
    now = int(time.time())
    before = sec_upstream.jwks_fetches
    for _ in range(60):
        token = keyset.sign(claims(now, issuer(sec_stack)), kid="kid-" + secrets.token_hex(8))
        assert sec_client.get("/sec/jwt/x", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    # refresh_interval is 2 s: at most a couple of fetches however many unknown kids arrive.
    assert sec_upstream.jwks_fetches - before <= 2


def status_once_keys_refresh(client: httpx.Client, token: str) -> int:
    """The edge's answer to the token once its JWKS refresh has run (within a few seconds), or the last one."""
    deadline = time.monotonic() + 8
    status = 0
    while time.monotonic() < deadline:
        status = client.get("/sec/jwt/x", headers={"Authorization": f"Bearer {token}"}).status_code
        if status == 200:
            break
        time.sleep(0.5)
    return status


def test_rotated_key_is_picked_up_after_refresh(sec_stack: StackHandle, sec_client: httpx.Client,
                                                keyset: KeySet, sec_upstream: SecUpstream) -> None:
    new = KeySet(rsa_kid="rsa-rotated-2", ec_kid="ec-rotated-2")
    token = new.sign(claims(int(time.time()), issuer(sec_stack)))
    sec_upstream.jwks = {"keys": keyset.jwks()["keys"] + new.jwks()["keys"]}
    assert status_once_keys_refresh(sec_client, token) == 200
    # The old keys still verify.
    old = keyset.sign(claims(int(time.time()), issuer(sec_stack)), alg="ES256")
    assert sec_client.get("/sec/jwt/x", headers={"Authorization": f"Bearer {old}"}).status_code == 200


def test_repeated_forged_token_gets_the_same_401_and_a_late_kid_verifies(
        sec_stack: StackHandle, sec_client: httpx.Client, keyset: KeySet, sec_upstream: SecUpstream) -> None:
    """A forged token is answered from the per-worker failure cache with the very same 401; a token
    whose kid is published later is not stuck as a cached failure, and a key-set change re-verifies."""
    late = KeySet(rsa_kid="rsa-late-" + secrets.token_hex(4), ec_kid="ec-late-" + secrets.token_hex(4))
    now = int(time.time())
    forged = late.sign(claims(now, issuer(sec_stack)), kid=keyset.rsa_kid)  # a published kid, a foreign key

    def answer(token: str, path: str = "/sec/jwt/negcache") -> tuple[int, str, str, str]:
        resp = sec_client.get(path, headers={"Authorization": f"Bearer {token}"})
        body = resp.json()
        return resp.status_code, body["error"], body["message"], resp.headers["WWW-Authenticate"]

    answers = {answer(forged) for _ in range(12)}   # enough to hit every worker more than once
    assert answers == {(401, "invalid_token", "invalid signature",
                        'Bearer realm="jeeves", error="invalid_token", error_description="invalid signature"')}
    assert sec_upstream.hits["/sec/jwt/negcache"] == 0

    token = late.sign(claims(now, issuer(sec_stack)))
    assert answer(token)[:3] == (401, "invalid_token", "unknown key id")
    sec_upstream.jwks = {"keys": keyset.jwks()["keys"] + late.jwks()["keys"]}
    assert status_once_keys_refresh(sec_client, token) == 200
    assert {answer(forged)[:3] for _ in range(6)} == {(401, "invalid_token", "invalid signature")}
