"""The admin panel in a real headless Chromium, through the real gateway over HTTPS (dev CA leaf
trusted by SPKI pin). Tests run in file order and share one signed-in page; each page's
screenshot lands in .run/test-artifacts/admin/."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from stackctl import StackHandle

from servicekit.jsonlines import read_json_lines

from .conftest import sql

pytestmark = pytest.mark.stack


def _slack_event(stack: StackHandle, text: str, channel: str) -> None:
    body = json.dumps({
        "type": "event_callback", "team_id": "TADMINUI", "event_id": f"Ev{uuid.uuid4().hex}",
        "event_time": int(time.time()),
        "event": {"type": "app_mention", "user": "UADMINUI", "channel": channel, "text": text,
                  "ts": f"{time.time():.6f}"},
        "authorizations": [{"user_id": "UJEEVESBOT", "is_bot": True}],
    }).encode()
    ts = str(int(time.time()))
    sig = hmac.new(stack.secret("slack_signing_secret").encode(), b"v0:" + ts.encode() + b":" + body,
                      hashlib.sha256).hexdigest()
    with stack.client() as client:  # through the edge, like Slack
        resp = client.post("/slack/events", content=body, headers={
            "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={sig}", "Content-Type": "application/json"})
    assert resp.status_code == 200, resp.text


def _reply_in(stack: StackHandle, channel: str, timeout: float = 15.0) -> str:
    log = stack.run_dir / "logs" / "fake-slack.jsonl"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for call in reversed(read_json_lines(log)):
            args = call.get("args") or call.get("body") or call
            if isinstance(args, dict) and args.get("channel") == channel:
                return str(args.get("text", ""))
        time.sleep(0.2)
    raise AssertionError(f"no Slack reply in {channel} within {timeout}s")


def _token(stack: StackHandle, client_id: str, secret: str) -> httpx.Response:
    with stack.client() as client:
        return client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=(client_id, secret))


def _shot(page: Any, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)


def test_login_required_wrong_password_then_sign_in_returns_to_next(
        page: Any, stack: StackHandle, admin_creds: dict[str, str], artifacts: Path) -> None:
    page.goto("/admin/users")
    assert page.url == f"{stack.base_url}/admin/login?next=/admin/users"
    _shot(page, artifacts, "01-login")

    page.get_by_label("Username").fill(admin_creds["username"])
    page.get_by_label("Password").fill("not-the-password-123")
    page.get_by_role("button", name="Sign in").click()
    alert = page.get_by_role("alert")
    assert "Invalid username, password" in alert.inner_text()
    _shot(page, artifacts, "02-login-wrong-password")

    page.get_by_label("Password").fill(admin_creds["password"])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/users")
    assert page.locator("h1").inner_text() == "Users"

    cookies = {c["name"]: c for c in page.context.cookies()}
    session = cookies["__Host-jeeves_admin"]
    assert session["secure"] and session["httpOnly"] and session["sameSite"] == "Lax"
    assert session["path"] == "/" and not session["domain"].startswith(".")
    assert "__Host-jeeves_admin_login" not in cookies  # the pre-login CSRF cookie is dropped


@pytest.mark.parametrize("path,heading,name", [
    ("/admin/", "Dashboard", "03-dashboard"), ("/admin/users", "Users", "04-users"),
    ("/admin/features", "Feature switches", "05-features"), ("/admin/clients", "OAuth clients", "06-clients"),
    ("/admin/gateway", "Gateway", "07-gateway"), ("/admin/audit", "Audit log", "08-audit"),
    ("/admin/account", "Your account", "09-account"),
])
def test_every_page_renders_under_the_strict_csp(page: Any, artifacts: Path, path: str, heading: str,
                                                 name: str) -> None:
    page.console_errors.clear()
    resp = page.goto(path)
    assert resp.status == 200
    assert "unsafe-inline" not in resp.headers["content-security-policy"]
    assert page.locator("h1").inner_text() == heading
    # The stylesheet applied (a CSP or path mistake would leave the page unstyled).
    assert page.eval_on_selector("header.topbar", "e => getComputedStyle(e).display") == "flex"
    _shot(page, artifacts, name)
    assert not [e for e in page.console_errors if "Content Security Policy" in e or "Refused" in e]


def test_feature_switch_toggled_in_panel_is_honoured_by_jeeves(page: Any, stack: StackHandle,
                                                                artifacts: Path) -> None:
    channel = f"CUI{uuid.uuid4().hex[:8].upper()}"
    try:
        page.goto("/admin/features")
        row = page.locator("#action-help")
        row.get_by_role("button", name="Turn off help").click()
        page.wait_for_url("**/admin/features?done=switch_updated")
        assert page.locator("#action-help .tag").inner_text() == "off"
        _shot(page, artifacts, "10-feature-off")

        _slack_event(stack, "<@UJEEVESBOT> help", channel)
        assert "disabled" in _reply_in(stack, channel)

        page.locator("#action-help").get_by_role("button", name="Turn on help").click()
        page.wait_for_url("**/admin/features?done=switch_updated")
        assert page.locator("#action-help .tag").inner_text() == "on"
        channel2 = channel + "B"
        _slack_event(stack, "<@UJEEVESBOT> help", channel2)
        assert "Here is what I can do" in _reply_in(stack, channel2)
    finally:  # the shared stack must not keep a switched-off action
        sql(stack, "DELETE FROM feature_switches WHERE action = 'help' AND team_id = '*' AND NOT enabled")


def test_oauth_client_created_in_panel_gets_tokens_until_rotated_or_disabled(
        page: Any, stack: StackHandle, artifacts: Path) -> None:
    client_id = f"ui-test-{uuid.uuid4().hex[:8]}"
    page.goto("/admin/clients")
    page.get_by_label("Client id").fill(client_id)
    page.get_by_label("Description").fill("created by the browser test")
    page.get_by_label("write").check()
    page.get_by_role("button", name="Create client").click()
    secret = page.locator("#new-client-secret").inner_text()
    assert page.locator("#new-client-id").inner_text() == client_id and len(secret) >= 32
    _shot(page, artifacts, "11-client-created")

    token = _token(stack, client_id, secret)
    assert token.status_code == 200, token.text
    assert token.json()["token_type"].lower() == "bearer" and token.json()["access_token"]
    assert set(token.json()["scope"].split()) == {"read", "write"}

    page.goto("/admin/clients")  # the secret is never shown again
    assert secret not in page.content()
    page.locator(f"#client-{client_id}").get_by_role("button", name="Rotate secret").click()
    rotated = page.locator("#new-client-secret").inner_text()
    assert rotated != secret
    assert _token(stack, client_id, secret).status_code == 401
    assert _token(stack, client_id, rotated).status_code == 200

    page.goto("/admin/clients")
    page.locator(f"#client-{client_id}").get_by_role("button", name="Disable").click()
    page.wait_for_url("**/admin/clients?done=client_disabled")
    assert page.locator(f"#client-{client_id} .tag.off").inner_text() == "disabled"
    _shot(page, artifacts, "12-client-disabled")
    assert _token(stack, client_id, rotated).status_code == 401


def test_audit_log_lists_the_actions_just_taken(page: Any, artifacts: Path) -> None:
    page.goto("/admin/audit")
    text = page.locator("table.audit").inner_text()
    for action in ("login", "feature.set", "client.create", "client.rotate", "client.disable"):
        assert action in text
    _shot(page, artifacts, "13-audit-after-actions")


def test_logout_ends_the_session(page: Any, stack: StackHandle, artifacts: Path) -> None:
    page.goto("/admin/")
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/admin/login?bye=1")
    _shot(page, artifacts, "14-signed-out")
    page.goto("/admin/gateway")
    assert page.url == f"{stack.base_url}/admin/login?next=/admin/gateway"
