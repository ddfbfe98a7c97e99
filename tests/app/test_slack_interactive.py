"""Slash commands, button clicks and the App Home, through the real gateway and the stack's fake Slack."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from stackctl import StackHandle

from servicekit.jsonlines import read_json_lines

from .conftest import event, sign, wait_for

pytestmark = pytest.mark.stack


def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:10].upper()


class SlackForms:
    """Posts signed forms as Slack does and reads what Jeeves sent back to the fake Slack."""

    def __init__(self, stack: StackHandle, client: httpx.Client) -> None:
        self.stack, self.client = stack, client
        self.secret = stack.secret("slack_signing_secret")
        self.hooks = f"http://127.0.0.1:{stack.ports['fake_slack']}/hooks"

    def signed(self, path: str, fields: dict[str, str], secret: str | None = None) -> tuple[bytes, dict[str, str]]:
        body = urlencode(fields).encode()
        headers = {**sign(body, secret or self.secret), "Content-Type": "application/x-www-form-urlencoded"}
        return body, headers

    def command(self, text_: str, *, team: str = "T0TEST", user: str = "U0TEST",
                response_url: str | None = None, **extra: str) -> httpx.Response:
        fields = {"token": "legacy", "team_id": team, "team_domain": "test", "channel_id": "C0CMD",
                  "user_id": user, "user_name": "tester", "command": "/jeeves", "text": text_,
                  "response_url": response_url or self.new_hook(), "trigger_id": new_id("TR"), **extra}
        body, headers = self.signed("/slack/commands", fields)
        return self.client.post("/slack/commands", content=body, headers=headers)

    def click(self, action_id: str, value: str = "-", *, team: str = "T0TEST", user: str = "U0TEST",
              response_url: str | None = None) -> tuple[httpx.Response, str]:
        hook = response_url or self.new_hook()
        payload = {"type": "block_actions", "user": {"id": user, "username": "tester", "team_id": team},
                   "team": {"id": team, "domain": "test"}, "channel": {"id": "C0CMD"},
                   "trigger_id": new_id("TR"), "response_url": hook, "api_app_id": "A0TEST",
                   "actions": [{"type": "button", "action_id": action_id, "block_id": "b1", "value": value,
                                "action_ts": f"{time.time():.6f}"}]}
        body, headers = self.signed("/slack/interactions", {"payload": json.dumps(payload)})
        return self.client.post("/slack/interactions", content=body, headers=headers), hook

    def new_hook(self) -> str:
        return f"{self.hooks}/commands/T0TEST/{uuid.uuid4().hex}"

    def calls(self) -> list[dict[str, Any]]:
        return read_json_lines(self.stack.run_dir / "logs" / "fake-slack.jsonl")

    def hook_posts(self, hook: str) -> list[dict[str, Any]]:
        path = hook.removeprefix(f"http://127.0.0.1:{self.stack.ports['fake_slack']}")
        return [c["args"] for c in self.calls() if c.get("method") == "response_url" and c.get("path") == path]

    def answer(self, hook: str) -> dict[str, Any]:
        posts = wait_for(lambda: self.hook_posts(hook), 15)
        assert len(posts) == 1, posts
        return dict(posts[0])


@pytest.fixture
def forms(stack: StackHandle) -> Iterator[SlackForms]:
    with stack.client() as client:
        yield SlackForms(stack, client)


def buttons(blocks: list[dict[str, Any]]) -> dict[str, str]:
    return {e["action_id"]: e.get("value", "") for b in blocks if b["type"] == "actions" for e in b["elements"]}


def test_slash_command_weather_answers_ephemeral_with_a_location_button(forms: SlackForms) -> None:
    response = forms.command("weather Paris")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["response_type"] == "ephemeral"
    assert body["text"].startswith("Paris, France:")
    assert buttons(body["blocks"]) == {"set_location": "Paris"}
    assert "per_team" in response.headers.get("RateLimit-Policy", "")  # the edge keyed it on the form's team_id


def test_button_click_sets_location_and_weather_uses_it(forms: SlackForms) -> None:
    user = new_id("U")
    assert "Where?" in forms.command("weather", user=user).json()["text"]
    response, hook = forms.click("set_location", "London", user=user)
    assert response.status_code == 200, response.text
    assert "per_team" in response.headers.get("RateLimit-Policy", "")  # team_id read from the URL-encoded JSON
    assert "remember London" in forms.answer(hook)["text"]
    assert forms.command("weather", user=user).json()["text"].startswith("London, United Kingdom:")


@pytest.mark.parametrize("path", ["/slack/commands", "/slack/interactions"])
def test_replayed_request_is_401_and_handled_once(forms: SlackForms, path: str) -> None:
    hook = forms.new_hook()
    if path == "/slack/commands":
        fields = {"team_id": "T0TEST", "user_id": new_id("U"), "channel_id": "C0CMD", "text": "help",
                  "response_url": hook}
    else:
        fields = {"payload": json.dumps({"type": "block_actions", "user": {"id": new_id("U"), "team_id": "T0TEST"},
                                         "team": {"id": "T0TEST"}, "response_url": hook,
                                         "actions": [{"action_id": "forget_me_cancel", "value": "-"}]})}
    body, headers = forms.signed(path, fields)
    assert forms.client.post(path, content=body, headers=headers).status_code == 200
    replay = forms.client.post(path, content=body, headers=headers)
    assert replay.status_code == 401
    assert replay.json()["error"] == "replayed_request"


@pytest.mark.parametrize("path", ["/slack/commands", "/slack/interactions"])
@pytest.mark.parametrize("tamper", ["unsigned", "wrong_secret", "stale"])
def test_unsigned_or_badly_signed_request_is_401_json(forms: SlackForms, path: str, tamper: str) -> None:
    # Slack's own hook host: the fake's loopback-IP URL is itself an RFI finding (931100) for the WAF,
    # which judges unsigned requests with every rule, and this test is about the signature check
    hook = "https://hooks.slack.com/commands/T0TEST/1/x"
    body = urlencode({"team_id": "T0TEST", "user_id": "U0TEST", "channel_id": "C0CMD", "text": "forget me",
                      "response_url": hook}).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if tamper == "wrong_secret":
        headers |= sign(body, "not-the-secret")
    elif tamper == "stale":
        headers |= sign(body, forms.secret, timestamp=int(time.time()) - 6 * 60)
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    response = forms.client.post(path, content=body, headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["error"]


def test_unsigned_request_is_refused_by_the_app_too(stack: StackHandle) -> None:
    """The edge checks first; Jeeves checks again at its own port (defence in depth)."""
    body = urlencode({"team_id": "T0TEST", "user_id": "U0TEST", "channel_id": "C0", "text": "help"}).encode()
    for path in ("/slack/commands", "/slack/interactions"):
        response = httpx.post(f"http://127.0.0.1:{stack.ports['jeeves']}{path}", content=body, trust_env=False,
                              headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert response.status_code == 401
        assert response.json()["error"] == "invalid_signature"


@pytest.mark.parametrize(("path", "fields", "error"), [
    ("/slack/commands", {"user_id": "U0TEST", "channel_id": "C0", "text": "help"}, "invalid_payload"),
    ("/slack/commands", {"team_id": "T0TEST", "user_id": "U0TEST", "channel_id": "C0", "text": "help",
                         "response_url": "https://evil.example/hook"}, "invalid_response_url"),
    ("/slack/commands", {"team_id": "T0TEST", "user_id": "not an id", "channel_id": "C0", "text": "help"},
     "invalid_payload"),
    ("/slack/interactions", {"payload": "{not json"}, "invalid_json"),
    ("/slack/interactions", {"payload": json.dumps({"type": "view_submission"})}, "invalid_payload"),
    ("/slack/interactions", {"payload": json.dumps({
        "type": "block_actions", "user": {"id": "U0TEST"}, "team": {"id": "T0TEST"},
        "response_url": "http://127.0.0.1:1/hooks/x", "actions": [{"action_id": "drop_tables"}]})}, "unknown_action"),
])
def test_signed_but_malformed_form_is_400_json(forms: SlackForms, path: str, fields: dict[str, str],
                                               error: str) -> None:
    body, headers = forms.signed(path, fields)
    response = forms.client.post(path, content=body, headers=headers)
    assert response.status_code == 400, response.text
    assert response.json()["error"] == error


def test_slow_action_is_acked_then_answered_through_response_url(forms: SlackForms) -> None:
    weather = f"http://127.0.0.1:{forms.stack.ports['fake_weather']}/_fake/behaviour"
    httpx.post(weather, json={"delay_ms": 2600}, trust_env=False).raise_for_status()
    try:
        hook = forms.new_hook()
        response = forms.command("weather Oslo", response_url=hook)  # Oslo: not cached by another test
        assert response.status_code == 200
        assert response.json()["text"].startswith("Working on it")
        assert forms.answer(hook)["text"].startswith("Oslo, Norway:")
    finally:
        httpx.post(weather, json={"reset": True}, trust_env=False).raise_for_status()


async def test_forget_me_asks_with_a_button_then_deletes_and_audits(forms: SlackForms, db: AsyncEngine) -> None:
    user = new_id("U")
    assert "remember" in forms.command("remember location Berlin", user=user).json()["text"]
    asked = forms.command("forget me", user=user).json()
    assert set(buttons(asked["blocks"])) == {"forget_me_confirm", "forget_me_cancel"}
    async with db.connect() as conn:
        assert await conn.scalar(text("SELECT count(*) FROM users WHERE slack_user_id = :u"), {"u": user}) == 1
    _, hook = forms.click("forget_me_cancel", user=user)
    assert "Nothing was deleted" in forms.answer(hook)["text"]
    response, hook = forms.click("forget_me_confirm", user=user)
    assert response.status_code == 200
    answer = forms.answer(hook)
    assert "forgot everything" in answer["text"] and answer["replace_original"] is True
    async with db.connect() as conn:
        assert await conn.scalar(text("SELECT count(*) FROM users WHERE slack_user_id = :u"), {"u": user}) == 0
        audit = (await conn.execute(text("SELECT actor, action, details FROM admin_audit_log WHERE target = :t"),
                                    {"t": f"T0TEST/{user}"})).one()
    assert audit.action == "user.forget_me" and audit.details["facts"] == 1


async def test_login_command_replies_privately_with_a_link_stored_hashed(forms: SlackForms, db: AsyncEngine) -> None:
    user = new_id("U")
    reply = forms.command("login", user=user).json()
    assert reply["response_type"] == "ephemeral"
    link = next(word for word in reply["text"].split() if word.startswith("https://"))
    token = link.rsplit("/", 1)[1]
    assert link.startswith(f"{forms.stack.base_url}/auth/slack/link/") and len(token) >= 43
    async with db.connect() as conn:
        stored = (await conn.execute(text(
            "SELECT l.token_sha256, l.slack_team_id, l.expires_at - l.created_at AS lifetime FROM signin_links l "
            "JOIN users u ON u.id = l.user_id WHERE u.slack_user_id = :u"), {"u": user})).one()
    assert stored.token_sha256 == hashlib.sha256(token.encode()).hexdigest()
    assert stored.slack_team_id == "T0TEST" and stored.lifetime.total_seconds() == 600


def test_messages_run_the_same_actions_privately(forms: SlackForms) -> None:
    """`login` and `forget me` typed in a channel: ephemeral replies (chat.postEphemeral), never public."""
    channel, user = new_id("C"), new_id("U")
    body = json.dumps(event("<@UJEEVESBOT> forget me", channel=channel, user=user)).encode()
    assert forms.client.post("/slack/events", content=body, headers=sign(body, forms.secret)).status_code == 200

    def private() -> list[dict[str, Any]]:
        return [c["args"] for c in forms.calls() if c["method"] in ("chat.postEphemeral", "chat.postMessage")
                and c["args"].get("channel") == channel]

    posts = wait_for(private, 15)
    assert [c for c in forms.calls() if c["method"] == "chat.postEphemeral" and c["args"].get("channel") == channel]
    blocks = posts[0]["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    assert "forget_me_confirm" in buttons(blocks) and posts[0]["user"] == user


def test_app_home_opened_publishes_the_users_settings(forms: SlackForms) -> None:
    user = new_id("U")
    forms.command("remember location Tokyo", user=user)
    forms.command("config units imperial", user=user)
    payload = {"type": "event_callback", "team_id": "T0TEST", "event_id": new_id("Ev"), "event_time": int(time.time()),
               "event": {"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home"}}
    body = json.dumps(payload).encode()
    assert forms.client.post("/slack/events", content=body, headers=sign(body, forms.secret)).status_code == 200

    def published() -> list[dict[str, Any]]:
        return [c["args"] for c in forms.calls() if c["method"] == "views.publish" and c["args"].get("user_id") == user]

    calls = wait_for(published, 15)
    assert len(calls) == 1
    view = calls[0]["view"]
    view = json.loads(view) if isinstance(view, str) else view
    shown = json.dumps(view)
    assert view["type"] == "home" and "Tokyo, Japan" in shown and "imperial" in shown


@pytest.mark.parametrize("said", [
    "remember location O'Hare", "weather São Paulo", "weather <@U0BOT|jeeves> Paris?",
    "remember location Saint-Denis; near the stade", 'weather "New York"', "config timezone America/New_York",
])
def test_everyday_chat_text_passes_the_waf(forms: SlackForms, said: str) -> None:
    response = forms.command(said)
    assert response.status_code == 200, response.text
    assert response.json()["response_type"] == "ephemeral"


def test_a_real_sized_click_payload_passes_the_waf(forms: SlackForms) -> None:
    """Slack sends the whole message with the click: mrkdwn, links, emoji, quotes."""
    hook = forms.new_hook()
    message = {"type": "message", "text": "Paris, France: 12°C", "user": "UJEEVESBOT", "ts": "1.2",
               "blocks": [{"type": "section", "block_id": "s1", "text": {
                   "type": "mrkdwn", "text": "*Paris, France*: 12°C, wind 8 km/h :sun_small_cloud: "
                                             "<https://localhost/me/|your page> — it's \"fine\""}}]}
    payload = {"type": "block_actions", "user": {"id": "U0TEST", "username": "tester", "team_id": "T0TEST"},
               "team": {"id": "T0TEST", "domain": "test"}, "channel": {"id": "C0CMD", "name": "general"},
               "container": {"type": "message", "message_ts": "1.2", "channel_id": "C0CMD", "is_ephemeral": True},
               "trigger_id": new_id("TR"), "response_url": hook, "message": message,
               "state": {"values": {}}, "api_app_id": "A0TEST", "token": "legacy",
               "actions": [{"type": "button", "action_id": "forget_me_cancel", "block_id": "b1", "value": "-",
                            "text": {"type": "plain_text", "text": "Cancel"}, "action_ts": "1.3"}]}
    body, headers = forms.signed("/slack/interactions", {"payload": json.dumps(payload)})
    response = forms.client.post("/slack/interactions", content=body, headers=headers)
    assert response.status_code == 200, response.text
    assert "Nothing was deleted" in forms.answer(hook)["text"]
