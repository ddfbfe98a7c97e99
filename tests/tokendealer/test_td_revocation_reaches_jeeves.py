"""Revoking a token or disabling a client takes effect at Jeeves's port within 1 s (TokenDealer's
GET /revocations feed, polled by every Jeeves process), not when the token expires."""

from __future__ import annotations

import time

import httpx
import pytest
from stackctl import StackHandle

from .conftest import TD

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


def test_revoked_token_is_refused_at_jeeves_within_a_second(stack: StackHandle, td: TD) -> None:
    creds = td.new_client()
    token, other = td.token(creds)["access_token"], td.token(creds)["access_token"]
    with _jeeves(stack) as jeeves, td.http() as http:
        assert _status(jeeves, token) == 200
        revoke = http.post("/oauth/revoke", data={"token": token}, auth=creds)
        assert revoke.status_code == 200
        assert refused_within(jeeves, [token], DEADLINE) == [401]
        assert _status(jeeves, other) == 200  # only the revoked one


def test_disabled_client_has_all_its_tokens_refused_at_jeeves(stack: StackHandle, td: TD) -> None:
    client_id, secret = td.new_client()
    tokens = [td.token((client_id, secret))["access_token"] for _ in range(3)]
    with _jeeves(stack) as jeeves, td.http() as http:
        assert [_status(jeeves, t) for t in tokens] == [200, 200, 200]
        disable = http.post(f"/admin-api/clients/{client_id}/disable", headers=td.admin_headers())
        assert disable.status_code == 200
        assert refused_within(jeeves, tokens, DEADLINE) == [401, 401, 401]


def test_revocation_feed_is_for_loopback_peers_only(stack: StackHandle) -> None:
    url = f"http://127.0.0.1:{stack.ports['tokendealer']}"
    with httpx.Client(base_url=url, trust_env=False, timeout=10.0) as local:
        feed = local.get("/revocations")
        assert feed.status_code == 200 and {"cursor", "revoked", "disabled_clients"} <= set(feed.json())
    transport = httpx.HTTPTransport(local_address="127.0.0.7")
    with httpx.Client(base_url=url, transport=transport, trust_env=False, timeout=10.0) as remote:
        assert remote.get("/revocations").status_code == 403
