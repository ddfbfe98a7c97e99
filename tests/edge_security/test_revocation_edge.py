"""Revocation reaches the edge: a revoked token, the tokens of a disabled client and the tokens of a
retired signing key are refused at the edge within a second of the change, cached verdicts included, on
every worker, by TokenDealer's Redis nudge (this stack's fallback poll is 30 s, conftest.py); with Redis
stopped the fallback poll still delivers. A re-enabled client's old tokens stay refused. The routes under
test proxy to the test upstream, so a 401 is the edge's own (not Jeeves')."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from typing import Any

import httpx
import jwt
import pytest
from stackctl import REPO, StackHandle

from .jwt_tokens import KeySet, claims, issuer
from .sec_upstream import SecUpstream

pytestmark = pytest.mark.stack

# The requirement. The fallback poll of this stack is 30 s: without a nudge no check meets it.
DEADLINE = 1.0
FALLBACK = 30.0  # conftest.py: security.jwt.revocation.poll_interval
# The JWKS (no feed involved): its max-age (1 s) and the unknown-kid refresh limit (refresh_interval 2 s).
JWKS_DEADLINE = 3.0
# Requests per check: enough to reach both workers' caches (connections spread over the workers).
SPREAD = 8


def td_cli(stack: StackHandle, *args: str) -> dict[str, Any]:
    password = stack.secret("tokendealer_db_password")
    env = {**os.environ, "RUN_DIR": str(stack.run_dir), "PUBLIC_BASE_URL": issuer(stack),
           "DATABASE_URL": f"postgresql+asyncpg://tokendealer:{password}@127.0.0.1:{stack.ports['postgres']}/tokendealer"}
    result = subprocess.run([sys.executable, "-m", "tokendealer.cli", *args], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def token_for(client: httpx.Client, creds: tuple[str, str], scope: str = "read") -> str:
    resp = client.post("/oauth/token", data={"grant_type": "client_credentials", "scope": scope}, auth=creds)
    assert resp.status_code == 200, resp.text
    return str(resp.json()["access_token"])


def statuses(stack: StackHandle, path: str, token: str) -> set[int]:
    """The answers of SPREAD fresh connections (so both workers, and their caches, are asked)."""
    seen = set()
    for _ in range(SPREAD):
        with stack.client() as c:
            seen.add(c.get(path, headers={"Authorization": f"Bearer {token}"}).status_code)
    return seen


def eventually_refused(stack: StackHandle, path: str, tokens: list[str], within: float = DEADLINE) -> None:
    deadline = time.monotonic() + within
    while True:
        answers = {t: statuses(stack, path, t) for t in tokens}
        if all(a == {401} for a in answers.values()):
            return
        assert time.monotonic() < deadline, f"still accepted after {within}s: {answers}"
        time.sleep(0.1)


def accepted(stack: StackHandle, path: str, token: str) -> bool:
    return statuses(stack, path, token) == {200}


def feed_fetches(stack: StackHandle, trigger: str) -> int:
    """edge_revocation_polls_total{result="ok", trigger=...}: the edge's own count of feed fetches."""
    text = httpx.get(f"http://127.0.0.1:{stack.ports['metrics']}/metrics", trust_env=False).text
    pattern = rf'^edge_revocation_polls_total{{result="ok",trigger="{trigger}"}} (\d+)'
    found = re.search(pattern, text, re.MULTILINE)
    return int(found.group(1)) if found else 0


