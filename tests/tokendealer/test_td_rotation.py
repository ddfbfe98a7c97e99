"""Key rotation and cross-process invalidation, on a stack of our own (`own`, conftest.py: rotation
changes the signing key the shared stack's other tests rely on). Operator CLI in a separate process, as
in production."""

from __future__ import annotations

import json
import time

import jwt

from .conftest import TD


def kids_in_jwks(td: TD) -> list[str]:
    with td.http() as http:
        return [k["kid"] for k in http.get("/.well-known/jwks.json").json()["keys"]]


def eventually(check, timeout: float = 5.0):  # type: ignore[no-untyped-def]
    """The service learns of CLI changes by PostgreSQL NOTIFY: wait for it, bounded."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            return result
        time.sleep(0.1)


def verifies(td: TD, token: str) -> bool:
    with td.http() as http:
        return http.post("/verify_token", data={"access_token": token}).status_code == 200


# Kids are RFC 7638 thumbprints (base64url): one in 64 starts with "-", so a kid always follows "--".
def test_rotation_prepublishes_keeps_old_tokens_valid_then_retires(own: TD) -> None:
    old_token = own.token()["access_token"]
    old_kid = jwt.get_unverified_header(old_token)["kid"]
    assert kids_in_jwks(own) == [old_kid]

    created = json.loads(own.cli("keys", "create", "--alg", "RS256").stdout)
    new_kid = created["kid"]
    assert created["state"] == "published"
    # Pre-publish: in the JWKS at once, but tokens are still signed with the old key.
    assert eventually(lambda: new_kid in kids_in_jwks(own))
    assert jwt.get_unverified_header(own.token()["access_token"])["kid"] == old_kid

    refused = own.cli("keys", "activate", "--", new_kid, check=False)
    assert refused.returncode == 1 and "JWKS cache lifetime" in refused.stderr
    own.cli("keys", "activate", "--force", "--", new_kid)
    new_token = eventually(lambda: (t := own.token()["access_token"]) and
                           jwt.get_unverified_header(t)["kid"] == new_kid and t)
    assert new_token and jwt.get_unverified_header(new_token)["alg"] == "RS256"
    assert sorted(kids_in_jwks(own)) == sorted([old_kid, new_kid])
    assert verifies(own, old_token) and verifies(own, new_token)

    states = {k["kid"]: k["state"] for k in json.loads(own.cli("keys", "list").stdout)}
    assert states == {old_kid: "retiring", new_kid: "active"}
    refused = own.cli("keys", "retire", "--", old_kid, check=False)
    assert refused.returncode == 1 and "may be valid" in refused.stderr
    assert own.cli("keys", "retire", "--", new_kid, check=False).returncode == 1  # the active key never

    own.cli("keys", "retire", "--force", "--", old_kid)
    assert eventually(lambda: kids_in_jwks(own) == [new_kid])
    assert not verifies(own, old_token) and verifies(own, new_token)


def test_private_keys_are_encrypted_at_rest(own: TD) -> None:
    import asyncio

    from sqlalchemy import text

    from tokendealer.db.engine import make_engine

    async def blobs() -> list[bytes]:
        engine = make_engine(own.env()["DATABASE_URL"])
        try:
            async with engine.connect() as conn:
                return [row[0] for row in await conn.execute(text("SELECT private_key_enc FROM signing_keys"))]
        finally:
            await engine.dispose()

    for blob in asyncio.run(blobs()):
        assert b"PRIVATE KEY" not in blob and b"\x30\x82" not in blob[:16]  # not PEM, not bare DER
    assert own.stack.secret("tokendealer_key_encryption_key") not in own.cli("keys", "list").stdout


def test_cli_client_changes_reach_the_running_service(own: TD) -> None:
    created = json.loads(own.cli("clients", "create", "cli-made", "--scopes", "read").stdout)
    creds = ("cli-made", created["client_secret"])
    assert own.token(creds)["scope"] == "read"
    listing = own.cli("clients", "list").stdout
    assert "cli-made" in listing and created["client_secret"] not in listing

    own.cli("clients", "disable", "cli-made")
    with own.http() as http:
        def refused() -> bool:
            return http.post("/oauth/token", auth=creds, data={"grant_type": "client_credentials"}).status_code == 401
        assert eventually(refused)  # cached client invalidated by NOTIFY, not after the cache TTL

    own.cli("clients", "enable", "cli-made")
    rotated = json.loads(own.cli("clients", "rotate-secret", "cli-made").stdout)
    with own.http() as http:
        assert eventually(lambda: http.post("/oauth/token", auth=("cli-made", rotated["client_secret"]),
                                            data={"grant_type": "client_credentials"}).status_code == 200)
        assert http.post("/oauth/token", auth=creds, data={"grant_type": "client_credentials"}).status_code == 401


def test_bootstrap_is_idempotent(own: TD) -> None:
    import subprocess
    import sys

    from stackctl import REPO

    before = json.loads(own.cli("keys", "list").stdout)
    result = subprocess.run([sys.executable, "-m", "tokendealer.bootstrap"], cwd=REPO, env=own.env(),
                            capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(result.stdout)["clients_created"] == []
    assert json.loads(own.cli("keys", "list").stdout) == before


def test_retired_key_is_refused_at_jeeves_within_a_second(own: TD) -> None:
    """Jeeves caches the JWKS for minutes; the revocation feed's `kids` tell it a key is gone, on
    TokenDealer's nudge (the `own` stack polls the feed every 30 s only)."""
    from .test_td_revocation_reaches_jeeves import DEADLINE, _jeeves, _status, refused_within

    old_token = own.token()["access_token"]
    old_kid = jwt.get_unverified_header(old_token)["kid"]
    with _jeeves(own.stack) as jeeves:
        assert _status(jeeves, old_token) == 200
        new_kid = json.loads(own.cli("keys", "create").stdout)["kid"]
        own.cli("keys", "activate", "--force", "--", new_kid)
        assert eventually(lambda: jwt.get_unverified_header(own.token()["access_token"])["kid"] == new_kid)
        assert _status(jeeves, old_token) == 200  # retiring, not retired: still good
        own.cli("keys", "retire", "--force", "--", old_kid)
        assert refused_within(jeeves, [old_token], DEADLINE) == [401]
        assert _status(jeeves, own.token()["access_token"]) == 200
