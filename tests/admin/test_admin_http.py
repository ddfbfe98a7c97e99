"""Admin panel security through the real gateway: CSRF, cookie flags, login redirects and `next`,
lock-out, session expiry, TOTP, escaping, malformed input."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest
from stackctl import StackHandle

from app.admin.security import totp_code

from .conftest import create_admin, csrf_of, edge_client, login, new_source_ip, sql

pytestmark = pytest.mark.stack
PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/gateway", "/admin/audit",
         "/admin/account"]


def _help_switches(stack: StackHandle) -> list[tuple[str, bool]]:
    rows = sql(stack, "SELECT team_id, enabled FROM feature_switches WHERE action = 'help' AND team_id = 'TCSRF'")
    return [(r["team_id"], r["enabled"]) for r in rows]


def test_form_post_without_or_with_wrong_csrf_token_is_rejected(admin_client: httpx.Client,
                                                                stack: StackHandle) -> None:
    form = {"action": "help", "team_id": "TCSRF", "enabled": "0"}
    assert admin_client.post("/admin/features", data=form).status_code == 403
    assert admin_client.post("/admin/features", data={**form, "csrf_token": "x" * 43}).status_code == 403
    assert _help_switches(stack) == []  # nothing was changed by the rejected posts
    token = csrf_of(admin_client.get("/admin/features").text)
    try:
        assert admin_client.post("/admin/features", data={**form, "csrf_token": token}).status_code == 303
        assert _help_switches(stack) == [("TCSRF", False)]
    finally:
        sql(stack, "DELETE FROM feature_switches WHERE team_id = 'TCSRF'")


def test_login_form_without_its_csrf_token_is_rejected(stack: StackHandle, admin_creds: dict[str, str]) -> None:
    with stack.client() as client:
        resp = client.post("/admin/login", data={"username": admin_creds["username"],
                                                 "password": admin_creds["password"]})
    assert resp.status_code == 403
    assert "__Host-jeeves_admin=" not in resp.headers.get("set-cookie", "")


def test_form_from_another_site_is_refused_by_name(stack: StackHandle, admin_creds: dict[str, str]) -> None:
    """A matching token posted from a foreign Origin is refused, and the page says why: not the token."""
    with stack.client() as client:
        token = csrf_of(client.get("/admin/login").text)
        form = {"csrf_token": token, "username": admin_creds["username"], "password": admin_creds["password"]}
        resp = client.post("/admin/login", data=form, headers={"Origin": "https://evil.example"})
        assert resp.status_code == 403
        assert "another site" in resp.text and "security token" not in resp.text
        assert "__Host-jeeves_admin=" not in resp.headers.get("set-cookie", "")
        assert client.post("/admin/login", data=form, headers={"Origin": stack.base_url}).status_code == 303


def test_session_cookie_is_host_prefixed_secure_httponly_lax(stack: StackHandle, admin_creds: dict[str, str]) -> None:
    with stack.client() as client:
        resp = login(client, admin_creds["username"], admin_creds["password"])
    cookie = next(c for c in resp.headers.get_list("set-cookie") if c.startswith("__Host-jeeves_admin="))
    attrs = {part.strip().split("=")[0].lower(): part.strip() for part in cookie.split(";")[1:]}
    assert {"secure", "httponly", "path", "samesite"} <= attrs.keys()
    assert attrs["path"] == "Path=/" and attrs["samesite"] == "SameSite=Lax" and "domain" not in attrs


@pytest.mark.parametrize("path", PAGES)
def test_pages_redirect_to_login_with_local_next(client: httpx.Client, path: str) -> None:
    resp = client.get(path + "?x=1")
    assert resp.status_code == 303
    assert resp.headers["location"] == f"/admin/login?next={path}%3Fx%3D1"


@pytest.mark.parametrize("target,expected", [
    ("/admin/audit?q=login", "/admin/audit?q=login"),
    ("//evil.example/admin/", "/admin/"),
    ("https://evil.example/admin/", "/admin/"),
    ("/\\evil.example", "/admin/"),
    ("///evil.example", "/admin/"),  # (javascript: URLs never get here: the edge WAF blocks them)
    ("/api/users", "/admin/"),
    ("/admin/login", "/admin/"),
])
def test_login_follows_next_only_when_local(stack: StackHandle, admin_creds: dict[str, str], target: str,
                                            expected: str) -> None:
    with stack.client() as client:
        resp = login(client, admin_creds["username"], admin_creds["password"], next=target)
    assert resp.status_code == 303
    assert resp.headers["location"] == expected


def test_repeated_failures_lock_the_username_even_for_the_right_password(
        stack: StackHandle, fresh_admin: tuple[str, str]) -> None:
    username, password = fresh_admin
    source_ip = new_source_ip()
    with edge_client(stack, source_ip) as client:  # from one address (other addresses: test_admin_lockout.py)
        statuses = [login(client, username, "wrong-password-123").status_code for _ in range(6)]
        assert statuses == [401] * 5 + [429]
        locked = login(client, username, password)
        assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
        assert "Too many failed attempts" in locked.text
        # An unknown username locks the same way: lock-out does not reveal which accounts exist.
        ghost = f"ghost-{uuid.uuid4().hex[:8]}"
        assert [login(client, ghost, "wrong-password-123").status_code for _ in range(6)][-1] == 429
        sql(stack, "UPDATE admin_login_attempts SET locked_until = NULL, failures = 0 WHERE key = $1",
            f"{username}|{source_ip}")
        assert login(client, username, password).status_code == 303


def test_idle_session_expires_and_logout_kills_the_session(stack: StackHandle,
                                                          fresh_admin: tuple[str, str]) -> None:
    username, password = fresh_admin
    with stack.client() as client:
        assert login(client, username, password).status_code == 303
        assert client.get("/admin/").status_code == 200
        sql(stack, "UPDATE admin_sessions SET last_seen_at = now() - interval '31 minutes' WHERE account_id = "
                   "(SELECT id FROM admin_accounts WHERE username = $1)", username)
        resp = client.get("/admin/")
        assert resp.status_code == 303 and resp.headers["location"].startswith("/admin/login")
        assert sql(stack, "SELECT 1 FROM admin_sessions s JOIN admin_accounts a ON a.id = s.account_id "
                          "WHERE a.username = $1", username) == []

        assert login(client, username, password).status_code == 303
        stolen = client.cookies["__Host-jeeves_admin"]
        token = csrf_of(client.get("/admin/").text)
        assert client.post("/admin/logout", data={"csrf_token": token}).status_code == 303
    with stack.client() as other:  # the old cookie is worthless after logout
        other.cookies.set("__Host-jeeves_admin", stolen, domain="localhost")
        assert other.get("/admin/").status_code == 303


def test_totp_second_factor_is_required_once_enabled(stack: StackHandle, fresh_admin: tuple[str, str]) -> None:
    username, password = fresh_admin
    with stack.client() as client:
        assert login(client, username, password).status_code == 303
        page = client.post("/admin/account/totp/start", data={"csrf_token": csrf_of(client.get("/admin/account").text)})
        secret = page.text.split('id="totp-secret">')[1].split("<")[0]
        confirm = client.post("/admin/account/totp/confirm", data={
            "csrf_token": csrf_of(page.text), "totp_pending": secret, "totp": totp_code(secret)})
        assert confirm.status_code == 303
    with stack.client() as client:
        assert login(client, username, password).status_code == 401
        # the enrolment spent the current step's code: the next step's (a clock 30 s ahead) signs in
        assert login(client, username, password, totp=totp_code(secret, time.time() + 30)).status_code == 303


def test_user_fields_are_escaped_never_templated(admin_client: httpx.Client, stack: StackHandle) -> None:
    slack_id = f"USSTI{uuid.uuid4().hex[:6].upper()}"
    sql(stack, "INSERT INTO users (slack_team_id, slack_user_id, name, email) VALUES ('TSSTI', $1, $2, $3)",
        slack_id, "{{ 7*7 }}<script>alert(1)</script>", "{% raw %}x@example.com")
    try:
        page = admin_client.get("/admin/users", params={"q": slack_id})
        assert page.status_code == 200
        assert "{{ 7*7 }}&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
        assert "<script>" not in page.text and ">49<" not in page.text
    finally:
        sql(stack, "DELETE FROM users WHERE slack_user_id = $1", slack_id)


def test_deactivate_and_make_admin_are_applied_and_audited(admin_client: httpx.Client, stack: StackHandle) -> None:
    slack_id = f"UDEACT{uuid.uuid4().hex[:6].upper()}"
    user_id = sql(stack, "INSERT INTO users (slack_team_id, slack_user_id, name) VALUES ('TDEACT', $1, 'Dee') "
                         "RETURNING id", slack_id)[0]["id"]
    try:
        token = csrf_of(admin_client.get("/admin/users").text)
        for flag, value in (("active", "0"), ("admin", "1")):
            resp = admin_client.post(f"/admin/users/{user_id}/{flag}", data={"csrf_token": token, "value": value})
            assert resp.status_code == 303
        row = sql(stack, "SELECT is_active, is_admin FROM users WHERE id = $1", user_id)[0]
        assert (row["is_active"], row["is_admin"]) == (False, True)
        audit = admin_client.get("/admin/audit", params={"q": f"TDEACT/{slack_id}"}).text
        assert "user.active" in audit and "user.admin" in audit
    finally:
        sql(stack, "DELETE FROM users WHERE id = $1", user_id)


@pytest.mark.parametrize("path,data", [
    ("/admin/users/1/superpowers", {"value": "1"}),
    ("/admin/users/1/active", {"value": "maybe"}),
    ("/admin/features", {"action": "no-such-action", "enabled": "0"}),
    ("/admin/features", {"action": "help", "enabled": "0", "team_id": "../../etc"}),
    ("/admin/clients", {"client_id": "bad id with spaces", "scopes": "read"}),
    ("/admin/clients/x/explode", {}),
    ("/admin/account/totp/confirm", {"totp_pending": "!!", "totp": "1"}),
])
def test_malformed_admin_input_gets_a_4xx(admin_client: httpx.Client, path: str, data: dict[str, str]) -> None:
    token = csrf_of(admin_client.get("/admin/account").text)
    resp = admin_client.post(path, data={**data, "csrf_token": token})
    assert 400 <= resp.status_code < 500, (resp.status_code, resp.text[:300])


def test_cli_refuses_a_duplicate_and_a_short_password(stack: StackHandle, fresh_admin: tuple[str, str]) -> None:
    username, _ = fresh_admin
    assert create_admin(stack, username, "another-long-password").returncode == 1
    assert create_admin(stack, f"x-{uuid.uuid4().hex[:6]}", "short").returncode == 2
