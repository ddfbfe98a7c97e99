"""What /verify_token and /oauth/introspect reject: every classic JWT attack and every bad claim."""

from __future__ import annotations

import hashlib
import hmac
import time

import httpx
import jwt
import pytest

from .conftest import TD, b64url, b64url_json


@pytest.fixture(scope="module")
def key(td: TD):  # type: ignore[no-untyped-def]
    return td.signing_key()


def verdicts(td: TD, http: httpx.Client, token: str) -> tuple[int, dict, dict]:
    verify = http.post("/verify_token", data={"access_token": token})
    introspect = http.post("/oauth/introspect", auth=td.creds(), data={"token": token})
    assert introspect.status_code == 200, introspect.text
    return verify.status_code, verify.json(), introspect.json()


def assert_rejected(td: TD, http: httpx.Client, token: str, reason: str | None = None) -> None:
    status, body, introspection = verdicts(td, http, token)
    assert status == 400 and body["error"] == "invalid_token", body
    if reason:
        assert reason in body["error_description"]
    assert introspection == {"active": False}


def test_genuine_token_is_accepted_by_both(td: TD, http: httpx.Client) -> None:
    token = td.token(scope="read")["access_token"]
    status, claims, introspection = verdicts(td, http, token)
    assert status == 200 and claims["scope"] == "read" and claims["iss"] == td.issuer
    assert introspection["active"] is True and introspection["jti"] == claims["jti"]
    assert introspection["client_id"] == td.creds()[0] and introspection["token_type"] == "Bearer"


def test_forged_token_with_real_key_is_accepted(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    # The control for the tests below: our forgery helper makes tokens the server accepts.
    assert verdicts(td, http, td.forge(key))[0] == 200


def test_alg_none_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    genuine = td.token()["access_token"]
    claims = jwt.decode(genuine, options={"verify_signature": False})
    for alg in ("none", "None", "NONE"):
        token = f"{b64url_json({'alg': alg, 'typ': 'at+jwt', 'kid': key.kid})}.{b64url_json(claims)}."
        assert_rejected(td, http, token)


def test_hs256_signed_with_the_public_key_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives import serialization

    pem = key.public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    genuine = jwt.decode(td.token()["access_token"], options={"verify_signature": False})
    signing_input = f"{b64url_json({'alg': 'HS256', 'typ': 'at+jwt', 'kid': key.kid})}.{b64url_json(genuine)}"
    signature = hmac.new(pem, signing_input.encode(), hashlib.sha256).digest()
    assert_rejected(td, http, f"{signing_input}.{b64url(signature)}", "algorithm")


def test_unknown_kid_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    assert_rejected(td, http, td.forge(key, headers={"kid": "not-a-key-of-ours"}), "unknown key")
    assert_rejected(td, http, td.forge(key, headers={"kid": None}), "unknown key")


def test_expired_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    now = int(time.time())
    assert_rejected(td, http, td.forge(key, {"iat": now - 3600, "nbf": now - 3600, "exp": now - 60}), "expired")


def test_not_yet_valid_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    now = int(time.time())
    assert_rejected(td, http, td.forge(key, {"nbf": now + 600, "exp": now + 900}), "not yet valid")


def test_wrong_audience_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    assert_rejected(td, http, td.forge(key, {"aud": "someone-else"}), "audience")
    # A genuine token for another of our audiences fails when the caller names the audience it is.
    client = td.new_client(audiences="tokendealer")
    token = td.token(client)["access_token"]
    response = http.post("/verify_token", data={"access_token": token, "audience": "jeeves"})
    assert response.status_code == 400 and "audience" in response.json()["error_description"]
    assert http.post("/verify_token", data={"access_token": token, "audience": "tokendealer"}).status_code == 200


def test_wrong_issuer_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    assert_rejected(td, http, td.forge(key, {"iss": "https://evil.example"}), "issuer")


def test_missing_required_claims_are_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    for claim in ("exp", "jti", "aud", "iss", "client_id"):
        assert_rejected(td, http, td.forge(key, drop=(claim,)))


def test_wrong_typ_is_rejected(td: TD, http: httpx.Client, key) -> None:  # type: ignore[no-untyped-def]
    # An ID token or other JWT signed by the same key is not an access token (RFC 9068 §4).
    assert_rejected(td, http, td.forge(key, headers={"typ": "JWT"}), "typ")


def test_tampered_payload_is_rejected(td: TD, http: httpx.Client) -> None:
    token = td.token(scope="read")["access_token"]
    head, payload, signature = token.split(".")
    claims = jwt.decode(token, options={"verify_signature": False})
    tampered = f"{head}.{b64url_json({**claims, 'scope': 'read write'})}.{signature}"
    assert_rejected(td, http, tampered, "signature")


def test_garbage_tokens_are_rejected(td: TD, http: httpx.Client) -> None:
    for token in ("x", "a.b.c", "....", "eyJhbGciOiJFUzI1NiJ9.e30.", "é.ü.ß"):
        assert_rejected(td, http, token)


def test_revoked_token_is_rejected_and_revoking_twice_is_fine(td: TD, http: httpx.Client) -> None:
    token = td.token()["access_token"]
    assert verdicts(td, http, token)[0] == 200
    assert http.post("/oauth/revoke", auth=td.creds(), data={"token": token}).status_code == 200
    assert_rejected(td, http, token, "revoked")
    assert http.post("/oauth/revoke", auth=td.creds(), data={"token": token}).status_code == 200


def test_a_client_cannot_revoke_another_clients_token(td: TD, http: httpx.Client) -> None:
    token = td.token()["access_token"]
    other = td.new_client()
    response = http.post("/oauth/revoke", auth=other, data={"token": token})
    assert response.status_code == 400 and response.json()["error"] == "unauthorized_client"
    assert verdicts(td, http, token)[0] == 200


def test_introspection_and_revocation_require_client_authentication(td: TD, http: httpx.Client) -> None:
    token = td.token()["access_token"]
    for path in ("/oauth/introspect", "/oauth/revoke"):
        assert http.post(path, data={"token": token}).status_code == 401
        assert http.post(path, auth=(td.creds()[0], "bad"), data={"token": token}).status_code == 401
    assert verdicts(td, http, token)[0] == 200