def test_revoked_token_is_refused_at_the_edge(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    demo = sec_stack.secret_json("demo_client.json")
    creds = (demo["client_id"], demo["client_secret"])
    token, other = token_for(sec_client, creds), token_for(sec_client, creds)
    assert accepted(sec_stack, "/sec/tdjwt/x", token)   # now cached by the workers that answered
    assert accepted(sec_stack, "/sec/tdjwt/x", other)
    pushed = feed_fetches(sec_stack, "push")
    resp = sec_client.post("/oauth/revoke", data={"token": token}, auth=creds)
    assert resp.status_code == 200, resp.text
    eventually_refused(sec_stack, "/sec/tdjwt/x", [token])
    assert feed_fetches(sec_stack, "push") > pushed   # a nudge made the edge fetch the feed
    resp = sec_client.get("/sec/tdjwt/x", headers={"Authorization": f"Bearer {token}"})
    assert resp.json()["error"] == "invalid_token"
    assert 'error="invalid_token"' in resp.headers["WWW-Authenticate"]
    assert accepted(sec_stack, "/sec/tdjwt/x", other)   # only that token


def test_disabled_client_tokens_stay_refused_once_it_is_enabled_again(sec_stack: StackHandle,
                                                                     sec_client: httpx.Client) -> None:
    client_id = f"edge-dis-{uuid.uuid4().hex[:8]}"
    created = td_cli(sec_stack, "clients", "create", client_id, "--scopes", "read write")
    creds = (client_id, created["client_secret"])
    tokens = [token_for(sec_client, creds), token_for(sec_client, creds, "read write")]
    for t in tokens:
        assert accepted(sec_stack, "/sec/tdjwt/x", t)
    td_cli(sec_stack, "clients", "disable", client_id)
    eventually_refused(sec_stack, "/sec/tdjwt/x", tokens)
    # Re-enabled: new tokens work (at once: the feed moved), the ones issued before the disable never again.
    td_cli(sec_stack, "clients", "enable", client_id)
    fresh = token_for(sec_client, creds)
    deadline = time.monotonic() + DEADLINE
    while not accepted(sec_stack, "/sec/tdjwt/x", fresh):
        assert time.monotonic() < deadline, "a re-enabled client's new token is refused"
        time.sleep(0.1)
    assert all(statuses(sec_stack, "/sec/tdjwt/x", t) == {401} for t in tokens)


def test_retired_signing_key_stops_verifying(sec_stack: StackHandle, sec_client: httpx.Client) -> None:
    demo = sec_stack.secret_json("demo_client.json")
    creds = (demo["client_id"], demo["client_secret"])
    old_token = token_for(sec_client, creds)
    old_kid = jwt.get_unverified_header(old_token)["kid"]
    assert accepted(sec_stack, "/sec/tdjwt/x", old_token)
    new_kid = td_cli(sec_stack, "keys", "create")["kid"]
    td_cli(sec_stack, "keys", "activate", "--force", "--", new_kid)
    assert accepted(sec_stack, "/sec/tdjwt/x", old_token)   # retiring: still published
    td_cli(sec_stack, "keys", "retire", "--force", "--", old_kid)
    eventually_refused(sec_stack, "/sec/tdjwt/x", [old_token])
    new_token = token_for(sec_client, creds)
    assert jwt.get_unverified_header(new_token)["kid"] == new_kid
    assert accepted(sec_stack, "/sec/tdjwt/x", new_token)


def test_jwks_is_reread_after_its_max_age(sec_stack: StackHandle, sec_upstream: SecUpstream) -> None:
    """A key dropped from a JWKS served with max-age=1 stops verifying without any unknown kid."""
    rot = KeySet(rsa_kid=f"rot-{uuid.uuid4().hex[:6]}")
    sec_upstream.rot_jwks = rot.jwks()
    now = int(time.time())
    token = rot.sign(claims(now, issuer(sec_stack), jti=uuid.uuid4().hex))
    deadline = time.monotonic() + JWKS_DEADLINE
    while not accepted(sec_stack, "/sec/rotjwt/x", token):   # the new kid is fetched on first sight
        assert time.monotonic() < deadline, "a token of a published key is refused"
        time.sleep(0.2)
    sec_upstream.rot_jwks = {"keys": []}
    eventually_refused(sec_stack, "/sec/rotjwt/x", [token], JWKS_DEADLINE)


def test_the_feed_is_not_routed_at_the_edge(sec_stack: StackHandle) -> None:
    with httpx.Client(base_url=f"http://127.0.0.1:{sec_stack.ports['tokendealer']}", trust_env=False) as td:
        doc = td.get("/revocations").json()
        assert {"cursor", "revoked", "disabled_clients", "kids"} <= set(doc)   # what the edge reads
    with sec_stack.client() as edge:
        assert edge.get("/revocations").status_code == 404


def test_with_redis_stopped_the_fallback_poll_still_delivers(sec_stack: StackHandle,
                                                            sec_client: httpx.Client) -> None:
    """Redis frozen (SIGSTOP: connections hang, no nudge is published or received): a revocation
    still reaches the edge, by the fallback poll, within its interval."""
    demo = sec_stack.secret_json("demo_client.json")
    creds = (demo["client_id"], demo["client_secret"])
    token = token_for(sec_client, creds)
    assert accepted(sec_stack, "/sec/tdjwt/x", token)
    redis_pid = sec_stack.pid("redis")
    os.kill(redis_pid, signal.SIGSTOP)
    try:
        polled, pushed = feed_fetches(sec_stack, "poll"), feed_fetches(sec_stack, "push")
        resp = sec_client.post("/oauth/revoke", data={"token": token}, auth=creds)
        assert resp.status_code == 200, resp.text
        deadline = time.monotonic() + FALLBACK + 10
        while statuses(sec_stack, "/sec/tdjwt/x", token) != {401}:
            assert time.monotonic() < deadline, f"not refused {FALLBACK + 10}s after the revocation"
            time.sleep(0.5)
        assert feed_fetches(sec_stack, "poll") > polled
        assert feed_fetches(sec_stack, "push") == pushed   # nothing came through Redis
    finally:
        os.kill(redis_pid, signal.SIGCONT)
