"""Revoking a token or disabling a client takes effect at Jeeves's port within 1 s: TokenDealer publishes
a nudge on Redis and every Jeeves process fetches GET /revocations at once. On the `own` stack Jeeves
polls the feed only every 30 s (conftest.py), so nothing but the nudge meets the deadline; with Redis
stopped, that poll still delivers. A client disabled then enabled again never gets its old tokens back."""

from __future__ import annotations

import os
import signal
import time

import httpx
import pytest
from stackctl import StackHandle

from .conftest import OWN_FALLBACK_POLL, TD

pytestmark = pytest.mark.stack
DEADLINE = 1.0  # the requirement: refused within a second of the change


def _jeeves(stack: StackHandle) -> httpx.Client:
    return httpx.Client(base_url=f"http://127.0.0.1:{stack.ports['jeeves']}", trust_env=False, timeout=10.0)


def _status(jeeves: httpx.Client, token: str) -> int:
    return jeeves.get("/api/users", headers={"Authorization": f"Bearer {token}"}).status_code


def refused_within(jeeves: httpx.Client, tokens: list[str], deadline_s: float) -> list[int]:
    """Polls until every token is refused or the deadline passes; the last statuses seen."""
    deadline = time.monotonic() + deadline_s
    while True:
        statuses = [_status(jeeves, t) for t in tokens]
        if all(s == 401 for s in statuses) or time.monotonic() > deadline:
            return statuses
        time.sleep(0.05)


def test_revoked_token_is_refused_at_jeeves_within_a_second(own: TD) -> None:
    creds = own.new_client()
    token, other = own.token(creds)["access_token"], own.token(creds)["access_token"]
    with _jeeves(own.stack) as jeeves, own.http() as http:
        assert _status(jeeves, token) == 200
        revoke = http.post("/oauth/revoke", data={"token": token}, auth=creds)
        assert revoke.status_code == 200
        assert refused_within(jeeves, [token], DEADLINE) == [401]
        assert _status(jeeves, other) == 200  # only the revoked one


def test_disabled_client_has_all_its_tokens_refused_at_jeeves(own: TD) -> None:
    client_id, secret = own.new_client()
    tokens = [own.token((client_id, secret))["access_token"] for _ in range(3)]
    with _jeeves(own.stack) as jeeves, own.http() as http:
        assert [_status(jeeves, t) for t in tokens] == [200, 200, 200]
        disable = http.post(f"/admin-api/clients/{client_id}/disable", headers=own.admin_headers())
        assert disable.status_code == 200
        assert refused_within(jeeves, tokens, DEADLINE) == [401, 401, 401]


def test_reenabled_client_gets_new_tokens_but_never_its_old_ones_back(own: TD) -> None:
    client_id, secret = own.new_client()
    old = own.token((client_id, secret))["access_token"]
    with _jeeves(own.stack) as jeeves, own.http() as http:
        assert _status(jeeves, old) == 200
        for action in ("disable", "enable"):  # the admin API; the CLI path is the edge suite's
            answer = http.post(f"/admin-api/clients/{client_id}/{action}", headers=own.admin_headers())
            assert answer.status_code == 200, answer.text
        fresh = own.token((client_id, secret))["access_token"]
        deadline = time.monotonic() + DEADLINE
        while _status(jeeves, fresh) != 200:  # the enable reached Jeeves
            assert time.monotonic() < deadline, "a re-enabled client's new token is refused"
            time.sleep(0.05)
        assert _status(jeeves, old) == 401
        # TokenDealer's own checks agree (RFC 7662 introspection and /verify_token)
        assert http.post("/verify_token", data={"access_token": old}).status_code == 400
        assert http.post("/verify_token", data={"access_token": fresh}).status_code == 200
        introspected = http.post("/oauth/introspect", data={"token": old}, auth=(client_id, secret))
        assert introspected.json() == {"active": False}


def test_with_redis_stopped_jeeves_still_learns_by_polling(own: TD) -> None:
    """Redis frozen (SIGSTOP: no nudge is published or received): the fallback poll delivers."""
    creds = own.new_client()
    token = own.token(creds)["access_token"]
    redis_pid = own.stack.pid("redis")
    with _jeeves(own.stack) as jeeves, own.http() as http:
        assert _status(jeeves, token) == 200
        os.kill(redis_pid, signal.SIGSTOP)
        try:
            assert http.post("/oauth/revoke", data={"token": token}, auth=creds).status_code == 200
            assert refused_within(jeeves, [token], OWN_FALLBACK_POLL + 10) == [401]
        finally:
            os.kill(redis_pid, signal.SIGCONT)


def test_revocation_feed_is_for_loopback_peers_only(own: TD) -> None:
    url = own.url
    with httpx.Client(base_url=url, trust_env=False, timeout=10.0) as local:
        feed = local.get("/revocations")
        assert feed.status_code == 200
        assert {"cursor", "revoked", "disabled_clients", "clients_not_before", "push_channel"} <= set(feed.json())
    transport = httpx.HTTPTransport(local_address="127.0.0.7")
    with httpx.Client(base_url=url, transport=transport, trust_env=False, timeout=10.0) as remote:
        assert remote.get("/revocations").status_code == 403
