"""Login throttling that an attacker cannot turn against the real admin: per (username, client IP) and
per IP lock-outs, a bounded per-account delay, an atomic check-and-count, single-use TOTP codes."""

from __future__ import annotations

import asyncio
import random
import uuid

import httpx
import pytest
from stackctl import StackHandle

from app.admin.security import totp_code

from .conftest import csrf_of, edge_client, login, sql

pytestmark = pytest.mark.stack
WRONG = "wrong-password-123"


def test_real_admin_logs_in_from_another_ip_during_an_attack(stack: StackHandle,
                                                            fresh_admin: tuple[str, str]) -> None:
    username, password = fresh_admin
    with edge_client(stack) as attacker:
        statuses = [login(attacker, username, WRONG).status_code for _ in range(8)]
        assert statuses[:5] == [401] * 5 and set(statuses[5:]) == {429}
        # the attacker's own address stays locked, even with the right password
        assert login(attacker, username, password).status_code == 429
    with edge_client(stack) as admin:
        assert login(admin, username, password).status_code == 303
        assert admin.get("/admin/").status_code == 200


def test_burst_of_concurrent_wrong_passwords_counts_every_one(stack: StackHandle,
                                                             fresh_admin: tuple[str, str]) -> None:
    """Fired at Jeeves's port at once: each attempt is counted before its password is looked at, so only
    the free allowance is ever verified (today all 50 read "not locked" and 50 guesses are checked)."""
    username, _ = fresh_admin
    attacker_ip = f"198.51.100.{random.randint(1, 254)}"
    csrf = uuid.uuid4().hex

    async def burst() -> list[int]:
        # Straight to the service as the edge would forward it (X-Real-IP): the edge's queue is not under test.
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{stack.ports['jeeves']}", trust_env=False,
                                     timeout=120.0) as client:
            async def attempt(i: int) -> int:
                resp = await client.post(
                    "/admin/login", data={"csrf_token": csrf, "username": username, "password": f"{WRONG}-{i}"},
                    headers={"X-Real-IP": attacker_ip, "Cookie": f"__Host-jeeves_admin_login={csrf}"})
                return resp.status_code
            return await asyncio.gather(*(attempt(i) for i in range(50)))

    statuses = asyncio.run(burst())
    assert set(statuses) <= {401, 429} and statuses.count(401) <= 5, statuses
    rows = sql(stack, "SELECT outcome, count(*) AS n FROM admin_audit_log WHERE action = 'login' AND target = $1 "
                      "GROUP BY outcome", username)
    outcomes = {r["outcome"]: r["n"] for r in rows}
    assert sum(outcomes.values()) == 50, outcomes
    assert outcomes.get("failed", 0) <= 5, outcomes  # passwords actually checked
    counted = sql(stack, "SELECT failures FROM admin_login_attempts WHERE scope = 'account' AND key = $1", username)
    assert counted and counted[0]["failures"] == 50


def test_one_ip_spraying_many_usernames_is_throttled(stack: StackHandle) -> None:
    with edge_client(stack) as sprayer:
        statuses = [login(sprayer, f"ghost-{uuid.uuid4().hex[:8]}", WRONG).status_code for _ in range(22)]
    assert statuses[:20] == [401] * 20 and statuses[-1] == 429


def test_client_ip_header_is_believed_only_from_the_edge(stack: StackHandle) -> None:
    """A caller reaching Jeeves's port from elsewhere cannot pick the address its attempts are counted under."""
    username, csrf = f"ghost-{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    transport = httpx.HTTPTransport(local_address="127.0.0.9")
    with httpx.Client(base_url=f"http://127.0.0.1:{stack.ports['jeeves']}", transport=transport,
                      trust_env=False, timeout=30.0) as direct:
        resp = direct.post("/admin/login", data={"csrf_token": csrf, "username": username, "password": WRONG},
                           headers={"X-Real-IP": "203.0.113.7", "Cookie": f"__Host-jeeves_admin_login={csrf}"})
    assert resp.status_code == 401
    rows = sql(stack, "SELECT client_ip FROM admin_audit_log WHERE action = 'login' AND target = $1", username)
    assert [r["client_ip"] for r in rows] == ["127.0.0.9"]


def test_a_totp_code_is_accepted_once(stack: StackHandle, fresh_admin: tuple[str, str]) -> None:
    username, password = fresh_admin
    with edge_client(stack) as client:
        assert login(client, username, password).status_code == 303
        page = client.post("/admin/account/totp/start", data={"csrf_token": csrf_of(client.get("/admin/account").text)})
        secret = page.text.split('id="totp-secret">')[1].split("<")[0]
        enrol_code = totp_code(secret)
        assert client.post("/admin/account/totp/confirm", data={
            "csrf_token": csrf_of(page.text), "totp_pending": secret, "totp": enrol_code}).status_code == 303
    # the enrolment code is spent: it (and the step before it) no longer signs in
    with edge_client(stack) as client:
        assert login(client, username, password, totp=enrol_code).status_code == 401
    # push the last accepted step back so a fresh code of the current step is accepted once
    sql(stack, "UPDATE admin_accounts SET totp_last_step = totp_last_step - 2 WHERE username = $1", username)
    code = totp_code(secret)
    with edge_client(stack) as client:
        assert login(client, username, password, totp=code).status_code == 303
    with edge_client(stack) as client:
        assert login(client, username, password, totp=code).status_code == 401
